import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { OpError } from '../../src/shapes/types.js';
import { runOp } from '../support/op-harness.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('Transpose', () => {
  test('default perm reverses the dims: [2,3,4] -> [4,3,2]', () => {
    const r = runOp({ op: 'Transpose', inputs: [{ shape: [2, 3, 4] }] });
    assert.deepEqual(r.outputs[0]!.shape, [4, 3, 2]);
    assert.deepEqual(r.cost, { macs: 0, flops: 0 });
  });

  test('folds: [[1,2,3],[4,5,6]]^T = [[1,4],[2,5],[3,6]]', () => {
    const r = runOp({ op: 'Transpose', inputs: [{ dtype: 'int64', shape: [2, 3], value: [1, 2, 3, 4, 5, 6] }] });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [3, 2], data: [1, 4, 2, 5, 3, 6] });
  });

  test('perm [0,2,1] on [B,S,64] keeps symbols; a bad perm is an OpError', () => {
    assert.deepEqual(runOp({ op: 'Transpose', inputs: [{ shape: ['B', 'S', 64] }], attrs: { perm: [0, 2, 1] } }).outputs[0]!.shape, ['B', 64, 'S']);
    assert.throws(() => runOp({ op: 'Transpose', inputs: [{ shape: [2, 3] }], attrs: { perm: [0, 0] } }), OpError);
  });
});

describe('Concat', () => {
  test('sums the axis and folds values: [2,3]+[2,1] on axis 1', () => {
    const r = runOp({
      op: 'Concat', attrs: { axis: 1 },
      inputs: [{ dtype: 'int64', shape: [2, 3], value: [1, 2, 3, 4, 5, 6] }, { dtype: 'int64', shape: [2, 1], value: [7, 8] }],
    });
    assert.deepEqual(r.values[0], { dtype: 'int64', shape: [2, 4], data: [1, 2, 3, 7, 4, 5, 6, 8] });
  });

  test('symbolic sizes along the axis give a fresh dim, other axes keep concrete sizes', () => {
    const r = runOp({ op: 'Concat', attrs: { axis: 1 }, inputs: [{ shape: ['B', 'S', 8] }, { shape: [2, 4, 8] }] });
    const s = r.outputs[0]!.shape!;
    assert.equal(s[0], 2);
    assert.equal(typeof s[1], 'string');
    assert.notEqual(s[1], 'S');
    assert.equal(s[2], 8);
    assert.throws(() => runOp({ op: 'Concat', attrs: { axis: 0 }, inputs: [{ shape: [1, 3] }, { shape: [1, 4] }] }), /differ on axis 1/);
  });
});

describe('Split', () => {
  test('opset 13 split input [3,7] and even split of 10 into 2', () => {
    const r = runOp({ op: 'Split', opset: 13, outputs: 2, inputs: [{ shape: [10, 4] }, { dtype: 'int64', value: [3, 7] }] });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[3, 4], [7, 4]]);
    const even = runOp({ op: 'Split', opset: 13, outputs: 2, inputs: [{ shape: [10, 4] }] });
    assert.deepEqual(even.outputs.map((o) => o.shape), [[5, 4], [5, 4]]);
    // 10 does not split evenly into 3 before opset 18.
    assert.throws(() => runOp({ op: 'Split', opset: 13, outputs: 3, inputs: [{ shape: [10] }] }), /evenly/);
  });

  test('opset 18 num_outputs=3 on 10: chunks of ceil(10/3)=4 -> [4,4,2]', () => {
    const r = runOp({ op: 'Split', opset: 18, outputs: 3, inputs: [{ shape: [10] }], attrs: { num_outputs: 3 } });
    assert.deepEqual(r.outputs.map((o) => o.shape), [[4], [4], [2]]);
    assert.throws(() => runOp({ op: 'Split', opset: 18, outputs: 3, inputs: [{ shape: [10] }] }), /num_outputs/);
  });

  test('opset 2 split attribute; folded values', () => {
    const r = runOp({ op: 'Split', opset: 2, outputs: 2, inputs: [{ dtype: 'int64', value: [1, 2, 3, 4, 5] }], attrs: { split: [2, 3] } });
    assert.deepEqual(r.values.map((v) => v!.data), [[1, 2], [3, 4, 5]]);
  });
});

describe('Pad', () => {
  test('opset 11 pads input: [2,3] with begin [1,0] end [2,1] -> [5,4]', () => {
    // 2+1+2 = 5, 3+0+1 = 4
    const r = runOp({ op: 'Pad', opset: 11, inputs: [{ shape: [2, 3] }, { dtype: 'int64', value: [1, 0, 2, 1] }] });
    assert.deepEqual(r.outputs[0]!.shape, [5, 4]);
    assert.equal(r.cost.flops, 0);
  });

  test('opset 2 pads attribute, opset 18 axes, negative pads crop', () => {
    assert.deepEqual(runOp({ op: 'Pad', opset: 2, inputs: [{ shape: [2, 3] }], attrs: { pads: [1, 0, 2, 1] } }).outputs[0]!.shape, [5, 4]);
    // axes [1]: pads [2,3] -> 3+2+3 = 8
    const a = runOp({ op: 'Pad', opset: 18, inputs: [{ shape: [2, 3] }, { dtype: 'int64', value: [2, 3] }, null, { dtype: 'int64', value: [1] }] });
    assert.deepEqual(a.outputs[0]!.shape, [2, 8]);
    // [4,4] with pads [-1,-1,-1,-1] -> 4-2 = 2 each
    assert.deepEqual(runOp({ op: 'Pad', opset: 11, inputs: [{ shape: [4, 4] }, { dtype: 'int64', value: [-1, -1, -1, -1] }] }).outputs[0]!.shape, [2, 2]);
  });

  test('unknown pads give fresh dims, not guesses', () => {
    const r = runOp({ op: 'Pad', opset: 11, inputs: [{ shape: [2, 3] }, { dtype: 'int64', shape: [4] }] });
    assert.ok(r.outputs[0]!.shape!.every((d) => typeof d === 'string'));
  });
});

describe('DepthToSpace / SpaceToDepth', () => {
  // Input [1,8,1,1] with channel c holding value c, blocksize 2 -> output [1,2,2,2].
  test('DCR: out[c,i,j] = in[(i*2+j)*2 + c] -> [0,2,4,6, 1,3,5,7]', () => {
    const r = runOp({ op: 'DepthToSpace', opset: 13, inputs: [{ shape: [1, 8, 1, 1], value: range(8) }], attrs: { blocksize: 2, mode: 'DCR' } });
    assert.deepEqual(r.outputs[0]!.shape, [1, 2, 2, 2]);
    assert.deepEqual(r.values[0]!.data, [0, 2, 4, 6, 1, 3, 5, 7]);
  });

  test('CRD: out[c,i,j] = in[c*4 + i*2 + j] -> [0..7]', () => {
    const r = runOp({ op: 'DepthToSpace', opset: 13, inputs: [{ shape: [1, 8, 1, 1], value: range(8) }], attrs: { blocksize: 2, mode: 'CRD' } });
    assert.deepEqual(r.values[0]!.data, range(8));
  });

  test('SpaceToDepth inverts DCR; shapes [1,3,8,6] b=2 -> [1,12,4,3]', () => {
    const r = runOp({ op: 'SpaceToDepth', inputs: [{ shape: [1, 2, 2, 2], value: [0, 2, 4, 6, 1, 3, 5, 7] }], attrs: { blocksize: 2 } });
    assert.deepEqual(r.values[0], { dtype: 'float32', shape: [1, 8, 1, 1], data: range(8) });
    assert.deepEqual(runOp({ op: 'SpaceToDepth', inputs: [{ shape: [1, 3, 8, 6] }], attrs: { blocksize: 2 } }).outputs[0]!.shape, [1, 12, 4, 3]);
    assert.throws(() => runOp({ op: 'DepthToSpace', inputs: [{ shape: [1, 6, 2, 2] }], attrs: { blocksize: 2 } }), /divide/);
  });
});

describe('Tile / Expand', () => {
  test('Tile [2,3] by [1,2] = [2,6]; folds [1,2] by [2] = [1,2,1,2]', () => {
    assert.deepEqual(runOp({ op: 'Tile', inputs: [{ shape: [2, 3] }, { dtype: 'int64', value: [1, 2] }] }).outputs[0]!.shape, [2, 6]);
    assert.deepEqual(runOp({ op: 'Tile', inputs: [{ dtype: 'int64', value: [1, 2] }, { dtype: 'int64', value: [2] }] }).values[0]!.data, [1, 2, 1, 2]);
  });

  test('Expand [3,1] to [2,1,4] = [2,3,4]; folds [1,2,3] as [3,1] to [3,2]', () => {
    assert.deepEqual(runOp({ op: 'Expand', inputs: [{ shape: [3, 1] }, { dtype: 'int64', value: [2, 1, 4] }] }).outputs[0]!.shape, [2, 3, 4]);
    const r = runOp({ op: 'Expand', inputs: [{ dtype: 'int64', shape: [3, 1], value: [1, 2, 3] }, { dtype: 'int64', value: [3, 2] }] });
    assert.deepEqual(r.values[0]!.data, [1, 1, 2, 2, 3, 3]);
    assert.throws(() => runOp({ op: 'Expand', inputs: [{ shape: [3] }, { dtype: 'int64', value: [4] }] }), OpError);
  });

  test('Expand with an unknown shape of length 3 on [3,1]: [fresh, 3, fresh]', () => {
    const s = runOp({ op: 'Expand', inputs: [{ shape: [3, 1] }, { dtype: 'int64', shape: [3] }] }).outputs[0]!.shape!;
    assert.equal(s.length, 3);
    assert.equal(typeof s[0], 'string');
    assert.equal(s[1], 3);
    assert.equal(typeof s[2], 'string');
  });
});

describe('Trilu, CenterCropPad, Col2Im', () => {
  test('Trilu folds upper k=0 and lower k=-1 of [[1,2,3],[4,5,6],[7,8,9]]', () => {
    const m = { shape: [3, 3], value: [1, 2, 3, 4, 5, 6, 7, 8, 9] };
    assert.deepEqual(runOp({ op: 'Trilu', opset: 14, inputs: [m] }).values[0]!.data, [1, 2, 3, 0, 5, 6, 0, 0, 9]);
    assert.deepEqual(runOp({ op: 'Trilu', opset: 14, inputs: [m, { dtype: 'int64', shape: [], value: [-1] }], attrs: { upper: 0 } }).values[0]!.data,
      [0, 0, 0, 4, 0, 0, 7, 8, 0]);
  });

  test('CenterCropPad [3,10,12] to [8,8] on axes [1,2]', () => {
    const r = runOp({ op: 'CenterCropPad', opset: 18, inputs: [{ shape: [3, 10, 12] }, { dtype: 'int64', value: [8, 8] }], attrs: { axes: [1, 2] } });
    assert.deepEqual(r.outputs[0]!.shape, [3, 8, 8]);
    // reads the 3*8*8 centre (768 bytes) + writes 768 + the 2 int64 sizes (16) = 1552
    assert.equal(r.cost.bytes, 1552);
  });

  test('Col2Im [1, 2*2*2, 9] with image [4,4], block [2,2] -> [1,2,4,4]; 72 adds', () => {
    const r = runOp({ op: 'Col2Im', opset: 18, inputs: [{ shape: [1, 8, 9] }, { dtype: 'int64', value: [4, 4] }, { dtype: 'int64', value: [2, 2] }] });
    assert.deepEqual(r.outputs[0]!.shape, [1, 2, 4, 4]);
    assert.equal(r.cost.flops, 72); // 1*8*9 input elements, one add each
  });
});

describe('ReverseSequence and sequences', () => {
  test('ReverseSequence keeps [4,2,3] and does no arithmetic', () => {
    const r = runOp({ op: 'ReverseSequence', opset: 10, inputs: [{ shape: [4, 2, 3] }, { dtype: 'int64', value: [4, 2] }] });
    assert.deepEqual(r.outputs[0]!.shape, [4, 2, 3]);
    assert.equal(r.cost.flops, 0);
  });

  test('a sequence carries its element dtype and no tensor shape; length is an int64 scalar', () => {
    const seq = runOp({ op: 'SequenceConstruct', opset: 11, inputs: [{ shape: [2, 3] }, { shape: [2, 3] }] });
    assert.deepEqual(seq.outputs[0], { dtype: 'float32', shape: undefined });
    assert.deepEqual(runOp({ op: 'SequenceLength', opset: 11, inputs: [{ shape: [2, 3] }] }).outputs[0], { dtype: 'int64', shape: [] });
    assert.deepEqual(runOp({ op: 'SequenceEmpty', opset: 11, inputs: [], attrs: { dtype: 7 } }).outputs[0], { dtype: 'int64', shape: undefined });
    assert.deepEqual(runOp({ op: 'SequenceAt', opset: 11, inputs: [{}, { dtype: 'int64', shape: [], value: [0] }] }).outputs[0], { dtype: 'float32', shape: undefined });
    assert.equal(runOp({ op: 'SequenceErase', opset: 11, inputs: [{}] }).outputs[0]!.shape, undefined);
    assert.equal(runOp({ op: 'ConcatFromSequence', opset: 11, inputs: [{}], attrs: { axis: 0 } }).outputs[0]!.shape, undefined);
  });

  test('SequenceInsert copies the tensor in: [2,3] fp32 = 24 bytes read + 24 written', () => {
    assert.equal(runOp({ op: 'SequenceInsert', opset: 11, inputs: [{}, { shape: [2, 3] }] }).cost.bytes, 48);
    // SplitToSequence of [4,5] fp32 = 80 bytes, read once and written once
    assert.equal(runOp({ op: 'SplitToSequence', opset: 11, inputs: [{ shape: [4, 5] }] }).cost.bytes, 160);
  });
});

describe('SequenceMap (opset 17)', () => {
  const body = {
    type: 'graph' as const,
    value: {
      name: 'body', nodes: [], initializers: new Map(), valueInfo: [],
      inputs: [{ name: 'x', dtype: 'float32' as const, shape: undefined, kind: 'tensor' as const }],
      outputs: [{ name: 'y', dtype: 'int64' as const, shape: undefined, kind: 'tensor' as const }],
    },
  };

  test("outputs are sequences of the body's output type; the cost is a stated lower bound, not a zero", () => {
    const r = runOp({ op: 'SequenceMap', opset: 17, inputs: [{ shape: undefined }], attrs: { body } });
    assert.deepEqual(r.outputs[0], { dtype: 'int64', shape: undefined });
    assert.match(r.cost.lowerBound ?? '', /once per sequence element/);
  });

  test('a body with the wrong input count is a node error', () => {
    assert.throws(() => runOp({ op: 'SequenceMap', opset: 17, inputs: [{ shape: undefined }, { shape: [2] }], attrs: { body } }), /body takes 1 inputs but the node gives 2/);
  });
});
