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
const TABLE_BITS = 18; // 262,144 slots for at most 100,000 entries: load under 0.4
const MAX_PROBES = 32;

export class KeySequences {
  /** Trie node of each slot (0: empty). Node 0 is the empty sequence, an object's start. */
  private readonly slots = new Int32Array(1 << TABLE_BITS);
  private readonly parent = new Int32Array(MAX_KEY_SEQUENCES + 1);
  private readonly keyStart = new Int32Array(MAX_KEY_SEQUENCES + 1);
  private readonly keyEnd = new Int32Array(MAX_KEY_SEQUENCES + 1);
  private readonly hashes = new Int32Array(MAX_KEY_SEQUENCES + 1);
  // The file cannot see this process's numbers, so Math.random's are as unguessable to it as any.
  private readonly seed = Math.floor(Math.random() * 2 ** 31);
  /** Trie nodes made so far: past MAX_KEY_SEQUENCES the text is refused. */
  count = 0;

  constructor(private readonly bytes: Uint8Array) {}

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
    const mask = (1 << TABLE_BITS) - 1;
    let slot = h & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const node = this.slots[slot]!;
      if (node === 0) return this.add(slot, at, start, end, h);
      if (this.hashes[node] === h && this.parent[node] === at && this.sameKey(node, start, end)) return node;
    }
    return this.add(-1, at, start, end, h);
  }

  private add(slot: number, at: number, start: number, end: number, h: number): number {
    if (++this.count > MAX_KEY_SEQUENCES) return -1;
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
