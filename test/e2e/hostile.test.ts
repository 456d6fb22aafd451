/**
 * End-to-end: a hostile pull request against the bundled action (dist/action) and a real git
 * repository: a base-ref that is a git option, file names that carry workflow commands and
 * terminal escapes. Every run is bounded by runAction's timeout. Models are MatMul
 * X[1,k] x W[k,n]: params = k*n.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import type { PrFile } from '../support/fake-github.js';
import { externalMatmulModel, git, matmulModel, pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';
import type { ActionRun } from './harness.js';
import { assertNoInjectedCommands } from '../support/workflow-commands.js';

requireBundle();

describe('hostile pull requests', { concurrency: 4 }, () => {
  const cleanups: Array<() => void | Promise<void>> = [];
  after(async () => {
    for (const c of cleanups) await c();
  });
  let nextPr = 100;

  interface Pr {
    readonly gh: FakeGitHub;
    readonly repo: TestRepo;
    readonly baseSha: string;
    readonly headSha: string;
    run(inputs?: Record<string, string>, timeoutMs?: number): Promise<ActionRun>;
  }

  /**
   * base: models/a.onnx (16x8); head: whatever `change` does, checked out (head is the working
   * tree, as on a checkout of the PR head). The fake API lists the files `change` returns.
   */
  async function pullRequest(change: (repo: TestRepo) => PrFile[]): Promise<Pr> {
    const gh = new FakeGitHub();
    await gh.start();
    const repo = TestRepo.create('mb-hostile-');
    cleanups.push(() => gh.stop(), () => repo.cleanup());
    repo.write('models/a.onnx', matmulModel(16, 8));
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    const files = change(repo);
    const headSha = repo.commit('head');
    const pr = nextPr++;
    gh.prFiles.set(pr, files);
    return {
      gh, repo, baseSha, headSha,
      run: (inputs = {}, timeoutMs?: number) =>
        runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(pr, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs, ...(timeoutMs ? { timeoutMs } : {}) }),
    };
  }

  test('base-ref that is a git option: refused with one line, nothing runs', async () => {
    const remote = mkdtempSync(join(tmpdir(), 'mb-hostile-remote-'));
    const marker = join(remote, 'PWNED');
    cleanups.push(() => rmSync(remote, { recursive: true, force: true }));
    const p = await pullRequest((r) => {
      r.write('models/a.onnx', matmulModel(16, 10));
      return [{ filename: 'models/a.onnx', status: 'modified' }];
    });
    // A local origin, as on a self-hosted runner: git fetch would run --upload-pack's command.
    git(remote, 'init', '-q', '--bare');
    p.repo.git('remote', 'add', 'origin', remote);
    p.repo.git('push', '-q', 'origin', 'main');
    const run = await p.run({ 'base-ref': `--upload-pack=touch ${marker}; git-upload-pack` });
    assert.equal(existsSync(marker), false, 'the command in base-ref ran');
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /^::error::model-budget: base-ref '--upload-pack=touch .*; git-upload-pack' is not a valid git ref or SHA: must not start with '-'$/m);

    // A valid ref still works: origin/main is the base (128 -> 160 params).
    const ok = await p.run({ 'base-ref': 'main' });
    assert.equal(ok.code, 0, ok.stdout);
    const row = ok.report!.models.find((m) => m.path === 'models/a.onnx')!.rows.find((r) => r.metric === 'params')!;
    assert.deepEqual([row.base, row.head], [16 * 8, 16 * 10]);
  });

  test('file names with newlines, workflow commands and escape sequences reach the log escaped', async () => {
    const names = [
      'models/x\n::error title=PWNED::injected\n.onnx',
      'models/y\n::add-mask::PWNED\n.onnx',
      'models/z ##[error]PWNED.onnx',
      'models/\u001b[31mred\u001b[0m.onnx',
    ];
    const p = await pullRequest((r) => {
      for (const n of names) r.write(n, matmulModel(2, 3));
      // A budget every new model breaks, so each name also reaches annotations and the failure line.
      r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - name: mm\n    path: "models/**"\n    budgets:\n      params: { max: 5 }\n');
      return names.map((filename) => ({ filename, status: 'added' as const }));
    });
    const run = await p.run();
    assert.equal(run.code, 1, run.stdout);
    // Four new models of 2*3 = 6 params each, over the budget of 5 (at least the two without a
    // line break: the config glob is not this test's subject).
    assert.equal(run.report!.models.length, 4, run.stdout);
    const breached = run.report!.models.filter((m) => m.verdict === 'error').map((m) => m.path);
    assert.ok(breached.includes(names[2]!) && breached.includes(names[3]!), run.stdout);
    assertNoInjectedCommands(run.stdout);
    assertNoInjectedCommands(run.stderr);
    // The names are still there, visibly escaped.
    assert.ok(run.stdout.includes('Profiling models/x\\n::error title=PWNED::injected\\n.onnx (added)'), run.stdout);
    assert.ok(run.stdout.includes('models/z ##\\[error]PWNED.onnx'), run.stdout);
    assert.ok(run.stdout.includes('models/\\x1b[31mred\\x1b[0m.onnx'), run.stdout);
  });

  function outsideDir(): string {
    const d = mkdtempSync(join(tmpdir(), 'mb-hostile-outside-'));
    cleanups.push(() => rmSync(d, { recursive: true, force: true }));
    return d;
  }

  const errorOf = (run: ActionRun, path: string): string => run.report!.models.find((m) => m.path === path)?.error ?? '(measured)';

  test('model files that are links to /dev/zero, to a FIFO or out of the repository: not measured, in seconds', async () => {
    const outside = outsideDir();
    writeFileSync(join(outside, 'real.onnx'), matmulModel(4, 4));
    const p = await pullRequest((r) => {
      mkdirSync(join(r.dir, 'models'), { recursive: true });
      symlinkSync('/dev/zero', join(r.dir, 'models/zero.onnx'));
      symlinkSync('pipe', join(r.dir, 'models/fifo.onnx'));
      symlinkSync(join(outside, 'real.onnx'), join(r.dir, 'models/outside.onnx'));
      symlinkSync('a.onnx', join(r.dir, 'models/inside.onnx'));
      return ['zero', 'fifo', 'outside', 'inside'].map((n) => ({ filename: `models/${n}.onnx`, status: 'added' as const }));
    });
    // git cannot commit a FIFO: it appears in the checkout (an earlier step), the link is committed.
    execFileSync('mkfifo', [join(p.repo.dir, 'models/pipe')]);
    // Before the fix /dev/zero was read whole (gigabytes) and the FIFO blocked for ever.
    const run = await p.run({}, 20_000);
    assert.equal(run.code, 1, run.stdout);
    assert.match(errorOf(run, 'models/zero.onnx'), /^models\/zero\.onnx: is a symbolic link \(or lies below one\) that leads outside the working tree/);
    assert.match(errorOf(run, 'models/fifo.onnx'), /^models\/fifo\.onnx: is not a regular file \(a FIFO\)$/);
    assert.match(errorOf(run, 'models/outside.onnx'), /^models\/outside\.onnx: is a symbolic link \(or lies below one\) that leads outside the working tree/);
    // A link inside the repository is fine: models/a.onnx at head is 16x8 = 128 params.
    assert.equal(run.report!.models.find((m) => m.path === 'models/inside.onnx')!.rows.find((r) => r.metric === 'params')!.head, 128);
    assert.match(run.stdout, /^::error::model-budget: 3 models could not be measured: /m);
  });

  test('external data (or a folder on its way) linked out of the model folder is refused', async () => {
    const outside = outsideDir();
    const ext = (location: string) => externalMatmulModel(4, 4, location);
    const p = await pullRequest((r) => {
      // Inside the repository but outside the model's folder: the model folder is the limit.
      const one = ext('w.data');
      r.write('models/one/m.onnx', one.model);
      r.write('models/shared/w.data', one.data);
      symlinkSync('../shared/w.data', join(r.dir, 'models/one/w.data'));
      // A file out of the repository.
      const two = ext('w.data');
      r.write('models/two/m.onnx', two.model);
      writeFileSync(join(outside, 'w.data'), two.data);
      symlinkSync(join(outside, 'w.data'), join(r.dir, 'models/two/w.data'));
      // A folder on the way that leads out.
      const three = ext('sub/w.data');
      r.write('models/three/m.onnx', three.model);
      symlinkSync(outside, join(r.dir, 'models/three/sub'));
      return ['one', 'two', 'three'].map((n) => ({ filename: `models/${n}/m.onnx`, status: 'added' as const }));
    });
    const run = await p.run();
    assert.equal(run.code, 1, run.stdout);
    assert.match(errorOf(run, 'models/one/m.onnx'), /external data 'w\.data': is a symbolic link \(or lies below one\) that leads outside the model's folder$/);
    for (const m of ['models/two/m.onnx', 'models/three/m.onnx']) assert.match(errorOf(run, m), /that leads outside the (working tree|model's folder)/, m);
    assert.match(run.stdout, /^::error::model-budget: 3 models could not be measured: /m);
  });

  test('a name that is not UTF-8, listed by the API with U+FFFD: git diff tells it from the valid name', async () => {
    const p = await pullRequest((r) => {
      r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - name: mm\n    path: "models/**"\n    budgets:\n      params: { max: 10 }\n');
      r.write('models/b\ufffd.onnx', matmulModel(4, 2));
      writeFileSync(Buffer.concat([Buffer.from(join(r.dir, 'models/b')), Buffer.from([0xff]), Buffer.from('.onnx')]), matmulModel(16, 8));
      // What an API that decodes names with U+FFFD lists: both files under one valid name.
      return [{ filename: 'models/b\ufffd.onnx', status: 'added' as const }, { filename: 'models/b\ufffd.onnx', status: 'added' as const }];
    });
    // Before the fix both rows measured models/b\ufffd.onnx (4x2 = 8 params, within 10): a pass.
    const run = await p.run();
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /listed a file without a usable name; using git diff/);
    assert.equal(run.report!.models.find((m) => m.path === 'models/b\ufffd.onnx')!.rows.find((r) => r.metric === 'params')!.head, 8);
    assert.equal(errorOf(run, 'models/b\udcff.onnx'), 'models/b\udcff.onnx: its name is not valid UTF-8, so it cannot be read by that name (rename it)');
    assertNoInjectedCommands(run.stdout);
  });

  test('head-path/base-path: a FIFO or a link out of the directory ends in seconds as not measured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-hostile-dirs-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const gh = new FakeGitHub();
    await gh.start();
    cleanups.push(() => gh.stop());
    const r = TestRepo.at(dir);
    r.write('gen/base/m.onnx', matmulModel(16, 8));
    r.write('gen/base/fifo.onnx', matmulModel(2, 2));
    r.write('gen/secret.onnx', matmulModel(3, 3));
    r.write('gen/base/out.onnx', matmulModel(3, 3));
    r.write('gen/head/m.onnx', matmulModel(16, 10));
    execFileSync('mkfifo', [join(dir, 'gen/head/pipe')]);
    // Both sides have the path: comparing the contents used to open the FIFO and wait.
    symlinkSync('pipe', join(dir, 'gen/head/fifo.onnx'));
    symlinkSync('../secret.onnx', join(dir, 'gen/head/out.onnx'));
    const run = await runAction({
      cwd: dir, eventName: 'pull_request', apiUrl: gh.url, payload: pullRequestPayload(nextPr++, 'a'.repeat(40), 'b'.repeat(40)),
      inputs: { 'working-directory': 'gen', 'head-path': 'head', 'base-path': 'base' }, timeoutMs: 60_000, // a hang never ends; 60 s leaves room for a loaded machine
    });
    assert.equal(run.code, 1, run.stdout);
    assert.match(errorOf(run, 'fifo.onnx'), /^fifo\.onnx: is not a regular file \(a FIFO\)$/);
    assert.match(errorOf(run, 'out.onnx'), /^out\.onnx: is a symbolic link \(or lies below one\) that leads outside the directory head$/);
    // 16x8 = 128 -> 16x10 = 160 params, as before.
    const m = run.report!.models.find((x) => x.path === 'm.onnx')!.rows.find((x) => x.metric === 'params')!;
    assert.deepEqual([m.base, m.head], [128, 160]);
  });
});
