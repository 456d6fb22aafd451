import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeRawValues, decodeTypedValues } from '../../src/formats/onnx/tensor-values.js';
import { WireReader } from '../../src/formats/onnx/wire.js';
import type { DType } from '../../src/graph/dtype.js';

const NO_TYPED = { floats: [], varints: [], doubles: [], seen: false };

/** Decodes `h` (hex bytes) placed at offset 3 of a larger buffer, as the reader's window holds it. */
function raw(dtype: DType, elements: number, h: string): number[] | undefined {
  const bytes = Buffer.concat([Buffer.from('aabbcc', 'hex'), Buffer.from(h, 'hex'), Buffer.from('dd', 'hex')]);
  return decodeRawValues(dtype, elements, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 3);
}

test('raw float16 and bfloat16 values', () => {
  // IEEE half: 0x3c00 = 1, 0xc000 = -2, 0x3800 = 0.5 (little endian bytes)
  assert.deepEqual(raw('float16', 3, '003c00c00038'), [1, -2, 0.5]);
  // bfloat16 is the top half of a float32: 0x3f80 = 1, 0xc040 = -3
  assert.deepEqual(raw('bfloat16', 2, '803f40c0'), [1, -3]);
});

test('raw int64: negatives exact, INT64_MAX/MIN sentinels approximate', () => {
  // -1, 7, INT64_MAX, INT64_MIN (two's complement, little endian)
  const bytes = 'ffffffffffffffff' + '0700000000000000' + 'ffffffffffffff7f' + '0000000000000080';
  assert.deepEqual(raw('int64', 4, bytes), [-1, 7, 2 ** 63, -(2 ** 63)]);
  assert.deepEqual(raw('uint64', 1, '0000000001000000'), [2 ** 32]);
});

/** Little-endian two's complement int64 bytes of n (exact below 2^53). */
function int64Hex(n: number): string {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(BigInt(n));
  return b.toString('hex');
}

test('raw int64 on both sides of the 32-bit boundaries', () => {
  // 32-bit values come back as small integers, the rest through hi * 2^32 + lo: both exact.
  const values = [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, -1, -(2 ** 31), -(2 ** 31) - 1, -(2 ** 32), -(2 ** 53) + 1];
  assert.deepEqual(raw('int64', values.length, values.map(int64Hex).join('')), values);
});

test('raw uint64 on both sides of the 32-bit boundaries', () => {
  const values = [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, 2 ** 63];
  const hex = values.map((n) => {
    const b = Buffer.alloc(8);
    b.writeBigUint64LE(BigInt(n));
    return b.toString('hex');
  });
  assert.deepEqual(raw('uint64', values.length, hex.join('')), values);
});

test('varints of negative int64 values on both sides of 2^30 and 2^32', () => {
  // Ten-byte two's complement varints (as int64 fields are written), each read exactly.
  const values = [-1, -(2 ** 30) + 1, -(2 ** 30), -(2 ** 31), -(2 ** 32), -(2 ** 32) - 1, -(2 ** 53) + 1];
  const bytes: number[] = [];
  for (const v of values) {
    let u = BigInt.asUintN(64, BigInt(v));
    for (let i = 0; i < 10; i++, u >>= 7n) bytes.push(Number(u & 0x7fn) | (i < 9 ? 0x80 : 0));
  }
  const r = WireReader.fromBytes(Uint8Array.from(bytes));
  assert.deepEqual(values.map(() => r.varint()), values);
  assert.equal(r.varintIsSafe, true);
});

test('bool, int8, float32 and sizes over the small-tensor bounds', () => {
  assert.deepEqual(raw('bool', 3, '000102'), [0, 1, 1]);
  assert.deepEqual(raw('int8', 2, 'ff7f'), [-1, 127]);
  assert.deepEqual(raw('float32', 2, '0000c03f000020c1'), [1.5, -10]);
  // 65 float32 values exceed the 64-element bound for floats: not decoded.
  assert.equal(raw('float32', 65, '00'.repeat(260)), undefined);
  assert.equal(raw('int4', 2, '21'), undefined);
  assert.deepEqual(raw('int64', 0, ''), []);
});

test('typed data fields', () => {
  assert.deepEqual(decodeTypedValues('int64', 3, { ...NO_TYPED, varints: [7, -8, 9], seen: true }), [7, -8, 9]);
  assert.deepEqual(decodeTypedValues('bool', 2, { ...NO_TYPED, varints: [0, 5], seen: true }), [0, 1]);
  // A count that contradicts the dims is not trusted.
  assert.equal(decodeTypedValues('float32', 2, { ...NO_TYPED, floats: [1], seen: true }), undefined);
  // No payload at all: only an empty tensor has (no) values.
  assert.deepEqual(decodeTypedValues('float32', 0, NO_TYPED), []);
  assert.equal(decodeTypedValues('float32', 1, NO_TYPED), undefined);
});
