/**
 * Reads a PyTorch file (`torch.save` zip archives, legacy non-zip files, TorchScript archives)
 * into a `WeightsFile`: tensor names, dtypes, shapes, storage sizes and roles, never the weights.
 * Only the zip directory, the pickles and (for TorchScript) the small `code/` files of the
 * module classes are read; in legacy files, the 8-byte size that heads each storage.
 */
import { ModelFileError } from '../../graph/errors.js';
import { withOpenModel } from '../file.js';
import { NO_WEIGHTS_PREFIX } from '../weights.js';
import type { WeightTensor, WeightsFile } from '../weights.js';
import { fileSource, memorySource, withTail } from './byte-source.js';
import type { ByteSource } from './byte-source.js';
import { NeedMoreBytes, PickleError, PyDict, unpickle } from './pickle.js';
import type { PickleValue } from './pickle.js';
import { torchHooks } from './torch-pickle.js';
import type { StorageRef, TensorRef, TorchPickleContext, Quantizer } from './torch-pickle.js';
import { groupKey, storageReach } from './storage-reach.js';
import type { StorageShare } from './storage-reach.js';
import { walkPickle } from './walk.js';
import type { NamedTensor, ScriptClassInfo } from './walk.js';
import { ZIP_TAIL_READ, ZipError, readCentralDirectory, readEntry, refuseInflation } from './zip.js';
import type { ZipEntry } from './zip.js';
import { hasLegacyMagic, hasZipMagic, PYTORCH_SET } from './signature.js';
import { withHfQuantization } from './hf-quantization.js';
import { quoted } from '../safetensors/header.js';
import { readShardSet } from '../shard-set.js';
import type { ReadStats } from '../shard-set.js';

/** A pickle larger than this is not a checkpoint's index (a 70B-parameter model's is ~1 MB). */
export const MAX_PICKLE_BYTES = 64 * 1024 * 1024;
/**
 * How much a deflated pickle may inflate (beyond PICKLE_INFLATE_ALLOWANCE). torch.save stores its
 * pickles uncompressed; a re-zipped one deflates by its regularity: our fixtures' small pickles
 * 1.5 to 3.0:1, a state dict of 30,000 tensors as test/support/pytorch-writer.ts writes it
 * (torch.save's layout, keys differing in a layer number) 29.5:1. The unpickler's bounds grow with
 * the pickle's bytes (one object per 16, one value per 3), up to about 12 bytes of heap per byte
 * of pickle; at deflate's 1000:1 a 65 KB file inflated to a 64 MB pickle of NONE, APPEND and
 * peaked at 766 MB of RSS. At 100:1 that pickle needs 655 KB of file.
 */
export const MAX_PICKLE_INFLATION = 100;
/** Pickles up to this size inflate as much as they like: the unpickler's floors allow as much. */
const PICKLE_INFLATE_ALLOWANCE = 1024 * 1024;
/** TorchScript class files read to tell parameters from buffers, in total. */
const MAX_CODE_BYTES = 4 * 1024 * 1024;
/** Legacy files: the first read, doubled while the pickles need more. */
const LEGACY_FIRST_READ = 64 * 1024;

/** The pickle that starts every legacy (non-zip) torch.save file: this number, as LONG1. */
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const LEGACY_PROTOCOL = 1001;

export type PytorchContainer = 'zip' | 'legacy' | 'torchscript';

export interface PytorchReadResult {
  readonly weights: WeightsFile;
  readonly container: PytorchContainer;
  readonly stats: { readonly bytesRead: number; readonly readCalls: number };
}

/**
 * A read with the names the pickle keeps tensors under, what a sharded set's index lists: those
 * in forms not measured included, the scales and zero points of per-channel quantized tensors
 * (stored inside their tensor, under no key) left out.
 */
interface SourceRead extends PytorchReadResult {
  readonly storedNames: readonly string[];
}

/** The folder holding `data.pkl` (`archive/`, `model/`...): at the top, or the root itself. */
function archivePrefix(entries: readonly ZipEntry[]): string | undefined {
  for (const e of entries) {
    const parts = e.name.split('/');
    if (parts[parts.length - 1] === 'data.pkl' && parts.length <= 2) return parts.length === 2 ? `${parts[0]}/` : '';
  }
  return undefined;
}

/**
 * Whether a file is PyTorch's: a zip archive with a `data.pkl` at its top, or a legacy file.
 * Reads the first bytes and, for zips, the central directory. A `.bin` that is neither (ONNX
 * external data, any blob) is not ours.
 */
export function isPytorchFile(path: string): boolean {
  try {
    return withOpenModel(path, (fd, size) => {
      const src = fileSource(fd, size);
      const head = src.read(0, 16);
      if (hasLegacyMagic(head)) return true;
      if (!hasZipMagic(head)) return false;
      try {
        return archivePrefix(readCentralDirectory(withTail(src, ZIP_TAIL_READ))) !== undefined;
      } catch {
        // A zip we cannot read is not recognised as ours by content (the extension may still say so).
        return false;
      }
    });
  } catch {
    return false;
  }
}

/**
 * Reads a PyTorch file (with the quantization_config of a Hugging Face config.json beside a
 * `.bin` that holds GPTQ/AWQ tensors). Throws ModelFileError (one line, names the file) for bad input.
 */
export function readPytorchFile(path: string): PytorchReadResult {
  const { weights, container, stats } = withOpenModel(path, (fd, size) => readSource(fileSource(fd, size), path));
  return { weights: withHfQuantization(weights, path), container, stats };
}

/**
 * Reads a Hugging Face sharded `.bin` set (`pytorch_model.bin.index.json` +
 * `pytorch_model-0000N-of-0000M.bin`) from its index or any shard as one model, checked as a
 * sharded safetensors set is (formats/shard-set.ts). Each shard is a torch.save state_dict whose
 * storages are numbered from 0: a tensor's storage is its shard's, so two shards never share one.
 */
export function readPytorchSet(path: string): PytorchReadResult {
  const stats: ReadStats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
  const warnings: string[] = [];
  const set = readShardSet(PYTORCH_SET, path, stats, (shardPath) => {
    const read = withOpenModel(shardPath, (fd, size) => readSource(fileSource(fd, size), shardPath));
    stats.bytesRead += read.stats.bytesRead;
    stats.readCalls += read.stats.readCalls;
    return read;
  }, (read) => read.storedNames, warnings);
  const tensors: WeightTensor[] = [];
  for (const { shard, read } of set.shards) {
    // The shard quoted: a name in the index never starts a warning (noWeightsReason reads its start).
    for (const w of read.weights.warnings) warnings.push(set.sharded ? `${quoted(shard)}: ${w}` : w);
    for (const t of read.weights.tensors) tensors.push({ ...t, storageKey: `${shard}/${t.storageKey ?? t.name}`, ...(set.sharded ? { file: shard } : {}) });
  }
  const container = set.shards[0]?.read.container ?? 'zip';
  const metadata = new Map<string, string>([['container', container]]);
  if (set.sharded) metadata.set('shards', String(set.shards.length));
  const weights: WeightsFile = { tensors, metadata, warnings, sideFiles: set.sideFiles };
  return { weights: withHfQuantization(weights, path), container, stats: { bytesRead: stats.bytesRead, readCalls: stats.readCalls } };
}

/** The same for bytes in memory (git blobs, tests); `path` names it in errors. */
export function readPytorchBytes(bytes: Uint8Array, path: string): PytorchReadResult {
  if (bytes.byteLength === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
  const { weights, container, stats } = readSource(memorySource(bytes), path);
  return { weights, container, stats };
}

function readSource(src: ByteSource, path: string): SourceRead {
  try {
    const head = src.read(0, 16);
    let read: { tensors: NamedTensor[]; container: PytorchContainer; unmeasured: string[]; unmeasuredNames: string[]; ctx: TorchPickleContext; warnings: string[] };
    if (hasZipMagic(head)) read = readZip(withTail(src, ZIP_TAIL_READ));
    else if (hasLegacyMagic(head)) read = readLegacy(src);
    else if (head[0] === 0x80) throw new ModelFileError(path, 'a bare pickle, not a torch.save file (no zip archive and no legacy magic number)');
    else throw new ModelFileError(path, 'not a PyTorch file: neither a zip archive nor a legacy torch.save file');
    rejectCodeCalls(read.ctx);
    const weights = toWeightsFile(read.tensors, read.container, read.unmeasured, read.unmeasuredNames.length, read.warnings);
    const storedNames = [...read.tensors.filter((t) => !t.derived).map((t) => t.name), ...read.unmeasuredNames];
    return { weights, container: read.container, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls }, storedNames };
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    if (e instanceof PickleError || e instanceof ZipError || e instanceof StorageError) throw new ModelFileError(path, e.message);
    throw e;
  }
}

/** A storage that the pickle and the file disagree about. */
class StorageError extends Error {}

function newContext(): TorchPickleContext {
  return { foreignGlobals: new Set(), storages: new Map(), codeCalls: { count: 0, names: [] } };
}

function runPickle(bytes: Uint8Array, what: string, ctx: TorchPickleContext): PickleValue {
  try {
    return unpickle(bytes, 0, torchHooks(ctx)).value;
  } catch (e) {
    if (e instanceof PickleError) throw new PickleError(`${what}: ${e.message}`);
    throw e;
  }
}

/** A pickle entry's bytes: at most MAX_PICKLE_BYTES, inflated at most MAX_PICKLE_INFLATION times. */
function readPickleEntry(src: ByteSource, entry: ZipEntry): Uint8Array {
  refuseInflation(entry, MAX_PICKLE_INFLATION, PICKLE_INFLATE_ALLOWANCE, 'torch.save stores its pickles uncompressed, and a state dict deflates about 30:1');
  return readEntry(src, entry, MAX_PICKLE_BYTES);
}

function readZip(src: ByteSource) {
  const entries = readCentralDirectory(src);
  const prefix = archivePrefix(entries);
  if (prefix === undefined) throw new ZipError('a zip archive without data.pkl: not a torch.save or TorchScript file');
  const byName = new Map(entries.map((e) => [e.name, e]));
  const dataPkl = byName.get(`${prefix}data.pkl`)!;
  const warnings: string[] = [];

  const ctx = newContext();
  const root = runPickle(readPickleEntry(src, dataPkl), 'data.pkl', ctx);
  checkZipStorages(ctx.storages, byName, `${prefix}data/`, 'data.pkl');

  const isScript = byName.has(`${prefix}constants.pkl`) || entries.some((e) => e.name.startsWith(`${prefix}code/`));
  let constants: PickleValue = null;
  let constantStorages: TorchPickleContext['storages'] = new Map();
  if (isScript && byName.has(`${prefix}constants.pkl`)) {
    const cctx = newContext();
    constants = runPickle(readPickleEntry(src, byName.get(`${prefix}constants.pkl`)!), 'constants.pkl', cctx);
    checkZipStorages(cctx.storages, byName, `${prefix}constants/`, 'constants.pkl');
    constantStorages = cctx.storages;
    for (const g of cctx.foreignGlobals) ctx.foreignGlobals.add(g);
    ctx.codeCalls.count += cctx.codeCalls.count;
    ctx.codeCalls.names.push(...cctx.codeCalls.names.slice(0, 3 - ctx.codeCalls.names.length));
  }
  const classes = isScript ? scriptClasses(src, byName, prefix, ctx.foreignGlobals, warnings) : new Map<string, ScriptClassInfo>();
  const walked = walkPickle(root, classes);
  const tensors = walked.tensors;
  if (constantStorages.size > 0) {
    // Constant storages live in constants/, data.pkl's in data/: the same key names two storages.
    for (const t of walkPickle(constants).tensors) tensors.push({ ...t, name: `constants.${t.name}`, tensor: { ...t.tensor, storage: { ...t.tensor.storage, key: `constants/${t.tensor.storage.key}` } } });
  }
  return { tensors, container: (isScript ? 'torchscript' : 'zip') as PytorchContainer, unmeasured: walked.unmeasured, unmeasuredNames: walked.unmeasuredNames, ctx, warnings: [...warnings, ...walked.warnings] };
}

/** Every storage the pickle names must be an entry at least as large as the pickle says. */
function checkZipStorages(storages: ReadonlyMap<string, StorageRef>, byName: ReadonlyMap<string, ZipEntry>, folder: string, pickle: string): void {
  for (const s of storages.values()) {
    const entry = byName.get(`${folder}${s.key}`);
    if (!entry) throw new StorageError(`${pickle} names storage ${JSON.stringify(s.key)} but the archive has no ${JSON.stringify(folder + s.key)}`);
    if (entry.size < s.bytes) {
      throw new StorageError(`storage ${JSON.stringify(s.key)} should hold ${s.numel} ${s.dtype} elements (${s.bytes} bytes) but its zip entry has ${entry.size} bytes`);
    }
  }
}

/**
 * TorchScript classes list their parameters and buffers in their code file
 * (`__parameters__ = ["weight", "bias", ]`); read the files of the classes data.pkl uses.
 */
function scriptClasses(src: ByteSource, byName: ReadonlyMap<string, ZipEntry>, prefix: string, globals: ReadonlySet<string>, warnings: string[]): Map<string, ScriptClassInfo> {
  const classes = new Map<string, ScriptClassInfo>();
  const byFile = new Map<string, string[]>();
  for (const g of globals) {
    if (!g.startsWith('__torch__')) continue;
    const dot = g.lastIndexOf('.');
    const file = `${prefix}code/${g.slice(0, dot).replaceAll('.', '/')}.py`;
    byFile.set(file, [...(byFile.get(file) ?? []), g]);
  }
  let budget = MAX_CODE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (const [file, names] of byFile) {
    const entry = byName.get(file);
    if (!entry) continue;
    if (entry.size > budget) {
      warnings.push('TorchScript code files are too large to read: parameters and buffers are told apart by name');
      break;
    }
    budget -= entry.size;
    const code = decoder.decode(readEntry(src, entry, entry.size));
    for (const qualified of names) {
      const cls = qualified.slice(qualified.lastIndexOf('.') + 1);
      const at = code.search(new RegExp(`^class ${cls.replace(/[^A-Za-z0-9_]/g, '')}\\(`, 'm'));
      if (at < 0) continue;
      const next = code.slice(at + 1).search(/^class /m);
      const body = next < 0 ? code.slice(at) : code.slice(at, at + 1 + next);
      classes.set(qualified, { parameters: nameList(body, '__parameters__'), buffers: nameList(body, '__buffers__') });
    }
  }
  return classes;
}

function nameList(body: string, field: string): Set<string> {
  const m = new RegExp(`^\\s+${field} = \\[([^\\]]*)\\]`, 'm').exec(body);
  return new Set(m ? [...m[1]!.matchAll(/"([^"]*)"/g)].map((x) => x[1]!) : []);
}

/**
 * Legacy format: pickles of the magic number, the protocol version, the system info, the data
 * and the sorted storage keys; then each storage as an 8-byte element count and its bytes.
 */
function readLegacy(src: ByteSource) {
  let length = Math.min(src.size, LEGACY_FIRST_READ);
  let bytes = src.read(0, length);
  for (;;) {
    const ctx = newContext();
    try {
      const final = length >= src.size;
      const hooks = torchHooks(ctx);
      const magic = unpickle(bytes, 0, hooks, final);
      if (magic.value !== LEGACY_MAGIC) throw new PickleError('legacy file: the first pickle is not the magic number');
      const protocol = unpickle(bytes, magic.end, hooks, final);
      if (protocol.value !== LEGACY_PROTOCOL) throw new PickleError(`legacy file: protocol version ${String(protocol.value)} is not ${LEGACY_PROTOCOL}`);
      const sysInfo = unpickle(bytes, protocol.end, hooks, final);
      const warnings: string[] = [];
      if (sysInfo.value instanceof PyDict && sysInfo.value.get('little_endian') === false) warnings.push('written on a big-endian machine');
      const data = unpickle(bytes, sysInfo.end, hooks, final);
      const keys = unpickle(bytes, data.end, newHooksForKeys(), final);
      checkLegacyStorages(src, bytes, keys.end, keys.value, ctx.storages);
      const walked = walkPickle(data.value);
      return { tensors: walked.tensors, container: 'legacy' as PytorchContainer, unmeasured: walked.unmeasured, unmeasuredNames: walked.unmeasuredNames, ctx, warnings: [...warnings, ...walked.warnings] };
    } catch (e) {
      if (e instanceof PickleError && !e.message.startsWith('legacy file')) throw new PickleError(`legacy file: ${e.message}`);
      if (!(e instanceof NeedMoreBytes)) throw e;
      if (length >= MAX_PICKLE_BYTES) throw new PickleError(`legacy file: its pickles run past the first ${MAX_PICKLE_BYTES} bytes`);
      const grown = Math.min(src.size, MAX_PICKLE_BYTES, Math.max(length * 2, e.needed));
      const more = new Uint8Array(grown);
      more.set(bytes);
      more.set(src.read(length, grown - length), length);
      bytes = more;
      length = grown;
    }
  }
}

/** The storage-key list is plain data: any tensor or global in it is bad input. */
function newHooksForKeys() {
  return {
    persistentLoad(): never {
      throw new PickleError('legacy file: the storage key list refers to a storage');
    },
  };
}

function checkLegacyStorages(src: ByteSource, head: Uint8Array, start: number, keyList: PickleValue, storages: ReadonlyMap<string, StorageRef>): void {
  const keys = keyList !== null && typeof keyList === 'object' && 'items' in keyList && Array.isArray(keyList.items) ? (keyList.items as PickleValue[]) : undefined;
  if (!keys) throw new PickleError('legacy file: the storage key list is not a list');
  if (keys.length !== storages.size) throw new StorageError(`legacy file lists ${keys.length} storages but its data pickle names ${storages.size}`);
  let at = start;
  for (const k of keys) {
    const key = typeof k === 'string' || typeof k === 'number' ? String(k) : undefined;
    const s = key === undefined ? undefined : storages.get(key);
    if (!s) throw new StorageError(`legacy file lists storage ${JSON.stringify(String(k))} that its data pickle never names`);
    if (at + 8 > src.size) throw new StorageError(`legacy file is truncated: storage ${JSON.stringify(key)} starts past the end of the file`);
    const header = at + 8 <= head.length ? head.subarray(at, at + 8) : src.read(at, 8);
    const v = new DataView(header.buffer, header.byteOffset, 8);
    const numel = v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true);
    if (numel !== s.numel) throw new StorageError(`legacy file: storage ${JSON.stringify(key)} holds ${numel} elements but the pickle says ${s.numel}`);
    at += 8 + s.bytes;
    if (at > src.size) throw new StorageError(`legacy file is truncated: storage ${JSON.stringify(key)} (${s.bytes} bytes) runs past the end of the file`);
  }
}

/** How the values are quantized, without per-tensor numbers so that tensors alike group together. */
function describeQuantizer(q: Quantizer): string {
  const scheme = q.scheme.replace(/^per_(tensor|channel)_/, 'per-$1 ').replaceAll('_', ' ');
  return q.axis !== undefined ? `${scheme} (axis ${q.axis})` : scheme;
}

/** Values per stored byte of torch's sub-byte quantized dtypes (torch sizes and strides count values). */
const PACKED_VALUES: ReadonlyMap<string, number> = new Map([['quint4x2', 2], ['quint2x4', 4]]);

/** The last element a view reaches, plus one: it must lie inside the storage. */
function viewExtent(t: TensorRef): number {
  if (t.dims.some((d) => d === 0)) return t.offset;
  return t.dims.reduce((end, d, i) => end + (d - 1) * t.strides[i]!, t.offset + 1);
}

/**
 * The bytes of the tensor's storage that its role counts: the part its role's views reach (a slice
 * saved alone keeps its whole storage in the file, but holds only the slice) that no role before
 * it reaches (storage-reach.ts), all of it when they reach it all.
 */
function storageBytes(t: TensorRef, share: StorageShare | undefined): number {
  return share === undefined ? t.storage.bytes : share.bytes;
}

/**
 * A pickle that would run a shell, import code or open files under torch.load is no weights file:
 * nothing was run (the unpickler only described it), and it is rejected as bad input.
 */
function rejectCodeCalls(ctx: TorchPickleContext): void {
  const { count, names } = ctx.codeCalls;
  if (count > 0) {
    throw new PickleError(`the pickle calls ${names.join(', ')}${count > names.length ? ' and more' : ''}: rejected (model-budget never runs pickles, but torch.load without weights_only would run this)`);
  }
}

/** `unmeasured`: the first of the tensors in forms not measured, by name and how, of `unmeasuredCount`. */
function toWeightsFile(named: readonly NamedTensor[], container: PytorchContainer, unmeasured: readonly string[], unmeasuredCount: number, extra: readonly string[]): WeightsFile {
  const tensors: WeightTensor[] = [];
  const reach = storageReach(named, (dtype) => PACKED_VALUES.has(dtype));
  for (const { name, tensor: t, role } of named) {
    const elements = t.dims.reduce((a, b) => a * b, 1);
    if (!Number.isSafeInteger(elements)) throw new StorageError(`tensor ${JSON.stringify(name)}: ${t.dims.join('x')} elements is too many`);
    // The view must lie inside its storage (in the tensor's element type for untyped storages;
    // a packed quint4x2/quint2x4 view counts values, two or four to each byte of its storage).
    const storageElements = Math.floor((t.storage.bytes * 8) / t.bits) * (PACKED_VALUES.get(t.dtype) ?? 1);
    if (viewExtent(t) > storageElements) {
      throw new StorageError(`tensor ${JSON.stringify(name)} (${t.dims.join('x') || 'scalar'} at offset ${t.offset}) runs past its storage of ${storageElements} elements`);
    }
    const share = reach.get(groupKey(t.storage.key, role));
    tensors.push({
      name,
      dtype: t.dtype,
      dims: t.dims,
      elements,
      bytes: storageBytes(t, share),
      role,
      storageKey: t.storage.key,
      ...(share?.sharedElements !== undefined ? { sharedStorageElements: share.sharedElements } : {}),
      ...(t.quantizer ? { quantization: describeQuantizer(t.quantizer) } : {}),
    });
  }
  const warnings: string[] = [...extra];
  if (unmeasuredCount > 0) warnings.push(`${unmeasuredCount} tensor(s) in a form not measured: ${unmeasured.slice(0, 3).join(', ')}${unmeasuredCount > 3 ? ', ...' : ''}`);
  // A Trainer checkpoint's scheduler.pt, scaler.pt and training_args.bin hold plain Python values,
  // its optimizer.pt and rng_state.pth training state only. Tensors in a form not measured may be
  // weights: such a file is not said to hold none.
  if (unmeasuredCount === 0 && tensors.length === 0) warnings.push(`${NO_WEIGHTS_PREFIX}the pickle holds no tensors (plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments)`);
  else if (unmeasuredCount === 0 && tensors.every((t) => t.role === 'optimizer')) warnings.push(`${NO_WEIGHTS_PREFIX}the file holds training state only (${tensors.length} tensor(s) of optimizer or random-number-generator state), no params`);
  const metadata = new Map<string, string>([['container', container]]);
  return { tensors, metadata, warnings, sideFiles: [] };
}
