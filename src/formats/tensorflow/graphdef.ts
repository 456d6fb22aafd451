/**
 * TensorFlow graphs (GraphDef, tensorflow/core/framework/graph.proto; and the GraphDef inside a
 * SavedModel's `saved_model.pb`) read for their weights: every `Const` node's tensor, in the main
 * graph and in the `library.function` bodies TF2 graphs call through `StatefulPartitionedCall`.
 * Elements come from the tensor's shape (a single scalar `float_val` may fill a whole tensor).
 */
import type { WeightTensor } from '../weights.js';
import { shapeElements, tfBytes } from './bundle.js';
import { decodeGraphDef } from './graph-proto.js';
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

/** A varint from `head` at `at`: its value and the position after it, or null when cut or too long. */
function headVarint(head: Uint8Array, at: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = 0; i < 4 && at + i < head.length; i++) {
    const b = head[at + i]!;
    value += (b & 0x7f) * 2 ** (7 * i);
    if (b < 0x80) return { value, next: at + i + 1 };
  }
  return null;
}

/** Characters TensorFlow allows in node names (`[A-Za-z0-9.][A-Za-z0-9_>./-]*`) and op names. */
const NODE_NAME_START = /^[A-Za-z0-9.]$/;
const NODE_NAME_CHAR = /^[A-Za-z0-9_>./-]$/;
const OP_NAME_START = /^[A-Za-z_]$/;
const OP_NAME_CHAR = /^[A-Za-z0-9_]$/;

function nameFits(head: Uint8Array, from: number, length: number, start: RegExp, rest: RegExp): boolean {
  for (let i = 0; i < length && from + i < head.length; i++) {
    if (!(i === 0 ? start : rest).test(String.fromCharCode(head[from + i]!))) return false;
  }
  return true;
}

/**
 * A frozen GraphDef's first bytes (protobuf has no magic): writers put the nodes first, and a
 * node starts with its name then its op, so the head reads `0a <len> 0a <n> <node name> 12 <m>
 * <op name>` with TensorFlow's name characters; as far as the head goes, every byte must fit.
 */
export function looksLikeGraphDef(head: Uint8Array): boolean {
  if (head[0] !== 0x0a) return false;
  const node = headVarint(head, 1);
  if (!node || node.value < 4 || head[node.next] !== 0x0a) return false;
  const name = headVarint(head, node.next + 1);
  if (!name || name.value < 1 || name.value + 2 > node.value) return false;
  if (!nameFits(head, name.next, name.value, NODE_NAME_START, NODE_NAME_CHAR)) return false;
  const opTag = name.next + name.value;
  if (opTag >= head.length) return name.next < head.length;
  if (head[opTag] !== 0x12) return false;
  const op = headVarint(head, opTag + 1);
  if (op === null) return opTag + 1 >= head.length;
  return op.value >= 1 && op.value <= 128 && nameFits(head, op.next, op.value, OP_NAME_START, OP_NAME_CHAR);
}
