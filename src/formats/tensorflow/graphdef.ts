/**
 * TensorFlow graphs (GraphDef, tensorflow/core/framework/graph.proto; and the GraphDef inside a
 * SavedModel's `saved_model.pb`) read for their weights: every `Const` node's tensor, in the main
 * graph and in the `library.function` bodies TF2 graphs call through `StatefulPartitionedCall`.
 * Elements come from the tensor's shape (a single scalar `float_val` may fill a whole tensor).
 */
import type { WeightTensor } from '../weights.js';
import { decodeShape, shapeElements, tfBytes } from './bundle.js';
import { tfDtype } from './dtypes.js';
import { eachField, ProtoError } from './proto.js';
import { isDType, isWeightDType } from '../../graph/dtype.js';

const GRAPH = { node: 1, library: 2, versions: 4 } as const;
const LIBRARY = { function: 1 } as const;
const FUNCTION = { signature: 1, nodeDef: 3 } as const;
const OPDEF_NAME = 1;
const NODE = { name: 1, op: 2, attr: 5 } as const;
const ATTR_ENTRY = { key: 1, value: 2 } as const;
const ATTR_VALUE = { tensor: 8 } as const;
const TENSOR = { dtype: 1, shape: 2, content: 4 } as const;
const SAVED_MODEL = { schemaVersion: 1, metaGraphs: 2 } as const;
const META_GRAPH = { graphDef: 2 } as const;

export interface GraphSummary {
  readonly tensors: WeightTensor[];
  readonly nodes: number;
  readonly functions: number;
  /** Node count by op type, main graph and functions together. */
  readonly opTypes: Map<string, number>;
}

/** Decodes a GraphDef's weights. Throws ProtoError for bytes that are not one. */
export function readGraphDef(bytes: Uint8Array): GraphSummary {
  const out: GraphSummary = { tensors: [], nodes: 0, functions: 0, opTypes: new Map() };
  let sawNode = false;
  eachField(bytes, 'GraphDef', (f) => {
    if (f.no === GRAPH.node) {
      sawNode = true;
      readNode(f.bytes(), '', out);
    } else if (f.no === GRAPH.library) {
      eachField(f.bytes(), 'function library', (lf) => {
        if (lf.no === LIBRARY.function) readFunction(lf.bytes(), out);
      });
    } else if (f.no === GRAPH.versions) {
      f.bytes();
    } else if (f.no !== 3) {
      // GraphDef has fields 1-4 only (3 is the deprecated version); anything else is not one.
      throw new ProtoError(`GraphDef: unexpected field ${f.no}`);
    }
  });
  if (!sawNode && out.functions === 0) throw new ProtoError('GraphDef: the graph has no nodes');
  return out;
}

/** The GraphDef of a SavedModel's first MetaGraph. Throws ProtoError for bytes that are not a SavedModel. */
export function readSavedModelGraph(bytes: Uint8Array): GraphSummary {
  let graph: Uint8Array | null = null;
  eachField(bytes, 'SavedModel', (f) => {
    if (f.no === SAVED_MODEL.metaGraphs && graph === null) {
      eachField(f.bytes(), 'MetaGraphDef', (mf) => {
        if (mf.no === META_GRAPH.graphDef && graph === null) graph = mf.bytes();
      });
    } else if (f.no !== SAVED_MODEL.schemaVersion && f.no !== SAVED_MODEL.metaGraphs) {
      throw new ProtoError(`SavedModel: unexpected field ${f.no}`);
    }
  });
  if (graph === null) throw new ProtoError('SavedModel: no MetaGraph with a GraphDef');
  return readGraphDef(graph);
}

function readFunction(bytes: Uint8Array, out: GraphSummary): void {
  let name = '';
  const nodes: Uint8Array[] = [];
  eachField(bytes, 'FunctionDef', (f) => {
    if (f.no === FUNCTION.signature) {
      eachField(f.bytes(), 'OpDef', (of) => {
        if (of.no === OPDEF_NAME) name = of.string();
      });
    } else if (f.no === FUNCTION.nodeDef) {
      nodes.push(f.bytes());
    }
  });
  (out as { functions: number }).functions++;
  for (const n of nodes) readNode(n, `${name}/`, out);
}

function readNode(bytes: Uint8Array, scope: string, out: GraphSummary): void {
  let name = '';
  let op = '';
  let value: Uint8Array | null = null;
  eachField(bytes, 'NodeDef', (f) => {
    if (f.no === NODE.name) name = f.string();
    else if (f.no === NODE.op) op = f.string();
    else if (f.no === NODE.attr) {
      let key = '';
      let attr: Uint8Array | null = null;
      eachField(f.bytes(), 'NodeDef attr', (af) => {
        if (af.no === ATTR_ENTRY.key) key = af.string();
        else if (af.no === ATTR_ENTRY.value) attr = af.bytes();
      });
      if (key === 'value' && attr !== null) value = attr;
    }
  });
  (out as { nodes: number }).nodes++;
  out.opTypes.set(op, (out.opTypes.get(op) ?? 0) + 1);
  if (op !== 'Const' || value === null) return;
  let tensor: Uint8Array | null = null;
  eachField(value, 'AttrValue', (f) => {
    if (f.no === ATTR_VALUE.tensor) tensor = f.bytes();
  });
  if (tensor !== null) out.tensors.push(constTensor(`${scope}${name}`, tensor));
}

function constTensor(name: string, bytes: Uint8Array): WeightTensor {
  const what = `Const ${JSON.stringify(name)}`;
  let dtypeCode = 0;
  let dims: number[] = [];
  let contentBytes: number | null = null;
  eachField(bytes, what, (f) => {
    if (f.no === TENSOR.dtype) dtypeCode = f.varint();
    else if (f.no === TENSOR.shape) dims = decodeShape(f.bytes(), what);
    else if (f.no === TENSOR.content) contentBytes = f.bytes().byteLength;
  });
  const dtype = tfDtype(dtypeCode);
  const elements = shapeElements(dims, what);
  const logical = tfBytes(dtype, elements);
  if (contentBytes !== null && logical !== null && contentBytes !== logical) {
    throw new ProtoError(`${what}: ${dtype} ${JSON.stringify(dims)} needs ${logical} bytes but tensor_content has ${contentBytes}`);
  }
  // Scalars are hyper-parameters (epsilon, alpha, axis), not weights.
  const weight = elements > 1 && isDType(dtype) && isWeightDType(dtype);
  return { name, dtype, dims, elements, bytes: contentBytes ?? logical ?? 0, role: weight ? 'param' : 'non-weight' };
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
