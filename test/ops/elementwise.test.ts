import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute, Node } from '../../src/graph/ir.js';
import { registry } from '../../src/ops/index.js';
import { attrReader } from '../../src/shapes/attributes.js';
import { OpError, UnresolvedDimError } from '../../src/shapes/types.js';
import type { InferContext, InferResult, OpInput } from '../../src/shapes/types.js';
import { profileFile } from '../../src/profile/index.js';
import { float, runOp } from '../support/op-harness.js';
import { fixtureModelPath } from '../support/model-fixtures.js';
import type { HarnessInput } from '../support/op-harness.js';

/**
 * Shape inference only (runOp also costs, which throws on symbolic dims): checks that symbolic
 * dims are carried through. Integer attributes only.
 */
function inferOnly(op: string, inputs: HarnessInput[], attrs: Record<string, number | number[]> = {}, opset = 21): InferResult {
  const def = registry.lookup('', op, opset)!;
  const attributes = new Map<string, Attribute>(Object.entries(attrs).map(([k, v]) => [k, Array.isArray(v) ? { type: 'ints', value: v } : { type: 'int', value: v }]));
  const node: Node = { name: 'n', opType: op, domain: '', inputs: inputs.map((_, i) => `in${i}`), outputs: ['out0'], attributes };
  const ins: OpInput[] = inputs.map((x, i) => ({ name: `in${i}`, type: { dtype: x.dtype ?? 'float32', shape: x.shape }, value: undefined, isConstant: false }));
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

const isUnresolved = (dim: string) => (e: unknown): boolean => e instanceof UnresolvedDimError && e.dim === dim;

describe('elementwise: broadcasting shapes and cost', () => {
  test('Add [2,3,4] + [4] broadcasts to [2,3,4]; 1 FLOP per output element = 24', () => {
    const r = runOp({ op: 'Add', inputs: [{ shape: [2, 3, 4] }, { shape: [4] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [2, 3, 4] });
    assert.deepEqual(r.cost, { macs: 0, flops: 24 });
  });

  test('both operands broadcast: [3,1,5] * [4,1] -> [3,4,5], 60 FLOPs', () => {
    const r = runOp({ op: 'Mul', inputs: [{ shape: [3, 1, 5] }, { shape: [4, 1] }] });
    assert.deepEqual(r.outputs[0]!.shape, [3, 4, 5]);
    assert.equal(r.cost.flops, 3 * 4 * 5);
  });

  test('incompatible shapes are an OpError naming the shapes', () => {
    assert.throws(() => runOp({ op: 'Sub', inputs: [{ shape: [2, 3] }, { shape: [4] }] }), (e: unknown) => e instanceof OpError && /2,3.*4/.test(e.message));
  });

  test('symbolic dims are carried through broadcasting; cost reports the unresolved dim', () => {
    const r = inferOnly('Mul', [{ shape: ['batch', 3, 1] }, { shape: [1, 'seq'] }]);
    assert.deepEqual(r.outputs[0]!.shape, ['batch', 3, 'seq']);
    // A symbol against 1 keeps the symbol; against a concrete dim the concrete one wins.
    assert.deepEqual(inferOnly('Add', [{ shape: ['n', 1] }, { shape: [1, 8] }]).outputs[0]!.shape, ['n', 8]);
    assert.deepEqual(inferOnly('Add', [{ shape: ['n'] }, { shape: [8] }]).outputs[0]!.shape, [8]);
    assert.throws(() => runOp({ op: 'Mul', inputs: [{ shape: ['batch', 3, 1] }, { shape: [1, 'seq'] }] }), isUnresolved('batch'));
  });

  test('unknown rank gives an unknown output shape and an unresolved cost', () => {
    assert.equal(inferOnly('Add', [{ shape: undefined }, { shape: [4] }]).outputs[0]!.shape, undefined);
    assert.throws(() => runOp({ op: 'Add', inputs: [{ shape: undefined }, { shape: [4] }] }), isUnresolved('rank'));
  });

  test('variadic Sum/Mean/Max: (n-1), n and (n-1) FLOPs per output element', () => {
    const inputs = [{ shape: [2, 3] }, { shape: [3] }, { shape: [1] }];
    // 3 inputs broadcast to [2,3] = 6 elements: Sum 2*6 = 12, Mean 3*6 = 18, Max 2*6 = 12.
    assert.equal(runOp({ op: 'Sum', inputs }).cost.flops, 12);
    assert.equal(runOp({ op: 'Mean', inputs }).cost.flops, 18);
    assert.equal(runOp({ op: 'Max', inputs }).cost.flops, 12);
    assert.equal(runOp({ op: 'Sum', inputs: [{ shape: [5] }] }).cost.flops, 0);
  });

  test('comparisons and logic output bool at 1 FLOP per element', () => {
    const r = runOp({ op: 'Less', inputs: [{ shape: [2, 5] }, { shape: [] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'bool', shape: [2, 5] });
    assert.equal(r.cost.flops, 10);
    assert.equal(runOp({ op: 'Not', inputs: [{ dtype: 'bool', shape: [7] }] }).outputs[0]!.dtype, 'bool');
  });

  test('Where broadcasts condition, X and Y; dtype from X; 1 FLOP per output element', () => {
    // Causal-mask pattern: cond [1,1,4,4], X scalar, Y [2,12,4,4] -> [2,12,4,4] = 384 elements.
    const r = runOp({ op: 'Where', inputs: [{ dtype: 'bool', shape: [1, 1, 4, 4] }, { dtype: 'float16', shape: [] }, { dtype: 'float16', shape: [2, 12, 4, 4] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'float16', shape: [2, 12, 4, 4] });
    assert.equal(r.cost.flops, 2 * 12 * 4 * 4);
  });

  test('transcendentals count 1 per element (Pow, Sqrt, Erf)', () => {
    assert.equal(runOp({ op: 'Pow', inputs: [{ shape: [2, 3] }, { shape: [] }] }).cost.flops, 6);
    assert.equal(runOp({ op: 'Sqrt', inputs: [{ shape: [4, 5] }] }).cost.flops, 20);
    assert.equal(runOp({ op: 'Erf', inputs: [{ shape: [1, 8, 3072] }] }).cost.flops, 8 * 3072);
  });

  test('opset 6 legacy broadcast aligns B at axis; opset 7 aligns trailing dims', () => {
    // A = [[1,2],[3,4]], B = [10,20]. Legacy broadcast=1 axis=0 puts B on A's rows:
    // [[1+10, 2+10], [3+20, 4+20]]; numpy (opset 7) puts B on the columns: [[11,22],[13,24]].
    const a = { dtype: 'int64' as const, shape: [2, 2], value: [1, 2, 3, 4] };
    const b = { dtype: 'int64' as const, shape: [2], value: [10, 20] };
    const legacy = runOp({ op: 'Add', opset: 6, inputs: [a, b], attrs: { broadcast: 1, axis: 0 } });
    assert.deepEqual(legacy.values[0]!.data, [11, 12, 23, 24]);
    assert.deepEqual(legacy.outputs[0]!.shape, [2, 2]);
    const numpy = runOp({ op: 'Add', opset: 7, inputs: [a, b] });
    assert.deepEqual(numpy.values[0]!.data, [11, 22, 13, 24]);
    // Legacy shape: A [2,3,4,5] with B [3,4] at axis 1 keeps A's shape; numpy would reject it.
    assert.deepEqual(runOp({ op: 'Mul', opset: 6, inputs: [{ shape: [2, 3, 4, 5] }, { shape: [3, 4] }], attrs: { broadcast: 1, axis: 1 } }).outputs[0]!.shape, [2, 3, 4, 5]);
    assert.throws(() => runOp({ op: 'Mul', opset: 7, inputs: [{ shape: [2, 3, 4, 5] }, { shape: [3, 4] }] }), OpError);
  });
});

describe('elementwise: constant folding of shape arithmetic', () => {
  const i64 = (value: number[], shape?: number[]) => ({ dtype: 'int64' as const, value, shape: shape ?? [value.length] });

  test('Add/Sub/Mul on int64 shape vectors, with broadcasting', () => {
    // Shape [2, 8, 768] reshaped to heads: [2, 8] concat [12, 768/12]: here 768 / 12 = 64, 2 * 8 = 16.
    assert.deepEqual(runOp({ op: 'Mul', inputs: [i64([2, 8]), i64([12], [])] }).values[0]!.data, [24, 96]);
    assert.deepEqual(runOp({ op: 'Sub', inputs: [i64([10]), i64([1])] }).values[0]!.data, [9]);
    const add = runOp({ op: 'Add', inputs: [i64([1, 2, 3], [3, 1]), i64([10, 20], [2])] });
    assert.deepEqual(add.values[0], { dtype: 'int64', shape: [3, 2], data: [11, 21, 12, 22, 13, 23] });
  });

  test('folding reads one-element inputs at 0, same-size inputs in step, and strides the rest', () => {
    // [2,3] [1..6] + [1,1] [10] = [11..16]; [2,3] * [2,3] = squares; [2,3] + [3] [10,20,30]: rows add
    // 10,20,30 -> [11,22,33,14,25,36]; [1,3] [1,2,3] + [2,1] [10,20]: [[11,12,13],[21,22,23]].
    const a = i64([1, 2, 3, 4, 5, 6], [2, 3]);
    assert.deepEqual(runOp({ op: 'Add', inputs: [a, i64([10], [1, 1])] }).values[0], { dtype: 'int64', shape: [2, 3], data: [11, 12, 13, 14, 15, 16] });
    assert.deepEqual(runOp({ op: 'Mul', inputs: [a, a] }).values[0]!.data, [1, 4, 9, 16, 25, 36]);
    assert.deepEqual(runOp({ op: 'Add', inputs: [a, i64([10, 20, 30])] }).values[0]!.data, [11, 22, 33, 14, 25, 36]);
    assert.deepEqual(runOp({ op: 'Add', inputs: [i64([1, 2, 3], [1, 3]), i64([10, 20], [2, 1])] }).values[0]!.data, [11, 12, 13, 21, 22, 23]);
  });

  test('integer Div truncates toward zero (C semantics), float Div does not', () => {
    // 768 / 12 = 64; 7 / 2 = 3.5 -> 3; -7 / 2 = -3.5 -> -3 (not -4).
    assert.deepEqual(runOp({ op: 'Div', inputs: [i64([768, 7, -7]), i64([12, 2, 2])] }).values[0]!.data, [64, 3, -3]);
    assert.deepEqual(runOp({ op: 'Div', inputs: [{ value: [7, -7] }, { value: [2, 2] }] }).values[0]!.data, [3.5, -3.5]);
  });

  test('integer division by zero is not folded (no guessed value)', () => {
    const r = runOp({ op: 'Div', inputs: [i64([4]), i64([0])] });
    assert.equal(r.values[0], undefined);
    assert.deepEqual(r.outputs[0]!.shape, [1]);
  });

  test('Mod: fmod=0 takes the divisor sign (Python %), fmod=1 the dividend sign (C fmod)', () => {
    // -7 % 3 = 2 and 7 % -3 = -2 in Python; fmod(-7, 3) = -1, fmod(7, -3) = 1.
    assert.deepEqual(runOp({ op: 'Mod', inputs: [i64([-7, 7]), i64([3, -3])] }).values[0]!.data, [2, -2]);
    assert.deepEqual(runOp({ op: 'Mod', inputs: [{ value: [-7, 7] }, { value: [3, -3] }], attrs: { fmod: 1 } }).values[0]!.data, [-1, 1]);
  });

  test('Equal + Where: the Expand(-1) pattern PyTorch exports', () => {
    // shape = [2, -1, 3]; Where(Equal(shape, -1), ones, shape) = [2, 1, 3].
    const eq = runOp({ op: 'Equal', inputs: [i64([2, -1, 3]), i64([-1], [])] });
    assert.deepEqual(eq.values[0], { dtype: 'bool', shape: [3], data: [0, 1, 0] });
    const where = runOp({ op: 'Where', inputs: [{ dtype: 'bool', shape: [3], value: [0, 1, 0] }, i64([1, 1, 1]), i64([2, -1, 3])] });
    assert.deepEqual(where.values[0], { dtype: 'int64', shape: [3], data: [2, 1, 3] });
  });

  test('comparisons, logic, Neg/Abs/Floor/Ceil/Sqrt, Max/Min fold', () => {
    assert.deepEqual(runOp({ op: 'Greater', inputs: [i64([1, 5]), i64([3], [])] }).values[0]!.data, [0, 1]);
    assert.deepEqual(runOp({ op: 'LessOrEqual', inputs: [i64([1, 3, 5]), i64([3], [])] }).values[0]!.data, [1, 1, 0]);
    assert.deepEqual(runOp({ op: 'And', inputs: [{ dtype: 'bool', value: [1, 1, 0] }, { dtype: 'bool', value: [1, 0, 0] }] }).values[0]!.data, [1, 0, 0]);
    assert.deepEqual(runOp({ op: 'Or', inputs: [{ dtype: 'bool', value: [1, 0, 0] }, { dtype: 'bool', value: [0, 0, 1] }] }).values[0]!.data, [1, 0, 1]);
    assert.deepEqual(runOp({ op: 'Xor', inputs: [{ dtype: 'bool', value: [1, 0, 1] }, { dtype: 'bool', value: [1, 0, 0] }] }).values[0]!.data, [0, 0, 1]);
    assert.deepEqual(runOp({ op: 'Not', inputs: [{ dtype: 'bool', value: [1, 0] }] }).values[0]!.data, [0, 1]);
    assert.deepEqual(runOp({ op: 'Neg', inputs: [i64([3, -4])] }).values[0]!.data, [-3, 4]);
    assert.deepEqual(runOp({ op: 'Abs', inputs: [i64([3, -4])] }).values[0]!.data, [3, 4]);
    assert.deepEqual(runOp({ op: 'Floor', inputs: [{ value: [1.5, -1.5] }] }).values[0]!.data, [1, -2]);
    assert.deepEqual(runOp({ op: 'Ceil', inputs: [{ value: [1.5, -1.5] }] }).values[0]!.data, [2, -1]);
    // sqrt(64) = 8 (head_dim scaling in attention exports), computed in float32.
    assert.deepEqual(runOp({ op: 'Sqrt', inputs: [{ value: [64, 2] }] }).values[0]!.data, [8, Math.fround(Math.SQRT2)]);
    assert.deepEqual(runOp({ op: 'Max', inputs: [i64([1, 5]), i64([3], [])] }).values[0]!.data, [3, 5]);
    assert.deepEqual(runOp({ op: 'Min', inputs: [i64([1, 5]), i64([3], []), i64([4], [])] }).values[0]!.data, [1, 3]);
  });

  test('Sum/Mean fold over broadcast inputs', () => {
    // Sum([1,2],[10],[100,200]) = [111, 212]; Mean of [1,3] and [5,7] = [3,5].
    assert.deepEqual(runOp({ op: 'Sum', inputs: [i64([1, 2]), i64([10]), i64([100, 200])] }).values[0]!.data, [111, 212]);
    assert.deepEqual(runOp({ op: 'Mean', inputs: [{ value: [1, 3] }, { value: [5, 7] }] }).values[0]!.data, [3, 5]);
  });

  test('fixed-width integers wrap like the runtimes; 64-bit keeps exact doubles', () => {
    assert.deepEqual(runOp({ op: 'Add', inputs: [{ dtype: 'int32', value: [2147483647] }, { dtype: 'int32', value: [1] }] }).values[0]!.data, [-2147483648]);
    assert.deepEqual(runOp({ op: 'Sub', inputs: [{ dtype: 'uint8', value: [0] }, { dtype: 'uint8', value: [1] }] }).values[0]!.data, [255]);
    assert.deepEqual(runOp({ op: 'Mul', inputs: [i64([2 ** 40]), i64([4])] }).values[0]!.data, [2 ** 42]);
  });

  test('Pow, Round (half to even), Erf, Sign, Reciprocal fold', () => {
    assert.deepEqual(runOp({ op: 'Pow', inputs: [{ value: [2, 3] }, { value: [2], shape: [] }] }).values[0]!.data, [4, 9]);
    assert.deepEqual(runOp({ op: 'Round', inputs: [{ value: [0.5, 1.5, 2.5, 3.5, 2.6] }] }).values[0]!.data, [0, 2, 2, 4, 3]);
    // erf(0.5) = 0.5204998778...; the A&S approximation is within 1.5e-7.
    const e = runOp({ op: 'Erf', inputs: [{ dtype: 'float64', value: [0.5] }] }).values[0]!.data[0]!;
    assert.ok(Math.abs(e - 0.5204998778130465) < 2e-7);
    assert.deepEqual(runOp({ op: 'Sign', inputs: [i64([-3, 0, 5])] }).values[0]!.data, [-1, 0, 1]);
    assert.deepEqual(runOp({ op: 'Reciprocal', inputs: [{ value: [4, 0.5] }] }).values[0]!.data, [0.25, 2]);
  });

  test('BitShift and Bitwise ops fold with wrap-around', () => {
    assert.deepEqual(runOp({ op: 'BitShift', inputs: [{ dtype: 'uint8', value: [16, 200] }, { dtype: 'uint8', value: [2, 1] }], attrs: { direction: 'RIGHT' } }).values[0]!.data, [4, 100]);
    // 200 << 1 = 400 wraps to 400 - 256 = 144 in uint8.
    assert.deepEqual(runOp({ op: 'BitShift', inputs: [{ dtype: 'uint8', value: [200] }, { dtype: 'uint8', value: [1] }], attrs: { direction: 'LEFT' } }).values[0]!.data, [144]);
    assert.deepEqual(runOp({ op: 'BitwiseAnd', inputs: [{ dtype: 'int32', value: [12] }, { dtype: 'int32', value: [10] }] }).values[0]!.data, [8]);
    assert.deepEqual(runOp({ op: 'BitwiseNot', inputs: [{ dtype: 'int32', value: [0] }] }).values[0]!.data, [-1]);
  });

  test('IsNaN / IsInf fold to bool, honouring detect_negative', () => {
    assert.deepEqual(runOp({ op: 'IsNaN', inputs: [{ value: [NaN, 1] }] }).values[0], { dtype: 'bool', shape: [2], data: [1, 0] });
    assert.deepEqual(runOp({ op: 'IsInf', inputs: [{ value: [Infinity, -Infinity, 0] }], attrs: { detect_negative: 0 } }).values[0]!.data, [1, 0, 0]);
  });

  test('results above MAX_FOLD_ELEMENTS are not folded', () => {
    // [4097] + [1]: 4097 elements > 4096.
    const big = Array.from({ length: 4097 }, (_, i) => i);
    const r = runOp({ op: 'Add', inputs: [i64(big), i64([1])] });
    assert.equal(r.values[0], undefined);
    assert.deepEqual(r.outputs[0]!.shape, [4097]);
  });
});

describe('elementwise: Clip opset 6 (attributes) vs 11 (inputs)', () => {
  test('opset 6: min/max attributes', () => {
    const r = runOp({ op: 'Clip', opset: 6, inputs: [{ value: [-1, 3, 9] }], attrs: { min: float(0), max: float(6) } });
    assert.deepEqual(r.values[0]!.data, [0, 3, 6]);
    // MobileNetV2 ReLU6 at the first block: [1,32,112,112] = 401,408 elements, 1 FLOP each.
    assert.equal(runOp({ op: 'Clip', opset: 6, inputs: [{ shape: [1, 32, 112, 112] }], attrs: { min: float(0), max: float(6) } }).cost.flops, 401408);
  });

  test('opset 11: optional min/max inputs; the attributes are ignored', () => {
    const onlyMin = runOp({ op: 'Clip', opset: 11, inputs: [{ value: [-1, 3, 9] }, { value: [0], shape: [] }], attrs: { min: float(5), max: float(6) } });
    assert.deepEqual(onlyMin.values[0]!.data, [0, 3, 9]);
    const both = runOp({ op: 'Clip', opset: 13, inputs: [{ value: [-1, 3, 9] }, { value: [0], shape: [] }, { value: [6], shape: [] }] });
    assert.deepEqual(both.values[0]!.data, [0, 3, 6]);
    const maxOnly = runOp({ op: 'Clip', opset: 13, inputs: [{ value: [-1, 3, 9] }, null, { value: [6], shape: [] }] });
    assert.deepEqual(maxOnly.values[0]!.data, [-1, 3, 6]);
  });

  test('opset 11 with a bound of unknown value: shape and cost, no fold', () => {
    const r = runOp({ op: 'Clip', opset: 11, inputs: [{ value: [-1, 3, 9] }, { shape: [] }] });
    assert.equal(r.values[0], undefined);
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [3] });
    assert.equal(r.cost.flops, 3);
  });
});

describe('elementwise: the per-element table of docs/metrics.md', () => {
  // Every op on a [2,10] input (20 output elements) costs k * 20 FLOPs.
  const cases: Array<{ op: string; k: number; dtype?: 'float32' | 'int32' | 'uint8' | 'bool'; inputs?: number; attrs?: Record<string, string> }> = [
    { op: 'Neg', k: 1 }, { op: 'Abs', k: 1 }, { op: 'Reciprocal', k: 1 }, { op: 'Floor', k: 1 }, { op: 'Ceil', k: 1 },
    { op: 'Round', k: 1 }, { op: 'Sign', k: 1 }, { op: 'Sqrt', k: 1 }, { op: 'Exp', k: 1 }, { op: 'Log', k: 1 },
    { op: 'Erf', k: 1 }, { op: 'Sin', k: 1 }, { op: 'Cos', k: 1 }, { op: 'Tan', k: 1 }, { op: 'Asin', k: 1 },
    { op: 'Acos', k: 1 }, { op: 'Atan', k: 1 }, { op: 'Sinh', k: 1 }, { op: 'Cosh', k: 1 }, { op: 'Asinh', k: 1 },
    { op: 'Acosh', k: 1 }, { op: 'Atanh', k: 1 }, { op: 'IsNaN', k: 1 }, { op: 'IsInf', k: 1 },
    { op: 'BitwiseNot', k: 1, dtype: 'int32' }, { op: 'Not', k: 1, dtype: 'bool' },
    { op: 'Add', k: 1, inputs: 2 }, { op: 'Sub', k: 1, inputs: 2 }, { op: 'Mul', k: 1, inputs: 2 }, { op: 'Div', k: 1, inputs: 2 },
    { op: 'Pow', k: 1, inputs: 2 }, { op: 'Mod', k: 1, inputs: 2, dtype: 'int32' },
    { op: 'BitShift', k: 1, inputs: 2, dtype: 'uint8', attrs: { direction: 'LEFT' } },
    { op: 'BitwiseAnd', k: 1, inputs: 2, dtype: 'int32' }, { op: 'BitwiseOr', k: 1, inputs: 2, dtype: 'int32' }, { op: 'BitwiseXor', k: 1, inputs: 2, dtype: 'int32' },
    { op: 'Equal', k: 1, inputs: 2 }, { op: 'Less', k: 1, inputs: 2 }, { op: 'Greater', k: 1, inputs: 2 },
    { op: 'LessOrEqual', k: 1, inputs: 2 }, { op: 'GreaterOrEqual', k: 1, inputs: 2 },
    { op: 'And', k: 1, inputs: 2, dtype: 'bool' }, { op: 'Or', k: 1, inputs: 2, dtype: 'bool' }, { op: 'Xor', k: 1, inputs: 2, dtype: 'bool' },
  ];
  for (const c of cases) {
    test(`${c.op}: ${c.k} per element`, () => {
      const inputs = Array.from({ length: c.inputs ?? 1 }, () => ({ dtype: c.dtype ?? 'float32', shape: [2, 10] }));
      const r = runOp({ op: c.op, inputs, ...(c.attrs ? { attrs: c.attrs } : {}) });
      assert.deepEqual(r.outputs[0]!.shape, [2, 10]);
      assert.equal(r.cost.flops, c.k * 20);
      assert.equal(r.cost.macs, 0);
    });
  }
});

describe('folding on a real PyTorch export (test/fixtures/models, graphs of ../shared/models)', () => {
  test('tiny_gpt_dyn at batch=2, seq=16: shape arithmetic folds, every node is costed', async () => {
    // The head split Reshape needs [batch, seq, heads, 256/4] built by Shape -> Gather -> Div ->
    // Unsqueeze -> Concat; the causal mask uses Equal/Where on folded shapes.
    const r = await profileFile(fixtureModelPath('tiny_gpt_dyn'), { dims: { batch: 2, seq: 16 } });
    const nodes = r.nodes!;
    assert.deepEqual(nodes.filter((n) => n.status !== 'ok').map((n) => `${n.name}: ${n.note}`), []);
    const byName = new Map(nodes.map((n) => [n.name, n]));
    assert.deepEqual(byName.get('/blocks.0/attn/Reshape')!.outputShapes, [[2, 16, 4, 64]]);
    const where = byName.get('/blocks.0/attn/Where')!;
    assert.deepEqual(where.outputShapes, [[2, 4, 16, 16]]);
    assert.equal(where.flops, 2 * 4 * 16 * 16); // 2,048 selects
    // Softmax over [2,4,16,16] = 2,048 elements * 3 = 6,144.
    assert.equal(byName.get('/blocks.0/attn/Softmax')!.flops, 6144);
  });

  test('resnet18: Relu and Add FLOPs are the sums of their output elements', async () => {
    const r = await profileFile(fixtureModelPath('resnet18'), {});
    const byOp = new Map(r.byOpType!.map((o) => [o.opType, o]));
    // Relu: stem 64*112*112 = 802,816; 4 each in layer1..4 at 64*56*56, 128*28*28, 256*14*14, 512*7*7
    // = 4 * (200,704 + 100,352 + 50,176 + 25,088) = 1,505,280; total 2,308,096 over 17 nodes.
    assert.equal(byOp.get('Relu')!.count, 17);
    assert.equal(byOp.get('Relu')!.flops, 2308096);
    // Add (residuals): 2 per stage = 2 * (200,704 + 100,352 + 50,176 + 25,088) = 752,640.
    assert.equal(byOp.get('Add')!.flops, 752640);
  });
});
