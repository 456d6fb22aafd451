/**
 * The gate on real git repositories: a model of several files (a safetensors shard set, GGUF
 * splits, a SavedModel folder) is one row however many of its files a change touches; a missing
 * member is a one-line error naming it. And what the default `models` globs take: a `.bin` or a
 * `.pb` only when its first bytes are a model's (or it is a saved_model.pb), while a user's own
 * glob takes every file it names.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GateReport, ModelReport } from '../../src/budget/types.js';
import { DEFAULT_MODEL_GLOBS, parsePatterns } from '../../src/io/glob.js';
import { localComparison, runGate } from '../../src/io/pipeline.js';
import { Materialiser } from '../../src/io/sources.js';
import type { TreeSource } from '../../src/io/sources.js';
import { externalMatmulModel } from '../e2e/harness.js';
import type { TestRepo } from '../e2e/harness.js';
import { branchRepos } from '../support/branch-repo.js';
import { constNode, DT, encodeTf, opNode, writeBundle } from '../support/tf-writer.js';
import { stateDictZipItems, storageBytes, TRAINER_RNG_TENSORS, trainerArgsPickle, trainerRngStatePickle, trainerScalerPickle, trainerSchedulerPickle, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor } from '../support/pytorch-writer.js';
import type { BundleVar } from '../support/tf-writer.js';
import { safetensorsBytes } from '../support/weight-writers.js';

const FIX = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const fixture = (p: string): Buffer => readFileSync(join(FIX, p));

/** A repository with `base` committed on main and `head` changes committed on a branch. */
const repoWith = branchRepos('mb-keys-');

async function gate(r: TestRepo, models: string[] = parsePatterns(DEFAULT_MODEL_GLOBS)): Promise<{ report: GateReport; log: string[] }> {
  const log: string[] = [];
  const cmp = await localComparison(r.dir, 'main', (m) => log.push(m));
  const { report } = await runGate(cmp, { config: { from: 'base', label: '--config' }, models, lfs: 'skip', log: (m) => log.push(m) });
  return { report, log };
}

const params = (m: ModelReport): { base: number | null | undefined; head: number | null | undefined } => {
  const row = m.rows.find((x) => x.metric === 'params')!;
  return { base: row.base, head: row.head };
};

/** The same bytes with the last one flipped: a changed file whose header still reads the same. */
function touched(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  out[out.length - 1] = out[out.length - 1]! ^ 1;
  return out;
}

const SET = 'models/llm';
const setFiles = readdirSync(join(FIX, 'safetensors', 'tiny-llama'));
function writeSet(r: TestRepo): void {
  for (const f of setFiles) r.write(`${SET}/${f}`, fixture(`safetensors/tiny-llama/${f}`));
}
// Tiny Llama set: 128 + 2 x 496 + 8 + 128 = 1256 params (safetensors-reader.test.ts works it out).
const SET_PARAMS = 1256;

describe('a safetensors shard set is one model in the gate', () => {
  test('3 shards and the index changed: one row, under the index path', async () => {
    const r = repoWith(writeSet, (h) => {
      for (const f of setFiles.filter((x) => x.endsWith('.safetensors'))) h.write(`${SET}/${f}`, touched(fixture(`safetensors/tiny-llama/${f}`)));
      h.write(`${SET}/model.safetensors.index.json`, `${fixture('safetensors/tiny-llama/model.safetensors.index.json').toString()}\n`);
    });
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status]), [[`${SET}/model.safetensors.index.json`, 'modified']]);
    assert.deepEqual(params(report.models[0]!), { base: SET_PARAMS, head: SET_PARAMS });
  });

  test('only shard 2 changed: the set is re-profiled (one row, both sides read as sets)', async () => {
    const r = repoWith(writeSet, (h) => h.write(`${SET}/model-00002-of-00003.safetensors`, touched(fixture('safetensors/tiny-llama/model-00002-of-00003.safetensors'))));
    const { report, log } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.error]), [[`${SET}/model.safetensors.index.json`, 'modified', null]]);
    assert.deepEqual(params(report.models[0]!), { base: SET_PARAMS, head: SET_PARAMS });
    assert.ok(log.some((l) => l.includes('via models/llm/model-00002-of-00003.safetensors')), log.join('\n'));
  });

  test('a shard deleted on head: one row whose error names the missing shard', async () => {
    const r = repoWith(writeSet, (h) => h.remove(`${SET}/model-00002-of-00003.safetensors`));
    const { report } = await gate(r);
    assert.equal(report.models.length, 1);
    const m = report.models[0]!;
    assert.equal(m.path, `${SET}/model.safetensors.index.json`);
    assert.equal(m.error, `${SET}/model.safetensors.index.json: shard "model-00002-of-00003.safetensors" of the set is missing`);
    assert.equal(report.passed, false);
  });

  test('a config.json beside the set changed: the set once, not once per shard', async () => {
    const r = repoWith(writeSet, (h) => {
      const cfg = JSON.parse(fixture('safetensors/tiny-llama/config.json').toString()) as Record<string, unknown>;
      h.write(`${SET}/config.json`, JSON.stringify({ ...cfg, max_position_embeddings: 32 }));
    });
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => m.path), [`${SET}/model.safetensors.index.json`]);
  });
});

describe('a sharded PyTorch .bin set is one model in the gate', () => {
  const f32 = (name: string, key: string, dims: number[]): FakeTensor => ({ name, key, dims, storageType: 'FloatStorage', numel: dims.reduce((a, b) => a * b, 1) });
  const shard = (i: number): string => `hf/pytorch_model-0000${i}-of-00002.bin`;
  const writeShards = (r: TestRepo, first: readonly FakeTensor[], second: readonly FakeTensor[]): void => {
    const map: Record<string, string> = {};
    [first, second].forEach((tensors, i) => {
      r.write(shard(i + 1), Buffer.from(zipBytes(stateDictZipItems(tensors, { folder: `pytorch_model-0000${i + 1}-of-00002` }))));
      for (const t of tensors) map[t.name] = shard(i + 1).slice(3);
    });
    r.write('hf/pytorch_model.bin.index.json', JSON.stringify({ weight_map: map }));
  };
  const embed = f32('embed.weight', '0', [16, 8]);
  const w = f32('layer.0.weight', '1', [8, 8]);
  const b = f32('layer.0.bias', '0', [8]);

  test('a tensor moved from shard 1 to shard 2: one row under the index, the same params on both sides', async () => {
    // Base: shard 1 embed 16 x 8 = 128 + layer.0.weight 8 x 8 = 64, shard 2 bias 8: 200 params.
    // Head: layer.0.weight moved to shard 2 (its storage now "1" there): still 200, one model.
    // Read shard by shard, this was two rows: 192 -> 128 and 8 -> 72.
    const r = repoWith((base) => writeShards(base, [embed, w], [b]), (head) => writeShards(head, [embed], [b, w]));
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.error]), [['hf/pytorch_model.bin.index.json', 'modified', null]]);
    assert.deepEqual(params(report.models[0]!), { base: 200, head: 200 });
  });

  test('shard 2 deleted: one row whose error names it', async () => {
    const r = repoWith((base) => writeShards(base, [embed, w], [b]), (head) => head.remove(shard(2)));
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.error]), [['hf/pytorch_model.bin.index.json', `hf/pytorch_model.bin.index.json: shard "pytorch_model-00002-of-00002.bin" of the set is missing`]]);
    assert.equal(report.passed, false);
  });
});

describe('a Hugging Face fp16 variant set beside the fp32 set in the gate', () => {
  // Each set: embed 16 x 8 = 128 params in shard 1, head 4 x 8 = 32 in shard 2: 160 params.
  const st = (dtype: string, tensor: 'embed' | 'head'): Buffer => safetensorsBytes([tensor === 'embed' ? { name: 'embed.weight', dtype, shape: [16, 8] } : { name: 'head.weight', dtype, shape: [4, 8] }]);
  const pt = (file: string, storageType: string, tensor: 'embed' | 'head', key = '0'): Buffer => {
    const dims = tensor === 'embed' ? [16, 8] : [4, 8];
    return Buffer.from(zipBytes(stateDictZipItems([{ name: `${tensor}.weight`, key, dims, storageType, numel: dims[0]! * dims[1]! }], { folder: file.replace(/\.bin$/, '') })));
  };
  /** The set's files (name -> bytes): two shards named `<prefix>-0000N-of-00002<ext>` and the index. */
  function setFiles(kind: 'safetensors' | 'bin', variant: boolean): Record<string, Buffer> {
    const prefix = `${kind === 'bin' ? 'pytorch_model' : 'model'}${variant ? '.fp16' : ''}`;
    const ext = kind === 'bin' ? '.bin' : '.safetensors';
    const [s1, s2] = [`${prefix}-00001-of-00002${ext}`, `${prefix}-00002-of-00002${ext}`];
    const dtype = kind === 'bin' ? (variant ? 'HalfStorage' : 'FloatStorage') : variant ? 'F16' : 'F32';
    const shard = (f: string, t: 'embed' | 'head'): Buffer => (kind === 'bin' ? pt(f, dtype, t) : st(dtype, t));
    const index = `${kind === 'bin' ? 'pytorch_model.bin' : 'model.safetensors'}.index${variant ? '.fp16' : ''}.json`;
    return { [s1]: shard(s1, 'embed'), [s2]: shard(s2, 'head'), [index]: Buffer.from(JSON.stringify({ weight_map: { 'embed.weight': s1, 'head.weight': s2 } })) };
  }
  const writeAll = (r: TestRepo, files: Record<string, Buffer>): void => Object.entries(files).forEach(([f, b]) => r.write(`hf/${f}`, b));
  const sum = (files: Record<string, Buffer>): number => Object.values(files).reduce((a, b) => a + b.length, 0);
  const fileSize = (m: ModelReport): number | null | undefined => m.rows.find((x) => x.metric === 'file-size')!.head;

  for (const kind of ['safetensors', 'bin'] as const) {
    const fp32 = setFiles(kind, false);
    const fp16 = setFiles(kind, true);
    const [index32, index16] = [Object.keys(fp32)[2]!, Object.keys(fp16)[2]!];

    test(`${kind}: a PR adding the fp16 set is one row under its index (${index16}), 160 params`, async () => {
      const r = repoWith((base) => writeAll(base, fp32), (head) => writeAll(head, fp16));
      const { report } = await gate(r);
      assert.deepEqual(report.models.map((m) => [m.path, m.status, m.error]), [[`hf/${index16}`, 'added', null]]);
      assert.deepEqual(params(report.models[0]!), { base: null, head: 160 });
      // The set's own three files, not the fp32 set's.
      assert.equal(fileSize(report.models[0]!), sum(fp16));
    });

    test(`${kind}: shard 2 of both sets changed: two rows, each set's own params and files`, async () => {
      const r = repoWith((base) => writeAll(base, { ...fp32, ...fp16 }), (head) => {
        // Shard 2 (head) rewritten: a flipped data byte, or its storage under another key in a zip.
        for (const [files, storage] of [[fp32, 'FloatStorage'], [fp16, 'HalfStorage']] as const) {
          const f = Object.keys(files)[1]!;
          head.write(`hf/${f}`, kind === 'bin' ? pt(f, storage, 'head', '7') : touched(files[f]!));
        }
      });
      const { report } = await gate(r);
      assert.deepEqual(report.models.map((m) => [m.path, m.status, m.error]).sort(), [[`hf/${index32}`, 'modified', null], [`hf/${index16}`, 'modified', null]].sort());
      for (const m of report.models) assert.deepEqual(params(m), { base: 160, head: 160 });
      const size = (p: string): number | null | undefined => fileSize(report.models.find((m) => m.path === p)!);
      assert.deepEqual([size(`hf/${index32}`), size(`hf/${index16}`)], [sum(fp32), sum(fp16)]);
    });
  }
});

describe('a Hugging Face Trainer checkpoint folder in the gate', () => {
  test('rng_state.pth, scheduler.pt, scaler.pt and training_args.bin are files with no weights, not models of 0 params, and fail nothing; the model beside them is measured', async () => {
    const save = (pickle: Uint8Array, tensors: readonly FakeTensor[] = []): Buffer => Buffer.from(zipBytes([
      { name: 'archive/data.pkl', data: pickle }, ...tensors.map((t) => ({ name: `archive/data/${t.key}`, data: new Uint8Array(storageBytes(t)) })),
    ]));
    const dir = 'run/checkpoint-500';
    const linear: FakeTensor[] = [
      { name: 'fc.weight', storageType: 'FloatStorage', key: '0', numel: 12, dims: [3, 4] },
      { name: 'fc.bias', storageType: 'FloatStorage', key: '1', numel: 3, dims: [3] },
    ];
    const r = repoWith((b) => b.write('README.md', 'no checkpoint yet'), (h) => {
      h.write(`${dir}/pytorch_model.bin`, Buffer.from(zipBytes(stateDictZipItems(linear))));
      h.write(`${dir}/rng_state.pth`, save(trainerRngStatePickle(), TRAINER_RNG_TENSORS));
      h.write(`${dir}/scheduler.pt`, save(trainerSchedulerPickle()));
      h.write(`${dir}/scaler.pt`, save(trainerScalerPickle()));
      h.write(`${dir}/training_args.bin`, save(trainerArgsPickle()));
    });
    const { report } = await gate(r);
    // Linear(4, 3): 12 + 3 = 15 params; the RNG state's 5,072 uint8 elements are training state;
    // the other three hold no tensors. None of those four is a model: no rows, the reason instead.
    const noTensors = "the pickle holds no tensors (plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments)";
    assert.deepEqual(report.models.map((m) => [m.path.slice(dir.length + 1), m.error, m.rows.length > 0 ? params(m).head : null, m.noWeights ?? null]).sort(), [
      ['pytorch_model.bin', null, 15, null],
      ['rng_state.pth', null, null, 'the file holds training state only (2 tensor(s) of optimizer or random-number-generator state), no params'],
      ['scaler.pt', null, null, noTensors], ['scheduler.pt', null, null, noTensors], ['training_args.bin', null, null, noTensors],
    ]);
    assert.equal(report.passed, true);
  });
});

describe('GGUF splits are one model in the gate', () => {
  const split = (i: number): string => `tiny-llama-0000${i}-of-00003.gguf`;
  const writeSplits = (r: TestRepo): void => {
    for (const i of [1, 2, 3]) r.write(`gguf/${split(i)}`, fixture(`gguf/split/${split(i)}`));
  };

  test('split 2 changed: one row under the first split, params summed over the three', async () => {
    const r = repoWith(writeSplits, (h) => h.write(`gguf/${split(2)}`, touched(fixture(`gguf/split/${split(2)}`))));
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.error]), [[`gguf/${split(1)}`, 'modified', null]]);
    // 2080 + 3616 + 4640 = 10336 (gguf-reader.test.ts works out each split).
    assert.deepEqual(params(report.models[0]!), { base: 10336, head: 10336 });
  });

  test('split 3 deleted: the error names it', async () => {
    const r = repoWith(writeSplits, (h) => h.remove(`gguf/${split(3)}`));
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.error]), [[`gguf/${split(1)}`, `gguf/${split(1)}: split "${split(3)}" of the set is missing`]]);
  });
});

describe('a SavedModel folder is one model in the gate', () => {
  const graph = { node: [opNode('x', 'Placeholder', []), opNode('call', 'StatefulPartitionedCall', ['x'])], versions: { producer: 1 } };
  const variables = (units: number): BundleVar[] => [
    // Two data shards: the kernel in the first, the bias in the second.
    { name: 'dense/kernel/.ATTRIBUTES/VARIABLE_VALUE', dtype: DT.float, dims: [16, units], shard: 0 },
    { name: 'dense/bias/.ATTRIBUTES/VARIABLE_VALUE', dtype: DT.float, dims: [units], shard: 1 },
  ];
  const writeSavedModel = (r: TestRepo, units: number): void => {
    r.write('tf/export/saved_model.pb', encodeTf('SavedModel', { savedModelSchemaVersion: 1, metaGraphs: [{ graphDef: graph }] }));
    r.write('tf/export/variables/.keep', '');
    writeBundle(join(r.dir, 'tf/export/variables/variables'), variables(units), { numShards: 2 });
  };

  test('only the variables changed: the folder\'s saved_model.pb is re-profiled', async () => {
    const r = repoWith((b) => writeSavedModel(b, 8), (h) => {
      // Re-write only the variables: saved_model.pb stays byte for byte the same.
      writeBundle(join(h.dir, 'tf/export/variables/variables'), variables(10), { numShards: 2 });
    });
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.error]), [['tf/export/saved_model.pb', 'modified', null]]);
    assert.deepEqual(report.models[0]!.notes.filter((n) => n.startsWith('base')), []);
    // base 16 x 8 + 8 = 136 (read from git: the second data shard, named only in the index, is
    // fetched too); head 16 x 10 + 10 = 170.
    assert.deepEqual(params(report.models[0]!), { base: 136, head: 170 });
  });

  test('a data shard deleted: the error names it by its repository path, not a temporary copy', async () => {
    const r = repoWith((b) => writeSavedModel(b, 8), (h) => h.remove('tf/export/variables/variables.data-00001-of-00002'));
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.error]), [
      ['tf/export/saved_model.pb', 'tf/export/variables/variables.data-00001-of-00002: checkpoint shard missing or unreadable: no such file'],
    ]);
  });

  test('variables.index deleted while data shards stay: an error naming it, not a silent graph-only count', async () => {
    const r = repoWith((b) => writeSavedModel(b, 8), (h) => h.remove('tf/export/variables/variables.index'));
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.error]), [
      ['tf/export/saved_model.pb', 'tf/export/saved_model.pb: variables/variables.index is missing, but variables/ holds "variables.data-00000-of-00002"'],
    ]);
  });
});

describe('.bin and .pb under the default globs and under a user\'s globs', () => {
  test('pytorch_model.bin is profiled; ONNX external data and a random .bin are not models', async () => {
    const ext = externalMatmulModel(4, 4, 'weights.bin');
    const ext2 = externalMatmulModel(4, 8, 'weights.bin');
    const r = repoWith((b) => {
      b.write('onnx/model.onnx', ext.model);
      b.write('onnx/weights.bin', ext.data);
      b.write('hf/pytorch_model.bin', fixture('pytorch/resnet_legacy.pt'));
      b.write('blobs/lookup.bin', Buffer.from('not a model at all, just bytes'));
    }, (h) => {
      h.write('onnx/model.onnx', ext2.model);
      h.write('onnx/weights.bin', ext2.data);
      h.write('hf/pytorch_model.bin', fixture('pytorch/resnet_state_dict.pt'));
      h.write('blobs/lookup.bin', Buffer.from('still not a model, other bytes'));
    });
    const { report, log } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.error]), [['hf/pytorch_model.bin', null], ['onnx/model.onnx', null]]);
    // resnet fixture: 5266 params in both the legacy and the zip file (pytorch-reader.test.ts).
    assert.deepEqual(params(report.models[0]!), { base: 5266, head: 5266 });
    // MatMul [1,4] x [4,n]: 16 -> 32 params.
    assert.deepEqual(params(report.models[1]!), { base: 16, head: 32 });
    assert.ok(log.some((l) => l === 'blobs/lookup.bin: not a model file (no known format\'s signature; a default glob selected it), skipped'), log.join('\n'));
  });

  test('changed ONNX external data alone (.bin) still re-profiles its model', async () => {
    const ext = externalMatmulModel(4, 4, 'weights.bin');
    const r = repoWith((b) => {
      b.write('onnx/model.onnx', ext.model);
      b.write('onnx/weights.bin', ext.data);
    }, (h) => h.write('onnx/weights.bin', touched(Buffer.from(ext.data))));
    const { report } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status]), [['onnx/model.onnx', 'modified']]);
  });

  test('a .bin a user\'s glob names and no format recognises is a clear error', async () => {
    const r = repoWith((b) => b.write('blobs/lookup.bin', Buffer.from('old bytes')), (h) => h.write('blobs/lookup.bin', Buffer.from('new bytes, still no model')));
    const { report } = await gate(r, ['**/*.bin']);
    assert.equal(report.models.length, 1);
    assert.match(report.models[0]!.error!, /^blobs\/lookup\.bin: not a model file this tool reads: neither its first bytes nor its name match a known format/);
  });

  test('.pb: a frozen GraphDef and saved_model.pb by default, any other protobuf not; a user\'s glob takes it', async () => {
    const frozen = (n: number): Buffer => encodeTf('GraphDef', { node: [opNode('input', 'Placeholder', []), constNode('fc/w', DT.float, [n, 10], { floatVal: [0.5] })] });
    // A protobuf that is neither (a tf.Example-like record: field 1 is a varint).
    const other = (v: number): Buffer => Buffer.from([0x08, v, 0x12, 0x03, 0x61, 0x62, 0x63]);
    const r = repoWith((b) => {
      b.write('tf/frozen.pb', frozen(10));
      b.write('data/record.pb', other(1));
    }, (h) => {
      h.write('tf/frozen.pb', frozen(20));
      h.write('data/record.pb', other(2));
    });
    const byDefault = await gate(r);
    assert.deepEqual(byDefault.report.models.map((m) => m.path), ['tf/frozen.pb']);
    // 10 x 10 = 100 -> 20 x 10 = 200 params (one float_val fills the tensor).
    assert.deepEqual(params(byDefault.report.models[0]!), { base: 100, head: 200 });
    const explicit = await gate(r, ['**/*.pb']);
    assert.deepEqual(explicit.report.models.map((m) => m.path).sort(), ['data/record.pb', 'tf/frozen.pb']);
    assert.match(explicit.report.models.find((m) => m.path === 'data/record.pb')!.error!, /^data\/record\.pb: /);
  });
});

describe('.h5 under the default globs: Keras saves only', () => {
  test('a changed HDF5 dataset is no row and the gate passes; a changed Keras .h5 beside it is profiled', async () => {
    const data = fixture('keras/not_keras_dataset.h5');
    const r = repoWith((b) => {
      b.write('data/surface.h5', data);
      b.write('models/mlp.h5', fixture('keras/mlp.weights.h5'));
    }, (h) => {
      h.write('data/surface.h5', touched(data));
      h.write('models/mlp.h5', fixture('keras/mlp_legacy.h5'));
    });
    const { report, log } = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.error]), [['models/mlp.h5', null]]);
    assert.equal(report.passed, true);
    // mlp fixture (keras-reader.test.ts): dense 100*32 + 32 = 3232, BatchNorm gamma/beta 64,
    // dense_1 32*10 + 10 = 330 -> 3626, in the legacy file and in the Keras 3 weights-only one
    // (its group layers/batch_normalization says which variables are the moving statistics).
    assert.deepEqual(params(report.models[0]!), { base: 3626, head: 3626 });
    assert.ok(log.includes('data/surface.h5: not a model file (an HDF5 file without Keras content; a default glob selected it), skipped'), log.join('\n'));
  });

  test('a user\'s glob naming the dataset keeps the clear error', async () => {
    const data = fixture('keras/not_keras_dataset.h5');
    const r = repoWith((b) => b.write('data/surface.h5', data), (h) => h.write('data/surface.h5', touched(data)));
    const { report } = await gate(r, ['**/*.h5']);
    assert.equal(report.models.length, 1);
    assert.match(report.models[0]!.error!, /^data\/surface\.h5: invalid HDF5 \(Keras\) file: an HDF5 file, but not a Keras one/);
  });
});


test('a model named as split 1 of 99999 costs one listing of a git tree, not a git call per split name', async () => {
  const files: Record<string, Buffer> = { 'm/x-00001-of-99999.gguf': fixture(`gguf/split/tiny-llama-00001-of-00003.gguf`) };
  let probes = 0;
  let listings = 0;
  // A git-like tree (no disk root): every size() would be one git process.
  const tree: TreeSource = {
    side: 'base', description: 'commit 0', diskRoot: null, commit: null,
    read: async (p, max) => files[p]?.subarray(0, max) ?? null,
    localFile: async () => null,
    list: async () => { listings++; return Object.keys(files); },
    size: async (p) => { probes++; return files[p]?.length ?? null; },
    copyTo: async (p, target) => { if (!files[p]) return false; writeFileSync(target, files[p]!); return true; },
  };
  const m = new Materialiser(process.cwd(), 'skip');
  try {
    const got = await m.materialise(tree, 'm/x-00001-of-99999.gguf');
    assert.equal(got.kind, 'file');
    // One probe for the model itself, one listing for its 99998 named side files.
    assert.deepEqual({ probes, listings }, { probes: 1, listings: 1 });
  } finally {
    await m.cleanup();
  }
});

describe('a plain set whose name ends in a word beside a variant set of that word (model.fp16 vs variant fp16)', () => {
  test('a PR adding model.fp16.safetensors.index.json and its 3 shards, or growing one of them, beside an fp16 variant set: that set is measured, not hidden behind the variant', async () => {
    // Variant set (base and head): embed 16 x 8 = 128 params, shard 1 of 2, head 4 x 8 = 32, shard 2 of 2.
    const variant: Record<string, Buffer> = {
      'model.fp16-00001-of-00002.safetensors': safetensorsBytes([{ name: 'embed.weight', dtype: 'F16', shape: [16, 8] }]),
      'model.fp16-00002-of-00002.safetensors': safetensorsBytes([{ name: 'head.weight', dtype: 'F16', shape: [4, 8] }]),
      'model.safetensors.index.fp16.json': Buffer.from(JSON.stringify({ weight_map: { 'embed.weight': 'model.fp16-00001-of-00002.safetensors', 'head.weight': 'model.fp16-00002-of-00002.safetensors' } })),
    };
    // The plain set `model.fp16` (head only): three shards of 100 x 100 = 10,000 params each: 30,000 params.
    const shards = [1, 2, 3].map((i) => `model.fp16-0000${i}-of-00003.safetensors`);
    const plain: Record<string, Buffer> = Object.fromEntries(shards.map((s, i) => [s, safetensorsBytes([{ name: `layer${i}.weight`, dtype: 'F32', shape: [100, 100] }])]));
    plain['model.fp16.safetensors.index.json'] = Buffer.from(JSON.stringify({ weight_map: Object.fromEntries(shards.map((s, i) => [`layer${i}.weight`, s])) }));
    const write = (t: TestRepo, files: Record<string, Buffer>): void => Object.entries(files).forEach(([f, x]) => t.write(`hf/${f}`, x));
    const rows = (report: GateReport): unknown[] => report.models.map((m) => [m.path, m.status, m.error, params(m)]).sort();
    // The shards' names cannot say which set they are of: both sets are profiled (the variant's
    // unchanged), where the variant's alone, 160 -> 160, hid the 30,000 new params.
    const added = await gate(repoWith((b) => write(b, variant), (h) => write(h, plain)));
    assert.deepEqual(rows(added.report), [
      ['hf/model.fp16.safetensors.index.json', 'added', null, { base: null, head: 30_000 }],
      ['hf/model.safetensors.index.fp16.json', 'modified', null, { base: 160, head: 160 }],
    ]);
    // Both sets on main, a PR that grows only the plain set's shard 3 to 100 x 200 = 20,000 params:
    // 10,000 + 10,000 + 20,000 = 40,000.
    const grown = await gate(repoWith((b) => write(b, { ...variant, ...plain }), (h) => h.write(`hf/${shards[2]!}`, safetensorsBytes([{ name: 'layer2.weight', dtype: 'F32', shape: [100, 200] }]))));
    assert.deepEqual(rows(grown.report), [
      ['hf/model.fp16.safetensors.index.json', 'modified', null, { base: 30_000, head: 40_000 }],
      ['hf/model.safetensors.index.fp16.json', 'modified', null, { base: 160, head: 160 }],
    ]);
  });
});
