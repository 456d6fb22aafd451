/**
 * The PyTorch side of `npm run fuzz -- --format pytorch`: seeds (test/fixtures/pytorch: state
 * dicts, a whole module, TorchScript, quantized and half tensors, a legacy file; and archives our
 * writer builds: zip64, a deflated data.pkl, a sharded `.bin` set with its index), mutations that
 * know the containers, and bombs.
 *
 * A zip is taken apart with our own reader and written back with every size, offset and CRC
 * matching, so a mutated pickle or a renamed, duplicated, resized entry reaches the reader
 * behind the archive's framing; zip-level lies (sizes, offsets, entry counts, zip64 records,
 * method and flag fields) are written on purpose. Legacy files are a run of pickles: one of them
 * is mutated opcode by opcode (scripts/fuzz-pickle.ts). JSON indexes get scripts/fuzz-json.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memorySource } from '../src/formats/pytorch/byte-source.js';
import { readCentralDirectory, readEntry } from '../src/formats/pytorch/zip.js';
import { mutate as mutateBytes } from '../test/support/tflite-mutate.js';
import { PickleWriter, stateDictZipItems, writeTensor, zipBytes } from '../test/support/pytorch-writer.js';
import type { FakeTensor, ZipItem, ZipOptions } from '../test/support/pytorch-writer.js';
import type { FormatFuzz } from './fuzz-format.js';
import { int, mutateJsonText, pick } from './fuzz-json.js';
import { joinPickle, mutateOps, splitPickle } from './fuzz-pickle.js';
import type { Op } from './fuzz-pickle.js';
import { mutateZipFields } from './fuzz-zip.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '..', '..', 'test', 'fixtures', 'pytorch');

const f32 = (name: string, key: string, dims: number[], parameter = false): FakeTensor => ({ name, key, dims, storageType: 'FloatStorage', numel: dims.reduce((a, b) => a * b, 1), parameter });
const SMALL: readonly FakeTensor[] = [f32('conv.weight', '0', [4, 3, 3, 3], true), f32('conv.bias', '1', [4]), { ...f32('bn.num_batches_tracked', '2', []), storageType: 'LongStorage' }];
const SHARD1 = 'pytorch_model-00001-of-00002.bin';
const SHARD2 = 'pytorch_model-00002-of-00002.bin';

function setSeeds(): { name: string; bytes: Uint8Array }[] {
  const s1 = [f32('embed.weight', '0', [16, 8]), f32('layer.0.weight', '1', [8, 8])];
  const s2 = [f32('layer.0.bias', '0', [8]), { ...f32('head.weight', '1', [4, 8]), storageType: 'HalfStorage' }];
  const map: Record<string, string> = {};
  for (const t of s1) map[t.name] = SHARD1;
  for (const t of s2) map[t.name] = SHARD2;
  return [
    { name: `sharded/${SHARD1}`, bytes: zipBytes(stateDictZipItems(s1, { folder: SHARD1.replace(/\.bin$/, '') })) },
    { name: `sharded/${SHARD2}`, bytes: zipBytes(stateDictZipItems(s2, { folder: SHARD2.replace(/\.bin$/, '') })) },
    { name: 'sharded/pytorch_model.bin.index.json', bytes: Buffer.from(JSON.stringify({ metadata: { total_size: 864 }, weight_map: map })) },
  ];
}

/** A checkpoint with shared views, a per-channel quantized tensor's pieces and nested dicts, from our writer. */
function checkpointPickle(): Uint8Array {
  const p = new PickleWriter().proto().emptyDict().mark().str('epoch').int(3).str('model').emptyDict().mark();
  for (const t of SMALL) writeTensor(p.str(t.name), t);
  p.str('view').put();
  writeTensor(p, { ...f32('view', '0', [2, 3, 3, 3]), offset: 54 });
  return p.setitems().str('optimizer').emptyDict().setitems().stop().bytes();
}

export function pytorchSeeds(): { name: string; bytes: Uint8Array }[] {
  const seeds: { name: string; bytes: Uint8Array }[] = readdirSync(fixtures).filter((f) => f.endsWith('.pt')).sort().map((f) => ({ name: f, bytes: Uint8Array.from(readFileSync(join(fixtures, f))) }));
  const ckpt = [{ name: 'archive/data.pkl', data: checkpointPickle() }, ...stateDictZipItems(SMALL).slice(1)];
  seeds.push(
    { name: 'writer_state_dict.pt', bytes: zipBytes(stateDictZipItems(SMALL)) },
    { name: 'writer_zip64.pt', bytes: zipBytes(stateDictZipItems(SMALL), { zip64: true }) },
    { name: 'writer_deflated.pt', bytes: zipBytes(stateDictZipItems(SMALL).map((i) => (i.name.endsWith('.pkl') ? { ...i, deflate: true } : i))) },
    { name: 'writer_checkpoint.pt', bytes: zipBytes(ckpt) },
    ...setSeeds(),
  );
  return seeds;
}

// ---- zip archives ----------------------------------------------------------------------------

interface Archive {
  items: ZipItem[];
  opts: ZipOptions;
}

function openArchive(bytes: Uint8Array): Archive | undefined {
  try {
    const src = memorySource(bytes);
    const entries = readCentralDirectory(src);
    const items = entries.map((e): ZipItem => ({ name: e.name, data: readEntry(src, e, 64 * 1024 * 1024), deflate: e.method === 8 }));
    return { items, opts: {} };
  } catch {
    return undefined;
  }
}

const HOSTILE_NAMES = ['../data.pkl', '/archive/data.pkl', 'archive/data\u0000.pkl', `archive/${'d'.repeat(70_000)}`, 'archive\\data.pkl', 'archive/data/../data.pkl', 'a/b/c/data.pkl', 'archive/', '', 'data.pkl', 'archive/constants.pkl', 'archive/code/__torch__/x.py'];
const HOSTILE_SIZES = [0, 1, 0xffffffff, 0xfffffffe, 2 ** 31, 2 ** 53, 2 ** 40];

/** One zip-level mutation, the rest of the archive rebuilt to match. */
function mutateArchive(a: Archive, rnd: () => number): Uint8Array {
  const items = a.items;
  const i = int(rnd, items.length);
  const item = items[i]!;
  const data = item.data ?? new Uint8Array(0);
  switch (int(rnd, 9)) {
    case 0:
    case 1:
    case 2: {
      // A pickle inside, mutated opcode by opcode, sizes and CRC written to match.
      const pickles = items.filter((x) => x.name.endsWith('.pkl'));
      const target = pickles.length > 0 ? pick(rnd, pickles) : item;
      const mutated = mutatePickles(target.data ?? new Uint8Array(0), rnd);
      items[items.indexOf(target)] = { ...target, data: mutated };
      break;
    }
    case 3: items[i] = { ...item, name: pick(rnd, HOSTILE_NAMES) }; break;
    case 4: items.splice(int(rnd, items.length + 1), 0, { ...item }); break; // a second entry of the same name
    case 5: items.splice(i, 1); break;
    case 6: items[i] = { ...item, data: rnd() < 0.5 ? data.subarray(0, int(rnd, data.length + 1)) : new Uint8Array(data.length * 2 + 8) }; break;
    case 7: {
      const claim = pick(rnd, ['claimSize', 'claimCompressedSize', 'claimOffset'] as const);
      items[i] = { ...item, [claim]: pick(rnd, [...HOSTILE_SIZES, data.length + 1, Math.max(0, data.length - 1)]) };
      break;
    }
    default:
      a.opts = pick(rnd, [{ zip64: true }, { claimEntries: pick(rnd, [0, items.length + 1, 0xffff, items.length - 1]) }, { zip64: true, claimEntries: 2 ** 40 }]);
  }
  const out = zipBytes(items, a.opts);
  if (rnd() < 0.2) patchCentralField(out, rnd);
  return out;
}

/** A method, flags, name or extra length field of one central directory header, overwritten. */
function patchCentralField(b: Uint8Array, rnd: () => number): void {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const at: number[] = [];
  for (let p = 0; p + 46 <= b.length; p++) if (v.getUint32(p, true) === 0x02014b50) at.push(p);
  if (at.length === 0) return;
  const p = pick(rnd, at);
  const field = pick(rnd, [[8, [1, 0x41, 0x800 | 1]], [10, [8, 12, 14, 99]], [28, [0, 0xffff]], [30, [4, 0xffff, 12]], [34, [1]]] as const);
  v.setUint16(p + field[0], pick(rnd, field[1]), true);
}

// ---- pickles ---------------------------------------------------------------------------------

/**
 * The pickles at the start of `bytes` (one in a data.pkl, five and then the storages in a legacy
 * file), one of them mutated opcode by opcode; bytes that hold no pickle get a byte mutation.
 */
function mutatePickles(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const runs: Op[][] = [];
  let at = 0;
  while (runs.length < 5) {
    const s = splitPickle(bytes, at);
    if (!s) break;
    runs.push(s.ops);
    at = s.end;
  }
  if (runs.length === 0) return mutateBytes(bytes, rnd);
  // Most mutations go to the data pickle: the last of a legacy file's first four, or the only one.
  const which = runs.length >= 4 && rnd() < 0.7 ? 3 : int(rnd, runs.length);
  const times = 1 + int(rnd, 3);
  for (let k = 0; k < times; k++) mutateOps(runs[which]!, rnd);
  return Buffer.concat([...runs.map(joinPickle), bytes.subarray(at)]);
}

export function mutatePytorch(bytes: Uint8Array, rnd: () => number): Uint8Array {
  if (bytes[0] === 0x7b) return Buffer.from(mutateJsonText(Buffer.from(bytes).toString('utf8'), rnd));
  if (rnd() < 0.15) return mutateBytes(bytes, rnd);
  const archive = bytes[0] === 0x50 && bytes[1] === 0x4b ? openArchive(bytes) : undefined;
  if (archive && rnd() < 0.1) return mutateZipFields(bytes, rnd) ?? mutateArchive(archive, rnd);
  if (archive) return mutateArchive(archive, rnd);
  return mutatePickles(bytes, rnd);
}

// ---- bombs -----------------------------------------------------------------------------------

function repeat(op: number[], times: number, head: number[], tail: number[]): Uint8Array {
  const out = new Uint8Array(head.length + op.length * times + tail.length);
  out.set(head);
  for (let i = 0, p = head.length; i < times; i++, p += op.length) out.set(op, p);
  out.set(tail, out.length - tail.length);
  return out;
}

/** MARK, 1,000 x `item`, `close`. */
function batch(item: number[], close: number): number[] {
  return [0x28, ...Array.from({ length: 1000 }, () => item).flat(), close];
}

/** A torch.save zip whose data.pkl is `pickle`, stored. */
function zipOf(pickle: Uint8Array): Uint8Array {
  return zipBytes([{ name: 'archive/data.pkl', data: pickle }, { name: 'archive/version', data: Buffer.from('3\n') }]);
}

export function pytorchBombs(): { name: string; bytes: Uint8Array }[] {
  return [
    // PROTO 2, EMPTY_LIST, then (EMPTY_TUPLE, APPEND) x n, STOP: 2 bytes per object the pickle builds.
    { name: 'data.pkl of 29,000,000 empty tuples appended to one list (58 MB)', bytes: zipOf(repeat([0x29, 0x61], 29_000_000, [0x80, 2, 0x5d], [0x2e])) },
    { name: 'data.pkl of 29,000,000 (EMPTY_DICT, POP) pairs (58 MB)', bytes: zipOf(repeat([0x7d, 0x30], 29_000_000, [0x80, 2], [0x4e, 0x2e])) },
    { name: 'data.pkl of 100,000 nested MARKs closed by TUPLE', bytes: zipOf(Buffer.concat([Buffer.from([0x80, 2]), Buffer.alloc(100_000, 0x28), Buffer.from([0x4e]), Buffer.alloc(100_000, 0x74), Buffer.from([0x2e])])) },
    { name: 'data.pkl of one-item tuples nested 10,000 deep', bytes: zipOf(repeat([0x85], 10_000, [0x80, 2, 0x4e], [0x2e])) },
    { name: 'data.pkl storing 5,000,000 memo entries', bytes: zipOf(repeat([0x94], 4_999_999, [0x80, 4, 0x4e], [0x2e])) },
    { name: 'data.pkl fetching memo 0 16,000,000 times into one list', bytes: zipOf(repeat([0x68, 0, 0x61], 16_000_000, [0x80, 2, 0x5d, 0x71, 0, 0x5d], [0x2e])) },
    // Batches of MARK, 1,000 memo references, SETITEMS or APPENDS (as a pickler batches): a value for 2 bytes.
    { name: 'data.pkl setting memo 0 as key and value 15,000,000 times in one dict (60 MB)', bytes: zipOf(repeat(batch([0x68, 0, 0x68, 0], 0x75), 15_000, [0x80, 2, 0x4e, 0x71, 0, 0x7d], [0x2e])) },
    { name: 'data.pkl appending memo 0 30,000,000 times to one list (60 MB)', bytes: zipOf(repeat(batch([0x68, 0], 0x65), 30_000, [0x80, 2, 0x4e, 0x71, 0, 0x5d], [0x2e])) },
    { name: 'deflated data.pkl of 64 MB of zeros', bytes: zipBytes([{ name: 'archive/data.pkl', data: new Uint8Array(64 * 1024 * 1024), deflate: true }]) },
    { name: 'zip of 300,000 entries', bytes: zipBytes([...stateDictZipItems(SMALL), ...Array.from({ length: 300_000 }, (_, k) => ({ name: `archive/x/${k}`, data: new Uint8Array(0) }))]) },
    { name: 'legacy magic then 60 MB of MARKs with no STOP', bytes: Buffer.concat([Buffer.from([0x80, 2, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e]), Buffer.alloc(60_000_000, 0x28)]) },
  ];
}

export const pytorchFuzz: FormatFuzz = {
  format: 'pytorch',
  ext: '.pt',
  seeds: pytorchSeeds,
  mutate: mutatePytorch,
  bombs: pytorchBombs,
};
