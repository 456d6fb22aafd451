/**
 * Small TFLite models, one per feature the reader and the TFLite ops must handle. Tests build them
 * in memory; scripts/make-tflite-fixtures.ts writes them to test/fixtures/tflite/ for the CLI
 * tests and as fuzz seeds. Expected numbers are worked out by hand in the tests that use them.
 */
import { TfliteBuilder } from './tflite-writer.js';

const conv = (pad: 'SAME' | 'VALID', s: number, act = 'NONE') =>
  ({ padding: pad, stride_w: s, stride_h: s, fused_activation_function: act });

/** x[1,8,8,3] -CONV_2D 3x3 s1 SAME, 16 filters, RELU6-> [1,8,8,16] -DEPTHWISE 3x3 s2 SAME x2-> [1,4,4,32]. */
export function convModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'input', shape: [1, 8, 8, 3] });
  const w = g.tensor({ name: 'conv/w', shape: [16, 3, 3, 3], data: 16 * 27 * 4 });
  const b = g.tensor({ name: 'conv/b', shape: [16], data: 16 * 4 });
  const y = g.tensor({ name: 'conv/Relu6;conv/BiasAdd', shape: [1, 8, 8, 16] });
  g.op({ op: 'CONV_2D', inputs: [x, w, b], outputs: [y], options: { table: 'Conv2DOptions', values: conv('SAME', 1, 'RELU6') } });
  const dw = g.tensor({ name: 'dw/w', shape: [1, 3, 3, 32], data: 9 * 32 * 4 });
  const db = g.tensor({ name: 'dw/b', shape: [32], data: 32 * 4 });
  const z = g.tensor({ name: 'dw/out', shape: [1, 4, 4, 32] });
  g.op({
    op: 'DEPTHWISE_CONV_2D', inputs: [y, dw, db], outputs: [z],
    options: { table: 'DepthwiseConv2DOptions', values: { ...conv('SAME', 2), depth_multiplier: 2 } },
  });
  g.inputs = [x];
  g.outputs = [z];
  return m;
}

/** The same model with a dynamic batch: shape_signature -1 on every leading dim. */
export function dynamicConvModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'input', shape: [1, 8, 8, 3], signature: [-1, 8, 8, 3] });
  const w = g.tensor({ name: 'conv/w', shape: [16, 3, 3, 3], data: 16 * 27 * 4 });
  const y = g.tensor({ name: 'conv/out', shape: [1, 8, 8, 16], signature: [-1, 8, 8, 16] });
  g.op({ op: 'CONV_2D', inputs: [x, w, -1], outputs: [y], options: { table: 'Conv2DOptions', values: conv('SAME', 1) } });
  const shape = g.tensor({ name: 'shape', type: 'INT32', shape: [2], data: { ints: [-1, 1024] } });
  const r = g.tensor({ name: 'flat', shape: [1, 1024], signature: [-1, 1024] });
  g.op({ op: 'RESHAPE', inputs: [y, shape], outputs: [r] });
  const fw = g.tensor({ name: 'fc/w', shape: [10, 1024], data: 10 * 1024 * 4 });
  const o = g.tensor({ name: 'logits', shape: [1, 10], signature: [-1, 10] });
  g.op({ op: 'FULLY_CONNECTED', inputs: [r, fw, -1], outputs: [o], options: { table: 'FullyConnectedOptions', values: {} } });
  g.inputs = [x];
  g.outputs = [o];
  return m;
}

/** FULLY_CONNECTED [2,64] x [10,64]^T + bias, then SOFTMAX. */
export function fcModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [2, 64] });
  const w = g.tensor({ name: 'fc/w', shape: [10, 64], data: 640 * 4 });
  const b = g.tensor({ name: 'fc/b', shape: [10], data: 40 });
  const y = g.tensor({ name: 'fc/out', shape: [2, 10] });
  g.op({ op: 'FULLY_CONNECTED', inputs: [x, w, b], outputs: [y], options: { table: 'FullyConnectedOptions', values: { fused_activation_function: 'RELU' } } });
  const p = g.tensor({ name: 'probs', shape: [2, 10] });
  g.op({ op: 'SOFTMAX', inputs: [y], outputs: [p], options: { table: 'SoftmaxOptions', values: { beta: 1 } } });
  g.inputs = [x];
  g.outputs = [p];
  return m;
}

/** TRANSPOSE_CONV: [1,4,4,8] -> [1,8,8,4], filter [4,3,3,8], stride 2, SAME, with bias. */
export function transposeConvModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const shape = g.tensor({ name: 'output_shape', type: 'INT32', shape: [4], data: { ints: [1, 8, 8, 4] } });
  const w = g.tensor({ name: 'tconv/w', shape: [4, 3, 3, 8], data: 4 * 9 * 8 * 4 });
  const x = g.tensor({ name: 'x', shape: [1, 4, 4, 8] });
  const b = g.tensor({ name: 'tconv/b', shape: [4], data: 16 });
  const y = g.tensor({ name: 'y', shape: [1, 8, 8, 4] });
  g.op({ op: 'TRANSPOSE_CONV', inputs: [shape, w, x, b], outputs: [y], options: { table: 'TransposeConvOptions', values: { padding: 'SAME', stride_w: 2, stride_h: 2 } }, version: 4 });
  g.inputs = [x];
  g.outputs = [y];
  return m;
}

/** BATCH_MATMUL [2,3,4,5] x [2,3,6,5] with adj_y: [2,3,4,6]. */
export function batchMatmulModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const a = g.tensor({ name: 'a', shape: [2, 3, 4, 5] });
  const b = g.tensor({ name: 'b', shape: [2, 3, 6, 5] });
  const y = g.tensor({ name: 'y', shape: [2, 3, 4, 6] });
  g.op({ op: 'BATCH_MATMUL', inputs: [a, b], outputs: [y], options: { table: 'BatchMatMulOptions', values: { adj_y: true } } });
  g.inputs = [a, b];
  g.outputs = [y];
  return m;
}

export interface WhileOptions {
  /** The counter's start (main graph constant i0), the limit and the step. */
  start?: number;
  limit?: number;
  step?: number;
  compare?: 'LESS' | 'LESS_EQUAL' | 'GREATER' | 'GREATER_EQUAL' | 'NOT_EQUAL' | 'LOGICAL_AND';
  /** The body updates the counter with ADD (i + step) or SUB (i - step). */
  update?: 'ADD' | 'SUB';
  /** Write the comparison as `limit OP i` instead of `i OP limit`. */
  swap?: boolean;
  /** The limit is a third loop-carried value the body passes through (set from the main graph). */
  limitCarried?: boolean;
}

/**
 * WHILE over (i, x[1,16]): cond i < 10; body x = FULLY_CONNECTED(x, w[16,16]), i = i + 1.
 * The body's weight lives in subgraph 2. Options change the counter pattern; LOGICAL_AND makes
 * the condition `(i < limit) && (i < limit)`, which no trip count is derived from.
 */
export function whileModel(o: WhileOptions = {}): TfliteBuilder {
  const { start = 0, limit = 10, step = 1, compare = 'LESS', update = 'ADD', swap = false, limitCarried = false } = o;
  const m = new TfliteBuilder();
  const g = m.main;
  const i0 = g.tensor({ name: 'i0', type: 'INT32', shape: [], data: { ints: [start] } });
  const x = g.tensor({ name: 'x', shape: [1, 16] });
  const iOut = g.tensor({ name: 'i_final', type: 'INT32', shape: [] });
  const y = g.tensor({ name: 'y', shape: [1, 16] });
  const carried = [i0, x], outs = [iOut, y];
  if (limitCarried) {
    carried.push(g.tensor({ name: 'n', type: 'INT32', shape: [], data: { ints: [limit] } }));
    outs.push(g.tensor({ name: 'n_final', type: 'INT32', shape: [] }));
  }
  g.op({ op: 'WHILE', inputs: carried, outputs: outs, options: { table: 'WhileOptions', values: { cond_subgraph_index: 1, body_subgraph_index: 2 } } });
  g.inputs = [x];
  g.outputs = [y];

  const c = m.subgraph('cond');
  const ci = c.tensor({ name: 'i', type: 'INT32', shape: [] });
  const cx = c.tensor({ name: 'x', shape: [1, 16] });
  const lim = limitCarried ? c.tensor({ name: 'n', type: 'INT32', shape: [] }) : c.tensor({ name: 'limit', type: 'INT32', shape: [], data: { ints: [limit] } });
  const cond = c.tensor({ name: 'cond', type: 'BOOL', shape: [] });
  if (compare === 'LOGICAL_AND') {
    const a = c.tensor({ name: 'a', type: 'BOOL', shape: [] });
    c.op({ op: 'LESS', inputs: [ci, lim], outputs: [a] });
    c.op({ op: 'LOGICAL_AND', inputs: [a, a], outputs: [cond] });
  } else c.op({ op: compare, inputs: swap ? [lim, ci] : [ci, lim], outputs: [cond] });
  c.inputs = limitCarried ? [ci, cx, lim] : [ci, cx];
  c.outputs = [cond];

  const b = m.subgraph('body');
  const bi = b.tensor({ name: 'i', type: 'INT32', shape: [] });
  const bx = b.tensor({ name: 'x', shape: [1, 16] });
  const one = b.tensor({ name: 'step', type: 'INT32', shape: [], data: { ints: [step] } });
  const w = b.tensor({ name: 'w', shape: [16, 16], data: 256 * 4 });
  const ni = b.tensor({ name: 'i_next', type: 'INT32', shape: [] });
  const nx = b.tensor({ name: 'x_next', shape: [1, 16] });
  b.op({ op: update, inputs: [bi, one], outputs: [ni], options: { table: update === 'ADD' ? 'AddOptions' : 'SubOptions', values: {} } });
  b.op({ op: 'FULLY_CONNECTED', inputs: [bx, w, -1], outputs: [nx], options: { table: 'FullyConnectedOptions', values: {} } });
  b.inputs = [bi, bx];
  b.outputs = [ni, nx];
  if (limitCarried) {
    const bn = b.tensor({ name: 'n', type: 'INT32', shape: [] });
    b.inputs.push(bn);
    b.outputs.push(bn);
  }
  return m;
}

/** float16 weights [8,3,3,4] -> DEQUANTIZE -> float32, feeding CONV_2D on [1,6,6,4] VALID. */
export function float16Model(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [1, 6, 6, 4] });
  const wh = g.tensor({ name: 'w_fp16', type: 'FLOAT16', shape: [8, 3, 3, 4], data: 288 * 2 });
  const w = g.tensor({ name: 'w_fp32', shape: [8, 3, 3, 4] });
  g.op({ op: 'DEQUANTIZE', inputs: [wh], outputs: [w] });
  const bh = g.tensor({ name: 'b_fp16', type: 'FLOAT16', shape: [8], data: 16 });
  const b = g.tensor({ name: 'b_fp32', shape: [8] });
  g.op({ op: 'DEQUANTIZE', inputs: [bh], outputs: [b] });
  const y = g.tensor({ name: 'y', shape: [1, 4, 4, 8] });
  g.op({ op: 'CONV_2D', inputs: [x, w, b], outputs: [y], options: { table: 'Conv2DOptions', values: conv('VALID', 1) } });
  g.inputs = [x];
  g.outputs = [y];
  return m;
}

/**
 * int8 model: QUANTIZE float input -> CONV_2D with int8 per-channel weights [16,1,1,8] and an
 * int32 bias -> DEQUANTIZE. The bias and the shared weight show the counting rules.
 */
export function int8Model(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [1, 4, 4, 8] });
  const xq = g.tensor({ name: 'x_q', type: 'INT8', shape: [1, 4, 4, 8], quant: { scales: 1 } });
  g.op({ op: 'QUANTIZE', inputs: [x], outputs: [xq] });
  const w = g.tensor({ name: 'w_q', type: 'INT8', shape: [16, 1, 1, 8], data: 128, quant: { scales: 16, axis: 0 } });
  const b = g.tensor({ name: 'b_q', type: 'INT32', shape: [16], data: 64, quant: { scales: 16 } });
  const yq = g.tensor({ name: 'y_q', type: 'INT8', shape: [1, 4, 4, 16], quant: { scales: 1 } });
  g.op({ op: 'CONV_2D', inputs: [xq, w, b], outputs: [yq], options: { table: 'Conv2DOptions', values: conv('SAME', 1, 'RELU') } });
  // A second conv reusing the same weight tensor's buffer (a converter dedups identical buffers).
  const w2 = g.tensor({ name: 'w_q_copy', type: 'INT8', shape: [16, 1, 1, 8], shareBufferOf: w, quant: { scales: 16, axis: 0 } });
  const x2 = g.tensor({ name: 'x2_q', type: 'INT8', shape: [1, 4, 4, 8], quant: { scales: 1 } });
  g.op({ op: 'QUANTIZE', inputs: [x], outputs: [x2] });
  const y2 = g.tensor({ name: 'y2_q', type: 'INT8', shape: [1, 4, 4, 16], quant: { scales: 1 } });
  g.op({ op: 'CONV_2D', inputs: [x2, w2, -1], outputs: [y2], options: { table: 'Conv2DOptions', values: conv('SAME', 1) } });
  const s = g.tensor({ name: 'sum_q', type: 'INT8', shape: [1, 4, 4, 16], quant: { scales: 1 } });
  g.op({ op: 'ADD', inputs: [yq, y2], outputs: [s], options: { table: 'AddOptions', values: {} } });
  const y = g.tensor({ name: 'y', shape: [1, 4, 4, 16] });
  g.op({ op: 'DEQUANTIZE', inputs: [s], outputs: [y] });
  g.inputs = [x];
  g.outputs = [y];
  return m;
}

/** A sparse float32 weight [16,32] storing 128 values -> DENSIFY -> FULLY_CONNECTED on [1,32]. */
export function sparseModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [1, 32] });
  const ws = g.tensor({ name: 'w_sparse', shape: [16, 32], data: 128 * 4, sparse: { dims: 2 } });
  const w = g.tensor({ name: 'w_dense', shape: [16, 32] });
  g.op({ op: 'DENSIFY', inputs: [ws], outputs: [w] });
  const y = g.tensor({ name: 'y', shape: [1, 16] });
  g.op({ op: 'FULLY_CONNECTED', inputs: [x, w, -1], outputs: [y], options: { table: 'FullyConnectedOptions', values: {} } });
  g.inputs = [x];
  g.outputs = [y];
  return m;
}

/** A conv followed by MediaPipe's custom Convolution2DTransposeBias and a STABLEHLO op. */
export function customOpModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [1, 4, 4, 2] });
  const w = g.tensor({ name: 'w', shape: [2, 1, 1, 2], data: 16 });
  const y = g.tensor({ name: 'y', shape: [1, 4, 4, 2] });
  g.op({ op: 'CONV_2D', inputs: [x, w, -1], outputs: [y], options: { table: 'Conv2DOptions', values: conv('SAME', 1) } });
  const tw = g.tensor({ name: 'tw', shape: [2, 2, 2, 2], data: 64 });
  const tb = g.tensor({ name: 'tb', shape: [2], data: 8 });
  const z = g.tensor({ name: 'z', shape: [1, 8, 8, 2] });
  g.op({ op: 'CUSTOM', custom: 'Convolution2DTransposeBias', inputs: [y, tw, tb], outputs: [z] });
  const z2 = g.tensor({ name: 'z2', shape: [1, 8, 8, 2] });
  g.op({ op: 'STABLEHLO_ABS', inputs: [z], outputs: [z2] });
  g.inputs = [x];
  g.outputs = [z2];
  return m;
}

/**
 * Dynamic batch through indexing and block ops: x[B,8,8,4] and ids[B,5,1] (-1 in shape_signature,
 * stored shapes for B = 1).
 *   s1 = STRIDED_SLICE(x, [0,1,0,0], [0,7,0,4], [1,2,1,1], begin/end masks on axes 0 and 2) [B,3,8,4]
 *   s2b = SPACE_TO_BATCH_ND(s1, block [2,2], paddings [[1,0],[0,0]])                    [4B,2,4,4]
 *   c = CONV_2D 1x1, 4 -> 8                                                               [4B,2,4,8]
 *   b2s = BATCH_TO_SPACE_ND(c, block [2,2], crops [[1,0],[0,0]])                         [B,3,8,8]
 *   s2 = STRIDED_SLICE(b2s, [0,0], [0,4], [1,1], ellipsis_mask 1): b2s[..., 0:4]           [B,3,8,4]
 *   s3 = STRIDED_SLICE(b2s, [0,0,0], [0,1,0], [1,1,1], begin/end mask axis 0, shrink 2, new axis 4):
 *        b2s[:, 0, newaxis]                                                                [B,1,8,8]
 *   g = GATHER_ND(table [100,16], ids)                                                    [B,5,16]
 *   f = FULLY_CONNECTED(g, w [4,16])                                                      [5B,4]
 *   r = UNIDIRECTIONAL_SEQUENCE_RNN(x2 [B,4,8], wi [16,8], wr [16,16], bias [16], h [B,16]) [B,4,16]
 */
export function dynamicIndexingModel(): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const ints = (name: string, v: number[], shape = [v.length]) => g.tensor({ name, type: 'INT32', shape, data: { ints: v } });
  const dyn = (name: string, shape: number[], type?: 'INT32') => g.tensor({ name, shape, signature: [-1, ...shape.slice(1)], ...(type ? { type } : {}) });
  const x = dyn('x', [1, 8, 8, 4]);
  const s1 = dyn('s1', [1, 3, 8, 4]);
  g.op({
    op: 'STRIDED_SLICE', inputs: [x, ints('b1', [0, 1, 0, 0]), ints('e1', [0, 7, 0, 4]), ints('st1', [1, 2, 1, 1])], outputs: [s1],
    options: { table: 'StridedSliceOptions', values: { begin_mask: 5, end_mask: 5 } },
  });
  const s2b = dyn('s2b', [4, 2, 4, 4]);
  g.op({ op: 'SPACE_TO_BATCH_ND', inputs: [s1, ints('block', [2, 2]), ints('pads', [1, 0, 0, 0], [2, 2])], outputs: [s2b] });
  const c = dyn('c', [4, 2, 4, 8]);
  g.op({ op: 'CONV_2D', inputs: [s2b, g.tensor({ name: 'cw', shape: [8, 1, 1, 4], data: 32 * 4 }), -1], outputs: [c], options: { table: 'Conv2DOptions', values: conv('VALID', 1) } });
  const b2s = dyn('b2s', [1, 3, 8, 8]);
  g.op({ op: 'BATCH_TO_SPACE_ND', inputs: [c, ints('block2', [2, 2]), ints('crops', [1, 0, 0, 0], [2, 2])], outputs: [b2s] });
  const s2 = dyn('s2', [1, 3, 8, 4]);
  g.op({
    op: 'STRIDED_SLICE', inputs: [b2s, ints('b2', [0, 0]), ints('e2', [0, 4]), ints('st2', [1, 1])], outputs: [s2],
    options: { table: 'StridedSliceOptions', values: { ellipsis_mask: 1 } },
  });
  const s3 = dyn('s3', [1, 1, 8, 8]);
  g.op({
    op: 'STRIDED_SLICE', inputs: [b2s, ints('b3', [0, 0, 0]), ints('e3', [0, 1, 0]), ints('st3', [1, 1, 1])], outputs: [s3],
    options: { table: 'StridedSliceOptions', values: { begin_mask: 1, end_mask: 1, shrink_axis_mask: 2, new_axis_mask: 4 } },
  });
  const ids = dyn('ids', [1, 5, 1], 'INT32');
  const gnd = dyn('g', [1, 5, 16]);
  g.op({ op: 'GATHER_ND', inputs: [g.tensor({ name: 'table', shape: [100, 16], data: 1600 * 4 }), ids], outputs: [gnd] });
  const f = dyn('f', [5, 4]);
  g.op({ op: 'FULLY_CONNECTED', inputs: [gnd, g.tensor({ name: 'fw', shape: [4, 16], data: 64 * 4 }), -1], outputs: [f], options: { table: 'FullyConnectedOptions', values: {} } });
  const x2 = dyn('x2', [1, 4, 8]);
  const h = g.tensor({ name: 'h', shape: [1, 16], signature: [-1, 16], isVariable: true });
  const r = dyn('r', [1, 4, 16]);
  g.op({
    op: 'UNIDIRECTIONAL_SEQUENCE_RNN',
    inputs: [x2, g.tensor({ name: 'wi', shape: [16, 8], data: 128 * 4 }), g.tensor({ name: 'wr', shape: [16, 16], data: 256 * 4 }), g.tensor({ name: 'rb', shape: [16], data: 64 }), h],
    outputs: [r], options: { table: 'SequenceRNNOptions', values: { fused_activation_function: 'TANH' } },
  });
  g.inputs = [x, ids, x2];
  g.outputs = [s2, s3, f, r];
  return m;
}

export const FIXTURES: Record<string, () => TfliteBuilder> = {
  conv: convModel,
  dynamic_conv: dynamicConvModel,
  fc: fcModel,
  transpose_conv: transposeConvModel,
  batch_matmul: batchMatmulModel,
  while_loop: whileModel,
  float16_dequantize: float16Model,
  int8_per_channel: int8Model,
  sparse: sparseModel,
  custom_op: customOpModel,
  dynamic_indexing: dynamicIndexingModel,
};

/**
 * IF chains `depth` deep whose two branches are the same subgraph (TFLite lets operators share
 * subgraphs; ONNX bodies are trees): level k is IF(c, x) -> subgraph k+1, the last level a RELU.
 * With `knownCond` the condition is a bool[1] input, so both branches run at every level (2^depth
 * runs); without, it has unknown rank and the IFs are not run.
 */
export function sharedIfChain(depth: number, knownCond: boolean): TfliteBuilder {
  const m = new TfliteBuilder();
  let g = m.main;
  for (let k = 0; k <= depth; k++) {
    const x = g.tensor({ name: 'x', shape: [1, 4] });
    const y = g.tensor({ name: 'y', shape: [1, 4] });
    if (k < depth) {
      const c = g.tensor({ name: 'c', type: 'BOOL', shape: knownCond ? [1] : [] });
      g.op({ op: 'IF', inputs: [c, x], outputs: [y], options: { table: 'IfOptions', values: { then_subgraph_index: k + 1, else_subgraph_index: k + 1 } } });
      g.inputs = [c, x];
    } else {
      g.op({ op: 'RELU', inputs: [x], outputs: [y] });
      g.inputs = [x];
    }
    g.outputs = [y];
    if (k < depth) g = m.subgraph(`level_${k + 1}`);
  }
  return m;
}
