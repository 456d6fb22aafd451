/**
 * The bench's `profile` bundle, loaded in a measuring process (bench/measure-one.ts) as the CLI
 * loads dist/cli/profile.cjs: bench/engine-bundle.ts says why and builds it.
 */
import { dirname, join } from 'node:path';
import { loadBundle, optionsTag } from '../src/cli/code-cache.js';
import type { CodeCacheState } from '../src/cli/code-cache.js';
import type * as Entry from './engine-entry.js';

/** The environment variable that names the bundle (bench/engine-bundle.ts sets it). */
export const ENGINE_BUNDLE_ENV = 'BENCH_ENGINE_BUNDLE';

/** The bundle's code cache: a folder beside it, this run's own. */
export function engineCacheFolder(bundle: string): string {
  return join(dirname(bundle), 'v8-code-cache');
}

export interface BenchEngine {
  readonly exports: typeof Entry;
  /** How the code cache served the bundle. */
  readonly cache: CodeCacheState;
  /** Saves the cache with the code this process compiled, under the extra part name `as`. */
  save(as: string): void;
}

export function loadEngine(env: NodeJS.ProcessEnv = process.env): BenchEngine {
  const file = env[ENGINE_BUNDLE_ENV];
  if (!file) throw new Error(`${ENGINE_BUNDLE_ENV} is not set: the engine timings run under npm run bench (bench/engine-bundle.ts)`);
  const bundle = loadBundle(file, engineCacheFolder(file), optionsTag(process.execArgv, env['NODE_OPTIONS']));
  // The bundle's exports are engine-entry.ts's, bundled: its type is theirs.
  const exports = bundle.exports as unknown as typeof Entry;
  return {
    exports,
    cache: bundle.cache,
    // A part the entry lacks makes the save write it again, with what this run compiled added
    // (code-cache.ts): one per model primed.
    save: (as) => bundle.save([...exports.codeParts(), as]),
  };
}
