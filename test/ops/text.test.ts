import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { runOp } from '../support/op-harness.js';

const str = (shape: (number | string)[]) => ({ dtype: 'string' as const, shape });

describe('string ops', () => {
  test('StringConcat broadcasts [3,1] with [4] to [3,4]; 0 FLOPs and 0 bytes (strings)', () => {
    const r = runOp({ op: 'StringConcat', opset: 20, inputs: [str([3, 1]), str([4])] });
    assert.deepEqual(r.outputs[0], { dtype: 'string', shape: [3, 4] });
    assert.deepEqual([r.cost.macs, r.cost.flops], [0, 0]);
    assert.throws(() => runOp({ op: 'StringConcat', opset: 20, inputs: [{ shape: [3] }, str([3])] }), /must be a string tensor/);
  });

  test('RegexFullMatch gives bool of the input shape; the pattern is required', () => {
    assert.deepEqual(runOp({ op: 'RegexFullMatch', opset: 20, inputs: [str([2, 5])], attrs: { pattern: 'a+' } }).outputs[0], { dtype: 'bool', shape: [2, 5] });
    assert.throws(() => runOp({ op: 'RegexFullMatch', opset: 20, inputs: [str([2])] }), /pattern/);
  });

  test('StringNormalizer keeps [1,C] without stopwords, fresh length with them', () => {
    assert.deepEqual(runOp({ op: 'StringNormalizer', opset: 10, inputs: [str([1, 6])], attrs: { case_change_action: 'LOWER' } }).outputs[0]!.shape, [1, 6]);
    const s = runOp({ op: 'StringNormalizer', opset: 10, inputs: [str([6])], attrs: { stopwords: ['a', 'the'] } }).outputs[0]!.shape!;
    assert.equal(s.length, 1);
    assert.equal(typeof s[0], 'string');
    assert.throws(() => runOp({ op: 'StringNormalizer', opset: 10, inputs: [str([2, 6])] }), /\[C\] or \[1, C\]/);
  });

  test('StringSplit: Y is X shape + a data-dependent dim, Z is int64 of X shape', () => {
    const r = runOp({ op: 'StringSplit', opset: 20, inputs: [str([2, 3])], outputs: 2 });
    assert.deepEqual(r.outputs[0]!.shape!.slice(0, 2), [2, 3]);
    assert.equal(typeof r.outputs[0]!.shape![2], 'string');
    assert.deepEqual(r.outputs[1], { dtype: 'int64', shape: [2, 3] });
  });
});

describe('TfIdfVectorizer and ImageDecoder', () => {
  test('TfIdfVectorizer [2,7] with ngram_indexes up to 5 -> float [2,6]; TFIDF 1 FLOP per output, TF 0', () => {
    const attrs = { mode: 'TFIDF', min_gram_length: 1, max_gram_length: 1, max_skip_count: 0, ngram_counts: [0], ngram_indexes: [0, 1, 2, 3, 4, 5], pool_int64s: [1, 2, 3, 4, 5, 6] };
    const r = runOp({ op: 'TfIdfVectorizer', opset: 9, inputs: [{ dtype: 'int64', shape: [2, 7] }], attrs });
    assert.deepEqual(r.outputs[0], { dtype: 'float32', shape: [2, 6] });
    assert.equal(r.cost.flops, 12);
    assert.equal(runOp({ op: 'TfIdfVectorizer', opset: 9, inputs: [{ dtype: 'int64', shape: [7] }], attrs: { ...attrs, mode: 'TF' } }).cost.flops, 0);
  });

  test('ImageDecoder: [H, W, 3] with data-dependent H, W; grayscale has 1 channel; cost is a stated lower bound', () => {
    const r = runOp({ op: 'ImageDecoder', opset: 20, inputs: [{ dtype: 'uint8', shape: [1000] }] });
    const s = r.outputs[0]!.shape!;
    assert.equal(s[2], 3);
    assert.ok(typeof s[0] === 'string' && typeof s[1] === 'string');
    assert.match(r.cost.lowerBound ?? '', /decoding work is not counted/);
    assert.equal(runOp({ op: 'ImageDecoder', opset: 20, inputs: [{ dtype: 'uint8', shape: [1000] }], attrs: { pixel_format: 'Grayscale' } }).outputs[0]!.shape![2], 1);
    assert.throws(() => runOp({ op: 'ImageDecoder', opset: 20, inputs: [{ dtype: 'uint8', shape: [10] }], attrs: { pixel_format: 'CMYK' } }), /pixel_format/);
  });
});
