/**
 * The operating-point, latency and formula parts of a model's report (issue 15), for the comment
 * (markdown) and the CLI (text): markdown.ts and text.ts call one function each per model.
 *   - formula changes: one line each, shown whatever the budgets say;
 *   - points: one column group (head, change, status with the budget) per point;
 *   - latency: one row per device (and point): estimate, memory-bound share, top memory-bound ops.
 * Pure; every name from a file or config goes through escapeMarkdown / escapeText.
 */
import { formatDuration } from '../budget/duration.js';
import { formatAmount, METRIC_LABELS } from '../budget/units.js';
import type { LatencyRow, MetricRow, ModelReport, PointReport, Verdict } from '../budget/types.js';
import { FORMULA_LABELS, FORMULA_METRICS } from '../profile/formula-types.js';
import type { FormulaSummary } from '../profile/formula.js';
import { deltaText } from './cells.js';
import { escapeMarkdown, escapeText } from './escape.js';
import { formulaExpression } from './formula-format.js';
import { nb, table } from './markdown-table.js';

const ICON: Readonly<Record<Verdict, string>> = { ok: '✅', warning: '⚠️', error: '❌' };
const MARK: Readonly<Record<Verdict, string>> = { ok: 'ok', warning: 'WARN', error: 'FAIL' };
/** Points and devices shown in the comment; the JSON report has them all. */
const MAX_SHOWN = 8;


function pointTitle(p: PointReport): string {
  const dims = Object.entries(p.dims).map(([d, v]) => `${d}=${v}`).join(', ');
  return `${p.name}${dims ? ` (${dims})` : ''}`;
}

function headCell(r: MetricRow): string {
  if (r.head === null) return r.headNotAvailable ? 'n/a' : '—';
  return nb(`${r.headLowerBound ? '≥' : ''}${formatAmount(r.head, r.unit, { binary: r.binaryUnits === true })}`);
}

function changeCell(r: MetricRow): string {
  if (r.isNew && r.head !== null) return 'new';
  return deltaText(r, 'md');
}

/** The formula of each changed metric on both sides, as `MACs = ...`. */
function formulaPair(base: FormulaSummary | null, head: FormulaSummary | null, metricLabel: string): string | null {
  const m = FORMULA_METRICS.find((x) => FORMULA_LABELS[x] === metricLabel);
  if (!m) return null;
  const text = (f: FormulaSummary | null): string => {
    const mf = f?.metrics[m];
    return mf?.polynomial ? formulaExpression(mf.terms, m) : 'no formula';
  };
  return `${text(base)} → ${text(head)}`;
}

/** Markdown lines for one model: formula changes, the per-point table, latency per device. */
export function renderPointDetails(m: ModelReport): string[] {
  const out: string[] = [];
  const changes = m.formulas?.changes ?? [];
  if (changes.length > 0) {
    for (const c of changes.slice(0, FORMULA_METRICS.length)) {
      const label = c.slice(0, c.indexOf(':'));
      const pair = m.formulas ? formulaPair(m.formulas.base, m.formulas.head, label) : null;
      out.push(`- 📈 Cost formula changed: ${escapeMarkdown(c, 400)}${pair ? ` <sub>(${escapeMarkdown(pair, 600)})</sub>` : ''}`);
    }
    out.push('');
  }
  const points = (m.points ?? []).slice(0, MAX_SHOWN);
  if (points.length > 0) {
    const metrics = [...new Set(points.flatMap((p) => p.rows.map((r) => r.metric)))];
    const header = ['Metric', ...points.flatMap((p) => [`**${escapeMarkdown(pointTitle(p), 120)}**`, 'Change', 'Status'])];
    const align = ['---', ...points.flatMap(() => ['---:', '---:', ':---'])];
    const rows = metrics.map((metric) => [METRIC_LABELS[metric], ...points.flatMap((p) => {
      const r = p.rows.find((x) => x.metric === metric);
      if (!r) return [p.error ? 'not measured' : '—', '—', '—'];
      const status = r.budget === null ? '—' : `${ICON[r.status]} ${escapeMarkdown(r.budget)}${r.level === 'warning' ? ' (warning)' : ''}`;
      return [headCell(r), changeCell(r), status];
    })]);
    if (rows.length > 0) out.push(table(header, align, rows), '');
    if ((m.points?.length ?? 0) > points.length) out.push(`<sub>${m.points!.length - points.length} more points in the JSON report.</sub>`, '');
    for (const p of m.points ?? []) {
      if (p.error && !m.error) out.push(`- ${ICON[p.verdict === 'ok' ? 'warning' : p.verdict]} ${escapeMarkdown(p.name)}: could not measure at this point: ${escapeMarkdown(p.error, 400)}`);
      for (const r of p.rows) for (const why of r.reasons) out.push(`- ${ICON[r.status]} ${escapeMarkdown(p.name)}: ${METRIC_LABELS[r.metric]}: ${escapeMarkdown(why, 400)}`);
    }
    if (out[out.length - 1] !== '') out.push('');
  }
  const latency: Array<{ point: string | null; row: LatencyRow }> = [
    ...(m.latency ?? []).map((row) => ({ point: null, row })),
    ...(m.points ?? []).flatMap((p) => p.latency.map((row) => ({ point: p.name, row }))),
  ];
  if (latency.length > 0) {
    const withPoint = latency.some((l) => l.point !== null);
    const shown = latency.slice(0, MAX_SHOWN * 2);
    out.push(table(
      ['Device', ...(withPoint ? ['Point'] : []), 'Base', 'Head', 'Memory-bound', 'Slowest memory-bound ops', 'Status'],
      ['---', ...(withPoint ? ['---'] : []), '---:', '---:', '---:', '---', ':---'],
      shown.map(({ point, row }) => [
        escapeMarkdown(row.hardware, 80),
        ...(withPoint ? [escapeMarkdown(point ?? '', 80)] : []),
        row.base === null ? '—' : nb(`${row.baseLowerBound ? '≥' : ''}${formatDuration(row.base)}`),
        row.head === null ? '—' : nb(`${row.headLowerBound ? '≥' : ''}${formatDuration(row.head)}`),
        row.memoryBoundShare === null ? '—' : `${Math.round(row.memoryBoundShare * 100)}%`,
        row.topMemoryBound.map((t) => `${escapeMarkdown(t.name, 60)} (${escapeMarkdown(t.opType, 40)}, ${nb(formatDuration(t.seconds))})`).join(', ') || '—',
        row.budget === null ? '—' : `${ICON[row.status]} ${escapeMarkdown(row.budget)}${row.level === 'warning' ? ' (warning)' : ''}`,
      ]),
    ), '');
    if (latency.length > shown.length) out.push(`<sub>${latency.length - shown.length} more device rows in the JSON report.</sub>`, '');
    for (const { point, row } of latency) for (const why of row.reasons) out.push(`- ${ICON[row.status]} ${point ? `${escapeMarkdown(point)}: ` : ''}Latency: ${escapeMarkdown(why, 400)}`);
    out.push('<sub>Latency is a roofline estimate (each node at the slower of its compute and memory time, nodes one after another): a bound to compare versions, not a measurement.</sub>', '');
  }
  return out;
}

/** Plain-text lines (indented) for `check`/`diff --format text`. */
export function pointDetailsText(m: ModelReport): string[] {
  const out: string[] = [];
  for (const c of m.formulas?.changes ?? []) out.push(`  formula changed: ${escapeText(c, 400)}`);
  for (const p of m.points ?? []) {
    out.push(`  at ${escapeText(pointTitle(p), 200)}: ${MARK[p.verdict]}`);
    if (p.error && !m.error) out.push(`    could not measure: ${escapeText(p.error, 400)}`);
    for (const r of p.rows) {
      const head = r.head === null ? '-' : `${r.headLowerBound ? '>=' : ''}${formatAmount(r.head, r.unit)}`;
      const change = r.delta === null ? '' : ` (${r.isNew ? 'new' : deltaText(r, 'text', true)})`;
      out.push(`    ${METRIC_LABELS[r.metric]}: ${head}${change}${r.budget ? `  budget ${escapeText(r.budget, 200)}: ${MARK[r.status]}` : ''}`);
      for (const why of r.reasons) out.push(`    ${MARK[r.status]} ${escapeText(why, 400)}`);
    }
    for (const r of p.latency) out.push(...latencyText(r, '    '));
  }
  for (const r of m.latency ?? []) out.push(...latencyText(r, '  '));
  return out;
}

function latencyText(r: LatencyRow, indent: string): string[] {
  const est = r.head === null ? '-' : `${r.headLowerBound ? '>=' : ''}${formatDuration(r.head)}`;
  const base = r.base === null ? '' : ` (base ${r.baseLowerBound ? '>=' : ''}${formatDuration(r.base)})`;
  const share = r.memoryBoundShare === null ? '' : `, ${Math.round(r.memoryBoundShare * 100)}% memory-bound`;
  const top = r.topMemoryBound.length ? `; slowest memory-bound: ${r.topMemoryBound.map((t) => `${escapeText(t.name, 60)} (${escapeText(t.opType, 40)})`).join(', ')}` : '';
  return [
    `${indent}latency on ${escapeText(r.hardware, 80)}: ${est}${base}${share}${top}${r.budget ? `  budget ${escapeText(r.budget, 200)}: ${MARK[r.status]}` : ''}`,
    ...r.reasons.map((why) => `${indent}${MARK[r.status]} ${escapeText(why, 400)}`),
  ];
}
