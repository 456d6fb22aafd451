import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ModelFileError } from '../../src/graph/errors.js';
import { PickleError, PyDict, PyList, PyObject, unpickle, DEFAULT_LIMITS } from '../../src/formats/pytorch/pickle.js';
import { readPytorchBytes } from '../../src/formats/pytorch/reader.js';
import { profileWeights } from '../../src/profile/weights.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { walkPickle } from '../../src/formats/pytorch/walk.js';
import { torchHooks } from '../../src/formats/pytorch/torch-pickle.js';
import { PickleWriter, stateDictPickle, stateDictZipItems, writeTensor, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor, ZipItem } from '../support/pytorch-writer.js';
import { runCli } from '../support/run-cli.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'pytorch');

const W: FakeTensor = { name: 'fc.weight', storageType: 'FloatStorage', key: '0', numel: 12, dims: [3, 4] };
const B: FakeTensor = { name: 'fc.bias', storageType: 'FloatStorage', key: '1', numel: 3, dims: [3] };

/** Reads bytes, expecting a one-line ModelFileError whose message matches. */
function rejects(bytes: Uint8Array, pattern: RegExp): void {
  assert.throws(
    () => readPytorchBytes(bytes, 'model.pt'),
    (e: unknown) => {
      assert.ok(e instanceof ModelFileError, `not a ModelFileError: ${String(e)}`);
      assert.match(e.message, pattern);
      assert.ok(e.message.startsWith('model.pt: '), e.message);
      assert.ok(!e.message.includes('\n'), 'one line');
      return true;
    },
  );
}

function withPickle(pickle: Uint8Array, storages: ZipItem[] = []): Uint8Array {
  return zipBytes([{ name: 'archive/data.pkl', data: pickle }, ...storages]);
}

function params(weights: WeightsFile): { total: number; bytes: number } {
  const p = profileWeights(weights, { path: 'm.pt', format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 0, sideFileBytes: 0 }).params;
  return { total: p.total, bytes: p.bytes };
}

const ctx = () => ({ foreignGlobals: new Set<string>(), storages: new Map(), codeCalls: { count: 0, names: [] as string[] } });

/**
 * PROTO 2; the string 'a' kept as memo 0 (SHORT_BINUNICODE, BINPUT 0, POP: 6 bytes); the
 * container; `batches` of MARK, `per` x `item`, `close`; STOP: 10 + batches x (2 + per x item
 * length) bytes.
 */
function memoRefBatches(container: number, item: readonly number[], close: number, batches: number, per: number): Uint8Array {
  const b = new Uint8Array(10 + batches * (2 + per * item.length));
  b.set([0x80, 2, 0x8c, 1, 0x61, 0x71, 0, 0x30, container]);
  let p = 9;
  for (let i = 0; i < batches; i++) {
    b[p++] = 0x28;
    for (let j = 0; j < per; j++, p += item.length) b.set(item, p);
    b[p++] = close;
  }
  b[p] = 0x2e;
  return b;
}
/** A list of memo references to 'a' (APPENDS of BINGET 0): 2 bytes a value. */
const refList = (batches: number, per: number): Uint8Array => memoRefBatches(0x5d, [0x68, 0], 0x65, batches, per);
/** A dict {'a': 'a'} set `batches` x `per` times (SETITEMS of BINGET 0 twice): 4 bytes an item of 2 values. */
const refDict = (batches: number, per: number): Uint8Array => memoRefBatches(0x7d, [0x68, 0, 0x68, 0], 0x75, batches, per);

/**
 * {word: id} as Python's pickle (protocol 4) writes it: EMPTY_DICT, MEMOIZE; batches of 1,000
 * items (MARK, then SHORT_BINUNICODE word, MEMOIZE, BININT2 or BININT id each, SETITEMS); STOP.
 * The words are the ids in base 36.
 */
function vocabulary(n: number): Uint8Array {
  const b = new Uint8Array(5 + n * 12 + Math.ceil(n / 1000) * 2);
  b.set([0x80, 4, 0x7d, 0x94]);
  let p = 4;
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) b[p++] = 0x28;
    const word = i.toString(36);
    b[p++] = 0x8c;
    b[p++] = word.length;
    for (let k = 0; k < word.length; k++) b[p++] = word.charCodeAt(k);
    b[p++] = 0x94;
    if (i < 65536) b.set([0x4d, i & 0xff, i >> 8], p), (p += 3);
    else b.set([0x4a, i & 0xff, (i >> 8) & 0xff, (i >> 16) & 0xff, i >>> 24], p), (p += 5);
    if (i % 1000 === 999 || i === n - 1) b[p++] = 0x75;
  }
  b[p++] = 0x2e;
  return b.subarray(0, p);
}

describe('PyTorch reader: hand-built archives', () => {
  test('a state_dict zip written by our writer: 12 + 3 = 15 params, 60 bytes', () => {
    const { weights } = readPytorchBytes(zipBytes(stateDictZipItems([W, B])), 'm.pt');
    assert.deepEqual(params(weights), { total: 15, bytes: 60 });
  });

  test('any top folder name, Windows backslash paths and zip64 records are read alike', () => {
    const items = stateDictZipItems([W, B], { folder: 'my_model' }).map((i) => ({ ...i, name: i.name.replaceAll('/', '\\') }));
    for (const bytes of [zipBytes(items), zipBytes(items, { zip64: true })]) {
      assert.equal(params(readPytorchBytes(bytes, 'm.pt').weights).total, 15);
    }
  });

  test('views of one storage count the storage once: two halves of a 12-element storage are 12 params', () => {
    const top: FakeTensor = { name: 'qkv.q', storageType: 'FloatStorage', key: '0', numel: 12, dims: [6] };
    const bottom: FakeTensor = { ...top, name: 'qkv.k', offset: 6 };
    assert.deepEqual(params(readPytorchBytes(zipBytes(stateDictZipItems([top, bottom])), 'm.pt').weights), { total: 12, bytes: 48 });
  });

  test('a storage whose zip entry is smaller than the pickle claims is bad input', () => {
    const items = stateDictZipItems([W]).map((i) => (i.name === 'archive/data/0' ? { name: i.name, data: new Uint8Array(40) } : i));
    rejects(zipBytes(items), /storage "0" should hold 12 float32 elements \(48 bytes\) but its zip entry has 40 bytes/);
  });

  test('a storage missing from the zip is bad input', () => {
    rejects(withPickle(stateDictPickle([W])), /names storage "0" but the archive has no "archive\/data\/0"/);
  });

  test('a view that runs past its storage is bad input', () => {
    const big: FakeTensor = { ...W, dims: [4, 4] };
    rejects(zipBytes(stateDictZipItems([big]).map((i) => (i.name.endsWith('/0') ? { name: i.name, data: new Uint8Array(48) } : i))), /runs past its storage of 12 elements/);
  });

  test('quint4x2 and quint2x4 views count values, two or four to a byte of storage: a 4x8 quint4x2 in 16 bytes is 32 params', () => {
    // torch.quantize_per_tensor(torch.randn(4, 8), 0.1, 0, torch.quint4x2): numel 32, stride (8, 1),
    // a QUInt4x2Storage of 16 one-byte elements (two 4-bit values each), as torch 1.13 writes it.
    const qtensor = (storageType: string, bytes: number, dims: number[]): Uint8Array => {
      const p = new PickleWriter().proto().emptyDict().str('q.weight').global('torch._utils', '_rebuild_qtensor').mark();
      p.mark().str('storage').global('torch', storageType).str('0').str('cpu').int(bytes).tuple().binpersid().int(0);
      p.mark().int(dims[0]!).int(dims[1]!).tuple().mark().int(dims[1]!).int(1).tuple();
      p.mark().global('torch', 'per_tensor_affine').float(0.1).int(0).tuple();
      p.bool(false).global('collections', 'OrderedDict').emptyTuple().reduce().tuple().reduce().op(0x73).stop();
      return withPickle(p.bytes(), [{ name: 'archive/data/0', data: new Uint8Array(bytes) }]);
    };
    const four = readPytorchBytes(qtensor('QUInt4x2Storage', 16, [4, 8]), 'm.pt').weights.tensors[0]!;
    assert.deepEqual([four.dtype, four.elements, four.bytes, four.role], ['quint4x2', 32, 16, 'param']);
    // quint2x4: 4 * 8 = 32 values in 32 / 4 = 8 bytes.
    const two = readPytorchBytes(qtensor('QUInt2x4Storage', 8, [4, 8]), 'm.pt').weights.tensors[0]!;
    assert.deepEqual([two.dtype, two.elements, two.bytes], ['quint2x4', 32, 8]);
    // One value more than 16 bytes hold (4 x 9 = 36 > 32) still runs past the storage.
    rejects(qtensor('QUInt4x2Storage', 16, [4, 9]), /runs past its storage of 32 elements/);
  });

  test('a packed quint4x2 view sharing an untyped storage with a uint8 slice counts the whole storage, never the slice', () => {
    // _rebuild_tensor_v3 names each view's dtype over one UntypedStorage of 100 bytes: `a` reaches
    // bytes 0..9, `q` 200 4-bit values, all 100 bytes. The storage counts 100 bytes (torch.save
    // refuses to write two dtypes over one storage, so only a forged file has this).
    const v3 = (p: PickleWriter, name: string, dims: number, dtype: string): void => {
      p.str(name).global('torch._utils', '_rebuild_tensor_v3').mark();
      p.mark().str('storage').global('torch', 'UntypedStorage').str('0').str('cpu').int(100).tuple().binpersid().int(0);
      p.mark().int(dims).tuple().mark().int(1).tuple();
      p.bool(false).global('collections', 'OrderedDict').emptyTuple().reduce().global('torch', dtype).tuple().reduce();
    };
    for (const order of [['a', 'q'], ['q', 'a']]) {
      const p = new PickleWriter().proto().emptyDict().mark();
      for (const name of order) v3(p, name, name === 'a' ? 10 : 200, name === 'a' ? 'uint8' : 'quint4x2');
      p.setitems().stop();
      const tensors = readPytorchBytes(withPickle(p.bytes(), [{ name: 'archive/data/0', data: new Uint8Array(100) }]), 'm.pt').weights.tensors;
      const byName = new Map(tensors.map((t) => [t.name, t]));
      assert.deepEqual([byName.get('a')!.bytes, byName.get('q')!.bytes], [100, 100], order.join(','));
      assert.deepEqual([byName.get('q')!.dtype, byName.get('q')!.elements], ['quint4x2', 200]);
    }
  });

  test('truncated archives, non-zips and zips without data.pkl are one-line errors', () => {
    const good = zipBytes(stateDictZipItems([W, B]));
    rejects(good.subarray(0, good.length - 30), /end-of-directory|outside/);
    rejects(good.subarray(0, 100), /end-of-directory|outside/);
    rejects(Buffer.from('hello, this is not a model at all'), /not a PyTorch file/);
    rejects(zipBytes([{ name: 'weights/other.bin', data: new Uint8Array(8) }]), /without data\.pkl/);
  });

  test('zip64 lies and entries outside the file are one-line errors', () => {
    const items = stateDictZipItems([W]);
    rejects(zipBytes(items.map((i) => (i.name.endsWith('/0') ? { ...i, claimOffset: 2 ** 40 } : i)), { zip64: true }), /lies outside/);
    rejects(zipBytes(items.map((i) => (i.name.endsWith('/0') ? { ...i, claimCompressedSize: 2 ** 33, claimSize: 2 ** 33 } : i)), { zip64: true }), /lies outside/);
    rejects(zipBytes(items, { zip64: true, claimEntries: 2 ** 40 }), /declares \d+ entries/);
    rejects(zipBytes(items, { claimEntries: 60_000 }), /declares 60000 entries but its central directory has only/);
    // The zip64 locator points past the file.
    const z = zipBytes(items, { zip64: true });
    const lie = Uint8Array.from(z);
    const locator = lie.length - 22 - 20;
    new DataView(lie.buffer).setUint32(locator + 8, 0xfffffff0, true);
    rejects(lie, /zip64 end-of-directory record at \d+ lies outside the file/);
  });

  test('a zip bomb (a deflated data.pkl claiming 1 GB) is refused before inflating', () => {
    const items: ZipItem[] = [{ name: 'archive/data.pkl', data: new Uint8Array(1000), deflate: true, claimSize: 2 ** 30 }];
    rejects(zipBytes(items), /zip bomb or a lie/);
    // Within the ratio but larger than it inflates to: a lie, still refused.
    rejects(zipBytes([{ name: 'archive/data.pkl', data: stateDictPickle([W]), deflate: true, claimSize: 2000 }]), /inflates to|does not inflate/);
  });

  test('a deflated pickle inflating more than 100 times is refused before it is run (a 65 KB file of NONE, APPEND peaked at 766 MB)', () => {
    // 2,000,000 x (NONE, APPEND) into one list: 4,000,004 bytes that deflate to about 4 KB.
    const bomb = new Uint8Array(4_000_004);
    bomb.set([0x80, 0x02, 0x5d], 0);
    for (let i = 3; i < 4_000_003; i += 2) bomb.set([0x4e, 0x61], i);
    bomb[4_000_003] = 0x2e;
    rejects(zipBytes([{ name: 'archive/data.pkl', data: bomb, deflate: true }]),
      /^model\.pt: zip entry "archive\/data\.pkl" inflates \d{4} bytes to 4000004, more than 100 times \(torch\.save stores its pickles uncompressed, and a state dict deflates about 30:1\)$/);
    // A state dict of 10,000 tensors, 1.77 MB of pickle, deflates 29:1 and is read.
    const tensors: FakeTensor[] = Array.from({ length: 10_000 }, (_, i) => ({ name: `model.layers.${i}.self_attn.q_proj.weight`, storageType: 'HalfStorage', key: String(i), numel: 4, dims: [2, 2] }));
    const items = stateDictZipItems(tensors).map((it) => (it.name.endsWith('data.pkl') ? { ...it, deflate: true } : it));
    assert.deepEqual(params(readPytorchBytes(zipBytes(items), 'm.pt').weights), { total: 40_000, bytes: 80_000 });
  });

  test('thousands of entries are read (bounded by the directory size)', () => {
    const tensors: FakeTensor[] = Array.from({ length: 3000 }, (_, i) => ({ name: `layers.${i}.weight`, storageType: 'HalfStorage', key: String(i), numel: 4, dims: [2, 2] }));
    // 3000 tensors of 2*2 = 4 float16 elements: 12,000 params, 24,000 bytes
    assert.deepEqual(params(readPytorchBytes(zipBytes(stateDictZipItems(tensors)), 'm.pt').weights), { total: 12_000, bytes: 24_000 });
  });
});

describe('PyTorch reader: the pickle is data, never code', () => {
  test('a pickle that calls os.system is rejected, and nothing runs', () => {
    const p = new PickleWriter().proto().global('os', 'system').mark().str('touch /tmp/pwned-by-model-budget').tuple().reduce().stop();
    rejects(withPickle(p.bytes()), /the pickle calls os\.system: rejected/);
    // To the unpickler itself it is only an unknown object.
    const v = unpickle(p.bytes(), 0, torchHooks(ctx())).value;
    assert.ok(v instanceof PyObject);
    assert.equal(v.className, 'os.system');
  });

  test('builtins.eval through STACK_GLOBAL is rejected as well', () => {
    const p = new PickleWriter().proto(4).str('builtins').str('eval').op(0x93).mark().str('1+1').tuple().reduce().stop();
    rejects(withPickle(p.bytes()), /calls builtins\.eval/);
  });

  test('a whole module of an unknown class (__main__.Net) is read: its class is only a name', () => {
    const p = new PickleWriter().proto().global('__main__', 'Net').emptyTuple().newobj().emptyDict().mark();
    p.str('_parameters').global('collections', 'OrderedDict').emptyTuple().reduce().mark();
    writeTensor(p.str('weight'), { ...W, parameter: true });
    p.setitems().str('_buffers').global('collections', 'OrderedDict').emptyTuple().reduce().mark();
    writeTensor(p.str('steps'), B);
    p.setitems().str('_modules').global('collections', 'OrderedDict').emptyTuple().reduce().setitems().build().stop();
    const { weights } = readPytorchBytes(withPickle(p.bytes(), stateDictZipItems([W, B]).slice(1, 3)), 'm.pt');
    const roles = Object.fromEntries(weights.tensors.map((t) => [t.name, t.role]));
    // `steps` is float32 but sits in _buffers: a buffer, whatever its dtype suggests.
    assert.deepEqual(roles, { weight: 'param', steps: 'buffer' });
  });

  test('unknown opcodes, huge declared lengths and truncation are one-line errors', () => {
    rejects(withPickle(Uint8Array.from([0x80, 0x02, 0xff])), /unknown pickle opcode 0xff/);
    rejects(withPickle(Uint8Array.from([0x80, 0x02, 0x58, 0xf0, 0xff, 0xff, 0xff, 0x41, 0x2e])), /truncated: needs 4294967280 more bytes, 2 left/);
    rejects(withPickle(Uint8Array.from([0x80, 0x04, 0x8d, 0, 0, 0, 0, 0, 0, 0, 0x7f])), /declared length .* is absurd/);
    rejects(withPickle(stateDictPickle([W]).subarray(0, 60)), /data\.pkl: truncated/);
    rejects(withPickle(Uint8Array.from([0x80, 0x02, 0x2e])), /stack underflow/);
    rejects(withPickle(Uint8Array.from([0x80, 0x02, 0x68, 0x07, 0x2e])), /memo key 7 was never stored/);
  });

  test('limits: opcodes, memo, stack and marks are bounded', () => {
    const hooks = torchHooks(ctx());
    const many = new PickleWriter().proto().emptyList();
    for (let i = 0; i < 100; i++) many.int(i);
    const bytes = many.stop().bytes();
    assert.throws(() => unpickle(bytes, 0, hooks, true, { ...DEFAULT_LIMITS, maxOps: 50 }), (e: unknown) => e instanceof PickleError && /more than 50 opcodes/.test(e.message));
    assert.throws(() => unpickle(bytes, 0, hooks, true, { ...DEFAULT_LIMITS, maxStack: 10 }), /stack deeper than 10/);
    const marks = new PickleWriter().proto();
    for (let i = 0; i < 20; i++) marks.mark();
    assert.throws(() => unpickle(marks.stop().bytes(), 0, hooks, true, { ...DEFAULT_LIMITS, maxMarks: 10 }), /more than 10 nested MARKs/);
    const memo = new PickleWriter().proto().emptyList();
    for (let i = 0; i < 20; i++) memo.put();
    assert.throws(() => unpickle(memo.op(0x94, 0x94).stop().bytes(), 0, hooks, true, { ...DEFAULT_LIMITS, maxMemo: 10 }), /memo larger than 10/);
  });

  test('objects built are bounded by the pickle size: one per 16 bytes, at least 100,000 (fuzz: 58 MB of EMPTY_TUPLE, APPEND took 1.5 GB)', () => {
    const hooks = torchHooks(ctx());
    // PROTO 2 (2 bytes), EMPTY_LIST (1), n x (EMPTY_TUPLE, APPEND) (2n), STOP (1): 2n + 4 bytes.
    const tuples = (n: number, pad = 0): Uint8Array => {
      const b = new Uint8Array(2 * n + 4 + (pad > 0 ? 6 + pad : 0));
      b.set([0x80, 2, 0x5d]);
      let p = 3;
      for (let i = 0; i < n; i++, p += 2) b.set([0x29, 0x61], p);
      // Padding: BINBYTES of `pad` bytes (1 + 4 + pad), then POP (1).
      if (pad > 0) {
        b.set([0x42, pad & 0xff, (pad >> 8) & 0xff, (pad >> 16) & 0xff, pad >>> 24], p);
        p += 5 + pad;
        b[p++] = 0x30;
      }
      b[p] = 0x2e;
      return b;
    };
    // 400,000 tuples are 800,004 bytes: 800,004 / 16 = 50,000 < 100,000, so the floor holds,
    // and the list, the first object, makes 100,000 at the 99,999th tuple.
    assert.throws(() => unpickle(tuples(400_000), 0, hooks), (e: unknown) => e instanceof PickleError && /builds more than 100000 objects, one per 16 bytes of pickle/.test(e.message));
    assert.equal((unpickle(tuples(99_999), 0, hooks).value as { items: unknown[] }).items.length, 99_999);
    // 200,000 tuples with 3,000,000 bytes of padding: 400,004 + 3,000,006 = 3,400,010 bytes,
    // / 16 = 212,500 objects allowed; 1 list + 200,000 tuples + 1 bytes object = 200,002 built.
    assert.equal((unpickle(tuples(200_000, 3_000_000), 0, hooks).value as { items: unknown[] }).items.length, 200_000);
    // Through the reader: one line naming the file and the pickle.
    rejects(withPickle(tuples(400_000)), /^model\.pt: data\.pkl: builds more than 100000 objects, one per 16 bytes of pickle/);
  });

  test('values put into lists, tuples, sets, dicts and objects are bounded: one per 3 bytes of pickle, at least 1,000,000 (memo references: 38 MB of SETITEMS took 1.06 GB of heap)', () => {
    const hooks = torchHooks(ctx());
    const limited = { ...DEFAULT_LIMITS, maxSlots: 1000 };
    const refused = (bytes: Uint8Array, limits = DEFAULT_LIMITS) => assert.throws(() => unpickle(bytes, 0, hooks, true, limits), (e: unknown) => e instanceof PickleError && /puts more than \d+ values into containers/.test(e.message));
    // 1,000 values fit under a limit of 1,000; one more is refused, whatever the container.
    assert.equal((unpickle(refList(1, 1000), 0, hooks, true, limited).value as PyList).items.length, 1000);
    assert.throws(() => unpickle(refList(1, 1001), 0, hooks, true, limited), (e: unknown) => e instanceof PickleError && /^puts more than 1000 values into containers, one per 3 bytes of pickle/.test(e.message));
    // A dict item is two values, its key and its value.
    assert.equal((unpickle(refDict(1, 500), 0, hooks, true, limited).value as PyDict).size, 500);
    refused(refDict(1, 501), limited);
    // At the default limits: 3,003,010 bytes allow 3,003,010 / 3 = 1,001,003 values (over the
    // 1,000,000 floor); 1,500 batches of 1,000 (APPENDS) or 500 items (SETITEMS) put 1,500,000.
    for (const bytes of [refList(1500, 1000), refDict(1500, 500)]) {
      assert.equal(bytes.length, 3_003_010);
      assert.throws(() => unpickle(bytes, 0, hooks), /puts more than 1001003 values into containers, one per 3 bytes of pickle/);
      rejects(withPickle(bytes), /^model\.pt: data\.pkl: puts more than 1001003 values into containers, one per 3 bytes of pickle/);
    }
    // Under the floor, a small pickle may be dense: 1,000,000 values in 2 MB are read.
    assert.equal((unpickle(refDict(1, 500_000), 0, hooks).value as PyDict).size, 500_000);
  });

  test('every way of filling a container is counted: 11 to 16 values are refused under a limit of 10, read under the default', () => {
    const hooks = torchHooks(ctx());
    const nones = (p: PickleWriter, n: number): PickleWriter => {
      for (let i = 0; i < n; i++) p.none();
      return p;
    };
    const inst = Buffer.from('i__main__\nC\n', 'latin1');
    const cases: Record<string, PickleWriter> = {
      TUPLE: nones(new PickleWriter().proto().mark(), 11).tuple(),
      LIST: nones(new PickleWriter().proto().mark(), 11).op(0x6c),
      FROZENSET: nones(new PickleWriter().proto().mark(), 11).op(0x91),
      ADDITEMS: nones(new PickleWriter().proto().op(0x8f).mark(), 11).op(0x90),
      DICT: nones(new PickleWriter().proto().mark(), 12).op(0x64),
      APPEND: nones(new PickleWriter().proto().emptyList(), 0),
      SETITEM: new PickleWriter().proto().emptyDict(),
      TUPLE3: new PickleWriter().proto().emptyList(),
      'object APPENDS': nones(new PickleWriter().proto().global('__main__', 'C').emptyTuple().newobj().mark(), 11).appends(),
      'object SETITEMS': nones(new PickleWriter().proto().global('__main__', 'C').emptyTuple().newobj().mark(), 12).setitems(),
      INST: nones(new PickleWriter().proto().mark(), 11).op(...inst),
      OBJ: nones(new PickleWriter().proto().mark().global('__main__', 'C'), 11).op(0x6f),
      // L = [(None, None)] * 3 (9 values), then OrderedDict(L): its tuple of 1 value, and the dict
      // the call makes, 3 items (6 values) copied from L: 16 values, 10 without the copy.
      'OrderedDict(L)': new PickleWriter().proto().emptyList().put(),
    };
    for (let i = 0; i < 11; i++) cases.APPEND!.none().op(0x61);
    for (let i = 0; i < 6; i++) cases.SETITEM!.none().none().op(0x73);
    for (let i = 0; i < 4; i++) cases.TUPLE3!.none().none().none().op(0x87, 0x61);
    const od = cases['OrderedDict(L)']!;
    for (let i = 0; i < 3; i++) od.none().none().op(0x86, 0x61);
    od.op(0x30).global('collections', 'OrderedDict').get(0).op(0x85).reduce();
    for (const [name, p] of Object.entries(cases)) {
      const bytes = p.stop().bytes();
      assert.doesNotThrow(() => unpickle(bytes, 0, hooks), name);
      assert.throws(() => unpickle(bytes, 0, hooks, true, { ...DEFAULT_LIMITS, maxSlots: 10 }), /puts more than 10 values into containers/, name);
    }
  });

  test('OrderedDict(L) repeated on one memoized list of pairs is counted per copy: 2,000 copies of 1,000 pairs in 20 KB are refused', () => {
    // Each call copies L into a dict of its own: 4 million values from 10 bytes a call.
    const p = new PickleWriter().proto().emptyList().put();
    for (let i = 0; i < 1000; i++) p.none().none().op(0x86, 0x61);
    p.op(0x30).global('collections', 'OrderedDict').put().op(0x30).emptyList();
    for (let i = 0; i < 2000; i++) p.get(1).get(0).op(0x85).reduce().op(0x61);
    const bytes = p.stop().bytes();
    assert.ok(bytes.length < 20_000);
    assert.throws(() => unpickle(bytes, 0, torchHooks(ctx())), /puts more than 1000000 values into containers/);
  });

  test('a vocabulary dict as Python writes it (about 12 bytes an item) is read far from the bound: 1,100,000 words', () => {
    // Items of 2 + word + 1 + id bytes: 36 of 7 (1-char words, BININT2), 1,260 of 8, 45,360 of 9,
    // 18,880 of 10 (up to 65,535), 1,034,464 of 12 (4-char words, BININT): 13,020,940; 1,100
    // batches (MARK, SETITEMS) 2,200; PROTO, EMPTY_DICT, MEMOIZE, STOP 5: 13,023,145 bytes for
    // 2,200,000 values (keys and ids), 5.9 bytes a value; the bound allows 4,341,048.
    const bytes = vocabulary(1_100_000);
    assert.equal(bytes.length, 13_023_145);
    const d = unpickle(bytes, 0, torchHooks(ctx())).value;
    assert.ok(d instanceof PyDict);
    assert.equal(d.size, 1_100_000);
    assert.deepEqual([d.get('0'), d.get('zz'), d.get((1_099_999).toString(36))], [0, 36 * 36 - 1, 1_099_999]);
  });

  test('5,000,000 memo entries are read (an array, not a Map: 8 bytes an entry); keys far apart stay apart', () => {
    const hooks = torchHooks(ctx());
    // PROTO 4, NONE, 4,999,999 x MEMOIZE (entries 0 to 4,999,998), BINGET 7, STOP: the value is None.
    const b = new Uint8Array(3 + 4_999_999 + 3).fill(0x94);
    b.set([0x80, 4, 0x4e]);
    b.set([0x68, 7, 0x2e], 3 + 4_999_999);
    assert.equal(unpickle(b, 0, hooks).value, null);
    // Text PUT/GET of keys past array indices, and 4,294,967,294 by LONG_BINPUT: three entries.
    const far = new PickleWriter().proto().int(5).op(...Buffer.from('p99999999999\n', 'latin1')).int(6).op(0x72, 0xfe, 0xff, 0xff, 0xff).int(7).op(0x72, 0, 0, 0, 0)
      .mark().op(...Buffer.from('g99999999999\n', 'latin1')).op(0x6a, 0xfe, 0xff, 0xff, 0xff).op(0x6a, 0, 0, 0, 0).tuple().stop().bytes();
    assert.deepEqual((unpickle(far, 0, hooks).value as { items: unknown[] }).items, [5, 6, 7]);
    const memo = new PickleWriter().proto().int(1).op(0x71, 3).op(0x94, 0x94).stop().bytes();
    assert.throws(() => unpickle(memo, 0, hooks, true, { ...DEFAULT_LIMITS, maxMemo: 2 }), /memo larger than 2 entries/);
  });

  test('a GLOBAL module or attribute name over 1,024 characters is refused (STACK_GLOBAL reuses memoized strings)', () => {
    const hooks = torchHooks(ctx());
    // STACK_GLOBAL of (module, 'f'), then the same module again by memo reference: 5 bytes a global.
    const stackGlobal = (module: string) => unpickle(new PickleWriter().proto().mark().str(module).op(0x94).str('f').op(0x93).op(0x6a, 0, 0, 0, 0).str('g').op(0x93).tuple().stop().bytes(), 0, hooks).value;
    assert.equal((stackGlobal('m'.repeat(1024)) as { items: unknown[] }).items.length, 2);
    assert.throws(() => stackGlobal('m'.repeat(1025)), (e: unknown) => e instanceof PickleError && /GLOBAL names a module or attribute of more than 1024 characters/.test(e.message));
    // The text opcode too: "c<module>\n<name>\n".
    assert.throws(() => unpickle(new PickleWriter().proto().mark().global('torch', 'x'.repeat(1025)).tuple().stop().bytes(), 0, hooks), /more than 1024 characters/);
  });

  test('self-referencing and exponentially shared structures are walked once', () => {
    // A list that contains itself: L = []; L.append(L)
    const cyclic = new PickleWriter().proto().emptyList().put().get(0).op(0x61).stop().bytes();
    assert.deepEqual(walkPickle(unpickle(cyclic, 0, torchHooks(ctx())).value).tensors, []);
    // 60 levels of [x, x]: 2^60 paths if walked naively.
    const p = new PickleWriter().proto().emptyList().op(0x71, 0);
    for (let i = 1; i <= 60; i++) p.mark().get((i - 1) & 0xff).get((i - 1) & 0xff).op(0x6c).op(0x71, i & 0xff);
    const started = Date.now();
    walkPickle(unpickle(p.stop().bytes(), 0, torchHooks(ctx())).value);
    assert.ok(Date.now() - started < 2000);
  });

  test('protocol 0 text opcodes and LONG1 negatives decode as Python would', () => {
    const text = Buffer.from("(I12\nL-3L\nF2.5\nS'ab'\nI01\nt.", 'latin1');
    const v = unpickle(text, 0, torchHooks(ctx())).value as { items: unknown[] };
    assert.deepEqual(v.items, [12, -3, 2.5, 'ab', true]);
    // LONG1 of 2 bytes 0x00 0xff = -256 (two's complement, little-endian)
    assert.equal(unpickle(Uint8Array.from([0x80, 0x02, 0x8a, 0x02, 0x00, 0xff, 0x2e]), 0, torchHooks(ctx())).value, -256);
  });
});

describe('PyTorch reader: legacy files', () => {
  const legacy = readFileSync(join(FIXTURES, 'resnet_legacy.pt'));

  test('truncated inside the pickles or inside the storages is a one-line error', () => {
    rejects(legacy.subarray(0, 200), /truncated/);
    rejects(legacy.subarray(0, legacy.length - 10), /legacy file is truncated: storage ".*" \(\d+ bytes\) runs past the end of the file/);
  });

  test('a storage whose size header disagrees with the pickle is bad input', () => {
    const bad = Uint8Array.from(legacy);
    // The first storage's 8-byte element count follows the fifth pickle (the storage keys).
    let end = 0;
    for (let i = 0; i < 5; i++) end = unpickle(bad, end, torchHooks(ctx())).end;
    new DataView(bad.buffer).setUint32(end, 999, true);
    rejects(bad, /holds 999 elements but the pickle says/);
  });

  test('TorchScript roles come from the class code: a declared buffer stays a buffer whatever its name', () => {
    const p = new PickleWriter().proto().global('__torch__.Net', 'Net').emptyTuple().newobj().emptyDict().mark();
    writeTensor(p.str('scale_table'), W);
    writeTensor(p.str('weight'), B);
    const root = unpickle(p.setitems().build().stop().bytes(), 0, torchHooks(ctx())).value;
    const classes = new Map([['__torch__.Net.Net', { parameters: new Set(['weight']), buffers: new Set(['scale_table']) }]]);
    const roles = Object.fromEntries(walkPickle(root, classes).tensors.map((t) => [t.name, t.role]));
    assert.deepEqual(roles, { scale_table: 'buffer', weight: 'param' });
  });
});

/** One float32 tensor of 4 elements (storage "0", 16 bytes), the storage it names included. */
const FOUR: FakeTensor = { name: 'w', storageType: 'FloatStorage', key: '0', numel: 4, dims: [4] };

/** A float32 tensor of 4 elements on the meta device: no storage, a form not measured. */
const metaFour = (p: PickleWriter): PickleWriter => p.global('torch._utils', '_rebuild_meta_tensor_no_storage').mark().global('torch', 'float32')
  .mark().int(4).tuple().mark().int(1).tuple().bool(false).tuple().reduce();

/**
 * A zip whose pickle keys `levels` nested dicts by one memoized string `key` (2 bytes a level
 * after the first), the innermost dict holding FOUR (or what `value` writes) under the int keys
 * 0..refs-1 (a memo reference, 4-5 bytes each): every reference is one more name for the one tensor.
 */
function sharedKeysZip(key: string, levels: number, refs: number, value: (p: PickleWriter) => PickleWriter = (p) => writeTensor(p, FOUR)): Uint8Array {
  const p = new PickleWriter().proto();
  for (let l = 0; l < levels; l++) {
    p.emptyDict();
    if (l === 0) p.str(key).op(0x72, 0, 0, 0, 0); // LONG_BINPUT 0
    else p.op(0x6a, 0, 0, 0, 0); // LONG_BINGET 0
  }
  p.emptyDict().mark().int(0);
  value(p).op(0x72, 1, 0, 0, 0); // LONG_BINPUT 1
  for (let i = 1; i < refs; i++) p.int(i).op(0x6a, 1, 0, 0, 0); // LONG_BINGET 1
  p.setitems();
  for (let l = 0; l < levels; l++) p.op(0x73); // SETITEM
  return zipBytes([{ name: 'archive/data.pkl', data: p.stop().bytes() }, { name: 'archive/data/0', data: new Uint8Array(16) }]);
}

describe('PyTorch reader: tensor names are bounded', () => {
  test('names are cut to 4,096 characters with "..." after, exactly at the cut', () => {
    // The key, '.' and the int key 0.
    const cut = (key: string): string => readPytorchBytes(sharedKeysZip(key, 1, 1), 'm.pt').weights.tensors[0]!.name;
    assert.equal(cut('a'.repeat(4094)), `${'a'.repeat(4094)}.0`); // 4,094 + 2 = 4,096
    assert.equal(cut('a'.repeat(4095)), `${'a'.repeat(4095)}....`); // 4,097: the first 4,096 are the key and '.'
    assert.equal(cut('a'.repeat(100_000)), `${'a'.repeat(4096)}...`);
  });

  test('190 levels keyed by one memoized 100,000-char string: each of 2,000 names is its first 4,096 characters', () => {
    // The whole path would be 190 * 100,001 - 1 = 19,000,189 characters; the name is 4,096 + 3.
    const { weights } = readPytorchBytes(sharedKeysZip('k'.repeat(100_000), 190, 2000), 'm.pt');
    assert.equal(weights.tensors.length, 2000);
    assert.ok(weights.tensors.every((t) => t.name === `${'k'.repeat(4096)}...`));
    // One storage of 4 float32 elements, counted once however many names it has.
    assert.deepEqual(params(weights), { total: 4, bytes: 16 });
  });

  test('more than 500,000 names for tensors is refused, one line', () => {
    // 500,001 references to one tensor under a 1-char key (int key + LONG_BINGET: 8-10 bytes each): a 5 MB pickle.
    rejects(sharedKeysZip('m', 1, 500_001), /the pickle names more than 500000 tensors, more than any real checkpoint: refused/);
  });

  test('tensors in a form not measured are named too: all counted in the warning, and bounded as the others', () => {
    // 1,001 names for one meta tensor under the int keys 0..1,000: the warning counts all 1,001
    // (the first three shown), where it stopped at 1,000.
    const { weights } = readPytorchBytes(sharedKeysZip('m', 1, 1001, metaFour), 'm.pt');
    assert.deepEqual(weights.warnings.filter((w) => w.includes('not measured')), ['1001 tensor(s) in a form not measured: m.0 (torch._utils._rebuild_meta_tensor_no_storage), m.1 (torch._utils._rebuild_meta_tensor_no_storage), m.2 (torch._utils._rebuild_meta_tensor_no_storage), ...']);
    rejects(sharedKeysZip('m', 1, 500_001, metaFour), /the pickle names more than 500000 tensors, more than any real checkpoint: refused/);
  });

  test('names adding up to more than 64 MiB of characters are refused, one line', () => {
    // Each name is cut to 4,096 + 3 = 4,099 characters: 16,372 of them make 67,108,828 (under
    // 67,108,864), the 16,373rd makes 67,112,927. 17,000 references: a 136 KB pickle.
    rejects(sharedKeysZip('k'.repeat(5000), 1, 17_000), /tensor names add up to more than 67108864 characters, more than any real checkpoint: refused/);
    const { weights } = readPytorchBytes(sharedKeysZip('k'.repeat(5000), 1, 16_372), 'm.pt');
    assert.equal(weights.tensors.length, 16_372);
  });

  test('the CLI profiles 190 levels of a memoized 100,000-char key with 2,000 references in seconds, not minutes', () => {
    // A hang check, not a timing: joining each 19 MB path before cutting it took about 17 ms a
    // name (2,000 names: 34 s; 20,000 in a 201 KB file ran past 300 s).
    const d = mkdtempSync(join(tmpdir(), 'mb-pt-names-'));
    try {
      writeFileSync(join(d, 'deep.pt'), sharedKeysZip('k'.repeat(100_000), 190, 2000));
      const r = runCli(['profile', 'deep.pt', '--format', 'json'], { cwd: d, timeoutMs: 15_000 });
      assert.equal(r.status, 0, `profile did not finish in 15 s (status ${r.status}): ${r.stderr}`);
      assert.equal((JSON.parse(r.stdout) as { params: { total: number } }).params.total, 4);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
