/**
 * End-to-end: push events, the fork-safe report -> publish pair, head-path/base-path, a shallow
 * clone missing the base commit, and the `model-budget check` CLI. Models are MatMul
 * X[1,k] x W[k,n]: params = k*n.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from '../support/fake-github.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { CLI, git, matmulModel, pullRequestPayload, requireBundle, runAction, startedServer, TestRepo } from './harness.js';
import type { Cleanups } from './harness.js';
import type { ActionRun } from './harness.js';

requireBundle();
requireBundle(CLI);

const HAS_GIT_LFS = spawnSync('git', ['lfs', 'version']).status === 0;

const BREACH_CONFIG = 'version: 1\nmodels:\n  - name: mm\n    path: "**/*.onnx"\n    budgets:\n      params: { max: 150 }\n';

const paramsRow = (run: ActionRun, path: string) => run.report!.models.find((m) => m.path === path)!.rows.find((r) => r.metric === 'params')!;

describe('other events', { concurrency: 4 }, () => {
  const cleanups: Cleanups = [];
  after(async () => {
    for (const c of cleanups) await c();
  });
  const server = (): Promise<FakeGitHub> => startedServer(cleanups);
  function repo(): TestRepo {
    const r = TestRepo.create();
    cleanups.push(() => r.cleanup());
    return r;
  }

  test('push: compares with the previous commit; summary and outputs, no comment', async () => {
    const gh = await server();
    const r = repo();
    r.write('models/a.onnx', matmulModel(16, 8)); // 128 params
    const before = r.commit('one');
    r.write('models/a.onnx', matmulModel(16, 10)); // 160 params
    const afterSha = r.commit('two');
    const run = await runAction({
      cwd: r.dir, eventName: 'push', apiUrl: gh.url, sha: afterSha,
      payload: { ref: 'refs/heads/main', before, after: afterSha, repository: { full_name: 'acme/models' } },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['base-sha'], before);
    assert.deepEqual([paramsRow(run, 'models/a.onnx').base, paramsRow(run, 'models/a.onnx').head], [128, 160]);
    assert.deepEqual(gh.requests.filter((q) => q.method !== 'GET'), [], 'no comment and no status on push');
    assert.match(run.summary, /models\/a\\?\.onnx/);
    assert.match(run.stdout, new RegExp(`Changed files from git diff ${before.slice(0, 12)}\\.\\.${afterSha.slice(0, 12)}: 1`));

    // A new branch (before = zeros) compares with the first parent; a breach fails the push.
    writeFileSync(join(r.dir, 'budget.yml'), BREACH_CONFIG);
    const run2 = await runAction({
      cwd: r.dir, eventName: 'push', apiUrl: gh.url, sha: afterSha, inputs: { config: 'budget.yml' },
      payload: { ref: 'refs/heads/topic', before: '0'.repeat(40), after: afterSha },
    });
    assert.equal(run2.code, 1);
    assert.equal(run2.outputs['base-sha'], before);
    assert.match(run2.stdout, /::error::model-budget: 1 budget breach: models\/a\.onnx: params: /);

    // After a force push `before` may be gone: the first parent is used instead.
    const gone = 'deadbeef'.repeat(5);
    const run3 = await runAction({ cwd: r.dir, eventName: 'push', apiUrl: gh.url, sha: afterSha, payload: { before: gone, after: afterSha } });
    assert.equal(run3.code, 0, run3.stdout);
    assert.equal(run3.outputs['base-sha'], before);
    assert.match(run3.stdout, new RegExp(`previous commit ${gone} cannot be fetched`));
  });

  test('merge_group and workflow_dispatch baselines; a bad input is one clear error', async () => {
    const gh = await server();
    const r = repo();
    r.write('models/a.onnx', matmulModel(16, 8)); // 128
    const base = r.commit('one');
    r.write('models/a.onnx', matmulModel(16, 12)); // 192
    const middle = r.commit('two');
    r.write('models/a.onnx', matmulModel(16, 10)); // 160
    const head = r.commit('three');
    const queue = await runAction({
      cwd: r.dir, eventName: 'merge_group', apiUrl: gh.url, sha: head,
      payload: { merge_group: { base_sha: base, head_sha: head, base_ref: 'refs/heads/main' } },
    });
    assert.equal(queue.code, 0, queue.stdout);
    assert.equal(queue.outputs['base-sha'], base);
    assert.deepEqual([paramsRow(queue, 'models/a.onnx').base, paramsRow(queue, 'models/a.onnx').head], [128, 160]);
    // workflow_dispatch: the first parent of head...
    const dispatch = await runAction({ cwd: r.dir, eventName: 'workflow_dispatch', apiUrl: gh.url, sha: head, payload: { inputs: {} } });
    assert.equal(dispatch.outputs['base-sha'], middle);
    assert.equal(paramsRow(dispatch, 'models/a.onnx').base, 192);
    // ...or base-ref (here a SHA; its merge base with head is itself).
    const pinned = await runAction({ cwd: r.dir, eventName: 'workflow_dispatch', apiUrl: gh.url, sha: head, payload: {}, inputs: { 'base-ref': base } });
    assert.equal(pinned.outputs['base-sha'], base);
    assert.deepEqual(gh.requests.filter((q) => q.method !== 'GET'), [], 'no comment outside pull requests');
    const bad = await runAction({ cwd: r.dir, eventName: 'push', apiUrl: gh.url, sha: head, payload: {}, inputs: { 'fail-on': 'sometimes' } });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^::error::model-budget: input 'fail-on': 'sometimes' is not one of error, warning, never$/m);
  });

  test('pull request with base-ref: the changed files are the diff against that base, not the pull request\'s list', async () => {
    const gh = await server();
    const r = repo();
    r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - path: "models/*.onnx"\n    budgets:\n      params: { max-increase: 10% }\n');
    r.write('models/a.onnx', matmulModel(16, 8)); // 128 params at the release
    const release = r.commit('release');
    r.git('tag', 'v1');
    r.write('models/a.onnx', matmulModel(16, 10)); // 160 on main: +25% since v1
    const main = r.commit('main grows the model');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('README.md', 'docs');
    const head = r.commit('docs only');
    // GitHub lists what the pull request changes against main: the README alone.
    gh.prFiles.set(3, [{ filename: 'README.md', status: 'added' }]);
    const run = await runAction({ cwd: r.dir, eventName: 'pull_request', payload: pullRequestPayload(3, main, head), apiUrl: gh.url, sha: head, inputs: { 'base-ref': 'v1' } });
    // Before: compared with v1 (base-sha) but over the API's list: no model changed, passed.
    assert.equal(run.outputs['base-sha'], release);
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['changed-models'], '["models/a.onnx"]');
    assert.deepEqual([paramsRow(run, 'models/a.onnx').base, paramsRow(run, 'models/a.onnx').head, paramsRow(run, 'models/a.onnx').status], [128, 160, 'error']);
  });

  test('push of a root commit: every model is new', async () => {
    const gh = await server();
    const r = repo();
    r.write('models/a.onnx', matmulModel(4, 6)); // 24 params
    const only = r.commit('initial');
    const run = await runAction({ cwd: r.dir, eventName: 'push', apiUrl: gh.url, sha: only, payload: { before: '0'.repeat(40), after: only } });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['base-sha'], '');
    assert.equal(run.report!.models[0]!.status, 'added');
    assert.deepEqual([paramsRow(run, 'models/a.onnx').isNew, paramsRow(run, 'models/a.onnx').head], [true, 24]);
  });

  test('report then publish: the trusted run validates, renders, comments and sets a status', async () => {
    const gh = await server();
    const r = repo();
    r.write('models/a.onnx', matmulModel(16, 8));
    r.write('.github/model-budget.yml', BREACH_CONFIG);
    const baseSha = r.commit('base');
    r.git('checkout', '-q', '-b', 'fork-feature');
    r.write('models/a.onnx', matmulModel(16, 10)); // 160 > 150
    const headSha = r.commit('head');
    gh.prFiles.set(7, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const report = await runAction({
      cwd: r.dir, eventName: 'pull_request', apiUrl: gh.url, sha: headSha, payload: pullRequestPayload(7, baseSha, headSha),
      inputs: { mode: 'report', 'report-path': 'out/model-budget.json', 'github-token': '' },
    });
    assert.equal(report.code, 1, 'report mode still fails on a breach');
    assert.equal(report.outputs['report-json'], join(r.dir, 'out/model-budget.json'));
    assert.equal(gh.requests.filter((q) => q.method !== 'GET').length, 0, 'report mode writes nothing to GitHub');

    // The publish job: workflow_run event, no checkout of the PR, only the artifact.
    const artifactDir = mkdtempSync(join(tmpdir(), 'mb-artifact-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', artifactDir]));
    writeFileSync(join(artifactDir, 'model-budget.json'), readFileSync(join(r.dir, 'out/model-budget.json')));
    gh.commitPulls.set(headSha, [{ number: 7, state: 'open', head: { sha: headSha } }]);
    const payload = { action: 'completed', workflow_run: { head_sha: headSha, pull_requests: [], conclusion: 'failure' } };
    const publish = await runAction({
      cwd: artifactDir, eventName: 'workflow_run', apiUrl: gh.url, payload, inputs: { 'report-path': 'model-budget.json' },
    });
    assert.equal(publish.code, 0, publish.stdout);
    assert.equal(gh.comments.get(7)!.length, 1);
    assert.match(gh.comments.get(7)![0]!.body, /^<!-- model-budget:default -->/);
    assert.match(gh.comments.get(7)![0]!.body, /1 budget exceeded/);
    // Publish names the head commit from the trusted event; the artifact carries no SHA to trust.
    assert.ok(gh.comments.get(7)![0]!.body.includes(`head [\`${headSha.slice(0, 7)}\`](https://github.example/acme/models/commit/${headSha})`));
    assert.equal(gh.statuses.length, 1);
    assert.deepEqual(
      { ...gh.statuses[0]! },
      { sha: headSha, state: 'failure', context: 'model-budget', description: '1 budget exceeded', target_url: 'https://github.example/acme/models/actions/runs/4242' },
    );
    assert.equal(publish.outputs['passed'], 'false');
    assert.equal(publish.outputs['comment-id'], String(gh.comments.get(7)![0]!.id));

    // A tampered artifact (passed: true over a breached row) is rejected.
    const tampered = JSON.parse(readFileSync(join(artifactDir, 'model-budget.json'), 'utf8')) as Record<string, unknown>;
    tampered['passed'] = true;
    tampered['violations'] = 0;
    writeFileSync(join(artifactDir, 'bad.json'), JSON.stringify(tampered));
    const bad = await runAction({
      cwd: artifactDir, eventName: 'workflow_run', apiUrl: gh.url, payload, inputs: { 'report-path': 'bad.json', 'status-context': 'other' },
    });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /::error::model-budget: report-path "bad\.json": invalid gate report: report\.violations: /);
    assert.equal(gh.statuses.length, 1, 'no status from a rejected report');

    // The artifact is untrusted: a FIFO, /dev/zero behind a link, a directory or a 17 MiB file
    // is one line naming the input, never a hang or a 17 MiB read.
    execFileSync('mkfifo', [join(artifactDir, 'fifo.json')]);
    symlinkSync('/dev/zero', join(artifactDir, 'zero.json'));
    mkdirSync(join(artifactDir, 'dir.json'));
    writeFileSync(join(artifactDir, 'huge.json'), '');
    truncateSync(join(artifactDir, 'huge.json'), 17 * 1024 * 1024); // sparse: no 17 MiB written
    const hostile: [string, RegExp][] = [
      ['fifo.json', /report-path "fifo\.json": is not a regular file \(a FIFO\)/],
      ['zero.json', /report-path "zero\.json": is not a regular file \(a character device\)/],
      ['dir.json', /report-path "dir\.json": is not a regular file \(a directory\)/],
      ['huge.json', /report-path "huge\.json": larger than 16 MiB, more than a gate report can be/],
    ];
    for (const [file, message] of hostile) {
      const run = await runAction({ cwd: artifactDir, eventName: 'workflow_run', apiUrl: gh.url, payload, inputs: { 'report-path': file }, timeoutMs: 120_000 });
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, new RegExp(`::error::model-budget: ${message.source}`));
    }
    assert.equal(gh.statuses.length, 1, 'no status from a rejected report');

    // The gate job's working-directory does not exist in the publish job, which checks nothing
    // out: with an absolute report-path, publishing works as before.
    const again = await runAction({
      cwd: artifactDir, eventName: 'workflow_run', apiUrl: gh.url, payload,
      inputs: { 'working-directory': 'ml', 'report-path': join(artifactDir, 'model-budget.json') },
    });
    assert.equal(again.code, 0, again.stdout);
    assert.equal(gh.statuses.length, 2);
    assert.equal(gh.comments.get(7)!.length, 1, 'the same comment, edited');

    // A rate-limited status call says so (it said the token lacked statuses: write).
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.fail({ method: 'POST', path: /\/statuses\//, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' }, times: 100 });
    const limited = await runAction({ cwd: artifactDir, eventName: 'workflow_run', apiUrl: gh.url, payload, inputs: { 'report-path': 'model-budget.json' } });
    assert.equal(limited.code, 0, limited.stdout);
    assert.match(limited.stdout, /^::warning::GitHub's API rate limit stopped the commit status: /m);
    assert.doesNotMatch(limited.stdout, /statuses: write/);
  });

  test('report then publish: a node name of 5,000 characters still gets its comment and status', async () => {
    // The report mode wrote the name whole, the schema allows 4,096 characters of text, and
    // publish refused the artifact ("invalid gate report: report.models[0].why: expected null").
    const gh = await server();
    const r = repo();
    r.write('models/a.onnx', matmulModel(16, 8));
    r.write('.github/model-budget.yml', BREACH_CONFIG);
    const baseSha = r.commit('base');
    r.git('checkout', '-q', '-b', 'long-names');
    const g = new GraphBuilder('mm');
    g.input('X', 'float32', [1, 16]);
    g.initializer('W', 'float32', [16, 10]);
    g.node('MatMul', ['X', 'W'], ['Y'], {}, { name: `:white_check_mark: ${'n'.repeat(5000)}` });
    g.output('Y', 'float32', [1, 10]);
    r.write('models/a.onnx', modelBytes(g)); // 160 > 150
    const headSha = r.commit('head');
    gh.prFiles.set(8, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const report = await runAction({
      cwd: r.dir, eventName: 'pull_request', apiUrl: gh.url, sha: headSha, payload: pullRequestPayload(8, baseSha, headSha),
      inputs: { mode: 'report', 'report-path': 'out/model-budget.json', 'github-token': '' },
    });
    assert.equal(report.code, 1, 'report mode still fails on a breach');
    const artifactDir = mkdtempSync(join(tmpdir(), 'mb-artifact-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', artifactDir]));
    writeFileSync(join(artifactDir, 'model-budget.json'), readFileSync(join(r.dir, 'out/model-budget.json')));
    gh.commitPulls.set(headSha, [{ number: 8, state: 'open', head: { sha: headSha } }]);
    const payload = { action: 'completed', workflow_run: { head_sha: headSha, pull_requests: [], conclusion: 'failure' } };
    const publish = await runAction({ cwd: artifactDir, eventName: 'workflow_run', apiUrl: gh.url, payload, inputs: { 'report-path': 'model-budget.json' } });
    assert.equal(publish.code, 0, publish.stdout);
    const body = gh.comments.get(8)![0]!.body;
    assert.match(body, /^<!-- model-budget:default -->\n### Model budget: ❌ 1 budget exceeded\n/);
    // The node's row names it as code, cut to 200 characters.
    assert.ok(body.includes(`| \`:white_check_mark: ${'n'.repeat(180)}…\` | \`MatMul\` | added |`), body);
    assert.deepEqual(gh.statuses.map((st) => [st.sha, st.state]), [[headSha, 'failure']]);
  });

  test('publish for a pull request from a fork: found among the open pull requests by head SHA', async () => {
    const gh = await server();
    const r = repo();
    r.write('models/a.onnx', matmulModel(16, 8)); // 128 params
    const baseSha = r.commit('base');
    r.git('checkout', '-q', '-b', 'patch-1');
    r.write('models/a.onnx', matmulModel(16, 10)); // 160 params
    const headSha = r.commit('head');
    gh.prFiles.set(12, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const report = await runAction({
      cwd: r.dir, eventName: 'pull_request', apiUrl: gh.url, sha: headSha, payload: pullRequestPayload(12, baseSha, headSha),
      inputs: { mode: 'report', 'report-path': 'out/report.json', 'github-token': '' },
    });
    assert.equal(report.code, 0, report.stdout);
    const artifactDir = mkdtempSync(join(tmpdir(), 'mb-artifact-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', artifactDir]));
    writeFileSync(join(artifactDir, 'report.json'), readFileSync(join(r.dir, 'out/report.json')));
    // What GitHub sends for a fork: pull_requests is empty and commits/{sha}/pulls knows nothing.
    gh.openPulls.push(
      { number: 3, state: 'open', head: { sha: 'c'.repeat(40), ref: 'other', repo: { owner: { login: 'acme' } } } },
      { number: 12, state: 'open', head: { sha: headSha, ref: 'patch-1', repo: { owner: { login: 'contributor' } } } },
    );
    const payload = {
      action: 'completed',
      workflow_run: { head_sha: headSha, head_branch: 'patch-1', head_repository: { full_name: 'contributor/models', owner: { login: 'contributor' } }, pull_requests: [], event: 'pull_request' },
    };
    const publish = await runAction({ cwd: artifactDir, eventName: 'workflow_run', apiUrl: gh.url, payload, inputs: { 'report-path': 'report.json' } });
    assert.equal(publish.code, 0, publish.stdout);
    assert.equal(gh.comments.get(12)?.length, 1, publish.stdout);
    assert.equal(gh.comments.get(3), undefined);
    assert.deepEqual(gh.find('GET', /^\/repos\/acme\/models\/pulls$/).map((q) => q.query.get('head')), ['contributor:patch-1']);
    assert.deepEqual(gh.statuses.map((x) => [x.sha, x.state]), [[headSha, 'success']]);
  });

  test('head-path/base-path: two generated directories paired by relative path', async () => {
    const gh = await server();
    const dir = mkdtempSync(join(tmpdir(), 'mb-dirs-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', dir]));
    const r = TestRepo.at(dir);
    r.write('gen/base/m.onnx', matmulModel(16, 8)); // 128
    r.write('gen/head/m.onnx', matmulModel(16, 10)); // 160
    r.write('gen/base/gone.onnx', matmulModel(2, 2)); // 4, deleted
    r.write('gen/head/sub/new.onnx', matmulModel(3, 3)); // 9, added
    r.write('gen/base/same.onnx', matmulModel(5, 5));
    r.write('gen/head/same.onnx', matmulModel(5, 5)); // identical: not changed
    const run = await runAction({
      cwd: dir, eventName: 'pull_request', apiUrl: gh.url, payload: pullRequestPayload(3, 'a'.repeat(40), 'b'.repeat(40)),
      inputs: { 'working-directory': 'gen', 'head-path': 'head', 'base-path': 'base' },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(JSON.parse(run.outputs['changed-models']!).sort(), ['gone.onnx', 'm.onnx', 'sub/new.onnx']);
    assert.deepEqual([paramsRow(run, 'm.onnx').base, paramsRow(run, 'm.onnx').head], [128, 160]);
    assert.equal(paramsRow(run, 'gone.onnx').base, 4);
    assert.equal(paramsRow(run, 'sub/new.onnx').head, 9);
    assert.equal(gh.comments.get(3)!.length, 1);

    // A head-path that is a file is a failed input (one line), not "a bug in model-budget".
    const notDir = await runAction({
      cwd: dir, eventName: 'pull_request', apiUrl: gh.url, payload: pullRequestPayload(3, 'a'.repeat(40), 'b'.repeat(40)),
      inputs: { 'working-directory': 'gen', 'head-path': 'head/m.onnx', 'base-path': 'base' },
    });
    assert.equal(notDir.code, 1);
    assert.match(notDir.stdout, /^::error::model-budget: input 'head-path': head\/m\.onnx is not a directory$/m);
    assert.doesNotMatch(notDir.stdout, /bug in model-budget/);
  });

  test('shallow clone without the base commit: fetches exactly that commit, keeps the clone shallow', async () => {
    const gh = await server();
    const origin = repo();
    origin.write('models/a.onnx', matmulModel(16, 8)); // 128
    const mergeBase = origin.commit('base');
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write('models/a.onnx', matmulModel(16, 10)); // 160
    origin.write('notes.txt', 'x');
    const headSha = origin.commit('head');
    origin.git('checkout', '-q', 'main');
    origin.write('other.txt', 'main moved on');
    const baseTip = origin.commit('main moves on'); // the PR base tip is no longer the merge base
    const bare = mkdtempSync(join(tmpdir(), 'mb-bare-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', bare]));
    git(tmpdir(), 'clone', '-q', '--bare', origin.dir, join(bare, 'origin.git'));
    const work = join(bare, 'work');
    git(tmpdir(), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${join(bare, 'origin.git')}`, work);
    assert.equal(git(work, 'rev-parse', '--is-shallow-repository'), 'true');
    assert.throws(() => git(work, 'cat-file', '-e', `${mergeBase}^{commit}`), 'the clone lacks the merge base');
    gh.prFiles.set(5, [{ filename: 'models/a.onnx', status: 'modified' }, { filename: 'notes.txt', status: 'added' }]);
    gh.mergeBases.set(`${baseTip}...${headSha}`, mergeBase);
    const run = await runAction({ cwd: work, eventName: 'pull_request', apiUrl: gh.url, sha: headSha, payload: pullRequestPayload(5, baseTip, headSha) });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['base-sha'], mergeBase);
    assert.match(run.stdout, new RegExp(`fetching just that commit: git fetch --no-tags --depth=1 origin ${mergeBase}`));
    assert.match(run.stdout, new RegExp(`Base: ${baseTip} \\(merge base ${mergeBase}\\); head: ${headSha}`));
    assert.deepEqual([paramsRow(run, 'models/a.onnx').base, paramsRow(run, 'models/a.onnx').head], [128, 160]);
    // Still shallow, history not deepened: HEAD has exactly one reachable commit.
    assert.equal(git(work, 'rev-parse', '--is-shallow-repository'), 'true');
    assert.equal(git(work, 'rev-list', '--count', 'HEAD'), '1');
    assert.equal(git(work, 'tag'), '', 'no tags fetched');
  });

  test('shallow clone, base-ref given as a branch that is not fetched: fetched alone, merge base from the API', async () => {
    const gh = await server();
    const origin = repo();
    origin.write('models/a.onnx', matmulModel(16, 8)); // 128
    const mergeBase = origin.commit('base');
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write('models/a.onnx', matmulModel(16, 10)); // 160
    const headSha = origin.commit('head');
    origin.git('checkout', '-q', 'main');
    origin.write('other.txt', 'main moved on');
    const mainTip = origin.commit('main moves on');
    const bare = mkdtempSync(join(tmpdir(), 'mb-bare-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', bare]));
    git(tmpdir(), 'clone', '-q', '--bare', origin.dir, join(bare, 'origin.git'));
    const work = join(bare, 'work');
    git(tmpdir(), 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'feature', `file://${join(bare, 'origin.git')}`, work);
    gh.mergeBases.set(`${mainTip}...${headSha}`, mergeBase);
    const run = await runAction({ cwd: work, eventName: 'workflow_dispatch', apiUrl: gh.url, sha: headSha, payload: {}, inputs: { 'base-ref': 'main' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /base-ref 'main' is not in the local clone; fetching it alone: git fetch --no-tags --depth=1 origin main/);
    assert.match(run.stdout, /Merge base from the compare API/);
    assert.equal(run.outputs['base-sha'], mergeBase);
    assert.deepEqual([paramsRow(run, 'models/a.onnx').base, paramsRow(run, 'models/a.onnx').head], [128, 160]);
    assert.equal(git(work, 'rev-list', '--count', 'HEAD'), '1');
  });

  test('checkout of the PR merge commit (actions/checkout default): head files come from the head commit', async () => {
    const gh = await server();
    const origin = repo();
    origin.write('models/a.onnx', matmulModel(16, 8)); // 128
    const mergeBase = origin.commit('base');
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write('models/a.onnx', matmulModel(16, 10)); // 160
    const headSha = origin.commit('head');
    origin.git('checkout', '-q', 'main');
    origin.write('models/main-only.onnx', matmulModel(2, 2)); // on main after the branch point: not the PR's change
    const baseTip = origin.commit('main moves on');
    origin.git('checkout', '-q', '--detach', 'main');
    origin.git('merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature');
    origin.git('update-ref', 'refs/pull/9/merge', 'HEAD');
    const bare = mkdtempSync(join(tmpdir(), 'mb-bare-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', bare]));
    git(tmpdir(), 'clone', '-q', '--mirror', origin.dir, join(bare, 'origin.git'));
    // What actions/checkout does for pull_request: init, fetch the merge ref at depth 1, check it out.
    const work = join(bare, 'work');
    git(tmpdir(), 'init', '-q', work);
    git(work, 'remote', 'add', 'origin', `file://${join(bare, 'origin.git')}`);
    git(work, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/9/merge:refs/remotes/pull/9/merge');
    git(work, 'checkout', '-q', '--detach', 'refs/remotes/pull/9/merge');
    gh.prFiles.set(9, [{ filename: 'models/a.onnx', status: 'modified' }]);
    gh.mergeBases.set(`${baseTip}...${headSha}`, mergeBase);
    const run = await runAction({ cwd: work, eventName: 'pull_request', apiUrl: gh.url, sha: git(work, 'rev-parse', 'HEAD'), payload: pullRequestPayload(9, baseTip, headSha) });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /The checkout is not the head commit; reading head files from commit/);
    assert.equal(run.outputs['base-sha'], mergeBase);
    assert.deepEqual(JSON.parse(run.outputs['changed-models']!), ['models/a.onnx']);
    assert.deepEqual([paramsRow(run, 'models/a.onnx').base, paramsRow(run, 'models/a.onnx').head], [128, 160]);
    assert.equal(git(work, 'rev-parse', '--is-shallow-repository'), 'true');
  });

  test('model-budget check: the gate locally, against git history and the working tree', async () => {
    const r = repo();
    r.write('models/a.onnx', matmulModel(16, 8));
    r.write('.github/model-budget.yml', BREACH_CONFIG);
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('models/a.onnx', matmulModel(16, 9)); // 144 <= 150: committed
    r.commit('head');
    const ok = spawnSync(process.execPath, [CLI, 'check', '--base', 'main'], { cwd: r.dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /\| Params \| 128 \| 144 \| \+16 \(\+12\.5%\)/);
    // An uncommitted edit and an untracked new model count too.
    r.write('models/a.onnx', matmulModel(16, 10)); // 160 > 150
    r.write('models/b.onnx', matmulModel(2, 3)); // new, 6 params
    const bad = spawnSync(process.execPath, [CLI, 'check', '--base', 'main', '--format', 'json'], { cwd: r.dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(bad.status, 1, bad.stderr);
    const report = JSON.parse(bad.stdout) as { passed: boolean; changedModels: string[]; violations: number };
    assert.equal(report.passed, false);
    assert.equal(report.violations, 1);
    assert.deepEqual([...report.changedModels].sort(), ['models/a.onnx', 'models/b.onnx']);
    // Without --base the default branch (main) is used.
    const dflt = spawnSync(process.execPath, [CLI, 'check'], { cwd: r.dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(dflt.status, 1);
    assert.match(dflt.stderr, /model-budget check: base main/);
    // Bad input is exit 2 with one line naming the file, line and key (not a breach, not a crash).
    r.write('.github/model-budget.yml', BREACH_CONFIG.replace('max: 150', 'max: 60X'));
    const invalid = spawnSync(process.execPath, [CLI, 'check', '--base', 'main'], { cwd: r.dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(invalid.status, 2, invalid.stderr);
    // The base is resolved first (the budgets come from its side), then the config is read.
    assert.match(invalid.stderr, /^model-budget check: base main .*\nmodel-budget: \.github\/model-budget\.yml:6: models\[0\]\.budgets\.params\.max: "60X" is not a count \(use K\/M\/G\/T\) \(the head's copy: working tree\)\n$/);
    assert.equal(invalid.stdout, '');
  });

  test('model-budget diff: two files, budgets from the config entry of the head path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-diff-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', dir]));
    const r = TestRepo.at(dir);
    r.write('old.onnx', matmulModel(16, 8)); // 128 params
    r.write('new.onnx', matmulModel(16, 10)); // 160 params
    r.write('budget.yml', BREACH_CONFIG); // params max 150
    const noBudget = spawnSync(process.execPath, [CLI, 'diff', 'old.onnx', 'new.onnx', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(noBudget.status, 0, noBudget.stderr);
    const row = (JSON.parse(noBudget.stdout) as { models: Array<{ rows: Array<{ metric: string; base: number; head: number; delta: number }> }> }).models[0]!.rows.find((x) => x.metric === 'params')!;
    assert.deepEqual([row.base, row.head, row.delta], [128, 160, 32]);
    const breach = spawnSync(process.execPath, [CLI, 'diff', 'old.onnx', 'new.onnx', '--config', 'budget.yml'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(breach.status, 1, breach.stderr);
    assert.match(breach.stdout, /\| Params \| 128 \| 160 \| \+32 \(\+25\.0%\)/);
    const missing = spawnSync(process.execPath, [CLI, 'diff', 'old.onnx', 'nope.onnx'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'model-budget: nope.onnx: file not found\n');
    // A path with ': ' in it is named whole, and the message after it is kept whole.
    r.write('v1: broken.onnx', 'not a model');
    const broken = spawnSync(process.execPath, [CLI, 'diff', 'old.onnx', 'v1: broken.onnx'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(broken.status, 2);
    assert.equal(broken.stderr, 'model-budget: v1: broken.onnx: not an ONNX model: invalid protobuf wire type 6 at byte 1\n');
  });

  test('Git LFS: pointers in the checkout and at the base are fetched for just those objects', { skip: HAS_GIT_LFS ? false : 'git-lfs is not installed here (CI runners have it)' }, async () => {
    const gh = await server();
    const origin = repo();
    origin.git('lfs', 'install', '--local');
    origin.git('lfs', 'track', '*.onnx');
    origin.write('models/a.onnx', matmulModel(16, 8)); // 128
    const baseSha = origin.commit('base');
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write('models/a.onnx', matmulModel(16, 10)); // 160
    const headSha = origin.commit('head');
    assert.match(origin.git('show', `${headSha}:models/a.onnx`), /^version https:\/\/git-lfs\.github\.com\/spec\/v1/);
    const work = mkdtempSync(join(tmpdir(), 'mb-lfs-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', work]));
    // A checkout without `lfs: true`: the working tree holds pointer files.
    execFileSync('git', ['clone', '-q', '--branch', 'feature', `file://${origin.dir}`, join(work, 'w')], { env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1', HOME: work } });
    const w = join(work, 'w');
    assert.match(readFileSync(join(w, 'models/a.onnx'), 'utf8'), /^version https:\/\/git-lfs/);
    gh.prFiles.set(11, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const run = await runAction({ cwd: w, eventName: 'pull_request', apiUrl: gh.url, sha: headSha, payload: pullRequestPayload(11, baseSha, headSha) });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /models\/a\.onnx \(head\): fetched from Git LFS/);
    assert.match(run.stdout, /models\/a\.onnx \(base\): fetched from Git LFS/);
    assert.deepEqual([paramsRow(run, 'models/a.onnx').base, paramsRow(run, 'models/a.onnx').head], [128, 160]);
    // lfs: skip never runs git-lfs and reports the pointer instead of a number.
    const skipped = await runAction({ cwd: w, eventName: 'pull_request', apiUrl: gh.url, sha: headSha, payload: pullRequestPayload(11, baseSha, headSha), inputs: { lfs: 'skip' } });
    const model = skipped.report!.models[0]!;
    assert.equal(model.rows.find((x) => x.metric === 'params')?.head ?? null, null, 'no number from a pointer');
    assert.match(model.error ?? '', /^stored in Git LFS: /);
    assert.match(skipped.stdout, /::error::model-budget: 1 model could not be measured: models\/a\.onnx: /);
  });

  test('Git LFS: a pull request\'s .lfsconfig does not choose where the base\'s objects come from', { skip: HAS_GIT_LFS ? false : 'git-lfs is not installed here (CI runners have it)' }, async () => {
    const gh = await server();
    const origin = repo();
    origin.git('lfs', 'install', '--local');
    origin.git('lfs', 'track', '*.onnx');
    origin.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - path: "models/*.onnx"\n    budgets:\n      params: { max-increase: 10% }\n');
    origin.write('models/a.onnx', matmulModel(16, 8)); // 128
    const baseSha = origin.commit('base');
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write('models/a.onnx', matmulModel(16, 10)); // 160: +25%
    // The pull request points git-lfs at a server of its own, which holds its head's object only.
    const evil = mkdtempSync(join(tmpdir(), 'mb-lfs-evil-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', evil]));
    execFileSync('git', ['init', '-q', '--bare', evil]);
    origin.write('.lfsconfig', `[lfs]\n\turl = file://${evil}\n`);
    const headSha = origin.commit('head');
    const oid = /^([0-9a-f]{64}) /.exec(origin.git('lfs', 'ls-files', '--long'))![1]!;
    const object = (root: string): string => join(root, oid.slice(0, 2), oid.slice(2, 4), oid);
    mkdirSync(join(evil, 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4)), { recursive: true });
    writeFileSync(object(join(evil, 'lfs', 'objects')), readFileSync(object(join(origin.dir, '.git', 'lfs', 'objects'))));
    const work = mkdtempSync(join(tmpdir(), 'mb-lfs-'));
    cleanups.push(() => void spawnSync('rm', ['-rf', work]));
    execFileSync('git', ['clone', '-q', '--branch', 'feature', `file://${origin.dir}`, join(work, 'w')], { env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1', HOME: work } });
    gh.prFiles.set(12, [{ filename: 'models/a.onnx', status: 'modified' }, { filename: '.lfsconfig', status: 'added' }]);
    const run = await runAction({ cwd: join(work, 'w'), eventName: 'pull_request', apiUrl: gh.url, sha: headSha, payload: pullRequestPayload(12, baseSha, headSha) });
    // Before: the base was fetched from that server, which lacked it: "not checked: the base could
    // not be measured", a warning, and the step passed (exit 0) over a 25% growth.
    assert.match(run.stdout, /models\/a\.onnx \(base\): fetched from Git LFS/);
    assert.deepEqual([paramsRow(run, 'models/a.onnx').base, paramsRow(run, 'models/a.onnx').head, paramsRow(run, 'models/a.onnx').status], [128, 160, 'error']);
    assert.equal(run.code, 1, run.stdout);
  });
});
