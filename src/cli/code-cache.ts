/**
 * `profile` from dist/cli/profile.cjs through V8's code cache (issue 14, process start).
 *
 * Node's compile cache is written when a file is compiled, before it runs, so it holds either the
 * little V8 compiles up front (each function `profile` calls is then compiled on its first call)
 * or, with `--no-lazy`, every function of every file (620 KB of code to deserialise at each start,
 * most of it never called). A script compiled with `vm.Script` can have its cache taken after the
 * run instead (`createCachedData`), holding the functions that run compiled. Measured by
 * `npm run bench` on `profile` of a small model (median of 21 whole processes, over `node -e 0`):
 * Node 24 +43 ms with the eager compile cache, +32 ms this way; Node 20, which has no compile
 * cache, +86 ms and +32 ms.
 *
 * The cache is code that V8 runs, so it is kept in the user's private folder
 * (compile-cache.ts `privateCacheFolder`, subfolder `v8-code-cache`) and never read from
 * anywhere else. V8 checks an entry against its own version and flags and the source's length
 * only; our key adds the bundle's SHA-256 (its first line, from the build), the file's size and
 * modification time, Node's version and the CPU, so that an entry made for other bytes is never
 * used. NODE_DISABLE_COMPILE_CACHE=1 turns this cache off as it does Node's.
 *
 * An entry names the parts it holds the code of (format readers, op families: the bundle's
 * `codeParts`). A run that needed a part the entry lacks saves it again: the new entry holds the
 * code the old one gave plus what this run compiled.
 */
import { closeSync, existsSync, fstatSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync, constants as fsConstants } from 'node:fs';
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

/** First line of a cache file; the key is the second; the payload's length and parts the third. */
const CACHE_MAGIC = 'model-budget v8 code cache 3\n';
/** V8's cache of the whole bundle is under 1 MB; a file far larger is not one of ours. */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

/** How the code cache served this run. */
export type CodeCacheState = 'accepted' | 'rejected' | 'missing' | 'off';

export interface LoadedBundle {
  readonly exports: Readonly<Record<string, unknown>>;
  readonly cache: CodeCacheState;
  /**
   * Saves the cache after a run that needed `parts`, unless the entry V8 accepted holds them all:
   * the functions compiled by now are the ones the command needed. Best effort: a full disk or a
   * read-only folder leaves no cache, and the next run compiles again.
   */
  save(parts: readonly string[]): void;
}

/** A cache entry that fits this bundle: V8's data, and the parts whose code it holds. */
interface CacheEntry {
  readonly data: Buffer;
  readonly parts: ReadonlySet<string>;
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

/**
 * The header's lines, the last padded with spaces so that the payload after them starts 8-aligned
 * (V8 copies cached data that is not). The payload is V8's data twice, see readCache.
 */
function cacheHeader(key: string, data: Uint8Array, parts: Iterable<string>): Buffer {
  const text = `${CACHE_MAGIC}${key}\n${data.length} ${[...parts].sort().join(',')}`;
  return Buffer.from(`${text.padEnd(Math.ceil((text.length + 1) / 8) * 8 - 1)}\n`, 'latin1');
}

/**
 * The entry at `path` for this key, or undefined: none, another key, damaged, or not a file this
 * user wrote for no one else (a link, a FIFO, another owner, open to others).
 *
 * V8 does not check its own checksum of a code cache in release builds and runs whatever a
 * damaged one holds: one changed byte crashed Node (SIGSEGV, "Invalid bytecode") or ran wrong
 * code, on every run, since a crashed run saves nothing. Entries are written whole, flushed and
 * renamed into place, so a crash while writing damages none; against damage after that the
 * entry holds V8's data twice and the two copies must be equal (a native compare of 460 KB:
 * tenths of a millisecond, where a checksum loop in JavaScript, run before V8 has compiled it,
 * cost 5 to 10 ms, and loading node:zlib for its CRC-32 about 3 ms). It is no defence against a
 * planted entry: the private folder is.
 */
function readCache(path: string, key: string): CacheEntry | undefined {
  let fd: number;
  try {
    // O_NOFOLLOW: not through a link; O_NONBLOCK: opening a FIFO would wait for a writer.
    fd = openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (isErrno(e)) return undefined;
    throw e;
  }
  try {
    const st = fstatSync(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || st.size > MAX_CACHE_BYTES || (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0))) return undefined;
    const bytes = readFileSync(fd);
    const head = `${CACHE_MAGIC}${key}\n`;
    if (bytes.length <= head.length || bytes.toString('latin1', 0, head.length) !== head) return undefined;
    const end = bytes.indexOf(10, head.length);
    const meta = end < 0 ? null : /^(\d{1,9}) ([^ ]*) *$/.exec(bytes.toString('latin1', head.length, end));
    if (!meta) return undefined;
    const length = Number(meta[1]);
    if (bytes.length - (end + 1) !== 2 * length) return undefined;
    const data = bytes.subarray(end + 1, end + 1 + length);
    if (!data.equals(bytes.subarray(end + 1 + length))) return undefined;
    return { data, parts: new Set(meta[2] ? meta[2].split(',') : []) };
  } catch (e) {
    if (isErrno(e)) return undefined;
    throw e;
  } finally {
    closeSync(fd);
  }
}

/** A temporary file older than this was left by a run killed while saving: removed by the next save. */
const STALE_TMP_MS = 10 * 60 * 1000;

function removeStaleTmp(folder: string): void {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    if (!/^profile-.*\.tmp$/.test(name)) continue;
    const file = join(folder, name);
    try {
      if (now - lstatSync(file).mtimeMs > STALE_TMP_MS) rmSync(file, { force: true });
    } catch (e) {
      if (!isErrno(e)) throw e;
    }
  }
}

function writeCache(path: string, key: string, data: Buffer, parts: Iterable<string>): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    removeStaleTmp(dirname(path));
  } catch (e) {
    if (!isErrno(e)) throw e;
  }
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    writeSync(fd, cacheHeader(key, data, parts));
    writeSync(fd, data);
    writeSync(fd, data);
    // On disk before it is renamed into place: a crash leaves the old file or the whole new one.
    // Some file systems (VirtualBox shared folders) refuse fsync: the entry is still written.
    try {
      fsyncSync(fd);
    } catch (e) {
      if (!['EINVAL', 'ENOTSUP', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    }
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (!isErrno(e)) throw e;
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
  }
}

/**
 * A tag of the Node options this process runs with, which may set V8 flags (V8 refuses an entry
 * made under other flags): '' without any, else a hash of them for the file name, so that runs
 * with and without `--stack-trace-limit=50` keep an entry each instead of replacing it in turn.
 */
export function optionsTag(execArgv: readonly string[], nodeOptions: string | undefined): string {
  // Not the script of `node -e`/`-p` (a program's text, not an option).
  const options: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') i++;
    else if (!a.startsWith('--eval=') && !a.startsWith('--print=')) options.push(a);
  }
  const text = `${options.join('\0')}\0${nodeOptions ?? ''}`;
  if (text === '\0') return '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * Runs the CommonJS bundle `file` (its top level: the modules it loads eagerly) and returns its
 * exports. `folder` is the private cache folder (undefined or null: no cache); `tag` names the
 * Node options the entry is for (optionsTag).
 */
export function loadBundle(file: string, folder: string | null | undefined, tag = optionsTag(process.execArgv, process.env['NODE_OPTIONS'])): LoadedBundle {
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
  const path = key ? join(folder!, `profile-${process.version}-${process.arch}${tag}.bin`) : undefined;
  const entry = path ? readCache(path, key!) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(entry ? { cachedData: entry.data } : {}),
  });
  const cache: CodeCacheState = !path ? 'off' : !entry ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'accepted';
  const init = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const mod = { exports: {} as Record<string, unknown> };
  init.call(mod.exports, mod.exports, module.createRequire(file), mod, file, dirname(file));
  return {
    exports: mod.exports,
    cache,
    save(parts: readonly string[]): void {
      if (!path) return;
      const had = cache === 'accepted' ? entry!.parts : new Set<string>();
      if (cache === 'accepted' && parts.every((p) => had.has(p))) return;
      writeCache(path, key!, script.createCachedData(), new Set([...had, ...parts]));
    },
  };
}

/**
 * `model-budget profile` from its bundle: through the code cache, saved after a run that succeeds
 * (a failed run may have stopped before most of the code ran).
 */
export async function runBundledProfile(file: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const folder = env['NODE_DISABLE_COMPILE_CACHE'] ? undefined : privateCacheFolder(env, homedir, 'v8-code-cache');
  const bundle = loadBundle(file, folder, optionsTag(process.execArgv, env['NODE_OPTIONS']));
  const code = await (bundle.exports['profileMain'] as (argv: string[]) => Promise<number>)(argv);
  if (code === 0) bundle.save((bundle.exports['codeParts'] as () => string[])());
  return code;
}
