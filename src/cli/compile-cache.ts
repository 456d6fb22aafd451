/**
 * Node 22.1+'s compile cache for the CLI (issue 14, process start). `module.enableCompileCache(dir)`
 * keeps V8's compiled code of every file loaded after it (the bundle's chunks, dynamic imports
 * included, and worker threads, which run this same entry). NODE_COMPILE_CACHE=dir (Node turns
 * that one on itself, before this code) and NODE_DISABLE_COMPILE_CACHE=1 are Node's own switches
 * and are obeyed. Older Nodes have no such call: nothing changes there.
 *
 * The folder is the user's own (`privateCacheFolder`), never Node's default,
 * os.tmpdir()/node-compile-cache: on a POSIX machine that one is shared by every user, the first
 * to create it owns it, and Node runs whatever entries it finds there (an entry is checked
 * against the source's length and CRC32, both easy to match). Whoever made it could plant code
 * that another user's model-budget then runs.
 *
 * Node writes a file's cache entry when it compiles the file, so by default it holds only the
 * code V8 compiled up front, and every function a run calls is compiled again on its first call.
 * `eager` tells V8 to compile whole files (`--no-lazy`): the first run of a build pays for that
 * once and writes it, and later runs get every function from the cache. Measured on `profile`,
 * Node 24 (median of 41 runs): +41 ms over `node -e 0` eager, +50 ms lazy. The flag has a price,
 * which decides where it is set:
 * - V8 stamps a code cache with a hash of its flags, and Node's built-in cache of its own modules
 *   was made without this one: every Node module loaded after the flag is compiled from source,
 *   whole (os, util, readline, zlib and http: 7 ms before the flag, 40 ms after). So only
 *   `profile` is eager, and the few Node modules it needs later are loaded first (below); `check`
 *   loads about 90 (http, tls, crypto, worker_threads) and stays lazy (a usage error after
 *   loading them all: 225 ms lazy, 293 ms eager).
 * - The flag is set before the cache is turned on. Node names the cache's subfolder after V8's
 *   version tag, which covers the flags, so eager and lazy entries of one file live apart and a
 *   `profile` run never overwrites what a `check` run wrote, nor the reverse. A cache Node turned
 *   on before this code ran (NODE_COMPILE_CACHE) has its folder already: it stays lazy.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** What `enableCompileCache` returns (Node 22.1+; @types/node 20 does not declare it). */
interface CacheResult { readonly status: number; readonly directory?: string }
interface ModuleWithCache {
  enableCompileCache?: (directory?: string) => CacheResult | undefined;
  getCompileCacheDir?: () => string | undefined;
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}
/** `process.getBuiltinModule` (Node 20.16+, 22.3+): a Node module loaded only when called for. */
interface ProcessWithBuiltins { getBuiltinModule?: (id: string) => unknown }

/**
 * Node majors on which `--no-lazy` is known to exist: V8 prints an error line for a flag it does
 * not know, which a newer V8 could do. A Node outside the list keeps the (plain) cache.
 */
const EAGER_MAJORS = new Set([22, 23, 24]);

export interface CompileCacheOptions {
  /** Compile whole files into the cache (see above): for `profile`. */
  readonly eager?: boolean;
}

/** Where the cache lives, or undefined when there is none (Node < 22.1, disabled, or no private folder). */
export function enableCompileCache(options: CompileCacheOptions = {}): string | undefined {
  const m = module as unknown as ModuleWithCache;
  if (!m.enableCompileCache || process.env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  // A cache Node turned on itself (NODE_COMPILE_CACHE) is the user's choice: kept, and lazy.
  const already = m.getCompileCacheDir?.();
  if (already) return already;
  const folder = privateCacheFolder(process.env, homedir);
  if (folder === null) return undefined;
  const eager = options.eager === true && setEager(true);
  const r = m.enableCompileCache(folder);
  const s = m.constants?.compileCacheStatus;
  const enabled = r !== undefined && s !== undefined && (r.status === s.ENABLED || r.status === s.ALREADY_ENABLED);
  // Eager only in a folder of its own: not when the cache is off, nor in one Node opened before.
  if (eager && !(enabled && r.status === s.ENABLED)) setEager(false);
  return enabled ? r.directory : undefined;
}

/**
 * The cache's folder: on POSIX `$XDG_CACHE_HOME/model-budget/node-compile-cache` (an absolute
 * XDG_CACHE_HOME; else `~/.cache`, an absolute HOME), made 0700 if new, and null (no cache)
 * unless it and its parent are real folders (not links) of this user that no one else may write. Undefined on
 * Windows, whose temp folder, Node's default, is the user's own.
 */
export function privateCacheFolder(env: NodeJS.ProcessEnv, home: () => string): string | null | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const xdg = env['XDG_CACHE_HOME'];
  let base: string;
  try {
    base = xdg && isAbsolute(xdg) ? xdg : join(home(), '.cache');
  } catch {
    return null; // no home folder (os.homedir throws for a user without one)
  }
  // A relative HOME would put the cache under the working folder: a checkout, whose files are the
  // user's own once checked out, so a pull request could commit compiled code there.
  if (!isAbsolute(base)) return null;
  const parent = join(base, 'model-budget');
  const folder = join(parent, 'node-compile-cache');
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    return ownedPrivately(parent, uid) && ownedPrivately(folder, uid) ? folder : null;
  } catch {
    return null; // a read-only home, a file in the way: run without the cache
  }
}

function ownedPrivately(path: string, uid: number): boolean {
  const st = lstatSync(path);
  return st.isDirectory() && st.uid === uid && (st.mode & 0o022) === 0;
}

/** Sets `--no-lazy` (or back to `--lazy`); false where that cannot be done. */
function setEager(on: boolean): boolean {
  const load = (process as ProcessWithBuiltins).getBuiltinModule;
  if (!load || !EAGER_MAJORS.has(Number(process.versions.node.split('.')[0]))) return false;
  if (on) {
    // The Node modules `profile` loads after this point, loaded now while Node's own cache of
    // them still applies: util's parseArgs (the arguments). (fs, os and path are loaded above.)
    void (load('node:util') as typeof import('node:util')).parseArgs;
  }
  (load('node:v8') as typeof import('node:v8')).setFlagsFromString(on ? '--no-lazy' : '--lazy');
  return true;
}
