import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { OpError } from '../../src/shapes/types.js';
import { floats, runOp } from '../support/op-harness.js';

describe('Resize', () => {
  test('by scales [1,1,2,2] (opset 13): [1,3,32,32] -> [1,3,64,64]; nearest 0 FLOPs, linear 4 per output', () => {
    const inputs = [{ shape: [1, 3, 32, 32] }, null, { value: [1, 1, 2, 2] }];
    const nearest = runOp({ op: 'Resize', opset: 13, inputs, attrs: { mode: 'nearest' } });
    assert.deepEqual(nearest.outputs[0]!.shape, [1, 3, 64, 64]);
    assert.deepEqual(nearest.cost, { macs: 0, flops: 0 });
    // bilinear: 2 axes change -> 2^2 = 4 taps per output; 1*3*64*64 = 12288 outputs -> 49152
    const linear = runOp({ op: 'Resize', opset: 13, inputs, attrs: { mode: 'linear' } });
    assert.equal(linear.cost.flops, 49152);
    // bicubic: 4^2 = 16 per output -> 196608
    assert.equal(runOp({ op: 'Resize', opset: 13, inputs, attrs: { mode: 'cubic' } }).cost.flops, 196608);
  });

  test('by sizes [1,3,50,60] (opset 13) with linear: 4 * 9000 = 36000 FLOPs', () => {
    const r = runOp({ op: 'Resize', opset: 13, inputs: [{ shape: [1, 3, 32, 32] }, null, null, { dtype: 'int64', value: [1, 3, 50, 60] }], attrs: { mode: 'linear' } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 50, 60]);
    assert.equal(r.cost.flops, 36000); // 3*50*60 = 9000 outputs
  });

  test('opset 11 empty scales placeholder with sizes; opset 10 scales at input 1; floor(d*scale)', () => {
    const r11 = runOp({ op: 'Resize', opset: 11, inputs: [{ shape: [1, 1, 10, 10] }, { shape: [0], value: [] }, { shape: [0], value: [] }, { dtype: 'int64', value: [1, 1, 5, 7] }] });
    assert.deepEqual(r11.outputs[0]!.shape, [1, 1, 5, 7]);
    // floor(10 * 1.5) = 15, floor(10 * 0.33) = 3
    const r10 = runOp({ op: 'Resize', opset: 10, inputs: [{ shape: [1, 1, 10, 10] }, { value: [1, 1, 1.5, 0.33] }] });
    assert.deepEqual(r10.outputs[0]!.shape, [1, 1, 15, 3]);
    assert.throws(() => runOp({ op: 'Resize', opset: 13, inputs: [{ shape: [1, 1, 4, 4] }] }), OpError);
  });

  test('opset 18 axes + antialias: downscale by 0.5 widens linear to 2*ceil(1/0.5) = 4 taps per axis', () => {
    const r = runOp({ op: 'Resize', opset: 18, inputs: [{ shape: [1, 3, 32, 32] }, null, { value: [0.5, 0.5] }], attrs: { mode: 'linear', axes: [2, 3], antialias: 1 } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 16, 16]);
    // 4*4 = 16 taps per output, 3*16*16 = 768 outputs -> 12288
    assert.equal(r.cost.flops, 12288);
  });

  test('keep_aspect_ratio_policy not_larger: [100,200] to fit [50,50] -> scale min(0.5,0.25) = 0.25 -> [25,50]', () => {
    const r = runOp({ op: 'Resize', opset: 18, inputs: [{ shape: [1, 3, 100, 200] }, null, null, { dtype: 'int64', value: [50, 50] }], attrs: { axes: [2, 3], keep_aspect_ratio_policy: 'not_larger' } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 25, 50]);
    // not_smaller: scale max = 0.5 -> [50, 100]
    const s = runOp({ op: 'Resize', opset: 18, inputs: [{ shape: [1, 3, 100, 200] }, null, null, { dtype: 'int64', value: [50, 50] }], attrs: { axes: [2, 3], keep_aspect_ratio_policy: 'not_smaller' } });
    assert.deepEqual(s.outputs[0]!.shape, [1, 3, 50, 100]);
  });

  test('tf_crop_and_resize with scales: output = floor(d * (roi end - start) * scale)', () => {
    // roi [0,0,0.25,0, 1,1,0.75,0.5]: H crops to 0.5, W to 0.5; scales 2 -> floor(32*0.5*2) = 32, floor(40*0.5*2) = 40.
    const inputs = [{ shape: [1, 3, 32, 40] }, { value: [0, 0, 0.25, 0, 1, 1, 0.75, 0.5] }, { value: [1, 1, 2, 2] }];
    const r = runOp({ op: 'Resize', opset: 13, inputs, attrs: { coordinate_transformation_mode: 'tf_crop_and_resize', mode: 'linear' } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 32, 40]);
    const half = runOp({
      op: 'Resize', opset: 13, attrs: { coordinate_transformation_mode: 'tf_crop_and_resize' },
      inputs: [{ shape: [1, 1, 10, 10] }, { value: [0, 0, 0, 0, 1, 1, 0.5, 0.25] }, { value: [1, 1, 3, 2] }],
    });
    // H: floor(10 * 0.5 * 3) = 15; W: floor(10 * 0.25 * 2) = 5 (without the roi: 30 and 20).
    assert.deepEqual(half.outputs[0]!.shape, [1, 1, 15, 5]);
    // Sizes win over the roi; an unknown roi leaves the resized axes unknown; a short roi is an error.
    const sized = runOp({ op: 'Resize', opset: 13, attrs: { coordinate_transformation_mode: 'tf_crop_and_resize' },
      inputs: [{ shape: [1, 1, 10, 10] }, { value: [0, 0, 0, 0, 1, 1, 0.5, 0.5] }, null, { dtype: 'int64', value: [1, 1, 4, 4] }] });
    assert.deepEqual(sized.outputs[0]!.shape, [1, 1, 4, 4]);
    const unknown = runOp({ op: 'Resize', opset: 13, attrs: { coordinate_transformation_mode: 'tf_crop_and_resize' },
      inputs: [{ shape: [1, 1, 10, 10] }, { shape: [8] }, { value: [1, 1, 2, 2] }] });
    assert.ok(typeof unknown.outputs[0]!.shape![2] === 'string');
    assert.throws(() => runOp({ op: 'Resize', opset: 13, attrs: { coordinate_transformation_mode: 'tf_crop_and_resize' },
      inputs: [{ shape: [1, 1, 10, 10] }, { value: [0, 1] }, { value: [1, 1, 2, 2] }] }), /roi has 2 entries, expected 8/);
  });

  test('unknown sizes give fresh dims on the resized axes only', () => {
    const r = runOp({ op: 'Resize', opset: 18, inputs: [{ shape: [1, 3, 8, 8] }, null, null, { dtype: 'int64', shape: [2] }], attrs: { axes: [2, 3] } });
    const s = r.outputs[0]!.shape!;
    assert.deepEqual(s.slice(0, 2), [1, 3]);
    assert.ok(typeof s[2] === 'string' && typeof s[3] === 'string');
  });
});

describe('Upsample, GridSample, AffineGrid', () => {
  test('Upsample-7 scales attribute and Upsample-9 scales input agree; bilinear 4 per output', () => {
    const a = runOp({ op: 'Upsample', opset: 7, inputs: [{ shape: [1, 2, 4, 4] }], attrs: { scales: floats([1, 1, 2, 2]), mode: 'linear' } });
    const b = runOp({ op: 'Upsample', opset: 9, inputs: [{ shape: [1, 2, 4, 4] }, { value: [1, 1, 2, 2] }], attrs: { mode: 'linear' } });
    assert.deepEqual(a.outputs[0]!.shape, [1, 2, 8, 8]);
    assert.deepEqual(b.outputs[0]!.shape, [1, 2, 8, 8]);
    assert.equal(a.cost.flops, 512); // 4 * 2*8*8
  });

  test('GridSample [1,3,10,10] with grid [1,5,6,2] -> [1,3,5,6]; bilinear 4*90 = 360 FLOPs', () => {
    const r = runOp({ op: 'GridSample', opset: 16, inputs: [{ shape: [1, 3, 10, 10] }, { shape: [1, 5, 6, 2] }] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 5, 6]);
    assert.equal(r.cost.flops, 360);
    assert.equal(runOp({ op: 'GridSample', opset: 20, inputs: [{ shape: [1, 3, 10, 10] }, { shape: [1, 5, 6, 2] }], attrs: { mode: 'nearest' } }).cost.flops, 0);
  });

  test('AffineGrid theta [2,2,3], size [2,3,4,5] -> [2,4,5,2]; 2*2^2 = 8 FLOPs per point * 40 points = 320', () => {
    const r = runOp({ op: 'AffineGrid', opset: 20, inputs: [{ shape: [2, 2, 3] }, { dtype: 'int64', value: [2, 3, 4, 5] }] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 4, 5, 2]);
    assert.equal(r.cost.flops, 320);
  });
});
