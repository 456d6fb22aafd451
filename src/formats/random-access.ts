/**
 * Bounded random access to a model file for readers that follow a header (safetensors, GGUF):
 * every read names its offset and length, is checked against the file size first (a length
 * taken from the file can never cause a huge allocation), and is counted, so `npm run bench`
 * can show that reading cost follows the header, not the weights.
 */
import { ModelFileError } from '../graph/errors.js';
import { readAt, withOpenModel } from './file.js';

export interface RandomAccessFile {
  /** The path used in error messages. */
  readonly path: string;
  readonly size: number;
  /**
   * Exactly `length` bytes at `offset`. Throws ModelFileError naming `what` when the range runs
   * past the end of the file (a truncated or lying header).
   */
  read(offset: number, length: number, what: string): Buffer;
  readonly bytesRead: number;
  readonly readCalls: number;
}

/** Opens a non-empty regular file (formats/file.ts), passes it to `use`, and always closes it. */
export function withRandomAccessFile<T>(path: string, use: (file: RandomAccessFile) => T): T {
  return withOpenModel(path, (fd, size) => use(new FdFile(path, fd, size)));
}

/** A file held in memory (tests, git blobs), with the same bounds checks. */
export function bytesAsRandomAccessFile(bytes: Uint8Array, path: string): RandomAccessFile {
  if (bytes.byteLength === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
  return new MemoryFile(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function checkRange(path: string, size: number, offset: number, length: number, what: string): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new ModelFileError(path, `${what}: invalid range (offset ${offset}, length ${length})`);
  }
  if (offset + length > size) {
    throw new ModelFileError(path, `truncated: ${what} needs bytes ${offset}..${offset + length} but the file has ${size}`);
  }
}

class FdFile implements RandomAccessFile {
  bytesRead = 0;
  readCalls = 0;
  constructor(readonly path: string, private readonly fd: number, readonly size: number) {}

  read(offset: number, length: number, what: string): Buffer {
    checkRange(this.path, this.size, offset, length, what);
    const out = readAt(this.fd, length, offset, this.path);
    this.readCalls++;
    this.bytesRead += out.byteLength;
    // The file shrank since it was measured.
    if (out.byteLength < length) throw new ModelFileError(this.path, `truncated: ${what} ends past the end of the file`);
    return out;
  }
}

class MemoryFile implements RandomAccessFile {
  bytesRead = 0;
  readCalls = 0;
  readonly size: number;
  constructor(readonly path: string, private readonly bytes: Buffer) {
    this.size = bytes.byteLength;
  }

  read(offset: number, length: number, what: string): Buffer {
    checkRange(this.path, this.size, offset, length, what);
    this.readCalls++;
    this.bytesRead += length;
    return this.bytes.subarray(offset, offset + length);
  }
}
