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
import { readPytorchFile, readPytorchSet } from '../../src/formats/pytorch/reader.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import { PickleWriter, stateDictZipItems, writeTensor, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor, ZipItem } from '../support/pytorch-writer.js';

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
    assert.deepEqual(modelKeyOf(`m/${SHARD2}`), { key: `m/${INDEX}`, entries: [`m/${INDEX}`, `m/${SHARD1}`, `m/${SHARD2}`], set: `m/${SHARD1}` });
    // A variant's shard maps to the variant's index (`_add_variant`: before `.json`), then to the
    // plain index of a set named `diffusion_pytorch_model.fp16` (test/formats/variant-sets.test.ts):
    // two alternatives, both profiled where a side has both.
    assert.deepEqual(modelKeyOf('m/diffusion_pytorch_model.fp16-00003-of-00004.bin'), {
      key: 'm/diffusion_pytorch_model.bin.index.fp16.json',
      entries: [
        'm/diffusion_pytorch_model.bin.index.fp16.json', 'm/diffusion_pytorch_model.fp16.bin.index.json',
        'm/diffusion_pytorch_model.fp16-00001-of-00004.bin', 'm/diffusion_pytorch_model.fp16-00003-of-00004.bin',
      ],
      alternatives: 2,
      set: 'm/diffusion_pytorch_model.fp16-00001-of-00004.bin',
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

describe('a sharded PyTorch .bin set: what the shards hold beyond measured tensors', () => {
  const META = 'torch._utils._rebuild_meta_tensor_no_storage';
  /** A torch.save zip of a state_dict: `meta` first, each a meta-device float32 tensor (no storage), then `tensors`. */
  function metaZip(folder: string, meta: ReadonlyArray<{ name: string; dims: [number, number] }>, tensors: readonly FakeTensor[]): Uint8Array {
    const p = new PickleWriter().proto().global('collections', 'OrderedDict').emptyTuple().reduce().mark();
    for (const { name, dims: [rows, cols] } of meta) {
      p.str(name).global('torch._utils', '_rebuild_meta_tensor_no_storage').mark().global('torch', 'float32');
      p.mark().int(rows).int(cols).tuple().mark().int(cols).int(1).tuple().bool(false).tuple().reduce();
    }
    for (const t of tensors) writeTensor(p.str(t.name), t);
    const items = stateDictZipItems(tensors, { folder });
    items[0] = { name: `${folder}/data.pkl`, data: p.setitems().stop().bytes() };
    return zipBytes(items);
  }
  const EMB = { name: 'emb.weight', dims: [16, 8] as [number, number] };
  const LAYER = f32('layer.0.weight', '0', [8, 8]);

  test('a tensor the index lists that the shard keeps in a form not measured (meta) is a warning, as in one file, not "not in it"', () => {
    const dir = join(tmp, 'meta');
    mkdirSync(dir);
    writeFileSync(join(dir, SHARD1), metaZip('pytorch_model-00001-of-00002', [EMB], [LAYER]));
    writeFileSync(join(dir, SHARD2), zipBytes(stateDictZipItems(S2, { folder: 'pytorch_model-00002-of-00002' })));
    writeFileSync(join(dir, INDEX), JSON.stringify({ weight_map: { 'emb.weight': SHARD1, 'layer.0.weight': SHARD1, 'layer.0.bias': SHARD2, 'head.weight': SHARD2 } }));
    // The same state_dict in one file (storages renumbered): the meta tensor is not measured.
    writeFileSync(join(dir, 'single.bin'), metaZip('single', [EMB], [LAYER, { ...S2[0]!, key: '1' }, { ...S2[1]!, key: '2' }]));
    // layer.0.weight 8 x 8 = 64 + layer.0.bias 8 + head 4 x 8 = 32: 104 params; float32 72 x 4 =
    // 288 B, float16 32 x 2 = 64 B: 352 B. emb.weight (16 x 8 on the meta device) has no storage.
    const EXPECTED = { total: 104, bytes: 352, byDtype: { float32: 288, float16: 64 } };
    const WARNING = `1 tensor(s) in a form not measured: emb.weight (${META})`;
    const one = readPytorchFile(join(dir, 'single.bin')).weights;
    assert.deepEqual(params(one), EXPECTED);
    assert.deepEqual(one.warnings, [WARNING]);
    for (const entry of [INDEX, SHARD2]) {
      const set = readPytorchSet(join(dir, entry)).weights;
      assert.deepEqual(params(set), EXPECTED);
      assert.deepEqual(set.warnings, [`"${SHARD1}": ${WARNING}`]);
    }
  });

  test('a tensor in a form not measured is checked as the others: in two shards is an error, one the index does not list a warning', () => {
    const twice = join(tmp, 'meta-twice');
    mkdirSync(twice);
    writeFileSync(join(twice, SHARD1), metaZip('pytorch_model-00001-of-00002', [EMB], [LAYER]));
    writeFileSync(join(twice, SHARD2), metaZip('pytorch_model-00002-of-00002', [EMB], S2));
    assert.equal(errorOf(join(twice, SHARD1)), `${join(twice, SHARD2)}: tensor "emb.weight" is stored in more than one shard (also in "${SHARD1}")`);
    const unlisted = join(tmp, 'meta-unlisted');
    mkdirSync(unlisted);
    const ONE = 'pytorch_model-00001-of-00001.bin';
    writeFileSync(join(unlisted, ONE), metaZip('pytorch_model-00001-of-00001', [EMB, { name: 'extra.weight', dims: [2, 2] }], [LAYER]));
    writeFileSync(join(unlisted, INDEX), JSON.stringify({ weight_map: { 'emb.weight': ONE, 'layer.0.weight': ONE } }));
    assert.ok(readPytorchSet(join(unlisted, INDEX)).weights.warnings.includes('1 tensor(s) in the shards are not listed in the index (first: "extra.weight")'));
  });

  test("a per-channel quantized tensor's scales and zero points are part of it, not tensors the index should list", () => {
    // torch.quantize_per_channel(randn(4, 3), scales float64 [4], zero_points int64 [4], axis 0,
    // torch.qint8): _rebuild_qtensor(QInt8Storage of 12, 0, (4, 3), (3, 1), (per_channel_affine,
    // scales, zero_points, 0), False, OrderedDict()), as torch 1.13 writes it.
    const scales: FakeTensor = { name: '', storageType: 'DoubleStorage', key: '1', numel: 4, dims: [4] };
    const zeroPoints: FakeTensor = { name: '', storageType: 'LongStorage', key: '2', numel: 4, dims: [4] };
    const bias = f32('fc.bias', '3', [4]);
    const p = new PickleWriter().proto().global('collections', 'OrderedDict').emptyTuple().reduce().mark();
    p.str('fc.weight').global('torch._utils', '_rebuild_qtensor').mark();
    p.mark().str('storage').global('torch', 'QInt8Storage').str('0').str('cpu').int(12).tuple().binpersid().int(0);
    p.mark().int(4).int(3).tuple().mark().int(3).int(1).tuple();
    writeTensor(writeTensor(p.mark().global('torch', 'per_channel_affine'), scales), zeroPoints).int(0).tuple();
    p.bool(false).global('collections', 'OrderedDict').emptyTuple().reduce().tuple().reduce();
    writeTensor(p.str(bias.name), bias);
    const folder = 'pytorch_model-00001-of-00002';
    const items: ZipItem[] = [
      { name: `${folder}/data.pkl`, data: p.setitems().stop().bytes() },
      ...[['0', 12], ['1', 32], ['2', 32], ['3', 16]].map(([key, size]) => ({ name: `${folder}/data/${key}`, data: new Uint8Array(size as number) })),
    ];
    const dir = join(tmp, 'qchannel');
    mkdirSync(dir);
    writeFileSync(join(dir, SHARD1), zipBytes(items));
    writeFileSync(join(dir, SHARD2), zipBytes(stateDictZipItems(S2, { folder: 'pytorch_model-00002-of-00002' })));
    writeFileSync(join(dir, INDEX), JSON.stringify({ weight_map: { 'fc.weight': SHARD1, 'fc.bias': SHARD1, 'layer.0.bias': SHARD2, 'head.weight': SHARD2 } }));
    const w = readPytorchSet(join(dir, INDEX)).weights;
    assert.deepEqual(w.warnings, []);
    // Params: fc.weight 4 x 3 = 12 qint8 (12 B), fc.bias 4 (16 B), layer.0.bias 8 (32 B), head
    // 4 x 8 = 32 float16 (64 B): 56 params, 124 B. The scales (4 float64, 32 B) and zero points
    // (4 int64, 32 B) are non-weight constants: 8 elements, 64 B.
    const prof = profileWeights(w, { path: INDEX, format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 0, sideFileBytes: 0 }).params;
    assert.deepEqual([prof.total, prof.bytes, prof.nonWeight], [56, 124, { elements: 8, bytes: 64 }]);
    // Listed in the index under their derived names, they are not in the shard: torch's state_dict has no such key.
    writeFileSync(join(dir, INDEX), JSON.stringify({ weight_map: { 'fc.weight': SHARD1, 'fc.weight.q_scales': SHARD1, 'fc.bias': SHARD1, 'layer.0.bias': SHARD2, 'head.weight': SHARD2 } }));
    assert.equal(errorOf(join(dir, INDEX)), `${join(dir, INDEX)}: tensor "fc.weight.q_scales" is listed in shard "${SHARD1}" but is not in it`);
  });
});
