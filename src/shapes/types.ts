/**
 * The contract between the shape/cost engine (src/shapes) and the op definitions (src/ops):
 * the engine defines it and never imports src/ops; src/profile hands it the registry.
 * Each op family file exports `ops: OpDef[]`; each OpDef carries its shape function and its cost
 * function together, keyed by (domain, opType, since-version).
 */
import { BadInputError } from '../graph/errors.js';
import type { DType } from '../graph/dtype.js';
import type { Graph, Node, Tensor } from '../graph/ir.js';
import { LimitError } from '../graph/limits.js';
import type { ExactCost } from './exact.js';

/** A dim during inference: concrete, or a symbolic name that no binding resolved. */
export type SymDim = number | string;

export interface TensorType {
  readonly dtype: DType | undefined;
  /** undefined: rank unknown. */
  readonly shape: readonly SymDim[] | undefined;
}

/**
 * The known contents of a small tensor (constant folding of shape arithmetic). `data` is
 * row-major; booleans are 0/1; an integer beyond 2^53 is exact (readers and folds drop values a
 * double would round) or an INT64_MAX/MIN-style sentinel of magnitude 2^62 and up, approximate.
 */
export interface KnownValue {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: readonly number[];
}

/** Largest tensor the engine folds (elements). Ops must not produce `values` above this. */
export const MAX_FOLD_ELEMENTS = 4096;

export interface OpInput {
  readonly name: string;
  readonly type: TensorType;
  /** Known contents, when the value is a small constant or was folded. */
  readonly value: KnownValue | undefined;
  /** True when the value is a stored weight/constant (initializer or Constant output). */
  readonly isConstant: boolean;
}

export interface AttrReader {
  has(name: string): boolean;
  /** Each getter throws OpError when the attribute is missing and no default is given, or has the wrong type. */
  int(name: string, def?: number): number;
  ints(name: string, def?: readonly number[]): readonly number[];
  float(name: string, def?: number): number;
  floats(name: string, def?: readonly number[]): readonly number[];
  string(name: string, def?: string): string;
  strings(name: string, def?: readonly string[]): readonly string[];
  tensor(name: string): Tensor | undefined;
  graph(name: string): Graph | undefined;
}

/** What running a subgraph (If branch, Loop/Scan body) produced. */
export interface SubgraphResult {
  readonly outputs: readonly TensorType[];
  readonly values: readonly (KnownValue | undefined)[];
  readonly cost: CostTotals;
  /** The same cost exactly (sums past 2^53); absent: `cost` is exact. */
  readonly exact?: ExactCost;
  /** Set when any node inside could not be fully costed. */
  readonly lowerBound: string | undefined;
}

export interface CostTotals {
  readonly macs: number;
  readonly flops: number;
  readonly bytes: number;
}

export interface InferContext {
  readonly node: Node;
  /** Opset version in force for the node's domain. */
  readonly opset: number;
  /** One entry per node input; undefined where the input is omitted ('') or beyond those given. */
  readonly inputs: readonly (OpInput | undefined)[];
  readonly attrs: AttrReader;
  /** Input i, throwing OpError naming the input when it is missing. */
  input(i: number): OpInput;
  /** Shape of input i with a known rank, throwing OpError otherwise. */
  shapeOf(i: number): readonly SymDim[];
  /**
   * Profile a subgraph with the given formal-input types/values (outer-scope names are visible).
   * Only control-flow ops use it.
   */
  subgraph(graph: Graph, inputs: readonly (TensorType | undefined)[], values?: readonly (KnownValue | undefined)[]): SubgraphResult;
  /** A new symbolic dim for a data-dependent size (NonZero, Unique, NonMaxSuppression, ...). */
  freshDim(hint: string): string;
  warn(message: string): void;
}

export interface InferResult<Plan = unknown> {
  readonly outputs: readonly TensorType[];
  /** Folded contents per output (only for small results; see MAX_FOLD_ELEMENTS). */
  readonly values?: readonly (KnownValue | undefined)[];
  /**
   * What inference worked out that the cost needs too (a matmul's M, K, N): the engine hands it
   * to `cost`, which then need not derive it again.
   */
  readonly plan?: Plan;
}

export interface Cost {
  /** Multiply-accumulates of contractions only (conv, matmul, gemm, attention, RNN gates). */
  readonly macs: number;
  /** All floating-point operations: 2*macs plus elementwise work, per docs/metrics.md. */
  readonly flops: number;
  /**
   * Memory access in bytes, when the default (every input read once + every output written once)
   * is wrong for this op (Gather reads rows, not the whole table; control flow sums its body).
   */
  readonly bytes?: number;
  /**
   * The cost exactly, when the numbers above may be beyond 2^53 (control flow: body x trips).
   * The engine then takes the numbers from it.
   */
  readonly exact?: ExactCost;
  /** Set when this cost is known to be incomplete (e.g. Loop with unknown trip count): the reason. */
  readonly lowerBound?: string;
  /** A remark shown with the node in the per-node table (e.g. which If branch the cost counts). */
  readonly note?: string;
}

export interface OpDoc {
  /** FLOPs formula, in words and symbols, for docs/metrics.md. */
  readonly flops: string;
  /** MACs formula, where the op is a contraction. */
  readonly macs?: string;
  /** Memory access note, where it differs from "inputs + outputs". */
  readonly memory?: string;
  /** How peers (thop, fvcore, ptflops, onnx-tool) count it differently. */
  readonly peers?: string;
}

export interface OpDef<Plan = unknown> {
  /** '' = ai.onnx; 'ai.onnx.ml'; 'com.microsoft'. */
  readonly domain: string;
  readonly opType: string;
  /** First opset version of the domain this definition applies to (until a later entry). */
  readonly since: number;
  infer(ctx: InferContext): InferResult<Plan>;
  /** `plan`: what `infer` returned as its plan in the same run (undefined when it gave none). */
  cost(ctx: InferContext, outputs: readonly TensorType[], plan: Plan | undefined): Cost;
  /** Shape-only ops (Reshape, Squeeze, Shape, ...) move no data: memory access 0. */
  readonly movesData?: boolean;
  readonly doc: OpDoc;
}

/** A problem with one node (bad attribute, incompatible shapes). The engine reports it with the node. */
export class OpError extends BadInputError {
  override name = 'OpError';
}

/**
 * An op asked to build something beyond a documented limit (graph/limits.ts), e.g. a rank of 1e8
 * from a shape input's length. Not a problem with one node but with the file: the engine adds the
 * node's name and stops the profile.
 */
export class OpLimitError extends LimitError {}

/**
 * Thrown by `numel`/`concrete` when a dim is symbolic: the engine marks the node's cost as
 * unresolved (totals become a lower bound) instead of guessing.
 */
export class UnresolvedDimError extends Error {
  override readonly name = 'UnresolvedDimError';
  constructor(readonly dim: string) {
    super(`dimension '${dim}' is not resolved`);
  }
}
