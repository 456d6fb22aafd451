import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute, Tensor } from '../../src/graph/ir.js';
import { OpError } from '../../src/shapes/types.js';
import { registry } from '../../src/ops/index.js';
import { float, floats, runOp } from '../support/op-harness.js';
import { readOnnxModel } from '../../src/formats/onnx/reader.js';
import { runEngine } from '../../src/shapes/engine.js';
import { fixtureModelPath } from '../support/model-fixtures.js';

const INT64_MAX = 2 ** 63 - 1; // what a decoded int64 sentinel becomes as a JS number

function tensorAttr(dtype: Tensor['dtype'], dims: number[], values: number[]): Attribute {
  const elements = dims.reduce((a, b) => a * b, 1);
  return { type: 'tensor', value: { name: 't', dtype, dims, elements, byteSize: elements * 8, storage: 'embedded', values } };
}

describe('Reshape', () => {
  test('0 copies the input dim and -1 is inferred: [2,3,4] -> [0,-1] = [2,12]', () => {
    // 2*3*4 = 24 elements; dim 0 copied (2); -1 = 24/2 = 12.
    const r = runOp({ op: 'Reshape', opset: 13, inputs: [{ shape: [2, 3, 4] }, { dtype: 'int64', value: [0, -1] }] });
    assert.deepEqual(r.outputs[0]!.shape, [2, 12]);
    assert.equal(r.cost.flops, 0);
    assert.equal(registry.lookup('', 'Reshape', 13)!.movesData, false);
  });

  test('allowzero=1 keeps 0 as a literal size (opset 14)', () => {
    // [0,5] has 0 elements; [5,0] also 0 elements: valid only when 0 is literal.
    const r = runOp({ op: 'Reshape', opset: 14, inputs: [{ shape: [0, 5] }, { dtype: 'int64', value: [5, 0] }], attrs: { allowzero: 1 } });
    assert.deepEqual(r.outputs[0]!.shape, [5, 0]);
    // Without allowzero the 0 copies input dim 1 (5): [5,5] = 25 elements != 0 -> error.
    assert.throws(() => runOp({ op: 'Reshape', opset: 14, inputs: [{ shape: [0, 5] }, { dtype: 'int64', value: [5, 0] }] }), OpError);
    // allowzero is ignored before opset 14: 0 copies.
    const old = runOp({ op: 'Reshape', opset: 13, inputs: [{ shape: [2, 3, 4] }, { dtype: 'int64', value: [0, 0, -1] }], attrs: { allowzero: 1 } });
    assert.deepEqual(old.outputs[0]!.shape, [2, 3, 4]);
  });

  test('symbolic dims cancel: [B,S,768] -> [0,0,12,-1] = [B,S,12,64]', () => {
    // -1 = (B*S*768)/(B*S*12) = 64.
    const r = runOp({ op: 'Reshape', inputs: [{ shape: ['B', 'S', 768] }, { dtype: 'int64', value: [0, 0, 12, -1] }] });
    assert.deepEqual(r.outputs[0]!.shape, ['B', 'S', 12, 64]);
  });

  test('opset 1 reads the shape attribute; unknown shape values give fresh dims of the known rank', () => {
    const r = runOp({ op: 'Reshape', opset: 1, inputs: [{ shape: [4, 6] }], attrs: { shape: [3, -1] } });
    assert.deepEqual(r.outputs[0]!.shape, [3, 8]);
    const u = runOp({ op: 'Reshape', inputs: [{ shape: [4, 6] }, { dtype: 'int64', shape: [3] }] });
    assert.equal(u.outputs[0]!.shape!.length, 3);
    assert.ok(u.outputs[0]!.shape!.every((d) => typeof d === 'string'));
  });

  test('a shape input of unknown values and unknown length is a clear OpError (nothing can be said)', () => {
    assert.throws(() => runOp({ op: 'Reshape', inputs: [{ shape: [4, 6] }, { dtype: 'int64', shape: ['n'] }] }), /output rank cannot be inferred/);
    assert.throws(() => runOp({ op: 'Unsqueeze', opset: 13, inputs: [{ shape: [4, 6] }, { dtype: 'int64', shape: [1] }] }), /axes input is not a known constant/);
  });

  test('mismatched element counts are an OpError', () => {
    assert.throws(() => runOp({ op: 'Reshape', inputs: [{ shape: [2, 3] }, { dtype: 'int64', value: [4, -1] }] }), /6 elements do not divide by 4/);
  });

  test('folds known values', () => {
    const r = runOp({ op: 'Reshape', inputs: [{ dtype: 'int64', shape: [2, 2], value: [1, 2, 3, 4] }, { dtype: 'int64', value: [-1] }] });
    assert.deepEqual(r.values[0]!.shape, [4]);
    assert.deepEqual(r.values[0]!.data, [1, 2, 3, 4]);
  });
});

describe('Flatten', () => {
  test('axis 2 of [2,3,4,5] = [6,20]; axis -1 (opset 11) = [24,5]', () => {
    assert.deepEqual(runOp({ op: 'Flatten', inputs: [{ shape: [2, 3, 4, 5] }], attrs: { axis: 2 } }).outputs[0]!.shape, [6, 20]);
    assert.deepEqual(runOp({ op: 'Flatten', opset: 11, inputs: [{ shape: [2, 3, 4, 5] }], attrs: { axis: -1 } }).outputs[0]!.shape, [24, 5]);
    assert.throws(() => runOp({ op: 'Flatten', opset: 9, inputs: [{ shape: [2, 3] }], attrs: { axis: -1 } }), OpError);
  });

  test('keeps a lone symbolic batch: [N,512,1,1] -> [N,512]', () => {
    assert.deepEqual(runOp({ op: 'Flatten', inputs: [{ shape: ['N', 512, 1, 1] }] }).outputs[0]!.shape, ['N', 512]);
  });
});

describe('Squeeze / Unsqueeze', () => {
  test('Squeeze axes as attribute (opset 11) and as input (opset 13) agree', () => {
    const a = runOp({ op: 'Squeeze', opset: 11, inputs: [{ shape: [1, 3, 1, 5] }], attrs: { axes: [0, -2] } });
    const b = runOp({ op: 'Squeeze', opset: 13, inputs: [{ shape: [1, 3, 1, 5] }, { dtype: 'int64', value: [0, -2] }] });
    assert.deepEqual(a.outputs[0]!.shape, [3, 5]);
    assert.deepEqual(b.outputs[0]!.shape, [3, 5]);
    // Without axes every 1 goes.
    assert.deepEqual(runOp({ op: 'Squeeze', opset: 13, inputs: [{ shape: [1, 3, 1, 5] }] }).outputs[0]!.shape, [3, 5]);
    assert.throws(() => runOp({ op: 'Squeeze', opset: 11, inputs: [{ shape: [1, 3] }], attrs: { axes: [1] } }), /size is 3/);
    // Negative axes arrived in opset 11.
    assert.throws(() => runOp({ op: 'Squeeze', opset: 1, inputs: [{ shape: [1, 3] }], attrs: { axes: [-2] } }), OpError);
  });

  test('Unsqueeze axes index the output: [3,4] with [0,-1] = [1,3,4,1]', () => {
    const a = runOp({ op: 'Unsqueeze', opset: 11, inputs: [{ shape: [3, 4] }], attrs: { axes: [0, -1] } });
    const b = runOp({ op: 'Unsqueeze', opset: 13, inputs: [{ shape: [3, 4] }, { dtype: 'int64', value: [0, -1] }] });
    assert.deepEqual(a.outputs[0]!.shape, [1, 3, 4, 1]);
    assert.deepEqual(b.outputs[0]!.shape, [1, 3, 4, 1]);
    const s = runOp({ op: 'Unsqueeze', opset: 13, inputs: [{ dtype: 'int64', shape: [], value: [7] }, { dtype: 'int64', value: [0] }] });
    assert.deepEqual(s.values[0], { dtype: 'int64', shape: [1], data: [7] });
  });
});

describe('Shape / Size', () => {
  test('Shape folds, with start/end from opset 15 (negative and clamped)', () => {
    const full = runOp({ op: 'Shape', opset: 13, inputs: [{ shape: [2, 3, 4, 5] }] });
    assert.deepEqual(full.values[0]!.data, [2, 3, 4, 5]);
    const mid = runOp({ op: 'Shape', opset: 15, inputs: [{ shape: [2, 3, 4, 5] }], attrs: { start: 1, end: -1 } });
    assert.deepEqual(mid.outputs[0]!.shape, [2]);
    assert.deepEqual(mid.values[0]!.data, [3, 4]);
    // start -10 clamps to 0, end 99 clamps to 4.
    assert.deepEqual(runOp({ op: 'Shape', opset: 15, inputs: [{ shape: [2, 3, 4, 5] }], attrs: { start: -10, end: 99 } }).values[0]!.data, [2, 3, 4, 5]);
  });

  test('Shape of a symbolic input has a type but no value; Size folds 2*3*4 = 24', () => {
    const r = runOp({ op: 'Shape', inputs: [{ shape: ['B', 3] }] });
    assert.deepEqual(r.outputs[0], { dtype: 'int64', shape: [2] });
    assert.equal(r.values[0], undefined);
    const size = runOp({ op: 'Size', inputs: [{ shape: [2, 3, 4] }] });
    assert.deepEqual(size.values[0], { dtype: 'int64', shape: [], data: [24] });
    assert.equal(registry.lookup('', 'Shape', 15)!.movesData, false);
  });
});

describe('Cast', () => {
  test('float -> int64 truncates toward zero; -> bool is != 0', () => {
    const r = runOp({ op: 'Cast', opset: 13, inputs: [{ dtype: 'float32', value: [1.7, -1.7, 2.5] }], attrs: { to: 7 } });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [3], data: [1, -1, 2] });
    const b = runOp({ op: 'Cast', opset: 13, inputs: [{ dtype: 'float32', value: [0, 0.5, -2] }], attrs: { to: 9 } });
    assert.deepEqual(b.values[0]!.data, [0, 1, 1]);
    assert.equal(b.outputs[0]!.dtype, 'bool');
  });

  test('casts to float16 keep the type but are not folded (no float16 rounding is modelled)', () => {
    const r = runOp({ op: 'Cast', opset: 13, inputs: [{ dtype: 'float32', value: [0.1] }], attrs: { to: 10 } });
    assert.deepEqual(r.outputs[0], { dtype: 'float16', shape: [1] });
    assert.equal(r.values[0], undefined);
  });

  test("Cast-1 takes 'to' as a type name; CastLike takes the second input's dtype", () => {
    const r = runOp({ op: 'Cast', opset: 1, inputs: [{ dtype: 'int64', value: [300] }], attrs: { to: 'INT8' } });
    // 300 wraps to 300 - 256 = 44 in int8.
    assert.deepEqual(r.values[0], { dtype: 'int8', shape: [1], data: [44] });
    const l = runOp({ op: 'CastLike', opset: 15, inputs: [{ dtype: 'int64', value: [3] }, { dtype: 'float64', shape: [1] }] });
    assert.equal(l.outputs[0]!.dtype, 'float64');
    assert.deepEqual(l.values[0]!.data, [3]);
  });
});

describe('Constant, Identity, Dropout', () => {
  test('Constant value_ints, value_float and value tensor', () => {
    assert.deepEqual(runOp({ op: 'Constant', opset: 13, inputs: [], attrs: { value_ints: [3, 4] } }).values[0], { dtype: 'int64', shape: [2], data: [3, 4] });
    const f = runOp({ op: 'Constant', opset: 13, inputs: [], attrs: { value_float: float(0.5) } });
    assert.deepEqual(f.outputs[0], { dtype: 'float32', shape: [] });
    assert.deepEqual(f.values[0]!.data, [0.5]);
    const fs = runOp({ op: 'Constant', opset: 13, inputs: [], attrs: { value_floats: floats([1, 2]) } });
    assert.deepEqual(fs.outputs[0], { dtype: 'float32', shape: [2] });
    const t = runOp({ op: 'Constant', opset: 13, inputs: [], attrs: { value: tensorAttr('int64', [2, 1], [5, 6]) } });
    assert.deepEqual(t.values[0], { dtype: 'int64', shape: [2, 1], data: [5, 6] });
    assert.throws(() => runOp({ op: 'Constant', opset: 13, inputs: [] }), OpError);
    // 'value' alone but not a tensor; and a value attribute after an unrelated one.
    assert.throws(() => runOp({ op: 'Constant', opset: 13, inputs: [], attrs: { value: 3 } }), /attribute 'value' should be a tensor but is int/);
    assert.deepEqual(runOp({ op: 'Constant', opset: 13, inputs: [], attrs: { other: 1, value_ints: [7] } }).values[0], { dtype: 'int64', shape: [1], data: [7] });
  });

  test('Identity passes value through; Dropout mask is bool from opset 10', () => {
    const id = runOp({ op: 'Identity', inputs: [{ dtype: 'int64', value: [1, 2] }] });
    assert.deepEqual(id.values[0]!.data, [1, 2]);
    const d = runOp({ op: 'Dropout', opset: 13, inputs: [{ shape: [2, 8] }], outputs: 2 });
    assert.deepEqual(d.outputs[1], { dtype: 'bool', shape: [2, 8] });
    assert.equal(registry.lookup('', 'Dropout', 13)!.movesData, false);
    assert.equal(registry.lookup('', 'Identity', 13)!.movesData, false);
  });

  test('Dropout in training mode warns unless its ratio is a known 0 (then it is the identity, as the spec scales by 1/(1-0))', () => {
    // torchvision 0.14's swin_t exports 24 of these: F.dropout(attn, p=0.0) keeps training=True, so
    // the file says training_mode=1 with ratio 0. Per Dropout-12/13, output = data * mask / (1 - ratio)
    // with every element kept at ratio 0: exactly what inference computes, nothing to warn about.
    const run = (ratio: number | undefined) => runOp({
      op: 'Dropout', opset: 13, outputs: 2,
      inputs: [{ shape: [2, 8] }, ratio === undefined ? { shape: [] } : { dtype: 'float32', shape: [], value: [ratio] }, { dtype: 'bool', shape: [], value: [1] }],
    });
    assert.deepEqual(run(0).warnings, []);
    assert.deepEqual(run(0).outputs[1], { dtype: 'bool', shape: [2, 8] });
    assert.deepEqual(run(0.1).warnings, ['Dropout with training_mode=1: profiled as inference (identity)']);
    // A ratio computed at run time may be anything: still a warning.
    assert.deepEqual(run(undefined).warnings, ['Dropout with training_mode=1: profiled as inference (identity)']);
    // training_mode=1 without a ratio input: the spec's default ratio is 0.5.
    const noRatio = runOp({ op: 'Dropout', opset: 13, inputs: [{ shape: [2, 8] }, null, { dtype: 'bool', shape: [], value: [1] }] });
    assert.equal(noRatio.warnings.length, 1);
  });

  test('INT64_MAX survives folding through Concat (a Slice sentinel)', () => {
    const r = runOp({ op: 'Concat', inputs: [{ dtype: 'int64', value: [0] }, { dtype: 'int64', value: [INT64_MAX] }], attrs: { axis: 0 } });
    assert.deepEqual(r.values[0]!.data, [0, INT64_MAX]);
  });
});

describe('Optional', () => {
  test('Optional wraps its input type; OptionalHasElement is a bool scalar; OptionalGetElement unwraps', () => {
    const o = runOp({ op: 'Optional', opset: 15, inputs: [{ dtype: 'int64', value: [1, 2] }] });
    assert.deepEqual(o.outputs[0], { dtype: 'int64', shape: [2] });
    assert.deepEqual(runOp({ op: 'OptionalHasElement', opset: 18, inputs: [{ shape: [3] }] }).outputs[0], { dtype: 'bool', shape: [] });
    assert.deepEqual(runOp({ op: 'OptionalGetElement', opset: 18, inputs: [{ shape: [3] }] }).outputs[0], { dtype: 'float32', shape: [3] });
  });
});

describe('folding on a real PyTorch export (tiny_gpt_dyn.onnx of test/fixtures/models)', () => {
  test('batch 3, seq 17: every Reshape target is folded from Shape/Gather/Unsqueeze/Concat', async () => {
    const model = await readOnnxModel(fixtureModelPath('tiny_gpt_dyn'));
    const res = runEngine(model, (d, o, v) => registry.lookup(d, o, v), { inputShapes: { idx: [3, 17] } });
    const reshapes = res.nodes.filter((n) => n.node.opType === 'Reshape');
    assert.equal(reshapes.length, 16); // op_histogram of reference.json
    for (const n of reshapes) {
      assert.ok(res.values.get(n.node.inputs[1]!)?.value, `${n.node.name}: shape input not folded`);
    }
    // 4 heads of 64 (d_model 256 = 768/3 from the qkv projection); the merge goes back to [3,17,256].
    const heads = reshapes.filter((n) => /attn\/Reshape(_[12])?$/.test(n.node.name));
    assert.equal(heads.length, 12);
    for (const n of heads) assert.deepEqual(n.outputs[0]!.shape, [3, 17, 4, 64]);
    for (const n of reshapes.filter((x) => x.node.name.endsWith('attn/Reshape_3'))) assert.deepEqual(n.outputs[0]!.shape, [3, 17, 256]);
    assert.deepEqual(res.outputs.map((o) => o.type.shape), [[3, 17, 1000]]);
  });
});

describe('BitCast (opset 26)', () => {
  test('float32 [2,3] -> int32 [2,3], a view (no data moved, no FLOPs); widths must match', () => {
    const r = runOp({ op: 'BitCast', opset: 26, inputs: [{ shape: [2, 3] }], attrs: { to: 6 } });
    assert.deepEqual(r.outputs[0], { dtype: 'int32', shape: [2, 3] });
    assert.equal(r.cost.flops, 0);
    assert.equal(registry.lookup('', 'BitCast', 26)!.movesData, false);
    // float16 is 16 bits, float32 32: refused with both widths named.
    assert.throws(() => runOp({ op: 'BitCast', opset: 26, inputs: [{ shape: [2] }], attrs: { to: 10 } }), /32 bits\) to float16 \(16 bits\)/);
    assert.throws(() => runOp({ op: 'BitCast', opset: 26, inputs: [{ shape: [2] }] }), OpError);
  });
});
