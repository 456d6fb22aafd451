/**
 * Temporary copies of models read from git (io/sources.ts Materialiser): each job's folder goes
 * once its profile is done, so a run holds the copies of the jobs under way, not the sum of every
 * model it read; and a disk that fills up while copying stops the run with one line that says so
 * (an environment error), not an internal error or a model "that could not be measured".
 *
 * Each test points TMPDIR at a folder of its own, so copies are counted there alone (other test
 * files run at the same time and write to the shared temporary folder). Models are MatMul
 * X[1,8] x W[8,n]; with jobs: 1 the jobs run one after another, head then base of each change.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError, InternalError } from '../../src/graph/errors.js';
import { CommandError } from '../../src/io/exec.js';
import { Git } from '../../src/io/git.js';
import { localComparison, runGate } from '../../src/io/pipeline.js';
import type { GateRunOptions } from '../../src/io/pipeline.js';
import { ProfileCache } from '../../src/io/profile-cache.js';
import { DiskFullError } from '../../src/io/sources.js';
import { profileLoaded } from '../../src/profile/index.js';
import { externalMatmulModel, matmulModel, TestRepo } from '../e2e/harness.js';

const sharedTmp = tmpdir();
let tmp: string;
const savedTmpdir = process.env['TMPDIR'];
beforeEach(() => {
  tmp = mkdtempSync(join(sharedTmp, 'mb-temp-copies-'));
  process.env['TMPDIR'] = tmp;
});
afterEach(() => {
  if (savedTmpdir === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = savedTmpdir;
  rmSync(tmp, { recursive: true, force: true });
});

/** Files in the run's temporary folders (model-budget-*) under the private TMPDIR, by repository path. */
function copies(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), rel ? `${rel}/${e.name}` : e.name);
      else out.push((rel ? `${rel}/${e.name}` : e.name).replace(/^model-budget-[^/]+\/[a-z]+-[^/]+\//, ''));
    }
  };
  for (const d of readdirSync(tmp).filter((n) => n.startsWith('model-budget-'))) walk(join(tmp, d), d);
  return out.sort();
}

/** runGate over the repo's working tree against main; `seen` gets the copies on disk at each profile. */
async function gate(repo: TestRepo, seen: string[][], extra: Partial<GateRunOptions> = {}): Promise<void> {
  const comparison = await localComparison(repo.dir, 'main', () => undefined);
  await runGate(comparison, {
    config: { cwd: repo.dir, from: 'head', label: '--config' },
    models: ['**/*.onnx'],
    lfs: 'skip',
    jobs: 1,
    profile: (loaded, options) => {
      seen.push(copies());
      return profileLoaded(loaded, options);
    },
    ...extra,
  });
}

describe('temporary copies', { concurrency: 1 }, () => {
  let repos: TestRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));
  const repo = (): TestRepo => {
    const r = TestRepo.create('mb-temp-copies-repo-');
    repos.push(r);
    return r;
  };

  test("each job's copy goes once its profile is done: one on disk at a time, not one per model", async () => {
    const r = repo();
    for (let i = 0; i < 4; i++) r.write(`models/m${i}.onnx`, matmulModel(8, 8));
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 4; i++) r.write(`models/m${i}.onnx`, matmulModel(8, 9));
    r.commit('head');
    const seen: string[][] = [];
    await gate(r, seen);
    // Head (working tree, read in place: no copy), then base (a copy out of git), for m0..m3.
    // Before, every base copy stayed to the end: [], [m0], [m0], [m0, m1], ...
    assert.deepEqual(seen, [0, 1, 2, 3].flatMap((i) => [[], [`models/m${i}.onnx`]]));
    assert.deepEqual(copies(), [], 'the end-of-run cleanup leaves nothing');
  });

  test('copies made while finding the changes go when the model turns out no change, and after its job when it is one (a cache hit too)', async () => {
    const r = repo();
    // Only the data files change: models/ext.onnx and ext2.onnx (which name them) and
    // models/other.onnx (which names neither) are opened on both sides to find out; the base
    // reads are copies out of git, kept for the profile of the models that are changes.
    for (const name of ['ext', 'ext2']) {
      const m = externalMatmulModel(4, 4, `${name}.onnx.data`);
      r.write(`models/${name}.onnx`, m.model);
      r.write(`models/${name}.onnx.data`, m.data);
    }
    r.write('models/other.onnx', matmulModel(8, 8));
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    for (const name of ['ext', 'ext2']) r.write(`models/${name}.onnx.data`, externalMatmulModel(4, 4, `${name}.onnx.data`).data.map((b) => b ^ 1));
    r.commit('head');
    const cacheDir = mkdtempSync(join(sharedTmp, 'mb-temp-copies-cache-'));
    try {
      const first: string[][] = [];
      await gate(r, first, { cache: new ProfileCache(cacheDir) });
      // ext head: the kept base reads of ext and ext2 (other.onnx's went when it named no changed
      // file); ext base: its copy with its data file; ext2 head: ext2's kept copy alone; ext2 base.
      // Before: other.onnx stayed throughout, and ext's copies after its job.
      assert.deepEqual(first, [
        ['models/ext.onnx', 'models/ext2.onnx'],
        ['models/ext.onnx', 'models/ext.onnx.data', 'models/ext2.onnx'],
        ['models/ext2.onnx'],
        ['models/ext2.onnx', 'models/ext2.onnx.data'],
      ]);
      const second: string[][] = [];
      await gate(r, second, { cache: new ProfileCache(cacheDir) });
      // Both bases are cache hits (not profiled): ext's kept copy goes with its hit, before ext2 head.
      assert.deepEqual(second, [['models/ext.onnx', 'models/ext2.onnx'], ['models/ext2.onnx']]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  describe('a full disk while copying stops the run with one line (an environment error)', () => {
    let r: TestRepo;
    before(() => {
      r = repo();
      const ext = externalMatmulModel(4, 4, 'ext.onnx.data');
      r.write('models/a.onnx', matmulModel(8, 8));
      r.write('models/ext.onnx', ext.model);
      r.write('models/ext.onnx.data', ext.data);
      r.commit('base');
      r.git('checkout', '-q', '-b', 'feature');
      r.write('models/a.onnx', matmulModel(8, 9));
      r.write('models/ext.onnx', externalMatmulModel(4, 5, 'ext.onnx.data').model);
      r.write('models/ext.onnx.data', externalMatmulModel(4, 5, 'ext.onnx.data').data);
      r.commit('head');
    });
    const copyBlob = Git.prototype.copyBlob;
    afterEach(() => {
      Git.prototype.copyBlob = copyBlob;
    });
    const fullFor = (path: string, error: () => Error): void => {
      Git.prototype.copyBlob = function (this: Git, sha: string, p: string, target: string) {
        return p === path ? Promise.reject(error()) : copyBlob.call(this, sha, p, target);
      };
    };
    const stops = async (message: RegExp): Promise<void> => {
      await assert.rejects(gate(r, []), (e: unknown) => {
        assert.ok(e instanceof DiskFullError && e instanceof EnvironmentError && !(e instanceof InternalError), `${(e as Error).name}: ${(e as Error).message}`);
        assert.match(e.message, message);
        return true;
      });
      assert.deepEqual(copies(), [], 'cleaned up');
    };
    const where = (): string => `${tmp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/model-budget-\\w+`;

    test('the model file: ENOSPC from writing the copy (was: internal error)', async () => {
      fullFor('models/a.onnx', () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      await stops(new RegExp(`^no space left to copy models/a\\.onnx \\(base\\) into the temporary folder ${where()} \\(ENOSPC\\): free space on that disk, or point TMPDIR at a larger one$`));
    });
    test("git writing a large blob into the copy says so on stderr (was: the model's error)", async () => {
      fullFor('models/a.onnx', () => new CommandError('git cat-file blob 0123', 128, 'error: unable to write file: No space left on device\nfatal: ...'));
      await stops(new RegExp(`^no space left to copy models/a\\.onnx \\(base\\) into the temporary folder ${where()} \\(No space left on device\\): `));
    });
    test("a side file, placed at the job's request (was: internal error)", async () => {
      fullFor('models/ext.onnx.data', () => Object.assign(new Error('EDQUOT: disk quota exceeded, write'), { code: 'EDQUOT' }));
      await stops(new RegExp(`^no space left to copy models/ext\\.onnx\\.data \\(base\\) into the temporary folder ${where()} \\(EDQUOT\\): `));
    });
  });
});
