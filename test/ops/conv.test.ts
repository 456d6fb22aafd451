import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inferOp, runOp } from '../support/op-harness.js';
import { OpError, UnresolvedDimError } from '../../src/shapes/types.js';
import { convTransposePads } from '../../src/ops/conv.js';
import type { WindowParams } from '../../src/ops/window.js';

const f32 = (shape: (number | string)[]) => ({ dtype: 'float32' as const, shape });
const weight = (shape: number[]) => ({ dtype: 'float32' as const, shape, constant: true });

describe('Conv', () => {
  test('strided, padded, with bias', () => {
    // H_out = floor((32 + 1 + 1 - 3) / 2) + 1 = floor(31 / 2) + 1 = 16
    // MACs = N * Cout * Hout * Wout * Cin/g * Kh * Kw = 1 * 16 * 16 * 16 * 3 * 3 * 3 = 110592
    // FLOPs = 2 * 110592 + bias (16 * 16 * 16 = 4096) = 225280
    const r = runOp({
      op: 'Conv', inputs: [f32([1, 3, 32, 32]), weight([16, 3, 3, 3]), weight([16])],
      attrs: { strides: [2, 2], pads: [1, 1, 1, 1] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 16, 16, 16]);
    assert.equal(r.outputs[0]!.dtype, 'float32');
    assert.equal(r.cost.macs, 110592);
    assert.equal(r.cost.flops, 225280);
  });

  test('ResNet-18 stem conv matches the torchvision count', () => {
    // 224 -> floor((224 + 6 - 7) / 2) + 1 = 112; MACs = 64 * 112 * 112 * 3 * 7 * 7 = 118013952
    const r = runOp({
      op: 'Conv', inputs: [f32([1, 3, 224, 224]), weight([64, 3, 7, 7])],
      attrs: { strides: [2, 2], pads: [3, 3, 3, 3], kernel_shape: [7, 7] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 64, 112, 112]);
    assert.equal(r.cost.macs, 118013952);
    assert.equal(r.cost.flops, 2 * 118013952);
  });

  test('groups', () => {
    // 10 - 3 + 1 = 8; MACs = 2 * 16 * 8 * 8 * (8 / 4 = 2) * 9 = 36864; no bias: FLOPs = 73728
    const r = runOp({ op: 'Conv', inputs: [f32([2, 8, 10, 10]), weight([16, 2, 3, 3])], attrs: { group: 4 } });
    assert.deepEqual(r.outputs[0]!.shape, [2, 16, 8, 8]);
    assert.equal(r.cost.macs, 36864);
    assert.equal(r.cost.flops, 73728);
  });

  test('depthwise (group = C), MobileNet-style', () => {
    // pads 1: 112 stays 112; MACs = 32 * 112 * 112 * 1 * 9 = 3612672
    // FLOPs = 2 * 3612672 + 32 * 112 * 112 (= 401408) = 7626752
    const r = runOp({
      op: 'Conv', inputs: [f32([1, 32, 112, 112]), weight([32, 1, 3, 3]), weight([32])],
      attrs: { group: 32, pads: [1, 1, 1, 1] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 32, 112, 112]);
    assert.equal(r.cost.macs, 3612672);
    assert.equal(r.cost.flops, 7626752);
  });

  test('dilation', () => {
    // effective kernel (3 - 1) * 2 + 1 = 5: 20 - 5 + 1 = 16; MACs = 4 * 16 * 16 * 4 * 9 = 36864
    const r = runOp({ op: 'Conv', inputs: [f32([1, 4, 20, 20]), weight([4, 4, 3, 3])], attrs: { dilations: [2, 2] } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 4, 16, 16]);
    assert.equal(r.cost.macs, 36864);
  });

  test('auto_pad SAME_UPPER / SAME_LOWER / VALID', () => {
    const run = (auto_pad: string) => runOp({
      op: 'Conv', inputs: [f32([1, 1, 7, 7]), weight([1, 1, 3, 3])], attrs: { auto_pad, strides: [2, 2] },
    }).outputs[0]!.shape;
    // SAME: ceil(7 / 2) = 4 (either side gets the odd pad; the size is the same)
    assert.deepEqual(run('SAME_UPPER'), [1, 1, 4, 4]);
    assert.deepEqual(run('SAME_LOWER'), [1, 1, 4, 4]);
    // VALID: floor((7 - 3) / 2) + 1 = 3
    assert.deepEqual(run('VALID'), [1, 1, 3, 3]);
    // auto_pad wins over pads: VALID ignores them
    const r = runOp({
      op: 'Conv', inputs: [f32([1, 1, 7, 7]), weight([1, 1, 3, 3])], attrs: { auto_pad: 'VALID', pads: [1, 1, 1, 1] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 1, 5, 5]);
  });

  test('symbolic batch is carried through and cost reports it unresolved', () => {
    const call = { op: 'Conv', inputs: [f32(['N', 3, 32, 32]), weight([8, 3, 3, 3])], attrs: { pads: [1, 1, 1, 1] } };
    assert.deepEqual(inferOp(call).outputs[0]!.shape, ['N', 8, 32, 32]);
    assert.throws(() => runOp(call), (e: unknown) => e instanceof UnresolvedDimError && e.dim === 'N');
  });

  test('symbolic spatial dims: kept when the window keeps the size, else an expression', () => {
    const same = inferOp({ op: 'Conv', inputs: [f32([1, 3, 'H', 'W']), weight([8, 3, 3, 3])], attrs: { auto_pad: 'SAME_UPPER' } });
    assert.deepEqual(same.outputs[0]!.shape, [1, 8, 'H', 'W']);
    const padded = inferOp({ op: 'Conv', inputs: [f32([1, 3, 'H', 'W']), weight([8, 3, 3, 3])], attrs: { pads: [1, 1, 1, 1] } });
    assert.deepEqual(padded.outputs[0]!.shape, [1, 8, 'H', 'W']);
    // stride 2, pads 1+1, kernel 3: floor((H + 2 - 3) / 2) + 1
    const strided = inferOp({ op: 'Conv', inputs: [f32([1, 3, 'H', 64]), weight([8, 3, 3, 3])], attrs: { pads: [1, 1, 1, 1], strides: [2, 2] } });
    assert.deepEqual(strided.outputs[0]!.shape, [1, 8, 'floor((H-1)/2)+1', 32]);
  });

  test('kernel_shape inferred from W, 1-D conv', () => {
    // 10 - 3 + 1 = 8; MACs = 4 * 8 * 2 * 3 = 192
    const r = runOp({ op: 'Conv', inputs: [f32([1, 2, 10]), weight([4, 2, 3])] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 4, 8]);
    assert.equal(r.cost.macs, 192);
  });

  test('empty list attributes mean the default, as onnxruntime reads them', () => {
    // strides [] -> 1, pads [] -> 0, kernel_shape [] -> from W: 8 - 3 + 1 = 6
    const r = runOp({ op: 'Conv', inputs: [f32([1, 2, 8, 8]), weight([4, 2, 3, 3])], attrs: { strides: [], pads: [], kernel_shape: [], dilations: [] } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 4, 6, 6]);
  });

  test('bad inputs are reported', () => {
    assert.throws(() => runOp({ op: 'Conv', inputs: [f32([1, 3, 8, 8]), weight([4, 2, 3, 3])] }), OpError);
    assert.throws(() => runOp({ op: 'Conv', inputs: [f32([1, 4, 8, 8]), weight([6, 1, 3, 3])], attrs: { group: 4 } }), /not divisible/);
    assert.throws(() => runOp({ op: 'Conv', inputs: [f32([1, 3, 2, 2]), weight([4, 3, 3, 3])] }), /does not fit/);
    assert.throws(() => runOp({ op: 'Conv', inputs: [f32([1, 3, 8, 8]), weight([4, 3, 3, 3])], attrs: { pads: [1, 1] } }), /pads/);
  });
});

describe('ConvTranspose', () => {
  test('stride 2 upsampling with pads and bias', () => {
    // out = 2 * (8 - 1) + 0 + 4 - 1 - 1 = 16; Cout = W.shape[1] * group = 8
    // MACs = N * Cin * Hin * Win * Cout/g * k * k = 16 * 64 * 8 * 16 = 131072
    // FLOPs = 2 * 131072 + 8 * 16 * 16 (= 2048) = 264192
    const r = runOp({
      op: 'ConvTranspose', inputs: [f32([1, 16, 8, 8]), weight([16, 8, 4, 4]), weight([8])],
      attrs: { strides: [2, 2], pads: [1, 1, 1, 1] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 8, 16, 16]);
    assert.equal(r.cost.macs, 131072);
    assert.equal(r.cost.flops, 264192);
  });

  test('output_padding adds to the end', () => {
    // out = 2 * (8 - 1) + 1 + 3 - 1 - 1 = 16
    const r = runOp({
      op: 'ConvTranspose', inputs: [f32([1, 4, 8, 8]), weight([4, 4, 3, 3])],
      attrs: { strides: [2, 2], pads: [1, 1, 1, 1], output_padding: [1, 1] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 4, 16, 16]);
  });

  test('output_shape overrides pads', () => {
    const r = runOp({
      op: 'ConvTranspose', inputs: [f32([1, 4, 10, 10]), weight([4, 2, 3, 3])],
      attrs: { strides: [2, 2], output_shape: [20, 20], pads: [5, 5, 5, 5] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 2, 20, 20]);
    // MACs follow the input: 4 * 100 * 2 * 9 = 7200
    assert.equal(r.cost.macs, 7200);
  });

  test('groups and SAME_UPPER', () => {
    // Cout = 3 * 2 = 6; out = 1 * (5 - 1) + 3 = 7; MACs = 4 * 25 * 3 * 9 = 2700
    const g = runOp({ op: 'ConvTranspose', inputs: [f32([1, 4, 5, 5]), weight([4, 3, 3, 3])], attrs: { group: 2 } });
    assert.deepEqual(g.outputs[0]!.shape, [1, 6, 7, 7]);
    assert.equal(g.cost.macs, 2700);
    // SAME: out = in * stride = 10
    const s = runOp({ op: 'ConvTranspose', inputs: [f32([1, 1, 5, 5]), weight([1, 1, 3, 3])], attrs: { strides: [2, 2], auto_pad: 'SAME_UPPER' } });
    assert.deepEqual(s.outputs[0]!.shape, [1, 1, 10, 10]);
  });

  test('pad split for output_shape changed in opset 11', () => {
    // total = 2 * (10 - 1) + 0 + 3 - 20 = 1 (odd)
    const win = (autoPad: WindowParams['autoPad']): WindowParams => ({
      kernel: [3], strides: [2], dilations: [1], pads: [0, 0], autoPad, ceilMode: false,
    });
    // opset 11+: SAME_UPPER puts the extra pad at the end, other modes at the beginning
    assert.deepEqual(convTransposePads([10], win('SAME_UPPER'), [0], [20], 11), [0, 1]);
    assert.deepEqual(convTransposePads([10], win('NOTSET'), [0], [20], 11), [1, 0]);
    // opset 1..10 wrote the opposite
    assert.deepEqual(convTransposePads([10], win('SAME_UPPER'), [0], [20], 1), [1, 0]);
    assert.deepEqual(convTransposePads([10], win('NOTSET'), [0], [20], 1), [0, 1]);
    assert.throws(() => convTransposePads([10], win('NOTSET'), [0], [30], 11), /larger/);
  });
});

describe('quantized and contrib convolutions', () => {
  test('ConvInteger gives int32', () => {
    // 8 - 3 + 1 = 6; MACs = 8 * 36 * 3 * 9 = 7776
    const r = runOp({ op: 'ConvInteger', inputs: [{ dtype: 'uint8', shape: [1, 3, 8, 8] }, { dtype: 'int8', shape: [8, 3, 3, 3], constant: true }] });
    assert.deepEqual(r.outputs[0], { dtype: 'int32', shape: [1, 8, 6, 6] });
    assert.equal(r.cost.macs, 7776);
    assert.equal(r.cost.flops, 15552);
  });

  test('QLinearConv takes the output type from y_zero_point and counts requantization', () => {
    const s = { dtype: 'float32' as const, shape: [] as number[], value: [0.1] };
    const zp = (dtype: 'uint8' | 'int8') => ({ dtype, shape: [] as number[], value: [0] });
    const r = runOp({
      op: 'QLinearConv', opset: 10,
      inputs: [{ dtype: 'uint8', shape: [1, 3, 8, 8] }, s, zp('uint8'), { dtype: 'int8', shape: [8, 3, 3, 3], constant: true }, s, zp('int8'), s, zp('uint8')],
    });
    assert.deepEqual(r.outputs[0], { dtype: 'uint8', shape: [1, 8, 6, 6] });
    // MACs = 8 * 36 * 27 = 7776; FLOPs = 2 * 7776 + 2 * 288 = 16128
    assert.equal(r.cost.macs, 7776);
    assert.equal(r.cost.flops, 16128);
  });

  test('DeformConv', () => {
    // out 8 - 3 + 1 = 6; MACs = 6 * 36 * 4 * 9 = 7776
    // samples = N * 36 * Cin (4) * 9 = 1296, 4 FLOPs each = 5184; FLOPs = 15552 + 5184 = 20736
    const r = runOp({ op: 'DeformConv', opset: 19, inputs: [f32([1, 4, 8, 8]), weight([6, 4, 3, 3]), f32([1, 18, 6, 6])] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 6, 6, 6]);
    assert.equal(r.cost.macs, 7776);
    assert.equal(r.cost.flops, 20736);
  });

  test('FusedConv counts bias and activation per output', () => {
    // out 2x2, MACs = 3 * 4 * 2 * 9 = 216; FLOPs = 432 + 12 (bias) + 12 (Relu) = 456
    const r = runOp({
      op: 'FusedConv', domain: 'com.microsoft',
      inputs: [f32([1, 2, 4, 4]), weight([3, 2, 3, 3]), weight([3])], attrs: { activation: 'Relu' },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 2, 2]);
    assert.equal(r.cost.macs, 216);
    assert.equal(r.cost.flops, 456);
  });

  test('NhwcConv is channels-last', () => {
    // [1, 8, 8, 4] with pads 1 -> [1, 8, 8, 6]; MACs = 64 * 6 * 4 * 9 = 13824
    const r = runOp({
      op: 'NhwcConv', domain: 'com.microsoft', inputs: [f32([1, 8, 8, 4]), weight([6, 4, 3, 3])], attrs: { pads: [1, 1, 1, 1] },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 8, 8, 6]);
    assert.equal(r.cost.macs, 13824);
  });

  test('NhwcFusedConv: channels-last with residual Z and activation', () => {
    // [1, 6, 6, 2] -> [1, 4, 4, 3]; MACs = 16 * 3 * 2 * 9 = 864; FLOPs = 1728 + 48 * 3 (B, Z, activation) = 1872
    const r = runOp({
      op: 'NhwcFusedConv', domain: 'com.microsoft',
      inputs: [f32([1, 6, 6, 2]), weight([3, 2, 3, 3]), weight([3]), f32([1, 4, 4, 3])], attrs: { activation: 'Relu' },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 4, 4, 3]);
    assert.deepEqual(r.cost, { macs: 864, flops: 1872 });
  });
});
