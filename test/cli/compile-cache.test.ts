/**
 * src/cli/compile-cache.ts: the CLI turns on Node's compile cache where Node has one (22.1+) and
 * reports where it lives; where there is none (Node 20, or NODE_DISABLE_COMPILE_CACHE=1) it
 * changes nothing and says so. Each case runs in a fresh process: the cache is per process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/cli/compile-cache.js', import.meta.url));
/** Whether this Node has the cache at all (a cast: @types/node 20 does not declare it). */
const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function enabledIn(env: NodeJS.ProcessEnv): string {
  const script = `const { enableCompileCache } = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(enableCompileCache() ?? null));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env });
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
