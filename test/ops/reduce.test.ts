import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute, Node } from '../../src/graph/ir.js';
import { registry } from '../../src/ops/index.js';
import { attrReader } from '../../src/shapes/attributes.js';
import { OpError, UnresolvedDimError } from '../../src/shapes/types.js';
import type { InferContext, InferResult, OpInput } from '../../src/shapes/types.js';
import { runOp } from '../support/op-harness.js';
import type { HarnessInput } from '../support/op-harness.js';

/** Shape inference only (runOp also costs, which throws on symbolic dims). Integer attributes only. */
function inferOnly(op: string, opset: number, inputs: HarnessInput[], attrs: Record<string, number | number[]> = {}): InferResult {
  const def = registry.lookup('', op, opset)!;
  const attributes = new Map<string, Attribute>(Object.entries(attrs).map(([k, v]) => [k, Array.isArray(v) ? { type: 'ints', value: v } : { type: 'int', value: v }]));
  const node: Node = { name: 'n', opType: op, domain: '', inputs: inputs.map((_, i) => `in${i}`), outputs: ['out0'], attributes };
  const ins: OpInput[] = inputs.map((x, i) => ({
    name: `in${i}`, type: { dtype: x.dtype ?? 'float32', shape: x.shape },
    value: x.value ? { dtype: x.dtype ?? 'float32', shape: (x.shape ?? [x.value.length]) as number[], data: x.value } : undefined,
    isConstant: x.value !== undefined,
  }));
  let fresh = 0;
  const ctx: InferContext = {
    node, opset, inputs: ins, attrs: attrReader(node),
    input: (i) => ins[i]!,
    shapeOf: (i) => ins[i]!.type.shape!,
    subgraph: () => { throw new Error('no subgraphs'); },
    freshDim: (hint) => `${hint}_${fresh++}`,
    warn: () => undefined,
  };
  return def.infer(ctx);
}

const axesInput = (axes: number[]) => ({ dtype: 'int64' as const, shape: [axes.length], value: axes });
const X = { shape: [2, 8, 768] }; // 12,288 elements

describe('ReduceMean: axes attribute (opset 13) vs input (opset 18)', () => {
  test('opset 13, axes=[-1], keepdims default 1: [2,8,1]; 1 per input + 1 per output', () => {
    const r = runOp({ op: 'ReduceMean', opset: 13, inputs: [X], attrs: { axes: [-1] } });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [2, 8, 1] });
    assert.equal(r.cost.flops, 12288 + 16);
  });

  test('opset 13, keepdims=0 drops the axis; the cost is the same', () => {
    const r = runOp({ op: 'ReduceMean', opset: 13, inputs: [X], attrs: { axes: [-1], keepdims: 0 } });
    assert.deepEqual(r.outputs[0]!.shape, [2, 8]);
    assert.equal(r.cost.flops, 12304);
  });

  test('opset 13 without axes reduces everything', () => {
    const r = runOp({ op: 'ReduceMean', opset: 13, inputs: [X], attrs: { keepdims: 0 } });
    assert.deepEqual(r.outputs[0]!.shape, []);
    assert.equal(r.cost.flops, 12289);
  });

  test('opset 18, axes from a constant input', () => {
    const r = runOp({ op: 'ReduceMean', opset: 18, inputs: [X, axesInput([-1])] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 8, 1]);
    const k0 = runOp({ op: 'ReduceMean', opset: 18, inputs: [X, axesInput([0, 2])], attrs: { keepdims: 0 } });
    assert.deepEqual(k0.outputs[0]!.shape, [8]);
    assert.equal(k0.cost.flops, 12288 + 8);
  });

  test('opset 18, no axes: all axes, or identity with noop_with_empty_axes=1 (0 FLOPs)', () => {
    const all = runOp({ op: 'ReduceMean', opset: 18, inputs: [X] });
    assert.deepEqual(all.outputs[0]!.shape, [1, 1, 1]);
    assert.equal(all.cost.flops, 12289);
    const noop = runOp({ op: 'ReduceMean', opset: 18, inputs: [X], attrs: { noop_with_empty_axes: 1 } });
    assert.deepEqual(noop.outputs[0]!.shape, [2, 8, 768]);
    assert.equal(noop.cost.flops, 0);
    // An empty axes tensor behaves like no axes.
    const emptyAxes = runOp({ op: 'ReduceMean', opset: 18, inputs: [X, { dtype: 'int64', shape: [0], value: [] }], attrs: { noop_with_empty_axes: 1 } });
    assert.deepEqual(emptyAxes.outputs[0]!.shape, [2, 8, 768]);
  });

  test('noop keeps the non-reduction steps: ReduceSumSquare squares (1/elem), ReduceL2 2/elem', () => {
    assert.equal(runOp({ op: 'ReduceSumSquare', opset: 18, inputs: [X], attrs: { noop_with_empty_axes: 1 } }).cost.flops, 12288);
    assert.equal(runOp({ op: 'ReduceL2', opset: 18, inputs: [X], attrs: { noop_with_empty_axes: 1 } }).cost.flops, 2 * 12288);
    const sq = runOp({ op: 'ReduceSumSquare', opset: 18, inputs: [{ value: [1, 2, 3] }], attrs: { noop_with_empty_axes: 1 } });
    assert.deepEqual(sq.values[0]!.data, [1, 4, 9]);
  });

  test('axes input of unknown value: rank known from keepdims or the axes length, dims fresh', () => {
    const keep = inferOnly('ReduceMean', 18, [X, { dtype: 'int64', shape: [1] }]);
    assert.equal(keep.outputs[0]!.shape!.length, 3);
    assert.ok(keep.outputs[0]!.shape!.every((d) => typeof d === 'string'));
    const drop = inferOnly('ReduceMean', 18, [X, { dtype: 'int64', shape: [2] }], { keepdims: 0 });
    assert.equal(drop.outputs[0]!.shape!.length, 1);
    assert.equal(inferOnly('ReduceMean', 18, [X, { dtype: 'int64', shape: ['k'] }], { keepdims: 0 }).outputs[0]!.shape, undefined);
    assert.throws(() => runOp({ op: 'ReduceMean', opset: 18, inputs: [X, { dtype: 'int64', shape: [1] }] }), UnresolvedDimError);
  });

  test('symbolic dims are carried through; the cost names the unresolved dim', () => {
    const r = inferOnly('ReduceMean', 13, [{ shape: ['batch', 'seq', 768] }], { axes: [-1] });
    assert.deepEqual(r.outputs[0]!.shape, ['batch', 'seq', 1]);
    assert.throws(() => runOp({ op: 'ReduceMean', opset: 13, inputs: [{ shape: ['batch', 'seq', 768] }], attrs: { axes: [-1] } }),
      (e: unknown) => e instanceof UnresolvedDimError && e.dim === 'batch');
  });

  test('an axis out of range is an OpError', () => {
    assert.throws(() => runOp({ op: 'ReduceMean', opset: 13, inputs: [X], attrs: { axes: [3] } }), OpError);
  });
});

describe('ReduceSum: axes input from opset 13, attribute before', () => {
  test('opset 11 attribute and opset 13 input give the same shape and cost', () => {
    // [2,8,768] over axis 1, keepdims 0 -> [2,768]; 12,288 accumulates.
    const a = runOp({ op: 'ReduceSum', opset: 11, inputs: [X], attrs: { axes: [1], keepdims: 0 } });
    const b = runOp({ op: 'ReduceSum', opset: 13, inputs: [X, axesInput([1])], attrs: { keepdims: 0 } });
    assert.deepEqual(a.outputs[0]!.shape, [2, 768]);
    assert.deepEqual(b.outputs[0]!.shape, [2, 768]);
    assert.equal(a.cost.flops, 12288);
    assert.equal(b.cost.flops, 12288);
  });

  test('the other reductions switch at 18: at opset 13 ReduceMax still reads the attribute', () => {
    const r = runOp({ op: 'ReduceMax', opset: 13, inputs: [X], attrs: { axes: [0], keepdims: 0 } });
    assert.deepEqual(r.outputs[0]!.shape, [8, 768]);
  });
});

describe('reduce folding', () => {
  const m = { dtype: 'int64' as const, shape: [2, 3], value: [1, 2, 3, 4, 5, 6] };

  test('ReduceSum/Max/Min/Prod/Mean over known values', () => {
    // rows: 1+2+3 = 6, 4+5+6 = 15.
    assert.deepEqual(runOp({ op: 'ReduceSum', opset: 13, inputs: [m, axesInput([1])] }).values[0], { dtype: 'int64', shape: [2, 1], data: [6, 15] });
    assert.deepEqual(runOp({ op: 'ReduceMax', opset: 13, inputs: [m], attrs: { axes: [0], keepdims: 0 } }).values[0]!.data, [4, 5, 6]);
    assert.deepEqual(runOp({ op: 'ReduceMin', opset: 18, inputs: [m, axesInput([0])], attrs: { keepdims: 0 } }).values[0]!.data, [1, 2, 3]);
    // Shape product (Reshape [-1] pattern): 2*8*768 = 12,288.
    assert.deepEqual(runOp({ op: 'ReduceProd', opset: 13, inputs: [{ dtype: 'int64', shape: [3], value: [2, 8, 768] }], attrs: { keepdims: 0 } }).values[0], { dtype: 'int64', shape: [], data: [12288] });
    assert.deepEqual(runOp({ op: 'ReduceMean', opset: 13, inputs: [{ value: [1, 2, 3, 4] }], attrs: { keepdims: 0 } }).values[0]!.data, [2.5]);
    // integer mean truncates like the runtimes' integer division: (1+2+3+4)/4 = 2.5 -> 2.
    assert.deepEqual(runOp({ op: 'ReduceMean', opset: 13, inputs: [{ dtype: 'int64', value: [1, 2, 3, 4] }], attrs: { keepdims: 0 } }).values[0]!.data, [2]);
  });

  test('ReduceL1, ReduceL2, ReduceLogSumExp, ReduceSumSquare', () => {
    assert.deepEqual(runOp({ op: 'ReduceL1', opset: 13, inputs: [{ value: [3, -4] }] }).values[0]!.data, [7]);
    assert.deepEqual(runOp({ op: 'ReduceL2', opset: 13, inputs: [{ value: [3, -4] }] }).values[0]!.data, [5]);
    assert.deepEqual(runOp({ op: 'ReduceLogSumExp', opset: 13, inputs: [{ dtype: 'float64', value: [0, 0] }] }).values[0]!.data, [Math.LN2]);
    assert.deepEqual(runOp({ op: 'ReduceSumSquare', opset: 13, inputs: [{ value: [1, 2, 3] }] }).values[0]!.data, [14]);
    // log(1 + 2 + 3 + 4) = log 10; cost 4 accumulates + 1 log = 5.
    assert.deepEqual(runOp({ op: 'ReduceLogSum', opset: 13, inputs: [{ dtype: 'float64', value: [1, 2, 3, 4] }] }).values[0]!.data, [Math.log(10)]);
    assert.equal(runOp({ op: 'ReduceLogSum', opset: 18, inputs: [{ shape: [4] }] }).cost.flops, 5);
    // Costs: L2 over 2 elements -> 2*2 + 1 = 5; LogSumExp the same; SumSquare over 3 -> 6.
    assert.equal(runOp({ op: 'ReduceL2', opset: 13, inputs: [{ shape: [2] }] }).cost.flops, 5);
    assert.equal(runOp({ op: 'ReduceLogSumExp', opset: 13, inputs: [{ shape: [2] }] }).cost.flops, 5);
    assert.equal(runOp({ op: 'ReduceSumSquare', opset: 13, inputs: [{ shape: [3] }] }).cost.flops, 6);
  });
});

describe('ArgMax / ArgMin', () => {
  const x = { shape: [2, 3], value: [1, 5, 5, 7, 2, 7] };

  test('int64 indices; axis and keepdims; 1 compare per input element', () => {
    const r = runOp({ op: 'ArgMax', inputs: [x], attrs: { axis: 1, keepdims: 0 } });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [2], data: [1, 0] });
    assert.deepEqual(r.outputs[0], { dtype: 'int64', shape: [2] });
    assert.equal(r.cost.flops, 6);
    // Columns: max(1,7) at row 1, max(5,2) at row 0, max(5,7) at row 1.
    assert.deepEqual(runOp({ op: 'ArgMax', inputs: [x] }).values[0], { dtype: 'int64', shape: [1, 3], data: [1, 0, 1] });
    assert.deepEqual(runOp({ op: 'ArgMin', inputs: [x], attrs: { axis: 1 } }).values[0]!.data, [0, 1]);
  });

  test('select_last_index picks the last of equal values', () => {
    assert.deepEqual(runOp({ op: 'ArgMax', inputs: [x], attrs: { axis: 1, keepdims: 0, select_last_index: 1 } }).values[0]!.data, [2, 2]);
  });
});

describe('TopK', () => {
  test('opset 11 with a constant k: values and int64 indices with axis dim k', () => {
    const r = runOp({ op: 'TopK', opset: 11, outputs: 2, inputs: [{ shape: [2, 100] }, { dtype: 'int64', shape: [1], value: [5] }] });
    assert.deepEqual(r.outputs, [{ dtype: 'float32', shape: [2, 5] }, { dtype: 'int64', shape: [2, 5] }]);
    // 200 input elements * ceil(log2 5) = 3 comparisons = 600.
    assert.equal(r.cost.flops, 600);
  });

  test('opset 1 reads k from the attribute', () => {
    const r = runOp({ op: 'TopK', opset: 1, outputs: 2, inputs: [{ shape: [4, 10] }], attrs: { k: 1, axis: 0 } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 10]);
    assert.equal(r.cost.flops, 40); // k=1: one compare per element
  });

  test('k of unknown value gives a fresh dim; k larger than the axis is an OpError', () => {
    assert.throws(() => runOp({ op: 'TopK', opset: 11, outputs: 2, inputs: [{ shape: [2, 100] }, { dtype: 'int64', shape: [1] }] }),
      (e: unknown) => e instanceof UnresolvedDimError && e.dim.startsWith('topk'));
    assert.throws(() => runOp({ op: 'TopK', opset: 11, outputs: 2, inputs: [{ shape: [2, 4] }, { dtype: 'int64', shape: [1], value: [5] }] }), OpError);
  });
});

describe('CumSum and Det', () => {
  test('CumSum folds with exclusive and reverse (the spec examples)', () => {
    const run = (attrs: Record<string, number>) => runOp({ op: 'CumSum', inputs: [{ dtype: 'int64', value: [1, 2, 3] }, { dtype: 'int64', shape: [], value: [0] }], attrs }).values[0]!.data;
    assert.deepEqual(run({}), [1, 3, 6]);
    assert.deepEqual(run({ exclusive: 1 }), [0, 1, 3]);
    assert.deepEqual(run({ reverse: 1 }), [6, 5, 3]);
    assert.deepEqual(run({ exclusive: 1, reverse: 1 }), [5, 3, 0]);
    const twoD = runOp({ op: 'CumSum', inputs: [{ shape: [2, 2], value: [1, 2, 3, 4] }, { dtype: 'int64', shape: [], value: [-1] }] });
    assert.deepEqual(twoD.values[0]!.data, [1, 3, 3, 7]);
    assert.equal(runOp({ op: 'CumSum', inputs: [{ shape: [4, 5] }, { dtype: 'int64', shape: [] }] }).cost.flops, 20);
  });

  test('CumProd (26) folds the spec examples', () => {
    const run = (attrs: Record<string, number>) => runOp({ op: 'CumProd', opset: 26, inputs: [{ dtype: 'int64', value: [1, 2, 3] }, { dtype: 'int64', shape: [], value: [0] }], attrs }).values[0]!.data;
    assert.deepEqual(run({}), [1, 2, 6]);
    assert.deepEqual(run({ exclusive: 1 }), [1, 1, 2]);
    assert.deepEqual(run({ reverse: 1 }), [6, 6, 3]);
    assert.deepEqual(run({ exclusive: 1, reverse: 1 }), [6, 3, 1]);
    assert.throws(() => runOp({ op: 'CumProd', opset: 26, inputs: [{ shape: [3] }, { dtype: 'int64', shape: [], value: [1] }] }), OpError);
  });

  test('Det: [*, M, M] -> [*]; round(2M^3/3) per matrix', () => {
    // M = 4: 2*64/3 = 42.67 -> 43 per matrix, 3 matrices = 129.
    const r = runOp({ op: 'Det', inputs: [{ shape: [3, 4, 4] }] });
    assert.deepEqual(r.outputs[0]!.shape, [3]);
    assert.equal(r.cost.flops, 129);
    assert.throws(() => runOp({ op: 'Det', inputs: [{ shape: [3, 4, 5] }] }), OpError);
  });
});
