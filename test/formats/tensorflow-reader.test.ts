import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { detectFormat, HEAD_BYTES, readModel, sideFileLocations } from '../../src/formats/registry.js';
import { readGraphDefFile, readSavedModelFile } from '../../src/formats/tensorflow/reader.js';
import { variableRole } from '../../src/formats/tensorflow/bundle.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { constNode, DT, encodeTf, opNode, writeBundle, writeSavedModel } from '../support/tf-writer.js';
import type { BundleVar } from '../support/tf-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-tf-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let seq = 0;
const fresh = (): string => join(tmp, `m${seq++}`);

function sumOf(w: WeightsFile, role: string): { elements: number; bytes: number } {
  const ts = w.tensors.filter((t) => t.role === role);
  return { elements: ts.reduce((s, t) => s + t.elements, 0), bytes: ts.reduce((s, t) => s + t.bytes, 0) };
}

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

const V = '/.ATTRIBUTES/VARIABLE_VALUE';
const SLOT = '/.OPTIMIZER_SLOT/optimizer';
/** A Keras MLP saved by TF2: Dense(784->128), BatchNormalization(128), Dense(128->10), Adam. */
const MLP: BundleVar[] = [
  { name: `layer_with_weights-0/kernel${V}`, dtype: DT.float, dims: [784, 128] },
  { name: `layer_with_weights-0/bias${V}`, dtype: DT.float, dims: [128] },
  { name: `layer_with_weights-1/gamma${V}`, dtype: DT.float, dims: [128] },
  { name: `layer_with_weights-1/beta${V}`, dtype: DT.float, dims: [128] },
  { name: `layer_with_weights-1/moving_mean${V}`, dtype: DT.float, dims: [128] },
  { name: `layer_with_weights-1/moving_variance${V}`, dtype: DT.float, dims: [128] },
  { name: `layer_with_weights-2/kernel${V}`, dtype: DT.float, dims: [128, 10] },
  { name: `layer_with_weights-2/bias${V}`, dtype: DT.float, dims: [10] },
  { name: `layer_with_weights-0/kernel${SLOT}/m${V}`, dtype: DT.float, dims: [784, 128] },
  { name: `layer_with_weights-0/kernel${SLOT}/v${V}`, dtype: DT.float, dims: [784, 128] },
  { name: `optimizer/iter${V}`, dtype: DT.int64, dims: [], size: 8 },
  { name: `save_counter${V}`, dtype: DT.int64, dims: [], size: 8 },
  { name: '_CHECKPOINTABLE_OBJECT_GRAPH', dtype: DT.string, dims: [], size: 100 },
];
const GRAPH = { node: [opNode('x', 'Placeholder', []), opNode('call', 'StatefulPartitionedCall', ['x'])], versions: { producer: 1 } };

describe('TensorFlow SavedModel: params from variables/variables.index', () => {
  test('a variable is a param by dtype: float, <= 16-bit integers and every quantized type (qint32 too); int32/int64 are not', () => {
    const roles = ['float32', 'int8', 'int16', 'uint16', 'qint8', 'qint16', 'qint32', 'int32', 'int64', 'bool'].map((d) => variableRole('dense/kernel', d));
    assert.deepEqual(roles, ['param', 'param', 'param', 'param', 'param', 'param', 'param', 'non-weight', 'non-weight', 'non-weight']);
  });

  test('tf.keras metric variables (keras_api/metrics/<i>/..., keras_api/layer_metrics/...) are state, not params', () => {
    // The keys tf.keras SavedModels write for a compiled loss tracker's total and count (serialized_attributes.py LayerAttributes).
    assert.equal(variableRole('keras_api/metrics/0/total/.ATTRIBUTES/VARIABLE_VALUE', 'float32'), 'buffer');
    assert.equal(variableRole('keras_api/metrics/1/count/.ATTRIBUTES/VARIABLE_VALUE', 'float32'), 'buffer');
    assert.equal(variableRole('layer-1/keras_api/layer_metrics/acc/total/.ATTRIBUTES/VARIABLE_VALUE', 'float32'), 'buffer');
    // A layer's own weights are not reached through keras_api.
    assert.equal(variableRole('layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE', 'float32'), 'param');
  });

  test('a Keras MLP: params, BatchNorm state and Adam slots apart, bytes, per-layer breakdown', async () => {
    const dir = fresh();
    // Three entries a block, a restart point every two: several data blocks, shared key prefixes.
    const pb = writeSavedModel(dir, GRAPH, MLP, { perBlock: 3, restartInterval: 2 });
    const w = readSavedModelFile(pb).weights;
    // params: 784*128 + 128 (dense) + 128 + 128 (gamma, beta) + 128*10 + 10 (dense_1)
    //       = 100352 + 128 + 256 + 1280 + 10 = 102026; float32: 4 bytes each = 408104
    assert.deepEqual(sumOf(w, 'param'), { elements: 102026, bytes: 408104 });
    // moving mean + variance: 2*128 = 256 elements, 1024 bytes
    assert.deepEqual(sumOf(w, 'buffer'), { elements: 256, bytes: 1024 });
    // Adam m and v of the first kernel (2*100352) + iter + save_counter = 200706; 802816 + 8 + 8 bytes
    assert.deepEqual(sumOf(w, 'optimizer'), { elements: 200706, bytes: 802832 });
    assert.deepEqual(sumOf(w, 'non-weight'), { elements: 1, bytes: 100 });
    assert.deepEqual(w.sideFiles, ['variables/variables.index', 'variables/variables.data-00000-of-00001']);
    assert.equal(w.metadata.get('graph nodes'), '2');

    const loaded = await readModel(pb);
    assert.equal(loaded.format.name, 'tensorflow');
    assert.equal(loaded.kind, 'weights');
    const p = profileWeights(w, { path: pb, format: 'tensorflow', formatLabel: 'TensorFlow', formatVersion: '', fileBytes: 1, sideFileBytes: 0 });
    assert.equal(p.params.total, 102026);
    const layer0 = p.weights?.modules.find((m) => m.name === 'layer_with_weights-0');
    // 100352 + 128
    assert.deepEqual(layer0 && { params: layer0.params, bytes: layer0.bytes }, { params: 100480, bytes: 401920 });
    assert.ok(p.unavailable?.reason.includes('the graph states no shapes'));
  });

  test('variables in two shards; side files name both', async () => {
    const dir = fresh();
    const pb = writeSavedModel(dir, GRAPH, [
      { name: 'dense/kernel', dtype: DT.float, dims: [4, 3], shard: 1 },
      { name: 'dense/bias', dtype: DT.half, dims: [3], size: 6 },
    ], { numShards: 2 });
    const w = readSavedModelFile(pb).weights;
    // 4*3 float32 (48 bytes) + 3 float16 (6 bytes)
    assert.deepEqual(sumOf(w, 'param'), { elements: 15, bytes: 54 });
    assert.deepEqual(w.tensors.map((t) => [t.name, t.dtype]), [['dense.bias', 'float16'], ['dense.kernel', 'float32']]);
    // On disk the index names the real shards; from the name alone the single-shard name stands in.
    assert.deepEqual(await sideFileLocations(pb, { file: pb }), [
      'variables/variables.index', 'variables/variables.data-00000-of-00001', 'variables/variables.data-00000-of-00002', 'variables/variables.data-00001-of-00002',
    ]);
    assert.deepEqual(await sideFileLocations(pb, null), ['variables/variables.index', 'variables/variables.data-00000-of-00001']);
  });

  test('bad input is one line naming the file', () => {
    const mk = (vars: BundleVar[], opts: Parameters<typeof writeBundle>[2] = {}): string => writeSavedModel(fresh(), GRAPH, vars, opts);
    const one: BundleVar[] = [{ name: 'w', dtype: DT.float, dims: [2, 2] }];

    const missing = mk(one);
    unlinkSync(join(missing, '..', 'variables', 'variables.data-00000-of-00001'));
    assert.match(errorOf(() => readSavedModelFile(missing).weights).message, /variables\.data-00000-of-00001: checkpoint shard missing or unreadable: no such file/);

    // w needs 2*2*4 = 16 bytes at offset 0; the shard has 10.
    assert.match(errorOf(() => readSavedModelFile(mk(one, { shardBytes: { 0: 10 } })).weights).detail, /needs bytes 0\.\.16 of variables\.data-00000-of-00001, which has 10/);
    // float32 [2, 2] is 16 bytes, not 12
    assert.match(errorOf(() => readSavedModelFile(mk([{ name: 'w', dtype: DT.float, dims: [2, 2], size: 12 }])).weights).detail, /float32 \[2,2\] needs 16 bytes but the index says 12/);
    assert.match(errorOf(() => readSavedModelFile(mk(one, { compressionByte: 1 })).weights).detail, /Snappy-compressed/);
    // A variable's shape is read as the graph's shapes are (graph-proto.ts): an unknown dim is named.
    assert.match(errorOf(() => readSavedModelFile(mk([{ name: 'w', dtype: DT.float, dims: [-1, 4], size: 16 }])).weights).detail, /variable "w": dim -1$/);

    const idx = (pb: string): string => join(pb, '..', 'variables', 'variables.index');
    const badMagic = mk(one);
    const bytes = readFileSync(idx(badMagic));
    bytes[bytes.length - 1] = 0;
    writeFileSync(idx(badMagic), bytes);
    assert.match(errorOf(() => readSavedModelFile(badMagic).weights).detail, /no table magic number/);

    // The footer's index handle points to bytes 9999..10009 of a file of about 100 bytes.
    const badHandle = mk(one);
    const b2 = readFileSync(idx(badHandle));
    const footer = b2.length - 48;
    b2.fill(0, footer, footer + 40);
    Buffer.from([0, 0, 0x8f, 0x4e, 10]).copy(b2, footer); // metaindex (0, 0), index (9999, 10)
    writeFileSync(idx(badHandle), b2);
    assert.match(errorOf(() => readSavedModelFile(badHandle).weights).detail, /index block \(bytes 9999\.\.10009\) lies outside the file/);

    const short = mk(one);
    writeFileSync(idx(short), Buffer.from('not a table'));
    assert.match(errorOf(() => readSavedModelFile(short).weights).detail, /shorter than the 48-byte table footer/);

    // A data block whose entry claims a 200-byte value in a 40-byte block.
    const lying = mk(one);
    const entry = Buffer.concat([Buffer.from([0, 1, 200, 1]), Buffer.from('x')]);
    const block = Buffer.concat([entry, Buffer.from([0, 0, 0, 0, 1, 0, 0, 0])]);
    const hand = Buffer.concat([block, Buffer.alloc(5)]);
    const meta = Buffer.from([0, 0, 0, 0, 1, 0, 0, 0]);
    const indexEntry = Buffer.from([0, 1, 2, 0x77, 0, block.length]);
    const indexBlock = Buffer.concat([indexEntry, Buffer.from([0, 0, 0, 0, 1, 0, 0, 0])]);
    const metaAt = hand.length;
    const indexAt = metaAt + meta.length + 5;
    const f = Buffer.alloc(48);
    Buffer.from([metaAt, meta.length, indexAt, indexBlock.length]).copy(f);
    Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]).copy(f, 40);
    writeFileSync(idx(lying), Buffer.concat([hand, meta, Buffer.alloc(5), indexBlock, Buffer.alloc(5), f]));
    assert.match(errorOf(() => readSavedModelFile(lying).weights).detail, /an entry runs past the block/);

    const notProto = join(fresh(), 'saved_model.pb');
    rmSync(join(notProto, '..'), { recursive: true, force: true });
    writeSavedModel(join(notProto, '..'), GRAPH, null);
    writeFileSync(notProto, Buffer.from([0x0f, 0xff, 0xff]));
    assert.match(errorOf(() => readSavedModelFile(notProto).weights).detail, /^not a valid TensorFlow SavedModel/);
  });

  test('without a variables index, params are the graph constants, with a warning', () => {
    const dir = fresh();
    const pb = writeSavedModel(dir, { node: [constNode('w', DT.float, [5, 5], { floatVal: [0] })] }, null);
    const w = readSavedModelFile(pb).weights;
    assert.deepEqual(sumOf(w, 'param'), { elements: 25, bytes: 100 });
    assert.match(w.warnings[0]!, /no variables\/variables\.index/);
  });
});

describe('TensorFlow frozen GraphDef: params from Const nodes', () => {
  const conv = Buffer.alloc(3 * 3 * 3 * 16 * 4);
  const graph = {
    node: [
      opNode('input', 'Placeholder', []),
      constNode('conv/w', DT.float, [3, 3, 3, 16], { content: conv }),
      opNode('conv', 'Conv2D', ['input', 'conv/w']),
      // One float_val fills the whole [1000, 10] tensor.
      constNode('fc/w', DT.float, [1000, 10], { floatVal: [0.5] }),
      constNode('reshape/shape', DT.int32, [2], { intVal: [1, -1] }),
      constNode('bn/epsilon', DT.float, [], { floatVal: [0.001] }),
      opNode('call', 'StatefulPartitionedCall', ['conv']),
    ],
    library: { function: [{ signature: { name: 'inner_fn' }, nodeDef: [constNode('w', DT.float, [64], { floatVal: [1] }), opNode('mm', 'MatMul', ['a', 'w'])] }] },
    versions: { producer: 1 },
  };

  test('counts by shape, walks library functions, scalars and int shapes are not params', async () => {
    const p = join(tmp, 'frozen.pb');
    writeFileSync(p, encodeTf('GraphDef', graph));
    const w = readGraphDefFile(p).weights;
    // 3*3*3*16 = 432 (tensor_content, 1728 bytes) + 1000*10 = 10000 (filled) + 64 (in inner_fn)
    //   = 10496 params; bytes 1728 + 40000 + 256 = 41984
    assert.deepEqual(sumOf(w, 'param'), { elements: 10496, bytes: 41984 });
    // int32 [2] (8 bytes) and the scalar epsilon (4 bytes)
    assert.deepEqual(sumOf(w, 'non-weight'), { elements: 3, bytes: 12 });
    assert.ok(w.tensors.some((t) => t.name === 'inner_fn.w'));
    assert.equal(w.metadata.get('graph nodes'), '9');
    assert.equal(w.metadata.get('library functions'), '1');
    const loaded = await readModel(p);
    assert.equal(loaded.format.name, 'tensorflow');
  });

  test('tensor_content of the wrong size, and bytes that are not a GraphDef, are one-line errors', () => {
    const p = join(tmp, 'lie.pb');
    writeFileSync(p, encodeTf('GraphDef', { node: [constNode('w', DT.float, [2, 2], { content: Buffer.alloc(12) })] }));
    assert.match(errorOf(() => readGraphDefFile(p).weights).detail, /float32 \[2,2\] needs 16 bytes but tensor_content has 12/);
    writeFileSync(p, Buffer.from('hello, world'));
    assert.match(errorOf(() => readGraphDefFile(p).weights).detail, /^not a valid TensorFlow GraphDef/);
  });

  test('a .pb that is ONNX is read as ONNX; GraphDef and SavedModel by name', () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['y']);
    g.output('y', 'float32', [1, 4]);
    const onnx = modelBytes(g, { opset: 17 });
    const head = (b: Uint8Array): Uint8Array => b.subarray(0, HEAD_BYTES);
    assert.equal(detectFormat('model.pb', head(onnx), onnx.byteLength)?.name, 'onnx');
    const gd = encodeTf('GraphDef', graph);
    assert.equal(detectFormat('frozen_graph.pb', head(gd), gd.byteLength)?.name, 'tensorflow');
    const sm = encodeTf('SavedModel', { savedModelSchemaVersion: 1, metaGraphs: [{ graphDef: graph }] });
    assert.equal(detectFormat('export/saved_model.pb', head(sm), sm.byteLength)?.name, 'tensorflow');
  });
});
