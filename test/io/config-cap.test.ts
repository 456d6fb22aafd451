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
import { Git } from '../../src/io/git.js';
import { dirSource, gitSource } from '../../src/io/sources.js';
import { TestRepo } from '../e2e/harness.js';

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

describe('a config that is a link out of the repository is refused, on either side', () => {
  const refused = (e: unknown, side: RegExp): boolean => e instanceof ConfigError && side.test(e.message) && !e.message.includes('root:');

  test("the head's .github/model-budget.yml a link to /etc/passwd, or its .github folder a link to a folder outside", async () => {
    const repo = TestRepo.create('mb-config-link-');
    try {
      repo.write('README', 'x');
      const sha = repo.commit('base, no config');
      const base = gitSource(new Git(repo.dir), sha, 'base');
      const head = dirSource(repo.dir, 'head', 'working tree');
      const spec = configSpec(repo.dir, { from: 'base', label: '--config' });
      mkdirSync(join(repo.dir, '.github'));
      symlinkSync('/etc/passwd', join(repo.dir, '.github', 'model-budget.yml'));
      await assert.rejects(loadConfig(spec, { base, head }), (e: unknown) => refused(e, /^\.github\/model-budget\.yml: is a symbolic link \(or lies below one\) that leads outside the working tree \(the head's copy: working tree\)$/));
      rmSync(join(repo.dir, '.github'), { recursive: true });
      // A folder outside that holds a model-budget.yml of its own (a link to /etc would lead to nothing: no config).
      const outside = mkdtempSync(join(root, 'outside-github-'));
      writeFileSync(join(outside, 'model-budget.yml'), CONFIG);
      symlinkSync(outside, join(repo.dir, '.github'));
      await assert.rejects(loadConfig(spec, { base, head }), (e: unknown) => refused(e, /^\.github\/model-budget\.yml: is a symbolic link \(or lies below one\) that leads outside the working tree/));
    } finally {
      repo.cleanup();
    }
  });

  test("the base commit's config a link out of its tree: an error naming the base's copy, not the file it leads to", async () => {
    const repo = TestRepo.create('mb-config-link-base-');
    try {
      mkdirSync(join(repo.dir, '.github'));
      symlinkSync('../../../../../../../etc/passwd', join(repo.dir, '.github', 'model-budget.yml'));
      const sha = repo.commit('base');
      const base = gitSource(new Git(repo.dir), sha, 'base');
      const spec = configSpec(repo.dir, { from: 'base', label: '--config' });
      await assert.rejects(loadConfig(spec, { base, head: dirSource(mkdtempSync(join(root, 'empty-head-')), 'head', 'working tree') }),
        (e: unknown) => refused(e, /^\.github\/model-budget\.yml: is a symbolic link that leads outside the commit's tree \(the base's copy: commit [0-9a-f]{12}\)$/));
    } finally {
      repo.cleanup();
    }
  });
});
