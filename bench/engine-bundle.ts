/**
 * Issue 14's engine timings run the product's code the way `model-budget profile` runs it
 * (bench/measure-one.ts `engine` and `cold`, through bench/engine-load.ts): its `profile` bundle,
 * loaded by `vm.Script` with V8's code cache (src/cli/code-cache.ts). A first profile then runs
 * bytecode the cache gave, in V8's interpreter: the cache holds no baseline or optimised code, and
 * V8 compiles none for it as it loads.
 *
 * Earlier the bench imported the modules themselves, compiled whole with `--no-lazy`. With
 * `--always-sparkplug` (then set on Node 20) V8 gave every function baseline code as the modules
 * loaded, before the timing, which code from a cache never gets: the bench showed the first
 * profile 31% faster while the CLI's got about 5% slower.
 *
 * The bundle is built here from build/ (the sources `npm run bench` just compiled, as
 * scripts/bundle-profile.ts builds dist/cli/profile.cjs) with bench/engine-entry.ts's exports; its
 * code cache lives beside it and is filled, for each model, by a run that profiles that model and
 * saves (`primeEngine`): the state of a user's cache after profiling that kind of model.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileBundle } from '../scripts/profile-bundle.js';
import { ENGINE_BUNDLE_ENV, engineCacheFolder } from './engine-load.js';

/**
 * Builds the bench's bundle in a new temp folder and names it in this process's environment, which
 * the measuring children inherit. Returns the folder (the caller removes it).
 */
export async function prepareEngineBundle(repo: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mb-bench-engine-'));
  const file = join(dir, 'profile.cjs');
  writeFileSync(file, await profileBundle(join(repo, 'build', 'bench', 'engine-entry.js'), repo));
  mkdirSync(engineCacheFolder(file), { mode: 0o700 });
  process.env[ENGINE_BUNDLE_ENV] = file;
  return dir;
}

/**
 * Fills the bundle's code cache, under `node`, with the code a profile of the model (`args`: its
 * path and options) runs (measure-one `prime`): as a user's cache holds it after profiling such a
 * model once. Returns the arguments that have measure-one load the parts that profile loaded
 * (its reader and op families) before it times one: `--parts format:onnx,ops:conv,...`.
 */
export function primeEngine(node: string, measureOne: string, args: readonly string[]): string[] {
  const out = execFileSync(node, [measureOne, 'prime', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return ['--parts', out.trim().split('\n').pop()!];
}
