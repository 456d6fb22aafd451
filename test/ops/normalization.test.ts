import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OpError } from '../../src/shapes/types.js';
import { runOp } from '../support/op-harness.js';

const bnInputs = (shape: number[]) => {
  const c = [shape[1]!];
  return [{ shape }, { shape: c }, { shape: c }, { shape: c }, { shape: c }];
};

describe('BatchNormalization', () => {
  test('inference: scale + shift = 2 per element', () => {
    // [1,64,56,56] = 200,704 elements * 2 = 401,408.
    const r = runOp({ op: 'BatchNormalization', opset: 9, inputs: bnInputs([1, 64, 56, 56]) });
    assert.deepEqual(r.outputs, [{ dtype: 'float32', shape: [1, 64, 56, 56] }]);
    assert.deepEqual(r.cost, { macs: 0, flops: 401408 });
  });

  test('opset 14 training_mode=1: Y, running_mean [C], running_var [C]; 5 per element', () => {
    const r = runOp({ op: 'BatchNormalization', opset: 14, inputs: bnInputs([2, 4, 3, 3]), attrs: { training_mode: 1 }, outputs: 3 });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[2, 4, 3, 3], [4], [4]]);
    assert.equal(r.cost.flops, 5 * 72);
    // training_mode=0 (default) is inference even at opset 15.
    assert.equal(runOp({ op: 'BatchNormalization', opset: 15, inputs: bnInputs([2, 4, 3, 3]) }).cost.flops, 2 * 72);
  });

  test('opset 7: asking for the 4 statistics outputs means training', () => {
    const r = runOp({ op: 'BatchNormalization', opset: 7, inputs: bnInputs([2, 4, 3, 3]), outputs: 5 });
    assert.equal(r.outputs.length, 5);
    assert.deepEqual(r.outputs.slice(1).map((o) => o.shape), [[4], [4], [4], [4]]);
    assert.equal(r.cost.flops, 5 * 72);
  });

  test('rank-1 input is an OpError', () => {
    assert.throws(() => runOp({ op: 'BatchNormalization', inputs: bnInputs([4, 1]).map((x, i) => (i === 0 ? { shape: [4] } : x)) }), OpError);
  });
});

describe('LayerNormalization family', () => {
  test('opset 17: 5 per element; Mean/InvStdDev keep dims before axis, float32 by stash_type', () => {
    // [2,8,768] = 12,288 elements * 5 = 61,440.
    const r = runOp({ op: 'LayerNormalization', opset: 17, inputs: [{ dtype: 'float16', shape: [2, 8, 768] }, { dtype: 'float16', shape: [768] }, { dtype: 'float16', shape: [768] }], outputs: 3 });
    assert.deepEqual(r.outputs, [
      { dtype: 'float16', shape: [2, 8, 768] },
      { dtype: 'float32', shape: [2, 8, 1] },
      { dtype: 'float32', shape: [2, 8, 1] },
    ]);
    assert.equal(r.cost.flops, 61440);
    const axis1 = runOp({ op: 'LayerNormalization', opset: 17, inputs: [{ shape: [2, 8, 768] }, { shape: [8, 768] }], attrs: { axis: 1 }, outputs: 2 });
    assert.deepEqual(axis1.outputs[1]!.shape, [2, 1, 1]);
  });

  test('an opset-13 file using onnxruntime\'s default-domain LayerNormalization still resolves', () => {
    assert.equal(runOp({ op: 'LayerNormalization', opset: 13, inputs: [{ shape: [4, 10] }, { shape: [10] }] }).cost.flops, 200);
    assert.equal(runOp({ op: 'LayerNormalization', domain: 'com.microsoft', inputs: [{ shape: [4, 10] }, { shape: [10] }] }).cost.flops, 200);
  });

  test('RMSNormalization (23) and SimplifiedLayerNormalization: 3 per element', () => {
    assert.equal(runOp({ op: 'RMSNormalization', opset: 23, inputs: [{ shape: [4, 10] }, { shape: [10] }] }).cost.flops, 120);
    const s = runOp({ op: 'SimplifiedLayerNormalization', inputs: [{ shape: [4, 10] }, { shape: [10] }], outputs: 2 });
    assert.deepEqual(s.outputs[1], { dtype: 'float32', shape: [4, 1] });
    assert.equal(s.cost.flops, 120);
  });

  test('com.microsoft SkipLayerNormalization: 4 outputs; skip 1 + bias 1 + LN 5 per element', () => {
    const h = [768];
    const r = runOp({
      op: 'SkipLayerNormalization', domain: 'com.microsoft', outputs: 4,
      inputs: [{ dtype: 'float16', shape: [2, 8, 768] }, { dtype: 'float16', shape: [2, 8, 768] }, { dtype: 'float16', shape: h }, { dtype: 'float16', shape: h }, { dtype: 'float16', shape: h }],
    });
    assert.deepEqual(r.outputs, [
      { dtype: 'float16', shape: [2, 8, 768] },
      { dtype: 'float32', shape: [2, 8, 1] },
      { dtype: 'float32', shape: [2, 8, 1] },
      { dtype: 'float16', shape: [2, 8, 768] },
    ]);
    // 12,288 elements * (1 + 1 + 5) = 86,016; without the bias input: * 6 = 73,728.
    assert.equal(r.cost.flops, 86016);
    const noBias = runOp({ op: 'SkipLayerNormalization', domain: 'com.microsoft', inputs: [{ shape: [2, 8, 768] }, { shape: [8, 768] }, { shape: h }, { shape: h }] });
    assert.deepEqual(noBias.outputs[0]!.shape, [2, 8, 768]);
    assert.equal(noBias.cost.flops, 73728);
  });

  test('com.microsoft SkipSimplifiedLayerNormalization: skip 1 (+ bias 1) + RMS 3 per element', () => {
    const r = runOp({ op: 'SkipSimplifiedLayerNormalization', domain: 'com.microsoft', inputs: [{ shape: [16, 64] }, { shape: [16, 64] }, { shape: [64] }] });
    assert.equal(r.cost.flops, 4 * 1024);
    const withBias = runOp({ op: 'SkipSimplifiedLayerNormalization', domain: 'com.microsoft', inputs: [{ shape: [16, 64] }, { shape: [16, 64] }, { shape: [64] }, { shape: [64] }] });
    assert.equal(withBias.cost.flops, 5 * 1024);
  });
});

describe('other normalizations', () => {
  test('GroupNormalization: 5 per element; channels must divide into groups', () => {
    // [2,32,8,8] = 4096 * 5 = 20,480.
    assert.equal(runOp({ op: 'GroupNormalization', opset: 18, inputs: [{ shape: [2, 32, 8, 8] }, { shape: [8] }, { shape: [8] }], attrs: { num_groups: 8 } }).cost.flops, 20480);
    assert.throws(() => runOp({ op: 'GroupNormalization', opset: 21, inputs: [{ shape: [2, 30, 8, 8] }, { shape: [30] }, { shape: [30] }], attrs: { num_groups: 8 } }), OpError);
  });

  test('GroupNormalization scale and bias: [num_groups] up to opset 20, [C] from opset 21', () => {
    const run = (opset: number, scale: number[], bias: number[]) => runOp({
      op: 'GroupNormalization', opset, inputs: [{ shape: [2, 32, 8, 8] }, { shape: scale }, { shape: bias }], attrs: { num_groups: 8 },
    });
    assert.equal(run(21, [32], [32]).cost.flops, 20480);
    assert.throws(() => run(18, [32], [8]), /scale has 32 entries, expected 8 \(num_groups, opset 18-20\)/);
    assert.throws(() => run(21, [32], [8]), /bias has 8 entries, expected 32 \(channels, opset 21\+\)/);
    assert.throws(() => run(18, [8, 1], [8]), /scale must be 1-D \[num_groups\], got \[8,1\]/);
  });

  test('InstanceNormalization 5, MeanVarianceNormalization 4, LpNormalization 3 per element', () => {
    assert.equal(runOp({ op: 'InstanceNormalization', inputs: [{ shape: [1, 3, 4, 4] }, { shape: [3] }, { shape: [3] }] }).cost.flops, 240);
    assert.equal(runOp({ op: 'MeanVarianceNormalization', inputs: [{ shape: [1, 3, 4, 4] }] }).cost.flops, 192);
    assert.equal(runOp({ op: 'LpNormalization', inputs: [{ shape: [1, 3, 4, 4] }] }).cost.flops, 144);
  });

  test('com.microsoft GroupNorm / SkipGroupNorm (NHWC): 5 per element + 2 for SiLU, + skip/bias adds', () => {
    // [2,8,8,32] = 4096 elements. GroupNorm with SiLU: 7 * 4096 = 28,672.
    const g = runOp({ op: 'GroupNorm', domain: 'com.microsoft', inputs: [{ shape: [2, 8, 8, 32] }, { shape: [32] }, { shape: [32] }], attrs: { groups: 8, activation: 1 } });
    assert.deepEqual(g.outputs[0]!.shape, [2, 8, 8, 32]);
    assert.equal(g.cost.flops, 28672);
    // SkipGroupNorm with bias and SiLU: (1 + 1 + 5 + 2) * 4096 = 36,864; output S has the input's shape.
    const sg = runOp({
      op: 'SkipGroupNorm', domain: 'com.microsoft', outputs: 2,
      inputs: [{ shape: [2, 8, 8, 32] }, { shape: [32] }, { shape: [32] }, { shape: [2, 1, 1, 32] }, { shape: [32] }],
      attrs: { groups: 8, activation: 1 },
    });
    assert.deepEqual(sg.outputs.map((o) => o.shape), [[2, 8, 8, 32], [2, 8, 8, 32]]);
    assert.equal(sg.cost.flops, 36864);
    assert.throws(() => runOp({ op: 'GroupNorm', domain: 'com.microsoft', inputs: [{ shape: [2, 8, 8, 30] }, { shape: [30] }, { shape: [30] }], attrs: { groups: 8, activation: 0 } }), OpError);
  });

  test('LRN: (size + 4) per element (AlexNet conv1: [1,96,55,55], size 5)', () => {
    // 96*55*55 = 290,400 elements * 9 = 2,613,600.
    assert.equal(runOp({ op: 'LRN', inputs: [{ shape: [1, 96, 55, 55] }], attrs: { size: 5 } }).cost.flops, 2613600);
  });
});
