/**
 * Peak activation memory: the most bytes of intermediate values alive at once when the graph runs
 * node by node in execution order, each value allocated when its node runs and freed after its
 * last reader. Conventions (docs/metrics.md, "Peak activation memory"):
 * - graph inputs are live from the start; graph outputs stay live to the end;
 * - weights, initializers and Constant outputs are excluded (reported apart as params bytes);
 * - every node output is its own buffer, including outputs of shape-only ops (Reshape, Squeeze,
 *   Flatten, Identity...) that a runtime could alias to their input: this never underestimates,
 *   and matches a runtime without buffer sharing;
 * - a node's inputs stay live while it runs, so a node counts inputs + outputs at once;
 * - a control-flow node (If/Loop/Scan) adds, while it runs, the peak of its largest body: body
 *   values count from zero (the body's formal inputs alias values already counted outside), and a
 *   Loop/Scan body's peak counts once because iterations run one after another.
 * Values of unknown size count as 0 and make the peak a lower bound.
 * Sizes and sums are BigInt: a few 2^62-element activations pass 2^53 bytes, where a JS number
 * stops counting exactly (`peakBytesExact`; `peakBytes` is its nearest double).
 */
import { dtypeBits } from '../graph/dtype.js';
import type { TensorType } from '../shapes/types.js';
import type { EngineResult, NodeResult } from '../shapes/engine-types.js';

export interface MemoryStep {
  /** Node name, to say where the peak happens. */
  readonly name: string;
  /** Values this step produces (without '' and constants). */
  readonly allocates: readonly string[];
  /** Values dead once this step has run. */
  readonly frees: readonly string[];
  /** Bytes live only while this step runs (a control-flow body's own peak). */
  readonly transientBytes?: number | bigint;
}

export interface PeakInput {
  readonly liveAtStart: readonly string[];
  readonly steps: readonly MemoryStep[];
  /** Bytes of a value; undefined when its size is unknown. */
  readonly sizeOf: (name: string) => number | bigint | undefined;
}

export interface PeakResult {
  /** The nearest double of peakBytesExact. */
  readonly peakBytes: number;
  readonly peakBytesExact: bigint;
  /** Index of the step during which the peak is reached; -1 when it is the graph inputs alone. */
  readonly peakStep: number;
  /** Name of that step ('' for -1). */
  readonly peakAt: string;
  /** Values live at the peak, in allocation order. */
  readonly liveAtPeak: readonly string[];
  /** Values whose size is unknown (counted as 0): the peak is then a lower bound. */
  readonly unknownSizes: readonly string[];
}

/** Replays allocations and frees step by step and returns the high-water mark. */
export function simulatePeak(input: PeakInput): PeakResult {
  const unknown = new Set<string>();
  const sizes = new Map<string, bigint>();
  const sizeOf = (name: string): bigint => {
    let size = sizes.get(name);
    if (size === undefined) {
      const given = input.sizeOf(name);
      if (given === undefined) {
        unknown.add(name);
        size = 0n;
      } else {
        size = BigInt(given);
      }
      sizes.set(name, size);
    }
    return size;
  };
  /** Replays up to and including step `stop` (all steps when undefined); returns the peak. */
  const replay = (stop?: number): { peak: bigint; peakStep: number; live: Set<string> } => {
    const live = new Set<string>();
    let current = 0n;
    const allocate = (name: string): void => {
      if (live.has(name)) return;
      live.add(name);
      current += sizeOf(name);
    };
    for (const name of input.liveAtStart) allocate(name);
    let peak = current;
    let peakStep = -1;
    const last = stop ?? input.steps.length - 1;
    for (let i = 0; i <= last; i++) {
      const step = input.steps[i]!;
      for (const name of step.allocates) allocate(name);
      if (i === stop) break; // the live set during the peak step, before its frees
      const during = current + BigInt(step.transientBytes ?? 0);
      if (during > peak) {
        peak = during;
        peakStep = i;
      }
      for (const name of step.frees) {
        if (!live.delete(name)) continue;
        current -= sizes.get(name) ?? 0n;
      }
    }
    return { peak, peakStep, live };
  };
  const { peak, peakStep } = replay();
  // A second pass recovers the live set at the peak without copying it at every new maximum.
  const liveAtPeak = [...replay(peakStep).live];
  return {
    peakBytes: Number(peak),
    peakBytesExact: peak,
    peakStep,
    peakAt: peakStep >= 0 ? input.steps[peakStep]!.name : '',
    liveAtPeak,
    unknownSizes: [...unknown],
  };
}

export interface ExecStep {
  readonly name: string;
  /** Every value the step reads (for a control-flow node: also what its bodies read). */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
}

/**
 * For each step, the values to free after it: values whose last reader it is, and values it
 * produces that nobody reads. `liveAtStart` values (graph inputs) are freed after their last
 * reader too (after the first step when nobody reads them). Values in `keepAlive` (graph outputs)
 * are never freed; other values (outer-scope values, constants) are left alone: they belong to
 * someone else.
 */
export function lastUseFrees(
  steps: readonly ExecStep[], keepAlive: ReadonlySet<string>, liveAtStart: readonly string[] = [],
): string[][] {
  const lastUse = new Map<string, number>();
  const produced = new Map<string, number>();
  for (const v of liveAtStart) produced.set(v, 0);
  steps.forEach((s, i) => {
    for (const v of s.inputs) if (v !== '') lastUse.set(v, i);
    for (const v of s.outputs) if (v !== '' && !produced.has(v)) produced.set(v, i);
  });
  const frees: string[][] = steps.map(() => []);
  for (const [v, at] of produced) {
    if (keepAlive.has(v)) continue;
    const last = lastUse.get(v);
    frees[last !== undefined && last > at ? last : at]!.push(v);
  }
  return frees;
}

/** Bytes of a typed value, exactly, or undefined when its dtype, rank or a dim is unknown. */
export function typeBytes(type: TensorType | undefined): bigint | undefined {
  if (!type?.dtype || !type.shape) return undefined;
  // Doubles while the product is exact (one BigInt at the end); BigInt past 2^53.
  let n = 1;
  for (const d of type.shape) {
    if (typeof d !== 'number') return undefined;
    n *= d;
  }
  const bitsPerElement = dtypeBits(type.dtype);
  if (Number.isSafeInteger(n * bitsPerElement + 7)) return BigInt(Math.floor((n * bitsPerElement + 7) / 8));
  let elements = 1n;
  for (const d of type.shape) {
    if (typeof d !== 'number') return undefined;
    elements *= BigInt(d);
  }
  const bits = elements * BigInt(dtypeBits(type.dtype));
  return (bits + 7n) / 8n;
}

export interface EnginePeak extends PeakResult {
  /** Reasons the peak is a lower bound (values of unknown size), empty when exact. */
  readonly lowerBoundReasons: readonly string[];
}

const MAX_LISTED_UNKNOWN = 5;

/** Peak activation memory of an engine run (main graph, control-flow bodies added at their node). */
export function peakFromEngine(result: EngineResult): EnginePeak {
  const children = new Map<number, number[]>();
  result.nodes.forEach((n, i) => {
    if (n.parent === undefined) return;
    const list = children.get(n.parent) ?? [];
    list.push(i);
    children.set(n.parent, list);
  });
  const bodyUnknown = new Set<string>();

  /** Everything node i reads, its bodies' reads included (outer-scope captures keep values alive). */
  const readsOf = (i: number): string[] => {
    const reads = [...result.nodes[i]!.node.inputs];
    // Loops, not push(...): a spread of 100k names overflows the call stack.
    for (const c of children.get(i) ?? []) for (const r of readsOf(c)) reads.push(r);
    return reads;
  };

  /** Largest body peak of control-flow node i (0 when it has no listed body nodes). */
  const bodyPeak = (i: number): bigint => {
    const kids = children.get(i);
    if (!kids || kids.length === 0) return 0n;
    const owner = result.nodes[i]!;
    const byScope = new Map<string, number[]>();
    // Group by body graph: the scope segment right after the owner's own path ('Loop_0/body'),
    // so nodes of a local function called inside the body stay with their body.
    const prefix = `${owner.scope ? `${owner.scope}/` : ''}${owner.node.name}/`;
    for (const k of kids) {
      const own = result.nodes[k]!.scope;
      const rest = own.startsWith(prefix) ? own.slice(prefix.length) : undefined;
      const scope = rest === undefined ? own : prefix + rest.split('/')[0];
      const list = byScope.get(scope) ?? [];
      list.push(k);
      byScope.set(scope, list);
    }
    let largest = 0n;
    for (const [scope, members] of byScope) {
      const keep = new Set(bodyOutputs(owner, scope));
      const sizes = new Map<string, bigint | undefined>();
      const execs: ExecStep[] = [];
      const allocs: string[][] = [];
      for (const k of members) {
        const nr = result.nodes[k]!;
        const outs = nr.node.outputs;
        const isConst = nr.node.constant === true;
        const alloc: string[] = [];
        outs.forEach((o, j) => {
          if (o === '' || isConst) return;
          sizes.set(o, typeBytes(nr.outputs[j]));
          alloc.push(o);
        });
        allocs.push(alloc);
        execs.push({ name: nr.node.name, inputs: readsOf(k), outputs: outs });
      }
      const frees = lastUseFrees(execs, keep);
      const peak = simulatePeak({
        liveAtStart: [],
        steps: members.map((k, j) => ({
          name: execs[j]!.name,
          allocates: allocs[j]!,
          frees: frees[j]!,
          transientBytes: bodyPeak(k),
        })),
        sizeOf: (v) => sizes.get(v),
      });
      for (const u of peak.unknownSizes) bodyUnknown.add(`${scope}/${u}`);
      if (peak.peakBytesExact > largest) largest = peak.peakBytesExact;
    }
    return largest;
  };

  const steps: MemoryStep[] = [];
  result.nodes.forEach((n, i) => {
    if (!n.inTotals) return;
    steps.push({
      name: n.node.name,
      allocates: n.node.outputs.filter((o) => o !== '' && !result.values.get(o)?.isConstant),
      frees: n.frees,
      transientBytes: bodyPeak(i),
    });
  });
  const peak = simulatePeak({
    liveAtStart: result.liveAtStart,
    steps,
    sizeOf: (v) => typeBytes(result.values.get(v)?.type),
  });
  const unknown = [...peak.unknownSizes, ...bodyUnknown];
  const reasons = unknown.length === 0 ? [] : [
    `peak activation memory: size of ${unknown.length} value(s) unknown (${unknown.slice(0, MAX_LISTED_UNKNOWN).map((u) => `'${u}'`).join(', ')}${unknown.length > MAX_LISTED_UNKNOWN ? ', ...' : ''})`,
  ];
  return { ...peak, unknownSizes: unknown, lowerBoundReasons: reasons };
}

/** Names of the outputs of the body graph a scope ('Loop_0/body') refers to. */
function bodyOutputs(owner: NodeResult, scope: string): string[] {
  const attrName = scope.slice(scope.lastIndexOf('/') + 1);
  const attr = owner.node.attributes.get(attrName);
  if (attr?.type === 'graph') return attr.value.outputs.map((o) => o.name);
  // Unknown layout: keep every value named as an output of any of the node's graphs alive.
  const names: string[] = [];
  for (const a of owner.node.attributes.values()) {
    const graphs = a.type === 'graph' ? [a.value] : a.type === 'graphs' ? a.value : [];
    for (const g of graphs) for (const o of g.outputs) names.push(o.name);
  }
  return names;
}
