/**
 * TensorFlow graphs (GraphDef, tensorflow/core/framework/graph.proto; and the GraphDef inside a
 * SavedModel's `saved_model.pb`) read for their weights: every `Const` node's tensor, in the main
 * graph and in the `library.function` bodies TF2 graphs call through `StatefulPartitionedCall`.
 * Elements come from the tensor's shape (a single scalar `float_val` may fill a whole tensor).
 */
import type { WeightTensor } from '../weights.js';
import { tfBytes } from './bundle.js';
import { decodeGraphDef, shapeElements } from './graph-proto.js';
import type { TfGraph, TfNode, TfTensor } from './graph-proto.js';
import { ProtoError } from './proto.js';
import { isDType, isWeightDType } from '../../graph/dtype.js';

export interface GraphSummary {
  readonly tensors: WeightTensor[];
  readonly nodes: number;
  readonly functions: number;
  /** Node count by op type, main graph and functions together. */
  readonly opTypes: Map<string, number>;
}

/** The weights of a decoded graph: every Const node's tensor, main graph and function bodies. */
export function summarizeGraph(g: TfGraph): GraphSummary {
  const out: GraphSummary = { tensors: [], nodes: 0, functions: g.functionCount, opTypes: new Map() };
  const visit = (n: TfNode, scope: string): void => {
    (out as { nodes: number }).nodes++;
    out.opTypes.set(n.op, (out.opTypes.get(n.op) ?? 0) + 1);
    const value = n.attrs.get('value');
    if (n.op === 'Const' && value?.kind === 'tensor') out.tensors.push(constTensor(`${scope}${n.name}`, value.value));
  };
  for (const n of g.nodes) visit(n, '');
  for (const fn of g.functions.values()) for (const n of fn.nodes) visit(n, `${fn.name}/`);
  return out;
}

/** Decodes a GraphDef's weights. Throws ProtoError for bytes that are not one. */
export function readGraphDef(bytes: Uint8Array): GraphSummary {
  return summarizeGraph(decodeGraphDef(bytes));
}

function constTensor(name: string, t: TfTensor): WeightTensor {
  const what = `Const ${JSON.stringify(name)}`;
  const elements = shapeElements(t.dims, what);
  const logical = tfBytes(t.dtype, elements);
  if (t.contentBytes !== null && logical !== null && t.contentBytes !== logical) {
    throw new ProtoError(`${what}: ${t.dtype} ${JSON.stringify(t.dims)} needs ${logical} bytes but tensor_content has ${t.contentBytes}`);
  }
  // Scalars are hyper-parameters (epsilon, alpha, axis), not weights.
  const weight = elements > 1 && isDType(t.dtype) && isWeightDType(t.dtype);
  return { name, dtype: t.dtype, dims: t.dims, elements, bytes: t.contentBytes ?? logical ?? 0, role: weight ? 'param' : 'non-weight' };
}

