/**
 * Opening a model file the way every reader must: a regular, non-empty file (a FIFO or a
 * directory is bad input, not a hang), with file-system failures turned into one-line
 * ModelFileErrors naming the file.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { ModelFileError } from '../graph/errors.js';

/**
 * Opening a FIFO for reading would wait for a writer: with O_NONBLOCK it returns at once and fstat
 * refuses it. (No effect on regular files; Windows has neither.)
 */
const OPEN_FLAGS = constants.O_NONBLOCK === undefined ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a model file';
  return e instanceof Error ? e.message : String(e);
}

/** A model file opened by openModelFile: the caller closes `fd`. */
export interface OpenFile {
  readonly fd: number;
  readonly size: number;
}

function isFolderPath(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Opens a non-empty regular file, or returns null for a folder when `folderOk` (a model folder:
 * one open tells the two apart, where a stat and then an open used to look at the same path).
 * The caller closes the descriptor.
 */
export function openModelFile(path: string, folderOk: boolean): OpenFile | null {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    // Windows refuses to open a folder, and a folder one may enter but not list cannot be opened:
    // only then, a stat (which needs no read permission) says whether it is one.
    if (folderOk && isFolderPath(path)) return null;
    throw new ModelFileError(path, describeFsError(e));
  }
  let size: number;
  try {
    const st = fstatSync(fd);
    if (folderOk && st.isDirectory()) {
      closeSync(fd);
      return null;
    }
    if (!st.isFile()) throw new ModelFileError(path, 'not a regular file');
    // fstat's size is a double (Stats reads it from a Float64Array), and a double stored in an
    // object field makes V8 store every number in that field as a boxed double: the ONNX
    // reader's offsets, all derived from the size, were boxed on each read in the interpreter
    // (1.6 MB of garbage and 9% slower on the first tiny_gpt decode). Math.trunc gives it back as
    // a small integer when it is one (files under 1 GiB).
    size = Math.trunc(st.size);
    if (size === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
  } catch (e) {
    closeSync(fd);
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError(path, describeFsError(e));
  }
  return { fd, size };
}

/** Opens a non-empty regular file and passes its descriptor and size to `use`. */
export function withOpenModel<T>(path: string, use: (fd: number, size: number) => T): T {
  const { fd, size } = openModelFile(path, false)!;
  try {
    return use(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** `length` bytes from `position` (short at the end of the file). */
export function readAt(fd: number, length: number, position: number, path: string): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  const got = readInto(fd, bytes, length, position, path);
  return got === length ? bytes : bytes.subarray(0, got);
}

/** Reads `length` bytes from `position` into the start of `into`; returns how many (short at the end of the file). */
export function readInto(fd: number, into: Uint8Array, length: number, position: number, path: string): number {
  let got = 0;
  try {
    while (got < length) {
      const n = readSync(fd, into, got, length - got, position + got);
      if (n === 0) break;
      got += n;
    }
  } catch (e) {
    throw new ModelFileError(path, describeFsError(e));
  }
  return got;
}

/** The whole file in one buffer (short if it shrank since it was measured). */
export function readAll(fd: number, size: number, path: string): Buffer {
  return readAt(fd, size, 0, path);
}

/**
 * What is at a side file's path (another shard, split or index of a model), links not followed:
 * a side file is found by name next to the model, so a link there is never taken.
 */
export function fileState(path: string): 'file' | 'missing' | 'other' {
  try {
    return lstatSync(path).isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
