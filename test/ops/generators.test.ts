import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute, Tensor } from '../../src/graph/ir.js';
import { OpError } from '../../src/shapes/types.js';
import { runOp } from '../support/op-harness.js';

function scalarTensor(dtype: Tensor['dtype'], v: number): Attribute {
  return { type: 'tensor', value: { name: 'value', dtype, dims: [1], elements: 1, byteSize: 8, storage: 'embedded', values: [v] } };
}

describe('ConstantOfShape', () => {
  test('shape [2,3] filled with int64 7 folds to six 7s', () => {
    const r = runOp({ op: 'ConstantOfShape', inputs: [{ dtype: 'int64', value: [2, 3] }], attrs: { value: scalarTensor('int64', 7) } });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [2, 3], data: [7, 7, 7, 7, 7, 7] });
  });

  test('default is float32 zeros; unknown shape values give fresh dims of the known rank', () => {
    const d = runOp({ op: 'ConstantOfShape', inputs: [{ dtype: 'int64', value: [2] }] });
    assert.deepEqual(d.values[0], { dtype: 'float32', shape: [2], data: [0, 0] });
    const u = runOp({ op: 'ConstantOfShape', inputs: [{ dtype: 'int64', shape: [3] }] });
    assert.equal(u.outputs[0]!.shape!.length, 3);
    assert.ok(u.outputs[0]!.shape!.every((x) => typeof x === 'string'));
  });
});

describe('Range', () => {
  test('(0,10,3) -> ceil(10/3) = 4 elements [0,3,6,9]; (10,0,-3) -> [10,7,4,1]', () => {
    const s = (v: number) => ({ dtype: 'int64' as const, shape: [], value: [v] });
    assert.deepEqual(runOp({ op: 'Range', inputs: [s(0), s(10), s(3)] }).values[0], { dtype: 'int64', shape: [4], data: [0, 3, 6, 9] });
    assert.deepEqual(runOp({ op: 'Range', inputs: [s(10), s(0), s(-3)] }).values[0]!.data, [10, 7, 4, 1]);
    const f = (v: number) => ({ dtype: 'float32' as const, shape: [], value: [v] });
    const r = runOp({ op: 'Range', inputs: [f(0), f(1), f(0.25)] });
    assert.deepEqual(r.values[0]!.data, [0, 0.25, 0.5, 0.75]);
    assert.equal(r.cost.flops, 4); // one add per output
    assert.throws(() => runOp({ op: 'Range', inputs: [s(0), s(1), s(0)] }), OpError);
  });

  test('unknown bounds give a fresh length, so the cost is unresolved rather than guessed', () => {
    assert.throws(
      () => runOp({ op: 'Range', inputs: [{ dtype: 'int64', shape: [], value: [0] }, { dtype: 'int64', shape: [] }, { dtype: 'int64', shape: [], value: [1] }] }),
      /dimension 'range_0' is not resolved/,
    );
  });
});

describe('EyeLike and random generators', () => {
  test('EyeLike [3,4] k=1 puts ones at (0,1),(1,2),(2,3)', () => {
    const r = runOp({ op: 'EyeLike', inputs: [{ shape: [3, 4] }], attrs: { k: 1 } });
    assert.deepEqual(r.values[0]!.data, [0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    assert.equal(r.cost.bytes, 48); // 12 fp32 written; the input's elements are never read
  });

  test('RandomNormal shape [2,3]: 2 FLOPs per element = 12', () => {
    const r = runOp({ op: 'RandomNormal', inputs: [], attrs: { shape: [2, 3] } });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [2, 3] });
    assert.equal(r.cost.flops, 12);
  });

  test('RandomUniformLike reads only the shape: [4,5] fp16 input, float32 output = 80 bytes written', () => {
    const r = runOp({ op: 'RandomUniformLike', inputs: [{ dtype: 'float16', shape: [4, 5] }], attrs: { dtype: 1 } });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [4, 5] });
    assert.deepEqual(r.cost, { macs: 0, flops: 40, bytes: 80 });
  });

  test('Multinomial [2,10] sample_size 5 -> int32 [2,5]; 2*20 + 10 = 50 FLOPs', () => {
    const r = runOp({ op: 'Multinomial', opset: 7, inputs: [{ shape: [2, 10] }], attrs: { sample_size: 5 } });
    assert.deepEqual(r.outputs[0], { dtype: 'int32', shape: [2, 5] });
    assert.equal(r.cost.flops, 50);
  });

  test('Bernoulli keeps the shape: 1 compare per element', () => {
    const r = runOp({ op: 'Bernoulli', opset: 15, inputs: [{ shape: [3, 7] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [3, 7] });
    assert.equal(r.cost.flops, 21);
  });
});

describe('RandomUniform and RandomNormalLike', () => {
  test('RandomUniform dtype 11 -> float64 [5], 10 FLOPs; RandomNormalLike [2,2] -> 8 FLOPs, 16 bytes', () => {
    const u = runOp({ op: 'RandomUniform', inputs: [], attrs: { shape: [5], dtype: 11 } });
    assert.deepEqual(u.outputs[0], { dtype: 'float64', shape: [5] });
    assert.equal(u.cost.flops, 10);
    const n = runOp({ op: 'RandomNormalLike', inputs: [{ shape: [2, 2] }] });
    assert.deepEqual(n.cost, { macs: 0, flops: 8, bytes: 16 });
  });
});
