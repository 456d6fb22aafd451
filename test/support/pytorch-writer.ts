/**
 * Writes PyTorch-shaped bytes for tests and the benchmark: pickles opcode by opcode (including
 * broken and hostile ones), torch.save-style state-dict pickles, and zip archives (stored or
 * deflated entries, zip64 records, declared sizes that differ from the data, sparse storages
 * written straight to a file). Layouts follow the zip APPNOTE and torch.save, CRCs included (our
 * reader never checks them; the fuzzer's rebuilt archives should look intact to any reader).
 */
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export class PickleWriter {
  private readonly out: number[] = [];
  private memo = 0;
  op(...bytes: number[]): this {
    this.out.push(...bytes);
    return this;
  }
  proto(v = 2): this {
    return this.op(0x80, v);
  }
  mark(): this {
    return this.op(0x28);
  }
  stop(): this {
    return this.op(0x2e);
  }
  global(module: string, name: string): this {
    return this.op(0x63, ...Buffer.from(`${module}\n${name}\n`, 'latin1'));
  }
  str(s: string): this {
    const b = Buffer.from(s, 'utf8');
    this.op(0x58, ...u32(b.length));
    // In pieces: one spread of a 100 KB string overflows the call stack.
    for (let i = 0; i < b.length; i += 4096) this.op(...b.subarray(i, i + 4096));
    return this;
  }
  int(n: number): this {
    if (n >= 0 && n < 256) return this.op(0x4b, n);
    if (n >= 0 && n < 65536) return this.op(0x4d, n & 0xff, n >> 8);
    if (n >= -(2 ** 31) && n < 2 ** 31) return this.op(0x4a, ...u32(n >>> 0));
    const big = BigInt(n);
    const bytes: number[] = [];
    for (let i = 0; i < 8; i++) bytes.push(Number((big >> BigInt(8 * i)) & 0xffn));
    return this.op(0x8a, 8, ...bytes);
  }
  float(x: number): this {
    const b = Buffer.alloc(8);
    b.writeDoubleBE(x);
    return this.op(0x47, ...b);
  }
  none(): this {
    return this.op(0x4e);
  }
  bool(v: boolean): this {
    return this.op(v ? 0x88 : 0x89);
  }
  emptyTuple(): this {
    return this.op(0x29);
  }
  tuple(): this {
    return this.op(0x74);
  }
  emptyDict(): this {
    return this.op(0x7d);
  }
  emptyList(): this {
    return this.op(0x5d);
  }
  setitems(): this {
    return this.op(0x75);
  }
  appends(): this {
    return this.op(0x65);
  }
  reduce(): this {
    return this.op(0x52);
  }
  build(): this {
    return this.op(0x62);
  }
  newobj(): this {
    return this.op(0x81);
  }
  binpersid(): this {
    return this.op(0x51);
  }
  put(): this {
    return this.op(0x71, this.memo++ & 0xff);
  }
  get(i: number): this {
    return this.op(0x68, i);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
function u64(n: number): number[] {
  return [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];
}

export interface FakeTensor {
  readonly name: string;
  /** `FloatStorage`, `HalfStorage`, ... */
  readonly storageType: string;
  readonly key: string;
  /** Elements of the storage, as the persistent id states them. */
  readonly numel: number;
  readonly dims: readonly number[];
  readonly strides?: readonly number[];
  readonly offset?: number;
  readonly parameter?: boolean;
}

function contiguous(dims: readonly number[]): number[] {
  const s: number[] = [];
  let acc = 1;
  for (let i = dims.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= dims[i]!;
  }
  return s;
}

/** `_rebuild_tensor_v2(persistent storage, offset, size, stride, requires_grad, OrderedDict())`. */
export function writeTensor(p: PickleWriter, t: FakeTensor): PickleWriter {
  if (t.parameter) p.global('torch._utils', '_rebuild_parameter').mark();
  p.global('torch._utils', '_rebuild_tensor_v2').mark();
  p.mark().str('storage').global('torch', t.storageType).str(t.key).str('cpu').int(t.numel).tuple().binpersid();
  p.int(t.offset ?? 0);
  p.mark();
  for (const d of t.dims) p.int(d);
  p.tuple().mark();
  for (const s of t.strides ?? contiguous(t.dims)) p.int(s);
  p.tuple().bool(false).global('collections', 'OrderedDict').emptyTuple().reduce().tuple().reduce();
  if (t.parameter) p.bool(true).global('collections', 'OrderedDict').emptyTuple().reduce().tuple().reduce();
  return p;
}

/** A torch.save(state_dict) data.pkl: an OrderedDict of name -> tensor. */
export function stateDictPickle(tensors: readonly FakeTensor[]): Uint8Array {
  const p = new PickleWriter().proto().global('collections', 'OrderedDict').emptyTuple().reduce().mark();
  for (const t of tensors) writeTensor(p.str(t.name), t);
  return p.setitems().stop().bytes();
}

const ELEMENT_BYTES: Record<string, number> = { FloatStorage: 4, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, CharStorage: 1, ByteStorage: 1, DoubleStorage: 8 };

export function storageBytes(t: FakeTensor): number {
  return t.numel * ELEMENT_BYTES[t.storageType]!;
}

export interface ZipItem {
  readonly name: string;
  /** Contents; without it the entry is `size` bytes that are never written (sparse, zeros). */
  readonly data?: Uint8Array;
  readonly size?: number;
  readonly deflate?: boolean;
  /** Lies: sizes or offset written into the central directory instead of the true ones. */
  readonly claimSize?: number;
  readonly claimCompressedSize?: number;
  readonly claimOffset?: number;
}

export interface ZipOptions {
  /** Write zip64 extra fields for every entry and the zip64 end records. */
  readonly zip64?: boolean;
  /** Entry count to state in the end record instead of the true one. */
  readonly claimEntries?: number;
}

interface Chunk {
  readonly at: number;
  readonly bytes: Uint8Array;
}

/** Where every byte of a zip goes; `total` is the file size (gaps are storages never written). */
function layout(items: readonly ZipItem[], opts: ZipOptions): { chunks: Chunk[]; total: number } {
  const chunks: Chunk[] = [];
  const central: number[] = [];
  let at = 0;
  const z64 = opts.zip64 === true;
  for (const item of items) {
    const name = Buffer.from(item.name, 'utf8');
    const stored = item.data ?? new Uint8Array(0);
    const payload = item.deflate ? deflateRawSync(stored) : stored;
    const size = item.data ? item.data.length : item.size ?? 0;
    const compressed = item.data ? payload.length : size;
    const method = item.deflate ? 8 : 0;
    const crc = crc32(stored);
    const localExtra = z64 ? [...u16(1), ...u16(16), ...u64(size), ...u64(compressed)] : [];
    const local = [
      ...u32(0x04034b50), ...u16(z64 ? 45 : 20), ...u16(0x800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc),
      ...u32(z64 ? 0xffffffff : compressed), ...u32(z64 ? 0xffffffff : size), ...u16(name.length), ...u16(localExtra.length),
      ...name, ...localExtra,
    ];
    chunks.push({ at, bytes: Uint8Array.from(local) });
    if (item.data) chunks.push({ at: at + local.length, bytes: payload });
    const cSize = item.claimSize ?? size;
    const cComp = item.claimCompressedSize ?? compressed;
    const cOff = item.claimOffset ?? at;
    const extra = z64 ? [...u16(1), ...u16(24), ...u64(cSize), ...u64(cComp), ...u64(cOff)] : [];
    central.push(
      ...u32(0x02014b50), ...u16(0x031e), ...u16(z64 ? 45 : 20), ...u16(0x800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc),
      ...u32(z64 ? 0xffffffff : cComp), ...u32(z64 ? 0xffffffff : cSize), ...u16(name.length), ...u16(extra.length), ...u16(0),
      ...u16(0), ...u16(0), ...u32(0), ...u32(z64 ? 0xffffffff : cOff), ...name, ...extra,
    );
    at += local.length + compressed;
  }
  const cdOffset = at;
  chunks.push({ at, bytes: Uint8Array.from(central) });
  at += central.length;
  const entries = opts.claimEntries ?? items.length;
  const tail: number[] = [];
  if (z64) {
    const recordAt = at;
    tail.push(...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(entries), ...u64(entries), ...u64(central.length), ...u64(cdOffset));
    tail.push(...u32(0x07064b50), ...u32(0), ...u64(recordAt), ...u32(1));
  }
  tail.push(
    ...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(z64 ? 0xffff : entries), ...u16(z64 ? 0xffff : entries),
    ...u32(z64 ? 0xffffffff : central.length), ...u32(z64 ? 0xffffffff : cdOffset), ...u16(0),
  );
  chunks.push({ at, bytes: Uint8Array.from(tail) });
  return { chunks, total: at + tail.length };
}

export function zipBytes(items: readonly ZipItem[], opts: ZipOptions = {}): Uint8Array {
  const { chunks, total } = layout(items, opts);
  const out = new Uint8Array(total);
  for (const c of chunks) out.set(c.bytes, c.at);
  return out;
}

/** The same zip written to a file, storages left as holes (a sparse file on most file systems). */
export function writeZipFile(path: string, items: readonly ZipItem[], opts: ZipOptions = {}): number {
  const { chunks, total } = layout(items, opts);
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, total);
    for (const c of chunks) writeSync(fd, c.bytes, 0, c.bytes.length, c.at);
  } finally {
    closeSync(fd);
  }
  return total;
}

/** A torch.save zip of fake tensors: `archive/data.pkl`, each storage as `archive/data/<key>`. */
export function stateDictZipItems(tensors: readonly FakeTensor[], opts: { folder?: string; sparse?: boolean } = {}): ZipItem[] {
  const folder = opts.folder ?? 'archive';
  const items: ZipItem[] = [{ name: `${folder}/data.pkl`, data: stateDictPickle(tensors) }];
  const seen = new Set<string>();
  for (const t of tensors) {
    if (seen.has(t.key)) continue;
    seen.add(t.key);
    const size = storageBytes(t);
    items.push(opts.sparse ? { name: `${folder}/data/${t.key}`, size } : { name: `${folder}/data/${t.key}`, data: new Uint8Array(size) });
  }
  items.push({ name: `${folder}/version`, data: Buffer.from('3\n') });
  return items;
}

/**
 * The files of a Hugging Face Trainer checkpoint folder besides the model, as torch.save writes
 * them (their pickles, and the tensors whose storages the zip must hold).
 */
export const TRAINER_RNG_TENSORS: readonly FakeTensor[] = [
  // torch's CPU generator state is a uint8 tensor of 5,056 elements, each CUDA device's 16.
  { name: 'cpu', storageType: 'ByteStorage', key: '0', numel: 5056, dims: [5056] },
  { name: 'cuda.0', storageType: 'ByteStorage', key: '1', numel: 16, dims: [16] },
];

/**
 * `rng_state.pth`: Trainer._save_rng_state's {'python': random.getstate(), 'numpy':
 * np.random.get_state(), 'cpu': torch.random.get_rng_state(), 'cuda':
 * torch.cuda.random.get_rng_state_all()}.
 */
export function trainerRngStatePickle(): Uint8Array {
  const [cpu, cuda] = TRAINER_RNG_TENSORS;
  const p = new PickleWriter().proto().emptyDict().mark();
  p.str('python').mark().int(3).mark().int(2147483647).int(624).tuple().none().tuple();
  p.str('numpy').mark().str('MT19937');
  p.global('numpy.core.multiarray', '_reconstruct').mark().global('numpy', 'ndarray').mark().int(0).tuple().str('b').tuple().reduce();
  p.int(624).int(0).float(0).tuple();
  writeTensor(p.str('cpu'), cpu!);
  p.str('cuda').emptyList().mark();
  writeTensor(p, cuda!);
  return p.appends().setitems().stop().bytes();
}

/** `scheduler.pt`: a LambdaLR's state_dict(), plain Python values. */
export function trainerSchedulerPickle(): Uint8Array {
  return new PickleWriter().proto().emptyDict().mark().str('base_lrs').emptyList().mark().float(0.001).appends()
    .str('last_epoch').int(1).str('_step_count').int(2).str('lr_lambdas').emptyList().mark().none().appends().setitems().stop().bytes();
}

/** `scaler.pt`: a GradScaler's state_dict(), plain Python values. */
export function trainerScalerPickle(): Uint8Array {
  return new PickleWriter().proto().emptyDict().mark().str('scale').float(65536).str('growth_factor').float(2).str('backoff_factor').float(0.5)
    .str('growth_interval').int(2000).str('_growth_tracker').int(0).setitems().stop().bytes();
}

/**
 * `training_args.bin`: a pickled TrainingArguments dataclass (a class torch does not know) with
 * evaluation_strategy = IntervalStrategy.STEPS, an Enum member, which Python 3.11+ pickles as
 * getattr(IntervalStrategy, 'STEPS').
 */
export function trainerArgsPickle(): Uint8Array {
  const p = new PickleWriter().proto().global('transformers.training_args', 'TrainingArguments').emptyTuple().newobj().emptyDict().mark();
  p.str('output_dir').str('out').str('learning_rate').float(5e-5);
  p.str('evaluation_strategy').global('__builtin__', 'getattr').global('transformers.trainer_utils', 'IntervalStrategy').str('STEPS').op(0x86).reduce();
  return p.str('report_to').emptyList().mark().str('tensorboard').appends().setitems().build().stop().bytes();
}
