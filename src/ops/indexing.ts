/**
 * Indexing ops: Gather family, Scatter family, Slice, Compress, NonZero, Unique, OneHot,
 * NonMaxSuppression, and com.microsoft GatherBlockQuantized (quantized embedding tables).
 *
 * Memory: gathers and slices read only the selected elements, not the whole source tensor (an
 * embedding lookup reads indices + the gathered rows), so they return `bytes` explicitly.
 * Data-dependent output sizes (NonZero, Unique, Compress, NonMaxSuppression) get fresh dims.
 */
import { bytesFor, dtypeBits } from '../graph/dtype.js';
import type { DType } from '../graph/dtype.js';
import { MAX_FOLD_ELEMENTS, OpError } from '../shapes/types.js';
import type { Cost, InferContext, KnownValue, OpDef, OpDoc, SymDim, TensorType } from '../shapes/types.js';
import { bytesOf, concrete, knownValue, normalizeAxis, numel } from '../shapes/util.js';
import { DATA_MOVEMENT_FLOPS, NO_ARITHMETIC, movesOnly, inputBytes, intsOf, isConcrete, single, stridesOf } from './shape-ops.js';

/** Bytes of reading the selected elements once and writing them once, plus the index inputs. */
function selectionBytes(ctx: InferContext, outputs: readonly TensorType[], indexInputs: readonly number[]): number {
  return 2 * bytesOf(outputs[0]!) + inputBytes(ctx, indexInputs);
}

const gatherDoc: OpDoc = {
  flops: DATA_MOVEMENT_FLOPS,
  memory: 'indices bytes + gathered elements read (= output bytes) + output bytes written; the rest of the table is not read',
  peers: 'a count that charges the whole data tensor (the plain inputs+outputs rule) overstates an embedding lookup by the vocabulary size.',
};

// ---------------------------------------------------------------------------------------------
// Gather

function gatherShape(data: readonly SymDim[], indices: readonly SymDim[], axis: number): SymDim[] {
  return [...data.slice(0, axis), ...indices, ...data.slice(axis + 1)];
}

const gatherOp: OpDef = {
  domain: '', opType: 'Gather', since: 1, doc: gatherDoc,
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    const ind = ctx.input(1);
    const is = ctx.shapeOf(1);
    if (s.length === 0) throw new OpError('data must have rank >= 1');
    const axis = normalizeAxis(ctx.attrs.int('axis', 0), s.length);
    const shape = gatherShape(s, is, axis);
    let value: KnownValue | undefined;
    if (x.value && ind.value && isConcrete(s) && isConcrete(shape)) {
      const d = s[axis]!;
      const outer = s.slice(0, axis).reduce((a, b) => a * b, 1);
      const inner = s.slice(axis + 1).reduce((a, b) => a * b, 1);
      const idx = ind.value.data.map((i) => {
        const j = Math.trunc(i);
        // Negative indices count from the back (Gather-11+; earlier files never use them).
        if (j < -d || j >= d) throw new OpError(`index ${j} is out of range for axis ${axis} of size ${d}`);
        return j < 0 ? j + d : j;
      });
      const data: number[] = [];
      for (let o = 0; o < outer; o++) {
        for (const j of idx) {
          const base = (o * d + j) * inner;
          for (let k = 0; k < inner; k++) data.push(x.value.data[base + k]!);
        }
      }
      value = knownValue(x.value.dtype, shape, data);
    }
    return single({ dtype: x.type.dtype, shape }, value);
  },
  cost: (ctx, outputs) => (movesOnly(selectionBytes(ctx, outputs, [1]))),
};

const gatherElementsOp: OpDef = {
  domain: '', opType: 'GatherElements', since: 11, doc: gatherDoc,
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    const is = ctx.shapeOf(1);
    if (is.length !== s.length) throw new OpError(`indices rank ${is.length} differs from data rank ${s.length}`);
    normalizeAxis(ctx.attrs.int('axis', 0), s.length);
    return single({ dtype: x.type.dtype, shape: is });
  },
  cost: (ctx, outputs) => (movesOnly(selectionBytes(ctx, outputs, [1]))),
};

function makeGatherND(since: number): OpDef {
  return {
    domain: '', opType: 'GatherND', since, doc: gatherDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const is = ctx.shapeOf(1);
      const b = since >= 12 ? ctx.attrs.int('batch_dims', 0) : 0;
      if (is.length < 1) throw new OpError('indices must have rank >= 1');
      const k = is[is.length - 1]!;
      if (typeof k !== 'number') return single({ dtype: x.type.dtype, shape: undefined });
      if (b + k > s.length) throw new OpError(`batch_dims ${b} + indices last dim ${k} exceed data rank ${s.length}`);
      return single({ dtype: x.type.dtype, shape: [...is.slice(0, -1), ...s.slice(b + k)] });
    },
    cost: (ctx, outputs) => (movesOnly(selectionBytes(ctx, outputs, [1]))),
  };
}

// ---------------------------------------------------------------------------------------------
// Scatter family: output = data with updates written in; reductions cost 1 FLOP per update.

const scatterDoc: OpDoc = {
  flops: "0 with reduction='none'; 1 per update element with add/mul/max/min",
  memory: 'data + indices + updates read, output written (ONNX semantics copy data; in-place runtimes do less)',
};

function makeScatter(opType: string, since: number, hasReduction: boolean): OpDef {
  return {
    domain: '', opType, since, doc: scatterDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      ctx.input(1);
      ctx.input(2);
      if (opType !== 'ScatterND') normalizeAxis(ctx.attrs.int('axis', 0), s.length);
      if (hasReduction) {
        const r = ctx.attrs.string('reduction', 'none');
        if (!['none', 'add', 'mul', 'max', 'min'].includes(r)) throw new OpError(`unknown reduction '${r}'`);
      }
      return single({ dtype: x.type.dtype, shape: s });
    },
    cost: (ctx): Cost => {
      const r = hasReduction ? ctx.attrs.string('reduction', 'none') : 'none';
      return { macs: 0, flops: r === 'none' ? 0 : numel(ctx.shapeOf(2)) };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Slice

/** Exporters write "to the end" as INT64_MAX (PyTorch) or INT32_MAX (TF); beyond any real dim. */
const TO_THE_END = 2147483647;

interface SliceAxis {
  readonly axis: number;
  readonly start: number;
  readonly end: number;
  readonly step: number;
}

/** Clamped start and length of one sliced axis of concrete size d (ONNX Slice-10 rules). */
export function sliceRange(d: number, start: number, end: number, step: number): { start: number; len: number } {
  if (step === 0) throw new OpError('slice step is 0');
  let s = start < 0 ? start + d : start;
  let e = end < 0 ? end + d : end;
  if (step > 0) {
    s = Math.min(Math.max(s, 0), d);
    e = Math.min(Math.max(e, 0), d);
  } else {
    s = Math.min(Math.max(s, 0), d - 1);
    e = Math.min(Math.max(e, -1), d - 1);
  }
  const len = Math.max(0, Math.ceil((e - s) / step));
  return { start: s, len };
}

function sliceSpecs(rank: number, starts: readonly number[], ends: readonly number[], axes: readonly number[] | undefined, steps: readonly number[] | undefined, allowNegAxes: boolean): SliceAxis[] {
  if (starts.length !== ends.length) throw new OpError(`starts has ${starts.length} entries, ends ${ends.length}`);
  const ax = axes ?? starts.map((_, i) => i);
  if (ax.length !== starts.length) throw new OpError(`axes has ${ax.length} entries, starts ${starts.length}`);
  if (steps && steps.length !== starts.length) throw new OpError(`steps has ${steps.length} entries, starts ${starts.length}`);
  const seen = new Set<number>();
  return ax.map((a, i) => {
    if (a < 0 && !allowNegAxes) throw new OpError(`axis ${a} is negative`);
    const axis = normalizeAxis(a, rank);
    if (seen.has(axis)) throw new OpError(`axes [${ax.join(',')}] repeat axis ${axis}`);
    seen.add(axis);
    return { axis, start: starts[i]!, end: ends[i]!, step: steps ? steps[i]! : 1 };
  });
}

function inferSlice(ctx: InferContext, specs: SliceAxis[] | undefined, slicedAxes: readonly number[] | undefined) {
  const x = ctx.input(0);
  const s = ctx.shapeOf(0);
  if (!specs) {
    // Values unknown: sliced axes get fresh dims (all axes when even the axes are unknown).
    const shape = s.map((d, i) => (!slicedAxes || slicedAxes.includes(i) ? ctx.freshDim('slice') : d));
    return single({ dtype: x.type.dtype, shape });
  }
  const ranges = new Map<number, { start: number; len: number; step: number }>();
  const shape: SymDim[] = [...s];
  for (const sp of specs) {
    const d = s[sp.axis]!;
    if (typeof d === 'number') {
      const r = sliceRange(d, sp.start, sp.end, sp.step);
      ranges.set(sp.axis, { start: r.start, len: r.len, step: sp.step });
      shape[sp.axis] = r.len;
    } else if (sp.step === 1 && sp.start === 0 && sp.end >= TO_THE_END) {
      shape[sp.axis] = d; // the whole symbolic axis
    } else if (sp.step === -1 && sp.start === -1 && sp.end <= -TO_THE_END) {
      shape[sp.axis] = d; // the whole axis reversed
    } else {
      shape[sp.axis] = ctx.freshDim('slice');
    }
  }
  let value: KnownValue | undefined;
  if (x.value && isConcrete(s) && isConcrete(shape) && numel(shape) <= MAX_FOLD_ELEMENTS) {
    const strides = stridesOf(s);
    const n = numel(shape);
    const data = new Array<number>(n);
    const idx = new Array<number>(shape.length).fill(0);
    for (let o = 0; o < n; o++) {
      let src = 0;
      for (let k = 0; k < idx.length; k++) {
        const r = ranges.get(k);
        src += (r ? r.start + idx[k]! * r.step : idx[k]!) * strides[k]!;
      }
      data[o] = x.value.data[src]!;
      for (let k = idx.length - 1; k >= 0; k--) {
        if (++idx[k]! < shape[k]!) break;
        idx[k] = 0;
      }
    }
    value = knownValue(x.value.dtype, shape, data);
  }
  return single({ dtype: x.type.dtype, shape }, value);
}

const sliceDoc: OpDoc = {
  flops: DATA_MOVEMENT_FLOPS,
  memory: 'the slice read (= output bytes) + output written + the starts/ends/axes/steps vectors',
  peers: 'the plain inputs+outputs rule would charge the whole input.',
};

const sliceOps: OpDef[] = [
  {
    domain: '', opType: 'Slice', since: 1, doc: sliceDoc,
    infer: (ctx) => {
      const r = ctx.shapeOf(0).length;
      const axes = ctx.attrs.has('axes') ? ctx.attrs.ints('axes') : undefined;
      return inferSlice(ctx, sliceSpecs(r, ctx.attrs.ints('starts'), ctx.attrs.ints('ends'), axes, undefined, false), undefined);
    },
    cost: (ctx, outputs) => (movesOnly(selectionBytes(ctx, outputs, []))),
  },
  {
    domain: '', opType: 'Slice', since: 10, doc: sliceDoc,
    infer: (ctx) => {
      const r = ctx.shapeOf(0).length;
      ctx.input(1);
      ctx.input(2);
      const starts = intsOf(ctx, 1);
      const ends = intsOf(ctx, 2);
      const axes = ctx.inputs[3] ? intsOf(ctx, 3) : undefined;
      const axesUnknown = ctx.inputs[3] !== undefined && axes === undefined;
      const steps = ctx.inputs[4] ? intsOf(ctx, 4) : undefined;
      const stepsUnknown = ctx.inputs[4] !== undefined && steps === undefined;
      if (!starts || !ends || axesUnknown || stepsUnknown) {
        let sliced: number[] | undefined;
        if (axes) sliced = axes.map((a) => normalizeAxis(a, r));
        else if (!axesUnknown) {
          const n = ctx.input(1).type.shape?.[0];
          if (typeof n === 'number' && n > r) throw new OpError(`starts has ${n} entries, more than the data's rank ${r}`);
          if (typeof n === 'number') sliced = Array.from({ length: n }, (_, i) => i);
        }
        return inferSlice(ctx, undefined, sliced);
      }
      return inferSlice(ctx, sliceSpecs(r, starts, ends, axes, steps, true), undefined);
    },
    cost: (ctx, outputs) => (movesOnly(selectionBytes(ctx, outputs, [1, 2, 3, 4]))),
  },
];

// ---------------------------------------------------------------------------------------------
// Data-dependent outputs

const dataDependentDoc = (what: string): OpDoc => ({
  flops: DATA_MOVEMENT_FLOPS,
  memory: `inputs + outputs when the ${what} is known (folded); otherwise only the inputs, and the cost is marked a lower bound`,
});

function makeCompress(since: number): OpDef {
  return {
    domain: '', opType: 'Compress', since,
    doc: {
      flops: DATA_MOVEMENT_FLOPS,
      memory: 'condition + selected elements read (= output bytes) + output written when the condition is known; otherwise only the inputs, and the cost is marked a lower bound',
    },
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const cond = ctx.input(1);
      const hasAxis = ctx.attrs.has('axis');
      if (hasAxis && ctx.attrs.int('axis') < 0 && since < 11) throw new OpError('negative axis is allowed from opset 11');
      const axis = hasAxis ? normalizeAxis(ctx.attrs.int('axis'), s.length) : -1;
      let kept: SymDim;
      if (cond.value) {
        // Conditions beyond the selected length are ignored; a shorter condition selects fewer.
        const len = hasAxis ? s[axis]! : s.every((d) => typeof d === 'number') ? numel(s) : undefined;
        const used = typeof len === 'number' ? cond.value.data.slice(0, len) : cond.value.data;
        kept = used.filter((v) => v !== 0).length;
      } else {
        kept = ctx.freshDim('compress');
      }
      const shape = hasAxis ? s.map((d, i) => (i === axis ? kept : d)) : [kept];
      return single({ dtype: x.type.dtype, shape });
    },
    cost: (ctx, outputs) => {
      const out = outputs[0]!;
      // Known count: the condition + the selected elements read + the output written.
      if (out.shape && isConcrete(out.shape)) return movesOnly(selectionBytes(ctx, outputs, [1]));
      return { macs: 0, flops: 0, bytes: inputBytes(ctx, [0, 1]), lowerBound: 'Compress output size depends on the data' };
    },
  };
}

function makeNonZero(since: number): OpDef {
  return {
    domain: '', opType: 'NonZero', since, doc: dataDependentDoc('number of non-zero elements'),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      if (x.value && isConcrete(s)) {
        const strides = stridesOf(s);
        const hits: number[] = [];
        x.value.data.forEach((v, i) => { if (v !== 0) hits.push(i); });
        // Output [rank, count]: row k lists the k-th coordinate of every hit.
        const data: number[] = [];
        for (let k = 0; k < s.length; k++) for (const h of hits) data.push(Math.floor(h / strides[k]!) % s[k]!);
        const shape = [s.length, hits.length];
        return single({ dtype: 'int64', shape }, knownValue('int64', shape, data));
      }
      return single({ dtype: 'int64', shape: [s.length, ctx.freshDim('nonzero')] });
    },
    cost: (ctx, outputs) => {
      const out = outputs[0]!;
      if (out.shape && isConcrete(out.shape)) return NO_ARITHMETIC;
      return { macs: 0, flops: 0, bytes: bytesOf(ctx.input(0).type), lowerBound: 'NonZero output size depends on the data' };
    },
  };
}

const uniqueOp: OpDef = {
  domain: '', opType: 'Unique', since: 11,
  doc: {
    flops: '0: sorting and comparison select data; not floating-point arithmetic',
    memory: 'input bytes read; outputs depend on the number of unique values (lower bound)',
  },
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    const u = ctx.freshDim('unique');
    let y: SymDim[];
    let inverseLen: SymDim;
    if (ctx.attrs.has('axis')) {
      const axis = normalizeAxis(ctx.attrs.int('axis'), s.length);
      y = s.map((d, i) => (i === axis ? u : d));
      inverseLen = s[axis]!;
    } else {
      y = [u];
      inverseLen = s.every((d) => typeof d === 'number') ? numel(s) : ctx.freshDim('unique_inverse');
    }
    const outputs: TensorType[] = [
      { dtype: x.type.dtype, shape: y },
      { dtype: 'int64', shape: [u] },
      { dtype: 'int64', shape: [inverseLen] },
      { dtype: 'int64', shape: [u] },
    ];
    return { outputs: outputs.slice(0, Math.max(1, ctx.node.outputs.length)) };
  },
  cost: (ctx) => ({ macs: 0, flops: 0, bytes: bytesOf(ctx.input(0).type), lowerBound: 'Unique output size depends on the data' }),
};

const nmsOp: OpDef = {
  domain: '', opType: 'NonMaxSuppression', since: 10,
  doc: {
    flops: 'worst case (nothing suppressed early): 13 per box pair per class per batch = 13*N*C*B*(B-1)/2 (IoU: 4 min/max, 4 for width/height, 1 area product, 2 union, 1 divide, 1 compare) + 3*B per batch for areas',
    memory: 'boxes + scores read; selected indices written (data-dependent, lower bound)',
  },
  infer: (ctx) => {
    const boxes = ctx.shapeOf(0);
    const scores = ctx.shapeOf(1);
    if (boxes.length !== 3 || (typeof boxes[2] === 'number' && boxes[2] !== 4)) throw new OpError(`boxes must be [batch, boxes, 4], got [${boxes.join(',')}]`);
    if (scores.length !== 3) throw new OpError(`scores must be [batch, classes, boxes], got [${scores.join(',')}]`);
    return single({ dtype: 'int64', shape: [ctx.freshDim('nms_selected'), 3] });
  },
  cost: (ctx) => {
    const [N, B] = concrete(ctx.shapeOf(0)) as [number, number];
    const C = concrete(ctx.shapeOf(1))[1]!;
    const flops = 13 * N * C * (B * (B - 1)) / 2 + 3 * B * N;
    return { macs: 0, flops, bytes: inputBytes(ctx, [0, 1]), lowerBound: 'NonMaxSuppression output size depends on the data' };
  },
};

// ---------------------------------------------------------------------------------------------
// OneHot

const oneHotOp: OpDef = {
  domain: '', opType: 'OneHot', since: 9,
  doc: { flops: '0: writes on/off values (no arithmetic)' },
  infer: (ctx) => {
    const is = ctx.shapeOf(0);
    ctx.input(1);
    const values = ctx.input(2);
    const depth = ctx.inputs[1]?.value?.data[0];
    const outRank = is.length + 1;
    const axis = normalizeAxis(ctx.attrs.int('axis', -1), outRank);
    if (depth !== undefined && depth < 1) throw new OpError(`depth ${depth} must be positive`);
    const d: SymDim = depth !== undefined ? Math.trunc(depth) : ctx.freshDim('one_hot_depth');
    const shape = [...is.slice(0, axis), d, ...is.slice(axis)];
    return single({ dtype: values.type.dtype, shape });
  },
  cost: () => NO_ARITHMETIC,
};

// ---------------------------------------------------------------------------------------------
// com.microsoft GatherBlockQuantized

const gbqOp: OpDef = {
  domain: 'com.microsoft', opType: 'GatherBlockQuantized', since: 1,
  doc: {
    flops: '2 per output element (dequantize: subtract zero point, multiply by scale)',
    memory: 'indices + gathered quantized rows (bits per element) + their scales (and zero points) read, output written at the scales dtype; the rest of the table is not read',
  },
  infer: (ctx) => {
    const data = ctx.input(0);
    const s = ctx.shapeOf(0);
    const is = ctx.shapeOf(1);
    const scales = ctx.input(2);
    const bits = ctx.attrs.int('bits', 4);
    if (![2, 4, 8].includes(bits)) throw new OpError(`bits ${bits} is not supported (2, 4 or 8)`);
    const blockSize = ctx.attrs.int('block_size', 128);
    if (blockSize < 16 || (blockSize & (blockSize - 1)) !== 0) throw new OpError(`block_size ${blockSize} must be a power of 2 and >= 16`);
    const gatherAxis = normalizeAxis(ctx.attrs.int('gather_axis', 0), s.length);
    const quantizeAxis = normalizeAxis(ctx.attrs.int('quantize_axis', 1), s.length);
    // uint8 data packs 8/bits values per byte along the quantize axis; int4/uint4 data is logical.
    const packing = data.type.dtype === 'uint8' ? 8 / bits : 1;
    const logical = s.map((d, i) => (i === quantizeAxis && packing !== 1 ? (typeof d === 'number' ? d * packing : ctx.freshDim('gbq')) : d));
    const ss = scales.type.shape;
    if (ss && isConcrete(ss) && isConcrete(logical)) {
      const expected = (logical as readonly number[]).map((d, i) => (i === quantizeAxis ? Math.ceil(d / blockSize) : d));
      if (ss.length !== expected.length || ss.some((d, i) => d !== expected[i])) {
        throw new OpError(`scales shape [${ss.join(',')}] does not match data [${logical.join(',')}] with block_size ${blockSize} on axis ${quantizeAxis} (expected [${expected.join(',')}])`);
      }
    }
    if (!scales.type.dtype) throw new OpError('scales have no known element type');
    return single({ dtype: scales.type.dtype, shape: gatherShape(logical, is, gatherAxis) });
  },
  cost: (ctx, outputs) => {
    const out = outputs[0]!;
    const outElems = numel(out.shape ?? []);
    const bits = ctx.attrs.int('bits', 4);
    const blockSize = ctx.attrs.int('block_size', 128);
    const dataDtype: DType = ctx.input(0).type.dtype ?? 'uint8';
    // Quantized elements read = output elements; packed at `bits` each (int4/uint4 dtypes are 4 bits).
    const qBits = dataDtype === 'uint8' ? bits : dtypeBits(dataDtype);
    const qBytes = Math.ceil((outElems * qBits) / 8);
    const quantizeAxis = normalizeAxis(ctx.attrs.int('quantize_axis', 1), ctx.shapeOf(0).length);
    const gatherAxis = normalizeAxis(ctx.attrs.int('gather_axis', 0), ctx.shapeOf(0).length);
    // Scales read: one per block of the gathered elements (blocks run along the quantize axis).
    const blocksRead = quantizeAxis === gatherAxis ? outElems : Math.ceil(outElems / blockSize);
    const scaleDtype = ctx.input(2).type.dtype!;
    let bytes = inputBytes(ctx, [1]) + qBytes + bytesFor(scaleDtype, blocksRead) + bytesOf(out);
    const zp = ctx.inputs[3];
    if (zp?.type.dtype) bytes += zp.type.dtype === 'uint8' ? Math.ceil((blocksRead * bits) / 8) : bytesFor(zp.type.dtype, blocksRead);
    return { macs: 0, flops: 2 * outElems, bytes };
  },
};

// TensorScatter (opset 24): writes `update` into a KV cache along `axis` (default -2) at per-batch
// offsets. The output has the cache's shape. Runtimes update the cache in place, so memory access
// is the update read and written (+ the offsets), not a copy of the whole cache.
const tensorScatterOp: OpDef = {
  domain: '', opType: 'TensorScatter', since: 24,
  doc: { flops: DATA_MOVEMENT_FLOPS, memory: 'update bytes read + the same written into the cache (in place) + write_indices read' },
  infer(ctx) {
    const cache = ctx.shapeOf(0);
    const update = ctx.shapeOf(1);
    if (cache.length < 2) throw new OpError(`past_cache must have rank >= 2, got ${cache.length}`);
    if (update.length !== cache.length) throw new OpError(`update rank ${update.length} differs from past_cache rank ${cache.length}`);
    const axis = normalizeAxis(ctx.attrs.int('axis', -2), cache.length);
    if (axis === 0) throw new OpError('axis cannot be the batch axis 0');
    const mode = ctx.attrs.string('mode', 'linear');
    if (mode !== 'linear' && mode !== 'circular') throw new OpError(`mode must be linear or circular, got '${mode}'`);
    for (let i = 0; i < cache.length; i++) {
      const a = cache[i], b = update[i];
      if (typeof a !== 'number' || typeof b !== 'number') continue;
      if (i === axis ? b > a : a !== b) {
        throw new OpError(`update [${update.join(',')}] does not fit past_cache [${cache.join(',')}] along axis ${axis}`);
      }
    }
    return single({ dtype: ctx.input(0).type.dtype, shape: [...cache] });
  },
  cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * bytesOf(ctx.input(1).type) + inputBytes(ctx, [2]) }),
};

export const ops: OpDef[] = [
  tensorScatterOp,
  gatherOp,
  gatherElementsOp,
  makeGatherND(11), makeGatherND(12),
  makeScatter('Scatter', 9, false),
  makeScatter('ScatterElements', 11, false), makeScatter('ScatterElements', 16, true), makeScatter('ScatterElements', 18, true),
  makeScatter('ScatterND', 11, false), makeScatter('ScatterND', 16, true), makeScatter('ScatterND', 18, true),
  ...sliceOps,
  makeCompress(9), makeCompress(11),
  makeNonZero(9),
  uniqueOp,
  nmsOp,
  oneHotOp,
  gbqOp,
];
