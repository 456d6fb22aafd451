import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OpError } from '../../src/shapes/types.js';
import { runOp } from '../support/op-harness.js';

describe('QuantizeLinear', () => {
  test('per-axis (opset 13): output takes the zero point type; 2 FLOPs per element', () => {
    const r = runOp({ op: 'QuantizeLinear', opset: 13, inputs: [{ shape: [1, 3, 4, 4] }, { shape: [3] }, { dtype: 'int8', shape: [3] }], attrs: { axis: 1 } });
    assert.deepEqual(r.outputs[0], { dtype: 'int8', shape: [1, 3, 4, 4] });
    assert.equal(r.cost.flops, 96); // 48 elements * 2
  });

  test('without a zero point the output is uint8; output_dtype counts from opset 21 only', () => {
    assert.equal(runOp({ op: 'QuantizeLinear', opset: 13, inputs: [{ shape: [4] }, { shape: [] }] }).outputs[0]!.dtype, 'uint8');
    // output_dtype = 3 is TensorProto.INT8.
    assert.equal(runOp({ op: 'QuantizeLinear', opset: 21, inputs: [{ shape: [4] }, { shape: [] }], attrs: { output_dtype: 3 } }).outputs[0]!.dtype, 'int8');
    assert.equal(runOp({ op: 'QuantizeLinear', opset: 19, inputs: [{ shape: [4] }, { shape: [] }], attrs: { output_dtype: 3 } }).outputs[0]!.dtype, 'uint8');
    assert.throws(() => runOp({ op: 'QuantizeLinear', opset: 21, inputs: [{ shape: [4] }, { shape: [] }, { dtype: 'uint8', shape: [] }], attrs: { output_dtype: 3 } }), OpError);
  });

  test('opset 10 supports per-tensor scales only', () => {
    assert.throws(() => runOp({ op: 'QuantizeLinear', opset: 10, inputs: [{ shape: [1, 3, 4, 4] }, { shape: [3] }] }), OpError);
    assert.equal(runOp({ op: 'QuantizeLinear', opset: 10, inputs: [{ shape: [1, 3, 4, 4] }, { shape: [1] }] }).outputs[0]!.dtype, 'uint8');
  });

  test('scale granularity is checked against the input', () => {
    // per-axis length must match the axis: 4 entries for a dim of 3.
    assert.throws(() => runOp({ op: 'QuantizeLinear', opset: 13, inputs: [{ shape: [1, 3, 4, 4] }, { shape: [4] }] }), OpError);
    // Blocked (21): x [4,64], block_size 32 on axis 1 -> scale [4, ceil(64/32) = 2].
    assert.deepEqual(runOp({ op: 'QuantizeLinear', opset: 21, inputs: [{ shape: [4, 64] }, { shape: [4, 2] }, { dtype: 'int4', shape: [4, 2] }], attrs: { axis: 1, block_size: 32 } }).outputs[0], { dtype: 'int4', shape: [4, 64] });
    assert.throws(() => runOp({ op: 'QuantizeLinear', opset: 21, inputs: [{ shape: [4, 64] }, { shape: [4, 3] }], attrs: { axis: 1, block_size: 32 } }), OpError);
  });
});

describe('DequantizeLinear', () => {
  test('output takes the scale type; output_dtype overrides it from opset 23', () => {
    // Conv weight [64,3,3,3] = 1,728 elements * 2 = 3,456 FLOPs.
    const r = runOp({ op: 'DequantizeLinear', opset: 21, inputs: [{ dtype: 'int8', shape: [64, 3, 3, 3] }, { dtype: 'float16', shape: [64] }, { dtype: 'int8', shape: [64] }], attrs: { axis: 0 } });
    assert.deepEqual(r.outputs[0], { dtype: 'float16', shape: [64, 3, 3, 3] });
    assert.equal(r.cost.flops, 3456);
    // output_dtype = 1 is FLOAT.
    assert.equal(runOp({ op: 'DequantizeLinear', opset: 23, inputs: [{ dtype: 'int8', shape: [8] }, { dtype: 'float16', shape: [] }], attrs: { output_dtype: 1 } }).outputs[0]!.dtype, 'float32');
  });

  test('com.microsoft variants follow the same shapes', () => {
    const q = runOp({ op: 'QuantizeLinear', domain: 'com.microsoft', inputs: [{ shape: [2, 8] }, { shape: [8] }, { dtype: 'uint8', shape: [8] }], attrs: { axis: 1 } });
    assert.deepEqual(q.outputs[0], { dtype: 'uint8', shape: [2, 8] });
    const d = runOp({ op: 'DequantizeLinear', domain: 'com.microsoft', inputs: [{ dtype: 'uint8', shape: [2, 8] }, { shape: [] }] });
    assert.deepEqual(d.outputs[0], { dtype: 'float32', shape: [2, 8] });
  });
});

describe('DynamicQuantizeLinear and QLinear elementwise', () => {
  test('DynamicQuantizeLinear: y uint8, scalar scale and zero point; 4 per element', () => {
    const r = runOp({ op: 'DynamicQuantizeLinear', outputs: 3, inputs: [{ shape: [2, 16] }] });
    assert.deepEqual(r.outputs, [{ dtype: 'uint8', shape: [2, 16] }, { dtype: 'float32', shape: [] }, { dtype: 'uint8', shape: [] }]);
    assert.equal(r.cost.flops, 128);
  });

  test('com.microsoft QLinearAdd broadcasts A and B; 7 per output element', () => {
    const s = { shape: [] };
    const zp = { dtype: 'uint8' as const, shape: [] };
    const r = runOp({ op: 'QLinearAdd', domain: 'com.microsoft', inputs: [{ dtype: 'uint8', shape: [1, 8, 4, 4] }, s, zp, { dtype: 'uint8', shape: [1, 8, 1, 1] }, s, zp, s, zp] });
    assert.deepEqual(r.outputs[0], { dtype: 'uint8', shape: [1, 8, 4, 4] });
    assert.equal(r.cost.flops, 7 * 128); // dequantize 2+2, add 1, requantize 2
  });

  test('QLinearMul 7, QLinearSigmoid 5, QLinearLeakyRelu 6 per output element', () => {
    const s = { shape: [] };
    const zp = { dtype: 'int8' as const, shape: [] };
    const x = { dtype: 'int8' as const, shape: [4, 16] }; // 64 elements
    assert.equal(runOp({ op: 'QLinearMul', domain: 'com.microsoft', inputs: [x, s, zp, x, s, zp, s, zp] }).cost.flops, 7 * 64);
    const sig = runOp({ op: 'QLinearSigmoid', domain: 'com.microsoft', inputs: [x, s, zp, s, zp] });
    assert.deepEqual(sig.outputs[0], { dtype: 'int8', shape: [4, 16] });
    assert.equal(sig.cost.flops, 5 * 64);
    assert.equal(runOp({ op: 'QLinearLeakyRelu', domain: 'com.microsoft', inputs: [x, s, zp, s, zp] }).cost.flops, 6 * 64);
  });
});
