/** Table cells and small pieces shared by the comment's overview and its per-model sections. */
import { formatAmount, formatDelta, formatPercent } from '../budget/units.js';
import type { MetricRow, ModelReport, Verdict } from '../budget/types.js';
import { nb } from './markdown-table.js';

export const ICON: Readonly<Record<Verdict, string>> = { ok: '✅', warning: '⚠️', error: '❌' };


export function value(v: number | null, lowerBound: boolean, unit: MetricRow['unit'], notAvailable = false, binary = false): string {
  if (v === null) return notAvailable ? 'n/a' : '—';
  return nb(`${lowerBound ? '≥' : ''}${formatAmount(v, unit, { binary })}`);
}

export function change(r: MetricRow, deleted: boolean): string {
  if (r.isNew && r.head !== null) return 'new';
  if (deleted) return 'removed';
  if (r.delta === null) return '—';
  if (r.delta === 0) return '±0';
  const pct = r.pct === null ? '' : ` (${formatPercent(r.pct)})`;
  return `${nb(formatDelta(r.delta, r.unit, { binary: r.binaryUnits === true }))}${pct}`;
}

export function deltaCell(d: number | null, unit: MetricRow['unit']): string {
  return d === null ? '—' : nb(formatDelta(d, unit));
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

/** The row with the largest relative change (|pct|), or null when no row has one. */
export function largestChange(m: ModelReport): MetricRow | null {
  let best: MetricRow | null = null;
  for (const r of metricRows(m)) {
    if (r.pct === null || r.delta === null || r.delta === 0) continue;
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
