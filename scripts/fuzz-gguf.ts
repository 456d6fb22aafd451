/**
 * The GGUF side of `npm run fuzz -- --format gguf`: seeds (test/fixtures/gguf: versions 1 to 3,
 * every ggml type, a three-way split set), mutations aimed at the fields that steer the reader
 * (version, tensor and metadata counts, string lengths, value and array element types, array
 * lengths, tensor dims, types and offsets, general.alignment), keys and tensor names given bytes
 * that are no UTF-8 or copied over one another, nested arrays spliced in, and bombs.
 * The fields are found by walking the file as the format lays it out; a file the walk cannot
 * follow gets byte mutations.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutate as mutateBytes } from '../test/support/tflite-mutate.js';
import { ggufBytes } from '../test/support/weight-writers.js';
import type { GgufKv } from '../test/support/weight-writers.js';
import type { FormatFuzz } from './fuzz-format.js';
import { int, pick } from './fuzz-json.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '..', '..', 'test', 'fixtures', 'gguf');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

export function ggufSeeds(): { name: string; bytes: Uint8Array }[] {
  return filesUnder(fixtures).map((p) => ({ name: relative(fixtures, p), bytes: Uint8Array.from(readFileSync(p)) }));
}

type FieldKind = 'version' | 'count' | 'length' | 'type' | 'elementType' | 'ndims' | 'dim' | 'ggmlType' | 'offset' | 'value';
interface Field {
  readonly at: number;
  readonly bytes: 4 | 8;
  readonly kind: FieldKind;
}

interface Name {
  readonly at: number;
  readonly length: number;
}

const FIXED: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

/** The fields of a GGUF file as the layout places them, and where the key/value section starts. */
function fields(b: Buffer): { list: Field[]; names: Name[]; kvStart: number; wide: boolean } | undefined {
  const list: Field[] = [];
  const names: Name[] = [];
  if (b.length < 24 || b.toString('latin1', 0, 4) !== 'GGUF') return undefined;
  const version = b.readUInt32LE(4);
  if (version < 1 || version > 3) return undefined;
  const wide = version >= 2;
  const w = wide ? 8 : 4;
  let p = 8;
  const num = (kind: FieldKind, bytes: 4 | 8): number => {
    if (p + bytes > b.length) throw new RangeError('past the end');
    list.push({ at: p, bytes, kind });
    const v = bytes === 4 ? b.readUInt32LE(p) : Number(b.readBigUInt64LE(p));
    p += bytes;
    return v;
  };
  list.push({ at: 4, bytes: 4, kind: 'version' });
  try {
    const tensors = num('count', w as 4 | 8);
    const kvs = num('count', w as 4 | 8);
    const kvStart = p;
    const str = (): void => { p += num('length', w as 4 | 8); };
    // A key or tensor name: where its bytes are, for mutateName.
    const name = (): void => {
      const n = num('length', w as 4 | 8);
      if (n > 0 && p + n <= b.length) names.push({ at: p, length: n });
      p += n;
    };
    const value = (type: number, depth: number): void => {
      if (type === 8) str();
      else if (type === 9) {
        const et = num('elementType', 4);
        const n = num('length', w as 4 | 8);
        if (depth > 3) throw new RangeError('deep');
        if (FIXED[et] !== undefined) p += n * FIXED[et]!;
        else for (let i = 0; i < n && p < b.length; i++) value(et, depth + 1);
      } else if (FIXED[type] !== undefined) {
        if (FIXED[type] >= 4) list.push({ at: p, bytes: FIXED[type] as 4 | 8, kind: 'value' });
        p += FIXED[type]!;
      } else throw new RangeError('type');
    };
    for (let i = 0; i < kvs; i++) {
      name();
      value(num('type', 4), 0);
    }
    for (let i = 0; i < tensors; i++) {
      name();
      const nd = num('ndims', 4);
      for (let d = 0; d < nd; d++) num('dim', w as 4 | 8);
      num('ggmlType', 4);
      num('offset', 8);
    }
    return { list, names, kvStart, wide };
  } catch {
    return list.length > 1 ? { list, names, kvStart: wide ? 24 : 16, wide } : undefined;
  }
}

const VALUES: Readonly<Record<FieldKind, readonly bigint[]>> = {
  version: [0n, 1n, 2n, 3n, 4n, 0x03000000n, 2n ** 32n - 1n],
  count: [0n, 1n, 2n ** 32n - 1n, 2n ** 63n, 2n ** 64n - 1n, 1_000_000n],
  length: [0n, 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 63n, 2n ** 64n - 1n, 65537n],
  type: [8n, 9n, 12n, 13n, 2n ** 32n - 1n, 7n, 0n],
  elementType: [8n, 9n, 13n, 7n, 2n ** 32n - 1n],
  ndims: [0n, 4n, 5n, 2n ** 32n - 1n],
  dim: [0n, 1n, 31n, 32n, 2n ** 32n - 1n, 2n ** 53n, 2n ** 63n, 2n ** 26n],
  ggmlType: [0n, 1n, 2n, 12n, 30n, 4n, 39n, 40n, 2n ** 32n - 1n],
  offset: [0n, 1n, 31n, 32n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n],
  value: [0n, 2n ** 31n, 2n ** 32n - 1n, 0x7fc00000n, 2n ** 63n, 2n ** 64n - 1n],
};

/** A metadata pair spliced in at the start of the key/value section (the count raised to match). */
function kvInserted(b: Buffer, kvStart: number, wide: boolean, rnd: () => number): Buffer {
  const version = (wide ? 3 : 1) as 1 | 3;
  const depth = 1 + int(rnd, 5);
  let inner: GgufKv = { type: 'u32', value: 0 };
  for (let d = 0; d < depth; d++) inner = { type: 'array', elementType: inner.type, values: Array.from({ length: 1 + int(rnd, 3) }, () => inner) };
  const pairs: Array<readonly [string, GgufKv]> = [
    ['nested', inner],
    ['general.alignment', pick(rnd, [{ type: 'u32', value: 0 }, { type: 'u32', value: 3 }, { type: 'u32', value: 2 ** 31 }, { type: 'u64', value: 2n ** 40n }, { type: 'f32', value: 32 }, { type: 'string', value: '32' }, { type: 'u32', value: 1 }] as GgufKv[])],
    ['llama.block_count', pick(rnd, [{ type: 'u32', value: 2 ** 32 - 1 }, { type: 'u64', value: 2n ** 63n }, { type: 'f64', value: 1e308 }, { type: 'i32', value: -1 }] as GgufKv[])],
    ['llama.attention.head_count', { type: 'array', elementType: 'u32', values: Array.from({ length: 1 + int(rnd, 5000) }, () => ({ type: 'u32', value: pick(rnd, [0, 1, 2 ** 32 - 1]) } as GgufKv)) }],
    ['split.count', pick(rnd, [{ type: 'u16', value: 0 }, { type: 'u16', value: 65535 }, { type: 'u16', value: 2 }] as GgufKv[])],
    ['general.architecture', { type: 'string', value: pick(rnd, ['llama', '\u001b[2J', '', 'x'.repeat(10_000), '__proto__', 'constructor']) }],
  ];
  const [key, kv] = pick(rnd, pairs);
  // One pair in a header of its own: the bytes after the counts are the pair.
  const one = ggufBytes({ version, metadata: [[key, kv]], tensors: [], alignment: 1 });
  const pair = one.subarray(wide ? 24 : 16);
  const out = Buffer.concat([b.subarray(0, kvStart), pair, b.subarray(kvStart)]);
  if (wide) out.writeBigUInt64LE(out.readBigUInt64LE(16) + 1n, 16);
  else out.writeUInt32LE(out.readUInt32LE(12) + 1, 12);
  return out;
}

/** Bytes that are no UTF-8 where they stand, and invisible or control characters that are. */
const BAD_BYTES: readonly (readonly number[])[] = [
  [0xff], [0xfe], [0xc0], [0x80], [0xed, 0xa0, 0x80], [0xf5], [0xe0, 0x80], [0xef, 0xbf, 0xbd], [0x1b], [0x00], [0x0a],
  [0xe2, 0x80, 0xae], [0xef, 0xb8, 0x8f], [0xe2, 0x80, 0x8b],
];

/**
 * A key or tensor name made hostile in place (its length kept): bad bytes written into it, or
 * another name of the same length copied over it (a duplicate), then maybe one byte made bad (two
 * names differing only in a byte that is no UTF-8, which must stay two names).
 */
function mutateName(b: Buffer, names: readonly Name[], rnd: () => number): void {
  const n = pick(rnd, names);
  const same = names.filter((o) => o.length === n.length && o.at !== n.at);
  if (same.length > 0 && rnd() < 0.5) {
    const from = pick(rnd, same);
    b.copy(b, n.at, from.at, from.at + n.length);
    if (rnd() < 0.5) b[n.at + int(rnd, n.length)] = pick(rnd, [0xff, 0xfe, 0x80]);
    return;
  }
  const times = 1 + int(rnd, 3);
  for (let k = 0; k < times; k++) {
    const bad = pick(rnd, BAD_BYTES);
    if (bad.length > n.length) continue;
    b.set(bad, n.at + int(rnd, n.length - bad.length + 1));
  }
}

export function mutateGguf(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const b = Buffer.from(bytes);
  const f = rnd() < 0.15 ? undefined : fields(b);
  if (!f) return mutateBytes(bytes, rnd);
  if (rnd() < 0.2) return kvInserted(b, f.kvStart, f.wide, rnd);
  if (f.names.length > 0 && rnd() < 0.3) {
    mutateName(b, f.names, rnd);
    return b;
  }
  const times = 1 + int(rnd, 2);
  for (let k = 0; k < times; k++) {
    const field = pick(rnd, f.list);
    const cur = field.bytes === 4 ? BigInt(b.readUInt32LE(field.at)) : b.readBigUInt64LE(field.at);
    const v = rnd() < 0.3 ? cur + pick(rnd, [1n, -1n, 2n, 32n]) : pick(rnd, VALUES[field.kind]);
    if (field.bytes === 4) b.writeUInt32LE(Number(BigInt.asUintN(32, v)), field.at);
    else b.writeBigUInt64LE(BigInt.asUintN(64, v), field.at);
  }
  return b;
}

export function ggufBombs(): { name: string; bytes: Uint8Array }[] {
  const tokens: GgufKv = { type: 'array', elementType: 'string', values: Array.from({ length: 3_000_000 }, () => ({ type: 'string', value: '' } as GgufKv)) };
  const nested: GgufKv = { type: 'array', elementType: 'array', values: Array.from({ length: 1000 }, () => ({ type: 'array', elementType: 'array', values: Array.from({ length: 1000 }, () => ({ type: 'array', elementType: 'u8', values: [] } as GgufKv)) } as GgufKv)) };
  const tensors = (n: number): { name: string; ne: number[]; type: number; bytes: number }[] => Array.from({ length: n }, (_, k) => ({ name: `t${k}`, ne: [0], type: 0, bytes: 0 }));
  const pairs = Array.from({ length: 100_000 }, (_, k): readonly [string, GgufKv] => [`k${k}`, { type: 'u8', value: 1 }]);
  const lie = ggufBytes({ version: 3, metadata: [], tensors: [] });
  lie.writeBigUInt64LE(2n ** 63n, 8);
  return [
    { name: 'token list of 3,000,000 empty strings', bytes: ggufBytes({ version: 3, metadata: [['tokenizer.ggml.tokens', tokens]], tensors: [] }) },
    { name: '1,000 x 1,000 nested empty arrays', bytes: ggufBytes({ version: 3, metadata: [['nested', nested]], tensors: [] }) },
    { name: '200,000 empty tensors (the most read)', bytes: ggufBytes({ version: 3, metadata: [], tensors: tensors(200_000) }) },
    { name: '1,000,000 empty tensors', bytes: ggufBytes({ version: 3, metadata: [], tensors: tensors(1_000_000) }) },
    { name: '100,000 metadata pairs (the most read)', bytes: ggufBytes({ version: 3, metadata: pairs, tensors: [] }) },
    { name: 'tensor count 2^63', bytes: lie },
  ];
}

export const ggufFuzz: FormatFuzz = {
  format: 'gguf',
  ext: '.gguf',
  seeds: ggufSeeds,
  mutate: mutateGguf,
  bombs: ggufBombs,
};
