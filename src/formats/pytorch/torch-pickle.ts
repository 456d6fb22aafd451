/**
 * What torch.save and the TorchScript pickler put in a pickle, as inert descriptions: storages
 * (persistent ids), tensors and parameters (the `torch._utils._rebuild_*` calls), quantized tensors
 * and their quantizer parameters, OrderedDict. Only these names are interpreted; everything else
 * stays an unknown `PyObject`. Nothing here imports or calls what the pickle names.
 */
import type { DType } from '../../graph/dtype.js';
import { PickleError, PyDict, PyGlobal, PyList, PyObject, PyTuple, kindOf } from './pickle.js';
import type { Described, PickleValue, UnpickleHooks } from './pickle.js';

/** A dtype as PyTorch names it: an IR dtype where one exists, else the quantized type's name. */
export type TorchDType = DType | 'qint8' | 'quint8' | 'qint32' | 'quint4x2' | 'quint2x4';

interface DTypeFacts {
  readonly dtype: TorchDType;
  /** Bits of one stored element (quint4x2 packs two 4-bit values in one byte element). */
  readonly bits: number;
}

const STORAGE_TYPES: ReadonlyMap<string, DTypeFacts> = new Map([
  ['FloatStorage', { dtype: 'float32', bits: 32 }],
  ['DoubleStorage', { dtype: 'float64', bits: 64 }],
  ['HalfStorage', { dtype: 'float16', bits: 16 }],
  ['BFloat16Storage', { dtype: 'bfloat16', bits: 16 }],
  ['LongStorage', { dtype: 'int64', bits: 64 }],
  ['IntStorage', { dtype: 'int32', bits: 32 }],
  ['ShortStorage', { dtype: 'int16', bits: 16 }],
  ['CharStorage', { dtype: 'int8', bits: 8 }],
  ['ByteStorage', { dtype: 'uint8', bits: 8 }],
  ['BoolStorage', { dtype: 'bool', bits: 8 }],
  ['ComplexFloatStorage', { dtype: 'complex64', bits: 64 }],
  ['ComplexDoubleStorage', { dtype: 'complex128', bits: 128 }],
  ['QInt8Storage', { dtype: 'qint8', bits: 8 }],
  ['QUInt8Storage', { dtype: 'quint8', bits: 8 }],
  ['QInt32Storage', { dtype: 'qint32', bits: 32 }],
  ['QUInt4x2Storage', { dtype: 'quint4x2', bits: 8 }],
  ['QUInt2x4Storage', { dtype: 'quint2x4', bits: 8 }],
  ['Float8_e4m3fnStorage', { dtype: 'float8e4m3fn', bits: 8 }],
  ['Float8_e5m2Storage', { dtype: 'float8e5m2', bits: 8 }],
  ['Float8_e4m3fnuzStorage', { dtype: 'float8e4m3fnuz', bits: 8 }],
  ['Float8_e5m2fnuzStorage', { dtype: 'float8e5m2fnuz', bits: 8 }],
  ['UInt16Storage', { dtype: 'uint16', bits: 16 }],
  ['UInt32Storage', { dtype: 'uint32', bits: 32 }],
  ['UInt64Storage', { dtype: 'uint64', bits: 64 }],
  // Untyped storages count bytes; the tensor's dtype comes from _rebuild_tensor_v3.
  ['UntypedStorage', { dtype: 'uint8', bits: 8 }],
  ['ByteStorageUntyped', { dtype: 'uint8', bits: 8 }],
]);

/** `torch.<name>` dtype objects (as _rebuild_tensor_v3 and quantized modules name them). */
const DTYPE_NAMES: ReadonlyMap<string, DTypeFacts> = new Map([
  ['float32', STORAGE_TYPES.get('FloatStorage')!], ['float', STORAGE_TYPES.get('FloatStorage')!],
  ['float64', STORAGE_TYPES.get('DoubleStorage')!], ['double', STORAGE_TYPES.get('DoubleStorage')!],
  ['float16', STORAGE_TYPES.get('HalfStorage')!], ['half', STORAGE_TYPES.get('HalfStorage')!],
  ['bfloat16', STORAGE_TYPES.get('BFloat16Storage')!],
  ['int64', STORAGE_TYPES.get('LongStorage')!], ['long', STORAGE_TYPES.get('LongStorage')!],
  ['int32', STORAGE_TYPES.get('IntStorage')!], ['int', STORAGE_TYPES.get('IntStorage')!],
  ['int16', STORAGE_TYPES.get('ShortStorage')!], ['short', STORAGE_TYPES.get('ShortStorage')!],
  ['int8', STORAGE_TYPES.get('CharStorage')!], ['uint8', STORAGE_TYPES.get('ByteStorage')!],
  ['bool', STORAGE_TYPES.get('BoolStorage')!],
  ['complex64', STORAGE_TYPES.get('ComplexFloatStorage')!], ['complex128', STORAGE_TYPES.get('ComplexDoubleStorage')!],
  ['qint8', STORAGE_TYPES.get('QInt8Storage')!], ['quint8', STORAGE_TYPES.get('QUInt8Storage')!],
  ['qint32', STORAGE_TYPES.get('QInt32Storage')!], ['quint4x2', STORAGE_TYPES.get('QUInt4x2Storage')!],
  ['quint2x4', STORAGE_TYPES.get('QUInt2x4Storage')!],
  ['float8_e4m3fn', STORAGE_TYPES.get('Float8_e4m3fnStorage')!], ['float8_e5m2', STORAGE_TYPES.get('Float8_e5m2Storage')!],
  ['float8_e4m3fnuz', STORAGE_TYPES.get('Float8_e4m3fnuzStorage')!], ['float8_e5m2fnuz', STORAGE_TYPES.get('Float8_e5m2fnuzStorage')!],
  ['uint16', STORAGE_TYPES.get('UInt16Storage')!], ['uint32', STORAGE_TYPES.get('UInt32Storage')!],
  ['uint64', STORAGE_TYPES.get('UInt64Storage')!],
]);

/** A storage named by a persistent id: its key (zip entry `data/<key>`), element type and size. */
export interface StorageRef extends Described {
  readonly kind: 'storage';
  readonly key: string;
  readonly dtype: TorchDType;
  readonly bits: number;
  /** Elements of the storage's type, as the persistent id states. */
  readonly numel: number;
  readonly bytes: number;
}

export interface Quantizer {
  readonly scheme: string;
  readonly scale?: number;
  readonly zeroPoint?: number;
  readonly axis?: number;
  /** Per-channel scales and zero points are tensors of their own, with storages. */
  readonly scales?: TensorRef;
  readonly zeroPoints?: TensorRef;
}

export interface TensorRef extends Described {
  readonly kind: 'tensor';
  readonly storage: StorageRef;
  /** Element type of the tensor (differs from the storage's for untyped storages). */
  readonly dtype: TorchDType;
  readonly bits: number;
  readonly offset: number;
  readonly dims: readonly number[];
  readonly strides: readonly number[];
  readonly isParameter: boolean;
  readonly quantizer?: Quantizer;
}

/** A tensor kept in a form we do not measure (sparse, nested, meta, subclass wrappers). */
export interface UnmeasuredTensor extends Described {
  readonly kind: 'unmeasured-tensor';
  readonly how: string;
}

export function isTensor(v: PickleValue): v is TensorRef {
  return typeof v === 'object' && v !== null && 'described' in v && (v as TensorRef).kind === 'tensor';
}
export function isUnmeasured(v: PickleValue): v is UnmeasuredTensor {
  return typeof v === 'object' && v !== null && 'described' in v && (v as UnmeasuredTensor).kind === 'unmeasured-tensor';
}
function isStorage(v: PickleValue): v is StorageRef {
  return typeof v === 'object' && v !== null && 'described' in v && (v as StorageRef).kind === 'storage';
}

function intOf(v: PickleValue, what: string): number {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  if (typeof v === 'boolean') return Number(v);
  throw new PickleError(`${what} is ${typeof v === 'number' || typeof v === 'bigint' ? String(v) : kindOf(v)}, not a size`);
}

function intsOf(v: PickleValue, what: string): number[] {
  if (!(v instanceof PyTuple || v instanceof PyList)) throw new PickleError(`${what} is ${kindOf(v)}, not a tuple of sizes`);
  if (v.items.length > 64) throw new PickleError(`${what} has ${v.items.length} dimensions`);
  return v.items.map((x) => intOf(x, what));
}

function tupleItems(v: PickleValue, what: string): readonly PickleValue[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items;
  throw new PickleError(`${what}: arguments are ${kindOf(v)}, not a tuple`);
}

function dtypeFromGlobal(v: PickleValue): DTypeFacts | undefined {
  return v instanceof PyGlobal && v.module === 'torch' ? DTYPE_NAMES.get(v.name) : undefined;
}

/** The dtype a `torch.<dtype>` global names, in WeightTensor spelling (quantized modules state it). */
export function torchDTypeName(v: PickleValue): string | undefined {
  return dtypeFromGlobal(v)?.dtype;
}

/** `('storage', torch.FloatStorage, key, location, numel[, view_metadata])`. */
function storageFromPid(pid: PickleValue, dtypeOverride?: DTypeFacts): StorageRef {
  const items = pid instanceof PyTuple ? pid.items : undefined;
  if (!items || items[0] !== 'storage' || items.length < 5) throw new PickleError(`persistent id is ${kindOf(pid)}, not a storage reference`);
  const type = items[1];
  if (!(type instanceof PyGlobal)) throw new PickleError(`storage type is ${kindOf(type!)}`);
  const facts = STORAGE_TYPES.get(type.name) ?? dtypeOverride ?? DTYPE_NAMES.get(type.name);
  if (!facts || (type.module !== 'torch' && type.module !== 'torch.storage')) throw new PickleError(`unknown storage type ${type.qualified}`);
  const rawKey = items[2];
  if (typeof rawKey !== 'string' && typeof rawKey !== 'number') throw new PickleError(`storage key is ${kindOf(rawKey!)}`);
  const key = String(rawKey);
  if (key.length === 0 || key.length > 256) throw new PickleError('storage key is empty or too long');
  const numel = intOf(items[4]!, `storage ${key} size`);
  const bytes = (numel * facts.bits) / 8;
  if (!Number.isSafeInteger(bytes)) throw new PickleError(`storage ${key} size ${numel} is too large`);
  return { described: true, kind: 'storage', key, dtype: facts.dtype, bits: facts.bits, numel, bytes };
}

export interface TorchPickleContext {
  /** Callables the pickle would call that we do not interpret (os.system, __main__.Net, builtins.set...). */
  readonly foreignGlobals: Set<string>;
  /** Storages by key, as the persistent ids declare them. */
  readonly storages: Map<string, StorageRef>;
  /** Calls of callables that run code under torch.load (os.system, builtins.eval...): never made. */
  readonly codeCalls: { count: number; names: string[] };
}

const REBUILD_TENSOR = new Set(['_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_tensor_v3']);
const UNMEASURED = new Set([
  '_rebuild_sparse_tensor', '_rebuild_sparse_csr_tensor', '_rebuild_nested_tensor', '_rebuild_meta_tensor_no_storage',
  '_rebuild_wrapper_subclass', '_rebuild_device_tensor_from_numpy', '_rebuild_xla_tensor', '_rebuild_mlc_tensor',
  '_rebuild_device_tensor_from_cpu_tensor',
]);

function tensorFrom(name: string, args: readonly PickleValue[], isParameter: boolean): TensorRef {
  const storage = args[0];
  if (!isStorage(storage!)) throw new PickleError(`${name}: first argument is ${kindOf(storage ?? null)}, not a storage`);
  const offset = intOf(args[1] ?? null, `${name} storage offset`);
  const dims = intsOf(args[2] ?? null, `${name} size`);
  const strides = intsOf(args[3] ?? null, `${name} stride`);
  if (strides.length !== dims.length) throw new PickleError(`${name}: ${dims.length} sizes but ${strides.length} strides`);
  let facts: DTypeFacts = storage;
  if (name === '_rebuild_tensor_v3') {
    const d = dtypeFromGlobal(args[6] ?? null);
    if (!d) throw new PickleError(`_rebuild_tensor_v3: dtype is ${kindOf(args[6] ?? null)}`);
    facts = d;
  }
  return { described: true, kind: 'tensor', storage, dtype: facts.dtype, bits: facts.bits, offset, dims, strides, isParameter };
}

function quantizerFrom(v: PickleValue): Quantizer {
  const items = tupleItems(v, '_rebuild_qtensor quantizer');
  const scheme = items[0] instanceof PyGlobal ? items[0].name : typeof items[0] === 'string' ? items[0] : 'unknown scheme';
  if (scheme === 'per_tensor_affine') {
    return { scheme, scale: typeof items[1] === 'number' ? items[1] : undefined, zeroPoint: typeof items[2] === 'number' ? items[2] : undefined };
  }
  if (scheme === 'per_channel_affine' || scheme === 'per_channel_affine_float_qparams') {
    const scales = items[1];
    const zeroPoints = items[2];
    return {
      scheme,
      scales: isTensor(scales ?? null) ? (scales as TensorRef) : undefined,
      zeroPoints: isTensor(zeroPoints ?? null) ? (zeroPoints as TensorRef) : undefined,
      axis: typeof items[3] === 'number' ? items[3] : undefined,
    };
  }
  return { scheme };
}

function asParameter(t: TensorRef): TensorRef {
  return { ...t, isParameter: true };
}

/** The reduce step for a torch pickle: describes what torch.load would rebuild. */
function reduceTorch(func: PickleValue, args: PickleValue, ctx: TorchPickleContext): PickleValue | undefined {
  if (!(func instanceof PyGlobal)) {
    // Calling what a getattr returned (a method, a function) runs code, whatever the class.
    const looked = func instanceof PyObject ? memberLookup(func.cls, func.args) : undefined;
    if (looked !== undefined) countCodeCall(ctx, looked);
    return undefined;
  }
  const { module, name } = func;
  if (module === 'torch._utils' || module === 'torch._tensor' || module === 'torch') {
    if (REBUILD_TENSOR.has(name)) return tensorFrom(name, tupleItems(args, name), false);
    if (name === '_rebuild_parameter' || name === '_rebuild_parameter_with_state') {
      const data = tupleItems(args, name)[0] ?? null;
      if (isTensor(data)) return asParameter(data);
      if (isUnmeasured(data)) return data;
      throw new PickleError(`${name}: data is ${kindOf(data)}, not a tensor`);
    }
    if (name === '_rebuild_qtensor') {
      const items = tupleItems(args, name);
      const t = tensorFrom(name, [items[0]!, items[1]!, items[2]!, items[3]!], false);
      const q: TensorRef = { ...t, quantizer: quantizerFrom(items[4] ?? null) };
      return q;
    }
    if (name === '_rebuild_from_type_v2' || name === '_rebuild_from_type') {
      // (func, new_type, args, state): a tensor subclass (Parameter among them) rebuilt by func.
      const items = tupleItems(args, name);
      const inner = reduceTorch(items[0] ?? null, items[2] ?? null, ctx);
      const type = items[1];
      const asParam = type instanceof PyGlobal && type.name === 'Parameter';
      if (inner !== undefined && isTensor(inner)) return asParam ? asParameter(inner) : inner;
      return inner;
    }
    if (UNMEASURED.has(name)) {
      const u: UnmeasuredTensor = { described: true, kind: 'unmeasured-tensor', how: `${module}.${name}` };
      return u;
    }
    if (name === 'Size') return new PyTuple(intsOf(args instanceof PyTuple ? (args.items[0] ?? null) : args, 'torch.Size').map((n) => n));
  }
  if (module === 'collections' && (name === 'OrderedDict' || name === 'defaultdict')) {
    const d = new PyDict();
    const first = args instanceof PyTuple ? args.items[0] : undefined;
    if (name === 'OrderedDict' && (first instanceof PyList || first instanceof PyTuple)) {
      for (const pair of first.items) if (pair instanceof PyTuple || pair instanceof PyList) d.set(pair.items[0] ?? null, pair.items[1] ?? null);
    }
    return d;
  }
  if (ctx.foreignGlobals.size < 1000) ctx.foreignGlobals.add(func.qualified);
  if (isDangerousGlobal(func.qualified) && memberLookup(func, args) === undefined) countCodeCall(ctx, func.qualified);
  return undefined;
}

function countCodeCall(ctx: TorchPickleContext, name: string): void {
  ctx.codeCalls.count++;
  if (ctx.codeCalls.names.length < 3 && !ctx.codeCalls.names.includes(name)) ctx.codeCalls.names.push(name);
}

const GETATTR = new Set(['builtins.getattr', '__builtin__.getattr']);
const PUBLIC_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;

/**
 * `getattr(<class>, 'NAME')` with a class the pickle names from a module that is not dangerous and
 * a public name: how Python 3.11+ pickles an Enum member (a Hugging Face `training_args.bin` holds
 * several: `IntervalStrategy.STEPS`). Looking a member up calls nothing; calling what it returns
 * does, and is counted. Returns the member's qualified name, or undefined for any other call.
 */
function memberLookup(func: PickleValue, args: PickleValue): string | undefined {
  if (!(func instanceof PyGlobal) || !GETATTR.has(func.qualified) || !(args instanceof PyTuple) || args.items.length !== 2) return undefined;
  const [owner, name] = args.items;
  if (!(owner instanceof PyGlobal) || isDangerousGlobal(owner.qualified) || typeof name !== 'string' || !PUBLIC_NAME.test(name)) return undefined;
  return `${owner.qualified}.${name}`;
}

/** Hooks that turn torch's persistent ids and rebuild calls into descriptions. */
export function torchHooks(ctx: TorchPickleContext): UnpickleHooks {
  return {
    persistentLoad(pid) {
      // Legacy torch.save of a whole module names each module class as ('module', cls, source
      // file, source); torch.load returns the class (checking the source), to be instantiated.
      if (pid instanceof PyTuple && pid.items[0] === 'module' && pid.items[1] instanceof PyGlobal) return pid.items[1];
      const s = storageFromPid(pid);
      const seen = ctx.storages.get(s.key);
      if (seen) {
        if (seen.dtype !== s.dtype || seen.numel !== s.numel) throw new PickleError(`storage ${s.key} is declared twice with different sizes or types`);
        return seen;
      }
      if (ctx.storages.size >= 10_000_000) throw new PickleError('more than 10,000,000 storages');
      ctx.storages.set(s.key, s);
      return s;
    },
    reduce: (func, args) => reduceTorch(func, args, ctx),
  };
}

/** Well-known modules whose names in a pickle mean code execution under torch.load. */
const DANGEROUS = /^(os|posix|nt|subprocess|sys|shutil|socket|builtins\.(eval|exec|compile|open|getattr|__import__|input|breakpoint)|__builtin__\.(eval|exec|open|getattr)|importlib|runpy|pty|webbrowser|code|pickle|marshal|ctypes|commands|platform)(\.|$)/;

export function isDangerousGlobal(qualified: string): boolean {
  return DANGEROUS.test(qualified);
}
