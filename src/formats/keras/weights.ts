/**
 * The variables of a Keras HDF5 file as weight tensors with their roles. Two layouts:
 * - Keras 3 (`model.weights.h5` inside a `.keras`, and `.weights.h5`): the object tree,
 *   `layers/<group>[/layers/<inner>...]/[<sublayer>/]vars/<i>`, where a layer's group is named
 *   after its class, not its name (`dense`, `dense_1`, `batch_normalization`; see layerIndex),
 *   variables numbered in creation order; their names come from the layer's class (Dense:
 *   kernel, bias), `optimizer/vars/<i>`.
 * - tf.keras 2 (legacy `.h5`): `model_weights/<layer>/<layer>/<name>:0` (or the layer groups at
 *   the root of a `save_weights` file), optimizer variables under `optimizer_weights`.
 * BatchNormalization's moving mean/variance and Normalization's statistics are state (role
 * 'buffer'), optimizer variables 'optimizer' (never params), integer tensors 'non-weight'.
 */
import { isDType, isWeightDType } from '../../graph/dtype.js';
import type { WeightRole, WeightTensor } from '../weights.js';
import type { JsonObject, KerasLayer, KerasModel } from './config.js';
import type { Hdf5Dataset, Hdf5File, Hdf5Object } from './hdf5.js';
import { Hdf5Error, objectAt, walkDatasets } from './hdf5.js';

type VariableNamer = (cfg: JsonObject | undefined, count: number) => string[] | undefined;

const KERNEL_BIAS: VariableNamer = () => ['kernel', 'bias'];

/**
 * Variable names of a Keras 3 layer, in creation order, by class (the classes whose variables the
 * reader names: their creation order is fixed by the class). The config decides the optional ones;
 * without it (a class read from a group name) the number of variables in the group does.
 */
const VARIABLE_NAMES = new Map<string, VariableNamer>([
  ...['Dense', 'Conv1D', 'Conv2D', 'Conv3D', 'Conv1DTranspose', 'Conv2DTranspose', 'Conv3DTranspose', 'DepthwiseConv1D', 'DepthwiseConv2D', 'EinsumDense']
    .map((c): [string, VariableNamer] => [c, KERNEL_BIAS]),
  ...['SeparableConv1D', 'SeparableConv2D'].map((c): [string, VariableNamer] => [c, () => ['depthwise_kernel', 'pointwise_kernel', 'bias']]),
  ['BatchNormalization', (cfg, count) => {
    // The moving statistics come last whatever scale and center say.
    const learned = cfg ? [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta'])]
      : count === 4 ? ['gamma', 'beta'] : Array.from({ length: Math.max(0, count - 2) }, (_, i) => String(i));
    return [...learned, 'moving_mean', 'moving_variance'];
  }],
  ['LayerNormalization', (cfg, count) => {
    if (!cfg) return count === 2 ? ['gamma', 'beta'] : undefined;
    return [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta'])];
  }],
  ['Embedding', () => ['embeddings']],
  ['Normalization', () => ['mean', 'variance', 'count']],
  ['PReLU', () => ['alpha']],
]);

function variableNames(className: string | undefined, cfg: JsonObject | undefined, count: number): string[] | undefined {
  return className === undefined ? undefined : VARIABLE_NAMES.get(className)?.(cfg, count);
}

/**
 * Keras 3 `naming.to_snake_case`: non-word characters dropped, `_` put before each capitalised
 * word and between a lower-case letter and a capital, then lower-cased (`BatchNormalization` ->
 * `batch_normalization`, `Conv2DTranspose` -> `conv2d_transpose`, `PReLU` -> `p_re_lu`).
 * tf.keras 2's `generic_utils.to_snake_case` keeps non-word characters and prefixes a name that
 * starts with `_` (a private class) with `private`.
 */
export function kerasSnakeCase(className: string, tfKeras = false): string {
  const snake = (tfKeras ? className : className.replace(/[^\p{L}\p{N}_]+/gu, '')) // Python's Unicode \W
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
  return tfKeras && snake.startsWith('_') ? `private${snake}` : snake;
}

const CLASS_OF_GROUP = new Map([...VARIABLE_NAMES.keys()].map((c) => [kerasSnakeCase(c), c]));

/** The class a Keras 3 group name (`batch_normalization_3`) stands for, when it is one the reader names variables of. */
function classOfGroup(group: string): string | undefined {
  return CLASS_OF_GROUP.get(group) ?? CLASS_OF_GROUP.get(group.replace(/_\d+$/, ''));
}

/** Names of state that is not learned. */
const STATE_NAMES = new Set(['moving_mean', 'moving_variance', 'count']);

function roleOf(path: readonly string[], varName: string, dtype: string, layerClass: string | undefined, optimizer: boolean): WeightRole {
  if (optimizer) return 'optimizer';
  if (!isDType(dtype) || !isWeightDType(dtype)) return 'non-weight';
  if (STATE_NAMES.has(varName) || (layerClass === 'Normalization' && (varName === 'mean' || varName === 'variance'))) return 'buffer';
  // Random-generator state (Dropout's seed generator) and the model's metric/loss trackers (top-level groups) are not learned either.
  if (path.includes('seed_generator') || /metrics?$|tracker$/.test(path[0] ?? '')) return 'buffer';
  return 'param';
}

function tensor(d: Hdf5Dataset, name: string, role: WeightRole): WeightTensor {
  return { name, dtype: d.dtype.name, dims: d.dims, elements: d.elements, bytes: d.elements * d.dtype.size, role };
}

/** A layer of the config and the path of layer names that leads to it ('block', 'conv1'). */
interface Owner {
  readonly layer: KerasLayer;
  readonly names: readonly string[];
}

/** A raw op in a Keras 3 Functional model (`keras.ops.add(x, y)`): in the config, not in `model.layers`. */
const RAW_OP_MODULE = /^keras(\.src)?\.ops(\.|$)/;

/** How the file's writer named the groups of a model's layers. */
interface Naming {
  /** `layers` (Keras 3, tf.keras 2.14+) or `_layer_checkpoint_dependencies` (tf.keras 2.13). */
  readonly container: string;
  readonly tfKeras: boolean;
  /** Whether any variable lies under a group (tf.keras 2.13 counts a layer with weights twice). */
  readonly hasVariables: (group: string) => boolean;
}

/**
 * Layers by the HDF5 group their variables are saved in (`layers/sequential/layers/conv2d`).
 * saving_lib's `_save_container_state` names each member of a model's `layers` after its class,
 * not its name (`naming.to_snake_case(class)`, then `_1`, `_2`... for repeats of one snake name
 * within that model, the first bare); a layer with no variables still takes its name (and its
 * empty group). `layers` is the config's list in order, less a Sequential's leading InputLayer and
 * a Functional model's raw ops. tf.keras 2.13 walked `_layer_checkpoint_dependencies` instead, a
 * dict holding a layer with weights twice (`layer_with_weights-<k>`, then `layer-<i>`): the second
 * finds the layer saved and writes nothing, but still takes the next name.
 */
function layerIndex(m: KerasModel | undefined, naming: Naming, prefix = '', names: readonly string[] = [], out = new Map<string, Owner>()): Map<string, Owner> {
  if (!m) return out;
  const used = new Map<string, number>();
  const take = (snake: string): string => {
    const seen = used.get(snake);
    used.set(snake, seen === undefined ? 0 : seen + 1);
    return seen === undefined ? snake : `${snake}_${seen + 1}`;
  };
  const members = m.kind === 'sequential' && m.layers[0]?.className === 'InputLayer' ? m.layers.slice(1) : m.layers;
  for (const l of members) {
    if (RAW_OP_MODULE.test(l.module ?? '')) continue;
    const snake = kerasSnakeCase(l.className, naming.tfKeras);
    const key = `${prefix}${naming.container}/${take(snake)}`;
    const path = [...names, l.name];
    if (!out.has(key)) out.set(key, { layer: l, names: path });
    if (l.model) layerIndex(l.model, naming, `${key}/`, path, out);
    if (naming.container === '_layer_checkpoint_dependencies' && naming.hasVariables(key)) take(snake);
  }
  return out;
}

/** Variables the reader could not attribute to a layer of the config, or to a class whose variables it names: a warning tells how many. */
interface Unattributed {
  count: number;
  elements: number;
  first: string;
}

function note(u: Unattributed | undefined, path: string, elements: number): Unattributed {
  return u ? { ...u, count: u.count + 1, elements: u.elements + elements } : { count: 1, elements, first: path };
}

function describe(u: Unattributed): string {
  return `${u.count} variable${u.count === 1 ? '' : 's'} (${u.elements.toLocaleString('en-US')} elements, first ${JSON.stringify(u.first).slice(0, 120)})`;
}

export interface KerasWeights {
  readonly tensors: WeightTensor[];
  readonly warnings: string[];
}

/**
 * Keras 3: `layers/sequential/layers/conv2d/vars/0` -> the config layer saved at group
 * `layers/sequential/layers/conv2d`, sub-path [] and index 0. Without a config, or for a group the config has no layer for, the
 * group's name tells the class.
 */
function keras3Weights(file: Hdf5File, model: KerasModel | undefined, tfKeras: boolean): KerasWeights {
  const datasets = walkDatasets(file, file.root());
  const inGroup = new Map<string, number>();
  for (const d of datasets) {
    const group = d.path.slice(0, Math.max(0, d.path.lastIndexOf('/')));
    inGroup.set(group, (inGroup.get(group) ?? 0) + 1);
  }
  const tf213 = file.root().members().some((m) => m.name === '_layer_checkpoint_dependencies');
  let withVariables: Set<string> | undefined;
  const hasVariables = (group: string): boolean => {
    withVariables ??= new Set(datasets.flatMap((d) => d.path.split('/').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('/'))));
    return withVariables.has(group);
  };
  const layers = layerIndex(model, { container: tf213 ? '_layer_checkpoint_dependencies' : 'layers', tfKeras: tfKeras || tf213, hasVariables });
  const out: WeightTensor[] = [];
  let unmatched: Unattributed | undefined;
  let unknownClass: Unattributed | undefined;
  for (const d of datasets) {
    const parts = d.path.split('/');
    const index = parts[parts.length - 1]!;
    const optimizer = parts[0] === 'optimizer';
    // Owner: the group after the last 'layers' segment; anything after it (a cell, a sublayer) is a sub-path.
    const groups: string[] = [];
    const sub: string[] = [];
    let groupEnd = 0;
    for (let i = 0; i < parts.length - 2; i++) {
      if ((parts[i] === 'layers' || parts[i] === '_layer_checkpoint_dependencies') && i + 1 < parts.length - 2) {
        groups.push(parts[++i]!);
        groupEnd = i + 1;
        sub.length = 0;
      } else sub.push(parts[i]!);
    }
    const owner = groups.length > 0 ? layers.get(parts.slice(0, groupEnd).join('/')) : undefined;
    const className = sub.length > 0 ? undefined : owner ? owner.layer.className : groups.length > 0 ? classOfGroup(groups[groups.length - 1]!) : undefined;
    const count = inGroup.get(parts.slice(0, -1).join('/')) ?? 0;
    const varNames = variableNames(className, owner?.layer.config, count);
    const i = /^\d+$/.test(index) ? Number(index) : NaN;
    const varName = varNames && Number.isInteger(i) && i < varNames.length ? varNames[i]! : index;
    const display = optimizer ? ['optimizer', index] : owner ? [...owner.names, ...sub, varName] : groups.length > 0 ? [...groups, ...sub, varName] : [...parts.slice(0, -2), varName];
    const t = tensor(d, display.join('.'), roleOf(parts, varName, d.dtype.name, className, optimizer));
    out.push(t);
    if (groups.length > 0 && !owner && model) unmatched = note(unmatched, d.path, t.elements);
    else if (groups.length > 0 && !model && t.role === 'param' && (sub.length > 0 || !varNames)) unknownClass = note(unknownClass, d.path, t.elements);
  }
  const warnings: string[] = [];
  if (unmatched) {
    warnings.push(`${describe(unmatched)} sit in weight groups that match no layer of the model config: their roles are guessed from the group names (a class the reader cannot name variables for counts them as params)`);
  }
  if (unknownClass) {
    warnings.push(`without a model config, layer classes are read from the weight group names: ${describe(unknownClass)} of classes the reader cannot name variables for are counted as params (state among them, if any, is not told apart)`);
  }
  return { tensors: out, warnings };
}

/** tf.keras 2: layer groups (under model_weights, or the root of a weights file); names `<layer>/<var>:0`. */
function legacyWeights(file: Hdf5File, layersGroup: Hdf5Object, optimizerGroup: Hdf5Object | undefined): WeightTensor[] {
  const out: WeightTensor[] = [];
  const layerGroups = new Set(layersGroup.members().map((m) => m.name));
  for (const d of walkDatasets(file, layersGroup)) {
    const rel = d.path.slice(layersGroup.path === '' ? 0 : layersGroup.path.length + 1).split('/');
    if (!layerGroups.has(rel[0]!) || rel.length < 2) continue;
    const rest = rel[1] === rel[0] ? rel.slice(2) : rel.slice(1);
    const varName = (rest[rest.length - 1] ?? '').replace(/:\d+$/, '');
    const name = [rel[0]!, ...rest.slice(0, -1), varName].join('.');
    out.push(tensor(d, name, roleOf(rel, varName, d.dtype.name, undefined, false)));
  }
  if (optimizerGroup) {
    for (const d of walkDatasets(file, optimizerGroup)) {
      out.push(tensor(d, d.path.replace(/:\d+$/, '').split('/').join('.'), 'optimizer'));
    }
  }
  return out;
}

export type WeightsLayout = 'keras3' | 'legacy';

function layoutOf(file: Hdf5File): WeightsLayout | null {
  const root = file.root();
  // tf.keras splits a layer_names list over 64,512 bytes into layer_names0, layer_names1... (save_attributes_to_hdf5_group).
  if (root.attribute('layer_names') !== undefined || root.attribute('layer_names0') !== undefined) return 'legacy';
  const names = new Set(root.members().map((m) => m.name));
  if (names.has('model_weights')) return 'legacy';
  if (names.has('layers') || names.has('_layer_checkpoint_dependencies') || names.has('vars')) return 'keras3';
  return null;
}

/** Which layout a Keras HDF5 file has: a `layers` group is Keras 3; `model_weights` or `layer_names` tf.keras 2. */
export function weightsLayout(file: Hdf5File): WeightsLayout {
  const layout = layoutOf(file);
  if (layout === null) throw new Hdf5Error('an HDF5 file, but not a Keras one: no model_weights group, layer_names attribute or layers group');
  return layout;
}

/** Whether an HDF5 file's root is a Keras save's: its weights layout, or the root attributes a legacy save writes. */
export function isKerasHdf5(file: Hdf5File): boolean {
  const root = file.root();
  return root.attribute('model_config') !== undefined || root.attribute('keras_version') !== undefined || layoutOf(file) !== null;
}

/** `tfKeras`: the file was written by tf.keras 2 (its metadata says a 2.x version), whose snake case differs a little. */
export function readKerasWeights(file: Hdf5File, model: KerasModel | undefined, tfKeras = false): KerasWeights {
  if (weightsLayout(file) === 'keras3') return keras3Weights(file, model, tfKeras);
  const root = file.root();
  const modelWeights = objectAt(file, 'model_weights');
  const optimizer = objectAt(file, 'optimizer_weights');
  return { tensors: legacyWeights(file, modelWeights ?? root, optimizer), warnings: [] };
}
