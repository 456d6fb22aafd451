/**
 * Mutations of TFLite files for the fuzz test (test/formats/tflite-reader.test.ts) and
 * `npm run fuzz -- --format tflite` (scripts/fuzz-tflite.ts): flatbuffers are offset-based, so
 * besides byte flips and truncations a random u32 (an offset, a vector length, a vtable entry)
 * is written over an aligned word, and regions are spliced onto others.
 */
/** A small deterministic PRNG (mulberry32), so failures reproduce. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random mutation: byte flips, a random u32 (offset/length) overwrite, a truncation or a splice. */
export function mutate(src: Uint8Array, rnd: () => number): Uint8Array {
  const b = src.slice();
  const kind = Math.floor(rnd() * 4);
  const at = Math.floor(rnd() * b.length);
  if (kind === 0) for (let i = 0; i < 1 + Math.floor(rnd() * 4); i++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
  else if (kind === 1 && at + 4 <= b.length) {
    const choices = [0, 1, 0xffffffff, 0x7fffffff, Math.floor(rnd() * 2 ** 32), Math.floor(rnd() * b.length), 4];
    new DataView(b.buffer).setUint32(at & ~3, choices[Math.floor(rnd() * choices.length)]!, true);
  } else if (kind === 2) return b.subarray(0, at);
  else {
    const from = Math.floor(rnd() * b.length), len = Math.floor(rnd() * 64);
    b.copyWithin(at, from, from + len);
  }
  return b;
}

