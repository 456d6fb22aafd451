/**
 * The variables of a Keras HDF5 file as weight tensors with their roles. Two layouts:
 * - Keras 3 (`model.weights.h5` inside a `.keras`, and `.weights.h5`): the object tree,
 *   `layers/<layer>[/layers/<inner>...]/[<sublayer>/]vars/<i>`, variables numbered in creation
 *   order; their names come from the layer's class (Dense: kernel, bias), `optimizer/vars/<i>`.
 * - tf.keras 2 (legacy `.h5`): `model_weights/<layer>/<layer>/<name>:0` (or the layer groups at
 *   the root of a `save_weights` file), optimizer variables under `optimizer_weights`.
 * BatchNormalization's moving mean/variance and Normalization's statistics are state (role
 * 'buffer'), optimizer variables 'optimizer' (never params), integer tensors 'non-weight'.
 */
import { isDType, isWeightDType } from '../../graph/dtype.js';
import type { WeightRole, WeightTensor } from '../weights.js';
import type { KerasLayer, KerasModel } from './config.js';
import type { Hdf5Dataset, Hdf5File, Hdf5Object } from './hdf5.js';
import { Hdf5Error, objectAt, walkDatasets } from './hdf5.js';

/** Variable names of a Keras 3 layer, in creation order, by class (config decides optional ones). */
function variableNames(layer: KerasLayer | undefined): string[] | undefined {
  if (!layer) return undefined;
  const cfg = layer.config;
  switch (layer.className) {
    case 'Dense': case 'Conv1D': case 'Conv2D': case 'Conv3D': case 'Conv1DTranspose': case 'Conv2DTranspose': case 'Conv3DTranspose':
    case 'DepthwiseConv1D': case 'DepthwiseConv2D': case 'EinsumDense':
      return ['kernel', 'bias'];
    case 'SeparableConv1D': case 'SeparableConv2D':
      return ['depthwise_kernel', 'pointwise_kernel', 'bias'];
    case 'BatchNormalization':
      return [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta']), 'moving_mean', 'moving_variance'];
    case 'LayerNormalization':
      return [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta'])];
    case 'Embedding':
      return ['embeddings'];
    case 'Normalization':
      return ['mean', 'variance', 'count'];
    case 'PReLU':
      return ['alpha'];
    default:
      return undefined;
  }
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

/** Layers of a model by their path of names ('block/conv1'), nested models included. */
function layerIndex(m: KerasModel | undefined, prefix = '', out = new Map<string, KerasLayer>()): Map<string, KerasLayer> {
  for (const l of m?.layers ?? []) {
    const path = prefix + l.name;
    out.set(path, l);
    if (l.model) layerIndex(l.model, `${path}/`, out);
  }
  return out;
}

/** Keras 3: `layers/a/layers/b/vars/0` -> owner path `a/b`, sub-path [] and index 0. */
function keras3Weights(file: Hdf5File, model: KerasModel | undefined): WeightTensor[] {
  const layers = layerIndex(model);
  const out: WeightTensor[] = [];
  for (const d of walkDatasets(file, file.root())) {
    const parts = d.path.split('/');
    const index = parts[parts.length - 1]!;
    const optimizer = parts[0] === 'optimizer';
    // Owner: the names between 'layers' segments; anything after the last layer name (a cell, a sublayer) is a sub-path.
    const names: string[] = [];
    const sub: string[] = [];
    for (let i = 0; i < parts.length - 2; i++) {
      if ((parts[i] === 'layers' || parts[i] === '_layer_checkpoint_dependencies') && i + 1 < parts.length - 2) {
        names.push(parts[++i]!);
        sub.length = 0;
      } else sub.push(parts[i]!);
    }
    const layer = sub.length === 0 ? layers.get(names.join('/')) : undefined;
    const varNames = variableNames(layer);
    const i = /^\d+$/.test(index) ? Number(index) : NaN;
    const varName = varNames && Number.isInteger(i) && i < varNames.length ? varNames[i]! : index;
    const display = optimizer ? ['optimizer', index] : names.length > 0 ? [...names, ...sub, varName] : [...parts.slice(0, -2), varName];
    out.push(tensor(d, display.join('.'), roleOf(parts, varName, d.dtype.name, layer?.className, optimizer)));
  }
  return out;
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
  if (root.attribute('layer_names') !== undefined) return 'legacy';
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

export function readKerasWeights(file: Hdf5File, model: KerasModel | undefined): WeightTensor[] {
  if (weightsLayout(file) === 'keras3') return keras3Weights(file, model);
  const root = file.root();
  const modelWeights = objectAt(file, 'model_weights');
  const optimizer = objectAt(file, 'optimizer_weights');
  return legacyWeights(file, modelWeights ?? root, optimizer);
}
