/**
 * The baseline cache (io/profile-cache.ts) through the gate's one pipeline: a second run takes
 * the base side's profiles from the cache (the profiler is counted), other options miss, and an
 * entry that cannot be trusted is a debug line and a fresh profile with the right numbers.
 *
 * Models are MatMul X[1,k] x W[k,n]: params = k*n, MACs = k*n.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GateReport } from '../../src/budget/types.js';
import { Git } from '../../src/io/git.js';
import { localComparison, runGate } from '../../src/io/pipeline.js';
import type { ProfileFn } from '../../src/io/pipeline.js';
import { cachedJob, codeFingerprint, codeRoot, fingerprintOf, MAX_ENTRY_BYTES, ProfileCache } from '../../src/io/profile-cache.js';
import type { TreeSource } from '../../src/io/sources.js';
import { profileFile, profileLoaded } from '../../src/profile/index.js';
import { externalMatmulModel, matmulModel, TestRepo } from '../e2e/harness.js';

describe('profile cache', { concurrency: 1 }, () => {
  let repo: TestRepo;
  let scratch: string;
  before(() => {
    repo = TestRepo.create('mb-cache-');
    scratch = mkdtempSync(join(tmpdir(), 'mb-cache-dir-'));
    repo.write('models/a.onnx', matmulModel(8, 8)); // 64 params
    const ext = externalMatmulModel(4, 4, 'ext.onnx.data'); // 16 params, in a side file
    repo.write('models/ext.onnx', ext.model);
    repo.write('models/ext.onnx.data', ext.data);
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('models/a.onnx', matmulModel(8, 10)); // 80 params
    const ext2 = externalMatmulModel(4, 5, 'ext.onnx.data'); // 20 params
    repo.write('models/ext.onnx', ext2.model);
    repo.write('models/ext.onnx.data', ext2.data);
    repo.commit('head');
    // Two configs in the working tree that differ only in a dim binding (an option of every profile).
    repo.write('cfg-1.yml', 'version: 1\ndefaults:\n  dims: { batch: 1 }\n');
    repo.write('cfg-2.yml', 'version: 1\ndefaults:\n  dims: { batch: 2 }\n');
  });
  after(() => {
    repo.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  interface Run {
    readonly report: GateReport;
    /** Profiler calls, both sides. */
    readonly calls: number;
    readonly log: string[];
    readonly cache: ProfileCache | null;
  }

  async function gate(cacheDir: string | null, config = 'cfg-1.yml'): Promise<Run> {
    const log: string[] = [];
    let calls = 0;
    const profile: ProfileFn = (loaded, options) => {
      calls++;
      return profileLoaded(loaded, options);
    };
    const cache = cacheDir === null ? null : new ProfileCache(cacheDir, (m) => log.push(m));
    const comparison = await localComparison(repo.dir, 'main', () => undefined);
    const { report } = await runGate(comparison, {
      config: { file: config, cwd: repo.dir, from: 'head', label: '--config' },
      models: ['**/*.onnx'],
      lfs: 'skip',
      profile,
      log: (m) => log.push(m),
      ...(cache ? { cache } : {}),
    });
    return { report, calls, log, cache };
  }

  const params = (r: GateReport, path: string): [number | null, number | null] => {
    const row = r.models.find((m) => m.path === path)!.rows.find((x) => x.metric === 'params')!;
    return [row.base, row.head];
  };
  const entries = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.json')).sort();

  test('a second run takes the base side from the cache; the report is the same', async () => {
    const dir = join(scratch, 'second');
    const uncached = await gate(null);
    const first = await gate(dir);
    // 2 models x 2 sides profiled; the 2 base profiles (git blobs) stored, the head (working tree) not.
    assert.equal(first.calls, 4);
    assert.deepEqual(first.cache!.stats, { hits: 0, misses: 2, rejected: 0, writes: 2 });
    assert.equal(entries(dir).length, 2);
    const second = await gate(dir);
    assert.equal(second.calls, 2, 'the 2 heads only');
    assert.deepEqual(second.cache!.stats, { hits: 2, misses: 0, rejected: 0, writes: 0 });
    // 8x8 = 64 -> 8x10 = 80; 4x4 = 16 -> 4x5 = 20, whether profiled or cached.
    assert.deepEqual(params(second.report, 'models/a.onnx'), [64, 80]);
    assert.deepEqual(params(second.report, 'models/ext.onnx'), [16, 20]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(second.report)), JSON.parse(JSON.stringify(uncached.report)));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(first.report)), JSON.parse(JSON.stringify(uncached.report)));
  });

  test('a hit copies nothing out of git: the cache is asked before the model is placed', async () => {
    const dir = join(scratch, 'no-copy');
    await gate(dir);
    const copied: string[] = [];
    const copyBlob = Git.prototype.copyBlob;
    Git.prototype.copyBlob = function (this: Git, sha: string, path: string, target: string) {
      copied.push(path);
      return copyBlob.call(this, sha, path, target);
    };
    try {
      const second = await gate(dir);
      assert.deepEqual(second.cache!.stats, { hits: 2, misses: 0, rejected: 0, writes: 0 });
      // Before, each hit still copied its model blob (models/a.onnx, models/ext.onnx) to a temporary folder first.
      assert.deepEqual(copied, []);
    } finally {
      Git.prototype.copyBlob = copyBlob;
    }
  });

  test('other options (a dim binding) miss; the first options still hit', async () => {
    const dir = join(scratch, 'options');
    await gate(dir, 'cfg-1.yml');
    const other = await gate(dir, 'cfg-2.yml');
    assert.equal(other.calls, 4);
    assert.deepEqual(other.cache!.stats, { hits: 0, misses: 2, rejected: 0, writes: 2 });
    const again = await gate(dir, 'cfg-1.yml');
    assert.equal(again.calls, 2);
  });

  test('an entry holds the side files the reader asked for: another data blob, or none, misses', async () => {
    const cache = new ProfileCache(join(scratch, 'keys'), () => undefined, 'test-build');
    const blobs = new Map<string, string>([['m.onnx', '1'.repeat(40)], ['m.onnx.data', '2'.repeat(40)]]);
    const source = { blobIds: async (paths: string[]) => new Map(paths.flatMap((p) => (blobs.has(p) ? [[p, blobs.get(p)!] as const] : []))) } as unknown as TreeSource;
    const real = await profileFile(join(repo.dir, 'models/a.onnx'), { displayPath: 'm.onnx' });
    let runs = 0;
    const job = (dims: Record<string, number>, c = cache) =>
      cachedJob(c, source, { path: 'm.onnx', runs: [{ dims }] }, async (asked) => {
        runs++;
        asked(['m.onnx.data']); // what an ONNX reader asks for: its external data
        return { kind: 'profiled', runs: [{ profile: real }], ms: 1 };
      });
    await job({});
    const hit = await job({});
    assert.equal(runs, 1, 'same blobs: hit');
    assert.deepStrictEqual(hit, { kind: 'profiled', runs: [{ profile: JSON.parse(JSON.stringify(real)) }], ms: 0, cached: true });
    blobs.set('m.onnx.data', '3'.repeat(40));
    await job({});
    assert.equal(runs, 2, 'another data blob: miss (and the entry is replaced)');
    await job({});
    assert.equal(runs, 2, 'then a hit');
    blobs.delete('m.onnx.data');
    await job({});
    assert.equal(runs, 3, 'the data file gone: miss');
    await job({ batch: 2 });
    assert.equal(runs, 4, 'other options: miss');
    await job({}, new ProfileCache(join(scratch, 'keys'), () => undefined, 'other-build'));
    assert.equal(runs, 5, 'another build of model-budget: miss');
  });

  test('when git cannot tell the side files\' blobs, nothing is stored and nothing stale is reused', async () => {
    const cache = new ProfileCache(join(scratch, 'git-fails'), () => undefined, 'test-build');
    let gitWorks = true;
    // The model's blob is known; the side file's lookup fails (git exits non-zero -> null).
    const source = { blobIds: async (paths: string[]) => (!gitWorks && paths.includes('m.onnx.data') ? null : new Map(paths.filter((p) => p === 'm.onnx').map((p) => [p, '1'.repeat(40)] as const))) } as unknown as TreeSource;
    const real = await profileFile(join(repo.dir, 'models/a.onnx'), { displayPath: 'm.onnx' });
    let runs = 0;
    const job = () => cachedJob(cache, source, { path: 'm.onnx', runs: [{ dims: {} }] }, async (asked) => {
      runs++;
      asked(['m.onnx.data']);
      return { kind: 'profiled', runs: [{ profile: real }], ms: 1 };
    });
    gitWorks = false;
    await job();
    assert.equal(cache.stats.writes, 0, 'a failed lookup stores no entry claiming the data file is absent');
    gitWorks = true;
    await job(); // stored, with the data file absent
    gitWorks = false;
    await job();
    assert.equal(runs, 3, 'the lookup failed on the hit: profiled again, not reused');
  });

  describe('entries that cannot be trusted are ignored, with a debug line, and profiled again', () => {
    const tamper = async (name: string, change: (file: string, all: string[]) => void): Promise<Run> => {
      const dir = join(scratch, `tamper-${name}`);
      await gate(dir);
      const all = entries(dir).map((n) => join(dir, n));
      change(all[0]!, all);
      const run = await gate(dir);
      // Both models come out right: 64 -> 80 and 16 -> 20.
      assert.deepEqual(params(run.report, 'models/a.onnx'), [64, 80]);
      assert.deepEqual(params(run.report, 'models/ext.onnx'), [16, 20]);
      return run;
    };
    const rejectedOnce = (run: Run, why: RegExp): void => {
      assert.equal(run.calls, 3, 'both heads, and the base whose entry is bad; the other base is a hit');
      assert.equal(run.cache!.stats.rejected, 1);
      const line = run.log.find((l) => l.startsWith('Cache: ignoring '));
      assert.ok(line, run.log.join('\n'));
      assert.match(line, why);
    };

    test('a number changed in the profile', async () => {
      const run = await tamper('number', (file) => {
        const text = readFileSync(file, 'utf8');
        const changed = text.replace(/"total":(\d+)/, (_m, n: string) => `"total":${Number(n) + 1000}`);
        assert.notEqual(changed, text);
        writeFileSync(file, changed);
      });
      rejectedOnce(run, /its content does not match its digest; profiling again$/);
    });
    test("another model's entry in its place", async () => {
      const run = await tamper('swapped', (file, all) => writeFileSync(file, readFileSync(all[1]!)));
      rejectedOnce(run, /its key is not this model's/);
    });
    test('a truncated entry', async () => {
      const run = await tamper('truncated', (file) => truncateSync(file, 100));
      rejectedOnce(run, /not JSON/);
    });
    test('an entry larger than the cap (sparse, never read)', async () => {
      const run = await tamper('huge', (file) => truncateSync(file, MAX_ENTRY_BYTES + 1));
      rejectedOnce(run, /larger than 64 MiB/);
    });
    test('a directory in place of an entry', async () => {
      const run = await tamper('dir', (file) => {
        rmSync(file);
        mkdirSync(file);
      });
      rejectedOnce(run, /is not a regular file/);
    });
    // JSON.parse takes any depth; JSON.stringify (the digest's text) threw RangeError past about
    // 10,000 levels, which failed the whole run as an internal error.
    const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    test('an entry whose profiles are arrays nested 1,000,000 deep (2 MB of brackets)', async () => {
      const run = await tamper('deep-profiles', (file) => {
        const e = JSON.parse(readFileSync(file, 'utf8')) as { key: string };
        writeFileSync(file, `{"key":${JSON.stringify(e.key)},"digest":"0","sideFiles":[],"profiles":${nested(1_000_000)}}`);
      });
      rejectedOnce(run, /: not JSON of ours: nested deeper than 64 levels; profiling again$/);
    });
    test('an entry whose side files are nested 1,000,000 deep', async () => {
      const run = await tamper('deep-sides', (file) => {
        const e = JSON.parse(readFileSync(file, 'utf8')) as { key: string; profiles: unknown };
        writeFileSync(file, `{"key":${JSON.stringify(e.key)},"digest":"0","sideFiles":${nested(1_000_000)},"profiles":${JSON.stringify(e.profiles)}}`);
      });
      rejectedOnce(run, /: not JSON of ours: nested deeper than 64 levels; profiling again$/);
    });
    test('an entry nested 65 deep with a matching digest: refused before the digest and the schema', async () => {
      const run = await tamper('deep-65', (file) => {
        const e = JSON.parse(readFileSync(file, 'utf8')) as { key: string; sideFiles: unknown; profiles: unknown[] };
        // The entry object is level 1 and profiles level 2: 63 more arrays inside make 65.
        const profiles = [...e.profiles, JSON.parse(nested(63)) as unknown];
        const digest = createHash('sha256').update(e.key).update('\0').update(JSON.stringify([e.sideFiles, profiles])).digest('hex');
        writeFileSync(file, JSON.stringify({ key: e.key, digest, sideFiles: e.sideFiles, profiles }));
      });
      rejectedOnce(run, /: not JSON of ours: nested deeper than 64 levels; profiling again$/);
    });
    /** Rewrites an entry with `profiles` changed by `edit` (JSON text in, JSON text out) and a digest that matches, as a forger would. */
    const forge = (file: string, edit: (profilesText: string) => string): void => {
      const e = JSON.parse(readFileSync(file, 'utf8')) as { key: string; sideFiles: unknown; profiles: unknown };
      const text = edit(JSON.stringify(e.profiles));
      // The digest is over the parsed value written out again, as the reader computes it.
      const digest = createHash('sha256').update(e.key).update('\0').update(JSON.stringify([e.sideFiles, JSON.parse(text)])).digest('hex');
      writeFileSync(file, `{"key":${JSON.stringify(e.key)},"digest":"${digest}","sideFiles":${JSON.stringify(e.sideFiles)},"profiles":${text}}`);
    };
    test('a link to /etc/passwd in place of an entry', async () => {
      const run = await tamper('link-out', (file) => {
        rmSync(file);
        symlinkSync('/etc/passwd', file);
      });
      rejectedOnce(run, /: is a symbolic link \(or lies below one\) that leads outside the cache directory; profiling again$/);
    });
    test("a link to the other model's entry, inside the cache", async () => {
      const run = await tamper('link-in', (file, all) => {
        rmSync(file);
        symlinkSync(all[1]!, file);
      });
      rejectedOnce(run, /its key is not this model's/);
    });
    test('a FIFO in place of an entry: refused before it is opened (no wait for a writer)', async () => {
      const run = await tamper('fifo', (file) => {
        rmSync(file);
        execFileSync('mkfifo', [file]);
      });
      rejectedOnce(run, /is not a regular file \(a FIFO\)/);
    });
    test('valid JSON that is no entry: an array, and an entry with one key more (__proto__)', async () => {
      rejectedOnce(await tamper('array', (file) => writeFileSync(file, '[1,2,3]')), /: not an entry; profiling again$/);
      const run = await tamper('proto', (file) => {
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, text.replace(/^\{/, '{"__proto__":{"hits":1},'));
      });
      rejectedOnce(run, /: not an entry of this cache; profiling again$/);
    });
    test('numbers as strings, with a matching digest', async () => {
      const run = await tamper('strings', (file) => forge(file, (t) => t.replace(/"total":(\d+)/g, '"total":"$1"')));
      rejectedOnce(run, /its profiles do not match schema\/profile\.schema\.json/);
    });
    test('1e400 (Infinity once parsed) as a total, with a matching digest', async () => {
      const run = await tamper('infinity', (file) => forge(file, (t) => t.replace(/"total":(\d+)/, '"total":1e400')));
      rejectedOnce(run, /its profiles do not match schema\/profile\.schema\.json/);
    });
    test('an entry with no profile, with a matching digest', async () => {
      const run = await tamper('empty', (file) => forge(file, () => '[]'));
      rejectedOnce(run, /its profiles do not match schema\/profile\.schema\.json/);
    });
    test('an entry whose profile is not a profile, with a matching digest', async () => {
      const run = await tamper('schema', (file) => {
        const e = JSON.parse(readFileSync(file, 'utf8')) as { key: string; digest: string; sideFiles: unknown; profiles: Array<Record<string, unknown>> };
        // A forged digest over a profile the schema refuses: params is no object.
        const profiles = [{ ...e.profiles[0], params: 'many' }];
        const digest = createHash('sha256').update(e.key).update('\0').update(JSON.stringify([e.sideFiles, profiles])).digest('hex');
        writeFileSync(file, JSON.stringify({ key: e.key, digest, sideFiles: e.sideFiles, profiles }));
      });
      rejectedOnce(run, /its profiles do not match schema\/profile\.schema\.json/);
    });
  });

  describe('the cache folder itself: a link, unwritable, a file, shared by runs at once', () => {
    const right = (run: Run): void => {
      assert.deepEqual(params(run.report, 'models/a.onnx'), [64, 80]);
      assert.deepEqual(params(run.report, 'models/ext.onnx'), [16, 20]);
    };

    test('a link to a folder outside the checkout is used through the link', async () => {
      const real = join(scratch, 'linked-real');
      mkdirSync(real);
      const link = join(scratch, 'linked');
      symlinkSync(real, link);
      await gate(link);
      assert.equal(entries(real).length, 2);
      const second = await gate(link);
      right(second);
      assert.deepEqual(second.cache!.stats, { hits: 2, misses: 0, rejected: 0, writes: 0 });
    });

    test('a folder nothing can be written to (immutable, so even root cannot): every model profiled, right numbers, a line per failed write', async (t) => {
      const dir = join(scratch, 'immutable');
      mkdirSync(dir);
      try {
        execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
      } catch {
        t.skip('chattr +i is not available here');
        return;
      }
      try {
        const run = await gate(dir);
        right(run);
        assert.equal(run.calls, 4);
        assert.deepEqual(run.cache!.stats, { hits: 0, misses: 2, rejected: 0, writes: 0 });
        assert.equal(run.log.filter((l) => l.startsWith(`Cache: cannot write ${dir}/`)).length, 2, run.log.join('\n'));
        assert.deepEqual(readdirSync(dir), [], 'no temporary file left behind either');
      } finally {
        execFileSync('chattr', ['-i', dir]);
      }
    });

    test('a regular file where the folder should be: no cache, right numbers', async () => {
      const file = join(scratch, 'a-file');
      writeFileSync(file, 'not a folder');
      const run = await gate(file);
      right(run);
      assert.equal(run.calls, 4);
      assert.deepEqual(run.cache!.stats, { hits: 0, misses: 2, rejected: 0, writes: 0 });
      assert.equal(readFileSync(file, 'utf8'), 'not a folder');
    });

    test('three runs at once on one folder write the same entries; every run and the next one read right numbers', async () => {
      const dir = join(scratch, 'parallel');
      const runs = await Promise.all([gate(dir), gate(dir), gate(dir)]);
      for (const r of runs) right(r);
      assert.deepEqual(entries(dir).length, 2);
      assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
      const next = await gate(dir);
      right(next);
      assert.deepEqual(next.cache!.stats, { hits: 2, misses: 0, rejected: 0, writes: 0 });
    });
  });
});

describe('cache keys: every option that changes a profile is in the key, and nothing else', () => {
  const cache = new ProfileCache('/nonexistent', () => undefined, 'build-1');
  const key = (runs: unknown, c = cache): string => c.key({ model: 'a'.repeat(40), path: 'm.onnx', runs });
  const base = { dims: { batch: 1 }, inputs: {}, perNode: true, formulas: { free: [] } };

  test('dims, input shapes, operating points, a free dim and the build each give a key of their own', () => {
    const variants: unknown[] = [
      [base],
      [{ ...base, dims: { batch: 2 } }],
      [{ ...base, dims: { batch: 1, seq: 1 } }],
      [{ ...base, inputs: { x: [1, 3] } }],
      [{ ...base, inputs: { x: [3, 1] } }],
      [{ ...base, formulas: { free: ['batch'] } }],
      [{ ...base, perNode: false }],
      // Two points, in either order: the profiles are stored in the order of the runs.
      [base, { ...base, dims: { batch: 8 }, formulas: false }],
      [{ ...base, dims: { batch: 8 } }, { ...base, formulas: false }],
      // A dim whose name holds JSON punctuation cannot pass for two dims.
      [{ ...base, dims: { 'batch":1,"seq': 1 } }],
    ];
    const keys = variants.map((v) => key(v));
    assert.equal(new Set(keys).size, variants.length);
    assert.notEqual(key([base], new ProfileCache('/nonexistent', () => undefined, 'build-2')), key([base]));
    assert.notEqual(cache.key({ model: 'b'.repeat(40), path: 'm.onnx', runs: [base] }), key([base]));
    assert.notEqual(cache.key({ model: 'a'.repeat(40), path: 'n.onnx', runs: [base] }), key([base]));
  });

  test('the order options were built in does not matter', () => {
    assert.equal(key([{ formulas: { free: [] }, perNode: true, inputs: {}, dims: { seq: 2, batch: 1 } }]), key([{ ...base, dims: { batch: 1, seq: 2 } }]));
  });
});

describe('the build fingerprint covers every module a profile runs', () => {
  test('unbundled, it is the whole compiled tree (this module sits in io/); bundled, the chunks beside the entry', () => {
    assert.equal(codeRoot('/r/build/src/io/profile-cache.js'), '/r/build/src');
    assert.equal(codeRoot('/r/dist/cli/413.index.js'), '/r/dist/cli');
    assert.equal(codeRoot('/r/dist/action/index.js'), '/r/dist/action');
  });

  test('a change to an op module outside io/ changes it (it used to hash io/ alone)', () => {
    const root = mkdtempSync(join(tmpdir(), 'mb-fingerprint-'));
    try {
      mkdirSync(join(root, 'io'));
      mkdirSync(join(root, 'ops', 'nn'), { recursive: true });
      writeFileSync(join(root, 'io', 'profile-cache.js'), 'export {};\n');
      writeFileSync(join(root, 'ops', 'nn', 'conv.js'), 'export const macs = (k) => k * k;\n');
      writeFileSync(join(root, 'ops', 'README.md'), 'not code');
      const at = (): string => fingerprintOf(codeRoot(join(root, 'io', 'profile-cache.js')));
      const first = at();
      assert.match(first, /^[0-9a-f]{64}$/);
      writeFileSync(join(root, 'ops', 'README.md'), 'still not code');
      assert.equal(at(), first, 'only .js files count');
      writeFileSync(join(root, 'ops', 'nn', 'conv.js'), 'export const macs = (k) => 2 * k * k;\n');
      assert.notEqual(at(), first);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("this run's fingerprint is that of build/src", () => {
    const src = dirname(dirname(fileURLToPath(import.meta.resolve('../../src/io/profile-cache.js'))));
    assert.equal(codeFingerprint(), fingerprintOf(src));
  });
});
