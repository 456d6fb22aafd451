/** Shape and size helpers shared by every op family. */
import { bytesFor } from '../graph/dtype.js';
import type { DType } from '../graph/dtype.js';
import { MAX_RANK } from '../graph/limits.js';
import { MAX_FOLD_ELEMENTS, OpError, OpLimitError, UnresolvedDimError } from './types.js';
import type { InferContext, KnownValue, SymDim, TensorType } from './types.js';

/**
 * The rank of an output whose dims are given by a 1-D input of `length` elements (a shape input
 * whose values are unknown): throws OpLimitError above MAX_RANK rather than build 1e8 dims.
 */
export function rankFromLength(length: number, what: string): number {
  if (length > MAX_RANK) throw new OpLimitError(`${what} has ${length.toLocaleString('en-US')} elements: an output rank above ${MAX_RANK}, the largest model-budget supports`);
  return length;
}

/** Element count of a shape (from axis `from` on); throws UnresolvedDimError on a symbolic dim. */
export function numel(shape: readonly SymDim[], from = 0): number {
  let n = 1;
  for (let i = from; i < shape.length; i++) {
    const d = shape[i]!;
    if (typeof d !== 'number') throw new UnresolvedDimError(d);
    n *= d;
  }
  return n;
}

/** The shape as numbers; throws UnresolvedDimError on a symbolic dim. */
export function concrete(shape: readonly SymDim[]): number[] {
  return shape.map((d) => {
    if (typeof d !== 'number') throw new UnresolvedDimError(d);
    return d;
  });
}

/** Element count of a typed value; throws when its rank is unknown or a dim is symbolic. */
export function elementsOf(t: TensorType): number {
  if (!t.shape) throw new UnresolvedDimError('rank');
  return numel(t.shape);
}

/** Bytes of a typed value (0 for unknown dtype is not allowed: throws). */
export function bytesOf(t: TensorType): number {
  if (!t.dtype) throw new UnresolvedDimError('dtype');
  return bytesFor(t.dtype, elementsOf(t));
}

/** Numpy-style multidirectional broadcast of several shapes. */
export function broadcastShapes(shapes: ReadonlyArray<readonly SymDim[]>): SymDim[] {
  // Loops, not Math.max(...spread): this runs for every elementwise node.
  let rank = 0;
  for (let k = 0; k < shapes.length; k++) if (shapes[k]!.length > rank) rank = shapes[k]!.length;
  const out = new Array<SymDim>(rank);
  for (let i = 0; i < rank; i++) {
    let dim: SymDim = 1;
    for (let k = 0; k < shapes.length; k++) {
      const s = shapes[k]!;
      const d = s[s.length - rank + i];
      if (d === undefined || d === 1) continue;
      if (dim === 1) dim = d;
      else if (dim !== d) {
        if (typeof dim === 'number' && typeof d === 'number') {
          throw new OpError(`shapes [${shapes.map((x) => x.join(',')).join('] and [')}] do not broadcast`);
        }
        // Symbolic against concrete (or another symbol): the concrete one wins; the symbol must be 1 or equal.
        if (typeof dim !== 'number' && typeof d === 'number') dim = d;
      }
    }
    out[i] = dim;
  }
  return out;
}

/** An axis in [-rank, rank) made non-negative; throws OpError when out of range. */
export function normalizeAxis(axis: number, rank: number): number {
  if (axis < -rank || axis >= rank) throw new OpError(`axis ${axis} is out of range for rank ${rank}`);
  return axis < 0 ? axis + rank : axis;
}

/** Builds a KnownValue, or undefined when it is too large to fold. */
export function knownValue(dtype: DType, shape: readonly number[], data: readonly number[]): KnownValue | undefined {
  return data.length <= MAX_FOLD_ELEMENTS ? { dtype, shape, data } : undefined;
}

export function sameShape(a: readonly SymDim[], b: readonly SymDim[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * An op's possible outputs cut to the ones the node lists (an omitted ('') output still takes its
 * slot); a node listing more outputs than the op has is an error.
 */
export function fitOutputs(ctx: InferContext, all: TensorType[]): TensorType[] {
  const n = Math.max(1, ctx.node.outputs.length);
  if (n > all.length) throw new OpError(`${ctx.node.opType} has at most ${all.length} outputs (node lists ${n})`);
  return all.slice(0, n);
}
