/**
 * A reader for the sorted string table TensorFlow writes as a checkpoint's `.index` file (the
 * LevelDB table format: data blocks of prefix-compressed keys with restart points, an index block
 * of block handles, a 48-byte footer ending in a magic number). It yields every key and value in
 * order and checks every offset against the file first: a lying handle is a one-line error.
 * Block checksums are not verified (a flipped bit in a value is caught by its decoder).
 */
import { ModelFileError } from '../../graph/errors.js';
import type { RandomAccessFile } from '../random-access.js';

const FOOTER_BYTES = 48;
/** kTableMagicNumber 0xdb4775248b80fb57, stored little-endian. */
const MAGIC = Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
/** Type byte and masked CRC32C after every block. */
const BLOCK_TRAILER = 5;
/** More entries than any checkpoint has: a bound on what a hostile index can make us hold. */
export const MAX_TABLE_ENTRIES = 2_000_000;
/**
 * Keys are variable names (`layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE`, tens of
 * bytes). Prefix compression lets each entry repeat a long key for one byte more, so the keys a
 * small hostile index spells out grow with the square of its entries (a 228 KB file: 816 MB):
 * a key and all of them together are bounded.
 */
export const MAX_KEY_BYTES = 64 * 1024;
export const MAX_TABLE_KEY_BYTES = 128 * 1024 * 1024;

export interface BlockHandle {
  readonly offset: number;
  readonly size: number;
}

export interface TableEntry {
  readonly key: Buffer;
  readonly value: Buffer;
}

/** Reads varints from a buffer with bounds checks; errors name the table part being read. */
class Cursor {
  pos = 0;
  constructor(private readonly buf: Buffer, private readonly end: number, private readonly fail: (msg: string) => never) {}

  varint(what: string): number {
    let result = 0;
    for (let shift = 0; shift < 63; shift += 7) {
      if (this.pos >= this.end) this.fail(`${what}: varint runs past its block`);
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) {
        if (!Number.isSafeInteger(result)) this.fail(`${what}: varint out of range`);
        return result;
      }
    }
    return this.fail(`${what}: varint too long`);
  }
}

function decodeHandle(c: Cursor, what: string): BlockHandle {
  return { offset: c.varint(`${what} offset`), size: c.varint(`${what} size`) };
}

/**
 * Every entry of the table in `file`, in key order. Throws ModelFileError for a file that is
 * not a table, a handle outside the file, a compressed block, or keys that break the format.
 */
export function readTable(file: RandomAccessFile): TableEntry[] {
  const fail = (msg: string): never => {
    throw new ModelFileError(file.path, `not a valid TensorFlow checkpoint index: ${msg}`);
  };
  if (file.size < FOOTER_BYTES) fail(`${file.size} bytes is shorter than the 48-byte table footer`);
  const footer = file.read(file.size - FOOTER_BYTES, FOOTER_BYTES, 'table footer');
  if (!footer.subarray(40).equals(MAGIC)) fail('the table footer has no table magic number');
  const fc = new Cursor(footer, 40, fail);
  decodeHandle(fc, 'metaindex handle');
  const indexHandle = decodeHandle(fc, 'index handle');
  const dataEnd = file.size - FOOTER_BYTES;
  const indexBlock = readBlock(file, indexHandle, dataEnd, 'index block', fail);
  const entries: TableEntry[] = [];
  let previousEnd = 0;
  let previousKey: Buffer | null = null;
  const keyBytes = { total: 0 };
  for (const { value } of blockEntries(indexBlock, 'index block', fail, Number.MAX_SAFE_INTEGER, keyBytes)) {
    const hc = new Cursor(value, value.length, fail);
    const handle = decodeHandle(hc, 'data block handle');
    if (handle.offset < previousEnd) fail(`data block at ${handle.offset} overlaps the block before it`);
    if (handle.offset + handle.size + BLOCK_TRAILER > indexHandle.offset) fail(`data block ${handle.offset}..${handle.offset + handle.size} runs into the index block at ${indexHandle.offset}`);
    previousEnd = handle.offset + handle.size + BLOCK_TRAILER;
    const block = readBlock(file, handle, dataEnd, `data block at ${handle.offset}`, fail);
    for (const e of blockEntries(block, `data block at ${handle.offset}`, fail, MAX_TABLE_ENTRIES - entries.length, keyBytes)) {
      if (previousKey !== null && Buffer.compare(previousKey, e.key) >= 0) fail('keys are not in sorted order');
      previousKey = e.key;
      entries.push(e);
    }
  }
  return entries;
}

function readBlock(file: RandomAccessFile, h: BlockHandle, dataEnd: number, what: string, fail: (m: string) => never): Buffer {
  if (h.offset + h.size + BLOCK_TRAILER > dataEnd) fail(`${what} (bytes ${h.offset}..${h.offset + h.size}) lies outside the file (${file.size} bytes)`);
  const withTrailer = file.read(h.offset, h.size + BLOCK_TRAILER, what);
  const type = withTrailer[h.size]!;
  if (type === 1) fail(`${what} is Snappy-compressed, which this reader does not decompress`);
  if (type !== 0) fail(`${what} has unknown compression type ${type}`);
  return withTrailer.subarray(0, h.size);
}

/**
 * The entries of one block: prefix-compressed keys, checked against the restart array; the
 * bytes of the keys spelt out are added to `keyBytes.total` and bounded (MAX_TABLE_KEY_BYTES).
 */
function blockEntries(block: Buffer, what: string, fail: (m: string) => never, limit: number, keyBytes: { total: number }): TableEntry[] {
  if (block.length < 4) fail(`${what} is shorter than its restart count`);
  const restarts = block.readUInt32LE(block.length - 4);
  if (restarts < 1 || restarts * 4 + 4 > block.length) fail(`${what} has an impossible restart count ${restarts}`);
  const entriesEnd = block.length - 4 - restarts * 4;
  const restartAt = new Set<number>();
  for (let i = 0; i < restarts; i++) {
    const at = block.readUInt32LE(entriesEnd + i * 4);
    if (at >= Math.max(entriesEnd, 1)) fail(`${what}: restart point ${at} is past its entries`);
    restartAt.add(at);
  }
  if (!restartAt.has(0) && entriesEnd > 0) fail(`${what}: the first entry is not a restart point`);
  const c = new Cursor(block, entriesEnd, fail);
  const out: TableEntry[] = [];
  let key: Buffer = Buffer.alloc(0);
  while (c.pos < entriesEnd) {
    const start = c.pos;
    const shared = c.varint('key prefix length');
    const nonShared = c.varint('key suffix length');
    const valueLength = c.varint('value length');
    if (shared > key.length || (restartAt.has(start) && shared !== 0)) fail(`${what}: an entry shares ${shared} bytes with a ${key.length}-byte key`);
    if (c.pos + nonShared + valueLength > entriesEnd) fail(`${what}: an entry runs past the block`);
    if (out.length >= limit) fail(`more than ${MAX_TABLE_ENTRIES} entries`);
    const keyLength = shared + nonShared;
    if (keyLength > MAX_KEY_BYTES) fail(`${what}: a ${keyLength}-byte key, longer than ${MAX_KEY_BYTES} bytes (keys are variable names)`);
    keyBytes.total += keyLength;
    if (keyBytes.total > MAX_TABLE_KEY_BYTES) fail(`its keys spell out more than ${MAX_TABLE_KEY_BYTES / 1024 / 1024} MiB of names, more than any checkpoint`);
    key = Buffer.concat([key.subarray(0, shared), block.subarray(c.pos, c.pos + nonShared)]);
    c.pos += nonShared;
    out.push({ key, value: block.subarray(c.pos, c.pos + valueLength) });
    c.pos += valueLength;
  }
  return out;
}
