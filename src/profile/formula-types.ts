/**
 * What a cost formula is (profile/formula.ts derives them) and the names of its metrics: the
 * reports and the gate read these, and the derivation is loaded only for a model with free dims.
 */

/** Metrics a formula is derived for (params do not depend on dims in a graph: weights are fixed). */
export type FormulaMetric = 'macs' | 'flops' | 'memoryBytes' | 'peakActivationBytes';
export const FORMULA_METRICS: readonly FormulaMetric[] = ['macs', 'flops', 'memoryBytes', 'peakActivationBytes'];

/** What one engine run at a binding gives: totals, or why they are not exact there. */
export type Evaluation =
  | {
      readonly exact: true; readonly totals: Readonly<Record<FormulaMetric, number>>;
      /** Why the peak alone is not exact there (a value of unknown size): the cost counts still are. */
      readonly peakNotExact?: string;
    }
  | { readonly exact: false; readonly reason: string };

/** One term: coefficient (a reduced fraction, as decimal strings) times the dims to their powers. */
export interface FormulaTerm {
  readonly numerator: string;
  readonly denominator: string;
  /** Dim -> power (> 0); empty for the constant term. */
  readonly powers: Readonly<Record<string, number>>;
}

export type MetricFormula =
  | { readonly polynomial: true; readonly terms: readonly FormulaTerm[]; readonly degree: Readonly<Record<string, number>> }
  | {
    readonly polynomial: false;
    readonly reason: string;
    /** The values at the bindings sampled (or the configured points), since no formula holds. */
    readonly values: ReadonlyArray<{ readonly at: Readonly<Record<string, number>>; readonly value: number | null }>;
  };

export interface FormulaSummary {
  /** The free dims the formulas are in, sorted. */
  readonly dims: readonly string[];
  /** Dims the user bound (shown as "(batch = 1)"). */
  readonly fixed: Readonly<Record<string, number>>;
  readonly metrics: Readonly<Partial<Record<FormulaMetric, MetricFormula>>>;
  /** Set when no formula could be attempted at all (too many dims, engine failures). */
  readonly note?: string;
}

/** Formula names of the metrics as the text output shows them. */
export const FORMULA_LABELS: Readonly<Record<FormulaMetric, string>> = {
  macs: 'MACs', flops: 'FLOPs', memoryBytes: 'memory access', peakActivationBytes: 'peak activations',
};
