/**
 * Reads a GGUF file (versions 1 to 3): the header, the typed metadata and the tensor infos, never
 * the tensor data. Version 1 stores counts, lengths and dims as 32-bit integers; later versions
 * as 64-bit. Tensor sizes follow the ggml type table (ggml-types.ts).
 */
import { basename, dirname, join } from 'node:path';
import { ModelFileError } from '../../graph/errors.js';
import { fileState } from '../file.js';
import { bytesAsRandomAccessFile, withRandomAccessFile } from '../random-access.js';
import type { RandomAccessFile } from '../random-access.js';
import type { WeightsFile, WeightTensor } from '../weights.js';
import { decoderFromGguf } from './decoder.js';
import { ggmlType } from './ggml-types.js';
import { GgufCursor } from './cursor.js';
import { looksLikeGguf, SPLIT_NAME } from './signature.js';

const DEFAULT_ALIGNMENT = 32;
/** ggml tensors have at most 4 dims (GGML_MAX_DIMS). */
const MAX_DIMS = 4;
/** Arrays inside arrays deeper than this are bad input (no real file nests at all). */
const MAX_ARRAY_DEPTH = 3;
/** Numeric arrays up to this length are kept (per-layer head counts); longer ones are skipped. */
const KEEP_ARRAY_VALUES = 4096;
/**
 * Tensors in one file. The largest real GGUF files hold a few thousand; a hostile 30 MB file can
 * list a million empty ones, which takes seconds and half a gigabyte to read and profile.
 */
export const MAX_TENSORS = 200_000;
/** Metadata pairs in one file: real ones hold under a hundred (the vocabulary is one array). */
export const MAX_METADATA = 100_000;
/** String values shown in metadata are cut here. */
const SHOW_CHARS = 200;

/** A metadata value as read: numbers (64-bit ones as bigint when past 2^53), text, or an array. */
export type GgufValue = number | bigint | boolean | string | GgufArray;
export interface GgufArray {
  readonly elementType: number;
  readonly length: number;
  /** Kept for numeric and bool arrays up to 4096 elements and string arrays up to 64. */
  readonly values?: readonly GgufValue[];
}

export interface GgufFile {
  readonly version: number;
  readonly alignment: number;
  readonly metadata: ReadonlyMap<string, GgufValue>;
  readonly tensors: readonly GgufTensorInfo[];
  /** Absolute offset where the tensor data starts. */
  readonly dataStart: number;
}

export interface GgufTensorInfo {
  readonly name: string;
  /** As stored: ne[0] (fastest-varying) first. */
  readonly ne: readonly number[];
  readonly typeId: number;
  readonly elements: number;
  readonly bytes: number;
  /** Relative to dataStart. */
  readonly offset: number;
}

export interface GgufReadResult {
  readonly weights: WeightsFile;
  readonly gguf: GgufFile;
  readonly stats: { readonly bytesRead: number; readonly readCalls: number };
}

const TYPE_NAMES = ['uint8', 'int8', 'uint16', 'int16', 'uint32', 'int32', 'float32', 'bool', 'string', 'array', 'uint64', 'int64', 'float64'];
/** general.alignment's type: uint32. */
const ALIGNMENT_TYPE = 4;
/** Bytes of one value of each fixed-size metadata type (string and array vary). */
const FIXED_SIZE: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

/** A name from the file, quoted and cut so that it is safe and short in a one-line message. */
function quoted(name: string, max = 80): string {
  return JSON.stringify(name.length > max ? `${name.slice(0, max)}…` : name);
}

/**
 * Reads and validates a GGUF file, or the whole set when it is one split of several (llama.cpp's
 * gguf-split: `<prefix>-0000N-of-0000M.gguf`, each with `split.no`, `split.count` and
 * `split.tensors.count`; every metadata key but those in the first split only). A set is one
 * model: tensors from every split, metadata and LLM figures from the first. Throws
 * ModelFileError (one line, names the file; a missing split by name).
 */
export function readGgufFile(path: string): GgufReadResult {
  const given = withRandomAccessFile(path, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
  const split = splitOf(given.gguf, path);
  if (split) return readSplitSet(path, split, given);
  const named = SPLIT_NAME.exec(basename(path));
  // Named as a split but none by its metadata: the set's first split does not read it (a
  // loader ignores it), so the gate measures it alone and says why.
  const notASplit = named && Number(named[3]) >= 2 ? [`named as split ${Number(named[2])} of ${Number(named[3])} but holds no split.no/split.count metadata (loaders ignore it): measured as a model of its own`] : [];
  return buildResult(given.gguf, given.stats, [], 1, notASplit);
}

/** The same for bytes in memory (tests, git blobs). */
export function readGgufBytes(bytes: Uint8Array, path: string): GgufReadResult {
  const f = bytesAsRandomAccessFile(bytes, path);
  return buildResult(parseGguf(f), f, []);
}

interface SplitInfo {
  readonly prefix: string;
  readonly countText: string;
  readonly count: number;
  /** 0-based, as `split.no` stores it. */
  readonly no: number;
  readonly tensorCount: number;
}

/** The name of split `i` (0-based) of a set. */
function splitName(split: SplitInfo, i: number): string {
  return `${split.prefix}-${String(i + 1).padStart(5, '0')}-of-${split.countText}.gguf`;
}

function integerKey(gguf: GgufFile, key: string, path: string, min: number, max: number): number {
  const v = gguf.metadata.get(key);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ModelFileError(path, `metadata ${quoted(key)} is ${v === undefined ? 'missing' : quoted(showValue(v), 30)}, not an integer from ${min} to ${max}`);
  }
  return v;
}

/** The file's place in a split set from its metadata, checked against its name; null when not split. */
function splitOf(gguf: GgufFile, path: string): SplitInfo | null {
  if (!gguf.metadata.has('split.count')) return null;
  const count = integerKey(gguf, 'split.count', path, 1, 65535);
  if (count === 1) return null;
  const no = integerKey(gguf, 'split.no', path, 0, count - 1);
  const tensorCount = integerKey(gguf, 'split.tensors.count', path, 0, 2 ** 31 - 1);
  const m = SPLIT_NAME.exec(basename(path));
  if (!m || Number(m[3]) !== count || Number(m[2]) !== no + 1) {
    const expected = `-${String(no + 1).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.gguf`;
    throw new ModelFileError(path, `is split ${no + 1} of ${count} (split.no, split.count) but its name does not end in ${expected}, so the other splits cannot be found`);
  }
  return { prefix: m[1]!, countText: m[3]!, count, no, tensorCount };
}

function readSplitSet(path: string, split: SplitInfo, given: { gguf: GgufFile; stats: { bytesRead: number; readCalls: number } }): GgufReadResult {
  const dir = dirname(path);
  const stats = { bytesRead: 0, readCalls: 0 };
  const parts: GgufFile[] = [];
  for (let i = 0; i < split.count; i++) {
    const name = splitName(split, i);
    const file = join(dir, name);
    let part: { gguf: GgufFile; stats: { bytesRead: number; readCalls: number } };
    if (i === split.no) {
      part = given;
    } else {
      const state = fileState(file);
      if (state !== 'file') {
        throw new ModelFileError(path, `split ${quoted(name)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
      }
      part = withRandomAccessFile(file, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
      if (part.gguf.metadata.get('split.no') !== i || part.gguf.metadata.get('split.count') !== split.count) throw new ModelFileError(file, `is not split ${i + 1} of ${split.count} by its split.no/split.count metadata`);
    }
    parts.push(part.gguf);
    stats.bytesRead += part.stats.bytesRead;
    stats.readCalls += part.stats.readCalls;
  }
  const tensors = parts.flatMap((p) => p.tensors);
  const names = new Set<string>();
  for (const t of tensors) {
    if (names.has(t.name)) throw new ModelFileError(path, `tensor ${quoted(t.name)} is stored in more than one split`);
    names.add(t.name);
  }
  if (tensors.length !== split.tensorCount) {
    throw new ModelFileError(path, `the ${split.count} splits hold ${tensors.length} tensors but split.tensors.count says ${split.tensorCount}`);
  }
  // gguf-split writes every metadata key into the first split only: the model's figures come from there.
  const merged: GgufFile = { ...parts[0]!, tensors };
  const others = parts.map((_, i) => splitName(split, i)).filter((_, i) => i !== split.no);
  return buildResult(merged, stats, others, split.count);
}

function buildResult(gguf: GgufFile, stats: { readonly bytesRead: number; readonly readCalls: number }, sideFiles: string[], splits = 1, warnings: string[] = []): GgufReadResult {
  const tensors: WeightTensor[] = gguf.tensors.map((t) => {
    const type = ggmlType(t.typeId)!;
    // Built field by field: spreading an optional member costs microseconds per object.
    const w: { -readonly [K in keyof WeightTensor]: WeightTensor[K] } = {
      name: t.name,
      dtype: type.dtype,
      // Outermost dim first, as PyTorch and safetensors write shapes.
      dims: [...t.ne].reverse(),
      elements: t.elements,
      bytes: t.bytes,
      role: type.weight ? 'param' : 'non-weight',
    };
    if (type.blockSize > 1) w.quantization = `${type.blockSize}-value blocks of ${type.blockBytes} bytes`;
    return w;
  });
  const decoder = decoderFromGguf(gguf, warnings);
  const metadata = new Map<string, string>([['gguf.version', String(gguf.version)]]);
  if (gguf.alignment !== DEFAULT_ALIGNMENT) metadata.set('general.alignment', String(gguf.alignment));
  if (splits > 1) metadata.set('splits', String(splits));
  for (const [k, v] of gguf.metadata) {
    if (k.startsWith('general.') && k !== 'general.alignment' && metadata.size < 40) metadata.set(k, showValue(v));
  }
  return {
    weights: { tensors, metadata, ...(decoder ? { decoder } : {}), warnings, sideFiles },
    gguf,
    stats: { bytesRead: stats.bytesRead, readCalls: stats.readCalls },
  };
}

function showValue(v: GgufValue): string {
  if (typeof v === 'object') return `[${TYPE_NAMES[v.elementType] ?? '?'} x ${v.length}]`;
  const s = String(v);
  return s.length > SHOW_CHARS ? `${s.slice(0, SHOW_CHARS)}…` : s;
}

export function parseGguf(file: RandomAccessFile): GgufFile {
  const c: GgufCursor = new GgufCursor(file);
  if (file.size < 8) c.fail(`truncated: ${file.size} bytes, too short for a GGUF header`);
  if (!looksLikeGguf(c.bytes(4, 'magic'))) c.fail('not a GGUF file (no "GGUF" magic)');
  const version = c.u32('version');
  if (version === 0 || version > 3) {
    const swapped = ((version & 0xff) << 24) | ((version & 0xff00) << 8) | ((version >>> 8) & 0xff00) | (version >>> 24);
    if (swapped >= 1 && swapped <= 3) c.fail('big-endian GGUF files are not supported');
    c.fail(`unsupported GGUF version ${version} (1 to 3 are known)`);
  }
  const wide = version >= 2;
  // Smallest tensor info: name length (the name may be empty), n_dims (0 for a scalar: no dims), type, offset.
  // A bound any real file meets: a one-byte name and one dim refused 8 one-byte scalars at alignment 1.
  const tensorCount = c.count(wide, (wide ? 8 : 4) + 4 + 4 + 8, 'tensor count');
  // Smallest key/value: key length (the key may be empty) + value type + 1-byte value.
  const kvCount = c.count(wide, (wide ? 8 : 4) + 4 + 1, 'metadata count');
  if (tensorCount > MAX_TENSORS) c.fail(`${tensorCount} tensors, more than the ${MAX_TENSORS} of any real model: refused`);
  if (kvCount > MAX_METADATA) c.fail(`${kvCount} metadata pairs, more than the ${MAX_METADATA} read: refused`);
  const metadata = new Map<string, GgufValue>();
  for (let i = 0; i < kvCount; i++) {
    const key = c.string(wide, `metadata key ${i}`, 65536).text;
    if (metadata.has(key)) c.fail(`metadata key ${quoted(key)} appears twice`);
    const type = c.u32(`type of metadata ${quoted(key)}`);
    // llama.cpp (gguf_get_val_u32) and gguf-py refuse any other type: the file would not load.
    if (key === 'general.alignment' && type !== ALIGNMENT_TYPE) c.fail(`general.alignment is a ${TYPE_NAMES[type] ?? `type ${type}`}, not the uint32 GGUF requires`);
    metadata.set(key, readValue(c, wide, type, `metadata ${quoted(key)}`, 0));
  }
  let alignment = DEFAULT_ALIGNMENT;
  const a = metadata.get('general.alignment');
  if (a !== undefined) {
    if (typeof a !== 'number' || !Number.isSafeInteger(a) || a <= 0 || a > 1 << 30 || (a & (a - 1)) !== 0) {
      c.fail(`general.alignment ${quoted(showValue(a), 30)} is not a power of two`);
    }
    alignment = a;
  }
  const tensors: GgufTensorInfo[] = [];
  const names = new Set<string>();
  for (let i = 0; i < tensorCount; i++) {
    const name = c.string(wide, `tensor ${i} name`, 65536).text;
    const where = `tensor ${quoted(name)}`;
    if (names.has(name)) c.fail(`${where} appears twice`);
    names.add(name);
    const nDims = c.u32(`${where} n_dims`);
    if (nDims > MAX_DIMS) c.fail(`${where} has ${nDims} dims; ggml allows at most ${MAX_DIMS}`);
    const ne: number[] = [];
    let elements = 1;
    for (let d = 0; d < nDims; d++) {
      const dim = wide ? c.u64(`${where} dim`) : BigInt(c.u32(`${where} dim`));
      if (dim > BigInt(Number.MAX_SAFE_INTEGER)) c.fail(`${where} dim ${dim} is too large`);
      ne.push(Number(dim));
      elements *= Number(dim);
      if (!Number.isSafeInteger(elements)) c.fail(`${where} has more elements than can be counted exactly`);
    }
    const typeId = c.u32(`${where} type`);
    const type = ggmlType(typeId);
    if (!type) c.fail(`${where} has unknown ggml type ${typeId}`);
    const offset = c.u64(`${where} offset`);
    if (offset > BigInt(Number.MAX_SAFE_INTEGER)) c.fail(`${where} offset ${offset} is past any file`);
    if ((ne[0] ?? 1) % type.blockSize !== 0) {
      c.fail(`${where}: row length ${ne[0] ?? 1} is not a multiple of the ${type.name} block size ${type.blockSize}`);
    }
    const bytes = (elements / type.blockSize) * type.blockBytes;
    tensors.push({ name, ne, typeId, elements, bytes, offset: Number(offset) });
  }
  const dataStart = Math.ceil(c.pos / alignment) * alignment;
  const dataBytes = Math.max(0, file.size - dataStart);
  const sorted = tensors.filter((t) => t.bytes > 0).sort((x, y) => x.offset - y.offset);
  let reach: GgufTensorInfo | undefined;
  for (const t of tensors) {
    if (t.offset % alignment !== 0) c.fail(`tensor ${quoted(t.name)} offset ${t.offset} is not a multiple of the alignment ${alignment}`);
    if (t.offset + t.bytes > dataBytes) {
      c.fail(`truncated: tensor ${quoted(t.name)} data (${t.bytes} bytes at data offset ${t.offset}) ends past the end of the file (${dataBytes} bytes of data)`);
    }
  }
  for (const t of sorted) {
    if (reach && t.offset < reach.offset + reach.bytes) c.fail(`tensors ${quoted(reach.name)} and ${quoted(t.name)} overlap`);
    if (!reach || t.offset + t.bytes > reach.offset + reach.bytes) reach = t;
  }
  return { version, alignment, metadata, tensors, dataStart };
}

/** `what` names the key in messages; made once per key, not once per array element. */
function readValue(c: GgufCursor, wide: boolean, type: number, what: string, depth: number): GgufValue {
  switch (type) {
    case 0: return c.u8(what);
    case 1: return (c.u8(what) << 24) >> 24;
    case 2: { const b = c.bytes(2, what); return b.readUInt16LE(0); }
    case 3: { const b = c.bytes(2, what); return b.readInt16LE(0); }
    case 4: return c.u32(what);
    case 5: return c.i32(what);
    case 6: return c.bytes(4, what).readFloatLE(0);
    case 7: {
      const b = c.u8(what);
      if (b > 1) c.fail(`${what}: bool value ${b} is neither 0 nor 1`);
      return b === 1;
    }
    case 8: return c.string(wide, what, SHOW_CHARS * 4).text;
    case 9: {
      if (depth >= MAX_ARRAY_DEPTH) c.fail(`${what}: arrays nested deeper than ${MAX_ARRAY_DEPTH}`);
      const elementType = c.u32(`${what} array type`);
      const size = FIXED_SIZE[elementType];
      if (size === undefined && elementType !== 8 && elementType !== 9) c.fail(`${what}: unknown array element type ${elementType}`);
      // Strings take at least their length field; nested arrays their type and count.
      const min = size ?? (elementType === 8 ? (wide ? 8 : 4) : 4 + (wide ? 8 : 4));
      const length = c.count(wide, min, `${what} array length`);
      if (size !== undefined) {
        if (length > KEEP_ARRAY_VALUES) {
          c.skip(length * size, what);
          return { elementType, length };
        }
        const values: GgufValue[] = [];
        for (let i = 0; i < length; i++) values.push(readValue(c, wide, elementType, what, depth + 1));
        return { elementType, length, values };
      }
      const values: GgufValue[] = [];
      for (let i = 0; i < length; i++) {
        if (elementType === 8) {
          // Token lists hold 100k+ strings: walk their lengths, keep the first few.
          if (i < 64) values.push(c.string(wide, what, SHOW_CHARS).text);
          else c.skip(c.count(wide, 1, `${what} string length`), what);
        } else {
          const inner = readValue(c, wide, 9, what, depth + 1);
          if (i < 64) values.push(inner);
        }
      }
      return { elementType, length, values };
    }
    case 10: return bigOrNumber(c.u64(what));
    case 11: return bigOrNumber(c.i64(what));
    case 12: return c.bytes(8, what).readDoubleLE(0);
    default:
      return c.fail(`${what} has unknown value type ${type}`);
  }
}

function bigOrNumber(v: bigint): number | bigint {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v;
}

