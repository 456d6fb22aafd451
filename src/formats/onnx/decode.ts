/**
 * ONNX protobuf messages -> graph IR. Field numbers come from schema.ts. Weight payloads
 * (raw_data and the typed data fields) are skipped unless the tensor is small enough to fold.
 */
import { posix } from 'node:path';
import { dtypeBits } from '../../graph/dtype.js';
import { dtypeFromOnnx, ONNX_DTYPES } from './dtype-codes.js';
import type { DType } from '../../graph/dtype.js';
import { normalizeDomain } from '../../graph/ir.js';
import { LimitError, MAX_EXECUTED_NODES, MAX_GRAPH_DEPTH } from '../../graph/limits.js';
import type { Attribute, Dim, FunctionDef, Graph, Node, Tensor, ValueInfo } from '../../graph/ir.js';
import { WIRE, WireError, wrongWire } from './wire.js';
import type { WireReader } from './wire.js';
import { ATTRIBUTE_TYPE, DATA_LOCATION, FIELD } from './schema.js';
import { decodeLimit, decodeTypedValues, rawValues } from './tensor-values.js';
import type { TypedFields } from './tensor-values.js';


/** Tensor messages up to this size are read whole; larger ones are decoded in place. */
const TENSOR_BUFFER_LIMIT = 1024;

/** Collects what the reader must check after decoding (external files). */
export interface DecodeContext {
  readonly externalTensors: Tensor[];
  /** Subgraphs open around the one being decoded (the main graph is 0). */
  graphDepth?: number;
  /** Nodes decoded so far, every graph and function included. */
  nodeCount?: number;
  /** Most nodes accepted (default MAX_EXECUTED_NODES; tests lower it). */
  readonly maxNodes?: number;
}

function skipField(c: WireReader, wire: number, end: number): void {
  switch (wire) {
    case WIRE.VARINT: c.varint(); break;
    case WIRE.I64: c.skipBytes(8); break;
    case WIRE.I32: c.skipBytes(4); break;
    // The reader's one length check (bounds, negative and inexact lengths) for skipped fields too.
    case WIRE.LEN: c.skipBytes(c.length(wire, end, 'a skipped field')); break;
    case WIRE.SGROUP: {
      // Groups are deprecated and absent from onnx.proto, but skippable; nested ones are counted,
      // not recursed into, so that no nesting depth overflows the stack.
      let open = 1;
      while (open > 0) {
        if (c.at >= end) throw new WireError(`truncated: a group runs past its message end (byte ${end})`);
        const inner = c.varint() & 7;
        if (inner === WIRE.EGROUP) open--;
        else if (inner === WIRE.SGROUP) open++;
        else skipField(c, inner, end);
      }
      break;
    }
    default:
      throw new WireError(`not an ONNX model: invalid protobuf wire type ${wire} at byte ${c.at}`);
  }
}

/**
 * HOT_FIELDS_FIRST: a message's common fields are tested with `if` before a `switch` on the rest.
 * Field numbers are literals (schema.ts), and V8 turns a switch of six or more literal cases into a
 * jump table, whose range checks run about eighteen bytecodes per field: more than the two or three
 * comparisons that find a common field in the interpreter, where a cold profile decodes. A decoder
 * that ran more bytecodes per call was also sent to TurboFan sooner: decodeNode's switch as a
 * jump table got it compiled during tiny_gpt_dyn's first profile (15 ms of compile, issue 14).
 */

/**
 * A message's last field must end exactly at the message end. Decoders loop
 * `while (c.at < end) { const tag = c.tag(); switch (tag >>> 3) ... }` and then call
 * `endOf(c, end)`: plain loops, since a callback per message made every call site megamorphic.
 */
function endOf(c: WireReader, end: number): void {
  if (c.at !== end) throw new WireError(`truncated: a field runs past its message end (byte ${end})`);
}

/**
 * Repeated int64/int32 field, packed or not. Returns the index in `into` of the first value it
 * added beyond 2^53 (inexact), or -1: one number instead of a flag per value.
 */
function readVarints(c: WireReader, wire: number, end: number, what: string, into: number[]): number {
  let unsafe = -1;
  if (wire === WIRE.VARINT) {
    into.push(c.varint());
    return c.varintIsSafe ? -1 : into.length - 1;
  }
  const len = c.length(wire, end, what);
  const stop = c.at + len;
  while (c.at < stop) {
    into.push(c.varint());
    if (!c.varintIsSafe && unsafe < 0) unsafe = into.length - 1;
  }
  if (c.at !== stop) throw new WireError(`${what}: packed varints overrun their field at byte ${stop}`);
  return unsafe;
}

function readFloats(c: WireReader, wire: number, end: number, what: string, into: number[], width: 4 | 8 = 4): void {
  if (wire === (width === 4 ? WIRE.I32 : WIRE.I64)) {
    into.push(width === 4 ? c.f32() : c.f64());
    return;
  }
  const len = c.length(wire, end, what);
  if (len % width !== 0) throw new WireError(`${what}: packed ${width === 4 ? 'floats' : 'doubles'} of ${len} bytes is not a multiple of ${width}`);
  for (let i = 0; i < len / width; i++) into.push(width === 4 ? c.f32() : c.f64());
}

// ---------------------------------------------------------------------------------------------
// TensorProto

interface RawTensor {
  name: string;
  dims: number[];
  /** Index of the first dim beyond 2^53, or -1. */
  firstUnsafeDim: number;
  dataType: number;
  dataLocation: number;
  external: Map<string, string> | undefined;
  /** Values of a small raw_data payload, decoded where it lies in the read window. */
  rawValues: number[] | undefined;
  typed: TypedFields;
  /** Bytes of stored payload (raw or typed), to check against dims. */
  rawLength: number | undefined;
}

interface MutableTyped {
  floats: number[];
  varints: number[];
  doubles: number[];
  seen: boolean;
}

const NO_TYPED: TypedFields = { floats: [], varints: [], doubles: [], seen: false };

/**
 * By ONNX data type code: bits per element, and the most elements whose values are decoded (-1:
 * none). Tables instead of dtype lookups by name: these run for every tensor, in the interpreter
 * on a cold profile.
 */
const BITS: readonly number[] = ONNX_DTYPES.map((d) => (d ? dtypeBits(d) : 0));
const DECODE_LIMIT: readonly number[] = ONNX_DTYPES.map((d) => (d ? decodeLimit(d) : -1));

/** Bytes of `elements` values of a known data type code (bytesFor, from the table). */
function bytesOf(code: number, elements: number): number {
  return Math.ceil((elements * BITS[code]!) / 8);
}

/**
 * The element count when values are worth decoding (a small tensor whose dims and data_type, which
 * precede the payload in files, are known), else -1.
 */
function smallElements(t: RawTensor): number {
  const limit = DECODE_LIMIT[t.dataType] ?? -1;
  if (limit < 0 || t.firstUnsafeDim >= 0) return -1;
  const dims = t.dims;
  let n = 1;
  for (let i = 0; i < dims.length; i++) {
    if (dims[i]! < 0) return -1;
    n *= dims[i]!;
  }
  return n <= limit ? n : -1;
}

function typedOf(t: RawTensor): MutableTyped {
  if (t.typed === NO_TYPED) t.typed = { floats: [], varints: [], doubles: [], seen: true };
  return t.typed as MutableTyped;
}

function decodeTensorRaw(c: WireReader, end: number): RawTensor {
  const t: RawTensor = {
    name: '', dims: [], firstUnsafeDim: -1, dataType: 0, dataLocation: DATA_LOCATION.DEFAULT, external: undefined,
    rawValues: undefined, typed: NO_TYPED, rawLength: undefined,
  };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    const field = tag >>> 3;
    // See HOT_FIELDS_FIRST: dims, data type and name, then the payload, in nearly every tensor.
    if (field === FIELD.tensor.dims) {
      const unsafe = readVarints(c, wire, end, 'TensorProto.dims', t.dims);
      if (t.firstUnsafeDim < 0) t.firstUnsafeDim = unsafe;
    } else if (field === FIELD.tensor.dataType) t.dataType = c.int(wire, 'TensorProto.data_type');
    else if (field === FIELD.tensor.name) t.name = c.string(wire, end, 'TensorProto.name');
    else switch (field) {
      case FIELD.tensor.dataLocation: t.dataLocation = c.int(wire, 'TensorProto.data_location'); break;
      case FIELD.tensor.externalData: {
        const [k, v] = decodeStringEntry(c, c.message(wire, end, 'TensorProto.external_data'));
        (t.external ??= new Map()).set(k, v);
        break;
      }
      case FIELD.tensor.rawData: {
        const len = c.length(wire, end, 'TensorProto.raw_data');
        t.rawLength = len;
        const n = smallElements(t);
        // Small payloads are decoded where they lie in the window (no copy); a size that
        // contradicts the dims is reported by finishTensor, once every field is known.
        if (n >= 0 && len === bytesOf(t.dataType, n)) {
          c.need(len);
          t.rawValues = rawValues(dtypeFromOnnx(t.dataType)!, n, c.dataView(), c.at - c.base);
        }
        c.skipBytes(len);
        break;
      }
      case FIELD.tensor.floatData: case FIELD.tensor.int32Data: case FIELD.tensor.int64Data: case FIELD.tensor.doubleData: case FIELD.tensor.uint64Data: {
        const typed = typedOf(t);
        if (wire === WIRE.LEN && smallElements(t) < 0) {
          c.skipBytes(c.length(wire, end, 'TensorProto data'));
          break;
        }
        if (field === FIELD.tensor.floatData) readFloats(c, wire, end, 'TensorProto.float_data', typed.floats);
        else if (field === FIELD.tensor.doubleData) readFloats(c, wire, end, 'TensorProto.double_data', typed.doubles, 8);
        else readVarints(c, wire, end, 'TensorProto data', typed.varints);
        break;
      }
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return t;
}

function decodeStringEntry(c: WireReader, end: number): [string, string] {
  let key = '';
  let value = '';
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.stringEntry.key: key = c.string(wire, end, 'StringStringEntryProto.key'); break;
      case FIELD.stringEntry.value: value = c.string(wire, end, 'StringStringEntryProto.value'); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return [key, value];
}

/** Names a tensor in errors (built only when one is thrown). */
function tensorLabel(t: RawTensor, what: string): string {
  return t.name ? `${what} '${t.name}'` : what;
}

/** Validated IR tensor from a decoded TensorProto. `what` names it in errors. */
function finishTensor(t: RawTensor, what: string, ctx: DecodeContext): Tensor {
  const dtype = dtypeFromOnnx(t.dataType);
  if (!dtype) throw new WireError(`${tensorLabel(t, what)} has unknown data_type ${t.dataType}`);
  let elements = 1;
  const dims = t.dims;
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i]!;
    if (i === t.firstUnsafeDim || d < 0 || d > Number.MAX_SAFE_INTEGER) {
      throw new WireError(`${tensorLabel(t, what)} has dim ${i === t.firstUnsafeDim ? 'beyond 2^53' : d} out of range`);
    }
    elements *= d;
  }
  if (!Number.isSafeInteger(elements)) {
    throw new WireError(`${tensorLabel(t, what)} has dims [${t.dims.join(', ')}] whose element count overflows`);
  }
  const byteSize = dtype === 'string' ? (t.rawLength ?? 0) : bytesOf(t.dataType, elements);
  if (t.dataLocation === DATA_LOCATION.EXTERNAL) {
    const location = t.external?.get('location');
    if (!location) throw new WireError(`${tensorLabel(t, what)} has external data without a location`);
    const offset = Number(t.external?.get('offset') ?? '0');
    const lengthText = t.external?.get('length');
    const length = lengthText === undefined ? undefined : Number(lengthText);
    if (!Number.isSafeInteger(offset) || offset < 0 || (length !== undefined && (!Number.isSafeInteger(length) || length < 0))) {
      throw new WireError(`${tensorLabel(t, what)} has an invalid external data offset/length`);
    }
    const tensor: Tensor = {
      name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'external',
      external: { location, offset, length },
      // Tensors naming the same bytes of one file (tied weights) are one stored payload: params
      // count it once. The reader checks the location and that the bytes are there.
      storageKey: `external ${posix.normalize(location.replace(/\\/g, '/'))} ${offset} ${byteSize}`,
    };
    ctx.externalTensors.push(tensor);
    return tensor;
  }
  if (t.rawLength !== undefined && dtype !== 'string' && t.rawLength !== byteSize) {
    throw new WireError(`${tensorLabel(t, what)}: raw_data has ${t.rawLength} bytes but dims [${t.dims.join(', ')}] of ${dtype} need ${byteSize}`);
  }
  const values = t.rawLength !== undefined ? t.rawValues : decodeTypedValues(dtype, elements, t.typed);
  return values ? { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded', values }
    : { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded' };
}

function decodeTensor(c: WireReader, wire: number, end: number, what: string, ctx: DecodeContext): Tensor {
  const raw = decodeTensorRaw(c, c.message(wire, end, what, TENSOR_BUFFER_LIMIT));
  return finishTensor(raw, what, ctx);
}

function decodeSparseBody(c: WireReader, end: number, what: string, ctx: DecodeContext): Tensor {
  let values: Tensor | undefined;
  let indices: Tensor | undefined;
  const dims: number[] = [];
  let unsafe = false;
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.sparseTensor.values: values = decodeTensor(c, wire, end, `${what} values`, ctx); break;
      case FIELD.sparseTensor.indices: indices = decodeTensor(c, wire, end, `${what} indices`, ctx); break;
      case FIELD.sparseTensor.dims: if (readVarints(c, wire, end, 'SparseTensorProto.dims', dims) >= 0) unsafe = true; break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  if (!values) throw new WireError(`${what} has no values`);
  if (unsafe || dims.some((d) => d < 0)) throw new WireError(`${what} has a dim out of range`);
  // A sparse tensor stores only its non-zero values (plus indices): that is what it weighs.
  return {
    name: values.name, dtype: values.dtype, dims, elements: values.elements,
    byteSize: values.byteSize + (indices?.byteSize ?? 0), storage: values.storage,
  };
}

function decodeSparseTensor(c: WireReader, wire: number, end: number, what: string, ctx: DecodeContext): Tensor {
  return decodeSparseBody(c, c.message(wire, end, what), what, ctx);
}

// ---------------------------------------------------------------------------------------------
// Types and value infos

function decodeDimension(c: WireReader, end: number): Dim {
  let dim: Dim = null;
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.dimension.dimValue: {
        const v = c.int(wire, 'Dimension.dim_value');
        if (!c.varintIsSafe) throw new WireError(`dimension value beyond 2^53 at byte ${c.at}`);
        dim = v >= 0 ? v : null;
        break;
      }
      case FIELD.dimension.dimParam: {
        const p = c.string(wire, end, 'Dimension.dim_param');
        dim = p === '' ? null : p;
        break;
      }
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return dim;
}

function decodeShape(c: WireReader, end: number): Dim[] {
  const dims: Dim[] = [];
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    if (tag >>> 3 === FIELD.shape.dim) dims.push(decodeDimension(c, c.message(wire, end, 'TensorShapeProto.dim')));
    else skipField(c, wire, end);
  }
  endOf(c, end);
  return dims;
}

interface DecodedType {
  kind: ValueInfo['kind'];
  dtype: DType | undefined;
  shape: Dim[] | undefined;
}

function decodeTensorType(c: WireReader, end: number, kind: ValueInfo['kind']): DecodedType {
  const out: DecodedType = { kind, dtype: undefined, shape: undefined };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.tensorType.elemType: out.dtype = dtypeFromOnnx(c.int(wire, 'TypeProto.Tensor.elem_type')); break;
      case FIELD.tensorType.shape: out.shape = decodeShape(c, c.message(wire, end, 'TensorShapeProto')); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return out;
}

function decodeType(c: WireReader, end: number): DecodedType {
  let out: DecodedType = { kind: 'unknown', dtype: undefined, shape: undefined };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.typeProto.tensorType: out = decodeTensorType(c, c.message(wire, end, 'TypeProto.tensor_type'), 'tensor'); break;
      case FIELD.typeProto.sparseTensorType: out = decodeTensorType(c, c.message(wire, end, 'TypeProto.sparse_tensor_type'), 'sparse_tensor'); break;
      // Non-tensor values are kept (so that they can be reported) without their element types.
      case FIELD.typeProto.sequenceType: out = { kind: 'sequence', dtype: undefined, shape: undefined }; skipField(c, wire, end); break;
      case FIELD.typeProto.mapType: out = { kind: 'map', dtype: undefined, shape: undefined }; skipField(c, wire, end); break;
      case FIELD.typeProto.optionalType: out = { kind: 'optional', dtype: undefined, shape: undefined }; skipField(c, wire, end); break;
      case FIELD.typeProto.opaqueType: out = { kind: 'opaque', dtype: undefined, shape: undefined }; skipField(c, wire, end); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return out;
}

function decodeValueInfo(c: WireReader, end: number): ValueInfo {
  let name = '';
  let type: DecodedType = { kind: 'unknown', dtype: undefined, shape: undefined };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.valueInfo.name: name = c.string(wire, end, 'ValueInfoProto.name'); break;
      case FIELD.valueInfo.type: type = decodeType(c, c.message(wire, end, 'ValueInfoProto.type')); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return { name, kind: type.kind, dtype: type.dtype, shape: type.shape };
}

function decodeTypeProto(c: WireReader, end: number): ValueInfo {
  const t = decodeType(c, end);
  return { name: '', kind: t.kind, dtype: t.dtype, shape: t.shape };
}

// ---------------------------------------------------------------------------------------------
// Attributes, nodes, graphs, functions

/** Decodes an AttributeProto into `into`, by name (no pair allocated per attribute). */
function decodeAttribute(c: WireReader, end: number, ctx: DecodeContext, into: Map<string, Attribute>): void {
  let name = '';
  let type = 0;
  let ref = '';
  let f: number | undefined;
  let i: number | undefined;
  let s: string | undefined;
  let t: Tensor | undefined;
  let g: Graph | undefined;
  let sparse: Tensor | undefined;
  let tp: ValueInfo | undefined;
  // Lists are allocated only when their field appears (most attributes are scalars).
  let floats: number[] | undefined;
  let ints: number[] | undefined;
  let strings: string[] | undefined;
  let tensors: Tensor[] | undefined;
  let graphs: Graph[] | undefined;
  let sparses: Tensor[] | undefined;
  let tps: ValueInfo[] | undefined;
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    const field = tag >>> 3;
    // See HOT_FIELDS_FIRST: every attribute has a name and a type, then one value field.
    if (field === FIELD.attribute.name) name = c.name(c.length(wire, end, 'AttributeProto.name'));
    else if (field === FIELD.attribute.type) type = c.int(wire, 'AttributeProto.type');
    else switch (field) {
      case FIELD.attribute.refAttrName: ref = c.string(wire, end, 'AttributeProto.ref_attr_name'); break;
      case FIELD.attribute.f: if (wire !== WIRE.I32) wrongWire(wire, WIRE.I32, 'AttributeProto.f', c.at); f = c.f32(); break;
      case FIELD.attribute.i: i = c.int(wire, 'AttributeProto.i'); break;
      case FIELD.attribute.s: s = c.string(wire, end, 'AttributeProto.s'); break;
      case FIELD.attribute.t: t = decodeTensor(c, wire, end, `attribute '${name}' tensor`, ctx); break;
      case FIELD.attribute.g: g = decodeSubgraph(c, c.message(wire, end, 'AttributeProto.g'), ctx); break;
      case FIELD.attribute.sparseTensor: sparse = decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensor`, ctx); break;
      case FIELD.attribute.tp: tp = decodeTypeProto(c, c.message(wire, end, 'AttributeProto.tp')); break;
      case FIELD.attribute.floats: readFloats(c, wire, end, 'AttributeProto.floats', (floats ??= [])); break;
      case FIELD.attribute.ints: readVarints(c, wire, end, 'AttributeProto.ints', (ints ??= [])); break;
      case FIELD.attribute.strings: (strings ??= []).push(c.string(wire, end, 'AttributeProto.strings')); break;
      case FIELD.attribute.tensors: (tensors ??= []).push(decodeTensor(c, wire, end, `attribute '${name}' tensors`, ctx)); break;
      case FIELD.attribute.graphs: (graphs ??= []).push(decodeSubgraph(c, c.message(wire, end, 'AttributeProto.graphs'), ctx)); break;
      case FIELD.attribute.sparseTensors: (sparses ??= []).push(decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensors`, ctx)); break;
      case FIELD.attribute.typeProtos: (tps ??= []).push(decodeTypeProto(c, c.message(wire, end, 'AttributeProto.type_protos'))); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  if (ref) {
    into.set(name, { type: 'ref', value: ref });
    return;
  }
  if (type === ATTRIBUTE_TYPE.UNDEFINED) {
    // IR < 0.0.2 files carry no type: infer it from the field that is set.
    type = f !== undefined ? ATTRIBUTE_TYPE.FLOAT : i !== undefined ? ATTRIBUTE_TYPE.INT : s !== undefined ? ATTRIBUTE_TYPE.STRING : t ? ATTRIBUTE_TYPE.TENSOR
      : g ? ATTRIBUTE_TYPE.GRAPH : floats ? ATTRIBUTE_TYPE.FLOATS : ints ? ATTRIBUTE_TYPE.INTS : strings ? ATTRIBUTE_TYPE.STRINGS
        : tensors ? ATTRIBUTE_TYPE.TENSORS : graphs ? ATTRIBUTE_TYPE.GRAPHS : ATTRIBUTE_TYPE.UNDEFINED;
  }
  let value: Attribute;
  switch (type) {
    case ATTRIBUTE_TYPE.FLOAT: value = { type: 'float', value: f ?? 0 }; break;
    case ATTRIBUTE_TYPE.INT: value = { type: 'int', value: i ?? 0 }; break;
    case ATTRIBUTE_TYPE.STRING: value = { type: 'string', value: s ?? '' }; break;
    case ATTRIBUTE_TYPE.TENSOR: value = { type: 'tensor', value: t ?? noValue(name, type) }; break;
    case ATTRIBUTE_TYPE.GRAPH: value = { type: 'graph', value: g ?? noValue(name, type) }; break;
    case ATTRIBUTE_TYPE.SPARSE_TENSOR: value = { type: 'sparse_tensor', value: sparse ?? noValue(name, type) }; break;
    case ATTRIBUTE_TYPE.TYPE_PROTO: value = { type: 'type_proto', value: tp ?? noValue(name, type) }; break;
    case ATTRIBUTE_TYPE.FLOATS: value = { type: 'floats', value: floats ?? [] }; break;
    case ATTRIBUTE_TYPE.INTS: value = { type: 'ints', value: ints ?? [] }; break;
    case ATTRIBUTE_TYPE.STRINGS: value = { type: 'strings', value: strings ?? [] }; break;
    case ATTRIBUTE_TYPE.TENSORS: value = { type: 'tensors', value: tensors ?? [] }; break;
    case ATTRIBUTE_TYPE.GRAPHS: value = { type: 'graphs', value: graphs ?? [] }; break;
    case ATTRIBUTE_TYPE.SPARSE_TENSORS: value = { type: 'sparse_tensors', value: sparses ?? [] }; break;
    case ATTRIBUTE_TYPE.TYPE_PROTOS: value = { type: 'type_protos', value: tps ?? [] }; break;
    default: throw new WireError(`attribute '${name}' has unknown type ${type}`);
  }
  into.set(name, value);
}

function noValue(name: string, type: number): never {
  throw new WireError(`attribute '${name}' of type ${type} has no value`);
}

const NO_ATTRIBUTES: ReadonlyMap<string, Attribute> = new Map();

/** NodeProto's name fields, as bits for WireReader.textFrom. */
const NODE_NAME_FIELDS = (1 << FIELD.node.input) | (1 << FIELD.node.output) | (1 << FIELD.node.name) | (1 << FIELD.node.opType);

/** Op types and domains repeat across nodes: one string each instead of one per node. */
const internedNames = new Map<string, string>();

function interned(s: string): string {
  const known = internedNames.get(s);
  if (known !== undefined) return known;
  // A hostile file may name a million distinct op types: stop interning, never grow without bound.
  if (internedNames.size < 4096) internedNames.set(s, s);
  return s;
}

/** decodeNode's name lists, between nodes (undefined while a node holds them). */
let spareInputs: string[] | undefined = [];
let spareOutputs: string[] | undefined = [];

function decodeNode(c: WireReader, end: number, ctx: DecodeContext): Node {
  ctx.nodeCount = (ctx.nodeCount ?? 0) + 1;
  const max = ctx.maxNodes ?? MAX_EXECUTED_NODES;
  if (ctx.nodeCount > max) throw new LimitError(`the model has more than ${max.toLocaleString('en-US')} nodes, the most model-budget profiles`);
  // Names are collected in scratch lists and copied out at their exact length: an array grown
  // by push keeps room for 16 more, which for a million nodes is most of the graph's memory.
  // The scratch lists are reused from node to node (a node nested in a subgraph attribute, decoded
  // while they are taken, gets its own), so most nodes allocate only the two copies.
  const inputs = spareInputs ?? [];
  const outputs = spareOutputs ?? [];
  spareInputs = undefined;
  spareOutputs = undefined;
  let inputCount = 0;
  let outputCount = 0;
  let attributes: Map<string, Attribute> | undefined;
  let name = '';
  let opType = '';
  let domain = '';
  c.textFrom(end - c.at, NODE_NAME_FIELDS);
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    const field = tag >>> 3;
    // The common fields first, tested one by one: see HOT_FIELDS_FIRST.
    if (field === FIELD.node.input) inputs[inputCount++] = c.string(wire, end, 'NodeProto.input');
    else if (field === FIELD.node.output) outputs[outputCount++] = c.string(wire, end, 'NodeProto.output');
    else switch (field) {
      case FIELD.node.name: name = c.string(wire, end, 'NodeProto.name'); break;
      case FIELD.node.opType: opType = c.string(wire, end, 'NodeProto.op_type'); break;
      case FIELD.node.domain: domain = c.string(wire, end, 'NodeProto.domain'); break;
      case FIELD.node.attribute: {
        decodeAttribute(c, c.message(wire, end, 'NodeProto.attribute'), ctx, (attributes ??= new Map()));
        break;
      }
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  // A long list (a Concat of 100k inputs) is not kept: it would hold that many names for good.
  spareInputs = inputs.length <= 64 ? inputs : [];
  spareOutputs = outputs.length <= 64 ? outputs : [];
  if (!opType) throw new WireError(`node '${name}' has no op_type`);
  const normalDomain = normalizeDomain(domain);
  const type = interned(opType);
  const dom = interned(normalDomain);
  const attrs = attributes ?? NO_ATTRIBUTES;
  // Constant nodes hold stored values: the IR marks them so nothing downstream keys on ONNX op names.
  // (Two literals, not a spread: a spread copies the node.)
  return opType === 'Constant' && normalDomain === ''
    ? { name, opType: type, domain: dom, inputs: inputs.slice(0, inputCount), outputs: outputs.slice(0, outputCount), attributes: attrs, constant: true }
    : { name, opType: type, domain: dom, inputs: inputs.slice(0, inputCount), outputs: outputs.slice(0, outputCount), attributes: attrs };
}

/** A graph-valued attribute (If branch, Loop/Scan body), at most MAX_GRAPH_DEPTH deep. */
function decodeSubgraph(c: WireReader, end: number, ctx: DecodeContext): Graph {
  const depth = (ctx.graphDepth ?? 0) + 1;
  if (depth > MAX_GRAPH_DEPTH) throw new LimitError(`subgraphs (If/Loop/Scan bodies) nest more than ${MAX_GRAPH_DEPTH} deep (byte ${c.at})`);
  ctx.graphDepth = depth;
  const g = decodeGraph(c, end, ctx);
  ctx.graphDepth = depth - 1;
  return g;
}

export function decodeGraph(c: WireReader, end: number, ctx: DecodeContext): Graph {
  const nodes: Node[] = [];
  const initializers = new Map<string, Tensor>();
  const inputs: ValueInfo[] = [];
  const outputs: ValueInfo[] = [];
  const valueInfo: ValueInfo[] = [];
  let name = '';
  // A name a second (dense or sparse) initializer defines again: kept until the graph's name is read.
  let twice: string | undefined;
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    const field = tag >>> 3;
    // See HOT_FIELDS_FIRST.
    if (field === FIELD.graph.node) nodes.push(decodeNode(c, c.message(wire, end, 'GraphProto.node'), ctx));
    else switch (field) {
      case FIELD.graph.name: name = c.string(wire, end, 'GraphProto.name'); break;
      case FIELD.graph.initializer: {
        const t = decodeTensor(c, wire, end, 'initializer', ctx);
        if (initializers.has(t.name)) twice ??= t.name;
        initializers.set(t.name, t);
        break;
      }
      case FIELD.graph.sparseInitializer: {
        const t = decodeSparseTensor(c, wire, end, 'sparse initializer', ctx);
        if (initializers.has(t.name)) twice ??= t.name;
        initializers.set(t.name, t);
        break;
      }
      case FIELD.graph.input: inputs.push(decodeValueInfo(c, c.message(wire, end, 'GraphProto.input'))); break;
      case FIELD.graph.output: outputs.push(decodeValueInfo(c, c.message(wire, end, 'GraphProto.output'))); break;
      case FIELD.graph.valueInfo: valueInfo.push(decodeValueInfo(c, c.message(wire, end, 'GraphProto.value_info'))); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  // ONNX names are single-assignment; keeping either tensor would drop the other's params unseen
  // (ONNX Runtime keeps the last one, onnx.checker refuses the file).
  if (twice !== undefined) throw new WireError(`graph '${name}': initializer '${twice}' is defined twice`);
  return { name, inputs, outputs, initializers, valueInfo, nodes };
}

function decodeOpset(c: WireReader, end: number): [string, number] {
  let domain = '';
  let version = 0;
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.opset.domain: domain = c.string(wire, end, 'OperatorSetIdProto.domain'); break;
      case FIELD.opset.version: version = c.int(wire, 'OperatorSetIdProto.version'); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return [normalizeDomain(domain), version];
}

function decodeFunction(c: WireReader, end: number, ctx: DecodeContext): FunctionDef {
  let name = '';
  let domain = '';
  let overload = '';
  const inputs: string[] = [];
  const outputs: string[] = [];
  const attributeNames: string[] = [];
  const attributeDefaults = new Map<string, Attribute>();
  const opsetImports = new Map<string, number>();
  const nodes: Node[] = [];
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.functionProto.name: name = c.string(wire, end, 'FunctionProto.name'); break;
      case FIELD.functionProto.domain: domain = c.string(wire, end, 'FunctionProto.domain'); break;
      case FIELD.functionProto.overload: overload = c.string(wire, end, 'FunctionProto.overload'); break;
      case FIELD.functionProto.input: inputs.push(c.string(wire, end, 'FunctionProto.input')); break;
      case FIELD.functionProto.output: outputs.push(c.string(wire, end, 'FunctionProto.output')); break;
      case FIELD.functionProto.attribute: attributeNames.push(c.string(wire, end, 'FunctionProto.attribute')); break;
      case FIELD.functionProto.attributeProto: {
        decodeAttribute(c, c.message(wire, end, 'FunctionProto.attribute_proto'), ctx, attributeDefaults);
        break;
      }
      case FIELD.functionProto.opsetImport: {
        const [d, v] = decodeOpset(c, c.message(wire, end, 'FunctionProto.opset_import'));
        opsetImports.set(d, v);
        break;
      }
      case FIELD.functionProto.node: nodes.push(decodeNode(c, c.message(wire, end, 'FunctionProto.node'), ctx)); break;
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return { name, domain: normalizeDomain(domain), overload, inputs, outputs, attributeNames, attributeDefaults, opsetImports, nodes };
}

export interface DecodedModel {
  irVersion: number;
  producerName: string;
  producerVersion: string;
  opsetImports: Map<string, number>;
  graph: Graph | undefined;
  functions: FunctionDef[];
  metadata: Map<string, string>;
}

export function decodeModel(c: WireReader, end: number, ctx: DecodeContext): DecodedModel {
  const out: DecodedModel = {
    irVersion: 0, producerName: '', producerVersion: '', opsetImports: new Map(), graph: undefined,
    functions: [], metadata: new Map(),
  };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case FIELD.model.irVersion: out.irVersion = c.int(wire, 'ModelProto.ir_version'); break;
      case FIELD.model.producerName: out.producerName = c.string(wire, end, 'ModelProto.producer_name'); break;
      case FIELD.model.producerVersion: out.producerVersion = c.string(wire, end, 'ModelProto.producer_version'); break;
      case FIELD.model.graph: out.graph = decodeGraph(c, c.message(wire, end, 'ModelProto.graph'), ctx); break;
      case FIELD.model.opsetImport: {
        const [d, v] = decodeOpset(c, c.message(wire, end, 'ModelProto.opset_import'));
        out.opsetImports.set(d, v);
        break;
      }
      case FIELD.model.metadataProps: {
        const [k, v] = decodeStringEntry(c, c.message(wire, end, 'ModelProto.metadata_props'));
        out.metadata.set(k, v);
        break;
      }
      case FIELD.model.functions: out.functions.push(decodeFunction(c, c.message(wire, end, 'ModelProto.functions'), ctx)); break;
      // Fields we do not use (domain, model_version, doc_string, training_info) are still checked
      // for well-formedness by the skip.
      default: skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return out;
}
