/** Params: weight elements and their bytes by dtype, over the main graph and every subgraph. */
import { isWeightDType } from '../graph/dtype.js';
import type { FunctionDef, Graph, Model, Node, Tensor } from '../graph/ir.js';
import { normalizeDomain, walkGraphs } from '../graph/ir.js';
import { MAX_GRAPH_DEPTH } from '../graph/limits.js';
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
  // Formal input positions of each function that reach a weight input.
  const formals = new Map<FunctionDef, Set<number>>(functions.map((f) => [f, new Set()]));
  /** Calls `found` with each input of `node` read as a weight. */
  const eachWeightRead = (node: Node, found: (name: string) => void): void => {
    const callee = byKey.size > 0 ? byKey.get(`${normalizeDomain(node.domain)}::${node.opType}`) : undefined;
    const reached = callee && formals.get(callee)!;
    const inputs = node.inputs;
    for (let i = 0; i < inputs.length; i++) {
      if (inputs[i] !== '' && (isWeightInput(node, i) || reached?.has(i) === true)) found(inputs[i]!);
    }
  };
  // To a fixed point: each pass follows one more level of calls; the engine refuses calls nested
  // deeper than MAX_GRAPH_DEPTH, which bounds the passes.
  let changed = functions.length > 0;
  for (let pass = 0; changed && pass <= MAX_GRAPH_DEPTH; pass++) {
    changed = false;
    for (const f of functions) {
      const set = formals.get(f)!;
      for (const node of f.nodes) {
        eachWeightRead(node, (name) => {
          const k = f.inputs.indexOf(name);
          if (k >= 0 && !set.has(k)) {
            set.add(k);
            changed = true;
          }
        });
      }
    }
  }
  const names = new Set<string>();
  for (const nodes of levels) {
    for (const node of nodes) eachWeightRead(node, (name) => names.add(name));
  }
  return names;
}

/** The bytes-by-dtype key of a quantized or sparse tensor: its dtype and how it is stored. */
function annotatedDtype(t: Tensor): string {
  const how = [t.quantization, t.storedElements !== undefined ? 'sparse: stored elements' : undefined].filter(Boolean);
  return how.length ? `${t.dtype} (${how.join('; ')})` : t.dtype;
}
