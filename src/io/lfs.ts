/**
 * Git LFS pointer files. A model stored in LFS but not smudged is a ~130-byte text file; profiling
 * it would report a wrong (or no) number, so pointers are detected and either resolved through
 * `git lfs` for just that object, or reported as "stored in Git LFS".
 */
import { readFile, stat } from 'node:fs/promises';
import { runCommand } from './exec.js';
import { isSha } from './git.js';

export type LfsMode = 'auto' | 'fetch' | 'skip';

export interface LfsPointer {
  readonly oid: string;
  readonly size: number;
}

// Pointer spec: https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md (the first line is
// the version key; pointers are small text files, under 1024 bytes).
const VERSION_LINES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];
/** Files this size or larger are never pointers (so they need not be read to be sure). */
export const MAX_POINTER_BYTES = 1024;

/** The pointer's oid and size when `bytes` is a Git LFS pointer file, else null. */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | null {
  if (bytes.length === 0 || bytes.length >= MAX_POINTER_BYTES) return null;
  const text = Buffer.from(bytes).toString('utf8');
  if (!VERSION_LINES.some((v) => text.startsWith(`${v}\n`) || text.startsWith(`${v}\r\n`))) return null;
  const oid = /^oid sha256:([0-9a-f]{64})\s*$/m.exec(text)?.[1];
  const size = /^size (\d+)\s*$/m.exec(text)?.[1];
  if (!oid || size === undefined) return null;
  return { oid, size: Number(size) };
}

export type LfsResolution =
  | { readonly ok: true; readonly size: number }
  | { readonly ok: false; readonly pointer: LfsPointer; readonly reason: string };

/**
 * Tries to turn a pointer into the real content, written to `target` (streamed: LFS objects are
 * often gigabytes): `git lfs fetch` of that one object (for the given commit and path), then
 * `git lfs smudge` with the pointer on stdin. Never throws.
 */
export async function resolveLfsPointer(
  cwd: string,
  pointerBytes: Buffer,
  pointer: LfsPointer,
  path: string,
  commit: string | null,
  mode: LfsMode,
  target: string,
  /** The environment git-lfs runs in (the commit's own `.lfsconfig`: Materialiser.lfsEnv); default the process's. */
  env?: NodeJS.ProcessEnv,
): Promise<LfsResolution> {
  if (mode === 'skip') return { ok: false, pointer, reason: 'lfs: skip' };
  const version = await runCommand('git', ['lfs', 'version'], { cwd, timeoutMs: 20_000, ...(env ? { env } : {}) });
  if (version.code !== 0) return { ok: false, pointer, reason: 'git-lfs is not installed' };
  // Fetch only this object; failures are fine if smudge can still find it locally. --include
  // takes a comma-separated list of gitignore-style patterns: a path that would read as more than
  // itself (a comma, a glob, a negation) is not fetched by name. git-lfs knows `--` but not
  // `--end-of-options`; the commit is a checked SHA and the path sits inside `--include=`.
  if (commit && isSha(commit) && !/[,*?[\]{}!\\]/.test(path)) {
    await runCommand('git', ['lfs', 'fetch', 'origin', commit, `--include=${path}`, '--exclude='], { cwd, timeoutMs: 300_000, ...(env ? { env } : {}) });
  }
  const smudged = await runCommand('git', ['lfs', 'smudge', '--', path], { cwd, input: pointerBytes, timeoutMs: 300_000, stdoutFile: target, ...(env ? { env } : {}) });
  const size = smudged.code === 0 ? (await stat(target)).size : -1;
  // Without the object, smudge passes the pointer through unchanged.
  const passedThrough = size >= 0 && size < MAX_POINTER_BYTES && parseLfsPointer(await readFile(target)) !== null;
  if (smudged.code !== 0 || passedThrough || size !== pointer.size) {
    const why = smudged.code !== 0 ? smudged.stderr.trim().split('\n')[0] || `exit ${smudged.code}` : 'object not available';
    return { ok: false, pointer, reason: `git lfs smudge failed: ${why}` };
  }
  return { ok: true, size };
}
