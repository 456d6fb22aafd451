/**
 * End-to-end: the gate sharded over a matrix. Four `shard: i/4` runs and one `mode: merge` run of
 * the bundled action against the fake GitHub server must post the very comment, outputs and
 * verdict one unsharded run posts; bad, missing, repeated and tampered shards are one-line
 * errors. The CLI's `check --shard` + `merge` give the unsharded `check` report too.
 *
 * Models are MatMul X[1,k] x W[k,n]: params = k*n. The config allows 200 params under models/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import type { PrFile } from '../support/fake-github.js';
import { CLI, matmulModel, pullRequestPayload, requireBundle, runAction, TestRepo } from './harness.js';
import type { ActionRun } from './harness.js';

requireBundle();

const CONFIG = 'version: 1\nmodels:\n  - name: mm\n    path: "models/**/*.onnx"\n    budgets:\n      params: { max: 200 }\nignore: ["models/legacy/**"]\n';
const PR = 7;

/** The `::error::` lines of a run: the verdict and the annotations. */
const errors = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('sharded gate', { concurrency: 1 }, () => {
  let repo: TestRepo;
  let baseSha: string;
  let headSha: string;
  const servers: FakeGitHub[] = [];
  const files: PrFile[] = [];

  async function server(): Promise<FakeGitHub> {
    const gh = new FakeGitHub();
    servers.push(gh);
    await gh.start();
    gh.prFiles.set(PR, files);
    return gh;
  }
  const run = (gh: FakeGitHub, inputs: Record<string, string>, head = headSha): Promise<ActionRun> =>
    runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(PR, baseSha, head), apiUrl: gh.url, sha: head, inputs });

  before(() => {
    repo = TestRepo.create('mb-shard-');
    repo.write('.github/model-budget.yml', CONFIG);
    // base: 8x8 = 64 params each
    for (const name of ['a', 'b', 'c', 'd', 'e', 'gone']) repo.write(`models/${name}.onnx`, matmulModel(8, 8));
    repo.write('models/legacy/old.onnx', matmulModel(2, 2));
    baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('models/a.onnx', matmulModel(8, 30)); // 240 params > 200: breach
    repo.write('models/b.onnx', matmulModel(8, 10)); // 80
    repo.write('models/c.onnx', matmulModel(8, 26)); // 208 params > 200: breach
    repo.write('models/d.onnx', matmulModel(8, 9)); // 72
    repo.write('models/e.onnx', 'not a model'); // cannot be measured: an error at the default level
    repo.write('models/new.onnx', matmulModel(4, 4)); // 16, added
    repo.write('models/legacy/old.onnx', matmulModel(3, 3)); // ignored by the config
    repo.remove('models/gone.onnx');
    headSha = repo.commit('head');
    for (const f of ['a', 'b', 'c', 'd', 'e', 'new', 'legacy/old']) files.push({ filename: `models/${f}.onnx`, status: f === 'new' ? 'added' : 'modified' });
    files.push({ filename: 'models/gone.onnx', status: 'removed' });
  });
  after(async () => {
    await Promise.all(servers.map((g) => g.stop()));
    repo.cleanup();
  });

  /** Four shards into `dir` (inside the workspace), then the merge job reading that folder. */
  async function shardedRun(dir: string, inputs: Record<string, string> = {}): Promise<{ gh: FakeGitHub; shards: ActionRun[] }> {
    const gh = await server();
    const shards: ActionRun[] = [];
    for (let i = 1; i <= 4; i++) shards.push(await run(gh, { ...inputs, shard: `${i}/4`, 'report-path': `${dir}/shard-${i}.json` }));
    return { gh, shards };
  }

  test('4 shards + merge post the comment, outputs and verdict of one unsharded run', async () => {
    const whole = await run(await server(), {});
    const unsharded = servers.at(-1)!;
    // Sanity of the unsharded run: a (240) and c (208) breach, e cannot be measured.
    assert.equal(whole.code, 1);
    assert.equal(whole.outputs['violations'], '3');
    const body = unsharded.comments.get(PR)![0]!.body;
    assert.match(body, /models\/a\.onnx/);

    const { gh, shards } = await shardedRun('shards');
    for (const s of shards) {
      assert.equal(s.code, 0, s.stdout);
      assert.deepEqual(errors(s), []);
      assert.ok(s.report?.shard, 'a partial report');
    }
    // Every model in exactly one shard: 8 changes (legacy/old ignored) over 4 shards, 2 each.
    assert.deepEqual(shards.map((s) => s.report!.models.length + s.report!.ignored.length), [2, 2, 2, 2]);
    assert.equal(gh.comments.get(PR), undefined, 'shards do not comment');

    const merged = await run(gh, { mode: 'merge', 'report-path': 'shards' });
    assert.equal(merged.code, whole.code, merged.stdout);
    assert.equal(gh.comments.get(PR)!.length, 1);
    assert.equal(gh.comments.get(PR)![0]!.body, body);
    for (const k of ['passed', 'violations', 'warnings', 'changed-models', 'points', 'base-sha', 'comment-body']) assert.equal(merged.outputs[k], whole.outputs[k], k);
    // The verdict and the annotations, line for line.
    assert.deepEqual(errors(merged), errors(whole));
    assert.equal(merged.summary, whole.summary);
    assert.equal(merged.report!.shard, undefined);
  });

  describe('bad shards are one-line errors', () => {
    let dir: string;
    before(async () => {
      dir = 'bad-shards';
      await shardedRun(dir);
    });
    const variant = (name: string, make: (to: string) => void): string => {
      const to = `variant-${name}`;
      rmSync(join(repo.dir, to), { recursive: true, force: true });
      mkdirSync(join(repo.dir, to));
      make(join(repo.dir, to));
      return to;
    };
    const copyAll = (to: string, except: string[] = []): void => {
      for (const f of readdirSync(join(repo.dir, dir))) if (!except.includes(f)) copyFileSync(join(repo.dir, dir, f), join(to, f));
    };
    const merge = async (reportPath: string, head?: string): Promise<ActionRun> => run(await server(), { mode: 'merge', 'report-path': reportPath }, head);
    const failsWith = (r: ActionRun, message: RegExp): void => {
      assert.equal(r.code, 1);
      const lines = errors(r);
      assert.equal(lines.length, 1, r.stdout);
      assert.match(lines[0]!, message);
    };

    test('a missing shard', async () => {
      failsWith(await merge(variant('missing', (to) => copyAll(to, ['shard-3.json']))), /^::error::model-budget: shard 3 of 4 missing \(have 3 reports\)$/);
    });
    test('a shard given twice', async () => {
      const to = variant('twice', (t) => {
        copyAll(t);
        copyFileSync(join(t, 'shard-2.json'), join(t, 'shard-2-again.json'));
      });
      failsWith(await merge(to), /^::error::model-budget: report-path "variant-twice\/shard-2\.json": shard 2\/4 again \(also report-path "variant-twice\/shard-2-again\.json"\)$/);
    });
    test('a tampered shard: verdict flipped to passed', async () => {
      const to = variant('passed', (t) => {
        copyAll(t);
        const text = readFileSync(join(t, 'shard-1.json'), 'utf8');
        const r = JSON.parse(text) as { passed: boolean; violations: number };
        assert.ok(r.violations > 0, 'shard 1 holds a failing model');
        writeFileSync(join(t, 'shard-1.json'), JSON.stringify({ ...r, passed: true, violations: 0 }));
      });
      failsWith(await merge(to), /^::error::model-budget: report-path "variant-passed\/shard-1\.json": invalid gate report: report\.violations: is 0 but \d+ rows are errors$/);
    });
    test("a tampered shard: a breaching model dropped from it", async () => {
      const to = variant('dropped', (t) => {
        copyAll(t);
        const r = JSON.parse(readFileSync(join(t, 'shard-1.json'), 'utf8')) as { models: Array<{ path: string }> };
        writeFileSync(join(t, 'shard-1.json'), JSON.stringify({ ...r, models: r.models.slice(1) }));
      });
      failsWith(await merge(to), /^::error::model-budget: report-path "variant-dropped\/shard-1\.json": shard 1\/4 leaves out "models\/[a-z/]+\.onnx"$/);
    });
    test('shards of another head commit', async () => {
      failsWith(await merge(dir, 'f'.repeat(40)), new RegExp(`^::error::model-budget: the partial reports are for head commit ${headSha}, this run is for f{40}: download the shards of this run$`));
    });
    test('a report outside the workspace', async () => {
      const outside = join(tmpdir(), 'mb-shard-outside.json');
      writeFileSync(outside, '{}');
      try {
        failsWith(await merge(outside), /^::error::model-budget: report-path ".*mb-shard-outside\.json": lies outside the workspace$/);
      } finally {
        rmSync(outside, { force: true });
      }
    });
    test('a folder without reports', async () => {
      failsWith(await merge(variant('empty', () => undefined)), /^::error::model-budget: report-path "variant-empty": no \.json reports in this folder/);
    });
    test("the merge job's own min-change, which the shards' reports override: one warning", async () => {
      // The shards ran without min-change (0%); the merged comment keeps theirs, and says nothing of 5% unless warned.
      const r = await run(await server(), { mode: 'merge', 'report-path': dir, 'min-change': '5%' });
      assert.equal(r.code, 1, r.stdout);
      assert.deepEqual(r.stdout.split('\n').filter((l) => l.startsWith('::warning') && l.includes('min-change')), [
        // A workflow command writes % as %25.
        "::warning::input 'min-change' (5%25) is not used by mode: merge: the shards ran with 0%25; set min-change on the shard jobs",
      ]);
      const same = await run(await server(), { mode: 'merge', 'report-path': dir, 'min-change': '0%' });
      assert.deepEqual(same.stdout.split('\n').filter((l) => l.startsWith('::warning') && l.includes('min-change')), []);
    });
    test('shard input out of range', async () => {
      for (const [value, why] of [['0/4', /i must be 1 to n \(4\)/], ['5/4', /i must be 1 to n \(4\)/], ['a/b', /should look like i\/n/], ['1/100000', /should look like i\/n/], ['1/300', /n must be 1 to 256/]] as const) {
        const r = await run(await server(), { shard: value });
        assert.equal(r.code, 1);
        const lines = errors(r);
        assert.equal(lines.length, 1, r.stdout);
        assert.ok(lines[0]!.startsWith(`::error::model-budget: input 'shard': '${value}' `), lines[0]);
        assert.match(lines[0]!, why);
      }
    });
  });

  test('cache-dir: the second run reuses the base profiles and posts the same comment', async (t) => {
    // Outside the checkout, as README's recipe keeps it (runner.temp): one inside is not used.
    const cacheDir = mkdtempSync(join(tmpdir(), 'mb-cache-'));
    t.after(() => rmSync(cacheDir, { recursive: true, force: true }));
    const first = await run(await server(), { 'cache-dir': cacheDir });
    const firstBody = servers.at(-1)!.comments.get(PR)![0]!.body;
    // Base side: a, b, c, d, e, gone are read from the base commit and stored (new has no base; legacy/old is ignored).
    assert.match(first.stdout, /^Cache .*mb-cache-\w+: 0 profiles reused, 6 stored$/m);
    const second = await run(await server(), { 'cache-dir': cacheDir });
    assert.match(second.stdout, /^Cache .*mb-cache-\w+: 6 profiles reused, 0 stored$/m);
    // Each reused profile says so in its progress line instead of a time of 0 ms.
    assert.equal(second.stdout.split('\n').filter((l) => / base from the cache$/.test(l)).length, 6, second.stdout);
    assert.doesNotMatch(second.stdout, / base 0 ms$/m);
    assert.equal(servers.at(-1)!.comments.get(PR)![0]!.body, firstBody);
    assert.equal(second.code, first.code);
  });

  test('CLI: check --shard i/3 three times, then merge, prints the report of check', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: repo.dir, encoding: 'utf8', timeout: 60_000 });
    const whole = cli('check', '--base', 'main', '--format', 'json');
    assert.equal(whole.status, 1, whole.stderr);
    const dir = join(repo.dir, 'cli-shards');
    mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= 3; i++) {
      const part = cli('check', '--base', 'main', '--shard', `${i}/3`);
      assert.equal(part.status, 0, part.stderr);
      writeFileSync(join(dir, `${i}.json`), part.stdout);
    }
    const merged = cli('merge', 'cli-shards', '--format', 'json');
    assert.equal(merged.status, 1, merged.stderr);
    assert.deepStrictEqual(JSON.parse(merged.stdout), JSON.parse(whole.stdout));
    // The markdown report too, text for text.
    assert.equal(cli('merge', 'cli-shards', '--format', 'md').stdout, cli('check', '--base', 'main', '--format', 'md').stdout);
    const bad = cli('check', '--shard', '3/2');
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr.split('\n')[0], "model-budget: --shard: '3/2' has i = 3; i must be 1 to n (2)");
    rmSync(join(dir, '2.json'));
    const missing = cli('merge', 'cli-shards');
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.split('\n')[0], 'model-budget: shard 2 of 3 missing (have 2 reports)');
  });
});
