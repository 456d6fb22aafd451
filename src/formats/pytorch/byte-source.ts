/**
 * Positional reads from a file descriptor or from bytes in memory, counting what comes off the
 * disk (the benchmark's "bytes read"). Readers ask for ranges; nothing is read ahead.
 */
import { readSync } from 'node:fs';

export interface ByteSource {
  readonly size: number;
  /** `length` bytes at `offset` (fewer only if the file shrank meanwhile). */
  read(offset: number, length: number): Uint8Array;
  readonly bytesRead: number;
  readonly readCalls: number;
}

export function fileSource(fd: number, size: number): ByteSource {
  let bytesRead = 0;
  let readCalls = 0;
  return {
    size,
    read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const out = Buffer.allocUnsafe(n);
      let got = 0;
      while (got < n) {
        const r = readSync(fd, out, got, n - got, offset + got);
        readCalls++;
        if (r === 0) break;
        got += r;
      }
      bytesRead += got;
      return got === n ? out : out.subarray(0, got);
    },
    get bytesRead() {
      return bytesRead;
    },
    get readCalls() {
      return readCalls;
    },
  };
}

export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)),
    bytesRead: bytes.byteLength,
    readCalls: 0,
  };
}

/**
 * Reads the last `length` bytes once and serves reads that fall inside them from memory: a zip's
 * end record, central directory and (in small files) everything else live there.
 */
export function withTail(src: ByteSource, length: number): ByteSource {
  const tailStart = Math.max(0, src.size - length);
  const tail = src.read(tailStart, src.size - tailStart);
  return {
    size: src.size,
    read: (offset, n) => (offset >= tailStart ? tail.subarray(offset - tailStart, Math.min(tail.length, offset - tailStart + n)) : src.read(offset, n)),
    get bytesRead() {
      return src.bytesRead;
    },
    get readCalls() {
      return src.readCalls;
    },
  };
}
