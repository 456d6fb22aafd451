/**
 * The same op at the opset versions where its inputs or attributes changed (onnx/onnx
 * docs/Changelog.md): each form resolves to the right shape and the same hand-counted cost.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { floats, runOp } from '../support/op-harness.js';

const i64 = (v: number[]) => ({ dtype: 'int64' as const, shape: [v.length], value: v });
const scalarI64 = (v: number) => ({ dtype: 'int64' as const, shape: [], value: [v] });
const f32 = (shape: number[]) => ({ shape });
const shapeOf = (r: ReturnType<typeof runOp>, i = 0) => r.outputs[i]!.shape;

describe('per-version forms', () => {
  test('Tile-1 (tiles + axis inputs) and Tile-6 (repeats vector) give [2,9] for the same tiling', () => {
    assert.deepEqual(shapeOf(runOp({ op: 'Tile', opset: 1, inputs: [f32([2, 3]), scalarI64(3), scalarI64(1)] })), [2, 9]);
    assert.deepEqual(shapeOf(runOp({ op: 'Tile', opset: 6, inputs: [f32([2, 3]), i64([1, 3])] })), [2, 9]);
  });

  test('Dropout mask: input type at opset 7, bool from opset 10 (and with the opset-12 ratio/training inputs)', () => {
    const at = (opset: number, extra: Array<{ dtype: 'float32' | 'bool'; shape: number[]; value: number[] }> = []) =>
      runOp({ op: 'Dropout', opset, inputs: [f32([2, 8]), ...extra], outputs: 2 }).outputs[1]!.dtype;
    assert.equal(at(7), 'float32');
    assert.equal(at(10), 'bool');
    assert.equal(at(12, [{ dtype: 'float32', shape: [], value: [0.5] }]), 'bool');
  });

  test('Reshape-1 (shape attribute) and Reshape-5 (shape input, 0 copies a dim): [2,3,4] -> [6,4] / [2,12]', () => {
    assert.deepEqual(shapeOf(runOp({ op: 'Reshape', opset: 1, inputs: [f32([2, 3, 4])], attrs: { shape: [6, -1] } })), [6, 4]);
    assert.deepEqual(shapeOf(runOp({ op: 'Reshape', opset: 5, inputs: [f32([2, 3, 4]), i64([0, -1])] })), [2, 12]);
  });

  test('Clip-6 (min/max attributes) and Clip-11 (min/max inputs): 1 FLOP per element, 6 for [2,3]', () => {
    assert.equal(runOp({ op: 'Clip', opset: 6, inputs: [f32([2, 3])], attrs: { min: 0, max: 6 } }).cost.flops, 6);
    const s = (v: number) => ({ dtype: 'float32' as const, shape: [], value: [v] });
    assert.equal(runOp({ op: 'Clip', opset: 11, inputs: [f32([2, 3]), s(0), s(6)] }).cost.flops, 6);
  });

  test('Upsample-7 (scales attribute) and Upsample-9 (scales input): [1,1,2,2] x (2,3) -> [1,1,4,6]; linear 4 per output = 96', () => {
    assert.deepEqual(shapeOf(runOp({ op: 'Upsample', opset: 7, inputs: [f32([1, 1, 2, 2])], attrs: { scales: floats([1, 1, 2, 3]) } })), [1, 1, 4, 6]);
    const r = runOp({ op: 'Upsample', opset: 9, inputs: [f32([1, 1, 2, 2]), { dtype: 'float32', value: [1, 1, 2, 3] }], attrs: { mode: 'linear' } });
    assert.deepEqual(shapeOf(r), [1, 1, 4, 6]);
    assert.equal(r.cost.flops, 24 * 4);
  });

  test('Split-11 (split attribute), Split-13 (split input), Split-18 (num_outputs, last chunk smaller)', () => {
    assert.deepEqual(runOp({ op: 'Split', opset: 11, inputs: [f32([6, 2])], attrs: { split: [2, 4] }, outputs: 2 }).outputs.map((o) => o.shape), [[2, 2], [4, 2]]);
    assert.deepEqual(runOp({ op: 'Split', opset: 13, inputs: [f32([6, 2]), i64([2, 4])], outputs: 2 }).outputs.map((o) => o.shape), [[2, 2], [4, 2]]);
    // 7 rows in 3 outputs: ceil(7/3) = 3, 3, then 1.
    assert.deepEqual(runOp({ op: 'Split', opset: 18, inputs: [f32([7, 2])], attrs: { num_outputs: 3 }, outputs: 3 }).outputs.map((o) => o.shape), [[3, 2], [3, 2], [1, 2]]);
  });

  test('ReduceMax-13 (axes attribute) and ReduceMax-18 (axes input): [2,3,4] over axis 1 -> [2,1,4], 24 FLOPs; 18 with no axes and noop_with_empty_axes is an identity', () => {
    const a = runOp({ op: 'ReduceMax', opset: 13, inputs: [f32([2, 3, 4])], attrs: { axes: [1] } });
    const b = runOp({ op: 'ReduceMax', opset: 18, inputs: [f32([2, 3, 4]), i64([1])] });
    assert.deepEqual([shapeOf(a), a.cost.flops], [[2, 1, 4], 24]);
    assert.deepEqual([shapeOf(b), b.cost.flops], [[2, 1, 4], 24]);
    const n = runOp({ op: 'ReduceMax', opset: 18, inputs: [f32([2, 3, 4])], attrs: { noop_with_empty_axes: 1 } });
    assert.deepEqual([shapeOf(n), n.cost.flops], [[2, 3, 4], 0]);
  });

  test('Pad-1 (paddings), Pad-2 (pads), Pad-11 (pads input), Pad-18 (axes input), Pad-19 (wrap mode): [2,3] padded by 1 on both sides of dim 1 -> [2,5]', () => {
    assert.deepEqual(shapeOf(runOp({ op: 'Pad', opset: 1, inputs: [f32([2, 3])], attrs: { paddings: [0, 1, 0, 1] } })), [2, 5]);
    assert.deepEqual(shapeOf(runOp({ op: 'Pad', opset: 2, inputs: [f32([2, 3])], attrs: { pads: [0, 1, 0, 1] } })), [2, 5]);
    assert.deepEqual(shapeOf(runOp({ op: 'Pad', opset: 11, inputs: [f32([2, 3]), i64([0, 1, 0, 1])] })), [2, 5]);
    assert.deepEqual(shapeOf(runOp({ op: 'Pad', opset: 18, inputs: [f32([2, 3]), i64([1, 1]), null, i64([1])] })), [2, 5]);
    assert.deepEqual(shapeOf(runOp({ op: 'Pad', opset: 19, inputs: [f32([2, 3]), i64([0, 1, 0, 1])], attrs: { mode: 'wrap' } })), [2, 5]);
  });

  test('Resize-10 (scales only), -11 (roi, scales, sizes), -18 (axes, keep_aspect_ratio_policy), -19 (antialias)', () => {
    assert.deepEqual(shapeOf(runOp({ op: 'Resize', opset: 10, inputs: [f32([1, 1, 2, 2]), { dtype: 'float32', value: [1, 1, 2, 2] }] })), [1, 1, 4, 4]);
    const empty = { dtype: 'float32' as const, shape: [0], value: [] };
    assert.deepEqual(shapeOf(runOp({ op: 'Resize', opset: 11, inputs: [f32([1, 1, 2, 2]), empty, empty, i64([1, 1, 3, 5])] })), [1, 1, 3, 5]);
    // not_larger: scale = min(4/8, 4/4) = 0.5 on both axes: [8,4] -> [4,2].
    assert.deepEqual(shapeOf(runOp({ op: 'Resize', opset: 18, inputs: [f32([1, 1, 8, 4]), null, null, i64([4, 4])], attrs: { axes: [2, 3], keep_aspect_ratio_policy: 'not_larger' } })), [1, 1, 4, 2]);
    // Downscale 8x8 -> 4x4 linear with antialias: each axis widens to 2 * ceil(1/0.5) = 4 taps, so
    // 4 * 4 = 16 per output, 16 outputs = 256 FLOPs; without antialias bilinear is 4 per output = 64.
    const r = (antialias: number) => runOp({ op: 'Resize', opset: 19, inputs: [f32([1, 1, 8, 8]), null, { dtype: 'float32', value: [1, 1, 0.5, 0.5] }], attrs: { mode: 'linear', antialias } });
    assert.deepEqual(shapeOf(r(1)), [1, 1, 4, 4]);
    assert.deepEqual([r(1).cost.flops, r(0).cost.flops], [256, 64]);
  });

  test('MaxPool-8 adds the Indices output (int64); AveragePool-19 adds dilations; LpPool-18 adds ceil_mode', () => {
    const m = runOp({ op: 'MaxPool', opset: 8, inputs: [f32([1, 1, 4, 4])], attrs: { kernel_shape: [2, 2], strides: [2, 2] }, outputs: 2 });
    assert.deepEqual(m.outputs[1], { dtype: 'int64', shape: [1, 1, 2, 2] });
    // Dilation 2 makes the 2x2 kernel span 3: (5 - 3) + 1 = 3 per dim; 9 outputs * 4 taps = 36.
    const a = runOp({ op: 'AveragePool', opset: 19, inputs: [f32([1, 1, 5, 5])], attrs: { kernel_shape: [2, 2], dilations: [2, 2] } });
    assert.deepEqual([shapeOf(a), a.cost.flops], [[1, 1, 3, 3], 36]);
    // ceil((5 - 2) / 2) + 1 = 3 per dim (floor would give 2).
    assert.deepEqual(shapeOf(runOp({ op: 'LpPool', opset: 18, inputs: [f32([1, 1, 5, 5])], attrs: { kernel_shape: [2, 2], strides: [2, 2], ceil_mode: 1 } })), [1, 1, 3, 3]);
  });

  test('BatchNormalization-7 (spatial=0 per-activation stats), -9, -14 (training_mode outputs): inference 2/elem, training 5/elem', () => {
    const s = (shape: number[]) => ({ shape, constant: true });
    assert.equal(runOp({ op: 'BatchNormalization', opset: 7, inputs: [f32([1, 2, 3]), s([2, 3]), s([2, 3]), s([2, 3]), s([2, 3])], attrs: { spatial: 0 } }).cost.flops, 12);
    assert.equal(runOp({ op: 'BatchNormalization', opset: 9, inputs: [f32([1, 2, 3]), s([2]), s([2]), s([2]), s([2])] }).cost.flops, 12);
    const t = runOp({ op: 'BatchNormalization', opset: 14, inputs: [f32([1, 2, 3]), s([2]), s([2]), s([2]), s([2])], attrs: { training_mode: 1 }, outputs: 3 });
    assert.deepEqual(t.outputs.map((o) => o.shape), [[1, 2, 3], [2], [2]]);
    assert.equal(t.cost.flops, 30);
  });

  test('Squeeze-11 (axes attribute, negative allowed) and Unsqueeze-13 (axes input)', () => {
    assert.deepEqual(shapeOf(runOp({ op: 'Squeeze', opset: 11, inputs: [f32([1, 3, 1])], attrs: { axes: [-1] } })), [1, 3]);
    assert.deepEqual(shapeOf(runOp({ op: 'Squeeze', opset: 13, inputs: [f32([1, 3, 1]), i64([-1])] })), [1, 3]);
    // Unsqueeze-13 axes refer to the output rank 3: [0, -1] -> [1, 3, 1].
    assert.deepEqual(shapeOf(runOp({ op: 'Unsqueeze', opset: 13, inputs: [f32([3]), i64([0, -1])] })), [1, 3, 1]);
  });

  test('Slice-1 (attributes, ends clamped) and Slice-10 (inputs, negative step): [4,6]', () => {
    assert.deepEqual(shapeOf(runOp({ op: 'Slice', opset: 1, inputs: [f32([4, 6])], attrs: { starts: [1], ends: [100], axes: [1] } })), [4, 5]);
    // From the last column backwards by 2: columns 5, 3, 1.
    assert.deepEqual(shapeOf(runOp({ op: 'Slice', opset: 10, inputs: [f32([4, 6]), i64([-1]), i64([-100]), i64([1]), i64([-2])] })), [4, 3]);
  });

  test('Cast-19 takes the saturate attribute (float8 targets)', () => {
    assert.deepEqual(runOp({ op: 'Cast', opset: 19, inputs: [f32([2, 3])], attrs: { to: 17, saturate: 0 } }).outputs[0], { dtype: 'float8e4m3fn', shape: [2, 3] });
  });
});
