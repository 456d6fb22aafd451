/**
 * What counts as params in an ONNX graph: weights of every float and <= 16-bit integer dtype, and
 * integer tensors read as quantized values (DequantizeLinear's input, QLinearConv's and QGemm's bias)
 * whatever their width; shape and index constants stay apart.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { profileFile } from '../../src/profile/index.js';
import type { ProfileResult } from '../../src/profile/types.js';
import { FunctionBuilder, GraphBuilder, attr, modelBytes, tensor } from '../support/onnx-writer.js';
import { int16QdqMatMuls } from '../support/quantized-models.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-params-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function profile(bytes: Uint8Array, name: string): Promise<ProfileResult> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return profileFile(path);
}

describe('params of quantized ONNX graphs', () => {
  test('int16 QDQ weights (ONNX Runtime QInt16, opset 21) are params', async () => {
    const p = await profile(int16QdqMatMuls(), 'int16.onnx');
    // 256*1024 + 1024*256 = 524,288 int16 weights + the int16 zero point 1 + the float scale 1.
    assert.equal(p.params.total, 524_290);
    assert.deepEqual(p.params.byDtype, { int16: { elements: 524_289, bytes: 1_048_578 }, float32: { elements: 1, bytes: 4 } });
    assert.deepEqual(p.params.nonWeight, { elements: 0, bytes: 0 });
    // Each DequantizeLinear reads 262,144 weights + scale + zero point.
    assert.deepEqual(p.nodes!.filter((n) => n.opType === 'DequantizeLinear').map((n) => n.params), [262_146, 262_146]);
  });

  test('int32 read by DequantizeLinear (biases, directly or through a local function) are params; shape and index constants are not', async () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.initializer('Wq', 'int8', [4, 4]);
    g.initializer('s', 'float32', [], { values: [0.5] });
    g.initializer('z', 'int8', [], { values: [0] });
    g.initializer('bq', 'int32', [4]);
    g.initializer('sb', 'float32', [], { values: [0.25] });
    g.initializer('fq', 'int32', [8]);
    g.initializer('shape', 'int64', [2], { values: [2, 2] });
    g.initializer('idx', 'int32', [1], { values: [0] });
    g.node('DequantizeLinear', ['Wq', 's', 'z'], ['W']);
    g.node('MatMul', ['x', 'W'], ['m']);
    g.node('DequantizeLinear', ['bq', 'sb'], ['b']);
    g.node('Add', ['m', 'b'], ['y']);
    g.node('Reshape', ['y', 'shape'], ['y2']);
    g.node('Gather', ['y2', 'idx'], ['y3'], { axis: 0 });
    g.node('Deq', ['fq', 'sb'], ['f'], {}, { domain: 'local' });
    g.output('y3', 'float32', null);
    g.output('f', 'float32', null);
    const fn = new FunctionBuilder('Deq', 'local', { inputs: ['a', 'scale'], outputs: ['out'] });
    fn.node('DequantizeLinear', ['a', 'scale'], ['out']);
    const p = await profile(modelBytes(g, { opset: 21, functions: [fn] }), 'int32-bias.onnx');
    // Weights: int8 16 + 1 zero point = 17; float32 scales 2; int32 bias 4 + function-read 8 = 12.
    assert.deepEqual(p.params.byDtype, {
      int8: { elements: 17, bytes: 17 }, float32: { elements: 2, bytes: 8 }, int32: { elements: 12, bytes: 48 },
    });
    assert.equal(p.params.total, 17 + 2 + 12);
    // Not weights: Reshape's int64 shape (2 elements, 16 bytes) and Gather's int32 index (1, 4 bytes).
    assert.deepEqual(p.params.nonWeight, { elements: 3, bytes: 20 });
    // The bias's DequantizeLinear reads 4 + 1; the one in the function body 8 + 1; Reshape none.
    const dq = p.nodes!.filter((n) => n.opType === 'DequantizeLinear').map((n) => n.params);
    assert.deepEqual(dq.sort((a, b) => a - b), [5, 9, 18]);
    assert.equal(p.nodes!.find((n) => n.opType === 'Reshape')!.params, 0);
    assert.equal(p.nodes!.find((n) => n.opType === 'Gather')!.params, 0);
  });
  test("com.microsoft QGemm's int32 bias (ONNX Runtime's QOperator Gemm) is params", async () => {
    const g = new GraphBuilder('main');
    g.input('x', 'uint8', [2, 4]);
    g.initializer('a_scale', 'float32', [], { values: [0.5] });
    g.initializer('a_zp', 'uint8', [], { values: [128] });
    g.initializer('B', 'int8', [4, 3]);
    g.initializer('b_scale', 'float32', [], { values: [0.25] });
    g.initializer('b_zp', 'int8', [], { values: [0] });
    g.initializer('C', 'int32', [3]);
    g.initializer('y_scale', 'float32', [], { values: [0.125] });
    g.initializer('y_zp', 'uint8', [], { values: [128] });
    g.node('QGemm', ['x', 'a_scale', 'a_zp', 'B', 'b_scale', 'b_zp', 'C', 'y_scale', 'y_zp'], ['y'], {}, { domain: 'com.microsoft' });
    g.output('y', 'uint8', null);
    const p = await profile(modelBytes(g, { opset: 17, opsets: { 'com.microsoft': 1 } }), 'qgemm.onnx');
    // int8: B 4*3 = 12 + b_zp 1 = 13; uint8 zero points 2; float32 scales 3; int32 bias C 3 (12 bytes).
    assert.deepEqual(p.params.byDtype, {
      int8: { elements: 13, bytes: 13 }, uint8: { elements: 2, bytes: 2 }, float32: { elements: 3, bytes: 12 }, int32: { elements: 3, bytes: 12 },
    });
    assert.equal(p.params.total, 13 + 2 + 3 + 3);
    assert.deepEqual(p.params.nonWeight, { elements: 0, bytes: 0 });
    // The node reads every constant input: 13 + 2 + 3 + 3 = 21 (x is a graph input).
    assert.equal(p.nodes!.find((n) => n.opType === 'QGemm')!.params, 21);
  });

  test('integer weights reaching DequantizeLinear through layout ops (Reshape, Transpose, Cast, Identity, Flatten, Squeeze, Expand) are params; their shape inputs are not', async () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 64, 2, 2]);
    g.input('x2', 'float32', [1, 4]);
    // A per-channel int32 bias [64] reshaped to [64,1,1] to broadcast over a conv output.
    g.initializer('bq', 'int32', [64]);
    g.initializer('bshape', 'int64', [3], { values: [64, 1, 1] });
    g.initializer('sb', 'float32', [], { values: [0.5] });
    g.node('Reshape', ['bq', 'bshape'], ['bq3']);
    g.node('DequantizeLinear', ['bq3', 'sb'], ['b']);
    g.node('Add', ['x', 'b'], ['y1']);
    // int32 weights [8,4] transposed after quantization.
    g.initializer('Wq', 'int32', [8, 4]);
    g.initializer('sw', 'float32', [], { values: [0.25] });
    g.node('Transpose', ['Wq'], ['WqT'], { perm: [1, 0] });
    g.node('DequantizeLinear', ['WqT', 'sw'], ['W']);
    g.node('MatMul', ['x2', 'W'], ['y2']);
    g.initializer('idx', 'int64', [1], { values: [0] });
    g.node('Gather', ['y2', 'idx'], ['y3'], { axis: 0 });
    // int64-stored quantized values cast to int32, then flattened and squeezed: [2,3] -> [1,6] -> [6].
    g.initializer('cq', 'int64', [2, 3]);
    g.initializer('axes', 'int64', [1], { values: [0] });
    g.initializer('sc', 'float32', [], { values: [0.125] });
    g.node('Cast', ['cq'], ['c32'], { to: 6 });
    g.node('Identity', ['c32'], ['c32i']);
    g.node('Flatten', ['c32i'], ['cflat'], { axis: 0 });
    g.node('Squeeze', ['cflat', 'axes'], ['c6']);
    g.node('DequantizeLinear', ['c6', 'sc'], ['c']);
    // One int32 value broadcast to [4].
    g.initializer('eq', 'int32', [1]);
    g.initializer('eshape', 'int64', [1], { values: [4] });
    g.initializer('se', 'float32', [], { values: [2] });
    g.node('Expand', ['eq', 'eshape'], ['eq4']);
    g.node('DequantizeLinear', ['eq4', 'se'], ['e']);
    g.output('y1', 'float32', null);
    g.output('y3', 'float32', null);
    g.output('c', 'float32', null);
    g.output('e', 'float32', null);
    const p = await profile(modelBytes(g, { opset: 21 }), 'layout-int32.onnx');
    // Weights: int32 bq 64 + Wq 8*4 = 32 + eq 1 = 97 (388 bytes); int64 cq 2*3 = 6 (48 bytes); float32 scales 4 (16 bytes).
    assert.deepEqual(p.params.byDtype, {
      int32: { elements: 97, bytes: 388 }, int64: { elements: 6, bytes: 48 }, float32: { elements: 4, bytes: 16 },
    });
    assert.equal(p.params.total, 97 + 6 + 4);
    // Not weights: Reshape's shape 3, Gather's index 1, Squeeze's axes 1, Expand's shape 1: 6 int64, 48 bytes.
    assert.deepEqual(p.params.nonWeight, { elements: 6, bytes: 48 });
    // The layout op reading a stored weight carries it in its row; each DequantizeLinear reads only its scale.
    const row = (op: string): number => p.nodes!.find((n) => n.opType === op)!.params;
    assert.deepEqual(['Reshape', 'Transpose', 'Cast', 'Expand', 'Identity', 'Flatten', 'Squeeze', 'Gather'].map(row), [64, 32, 6, 1, 0, 0, 0, 0]);
    assert.deepEqual(p.nodes!.filter((n) => n.opType === 'DequantizeLinear').map((n) => n.params), [1, 1, 1, 1]);
  });

  test('an int32 Constant read by DequantizeLinear, directly or through Unsqueeze, is params whatever its tensor is named', async () => {
    // Constant nodes' tensors usually carry no name (or an unrelated one); the node's output is what is read.
    const g = new GraphBuilder('main');
    g.constant('kq', 'int32', [6]);
    g.node('Constant', [], ['jq'], { value: tensor('int32', [3], { name: 'unrelated' }) });
    g.constant('uaxes', 'int64', [1], { values: [0] });
    g.constant('s', 'float32', [], { values: [0.5] });
    g.node('Unsqueeze', ['kq', 'uaxes'], ['kq2']);
    g.node('DequantizeLinear', ['kq2', 's'], ['k']);
    g.node('DequantizeLinear', ['jq', 's'], ['j']);
    g.output('k', 'float32', null);
    g.output('j', 'float32', null);
    const p = await profile(modelBytes(g, { opset: 21 }), 'constant-int32.onnx');
    // Weights: int32 6 + 3 = 9 (36 bytes); the float32 scale 1. Not weights: Unsqueeze's axes 1 int64.
    assert.deepEqual(p.params.byDtype, { int32: { elements: 9, bytes: 36 }, float32: { elements: 1, bytes: 4 } });
    assert.equal(p.params.total, 10);
    assert.deepEqual(p.params.nonWeight, { elements: 1, bytes: 8 });
    // Unsqueeze reads the 6 (not its axes); the DequantizeLinear of jq reads 3 + the scale; the other one the scale.
    assert.equal(p.nodes!.find((n) => n.opType === 'Unsqueeze')!.params, 6);
    assert.deepEqual(p.nodes!.filter((n) => n.opType === 'DequantizeLinear').map((n) => n.params), [1, 4]);
  });

  test('layout ops before DequantizeLinear are followed inside If branches and local functions', async () => {
    // then: Reshape(outer int32 [4]) -> DequantizeLinear. else: Identity(outer int32 [2]) -> local
    // function whose body transposes its input before dequantizing it.
    const branch = (name: string, out: string, body: (b: GraphBuilder) => void): GraphBuilder => {
      const b = new GraphBuilder(name);
      body(b);
      b.output(out, 'float32', null);
      return b;
    };
    const thenG = branch('then', 'rt', (b) => {
      b.node('Reshape', ['tq', 'tshape'], ['tq2']);
      b.node('DequantizeLinear', ['tq2', 's'], ['rt']);
    });
    const elseG = branch('else', 're', (b) => {
      b.node('Identity', ['fq'], ['fq1']);
      b.node('Deq', ['fq1', 's'], ['re'], {}, { domain: 'local' });
    });
    const fn = new FunctionBuilder('Deq', 'local', { inputs: ['a', 'scale'], outputs: ['out'], opsets: { '': 21 } });
    fn.node('Transpose', ['a'], ['at']);
    fn.node('DequantizeLinear', ['at', 'scale'], ['out']);
    const g = new GraphBuilder('main');
    g.input('cond', 'bool', []);
    g.initializer('tq', 'int32', [4]);
    g.initializer('tshape', 'int64', [2], { values: [2, 2] });
    g.initializer('fq', 'int32', [2, 1]);
    g.initializer('s', 'float32', [], { values: [0.5] });
    g.node('If', ['cond'], ['r'], { then_branch: thenG, else_branch: elseG });
    g.output('r', 'float32', null);
    const p = await profile(modelBytes(g, { opset: 21, opsets: { local: 1 }, functions: [fn] }), 'if-int32.onnx');
    // Weights: int32 4 + 2 = 6 (24 bytes), the float32 scale 1. Not weights: the then-branch's shape, 2 int64.
    assert.deepEqual(p.params.byDtype, { int32: { elements: 6, bytes: 24 }, float32: { elements: 1, bytes: 4 } });
    assert.equal(p.params.total, 7);
    assert.deepEqual(p.params.nonWeight, { elements: 2, bytes: 16 });
  });

  test("a function body's names are its own: a formal or Constant read as a weight there makes no main-graph or other body's value of that name one", async () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    // Main graph: `a` is Reshape's int64 shape, the name Deq's body gives its dequantized formal.
    g.initializer('a', 'int64', [2], { values: [2, 2] });
    g.initializer('fq', 'int32', [8]);
    g.initializer('s', 'float32', [], { values: [0.5] });
    g.node('Reshape', ['x', 'a'], ['y']);
    g.node('Deq', ['fq', 's'], ['f'], {}, { domain: 'local' });
    g.node('DeqC', ['s'], ['fc'], {}, { domain: 'local' });
    g.node('Shape2', ['y'], ['y2'], {}, { domain: 'local' });
    g.output('y2', 'float32', null);
    g.output('f', 'float32', null);
    g.output('fc', 'float32', null);
    const deq = new FunctionBuilder('Deq', 'local', { inputs: ['a', 'scale'], outputs: ['out'], opsets: { '': 21 } });
    deq.node('DequantizeLinear', ['a', 'scale'], ['out']);
    // DeqC dequantizes its own int32 Constant `c`; Shape2 names its int64 shape `c` too.
    const deqC = new FunctionBuilder('DeqC', 'local', { inputs: ['scale'], outputs: ['out'], opsets: { '': 21 } });
    deqC.constant('c', 'int32', [5]);
    deqC.node('DequantizeLinear', ['c', 'scale'], ['out']);
    const shape2 = new FunctionBuilder('Shape2', 'local', { inputs: ['v'], outputs: ['out'], opsets: { '': 21 } });
    shape2.constant('c', 'int64', [2], { values: [1, 4] });
    shape2.node('Reshape', ['v', 'c'], ['out']);
    const p = await profile(modelBytes(g, { opset: 21, opsets: { local: 1 }, functions: [deq, deqC, shape2] }), 'shadowed.onnx');
    // Weights: int32 fq 8 + c 5 = 13 (52 bytes), the float32 scale 1. Not weights: the main
    // graph's `a` and Shape2's `c`, 2 int64 each: 4 elements, 32 bytes.
    assert.deepEqual(p.params.byDtype, { int32: { elements: 13, bytes: 52 }, float32: { elements: 1, bytes: 4 } });
    assert.equal(p.params.total, 14);
    assert.deepEqual(p.params.nonWeight, { elements: 4, bytes: 32 });
    // Both Reshapes read only int64 shapes.
    assert.deepEqual(p.nodes!.filter((n) => n.opType === 'Reshape').map((n) => n.params), [0, 0]);
  });

  test("an int32 Constant of a function body reshaped before DequantizeLinear is in the Reshape's row, as in the main graph", async () => {
    const g = new GraphBuilder('main');
    g.initializer('s', 'float32', [], { values: [0.5] });
    g.node('Deq', ['s'], ['f'], {}, { domain: 'local' });
    g.node('Deq', ['s'], ['f2'], {}, { domain: 'local' });
    g.output('f', 'float32', null);
    g.output('f2', 'float32', null);
    const fn = new FunctionBuilder('Deq', 'local', { inputs: ['scale'], outputs: ['out'], opsets: { '': 21 } });
    fn.constant('kq', 'int32', [6]);
    fn.constant('shp', 'int64', [2], { values: [2, 3] });
    fn.node('Reshape', ['kq', 'shp'], ['kq2']);
    fn.node('DequantizeLinear', ['kq2', 'scale'], ['out']);
    const p = await profile(modelBytes(g, { opset: 21, opsets: { local: 1 }, functions: [fn] }), 'fn-constant-int32.onnx');
    // The body's tensors count once in the totals: int32 6, the float32 scale 1; its shape 2 int64 apart.
    assert.equal(p.params.total, 7);
    assert.deepEqual(p.params.nonWeight, { elements: 2, bytes: 16 });
    // Each call's Reshape reads the 6 (a weight read by two nodes is in both rows); its DequantizeLinear the scale.
    assert.deepEqual(p.nodes!.filter((n) => n.opType === 'Reshape').map((n) => n.params), [6, 6]);
    assert.deepEqual(p.nodes!.filter((n) => n.opType === 'DequantizeLinear').map((n) => n.params), [1, 1]);
  });

  test('a weight read through a deep chain of local functions, its formal moving at every call, is params', async () => {
    // F0(a, b, s) dequantizes b. Fi(p, q, s) calls F(i-1)(q, p, s), swapping the first two
    // positions: F1 reaches position 0, F2 position 1, ..., F40 (even) position 1. Listed callers
    // first, so the weight position is found one level at a time.
    const depth = 40;
    const fns: FunctionBuilder[] = [];
    for (let i = depth; i >= 1; i--) {
      const f = new FunctionBuilder(`F${i}`, 'local', { inputs: ['p', 'q', 's'], outputs: ['y'], opsets: { '': 21, local: 1 } });
      f.node(`F${i - 1}`, ['q', 'p', 's'], ['y'], {}, { domain: 'local' });
      fns.push(f);
    }
    const f0 = new FunctionBuilder('F0', 'local', { inputs: ['a', 'b', 's'], outputs: ['y'], opsets: { '': 21 } });
    f0.node('DequantizeLinear', ['b', 's'], ['y']);
    fns.push(f0);
    const g = new GraphBuilder('main');
    g.initializer('wa', 'int32', [3]);
    g.initializer('wb', 'int32', [5]);
    g.initializer('s', 'float32', [], { values: [0.5] });
    g.node(`F${depth}`, ['wa', 'wb', 's'], ['y'], {}, { domain: 'local' });
    g.output('y', 'float32', null);
    const p = await profile(modelBytes(g, { opset: 21, opsets: { local: 1 }, functions: fns }), 'chain.onnx');
    // Weights: wb (position 1) 5 int32 = 20 bytes, the scale 1 float32; wa (3 int32, 12 bytes) is not read as one.
    assert.deepEqual(p.params.byDtype, { int32: { elements: 5, bytes: 20 }, float32: { elements: 1, bytes: 4 } });
    assert.equal(p.params.total, 6);
    assert.deepEqual(p.params.nonWeight, { elements: 3, bytes: 12 });
  });
});

describe("Constant nodes' scalar and list forms (value_float(s), value_int(s))", () => {
  test('value_floats [16] reshaped into a [4,4] MatMul weight is 16 params (64 bytes), not 0', async () => {
    // Constant(value_floats: 16 floats) -> Reshape(shape: Constant value_ints [4, 4]) -> MatMul.
    // ONNX: value_floats is a float32 1-D tensor, value_ints an int64 1-D one. Params: 16 float32
    // (64 bytes) + value_float 0.5 (1 float32, 4 bytes) = 17 elements, 68 bytes; non-weights: the
    // shape [4, 4] (2 int64, 16 bytes) + value_int 1 (1 int64, 8 bytes) = 3 elements, 24 bytes.
    // Before: params 0 and nonWeight 0, while the MatMul still cost 16 MACs.
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.node('Constant', [], ['w_flat'], { value_floats: attr.floats(Array.from({ length: 16 }, (_, i) => i + 0.5)) });
    g.node('Constant', [], ['shape'], { value_ints: attr.ints([4, 4]) });
    g.node('Reshape', ['w_flat', 'shape'], ['w']);
    g.node('MatMul', ['x', 'w'], ['h']);
    g.node('Constant', [], ['half'], { value_float: attr.float(0.5) });
    g.node('Mul', ['h', 'half'], ['y']);
    g.node('Constant', [], ['one'], { value_int: attr.int(1) });
    g.output('y', 'float32', [1, 4]);
    g.output('one', 'int64', []);
    const p = await profile(modelBytes(g), 'constant-lists.onnx');
    assert.equal(p.params.total, 17);
    assert.equal(p.params.bytes, 68);
    assert.deepEqual(p.params.byDtype, { float32: { elements: 17, bytes: 68 } });
    assert.deepEqual(p.params.nonWeight, { elements: 3, bytes: 24 });
    assert.equal(p.totals!.macs, 16);
    // The per-node rows agree: the Reshape reads the 16 floats, the Mul the 0.5.
    assert.equal(p.nodes!.find((n) => n.opType === 'Reshape')!.params, 16);
    assert.equal(p.nodes!.find((n) => n.opType === 'Mul')!.params, 1);
  });

  test('the same forms inside a local function body count once, as its value tensors do', async () => {
    // F(a) = a * Constant(value_floats [4]); called twice: 4 params (16 bytes), not 0 and not 8.
    const f = new FunctionBuilder('F', 'local', { inputs: ['a'], outputs: ['b'] });
    f.node('Constant', [], ['k'], { value_floats: attr.floats([1, 2, 3, 4]) });
    f.node('Mul', ['a', 'k'], ['b']);
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.node('F', ['x'], ['h'], {}, { domain: 'local' });
    g.node('F', ['h'], ['y'], {}, { domain: 'local' });
    g.output('y', 'float32', [1, 4]);
    const p = await profile(modelBytes(g, { functions: [f] }), 'constant-lists-fn.onnx');
    assert.equal(p.params.total, 4);
    assert.equal(p.params.bytes, 16);
  });
});

describe('params of weights an ONNX file stores once in external data', () => {
  test('initializers naming the same bytes of one side file count once (tied weights); other bytes count apart', async () => {
    // shared.data holds 32 float32 (128 bytes): a, b and c name bytes 0-63 (c through './'), d bytes 64-127.
    writeFileSync(join(dir, 'shared.data'), Buffer.alloc(128));
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.initializer('a', 'float32', [4, 4], { external: { location: 'shared.data', offset: 0 } });
    g.initializer('b', 'float32', [4, 4], { external: { location: 'shared.data', offset: 0, length: 64 } });
    g.initializer('c', 'float32', [4, 4], { external: { location: './shared.data', offset: 0 } });
    g.initializer('d', 'float32', [4, 4], { external: { location: 'shared.data', offset: 64 } });
    g.node('MatMul', ['x', 'a'], ['h1']);
    g.node('MatMul', ['h1', 'b'], ['h2']);
    g.node('MatMul', ['h2', 'c'], ['h3']);
    g.node('MatMul', ['h3', 'd'], ['y']);
    g.output('y', 'float32', [1, 4]);
    const p = await profile(modelBytes(g), 'shared-external.onnx');
    // One [4, 4] stored at offset 0 and one at 64: 32 float32, 128 bytes (the side file's size).
    assert.equal(p.params.total, 32);
    assert.deepEqual(p.params.byDtype, { float32: { elements: 32, bytes: 128 } });
    // Every read still costs: 4 MatMuls of [1, 4] x [4, 4], 16 MACs each.
    assert.equal(p.totals!.macs, 64);
  });
});
