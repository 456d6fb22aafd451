/**
 * End-to-end: a hostile pull request against the bundled action (dist/action) and a real git
 * repository: a base-ref that is a git option, file names that carry workflow commands and
 * terminal escapes. Every run is bounded by runAction's timeout. Models are MatMul
 * X[1,k] x W[k,n]: params = k*n.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import type { PrFile } from '../support/fake-github.js';
import { git, matmulModel, pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';
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
    run(inputs?: Record<string, string>): Promise<ActionRun>;
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
      run: (inputs = {}) => runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(pr, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs }),
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
});
