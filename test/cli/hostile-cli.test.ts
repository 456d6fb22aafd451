/**
 * The bundled CLI with hostile names: every name from a repository or a model that reaches stdout
 * or stderr is one escaped line (no workflow command, no terminal escape), CSV fields cannot be
 * spreadsheet formulas, and a ref that is an option is refused.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { runCli } from '../support/run-cli.js';
import { assertNoInjectedCommands } from '../support/workflow-commands.js';
import { matmulModel, TestRepo } from '../e2e/harness.js';

describe('hostile names through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-hostile-cli-'));
  const repos: TestRepo[] = [];
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const r of repos) r.cleanup();
  });

  test('profile --format csv: formulas in node and op names are neutralised, one row per line', () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['a'], {}, { name: '=HYPERLINK("http://evil","click")' });
    g.node('Relu', ['a'], ['b'], {}, { name: '@SUM(A1)' });
    g.node('Relu', ['b'], ['c'], {}, { name: '+1\n-1' });
    g.output('c', 'float32', [1, 4]);
    const file = join(dir, 'formulas.onnx');
    writeFileSync(file, modelBytes(g));
    const r = runCli(['profile', file, '--format', 'csv', '--per-node']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1 + 3, r.stdout);
    // Column 2 is the node name; a leading ' keeps a spreadsheet from evaluating it.
    assert.ok(lines[1]!.startsWith(`,"'=HYPERLINK(""http://evil"",""click"")",Relu,`), lines[1]);
    assert.ok(lines[2]!.startsWith(",'@SUM(A1),Relu,"), lines[2]);
    assert.ok(lines[3]!.startsWith(",'+1\\n-1,Relu,"), lines[3]);
  });

  test('check --verbose and the report: names with line breaks and commands stay on their line', () => {
    const repo = TestRepo.create('mb-hostile-check-');
    repos.push(repo);
    repo.write('README.md', 'x\n');
    repo.commit('base');
    const evil = 'models/x\n::error title=PWNED::y\u001b[31m ##[warning]z.onnx';
    repo.write(evil, matmulModel(2, 3));
    for (const format of ['md', 'text', 'json']) {
      const r = runCli(['check', '--base', 'main', '--verbose', '--format', format], { cwd: repo.dir });
      assert.equal(r.status, 0, r.stderr);
      assertNoInjectedCommands(r.stdout, false);
      assertNoInjectedCommands(r.stderr, false);
      if (format === 'json') assert.ok(r.stdout.includes('"path": "models/x\\n::error title=PWNED::y\\u001b[31m ##\\u005bwarning]z.onnx"'), r.stdout);
    }
    const verbose = runCli(['check', '--base', 'main', '--verbose'], { cwd: repo.dir });
    assert.ok(verbose.stderr.includes('Profiling models/x\\n::error title=PWNED::y\\x1b[31m ##\\[warning]z.onnx (added)'), verbose.stderr);
  });

  test('error lines: a broken model with a hostile name is one escaped line, exit 2', () => {
    const good = join(dir, 'good.onnx');
    writeFileSync(good, matmulModel(2, 3));
    const bad = '\u001b[2J\n::add-mask::PWNED.onnx';
    writeFileSync(join(dir, bad), 'not a model');
    const r = runCli(['diff', 'good.onnx', bad], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assertNoInjectedCommands(r.stderr, false);
    assert.equal(r.stderr.split('\n').length, 2, r.stderr);
    assert.ok(r.stderr.startsWith('model-budget: \\x1b[2J\\n::add-mask::PWNED.onnx: '), r.stderr);
  });

  test('check --base that is an option: refused before git sees it', () => {
    const repo = TestRepo.create('mb-hostile-base-');
    repos.push(repo);
    repo.write('a.txt', 'a\n');
    repo.commit('one');
    const r = runCli(['check', '--base=--output=x'], { cwd: repo.dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^model-budget: --base '--output=x' is not a valid git ref or SHA: must not start with '-'\n/);
  });

  test('diff: a FIFO, a link to /dev/zero or to a FIFO is one line and exit 2, in seconds', () => {
    const d = mkdtempSync(join(dir, 'special-'));
    writeFileSync(join(d, 'good.onnx'), matmulModel(2, 3));
    execFileSync('mkfifo', [join(d, 'pipe.onnx')]);
    symlinkSync('pipe.onnx', join(d, 'to-pipe.onnx'));
    symlinkSync('/dev/zero', join(d, 'zero.onnx'));
    const cases: Array<[string, string]> = [
      ['pipe.onnx', 'a FIFO'], ['to-pipe.onnx', 'a FIFO'], ['zero.onnx', 'a character device'],
    ];
    for (const [name, kind] of cases) {
      // Before the fix: the FIFO blocked for ever and /dev/zero was read into memory without end.
      const r = runCli(['diff', 'good.onnx', name], { cwd: d, timeoutMs: 15_000 });
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.equal(r.stderr, `model-budget: ${name}: is not a regular file (${kind})\n`);
    }
  });

  test('check: an untracked model linked to a FIFO or out of the repository is not measured; exit 1, in seconds', () => {
    const repo = TestRepo.create('mb-hostile-special-');
    repos.push(repo);
    repo.write('models/a.onnx', matmulModel(2, 3));
    repo.commit('base');
    mkdirSync(join(repo.dir, 'fifo'));
    execFileSync('mkfifo', [join(repo.dir, 'fifo/pipe')]);
    symlinkSync('../fifo/pipe', join(repo.dir, 'models/fifo.onnx'));
    symlinkSync('/dev/zero', join(repo.dir, 'models/zero.onnx'));
    const r = runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir, timeoutMs: 15_000 });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { models: Array<{ path: string; error?: string }> };
    const errors = Object.fromEntries(report.models.map((m) => [m.path, m.error]));
    assert.deepEqual(errors, {
      'models/fifo.onnx': 'models/fifo.onnx: is not a regular file (a FIFO)',
      'models/zero.onnx': 'models/zero.onnx: is a symbolic link (or lies below one) that leads outside the working tree',
    });
  });

  test('check: a model whose name is not UTF-8 is not measured as the valid name it decodes to', () => {
    // models/b\xff.onnx read as text is models/b\ufffd.onnx, a valid name (bytes EF BF BD) that
    // the base already has: before the fix the gate measured that file (4x2 = 8 params, within
    // the budget of 10) in place of the new one (16x8 = 128 params) and passed.
    const repo = TestRepo.create('mb-hostile-utf8-');
    repos.push(repo);
    repo.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - name: mm\n    path: "models/**"\n    budgets:\n      params: { max: 10 }\n');
    repo.write('models/b\ufffd.onnx', matmulModel(4, 2));
    repo.commit('base');
    writeFileSync(Buffer.concat([Buffer.from(join(repo.dir, 'models/b')), Buffer.from([0xff]), Buffer.from('.onnx')]), matmulModel(16, 8));
    repo.commit('a model whose name is not UTF-8');
    const r = runCli(['check', '--base', 'main~1', '--format', 'json'], { cwd: repo.dir });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { passed: boolean; models: Array<{ path: string; error?: string }> };
    assert.equal(report.passed, false);
    assert.deepEqual(report.models.map((m) => [m.path, m.error]), [
      ['models/b\udcff.onnx', 'models/b\udcff.onnx: its name is not valid UTF-8, so it cannot be read by that name (rename it)'],
    ]);
    assert.ok(r.stderr.includes('models/b\\xff.onnx head not measured'), r.stderr);
  });

  test('check: a model that is a link in the base is measured at its target in the base tree, so max-increase holds', () => {
    // models/current.onnx -> v3.onnx (16x8 = 128 params); the pull request adds v4.onnx (16x10 =
    // 160, +25%) and points the link at it. Before the fix the base side read the link's own
    // blob (the text "v3.onnx") as the model, could not measure it, and the +10% budget passed.
    const repo = TestRepo.create('mb-hostile-link-');
    repos.push(repo);
    repo.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - name: deployed\n    path: "models/current.onnx"\n    budgets:\n      params: { max-increase: 10% }\n');
    repo.write('models/v3.onnx', matmulModel(16, 8));
    symlinkSync('v3.onnx', join(repo.dir, 'models/current.onnx'));
    // A link out of the tree and one to nothing: not models in git, whatever is on disk.
    symlinkSync('/etc/passwd', join(repo.dir, 'models/outside.onnx'));
    symlinkSync('gone.onnx', join(repo.dir, 'models/dangling.onnx'));
    repo.commit('base');
    repo.write('models/v4.onnx', matmulModel(16, 10));
    rmSync(join(repo.dir, 'models/current.onnx'));
    symlinkSync('v4.onnx', join(repo.dir, 'models/current.onnx'));
    for (const name of ['outside', 'dangling']) {
      rmSync(join(repo.dir, `models/${name}.onnx`));
      writeFileSync(join(repo.dir, `models/${name}.onnx`), matmulModel(2, 2));
    }
    repo.commit('head');
    const r = runCli(['check', '--base', 'main~1', '--format', 'json'], { cwd: repo.dir });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { models: Array<{ path: string; verdict: string; notes: string[]; rows: Array<{ metric: string; base: number | null; head: number | null }> }> };
    const model = (path: string) => report.models.find((m) => m.path === path)!;
    const params = model('models/current.onnx').rows.find((x) => x.metric === 'params')!;
    assert.deepEqual([params.base, params.head, model('models/current.onnx').verdict], [128, 160, 'error']);
    assert.deepEqual(model('models/outside.onnx').notes, ['base version could not be read: models/outside.onnx: is a symbolic link that leads outside the commit\'s tree']);
    assert.deepEqual(model('models/dangling.onnx').notes, ['base version could not be read: models/dangling.onnx: is a symbolic link to a path the commit does not have']);
  });

  test("the profile pool's worker argument on the command line: still the main program, a usage error", () => {
    // Workers are recognised by this argument without loading node:worker_threads; in the main
    // thread it must not turn the CLI into a worker waiting for jobs (it would hang).
    const r = runCli(['--model-budget-profile-worker']);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /unknown command '--model-budget-profile-worker'/);
  });
});
