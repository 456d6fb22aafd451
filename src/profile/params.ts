/** Params: weight elements and their bytes by dtype, over the main graph and every subgraph. */
import { bytesFor, isWeightDType } from '../graph/dtype.js';
import type { DType } from '../graph/dtype.js';
import type { Attribute, Graph, Model, Node, Tensor } from '../graph/ir.js';
import { walkGraphs } from '../graph/ir.js';
import type { WeightValues } from '../graph/weight-values.js';
import { valuesReadAsWeights } from '../graph/weight-values.js';
import type { DTypeBytes, ParamsSummary } from './types.js';

/** `graphs` is walkGraphs(model.graph), `byUse` valuesReadAsWeights of them, when the caller has them. */
export function countParams(
  model: Model,
  graphs: readonly Graph[] = walkGraphs(model.graph),
  byUse: WeightValues = valuesReadAsWeights(graphs, model.functions),
): ParamsSummary {
  const byDtype: Record<string, { elements: number; bytes: number }> = {};
  const nonWeight = { elements: 0, bytes: 0 };
  let total = 0;
  let bytes = 0;
  // Tensors sharing one stored payload (TFLite buffers) count once.
  const storages = new Set<string>();
  /** Weights by use in the namespace of the tensors being counted (a function body's names are its own). */
  let readAsWeights = byUse.graph;
  /** Counts one stored tensor, which the graph reads by the value name `readAs`. */
  const count = (t: Tensor, readAs: string): void => {
    if (t.storageKey !== undefined) {
      if (storages.has(t.storageKey)) return;
      storages.add(t.storageKey);
    }
    // Sparse tensors count the elements they store.
    const elements = t.storedElements ?? t.elements;
    // An integer tensor with quantization parameters (TFLite) or read as quantized values
    // (graph/weight-values.ts) holds weights whatever its width: int32 biases of int8 models.
    if (!isWeightDType(t.dtype) && t.quantization === undefined && !readAsWeights.has(readAs)) {
      nonWeight.elements += elements;
      nonWeight.bytes += t.byteSize;
      return;
    }
    total += elements;
    bytes += t.byteSize;
    const key = t.quantization === undefined && t.storedElements === undefined ? t.dtype : annotatedDtype(t);
    const slot = (byDtype[key] ??= { elements: 0, bytes: 0 });
    slot.elements += elements;
    slot.bytes += t.byteSize;
  };
  // Stored tensors: every graph's initializers, then the values of its constant nodes, and those of
  // the local functions' bodies.
  for (const graph of graphs) {
    graph.initializers.forEach(count);
    countConstants(graph.nodes, count);
  }
  for (const f of model.functions) {
    readAsWeights = byUse.functions.get(f) ?? new Set();
    countConstants(f.nodes, count);
  }
  return { total, bytes, byDtype: byDtype as Record<string, DTypeBytes>, nonWeight };
}

/**
 * Hands `count` the tensors of the constant nodes among `nodes`, with the name they are read by:
 * the node's output, not the tensor's own name (usually empty or unrelated in a Constant).
 */
function countConstants(nodes: readonly Node[], count: (t: Tensor, readAs: string) => void): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.constant !== true) continue;
    const readAs = node.outputs[0] ?? '';
    node.attributes.forEach((attr, name) => {
      if (attr.type === 'tensor' || attr.type === 'sparse_tensor') count(attr.value, readAs);
      else {
        const t = listConstant(name, attr);
        if (t) count(t, readAs);
      }
    });
  }
}

/**
 * The tensor a Constant's scalar or list form stores (ONNX: value_float(s) is float32, value_int(s)
 * int64, a scalar or 1-D): 16 floats in value_floats reshaped into a MatMul weight are 16 params
 * as they are in `value`.
 */
function listConstant(name: string, attr: Attribute): Tensor | undefined {
  if (name === 'value_float' && attr.type === 'float') return storedList('float32', []);
  if (name === 'value_floats' && attr.type === 'floats') return storedList('float32', [attr.value.length]);
  if (name === 'value_int' && attr.type === 'int') return storedList('int64', []);
  if (name === 'value_ints' && attr.type === 'ints') return storedList('int64', [attr.value.length]);
  return undefined;
}

function storedList(dtype: DType, dims: readonly number[]): Tensor {
  const elements = dims.length ? dims[0]! : 1;
  return { name: '', dtype, dims, elements, byteSize: bytesFor(dtype, elements), storage: 'embedded' };
}

/** The bytes-by-dtype key of a quantized or sparse tensor: its dtype and how it is stored. */
function annotatedDtype(t: Tensor): string {
  const how = [t.quantization, t.storedElements !== undefined ? 'sparse: stored elements' : undefined].filter(Boolean);
  return how.length ? `${t.dtype} (${how.join('; ')})` : t.dtype;
}
