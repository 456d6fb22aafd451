/**
 * What the shape/cost engine returns: the contract between src/shapes/engine.ts and src/profile.
 *
 * How to sum totals (no double counting):
 *   totals = sum over `nodes` with `inTotals === true`.
 * `inTotals` is true for every node of the main graph, including nodes expanded inline from ONNX
 * local functions (their scope is the function name, but they replace the calling node). It is
 * false for nodes inside control-flow bodies (If branches, Loop/Scan bodies): those are listed for
 * the per-node table only, because the owning If/Loop/Scan node's own cost already includes them
 * (the larger If branch; Loop body x trip count). `EngineResult.totals` is that sum, precomputed.
 *
 * Peak activation memory: walk `nodes` with `inTotals === true` in order (that is the topological
 * execution order). Before the first node, `liveAtStart` values are live (graph inputs that are not
 * initializers). Each node allocates its `node.outputs` (skip '' and values that are constants), and
 * after it runs, the values in its `frees` list are dead. Sizes come from `values` (bytes of
 * `type`; a value of unknown size makes the peak a lower bound). Graph outputs are never freed.
 * A control-flow body is replayed the same way over its nodes (`parent` = the owner), from zero,
 * sizes from each node's `outputs`.
 */
import type { Node } from '../graph/ir.js';
import type { WeightValues } from '../graph/weight-values.js';
import type { CostTotals, KnownValue, OpDef, TensorType } from './types.js';
import type { ExactCost } from './exact.js';

/** Finds the definition of an op at an opset version (src/ops/index.ts `registry.lookup` bound). */
export type OpLookup = (domain: string, opType: string, opset: number) => OpDef | undefined;

export interface EngineOptions {
  /** Concrete shapes for graph inputs by name (`--input name=1x3x224x224`). */
  readonly inputShapes?: Readonly<Record<string, readonly number[]>>;
  /** Values for symbolic dims by name (`--dim batch=1`). */
  readonly dims?: Readonly<Record<string, number>>;
  /**
   * valuesReadAsWeights (graph/weight-values.ts) of the model, when the caller has it: a profile
   * works it out once for the params totals and every engine run. Worked out when absent.
   */
  readonly weightValues?: WeightValues;
}

export type NodeStatus = 'ok' | 'unknown-op' | 'unresolved' | 'error' | 'lower-bound';

/** Values by name: what EngineResult.values answers (a Map is one). */
export interface ValueLookup {
  get(name: string): ValueState | undefined;
}

export interface ValueState {
  readonly type: TensorType;
  /** Known contents (small constants, folded shape arithmetic). */
  readonly value?: KnownValue;
  /** Initializer, Constant-node output (or a value derived only from those by folding ops). */
  readonly isConstant: boolean;
  /** True for initializers (stored weights). */
  readonly isInitializer?: boolean;
}

export interface NodeResult {
  /**
   * The node as executed. For nodes expanded from a local function, inputs/outputs are renamed to
   * unique names (`<call node name>/<inner name>`) and attribute refs are resolved.
   */
  readonly node: Node;
  /** '' for the main graph; 'If_3/then_branch', 'Loop_0/body', 'MyFunction', nested with '/'. */
  readonly scope: string;
  /** True when this node's cost counts in model totals (see the file comment). */
  readonly inTotals: boolean;
  /** Index in `nodes` of the control-flow node whose body holds this node. */
  readonly parent?: number;
  readonly def: OpDef | undefined;
  /** Opset version used for the node's domain. */
  readonly opset: number;
  /** One entry per node output (dtype/shape undefined when unknown). */
  readonly outputs: readonly TensorType[];
  /** Control-flow nodes: includes their body (larger branch / body x trips). */
  readonly cost: CostTotals;
  /** `cost` exactly, only where a number in it is beyond 2^53 (see shapes/exact.ts). */
  readonly exact?: ExactCost;
  /** Weight elements of constant inputs this node reads (isWeightDType). */
  readonly params: number;
  readonly status: NodeStatus;
  /** Why status is not 'ok' (error message, unresolved dim, lower-bound reason), or an op's remark. */
  readonly note?: string;
  /**
   * Activations whose last reader (in its own graph level, subgraph reads included) is this node,
   * or outputs nobody reads that are not outputs of its graph: dead after it runs. In the main
   * graph its inputs count too; in a control-flow body only what the body's nodes produce (its
   * formal inputs and outer values belong to the enclosing graph).
   */
  readonly frees: readonly string[];
}

export interface UnknownOp {
  readonly domain: string;
  readonly opType: string;
  readonly count: number;
}

/**
 * The main graph's values numbered 0 to count - 1 (graph/topo.ts ValueIds), so that the peak
 * replay (profile/peak-memory.ts) indexes arrays instead of a map by name. Position p is the p-th
 * main-graph node of `nodes` (those with inTotals, in order).
 */
export interface MainValueIds {
  readonly count: number;
  /** Ids of `liveAtStart`, in its order. */
  readonly liveAtStart: Int32Array;
  /** Ids of position p's `node.outputs` (-1 for ''): outputs[outputStart[p]] to outputs[outputStart[p + 1] - 1]. */
  readonly outputs: Int32Array;
  readonly outputStart: Int32Array;
  /** Ids of position p's `frees`, in their order: frees[freeStart[p]] to frees[freeStart[p + 1] - 1]. */
  readonly frees: Int32Array;
  readonly freeStart: Int32Array;
}

export interface EngineResult {
  /** Execution (topological) order; body nodes follow their control-flow node's position. */
  readonly nodes: readonly NodeResult[];
  /** Every main-graph value (inputs, initializers, node outputs) by name, after inference. */
  readonly values: ValueLookup;
  /** Graph inputs to bind (initializers excluded) with their bound types. */
  readonly inputs: readonly { readonly name: string; readonly type: TensorType }[];
  /** Graph outputs with their inferred types. */
  readonly outputs: readonly { readonly name: string; readonly type: TensorType }[];
  /** Values live before the first node: the bound graph inputs (not initializers). */
  readonly liveAtStart: readonly string[];
  /** The main graph's values as the engine numbered them, for the peak replay (optional: fixtures). */
  readonly mainIds?: MainValueIds;
  /** Sum of `cost` over nodes with inTotals (nearest doubles of `exactTotals`). */
  readonly totals: CostTotals;
  /** The same sums exactly (BigInt): use these beyond 2^53. */
  readonly exactTotals: ExactCost;
  readonly warnings: readonly string[];
  /** Ops without a definition, by (domain, opType), subgraphs included; sorted by count desc. */
  readonly unknownOps: readonly UnknownOp[];
  /** Why totals are a lower bound (empty when they are exact). Deduplicated. */
  readonly lowerBoundReasons: readonly string[];
  /**
   * Nodes this run executed (local functions expanded, each control-flow body each time it ran)
   * and their inputs plus outputs (`inputs`): the run's work, as graph/limits.ts counts it.
   */
  readonly executed: { readonly nodes: number; readonly inputs: number };
}

export { GraphError } from '../graph/errors.js';
