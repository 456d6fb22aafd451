/**
 * A restricted unpickler: Python's pickle machine (protocols 0-5) run as *data*. GLOBAL,
 * STACK_GLOBAL, REDUCE, BUILD, NEWOBJ and INST build inert descriptions (`PyGlobal`, `PyObject`)
 * and never import or call anything; a pickle that names `os.system` yields an object whose class
 * is the text "os.system". Callers interpret the few callables they know (the tensor rebuild
 * functions, OrderedDict) through the `reduce` and `persistentLoad` hooks, which again only
 * describe.
 *
 * Everything is bounded: opcodes run, memo entries, stack size, mark depth, line and string
 * lengths (checked against the bytes present before anything is allocated). A fault is a
 * `PickleError` with a one-line message.
 */

/** A fault in the pickle bytes (bad input). */
export class PickleError extends Error {
  override readonly name = 'PickleError';
}

/**
 * Thrown when the pickle runs past the bytes given and `final` was false: the caller reads more
 * of the file and runs the pickle again (legacy files, whose pickles have no stated length).
 */
export class NeedMoreBytes extends Error {
  override readonly name = 'NeedMoreBytes';
  constructor(readonly needed: number) {
    super(`pickle needs bytes up to offset ${needed}`);
  }
}

export class PyBytes {
  constructor(readonly length: number) {}
}
export class PyList {
  constructor(readonly items: PickleValue[] = []) {}
}
export class PyTuple {
  constructor(readonly items: readonly PickleValue[]) {}
}
/**
 * A dict as the pickle sets it: its items in the order set, a key set twice kept twice (a pickle
 * can hold millions of small dicts, so nothing more is kept per dict). `unique()` and `get` say
 * what Python's dict holds: a key set again keeps its first position and takes the last value,
 * as torch.load sees it.
 */
export class PyDict {
  /**
   * Keys and values in the order set, one after the other (k0, v0, k1, v1...): 16 bytes of heap
   * an item, where a [key, value] array an item cost about 70 (8 MB of NONE, NONE, SETITEMS,
   * 4.2 million items, held 289 MB).
   */
  readonly flat: PickleValue[] = [];
  /** Items set, a key set twice counted twice. */
  get size(): number {
    return this.flat.length / 2;
  }
  set(key: PickleValue, value: PickleValue): void {
    this.flat.push(key, value);
  }
  /** The value under a string key (the last one set), if any. */
  get(key: string): PickleValue | undefined {
    const flat = this.flat;
    for (let i = flat.length - 2; i >= 0; i -= 2) if (flat[i] === key) return flat[i + 1];
    return undefined;
  }
  /** The items as set, each pair made as it is reached. */
  pairs(): Iterable<DictItem> {
    return pairsOf(this.flat);
  }
  /**
   * The items as Python's dict holds them: keys equal as in Python for the kinds that name tensors
   * (str; int, bool and integral float alike: 1 == True == 1.0) are one key, in its first
   * position with its last value; any other key is kept as set. The index lives only for the
   * call, a dict without a repeated key is not copied, and each pair is made as it is reached.
   */
  unique(): Iterable<DictItem> {
    const flat = this.flat;
    if (flat.length < 4 || (flat.length <= 2 * SCANNED_KEYS && !hasRepeatedKey(flat))) return pairsOf(flat);
    const at = new Map<KeyIdentity, number>();
    let out: PickleValue[] | undefined;
    for (let i = 0; i < flat.length; i += 2) {
      const k = flat[i]!;
      const id = keyIdentity(k);
      const j = id === undefined ? undefined : at.get(id);
      if (j !== undefined) {
        out ??= flat.slice(0, i);
        out[j + 1] = flat[i + 1]!;
        continue;
      }
      if (id !== undefined) at.set(id, out ? out.length : i);
      out?.push(k, flat[i + 1]!);
    }
    return pairsOf(out ?? flat);
  }
}

export type DictItem = readonly [PickleValue, PickleValue];

/** Pairs of a flat key, value list, re-iterable, none of them kept. */
function pairsOf(flat: readonly PickleValue[]): Iterable<DictItem> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < flat.length; i += 2) yield [flat[i]!, flat[i + 1]!] as const;
    },
  };
}

/** Up to this many keys a dict is searched for a repeated key pair by pair, with nothing made. */
const SCANNED_KEYS = 16;

function hasRepeatedKey(flat: readonly PickleValue[]): boolean {
  for (let i = 2; i < flat.length; i += 2) {
    const id = keyIdentity(flat[i]!);
    if (id === undefined) continue;
    for (let j = 0; j < i; j += 2) if (keyIdentity(flat[j]!) === id) return true;
  }
  return false;
}

/**
 * A key's identity under Python's ==, for str and numbers; undefined for any other key. A string
 * is its own identity (never copied: a memoized long key set in many dicts costs one string);
 * numbers compare by value across int, bool and float (Map keys are equal by SameValueZero).
 */
type KeyIdentity = string | number | bigint;
function keyIdentity(k: PickleValue): KeyIdentity | undefined {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return k ? 1 : 0;
  if (typeof k === 'bigint') return k >= BigInt(Number.MIN_SAFE_INTEGER) && k <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(k) : k;
  if (typeof k === 'number') {
    if (Number.isNaN(k)) return undefined; // NaN == NaN is False in Python
    return Number.isInteger(k) && !Number.isSafeInteger(k) ? BigInt(k) : k;
  }
  return undefined;
}

/** A module-level name the pickle refers to (a class, a function, a dtype). Never resolved. */
export class PyGlobal {
  constructor(readonly module: string, readonly name: string) {}
  get qualified(): string {
    return `${this.module}.${this.name}`;
  }
}
/**
 * An object the pickle would have built by calling `cls` (REDUCE, NEWOBJ, INST, OBJ): only the
 * description is kept. BUILD sets `state`; SETITEMS/APPENDS on it land in `items`/`appended`.
 */
export class PyObject {
  state: PickleValue = null;
  /** Set by SETITEM(S) as `obj[k] = v` (a dict subclass), made by the first: most objects have none. */
  items: PyDict | undefined;
  readonly appended: PickleValue[] = [];
  constructor(readonly cls: PickleValue, readonly args: PickleValue) {}
  get className(): string {
    return this.cls instanceof PyGlobal ? this.cls.qualified : '<computed>';
  }
}

/** Values that callers build in their hooks (tensors, storages): opaque to the machine. */
export interface Described {
  readonly described: true;
}

export type PickleValue =
  | null | boolean | number | bigint | string
  | PyBytes | PyList | PyTuple | PyDict | PyGlobal | PyObject | Described;

export interface UnpickleHooks {
  /** BINPERSID/PERSID: what the persistent id stands for (torch: a storage). */
  persistentLoad(pid: PickleValue): PickleValue;
  /** REDUCE/NEWOBJ of `func(args)`: a described value, or undefined to keep the inert PyObject. */
  reduce?(func: PickleValue, args: PickleValue): PickleValue | undefined;
}

export interface UnpickleLimits {
  readonly maxOps: number;
  readonly maxMemo: number;
  readonly maxStack: number;
  readonly maxMarks: number;
  /** Values built; by default one per BYTES_PER_BUILT bytes of the pickle, at least MIN_BUILT. */
  readonly maxBuilt?: number;
  /** Values put into containers; by default one per BYTES_PER_SLOT bytes of the pickle, at least MIN_SLOTS. */
  readonly maxSlots?: number;
}

/**
 * A pickle builds at most one object per this many of its bytes. torch.save's state dicts build
 * one per about 100 bytes, whole pickled modules and TorchScript one per 20 to 30 (test/fixtures);
 * a hostile 58 MB run of EMPTY_TUPLE, APPEND built 29 million (1.5 GB of heap) before this bound.
 */
export const BYTES_PER_BUILT = 16;
/** Small pickles may build this many whatever their size (a few MB of heap). */
export const MIN_BUILT = 100_000;
/**
 * A pickle puts at most one value into a list, tuple, set, dict or object per this many of its
 * bytes (a dict item is two: its key and its value). Each costs a pointer, 8 bytes of heap, but
 * needs only 1 or 2 bytes of pickle (NONE; a memo reference, BINGET). Before this bound (and
 * before dicts were flat) 64 MB of SETITEMS of memo references peaked at 1.5 GB of RSS, of
 * NONE, NONE, SETITEMS at 2.1 GB; 64 MB (the most read of a pickle) of any such shape now stops
 * at 22 million values, 180 MB of pointers, under 600 MB at peak (arrays grow by copying).
 * Real pickles put one per 5 bytes or more: a dict of more than a million distinct keys spends
 * at least 3 bytes on each key, 1 on its memo entry and 3 to 5 on its value, and Python's
 * vocabulary dicts take 10 to 12 bytes an item; torch.save's state dicts are about 100 bytes an
 * entry. A long list of small repeated ints or of None is refused (a tensor holds such data).
 */
export const BYTES_PER_SLOT = 3;
/** Small pickles may put this many whatever their size (8 MB of pointers). */
export const MIN_SLOTS = 1_000_000;

export const DEFAULT_LIMITS: UnpickleLimits = { maxOps: 50_000_000, maxMemo: 5_000_000, maxStack: 5_000_000, maxMarks: 100_000 };

/** Text opcodes (protocol 0) take one line; longer lines are not something torch writes. */
const MAX_LINE = 64 * 1024;
/**
 * A GLOBAL's module or attribute name beyond this is no Python name torch writes. STACK_GLOBAL
 * takes them from memoized strings: without the cut, every 5-byte reference to one 100,000-char
 * string would cost that string's length each time its qualified name is looked at.
 */
const MAX_GLOBAL_NAME = 1024;
/** LONG1/LONG4 beyond this many bytes is no number a checkpoint holds. */
const MAX_LONG_BYTES = 64;


export interface UnpickleResult {
  readonly value: PickleValue;
  /** Offset just past the STOP opcode. */
  readonly end: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Short ASCII strings (names, keys, globals: nearly every string in a checkpoint) built directly:
 * a TextDecoder call costs more than the bytes.
 */
function shortAscii(bytes: Uint8Array, from: number, to: number): string | undefined {
  if (to - from > 64) return undefined;
  let s = '';
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c >= 0x80) return undefined;
    s += String.fromCharCode(c);
  }
  return s;
}

/**
 * Runs the pickle that starts at `start` in `bytes`. With `final` false, running past the end
 * throws NeedMoreBytes instead of a PickleError (the caller has more of the file).
 */
export function unpickle(
  bytes: Uint8Array,
  start: number,
  hooks: UnpickleHooks,
  final = true,
  limits: UnpickleLimits = DEFAULT_LIMITS,
): UnpickleResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength;
  let pos = start;
  const stack: PickleValue[] = [];
  /** Stack lengths at each open MARK. */
  const marks: number[] = [];
  /**
   * The memo. Picklers number their entries 0, 1, 2...: an array costs 8 bytes an entry where a
   * Map costs about 80 (5 million MEMOIZE opcodes, 5 MB of pickle, took 450 MB). A key past array
   * indices (text PUT can name any integer) goes to `farMemo`; a hole in the array makes V8 keep
   * it sparse, so a lone key of 4 billion allocates nothing.
   */
  const memo: PickleValue[] = [];
  const farMemo = new Map<number, PickleValue>();
  let memoSize = 0;
  let ops = 0;

  const fail = (what: string): never => {
    throw new PickleError(`${what} (at byte ${pos - 1})`);
  };
  const need = (n: number): void => {
    if (n > end - pos) {
      if (!final) throw new NeedMoreBytes(pos + n);
      fail(`truncated: needs ${n} more bytes, ${end - pos} left`);
    }
  };
  const u8 = (): number => {
    need(1);
    return bytes[pos++]!;
  };
  const u16 = (): number => {
    need(2);
    const v = view.getUint16(pos, true);
    pos += 2;
    return v;
  };
  const u32 = (): number => {
    need(4);
    const v = view.getUint32(pos, true);
    pos += 4;
    return v;
  };
  const i32 = (): number => {
    need(4);
    const v = view.getInt32(pos, true);
    pos += 4;
    return v;
  };
  /** An 8-byte length: anything past the bytes present is bad input long before 2^53. */
  const len64 = (): number => {
    need(8);
    const lo = view.getUint32(pos, true);
    const hi = view.getUint32(pos + 4, true);
    pos += 8;
    if (hi >= 0x200000) fail(`declared length ${hi} * 2^32 + ${lo} is absurd`);
    return hi * 2 ** 32 + lo;
  };
  const take = (n: number): Uint8Array => {
    need(n);
    const out = bytes.subarray(pos, pos + n);
    pos += n;
    return out;
  };
  const line = (): string => {
    const limit = Math.min(end, pos + MAX_LINE);
    let i = pos;
    while (i < limit && bytes[i] !== 0x0a) i++;
    if (i === limit) {
      if (limit === end && !final) throw new NeedMoreBytes(pos + MAX_LINE);
      fail(limit === end ? 'truncated: unterminated text line' : `text line longer than ${MAX_LINE} bytes`);
    }
    const text = shortAscii(bytes, pos, i) ?? latin1.decode(bytes.subarray(pos, i));
    pos = i + 1;
    return text;
  };
  const text = (n: number): string => {
    need(n);
    const fast = shortAscii(bytes, pos, pos + n);
    if (fast !== undefined) {
      pos += n;
      return fast;
    }
    const raw = take(n);
    try {
      return utf8.decode(raw);
    } catch {
      return fail('string is not valid UTF-8');
    }
  };

  const push = (v: PickleValue): void => {
    if (stack.length >= limits.maxStack) fail(`stack deeper than ${limits.maxStack} items`);
    stack.push(v);
  };
  /**
   * Values the pickle builds (containers, objects, globals, bytes): each costs tens of bytes of
   * heap however few bytes of pickle made it (EMPTY_TUPLE then APPEND is 2 bytes), so their
   * number is bounded by the pickle's size. What goes into them is bounded apart (`slots`): a
   * vocabulary saved beside the weights is a real dict of about 10 bytes an item.
   */
  const maxBuilt = limits.maxBuilt ?? Math.max(MIN_BUILT, Math.floor((end - start) / BYTES_PER_BUILT));
  let builtCount = 0;
  const built = <T extends PickleValue>(v: T): T => {
    if (++builtCount > maxBuilt) fail(`builds more than ${maxBuilt} objects, one per ${BYTES_PER_BUILT} bytes of pickle (real checkpoints build one per 20 to 100 bytes): refused`);
    return v;
  };
  const pushNew = (v: PickleValue): void => push(built(v));
  /**
   * Values put into containers: a memo reference puts one without building anything, so their
   * number is bounded apart from `built`.
   */
  const maxSlots = limits.maxSlots ?? Math.max(MIN_SLOTS, Math.floor((end - start) / BYTES_PER_SLOT));
  let slotCount = 0;
  const slots = (n: number): void => {
    slotCount += n;
    if (slotCount > maxSlots) fail(`puts more than ${maxSlots} values into containers, one per ${BYTES_PER_SLOT} bytes of pickle (real checkpoints put one per 5 bytes or more): refused`);
  };
  /** Items about to fill a new container, counted. */
  const counted = (items: PickleValue[]): PickleValue[] => {
    slots(items.length);
    return items;
  };
  const pop = (): PickleValue => {
    if (stack.length === 0 || (marks.length > 0 && stack.length <= marks[marks.length - 1]!)) fail('stack underflow');
    return stack.pop()!;
  };
  const top = (): PickleValue => {
    if (stack.length === 0 || (marks.length > 0 && stack.length <= marks[marks.length - 1]!)) fail('stack underflow');
    return stack[stack.length - 1]!;
  };
  /** The items pushed since the last MARK, which is removed. */
  const popMark = (): PickleValue[] => {
    if (marks.length === 0) fail('no MARK on the stack');
    const at = marks.pop()!;
    return stack.splice(at);
  };
  const isIndex = (key: number): boolean => Number.isInteger(key) && key >= 0 && key < 2 ** 32 - 1;
  const memoPut = (key: number, v: PickleValue): void => {
    const isNew = isIndex(key) ? memo[key] === undefined : !farMemo.has(key);
    if (isNew && memoSize >= limits.maxMemo) fail(`memo larger than ${limits.maxMemo} entries`);
    if (isNew) memoSize++;
    if (isIndex(key)) memo[key] = v;
    else farMemo.set(key, v);
  };
  const memoGet = (key: number): PickleValue => {
    const v = isIndex(key) ? memo[key] : farMemo.get(key);
    if (v === undefined) fail(`memo key ${key} was never stored`);
    return v!;
  };
  const reduce = (func: PickleValue, args: PickleValue): PickleValue => {
    const described = hooks.reduce?.(func, args);
    if (described === undefined) return new PyObject(func, args);
    // A hook's container is new (OrderedDict(L) copies L's pairs, once per call however often L is referenced).
    if (described instanceof PyDict) slots(described.flat.length);
    else if (described instanceof PyTuple || described instanceof PyList) slots(described.items.length);
    return described;
  };
  const setItems = (target: PickleValue, kv: PickleValue[]): void => {
    if (kv.length % 2 !== 0) fail('SETITEMS with an odd number of items');
    const into = target instanceof PyDict ? target : target instanceof PyObject ? (target.items ??= built(new PyDict())) : fail(`SETITEMS on ${kindOf(target)}`);
    slots(kv.length);
    for (let i = 0; i < kv.length; i += 2) into.set(kv[i]!, kv[i + 1]!);
  };
  const appendItems = (target: PickleValue, items: PickleValue[]): void => {
    const into = target instanceof PyList ? target.items : target instanceof PyObject ? target.appended : fail(`APPENDS on ${kindOf(target)}`);
    slots(items.length);
    for (const v of items) into.push(v);
  };
  const global = (module: string, name: string): PyGlobal => {
    if (module.length === 0 || name.length === 0) fail('GLOBAL with an empty name');
    if (module.length > MAX_GLOBAL_NAME || name.length > MAX_GLOBAL_NAME) fail(`GLOBAL names a module or attribute of more than ${MAX_GLOBAL_NAME} characters`);
    return new PyGlobal(module, name);
  };
  const parseInt10 = (s: string, what: string): number | bigint => {
    const t = s.endsWith('L') ? s.slice(0, -1) : s;
    if (!/^[-+]?\d{1,400}$/.test(t)) fail(`${what}: not an integer`);
    const big = BigInt(t);
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  };
  const long = (raw: Uint8Array): number | bigint => {
    if (raw.length === 0) return 0;
    let v = 0n;
    for (let i = raw.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(raw[i]!);
    if (raw[raw.length - 1]! & 0x80) v -= 1n << BigInt(8 * raw.length);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  };

  for (;;) {
    if (++ops > limits.maxOps) fail(`more than ${limits.maxOps} opcodes`);
    const op = u8();
    switch (op) {
      case 0x80: { // PROTO
        const proto = u8();
        if (proto > 5) fail(`pickle protocol ${proto} is unknown`);
        break;
      }
      case 0x95: // FRAME: a length hint only
        len64();
        break;
      case 0x2e: { // STOP
        const v = pop();
        return { value: v, end: pos };
      }
      case 0x28: // MARK
        if (marks.length >= limits.maxMarks) fail(`more than ${limits.maxMarks} nested MARKs`);
        marks.push(stack.length);
        break;
      case 0x30: // POP
        if (marks.length > 0 && stack.length === marks[marks.length - 1]) popMark();
        else pop();
        break;
      case 0x31: // POP_MARK
        popMark();
        break;
      case 0x32: // DUP
        push(top());
        break;
      case 0x4e: push(null); break; // NONE
      case 0x88: push(true); break; // NEWTRUE
      case 0x89: push(false); break; // NEWFALSE
      case 0x4a: push(i32()); break; // BININT
      case 0x4b: push(u8()); break; // BININT1
      case 0x4d: push(u16()); break; // BININT2
      case 0x8a: { // LONG1
        const n = u8();
        push(long(take(n)));
        break;
      }
      case 0x8b: { // LONG4
        const n = u32();
        if (n > MAX_LONG_BYTES) fail(`LONG4 of ${n} bytes`);
        push(long(take(n)));
        break;
      }
      case 0x49: { // INT (text; "00"/"01" are False/True)
        const s = line();
        if (s === '00' || s === '01') push(s === '01');
        else push(parseInt10(s, 'INT'));
        break;
      }
      case 0x4c: push(parseInt10(line(), 'LONG')); break; // LONG (text)
      case 0x46: { // FLOAT (text)
        const v = Number(line());
        push(Number.isNaN(v) ? fail('FLOAT: not a number') : v);
        break;
      }
      case 0x47: { // BINFLOAT (big-endian)
        need(8);
        push(view.getFloat64(pos, false));
        pos += 8;
        break;
      }
      case 0x58: push(text(u32())); break; // BINUNICODE
      case 0x8c: push(text(u8())); break; // SHORT_BINUNICODE
      case 0x8d: push(text(len64())); break; // BINUNICODE8
      case 0x56: push(line()); break; // UNICODE (raw-unicode-escape; escapes kept as written)
      case 0x54: { // BINSTRING
        const n = i32();
        push(latin1.decode(take(n < 0 ? fail('negative BINSTRING length') : n)));
        break;
      }
      case 0x55: push(latin1.decode(take(u8()))); break; // SHORT_BINSTRING
      case 0x53: { // STRING (quoted repr)
        const s = line();
        const q = s[0];
        if (s.length < 2 || (q !== "'" && q !== '"') || s[s.length - 1] !== q) fail('STRING is not quoted');
        push(s.slice(1, -1));
        break;
      }
      case 0x42: pushNew(new PyBytes(take(u32()).length)); break; // BINBYTES
      case 0x43: pushNew(new PyBytes(take(u8()).length)); break; // SHORT_BINBYTES
      case 0x8e: pushNew(new PyBytes(take(len64()).length)); break; // BINBYTES8
      case 0x96: pushNew(new PyBytes(take(len64()).length)); break; // BYTEARRAY8
      case 0x97: fail('out-of-band buffers (NEXT_BUFFER) are not supported'); break;
      case 0x98: break; // READONLY_BUFFER: no-op on what we keep
      case 0x29: pushNew(new PyTuple([])); break; // EMPTY_TUPLE
      case 0x85: pushNew(new PyTuple(counted([pop()]))); break; // TUPLE1
      case 0x86: { // TUPLE2
        const b = pop();
        const a = pop();
        pushNew(new PyTuple(counted([a, b])));
        break;
      }
      case 0x87: { // TUPLE3
        const c = pop();
        const b = pop();
        const a = pop();
        pushNew(new PyTuple(counted([a, b, c])));
        break;
      }
      case 0x74: pushNew(new PyTuple(counted(popMark()))); break; // TUPLE
      case 0x5d: pushNew(new PyList()); break; // EMPTY_LIST
      case 0x6c: pushNew(new PyList(counted(popMark()))); break; // LIST
      case 0x61: { // APPEND
        const v = pop();
        appendItems(top(), [v]);
        break;
      }
      case 0x65: { // APPENDS
        const items = popMark();
        appendItems(top(), items);
        break;
      }
      case 0x7d: pushNew(new PyDict()); break; // EMPTY_DICT
      case 0x64: { // DICT
        const d = new PyDict();
        setItems(d, popMark());
        pushNew(d);
        break;
      }
      case 0x73: { // SETITEM
        const v = pop();
        const k = pop();
        setItems(top(), [k, v]);
        break;
      }
      case 0x75: { // SETITEMS
        const kv = popMark();
        setItems(top(), kv);
        break;
      }
      case 0x8f: pushNew(new PyList()); break; // EMPTY_SET (a set is kept as a list of its items)
      case 0x90: { // ADDITEMS
        const items = popMark();
        appendItems(top(), items);
        break;
      }
      case 0x91: pushNew(new PyList(counted(popMark()))); break; // FROZENSET
      case 0x63: { // GLOBAL
        const module = line();
        push(global(module, line()));
        break;
      }
      case 0x93: { // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') fail('STACK_GLOBAL of non-strings');
        push(global(module as string, name as string));
        break;
      }
      case 0x82: pushNew(new PyGlobal('copyreg', `extension ${u8()}`)); break; // EXT1
      case 0x83: pushNew(new PyGlobal('copyreg', `extension ${u16()}`)); break; // EXT2
      case 0x84: pushNew(new PyGlobal('copyreg', `extension ${i32()}`)); break; // EXT4
      case 0x52: { // REDUCE
        const args = pop();
        const func = pop();
        pushNew(reduce(func, args));
        break;
      }
      case 0x81: { // NEWOBJ: cls.__new__(cls, *args)
        const args = pop();
        const cls = pop();
        pushNew(reduce(cls, args));
        break;
      }
      case 0x92: { // NEWOBJ_EX
        pop(); // kwargs
        const args = pop();
        const cls = pop();
        pushNew(reduce(cls, args));
        break;
      }
      case 0x69: { // INST
        const module = line();
        const cls = global(module, line());
        pushNew(reduce(cls, new PyTuple(counted(popMark()))));
        break;
      }
      case 0x6f: { // OBJ
        const items = popMark();
        if (items.length === 0) fail('OBJ without a class');
        pushNew(reduce(items[0]!, new PyTuple(counted(items.slice(1)))));
        break;
      }
      case 0x62: { // BUILD
        const state = pop();
        const target = top();
        if (target instanceof PyObject) target.state = state;
        // BUILD on anything else (a described tensor's __setstate__) keeps the value as it is.
        break;
      }
      case 0x51: push(hooks.persistentLoad(pop())); break; // BINPERSID
      case 0x50: push(hooks.persistentLoad(line())); break; // PERSID
      case 0x71: memoPut(u8(), top()); break; // BINPUT
      case 0x72: memoPut(u32(), top()); break; // LONG_BINPUT
      case 0x94: memoPut(memoSize, top()); break; // MEMOIZE
      case 0x70: memoPut(Number(parseInt10(line(), 'PUT')), top()); break; // PUT
      case 0x68: push(memoGet(u8())); break; // BINGET
      case 0x6a: push(memoGet(u32())); break; // LONG_BINGET
      case 0x67: push(memoGet(Number(parseInt10(line(), 'GET')))); break; // GET
      default:
        fail(`unknown pickle opcode 0x${op.toString(16).padStart(2, '0')}`);
    }
  }
}

/** A short name of a value's kind, for messages. */
export function kindOf(v: PickleValue): string {
  if (v === null) return 'None';
  if (typeof v !== 'object') return typeof v;
  if (v instanceof PyObject) return `object ${v.className}`;
  if (v instanceof PyGlobal) return `global ${v.qualified}`;
  return v.constructor.name;
}
