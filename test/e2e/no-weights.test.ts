/**
 * End-to-end: a pull request that commits a Hugging Face Trainer checkpoint folder (the model
 * and its optimizer.pt, rng_state.pth, scheduler.pt, training_args.bin, all written by our
 * TypeScript pickle writer) through the bundled action and the fake GitHub server. The model is
 * one row with its real params; the state files are one "no weights" line each with their
 * reader's reason, never rows of 0 params; a budget that matched only them says it checked
 * nothing; the exit code is the model's alone. And a reader warning of a weights file (a tensor
 * in a form not measured, with a hostile name) reaches the comment, escaped.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateGateReport } from '../../src/budget/gate.js';
import { FakeGitHub } from '../support/fake-github.js';
import { safetensorsBytes } from '../support/weight-writers.js';
import { PickleWriter, storageBytes, TRAINER_RNG_TENSORS, trainerArgsPickle, trainerRngStatePickle, trainerSchedulerPickle, writeTensor, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor } from '../support/pytorch-writer.js';
import { pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';
import type { ActionRun } from './harness.js';

requireBundle();

/** torch.save of a pickle and the storages of its tensors. */
const save = (pickle: Uint8Array, tensors: readonly FakeTensor[] = []): Buffer => Buffer.from(zipBytes([
  { name: 'archive/data.pkl', data: pickle }, ...tensors.map((t) => ({ name: `archive/data/${t.key}`, data: new Uint8Array(storageBytes(t)) })),
]));

/**
 * `optimizer.pt`: Adam's state_dict() for two params (3 x 4 and 3): step, exp_avg and
 * exp_avg_sq each, 6 tensors of optimizer state.
 */
function adamState(): { pickle: Uint8Array; tensors: FakeTensor[] } {
  const tensors: FakeTensor[] = [];
  const p = new PickleWriter().proto().emptyDict().mark().str('state').emptyDict().mark();
  [[3, 4], [3]].forEach((dims, i) => {
    p.int(i).emptyDict().mark();
    for (const [j, name] of ['step', 'exp_avg', 'exp_avg_sq'].entries()) {
      const shape = name === 'step' ? [] : dims;
      const t: FakeTensor = { name, storageType: 'FloatStorage', key: String(3 * i + j), numel: shape.reduce((a, b) => a * b, 1), dims: shape };
      tensors.push(t);
      writeTensor(p.str(name), t);
    }
    p.setitems();
  });
  p.setitems().str('param_groups').emptyList().mark().emptyDict().mark().str('lr').float(0.001).str('params').emptyList().mark().int(0).int(1).appends().setitems().appends();
  return { pickle: p.setitems().stop().bytes(), tensors };
}

const CONFIG = `version: 1
models:
  - name: weights
    path: "**/*.safetensors"
    budgets:
      params: { max: 1M }
  - name: torch
    path: "**/*.{pt,pth,bin}"
    budgets:
      params: { max: 1M }
      file-size: { max: 1MB }
`;

const DIR = 'run/checkpoint-500';

describe('pull_request committing a Trainer checkpoint folder', () => {
  const gh = new FakeGitHub();
  const repo = TestRepo.create();
  after(async () => {
    await gh.stop();
    repo.cleanup();
  });

  async function prRun(pr: number, files: Record<string, Uint8Array | string>): Promise<ActionRun> {
    if (!gh.url) await gh.start();
    repo.git('checkout', '-q', 'main');
    const baseSha = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', `pr-${pr}`);
    for (const [path, content] of Object.entries(files)) repo.write(path, content);
    const headSha = repo.commit(`pr ${pr}`);
    gh.prFiles.set(pr, Object.keys(files).map((filename) => ({ filename, status: 'added' })));
    return runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(pr, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs: {} });
  }

  test('the model is one row with its params; the state files are one "no weights" line each; the exit code is the model\'s', async () => {
    repo.write('.github/model-budget.yml', CONFIG);
    repo.commit('base');
    const adam = adamState();
    const run = await prRun(7, {
      // Linear(4, 3) in safetensors: 3 x 4 + 3 = 15 params.
      [`${DIR}/model.safetensors`]: safetensorsBytes([{ name: 'fc.weight', dtype: 'F32', shape: [3, 4] }, { name: 'fc.bias', dtype: 'F32', shape: [3] }]),
      [`${DIR}/optimizer.pt`]: save(adam.pickle, adam.tensors),
      [`${DIR}/rng_state.pth`]: save(trainerRngStatePickle(), TRAINER_RNG_TENSORS),
      [`${DIR}/scheduler.pt`]: save(trainerSchedulerPickle()),
      [`${DIR}/training_args.bin`]: save(trainerArgsPickle()),
    });
    // 15 params is within 1 M: the check passes, as it did with the state files as rows.
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const report = validateGateReport(run.report);
    assert.deepEqual([report.passed, report.violations, report.warnings], [true, 0, 0]);
    const NO_TENSORS = "the pickle holds no tensors (plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments)";
    assert.deepEqual(report.models.map((m) => [m.path.slice(DIR.length + 1), m.noWeights ?? null, m.rows.length]).sort(), [
      ['model.safetensors', null, 6],
      // Adam: 2 params x (step, exp_avg, exp_avg_sq) = 6 tensors.
      ['optimizer.pt', 'the file holds training state only (6 tensor(s) of optimizer or random-number-generator state), no params', 0],
      // The CPU generator's state and one CUDA device's: 2 tensors.
      ['rng_state.pth', 'the file holds training state only (2 tensor(s) of optimizer or random-number-generator state), no params', 0],
      ['scheduler.pt', NO_TENSORS, 0],
      ['training_args.bin', NO_TENSORS, 0],
    ]);
    assert.equal(report.models.find((m) => m.path.endsWith('model.safetensors'))!.rows.find((r) => r.metric === 'params')!.head, 15);

    const body = gh.comments.get(7)![0]!.body;
    assert.match(body, /### Model budget: ✅ all models within budget\n/);
    assert.ok(body.includes('1 model changed · 4 files with no weights · 0 violations'), body);
    // One overview row, the model's, with its 15 params; no row (and no total) of 0 params.
    const tableRows = body.split('\n').filter((l) => l.startsWith('| [`'));
    assert.equal(tableRows.length, 1, body);
    assert.match(tableRows[0]!, /model\.safetensors.*\| 15 \| n\/a \| n\/a \| new \| ✅ \|$/);
    assert.doesNotMatch(body, /\| Params \| [^|]* \| 0 \||\*\*Total\*\*|optimizer\.pt<\/code> \(added\)/);
    assert.ok(body.includes('<details><summary>4 files with no weights (not models: not measured; only file-size budgets apply)</summary>'), body);
    for (const line of [
      `- \`${DIR}/optimizer.pt\`: no weights, the file holds training state only \\(6 tensor\\(s\\) of optimizer or random\\-number\\-generator state\\), no params`,
      `- \`${DIR}/scheduler.pt\`: no weights, the pickle holds no tensors \\(plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments\\)`,
    ]) assert.ok(body.includes(line), `${line}\n---\n${body}`);
    // The `torch` entry matched only these files: its params budget checked nothing, and the
    // comment says so (their sizes, all under 1 MB, were checked against its file-size budget).
    assert.ok(body.includes('ℹ️ The budgets of `torch` (Params ≤ 1 M) matched only files with no weights here: nothing was checked against them.'), body);
  });

  test('a reader warning of a weights file, naming a hostile tensor, reaches the comment escaped', async () => {
    // A state_dict with fc.weight (3 x 4 = 12 params) and a tensor on the meta device (no
    // storage: a form not measured) whose name is markdown and HTML.
    const HOSTILE = '<img src=x onerror=alert(1)>**[a](https://e.vil)**|@admin';
    const fc: FakeTensor = { name: 'fc.weight', storageType: 'FloatStorage', key: '0', numel: 12, dims: [3, 4] };
    const p = new PickleWriter().proto().global('collections', 'OrderedDict').emptyTuple().reduce().mark();
    writeTensor(p.str(fc.name), fc);
    p.str(HOSTILE).global('torch._utils', '_rebuild_meta_tensor_no_storage').mark().global('torch', 'float32').mark().int(4).tuple().mark().int(1).tuple().bool(false).tuple().reduce();
    const run = await prRun(8, { 'models/net.pt': save(p.setitems().stop().bytes(), [fc]) });
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const report = validateGateReport(run.report);
    const m = report.models.find((x) => x.path === 'models/net.pt')!;
    assert.equal(m.rows.find((r) => r.metric === 'params')!.head, 12);
    assert.deepEqual(m.notes.filter((n) => n.startsWith('reader: ')), [`reader: 1 tensor(s) in a form not measured: ${HOSTILE} (torch._utils._rebuild_meta_tensor_no_storage)`]);
    const body = gh.comments.get(8)![0]!.body;
    assert.ok(body.includes('- ℹ️ reader\\: 1 tensor\\(s\\) in a form not measured\\: &lt;img src=x onerror=alert\\(1\\)&gt;\\*\\*\\[a\\]\\(https\\:\u200d//e\\.vil\\)\\*\\*\\|@\u200dadmin'), body);
    assert.ok(!body.includes('<img') && !body.includes('**[a]') && !body.includes('@admin'), body);
  });
});
