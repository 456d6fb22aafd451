/**
 * Builds a DecoderSpec from hyper-parameters a file states (a Hugging Face config.json, GGUF
 * metadata), shared by the safetensors and GGUF readers. Values come from hostile files: each
 * must be a positive integer within reason, and a spec with a missing or bad field is not built
 * (the LLM figures are then not available, with the reason as a warning), never guessed.
 */
import type { DecoderSpec } from './weights.js';

/** Larger than any real model's widths, layers or vocabulary; keeps every product exact. */
const MAX_DIM = 1 << 24;
/** Context lengths go further (10M-token models exist). */
const MAX_CONTEXT = 1 << 30;

export interface DecoderFields {
  architecture: string;
  hiddenSize?: unknown;
  layers?: unknown;
  heads?: unknown;
  kvHeads?: unknown;
  headDim?: unknown;
  valueHeadDim?: unknown;
  intermediateSize?: unknown;
  gatedMlp: boolean;
  vocabSize?: unknown;
  tiedEmbeddings: boolean;
  maxContext?: unknown;
  slidingWindow?: unknown;
  slidingWindowLayers?: unknown;
  experts?: unknown;
  expertsPerToken?: unknown;
  sharedExpertIntermediateSize?: unknown;
  kvCacheElementBytes?: number;
}

function positiveInt(v: unknown, max = MAX_DIM): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= max ? v : undefined;
}

/**
 * The spec, or a reason it cannot be built. `source` names where the fields came from in the
 * reason ('config.json', 'GGUF metadata'); `keys` maps each field to the key the file uses.
 */
export function buildDecoderSpec(
  f: DecoderFields,
  source: string,
  keys: Partial<Record<keyof DecoderFields, string>>,
): { spec: DecoderSpec } | { reason: string } {
  const name = (k: keyof DecoderFields): string => keys[k] ?? k;
  const required = ['hiddenSize', 'layers', 'heads', 'intermediateSize', 'vocabSize'] as const;
  const missing = required.filter((k) => f[k] === undefined);
  if (missing.length > 0) return { reason: `${source} does not state ${missing.map(name).join(', ')}` };
  const bad = (k: keyof DecoderFields): { reason: string } => ({ reason: `${source}: ${name(k)} is not a positive integer within limits` });
  const hiddenSize = positiveInt(f.hiddenSize);
  if (!hiddenSize) return bad('hiddenSize');
  const layers = positiveInt(f.layers);
  if (!layers) return bad('layers');
  const heads = positiveInt(f.heads);
  if (!heads) return bad('heads');
  const intermediateSize = positiveInt(f.intermediateSize);
  if (!intermediateSize) return bad('intermediateSize');
  const vocabSize = positiveInt(f.vocabSize);
  if (!vocabSize) return bad('vocabSize');
  const kvHeads = f.kvHeads === undefined ? heads : positiveInt(f.kvHeads);
  if (!kvHeads) return bad('kvHeads');
  if (heads % kvHeads !== 0) return { reason: `${source}: ${name('heads')} ${heads} is not a multiple of ${name('kvHeads')} ${kvHeads}` };
  let headDim: number | undefined;
  if (f.headDim !== undefined) {
    headDim = positiveInt(f.headDim);
    if (!headDim) return bad('headDim');
  } else {
    if (hiddenSize % heads !== 0) return { reason: `${source}: hidden size ${hiddenSize} is not a multiple of ${heads} heads and no head dimension is stated` };
    headDim = hiddenSize / heads;
  }
  const optional = (k: keyof DecoderFields, max = MAX_DIM): number | undefined | { reason: string } => {
    if (f[k] === undefined || f[k] === null) return undefined;
    return positiveInt(f[k], max) ?? bad(k);
  };
  const spec: Record<string, unknown> = {
    architecture: f.architecture,
    hiddenSize, layers, heads, kvHeads, headDim, intermediateSize, vocabSize,
    gatedMlp: f.gatedMlp,
    tiedEmbeddings: f.tiedEmbeddings,
  };
  const extras: Array<[keyof DecoderFields, number]> = [
    ['valueHeadDim', MAX_DIM], ['maxContext', MAX_CONTEXT], ['slidingWindow', MAX_CONTEXT], ['slidingWindowLayers', MAX_DIM],
    ['experts', MAX_DIM], ['expertsPerToken', MAX_DIM], ['sharedExpertIntermediateSize', MAX_DIM],
  ];
  for (const [k, max] of extras) {
    const v = optional(k, max);
    if (typeof v === 'object') return v;
    if (v !== undefined) spec[k] = v;
  }
  if ((spec['experts'] === undefined) !== (spec['expertsPerToken'] === undefined)) {
    return { reason: `${source} states ${spec['experts'] === undefined ? name('expertsPerToken') : name('experts')} without ${spec['experts'] === undefined ? name('experts') : name('expertsPerToken')}` };
  }
  if (spec['experts'] !== undefined && (spec['expertsPerToken'] as number) > (spec['experts'] as number)) {
    return { reason: `${source}: ${name('expertsPerToken')} exceeds ${name('experts')}` };
  }
  if (spec['valueHeadDim'] === headDim) delete spec['valueHeadDim'];
  if (spec['slidingWindowLayers'] !== undefined && (spec['slidingWindowLayers'] as number) > layers) return bad('slidingWindowLayers');
  if (f.kvCacheElementBytes !== undefined) spec['kvCacheElementBytes'] = f.kvCacheElementBytes;
  return { spec: spec as unknown as DecoderSpec };
}
