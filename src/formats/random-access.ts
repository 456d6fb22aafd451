/**
 * Bounded random access to a model file for readers that follow a header (safetensors, GGUF):
 * every read names its offset and length, is checked against the file size first (a length
 * taken from the file can never cause a huge allocation), and is counted, so `npm run bench`
 * can show that reading cost follows the header, not the weights.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ModelFileError } from '../graph/errors.js';

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

/**
 * Opening a FIFO for reading would wait for a writer: with O_NONBLOCK it returns at once and
 * fstat refuses it. (No effect on regular files; Windows has neither.)
 */
const OPEN_FLAGS = constants.O_NONBLOCK === undefined ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

/** One line for a failed open/stat/read, without the stack or the errno boilerplate. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a model file';
  return e instanceof Error ? e.message : String(e);
}

/** Opens a non-empty regular file, passes it to `use`, and always closes it. */
export function withRandomAccessFile<T>(path: string, use: (file: RandomAccessFile) => T): T {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw new ModelFileError(path, describeFsError(e));
  }
  try {
    let size: number;
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new ModelFileError(path, 'not a regular file');
      size = st.size;
    } catch (e) {
      if (e instanceof ModelFileError) throw e;
      throw new ModelFileError(path, describeFsError(e));
    }
    if (size === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
    return use(new FdFile(path, fd, size));
  } finally {
    closeSync(fd);
  }
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
    const out = Buffer.allocUnsafe(length);
    let got = 0;
    try {
      while (got < length) {
        const n = readSync(this.fd, out, got, length - got, offset + got);
        this.readCalls++;
        if (n === 0) break;
        got += n;
      }
    } catch (e) {
      throw new ModelFileError(this.path, describeFsError(e));
    }
    this.bytesRead += got;
    // The file shrank since it was measured.
    if (got < length) throw new ModelFileError(this.path, `truncated: ${what} ends past the end of the file`);
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
