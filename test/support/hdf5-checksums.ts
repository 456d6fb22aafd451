/**
 * Damage tests on real HDF5 files change a field to reach one check; HDF5 would refuse the file by
 * the structure's checksum first, and so does our reader. These re-seal the damaged structure, as
 * a hostile writer would, so the test still reaches the check it is about.
 */
import { lookup3 } from '../../src/formats/keras/lookup3.js';

const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/**
 * Where the checksum of the structure that starts at `start` sits in an intact file: the first
 * position whose 4 bytes are the lookup3 checksum of the bytes from `start` to it.
 */
export function checksumAt(intact: Uint8Array, start: number, within = 1 << 16): number {
  for (let at = start + 4; at + 4 <= Math.min(intact.length, start + within); at++) {
    if (u32(intact, at) === lookup3(intact.subarray(start, at))) return at;
  }
  throw new Error(`no checksum after the structure at ${start}`);
}

/** Writes the checksum of `bytes[start, at)` at `at`. */
export function reseal(bytes: Uint8Array, start: number, at: number): void {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint32(at, lookup3(bytes.subarray(start, at)), true);
}
