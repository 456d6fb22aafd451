/**
 * YAML anchors and aliases in the budget config, which a pull request can bring (its config is
 * parsed for "Budgets changed in this pull request", and applies when the base has none): an
 * alias costs the same as the value it names written out, the expanded config is bounded (a
 * billion laughs is one config error, not a hang), and an alias that names no anchor is an error,
 * not a budget silently switched off.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Alias } from 'yaml';
import { MAX_CONFIG_GLOB_CHARS, MAX_CONFIG_VALUES, parseConfig } from '../../src/budget/config.js';
import { configErrorOf as errorOf } from '../support/config-error.js';

/**
 * Calls of yaml's own `Alias.resolve` while `f` runs: each walks the whole document, which made n
 * aliases cost n walks (4,000 aliases in 170 kB took 33 s). Counted, not timed: tests assert
 * behaviour, and the speed is in the note that fixed it.
 */
function aliasWalks(f: () => void): number {
  const original = Object.getOwnPropertyDescriptor(Alias.prototype, 'resolve')!;
  let calls = 0;
  Object.defineProperty(Alias.prototype, 'resolve', {
    ...original,
    value(this: Alias, ...args: unknown[]) {
      calls++;
      return (original.value as (...a: unknown[]) => unknown).apply(this, args);
    },
  });
  try {
    f();
  } finally {
    Object.defineProperty(Alias.prototype, 'resolve', original);
  }
  return calls;
}

describe('config aliases', () => {
  test('one budget block shared by 4,000 entries through an alias: no walk of the document per alias, each entry holding it', () => {
    // Each alias was resolved by a walk of the whole document (yaml's Alias.resolve without a
    // context): 4,000 aliases in 170 kB took 33 s, 16,000 in 630 kB 458 s.
    const n = 4000;
    const text = 'version: 1\nmodels:\n  - path: "m0/*.onnx"\n    budgets: &std { params: { max: 25M }, flops: { max-increase: 2% } }\n'
      + Array.from({ length: n - 1 }, (_, i) => `  - path: "m${i + 1}/*.onnx"\n    budgets: *std\n`).join('');
    let models: ReturnType<typeof parseConfig>['models'] = [];
    assert.equal(aliasWalks(() => ({ models } = parseConfig(text))), 0);
    assert.equal(models.length, n);
    for (const m of [models[0]!, models[1]!, models[n - 1]!]) {
      assert.equal(m.budgets.params?.max, 25_000_000);
      assert.equal(m.budgets.flops?.maxIncrease, 2);
    }
    assert.equal(models[n - 1]!.path, `m${n - 1}/*.onnx`);
  });

  test('an anchor named again: an alias takes the last one before it, as YAML says', () => {
    const c = parseConfig([
      'version: 1',
      'models:',
      '  - { path: a, dims: &d { batch: 1 } }',
      '  - { path: b, dims: *d }',
      '  - { path: c, dims: &d { batch: 8 } }',
      '  - { path: d, dims: *d }',
      '',
    ].join('\n'));
    assert.deepEqual(c.models.map((m) => m.dims['batch']), [1, 1, 8, 8]);
  });

  test('a billion laughs (1,000 entries x 1,000 inputs x 1,000 dims through aliases): one config error naming the line', () => {
    // Before the bound it expanded for good (still running after 5 minutes): a hang fails this test too.
    const dims = `[${Array.from({ length: 1000 }, () => '1').join(', ')}]`;
    const inputs = `{ ${Array.from({ length: 1000 }, (_, i) => `x${i}: *dims`).join(', ')} }`;
    const text = [
      'version: 1',
      'models:',
      `  - &entry { path: "a/*.onnx", inputs: &inputs ${inputs.replace('x0: *dims', `x0: &dims ${dims}`)} }`,
      `  - ${Array.from({ length: 999 }, () => '*entry').join('\n  - ')}`,
      '',
    ].join('\n');
    let message = '';
    message = errorOf(text);
    assert.equal(MAX_CONFIG_VALUES, 1_000_000);
    assert.equal(message, '.github/model-budget.yml:4: models[1]: aliases expand the config to more than 1000000 values (a YAML alias bomb?)');
  });

  test('an alias inside the value it names is an error, not a loop', () => {
    assert.equal(errorOf('version: 1\nmodels: &m [ *m ]\n'), '.github/model-budget.yml:2: models[0]: the alias *m lies inside the value it names');
  });

  test('an alias that names no anchor is an error: a misspelt *std no longer drops the budgets', () => {
    const text = [
      'version: 1',
      'models:',
      '  - path: "a/*.onnx"',
      '    budgets: &std { params: { max: 1M } }',
      '  - path: "b/*.onnx"',
      '    budgets: *sdt',
      '',
    ].join('\n');
    // Before, b's budgets read as absent: a model under b/ was reported with no budgets and passed.
    assert.equal(errorOf(text), '.github/model-budget.yml:6: models[1].budgets: the alias *sdt names no anchor before it');
  });
});

describe('config globs, all together', () => {
  test('globs of more than 128 KiB in all are one config error naming the entry that passes the bound', () => {
    // 3,500-character globs: 37 of them are 129,500 characters, 38 are 133,000 > 131,072.
    const glob = (i: number): string => `${String(i).padStart(3, '0')}/${'x'.repeat(3500 - 4 - 5)}.onnx`;
    assert.equal(glob(0).length, 3500);
    assert.equal(MAX_CONFIG_GLOB_CHARS, 131_072);
    const config = (n: number): string => `version: 1\nmodels:\n${Array.from({ length: n }, (_, i) => `  - path: "${glob(i)}"\n`).join('')}`;
    assert.equal(parseConfig(config(37)).models.length, 37);
    assert.equal(errorOf(config(38)), `.github/model-budget.yml:40: models[37].path: the config's globs hold more than 131072 characters together (each changed model is matched against every one)`);
  });
});
