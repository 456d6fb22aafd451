/** Params: weight elements and their bytes by dtype, over the main graph and every subgraph. */
import { isWeightDType } from '../graph/dtype.js';
import type { Graph, Model, Tensor } from '../graph/ir.js';
import { walkGraphs } from '../graph/ir.js';
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
      if (!isWeightDType(t.dtype)) {
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

/** The bytes-by-dtype key of a quantized or sparse tensor: its dtype and how it is stored. */
function annotatedDtype(t: Tensor): string {
  const how = [t.quantization, t.storedElements !== undefined ? 'sparse: stored elements' : undefined].filter(Boolean);
  return how.length ? `${t.dtype} (${how.join('; ')})` : t.dtype;
}
