/**
 * The part of a zip archive a PyTorch reader needs: the central directory (names, sizes, offsets;
 * zip64 included) and the bytes of a few small entries (the pickles). Entries are never
 * extracted in bulk and storages are never read.
 *
 * Our own reader rather than a library: it is synchronous like the rest of formats/, it reads
 * exactly the end-of-directory record, the central directory and the entries asked for (so the
 * bytes read are ours to count and bound), and every claim the archive makes (entry counts,
 * zip64 sizes, offsets, compression ratios) is checked against the file size before anything is
 * allocated. Each fault is a `ZipError` with a one-line message.
 */
import module from 'node:module';
import type { ByteSource } from './byte-source.js';

type Zlib = typeof import('node:zlib');
let zlib: Zlib | undefined;
/**
 * node:zlib, loaded on the first deflated entry: most checkpoints store theirs uncompressed, and
 * `profile` should not compile zlib for nothing (see cli/compile-cache.ts: a Node module loaded
 * after its flag is compiled from source).
 */
function loadZlib(): Zlib {
  return (zlib ??= module.createRequire(import.meta.url)('node:zlib') as Zlib);
}

export class ZipError extends Error {
  override readonly name = 'ZipError';
}

export interface ZipEntry {
  /** Path as stored, with Windows backslashes turned into `/`. */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
  readonly encrypted: boolean;
}

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxCentralDirectoryBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { maxEntries: 1_000_000, maxCentralDirectoryBytes: 128 * 1024 * 1024 };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Deflate cannot expand more than about 1032:1; a larger claimed ratio is a lie or a bomb. */
const MAX_DEFLATE_RATIO = 1032;

function dv(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** A little-endian u64 as a number; values past 2^53 are lies about a file that size. */
function u64(v: DataView, at: number, what: string): number {
  const lo = v.getUint32(at, true);
  const hi = v.getUint32(at + 4, true);
  if (hi >= 0x200000) throw new ZipError(`zip64 ${what} is absurd (${hi} * 2^32 + ${lo})`);
  return hi * 2 ** 32 + lo;
}

interface DirectoryLocation {
  readonly entries: number;
  readonly offset: number;
  readonly size: number;
  /** Where the directory must end (the zip64 record or the end record). */
  readonly limit: number;
}

function locateDirectory(src: ByteSource): DirectoryLocation {
  if (src.size < EOCD_SIZE) throw new ZipError(`not a zip archive: ${src.size} bytes is shorter than an end-of-directory record`);
  const tailLength = Math.min(src.size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = src.size - tailLength;
  const tail = src.read(tailStart, tailLength);
  const t = dv(tail);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (t.getUint32(i, true) === EOCD_SIG && i + EOCD_SIZE + t.getUint16(i + 20, true) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError('no zip end-of-directory record (truncated, or not a zip archive)');
  const eocdPos = tailStart + at;
  let disk = t.getUint16(at + 4, true);
  let cdDisk = t.getUint16(at + 6, true);
  let entries = t.getUint16(at + 10, true);
  let entriesOnDisk = t.getUint16(at + 8, true);
  let size = t.getUint32(at + 12, true);
  let offset = t.getUint32(at + 16, true);
  let limit = eocdPos;
  const locAt = at - 20;
  const hasLocator = locAt >= 0 ? t.getUint32(locAt, true) === ZIP64_LOCATOR_SIG : eocdPos >= 20 && dv(src.read(eocdPos - 20, 4)).getUint32(0, true) === ZIP64_LOCATOR_SIG;
  if (hasLocator) {
    const loc = locAt >= 0 ? dv(tail.subarray(locAt, locAt + 20)) : dv(src.read(eocdPos - 20, 20));
    const recordAt = u64(loc, 8, 'end-of-directory offset');
    if (recordAt + 56 > eocdPos - 20) throw new ZipError(`zip64 end-of-directory record at ${recordAt} lies outside the file`);
    const rec = dv(src.read(recordAt, 56));
    if (rec.getUint32(0, true) !== ZIP64_EOCD_SIG) throw new ZipError('zip64 locator points at no zip64 end-of-directory record');
    disk = rec.getUint32(16, true);
    cdDisk = rec.getUint32(20, true);
    entriesOnDisk = u64(rec, 24, 'entry count');
    entries = u64(rec, 32, 'entry count');
    size = u64(rec, 40, 'directory size');
    offset = u64(rec, 48, 'directory offset');
    limit = recordAt;
  } else if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipError('zip64 sizes are announced but there is no zip64 locator');
  }
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries) throw new ZipError('multi-disk (spanned) zip archives are not supported');
  if (offset + size > limit) throw new ZipError(`zip central directory (${size} bytes at ${offset}) lies outside the file`);
  return { entries, offset, size, limit };
}

/** What the first read takes from the end of a zip: the end records with the longest comment, and then some. */
export const ZIP_TAIL_READ = 128 * 1024;

/** Reads and checks the central directory (`src` should come from `withTail`). */
export function readCentralDirectory(src: ByteSource, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const loc = locateDirectory(src);
  if (loc.entries > limits.maxEntries) throw new ZipError(`zip declares ${loc.entries} entries, more than the ${limits.maxEntries} we read`);
  if (loc.size > limits.maxCentralDirectoryBytes) throw new ZipError(`zip central directory is ${loc.size} bytes, more than the ${limits.maxCentralDirectoryBytes} we read`);
  if (loc.entries * 46 > loc.size) throw new ZipError(`zip declares ${loc.entries} entries but its central directory has only ${loc.size} bytes`);
  const cd = src.read(loc.offset, loc.size);
  if (cd.length !== loc.size) throw new ZipError('file shrank while reading the zip central directory');
  const v = dv(cd);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const latin1 = new TextDecoder('latin1');
  let p = 0;
  for (let i = 0; i < loc.entries; i++) {
    if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL_SIG) throw new ZipError(`zip central directory entry ${i} is malformed`);
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    let compressedSize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const commentLength = v.getUint16(p + 32, true);
    let offset = v.getUint32(p + 42, true);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > cd.length) throw new ZipError(`zip central directory entry ${i} runs past the directory`);
    const rawName = cd.subarray(p + 46, p + 46 + nameLength);
    let name: string;
    try {
      name = flags & 0x800 ? utf8.decode(rawName) : latin1.decode(rawName);
    } catch {
      throw new ZipError(`zip entry ${i} has a name that is not valid UTF-8`);
    }
    name = name.replaceAll('\\', '/');
    // Zip64 extended information: the fields whose 32-bit value is 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = v.getUint16(e, true);
      const len = v.getUint16(e + 2, true);
      if (e + 4 + len > extraEnd) throw new ZipError(`zip entry ${JSON.stringify(name)}: extra field runs past its end`);
      if (id === 0x0001) {
        let q = e + 4;
        const field = (what: string): number => {
          if (q + 8 > e + 4 + len) throw new ZipError(`zip entry ${JSON.stringify(name)}: zip64 field lacks its ${what}`);
          const x = u64(v, q, what);
          q += 8;
          return x;
        };
        if (size === 0xffffffff) size = field('size');
        if (compressedSize === 0xffffffff) compressedSize = field('compressed size');
        if (offset === 0xffffffff) offset = field('offset');
      }
      e += 4 + len;
    }
    if (offset + 30 + nameLength + compressedSize > loc.offset) {
      throw new ZipError(`zip entry ${JSON.stringify(name)} (${compressedSize} bytes at ${offset}) lies outside the file's data area`);
    }
    if (method === 0 && compressedSize !== size) throw new ZipError(`zip entry ${JSON.stringify(name)} is stored but claims ${size} bytes in ${compressedSize}`);
    if (method === 8 && size > compressedSize * MAX_DEFLATE_RATIO + 1024) {
      throw new ZipError(`zip entry ${JSON.stringify(name)} claims ${size} bytes from ${compressedSize} compressed (a zip bomb or a lie)`);
    }
    if (names.has(name)) throw new ZipError(`zip has two entries named ${JSON.stringify(name)}`);
    names.add(name);
    entries.push({ name, method, compressedSize, size, offset, encrypted: (flags & 1) !== 0 });
    p = next;
  }
  return entries;
}

/**
 * Refuses, before inflating it, a deflated entry over `allowance` bytes that inflates more than
 * `maxRatio` times: the memory it costs grows with what it inflates to, and deflate packs
 * repeated bytes 1000:1. `why` says what the format's real entries deflate to.
 */
export function refuseInflation(entry: ZipEntry, maxRatio: number, allowance: number, why: string): void {
  if (entry.method === 8 && entry.size > allowance && entry.size > maxRatio * entry.compressedSize) {
    throw new ZipError(`zip entry ${JSON.stringify(entry.name)} inflates ${entry.compressedSize} bytes to ${entry.size}, more than ${maxRatio} times (${why})`);
  }
}

/** The bytes of one (small) entry, inflated when deflated; `maxBytes` bounds what is read. */
export function readEntry(src: ByteSource, entry: ZipEntry, maxBytes: number): Uint8Array {
  const label = JSON.stringify(entry.name);
  if (entry.encrypted) throw new ZipError(`zip entry ${label} is encrypted`);
  if (entry.size > maxBytes) throw new ZipError(`zip entry ${label} is ${entry.size} bytes, more than the ${maxBytes} we read`);
  const header = src.read(entry.offset, 30);
  const h = dv(header);
  if (header.length < 30 || h.getUint32(0, true) !== LOCAL_SIG) throw new ZipError(`zip entry ${label}: no local header at offset ${entry.offset}`);
  const dataAt = entry.offset + 30 + h.getUint16(26, true) + h.getUint16(28, true);
  if (dataAt + entry.compressedSize > src.size) throw new ZipError(`zip entry ${label} runs past the end of the file`);
  const raw = src.read(dataAt, entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new ZipError(`zip entry ${label}: file shrank while reading`);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new ZipError(`zip entry ${label} uses compression method ${entry.method}; only stored and deflate are read`);
  let out: Buffer;
  try {
    out = loadZlib().inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  } catch (e) {
    throw new ZipError(`zip entry ${label} does not inflate to its declared ${entry.size} bytes (${(e as Error).message.split('\n')[0]})`);
  }
  if (out.length !== entry.size) throw new ZipError(`zip entry ${label} inflates to ${out.length} bytes, not its declared ${entry.size}`);
  return out;
}
