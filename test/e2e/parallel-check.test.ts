/**
 * The bundled CLI and action profile models in worker threads (the bundle's own entry serves
 * them): the report is the one the in-process run (`jobs: 1`) gives, in the order of the
 * changes whatever order the profiles finish in, and each profile prints one escaped progress
 * line (stderr for the CLI, the job log for the action).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GateReport } from '../../src/budget/types.js';
import { FakeGitHub } from '../support/fake-github.js';
import { runCli } from '../support/run-cli.js';
import { assertNoInjectedCommands } from '../support/workflow-commands.js';
import { externalMatmulModel, matmulModel, pullRequestPayload, runAction, TestRepo } from './harness.js';

const EVIL = 'models/x\n::error title=PWNED::y\u001b[31m ##[warning]z.onnx';
/** How escapeLog prints it: line break, escape and `##[` shown, never acted on. */
const EVIL_ESCAPED = 'models/x\\n::error title=PWNED::y\\x1b[31m ##\\[warning]z.onnx';

/**
 * Base: a = 4x2, b = 8x3 (external data), c = 16x4, gone = 2x2. Head: a = 4x5, b = 8x6, c
 * unchanged, gone deleted, the hostile name added (2x3), broken.onnx added (not a model).
 */
function pullRequest(repo: TestRepo): { baseSha: string; headSha: string } {
  repo.write('models/a.onnx', matmulModel(4, 2));
  const b = externalMatmulModel(8, 3, 'b.onnx.data');
  repo.write('models/b.onnx', b.model);
  repo.write('models/b.onnx.data', b.data);
  repo.write('models/c.onnx', matmulModel(16, 4));
  repo.write('models/gone.onnx', matmulModel(2, 2));
  const baseSha = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('models/a.onnx', matmulModel(4, 5));
  const b2 = externalMatmulModel(8, 6, 'b.onnx.data');
  repo.write('models/b.onnx', b2.model);
  repo.write('models/b.onnx.data', b2.data);
  repo.remove('models/gone.onnx');
  repo.write(EVIL, matmulModel(2, 3));
  repo.write('models/broken.onnx', 'not a model');
  return { baseSha, headSha: repo.commit('head') };
}

/**
 * Progress lines without their times, sorted (they come in completion order). Each model keeps
 * one number (its place among the changes: git's order for check, the PR's for the action),
 * and the numbers are 1 to 5: `[i/5]` is replaced by `[n/5]` once that is checked.
 */
function progressLines(log: string): string[] {
  const lines = log.split('\n').filter((l) => /\[\d+\/\d+\] /.test(l)).map((l) => l.replace(/^.*?(\[\d+\/\d+\] )/, '$1').replace(/ \d+ ms/, ' N ms'));
  const numbers = new Map<string, string>();
  for (const l of lines) {
    const [, i, model] = /^\[(\d+)\/5\] (.*) (?:head|base) /.exec(l)!;
    assert.equal(numbers.get(model!) ?? i, i, l);
    numbers.set(model!, i!);
  }
  assert.deepEqual([...numbers.values()].sort(), ['1', '2', '3', '4', '5']);
  return lines.map((l) => l.replace(/^\[\d+\//, '[n/')).sort();
}

const EXPECTED_PROGRESS = [
  '[n/5] models/a.onnx base N ms',
  '[n/5] models/a.onnx head N ms',
  '[n/5] models/b.onnx base N ms',
  '[n/5] models/b.onnx head N ms',
  '[n/5] models/broken.onnx head N ms, not measured',
  '[n/5] models/gone.onnx base N ms',
  `[n/5] ${EVIL_ESCAPED} head N ms`,
];

/** Params of each model, head and base: MatMul k x n has k*n params. */
function params(report: GateReport): Array<[string, unknown, unknown]> {
  return report.models.map((m) => {
    const row = m.rows.find((r) => r.metric === 'params');
    return [m.path, row?.base ?? null, row?.head ?? null];
  });
}

// a: 4*2 = 8 -> 4*5 = 20; b: 8*3 = 24 -> 8*6 = 48; gone: 2*2 = 4 -> none; EVIL: new, 2*3 = 6.
const EXPECTED_PARAMS = [[EVIL, null, 6], ['models/a.onnx', 8, 20], ['models/b.onnx', 24, 48], ['models/broken.onnx', null, null], ['models/gone.onnx', 4, null]];

describe('profiles in worker threads, through the bundles', () => {
  const repos: TestRepo[] = [];
  const servers: FakeGitHub[] = [];
  after(async () => {
    for (const r of repos) r.cleanup();
    for (const s of servers) await s.stop();
  });

  test('check --jobs 2: the report of --jobs 1, a progress line per profile, hostile names escaped', () => {
    const repo = TestRepo.create('mb-parallel-check-');
    repos.push(repo);
    pullRequest(repo);
    const parallel = runCli(['check', '--base', 'main', '--format', 'json', '--jobs', '2'], { cwd: repo.dir });
    const serial = runCli(['check', '--base', 'main', '--format', 'json', '--jobs', '1'], { cwd: repo.dir });
    // broken.onnx cannot be measured: the gate fails (exit 1) either way.
    assert.equal(parallel.status, 1, parallel.stderr);
    assert.equal(serial.status, 1, serial.stderr);
    assert.equal(parallel.stdout, serial.stdout);
    assert.deepEqual(params(JSON.parse(parallel.stdout) as GateReport).sort(), [...EXPECTED_PARAMS].sort());
    assertNoInjectedCommands(parallel.stderr, false);
    assert.deepEqual(progressLines(parallel.stderr), EXPECTED_PROGRESS);
    assert.deepEqual(progressLines(serial.stderr), EXPECTED_PROGRESS);
    const bad = runCli(['check', '--base', 'main', '--jobs', '0'], { cwd: repo.dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--jobs must be a whole number from 1 to 8/);
  });

  test('the action with jobs: 2 reports what jobs: 1 reports and logs a progress line per profile', async () => {
    const gh = new FakeGitHub();
    servers.push(gh);
    await gh.start();
    const repo = TestRepo.create('mb-parallel-action-');
    repos.push(repo);
    const { baseSha, headSha } = pullRequest(repo);
    gh.prFiles.set(7, [
      { filename: 'models/a.onnx', status: 'modified' },
      { filename: 'models/b.onnx', status: 'modified' },
      { filename: 'models/b.onnx.data', status: 'modified' },
      { filename: 'models/gone.onnx', status: 'removed' },
      { filename: EVIL, status: 'added' },
      { filename: 'models/broken.onnx', status: 'added' },
    ]);
    const run = (jobs: string) =>
      runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(7, baseSha, headSha), apiUrl: gh.url, sha: headSha, inputs: { jobs, comment: 'never' } });
    const parallel = await run('2');
    const serial = await run('1');
    assert.equal(parallel.code, serial.code, parallel.stdout);
    assert.deepEqual(parallel.report, serial.report);
    assert.deepEqual(params(parallel.report!).sort(), [...EXPECTED_PARAMS].sort());
    assertNoInjectedCommands(parallel.stdout);
    assert.deepEqual(progressLines(parallel.stdout), EXPECTED_PROGRESS);
  });
});
