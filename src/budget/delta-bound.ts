/**
 * What a change computed from two sides means when a side is only a lower bound (≥: some node
 * could not be costed, so the real value is at least the one shown). With B' ≥ B the real base
 * and H' ≥ H the real head:
 *   - head a bound, base exact: H' - B ≥ H - B, so the change shown is a lower bound on the real one;
 *   - base a bound, head exact: H - B' ≤ H - B, an upper bound (the real change may be a fall);
 *   - both bounds: H' - B' can be anything: the change is not known.
 * The same holds for the percentage (its base is B, or B' ≥ B > 0). The gate follows the same rule
 * (evaluate.ts): a max-increase breach over a bound base is "not checked", a bound head proves no
 * pass. Pure.
 */
import type { DeltaBound } from './types.js';

/** The bound a row's delta and pct are on the real change; undefined when both sides are exact. */
export function deltaBound(baseLowerBound: boolean, headLowerBound: boolean): DeltaBound | undefined {
  if (headLowerBound) return baseLowerBound ? 'unknown' : 'lower';
  return baseLowerBound ? 'upper' : undefined;
}

const BOUND_SIGN: Readonly<Record<'md' | 'text', Readonly<Record<Exclude<DeltaBound, 'unknown'>, string>>>> = {
  md: { lower: '≥ ', upper: '≤ ' },
  text: { lower: '>= ', upper: '<= ' },
};

/** What prefixes a change that is a bound (`≥ `, `≤ `; `>= `, `<= ` in text): '' when exact or not known. */
export function boundSign(bound: DeltaBound | undefined, style: 'md' | 'text' = 'md'): string {
  return bound === undefined || bound === 'unknown' ? '' : BOUND_SIGN[style][bound];
}

/** The change column when both sides are lower bounds. */
export const UNKNOWN_CHANGE: Readonly<Record<'md' | 'text', string>> = {
  md: 'not known (both ≥)',
  text: 'not known (both >=)',
};
