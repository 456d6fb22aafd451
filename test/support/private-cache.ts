/**
 * Loaded before every test file (`npm test` passes it to node's test runner with --import): the
 * CLI that tests start keeps V8's code cache of `profile` and Node's compile cache under
 * XDG_CACHE_HOME (src/cli/code-cache.ts, compile-cache.ts). Tests send them to one private
 * temporary folder per run, never the developer's ~/.cache: a test run there filled the cache
 * with every reader and op family, and every later `profile` paid for loading them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OWNER = 'MODEL_BUDGET_TEST_CACHE';

// The test runner's process makes the folder; the test files it starts inherit it.
if (!process.env[OWNER]) {
  const dir = mkdtempSync(join(tmpdir(), 'model-budget-test-cache-')); // 0700, as the cache requires
  process.env[OWNER] = dir;
  process.env['XDG_CACHE_HOME'] = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
