/**
 * Counts the distinct key sequences of a JSON text's objects while it is scanned, before
 * JSON.parse sees it: the trie of (keys before it in its object, key) pairs. What JSON.parse costs
 * beyond the text is mostly here: V8 builds an object of fewer than 128 keys through a hidden class
 * per key sequence (a new one costs up to 4.7 us and 1 KB: 50,000 objects of 100 keys no other
 * object has took 46 s and 3.7 GB of RSS), and interns each distinct key of a larger one (one
 * object of 5 million keys: 8.7 s and 1.06 GB). Counting keys per object would not bound either:
 * 5,000 objects of 1,000 distinct keys cost 3.4 s. Real configs repeat a few key orders, one per
 * layer class (small_cnn.keras: 66 trie nodes for 211 members).
 *
 * Keys are compared as bytes: two spellings of one key (an escape) count twice, which only makes a
 * hostile file's count larger. The table is open-addressed with a per-process random seed, so a
 * file cannot choose colliding keys; a probe run past MAX_PROBES counts the key as new (again only
 * larger), which keeps every lookup bounded.
 */
/** Distinct key sequences a config may have: far above real ones, and about 0.5 s and 100 MB of parsing at worst. */
export const MAX_KEY_SEQUENCES = 100_000;
/**
 * Named keys an object may have before V8 parses it into a dictionary (its kMapCacheSize: the map
 * JSON.parse starts an object of 128 named keys from is a dictionary map), which makes no hidden
 * class for any of them: 4,000 objects of 127 keys no other has took 1.6 s and 512 MB, of 128
 * keys 0.26 s and 135 MB. Index keys (`"12"`) are elements and do not count (V8's named_length).
 */
export const FAST_OBJECT_KEYS = 127;
/**
 * Keys past the FAST_OBJECT_KEYS-th named key of their objects, which V8 interns one by one: a
 * tokenizer's token -> id dict (transformers' TFGPT2Tokenizer keeps it in its config; Llama 3's
 * has 128,256 tokens) fits, 1 million distinct 8-character keys cost 0.8 s and 185 MB to parse,
 * and 5 million (64 MB of text) 8.7 s and 1.06 GB. Sparse index keys (isSparseIndex) count here too.
 */
export const MAX_LARGE_OBJECT_KEYS = 1_000_000;
const MAX_PROBES = 32;
/** Fewest bytes a key takes in a JSON text: its quotes, colon and the first byte of its value (`"":0`, `"":{`). */
const MIN_KEY_BYTES = 4;

/**
 * Trie nodes a text of `length` bytes can make before the cap's one past it: each takes a key of
 * at least MIN_KEY_BYTES, so a 2 KB metadata.json needs a table of KBs, not 2.6 MB.
 */
export function keySequenceCapacity(length: number): number {
  return Math.min(MAX_KEY_SEQUENCES, Math.ceil(length / MIN_KEY_BYTES)) + 1;
}

export class KeySequences {
  /** Trie node of each slot (0: empty). Node 0 is the empty sequence, an object's start. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly parent: Int32Array;
  private readonly keyStart: Int32Array;
  private readonly keyEnd: Int32Array;
  private readonly hashes: Int32Array;
  // The file cannot see this process's numbers, so Math.random's are as unguessable to it as any.
  private readonly seed = Math.floor(Math.random() * 2 ** 31);
  /** Trie nodes made so far: past MAX_KEY_SEQUENCES the text is refused. */
  count = 0;

  constructor(private readonly bytes: Uint8Array) {
    const capacity = keySequenceCapacity(bytes.length);
    // Slots at least 2.5 per entry (load under 0.4): 262,144 for the cap's 100,000.
    const slots = 2 ** Math.max(6, Math.ceil(Math.log2(capacity * 2.5)));
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
    this.parent = new Int32Array(capacity + 1);
    this.keyStart = new Int32Array(capacity + 1);
    this.keyEnd = new Int32Array(capacity + 1);
    this.hashes = new Int32Array(capacity + 1);
  }

  /**
   * The trie node for key `bytes[start, end)` after the sequence `at`, made when new; -1 once the
   * count passes MAX_KEY_SEQUENCES.
   */
  next(at: number, start: number, end: number): number {
    const b = this.bytes;
    let h = this.seed ^ Math.imul(at, 0x9e3779b1);
    for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const mask = this.mask;
    let slot = h & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const node = this.slots[slot]!;
      if (node === 0) return this.add(slot, at, start, end, h);
      if (this.hashes[node] === h && this.parent[node] === at && this.sameKey(node, start, end)) return node;
    }
    return this.add(-1, at, start, end, h);
  }

  private add(slot: number, at: number, start: number, end: number, h: number): number {
    // The second bound cannot be reached (keySequenceCapacity); it keeps every write in the arrays.
    if (++this.count > MAX_KEY_SEQUENCES || this.count >= this.parent.length) return -1;
    const node = this.count;
    this.parent[node] = at;
    this.keyStart[node] = start;
    this.keyEnd[node] = end;
    this.hashes[node] = h;
    if (slot >= 0) this.slots[slot] = node;
    return node;
  }

  private sameKey(node: number, start: number, end: number): boolean {
    const s = this.keyStart[node]!;
    if (this.keyEnd[node]! - s !== end - start) return false;
    const b = this.bytes;
    for (let i = 0; i < end - start; i++) if (b[s + i] !== b[start + i]) return false;
    return true;
  }
}

/**
 * The array index `bytes[start, end)` is as V8 tells one (0 to 2^32 - 2, no leading zero, no
 * escape), or -1: JSON.parse stores such a key among the object's elements, never in its hidden class.
 */
export function arrayIndexOf(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n < 1 || n > 10 || (n > 1 && bytes[start] === 0x30)) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v <= 2 ** 32 - 2 ? v : -1;
}

/**
 * Whether the `count`-th index key of an object (1 for its first), of value `index`, is one V8
 * keeps in a dictionary, as it keeps named keys past the 127th: the object's elements are sparse
 * (3 million keys 0, 1000, 2000...: 1.3 s to parse; out of order up to 2^32 - 2: 7 s and 725 MB),
 * where an id -> token dict written in order (0, 1, 2...: 4.9 million in 1.1 s) or with gaps of
 * one (0, 2, 4...) is an array. Past twice the keys so far, and a page of slack, counts as sparse:
 * a dense dict written out of order may count too, which only makes the count larger.
 */
export function isSparseIndex(index: number, count: number): boolean {
  return index >= 2 * count + 1024;
}
