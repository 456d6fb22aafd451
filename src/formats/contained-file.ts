/**
 * The one check for every file a model brings along or that a pull request chose: a model opened
 * in place, its external data, any side file a format names, a file compared between two
 * directories. With every symbolic link on the way resolved, the file must lie inside a given
 * folder (the repository, the model's folder) and be a regular file. A FIFO would block the
 * reader forever, /dev/zero never ends, and a link to a file outside the repository would make
 * the gate read and report what the pull request has no business with.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Why a path may not be read; `reason` completes "<file>: ..." in one line. */
export class UnsafeFileError extends Error {
  override name = 'UnsafeFileError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface ContainedFile {
  /** The path with every symbolic link resolved. */
  readonly real: string;
  readonly size: number;
}

/** Whether `child` is `parent` or lies below it (both absolute and resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

function code(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * The real path and size of `path` when it is a regular file whose real path lies inside the
 * real path of `within` (null: anywhere, for files a user named on the command line); null when
 * nothing is there (a dangling link counts as nothing). Throws UnsafeFileError otherwise. Never
 * opens the file, so a FIFO cannot block it.
 */
export function containedFile(path: string, within: string | null, withinName = 'the repository'): ContainedFile | null {
  let real: string;
  try {
    // The libc realpath: one call, where the JavaScript one lstats each path component (an
    // external-data check made a small model's read 10% slower than a full decode).
    real = realpathSync.native(path);
  } catch (e) {
    if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR') return null;
    if (code(e) === 'ELOOP') throw new UnsafeFileError('is a symbolic link loop');
    if (code(e) === 'EACCES') throw new UnsafeFileError('permission denied');
    throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
  }
  if (within !== null) {
    let root: string;
    try {
      root = realpathSync.native(within);
    } catch {
      throw new UnsafeFileError(`cannot resolve ${withinName}`);
    }
    if (!isInside(root, real)) throw new UnsafeFileError(`is a symbolic link (or lies below one) that leads outside ${withinName}`);
  }
  let st: Stats;
  try {
    st = statSync(real);
  } catch (e) {
    if (code(e) === 'ENOENT') return null;
    throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
  }
  if (!st.isFile()) throw new UnsafeFileError(`is not a regular file (${kindOf(st)})`);
  return { real, size: st.size };
}

/** A file found by `containedEntry`; its real path is resolved only when asked (a realpath costs more than the check). */
export interface ContainedEntry {
  readonly size: number;
  real(): string;
}

/**
 * `containedFile(join(dir, name), dir, withinName)` for a bare file name (no separator, not '.'
 * or '..'), the usual external-data location. An entry of `dir` that is a regular file and no
 * link lies inside `dir` whatever links lead to `dir` itself, so one lstat settles it instead of
 * two realpaths and a stat (they made reading a small model with a side file 10% slower than a
 * full decode). Anything else (a link, a FIFO, nothing there, an error) takes containedFile,
 * which answers and words it as always.
 */
export function containedEntry(dir: string, name: string, withinName: string): ContainedEntry | null {
  const path = join(dir, name);
  if (name !== '.' && name !== '..' && !name.includes('/') && !name.includes(sep)) {
    let st: Stats | undefined;
    try {
      st = lstatSync(path);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) {
      const size = st.size;
      return { size, real: () => realEntry(dir, name) };
    }
  }
  const found = containedFile(path, dir, withinName);
  return found && { size: found.size, real: () => found.real };
}

/**
 * The file's own real path, not the folder's joined with the name as the model spells it: on a
 * case-insensitive file system `W.data` and `w.data` are one file, and only the file's real path
 * (its name as stored) tells them apart from two.
 */
function realEntry(dir: string, name: string): string {
  try {
    return realpathSync.native(join(dir, name));
  } catch {
    // The file went away since: its path as given still names it apart from the others.
    return join(dir, name);
  }
}
