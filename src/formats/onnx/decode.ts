/**
 * ONNX protobuf messages -> graph IR. Field numbers come from schema.ts. Weight payloads
 * (raw_data and the typed data fields) are skipped unless the tensor is small enough to fold.
 */
import { bytesFor, dtypeFromOnnx, dtypeKind } from '../../graph/dtype.js';
import type { DType } from '../../graph/dtype.js';
import type { Attribute, Dim, FunctionDef, Graph, Node, Tensor, ValueInfo } from '../../graph/ir.js';
import { WIRE, WireError } from './cursor.js';
import type { Cursor } from './cursor.js';
import { ATTRIBUTE_TYPE, DATA_LOCATION, FIELD } from './schema.js';
import { decodeValues, SMALL_FLOAT_ELEMENTS, SMALL_INT_ELEMENTS } from './tensor-values.js';

const utf8 = new TextDecoder('utf-8');

/**
 * Names are nearly always ASCII: Node's native latin1 decoding of those is several times faster
 * than TextDecoder on short strings and yields flat strings (cheap Map keys).
 */
function decodeText(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return utf8.decode(bytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** Tensor messages up to this size are read whole; larger ones are decoded in place. */
const TENSOR_BUFFER_LIMIT = 1024;

/** Collects what the reader must check after decoding (external files). */
export interface DecodeContext {
  readonly externalTensors: Tensor[];
}

const WIRE_NAMES = ['varint', '64-bit', 'length-delimited', 'start-group', 'end-group', '32-bit', 'invalid(6)', 'invalid(7)'];

function expectWire(actual: number, expected: number, what: string, pos: number): void {
  if (actual !== expected) {
    throw new WireError(`${what} has wire type ${WIRE_NAMES[actual]}, expected ${WIRE_NAMES[expected]} (byte ${pos})`);
  }
}

function skipField(c: Cursor, wire: number, end: number): void {
  switch (wire) {
    case WIRE.VARINT: c.varint(); break;
    case WIRE.I64: c.skip(8); break;
    case WIRE.I32: c.skip(4); break;
    case WIRE.LEN: {
      const len = c.varint();
      if (c.pos + len > end) throw new WireError(`truncated: a ${len}-byte field at byte ${c.pos} runs past its message end`);
      c.skip(len);
      break;
    }
    case WIRE.SGROUP: {
      // Groups are deprecated and absent from onnx.proto, but skippable.
      for (;;) {
        const tag = c.varint();
        if ((tag & 7) === WIRE.EGROUP) break;
        skipField(c, tag & 7, end);
      }
      break;
    }
    default:
      throw new WireError(`not an ONNX model: invalid protobuf wire type ${wire} at byte ${c.pos}`);
  }
}

/** Runs `on` for every field of a message ending at `end`; unhandled fields are skipped. */
function eachField(c: Cursor, end: number, on: (field: number, wire: number) => boolean): void {
  while (c.pos < end) {
    const tagPos = c.pos;
    const tag = c.varint();
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === 0) throw new WireError(`not an ONNX model: invalid protobuf field number 0 at byte ${tagPos}`);
    if (!on(field, wire)) skipField(c, wire, end);
    if (c.pos > end) throw new WireError(`truncated: a field at byte ${tagPos} runs past its message end (byte ${end})`);
  }
}

function lengthOf(c: Cursor, end: number, what: string): number {
  const at = c.pos;
  const len = c.varint();
  if (!c.varintIsSafe || c.pos + len > end) {
    throw new WireError(`truncated: ${what} at byte ${at} claims ${len} bytes but its message ends at byte ${end}`);
  }
  return len;
}

function readString(c: Cursor, wire: number, end: number, what: string): string {
  expectWire(wire, WIRE.LEN, what, c.pos);
  return decodeText(c.peekBytes(lengthOf(c, end, what)));
}

function readInt(c: Cursor, wire: number, what: string): number {
  expectWire(wire, WIRE.VARINT, what, c.pos);
  return c.varint();
}

/** Repeated int64/int32 field, packed or not. */
function readVarints(c: Cursor, wire: number, end: number, what: string, into: number[], safe?: boolean[]): void {
  if (wire === WIRE.VARINT) {
    into.push(c.varint());
    safe?.push(c.varintIsSafe);
    return;
  }
  expectWire(wire, WIRE.LEN, what, c.pos);
  const len = lengthOf(c, end, what);
  const stop = c.pos + len;
  while (c.pos < stop) {
    into.push(c.varint());
    safe?.push(c.varintIsSafe);
  }
  if (c.pos !== stop) throw new WireError(`${what}: packed varints overrun their field at byte ${stop}`);
}

function readFloats(c: Cursor, wire: number, end: number, what: string, into: number[]): void {
  if (wire === WIRE.I32) {
    into.push(c.float());
    return;
  }
  expectWire(wire, WIRE.LEN, what, c.pos);
  const len = lengthOf(c, end, what);
  if (len % 4 !== 0) throw new WireError(`${what}: packed floats of ${len} bytes is not a multiple of 4`);
  for (let i = 0; i < len / 4; i++) into.push(c.float());
}

function nested<T>(c: Cursor, wire: number, end: number, what: string, decode: (c: Cursor, end: number) => T, limit?: number): T {
  expectWire(wire, WIRE.LEN, what, c.pos);
  const len = lengthOf(c, end, what);
  return c.nested(len, decode, limit);
}

// ---------------------------------------------------------------------------------------------
// TensorProto

interface RawTensor {
  name: string;
  dims: number[];
  dimsSafe: boolean[];
  dataType: number;
  dataLocation: number;
  external: Map<string, string>;
  /** Present when small enough to decode. */
  raw?: Uint8Array;
  typed: { floats: number[]; varints: number[]; doubles: number[]; seen: boolean };
  /** Bytes of stored payload (raw or typed), to check against dims. */
  rawLength: number | undefined;
}

function decodeTensorRaw(c: Cursor, end: number): RawTensor {
  const t: RawTensor = {
    name: '', dims: [], dimsSafe: [], dataType: 0, dataLocation: DATA_LOCATION.DEFAULT, external: new Map(),
    typed: { floats: [], varints: [], doubles: [], seen: false }, rawLength: undefined,
  };
  const F = FIELD.tensor;
  // Decoding typed payloads only pays off for small tensors; count them first from dims/dtype.
  const small = (): boolean => {
    const dtype = dtypeFromOnnx(t.dataType);
    if (!dtype || t.dims.some((d, i) => d < 0 || !t.dimsSafe[i])) return false;
    const n = t.dims.reduce((a, b) => a * b, 1);
    const kind = dtypeKind(dtype);
    if (kind === 'string' || kind === 'complex') return false;
    return n <= (kind === 'float' ? SMALL_FLOAT_ELEMENTS : SMALL_INT_ELEMENTS);
  };
  eachField(c, end, (field, wire) => {
    switch (field) {
      case F.dims: readVarints(c, wire, end, 'TensorProto.dims', t.dims, t.dimsSafe); return true;
      case F.dataType: t.dataType = readInt(c, wire, 'TensorProto.data_type'); return true;
      case F.name: t.name = readString(c, wire, end, 'TensorProto.name'); return true;
      case F.dataLocation: t.dataLocation = readInt(c, wire, 'TensorProto.data_location'); return true;
      case F.externalData: {
        const [k, v] = nested(c, wire, end, 'TensorProto.external_data', decodeStringEntry);
        t.external.set(k, v);
        return true;
      }
      case F.rawData: {
        expectWire(wire, WIRE.LEN, 'TensorProto.raw_data', c.pos);
        const len = lengthOf(c, end, 'TensorProto.raw_data');
        t.rawLength = len;
        if (small()) t.raw = c.bytes(len);
        else c.skip(len);
        return true;
      }
      case F.floatData: case F.int32Data: case F.int64Data: case F.doubleData: case F.uint64Data: {
        t.typed.seen = true;
        if (!small() && wire === WIRE.LEN) {
          c.skip(lengthOf(c, end, 'TensorProto data'));
          return true;
        }
        if (field === F.floatData) readFloats(c, wire, end, 'TensorProto.float_data', t.typed.floats);
        else if (field === F.doubleData) {
          if (wire === WIRE.I64) t.typed.doubles.push(c.double());
          else {
            expectWire(wire, WIRE.LEN, 'TensorProto.double_data', c.pos);
            const len = lengthOf(c, end, 'TensorProto.double_data');
            for (let i = 0; i < len / 8; i++) t.typed.doubles.push(c.double());
          }
        } else readVarints(c, wire, end, 'TensorProto data', t.typed.varints);
        return true;
      }
      default: return false;
    }
  });
  return t;
}

function decodeStringEntry(c: Cursor, end: number): [string, string] {
  let key = '';
  let value = '';
  eachField(c, end, (field, wire) => {
    if (field === FIELD.stringEntry.key) key = readString(c, wire, end, 'StringStringEntryProto.key');
    else if (field === FIELD.stringEntry.value) value = readString(c, wire, end, 'StringStringEntryProto.value');
    else return false;
    return true;
  });
  return [key, value];
}

/** Validated IR tensor from a decoded TensorProto. `what` names it in errors. */
function finishTensor(t: RawTensor, what: string, ctx: DecodeContext): Tensor {
  const label = t.name ? `${what} '${t.name}'` : what;
  const dtype = dtypeFromOnnx(t.dataType);
  if (!dtype) throw new WireError(`${label} has unknown data_type ${t.dataType}`);
  let elements = 1;
  t.dims.forEach((d, i) => {
    if (!t.dimsSafe[i] || d < 0 || d > Number.MAX_SAFE_INTEGER) {
      throw new WireError(`${label} has dim ${t.dimsSafe[i] ? d : 'beyond 2^53'} out of range`);
    }
    elements *= d;
  });
  if (!Number.isSafeInteger(elements)) {
    throw new WireError(`${label} has dims [${t.dims.join(', ')}] whose element count overflows`);
  }
  const byteSize = dtype === 'string' ? (t.rawLength ?? 0) : bytesFor(dtype, elements);
  if (t.dataLocation === DATA_LOCATION.EXTERNAL) {
    const location = t.external.get('location');
    if (!location) throw new WireError(`${label} has external data without a location`);
    const offset = Number(t.external.get('offset') ?? '0');
    const lengthText = t.external.get('length');
    const length = lengthText === undefined ? undefined : Number(lengthText);
    if (!Number.isSafeInteger(offset) || offset < 0 || (length !== undefined && (!Number.isSafeInteger(length) || length < 0))) {
      throw new WireError(`${label} has an invalid external data offset/length`);
    }
    const tensor: Tensor = {
      name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'external',
      external: { location, offset, length },
    };
    ctx.externalTensors.push(tensor);
    return tensor;
  }
  if (t.rawLength !== undefined && dtype !== 'string' && t.rawLength !== byteSize) {
    throw new WireError(`${label}: raw_data has ${t.rawLength} bytes but dims [${t.dims.join(', ')}] of ${dtype} need ${byteSize}`);
  }
  const values = decodeValues(dtype, elements, t.raw, t.typed);
  return values ? { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded', values }
    : { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded' };
}

function decodeTensor(c: Cursor, wire: number, end: number, what: string, ctx: DecodeContext): Tensor {
  const raw = nested(c, wire, end, what, decodeTensorRaw, TENSOR_BUFFER_LIMIT);
  return finishTensor(raw, what, ctx);
}

function decodeSparseTensor(c: Cursor, wire: number, end: number, what: string, ctx: DecodeContext): Tensor {
  return nested(c, wire, end, what, (c2, end2) => {
    let values: Tensor | undefined;
    let indices: Tensor | undefined;
    const dims: number[] = [];
    const safe: boolean[] = [];
    eachField(c2, end2, (field, w) => {
      if (field === FIELD.sparseTensor.values) values = decodeTensor(c2, w, end2, `${what} values`, ctx);
      else if (field === FIELD.sparseTensor.indices) indices = decodeTensor(c2, w, end2, `${what} indices`, ctx);
      else if (field === FIELD.sparseTensor.dims) readVarints(c2, w, end2, 'SparseTensorProto.dims', dims, safe);
      else return false;
      return true;
    });
    if (!values) throw new WireError(`${what} has no values`);
    if (safe.some((s) => !s) || dims.some((d) => d < 0)) throw new WireError(`${what} has a dim out of range`);
    // A sparse tensor stores only its non-zero values (plus indices): that is what it weighs.
    return {
      name: values.name, dtype: values.dtype, dims, elements: values.elements,
      byteSize: values.byteSize + (indices?.byteSize ?? 0), storage: values.storage,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Types and value infos

function decodeDimension(c: Cursor, end: number): Dim {
  let dim: Dim = null;
  eachField(c, end, (field, wire) => {
    if (field === FIELD.dimension.dimValue) {
      const v = readInt(c, wire, 'Dimension.dim_value');
      if (!c.varintIsSafe) throw new WireError(`dimension value beyond 2^53 at byte ${c.pos}`);
      dim = v >= 0 ? v : null;
    } else if (field === FIELD.dimension.dimParam) {
      const p = readString(c, wire, end, 'Dimension.dim_param');
      dim = p === '' ? null : p;
    } else return false;
    return true;
  });
  return dim;
}

interface DecodedType {
  kind: ValueInfo['kind'];
  dtype: DType | undefined;
  shape: Dim[] | undefined;
}

function decodeTensorType(c: Cursor, end: number): { dtype: DType | undefined; shape: Dim[] | undefined } {
  let dtype: DType | undefined;
  let shape: Dim[] | undefined;
  eachField(c, end, (field, wire) => {
    if (field === FIELD.tensorType.elemType) dtype = dtypeFromOnnx(readInt(c, wire, 'TypeProto.Tensor.elem_type'));
    else if (field === FIELD.tensorType.shape) {
      shape = nested(c, wire, end, 'TensorShapeProto', (c2, end2) => {
        const dims: Dim[] = [];
        eachField(c2, end2, (f2, w2) => {
          if (f2 !== FIELD.shape.dim) return false;
          dims.push(nested(c2, w2, end2, 'TensorShapeProto.dim', decodeDimension));
          return true;
        });
        return dims;
      });
    } else return false;
    return true;
  });
  return { dtype, shape };
}

function decodeType(c: Cursor, end: number): DecodedType {
  let out: DecodedType = { kind: 'unknown', dtype: undefined, shape: undefined };
  const T = FIELD.typeProto;
  eachField(c, end, (field, wire) => {
    switch (field) {
      case T.tensorType: out = { kind: 'tensor', ...nested(c, wire, end, 'TypeProto.tensor_type', decodeTensorType) }; return true;
      case T.sparseTensorType: out = { kind: 'sparse_tensor', ...nested(c, wire, end, 'TypeProto.sparse_tensor_type', decodeTensorType) }; return true;
      case T.sequenceType: out = { kind: 'sequence', dtype: undefined, shape: undefined }; return false;
      case T.mapType: out = { kind: 'map', dtype: undefined, shape: undefined }; return false;
      case T.optionalType: out = { kind: 'optional', dtype: undefined, shape: undefined }; return false;
      case T.opaqueType: out = { kind: 'opaque', dtype: undefined, shape: undefined }; return false;
      default: return false;
    }
  });
  return out;
}

function decodeValueInfo(c: Cursor, end: number): ValueInfo {
  let name = '';
  let type: DecodedType = { kind: 'unknown', dtype: undefined, shape: undefined };
  eachField(c, end, (field, wire) => {
    if (field === FIELD.valueInfo.name) name = readString(c, wire, end, 'ValueInfoProto.name');
    else if (field === FIELD.valueInfo.type) type = nested(c, wire, end, 'ValueInfoProto.type', decodeType);
    else return false;
    return true;
  });
  return { name, ...type };
}

// ---------------------------------------------------------------------------------------------
// Attributes, nodes, graphs, functions

function decodeAttribute(c: Cursor, end: number, ctx: DecodeContext): [string, Attribute] {
  const A = FIELD.attribute;
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
  const floats: number[] = [];
  const ints: number[] = [];
  const strings: string[] = [];
  const tensors: Tensor[] = [];
  const graphs: Graph[] = [];
  const sparses: Tensor[] = [];
  const tps: ValueInfo[] = [];
  const typeProto = (c2: Cursor, end2: number): ValueInfo => ({ name: '', ...decodeType(c2, end2) });
  eachField(c, end, (field, wire) => {
    switch (field) {
      case A.name: name = readString(c, wire, end, 'AttributeProto.name'); return true;
      case A.type: type = readInt(c, wire, 'AttributeProto.type'); return true;
      case A.refAttrName: ref = readString(c, wire, end, 'AttributeProto.ref_attr_name'); return true;
      case A.f: expectWire(wire, WIRE.I32, 'AttributeProto.f', c.pos); f = c.float(); return true;
      case A.i: i = readInt(c, wire, 'AttributeProto.i'); return true;
      case A.s: s = readString(c, wire, end, 'AttributeProto.s'); return true;
      case A.t: t = decodeTensor(c, wire, end, `attribute '${name}' tensor`, ctx); return true;
      case A.g: g = nested(c, wire, end, 'AttributeProto.g', (c2, e2) => decodeGraph(c2, e2, ctx)); return true;
      case A.sparseTensor: sparse = decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensor`, ctx); return true;
      case A.tp: tp = nested(c, wire, end, 'AttributeProto.tp', typeProto); return true;
      case A.floats: readFloats(c, wire, end, 'AttributeProto.floats', floats); return true;
      case A.ints: readVarints(c, wire, end, 'AttributeProto.ints', ints); return true;
      case A.strings: strings.push(readString(c, wire, end, 'AttributeProto.strings')); return true;
      case A.tensors: tensors.push(decodeTensor(c, wire, end, `attribute '${name}' tensors`, ctx)); return true;
      case A.graphs: graphs.push(nested(c, wire, end, 'AttributeProto.graphs', (c2, e2) => decodeGraph(c2, e2, ctx))); return true;
      case A.sparseTensors: sparses.push(decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensors`, ctx)); return true;
      case A.typeProtos: tps.push(nested(c, wire, end, 'AttributeProto.type_protos', typeProto)); return true;
      default: return false;
    }
  });
  if (ref) return [name, { type: 'ref', value: ref }];
  const T = ATTRIBUTE_TYPE;
  if (type === T.UNDEFINED) {
    // IR < 0.0.2 files carry no type: infer it from the field that is set.
    type = f !== undefined ? T.FLOAT : i !== undefined ? T.INT : s !== undefined ? T.STRING : t ? T.TENSOR
      : g ? T.GRAPH : floats.length ? T.FLOATS : ints.length ? T.INTS : strings.length ? T.STRINGS
        : tensors.length ? T.TENSORS : graphs.length ? T.GRAPHS : T.UNDEFINED;
  }
  const missing = (): never => {
    throw new WireError(`attribute '${name}' of type ${type} has no value`);
  };
  switch (type) {
    case T.FLOAT: return [name, { type: 'float', value: f ?? 0 }];
    case T.INT: return [name, { type: 'int', value: i ?? 0 }];
    case T.STRING: return [name, { type: 'string', value: s ?? '' }];
    case T.TENSOR: return [name, { type: 'tensor', value: t ?? missing() }];
    case T.GRAPH: return [name, { type: 'graph', value: g ?? missing() }];
    case T.SPARSE_TENSOR: return [name, { type: 'sparse_tensor', value: sparse ?? missing() }];
    case T.TYPE_PROTO: return [name, { type: 'type_proto', value: tp ?? missing() }];
    case T.FLOATS: return [name, { type: 'floats', value: floats }];
    case T.INTS: return [name, { type: 'ints', value: ints }];
    case T.STRINGS: return [name, { type: 'strings', value: strings }];
    case T.TENSORS: return [name, { type: 'tensors', value: tensors }];
    case T.GRAPHS: return [name, { type: 'graphs', value: graphs }];
    case T.SPARSE_TENSORS: return [name, { type: 'sparse_tensors', value: sparses }];
    case T.TYPE_PROTOS: return [name, { type: 'type_protos', value: tps }];
    default: throw new WireError(`attribute '${name}' has unknown type ${type}`);
  }
}

export function normalizeDomain(domain: string): string {
  return domain === 'ai.onnx' ? '' : domain;
}

function decodeNode(c: Cursor, end: number, ctx: DecodeContext): Node {
  const N = FIELD.node;
  const inputs: string[] = [];
  const outputs: string[] = [];
  const attributes = new Map<string, Attribute>();
  let name = '';
  let opType = '';
  let domain = '';
  eachField(c, end, (field, wire) => {
    switch (field) {
      case N.input: inputs.push(readString(c, wire, end, 'NodeProto.input')); return true;
      case N.output: outputs.push(readString(c, wire, end, 'NodeProto.output')); return true;
      case N.name: name = readString(c, wire, end, 'NodeProto.name'); return true;
      case N.opType: opType = readString(c, wire, end, 'NodeProto.op_type'); return true;
      case N.domain: domain = readString(c, wire, end, 'NodeProto.domain'); return true;
      case N.attribute: {
        const [k, v] = nested(c, wire, end, 'NodeProto.attribute', (c2, e2) => decodeAttribute(c2, e2, ctx));
        attributes.set(k, v);
        return true;
      }
      default: return false;
    }
  });
  if (!opType) throw new WireError(`node '${name}' has no op_type`);
  return { name, opType, domain: normalizeDomain(domain), inputs, outputs, attributes };
}

export function decodeGraph(c: Cursor, end: number, ctx: DecodeContext): Graph {
  const G = FIELD.graph;
  const nodes: Node[] = [];
  const initializers = new Map<string, Tensor>();
  const inputs: ValueInfo[] = [];
  const outputs: ValueInfo[] = [];
  const valueInfo: ValueInfo[] = [];
  let name = '';
  eachField(c, end, (field, wire) => {
    switch (field) {
      case G.node: nodes.push(nested(c, wire, end, 'GraphProto.node', (c2, e2) => decodeNode(c2, e2, ctx))); return true;
      case G.name: name = readString(c, wire, end, 'GraphProto.name'); return true;
      case G.initializer: {
        const t = decodeTensor(c, wire, end, 'initializer', ctx);
        initializers.set(t.name, t);
        return true;
      }
      case G.sparseInitializer: {
        const t = decodeSparseTensor(c, wire, end, 'sparse initializer', ctx);
        initializers.set(t.name, t);
        return true;
      }
      case G.input: inputs.push(nested(c, wire, end, 'GraphProto.input', decodeValueInfo)); return true;
      case G.output: outputs.push(nested(c, wire, end, 'GraphProto.output', decodeValueInfo)); return true;
      case G.valueInfo: valueInfo.push(nested(c, wire, end, 'GraphProto.value_info', decodeValueInfo)); return true;
      default: return false;
    }
  });
  return { name, inputs, outputs, initializers, valueInfo, nodes };
}

function decodeOpset(c: Cursor, end: number): [string, number] {
  let domain = '';
  let version = 0;
  eachField(c, end, (field, wire) => {
    if (field === FIELD.opset.domain) domain = readString(c, wire, end, 'OperatorSetIdProto.domain');
    else if (field === FIELD.opset.version) version = readInt(c, wire, 'OperatorSetIdProto.version');
    else return false;
    return true;
  });
  return [normalizeDomain(domain), version];
}

function decodeFunction(c: Cursor, end: number, ctx: DecodeContext): FunctionDef {
  const F = FIELD.function;
  let name = '';
  let domain = '';
  let overload = '';
  const inputs: string[] = [];
  const outputs: string[] = [];
  const attributeNames: string[] = [];
  const attributeDefaults = new Map<string, Attribute>();
  const opsetImports = new Map<string, number>();
  const nodes: Node[] = [];
  eachField(c, end, (field, wire) => {
    switch (field) {
      case F.name: name = readString(c, wire, end, 'FunctionProto.name'); return true;
      case F.domain: domain = readString(c, wire, end, 'FunctionProto.domain'); return true;
      case F.overload: overload = readString(c, wire, end, 'FunctionProto.overload'); return true;
      case F.input: inputs.push(readString(c, wire, end, 'FunctionProto.input')); return true;
      case F.output: outputs.push(readString(c, wire, end, 'FunctionProto.output')); return true;
      case F.attribute: attributeNames.push(readString(c, wire, end, 'FunctionProto.attribute')); return true;
      case F.attributeProto: {
        const [k, v] = nested(c, wire, end, 'FunctionProto.attribute_proto', (c2, e2) => decodeAttribute(c2, e2, ctx));
        attributeDefaults.set(k, v);
        return true;
      }
      case F.opsetImport: {
        const [d, v] = nested(c, wire, end, 'FunctionProto.opset_import', decodeOpset);
        opsetImports.set(d, v);
        return true;
      }
      case F.node: nodes.push(nested(c, wire, end, 'FunctionProto.node', (c2, e2) => decodeNode(c2, e2, ctx))); return true;
      default: return false;
    }
  });
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

export function decodeModel(c: Cursor, end: number, ctx: DecodeContext): DecodedModel {
  const M = FIELD.model;
  const out: DecodedModel = {
    irVersion: 0, producerName: '', producerVersion: '', opsetImports: new Map(), graph: undefined,
    functions: [], metadata: new Map(),
  };
  eachField(c, end, (field, wire) => {
    switch (field) {
      case M.irVersion: out.irVersion = readInt(c, wire, 'ModelProto.ir_version'); return true;
      case M.producerName: out.producerName = readString(c, wire, end, 'ModelProto.producer_name'); return true;
      case M.producerVersion: out.producerVersion = readString(c, wire, end, 'ModelProto.producer_version'); return true;
      case M.graph: out.graph = nested(c, wire, end, 'ModelProto.graph', (c2, e2) => decodeGraph(c2, e2, ctx)); return true;
      case M.opsetImport: {
        const [d, v] = nested(c, wire, end, 'ModelProto.opset_import', decodeOpset);
        out.opsetImports.set(d, v);
        return true;
      }
      case M.metadataProps: {
        const [k, v] = nested(c, wire, end, 'ModelProto.metadata_props', decodeStringEntry);
        out.metadata.set(k, v);
        return true;
      }
      case M.functions: out.functions.push(nested(c, wire, end, 'ModelProto.functions', (c2, e2) => decodeFunction(c2, e2, ctx))); return true;
      // Fields we do not use are still checked for well-formedness by the skip.
      case M.domain: case M.modelVersion: case M.docString: case M.trainingInfo: return false;
      default: return false;
    }
  });
  return out;
}
