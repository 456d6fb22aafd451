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
import type { WeightRole } from '../weights.js';
import { PyDict, PyList, PyObject, PyTuple } from './pickle.js';
import type { PickleValue } from './pickle.js';
import { isTensor, isUnmeasured } from './torch-pickle.js';
import type { TensorRef } from './torch-pickle.js';

export interface NamedTensor {
  readonly name: string;
  readonly tensor: TensorRef;
  readonly role: WeightRole;
  /** Under an `ema` entry of a checkpoint: shadow weights, not the model's. */
  readonly ema: boolean;
}

/** What the attributes of a TorchScript class are, from its `code/` file. */
export interface ScriptClassInfo {
  readonly parameters: ReadonlySet<string>;
  readonly buffers: ReadonlySet<string>;
}

export interface WalkResult {
  readonly tensors: NamedTensor[];
  /** Tensors kept in forms we do not measure (sparse, meta...), by name and how. */
  readonly unmeasured: string[];
}

/** Keys under which checkpoints keep the model's weights (their names are the module paths). */
const MODEL_KEYS = new Set(['model', 'state_dict', 'model_state_dict', 'model_state', 'net', 'network', 'module', 'params', 'weights', 'model_weights']);
const OPTIMIZER_KEYS = new Set(['optimizer', 'optimizer_state_dict', 'optimizer_state', 'optimizers', 'optimizer_states', 'optim', 'opt', 'opt_state']);
const EMA_KEYS = new Set(['ema', 'model_ema', 'ema_model', 'ema_state_dict', 'state_dict_ema', 'ema_state', 'shadow']);
/** Module state that is not learned, by attribute name. */
const BUFFER_NAMES = new Set(['running_mean', 'running_var', 'num_batches_tracked', 'inv_freq', 'anchors', 'anchor_grid']);

const MAX_DEPTH = 200;
const MAX_NAME = 4096;

type Forced = WeightRole | undefined;

function keyText(k: PickleValue): string | undefined {
  if (typeof k === 'string') return k;
  if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') return String(k);
  return undefined;
}

function isOptimizerState(v: PickleValue): boolean {
  return v instanceof PyDict && v.get('state') !== undefined && v.get('param_groups') !== undefined;
}

/** Role of a tensor that nothing around it classifies (state_dict entries). */
export function defaultRole(name: string, t: TensorRef): WeightRole {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (BUFFER_NAMES.has(last)) return 'buffer';
  const elements = t.dims.reduce((a, b) => a * b, 1);
  // Quantized modules keep their output scale and zero point as one-element tensors.
  if ((last === 'scale' || last === 'zero_point') && elements <= 1) return 'non-weight';
  if (t.dtype.startsWith('q')) return 'param';
  return isWeightDType(t.dtype as DType) ? 'param' : 'non-weight';
}

export function walkPickle(root: PickleValue, scriptClasses: ReadonlyMap<string, ScriptClassInfo> = new Map()): WalkResult {
  const tensors: NamedTensor[] = [];
  const unmeasured: string[] = [];
  const visited = new Set<object>();

  const record = (path: readonly string[], t: TensorRef, forced: Forced, ema: boolean): void => {
    let name = path.join('.');
    if (name.length > MAX_NAME) name = `${name.slice(0, MAX_NAME)}...`;
    // Quantized Linear keeps (weight, bias) as a tuple under `_packed_params._packed_params`.
    name = name.replace(/(^|\.)_packed_params\._packed_params\.0$/, '$1weight').replace(/(^|\.)_packed_params\._packed_params\.1$/, '$1bias');
    const role = forced ?? defaultRole(name, t);
    tensors.push({ name, tensor: t, role, ema });
    const q = t.quantizer;
    if (q?.scales) tensors.push({ name: `${name}.q_scales`, tensor: q.scales, role: 'non-weight', ema });
    if (q?.zeroPoints) tensors.push({ name: `${name}.q_zero_points`, tensor: q.zeroPoints, role: 'non-weight', ema });
  };

  const visit = (v: PickleValue, path: string[], forced: Forced, ema: boolean, depth: number): void => {
    if (v === null || typeof v !== 'object') return;
    if (isTensor(v)) return record(path, v, forced, ema);
    if (isUnmeasured(v)) {
      if (unmeasured.length < 1000) unmeasured.push(`${path.join('.') || '<root>'} (${v.how})`);
      return;
    }
    if (!(v instanceof PyDict || v instanceof PyList || v instanceof PyTuple || v instanceof PyObject)) return;
    if (visited.has(v)) return;
    visited.add(v);
    if (depth > MAX_DEPTH) return;
    if (v instanceof PyDict) {
      const role = forced ?? (isOptimizerState(v) ? 'optimizer' : undefined);
      for (const [k, x] of v.entries) {
        const key = keyText(k);
        if (key !== undefined) visit(x, [...path, key], role, ema, depth + 1);
      }
      return;
    }
    if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((x, i) => visit(x, [...path, String(i)], forced, ema, depth + 1));
      return;
    }
    visitObject(v, path, forced, ema, depth);
  };

  const visitObject = (o: PyObject, path: string[], forced: Forced, ema: boolean, depth: number): void => {
    const state = o.state instanceof PyTuple ? o.state.items[0] ?? null : o.state;
    if (state instanceof PyDict && (state.get('_parameters') !== undefined || state.get('_modules') !== undefined)) {
      // A pickled nn.Module: its own dicts say what is a parameter and what a buffer.
      visited.add(state);
      for (const [k, x] of state.entries) {
        const key = keyText(k);
        if (key === '_parameters' || key === '_buffers' || key === '_modules') {
          if (!(x instanceof PyDict) || visited.has(x)) continue;
          visited.add(x);
          const role: Forced = forced ?? (key === '_parameters' ? 'param' : key === '_buffers' ? 'buffer' : undefined);
          for (const [ck, cx] of x.entries) {
            const child = keyText(ck);
            if (child !== undefined) visit(cx, [...path, child], role, ema, depth + 1);
          }
        } else if (key !== undefined) {
          visit(x, [...path, key], forced, ema, depth + 1);
        }
      }
      return;
    }
    const script = scriptClasses.get(o.className);
    if (state instanceof PyDict) {
      visited.add(state);
      for (const [k, x] of state.entries) {
        const key = keyText(k);
        if (key === undefined) continue;
        const role: Forced = forced ?? (script?.parameters.has(key) ? 'param' : script?.buffers.has(key) ? 'buffer' : undefined);
        visit(x, [...path, key], role, ema, depth + 1);
      }
    } else {
      visit(o.state, path, forced, ema, depth + 1);
    }
    for (const [k, x] of o.items) {
      const key = keyText(k);
      if (key !== undefined) visit(x, [...path, key], forced, ema, depth + 1);
    }
    o.appended.forEach((x, i) => visit(x, [...path, String(i)], forced, ema, depth + 1));
    visit(o.args, path, forced, ema, depth + 1);
  };

  if (root instanceof PyDict && root.entries.some(([k]) => typeof k === 'string' && (MODEL_KEYS.has(k) || OPTIMIZER_KEYS.has(k) || EMA_KEYS.has(k)))) {
    // A training checkpoint: the model's names are its module paths; the rest keeps its key.
    visited.add(root);
    const modelKeys = root.entries.filter(([k, x]) => typeof k === 'string' && MODEL_KEYS.has(k) && x !== null);
    for (const [k, x] of root.entries) {
      const key = keyText(k);
      if (key === undefined) continue;
      if (OPTIMIZER_KEYS.has(key)) visit(x, [key], 'optimizer', false, 1);
      else if (EMA_KEYS.has(key)) visit(x, [key], undefined, true, 1);
      else if (MODEL_KEYS.has(key) && modelKeys.length === 1) visit(x, [], undefined, false, 1);
      else visit(x, [key], undefined, false, 1);
    }
  } else {
    visit(root, [], undefined, false, 0);
  }

  // EMA shadow weights are training state beside the model's own weights; a checkpoint whose
  // only weights are the EMA ones (YOLOv5 after strip_optimizer keeps the model there) is that model.
  const modelHasParams = tensors.some((t) => !t.ema && t.role === 'param');
  const out = modelHasParams ? tensors.map((t) => (t.ema ? { ...t, role: 'optimizer' as const } : t)) : tensors;
  return { tensors: out, unmeasured };
}
