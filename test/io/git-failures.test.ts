/**
 * A git that cannot read an object of the base (a partial clone whose fetch failed, a pruned or
 * corrupt repository) stops the run, as a full disk does: before, the model's base read as absent
 * (a new model, its max-increase budgets "ok") or as a base that could not be measured (a
 * warning), and a 10x FLOPs increase passed.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check.js';
import type { CliIo } from '../../src/cli/io.js';
import { reportFailure } from '../../src/cli/errors.js';
import { EXIT } from '../../src/graph/errors.js';
import { externalMatmulModel, matmulModel, TestRepo } from '../e2e/harness.js';

const CONFIG = 'version: 1\nmodels:\n  - path: "models/*.onnx"\n    budgets:\n      flops: { max-increase: 1% }\n';

async function check(dir: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd: dir, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
  let code: number;
  try {
    code = await runCheck(['--base', 'base', '--format', 'text', '--jobs', '1'], io);
  } catch (e) {
    code = reportFailure(e, (l) => void err.push(l), false);
  }
  return { code, out: out.join(''), err: err.join('') };
}

describe('a base object git cannot read', () => {
  const repos: TestRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));

  /** models/a.onnx grows from MatMul 4x4 (32 FLOPs) to 4x40 (320); then `lost` loses its base object. */
  function repo(external: boolean, lost: string): TestRepo {
    const r = TestRepo.create('mb-git-failures-');
    repos.push(r);
    r.write('.github/model-budget.yml', CONFIG);
    const write = (n: number): void => {
      if (!external) return r.write('models/a.onnx', matmulModel(4, n));
      const { model, data } = externalMatmulModel(4, n, 'a.data');
      r.write('models/a.onnx', model);
      r.write('models/a.data', data);
    };
    write(4);
    r.commit('base');
    r.git('branch', 'base');
    const oid = r.git('rev-parse', `base:${lost}`);
    write(40);
    r.commit('head');
    rmSync(join(r.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    return r;
  }

  test('the model\'s own blob: exit 2 naming the path, not a new model within budget', async () => {
    const r = await check(repo(false, 'models/a.onnx').dir);
    // Before: exit 0, "PASS", FLOPs "- -> 320 new ... ok".
    assert.equal(r.code, EXIT.BAD_INPUT, r.out + r.err);
    assert.match(r.err, /model-budget: `git cat-file --batch-check [0-9a-f]{40}:models\/a\.onnx` failed \(exit 0\): models\/a\.onnx is in the commit's tree but git cannot read its object/);
    assert.equal(r.out, '');
  });

  test('its external data\'s blob: exit 2, not a base that "could not be measured" (a warning)', async () => {
    const r = await check(repo(true, 'models/a.data').dir);
    // Before: exit 0, "WARN: 1 warning", the max-increase "not checked: the base could not be measured".
    assert.equal(r.code, EXIT.BAD_INPUT, r.out + r.err);
    assert.match(r.err, /models\/a\.data is in the commit's tree but git cannot read its object/);
  });
});
