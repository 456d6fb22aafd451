import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OpError } from '../../src/shapes/types.js';
import { float, runOp } from '../support/op-harness.js';

const f32 = Math.fround;

describe('activation: per-element costs', () => {
  test('Relu: 1 per element (ResNet-18 stem output [1,64,112,112] = 802,816)', () => {
    const r = runOp({ op: 'Relu', inputs: [{ shape: [1, 64, 112, 112] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [1, 64, 112, 112] });
    assert.deepEqual(r.cost, { macs: 0, flops: 802816 });
  });

  test('composite activations count their elementary ops', () => {
    const shape = [2, 10]; // 20 elements
    const flops = (op: string, domain = '', opset?: number) => runOp({ op, domain, ...(opset ? { opset } : {}), inputs: [{ shape }] }).cost.flops;
    assert.equal(flops('Sigmoid'), 20); // transcendental: 1
    assert.equal(flops('Tanh'), 20);
    assert.equal(flops('LeakyRelu'), 40); // compare + multiply
    assert.equal(flops('Elu'), 80); // compare, exp, subtract, multiply
    assert.equal(flops('HardSigmoid'), 80); // multiply, add, min, max
    assert.equal(flops('HardSwish'), 100); // HardSigmoid 4 + multiply
    assert.equal(flops('Softplus'), 60); // exp, add, log
    assert.equal(flops('Mish'), 100); // softplus 3, tanh, multiply
    assert.equal(flops('Gelu', 'com.microsoft'), 100); // scale, erf, add, 2 multiplies
    assert.equal(flops('QuickGelu', 'com.microsoft'), 60);
  });

  test('Gelu (opset 20): 5 per element exact, 9 with approximate="tanh"', () => {
    // [2,8] = 16 elements: 5*16 = 80, 9*16 = 144.
    assert.equal(runOp({ op: 'Gelu', opset: 20, inputs: [{ shape: [2, 8] }] }).cost.flops, 80);
    assert.equal(runOp({ op: 'Gelu', opset: 20, inputs: [{ shape: [2, 8] }], attrs: { approximate: 'tanh' } }).cost.flops, 144);
  });

  test('PRelu: slope broadcasts onto X; output keeps X shape; 2 per element', () => {
    const r = runOp({ op: 'PRelu', inputs: [{ shape: [1, 3, 2, 2] }, { shape: [3, 1, 1], constant: true }] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 2, 2]);
    assert.equal(r.cost.flops, 24); // 12 elements * 2
    assert.throws(() => runOp({ op: 'PRelu', inputs: [{ shape: [1, 3, 2, 2] }, { shape: [4, 1, 1] }] }), OpError);
  });

  test('com.microsoft FastGelu with and without bias; BiasGelu; BiasAdd', () => {
    // [2,8,16] = 256 elements: 9/elem = 2304; +1 for the bias = 2560.
    assert.equal(runOp({ op: 'FastGelu', domain: 'com.microsoft', inputs: [{ shape: [2, 8, 16] }] }).cost.flops, 2304);
    assert.equal(runOp({ op: 'FastGelu', domain: 'com.microsoft', inputs: [{ shape: [2, 8, 16] }, { shape: [16] }] }).cost.flops, 2560);
    assert.equal(runOp({ op: 'BiasGelu', domain: 'com.microsoft', inputs: [{ shape: [2, 8, 16] }, { shape: [16] }] }).cost.flops, 6 * 256);
    const ba = runOp({ op: 'BiasAdd', domain: 'com.microsoft', inputs: [{ shape: [2, 64, 320] }, { shape: [320] }, { shape: [2, 64, 320] }] });
    assert.deepEqual(ba.outputs[0]!.shape, [2, 64, 320]);
    assert.equal(ba.cost.flops, 2 * 2 * 64 * 320);
  });

  test('com.microsoft BiasSplitGelu halves the last dim', () => {
    // [2, 64, 640] -> [2, 64, 320] = 40,960 outputs; 8 per output = 327,680.
    const r = runOp({ op: 'BiasSplitGelu', domain: 'com.microsoft', inputs: [{ shape: [2, 64, 640] }, { shape: [640] }] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 64, 320]);
    assert.equal(r.cost.flops, 327680);
    assert.throws(() => runOp({ op: 'BiasSplitGelu', domain: 'com.microsoft', inputs: [{ shape: [2, 64, 641] }, { shape: [641] }] }), OpError);
  });
});

describe('activation: folding small constants', () => {
  test('Relu, LeakyRelu, PRelu, Sigmoid, HardSwish, Elu, Softplus', () => {
    assert.deepEqual(runOp({ op: 'Relu', inputs: [{ value: [-1, 2] }] }).values[0]!.data, [0, 2]);
    // alpha = 0.1: -10 * 0.1 = -1.
    assert.deepEqual(runOp({ op: 'LeakyRelu', inputs: [{ value: [-10, 5] }], attrs: { alpha: 0.1 } }).values[0]!.data, [-1, 5]);
    assert.deepEqual(runOp({ op: 'PRelu', inputs: [{ value: [-2, 4] }, { value: [0.25] }] }).values[0]!.data, [-0.5, 4]);
    assert.deepEqual(runOp({ op: 'Sigmoid', inputs: [{ value: [0] }] }).values[0]!.data, [0.5]);
    // HardSwish(3) = 3 * min(1, 3/6 + 0.5) = 3; HardSwish(-1) = -1 * (−1/6 + 0.5) = -1/3.
    assert.deepEqual(runOp({ op: 'HardSwish', inputs: [{ value: [3, -1] }] }).values[0]!.data, [3, f32(-1 / 3)]);
    // Elu(-1) = e^-1 - 1 with alpha 1.
    assert.deepEqual(runOp({ op: 'Elu', inputs: [{ value: [-1, 2] }], attrs: { alpha: float(1) } }).values[0]!.data, [f32(Math.exp(-1) - 1), 2]);
    assert.deepEqual(runOp({ op: 'Softplus', inputs: [{ value: [0] }] }).values[0]!.data, [f32(Math.LN2)]);
  });
});

describe('activation: Softmax family, opset 11 (2D coercion) vs 13 (one axis)', () => {
  test('Softmax keeps the shape and costs 3 per element in both', () => {
    for (const opset of [11, 13]) {
      const r = runOp({ op: 'Softmax', opset, inputs: [{ shape: [2, 3, 4] }] });
      assert.deepEqual(r.outputs[0]!.shape, [2, 3, 4]);
      assert.equal(r.cost.flops, 72); // 24 * 3
    }
  });

  test('the default axis differs: 1 before 13 (invalid on a rank-1 input), -1 from 13', () => {
    assert.throws(() => runOp({ op: 'Softmax', opset: 11, inputs: [{ shape: [10] }] }), (e: unknown) => e instanceof OpError && /axis 1/.test(e.message));
    assert.equal(runOp({ op: 'Softmax', opset: 13, inputs: [{ shape: [10] }] }).cost.flops, 30);
  });

  test('LogSoftmax: 3 per element + 1 log per row; rows depend on the opset semantics', () => {
    // [2,3,4] = 24 elements. Opset 11, axis 1: rows span dims 1.. (12 elements) -> 2 rows: 72 + 2 = 74.
    assert.equal(runOp({ op: 'LogSoftmax', opset: 11, inputs: [{ shape: [2, 3, 4] }] }).cost.flops, 74);
    // Opset 13, axis -1: rows of 4 -> 6 rows: 72 + 6 = 78.
    assert.equal(runOp({ op: 'LogSoftmax', opset: 13, inputs: [{ shape: [2, 3, 4] }] }).cost.flops, 78);
    // Opset 13, axis 1: rows of 3 -> 8 rows: 80. Opset 11, axis 2: rows of 4 -> 6 rows: 78.
    assert.equal(runOp({ op: 'LogSoftmax', opset: 13, inputs: [{ shape: [2, 3, 4] }], attrs: { axis: 1 } }).cost.flops, 80);
    assert.equal(runOp({ op: 'LogSoftmax', opset: 11, inputs: [{ shape: [2, 3, 4] }], attrs: { axis: 2 } }).cost.flops, 78);
  });

  test('Hardmax: 1 comparison per element', () => {
    assert.equal(runOp({ op: 'Hardmax', inputs: [{ shape: [5, 7] }] }).cost.flops, 35);
  });
});

describe('activation: PRelu before opset 7', () => {
  test('a per-channel slope [C] on [N,C,H,W] is accepted (no numpy broadcast then)', () => {
    const r = runOp({ op: 'PRelu', opset: 6, inputs: [{ shape: [1, 3, 2, 2] }, { shape: [3] }] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 3, 2, 2]);
    assert.throws(() => runOp({ op: 'PRelu', opset: 7, inputs: [{ shape: [1, 3, 2, 2] }, { shape: [3] }] }), OpError);
  });
});

describe('activation: the per-element table of docs/metrics.md', () => {
  // [2,10] = 20 elements; k FLOPs each, as written in each op's doc line.
  const cases: Array<{ op: string; k: number; opset?: number; domain?: string }> = [
    { op: 'Relu', k: 1 }, { op: 'Sigmoid', k: 1 }, { op: 'Tanh', k: 1 }, { op: 'ThresholdedRelu', k: 1 },
    { op: 'LeakyRelu', k: 2 }, { op: 'Elu', k: 4 }, { op: 'Selu', k: 5 }, { op: 'Celu', k: 7 },
    { op: 'HardSigmoid', k: 4 }, { op: 'HardSwish', k: 5 }, { op: 'Softplus', k: 3 }, { op: 'Softsign', k: 3 },
    { op: 'Mish', k: 5 }, { op: 'Shrink', k: 3 }, { op: 'Swish', k: 3, opset: 24 }, { op: 'Hardmax', k: 1 },
    { op: 'Softmax', k: 3 }, { op: 'Gelu', k: 5, opset: 20 },
    { op: 'Gelu', k: 5, domain: 'com.microsoft' }, { op: 'QuickGelu', k: 3, domain: 'com.microsoft' },
  ];
  for (const c of cases) {
    test(`${c.domain ?? 'ai.onnx'} ${c.op}: ${c.k} per element`, () => {
      const r = runOp({ op: c.op, ...(c.opset ? { opset: c.opset } : {}), ...(c.domain ? { domain: c.domain } : {}), inputs: [{ shape: [2, 10] }] });
      assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [2, 10] });
      assert.equal(r.cost.flops, c.k * 20);
    });
  }

  test('Selu, Celu, Softsign, ThresholdedRelu, Shrink, Swish fold', () => {
    // Selu(1) = gamma * 1; Selu(-1) = gamma * alpha * (e^-1 - 1) with the spec defaults.
    const gamma = 1.05070102214813232421875;
    const alpha = 1.67326319217681884765625;
    assert.deepEqual(runOp({ op: 'Selu', inputs: [{ dtype: 'float64', value: [1, -1] }] }).values[0]!.data, [gamma, gamma * alpha * Math.expm1(-1)]);
    // Celu(-2) with alpha 1 = min(0, e^-2 - 1); Celu(2) = 2.
    assert.deepEqual(runOp({ op: 'Celu', inputs: [{ dtype: 'float64', value: [-2, 2] }] }).values[0]!.data, [Math.expm1(-2), 2]);
    assert.deepEqual(runOp({ op: 'Softsign', inputs: [{ value: [1, -3] }] }).values[0]!.data, [0.5, -0.75]);
    assert.deepEqual(runOp({ op: 'ThresholdedRelu', inputs: [{ value: [0.5, 2] }] }).values[0]!.data, [0, 2]);
    // Shrink with lambd 0.5 (default), bias 0.25: -1 -> -0.75, 0.2 -> 0, 1 -> 0.75.
    assert.deepEqual(runOp({ op: 'Shrink', inputs: [{ value: [-1, 0.2, 1] }], attrs: { bias: 0.25 } }).values[0]!.data, [-0.75, 0, 0.75]);
    assert.deepEqual(runOp({ op: 'Swish', opset: 24, inputs: [{ value: [0] }] }).values[0]!.data, [0]);
  });
});

describe('activation: SwiGLU (opset 28)', () => {
  test('identical shapes, 4 per element; mismatched shapes are an OpError', () => {
    const r = runOp({ op: 'SwiGLU', opset: 28, inputs: [{ shape: [2, 8, 32] }, { shape: [2, 8, 32] }] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 8, 32]);
    assert.equal(r.cost.flops, 4 * 512);
    assert.throws(() => runOp({ op: 'SwiGLU', opset: 28, inputs: [{ shape: [2, 8, 32] }, { shape: [32] }] }), OpError);
  });
});
