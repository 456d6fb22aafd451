import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { runOp } from '../support/op-harness.js';

describe('LinearAttention (opset 27)', () => {
  test('linear rule, B=1, T=4, Hq=Hkv=2, dk=dv=8: shapes and hand-counted cost', () => {
    const r = runOp({ op: 'LinearAttention', opset: 27, inputs: [{ shape: [1, 4, 16] }, { shape: [1, 4, 16] }, { shape: [1, 4, 16] }], attrs: { q_num_heads: 2, kv_num_heads: 2 }, outputs: 2 });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[1, 4, 16], [1, 2, 8, 8]]);
    // MACs: 4 tokens * 64 (dk*dv) * (2 kv updates + 2 query reads) = 1,024.
    assert.equal(r.cost.macs, 1024);
    // FLOPs: 2,048 + 4 tokens * (2 heads * 8 scale) = 2,048 + 64 = 2,112.
    assert.equal(r.cost.flops, 2112);
  });

  test('gated_delta with GQA (Hq=4, Hkv=2, dk=4, dv=6): retrieval MACs, decay and delta FLOPs', () => {
    const q = { shape: [2, 3, 16] }, k = { shape: [2, 3, 8] }, v = { shape: [2, 3, 12] };
    const r = runOp({ op: 'LinearAttention', opset: 27, inputs: [q, k, v, null, { shape: [2, 3, 2] }, { shape: [2, 3, 2] }], attrs: { q_num_heads: 4, kv_num_heads: 2, update_rule: 'gated_delta' } });
    assert.deepEqual(r.outputs[0]!.shape, [2, 3, 24]);
    // tokens 6; dk*dv = 24; MACs = 6 * 24 * (2*2 + 4) = 1,152.
    assert.equal(r.cost.macs, 1152);
    // extra = 6 * (4*6 scale + 2*24 decay + 2*2*6 delta) = 6 * (24 + 48 + 24) = 576; FLOPs 2,304 + 576 = 2,880.
    assert.equal(r.cost.flops, 2880);
    assert.throws(() => runOp({ op: 'LinearAttention', opset: 27, inputs: [q, k, v], attrs: { q_num_heads: 4, kv_num_heads: 2, update_rule: 'delta' } }), /needs the beta input/);
    assert.throws(() => runOp({ op: 'LinearAttention', opset: 27, inputs: [q, k, v], attrs: { q_num_heads: 3, kv_num_heads: 2 } }), /multiple/);
  });
});

describe('CausalConvWithState (opset 27)', () => {
  test('[2,8,5] with a [8,1,4] kernel, bias and silu: MACs 2*8*5*4 = 320; FLOPs 640 + 80*(1+2) = 880', () => {
    const r = runOp({ op: 'CausalConvWithState', opset: 27, inputs: [{ shape: [2, 8, 5] }, { shape: [8, 1, 4] }, { shape: [8] }], attrs: { activation: 'silu' }, outputs: 2 });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[2, 8, 5], [2, 8, 3]]);
    assert.equal(r.cost.macs, 320);
    assert.equal(r.cost.flops, 880);
  });

  test("activation 'constructor' (an Object.prototype key) is refused like any other name", () => {
    for (const activation of ['constructor', 'toString', '__proto__']) {
      assert.throws(() => runOp({ op: 'CausalConvWithState', opset: 27, inputs: [{ shape: [2, 8, 5] }, { shape: [8, 1, 4] }], attrs: { activation }, outputs: 2 }), /activation must be none, silu or swish/);
    }
  });

  test('a non-depthwise weight or a channel mismatch is a node error', () => {
    assert.throws(() => runOp({ op: 'CausalConvWithState', opset: 27, inputs: [{ shape: [1, 8, 5] }, { shape: [8, 2, 4] }] }), /depthwise/);
    assert.throws(() => runOp({ op: 'CausalConvWithState', opset: 27, inputs: [{ shape: [1, 8, 5] }, { shape: [4, 1, 4] }] }), /4 channels but the input has 8/);
  });
});
