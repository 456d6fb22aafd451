/**
 * Hugging Face variants (`save_pretrained(variant="fp16")` in transformers and diffusers): the
 * variant goes before the last part of every name, so a sharded variant set is
 * `model.safetensors.index.fp16.json` + `model.fp16-0000N-of-0000M.safetensors` (and
 * `pytorch_model.bin.index.fp16.json` + `pytorch_model.fp16-0000N-of-0000M.bin`). Beside the
 * plain set in one folder it is a model of its own: each index reads its shards, each shard maps
 * to its own index, the default globs take the variant index, and a name whose "variant" is no
 * word is no variant. Every file is built here from bytes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { defaultGlobCheck, detectFormat, isModelByDefault, modelKeyOf, readModel, sideFileLocations } from '../../src/formats/registry.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { DEFAULT_MODEL_GLOBS, matchesAny, parsePatterns } from '../../src/io/glob.js';
import { profileWeights } from '../../src/profile/weights.js';
import { stateDictZipItems, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor } from '../support/pytorch-writer.js';
import { safetensorsBytes } from '../support/weight-writers.js';
import type { StTensor } from '../support/weight-writers.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-variants-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const DEFAULT_GLOBS = parsePatterns(DEFAULT_MODEL_GLOBS);

function totals(w: WeightsFile): { total: number; bytes: number } {
  const p = profileWeights(w, { path: 'm', format: 'x', formatLabel: 'x', formatVersion: '', fileBytes: 0, sideFileBytes: 0 }).params;
  return { total: p.total, bytes: p.bytes };
}

async function readTotals(path: string): Promise<{ total: number; bytes: number; shards: string | undefined }> {
  const loaded = await readModel(path);
  assert.ok(loaded.kind === 'weights');
  return { ...totals(loaded.weights), shards: loaded.weights.metadata.get('shards') };
}

/** Writes `files` (name -> bytes) into a fresh folder. */
function folder(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, bytes] of Object.entries(files)) writeFileSync(join(dir, f), bytes);
  return dir;
}

const index = (map: Record<string, string>, totalSize: number): string => JSON.stringify({ metadata: { total_size: totalSize }, weight_map: map });

// Both sets hold embed 16 x 8 = 128 params in shard 1 and head 4 x 8 = 32 params in shard 2:
// 160 params each. fp32: 160 x 4 = 640 bytes; fp16: 160 x 2 = 320 bytes. Read as one model,
// the two would be 320 params (or a tensor stored twice).
const FP32 = { total: 160, bytes: 640, shards: '2' };
const FP16 = { total: 160, bytes: 320, shards: '2' };

describe('a safetensors fp16 variant set beside the fp32 set is a model of its own', () => {
  const st = (dtype: string): { s1: StTensor[]; s2: StTensor[] } => ({ s1: [{ name: 'embed.weight', dtype, shape: [16, 8] }], s2: [{ name: 'head.weight', dtype, shape: [4, 8] }] });
  const f32 = st('F32');
  const f16 = st('F16');
  const dir = folder('st', {
    'model-00001-of-00002.safetensors': safetensorsBytes(f32.s1),
    'model-00002-of-00002.safetensors': safetensorsBytes(f32.s2),
    'model.safetensors.index.json': index({ 'embed.weight': 'model-00001-of-00002.safetensors', 'head.weight': 'model-00002-of-00002.safetensors' }, 640),
    'model.fp16-00001-of-00002.safetensors': safetensorsBytes(f16.s1),
    'model.fp16-00002-of-00002.safetensors': safetensorsBytes(f16.s2),
    'model.safetensors.index.fp16.json': index({ 'embed.weight': 'model.fp16-00001-of-00002.safetensors', 'head.weight': 'model.fp16-00002-of-00002.safetensors' }, 320),
  });
  const fp32Files = ['model.safetensors.index.json', 'model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors'];
  const fp16Files = ['model.safetensors.index.fp16.json', 'model.fp16-00001-of-00002.safetensors', 'model.fp16-00002-of-00002.safetensors'];

  for (const f of fp32Files) test(`read from ${f}: the fp32 set, 160 params, 640 bytes`, async () => assert.deepEqual(await readTotals(join(dir, f)), FP32));
  for (const f of fp16Files) test(`read from ${f}: the fp16 set, 160 params, 320 bytes`, async () => assert.deepEqual(await readTotals(join(dir, f)), FP16));

  test('the fp16 set\'s side files are its own index and shards, no warning (its index states 320 bytes)', async () => {
    const loaded = await readModel(join(dir, 'model.fp16-00002-of-00002.safetensors'));
    assert.ok(loaded.kind === 'weights');
    assert.deepEqual(loaded.weights.sideFiles, ['model.safetensors.index.fp16.json', 'model.fp16-00001-of-00002.safetensors']);
    assert.deepEqual(loaded.weights.warnings, []);
  });

  test('every file maps to its own set\'s index: two models, not one, not one per shard', () => {
    for (const f of fp32Files) assert.equal(modelKeyOf(`m/${f}`).key, 'm/model.safetensors.index.json', f);
    for (const f of fp16Files) assert.equal(modelKeyOf(`m/${f}`).key, 'm/model.safetensors.index.fp16.json', f);
    // A shard's set is profiled from the variant's index, else the plain index of a set named
    // `model.fp16` (the names alone cannot tell them apart), else its first shard.
    assert.deepEqual(modelKeyOf('m/model.fp16-00002-of-00002.safetensors').entries, [
      'm/model.safetensors.index.fp16.json', 'm/model.fp16.safetensors.index.json', 'm/model.fp16-00001-of-00002.safetensors', 'm/model.fp16-00002-of-00002.safetensors',
    ]);
    // That plain index joins the same key, so its shards and it are one row too.
    assert.equal(modelKeyOf('m/model.fp16.safetensors.index.json').key, 'm/model.safetensors.index.fp16.json');
  });

  test('side files by name: the names the variant\'s index can have and the other shard', async () => {
    assert.deepEqual(await sideFileLocations('m/model.fp16-00002-of-00002.safetensors', null), [
      'model.safetensors.index.fp16.json', 'model.fp16.safetensors.index.json', 'model.fp16-00001-of-00002.safetensors', 'config.json',
    ]);
  });
});

describe('a PyTorch .bin fp16 variant set beside the fp32 set is a model of its own', () => {
  const t = (name: string, dims: number[], storageType: string): FakeTensor => ({ name, key: '0', dims, storageType, numel: dims.reduce((a, b) => a * b, 1) });
  // Each shard a torch.save zip whose folder is the file's stem, storages numbered from "0".
  const shard = (file: string, tensors: FakeTensor[]): Uint8Array => zipBytes(stateDictZipItems(tensors, { folder: file.replace(/\.bin$/, '') }));
  const files: Record<string, Uint8Array | string> = {};
  for (const [prefix, storage, idx, size] of [['pytorch_model', 'FloatStorage', 'pytorch_model.bin.index.json', 640], ['pytorch_model.fp16', 'HalfStorage', 'pytorch_model.bin.index.fp16.json', 320]] as const) {
    const [s1, s2] = [`${prefix}-00001-of-00002.bin`, `${prefix}-00002-of-00002.bin`];
    files[s1] = shard(s1, [t('embed.weight', [16, 8], storage)]);
    files[s2] = shard(s2, [t('head.weight', [4, 8], storage)]);
    files[idx] = index({ 'embed.weight': s1, 'head.weight': s2 }, size);
  }
  const dir = folder('pt', files);
  const fp32Files = ['pytorch_model.bin.index.json', 'pytorch_model-00001-of-00002.bin', 'pytorch_model-00002-of-00002.bin'];
  const fp16Files = ['pytorch_model.bin.index.fp16.json', 'pytorch_model.fp16-00001-of-00002.bin', 'pytorch_model.fp16-00002-of-00002.bin'];

  for (const f of fp32Files) test(`read from ${f}: the fp32 set, 160 params, 640 bytes`, async () => assert.deepEqual(await readTotals(join(dir, f)), FP32));
  for (const f of fp16Files) test(`read from ${f}: the fp16 set, 160 params, 320 bytes`, async () => assert.deepEqual(await readTotals(join(dir, f)), FP16));

  test('every file maps to its own set\'s index; the variant index is PyTorch\'s by name', () => {
    for (const f of fp32Files) assert.equal(modelKeyOf(`m/${f}`).key, 'm/pytorch_model.bin.index.json', f);
    for (const f of fp16Files) assert.equal(modelKeyOf(`m/${f}`).key, 'm/pytorch_model.bin.index.fp16.json', f);
    assert.deepEqual(modelKeyOf('m/diffusion_pytorch_model.fp16-00003-of-00004.bin').entries, [
      'm/diffusion_pytorch_model.bin.index.fp16.json', 'm/diffusion_pytorch_model.fp16.bin.index.json',
      'm/diffusion_pytorch_model.fp16-00001-of-00004.bin', 'm/diffusion_pytorch_model.fp16-00003-of-00004.bin',
    ]);
    assert.equal(detectFormat('m/pytorch_model.bin.index.fp16.json', Buffer.from('{"metadata": {}}'), 16)?.name, 'pytorch');
  });
});

describe('variant names under the default globs', () => {
  test('the default globs take variant indexes (safetensors and .bin, transformers and diffusers names)', () => {
    for (const p of ['m/model.safetensors.index.fp16.json', 'unet/diffusion_pytorch_model.safetensors.index.fp16.json', 'm/pytorch_model.bin.index.fp16.json', 'm/model.safetensors.index.non_ema.json']) {
      assert.ok(matchesAny(p, DEFAULT_GLOBS), p);
      assert.equal(defaultGlobCheck(p), null, p);
    }
  });

  test('a "variant" that is no word is no variant: skipped by name, no format, its own model', async () => {
    const long = `m/model.safetensors.index.${'a'.repeat(4096)}-.json`;
    for (const p of ['m/model.safetensors.index.fp-16.json', 'm/model.safetensors.index.a.b.json', 'm/model.bin.index.<img>.json', long]) {
      assert.ok(matchesAny(p, DEFAULT_GLOBS), p);
      assert.equal(defaultGlobCheck(p)?.bytes, 0, p);
      assert.equal(await isModelByDefault(p, Buffer.from('{}'), 2), false, p);
      assert.equal(detectFormat(p, Buffer.from('{}'), 2), null, p);
      assert.deepEqual(modelKeyOf(p), { key: p, entries: [p] });
    }
    // Nor is a shard whose prefix ends in one: `model.fp-16` is a plain set's name.
    assert.equal(modelKeyOf('m/model.fp-16-00001-of-00002.safetensors').key, 'm/model.fp-16.safetensors.index.json');
  });

  test('unsharded variants are single files as before: model.fp16.safetensors, pytorch_model.fp16.bin', async () => {
    // head 4 x 8 = 32 params of float16: 64 bytes.
    const dir = folder('single', {
      'model.fp16.safetensors': safetensorsBytes([{ name: 'head.weight', dtype: 'F16', shape: [4, 8] }]),
      'pytorch_model.fp16.bin': zipBytes(stateDictZipItems([{ name: 'head.weight', key: '0', dims: [4, 8], storageType: 'HalfStorage', numel: 32 }], { folder: 'pytorch_model.fp16' })),
    });
    for (const f of ['model.fp16.safetensors', 'pytorch_model.fp16.bin']) {
      assert.deepEqual(await readTotals(join(dir, f)), { total: 32, bytes: 64, shards: undefined }, f);
      assert.deepEqual(modelKeyOf(`m/${f}`), { key: `m/${f}`, entries: [`m/${f}`] });
      assert.ok(matchesAny(`m/${f}`, DEFAULT_GLOBS), f);
    }
  });
});
