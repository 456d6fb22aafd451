/**
 * The config read is capped at MAX_CONFIG_BYTES (1 MiB): the file may come from the pull request,
 * and a budget config is a few lines of YAML. Past the cap it is a one-line config error naming
 * the file, read no further; a file the user names on the command line is held to the same cap.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, UsageError } from '../../src/graph/errors.js';
import { configSpec, loadConfig, MAX_CONFIG_BYTES } from '../../src/io/config-source.js';
import { dirSource } from '../../src/io/sources.js';

const root = mkdtempSync(join(tmpdir(), 'mb-config-cap-'));
after(() => rmSync(root, { recursive: true, force: true }));

const CONFIG = 'version: 1\nmodels:\n  - path: "**/*.onnx"\n    budgets:\n      params: { max: 10M }\n';

function load(file?: string) {
  const spec = configSpec(root, { ...(file === undefined ? {} : { file }), from: 'base', label: '--config' });
  const side = dirSource(root, 'head', 'working tree');
  return loadConfig(spec, { base: side, head: side });
}

describe('config read cap', () => {
  test('1 MiB exactly is read; one byte more is a config error naming the file', async () => {
    mkdirSync(join(root, '.github'), { recursive: true });
    const path = join(root, '.github', 'model-budget.yml');
    // Padding with YAML comment lines up to exactly 1,048,576 bytes.
    const pad = (n: number) => CONFIG + '#'.repeat(n - CONFIG.length - 1) + '\n';
    writeFileSync(path, pad(MAX_CONFIG_BYTES));
    assert.equal(MAX_CONFIG_BYTES, 1_048_576);
    const ok = await load();
    assert.equal(ok.config?.models.length, 1);
    writeFileSync(path, pad(MAX_CONFIG_BYTES + 1));
    await assert.rejects(load(), (e: unknown) => e instanceof ConfigError
      && e.message === ".github/model-budget.yml: larger than 1024 KiB; a budget config is a few lines of YAML (the head's copy: working tree)");
  });

  test('a file named outside the repository is capped too: /dev/zero is refused, not read forever', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mb-config-out-'));
    try {
      symlinkSync('/dev/zero', join(outside, 'zero.yml'));
      await assert.rejects(load(join(outside, 'zero.yml')), (e: unknown) => e instanceof UsageError && /zero\.yml: is not a regular file \(a character device\)$/.test(e.message));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
