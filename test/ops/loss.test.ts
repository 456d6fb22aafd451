import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { runOp } from '../support/op-harness.js';

const target = (shape: number[]) => ({ dtype: 'int64' as const, shape });

describe('NegativeLogLikelihoodLoss', () => {
  test('[4,10] scores, [4] target, default mean: scalar; 4 * (1 negate + 1 reduce) = 8', () => {
    const r = runOp({ op: 'NegativeLogLikelihoodLoss', opset: 13, inputs: [{ shape: [4, 10] }, target([4])] });
    assert.deepEqual(r.outputs[0]!.shape, []);
    assert.equal(r.cost.flops, 8);
  });

  test("reduction 'none' with weights on [2,5,3,3]: output [2,3,3]; 18 * (1 + 1 weight) = 36", () => {
    const r = runOp({ op: 'NegativeLogLikelihoodLoss', opset: 22, inputs: [{ shape: [2, 5, 3, 3] }, target([2, 3, 3]), { shape: [5] }], attrs: { reduction: 'none' } });
    assert.deepEqual(r.outputs[0]!.shape, [2, 3, 3]);
    assert.equal(r.cost.flops, 36);
  });

  test('mismatched target and unknown reduction are node errors', () => {
    assert.throws(() => runOp({ op: 'NegativeLogLikelihoodLoss', opset: 13, inputs: [{ shape: [4, 10] }, target([5])] }), /does not match/);
    assert.throws(() => runOp({ op: 'NegativeLogLikelihoodLoss', opset: 13, inputs: [{ shape: [4, 10] }, target([4])], attrs: { reduction: 'avg' } }), /reduction/);
  });
});

describe('SoftmaxCrossEntropyLoss', () => {
  test('[4,10] scores, sum reduction, with log_prob output: 3*40 + 4*2 = 128', () => {
    const r = runOp({ op: 'SoftmaxCrossEntropyLoss', opset: 13, inputs: [{ shape: [4, 10] }, target([4])], attrs: { reduction: 'sum' }, outputs: 2 });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[], [4, 10]]);
    assert.equal(r.cost.flops, 128);
  });
});
