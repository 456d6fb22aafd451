/**
 * From the described pickle to named tensors with roles. One walk serves every shape torch.save
 * produces: a state_dict (dotted names as keys), a whole pickled module (`_parameters`,
 * `_buffers`, `_modules`), a TorchScript module (attributes, with `__parameters__`/`__buffers__`
 * from its code when known), and training checkpoints (`model`/`state_dict` beside `optimizer`,
 * `ema`, `epoch`...). Each container is visited once, so shared and cyclic references cost
 * nothing extra; a tensor reached under two names is kept under both (storageKey dedups it).
 */
import { isWeightDType } from '../../graph/dtype.js';
import type { DType } from '../../graph/dtype.js';
import { isBufferName } from '../buffer-names.js';
import type { WeightRole } from '../weights.js';
import { PickleError, PyDict, PyList, PyObject, PyTuple } from './pickle.js';
import type { PickleValue } from './pickle.js';
import { isTensor, isUnmeasured } from './torch-pickle.js';
import type { TensorRef } from './torch-pickle.js';

export interface NamedTensor {
  readonly name: string;
  readonly tensor: TensorRef;
  readonly role: WeightRole;
  /** Under an `ema` entry of a checkpoint: shadow weights, not the model's. */
  readonly ema: boolean;
  /**
   * A per-channel quantized tensor's scales or zero points (`<name>.q_scales`,
   * `<name>.q_zero_points`): stored inside that tensor, under no key of its own.
   */
  readonly derived?: true;
}

/** What the attributes of a TorchScript class are, from its `code/` file. */
export interface ScriptClassInfo {
  readonly parameters: ReadonlySet<string>;
  readonly buffers: ReadonlySet<string>;
}

export interface WalkResult {
  readonly tensors: NamedTensor[];
  /** Tensors kept in forms we do not measure (sparse, meta...), by name and how: the first 1,000. */
  readonly unmeasured: string[];
  /**
   * The names of every tensor kept in a form we do not measure, counted against the pickle's
   * budget of names: a sharded set's index lists them as it lists the others.
   */
  readonly unmeasuredNames: string[];
  /** What the roles could not tell for sure, in one line each. */
  readonly warnings: string[];
}

/** Keys under which checkpoints keep the model's weights (their names are the module paths). */
const MODEL_KEYS = new Set(['model', 'state_dict', 'model_state_dict', 'model_state', 'net', 'network', 'module', 'params', 'weights', 'model_weights']);
const OPTIMIZER_KEYS = new Set(['optimizer', 'optimizer_state_dict', 'optimizer_state', 'optimizers', 'optimizer_states', 'optim', 'opt', 'opt_state']);
const EMA_KEYS = new Set(['ema', 'model_ema', 'ema_model', 'ema_state_dict', 'state_dict_ema', 'ema_state', 'shadow']);

const MAX_DEPTH = 200;
/** A tensor's name is cut here (with "..." after): no real module path comes near it. */
export const MAX_NAME = 4096;
/**
 * Names given in one pickle. The largest real models hold about 100k tensors, and a training
 * checkpoint adds up to three optimizer tensors per parameter (Adam's two moments, its step).
 * Memo references let a pickle name one tensor again every 4 bytes: 16 million names in 64 MiB.
 */
export const MAX_TENSOR_NAMES = 500_000;
/**
 * Characters of all the names given in one pickle, as many as its largest size in bytes (a
 * state_dict's names are its keys). Names under MAX_NAME can still add up: memoized 4,096-char
 * keys make 16 million names of 4 KB each.
 */
export const MAX_NAME_CHARS = 64 * 1024 * 1024;

type Forced = WeightRole | undefined;

/**
 * Where in a training checkpoint a tensor was found: under its model entry (or anywhere in a file
 * that is no checkpoint), under its EMA entry, or under another top-level entry (`rng_state`,
 * `callbacks`, `best_val_loss`...), named by `key`. `attribute`: under a plain attribute of a
 * pickled module, outside its `_parameters`/`_buffers`/`_modules`.
 */
interface Origin {
  readonly kind: 'model' | 'ema' | 'other';
  readonly key?: string;
  readonly attribute?: boolean;
}
const MODEL: Origin = { kind: 'model' };
const EMA: Origin = { kind: 'ema' };

/**
 * The keys from the root to a value, as links to the parent: a child costs one link whatever its
 * depth and its keys' lengths, and the text is built only when a tensor is named.
 */
interface KeyPath {
  readonly up: KeyPath | undefined;
  readonly key: string;
}

const under = (up: KeyPath | undefined, key: string): KeyPath => ({ up, key });

/**
 * The keys joined by '.', cut to MAX_NAME characters (with "..." after). Joining stops once past
 * the cut: memo references let a pickle key 190 levels with one 100,000-char string.
 */
function nameOf(path: KeyPath | undefined): string {
  const keys: string[] = [];
  for (let p = path; p; p = p.up) keys.push(p.key);
  let name = '';
  for (let i = keys.length - 1; i >= 0 && name.length <= MAX_NAME; i--) {
    if (i < keys.length - 1) name += '.';
    name += keys[i]!.slice(0, MAX_NAME + 1 - name.length);
  }
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}...` : name;
}

function keyText(k: PickleValue): string | undefined {
  if (typeof k === 'string') return k;
  if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') return String(k);
  return undefined;
}

function isOptimizerState(v: PickleValue): boolean {
  return v instanceof PyDict && v.get('state') !== undefined && v.get('param_groups') !== undefined;
}

/**
 * Keys of a saved random-number-generator state: Hugging Face's Trainer (`rng_state.pth`,
 * `rng_state_<rank>.pth`: python, numpy, cpu, cuda and the other devices), Accelerate
 * (`random_states_<i>.pkl`: one key per device backend, and the training step beside them) and
 * Megatron (`rng_state`). Python's and numpy's states come first.
 */
const RNG_HOST_KEYS = new Set(['python', 'numpy', 'random_state', 'numpy_random_seed', 'random_rng_state', 'np_rng_state']);
const RNG_TORCH_KEYS = new Set([
  'cpu', 'cuda', 'xla', 'npu', 'mlu', 'musa', 'hpu', 'mps', 'xpu', 'torch_manual_seed', 'xm_seed', 'torch_rng_state', 'cuda_rng_state',
]);
/** Accelerate names each device backend's states `torch_<backend>_manual_seed` (cuda, xpu, neuron...). */
const RNG_BACKEND_KEY = /^torch_[a-z]+_manual_seed$/;
/** Megatron's tracker keeps its states in a dict by name: the one key whose value may be a dict. */
const RNG_TRACKER_KEY = 'rng_tracker_states';

const isInt = (x: PickleValue): boolean => (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint';

/** Python's `random.getstate()` and numpy's `get_state()`: tuples of plain values (every producer writes them so). */
function isHostRngState(x: PickleValue): boolean {
  return x instanceof PyTuple && !x.items.some((i) => isTensor(i) || isUnmeasured(i));
}

/**
 * A torch generator's state is a ByteTensor; a backend's states come as a list of them (one per
 * device: `get_rng_state_all()`), Megatron's tracker's as a dict by name; XLA's is an int seed,
 * which Accelerate 0.6 to 0.8 saved as a 0-d int64 tensor.
 */
function isTorchRngState(x: PickleValue, dictAllowed: boolean, nested = false): boolean {
  if (isTensor(x)) return x.dtype === 'uint8' || (x.dtype === 'int64' && x.dims.length === 0);
  if (isInt(x)) return true;
  if (nested) return false;
  const items = x instanceof PyList || x instanceof PyTuple ? x.items : dictAllowed && x instanceof PyDict ? Array.from(x.unique(), ([, i]) => i) : undefined;
  return items !== undefined && items.every((i) => isTorchRngState(i, false, true));
}

/**
 * A dict of RNG states: every key one of those names, Python's or numpy's state beside torch's,
 * each value of the kind that key holds. Its tensors are training state, never params. The names
 * alone are not enough: `{'python': {...float weights}, 'cuda': {...}}` is a model's weights.
 */
function isRngState(v: PickleValue): boolean {
  if (!(v instanceof PyDict)) return false;
  let host = false;
  let torch = false;
  for (const [k, x] of v.unique()) {
    if (typeof k !== 'string') return false;
    if (RNG_HOST_KEYS.has(k) && isHostRngState(x)) host = true;
    else if ((RNG_TORCH_KEYS.has(k) || RNG_BACKEND_KEY.test(k) || k === RNG_TRACKER_KEY) && isTorchRngState(x, k === RNG_TRACKER_KEY)) torch = true;
    else if (!(k === 'step' && isInt(x))) return false;
  }
  return host && torch;
}

/** Role of a tensor that nothing around it classifies (state_dict entries). */
export function defaultRole(name: string, t: TensorRef): WeightRole {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (isBufferName(name, t.dims)) return 'buffer';
  const elements = t.dims.reduce((a, b) => a * b, 1);
  // Quantized modules keep their output scale and zero point as one-element tensors.
  if ((last === 'scale' || last === 'zero_point') && elements <= 1) return 'non-weight';
  if (t.dtype.startsWith('q')) return 'param';
  return isWeightDType(t.dtype as DType) ? 'param' : 'non-weight';
}

/**
 * Role of a TorchScript module's attribute from its class's declarations. A tensor attribute the
 * class declares neither a parameter nor a buffer (`cache : Tensor`) is module state, as in torch's
 * parameters(); anything else (a submodule) gets its roles inside.
 */
function scriptRole(script: ScriptClassInfo | undefined, key: string, value: PickleValue): Forced {
  if (script === undefined) return undefined;
  if (script.parameters.has(key)) return 'param';
  if (script.buffers.has(key) || isTensor(value)) return 'buffer';
  return undefined;
}

export function walkPickle(root: PickleValue, scriptClasses: ReadonlyMap<string, ScriptClassInfo> = new Map()): WalkResult {
  const tensors: NamedTensor[] = [];
  /** Where each of `tensors` was found, by index. */
  const origins: Origin[] = [];
  const unmeasured: string[] = [];
  const unmeasuredNames: string[] = [];
  const visited = new Set<object>();
  /**
   * Plain module attributes, walked once the whole tree of `_modules` has been: a registered
   * module that another one also keeps in a plain attribute (`self.peers = [emb]`) takes its roles
   * from its own place, whichever comes first in the pickle.
   */
  const deferred: Array<(() => void) | undefined> = [];
  let names = 0;
  let nameChars = 0;
  /** Tensors of RNG states found outside optimizer and training state: training state, said in a warning. */
  let rngTensors = 0;

  /** Every name given counts against the pickle's budget of names and of their characters. */
  const named = (name: string): string => {
    if (++names > MAX_TENSOR_NAMES) throw new PickleError(`the pickle names more than ${MAX_TENSOR_NAMES} tensors, more than any real checkpoint: refused`);
    nameChars += name.length;
    if (nameChars > MAX_NAME_CHARS) throw new PickleError(`the pickle's tensor names add up to more than ${MAX_NAME_CHARS} characters, more than any real checkpoint: refused`);
    return name;
  };

  const record = (path: KeyPath | undefined, t: TensorRef, forced: Forced, from: Origin): void => {
    // Quantized Linear keeps (weight, bias) as a tuple under `_packed_params._packed_params`.
    const name = named(nameOf(path).replace(/(^|\.)_packed_params\._packed_params\.0$/, '$1weight').replace(/(^|\.)_packed_params\._packed_params\.1$/, '$1bias'));
    const role = forced ?? defaultRole(name, t);
    const ema = from === EMA;
    const push = (n: NamedTensor): void => {
      tensors.push(n);
      origins.push(from);
    };
    push({ name, tensor: t, role, ema });
    const q = t.quantizer;
    if (q?.scales) push({ name: named(`${name}.q_scales`), tensor: q.scales, role: 'non-weight', ema, derived: true });
    if (q?.zeroPoints) push({ name: named(`${name}.q_zero_points`), tensor: q.zeroPoints, role: 'non-weight', ema, derived: true });
  };

  const visit = (v: PickleValue, path: KeyPath | undefined, forced: Forced, from: Origin, depth: number): void => {
    if (v === null || typeof v !== 'object') return;
    if (isTensor(v)) return record(path, v, forced, from);
    if (isUnmeasured(v)) {
      const name = named(nameOf(path));
      unmeasuredNames.push(name);
      if (unmeasured.length < 1000) unmeasured.push(`${name || '<root>'} (${v.how})`);
      return;
    }
    if (!(v instanceof PyDict || v instanceof PyList || v instanceof PyTuple || v instanceof PyObject)) return;
    if (visited.has(v)) return;
    visited.add(v);
    if (depth > MAX_DEPTH) return;
    if (v instanceof PyDict) {
      const rng = forced === undefined && isRngState(v);
      const role = forced ?? (isOptimizerState(v) || rng ? 'optimizer' : undefined);
      const before = tensors.length;
      for (const [k, x] of v.unique()) {
        const key = keyText(k);
        if (key !== undefined) visit(x, under(path, key), role, from, depth + 1);
      }
      if (rng) rngTensors += tensors.length - before;
      return;
    }
    if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((x, i) => visit(x, under(path, String(i)), forced, from, depth + 1));
      return;
    }
    visitObject(v, path, forced, from, depth);
  };

  const visitObject = (o: PyObject, path: KeyPath | undefined, forced: Forced, from: Origin, depth: number): void => {
    const state = o.state instanceof PyTuple ? o.state.items[0] ?? null : o.state;
    if (state instanceof PyDict && (state.get('_parameters') !== undefined || state.get('_modules') !== undefined)) {
      // A pickled nn.Module: its own dicts say what is a parameter and what a buffer. They are
      // walked first, so a module also kept in a plain attribute keeps its roles.
      visited.add(state);
      const items = state.unique();
      for (const [k, x] of items) {
        const key = keyText(k);
        if (key !== '_parameters' && key !== '_buffers' && key !== '_modules') continue;
        if (!(x instanceof PyDict) || visited.has(x)) continue;
        visited.add(x);
        const role: Forced = forced ?? (key === '_parameters' ? 'param' : key === '_buffers' ? 'buffer' : undefined);
        for (const [ck, cx] of x.unique()) {
          const child = keyText(ck);
          if (child !== undefined) visit(cx, under(path, child), role, from, depth + 1);
        }
      }
      // Any other attribute (`self.cache = torch.zeros(...)`, YOLO's `stride`, a plain list of
      // modules) is outside torch's parameters() and buffers(): module state, not params. Three
      // kinds are not: quantized modules keep their weights packed in `_packed_params` (Linear,
      // Conv) or `_packed_weight` (Embedding), and dynamic quantized LSTM/GRU in a
      // torch.ScriptObject attribute (`_all_weight_values.<i>.param`), which their state_dict
      // holds; and aliases of the module's own tensors (LSTM's `_flat_weights` list its
      // parameters), dropped at the end. Attributes wait until the walk of `_modules` is done.
      const attribute: Origin = from.attribute ? from : { ...from, attribute: true };
      for (const [k, x] of items) {
        const key = keyText(k);
        if (key === undefined || key === '_parameters' || key === '_buffers' || key === '_modules') continue;
        if (key.startsWith('_packed_') || (x instanceof PyObject && x.className === 'torch.ScriptObject')) visit(x, under(path, key), forced, from, depth + 1);
        else deferred.push(() => visit(x, under(path, key), forced ?? 'buffer', attribute, depth + 1));
      }
      return;
    }
    const script = scriptClasses.get(o.className);
    if (state instanceof PyDict) {
      visited.add(state);
      for (const [k, x] of state.unique()) {
        const key = keyText(k);
        if (key === undefined) continue;
        visit(x, under(path, key), forced ?? scriptRole(script, key, x), from, depth + 1);
      }
    } else {
      visit(o.state, path, forced, from, depth + 1);
    }
    for (const [k, x] of o.items?.unique() ?? []) {
      const key = keyText(k);
      if (key !== undefined) visit(x, under(path, key), forced, from, depth + 1);
    }
    o.appended.forEach((x, i) => visit(x, under(path, String(i)), forced, from, depth + 1));
    visit(o.args, path, forced, from, depth + 1);
  };

  const rootItems = root instanceof PyDict ? root.unique() : [];
  const trainingKey = (k: PickleValue): boolean => typeof k === 'string' && (MODEL_KEYS.has(k) || OPTIMIZER_KEYS.has(k) || EMA_KEYS.has(k));
  if (root instanceof PyDict && root.flat.some((k, i) => i % 2 === 0 && trainingKey(k))) {
    // A training checkpoint: the model's names are its module paths; the rest keeps its key.
    visited.add(root);
    let modelKeys = 0;
    for (const [k, x] of rootItems) if (typeof k === 'string' && MODEL_KEYS.has(k) && x !== null) modelKeys++;
    for (const [k, x] of rootItems) {
      const key = keyText(k);
      if (key === undefined) continue;
      if (OPTIMIZER_KEYS.has(key)) visit(x, under(undefined, key), 'optimizer', MODEL, 1);
      else if (EMA_KEYS.has(key)) visit(x, under(undefined, key), undefined, EMA, 1);
      else if (MODEL_KEYS.has(key)) visit(x, modelKeys === 1 ? undefined : under(undefined, key), undefined, MODEL, 1);
      else visit(x, under(undefined, key), undefined, { kind: 'other', key }, 1);
    }
  } else {
    visit(root, undefined, undefined, MODEL, 0);
  }
  // Growing while it runs: an attribute can reach a module whose own attributes wait in turn.
  for (let i = 0; i < deferred.length; i++) {
    const job = deferred[i]!;
    deferred[i] = undefined;
    job();
  }
  const settled = settleRoles(tensors, origins, unmeasured, unmeasuredNames);
  if (rngTensors > 0) settled.warnings.push(`${rngTensors} tensor(s) of random-number-generator state (a training checkpoint's rng_state) are counted as training state (with the optimizer state), not params`);
  return settled;
}

/**
 * The roles that need the whole walk. A module attribute that aliases a parameter or buffer is
 * dropped. Training state beside the model is not params. EMA shadow weights are training state beside
 * the model's own weights; a checkpoint whose only weights are the EMA ones (YOLOv5 after
 * strip_optimizer keeps the model there) is that model. Once a model entry (`model`,
 * `state_dict`...) holds params, the other top-level entries are training state too: RNG state
 * (Megatron, Hugging Face's Trainer keep ByteTensors), callbacks' scalars (Lightning), a best loss.
 * Without a model entry they stay as read: `{'encoder': ..., 'decoder': ..., 'optimizer': ...}`
 * keeps its model under keys of its own.
 */
function settleRoles(all: readonly NamedTensor[], allOrigins: readonly Origin[], unmeasured: string[], unmeasuredNames: string[]): WalkResult {
  // A module attribute that views a storage some parameter or buffer holds is that tensor again.
  const held = new Set(all.filter((_, i) => !allOrigins[i]!.attribute).map((t) => t.tensor.storage.key));
  const keep = all.map((t, i) => !allOrigins[i]!.attribute || !held.has(t.tensor.storage.key));
  const tensors = all.filter((_, i) => keep[i]);
  const origins = allOrigins.filter((_, i) => keep[i]);
  const hasParams = (kind: Origin['kind']): boolean => tensors.some((t, i) => origins[i]!.kind === kind && t.role === 'param');
  const modelEntry = hasParams('model');
  const emaBeside = modelEntry || hasParams('other');
  const moved = new Map<string, number>();
  const out = tensors.map((t, i) => {
    const from = origins[i]!;
    const training = (from.kind === 'ema' && emaBeside) || (from.kind === 'other' && modelEntry);
    if (!training || t.role === 'optimizer') return t;
    if (from.kind === 'other' && t.role === 'param') moved.set(from.key!, (moved.get(from.key!) ?? 0) + 1);
    return { ...t, role: 'optimizer' as const };
  });
  const warnings: string[] = [];
  if (moved.size > 0) {
    const count = [...moved.values()].reduce((a, b) => a + b, 0);
    const keys = [...moved.keys()].slice(0, 3).map((k) => JSON.stringify(k.slice(0, 80))).join(', ');
    warnings.push(`${count} tensor(s) under the checkpoint's ${keys}${moved.size > 3 ? ', ...' : ''} beside its model are counted as training state (with the optimizer state), not params`);
  }
  return { tensors: out, unmeasured, unmeasuredNames, warnings };
}
