/**
 * The size of a TensorFlow graph once its function calls are inlined, counted before anything is
 * inlined: each function once, from the sizes of the functions it calls. Inlining makes one copy of
 * a body per call, so F_k calling F_{k-1} twice, 30 levels deep, is a 4 KB file that expands to
 * 2^30 nodes; counted call by call, refusing it took the inliner 250,000 nodes of work (2.6 s and
 * 330 MB). Counted per function, it is refused in the time it takes to read the file.
 *
 * The counts are exactly what `Flattener` in to-ir.ts makes, so the bounds it enforces here are the
 * only ones it needs: nodes kept, nodes visited (aliases and calls too), their inputs, and the
 * characters of their names (each a chain of call-node names).
 */
import { MAX_EXECUTED_INPUTS, MAX_EXECUTED_NODES } from '../../graph/limits.js';
import type { TfFunction, TfNode } from './graph-proto.js';

/** A graph that cannot be built (a function calling itself, a runaway expansion): bad input. */
export class TfGraphError extends Error {
  override readonly name = 'TfGraphError';
}

/** Deepest chain of inlined function calls (Keras models nest a few: signature wrapper, model, layer). */
export const MAX_CALL_DEPTH = 32;
/** Most nodes the inlined graph may have: what one profile runs at most. */
export const MAX_INLINED_NODES = MAX_EXECUTED_NODES;
/** Most nodes inlining may visit, aliases (Identity, ReadVariableOp) and calls included. */
export const MAX_VISITED_NODES = 4 * MAX_INLINED_NODES;
/**
 * Characters in the names of the nodes inlining makes. A node's name is its calls' names and its
 * own, so a few long call-node names nested 32 deep give each of thousands of nodes a name of
 * megabytes from a file of kilobytes (real inlined names are tens to hundreds of characters).
 */
export const MAX_INLINED_NAME_CHARS = 128 * 1024 * 1024;

export const CALL_OPS: ReadonlySet<string> = new Set(['StatefulPartitionedCall', 'PartitionedCall']);
export const ALIAS_OPS: ReadonlySet<string> = new Set(['Identity', 'ReadVariableOp', 'StopGradient', 'Snapshot', 'PreventGradient', 'EnsureShape', 'CheckNumerics', 'IdentityN']);

export const quoted = (s: string): string => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}...` : s);

/** The function a node calls ('' for a call op without a function attr), or null when it calls none. */
export function calleeOf(n: TfNode, functions: ReadonlyMap<string, TfFunction>): string | null {
  if (CALL_OPS.has(n.op)) {
    const f = n.attrs.get('f');
    return f?.kind === 'func' ? f.value : '';
  }
  return functions.has(n.op) ? n.op : null;
}

/**
 * What inlining one call of a function makes, its own body and every call in it expanded. A node's
 * name is its prefix (the call's name and '/') and its own, so the characters of the names under a
 * call whose prefix has P characters are `visited * P + chars`. Doubles: a hostile call tree
 * counts past 2^53, where only the comparison with a bound matters.
 */
interface Expansion {
  readonly nodes: number;
  readonly visited: number;
  readonly inputs: number;
  readonly chars: number;
  /** Functions on the deepest chain of calls from here (a function counts itself, a graph's body does not). */
  readonly depth: number;
  /** The callee on that chain (to name the function a too-deep chain reaches), if any. */
  readonly deepest: string | null;
}

class ExpansionCounter {
  private readonly done = new Map<string, Expansion>();
  private readonly stack: string[] = [];

  constructor(private readonly functions: ReadonlyMap<string, TfFunction>) {}

  /** The expansion of `nodes` under an empty prefix; throws on recursion or calls nested too deep. */
  body(nodes: readonly TfNode[]): Expansion {
    let kept = 0;
    let visited = nodes.length;
    let inputs = 0;
    let chars = 0;
    let depth = 0;
    let deepest: string | null = null;
    for (const n of nodes) {
      inputs += n.inputs.length;
      chars += n.name.length;
      const callee = calleeOf(n, this.functions);
      const fn = callee === null ? undefined : this.functions.get(callee);
      if (fn) {
        const e = this.call(fn);
        kept += e.nodes;
        visited += e.visited;
        inputs += e.inputs;
        chars += e.visited * (n.name.length + 1) + e.chars;
        if (e.depth > depth) {
          depth = e.depth;
          deepest = fn.name;
        }
      } else if (callee !== null || !ALIAS_OPS.has(n.op)) {
        kept++;
      }
    }
    return { nodes: kept, visited, inputs, chars, depth, deepest };
  }

  private call(fn: TfFunction): Expansion {
    if (this.stack.includes(fn.name)) throw new TfGraphError(`function ${quoted(fn.name)} calls itself (${[...this.stack, fn.name].map(quoted).join(' -> ')})`);
    if (this.stack.length >= MAX_CALL_DEPTH) throw new TfGraphError(`function calls nest deeper than ${MAX_CALL_DEPTH} (at ${quoted(fn.name)})`);
    const seen = this.done.get(fn.name);
    if (seen) {
      // Counted on a shorter chain: it may still nest too deep under this one.
      if (this.stack.length + seen.depth > MAX_CALL_DEPTH) throw new TfGraphError(`function calls nest deeper than ${MAX_CALL_DEPTH} (at ${quoted(this.functionAt(fn.name, MAX_CALL_DEPTH - this.stack.length))})`);
      return seen;
    }
    this.stack.push(fn.name);
    const b = this.body(fn.nodes);
    this.stack.pop();
    const e: Expansion = { ...b, depth: b.depth + 1 };
    this.done.set(fn.name, e);
    return e;
  }

  /** The function `steps` calls down the deepest chain from `name`. */
  private functionAt(name: string, steps: number): string {
    let at = name;
    for (let i = 0; i < steps; i++) at = this.done.get(at)?.deepest ?? at;
    return at;
  }
}

const count = (n: number): string => (Number.isSafeInteger(n) ? n.toLocaleString('en-US') : `about ${n.toPrecision(3)}`);

/**
 * Refuses a graph whose inlined form (`nodes` of the main graph, their calls into `functions`
 * expanded) is past a bound, or whose functions call themselves or nest too deep, before any of it
 * is built.
 */
export function checkExpansion(nodes: readonly TfNode[], functions: ReadonlyMap<string, TfFunction>): void {
  const e = new ExpansionCounter(functions).body(nodes);
  if (e.nodes > MAX_INLINED_NODES) throw new TfGraphError(`the graph expands to ${count(e.nodes)} nodes once its function calls are inlined, more than ${MAX_INLINED_NODES.toLocaleString('en-US')}`);
  if (e.visited > MAX_VISITED_NODES) throw new TfGraphError(`inlining the graph's function calls visits ${count(e.visited)} nodes, more than ${MAX_VISITED_NODES.toLocaleString('en-US')}`);
  if (e.inputs > MAX_EXECUTED_INPUTS) throw new TfGraphError(`inlining the graph's function calls reads ${count(e.inputs)} node inputs, more than ${MAX_EXECUTED_INPUTS.toLocaleString('en-US')}`);
  if (e.chars > MAX_INLINED_NAME_CHARS) throw new TfGraphError(`inlining the graph's function calls makes node names of ${count(e.chars)} characters in all, more than ${MAX_INLINED_NAME_CHARS / 1024 / 1024} MiB (call-node names nested under each other)`);
}
