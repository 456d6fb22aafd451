/**
 * Structure-aware TFLite mutations for `npm run fuzz -- --format tflite`. Random byte flips
 * mostly land in weights or break the root offset; here the flatbuffer is walked with the schema
 * (tflite/schema.ts) and every slot that steers the reader is listed by what it is: uoffsets,
 * vtable soffsets, vtable sizes and entries, vector lengths, tensor indices, shape dims, buffer
 * and opcode indices, options union tags, enum bytes, option ints (subgraph indices among them)
 * and 64-bit buffer offsets. One to three slots get values hostile for their kind: a uoffset
 * aimed at another table or vector (type confusion, aliasing), at itself or past the end; a vtable
 * entry past its table; a vector length one past or 2^32 - 1; a tensor index -1 or one past.
 */
import { BUFFER, BUILTIN_OPTIONS, METADATA, MODEL, OPERATOR, OPERATOR_CODE, QUANTIZATION, SUBGRAPH, TENSOR } from '../src/formats/tflite/schema.js';
import type { OptionField } from '../src/formats/tflite/schema.js';

type Kind =
  | 'uoffset' | 'soffset' | 'vtsize' | 'tablesize' | 'vtentry' | 'veclen' | 'tensorIndex' | 'dim' | 'bufferIndex'
  | 'opcodeIndex' | 'opcode8' | 'opcode32' | 'optionsType' | 'enum8' | 'optionInt' | 'u64';

interface Slot { readonly at: number; readonly kind: Kind; readonly bytes: 1 | 2 | 4 | 8 }

/** What the walk found: the slots, and where tables and vectors start (targets for uoffsets). */
interface Layout {
  readonly slots: Slot[];
  readonly tables: number[];
  readonly vectors: number[];
  readonly vtables: number[];
  tensors: number;
  buffers: number;
  opcodes: number;
  subgraphs: number;
  readonly optionTypes: Set<number>;
}

/** Slots listed at most (a large model would list every tensor's dims). */
const MAX_SLOTS = 50_000;

class Walker {
  readonly l: Layout = { slots: [], tables: [], vectors: [], vtables: [], tensors: 0, buffers: 0, opcodes: 0, subgraphs: 0, optionTypes: new Set() };
  private readonly seen = new Set<number>();
  private readonly dv: DataView;
  constructor(private readonly b: Uint8Array) {
    this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }

  private ok(pos: number, n: number): boolean {
    return Number.isInteger(pos) && pos >= 0 && pos + n <= this.b.length;
  }

  private slot(at: number, kind: Kind, bytes: Slot['bytes']): void {
    if (this.l.slots.length < MAX_SLOTS && this.ok(at, bytes)) this.l.slots.push({ at, kind, bytes });
  }

  /** The table a uoffset at `ref` points to: its position and its vtable's field count and entries. */
  table(ref: number): { pos: number; vt: number; fields: number } | undefined {
    if (!this.ok(ref, 4)) return undefined;
    this.slot(ref, 'uoffset', 4);
    const pos = ref + this.dv.getUint32(ref, true);
    if (!this.ok(pos, 4)) return undefined;
    const vt = pos - this.dv.getInt32(pos, true);
    if (!this.ok(vt, 4)) return undefined;
    const vtSize = this.dv.getUint16(vt, true);
    if (!this.ok(vt, vtSize) || vtSize < 4) return undefined;
    const fields = (vtSize - 4) >> 1;
    if (!this.seen.has(pos)) {
      this.seen.add(pos);
      this.l.tables.push(pos);
      this.slot(pos, 'soffset', 4);
    }
    if (!this.seen.has(-1 - vt)) {
      this.seen.add(-1 - vt);
      this.l.vtables.push(vt);
      this.slot(vt, 'vtsize', 2);
      this.slot(vt + 2, 'tablesize', 2);
      for (let i = 0; i < fields; i++) this.slot(vt + 4 + 2 * i, 'vtentry', 2);
    }
    return { pos, vt, fields };
  }

  /** Position of field `id`, or undefined when absent. */
  field(t: { pos: number; vt: number; fields: number }, id: number): number | undefined {
    if (id >= t.fields) return undefined;
    const off = this.dv.getUint16(t.vt + 4 + 2 * id, true);
    return off === 0 ? undefined : t.pos + off;
  }

  /** A vector field: its length slot, and its start and length. */
  vector(t: { pos: number; vt: number; fields: number }, id: number): { start: number; length: number } | undefined {
    const p = this.field(t, id);
    return p === undefined ? undefined : this.vectorAt(p);
  }

  vectorAt(ref: number): { start: number; length: number } | undefined {
    if (!this.ok(ref, 4)) return undefined;
    this.slot(ref, 'uoffset', 4);
    const pos = ref + this.dv.getUint32(ref, true);
    if (!this.ok(pos, 4)) return undefined;
    this.slot(pos, 'veclen', 4);
    this.l.vectors.push(pos);
    const length = this.dv.getUint32(pos, true);
    return { start: pos + 4, length: Math.min(length, Math.max(0, (this.b.length - pos - 4) >> 2)) };
  }

  /** Every element of an int32 vector field as a slot of `kind`; returns the count. */
  ints(t: { pos: number; vt: number; fields: number }, id: number, kind: Kind): number {
    const v = this.vector(t, id);
    if (!v) return 0;
    for (let i = 0; i < Math.min(v.length, 256); i++) this.slot(v.start + 4 * i, kind, 4);
    return v.length;
  }

  scalar(t: { pos: number; vt: number; fields: number }, id: number, kind: Kind, bytes: Slot['bytes']): void {
    const p = this.field(t, id);
    if (p !== undefined) this.slot(p, kind, bytes);
  }

  /** Each table of a vector-of-tables field, walked by `each`. */
  tables(t: { pos: number; vt: number; fields: number }, id: number, each: (x: { pos: number; vt: number; fields: number }) => void): number {
    const v = this.vector(t, id);
    if (!v) return 0;
    for (let i = 0; i < Math.min(v.length, 2048) && this.l.slots.length < MAX_SLOTS; i++) {
      const x = this.table(v.start + 4 * i);
      if (x) each(x);
    }
    return v.length;
  }

  model(): void {
    const root = this.table(0);
    if (!root) return;
    this.l.opcodes = this.tables(root, MODEL.operatorCodes, (c) => {
      this.scalar(c, OPERATOR_CODE.deprecatedBuiltinCode, 'opcode8', 1);
      this.scalar(c, OPERATOR_CODE.builtinCode, 'opcode32', 4);
      this.vector(c, OPERATOR_CODE.customCode);
    });
    this.l.buffers = this.tables(root, MODEL.buffers, (buf) => {
      this.vector(buf, BUFFER.data);
      this.scalar(buf, BUFFER.offset, 'u64', 8);
      this.scalar(buf, BUFFER.size, 'u64', 8);
    });
    this.l.subgraphs = this.tables(root, MODEL.subgraphs, (sg) => {
      this.l.tensors = Math.max(this.l.tensors, this.tables(sg, SUBGRAPH.tensors, (tn) => {
        this.ints(tn, TENSOR.shape, 'dim');
        this.ints(tn, TENSOR.shapeSignature, 'dim');
        this.scalar(tn, TENSOR.type, 'enum8', 1);
        this.scalar(tn, TENSOR.buffer, 'bufferIndex', 4);
        this.vector(tn, TENSOR.name);
        const q = this.field(tn, TENSOR.quantization) !== undefined ? this.table(this.field(tn, TENSOR.quantization)!) : undefined;
        if (q) {
          this.vector(q, QUANTIZATION.scale);
          this.scalar(q, QUANTIZATION.quantizedDimension, 'optionInt', 4);
        }
      }));
      this.ints(sg, SUBGRAPH.inputs, 'tensorIndex');
      this.ints(sg, SUBGRAPH.outputs, 'tensorIndex');
      this.tables(sg, SUBGRAPH.operators, (op) => this.operator(op));
      this.vector(sg, SUBGRAPH.name);
    });
    this.tables(root, MODEL.metadata, (m) => {
      this.vector(m, METADATA.name);
      this.scalar(m, METADATA.buffer, 'bufferIndex', 4);
    });
  }

  private operator(op: { pos: number; vt: number; fields: number }): void {
    this.scalar(op, OPERATOR.opcodeIndex, 'opcodeIndex', 4);
    this.ints(op, OPERATOR.inputs, 'tensorIndex');
    this.ints(op, OPERATOR.outputs, 'tensorIndex');
    this.ints(op, OPERATOR.intermediates, 'tensorIndex');
    const typeAt = this.field(op, OPERATOR.builtinOptionsType);
    if (typeAt === undefined || !this.ok(typeAt, 1)) return;
    this.slot(typeAt, 'optionsType', 1);
    const type = this.b[typeAt]!;
    this.l.optionTypes.add(type);
    const spec = BUILTIN_OPTIONS[type];
    const at = this.field(op, OPERATOR.builtinOptions);
    const t = spec && at !== undefined ? this.table(at) : undefined;
    if (!spec || !t) return;
    spec.fields.forEach((f: OptionField, i) => {
      if (f.kind === 'int' || f.kind === 'uint') this.scalar(t, i, 'optionInt', 4);
      else if (f.kind === 'ints') this.ints(t, i, 'optionInt');
      else if (f.kind === 'padding' || f.kind === 'activation' || f.kind === 'tensortype' || f.kind === 'byte' || f.kind.startsWith('enum(')) this.scalar(t, i, 'enum8', 1);
      else if (f.kind === 'longs' || f.kind === 'floats' || f.kind === 'string') this.vector(t, i);
    });
  }
}

export function layout(b: Uint8Array): Layout {
  const w = new Walker(b);
  try {
    w.model();
  } catch {
    // A walk over damaged bytes keeps what it listed before the damage.
  }
  return w.l;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** A value hostile for the slot's kind (as a signed or unsigned integer of its width). */
function hostile(s: Slot, cur: number, l: Layout, n: number, rnd: () => number): number | bigint {
  const rel = (target: number): number => target - s.at;
  switch (s.kind) {
    case 'uoffset': {
      const targets = [...l.tables, ...l.vectors];
      return pick(rnd, [
        rel(pick(rnd, targets.length ? targets : [0])), rel(pick(rnd, targets.length ? targets : [0])), // another table or vector
        0, n - s.at, n - s.at - 4, 0xfffffffc, cur + 4, cur - 4, 0x7fffffff,
      ]);
    }
    case 'soffset': // the vtable somewhere else: another table's vtable, the table itself, before the file
      return pick(rnd, [s.at - pick(rnd, l.vtables.length ? l.vtables : [0]), 0, s.at + 1, -(n - s.at), 0x7fffffff, -0x80000000, cur + 2, cur - 2]);
    case 'vtsize': return pick(rnd, [0, 2, 3, 0xffff, cur + 2, cur - 2, cur + 64]);
    case 'tablesize': return pick(rnd, [0, 3, 4, 0xffff, cur - 1, cur + 4]);
    case 'vtentry': return pick(rnd, [0, 1, 2, 3, 4, 0xffff, 0xfffe, cur + 1, cur + 4, cur - 4]);
    case 'veclen': return pick(rnd, [0, cur + 1, cur - 1, 0xffffffff, 0x40000000, cur * 1000, (n - s.at) >> 2, (n - s.at - 4) >> 2]);
    case 'tensorIndex': return pick(rnd, [-1, -2, l.tensors, l.tensors - 1, 0, 0x7fffffff, -0x80000000, Math.floor(rnd() * Math.max(1, l.tensors))]);
    case 'dim': return pick(rnd, [-1, 0, 1, -2, 0x7fffffff, -0x80000000, 65536, 1 << 20, 46341, cur * 1000]);
    case 'bufferIndex': return pick(rnd, [0, l.buffers, l.buffers - 1, 0xffffffff, 0x7fffffff, Math.floor(rnd() * Math.max(1, l.buffers))]);
    case 'opcodeIndex': return pick(rnd, [l.opcodes, 0xffffffff, 0x7fffffff, Math.floor(rnd() * Math.max(1, l.opcodes))]);
    case 'opcode8': return pick(rnd, [32, 31, 118, 119, 127, -1, -128, 0, Math.floor(rnd() * 128)]);
    case 'opcode32': return pick(rnd, [32, 31, 118, 119, 127, 128, 209, 210, 0x7fffffff, -1, Math.floor(rnd() * 212)]);
    case 'optionsType': return pick(rnd, [0, 255, 127, ...l.optionTypes, Math.floor(rnd() * 256)]);
    case 'enum8': return pick(rnd, [-1, 127, -128, 100, cur + 1, 20]);
    case 'optionInt': return pick(rnd, [-1, 0, 1, 0x7fffffff, -0x80000000, 100_000, l.subgraphs, l.subgraphs - 1, 1 << 20, cur * 1000]);
    case 'u64': return pick(rnd, [0n, 1n, 2n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n, BigInt(n), BigInt(n) - 1n, BigInt(Math.max(2, n >> 1))]);
  }
}

function write(b: Uint8Array, s: Slot, v: number | bigint): void {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (s.bytes === 8) dv.setBigUint64(s.at, BigInt.asUintN(64, BigInt(v)), true);
  else {
    const x = Number(BigInt.asUintN(8 * s.bytes, BigInt(Math.trunc(Number(v)))));
    if (s.bytes === 4) dv.setUint32(s.at, x, true);
    else if (s.bytes === 2) dv.setUint16(s.at, x, true);
    else dv.setUint8(s.at, x);
  }
}

function read(b: Uint8Array, s: Slot): number {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (s.bytes === 8) return Number(dv.getBigUint64(s.at, true));
  if (s.bytes === 4) return s.kind === 'uoffset' || s.kind === 'veclen' || s.kind === 'bufferIndex' || s.kind === 'opcodeIndex' ? dv.getUint32(s.at, true) : dv.getInt32(s.at, true);
  if (s.bytes === 2) return dv.getUint16(s.at, true);
  return s.kind === 'optionsType' ? dv.getUint8(s.at) : dv.getInt8(s.at);
}

/**
 * One to three slots of the file given hostile values; undefined when the walk found no slot
 * (a file too damaged to walk: the caller mutates bytes instead).
 */
export function mutateTfliteStructure(src: Uint8Array, rnd: () => number): Uint8Array | undefined {
  const l = layout(src);
  if (l.slots.length === 0) return undefined;
  // A kind first, then a slot of it: dims and tensor indices outnumber vtables a hundred to one.
  const byKind = new Map<Kind, Slot[]>();
  for (const s of l.slots) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  const kinds = [...byKind.values()];
  const b = src.slice();
  const times = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < times; k++) {
    const s = pick(rnd, pick(rnd, kinds));
    write(b, s, hostile(s, read(b, s), l, b.length, rnd));
  }
  return b;
}
