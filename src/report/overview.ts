/**
 * The top of a long comment: one overview row per model (params, FLOPs, peak memory, the largest
 * change, status) sorted by impact, a totals row across models, and the models with nothing to
 * look at (unchanged, renamed without change, deleted, changes under `min-change`) as one
 * collapsed list each.
 */
import { formatAmount, formatPercent, METRIC_LABELS, percentChange } from '../budget/units.js';
import type { MetricName, ModelReport, Verdict } from '../budget/types.js';
import { allRows } from '../budget/gate.js';
import { ICON, largestChange, metricRows, overviewRow, plural, rowDeltaBound, value, withinChars } from './cells.js';
import { boundSign, deltaBound } from '../budget/delta-bound.js';
import { nb, table } from './markdown-table.js';
import { codeSpan } from './code-span.js';
import { diffUrl, mdLink } from './links.js';
import type { RenderContext } from './model-section.js';
import { escapeMarkdown } from './escape.js';
import { budgetsOnlyOnNoWeights } from '../budget/no-weights.js';
import { modelIcon, statusText } from './model-section.js';

const SEVERITY: Readonly<Record<Verdict, number>> = { error: 0, warning: 1, ok: 2 };

/** The models of a report, in the groups the comment shows them in. */
export interface Groups {
  /** Models worth a row and a section, by impact: breaches, warnings, then the largest relative change. */
  readonly shown: readonly ModelReport[];
  /** Changed, but every relative change under min-change (and nothing to warn about). */
  readonly small: readonly ModelReport[];
  /** Unchanged, renamed without a change, or deleted. */
  readonly quiet: readonly ModelReport[];
  /** Files with no weights (ModelReport.noWeights): one line each, never a model row. */
  readonly noWeights: readonly ModelReport[];
}

/** Largest |relative change| in percent; a new model ranks above any change. */
function impact(m: ModelReport): number {
  if (m.status === 'added' || metricRows(m).some((r) => r.isNew)) return Number.POSITIVE_INFINITY;
  return Math.abs(largestChange(m)?.pct ?? 0);
}

function byImpact(a: ModelReport, b: ModelReport): number {
  return SEVERITY[a.verdict] - SEVERITY[b.verdict] || impact(b) - impact(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function isQuiet(m: ModelReport): boolean {
  if (m.verdict !== 'ok' || m.error) return false;
  if (m.status === 'unchanged' || m.status === 'deleted') return true;
  return m.status === 'renamed' && metricRows(m).every((r) => r.delta === 0 || (r.delta === null && r.base === null && r.head === null));
}

/**
 * Every change is a known percentage under `minChange` (a change from 0 has none, so it shows; so
 * does one with a lower-bound side, whose real change may be any size).
 */
function isSmall(m: ModelReport, minChange: number): boolean {
  if (minChange <= 0 || m.verdict !== 'ok' || m.error || (m.status !== 'modified' && m.status !== 'renamed')) return false;
  return metricRows(m).every((r) => r.delta === null
    ? r.base === null && r.head === null
    : rowDeltaBound(r) === undefined && (r.delta === 0 || (r.pct !== null && Math.abs(r.pct) < minChange)));
}

export function groupModels(models: readonly ModelReport[], minChange: number): Groups {
  const shown: ModelReport[] = [];
  const small: ModelReport[] = [];
  const quiet: ModelReport[] = [];
  const noWeights: ModelReport[] = [];
  for (const m of models) {
    if (m.noWeights !== undefined) noWeights.push(m);
    else if (isQuiet(m)) quiet.push(m);
    else if (isSmall(m, minChange)) small.push(m);
    else shown.push(m);
  }
  return { shown: shown.sort(byImpact), small: small.sort(byImpact), quiet, noWeights };
}

/** The overview's metric columns. */
const OVERVIEW_METRICS: readonly MetricName[] = ['params', 'flops', 'peak-memory'];
const OVERVIEW_LABELS = ['Params', 'FLOPs', 'Peak memory'];

/** A path, linked to its file in the diff when `linked` and links are known. */
export function pathCell(m: ModelReport, ctx: RenderContext, linked: boolean): string {
  const code = codeSpan(m.path, { inTable: true });
  const url = linked && ctx.links ? diffUrl(ctx.links, m.path) : null;
  return mdLink(code, url);
}

function metricCell(m: ModelReport, metric: MetricName): string {
  const r = overviewRow(m, metric);
  if (!r) return '—';
  const v = value(m.status === 'deleted' ? r.base : r.head, m.status === 'deleted' ? r.baseLowerBound : r.headLowerBound, r.unit, m.status === 'deleted' ? r.baseNotAvailable : r.headNotAvailable, r.binaryUnits);
  if (r.pct === null || r.delta === null || r.delta === 0) return v;
  // The change is a bound when a side is one, and not known when both are (delta-bound.ts).
  const bound = rowDeltaBound(r);
  if (bound === 'unknown') return v;
  return `${v} (${nb(`${boundSign(bound)}${formatPercent(r.pct)}`)})`;
}

function largestChangeCell(m: ModelReport): string {
  if (m.error) return 'could not be measured';
  if (m.partOf !== undefined && m.status === 'added') return 'left its set';
  if (m.status === 'added' || metricRows(m).some((r) => r.isNew)) return 'new';
  if (m.partOf !== undefined && m.status === 'deleted') return 'joined its set';
  if (m.status === 'deleted') return 'deleted';
  // A base that could not be measured (an unfetched Git LFS pointer, a broken file) leaves no
  // delta anywhere: "±0" would read as "unchanged" beside a model that may have tripled.
  const rows = metricRows(m);
  if (rows.every((x) => x.delta === null) && rows.some((x) => x.head !== null && x.base === null)) return 'base not measured';
  const r = largestChange(m);
  if (r) {
    return `${METRIC_LABELS[r.metric]} ${nb(`${boundSign(rowDeltaBound(r))}${formatPercent(r.pct ?? 0)}`)}`;
  }
  // Every change is between lower bounds: not known, which "±0" would hide.
  if (rows.some((x) => x.delta !== null && rowDeltaBound(x) === 'unknown')) return 'not known (both ≥)';
  return rows.some((x) => x.delta !== null && x.delta !== 0) ? 'changed from 0' : '±0';
}

function statusCell(m: ModelReport): string {
  if (m.verdict !== 'ok') return ICON[m.verdict];
  return allRows(m).some((r) => r.budget !== null) ? ICON.ok : '—';
}

/** One row per model of `models`, then the totals row (when given). */
export function overviewTable(models: readonly ModelReport[], ctx: RenderContext, linked: boolean, totals: readonly string[] | null): string {
  const header = ['Model', ...OVERVIEW_LABELS, 'Largest change', ...(ctx.budgeted ? ['Status'] : [])];
  const align = ['---', '---:', '---:', '---:', '---', ...(ctx.budgeted ? [':---:'] : [])];
  const rows = models.map((m) => {
    // Without budgets there is no Status column: a warning or failure shows before the path.
    const icon = ctx.budgeted ? '' : modelIcon(m, false);
    const renamed = m.previousPath ? ` (${statusText(m, (p) => codeSpan(p, { inTable: true }))})` : '';
    return [`${icon ? `${icon} ` : ''}${pathCell(m, ctx, linked)}${renamed}`, ...OVERVIEW_METRICS.map((k) => metricCell(m, k)), largestChangeCell(m), ...(ctx.budgeted ? [statusCell(m)] : [])];
  });
  if (totals) rows.push([...totals, ...(ctx.budgeted ? [''] : [])]);
  return table(header, align, rows);
}

// ---------------------------------------------------------------------------------------------
// Totals

/** The changed models the totals sum: files with no weights are no models. */
export function changedModels(models: readonly ModelReport[]): ModelReport[] {
  return models.filter((m) => m.status !== 'unchanged' && m.noWeights === undefined);
}

type Side = 'base' | 'head';

/** The file a row's side was read from (through its links), null for a side it does not have. */
function sideFile(m: ModelReport, side: Side): string | null {
  if (side === 'head') return m.status === 'deleted' ? null : (m.linkTo ?? m.path);
  if (m.status === 'added') return null;
  if (m.status === 'deleted') return m.linkTo ?? m.path;
  return m.baseLinkTo ?? m.linkTo ?? m.previousPath ?? m.path;
}

/** The row's own path on a side: a side read from another file was read through a link. */
function ownPath(m: ModelReport, side: Side): string {
  return side === 'base' && m.status !== 'deleted' ? (m.previousPath ?? m.path) : m.path;
}

/**
 * Of `models`, the sides of links whose target file has a row of its own on that side: that row
 * counts the file, so the link's would count it twice (`models/current.onnx -> ../store/v3.onnx`
 * and `store/v3.onnx`). By side: a link retargeted from v3 to v4 counts v3 on the base when v3
 * has no row, and not v4 on the head when v4 has one.
 */
export function linksCountedElsewhere(models: readonly ModelReport[]): Map<ModelReport, ReadonlySet<Side>> {
  const own: Record<Side, Set<string>> = { base: new Set(), head: new Set() };
  for (const m of models) {
    for (const side of ['base', 'head'] as const) {
      const file = sideFile(m, side);
      if (file !== null && file === ownPath(m, side)) own[side].add(file);
    }
  }
  const out = new Map<ModelReport, ReadonlySet<Side>>();
  for (const m of models) {
    const sides = (['base', 'head'] as const).filter((side) => {
      const file = sideFile(m, side);
      return file !== null && file !== ownPath(m, side) && own[side].has(file);
    });
    if (sides.length > 0) out.set(m, new Set(sides));
  }
  return out;
}

interface Total {
  base: number;
  head: number;
  baseLowerBound: boolean;
  headLowerBound: boolean;
  binary: boolean;
  counted: number;
  leftOut: number;
}

/**
 * Base -> head sums of params, FLOPs and peak memory over the changed models (a new model counts
 * 0 on the base side, a deleted one 0 on the head side). A model is left out of a metric when a
 * side that exists cannot give it (weights-only files have no FLOPs, an unreadable model has
 * nothing), so the sum never mixes measured and missing numbers.
 */
export function totals(models: readonly ModelReport[], countedElsewhere: ReadonlyMap<ModelReport, ReadonlySet<Side>> = new Map()): Map<MetricName, Total> {
  const out = new Map<MetricName, Total>();
  for (const metric of OVERVIEW_METRICS) {
    const t: Total = { base: 0, head: 0, baseLowerBound: false, headLowerBound: false, binary: true, counted: 0, leftOut: 0 };
    for (const m of models) {
      if (m.status === 'unchanged') continue;
      const r = overviewRow(m, metric);
      // A side another row counts (linksCountedElsewhere) adds 0 here, as a side that is not there.
      const elsewhere = countedElsewhere.get(m);
      const hasBase = m.status !== 'added' && !(r?.isNew ?? false) && !elsewhere?.has('base');
      const hasHead = m.status !== 'deleted' && !elsewhere?.has('head');
      const base = hasBase ? (r?.base ?? null) : 0;
      const head = hasHead && !m.error ? (r?.head ?? null) : hasHead ? null : 0;
      if (!r || base === null || head === null) {
        t.leftOut++;
        continue;
      }
      t.base += base;
      t.head += head;
      t.baseLowerBound ||= hasBase && r.baseLowerBound;
      t.headLowerBound ||= hasHead && r.headLowerBound;
      t.binary &&= r.binaryUnits === true;
      t.counted++;
    }
    out.set(metric, t);
  }
  return out;
}

/** The totals row's cells (Model column first), and the sentence saying what the sums leave out. */
export function totalsCells(models: readonly ModelReport[]): { cells: string[]; note: string | null } {
  const all = changedModels(models);
  const links = linksCountedElsewhere(all);
  // A link whose every side another row counts is no model of the sum.
  const changed = all.filter((m) => (links.get(m)?.size ?? 0) < (sideFile(m, 'base') !== null ? 1 : 0) + (sideFile(m, 'head') !== null ? 1 : 0));
  const sums = totals(changed, links);
  const cells = [`**Total** (${plural(changed.length, 'model', 'models')}${links.size > 0 ? `; ${plural(links.size, 'link', 'links')} to them counted once` : ''})`];
  // Metrics that leave out the same number of models share one mention.
  const leftOut = new Map<number, string[]>();
  OVERVIEW_METRICS.forEach((metric, i) => {
    const t = sums.get(metric) as Total;
    if (t.counted === 0) {
      cells.push('n/a');
    } else {
      const unit = metric === 'params' || metric === 'flops' ? 'count' : 'bytes';
      const fmt = (v: number, lowerBound: boolean) => nb(`${lowerBound ? '≥' : ''}${formatAmount(v, unit, { binary: t.binary })}`);
      const change = t.head !== t.base ? percentChange(t.base, t.head) : null;
      // Sums with a lower-bound side are bounds themselves: their change is too, or not known.
      const bound = deltaBound(t.baseLowerBound, t.headLowerBound);
      const pct = change === null || bound === 'unknown' ? '' : ` (${nb(`${boundSign(bound)}${formatPercent(change)}`)})`;
      cells.push(`${fmt(t.base, t.baseLowerBound)} → ${fmt(t.head, t.headLowerBound)}${pct}`);
    }
    if (t.leftOut > 0) leftOut.set(t.leftOut, [...(leftOut.get(t.leftOut) ?? []), OVERVIEW_LABELS[i] as string]);
  });
  cells.push('');
  const note = leftOut.size > 0
    ? `Totals are base → head over the changed models measured on both sides (a new model counts 0 on the base side, a deleted one 0 on the head side); left out as not measurable there: ${[...leftOut].map(([n, labels]) => `${labels.join(', ')}: ${plural(n, 'model', 'models')}`).join('; ')}.`
    : null;
  return { cells, note };
}

// ---------------------------------------------------------------------------------------------
// Collapsed lists

function quietLine(m: ModelReport): string {
  const path = codeSpan(m.path);
  if (m.status === 'deleted') {
    const params = m.rows.find((r) => r.metric === 'params');
    const had = params?.base != null ? ` (had ${nb(formatAmount(params.base, 'count'))} params${m.partOf !== undefined ? ' on its own' : ''})` : '';
    return `- ${path} ${m.partOf !== undefined ? statusText(m, (p) => codeSpan(p)) : 'deleted'}${had}`;
  }
  if (m.status === 'renamed') return `- ${path} ${statusText(m, (p) => codeSpan(p))}, identical`;
  return `- ${path} unchanged`;
}

function smallLine(m: ModelReport): string {
  return `- ${codeSpan(m.path)}: ${largestChangeCell(m)}`;
}

/** A collapsed bullet list, cut to `maxChars` with "and N more". */
function collapsedList(summary: string, lines: readonly string[], maxChars: number): string[] {
  if (lines.length === 0) return [];
  const kept = withinChars(lines, maxChars);
  const more = lines.length - kept.length;
  return [`<details><summary>${summary}</summary>`, '', ...kept, ...(more > 0 ? [`- and ${more} more`] : []), '', '</details>', ''];
}

export function quietList(models: readonly ModelReport[], maxChars: number): string[] {
  const kinds = [
    ...(models.some((m) => m.status === 'unchanged') ? ['unchanged'] : []),
    ...(models.some((m) => m.status === 'renamed') ? ['renamed without a change'] : []),
    ...(models.some((m) => m.status === 'deleted' && m.partOf === undefined) ? ['deleted'] : []),
    ...(models.some((m) => m.status === 'deleted' && m.partOf !== undefined) ? ['now read as part of a set'] : []),
  ];
  const words = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : (kinds[0] ?? '');
  return collapsedList(`${plural(models.length, 'model', 'models')} ${words}`, models.map(quietLine), maxChars);
}

export function smallList(models: readonly ModelReport[], minChange: number, maxChars: number): string[] {
  return collapsedList(`${plural(models.length, 'model', 'models')} changed by less than ${minChange}% (min-change), not detailed`, models.map(smallLine), maxChars);
}

/** A file with no weights: its path, how it changed, and the reader's reason, escaped, on one line. */
function noWeightsLine(m: ModelReport): string {
  const status = m.status === 'added' ? '' : ` (${statusText(m, (p) => codeSpan(p))})`;
  const notes = m.notes.map((n) => `; ${escapeMarkdown(n, 200)}`).join('');
  return `- ${codeSpan(m.path)}${status}: no weights, ${escapeMarkdown(m.noWeights ?? '', 300)}${notes}`;
}

/**
 * The files with no weights as one collapsed list, then (never collapsed) each config entry that
 * matched only such files (among `allModels`, the whole report), with its budgets: they checked
 * nothing, which must not pass unsaid.
 */
export function noWeightsList(files: readonly ModelReport[], allModels: readonly ModelReport[], maxChars: number): string[] {
  const out = collapsedList(`${plural(files.length, 'file', 'files')} with no weights (not models: not measured; only file-size budgets apply)`, files.map(noWeightsLine), maxChars);
  const idle = budgetsOnlyOnNoWeights(allModels);
  const lines = idle.slice(0, MAX_IDLE_ENTRIES).map((e) => {
    const budgets = e.budgets.slice(0, 8).map((b) => escapeMarkdown(b, 100)).join(', ');
    return `ℹ️ The budgets of ${codeSpan(e.name)} (${budgets}${e.budgets.length > 8 ? ', ...' : ''}) matched only files with no weights here: nothing was checked against them.`;
  });
  // Names and budgets from the config or a report artifact, grown by escaping: bounded like the lists.
  const shown = withinChars(lines, maxChars);
  for (const l of shown) out.push(l, '');
  if (idle.length > shown.length) out.push(`ℹ️ And ${plural(idle.length - shown.length, 'more entry', 'more entries')} whose budgets matched only files with no weights.`, '');
  return out;
}

/** Entries named whose budgets checked nothing; the rest are counted. */
const MAX_IDLE_ENTRIES = 10;
