import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { float, inferOp, runOp } from '../support/op-harness.js';
import { OpError, UnresolvedDimError } from '../../src/shapes/types.js';

const f32 = (shape: (number | string)[]) => ({ dtype: 'float32' as const, shape });
const weight = (shape: number[]) => ({ dtype: 'float32' as const, shape, constant: true });
const i32 = (shape: number[], value?: number[]) => ({ dtype: 'int32' as const, shape, ...(value ? { value } : {}) });
const MS = 'com.microsoft';

describe('com.microsoft Attention', () => {
  test('packed QKV projection + QK^T + AV', () => {
    // B=2, S=8, hidden 64, 4 heads of 16
    // projection: 2 * 8 * 64 * 192 = 196608; QK^T and AV: 2 * 4 * 8 * 8 * (16 + 16) = 512 * 32 = 16384
    // MACs = 212992; FLOPs = 2 * 212992 + bias 2 * 8 * 192 (3072) + 512 scores * (1 scale + 3 softmax) (2048) = 431104
    const r = runOp({ op: 'Attention', domain: MS, inputs: [f32([2, 8, 64]), weight([64, 192]), weight([192])], attrs: { num_heads: 4 } });
    assert.deepEqual(r.outputs[0]!.shape, [2, 8, 64]);
    assert.deepEqual(r.cost, { macs: 212992, flops: 431104 });
  });

  test('past and present, mask', () => {
    // past [2, B=2, 4 heads, 5, 16]: T = 5 + 8 = 13; present [2, 2, 4, 13, 16]
    // MACs = 196608 + 2 * 4 * 8 * 13 * 32 = 196608 + 26624 = 223232
    // FLOPs = 446464 + bias 3072 + 832 scores * 5 (mask adds 1) = 446464 + 3072 + 4160 = 453696
    const r = runOp({
      op: 'Attention', domain: MS, outputs: 2,
      inputs: [f32([2, 8, 64]), weight([64, 192]), weight([192]), i32([2, 13]), f32([2, 2, 4, 5, 16])],
      attrs: { num_heads: 4 },
    });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[2, 8, 64], [2, 2, 4, 13, 16]]);
    assert.deepEqual(r.cost, { macs: 223232, flops: 453696 });
  });

  test('qkv_hidden_sizes with a different V width', () => {
    // q = k = 64, v = 32, 4 heads: head 16, v_head 8; output [1, 4, 32]
    // MACs = 1 * 4 * 64 * 160 + 1 * 4 * 4 * 4 * (16 + 8) = 40960 + 1536 = 42496
    const r = runOp({ op: 'Attention', domain: MS, inputs: [f32([1, 4, 64]), weight([64, 160])], attrs: { num_heads: 4, qkv_hidden_sizes: [64, 64, 32] } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 4, 32]);
    assert.equal(r.cost.macs, 42496);
    assert.throws(() => runOp({ op: 'Attention', domain: MS, inputs: [f32([1, 4, 64]), weight([64, 192])], attrs: { num_heads: 5 } }), /divisible/);
  });

  test('symbolic batch and sequence are carried', () => {
    const call = { op: 'Attention', domain: MS, outputs: 2, inputs: [f32(['B', 'S', 64]), weight([64, 192]), weight([192]), null, f32([2, 'B', 4, 'P', 16])], attrs: { num_heads: 4 } };
    assert.deepEqual(inferOp(call).outputs.map((o) => o.shape), [['B', 'S', 64], [2, 'B', 4, 'P+S', 16]]);
    assert.throws(() => runOp(call), UnresolvedDimError);
  });
});

describe('com.microsoft QAttention', () => {
  test('quantized packed projection: same MACs as Attention, past at input 8', () => {
    // uint8 input [1, 4, 32], weight [32, 96], 2 heads of 16; past [2, 1, 2, 3, 16]: T = 7
    // projection 4 * 32 * 96 = 12288; core 1 * 2 * 4 * 7 * 32 = 1792; MACs = 14080
    // FLOPs = 28160 + bias 384 + dequantize 384 + 56 scores * 4 = 29152
    const s = { dtype: 'float32' as const, shape: [] as number[], value: [0.05] };
    const r = runOp({
      op: 'QAttention', domain: MS, outputs: 2,
      inputs: [{ dtype: 'uint8', shape: [1, 4, 32] }, { dtype: 'uint8', shape: [32, 96], constant: true }, weight([96]), s, s, null, null, null, f32([2, 1, 2, 3, 16])],
      attrs: { num_heads: 2 },
    });
    assert.deepEqual(r.outputs.map((o) => o.dtype), ['float32', 'float32']);
    assert.deepEqual(r.outputs.map((o) => o.shape), [[1, 4, 32], [2, 1, 2, 7, 16]]);
    assert.deepEqual(r.cost, { macs: 14080, flops: 29152 });
  });
});

describe('com.microsoft MultiHeadAttention', () => {
  test('separate Q, K, V (cross attention)', () => {
    // query [2, 10, 64], key [2, 12, 64], value [2, 12, 32], 8 heads: head 8, v_head 4
    // MACs = 2 * 8 * 10 * 12 * (8 + 4) = 1920 * 12 = 23040; FLOPs = 46080 + 1920 * 4 = 53760
    const r = runOp({ op: 'MultiHeadAttention', domain: MS, inputs: [f32([2, 10, 64]), f32([2, 12, 64]), f32([2, 12, 32])], attrs: { num_heads: 8 } });
    assert.deepEqual(r.outputs[0]!.shape, [2, 10, 32]);
    assert.deepEqual(r.cost, { macs: 23040, flops: 53760 });
  });

  test('packed QKV and past/present', () => {
    // packed query [2, 10, 8, 3, 8]: S = L = 10, head 8; output [2, 10, 64]; MACs = 2 * 8 * 10 * 10 * 16 = 25600
    const p = runOp({ op: 'MultiHeadAttention', domain: MS, inputs: [f32([2, 10, 8, 3, 8])], attrs: { num_heads: 8 } });
    assert.deepEqual(p.outputs[0]!.shape, [2, 10, 64]);
    assert.equal(p.cost.macs, 25600);
    // past_key/past_value [2, 8, 5, 8]: total 5 + 10 = 15
    const r = runOp({
      op: 'MultiHeadAttention', domain: MS, outputs: 3,
      inputs: [f32([2, 10, 64]), f32([2, 10, 64]), f32([2, 10, 64]), null, null, null, f32([2, 8, 5, 8]), f32([2, 8, 5, 8])],
      attrs: { num_heads: 8 },
    });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[2, 10, 64], [2, 8, 15, 8], [2, 8, 15, 8]]);
    // MACs = 2 * 8 * 10 * 15 * 16 = 38400
    assert.equal(r.cost.macs, 38400);
  });

  test('key and value already in BNSH are used as is', () => {
    // key [2, 8, 20, 8], value [2, 8, 20, 8]: T = 20; MACs = 2 * 8 * 10 * 20 * 16 = 51200
    const r = runOp({ op: 'MultiHeadAttention', domain: MS, inputs: [f32([2, 10, 64]), f32([2, 8, 20, 8]), f32([2, 8, 20, 8])], attrs: { num_heads: 8 } });
    assert.equal(r.cost.macs, 51200);
  });
});

describe('com.microsoft GroupQueryAttention', () => {
  test('decoding step with a KV cache', () => {
    // 8 query heads of 32 (256), 2 KV heads (64); S = 6; past 10; total_sequence_length = 16
    // present = max(10, 16) = 16; MACs = 1 * 8 * 6 * 16 * (32 + 32) = 49152
    // FLOPs = 98304 + 768 scores * 5 (causal mask by default) = 102144
    const r = runOp({
      op: 'GroupQueryAttention', domain: MS, outputs: 3,
      inputs: [f32([1, 6, 256]), f32([1, 6, 64]), f32([1, 6, 64]), f32([1, 2, 10, 32]), f32([1, 2, 10, 32]), i32([1]), i32([1], [16])],
      attrs: { num_heads: 8, kv_num_heads: 2 },
    });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[1, 6, 256], [1, 2, 16, 32], [1, 2, 16, 32]]);
    assert.deepEqual(r.cost, { macs: 49152, flops: 102144 });
  });

  test('packed QKV prompt', () => {
    // d = (8 + 2 * 2) * 32 = 384; no past, total = S = 6: MACs = 8 * 6 * 6 * 64 = 18432
    const r = runOp({
      op: 'GroupQueryAttention', domain: MS, outputs: 3,
      inputs: [f32([1, 6, 384]), null, null, null, null, i32([1]), i32([])],
      attrs: { num_heads: 8, kv_num_heads: 2 },
    });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[1, 6, 256], [1, 2, 6, 32], [1, 2, 6, 32]]);
    assert.equal(r.cost.macs, 18432);
    assert.throws(() => runOp({ op: 'GroupQueryAttention', domain: MS, inputs: [f32([1, 6, 384]), null, null, null, null, i32([1]), i32([])], attrs: { num_heads: 8, kv_num_heads: 3 } }), OpError);
  });

  test('a separate key must be kv_num_heads x head_size wide', () => {
    // query 256 / 8 heads = 32; 2 KV heads: key width 64, not 96.
    assert.throws(() => runOp({
      op: 'GroupQueryAttention', domain: MS,
      inputs: [f32([1, 6, 256]), f32([1, 6, 96]), f32([1, 6, 64]), null, null, i32([1]), i32([])],
      attrs: { num_heads: 8, kv_num_heads: 2 },
    }), /key width 96 is not kv_num_heads x head_size = 2 x 32 = 64/);
  });
});

describe('RotaryEmbedding', () => {
  test('com.microsoft: full and partial rotation', () => {
    // input [1, 6, 256], 8 heads of 32; cos_cache [64, 16] -> rotary dim 32 = head: 3 * 1536 = 4608
    const call = (rotary_embedding_dim: number) => runOp({
      op: 'RotaryEmbedding', domain: MS, inputs: [f32([1, 6, 256]), { dtype: 'int64', shape: [1, 6] }, f32([64, rotary_embedding_dim ? rotary_embedding_dim / 2 : 16]), f32([64, 16])],
      attrs: { num_heads: 8, rotary_embedding_dim },
    });
    const full = call(0);
    assert.deepEqual(full.outputs[0]!.shape, [1, 6, 256]);
    assert.deepEqual(full.cost, { macs: 0, flops: 4608 });
    // rotary_embedding_dim 16 of 32: half the elements rotate: 2304
    assert.equal(call(16).cost.flops, 2304);
  });

  test('ONNX opset 23, 4-D input', () => {
    // X [1, 8, 6, 32] (B, N, S, H); cos_cache [6, 8] -> rotary dim 16 of 32: 3 * 1536 / 2 = 2304
    const r = runOp({ op: 'RotaryEmbedding', opset: 23, inputs: [f32([1, 8, 6, 32]), f32([6, 8]), f32([6, 8])] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 8, 6, 32]);
    assert.equal(r.cost.flops, 2304);
  });
});

describe('ONNX Attention (opset 23)', () => {
  test('4-D grouped-query attention', () => {
    // Q [2, 8, 16, 64], K/V [2, 2, 32, 64]: scores 2 * 8 * 16 * 32 = 8192; MACs = 8192 * 128 = 1048576
    // FLOPs = 2097152 + 8192 * 4 = 2129920
    const r = runOp({ op: 'Attention', opset: 23, inputs: [f32([2, 8, 16, 64]), f32([2, 2, 32, 64]), f32([2, 2, 32, 64])] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 8, 16, 64]);
    assert.deepEqual(r.cost, { macs: 1048576, flops: 2129920 });
  });

  test('3-D with past, causal and softcap', () => {
    // Q [1, 4, 64] with 4 heads of 16; K [1, 4, 32] with 2 heads of 16; V [1, 4, 32]; past 6: T = 10
    // scores 1 * 4 * 4 * 10 = 160; MACs = 160 * 32 = 5120; FLOPs = 10240 + 160 * (4 + 1 causal + 3 softcap) = 11520
    const r = runOp({
      op: 'Attention', opset: 23, outputs: 4,
      inputs: [f32([1, 4, 64]), f32([1, 4, 32]), f32([1, 4, 32]), null, f32([1, 2, 6, 16]), f32([1, 2, 6, 16])],
      attrs: { q_num_heads: 4, kv_num_heads: 2, is_causal: 1, softcap: float(30) },
    });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[1, 4, 64], [1, 2, 10, 16], [1, 2, 10, 16], [1, 4, 4, 10]]);
    assert.deepEqual(r.cost, { macs: 5120, flops: 11520 });
  });

  test('3-D K must be kv_num_heads x head_size wide', () => {
    // Q [1,4,64] with 4 heads: head_size 16; 2 KV heads need K width 2 x 16 = 32, not 48.
    assert.throws(() => runOp({
      op: 'Attention', opset: 23, inputs: [f32([1, 4, 64]), f32([1, 4, 48]), f32([1, 4, 32])],
      attrs: { q_num_heads: 4, kv_num_heads: 2 },
    }), /K width 48 is not kv_num_heads x head_size = 2 x 16 = 32/);
  });

  test('3-D inputs need head counts', () => {
    assert.throws(() => runOp({ op: 'Attention', opset: 23, inputs: [f32([1, 4, 64]), f32([1, 4, 32]), f32([1, 4, 32])] }), /q_num_heads/);
  });
});
