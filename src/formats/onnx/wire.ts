/**
 * The protobuf wire reader the ONNX decoders run on: the bytes it holds can be a small window
 * onto a file instead of the whole file. Decoders work in
 * absolute file offsets (`at`); a window is refilled only when a read needs bytes it lacks, so
 * multi-gigabyte weight payloads are skipped by moving an offset instead of being read.
 *
 * One concrete class (no interface with two implementations) keeps every decoder call site
 * monomorphic, which is most of what makes the decoders fast. Our own class, not protobufjs's
 * Reader: the decoders need varints, fixed-width floats and offsets, and loading protobufjs for
 * them cost every `model-budget profile` 132 KB of JavaScript to compile (issue 14, process start).
 */
import { BadInputError } from '../../graph/errors.js';
import { readSync } from 'node:fs';

/** Wire types. A const enum, as schema.ts FIELD: each use compiles to its number, not a property load. */
export const enum WIRE { VARINT = 0, I64 = 1, LEN = 2, SGROUP = 3, EGROUP = 4, I32 = 5 }

/** A structural problem in the bytes; the reader turns it into a ModelFileError naming the file. */
export class WireError extends BadInputError {
  override name = 'WireError';
}

const WIRE_NAMES = ['varint', '64-bit', 'length-delimited', 'start-group', 'end-group', '32-bit', 'invalid(6)', 'invalid(7)'];

/**
 * A field of the wrong wire type. Readers test `wire` themselves and call this only to throw:
 * a call per field (with the byte offset worked out for a message never shown) is what a cold
 * decode pays for, since it runs in the interpreter.
 */
export function wrongWire(actual: number, expected: number, what: string, pos: number): never {
  throw new WireError(`${what} has wire type ${WIRE_NAMES[actual]}, expected ${WIRE_NAMES[expected]} (byte ${pos})`);
}

const MAX_SAFE_HIGH = 2 ** 21; // 2^53 / 2^32

/** After a skip the next read fetches this much; reading on from inside a window doubles it. */
const MIN_WINDOW = 4096;
const MAX_WINDOW = 256 * 1024;
/** The first window: the graph's nodes usually follow the header, so read a good part of them. */
const FIRST_WINDOW = 16 * 1024;
/** Messages at most this long are brought into the window whole before decoding. */
export const WHOLE_MESSAGE = 16 * 1024;


/** Window sizes; tests shrink them so that every refill path runs on real models. */
export interface WindowSizes {
  /** The first read. */
  readonly first: number;
  /** The read after a skip. */
  readonly min: number;
  /** Growth stops here. */
  readonly max: number;
  /** Messages up to this size are brought in whole (capped by what each decoder asks). */
  readonly whole: number;
}

const DEFAULT_WINDOWS: WindowSizes = { first: FIRST_WINDOW, min: MIN_WINDOW, max: MAX_WINDOW, whole: WHOLE_MESSAGE };

/** One scratch buffer for every file reader: reads are synchronous and never interleave. */
let scratch = Buffer.alloc(FIRST_WINDOW);

/**
 * The name cache (WireReader.name): direct-mapped, NAME_SLOTS names of at most NAME_BYTES bytes,
 * whatever a file holds; a slot is checked byte for byte, so a collision only costs a decode.
 */
const NAME_SLOTS = 512;
const NAME_BYTES = 32;
const namePool = new Uint8Array(NAME_SLOTS * NAME_BYTES);
/** -1: empty slot. */
const nameLength = new Int32Array(NAME_SLOTS).fill(-1);
const nameText: string[] = new Array<string>(NAME_SLOTS).fill('');

type Utf8Slice = (this: Buffer, start: number, end: number) => string;
// utf8Slice skips toString's argument handling (protobufjs's BufferReader uses it the same way);
// toString is the documented fallback should a runtime lack it.
const utf8Slice: Utf8Slice = (Buffer.prototype as unknown as { utf8Slice?: Utf8Slice }).utf8Slice
  ?? function (this: Buffer, start: number, end: number): string { return this.toString('utf8', start, end); };

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * `buf` holds the file's bytes [base, limit); `at` is the file offset of the next read, so
 * buf[at - base] is the next byte. `end` is the end of the file (or of the bytes).
 *
 * `at` is a plain field, not a getter over a window-relative position: every decoder loop and
 * field read asks for it, and a getter is a call each time in the interpreter, where a cold
 * profile spends its time (0.95 ms of the first mobilenet_v2 decode, issue 14).
 */
export class WireReader {
  buf: Buffer;
  /** Absolute byte offset of the next read. */
  at = 0;
  /** File offset of buf[0]. */
  base = 0;
  /** File offset just past the bytes held in `buf`. */
  private limit: number;
  /** File descriptor read through, or -1 when every byte is in `buf`. */
  private readonly fd: number;
  private windows = DEFAULT_WINDOWS;
  private nextWindow = MIN_WINDOW;
  /** Whether the last varint() fitted in 53 bits. */
  varintIsSafe = true;
  /** File bytes [textStart, textEnd) decoded, one character per byte, which names are cut from (see textFrom). */
  private textBlock = '';
  private textStart = 0;
  private textEnd = -1;
  /** Made on first use: most readers never decode a tensor value. */
  private view: DataView | undefined;
  private viewOf: Buffer | undefined;
  /** Bytes actually read from disk (benchmarked: must stay tiny next to the weights). */
  bytesRead = 0;
  readCalls = 0;

  private constructor(buf: Buffer, fd: number, readonly end: number) {
    this.buf = buf;
    this.limit = buf.length;
    this.fd = fd;
  }

  /** Decodes bytes held in memory (all of a file, a git blob, a test model). */
  static fromBytes(bytes: Uint8Array): WireReader {
    return new WireReader(asBuffer(bytes), -1, bytes.byteLength);
  }

  /** Reads an open file of `size` bytes through a window. */
  static fromFile(fd: number, size: number, windows: WindowSizes = DEFAULT_WINDOWS): WireReader {
    const r = new WireReader(scratch, fd, size);
    r.limit = 0;
    r.windows = windows;
    r.nextWindow = windows.first;
    return r;
  }

  /** Makes [at, at+n) readable in `buf`. */
  need(n: number): void {
    if (this.at + n > this.limit) this.refill(n);
  }

  private refill(n: number): void {
    const at = this.at;
    const remain = this.end - at;
    if (n > remain || this.fd < 0) {
      throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${Math.max(0, remain)} remain`);
    }
    let want = Math.min(Math.max(n, this.nextWindow), remain);
    // A window that would stop short of the end by less than the smallest one reads to the end:
    // one call instead of two (the graph's inputs and outputs usually end the file).
    if (remain - want < this.windows.min) want = remain;
    if (want > scratch.length) scratch = Buffer.alloc(Math.max(want, scratch.length * 2));
    this.readInto(scratch, want, at);
    // Reading on from inside the window (node lists, value infos) grows it; skipping past it
    // reset the size (see skipBytes).
    if (at <= this.limit) this.nextWindow = Math.min(this.nextWindow * 2, this.windows.max);
    // The window is the start of the scratch buffer; `limit` bounds it (no view per read).
    this.buf = scratch;
    this.base = at;
    this.limit = at + want;
    this.textEnd = -1;
  }

  /** Fills buf[0, n) from the file at `at` (the file may have shrunk since it was measured). */
  private readInto(buf: Uint8Array, n: number, at: number): void {
    let got = 0;
    while (got < n) {
      const r = readSync(this.fd, buf, got, n - got, at + got);
      if (r === 0) throw new WireError(`file ended at byte ${at + got} while reading`);
      got += r;
    }
    this.readCalls++;
    this.bytesRead += n;
  }

  /** A varint as a JS number: exact up to 2^53 (see `varintIsSafe`); negative int64 as negative. */
  varint(): number {
    const at = this.at;
    if (at + 10 > this.limit) return this.varintNearEnd();
    const buf = this.buf;
    const p = at - this.base;
    const b0 = buf[p]!;
    if (b0 < 0x80) {
      this.at = at + 1;
      this.varintIsSafe = true;
      return b0;
    }
    const b1 = buf[p + 1]!;
    if (b1 < 0x80) {
      this.at = at + 2;
      this.varintIsSafe = true;
      return (b0 & 0x7f) | (b1 << 7);
    }
    return this.varintLong();
  }

  /**
   * The tag of the next field (field number << 3 | wire type). Most tags are one byte: read here,
   * not through varint(), since a call per field is what a cold (interpreted) decode pays for.
   */
  tag(): number {
    const at = this.at;
    if (at < this.limit) {
      const b = this.buf[at - this.base]!;
      if (b >= 8 && b < 0x80) {
        this.at = at + 1;
        return b;
      }
    }
    const tag = this.varint();
    if (tag < 8) throw new WireError(`not an ONNX model: invalid protobuf field number 0 at byte ${at}`);
    return tag;
  }

  /** Fewer than 10 bytes left in `buf`: refill when reading a file, then decode with bounds. */
  private varintNearEnd(): number {
    if (this.fd >= 0) this.need(Math.min(10, this.end - this.at));
    return this.varintLong();
  }

  private varintLong(): number {
    const buf = this.buf;
    const base = this.base;
    const start = this.at - base;
    const limit = this.limit - base;
    let pos = start;
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (pos >= limit) throw new WireError(`truncated varint at byte ${base + pos}`);
      const b = buf[pos++]!;
      if (shift < 28) lo |= (b & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >>> 4;
      } else hi |= (b & 0x7f) << (shift - 32);
      shift += 7;
      if ((b & 0x80) === 0) {
        this.at = base + pos;
        lo >>>= 0;
        hi >>>= 0;
        if (hi >= 0x80000000) {
          // Negative int64 (two's complement): exact while the magnitude fits in 53 bits.
          const nlo = (~lo + 1) >>> 0;
          const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
          this.varintIsSafe = nhi < MAX_SAFE_HIGH;
          // -1 (axis, axes, Reshape's -1) as a small integer: the double the product gives would
          // make the array it goes into (attribute ints, int64_data) a double array too.
          return nhi === 0 && nlo < 0x40000000 ? -nlo : -(nhi * 2 ** 32 + nlo);
        }
        this.varintIsSafe = hi < MAX_SAFE_HIGH;
        // `hi * 2 ** 32 + lo` is a double even when hi is 0, and one double stored in a field
        // (a length added to `at`) makes V8 box every number that field holds from then on.
        return hi === 0 ? lo : hi * 2 ** 32 + lo;
      }
    }
    throw new WireError(`varint longer than 10 bytes at byte ${base + start}`);
  }

  /*
   * Field readers: each checks the wire type and the bounds and reads the common case (a one-byte
   * varint or length) itself. A cold decode runs in the interpreter, where what costs is calls:
   * a string field was four (helper, length, varint, text) and is now one (issue 14).
   */

  /** A varint field (`what` names it in errors). */
  int(wire: number, what: string): number {
    const at = this.at;
    if (wire !== WIRE.VARINT) wrongWire(wire, WIRE.VARINT, what, at);
    if (at < this.limit) {
      const b = this.buf[at - this.base]!;
      if (b < 0x80) {
        this.at = at + 1;
        this.varintIsSafe = true;
        return b;
      }
    }
    return this.varint();
  }

  /** The length of a length-delimited field, which must end by `end` (its message's end). */
  length(wire: number, end: number, what: string): number {
    const at = this.at;
    if (wire !== WIRE.LEN) wrongWire(wire, WIRE.LEN, what, at);
    let len: number;
    let exact = true;
    const b = at < this.limit ? this.buf[at - this.base]! : 0x80;
    if (b < 0x80) {
      len = b;
      this.at = at + 1;
    } else {
      len = this.varint();
      exact = this.varintIsSafe;
    }
    // A ten-byte varint can decode negative: a length that moved `at` backwards would read the
    // same field again, forever (13 bytes of file hung the profile).
    if (len < 0) throw new WireError(`${what} at byte ${at} has a negative length (${len})`);
    if (!exact || this.at + len > end) {
      throw new WireError(`truncated: ${what} at byte ${at} claims ${len} bytes but its message ends at byte ${end}`);
    }
    return len;
  }

  /** A string field. */
  string(wire: number, end: number, what: string): string {
    const at = this.at;
    if (wire === WIRE.LEN && at < this.limit) {
      const n = this.buf[at - this.base]!;
      const start = at + 1;
      const stop = start + n;
      if (n < 0x80 && stop <= end && stop <= this.limit) {
        this.at = stop;
        if (start >= this.textStart && stop <= this.textEnd) return this.textBlock.substring(start - this.textStart, stop - this.textStart);
        return utf8Slice.call(this.buf, start - this.base, stop - this.base);
      }
    }
    return this.text(this.length(wire, end, what));
  }

  /**
   * Starts a nested message field; returns its absolute end. A message up to `wholeLimit` bytes
   * is brought into the window whole (at most one read), so that its fields decode without
   * further checks; larger ones are read as decoding goes, so that their payloads can be skipped.
   */
  message(wire: number, end: number, what: string, wholeLimit: number = WHOLE_MESSAGE): number {
    const len = this.length(wire, end, what);
    const stop = this.at + len;
    if (len <= wholeLimit && len <= this.windows.whole && stop > this.limit) this.refill(len);
    return stop;
  }

  /** A little-endian float32 (fixed32 wire type). */
  f32(): number {
    this.need(4);
    const v = this.buf.readFloatLE(this.at - this.base);
    this.at += 4;
    return v;
  }

  /** A little-endian float64 (fixed64 wire type). */
  f64(): number {
    this.need(8);
    const v = this.buf.readDoubleLE(this.at - this.base);
    this.at += 8;
    return v;
  }

  /** Moves past n bytes without reading them (a later read refills the window there). */
  skipBytes(n: number): void {
    const at = this.at;
    if (n < 0 || at + n > this.end) {
      throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${this.end - at} remain`);
    }
    this.at = at + n;
    if (at + n > this.limit) this.nextWindow = this.windows.min;
  }

  /** A DataView of `buf` (offsets in it are `at - base`, like buf's), kept while buf is. */
  dataView(): DataView {
    if (this.view === undefined || this.viewOf !== this.buf) {
      this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
      this.viewOf = this.buf;
    }
    return this.view;
  }

  /**
   * The names at the start of the next `n` bytes (a node message: its inputs, outputs, name and
   * op type, the length-delimited fields whose numbers are bits of `textFields`, written first)
   * are cut from one decoded string instead of decoded one by one: a native string decode costs
   * far more than its bytes, and a node holds about five names. The block stops at the first
   * other field: attributes hold binary bytes (a type tag of field 20 is two bytes, the second
   * >= 0x80), which would make V8 decode the block, and every name cut from it, as two-byte
   * strings on a slower path.
   */
  textFrom(n: number, textFields: number): void {
    if (this.at + n > this.limit) return;
    const base = this.base;
    const start = this.at - base;
    const stop = start + n;
    const buf = this.buf;
    let p = start;
    // Every step reads below `stop` (<= limit) and stops at the first field that is not a name.
    while (p < stop) {
      const tag = buf[p]!;
      if ((tag & 7) !== 2 || tag >= 0x80 || ((textFields >>> (tag >>> 3)) & 1) === 0 || p + 1 >= stop) break;
      let q = p + 2;
      let length = buf[p + 1]!;
      if (length >= 0x80) {
        if (q >= stop || buf[q]! >= 0x80) break;
        length = (length & 0x7f) | (buf[q++]! << 7);
      }
      if (q + length > stop) break;
      p = q + length;
    }
    if (p === start) return;
    const block = utf8Slice.call(buf, start, p);
    // One character per byte: every byte is ASCII or decodes alone to U+FFFD,
    // so any byte range decodes, on its own, to the characters at the same offsets.
    if (block.length !== p - start) return;
    this.textBlock = block;
    this.textStart = base + start;
    this.textEnd = base + p;
  }

  /**
   * n bytes of UTF-8 text that repeat across a file (attribute names): looked up by their bytes
   * in a small cache, so each distinct name is decoded once and shared. (Op types are cheaper cut
   * from the node's text block: measured, the lookup cost more than it saved for them.)
   */
  name(n: number): string {
    if (n > NAME_BYTES || this.at + n > this.limit) return this.text(n);
    const start = this.at - this.base;
    const end = start + n;
    const buf = this.buf;
    let h = n;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const slot = (h ^ (h >>> 15)) & (NAME_SLOTS - 1);
    const at = slot * NAME_BYTES;
    this.at += n;
    if (nameLength[slot] === n) {
      let i = 0;
      while (i < n && namePool[at + i] === buf[start + i]) i++;
      if (i === n) return nameText[slot]!;
    }
    // A fresh string (not cut from a text block, which it would keep alive).
    const s = utf8Slice.call(buf, start, end);
    namePool.set(buf.subarray(start, end), at);
    nameLength[slot] = n;
    nameText[slot] = s;
    return s;
  }

  /** n bytes of UTF-8 text. */
  text(n: number): string {
    const at = this.at;
    const stop = at + n;
    if (stop > this.limit) return this.textOutsideWindow(n);
    this.at = stop;
    if (at >= this.textStart && stop <= this.textEnd) return this.textBlock.substring(at - this.textStart, stop - this.textStart);
    return utf8Slice.call(this.buf, at - this.base, stop - this.base);
  }

  private textOutsideWindow(n: number): string {
    if (this.fd >= 0 && n > this.windows.max) {
      // Longer than a window (a huge doc string or string attribute): read it on its own.
      const at = this.at;
      if (at + n > this.end) throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${this.end - at} remain`);
      const bytes = Buffer.allocUnsafe(n);
      this.readInto(bytes, n, at);
      this.skipBytes(n);
      return bytes.toString('utf8');
    }
    this.need(n);
    const start = this.at - this.base;
    this.at += n;
    return utf8Slice.call(this.buf, start, start + n);
  }
}
