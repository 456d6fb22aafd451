import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeValues } from '../../src/formats/onnx/tensor-values.js';

const NO_TYPED = { floats: [], varints: [], doubles: [], seen: false };
const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));

test('raw float16 and bfloat16 values', () => {
  // IEEE half: 0x3c00 = 1, 0xc000 = -2, 0x3800 = 0.5 (little endian bytes)
  assert.deepEqual(decodeValues('float16', 3, hex('003c00c00038'), NO_TYPED), [1, -2, 0.5]);
  // bfloat16 is the top half of a float32: 0x3f80 = 1, 0xc040 = -3
  assert.deepEqual(decodeValues('bfloat16', 2, hex('803f40c0'), NO_TYPED), [1, -3]);
});

test('raw int64: negatives exact, INT64_MAX/MIN sentinels approximate', () => {
  // -1, 7, INT64_MAX, INT64_MIN (two's complement, little endian)
  const bytes = hex('ffffffffffffffff' + '0700000000000000' + 'ffffffffffffff7f' + '0000000000000080');
  assert.deepEqual(decodeValues('int64', 4, bytes, NO_TYPED), [-1, 7, 2 ** 63, -(2 ** 63)]);
  assert.deepEqual(decodeValues('uint64', 1, hex('0000000001000000'), NO_TYPED), [2 ** 32]);
});

test('bool, int8 and sizes over the small-tensor bounds', () => {
  assert.deepEqual(decodeValues('bool', 3, hex('000102'), NO_TYPED), [0, 1, 1]);
  assert.deepEqual(decodeValues('int8', 2, hex('ff7f'), NO_TYPED), [-1, 127]);
  // 65 float32 values exceed the 64-element bound for floats: not decoded.
  assert.equal(decodeValues('float32', 65, new Uint8Array(260), NO_TYPED), undefined);
  assert.equal(decodeValues('int4', 2, hex('21'), NO_TYPED), undefined);
});
