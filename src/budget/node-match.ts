/**
 * Pairs the nodes of the base and head versions of a graph, so that the "why" section reports a
 * conv that went from 64 to 128 channels as one changed node, not as an equal-and-opposite
 * removed/added pair.
 *
 * Passes, strictest first; each pass pairs only nodes no earlier pass paired, and only nodes of
 * the same op type and domain:
 *   1. same name (in the same subgraph) and same output shapes;
 *   2. same name up to indices (`features.5` ~ `features.6`, `Conv_12` ~ `Conv_13`) and same shapes:
 *      before the bare name, so that a layer inserted in front (every later index shifted by one)
 *      does not pair `layers.0` with the new `layers.0`;
 *   3. same name;
 *   4. same last two name segments up to indices (a scope prefix renamed: `/backbone/...` ~ `/...`) and same shapes;
 *   5. same name up to indices;
 *   6. same output shapes.
 * Names that only restate the op type and an index (`Conv_12`, `node_Conv_12`, `conv2d_3`,
 * `Relu@7`) say nothing about identity: passes 1 and 2 skip them, so that an inserted node does
 * not shift every later `Conv_N` onto its predecessor. Within one key the nodes of each side are
 * aligned in graph order (their position in the topologically ordered node list), which is what
 * "the third conv of this shape" means.
 *
 * Work is bounded: hashing is linear, alignment of unequal groups is a dynamic programme capped
 * in cells; past the caps the match falls back to cheaper rules and says so (`truncated`).
 */
import type { NodeProfile } from '../profile/types.js';
import { shapeLabel } from './labels.js';

export interface NodeMatch {
  readonly pairs: ReadonlyArray<readonly [base: NodeProfile, head: NodeProfile]>;
  readonly added: readonly NodeProfile[];
  readonly removed: readonly NodeProfile[];
  /** A cap was hit: only names were matched, or some groups were aligned by order alone. */
  readonly truncated: boolean;
}

/** Nodes per side beyond which only the exact-name passes (1 and 3) run. */
export const MAX_STRUCTURAL_MATCH_NODES = 100_000;
/** Cells of alignment tables for one model; beyond them groups are paired in order. */
export const MAX_ALIGNMENT_CELLS = 2_000_000;

const SEP = '\u0000';

/** What the passes compare, worked out once per node. */
interface Facts {
  readonly op: string;
  readonly generic: boolean;
  readonly shapes: string;
  readonly scope: string;
  readonly name: string;
  /** Scope and name with digit runs as one placeholder: `features.5/conv_12` -> `features.#/conv_#`. */
  readonly looseScope: string;
  readonly looseName: string;
  /** The last two `/`-separated segments of the name, indices removed. */
  readonly tail: string;
}

function facts(n: NodeProfile): Facts {
  const loose = (s: string) => s.replace(/\d+/g, '#');
  const parts = n.name.split('/').filter((p) => p !== '');
  return {
    op: `${n.domain}${SEP}${n.opType}`,
    generic: isGenericName(n.name, n.opType),
    shapes: n.outputShapes.map(shapeLabel).join(','),
    scope: n.scope,
    name: n.name,
    looseScope: loose(n.scope),
    looseName: loose(n.name),
    tail: loose(parts.slice(-2).join('/')),
  };
}

/** True for names that only restate the op type plus an index (`Conv_12`, `node_Conv_12`, `conv2d_3`, `Relu@7`). */
export function isGenericName(name: string, opType: string): boolean {
  const letters = name.toLowerCase().replace(/[^a-z]/g, '');
  const op = opType.toLowerCase().replace(/[^a-z]/g, '');
  return letters === '' || letters === op || letters === `node${op}`;
}

type Key = (f: Facts) => string | null;

const PASSES: readonly Key[] = [
  (f) => (f.generic ? null : [f.op, f.scope, f.name, f.shapes].join(SEP)),
  (f) => [f.op, f.looseScope, f.looseName, f.shapes].join(SEP),
  (f) => (f.generic ? null : [f.op, f.scope, f.name].join(SEP)),
  (f) => (f.generic ? null : [f.op, f.looseScope, f.tail, f.shapes].join(SEP)),
  (f) => [f.op, f.looseScope, f.looseName].join(SEP),
  (f) => [f.op, f.looseScope, f.shapes].join(SEP),
];

interface Slot {
  readonly node: NodeProfile;
  readonly facts: Facts;
  /** Position in its side's node list, 0..1. */
  readonly at: number;
  matched: boolean;
}

export function matchNodes(base: readonly NodeProfile[], head: readonly NodeProfile[]): NodeMatch {
  const slots = (nodes: readonly NodeProfile[]): Slot[] => nodes.map((node, i) => ({ node, facts: facts(node), at: nodes.length > 1 ? i / (nodes.length - 1) : 0, matched: false }));
  const b = slots(base);
  const h = slots(head);
  const pairs: Array<readonly [NodeProfile, NodeProfile]> = [];
  const budget = { cells: MAX_ALIGNMENT_CELLS, exhausted: false };
  const structural = b.length <= MAX_STRUCTURAL_MATCH_NODES && h.length <= MAX_STRUCTURAL_MATCH_NODES;
  const passes = structural ? PASSES : [PASSES[0]!, PASSES[2]!];
  for (const key of passes) {
    const groups = new Map<string, { b: Slot[]; h: Slot[] }>();
    const add = (s: Slot, side: 'b' | 'h') => {
      if (s.matched) return;
      const k = key(s.facts);
      if (k === null) return;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { b: [], h: [] }));
      g[side].push(s);
    };
    for (const s of b) add(s, 'b');
    for (const s of h) add(s, 'h');
    for (const g of groups.values()) {
      if (g.b.length === 0 || g.h.length === 0) continue;
      for (const [x, y] of align(g.b, g.h, budget)) {
        x.matched = true;
        y.matched = true;
        pairs.push([x.node, y.node]);
      }
    }
  }
  return {
    pairs,
    added: h.filter((s) => !s.matched).map((s) => s.node),
    removed: b.filter((s) => !s.matched).map((s) => s.node),
    truncated: !structural || budget.exhausted,
  };
}

/**
 * Pairs every node of the smaller list with one of the larger, keeping graph order, with the
 * least total distance in relative position (so a node inserted in the middle stays unpaired
 * rather than shifting every later one). Equal lengths pair in order.
 */
function align(b: readonly Slot[], h: readonly Slot[], budget: { cells: number; exhausted: boolean }): Array<readonly [Slot, Slot]> {
  const swap = b.length > h.length;
  const small = swap ? h : b;
  const large = swap ? b : h;
  let picked: number[];
  const cells = small.length * large.length;
  if (small.length === large.length) {
    picked = small.map((_, i) => i);
  } else if (cells > budget.cells) {
    budget.exhausted = true;
    picked = small.map((_, i) => i);
  } else {
    budget.cells -= cells;
    picked = alignByPosition(small, large);
  }
  return picked.map((j, i) => {
    const s = small[i]!;
    const l = large[j]!;
    return swap ? [l, s] as const : [s, l] as const;
  });
}

/** dp[i][j]: least cost of pairing small[0..i) within large[0..j); returns the index in `large` for each of `small`. */
function alignByPosition(small: readonly Slot[], large: readonly Slot[]): number[] {
  const n = small.length;
  const m = large.length;
  const width = m + 1;
  const dp = new Float64Array((n + 1) * width).fill(Number.POSITIVE_INFINITY);
  for (let j = 0; j <= m; j++) dp[j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      const skip = dp[i * width + j - 1]!;
      const take = dp[(i - 1) * width + j - 1]! + Math.abs(small[i - 1]!.at - large[j - 1]!.at);
      dp[i * width + j] = take <= skip ? take : skip;
    }
  }
  const out = new Array<number>(n);
  let j = m;
  for (let i = n; i > 0; i--) {
    // Walk back: the first j (from the right) where taking large[j-1] for small[i-1] gives dp[i][j].
    while (j > i && dp[i * width + j] === dp[i * width + j - 1]) j--;
    out[i - 1] = j - 1;
    j--;
  }
  return out;
}
