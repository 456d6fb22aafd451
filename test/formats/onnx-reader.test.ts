import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { readOnnxBytes, readOnnxFile } from '../../src/formats/onnx/reader.js';
import { countParams } from '../../src/profile/params.js';
import { opHistogram } from '../../src/profile/profile.js';
import { assertDetail, testEachBadCase, writeExternalModel } from '../support/bad-models.js';
import { writeFileSync } from 'node:fs';
import { writeLargeModel } from '../support/large-model.js';
import { FunctionBuilder, GraphBuilder, attr, modelBytes, tensor } from '../support/onnx-writer.js';
import { SHARED_MODELS, referenceModels } from '../support/shared-models.js';

const DTYPE_NAMES: Record<string, string> = { FLOAT: 'float32', INT64: 'int64' };

describe('real PyTorch exports (../shared/models)', () => {
  for (const [name, ref] of referenceModels()) {
    test(`${name}: params, non-weight constants, op histogram and inputs match reference.json`, () => {
      const { model, stats } = readOnnxFile(join(SHARED_MODELS, ref.file));
      const params = countParams(model);
      assert.equal(params.total, ref.weight_elements);
      assert.equal(params.nonWeight.elements, ref.non_weight_elements);
      assert.deepEqual(opHistogram(model), ref.op_histogram);
      const inputs = model.graph.inputs.filter((v) => !model.graph.initializers.has(v.name));
      assert.deepEqual(
        inputs.map((v) => ({ name: v.name, dtype: v.dtype, shape: v.shape })),
        ref.graph_inputs.map((v) => ({ name: v.name, dtype: DTYPE_NAMES[v.dtype], shape: v.shape })),
      );
      // Weights are skipped, not read: at most 1 MB + 1% of the file comes off the disk.
      assert.ok(stats.bytesRead <= 1_000_000 + ref.file_bytes / 100, `${stats.bytesRead} bytes read of ${ref.file_bytes}`);
    });
  }

  test('external data: sizes come from dims, the side file is checked and counted', () => {
    const { model, externalDataBytes } = readOnnxFile(join(SHARED_MODELS, 'squeezenet1_0_external.onnx'));
    const external = [...model.graph.initializers.values()].filter((t) => t.storage === 'external');
    assert.ok(external.length > 0);
    assert.equal(externalDataBytes, 4985888);
    // Every float32 weight of the side file: 1,248,424 params * 4 bytes = 4,993,696 > side file
    // size only if some are embedded; the external ones must sum to at most the side file.
    const externalBytes = external.reduce((a, t) => a + t.byteSize, 0);
    assert.ok(externalBytes <= 4985888);
    assert.equal(countParams(model).total, 1248424);
  });
});

describe('decoding into the IR', () => {
  test('every attribute type, Constant tensors, subgraphs, functions and opsets', () => {
    const then = new GraphBuilder('then');
    then.constant('t_out', 'float32', [2], { values: [1.5, 2.5] });
    then.output('t_out', 'float32', [2]);
    const otherwise = new GraphBuilder('else');
    otherwise.initializer('e_w', 'float16', [3, 2]);
    otherwise.node('Identity', ['e_w'], ['e_out']);
    otherwise.output('e_out', 'float16', [3, 2]);

    const g = new GraphBuilder('main');
    g.input('cond', 'bool', []);
    g.input('x', 'float32', ['batch', 3, null]);
    g.initializer('shape', 'int64', [2], { values: [1, -1] });
    g.initializer('q', 'int4', [7]);
    g.node('If', ['cond'], ['y'], { then_branch: then, else_branch: otherwise }, { name: 'branch' });
    g.node('Custom', ['x'], ['z'], {
      f: attr.float(0.5), i: 7, s: 'hello', fs: [0.25, 0.75], is: [1, 2, 3], ss: ['a', 'b'],
      t: tensor('int64', [2], { values: [4, 5] }), big: 2n ** 62n, neg: -3,
    }, { domain: 'ai.onnx' });
    g.node('LocalFn', ['x'], ['w'], { alpha: attr.float(2) }, { domain: 'local' });
    g.output('y', 'float32', [2]);
    g.output('z', 'float32', undefined);
    const fn = new FunctionBuilder('LocalFn', 'local', { inputs: ['a'], outputs: ['b'], attributes: ['alpha'] });
    fn.node('Relu', ['a'], ['b']);
    const bytes = modelBytes(g, { opset: 13, opsets: { 'com.microsoft': 1 }, functions: [fn] });
    const { model } = readOnnxBytes(bytes, 'in-memory.onnx');

    assert.equal(model.irVersion, 7);
    assert.deepEqual([...model.opsetImports], [['', 13], ['com.microsoft', 1], ['local', 1]]);
    assert.deepEqual(model.graph.inputs[1]!.shape, ['batch', 3, null]);
    assert.equal(model.graph.outputs[1]!.shape, undefined);
    assert.deepEqual(model.graph.initializers.get('shape')!.values, [1, -1]);
    const q = model.graph.initializers.get('q')!;
    assert.equal(q.byteSize, 4); // 7 int4 values pack into ceil(28 bits / 8) = 4 bytes
    const [ifNode, custom, call] = model.graph.nodes;
    const thenGraph = ifNode!.attributes.get('then_branch');
    assert.equal(thenGraph?.type, 'graph');
    if (thenGraph?.type === 'graph') {
      const constant = thenGraph.value.nodes[0]!.attributes.get('value');
      assert.deepEqual(constant?.type === 'tensor' ? constant.value.values : undefined, [1.5, 2.5]);
    }
    const a = custom!.attributes;
    assert.equal(custom!.domain, '', "'ai.onnx' is normalised to ''");
    assert.deepEqual(a.get('f'), { type: 'float', value: 0.5 });
    assert.deepEqual(a.get('i'), { type: 'int', value: 7 });
    assert.deepEqual(a.get('s'), { type: 'string', value: 'hello' });
    assert.deepEqual(a.get('fs'), { type: 'floats', value: [0.25, 0.75] });
    assert.deepEqual(a.get('is'), { type: 'ints', value: [1, 2, 3] });
    assert.deepEqual(a.get('ss'), { type: 'strings', value: ['a', 'b'] });
    assert.deepEqual(a.get('big'), { type: 'int', value: 2 ** 62 });
    assert.deepEqual(a.get('neg'), { type: 'int', value: -3 });
    const t = a.get('t');
    assert.deepEqual(t?.type === 'tensor' ? t.value.values : undefined, [4, 5]);
    assert.equal(call!.domain, 'local');
    assert.equal(model.functions[0]!.name, 'LocalFn');
    assert.deepEqual(model.functions[0]!.attributeNames, ['alpha']);
    // Params: Constant [2] float32 in the then branch + float16 [3,2] in the else branch + int4 [7].
    const params = countParams(model);
    assert.equal(params.total, 2 + 6 + 7);
    assert.deepEqual(params.byDtype, { float32: { elements: 2, bytes: 8 }, float16: { elements: 6, bytes: 12 }, int4: { elements: 7, bytes: 4 } });
    assert.deepEqual(params.nonWeight, { elements: 2, bytes: 16 });
  });

  test('typed data fields decode like raw_data', () => {
    const g = new GraphBuilder('main');
    g.initializer('a', 'int64', [3], { values: [7, -8, 9], encoding: 'typed' });
    g.initializer('b', 'float32', [2], { values: [0.5, -2], encoding: 'typed' });
    g.input('x', 'float32', [1]);
    g.node('Identity', ['x'], ['y']);
    g.output('y', 'float32', [1]);
    const { model } = readOnnxBytes(modelBytes(g), 'typed.onnx');
    assert.deepEqual(model.graph.initializers.get('a')!.values, [7, -8, 9]);
    assert.deepEqual(model.graph.initializers.get('b')!.values, [0.5, -2]);
  });
});

describe('bad input: one clear error naming the file', () => {
  const root = mkdtempSync(join(tmpdir(), 'mb-reader-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  testEachBadCase((c, path) => {
    assert.throws(() => readOnnxFile(path), (e: unknown) => {
      assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
      assert.equal(e.file, path);
      assertDetail(c, e.detail);
      return true;
    });
  }, 'read');

  test('a valid model with external data reads', () => {
    const path = writeExternalModel(join(root, 'ok'));
    const { model, externalDataBytes } = readOnnxFile(path);
    assert.equal(model.graph.initializers.get('w')!.storage, 'external');
    assert.equal(externalDataBytes, 64);
  });

  test('a missing file', () => {
    assert.throws(() => readOnnxFile(join(root, 'nope.onnx')), /nope\.onnx: no such file/);
  });
});

describe('large files: weights are skipped, not read', () => {
  const root = mkdtempSync(join(tmpdir(), 'mb-large-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('a 40 MB model with embedded weights: exact params, at most 1 MB + 1% read', async () => {
    const info = await writeLargeModel(join(root, 'big.onnx'), { totalBytes: 40e6 });
    const { model, stats } = readOnnxFile(info.modelPath);
    assert.equal(countParams(model).total, info.params);
    assert.ok(stats.bytesRead <= 1e6 + info.modelBytes / 100, `${stats.bytesRead} bytes read of ${info.modelBytes}`);
  });

  test('the external-data variant: the side file is checked and counted', async () => {
    const info = await writeLargeModel(join(root, 'ext', 'big.onnx'), { totalBytes: 40e6, external: true });
    const { model, externalDataBytes } = readOnnxFile(info.modelPath);
    assert.equal(countParams(model).total, info.params);
    assert.equal(externalDataBytes, info.dataBytes);
  });

  test('a Constant node larger than the read window is decoded in place', () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 50000]);
    g.constant('c', 'float32', [1, 50000]);
    g.node('Add', ['x', 'c'], ['y']);
    g.output('y', 'float32', [1, 50000]);
    const path = join(root, 'constant.onnx');
    writeFileSync(path, modelBytes(g));
    const { model, stats } = readOnnxFile(path);
    // 200,000 bytes of Constant payload are skipped: the node is decoded without reading them.
    assert.equal(countParams(model).total, 50000);
    assert.ok(stats.bytesRead < 200_000 / 4, `${stats.bytesRead} bytes read`);
  });
});
