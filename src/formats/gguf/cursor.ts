/**
 * A forward cursor over a GGUF file's header through a read window: values are decoded from
 * the window, long strings and fixed-size arrays are skipped by moving the offset, and every
 * length taken from the file is checked against the bytes left before anything is allocated.
 */
import { ModelFileError } from '../../graph/errors.js';
import type { RandomAccessFile } from '../random-access.js';
import { decodeNameBytes } from '../escaped-utf8.js';

const WINDOW = 64 * 1024;

export class GgufCursor {
  pos = 0;
  private buf: Buffer = Buffer.alloc(0);
  private bufStart = 0;

  constructor(readonly file: RandomAccessFile) {}

  fail(detail: string): never {
    throw new ModelFileError(this.file.path, detail);
  }

  get remaining(): number {
    return this.file.size - this.pos;
  }

  /** Makes [pos, pos + n) available in the window; returns its offset within the window. */
  private need(n: number, what: string): number {
    if (this.pos >= this.bufStart && this.pos + n <= this.bufStart + this.buf.byteLength) return this.pos - this.bufStart;
    if (this.pos + n > this.file.size) this.fail(`truncated: ${what} at byte ${this.pos} runs past the end of the file (${this.file.size} bytes)`);
    const len = Math.min(this.file.size - this.pos, Math.max(n, WINDOW));
    this.buf = this.file.read(this.pos, len, what);
    this.bufStart = this.pos;
    return 0;
  }

  skip(n: number, what: string): void {
    if (n > this.remaining) this.fail(`truncated: ${what} at byte ${this.pos} (${n} bytes) runs past the end of the file (${this.file.size} bytes)`);
    this.pos += n;
  }

  bytes(n: number, what: string): Buffer {
    const at = this.need(n, what);
    this.pos += n;
    return this.buf.subarray(at, at + n);
  }

  u8(what: string): number {
    const at = this.need(1, what);
    this.pos += 1;
    return this.buf.readUInt8(at);
  }

  u32(what: string): number {
    const at = this.need(4, what);
    this.pos += 4;
    return this.buf.readUInt32LE(at);
  }

  i32(what: string): number {
    const at = this.need(4, what);
    this.pos += 4;
    return this.buf.readInt32LE(at);
  }

  u64(what: string): bigint {
    const at = this.need(8, what);
    this.pos += 8;
    return this.buf.readBigUInt64LE(at);
  }

  i64(what: string): bigint {
    const at = this.need(8, what);
    this.pos += 8;
    return this.buf.readBigInt64LE(at);
  }

  /**
   * A count or length (u32 in GGUF v1, u64 later) that must fit in the rest of the file when each
   * item takes at least `minItemBytes`: a count of 2^63 is bad input, never an allocation.
   */
  count(wide: boolean, minItemBytes: number, what: string): number {
    const at = this.pos;
    // Two 32-bit halves, not a BigInt: token lists and nested arrays read millions of counts.
    // Past 2^53 the product is past any file, and the message quotes the exact value.
    const low = this.u32(what);
    const high = wide ? this.u32(what) : 0;
    const n = high * 2 ** 32 + low;
    if (n * minItemBytes > this.remaining) {
      const exact = (BigInt(high) << 32n) | BigInt(low);
      this.fail(`${what} ${exact} at byte ${at} is more than the rest of the file (${this.remaining} bytes) can hold: truncated or corrupt`);
    }
    return n;
  }

  /**
   * A string: the first `keep` bytes decoded, the rest skipped without reading. A byte that is
   * not UTF-8 becomes U+DC80..U+DCFF (formats/escaped-utf8.ts), not U+FFFD: llama.cpp compares
   * keys and tensor names as bytes, so `a\xff` and `a\xfe` are two names, not one twice.
   */
  string(wide: boolean, what: string, keep = 4096): { text: string; length: number } {
    const length = this.count(wide, 1, `${what} length`);
    if (length <= keep) return { text: decodeNameBytes(this.bytes(length, what)), length };
    const text = decodeNameBytes(this.bytes(keep, what));
    this.skip(length - keep, what);
    return { text: `${text}…`, length };
  }
}
