/**
 * The format boundary: recognition (signature first, extension second, magic-only extensions),
 * reading through the registry, side files, and one-line errors for files no format reads.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs, { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelFileError } from '../../src/graph/errors.js';
import { defaultGlobCheck, detectFormat, formats, HEAD_BYTES, isModelByDefault, modelExtensions, modelKeyOf, needsSignatureByDefault, readModel, sideFileLocations } from '../../src/formats/registry.js';
import { looksLikeGraphDef } from '../../src/formats/tensorflow/signature.js';
import type { ModelFormat } from '../../src/formats/registry.js';
import { DEFAULT_MODEL_GLOBS } from '../../src/io/glob.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { writeExternalModel } from '../support/bad-models.js';
import { DT, encodeTf, opNode, writeSavedModel } from '../support/tf-writer.js';
import { stateDictZipItems, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor } from '../support/pytorch-writer.js';

function fake(name: string, extensions: string[], magic?: string, magicOnlyExtensions?: string[]): ModelFormat {
  return {
    name, label: name, kind: 'weights', extensions, ...(magicOnlyExtensions ? { magicOnlyExtensions } : {}),
    ...(magic ? { magic: (head: Uint8Array) => Buffer.from(head.subarray(0, magic.length)).toString('latin1') === magic } : {}),
    reader: async () => { throw new Error('not read in these tests'); },
  };
}

const zipLike = fake('zipfmt', ['.pt'], 'PK\u0003\u0004', ['.bin']);
const ggufLike = fake('gguflike', ['.gguf'], 'GGUF');
const plain = fake('plain', ['.onnx']);
const among = [plain, zipLike, ggufLike];
const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');

describe('format recognition', () => {
  test('a signature wins over the name', () => {
    assert.equal(detectFormat('model.onnx', bytes('GGUF\u0003\u0000'), 100, among), ggufLike);
    assert.equal(detectFormat('weights.bin', bytes('PK\u0003\u0004rest'), 100, among), zipLike);
  });

  test('without a signature, the extension decides (case-insensitive); its reader explains a bad file', () => {
    assert.equal(detectFormat('a/B.ONNX', bytes('\u0008\u0007'), 100, among), plain);
    assert.equal(detectFormat('broken.pt', bytes('not a zip'), 100, among), zipLike);
  });

  test('a magic-only extension without the signature is not a model (ONNX external data named .bin)', () => {
    assert.equal(detectFormat('weights.bin', bytes('\u0000\u0000\u0080\u003f'), 100, among), null);
    assert.equal(detectFormat('notes.txt', bytes('hello'), 100, among), null);
  });

  test('the default models globs cover every registered extension', () => {
    for (const f of formats()) for (const e of f.extensions) assert.ok(DEFAULT_MODEL_GLOBS.split(', ').includes(`**/*${e}`), e);
    assert.deepEqual(modelExtensions().filter((e) => !e.startsWith('.')), []);
  });
});

describe('reading through the registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-registry-'));

  test('an ONNX file reads as a graph model named onnx, with its file size', async () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 4]);
    g.output('y', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['y']);
    const file = join(dir, 'm.onnx');
    const b = modelBytes(g, { opset: 13 });
    writeFileSync(file, b);
    const m = await readModel(file);
    assert.equal(m.kind, 'graph');
    assert.equal(m.format.name, 'onnx');
    assert.equal(m.fileBytes, b.byteLength);
    assert.equal(m.sideFileBytes, 0);
    if (m.kind === 'graph') assert.equal(m.model.format, 'onnx');
  });

  test('a file no format reads is a one-line error naming it and the known formats', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello');
    await assert.rejects(readModel(file), (e: unknown) => {
      assert.ok(e instanceof ModelFileError);
      assert.equal(e.file, file);
      assert.match(e.detail, /^not a model file this tool reads: .*ONNX \(\.onnx, \.pb\).*TensorFlow \(\.pb\)/);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  });

  test('empty and missing files are one-line errors before any format is asked', async () => {
    const empty = join(dir, 'empty.onnx');
    writeFileSync(empty, '');
    await assert.rejects(readModel(empty), /file is empty \(0 bytes\)/);
    await assert.rejects(readModel(join(dir, 'missing.onnx')), /no such file/);
  });

  test('side files: ONNX external data named inside the model, from bytes or from the file; its bytes counted', async () => {
    const file = writeExternalModel(join(dir, 'ext'));
    assert.deepEqual(await sideFileLocations('m/model.onnx', { bytes: readFileSync(file) }), ['weights.data']);
    assert.deepEqual(await sideFileLocations('m/model.onnx', { file }), ['weights.data']);
    // One float32 [4, 4] tensor: 16 * 4 = 64 bytes of external data.
    assert.equal((await readModel(file)).sideFileBytes, 64);
    // Too large to scan: ONNX cannot tell without its content.
    assert.deepEqual(await sideFileLocations('m/model.onnx', null), []);
    assert.deepEqual(await sideFileLocations('m/readme.txt', { bytes: bytes('text') }), []);
  });
});

describe('default globs: .bin and .pb only with a signature; several-file models by key', () => {
  const FIXT = 'test/fixtures';
  const head = (b: Uint8Array): Uint8Array => b.subarray(0, HEAD_BYTES);

  test('the default globs take the endings non-model files share, which need a signature', () => {
    assert.ok(modelExtensions().includes('.bin') && modelExtensions().includes('.pb'));
    assert.equal(needsSignatureByDefault('hf/model_weights.bin'), true);
    assert.equal(needsSignatureByDefault('hf/pytorch_model.bin'), false, "Hugging Face's name for PyTorch weights");
    assert.equal(needsSignatureByDefault('tf/frozen_graph.pb'), true);
    assert.equal(needsSignatureByDefault('tf/export/saved_model.pb'), false, 'a SavedModel by its name');
    assert.equal(needsSignatureByDefault('m/model.onnx'), false);
    assert.equal(needsSignatureByDefault('m/model.safetensors'), false);
  });

  test('a default-glob .bin is a model when torch wrote it (zip or legacy), not when it is other bytes', async () => {
    for (const f of ['resnet_state_dict.pt', 'resnet_legacy.pt']) {
      const b = readFileSync(`${FIXT}/pytorch/${f}`);
      assert.equal(await isModelByDefault('m/model_weights.bin', head(b), b.byteLength), true, f);
    }
    const floats = new Uint8Array(new Float32Array([1, 0.5, -2, 3]).buffer);
    assert.equal(await isModelByDefault('onnx/weights.bin', floats, floats.byteLength), false);
  });

  test('a torch zip whose folder (the file stem) is long is a model by default: sharded HF shards, fp16 variants, a 255-byte stem', async () => {
    const W: FakeTensor = { name: 'w', storageType: 'FloatStorage', key: '0', numel: 4, dims: [4] };
    // The first entry is `<stem>/data.pkl`, 30 header bytes before it: 30 + 28 + 9 = 67 bytes for
    // `pytorch_model-00001-of-00002` (the old 64-byte head cut it), 30 + 255 + 9 = 294 for a 255-byte stem.
    for (const stem of ['pytorch_model-00001-of-00002', 'diffusion_pytorch_model.fp16', 'b'.repeat(26), 'c'.repeat(255)]) {
      const b = zipBytes(stateDictZipItems([W], { folder: stem }));
      assert.equal(await isModelByDefault(`hf/${stem}.bin`, head(b), b.byteLength), true, stem);
    }
    // A stem longer than the head holds (500 bytes: 30 + 500 > 512) is torch's while what the head shows is one path segment.
    const huge = zipBytes(stateDictZipItems([W], { folder: 'd'.repeat(500) }));
    assert.equal(await isModelByDefault('hf/huge.bin', head(huge), huge.byteLength), true);
    // Other zips are not: a whole first name that is no torch entry (however long), a cut name
    // whose folder holds something torch never writes first.
    const notTorch = ['a_long_document_name_inside_a_zip_archive.txt', 'assets/readme_with_a_long_name_for_the_test.txt', `${'e'.repeat(470)}/readme.md`];
    for (const name of notTorch) {
      const b = zipBytes([{ name, data: new Uint8Array(8) }]);
      assert.equal(await isModelByDefault('data/archive.bin', head(b), b.byteLength), false, name.slice(0, 40));
    }
  });

  test("a .bin with Hugging Face's name for PyTorch weights is a model whatever its bytes: an LFS pointer or a broken file is reported, not skipped", async () => {
    const pointer = Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 123456\n');
    const names = ['hf/pytorch_model.bin', 'hf/pytorch_model-00001-of-00002.bin', 'unet/diffusion_pytorch_model.fp16.bin', 'unet/diffusion_pytorch_model.bin', 'hf/PyTorch_Model.fp16-00002-of-00003.bin'];
    for (const name of names) {
      assert.equal(needsSignatureByDefault(name), false, name);
      assert.equal(await isModelByDefault(name, pointer, pointer.byteLength), true, name);
    }
    // Other .bin names still need the signature: ONNX external data, OpenVINO weights, a look-alike.
    for (const name of ['onnx/weights.bin', 'ov/openvino_model.bin', 'hf/pytorch_model_bin.bin', 'hf/my_pytorch_model.bin', 'hf/pytorch_model-1-of-2.bin']) {
      assert.equal(await isModelByDefault(name, pointer, pointer.byteLength), false, name);
    }
    // Read, such a file goes to the PyTorch reader, which says what it is.
    const dir = mkdtempSync(join(tmpdir(), 'mb-hfname-'));
    writeFileSync(join(dir, 'pytorch_model.bin'), Buffer.from('hello, this is not a model at all'));
    await assert.rejects(readModel(join(dir, 'pytorch_model.bin')), (e: unknown) => e instanceof ModelFileError && /not a PyTorch file: neither a zip archive nor a legacy torch\.save file/.test(e.message));
    writeFileSync(join(dir, 'weights.bin'), Buffer.from('hello, this is not a model at all'));
    await assert.rejects(readModel(join(dir, 'weights.bin')), (e: unknown) => e instanceof ModelFileError && /not a model file this tool reads/.test(e.message));
  });

  test('a zip that only a cut first name let through is confirmed by the reader from its central directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-longzip-'));
    const W: FakeTensor = { name: 'w', storageType: 'FloatStorage', key: '0', numel: 4, dims: [4] };
    // The torch zip: one float32 [4] tensor, 4 params.
    writeFileSync(join(dir, 'torch.bin'), zipBytes(stateDictZipItems([W], { folder: 'd'.repeat(500) })));
    const torch = await readModel(join(dir, 'torch.bin'));
    assert.deepEqual(torch.kind === 'weights' ? torch.weights.tensors.map((t) => [t.name, t.elements]) : null, [['w', 4]]);
    // A zip whose 500-byte first name the head cuts, with no data.pkl: the reader says so.
    writeFileSync(join(dir, 'other.bin'), zipBytes([{ name: 'f'.repeat(500), data: new Uint8Array(8) }]));
    await assert.rejects(readModel(join(dir, 'other.bin')), (e: unknown) => e instanceof ModelFileError && /without data\.pkl/.test(e.message));
  });

  test('a default-glob .pb is a model when it starts like a GraphDef or an ONNX model', async () => {
    const gd = encodeTf('GraphDef', { node: [opNode('input', 'Placeholder', []), opNode('y', 'Relu', ['input'])] });
    assert.equal(looksLikeGraphDef(head(gd)), true);
    assert.equal(await isModelByDefault('frozen.pb', head(gd), gd.byteLength), true);
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 4]);
    g.output('x', 'float32', [1, 4]);
    const onnx = modelBytes(g);
    assert.equal(await isModelByDefault('model.pb', head(onnx), onnx.byteLength), true);
    // A record whose field 1 is a varint; a node name with a space; an op name starting with a digit.
    assert.equal(looksLikeGraphDef(Buffer.from([0x08, 0x01, 0x12, 0x03, 0x61, 0x62, 0x63])), false);
    assert.equal(looksLikeGraphDef(Buffer.from([0x0a, 0x08, 0x0a, 0x03, 0x61, 0x20, 0x62, 0x12, 0x01, 0x41])), false);
    assert.equal(looksLikeGraphDef(Buffer.from([0x0a, 0x08, 0x0a, 0x03, 0x61, 0x2f, 0x62, 0x12, 0x01, 0x31])), false);
    assert.equal(looksLikeGraphDef(Buffer.from([0x0a, 0x08, 0x0a, 0x03, 0x61, 0x2f, 0x62, 0x12, 0x01, 0x41])), true);
    // A node name longer than the head: what the head holds must fit.
    const long = encodeTf('GraphDef', { node: [opNode(`scope/${'x'.repeat(100)}`, 'Const', [])] });
    assert.equal(looksLikeGraphDef(head(long)), true);
    assert.equal(await isModelByDefault('data/record.pb', Buffer.from([0x08, 0x01]), 2), false);
  });

  test('a default-glob .h5 is a model only with Keras content (root attributes or groups), read from its first MiB', async () => {
    assert.deepEqual(defaultGlobCheck('data/era5.h5'), { bytes: 1024 * 1024, skipped: 'an HDF5 file without Keras content' });
    assert.deepEqual(defaultGlobCheck('m/model.WEIGHTS.H5'), { bytes: 1024 * 1024, skipped: 'an HDF5 file without Keras content' });
    assert.equal(defaultGlobCheck('m/model.keras'), null, 'a .keras is a model by its name');
    assert.equal(defaultGlobCheck('m/model.bin')?.bytes, HEAD_BYTES);
    const probe = (b: Uint8Array): Uint8Array => b.subarray(0, 1024 * 1024);
    // model_config + model_weights (legacy), the same behind a user block (superblock v3),
    // layer_names without a config (legacy weights only), a `layers` group (Keras 3 weights).
    for (const f of ['mlp_legacy.h5', 'mlp_latest_userblock.h5', 'mlp_legacy_weights_only.h5', 'mlp.weights.h5', 'dense_with_metrics.weights.h5']) {
      const b = readFileSync(`${FIXT}/keras/${f}`);
      assert.equal(await isModelByDefault(`m/${f}`, probe(b), b.byteLength), true, f);
    }
    // A netCDF4-like dataset: root attributes Conventions/title, datasets temperature/lat.
    const data = readFileSync(`${FIXT}/keras/not_keras_dataset.h5`);
    assert.equal(await isModelByDefault('data/not_keras_dataset.h5', probe(data), data.byteLength), false);
    // Only the prefix is read of a large file: the root lies in it, so a 50 MiB dataset is
    // skipped and a 500 MiB Keras file counted from their first bytes alone.
    assert.equal(await isModelByDefault('data/big.h5', data, 50 * 1024 * 1024), false);
    const legacy = readFileSync(`${FIXT}/keras/mlp_legacy.h5`);
    assert.equal(await isModelByDefault('m/big.h5', legacy.subarray(0, 4096), 500 * 1024 * 1024), true);
    // What the prefix cannot settle counts as a model (the reader then names what is wrong):
    // a Git LFS pointer, corrupt HDF5, a root that lies past the bytes read.
    const pointer = Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 123456\n');
    assert.equal(await isModelByDefault('m/model.h5', pointer, pointer.byteLength), true);
    assert.equal(await isModelByDefault('m/model.h5', data.subarray(0, 200), data.byteLength), true);
    assert.equal(await isModelByDefault('m/model.h5', data.subarray(0, 40), data.byteLength), true);
  });

  test('model keys: a shard is its set, a SavedModel variable file its folder\'s saved_model.pb', () => {
    assert.deepEqual(modelKeyOf('m/model-00002-of-00004.safetensors'), {
      key: 'm/model.safetensors.index.json',
      entries: ['m/model.safetensors.index.json', 'm/model-00001-of-00004.safetensors', 'm/model-00002-of-00004.safetensors'],
      // Its numbered set (another size under the same prefix is another set): its first shard.
      set: 'm/model-00001-of-00004.safetensors',
    });
    // A number its set has not puts the file in no set: it is a model of its own.
    assert.deepEqual(modelKeyOf('m/model-00005-of-00004.safetensors').set, undefined);
    assert.deepEqual(modelKeyOf('m/model-00000-of-00004.safetensors').set, undefined);
    assert.deepEqual(modelKeyOf('m/model-00004-of-00004.safetensors').set, 'm/model-00001-of-00004.safetensors');
    assert.deepEqual(modelKeyOf('m/model.safetensors.index.json'), { key: 'm/model.safetensors.index.json', entries: ['m/model.safetensors.index.json'] });
    assert.deepEqual(modelKeyOf('export/variables/variables.index'), { key: 'export/saved_model.pb', entries: ['export/saved_model.pb'] });
    assert.deepEqual(modelKeyOf('variables/variables.data-00001-of-00002'), { key: 'saved_model.pb', entries: ['saved_model.pb'] });
    // A checkpoint outside a variables/ folder, and any other file, is its own key.
    assert.deepEqual(modelKeyOf('ckpt/variables.index'), { key: 'ckpt/variables.index', entries: ['ckpt/variables.index'] });
    assert.deepEqual(modelKeyOf('m/model.onnx.data'), { key: 'm/model.onnx.data', entries: ['m/model.onnx.data'] });
  });

  test('an ONNX file is opened once: its first bytes and its graph are read through one descriptor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-once-'));
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['y']);
    g.output('y', 'float32', [1, 4]);
    writeFileSync(join(dir, 'm.onnx'), modelBytes(g));
    await readModel(join(dir, 'm.onnx')); // Loads the ONNX reader first.
    const opened: string[] = [];
    const openSync = fs.openSync;
    fs.openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
      opened.push(String(path));
      return (openSync as (...a: unknown[]) => number)(path, ...rest);
    }) as typeof fs.openSync;
    syncBuiltinESMExports();
    try {
      const loaded = await readModel(join(dir, 'm.onnx'));
      assert.ok(loaded.kind === 'graph');
      assert.equal(loaded.model.graph.nodes[0]!.opType, 'Relu');
    } finally {
      fs.openSync = openSync;
      syncBuiltinESMExports();
    }
    assert.deepEqual(opened, [join(dir, 'm.onnx')]);
  });

  test('a SavedModel folder given instead of a file is its saved_model.pb; another folder is a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-sm-'));
    writeSavedModel(join(dir, 'export'), { node: [opNode('x', 'Placeholder', [])] }, [{ name: 'dense/kernel/.ATTRIBUTES/VARIABLE_VALUE', dtype: DT.float, dims: [4, 3] }]);
    const loaded = await readModel(join(dir, 'export'));
    assert.equal(loaded.format.name, 'tensorflow');
    assert.ok(loaded.kind === 'weights');
    // 4 x 3 = 12 params.
    assert.equal(loaded.weights.tensors.filter((t) => t.role === 'param').reduce((s, t) => s + t.elements, 0), 12);
    await assert.rejects(readModel(dir), (e: unknown) => e instanceof ModelFileError && e.message === `${dir}: is a directory without a model file in it (a model folder holds saved_model.pb)`);
  });
});
