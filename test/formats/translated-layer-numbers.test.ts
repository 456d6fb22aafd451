/**
 * Layers whose translation into the IR is easy to get wrong, profiled from TFLite files and Keras
 * configs and checked against MACs and FLOPs worked out by hand from docs/metrics.md. Each case
 * here was a silently wrong number once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseModel } from '../../src/formats/keras/config.js';
import type { Json } from '../../src/formats/keras/config.js';
import { kerasToIr } from '../../src/formats/keras/to-ir.js';
import { registry } from '../../src/ops/index.js';
import { profileFile } from '../../src/profile/index.js';
import { runEngine } from '../../src/shapes/engine.js';
import { attr, constNode, DT, encodeTf, opNode } from '../support/tf-writer.js';
import { TfliteBuilder } from '../support/tflite-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-layer-numbers-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let seq = 0;

async function tfliteTotals(m: TfliteBuilder): Promise<{ macs: number; flops: number; lowerBound: boolean }> {
  const p = join(tmp, `m${seq++}.tflite`);
  writeFileSync(p, m.build());
  const t = (await profileFile(p)).totals!;
  return { macs: t.macs, flops: t.flops, lowerBound: t.lowerBound };
}

/** A [rows, cols] weight: stored float32, or stored float16 behind a DEQUANTIZE (a float16 model). */
function weight(m: TfliteBuilder, name: string, shape: number[], fp16: boolean): number {
  const g = m.main;
  const n = shape.reduce((a, b) => a * b, 1);
  if (!fp16) return g.tensor({ name, shape, data: n * 4 });
  const half = g.tensor({ name: `${name}_fp16`, type: 'FLOAT16', shape, data: n * 2 });
  const full = g.tensor({ name, shape });
  g.op({ op: 'DEQUANTIZE', inputs: [half], outputs: [full] });
  return full;
}

/** UNIDIRECTIONAL_SEQUENCE_LSTM, 8 units over x [1, 5, 3] (batch-major), the state as variable tensors. */
function sequenceLstm(fp16: boolean): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [1, 5, 3] });
  const ins = [x];
  for (const gate of 'ifco') ins.push(weight(m, `input_to_${gate}`, [8, 3], fp16));
  for (const gate of 'ifco') ins.push(weight(m, `recurrent_to_${gate}`, [8, 8], fp16));
  ins.push(-1, -1, -1); // no peepholes
  for (const gate of 'ifco') ins.push(weight(m, `${gate}_bias`, [8], fp16));
  ins.push(-1, -1); // no projection
  ins.push(g.tensor({ name: 'h', shape: [1, 8], isVariable: true }), g.tensor({ name: 'c', shape: [1, 8], isVariable: true }));
  const y = g.tensor({ name: 'y', shape: [1, 5, 8] });
  g.op({ op: 'UNIDIRECTIONAL_SEQUENCE_LSTM', inputs: ins, outputs: [y], options: { table: 'UnidirectionalSequenceLSTMOptions', values: { fused_activation_function: 'TANH', time_major: false } } });
  g.inputs = [x];
  g.outputs = [y];
  return m;
}

/** UNIDIRECTIONAL_SEQUENCE_RNN, 8 units over x [1, 5, 3]: weights, recurrent weights, bias, hidden state. */
function sequenceRnn(fp16: boolean): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [1, 5, 3] });
  const ins = [x, weight(m, 'w', [8, 3], fp16), weight(m, 'r', [8, 8], fp16), weight(m, 'b', [8], fp16), g.tensor({ name: 'h', shape: [1, 8], isVariable: true })];
  const y = g.tensor({ name: 'y', shape: [1, 5, 8] });
  g.op({ op: 'UNIDIRECTIONAL_SEQUENCE_RNN', inputs: ins, outputs: [y], options: { table: 'SequenceRNNOptions', values: { time_major: false, fused_activation_function: 'TANH' } } });
  g.inputs = [x];
  g.outputs = [y];
  return m;
}

describe('TFLite recurrent ops in float16 models', () => {
  test('UNIDIRECTIONAL_SEQUENCE_LSTM whose weights come through DEQUANTIZE costs what the float32 one does', async () => {
    // 5 steps * 4 gates * 8 units * (3 inputs + 8 recurrent) = 1,760 MACs; FLOPs 2 * 1,760 + 17 *
    // 40 output elements = 4,200. The [1, 8] state tensors are no weights.
    assert.deepEqual(await tfliteTotals(sequenceLstm(false)), { macs: 1760, flops: 4200, lowerBound: false });
    // Before: the DEQUANTIZE outputs were no constants, so the LSTM counted 0 MACs. The 12
    // DEQUANTIZEs add 2 FLOPs per weight element (docs/metrics.md): 4*24 + 4*64 + 4*8 = 384.
    assert.deepEqual(await tfliteTotals(sequenceLstm(true)), { macs: 1760, flops: 4200 + 2 * 384, lowerBound: false });
  });

  test('UNIDIRECTIONAL_SEQUENCE_RNN through DEQUANTIZE: the weights count, the hidden state does not', async () => {
    // 5 steps * 8 units * (3 + 8) = 440 MACs; FLOPs 2 * 440 + 3 * 40 = 1,000.
    assert.deepEqual(await tfliteTotals(sequenceRnn(false)), { macs: 440, flops: 1000, lowerBound: false });
    // Plus the DEQUANTIZEs: 2 * (24 + 64 + 8) FLOPs. Before: 0 MACs.
    assert.deepEqual(await tfliteTotals(sequenceRnn(true)), { macs: 440, flops: 1000 + 2 * 96, lowerBound: false });
  });
});

describe('TFLite LSTM with the BASIC kernel', () => {
  test('its previous activation and state (2-D, not variables) are no weights', async () => {
    const m = new TfliteBuilder();
    const g = m.main;
    const x = g.tensor({ name: 'x', shape: [1, 3] });
    const h = g.tensor({ name: 'h', shape: [1, 8] });
    const c = g.tensor({ name: 'c', shape: [1, 8] });
    const w = g.tensor({ name: 'w', shape: [32, 11], data: 352 * 4 });
    const b = g.tensor({ name: 'b', shape: [32], data: 32 * 4 });
    const outs = [g.tensor({ name: 'y', shape: [1, 8] }), g.tensor({ name: 'c_out', shape: [1, 8] }), g.tensor({ name: 'concat', shape: [1, 11] }), g.tensor({ name: 'activ', shape: [1, 32] })];
    g.op({ op: 'LSTM', inputs: [x, h, w, b, c], outputs: outs, options: { table: 'LSTMOptions', values: { fused_activation_function: 'TANH', kernel_type: 'BASIC' } } });
    g.inputs = [x, h, c];
    g.outputs = [outs[0]!];
    // One step: [32, 11] weights over [x, h] = 352 MACs; FLOPs 2 * 352 + 17 * 8 output units.
    assert.deepEqual(await tfliteTotals(m), { macs: 352, flops: 704 + 136, lowerBound: false });
  });
});

function kerasRun(config: Json): { macs: number; flops: number; warnings: readonly string[]; out: unknown } {
  const { model, warnings } = kerasToIr(parseModel(config), { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map() });
  const r = runEngine(model, (d, op, v) => registry.lookup(d, op, v));
  assert.deepEqual(r.lowerBoundReasons, []);
  return { macs: r.totals.macs, flops: r.totals.flops, warnings, out: model.graph.outputs[0]!.shape };
}

function sequential(layers: Json[], batchShape: (number | null)[]): Json {
  return { class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'InputLayer', config: { batch_shape: batchShape, name: 'x' } }, ...layers] } };
}

const layer = (class_name: string, config: Record<string, Json>): Json => ({ class_name, config: { name: class_name.toLowerCase(), ...config } });

describe('Keras transposed convolutions with a kernel shorter than the stride', () => {
  test('Conv2DTranspose k=1 s=2 valid: 4x4 -> 8x8 (Keras: in * stride + max(k - stride, 0)), and the next layer sees 8x8', () => {
    const r = kerasRun(sequential([
      layer('Conv2DTranspose', { filters: 3, kernel_size: 1, strides: 2, padding: 'valid', use_bias: false }),
      layer('Conv2D', { name: 'conv', filters: 4, kernel_size: 1, use_bias: false }),
    ], [null, 4, 4, 2]));
    // Transposed: 16 input elements * 2 channels scattered over 1x1 into 3 = 96 MACs. The conv:
    // 8*8 outputs * 4 * 3 = 768 (before: a 7x7 output, 588).
    assert.deepEqual(r.out, [1, 8, 8, 4]);
    assert.equal(r.macs, 96 + 768);
  });

  test('channels_first Conv2DTranspose k=2 s=3 valid: 4x4 -> 12x12 through ONNX ConvTranspose', () => {
    const r = kerasRun(sequential([
      layer('Conv2DTranspose', { filters: 3, kernel_size: 2, strides: 3, padding: 'valid', data_format: 'channels_first' }),
    ], [null, 2, 4, 4]));
    // 16 * 2 input elements * 2*2 taps * 3 = 384 MACs; bias 3 * 12 * 12 = 432 FLOPs.
    assert.deepEqual(r.out, [1, 3, 12, 12]);
    assert.deepEqual(r.warnings, []);
    assert.deepEqual({ macs: r.macs, flops: r.flops }, { macs: 384, flops: 2 * 384 + 432 });
  });
});

const kerasTensor = (layer: string, shape: (number | null)[]): Json => ({ class_name: '__keras_tensor__', config: { shape, dtype: 'float32', keras_history: [layer, 0, 0] } });
const inputLayer = (name: string, shape: (number | null)[]): Json => ({ class_name: 'InputLayer', name, config: { batch_shape: shape, name }, inbound_nodes: [] });

/** A functional model: the input layers, then MultiHeadAttention (2 heads, key_dim 4) called by `inbound`. */
function attentionModel(inputs: Json[], inbound: Json, before: Json[] = []): Json {
  return {
    class_name: 'Functional',
    config: {
      name: 'f',
      layers: [...inputs, ...before, { class_name: 'MultiHeadAttention', name: 'mha', config: { name: 'mha', num_heads: 2, key_dim: 4 }, inbound_nodes: [inbound] }],
      input_layers: inputs.map((l) => [(l as { name: string }).name, 0, 0]),
      output_layers: [['mha', 0, 0]],
    },
  };
}

describe('Keras MultiHeadAttention reads its tensors by keyword', () => {
  // Self-attention on x [1, 6, 16], 2 heads of key_dim 4: Q, K, V projections 3 * 6*16*8 = 2,304;
  // scores 2 * 6*6*4 = 288; weighted values 288; output projection 6*8*16 = 768.
  const SELF_MACS = 2304 + 288 + 288 + 768;

  test('Keras 3: mha(x, x, attention_mask=m) — the [1, 6, 6] mask is not the key', () => {
    const x = inputLayer('x', [null, 6, 16]), m = inputLayer('m', [null, 6, 6]);
    const r = kerasRun(attentionModel([x, m], { args: [kerasTensor('x', [null, 6, 16]), kerasTensor('x', [null, 6, 16])], kwargs: { attention_mask: kerasTensor('m', [null, 6, 6]) } }));
    // Before: the mask was taken as the key, a [6, 8] key projection: 288 MACs instead of 768.
    assert.equal(r.macs, SELF_MACS);
    assert.deepEqual(r.warnings, []);
  });

  test('the 1/sqrt(key_dim) scale multiplies the projected query, as Keras does, not the scores', () => {
    // q [1, 6, 16], k = v [1, 10, 16], 2 heads of key_dim 4, biases: projections Q 6*16*8 = 768,
    // K 1,280, V 1,280 MACs (+ 48, 80, 80 bias adds); scale 2 heads * 6 * 4 = 48 multiplies;
    // scores 2 * 6*10*4 = 480 and weighted values 480 MACs; softmax 3 * 2*6*10 = 360; output
    // 6*8*16 = 768 MACs + 96 bias adds. The scale on the [2, 6, 10] scores counted 120, not 48.
    const q = inputLayer('q', [null, 6, 16]), v = inputLayer('v', [null, 10, 16]);
    const r = kerasRun(attentionModel([q, v], [['q', 0, 0, {}], ['v', 0, 0, {}]]));
    const macs = 768 + 1280 + 1280 + 480 + 480 + 768;
    assert.deepEqual({ macs: r.macs, flops: r.flops }, { macs, flops: 2 * macs + 48 + 80 + 80 + 48 + 360 + 96 });
  });

  test('Keras 3: mha(query=x, key=k, value=v) with the key listed before the value', () => {
    // q [1, 6, 16], k [1, 10, 12], v [1, 10, 20]: Q 6*16*8 = 768, K 10*12*8 = 960, V 10*20*8 = 1,600,
    // scores 2 * 6*10*4 = 480, weighted values 480, output 768.
    const q = inputLayer('q', [null, 6, 16]), k = inputLayer('k', [null, 10, 12]), v = inputLayer('v', [null, 10, 20]);
    const r = kerasRun(attentionModel([q, k, v], { args: [], kwargs: { query: kerasTensor('q', [null, 6, 16]), key: kerasTensor('k', [null, 10, 12]), value: kerasTensor('v', [null, 10, 20]) } }));
    assert.equal(r.macs, 768 + 960 + 1600 + 480 + 480 + 768);
  });

  test('tf.keras 2: [["x", 0, 0, {"value": ["x", 0, 0]}]] is costed (before: 1 input, not costed)', () => {
    const r = kerasRun(attentionModel([inputLayer('x', [null, 6, 16])], [['x', 0, 0, { value: ['x', 0, 0] }]]));
    assert.equal(r.macs, SELF_MACS);
    assert.deepEqual(r.warnings, []);
  });

  test('a layer called by keyword that passes its input through hands on no keyword', () => {
    // Dropout(inputs=x) then mha(d, d): d is positional at the attention.
    const drop: Json = { class_name: 'Dropout', name: 'd', config: { name: 'd', rate: 0.1 }, inbound_nodes: [{ args: [], kwargs: { inputs: kerasTensor('x', [null, 6, 16]) } }] };
    const r = kerasRun(attentionModel([inputLayer('x', [null, 6, 16])], { args: [kerasTensor('d', [null, 6, 16]), kerasTensor('d', [null, 6, 16])], kwargs: {} }, [drop]));
    assert.equal(r.macs, SELF_MACS);
  });
});

async function tfTotals(nodes: Record<string, unknown>[]): Promise<{ macs: number; flops: number; lowerBound: boolean; warnings: readonly string[] }> {
  const p = join(tmp, `g${seq++}.pb`);
  writeFileSync(p, encodeTf('GraphDef', { versions: { producer: 1 }, node: nodes }));
  const r = await profileFile(p);
  return { macs: r.totals!.macs, flops: r.totals!.flops, lowerBound: r.totals!.lowerBound, warnings: r.warnings };
}

const f32 = { T: attr.type(DT.float) };
const fusedOps = (...ops: string[]): Record<string, unknown> => ({ fused_ops: { list: { s: ops.map((o) => Buffer.from(o)) } }, num_args: { i: 1 } });

describe('TensorFlow graphs after Grappler: _FusedConv2D and _FusedMatMul', () => {
  test('_FusedConv2D (BiasAdd, Relu) costs what Conv2D + BiasAdd + Relu cost', async () => {
    // x [1, 7, 7, 3], 3x3 filter to 4 channels, stride 2 SAME: 4x4x4 = 64 outputs * 27 taps = 1,728
    // MACs; FLOPs 2 * 1,728 + 64 (bias) + 64 (Relu). Before: an unknown op, 0 and a lower bound.
    const r = await tfTotals([
      opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 7, 7, 3]) }),
      constNode('w', DT.float, [3, 3, 3, 4], { floatVal: [0] }),
      constNode('b', DT.float, [4], { floatVal: [0] }),
      opNode('conv', '_FusedConv2D', ['x', 'w', 'b'], { ...f32, strides: attr.ints([1, 2, 2, 1]), padding: attr.s('SAME'), ...fusedOps('BiasAdd', 'Relu') }),
    ]);
    assert.deepEqual(r, { macs: 1728, flops: 2 * 1728 + 64 + 64, lowerBound: false, warnings: [] });
  });

  test('_FusedMatMul (BiasAdd) costs what MatMul + BiasAdd cost; a fusion it cannot cost stays a lower bound', async () => {
    const graph = (ops: string[]): Record<string, unknown>[] => [
      opNode('a', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([3, 8]) }),
      constNode('w', DT.float, [8, 5], { floatVal: [0] }),
      constNode('b', DT.float, [5], { floatVal: [0] }),
      opNode('mm', '_FusedMatMul', ['a', 'w', 'b'], { ...f32, ...fusedOps(...ops) }),
    ];
    // 3 * 8 * 5 = 120 MACs; FLOPs 240 + 15 for the bias.
    assert.deepEqual(await tfTotals(graph(['BiasAdd'])), { macs: 120, flops: 255, lowerBound: false, warnings: [] });
    const gelu = await tfTotals(graph(['BiasAdd', 'GeluExact']));
    assert.equal(gelu.macs, 0);
    assert.equal(gelu.lowerBound, true);
    assert.match(gelu.warnings.join('\n'), /"mm" \(_FusedMatMul\) is not costed: fused_ops \["BiasAdd","GeluExact"\]/);
  });
});

describe('Keras layers called with a mask tensor by keyword', () => {
  /** x [1, 5, 3] and a mask input, then LSTM(8) called by `inbound`. */
  const lstmModel = (inbound: Json): Json => ({
    class_name: 'Functional',
    config: {
      name: 'f',
      layers: [inputLayer('x', [null, 5, 3]), inputLayer('m', [null, 5]), { class_name: 'LSTM', name: 'lstm', config: { name: 'lstm', units: 8 }, inbound_nodes: [inbound] }],
      input_layers: [['x', 0, 0], ['m', 0, 0]],
      output_layers: [['lstm', 0, 0]],
    },
  });
  // 5 steps * 4 gates * 8 units * (3 + 8) = 1,760 MACs: the mask changes no contraction.
  test('Keras 3: lstm(x, mask=m) (before: 2 inputs, not costed)', () => {
    const r = kerasRun(lstmModel({ args: [kerasTensor('x', [null, 5, 3])], kwargs: { mask: kerasTensor('m', [null, 5]) } }));
    assert.equal(r.macs, 1760);
    assert.deepEqual(r.warnings, []);
  });

  test('tf.keras 2: [["x", 0, 0, {"mask": ["m", 0, 0]}]]', () => {
    const r = kerasRun(lstmModel([['x', 0, 0, { mask: ['m', 0, 0] }]]));
    assert.equal(r.macs, 1760);
    assert.deepEqual(r.warnings, []);
  });
});
