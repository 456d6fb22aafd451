/**
 * The whole of a small file a run is handed rather than a model: the gate report a `publish` run
 * reads back, a config named outside the repository, a baseline cache entry. Each is untrusted
 * and each is read the same way: containedFile first (links resolved, inside its folder, a
 * regular file, so a FIFO or /dev/zero is refused before anything is opened), then at most one
 * byte past the cap, and the cap checked again, since the file may have grown after it was
 * measured.
 */
import { containedFile, UnsafeFileError } from '../formats/contained-file.js';
import { ModelFileError } from '../graph/errors.js';
import { readPrefix } from './sources.js';

/** The file is larger than the cap; `reason` is the caller's own wording. */
export class FileTooLargeError extends UnsafeFileError {
  override name = 'FileTooLargeError';
}

export interface CappedReadOptions {
  /** The file must lie inside this folder (links resolved); null: anywhere. */
  readonly within: string | null;
  /** The folder as messages name it (`the workspace`). */
  readonly withinName?: string;
  readonly maxBytes: number;
  /** Completes "<file>: ..." for a file over `maxBytes`. */
  readonly tooLarge: string;
}

/**
 * The bytes of `path`, or null when nothing is there (a dangling link counts as nothing). Every
 * other problem is an UnsafeFileError whose one-line `reason` completes "<file>: ...": a
 * FileTooLargeError over the cap, else the path may not or could not be read.
 */
export async function readContainedFile(path: string, options: CappedReadOptions): Promise<Buffer | null> {
  const found = containedFile(path, options.within, options.withinName);
  if (found === null) return null;
  if (found.size > options.maxBytes) throw new FileTooLargeError(options.tooLarge);
  let bytes: Buffer;
  try {
    bytes = await readPrefix(found.real, options.maxBytes + 1, path);
  } catch (e) {
    // Replaced by a FIFO or a directory since it was checked.
    if (e instanceof ModelFileError) throw new UnsafeFileError(e.detail);
    throw new UnsafeFileError(`cannot read it: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (bytes.length > options.maxBytes) throw new FileTooLargeError(options.tooLarge);
  return bytes;
}
