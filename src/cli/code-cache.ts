/**
 * `profile` from dist/cli/profile.cjs through V8's code cache (issue 14, process start).
 *
 * Node's compile cache is written when a file is compiled, before it runs, so it holds either the
 * little V8 compiles up front (each function `profile` calls is then compiled on its first call)
 * or, with `--no-lazy`, every function of every file (620 KB of code to deserialise at each start,
 * most of it never called). A script compiled with `vm.Script` can have its cache taken after the
 * run instead (`createCachedData`), holding the functions that run compiled. Measured on
 * `profile` of a small model (median of 21 runs, whole processes): Node 24 +46 ms over
 * `node -e 0` with the eager compile cache, +24 ms this way; Node 20, which has no compile cache,
 * +92 ms and +23 ms.
 *
 * The cache is code that V8 runs, so it is kept in the user's private folder
 * (compile-cache.ts `privateCacheFolder`, subfolder `v8-code-cache`) and never read from
 * anywhere else. V8 checks an entry against its own version and flags and the source's length
 * only; our key adds the bundle's SHA-256 (its first line, from the build), the file's size and
 * modification time, Node's version and the CPU, so that an entry made for other bytes is never
 * used. NODE_DISABLE_COMPILE_CACHE=1 turns this cache off as it does Node's.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, constants as fsConstants } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { privateCacheFolder } from './compile-cache.js';

/** The bundle's first line, before the hex SHA-256 of the rest (scripts/bundle-profile.ts writes it). */
export const BUNDLE_HEADER = '// model-budget profile bundle sha256:';
/** What `import.meta.url` becomes in a CommonJS bundle: a variable its first lines set (scripts/bundle-profile.ts). */
export const IMPORT_META_URL = '__modelBudgetImportMetaUrl';
/** The bundle's file name, beside the CLI's entry. */
export const PROFILE_BUNDLE = 'profile.cjs';

/** First line of a cache file; the key is the second. */
const CACHE_MAGIC = 'model-budget v8 code cache 1\n';
/** V8's cache of the whole bundle is under 1 MB; a file far larger is not one of ours. */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

/** How the code cache served this run. */
export type CodeCacheState = 'accepted' | 'rejected' | 'missing' | 'off';

export interface LoadedBundle {
  readonly exports: Readonly<Record<string, unknown>>;
  readonly cache: CodeCacheState;
  /**
   * Writes the cache after a run, when there was none that fitted: the functions compiled by now
   * are the ones the command needed. Best effort: a full disk or a read-only folder leaves no
   * cache, and the next run compiles again.
   */
  save(): void;
}

/** The bundle beside the CLI's entry, or undefined (build/src run unbundled: the modules themselves). */
export function bundleBeside(entryUrl: string): string | undefined {
  const file = join(dirname(fileURLToPath(entryUrl)), PROFILE_BUNDLE);
  return existsSync(file) ? file : undefined;
}

/** An errno failure (fs): the cache is skipped. Anything else is a bug, and is thrown. */
function isErrno(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** The cache file's contents for this key, or undefined (none, another key, not a plain file, too large). */
function readCache(path: string, key: string): Buffer | undefined {
  let fd: number;
  try {
    // O_NOFOLLOW: the folder is private, but a link in it is still not a file this code wrote.
    fd = openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
  } catch (e) {
    if (isErrno(e)) return undefined;
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_CACHE_BYTES) return undefined;
    const bytes = readFileSync(fd);
    const head = `${CACHE_MAGIC}${key}\n`;
    if (bytes.length <= head.length || bytes.toString('latin1', 0, head.length) !== head) return undefined;
    return bytes.subarray(head.length);
  } catch (e) {
    if (isErrno(e)) return undefined;
    throw e;
  } finally {
    closeSync(fd);
  }
}

function writeCache(path: string, key: string, data: Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    // Written whole, then renamed: a run reading it at the same time sees the old file or the new one.
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${CACHE_MAGIC}${key}\n`, 'latin1'), data]), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    if (!isErrno(e)) throw e;
    rmSync(tmp, { force: true });
  }
}

/**
 * Runs the CommonJS bundle `file` (its top level: the modules it loads eagerly) and returns its
 * exports. `folder` is the private cache folder (undefined or null: no cache).
 */
export function loadBundle(file: string, folder: string | null | undefined): LoadedBundle {
  const fd = openSync(file, 'r');
  let source: string;
  let size: number;
  let mtimeMs: number;
  try {
    const st = fstatSync(fd);
    size = st.size;
    mtimeMs = st.mtimeMs;
    source = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  const newline = source.indexOf('\n');
  const hash = source.startsWith(BUNDLE_HEADER) ? source.slice(BUNDLE_HEADER.length, newline) : '';
  // Without the build's hash there is nothing that names these bytes: no cache.
  const key = folder && /^[0-9a-f]{64}$/.test(hash) ? `${hash} ${size} ${mtimeMs} ${process.version} ${process.arch}` : undefined;
  const path = key ? join(folder!, `profile-${process.version}-${process.arch}.bin`) : undefined;
  const cachedData = path ? readCache(path, key!) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CodeCacheState = !path ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'accepted';
  const init = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const mod = { exports: {} as Record<string, unknown> };
  init.call(mod.exports, mod.exports, module.createRequire(file), mod, file, dirname(file));
  return {
    exports: mod.exports,
    cache,
    save(): void {
      if (path && cache !== 'accepted') writeCache(path, key!, script.createCachedData());
    },
  };
}

/**
 * `model-budget profile` from its bundle: through the code cache, written after the first run
 * that succeeds (a failed run may have stopped before most of the code ran).
 */
export async function runBundledProfile(file: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const folder = env['NODE_DISABLE_COMPILE_CACHE'] ? undefined : privateCacheFolder(env, homedir, 'v8-code-cache');
  const bundle = loadBundle(file, folder);
  const code = await (bundle.exports['profileMain'] as (argv: string[]) => Promise<number>)(argv);
  if (code === 0) bundle.save();
  return code;
}
