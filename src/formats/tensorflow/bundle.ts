/**
 * A TensorFlow checkpoint (tensor bundle: `<prefix>.index` + `<prefix>.data-NNNNN-of-MMMMM`)
 * as weights: every variable's dtype, shape, shard, offset and size from the index's
 * BundleEntryProto values (tensorflow/core/protobuf/tensor_bundle.proto), checked against the
 * shard files' sizes, never reading the shards. Optimizer slots and save counters are reported
 * as optimizer state, BatchNorm moving statistics as buffers.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { bytesFor, isDType, isWeightDType } from '../../graph/dtype.js';
import { ModelFileError } from '../../graph/errors.js';
import { describeFsError } from '../file.js';
import { withRandomAccessFile } from '../random-access.js';
import type { WeightRole, WeightTensor } from '../weights.js';
import { TF_ONLY_BITS, tfDtype } from './dtypes.js';
import { decodeKnownShape, shapeElements } from './graph-proto.js';
import { eachField, ProtoError } from './proto.js';
import { readTable } from './sstable.js';

/** BundleHeaderProto and BundleEntryProto field numbers. */
const HEADER = { numShards: 1, endianness: 2 } as const;
const ENTRY = { dtype: 1, shape: 2, shardId: 3, offset: 4, size: 5, slices: 7 } as const;
/** A bound on shards named by a hostile header. */
const MAX_SHARDS = 100_000;

export interface Bundle {
  readonly tensors: WeightTensor[];
  /** Shard files (paths relative to `relativeTo`), in shard order. */
  readonly shardFiles: string[];
  readonly numShards: number;
}

/** Bytes of `elements` values of a TensorFlow dtype, or null for variable-size types (string). */
export function tfBytes(dtype: string, elements: number): number | null {
  if (isDType(dtype)) return dtype === 'string' ? null : bytesFor(dtype, elements);
  const bits = TF_ONLY_BITS.get(dtype);
  return bits === undefined ? null : (elements * bits) / 8;
}

const OPTIMIZER_NAME = /(^|\/)(\.OPTIMIZER_SLOT|optimizer|save_counter|global_step|beta[12]_power)(\/|$)|\/(Adam|Adam_1|Momentum|RMSProp|RMSProp_1|Adagrad|Ftrl|Ftrl_1|ExponentialMovingAverage)$/;
/**
 * State, not learned: BatchNorm statistics, and metric variables. tf.keras's SavedModel hangs a
 * `keras_api` object on each layer whose `metrics` / `layer_metrics` lists hold the compiled
 * metrics (saved_model/serialized_attributes.py LayerAttributes); a metric's variables (total,
 * count, true_positives...) reached only that way are keyed `keras_api/metrics/0/total/...`.
 */
const BUFFER_NAME = /(^|\/)(moving_mean|moving_variance|num_batches_tracked)(\/|$)|(^|\/)keras_api\/(layer_)?metrics\//;

/** What a checkpoint variable is, by its name and dtype. */
export function variableRole(name: string, dtype: string): WeightRole {
  if (OPTIMIZER_NAME.test(name)) return 'optimizer';
  if (name === '_CHECKPOINTABLE_OBJECT_GRAPH') return 'non-weight';
  if (BUFFER_NAME.test(name)) return 'buffer';
  if (isDType(dtype)) return isWeightDType(dtype) ? 'param' : 'non-weight';
  // qint8..qint32 hold quantized values: weights whatever their width.
  return TF_ONLY_BITS.has(dtype) ? 'param' : 'non-weight';
}

/**
 * Reads the bundle whose index is `indexPath`; shard paths in the result are relative to
 * `relativeTo` (the model's folder). Throws ModelFileError for a bad index, a missing shard, or
 * an entry whose bytes lie outside its shard.
 */
export function readBundle(indexPath: string, relativeTo: string): Bundle {
  const entries = withRandomAccessFile(indexPath, (file) => readTable(file));
  const fail = (msg: string): never => {
    throw new ModelFileError(indexPath, msg);
  };
  let numShards = 1;
  const tensors: WeightTensor[] = [];
  const pending: { t: WeightTensor; shard: number; offset: number }[] = [];
  try {
    for (const { key, value } of entries) {
      if (key.length === 0) {
        eachField(value, 'bundle header', (f) => {
          if (f.no === HEADER.numShards) numShards = f.varint();
          else if (f.no === HEADER.endianness && f.varint() !== 0) fail('the checkpoint is big-endian, which this reader does not read');
        });
        if (numShards < 1 || numShards > MAX_SHARDS) fail(`the bundle header names ${numShards} shards`);
        continue;
      }
      // Keys of partitioned variables' slices start with a zero byte; their full entry counts.
      if (key[0] === 0) continue;
      const name = key.toString('utf8');
      let dtypeCode = 0;
      let dims: number[] = [];
      let shard = 0;
      let offset = 0;
      let size = 0;
      let sliced = false;
      const what = `variable ${JSON.stringify(name)}`;
      eachField(value, what, (f) => {
        if (f.no === ENTRY.dtype) dtypeCode = f.varint();
        else if (f.no === ENTRY.shape) dims = decodeKnownShape(f.bytes(), what);
        else if (f.no === ENTRY.shardId) shard = f.varint();
        else if (f.no === ENTRY.offset) offset = f.varint();
        else if (f.no === ENTRY.size) size = f.varint();
        else if (f.no === ENTRY.slices) sliced = true;
      });
      const dtype = tfDtype(dtypeCode);
      const elements = shapeElements(dims, what);
      const expected = tfBytes(dtype, elements);
      if (!sliced && expected !== null && expected !== size) fail(`${what}: ${dtype} ${JSON.stringify(dims)} needs ${expected} bytes but the index says ${size}`);
      const t: WeightTensor = { name, dtype, dims, elements, bytes: sliced ? expected ?? 0 : size, role: variableRole(name, dtype) };
      tensors.push(t);
      if (!sliced) pending.push({ t, shard, offset });
    }
  } catch (e) {
    if (e instanceof ProtoError) fail(`not a valid TensorFlow checkpoint index: ${e.message}`);
    throw e;
  }
  const shardPaths = shardPathsOf(indexPath, numShards);
  const shardSizes = new Map<number, number>();
  for (const { t, shard, offset } of pending) {
    if (shard >= numShards) fail(`variable ${JSON.stringify(t.name)} is in shard ${shard} but the bundle has ${numShards}`);
    let shardSize = shardSizes.get(shard);
    if (shardSize === undefined) {
      shardSize = shardFileSize(shardPaths[shard]!);
      shardSizes.set(shard, shardSize);
    }
    if (offset + t.bytes > shardSize) fail(`variable ${JSON.stringify(t.name)} needs bytes ${offset}..${offset + t.bytes} of ${basename(shardPaths[shard]!)}, which has ${shardSize}`);
  }
  return { tensors, numShards, shardFiles: shardPaths.map((p) => relative(relativeTo, p) || basename(p)) };
}

function shardPathsOf(indexPath: string, numShards: number): string[] {
  const prefix = indexPath.replace(/\.index$/, '');
  return Array.from({ length: numShards }, (_, i) => `${prefix}.data-${String(i).padStart(5, '0')}-of-${String(numShards).padStart(5, '0')}`);
}

/**
 * The data shard files an index names (its header's shard count), relative to `relativeTo`,
 * without checking them: what io/ must fetch beside the index. Throws ModelFileError for a bad index.
 */
export function bundleShardFiles(indexPath: string, relativeTo: string): string[] {
  const entries = withRandomAccessFile(indexPath, (file) => readTable(file));
  let numShards = 1;
  const header = entries.find((e) => e.key.length === 0);
  try {
    if (header) eachField(header.value, 'bundle header', (f) => {
      if (f.no === HEADER.numShards) numShards = f.varint();
    });
  } catch (e) {
    if (e instanceof ProtoError) throw new ModelFileError(indexPath, `not a valid TensorFlow checkpoint index: ${e.message}`);
    throw e;
  }
  if (numShards < 1 || numShards > MAX_SHARDS) throw new ModelFileError(indexPath, `the bundle header names ${numShards} shards`);
  return shardPathsOf(indexPath, numShards).map((p) => relative(relativeTo, p) || basename(p));
}

function shardFileSize(path: string): number {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ModelFileError(path, 'checkpoint shard is not a regular file');
    return st.size;
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError(path, `checkpoint shard missing or unreadable: ${describeFsError(e)}`);
  }
}

/** The index of a SavedModel's variables, beside its `saved_model.pb`. */
export function savedModelIndexPath(savedModelPb: string): string {
  return join(dirname(savedModelPb), 'variables', 'variables.index');
}
