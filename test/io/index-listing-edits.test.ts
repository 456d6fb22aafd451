/**
 * A pull request that edits only a shard set's index, so that it starts or stops listing a shard
 * file that stays unchanged in the repository: the shard's bytes did not change, so git does not
 * list it, yet on one side it was a model of its own (the reader measures an unlisted shard
 * alone) and on the other it is part of the set. It gets the row (and the wording) it gets when
 * the shard itself changes in the same pull request, and the totals count it once a side.
 * Through `runGate`, the path `check` takes; the folder comparison (`diffDirectories`) too.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GateReport, ModelReport } from '../../src/budget/types.js';
import { diffDirectories } from '../../src/io/changes.js';
import { DEFAULT_MODEL_GLOBS, matchesAny, parsePatterns } from '../../src/io/glob.js';
import { localComparison, runGate } from '../../src/io/pipeline.js';
import { renderComment } from '../../src/report/index.js';
import type { TestRepo } from '../e2e/harness.js';
import { branchRepos } from '../support/branch-repo.js';
import type { RepoStep } from '../support/branch-repo.js';
import { safetensorsBytes } from '../support/weight-writers.js';
import { memoryTree } from '../support/memory-tree.js';

const committed = branchRepos('mb-index-edit-');
const repoWith = (base: RepoStep, head: RepoStep): TestRepo => committed((r) => {
  r.write('README.md', 'weights below');
  base(r);
}, head);

async function gate(r: TestRepo): Promise<GateReport> {
  const cmp = await localComparison(r.dir, 'main', () => undefined);
  const { report } = await runGate(cmp, { config: { from: 'base', label: '--config' }, models: parsePatterns(DEFAULT_MODEL_GLOBS), lfs: 'skip', log: () => undefined });
  return report;
}

const metric = (m: ModelReport, name: string): [number | null | undefined, number | null | undefined] => {
  const row = m.rows.find((x) => x.metric === name)!;
  return [row.base, row.head];
};
/** Each model as [path, status, partOf, error, params base/head, file-size base/head], sorted by path. */
const rows = (report: GateReport): unknown[] =>
  report.models.map((m) => [m.path, m.status, m.partOf, m.error, metric(m, 'params'), metric(m, 'file-size')]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const st = (name: string, shape: number[]): Buffer => safetensorsBytes([{ name, dtype: 'F32', shape }]);
const INDEX = 'm/model.safetensors.index.json';
const shard = (i: number): string => `model-0000${i}-of-00003.safetensors`;
const SHARD3 = `m/${shard(3)}`;
/** An index listing the first `n` of a.weight, b.weight, d.weight, each in its own shard. */
const listing = (n: number): string => JSON.stringify({ weight_map: Object.fromEntries(['a.weight', 'b.weight', 'd.weight'].slice(0, n).map((t, i) => [t, shard(i + 1)])) });
// Sizes by hand (unlisted-shards.test.ts): shard 1 (a.weight 10 x 4) 240 bytes, shard 2 (b.weight
// 5 x 4) 152, shard 3 (d.weight 1000 x 4) 8 + 72 + 16000 = 16080. The index: `{"weight_map":{`
// (15) + `"a.weight":"model-00001-of-00003.safetensors"` (10 + 1 + 34 = 45) per entry, commas
// between, `}}` (2): 108 bytes listing two shards, 154 listing three.
const [LIST2, LIST3] = [108, 154];
const [A_B, D] = [60, 4000];
const [A_B_BYTES, D_BYTES] = [392, 16080];

/** Shards 1 to 3 of 3, and an index listing the first `n`: shard 3 unlisted stands alone. */
const setListing = (n: number): RepoStep => (r) => {
  r.write(`m/${shard(1)}`, st('a.weight', [10, 4]));
  r.write(`m/${shard(2)}`, st('b.weight', [5, 4]));
  r.write(SHARD3, st('d.weight', [1000, 4]));
  r.write(INDEX, listing(n));
};

describe('an index edited to list, or to stop listing, a shard file that stays as it was', () => {
  test('the index starts listing shard 3: shard 3 "now read as part of" the set, 4,060 -> 4,060 params in all, each file once a side', async () => {
    assert.equal(listing(2).length, LIST2);
    assert.equal(listing(3).length, LIST3);
    const report = await gate(repoWith(setListing(2), (h) => h.write(INDEX, listing(3))));
    assert.deepEqual(rows(report), [
      [SHARD3, 'deleted', INDEX, null, [D, null], [D_BYTES, null]],
      [INDEX, 'modified', undefined, null, [A_B, A_B + D], [A_B_BYTES + LIST2, A_B_BYTES + D_BYTES + LIST3]],
    ]);
    const md = renderComment(report);
    assert.ok(md.includes(`- \`${SHARD3}\` now read as part of \`${INDEX}\` (had 4.00\u00a0K params on its own)`), md);
    assert.ok(md.includes('1 model now read as part of a set'), md);
    assert.doesNotMatch(md, /safetensors` deleted|model deleted/);
    // Base: the set's 60 + shard 3 alone 4,000 = 4,060; head: the set's 4,060; shard 3 counted once a side.
    assert.ok(md.includes('| **Total** (2 models) | 4.06\u00a0K → 4.06\u00a0K | n/a | n/a |  |'), md);
  });

  test('the index stops listing shard 3: shard 3 "no longer read as part of" the set, 4,060 -> 4,060 params in all', async () => {
    const report = await gate(repoWith(setListing(3), (h) => h.write(INDEX, listing(2))));
    assert.deepEqual(rows(report), [
      [SHARD3, 'added', INDEX, null, [null, D], [null, D_BYTES]],
      [INDEX, 'modified', undefined, null, [A_B + D, A_B], [A_B_BYTES + D_BYTES + LIST3, A_B_BYTES + LIST2]],
    ]);
    const md = renderComment(report);
    assert.ok(md.includes(`<code>${SHARD3}</code> (no longer read as part of <code>${INDEX}</code>)</summary>`), md);
    assert.ok(md.includes(`| \`${SHARD3}\` | 4.00\u00a0K | n/a | n/a | left its set |`), md);
    assert.ok(md.includes('| **Total** (2 models) | 4.06\u00a0K → 4.06\u00a0K | n/a | n/a |  |'), md);
  });

  test('the index starts listing shard 3 while shard 2 grows (5 x 4 -> 50 x 4): shard 3 joins once, 4,060 -> 4,240 params', async () => {
    // Head: 40 + 200 + 4,000 = 4,240 params; shard 2 of 50 x 4 is 8 + 72 + 800 = 880 bytes.
    const report = await gate(repoWith(setListing(2), (h) => {
      h.write(INDEX, listing(3));
      h.write(`m/${shard(2)}`, st('b.weight', [50, 4]));
    }));
    assert.deepEqual(rows(report), [
      [SHARD3, 'deleted', INDEX, null, [D, null], [D_BYTES, null]],
      [INDEX, 'modified', undefined, null, [A_B, 4240], [A_B_BYTES + LIST2, 240 + 880 + D_BYTES + LIST3]],
    ]);
    assert.ok(renderComment(report).includes('| **Total** (2 models) | 4.06\u00a0K → 4.24\u00a0K (+4.4%) |'));
  });

  test('the index edited to list a shard 3 that is not in the repository: the set\'s error row alone, as before', async () => {
    const report = await gate(repoWith((b) => {
      setListing(2)(b);
      b.remove(SHARD3);
    }, (h) => h.write(INDEX, listing(3))));
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.partOf, m.error]), [
      [INDEX, 'modified', undefined, `${INDEX}: shard "${shard(3)}" of the set is missing`],
    ]);
  });

  test('the index edited into one that does not parse: the set\'s error row alone, not a row for each shard it no longer lists', async () => {
    const report = await gate(repoWith(setListing(3), (h) => h.write(INDEX, '{"weight_map": {')));
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.partOf, m.error]), [
      [INDEX, 'modified', undefined, `${INDEX}: index is not valid JSON`],
    ]);
  });

  test('an index edited while another shard stays unlisted on both sides: that shard is no change', async () => {
    // Shard 3 unlisted on both sides; the edit moves nothing but whitespace.
    const report = await gate(repoWith(setListing(2), (h) => h.write(INDEX, `${listing(2)}\n`)));
    assert.deepEqual(rows(report), [[INDEX, 'modified', undefined, null, [A_B, A_B], [A_B_BYTES + LIST2, A_B_BYTES + LIST2 + 1]]]);
  });
});


describe('the folder comparison (head-path / base-path) sees the same', () => {
  const files = (n: number): Record<string, Uint8Array | string> => ({
    [`m/${shard(1)}`]: st('a.weight', [10, 4]),
    [`m/${shard(2)}`]: st('b.weight', [5, 4]),
    [SHARD3]: st('d.weight', [1000, 4]),
    [INDEX]: listing(n),
  });
  const isModel = (p: string): boolean => matchesAny(p, ['**/*.safetensors', '**/*.index.json']);

  test('shard 3 joins the set, and leaves it', async () => {
    assert.deepEqual(await diffDirectories(memoryTree('base', files(2)), memoryTree('head', files(3)), isModel), [
      { status: 'modified', path: INDEX },
      { status: 'deleted', path: SHARD3, partOf: INDEX },
    ]);
    assert.deepEqual(await diffDirectories(memoryTree('base', files(3)), memoryTree('head', files(2)), isModel), [
      { status: 'modified', path: INDEX },
      { status: 'added', path: SHARD3, partOf: INDEX },
    ]);
  });

  test('an index edited to list 100,000 shard names that are not there: no row for any of them; shards 1 and 2, no longer listed, leave the set', async () => {
    // MAX_SHARDS (shard-names.ts) is 100,000: the most an index may name. Only files the folder
    // holds can become rows, so the work is the folder's, not the index's.
    const names = Array.from({ length: 100_000 }, (_, i) => `x-${i}.safetensors`);
    const hostile = JSON.stringify({ weight_map: Object.fromEntries(names.map((n, i) => [`t${i}`, n])) });
    const started = performance.now();
    const changes = await diffDirectories(memoryTree('base', files(2)), memoryTree('head', { ...files(2), [INDEX]: hostile }), isModel);
    const ms = performance.now() - started;
    assert.deepEqual(changes, [
      { status: 'modified', path: INDEX },
      { status: 'added', path: `m/${shard(1)}`, partOf: INDEX },
      { status: 'added', path: `m/${shard(2)}`, partOf: INDEX },
    ]);
    // About 0.3 s here (the index is 4 MB, parsed once a side it is read on); the bound is loose for slow machines.
    assert.ok(ms < 10_000, `${ms} ms`);
  });
});
