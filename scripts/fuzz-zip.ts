/**
 * Zip header fields overwritten in place, for the fuzzers of zip-based formats (PyTorch `.pt`,
 * Keras `.keras`). The rebuilding mutations of scripts/fuzz-pytorch.ts and fuzz-keras.ts lie
 * through the writer's options (sizes, offsets, entry counts); these reach the fields the writer
 * always writes true: compression method, flags (encryption, data descriptor), name, extra and
 * comment lengths, disk numbers, and a local header that disagrees with its directory entry.
 */
type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

interface Field { readonly at: number; readonly bytes: 2 | 4; readonly kind: 'method' | 'flags' | 'size' | 'length' | 'count' | 'offset' | 'disk' }

/** Field layouts after each record's signature (APPNOTE 4.3.7, 4.3.12, 4.3.16). */
const RECORDS: ReadonlyArray<{ sig: number; fields: ReadonlyArray<[number, Field['bytes'], Field['kind']]> }> = [
  // local file header
  { sig: 0x04034b50, fields: [[6, 2, 'flags'], [8, 2, 'method'], [18, 4, 'size'], [22, 4, 'size'], [26, 2, 'length'], [28, 2, 'length']] },
  // central directory entry
  { sig: 0x02014b50, fields: [[8, 2, 'flags'], [10, 2, 'method'], [20, 4, 'size'], [24, 4, 'size'], [28, 2, 'length'], [30, 2, 'length'], [32, 2, 'length'], [34, 2, 'disk'], [42, 4, 'offset']] },
  // end of central directory
  { sig: 0x06054b50, fields: [[4, 2, 'disk'], [6, 2, 'disk'], [8, 2, 'count'], [10, 2, 'count'], [12, 4, 'size'], [16, 4, 'offset'], [20, 2, 'length']] },
];

function fields(b: Uint8Array): Field[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: Field[] = [];
  for (let p = 0; p + 4 <= b.length && out.length < 20_000; p++) {
    if (b[p] !== 0x50 || b[p + 1] !== 0x4b) continue;
    const sig = dv.getUint32(p, true);
    const r = RECORDS.find((x) => x.sig === sig);
    if (!r) continue;
    for (const [off, bytes, kind] of r.fields) if (p + off + bytes <= b.length) out.push({ at: p + off, bytes, kind });
  }
  return out;
}

const VALUES: Readonly<Record<Field['kind'], readonly number[]>> = {
  // stored, deflate, deflate64, bzip2, LZMA, zstd, AES, and no method at all
  method: [0, 8, 9, 12, 14, 93, 99, 0xffff],
  // encrypted, data descriptor, strong encryption, UTF-8 names, all bits
  flags: [0x0001, 0x0008, 0x0040, 0x0800, 0x0809, 0xffff, 0],
  size: [0, 1, 0xffffffff, 0x7fffffff, 0xfffffffe],
  length: [0, 1, 0xffff, 0x8000, 4, 20],
  count: [0, 1, 0xffff, 2],
  offset: [0, 1, 0xffffffff, 0x7fffffff, 4],
  disk: [1, 0xffff, 0],
};

/** One to three zip header fields overwritten; undefined when the bytes hold no zip record. */
export function mutateZipFields(src: Uint8Array, rnd: Rnd): Uint8Array | undefined {
  const fs = fields(src);
  if (fs.length === 0) return undefined;
  const b = Uint8Array.from(src);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
    const f = pick(rnd, fs);
    const cur = f.bytes === 2 ? dv.getUint16(f.at, true) : dv.getUint32(f.at, true);
    const v = rnd() < 0.25 ? cur + pick(rnd, [1, -1, 2, 46]) : pick(rnd, VALUES[f.kind]);
    if (f.bytes === 2) dv.setUint16(f.at, v & 0xffff, true);
    else dv.setUint32(f.at, v >>> 0, true);
  }
  return b;
}
