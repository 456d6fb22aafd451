/**
 * Ops that create tensors: ConstantOfShape, Range, EyeLike, the Random* family, Multinomial,
 * Bernoulli. Shapes that come from input values (ConstantOfShape's shape, Range's bounds) are
 * folded when known and become fresh dims when not.
 *
 * FLOPs: filling is free; random generators count the affine map applied to each raw sample
 * (RandomNormal: mean + scale*z = 2, RandomUniform: low + (high-low)*u = 2), not the bit-level
 * generator itself.
 */
import { dtypeBits as bitsOf } from '../graph/dtype.js';
import { dtypeFromOnnx } from '../formats/onnx/dtype-codes.js';
import type { DType } from '../graph/dtype.js';
import { MAX_FOLD_ELEMENTS, OpError } from '../shapes/types.js';
import type { InferContext, KnownValue, OpDef, OpDoc, SymDim, TensorType } from '../shapes/types.js';
import { knownValue, numel, rankFromLength } from '../shapes/util.js';
import { NO_ARITHMETIC, movesOnly, castNumber, intsOf, isConcrete, single, tensorValue, valueOf } from './shape-ops.js';

const fillDoc: OpDoc = { flops: '0: writes a fill value', memory: 'output bytes written (the small shape input read)' };

// ---------------------------------------------------------------------------------------------
// ConstantOfShape

const constantOfShapeOp: OpDef = {
  domain: '', opType: 'ConstantOfShape', since: 9, doc: fillDoc,
  infer: (ctx) => {
    const shapeIn = ctx.input(0);
    const valueAttr = ctx.attrs.tensor('value');
    if (valueAttr && valueAttr.elements !== 1) throw new OpError(`attribute 'value' must hold one element, has ${valueAttr.elements}`);
    const dtype: DType = valueAttr?.dtype ?? 'float32';
    const fill = valueAttr ? tensorValue(valueAttr)?.data[0] : 0;
    const dims = intsOf(ctx, 0);
    let shape: SymDim[] | undefined;
    if (dims) {
      if (dims.some((d) => d < 0)) throw new OpError(`shape [${dims.join(',')}] has a negative dim`);
      shape = dims;
    } else {
      const len = shapeIn.type.shape?.[0];
      if (typeof len !== 'number') throw new OpError('the shape input is not a known constant and its length is unknown: the output rank cannot be inferred');
      shape = Array.from({ length: rankFromLength(len, 'the shape input') }, () => ctx.freshDim('constant_of_shape'));
    }
    let value: KnownValue | undefined;
    if (dims && fill !== undefined && numel(dims) <= MAX_FOLD_ELEMENTS) value = knownValue(dtype, dims, new Array<number>(numel(dims)).fill(fill));
    return single({ dtype, shape }, value);
  },
  cost: () => NO_ARITHMETIC,
};

// ---------------------------------------------------------------------------------------------
// Range

const rangeOp: OpDef = {
  domain: '', opType: 'Range', since: 11,
  doc: { flops: '1 per output element (one addition of delta each)', memory: 'output bytes written (+ the three scalars read)' },
  infer: (ctx) => {
    const start = valueOf(ctx, 0)?.data[0];
    const limit = valueOf(ctx, 1)?.data[0];
    const delta = valueOf(ctx, 2)?.data[0];
    ctx.input(1);
    ctx.input(2);
    const dtype = ctx.input(0).type.dtype;
    if (start === undefined || limit === undefined || delta === undefined) {
      return single({ dtype, shape: [ctx.freshDim('range')] });
    }
    if (delta === 0) throw new OpError('delta is 0');
    const n = Math.max(Math.ceil((limit - start) / delta), 0);
    const shape = [n];
    let value: KnownValue | undefined;
    if (n <= MAX_FOLD_ELEMENTS && dtype) {
      const data: number[] = [];
      for (let i = 0; i < n; i++) {
        const v = castNumber(start + i * delta, dtype);
        if (v === undefined) break;
        data.push(v);
      }
      if (data.length === n) value = knownValue(dtype, shape, data);
    }
    return single({ dtype, shape }, value);
  },
  cost: (_ctx, outputs) => ({ macs: 0, flops: numel(outputs[0]!.shape ?? []) }),
};

// ---------------------------------------------------------------------------------------------
// EyeLike

function dtypeAttr(ctx: InferContext, fallback: DType | undefined): DType | undefined {
  if (!ctx.attrs.has('dtype')) return fallback;
  const code = ctx.attrs.int('dtype');
  const d = dtypeFromOnnx(code);
  if (!d) throw new OpError(`attribute 'dtype' is an unknown data type code ${code}`);
  return d;
}

const eyeLikeOp: OpDef = {
  domain: '', opType: 'EyeLike', since: 9,
  doc: { flops: '0: writes zeros and ones', memory: 'output bytes written (only the input\'s shape is used)' },
  infer: (ctx) => {
    const s = ctx.shapeOf(0);
    if (s.length !== 2) throw new OpError(`input must be 2-D, got [${s.join(',')}]`);
    const dtype = dtypeAttr(ctx, ctx.input(0).type.dtype);
    let value: KnownValue | undefined;
    if (isConcrete(s) && dtype && numel(s) <= MAX_FOLD_ELEMENTS) {
      const k = ctx.attrs.int('k', 0);
      const [rows, cols] = s as [number, number];
      const data = new Array<number>(rows * cols).fill(0);
      for (let i = 0; i < rows; i++) if (i + k >= 0 && i + k < cols) data[i * cols + i + k] = 1;
      value = knownValue(dtype, s, data);
    }
    return single({ dtype, shape: s }, value);
  },
  cost: (_ctx, outputs) => (movesOnly(outputBytesOnly(outputs))),
};

// ---------------------------------------------------------------------------------------------
// Random generators

const randomDoc: OpDoc = {
  flops: '2 per output element (the affine map of a raw sample: mean + scale*z, or low + (high-low)*u)',
  memory: 'output bytes written (the *Like variants use only their input\'s shape: its elements are not read)',
};

function makeRandom(opType: string): OpDef {
  return {
    domain: '', opType, since: 1, doc: randomDoc,
    infer: (ctx) => {
      const shape = ctx.attrs.ints('shape');
      if (shape.some((d) => d < 0)) throw new OpError(`shape [${shape.join(',')}] has a negative dim`);
      return single({ dtype: dtypeAttr(ctx, 'float32'), shape: [...shape] });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: 2 * numel(outputs[0]!.shape ?? []) }),
  };
}

function outputBytesOnly(outputs: readonly TensorType[]): number {
  const o = outputs[0]!;
  if (!o.dtype) return 0;
  return Math.ceil((numel(o.shape ?? []) * bitsOf(o.dtype)) / 8);
}

function makeRandomLike(opType: string): OpDef {
  return {
    domain: '', opType, since: 1, doc: randomDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      return single({ dtype: dtypeAttr(ctx, x.type.dtype), shape: x.type.shape });
    },
    // Only the input's shape is used: its elements are not read.
    cost: (_ctx, outputs) => ({ macs: 0, flops: 2 * numel(outputs[0]!.shape ?? []), bytes: outputBytesOnly(outputs) }),
  };
}

const multinomialOp: OpDef = {
  domain: '', opType: 'Multinomial', since: 7,
  doc: {
    flops: '2 per input element (exp of each log-probability + running sum) + 1 per sample (scaling the uniform draw); the search is not counted',
  },
  infer: (ctx) => {
    const s = ctx.shapeOf(0);
    if (s.length !== 2) throw new OpError(`input must be [batch, classes], got [${s.join(',')}]`);
    const samples = ctx.attrs.int('sample_size', 1);
    const dtype = dtypeAttr(ctx, 'int32');
    return single({ dtype, shape: [s[0]!, samples] });
  },
  cost: (ctx, outputs) => ({ macs: 0, flops: 2 * numel(ctx.shapeOf(0)) + numel(outputs[0]!.shape ?? []) }),
};

const bernoulliOp: OpDef = {
  domain: '', opType: 'Bernoulli', since: 15,
  doc: { flops: '1 per element (compare a uniform draw with the probability)' },
  infer: (ctx) => {
    const x = ctx.input(0);
    return single({ dtype: dtypeAttr(ctx, x.type.dtype), shape: x.type.shape });
  },
  cost: (_ctx, outputs) => ({ macs: 0, flops: numel(outputs[0]!.shape ?? []) }),
};

export const ops: OpDef[] = [
  constantOfShapeOp,
  rangeOp,
  eyeLikeOp,
  makeRandom('RandomNormal'), makeRandom('RandomUniform'),
  makeRandomLike('RandomNormalLike'), makeRandomLike('RandomUniformLike'),
  multinomialOp,
  bernoulliOp,
];
