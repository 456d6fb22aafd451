/**
 * TensorFlow graph messages decoded by field number (graph.proto, node_def.proto,
 * attr_value.proto, tensor.proto, tensor_shape.proto, function.proto, op_def.proto,
 * meta_graph.proto, saved_model.proto): nodes with their inputs and attributes, library
 * functions with their signatures and return maps, and a SavedModel's serving signature.
 * Tensor payloads are never copied: a tensor keeps its dtype, dims, stored byte count and, for
 * small integer and tiny float tensors, its values (shape arithmetic: Reshape targets, axes, paddings).
 */
import { MAX_EXECUTED_NODES } from '../../graph/limits.js';
import { tfDtype } from './dtypes.js';
import { eachField, packedFloats, packedInts, ProtoError, WIRE } from './proto.js';

const GRAPH = { node: 1, library: 2, version: 3, versions: 4 } as const;
const LIBRARY = { function: 1 } as const;
const FUNCTION = { signature: 1, nodeDef: 3, ret: 4 } as const;
const OPDEF = { name: 1, inputArg: 2, outputArg: 3 } as const;
const ARGDEF_NAME = 1;
const NODE = { name: 1, op: 2, input: 3, attr: 5 } as const;
const MAP_ENTRY = { key: 1, value: 2 } as const;
const ATTR = { list: 1, s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7, tensor: 8, placeholder: 9, func: 10 } as const;
const LIST = { s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7 } as const;
const NAME_ATTR_LIST_NAME = 1;
const SHAPE = { dim: 2, unknownRank: 3, dimSize: 1 } as const;
const TENSOR = { dtype: 1, shape: 2, content: 4, floatVal: 5, intVal: 7, int64Val: 10 } as const;
const SAVED_MODEL = { schemaVersion: 1, metaGraphs: 2 } as const;
const META_GRAPH = { graphDef: 2, signatureDef: 5 } as const;
const SIGNATURE = { inputs: 1, outputs: 2 } as const;
const TENSOR_INFO_NAME = 1;

/** Integer tensors up to this many elements keep their values (the engine folds up to 4096). */
const MAX_INT_VALUES = 4096;
/** Float tensors up to this many elements keep their values. */
const MAX_FLOAT_VALUES = 64;
/** A rank beyond any real tensor's: a bound on what a hostile shape makes us hold. */
const MAX_SHAPE_DIMS = 64;

/** Dims as stored: -1 is unknown; other negatives are kept so the reader can refuse them. undefined: unknown rank. */
export type TfShape = readonly number[] | undefined;

export interface TfTensor {
  readonly dtype: string;
  readonly dims: readonly number[];
  /** Bytes of tensor_content, when the values are stored that way. */
  readonly contentBytes: number | null;
  /** Values of small integer / tiny float tensors (a single stored value fills the shape). */
  readonly values?: readonly number[];
}

export type TfAttr =
  | { readonly kind: 'i'; readonly value: number }
  | { readonly kind: 'f'; readonly value: number }
  | { readonly kind: 'b'; readonly value: boolean }
  | { readonly kind: 's'; readonly value: string }
  | { readonly kind: 'type'; readonly value: string }
  | { readonly kind: 'shape'; readonly value: TfShape }
  | { readonly kind: 'tensor'; readonly value: TfTensor }
  | { readonly kind: 'func'; readonly value: string }
  | { readonly kind: 'placeholder'; readonly value: string }
  | { readonly kind: 'list'; readonly i: readonly number[]; readonly f: readonly number[]; readonly s: readonly string[]; readonly type: readonly string[]; readonly shape: readonly TfShape[] };

export interface TfNode {
  readonly name: string;
  readonly op: string;
  /** As written: `node`, `node:1`, `^control`; in a function body `arg` or `node:out_arg:0`. */
  readonly inputs: readonly string[];
  readonly attrs: ReadonlyMap<string, TfAttr>;
}

export interface TfFunction {
  readonly name: string;
  readonly inputArgs: readonly string[];
  readonly outputArgs: readonly string[];
  readonly nodes: readonly TfNode[];
  /** Output arg name -> the body value it returns. */
  readonly ret: ReadonlyMap<string, string>;
}

export interface TfGraph {
  readonly nodes: readonly TfNode[];
  readonly functions: ReadonlyMap<string, TfFunction>;
  /** Functions in file order (a name defined twice counts twice, as the weights reader always did). */
  readonly functionCount: number;
}

export interface TfSignature {
  readonly name: string;
  /** Input key -> tensor name (`serving_default_x:0`). */
  readonly inputs: ReadonlyMap<string, string>;
  readonly outputs: ReadonlyMap<string, string>;
}

export interface TfSavedModel {
  readonly graph: TfGraph;
  readonly signatures: readonly TfSignature[];
}

export function decodeTfShape(bytes: Uint8Array, what: string): TfShape {
  const dims: number[] = [];
  let unknownRank = false;
  eachField(bytes, what, (f) => {
    if (f.no === SHAPE.dim) {
      if (dims.length >= MAX_SHAPE_DIMS) throw new ProtoError(`${what}: a shape of more than ${MAX_SHAPE_DIMS} dims`);
      let size = 0;
      eachField(f.bytes(), what, (d) => {
        if (d.no === SHAPE.dimSize) size = d.int64();
      });
      dims.push(size);
    } else if (f.no === SHAPE.unknownRank && f.varint() !== 0) {
      unknownRank = true;
    }
  });
  return unknownRank ? undefined : dims;
}

/** A shape whose every dim must be known: a constant's, a checkpointed variable's. */
export function decodeKnownShape(bytes: Uint8Array, what: string): number[] {
  const dims = decodeTfShape(bytes, what);
  if (dims === undefined) throw new ProtoError(`${what}: a shape of unknown rank`);
  for (const d of dims) if (d < 0) throw new ProtoError(`${what}: dim ${d}`);
  return [...dims];
}

/** The element count of known dims, refused once a partial product is no longer exact. */
export function shapeElements(dims: readonly number[], what: string): number {
  let n = 1;
  for (const d of dims) {
    n *= d;
    if (!Number.isSafeInteger(n)) throw new ProtoError(`${what}: element count overflows`);
  }
  return n;
}

function isIntDtype(dtype: string): boolean {
  return /^u?int(8|16|32|64)$/.test(dtype);
}

export function decodeTensor(bytes: Uint8Array, what: string): TfTensor {
  let dtype = 'float32';
  let dims: number[] = [];
  let content: Uint8Array | null = null;
  // Listed values: packed runs kept as views, decoded below only for a small tensor.
  const listed: { readonly float: boolean; readonly packed?: Uint8Array; readonly one?: number }[] = [];
  eachField(bytes, what, (f) => {
    if (f.no === TENSOR.dtype) dtype = tfDtype(f.varint());
    else if (f.no === TENSOR.shape) dims = decodeKnownShape(f.bytes(), what);
    else if (f.no === TENSOR.content) content = f.bytes();
    else if (f.no === TENSOR.intVal || f.no === TENSOR.int64Val || f.no === TENSOR.floatVal) {
      const float = f.no === TENSOR.floatVal;
      if (f.wire === WIRE.LEN) listed.push({ float, packed: f.bytes() });
      else if (listed.length <= MAX_INT_VALUES) listed.push({ float, one: (float ? f.floats() : f.ints())[0]! });
    }
  });
  const elements = shapeElements(dims, what);
  const c = content as Uint8Array | null;
  let values: number[] | undefined;
  const small = isIntDtype(dtype) ? elements <= MAX_INT_VALUES : dtype.startsWith('float') && elements <= MAX_FLOAT_VALUES;
  if (small) {
    const stored: number[] = [];
    for (const l of listed) {
      if (stored.length > elements) break;
      if (l.one !== undefined) stored.push(l.one);
      else if (l.packed !== undefined && l.packed.byteLength <= 10 * (MAX_INT_VALUES + 1)) stored.push(...(l.float ? packedFloats(l.packed, what) : packedInts(l.packed, what)));
      else stored.length = elements + 1;
    }
    if (c !== null) values = contentValues(c, dtype, elements);
    else if (stored.length > 0 && stored.length <= elements) {
      // A shorter list repeats its last value (TensorFlow fills the shape with it).
      const s = stored;
      values = Array.from({ length: elements }, (_, i) => s[Math.min(i, s.length - 1)]!);
    } else if (listed.length === 0 && elements > 0) values = new Array<number>(elements).fill(0);
  }
  return { dtype, dims, contentBytes: c === null ? null : c.byteLength, ...(values ? { values } : {}) };
}

function contentValues(c: Uint8Array, dtype: string, elements: number): number[] | undefined {
  const dv = new DataView(c.buffer, c.byteOffset, c.byteLength);
  const width: Record<string, number> = { int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, int64: 8, uint64: 8, float32: 4, float64: 8 };
  const w = width[dtype];
  if (w === undefined || c.byteLength !== w * elements) return undefined;
  return Array.from({ length: elements }, (_, i) => {
    switch (dtype) {
      case 'int8': return dv.getInt8(i);
      case 'uint8': return dv.getUint8(i);
      case 'int16': return dv.getInt16(2 * i, true);
      case 'uint16': return dv.getUint16(2 * i, true);
      case 'int32': return dv.getInt32(4 * i, true);
      case 'uint32': return dv.getUint32(4 * i, true);
      case 'float32': return dv.getFloat32(4 * i, true);
      case 'float64': return dv.getFloat64(8 * i, true);
      default: return Number(dtype === 'int64' ? dv.getBigInt64(8 * i, true) : dv.getBigUint64(8 * i, true));
    }
  });
}

function decodeAttr(bytes: Uint8Array, what: string): TfAttr | undefined {
  let out: TfAttr | undefined;
  eachField(bytes, what, (f) => {
    switch (f.no) {
      case ATTR.s: out = { kind: 's', value: f.string() }; break;
      case ATTR.i: out = { kind: 'i', value: f.int64() }; break;
      case ATTR.f: out = { kind: 'f', value: f.floats()[0]! }; break;
      case ATTR.b: out = { kind: 'b', value: f.varint() !== 0 }; break;
      case ATTR.type: out = { kind: 'type', value: tfDtype(f.varint()) }; break;
      case ATTR.shape: out = { kind: 'shape', value: decodeTfShape(f.bytes(), what) }; break;
      case ATTR.tensor: out = { kind: 'tensor', value: decodeTensor(f.bytes(), what) }; break;
      case ATTR.placeholder: out = { kind: 'placeholder', value: f.string() }; break;
      case ATTR.func: {
        let name = '';
        eachField(f.bytes(), what, (nf) => {
          if (nf.no === NAME_ATTR_LIST_NAME) name = nf.string();
        });
        out = { kind: 'func', value: name };
        break;
      }
      case ATTR.list: out = decodeList(f.bytes(), what); break;
      default: break;
    }
  });
  return out;
}

function decodeList(bytes: Uint8Array, what: string): TfAttr {
  const i: number[] = [], fl: number[] = [], s: string[] = [], type: string[] = [], shape: TfShape[] = [];
  eachField(bytes, what, (f) => {
    if (f.no === LIST.s) s.push(f.string());
    // Loops, not push(...xs): a packed list of 150k entries overflows the call stack as arguments.
    else if (f.no === LIST.i || f.no === LIST.b) for (const x of f.ints()) i.push(x);
    else if (f.no === LIST.f) for (const x of f.floats()) fl.push(x);
    else if (f.no === LIST.type) for (const x of f.ints()) type.push(tfDtype(x));
    else if (f.no === LIST.shape) shape.push(decodeTfShape(f.bytes(), what));
  });
  return { kind: 'list', i, f: fl, s, type, shape };
}

export function decodeNode(bytes: Uint8Array): TfNode {
  let name = '';
  let op = '';
  const inputs: string[] = [];
  const attrs = new Map<string, TfAttr>();
  eachField(bytes, 'NodeDef', (f) => {
    if (f.no === NODE.name) name = f.string();
    else if (f.no === NODE.op) op = f.string();
    else if (f.no === NODE.input) inputs.push(f.string());
    else if (f.no === NODE.attr) {
      let key = '';
      let value: TfAttr | undefined;
      eachField(f.bytes(), 'NodeDef attr', (af) => {
        if (af.no === MAP_ENTRY.key) key = af.string();
        else if (af.no === MAP_ENTRY.value) value = decodeAttr(af.bytes(), `node ${JSON.stringify(name.slice(0, 200))} attr ${JSON.stringify(key.slice(0, 80))}`);
      });
      if (value !== undefined) attrs.set(key, value);
    }
  });
  return { name, op, inputs, attrs };
}

function decodeFunction(bytes: Uint8Array, count: { nodes: number }): TfFunction {
  let name = '';
  const inputArgs: string[] = [];
  const outputArgs: string[] = [];
  const nodes: TfNode[] = [];
  const ret = new Map<string, string>();
  const argName = (b: Uint8Array): string => {
    let n = '';
    eachField(b, 'ArgDef', (af) => {
      if (af.no === ARGDEF_NAME) n = af.string();
    });
    return n;
  };
  eachField(bytes, 'FunctionDef', (f) => {
    if (f.no === FUNCTION.signature) {
      eachField(f.bytes(), 'OpDef', (of) => {
        if (of.no === OPDEF.name) name = of.string();
        else if (of.no === OPDEF.inputArg) inputArgs.push(argName(of.bytes()));
        else if (of.no === OPDEF.outputArg) outputArgs.push(argName(of.bytes()));
      });
    } else if (f.no === FUNCTION.nodeDef) {
      countNode(count);
      nodes.push(decodeNode(f.bytes()));
    } else if (f.no === FUNCTION.ret) {
      const [k, v] = mapEntry(f.bytes(), 'FunctionDef ret');
      ret.set(k, v);
    }
  });
  return { name, inputArgs, outputArgs, nodes, ret };
}

function mapEntry(bytes: Uint8Array, what: string): [string, string] {
  let k = '', v = '';
  eachField(bytes, what, (f) => {
    if (f.no === MAP_ENTRY.key) k = f.string();
    else if (f.no === MAP_ENTRY.value) v = f.string();
  });
  return [k, v];
}

/**
 * Nodes of the graph and its function bodies together are refused past what one profile runs
 * (graph/limits.ts; the ONNX decoder stops at the same count): decoding a million nodes took
 * 10 s before any limit was reached, and a graph without shapes never reached one.
 */
function countNode(count: { nodes: number }): void {
  if (++count.nodes > MAX_EXECUTED_NODES) throw new ProtoError(`the graph and its functions have more than ${MAX_EXECUTED_NODES.toLocaleString('en-US')} nodes, the most model-budget profiles`);
}

/** Decodes a GraphDef. Throws ProtoError for bytes that are not one. */
export function decodeGraphDef(bytes: Uint8Array): TfGraph {
  const nodes: TfNode[] = [];
  const functions = new Map<string, TfFunction>();
  let functionCount = 0;
  const count = { nodes: 0 };
  const names = new Set<string>();
  eachField(bytes, 'GraphDef', (f) => {
    if (f.no === GRAPH.node) {
      countNode(count);
      const node = decodeNode(f.bytes());
      // TensorFlow refuses a graph whose node names repeat; refused here, before the graph is
      // built (28,000 nodes named "pool" took 2 s to be refused as a value produced twice).
      if (names.has(node.name)) throw new ProtoError(`GraphDef: two nodes are named ${JSON.stringify(node.name.slice(0, 200))}`);
      names.add(node.name);
      nodes.push(node);
    } else if (f.no === GRAPH.library) {
      eachField(f.bytes(), 'function library', (lf) => {
        if (lf.no !== LIBRARY.function) return;
        const fn = decodeFunction(lf.bytes(), count);
        functionCount++;
        if (!functions.has(fn.name)) functions.set(fn.name, fn);
      });
    } else if (f.no === GRAPH.versions) {
      f.bytes();
    } else if (f.no !== GRAPH.version) {
      // GraphDef has fields 1-4 only (3 is the deprecated version); anything else is not one.
      throw new ProtoError(`GraphDef: unexpected field ${f.no}`);
    }
  });
  if (nodes.length === 0 && functionCount === 0) throw new ProtoError('GraphDef: the graph has no nodes');
  return { nodes, functions, functionCount };
}

function decodeSignature(bytes: Uint8Array, name: string): TfSignature {
  const inputs = new Map<string, string>();
  const outputs = new Map<string, string>();
  eachField(bytes, 'SignatureDef', (f) => {
    if (f.no !== SIGNATURE.inputs && f.no !== SIGNATURE.outputs) return;
    let key = '';
    let tensor = '';
    eachField(f.bytes(), 'SignatureDef entry', (ef) => {
      if (ef.no === MAP_ENTRY.key) key = ef.string();
      else if (ef.no === MAP_ENTRY.value) {
        eachField(ef.bytes(), 'TensorInfo', (tf) => {
          if (tf.no === TENSOR_INFO_NAME) tensor = tf.string();
        });
      }
    });
    (f.no === SIGNATURE.inputs ? inputs : outputs).set(key, tensor);
  });
  return { name, inputs, outputs };
}

/** The GraphDef and signatures of a SavedModel's first MetaGraph. Throws ProtoError for bytes that are not a SavedModel. */
export function decodeSavedModel(bytes: Uint8Array): TfSavedModel {
  let graph: Uint8Array | null = null;
  const signatures: TfSignature[] = [];
  eachField(bytes, 'SavedModel', (f) => {
    if (f.no === SAVED_MODEL.metaGraphs && graph === null) {
      eachField(f.bytes(), 'MetaGraphDef', (mf) => {
        if (mf.no === META_GRAPH.graphDef && graph === null) graph = mf.bytes();
        else if (mf.no === META_GRAPH.signatureDef) {
          let key = '';
          let sig: Uint8Array | null = null;
          eachField(mf.bytes(), 'MetaGraphDef signature_def', (sf) => {
            if (sf.no === MAP_ENTRY.key) key = sf.string();
            else if (sf.no === MAP_ENTRY.value) sig = sf.bytes();
          });
          if (sig !== null) signatures.push(decodeSignature(sig, key));
        }
      });
    } else if (f.no !== SAVED_MODEL.schemaVersion && f.no !== SAVED_MODEL.metaGraphs) {
      throw new ProtoError(`SavedModel: unexpected field ${f.no}`);
    }
  });
  if (graph === null) throw new ProtoError('SavedModel: no MetaGraph with a GraphDef');
  return { graph: decodeGraphDef(graph), signatures };
}
