/**
 * Where the budgets come from (io/config-source.ts), through the bundled CLI and action: the
 * default config is found from the repository top wherever the command runs, and in a
 * comparison the budgets are the base side's unless `config-from: head`; a model moved out of
 * its entry's glob keeps that entry.
 * Models are MatMul X[1,k] x W[k,n]: params = k*n.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { CLI, matmulModel, pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';

requireBundle();
requireBundle(CLI);

/** params <= 150: 16x8 = 128 passes, 16x10 = 160 breaches. */
const CONFIG_150 = 'version: 1\nmodels:\n  - name: mm\n    path: "models/**/*.onnx"\n    budgets:\n      params: { max: 150 }\n';

describe('config source', { concurrency: 4 }, () => {
  const repos: TestRepo[] = [];
  const servers: FakeGitHub[] = [];
  after(async () => {
    await Promise.all(servers.map((g) => g.stop()));
    for (const r of repos) r.cleanup();
  });
  function repo(): TestRepo {
    const r = TestRepo.create('mb-config-');
    repos.push(r);
    return r;
  }
  const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });

  test('check and diff from a subdirectory read the config at the repository top', () => {
    const r = repo();
    r.write('.github/model-budget.yml', CONFIG_150);
    r.write('models/a.onnx', matmulModel(16, 8)); // 128 params
    r.commit('base');
    r.write('models/a.onnx', matmulModel(16, 10)); // 160 > 150
    const fromTop = cli(r.dir, 'check', '--base', 'main', '--format', 'json');
    assert.equal(fromTop.status, 1, fromTop.stderr);
    // Before: from models/ the config was looked up as models/.github/model-budget.yml: PASS, exit 0.
    const fromSub = cli(join(r.dir, 'models'), 'check', '--base', 'main', '--format', 'json');
    assert.equal(fromSub.status, 1, fromSub.stderr);
    const report = JSON.parse(fromSub.stdout) as { passed: boolean; violations: number; configFile: string };
    assert.deepEqual([report.passed, report.violations, report.configFile], [false, 1, '.github/model-budget.yml']);
    // diff: the same budget for the same head path, wherever it runs.
    r.write('models/b.onnx', matmulModel(16, 8));
    const diff = cli(join(r.dir, 'models'), 'diff', 'b.onnx', 'a.onnx', '--format', 'json');
    assert.equal(diff.status, 1, diff.stderr);
    // --config is a path from where the command runs, like any other file argument.
    const named = cli(join(r.dir, 'models'), 'check', '--base', 'main', '--config', '../.github/model-budget.yml', '--format', 'json');
    assert.equal(named.status, 1, named.stderr);
    const typo = cli(join(r.dir, 'models'), 'check', '--base', 'main', '--config', '.github/model-budget.yml');
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^model-budget: --config: \.github\/model-budget\.yml does not exist$/m);
  });

  test('action: working-directory below the repository top still finds the config', async () => {
    const gh = new FakeGitHub();
    servers.push(gh);
    await gh.start();
    const r = repo();
    r.write('.github/model-budget.yml', CONFIG_150);
    r.write('models/a.onnx', matmulModel(16, 8));
    const baseSha = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('models/a.onnx', matmulModel(16, 10)); // 160 > 150
    const headSha = r.commit('head');
    gh.prFiles.set(1, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const run = await runAction({
      cwd: r.dir, eventName: 'pull_request', payload: pullRequestPayload(1, baseSha, headSha), apiUrl: gh.url, sha: headSha,
      inputs: { 'working-directory': 'models' },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.report?.configFile, '.github/model-budget.yml');
    assert.equal(run.outputs['violations'], '1');
  });

  /** A pull request that grows models/a.onnx from 16x8 (128 params) to 16x10 (160). */
  async function pullRequest(baseConfig: string | null, headConfig: string | null, inputs: Record<string, string> = {}) {
    const gh = new FakeGitHub();
    servers.push(gh);
    await gh.start();
    const r = repo();
    if (baseConfig !== null) r.write('.github/model-budget.yml', baseConfig);
    r.write('models/a.onnx', matmulModel(16, 8));
    const baseSha = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('models/a.onnx', matmulModel(16, 10));
    const files = [{ filename: 'models/a.onnx', status: 'modified' as const }];
    if (headConfig !== null) {
      r.write('.github/model-budget.yml', headConfig);
      files.push({ filename: '.github/model-budget.yml', status: 'modified' });
    }
    const headSha = r.commit('head');
    gh.prFiles.set(7, files);
    const run = await runAction({ cwd: r.dir, eventName: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs });
    return { run, comment: gh.comments.get(7)?.[0]?.body ?? '' };
  }

  const RELAXED = CONFIG_150.replace('max: 150', 'max: 200').replace('path: "models/**/*.onnx"', 'path: "models/**/*.onnx"\n    dims: { batch: 1 }');

  test('a pull request cannot relax its own budgets: the base config applies, the change is listed', async () => {
    const { run, comment } = await pullRequest(CONFIG_150, RELAXED);
    // 160 params > 150 (the base's budget), although the PR's config says 200.
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['violations'], '1');
    assert.equal(run.report?.configSource, 'base');
    assert.deepEqual(run.report?.budgetChanges, [
      { scope: 'model mm', setting: 'dims', before: null, after: 'batch=1' },
      { scope: 'model mm', setting: 'params max', before: '150', after: '200' },
    ]);
    assert.match(comment, /\*\*Budgets changed in this pull request\*\* \(this report applies the base branch's budgets; the new ones apply once it is merged\):\n\n- model mm, dims: _not set_ → batch=1\n- model mm, params max: 150 → 200\n/);
    assert.match(run.summary, /Budgets changed in this pull request/);
  });

  test('config-from: head is the opt-in: the pull request\'s budgets apply, the change is still listed', async () => {
    const { run, comment } = await pullRequest(CONFIG_150, RELAXED, { 'config-from': 'head' });
    assert.equal(run.code, 0, run.stdout); // 160 <= 200
    assert.equal(run.report?.configSource, 'head');
    assert.match(comment, /\*\*Budgets changed in this pull request\*\* \(this report applies them \(config-from: head\)\):\n\n- model mm, dims: _not set_ → batch=1\n- model mm, params max: 150 → 200\n/);
  });

  test('check: a model moved out of its entry\'s glob or under an ignore glob keeps the entry\'s dims and budgets', () => {
    // One 3x3 Conv, 64 output channels, pads 1, no bias, on x[1,3,h,w]; the entry binds h = w = 224.
    // Stride 2: out 112x112, MACs = 112*112*64*3*3*3 = 21,676,032, FLOPs = 2 MACs = 43,352,064
    // (within max 100M). Stride 1: out 224x224, MACs 86,704,128, FLOPs 173,408,256 (breaches it);
    // at h = w = 1 (the dims of no entry) it would be 2*64*27 = 3,456 FLOPs. The two files differ
    // in one attribute, so git reports a rename.
    const conv = (stride: number): Uint8Array => {
      const g = new GraphBuilder('main');
      g.input('x', 'float32', [1, 3, 'h', 'w']);
      g.initializer('W', 'float32', [64, 3, 3, 3]);
      g.node('Conv', ['x', 'W'], ['y'], { pads: [1, 1, 1, 1], strides: [stride, stride] });
      g.output('y', 'float32', null);
      return modelBytes(g, { opset: 17 });
    };
    const r = repo();
    r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - name: main\n    path: "models/*.onnx"\n    dims: { h: 224, w: 224 }\n    budgets:\n      flops: { max: 100M }\nignore: ["models/legacy/**"]\n');
    r.write('models/a.onnx', conv(2));
    r.commit('base');
    interface Report { passed: boolean; ignored: string[]; models: Array<{ path: string; previousPath: string | null; status: string; name: string | null; notes: string[]; warnings?: string[]; rows: Array<{ metric: string; head: number | null; budget: string | null; status: string }> }> }
    const moveTo = (branch: string, to: string, stride: number): { status: number | null; report: Report; stderr: string } => {
      r.git('checkout', '-q', '-b', branch, 'main');
      mkdirSync(dirname(join(r.dir, to)), { recursive: true });
      r.git('mv', 'models/a.onnx', to);
      r.write(to, conv(stride));
      r.commit(branch);
      const run = cli(r.dir, 'check', '--base', 'main', '--format', 'json', '--jobs', '1');
      return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
    };
    const flops = (report: Report): unknown => report.models.map((m) => [m.path, m.previousPath, m.status, m.name, m.warnings ?? [], m.notes[0], m.rows.filter((row) => row.metric === 'flops').map((row) => [row.head, row.budget, row.status])]);
    const NOTE = 'the config entry of the base path applies: the new path ';
    // Before: "no budgets set", the head measured at h = w = 1 with warnings only, exit 0.
    const out = moveTo('out', 'models/v2/a.onnx', 1);
    assert.equal(out.status, 1, out.stderr);
    assert.deepEqual(flops(out.report), [['models/v2/a.onnx', 'models/a.onnx', 'renamed', 'main', [], `${NOTE}matches no entry`, [[173_408_256, '≤ 100 M', 'error']]]]);
    // Before: the model was listed as ignored and not measured at all, exit 0.
    const ignored = moveTo('ignored', 'models/legacy/a.onnx', 1);
    assert.equal(ignored.status, 1, ignored.stderr);
    assert.deepEqual(ignored.report.ignored, []);
    assert.deepEqual(flops(ignored.report), [['models/legacy/a.onnx', 'models/a.onnx', 'renamed', 'main', [], `${NOTE}is under an ignore glob`, [[173_408_256, '≤ 100 M', 'error']]]]);
    // An honest move keeps passing.
    const honest = moveTo('honest', 'models/v2/a.onnx', 2);
    assert.equal(honest.status, 0, honest.stderr);
    assert.deepEqual(flops(honest.report), [['models/v2/a.onnx', 'models/a.onnx', 'renamed', 'main', [], `${NOTE}matches no entry`, [[43_352_064, '≤ 100 M', 'ok']]]]);
    // The text report says the model was renamed and why its budgets still apply.
    r.git('checkout', '-q', 'out');
    const text = cli(r.dir, 'check', '--base', 'main', '--format', 'text', '--jobs', '1');
    assert.equal(text.status, 1, text.stderr);
    assert.match(text.stdout, /renamed from models\/a\.onnx/);
    assert.match(text.stdout, /note: the config entry of the base path applies: the new path matches no entry/);
  });

  test('a config error says whose copy is broken: the pull request\'s, or the base\'s', () => {
    const r = repo();
    r.write('.github/model-budget.yml', CONFIG_150);
    r.write('models/a.onnx', matmulModel(16, 8));
    const base = r.commit('base');
    r.write('.github/model-budget.yml', 'version: 1\nmodels: [\n');
    r.write('models/a.onnx', matmulModel(16, 10));
    // Before the fix both read `.github/model-budget.yml:3: invalid YAML: ...`: the budgets come
    // from the base, so a broken config read as the base branch's.
    const head = cli(r.dir, 'check', '--base', 'main');
    assert.equal(head.status, 2, head.stderr);
    assert.match(head.stderr, /^model-budget: \.github\/model-budget\.yml:3: invalid YAML: .* \(the head's copy: working tree\)$/m);
    r.commit('head');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('.github/model-budget.yml', CONFIG_150);
    const onBase = cli(r.dir, 'check', '--base', 'main');
    assert.equal(onBase.status, 2, onBase.stderr);
    assert.ok(onBase.stderr.includes(`model-budget: .github/model-budget.yml:3: invalid YAML: `), onBase.stderr);
    assert.ok(onBase.stderr.includes(` (the base's copy: commit ${r.git('rev-parse', 'main').slice(0, 12)})\n`), onBase.stderr);
    assert.notEqual(base, r.git('rev-parse', 'main'));
  });

  test('a base without a config: the head\'s applies and the report says so', async () => {
    const { run, comment } = await pullRequest(null, CONFIG_150);
    assert.equal(run.code, 1, run.stdout); // 160 > 150 from the PR's own config
    assert.equal(run.report?.configSource, 'head');
    assert.equal(run.report?.configNote, "The base branch has no .github/model-budget.yml yet: the budgets are this pull request's own.");
    assert.match(comment, /ℹ️ The base branch has no \\\.github\/model\\-budget\\\.yml yet\\: the budgets are this pull request's own\\\./);
    assert.deepEqual(run.report?.budgetChanges, []);
  });
});
