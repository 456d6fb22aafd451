/**
 * The params-only path: a weights file (no graph) becomes a ProfileResult with params, bytes by
 * dtype, buffers and optimizer state apart, and params per module from the dotted names. Costs
 * that need a graph are null with the reason (`unavailable`), never 0.
 */
import { NO_WEIGHTS_PREFIX } from '../formats/weights.js';
import type { WeightTensor, WeightsFile } from '../formats/weights.js';
import { dtypeBits, isDType } from '../graph/dtype.js';
import { decoderFigures } from './llm.js';
import type { DTypeBytes, LlmSummary, ModuleParams, ParamsSummary, ProfileResult, StateSummary, Unavailable, WeightsSummary } from './types.js';
import { PROFILE_SCHEMA_VERSION } from './types.js';

/** At most this many module rows (an LLM has a few hundred; a pathological file could have millions). */
export const MAX_MODULES = 2000;

export interface WeightsProfileOptions {
  readonly path: string;
  /** Registry name and label of the format. */
  readonly format: string;
  readonly formatLabel: string;
  readonly formatVersion: string;
  readonly fileBytes: number;
  readonly sideFileBytes: number;
  /** Context length for the LLM figures (`dims: { context: N }`); default from the model. */
  readonly context?: number;
}

/** Why a weights file cannot give the costs that need a graph. */
export function weightsOnlyUnavailable(formatLabel: string, hasDecoder = false): Unavailable {
  return {
    metrics: ['macs', 'flops', 'memory', 'peak-memory', 'latency'],
    reason: `${formatLabel} files store weights only: there is no graph to count MACs, FLOPs, memory access, peak memory or latency on`
      + (hasDecoder ? ' (the LLM figures are estimated from the decoder hyper-parameters instead)' : ''),
  };
}

/**
 * Tensors that share a storage (tied weights, views) count once: the largest of them stands for
 * the storage, with the storage's element count when its views cover only parts of it, or the
 * elements the reader says the role counts when a role before it counts part of the storage.
 */
export function uniqueStorages(tensors: readonly WeightTensor[]): WeightTensor[] {
  const out: WeightTensor[] = [];
  const byKey = new Map<string, number>();
  for (const t of tensors) {
    if (t.storageKey === undefined) {
      out.push(t);
      continue;
    }
    const key = `${t.role}\u0000${t.storageKey}`;
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, out.length);
      out.push(t);
    } else if (t.bytes > out[at]!.bytes || (t.bytes === out[at]!.bytes && t.elements > out[at]!.elements)) {
      out[at] = t;
    }
  }
  return out.map((t) => {
    if (t.storageKey === undefined) return t;
    return { ...t, elements: t.sharedStorageElements ?? Math.max(t.elements, storageElements(t)) };
  });
}

/**
 * Elements a shared storage holds (its bytes over the element width): views that each cover
 * part of one storage (a fused qkv saved as three slices) count the whole storage once.
 */
function storageElements(t: WeightTensor): number {
  const bits = isDType(t.dtype) ? dtypeBits(t.dtype) : QUANTIZED_BITS[t.dtype];
  return bits ? Math.floor((t.bytes * 8) / bits) : 0;
}

/** PyTorch's quantized element types, which are not IR dtypes. */
const QUANTIZED_BITS: Readonly<Record<string, number>> = { qint8: 8, quint8: 8, qint32: 32 };

function dtypeKey(t: WeightTensor): string {
  return t.quantization ? `${t.dtype} (${t.quantization})` : t.dtype;
}

function sumState(tensors: readonly WeightTensor[]): StateSummary {
  let elements = 0;
  let bytes = 0;
  for (const t of tensors) {
    elements += t.elements;
    bytes += t.bytes;
  }
  return { tensors: tensors.length, elements, bytes };
}

export function weightsParams(unique: readonly WeightTensor[]): ParamsSummary {
  const byDtype: Record<string, { elements: number; bytes: number }> = {};
  let total = 0;
  let bytes = 0;
  for (const t of unique) {
    if (t.role !== 'param') continue;
    total += t.elements;
    bytes += t.bytes;
    const slot = (byDtype[dtypeKey(t)] ??= { elements: 0, bytes: 0 });
    slot.elements += t.elements;
    slot.bytes += t.bytes;
  }
  const nonWeight = sumState(unique.filter((t) => t.role === 'non-weight'));
  return { total, bytes, byDtype: byDtype as Record<string, DTypeBytes>, nonWeight: { elements: nonWeight.elements, bytes: nonWeight.bytes } };
}

/**
 * Params per module: every proper prefix of a parameter's dotted name (`layer1.0.conv1.weight`
 * adds to `layer1`, `layer1.0` and `layer1.0.conv1`). Rows are ordered shallow first, then by
 * params (largest first), then by name; beyond MAX_MODULES rows the deepest are dropped.
 */
export function moduleBreakdown(unique: readonly WeightTensor[]): ModuleParams[] {
  const sums = new Map<string, { params: number; bytes: number; depth: number }>();
  for (const t of unique) {
    if (t.role !== 'param') continue;
    const parts = t.name.split('.');
    let prefix = '';
    for (let i = 0; i < parts.length - 1; i++) {
      prefix = i === 0 ? parts[0]! : `${prefix}.${parts[i]!}`;
      const slot = sums.get(prefix) ?? { params: 0, bytes: 0, depth: i + 1 };
      slot.params += t.elements;
      slot.bytes += t.bytes;
      sums.set(prefix, slot);
    }
  }
  return [...sums]
    .sort((a, b) => a[1].depth - b[1].depth || b[1].params - a[1].params || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_MODULES)
    .map(([name, s]) => ({ name, params: s.params, bytes: s.bytes }));
}

export function weightsSummary(file: WeightsFile, unique: readonly WeightTensor[], llm?: LlmSummary): WeightsSummary {
  return {
    tensors: file.tensors.length,
    buffers: sumState(unique.filter((t) => t.role === 'buffer')),
    optimizer: sumState(unique.filter((t) => t.role === 'optimizer')),
    modules: moduleBreakdown(unique),
    metadata: Object.fromEntries(file.metadata),
    ...(llm ? { llm } : {}),
  };
}

export function profileWeights(file: WeightsFile, options: WeightsProfileOptions): ProfileResult {
  const unique = uniqueStorages(file.tensors);
  const figures = file.decoder ? decoderFigures(file.decoder, { tensors: file.tensors, ...(options.context !== undefined ? { context: options.context } : {}) }) : undefined;
  const { warnings: llmWarnings = [], ...llm } = figures ?? {};
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    model: {
      path: options.path,
      format: options.format,
      formatVersion: options.formatVersion,
      fileBytes: options.fileBytes,
      externalDataBytes: options.sideFileBytes,
      producer: '',
      opsets: {},
    },
    inputs: [],
    outputs: [],
    params: weightsParams(unique),
    opHistogram: {},
    totals: null,
    unavailable: file.costsUnavailable !== undefined
      ? { ...weightsOnlyUnavailable(options.formatLabel), reason: file.costsUnavailable }
      : weightsOnlyUnavailable(options.formatLabel, figures !== undefined),
    weights: weightsSummary(file, unique, figures ? (llm as LlmSummary) : undefined),
    unknownOps: [],
    warnings: [...file.warnings, ...llmWarnings],
  };
}

/**
 * Why a profiled file holds no weights, as its reader said (its warning after NO_WEIGHTS_PREFIX),
 * or null: a model with params, or a file whose reader did not say so (its 0 params are then a
 * number to show, e.g. when its tensors are in a form not measured).
 */
export function noWeightsReason(p: ProfileResult | undefined): string | null {
  if (!p || p.params.total !== 0) return null;
  const stated = p.warnings.find((w) => w.startsWith(NO_WEIGHTS_PREFIX));
  return stated === undefined ? null : stated.slice(NO_WEIGHTS_PREFIX.length);
}
