/**
 * End-to-end: a pull request that changes a GGUF file, a safetensors file and a PyTorch `.pt`
 * (the committed fixtures of test/fixtures) gets all three in one comment, each with what its
 * format can measure: params compared, MACs/FLOPs/memory access/peak memory "n/a" with the reason, never 0; a MACs
 * budget on a weights-only format is a config-time warning and a row warning, not a silent pass.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FakeGitHub } from '../support/fake-github.js';
import { pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';

requireBundle();

const FIX = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const fixture = (p: string): Buffer => readFileSync(`${FIX}${p}`);

const CONFIG = `version: 1
models:
  - name: llm
    path: "models/**/*.gguf"
    budgets:
      params: { max: 1M }
      macs: { max: 1G }
  - name: weights
    path: "models/**/*.safetensors"
    budgets:
      params: { max: 1M }
`;

describe('pull_request changing weight-format files', () => {
  const gh = new FakeGitHub();
  const repo = TestRepo.create();
  after(async () => {
    await gh.stop();
    repo.cleanup();
  });

  test('a .gguf, a .safetensors and a .pt in one comment, each with what its format measures', async () => {
    await gh.start();
    repo.write('.github/model-budget.yml', CONFIG);
    repo.write('models/llm.gguf', fixture('gguf/tiny-v2.gguf'));
    repo.write('models/w/model.safetensors', fixture('safetensors/dtypes.safetensors'));
    repo.write('models/vision/net.pt', fixture('pytorch/quantized_qint8.pt'));
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('models/llm.gguf', fixture('gguf/tiny-llama-v3.gguf'));
    repo.write('models/w/model.safetensors', fixture('safetensors/gptq/model.safetensors'));
    repo.write('models/w/config.json', fixture('safetensors/gptq/config.json'));
    repo.write('models/vision/net.pt', fixture('pytorch/resnet_state_dict.pt'));
    const headSha = repo.commit('head');
    gh.prFiles.set(7, [
      { filename: 'models/llm.gguf', status: 'modified' },
      { filename: 'models/w/model.safetensors', status: 'modified' },
      { filename: 'models/w/config.json', status: 'added' },
      { filename: 'models/vision/net.pt', status: 'modified' },
    ]);
    const run = await runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs: {} });
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const report = run.report!;
    const model = (p: string) => report.models.find((m) => m.path === p)!;
    const row = (p: string, metric: string) => model(p).rows.find((r) => r.metric === metric)!;

    // GGUF: base tiny-v2 = q8_0 512 + q4_1 128 = 640 params; head tiny-llama-v3 = 10336
    // (512 + 1024 + 512 + 512 + 1024 + 3 x 2048 + 96 + 512, see gguf-reader.test).
    assert.equal(row('models/llm.gguf', 'params').base, 640);
    assert.equal(row('models/llm.gguf', 'params').head, 10336);
    // safetensors: base dtypes = 35 params; head GPTQ 4-bit = 128 logical weights + a 16-wide norm = 144.
    assert.equal(row('models/w/model.safetensors', 'params').base, 35);
    assert.equal(row('models/w/model.safetensors', 'params').head, 144);

    // PyTorch: base quantized_qint8 = 108 + 4 + 8 + 2 = 122 params; head resnet state_dict = 5266
    // (216 + 1152 + 1152 + 2304 + 128 + 170 + 144, see pytorch-reader.test).
    assert.equal(row('models/vision/net.pt', 'params').base, 122);
    assert.equal(row('models/vision/net.pt', 'params').head, 5266);

    for (const p of ['models/llm.gguf', 'models/w/model.safetensors', 'models/vision/net.pt']) {
      for (const metric of ['macs', 'flops', 'memory', 'peak-memory']) {
        const r = row(p, metric);
        assert.equal(r.head, null, `${p} ${metric} is not a number`);
        assert.equal(r.headNotAvailable, true, `${p} ${metric} is n/a`);
      }
    }
    // The MACs budget on the GGUF model cannot be checked: a warning, never a pass.
    assert.equal(row('models/llm.gguf', 'macs').status, 'warning');
    assert.equal(report.passed, true);
    assert.match(run.stdout, /::warning::.*model 'llm' \(models\/\*\*\/\*\.gguf\): GGUF files store weights only, so budgets on MACs cannot be checked/);

    const body = gh.comments.get(7)![0]!.body;
    // Paths are code, in the section summaries too.
    for (const p of ['models/llm.gguf', 'models/w/model.safetensors', 'models/vision/net.pt']) assert.ok(body.includes(`<code>${p}</code> (modified)`), body);
    assert.ok(body.includes('| MACs | n/a | n/a | — | ≤ 1 G | ⚠️ |'), body);
    assert.match(body, /GGUF files store weights only/);
    assert.match(body, /safetensors files store weights only/);
    assert.match(body, /PyTorch files store weights only/);
    assert.doesNotMatch(body, /\| MACs \| 0 /, 'never 0');
  });
});
