/**
 * src/cli/compile-cache.ts: the CLI turns on Node's compile cache where Node has one (22.1+) and
 * reports where it lives; where there is none (Node 20, or NODE_DISABLE_COMPILE_CACHE=1) it
 * changes nothing and says so. The cache is the user's own folder, never a shared one another
 * user could have made. Each case runs in a fresh process: the cache is per process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/cli/compile-cache.js', import.meta.url));
/** Whether this Node has the cache at all (a cast: @types/node 20 does not declare it). */
const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function enabledIn(env: NodeJS.ProcessEnv, cwd?: string): string {
  const script = `const { enableCompileCache } = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(enableCompileCache() ?? null));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env, ...(cwd === undefined ? {} : { cwd }) });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'nothing on stderr (an unknown V8 flag would print there)');
  return r.stdout.trim();
}

test('the cache folder where Node has a compile cache, none where it does not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-compile-cache-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_COMPILE_CACHE: dir };
    delete env['NODE_DISABLE_COMPILE_CACHE'];
    const got = JSON.parse(enabledIn(env)) as string | null;
    // Node keeps one subfolder per version and build in the folder given (v24.22.3-x64-...).
    if (hasCache) assert.ok(got?.startsWith(dir), `${got} is not under ${dir}`);
    else assert.equal(got, null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('NODE_DISABLE_COMPILE_CACHE=1: no cache, nothing changed', () => {
  assert.equal(enabledIn({ ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' }), 'null');
});

/** An environment whose cache folders are all under `dir`: the private one and Node's default. */
function envIn(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(dir, 'xdg'), TMPDIR: join(dir, 'tmp'), ...extra };
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  delete env['NODE_COMPILE_CACHE'];
  delete env['NODE_DISABLE_COMPILE_CACHE'];
  return env;
}

const posix = typeof process.getuid === 'function';

test('the cache is the user\'s own folder (0700), not the temp folder every user shares', { skip: !posix && 'POSIX only: Windows\' temp folder is per user' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-compile-cache-'));
  try {
    const got = JSON.parse(enabledIn(envIn(dir))) as string | null;
    if (!hasCache) return assert.equal(got, null);
    assert.equal(got, join(dir, 'xdg', 'model-budget', 'node-compile-cache'));
    assert.equal(statSync(got).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, 'xdg', 'model-budget')).mode & 0o777, 0o700);
    assert.equal(existsSync(join(dir, 'tmp', 'node-compile-cache')), false, 'nothing in the shared temp folder');
    // A relative XDG_CACHE_HOME is not a cache folder (XDG): ~/.cache instead.
    const home = join(dir, 'home');
    const rel = JSON.parse(enabledIn(envIn(join(dir, 'h'), { XDG_CACHE_HOME: 'relative', HOME: home }))) as string | null;
    assert.equal(rel, join(home, '.cache', 'model-budget', 'node-compile-cache'));
    // Nor is a relative HOME: it would put the cache in the working folder, a checkout a pull
    // request writes. No cache, and nothing made there.
    const work = join(dir, 'work');
    mkdirSync(work);
    assert.equal(enabledIn(envIn(join(dir, 'w'), { XDG_CACHE_HOME: '', HOME: 'relative-home' }), work), 'null');
    assert.deepEqual(readdirSync(work), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no cache in a folder someone else could have written: others may write it, it is a link, or another user owns it', { skip: !posix && 'POSIX only' }, () => {
  const cases: Array<[string, (folder: string, dir: string) => void]> = [
    ['writable by others', (folder) => chmodSync(folder, 0o777)],
    ['its parent writable by group', (folder) => chmodSync(join(folder, '..'), 0o770)],
    ['a link to a folder', (folder, dir) => {
      mkdirSync(join(dir, 'elsewhere'), { mode: 0o700 });
      rmSync(folder, { recursive: true });
      symlinkSync(join(dir, 'elsewhere'), folder);
    }],
  ];
  // Handing a folder to another user takes root (as CI's containers often run).
  if (process.getuid!() === 0) cases.push(['owned by another user', (folder) => chownSync(folder, 65534, 65534)]);
  for (const [what, spoil] of cases) {
    const dir = mkdtempSync(join(tmpdir(), 'mb-compile-cache-'));
    try {
      const env = envIn(dir);
      const folder = join(dir, 'xdg', 'model-budget', 'node-compile-cache');
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      spoil(folder, dir);
      assert.equal(enabledIn(env), 'null', what);
      // Neither that folder nor Node's shared default was used instead.
      assert.deepEqual(readdirSync(folder), [], what);
      assert.equal(existsSync(join(dir, 'tmp', 'node-compile-cache')), false, what);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
