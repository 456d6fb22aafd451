/**
 * Reads Keras files: `.keras` (Keras 3: a zip of metadata.json, config.json, model.weights.h5),
 * legacy `.h5` (tf.keras 2: `model_config` as a root attribute, weights under `model_weights`,
 * optimizer weights apart) and weights-only `.h5` / `.weights.h5`. Weights come from the HDF5
 * structures only (formats/keras/hdf5.ts, read lazily: a stored `model.weights.h5` is read in
 * place inside the zip through the zip reader the PyTorch format uses); costs from the config
 * (formats/keras/to-ir.ts).
 */
import { ModelFileError } from '../../graph/errors.js';
import { describeFsError, withOpenModel } from '../file.js';
import type { ByteSource } from '../pytorch/byte-source.js';
import { fileSource, memorySource, withTail } from '../pytorch/byte-source.js';
import { readCentralDirectory, readEntry, refuseInflation, ZIP_TAIL_READ, ZipError } from '../pytorch/zip.js';
import { hasZipMagic } from '../pytorch/signature.js';
import type { ZipEntry } from '../pytorch/zip.js';
import type { WeightsFile, WeightTensor } from '../weights.js';
import type { DType } from '../../graph/dtype.js';
import { isDType } from '../../graph/dtype.js';
import type { Json, KerasModel } from './config.js';
import { isObject, KerasConfigError, MAX_CONFIG_BYTES, parseJson, parseModel } from './config.js';
import { Hdf5Error, Hdf5File } from './hdf5.js';
import type { KerasGraph } from './to-ir.js';
import { KerasGraphError, kerasToIr } from './to-ir.js';
import { isKerasHdf5, readKerasWeights } from './weights.js';

/** A deflated model.weights.h5 is inflated in memory up to this size (Keras stores it uncompressed). */
const MAX_INFLATED_WEIGHTS = 256 * 1024 * 1024;
/**
 * How much a deflated model.weights.h5 over WEIGHTS_INFLATE_ALLOWANCE may inflate. Weights
 * deflate little (float32 and float16 values about 1.1:1); zeros deflate 1000:1, and a 258 KB
 * .keras inflating 250 MiB of them took 571 MB of RSS. At 100:1 that needs a 2.6 MB file.
 */
export const MAX_WEIGHTS_INFLATION = 100;
const WEIGHTS_INFLATE_ALLOWANCE = 16 * 1024 * 1024;

export interface KerasRead {
  readonly weights: WeightsFile;
  /** Present when the file has a model config whose layers could be built into a graph. */
  readonly graph?: KerasGraph;
  readonly formatVersion: string;
  readonly stats: { readonly bytesRead: number; readonly readCalls: number };
}

/**
 * Whether the first `prefix.length` bytes of a `.h5` of `size` bytes hold a Keras save (root
 * attributes `model_config` / `keras_version` / `layer_names`, a `model_weights` or `layers`
 * group). Anything the prefix cannot settle (no HDF5 signature: a Git LFS pointer; corrupt
 * HDF5; a root whose structures lie past the prefix) counts as a model, so a Keras file is
 * never skipped unseen and the reader names what is wrong.
 */
export function isKerasContent(prefix: Uint8Array, size: number): boolean {
  try {
    return isKerasHdf5(new Hdf5File(memorySource(prefix), 0, size));
  } catch (e) {
    if (e instanceof Hdf5Error) return true;
    throw e;
  }
}

function kerasVersionOf(meta: Json | undefined): string {
  return isObject(meta) && typeof meta['keras_version'] === 'string' ? meta['keras_version'].slice(0, 40) : '';
}

interface Parts {
  readonly hdf5?: Hdf5File;
  readonly config?: Json;
  readonly kerasVersion: string;
  readonly formatVersion: string;
  readonly entries?: readonly string[];
}

function zipParts(src: ByteSource): Parts {
  const tail = withTail(src, ZIP_TAIL_READ);
  const entries = readCentralDirectory(tail);
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const config = byName.get('config.json');
  if (!config) throw new KerasConfigError('a zip without config.json: not a .keras model');
  const meta = byName.get('metadata.json');
  const metaJson = meta ? parseJson(readEntry(tail, meta, 1024 * 1024), 'metadata.json') : undefined;
  const weights = byName.get('model.weights.h5');
  let hdf5: Hdf5File | undefined;
  if (weights) {
    if (weights.encrypted) throw new ZipError('zip entry "model.weights.h5" is encrypted');
    if (weights.method === 0) {
      const header = tail.read(weights.offset, 30);
      if (header.length < 30 || new DataView(header.buffer, header.byteOffset, 30).getUint32(0, true) !== 0x04034b50) {
        throw new ZipError(`zip entry "model.weights.h5": no local header at offset ${weights.offset}`);
      }
      const v = new DataView(header.buffer, header.byteOffset, 30);
      const dataAt = weights.offset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
      if (dataAt + weights.size > src.size) throw new ZipError('zip entry "model.weights.h5" runs past the end of the file');
      hdf5 = new Hdf5File(tail, dataAt, weights.size);
    } else {
      refuseInflation(weights, MAX_WEIGHTS_INFLATION, WEIGHTS_INFLATE_ALLOWANCE, 'weights deflate about 1.1:1; Keras stores them uncompressed');
      hdf5 = new Hdf5File(memorySource(readEntry(tail, weights, MAX_INFLATED_WEIGHTS)), 0, weights.size);
    }
  }
  const kerasVersion = kerasVersionOf(metaJson);
  return {
    ...(hdf5 ? { hdf5 } : {}),
    config: parseJson(readEntry(tail, config, MAX_CONFIG_BYTES), 'config.json'),
    kerasVersion,
    formatVersion: '.keras',
    entries: entries.map((e) => e.name),
  };
}

function hdf5Parts(src: ByteSource): Parts {
  const hdf5 = new Hdf5File(src, 0, src.size);
  const root = hdf5.root();
  const rawConfig = root.attribute('model_config');
  const version = root.attribute('keras_version');
  const kerasVersion = typeof version === 'string' ? version.slice(0, 40) : '';
  if (rawConfig === undefined) return { hdf5, kerasVersion, formatVersion: 'weights-only HDF5' };
  if (typeof rawConfig !== 'string') throw new KerasConfigError('the model_config attribute is not a string');
  return { hdf5, config: parseJson(new TextEncoder().encode(rawConfig), 'the model_config attribute'), kerasVersion, formatVersion: 'legacy HDF5' };
}

function readParts(src: ByteSource, path: string, fileBytes: number): KerasRead {
  const head = src.read(0, Math.min(8, src.size));
  const parts = hasZipMagic(head) ? zipParts(src) : hdf5Parts(src);
  const warnings: string[] = [];
  let model: KerasModel | undefined;
  let costsUnavailable: string | undefined;
  if (parts.config !== undefined) {
    try {
      model = parseModel(parts.config);
    } catch (e) {
      if (!(e instanceof KerasConfigError)) throw e;
      costsUnavailable = `the model config is not a Sequential or Functional model (${e.message}): params only`;
    }
  } else {
    costsUnavailable = 'a weights-only Keras file has no model config: params only (MACs, FLOPs, memory access, peak memory and latency need the layers)';
  }
  const read = parts.hdf5 ? readKerasWeights(parts.hdf5, model, /^2\./.test(parts.kerasVersion)) : { tensors: [], warnings: [] };
  const tensors = read.tensors;
  warnings.push(...read.warnings);
  if (!parts.hdf5) warnings.push('the .keras archive has no model.weights.h5: params are not known');
  const metadata = new Map<string, string>();
  if (parts.kerasVersion) metadata.set('keras_version', parts.kerasVersion);
  if (model) metadata.set('model', `${model.kind === 'sequential' ? 'Sequential' : 'Functional'} ${JSON.stringify(model.name).slice(0, 80)}, ${model.layers.length} layers`);
  let graph: KerasGraph | undefined;
  if (model) {
    try {
      graph = kerasToIr(model, { formatVersion: parts.formatVersion, producer: parts.kerasVersion ? `keras ${parts.kerasVersion}` : 'keras', fileBytes, metadata, layerDtypes: layerDtypes(tensors) });
    } catch (e) {
      if (e instanceof KerasGraphError) throw new ModelFileError(path, `invalid Keras model config: ${e.message}`);
      throw e;
    }
    warnings.push(...graph.warnings);
    if (graph.unknownLayers.size > 0) {
      warnings.push(`Keras layer classes not costed (totals are a lower bound): ${[...graph.unknownLayers].map(([c, n]) => `${JSON.stringify(c).slice(0, 80)} x${n}`).join(', ')}`);
    }
  }
  const weights: WeightsFile = { tensors, metadata, warnings, sideFiles: [], ...(costsUnavailable ? { costsUnavailable } : {}) };
  return { weights, ...(graph ? { graph } : {}), formatVersion: parts.formatVersion, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
}

/** The dtype each layer stores its learned weights in (the first param of the layer says). */
function layerDtypes(tensors: readonly WeightTensor[]): Map<string, DType> {
  const out = new Map<string, DType>();
  for (const t of tensors) {
    const layer = t.name.slice(0, Math.max(0, t.name.lastIndexOf('.')));
    if (t.role === 'param' && isDType(t.dtype) && !out.has(layer)) out.set(layer, t.dtype);
  }
  return out;
}

function wrap<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof Hdf5Error) throw new ModelFileError(path, `invalid HDF5 (Keras) file: ${e.message}`);
    if (e instanceof ZipError) throw new ModelFileError(path, `invalid .keras archive: ${e.message}`);
    if (e instanceof KerasConfigError) throw new ModelFileError(path, `invalid Keras file: ${e.message}`);
    if ((e as NodeJS.ErrnoException | undefined)?.code) throw new ModelFileError(path, describeFsError(e));
    throw e;
  }
}

/** Reads a Keras file. Throws ModelFileError (one line, names the file) for every problem in it. */
export function readKerasFile(path: string): KerasRead {
  return withOpenModel(path, (fd, size) => wrap(path, () => readParts(fileSource(fd, size), path, size)));
}

/** The same for bytes in memory (tests, git blobs); `path` names it in errors. */
export function readKerasBytes(bytes: Uint8Array, path: string): KerasRead {
  if (bytes.byteLength === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
  return wrap(path, () => readParts(memorySource(bytes), path, bytes.byteLength));
}
