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

/**
 * One self-attention block over X[batch, seq, 8] with symbolic batch and seq: Q, K, V = X W_q,
 * X W_k, X W_v; softmax(Q K^T) V. Its cost grows with seq^2, so profiling it at seq=1 is the
 * false saving the unbound-dim warning is for.
 */
function dynamicModel(): Uint8Array {
  const g = new GraphBuilder('gpt');
  g.input('X', 'float32', ['batch', 'seq', 8]);
  for (const w of ['Wq', 'Wk', 'Wv']) g.initializer(w, 'float32', [8, 8]);
  g.node('MatMul', ['X', 'Wq'], ['Q'], {}, { name: '/attn/q_proj/MatMul' });
  g.node('MatMul', ['X', 'Wk'], ['K'], {}, { name: '/attn/k_proj/MatMul' });
  g.node('MatMul', ['X', 'Wv'], ['V'], {}, { name: '/attn/v_proj/MatMul' });
  g.node('Transpose', ['K'], ['Kt'], { perm: [0, 2, 1] }, { name: '/attn/Transpose' });
  g.node('MatMul', ['Q', 'Kt'], ['S'], {}, { name: '/attn/scores/MatMul' });
  g.node('Softmax', ['S'], ['P'], { axis: -1 }, { name: '/attn/Softmax' });
  g.node('MatMul', ['P', 'V'], ['Y'], {}, { name: '/attn/out/MatMul' });
  g.output('Y', 'float32', ['batch', 'seq', 8]);
  return modelBytes(g);
}

/**
 * X[1,w0] -> per layer i: MatMul by W_i[w_i, w_i+1], then Relu; nodes named like a PyTorch export
 * (`/encoder/layers.0/fc/MatMul`), so the why section can group them by module scope.
 */
function mlpModel(widths: readonly number[]): Uint8Array {
  const g = new GraphBuilder('mlp');
  g.input('X', 'float32', [1, widths[0]!]);
  let x = 'X';
  for (let i = 0; i + 1 < widths.length; i++) {
    g.initializer(`W${i}`, 'float32', [widths[i]!, widths[i + 1]!]);
    g.node('MatMul', [x, `W${i}`], [`h${i}`], {}, { name: `/encoder/layers.${i}/fc/MatMul` });
    g.node('Relu', [`h${i}`], [`a${i}`], {}, { name: `/encoder/layers.${i}/act/Relu` });
    x = `a${i}`;
  }
  g.output(x, 'float32', [1, widths.at(-1)!]);
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

  test('no config and a transformer with unbound dims: no verdict, no budget columns, a warning naming each dim', async () => {
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
    // Params: W_q, W_k, W_v, 3 x 8 x 8 = 192; its overview row says new, without a status.
    assert.ok(body.split('\n').some((l) => l.includes('`models/gpt.onnx`') && l.includes(' | 192 | ') && l.endsWith(' | new |')), body);
  });

  test('1 model whose architecture changed: no totals, a collapsed section, the why section matches nodes and groups scopes, a collapsed chart', async () => {
    const { run, body } = await pullRequest(
      (r) => {
        r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - path: "models/**"\n    budgets:\n      params: { max-increase: 300% }\n');
        r.write('models/mlp.onnx', mlpModel([8, 16, 8]));
      },
      (r) => {
        // Hidden width 16 -> 32 and a third layer 8 -> 4 appended.
        r.write('models/mlp.onnx', mlpModel([8, 32, 8, 4]));
        return [{ filename: 'models/mlp.onnx', status: 'modified' }];
      },
    );
    assert.equal(run.code, 0, run.stdout);
    assertValidGfm(body);
    const plain = body.replace(/\u00a0/g, ' ');
    // Params 8x16 + 16x8 = 256 -> 8x32 + 32x8 + 8x4 = 544 (+112.5%): within +300%.
    assert.match(plain, /^### Model budget: ✅ all models within budget$/m);
    assert.ok(plain.includes('| Model | Params | FLOPs | Peak memory | Largest change | Status |'), plain);
    assert.ok(plain.includes(' | 544 (+113%) | '), plain);
    assert.equal(plain.includes('**Total**'), false, 'no totals row for one model');
    assert.equal(plain.includes('<details open>'), false, 'nothing breached: collapsed');
    assert.ok(plain.includes('<details><summary>Why the cost changed</summary>'), plain);
    // Scopes, the head's, largest FLOP change first. FLOPs: MatMul 2 x in x out, Relu 1 per element.
    //   layers.0: 2x8x16 + 16 = 272 -> 2x8x32 + 32 = 544 (+100%)
    //   layers.1: 2x16x8 + 8 = 264 -> 2x32x8 + 8 = 520 (+256, +97.0%)
    //   layers.2: 0 -> 2x8x4 + 4 = 68
    const scopes = plain.slice(plain.indexOf('| Module scope |')).split('\n').slice(2, 5);
    assert.deepEqual(scopes.map((l) => l.split(' | ').slice(0, 3).join(' | ')), [
      '| `/encoder/layers.0` | 272 → 544 | +272 (+100%)',
      '| `/encoder/layers.1` | 264 → 520 | +256 (+97.0%)',
      '| `/encoder/layers.2` | 0 → 68 | +68',
    ]);
    // Nodes matched by name: the widened ones changed (with their shapes), only layer 2 added, nothing removed.
    assert.ok(plain.includes('| `/encoder/layers.0/fc/MatMul` | `MatMul` | changed: `1x16` → `1x32` | +256 | +128 |'), plain);
    assert.ok(plain.includes('| `/encoder/layers.1/fc/MatMul` | `MatMul` | changed | +256 | +128 |'), plain);
    assert.ok(plain.includes('| `/encoder/layers.2/fc/MatMul` | `MatMul` | added | +64 | +32 |'), plain);
    assert.equal(plain.includes('| removed |'), false, plain);
    // The chart: MACs changed most (128 + 128 = 256 -> 256 + 256 + 32 = 544, +112.5%, against FLOPs
    // 536 -> 1,132, +111%); Relu has no MACs, so MatMul alone.
    assert.ok(plain.includes('<details><summary>Chart: MACs per op type, base vs head</summary>\n\n```mermaid\nxychart-beta\n    title "MACs per op type: head (bars), base (line)"\n    x-axis ["MatMul"]\n    y-axis "MACs"\n    bar [544]\n    line [256]\n```\n'), plain);
  });

  test('7 models: sorted by the largest change, a totals row, min-change lists the small one without detail', async () => {
    const { run, body } = await pullRequest(
      (r) => {
        r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - path: "models/**"\n    budgets:\n      params: { max-increase: 100% }\n');
        for (let i = 1; i <= 7; i++) r.write(`models/m${i}.onnx`, matmulModel(8, 8));
      },
      (r) => {
        // Model i: 64 -> 8 x (8 + i) params, +12.5% x i.
        for (let i = 1; i <= 7; i++) r.write(`models/m${i}.onnx`, matmulModel(8, 8 + i));
        return Array.from({ length: 7 }, (_, i) => ({ filename: `models/m${i + 1}.onnx`, status: 'modified' as const }));
      },
      { 'min-change': '20%' },
    );
    assert.equal(run.code, 0, run.stdout);
    assertValidGfm(body);
    const lines = body.split('\n');
    assert.equal(lines[5], '| Model | Params | FLOPs | Peak memory | Largest change | Status |');
    // m7 (+87.5%) first down to m2 (+25%); m1 (+12.5%) is under min-change 20%.
    const rows = lines.slice(7, 13);
    assert.deepEqual(rows.map((l) => /`(models\/m\d\.onnx)`/.exec(l)?.[1]), [7, 6, 5, 4, 3, 2].map((i) => `models/m${i}.onnx`));
    assert.ok(rows[0]!.includes(' | 120 (+87.5%) | '), rows[0]);
    // Totals over all 7: params 7 x 64 = 448 -> 448 + 8 x (1 + ... + 7) = 672 (+50.0%); FLOPs
    // 2 x params: 896 -> 1,344.
    assert.ok(lines[13]!.startsWith('| **Total** (7 models) | 448 → 672 (+50.0%) | 896 → 1.34\u00a0K (+50.0%) |'), lines[13]);
    assert.ok(body.includes('<details><summary>1 model changed by less than 20% (min-change), not detailed</summary>'), body);
    assert.equal(body.split('<details><summary>✅ ').length - 1, 6, 'one collapsed section per detailed model');
    assert.equal(body.includes('<details open>'), false);
  });

  for (const n of [20, 45]) {
    test(`${n} models: overview first with a row of numbers each, totals, only breached sections open`, async () => {
      const path = (i: number) => `models/pack/net_${String(i).padStart(2, '0')}.onnx`;
      const { run, body } = await pullRequest(
        (r) => {
          r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - path: "models/**"\n    budgets:\n      params: { max-increase: 100% }\n');
          for (let i = 0; i < n; i++) r.write(path(i), matmulModel(4, 4));
        },
        (r) => {
          // Model i: 16 -> 4 x (5 + i % 5) params: +25% ... +125%; the +125% ones (i % 5 == 4) breach.
          for (let i = 0; i < n; i++) r.write(path(i), matmulModel(4, 5 + (i % 5)));
          return Array.from({ length: n }, (_, i) => ({ filename: path(i), status: 'modified' as const }));
        },
        {},
        120_000,
      );
      const breached = n / 5;
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.outputs['violations'], String(breached));
      assert.ok(body.length <= 65_536, `length ${body.length}`);
      assertValidGfm(body);
      const lines = body.split('\n');
      assert.equal(lines[1], `### Model budget: ❌ ${breached} budgets exceeded`);
      assert.equal(lines[5], '| Model | Params | FLOPs | Peak memory | Largest change | Status |');
      const rows = lines.slice(7, 7 + n);
      // Breaches first, then by the largest change.
      assert.ok(rows.slice(0, breached).every((l) => l.endsWith(' | ❌ |') && l.includes(' | 36 (+125%) | ')), rows.join('\n'));
      assert.ok(rows.slice(breached).every((l) => l.endsWith(' | ✅ |')), rows.join('\n'));
      for (let i = 0; i < n; i++) assert.ok(rows.some((l) => l.includes(`\`${path(i)}\``) && l.includes(` | ${4 * (5 + (i % 5))} (+`)), path(i));
      // Totals: 16 n -> 4 x (5 + 6 + 7 + 8 + 9) = 140 per 5 models (+75.0%).
      const total = n === 20 ? '320 → 560 (+75.0%)' : '720 → 1.26\u00a0K (+75.0%)';
      assert.ok(lines[7 + n]!.startsWith(`| **Total** (${n} models) | ${total} |`), lines[7 + n]);
      assert.equal(body.split('<details open>').length - 1, breached);
    });
  }

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
    // Detail goes before numbers: the charts first, then the why sections.
    assert.equal(body.includes('```mermaid'), false);
    assert.equal(body.includes('Cost breakdown'), false);
    for (let i = 0; i < 200; i++) {
      const params = 2 * (2 + (i % 3));
      assert.match(body, new RegExp(`\\| (\\[)?\`${path(i).replace(/\./g, '\\.')}\`(\\]\\([^)]+\\))? \\| ${params} \\| `), path(i));
    }
    // 67 x 4 + 67 x 6 + 66 x 8 = 1,198 params in all, from none.
    assert.ok(body.includes('| **Total** (200 models) | 0 → 1.20\u00a0K |'), body.slice(0, 3000));
  });
});
