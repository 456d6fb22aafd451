import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { registry } from '../../src/ops/index.js';
import { attrReader } from '../../src/shapes/attributes.js';
import { OpError } from '../../src/shapes/types.js';
import type { InferContext, KnownValue, SymDim, TensorType } from '../../src/shapes/types.js';
import { runOp } from '../support/op-harness.js';
import type { HarnessInput } from '../support/op-harness.js';

const INT64_MAX = 2 ** 63 - 1;
const INT64_MIN = -(2 ** 63);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Feed a folded output into the next op as a known input. */
const asInput = (v: KnownValue | undefined): HarnessInput => {
  assert.ok(v, 'expected a folded value');
  return { dtype: v.dtype, shape: [...v.shape], value: [...v.data] };
};

/**
 * Shape inference alone, for symbolic inputs: runOp also runs the cost, which (correctly) throws
 * UnresolvedDimError on symbolic dims before the shapes can be inspected.
 */
function inferShapes(op: string, opset: number, inputs: Array<{ shape: SymDim[]; value?: number[] }>): readonly TensorType[] {
  const def = registry.lookup('', op, opset)!;
  const node = { name: 'n', opType: op, domain: '', inputs: inputs.map((_, i) => `in${i}`), outputs: ['out0'], attributes: new Map() };
  const ins = inputs.map((x, i) => ({
    name: `in${i}`,
    type: { dtype: x.value ? ('int64' as const) : ('float32' as const), shape: x.shape },
    value: x.value ? { dtype: 'int64' as const, shape: x.shape as number[], data: x.value } : undefined,
    isConstant: x.value !== undefined,
  }));
  let fresh = 0;
  const ctx: InferContext = {
    node, opset, inputs: ins, attrs: attrReader(node),
    input: (i) => ins[i]!,
    shapeOf: (i) => ins[i]!.type.shape,
    subgraph: () => { throw new Error('no subgraphs'); },
    freshDim: (hint) => `${hint}_${fresh++}`,
    warn: () => undefined,
  };
  return def.infer(ctx).outputs;
}

describe('Gather', () => {
  test('folds with negative indices: [10,20,30,40][-1,0] = [40,10]', () => {
    const r = runOp({ op: 'Gather', inputs: [{ dtype: 'int64', value: [10, 20, 30, 40] }, { dtype: 'int64', value: [-1, 0] }] });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [2], data: [40, 10] });
  });

  test('axis 1 of [[1,2],[3,4],[5,6]] with indices [1] -> [3,1] = [2,4,6]', () => {
    const r = runOp({ op: 'Gather', attrs: { axis: 1 }, inputs: [{ dtype: 'int64', shape: [3, 2], value: [1, 2, 3, 4, 5, 6] }, { dtype: 'int64', value: [1] }] });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [3, 1], data: [2, 4, 6] });
    assert.throws(() => runOp({ op: 'Gather', inputs: [{ dtype: 'int64', value: [1, 2] }, { dtype: 'int64', value: [2] }] }), /out of range/);
  });

  test('embedding lookup reads indices + gathered rows, not the table', () => {
    // table [50000,512] fp32, indices [1,7] int64 -> out [1,7,512]
    // bytes = 7*8 (indices) + 2 * 7*512*4 (rows read + output written) = 56 + 28672 = 28728
    const r = runOp({ op: 'Gather', inputs: [{ shape: [50000, 512], constant: true }, { dtype: 'int64', shape: [1, 7] }] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 7, 512]);
    assert.deepEqual(r.cost, { macs: 0, flops: 0, bytes: 28728 });
  });
});

describe('constant folding chain Shape -> Gather -> Unsqueeze -> Concat -> Reshape', () => {
  test('x [2,3,8] reshaped to [shape[0], shape[-2], 4, -1] = [2,3,4,2]', () => {
    const x: HarnessInput = { shape: [2, 3, 8] };
    const shape = runOp({ op: 'Shape', opset: 13, inputs: [x] }).values[0];
    assert.deepEqual(shape?.data, [2, 3, 8]);
    const d0 = runOp({ op: 'Gather', opset: 13, inputs: [asInput(shape), { dtype: 'int64', shape: [], value: [0] }] }).values[0];
    const d1 = runOp({ op: 'Gather', opset: 13, inputs: [asInput(shape), { dtype: 'int64', shape: [], value: [-2] }] }).values[0];
    assert.deepEqual(d0, { dtype: 'int64', shape: [], data: [2] });
    assert.deepEqual(d1, { dtype: 'int64', shape: [], data: [3] });
    const axes0: HarnessInput = { dtype: 'int64', value: [0] };
    const u0 = runOp({ op: 'Unsqueeze', opset: 13, inputs: [asInput(d0), axes0] }).values[0];
    const u1 = runOp({ op: 'Unsqueeze', opset: 13, inputs: [asInput(d1), axes0] }).values[0];
    assert.deepEqual(u0?.shape, [1]);
    const target = runOp({
      op: 'Concat', opset: 13, attrs: { axis: 0 },
      inputs: [asInput(u0), asInput(u1), { dtype: 'int64', value: [4, -1] }],
    }).values[0];
    assert.deepEqual(target?.data, [2, 3, 4, -1]);
    // -1 = (2*3*8) / (2*3*4) = 48 / 24 = 2
    const out = runOp({ op: 'Reshape', opset: 13, inputs: [x, asInput(target)] });
    assert.deepEqual(out.outputs[0]!.shape, [2, 3, 4, 2]);
  });
});

describe('Slice', () => {
  test('negative step with sentinel end reverses: [0..9] start -1 end INT64_MIN step -1', () => {
    const r = runOp({
      op: 'Slice', opset: 13,
      inputs: [{ dtype: 'int64', value: range(10) }, { dtype: 'int64', value: [-1] }, { dtype: 'int64', value: [INT64_MIN] }, { dtype: 'int64', value: [0] }, { dtype: 'int64', value: [-1] }],
    });
    assert.deepEqual(r.values[0]!.data, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  test('start 8 end 1 step -3 -> ceil((1-8)/-3) = 3 elements [8,5,2]', () => {
    const r = runOp({
      op: 'Slice', opset: 13,
      inputs: [{ dtype: 'int64', value: range(10) }, { dtype: 'int64', value: [8] }, { dtype: 'int64', value: [1] }, null, { dtype: 'int64', value: [-3] }],
    });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [3], data: [8, 5, 2] });
  });

  test('INT64_MAX end clamps; two axes of [3,4]: rows 0.., cols 1..3 -> [3,2]', () => {
    const r = runOp({
      op: 'Slice', opset: 13,
      inputs: [{ dtype: 'int64', shape: [3, 4], value: range(12) }, { dtype: 'int64', value: [0, 1] }, { dtype: 'int64', value: [INT64_MAX, 3] }, { dtype: 'int64', value: [0, 1] }],
    });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [3, 2], data: [1, 2, 5, 6, 9, 10] });
  });

  test('opset 1 attributes and opset 10 inputs agree: [4] from 1 to 1000 -> 3 elements', () => {
    const a = runOp({ op: 'Slice', opset: 1, inputs: [{ shape: [4, 5] }], attrs: { starts: [1], ends: [1000], axes: [0] } });
    const b = runOp({ op: 'Slice', opset: 10, inputs: [{ shape: [4, 5] }, { dtype: 'int64', value: [1] }, { dtype: 'int64', value: [1000] }, { dtype: 'int64', value: [0] }] });
    assert.deepEqual(a.outputs[0]!.shape, [3, 5]);
    assert.deepEqual(b.outputs[0]!.shape, [3, 5]);
  });

  test('symbolic axis: full-range slice keeps the symbol, a bounded one gets a fresh dim', () => {
    const full = inferShapes('Slice', 13, [{ shape: ['B', 'S', 64] }, { shape: [2], value: [0, 0] }, { shape: [2], value: [INT64_MAX, 32] }, { shape: [2], value: [1, 2] }]);
    assert.deepEqual(full[0]!.shape, ['B', 'S', 32]);
    const bounded = inferShapes('Slice', 13, [{ shape: ['B', 'S', 64] }, { shape: [1], value: [0] }, { shape: [1], value: [5] }, { shape: [1], value: [1] }]);
    const s = bounded[0]!.shape!;
    assert.equal(s[0], 'B');
    assert.ok(typeof s[1] === 'string' && s[1] !== 'S');
    assert.equal(s[2], 64);
    // and the cost is unresolved, not guessed
    assert.throws(() => runOp({ op: 'Slice', inputs: [{ shape: ['B', 4] }, { dtype: 'int64', value: [0] }, { dtype: 'int64', value: [2] }, { dtype: 'int64', value: [1] }] }), /not resolved/);
  });

  test('reads only the slice: [100,100] fp32 rows 0..10 -> 2*4000 + 3*8 = 8024 bytes', () => {
    const r = runOp({ op: 'Slice', inputs: [{ shape: [100, 100] }, { dtype: 'int64', value: [0] }, { dtype: 'int64', value: [10] }, { dtype: 'int64', value: [0] }] });
    assert.deepEqual(r.outputs[0]!.shape, [10, 100]);
    assert.equal(r.cost.bytes, 8024);
  });
});

describe('data-dependent outputs', () => {
  test('NonZero gives [rank, fresh] and a lower-bound cost when the data is unknown', () => {
    const r = runOp({ op: 'NonZero', opset: 13, inputs: [{ shape: [2, 3] }] });
    const s = r.outputs[0]!.shape!;
    assert.equal(s[0], 2);
    assert.equal(typeof s[1], 'string');
    assert.equal(r.outputs[0]!.dtype, 'int64');
    assert.equal(r.cost.bytes, 24); // only the 6 fp32 inputs are known to be read
    assert.ok(r.cost.lowerBound);
  });

  test('NonZero folds known data: [[1,0,2],[0,0,3]] -> [[0,0,1],[0,2,2]]', () => {
    const r = runOp({ op: 'NonZero', inputs: [{ shape: [2, 3], value: [1, 0, 2, 0, 0, 3] }] });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [2, 3], data: [0, 0, 1, 0, 2, 2] });
  });

  test('Compress with a known condition counts the trues; Unique shares one fresh dim', () => {
    const c = runOp({ op: 'Compress', opset: 11, inputs: [{ shape: [3, 2] }, { dtype: 'bool', value: [0, 1, 1] }], attrs: { axis: 0 } });
    assert.deepEqual(c.outputs[0]!.shape, [2, 2]);
    assert.equal(c.cost.bytes, 35); // 3 bool + 2*(4 fp32 = 16)
    // unknown condition: fresh dim, inputs only (6 fp32 = 24 + 3 bool = 3 bytes) and a lower bound
    const u0 = runOp({ op: 'Compress', opset: 11, inputs: [{ shape: [3, 2] }, { dtype: 'bool', shape: [3] }], attrs: { axis: 0 } });
    assert.equal(typeof u0.outputs[0]!.shape![0], 'string');
    assert.equal(u0.cost.bytes, 27);
    assert.ok(u0.cost.lowerBound);
    const u = runOp({ op: 'Unique', inputs: [{ shape: [6] }], outputs: 4 });
    const d = u.outputs[0]!.shape![0];
    assert.equal(u.outputs[1]!.shape![0], d);
    assert.equal(u.outputs[3]!.shape![0], d);
    assert.deepEqual(u.outputs[2]!.shape, [6]);
  });
});

describe('OneHot and Scatter', () => {
  test('OneHot depth 10 at axis -1: [4] -> [4,10] with the values dtype', () => {
    const r = runOp({ op: 'OneHot', opset: 11, inputs: [{ dtype: 'int64', shape: [4] }, { dtype: 'int64', shape: [], value: [10] }, { dtype: 'float32', value: [0, 1] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [4, 10] });
  });

  test("ScatterElements: reduction 'add' (opset 16) costs 1 FLOP per update, none costs 0", () => {
    const inputs: HarnessInput[] = [{ shape: [4, 5] }, { dtype: 'int64', shape: [2, 5] }, { shape: [2, 5] }];
    assert.equal(runOp({ op: 'ScatterElements', opset: 16, inputs, attrs: { reduction: 'add' } }).cost.flops, 10);
    assert.equal(runOp({ op: 'ScatterElements', opset: 11, inputs }).cost.flops, 0);
    assert.throws(() => runOp({ op: 'ScatterND', opset: 18, inputs, attrs: { reduction: 'avg' } }), OpError);
  });
});

describe('GatherBlockQuantized (com.microsoft)', () => {
  test('4-bit table packed in uint8: [32000, 2048] bytes = 4096 columns; output dtype of scales', () => {
    const r = runOp({
      op: 'GatherBlockQuantized', domain: 'com.microsoft',
      attrs: { bits: 4, block_size: 128, gather_axis: 0, quantize_axis: 1 },
      inputs: [
        { dtype: 'uint8', shape: [32000, 2048], constant: true },
        { dtype: 'int64', shape: [1, 5] },
        { dtype: 'float16', shape: [32000, 32], constant: true }, // 4096 / 128 = 32 blocks per row
      ],
    });
    assert.deepEqual(r.outputs[0], { dtype: 'float16', shape: [1, 5, 4096] });
    // out elements 5*4096 = 20480; dequantize 2 FLOPs each = 40960.
    // bytes: indices 5*8 = 40; quantized rows 20480*4/8 = 10240; scales 20480/128 = 160 blocks * 2 = 320;
    // output 20480*2 = 40960 -> 40 + 10240 + 320 + 40960 = 51560
    assert.deepEqual(r.cost, { macs: 0, flops: 40960, bytes: 51560 });
  });

  test('scales that do not match the blocks are an OpError', () => {
    assert.throws(() => runOp({
      op: 'GatherBlockQuantized', domain: 'com.microsoft', attrs: { block_size: 128 },
      inputs: [{ dtype: 'uint8', shape: [100, 64] }, { dtype: 'int64', shape: [3] }, { dtype: 'float32', shape: [100, 2] }],
    }), /expected \[100,1\]/);
  });
});

describe('GatherElements, GatherND, Scatter, NonMaxSuppression', () => {
  test('GatherElements output = indices shape; reads 2*24 + 6*8 = 96 bytes', () => {
    const r = runOp({ op: 'GatherElements', opset: 13, attrs: { axis: 1 }, inputs: [{ shape: [3, 4] }, { dtype: 'int64', shape: [3, 2] }] });
    assert.deepEqual(r.outputs[0]!.shape, [3, 2]);
    assert.equal(r.cost.bytes, 96); // 6 fp32 out = 24 bytes read + 24 written, 6 int64 indices = 48
  });

  test('GatherND: indices [2,1] on [2,3,4] -> [2,3,4]; batch_dims=1 (opset 12) -> [2] + [4] = [2,4]', () => {
    const r = runOp({ op: 'GatherND', opset: 11, inputs: [{ shape: [2, 3, 4] }, { dtype: 'int64', shape: [2, 1] }] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 3, 4]);
    assert.equal(r.cost.bytes, 208); // 24 fp32 = 96 bytes read + 96 written + 2 int64 = 16
    const b = runOp({ op: 'GatherND', opset: 12, attrs: { batch_dims: 1 }, inputs: [{ shape: [2, 3, 4] }, { dtype: 'int64', shape: [2, 1] }] });
    assert.deepEqual(b.outputs[0]!.shape, [2, 4]);
  });

  test('Scatter (opset 9) keeps the data shape with no arithmetic', () => {
    const r = runOp({ op: 'Scatter', opset: 9, inputs: [{ shape: [3, 3] }, { dtype: 'int64', shape: [1, 3] }, { shape: [1, 3] }] });
    assert.deepEqual(r.outputs[0]!.shape, [3, 3]);
    assert.equal(r.cost.flops, 0);
  });

  test('NonMaxSuppression: [fresh,3]; worst case 13 * 2 classes * 100*99/2 pairs + 3*100 areas = 129000 FLOPs', () => {
    const r = runOp({ op: 'NonMaxSuppression', opset: 11, inputs: [{ shape: [1, 100, 4] }, { shape: [1, 2, 100] }] });
    const s = r.outputs[0]!.shape!;
    assert.equal(typeof s[0], 'string');
    assert.equal(s[1], 3);
    assert.equal(r.cost.flops, 129000);
    assert.equal(r.cost.bytes, 2400); // boxes 400 fp32 + scores 200 fp32, outputs data-dependent
    assert.ok(r.cost.lowerBound);
  });
});

describe('TensorScatter (opset 24)', () => {
  test('cache [2,4,16,8] fp16 + update [2,4,3,8]: output is the cache shape; memory = update read+written + indices', () => {
    const r = runOp({ op: 'TensorScatter', opset: 24, inputs: [{ dtype: 'float16', shape: [2, 4, 16, 8] }, { dtype: 'float16', shape: [2, 4, 3, 8] }, { dtype: 'int64', shape: [2] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'float16', shape: [2, 4, 16, 8] });
    // update 2*4*3*8 = 192 elements * 2 bytes = 384, read and written = 768, + 2 int64 offsets = 16 -> 784.
    assert.deepEqual([r.cost.macs, r.cost.flops, r.cost.bytes], [0, 0, 784]);
  });

  test('update longer than the cache along the axis, or other dims differing, is a node error', () => {
    assert.throws(() => runOp({ op: 'TensorScatter', opset: 24, inputs: [{ shape: [1, 2, 4, 8] }, { shape: [1, 2, 5, 8] }] }), /does not fit/);
    assert.throws(() => runOp({ op: 'TensorScatter', opset: 24, inputs: [{ shape: [1, 2, 4, 8] }, { shape: [1, 3, 1, 8] }] }), /does not fit/);
    assert.throws(() => runOp({ op: 'TensorScatter', opset: 24, inputs: [{ shape: [1, 2, 4, 8] }, { shape: [1, 2, 1, 8] }], attrs: { mode: 'ring' } }), /mode/);
  });
});
