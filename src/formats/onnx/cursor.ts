/**
 * Protobuf wire-format cursors. Decoders are written once against `Cursor` and run either on bytes
 * in memory (protobufjs's Reader) or directly on the file through a small read window, so that
 * multi-gigabyte weight payloads are skipped by moving an offset instead of being read.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import protobufMinimal from 'protobufjs/minimal.js';

const { Reader } = protobufMinimal;
type PbReader = InstanceType<typeof Reader>;

export const WIRE = { VARINT: 0, I64: 1, LEN: 2, SGROUP: 3, EGROUP: 4, I32: 5 } as const;

/** A structural problem in the bytes; the reader turns it into a ModelFileError naming the file. */
export class WireError extends Error {
  override readonly name = 'WireError';
}

export interface Cursor {
  /** Absolute byte offset in the file. */
  readonly pos: number;
  /** Absolute end of the readable bytes. */
  readonly end: number;
  /** A varint as a JS number (exact up to 2^53; larger values lose precision, see `varintIsSafe`). */
  varint(): number;
  /** Whether the last varint() fitted in 53 bits. */
  readonly varintIsSafe: boolean;
  float(): number;
  double(): number;
  fixed32(): number;
  skip(n: number): void;
  bytes(n: number): Uint8Array;
  /** n bytes of UTF-8 text. */
  text(n: number): string;
  /**
   * Decodes a nested message of `len` bytes in place. From a file, a message up to `bufferLimit`
   * bytes is first brought into the read window whole (one read); larger ones are read as decoding
   * goes, so that their payloads can be skipped.
   */
  nested<T, X>(len: number, decode: (c: Cursor, end: number, ctx: X) => T, ctx: X, bufferLimit?: number): T;
}

const MAX_SAFE_HIGH = 2 ** 21; // 2^53 / 2^32

/** Position after, and 53-bit safety of, the last `readVarint` (module state: no tuple per call). */
let varintEnd = 0;
let varintSafe = true;

/** Reads a varint from `buf` at `pos` (setting varintEnd / varintSafe). */
function readVarint(buf: Uint8Array, pos: number, limit: number): number {
  // Fast path: one byte (tags, small lengths, most dims).
  if (pos < limit) {
    const b0 = buf[pos]!;
    if (b0 < 0x80) {
      varintEnd = pos + 1;
      varintSafe = true;
      return b0;
    }
  }
  let lo = 0;
  let hi = 0;
  let shift = 0;
  for (let i = 0; i < 10; i++) {
    if (pos >= limit) throw new WireError(`truncated varint at byte ${pos}`);
    const b = buf[pos++]!;
    if (shift < 28) lo |= (b & 0x7f) << shift;
    else if (shift === 28) {
      lo |= (b & 0x0f) << 28;
      hi |= (b & 0x7f) >>> 4;
    } else hi |= (b & 0x7f) << (shift - 32);
    shift += 7;
    if ((b & 0x80) === 0) {
      lo >>>= 0;
      hi >>>= 0;
      varintEnd = pos;
      if (hi >= 0x80000000) {
        // Negative int64 (two's complement): exact while the magnitude fits in 53 bits.
        const nlo = (~lo + 1) >>> 0;
        const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
        varintSafe = nhi < MAX_SAFE_HIGH;
        return -(nhi * 2 ** 32 + nlo);
      }
      varintSafe = hi < MAX_SAFE_HIGH;
      return hi * 2 ** 32 + lo;
    }
  }
  throw new WireError(`varint longer than 10 bytes at byte ${pos}`);
}

/** UTF-8 text from buf[start, end). */
function decodeText(buf: Buffer, start: number, end: number): string {
  // utf8Slice skips toString's argument handling (protobufjs uses it the same way); toString is
  // the documented fallback should a runtime lack it. Both yield flat strings (cheap Map keys).
  return utf8Slice ? utf8Slice.call(buf, start, end) : buf.toString('utf8', start, end);
}

const utf8Slice = (Buffer.prototype as unknown as { utf8Slice?: (start: number, end: number) => string }).utf8Slice;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** In-memory cursor backed by protobufjs's Reader. */
export class BufferCursor implements Cursor {
  private readonly reader: PbReader;
  varintIsSafe = true;

  /** `base`: absolute file offset of buf[0], so that errors point into the file. */
  constructor(buf: Uint8Array, private readonly base = 0) {
    // A Buffer, so that text decodes natively without a view per string.
    this.reader = Reader.create(asBuffer(buf));
  }

  get pos(): number {
    return this.base + this.reader.pos;
  }

  get end(): number {
    return this.base + this.reader.len;
  }

  varint(): number {
    const value = readVarint(this.reader.buf, this.reader.pos, this.reader.len);
    this.reader.pos = varintEnd;
    this.varintIsSafe = varintSafe;
    return value;
  }

  float(): number {
    return this.guard(4, () => this.reader.float());
  }

  double(): number {
    return this.guard(8, () => this.reader.double());
  }

  fixed32(): number {
    return this.guard(4, () => this.reader.fixed32());
  }

  skip(n: number): void {
    this.guard(n, () => this.reader.skip(n));
  }

  bytes(n: number): Uint8Array {
    this.check(n);
    const out = this.reader.buf.subarray(this.reader.pos, this.reader.pos + n);
    this.reader.pos += n;
    return out;
  }

  text(n: number): string {
    this.check(n);
    const start = this.reader.pos;
    this.reader.pos += n;
    return decodeText(this.reader.buf as Buffer, start, start + n);
  }

  nested<T, X>(len: number, decode: (c: Cursor, end: number, ctx: X) => T, ctx: X): T {
    this.check(len);
    return decode(this, this.pos + len, ctx);
  }

  private check(n: number): void {
    if (n < 0 || this.reader.pos + n > this.reader.len) {
      throw new WireError(`truncated: ${n} bytes wanted at byte ${this.pos} but only ${this.end - this.pos} remain`);
    }
  }

  private guard<T>(n: number, read: () => T): T {
    this.check(n);
    return read();
  }
}

/** Messages at most this long are brought into the window whole before decoding. */
const WHOLE_MESSAGE = 16 * 1024;
/** After a skip the next read fetches this much; sequential reads double it up to MAX_WINDOW. */
const MIN_WINDOW = 4096;
const MAX_WINDOW = 256 * 1024;
let scratch = Buffer.alloc(64 * 1024);

/** Cursor reading a file through a small window; skipping moves the offset without I/O. */
export class FileCursor implements Cursor {
  private window: Buffer = Buffer.alloc(0);
  private windowView = new DataView(new ArrayBuffer(0));
  private windowStart = 0;
  private nextWindow = MIN_WINDOW;
  private position = 0;
  varintIsSafe = true;
  /** Bytes actually read from disk (benchmarked: must stay tiny next to the weights). */
  bytesRead = 0;
  readCalls = 0;

  constructor(private readonly fd: number, readonly end: number) {}

  static open<T>(path: string, size: number, use: (c: FileCursor) => T): T {
    const fd = openSync(path, 'r');
    try {
      return use(new FileCursor(fd, size));
    } finally {
      closeSync(fd);
    }
  }

  get pos(): number {
    return this.position;
  }

  /** Fills `buf` from the file at the current position (the file may have shrunk meanwhile). */
  private readInto(buf: Uint8Array): void {
    let got = 0;
    while (got < buf.length) {
      const r = readSync(this.fd, buf, got, buf.length - got, this.position + got);
      if (r === 0) throw new WireError(`file ended at byte ${this.position + got} while reading`);
      got += r;
    }
    this.readCalls++;
    this.bytesRead += buf.length;
  }

  /** Makes [pos, pos+n) available in the window (n is clamped to the file end). */
  private fill(n: number): void {
    const offset = this.position - this.windowStart;
    if (offset >= 0 && offset + n <= this.window.length) return;
    const want = Math.min(Math.max(n, this.nextWindow), this.end - this.position);
    if (want < n) {
      throw new WireError(`truncated: ${n} bytes wanted at byte ${this.position} but only ${this.end - this.position} remain`);
    }
    // One scratch buffer for all file cursors (reads are synchronous and never interleave): the
    // window is consumed (copied or decoded) before the next fill.
    if (want > scratch.length) scratch = Buffer.alloc(Math.max(want, scratch.length * 2));
    const buf = scratch.subarray(0, want);
    this.readInto(buf);
    // Reading on from inside the current window (node lists, value infos) grows the window; a
    // skip past it resets the size (see skip()).
    const sequential = offset >= 0 && offset <= this.window.length;
    this.nextWindow = sequential ? Math.min(this.nextWindow * 2, MAX_WINDOW) : this.nextWindow;
    this.window = buf;
    this.windowView = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.windowStart = this.position;
  }

  varint(): number {
    this.fill(Math.min(10, this.end - this.position));
    const off = this.position - this.windowStart;
    const value = readVarint(this.window, off, this.window.length);
    this.position = this.windowStart + varintEnd;
    this.varintIsSafe = varintSafe;
    return value;
  }

  /** Offset in the window of n bytes at the current position, advancing past them. */
  private take(n: number): number {
    this.fill(n);
    const off = this.position - this.windowStart;
    this.position += n;
    return off;
  }

  float(): number {
    return this.windowView.getFloat32(this.take(4), true);
  }

  double(): number {
    return this.windowView.getFloat64(this.take(8), true);
  }

  fixed32(): number {
    return this.windowView.getUint32(this.take(4), true);
  }

  skip(n: number): void {
    if (n < 0 || this.position + n > this.end) {
      throw new WireError(`truncated: ${n} bytes wanted at byte ${this.position} but only ${this.end - this.position} remain`);
    }
    const inWindow = this.position + n - this.windowStart <= this.window.length;
    this.position += n;
    if (!inWindow) this.nextWindow = MIN_WINDOW;
  }

  bytes(n: number): Uint8Array {
    if (n > MAX_WINDOW) {
      if (this.position + n > this.end) {
        throw new WireError(`truncated: ${n} bytes wanted at byte ${this.position} but only ${this.end - this.position} remain`);
      }
      const buf = new Uint8Array(n);
      this.readInto(buf);
      this.position += n;
      return buf;
    }
    this.fill(n);
    const off = this.position - this.windowStart;
    this.position += n;
    // A copy (Buffer#slice would be a view of the shared window).
    return Uint8Array.prototype.slice.call(this.window, off, off + n);
  }

  text(n: number): string {
    if (n > MAX_WINDOW) return decodeText(asBuffer(this.bytes(n)), 0, n);
    const off = this.take(n);
    return decodeText(this.window, off, off + n);
  }

  nested<T, X>(len: number, decode: (c: Cursor, end: number, ctx: X) => T, ctx: X, bufferLimit = WHOLE_MESSAGE): T {
    if (len < 0 || this.position + len > this.end) {
      throw new WireError(`truncated: a ${len}-byte message at byte ${this.position} runs past the end of the file (${this.end} bytes)`);
    }
    // Small messages are brought into the window whole (at most one read), then decoded in place
    // like large ones: no copy and no second cursor per node.
    if (len <= bufferLimit) this.fill(len);
    return decode(this, this.position + len, ctx);
  }
}
