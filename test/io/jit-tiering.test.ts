/**
 * src/io/jit-tiering.ts: the V8 flags every entry sets for short runs, only on the V8 versions
 * they were measured on, and never when MODEL_BUDGET_V8_DEFAULTS=1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tieringOptions, tiersForShortRuns, V8_DEFAULTS_ENV } from '../../src/io/jit-tiering.js';

test('the flags apply to V8 11 (Node 20) only, and not when the user keeps the defaults', () => {
  assert.equal(tiersForShortRuns('11.3.244.8-node.33', {}), true);
  // Node 22 and 24: measured, no gain set at run time (Node 24's warm profiles were slower). Versions never measured keep V8's defaults.
  assert.equal(tiersForShortRuns('12.4.254.21-node.57', {}), false);
  assert.equal(tiersForShortRuns('13.6.233.10-node.18', {}), false);
  assert.equal(tiersForShortRuns('14.1.0', {}), false);
  assert.equal(tiersForShortRuns('1.3.0', {}), false);
  assert.equal(tiersForShortRuns('', {}), false);
  assert.equal(tiersForShortRuns('11.3.244.8-node.33', { [V8_DEFAULTS_ENV]: '1' }), false);
  assert.equal(tiersForShortRuns('11.3.244.8-node.33', { [V8_DEFAULTS_ENV]: '0' }), true);
});

/** In a child: tuneTieringForShortRuns, then whether a function run twice already has V8's baseline (Sparkplug) code. */
function tierAfterTuning(env: NodeJS.ProcessEnv): { tuned: boolean; sparkplug: boolean; stderr: string } {
  const entry = new URL('../../src/io/jit-tiering.js', import.meta.url).href;
  const script = `const { tuneTieringForShortRuns } = await import(${JSON.stringify(entry)});
const tuned = tuneTieringForShortRuns();
const f = new Function('x', 'return x + 1');
f(1); f(2);
console.log(JSON.stringify({ tuned, sparkplug: %ActiveTierIsSparkplug(f) }));`;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return { ...(JSON.parse(r.stdout) as { tuned: boolean; sparkplug: boolean }), stderr: r.stderr };
}

test('on this Node the flags are known to V8 and take effect; MODEL_BUDGET_V8_DEFAULTS=1 keeps the defaults', { skip: !tiersForShortRuns(process.versions.v8, {}) && `V8 ${process.versions.v8}: the flags are not set here` }, () => {
  const env = { ...process.env };
  delete env[V8_DEFAULTS_ENV];
  // V8 prints "unrecognized flag" on stderr for a flag it does not know.
  assert.deepEqual(tierAfterTuning(env), { tuned: true, sparkplug: true, stderr: '' });
  // V8's default: a function runs in the interpreter until it has run for a while.
  assert.deepEqual(tierAfterTuning({ ...env, [V8_DEFAULTS_ENV]: '1' }), { tuned: false, sparkplug: false, stderr: '' });
});

test('the code cache names an entry apart only where the user kept defaults the flags would change', () => {
  assert.deepEqual(tieringOptions('11.3.244.8-node.33', {}), []);
  assert.deepEqual(tieringOptions('11.3.244.8-node.33', { [V8_DEFAULTS_ENV]: '1' }), [`${V8_DEFAULTS_ENV}=1`]);
  // Node 24 gets no flags either way: one entry, named as with no options (it was named apart, so
  // every Node 24 run looked for a file the cache tests did not expect).
  assert.deepEqual(tieringOptions('13.6.233.10-node.18', {}), []);
  assert.deepEqual(tieringOptions('13.6.233.10-node.18', { [V8_DEFAULTS_ENV]: '1' }), []);
});
