/**
 * Node 22.1+'s compile cache for the CLI (issue 14, process start). `module.enableCompileCache()`
 * keeps V8's compiled code of every file loaded after it (the bundle's chunks, dynamic imports
 * included, and worker threads, which run this same entry) in node's default folder,
 * os.tmpdir()/node-compile-cache (NODE_COMPILE_CACHE=dir moves it, NODE_DISABLE_COMPILE_CACHE=1
 * turns it off). Older Nodes have no such call: nothing changes there.
 *
 * Node writes a file's cache entry when it compiles the file, so by default it holds only the
 * code V8 compiled up front, and every function a run calls is compiled again on its first call.
 * With the cache on, V8 is told to compile whole files up front (`--no-lazy`, set before the
 * chunks load): the first run of a build pays for that once and writes it, and later runs get
 * every function from the cache. Without a cache that would only cost, so it is not set then.
 */
import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

/** What `enableCompileCache` returns (Node 22.1+; @types/node 20 does not declare it). */
interface CacheResult { readonly status: number; readonly directory?: string }
interface ModuleWithCache {
  enableCompileCache?: () => CacheResult | undefined;
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}

/**
 * Node majors on which `--no-lazy` is known to exist: V8 prints an error line for a flag it does
 * not know, which a newer V8 could do. A Node outside the list keeps the (plain) cache.
 */
const EAGER_MAJORS = new Set([22, 23, 24]);

/** Where the cache lives, or undefined when there is none (Node < 22.1, disabled, or unwritable). */
export function enableCompileCache(): string | undefined {
  const m = module as unknown as ModuleWithCache;
  const r = m.enableCompileCache?.();
  const s = m.constants?.compileCacheStatus;
  if (!r || !s || (r.status !== s.ENABLED && r.status !== s.ALREADY_ENABLED)) return undefined;
  if (EAGER_MAJORS.has(Number(process.versions.node.split('.')[0]))) setFlagsFromString('--no-lazy');
  return r.directory;
}
