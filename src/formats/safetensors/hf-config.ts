/**
 * A Hugging Face `config.json` beside safetensors weights: the decoder hyper-parameters
 * (Llama/Mistral/Qwen/Gemma/GPT-2/GPT-NeoX/Phi style, MoE included) and `quantization_config`.
 * The file is hostile input and optional: what cannot be used becomes a warning, and the LLM
 * figures are then not available; the weights are still profiled.
 */
import { buildDecoderSpec } from '../decoder-spec.js';
import { withRandomAccessFile } from '../random-access.js';
import type { RandomAccessFile } from '../random-access.js';
import type { DecoderSpec, WeightRole } from '../weights.js';
import { quoted } from './header.js';

/** A config.json larger than this is no Hugging Face model config: it is not read. */
const MAX_CONFIG_BYTES = 4_000_000;

/** Decoders whose MLP is two matrices (up, down) rather than gated (gate, up, down). */
const PLAIN_MLP = new Set(['gpt2', 'gpt_neox', 'gptj', 'gpt_bigcode', 'phi', 'opt', 'bloom', 'falcon', 'starcoder2', 'codegen', 'mpt']);

/** Decoders whose MLP width defaults (key absent or null) to 4 x the hidden size. */
const FOUR_X_MLP = new Set(['gpt2', 'gptj', 'gpt_bigcode', 'falcon']);

/** Qwen decoders whose config gates the sliding window by use_sliding_window and max_window_layers. */
const QWEN_WINDOWED = /^qwen[23](_moe)?$/;

/** How the packed weights of a quantized checkpoint are stored. */
export interface PackedQuantization {
  /** 'gptq', 'awq', 'bitsandbytes', 'mxfp4' or another quant_method as stated. */
  readonly method: string;
  /** Bits per value (4 for GPTQ/AWQ defaults and bitsandbytes 4-bit; 8 for bitsandbytes 8-bit). */
  readonly bits: number;
  readonly groupSize?: number;
  /** bitsandbytes 4-bit: 'nf4' or 'fp4'. */
  readonly bnb4bitType?: string;
}

export interface HfConfig {
  readonly decoder?: DecoderSpec;
  readonly quantization?: PackedQuantization;
  readonly modelType?: string;
  readonly warnings: readonly string[];
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** config.json's top object, or the warning (ending in `consequence`) when the text is no JSON object. */
function configObject(text: string, consequence: string): Json | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return `config.json is not valid JSON; ${consequence}`;
  }
  return isObject(raw) ? raw : `config.json is not a JSON object; ${consequence}`;
}

/** Parses config.json text; `tensorNames` settles what the config leaves open (tied LM head). */
export function parseHfConfig(text: string, tensorNames: ReadonlySet<string>): HfConfig {
  const raw = configObject(text, 'LLM figures are not available');
  if (typeof raw === 'string') return { warnings: [raw] };
  const warnings: string[] = [];
  const quantization = parseQuantization(raw['quantization_config'], warnings);
  // Multimodal wrappers (Gemma 3, Llama 4, Mistral 3) nest the decoder under text_config.
  const c: Json = isObject(raw['text_config']) ? { ...raw, ...raw['text_config'] } : raw;
  const modelType = typeof c['model_type'] === 'string' ? (c['model_type'] as string).slice(0, 64) : undefined;
  const architecture = modelType ?? (Array.isArray(raw['architectures']) && typeof raw['architectures'][0] === 'string' ? (raw['architectures'][0] as string).slice(0, 64) : 'unknown');
  const first = (...keys: string[]): unknown => {
    for (const k of keys) if (c[k] !== undefined && c[k] !== null) return c[k];
    return undefined;
  };
  const hiddenSize = first('hidden_size', 'n_embd', 'd_model');
  const experts = first('num_local_experts', 'num_experts', 'n_routed_experts');
  const isMoe = typeof experts === 'number' && experts > 0;
  const dtype = first('torch_dtype', 'dtype');
  const kvCacheElementBytes = dtype === 'float32' ? 4 : dtype === 'float64' ? 8 : 2;
  let intermediateSize = isMoe ? first('moe_intermediate_size', 'intermediate_size', 'ffn_dim') : first('intermediate_size', 'n_inner', 'ffn_dim', 'ffn_hidden_size');
  // GPT-2, GPT-J and GPT-BigCode leave n_inner null, Falcon ffn_hidden_size, for the default of 4 x the hidden size.
  if (intermediateSize === undefined && FOUR_X_MLP.has(architecture) && typeof hiddenSize === 'number') intermediateSize = 4 * hiddenSize;
  let sharedExpertIntermediateSize = first('shared_expert_intermediate_size');
  const sharedCount = first('n_shared_experts');
  if (sharedExpertIntermediateSize === undefined && typeof sharedCount === 'number' && typeof intermediateSize === 'number' && sharedCount > 0) {
    sharedExpertIntermediateSize = sharedCount * intermediateSize;
  }
  // Llama 4's MoE blocks add one shared expert as wide as intermediate_size, which no key names.
  if (sharedExpertIntermediateSize === undefined && isMoe && architecture.startsWith('llama4') && typeof intermediateSize === 'number') {
    sharedExpertIntermediateSize = intermediateSize;
  }
  if (isMoe && hasDenseLayers(c)) {
    warnings.push('config.json: some layers are dense rather than MoE (first_k_dense_replace/decoder_sparse_step/mlp_only_layers/interleave_moe_layer_step/moe_layers); the MLP MACs count every layer as MoE');
  }
  // DeepSeek-V2/V3 and Kimi K2 attention (MLA) caches a compressed latent and projects through
  // low-rank matrices; the per-head formulas would be wrong for it, so there are no figures.
  const latent = first('kv_lora_rank');
  if (latent !== undefined) {
    warnings.push('config.json: multi-head latent attention (kv_lora_rank) is not modelled; LLM figures are not available');
    return { quantization, modelType, warnings };
  }
  const multiQuery = c['multi_query'] === true ? 1 : undefined;
  // Falcon's multi_query (7B) overrides num_kv_heads, which re-saved configs state as the head count;
  // only new_decoder_architecture (40B, 180B) reads it.
  const falconMultiQuery = architecture === 'falcon' && multiQuery !== undefined && c['new_decoder_architecture'] !== true;
  // Qwen2/Qwen3 use the window only when use_sliding_window is true (transformers' default is false).
  const windowOff = QWEN_WINDOWED.test(architecture) ? c['use_sliding_window'] !== true : c['use_sliding_window'] === false;
  const statedWindow = windowOff ? undefined : first('sliding_window', 'attention_window');
  const windowLayers = typeof statedWindow === 'number' ? slidingLayers(c, architecture) : undefined;
  // No layer uses the window (layer_types all full_attention, Qwen2's max_window_layers >= layers): no window at all.
  const slidingWindow = windowLayers === 0 ? undefined : statedWindow;
  const fields = {
    architecture,
    hiddenSize,
    layers: first('num_hidden_layers', 'n_layer', 'num_layers'),
    heads: first('num_attention_heads', 'n_head'),
    kvHeads: falconMultiQuery ? 1 : first('num_key_value_heads', 'num_kv_heads', 'n_head_kv') ?? multiQuery,
    headDim: first('head_dim'),
    intermediateSize,
    gatedMlp: !PLAIN_MLP.has(architecture),
    vocabSize: first('vocab_size'),
    // HF defaults differ per model class; whether an LM head tensor is stored settles it.
    tiedEmbeddings: typeof c['tie_word_embeddings'] === 'boolean' ? (c['tie_word_embeddings'] as boolean) : !hasLmHead(tensorNames),
    maxContext: first('max_position_embeddings', 'n_positions', 'n_ctx', 'max_sequence_length', 'seq_length'),
    slidingWindow: typeof slidingWindow === 'number' ? slidingWindow : undefined,
    slidingWindowLayers: typeof slidingWindow === 'number' ? windowLayers : undefined,
    experts: isMoe ? experts : undefined,
    expertsPerToken: isMoe ? first('num_experts_per_tok', 'num_experts_per_token', 'moe_topk', 'top_k') : undefined,
    sharedExpertIntermediateSize: isMoe ? sharedExpertIntermediateSize : undefined,
    kvCacheElementBytes,
  };
  const built = buildDecoderSpec(fields, 'config.json', {
    hiddenSize: 'hidden_size', layers: 'num_hidden_layers', heads: 'num_attention_heads', kvHeads: 'num_key_value_heads',
    headDim: 'head_dim', intermediateSize: isMoe ? 'moe_intermediate_size/intermediate_size' : 'intermediate_size', vocabSize: 'vocab_size',
    maxContext: 'max_position_embeddings', slidingWindow: 'sliding_window', experts: 'num_experts', expertsPerToken: 'num_experts_per_tok',
    sharedExpertIntermediateSize: 'shared_expert_intermediate_size',
  });
  if ('reason' in built) {
    warnings.push(`${built.reason}; LLM figures are not available`);
    return { quantization, modelType, warnings };
  }
  return { decoder: built.spec, quantization, modelType, warnings };
}

/**
 * Only `quantization_config` of a config.json (for weights whose reader takes nothing else from
 * it, PyTorch's): what the other keys say is neither used nor warned about.
 */
export function parseQuantizationConfig(text: string): { readonly quantization?: PackedQuantization; readonly warnings: readonly string[] } {
  const raw = configObject(text, 'its quantization_config is not used');
  if (typeof raw === 'string') return { warnings: [raw] };
  const warnings: string[] = [];
  const quantization = parseQuantization(raw['quantization_config'], warnings);
  return { ...(quantization ? { quantization } : {}), warnings };
}

/**
 * The text of the config.json at `path` (a regular file, checked by the caller), or undefined
 * with a warning when it is too large to be one; `onRead` sees the file once read (stats).
 */
export function readConfigText(path: string, warnings: string[], onRead?: (f: RandomAccessFile) => void): string | undefined {
  return withRandomAccessFile(path, (f) => {
    if (f.size > MAX_CONFIG_BYTES) {
      warnings.push(`config.json is ${f.size} bytes, over the ${MAX_CONFIG_BYTES / 1e6} MB limit; it is not used`);
      return undefined;
    }
    const text = f.read(0, f.size, 'config.json').toString('utf8');
    onRead?.(f);
    return text;
  });
}

/** How a quantization is stored, for the report (`GPTQ 4-bit, group 128 (8 values per int32)`). */
export function describeQuantization(q: PackedQuantization): string {
  if (q.method === 'bitsandbytes') return q.bits === 4 ? `bitsandbytes 4-bit ${q.bnb4bitType ?? 'nf4'} (2 values per byte)` : 'bitsandbytes 8-bit (int8)';
  if (q.method === 'mxfp4') return 'MXFP4 (2 values per byte, E8M0 scale per 32)';
  const per = q.bits === 3 ? '32 values per 3 int32' : `${32 / q.bits} values per int32`;
  return `${q.method.toUpperCase()} ${q.bits}-bit${q.groupSize !== undefined && q.groupSize > 0 ? `, group ${q.groupSize}` : ''} (${per})`;
}

/** A GPTQ/AWQ tensor as the quantization says it is: its logical values, or quantization state. */
export interface UnpackedTensor {
  readonly dtype: string;
  readonly dims: readonly number[];
  readonly elements: number;
  readonly role: WeightRole;
  readonly quantization?: string;
}

/**
 * A tensor of a GPTQ/AWQ checkpoint (`q` says which) as what it stands for: a 2-D int32
 * `.qweight` holds `32 / bits` values per word, `.qzeros` and `.scales` are quantization state
 * (buffers), `.g_idx` an index; undefined for every other tensor (and for other methods).
 */
export function unpackGptqAwq(name: string, dtype: string, dims: readonly number[], elements: number, q: PackedQuantization): UnpackedTensor | undefined {
  if (q.method !== 'gptq' && q.method !== 'awq') return undefined;
  if (name.endsWith('.qweight') && dtype === 'int32' && dims.length === 2) {
    const [r, c] = dims as [number, number];
    // GPTQ packs along the input (rows), AWQ along the output (columns).
    const unpacked = q.method === 'gptq' ? [(r * 32) / q.bits, c] : [r, (c * 32) / q.bits];
    return { dtype: `uint${q.bits}`, dims: unpacked, elements: (elements * 32) / q.bits, role: 'param', quantization: describeQuantization(q) };
  }
  if (name.endsWith('.qzeros') || name.endsWith('.scales')) {
    return { dtype, dims, elements, role: 'buffer', quantization: `${q.method.toUpperCase()} ${name.endsWith('.qzeros') ? 'zero points' : 'scales'}` };
  }
  if (name.endsWith('.g_idx')) return { dtype, dims, elements, role: 'non-weight' };
  return undefined;
}

/**
 * The warning for `.qweight` tensors without a quantization_config beside them: their bits per
 * value are unknown, so the packed words are left out of params (non-weight int32); their scales
 * and zero points are buffers (`isPackedQuantState`).
 */
export const PACKED_WITHOUT_CONFIG = 'packed quantized tensors (.qweight) without a quantization_config (read from a config.json beside a .safetensors or .bin file): params leave out the packed int32 words (bits per value unknown), and their .scales/.qzeros are buffers';

/** A `.scales`/`.qzeros` tensor beside a `.qweight` of the same module: quantization state, whatever the config says. */
export function isPackedQuantState(name: string, names: ReadonlySet<string>): boolean {
  const m = /^(.*)\.(scales|qzeros)$/.exec(name);
  return m !== null && names.has(`${m[1]}.qweight`);
}

function hasLmHead(names: ReadonlySet<string>): boolean {
  for (const n of names) if (n === 'lm_head.weight' || n.endsWith('.lm_head.weight') || n === 'embed_out.weight' || n === 'lm_head.qweight') return true;
  return false;
}

/** Whether a MoE config makes some layers dense: a stated default (0 leading dense layers, every layer sparse, no MLP-only layers) does not. */
function hasDenseLayers(c: Json): boolean {
  const leading = c['first_k_dense_replace'];
  const step = c['decoder_sparse_step'];
  const mlpOnly = c['mlp_only_layers'];
  // Llama 4: MoE every interleave_moe_layer_step-th layer, or on the layers moe_layers lists.
  const interleave = c['interleave_moe_layer_step'];
  const moeLayers = c['moe_layers'];
  const layers = c['num_hidden_layers'];
  return (typeof leading === 'number' && leading > 0) || (typeof step === 'number' && step > 1) || (Array.isArray(mlpOnly) && mlpOnly.length > 0)
    || (typeof interleave === 'number' && interleave > 1) || (Array.isArray(moeLayers) && typeof layers === 'number' && moeLayers.length < layers);
}

/**
 * Layers that use the sliding window: `layer_types` when stated, else the known patterns; 0
 * when none does; undefined for every layer.
 */
function slidingLayers(c: Json, architecture: string): number | undefined {
  const types = c['layer_types'];
  if (Array.isArray(types)) return types.filter((t) => t === 'sliding_attention').length;
  const layers = c['num_hidden_layers'];
  if (typeof layers !== 'number' || !Number.isSafeInteger(layers) || layers <= 0) return undefined;
  // Qwen2/Qwen3 (transformers): layers from max_window_layers on use the window, those below attend to everything.
  const fromLayer = c['max_window_layers'];
  if (QWEN_WINDOWED.test(architecture) && typeof fromLayer === 'number' && Number.isSafeInteger(fromLayer) && fromLayer >= 0) {
    return Math.max(0, layers - fromLayer);
  }
  // Cohere 2 (Command R7B): every `sliding_window_pattern`-th layer is global (default 4).
  if (architecture === 'cohere2') return layers - Math.floor(layers / patternOf(c, 4));
  // Gemma 2 and gpt-oss: local and global layers alternate, starting with a local one.
  if (architecture === 'gemma2' || architecture === 'gpt_oss') return Math.ceil(layers / 2);
  // Gemma 3: every `sliding_window_pattern`-th layer is global (default 6).
  if (architecture.startsWith('gemma3')) return layers - Math.floor(layers / patternOf(c, 6));
  return undefined;
}

/** `sliding_window_pattern` when it is a positive integer, else the architecture's default. */
function patternOf(c: Json, fallback: number): number {
  const p = c['sliding_window_pattern'];
  return typeof p === 'number' && Number.isSafeInteger(p) && p > 0 ? p : fallback;
}

function parseQuantization(q: unknown, warnings: string[]): PackedQuantization | undefined {
  if (q === undefined) return undefined;
  if (!isObject(q)) {
    warnings.push('config.json: quantization_config is not an object; ignored');
    return undefined;
  }
  const method = typeof q['quant_method'] === 'string' ? (q['quant_method'] as string).toLowerCase().slice(0, 40) : '';
  const groupSize = typeof q['group_size'] === 'number' ? (q['group_size'] as number) : undefined;
  if (method === 'gptq' || method === 'awq') {
    const bits = q['bits'] ?? q['w_bit'] ?? 4;
    if (typeof bits !== 'number' || ![2, 3, 4, 8].includes(bits)) {
      // Never String() of a list: one nested 100,000 deep overflows the stack.
      const shown = bits === null ? 'null' : Array.isArray(bits) ? 'a list' : typeof bits === 'object' ? 'an object' : quoted(String(bits), 10);
      warnings.push(`config.json: ${method} bits ${shown} is not 2, 3, 4 or 8; packed weights are counted as stored`);
      return undefined;
    }
    const group = groupSize ?? (typeof q['q_group_size'] === 'number' ? (q['q_group_size'] as number) : undefined);
    return { method, bits, ...(group !== undefined ? { groupSize: group } : {}) };
  }
  if (method === 'bitsandbytes' || q['load_in_4bit'] !== undefined || q['load_in_8bit'] !== undefined) {
    if (q['load_in_4bit'] === true) {
      const t = q['bnb_4bit_quant_type'];
      return { method: 'bitsandbytes', bits: 4, bnb4bitType: t === 'fp4' ? 'fp4' : 'nf4' };
    }
    return { method: 'bitsandbytes', bits: 8 };
  }
  if (method === 'mxfp4') return { method, bits: 4 };
  if (method !== '') return { method, bits: 0 };
  return undefined;
}
