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
import { countTrips } from '../../src/ops/tflite-while-trips.js';
import { BUILTIN_OPERATORS, NOT_AN_OPERATOR } from '../../src/formats/tflite/schema.js';
import {
  batchMatmulModel, convModel, customOpModel, dynamicConvModel, dynamicIndexingModel, fcModel, float16Model, int8Model, sparseModel,
  sharedIfChain, transposeConvModel, whileModel,
} from '../support/tflite-fixtures.js';
import { TfliteBuilder } from '../support/tflite-writer.js';

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

describe('TFLite dynamic dims through indexing, block and recurrent ops', () => {
  test('a batch bound with --dim reaches STRIDED_SLICE, SPACE_TO_BATCH_ND, BATCH_TO_SPACE_ND, GATHER_ND and a sequence RNN', async () => {
    const p = await profile(dynamicIndexingModel(), { dims: { batch: 3 } });
    const shape = (n: string) => node(p, n).outputShapes;
    // x [3,8,8,4][:, 1:7:2, :, 0:4]: axis 1 takes 1, 3, 5.
    assert.deepEqual(shape('s1'), [[3, 3, 8, 4]]);
    // Padded [3, 3+1, 8, 4] in 2x2 blocks: batch 3 * 4 = 12, 4/2 = 2, 8/2 = 4.
    assert.deepEqual(shape('s2b'), [[12, 2, 4, 4]]);
    // Back: batch 12/4 = 3, 2*2 - 1 (crop) = 3, 4*2 = 8; 8 channels from the conv.
    assert.deepEqual(shape('b2s'), [[3, 3, 8, 8]]);
    // b2s[..., 0:4] (ellipsis) and b2s[:, 0, newaxis] (shrink axis 1, new axis after it).
    assert.deepEqual(shape('s2'), [[3, 3, 8, 4]]);
    assert.deepEqual(shape('s3'), [[3, 1, 8, 8]]);
    // ids [3,5,1] index depth 1 into table [100,16]: [3,5,16]; FC flattens to [15, 4].
    assert.deepEqual(shape('g'), [[3, 5, 16]]);
    assert.deepEqual(shape('f'), [[15, 4]]);
    assert.deepEqual(shape('r'), [[3, 4, 16]]);
    // Downstream costs at the real sizes: conv [12,2,4,8] = 768 outputs * 4 taps = 3,072 MACs;
    // FC 15 * 16 * 4 = 960; RNN 4 steps * 3 rows * (16*8 + 16*16) = 4,608 MACs, FLOPs
    // 2 * 4,608 + 3 per output unit * 192 = 9,792.
    assert.equal(node(p, 'c').macs, 3_072);
    assert.equal(node(p, 'f').macs, 960);
    assert.equal(node(p, 'r').macs, 4_608);
    assert.equal(node(p, 'r').flops, 9_792);
    assert.equal(p.totals?.macs, 3_072 + 960 + 4_608);
    assert.equal(p.totals?.lowerBound, false);
    // Memory of the moves at the real sizes: s1 reads x 768 * 4 = 3,072 and three int32[4]
    // constants (48), writes 288 * 4 = 1,152; b2s reads 768 * 4 = 3,072 + block 8 + crops 16,
    // writes 576 * 4 = 2,304; GATHER_ND reads the 15 indices (60) and 240 rows' elements, writes 240.
    assert.equal(node(p, 's1').memoryBytes, 3_072 + 48 + 1_152);
    assert.equal(node(p, 'b2s').memoryBytes, 3_072 + 24 + 2_304);
    assert.equal(node(p, 'g').memoryBytes, 60 + 2 * 960);
  });
});

describe('TFLite control flow', () => {
  // One iteration of whileModel: body FULLY_CONNECTED [1,16] x [16,16]^T = 256 MACs, 512 FLOPs,
  // memory 64 (x) + 1,024 (w) + 64 (out) = 1,152 bytes; counter ADD 1 FLOP, 4 + 4 + 4 = 12 bytes.
  // Condition: one compare, 1 FLOP, 4 + 4 bytes read + 1 bool written = 9 bytes.
  const BODY = { macs: 256, flops: 513, bytes: 1_164 };
  const COND = { macs: 0, flops: 1, bytes: 9 };
  const expectTrips = (w: { macs: number; flops: number; memoryBytes: number }, n: number): void => {
    // The body runs n times, the condition n + 1 times (the last one says stop).
    assert.deepEqual([w.macs, w.flops, w.memoryBytes], [
      n * BODY.macs + (n + 1) * COND.macs, n * BODY.flops + (n + 1) * COND.flops, n * BODY.bytes + (n + 1) * COND.bytes,
    ]);
  };

  test('WHILE of 5 iterations over an FC: i from 0 while i < 5 step 1', async () => {
    const p = await profile(whileModel({ limit: 5 }));
    const w = node(p, 'i_final');
    // 5 * 256 = 1,280 MACs; 5 * 513 + 6 * 1 = 2,571 FLOPs; 5 * 1,164 + 6 * 9 = 5,874 bytes.
    assert.equal(w.macs, 1_280);
    assert.equal(w.flops, 2_571);
    assert.equal(w.memoryBytes, 5_874);
    assert.equal(w.status, 'ok');
    assert.match(w.note ?? '', /5 iterations \(counter from 0, while < 5, step 1\)/);
    assert.equal(p.totals?.lowerBound, false);
    assert.equal(p.totals?.macs, 1_280);
    // The body's weight (subgraph 2) is a param: 256; int32 constants i0, limit, step are not.
    assert.equal(p.params.total, 256);
    assert.equal(p.params.nonWeight.elements, 3);
  });

  test('WHILE counter patterns: down-counting SUB, swapped operands, a loop-carried limit, NOT_EQUAL', async () => {
    // i from 10 while i > 0, i = i - 2: 10, 8, 6, 4, 2 -> 5 trips.
    expectTrips(node(await profile(whileModel({ start: 10, limit: 0, step: 2, compare: 'GREATER', update: 'SUB' })), 'i_final'), 5);
    // 4 >= i, i from 0 step 1: 0..4 -> 5 trips.
    expectTrips(node(await profile(whileModel({ limit: 4, compare: 'GREATER_EQUAL', swap: true })), 'i_final'), 5);
    // i < 7 step 3: 0, 3, 6 -> 3 trips; the limit 7 is a carried value the body passes through.
    expectTrips(node(await profile(whileModel({ limit: 7, step: 3, limitCarried: true })), 'i_final'), 3);
    // i != 10 step 2: 0, 2, 4, 6, 8 -> 5 trips.
    expectTrips(node(await profile(whileModel({ limit: 10, step: 2, compare: 'NOT_EQUAL' })), 'i_final'), 5);
    // A start past the limit: the body never runs, the condition once.
    expectTrips(node(await profile(whileModel({ start: 5, limit: 5 })), 'i_final'), 0);
  });

  test('WHILE whose trip count cannot be derived counts one iteration and marks a lower bound', async () => {
    for (const [m, why] of [
      // (i < 10) && (i < 10): not a single comparison.
      [whileModel({ compare: 'LOGICAL_AND' }), 'the condition is not a comparison'],
      // i != 10 with step 3 passes 10 by: the loop never ends as written.
      [whileModel({ limit: 10, step: 3, compare: 'NOT_EQUAL' }), 'counter from 0, while != 10, step 3 never ends'],
      // i < 10 with step -1 never ends either.
      [whileModel({ step: -1 }), 'never ends'],
    ] as const) {
      const p = await profile(m);
      const w = node(p, 'i_final');
      // Condition + body once; the LOGICAL_AND condition has 2 FLOPs (LESS, AND).
      assert.equal(w.macs, 256);
      assert.equal(w.flops, 513 + (why.startsWith('the condition') ? 2 : 1));
      assert.equal(w.status, 'lower-bound');
      assert.ok(w.note?.includes(why), w.note);
      assert.ok(p.totals?.lowerBoundReasons.some((r) => r.includes('WHILE trip count unknown')));
    }
  });

  test('IF whose outputs the file states in full still runs its branches (nested, sharing a subgraph)', async () => {
    // IF -> IF -> RELU on [1,4]: both branches are the same subgraph; the RELU's 4 FLOPs and
    // 16 + 16 bytes are counted once per IF level (the larger branch, here equal).
    const p = await profile(sharedIfChain(2, true));
    const w = node(p, 'y');
    assert.equal(w.status, 'ok');
    assert.deepEqual([w.flops, w.memoryBytes], [4, 32]);
    assert.equal(p.totals?.flops, 4);
    assert.equal(p.totals?.lowerBound, false);
  });

  /**
   * WHILE over (i, x[rows,4]), i < 3 step 1: the body computes y = FULLY_CONNECTED(x, w[4,4])
   * (16 MACs per row of x) and carries either CONCATENATION(x, y) on axis 0 ([2 rows, 4]: grows)
   * or SLICE(x, begin [1,0], size [rows - 1, 4]) (shrinks), as the body's tensors state.
   */
  function reshapingWhile(kind: 'grow' | 'shrink'): TfliteBuilder {
    const rows = kind === 'grow' ? 1 : 4, next = kind === 'grow' ? 2 * rows : rows - 1;
    const m = new TfliteBuilder();
    const g = m.main;
    const i0 = g.tensor({ name: 'i0', type: 'INT32', shape: [], data: { ints: [0] } });
    const x = g.tensor({ name: 'x', shape: [rows, 4] });
    const iOut = g.tensor({ name: 'i_final', type: 'INT32', shape: [] });
    const y = g.tensor({ name: 'y', shape: [next, 4] });
    g.op({ op: 'WHILE', inputs: [i0, x], outputs: [iOut, y], options: { table: 'WhileOptions', values: { cond_subgraph_index: 1, body_subgraph_index: 2 } } });
    g.inputs = [x];
    g.outputs = [y];
    const c = m.subgraph('cond');
    const ci = c.tensor({ name: 'i', type: 'INT32', shape: [] });
    const cx = c.tensor({ name: 'x', shape: [rows, 4] });
    const lim = c.tensor({ name: 'limit', type: 'INT32', shape: [], data: { ints: [3] } });
    const cond = c.tensor({ name: 'cond', type: 'BOOL', shape: [] });
    c.op({ op: 'LESS', inputs: [ci, lim], outputs: [cond] });
    c.inputs = [ci, cx];
    c.outputs = [cond];
    const b = m.subgraph('body');
    const bi = b.tensor({ name: 'i', type: 'INT32', shape: [] });
    const bx = b.tensor({ name: 'x', shape: [rows, 4] });
    const one = b.tensor({ name: 'step', type: 'INT32', shape: [], data: { ints: [1] } });
    const w = b.tensor({ name: 'w', shape: [4, 4], data: 64 });
    const ni = b.tensor({ name: 'i_next', type: 'INT32', shape: [] });
    const by = b.tensor({ name: 'fc', shape: [rows, 4] });
    const nx = b.tensor({ name: 'x_next', shape: [next, 4] });
    b.op({ op: 'ADD', inputs: [bi, one], outputs: [ni], options: { table: 'AddOptions', values: {} } });
    b.op({ op: 'FULLY_CONNECTED', inputs: [bx, w, -1], outputs: [by], options: { table: 'FullyConnectedOptions', values: {} } });
    if (kind === 'grow') {
      b.op({ op: 'CONCATENATION', inputs: [bx, by], outputs: [nx], options: { table: 'ConcatenationOptions', values: { axis: 0 } } });
    } else {
      const begin = b.tensor({ name: 'begin', type: 'INT32', shape: [2], data: { ints: [1, 0] } });
      const size = b.tensor({ name: 'size', type: 'INT32', shape: [2], data: { ints: [next, 4] } });
      b.op({ op: 'SLICE', inputs: [bx, begin, size], outputs: [nx] });
    }
    b.inputs = [bi, bx];
    b.outputs = [ni, nx];
    return m;
  }

  test('WHILE whose carried value grows: the first iteration x trips, marked a lower bound', async () => {
    // x has 1, 2, 4 rows on the 3 trips: 16 x 7 = 112 MACs. Profiled once at 1 row (16 MACs),
    // 3 x 16 = 48 is a lower bound; it was reported as exact ("3 iterations", status ok).
    const p = await profile(reshapingWhile('grow'));
    const w = node(p, 'i_final');
    assert.equal(w.macs, 48);
    assert.equal(w.status, 'lower-bound');
    assert.equal(p.totals?.lowerBound, true);
    assert.ok(p.totals?.lowerBoundReasons.some((r) => /loop-carried value 'x_next' changes shape between iterations \(\[1,4\] -> \[2,4\]\): the cost of the first iteration times their number/.test(r)),
      p.totals?.lowerBoundReasons.join('; '));
  });

  test('WHILE whose carried value shrinks: one iteration (condition + body) is the lower bound', async () => {
    // x has 4, 3, 2 rows on the 3 trips: 16 x 9 = 144 MACs. The first trip alone is 64 MACs;
    // 3 x 64 = 192 is more than the loop does, and was reported as exact.
    const p = await profile(reshapingWhile('shrink'));
    const w = node(p, 'i_final');
    assert.equal(w.macs, 64);
    // Body: ADD 1 FLOP + FC 128 FLOPs (SLICE moves data, 0 FLOPs); condition: LESS 1 FLOP.
    assert.equal(w.flops, 1 + 128 + 1);
    assert.equal(w.status, 'lower-bound');
    assert.ok(p.totals?.lowerBoundReasons.some((r) => /loop-carried value 'x_next' changes shape between iterations \(\[4,4\] -> \[3,4\]\): the cost of one iteration/.test(r)),
      p.totals?.lowerBoundReasons.join('; '));
  });

  test('WHILE whose body hands back fewer values than it carries is an error, not an exact cost', async () => {
    // The growing loop with its body returning the counter alone: x's change of shape was never
    // compared, and 3 x 16 = 48 MACs were reported exact (status ok). TFLite refuses the model.
    const m = reshapingWhile('grow');
    const body = m.subgraphs[2]!;
    body.outputs = body.outputs.slice(0, 1);
    const p = await profile(m);
    const w = node(p, 'i_final');
    assert.equal(w.status, 'error');
    assert.ok(p.totals?.lowerBoundReasons.some((r) => /the body gives 1 outputs for 2 loop-carried values/.test(r)), p.totals?.lowerBoundReasons.join('; '));
    assert.equal(p.totals?.lowerBound, true);
  });

  test('trip counts round the last partial step up (ceil) for < and >, down + 1 for <= and >=', () => {
    // 0, 3, 6, 9 < 10; 0, 3, 6, 9 <= 9; 10, 7, 4, 1 > 0; 9, 6, 3, 0 >= 0: 4 each.
    assert.equal(countTrips('LESS', 0n, 10n, 3n), 4n);
    assert.equal(countTrips('LESS_EQUAL', 0n, 9n, 3n), 4n);
    assert.equal(countTrips('GREATER', 10n, 0n, -3n), 4n);
    assert.equal(countTrips('GREATER_EQUAL', 9n, 0n, -3n), 4n);
    // Negative starts: -5, -3, -1, 1 < 2 -> 4.
    assert.equal(countTrips('LESS', -5n, 2n, 2n), 4n);
    // A zero step never ends.
    assert.equal(countTrips('LESS', 0n, 1n, 0n), undefined);
    // 2^62 trips stay exact (BigInt).
    assert.equal(countTrips('LESS', 0n, 2n ** 62n, 1n), 2n ** 62n);
  });
});

describe('TFLite peak activation memory', () => {
  test('a variable tensor (RNN state) stays live for the whole run, as TFLite\'s arena planner keeps it', async () => {
    // x [1,4,8] (128 bytes) -UNIDIRECTIONAL_SEQUENCE_RNN with variable state h [1,16] (64 bytes)->
    // r [1,4,16] (256) -RELU-> s (256) -RELU-> t (256, the output).
    // h live to the end: start x + h = 192; RNN x + h + r = 448 (x freed); RELU r + s + h = 576
    // (r freed); RELU s + t + h = 576. Peak 576, first during the first RELU. Freeing h after the
    // RNN, its last reader, gave 512.
    const m = new TfliteBuilder();
    const g = m.main;
    const x = g.tensor({ name: 'x', shape: [1, 4, 8] });
    const h = g.tensor({ name: 'h', shape: [1, 16], isVariable: true });
    const r = g.tensor({ name: 'r', shape: [1, 4, 16] });
    g.op({
      op: 'UNIDIRECTIONAL_SEQUENCE_RNN',
      inputs: [x, g.tensor({ name: 'wi', shape: [16, 8], data: 128 * 4 }), g.tensor({ name: 'wr', shape: [16, 16], data: 256 * 4 }), g.tensor({ name: 'rb', shape: [16], data: 64 }), h],
      outputs: [r], options: { table: 'SequenceRNNOptions', values: { fused_activation_function: 'TANH' } },
    });
    const s1 = g.tensor({ name: 's', shape: [1, 4, 16] });
    g.op({ op: 'RELU', inputs: [r], outputs: [s1] });
    const t = g.tensor({ name: 't', shape: [1, 4, 16] });
    g.op({ op: 'RELU', inputs: [s1], outputs: [t] });
    g.inputs = [x];
    g.outputs = [t];
    const p = await profile(m);
    assert.equal(p.totals?.peakActivationBytes, 576);
    assert.equal(p.totals?.peakActivationNode, 's');
    assert.equal(p.totals?.lowerBound, false);
  });
  test('a variable tensor an operator writes is that operator\'s output, kept live to the end', async () => {
    // x [1,4] (16 bytes) -RELU-> h (variable, 16) -RELU-> s (16) -RELU-> t (16, the output).
    // h live to the end: RELU x + h = 32 (x freed); RELU h + s = 32; RELU s + t + h = 48.
    // The reader made every variable tensor a graph input, so a written one was defined twice and
    // the file refused ("value 'h' is an input or initializer of the graph and also the output of
    // node 'h'"); TFLite runs it.
    const m = new TfliteBuilder();
    const g = m.main;
    const x = g.tensor({ name: 'x', shape: [1, 4] });
    const h = g.tensor({ name: 'h', shape: [1, 4], isVariable: true });
    const s1 = g.tensor({ name: 's', shape: [1, 4] });
    const t = g.tensor({ name: 't', shape: [1, 4] });
    g.op({ op: 'RELU', inputs: [x], outputs: [h] });
    g.op({ op: 'RELU', inputs: [h], outputs: [s1] });
    g.op({ op: 'RELU', inputs: [s1], outputs: [t] });
    g.inputs = [x];
    g.outputs = [t];
    const p = await profile(m);
    assert.deepEqual(p.inputs?.map((i) => i.name), ['x']);
    assert.equal(p.totals?.flops, 12);
    assert.equal(p.totals?.peakActivationBytes, 48);
    assert.equal(p.totals?.peakActivationNode, 't');
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

  test('int8 per-channel weights: one shared buffer counted once, the quantized int32 bias a weight, quantization reported', async () => {
    const p = await profile(int8Model());
    // w_q and w_q_copy share buffer: 16*8 = 128 int8 elements, 128 bytes, once. The int32 bias
    // carries quantization parameters (scale = input scale x weight scale): a weight, 16 elements,
    // 64 bytes, as the float bias it was before quantization.
    assert.deepEqual(p.params.byDtype, {
      'int8 (per-channel, axis 0)': { elements: 128, bytes: 128 },
      'int32 (per-channel, axis 0)': { elements: 16, bytes: 64 },
    });
    assert.equal(p.params.total, 144);
    assert.deepEqual(p.params.nonWeight, { elements: 0, bytes: 0 });
    // 1x1 conv: [1,4,4,16] = 256 outputs * 8 taps = 2,048 MACs, each conv; FLOPs of the first:
    // 4,096 + 256 bias + 256 RELU.
    assert.equal(node(p, 'y_q').macs, 2_048);
    assert.equal(node(p, 'y_q').flops, 4_608);
    // int8 memory: x_q 128 + w 128 + bias 64 + y 256 bytes.
    assert.equal(node(p, 'y_q').memoryBytes, 576);
    assert.equal(p.totals?.macs, 4_096);
    // The per-node params agree with the totals: the first conv's 128 int8 weights and its 16
    // quantized int32 biases (the int32 bias was left out of the node's column before); the
    // second conv reads the shared weights and has no bias.
    assert.equal(node(p, 'y_q').params, 128 + 16);
    assert.equal(node(p, 'y2_q').params, 128);
  });

  test('a sparse weight counts its stored elements and says so', async () => {
    const p = await profile(sparseModel());
    // 128 stored values of a dense [16,32] = 512.
    assert.deepEqual(p.params.byDtype, { 'float32 (sparse: stored elements)': { elements: 128, bytes: 512 } });
    // FULLY_CONNECTED on the densified [16,32]: 32 * 16 = 512 MACs.
    assert.equal(node(p, 'y').macs, 512);
    // DENSIFY reads the 128 stored values, as the totals count them (not the 512 of its dense shape).
    assert.equal(node(p, 'w_dense').params, 128);
  });

  test('a sparse int32 tensor is no weight, per node as in the totals', async () => {
    const m = new TfliteBuilder();
    const g = m.main;
    const s = g.tensor({ name: 's_sparse', type: 'INT32', shape: [4, 8], data: 8 * 4, sparse: { dims: 2 } });
    const d = g.tensor({ name: 's_dense', type: 'INT32', shape: [4, 8] });
    g.op({ op: 'DENSIFY', inputs: [s], outputs: [d] });
    g.outputs = [d];
    const p = await profile(m);
    assert.equal(p.params.total, 0);
    assert.equal(p.params.nonWeight.elements, 8);
    assert.equal(node(p, 's_dense').params, 0);
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
