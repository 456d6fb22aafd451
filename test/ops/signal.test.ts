import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { UnresolvedDimError } from '../../src/shapes/types.js';
import { runOp } from '../support/op-harness.js';

const scalar = (v: number) => ({ dtype: 'int64' as const, shape: [], value: [v] });

describe('DFT', () => {
  test('opset 17: axis attribute, real input [2,16,1] -> complex [2,16,2]; 2 transforms of 16', () => {
    const r = runOp({ op: 'DFT', opset: 17, inputs: [{ shape: [2, 16, 1] }] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 16, 2]);
    // 5 * 16 * log2(16) = 320 per transform, 2 transforms = 640.
    assert.equal(r.cost.flops, 640);
    assert.equal(r.cost.macs, 0);
  });

  test('opset 17: onesided with dft_length 8 on axis 1 -> floor(8/2)+1 = 5 bins', () => {
    const r = runOp({ op: 'DFT', opset: 17, inputs: [{ shape: [3, 10, 1] }, scalar(8)], attrs: { onesided: 1 } });
    assert.deepEqual(r.outputs[0]!.shape, [3, 5, 2]);
    // 3 transforms * 5 * 8 * 3 = 360.
    assert.equal(r.cost.flops, 360);
  });

  test('opset 20: axis is an input (default -2); the opset-17 attribute is not read', () => {
    // [1, 4, 32, 2]: default axis -2 is dim 2 (32). Transforms: 1 * 4 = 4, each 5*32*5 = 800.
    const d = runOp({ op: 'DFT', opset: 20, inputs: [{ shape: [1, 4, 32, 2] }] });
    assert.deepEqual(d.outputs[0]!.shape, [1, 4, 32, 2]);
    assert.equal(d.cost.flops, 3200);
    // axis input 1 (dim of 4): 32 transforms of 4 = 32 * 5*4*2 = 1280.
    const a = runOp({ op: 'DFT', opset: 20, inputs: [{ shape: [1, 4, 32, 2] }, null, scalar(1)] });
    assert.equal(a.cost.flops, 1280);
    // The same node at opset 17 reads the attribute (default 1) instead.
    assert.equal(runOp({ op: 'DFT', opset: 17, inputs: [{ shape: [1, 4, 32, 2] }] }).cost.flops, 1280);
  });

  test('bad input: last dim 3, axis on the complex dim', () => {
    assert.throws(() => runOp({ op: 'DFT', opset: 17, inputs: [{ shape: [2, 8, 3] }] }), /last dim must be 1 \(real\) or 2/);
    assert.throws(() => runOp({ op: 'DFT', opset: 20, inputs: [{ shape: [2, 8, 2] }, null, scalar(-1)] }), /real\/imaginary dim/);
  });
});

describe('STFT', () => {
  test('signal [1,100,1], step 10, window 20, onesided: frames (100-20)/10+1 = 9, bins 11', () => {
    const r = runOp({ op: 'STFT', opset: 17, inputs: [{ shape: [1, 100, 1] }, scalar(10), { shape: [20] }] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 9, 11, 2]);
    // Per frame: FFT ceil(5*20*log2(20)) = ceil(432.19) = 433, + 20 window multiplies; 9 frames = 4,077.
    assert.equal(r.cost.flops, 4077);
  });

  test('frame_length input without a window, two-sided: bins = frame_length; no window FLOPs', () => {
    const r = runOp({ op: 'STFT', opset: 17, inputs: [{ shape: [2, 64, 2] }, scalar(16), null, scalar(32)], attrs: { onesided: 0 } });
    // frames (64-32)/16+1 = 3; per batch and frame 5*32*5 = 800; 2*3*800 = 4800.
    assert.deepEqual(r.outputs[0]!.shape, [2, 3, 32, 2]);
    assert.equal(r.cost.flops, 4800);
  });

  test('unknown frame_step gives a fresh frame count: cost unresolved, not guessed', () => {
    assert.throws(() => runOp({ op: 'STFT', opset: 17, inputs: [{ shape: [1, 100, 1] }, { dtype: 'int64', shape: [] }, { shape: [20] }] }), UnresolvedDimError);
    assert.throws(() => runOp({ op: 'STFT', opset: 17, inputs: [{ shape: [1, 10, 1] }, scalar(1), { shape: [20] }] }), /longer than the signal/);
  });
});

describe('window generators and MelWeightMatrix', () => {
  test('HannWindow size 10 -> float [10], 40 FLOPs; BlackmanWindow 7/elem; HammingWindow as float64', () => {
    const h = runOp({ op: 'HannWindow', opset: 17, inputs: [scalar(10)] });
    assert.deepEqual(h.outputs[0], { dtype: 'float32', shape: [10] });
    assert.equal(h.cost.flops, 40);
    assert.equal(runOp({ op: 'BlackmanWindow', opset: 17, inputs: [scalar(10)] }).cost.flops, 70);
    assert.deepEqual(runOp({ op: 'HammingWindow', opset: 17, inputs: [scalar(4)], attrs: { output_datatype: 11 } }).outputs[0], { dtype: 'float64', shape: [4] });
    assert.throws(() => runOp({ op: 'HannWindow', opset: 17, inputs: [scalar(0)] }), /size must be positive/);
  });

  test('MelWeightMatrix: 8 mel bins, dft_length 512 -> [257, 8], one FLOP per weight', () => {
    const f = (v: number) => ({ dtype: 'float32' as const, shape: [], value: [v] });
    const r = runOp({ op: 'MelWeightMatrix', opset: 17, inputs: [scalar(8), scalar(512), scalar(16000), f(0), f(8000)] });
    assert.deepEqual(r.outputs[0]!.shape, [257, 8]);
    assert.equal(r.cost.flops, 257 * 8);
  });
});
