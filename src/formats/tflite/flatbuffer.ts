/**
 * A bounds-checked FlatBuffers reader over a file window. FlatBuffers are offset-based, so a table
 * is read where it lies and a weight vector is only ever measured (its length prefix), never read.
 * Every offset, vtable and vector length is checked against the file before it is followed: a
 * hostile file yields a FlatBufferError, never an out-of-range read or an unbounded allocation.
 *
 * Layout (flatbuffers.dev, "Internals"): a table starts with an int32 `soffset` to its vtable
 * (vtable = table - soffset); the vtable holds uint16 vtable size, uint16 table size, then one
 * uint16 offset per field (0 = absent, the default applies). Reference fields hold a uint32
 * offset relative to the field's own position; a vector or string starts with a uint32 count.
 */
import { readSync } from 'node:fs';

export class FlatBufferError extends Error {
  override readonly name = 'FlatBufferError';
}

/** Where the bytes come from: a file read in pages on demand, or bytes already in memory. */
export interface ByteSource {
  readonly size: number;
  /** A view of `len` bytes at `pos` (the caller has checked the range). */
  view(pos: number, len: number): DataView;
  readonly bytesRead: number;
  readonly readCalls: number;
}

export class MemorySource implements ByteSource {
  readonly size: number;
  readonly readCalls = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.size = bytes.byteLength;
  }
  get bytesRead(): number {
    return this.size;
  }
  view(pos: number, len: number): DataView {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + pos, len);
  }
}

const PAGE = 512;
/** Pages kept in memory (1 MiB): tables are small and close together, weights are never paged in. */
const MAX_PAGES = 2048;
/** Pages fetched in one read when reading runs on from the last page read (a table region). */
const RUN_PAGES = 16;

/**
 * A file read in 512-byte pages, least recently used pages dropped first. A weight buffer is
 * measured through its 4-byte length prefix, so an isolated read costs one small page; reads that
 * run on from the previous page (the tables region) fetch 16 pages (8 KiB) at a time.
 */
export class FileSource implements ByteSource {
  bytesRead = 0;
  readCalls = 0;
  private readonly pages = new Map<number, Uint8Array>();
  private lastMiss = -2;
  constructor(private readonly fd: number, readonly size: number) {}

  private page(index: number): Uint8Array {
    const hit = this.pages.get(index);
    if (hit) {
      this.pages.delete(index);
      this.pages.set(index, hit);
      return hit;
    }
    const count = index === this.lastMiss + 1 ? RUN_PAGES : 1;
    this.lastMiss = index + count - 1;
    const start = index * PAGE;
    const len = Math.min(count * PAGE, this.size - start);
    const buf = new Uint8Array(len);
    let got = 0;
    while (got < len) {
      const n = readSync(this.fd, buf, got, len - got, start + got);
      this.readCalls++;
      if (n === 0) throw new FlatBufferError(`file ended at byte ${start + got} while reading (it changed while being read?)`);
      got += n;
    }
    this.bytesRead += len;
    for (let k = 0; k * PAGE < len; k++) {
      if (k > 0 && this.pages.has(index + k)) continue;
      this.pages.set(index + k, buf.subarray(k * PAGE, Math.min(len, (k + 1) * PAGE)));
      if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
    }
    return this.pages.get(index) ?? buf.subarray(0, Math.min(len, PAGE));
  }

  view(pos: number, len: number): DataView {
    const first = Math.floor(pos / PAGE);
    const last = Math.floor((pos + len - 1) / PAGE);
    if (first === last) {
      const p = this.page(first);
      return new DataView(p.buffer, p.byteOffset + (pos - first * PAGE), len);
    }
    const out = new Uint8Array(len);
    let at = 0;
    for (let i = first; i <= last; i++) {
      const p = this.page(i);
      const from = i === first ? pos - first * PAGE : 0;
      const to = Math.min(p.byteLength, pos + len - i * PAGE);
      out.set(p.subarray(from, to), at);
      at += to - from;
    }
    return new DataView(out.buffer);
  }
}

/** A table located and checked: its position, its vtable and the size both declare. */
export interface Table {
  readonly pos: number;
  readonly vtable: number;
  /** Number of field slots in the vtable. */
  readonly fields: number;
  /** Bytes of the table's inline part (fields must lie inside it). */
  readonly size: number;
}

/** A vector located and checked: its first element's position and its element count. */
export interface Vec {
  readonly start: number;
  readonly length: number;
}

export type ScalarKind = 'bool' | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'f32' | 'f64';

const SCALAR_BYTES: Record<ScalarKind, number> = {
  bool: 1, i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, i64: 8, u64: 8, f32: 4, f64: 8,
};

export function scalarBytes(kind: ScalarKind): number {
  return SCALAR_BYTES[kind];
}

/**
 * Bytes of tables a decode may read, per byte of the file, on top of READ_ALLOWANCE. A converter
 * writes every table, vector and string once, and our decode reads each about once (the fixtures
 * of test/support/tflite-fixtures.ts: 0.03 to 0.82 bytes read per byte of file). Offsets may
 * alias, though: an operators vector of 1,000 entries naming one operator of 100,000 inputs is
 * 404 KB of file and 100 million operands decoded (37 s and 2.5 GB of RSS before the engine's
 * limit refused it); 250,000 entries naming one tensor with a 4 KB name, 1 MB of file, ran past
 * 60 s and 1.9 GB. Reads beyond this bound are such a file.
 */
export const READS_PER_FILE_BYTE = 4;
/** Reads any file may make whatever its size (1 MiB: a quarter of a million operands). */
export const READ_ALLOWANCE = 1024 * 1024;

export class FlatBuffer {
  private bytesRead = 0;
  private readonly maxRead: number;

  constructor(readonly src: ByteSource, private readonly limit: number = src.size) {
    this.maxRead = READ_ALLOWANCE + READS_PER_FILE_BYTE * limit;
  }

  /** Counts `n` bytes about to be read against maxRead. */
  private spend(n: number): void {
    this.bytesRead += n;
    if (this.bytesRead > this.maxRead) {
      throw new FlatBufferError(`its tables take more than ${this.maxRead} bytes to read from a file of ${this.limit}: offsets that point at one table or vector many times (an operator or tensor listed over and over), which no converter writes`);
    }
  }

  get size(): number {
    return this.limit;
  }

  private check(pos: number, len: number, what: string): void {
    if (!Number.isSafeInteger(pos) || pos < 0 || len < 0 || pos + len > this.limit) {
      throw new FlatBufferError(`${what} at byte ${pos} (${len} bytes) lies outside the file (${this.limit} bytes)`);
    }
  }

  scalarAt(pos: number, kind: ScalarKind, what: string): number {
    const n = SCALAR_BYTES[kind];
    this.check(pos, n, what);
    this.spend(n);
    const v = this.src.view(pos, n);
    switch (kind) {
      case 'bool': return v.getUint8(0) !== 0 ? 1 : 0;
      case 'i8': return v.getInt8(0);
      case 'u8': return v.getUint8(0);
      case 'i16': return v.getInt16(0, true);
      case 'u16': return v.getUint16(0, true);
      case 'i32': return v.getInt32(0, true);
      case 'u32': return v.getUint32(0, true);
      case 'f32': return v.getFloat32(0, true);
      case 'f64': return v.getFloat64(0, true);
      case 'i64': return Number(v.getBigInt64(0, true));
      case 'u64': return Number(v.getBigUint64(0, true));
    }
  }

  bytesAt(pos: number, len: number, what: string): Uint8Array {
    this.check(pos, len, what);
    this.spend(len);
    const v = this.src.view(pos, len);
    return new Uint8Array(v.buffer, v.byteOffset, len);
  }

  /** The table a uint32 offset at `ref` points to (the root offset, a table field, a vector element). */
  tableAt(ref: number, what: string): Table {
    const pos = ref + this.scalarAt(ref, 'u32', `offset to ${what}`);
    this.check(pos, 4, what);
    const vtable = pos - this.scalarAt(pos, 'i32', `${what}'s vtable offset`);
    this.check(vtable, 4, `${what}'s vtable`);
    const vtSize = this.scalarAt(vtable, 'u16', `${what}'s vtable`);
    const size = this.scalarAt(vtable + 2, 'u16', `${what}'s vtable`);
    if (vtSize < 4 || vtSize % 2 !== 0) throw new FlatBufferError(`${what} at byte ${pos} has a malformed vtable (size ${vtSize})`);
    if (size < 4) throw new FlatBufferError(`${what} at byte ${pos} declares a table of ${size} bytes`);
    this.check(vtable, vtSize, `${what}'s vtable`);
    this.check(pos, size, what);
    return { pos, vtable, fields: (vtSize - 4) / 2, size };
  }

  /** Position of field `id` in the table, or 0 when the field is absent. */
  field(t: Table, id: number, bytes: number, what: string): number {
    if (id >= t.fields) return 0;
    const off = this.scalarAt(t.vtable + 4 + 2 * id, 'u16', what);
    if (off === 0) return 0;
    if (off < 4 || off + bytes > t.size) throw new FlatBufferError(`${what}: field offset ${off} lies outside its table (${t.size} bytes)`);
    return t.pos + off;
  }

  scalar(t: Table, id: number, kind: ScalarKind, def: number, what: string): number {
    const p = this.field(t, id, SCALAR_BYTES[kind], what);
    return p === 0 ? def : this.scalarAt(p, kind, what);
  }

  /** A sub-table field, or undefined when absent. */
  table(t: Table, id: number, what: string): Table | undefined {
    const p = this.field(t, id, 4, what);
    return p === 0 ? undefined : this.tableAt(p, what);
  }

  /**
   * A vector field (undefined when absent), its whole extent checked against the file. `max`
   * bounds the element count where we go on to visit every element.
   */
  vector(t: Table, id: number, elemBytes: number, what: string, max = Infinity): Vec | undefined {
    const p = this.field(t, id, 4, what);
    if (p === 0) return undefined;
    return this.vectorAt(p, elemBytes, what, max);
  }

  vectorAt(ref: number, elemBytes: number, what: string, max = Infinity): Vec {
    const pos = ref + this.scalarAt(ref, 'u32', `offset to ${what}`);
    const length = this.scalarAt(pos, 'u32', `${what}'s length`);
    if (length * elemBytes > this.limit - pos - 4) {
      throw new FlatBufferError(`${what} at byte ${pos} declares ${length} elements, which run past the end of the file`);
    }
    if (length > max) throw new FlatBufferError(`${what} has ${length} elements (more than the ${max} a model can have)`);
    return { start: pos + 4, length };
  }

  /** The elements of a scalar vector field ([] when absent). */
  numbers(t: Table, id: number, kind: ScalarKind, what: string, max: number): number[] {
    const v = this.vector(t, id, SCALAR_BYTES[kind], what, max);
    if (!v) return [];
    const n = SCALAR_BYTES[kind];
    const out: number[] = new Array<number>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = this.scalarAt(v.start + i * n, kind, what);
    return out;
  }

  /** Element i of a vector of tables. */
  tableIn(v: Vec, i: number, what: string): Table {
    return this.tableAt(v.start + 4 * i, what);
  }

  /**
   * A string field ('' when absent), decoded as UTF-8 with invalid bytes replaced. At most
   * `maxBytes` are read; a longer string is cut there and marked with an ellipsis.
   */
  string(t: Table, id: number, what: string, maxBytes = 4096): string {
    const p = this.field(t, id, 4, what);
    if (p === 0) return '';
    const v = this.vectorAt(p, 1, what);
    const take = Math.min(v.length, maxBytes);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(this.bytesAt(v.start, take, what));
    return take < v.length ? `${text}…` : text;
  }
}
