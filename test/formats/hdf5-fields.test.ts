/**
 * HDF5 field reads (src/formats/keras/hdf5.ts Fields): all ones is HDF5's undefined address, and
 * only an address means that; any other field of all ones is its number.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Fields, Hdf5Error } from '../../src/formats/keras/hdf5.js';
import type { Hdf5File } from '../../src/formats/keras/hdf5.js';

/** Fields reads only the file's offset and length sizes: a file of 4-byte ones stands in for it. */
function fields(bytes: number[]): Fields {
  return new Fields(Uint8Array.from(bytes), { offsetSize: 4, lengthSize: 4 } as unknown as Hdf5File, 'link message');
}

test('a 4-byte field of all ones is 2^32 - 1, not the undefined address (a link name length of -1 read the name one byte back)', () => {
  const f = fields([0xff, 0xff, 0xff, 0xff, 1, 2]);
  assert.equal(f.uint(4, 'link name length'), 4294967295);
  assert.equal(f.pos, 4);
  // What a link message does with it: a name longer than the message is refused.
  assert.throws(() => f.bytesOf(4294967295), (e: unknown) => e instanceof Hdf5Error && /link message is cut short/.test(e.message));
});

test('an address of all ones is undefined (-1); an address of other bytes is its number', () => {
  const f = fields([0xff, 0xff, 0xff, 0xff, 0x10, 0, 0, 0]);
  assert.equal(f.address('heap address'), -1);
  assert.equal(f.address('heap address'), 16);
  assert.equal(f.pos, 8);
});

test('a length of all ones is refused as undefined', () => {
  assert.throws(() => fields([0xff, 0xff, 0xff, 0xff]).length('data size'), (e: unknown) => e instanceof Hdf5Error && /data size is undefined/.test(e.message));
});

test('a negative count of bytes to take or skip is refused, never a step back', () => {
  const f = fields([1, 2, 3, 4]);
  f.skip(2);
  assert.throws(() => f.bytesOf(-1), (e: unknown) => e instanceof Hdf5Error && /a length of -1 bytes/.test(e.message));
  assert.throws(() => f.skip(-1), (e: unknown) => e instanceof Hdf5Error && /a length of -1 bytes/.test(e.message));
  assert.equal(f.pos, 2);
});
