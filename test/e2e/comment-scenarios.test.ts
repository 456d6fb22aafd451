/**
 * End-to-end: what the comment looks like (issue 13), through the bundled action and the fake
 * GitHub server: a mixed pull request (breach, broken model, hostile name, rename, deletion), no
 * config with a transformer-style model whose dims nothing binds, and 200 changed models. Models
 * are MatMul X[1,k] x W[k,n] (params = k*n), written by our ONNX writer; kept tiny so the runs
 * stay light.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { FakeGitHub } from '../support/fake-github.js';
import type { PrFile } from '../support/fake-github.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { assertValidGfm } from '../report/gfm-check.js';
import { matmulModel, pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';
import type { ActionRun } from './harness.js';

requireBundle();

const SERVER = 'https://github.example/acme/models';
const diffLink = (pr: number, path: string) => `${SERVER}/pull/${pr}/files#diff-${createHash('sha256').update(path).digest('hex')}`;

/** X[batch, seq, 8] x W[8, 8]: symbolic batch and seq. */
function dynamicModel(): Uint8Array {
  const g = new GraphBuilder('gpt');
  g.input('X', 'float32', ['batch', 'seq', 8]);
  g.initializer('W', 'float32', [8, 8]);
  g.node('MatMul', ['X', 'W'], ['Y']);
  g.output('Y', 'float32', ['batch', 'seq', 8]);
  return modelBytes(g);
}

describe('the comment, scenario by scenario (issue 13)', { concurrency: 3 }, () => {
  const cleanups: Array<() => void | Promise<void>> = [];
  after(async () => {
    for (const c of cleanups) await c();
  });
  let nextPr = 300;

  /** A repository with `base` committed on main and `head` on a branch, the PR's files listed by the fake. */
  async function pullRequest(base: (r: TestRepo) => void, head: (r: TestRepo) => PrFile[], inputs: Record<string, string> = {}, timeoutMs?: number): Promise<{ run: ActionRun; body: string; pr: number; baseSha: string; headSha: string }> {
    const gh = new FakeGitHub();
    await gh.start();
    const repo = TestRepo.create('mb-comment-');
    cleanups.push(() => gh.stop(), () => repo.cleanup());
    repo.write('README.md', 'x\n');
    base(repo);
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    const files = head(repo);
    const headSha = repo.commit('head');
    const pr = nextPr++;
    gh.prFiles.set(pr, files);
    const run = await runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(pr, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs, ...(timeoutMs ? { timeoutMs } : {}) });
    return { run, body: gh.comments.get(pr)?.[0]?.body ?? '', pr, baseSha, headSha };
  }

  test('a mixed pull request: overview first, totals, breached sections open, links, hostile names inert', async () => {
    const hostile = 'models/x|y @octocat <b>`a`](javascript:alert(1)).onnx';
    const { run, body, pr, baseSha, headSha } = await pullRequest(
      (r) => {
        r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - name: nets\n    path: "models/**"\n    budgets:\n      params: { max-increase: 50% }\n');
        for (let i = 0; i < 4; i++) r.write(`models/net_${i}.onnx`, matmulModel(8, 8));
        r.write('models/old.onnx', matmulModel(4, 4));
      },
      (r) => {
        r.write('models/net_0.onnx', matmulModel(8, 16)); // 64 -> 128 params: +100% > +50%
        r.write('models/net_1.onnx', matmulModel(8, 9)); // 64 -> 72: +12.5%
        r.write('models/net_2.onnx', 'not a model');
        r.git('mv', 'models/net_3.onnx', 'models/renamed.onnx');
        r.remove('models/old.onnx');
        r.write(hostile, matmulModel(8, 4)); // new, 32 params
        return [
          { filename: 'models/net_0.onnx', status: 'modified' },
          { filename: 'models/net_1.onnx', status: 'modified' },
          { filename: 'models/net_2.onnx', status: 'modified' },
          { filename: 'models/renamed.onnx', status: 'renamed', previous_filename: 'models/net_3.onnx' },
          { filename: 'models/old.onnx', status: 'removed' },
          { filename: hostile, status: 'added' },
        ];
      },
    );
    assert.equal(run.code, 1, run.stdout);
    assert.equal(body, run.outputs['comment-body']);
    assertValidGfm(body);
    const lines = body.split('\n');
    assert.equal(lines[1], '### Model budget: ❌ 1 budget exceeded, 1 model could not be measured');
    // Commits and the config file linked.
    assert.ok(lines[3]!.includes(`budgets from [\`.github/model-budget.yml\`](${SERVER}/blob/${baseSha}/.github/model-budget.yml)`), lines[3]);
    assert.ok(lines[3]!.endsWith(`base [\`${baseSha.slice(0, 7)}\`](${SERVER}/commit/${baseSha}) → head [\`${headSha.slice(0, 7)}\`](${SERVER}/commit/${headSha})`), lines[3]);
    // The overview comes first: breach (+100%), broken (error), then the new model, then +12.5%.
    assert.equal(lines[5], '| Model | Params | FLOPs | Peak memory | Largest change | Status |');
    // FLOPs of X[1,8] x W[8,n] = 2 x 8 x n: 128 -> 256.
    assert.ok(lines[7]!.startsWith(`| [\`models/net_0.onnx\`](${diffLink(pr, 'models/net_0.onnx')}) | 128 (+100%) | 256 (+100%) | `), lines[7]);
    assert.ok(lines[7]!.endsWith(' | ❌ |'), lines[7]);
    assert.ok(lines[8]!.startsWith(`| [\`models/net_2.onnx\`](${diffLink(pr, 'models/net_2.onnx')}) | — | — | — | could not be measured | ❌ |`), lines[8]);
    assert.ok(lines[9]!.includes(' | 32 | 64 | ') && lines[9]!.endsWith(' | new | ✅ |'), lines[9]);
    assert.ok(lines[10]!.startsWith(`| [\`models/net_1.onnx\`](${diffLink(pr, 'models/net_1.onnx')}) | 72 (+12.5%) |`), lines[10]);
    // Totals: params 64 + 64 + 64 (renamed) + 16 (deleted) + 0 (new) = 208 -> 128 + 72 + 64 + 0 + 32 = 296
    // (+42.3%); the broken model is left out.
    assert.ok(lines[11]!.startsWith('| **Total** (6 models) | 208 → 296 (+42.3%) |'), lines[11]);
    assert.match(body, /left out as not measurable there: Params, FLOPs, Peak memory: 1 model\./);
    // The renamed and the deleted model: one collapsed list.
    assert.ok(body.includes('<details><summary>2 models renamed without a change or deleted</summary>\n\n- `models/old.onnx` deleted (had 16 params)\n- `models/renamed.onnx` renamed from `models/net_3.onnx`, identical\n'), body);
    // Sections: open for the breach and the broken model only.
    assert.equal(body.split('<details open>').length - 1, 2);
    assert.ok(body.includes('<details open><summary>❌ <b>nets</b> · <code>models/net_0.onnx</code> (modified)</summary>'));
    assert.ok(body.includes('<details><summary>✅ <b>nets</b> · <code>models/net_1.onnx</code> (modified)</summary>'));
    // The hostile name is code: its pipe escaped in the table, the mention broken, no HTML.
    assert.ok(body.includes('`` models/x\\|y @\u200doctocat <b>`a`](javascript:alert(1)).onnx ``') || body.includes('``models/x\\|y @\u200doctocat <b>`a`](javascript:alert(1)).onnx``'), body);
    assert.ok(body.includes('<code>models/x|y @\u200doctocat &lt;b&gt;`a`](javascript:alert(1)).onnx</code>'), body);
    // Footer: the workflow run.
    assert.ok(body.trimEnd().endsWith(`<sub>[Workflow run](${SERVER}/actions/runs/4242) · model-budget</sub>`));
  });

  test('no config and unbound dims: no verdict, no budget columns, a warning naming each dim', async () => {
    const { run, body } = await pullRequest(() => undefined, (r) => {
      r.write('models/gpt.onnx', dynamicModel());
      return [{ filename: 'models/gpt.onnx', status: 'added' }];
    });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['warnings'], '2');
    assertValidGfm(body);
    assert.match(body, /^### Model budget: ⚠️ 2 warnings$/m);
    assert.ok(body.includes('| Model | Params | FLOPs | Peak memory | Largest change |\n'), body);
    assert.ok(!body.includes('| Status |') && !body.includes('| Budget |'), body);
    assert.ok(body.includes('No budgets are set, so nothing is checked'), body);
    assert.ok(body.includes("input dim 'batch' of 'X' is not bound") && body.includes("input dim 'seq' of 'X' is not bound"), body);
    assert.ok(body.includes('<sub>Measured at X\\: 1x1x8</sub>'), body);
  });

  test('200 changed models: one overview row each, with numbers, under 65,536 characters', async () => {
    const path = (i: number) => `models/fleet/group_${i % 4}/model_${String(i).padStart(3, '0')}.onnx`;
    const { run, body } = await pullRequest(
      (r) => r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - path: "models/**"\n    budgets:\n      params: { max: 6 }\n'),
      (r) => {
        // Model i: 2 x (2 + i % 3) params: 4, 6 or 8; the 8s (i % 3 == 2) exceed max 6.
        for (let i = 0; i < 200; i++) r.write(path(i), matmulModel(2, 2 + (i % 3)));
        return Array.from({ length: 200 }, (_, i) => ({ filename: path(i), status: 'added' as const }));
      },
      {},
      180_000,
    );
    assert.equal(run.code, 1, run.stdout);
    // 66 of the 200 (i = 2, 5, ..., 197) have 8 params.
    assert.equal(run.outputs['violations'], '66');
    assert.ok(body.length <= 65_536, `length ${body.length}`);
    assertValidGfm(body);
    for (let i = 0; i < 200; i++) {
      const params = 2 * (2 + (i % 3));
      assert.match(body, new RegExp(`\\| (\\[)?\`${path(i).replace(/\./g, '\\.')}\`(\\]\\([^)]+\\))? \\| ${params} \\| `), path(i));
    }
    // 67 x 4 + 67 x 6 + 66 x 8 = 1,198 params in all, from none.
    assert.ok(body.includes('| **Total** (200 models) | 0 → 1.20\u00a0K |'), body.slice(0, 3000));
  });
});
