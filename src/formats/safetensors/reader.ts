/**
 * Reads a safetensors model: one `.safetensors` file, or a sharded set
 * (`model.safetensors.index.json` + `model-0000N-of-0000M.safetensors`) read as one model from
 * any of its files, with a Hugging Face `config.json` beside it when there is one. Only headers
 * are read; bytes read follow the headers, not the weights.
 */
import { join } from 'node:path';
import { isDType, isWeightDType } from '../../graph/dtype.js';
import { isBufferName } from '../buffer-names.js';
import { fileState } from '../file.js';
import { withRandomAccessFile } from '../random-access.js';
import { countReads, readShardSet, shardSetKey, shardSetSideFiles } from '../shard-set.js';
import type { ReadStats } from '../shard-set.js';
import type { WeightRole, WeightsFile, WeightTensor } from '../weights.js';
import { quoted, readSafetensorsHeader } from './header.js';
import type { SafetensorsEntry, SafetensorsHeader } from './header.js';
import { describeQuantization, isPackedQuantState, PACKED_WITHOUT_CONFIG, parseHfConfig, readConfigText, unpackGptqAwq } from './hf-config.js';
import type { PackedQuantization } from './hf-config.js';
import { SAFETENSORS_SET } from './signature.js';

export interface SafetensorsReadResult {
  readonly weights: WeightsFile;
  /** Bytes and read calls across every file of the set (the bench checks the header budget). */
  readonly stats: Readonly<ReadStats>;
}

/** Reads a safetensors file or set. Throws ModelFileError (one line, names the file). */
export function readSafetensors(path: string): SafetensorsReadResult {
  const stats: ReadStats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
  const warnings: string[] = [];
  const set = readShardSet(SAFETENSORS_SET, path, stats, (shardPath) => withRandomAccessFile(shardPath, (f) => {
    const h = readSafetensorsHeader(f);
    countReads(stats, f);
    return h;
  }), (header: SafetensorsHeader) => header.entries.map((e) => e.name), warnings);
  const { sharded } = set;
  // The shard quoted: a name in the index never starts a warning (noWeightsReason reads its start).
  for (const { shard, read } of set.shards) for (const w of read.warnings) warnings.push(sharded ? `${quoted(shard)}: ${w}` : w);
  const entries = set.shards.flatMap(({ shard, read }) => read.entries.map((e) => ({ shard, e })));
  const names = new Set(entries.map(({ e }) => e.name));
  let config;
  const configPath = join(set.dir, 'config.json');
  if (isRegularFile(configPath)) {
    const text = readConfigText(configPath, warnings, (f) => countReads(stats, f));
    if (text !== undefined) config = parseHfConfig(text, names);
  }
  if (config) warnings.push(...config.warnings);
  const quantization = config?.quantization;
  const tensors = entries.map(({ shard, e }) => toWeightTensor(e, sharded ? shard : undefined, quantization, names));
  const packed = tensors.filter((t) => t.quantization !== undefined && t.role === 'param').length;
  const hasQweight = [...names].some((n) => n.endsWith('.qweight'));
  if (!quantization && hasQweight) {
    warnings.push(PACKED_WITHOUT_CONFIG);
  } else if (quantization && quantization.bits === 0) {
    // Integer words (.qweight int32) are no weights; stored float or int8 weights count as they are.
    warnings.push(`quant_method ${quoted(quantization.method, 40)} is not one we unpack: params count the stored elements${hasQweight ? ' (the packed .qweight int32 words are left out; their .scales/.qzeros are buffers)' : ''}`);
  } else if (quantization && packed === 0 && quantization.method !== 'bitsandbytes') {
    warnings.push(`quantization_config names ${quoted(quantization.method, 40)} but no packed tensors were recognised`);
  }
  const indexTotal = set.index?.totalSize;
  if (indexTotal !== undefined) {
    const stored = entries.reduce((a, { e }) => a + (e.end - e.begin), 0);
    if (stored !== indexTotal) warnings.push(`the index states total_size ${indexTotal} bytes but the shards hold ${stored} bytes of tensors`);
  }

  const metadata = new Map<string, string>();
  for (const { read } of set.shards) for (const [k, v] of read.metadata) if (!metadata.has(k)) metadata.set(k, v);
  if (sharded) metadata.set('shards', String(set.shards.length));
  if (config?.modelType) metadata.set('model_type', config.modelType);
  if (quantization && quantization.bits > 0) metadata.set('quantization', describeQuantization(quantization));

  const sideFiles = [...set.sideFiles, ...(config !== undefined || isRegularFile(configPath) ? ['config.json'] : [])];
  return {
    weights: { tensors, metadata, ...(config?.decoder ? { decoder: config.decoder } : {}), warnings, sideFiles },
    stats,
  };
}

/**
 * Side files of the safetensors model at `path` (relative to its folder) without reading any
 * header, for io/ to tie a changed shard or config to its model and fetch them from git: the
 * set's other files (formats/shard-set.ts) and config.json always (io/ leaves it missing when it
 * is not there).
 */
export function safetensorsSideFiles(path: string, content: { readonly bytes: Uint8Array } | { readonly file: string } | null): string[] {
  return [...shardSetSideFiles(SAFETENSORS_SET, path, content), 'config.json'];
}

/** The file that stands for the whole set (formats/shard-set.ts). */
export function safetensorsSetKey(path: string): string {
  return shardSetKey(SAFETENSORS_SET, path);
}

function isRegularFile(path: string): boolean {
  return fileState(path) === 'file';
}

const BNB_SIDECAR = /\.(absmax|quant_map|nested_absmax|nested_quant_map|SCB|weight_format|quant_state\.[A-Za-z0-9_]+)$/;

/**
 * One WeightTensor. Built field by field: object spreads with optional members cost
 * microseconds each, which a header of a million tensors turns into minutes.
 */
function weightTensor(e: SafetensorsEntry, file: string | undefined, dtype: string, dims: readonly number[], elements: number, role: WeightRole, quantization?: string): WeightTensor {
  const t: { -readonly [K in keyof WeightTensor]: WeightTensor[K] } = { name: e.name, dtype, dims, elements, bytes: e.end - e.begin, role };
  if (quantization !== undefined) t.quantization = quantization;
  if (file !== undefined) t.file = file;
  return t;
}

function toWeightTensor(e: SafetensorsEntry, file: string | undefined, q: PackedQuantization | undefined, names: ReadonlySet<string>): WeightTensor {
  // Scales and zero points beside a .qweight are quantization state even without a config.
  const role: WeightRole = isBufferName(e.name, e.dims) || isPackedQuantState(e.name, names) ? 'buffer' : e.type.kind === 'float' || (isDType(e.type.dtype) && isWeightDType(e.type.dtype)) ? 'param' : 'non-weight';
  const unpacked = q && unpackGptqAwq(e.name, e.type.dtype, e.dims, e.elements, q);
  if (unpacked) return weightTensor(e, file, unpacked.dtype, unpacked.dims, unpacked.elements, unpacked.role, unpacked.quantization);
  if (q && q.method === 'bitsandbytes') {
    if (BNB_SIDECAR.test(e.name)) return weightTensor(e, file, e.type.dtype, e.dims, e.elements, 'buffer', 'bitsandbytes quantization state');
    if (q.bits === 4 && e.typeName === 'U8' && (names.has(`${e.name}.absmax`) || names.has(`${e.name}.quant_state.bitsandbytes__${q.bnb4bitType ?? 'nf4'}`))) {
      return weightTensor(e, file, q.bnb4bitType ?? 'nf4', [e.elements * 2], e.elements * 2, 'param', describeQuantization(q));
    }
  }
  if (q && q.method === 'mxfp4') {
    if (e.name.endsWith('_blocks') && e.typeName === 'U8') {
      const dims = e.dims.length >= 2 ? [...e.dims.slice(0, -2), e.dims[e.dims.length - 2]! * e.dims[e.dims.length - 1]! * 2] : [e.elements * 2];
      return weightTensor(e, file, 'float4e2m1', dims, e.elements * 2, 'param', describeQuantization(q));
    }
    if (e.name.endsWith('_scales') && e.typeName === 'U8') return weightTensor(e, file, 'float8e8m0', e.dims, e.elements, 'buffer', 'MXFP4 scales');
  }
  return weightTensor(e, file, e.type.dtype, e.dims, e.elements, role);
}
