/**
 * Keras files (.keras, legacy .h5, .weights.h5) through our HDF5 reader. The fixtures in
 * test/fixtures/keras/ are written by scripts/make-keras-fixtures.py with a real HDF5 library
 * (h5py) in the layouts the Keras saving format describes; the numbers here are worked by hand.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { memorySource } from '../../src/formats/pytorch/byte-source.js';
import { Hdf5File, objectAt, walkDatasets } from '../../src/formats/keras/hdf5.js';
import { parseModel } from '../../src/formats/keras/config.js';
import type { Json } from '../../src/formats/keras/config.js';
import { readKerasBytes, readKerasFile } from '../../src/formats/keras/reader.js';
import { kerasToIr } from '../../src/formats/keras/to-ir.js';
import { kerasSnakeCase } from '../../src/formats/keras/weights.js';
import { detectFormat, HEAD_BYTES, readModel } from '../../src/formats/registry.js';
import { ModelFileError } from '../../src/graph/errors.js';
import { registry } from '../../src/ops/index.js';
import { profileFile } from '../../src/profile/index.js';
import { runEngine } from '../../src/shapes/engine.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { readOnnxBytes } from '../../src/formats/onnx/reader.js';
import { zipBytes } from '../support/pytorch-writer.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, '..', '..', '..', 'test', 'fixtures', 'keras');
const fixture = (name: string): string => join(FIXTURES, name);

const tmp = mkdtempSync(join(tmpdir(), 'mb-keras-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let seq = 0;
const fresh = (ext: string): string => join(tmp, `m${seq++}${ext}`);

function errorOf(read: () => unknown): ModelFileError {
  try {
    read();
  } catch (e) {
    assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
    assert.ok(!e.message.includes('\n'), 'one line');
    return e;
  }
  assert.fail('expected an error');
}


describe('HDF5 reader', () => {
  test('superblock v0 (h5py default): groups, dataset shapes and dtypes, string attributes', () => {
    const bytes = readFileSync(fixture('mlp_legacy.h5'));
    const f = new Hdf5File(memorySource(bytes), 0, bytes.length);
    assert.equal(f.superblockVersion, 0);
    const root = f.root();
    assert.equal(root.attribute('keras_version'), '2.15.0');
    assert.equal(root.attribute('backend'), 'tensorflow');
    const config = JSON.parse(root.attribute('model_config') as string) as { class_name: string };
    assert.equal(config.class_name, 'Sequential');
    assert.deepEqual(objectAt(f, 'model_weights')!.attribute('layer_names'), ['dense', 'batch_normalization', 'dropout', 'dense_1']);
    const kernel = walkDatasets(f, root).find((d) => d.path === 'model_weights/dense/dense/kernel:0')!;
    assert.deepEqual(kernel.dims, [100, 32]);
    assert.equal(kernel.dtype.name, 'float32');
    const iter = walkDatasets(f, root).find((d) => d.path === 'optimizer_weights/Adam/iter:0')!;
    assert.deepEqual(iter.dims, []);
    assert.equal(iter.elements, 1);
    assert.equal(iter.dtype.name, 'int64');
  });

  test('superblock v3 behind a 512-byte user block, v2 object headers and link messages', () => {
    const bytes = readFileSync(fixture('mlp_latest_userblock.h5'));
    const f = new Hdf5File(memorySource(bytes), 0, bytes.length);
    assert.equal(f.superblockVersion, 3);
    const paths = walkDatasets(f, f.root()).map((d) => `${d.path} ${d.dims.join('x')} ${d.dtype.name}`);
    assert.ok(paths.includes('model_weights/dense/dense/kernel:0 100x32 float32'), paths.join('\n'));
    assert.equal(paths.length, 8);
  });

  test('an HDF5 file inside a region (a stored zip entry) reads from its own offset', () => {
    const h5 = readFileSync(fixture('mlp.weights.h5'));
    const padded = new Uint8Array(h5.length + 777);
    padded.set(h5, 777);
    const f = new Hdf5File(memorySource(padded), 777, h5.length);
    assert.equal(walkDatasets(f, f.root()).length, 8);
  });
});

describe('Keras files', () => {
  test('.keras small CNN: trainable params, BatchNorm statistics and optimizer state apart, MACs and FLOPs', async () => {
    const p = await profileFile(fixture('small_cnn.keras'));
    // conv1 3*3*3*16 + 16 = 448; bn1 gamma + beta 16 + 16 = 32; conv2 3*3*16*32 + 32 = 4640; logits 32*10 + 10 = 330.
    assert.equal(p.params.total, 448 + 32 + 4640 + 330);
    assert.equal(p.params.bytes, 5450 * 4);
    // moving_mean + moving_variance: 16 + 16, not params.
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 32, bytes: 128 });
    // Adam: iterations (int64) + learning_rate (float32) + m and v per trainable variable: 2 + 2 * 5450.
    assert.deepEqual(p.weights?.optimizer, { tensors: 18, elements: 2 + 2 * 5450, bytes: 8 + 4 + 2 * 5450 * 4 });
    // Dropout's seed generator state: int64[2], neither params nor state of the model.
    assert.deepEqual(p.params.nonWeight, { elements: 2, bytes: 16 });
    const modules = new Map(p.weights!.modules.map((m) => [m.name, m.params]));
    assert.equal(modules.get('block'), 448 + 32);
    assert.equal(modules.get('block.conv1'), 448);
    assert.equal(modules.get('conv2'), 4640);
    // conv1 (same): 32*32*16 outputs * 3*3*3 taps = 442,368; conv2 (valid): 14*14*32 * 3*3*16 = 903,168; logits 32*10 = 320.
    assert.equal(p.totals?.macs, 442_368 + 903_168 + 320);
    // FLOPs: rescaling 3072 (x * scale; offset 0); conv1 2*442368 + 16384 bias; relu 16384; BN 2 * 16384;
    // max pool 16*16*16 outputs * 4 taps = 16384; conv2 2*903168 + 6272 bias; relu 6272; global mean 6272 adds + 32 divides;
    // logits 2*320 + 10 bias; softmax 3 * 10.
    assert.equal(p.totals?.flops, 3072 + (2 * 442_368 + 16_384) + 16_384 + 2 * 16_384 + 16_384 + (2 * 903_168 + 6272) + 6272 + (6272 + 32) + (640 + 10) + 30);
    assert.equal(p.totals?.lowerBound, false);
    assert.equal(p.model.format, 'keras');
    assert.deepEqual(p.inputs.map((i) => [i.name, i.shape]), [['image', [1, 32, 32, 3]]]);
    // Every group is found through Keras's class naming (layers/sequential/layers/batch_normalization is bn1): nothing to warn about.
    assert.deepEqual(p.warnings, []);
  });

  test('.keras groups are named by class and counter, not by layer name: the config names lead to the right layers', async () => {
    // mlp.weights.h5 holds layers/dense (100x32, 32), layers/batch_normalization (4 x 32), layers/dropout, layers/dense_1 (32x10, 10):
    // the groups Keras writes for Dense, BatchNormalization, Dropout, Dense, whatever the layers are called. Here the first
    // Dense is named "dense_1" and the second "dense" (the trap a lookup by name falls into), the BatchNormalization "norm".
    const layers = [
      { class_name: 'InputLayer', config: { batch_shape: [null, 100], name: 'x' } },
      { class_name: 'Dense', config: { name: 'dense_1', units: 32, activation: 'relu' } },
      { class_name: 'BatchNormalization', config: { name: 'norm', axis: -1 } },
      { class_name: 'Dropout', config: { name: 'drop', rate: 0.2 } },
      { class_name: 'Dense', config: { name: 'dense', units: 10, activation: 'softmax' } },
    ];
    const path = fresh('.keras');
    writeFileSync(path, zipBytes([
      { name: 'metadata.json', data: Buffer.from('{"keras_version":"3.3.3"}') },
      { name: 'config.json', data: Buffer.from(JSON.stringify({ module: 'keras', class_name: 'Sequential', config: { name: 'mlp', layers } })) },
      { name: 'model.weights.h5', data: readFileSync(fixture('mlp.weights.h5')) },
    ]));
    const p = await profileFile(path);
    // dense_1 (group dense): 100*32 + 32 = 3232; norm gamma + beta 32 + 32 = 64; dense (group dense_1): 32*10 + 10 = 330.
    assert.equal(p.params.total, 3232 + 64 + 330);
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 64, bytes: 128 });
    assert.deepEqual(new Map(p.weights!.modules.map((m) => [m.name, m.params])), new Map([['dense_1', 3232], ['norm', 64], ['dense', 330]]));
    // The first MatMul finds its float16 kernel under its config name: x 100 * 4 + W 100*32 * 2 + y 32 * 4 bytes.
    assert.equal(p.nodes!.find((n) => n.name === 'dense_1/matmul')!.memoryBytes, 400 + 6400 + 128);
    assert.deepEqual(p.warnings, []);
  });

  test('tf.keras 2.13 .keras: groups under _layer_checkpoint_dependencies, a layer with weights taking two names', async () => {
    // Sequential Dense (100->32), BatchNormalization, Dropout, Dense (32->10), named dense, batch_normalization, dropout, dense_1.
    // tf.keras 2.13 saved them at dense, batch_normalization, dropout and dense_2: each layer with weights stands twice in the
    // dict it walked, the second time taking a name (dense_1, batch_normalization_1) without writing a group.
    const p = await profileFile(fixture('mlp_tf213.keras'));
    // dense 100*32 + 32 = 3232; BN gamma + beta 64 (moving statistics 2 * 32 apart); dense_1 32*10 + 10 = 330.
    assert.equal(p.params.total, 3232 + 64 + 330);
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 64, bytes: 256 });
    assert.deepEqual(new Map(p.weights!.modules.map((m) => [m.name, m.params])), new Map([['dense', 3232], ['batch_normalization', 64], ['dense_1', 330]]));
    assert.deepEqual(p.warnings, []);
    assert.equal(p.model.producer, 'keras 2.13.1');
  });

  test('.keras weight groups that match no layer of the config are warned about, their roles read from the group names', async () => {
    // The config says LayerNormalization where the file holds layers/batch_normalization (4 x 32): no layer of the config
    // owns that group (a LayerNormalization's would be layers/layer_normalization).
    const layers = [
      { class_name: 'InputLayer', config: { batch_shape: [null, 100], name: 'x' } },
      { class_name: 'Dense', config: { name: 'a', units: 32 } },
      { class_name: 'LayerNormalization', config: { name: 'ln', axis: -1 } },
      { class_name: 'Dropout', config: { name: 'drop', rate: 0.2 } },
      { class_name: 'Dense', config: { name: 'b', units: 10 } },
    ];
    const path = fresh('.keras');
    writeFileSync(path, zipBytes([
      { name: 'config.json', data: Buffer.from(JSON.stringify({ module: 'keras', class_name: 'Sequential', config: { name: 'mlp', layers } })) },
      { name: 'model.weights.h5', data: readFileSync(fixture('mlp.weights.h5')) },
    ]));
    const p = await profileFile(path);
    // The group's name says BatchNormalization: gamma + beta 64 params, moving statistics 64 apart; 3232 + 64 + 330 = 3626.
    assert.equal(p.params.total, 3626);
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 64, bytes: 128 });
    assert.equal(p.warnings.length, 1);
    assert.match(p.warnings[0]!, /^4 variables \(128 elements, first "layers\/batch_normalization\/vars\/0"\) sit in weight groups that match no layer of the model config/);
  });

  test('legacy .h5 MLP: params from model_weights, optimizer_weights never counted', async () => {
    const p = await profileFile(fixture('mlp_legacy.h5'));
    // dense 100*32 + 32 = 3232; BN gamma + beta 32 + 32 = 64; dense_1 32*10 + 10 = 330.
    assert.equal(p.params.total, 3232 + 64 + 330);
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 64, bytes: 256 });
    // Adam/iter (int64 scalar) + m and v for each of the 3626 trainable params.
    assert.deepEqual(p.weights?.optimizer, { tensors: 13, elements: 1 + 2 * 3626, bytes: 8 + 2 * 3626 * 4 });
    // MatMul 100*32 + 32*10 = 3520 MACs.
    assert.equal(p.totals?.macs, 3520);
    // 2*3200 + 32 bias + 32 relu + 2*32 BN + 2*320 + 10 bias + 3*10 softmax.
    assert.equal(p.totals?.flops, 6400 + 32 + 32 + 64 + 640 + 10 + 30);
    assert.equal(p.model.formatVersion, 'legacy HDF5');
    assert.equal(p.model.producer, 'keras 2.15.0');
    assert.deepEqual(new Map(p.weights!.modules.map((m) => [m.name, m.params])), new Map([['dense', 3232], ['dense_1', 330], ['batch_normalization', 64]]));
  });

  test('the same model in the newest HDF5 layouts gives the same numbers', async () => {
    const a = await profileFile(fixture('mlp_legacy.h5'));
    const b = await profileFile(fixture('mlp_latest_userblock.h5'));
    assert.equal(b.params.total, a.params.total);
    assert.equal(b.totals?.macs, a.totals?.macs);
    assert.equal(b.weights?.optimizer.tensors, 0);
  });

  test('.weights.h5 (Keras 3 save_weights): weights only, float16 bytes, costs n/a with the reason', async () => {
    const p = await profileFile(fixture('mlp.weights.h5'));
    // Without a config the group names tell the classes: layers/batch_normalization's vars 2 and 3 are its moving statistics.
    // 3232 + 64 + 330 = 3626 params of 2 bytes; 2 * 32 statistics apart.
    assert.equal(p.params.total, 3232 + 64 + 330);
    assert.deepEqual(p.params.byDtype, { float16: { elements: 3626, bytes: 7252 } });
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 64, bytes: 128 });
    assert.equal(p.totals, null);
    assert.match(p.unavailable!.reason, /no model config/);
    assert.deepEqual(p.warnings, []);
  });

  test('.weights.h5 of the small CNN (its model.weights.h5 alone): the class-named groups tell params from state', () => {
    const zip = readFileSync(fixture('small_cnn.keras'));
    const at = zip.indexOf(Buffer.from('\x89HDF\r\n\x1a\n', 'latin1'));
    const read = readKerasBytes(zip.subarray(at), 'small_cnn.weights.h5');
    const sum = (role: string): number => read.weights.tensors.filter((t) => t.role === role).reduce((n, t) => n + t.elements, 0);
    // conv2d 448 + batch_normalization gamma, beta 32 + conv2d 4640 + dense 330 = 5450; moving statistics 16 + 16.
    assert.equal(sum('param'), 5450);
    assert.equal(sum('buffer'), 32);
    assert.equal(sum('optimizer'), 2 + 2 * 5450);
    assert.deepEqual(read.weights.warnings, []);
  });

  test('.weights.h5 with a class the reader cannot name variables for: counted as params, with a warning', async () => {
    const p = await profileFile(fixture('lstm.weights.h5'));
    // layers/lstm/cell/vars: kernel 3*32 + recurrent kernel 8*32 + bias 32 = 384.
    assert.equal(p.params.total, 96 + 256 + 32);
    assert.equal(p.warnings.length, 1);
    assert.match(p.warnings[0]!, /3 variables \(384 elements, first "layers\/lstm\/cell\/vars\/0"\) of classes the reader cannot name variables for are counted as params/);
  });

  test('Keras 3 snake case of class names (naming.to_snake_case)', () => {
    const cases: [string, string][] = [['BatchNormalization', 'batch_normalization'], ['Conv2DTranspose', 'conv2d_transpose'], ['GlobalAveragePooling2D', 'global_average_pooling2d'],
      ['PReLU', 'p_re_lu'], ['ReLU', 're_lu'], ['UpSampling2D', 'up_sampling2d'], ['LSTM', 'lstm'], ['ABCDef', 'abc_def'], ['My.Layer$2', 'my_layer2'], ['InputLayer', 'input_layer'],
      ['_Private', '__private']];
    for (const [cls, snake] of cases) assert.equal(kerasSnakeCase(cls), snake, cls);
    // tf.keras 2 (generic_utils.to_snake_case): a private class gets a 'private' prefix; non-word characters stay. (Values from Python's re.)
    assert.equal(kerasSnakeCase('_Private', true), 'private__private');
    assert.equal(kerasSnakeCase('BatchNormalization', true), 'batch_normalization');
  });

  test('a dataset path past 4,096 characters is refused (names nested 64 deep would make each path megabytes)', async () => {
    // layers/<5,000 n>/vars/0: the group's own path is already 7 + 5,000 characters.
    await assert.rejects(profileFile(fixture('long_path.weights.h5')), (e: unknown) =>
      e instanceof ModelFileError && /long_path\.weights\.h5: invalid HDF5 \(Keras\) file: an HDF5 path longer than 4096 characters \(at "layers\/n{73}"\.\.\.\)$/.test(e.message));
  });

  test('.keras built from the float16 weights: the config tells BatchNorm statistics apart, the graph reads float16 weights', async () => {
    const config = {
      module: 'keras', class_name: 'Sequential',
      config: {
        name: 'mlp', layers: [
          { class_name: 'InputLayer', config: { batch_shape: [null, 100], name: 'x' } },
          { class_name: 'Dense', config: { name: 'dense', units: 32, activation: 'relu' } },
          { class_name: 'BatchNormalization', config: { name: 'batch_normalization', axis: -1 } },
          { class_name: 'Dropout', config: { name: 'dropout', rate: 0.2 } },
          { class_name: 'Dense', config: { name: 'dense_1', units: 10, activation: 'softmax' } },
        ],
      },
    };
    const path = fresh('.keras');
    writeFileSync(path, zipBytes([
      { name: 'metadata.json', data: Buffer.from('{"keras_version":"3.3.3"}') },
      { name: 'config.json', data: Buffer.from(JSON.stringify(config)) },
      { name: 'model.weights.h5', data: readFileSync(fixture('mlp.weights.h5')) },
    ]));
    const read = readKerasFile(path);
    // vars/2 and vars/3 of a BatchNormalization are moving_mean and moving_variance.
    assert.deepEqual(read.weights.tensors.filter((t) => t.role === 'buffer').map((t) => t.name).sort(), ['batch_normalization.moving_mean', 'batch_normalization.moving_variance']);
    assert.equal(read.graph!.model.graph.initializers.get('dense/kernel')!.dtype, 'float16');
    const p = await profileFile(path);
    assert.equal(p.params.total, 3626);
    assert.deepEqual(p.params.byDtype, { float16: { elements: 3626, bytes: 7252 } });
    // Memory access of the first MatMul: x 100 * 4 + W 100*32 * 2 (float16) + y 32 * 4 = 6928 bytes.
    const matmul = p.nodes!.find((n) => n.name === 'dense/matmul')!;
    assert.equal(matmul.memoryBytes, 400 + 6400 + 128);
  });

  test('tf.keras 2 save_weights .h5: layer groups at the root; the names tell BatchNorm statistics apart', async () => {
    const p = await profileFile(fixture('mlp_legacy_weights_only.h5'));
    // 3232 + 64 + 330 learned; moving_mean + moving_variance 2 * 32 apart.
    assert.equal(p.params.total, 3626);
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 64, bytes: 256 });
    assert.equal(p.totals, null);
    assert.equal(p.model.formatVersion, 'weights-only HDF5');
    assert.deepEqual(p.warnings, []);
  });

  test('metric trackers saved beside the layers are state, not params', async () => {
    const p = await profileFile(fixture('dense_with_metrics.weights.h5'));
    // dense: 4*2 + 2 = 10 params; compile_metrics total + count: 2 scalars of state.
    assert.equal(p.params.total, 10);
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 2, bytes: 8 });
  });

  test('recognised by signature and by name', () => {
    for (const name of ['small_cnn.keras', 'mlp_legacy.h5', 'mlp.weights.h5']) {
      const bytes = readFileSync(fixture(name));
      assert.equal(detectFormat('x.bin', bytes.subarray(0, HEAD_BYTES), bytes.length)?.name, 'keras', name);
    }
    assert.equal(detectFormat('m.keras', new Uint8Array(8), 8)?.name, 'keras');
  });
});

// ---- costs: a Keras layer costs what the ONNX op of the same shape costs --------------------

function kerasTotals(layers: Json[], inputShape: (number | null)[], dtype = 'float32'): { macs: number; flops: number } {
  const config: Json = {
    class_name: 'Sequential',
    config: { name: 's', layers: [{ class_name: 'InputLayer', config: { batch_shape: inputShape, dtype, name: 'x' } }, ...layers] },
  };
  const { model, unknownLayers, warnings } = kerasToIr(parseModel(config), { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map() });
  assert.equal(unknownLayers.size, 0);
  assert.deepEqual(warnings, []);
  const r = runEngine(model, (d, op, v) => registry.lookup(d, op, v));
  assert.deepEqual(r.lowerBoundReasons, []);
  return { macs: r.totals.macs, flops: r.totals.flops };
}

function onnxTotals(build: (g: GraphBuilder) => void): { macs: number; flops: number } {
  const g = new GraphBuilder('main');
  build(g);
  const { model } = readOnnxBytes(modelBytes(g, { opset: 17 }), 'm.onnx');
  const r = runEngine(model, (d, op, v) => registry.lookup(d, op, v));
  return { macs: r.totals.macs, flops: r.totals.flops };
}

const layer = (class_name: string, config: Record<string, Json>): Json => ({ class_name, config: { name: class_name.toLowerCase(), ...config } });

describe('Keras layers cost what ONNX ops of the same shape cost', () => {
  test('Bidirectional merge_mode sum/ave: the merged output keeps its shape; without return_sequences only the last step is merged', () => {
    const bidir = (mode: string, seq: boolean): Json => layer('Bidirectional', { merge_mode: mode, layer: { class_name: 'GRU', config: { name: 'g', units: 4, return_sequences: seq } } });
    const dense = layer('Dense', { units: 3, use_bias: false });
    // GRU both ways over 5 steps of 3 features, 4 units: 2 * 5 * 3*4*(3+4) = 840 MACs; FLOPs
    // 2 * 840 + 2 * 5 * 4 * (8 + 6) = 2,240.
    // sum, sequences: ReduceSum of [1,5,2,4] over the direction axis, 40 FLOPs -> [1,5,4]; Dense
    // 5 * 4 * 3 = 60 MACs. The sum had reduced to a scalar (ReduceSum at opset 17 ignores an `axes`
    // attribute), the Dense failed on it and the totals were a lower bound of 840 MACs.
    assert.deepEqual(kerasTotals([bidir('sum', true), dense], [null, 5, 3]), { macs: 900, flops: 2240 + 40 + 120 });
    // ave, last step only: Keras averages the two directions' last outputs, [1,2,4] -> [1,4]: 8 adds
    // + 4 divides; Dense 4 * 3 = 12 MACs. Merging all 5 steps first had counted 40 + 20 = 60.
    assert.deepEqual(kerasTotals([bidir('ave', false), dense], [null, 5, 3]), { macs: 852, flops: 2240 + 12 + 24 });
    // sum, last step only: 8 adds -> [1,4]; it had been a scalar too.
    assert.deepEqual(kerasTotals([bidir('sum', false), dense], [null, 5, 3]), { macs: 852, flops: 2240 + 8 + 24 });
  });

  test('Bidirectional merge_mode None (stored null) returns the directions apart: not costed, not a concat', () => {
    // Keras's default (no merge_mode stored) is concat: [1,5,8], Dense 5 * 8 * 3 = 120 MACs on top
    // of the GRUs' 840. A stored null is None, two [1,5,4] tensors: read as the default, the Dense
    // was costed on the concat width (960 MACs, exact).
    const bidir = (cfg: Record<string, Json>): Json => layer('Bidirectional', { ...cfg, layer: { class_name: 'GRU', config: { name: 'g', units: 4, return_sequences: true } } });
    const dense = layer('Dense', { units: 3, use_bias: false });
    assert.equal(kerasTotals([bidir({}), dense], [null, 5, 3]).macs, 960);
    const config: Json = {
      class_name: 'Sequential',
      config: { name: 's', layers: [{ class_name: 'InputLayer', config: { batch_shape: [null, 5, 3], dtype: 'float32', name: 'x' } }, bidir({ merge_mode: null }), dense] },
    };
    const { model } = kerasToIr(parseModel(config), { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map() });
    const r = runEngine(model, (d, op, v) => registry.lookup(d, op, v));
    // The layer is an op not costed (the Dense after it has no input shape): nothing counted, a lower bound.
    assert.equal(r.totals.macs, 0);
    assert.ok(r.lowerBoundReasons.some((x) => x.includes('keras::Bidirectional')), r.lowerBoundReasons.join('; '));
  });

  test('Conv2D 3x3 stride 2 same, 8 -> 16 channels = ONNX Conv', () => {
    const k = kerasTotals([layer('Conv2D', { filters: 16, kernel_size: [3, 3], strides: [2, 2], padding: 'same', use_bias: true })], [null, 15, 15, 8]);
    const o = onnxTotals((g) => {
      g.input('x', 'float32', [1, 8, 15, 15]);
      g.node('Conv', ['x', g.initializer('w', 'float32', [16, 8, 3, 3]), g.initializer('b', 'float32', [16])], ['y'], { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] });
      g.output('y', 'float32', [1, 16, 8, 8]);
    });
    // 8*8 outputs * 16 channels * 3*3*8 taps = 73,728.
    assert.equal(k.macs, 73_728);
    assert.deepEqual(k, o);
  });

  test('DepthwiseConv2D 3x3 = ONNX Conv with group = channels', () => {
    const k = kerasTotals([layer('DepthwiseConv2D', { kernel_size: 3, padding: 'valid', use_bias: false })], [null, 10, 10, 4]);
    const o = onnxTotals((g) => {
      g.input('x', 'float32', [1, 4, 10, 10]);
      g.node('Conv', ['x', g.initializer('w', 'float32', [4, 1, 3, 3])], ['y'], { kernel_shape: [3, 3], group: 4 });
      g.output('y', 'float32', [1, 4, 8, 8]);
    });
    // 8*8*4 outputs * 9 taps = 2304.
    assert.equal(k.macs, 2304);
    assert.deepEqual(k, o);
  });

  test('Dense = ONNX MatMul + Add', () => {
    const k = kerasTotals([layer('Dense', { units: 10, use_bias: true })], [null, 64]);
    const o = onnxTotals((g) => {
      g.input('x', 'float32', [1, 64]);
      g.node('MatMul', ['x', g.initializer('w', 'float32', [64, 10])], ['m']);
      g.node('Add', ['m', g.initializer('b', 'float32', [10])], ['y']);
      g.output('y', 'float32', [1, 10]);
    });
    assert.equal(k.macs, 640);
    assert.deepEqual(k, o);
  });

  test('LSTM (last state) = ONNX LSTM with layout 1', () => {
    const k = kerasTotals([layer('LSTM', { units: 8, use_bias: true })], [null, 5, 3]);
    const o = onnxTotals((g) => {
      g.input('x', 'float32', [1, 5, 3]);
      g.node('LSTM', ['x', g.initializer('w', 'float32', [1, 32, 3]), g.initializer('r', 'float32', [1, 32, 8]), g.initializer('b', 'float32', [1, 64])], ['y'], { layout: 1, hidden_size: 8 });
      g.output('y', 'float32', [1, 5, 1, 8]);
    });
    // 5 steps * 8 units * 4 gates * (3 inputs + 8 recurrent) = 1760.
    assert.equal(k.macs, 1760);
    assert.deepEqual(k, o);
  });

  test('Conv1D = a Conv2D of height 1; SeparableConv2D = depthwise + pointwise; MultiHeadAttention by hand', () => {
    // Conv1D k=3 valid, 4 -> 6 channels over 10 steps: 8 outputs * 6 * 3 * 4 = 576.
    assert.equal(kerasTotals([layer('Conv1D', { filters: 6, kernel_size: 3 })], [null, 10, 4]).macs, 576);
    // Separable 3x3 same on 8x8x4, 10 filters: depthwise 8*8*4*9 = 2304, pointwise 8*8*10*4 = 2560.
    assert.equal(kerasTotals([layer('SeparableConv2D', { filters: 10, kernel_size: 3, padding: 'same' })], [null, 8, 8, 4]).macs, 2304 + 2560);
    // MHA, 2 heads of key_dim 4 on [1, 6, 16] self-attention: Q, K, V projections 3 * 6*16*8 = 2304;
    // scores 2 heads * 6*6*4 = 288; weighted values 288; output projection 6*8*16 = 768.
    const mha: Json = {
      class_name: 'Functional',
      config: {
        name: 'f',
        layers: [
          { class_name: 'InputLayer', name: 'x', config: { batch_shape: [null, 6, 16], name: 'x' }, inbound_nodes: [] },
          { class_name: 'MultiHeadAttention', name: 'mha', config: { name: 'mha', num_heads: 2, key_dim: 4 }, inbound_nodes: [[['x', 0, 0, {}], ['x', 0, 0, {}]]] },
        ],
        input_layers: [['x', 0, 0]],
        output_layers: [['mha', 0, 0]],
      },
    };
    const { model } = kerasToIr(parseModel(mha), { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map() });
    assert.equal(runEngine(model, (d, op, v) => registry.lookup(d, op, v)).totals.macs, 2304 + 288 + 288 + 768);
  });

  test('tf.keras 2 Functional (residual add, layers listed out of order) and a Sequential without an InputLayer', () => {
    // input [8, 8, 4] -> conv (3x3 same, 4 filters) -> add(input, conv) -> flatten -> dense(2).
    const functional: Json = {
      class_name: 'Functional',
      config: {
        name: 'res',
        layers: [
          { class_name: 'Dense', name: 'head', config: { name: 'head', units: 2 }, inbound_nodes: [[['flat', 0, 0, {}]]] },
          { class_name: 'InputLayer', name: 'x', config: { batch_input_shape: [null, 8, 8, 4], name: 'x' }, inbound_nodes: [] },
          { class_name: 'Conv2D', name: 'conv', config: { name: 'conv', filters: 4, kernel_size: [3, 3], padding: 'same', activation: 'linear' }, inbound_nodes: [[['x', 0, 0, {}]]] },
          { class_name: 'Add', name: 'add', config: { name: 'add' }, inbound_nodes: [[['x', 0, 0, {}], ['conv', 0, 0, {}]]] },
          { class_name: 'Flatten', name: 'flat', config: { name: 'flat' }, inbound_nodes: [[['add', 0, 0, {}]]] },
        ],
        input_layers: [['x', 0, 0]],
        output_layers: [['head', 0, 0]],
      },
    };
    const { model } = kerasToIr(parseModel(functional), { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map() });
    const r = runEngine(model, (d, op, v) => registry.lookup(d, op, v));
    // conv: 8*8*4 outputs * 3*3*4 taps = 9216; head: 8*8*4 = 256 features * 2 = 512.
    assert.equal(r.totals.macs, 9216 + 512);
    // FLOPs: conv 2*9216 + 256 bias; add 256; flatten 0; head 2*512 + 2 bias.
    assert.equal(r.totals.flops, 2 * 9216 + 256 + 256 + 1024 + 2);
    // tf.keras 2 Sequential: the first layer states batch_input_shape.
    const seq = kerasTotals([], [null, 1]);
    assert.deepEqual(seq, { macs: 0, flops: 0 });
    const legacySeq: Json = { class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 3, batch_input_shape: [null, 5] } }] } };
    const built = kerasToIr(parseModel(legacySeq), { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map() });
    assert.deepEqual(built.model.graph.inputs[0]!.shape, [1, 5]);
    assert.equal(runEngine(built.model, (d, op, v) => registry.lookup(d, op, v)).totals.macs, 15);
  });

  test('TimeDistributed(Dense) = Dense on every step; Cropping2D and RepeatVector move data only', () => {
    // [1, 7, 6] -> Dense(4) on each of 7 steps: 7 * 6 * 4 = 168 MACs; 2*168 + 7*4 bias FLOPs.
    const td = kerasTotals([layer('TimeDistributed', { layer: { class_name: 'Dense', config: { name: 'inner', units: 4 } } })], [null, 7, 6]);
    assert.deepEqual(td, { macs: 168, flops: 2 * 168 + 28 });
    assert.deepEqual(td, kerasTotals([layer('Dense', { units: 4 })], [null, 7, 6]));
    // Crop 1 row top and bottom, 2 columns left and right of 10x10x3, then a 1x1 conv to 2 channels: 8*6*2*3 = 288 MACs.
    assert.equal(kerasTotals([layer('Cropping2D', { cropping: [[1, 1], [2, 2]] }), layer('Conv2D', { filters: 2, kernel_size: 1, use_bias: false })], [null, 10, 10, 3]).macs, 288);
    // RepeatVector(5) of [1, 3] then Dense(2) per step: 5 * 3 * 2 = 30.
    assert.equal(kerasTotals([layer('RepeatVector', { n: 5 }), layer('Dense', { units: 2, use_bias: false })], [null, 3]).macs, 30);
  });

  test('a shared layer (Keras 3: called twice, the second call reads node 1) costs once per call', () => {
    const t = (layer: string, node: number): Json => ({ class_name: '__keras_tensor__', config: { shape: [null, 4], dtype: 'float32', keras_history: [layer, node, 0] } });
    const shared: Json = {
      class_name: 'Functional',
      config: {
        name: 'f',
        layers: [
          { class_name: 'InputLayer', name: 'x', config: { batch_shape: [null, 4], name: 'x' }, inbound_nodes: [] },
          { class_name: 'Dense', name: 'd', config: { name: 'd', units: 4, use_bias: false }, inbound_nodes: [{ args: [t('x', 0)], kwargs: {} }, { args: [t('d', 0)], kwargs: {} }] },
        ],
        input_layers: [['x', 0, 0]],
        output_layers: [['d', 1, 0]],
      },
    };
    const { model } = kerasToIr(parseModel(shared), { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map() });
    // Two calls of a 4x4 Dense: 2 * 16 MACs, and the output is the second call's.
    assert.equal(runEngine(model, (d, op, v) => registry.lookup(d, op, v)).totals.macs, 32);
    assert.equal(model.graph.nodes.length, 2);
    assert.equal(model.graph.outputs[0]!.name, model.graph.nodes[1]!.outputs[0]);
  });

  test('an unknown layer class is reported by name and the totals are a lower bound; the next layer uses its build_config', async () => {
    const config = {
      module: 'keras', class_name: 'Sequential',
      config: {
        name: 's', layers: [
          { class_name: 'InputLayer', config: { batch_shape: [null, 8], name: 'x' } },
          { class_name: 'MyCustomLayer', config: { name: 'custom' } },
          { class_name: 'Dense', config: { name: 'd', units: 4 }, build_config: { input_shape: [null, 8] } },
        ],
      },
    };
    const path = fresh('.keras');
    writeFileSync(path, zipBytes([{ name: 'metadata.json', data: Buffer.from('{"keras_version":"3.3.3"}') }, { name: 'config.json', data: Buffer.from(JSON.stringify(config)) }]));
    const p = await profileFile(path);
    assert.deepEqual(p.unknownOps.map((u) => [u.domain, u.opType, u.count]), [['keras', 'MyCustomLayer', 1]]);
    assert.equal(p.totals?.lowerBound, true);
    // The Dense after it is still costed from its build_config: 8*4 = 32 MACs.
    assert.equal(p.totals?.macs, 32);
    assert.ok(p.warnings.some((w) => w.includes('MyCustomLayer')));
    assert.ok(p.warnings.some((w) => w.includes('no model.weights.h5')));
  });
});

// ---- hostile input -----------------------------------------------------------------------------

describe('bad Keras files are one-line errors', () => {
  const h5 = readFileSync(fixture('mlp_legacy.h5'));

  test('truncated HDF5, a bad signature, a lying B-tree', () => {
    assert.match(errorOf(() => readKerasBytes(h5.subarray(0, 2000), 'm.h5')).message, /^m\.h5: invalid HDF5 \(Keras\) file: /);
    const notH5 = Buffer.from(h5);
    notH5[1] = 0x00;
    assert.match(errorOf(() => readKerasBytes(notH5, 'm.h5')).message, /no HDF5 signature/);
    // Point every 'TREE' node somewhere else by breaking its signature: the group cannot be read.
    const broken = Buffer.from(h5);
    for (let at = broken.indexOf('TREE'); at >= 0; at = broken.indexOf('TREE', at + 1)) broken[at] = 0x58;
    assert.match(errorOf(() => readKerasBytes(broken, 'm.h5')).message, /no 'TREE' signature/);
  });

  test('an object header continuation that points back at itself is a cycle, not 10,000 re-reads', () => {
    // mlp_legacy.h5: the root group's object header (v1) is at 96, its first message (at 112) a
    // continuation to 800 (256 bytes). Point it at its own block: 112, 24 bytes.
    const bytes = Buffer.from(h5);
    assert.equal(bytes.readUInt16LE(112), 0x0010);
    bytes.writeBigUInt64LE(112n, 120);
    bytes.writeBigUInt64LE(24n, 128);
    assert.match(errorOf(() => readKerasBytes(bytes, 'm.h5')).message, /points back at a block already read/);
  });

  test('a dataset whose dims multiply past 2^53 is refused, not rounded', () => {
    // The dataspace of dense/kernel:0 holds 100 and 32 as 8-byte lengths: make them 2^40 and 2^20.
    const bytes = Buffer.from(h5);
    const f = new Hdf5File(memorySource(bytes), 0, bytes.length);
    assert.ok(f);
    const needle = Buffer.alloc(16);
    needle.writeBigUInt64LE(100n, 0);
    needle.writeBigUInt64LE(32n, 8);
    const at = bytes.indexOf(needle);
    assert.ok(at > 0);
    bytes.writeBigUInt64LE(2n ** 40n, at);
    bytes.writeBigUInt64LE(2n ** 20n, at + 8);
    assert.match(errorOf(() => readKerasBytes(bytes, 'm.h5')).message, /more elements than can be counted exactly/);
  });

  test('.keras zip lies: no config.json, an entry past the end, an unparsable config', () => {
    const noConfig = zipBytes([{ name: 'metadata.json', data: Buffer.from('{}') }]);
    assert.match(errorOf(() => readKerasBytes(noConfig, 'm.keras')).message, /without config\.json/);
    const lying = zipBytes([{ name: 'config.json', data: Buffer.from('{}'), claimOffset: 1_000_000 }]);
    assert.match(errorOf(() => readKerasBytes(lying, 'm.keras')).message, /invalid \.keras archive: .*lies outside/);
    const badJson = zipBytes([{ name: 'config.json', data: Buffer.from('{"class_name": ') }]);
    assert.match(errorOf(() => readKerasBytes(badJson, 'm.keras')).message, /config\.json is not valid JSON/);
    const whole = readFileSync(fixture('small_cnn.keras'));
    assert.match(errorOf(() => readKerasBytes(whole.subarray(0, whole.length - 30), 'm.keras')).message, /^m\.keras: /);
  });

  test('a config nested past 256 levels, holding more than 5,000,000 arrays, objects and members or more than 8,000,000 array items is refused before it is parsed (deflate packs 64 MiB of them into 60 KB)', () => {
    const weights = readFileSync(fixture('mlp.weights.h5'));
    const keras = (config: string): Uint8Array => zipBytes([
      { name: 'metadata.json', data: Buffer.from('{"keras_version": "3.1.0"}') },
      { name: 'config.json', data: Buffer.from(config), deflate: true },
      { name: 'model.weights.h5', data: weights },
    ]);
    // 30 million nested arrays in a 59.6 KB file took 12.9 s and 3.1 GB; 22 million {} 17.5 s and 2.1 GB.
    assert.equal(errorOf(() => readKerasBytes(keras(`${'['.repeat(257)}${']'.repeat(257)}`), 'm.keras')).message,
      'm.keras: invalid Keras file: config.json nests arrays and objects more than 256 deep');
    // Brackets and commas inside strings are text, not structure.
    const deepInText = keras(JSON.stringify({ class_name: 'Sequential', config: { name: '['.repeat(1000), layers: [] } }));
    assert.doesNotThrow(() => readKerasBytes(deepInText, 'm.keras'));
    // [{},{},...,{}] of 5,000,001 objects: 5,000,002 opening brackets.
    assert.equal(errorOf(() => readKerasBytes(keras(`[${'{},'.repeat(5_000_000)}{}]`), 'm.keras')).message,
      'm.keras: invalid Keras file: config.json holds more than 5,000,000 arrays, objects and members (brackets and commas), more than 100,000 layers need');
    // The array's bracket, 2,499,998 objects of two members (a bracket and a comma each) and a last
    // one of three (a bracket and two commas): 1 + 4,999,996 + 3 = 5,000,000; of four, 5,000,001.
    const pairs = (last: string): string => `[${'{"a":0,"b":0},'.repeat(2_499_998)}${last}]`;
    assert.doesNotThrow(() => readKerasBytes(keras(pairs('{"a":0,"b":0,"c":0}')), 'm.keras'));
    assert.match(errorOf(() => readKerasBytes(keras(pairs('{"a":0,"b":0,"c":0,"d":0}')), 'm.keras')).message, /holds more than 5,000,000 arrays, objects and members/);
    // [0,0,...,0] of 8,000,002 numbers: 1 bracket and 8,000,001 commas between items.
    assert.equal(errorOf(() => readKerasBytes(keras(`[${'0,'.repeat(8_000_001)}0]`), 'm.keras')).message,
      'm.keras: invalid Keras file: config.json holds more than 8,000,000 array items');
    // One number fewer is parsed (and, being no model config, leaves the weights alone to count).
    assert.doesNotThrow(() => readKerasBytes(keras(`[${'0,'.repeat(8_000_000)}0]`), 'm.keras'));
  });

  test('a config whose objects have more than 100,000 distinct key sequences is refused before it is parsed', () => {
    const keras = (config: string): Uint8Array => zipBytes([
      { name: 'metadata.json', data: Buffer.from('{"keras_version": "3.1.0"}') },
      { name: 'config.json', data: Buffer.from(config), deflate: true },
    ]);
    const read = (junk: string): (() => unknown) => () => readKerasBytes(keras(`{"class_name": "Sequential", "config": {"name": "s", "layers": [], "junk": ${junk}}}`), 'm.keras');
    const message = 'm.keras: invalid Keras file: config.json holds objects of more than 100,000 distinct key sequences (a key counts once for the keys before it in its object; real configs repeat one order per layer class)';
    const distinct = (from: number, n: number): string => `{${Array.from({ length: n }, (_, i) => `"k${from + i}": 0`).join(', ')}}`;
    // The model object's class_name and config, its config's name, layers and junk: 5 sequences,
    // and one per key of the junk objects (under 128 keys each: an object of more is V8's
    // dictionary, its keys past the 127th bounded apart).
    const upTo = (n: number): string => `[${Array.from({ length: Math.ceil(n / 100) }, (_, o) => distinct(o * 100, Math.min(100, n - o * 100))).join(', ')}]`;
    assert.doesNotThrow(read(upTo(99_995)));
    assert.equal(errorOf(read(upTo(99_996))).message, message);
    // Many small objects whose keys no other has cost more per key: V8 makes a hidden class for
    // each key sequence of an object under 128 keys (50,000 objects of 100 such keys, within the
    // member bound, took 46 s and 3.7 GB). 1,001 of them are 100,100 sequences.
    assert.equal(errorOf(read(`[${Array.from({ length: 1001 }, (_, o) => distinct(o * 100, 100)).join(', ')}]`)).message, message);
    // So do the same 100 keys in different orders: each order is a sequence of its own.
    let state = 1;
    const orders = Array.from({ length: 2000 }, () => {
      const keys = Array.from({ length: 100 }, (_, i) => `"k${i}": 0`);
      for (let i = keys.length - 1; i > 0; i--) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        const j = state % (i + 1);
        [keys[i], keys[j]] = [keys[j]!, keys[i]!];
      }
      return `{${keys.join(', ')}}`;
    });
    assert.equal(errorOf(read(`[${orders.join(', ')}]`)).message, message);
    // Repeated key orders cost nothing new: 200,000 objects of the same 10 keys (the layers of a
    // real model repeat the key order of their class) are 10 sequences.
    assert.doesNotThrow(read(`[${Array<string>(200_000).fill(distinct(0, 10)).join(', ')}]`));
    // Strings in arrays are no keys: a vocabulary of 200,000 distinct words is read.
    assert.doesNotThrow(read(`{"vocabulary": [${Array.from({ length: 200_000 }, (_, i) => `"w${i}"`).join(', ')}]}`));
  });

  test('a tokenizer layer holding a vocabulary dict of more than 100,000 tokens in its config is read; its keys are bounded apart', () => {
    const LARGE_OBJECT_MESSAGE = 'm.keras: invalid Keras file: config.json holds more than 1,000,000 keys past the 127th of their objects or sparse index keys (V8 keeps each in a dictionary; a vocabulary of 1 million tokens fits)';
    const keras = (config: string): Uint8Array => zipBytes([
      { name: 'metadata.json', data: Buffer.from('{"keras_version": "3.1.0"}') },
      { name: 'config.json', data: Buffer.from(config), deflate: true },
    ]);
    const read = (junk: string): (() => unknown) => () => readKerasBytes(keras(`{"class_name": "Sequential", "config": {"name": "s", "layers": [], "junk": ${junk}}}`), 'm.keras');
    const tokens = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => `"tok${from + i}": ${i}`).join(', ');
    // transformers' TFGPT2Tokenizer keeps its token -> id dict in its config (`vocab`); Llama 3's
    // has 128,256 tokens. V8 keeps an object of 128 or more named keys in dictionary mode: its
    // keys cost what interning them costs (1 million keys of 8 characters: 0.8 s and 185 MB), no
    // hidden class each, so past the 127th they are counted apart.
    assert.doesNotThrow(read(`{"vocab": {${tokens(128_256)}}, "merges": ["t o", "k e"]}`));
    // An id -> token dict: index keys are elements, no hidden class and no interned name.
    assert.doesNotThrow(read(`{${Array.from({ length: 200_000 }, (_, i) => `"${i}": "w${i}"`).join(', ')}}`));
    // Keys past the 127th of their objects: 1,000,000 are read (the model object's, its config's
    // and junk's first keys are sequences), one more is refused.
    const objects = (past: number[]): string => `[${past.map((n, o) => `{${tokens(127 + n, o * 200_000)}}`).join(', ')}]`;
    assert.doesNotThrow(read(objects([500_000, 500_000])));
    assert.equal(errorOf(read(objects([500_000, 500_001]))).message, LARGE_OBJECT_MESSAGE);
    // Index keys make no hidden class, so they do not move named keys past the 127th: 1,001
    // objects of 100 index keys and 100 named keys no other object has are 100,100 sequences.
    const indexed = Array.from({ length: 1001 }, (_, o) => `{${Array.from({ length: 100 }, (_, i) => `"${i}": 0`).join(', ')}, ${tokens(100, o * 100)}}`);
    assert.match(errorOf(read(`[${indexed.join(', ')}]`)).message, /more than 100,000 distinct key sequences/);
    // Sparse index keys are no elements V8 can keep in an array: it keeps them in a dictionary,
    // as it keeps named keys past the 127th (3 million, 0, 1000, 2000...: 1.3 s; out of order up
    // to 2^32 - 2: 7 s and 725 MB). Bounded with them: 1,000,000 are read, one more is refused.
    // From 1,000,000 on, each is past twice the keys before it plus 1,024 (isSparseIndex).
    const sparse = (n: number): string => `{${Array.from({ length: n }, (_, i) => `"${1_000_000 + i * 1000}": 0`).join(', ')}}`;
    assert.doesNotThrow(read(sparse(1_000_000)));
    assert.equal(errorOf(read(sparse(1_000_001))).message, LARGE_OBJECT_MESSAGE);
    // Nor do keys the scan cannot tell from one (an escape: "\u00312" is "12").
    const escaped = Array.from({ length: 1001 }, (_, o) => `{${Array.from({ length: 100 }, (_, i) => `"\\u003${String(i + 1)}": 0`).join(', ')}, ${tokens(100, o * 100)}}`);
    assert.match(errorOf(read(`[${escaped.join(', ')}]`)).message, /more than 100,000 distinct key sequences/);
  });

  test('a lookup layer whose vocabulary is 5,000,001 ids in its config is read (the array items are no bomb)', () => {
    // IntegerLookup(vocabulary=ids) keeps the ids in its config, written as `[0, 1, ...]`: 5,000,001
    // items were refused as more than 5,000,000 values, in a config under the 64 MiB it may have.
    const vocabulary = `[${Array.from({ length: 5_000_001 }, (_, i) => i).join(', ')}]`;
    const config = `{"class_name": "Sequential", "config": {"name": "s", "layers": [{"class_name": "InputLayer", "config": {"name": "ids", "batch_shape": [null, 1], "dtype": "int64"}}, `
      + `{"class_name": "IntegerLookup", "config": {"name": "lookup", "max_tokens": null, "num_oov_indices": 1, "vocabulary": ${vocabulary}, "output_mode": "int"}}]}}`;
    assert.ok(config.length < 64 * 1024 * 1024 && config.length > 40_000_000, `${config.length} characters`);
    const bytes = zipBytes([
      { name: 'metadata.json', data: Buffer.from('{"keras_version": "3.1.0"}') },
      { name: 'config.json', data: Buffer.from(config) },
    ]);
    const read = readKerasBytes(bytes, 'm.keras');
    assert.ok(read.graph, 'the config is read into a graph');
    assert.deepEqual([...read.graph.unknownLayers], [['IntegerLookup', 1]]);
  });

  test('a deflated model.weights.h5 over 16 MiB inflating more than 100 times is refused before it is inflated', () => {
    // The weights file padded with 20 MiB of zeros: about 20 KB deflated, 1000:1. Before the bound
    // 250 MiB of them in a 258 KB file took 571 MB of RSS.
    const small = readFileSync(fixture('mlp.weights.h5'));
    const padded = Buffer.concat([small, Buffer.alloc(20 * 1024 * 1024)]);
    const config = Buffer.from(JSON.stringify({ class_name: 'Sequential', config: { name: 's', layers: [] } }));
    const bytes = zipBytes([{ name: 'config.json', data: config }, { name: 'model.weights.h5', data: padded, deflate: true }]);
    assert.match(errorOf(() => readKerasBytes(bytes, 'm.keras')).message,
      new RegExp(`^m\\.keras: invalid \\.keras archive: zip entry "model\\.weights\\.h5" inflates \\d+ bytes to ${padded.length}, more than 100 times \\(weights deflate about 1\\.1:1; Keras stores them uncompressed\\)$`));
    // Deflated but under 16 MiB, any ratio is read.
    const under = zipBytes([{ name: 'config.json', data: config }, { name: 'model.weights.h5', data: Buffer.concat([small, Buffer.alloc(1024 * 1024)]), deflate: true }]);
    assert.doesNotThrow(() => readKerasBytes(under, 'm.keras'));
  });

  test('a functional model that reads a layer nobody produces', () => {
    const config = { class_name: 'Functional', config: { name: 'f', layers: [{ class_name: 'Dense', name: 'd', config: { name: 'd', units: 2 }, inbound_nodes: [[['ghost', 0, 0, {}]]] }], input_layers: [], output_layers: [['d', 0, 0]] } };
    const bytes = zipBytes([{ name: 'config.json', data: Buffer.from(JSON.stringify(config)) }]);
    const path = fresh('.keras');
    writeFileSync(path, bytes);
    assert.match(errorOf(() => readKerasFile(path)).message, /reads "ghost", which no layer/);
  });

  test('random byte flips never escape as anything but a ModelFileError', async () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (const name of ['mlp_legacy.h5', 'mlp_latest_userblock.h5', 'small_cnn.keras']) {
      const good = readFileSync(fixture(name));
      for (let i = 0; i < 60; i++) {
        const b = Buffer.from(good);
        // Metadata lives in the first few KB and around the groups: flip bytes anywhere in the first 8 KB.
        for (let k = 0; k < 1 + (i % 6); k++) b[rand(Math.min(b.length, 8192))] = rand(256);
        const path = fresh(name.endsWith('.keras') ? '.keras' : '.h5');
        writeFileSync(path, b);
        try {
          await readModel(path);
        } catch (e) {
          assert.ok(e instanceof ModelFileError, `${name} flip ${i}: ${String(e)}`);
          assert.ok(!e.message.includes('\n'));
        }
      }
    }
  });
});

describe('Keras channels_first layers and Conv1D/Conv3DTranspose (#12)', () => {
  const first = { data_format: 'channels_first' };

  test('Conv2D channels_first = ONNX Conv = the channels_last layer', () => {
    const cfg = { filters: 16, kernel_size: [3, 3], strides: [2, 2], padding: 'same', use_bias: true };
    const cf = kerasTotals([layer('Conv2D', { ...cfg, ...first })], [null, 8, 15, 15]);
    const cl = kerasTotals([layer('Conv2D', cfg)], [null, 15, 15, 8]);
    // 8*8 outputs * 16 channels * 3*3*8 taps = 73,728 MACs; FLOPs 2 * MACs + 1,024 bias.
    assert.deepEqual(cf, { macs: 73_728, flops: 2 * 73_728 + 1024 });
    assert.deepEqual(cf, cl);
    // Conv1D channels_first [1, 4, 10], 6 filters, kernel 3 valid: 8 outputs * 6 * 3*4 taps = 576.
    assert.equal(kerasTotals([layer('Conv1D', { filters: 6, kernel_size: 3, use_bias: false, ...first })], [null, 4, 10]).macs, 576);
  });

  test('pooling and global pooling channels_first = the channels_last layers', () => {
    // MaxPooling2D 2x2 over [1, 4, 8, 8]: 4*4*4 = 64 outputs * 4 taps = 256 FLOPs.
    const mp = kerasTotals([layer('MaxPooling2D', { pool_size: [2, 2], ...first })], [null, 4, 8, 8]);
    assert.deepEqual(mp, { macs: 0, flops: 256 });
    assert.deepEqual(mp, kerasTotals([layer('MaxPooling2D', { pool_size: [2, 2] })], [null, 8, 8, 4]));
    // GlobalAveragePooling2D over [1, 4, 8, 8] -> [1, 4]: 256 adds + 4 divides.
    const gap = kerasTotals([layer('GlobalAveragePooling2D', first)], [null, 4, 8, 8]);
    assert.deepEqual(gap, { macs: 0, flops: 256 + 4 });
    assert.deepEqual(gap, kerasTotals([layer('GlobalAveragePooling2D', {})], [null, 8, 8, 4]));
    // Then Dense(3) on the [1, 4] result: the channel axis is kept, 4 * 3 = 12 MACs.
    assert.equal(kerasTotals([layer('GlobalAveragePooling2D', first), layer('Dense', { units: 3 })], [null, 4, 8, 8]).macs, 12);
  });

  test('Conv2DTranspose channels_first = ONNX ConvTranspose = the channels_last layer', () => {
    const cfg = { filters: 2, kernel_size: [3, 3], padding: 'valid', use_bias: false };
    const cf = kerasTotals([layer('Conv2DTranspose', { ...cfg, ...first })], [null, 3, 4, 4]);
    // Every input element (4*4*3 = 48) scattered over 3*3 taps into 2 channels: 864 MACs.
    assert.equal(cf.macs, 864);
    assert.deepEqual(cf, kerasTotals([layer('Conv2DTranspose', cfg)], [null, 4, 4, 3]));
  });

  test('channels_first.keras (scripts/make-keras-fixtures.py): a channels-first CNN end to end', async () => {
    const p = await profileFile(fixture('channels_first.keras'));
    // params: conv 3*3*3*8 + 8 = 224; up (transpose) 2*2*4*8 + 4 = 132; head 4*5 + 5 = 25.
    assert.equal(p.params.total, 224 + 132 + 25);
    assert.equal(p.totals?.lowerBound, false, JSON.stringify(p.totals?.lowerBoundReasons));
    // conv [1, 8, 16, 16] = 2,048 outputs * 27 taps = 55,296 MACs; up: 8*8*8 = 512 inputs * 2*2
    // taps * 4 filters = 8,192; head 4 * 5 = 20.
    assert.equal(p.totals?.macs, 55_296 + 8_192 + 20);
    // FLOPs: conv 2 * 55,296 + 2,048 bias + 2,048 relu; pool [1, 8, 8, 8] = 512 * 4 taps;
    // up 2 * 8,192 + [1, 4, 16, 16] = 1,024 bias; gap 1,024 adds + 4 divides; head 2 * 20 + 5.
    assert.equal(p.totals?.flops, 110_592 + 2_048 + 2_048 + 2_048 + 16_384 + 1_024 + 1_028 + 45);
  });

  test('Conv1DTranspose and Conv3DTranspose', () => {
    // Conv1DTranspose [1, 5, 3], 2 filters, kernel 3, stride 2, valid: length (5 - 1) * 2 + 3 = 11;
    // 5*3 = 15 input elements * 3 taps * 2 filters = 90 MACs; FLOPs 2*90 + 11*2 bias.
    assert.deepEqual(kerasTotals([layer('Conv1DTranspose', { filters: 2, kernel_size: 3, strides: 2 })], [null, 5, 3]), { macs: 90, flops: 180 + 22 });
    // Conv3DTranspose [1, 2, 2, 2, 3], 4 filters, kernel 2, stride 2, same: [1, 4, 4, 4, 4];
    // 2*2*2*3 = 24 input elements * 2*2*2 taps * 4 filters = 768 MACs; FLOPs 2*768 + 256 bias.
    assert.deepEqual(kerasTotals([layer('Conv3DTranspose', { filters: 4, kernel_size: 2, strides: 2, padding: 'same' })], [null, 2, 2, 2, 3]), { macs: 768, flops: 1536 + 256 });
  });
});
