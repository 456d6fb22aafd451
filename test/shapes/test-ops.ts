/**
 * A tiny op registry for engine tests, independent of the op families being written: each op has
 * an obvious cost so that expected numbers can be worked out by hand.
 *   Relu:    out = in;  flops 1/elem
 *   Add:     broadcast; flops 1/out elem; folds when both inputs are known
 *   MatMul:  [..., M, K] x [K, N]; macs = out elems * K; flops = 2 * macs
 *   Repeat:  last dim * attribute 'times' (default 1); flops 1/out elem
 *   Shape:   folds; moves no data
 *   Reshape: target shape from a folded input 1; moves no data
 *   Constant: tensor attribute 'value'
 * plus the real If/Loop/Scan from src/ops/control-flow.ts.
 */
import { OpRegistry } from '../../src/ops/registry.js';
import { ops as controlFlow } from '../../src/ops/control-flow.js';
import type { OpLookup } from '../../src/shapes/engine-types.js';
import { OpError } from '../../src/shapes/types.js';
import type { OpDef } from '../../src/shapes/types.js';
import { broadcastShapes, concrete, numel } from '../../src/shapes/util.js';

const doc = { flops: 'test op' };

const relu: OpDef = {
  domain: '', opType: 'Relu', since: 1, doc,
  infer: (ctx) => ({ outputs: [ctx.input(0).type] }),
  cost: (_ctx, out) => ({ macs: 0, flops: numel(out[0]!.shape!) }),
};

const add: OpDef = {
  domain: '', opType: 'Add', since: 1, doc,
  infer: (ctx) => {
    const a = ctx.input(0), b = ctx.input(1);
    const shape = broadcastShapes([ctx.shapeOf(0), ctx.shapeOf(1)]);
    const out = { dtype: a.type.dtype, shape };
    if (a.value && b.value && a.value.data.length === b.value.data.length) {
      return { outputs: [out], values: [{ dtype: a.value.dtype, shape: concrete(shape), data: a.value.data.map((x, i) => x + b.value!.data[i]!) }] };
    }
    return { outputs: [out] };
  },
  cost: (_ctx, out) => ({ macs: 0, flops: numel(out[0]!.shape!) }),
};

const matmul: OpDef = {
  domain: '', opType: 'MatMul', since: 1, doc,
  infer: (ctx) => {
    const a = ctx.shapeOf(0), b = ctx.shapeOf(1);
    if (b.length !== 2) throw new OpError('test MatMul wants a 2-D right operand');
    if (typeof a[a.length - 1] === 'number' && typeof b[0] === 'number' && a[a.length - 1] !== b[0]) {
      throw new OpError(`inner dims ${a[a.length - 1]} and ${b[0]} differ`);
    }
    return { outputs: [{ dtype: 'float32', shape: [...a.slice(0, -1), b[1]!] }] };
  },
  cost: (ctx, out) => {
    const a = ctx.shapeOf(0);
    const macs = numel(out[0]!.shape!) * numel([a[a.length - 1]!]);
    return { macs, flops: 2 * macs };
  },
};

const repeat: OpDef = {
  domain: 'test', opType: 'Repeat', since: 1, doc,
  infer: (ctx) => {
    const s = ctx.shapeOf(0);
    const times = ctx.attrs.int('times', 1);
    const last = s[s.length - 1]!;
    return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [...s.slice(0, -1), typeof last === 'number' ? last * times : `${last}*${times}`] }] };
  },
  cost: (_ctx, out) => ({ macs: 0, flops: numel(out[0]!.shape!) }),
};

const shape: OpDef = {
  domain: '', opType: 'Shape', since: 1, doc, movesData: false,
  infer: (ctx) => {
    const s = ctx.shapeOf(0);
    const out = { dtype: 'int64' as const, shape: [s.length] };
    return s.every((d) => typeof d === 'number')
      ? { outputs: [out], values: [{ dtype: 'int64', shape: [s.length], data: s as number[] }] }
      : { outputs: [out] };
  },
  cost: () => ({ macs: 0, flops: 0 }),
};

const reshape: OpDef = {
  domain: '', opType: 'Reshape', since: 1, doc, movesData: false,
  infer: (ctx) => {
    const target = ctx.input(1).value;
    if (!target) throw new OpError('test Reshape wants a known shape');
    return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: target.data }] };
  },
  cost: () => ({ macs: 0, flops: 0 }),
};

const constant: OpDef = {
  domain: '', opType: 'Constant', since: 1, doc,
  infer: (ctx) => {
    const t = ctx.attrs.tensor('value');
    if (!t) throw new OpError('Constant without value');
    return {
      outputs: [{ dtype: t.dtype, shape: t.dims }],
      values: [t.values ? { dtype: t.dtype, shape: t.dims, data: t.values } : undefined],
    };
  },
  cost: () => ({ macs: 0, flops: 0 }),
};

export const testRegistry = new OpRegistry([relu, add, matmul, repeat, shape, reshape, constant, ...controlFlow]);
export const testLookup: OpLookup = (domain, opType, opset) => testRegistry.lookup(domain, opType, opset);
