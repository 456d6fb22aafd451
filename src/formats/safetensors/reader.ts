/**
 * Reads a safetensors model: one `.safetensors` file, or a sharded set
 * (`model.safetensors.index.json` + `model-0000N-of-0000M.safetensors`) read as one model from
 * any of its files, with a Hugging Face `config.json` beside it when there is one. Only headers
 * are read; bytes read follow the headers, not the weights.
 */
import { basename, dirname, join } from 'node:path';
import { isDType, isWeightDType } from '../../graph/dtype.js';
import { isBufferName } from '../buffer-names.js';
import { ModelFileError } from '../../graph/errors.js';
import { fileState } from '../file.js';
import { withRandomAccessFile } from '../random-access.js';
import type { RandomAccessFile } from '../random-access.js';
import type { WeightRole, WeightsFile, WeightTensor } from '../weights.js';
import { MAX_TENSORS, quoted, readSafetensorsHeader } from './header.js';
import { JsonShapeError, TooManyMembersError, objectMembers } from './json-object.js';
import type { SafetensorsEntry, SafetensorsHeader } from './header.js';
import { describeQuantization, isPackedQuantState, PACKED_WITHOUT_CONFIG, parseHfConfig, readConfigText, unpackGptqAwq } from './hf-config.js';
import type { PackedQuantization } from './hf-config.js';
import { INDEX_SUFFIX, SHARD_NAME } from './signature.js';

/** An index lists tensor names and shard names: 64 MB is far beyond any real one. */
const MAX_INDEX_BYTES = 32_000_000;
const MAX_SHARDS = 100_000;

export interface SafetensorsReadResult {
  readonly weights: WeightsFile;
  /** Bytes and read calls across every file of the set (the bench checks the header budget). */
  readonly stats: { readonly bytesRead: number; readonly readCalls: number; readonly fileBytes: number };
}

/** How a path belongs to a set: the index that describes it, or the shard files by name. */
interface SetLayout {
  readonly dir: string;
  readonly index?: string;
  /** Shard file names (relative to dir) in order. */
  readonly shards: readonly string[];
}

/** Whether a path names a safetensors index (`*.safetensors.index.json`). */
export function isSafetensorsIndex(path: string): boolean {
  return basename(path).endsWith(INDEX_SUFFIX);
}

/** Reads a safetensors file or set. Throws ModelFileError (one line, names the file). */
export function readSafetensors(path: string): SafetensorsReadResult {
  const layout = layoutOf(path);
  const stats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
  const warnings: string[] = [];
  let weightMap: Map<string, string> | undefined;
  let indexTotal: number | undefined;
  if (layout.index) {
    const idx = readIndex(join(layout.dir, layout.index), stats);
    weightMap = idx.weightMap;
    indexTotal = idx.totalSize;
  }
  const shardNames = weightMap ? [...new Set(weightMap.values())].sort() : layout.shards;
  const sharded = layout.index !== undefined || shardNames.length > 1;
  const headers: Array<{ shard: string; header: SafetensorsHeader }> = [];
  for (const shard of shardNames) {
    const shardPath = join(layout.dir, shard);
    const state = fileState(shardPath);
    if (state !== 'file') {
      const owner = layout.index ? join(layout.dir, layout.index) : path;
      throw new ModelFileError(owner, `shard ${quoted(shard)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
    }
    const header = withRandomAccessFile(shardPath, (f) => {
      const h = readSafetensorsHeader(f);
      count(stats, f);
      return h;
    });
    headers.push({ shard, header });
    for (const w of header.warnings) warnings.push(sharded ? `${shard}: ${w}` : w);
  }
  if (weightMap) checkAgainstIndex(join(layout.dir, layout.index!), weightMap, headers, warnings);

  const entries = headers.flatMap(({ shard, header }) => header.entries.map((e) => ({ shard, e })));
  const names = new Set<string>();
  for (const { shard, e } of entries) {
    if (names.has(e.name)) throw new ModelFileError(join(layout.dir, shard), `tensor ${quoted(e.name)} is stored in more than one shard`);
    names.add(e.name);
  }
  let config;
  const configPath = join(layout.dir, 'config.json');
  if (isRegularFile(configPath)) {
    const text = readConfigText(configPath, warnings, (f) => count(stats, f));
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
  if (indexTotal !== undefined) {
    const stored = headers.reduce((s, h) => s + h.header.entries.reduce((a, e) => a + (e.end - e.begin), 0), 0);
    if (stored !== indexTotal) warnings.push(`the index states total_size ${indexTotal} bytes but the shards hold ${stored} bytes of tensors`);
  }

  const metadata = new Map<string, string>();
  for (const { header } of headers) for (const [k, v] of header.metadata) if (!metadata.has(k)) metadata.set(k, v);
  if (sharded) metadata.set('shards', String(shardNames.length));
  if (config?.modelType) metadata.set('model_type', config.modelType);
  if (quantization && quantization.bits > 0) metadata.set('quantization', describeQuantization(quantization));

  const sideFiles = [
    ...(layout.index && join(layout.dir, layout.index) !== path ? [layout.index] : []),
    ...shardNames.filter((s) => join(layout.dir, s) !== path),
    ...(config !== undefined || isRegularFile(configPath) ? ['config.json'] : []),
  ];
  return {
    weights: { tensors, metadata, ...(config?.decoder ? { decoder: config.decoder } : {}), warnings, sideFiles },
    stats,
  };
}

/**
 * Side files of the safetensors model at `path` (relative to its folder) without reading any
 * header, for io/ to tie a changed shard or config to its model and fetch them from git: for an
 * index, the shards its `content` names; for a shard, the index and the other shards by name;
 * config.json always (io/ leaves it missing when it is not there). Best effort: content that
 * does not parse yields what the name tells.
 */
export function safetensorsSideFiles(path: string, content: { readonly bytes: Uint8Array } | { readonly file: string } | null): string[] {
  const name = basename(path);
  const out: string[] = [];
  if (name.endsWith(INDEX_SUFFIX)) {
    if (content !== null) out.push(...shardsNamedIn(content));
  } else {
    const m = SHARD_NAME.exec(name);
    const total = m ? Number(m[3]) : 0;
    if (m && total >= 1 && total <= MAX_SHARDS) {
      out.push(`${m[1]}${INDEX_SUFFIX}`);
      for (let i = 1; i <= total; i++) out.push(`${m[1]}-${String(i).padStart(5, '0')}-of-${m[3]}.safetensors`);
    }
  }
  out.push('config.json');
  return [...new Set(out)].filter((f) => f !== name);
}

function shardsNamedIn(content: { readonly bytes: Uint8Array } | { readonly file: string }): string[] {
  try {
    const idx = 'bytes' in content
      ? parseIndex(Buffer.from(content.bytes.buffer, content.bytes.byteOffset, content.bytes.byteLength).toString('utf8'), 'index')
      : readIndex(content.file, { bytesRead: 0, readCalls: 0, fileBytes: 0 });
    return [...new Set(idx.weightMap.values())].sort();
  } catch (e) {
    if (e instanceof ModelFileError) return [];
    throw e;
  }
}

/**
 * The file that stands for the whole set (its index, or its first shard when there is no index),
 * so that a set found through several of its files is profiled once.
 */
export function safetensorsSetKey(path: string): string {
  const layout = layoutOf(path);
  return join(layout.dir, layout.index ?? layout.shards[0]!);
}

function layoutOf(path: string): SetLayout {
  const dir = dirname(path);
  const name = basename(path);
  if (name.endsWith(INDEX_SUFFIX)) return { dir, index: name, shards: [] };
  const m = SHARD_NAME.exec(name);
  if (!m) return { dir, shards: [name] };
  const [, prefix, , totalText] = m;
  const total = Number(totalText);
  const index = `${prefix}${INDEX_SUFFIX}`;
  if (isRegularFile(join(dir, index))) return { dir, index, shards: [] };
  if (total < 1 || total > MAX_SHARDS) return { dir, shards: [name] };
  const shards: string[] = [];
  for (let i = 1; i <= total; i++) shards.push(`${prefix}-${String(i).padStart(5, '0')}-of-${totalText}.safetensors`);
  return { dir, shards };
}

function isRegularFile(path: string): boolean {
  return fileState(path) === 'file';
}

function count(stats: { bytesRead: number; readCalls: number; fileBytes: number }, f: RandomAccessFile): void {
  stats.bytesRead += f.bytesRead;
  stats.readCalls += f.readCalls;
  stats.fileBytes += f.size;
}

function readIndex(path: string, stats: { bytesRead: number; readCalls: number; fileBytes: number }): { weightMap: Map<string, string>; totalSize?: number } {
  const text = withRandomAccessFile(path, (f) => {
    if (f.size > MAX_INDEX_BYTES) throw new ModelFileError(path, `index is ${f.size} bytes, over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
    const bytes = f.read(0, f.size, 'index');
    count(stats, f);
    return bytes.toString('utf8');
  });
  return parseIndex(text, path);
}

function parseIndex(text: string, path: string): { weightMap: Map<string, string>; totalSize?: number } {
  if (text.length > MAX_INDEX_BYTES) throw new ModelFileError(path, `index is over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
  // Split member by member: JSON.parse slows down more than linearly on objects with many keys.
  let top: Map<string, unknown>;
  let entries: Array<[string, unknown]>;
  try {
    top = new Map(objectMembers(text, 16, new Set(['weight_map'])));
    const mapText = top.get('weight_map');
    if (typeof mapText !== 'string' || !mapText.startsWith('{')) throw new ModelFileError(path, 'index has no weight_map object');
    entries = objectMembers(mapText, MAX_TENSORS);
  } catch (e) {
    if (e instanceof TooManyMembersError) throw new ModelFileError(path, `index lists more than ${e.limit} entries: refused`);
    if (e instanceof SyntaxError || e instanceof JsonShapeError) throw new ModelFileError(path, 'index is not valid JSON');
    throw e;
  }
  const weightMap = new Map<string, string>();
  for (const [tensor, file] of entries) {
    if (typeof file !== 'string') throw new ModelFileError(path, `weight_map entry ${quoted(tensor)} is not a file name`);
    if (file === '' || file.includes('/') || file.includes('\\') || file === '.' || file === '..' || file.includes('\0')) {
      throw new ModelFileError(path, `weight_map names shard ${quoted(file)}, which is not a file name in the index's folder`);
    }
    weightMap.set(tensor, file);
  }
  if (new Set(weightMap.values()).size > MAX_SHARDS) throw new ModelFileError(path, `index names more than ${MAX_SHARDS} shards`);
  const meta = top.get('metadata');
  const total = meta !== null && typeof meta === 'object' ? (meta as { total_size?: unknown }).total_size : undefined;
  return { weightMap, ...(typeof total === 'number' && Number.isSafeInteger(total) ? { totalSize: total } : {}) };
}

function checkAgainstIndex(indexPath: string, weightMap: ReadonlyMap<string, string>, headers: ReadonlyArray<{ shard: string; header: SafetensorsHeader }>, warnings: string[]): void {
  const where = new Map<string, string>();
  for (const { shard, header } of headers) for (const e of header.entries) where.set(e.name, shard);
  for (const [tensor, shard] of weightMap) {
    const found = where.get(tensor);
    if (found === undefined) throw new ModelFileError(indexPath, `tensor ${quoted(tensor)} is listed in shard ${quoted(shard)} but is not in it`);
    if (found !== shard) throw new ModelFileError(indexPath, `tensor ${quoted(tensor)} is listed in shard ${quoted(shard)} but stored in ${quoted(found)}`);
  }
  const extra = [...where.keys()].filter((t) => !weightMap.has(t));
  if (extra.length > 0) warnings.push(`${extra.length} tensor(s) in the shards are not listed in the index (first: ${quoted(extra[0]!)})`);
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
