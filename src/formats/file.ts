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

/** Opens a non-empty regular file and passes its descriptor and size to `use`. */
export function withOpenModel<T>(path: string, use: (fd: number, size: number) => T): T {
  return openModelOr(path, use, null);
}

/**
 * As withOpenModel, but a folder is no error: `folder()` answers instead (a model folder, one
 * open where a stat and then an open used to look at the same path).
 */
export function withOpenModelOrFolder<T>(path: string, use: (fd: number, size: number) => T, folder: () => T): T {
  return openModelOr(path, use, folder);
}

function isFolderPath(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function openModelOr<T>(path: string, use: (fd: number, size: number) => T, folder: (() => T) | null): T {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    // Windows refuses to open a folder, and a folder one may enter but not list cannot be opened:
    // only then, a stat (which needs no read permission) says whether it is one.
    if (folder !== null && isFolderPath(path)) return folder();
    throw new ModelFileError(path, describeFsError(e));
  }
  let isFolder = false;
  try {
    let size: number;
    try {
      const st = fstatSync(fd);
      isFolder = folder !== null && st.isDirectory();
      if (!st.isFile() && !isFolder) throw new ModelFileError(path, 'not a regular file');
      size = st.size;
    } catch (e) {
      if (e instanceof ModelFileError) throw e;
      throw new ModelFileError(path, describeFsError(e));
    }
    if (!isFolder) {
      if (size === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
      return use(fd, size);
    }
  } finally {
    closeSync(fd);
  }
  return folder!();
}

/** `length` bytes from `position` (short at the end of the file). */
export function readAt(fd: number, length: number, position: number, path: string): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let got = 0;
  try {
    while (got < length) {
      const n = readSync(fd, bytes, got, length - got, position + got);
      if (n === 0) break;
      got += n;
    }
  } catch (e) {
    throw new ModelFileError(path, describeFsError(e));
  }
  return got === length ? bytes : bytes.subarray(0, got);
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
