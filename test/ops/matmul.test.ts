import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { float, inferOp, runOp } from '../support/op-harness.js';
import { OpError, UnresolvedDimError } from '../../src/shapes/types.js';

const f32 = (shape: (number | string)[]) => ({ dtype: 'float32' as const, shape });
const weight = (shape: number[]) => ({ dtype: 'float32' as const, shape, constant: true });

describe('MatMul', () => {
  test('batched broadcasting [2,1,3,4] x [5,4,6] -> [2,5,3,6]', () => {
    // batch broadcast [2,1] with [5] -> [2,5]; MACs = 2 * 5 * 3 * 4 * 6 = 720
    const r = runOp({ op: 'MatMul', inputs: [f32([2, 1, 3, 4]), f32([5, 4, 6])] });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [2, 5, 3, 6] });
    assert.deepEqual(r.cost, { macs: 720, flops: 1440 });
  });

  test('1-D operands are promoted and the promoted axis dropped', () => {
    // [4] x [4,6]: [1,4] x [4,6] -> [6]; MACs = 1 * 4 * 6 = 24
    const a = runOp({ op: 'MatMul', inputs: [f32([4]), f32([4, 6])] });
    assert.deepEqual(a.outputs[0]!.shape, [6]);
    assert.equal(a.cost.macs, 24);
    // [3,4] x [4]: -> [3]; MACs = 12
    const b = runOp({ op: 'MatMul', inputs: [f32([3, 4]), f32([4])] });
    assert.deepEqual(b.outputs[0]!.shape, [3]);
    assert.equal(b.cost.macs, 12);
    // [4] x [4]: a scalar dot product, MACs = 4
    const c = runOp({ op: 'MatMul', inputs: [f32([4]), f32([4])] });
    assert.deepEqual(c.outputs[0]!.shape, []);
    assert.equal(c.cost.macs, 4);
    // [2,3,4] x [4]: -> [2,3]; MACs = 2 * 3 * 4 = 24
    assert.deepEqual(runOp({ op: 'MatMul', inputs: [f32([2, 3, 4]), f32([4])] }).outputs[0]!.shape, [2, 3]);
  });

  test('symbolic batch and sequence are carried; cost is unresolved', () => {
    const call = { op: 'MatMul', inputs: [f32(['B', 'S', 64]), weight([64, 128])] };
    assert.deepEqual(inferOp(call).outputs[0]!.shape, ['B', 'S', 128]);
    assert.throws(() => runOp(call), UnresolvedDimError);
  });

  test('mismatched inner dimensions and scalars are errors', () => {
    assert.throws(() => runOp({ op: 'MatMul', inputs: [f32([2, 3]), f32([4, 5])] }), /inner dimensions/);
    assert.throws(() => runOp({ op: 'MatMul', inputs: [f32([2, 3, 4]), f32([3, 4, 5])] }), OpError);
    assert.throws(() => runOp({ op: 'MatMul', inputs: [f32([]), f32([4, 5])] }), /scalar/);
  });

  test('MatMulInteger gives int32, QLinearMatMul the y_zero_point type', () => {
    const mi = runOp({ op: 'MatMulInteger', inputs: [{ dtype: 'uint8', shape: [2, 3] }, { dtype: 'int8', shape: [3, 4] }] });
    assert.deepEqual(mi.outputs[0], { dtype: 'int32', shape: [2, 4] });
    assert.deepEqual(mi.cost, { macs: 24, flops: 48 });
    const s = { dtype: 'float32' as const, shape: [] as number[], value: [0.5] };
    const zp = { dtype: 'uint8' as const, shape: [] as number[], value: [128] };
    const q = runOp({ op: 'QLinearMatMul', inputs: [{ dtype: 'uint8', shape: [2, 3] }, s, zp, { dtype: 'uint8', shape: [3, 4] }, s, zp, s, zp] });
    assert.deepEqual(q.outputs[0], { dtype: 'uint8', shape: [2, 4] });
    // MACs = 2 * 3 * 4 = 24; FLOPs = 48 + 2 * 8 (requantization) = 64
    assert.deepEqual(q.cost, { macs: 24, flops: 64 });
  });
});

describe('Gemm', () => {
  test('transA and transB', () => {
    // A [4,3]^T -> M=3, K=4; B [5,4]^T -> K=4, N=5; MACs = 3 * 4 * 5 = 60
    // FLOPs = 2 * 60 + C (3 * 5 = 15) = 135
    const r = runOp({ op: 'Gemm', inputs: [f32([4, 3]), weight([5, 4]), weight([5])], attrs: { transA: 1, transB: 1, alpha: float(0.5) } });
    assert.deepEqual(r.outputs[0]!.shape, [3, 5]);
    assert.deepEqual(r.cost, { macs: 60, flops: 135 });
  });

  test('the Linear head of lstm.onnx: [1,256] x [10,256]^T + [10]', () => {
    // MACs = 1 * 256 * 10 = 2560 (this is the Gemm that the lstm/gru reference totals include)
    const r = runOp({ op: 'Gemm', opset: 13, inputs: [f32([1, 256]), weight([10, 256]), weight([10])], attrs: { transB: 1 } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 10]);
    assert.deepEqual(r.cost, { macs: 2560, flops: 5130 });
  });

  test('C became optional in opset 11', () => {
    const call = (opset: number) => ({ op: 'Gemm', opset, inputs: [f32([2, 3]), weight([3, 4])] });
    assert.throws(() => runOp(call(9)), /required before opset 11/);
    // no C: FLOPs = 2 * 2 * 3 * 4 = 48
    assert.deepEqual(runOp(call(11)).cost, { macs: 24, flops: 48 });
  });

  test('C must broadcast to [M, N]; symbolic M is carried', () => {
    assert.throws(() => runOp({ op: 'Gemm', inputs: [f32([2, 3]), weight([3, 4]), weight([3])] }), /broadcast/);
    assert.deepEqual(runOp({ op: 'Gemm', inputs: [f32([2, 3]), weight([3, 4]), weight([2, 1])] }).outputs[0]!.shape, [2, 4]);
    assert.deepEqual(inferOp({ op: 'Gemm', inputs: [f32(['batch', 3]), weight([3, 4])] }).outputs[0]!.shape, ['batch', 4]);
    assert.throws(() => runOp({ op: 'Gemm', inputs: [f32([2, 3, 4]), weight([4, 4])] }), /2-D/);
  });
});

describe('Einsum', () => {
  const einsum = (equation: string, shapes: number[][]) => runOp({ op: 'Einsum', opset: 12, inputs: shapes.map(f32), attrs: { equation } });

  test("batched matmul 'bij,bjk->bik'", () => {
    // MACs = b * i * j * k = 2 * 3 * 4 * 5 = 120
    const r = einsum('bij,bjk->bik', [[2, 3, 4], [2, 4, 5]]);
    assert.deepEqual(r.outputs[0]!.shape, [2, 3, 5]);
    assert.deepEqual(r.cost, { macs: 120, flops: 240 });
  });

  test("attention scores 'bhqd,bhkd->bhqk'", () => {
    // MACs = 2 * 8 * 16 * 32 * 64 = 524288
    const r = einsum('bhqd,bhkd->bhqk', [[2, 8, 16, 64], [2, 8, 32, 64]]);
    assert.deepEqual(r.outputs[0]!.shape, [2, 8, 16, 32]);
    assert.equal(r.cost.macs, 524288);
  });

  test('implicit output and ellipsis', () => {
    // 'ij,jk' implicit -> 'ik'
    assert.deepEqual(einsum('ij,jk', [[2, 3], [3, 4]]).outputs[0]!.shape, [2, 4]);
    // broadcast ellipsis [7] with []: MACs = 7 * 2 * 3 * 4 = 168
    const e = einsum('...ij,...jk->...ik', [[7, 2, 3], [3, 4]]);
    assert.deepEqual(e.outputs[0]!.shape, [7, 2, 4]);
    assert.equal(e.cost.macs, 168);
    // implicit with ellipsis: ellipsis first, then single letters in order
    assert.deepEqual(einsum('...ji', [[5, 2, 3]]).outputs[0]!.shape, [5, 3, 2]);
  });

  test('one operand: transpose costs nothing, a reduction one add per element', () => {
    assert.deepEqual(einsum('ij->ji', [[3, 4]]).cost, { macs: 0, flops: 0 });
    assert.deepEqual(einsum('ij->', [[3, 4]]).cost, { macs: 0, flops: 12 });
    assert.deepEqual(einsum('ii->i', [[3, 3]]).outputs[0]!.shape, [3]);
  });

  test('three operands: contracted pairwise, left to right', () => {
    // i=2, j=3, k=4, l=5: (ij,jk -> ik) sums j over i*j*k = 24 points; (ik,kl -> il) sums k over
    // i*k*l = 40 points. 64 MACs, not the 120 of the full index space.
    const r = einsum('ij,jk,kl->il', [[2, 3], [3, 4], [4, 5]]);
    assert.deepEqual(r.outputs[0]!.shape, [2, 5]);
    assert.deepEqual(r.cost, { macs: 64, flops: 128 });
  });

  test('a 100x100 three-matrix chain: 2e6 MACs, not 1e8', () => {
    // Each step: 100^3 = 1,000,000 points with one index summed.
    assert.deepEqual(einsum('ij,jk,kl->il', [[100, 100], [100, 100], [100, 100]]).cost, { macs: 2_000_000, flops: 4_000_000 });
  });

  test('elementwise and outer products are FLOPs, not MACs', () => {
    // ij,ij->ij on 100x100: one multiply per element, nothing summed.
    assert.deepEqual(einsum('ij,ij->ij', [[100, 100], [100, 100]]).cost, { macs: 0, flops: 10_000 });
    // i,j->ij on 3 and 4: 12 multiplies.
    assert.deepEqual(einsum('i,j->ij', [[3], [4]]).cost, { macs: 0, flops: 12 });
    // ij,ij->i sums j: a contraction of 2*5 = 10 points.
    assert.deepEqual(einsum('ij,ij->i', [[2, 5], [2, 5]]).cost, { macs: 10, flops: 20 });
    // Hadamard then contraction: (ij,ij -> ij) 6 multiplies, then (ij,jk -> ik) 2*3*4 = 24 MACs.
    assert.deepEqual(einsum('ij,ij,jk->ik', [[2, 3], [2, 3], [3, 4]]).cost, { macs: 24, flops: 6 + 48 });
  });

  test('bad equations are reported', () => {
    assert.throws(() => einsum('ij,jk->ik', [[2, 3], [4, 5]]), /index 'j'/);
    assert.throws(() => einsum('ij,jk->iz', [[2, 3], [3, 5]]), /'z'/);
    assert.throws(() => einsum('ijk,jk->ik', [[2, 3], [3, 5]]), /rank/);
    assert.throws(() => einsum('ij->ij', [[2, 3], [3, 5]]), /operands/);
  });
});

describe('com.microsoft matmuls', () => {
  test('FusedMatMul transA / transBatchA', () => {
    // A [2,4,3] transA -> [2,3,4]; B [2,4,5]: [2,3,5], MACs = 2 * 3 * 4 * 5 = 120
    const t = runOp({ op: 'FusedMatMul', domain: 'com.microsoft', inputs: [f32([2, 4, 3]), f32([2, 4, 5])], attrs: { transA: 1 } });
    assert.deepEqual(t.outputs[0]!.shape, [2, 3, 5]);
    assert.equal(t.cost.macs, 120);
    // transBatchA: A [3,2,4] -> [2,3,4] (axis 0 moves before the last axis)
    const b = runOp({ op: 'FusedMatMul', domain: 'com.microsoft', inputs: [f32([3, 2, 4]), f32([2, 4, 5])], attrs: { transBatchA: 1 } });
    assert.deepEqual(b.outputs[0]!.shape, [2, 3, 5]);
    // both: A [4,2,3] -> transBatch [2,4,3] -> trans [2,3,4]
    const c = runOp({ op: 'FusedMatMul', domain: 'com.microsoft', inputs: [f32([4, 2, 3]), f32([2, 4, 5])], attrs: { transBatchA: 1, transA: 1 } });
    assert.deepEqual(c.outputs[0]!.shape, [2, 3, 5]);
  });

  test('MatMulNBits: 4-bit weights', () => {
    // A [1,7,64], K=64, N=32, block 32: B [32, 2, 16] uint8
    // MACs = 7 * 64 * 32 = 14336; FLOPs = 2 * 14336 + 2 * 64 * 32 (dequantize) = 28672 + 4096 = 32768
    const r = runOp({
      op: 'MatMulNBits', domain: 'com.microsoft',
      inputs: [f32([1, 7, 64]), { dtype: 'uint8', shape: [32, 2, 16], constant: true }, weight([64])],
      attrs: { K: 64, N: 32, bits: 4, block_size: 32 },
    });
    assert.deepEqual(r.outputs[0]!.shape, [1, 7, 32]);
    assert.deepEqual(r.cost, { macs: 14336, flops: 32768 });
    assert.throws(() => runOp({
      op: 'MatMulNBits', domain: 'com.microsoft', inputs: [f32([1, 7, 60]), { dtype: 'uint8', shape: [32, 2, 16] }, weight([64])],
      attrs: { K: 64, N: 32, bits: 4, block_size: 32 },
    }), /attribute K/);
  });

  test('MatMulIntegerToFloat and DynamicQuantizeMatMul produce float', () => {
    const s = { dtype: 'float32' as const, shape: [] as number[], value: [0.1] };
    const m = runOp({
      op: 'MatMulIntegerToFloat', domain: 'com.microsoft',
      inputs: [{ dtype: 'uint8', shape: [2, 3] }, { dtype: 'int8', shape: [3, 4] }, s, s],
    });
    // MACs 24; FLOPs = 48 + 8 (scale) = 56
    assert.deepEqual(m.outputs[0], { dtype: 'float32', shape: [2, 4] });
    assert.deepEqual(m.cost, { macs: 24, flops: 56 });
    const d = runOp({ op: 'DynamicQuantizeMatMul', domain: 'com.microsoft', inputs: [f32([2, 3]), { dtype: 'int8', shape: [3, 4] }, s] });
    // FLOPs = 48 + 4 * 6 (quantize A) + 8 (scale) = 80
    assert.deepEqual(d.outputs[0], { dtype: 'float32', shape: [2, 4] });
    assert.deepEqual(d.cost, { macs: 24, flops: 80 });
  });

  test('TransposeMatMul is the older name of FusedMatMul', () => {
    // A [2,4,3] transA -> [2,3,4]; B [2,5,4] transB -> [2,4,5]: [2,3,5], MACs 120
    const r = runOp({ op: 'TransposeMatMul', domain: 'com.microsoft', inputs: [f32([2, 4, 3]), f32([2, 5, 4])], attrs: { transA: 1, transB: 1 } });
    assert.deepEqual(r.outputs[0]!.shape, [2, 3, 5]);
    assert.equal(r.cost.macs, 120);
  });

  test('FusedGemm and QGemm', () => {
    // [8,16] x [16,4] + C [4] + Relu: MACs = 512; FLOPs = 1024 + 32 (C) + 32 (activation) = 1088
    const f = runOp({ op: 'FusedGemm', domain: 'com.microsoft', inputs: [f32([8, 16]), weight([16, 4]), weight([4])], attrs: { activation: 'Relu' } });
    assert.deepEqual(f.outputs[0]!.shape, [8, 4]);
    assert.deepEqual(f.cost, { macs: 512, flops: 1088 });
    const s = { dtype: 'float32' as const, shape: [] as number[], value: [0.1] };
    const zp = { dtype: 'uint8' as const, shape: [] as number[], value: [0] };
    // QGemm with y_scale/y_zero_point: quantized output, FLOPs = 1024 + 2 * 32 = 1088
    const q = runOp({
      op: 'QGemm', domain: 'com.microsoft',
      inputs: [{ dtype: 'uint8', shape: [8, 16] }, s, zp, { dtype: 'uint8', shape: [4, 16] }, s, zp, null, s, zp], attrs: { transB: 1 },
    });
    assert.deepEqual(q.outputs[0], { dtype: 'uint8', shape: [8, 4] });
    assert.deepEqual(q.cost, { macs: 512, flops: 1088 });
    // without y_scale: float output, 1 per output to scale: 1024 + 32 = 1056
    const qf = runOp({ op: 'QGemm', domain: 'com.microsoft', inputs: [{ dtype: 'uint8', shape: [8, 16] }, s, zp, { dtype: 'uint8', shape: [16, 4] }, s, zp] });
    assert.deepEqual(qf.outputs[0], { dtype: 'float32', shape: [8, 4] });
    assert.equal(qf.cost.flops, 1056);
  });

  test('QOrderedMatMul: int8 product with bias', () => {
    // A [2,8,16] x B [16,32]: MACs = 2 * 8 * 16 * 32 = 8192; FLOPs = 16384 + 512 outputs * (2 + 1 bias) = 17920
    const s = { dtype: 'float32' as const, shape: [] as number[], value: [0.1] };
    const r = runOp({
      op: 'QOrderedMatMul', domain: 'com.microsoft',
      inputs: [{ dtype: 'int8', shape: [2, 8, 16] }, s, { dtype: 'int8', shape: [16, 32] }, s, s, weight([32])],
    });
    assert.deepEqual(r.outputs[0], { dtype: 'int8', shape: [2, 8, 32] });
    assert.deepEqual(r.cost, { macs: 8192, flops: 17920 });
  });
});
