/**
 * Which stored values hold weights by how the graph reads them, whatever their dtype: those read at
 * a weight input (graph/weight-inputs.ts isWeightInput), directly, through value-preserving layout
 * ops, or through the formal inputs of the local functions they are passed to.
 */
import type { FunctionDef, Graph, Node } from './ir.js';
import { normalizeDomain } from './ir.js';
import { anyWeightInputOp, weightInputIndex } from './weight-inputs.js';
import type { GraphCensus } from './census.js';

/**
 * Default-domain ops whose output holds every value of their input 0, rearranged (Reshape,
 * Transpose, Squeeze, Unsqueeze, Flatten, Identity), repeated (Expand) or re-typed (Cast: some
 * toolchains store quantized values as int8 or int64 and cast them to int32 before dequantizing).
 * A stored tensor reaching a weight input through them is the weight's data. Their other inputs
 * (Reshape's shape, Squeeze's axes, Expand's shape) are not followed. Ops that keep part of their
 * input (Gather, Slice) or mix several (Concat, arithmetic) are not followed either: what reaches
 * the weight input is then no longer the stored tensor.
 */
const VALUE_PRESERVING = new Set(['Identity', 'Reshape', 'Transpose', 'Squeeze', 'Unsqueeze', 'Flatten', 'Expand', 'Cast']);

/** The ops that graph/weight-values.ts follows back from a weight input (docs/metrics.md lists them). */
export const WEIGHT_LAYOUT_OPS: readonly string[] = [...VALUE_PRESERVING];

/**
 * For one namespace of values (the main graph with its subgraphs, or one function body): a value
 * to the value it was made from by a chain of value-preserving ops (itself when not made by one).
 * The map of those ops is built on the first call (a graph without weight inputs, every float
 * model, never pays for it); each name is resolved once and remembered, so the work is linear in
 * the nodes however long the chains and however many values of one chain are read.
 */
function layoutRoots(levels: readonly (readonly Node[])[]): (name: string) => string {
  let source: Map<string, string> | undefined;
  const root = new Map<string, string>();
  const path: string[] = [];
  return (name) => {
    source ??= layoutSources(levels);
    let at = name;
    let found: string | undefined;
    for (;;) {
      found = root.get(at);
      if (found !== undefined) break;
      const from = source.get(at);
      // A chain longer than the map has a cycle (refused by the engine, but never a hang here).
      if (from === undefined || path.length > source.size) {
        found = at;
        break;
      }
      path.push(at);
      at = from;
    }
    for (const p of path) root.set(p, found);
    path.length = 0;
    return found;
  };
}

/** Output to input 0 of every value-preserving op among `levels`. */
function layoutSources(levels: readonly (readonly Node[])[]): Map<string, string> {
  const source = new Map<string, string>();
  for (const nodes of levels) {
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      if (!VALUE_PRESERVING.has(node.opType) || normalizeDomain(node.domain) !== '') continue;
      const out = node.outputs[0];
      const input = node.inputs[0];
      // A value produced twice is refused elsewhere (the engine); the first producer is followed.
      if (out && input && !source.has(out)) source.set(out, input);
    }
  }
  return source;
}

/**
 * The values read as weights, by namespace: a function body's names are its own, so a name there
 * says nothing of the same name in the main graph or in another function's body.
 */
export interface WeightValues {
  /** In the main graph and its subgraphs (one namespace). */
  readonly graph: ReadonlySet<string>;
  /** In each local function's body (a formal among them stands for what each call passes). */
  readonly functions: ReadonlyMap<FunctionDef, ReadonlySet<string>>;
}

/** valuesReadAsWeights of a model without local functions whose graphs have no weight input: none. */
const NONE: WeightValues = { graph: new Set(), functions: new Map() };

/**
 * valuesReadAsWeights of a model whose graphs are censused: without a walk of its nodes when no
 * op of theirs has a weight input and it has no local function (every float model).
 */
export function valuesReadAsWeightsOf(census: GraphCensus, functions: readonly FunctionDef[]): WeightValues {
  if (functions.length === 0 && !anyWeightInputOp(census.ops)) return NONE;
  return valuesReadAsWeights(census.graphs, functions);
}

/**
 * Names of the values `graphs` (the main graph and its subgraphs, one namespace) and the bodies of
 * `functions` read as weights: the stored tensor behind each weight input.
 */
export function valuesReadAsWeights(graphs: readonly Pick<Graph, 'nodes'>[], functions: readonly FunctionDef[]): WeightValues {
  const byKey = new Map(functions.map((f) => [`${normalizeDomain(f.domain)}::${f.name}`, f]));
  const calleeOf = (node: Node): FunctionDef | undefined =>
    byKey.size > 0 ? byKey.get(`${normalizeDomain(node.domain)}::${node.opType}`) : undefined;
  // Every formal input of every function gets a number: its function's first number + its position.
  const first = new Map<FunctionDef, number>();
  let formalCount = 0;
  for (const f of functions) {
    first.set(f, formalCount);
    formalCount += f.inputs.length;
  }
  const rootsOf = new Map<FunctionDef, (name: string) => string>(functions.map((f) => [f, layoutRoots([f.nodes])]));
  // Formals that reach a weight input. A caller's formal reaches one when the callee input it
  // feeds does: each formal is propagated once along the call-site inputs it feeds (linked lists
  // in flat arrays), so the work is linear in the call-site inputs however deep and wide the calls.
  const reached = new Uint8Array(formalCount);
  const head = new Int32Array(formalCount).fill(-1);
  const fedFormal: number[] = [];
  const nextFed: number[] = [];
  const pending: number[] = [];
  const reach = (formal: number): void => {
    if (reached[formal] === 1) return;
    reached[formal] = 1;
    pending.push(formal);
  };
  for (const f of functions) {
    // The first formal of each name: the body's reads resolve to it.
    const position = new Map<string, number>();
    f.inputs.forEach((name, k) => {
      if (!position.has(name)) position.set(name, k);
    });
    const base = first.get(f)!;
    const rootOf = rootsOf.get(f)!;
    for (const node of f.nodes) {
      const callee = calleeOf(node);
      const weightAt = weightInputIndex(node);
      if (weightAt < 0 && !callee) continue;
      const inputs = node.inputs;
      for (let i = 0; i < inputs.length; i++) {
        const weight = i === weightAt;
        if (inputs[i] === '' || !(weight || (callee && i < callee.inputs.length))) continue;
        const k = position.get(rootOf(inputs[i]!));
        if (k === undefined) continue;
        if (weight) reach(base + k);
        else {
          const calleeFormal = first.get(callee!)! + i;
          nextFed.push(head[calleeFormal]!);
          head[calleeFormal] = fedFormal.length;
          fedFormal.push(base + k);
        }
      }
    }
  }
  for (let formal = pending.pop(); formal !== undefined; formal = pending.pop()) {
    for (let e = head[formal]!; e >= 0; e = nextFed[e]!) reach(fedFormal[e]!);
  }
  const collect = (levels: readonly (readonly Node[])[], rootOf: (name: string) => string): Set<string> => {
    const names = new Set<string>();
    for (const nodes of levels) {
      for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n]!;
        const callee = calleeOf(node);
        const weightAt = weightInputIndex(node);
        if (weightAt < 0 && !callee) continue;
        const calleeFirst = callee ? first.get(callee)! : -1;
        const calleeInputs = callee ? callee.inputs.length : 0;
        const inputs = node.inputs;
        for (let i = 0; i < inputs.length; i++) {
          if (inputs[i] === '') continue;
          if (i === weightAt || (i < calleeInputs && reached[calleeFirst + i] === 1)) names.add(rootOf(inputs[i]!));
        }
      }
    }
    return names;
  };
  const levels = graphs.map((g) => g.nodes);
  return {
    graph: collect(levels, layoutRoots(levels)),
    functions: new Map(functions.map((f) => [f, collect([f.nodes], rootsOf.get(f)!)])),
  };
}
