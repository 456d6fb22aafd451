import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inferOp, runOp } from '../support/op-harness.js';
import { OpError } from '../../src/shapes/types.js';

const f32 = (shape: (number | string)[]) => ({ dtype: 'float32' as const, shape });

describe('MaxPool', () => {
  test('ResNet stem max pool: 3x3 stride 2 pad 1', () => {
    // floor((112 + 2 - 3) / 2) + 1 = 56; FLOPs = 64 * 56 * 56 * 9 = 1806336; MACs 0
    const r = runOp({ op: 'MaxPool', inputs: [f32([1, 64, 112, 112])], attrs: { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 64, 56, 56]);
    assert.deepEqual(r.cost, { macs: 0, flops: 1806336 });
  });

  test('ceil_mode rounds up', () => {
    // floor: floor((6 - 3) / 2) + 1 = 2; ceil: ceil(3 / 2) + 1 = 3 (last window starts at 4 < 6: kept)
    const run = (ceil_mode: number) => runOp({ op: 'MaxPool', inputs: [f32([1, 1, 6, 6])], attrs: { kernel_shape: [3, 3], strides: [2, 2], ceil_mode } });
    assert.deepEqual(run(0).outputs[0]!.shape, [1, 1, 2, 2]);
    const c = run(1);
    assert.deepEqual(c.outputs[0]!.shape, [1, 1, 3, 3]);
    // 9 outputs * 9 taps
    assert.equal(c.cost.flops, 81);
  });

  test('ceil_mode drops a window that would start in the end padding', () => {
    // in 5, k 2, s 2, pads 1+1: ceil((5 + 2 - 2) / 2) + 1 = 4, but window 4 starts at (4 - 1) * 2 = 6 >= 5 + 1: 3
    const r = runOp({ op: 'MaxPool', inputs: [f32([1, 1, 5, 5])], attrs: { kernel_shape: [2, 2], strides: [2, 2], pads: [1, 1, 1, 1], ceil_mode: 1 } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 1, 3, 3]);
  });

  test('ceil_mode and dilations only exist from opset 10', () => {
    const call = (opset: number) => ({ op: 'MaxPool', opset, inputs: [f32([1, 1, 6, 6])], attrs: { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 } });
    const old = runOp(call(8));
    assert.deepEqual(old.outputs[0]!.shape, [1, 1, 2, 2]);
    assert.match(old.warnings.join(), /ceil_mode/);
    assert.deepEqual(runOp(call(10)).outputs[0]!.shape, [1, 1, 3, 3]);
    // dilation 2: effective kernel 5, 7 - 5 + 1 = 3
    const d = runOp({ op: 'MaxPool', opset: 12, inputs: [f32([1, 1, 7, 7])], attrs: { kernel_shape: [3, 3], dilations: [2, 2] } });
    assert.deepEqual(d.outputs[0]!.shape, [1, 1, 3, 3]);
  });

  test('Indices output: int64, same shape; absent before opset 8', () => {
    const call = (opset: number) => ({ op: 'MaxPool', opset, outputs: 2, inputs: [f32([1, 2, 4, 4])], attrs: { kernel_shape: [2, 2], strides: [2, 2], storage_order: 1 } });
    const r = runOp(call(12));
    assert.deepEqual(r.outputs[1], { dtype: 'int64', shape: [1, 2, 2, 2] });
    assert.throws(() => runOp(call(7)), OpError);
  });

  test('auto_pad and symbolic dims', () => {
    // SAME_UPPER: ceil(7 / 2) = 4; VALID: floor((7 - 3) / 2) + 1 = 3
    const run = (auto_pad: string) => runOp({ op: 'MaxPool', inputs: [f32([1, 1, 7, 7])], attrs: { kernel_shape: [3, 3], strides: [2, 2], auto_pad } });
    assert.deepEqual(run('SAME_LOWER').outputs[0]!.shape, [1, 1, 4, 4]);
    assert.deepEqual(run('VALID').outputs[0]!.shape, [1, 1, 3, 3]);
    const s = inferOp({ op: 'MaxPool', inputs: [f32(['N', 3, 'H', 'W'])], attrs: { kernel_shape: [3, 3], pads: [1, 1, 1, 1] } });
    assert.deepEqual(s.outputs[0]!.shape, ['N', 3, 'H', 'W']);
  });

  test('missing kernel_shape is reported', () => {
    assert.throws(() => runOp({ op: 'MaxPool', inputs: [f32([1, 1, 4, 4])] }), /kernel_shape/);
  });
});

describe('AveragePool and LpPool', () => {
  test('AveragePool: count_include_pad does not change the cost', () => {
    // floor((8 + 2 - 3) / 2) + 1 = 4; FLOPs = 3 * 16 * 9 = 432
    const run = (count_include_pad: number) => runOp({
      op: 'AveragePool', inputs: [f32([1, 3, 8, 8])], attrs: { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1], count_include_pad },
    });
    assert.deepEqual(run(0).outputs[0]!.shape, [1, 3, 4, 4]);
    assert.deepEqual(run(0).cost, { macs: 0, flops: 432 });
    assert.deepEqual(run(1).cost, run(0).cost);
  });

  test('AveragePool dilations arrive in opset 19', () => {
    const call = (opset: number) => ({ op: 'AveragePool', opset, inputs: [f32([1, 1, 7, 7])], attrs: { kernel_shape: [3, 3], dilations: [2, 2] } });
    // opset 18: no dilations -> 7 - 3 + 1 = 5; opset 19: 7 - 5 + 1 = 3
    assert.deepEqual(runOp(call(18)).outputs[0]!.shape, [1, 1, 5, 5]);
    assert.deepEqual(runOp(call(19)).outputs[0]!.shape, [1, 1, 3, 3]);
  });

  test('LpPool: 2 per tap + 1 root per output', () => {
    // [1,2,4,4] k2 s2 -> [1,2,2,2] = 8 outputs * (2 * 4 + 1) = 72
    const r = runOp({ op: 'LpPool', inputs: [f32([1, 2, 4, 4])], attrs: { kernel_shape: [2, 2], strides: [2, 2] } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 2, 2, 2]);
    assert.equal(r.cost.flops, 72);
  });
});

describe('global pooling', () => {
  test('GlobalAveragePool: 1 FLOP per input element', () => {
    // 512 * 7 * 7 = 25088
    const r = runOp({ op: 'GlobalAveragePool', inputs: [f32([1, 512, 7, 7])] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 512, 1, 1]);
    assert.deepEqual(r.cost, { macs: 0, flops: 25088 });
  });

  test('GlobalMaxPool keeps symbolic N and C', () => {
    const r = inferOp({ op: 'GlobalMaxPool', inputs: [f32(['N', 'C', 5, 5, 5])] });
    assert.deepEqual(r.outputs[0]!.shape, ['N', 'C', 1, 1, 1]);
    assert.equal(runOp({ op: 'GlobalMaxPool', inputs: [f32([2, 4, 5, 5])] }).cost.flops, 200);
  });

  test('GlobalLpPool: 2 per input + 1 per output', () => {
    // 2 * 3 * 3 = 18 inputs * 2 + 2 outputs = 38
    assert.equal(runOp({ op: 'GlobalLpPool', inputs: [f32([1, 2, 3, 3])] }).cost.flops, 38);
  });
});

describe('ROI pooling and unpooling', () => {
  test('MaxRoiPool', () => {
    // [5 rois, 8 channels, 7, 7] = 1960 outputs; bin = ceil(14/7) * ceil(14/7) = 4: 7840
    const r = runOp({ op: 'MaxRoiPool', inputs: [f32([1, 8, 14, 14]), f32([5, 5])], attrs: { pooled_shape: [7, 7] } });
    assert.deepEqual(r.outputs[0]!.shape, [5, 8, 7, 7]);
    assert.equal(r.cost.flops, 7840);
  });

  test('RoiAlign with fixed and adaptive sampling', () => {
    const call = (sampling_ratio: number) => ({
      op: 'RoiAlign', opset: 16, inputs: [f32([1, 4, 16, 16]), f32([3, 4]), { dtype: 'int64' as const, shape: [3] }],
      attrs: { output_height: 4, output_width: 4, sampling_ratio },
    });
    const r = runOp(call(2));
    assert.deepEqual(r.outputs[0]!.shape, [3, 4, 4, 4]);
    // 192 outputs * (2 * 2 samples * 5 + 1) = 192 * 21 = 4032
    assert.equal(r.cost.flops, 4032);
    // adaptive: ceil(16 / 4) = 4 per axis: 192 * (16 * 5 + 1) = 15552
    assert.equal(runOp(call(0)).cost.flops, 15552);
  });

  test('MaxUnpool default size and output_shape input', () => {
    // (2 - 1) * 2 + 2 = 4
    const r = runOp({ op: 'MaxUnpool', inputs: [f32([1, 1, 2, 2]), { dtype: 'int64', shape: [1, 1, 2, 2] }], attrs: { kernel_shape: [2, 2], strides: [2, 2] } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 1, 4, 4]);
    assert.deepEqual(r.cost, { macs: 0, flops: 0 });
    const o = runOp({
      op: 'MaxUnpool', inputs: [f32([1, 1, 2, 2]), { dtype: 'int64', shape: [1, 1, 2, 2] }, { dtype: 'int64', shape: [4], value: [1, 1, 5, 5] }],
      attrs: { kernel_shape: [2, 2], strides: [2, 2] },
    });
    assert.deepEqual(o.outputs[0]!.shape, [1, 1, 5, 5]);
  });
});

describe('com.microsoft quantized pools', () => {
  const q = (shape: number[]) => ({ dtype: 'uint8' as const, shape });
  const scale = { dtype: 'float32' as const, shape: [] as number[], value: [0.1] };
  const zp = { dtype: 'uint8' as const, shape: [] as number[], value: [128] };

  test('QLinearAveragePool, channels-last', () => {
    // NHWC [1, 8, 8, 3], k2 s2 -> [1, 4, 4, 3]: 48 outputs * (4 taps + 2 requantize) = 288
    const r = runOp({
      op: 'QLinearAveragePool', domain: 'com.microsoft', inputs: [q([1, 8, 8, 3]), scale, zp, scale, zp],
      attrs: { kernel_shape: [2, 2], strides: [2, 2], channels_last: 1 },
    });
    assert.deepEqual(r.outputs[0], { dtype: 'uint8', shape: [1, 4, 4, 3] });
    assert.equal(r.cost.flops, 288);
  });

  test('NhwcMaxPool', () => {
    // NHWC [1, 9, 9, 4], k3 s2 ceil: ceil((9 - 3) / 2) + 1 = 4 -> [1, 4, 4, 4]; 64 outputs * 9 taps = 576
    const r = runOp({ op: 'NhwcMaxPool', domain: 'com.microsoft', inputs: [{ dtype: 'int8', shape: [1, 9, 9, 4] }], attrs: { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 } });
    assert.deepEqual(r.outputs[0], { dtype: 'int8', shape: [1, 4, 4, 4] });
    assert.equal(r.cost.flops, 576);
  });

  test('QLinearGlobalAveragePool', () => {
    // [1, 16, 7, 7]: 784 inputs + 2 * 16 outputs = 816
    const r = runOp({ op: 'QLinearGlobalAveragePool', domain: 'com.microsoft', inputs: [q([1, 16, 7, 7]), scale, zp, scale, zp] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 16, 1, 1]);
    assert.equal(r.cost.flops, 816);
  });
});
