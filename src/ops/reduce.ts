/**
 * Reductions, arg-max/min, TopK, CumSum/CumProd and Det.
 *
 * FLOPs convention for Reduce*: every input element costs its per-element map (abs, square, exp:
 * 1 each) plus 1 to accumulate; every output element costs its finishing step (mean divide, sqrt,
 * log: 1 each). With noop_with_empty_axes=1 and no axes nothing is reduced, but the spec keeps
 * the non-reduction steps per element (ReduceSumSquare squares, ReduceL2 squares and takes the
 * root, ReduceLogSum takes the log); plain reductions (Sum, Mean, Max, ...) cost 0 then.
 */
import { OpError, UnresolvedDimError } from '../shapes/types.js';
import type { DType } from '../graph/dtype.js';
import type { Cost, InferContext, InferResult, KnownValue, OpDef, SymDim, TensorType } from '../shapes/types.js';
import { elementsOf, normalizeAxis, numel } from '../shapes/util.js';
import { exactIntegerValue, toDType } from './elementwise.js';

// ---- axis bookkeeping ------------------------------------------------------------------------

/** Resolved reduction axes: a set of non-negative axes, 'noop' (identity), or unknown (count known or not). */
type Axes = { kind: 'axes'; axes: number[] } | { kind: 'noop' } | { kind: 'unknown'; count: number | undefined };

function resolveAxes(ctx: InferContext, fromInput: boolean, rank: number): Axes {
  const all = (): Axes => ({ kind: 'axes', axes: Array.from({ length: rank }, (_, i) => i) });
  const normalize = (list: readonly number[]): Axes => {
    const axes = [...new Set(list.map((a) => normalizeAxis(a, rank)))].sort((a, b) => a - b);
    return { kind: 'axes', axes };
  };
  if (!fromInput) {
    const list = ctx.attrs.ints('axes', []);
    return list.length === 0 ? all() : normalize(list);
  }
  const noop = ctx.attrs.int('noop_with_empty_axes', 0) === 1;
  const input = ctx.inputs[1];
  const empty = (): Axes => (noop ? { kind: 'noop' } : all());
  if (!input) return empty();
  if (input.value) return input.value.data.length === 0 ? empty() : normalize(input.value.data);
  const shape = input.type.shape;
  const count = shape && shape.length === 1 && typeof shape[0] === 'number' ? shape[0] : undefined;
  if (count === 0) return empty();
  return { kind: 'unknown', count };
}

function reducedShape(ctx: InferContext, shape: readonly SymDim[], axes: Axes, keepdims: boolean): SymDim[] | undefined {
  if (axes.kind === 'noop') return [...shape];
  if (axes.kind === 'axes') {
    const out: SymDim[] = [];
    shape.forEach((d, i) => {
      if (!axes.axes.includes(i)) out.push(d);
      else if (keepdims) out.push(1);
    });
    return out;
  }
  // Data-dependent axes: the rank is known when keepdims=1 or the axes count is known; the dims are not.
  const rank = keepdims ? shape.length : axes.count !== undefined ? shape.length - axes.count : undefined;
  if (rank === undefined || rank < 0) return undefined;
  return Array.from({ length: rank }, () => ctx.freshDim('reduced'));
}

/** Row-major reduction of `v` over `axes`: each output element folds the input elements mapped onto it. */
function reduceValues(
  v: KnownValue, axes: readonly number[], keepdims: boolean, dtype: DType,
  init: number, step: (acc: number, x: number, i: number, o: number) => number, finish: (acc: number, count: number) => number,
): KnownValue {
  const shape = v.shape;
  const outShape = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const outStrides = new Array<number>(shape.length).fill(0);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    outStrides[i] = stride;
    stride *= outShape[i]!;
  }
  const total = stride;
  const acc = new Array<number>(total).fill(init);
  const pos = new Array<number>(total).fill(0);
  const index = new Array<number>(shape.length).fill(0);
  for (let n = 0; n < v.data.length; n++) {
    let o = 0;
    for (let d = 0; d < shape.length; d++) {
      if (!axes.includes(d)) o += index[d]! * outStrides[d]!;
    }
    const along = pos[o]!;
    acc[o] = step(acc[o]!, v.data[n]!, along, o);
    pos[o] = along + 1;
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++index[d]! < shape[d]!) break;
      index[d] = 0;
    }
  }
  const count = axes.reduce((a, ax) => a * shape[ax]!, 1);
  return {
    dtype,
    shape: keepdims ? outShape : shape.filter((_, i) => !axes.includes(i)),
    data: acc.map((a) => toDType(dtype, finish(a, count))),
  };
}

// ---- Reduce* ---------------------------------------------------------------------------------

interface ReduceKind {
  readonly opType: string;
  /** Per-element map before accumulation (FLOPs per input element, excluding the accumulate). */
  readonly mapOps: number;
  /** Finishing ops per output element. */
  readonly finishOps: number;
  /** Per-element ops when no axes are reduced (noop_with_empty_axes): the non-reduction steps only. */
  readonly noopOps: number;
  readonly map: (x: number) => number;
  readonly init: number;
  readonly combine: (acc: number, x: number) => number;
  readonly finish: (acc: number, count: number) => number;
  readonly doc: string;
  readonly peers?: string;
}

const id = (x: number): number => x;
const sum = (a: number, x: number): number => a + x;

const KINDS: readonly ReduceKind[] = [
  { opType: 'ReduceSum', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: 0, combine: sum, finish: id, doc: '1 per input element (accumulate)' },
  { opType: 'ReduceMean', noopOps: 0, mapOps: 0, finishOps: 1, map: id, init: 0, combine: sum, finish: (a, n) => a / n, doc: '1 per input element (accumulate) + 1 per output element (divide)' },
  { opType: 'ReduceMax', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: -Infinity, combine: Math.max, finish: id, doc: '1 per input element (compare)' },
  { opType: 'ReduceMin', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: Infinity, combine: Math.min, finish: id, doc: '1 per input element (compare)' },
  { opType: 'ReduceProd', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: 1, combine: (a, x) => a * x, finish: id, doc: '1 per input element (multiply)' },
  { opType: 'ReduceL1', noopOps: 1, mapOps: 1, finishOps: 0, map: Math.abs, init: 0, combine: sum, finish: id, doc: '2 per input element (abs, accumulate)' },
  { opType: 'ReduceL2', noopOps: 2, mapOps: 1, finishOps: 1, map: (x) => x * x, init: 0, combine: sum, finish: Math.sqrt, doc: '2 per input element (square, accumulate) + 1 per output element (sqrt)' },
  { opType: 'ReduceLogSum', noopOps: 1, mapOps: 0, finishOps: 1, map: id, init: 0, combine: sum, finish: Math.log, doc: '1 per input element (accumulate) + 1 per output element (log)' },
  { opType: 'ReduceLogSumExp', noopOps: 2, mapOps: 1, finishOps: 1, map: Math.exp, init: 0, combine: sum, finish: Math.log, doc: '2 per input element (exp, accumulate) + 1 per output element (log)' },
  { opType: 'ReduceSumSquare', noopOps: 1, mapOps: 1, finishOps: 0, map: (x) => x * x, init: 0, combine: sum, finish: id, doc: '2 per input element (square, accumulate)' },
];

function reduceDef(kind: ReduceKind, since: number, fromInput: boolean): OpDef {
  return {
    domain: '', opType: kind.opType, since,
    infer(ctx): InferResult {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (!shape) return { outputs: [{ dtype: x.type.dtype, shape: undefined }] };
      const keepdims = ctx.attrs.int('keepdims', 1) === 1;
      const axes = resolveAxes(ctx, fromInput, shape.length);
      const out: TensorType = { dtype: x.type.dtype, shape: reducedShape(ctx, shape, axes, keepdims) };
      if (!x.value || axes.kind === 'unknown') return { outputs: [out] };
      const dtype = x.value.dtype;
      const folded = axes.kind === 'noop'
        ? { dtype, shape: x.value.shape, data: x.value.data.map((v) => toDType(dtype, kind.finish(kind.map(v), 1))) }
        : reduceValues(x.value, axes.axes, keepdims, dtype, kind.init, (a, v) => kind.combine(a, kind.map(v)), kind.finish);
      return { outputs: [out], values: [exactIntegerValue(folded, [x.value])] };
    },
    cost(ctx, outputs): Cost {
      const nIn = elementsOf(ctx.input(0).type);
      const nOut = elementsOf(outputs[0]!);
      const rank = ctx.shapeOf(0).length;
      const noop = resolveAxes(ctx, fromInput, rank).kind === 'noop';
      const flops = noop ? kind.noopOps * nIn : (kind.mapOps + 1) * nIn + kind.finishOps * nOut;
      return { macs: 0, flops };
    },
    doc: {
      flops: `${kind.doc}; axes ${fromInput ? 'from the optional second input (noop_with_empty_axes honoured)' : 'from the attribute'}; keepdims default 1`,
      ...(kind.peers ? { peers: kind.peers } : {}),
    },
  };
}

// Axes moved from attribute to input: ReduceSum at opset 13, the others at 18.
const reduceOps: OpDef[] = KINDS.flatMap((k) => {
  const switchAt = k.opType === 'ReduceSum' ? 13 : 18;
  return [reduceDef(k, 1, false), reduceDef(k, switchAt, true)];
});

// ---- ArgMax / ArgMin -------------------------------------------------------------------------

function argDef(opType: 'ArgMax' | 'ArgMin'): OpDef {
  const better = opType === 'ArgMax' ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  return {
    domain: '', opType, since: 1,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (!shape) return { outputs: [{ dtype: 'int64', shape: undefined }] };
      const axis = normalizeAxis(ctx.attrs.int('axis', 0), Math.max(shape.length, 1));
      const keepdims = ctx.attrs.int('keepdims', 1) === 1;
      const out: TensorType = { dtype: 'int64', shape: reducedShape(ctx, shape, { kind: 'axes', axes: [axis] }, keepdims) };
      if (!x.value || shape.length === 0) return { outputs: [out] };
      const last = ctx.attrs.int('select_last_index', 0) === 1;
      // The accumulator is the index along the axis; the best value so far is kept per output element.
      const vals = x.value;
      const best: number[] = [];
      const folded = reduceValues(vals, [axis], keepdims, 'int64', -1, (acc, v, i, o) => {
        if (acc < 0 || better(v, best[o]!) || (last && v === best[o])) {
          best[o] = v;
          return i;
        }
        return acc;
      }, id);
      return { outputs: [out], values: [folded] };
    },
    cost: (ctx) => ({ macs: 0, flops: elementsOf(ctx.input(0).type) }),
    doc: { flops: '1 per input element (compare); output int64 indices' },
  };
}

// ---- TopK ------------------------------------------------------------------------------------

function topKDef(since: number): OpDef {
  const kOf = (ctx: InferContext): number | undefined => {
    if (since < 10) return ctx.attrs.int('k');
    const k = ctx.input(1);
    const v = k.value;
    if (!v) return undefined;
    if (v.data.length !== 1) throw new OpError(`TopK K must hold one value, got ${v.data.length}`);
    return v.data[0]!;
  };
  return {
    domain: '', opType: 'TopK', since,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      const k = kOf(ctx);
      if (k !== undefined && (!Number.isInteger(k) || k < 0)) throw new OpError(`TopK k must be a non-negative integer, got ${k}`);
      if (!shape) return { outputs: [{ dtype: x.type.dtype, shape: undefined }, { dtype: 'int64', shape: undefined }] };
      if (shape.length === 0) throw new OpError('TopK input must have rank >= 1');
      const axis = normalizeAxis(ctx.attrs.int('axis', -1), shape.length);
      const dim = shape[axis]!;
      if (k !== undefined && typeof dim === 'number' && k > dim) throw new OpError(`TopK k=${k} exceeds axis ${axis} of size ${dim}`);
      const kDim: SymDim = k ?? ctx.freshDim('topk');
      const outShape = shape.map((d, i) => (i === axis ? kDim : d));
      return { outputs: [{ dtype: x.type.dtype, shape: outShape }, { dtype: 'int64', shape: outShape }] };
    },
    cost(ctx, outputs) {
      const nIn = elementsOf(ctx.input(0).type);
      const shape = outputs[0]!.shape;
      if (!shape) throw new UnresolvedDimError('rank');
      const k = shape[normalizeAxis(ctx.attrs.int('axis', -1), shape.length)]!;
      if (typeof k !== 'number') throw new UnresolvedDimError(k);
      return { macs: 0, flops: nIn * Math.max(1, Math.ceil(Math.log2(Math.max(k, 1)))) };
    },
    doc: {
      flops: `n * max(1, ceil(log2 k)) comparisons for n input elements (heap selection of k per row); k ${since < 10 ? 'attribute' : 'from the second input'}`,
    },
  };
}

// ---- CumSum, Det -----------------------------------------------------------------------------

/** CumSum (11) and CumProd (26): a running add or multiply along the axis given as input 1. */
function cumulative(opType: 'CumSum' | 'CumProd', since: number): OpDef {
  const product = opType === 'CumProd';
  return {
    domain: '', opType, since,
    infer(ctx) {
      const x = ctx.input(0);
      const axisIn = ctx.input(1);
      const out: TensorType = { dtype: x.type.dtype, shape: x.type.shape };
      if (x.type.shape && axisIn.value) normalizeAxis(axisIn.value.data[0]!, Math.max(x.type.shape.length, 1));
      if (!x.value || !axisIn.value || x.value.shape.length === 0) return { outputs: [out] };
      const v = x.value;
      const axis = normalizeAxis(axisIn.value.data[0]!, v.shape.length);
      const exclusive = ctx.attrs.int('exclusive', 0) === 1;
      const reverse = ctx.attrs.int('reverse', 0) === 1;
      const len = v.shape[axis]!;
      const inner = numel(v.shape.slice(axis + 1));
      const outer = numel(v.shape.slice(0, axis));
      const data = new Array<number>(v.data.length).fill(0);
      for (let o = 0; o < outer; o++) {
        for (let i = 0; i < inner; i++) {
          let running = product ? 1 : 0;
          for (let s = 0; s < len; s++) {
            const at = (o * len + (reverse ? len - 1 - s : s)) * inner + i;
            const next = product ? running * v.data[at]! : running + v.data[at]!;
            data[at] = toDType(v.dtype, exclusive ? running : next);
            running = next;
          }
        }
      }
      return { outputs: [out], values: [exactIntegerValue({ dtype: v.dtype, shape: v.shape, data }, [v])] };
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: elementsOf(outputs[0]!) }),
    doc: { flops: `1 per element (one running ${product ? 'multiply' : 'add'})` },
  };
}

const det: OpDef = {
  domain: '', opType: 'Det', since: 11,
  infer(ctx) {
    const x = ctx.input(0);
    const shape = x.type.shape;
    if (!shape) return { outputs: [{ dtype: x.type.dtype, shape: undefined }] };
    if (shape.length < 2) throw new OpError(`Det input must have rank >= 2, got rank ${shape.length}`);
    const [m, n] = shape.slice(-2);
    if (typeof m === 'number' && typeof n === 'number' && m !== n) throw new OpError(`Det needs square matrices, got ${m}x${n}`);
    return { outputs: [{ dtype: x.type.dtype, shape: shape.slice(0, -2) }] };
  },
  cost(ctx, outputs) {
    const shape = ctx.shapeOf(0);
    const m = shape[shape.length - 1]!;
    if (typeof m !== 'number') throw new UnresolvedDimError(m);
    return { macs: 0, flops: elementsOf(outputs[0]!) * Math.round((2 * m ** 3) / 3) };
  },
  doc: { flops: 'round(2M³/3) per M×M matrix (LU factorisation); the diagonal product is not counted' },
};

export const ops: OpDef[] = [
  ...reduceOps,
  argDef('ArgMax'),
  argDef('ArgMin'),
  topKDef(1),
  topKDef(10),
  cumulative('CumSum', 11),
  cumulative('CumProd', 26),
  det,
];
