/**
 * The Keras side of `npm run fuzz -- --format keras`: the Keras fixtures (HDF5 `.h5` /
 * `.weights.h5` and `.keras` zips) as seeds, mutated at the level their bytes are structured at:
 * - zip: a member rewritten (sizes and offsets kept true, so the mutation reaches the member's
 *   reader), or the directory lying about sizes, offsets, entry counts, names;
 * - HDF5: addresses pointed at other structures, at their own structure (cycles), past the end or
 *   undefined; small counts, sizes and dims made huge; object headers copied over others;
 * - JSON (config.json, metadata.json, the legacy `model_config` attribute in place): values of
 *   the wrong type, absurd numbers in shapes and units, deep nesting, duplicated layers;
 * plus plain byte flips and truncations. Bombs are well-formed files asking for too much.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { memorySource, withTail } from '../src/formats/pytorch/byte-source.js';
import { readCentralDirectory, readEntry, ZIP_TAIL_READ } from '../src/formats/pytorch/zip.js';
import { zipBytes } from '../test/support/pytorch-writer.js';
import type { ZipItem } from '../test/support/pytorch-writer.js';
import type { FormatFuzz } from './fuzz-format.js';
import { mutateZipFields } from './fuzz-zip.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'keras');

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (rnd: Rnd, n: number): number => Math.floor(rnd() * n);

// ---- JSON -------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every value of a JSON tree with a setter that replaces it in its parent. */
function slots(root: Json): { value: Json; set: (v: Json) => void; key: string }[] {
  const out: { value: Json; set: (v: Json) => void; key: string }[] = [];
  const walk = (v: Json, key: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => { out.push({ value: x, set: (y) => { v[i] = y; }, key }); walk(x, key); });
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) { out.push({ value: v[k]!, set: (y) => { v[k] = y; }, key: k }); walk(v[k]!, k); }
    }
  };
  walk(root, '');
  return out;
}

const ABSURD = [0, -1, -(2 ** 31), 2 ** 31, 2 ** 53, 2 ** 62, 1e308, 0.5, -0.5, 1e9, 123_456_789];

function nested(depth: number, leaf: Json): Json {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** One JSON-level mutation of a parsed config (in place, returns the root). */
export function mutateJson(root: Json, rnd: Rnd): Json {
  const all = slots(root);
  if (all.length === 0) return root;
  const s = pick(rnd, all);
  switch (int(rnd, 8)) {
    case 0: { // a number made absurd: units, filters, kernel sizes, strides, shape dims
      const numbers = all.filter((x) => typeof x.value === 'number' || x.value === null);
      pick(rnd, numbers.length ? numbers : all).set(pick(rnd, ABSURD));
      break;
    }
    case 1: // the wrong type
      s.set(pick(rnd, [null, true, 'x', 7, [], {}, [null], { class_name: 7 }, '__keras_tensor__'] as Json[]));
      break;
    case 2: // deep nesting where a shape or a list is expected
      s.set(nested(pick(rnd, [40, 1000, 4000]), pick(rnd, [1, null, {}] as Json[])));
      break;
    case 3: { // a list made long: layers repeated, shapes with many dims
      const lists = all.filter((x) => Array.isArray(x.value) && x.value.length > 0);
      if (lists.length) {
        const l = pick(rnd, lists);
        const xs = l.value as Json[];
        const times = pick(rnd, [2, 10, 1000, 20_000]);
        // Up to 10,000 entries and about 2 MB: longer configs are the bombs' (their CPU limit is the
        // larger one). 10,000 copies of nested models' layers made a 9.4 MB config, 2.5 s to profile.
        const each = Math.max(1, JSON.stringify(xs).length / xs.length);
        const n = Math.min(times * xs.length, 10_000, Math.max(xs.length, Math.floor(2e6 / each)));
        l.set(Array.from({ length: n }, (_, i) => structuredClone(xs[i % xs.length]!)));
      }
      break;
    }
    case 4: { // a shape made absurd
      const shapes = all.filter((x) => Array.isArray(x.value) && x.value.every((d) => d === null || typeof d === 'number') && x.value.length > 0);
      if (shapes.length) pick(rnd, shapes).set(pick(rnd, [[2 ** 31, 2 ** 31, 2 ** 31, 2 ** 31], [null, 1e9, 1e9, 3], [], [0], [-1, -1], Array.from({ length: 64 }, () => 2), [1.5, 2]] as Json[]));
      break;
    }
    case 5: { // a string swapped with another (class names, layer names that inbound nodes read)
      const strings = all.filter((x) => typeof x.value === 'string');
      if (strings.length >= 2) pick(rnd, strings).set(pick(rnd, strings).value);
      break;
    }
    case 6: // a subtree copied under itself
      if (s.value !== null && typeof s.value === 'object') s.set([structuredClone(s.value), structuredClone(s.value)]);
      break;
    default: // a key's value removed
      s.set(null);
  }
  return root;
}

function mutateJsonBytes(bytes: Uint8Array, rnd: Rnd): Uint8Array {
  let root: Json;
  try {
    root = JSON.parse(new TextDecoder().decode(bytes)) as Json;
  } catch {
    return flips(bytes, rnd);
  }
  return new TextEncoder().encode(JSON.stringify(mutateJson(root, rnd)));
}

// ---- HDF5 -------------------------------------------------------------------------------------

const SIGNATURES = ['OHDR', 'OCHK', 'TREE', 'HEAP', 'SNOD', 'GCOL', 'FRHP', 'FHDB', 'FHIB', 'BTHD', 'BTLF', 'BTIN', 'FSHD', 'SMTB'];

function hdf5Base(b: Uint8Array): number {
  const sig = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
  for (let at = 0; at + 8 <= b.length; at = at === 0 ? 512 : at * 2) if (sig.every((x, i) => b[at + i] === x)) return at;
  return 0;
}

/** Addresses of structures (relative to the superblock): signed blocks and v1 object headers. */
function structures(b: Uint8Array, base: number): number[] {
  const out = new Set<number>();
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  for (const s of SIGNATURES) for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.add(at - base);
  return [...out].filter((a) => a >= 0);
}

function u64(b: Uint8Array, at: number): bigint {
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(at, true);
}

/** Positions of 8-byte fields that hold the address of a structure (or of a v1 object header). */
function pointers(b: Uint8Array, base: number, targets: ReadonlySet<number>): number[] {
  const out: number[] = [];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let p = base; p + 8 <= b.length && out.length < 20_000; p++) {
    const v = dv.getBigUint64(p, true);
    if (v === 0n || v >= BigInt(b.length)) continue;
    const a = Number(v);
    const at = base + a;
    // A v1 object header: version 1, reserved 0, a small message count, a reference count of 1.
    const v1Header = at + 16 <= b.length && b[at] === 1 && b[at + 1] === 0 && dv.getUint32(at + 4, true) === 1;
    if (targets.has(a) || v1Header) out.push(p);
  }
  return out;
}

const HUGE64 = [2n ** 31n, 2n ** 32n - 1n, 2n ** 40n, 2n ** 53n - 1n, 2n ** 62n, 2n ** 64n - 2n];

/** One HDF5-level mutation. */
export function mutateHdf5(src: Uint8Array, rnd: Rnd): Uint8Array {
  const b = Uint8Array.from(src);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const base = hdf5Base(b);
  const targets = structures(b, base);
  const kind = int(rnd, 8);
  if (kind <= 2) {
    const ptrs = pointers(b, base, new Set(targets));
    if (ptrs.length === 0) return flips(b, rnd);
    const n = 1 + (rnd() < 0.7 ? 0 : int(rnd, 4));
    for (let i = 0; i < n; i++) {
      const p = pick(rnd, ptrs);
      const own = Math.max(0, ...targets.filter((t) => t + base <= p));
      const choices: bigint[] = [
        BigInt(pick(rnd, targets.length ? targets : [0])), // another structure (type confusion)
        BigInt(own), // the structure holding the pointer (a cycle)
        BigInt(Number(u64(b, p)) + pick(rnd, [1, 8, 16, -8, -16])), // just off
        BigInt(b.length - base - 1), BigInt(b.length - base), // at the end, past it
        2n ** 64n - 1n, // undefined
        pick(rnd, HUGE64),
      ];
      const v = kind === 2 ? BigInt(pick(rnd, targets.length ? targets : [0])) : pick(rnd, choices);
      dv.setBigUint64(p, BigInt.asUintN(64, v < 0n ? 0n : v), true);
    }
    return b;
  }
  if (kind === 3) {
    // A small count, size, length or dim made huge (u16, u32 or u64 little-endian).
    for (let tries = 0; tries < 200; tries++) {
      const width = pick(rnd, [2, 4, 8]);
      const p = base + 8 + int(rnd, Math.max(1, b.length - base - 8 - width));
      const v = width === 2 ? dv.getUint16(p, true) : width === 4 ? dv.getUint32(p, true) : Number(dv.getBigUint64(p, true));
      if (v < 1 || v > 4096) continue;
      if (width === 2) dv.setUint16(p, pick(rnd, [0xffff, 0x8000, v * 2, v + 1, 0]), true);
      else if (width === 4) dv.setUint32(p, pick(rnd, [0xffffffff, 0x7fffffff, 0x10000000, v * 2, v + 1, 0]), true);
      else dv.setBigUint64(p, pick(rnd, [...HUGE64, BigInt(v * 2), BigInt(v + 1), 0n]), true);
      return b;
    }
    return flips(b, rnd);
  }
  if (kind === 4 && targets.length >= 2) {
    // One structure copied over another (an object header where a B-tree node was...).
    const from = base + pick(rnd, targets);
    const to = base + pick(rnd, targets);
    b.copyWithin(to, from, from + 16 + int(rnd, 512));
    return b;
  }
  if (kind === 5 || kind === 6) return mutateAttributeJson(b, rnd);
  return flips(b, rnd);
}

/**
 * The legacy `model_config` (and `training_config`) attribute mutated in place: the JSON text is
 * re-serialised to the same length (padded with spaces, or left alone when it would grow).
 */
function mutateAttributeJson(b: Uint8Array, rnd: Rnd): Uint8Array {
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  const starts: number[] = [];
  for (let at = text.indexOf('{"class_name"'); at >= 0; at = text.indexOf('{"class_name"', at + 1)) starts.push(at);
  if (starts.length === 0) return flips(b, rnd);
  const start = pick(rnd, starts);
  const end = text.indexOf('\0', start);
  const len = (end < 0 ? b.length : end) - start;
  let root: Json;
  try {
    root = JSON.parse(Buffer.from(b.subarray(start, start + len)).toString('utf8')) as Json;
  } catch {
    return flips(b, rnd);
  }
  for (let tries = 0; tries < 10; tries++) {
    const out = Buffer.from(JSON.stringify(mutateJson(structuredClone(root), rnd)));
    if (out.length > len) continue;
    b.set(out, start);
    b.fill(0x20, start + out.length, start + len);
    return b;
  }
  return b;
}

function flips(src: Uint8Array, rnd: Rnd): Uint8Array {
  const b = Uint8Array.from(src);
  const kind = int(rnd, 3);
  if (kind === 0) return b.subarray(0, int(rnd, b.length));
  const n = 1 + int(rnd, 8);
  // Metadata sits in the first few KB of small files, around the groups in larger ones.
  for (let i = 0; i < n; i++) b[int(rnd, kind === 1 ? Math.min(b.length, 8192) : b.length)] = int(rnd, 256);
  return b;
}

// ---- zip --------------------------------------------------------------------------------------

interface Member { name: string; data: Uint8Array; deflate: boolean }

function members(zip: Uint8Array): Member[] | undefined {
  try {
    const src = withTail(memorySource(zip), ZIP_TAIL_READ);
    return readCentralDirectory(src).map((e) => ({ name: e.name, data: readEntry(src, e, 1 << 30), deflate: e.method === 8 }));
  } catch {
    return undefined;
  }
}

/** One zip-level mutation of a `.keras` file. */
export function mutateKerasZip(src: Uint8Array, rnd: Rnd): Uint8Array {
  const ms = members(src);
  if (!ms || ms.length === 0 || rnd() < 0.1) return flips(src, rnd);
  if (rnd() < 0.1) return mutateZipFields(src, rnd) ?? flips(src, rnd);
  const items: ZipItem[] = ms.map((m) => ({ name: m.name, data: m.data, deflate: m.deflate }));
  // The config is what most of the reader's code reads: it is picked half the time.
  const config = ms.findIndex((x) => x.name === 'config.json');
  const i = config >= 0 && rnd() < 0.5 ? config : int(rnd, items.length);
  const m = ms[i]!;
  const kind = int(rnd, 10);
  if (kind < 7) {
    // A member rewritten, the zip kept true around it.
    const data = m.name.endsWith('.json') ? mutateJsonBytes(m.data, rnd) : m.name.endsWith('.h5') ? mutateHdf5(m.data, rnd) : flips(m.data, rnd);
    items[i] = { name: m.name, data, deflate: m.deflate && rnd() < 0.8 };
    return zipBytes(items);
  }
  if (kind === 7) {
    // The directory lies about one member.
    const lie = pick(rnd, ['claimSize', 'claimCompressedSize', 'claimOffset'] as const);
    const value = pick(rnd, [0, 1, m.data.length - 1, m.data.length + 1, 2 ** 31, 0xfffffffe, src.length]);
    items[i] = { ...items[i]!, [lie]: value };
    return zipBytes(items, rnd() < 0.3 ? { zip64: true } : {});
  }
  if (kind === 8) {
    // Names: a member renamed (config.json missing, model.weights.h5 under another name, a duplicate).
    const other = pick(rnd, ['config.json', 'metadata.json', 'model.weights.h5', '../config.json', 'x/config.json', 'config.json\0', 'a'.repeat(300)]);
    items[i] = { ...items[i]!, name: other };
    return zipBytes(items);
  }
  return zipBytes(items, { claimEntries: pick(rnd, [0, items.length + 1, 0xffff, 1]), zip64: rnd() < 0.3 });
}

// ---- seeds and bombs --------------------------------------------------------------------------

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;

function config(layers: Json[], input: (number | null)[]): Uint8Array {
  const cfg = {
    class_name: 'Sequential',
    config: { name: 'seq', layers: [{ class_name: 'InputLayer', config: { name: 'in', batch_shape: input } }, ...layers] },
  };
  return Buffer.from(JSON.stringify(cfg));
}

function kerasZip(configBytes: Uint8Array, deflate = false): Uint8Array {
  return zipBytes([
    { name: 'metadata.json', data: Buffer.from(JSON.stringify({ keras_version: '3.3.3' })) },
    { name: 'config.json', data: configBytes, deflate },
  ]);
}

function functionalChain(n: number, cycle: boolean): Uint8Array {
  const layers: Json[] = [{ class_name: 'InputLayer', name: 'l0', config: { name: 'l0', batch_shape: [null, 8] }, inbound_nodes: [] }];
  for (let i = 1; i <= n; i++) {
    const from = cycle && i === 1 ? `l${n}` : `l${i - 1}`;
    layers.push({ class_name: 'Dense', name: `l${i}`, config: { name: `l${i}`, units: 8 }, inbound_nodes: [[[from, 0, 0, {}]]] });
  }
  const cfg = { class_name: 'Functional', config: { name: 'f', layers, input_layers: [['l0', 0, 0]], output_layers: [[`l${n}`, 0, 0]] } };
  return Buffer.from(JSON.stringify(cfg));
}

/** `{"k<from>":0,...}` of n keys. */
const distinctKeys = (from: number, n: number): string => `{${Array.from({ length: n }, (_, i) => `"k${from + i}":0`).join(',')}}`;

/** A Sequential of no layers whose config holds `junk` (JSON text) beside them. */
const junkConfig = (junk: string): Uint8Array => Buffer.from(`{"class_name":"Sequential","config":{"name":"s","layers":[],"junk":${junk}}}`);

export const kerasFuzz: FormatFuzz = {
  format: 'keras',
  ext: '.keras',
  seeds() {
    // The files Keras and h5py themselves wrote (real/*.gz, gzipped in the repo) seed too: their
    // layouts are h5py's, not our writer's. (The folder is skipped: reading it as a file threw.)
    const real = join(fixtures, 'real');
    return [
      ...readdirSync(fixtures).filter((f) => /\.(keras|h5)$/.test(f)).map((f) => ({ name: f, bytes: readFileSync(join(fixtures, f)) })),
      ...readdirSync(real).filter((f) => /\.(keras|h5)\.gz$/.test(f)).map((f) => ({ name: f.slice(0, -3), bytes: gunzipSync(readFileSync(join(real, f))) })),
    ];
  },
  mutate(bytes, rnd) {
    return isZip(bytes) ? mutateKerasZip(bytes, rnd) : mutateHdf5(bytes, rnd);
  },
  bombs() {
    const dense = (units: number): Json => ({ class_name: 'Dense', config: { name: `d${units}`, units } });
    const h5 = readFileSync(join(fixtures, 'mlp_legacy.h5'));
    return [
      { name: 'Sequential of 50,000 Dense layers', bytes: kerasZip(config(Array.from({ length: 50_000 }, (_, i) => ({ class_name: 'Dense', config: { name: `d${i}`, units: 4 } })), [null, 4])) },
      { name: 'Dense of 2^40 units on 2^40 inputs', bytes: kerasZip(config([dense(2 ** 40)], [null, 2 ** 40])) },
      { name: 'Conv2D on a 2^31 x 2^31 x 2^31 input', bytes: kerasZip(config([{ class_name: 'Conv2D', config: { name: 'c', filters: 2 ** 31, kernel_size: [3, 3] } }], [2 ** 31, 2 ** 31, 2 ** 31, 3])) },
      { name: 'config nested 1,000,000 deep', bytes: kerasZip(Buffer.from(`{"class_name":"Sequential","config":{"name":"s","layers":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}}`), true) },
      { name: 'config.json inflating to 200 MB (a deflate bomb)', bytes: kerasZip(Buffer.alloc(200 * 1024 * 1024, 0x20), true) },
      { name: 'Functional chain of 50,000 Dense layers', bytes: kerasZip(functionalChain(50_000, false)) },
      { name: 'config object of 4,999,990 distinct keys (within the member bound)', bytes: kerasZip(junkConfig(distinctKeys(0, 4_999_990)), true) },
      { name: '49,990 config objects of 100 keys no other has', bytes: kerasZip(junkConfig(`[${Array.from({ length: 49_990 }, (_, o) => distinctKeys(o * 100, 100)).join(',')}]`), true) },
      { name: 'Functional whose layers read each other in a cycle', bytes: kerasZip(functionalChain(1000, true)) },
      { name: 'legacy .h5 whose every pointer to a structure points at the root group', bytes: everyPointerAt(h5, 96) },
    ];
  },
};

/** Every structure address in an HDF5 file replaced by `target` (groups that contain themselves). */
function everyPointerAt(h5: Uint8Array, target: number): Uint8Array {
  const b = Uint8Array.from(h5);
  const base = hdf5Base(b);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (const p of pointers(b, base, new Set(structures(b, base)))) if (p > 200) dv.setBigUint64(p, BigInt(target), true);
  return b;
}
