/**
 * Types of the PR budget gate: the parsed `.github/model-budget.yml`, what the caller hands
 * the gate for each changed model, and the JSON report the gate produces (schemaVersion 1,
 * described by schema/gate-report.schema.json). Everything here is plain data so the report
 * can be written as an artifact and rendered later by the `publish` mode.
 */
import type { FormulaSummary } from '../profile/formula.js';
import type { HardwareSpec } from '../profile/hardware.js';
import type { ProfileResult } from '../profile/types.js';

/** `error` fails the check, `warning` only reports, `off` disables the budget. */
export type Level = 'error' | 'warning' | 'off';
export const LEVELS: readonly Level[] = ['error', 'warning', 'off'];

/** Metric keys as written in the config file. */
export type MetricName = 'params' | 'flops' | 'macs' | 'memory' | 'peak-memory' | 'file-size';
export const METRICS: readonly MetricName[] = ['params', 'flops', 'macs', 'memory', 'peak-memory', 'file-size'];

/** Counts use K/M/G/T (powers of 1000); bytes use B, kB/MB/GB/TB and KiB/MiB/GiB/TiB. */
export type MetricUnit = 'count' | 'bytes';

export interface Budget {
  /** Absolute ceiling in the metric's unit (elements, operations or bytes). */
  readonly max?: number;
  /** Allowed increase over the base value, in percent (2 means 2%). */
  readonly maxIncrease?: number;
  /** A relative breach also needs the absolute increase to exceed this (metric unit). */
  readonly minDelta?: number;
  /** This budget's level; when absent the config's `defaults.level` applies. */
  readonly level?: Level;
  /** `max` as the user wrote it (validated), e.g. `120 MiB`; set whenever max is. */
  readonly maxText?: string;
  /** `min-delta` as the user wrote it; set whenever minDelta is. */
  readonly minDeltaText?: string;
  /** Human form of the budget for the report, built from validated numbers, e.g. `≤ 25 M · +2%`. */
  readonly text: string;
  /** The operating points this budget applies at (names of the entry's points); absent: all of them. */
  readonly at?: readonly string[];
}

/** Metrics whose value depends on the operating point (params and file size do not). */
export const POINT_METRICS: readonly MetricName[] = ['flops', 'macs', 'memory', 'peak-memory'];

/**
 * A named operating point of a model (issue 15): dims and input shapes it binds, over the
 * entry's own `dims`/`inputs`. `points: { long: { seq: 4096, batch: 8 } }` binds dims;
 * a list binds an input shape (`{ idx: [1, 4096] }`).
 */
export interface OperatingPoint {
  readonly name: string;
  readonly dims: Readonly<Record<string, number>>;
  readonly inputs: Readonly<Record<string, readonly InputDim[]>>;
  /** 1-based line of the point in the config file, for messages. */
  readonly line: number;
  /** `file:line: models[0].points.long`, for a problem found when the model is profiled. */
  readonly where: string;
}

/** `latency: { max: 8ms, hardware: [jetson-orin-nano, pixel-8-cpu] }`: a roofline latency budget per device. */
export interface LatencyBudget {
  /** Seconds. */
  readonly max?: number;
  readonly maxText?: string;
  /** Allowed increase over the base's latency on the same device, in percent. */
  readonly maxIncrease?: number;
  readonly level?: Level;
  readonly at?: readonly string[];
  /** Devices the latency is estimated and checked on (presets or custom figures). */
  readonly hardware: readonly HardwareSpec[];
  /** e.g. `≤ 8 ms` */
  readonly text: string;
}

export type Budgets = Readonly<Partial<Record<MetricName, Budget>>>;

/** A dimension value in `inputs`: a fixed size or the name of a symbolic dim. */
export type InputDim = number | string;

export interface ModelEntry {
  readonly name: string;
  /** Glob over repository paths (see glob.ts). */
  readonly path: string;
  /** Input name -> shape to profile with; strings are symbolic dim names. */
  readonly inputs: Readonly<Record<string, readonly InputDim[]>>;
  /** Symbolic dim bindings for this model (merged over defaults.dims by matchModel). */
  readonly dims: Readonly<Record<string, number>>;
  readonly budgets: Budgets;
  /** Named operating points (empty: the model is measured once, at `dims`/`inputs`). */
  readonly points?: readonly OperatingPoint[];
  readonly latency?: LatencyBudget;
  /** 1-based line of the entry in the config file, for messages. */
  readonly line: number;
}

export interface GateConfig {
  readonly version: 1;
  /** File the config was read from (used in messages), e.g. `.github/model-budget.yml`. */
  readonly file: string;
  readonly defaults: {
    readonly level: Level;
    readonly dims: Readonly<Record<string, number>>;
    /** Models whose every change is under this many percent are listed without detail (2 means 2%). */
    readonly minChange?: number;
  };
  readonly models: readonly ModelEntry[];
  readonly ignore: readonly string[];
}

/** Result of matching one repository path against the config. */
export type ModelMatch =
  | { readonly kind: 'ignored'; readonly pattern: string }
  | { readonly kind: 'unmatched'; readonly dims: Readonly<Record<string, number>> }
  | {
      readonly kind: 'matched';
      readonly entry: ModelEntry;
      readonly index: number;
      /** defaults.dims overlaid with entry.dims: what to profile the model with. */
      readonly dims: Readonly<Record<string, number>>;
      readonly inputs: Readonly<Record<string, readonly InputDim[]>>;
    };

// ---------------------------------------------------------------------------------------------
// Gate input

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';
export const CHANGE_STATUSES: readonly ChangeStatus[] = ['added', 'modified', 'deleted', 'renamed', 'unchanged'];

/** One model file the caller found in the diff (or all models, with status 'unchanged'). */
export interface GateModelInput {
  /** Repository path on the head side (the base path for deleted models). */
  readonly path: string;
  /** Old path of a renamed model. */
  readonly previousPath?: string;
  readonly status: ChangeStatus;
  /** ModelReport.linkTo */
  readonly linkTo?: string;
  /** ModelReport.baseLinkTo */
  readonly baseLinkTo?: string;
  /** ModelReport.partOf */
  readonly partOf?: string;
  /** Profile of the base version (absent for added models or when it could not be read). */
  readonly base?: ProfileResult;
  /** Profile of the head version (absent for deleted models or when it could not be read). */
  readonly head?: ProfileResult;
  /** One-line message when the head version could not be read (corrupt file, bad dims...). */
  readonly error?: string;
  /** One-line message when the base version could not be read. */
  readonly baseError?: string;
  /** The head file is a Git LFS pointer, not the model (LFS objects were not fetched). */
  readonly lfsPointer?: boolean;
  /** Profiles at each of the entry's operating points (absent: the model has none). */
  readonly points?: readonly PointInput[];
}

/** Both sides of one model profiled at one operating point. */
export interface PointInput {
  readonly name: string;
  /** The dims the point was profiled with (defaults, the entry's and the point's). */
  readonly dims: Readonly<Record<string, number>>;
  readonly inputs: Readonly<Record<string, readonly InputDim[]>>;
  readonly base?: ProfileResult;
  readonly head?: ProfileResult;
  readonly error?: string;
  readonly baseError?: string;
}

/** One setting a pull request changes in the budget config; null = not set on that side. */
export interface BudgetChange {
  /** `defaults`, `model <name>`, `ignore` or `config`. */
  readonly scope: string;
  /** e.g. `params max`, `dims`, an ignore pattern. */
  readonly setting: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** Which side's config set the budgets, and what the pull request changes in it. */
export interface ConfigProvenance {
  /** 'base' or 'head'; null when there is no config or no comparison of two sides. */
  readonly source: 'base' | 'head' | null;
  /** What the report must say about the choice (the base has no config yet...). */
  readonly note: string | null;
  readonly budgetChanges: readonly BudgetChange[];
}

export interface GateInputs {
  /** Parsed config, or null when the repository has none: every model is reported, no budgets. */
  readonly config: GateConfig | null;
  /** Where the config came from (absent: a single config, nothing to compare). */
  readonly provenance?: ConfigProvenance;
  readonly models: readonly GateModelInput[];
  /** How many op types / nodes the "why" section keeps per model (default 10). */
  readonly whyLimit?: number;
  /** min-change in percent from an input or flag; overrides the config's defaults.min-change. */
  readonly minChange?: number;
}

// ---------------------------------------------------------------------------------------------
// Gate report (JSON artifact, schemaVersion 1)

export const GATE_REPORT_SCHEMA_VERSION = 1;

export type Verdict = 'ok' | 'warning' | 'error';

/**
 * What a row's delta and pct are when a side is a lower bound (budget/delta-bound.ts): `lower`
 * (the head is a bound: the real change is at least this), `upper` (the base is: at most this,
 * maybe a fall), `unknown` (both are: the real change is not known).
 */
export type DeltaBound = 'lower' | 'upper' | 'unknown';

export interface MetricRow {
  readonly metric: MetricName;
  readonly unit: MetricUnit;
  /** null when this side is absent or does not report the metric. */
  readonly base: number | null;
  readonly head: number | null;
  /** head - base; null unless both sides are known. */
  readonly delta: number | null;
  /** Percent change relative to base (2.5 means +2.5%); null for new models or base 0. */
  readonly pct: number | null;
  /**
   * Present when a side is a lower bound and delta is not null: what delta and pct are on the real
   * change (DeltaBound). Absent when both sides are exact, and in reports of older versions
   * (baseLowerBound and headLowerBound say the same).
   */
  readonly deltaBound?: DeltaBound;
  /** The model is new in this PR: render "new", never "+100%". */
  readonly isNew: boolean;
  /** The value is a lower bound (some node could not be costed): render "≥". */
  readonly baseLowerBound: boolean;
  readonly headLowerBound: boolean;
  /** The side's format cannot measure this metric (a weights-only file): render "n/a", not a value. */
  readonly baseNotAvailable?: true;
  readonly headNotAvailable?: true;
  /** The budget is written in KiB/MiB/GiB: show this row's bytes in that family too. */
  readonly binaryUnits?: true;
  /** Budget text (see Budget.text), null when this metric has no budget. */
  readonly budget: string | null;
  /** Effective level of the budget, null when there is none. */
  readonly level: Level | null;
  readonly status: Verdict;
  /** Why the row is not ok, one sentence each, e.g. `26.1 M exceeds max 25 M`. */
  readonly reasons: readonly string[];
  /**
   * The budget could not be checked: the head's numbers could not (not measured, a lower bound,
   * dims at 1), or a max-increase had no base value (the base could not be measured). Not a
   * breach; `status` says whether it fails.
   */
  readonly unchecked?: true;
}

export interface OpTypeChange {
  readonly opType: string;
  readonly domain: string;
  readonly baseCount: number;
  readonly headCount: number;
  /** Cost deltas; null when the profiles carry no per-op-type costs (engine not run). */
  readonly macsDelta: number | null;
  readonly flopsDelta: number | null;
  readonly memoryBytesDelta: number | null;
  /** A side's nodes of this op type were not all fully costed (unknown op, unresolved dim): what the deltas are then. */
  readonly deltaBound?: DeltaBound;
}

export interface NodeChange {
  readonly name: string;
  readonly opType: string;
  readonly scope: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly flopsDelta: number;
  readonly macsDelta: number;
  readonly memoryBytesDelta: number;
  /** A side of the node was not fully costed (its status is not ok): what the deltas are then. */
  readonly deltaBound?: DeltaBound;
  /** A changed node whose base counterpart had another name (renamed scope, shifted index): that name, with its subgraph path. */
  readonly baseName?: string;
  /** First output shape of each side (`1x64x56x56`), present on a changed node when they differ. */
  readonly baseShape?: string;
  readonly headShape?: string;
}

/**
 * A module scope (`/features/features.5`: the first two `/` segments of the node names in it) and
 * its cost on each side. A matched node counts in the head's scope on both sides, so a scope that
 * was only renamed shows no change.
 */
export interface ScopeChange {
  readonly name: string;
  readonly baseFlops: number;
  readonly headFlops: number;
  readonly baseMemoryBytes: number;
  readonly headMemoryBytes: number;
  /** A node of the scope on that side was not fully costed: its sums are lower bounds. Absent when exact. */
  readonly baseLowerBound?: true;
  readonly headLowerBound?: true;
}

/** Per-op-type cost of both sides for one metric (the one whose total changed most), largest first. */
export interface OpTypeChart {
  readonly metric: 'flops' | 'macs' | 'memory';
  readonly opTypes: ReadonlyArray<{ readonly opType: string; readonly domain: string; readonly base: number; readonly head: number }>;
  /** Op types left out of the chart (smaller than the ones in it). */
  readonly more: number;
}

/** A module (dotted-name prefix of a weights file) whose params changed. */
export interface ModuleChange {
  readonly name: string;
  readonly baseParams: number;
  readonly headParams: number;
}

export interface WhyReport {
  readonly opTypes: readonly OpTypeChange[];
  readonly nodes: readonly NodeChange[];
  /** How many op types / nodes changed in all (the lists above are the top ones). */
  readonly opTypesChanged: number;
  readonly nodesChanged: number;
  /** Weights files: the modules whose params changed, each not explained by a single child. */
  readonly modules?: readonly ModuleChange[];
  readonly modulesChanged?: number;
  /** Graphs with `/`-scoped node names: the scopes whose cost changed, largest change first. */
  readonly scopes?: readonly ScopeChange[];
  readonly scopesChanged?: number;
  /** Cost per op type of both sides, for the chart. */
  readonly chart?: OpTypeChart;
  /** The graph was too large to match nodes by structure: some changes may show as removed/added pairs. */
  readonly nodesTruncated?: true;
}

export interface ModelReport {
  readonly path: string;
  readonly previousPath: string | null;
  /**
   * The path is a symbolic link (or lies under a link to a folder) leading to this model file
   * (on the head; the base for a deleted model). When that file has a row of its own, the totals
   * count it once. Absent for a path that is no link.
   */
  readonly linkTo?: string;
  /**
   * For a model measured on both sides (modified, renamed) whose path led to another file on the
   * base than on the head (a link retargeted, a file replaced by a link or a link by a file): the
   * file the base version was read from (the base's path itself when it was no link there). The
   * totals count each side's file once: the base of `models/current.onnx`, retargeted from
   * `store/v3.onnx` to `store/v4.onnx`, is v3's, not v4's.
   */
  readonly baseLinkTo?: string;
  /**
   * A file measured as a model of its own on one side only (a shard its set's index does not
   * list) that the set reads on the other side: the set standing for it there. Its status says
   * the side it stands alone on ('deleted': it joined the set on the head; 'added': it left it).
   */
  readonly partOf?: string;
  /** Name of the matching config entry, null when no entry matched. */
  readonly name: string | null;
  readonly status: ChangeStatus;
  /** Worst row status; 'error'/'warning' also when the model could not be read. */
  readonly verdict: Verdict;
  /** One-line reason the head model could not be measured (corrupt, LFS pointer); null if fine. */
  readonly error: string | null;
  /**
   * What `error` alone counts as, from the config's default level ('ok' at level off); present
   * with `error`. Absent in reports of older versions.
   */
  readonly errorVerdict?: Verdict;
  /**
   * Notes that do not change the verdict (base unreadable, lower bounds, unknown ops). An
   * unreadable base's max-increase budgets say so on their rows, as warnings.
   */
  readonly notes: readonly string[];
  /**
   * Findings that make the numbers doubtful without breaking a budget, e.g. a symbolic input dim
   * no config binds (profiled at 1): each counts as a warning and makes the verdict at least
   * 'warning'. Absent in reports of older versions.
   */
  readonly warnings?: readonly string[];
  /** The input shapes the head numbers are for, e.g. `idx: 1x128` (absent when not known). */
  readonly shapes?: readonly string[];
  readonly rows: readonly MetricRow[];
  readonly why: WhyReport | null;
  /**
   * One entry per operating point when the config names points: the point-dependent metrics
   * (FLOPs, MACs, memory access, peak memory) and latency are there, not in `rows`.
   */
  readonly points?: readonly PointReport[];
  /** Roofline latency per device, for a model without points that has a latency budget. */
  readonly latency?: readonly LatencyRow[];
  /** Cost formulas of both sides and what changed in them (models with symbolic dims). */
  readonly formulas?: FormulaComparison;
  /**
   * The file holds no weights (a Trainer checkpoint's scheduler.pt, optimizer.pt): its reader's
   * reason, one line. Such a file is no model: it has no rows, no why and verdict ok, so it never
   * breaches a budget or counts as a size change. Absent for models, and in reports of older versions.
   */
  readonly noWeights?: string;
  /** With noWeights: the budgets of the matching entry, none checked (`Params ≤ 25 M`). */
  readonly uncheckedBudgets?: readonly string[];
}

export interface PointReport {
  readonly name: string;
  /** The dims bound at this point. */
  readonly dims: Readonly<Record<string, number>>;
  readonly verdict: Verdict;
  /** Why the head could not be measured at this point; null if it was. */
  readonly error: string | null;
  readonly warnings: readonly string[];
  readonly shapes: readonly string[];
  readonly rows: readonly MetricRow[];
  readonly latency: readonly LatencyRow[];
}

/** Estimated roofline latency of one side on one device, and the budget's verdict. */
export interface LatencyRow {
  /** Preset id, or `custom` (with the figures in hardwareName). */
  readonly hardware: string;
  readonly hardwareName: string;
  /** Seconds; null when that side has no per-node costs. */
  readonly base: number | null;
  readonly head: number | null;
  /** The side's estimate is a lower bound (some node could not be costed): render "≥". Absent when exact. */
  readonly baseLowerBound?: true;
  readonly headLowerBound?: true;
  /** Share (0..1) of the head's estimated time spent in memory-bound nodes. */
  readonly memoryBoundShare: number | null;
  /** The head's memory-bound nodes that take the most time, longest first. */
  readonly topMemoryBound: readonly { readonly name: string; readonly opType: string; readonly seconds: number }[];
  readonly budget: string | null;
  readonly level: Level | null;
  readonly status: Verdict;
  readonly reasons: readonly string[];
  /** As MetricRow.unchecked: the head's estimate could not check the budget, or a max-increase had no base estimate. */
  readonly unchecked?: true;
}

export interface FormulaComparison {
  readonly base: FormulaSummary | null;
  readonly head: FormulaSummary | null;
  /** One line per metric whose formula changed, e.g. `MACs: the seq² coefficient grew 2x (1.02 K → 2.05 K)`. */
  readonly changes: readonly string[];
}

export interface GateReport {
  readonly schemaVersion: 1;
  /** False when any error-level budget is exceeded or an error-level model could not be read. */
  readonly passed: boolean;
  /** Error-level breaches (rows) plus error-level unreadable models. */
  readonly violations: number;
  /** Warning-level breaches plus warning-level unreadable models. */
  readonly warnings: number;
  /** Config file used, null when none. */
  readonly configFile: string | null;
  /** Side the budgets came from, why, and the budget changes the pull request makes. */
  readonly configSource: 'base' | 'head' | null;
  readonly configNote: string | null;
  readonly budgetChanges: readonly BudgetChange[];
  /** Paths of models changed in the PR (status other than 'unchanged'), ignored ones excluded. */
  readonly changedModels: readonly string[];
  /** Paths skipped by the config's ignore list. */
  readonly ignored: readonly string[];
  readonly models: readonly ModelReport[];
  /** Changes under this many percent are not detailed in the comment (absent: all are). */
  readonly minChange?: number;
  /** Present only in the partial report of one shard of a sharded run (budget/shard.ts). */
  readonly shard?: ShardInfo;
}

/** Which slice of which run a partial report holds, so a merge can prove the parts belong together. */
export interface ShardInfo {
  /** Shard `index` of `count`, from 1. */
  readonly index: number;
  readonly count: number;
  /** Every changed model of the run (all shards), in the order the unsharded run lists them. */
  readonly models: readonly string[];
  /** The commits compared; null for a side that is not a commit (no base, a working tree, a directory). */
  readonly baseSha: string | null;
  readonly headSha: string | null;
  /** Digest of the config and options the shard ran with. */
  readonly settings: string;
  /** The config's default level: a merge counts each unreadable model at it, as the unsharded run does. */
  readonly level: Level;
}
