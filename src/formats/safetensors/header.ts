/**
 * One safetensors file's header: an 8-byte little-endian length, then that many bytes of JSON
 * naming every tensor's dtype, shape and byte range in the data section that follows. Only the
 * header is read; every range is checked against the shape, the dtype and the file.
 */
import { ModelFileError } from '../../graph/errors.js';
import type { RandomAccessFile } from '../random-access.js';
import { safetensorsDType } from './dtypes.js';
import { holdsTooMany, JsonShapeError, MAX_PARSED_ITEMS, TooManyMembersError, ValueTooLargeError, objectMembers } from './json-object.js';
import type { SafetensorsDType } from './dtypes.js';

/** The reference library refuses headers over 100 MB; so do we (a larger length is bad input). */
export const MAX_HEADER_BYTES = 100_000_000;
/**
 * Tensors in one header. The largest real checkpoints hold about 100k tensors in all; a hostile
 * 100 MB header could list a million, which would take a minute and gigabytes to read.
 */
export const MAX_TENSORS = 200_000;
/** `__metadata__` values are shown, not stored whole. */
const MAX_METADATA_VALUE_CHARS = 500;

export interface SafetensorsEntry {
  readonly name: string;
  readonly type: SafetensorsDType;
  /** The dtype as the header spells it ('BF16'). */
  readonly typeName: string;
  readonly dims: readonly number[];
  readonly elements: number;
  /** Byte range within the data section. */
  readonly begin: number;
  readonly end: number;
}

export interface SafetensorsHeader {
  readonly entries: readonly SafetensorsEntry[];
  /** `__metadata__`, values capped for display. */
  readonly metadata: ReadonlyMap<string, string>;
  /** 8 + the JSON length: where the data section starts. */
  readonly dataStart: number;
  readonly warnings: readonly string[];
}

/** A name from the file, quoted and cut so that it is safe and short in a one-line message. */
export function quoted(name: string, max = 80): string {
  return JSON.stringify(name.length > max ? `${name.slice(0, max)}…` : name);
}

export function readSafetensorsHeader(file: RandomAccessFile): SafetensorsHeader {
  const fail = (detail: string): never => {
    throw new ModelFileError(file.path, detail);
  };
  if (file.size < 8) fail(`truncated: ${file.size} bytes, shorter than the 8-byte header length of a safetensors file`);
  const length = file.read(0, 8, 'header length').readBigUInt64LE(0);
  if (length > BigInt(MAX_HEADER_BYTES)) {
    fail(`header length ${length} bytes exceeds the ${MAX_HEADER_BYTES / 1e6} MB limit (corrupt, or not a safetensors file)`);
  }
  const n = Number(length);
  if (8 + n > file.size) fail(`truncated: header length ${n} bytes runs past the end of the file (${file.size} bytes)`);
  if (n < 2) fail(`header length ${n} bytes is too short for a JSON object`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.read(8, n, 'JSON header'));
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    return fail('JSON header is not valid UTF-8');
  }
  if (text.trimStart()[0] !== '{') fail('JSON header does not start with "{" (corrupt, or not a safetensors file)');
  let members: Array<[string, unknown]>;
  try {
    members = objectMembers(text, MAX_TENSORS + 1, METADATA);
  } catch (e) {
    if (e instanceof TooManyMembersError) return fail(`header lists more than ${MAX_TENSORS} tensors, more than any real checkpoint: refused`);
    if (e instanceof ValueTooLargeError) return fail(`tensor ${quoted(e.key)}: its entry holds more than ${MAX_PARSED_ITEMS} arrays, objects and items (a tensor's holds about 10): refused unparsed`);
    // The parser's message quotes the file's bytes: say only what kind of fault it is.
    if (e instanceof SyntaxError || e instanceof JsonShapeError) return fail('JSON header is malformed (not valid JSON)');
    throw e;
  }
  const dataStart = 8 + n;
  const dataBytes = file.size - dataStart;
  const warnings: string[] = [];
  const metadata = new Map<string, string>();
  const entries: SafetensorsEntry[] = [];
  const seen = new Set<string>();
  for (const [name, value] of members) {
    if (seen.has(name)) fail(`${name === '__metadata__' ? '__metadata__' : `tensor ${quoted(name)}`} appears twice in the header`);
    seen.add(name);
    if (name === '__metadata__') {
      readMetadata(value as string, metadata, fail);
      continue;
    }
    entries.push(parseEntry(name, value, dataBytes, fail));
  }
  // One member more than MAX_TENSORS was let through for __metadata__.
  if (entries.length > MAX_TENSORS) fail(`header lists more than ${MAX_TENSORS} tensors, more than any real checkpoint: refused`);
  const sorted = [...entries].filter((e) => e.end > e.begin).sort((a, b) => a.begin - b.begin);
  let covered = 0;
  let reach: SafetensorsEntry | undefined;
  for (const cur of sorted) {
    if (reach && cur.begin < reach.end) {
      fail(`tensors ${quoted(reach.name)} and ${quoted(cur.name)} overlap (bytes ${reach.begin}..${reach.end} and ${cur.begin}..${cur.end})`);
    }
    if (!reach || cur.end > reach.end) reach = cur;
  }
  for (const e of sorted) covered += e.end - e.begin;
  if (covered < dataBytes) warnings.push(`${dataBytes - covered} bytes of the data section belong to no tensor`);
  return { entries, metadata, dataStart, warnings };
}

/** `__metadata__` is kept as its text (objectMembers' raw members) and split here. */
const METADATA: ReadonlySet<string> = new Set(['__metadata__']);
const EVERY_MEMBER = { has: (): boolean => true };

/**
 * `__metadata__` maps names to strings. A value of another type is shown as the file writes it
 * (cut), never rebuilt from the parsed value: JSON.stringify of an array nested a million deep
 * overflows the stack.
 */
function readMetadata(raw: string, into: Map<string, string>, fail: (d: string) => never): void {
  if (raw[0] !== '{') fail('__metadata__ is not an object of strings');
  try {
    for (const [k, text] of objectMembers(raw, Number.MAX_SAFE_INTEGER, EVERY_MEMBER) as Array<[string, string]>) {
      // Each value parsed once, to accept exactly JSON as every other value of the header is,
      // but for one too large to build (the scanner has matched its brackets and strings).
      const v: unknown = text[0] !== '"' && holdsTooMany(text) ? text : JSON.parse(text);
      const s = typeof v === 'string' ? v : text;
      into.set(k, s.length > MAX_METADATA_VALUE_CHARS ? `${s.slice(0, MAX_METADATA_VALUE_CHARS)}…` : s);
    }
  } catch (e) {
    if (e instanceof SyntaxError || e instanceof JsonShapeError) return fail('JSON header is malformed (not valid JSON)');
    throw e;
  }
}

function parseEntry(name: string, value: unknown, dataBytes: number, fail: (d: string) => never): SafetensorsEntry {
  const where = `tensor ${quoted(name)}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(`${where}: entry is not an object`);
  const v = value as Record<string, unknown>;
  if (typeof v['dtype'] !== 'string') fail(`${where}: no dtype`);
  const typeName = v['dtype'] as string;
  const type = safetensorsDType(typeName);
  if (!type) return fail(`${where}: unknown dtype ${quoted(typeName, 20)}`);
  const shape = v['shape'];
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
    return fail(`${where}: shape is not a list of non-negative integers`);
  }
  const dims = shape as number[];
  let elements = 1;
  for (const d of dims) {
    elements *= d;
    if (!Number.isSafeInteger(elements)) fail(`${where}: shape [${dims.join(', ')}] has more elements than can be counted exactly`);
  }
  const offsets = v['data_offsets'];
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && (o as number) >= 0)) {
    return fail(`${where}: data_offsets is not a pair of non-negative integers`);
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) fail(`${where}: data_offsets [${begin}, ${end}] end before they begin`);
  const bits = elements * type.bits;
  if (!Number.isSafeInteger(bits)) fail(`${where}: shape [${dims.join(', ')}] is too large`);
  if (bits % 8 !== 0) fail(`${where}: ${elements} ${typeName} values are not a whole number of bytes`);
  if (end - begin !== bits / 8) {
    fail(`${where}: data_offsets [${begin}, ${end}] hold ${end - begin} bytes, but shape [${dims.join(', ')}] of ${typeName} needs ${bits / 8}`);
  }
  if (end > dataBytes) {
    fail(`truncated: ${where} ends at byte ${end} of the data section, which has ${dataBytes} bytes`);
  }
  return { name, type, typeName, dims, elements, begin, end };
}
