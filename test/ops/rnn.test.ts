import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inferOp, runOp } from '../support/op-harness.js';
import type { HarnessCall } from '../support/op-harness.js';
import { UnresolvedDimError } from '../../src/shapes/types.js';
import { fixtureModel, fixturePath } from '../support/model-fixtures.js';
import { readOnnxFile } from '../../src/formats/onnx/reader.js';
import { registry } from '../../src/ops/index.js';
import { runEngine } from '../../src/shapes/engine.js';

const f32 = (shape: (number | string)[]) => ({ dtype: 'float32' as const, shape });
const weight = (shape: number[]) => ({ dtype: 'float32' as const, shape, constant: true });

/**
 * One layer as PyTorch exports nn.LSTM / nn.GRU (opset 13): X [seq, batch, I], W [dirs, G*H, I],
 * R [dirs, G*H, H], B [dirs, 2*G*H], no sequence_lens, initial_h (and initial_c) [dirs, batch, H].
 */
function layer(op: 'LSTM' | 'GRU' | 'RNN', gates: number, seq: number, batch: number, input: number, hidden: number, extra: Partial<HarnessCall> = {}): HarnessCall {
  const dirs = extra.attrs?.direction === 'bidirectional' ? 2 : 1;
  const state = f32([dirs, batch, hidden]);
  const inputs = [f32([seq, batch, input]), weight([dirs, gates * hidden, input]), weight([dirs, gates * hidden, hidden]), weight([dirs, 2 * gates * hidden]), null, state];
  if (op === 'LSTM') inputs.push(state);
  return { op, opset: 13, inputs, outputs: op === 'LSTM' ? 3 : 2, ...extra, attrs: { hidden_size: hidden, ...extra.attrs } };
}


describe('LSTM', () => {
  test('lstm.onnx: two layers + Linear head equal the PyTorch contraction MACs', () => {
    // lstm.onnx (opset 13): x [1, 50, 128] is transposed to [50, 1, 128];
    // LSTM_0: W [1,1024,128], R [1,1024,256] (H = 256); LSTM_1: W [1,1024,256], R [1,1024,256]; Gemm [1,256] x [10,256]^T.
    // layer 1: 50 steps * 1 batch * 4 gates * 256 * (128 + 256) = 50 * 1024 * 384 = 19660800
    // layer 2: 50 * 1024 * (256 + 256) = 26214400
    // head:    256 * 10 = 2560            total 45877760
    const l1 = runOp(layer('LSTM', 4, 50, 1, 128, 256));
    const l2 = runOp(layer('LSTM', 4, 50, 1, 256, 256));
    const head = runOp({ op: 'Gemm', opset: 13, inputs: [f32([1, 256]), weight([10, 256]), weight([10])], attrs: { transB: 1 } });
    assert.equal(l1.cost.macs, 19660800);
    assert.equal(l2.cost.macs, 26214400);
    assert.equal(l1.cost.macs + l2.cost.macs + head.cost.macs, 45877760);
    assert.equal(l1.cost.macs + l2.cost.macs + head.cost.macs, fixtureModel('lstm').contraction_macs);
    // Y [seq, dirs, batch, H], Y_h and Y_c [dirs, batch, H]
    assert.deepEqual(l1.outputs.map((o) => o.shape), [[50, 1, 1, 256], [1, 1, 256], [1, 1, 256]]);
    // FLOPs = 2 * MACs + 50 * 256 hidden-unit steps * (9 + 8 with bias) = 39321600 + 217600 = 39539200
    assert.equal(l1.cost.flops, 39539200);
  });

  test('bidirectional', () => {
    // X [5, 2, 8], H = 4: MACs = 2 dirs * 5 * 2 * 4 gates * 4 * (8 + 4) = 3840
    // FLOPs = 7680 + (2 * 5 * 2 * 4 = 80 unit steps) * 17 = 7680 + 1360 = 9040
    const r = runOp(layer('LSTM', 4, 5, 2, 8, 4, { attrs: { direction: 'bidirectional' } }));
    assert.deepEqual(r.outputs.map((o) => o.shape), [[5, 2, 2, 4], [2, 2, 4], [2, 2, 4]]);
    assert.deepEqual(r.cost, { macs: 3840, flops: 9040 });
  });

  test('peepholes add 6 FLOPs per unit step', () => {
    // X [3,1,2], H = 2: MACs = 3 * 4 * 2 * (2 + 2) = 96; unit steps 6; no B: 9 + 6 (P) = 15
    const r = runOp({ op: 'LSTM', inputs: [f32([3, 1, 2]), weight([1, 8, 2]), weight([1, 8, 2]), null, null, null, null, weight([1, 6])], attrs: { hidden_size: 2 } });
    assert.deepEqual(r.cost, { macs: 96, flops: 192 + 6 * 15 });
  });

  test('layout (batch-first) exists from opset 14', () => {
    // X [batch 2, seq 5, 8], H = 4
    const call = (opset: number): HarnessCall => ({
      op: 'LSTM', opset, outputs: 3, inputs: [f32([2, 5, 8]), weight([1, 16, 8]), weight([1, 16, 4])], attrs: { hidden_size: 4, layout: 1 },
    });
    const v14 = runOp(call(14));
    // Y [batch, seq, dirs, H]; Y_h [batch, dirs, H]
    assert.deepEqual(v14.outputs.map((o) => o.shape), [[2, 5, 1, 4], [2, 1, 4], [2, 1, 4]]);
    // Before 14 there is no layout attribute: X is read as [seq 2, batch 5, 8]
    const v13 = runOp(call(13));
    assert.deepEqual(v13.outputs[0]!.shape, [2, 1, 5, 4]);
    assert.match(v13.warnings.join(), /layout/);
    // same MACs either way: 10 rows * 4 gates * 4 * 12 = 1920 per step batch product (2 * 5 = 10)
    assert.equal(v14.cost.macs, 1920);
    assert.equal(v13.cost.macs, 1920);
  });

  test('symbolic sequence length is carried; cost is unresolved', () => {
    const call: HarnessCall = { op: 'LSTM', inputs: [f32(['T', 1, 16]), weight([1, 32, 16]), weight([1, 32, 8])], attrs: { hidden_size: 8 }, outputs: 2 };
    assert.deepEqual(inferOp(call).outputs.map((o) => o.shape), [['T', 1, 1, 8], [1, 1, 8]]);
    assert.throws(() => runOp(call), (e: unknown) => e instanceof UnresolvedDimError && e.dim === 'T');
  });

  test('inconsistent weights are reported', () => {
    // W says 3 gates * 4 for an LSTM of hidden 4
    assert.throws(() => runOp({ op: 'LSTM', inputs: [f32([3, 1, 2]), weight([1, 12, 2]), weight([1, 12, 4])], attrs: { hidden_size: 4 } }), /needs 4 \* 4/);
    assert.throws(() => runOp({ op: 'LSTM', inputs: [f32([3, 1, 2]), weight([2, 16, 2]), weight([2, 16, 4])], attrs: { hidden_size: 4 } }), /directions/);
  });
});

describe('GRU and RNN', () => {
  test('gru.onnx: two layers + Linear head equal the PyTorch contraction MACs', () => {
    // gru.onnx: GRU_0 W [1,768,128], R [1,768,256] (H = 256, linear_before_reset = 1); GRU_1 W [1,768,256].
    // layer 1: 50 * 3 * 256 * (128 + 256) = 14745600; layer 2: 50 * 768 * 512 = 19660800; head 2560
    // total 34408960
    const l1 = runOp(layer('GRU', 3, 50, 1, 128, 256, { attrs: { linear_before_reset: 1 } }));
    const l2 = runOp(layer('GRU', 3, 50, 1, 256, 256, { attrs: { linear_before_reset: 1 } }));
    assert.equal(l1.cost.macs, 14745600);
    assert.equal(l2.cost.macs, 19660800);
    assert.equal(l1.cost.macs + l2.cost.macs + 2560, 34408960);
    assert.equal(l1.cost.macs + l2.cost.macs + 2560, fixtureModel('gru').contraction_macs);
    assert.deepEqual(l1.outputs.map((o) => o.shape), [[50, 1, 1, 256], [1, 1, 256]]);
    // FLOPs = 2 * 14745600 + 50 * 256 * (8 + 6) = 29491200 + 179200 = 29670400
    assert.equal(l1.cost.flops, 29670400);
  });

  test('reverse GRU and hidden_size taken from R when the attribute is absent', () => {
    // X [4, 3, 6], H = 5 (R [1, 15, 5]): MACs = 4 * 3 * 3 * 5 * (6 + 5) = 1980; no B: FLOPs = 3960 + 60 * 8 = 4440
    const r = runOp({ op: 'GRU', inputs: [f32([4, 3, 6]), weight([1, 15, 6]), weight([1, 15, 5])], attrs: { direction: 'reverse' }, outputs: 2 });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[4, 1, 3, 5], [1, 3, 5]]);
    assert.deepEqual(r.cost, { macs: 1980, flops: 4440 });
  });

  test('RNN', () => {
    // X [3, 1, 2], H = 4: MACs = 3 * 1 * 4 * (2 + 4) = 72; FLOPs = 144 + 12 unit steps * (1 + 2 bias) = 180
    const r = runOp({ op: 'RNN', opset: 14, inputs: [f32([3, 1, 2]), weight([1, 4, 2]), weight([1, 4, 4]), weight([1, 8])], attrs: { hidden_size: 4 }, outputs: 2 });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[3, 1, 1, 4], [1, 1, 4]]);
    assert.deepEqual(r.cost, { macs: 72, flops: 180 });
  });
});

describe('against the real exports (test/fixtures/models, graphs of ../shared/models)', () => {
  for (const [name, op, perLayer] of [['lstm', 'LSTM', [19660800, 26214400]], ['gru', 'GRU', [14745600, 19660800]]] as const) {
    test(`${name}.onnx: ${op} nodes infer [50,1,1,256] and cost the hand-computed MACs`, () => {
      const entry = fixtureModel(name);
      const { model } = readOnnxFile(fixturePath(entry.file));
      const result = runEngine(model, (d, o, v) => registry.lookup(d, o, v), { inputShapes: entry.profile_inputs });
      const layers = result.nodes.filter((n) => n.node.opType === op);
      assert.deepEqual(layers.map((n) => n.outputs[0]!.shape), [[50, 1, 1, 256], [50, 1, 1, 256]]);
      assert.deepEqual(layers.map((n) => n.cost.macs), [...perLayer]);
      // Everything else with MACs is the Linear head (2560).
      assert.equal(result.totals.macs, perLayer[0] + perLayer[1] + 2560);
      assert.equal(result.totals.macs, entry.contraction_macs);
    });
  }
});
