/**
 * A Keras model config (Keras 3 `config.json`, or tf.keras' `model_config` attribute) read into
 * one shape: a model is a list of layers, each with its class, name, config, the tensors it is
 * called on (per call) and, for nested models, the inner model. Both serialisations are
 * understood: Keras 3 (`inbound_nodes` of `{args, kwargs}` holding `__keras_tensor__` objects with
 * `keras_history`) and tf.keras 2 (`inbound_nodes` of `[[layer, node, tensor, kwargs], ...]`).
 * Everything comes from a hostile file: types are checked, sizes and nesting bounded.
 */

import { arrayIndexOf, FAST_OBJECT_KEYS, isSparseIndex, KeySequences, MAX_KEY_SEQUENCES, MAX_LARGE_OBJECT_KEYS } from './key-sequences.js';

export class KerasConfigError extends Error {
  override readonly name = 'KerasConfigError';
}

/** A config larger than this is not a model description (a big ResNet's is under 1 MB). */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
const MAX_LAYERS = 100_000;
const MAX_NESTING = 32;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A reference to a layer's output: the layer, which call of it, which of its outputs. */
export interface TensorRef {
  readonly layer: string;
  readonly node: number;
  readonly tensor: number;
  /** The keyword the call passed it by (`value`, `attention_mask`); undefined for a positional argument. */
  readonly kwarg?: string;
}

export interface KerasLayer {
  readonly className: string;
  /** Keras 3 `module` (`keras.layers`; `keras.src.ops.numpy` for a raw op in a Functional model). */
  readonly module?: string;
  readonly name: string;
  readonly config: JsonObject;
  /** Per call of the layer (Functional models): the tensors it reads. Empty for Sequential members. */
  readonly calls: readonly (readonly TensorRef[])[];
  /** Keras 3 `build_config.input_shape` (null dims unknown), when stated. */
  readonly buildInputShape: Json | undefined;
  /** For a model used as a layer (Sequential or Functional inside a model). */
  readonly model?: KerasModel;
}

export interface KerasModel {
  readonly kind: 'sequential' | 'functional';
  readonly name: string;
  readonly layers: readonly KerasLayer[];
  /** Functional: the model's inputs and outputs. */
  readonly inputs: readonly TensorRef[];
  readonly outputs: readonly TensorRef[];
  /** Sequential: the input shape stated by the model (`build_input_shape`, `build_config`). */
  readonly buildInputShape: Json | undefined;
}

/**
 * Deepest nesting of arrays and objects in a config. Keras 3 writes about 4 levels per model
 * nested in a model (layer, config, layers, layer) and under 10 inside a layer, so MAX_NESTING
 * models come to about 140. JSON.parse does not recurse, but 30 million nested arrays (60 MB,
 * which deflate packs into a 60 KB .keras) took 12.9 s and 3.1 GB of RSS to parse.
 */
export const MAX_JSON_DEPTH = 256;
/**
 * Arrays, objects and object members in a config, counted as its opening brackets and the commas
 * between members. Keras 3 writes about 40 a layer (small_cnn.keras: 268 for 7 layers), so
 * MAX_LAYERS layers come to 4 million. What it bounds is the heap JSON.parse builds, far more
 * than the text: 64 MiB of `{},` (a 67 KB .keras, deflated) parsed to 22 million objects, 17.5 s
 * and 2.1 GB of RSS.
 */
export const MAX_JSON_VALUES = 5_000_000;
/**
 * Items of arrays in a config, counted as the commas between them (an item that is an array or
 * an object counts in MAX_JSON_VALUES too). Bounded apart: a lookup layer keeps its vocabulary in
 * its config (`IntegerLookup(vocabulary=ids)`), and 7.5 million 7-digit ids fill MAX_CONFIG_BYTES
 * as Keras writes them (`1234567, `). A scalar costs less than an object: 22 million `-0` took
 * 1.0 GB and 3.9 s to parse, 8 million 342 MB and 0.9 s.
 */
export const MAX_JSON_ARRAY_ITEMS = 8_000_000;

const OBJECT = 0;
const ARRAY = 1;

/** Why `bytes` (JSON text) nests or counts past the bounds above, or null; strings are skipped. */
function tooBig(bytes: Uint8Array): string | null {
  // What each open bracket opened, to tell an object's commas from an array's, and for an object
  // the key sequence so far (a KeySequences trie node).
  const open = new Uint8Array(MAX_JSON_DEPTH + 1);
  const sequence = new Int32Array(MAX_JSON_DEPTH + 1);
  // An object's named keys so far: past FAST_OBJECT_KEYS, V8 makes it a dictionary.
  const named = new Int32Array(MAX_JSON_DEPTH + 1);
  // And its index keys so far: sparse ones V8 keeps in a dictionary too.
  const indexed = new Int32Array(MAX_JSON_DEPTH + 1);
  let largeObjectKeys = 0;
  const keys = new KeySequences(bytes);
  let depth = 0;
  let values = 0;
  let items = 0;
  let inString = false;
  // Whether the next string is an object's key, and where the string being skipped started.
  let keyNext = false;
  let key = -1;
  // Whether that string holds an escape: such a key may be an index once unescaped ("\u00312").
  let escaped = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) {
        i++;
        escaped = true;
      } else if (b === 0x22) {
        inString = false;
        if (key >= 0) {
          // An index key is an element: no hidden class, no interned name. `named` counts the keys
          // surely named, so an object goes past FAST_OBJECT_KEYS only once V8 makes it a
          // dictionary; a key that may be named (an escape) is a sequence until then.
          const index = arrayIndexOf(bytes, key, i);
          if (index >= 0) {
            if (isSparseIndex(index, ++indexed[depth]!) && ++largeObjectKeys > MAX_LARGE_OBJECT_KEYS) break;
          } else if ((escaped ? named[depth]! + 1 : ++named[depth]!) <= FAST_OBJECT_KEYS) {
            const at = keys.next(sequence[depth]!, key, i);
            if (at < 0) break;
            sequence[depth] = at;
          } else if (++largeObjectKeys > MAX_LARGE_OBJECT_KEYS) {
            break;
          }
          key = -1;
        }
      }
    } else if (b === 0x22) {
      inString = true;
      escaped = false;
      if (keyNext) key = i + 1;
      keyNext = false;
    } else if (b === 0x5b || b === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return `nests arrays and objects more than ${MAX_JSON_DEPTH} deep`;
      open[depth] = b === 0x5b ? ARRAY : OBJECT;
      sequence[depth] = 0;
      named[depth] = 0;
      indexed[depth] = 0;
      keyNext = b === 0x7b;
      if (++values > MAX_JSON_VALUES) break;
    } else if (b === 0x5d || b === 0x7d) {
      depth--;
      keyNext = false;
    } else if (b === 0x2c) {
      if (depth > 0 && open[depth] === ARRAY) {
        keyNext = false;
        if (++items > MAX_JSON_ARRAY_ITEMS) break;
      } else {
        keyNext = true;
        if (++values > MAX_JSON_VALUES) break;
      }
    }
  }
  if (values > MAX_JSON_VALUES) return `holds more than ${MAX_JSON_VALUES.toLocaleString('en-US')} arrays, objects and members (brackets and commas), more than ${MAX_LAYERS.toLocaleString('en-US')} layers need`;
  if (items > MAX_JSON_ARRAY_ITEMS) return `holds more than ${MAX_JSON_ARRAY_ITEMS.toLocaleString('en-US')} array items`;
  if (largeObjectKeys > MAX_LARGE_OBJECT_KEYS) return `holds more than ${MAX_LARGE_OBJECT_KEYS.toLocaleString('en-US')} keys past the ${FAST_OBJECT_KEYS}th of their objects or sparse index keys (V8 keeps each in a dictionary; a vocabulary of 1 million tokens fits)`;
  return keys.count > MAX_KEY_SEQUENCES
    ? `holds objects of more than ${MAX_KEY_SEQUENCES.toLocaleString('en-US')} distinct key sequences (a key counts once for the keys before it in its object; real configs repeat one order per layer class)`
    : null;
}

export function parseJson(bytes: Uint8Array, what: string): Json {
  if (bytes.byteLength > MAX_CONFIG_BYTES) throw new KerasConfigError(`${what} is ${bytes.byteLength} bytes, more than the ${MAX_CONFIG_BYTES} we read`);
  // Before decoding and parsing: both cost in proportion to the text, which deflate makes cheap to send.
  const problem = tooBig(bytes);
  if (problem !== null) throw new KerasConfigError(`${what} ${problem}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new KerasConfigError(`${what} is not UTF-8 text`);
  }
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    throw new KerasConfigError(`${what} is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

export function isModelClass(className: string): boolean {
  return MODEL_CLASSES.has(className);
}

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function ref(v: Json, what: string): TensorRef {
  if (!Array.isArray(v) || typeof v[0] !== 'string') throw new KerasConfigError(`${what}: a tensor reference is not [layer, node, tensor]`);
  const node = typeof v[1] === 'number' && Number.isSafeInteger(v[1]) && v[1] >= 0 ? v[1] : 0;
  const tensor = typeof v[2] === 'number' && Number.isSafeInteger(v[2]) && v[2] >= 0 ? v[2] : 0;
  return { layer: v[0], node, tensor };
}

/** Every `__keras_tensor__` in a Keras 3 call's args and kwargs, in order (nested lists included). */
function kerasTensors(v: Json | undefined, out: TensorRef[], what: string, depth = 0, kwarg?: string): void {
  if (depth > MAX_NESTING || v === undefined || v === null) return;
  if (Array.isArray(v)) {
    for (const x of v) kerasTensors(x, out, what, depth + 1, kwarg);
    return;
  }
  if (!isObject(v)) return;
  if (v['class_name'] === '__keras_tensor__' && isObject(v['config'])) {
    const r = ref(v['config']['keras_history'] ?? null, what);
    out.push(kwarg === undefined ? r : { ...r, kwarg });
    return;
  }
  for (const x of Object.values(v)) kerasTensors(x, out, what, depth + 1, kwarg);
}

/** A tf.keras 2 reference's kwargs (its 4th element) that are tensors: `{value: ['v', 0, 0]}`. */
function legacyKwargTensors(r: Json, out: TensorRef[], what: string): void {
  const kwargs = Array.isArray(r) ? r[3] : undefined;
  if (kwargs === undefined || !isObject(kwargs)) return;
  for (const [k, v] of Object.entries(kwargs)) {
    if (Array.isArray(v) && v.length >= 3 && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'number') out.push({ ...ref(v, what), kwarg: k });
  }
}

function parseCalls(inbound: Json | undefined, what: string): TensorRef[][] {
  if (inbound === undefined || inbound === null) return [];
  if (!Array.isArray(inbound)) throw new KerasConfigError(`${what}: inbound_nodes is not a list`);
  return inbound.map((node) => {
    const out: TensorRef[] = [];
    if (isObject(node)) {
      kerasTensors(node['args'], out, what);
      const kwargs = node['kwargs'];
      if (isObject(kwargs)) for (const [k, v] of Object.entries(kwargs)) kerasTensors(v, out, what, 1, k);
      else kerasTensors(kwargs, out, what);
    } else if (Array.isArray(node)) {
      // tf.keras 2: [[layer, node, tensor, kwargs], ...]; tensors passed by keyword sit in the kwargs.
      for (const r of node) out.push(ref(r, what));
      for (const r of node) legacyKwargTensors(r, out, what);
    } else throw new KerasConfigError(`${what}: an inbound node is neither a call nor a list`);
    return out;
  });
}

function parseRefs(v: Json | undefined, what: string): TensorRef[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new KerasConfigError(`${what} is not a list`);
  // A single reference may stand alone: ['name', 0, 0].
  if (typeof v[0] === 'string') return [ref(v, what)];
  return v.map((r) => ref(r, what));
}

/**
 * A model from a serialised Keras object (`{class_name, config, ...}`). Throws KerasConfigError
 * when it is not a Sequential or Functional model.
 */
export function parseModel(obj: Json, counter = { layers: 0 }, depth = 0): KerasModel {
  if (depth > MAX_NESTING) throw new KerasConfigError(`models nested deeper than ${MAX_NESTING}`);
  if (!isObject(obj)) throw new KerasConfigError('the model config is not a JSON object');
  const className = str(obj['class_name']) ?? '';
  const config = obj['config'];
  if (!isObject(config)) throw new KerasConfigError(`the model config of class ${JSON.stringify(className)} has no config object`);
  const name = str(config['name']) ?? className;
  const rawLayers = config['layers'];
  if (!MODEL_CLASSES.has(className) || !Array.isArray(rawLayers)) {
    throw new KerasConfigError(`the top-level object is a ${JSON.stringify(className)}, not a Sequential or Functional model with layers`);
  }
  const layers: KerasLayer[] = [];
  for (const raw of rawLayers) {
    if (++counter.layers > MAX_LAYERS) throw new KerasConfigError(`more than ${MAX_LAYERS} layers`);
    if (!isObject(raw)) throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer entry is not an object`);
    const cls = str(raw['class_name']);
    const lcfg = raw['config'];
    if (cls === undefined || !isObject(lcfg)) throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer has no class_name or config`);
    const lname = str(raw['name']) ?? str(lcfg['name']) ?? cls;
    const what = `layer ${JSON.stringify(lname)}`;
    const build = raw['build_config'];
    const module = str(raw['module']);
    const layer: KerasLayer = {
      className: cls,
      ...(module !== undefined ? { module } : {}),
      name: lname,
      config: lcfg,
      calls: parseCalls(raw['inbound_nodes'], what),
      buildInputShape: isObject(build) ? build['input_shape'] : undefined,
      ...(MODEL_CLASSES.has(cls) && Array.isArray(lcfg['layers']) ? { model: parseModel(raw, counter, depth + 1) } : {}),
    };
    layers.push(layer);
  }
  const build = obj['build_config'];
  return {
    kind: className === 'Sequential' ? 'sequential' : 'functional',
    name,
    layers,
    inputs: parseRefs(config['input_layers'], `model ${JSON.stringify(name)}: input_layers`),
    outputs: parseRefs(config['output_layers'], `model ${JSON.stringify(name)}: output_layers`),
    buildInputShape: config['build_input_shape'] ?? (isObject(build) ? build['input_shape'] : undefined),
  };
}
