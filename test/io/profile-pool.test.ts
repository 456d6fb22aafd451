/**
 * Profile jobs in worker threads give what they give in-process: the same profiles (plain data
 * crosses intact, BigInts and all), the same one-line errors naming the model by repository
 * path, side files placed by the main thread on request; a bug in a worker stays an internal
 * error naming the model and the op, with the original stack.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InternalError, ModelFileError } from '../../src/graph/errors.js';
import { inProcessRunner, WorkerPool } from '../../src/io/profile-pool.js';
import type { JobOutcome, PlaceSideFiles, ProfileJob } from '../../src/io/profile-job.js';
import { externalMatmulModel, matmulModel } from '../e2e/harness.js';

/** The CLI's entry, unbundled: started as a worker it serves jobs. */
const ENTRY = new URL('../../src/cli/main.js', import.meta.url);
const BUGGY = new URL('../support/buggy-profile-worker.js', import.meta.url);

describe('profile jobs in worker threads', () => {
  let dir: string;
  const job = (path: string, runs: ProfileJob['runs'] = [{ perNode: true }]): ProfileJob => ({ side: 'head', path, file: join(dir, ...path.split('/')), root: dir, runs });
  /** Side files are already beside the model: the main thread says where it is. */
  const inPlace = (j: ProfileJob): PlaceSideFiles => async () => ({ kind: 'file', file: j.file, root: dir });
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mb-pool-'));
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'models', 'a.onnx'), matmulModel(4, 2));
    const ext = externalMatmulModel(8, 3, 'b.onnx.data');
    writeFileSync(join(dir, 'models', 'b.onnx'), ext.model);
    writeFileSync(join(dir, 'models', 'b.onnx.data'), ext.data);
    writeFileSync(join(dir, 'models', 'broken.onnx'), 'not a model');
    writeFileSync(join(dir, 'models', 'bug-c.onnx'), matmulModel(2, 2));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the same outcomes as in-process, side files asked for once, errors named by repository path', async () => {
    const jobs = [job('models/a.onnx'), job('models/b.onnx', [{ perNode: true }, { perNode: false }]), job('models/broken.onnx')];
    const asked: string[][] = [];
    const place = (j: ProfileJob): PlaceSideFiles => async (paths) => (asked.push([j.path, ...paths]), inPlace(j)(paths));
    const pool = new WorkerPool(2, ENTRY);
    let workers: JobOutcome[];
    try {
      workers = await Promise.all(jobs.map((j) => pool.run(j, place(j))));
    } finally {
      await pool.close();
    }
    const local = inProcessRunner();
    const here = await Promise.all(jobs.map((j) => local.run(j, inPlace(j))));
    // Only b.onnx names a side file (its external data), asked for by repository path.
    assert.deepEqual(asked, [['models/b.onnx', 'models/b.onnx.data']]);
    const strip = (o: JobOutcome): unknown => ({ ...o, ms: 0 });
    assert.deepEqual(workers.map(strip), here.map(strip));
    const [a, b, broken] = workers;
    assert.equal(a!.kind, 'profiled');
    // a: X[1,4] x W[4,2]: 4*2 = 8 params and 1*4*2 = 8 MACs; b: W[8,3] in its side file, 24 and 24.
    const totals = (o: JobOutcome | undefined): Array<[number, unknown]> =>
      o?.kind === 'profiled' ? o.runs.map((r) => ('profile' in r ? [r.profile.params.total, r.profile.totals?.macs] : [-1, r.error])) : [];
    assert.deepEqual(totals(a), [[8, 8]]);
    assert.deepEqual(totals(b), [[24, 24], [24, 24]]);
    assert.equal(broken!.kind, 'unreadable');
    if (broken!.kind === 'unreadable') assert.match(broken!.error, /^models\/broken\.onnx: /);
  });

  test('a bug in a worker is an InternalError naming the model and the op, with the stack; the pool goes on', async () => {
    const pool = new WorkerPool(1, BUGGY);
    try {
      await assert.rejects(pool.run(job('models/bug-c.onnx'), inPlace(job('models/bug-c.onnx'))), (e: unknown) => {
        assert.ok(e instanceof InternalError, String(e));
        assert.equal(e.context.model, 'models/bug-c.onnx');
        assert.match(e.context.op ?? '', /\(MatMul\)$/);
        assert.match(e.message, /^models\/bug-c\.onnx: node '[^']*' \(MatMul\): TypeError: bug in MatMul$/);
        assert.match(e.originalStack, /TypeError: bug in MatMul\n\s+at /);
        return true;
      });
      const ok = await pool.run(job('models/a.onnx'), inPlace(job('models/a.onnx')));
      assert.equal(ok.kind, 'profiled');
    } finally {
      await pool.close();
    }
  });

  test('placing a side file: bad input comes back as the model\'s error line, a bug as an internal error', async () => {
    const pool = new WorkerPool(1, ENTRY);
    try {
      const b = job('models/b.onnx');
      const bad = await pool.run(b, async () => { throw new ModelFileError('models/b.onnx.data', 'is not a regular file (FIFO)'); });
      assert.deepEqual({ ...bad, ms: 0 }, { kind: 'unreadable', error: 'models/b.onnx.data: is not a regular file (FIFO)', ms: 0 });
      await assert.rejects(pool.run(b, async () => { throw new RangeError('oops'); }), (e: unknown) => {
        assert.ok(e instanceof InternalError);
        assert.equal(e.message, 'models/b.onnx: RangeError: oops');
        return true;
      });
    } finally {
      await pool.close();
    }
  });
});
