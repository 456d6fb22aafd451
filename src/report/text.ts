/**
 * Plain-text form of a GateReport for the CLI (`model-budget check`): the same verdicts as the
 * comment, without markup. Names pass through escapeText so a model cannot write terminal escapes.
 */
import { budgetsOnlyOnNoWeights } from '../budget/no-weights.js';
import { changeText, nodePath, opLabel } from '../budget/labels.js';
import { formatAmount, formatDelta, METRIC_LABELS } from '../budget/units.js';
import { boundSign, deltaBound } from '../budget/delta-bound.js';
import type { DeltaBound, GateReport, MetricRow, Verdict, WhyReport } from '../budget/types.js';
import { deltaText } from './cells.js';
import { escapeText } from './escape.js';
import { hasBudgets, headline, headlineWithoutIcon } from './markdown.js';
import { pointDetailsText } from './points-format.js';
import { statusText } from './model-section.js';

const MARK: Readonly<Record<Verdict, string>> = { ok: 'ok', warning: 'WARN', error: 'FAIL' };

function cell(v: number | null, lowerBound: boolean, unit: MetricRow['unit'], notAvailable = false): string {
  if (v === null) return notAvailable ? 'n/a' : '-';
  return `${lowerBound ? '>=' : ''}${formatAmount(v, unit)}`;
}

function change(r: MetricRow, deleted: boolean): string {
  if (r.isNew && r.head !== null) return 'new';
  if (deleted) return 'removed';
  return deltaText(r, 'text');
}

/** Rows under a header, columns padded; `left` columns are left-aligned, numbers right-aligned. */
function aligned(header: readonly string[], rows: readonly (readonly string[])[], left: readonly number[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const fmt = (row: readonly string[]) => `  ${row.map((c, i) => (left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return [fmt(header), ...rows.map(fmt)];
}

/** A delta of the why section, as the comment's deltaCell: `>=`/`<=` when a side is a lower bound, or not known. */
function delta(d: number | null, unit: MetricRow['unit'], bound?: DeltaBound): string {
  if (d === null) return '-';
  if (bound === 'unknown') return 'not known';
  return `${boundSign(bound, 'text')}${formatDelta(d, unit).replace('±', '')}`;
}

/** The op-type and node breakdown the comment's "why" section has, as text. */
function whyText(why: WhyReport, isNew: boolean): string[] {
  const out: string[] = [];
  if (why.opTypes.length > 0) {
    out.push(isNew ? '  cost breakdown by op type:' : '  why the cost changed, by op type:');
    out.push(...aligned(['op type', 'count', 'FLOPs', 'MACs', 'memory access'], why.opTypes.map((o) => [
      escapeText(opLabel(o.opType, o.domain)),
      o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} -> ${o.headCount}`,
      delta(o.flopsDelta, 'count', o.deltaBound), delta(o.macsDelta, 'count', o.deltaBound), delta(o.memoryBytesDelta, 'bytes', o.deltaBound),
    ]), [0]));
    if (why.opTypesChanged > why.opTypes.length) out.push(`  ${why.opTypesChanged - why.opTypes.length} more op types`);
  }
  const scopes = why.scopes ?? [];
  if (scopes.length > 0) {
    out.push('  module scopes:');
    out.push(...aligned(['scope', 'FLOPs', 'change', 'memory access'], scopes.map((s) => [
      escapeText(s.name), `${s.baseLowerBound ? '>=' : ''}${formatAmount(s.baseFlops, 'count')} -> ${s.headLowerBound ? '>=' : ''}${formatAmount(s.headFlops, 'count')}`,
      delta(s.headFlops - s.baseFlops, 'count', deltaBound(s.baseLowerBound === true, s.headLowerBound === true)),
      delta(s.headMemoryBytes - s.baseMemoryBytes, 'bytes', deltaBound(s.baseLowerBound === true, s.headLowerBound === true)),
    ]), [0]));
    if ((why.scopesChanged ?? 0) > scopes.length) out.push(`  ${(why.scopesChanged ?? 0) - scopes.length} more module scopes`);
  }
  if (why.nodes.length > 0) {
    out.push('  nodes:');
    out.push(...aligned(['node', 'op type', 'change', 'FLOPs', 'MACs', 'memory access'], why.nodes.map((n) => [
      escapeText(nodePath(n.scope, n.name) || '(unnamed)'), escapeText(n.opType), changeText(n, '->', escapeText),
      delta(n.flopsDelta, 'count', n.deltaBound), delta(n.macsDelta, 'count', n.deltaBound), delta(n.memoryBytesDelta, 'bytes', n.deltaBound),
    ]), [0, 1, 2]));
    if (why.nodesChanged > why.nodes.length) out.push(`  ${why.nodesChanged - why.nodes.length} more nodes`);
  }
  return out;
}

/**
 * The headline with a verdict word for its icon (`WARN: 1 warning, no budget exceeded`): for a
 * terminal and the job log, where escapeLog shows the variation selector of `⚠️` as `\ufe0f`.
 */
export function verdictLine(report: GateReport): string {
  // No budgets: no PASS either, only what was measured (the headline has no icon then). The
  // verdict word takes an icon's place, or goes before a headline without one ("no model changed, only ...").
  if (!hasBudgets(report) && report.passed && report.warnings === 0) return headline(report);
  return `${report.passed ? (report.warnings > 0 ? 'WARN' : 'PASS') : 'FAIL'}: ${headlineWithoutIcon(report)}`;
}

export function renderText(report: GateReport): string {
  const budgeted = hasBudgets(report);
  const lines: string[] = [verdictLine(report), ''];
  if (report.configNote) lines.push(`note: ${escapeText(report.configNote, 400)}`, '');
  if (report.budgetChanges.length > 0) {
    lines.push(`budgets changed in this pull request (${report.configSource === 'head' ? 'applied here' : "the base's apply until it is merged"}):`);
    for (const c of report.budgetChanges) lines.push(`  ${escapeText(c.scope)}, ${escapeText(c.setting)}: ${c.before === null ? 'not set' : escapeText(c.before)} -> ${c.after === null ? 'not set' : escapeText(c.after)}`);
    lines.push('');
  }
  for (const m of report.models) {
    const name = m.name ? `${escapeText(m.name)}: ` : '';
    // `diff` compares two files: the base's path is shown too when it differs.
    const status = statusText(m, (p) => escapeText(p));
    lines.push(`[${MARK[m.verdict]}] ${name}${escapeText(m.path)} (${status})`);
    if (m.noWeights !== undefined) {
      // No model: one line with the reader's reason, no table.
      lines.push(`  no weights: ${escapeText(m.noWeights, 300)}`, ...m.notes.map((n) => `  note: ${escapeText(n, 400)}`), '');
      continue;
    }
    if (m.shapes && m.shapes.length > 0) lines.push(`  measured at ${m.shapes.map((t) => escapeText(t, 120)).join(', ')}`);
    for (const w of m.warnings ?? []) lines.push(`  WARN ${escapeText(w, 400)}`);
    if (m.error) lines.push(`  could not measure: ${escapeText(m.error, 400)}`);
    const table = m.rows.map((r) => [
      METRIC_LABELS[r.metric],
      cell(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable),
      m.error && r.head === null ? 'not measured' : cell(r.head, r.headLowerBound, r.unit, r.headNotAvailable),
      change(r, m.status === 'deleted'),
      // A budget's text is ours in a live run, but `merge` prints shard reports read from files.
      r.budget === null ? '' : `${escapeText(r.budget, 200)}${r.level === 'warning' ? ' (warning)' : r.level === 'off' ? ' (off)' : ''}`,
      r.budget === null && r.status === 'ok' ? '' : MARK[r.status],
    ]);
    if (table.length > 0) {
      const header = ['metric', 'base', 'head', 'change', 'budget', 'status'].slice(0, budgeted ? 6 : 4);
      if (!budgeted) for (const row of table) row.length = 4;
      lines.push(...aligned(header, table, [0, 4]));
    }
    for (const r of m.rows) for (const why of r.reasons) lines.push(`  ${MARK[r.status]} ${METRIC_LABELS[r.metric]}: ${escapeText(why, 400)}`);
    lines.push(...pointDetailsText(m));
    for (const n of m.notes) lines.push(`  note: ${escapeText(n, 400)}`);
    for (const mod of m.why?.modules ?? []) {
      lines.push(`  module ${escapeText(mod.name)}: params ${formatAmount(mod.baseParams, 'count')} -> ${formatAmount(mod.headParams, 'count')} (${formatDelta(mod.headParams - mod.baseParams, 'count')})`);
    }
    if (m.why) lines.push(...whyText(m.why, m.status === 'added'));
    lines.push('');
  }
  for (const e of budgetsOnlyOnNoWeights(report.models)) lines.push(`note: the budgets of ${escapeText(e.name)} (${e.budgets.map((b) => escapeText(b, 100)).join(', ')}) matched only files with no weights: nothing was checked against them`);
  if (report.ignored.length > 0) lines.push(`ignored by the config: ${report.ignored.map((p) => escapeText(p)).join(', ')}`);
  return `${lines.join('\n').trimEnd()}\n`;
}
