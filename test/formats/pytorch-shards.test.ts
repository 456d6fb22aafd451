/**
 * Hugging Face's sharded PyTorch checkpoints (`pytorch_model.bin.index.json` +
 * `pytorch_model-0000N-of-0000M.bin`) are one model, read and checked as a sharded safetensors
 * set is: from the index or any shard, params summed, a missing shard, a link, a shard outside the
 * folder, a tensor in the wrong shard or in two, hostile and huge indexes are one-line errors
 * naming the file. Every shard is built here from bytes (torch.save zips of state_dicts).
 */
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { modelKeyOf, readModel, sideFileLocations } from '../../src/formats/registry.js';
import { readPytorchSet } from '../../src/formats/pytorch/reader.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import { stateDictZipItems, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor } from '../support/pytorch-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-pt-shards-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const f32 = (name: string, key: string, dims: number[]): FakeTensor => ({ name, key, dims, storageType: 'FloatStorage', numel: dims.reduce((a, b) => a * b, 1) });
const f16 = (name: string, key: string, dims: number[]): FakeTensor => ({ ...f32(name, key, dims), storageType: 'HalfStorage' });

const SHARD1 = 'pytorch_model-00001-of-00002.bin';
const SHARD2 = 'pytorch_model-00002-of-00002.bin';
const INDEX = 'pytorch_model.bin.index.json';

// Both shards number their storages from "0", as torch.save does in every file.
const S1 = [f32('embed.weight', '0', [16, 8]), f32('layer.0.weight', '1', [8, 8])];
const S2 = [f32('layer.0.bias', '0', [8]), f16('head.weight', '1', [4, 8])];

/** A folder holding the set: each shard a torch.save zip (folder named after the file's stem, as torch does), and the index. */
function writeSet(name: string, shards: Record<string, readonly FakeTensor[]>, index: unknown = weightMap(shards)): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, tensors] of Object.entries(shards)) writeFileSync(join(dir, file), zipBytes(stateDictZipItems(tensors, { folder: file.replace(/\.bin$/, '') })));
  if (index !== undefined) writeFileSync(join(dir, INDEX), typeof index === 'string' ? index : JSON.stringify(index));
  return dir;
}

function weightMap(shards: Record<string, readonly FakeTensor[]>): { metadata: { total_size: number }; weight_map: Record<string, string> } {
  const map: Record<string, string> = {};
  for (const [file, tensors] of Object.entries(shards)) for (const t of tensors) map[t.name] = file;
  return { metadata: { total_size: 864 }, weight_map: map };
}

function params(w: WeightsFile): { total: number; bytes: number; byDtype: Record<string, number> } {
  const p = profileWeights(w, { path: INDEX, format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 0, sideFileBytes: 0 }).params;
  return { total: p.total, bytes: p.bytes, byDtype: Object.fromEntries(Object.entries(p.byDtype).map(([d, v]) => [d, v.bytes])) };
}

/** The one-line ModelFileError reading `path` as a set gives. */
function errorOf(path: string): string {
  try {
    readPytorchSet(path);
  } catch (e) {
    assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
    assert.ok(!e.message.includes('\n'), 'one line');
    return e.message;
  }
  return assert.fail('no error');
}

describe('a sharded PyTorch .bin set is one model', () => {
  const dir = writeSet('set', { [SHARD1]: S1, [SHARD2]: S2 });
  // Shard 1: embed 16 x 8 = 128 + layer.0.weight 8 x 8 = 64 (float32, 768 B).
  // Shard 2: layer.0.bias 8 (float32, 32 B) + head 4 x 8 = 32 (float16, 64 B).
  // Params 128 + 64 + 8 + 32 = 232; bytes float32 200 x 4 = 800, float16 32 x 2 = 64: 864.
  const EXPECTED = { total: 232, bytes: 864, byDtype: { float32: 800, float16: 64 } };

  for (const entry of [INDEX, SHARD1, SHARD2]) {
    test(`read from ${entry}: both shards, summed (their storages "0" and "1" are not shared)`, async () => {
      const loaded = await readModel(join(dir, entry));
      assert.equal(loaded.format.name, 'pytorch');
      assert.ok(loaded.kind === 'weights');
      assert.deepEqual(params(loaded.weights), EXPECTED);
      assert.equal(loaded.weights.metadata.get('shards'), '2');
      assert.deepEqual([...loaded.weights.sideFiles].sort(), [INDEX, SHARD1, SHARD2].filter((f) => f !== entry).sort());
      assert.equal(loaded.weights.tensors.find((t) => t.name === 'head.weight')!.file, SHARD2);
      assert.deepEqual(loaded.weights.warnings, []);
    });
  }

  test('without the index, the shard names alone make the set', () => {
    const bare = writeSet('bare', { [SHARD1]: S1, [SHARD2]: S2 }, undefined);
    assert.deepEqual(params(readPytorchSet(join(bare, SHARD2)).weights), EXPECTED);
  });

  test('side files from the name alone and from the index bytes; a shard maps to its index in the gate', async () => {
    assert.deepEqual(await sideFileLocations(`m/${SHARD2}`, null), [INDEX, SHARD1, 'config.json']);
    const index = Buffer.from(JSON.stringify({ weight_map: { a: SHARD2, b: SHARD1 } }));
    assert.deepEqual(await sideFileLocations(`m/${INDEX}`, { bytes: index }), [SHARD1, SHARD2, 'config.json']);
    assert.deepEqual(modelKeyOf(`m/${SHARD2}`), { key: `m/${INDEX}`, entries: [`m/${INDEX}`, `m/${SHARD1}`, `m/${SHARD2}`] });
    assert.deepEqual(modelKeyOf('m/diffusion_pytorch_model.fp16-00003-of-00004.bin'), {
      key: 'm/diffusion_pytorch_model.fp16.bin.index.json',
      entries: ['m/diffusion_pytorch_model.fp16.bin.index.json', 'm/diffusion_pytorch_model.fp16-00001-of-00004.bin', 'm/diffusion_pytorch_model.fp16-00003-of-00004.bin'],
    });
    // A .bin of any other name (ONNX external data, say) is not tied to an index.
    assert.deepEqual(modelKeyOf('m/weights-00001-of-00002.bin'), { key: 'm/weights-00001-of-00002.bin', entries: ['m/weights-00001-of-00002.bin'] });
  });
});

describe('a sharded PyTorch .bin set: bad input is one line naming the file', () => {
  test('a missing shard names the index; a link in the folder is not followed', () => {
    const dir = writeSet('missing', { [SHARD1]: S1, [SHARD2]: S2 });
    unlinkSync(join(dir, SHARD2));
    assert.equal(errorOf(join(dir, SHARD1)), `${join(dir, INDEX)}: shard "${SHARD2}" of the set is missing`);
    const outside = writeSet('outside', { [SHARD2]: S2 }, undefined);
    symlinkSync(join(outside, SHARD2), join(dir, SHARD2));
    assert.equal(errorOf(join(dir, INDEX)), `${join(dir, INDEX)}: shard "${SHARD2}" of the set is not a regular file (links are not followed)`);
  });

  test('a shard named outside the folder, a tensor in another shard than listed, a listed tensor not stored', () => {
    const index = (map: Record<string, string>): string => JSON.stringify({ weight_map: map });
    const up = writeSet('up', { [SHARD1]: S1 }, index({ 'embed.weight': `../${SHARD1}` }));
    assert.match(errorOf(join(up, INDEX)), /weight_map names shard "..\/pytorch_model-00001-of-00002.bin", which is not a file name in the index's folder$/);
    const moved = writeSet('moved', { [SHARD1]: S1, [SHARD2]: S2 }, index({ 'embed.weight': SHARD1, 'layer.0.weight': SHARD2, 'layer.0.bias': SHARD2, 'head.weight': SHARD2 }));
    assert.equal(errorOf(join(moved, SHARD1)), `${join(moved, INDEX)}: tensor "layer.0.weight" is listed in shard "${SHARD2}" but stored in "${SHARD1}"`);
    const ghost = writeSet('ghost', { [SHARD1]: S1 }, index({ 'embed.weight': SHARD1, 'layer.0.weight': SHARD1, 'lm_head.weight': SHARD1 }));
    assert.equal(errorOf(join(ghost, INDEX)), `${join(ghost, INDEX)}: tensor "lm_head.weight" is listed in shard "${SHARD1}" but is not in it`);
  });

  test('a tensor stored in both shards names the second shard', () => {
    const dir = writeSet('twice', { [SHARD1]: S1, [SHARD2]: [...S2, f32('embed.weight', '2', [16, 8])] }, undefined);
    assert.equal(errorOf(join(dir, SHARD1)), `${join(dir, SHARD2)}: tensor "embed.weight" is stored in more than one shard (also in "${SHARD1}")`);
  });

  test('hostile and huge indexes; a shard that is no torch file', () => {
    const broken = writeSet('json', { [SHARD1]: S1 }, '{"weight_map": {"embed.weight": ');
    assert.equal(errorOf(join(broken, INDEX)), `${join(broken, INDEX)}: index is not valid JSON`);
    const notMap = writeSet('nomap', { [SHARD1]: S1 }, '{"weight_map": ["a"]}');
    assert.equal(errorOf(join(notMap, INDEX)), `${join(notMap, INDEX)}: index has no weight_map object`);
    const notName = writeSet('notname', { [SHARD1]: S1 }, '{"weight_map": {"embed.weight": 7}}');
    assert.equal(errorOf(join(notName, INDEX)), `${join(notName, INDEX)}: weight_map entry "embed.weight" is not a file name`);
    // 40 MB of index (a sparse file): refused by its size before a byte is read.
    const huge = writeSet('huge', { [SHARD1]: S1 }, undefined);
    const fd = openSync(join(huge, INDEX), 'w');
    ftruncateSync(fd, 40_000_000);
    closeSync(fd);
    assert.equal(errorOf(join(huge, INDEX)), `${join(huge, INDEX)}: index is 40000000 bytes, over the 32 MB limit`);
    const junk = writeSet('junk', { [SHARD1]: S1 });
    writeFileSync(join(junk, SHARD1), 'version https://git-lfs.github.com/spec/v1\n');
    assert.equal(errorOf(join(junk, INDEX)), `${join(junk, SHARD1)}: not a PyTorch file: neither a zip archive nor a legacy torch.save file`);
  });
});
