/**
 * A bug in model-budget (here: an op whose shape inference throws a TypeError) is an internal
 * error, never "bad input": the engine names the node, the pipeline the model; `diff` and `check`
 * exit 3 with "this is a bug in model-budget" (the stack only under MODEL_BUDGET_DEBUG=1), and
 * the action fails the step saying so, naming the model and the op. Bad input stays exit 2.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/run.js';
import { runCheck } from '../../src/cli/check.js';
import { runDiff } from '../../src/cli/diff.js';
import { reportFailure } from '../../src/cli/errors.js';
import type { CliIo } from '../../src/cli/io.js';
import { readOnnxFile } from '../../src/formats/onnx/reader.js';
import { EXIT, InternalError, ModelFileError } from '../../src/graph/errors.js';
import type { ProfileFn } from '../../src/io/pipeline.js';
import { registry } from '../../src/ops/index.js';
import { runEngine } from '../../src/shapes/engine.js';
import type { OpLookup } from '../../src/shapes/engine-types.js';
import { FakeGitHub } from '../support/fake-github.js';
import { matmulModel, pullRequestPayload, TestRepo } from '../e2e/harness.js';

/** The real registry, except that MatMul's inference dereferences undefined (a bug). */
const buggyLookup: OpLookup = (domain, opType, opset) => {
  const def = registry.lookup(domain, opType, opset);
  if (!def || opType !== 'MatMul') return def;
  return {
    ...def,
    infer: () => {
      const missing: { shape?: number[] } | undefined = undefined as { shape?: number[] } | undefined;
      return { outputs: [{ dtype: 'float32', shape: missing!.shape! }] };
    },
  };
};

/** A profiler that runs the engine with the buggy MatMul on the model the gate read. */
const buggyProfile: ProfileFn = async (loaded) => {
  assert.equal(loaded.kind, 'graph');
  if (loaded.kind === 'graph') runEngine(loaded.model, buggyLookup);
  throw new Error('unreachable: the engine should have thrown');
};

function capture(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), profile: buggyProfile };
}

/** What main.ts does with a thrown error. */
async function exitOf(io: ReturnType<typeof capture>, command: () => Promise<number>, debug = false): Promise<number> {
  try {
    return await command();
  } catch (e) {
    return reportFailure(e, (l) => void io.err.push(l), debug);
  }
}

describe('internal errors', () => {
  const repos: TestRepo[] = [];
  after(() => {
    for (const r of repos) r.cleanup();
  });

  test('the engine turns an exception inside an op into an InternalError naming the node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-internal-'));
    try {
      writeFileSync(join(dir, 'a.onnx'), matmulModel(4, 2));
      const { model } = readOnnxFile(join(dir, 'a.onnx'));
      assert.throws(() => runEngine(model, buggyLookup), (e: unknown) => {
        assert.ok(e instanceof InternalError);
        assert.equal(e.context.op, "node 'MatMul_0' (MatMul)");
        assert.match(e.message, /^node 'MatMul_0' \(MatMul\): TypeError: Cannot read properties of undefined/);
        assert.ok(e.cause instanceof TypeError);
        return true;
      });
      // The real MatMul on the same model is fine: the failure is the injected bug, not the model.
      assert.doesNotThrow(() => runEngine(model, (d, o, v) => registry.lookup(d, o, v)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('diff: exit 3 (not 2), "this is a bug", model and op named; stack only with MODEL_BUDGET_DEBUG=1', async () => {
    const r = TestRepo.create('mb-internal-diff-');
    repos.push(r);
    r.write('base.onnx', matmulModel(4, 2));
    r.write('head.onnx', matmulModel(4, 3));
    const io = capture(r.dir);
    const code = await exitOf(io, () => runDiff(['base.onnx', 'head.onnx'], io));
    assert.equal(code, EXIT.INTERNAL);
    assert.equal(EXIT.INTERNAL, 3);
    assert.equal(io.err.length, 1, io.err.join(''));
    assert.match(io.err[0]!, /^model-budget: internal error: head\.onnx: node 'MatMul_0' \(MatMul\): TypeError: Cannot read properties of undefined .*This is a bug in model-budget, please report it/);
    assert.equal(io.out.join(''), '');

    const dbg = capture(r.dir);
    assert.equal(await exitOf(dbg, () => runDiff(['base.onnx', 'head.onnx'], dbg), true), EXIT.INTERNAL);
    assert.equal(dbg.err.length, 2);
    // The stack of the original TypeError, down to the op that threw.
    assert.match(dbg.err[1]!, /^TypeError: Cannot read properties of undefined[^\n]*\n\s+at Object\.infer /);

    // Bad input is still exit 2, with the file named.
    r.write('broken.onnx', 'not a model');
    const bad = { ...capture(r.dir), profile: undefined } as ReturnType<typeof capture>;
    const badIo: CliIo = { cwd: r.dir, stdout: bad.stdout, stderr: bad.stderr };
    assert.equal(await exitOf(bad, () => runDiff(['base.onnx', 'broken.onnx'], badIo)), EXIT.BAD_INPUT);
    assert.match(bad.err[0]!, /^model-budget: broken\.onnx: /);
  });

  test('check: exit 3, not "could not be measured"', async () => {
    const r = TestRepo.create('mb-internal-check-');
    repos.push(r);
    r.write('models/a.onnx', matmulModel(4, 2));
    r.commit('base');
    r.write('models/a.onnx', matmulModel(4, 3));
    const io = capture(r.dir);
    const code = await exitOf(io, () => runCheck(['--base', 'main'], io));
    assert.equal(code, EXIT.INTERNAL, io.err.join(''));
    const lines = io.err.join('').split('\n').filter(Boolean);
    assert.match(lines.at(-1)!, /^model-budget: internal error: models\/a\.onnx: node 'MatMul_0' \(MatMul\): TypeError: .*This is a bug in model-budget, please report it/);
    assert.doesNotMatch(io.out.join(''), /could not be measured/);
  });

  test('reportFailure: user errors exit 2 with their line, anything else 3', () => {
    const lines: string[] = [];
    assert.equal(reportFailure(new ModelFileError('m.onnx', 'truncated'), (l) => void lines.push(l), false), 2);
    assert.equal(reportFailure(new RangeError('Invalid array length'), (l) => void lines.push(l), false), 3);
    assert.equal(reportFailure('a string', (l) => void lines.push(l), false), 3);
    assert.deepEqual(lines.map((l) => l.split('.')[0]), [
      'model-budget: m',
      'model-budget: internal error: RangeError: Invalid array length',
      'model-budget: internal error: non-error thrown: a string',
    ]);
  });

  test('the action fails the step: "this is a bug in model-budget", with the model and the op', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    const r = TestRepo.create('mb-internal-action-');
    repos.push(r);
    const tmp = mkdtempSync(join(tmpdir(), 'mb-internal-run-'));
    const saved = { ...process.env };
    const write = process.stdout.write.bind(process.stdout);
    const stdout: string[] = [];
    try {
      r.write('models/a.onnx', matmulModel(4, 2));
      const baseSha = r.commit('base');
      r.git('checkout', '-q', '-b', 'feature');
      r.write('models/a.onnx', matmulModel(4, 3));
      const headSha = r.commit('head');
      gh.prFiles.set(1, [{ filename: 'models/a.onnx', status: 'modified' }]);
      const eventPath = join(tmp, 'event.json');
      writeFileSync(eventPath, JSON.stringify(pullRequestPayload(1, baseSha, headSha)));
      writeFileSync(join(tmp, 'summary.md'), '');
      writeFileSync(join(tmp, 'output.txt'), '');
      Object.assign(process.env, {
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_OUTPUT: join(tmp, 'output.txt'),
        GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'), GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
        GITHUB_REPOSITORY: 'acme/models', GITHUB_WORKSPACE: r.dir, GITHUB_SHA: headSha, RUNNER_TEMP: tmp,
        INPUT_CONFIG: '.github/model-budget.yml', 'INPUT_GITHUB-TOKEN': 'test-token', INPUT_MODELS: '**/*.onnx',
        MODEL_BUDGET_DEBUG: '1',
      });
      // @actions/core writes strings; the test runner's own events (binary) pass through.
      process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
        if (typeof chunk !== 'string') return write(chunk, ...rest);
        stdout.push(chunk);
        return true;
      }) as typeof process.stdout.write;
      await run({ profile: buggyProfile });
    } finally {
      process.stdout.write = write;
      process.exitCode = 0;
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      await gh.stop();
    }
    const log = stdout.join('');
    const commands = log.split('\n').filter((l) => /^::(error|warning)/.test(l));
    try {
      assert.equal(commands.length, 1, commands.join('\n'));
      assert.match(commands[0]!, /^::error::model-budget: internal error: models\/a\.onnx: node 'MatMul_0' \(MatMul\): TypeError: Cannot read properties of undefined.*This is a bug in model-budget, please report it/);
      // MODEL_BUDGET_DEBUG=1: the stack of the TypeError, down to the op that threw.
      assert.match(log, /\nTypeError: Cannot read properties of undefined[^\n]*\n\s+at Object\.infer /);
      const summary = readFileSync(join(tmp, 'summary.md'), 'utf8');
      assert.match(summary, /the action failed/);
      // (markdown-escaped in the summary)
      assert.match(summary, /models\/a\\\.onnx\\: node 'MatMul\\_0' \\\(MatMul\\\).*This is a bug in model\\-budget/);
      // No comment: a gate that crashed has no report to post.
      assert.equal(gh.comments.get(1)?.length ?? 0, 0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
