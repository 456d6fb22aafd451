/** Params: weight elements and their bytes by dtype, over the main graph and every subgraph. */
import { isWeightDType } from '../graph/dtype.js';
import type { FunctionDef, Graph, Model, Node, Tensor } from '../graph/ir.js';
import { normalizeDomain, walkGraphs } from '../graph/ir.js';
import { isWeightInput } from '../graph/weight-inputs.js';
import type { DTypeBytes, ParamsSummary } from './types.js';

/** Stored tensors of a graph: initializers, then the values of constant nodes (each counted once). */
function storedTensors(graph: Graph): Tensor[] {
  // An array, not a generator: a generator's steps allocate wherever the code is not optimized yet.
  const out: Tensor[] = [];
  graph.initializers.forEach((t) => out.push(t));
  const nodes = graph.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.constant !== true) continue;
    node.attributes.forEach((attr) => {
      if (attr.type === 'tensor' || attr.type === 'sparse_tensor') out.push(attr.value);
    });
  }
  return out;
}

/** `graphs` is walkGraphs(model.graph) when the caller has it. */
export function countParams(model: Model, graphs: readonly Graph[] = walkGraphs(model.graph)): ParamsSummary {
  const byDtype: Record<string, { elements: number; bytes: number }> = {};
  const nonWeight = { elements: 0, bytes: 0 };
  let total = 0;
  let bytes = 0;
  const all = [...graphs];
  for (const f of model.functions) {
    all.push({ name: f.name, inputs: [], outputs: [], initializers: new Map(), valueInfo: [], nodes: f.nodes });
  }
  const byUse = weightsByUse(all.map((g) => g.nodes), model.functions);
  // Tensors sharing one stored payload (TFLite buffers) count once.
  const storages = new Set<string>();
  for (const graph of all) {
    for (const t of storedTensors(graph)) {
      if (t.storageKey !== undefined) {
        if (storages.has(t.storageKey)) continue;
        storages.add(t.storageKey);
      }
      // Sparse tensors count the elements they store.
      const elements = t.storedElements ?? t.elements;
      // An integer tensor with quantization parameters (TFLite) or read as quantized values
      // (isWeightInput) holds weights whatever its width: int32 biases of int8 models.
      if (!isWeightDType(t.dtype) && t.quantization === undefined && !byUse.has(t.name)) {
        nonWeight.elements += elements;
        nonWeight.bytes += t.byteSize;
        continue;
      }
      total += elements;
      bytes += t.byteSize;
      const key = t.quantization === undefined && t.storedElements === undefined ? t.dtype : annotatedDtype(t);
      const slot = (byDtype[key] ??= { elements: 0, bytes: 0 });
      slot.elements += elements;
      slot.bytes += t.byteSize;
    }
  }
  return { total, bytes, byDtype: byDtype as Record<string, DTypeBytes>, nonWeight };
}

/**
 * Names the nodes of `levels` read at a weight input (isWeightInput), directly or through the
 * formal inputs of the local functions they call (the function's body reads them there).
 */
function weightsByUse(levels: readonly (readonly Node[])[], functions: readonly FunctionDef[]): Set<string> {
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
    for (const node of f.nodes) {
      const callee = calleeOf(node);
      const inputs = node.inputs;
      for (let i = 0; i < inputs.length; i++) {
        const k = inputs[i] === '' ? undefined : position.get(inputs[i]!);
        if (k === undefined) continue;
        if (isWeightInput(node, i)) reach(base + k);
        else if (callee && i < callee.inputs.length) {
          const calleeFormal = first.get(callee)! + i;
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
  const names = new Set<string>();
  for (const nodes of levels) {
    for (const node of nodes) {
      const callee = calleeOf(node);
      const calleeFirst = callee ? first.get(callee)! : -1;
      const calleeInputs = callee ? callee.inputs.length : 0;
      const inputs = node.inputs;
      for (let i = 0; i < inputs.length; i++) {
        if (inputs[i] === '') continue;
        if (isWeightInput(node, i) || (i < calleeInputs && reached[calleeFirst + i] === 1)) names.add(inputs[i]!);
      }
    }
  }
  return names;
}

/** The bytes-by-dtype key of a quantized or sparse tensor: its dtype and how it is stored. */
function annotatedDtype(t: Tensor): string {
  const how = [t.quantization, t.storedElements !== undefined ? 'sparse: stored elements' : undefined].filter(Boolean);
  return how.length ? `${t.dtype} (${how.join('; ')})` : t.dtype;
}
