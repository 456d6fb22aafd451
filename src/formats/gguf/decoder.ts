/**
 * GGUF metadata (`<arch>.block_count`, `.embedding_length`, `.attention.head_count`...) to a
 * DecoderSpec. What the metadata leaves open (gated MLP, tied LM head, vocabulary size) is
 * read from the tensor names and shapes, which GGUF fixes (`blk.N.ffn_gate.weight`,
 * `output.weight`, `token_embd.weight`).
 */
import { buildDecoderSpec } from '../decoder-spec.js';
import type { DecoderSpec } from '../weights.js';
import type { GgufFile, GgufValue } from './reader.js';

/** One number from a scalar, or from a per-layer array whose entries are all equal. */
function uniform(v: GgufValue | undefined): unknown {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'object') {
    const vals = v.values;
    if (!vals || vals.length !== v.length || vals.length === 0) return 'unreadable';
    return vals.every((x) => x === vals[0]) ? vals[0] : 'per-layer';
  }
  return 'not a number';
}

export function decoderFromGguf(gguf: GgufFile, warnings: string[]): DecoderSpec | undefined {
  const archValue = gguf.metadata.get('general.architecture');
  if (typeof archValue !== 'string') return undefined;
  const arch = archValue.slice(0, 64);
  const key = (k: string): string => `${arch}.${k}`;
  const get = (k: string): unknown => uniform(gguf.metadata.get(key(k)));
  // Only decoders state a block count and heads; other GGUF files (CLIP projectors, LoRA adapters) get no LLM figures.
  if (get('block_count') === undefined || get('attention.head_count') === undefined) return undefined;
  const wrongLength = perLayerLengthMismatch(gguf, key, get('block_count'));
  if (wrongLength !== undefined) {
    warnings.push(wrongLength);
    return undefined;
  }
  for (const k of ['attention.head_count', 'attention.head_count_kv', 'feed_forward_length']) {
    if (get(k) === 'per-layer') {
      warnings.push(`GGUF metadata ${JSON.stringify(key(k))} differs per layer; LLM figures are not available`);
      return undefined;
    }
  }
  const names = new Set(gguf.tensors.map((t) => t.name));
  const embd = gguf.tensors.find((t) => t.name === 'token_embd.weight');
  const tokens = gguf.metadata.get('tokenizer.ggml.tokens');
  const vocab = get('vocab_size') ?? (embd && embd.ne.length === 2 ? embd.ne[1] : undefined) ?? (typeof tokens === 'object' ? tokens.length : undefined);
  const experts = get('expert_count');
  const isMoe = typeof experts === 'number' && experts > 0;
  const expertFf = get('expert_feed_forward_length');
  const intermediateSize = isMoe ? (expertFf ?? get('feed_forward_length')) : get('feed_forward_length');
  let shared = get('expert_shared_feed_forward_length');
  const sharedCount = get('expert_shared_count');
  if (shared === undefined && typeof sharedCount === 'number' && sharedCount > 0 && typeof intermediateSize === 'number') shared = sharedCount * intermediateSize;
  // Llama 4's converter states no shared-expert width, but the shared expert's tensors fix it ({n_embd, n_ff_shexp}).
  if (shared === undefined && isMoe) {
    const up = gguf.tensors.find((t) => /^blk\.\d+\.ffn_up_shexp\.weight$/.test(t.name));
    if (up && up.ne.length === 2) shared = up.ne[1];
  }
  const leadingDense = get('leading_dense_block_count');
  if (isMoe && typeof leadingDense === 'number' && leadingDense > 0) {
    warnings.push('GGUF metadata: the leading blocks are dense rather than MoE (leading_dense_block_count); the MLP MACs count every layer as MoE');
  }
  const interleave = get('interleave_moe_layer_step');
  if (isMoe && typeof interleave === 'number' && interleave > 1) {
    warnings.push('GGUF metadata: only every interleave_moe_layer_step-th block is MoE, the others dense; the MLP MACs count every layer as MoE');
  }
  // DeepSeek-V2/V3 attention (MLA) caches a compressed latent through low-rank projections; the
  // per-head formulas would be wrong for it.
  if (get('attention.kv_lora_rank') !== undefined) {
    warnings.push(`GGUF metadata states ${JSON.stringify(key('attention.kv_lora_rank'))}: multi-head latent attention is not modelled; LLM figures are not available`);
    return undefined;
  }
  const layers = get('block_count');
  const window = get('attention.sliding_window');
  const built = buildDecoderSpec({
    architecture: arch,
    hiddenSize: get('embedding_length'),
    layers,
    heads: get('attention.head_count'),
    kvHeads: get('attention.head_count_kv'),
    headDim: get('attention.key_length'),
    valueHeadDim: get('attention.value_length'),
    intermediateSize,
    gatedMlp: [...names].some((n) => /^blk\.\d+\.ffn_gate(_exps|_shexp)?\.weight$/.test(n)),
    vocabSize: vocab,
    tiedEmbeddings: !names.has('output.weight'),
    maxContext: get('context_length'),
    slidingWindow: typeof window === 'number' && window > 0 ? window : undefined,
    slidingWindowLayers: typeof window === 'number' && window > 0 ? slidingLayers(gguf.metadata.get(key('attention.sliding_window_pattern')), arch, layers) : undefined,
    experts: isMoe ? experts : undefined,
    expertsPerToken: isMoe ? get('expert_used_count') : undefined,
    sharedExpertIntermediateSize: isMoe ? shared : undefined,
    // llama.cpp caches keys and values as f16 unless told otherwise.
    kvCacheElementBytes: 2,
  }, 'GGUF metadata', {
    hiddenSize: key('embedding_length'), layers: key('block_count'), heads: key('attention.head_count'),
    kvHeads: key('attention.head_count_kv'), headDim: key('attention.key_length'), valueHeadDim: key('attention.value_length'),
    intermediateSize: key(isMoe && expertFf !== undefined ? 'expert_feed_forward_length' : 'feed_forward_length'),
    vocabSize: `${key('vocab_size')} (or token_embd.weight)`, maxContext: key('context_length'), slidingWindow: key('attention.sliding_window'),
    experts: key('expert_count'), expertsPerToken: key('expert_used_count'), sharedExpertIntermediateSize: key('expert_shared_feed_forward_length'),
  });
  if ('reason' in built) {
    warnings.push(`${built.reason}; LLM figures are not available`);
    return undefined;
  }
  return built.spec;
}

/** Every `<arch>.*` key this module reads. */
const READ_KEYS = [
  'block_count', 'embedding_length', 'attention.head_count', 'attention.head_count_kv', 'attention.key_length', 'attention.value_length',
  'feed_forward_length', 'vocab_size', 'expert_count', 'expert_used_count', 'expert_feed_forward_length', 'expert_shared_feed_forward_length',
  'expert_shared_count', 'leading_dense_block_count', 'context_length', 'attention.sliding_window', 'attention.sliding_window_pattern',
  'attention.kv_lora_rank', 'interleave_moe_layer_step',
];

/**
 * Why a per-layer array does not fit the layers, or undefined. llama.cpp reads per-layer keys
 * (head counts, feed-forward widths, the sliding-window pattern) with get_key_or_arr, which refuses
 * an array of other than block_count entries ("has wrong array length"); taken as it is, a
 * one-entry pattern counted one sliding layer of forty, and a one-entry head count every layer's.
 */
function perLayerLengthMismatch(gguf: GgufFile, key: (k: string) => string, layers: unknown): string | undefined {
  if (typeof layers !== 'number') return undefined;
  for (const k of READ_KEYS) {
    const v = gguf.metadata.get(key(k));
    if (typeof v === 'object' && v.length !== layers) {
      return `GGUF metadata ${JSON.stringify(key(k))} has ${v.length} entries, not one per layer (block_count ${layers}); LLM figures are not available`;
    }
  }
  return undefined;
}

/** Architectures whose sliding-window pattern llama.cpp fixes in code (the GGUF states no pattern). */
const FIXED_SWA_PATTERN: ReadonlyMap<string, number> = new Map([['gemma2', 2], ['gpt-oss', 2], ['cohere2', 4]]);

/** Layers with a sliding window: the stated pattern, else the architecture's known one, else all. */
function slidingLayers(pattern: GgufValue | undefined, arch: string, layers: unknown): number | undefined {
  if (typeof layers !== 'number' || !Number.isSafeInteger(layers) || layers <= 0) return undefined;
  if (typeof pattern === 'object' && pattern.values && pattern.values.length === pattern.length) {
    return pattern.values.filter((v) => v === true).length;
  }
  if (typeof pattern === 'number' && Number.isSafeInteger(pattern) && pattern > 0) return layers - Math.floor(layers / pattern);
  // llama.cpp's set_swa_pattern(n): layer il is sliding when il % n < n - 1.
  const fixed = FIXED_SWA_PATTERN.get(arch);
  if (fixed !== undefined) return layers - Math.floor(layers / fixed);
  if (arch.startsWith('gemma3')) return layers - Math.floor(layers / 6);
  return undefined;
}
