import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { OpError } from '../../src/shapes/types.js';
import { floats, runOp } from '../support/op-harness.js';

const ML = 'ai.onnx.ml';

describe('linear models', () => {
  test('LinearClassifier X [4,3], 2 classes, SOFTMAX: 2*4*3*2 + 8 + 3*8 = 80 FLOPs, no MACs', () => {
    const r = runOp({
      op: 'LinearClassifier', domain: ML, outputs: 2,
      inputs: [{ shape: [4, 3] }],
      attrs: { coefficients: floats([1, 2, 3, 4, 5, 6]), intercepts: floats([0, 1]), classlabels_ints: [0, 1], post_transform: 'SOFTMAX' },
    });
    assert.deepEqual(r.outputs[0], { dtype: 'int64', shape: [4] });
    assert.deepEqual(r.outputs[1], { dtype: 'float32', shape: [4, 2] });
    assert.deepEqual(r.cost, { macs: 0, flops: 80 });
  });

  test('LinearRegressor targets=2 on [5,4]: 2*5*4*2 + 10 = 90 FLOPs', () => {
    const r = runOp({ op: 'LinearRegressor', domain: ML, inputs: [{ shape: [5, 4] }], attrs: { targets: 2, coefficients: floats([1, 1, 1, 1, 2, 2, 2, 2]) } });
    assert.deepEqual(r.outputs[0]!.shape, [5, 2]);
    assert.equal(r.cost.flops, 90);
    assert.throws(() => runOp({ op: 'LinearRegressor', domain: ML, inputs: [{ shape: [5, 3] }], attrs: { targets: 2, coefficients: floats([1, 1, 1, 1]) } }), OpError);
  });
});

describe('preprocessing', () => {
  test('Normalizer L2 on [2,3]: 3*6 + 2 sqrt = 20; Scaler 2 per element', () => {
    assert.equal(runOp({ op: 'Normalizer', domain: ML, inputs: [{ shape: [2, 3] }], attrs: { norm: 'L2' } }).cost.flops, 20);
    assert.equal(runOp({ op: 'Scaler', domain: ML, inputs: [{ shape: [2, 3] }] }).cost.flops, 12);
  });

  test('ArrayFeatureExtractor [5,10] with 3 indices -> [5,3]; reads 2*60 + 24 = 144 bytes', () => {
    const r = runOp({ op: 'ArrayFeatureExtractor', domain: ML, inputs: [{ shape: [5, 10] }, { dtype: 'int64', value: [0, 4, 9] }] });
    assert.deepEqual(r.outputs[0]!.shape, [5, 3]);
    assert.equal(r.cost.bytes, 144); // output 15 fp32 = 60 bytes, read and written; indices 3*8
  });

  test('OneHotEncoder [5,1] with 4 categories -> [5,1,4]; LabelEncoder-2 strings -> int64', () => {
    assert.deepEqual(runOp({ op: 'OneHotEncoder', domain: ML, inputs: [{ dtype: 'int64', shape: [5, 1] }], attrs: { cats_int64s: [1, 2, 3, 4] } }).outputs[0],
      { dtype: 'float32', shape: [5, 1, 4] });
    const le = runOp({ op: 'LabelEncoder', domain: ML, opset: 2, inputs: [{ dtype: 'string', shape: [7] }], attrs: { keys_strings: ['a', 'b'], values_int64s: [1, 2] } });
    assert.deepEqual(le.outputs[0], { dtype: 'int64', shape: [7] });
  });

  test('FeatureVectorizer concatenates [N,2] and [N,3] into [N,5]', () => {
    const r = runOp({ op: 'FeatureVectorizer', domain: ML, inputs: [{ shape: [6, 2] }, { shape: [6, 3] }], attrs: { inputdimensions: [2, 3] } });
    assert.deepEqual(r.outputs[0]!.shape, [6, 5]);
  });
});

describe('tree ensembles and SVMs', () => {
  test('TreeEnsembleRegressor: depths 2 and 1 over 10 samples -> 10*3 compares + 10*2 adds = 50', () => {
    // tree 0: 0 -> (1 leaf, 2), 2 -> (3 leaf, 4 leaf): depth 2. tree 1: 0 -> (1 leaf, 2 leaf): depth 1.
    const r = runOp({
      op: 'TreeEnsembleRegressor', domain: ML, inputs: [{ shape: [10, 4] }],
      attrs: {
        n_targets: 1,
        nodes_treeids: [0, 0, 0, 0, 0, 1, 1, 1],
        nodes_nodeids: [0, 1, 2, 3, 4, 0, 1, 2],
        nodes_modes: ['BRANCH_LEQ', 'LEAF', 'BRANCH_LEQ', 'LEAF', 'LEAF', 'BRANCH_LEQ', 'LEAF', 'LEAF'],
        nodes_truenodeids: [1, 0, 3, 0, 0, 1, 0, 0],
        nodes_falsenodeids: [2, 0, 4, 0, 0, 2, 0, 0],
      },
    });
    assert.deepEqual(r.outputs[0]!.shape, [10, 1]);
    assert.equal(r.cost.flops, 50);
  });

  test('TreeEnsemble (ml opset 5): root 0 -> (node 1, leaf), node 1 -> (leaf, leaf): depth 2; 4 samples -> 4*2 + 4*1 = 12', () => {
    const r = runOp({
      op: 'TreeEnsemble', domain: ML, opset: 5, inputs: [{ shape: [4, 3] }],
      attrs: {
        n_targets: 1, tree_roots: [0],
        nodes_truenodeids: [1, 1], nodes_trueleafs: [0, 1],
        nodes_falsenodeids: [0, 2], nodes_falseleafs: [1, 1],
        nodes_featureids: [0, 2], nodes_splits: floats([0.5, 1.5]),
        leaf_targetids: [0, 0, 0], leaf_weights: floats([1, 2, 3]),
      },
    });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [4, 1] });
    assert.equal(r.cost.flops, 12);
  });

  test('SVMClassifier RBF with 5 support vectors, F=4: per sample 5*(8+2) + 2*5 = 60 -> 600 for 10 samples', () => {
    const r = runOp({
      op: 'SVMClassifier', domain: ML, outputs: 2, inputs: [{ shape: [10, 4] }],
      attrs: {
        kernel_type: 'RBF', vectors_per_class: [2, 3], classlabels_ints: [0, 1],
        support_vectors: floats(new Array(20).fill(0.5)), coefficients: floats([1, 1, 1, 1, 1]), rho: floats([0.5]),
      },
    });
    assert.deepEqual(r.outputs[1]!.shape, [10, 2]);
    assert.deepEqual(r.cost, { macs: 0, flops: 600 });
  });
});

describe('lookups and other ai.onnx.ml ops', () => {
  test('Binarizer and Imputer: 1 compare per element, input dtype kept', () => {
    const b = runOp({ op: 'Binarizer', domain: ML, inputs: [{ dtype: 'float64', shape: [4, 3] }] });
    assert.deepEqual(b.outputs[0], { dtype: 'float64', shape: [4, 3] });
    assert.equal(b.cost.flops, 12);
    assert.equal(runOp({ op: 'Imputer', domain: ML, inputs: [{ shape: [2, 5] }] }).cost.flops, 10);
  });

  test('ZipMap returns a sequence of maps (no tensor type) and reads its 12-byte input', () => {
    const r = runOp({ op: 'ZipMap', domain: ML, inputs: [{ shape: [1, 3] }], attrs: { classlabels_int64s: [0, 1, 2] } });
    assert.deepEqual(r.outputs[0], { dtype: undefined, shape: undefined });
    assert.equal(r.cost.bytes, 12);
  });

  test('CategoryMapper maps strings to int64 and back', () => {
    assert.equal(runOp({ op: 'CategoryMapper', domain: ML, inputs: [{ dtype: 'string', shape: [3] }] }).outputs[0]!.dtype, 'int64');
    assert.equal(runOp({ op: 'CategoryMapper', domain: ML, inputs: [{ dtype: 'int64', shape: [3] }] }).outputs[0]!.dtype, 'string');
  });

  test('TreeEnsembleClassifier: 3 classes, one tree of depth 1, 6 samples -> 6*1 + 6*1*3 = 24 FLOPs', () => {
    const r = runOp({
      op: 'TreeEnsembleClassifier', domain: ML, outputs: 2, inputs: [{ shape: [6, 2] }],
      attrs: {
        classlabels_int64s: [0, 1, 2],
        nodes_treeids: [0, 0, 0], nodes_nodeids: [0, 1, 2], nodes_modes: ['BRANCH_LT', 'LEAF', 'LEAF'],
        nodes_truenodeids: [1, 0, 0], nodes_falsenodeids: [2, 0, 0],
      },
    });
    assert.deepEqual(r.outputs[0], { dtype: 'int64', shape: [6] });
    assert.deepEqual(r.outputs[1], { dtype: 'float32', shape: [6, 3] });
    assert.equal(r.cost.flops, 24);
  });

  test('SVMRegressor: linear without support vectors 2*F per sample; RBF with 3 SVs 3*(8+2) + 6 = 36', () => {
    assert.equal(runOp({ op: 'SVMRegressor', domain: ML, inputs: [{ shape: [5, 4] }] }).cost.flops, 40); // 5 * 2*4
    const r = runOp({ op: 'SVMRegressor', domain: ML, inputs: [{ shape: [5, 4] }], attrs: { kernel_type: 'RBF', n_supports: 3 } });
    assert.deepEqual(r.outputs[0]!.shape, [5, 1]);
    assert.equal(r.cost.flops, 180); // 5 * 36
  });
});

describe('map inputs: CastMap and DictVectorizer', () => {
  const mapInput = { dtype: undefined, shape: undefined };

  test('CastMap SPARSE with max_map 5 -> float [1,5], 20 bytes written; DENSE has a data-dependent width', () => {
    const r = runOp({ op: 'CastMap', domain: 'ai.onnx.ml', inputs: [mapInput], attrs: { map_form: 'SPARSE', max_map: 5 } });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [1, 5] });
    assert.deepEqual([r.cost.flops, r.cost.bytes], [0, 20]);
    const d = runOp({ op: 'CastMap', domain: 'ai.onnx.ml', inputs: [mapInput], attrs: { map_form: 'SPARSE', cast_to: 'TO_INT64', max_map: 2 } });
    assert.deepEqual(d.outputs[0], { dtype: 'int64', shape: [1, 2] });
    assert.throws(() => runOp({ op: 'CastMap', domain: 'ai.onnx.ml', inputs: [mapInput], attrs: { cast_to: 'TO_BOOL' } }), /cast_to/);
    // Object.prototype's keys are no dtypes either.
    for (const castTo of ['constructor', 'toString', '__proto__']) {
      assert.throws(() => runOp({ op: 'CastMap', domain: 'ai.onnx.ml', inputs: [mapInput], attrs: { map_form: 'SPARSE', cast_to: castTo, max_map: 5 } }), /cast_to must be/);
    }
  });

  test('DictVectorizer: [1, vocabulary size]; exactly one vocabulary', () => {
    const r = runOp({ op: 'DictVectorizer', domain: 'ai.onnx.ml', inputs: [{ dtype: 'float32', shape: undefined }], attrs: { string_vocabulary: ['a', 'b', 'c'] } });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [1, 3] });
    assert.equal(r.cost.bytes, 12);
    assert.throws(() => runOp({ op: 'DictVectorizer', domain: 'ai.onnx.ml', inputs: [mapInput] }), /exactly one/);
  });
});
