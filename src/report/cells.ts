/** Table cells and small pieces shared by the comment's overview and its per-model sections. */
import { formatAmount, formatDelta, formatPercent } from '../budget/units.js';
import { boundSign, deltaBound, UNKNOWN_CHANGE } from '../budget/delta-bound.js';
import type { DeltaBound, MetricRow, ModelReport, Verdict } from '../budget/types.js';
import { nb } from './markdown-table.js';

export const ICON: Readonly<Record<Verdict, string>> = { ok: '✅', warning: '⚠️', error: '❌' };


export function value(v: number | null, lowerBound: boolean, unit: MetricRow['unit'], notAvailable = false, binary = false): string {
  if (v === null) return notAvailable ? 'n/a' : '—';
  return nb(`${lowerBound ? '≥' : ''}${formatAmount(v, unit, { binary })}`);
}

export function change(r: MetricRow, deleted: boolean): string {
  if (r.isNew && r.head !== null) return 'new';
  if (deleted) return 'removed';
  return deltaText(r, 'md');
}

/**
 * What a row's delta is on the real change (delta-bound.ts), from its lower-bound flags: a report
 * of an older version has no deltaBound field but says the same with them.
 */
export function rowDeltaBound(r: MetricRow): DeltaBound | undefined {
  return r.isNew ? undefined : deltaBound(r.baseLowerBound, r.headLowerBound);
}

/**
 * The delta and percentage of a row ('±0', '+4.00 G (+10.0%)'), as a bound when a side is one:
 * '≥ +4.00 G (≥ +10.0%)' over an exact base, '≤ ...' over a bound base, and 'not known' when both
 * sides are bounds. A plain delta there read as the real change, though it may be a fall.
 */
export function deltaText(r: MetricRow, style: 'md' | 'text', pctAfterComma = false): string {
  if (r.delta === null) return style === 'md' ? '—' : '-';
  const bound = rowDeltaBound(r);
  if (bound === 'unknown') return UNKNOWN_CHANGE[style];
  const sign = boundSign(bound, style);
  const wrap = style === 'md' ? nb : (t: string) => t;
  if (r.delta === 0) return wrap(`${sign}${style === 'md' ? '±0' : '0'}`);
  // The text report shows every value in decimal units; the comment in the budget's family.
  const amount = formatDelta(r.delta, r.unit, { binary: style === 'md' && r.binaryUnits === true });
  const pctBody = r.pct === null ? '' : wrap(`${sign}${formatPercent(r.pct)}`);
  const pct = pctBody === '' ? '' : pctAfterComma ? `, ${pctBody}` : ` (${pctBody})`;
  return `${wrap(`${sign}${amount}`)}${pct}`;
}

/** A delta of the why section; `bound` as on its op type or node (≥/≤, or not known between two bounds). */
export function deltaCell(d: number | null, unit: MetricRow['unit'], bound?: DeltaBound): string {
  if (d === null) return '—';
  if (bound === 'unknown') return 'not known';
  return nb(`${boundSign(bound)}${formatDelta(d, unit)}`);
}

/**
 * A model's metric rows with its operating points' (a model with points keeps its cost rows only
 * there): what the overview ranks, hides under min-change and calls the largest change.
 */
export function metricRows(m: ModelReport): readonly MetricRow[] {
  return m.points && m.points.length > 0 ? [...m.rows, ...m.points.flatMap((p) => p.rows)] : m.rows;
}

/** The row of one metric for the overview's cell: the model's own, else its first point's. */
export function overviewRow(m: ModelReport, metric: MetricRow['metric']): MetricRow | undefined {
  return m.rows.find((x) => x.metric === metric) ?? m.points?.[0]?.rows.find((x) => x.metric === metric);
}

/**
 * The row with the largest relative change (|pct|), or null when no row has one. A row whose
 * sides are both lower bounds has no known change: its pct is no candidate.
 */
export function largestChange(m: ModelReport): MetricRow | null {
  let best: MetricRow | null = null;
  for (const r of metricRows(m)) {
    if (r.pct === null || r.delta === null || r.delta === 0 || rowDeltaBound(r) === 'unknown') continue;
    if (best === null || Math.abs(r.pct) > Math.abs(best.pct ?? 0)) best = r;
  }
  return best;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first of `lines` that fit in `maxChars` together; at least one (each line is bounded by its escaping). */
export function withinChars(lines: readonly string[], maxChars: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const l of lines) {
    if (used + l.length + 1 > maxChars && kept.length > 0) break;
    kept.push(l);
    used += l.length + 1;
  }
  return kept;
}
