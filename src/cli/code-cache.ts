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
 *
 * An entry names the parts it holds the code of (format readers, op families: the bundle's
 * `codeParts`). A run that needed a part the entry lacks saves it again: the new entry holds the
 * code the old one gave plus what this run compiled.
 */
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync, constants as fsConstants } from 'node:fs';
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

/** First line of a cache file; the key is the second; the payload's checksum, length and parts the third. */
const CACHE_MAGIC = 'model-budget v8 code cache 2\n';
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

/** Words between two that the checksum reads (see checksum). */
const CHECKSUM_STRIDE = 64;

/**
 * FNV-1a over every 64th 32-bit word of the payload (it starts 8-aligned: see cacheHeader), and
 * the length beside it. V8 does not check its own checksum of a code cache in release builds
 * and runs whatever a damaged one holds: a crash on every run. Entries are written whole,
 * flushed and renamed into place, so a crash while writing leaves none damaged; this check
 * catches a file cut short, or zeroed or overwritten over more than 256 bytes. Reading every word
 * cost 5 to 10 ms of a run whose target is 40 ms (the loop runs before V8 has compiled it, at
 * about 150 ns a word); every 64th costs about 0.6 ms. It is no defence against a planted entry:
 * the private folder is. A cache damaged past it: NODE_DISABLE_COMPILE_CACHE=1, or delete it.
 */
function checksum(bytes: Uint8Array): string {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i += CHECKSUM_STRIDE) h = Math.imul(h ^ words[i]!, 16777619);
  for (let i = words.length * 4; i < aligned.length; i++) h = Math.imul(h ^ aligned[i]!, 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The three header lines, the last padded with spaces so that the payload after them starts 8-aligned. */
function cacheHeader(key: string, data: Uint8Array, parts: Iterable<string>): Buffer {
  const text = `${CACHE_MAGIC}${key}\n${checksum(data)} ${data.length} ${[...parts].sort().join(',')}`;
  return Buffer.from(`${text.padEnd(Math.ceil((text.length + 1) / 8) * 8 - 1)}\n`, 'latin1');
}

/**
 * The entry at `path` for this key, or undefined: none, another key, damaged (length or checksum),
 * or not a file this user wrote for no one else (a link, a FIFO, another owner, open to others).
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
    const meta = end < 0 ? null : /^([0-9a-f]{8}) (\d{1,9}) ([^ ]*) *$/.exec(bytes.toString('latin1', head.length, end));
    if (!meta) return undefined;
    const data = bytes.subarray(end + 1);
    if (data.length !== Number(meta[2]) || checksum(data) !== meta[1]) return undefined;
    return { data, parts: new Set(meta[3] ? meta[3].split(',') : []) };
  } catch (e) {
    if (isErrno(e)) return undefined;
    throw e;
  } finally {
    closeSync(fd);
  }
}

function writeCache(path: string, key: string, data: Buffer, parts: Iterable<string>): void {
  const tmp = `${path}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    writeSync(fd, cacheHeader(key, data, parts));
    writeSync(fd, data);
    // On disk before it is renamed into place: a crash leaves the old file or the whole new one.
    fsyncSync(fd);
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
  const bundle = loadBundle(file, folder);
  const code = await (bundle.exports['profileMain'] as (argv: string[]) => Promise<number>)(argv);
  if (code === 0) bundle.save((bundle.exports['codeParts'] as () => string[])());
  return code;
}
