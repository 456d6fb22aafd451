/**
 * End-to-end: the bundled action on pull_request events, against a real git repository and the
 * fake GitHub server. Models are MatMul X[1,k] x W[k,n]: params = k*n, MACs = k*n.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeGitHub } from '../support/fake-github.js';
import type { PrFile } from '../support/fake-github.js';
import { externalMatmulModel, matmulModel, pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';
import type { ActionRun } from './harness.js';

requireBundle();

const MARKER = '<!-- model-budget:default -->';

function config(budgets: string, extra = ''): string {
  return `version: 1\n${extra}models:\n  - name: mm\n    path: "models/**/*.onnx"\n    budgets:\n${budgets}`;
}

// Each scenario has its own repository and fake server, so the tests run concurrently.
describe('pull_request', { concurrency: 4 }, () => {
  const repos: TestRepo[] = [];
  const servers: FakeGitHub[] = [];
  let nextPr = 1;
  after(async () => {
    await Promise.all(servers.map((g) => g.stop()));
    for (const r of repos) r.cleanup();
  });

  interface Scenario {
    readonly gh: FakeGitHub;
    readonly repo: TestRepo;
    readonly pr: number;
    readonly baseSha: string;
    headSha: string;
    run(inputs?: Record<string, string>): Promise<ActionRun>;
  }

  /**
   * base commit: models/a.onnx = 16x8 (128 params) and the config; head commit: models/a.onnx =
   * 16x10 (160 params: +32, +25%) unless `head` says otherwise. The fake lists the PR's files.
   */
  async function scenario(cfg: string | null, head: (repo: TestRepo) => PrFile[] = (r) => {
    r.write('models/a.onnx', matmulModel(16, 10));
    return [{ filename: 'models/a.onnx', status: 'modified' }];
  }): Promise<Scenario> {
    const gh = new FakeGitHub();
    servers.push(gh);
    await gh.start();
    const repo = TestRepo.create();
    repos.push(repo);
    repo.write('README.md', 'models\n');
    repo.write('models/a.onnx', matmulModel(16, 8));
    if (cfg !== null) repo.write('.github/model-budget.yml', cfg);
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    const files = head(repo);
    const headSha = repo.commit('head');
    const pr = nextPr++;
    gh.prFiles.set(pr, files);
    const s: Scenario = {
      gh,
      repo,
      pr,
      baseSha,
      headSha,
      run: (inputs = {}) =>
        runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(pr, baseSha, s.headSha), apiUrl: gh.url, sha: s.headSha, inputs }),
    };
    return s;
  }

  const paramsRow = (run: ActionRun, path = 'models/a.onnx') => run.report!.models.find((m) => m.path === path)!.rows.find((r) => r.metric === 'params')!;

  test('added, changed, deleted and renamed models without a config', async () => {
    const s = await scenario(null, (repo) => {
      repo.write('models/a.onnx', matmulModel(16, 10)); // 128 -> 160 params: +32, +25%
      repo.write('models/new.onnx', matmulModel(3, 5)); // new: 3*5 = 15 params
      return [
        { filename: 'models/a.onnx', status: 'modified' },
        { filename: 'models/new.onnx', status: 'added' },
        { filename: 'models/old.onnx', status: 'removed' },
        { filename: 'models/renamed.onnx', status: 'renamed', previous_filename: 'models/r.onnx' },
      ];
    });
    // The deleted and renamed models must exist at the base: add them there and rebase head.
    s.repo.git('checkout', '-q', 'main');
    s.repo.write('models/old.onnx', matmulModel(4, 4)); // 16 params
    s.repo.write('models/r.onnx', matmulModel(8, 8)); // 64 params
    const baseSha = s.repo.commit('base models');
    s.repo.git('checkout', '-q', 'feature');
    s.repo.git('merge', '-q', '--no-edit', 'main');
    s.repo.remove('models/old.onnx');
    s.repo.git('mv', 'models/r.onnx', 'models/renamed.onnx');
    s.headSha = s.repo.commit('head 2');
    const run = await runAction({ cwd: s.repo.dir, eventName: 'pull_request', payload: pullRequestPayload(s.pr, baseSha, s.headSha), apiUrl: s.gh.url, sha: s.headSha });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['passed'], 'true');
    assert.equal(run.outputs['base-sha'], baseSha, 'merge base of main and feature is the second main commit');
    assert.deepEqual(JSON.parse(run.outputs['changed-models']!).sort(), ['models/a.onnx', 'models/new.onnx', 'models/old.onnx', 'models/renamed.onnx']);
    const a = paramsRow(run);
    assert.deepEqual([a.base, a.head, a.delta, a.pct], [128, 160, 32, 25]);
    const byPath = new Map(run.report!.models.map((m) => [m.path, m]));
    assert.equal(byPath.get('models/new.onnx')!.status, 'added');
    assert.equal(paramsRow(run, 'models/new.onnx').isNew, true);
    assert.equal(paramsRow(run, 'models/new.onnx').head, 15);
    assert.equal(byPath.get('models/old.onnx')!.status, 'deleted');
    assert.equal(paramsRow(run, 'models/old.onnx').base, 16);
    assert.equal(byPath.get('models/renamed.onnx')!.status, 'renamed');
    assert.equal(byPath.get('models/renamed.onnx')!.previousPath, 'models/r.onnx');
    assert.deepEqual([paramsRow(run, 'models/renamed.onnx').base, paramsRow(run, 'models/renamed.onnx').delta], [64, 0]);
    // One comment, with the marker; it is also the comment-body output.
    const comments = s.gh.comments.get(s.pr)!;
    assert.equal(comments.length, 1);
    assert.ok(comments[0]!.body.startsWith(MARKER));
    assert.equal(comments[0]!.body, run.outputs['comment-body']);
    assert.equal(run.outputs['comment-id'], String(comments[0]!.id));
    assert.doesNotMatch(comments[0]!.body, /\+100(\.0)?%/, 'a new model is "new", not +100%');
    // The reader sees which commits the numbers compare, linked: the merge base and the PR head.
    const commit = (sha: string) => `[\`${sha.slice(0, 7)}\`](https://github.example/acme/models/commit/${sha})`;
    assert.ok(comments[0]!.body.includes(`base ${commit(baseSha)} → head ${commit(s.headSha)}`), comments[0]!.body);
    assert.ok(run.summary.includes('<code>models/a.onnx</code> (modified)'), run.summary);
    assert.match(run.stdout, new RegExp(`Base: ${s.baseSha === baseSha ? '' : ''}${baseSha}; head: ${s.headSha}`));
  });

  test('within budget: passes and comments', async () => {
    const s = await scenario(config('      params: { max: 200 }\n'));
    const run = await s.run();
    assert.ok(s.gh.requests.length > 0 && s.gh.requests.every((q) => q.authorization === 'token test-token'), 'every call carries the github-token');
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['passed'], 'true');
    assert.equal(run.outputs['violations'], '0');
    const row = paramsRow(run);
    assert.deepEqual([row.head, row.status], [160, 'ok']);
    assert.equal(s.gh.comments.get(s.pr)!.length, 1);
    assert.doesNotMatch(run.stdout, /::error/);
  });

  test('absolute breach: fails, annotates the file, names the breach', async () => {
    const s = await scenario(config('      params: { max: 150 }\n')); // 160 > 150
    const run = await s.run();
    assert.equal(run.code, 1);
    assert.equal(run.outputs['passed'], 'false');
    assert.equal(run.outputs['violations'], '1');
    assert.equal(paramsRow(run).status, 'error');
    assert.match(run.stdout, /::error title=Model budget exceeded,file=models\/a\.onnx::models\/a\.onnx: params: /);
    assert.match(run.stdout, /::error::model-budget: 1 budget breach: models\/a\.onnx: params: /);
    assert.equal(s.gh.comments.get(s.pr)!.length, 1, 'a failing PR is commented too');
  });

  test('relative breach, and min-delta lifting it', async () => {
    const breach = await (await scenario(config('      params: { max-increase: 10% }\n'))).run(); // +25% > 10%
    assert.equal(breach.code, 1);
    assert.equal(paramsRow(breach).status, 'error');
    assert.equal(paramsRow(breach).pct, 25);
    const lifted = await (await scenario(config('      params: { max-increase: 10%, min-delta: 50 }\n'))).run(); // +32 <= 50
    assert.equal(lifted.code, 0, lifted.stdout);
    assert.equal(paramsRow(lifted).status, 'ok');
    const notLifted = await (await scenario(config('      params: { max-increase: 10%, min-delta: 30 }\n'))).run(); // +32 > 30
    assert.equal(notLifted.code, 1);
    // Both limits of one budget exceeded: still one breached budget, one annotation.
    const both = await (await scenario(config('      params: { max: 150, max-increase: 10% }\n'))).run();
    assert.equal(both.code, 1);
    assert.equal(both.outputs['violations'], '1');
    assert.equal(both.stdout.split('\n').filter((l) => l.startsWith('::error title=Model budget exceeded')).length, 1);
  });

  test('warning level: reported, not failed unless fail-on: warning', async () => {
    const cfg = config('      params: { max: 150, level: warning }\n');
    const run = await (await scenario(cfg)).run();
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['passed'], 'true');
    assert.equal(run.outputs['warnings'], '1');
    assert.match(run.stdout, /::warning title=Model budget warning,file=models\/a\.onnx::/);
    const strict = await (await scenario(cfg)).run({ 'fail-on': 'warning' });
    assert.equal(strict.code, 1);
    const never = await (await scenario(config('      params: { max: 150 }\n'))).run({ 'fail-on': 'never' });
    assert.equal(never.code, 0);
    assert.equal(never.outputs['passed'], 'false');
  });

  test('second run edits the same comment (no second POST)', async () => {
    const s = await scenario(null);
    const first = await s.run();
    assert.equal(first.code, 0);
    const id = s.gh.comments.get(s.pr)![0]!.id;
    s.repo.write('models/a.onnx', matmulModel(16, 12)); // now 192 params
    s.headSha = s.repo.commit('head 2');
    const before = s.gh.requests.length;
    const second = await s.run();
    assert.equal(second.code, 0);
    const during = s.gh.requests.slice(before);
    assert.equal(during.filter((r) => r.method === 'POST' && /comments$/.test(r.path)).length, 0);
    const patches = during.filter((r) => r.method === 'PATCH');
    assert.equal(patches.length, 1);
    assert.equal(patches[0]!.path, `/repos/acme/models/issues/comments/${id}`);
    assert.equal(s.gh.comments.get(s.pr)!.length, 1);
    assert.equal(paramsRow(second).head, 192);
    assert.match(s.gh.comments.get(s.pr)![0]!.body, /192/);
    // A third run with nothing new leaves the comment alone.
    const mark = s.gh.requests.length;
    await s.run();
    assert.equal(s.gh.requests.slice(mark).filter((r) => r.method !== 'GET').length, 0);
  });

  test('one comment per comment-key', async () => {
    const s = await scenario(null);
    await s.run({ 'comment-key': 'gpu' });
    await s.run({ 'comment-key': 'cpu' });
    await s.run({ 'comment-key': 'gpu' });
    const bodies = s.gh.comments.get(s.pr)!.map((c) => c.body.split('\n')[0]);
    assert.deepEqual(bodies, ['<!-- model-budget:gpu -->', '<!-- model-budget:cpu -->']);
  });

  test('finds its comment past the first page of 100 comments', async () => {
    const s = await scenario(null);
    for (let i = 0; i < 120; i++) s.gh.addComment(s.pr, `chatter ${i}`);
    const ours = s.gh.addComment(s.pr, `${MARKER}\nold report`, { login: 'github-actions[bot]', type: 'Bot' });
    for (let i = 0; i < 30; i++) s.gh.addComment(s.pr, `more chatter ${i}`);
    // A human quoting the marker is never taken for the action's comment.
    s.gh.addComment(s.pr, `${MARKER}\nfake`, { login: 'mallory', type: 'User' });
    const before = s.gh.requests.length;
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    const during = s.gh.requests.slice(before);
    const pages = during.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${s.pr}/comments`)).map((r) => r.query.get('page') ?? '1');
    assert.ok(pages.includes('2'), `pages read: ${pages.join(',')}`);
    assert.equal(during.filter((r) => r.method === 'POST').length, 0);
    assert.deepEqual(during.filter((r) => r.method === 'PATCH').map((r) => r.path), [`/repos/acme/models/issues/comments/${ours.id}`]);
    assert.equal(s.gh.comments.get(s.pr)!.length, 152);
    assert.equal(run.outputs['comment-id'], String(ours.id));
  });

  test('race duplicates: the oldest comment wins, newer ones are deleted', async () => {
    const s = await scenario(null);
    const older = s.gh.addComment(s.pr, `${MARKER}\nfirst`, { login: 'github-actions[bot]', type: 'Bot' });
    const newer = s.gh.addComment(s.pr, `${MARKER}\nsecond`, { login: 'github-actions[bot]', type: 'Bot' });
    const run = await s.run();
    assert.equal(run.code, 0);
    assert.deepEqual(s.gh.comments.get(s.pr)!.map((c) => c.id), [older.id]);
    assert.ok(s.gh.find('DELETE', new RegExp(`/issues/comments/${newer.id}$`)).length === 1);
    assert.match(s.gh.comments.get(s.pr)![0]!.body, /models\/a/);
  });

  test('installation token (GET /user 403): matches a bot-authored comment', async () => {
    const s = await scenario(null);
    s.gh.login = null;
    const ours = s.gh.addComment(s.pr, `${MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(s.gh.comments.get(s.pr)!.map((c) => c.id), [ours.id]);
    assert.notEqual(s.gh.comments.get(s.pr)![0]!.body, `${MARKER}\nold`);
  });

  test('installation token: another bot\'s comment with our marker is not ours (neither edited nor deleted), ours is found by the token\'s own identity', async () => {
    const s = await scenario(null);
    s.gh.login = null;
    // Posted before any run of ours, by another App (or a bot that echoes user text): older than ours.
    const forged = s.gh.addComment(s.pr, `${MARKER}\n**Model budget**: ✅ all models within budget`, { login: 'evil-app[bot]', type: 'Bot', id: 666 });
    const first = await s.run();
    assert.equal(first.code, 0, first.stdout);
    // Before: the forged comment was taken for ours and edited with the report (a comment its
    // author can edit back at will), and no comment of ours was posted.
    const afterFirst = s.gh.comments.get(s.pr)!;
    assert.equal(afterFirst.find((c) => c.id === forged.id)?.body, `${MARKER}\n**Model budget**: ✅ all models within budget`);
    const ours = afterFirst.filter((c) => c.user.login === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    assert.match(ours[0]!.body, /models\/a/);
    // A second run edits ours; before, it kept the older forged one and deleted ours as a race duplicate.
    s.repo.write('models/a.onnx', matmulModel(16, 12));
    s.headSha = s.repo.commit('head 2');
    const second = await s.run();
    assert.equal(second.code, 0, second.stdout);
    assert.deepEqual(s.gh.comments.get(s.pr)!.map((c) => c.id), [forged.id, ours[0]!.id]);
    assert.equal(s.gh.find('DELETE', /\/issues\/comments\//).length, 0);
    assert.equal(s.gh.find('PATCH', new RegExp(`/issues/comments/${forged.id}$`)).length, 0);
  });

  test('installation token whose identity cannot be read: bot comments of two accounts with our marker are left alone', async () => {
    const s = await scenario(null);
    s.gh.login = null;
    s.gh.viewerFails = true;
    const forged = s.gh.addComment(s.pr, `${MARKER}\nforged`, { login: 'evil-app[bot]', type: 'Bot', id: 666 });
    const earlier = s.gh.addComment(s.pr, `${MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot', id: 41898282 });
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    // Which one is ours cannot be told before posting: a new comment is posted, and the account
    // its answer names is ours. Its earlier comment is kept and edited, the new one deleted as a
    // duplicate; the forged one is neither edited nor deleted. Before: the forged one, the
    // oldest, was edited and the earlier one of ours deleted.
    const list = s.gh.comments.get(s.pr)!;
    assert.deepEqual(list.map((c) => c.id), [forged.id, earlier.id]);
    assert.equal(list[0]!.body, `${MARKER}\nforged`);
    assert.match(list[1]!.body, /models\/a/);
    assert.equal(s.gh.find('PATCH', new RegExp(`/issues/comments/${forged.id}$`)).length, 0);
    assert.match(run.stdout, /2 bot accounts/);
  });

  test('read-only token: a 403 on commenting is a warning with the fix, not a failure', async () => {
    const s = await scenario(null);
    s.gh.fail({ method: 'POST', path: new RegExp(`/issues/${s.pr}/comments$`), status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /::warning::.*read-only GITHUB_TOKEN.*mode: report.*mode: publish.*workflow_run/);
    assert.doesNotMatch(run.stdout, /::error/);
    assert.equal(run.outputs['comment-id'], '');
    assert.equal(run.outputs['passed'], 'true');
  });

  for (const status of [403, 429]) {
    test(`a rate-limited ${status} on commenting says rate limit, not read-only token, and the gate still passes`, async () => {
      const s = await scenario(null);
      const reset = String(Math.floor(Date.now() / 1000) + 3600); // an hour away: not waited for
      s.gh.fail({ method: 'POST', path: new RegExp(`/issues/${s.pr}/comments$`), status, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' }, times: 100 });
      const run = await s.run();
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.stdout, new RegExp(`^::warning::GitHub's API rate limit stopped the comment: no comment this run; the report is in the job summary\\. \\(GitHub API POST .* failed with HTTP ${status}.*: rate limited; the server asks to wait \\d+ s`, 'm'));
      assert.doesNotMatch(run.stdout, /read-only GITHUB_TOKEN/);
    });
  }

  test('a rate-limited GET /user with a personal token is not taken for an installation token (no second comment)', async () => {
    const s = await scenario(null);
    // A personal token: GET /user names a user, whose comments are a User's, not a Bot's.
    s.gh.login = 'octocat';
    const first = await s.run();
    assert.equal(first.code, 0, first.stdout);
    assert.equal(s.gh.comments.get(s.pr)!.length, 1);
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    s.gh.fail({ method: 'GET', path: /^\/user$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' }, times: 100 });
    const second = await s.run();
    // The earlier comment is the user's (not a bot's): read as "an installation token", it was
    // not ours, and a second comment was posted. Now the rate limit costs this run's comment only.
    assert.equal(second.code, 0, second.stdout);
    assert.equal(s.gh.comments.get(s.pr)!.length, 1, second.stdout);
    assert.match(second.stdout, /^::warning::GitHub's API rate limit stopped the comment/m);
  });

  test('a working-directory that does not exist, or is a file: one line naming the input', async () => {
    const s = await scenario(null);
    for (const [dir, what] of [['nonexistent', 'does not exist'], ['models/a.onnx', 'is not a directory']]) {
      const run = await s.run({ 'working-directory': dir });
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, new RegExp(`^::error::model-budget: input 'working-directory': ${dir.replace('.', '\\.')} ${what}$`, 'm'));
    }
  });

  test('a POST answered without a comment id: a warning, and the comment-id output empty, never "undefined"', async () => {
    const s = await scenario(null);
    // A 201 whose body names no comment (the fake then creates none, so the list cannot name it either).
    s.gh.fail({ method: 'POST', path: new RegExp(`/issues/${s.pr}/comments$`), status: 201, body: { message: 'ok' } });
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /^::warning::GitHub's API answered the comment's POST without a comment id, and the pull request's comments do not show it: the comment-id output is left empty$/m);
    assert.doesNotMatch(run.stdout, /Comment (undefined|null)/);
    assert.equal(run.outputs['comment-id'], '');
    assert.equal(run.outputs['passed'], 'true');
  });

  test('a 404 on listing comments is a warning like a 403: the report stays in the job summary (#8 item 12)', async () => {
    const s = await scenario(null);
    s.gh.fail({ method: 'GET', path: new RegExp(`/issues/${s.pr}/comments$`), status: 404, body: { message: 'Not Found' } });
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, new RegExp(`::warning::The token cannot see pull request #${s.pr} or its comments \\(HTTP 404\\): no comment; the report is in the job summary`));
    assert.doesNotMatch(run.stdout, /::error/);
    assert.equal(run.outputs['comment-id'], '');
    assert.equal(run.outputs['passed'], 'true');
    assert.match(run.summary, /Model budget/);
    assert.ok(run.summary.includes('`models/a.onnx`'), run.summary);
    assert.equal(s.gh.find('POST', new RegExp(`/issues/${s.pr}/comments$`)).length, 0);
  });

  test('5xx and secondary rate limits are retried', async () => {
    const s = await scenario(null);
    s.gh.fail({ method: 'GET', path: new RegExp(`/pulls/${s.pr}/files$`), status: 502, times: 2 });
    s.gh.fail({ method: 'POST', path: new RegExp(`/issues/${s.pr}/comments$`), status: 403, headers: { 'retry-after': '60' }, body: { message: 'You have exceeded a secondary rate limit' } });
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    assert.equal(s.gh.find('GET', new RegExp(`/pulls/${s.pr}/files$`)).length, 3);
    assert.equal(s.gh.find('POST', new RegExp(`/issues/${s.pr}/comments$`)).length, 2);
    assert.equal(s.gh.comments.get(s.pr)!.length, 1);
    // A server that keeps failing ends with a clear error naming the call.
    const t = await scenario(null);
    t.gh.fail({ method: 'GET', path: new RegExp(`/pulls/${t.pr}/files$`), status: 502, times: 10 });
    const failed = await t.run();
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, new RegExp(`::error::model-budget: GitHub API GET /repos/acme/models/pulls/${t.pr}/files failed with HTTP 502 after 4 attempts`));
  });

  test('quiet when no model changed; on-clean hide and delete handle an earlier comment', async () => {
    const docsOnly = (repo: TestRepo): PrFile[] => {
      repo.write('README.md', 'docs only\n');
      return [{ filename: 'README.md', status: 'modified' }];
    };
    const quiet = await scenario(null, docsOnly);
    const run = await quiet.run();
    assert.equal(run.code, 0);
    assert.equal(quiet.gh.comments.get(quiet.pr), undefined, 'no comment on a PR without model changes');
    assert.equal(run.outputs['changed-models'], '[]');
    assert.match(run.summary, /no model changed/);

    const hide = await scenario(null, docsOnly);
    const old = hide.gh.addComment(hide.pr, `${MARKER}\nold report`, { login: 'github-actions[bot]', type: 'Bot' });
    await hide.run({ 'on-clean': 'hide' });
    assert.match(hide.gh.comments.get(hide.pr)![0]!.body, /outdated/);
    assert.ok(hide.gh.minimized.includes(old.node_id));

    const del = await scenario(null, docsOnly);
    del.gh.addComment(del.pr, `${MARKER}\nold report`, { login: 'github-actions[bot]', type: 'Bot' });
    await del.run({ 'on-clean': 'delete' });
    assert.deepEqual(del.gh.comments.get(del.pr), []);

    const upd = await scenario(null, docsOnly);
    upd.gh.addComment(upd.pr, `${MARKER}\nold report`, { login: 'github-actions[bot]', type: 'Bot' });
    await upd.run();
    assert.match(upd.gh.comments.get(upd.pr)![0]!.body, /no model changed/);
  });

  test('comment: on-violation and never', async () => {
    const ok = await scenario(null);
    await ok.run({ comment: 'on-violation' });
    assert.equal(ok.gh.comments.get(ok.pr), undefined);
    const bad = await scenario(config('      params: { max: 150 }\n'));
    await bad.run({ comment: 'on-violation' });
    assert.equal(bad.gh.comments.get(bad.pr)!.length, 1);
    const never = await scenario(config('      params: { max: 150 }\n'));
    await never.run({ comment: 'never' });
    assert.equal(never.gh.comments.get(never.pr), undefined);
  });

  test('a changed external-data side file marks its model changed', async () => {
    // Same graph, weights in models/ext.onnx.data: commit the base version on main first.
    const s = await scenario(null, () => []);
    const base = externalMatmulModel(16, 8, 'ext.onnx.data'); // 128 params
    s.repo.git('checkout', '-q', 'main');
    s.repo.write('models/ext.onnx', base.model);
    s.repo.write('models/ext.onnx.data', base.data);
    const baseSha = s.repo.commit('external model');
    s.repo.git('checkout', '-q', 'feature');
    s.repo.git('merge', '-q', '--no-edit', 'main');
    const data = Buffer.from(base.data);
    data.fill(1); // new weight values, same shapes: only the side file changes
    s.repo.write('models/ext.onnx.data', data);
    s.headSha = s.repo.commit('retrain');
    s.gh.prFiles.set(s.pr, [{ filename: 'models/ext.onnx.data', status: 'modified' }]);
    const run = await runAction({ cwd: s.repo.dir, eventName: 'pull_request', payload: pullRequestPayload(s.pr, baseSha, s.headSha), apiUrl: s.gh.url, sha: s.headSha });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(JSON.parse(run.outputs['changed-models']!), ['models/ext.onnx']);
    const row = paramsRow(run, 'models/ext.onnx');
    assert.deepEqual([row.base, row.head, row.delta], [128, 128, 0]);
    assert.match(run.stdout, /via models\/ext\.onnx\.data/);
  });

  test('Git LFS pointer: reported as stored in LFS, never measured', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'ab'.repeat(32) + '\nsize 123456789\n';
    const s = await scenario(null, (repo) => {
      repo.write('models/a.onnx', pointer);
      return [{ filename: 'models/a.onnx', status: 'modified' }];
    });
    const run = await s.run();
    const model = run.report!.models.find((m) => m.path === 'models/a.onnx')!;
    assert.match(model.error ?? '', /^stored in Git LFS: .*Git LFS pointer/);
    assert.equal(paramsRow(run).head, null, 'no number is measured from a pointer file');
    assert.match(s.gh.comments.get(s.pr)![0]!.body, /Could not measure this model: stored in Git LFS/);
    assert.match(run.stdout, /Git LFS pointer not resolved \(git-lfs is not installed\)|Git LFS pointer not resolved/);
    assert.equal(run.code, 1, 'an unmeasurable model counts at the default level (error)');
  });

  test('Git LFS pointer as the base, +300% on the head: max-increase is not checked, never a ✅', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'cd'.repeat(32) + '\nsize 3000\n';
    const s = await scenario(config('      params: { max-increase: 10% }\n      macs: { max: 1K }\n'), (repo) => {
      repo.write('README.md', 'models, v2\n');
      return [];
    });
    // The base holds models/b.onnx as an unfetched pointer (it stood for 16x8 = 128 params).
    s.repo.git('checkout', '-q', 'main');
    s.repo.write('models/b.onnx', pointer);
    const baseSha = s.repo.commit('pointer');
    s.repo.git('checkout', '-q', 'feature');
    s.repo.git('merge', '-q', '--no-edit', 'main');
    s.repo.write('models/b.onnx', matmulModel(16, 32)); // 512 params and MACs: +300% over 128
    s.headSha = s.repo.commit('grow');
    s.gh.prFiles.set(s.pr, [{ filename: 'models/b.onnx', status: 'modified' }]);
    const run = await runAction({ cwd: s.repo.dir, eventName: 'pull_request', payload: pullRequestPayload(s.pr, baseSha, s.headSha), apiUrl: s.gh.url, sha: s.headSha });
    const row = paramsRow(run, 'models/b.onnx');
    assert.deepEqual([row.base, row.head, row.status, row.unchecked], [null, 512, 'warning', true]);
    assert.match(row.reasons[0] ?? '', /^not checked: the base could not be measured \(models\/b\.onnx: stored in Git LFS .*\); max-increase \+10% is relative to it$/);
    // The documented rule: an unreadable base is not by itself a failure; the unchecked budget warns.
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['passed'], 'true');
    const body = s.gh.comments.get(s.pr)![0]!.body.replace(/\u00a0/g, ' ');
    assert.ok(body.includes('| Params | — | 512 | — | \\+10% | ⚠️ |'), body);
    assert.ok(!/\| Params \|[^\n]*✅/.test(body), body);
    assert.match(body, /⚠️ Params: not checked\\: the base could not be measured/);
    assert.match(run.stdout, /::warning title=Model budget not checked,file=models\/b\.onnx::models\/b\.onnx: params: not checked: the base could not be measured/);
  });

  test('invalid config: the error names file, line and key', async () => {
    const s = await scenario(config('      params: { max: 60X }\n'));
    const run = await s.run();
    assert.equal(run.code, 1);
    // Line 6 of the config holds the bad value.
    assert.match(run.stdout, /::error title=Invalid model-budget config,file=\.github\/model-budget\.yml,line=6::\.github\/model-budget\.yml:6: models\[0\]\.budgets\.params\.max: /);
    assert.equal(s.gh.comments.get(s.pr), undefined);
    // The job summary is written on every run: here it says why the gate did not run.
    assert.match(run.summary, /^### Model budget: ❌ the action failed\n\n.*model\\-budget\\\.yml\\:6\\: models\\\[0\\\]/);
  });

  test('a config named in the input must exist (a typo must not switch the budgets off)', async () => {
    const s = await scenario(null);
    const run = await s.run({ config: '.github/model-budgets.yml' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^::error::model-budget: input 'config': \.github\/model-budgets\.yml does not exist$/m);
    assert.equal(s.gh.comments.get(s.pr), undefined);
    // The default file may be absent: models are then reported without budgets.
    assert.equal((await s.run()).code, 0);
  });

  test('a token that may not read the pull request files (contents: read only): git diff instead', async () => {
    const s = await scenario(null);
    s.gh.fail({ method: 'GET', path: new RegExp(`/pulls/${s.pr}/files$`), status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = await s.run({ mode: 'report' });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /Cannot list the pull request's files \(GitHub API GET .* failed with HTTP 403: Resource not accessible by integration\); using git diff --name-status instead/);
    assert.deepEqual(JSON.parse(run.outputs['changed-models']!), ['models/a.onnx']);
    const row = paramsRow(run);
    assert.deepEqual([row.base, row.head], [128, 160]);
  });

  test('past 3,000 files the list-files API is replaced by git diff', async () => {
    const s = await scenario(null);
    s.gh.prFiles.set(s.pr, Array.from({ length: 3000 }, (_, i) => ({ filename: `gen/f${i}.txt`, status: 'added' as const })));
    const run = await s.run();
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /using git diff --name-status instead/);
    assert.deepEqual(JSON.parse(run.outputs['changed-models']!), ['models/a.onnx']);
    assert.equal(s.gh.find('GET', new RegExp(`/pulls/${s.pr}/files$`)).length, 30);
  });

  test('a file list whose entries lack a usable file name is replaced by git diff, not trusted or crashed on', async () => {
    for (const entry of [{ status: 'modified' }, { filename: 42, status: 'modified' }, { filename: '', status: 'added' },
      { filename: 'models/a.onnx', status: 'renamed', previous_filename: { x: 1 } }]) {
      const s = await scenario(null);
      s.gh.prFiles.set(s.pr, [entry, { filename: 'models/a.onnx', status: 'modified' }] as unknown as PrFile[]);
      const run = await s.run({ mode: 'report' });
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.stdout, /The pull request API listed a file without a usable name; using git diff --name-status instead/);
      assert.deepEqual(JSON.parse(run.outputs['changed-models']!), ['models/a.onnx']);
    }
  });
});
