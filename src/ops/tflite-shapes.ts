/**
 * Shape functions for TFLite ops whose stored output shape can hold a -1 downstream of a dynamic
 * dim (a batch bound with --dim): indexing, block rearrangement, recurrent layers and the ops whose
 * output size comes from a small constant input. They run only for the dims the file leaves
 * dynamic (tflite-common.ts resolveOutputs); a dim they cannot work out stays a fresh symbol.
 */
import { OpError } from '../shapes/types.js';
import type { InferContext, SymDim } from '../shapes/types.js';
import { normalizeAxis } from '../shapes/util.js';
import { sliceRange } from './indexing.js';
import { intsOf, storedOutputs } from './tflite-common.js';
import type { ShapeFn } from './tflite-common.js';

/** Input i as a list of known integers, or an OpError naming what is unknown. */
export function knownInts(ctx: InferContext, i: number, what: string): number[] {
  const v = intsOf(ctx, i);
  if (!v) throw new OpError(`${what} is not a known constant`);
  return v;
}

/** a * b, or a fresh symbol when either is symbolic. */
function mulDim(ctx: InferContext, a: SymDim, b: number, hint: string): SymDim {
  return typeof a === 'number' ? a * b : ctx.freshDim(`${ctx.node.name}:${hint}`);
}

const bit = (mask: number, i: number): boolean => ((mask >>> i) & 1) === 1;
/** Beyond any dim: a masked begin/end that sliceRange clamps to the axis' edge. */
const FAR = 2 ** 31;

/**
 * STRIDED_SLICE(input, begin, end, strides) with TensorFlow's masks: begin_mask/end_mask take the
 * whole range on that side, shrink_axis_mask takes one element and drops the axis,
 * new_axis_mask inserts an axis of 1, ellipsis_mask stands for every axis the spec does not name;
 * `offset` makes end relative to begin.
 */
export const stridedSlice: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const begin = knownInts(ctx, 1, 'begin'), end = knownInts(ctx, 2, 'end');
  const strides = ctx.inputs[3] ? knownInts(ctx, 3, 'strides') : begin.map(() => 1);
  const n = begin.length;
  if (end.length !== n || strides.length !== n) throw new OpError(`begin, end and strides have ${n}, ${end.length} and ${strides.length} entries`);
  const m = (k: string): number => ctx.attrs.int(k, 0);
  const [bm, em, ellipsis, newAxis, shrink] = ['begin_mask', 'end_mask', 'ellipsis_mask', 'new_axis_mask', 'shrink_axis_mask'].map(m) as [number, number, number, number, number];
  const offset = ctx.attrs.int('offset', 0) !== 0;
  let named = 0;
  for (let i = 0; i < n; i++) if (!bit(ellipsis, i) && !bit(newAxis, i)) named++;
  if (named > x.length) throw new OpError(`the slice names ${named} axes of a rank-${x.length} input`);
  const out: SymDim[] = [];
  let axis = 0;
  let sawEllipsis = false;
  for (let i = 0; i < n; i++) {
    if (bit(ellipsis, i)) {
      if (sawEllipsis) throw new OpError('ellipsis_mask has more than one bit set');
      sawEllipsis = true;
      for (const stop = axis + x.length - named; axis < stop; axis++) out.push(x[axis]!);
      continue;
    }
    if (bit(newAxis, i)) {
      out.push(1);
      continue;
    }
    const d = x[axis++]!;
    if (bit(shrink, i)) continue;
    const step = strides[i]!;
    if (step === 0) throw new OpError(`stride ${i} is 0`);
    if (bit(bm, i) && bit(em, i) && step === 1) {
      out.push(d);
      continue;
    }
    if (typeof d !== 'number') {
      out.push(ctx.freshDim(`${ctx.node.name}:slice`));
      continue;
    }
    const b = bit(bm, i) ? (step > 0 ? 0 : FAR) : begin[i]!;
    const e = bit(em, i) ? (step > 0 ? FAR : -FAR) : offset ? begin[i]! + end[i]! : end[i]!;
    out.push(sliceRange(d, b, e, step).len);
  }
  // Axes the spec leaves out are kept whole.
  out.push(...x.slice(axis));
  return [{ dtype: undefined, shape: out }];
};

/** GATHER_ND(params, indices): indices' leading dims, then params' dims past the indexed ones. */
export const gatherNd: ShapeFn = (ctx) => {
  const params = ctx.shapeOf(0), idx = ctx.shapeOf(1);
  const k = idx[idx.length - 1];
  if (typeof k !== 'number') throw new OpError('the index depth (last dim of indices) is not known');
  if (k > params.length) throw new OpError(`indices of depth ${k} into a rank-${params.length} input`);
  return [{ dtype: undefined, shape: [...idx.slice(0, -1), ...params.slice(k)] }];
};

/** block_shape (input 1) and its per-axis paddings or crops (input 2, [M, 2]). */
function blockSpec(ctx: InferContext, x: readonly SymDim[], what: string): { block: number[]; pads: number[] } {
  const block = knownInts(ctx, 1, 'block_shape');
  const pads = knownInts(ctx, 2, what);
  if (block.length < 1 || block.length + 1 > x.length || pads.length !== 2 * block.length || block.some((b) => b < 1)) {
    throw new OpError(`block_shape [${block.join(',')}] and ${what} (${pads.length} values) do not fit a rank-${x.length} input`);
  }
  return { block, pads };
}

/** SPACE_TO_BATCH_ND: batch x prod(block), each padded spatial dim / its block. */
export const spaceToBatch: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const { block, pads } = blockSpec(ctx, x, 'paddings');
  const out: SymDim[] = [mulDim(ctx, x[0]!, block.reduce((a, b) => a * b, 1), 'batch')];
  block.forEach((b, i) => {
    const d = x[i + 1]!;
    if (typeof d !== 'number') return out.push(ctx.freshDim(`${ctx.node.name}:space`));
    const padded = d + pads[2 * i]! + pads[2 * i + 1]!;
    if (padded % b !== 0) throw new OpError(`padded axis ${i + 1} (${padded}) does not divide by block ${b}`);
    return out.push(padded / b);
  });
  out.push(...x.slice(block.length + 1));
  return [{ dtype: undefined, shape: out }];
};

/** BATCH_TO_SPACE_ND: batch / prod(block), each spatial dim x its block minus the crops. */
export const batchToSpace: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const { block, pads: crops } = blockSpec(ctx, x, 'crops');
  const prod = block.reduce((a, b) => a * b, 1);
  const n = x[0]!;
  if (typeof n === 'number' && n % prod !== 0) throw new OpError(`batch ${n} does not divide by the block size ${prod}`);
  const out: SymDim[] = [typeof n === 'number' ? n / prod : ctx.freshDim(`${ctx.node.name}:batch`)];
  block.forEach((b, i) => {
    const d = x[i + 1]!;
    out.push(typeof d === 'number' ? d * b - crops[2 * i]! - crops[2 * i + 1]! : ctx.freshDim(`${ctx.node.name}:space`));
  });
  out.push(...x.slice(block.length + 1));
  return [{ dtype: undefined, shape: out }];
};

/**
 * Outputs that keep input 0's leading dims (batch, and time for sequence ops) and end in a size of
 * their own (units, k): the last dim is left as stored.
 */
export function leadingDimsOf(input = 0): ShapeFn {
  return (ctx) => {
    const x = ctx.shapeOf(input);
    return storedOutputs(ctx).map((vi) => {
      const rank = vi.shape?.length;
      if (rank === undefined || rank < 1 || rank > x.length) return undefined;
      return { dtype: undefined, shape: [...x.slice(0, rank - 1), vi.shape![rank - 1] ?? ctx.freshDim(`${ctx.node.name}:last`)] };
    });
  };
}

/** ONE_HOT(indices, depth, on, off): depth inserted at `axis` (-1: last). */
export const oneHot: ShapeFn = (ctx) => {
  const idx = ctx.shapeOf(0);
  const depth = knownInts(ctx, 1, 'depth')[0];
  if (depth === undefined || depth < 0) throw new OpError('depth is not a non-negative constant');
  const a = ctx.attrs.int('axis', -1);
  const axis = a === -1 ? idx.length : normalizeAxis(a, idx.length + 1);
  return [{ dtype: undefined, shape: [...idx.slice(0, axis), depth, ...idx.slice(axis)] }];
};

/** TOPK_V2(input, k): values and indices of shape input[:-1] + [k]. */
export const topK: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  const k = knownInts(ctx, 1, 'k')[0];
  if (k === undefined || k < 0) throw new OpError('k is not a non-negative constant');
  const out = { dtype: undefined, shape: [...x.slice(0, -1), k] };
  return [out, out];
};

/** MATRIX_DIAG: a diagonal [..., n] becomes [..., n, n]. */
export const matrixDiag: ShapeFn = (ctx) => {
  const x = ctx.shapeOf(0);
  if (x.length < 1) throw new OpError('the diagonal has rank 0');
  return [{ dtype: undefined, shape: [...x, x[x.length - 1]!] }];
};

/** RANGE(start, limit, delta): ceil((limit - start) / delta) elements. */
export const range: ShapeFn = (ctx) => {
  const [s, l, d] = [0, 1, 2].map((i) => knownInts(ctx, i, ['start', 'limit', 'delta'][i]!)[0]);
  if (s === undefined || l === undefined || !d) throw new OpError('start, limit and delta are not known non-zero constants');
  return [{ dtype: undefined, shape: [Math.max(0, Math.ceil((l - s) / d))] }];
};

/** UNSORTED_SEGMENT_*(data, segment_ids, num_segments): [num_segments] + data's dims past the ids'. */
export const unsortedSegment: ShapeFn = (ctx) => {
  const data = ctx.shapeOf(0), ids = ctx.shapeOf(1);
  const n = knownInts(ctx, 2, 'num_segments')[0];
  if (n === undefined || n < 0) throw new OpError('num_segments is not a non-negative constant');
  return [{ dtype: undefined, shape: [n, ...data.slice(ids.length)] }];
};
