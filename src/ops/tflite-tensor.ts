/**
 * TFLite elementwise ops, activations, reductions, shape and data-movement ops, and the rest of the
 * classic builtins. FLOPs per element follow the ONNX families (docs/metrics.md): one per add,
 * compare or transcendental, composite activations by their elementary steps; data movement 0.
 */
import { OpError } from '../shapes/types.js';
import type { Cost, InferContext, SymDim, TensorType } from '../shapes/types.js';
import { broadcastShapes, bytesOf, concrete, normalizeAxis, numel } from '../shapes/util.js';
import { fftFlops } from './signal.js';
import { reshapeDims } from './shape-ops.js';
import { activationFlops, FUSED_ACT_DOC, inElems, intsOf, outElems, same, tflOp } from './tflite-common.js';
import type { FoldFn, ShapeFn, TfliteOp } from './tflite-common.js';
import {
  batchToSpace, gatherNd, knownInts as known, matrixDiag, oneHot, range, spaceToBatch, stridedSlice, topK, unsortedSegment,
} from './tflite-shapes.js';

const ZERO: Cost = { macs: 0, flops: 0 };
const MOVE_DOC = '0: data movement only';
const VIEW_DOC = { flops: '0: a view change', memory: '0 bytes: no element is read or written' };

function perOut(k: number): (ctx: InferContext, outputs: readonly TensorType[]) => Cost {
  return (ctx, outputs) => {
    const n = outElems(outputs);
    return { macs: 0, flops: k * n + activationFlops(ctx, n) };
  };
}

function perIn(k: number, input = 0): (ctx: InferContext) => Cost {
  return (ctx) => ({ macs: 0, flops: k * inElems(ctx, input) });
}

const sameShape: ShapeFn = (ctx) => [same(ctx)];

function unary(opType: string, k: number, what: string): TfliteOp {
  return { opType, shape: sameShape, cost: perOut(k), doc: { flops: `${k} per element (${what})` } };
}

const broadcast: ShapeFn = (ctx) => {
  const shapes = ctx.inputs.filter((x) => x !== undefined).map((x) => {
    if (!x!.type.shape) throw new OpError(`input '${x!.name}' has unknown rank`);
    return x!.type.shape;
  });
  return [{ dtype: undefined, shape: broadcastShapes(shapes) }];
};

function binary(opType: string, k: number, what: string, fused = false): TfliteOp {
  return {
    opType, shape: broadcast, cost: perOut(k),
    doc: { flops: `${k} per output element (${what}); inputs broadcast${fused ? ` ${FUSED_ACT_DOC}` : ''}` },
  };
}

function move(opType: string, shape?: ShapeFn, memory?: string): TfliteOp {
  return { opType, ...(shape ? { shape } : {}), cost: () => ZERO, doc: { flops: MOVE_DOC, ...(memory ? { memory } : {}) } };
}

function view(opType: string, shape?: ShapeFn, fold?: FoldFn): TfliteOp {
  return { opType, ...(shape ? { shape } : {}), ...(fold ? { fold } : {}), cost: () => ZERO, doc: VIEW_DOC, movesData: false };
}

// ---- reductions ------------------------------------------------------------------------------

function reducedShape(ctx: InferContext): SymDim[] {
  const x = ctx.shapeOf(0);
  const axes = known(ctx, 1, 'axes').map((a) => normalizeAxis(a, x.length));
  const keep = ctx.attrs.int('keep_dims', 0) !== 0;
  const out: SymDim[] = [];
  x.forEach((d, i) => {
    if (!axes.includes(i)) out.push(d);
    else if (keep) out.push(1);
  });
  return out;
}

function reduce(opType: string, what: string, finish: number): TfliteOp {
  return {
    opType,
    shape: (ctx) => [{ dtype: undefined, shape: reducedShape(ctx) }],
    cost: (ctx, outputs) => ({ macs: 0, flops: inElems(ctx, 0) + finish * outElems(outputs) }),
    doc: { flops: `1 per input element (${what})${finish ? ` + ${finish} per output element (divide)` : ''}` },
  };
}

function argReduce(opType: string): TfliteOp {
  return {
    opType,
    shape(ctx) {
      const x = ctx.shapeOf(0);
      const axis = normalizeAxis(known(ctx, 1, 'axis')[0] ?? 0, x.length);
      return [{ dtype: undefined, shape: x.filter((_, i) => i !== axis) }];
    },
    cost: perIn(1),
    doc: { flops: '1 per input element (compare)' },
  };
}

// ---- shape and data movement ------------------------------------------------------------------

const reshape: ShapeFn = (ctx) => {
  const target = intsOf(ctx, 1) ?? (ctx.attrs.has('new_shape') ? [...ctx.attrs.ints('new_shape')] : undefined);
  if (!target) throw new OpError('the new shape is not known');
  return [{ dtype: undefined, shape: reshapeDims(ctx.input(0).type.shape, target, false, ctx) }];
};

const squeeze: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const dims = (ctx.attrs.has('squeeze_dims') ? ctx.attrs.ints('squeeze_dims') : []).map((a) => normalizeAxis(a, x.length));
  return [{ dtype: undefined, shape: x.filter((d, i) => (dims.length ? !dims.includes(i) : d !== 1)) }];
};

const expandDims: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const axis = normalizeAxis(known(ctx, 1, 'axis')[0] ?? 0, x.length + 1);
  return [{ dtype: undefined, shape: [...x.slice(0, axis), 1, ...x.slice(axis)] }];
};

const shapeFold: FoldFn = (ctx, outputs) => {
  const x = ctx.inputs[0]?.type.shape;
  if (!x || !x.every((d) => typeof d === 'number')) return undefined;
  return [{ dtype: outputs[0]?.dtype ?? 'int32', shape: [x.length], data: x as number[] }];
};

const transpose: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const perm = known(ctx, 1, 'perm');
  if (perm.length !== x.length) throw new OpError(`perm has ${perm.length} entries for rank ${x.length}`);
  return [{ dtype: undefined, shape: perm.map((p) => x[normalizeAxis(p, x.length)]!) }];
};

const concat: ShapeFn = (ctx) => {
  const shapes = ctx.inputs.map((x, i) => {
    if (!x) throw new OpError(`input ${i} is missing`);
    return ctx.shapeOf(i);
  });
  const first = shapes[0];
  if (!first) throw new OpError('no inputs');
  const axis = normalizeAxis(ctx.attrs.int('axis', 0), first.length);
  let total: SymDim = 0;
  for (const s of shapes) {
    const d = s[axis]!;
    total = typeof total === 'number' && typeof d === 'number' ? total + d : ctx.freshDim(`${ctx.node.name}:concat`);
  }
  return [{ dtype: undefined, shape: first.map((d, i) => (i === axis ? total : d)) }];
};

const pack: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const axis = normalizeAxis(ctx.attrs.int('axis', 0), x.length + 1);
  return [{ dtype: undefined, shape: [...x.slice(0, axis), ctx.node.inputs.length, ...x.slice(axis)] }];
};

const unpack: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const axis = normalizeAxis(ctx.attrs.int('axis', 0), x.length);
  const out = { dtype: undefined, shape: x.filter((_, i) => i !== axis) };
  return ctx.node.outputs.map(() => out);
};

/** SPLIT(axis, input): num_splits equal parts. */
const split: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(1);
  const axis = normalizeAxis(known(ctx, 0, 'axis')[0] ?? 0, x.length);
  const n = ctx.node.outputs.length;
  const d = x[axis]!;
  const part: SymDim = typeof d === 'number' ? d / n : ctx.freshDim(`${ctx.node.name}:split`);
  if (typeof part === 'number' && !Number.isInteger(part)) throw new OpError(`axis of size ${d} does not split into ${n} equal parts`);
  return ctx.node.outputs.map(() => ({ dtype: undefined, shape: x.map((v, i) => (i === axis ? part : v)) }));
};

/** SPLIT_V(input, size_splits, axis). */
const splitV: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const sizes = known(ctx, 1, 'size_splits');
  const axis = normalizeAxis(known(ctx, 2, 'axis')[0] ?? 0, x.length);
  const d = x[axis]!;
  const rest = sizes.filter((v) => v !== -1).reduce((a, b) => a + b, 0);
  return sizes.map((sz) => {
    const v: SymDim = sz === -1 ? (typeof d === 'number' ? d - rest : ctx.freshDim(`${ctx.node.name}:split`)) : sz;
    return { dtype: undefined, shape: x.map((dd, i) => (i === axis ? v : dd)) };
  });
};

const pad: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const p = known(ctx, 1, 'paddings');
  if (p.length !== 2 * x.length) throw new OpError(`paddings has ${p.length} entries for rank ${x.length}`);
  return [{ dtype: undefined, shape: x.map((d, i) => (typeof d === 'number' ? d + p[2 * i]! + p[2 * i + 1]! : ctx.freshDim(`${ctx.node.name}:pad`))) }];
};

const tile: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const m = known(ctx, 1, 'multiples');
  return [{ dtype: undefined, shape: x.map((d, i) => (typeof d === 'number' ? d * (m[i] ?? 1) : ctx.freshDim(`${ctx.node.name}:tile`))) }];
};

const fromShapeInput = (i: number): ShapeFn => (ctx) => [{ dtype: undefined, shape: known(ctx, i, 'shape') }];

const gather: ShapeFn = (ctx) => {
  const params = ctx.shapeOf(0), idx = ctx.shapeOf(1);
  const axis = normalizeAxis(ctx.attrs.int('axis', 0), params.length);
  const batchDims = ctx.attrs.int('batch_dims', 0);
  return [{ dtype: undefined, shape: [...params.slice(0, axis), ...idx.slice(batchDims < 0 ? batchDims + idx.length : batchDims), ...params.slice(axis + 1)] }];
};

const slice: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const begin = known(ctx, 1, 'begin'), size = known(ctx, 2, 'size');
  return [{ dtype: undefined, shape: x.map((d, i) => (size[i] === -1 ? (typeof d === 'number' ? d - begin[i]! : ctx.freshDim(`${ctx.node.name}:slice`)) : size[i]!)) }];
};

function blockShape(toDepth: boolean): ShapeFn {
  return (ctx) => {
    const x = ctx.shapeOf(0);
    const b = ctx.attrs.int('block_size', 1);
    if (x.length !== 4 || b < 1) throw new OpError('expects an NHWC input and a positive block_size');
    const [n, h, w, c] = x.map((d) => (typeof d === 'number' ? d : NaN)) as [number, number, number, number];
    const shape = toDepth ? [n, h / b, w / b, c * b * b] : [n, h * b, w * b, c / (b * b)];
    if (shape.some((d) => !Number.isInteger(d))) throw new OpError('input dims do not divide by the block size');
    return [{ dtype: undefined, shape }];
  };
}

/** Gathers and lookups read the selected elements, not the whole table. */
function gatherCost(indexInput: number): (ctx: InferContext, outputs: readonly TensorType[]) => Cost {
  return (ctx, outputs) => {
    const out = bytesOf(outputs[0]!);
    return { macs: 0, flops: 0, bytes: bytesOf(ctx.input(indexInput).type) + 2 * out };
  };
}
const GATHER_MEMORY = 'indices + the elements read (as many as the output) + the output written; not the whole input';

// ---- the table --------------------------------------------------------------------------------

export const tensorOps: TfliteOp[] = [
  // arithmetic with a fused activation
  binary('ADD', 1, 'one add', true), binary('SUB', 1, 'one subtract', true), binary('MUL', 1, 'one multiply', true),
  binary('DIV', 1, 'one divide', true),
  binary('MAXIMUM', 1, 'one compare'), binary('MINIMUM', 1, 'one compare'), binary('POW', 1, 'pow, one transcendental'),
  binary('SQUARED_DIFFERENCE', 2, 'subtract, square'), binary('FLOOR_DIV', 2, 'divide, floor'),
  binary('FLOOR_MOD', 2, 'divide, floor of the remainder'), binary('ATAN2', 1, 'one transcendental'),
  binary('LESS', 1, 'one compare'), binary('LESS_EQUAL', 1, 'one compare'), binary('GREATER', 1, 'one compare'),
  binary('GREATER_EQUAL', 1, 'one compare'), binary('EQUAL', 1, 'one compare'), binary('NOT_EQUAL', 1, 'one compare'),
  binary('LOGICAL_AND', 1, 'one logical op'), binary('LOGICAL_OR', 1, 'one logical op'),
  binary('BITWISE_XOR', 1, 'one bitwise op'), binary('RIGHT_SHIFT', 1, 'one shift'),
  binary('PRELU', 2, 'compare, multiply by the slope'),
  binary('SELECT', 1, 'one select'), binary('SELECT_V2', 1, 'one select'),
  {
    opType: 'ADD_N', shape: broadcast,
    cost: (ctx, outputs) => ({ macs: 0, flops: Math.max(0, ctx.node.inputs.length - 1) * outElems(outputs) }),
    doc: { flops: '(n-1) per output element for n inputs (adds)' },
  },
  // unary math and activations
  unary('ABS', 1, 'absolute value'), unary('CEIL', 1, 'rounding'), unary('FLOOR', 1, 'rounding'), unary('ROUND', 1, 'rounding'),
  unary('SIGN', 1, 'sign'), unary('NEG', 1, 'negate'), unary('EXP', 1, 'exp'), unary('LOG', 1, 'log'), unary('SIN', 1, 'sin'),
  unary('COS', 1, 'cos'), unary('SQRT', 1, 'sqrt'), unary('RSQRT', 2, 'sqrt, divide'), unary('SQUARE', 1, 'multiply'),
  unary('TANH', 1, 'tanh'), unary('LOGISTIC', 1, 'sigmoid, one transcendental'), unary('RELU', 1, 'max with 0'),
  unary('RELU6', 1, 'clamp to [0, 6]'), unary('RELU_N1_TO_1', 1, 'clamp to [-1, 1]'), unary('RELU_0_TO_1', 1, 'clamp to [0, 1]'),
  unary('LEAKY_RELU', 2, 'compare, multiply by alpha'), unary('ELU', 4, 'compare, exp, subtract 1, multiply'),
  unary('HARD_SWISH', 5, 'HardSigmoid 4, then multiply by x'), unary('LOGICAL_NOT', 1, 'one logical op'),
  {
    opType: 'GELU', shape: sameShape,
    cost: (ctx, outputs) => ({ macs: 0, flops: (ctx.attrs.int('approximate', 0) ? 9 : 5) * outElems(outputs) }),
    doc: { flops: '5 per element (scale, erf, add 1, two multiplies); 9 with approximate (tanh form)' },
  },
  unary('QUANTIZE', 2, 'divide by the scale, add the zero point; rounding and saturation not counted'),
  unary('DEQUANTIZE', 2, 'subtract the zero point, multiply by the scale'),
  unary('FAKE_QUANT', 4, 'clamp, scale, round, rescale'),
  unary('COMPLEX_ABS', 4, 'two squares, add, sqrt'),
  { opType: 'CAST', shape: sameShape, cost: () => ZERO, doc: { flops: '0: a type conversion, no arithmetic' } },
  move('ZEROS_LIKE', sameShape), move('IMAG', sameShape), move('REAL', sameShape), move('COMPLEX', broadcast),
  move('BITCAST'),
  // reductions and scans
  reduce('MEAN', 'accumulate', 1), reduce('SUM', 'accumulate', 0), reduce('REDUCE_PROD', 'multiply', 0),
  reduce('REDUCE_MAX', 'compare', 0), reduce('REDUCE_MIN', 'compare', 0), reduce('REDUCE_ANY', 'logical or', 0),
  reduce('REDUCE_ALL', 'logical and', 0),
  argReduce('ARG_MAX'), argReduce('ARG_MIN'),
  { opType: 'CUMSUM', shape: sameShape, cost: perIn(1), doc: { flops: '1 per element (one add)' } },
  { opType: 'TOPK_V2', shape: topK, cost: (ctx) => ({ macs: 0, flops: inElems(ctx, 0) }), doc: { flops: '1 per input element (a selection pass; sorting is not arithmetic)' } },
  { opType: 'SEGMENT_SUM', cost: perIn(1), doc: { flops: '1 per input element (accumulate)' } },
  { opType: 'UNSORTED_SEGMENT_SUM', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (accumulate)' } },
  { opType: 'UNSORTED_SEGMENT_PROD', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (multiply)' } },
  { opType: 'UNSORTED_SEGMENT_MAX', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (compare)' } },
  { opType: 'UNSORTED_SEGMENT_MIN', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (compare)' } },
  {
    opType: 'BUCKETIZE', shape: sameShape,
    cost: (ctx, outputs) => {
      const b = ctx.attrs.has('boundaries') ? ctx.attrs.floats('boundaries').length : 1;
      return { macs: 0, flops: Math.ceil(Math.log2(b + 1)) * outElems(outputs) };
    },
    doc: { flops: 'ceil(log2(boundaries + 1)) per element (binary search compares)' },
  },
  {
    opType: 'RFFT2D',
    cost(ctx) {
      const x = concrete(ctx.shapeOf(0));
      const fft = concrete(known(ctx, 1, 'fft_length'));
      const [h, w] = [fft[0] ?? 1, fft[1] ?? 1];
      const batch = numel(x.slice(0, -2));
      // Row transforms over W, then column transforms over H on the W/2+1 kept columns.
      return { macs: 0, flops: batch * (h * fftFlops(w) + (Math.floor(w / 2) + 1) * fftFlops(h)) };
    },
    doc: { flops: 'batch * (H * fft(W) + (W/2 + 1) * fft(H)), fft(N) = ceil(5 * N * log2(N))' },
  },
  // shape-only views
  view('RESHAPE', reshape), view('SQUEEZE', squeeze), view('EXPAND_DIMS', expandDims),
  view('SHAPE', (ctx) => [{ dtype: undefined, shape: [ctx.shapeOf(0).length] }], shapeFold),
  view('RANK', () => [{ dtype: undefined, shape: [] }]),
  // data movement
  move('TRANSPOSE', transpose),
  {
    opType: 'CONCATENATION', shape: concat,
    cost: (ctx, outputs) => ({ macs: 0, flops: activationFlops(ctx, outElems(outputs)) }),
    doc: { flops: `0: data movement ${FUSED_ACT_DOC}` },
  },
  move('PACK', pack), move('UNPACK', unpack), move('SPLIT', split), move('SPLIT_V', splitV), move('SLICE', slice),
  move('STRIDED_SLICE', stridedSlice), move('PAD', pad), move('PADV2', pad), move('MIRROR_PAD', pad), move('TILE', tile),
  move('BROADCAST_TO', fromShapeInput(1)), move('SPACE_TO_DEPTH', blockShape(true)), move('DEPTH_TO_SPACE', blockShape(false)),
  move('SPACE_TO_BATCH_ND', spaceToBatch), move('BATCH_TO_SPACE_ND', batchToSpace), move('REVERSE_V2', sameShape), move('REVERSE_SEQUENCE', sameShape),
  move('MATRIX_DIAG', matrixDiag), move('MATRIX_SET_DIAG', sameShape), move('ONE_HOT', oneHot), move('FILL', fromShapeInput(0)), move('RANGE', range),
  move('WHERE'), move('DYNAMIC_UPDATE_SLICE', sameShape), move('SPARSE_TO_DENSE', fromShapeInput(1)), move('SCATTER_ND', fromShapeInput(2)),
  move('DENSIFY', sameShape), move('DILATE'), move('BROADCAST_ARGS'), move('UNIQUE'),
  { opType: 'GATHER', shape: gather, cost: gatherCost(1), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
  { opType: 'GATHER_ND', shape: gatherNd, cost: gatherCost(1), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
  { opType: 'HASHTABLE_LOOKUP', cost: gatherCost(0), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
  { opType: 'EMBEDDING_LOOKUP_SPARSE', cost: perOut(1), doc: { flops: '1 per output element (combine the looked-up rows)' } },
  { opType: 'CONCAT_EMBEDDINGS', cost: () => ZERO, doc: { flops: MOVE_DOC } },
  {
    opType: 'NON_MAX_SUPPRESSION_V4',
    cost(ctx) {
      const b = concrete(ctx.shapeOf(0))[0] ?? 0;
      return { macs: 0, flops: 13 * (b * (b - 1)) / 2 + 3 * b, lowerBound: 'NON_MAX_SUPPRESSION output size depends on the data' };
    },
    doc: { flops: 'worst case 13 per box pair + 3 per box (IoU), as ONNX NonMaxSuppression; output size depends on the data' },
  },
  {
    opType: 'NON_MAX_SUPPRESSION_V5',
    cost(ctx) {
      const b = concrete(ctx.shapeOf(0))[0] ?? 0;
      return { macs: 0, flops: 13 * (b * (b - 1)) / 2 + 3 * b, lowerBound: 'NON_MAX_SUPPRESSION output size depends on the data' };
    },
    doc: { flops: 'worst case 13 per box pair + 3 per box (IoU), as ONNX NonMaxSuppression; output size depends on the data' },
  },
  { opType: 'LSH_PROJECTION', cost: (ctx) => ({ macs: 0, flops: inElems(ctx, 1) }), doc: { flops: '1 per input element per hash (sign of a projection)' } },
  { opType: 'SKIP_GRAM', cost: () => ZERO, doc: { flops: '0: string n-grams, no arithmetic' } },
  { opType: 'RANDOM_STANDARD_NORMAL', shape: fromShapeInput(0), cost: perOut(1), doc: { flops: '1 per output element (one sample)' } },
  { opType: 'RANDOM_UNIFORM', shape: fromShapeInput(0), cost: perOut(1), doc: { flops: '1 per output element (one sample)' } },
  { opType: 'MULTINOMIAL', cost: perOut(1), doc: { flops: '1 per output element (one sample)' } },
  // resources and variables: no arithmetic
  move('HASHTABLE'), move('HASHTABLE_FIND'), move('HASHTABLE_IMPORT'), move('HASHTABLE_SIZE'),
  move('VAR_HANDLE'), move('READ_VARIABLE'), move('ASSIGN_VARIABLE'),
];

export const tensorDefs = tensorOps.map(tflOp);
