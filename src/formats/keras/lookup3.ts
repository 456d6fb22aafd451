/**
 * Bob Jenkins' lookup3 `hashlittle` with an initial value of 0: the checksum HDF5 stores in its
 * newer metadata (H5_checksum_lookup3 / H5_checksum_metadata). The key is read byte by byte, as
 * HDF5 reads it, so the result does not depend on the bytes' alignment or the host's byte order.
 */

const rot = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** The checksum of `key` (unsigned 32-bit). */
export function lookup3(key: Uint8Array, initval = 0): number {
  let length = key.length;
  let a = (0xdeadbeef + length + initval) | 0;
  let b = a;
  let c = a;
  let k = 0;
  while (length > 12) {
    a = (a + (key[k]! | (key[k + 1]! << 8) | (key[k + 2]! << 16) | (key[k + 3]! << 24))) | 0;
    b = (b + (key[k + 4]! | (key[k + 5]! << 8) | (key[k + 6]! << 16) | (key[k + 7]! << 24))) | 0;
    c = (c + (key[k + 8]! | (key[k + 9]! << 8) | (key[k + 10]! << 16) | (key[k + 11]! << 24))) | 0;
    // mix(a, b, c)
    a = (a - c) | 0; a ^= rot(c, 4); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rot(a, 6); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rot(b, 8); b = (b + a) | 0;
    a = (a - c) | 0; a ^= rot(c, 16); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rot(a, 19); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rot(b, 4); b = (b + a) | 0;
    length -= 12;
    k += 12;
  }
  // The last 1-12 bytes, added as lookup3's fall-through switch adds them; none left: c as it is.
  if (length === 0) return c >>> 0;
  for (let i = length - 1; i >= 0; i--) {
    const byte = key[k + i]! << ((i % 4) * 8);
    if (i >= 8) c = (c + byte) | 0;
    else if (i >= 4) b = (b + byte) | 0;
    else a = (a + byte) | 0;
  }
  // final(a, b, c)
  c ^= b; c = (c - rot(b, 14)) | 0;
  a ^= c; a = (a - rot(c, 11)) | 0;
  b ^= a; b = (b - rot(a, 25)) | 0;
  c ^= b; c = (c - rot(b, 16)) | 0;
  a ^= c; a = (a - rot(c, 4)) | 0;
  b ^= a; b = (b - rot(a, 14)) | 0;
  c ^= b; c = (c - rot(b, 24)) | 0;
  return c >>> 0;
}
