/**
 * TFLite models written by our own writer, profiled end to end (reader -> engine -> profile), with
 * every expected number worked out by hand from the formulas in docs/metrics.md.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { profileFile } from '../../src/profile/index.js';
import type { ProfileFileOptions } from '../../src/profile/index.js';
import type { ProfileResult } from '../../src/profile/types.js';
import { registry } from '../../src/ops/index.js';
import { BUILTIN_OPERATORS, NOT_AN_OPERATOR } from '../../src/formats/tflite/schema.js';
import {
  batchMatmulModel, convModel, customOpModel, dynamicConvModel, fcModel, float16Model, int8Model, sparseModel,
  transposeConvModel, whileModel,
} from '../support/tflite-fixtures.js';
import type { TfliteBuilder } from '../support/tflite-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-tflite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function profile(m: TfliteBuilder, opts: ProfileFileOptions = {}): Promise<ProfileResult> {
  const path = join(dir, `m${n++}.tflite`);
  writeFileSync(path, m.build());
  return profileFile(path, opts);
}

function node(p: ProfileResult, name: string) {
  const found = p.nodes?.find((x) => x.name === name);
  assert.ok(found, `node ${name}`);
  return found;
}

describe('TFLite convolutions', () => {
  test('CONV_2D (OHWI filter, SAME, fused RELU6) and DEPTHWISE_CONV_2D (multiplier 2, stride 2)', async () => {
    const p = await profile(convModel());
    assert.equal(p.model.format, 'tflite');
    const conv = node(p, 'conv/Relu6');
    // out [1,8,8,16] = 1024 elements, each 3*3*3 = 27 taps: 27,648 MACs.
    assert.equal(conv.macs, 27_648);
    // 2 * 27,648 + 1,024 bias adds + 1,024 RELU6 clamps.
    assert.equal(conv.flops, 57_344);
    // input 8*8*3*4 = 768, filter 432*4 = 1,728, bias 64, output 1,024*4 = 4,096 bytes.
    assert.equal(conv.memoryBytes, 768 + 1_728 + 64 + 4_096);
    const dw = node(p, 'dw/out');
    // SAME stride 2: 8 -> ceil(8/2) = 4; out [1,4,4,32] = 512, 3*3 taps each (one input channel).
    assert.deepEqual(dw.outputShapes, [[1, 4, 4, 32]]);
    assert.equal(dw.macs, 4_608);
    assert.equal(dw.flops, 2 * 4_608 + 512);
    // Params: 432 + 16 + 288 + 32 = 768.
    assert.equal(p.params.total, 768);
    assert.equal(p.totals?.lowerBound, false);
    // Peak: during the depthwise conv its input (1,024 * 4) and output (512 * 4) are live: 6,144 bytes.
    assert.equal(p.totals?.peakActivationBytes, 6_144);
  });

  test('TRANSPOSE_CONV scatters each input element over the kernel', async () => {
    const p = await profile(transposeConvModel());
    const y = node(p, 'y');
    // input [1,4,4,8] = 128 elements, each times 3*3 taps into 4 output channels: 128 * 9 * 4 = 4,608.
    assert.equal(y.macs, 4_608);
    // + bias on [1,8,8,4] = 256 output elements.
    assert.equal(y.flops, 2 * 4_608 + 256);
    // output_shape (4 int32) is not a weight: 288 filter + 4 bias params.
    assert.equal(p.params.total, 292);
    assert.equal(p.params.nonWeight.elements, 4);
  });
});

describe('TFLite matrix products', () => {
  test('FULLY_CONNECTED with bias and RELU, then SOFTMAX', async () => {
    const p = await profile(fcModel());
    const fc = node(p, 'fc/out');
    // [2,64] x [10,64]^T: 2 * 64 * 10 = 1,280 MACs; FLOPs 2,560 + 20 bias + 20 RELU.
    assert.equal(fc.macs, 1_280);
    assert.equal(fc.flops, 2_600);
    // Softmax: 3 per element on 20 elements.
    assert.equal(node(p, 'probs').flops, 60);
    assert.equal(p.params.total, 650);
  });

  test('BATCH_MATMUL with adj_y', async () => {
    const p = await profile(batchMatmulModel());
    const y = node(p, 'y');
    // batch 2*3 = 6, M 4, K 5, N 6 (b [2,3,6,5] transposed): 6 * 4 * 5 * 6 = 720.
    assert.equal(y.macs, 720);
    assert.deepEqual(y.outputShapes, [[2, 3, 4, 6]]);
    // memory: a 120 + b 180 + y 144 elements, float32: 444 * 4 = 1,776 bytes.
    assert.equal(y.memoryBytes, 1_776);
  });
});

describe('TFLite dynamic shapes', () => {
  test('a -1 in shape_signature binds like an ONNX symbolic dim, and downstream shapes are inferred', async () => {
    const p = await profile(dynamicConvModel(), { dims: { batch: 4 } });
    // SAME 3x3 on 8x8 keeps 8x8: [4,8,8,16] = 4,096 outputs * 27 taps = 110,592 MACs.
    const conv = node(p, 'conv/out');
    assert.deepEqual(conv.outputShapes, [[4, 8, 8, 16]]);
    assert.equal(conv.macs, 110_592);
    // RESHAPE [-1, 1024] of 4 * 1,024 elements: [4, 1024]; FC to 10: 4 * 1,024 * 10 = 40,960 MACs.
    assert.deepEqual(node(p, 'flat').outputShapes, [[4, 1024]]);
    assert.equal(node(p, 'logits').macs, 40_960);
    assert.deepEqual(node(p, 'logits').outputShapes, [[4, 10]]);
    assert.equal(p.totals?.macs, 151_552);
    assert.equal(p.totals?.lowerBound, false);
  });

  test('with the batch left unbound it defaults to 1 with a warning', async () => {
    const p = await profile(dynamicConvModel());
    assert.ok(p.warnings.some((w) => w.includes("symbolic dim 'batch'")));
    // batch 1: 1,024 * 27 = 27,648 conv MACs + 1,024 * 10 FC MACs.
    assert.equal(p.totals?.macs, 27_648 + 10_240);
  });
});

describe('TFLite control flow', () => {
  test('WHILE counts its condition and body once and marks the totals as a lower bound', async () => {
    const p = await profile(whileModel());
    const w = node(p, 'i_final');
    // body FC [1,16] x [16,16]: 256 MACs; FLOPs 512 + ADD 1 + cond LESS 1 = 514.
    assert.equal(w.macs, 256);
    assert.equal(w.flops, 514);
    assert.equal(w.status, 'lower-bound');
    assert.ok(p.totals?.lowerBound);
    assert.ok(p.totals?.lowerBoundReasons.some((r) => r.includes('WHILE trip count unknown')));
    // The body's weight (subgraph 2) is a param: 256; int32 constants i0, limit, one are not.
    assert.equal(p.params.total, 256);
    assert.equal(p.params.nonWeight.elements, 3);
  });
});

describe('TFLite params the way users count them', () => {
  test('a float16 weight feeding DEQUANTIZE counts once, as float16', async () => {
    const p = await profile(float16Model());
    // 8*3*3*4 = 288 weights + 8 bias, 2 bytes each.
    assert.deepEqual(p.params.byDtype, { float16: { elements: 296, bytes: 592 } });
    assert.equal(p.params.total, 296);
    // The dequantized float32 copy is an activation: DEQUANTIZE reads 576 bytes, writes 1,152.
    assert.equal(node(p, 'w_fp32').memoryBytes, 576 + 1_152);
    // CONV_2D VALID 3x3 on 6x6: [1,4,4,8] = 128 outputs * 36 taps = 4,608 MACs.
    assert.equal(node(p, 'y').macs, 4_608);
  });

  test('int8 per-channel weights: one shared buffer counted once, int32 bias apart, quantization reported', async () => {
    const p = await profile(int8Model());
    // w_q and w_q_copy share buffer: 16*8 = 128 int8 elements, 128 bytes, once.
    assert.deepEqual(p.params.byDtype, { 'int8 (per-channel, axis 0)': { elements: 128, bytes: 128 } });
    // The int32 bias is not a weight: 16 elements, 64 bytes.
    assert.deepEqual(p.params.nonWeight, { elements: 16, bytes: 64 });
    // 1x1 conv: [1,4,4,16] = 256 outputs * 8 taps = 2,048 MACs, each conv; FLOPs of the first:
    // 4,096 + 256 bias + 256 RELU.
    assert.equal(node(p, 'y_q').macs, 2_048);
    assert.equal(node(p, 'y_q').flops, 4_608);
    // int8 memory: x_q 128 + w 128 + bias 64 + y 256 bytes.
    assert.equal(node(p, 'y_q').memoryBytes, 576);
    assert.equal(p.totals?.macs, 4_096);
  });

  test('a sparse weight counts its stored elements and says so', async () => {
    const p = await profile(sparseModel());
    // 128 stored values of a dense [16,32] = 512.
    assert.deepEqual(p.params.byDtype, { 'float32 (sparse: stored elements)': { elements: 128, bytes: 512 } });
    // FULLY_CONNECTED on the densified [16,32]: 32 * 16 = 512 MACs.
    assert.equal(node(p, 'y').macs, 512);
  });
});

describe('TFLite ops we do not cost', () => {
  test('custom ops and STABLEHLO ops are reported by name and make the totals a lower bound', async () => {
    const p = await profile(customOpModel());
    assert.deepEqual(p.unknownOps.map((u) => `${u.domain}::${u.opType}`).sort(), [
      'tflite.custom::Convolution2DTransposeBias', 'tflite::STABLEHLO_ABS',
    ]);
    assert.ok(p.totals?.lowerBound);
    // Only the 1x1 conv is costed: [1,4,4,2] = 32 outputs * 2 taps = 64 MACs.
    assert.equal(p.totals?.macs, 64);
  });

  test('every classic builtin operator has a definition; no STABLEHLO op has one', () => {
    const missing = BUILTIN_OPERATORS.filter((op) => !op.startsWith('STABLEHLO_') && !NOT_AN_OPERATOR.has(op)
      && !['DILATE', 'REDUCE_WINDOW', 'COMPLEX'].includes(op) && !registry.has('tflite', op));
    assert.deepEqual(missing, []);
    assert.deepEqual(BUILTIN_OPERATORS.filter((op) => op.startsWith('STABLEHLO_') && registry.has('tflite', op)), []);
  });
});
