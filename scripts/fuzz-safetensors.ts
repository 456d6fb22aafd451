/**
 * The safetensors side of `npm run fuzz -- --format safetensors`: seeds (test/fixtures/safetensors:
 * every dtype, a GPTQ model with its config.json, a sharded Llama with its index; and files our
 * writer builds), mutations that know the file (the 8-byte header length, the JSON header's
 * dtypes, shapes, data_offsets, duplicate keys and `__metadata__`, written back with a length
 * that matches unless the length is what is mutated) and bombs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutate as mutateBytes } from '../test/support/tflite-mutate.js';
import { safetensorsBytes } from '../test/support/weight-writers.js';
import type { FormatFuzz } from './fuzz-format.js';
import { hostileValue, int, mutateJsonText, mutateJsonValue, newObject, objectMember, parseJson, pick, setMember, stringifyJson } from './fuzz-json.js';
import type { Json } from './fuzz-json.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '..', '..', 'test', 'fixtures', 'safetensors');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

export function safetensorsSeeds(): { name: string; bytes: Uint8Array }[] {
  const seeds: { name: string; bytes: Uint8Array }[] = filesUnder(fixtures).map((p) => ({ name: relative(fixtures, p), bytes: Uint8Array.from(readFileSync(p)) }));
  seeds.push(
    { name: 'writer_metadata.safetensors', bytes: safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [4, 3] }, { name: 'b', dtype: 'BF16', shape: [4] }, { name: 's', dtype: 'I64', shape: [] }], { format: 'pt', note: 'x' }) },
    { name: 'writer_sub_byte.safetensors', bytes: safetensorsBytes([{ name: 'q', dtype: 'F4', shape: [8, 2] }, { name: 'e', dtype: 'F8_E8M0', shape: [8] }, { name: 'z', dtype: 'F32', shape: [0, 5] }]) },
  );
  return seeds;
}

const DTYPES = ['F32', 'F16', 'BF16', 'F64', 'I8', 'U8', 'I64', 'BOOL', 'F4', 'F6_E2M3', 'F8_E4M3', 'F8_E8M0', 'C64', 'U64', '', 'float32', 'f32', 'F3'];

/** The header's members that are tensors (objects with data_offsets). */
function tensorEntries(root: Json): Json[] {
  const out: Json[] = [];
  const members = (root as unknown as { members?: [string, Json][] }).members ?? [];
  for (const [k, v] of members) if (k !== '__metadata__' && objectMember(v, 'data_offsets') !== undefined) out.push(v);
  return out;
}

const BITS: Record<string, number> = { F4: 4, F6_E2M3: 6, F8_E4M3: 8, F8_E8M0: 8, I8: 8, U8: 8, BOOL: 8, F16: 16, BF16: 16, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64 };

/**
 * A safetensors-aware edit of the header: a tensor's dtype or shape changed with its data_offsets
 * rewritten to match (so the size check passes and what follows is tested), offsets reversed,
 * overlapping or past the data, `__metadata__` of the wrong type, a tensor named twice.
 */
function mutateHeader(root: Json, rnd: () => number, dataBytes: number): void {
  const tensors = tensorEntries(root);
  const t = tensors.length > 0 ? pick(rnd, tensors) : undefined;
  switch (int(rnd, 7)) {
    case 0:
    case 1: {
      if (!t) break;
      const dtype = pick(rnd, DTYPES);
      const shape = pick(rnd, [[2 ** 26, 2 ** 26], [2 ** 53], [1, 0, 2 ** 40], [3], [1.5], [-1], Array.from({ length: 1000 }, () => 1), [], [2 ** 31, 2 ** 31, 2 ** 31], [7]]);
      setMember(t, 'dtype', dtype);
      setMember(t, 'shape', shape);
      const begin = Number((objectMember(t, 'data_offsets') as number[])[0]);
      const bits = shape.reduce((a, b) => a * b, 1) * (BITS[dtype] ?? 8);
      setMember(t, 'data_offsets', [begin, begin + Math.ceil(bits / 8)]);
      return;
    }
    case 2: {
      const offsets = t ? objectMember(t, 'data_offsets') : undefined;
      // A seed may itself hold offsets that are no pair of numbers (the fixtures of bad files).
      if (!t || !Array.isArray(offsets) || typeof offsets[0] !== 'number' || typeof offsets[1] !== 'number') break;
      const [b, e] = offsets as number[];
      setMember(t, 'data_offsets', pick(rnd, [[e!, b!], [0, e! - b!], [dataBytes, dataBytes + e! - b!], [b! + 1, e! + 1], [b!, e!, 0], [b!], [2 ** 53, 2 ** 53 + e! - b!], [-1, e! - b! - 1]]));
      return;
    }
    case 3: setMember(root, '__metadata__', pick(rnd, [[], 'text', 1, null, newObject([['a', newObject([['b', 1]])]]), hostileValue(rnd)])); return;
    case 4: {
      if (!t) break;
      // The same name twice: JSON allows it, the format does not.
      const m = (root as unknown as { members: [string, Json][] }).members;
      const named = m.find(([, v]) => v === t)!;
      m.push([named[0], t]);
      return;
    }
    default: break;
  }
  mutateJsonValue(root, rnd);
}

export function mutateSafetensors(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0x7b) return Buffer.from(mutateJsonText(buf.toString('utf8'), rnd));
  if (bytes.length < 8 || rnd() < 0.15) return mutateBytes(bytes, rnd);
  const n = Number(buf.readBigUInt64LE(0));
  if (8 + n > bytes.length) return mutateBytes(bytes, rnd);
  const data = buf.subarray(8 + n);
  const kind = int(rnd, 10);
  if (kind === 0) {
    // The length lies.
    const out = Buffer.from(buf);
    out.writeBigUInt64LE(BigInt.asUintN(64, pick(rnd, [0n, 1n, 2n, BigInt(n - 1), BigInt(n + 1), BigInt(bytes.length), 100_000_001n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 53n + 1n])));
    return out;
  }
  if (kind === 1) return Buffer.concat([buf.subarray(0, 8 + n), data.subarray(0, int(rnd, data.length + 1))]);
  let root: Json;
  try {
    root = parseJson(buf.subarray(8, 8 + n).toString('utf8'));
  } catch {
    return mutateBytes(bytes, rnd);
  }
  const times = 1 + int(rnd, 2);
  for (let k = 0; k < times; k++) {
    if (rnd() < 0.6) mutateHeader(root, rnd, data.length);
    else mutateJsonValue(root, rnd);
  }
  const json = Buffer.from(stringifyJson(root), 'utf8');
  const head = Buffer.alloc(8);
  head.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([head, json, data]);
}

export function safetensorsBombs(): { name: string; bytes: Uint8Array }[] {
  const many = Array.from({ length: 200_000 }, (_, k) => ({ name: `layers.${k}.w`, dtype: 'F16', shape: [1] }));
  const deep = (d: number): string => `{"__metadata__":{"a":${'['.repeat(d)}${']'.repeat(d)}},"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`;
  const huge = `{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"__metadata__":{"s":"${'x'.repeat(99_000_000)}"}}`;
  return [
    { name: 'header of 200,000 tensors', bytes: safetensorsBytes(many) },
    { name: 'header of 200,001 tensors (one past the limit)', bytes: safetensorsBytes([...many, { name: 'one.more', dtype: 'F16', shape: [1] }]) },
    { name: '__metadata__ value nested 1,000,000 arrays deep', bytes: safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [1] }], undefined, deep(1_000_000)) },
    { name: 'a 99 MB __metadata__ string', bytes: safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [1] }], undefined, huge) },
    { name: 'shape of 2^26 x 2^26 F32 claimed by a 4-byte file', bytes: safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [2 ** 26, 2 ** 26], bytes: 4 }]) },
    { name: 'one tensor of 100,000 dims of 1', bytes: safetensorsBytes([{ name: 'w', dtype: 'F32', shape: Array.from({ length: 100_000 }, () => 1) }]) },
  ];
}

export const safetensorsFuzz: FormatFuzz = {
  format: 'safetensors',
  ext: '.safetensors',
  seeds: safetensorsSeeds,
  mutate: mutateSafetensors,
  bombs: safetensorsBombs,
};
