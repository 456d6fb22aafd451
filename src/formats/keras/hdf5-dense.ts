/**
 * HDF5 "dense" storage, where a new-style group keeps its links (and an object its attributes)
 * once it has more than the compact limit (8 by default: any Keras model of 9+ layers saved with
 * `libver='latest'`): each link or attribute message is an object in a fractal heap, found
 * through the heap IDs that a version 2 B-tree indexes by name hash.
 *
 * Only what listing needs is read: the B-tree's records (internal and leaf nodes), and the heap's
 * managed objects (direct blocks, reached through the root direct or indirect block), tiny
 * objects (held in the ID itself) and huge objects (a message over the heap's managed limit,
 * 4 KiB in HDF5's link and attribute heaps: a fixed-length model_config string of a few KB on an
 * object with 9+ attributes, or of 64 KiB on any, under `libver='latest'`), through the heap's
 * huge-object B-tree. Filtered heaps and shared attributes are refused by name. Every structure
 * is checked against the file through Hdf5File.block, and every loop is bounded. Each structure's
 * lookup3 checksum is verified, as the HDF5 library verifies it (a bit flip h5py refuses is
 * refused here too); a file is hostile as a whole, so a valid checksum vouches for nothing, and
 * every field is still checked as if it were wrong.
 */
import { Fields, HDF5_LIMITS, Hdf5Error } from './hdf5.js';
import type { Hdf5File } from './hdf5.js';

/** Bytes H5VM_limit_enc_size gives to a count that can reach `max`. */
function encodedSize(max: number): number {
  return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1;
}

const bytesFor = (bits: number): number => Math.ceil(bits / 8);

/** A version 2 B-tree's record type and its records (raw bytes, in key order). */
interface BtreeV2Records {
  readonly type: number;
  readonly records: Uint8Array[];
}

/** Every record of a version 2 B-tree whose type is one of `types` (internal and leaf nodes). */
function btreeV2Records(file: Hdf5File, address: number, label: string, types: readonly number[]): BtreeV2Records {
  const h = new Fields(file.block(address, 4 + 2 + 4 + 2 + 2 + 2 + file.offsetSize + 2 + file.lengthSize + 4, label), file, label);
  file.signature(h.bytes, 'BTHD', label);
  h.skip(4);
  h.u8(); // version
  const type = h.u8();
  const nodeSize = h.u32();
  const recordSize = h.u16();
  const depth = h.u16();
  h.skip(2); // split and merge percentages
  const root = h.address('root node address');
  const rootRecords = h.u16();
  h.length('total records');
  file.verifyChecksum(h.bytes, h.pos, 'v2 B-tree header', label);
  if (!types.includes(type)) throw new Hdf5Error(`${label}: record type ${type} is not ${types.join(' or ')}`);
  if (depth > HDF5_LIMITS.maxDepth) throw new Hdf5Error(`${label}: depth ${depth} is more than ${HDF5_LIMITS.maxDepth}`);
  if (recordSize < 1 || nodeSize <= 10 || nodeSize > HDF5_LIMITS.maxBlockBytes) throw new Hdf5Error(`${label}: node size ${nodeSize} or record size ${recordSize} is impossible`);
  // Node capacities as H5B2__hdr_init works them out: a child pointer's count fields are sized by them.
  const leafMax = Math.floor((nodeSize - 10) / recordSize);
  const maxNrecSize = encodedSize(leafMax);
  const cumMaxSize = [0];
  let cumMax = leafMax;
  for (let d = 1; d <= depth; d++) {
    const pointer = file.offsetSize + maxNrecSize + cumMaxSize[d - 1]!;
    const max = Math.floor((nodeSize - 10 - pointer) / (recordSize + pointer));
    if (max < 1) throw new Hdf5Error(`${label}: nodes of ${nodeSize} bytes cannot hold an internal record`);
    cumMax = (max + 1) * cumMax + max;
    cumMaxSize.push(encodedSize(cumMax));
  }
  const records: Uint8Array[] = [];
  const seen = new Set<number>();
  const visit = (node: number, count: number, level: number): void => {
    if (seen.has(node)) throw new Hdf5Error(`${label}: node at ${node} is reached twice (a cycle)`);
    seen.add(node);
    const n = new Fields(file.block(node, nodeSize, label), file, label);
    file.signature(n.bytes, level > 0 ? 'BTIN' : 'BTLF', `${label} node at ${node}`);
    n.skip(6);
    // A count past what the node holds runs into the node's end (one error), not into a long loop.
    for (let i = 0; i < count; i++) records.push(n.bytesOf(recordSize));
    const children: Array<[number, number]> = [];
    for (let i = 0; level > 0 && i <= count; i++) {
      const child = n.address('child node address');
      const childRecords = n.uint(maxNrecSize, 'child record count');
      if (level > 1) n.skip(cumMaxSize[level - 1]!);
      children.push([child, childRecords]);
    }
    // The checksum follows the records and child pointers; the node's unused space comes after it.
    n.need(4);
    file.verifyChecksum(n.bytes, n.pos, 'v2 B-tree node', `${label} node at ${node}`);
    for (const [child, childRecords] of children) visit(child, childRecords, level - 1);
  };
  if (rootRecords > 0) visit(root, rootRecords, depth);
  return { type, records };
}

/** The heap IDs a link (type 5, 6) or attribute (type 8, 9) index holds, in key order. */
function btreeV2HeapIds(file: Hdf5File, address: number, what: string): Uint8Array[] {
  const label = `${what}: v2 B-tree`;
  const { type, records } = btreeV2Records(file, address, label, [5, 6, 8, 9]);
  // Where a record keeps its heap ID: after the name hash (links, type 5), the creation order (6), or first (attributes, 8 and 9).
  const idAt = type === 5 ? 4 : type === 6 ? 8 : 0;
  return records.map((rec) => {
    if (rec.length <= idAt) throw new Hdf5Error(`${label}: records of ${rec.length} bytes hold no heap ID`);
    // An attribute record's flags byte follows its 8-byte ID: a shared attribute's ID is a key into
    // the file's shared-message heap, not into this one.
    if (type >= 8 && rec.length > 8 && rec[8]! & 0x02) throw new Hdf5Error(`${label}: shared attributes (shared object header messages) are not read`);
    return rec.subarray(idAt);
  });
}

interface FractalHeap {
  readonly idLength: number;
  readonly offsetBytes: number;
  /** As H5HF__hdr_finish_init sizes it: the smaller of a direct block offset's bytes and the bytes that count to the managed limit. */
  readonly lengthBytes: number;
  /** Managed direct blocks: where each starts in the heap's offset space, its address and size. */
  readonly blocks: ReadonlyArray<{ readonly offset: number; readonly address: number; readonly size: number }>;
  /** Where huge objects (over the managed limit: 4 KiB for HDF5's link and attribute heaps) are indexed. */
  readonly hugeBtree: number;
  /** Huge objects found through the index, by their ID; read once, when the first is asked for. */
  hugeIndex?: Map<number, { readonly address: number; readonly length: number }>;
}

function fractalHeap(file: Hdf5File, address: number, what: string): FractalHeap {
  const label = `${what}: fractal heap`;
  const O = file.offsetSize;
  const L = file.lengthSize;
  const h = new Fields(file.block(address, 4 + 1 + 2 + 2 + 1 + 4 + 12 * L + 3 * O + 2 + 2 + 2 + 2 + 2 + L + 4, label), file, label);
  file.signature(h.bytes, 'FRHP', label);
  h.skip(5);
  const idLength = h.u16();
  const filterBytes = h.u16();
  // Checksummed direct blocks keep a checksum after the block offset; object offsets count from the block start, so unchanged.
  const checksummedDirect = (h.u8() & 0x02) !== 0;
  const maxManaged = h.u32();
  h.length('next huge object id');
  const hugeBtree = h.address('huge object B-tree address');
  h.length('free space');
  h.address('free space manager address');
  h.length('managed space');
  h.length('allocated managed space');
  h.length('direct block allocation iterator');
  h.length('managed objects');
  h.length('huge object bytes');
  h.length('huge objects');
  h.length('tiny object bytes');
  h.length('tiny objects');
  const width = h.u16();
  const startBlock = h.length('starting block size');
  const maxDirect = h.length('maximum direct block size');
  const maxHeapBits = h.u16();
  h.u16(); // starting rows of the root indirect block
  const root = h.address('root block address');
  const rows = h.u16();
  if (filterBytes > 0) throw new Hdf5Error(`${label}: filtered (compressed) heap blocks are not read`);
  file.verifyChecksum(h.bytes, h.pos, 'fractal heap header', label);
  if (width < 1 || width > 65536 || startBlock < 1 || maxDirect < startBlock || maxHeapBits < 1 || maxHeapBits > 64) {
    throw new Hdf5Error(`${label}: table width ${width}, block sizes ${startBlock}..${maxDirect} or heap bits ${maxHeapBits} are impossible`);
  }
  const offsetBytes = bytesFor(maxHeapBits);
  const rowSize = (r: number): number => (r === 0 ? startBlock : startBlock * 2 ** (r - 1));
  const directRows = Math.log2(maxDirect / startBlock) + 2;
  const blocks: Array<{ offset: number; address: number; size: number }> = [];
  const seen = new Set<number>();
  const direct = (at: number, size: number): void => {
    if (size > HDF5_LIMITS.maxBlockBytes) throw new Hdf5Error(`${label}: a direct block of ${size} bytes`);
    // Each is read whole to check its checksum: a block listed again would be read (and hashed) again.
    if (seen.has(at)) throw new Hdf5Error(`${label}: direct block at ${at} is reached twice`);
    seen.add(at);
    // A checksummed block's checksum covers the whole block (its objects too), read once here.
    const b = new Fields(file.block(at, checksummedDirect ? size : 5 + O + offsetBytes, `${label} direct block`), file, `${label} direct block`);
    file.signature(b.bytes, 'FHDB', `${label} direct block at ${at}`);
    b.skip(5 + O);
    blocks.push({ offset: b.uint(offsetBytes, 'block offset'), address: at, size });
    if (checksummedDirect) verifyDirectBlock(file, b, `${label} direct block at ${at}`);
  };
  const indirect = (at: number, nrows: number, depth: number): void => {
    if (depth > HDF5_LIMITS.maxDepth) throw new Hdf5Error(`${label}: indirect blocks nested deeper than ${HDF5_LIMITS.maxDepth}`);
    if (seen.has(at)) throw new Hdf5Error(`${label}: indirect block at ${at} is reached twice (a cycle)`);
    seen.add(at);
    if (nrows * width > HDF5_LIMITS.maxObjects) throw new Hdf5Error(`${label}: an indirect block of ${nrows} x ${width} entries`);
    const ib = new Fields(file.block(at, 5 + O + offsetBytes + nrows * width * O + 4, `${label} indirect block`), file, `${label} indirect block`);
    file.signature(ib.bytes, 'FHIB', `${label} indirect block at ${at}`);
    ib.skip(5 + O + offsetBytes);
    const children: Array<[number, number]> = [];
    for (let r = 0; r < nrows; r++) {
      for (let c = 0; c < width; c++) {
        const child = ib.address('child block address');
        if (child !== -1) children.push([child, r]);
      }
    }
    file.verifyChecksum(ib.bytes, ib.pos, 'fractal heap indirect block', `${label} indirect block at ${at}`);
    for (const [child, r] of children) {
      if (r < directRows) direct(child, rowSize(r));
      // A child indirect block spans a row's size: as many rows as reach that size from the first.
      else indirect(child, Math.log2(rowSize(r) / (startBlock * width)) + 1, depth + 1);
    }
  };
  if (root !== -1) {
    // A root direct block is always of the starting size (H5HF__man_op_real): objects past it are in no block.
    if (rows === 0) direct(root, startBlock);
    else indirect(root, rows, 0);
  }
  blocks.sort((a, b) => a.offset - b.offset);
  return { idLength, offsetBytes, lengthBytes: Math.min(Math.floor((Math.floor(Math.log2(maxDirect)) + 7) / 8), encodedSize(maxManaged)), blocks, hugeBtree };
}

/**
 * A direct block's checksum, which HDF5 (H5HF__cache_dblock_verify_chksum) takes over the whole
 * block with the checksum's own 4 bytes as zeros; `b` stands just past the block offset.
 */
function verifyDirectBlock(file: Hdf5File, b: Fields, what: string): void {
  b.need(4);
  // A copy (the block may be a view of the file's bytes): the block with its checksum zeroed, then
  // the stored checksum after it, where verifyChecksum looks for it.
  const framed = new Uint8Array(b.bytes.length + 4);
  framed.set(b.bytes);
  framed.fill(0, b.pos, b.pos + 4);
  framed.set(b.bytes.subarray(b.pos, b.pos + 4), b.bytes.length);
  file.verifyChecksum(framed, b.bytes.length, 'fractal heap direct block', what);
}

/** The bytes of one heap object, by its heap ID. */
function heapObject(file: Hdf5File, heap: FractalHeap, id: Uint8Array, what: string): Uint8Array {
  const label = `${what}: fractal heap object`;
  const kind = (id[0]! >> 4) & 0x03;
  if (kind === 2) {
    // Tiny: the object is in the ID after its length (one byte; two when IDs are over 18 bytes).
    const extended = heap.idLength > 18;
    const n = extended ? (((id[0]! & 0x0f) << 8) | id[1]!) + 1 : (id[0]! & 0x0f) + 1;
    const at = extended ? 2 : 1;
    if (at + n > id.length) throw new Hdf5Error(`${label}: a tiny object longer than its ID`);
    return id.subarray(at, at + n);
  }
  if (kind === 1) return hugeObject(file, heap, id, label);
  if (kind !== 0) throw new Hdf5Error(`${label}: heap ID type ${kind} is not managed, huge or tiny`);
  const f = new Fields(id, file, label, 1);
  const offset = f.uint(heap.offsetBytes, 'object offset');
  const length = f.uint(heap.lengthBytes, 'object length');
  // Blocks are sorted by offset: a binary search keeps many IDs over many blocks linear-log, not quadratic.
  let lo = 0;
  let hi = heap.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (heap.blocks[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const block = heap.blocks[lo];
  if (!block || offset < block.offset || offset + length > block.offset + block.size) throw new Hdf5Error(`${label}: offset ${offset} (+${length}) lies in no direct block`);
  return file.block(block.address + (offset - block.offset), length, label);
}

/**
 * A huge object: a link or attribute message over the heap's managed limit, stored on its own
 * (H5HF__huge_op_real). Link and attribute records keep 7- and 8-byte heap IDs, too short to hold
 * an address and a length, so the ID holds a key into the heap's huge-object v2 B-tree (type 1
 * records: address, length, key). Filtered heaps are refused before any ID is read.
 */
function hugeObject(file: Hdf5File, heap: FractalHeap, id: Uint8Array, label: string): Uint8Array {
  const f = new Fields(id, file, `${label} (huge)`, 1);
  if (heap.idLength - 1 >= file.offsetSize + file.lengthSize) throw new Hdf5Error(`${label}: a heap ID of ${heap.idLength} bytes (more than a link or attribute index holds)`);
  const key = f.uint(Math.min(heap.idLength - 1, 8), 'huge object ID');
  if (heap.hugeBtree === -1) throw new Hdf5Error(`${label}: a huge object in a heap with no huge-object index`);
  if (!heap.hugeIndex) {
    const index = new Map<number, { address: number; length: number }>();
    const btLabel = `${label}: huge object v2 B-tree`;
    for (const rec of btreeV2Records(file, heap.hugeBtree, btLabel, [1]).records) {
      const r = new Fields(rec, file, btLabel);
      const address = r.address('huge object address');
      const length = r.length('huge object length');
      index.set(r.length('huge object ID'), { address, length });
    }
    heap.hugeIndex = index;
  }
  const found = heap.hugeIndex.get(key);
  if (!found) throw new Hdf5Error(`${label}: huge object ${key} is not in the heap's huge-object index`);
  return file.block(found.address, found.length, `${label} (huge)`);
}

/** The messages (link or attribute) a dense storage holds: the heap's objects the B-tree indexes. */
export function denseMessages(file: Hdf5File, heapAddress: number, btreeAddress: number, what: string): Uint8Array[] {
  const heap = fractalHeap(file, heapAddress, what);
  return btreeV2HeapIds(file, btreeAddress, what).map((id) => heapObject(file, heap, id.subarray(0, heap.idLength), what));
}
