/**
 * What a weights-only format reader (PyTorch checkpoints, safetensors, GGUF, Keras weights,
 * TensorFlow variables) hands to the format boundary: tensors with their shapes, dtypes and
 * stored sizes, never their payloads. The boundary (formats/registry) turns this into the
 * neutral model that profile/ consumes; readers stay free of profile/ and report/ types.
 */

/** What a stored tensor is, as far as the file can tell. Only 'param' counts as params. */
export type WeightRole =
  /** A learned weight (counted in params). */
  | 'param'
  /** Module state that is not learned: BatchNorm running stats, `num_batches_tracked`, rotary caches. */
  | 'buffer'
  /** Optimizer state (Adam moments, momentum buffers, step counters): reported apart, never params. */
  | 'optimizer'
  /** Integer/bool tensors that hold shapes, indices or masks. */
  | 'non-weight';

export interface WeightTensor {
  /** Name as stored (dotted module path for PyTorch/safetensors, `blk.0.attn_q.weight` for GGUF). */
  readonly name: string;
  /**
   * Element type: an IR dtype name from graph/dtype.ts where one exists ('float32', 'bfloat16',
   * 'int8', 'float8e4m3fn', ...), otherwise the format's own type name ('q4_K', 'iq2_xxs', 'quint8').
   */
  readonly dtype: string;
  /** Logical shape (for packed/quantized types: the shape of the unpacked values). */
  readonly dims: readonly number[];
  /** Logical element count (product of dims); counts as params when role is 'param'. */
  readonly elements: number;
  /** Bytes this tensor occupies in the file(s). Views and tied weights share one storage. */
  readonly bytes: number;
  readonly role: WeightRole;
  /**
   * Identity of the underlying storage when several tensors may share one (PyTorch storages,
   * tied embeddings): tensors with the same key count once in params and bytes.
   */
  readonly storageKey?: string;
  /**
   * Set when a role counted before this tensor's (params before buffers, before optimizer state,
   * before non-weights) reaches part of its storage: the elements of the storage this tensor's
   * role still counts, often 0 (a buffer that views a weight). Each stored element counts once.
   */
  readonly sharedStorageElements?: number;
  /** How the values are packed or quantized, for the bytes-by-dtype table ('per-channel int8 (axis 0)', 'GPTQ 4-bit, group 128'). */
  readonly quantization?: string;
  /** Which file of a sharded set holds it (relative path), when there are several. */
  readonly file?: string;
}

/**
 * Hyper-parameters of a decoder-only transformer, as stated by a Hugging Face `config.json` or
 * GGUF metadata; profile/ derives per-token MACs and KV-cache bytes from them (docs/metrics.md).
 * Absent fields are unknown, never guessed.
 */
export interface DecoderSpec {
  /** Architecture name as the file states it ('llama', 'qwen2', 'gpt2', 'mixtral'...). */
  readonly architecture: string;
  readonly hiddenSize: number;
  readonly layers: number;
  readonly heads: number;
  readonly kvHeads: number;
  /** Width of one key head (and of one query head). */
  readonly headDim: number;
  /** Width of one value head when it differs from headDim (GGUF `attention.value_length`). */
  readonly valueHeadDim?: number;
  /** Width of the MLP's hidden layer (per expert for MoE). */
  readonly intermediateSize: number;
  /** Gated MLP (SwiGLU/GeGLU: three matrices) versus a plain two-matrix MLP (GPT-2, GPT-NeoX). */
  readonly gatedMlp: boolean;
  readonly vocabSize: number;
  readonly tiedEmbeddings: boolean;
  readonly maxContext?: number;
  /** Sliding-window attention span, where the file states one. */
  readonly slidingWindow?: number;
  /** How many layers use the sliding window (Gemma 2/3 alternate local and global layers); default all. */
  readonly slidingWindowLayers?: number;
  /** MoE: routed experts per layer and experts used per token. */
  readonly experts?: number;
  readonly expertsPerToken?: number;
  /** MoE: hidden width of the always-active shared expert(s) per layer (Qwen-MoE, DeepSeek), if any. */
  readonly sharedExpertIntermediateSize?: number;
  /** Bytes of one cached key or value element (2 for float16/bfloat16 caches). */
  readonly kvCacheElementBytes?: number;
}

/**
 * Starts the warning of a file the reader found holds no weights at all (a Trainer's
 * scheduler.pt, its optimizer state alone): the gate shows such a file as "no weights" with the
 * rest of the warning as the reason, never as a model of 0 params (profile/weights.ts noWeightsReason).
 */
export const NO_WEIGHTS_PREFIX = 'no weights: ';

export interface WeightsFile {
  readonly tensors: readonly WeightTensor[];
  /** Free-form metadata worth showing (safetensors `__metadata__`, GGUF general.*), already as text. */
  readonly metadata: ReadonlyMap<string, string>;
  /** Set when the file (or a config.json beside it) describes a decoder-only transformer. */
  readonly decoder?: DecoderSpec;
  /** Things the reader noticed that the user should see (a capped context, an unknown key). */
  readonly warnings: readonly string[];
  /** Side files read with the model (shards, index, config.json), relative to the model's folder. */
  readonly sideFiles: readonly string[];
  /**
   * Why graph metrics are not available, when the file has a graph this tool does not cost yet
   * (a TensorFlow GraphDef): replaces the weights-only reason.
   */
  readonly costsUnavailable?: string;
}
