/**
 * Decoder-only LLM figures from a DecoderSpec (pure): per-token forward MACs at a context length,
 * KV-cache bytes per token and at that context, and total vs active params for MoE models.
 * Every formula is in docs/metrics.md ("Decoder-only LLM figures").
 */
import type { DecoderSpec, WeightTensor } from '../formats/weights.js';

/** Without `dims: { context }`, the model's max context is used, capped here. */
export const DEFAULT_CONTEXT_CAP = 4096;
const MAX_CONTEXT = 1 << 30;

export interface LlmOptions {
  /** Context length from the config (`dims: { context: N }`). */
  readonly context?: number;
  /** The file's tensors: MoE expert params are counted from them (names with `.experts.` or `_exps`). */
  readonly tensors?: readonly WeightTensor[];
}

/** MACs of one token's forward pass, by part; each summed over the layers. */
export interface LlmMacs {
  /** Q, K, V and output projections. */
  readonly attentionProjections: number;
  /** QK^T and attention-weighted V over the attended positions. */
  readonly attentionScores: number;
  /** MLP: the dense MLP, or the active experts plus any shared expert. */
  readonly mlp: number;
  /** MoE router (0 for dense models). */
  readonly router: number;
  /** Final projection to the vocabulary. */
  readonly lmHead: number;
}

export interface LlmFigures {
  /** Context length the figures are for, and where it came from. */
  readonly context: number;
  readonly contextSource: 'config' | 'model' | 'default';
  /** MACs to generate one token with `context` tokens in the KV cache (multiply-accumulates only). */
  readonly macsPerToken: number;
  readonly macs: LlmMacs;
  /** KV-cache bytes added per token (all layers, keys and values). */
  readonly kvCacheBytesPerToken: number;
  /** KV-cache bytes holding `context` tokens (sliding-window layers keep at most the window). */
  readonly kvCacheBytesAtContext: number;
  /** Bytes of one cached element the figures assume. */
  readonly kvCacheElementBytes: number;
  /** MoE only: all params vs the params one token uses (shared weights + the routed experts' share). */
  readonly moe?: {
    readonly totalParams: number;
    readonly activeParams: number;
    readonly expertParams: number;
    /** 'tensors': expert params summed from the expert tensors; 'spec': layers x experts x MLP size. */
    readonly expertParamsFrom: 'tensors' | 'spec';
  };
  readonly warnings: readonly string[];
}

const EXPERT_TENSOR = /\.experts\.|(^|\.)ffn_(gate|up|down|gate_up)_exps\./;

export function decoderFigures(spec: DecoderSpec, options: LlmOptions = {}): LlmFigures {
  const warnings: string[] = [];
  const { context, contextSource } = resolveContext(spec, options.context, warnings);
  const h = spec.hiddenSize;
  const L = spec.layers;
  const H = spec.heads;
  const Hkv = spec.kvHeads;
  const d = spec.headDim;
  const dv = spec.valueHeadDim ?? spec.headDim;
  const f = spec.intermediateSize;
  const mlpMatrices = spec.gatedMlp ? 3 : 2;
  const bytes = spec.kvCacheElementBytes ?? 2;

  // Positions each layer attends to: the window on sliding-window layers, the context elsewhere.
  const slidingLayers = spec.slidingWindow === undefined ? 0 : Math.min(L, spec.slidingWindowLayers ?? L);
  const attended = slidingLayers * Math.min(context, spec.slidingWindow ?? context) + (L - slidingLayers) * context;

  const attentionProjections = L * (h * H * d + h * Hkv * d + h * Hkv * dv + H * dv * h);
  const attentionScores = H * (d + dv) * attended;
  let mlp: number;
  let router = 0;
  if (spec.experts !== undefined && spec.expertsPerToken !== undefined) {
    mlp = L * (spec.expertsPerToken * mlpMatrices * h * f + mlpMatrices * h * (spec.sharedExpertIntermediateSize ?? 0));
    router = L * h * spec.experts;
  } else {
    mlp = L * mlpMatrices * h * f;
  }
  const lmHead = h * spec.vocabSize;
  const macsPerToken = attentionProjections + attentionScores + mlp + router + lmHead;

  const kvCacheBytesPerToken = L * Hkv * (d + dv) * bytes;
  const kvCacheBytesAtContext = Hkv * (d + dv) * bytes * attended;
  if (![macsPerToken, kvCacheBytesAtContext].every(Number.isSafeInteger)) {
    warnings.push('the LLM figures exceed 2^53 and are rounded');
  }
  const moe = spec.experts !== undefined && spec.expertsPerToken !== undefined && options.tensors
    ? moeParams(spec, options.tensors, mlpMatrices, warnings)
    : undefined;
  return {
    context,
    contextSource,
    macsPerToken,
    macs: { attentionProjections, attentionScores, mlp, router, lmHead },
    kvCacheBytesPerToken,
    kvCacheBytesAtContext,
    kvCacheElementBytes: bytes,
    ...(moe ? { moe } : {}),
    warnings,
  };
}

function resolveContext(spec: DecoderSpec, requested: number | undefined, warnings: string[]): { context: number; contextSource: LlmFigures['contextSource'] } {
  if (requested !== undefined) {
    if (Number.isSafeInteger(requested) && requested > 0 && requested <= MAX_CONTEXT) {
      if (spec.maxContext !== undefined && requested > spec.maxContext) {
        warnings.push(`context ${requested} is longer than the model's maximum of ${spec.maxContext}`);
      }
      return { context: requested, contextSource: 'config' };
    }
    warnings.push(`context ${String(requested)} is not a positive integer up to ${MAX_CONTEXT}; using the default`);
  }
  if (spec.maxContext === undefined) {
    warnings.push(`the model states no maximum context; figures are at context ${DEFAULT_CONTEXT_CAP} (set dims: { context: N } to choose)`);
    return { context: DEFAULT_CONTEXT_CAP, contextSource: 'default' };
  }
  if (spec.maxContext > DEFAULT_CONTEXT_CAP) {
    warnings.push(`figures are at context ${DEFAULT_CONTEXT_CAP}, not the model's maximum of ${spec.maxContext} (set dims: { context: N } to choose)`);
    return { context: DEFAULT_CONTEXT_CAP, contextSource: 'default' };
  }
  return { context: spec.maxContext, contextSource: 'model' };
}

function moeParams(spec: DecoderSpec, tensors: readonly WeightTensor[], mlpMatrices: number, warnings: string[]): NonNullable<LlmFigures['moe']> {
  const seen = new Set<string>();
  let total = 0;
  let fromTensors = 0;
  for (const t of tensors) {
    if (t.role !== 'param') continue;
    if (t.storageKey !== undefined) {
      if (seen.has(t.storageKey)) continue;
      seen.add(t.storageKey);
    }
    total += t.elements;
    if (EXPERT_TENSOR.test(t.name)) fromTensors += t.elements;
  }
  let expertParams = fromTensors;
  let expertParamsFrom: 'tensors' | 'spec' = 'tensors';
  if (fromTensors === 0) {
    expertParams = spec.layers * spec.experts! * mlpMatrices * spec.hiddenSize * spec.intermediateSize;
    expertParamsFrom = 'spec';
    warnings.push('no expert tensors recognised by name (.experts. or _exps); expert params are estimated as layers x experts x MLP size');
  }
  const inactive = Math.round(expertParams * (1 - spec.expertsPerToken! / spec.experts!));
  return { totalParams: total, activeParams: Math.max(0, total - inactive), expertParams, expertParamsFrom };
}
