/**
 * End-to-end: what a hostile pull request commits must not steer where the gate writes or what
 * it reads as the base side. Found by a security review; each test failed before its fix.
 * - a link at report-path (src/io/report-file.ts writeReportFile);
 * - forged entries of the baseline cache committed into a cache-dir inside the checkout
 *   (src/io/pipeline.ts cacheOutsideCheckout);
 * - a git tree entry named '..' in a model's path (src/io/sources.ts underRoot).
 * Models are MatMul X[1,k] x W[k,n]: params = k*n.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from '../support/fake-github.js';
import { CLI, git, matmulModel, pullRequestPayload, requireBundle, runAction, startedServer, TestRepo } from './harness.js';
import type { Cleanups } from './harness.js';

requireBundle();

describe('a hostile pull request cannot steer the gate\'s writes or its base numbers', () => {
  const cleanups: Cleanups = [];
  after(async () => {
    for (const c of cleanups) await c();
  });

  const server = (): Promise<FakeGitHub> => startedServer(cleanups);

  function repoWithChange(prefix: string, config?: string): { repo: TestRepo; baseSha: string } {
    const repo = TestRepo.create(prefix);
    cleanups.push(() => repo.cleanup());
    if (config) repo.write('.github/model-budget.yml', config);
    repo.write('models/a.onnx', matmulModel(16, 8)); // params 128
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    return { repo, baseSha };
  }

  test('a link the pull request commits at report-path is replaced, never written through', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mb-victim-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const gh = await server();
    const { repo, baseSha } = repoWithChange('mb-report-link-');
    repo.write('models/a.onnx', matmulModel(16, 10));
    mkdirSync(join(repo.dir, 'model-budget'));
    symlinkSync(victim, join(repo.dir, 'model-budget', 'report.json'));
    const headSha = repo.commit('head');
    gh.prFiles.set(7, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const r = await runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs: { mode: 'report', 'report-path': 'model-budget/report.json' } });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n', 'the report was written through the link');
    const written = join(repo.dir, 'model-budget', 'report.json');
    assert.equal(lstatSync(written).isFile(), true, 'the link is replaced by the report');
    const report = JSON.parse(readFileSync(written, 'utf8')) as { models: Array<{ rows: Array<{ metric: string; base: number; head: number }> }> };
    assert.deepEqual(report.models[0]!.rows.filter((x) => x.metric === 'params').map((x) => [x.base, x.head]), [[128, 160]]);
  });

  test('a report folder that is a link leading out of the workspace: one line, nothing written there', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mb-victim-dir-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    const gh = await server();
    const { repo, baseSha } = repoWithChange('mb-report-dir-link-');
    repo.write('models/a.onnx', matmulModel(16, 10));
    symlinkSync(outside, join(repo.dir, 'model-budget'));
    const headSha = repo.commit('head');
    gh.prFiles.set(7, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const r = await runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs: { mode: 'report', 'report-path': 'model-budget/sub/report.json' } });
    assert.equal(r.code, 1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    assert.deepEqual(errors, [`::error::model-budget: report-path "${join(repo.dir, 'model-budget', 'sub', 'report.json')}": lies below a symbolic link that leads outside the workspace: not written`]);
    assert.deepEqual(readdirSync(outside), [], 'no folder or file made through the link');
  });

  test('cache entries committed into a cache-dir inside the checkout do not set the base numbers', async () => {
    const config = 'version: 1\nmodels:\n  - name: a\n    path: "models/*.onnx"\n    budgets:\n      params: { max-increase: 10% }\n';
    const gh = await server();
    const { repo, baseSha } = repoWithChange('mb-cache-forge-', config);
    repo.write('models/a.onnx', matmulModel(16, 80)); // params 1280: +900%, over the 10% budget
    let headSha = repo.commit('head');
    gh.prFiles.set(7, [{ filename: 'models/a.onnx', status: 'modified' }]);
    const run = (sha: string, cacheDir: string) => runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(7, baseSha, sha), apiUrl: gh.url, sha, inputs: { 'cache-dir': cacheDir } });
    // The attacker's own run of this release, with a cache anywhere, gives the entry's name and key
    // (neither depends on the folder)...
    const own = mkdtempSync(join(tmpdir(), 'mb-cache-own-'));
    cleanups.push(() => rmSync(own, { recursive: true, force: true }));
    assert.equal((await run(headSha, own)).code, 1);
    const [name] = readdirSync(own);
    const entry = JSON.parse(readFileSync(join(own, name!), 'utf8')) as { key: string; digest: string; sideFiles: unknown; profiles: unknown };
    // ...forges the base params (128 -> 1280), digest recomputed, and commits it in the checkout's cache-dir.
    entry.profiles = JSON.parse(JSON.stringify(entry.profiles).replaceAll(':128,', ':1280,').replaceAll(':128}', ':1280}'));
    entry.digest = createHash('sha256').update(entry.key).update('\0').update(JSON.stringify([entry.sideFiles, entry.profiles])).digest('hex');
    repo.write(`.model-budget-cache/${name}`, JSON.stringify(entry));
    headSha = repo.commit('a forged cache entry');
    const forged = await run(headSha, '.model-budget-cache');
    const row = forged.report!.models[0]!.rows.find((x) => x.metric === 'params')!;
    assert.deepEqual([row.base, row.head, forged.code], [128, 1280, 1], 'the committed entry set the base side');
    assert.match(forged.stdout, /^::warning::Cache .*\.model-budget-cache: inside the checkout, where a pull request could commit forged entries; running without the cache/m);
    assert.doesNotMatch(forged.stdout, /profiles reused/);
    // Nor a cache-dir the checkout holds as a link to a folder elsewhere: the pull request chose
    // where the entries would be written.
    const elsewhere = mkdtempSync(join(tmpdir(), 'mb-cache-elsewhere-'));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    symlinkSync(elsewhere, join(repo.dir, 'linked-cache'));
    headSha = repo.commit('a cache folder that is a link');
    const linked = await run(headSha, 'linked-cache');
    assert.match(linked.stdout, /^::warning::Cache .*linked-cache: inside the checkout/m);
    assert.deepEqual(readdirSync(elsewhere), [], 'nothing written through the link');
  });

  test('pull_request_target (README: the gate a fork cannot rewrite): the base\'s budgets fail the pull request\'s head, checked out as data', async () => {
    const config = 'version: 1\nmodels:\n  - name: a\n    path: "models/*.onnx"\n    budgets:\n      params: { max-increase: 10% }\n';
    const gh = await server();
    const { repo, baseSha } = repoWithChange('mb-target-', config);
    repo.write('models/a.onnx', matmulModel(16, 80)); // params 1280: +900%
    // The pull request also relaxes the budget in its own config: the base's still applies.
    repo.write('.github/model-budget.yml', config.replace('10%', '1000%'));
    const headSha = repo.commit('head');
    gh.prFiles.set(7, [{ filename: 'models/a.onnx', status: 'modified' }, { filename: '.github/model-budget.yml', status: 'modified' }]);
    // On pull_request_target GITHUB_SHA is the base branch's tip; the checkout is the head (ref: head.sha).
    const r = await runAction({ cwd: repo.dir, eventName: 'pull_request_target', payload: pullRequestPayload(7, baseSha, headSha), apiUrl: gh.url, sha: baseSha });
    assert.equal(r.code, 1, r.stdout);
    const row = r.report!.models[0]!.rows.find((x) => x.metric === 'params')!;
    assert.deepEqual([row.base, row.head, row.status], [128, 1280, 'error']);
    assert.equal(gh.comments.get(7)?.length, 1, 'the comment is posted');
  });

  test('check never writes a base blob outside its temporary folder through a ".." tree entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-dotdot-'));
    const target = mkdtempSync(join(tmpdir(), 'mb-planted-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => rmSync(target, { recursive: true, force: true }));
    git(dir, 'init', '-q', '-b', 'main');
    const env = { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' };
    const g = (args: string[], input?: string): string => execFileSync('git', args, { cwd: dir, input, encoding: 'utf8', env }).trim();
    // models/../../(as many as the temp folder is deep)/<target>/x.onnx: git mktree and clone take
    // such a tree, only a checkout refuses it. The gate copies base models out of git.
    const blob = g(['hash-object', '-w', '--stdin'], 'planted\n');
    let tree = g(['mktree'], `100644 blob ${blob}\tx.onnx\n`);
    for (const p of target.split('/').filter((p) => p !== '').reverse()) tree = g(['mktree'], `040000 tree ${tree}\t${p}\n`);
    for (let i = 0; i < 12; i++) tree = g(['mktree'], `040000 tree ${tree}\t..\n`);
    tree = g(['mktree'], `040000 tree ${tree}\tmodels\n`);
    const hostile = g(['commit-tree', tree, '-m', 'hostile']);
    g(['update-ref', 'refs/heads/main', hostile]);
    g(['update-ref', 'refs/heads/feature', g(['commit-tree', g(['mktree'], ''), '-p', hostile, '-m', 'clean'])]);
    g(['symbolic-ref', 'HEAD', 'refs/heads/feature']);
    g(['reset', '-q', '--hard']);
    const r = spawnSync(process.execPath, [CLI, 'check', '--base', 'main', '--format', 'text'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(existsSync(join(target, 'x.onnx')), false, `check wrote ${join(target, 'x.onnx')}`);
    // The base version is not read, and the report says why (the model is deleted on the head
    // side and has no budget: no verdict to fail).
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /note: base version could not be read: models\/(\.\.\/)+.*\/x\.onnx: is not a path git checks out \(an empty, '\.' or '\.\.' component\)$/m);
  });
});
