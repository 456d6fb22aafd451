/**
 * The part of HDF5 a Keras file needs, read lazily: the superblock (versions 0-3, also behind a
 * user block at 512, 1024, 2048... bytes), object headers (versions 1 and 2, with continuation
 * blocks), groups (old-style symbol tables: v1 B-tree + SNOD nodes + local heap; new-style
 * compact link messages), and of each dataset only its dataspace and datatype messages. Attribute
 * values are decoded for fixed-length and variable-length strings (global heap) and numbers.
 * Dataset payloads are never read.
 *
 * Every address and length comes from a hostile file: each is checked against the HDF5 region
 * before anything is read or allocated, every loop and recursion is bounded, groups that link
 * back to an ancestor are cycles, and each fault is an `Hdf5Error` with a one-line message.
 * Structures that carry a lookup3 checksum (superblock 2-3, version 2 object headers and their
 * continuation blocks, and in hdf5-dense.ts fractal heaps and v2 B-trees) are refused when it does
 * not match, as the HDF5 library refuses them.
 * Links and attributes in dense storage (new-style groups past 8 members) are read through
 * hdf5-dense.ts. Not read (each a one-line error or a named gap): shared (committed) datatypes,
 * external links, filtered fractal heaps, shared attributes.
 */
import type { ByteSource } from '../pytorch/byte-source.js';
import { denseMessages } from './hdf5-dense.js';
import { lookup3 } from './lookup3.js';
import { hasHdf5Magic } from './signature.js';

export class Hdf5Error extends Error {
  override readonly name = 'Hdf5Error';
}

/** The structures that carry a lookup3 checksum and that this reader reads. */
export type Hdf5Checksummed = 'superblock' | 'object header' | 'object header continuation' | 'fractal heap header' | 'fractal heap direct block' | 'fractal heap indirect block' | 'v2 B-tree header' | 'v2 B-tree node';

/** Bounds on what a hostile file can make us do. */
export const HDF5_LIMITS = {
  /** One metadata block (object header chunk, heap, B-tree node, attribute value). */
  maxBlockBytes: 64 * 1024 * 1024,
  /** Objects (groups + datasets) visited in one walk. */
  maxObjects: 1_000_000,
  /** Group nesting, and B-tree levels. */
  maxDepth: 64,
  /**
   * Characters of a dataset's or group's path. Real Keras paths are tens of characters; 64
   * levels of 5,000-character group names gave each of a 485 KB file's datasets a 300 KB path
   * (20 s, 320 MB).
   */
  maxPathChars: 4096,
  /** Continuation blocks of one object header. */
  maxContinuations: 10_000,
  /** Elements of one attribute. */
  maxAttributeElements: 1_000_000,
  /** Metadata bytes read, as a multiple of the file's size (plus one block). */
  readFactor: 8,
} as const;

/** Where the superblock may be: 0, then 512 and every doubling (a user block precedes it). */
export function superblockOffsets(size: number): number[] {
  const out = [0];
  for (let at = 512; at + 8 <= size; at *= 2) out.push(at);
  return out;
}

export interface Hdf5Datatype {
  /** IR dtype name ('float32', 'int64', 'bool'), 'string', or the HDF5 class ('compound', 'opaque'...). */
  readonly name: string;
  /** Bytes per element. */
  readonly size: number;
  /** For strings: variable-length (global heap) or fixed-length. */
  readonly variableString?: boolean;
  /** For fixed-point numbers: signed. */
  readonly signed?: boolean;
  readonly littleEndian?: boolean;
}

export interface Hdf5Dataset {
  /** Path from the root, '/'-separated, without a leading '/'. */
  readonly path: string;
  readonly dims: readonly number[];
  readonly elements: number;
  readonly dtype: Hdf5Datatype;
}

export type AttributeValue = string | number | readonly string[] | readonly number[];

/** A group's member: a hard link's name and the object header it leads to. */
export interface Hdf5Member {
  readonly name: string;
  readonly address: number;
}

const UNDEFINED_ADDRESS = -1;

interface Message {
  readonly type: number;
  readonly flags: number;
  readonly data: Uint8Array;
}

interface ObjectHeader {
  readonly messages: readonly Message[];
}

const MSG = {
  dataspace: 0x0001,
  linkInfo: 0x0002,
  datatype: 0x0003,
  link: 0x0006,
  attribute: 0x000c,
  continuation: 0x0010,
  symbolTable: 0x0011,
  attributeInfo: 0x0015,
} as const;

function dv(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

const ascii = (b: Uint8Array): string => String.fromCharCode(...b);
const hex = (x: number): string => x.toString(16).padStart(8, '0');

/** Reads fields from one block with bounds checks. */
export class Fields {
  pos: number;
  private readonly v: DataView;
  constructor(readonly bytes: Uint8Array, private readonly file: Hdf5File, readonly what: string, pos = 0) {
    this.v = dv(bytes);
    this.pos = pos;
  }
  need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new Hdf5Error(`${this.what} is cut short (needs ${this.pos + n} bytes, has ${this.bytes.length})`);
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.pos++]!;
  }
  u16(): number {
    this.need(2);
    const x = this.v.getUint16(this.pos, true);
    this.pos += 2;
    return x;
  }
  u32(): number {
    this.need(4);
    const x = this.v.getUint32(this.pos, true);
    this.pos += 4;
    return x;
  }
  /**
   * An unsigned little-endian integer of `width` bytes (1-8); past 2^53 is a lie about a file. All
   * ones is a number like any other here (a 4-byte name length of 2^32 - 1 is refused where it
   * is used): only an address (address()) reads it as undefined.
   */
  uint(width: number, what: string): number {
    this.need(width);
    let x = 0;
    for (let i = width - 1; i >= 0; i--) x = x * 256 + this.bytes[this.pos + i]!;
    this.pos += width;
    if (!Number.isSafeInteger(x)) throw new Hdf5Error(`${this.what}: ${what} ${x} is absurd`);
    return x;
  }
  /** Whether the next `width` bytes are all ones: HDF5's undefined address. */
  private allOnes(width: number): boolean {
    this.need(width);
    for (let i = 0; i < width; i++) if (this.bytes[this.pos + i] !== 0xff) return false;
    return true;
  }
  address(what: string): number {
    const width = this.file.offsetSize;
    if (!this.allOnes(width)) return this.uint(width, what);
    this.pos += width;
    return UNDEFINED_ADDRESS;
  }
  length(what: string): number {
    const width = this.file.lengthSize;
    if (width >= 4 && this.allOnes(width)) throw new Hdf5Error(`${this.what}: ${what} is undefined`);
    return this.uint(width, what);
  }
  bytesOf(n: number): Uint8Array {
    if (!(n >= 0)) throw new Hdf5Error(`${this.what}: a length of ${n} bytes`);
    this.need(n);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  skip(n: number): void {
    if (!(n >= 0)) throw new Hdf5Error(`${this.what}: a length of ${n} bytes`);
    this.need(n);
    this.pos += n;
  }
}

/**
 * An HDF5 file held in `length` bytes of `src` from `start` (a whole file, or a zip entry
 * stored without compression).
 */
export class Hdf5File {
  offsetSize = 8;
  lengthSize = 8;
  /** Where addresses count from, relative to the region's start: the superblock's offset. */
  private base = 0;
  /** The root group's object header address. */
  readonly rootAddress: number = UNDEFINED_ADDRESS;
  readonly superblockVersion: number;
  private objects = 0;
  private metadataRead = 0;
  private readonly localHeaps = new Map<number, Uint8Array>();
  private readonly globalHeaps = new Map<number, Uint8Array>();
  private readonly memberLists = new Map<string, readonly Hdf5Member[]>();
  private readonly denseAttributeLists = new Map<string, readonly Uint8Array[]>();

  constructor(private readonly src: ByteSource, private readonly start: number, private readonly length: number) {
    const at = superblockOffsets(length).find((o) => hasHdf5Magic(this.raw(o, Math.min(8, length - o), 'signature'), 0));
    if (at === undefined) throw new Hdf5Error('no HDF5 signature at 0, 512, 1024, 2048... (not an HDF5 file, or truncated)');
    const head = new Fields(this.raw(at, Math.min(length - at, 200), 'superblock'), this, 'superblock', 8);
    const version = head.u8();
    this.superblockVersion = version;
    if (version === 0 || version === 1) {
      head.skip(4); // free-space, root group symbol table entry and shared header message versions, reserved
      this.offsetSize = head.u8();
      this.lengthSize = head.u8();
      this.checkSizes();
      head.skip(1 + 2 + 2 + 4 + (version === 1 ? 4 : 0)); // reserved, group K values, consistency flags, (v1) indexed storage K
      head.address('base address');
      head.address('free-space address');
      head.address('end-of-file address');
      head.address('driver information address');
      // The root group's symbol table entry: link name offset, then its object header address.
      head.address('root link name offset');
      this.rootAddress = head.address('root object header address');
    } else if (version === 2 || version === 3) {
      this.offsetSize = head.u8();
      this.lengthSize = head.u8();
      this.checkSizes();
      head.skip(1); // file consistency flags
      head.address('base address');
      head.address('superblock extension address');
      head.address('end-of-file address');
      this.rootAddress = head.address('root object header address');
      head.need(4);
      this.verifyChecksum(head.bytes, head.pos, 'superblock', `superblock (version ${version})`);
    } else {
      throw new Hdf5Error(`HDF5 superblock version ${version} is not one this reader knows (0-3)`);
    }
    // Addresses count from the superblock: the library itself treats a stored base address that
    // differs from where the superblock was found as stale (a user block was added later).
    this.base = at;
    if (this.rootAddress === UNDEFINED_ADDRESS) throw new Hdf5Error('HDF5 superblock has no root group');
  }

  /** Checksums verified, by structure (a file without them, superblock 0/1 and version 1 headers, has none). */
  readonly checksumsVerified = new Map<Hdf5Checksummed, number>();

  /**
   * Refuses `bytes` unless the 4 bytes at `at` are the lookup3 checksum of those before them, as
   * the HDF5 library does (h5py cannot open such a file: "incorrect metadata checksum").
   */
  verifyChecksum(bytes: Uint8Array, at: number, structure: Hdf5Checksummed, what: string): void {
    const stored = (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
    const computed = lookup3(bytes.subarray(0, at));
    if (stored !== computed) throw new Hdf5Error(`${what}: ${structure} checksum 0x${hex(stored)} is not its bytes' 0x${hex(computed)} (a corrupt file; HDF5 refuses it)`);
    this.checksumsVerified.set(structure, (this.checksumsVerified.get(structure) ?? 0) + 1);
  }

  private checkSizes(): void {
    for (const [what, n] of [['offsets', this.offsetSize], ['lengths', this.lengthSize]] as const) {
      if (n !== 2 && n !== 4 && n !== 8) throw new Hdf5Error(`HDF5 superblock: size of ${what} is ${n} (not 2, 4 or 8)`);
    }
  }

  /** Bytes at a position relative to the region's start, checked against the region. */
  private raw(at: number, n: number, what: string): Uint8Array {
    if (!Number.isSafeInteger(at) || !Number.isSafeInteger(n) || at < 0 || n < 0 || at + n > this.length) {
      throw new Hdf5Error(`${what} (${n} bytes at ${at}) lies outside the file (${this.length} bytes)`);
    }
    // Metadata is read once (heaps are cached, nodes visited once): reading far more than the file
    // holds means structures point at each other to make us read the same bytes again and again.
    this.metadataRead += n;
    if (this.metadataRead > HDF5_LIMITS.readFactor * this.length + HDF5_LIMITS.maxBlockBytes) {
      throw new Hdf5Error(`reading the file's metadata took more than ${HDF5_LIMITS.readFactor} times its size (structures that point back at each other)`);
    }
    const out = this.src.read(this.start + at, n);
    if (out.length !== n) throw new Hdf5Error(`${what}: the file shrank while reading`);
    return out;
  }

  /** Bytes at an HDF5 address (relative to the base address). */
  block(address: number, n: number, what: string): Uint8Array {
    if (address === UNDEFINED_ADDRESS) throw new Hdf5Error(`${what} has an undefined address`);
    if (n > HDF5_LIMITS.maxBlockBytes) throw new Hdf5Error(`${what} claims ${n} bytes, more than the ${HDF5_LIMITS.maxBlockBytes} we read`);
    return this.raw(this.base + address, n, what);
  }

  /** Bytes from an address to at most `n` bytes, shorter at the end of the region. */
  private upTo(address: number, n: number, what: string): Uint8Array {
    const rel = this.base + address;
    if (address === UNDEFINED_ADDRESS || rel < 0 || rel >= this.length) throw new Hdf5Error(`${what} at ${address} lies outside the file`);
    return this.raw(rel, Math.min(n, this.length - rel), what);
  }

  /** Refuses `b` unless it starts with the 4-byte signature `sig`. */
  signature(b: Uint8Array, sig: string, what: string): void {
    if (b.length < 4 || ascii(b.subarray(0, 4)) !== sig) throw new Hdf5Error(`${what}: no '${sig}' signature (a bad address or a corrupt file)`);
  }

  private countObject(): void {
    if (++this.objects > HDF5_LIMITS.maxObjects) throw new Hdf5Error(`more than ${HDF5_LIMITS.maxObjects} HDF5 objects`);
  }

  /** The messages of the object header at `address` (continuation blocks followed). */
  objectHeader(address: number, what: string): ObjectHeader {
    this.countObject();
    const first = this.upTo(address, 16, `${what}: object header`);
    if (first.length >= 4 && ascii(first.subarray(0, 4)) === 'OHDR') return this.objectHeaderV2(address, what);
    const f = new Fields(first, this, `${what}: object header`);
    const version = f.u8();
    if (version !== 1) throw new Hdf5Error(`${what}: object header version ${version} is not 1 or 2 (a bad address or a corrupt file)`);
    f.skip(1);
    const count = f.u16();
    f.u32(); // reference count
    const size = f.u32();
    const messages: Message[] = [];
    const queue: Array<[number, number]> = [[address + 16, size]];
    const seen = new Set<number>();
    let blocks = 0;
    while (queue.length > 0) {
      if (++blocks > HDF5_LIMITS.maxContinuations) throw new Hdf5Error(`${what}: more than ${HDF5_LIMITS.maxContinuations} object header blocks`);
      const [at, n] = queue.shift()!;
      if (seen.has(at)) throw new Hdf5Error(`${what}: an object header continuation points back at a block already read`);
      seen.add(at);
      const b = new Fields(this.block(at, n, `${what}: object header messages`), this, `${what}: object header messages`);
      while (b.pos + 8 <= b.bytes.length && messages.length < count) {
        const type = b.u16();
        const msize = b.u16();
        const flags = b.u8();
        b.skip(3);
        const data = b.bytesOf(msize);
        if (type === MSG.continuation) queue.push(this.continuation(data, what));
        else messages.push({ type, flags, data });
      }
    }
    return { messages };
  }

  private continuation(data: Uint8Array, what: string): [number, number] {
    const c = new Fields(data, this, `${what}: continuation message`);
    return [c.address('continuation address'), c.length('continuation length')];
  }

  private objectHeaderV2(address: number, what: string): ObjectHeader {
    const label = `${what}: object header`;
    const pre = new Fields(this.upTo(address, 4 + 1 + 1 + 16 + 4 + 8, label), this, label, 4);
    const version = pre.u8();
    if (version !== 2) throw new Hdf5Error(`${label}: OHDR version ${version} is not 2`);
    const flags = pre.u8();
    if (flags & 0x20) pre.skip(16);
    if (flags & 0x10) pre.skip(4);
    const chunk0 = pre.uint(1 << (flags & 3), 'chunk size');
    const tracked = (flags & 0x04) !== 0;
    const messages: Message[] = [];
    // The first chunk's checksum follows its messages and covers the prefix too.
    const prefix = pre.pos;
    const queue: Array<[number, number, number]> = [[address, prefix + chunk0 + 4, 0]];
    const seen = new Set<number>();
    let blocks = 0;
    while (queue.length > 0) {
      if (++blocks > HDF5_LIMITS.maxContinuations) throw new Hdf5Error(`${label}: more than ${HDF5_LIMITS.maxContinuations} blocks`);
      const [at, n, skipSig] = queue.shift()!;
      if (seen.has(at)) throw new Hdf5Error(`${label}: a continuation points back at a block already read`);
      seen.add(at);
      const raw = this.block(at, n, label);
      if (skipSig) this.signature(raw, 'OCHK', `${label} continuation`);
      if (n < (skipSig ? 8 : prefix + 4)) throw new Hdf5Error(`${label}: a ${skipSig ? 'continuation' : 'first'} block of ${n} bytes has no room for its checksum`);
      // Messages end 4 bytes (the checksum) before the block's end; a gap shorter than a message header may follow.
      const end = n - 4;
      this.verifyChecksum(raw, end, skipSig ? 'object header continuation' : 'object header', skipSig ? `${label} continuation at ${at}` : label);
      const b = new Fields(raw.subarray(0, end), this, label, skipSig ? 4 : prefix);
      const headerBytes = tracked ? 6 : 4;
      while (b.pos + headerBytes <= b.bytes.length) {
        const type = b.u8();
        const msize = b.u16();
        const mflags = b.u8();
        if (tracked) b.skip(2);
        const data = b.bytesOf(msize);
        if (type === MSG.continuation) {
          const [cat, clen] = this.continuation(data, what);
          queue.push([cat, clen, 1]);
        } else if (type !== 0) messages.push({ type, flags: mflags, data });
      }
    }
    return { messages };
  }

  datatype(data: Uint8Array, what: string): Hdf5Datatype {
    const f = new Fields(data, this, `${what}: datatype`);
    const classVersion = f.u8();
    const cls = classVersion & 0x0f;
    const bits0 = f.u8();
    f.skip(2);
    const size = f.u32();
    switch (cls) {
      case 0: {
        const signed = (bits0 & 0x08) !== 0;
        const name = [1, 2, 4, 8].includes(size) ? `${signed ? 'int' : 'uint'}${size * 8}` : `int(${size} bytes)`;
        return { name, size, signed, littleEndian: (bits0 & 1) === 0 };
      }
      case 1: {
        f.skip(4); // bit offset, precision
        f.skip(1);
        const expSize = f.u8();
        f.skip(1);
        const mantSize = f.u8();
        const name = size === 2 ? (expSize === 8 && mantSize === 7 ? 'bfloat16' : 'float16') : size === 4 ? 'float32' : size === 8 ? 'float64' : `float(${size} bytes)`;
        return { name, size, littleEndian: (bits0 & 1) === 0 };
      }
      case 3:
        return { name: 'string', size, variableString: false };
      case 8: {
        // h5py stores bool as a 1-byte enum {FALSE, TRUE}.
        const members = bits0 | (data[2]! << 8);
        return { name: size === 1 && members === 2 ? 'bool' : 'enum', size };
      }
      case 9:
        return (bits0 & 0x0f) === 1 ? { name: 'string', size, variableString: true } : { name: 'vlen', size };
      default:
        return { name: ['fixed', 'float', 'time', 'string', 'bitfield', 'opaque', 'compound', 'reference', 'enum', 'vlen', 'array', 'complex'][cls] ?? `class ${cls}`, size };
    }
  }

  dataspace(data: Uint8Array, what: string): number[] {
    const f = new Fields(data, this, `${what}: dataspace`);
    const version = f.u8();
    const rank = f.u8();
    f.u8(); // flags
    if (rank > 32) throw new Hdf5Error(`${what}: dataspace rank ${rank} is more than HDF5's 32`);
    if (version === 1) f.skip(5);
    else if (version === 2) {
      if (f.u8() === 2) return [0]; // null dataspace: no elements
    } else throw new Hdf5Error(`${what}: dataspace version ${version} is not 1 or 2`);
    const dims: number[] = [];
    for (let i = 0; i < rank; i++) dims.push(f.length('dimension'));
    return dims;
  }

  /** Messages of one object, split by what a Keras reader asks of it. */
  object(address: number, path: string): Hdf5Object {
    return new Hdf5Object(this, this.objectHeader(address, path || '/'), path);
  }

  /** The root group, read (and its checksums verified) once: a profile asks for it about five times. */
  root(): Hdf5Object {
    return (this.rootObject ??= this.object(this.rootAddress, ''));
  }

  private rootObject: Hdf5Object | undefined;

  /**
   * The member list of a group storage (a symbol table, or dense links), by where it is: read
   * once per file. Any number of group headers may name the same storage: 2,000 groups sharing
   * one dense storage of 2,000 links (a 983 KB file) were 2,000 readings of it, 5.7 s before the
   * metadata-read bound stopped them. The same list (the same array) is returned each time, so a
   * walk can tell it has been through it already.
   */
  sharedMembers(key: string, read: () => readonly Hdf5Member[]): readonly Hdf5Member[] {
    let list = this.memberLists.get(key);
    if (!list) {
      list = read();
      this.memberLists.set(key, list);
    }
    return list;
  }

  /**
   * The attribute messages of a dense attribute storage, by where it is: read once per file.
   * Each `attribute(name)` asks for them, and a reader asks for several names of the root
   * (model_config, keras_version, layer_names...), each on a new root object: uncached, each
   * lookup read the heap and its B-tree again, a huge model_config with them.
   */
  denseAttributeMessages(heap: number, nameIndex: number, what: string): readonly Uint8Array[] {
    const key = `${heap} ${nameIndex}`;
    let list = this.denseAttributeLists.get(key);
    if (!list) {
      list = denseMessages(this, heap, nameIndex, what);
      this.denseAttributeLists.set(key, list);
    }
    return list;
  }

  /** Members of an old-style group: walk the v1 B-tree, read each SNOD's entries, names from the local heap. */
  symbolTableMembers(btree: number, heapAddress: number, what: string): Array<{ name: string; address: number }> {
    const heap = this.localHeap(heapAddress, what);
    const nameAt = (off: number): string => {
      if (off >= heap.length) throw new Hdf5Error(`${what}: a member name lies outside the local heap`);
      const end = heap.indexOf(0, off);
      if (end < 0) throw new Hdf5Error(`${what}: a member name runs past the local heap`);
      return new TextDecoder('utf-8').decode(heap.subarray(off, end));
    };
    const out: Array<{ name: string; address: number }> = [];
    const seen = new Set<number>();
    const visit = (node: number, depth: number): void => {
      if (depth > HDF5_LIMITS.maxDepth) throw new Hdf5Error(`${what}: group B-tree deeper than ${HDF5_LIMITS.maxDepth}`);
      if (seen.has(node)) throw new Hdf5Error(`${what}: group B-tree node at ${node} is visited twice (a cycle)`);
      seen.add(node);
      this.countObject();
      const head = new Fields(this.block(node, 8 + 2 * this.offsetSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
      this.signature(head.bytes, 'TREE', `${what}: B-tree node`);
      head.skip(4);
      const type = head.u8();
      const level = head.u8();
      const used = head.u16();
      if (type !== 0) throw new Hdf5Error(`${what}: B-tree node type ${type} is not a group node`);
      const entryBytes = this.lengthSize + this.offsetSize;
      const body = new Fields(this.block(node + head.bytes.length, used * entryBytes + this.lengthSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
      for (let i = 0; i < used; i++) {
        body.length('key');
        const child = body.address('child address');
        if (level > 0) visit(child, depth + 1);
        else {
          if (seen.has(child)) throw new Hdf5Error(`${what}: symbol table node at ${child} is listed twice`);
          seen.add(child);
          this.symbolNode(child, what, nameAt, out);
        }
      }
    };
    visit(btree, 0);
    return out;
  }

  private localHeap(address: number, what: string): Uint8Array {
    const cached = this.localHeaps.get(address);
    if (cached) return cached;
    const head = new Fields(this.block(address, 8 + 2 * this.lengthSize + this.offsetSize, `${what}: local heap`), this, `${what}: local heap`);
    this.signature(head.bytes, 'HEAP', `${what}: local heap`);
    head.skip(8);
    const dataSize = head.length('data segment size');
    head.length('free list offset');
    const heap = this.block(head.address('data segment address'), dataSize, `${what}: local heap data`);
    this.localHeaps.set(address, heap);
    return heap;
  }

  private symbolNode(address: number, what: string, nameAt: (off: number) => string, out: Array<{ name: string; address: number }>): void {
    this.countObject();
    const head = new Fields(this.block(address, 8, `${what}: symbol table node`), this, `${what}: symbol table node`);
    this.signature(head.bytes, 'SNOD', `${what}: symbol table node`);
    head.skip(6);
    const n = head.u16();
    const entryBytes = 2 * this.offsetSize + 24;
    const body = new Fields(this.block(address + 8, n * entryBytes, `${what}: symbol table node`), this, `${what}: symbol table node`);
    for (let i = 0; i < n; i++) {
      const nameOffset = body.address('link name offset');
      const objectAddress = body.address('object header address');
      body.skip(24);
      out.push({ name: nameAt(nameOffset), address: objectAddress });
    }
  }

  /** One object of a global heap collection (variable-length data). */
  globalHeapObject(collection: number, index: number, what: string): Uint8Array {
    let bytes = this.globalHeaps.get(collection);
    if (!bytes) {
      const head = new Fields(this.block(collection, 8 + this.lengthSize, `${what}: global heap`), this, `${what}: global heap`);
      this.signature(head.bytes, 'GCOL', `${what}: global heap`);
      head.skip(8);
      bytes = this.block(collection, head.length('collection size'), `${what}: global heap`);
      this.globalHeaps.set(collection, bytes);
    }
    const col = new Fields(bytes, this, `${what}: global heap`, 8 + this.lengthSize);
    while (col.pos + 8 + this.lengthSize <= col.bytes.length) {
      const id = col.u16();
      col.skip(6);
      const n = col.length('object size');
      if (id === 0) break;
      const data = col.bytesOf(n);
      if (id === index) return data;
      col.skip(Math.min((8 - (n % 8)) % 8, col.bytes.length - col.pos));
    }
    throw new Hdf5Error(`${what}: global heap object ${index} is not in its collection`);
  }
}

/** An object's header, read: is it a group or a dataset, its members, its attributes. */
export class Hdf5Object {
  constructor(private readonly file: Hdf5File, private readonly header: ObjectHeader, readonly path: string) {}

  private find(type: number): Message | undefined {
    return this.header.messages.find((m) => m.type === type);
  }

  get isDataset(): boolean {
    return this.find(MSG.dataspace) !== undefined && this.find(MSG.datatype) !== undefined;
  }

  private label(): string {
    return this.path === '' ? 'HDF5 root group' : `HDF5 object ${JSON.stringify(this.path)}`;
  }

  dataset(): Hdf5Dataset {
    const space = this.find(MSG.dataspace)!;
    const type = this.find(MSG.datatype)!;
    const what = this.label();
    if (type.flags & 0x02) throw new Hdf5Error(`${what}: shared (committed) datatypes are not read`);
    const dims = this.file.dataspace(space.data, what);
    let elements = 1;
    for (const d of dims) elements *= d;
    if (!Number.isSafeInteger(elements)) throw new Hdf5Error(`${what}: dataspace ${dims.join('x')} has more elements than can be counted exactly`);
    return { path: this.path, dims, elements, dtype: this.file.datatype(type.data, what) };
  }

  /** The group's members by name (old-style symbol table, new-style link messages, or links in dense storage). */
  members(): readonly Hdf5Member[] {
    const what = this.label();
    const st = this.find(MSG.symbolTable);
    if (st) {
      const f = new Fields(st.data, this.file, `${what}: symbol table message`);
      const btree = f.address('B-tree address');
      const heap = f.address('local heap address');
      return this.file.sharedMembers(`symbol table ${btree} ${heap}`, () => this.file.symbolTableMembers(btree, heap, what));
    }
    const info = this.find(MSG.linkInfo);
    if (info) {
      const f = new Fields(info.data, this.file, `${what}: link info`);
      f.u8();
      const flags = f.u8();
      if (flags & 1) f.skip(8);
      const heap = f.address('fractal heap address');
      const nameIndex = f.address('name index B-tree address');
      if (heap !== UNDEFINED_ADDRESS) {
        return this.file.sharedMembers(`dense links ${heap} ${nameIndex}`, () => {
          // HDF5 lists dense links by name, as it lists an old-style group's (the name index is in hash order).
          const dense = denseMessages(this.file, heap, nameIndex, `${what}: links`).map((data) => this.parseLink(data, what));
          return dense.filter((l) => l !== undefined).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        });
      }
    }
    return this.header.messages.filter((m) => m.type === MSG.link).map((m) => this.parseLink(m.data, what)).filter((l) => l !== undefined);
  }

  /** A hard link's name and target; undefined for soft and external links (they name other objects by path). */
  private parseLink(data: Uint8Array, what: string): Hdf5Member | undefined {
    const f = new Fields(data, this.file, `${what}: link message`);
    const version = f.u8();
    if (version !== 1) throw new Hdf5Error(`${what}: link message version ${version} is not 1`);
    const flags = f.u8();
    const linkType = flags & 0x08 ? f.u8() : 0;
    if (flags & 0x04) f.skip(8);
    if (flags & 0x10) f.skip(1);
    const nameLength = f.uint(1 << (flags & 3), 'link name length');
    const name = new TextDecoder('utf-8').decode(f.bytesOf(nameLength));
    if (linkType !== 0) return undefined;
    return { name, address: f.address('link address') };
  }

  get isGroup(): boolean {
    return !this.isDataset && (this.find(MSG.symbolTable) !== undefined || this.find(MSG.linkInfo) !== undefined || this.find(MSG.link) !== undefined);
  }

  /** Attribute messages kept in dense storage (an object with more than 8 attributes, or one of 64 KiB or more, in a new-style file), or none. */
  private denseAttributes(): Message[] {
    const info = this.find(MSG.attributeInfo);
    if (!info) return [];
    const what = `${this.label()}: attribute info`;
    const f = new Fields(info.data, this.file, what);
    f.u8();
    const flags = f.u8();
    if (flags & 1) f.skip(2);
    const heap = f.address('fractal heap address');
    const nameIndex = f.address('name index B-tree address');
    if (heap === UNDEFINED_ADDRESS) return [];
    return this.file.denseAttributeMessages(heap, nameIndex, `${this.label()}: attributes`).map((data) => ({ type: MSG.attribute, flags: 0, data }));
  }

  /** The value of the attribute `name`, or undefined when the object has none by that name. */
  attribute(name: string): AttributeValue | undefined {
    for (const m of this.header.messages) {
      if (m.type !== MSG.attribute) continue;
      const parsed = this.parseAttribute(m);
      if (parsed.name === name) return parsed.value();
    }
    for (const m of this.denseAttributes()) {
      const parsed = this.parseAttribute(m);
      if (parsed.name === name) return parsed.value();
    }
    return undefined;
  }

  private parseAttribute(m: Message): { name: string; value: () => AttributeValue } {
    const what = `${this.label()}: attribute`;
    const f = new Fields(m.data, this.file, what);
    const version = f.u8();
    if (version < 1 || version > 3) throw new Hdf5Error(`${what}: version ${version} is not 1-3`);
    const flags = f.u8();
    const nameSize = f.u16();
    const typeSize = f.u16();
    const spaceSize = f.u16();
    if (version === 3) f.u8();
    const pad = (n: number): number => (version === 1 ? Math.ceil(n / 8) * 8 : n);
    const rawName = f.bytesOf(pad(nameSize));
    const nul = rawName.indexOf(0);
    const name = new TextDecoder('utf-8').decode(rawName.subarray(0, nul < 0 ? nameSize : Math.min(nul, nameSize)));
    const typeBytes = f.bytesOf(pad(typeSize));
    const spaceBytes = f.bytesOf(pad(spaceSize));
    const dataAt = f.pos;
    return {
      name,
      value: () => {
        const label = `${this.label()}: attribute ${JSON.stringify(name)}`;
        if (flags & 0x03) throw new Hdf5Error(`${label}: shared datatype or dataspace is not read`);
        const type = this.file.datatype(typeBytes, label);
        const dims = this.file.dataspace(spaceBytes, label);
        const count = dims.reduce((a, b) => a * b, 1);
        if (count > HDF5_LIMITS.maxAttributeElements) throw new Hdf5Error(`${label}: ${count} elements, more than the ${HDF5_LIMITS.maxAttributeElements} we read`);
        const data = new Fields(m.data, this.file, label, dataAt);
        const values: Array<string | number> = [];
        for (let i = 0; i < count; i++) values.push(this.element(data, type, label));
        if (dims.length === 0) return values[0]!;
        return values.every((v) => typeof v === 'string') ? (values as string[]) : (values.map(Number) as number[]);
      },
    };
  }

  private element(f: Fields, type: Hdf5Datatype, label: string): string | number {
    if (type.name === 'string' && !type.variableString) {
      const raw = f.bytesOf(type.size);
      const nul = raw.indexOf(0);
      return new TextDecoder('utf-8').decode(raw.subarray(0, nul < 0 ? raw.length : nul));
    }
    if (type.name === 'string') {
      const length = f.u32();
      const collection = f.address('global heap address');
      const index = f.u32();
      if (length === 0) return '';
      const data = this.file.globalHeapObject(collection, index, label);
      if (length > data.length) throw new Hdf5Error(`${label}: string of ${length} bytes in a heap object of ${data.length}`);
      return new TextDecoder('utf-8').decode(data.subarray(0, length));
    }
    const raw = f.bytesOf(type.size);
    const v = dv(raw);
    if (type.littleEndian === false) throw new Hdf5Error(`${label}: big-endian numbers are not read`);
    switch (type.name) {
      case 'int8': return v.getInt8(0);
      case 'uint8': case 'bool': return v.getUint8(0);
      case 'int16': return v.getInt16(0, true);
      case 'uint16': return v.getUint16(0, true);
      case 'int32': return v.getInt32(0, true);
      case 'uint32': return v.getUint32(0, true);
      case 'int64': return Number(v.getBigInt64(0, true));
      case 'uint64': return Number(v.getBigUint64(0, true));
      case 'float32': return v.getFloat32(0, true);
      case 'float64': return v.getFloat64(0, true);
      default: throw new Hdf5Error(`${label}: ${type.name} values are not read`);
    }
  }
}

export interface WalkEntry {
  readonly path: string;
  readonly object: Hdf5Object;
}

/**
 * Every dataset below `group` (depth first, members in stored order), with its path. A group
 * reached twice (hard links making a cycle or a diamond) is walked once.
 */
export function walkDatasets(file: Hdf5File, group: Hdf5Object, address: number | null = null): Hdf5Dataset[] {
  const out: Hdf5Dataset[] = [];
  const seen = new Set<number>();
  if (address !== null) seen.add(address);
  // A member list shared by several groups (one storage, read once) is walked once: every member
  // it leads to is in `seen` after the first time.
  const walked = new Set<readonly Hdf5Member[]>();
  const visit = (g: Hdf5Object, depth: number): void => {
    if (depth > HDF5_LIMITS.maxDepth) throw new Hdf5Error(`HDF5 groups nested deeper than ${HDF5_LIMITS.maxDepth} at ${JSON.stringify(g.path)}`);
    const members = g.members();
    if (walked.has(members)) return;
    walked.add(members);
    for (const m of members) {
      if (seen.has(m.address)) continue;
      seen.add(m.address);
      const path = g.path === '' ? m.name : `${g.path}/${m.name}`;
      if (path.length > HDF5_LIMITS.maxPathChars) throw new Hdf5Error(`an HDF5 path longer than ${HDF5_LIMITS.maxPathChars} characters (at ${JSON.stringify(path.slice(0, 80))}...)`);
      const child = file.object(m.address, path);
      if (child.isDataset) out.push(child.dataset());
      else if (child.isGroup) visit(child, depth + 1);
    }
  };
  visit(group, 0);
  return out;
}

/** The object at a '/'-separated path below the root, or undefined. */
export function objectAt(file: Hdf5File, path: string): Hdf5Object | undefined {
  let obj = file.root();
  let at = '';
  for (const part of path.split('/').filter(Boolean)) {
    if (!obj.isGroup) return undefined;
    const m = obj.members().find((x) => x.name === part);
    if (!m) return undefined;
    at = at === '' ? part : `${at}/${part}`;
    obj = file.object(m.address, at);
  }
  return obj;
}
