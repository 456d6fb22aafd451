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
 * Node writes a file's cache entry when it compiles the file, so it holds only the code V8
 * compiled up front, and every function a run calls is compiled again on its first call. That is
 * why `profile`, whose start-up is timed, does not use it: it runs from one bundle through V8's
 * code cache taken after the run (code-cache.ts), in a subfolder of the same private folder.
 */
import { existsSync, lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { realPathAheadSync } from '../io/real-path.js';

/** What `enableCompileCache` returns (Node 22.1+; @types/node 20 does not declare it). */
interface CacheResult { readonly status: number; readonly directory?: string }
interface ModuleWithCache {
  enableCompileCache?: (directory?: string) => CacheResult | undefined;
  getCompileCacheDir?: () => string | undefined;
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}

/** Where the cache lives, or undefined when there is none (Node < 22.1, disabled, or no private folder). */
export function enableCompileCache(): string | undefined {
  const m = module as unknown as ModuleWithCache;
  if (!m.enableCompileCache || process.env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  // A cache Node turned on itself (NODE_COMPILE_CACHE) is the user's choice: kept.
  const already = m.getCompileCacheDir?.();
  if (already) return already;
  const folder = privateCacheFolder(process.env, homedir);
  if (folder === null) return undefined;
  const r = m.enableCompileCache(folder);
  const s = m.constants?.compileCacheStatus;
  const enabled = r !== undefined && s !== undefined && (r.status === s.ENABLED || r.status === s.ALREADY_ENABLED);
  return enabled ? r.directory : undefined;
}

/**
 * A cache's folder: on POSIX `$XDG_CACHE_HOME/model-budget/<name>` (an absolute
 * XDG_CACHE_HOME; else `~/.cache`, an absolute HOME), made 0700 if new, and null (no cache)
 * unless it and its parent are real folders (not links) of this user that no one else may read
 * or write (0700, as made here), and none of the folders above it holds `.git`. Undefined on
 * Windows, whose temp folder, Node's default, is the user's own.
 *
 * A checkout's files are the user's own too: with XDG_CACHE_HOME inside a CI workspace, a pull
 * request could commit a cache entry, and git makes 0755 folders (0700 under a umask of 077,
 * hence the `.git` check as well).
 */
export function privateCacheFolder(env: NodeJS.ProcessEnv, home: () => string, name = 'node-compile-cache'): string | null | undefined {
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
  const folder = join(parent, name);
  try {
    // Through links too (XDG_CACHE_HOME may be a link into a checkout), before any folder is made.
    const real = realPathAheadSync(base);
    if (insideCheckout(real) || (real !== base && insideCheckout(base))) return null;
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    return ownedPrivately(parent, uid) && ownedPrivately(folder, uid) ? folder : null;
  } catch {
    return null; // a read-only home, a file in the way: run without the cache
  }
}

function ownedPrivately(path: string, uid: number): boolean {
  const st = lstatSync(path);
  return st.isDirectory() && st.uid === uid && (st.mode & 0o077) === 0;
}

/** Whether `path` or a folder above it holds `.git`: a git checkout, or a folder inside one. */
function insideCheckout(path: string): boolean {
  for (let dir = path; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}
