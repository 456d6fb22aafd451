/**
 * The profile of one model: what `model-budget profile --format json` prints (schemaVersion 2)
 * and what the budget gate compares. Documented in docs/json-schema.md; bump schemaVersion on
 * any breaking change.
 */

import type { FormulaSummary } from './formula.js';
import type { LlmFigures } from './llm.js';

export const PROFILE_SCHEMA_VERSION = 2;

/** How a lower-bound reason that concerns the peak alone begins (peak-memory.ts writes it). */
export const PEAK_REASON_PREFIX = 'peak activation memory: ';

/** The cost metrics whose totals the cost engine's bounds (an uncosted node) make lower bounds. */
export const COST_BOUND_METRICS: readonly CostMetric[] = ['macs', 'flops', 'memory', 'peak-memory', 'latency'];
/** A value of unknown size (any string tensor, a ZipMap's maps) bounds the peak alone: every node is costed. */
export const PEAK_BOUND_METRICS: readonly CostMetric[] = ['peak-memory'];

type BoundFields = Pick<CostTotalsSummary, 'lowerBound' | 'lowerBoundReasons' | 'lowerBoundMetrics'>;

/**
 * The totals that are lower bounds, as `lowerBoundMetrics` says. A profile written before that
 * field (schemaVersion 2 without it), or one whose flag and list disagree, is read by its
 * reasons: a bound whose every reason is the peak's (PEAK_REASON_PREFIX) leaves the costs exact,
 * and a flag with no reasons bounds everything. Reading a peak-only bound as a bound on FLOPs let
 * a FLOPs max-increase over such a base pass as "not checked".
 */
export function boundMetrics(totals: BoundFields | null | undefined): readonly CostMetric[] {
  if (totals?.lowerBound !== true) return [];
  const listed = totals.lowerBoundMetrics;
  if (listed !== undefined && listed.length > 0) return listed;
  const reasons = totals.lowerBoundReasons;
  return reasons.length > 0 && reasons.every((r) => r.startsWith(PEAK_REASON_PREFIX)) ? PEAK_BOUND_METRICS : COST_BOUND_METRICS;
}

/** Whether MACs, FLOPs and memory access (and so latency) are lower bounds. */
export function costsLowerBound(totals: BoundFields | null | undefined): boolean {
  return boundMetrics(totals).includes('flops');
}

/** Whether peak activation memory is a lower bound. */
export function peakLowerBound(totals: BoundFields | null | undefined): boolean {
  return boundMetrics(totals).includes('peak-memory');
}

/** The key of an op type in boundOpTypes. */
export function opTypeKey(domain: string, opType: string): string {
  return `${domain}\u0000${opType}`;
}

/**
 * The op types (opTypeKey) of a profile whose cost is only a lower bound: a node of that type
 * counted in the totals was not fully costed (its status is not ok), or the type has no definition.
 */
export function boundOpTypes(p: ProfileResult | undefined): Set<string> {
  const out = new Set<string>();
  if (!p) return out;
  for (const u of p.unknownOps) out.add(opTypeKey(u.domain, u.opType));
  for (const n of p.nodes ?? []) if (n.status !== 'ok' && n.inTotals !== false) out.add(opTypeKey(n.domain, n.opType));
  return out;
}

export interface ValueSummary {
  readonly name: string;
  readonly dtype: string | null;
  /** Dims as stored (strings are symbolic), or null when the rank is unknown. */
  readonly shape: ReadonlyArray<number | string | null> | null;
  /**
   * The shape the numbers were computed at (after `--input`/`--dim` binding, or as inferred for
   * outputs), when it differs from `shape`; strings are dims that stayed symbolic.
   */
  readonly boundShape?: ReadonlyArray<number | string> | null;
}

export interface DTypeBytes {
  readonly elements: number;
  readonly bytes: number;
}

export interface ParamsSummary {
  /**
   * Weight elements: for a graph, floating-point and <=8-bit integer initializers and constant
   * tensors, all graphs; for a weights file, elements of the unique parameter storages.
   */
  readonly total: number;
  readonly bytes: number;
  /** Keyed by dtype, with the quantization in parentheses when the file states one ('int32 (GPTQ 4-bit)'). */
  readonly byDtype: Readonly<Record<string, DTypeBytes>>;
  /** int16/32/64/bool constants (shapes, indices, masks): not weights. */
  readonly nonWeight: DTypeBytes;
}

export interface NodeProfile {
  readonly name: string;
  readonly opType: string;
  readonly domain: string;
  /** Graph path for nodes in subgraphs, e.g. "loop_body/If_3.then_branch"; '' in the main graph. */
  readonly scope: string;
  readonly outputShapes: ReadonlyArray<ReadonlyArray<number | string> | null>;
  /** Weight elements this node reads from initializers/constants. */
  readonly params: number;
  readonly macs: number;
  readonly flops: number;
  /** Memory access: bytes read (inputs and weights) plus bytes written (outputs). */
  readonly memoryBytes: number;
  /** 'ok', or why the numbers are incomplete for this node. */
  readonly status: 'ok' | 'unknown-op' | 'unresolved' | 'error' | 'lower-bound';
  readonly note?: string;
  /** Roofline estimate for this node, when hardware was given. */
  readonly latencySeconds?: number;
  /** False for nodes inside a control-flow body (their cost is in their If/Loop/Scan node's): sums skip them. */
  readonly inTotals?: false;
  /** Exact decimal values of the counts above that are beyond 2^53 (see ExactCounts). */
  readonly exact?: ExactCounts;
}

/**
 * Counts beyond 2^53 (Number.MAX_SAFE_INTEGER) as exact decimal strings, keyed by the field they
 * belong to. The number fields keep the nearest double (a JSON number cannot be exact there for
 * JS consumers); this object is present only when at least one count needs it.
 */
export type ExactCounts = Readonly<Partial<Record<'macs' | 'flops' | 'memoryBytes' | 'peakActivationBytes', string>>>;

export interface OpTypeSummary {
  readonly opType: string;
  readonly domain: string;
  readonly count: number;
  readonly macs: number;
  readonly flops: number;
  readonly memoryBytes: number;
  readonly exact?: ExactCounts;
}

export interface CostTotalsSummary {
  readonly macs: number;
  readonly flops: number;
  /** Memory access cost in bytes (never called "MAC"). */
  readonly memoryBytes: number;
  /** Bytes of activations live at once in topological order (graph inputs included, weights excluded). */
  readonly peakActivationBytes: number;
  /** Name of the node during which the peak is reached ('' when the graph inputs alone are the peak). */
  readonly peakActivationNode?: string;
  /** True when some total is a lower bound (`lowerBoundMetrics` says which). */
  readonly lowerBound: boolean;
  readonly lowerBoundReasons: readonly string[];
  /**
   * The metrics that are lower bounds: all of COST_BOUND_METRICS when some node could not be
   * costed, PEAK_BOUND_METRICS when only a value's size is unknown, [] when exact. Absent in
   * profiles written before it (read them with costsLowerBound / peakLowerBound).
   */
  readonly lowerBoundMetrics?: readonly CostMetric[];
  readonly exact?: ExactCounts;
}

export interface RooflineSummary {
  /** Preset id ('a100', 't4', ...), 'custom', or '<id>+custom' for a preset with an overridden number. */
  readonly hardware: string;
  /** Human-readable hardware name with its precision, e.g. 'NVIDIA T4 (FP32)'. */
  readonly hardwareName?: string;
  /** FLOP/s of the hardware. */
  readonly peakFlops: number;
  /** Bytes/s of the hardware. */
  readonly bandwidth: number;
  readonly latencySeconds: number;
  /** Total FLOPs / total memory bytes. */
  readonly arithmeticIntensity: number;
  /** peakFlops / bandwidth (FLOP per byte): nodes above it are compute-bound. */
  readonly ridgePoint?: number;
  readonly computeBoundNodes: number;
  readonly memoryBoundNodes: number;
}

/** Metrics a format may be unable to measure (a weights file has no graph to run). */
export type CostMetric = 'macs' | 'flops' | 'memory' | 'peak-memory' | 'latency';

export interface Unavailable {
  readonly metrics: readonly CostMetric[];
  /** One sentence: why, e.g. 'safetensors files store weights only: there is no graph to count operations on'. */
  readonly reason: string;
}

export interface StateSummary extends DTypeBytes {
  readonly tensors: number;
}

/** Params of one module (a dotted-name prefix: `layer1`, `layer1.0`, `layer1.0.conv1`). */
export interface ModuleParams {
  readonly name: string;
  readonly params: number;
  readonly bytes: number;
}

/**
 * Decoder-only LLM figures from the file's decoder hyper-parameters (profile/llm.ts; formulas in
 * docs/metrics.md). Their warnings go to the profile's warnings.
 */
export type LlmSummary = Omit<LlmFigures, 'warnings'>;

/** What a weights-only file holds besides params (PyTorch, safetensors, GGUF). */
export interface WeightsSummary {
  /** Stored tensors of every role. */
  readonly tensors: number;
  /** Non-learned module state (BatchNorm running stats, `num_batches_tracked`): not params. */
  readonly buffers: StateSummary;
  /** Optimizer state (Adam moments, momentum): never params. */
  readonly optimizer: StateSummary;
  /**
   * Params per module from dotted tensor names, shallow modules first, then by params; the
   * tensors' own names are not listed. Capped at MAX_MODULES rows (the deepest go first).
   */
  readonly modules: readonly ModuleParams[];
  readonly metadata: Readonly<Record<string, string>>;
  /** Present when the file (or a config.json beside it) describes a decoder-only transformer. */
  readonly llm?: LlmSummary;
}

export interface ProfileResult {
  readonly schemaVersion: number;
  readonly model: {
    readonly path: string;
    /** Registry name of the format ('onnx', 'pytorch', 'safetensors', 'gguf', 'tflite'). */
    readonly format: string;
    /** The file's own version ('IR 8'); '' when it has none. */
    readonly formatVersion: string;
    readonly fileBytes: number;
    /** Bytes of the side files read with the model (ONNX external data, other shards, config.json). */
    readonly externalDataBytes: number;
    readonly producer: string;
    /** Op set versions by domain (the default domain is written 'ai.onnx'); empty without a graph. */
    readonly opsets: Readonly<Record<string, number>>;
  };
  readonly inputs: readonly ValueSummary[];
  readonly outputs: readonly ValueSummary[];
  readonly params: ParamsSummary;
  /** Op type -> count, subgraphs included. */
  readonly opHistogram: Readonly<Record<string, number>>;
  /**
   * Present once shapes and costs are computed; null when the format cannot measure them
   * (`unavailable` says why); absent for a structure-only profile.
   */
  readonly totals?: CostTotalsSummary | null;
  /** Metrics this model's format cannot measure, and why: shown as "n/a", never as 0. */
  readonly unavailable?: Unavailable;
  /** Present for weights-only formats, and for Keras graphs (which tell BatchNorm statistics and optimizer variables apart). */
  readonly weights?: WeightsSummary;
  readonly byOpType?: readonly OpTypeSummary[];
  readonly nodes?: readonly NodeProfile[];
  readonly roofline?: RooflineSummary;
  /**
   * Each cost metric as an exact polynomial of the free symbolic dims (profile/formula.ts), or
   * why there is none; present when the model has free dims and formulas were asked for.
   */
  readonly formulas?: FormulaSummary;
  /** Ops no definition exists for: reported, never guessed. */
  readonly unknownOps: ReadonlyArray<{ readonly domain: string; readonly opType: string; readonly count: number }>;
  readonly warnings: readonly string[];
}
