/**
 * Pickles as opcode lists for the PyTorch fuzzer (scripts/fuzz-pytorch.ts): a pickle is split
 * into its opcodes and their arguments, mutated at that level (opcodes deleted, repeated, swapped
 * or inserted; lengths that lie; integers that become huge or negative sizes; memo indices past
 * anything stored; GLOBALs naming other callables; MARK/TUPLE nesting thousands deep) and written
 * back, so the mutation reaches the unpickler past its framing instead of stopping at byte 3.
 */
import { int, pick } from './fuzz-json.js';

/** What follows an opcode: a fixed number of bytes, a length-prefixed run, or text lines. */
type Arg = { fixed: number } | { lengthBytes: 1 | 4 | 8 } | { lines: 1 | 2 };

const ARGS: ReadonlyMap<number, Arg> = new Map<number, Arg>([
  [0x80, { fixed: 1 }], [0x4b, { fixed: 1 }], [0x68, { fixed: 1 }], [0x71, { fixed: 1 }], [0x82, { fixed: 1 }],
  [0x4d, { fixed: 2 }], [0x83, { fixed: 2 }],
  [0x4a, { fixed: 4 }], [0x6a, { fixed: 4 }], [0x72, { fixed: 4 }], [0x84, { fixed: 4 }],
  [0x95, { fixed: 8 }], [0x47, { fixed: 8 }],
  [0x8c, { lengthBytes: 1 }], [0x55, { lengthBytes: 1 }], [0x43, { lengthBytes: 1 }], [0x8a, { lengthBytes: 1 }],
  [0x58, { lengthBytes: 4 }], [0x42, { lengthBytes: 4 }], [0x54, { lengthBytes: 4 }], [0x8b, { lengthBytes: 4 }],
  [0x8d, { lengthBytes: 8 }], [0x8e, { lengthBytes: 8 }], [0x96, { lengthBytes: 8 }],
  [0x49, { lines: 1 }], [0x4c, { lines: 1 }], [0x46, { lines: 1 }], [0x56, { lines: 1 }], [0x53, { lines: 1 }],
  [0x50, { lines: 1 }], [0x70, { lines: 1 }], [0x67, { lines: 1 }],
  [0x63, { lines: 2 }], [0x69, { lines: 2 }],
]);

/** Opcodes without arguments that move the stack, memo and marks around. */
const STACK_OPS = [0x28, 0x74, 0x29, 0x85, 0x86, 0x87, 0x5d, 0x6c, 0x61, 0x65, 0x7d, 0x64, 0x73, 0x75, 0x52, 0x81, 0x62, 0x30, 0x31, 0x32, 0x4e, 0x88, 0x89, 0x94, 0x93, 0x51, 0x2e, 0x8f, 0x90, 0x91, 0x6f, 0x92];

export interface Op {
  code: number;
  /** The bytes after the opcode. */
  arg: Uint8Array;
}

/**
 * The opcodes of the pickle at `start`, up to and including STOP, and the offset after it; undefined
 * when the bytes there are no pickle we can split (then the caller mutates bytes instead).
 */
export function splitPickle(b: Uint8Array, start = 0): { ops: Op[]; end: number } | undefined {
  const ops: Op[] = [];
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = start;
  while (p < b.length) {
    const code = b[p]!;
    const a = ARGS.get(code);
    let end = p + 1;
    if (a === undefined) {
      if (!STACK_OPS.includes(code) && code !== 0x98) return undefined;
    } else if ('fixed' in a) {
      end += a.fixed;
    } else if ('lengthBytes' in a) {
      if (end + a.lengthBytes > b.length) return undefined;
      const n = a.lengthBytes === 1 ? b[end]! : a.lengthBytes === 4 ? v.getUint32(end, true) : Number(v.getBigUint64(end, true));
      end += a.lengthBytes + n;
    } else {
      for (let l = 0; l < a.lines; l++) {
        const nl = b.indexOf(0x0a, end);
        if (nl < 0) return undefined;
        end = nl + 1;
      }
    }
    if (end > b.length) return undefined;
    ops.push({ code, arg: b.slice(p + 1, end) });
    p = end;
    if (code === 0x2e) return { ops, end: p };
  }
  return undefined;
}

/** `items` inserted at `at` (a spread of 400,000 opcodes into splice overflows the call stack). */
function insertAt(ops: Op[], at: number, items: readonly Op[]): void {
  const tail = ops.splice(at);
  for (const o of items) ops.push(o);
  for (const o of tail) ops.push(o);
}

export function joinPickle(ops: readonly Op[]): Uint8Array {
  const out = new Uint8Array(ops.reduce((n, o) => n + 1 + o.arg.length, 0));
  let p = 0;
  for (const o of ops) {
    out[p++] = o.code;
    out.set(o.arg, p);
    p += o.arg.length;
  }
  return out;
}

const le = (n: number | bigint, bytes: number): Uint8Array => {
  const out = new Uint8Array(bytes);
  let x = BigInt.asUintN(bytes * 8, BigInt(n));
  for (let i = 0; i < bytes; i++, x >>= 8n) out[i] = Number(x & 0xffn);
  return out;
};
const text = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));

/** Sizes, offsets and indices that break readers that trust them. */
const HOSTILE_INTS: readonly bigint[] = [0n, 1n, -1n, 2n ** 31n - 1n, 2n ** 32n - 1n, 2n ** 53n, 2n ** 62n, -(2n ** 63n), 2n ** 63n - 1n, 100_000_000n, 65536n, 4096n];

/** GLOBALs a hostile or damaged pickle might name instead of the one written. */
const GLOBALS: readonly string[] = [
  'os\nsystem', 'builtins\neval', '__builtin__\ngetattr', 'torch._utils\n_rebuild_tensor_v2', 'torch._utils\n_rebuild_tensor_v3',
  'torch._utils\n_rebuild_parameter', 'torch._utils\n_rebuild_qtensor', 'torch._utils\n_rebuild_sparse_tensor', 'torch\nSize',
  'torch._utils\n_rebuild_from_type_v2', 'collections\nOrderedDict', 'collections\ndefaultdict', 'torch\nFloatStorage',
  'torch\nQUInt4x2Storage', 'torch\nUntypedStorage', 'torch\nbfloat16', 'torch\nquint2x4', 'torch\nper_channel_affine',
  '__main__\nNet', 'x\n', '\n', `${'m'.repeat(1100)}\nname`,
];

function intOp(n: bigint): Op {
  if (n >= 0n && n < 256n) return { code: 0x4b, arg: le(n, 1) };
  if (n >= -(2n ** 31n) && n < 2n ** 31n) return { code: 0x4a, arg: le(n, 4) };
  return { code: 0x8a, arg: Uint8Array.from([8, ...le(n, 8)]) };
}

/** One mutation of an opcode list, in place. */
export function mutateOps(ops: Op[], rnd: () => number): void {
  if (ops.length === 0) return;
  const i = int(rnd, ops.length);
  const op = ops[i]!;
  const a = ARGS.get(op.code);
  switch (int(rnd, 10)) {
    case 0: ops.splice(i, 1); return;
    case 1: ops.splice(i, 0, { code: op.code, arg: op.arg.slice() }); return;
    case 2: {
      const j = int(rnd, ops.length);
      [ops[i], ops[j]] = [ops[j]!, ops[i]!];
      return;
    }
    case 3: insertAt(ops, i, [{ code: pick(rnd, STACK_OPS), arg: new Uint8Array(0) }]); return;
    case 4: {
      // A length that lies about the bytes after it.
      if (!a || !('lengthBytes' in a)) break;
      const n = a.lengthBytes;
      const actual = op.arg.length - n;
      const lies = [0, actual + 1, Math.max(0, actual - 1), 2 ** (8 * Math.min(n, 4)) - 1, 2 ** 31, 100_000_000];
      op.arg.set(le(pick(rnd, lies), n).subarray(0, n), 0);
      return;
    }
    case 5: {
      // Integers (sizes, strides, offsets, storage numels, memo indices) replaced by hostile ones.
      const ints = ops.map((o, k) => ({ o, k })).filter(({ o }) => [0x4b, 0x4d, 0x4a, 0x8a, 0x68, 0x71, 0x6a, 0x72].includes(o.code));
      if (ints.length === 0) break;
      const { o, k } = pick(rnd, ints);
      const v = pick(rnd, HOSTILE_INTS);
      if ([0x68, 0x71].includes(o.code)) ops[k] = { code: o.code + 2, arg: le(v, 4) }; // BINGET/BINPUT -> LONG_ forms
      else if ([0x6a, 0x72].includes(o.code)) o.arg = le(v, 4);
      else ops[k] = intOp(v);
      return;
    }
    case 6: {
      const globals = ops.map((o, k) => ({ o, k })).filter(({ o }) => o.code === 0x63);
      if (globals.length === 0) break;
      pick(rnd, globals).o.arg = text(`${pick(rnd, GLOBALS)}\n`);
      return;
    }
    case 7: {
      // MARK ... TUPLE (or EMPTY_LIST/APPEND) nesting thousands deep around one value.
      const depth = pick(rnd, [100, 1000, 10_000, 100_001, 200_000]);
      const open = Array.from({ length: depth }, () => ({ code: 0x28, arg: new Uint8Array(0) }));
      const close = Array.from({ length: depth }, () => ({ code: rnd() < 0.5 ? 0x74 : 0x6c, arg: new Uint8Array(0) }));
      insertAt(ops, i, [...open, { code: 0x4e, arg: new Uint8Array(0) }, ...close, ...(rnd() < 0.5 ? [{ code: 0x30, arg: new Uint8Array(0) }] : [])]);
      return;
    }
    case 8: {
      // A string (a key, a storage key, a location) replaced.
      const strs = ops.filter((o) => o.code === 0x58 || o.code === 0x8c);
      if (strs.length === 0) break;
      const s = pick(rnd, strs);
      const value = pick(rnd, ['', '../x', 'a\u0000b', 'x'.repeat(5000), '\u202e\u001b[2J', 'storage', '0', 'data.pkl', '\ud800']);
      const bytes = Buffer.from(value, 'utf8');
      s.arg = Uint8Array.from([...le(bytes.length, 4), ...bytes]);
      ops[ops.indexOf(s)] = { code: 0x58, arg: s.arg };
      return;
    }
    default: {
      // MEMOIZE/BINPUT/BINGET at huge indices, or a memoized value fetched many times.
      const times = 1 + int(rnd, 2000);
      const get = { code: 0x6a, arg: le(pick(rnd, [0n, 1n, 2n ** 32n - 1n, 5_000_000n]), 4) };
      insertAt(ops, i, Array.from({ length: times }, () => ({ code: get.code, arg: get.arg })));
      return;
    }
  }
  // The chosen mutation did not apply: flip one argument byte instead.
  if (op.arg.length > 0) op.arg[int(rnd, op.arg.length)] ^= 1 << int(rnd, 8);
  else op.code = pick(rnd, STACK_OPS);
}

/** A mutated pickle (1 to 3 opcode-level mutations), or undefined when `bytes` is no pickle we can split. */
export function mutatePickle(bytes: Uint8Array, rnd: () => number): Uint8Array | undefined {
  const split = splitPickle(bytes);
  if (!split) return undefined;
  const times = 1 + int(rnd, 3);
  for (let k = 0; k < times; k++) mutateOps(split.ops, rnd);
  const out = joinPickle(split.ops);
  const rest = bytes.subarray(split.end);
  const all = new Uint8Array(out.length + rest.length);
  all.set(out);
  all.set(rest, out.length);
  return all;
}
