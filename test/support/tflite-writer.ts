/**
 * Writes real TFLite files (TFL3 flatbuffers) for tests and fixtures: our own small FlatBuffers
 * serializer plus a model builder. Objects are laid out front to back in the order they are first
 * referenced, so every uoffset points forward, as the format requires.
 */
import { BUILTIN_OPERATORS, BUILTIN_OPTIONS, TENSOR_TYPES } from '../../src/formats/tflite/schema.js';

type Scalar = { t: 'bool' | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'f32' | 'i64' | 'u64'; v: number };
type Ref = FbTable | FbVector | FbString;

export class FbTable {
  constructor(readonly fields: ReadonlyArray<Scalar | Ref | undefined>) {}
}
export class FbVector {
  /** A vector of scalars (`elem` set) or of tables/strings (`refs`). */
  constructor(readonly elem: Scalar['t'] | undefined, readonly values: readonly number[], readonly refs: readonly Ref[] = [], readonly bytes?: Uint8Array) {}
}
export class FbString {
  constructor(readonly text: string) {}
}

const SIZE: Record<Scalar['t'], number> = { bool: 1, i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, i64: 8, u64: 8 };

export const s = {
  bool: (v: boolean): Scalar => ({ t: 'bool', v: v ? 1 : 0 }),
  i8: (v: number): Scalar => ({ t: 'i8', v }),
  u8: (v: number): Scalar => ({ t: 'u8', v }),
  i32: (v: number): Scalar => ({ t: 'i32', v }),
  u32: (v: number): Scalar => ({ t: 'u32', v }),
  f32: (v: number): Scalar => ({ t: 'f32', v }),
  u64: (v: number): Scalar => ({ t: 'u64', v }),
  ints: (v: readonly number[]): FbVector => new FbVector('i32', v),
  longs: (v: readonly number[]): FbVector => new FbVector('i64', v),
  floats: (v: readonly number[]): FbVector => new FbVector('f32', v),
  bytes: (b: Uint8Array): FbVector => new FbVector('u8', [], [], b),
  tables: (v: readonly Ref[]): FbVector => new FbVector(undefined, [], v),
  str: (v: string): FbString => new FbString(v),
};

class Out {
  buf = new Uint8Array(1024);
  len = 0;
  ensure(n: number): void {
    if (n <= this.buf.length) return;
    let cap = this.buf.length;
    while (cap < n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  alloc(n: number, align: number, mod = 0): number {
    while (this.len % align !== mod % align) this.len++;
    const at = this.len;
    this.len += n;
    this.ensure(this.len);
    return at;
  }
  dv(): DataView {
    return new DataView(this.buf.buffer);
  }
}

function putScalar(out: Out, at: number, x: Scalar): void {
  const dv = out.dv();
  switch (x.t) {
    case 'bool': case 'u8': dv.setUint8(at, x.v); break;
    case 'i8': dv.setInt8(at, x.v); break;
    case 'i16': dv.setInt16(at, x.v, true); break;
    case 'u16': dv.setUint16(at, x.v, true); break;
    case 'i32': dv.setInt32(at, x.v, true); break;
    case 'u32': dv.setUint32(at, x.v, true); break;
    case 'f32': dv.setFloat32(at, x.v, true); break;
    case 'i64': dv.setBigInt64(at, BigInt(x.v), true); break;
    case 'u64': dv.setBigUint64(at, BigInt(x.v), true); break;
  }
}

function isScalar(x: Scalar | Ref): x is Scalar {
  return !(x instanceof FbTable || x instanceof FbVector || x instanceof FbString);
}

/** Serializes a root table with a file identifier. */
export function serialize(root: FbTable, ident = 'TFL3'): Uint8Array {
  const out = new Out();
  out.alloc(8, 8);
  const pending: Array<{ at: number; obj: Ref }> = [];
  const placed = new Map<Ref, number>();
  const place = (obj: Ref): number => {
    const done = placed.get(obj);
    if (done !== undefined) return done;
    let pos: number;
    if (obj instanceof FbString) {
      const bytes = new TextEncoder().encode(obj.text);
      pos = out.alloc(4 + bytes.length + 1, 4);
      out.dv().setUint32(pos, bytes.length, true);
      out.buf.set(bytes, pos + 4);
    } else if (obj instanceof FbVector) {
      if (obj.bytes) {
        pos = out.alloc(4 + obj.bytes.length, 16, 12);
        out.dv().setUint32(pos, obj.bytes.length, true);
        out.buf.set(obj.bytes, pos + 4);
      } else if (obj.elem) {
        const n = SIZE[obj.elem];
        pos = out.alloc(4 + n * obj.values.length, 8, n === 8 ? 4 : 0);
        out.dv().setUint32(pos, obj.values.length, true);
        obj.values.forEach((v, i) => putScalar(out, pos + 4 + i * n, { t: obj.elem!, v }));
      } else {
        pos = out.alloc(4 + 4 * obj.refs.length, 4);
        out.dv().setUint32(pos, obj.refs.length, true);
        obj.refs.forEach((r, i) => pending.push({ at: pos + 4 + 4 * i, obj: r }));
      }
    } else {
      // vtable, then the table (8-aligned so 8-byte fields align), fields sorted by size.
      const nf = obj.fields.length;
      const vt = out.alloc(4 + 2 * nf, 2);
      const order = obj.fields.map((f, id) => ({ f, id })).filter((x) => x.f !== undefined)
        .sort((a, b) => fieldSize(b.f!) - fieldSize(a.f!));
      let cursor = 4;
      const offs: number[] = new Array<number>(nf).fill(0);
      for (const { f, id } of order) {
        const n = fieldSize(f!);
        while (cursor % n !== 0) cursor++;
        offs[id] = cursor;
        cursor += n;
      }
      const size = Math.max(4, cursor);
      pos = out.alloc(size, 8);
      const dv = out.dv();
      dv.setUint16(vt, 4 + 2 * nf, true);
      dv.setUint16(vt + 2, size, true);
      offs.forEach((o, id) => dv.setUint16(vt + 4 + 2 * id, o, true));
      dv.setInt32(pos, pos - vt, true);
      for (const { f, id } of order) {
        if (isScalar(f!)) putScalar(out, pos + offs[id]!, f!);
        else pending.push({ at: pos + offs[id]!, obj: f! });
      }
    }
    placed.set(obj, pos);
    return pos;
  };
  pending.push({ at: 0, obj: root });
  while (pending.length) {
    const { at, obj } = pending.shift()!;
    const target = place(obj);
    if (target <= at) throw new Error('writer: backward reference (shared object placed before its referrer)');
    out.dv().setUint32(at, target - at, true);
  }
  for (let i = 0; i < 4; i++) out.buf[4 + i] = ident.charCodeAt(i);
  return out.buf.slice(0, out.len);
}

function fieldSize(f: Scalar | Ref): number {
  return isScalar(f) ? SIZE[f.t] : 4;
}

// ---- the model builder -----------------------------------------------------------------------

export type TType = 'FLOAT32' | 'FLOAT16' | 'INT32' | 'UINT8' | 'INT64' | 'STRING' | 'BOOL' | 'INT16' | 'INT8' | 'FLOAT64' | 'RESOURCE';

export interface TensorSpec {
  name: string;
  type?: TType;
  shape: number[];
  /** shape_signature (-1 = dynamic). */
  signature?: number[];
  /** Stored data: bytes, or a byte count (zero-filled), or int values (written as the tensor's type). */
  data?: Uint8Array | number | { ints: number[] };
  /** Data outside the flatbuffer: (offset, size) in the Buffer table. */
  external?: { offset: number; size: number };
  /** Reuse another tensor's buffer (index returned by `tensor`). */
  shareBufferOf?: number;
  quant?: { scales: number; axis?: number };
  /** Sparse tensor: traversal order length. */
  sparse?: { dims: number };
  isVariable?: boolean;
}

export interface OpSpec {
  op: string;
  /** Custom op name (op is then 'CUSTOM'). */
  custom?: string;
  inputs: number[];
  outputs: number[];
  /** Options table name from the schema (e.g. 'Conv2DOptions') and field values by name. */
  options?: { table: string; values: Record<string, number | string | boolean | number[]> };
  version?: number;
}

interface BufferSpec { data?: Uint8Array; external?: { offset: number; size: number } }

export class SubgraphBuilder {
  readonly tensors: TensorSpec[] = [];
  readonly bufferOf: number[] = [];
  readonly ops: OpSpec[] = [];
  inputs: number[] = [];
  outputs: number[] = [];
  constructor(private readonly model: TfliteBuilder, readonly name: string) {}

  tensor(spec: TensorSpec): number {
    let buffer = 0;
    if (spec.shareBufferOf !== undefined) buffer = this.bufferOf[spec.shareBufferOf]!;
    else if (spec.external) buffer = this.model.buffer({ external: spec.external });
    else if (spec.data !== undefined) {
      let bytes: Uint8Array;
      if (typeof spec.data === 'number') bytes = new Uint8Array(spec.data);
      else if (spec.data instanceof Uint8Array) bytes = spec.data;
      else {
        const wide = spec.type === 'INT64';
        const ints = spec.data.ints;
        bytes = new Uint8Array(ints.length * (wide ? 8 : 4));
        const dv = new DataView(bytes.buffer);
        ints.forEach((v, i) => (wide ? dv.setBigInt64(i * 8, BigInt(v), true) : dv.setInt32(i * 4, v, true)));
      }
      buffer = this.model.buffer({ data: bytes });
    }
    this.tensors.push(spec);
    this.bufferOf.push(buffer);
    return this.tensors.length - 1;
  }

  op(spec: OpSpec): void {
    this.ops.push(spec);
  }

  toTable(): FbTable {
    const tensors = this.tensors.map((t, i) => {
      const typeIndex = TENSOR_TYPES.findIndex((x) => x.name === (t.type ?? 'FLOAT32'));
      const q = t.quant ? new FbTable([undefined, undefined, s.floats(new Array<number>(t.quant.scales).fill(0.5)),
        s.longs(new Array<number>(t.quant.scales).fill(0)), undefined, undefined, s.i32(t.quant.axis ?? 0)]) : undefined;
      const sp = t.sparse ? new FbTable([s.ints(Array.from({ length: t.sparse.dims }, (_, i) => i)), undefined, undefined]) : undefined;
      return new FbTable([
        s.ints(t.shape), s.i8(typeIndex), s.u32(this.bufferOf[i]!), s.str(t.name), q,
        t.isVariable ? s.bool(true) : undefined, sp, t.signature ? s.ints(t.signature) : undefined,
      ]);
    });
    const ops = this.ops.map((o) => {
      const code = this.model.opcode(o);
      let optType: Scalar | undefined;
      let opt: FbTable | undefined;
      if (o.options) {
        const tag = BUILTIN_OPTIONS.findIndex((x) => x?.table === o.options!.table);
        if (tag < 0) throw new Error(`writer: no options table ${o.options.table}`);
        const spec = BUILTIN_OPTIONS[tag]!;
        optType = s.u8(tag);
        opt = new FbTable(spec.fields.map((f) => {
          const v = o.options!.values[f.name];
          if (v === undefined) return undefined;
          if (Array.isArray(v)) return f.kind === 'floats' ? s.floats(v) : s.ints(v);
          if (typeof v === 'boolean') return s.bool(v);
          if (typeof v === 'string') {
            if (f.kind === 'padding') return s.i8(['SAME', 'VALID'].indexOf(v));
            if (f.kind === 'activation') return s.i8(['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'].indexOf(v));
            if (f.kind === 'tensortype') return s.i8(TENSOR_TYPES.findIndex((x) => x.name === v));
            if (f.kind === 'string') return s.str(v);
            return s.i8(f.kind.slice(5, -1).split(',').indexOf(v));
          }
          if (f.kind === 'float') return s.f32(v);
          if (f.kind === 'bool') return s.bool(v !== 0);
          if (f.kind === 'uint') return s.u32(v);
          return s.i32(v);
        }));
      }
      return new FbTable([s.u32(code), s.ints(o.inputs), s.ints(o.outputs), optType, opt]);
    });
    return new FbTable([s.tables(tensors), s.ints(this.inputs), s.ints(this.outputs), s.tables(ops), s.str(this.name)]);
  }
}

export class TfliteBuilder {
  private readonly buffers: BufferSpec[] = [{}];
  private readonly codes: Array<{ key: string; code: number; custom?: string; version: number }> = [];
  readonly subgraphs: SubgraphBuilder[] = [];
  metadata: Array<{ name: string; data: Uint8Array }> = [];
  description = 'model-budget test writer';

  constructor() {
    this.subgraph('main');
  }

  get main(): SubgraphBuilder {
    return this.subgraphs[0]!;
  }

  subgraph(name: string): SubgraphBuilder {
    const g = new SubgraphBuilder(this, name);
    this.subgraphs.push(g);
    return g;
  }

  buffer(b: BufferSpec): number {
    this.buffers.push(b);
    return this.buffers.length - 1;
  }

  opcode(o: OpSpec): number {
    const code = BUILTIN_OPERATORS.indexOf(o.custom ? 'CUSTOM' : o.op);
    if (code < 0) throw new Error(`writer: unknown builtin ${o.op}`);
    const key = `${code}:${o.custom ?? ''}:${o.version ?? 1}`;
    let i = this.codes.findIndex((c) => c.key === key);
    if (i < 0) {
      this.codes.push({ key, code, ...(o.custom ? { custom: o.custom } : {}), version: o.version ?? 1 });
      i = this.codes.length - 1;
    }
    return i;
  }

  build(): Uint8Array {
    const sgs = this.subgraphs.map((g) => g.toTable());
    const codes = this.codes.map((c) => new FbTable([
      s.i8(Math.min(c.code, 127)), c.custom !== undefined ? s.str(c.custom) : undefined, s.i32(c.version), s.i32(c.code),
    ]));
    const mdBuffers = this.metadata.map((m) => this.buffer({ data: m.data }));
    const buffers = this.buffers.map((b) => new FbTable([
      b.data ? s.bytes(b.data) : undefined,
      b.external ? s.u64(b.external.offset) : undefined,
      b.external ? s.u64(b.external.size) : undefined,
    ]));
    const metadata = this.metadata.map((m, i) => new FbTable([s.str(m.name), s.u32(mdBuffers[i]!)]));
    return serialize(new FbTable([
      s.u32(3), s.tables(codes), s.tables(sgs), s.str(this.description), s.tables(buffers), undefined,
      metadata.length ? s.tables(metadata) : undefined,
    ]));
  }
}

/** Float32 bytes of `n` elements (zeros). */
export const f32 = (n: number): number => n * 4;
