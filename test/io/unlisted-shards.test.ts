/**
 * A weights file named as a shard of a set that does not read it is measured, never silently
 * left out of the gate: a shard its set's index does not list (`model-00003-of-00002`, or
 * `-of-00003` beside an index of `-of-00002`), one whose number its set has not (no index), a
 * set of another size beside it, a GGUF file named as a split past its set's count, and a set
 * whose index was deleted while its shards stay. Through `runGate`, the path `check` takes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GateReport, ModelReport } from '../../src/budget/types.js';
import { readModel } from '../../src/formats/registry.js';
import { DEFAULT_MODEL_GLOBS, parsePatterns } from '../../src/io/glob.js';
import { localComparison, runGate } from '../../src/io/pipeline.js';
import { renderComment } from '../../src/report/index.js';
import type { TestRepo } from '../e2e/harness.js';
import { branchRepos } from '../support/branch-repo.js';
import type { RepoStep } from '../support/branch-repo.js';
import { stateDictZipItems, zipBytes } from '../support/pytorch-writer.js';
import { safetensorsBytes } from '../support/weight-writers.js';

const FIX = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const committed = branchRepos('mb-unlisted-');
const repoWith = (base: RepoStep, head: RepoStep): TestRepo => committed((r) => {
  r.write('README.md', 'weights below');
  base(r);
}, head);

async function gate(r: TestRepo, shard?: { index: number; count: number }): Promise<GateReport> {
  const cmp = await localComparison(r.dir, 'main', () => undefined);
  const { report } = await runGate(cmp, { config: { from: 'base', label: '--config' }, models: parsePatterns(DEFAULT_MODEL_GLOBS), lfs: 'skip', log: () => undefined, ...(shard ? { shard } : {}) });
  return report;
}

const metric = (m: ModelReport, name: string): [number | null | undefined, number | null | undefined] => {
  const row = m.rows.find((x) => x.metric === name)!;
  return [row.base, row.head];
};
/** Each model as [path, status, error, params base/head, file-size base/head], sorted by path. */
const rows = (report: GateReport): unknown[] => report.models.map((m) => [m.path, m.status, m.error, metric(m, 'params'), metric(m, 'file-size')]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const readerNotes = (m: ModelReport | undefined): string[] => (m?.notes ?? []).filter((w) => w.startsWith('reader: named as'));

const st = (name: string, shape: number[]): Buffer => safetensorsBytes([{ name, dtype: 'F32', shape }]);
// File sizes by hand: 8 length bytes, the JSON header padded to 8 bytes, then the data.
// {"a.weight":{"dtype":"F32","shape":[10,4],"data_offsets":[0,160]}} is 66 bytes -> 72: 8 + 72 + 160 = 240.
// {"b.weight":{"dtype":"F32","shape":[5,4],"data_offsets":[0,80]}} is 64 bytes: 8 + 64 + 80 = 152.
// {"d.weight":{"dtype":"F32","shape":[1000,4],"data_offsets":[0,16000]}} is 70 -> 72: 8 + 72 + 16000 = 16080.
const D_PARAMS = 4000;
const D_BYTES = 16080;
const SHARD1 = 'model-00001-of-00002.safetensors';
const SHARD2 = 'model-00002-of-00002.safetensors';
const INDEX = 'model.safetensors.index.json';
const indexJson = JSON.stringify({ weight_map: { 'a.weight': SHARD1, 'b.weight': SHARD2 } });
// 10 x 4 + 5 x 4 = 60 params; shards 240 + 152 = 392 bytes, with the index 392 + its length.
const SET_PARAMS = 60;
const SET_BYTES = 392 + indexJson.length;

function writeShards(r: TestRepo): void {
  r.write(`m/${SHARD1}`, st('a.weight', [10, 4]));
  r.write(`m/${SHARD2}`, st('b.weight', [5, 4]));
}
function writeSet(r: TestRepo): void {
  writeShards(r);
  r.write(`m/${INDEX}`, indexJson);
}
const notListed = `reader: named as a shard of the set of "${INDEX}", which does not list it (loaders ignore it): measured as a model of its own`;

describe('a shard file that its set\'s index does not list is a model of its own', () => {
  test('model-00003-of-00002.safetensors added beside a 2-shard set: its own row, 4,000 params, 16,080 bytes, and a note why; the set unchanged', async () => {
    const report = await gate(repoWith(writeSet, (h) => h.write('m/model-00003-of-00002.safetensors', st('d.weight', [1000, 4]))));
    assert.deepEqual(rows(report), [
      ['m/model-00003-of-00002.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
      [`m/${INDEX}`, 'modified', null, [SET_PARAMS, SET_PARAMS], [SET_BYTES, SET_BYTES]],
    ]);
    assert.deepEqual(readerNotes(report.models.find((m) => m.path === 'm/model-00003-of-00002.safetensors')), [notListed]);
  });

  test('the same file added with the set in one PR (base empty): two rows', async () => {
    const report = await gate(repoWith(() => undefined, (h) => {
      writeSet(h);
      h.write('m/model-00003-of-00002.safetensors', st('d.weight', [1000, 4]));
    }));
    assert.deepEqual(rows(report), [
      ['m/model-00003-of-00002.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
      [`m/${INDEX}`, 'added', null, [null, SET_PARAMS], [null, SET_BYTES]],
    ]);
  });

  test('model-00003-of-00003.safetensors beside an index of -of-00002 shards, and model-00000-of-00002: each its own row', async () => {
    const report = await gate(repoWith(writeSet, (h) => {
      h.write('m/model-00003-of-00003.safetensors', st('d.weight', [1000, 4]));
      h.write('m/model-00000-of-00002.safetensors', st('d.weight', [1000, 4]));
    }));
    assert.deepEqual(rows(report), [
      ['m/model-00000-of-00002.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
      ['m/model-00003-of-00003.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
      [`m/${INDEX}`, 'modified', null, [SET_PARAMS, SET_PARAMS], [SET_BYTES, SET_BYTES]],
    ]);
  });

  test('both sides: the unlisted file grown (4,000 -> 8,000 params) and then removed', async () => {
    const withD = (r: TestRepo): void => {
      writeSet(r);
      r.write('m/model-00003-of-00002.safetensors', st('d.weight', [1000, 4]));
    };
    // {"d.weight":{"dtype":"F32","shape":[2000,4],"data_offsets":[0,32000]}} is 70 -> 72: 8 + 72 + 32000 = 32080.
    const grown = await gate(repoWith(withD, (h) => h.write('m/model-00003-of-00002.safetensors', st('d.weight', [2000, 4]))));
    assert.deepEqual(rows(grown).slice(0, 1), [['m/model-00003-of-00002.safetensors', 'modified', null, [D_PARAMS, 8000], [D_BYTES, 32080]]]);
    const removed = await gate(repoWith(withD, (h) => h.remove('m/model-00003-of-00002.safetensors')));
    assert.deepEqual(rows(removed).slice(0, 1), [['m/model-00003-of-00002.safetensors', 'deleted', null, [D_PARAMS, null], [D_BYTES, null]]]);
  });

  test('a shard the base index left out and the head index lists: not "deleted" but now read as part of the set, and back', async () => {
    // Base: an index of -of-00003 listing shards 1 and 2; shard 3 (d.weight, 4,000 params) stands alone.
    const three = (i: number): string => `model-0000${i}-of-00003.safetensors`;
    const listing = (n: number): string => JSON.stringify({ weight_map: Object.fromEntries(['a.weight', 'b.weight', 'd.weight'].slice(0, n).map((t, i) => [t, three(i + 1)])) });
    const set = (n: number) => (r: TestRepo): void => {
      r.write(`m/${three(1)}`, st('a.weight', [10, 4]));
      r.write(`m/${three(2)}`, st('b.weight', [5, 4]));
      r.write(`m/${three(3)}`, st('d.weight', [1000, 4]));
      r.write(`m/${INDEX}`, listing(n));
    };
    const shard3 = `m/${three(3)}`;
    // The pull request lists shard 3 in the index and grows it to 2,000 x 4 = 8,000 params.
    const grow = (h: TestRepo): void => h.write(shard3, st('d.weight', [2000, 4]));
    const joined = await gate(repoWith(set(2), (h) => {
      h.write(`m/${INDEX}`, listing(3));
      grow(h);
    }));
    // The set takes shard 3 in (60 -> 8,060 params); shard 3 on its own is gone from the head, the file is not.
    assert.deepEqual(joined.models.map((m) => [m.path, m.status, m.partOf, metric(m, 'params')]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))), [
      [shard3, 'deleted', `m/${INDEX}`, [D_PARAMS, null]],
      [`m/${INDEX}`, 'modified', undefined, [SET_PARAMS, SET_PARAMS + 8000]],
    ]);
    const md = renderComment(joined);
    assert.ok(md.includes(`- \`${shard3}\` now read as part of \`m/${INDEX}\` (had 4.00\u00a0K params on its own)`), md);
    assert.ok(md.includes('1 model now read as part of a set'), md);
    assert.doesNotMatch(md, /safetensors` deleted|model deleted/);
    // Totals: base 60 + 4,000 (shard 3 alone) = 4,060 -> head 8,060 (in the set): +98.5%, each file counted once a side.
    assert.ok(md.includes('| **Total** (2 models) | 4.06\u00a0K → 8.06\u00a0K (+98.5%) |'), md);

    const left = await gate(repoWith(set(3), (h) => {
      h.write(`m/${INDEX}`, listing(2));
      grow(h);
    }));
    const alone = left.models.find((m) => m.path === shard3)!;
    assert.deepEqual([alone.status, alone.partOf, metric(alone, 'params')], ['added', `m/${INDEX}`, [null, 8000]]);
    const md2 = renderComment(left);
    assert.ok(md2.includes(`<code>${shard3}</code> (no longer read as part of <code>m/${INDEX}</code>)</summary>`), md2);
    assert.ok(md2.includes(`| \`${shard3}\` | 8.00\u00a0K | n/a | n/a | left its set |`), md2);
  });

  test('a sharded run (--shard i/2) reports each model in exactly one shard, the unlisted file included', async () => {
    const r = repoWith(writeSet, (h) => h.write('m/model-00003-of-00002.safetensors', st('d.weight', [1000, 4])));
    const parts = [await gate(r, { index: 1, count: 2 }), await gate(r, { index: 2, count: 2 })].map((p) => p.models.map((m) => m.path));
    assert.deepEqual(parts, [[`m/model-00003-of-00002.safetensors`], [`m/${INDEX}`]]);
  });

  test('a sharded PyTorch .bin set: pytorch_model-00003-of-00002.bin its own row, 4,000 params', async () => {
    const bin = (file: string, name: string, dims: number[]): Buffer => Buffer.from(zipBytes(stateDictZipItems([{ name, key: '0', dims, storageType: 'FloatStorage', numel: dims[0]! * dims[1]! }], { folder: file.replace(/\.bin$/, '') })));
    const [s1, s2, s3] = [1, 2, 3].map((i) => `pytorch_model-0000${i}-of-00002.bin`) as [string, string, string];
    const report = await gate(repoWith((b) => {
      b.write(`p/${s1}`, bin(s1, 'a.weight', [10, 4]));
      b.write(`p/${s2}`, bin(s2, 'b.weight', [5, 4]));
      b.write('p/pytorch_model.bin.index.json', JSON.stringify({ weight_map: { 'a.weight': s1, 'b.weight': s2 } }));
    }, (h) => h.write(`p/${s3}`, bin(s3, 'd.weight', [1000, 4]))));
    const orphan = report.models.find((m) => m.path === `p/${s3}`);
    assert.deepEqual(orphan && [orphan.status, orphan.error, metric(orphan, 'params')], ['added', null, [null, D_PARAMS]]);
    assert.deepEqual(readerNotes(orphan), ['reader: named as a shard of the set of "pytorch_model.bin.index.json", which does not list it (loaders ignore it): measured as a model of its own']);
    assert.deepEqual(metric(report.models.find((m) => m.path === 'p/pytorch_model.bin.index.json')!, 'params'), [SET_PARAMS, SET_PARAMS]);
  });
});

describe('shards without an index', () => {
  test('model-00003-of-00002.safetensors beside shards 1 and 2 of 2: its own row, and a note that set 2 has no shard 3', async () => {
    const report = await gate(repoWith(writeShards, (h) => h.write('m/model-00003-of-00002.safetensors', st('d.weight', [1000, 4]))));
    assert.deepEqual(rows(report), [
      [`m/${SHARD1}`, 'modified', null, [SET_PARAMS, SET_PARAMS], [392, 392]],
      ['m/model-00003-of-00002.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
    ]);
    assert.deepEqual(readerNotes(report.models.find((m) => m.path === 'm/model-00003-of-00002.safetensors')), ['reader: named as shard 3 of a set of 2, which has no such shard (loaders ignore it): measured as a model of its own']);
  });

  test('model-00000-, -00003- and -00004-of-00002 added beside shards 1 and 2 of 2: three rows of 4,000 params, none folded into another', async () => {
    // No loader reads any of them with another file: each is measured alone (12,000 params in all).
    const report = await gate(repoWith(writeShards, (h) => {
      for (const n of ['00000', '00003', '00004']) h.write(`m/model-${n}-of-00002.safetensors`, st('d.weight', [1000, 4]));
    }));
    assert.deepEqual(rows(report), [
      ['m/model-00000-of-00002.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
      [`m/${SHARD1}`, 'modified', null, [SET_PARAMS, SET_PARAMS], [392, 392]],
      ['m/model-00003-of-00002.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
      ['m/model-00004-of-00002.safetensors', 'added', null, [null, D_PARAMS], [null, D_BYTES]],
    ]);
  });

  test('a set of 3 added while the set of 2 of the same prefix changes: both sets measured, each once', async () => {
    // Set of 3: x1, x2, x3 of 100 x 4 = 1,200 params; {"xN.weight":...,"data_offsets":[0,1600]}} is 69 -> 72 bytes: 3 x (8 + 72 + 1600) = 5,040.
    // Set of 2, shard 2 grown to 50 x 4: 40 + 200 = 240 params; {"b.weight":...[50,4]...[0,800]}} is 66 -> 72: 240 + 8 + 72 + 800 = 1,120 bytes.
    const report = await gate(repoWith(writeShards, (h) => {
      h.write(`m/${SHARD2}`, st('b.weight', [50, 4]));
      for (const i of [1, 2, 3]) h.write(`m/model-0000${i}-of-00003.safetensors`, st(`x${i}.weight`, [100, 4]));
    }));
    assert.deepEqual(rows(report), [
      ['m/model-00001-of-00003.safetensors', 'added', null, [null, 1200], [null, 5040]],
      [`m/${SHARD2}`, 'modified', null, [SET_PARAMS, 240], [392, 1120]],
    ]);
  });
});

describe('an index deleted or added while its shards stay', () => {
  test('the index deleted and shard 2 grown: one row, the shards read by name on head (60 -> 240 params), not a deletion hiding them', async () => {
    const report = await gate(repoWith(writeSet, (h) => {
      h.remove(`m/${INDEX}`);
      h.write(`m/${SHARD2}`, st('b.weight', [50, 4]));
    }));
    assert.deepEqual(rows(report), [[`m/${SHARD1}`, 'modified', null, [SET_PARAMS, 240], [SET_BYTES, 1120]]]);
    assert.equal(report.models[0]!.previousPath, `m/${INDEX}`);
  });

  test('only the index deleted: the shards that stay are measured on head (60 -> 60 params, 392 bytes without the index)', async () => {
    const report = await gate(repoWith(writeSet, (h) => h.remove(`m/${INDEX}`)));
    assert.deepEqual(rows(report), [[`m/${SHARD1}`, 'modified', null, [SET_PARAMS, SET_PARAMS], [SET_BYTES, 392]]]);
  });

  test('an index added to shards that had none: one row, the base read by name', async () => {
    const report = await gate(repoWith(writeShards, (h) => h.write(`m/${INDEX}`, indexJson)));
    assert.deepEqual(rows(report), [[`m/${INDEX}`, 'modified', null, [SET_PARAMS, SET_PARAMS], [392, SET_BYTES]]]);
  });
});

describe('GGUF splits', () => {
  const split = (i: number): string => `tiny-llama-0000${i}-of-00003.gguf`;
  const writeSplits = (r: TestRepo): void => {
    for (const i of [1, 2, 3]) r.write(`g/${split(i)}`, readFileSync(join(FIX, 'gguf', 'split', split(i))));
  };

  test('a plain GGUF file named tiny-llama-00004-of-00003.gguf beside the set: its own row with a note', async () => {
    const plain = readFileSync(join(FIX, 'gguf', 'tiny-v2.gguf'));
    const alone = await readModel(join(FIX, 'gguf', 'tiny-v2.gguf'));
    assert.equal(alone.kind, 'weights');
    const params = alone.kind === 'weights' ? alone.weights.tensors.filter((t) => t.role === 'param').reduce((a, t) => a + t.elements, 0) : -1;
    const report = await gate(repoWith(writeSplits, (h) => h.write('g/tiny-llama-00004-of-00003.gguf', plain)));
    const orphan = report.models.find((m) => m.path === 'g/tiny-llama-00004-of-00003.gguf');
    assert.deepEqual(orphan && [orphan.status, orphan.error, metric(orphan, 'params'), metric(orphan, 'file-size')], ['added', null, [null, params], [null, plain.length]]);
    assert.deepEqual(readerNotes(orphan), ['reader: named as split 4 of 3 but holds no split.no/split.count metadata (loaders ignore it): measured as a model of its own']);
    // 2080 + 3616 + 4640 = 10336 (gguf-reader.test.ts): the set's own row is unchanged.
    assert.deepEqual(metric(report.models.find((m) => m.path === `g/${split(1)}`)!, 'params'), [10336, 10336]);
  });

  test('split 1 deleted while split 2 changes: the change to split 2 is a row (its error names the missing split 1), not only a deletion', async () => {
    const report = await gate(repoWith(writeSplits, (h) => {
      h.remove(`g/${split(1)}`);
      const b = readFileSync(join(FIX, 'gguf', 'split', split(2)));
      b[b.length - 1] = b[b.length - 1]! ^ 1;
      h.write(`g/${split(2)}`, b);
    }));
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.previousPath, m.error]), [[`g/${split(2)}`, 'modified', `g/${split(1)}`, `g/${split(2)}: split "${split(1)}" of the set is missing`]]);
    assert.equal(report.passed, false);
  });
});

describe('model-budget profile of such a file reads it alone', () => {
  test('model-00003-of-00002.safetensors beside the index: 4,000 params, no side files, the note; shard 2 still reads the set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-unlisted-'));
    try {
      writeFileSync(join(dir, SHARD1), st('a.weight', [10, 4]));
      writeFileSync(join(dir, SHARD2), st('b.weight', [5, 4]));
      writeFileSync(join(dir, INDEX), indexJson);
      writeFileSync(join(dir, 'model-00003-of-00002.safetensors'), st('d.weight', [1000, 4]));
      const alone = await readModel(join(dir, 'model-00003-of-00002.safetensors'));
      assert.ok(alone.kind === 'weights');
      assert.deepEqual([alone.weights.tensors.map((t) => [t.name, t.elements]), alone.sideFileBytes, alone.fileBytes], [[['d.weight', D_PARAMS]], 0, D_BYTES]);
      assert.deepEqual(alone.weights.warnings, [notListed.slice('reader: '.length)]);
      const set = await readModel(join(dir, SHARD2));
      assert.ok(set.kind === 'weights');
      assert.deepEqual([set.weights.tensors.map((t) => t.name), set.weights.warnings], [['a.weight', 'b.weight'], []]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
