/**
 * TFLite contractions and windows: convolutions (NHWC activations; CONV_2D filters OHWI, depthwise
 * [1, Kh, Kw, Cin * multiplier], TRANSPOSE_CONV [Cout, Kh, Kw, Cin], CONV_3D DHWIO), FULLY_CONNECTED,
 * BATCH_MATMUL, pooling, resize and the recurrent ops. MACs follow the ONNX families' conventions
 * (docs/metrics.md): one MAC per weight tap per output element; transpose convolutions scatter
 * each input element over the kernel.
 */
import { OpError } from '../shapes/types.js';
import type { InferContext, SymDim, TensorType } from '../shapes/types.js';
import { bytesOf, concrete, numel } from '../shapes/util.js';
import { leadingDimsOf } from './tflite-shapes.js';
import { windowOutDim } from './window.js';
import type { WindowParams } from './window.js';
import { matmulShape } from './matmul.js';
import { resizeFlops } from './resize.js';
import { activationFlops, FUSED_ACT_DOC, inElems, intsOf, outElems, same, tflOp } from './tflite-common.js';
import type { ShapeFn, TfliteOp } from './tflite-common.js';

const CONV_PEERS = 'tflite-micro and TensorFlow\'s profiler count the same taps (as 2 * MACs FLOPs); scripts that walk only CONV_2D miss depthwise, transpose and fully-connected layers';

function padding(ctx: InferContext): 'SAME_UPPER' | 'VALID' {
  const p = ctx.attrs.string('padding', 'SAME');
  if (p !== 'SAME' && p !== 'VALID') throw new OpError(`padding '${p}' is not SAME or VALID`);
  return p === 'SAME' ? 'SAME_UPPER' : 'VALID';
}

function positive(ctx: InferContext, name: string, def: number): number {
  const v = ctx.attrs.int(name, def);
  if (!Number.isInteger(v) || v < 1) throw new OpError(`${name} is ${v}; it must be a positive integer`);
  return v;
}

/** Window parameters over the spatial axes, named in TFLite's option spelling. */
function window(ctx: InferContext, kernel: readonly number[], axes: readonly ('d' | 'h' | 'w')[], dilated: boolean): WindowParams {
  return {
    kernel,
    strides: axes.map((a) => positive(ctx, `stride_${a}`, 1)),
    dilations: axes.map((a) => (dilated ? positive(ctx, `dilation_${a}_factor`, 1) : 1)),
    pads: new Array<number>(2 * axes.length).fill(0),
    autoPad: padding(ctx),
    ceilMode: false,
  };
}

function spatialKernel(shape: readonly SymDim[], from: number, n: number, what: string): number[] {
  const k = shape.slice(from, from + n);
  if (k.length !== n) throw new OpError(`${what} has rank ${shape.length}; expected at least ${from + n}`);
  return k.map((d) => {
    if (typeof d !== 'number') throw new OpError(`${what} has a symbolic kernel dim '${d}'`);
    if (d < 1) throw new OpError(`${what} has kernel dim ${d}`);
    return d;
  });
}

function rankOf(ctx: InferContext, i: number, rank: number, what: string): readonly SymDim[] {
  const s = ctx.shapeOf(i);
  if (s.length !== rank) throw new OpError(`${what} has rank ${s.length}; expected ${rank}`);
  return s;
}

/** Bias add (when the bias input is present) + fused activation, per output element. */
function epilogue(ctx: InferContext, biasInput: number, outputs: readonly TensorType[]): number {
  const n = outElems(outputs);
  return (ctx.inputs[biasInput] ? n : 0) + activationFlops(ctx, n);
}

/** NHWC output of a 2-D window over [N, H, W, C] with an [., Kh, Kw, .] filter whose `coutAxis` is Cout. */
function conv2dShape(coutAxis: number): ShapeFn {
  return (ctx) => {
    const x = rankOf(ctx, 0, 4, 'input'), w = rankOf(ctx, 1, 4, 'filter');
    const win = window(ctx, spatialKernel(w, 1, 2, 'filter'), ['h', 'w'], true);
    return [{ dtype: undefined, shape: [x[0]!, windowOutDim(x[1]!, 0, win), windowOutDim(x[2]!, 1, win), w[coutAxis]!] }];
  };
}

const conv2d: TfliteOp = {
  opType: 'CONV_2D',
  shape: conv2dShape(0),
  cost(ctx, outputs) {
    const w = concrete(rankOf(ctx, 1, 4, 'filter'));
    const out = concrete(outputs[0]!.shape ?? []);
    if (out.length !== 4) throw new OpError(`output has rank ${out.length}; expected 4`);
    if (out[3] !== w[0]) throw new OpError(`output has ${out[3]} channels but the filter has ${w[0]}`);
    const cin = concrete(rankOf(ctx, 0, 4, 'input'))[3]!;
    if (cin % w[3]! !== 0) throw new OpError(`input channels ${cin} are not a multiple of the filter's ${w[3]}`);
    // [N, Ho, Wo, Cout] * Kh * Kw * (Cin / groups); the filter's last dim is Cin / groups.
    const macs = numel(out) * w[1]! * w[2]! * w[3]!;
    return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
  },
  doc: {
    macs: 'N * Ho * Wo * Cout * Kh * Kw * Cin/groups (filter [Cout, Kh, Kw, Cin/groups])',
    flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
    peers: CONV_PEERS,
  },
};

const depthwise: TfliteOp = {
  opType: 'DEPTHWISE_CONV_2D',
  shape: conv2dShape(3),
  cost(ctx, outputs) {
    const w = concrete(rankOf(ctx, 1, 4, 'filter'));
    const out = concrete(outputs[0]!.shape ?? []);
    if (out.length !== 4 || out[3] !== w[3]) throw new OpError(`output [${out.join(',')}] does not match the filter's ${w[3]} channels`);
    const cin = concrete(rankOf(ctx, 0, 4, 'input'))[3]!;
    if (w[3]! % cin !== 0) throw new OpError(`filter channels ${w[3]} are not a multiple of the input's ${cin}`);
    // Each output channel reads one input channel (channel / multiplier): Kh * Kw taps.
    const macs = numel(out) * w[1]! * w[2]!;
    return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
  },
  doc: {
    macs: 'N * Ho * Wo * Cout * Kh * Kw, Cout = Cin * depth_multiplier (filter [1, Kh, Kw, Cout])',
    flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
    peers: CONV_PEERS,
  },
};

/** TRANSPOSE_CONV: inputs (output_shape, filter [Cout, Kh, Kw, Cin], input [N, H, W, Cin], bias?). */
const transposeConv: TfliteOp = {
  opType: 'TRANSPOSE_CONV',
  shape(ctx) {
    const dims = intsOf(ctx, 0);
    if (!dims || dims.length !== 4) throw new OpError('output_shape is not a known 4-element constant');
    return [{ dtype: undefined, shape: dims }];
  },
  cost(ctx, outputs) {
    const w = concrete(rankOf(ctx, 1, 4, 'filter'));
    const x = concrete(rankOf(ctx, 2, 4, 'input'));
    if (x[3] !== w[3]) throw new OpError(`input has ${x[3]} channels but the filter expects ${w[3]}`);
    // Every input element is scattered over the kernel into Cout channels.
    const macs = numel(x) * w[0]! * w[1]! * w[2]!;
    return { macs, flops: 2 * macs + epilogue(ctx, 3, outputs) };
  },
  doc: {
    macs: 'N * H * W * Cin * Kh * Kw * Cout (input [N, H, W, Cin], filter [Cout, Kh, Kw, Cin])',
    flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
    peers: CONV_PEERS,
  },
};

const conv3d: TfliteOp = {
  opType: 'CONV_3D',
  shape(ctx) {
    const x = rankOf(ctx, 0, 5, 'input'), w = rankOf(ctx, 1, 5, 'filter');
    const win = window(ctx, spatialKernel(w, 0, 3, 'filter'), ['d', 'h', 'w'], true);
    return [{ dtype: undefined, shape: [x[0]!, ...[1, 2, 3].map((a, k) => windowOutDim(x[a]!, k, win)), w[4]!] }];
  },
  cost(ctx, outputs) {
    const w = concrete(rankOf(ctx, 1, 5, 'filter'));
    const macs = outElems(outputs) * w[0]! * w[1]! * w[2]! * w[3]!;
    return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
  },
  doc: {
    macs: 'N * Do * Ho * Wo * Cout * Kd * Kh * Kw * Cin (filter [Kd, Kh, Kw, Cin, Cout])',
    flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
  },
};

/** CONV_3D_TRANSPOSE: inputs (output_shape, filter [Kd, Kh, Kw, Cout, Cin], input, bias?). */
const conv3dTranspose: TfliteOp = {
  opType: 'CONV_3D_TRANSPOSE',
  shape: transposeConv.shape!,
  cost(ctx, outputs) {
    const w = concrete(rankOf(ctx, 1, 5, 'filter'));
    const macs = inElems(ctx, 2) * w[0]! * w[1]! * w[2]! * w[3]!;
    return { macs, flops: 2 * macs + epilogue(ctx, 3, outputs) };
  },
  doc: {
    macs: 'N * D * H * W * Cin * Kd * Kh * Kw * Cout (filter [Kd, Kh, Kw, Cout, Cin])',
    flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
  },
};

/** FULLY_CONNECTED: input [..., K] (flattened to [M, K]), weights [Nout, K], bias [Nout]. */
const fullyConnected: TfliteOp = {
  opType: 'FULLY_CONNECTED',
  shape(ctx) {
    const x = ctx.shapeOf(0), w = rankOf(ctx, 1, 2, 'weights');
    if (ctx.attrs.int('keep_num_dims', 0)) return [{ dtype: undefined, shape: [...x.slice(0, -1), w[0]!] }];
    if (x.length === 2) return [{ dtype: undefined, shape: [x[0]!, w[0]!] }];
    const k = w[1]!;
    const m = typeof k === 'number' && x.every((d) => typeof d === 'number') ? numel(x) / k : ctx.freshDim(`${ctx.node.name}:rows`);
    return [{ dtype: undefined, shape: [m, w[0]!] }];
  },
  cost(ctx, outputs) {
    const w = concrete(rankOf(ctx, 1, 2, 'weights'));
    const n = inElems(ctx, 0);
    if (w[1]! === 0 || n % w[1]! !== 0) throw new OpError(`input of ${n} elements does not split into rows of ${w[1]}`);
    // M = input elements / K rows, each a dot product with every one of Nout weight rows.
    const macs = (n / w[1]!) * w[1]! * w[0]!;
    return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
  },
  doc: {
    macs: 'M * K * Nout: input flattened to [M, K], weights [Nout, K]',
    flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
    peers: 'thop/fvcore count nn.Linear the same way (in * out per row)',
  },
};

function adjusted(s: readonly SymDim[], adj: boolean): SymDim[] {
  if (!adj || s.length < 2) return [...s];
  return [...s.slice(0, -2), s[s.length - 1]!, s[s.length - 2]!];
}

const batchMatmul: TfliteOp = {
  opType: 'BATCH_MATMUL',
  shape(ctx) {
    const a = adjusted(ctx.shapeOf(0), ctx.attrs.int('adj_x', 0) !== 0);
    const b = adjusted(ctx.shapeOf(1), ctx.attrs.int('adj_y', 0) !== 0);
    return [{ dtype: undefined, shape: matmulShape(a, b).out }];
  },
  cost(ctx) {
    const a = adjusted(ctx.shapeOf(0), ctx.attrs.int('adj_x', 0) !== 0);
    const b = adjusted(ctx.shapeOf(1), ctx.attrs.int('adj_y', 0) !== 0);
    const mm = matmulShape(a, b);
    const macs = numel([...mm.batch, mm.m, mm.k, mm.n]);
    return { macs, flops: 2 * macs };
  },
  doc: { macs: 'prod(broadcast batch) * M * K * N (adj_x / adj_y transpose the last two axes)', flops: '2 * MACs' },
};

function pool(opType: string, perTap: number, extra: number, flopsDoc: string): TfliteOp {
  return {
    opType,
    shape(ctx) {
      const x = rankOf(ctx, 0, 4, 'input');
      const win = window(ctx, [positive(ctx, 'filter_height', 1), positive(ctx, 'filter_width', 1)], ['h', 'w'], false);
      return [{ dtype: undefined, shape: [x[0]!, windowOutDim(x[1]!, 0, win), windowOutDim(x[2]!, 1, win), x[3]!] }];
    },
    cost(ctx, outputs) {
      const taps = positive(ctx, 'filter_height', 1) * positive(ctx, 'filter_width', 1);
      const n = outElems(outputs);
      return { macs: 0, flops: n * (perTap * taps + extra) + activationFlops(ctx, n) };
    },
    doc: { flops: `${flopsDoc} ${FUSED_ACT_DOC}`, macs: '0' },
  };
}

function resizeOp(opType: string, mode: 'linear' | 'nearest'): TfliteOp {
  return {
    opType,
    shape(ctx) {
      const x = rankOf(ctx, 0, 4, 'input');
      const size = intsOf(ctx, 1);
      if (!size || size.length !== 2) throw new OpError('size is not a known 2-element constant');
      return [{ dtype: undefined, shape: [x[0]!, size[0]!, size[1]!, x[3]!] }];
    },
    cost(ctx, outputs) {
      return { macs: 0, flops: resizeFlops(concrete(ctx.shapeOf(0)), concrete(outputs[0]!.shape ?? []), mode, false) };
    },
    doc: { flops: mode === 'linear' ? '4 per output element (bilinear: 2 taps on each of H and W; 0 when the size is unchanged)' : '0 (nearest neighbour copies)' },
  };
}

/**
 * Inputs of the recurrent ops that hold state ([batch, units] variable tensors), by the TFLite
 * kernels' input indices: 2-D like the weights, but no weights.
 */
const STATE_INPUTS: Readonly<Record<string, readonly number[]>> = {
  LSTM: [18, 19],
  UNIDIRECTIONAL_SEQUENCE_LSTM: [18, 19],
  BIDIRECTIONAL_SEQUENCE_LSTM: [35, 36, 37, 38],
  RNN: [4],
  UNIDIRECTIONAL_SEQUENCE_RNN: [4],
  BIDIRECTIONAL_SEQUENCE_RNN: [4, 8],
  SVDF: [4],
};

const BASIC_LSTM_STATE: ReadonlySet<number> = new Set([1, 4]);

/**
 * The recurrent ops all multiply 2-D weight matrices by one vector per batch row and time step:
 * MACs = steps * batch * sum(rows * cols) over the op's 2-D weight inputs (input-to-gate,
 * recurrent, projection, SVDF feature/time weights; both directions of the bidirectional ops).
 * The weights are told from the state by position, not by being constants: float16 models feed
 * every weight through DEQUANTIZE, whose float32 output is no constant.
 */
function recurrent(opType: string, perUnit: number, flopsDoc: string, seq: 'none' | 'sequence'): TfliteOp {
  const state = new Set(STATE_INPUTS[opType] ?? []);
  return {
    opType,
    shape: leadingDimsOf(0),
    cost(ctx, outputs) {
      const x = concrete(ctx.shapeOf(0));
      let steps = 1, batch = x[0] ?? 1;
      if (seq === 'sequence') {
        if (x.length !== 3) throw new OpError(`input has rank ${x.length}; expected 3 ([time, batch, input] or [batch, time, input])`);
        const timeMajor = ctx.attrs.int('time_major', opType === 'BIDIRECTIONAL_SEQUENCE_LSTM' ? 1 : 0) !== 0;
        [steps, batch] = timeMajor ? [x[0]!, x[1]!] : [x[1]!, x[0]!];
      }
      let perStep = 0;
      // LSTM's BASIC kernel takes 5 inputs: input, previous activation, weights, biases, previous state.
      const skip = opType === 'LSTM' && ctx.inputs.length === 5 ? BASIC_LSTM_STATE : state;
      ctx.inputs.forEach((inp, i) => {
        if (i === 0 || skip.has(i) || !inp || inp.type.shape?.length !== 2) return;
        perStep += numel(inp.type.shape);
      });
      const macs = steps * batch * perStep;
      // Gate nonlinearities, bias adds and the state update, per output element.
      const units = outputs[0]?.shape ? outElems(outputs) : 0;
      return { macs, flops: 2 * macs + perUnit * units };
    },
    doc: {
      macs: 'steps * batch * sum(rows * cols) of the 2-D weight inputs (gates, recurrent, projection; constant or DEQUANTIZE outputs)',
      flops: `2 * MACs + ${flopsDoc}`,
      peers: 'thop/ptflops add gate elementwise work to MACs; fvcore skips recurrent layers',
    },
  };
}

const softmax: TfliteOp = {
  opType: 'SOFTMAX', shape: (ctx) => [same(ctx)],
  cost: (ctx, outputs) => {
    const beta = ctx.attrs.float('beta', 1);
    const n = outElems(outputs);
    return { macs: 0, flops: 3 * n + (beta !== 1 ? n : 0) };
  },
  doc: { flops: '3 per element (exp, accumulate, divide) + 1 per element when beta != 1; along the last axis' },
};

const logSoftmax: TfliteOp = {
  opType: 'LOG_SOFTMAX', shape: (ctx) => [same(ctx)],
  cost: (_ctx, outputs) => {
    const s = concrete(outputs[0]!.shape ?? []);
    const n = numel(s);
    const rows = s.length ? n / Math.max(1, s[s.length - 1]!) : 1;
    return { macs: 0, flops: 3 * n + rows };
  },
  doc: { flops: '3 per element (exp, accumulate, subtract) + 1 per row (log of the sum); along the last axis' },
};

const l2Norm: TfliteOp = {
  opType: 'L2_NORMALIZATION', shape: (ctx) => [same(ctx)],
  cost: (_ctx, outputs) => ({ macs: 0, flops: 3 * outElems(outputs) }),
  doc: { flops: '3 per element (square, accumulate, divide by the norm); the per-row root is not counted' },
};

const lrn: TfliteOp = {
  opType: 'LOCAL_RESPONSE_NORMALIZATION', shape: (ctx) => [same(ctx)],
  cost: (ctx, outputs) => ({ macs: 0, flops: (2 * ctx.attrs.int('radius', 5) + 1 + 4) * outElems(outputs) }),
  doc: { flops: '(2 * radius + 1) + 4 per element: square-sum over the window, then bias, alpha, pow and divide (as ONNX LRN with size = 2 * radius + 1)' },
};

/** EMBEDDING_LOOKUP(ids, table): output rows copied from the table; reads only those rows. */
const embeddingLookup: TfliteOp = {
  opType: 'EMBEDDING_LOOKUP',
  shape(ctx) {
    const ids = ctx.shapeOf(0), table = ctx.shapeOf(1);
    return [{ dtype: undefined, shape: [...ids, ...table.slice(1)] }];
  },
  cost(ctx, outputs) {
    const out = bytesOf(outputs[0]!);
    return { macs: 0, flops: 0, bytes: bytesOf(ctx.input(0).type) + 2 * out };
  },
  doc: { flops: '0: row copies', memory: 'ids + the rows read + the output written (not the whole table)' },
};

export const nnOps: TfliteOp[] = [
  conv2d, depthwise, transposeConv, conv3d, conv3dTranspose, fullyConnected, batchMatmul,
  pool('AVERAGE_POOL_2D', 1, 0, 'Kh * Kw per output element (accumulate; the divide is not counted)'),
  pool('MAX_POOL_2D', 1, 0, 'Kh * Kw per output element (compare)'),
  pool('L2_POOL_2D', 2, 1, '(2 * Kh * Kw + 1) per output element (square and add per tap, one root)'),
  resizeOp('RESIZE_BILINEAR', 'linear'),
  resizeOp('RESIZE_NEAREST_NEIGHBOR', 'nearest'),
  recurrent('LSTM', 17, '17 per output unit (3 sigmoid, 2 tanh, cell update 3, output 1, bias adds 8)', 'none'),
  recurrent('UNIDIRECTIONAL_SEQUENCE_LSTM', 17, '17 per output unit and step (3 sigmoid, 2 tanh, cell update 3, output 1, bias adds 8)', 'sequence'),
  recurrent('BIDIRECTIONAL_SEQUENCE_LSTM', 17, '17 per output unit and step (as UNIDIRECTIONAL_SEQUENCE_LSTM)', 'sequence'),
  recurrent('RNN', 3, '3 per output unit (activation, 2 bias adds)', 'none'),
  recurrent('UNIDIRECTIONAL_SEQUENCE_RNN', 3, '3 per output unit and step (activation, 2 bias adds)', 'sequence'),
  recurrent('BIDIRECTIONAL_SEQUENCE_RNN', 3, '3 per output unit and step (activation, 2 bias adds)', 'sequence'),
  recurrent('SVDF', 3, '3 per output unit (bias add, activation, rank reduction)', 'none'),
  softmax, logSoftmax, l2Norm, lrn, embeddingLookup,
];

export const nnDefs = nnOps.map(tflOp);
