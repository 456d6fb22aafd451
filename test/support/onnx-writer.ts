/**
 * Test-side ONNX writer: build graphs node by node and get real ONNX protobuf bytes.
 *
 * Encoding goes through protobufjs reflection on the same descriptor the reader is checked
 * against (src/formats/onnx/schema.ts), so a wrong field number shows up as a failing round trip
 * rather than two halves agreeing on a mistake. Everything here is deterministic: the same calls
 * give the same bytes.
 *
 *   const g = new GraphBuilder('main');
 *   g.input('x', 'float32', [1, 3, 224, 'batch']);
 *   const w = g.initializer('w', 'float32', [16, 3, 3, 3]);
 *   g.node('Conv', ['x', w], ['y'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] });
 *   g.output('y', 'float32', [1, 16, 224, 224]);
 *   const bytes = modelBytes(g, { opset: 17 });
 *
 * For deliberately broken files see `truncate` and `RawWriter` at the end of this module.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import protobuf from 'protobufjs';
import { bytesFor } from '../../src/graph/dtype.js';
import { onnxCodeOf } from '../../src/formats/onnx/dtype-codes.js';
import type { DType } from '../../src/graph/dtype.js';
import { ONNX_DESCRIPTOR } from '../../src/formats/onnx/descriptor.js';
import { ATTRIBUTE_TYPE, DATA_LOCATION } from '../../src/formats/onnx/schema.js';

// ---------------------------------------------------------------------------------------------
// protobufjs plumbing

/** A plain object shaped like one onnx.* message (protobufjs encodes plain objects directly). */
export type ProtoObject = { [field: string]: unknown };

export const onnxRoot: protobuf.Root = protobuf.Root.fromJSON(ONNX_DESCRIPTOR);
const ModelType = onnxRoot.lookupType('onnx.ModelProto');

/** Encodes any onnx.* message given as a plain object, e.g. encodeMessage('TensorProto', t). */
export function encodeMessage(typeName: string, obj: ProtoObject): Uint8Array {
  const type = onnxRoot.lookupType(`onnx.${typeName}`);
  return type.encode(obj).finish();
}

type Int64 = number | bigint;

/**
 * protobufjs takes numbers or Long for int64 fields. Numbers are exact only up to 2^53, so
 * anything larger (or any bigint) becomes a Long built from its two 32-bit halves; that carries
 * every value up to 2^63-1 (and negatives, as two's complement) without rounding.
 */
export function toInt64(v: Int64, unsigned = false): number | protobuf.Long {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new Error(`int64 value ${v} is not an integer`);
    if (Number.isSafeInteger(v)) return v;
    v = BigInt(v);
  }
  const u = BigInt.asUintN(64, v);
  const low = Number(u & 0xffffffffn) | 0;
  const high = Number(u >> 32n) | 0;
  // protobufjs's encoder only reads low/high (util.LongBits.from), so a plain Long-shaped object does.
  return { low, high, unsigned };
}

const utf8 = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// Types (TypeProto) and shapes

/** A dimension: number/bigint = dim_value, string = dim_param, null = unknown (neither set). */
export type DimSpec = number | bigint | string | null;
/** An element type, by IR name or raw ONNX TensorProto.DataType code (codes allow bogus values). */
export type ElemType = DType | number;

export interface TypeSpec {
  readonly kind: 'type';
  readonly proto: ProtoObject;
}

function elemCode(t: ElemType): number {
  return typeof t === 'number' ? t : onnxCodeOf(t);
}

function shapeProto(shape: readonly DimSpec[]): ProtoObject {
  return {
    dim: shape.map((d): ProtoObject => {
      if (d === null) return {};
      if (typeof d === 'string') return { dimParam: d };
      return { dimValue: toInt64(d) };
    }),
  };
}

/** TypeProto builders. A shape of `null`/omitted means unknown rank; `[]` means a scalar. */
export const types = {
  tensor(elem: ElemType, shape?: readonly DimSpec[] | null): TypeSpec {
    const tensorType: ProtoObject = { elemType: elemCode(elem) };
    if (shape) tensorType.shape = shapeProto(shape);
    return { kind: 'type', proto: { tensorType } };
  },
  sparse(elem: ElemType, shape?: readonly DimSpec[] | null): TypeSpec {
    const sparseTensorType: ProtoObject = { elemType: elemCode(elem) };
    if (shape) sparseTensorType.shape = shapeProto(shape);
    return { kind: 'type', proto: { sparseTensorType } };
  },
  sequence(elem: TypeSpec): TypeSpec {
    return { kind: 'type', proto: { sequenceType: { elemType: elem.proto } } };
  },
  map(key: ElemType, value: TypeSpec): TypeSpec {
    return { kind: 'type', proto: { mapType: { keyType: elemCode(key), valueType: value.proto } } };
  },
  optional(elem: TypeSpec): TypeSpec {
    return { kind: 'type', proto: { optionalType: { elemType: elem.proto } } };
  },
  opaque(domain: string, name: string): TypeSpec {
    return { kind: 'type', proto: { opaqueType: { domain, name } } };
  },
};

function isTypeSpec(v: unknown): v is TypeSpec {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'type';
}

function valueInfoProto(name: string, type: ElemType | TypeSpec | undefined, shape: readonly DimSpec[] | null | undefined, docString?: string): ProtoObject {
  const out: ProtoObject = { name };
  if (type !== undefined) out.type = isTypeSpec(type) ? type.proto : types.tensor(type, shape).proto;
  if (docString !== undefined) out.docString = docString;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tensors

/** Where a tensor's bytes live outside the model file (TensorProto.external_data). */
export interface ExternalRef {
  location: string;
  offset?: Int64;
  /** Defaults to the tensor's byte size. */
  length?: Int64;
  checksum?: string;
  /** Extra key/value entries, written as given. */
  extra?: Record<string, string>;
}

export interface TensorOptions {
  /** Element values (row-major). Omitted: zero-filled data of the right size. */
  values?: ArrayLike<number> | readonly bigint[] | readonly string[];
  /** Exact raw_data bytes, written as given (sizes are not checked: good for bad-input tests). */
  raw?: Uint8Array;
  /** 'raw' (default) writes raw_data; 'typed' writes float_data/int32_data/int64_data/... */
  encoding?: 'raw' | 'typed';
  /** Store the data outside: an explicit reference, or a side file that assigns the offset. */
  external?: ExternalRef | ExternalDataFile;
  /** Write no data at all (dims and type only), e.g. for absurd dims such as 2^62. */
  noData?: boolean;
  docString?: string;
  /** Fields merged last into the TensorProto object, for deliberately odd tensors. */
  overrides?: ProtoObject;
}

export interface TensorValue {
  readonly kind: 'tensor';
  readonly proto: ProtoObject;
}

/** Zero-filled defaults above this size are refused: use writeLargeModel or noData instead. */
const MAX_IN_MEMORY_BYTES = 256 * 1024 * 1024;

function elementCount(dims: readonly Int64[]): bigint {
  return dims.reduce<bigint>((acc, d) => acc * BigInt(d), 1n);
}

function float32ToBits(x: number): number {
  const buf = new DataView(new ArrayBuffer(4));
  buf.setFloat32(0, x, true);
  return buf.getUint32(0, true);
}

/** IEEE half from a number, round to nearest even (NaN/Inf preserved). */
function float16Bits(x: number): number {
  const bits = float32ToBits(x);
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  let mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rem > mid || (rem === mid && (half & 1))) half += 1;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (half & 1))) half += 1;
  return sign | half;
}

/** bfloat16 = top half of float32, round to nearest even. */
function bfloat16Bits(x: number): number {
  const bits = float32ToBits(x);
  if (Number.isNaN(x)) return (bits >>> 16) | 0x40;
  return ((bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16) & 0xffff;
}

function packSubByte(values: ArrayLike<number>, bits: number): Uint8Array {
  const perByte = 8 / bits;
  const mask = (1 << bits) - 1;
  const out = new Uint8Array(Math.ceil(values.length / perByte));
  for (let i = 0; i < values.length; i++) {
    out[Math.floor(i / perByte)]! |= (Number(values[i]) & mask) << ((i % perByte) * bits);
  }
  return out;
}

function numbers(values: TensorOptions['values']): number[] {
  return Array.from(values as ArrayLike<number | bigint>, Number);
}
function bigints(values: TensorOptions['values']): bigint[] {
  return Array.from(values as ArrayLike<number | bigint>, (v) => BigInt(v));
}
function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** Little-endian raw_data for `values` of `dtype` (as ONNX stores it). */
export function rawBytes(dtype: DType, values: TensorOptions['values']): Uint8Array {
  switch (dtype) {
    case 'float32': case 'complex64': return bytesOf(Float32Array.from(numbers(values)));
    case 'float64': case 'complex128': return bytesOf(Float64Array.from(numbers(values)));
    case 'float16': return bytesOf(Uint16Array.from(numbers(values), float16Bits));
    case 'bfloat16': return bytesOf(Uint16Array.from(numbers(values), bfloat16Bits));
    case 'int8': return bytesOf(Int8Array.from(numbers(values)));
    case 'uint8': return Uint8Array.from(numbers(values));
    case 'bool': return Uint8Array.from(numbers(values), (v) => (v ? 1 : 0));
    case 'int16': return bytesOf(Int16Array.from(numbers(values)));
    case 'uint16': return bytesOf(Uint16Array.from(numbers(values)));
    case 'int32': return bytesOf(Int32Array.from(numbers(values)));
    case 'uint32': return bytesOf(Uint32Array.from(numbers(values)));
    case 'int64': return bytesOf(BigInt64Array.from(bigints(values)));
    case 'uint64': return bytesOf(BigUint64Array.from(bigints(values)));
    case 'int4': case 'uint4': case 'float4e2m1': return packSubByte(numbers(values), 4);
    case 'int2': case 'uint2': return packSubByte(numbers(values), 2);
    default:
      throw new Error(`rawBytes: give ${dtype} data as bytes via { raw }`);
  }
}

/** The typed (non-raw) TensorProto field for `values`. */
function typedFields(dtype: DType, values: TensorOptions['values']): ProtoObject {
  switch (dtype) {
    case 'float32': case 'complex64': return { floatData: numbers(values) };
    case 'float64': case 'complex128': return { doubleData: numbers(values) };
    case 'int32': case 'int16': case 'int8': case 'uint8': case 'uint16': return { int32Data: numbers(values) };
    case 'bool': return { int32Data: numbers(values).map((v) => (v ? 1 : 0)) };
    case 'float16': return { int32Data: numbers(values).map(float16Bits) };
    case 'bfloat16': return { int32Data: numbers(values).map(bfloat16Bits) };
    case 'int64': return { int64Data: bigints(values).map((v) => toInt64(v)) };
    case 'uint32': case 'uint64': return { uint64Data: bigints(values).map((v) => toInt64(v, true)) };
    case 'string': return { stringData: Array.from(values as ArrayLike<string>, (s) => utf8.encode(s)) };
    default:
      throw new Error(`typed encoding of ${dtype} is not supported here; use { raw }`);
  }
}

/**
 * Side file for external tensor data. Tensors added through it get consecutive offsets (aligned,
 * as onnx's own saver does for mmap-friendliness); `write` puts the file next to the model.
 */
export class ExternalDataFile {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  constructor(readonly location: string, private readonly align = 64) {}

  /** Appends bytes, returns where they went. */
  add(bytes: Uint8Array): { offset: number; length: number } {
    const pad = (this.align - (this.size % this.align)) % this.align;
    if (pad) this.chunks.push(new Uint8Array(pad));
    const offset = this.size + pad;
    this.chunks.push(bytes);
    this.size = offset + bytes.length;
    return { offset, length: bytes.length };
  }

  get byteLength(): number {
    return this.size;
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks);
  }

  /** Writes the side file into `dir` (the model's directory) under its location; returns the path. */
  write(dir: string): string {
    const path = join(dir, this.location);
    writeFileSync(path, this.bytes());
    return path;
  }
}

/** A standalone TensorProto (for Constant nodes, tensor attributes, sparse tensor parts). */
export function tensor(dtype: ElemType, dims: readonly Int64[], opts: TensorOptions & { name?: string } = {}): TensorValue {
  const proto: ProtoObject = { dims: dims.map((d) => toInt64(d)), dataType: elemCode(dtype) };
  if (opts.name !== undefined) proto.name = opts.name;
  if (opts.docString !== undefined) proto.docString = opts.docString;
  if (!opts.noData) Object.assign(proto, tensorData(dtype, dims, opts));
  if (opts.overrides) Object.assign(proto, opts.overrides);
  return { kind: 'tensor', proto };
}

function tensorData(dtype: ElemType, dims: readonly Int64[], opts: TensorOptions): ProtoObject {
  const named = typeof dtype === 'number' ? undefined : dtype;
  const count = elementCount(dims);
  let data: Uint8Array | undefined = opts.raw;
  if (!data && !opts.values && opts.external && !(opts.external instanceof ExternalDataFile)) {
    // Explicit reference to data that lives elsewhere: nothing to build (sizes may be huge).
    if (!named) return externalFields(opts.external, 0);
    return externalFields(opts.external, bytesFor(named, Number(count)));
  }
  if (!data && opts.values && named) {
    const expected = named.startsWith('complex') ? count * 2n : count;
    if (BigInt(opts.values.length) !== expected) {
      throw new Error(`tensor of dims [${dims.join(',')}] needs ${expected} values, got ${opts.values.length}`);
    }
    if (opts.encoding === 'typed' || named === 'string') {
      if (opts.external) throw new Error('typed/string tensors cannot be stored externally');
      return typedFields(named, opts.values);
    }
    data = rawBytes(named, opts.values);
  }
  if (!data) {
    if (!named) throw new Error(`raw dtype code ${dtype}: give { raw } bytes or { noData: true }`);
    if (named === 'string') return { stringData: Array.from({ length: Number(count) }, () => new Uint8Array()) };
    const size = bytesFor(named, Number(count));
    if (size > MAX_IN_MEMORY_BYTES) throw new Error(`tensor of ${size} bytes is too big to build in memory; use noData or writeLargeModel`);
    if (opts.encoding === 'typed') return typedFields(named, new Array<number>(Number(count)).fill(0));
    data = new Uint8Array(size);
  }
  if (!opts.external) return { rawData: data };
  const ref: ExternalRef = opts.external instanceof ExternalDataFile
    ? { location: opts.external.location, ...opts.external.add(data) }
    : opts.external;
  return externalFields(ref, data.length);
}

function externalFields(ref: ExternalRef, defaultLength: number): ProtoObject {
  const entries: ProtoObject[] = [{ key: 'location', value: ref.location }];
  if (ref.offset !== undefined) entries.push({ key: 'offset', value: String(ref.offset) });
  entries.push({ key: 'length', value: String(ref.length ?? defaultLength) });
  if (ref.checksum !== undefined) entries.push({ key: 'checksum', value: ref.checksum });
  for (const [key, value] of Object.entries(ref.extra ?? {})) entries.push({ key, value });
  return { dataLocation: DATA_LOCATION.EXTERNAL, externalData: entries };
}

export interface SparseTensorValue {
  readonly kind: 'sparse';
  readonly proto: ProtoObject;
}

/**
 * SparseTensorProto: `values` is a 1-D tensor of the non-zeros (its name is the sparse tensor's
 * name), `indices` an int64 tensor of [nnz] linear or [nnz, rank] coordinates.
 */
export function sparseTensor(values: TensorValue, indices: TensorValue, dims: readonly Int64[]): SparseTensorValue {
  return { kind: 'sparse', proto: { values: values.proto, indices: indices.proto, dims: dims.map((d) => toInt64(d)) } };
}

// ---------------------------------------------------------------------------------------------
// Attributes

/** An attribute with its ONNX type fixed; plain JS values are typed by `inferAttr`. */
export interface TypedAttr {
  readonly kind: 'attr';
  build(name: string): ProtoObject;
}

export type AttrInput =
  | number | bigint | string | Uint8Array
  | readonly number[] | readonly bigint[] | readonly string[]
  | TensorValue | SparseTensorValue | TypeSpec | GraphBuilder | readonly GraphBuilder[]
  | TypedAttr;

export type AttrTypeName =
  | 'float' | 'int' | 'string' | 'tensor' | 'graph' | 'floats' | 'ints' | 'strings' | 'tensors' | 'graphs'
  | 'sparse_tensor' | 'sparse_tensors' | 'type_proto' | 'type_protos';

const ATTR_CODE: Record<AttrTypeName, number> = {
  float: ATTRIBUTE_TYPE.FLOAT, int: ATTRIBUTE_TYPE.INT, string: ATTRIBUTE_TYPE.STRING, tensor: ATTRIBUTE_TYPE.TENSOR,
  graph: ATTRIBUTE_TYPE.GRAPH, floats: ATTRIBUTE_TYPE.FLOATS, ints: ATTRIBUTE_TYPE.INTS, strings: ATTRIBUTE_TYPE.STRINGS,
  tensors: ATTRIBUTE_TYPE.TENSORS, graphs: ATTRIBUTE_TYPE.GRAPHS, sparse_tensor: ATTRIBUTE_TYPE.SPARSE_TENSOR,
  sparse_tensors: ATTRIBUTE_TYPE.SPARSE_TENSORS, type_proto: ATTRIBUTE_TYPE.TYPE_PROTO, type_protos: ATTRIBUTE_TYPE.TYPE_PROTOS,
};

function typed(type: number, fields: () => ProtoObject): TypedAttr {
  return { kind: 'attr', build: (name) => ({ name, type, ...fields() }) };
}

const bytesOfString = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? utf8.encode(s) : s);

/** Explicitly typed attributes, for values a JS number cannot disambiguate (e.g. `attr.float(1)`). */
export const attr = {
  float: (v: number) => typed(ATTRIBUTE_TYPE.FLOAT, () => ({ f: v })),
  int: (v: Int64) => typed(ATTRIBUTE_TYPE.INT, () => ({ i: toInt64(v) })),
  string: (v: string | Uint8Array) => typed(ATTRIBUTE_TYPE.STRING, () => ({ s: bytesOfString(v) })),
  tensor: (t: TensorValue) => typed(ATTRIBUTE_TYPE.TENSOR, () => ({ t: t.proto })),
  graph: (g: GraphBuilder) => typed(ATTRIBUTE_TYPE.GRAPH, () => ({ g: g.toProto() })),
  floats: (v: readonly number[]) => typed(ATTRIBUTE_TYPE.FLOATS, () => ({ floats: [...v] })),
  ints: (v: readonly Int64[]) => typed(ATTRIBUTE_TYPE.INTS, () => ({ ints: v.map((x) => toInt64(x)) })),
  strings: (v: readonly (string | Uint8Array)[]) => typed(ATTRIBUTE_TYPE.STRINGS, () => ({ strings: v.map(bytesOfString) })),
  tensors: (v: readonly TensorValue[]) => typed(ATTRIBUTE_TYPE.TENSORS, () => ({ tensors: v.map((t) => t.proto) })),
  graphs: (v: readonly GraphBuilder[]) => typed(ATTRIBUTE_TYPE.GRAPHS, () => ({ graphs: v.map((g) => g.toProto()) })),
  sparseTensor: (v: SparseTensorValue) => typed(ATTRIBUTE_TYPE.SPARSE_TENSOR, () => ({ sparseTensor: v.proto })),
  sparseTensors: (v: readonly SparseTensorValue[]) => typed(ATTRIBUTE_TYPE.SPARSE_TENSORS, () => ({ sparseTensors: v.map((s) => s.proto) })),
  typeProto: (v: TypeSpec) => typed(ATTRIBUTE_TYPE.TYPE_PROTO, () => ({ tp: v.proto })),
  typeProtos: (v: readonly TypeSpec[]) => typed(ATTRIBUTE_TYPE.TYPE_PROTOS, () => ({ typeProtos: v.map((t) => t.proto) })),
  /** Inside a function body: take the value of the calling node's attribute `parent`. */
  ref: (parent: string, type: AttrTypeName) => typed(ATTR_CODE[type], () => ({ refAttrName: parent })),
  /** Anything at all, e.g. a type code that disagrees with the field set (bad-input tests). */
  raw: (fields: ProtoObject) => ({ kind: 'attr', build: (name: string) => ({ name, ...fields }) }) as TypedAttr,
};

function hasKind(v: unknown, kind: string): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { kind?: unknown }).kind === kind;
}

/**
 * Plain values: integer number/bigint -> INT, other number -> FLOAT, string/bytes -> STRING,
 * number arrays -> INTS if all integers else FLOATS (so `[]` is INTS), string arrays -> STRINGS.
 */
function inferAttr(v: AttrInput): TypedAttr {
  if (hasKind(v, 'attr')) return v as TypedAttr;
  if (hasKind(v, 'tensor')) return attr.tensor(v as TensorValue);
  if (hasKind(v, 'sparse')) return attr.sparseTensor(v as SparseTensorValue);
  if (hasKind(v, 'type')) return attr.typeProto(v as TypeSpec);
  if (v instanceof GraphBuilder) return attr.graph(v);
  if (typeof v === 'bigint') return attr.int(v);
  if (typeof v === 'number') return Number.isInteger(v) ? attr.int(v) : attr.float(v);
  if (typeof v === 'string' || v instanceof Uint8Array) return attr.string(v);
  const arr = v as readonly unknown[];
  if (arr.length > 0 && arr.every((x) => x instanceof GraphBuilder)) return attr.graphs(arr as GraphBuilder[]);
  if (arr.length > 0 && arr.every((x) => typeof x === 'string')) return attr.strings(arr as string[]);
  if (arr.every((x) => typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x)))) return attr.ints(arr as Int64[]);
  if (arr.every((x) => typeof x === 'number')) return attr.floats(arr as number[]);
  throw new Error(`cannot infer an attribute type for ${String(v)}; use attr.*`);
}

// ---------------------------------------------------------------------------------------------
// Graphs, nodes, functions

export interface NodeOptions {
  name?: string;
  /** '' (default) is ai.onnx. */
  domain?: string;
  docString?: string;
  overload?: string;
  /** Fields merged last into the NodeProto object. */
  overrides?: ProtoObject;
}

/** Shared node list of graphs and function bodies. */
abstract class NodeContainer {
  protected readonly nodes: ProtoObject[] = [];
  private autoName = 0;

  /**
   * Adds a node. `inputs` may contain '' for an omitted optional input. `outputs` is a list of
   * names, one name, or a count (names are then generated). Returns the output names.
   */
  node(opType: string, inputs: readonly string[], outputs: readonly string[] | string | number = 1,
    attrs: Record<string, AttrInput> = {}, opts: NodeOptions = {}): string[] {
    const index = this.autoName++;
    const outs = typeof outputs === 'number'
      ? Array.from({ length: outputs }, (_, k) => `${opType}_${index}_out${k}`)
      : typeof outputs === 'string' ? [outputs] : [...outputs];
    const proto: ProtoObject = { input: [...inputs], output: outs, name: opts.name ?? `${opType}_${index}`, opType };
    const attribute = Object.entries(attrs).map(([name, value]) => inferAttr(value).build(name));
    if (attribute.length) proto.attribute = attribute;
    if (opts.docString !== undefined) proto.docString = opts.docString;
    if (opts.domain !== undefined && opts.domain !== '') proto.domain = opts.domain;
    if (opts.overload !== undefined) proto.overload = opts.overload;
    if (opts.overrides) Object.assign(proto, opts.overrides);
    this.nodes.push(proto);
    return outs;
  }

  /** A Constant node whose `value` is the given tensor; returns its output name. */
  constant(output: string, dtype: ElemType, dims: readonly Int64[], opts: TensorOptions = {}, nodeOpts: NodeOptions = {}): string {
    return this.node('Constant', [], [output], { value: tensor(dtype, dims, opts) }, nodeOpts)[0]!;
  }
}

export class GraphBuilder extends NodeContainer {
  private readonly inputs: ProtoObject[] = [];
  private readonly outputs: ProtoObject[] = [];
  private readonly valueInfos: ProtoObject[] = [];
  private readonly initializers: ProtoObject[] = [];
  private readonly sparseInitializers: ProtoObject[] = [];
  docString: string | undefined;

  constructor(readonly name = 'main') {
    super();
  }

  /** A graph input; `type` is an element type (with `shape`) or a full `types.*` TypeSpec. */
  input(name: string, type?: ElemType | TypeSpec, shape?: readonly DimSpec[] | null, docString?: string): string {
    this.inputs.push(valueInfoProto(name, type, shape, docString));
    return name;
  }

  output(name: string, type?: ElemType | TypeSpec, shape?: readonly DimSpec[] | null, docString?: string): string {
    this.outputs.push(valueInfoProto(name, type, shape, docString));
    return name;
  }

  valueInfo(name: string, type?: ElemType | TypeSpec, shape?: readonly DimSpec[] | null): string {
    this.valueInfos.push(valueInfoProto(name, type, shape));
    return name;
  }

  /** A weight; zero-filled raw_data unless `values`/`raw`/`external`/`noData` say otherwise. */
  initializer(name: string, dtype: ElemType, dims: readonly Int64[], opts: TensorOptions = {}): string {
    this.initializers.push(tensor(dtype, dims, { ...opts, name }).proto);
    return name;
  }

  /** A sparse weight; its name is `values`' name. */
  sparseInitializer(value: SparseTensorValue): string {
    this.sparseInitializers.push(value.proto);
    return String((value.proto.values as ProtoObject).name ?? '');
  }

  toProto(): ProtoObject {
    const g: ProtoObject = { node: this.nodes, name: this.name };
    if (this.initializers.length) g.initializer = this.initializers;
    if (this.docString !== undefined) g.docString = this.docString;
    if (this.inputs.length) g.input = this.inputs;
    if (this.outputs.length) g.output = this.outputs;
    if (this.valueInfos.length) g.valueInfo = this.valueInfos;
    if (this.sparseInitializers.length) g.sparseInitializer = this.sparseInitializers;
    return g;
  }
}

export interface FunctionSignature {
  inputs: readonly string[];
  outputs: readonly string[];
  /** Attribute names without defaults (FunctionProto.attribute). */
  attributes?: readonly string[];
  /** Attributes with default values (FunctionProto.attribute_proto). */
  attributeDefaults?: Record<string, AttrInput>;
  /** Opsets the body uses; default { '': 17 }. */
  opsets?: Record<string, number>;
  docString?: string;
}

/** A model-local function (FunctionProto); call it with g.node(name, ..., { domain }). */
export class FunctionBuilder extends NodeContainer {
  private readonly valueInfos: ProtoObject[] = [];

  constructor(readonly name: string, readonly domain: string, private readonly sig: FunctionSignature) {
    super();
  }

  valueInfo(name: string, type?: ElemType | TypeSpec, shape?: readonly DimSpec[] | null): string {
    this.valueInfos.push(valueInfoProto(name, type, shape));
    return name;
  }

  toProto(): ProtoObject {
    const f: ProtoObject = {
      name: this.name, input: [...this.sig.inputs], output: [...this.sig.outputs], node: this.nodes,
      opsetImport: opsetProtos(this.sig.opsets ?? { '': 17 }), domain: this.domain,
    };
    if (this.sig.attributes?.length) f.attribute = [...this.sig.attributes];
    if (this.sig.docString !== undefined) f.docString = this.sig.docString;
    const defaults = Object.entries(this.sig.attributeDefaults ?? {}).map(([n, v]) => inferAttr(v).build(n));
    if (defaults.length) f.attributeProto = defaults;
    if (this.valueInfos.length) f.valueInfo = this.valueInfos;
    return f;
  }
}

function opsetProtos(opsets: Record<string, number>): ProtoObject[] {
  return Object.entries(opsets).map(([domain, version]) => ({ domain, version: toInt64(version) }));
}

// ---------------------------------------------------------------------------------------------
// Models

export interface ModelOptions {
  /** ai.onnx opset version (default 17). */
  opset?: number;
  /** Further domains, e.g. { 'com.microsoft': 1 }. '' or 'ai.onnx' here overrides `opset`. */
  opsets?: Record<string, number>;
  /** Default: the IR version that goes with `opset` (onnx docs/Versioning.md). */
  irVersion?: Int64;
  functions?: readonly FunctionBuilder[];
  producerName?: string;
  producerVersion?: string;
  domain?: string;
  modelVersion?: Int64;
  docString?: string;
  metadata?: Record<string, string>;
  /** Fields merged last into the ModelProto object. */
  overrides?: ProtoObject;
}

/** The IR version released alongside an ai.onnx opset. */
export function irVersionForOpset(opset: number): number {
  if (opset <= 8) return 3;
  if (opset === 9) return 4;
  if (opset === 10) return 5;
  if (opset === 11) return 6;
  if (opset <= 14) return 7;
  if (opset <= 18) return 8;
  if (opset <= 20) return 9;
  if (opset <= 22) return 10;
  return 11;
}

export function modelProto(graph: GraphBuilder, opts: ModelOptions = {}): ProtoObject {
  const opset = opts.opset ?? 17;
  const imports: Record<string, number> = { '': opset, ...(opts.opsets ?? {}) };
  // Model-local functions live in their own domain, which the model must import.
  for (const fn of opts.functions ?? []) if (!(fn.domain in imports)) imports[fn.domain] = 1;
  const m: ProtoObject = {
    irVersion: toInt64(opts.irVersion ?? irVersionForOpset(opset)),
    producerName: opts.producerName ?? 'model-budget-test',
  };
  if (opts.producerVersion !== undefined) m.producerVersion = opts.producerVersion;
  if (opts.domain !== undefined) m.domain = opts.domain;
  if (opts.modelVersion !== undefined) m.modelVersion = toInt64(opts.modelVersion);
  if (opts.docString !== undefined) m.docString = opts.docString;
  m.graph = graph.toProto();
  m.opsetImport = opsetProtos(imports);
  if (opts.metadata) m.metadataProps = Object.entries(opts.metadata).map(([key, value]) => ({ key, value }));
  if (opts.functions?.length) m.functions = opts.functions.map((fn) => fn.toProto());
  if (opts.overrides) Object.assign(m, opts.overrides);
  return m;
}

/** The serialized ModelProto. */
export function modelBytes(graph: GraphBuilder, opts: ModelOptions = {}): Uint8Array {
  return ModelType.encode(modelProto(graph, opts)).finish();
}

/**
 * Writes the model (and, if given, external data side files next to it); returns the bytes.
 * Build the graph first: external tensors are placed in their side file as they are added.
 */
export function writeModel(path: string, graph: GraphBuilder, opts: ModelOptions = {},
  sideFiles: readonly ExternalDataFile[] = []): Uint8Array {
  const bytes = modelBytes(graph, opts);
  writeFileSync(path, bytes);
  for (const side of sideFiles) side.write(dirname(path));
  return bytes;
}

/** Decodes with protobufjs (the independent check used by tests). */
export function decodeModel(bytes: Uint8Array): protobuf.Message & ProtoObject {
  return ModelType.decode(bytes) as protobuf.Message & ProtoObject;
}

// ---------------------------------------------------------------------------------------------
// Broken bytes

/** The first `length` bytes (negative: drop that many from the end). */
export function truncate(bytes: Uint8Array, length: number): Uint8Array {
  const end = length < 0 ? bytes.length + length : length;
  return bytes.slice(0, Math.max(0, end));
}

/** Protobuf wire types. */
export const WIRE = { VARINT: 0, FIXED64: 1, LEN: 2, START_GROUP: 3, END_GROUP: 4, FIXED32: 5 } as const;

/**
 * Hand-rolled protobuf fields, for bytes no well-behaved encoder makes: wrong wire types,
 * varints of 2^62, length prefixes that run past the end, unknown fields.
 *
 *   new RawWriter().varint(1, 8)                          // ir_version
 *     .message(7, (g) => g.message(5, (t) => t.varint(1, 2n ** 62n).varint(2, 1)))
 *     .finish();
 */
export class RawWriter {
  private readonly parts: Uint8Array[] = [];

  private emit(write: (w: protobuf.Writer) => unknown): this {
    const w = protobuf.Writer.create();
    write(w);
    this.parts.push(w.finish());
    return this;
  }

  tag(field: number, wireType: number): this {
    return this.emit((w) => w.uint32(((field << 3) | wireType) >>> 0));
  }

  /** A varint field; bigints up to 2^64-1 (negative numbers as 10-byte two's complement). */
  varint(field: number, value: Int64): this {
    return this.tag(field, WIRE.VARINT).rawVarint(value);
  }

  fixed32(field: number, value: number): this {
    return this.tag(field, WIRE.FIXED32).emit((w) => w.fixed32(value));
  }

  float(field: number, value: number): this {
    return this.tag(field, WIRE.FIXED32).emit((w) => w.float(value));
  }

  fixed64(field: number, value: Int64): this {
    return this.tag(field, WIRE.FIXED64).emit((w) => w.fixed64(toInt64(value, true)));
  }

  /** A length-delimited field with its correct length prefix. */
  bytes(field: number, value: Uint8Array | string): this {
    return this.tag(field, WIRE.LEN).emit((w) => w.bytes(typeof value === 'string' ? utf8.encode(value) : value));
  }

  /** A nested message built by `build`. */
  message(field: number, build: (inner: RawWriter) => void): this {
    const inner = new RawWriter();
    build(inner);
    return this.bytes(field, inner.finish());
  }

  /** A length-delimited field whose prefix claims `claimedLength`, whatever actually follows. */
  lengthPrefix(field: number, claimedLength: Int64): this {
    return this.tag(field, WIRE.LEN).rawVarint(claimedLength);
  }

  /** A bare varint with no tag. */
  rawVarint(value: Int64): this {
    return this.emit((w) => w.uint64(toInt64(value, true)));
  }

  /** Bytes appended verbatim (e.g. a valid message from encodeMessage, or garbage). */
  raw(bytes: Uint8Array | readonly number[]): this {
    this.parts.push(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
    return this;
  }

  finish(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.parts));
  }
}
