/**
 * One model's detail in the comment: a `<details>` block (open only when the model breaks a
 * budget) holding the shapes the numbers are for, warnings, the metric table, the reasons, notes
 * and the collapsed "why" section. The block is a list of parts (SECTION_PARTS) rendered in
 * order; a renderer for more detail (e.g. per operating point) is one more part.
 */
import { METRIC_LABELS } from '../budget/units.js';
import type { ModelReport } from '../budget/types.js';
import { change, ICON, value } from './cells.js';
import { table } from './markdown-table.js';
import { renderPointDetails } from './points-format.js';
import { codeSpan, htmlCode, htmlText } from './code-span.js';
import { renderWhy } from './why-section.js';
import { escapeMarkdown } from './escape.js';
import type { Links } from './links.js';
import { diffUrl, mdLink } from './links.js';

/** What every part of the comment needs to know about the report as a whole. */
export interface RenderContext {
  /** Any budget in the report: without one there are no Budget/Status columns and no ✅. */
  readonly budgeted: boolean;
  readonly links: Links | null;
}

/** How much a model section shows; the comment trims these first when it is too long. */
export interface SectionDetail {
  /** Entries per why table; 0 drops the why section. */
  readonly why: number;
  readonly notes: boolean;
  /** All rows (true), or only the rows that are not ok. */
  readonly allRows: boolean;
  /** The per-op-type chart in the why section (dropped first when the comment is too long). */
  readonly chart?: boolean;
}

export type SectionPart = (m: ModelReport, ctx: RenderContext, detail: SectionDetail) => string[];

/** The model's icon: none for an ok model when nothing is budgeted (there was nothing to pass). */
export function modelIcon(m: ModelReport, budgeted: boolean): string {
  return !budgeted && m.verdict === 'ok' ? '' : ICON[m.verdict];
}

/**
 * `renamed from <old>`, `modified, base <path>` (`diff` of two files), or the status word. `code`
 * renders a path in the surrounding syntax.
 */
export function statusText(m: ModelReport, code: (path: string) => string): string {
  const link = linkText(m, code);
  // The file stays; only its being a model of its own came or went.
  if (m.partOf !== undefined && m.status === 'deleted') return `now read as part of ${code(m.partOf)}${link}`;
  if (m.partOf !== undefined && m.status === 'added') return `no longer read as part of ${code(m.partOf)}${link}`;
  if (m.status === 'renamed' && m.previousPath) return `renamed from ${code(m.previousPath)}${link}`;
  return `${m.previousPath ? `${m.status}, base ${code(m.previousPath)}` : m.status}${link}`;
}

/**
 * Where a link leads, and where its base was read from when that was another file (baseLinkTo): a
 * link retargeted, a file replaced by a link, or a link by a file.
 */
function linkText(m: ModelReport, code: (path: string) => string): string {
  const base = m.baseLinkTo;
  const wasOwnFile = base !== undefined && base === (m.previousPath ?? m.path);
  if (m.linkTo !== undefined) {
    const was = base === undefined ? '' : wasOwnFile ? ' (was a file of its own)' : ` (was to ${code(base)})`;
    return `, link to ${code(m.linkTo)}${was}`;
  }
  return base === undefined || wasOwnFile ? '' : `, was a link to ${code(base)}`;
}

function summaryLine(m: ModelReport, ctx: RenderContext): string {
  const icon = modelIcon(m, ctx.budgeted);
  const name = m.name ? `<b>${htmlText(m.name)}</b> · ` : '';
  const open = m.verdict === 'error' ? ' open' : '';
  return `<details${open}><summary>${icon ? `${icon} ` : ''}${name}${htmlCode(m.path)} (${statusText(m, (p) => htmlCode(p))})</summary>`;
}

const headerPart: SectionPart = (m, ctx) => {
  const out: string[] = [];
  const url = ctx.links ? diffUrl(ctx.links, m.path) : null;
  if (url) out.push(`${mdLink(codeSpan(m.path), url)} in the diff`, '');
  if (m.shapes && m.shapes.length > 0) out.push(`<sub>Measured at ${shapesText(m.shapes)}</sub>`, '');
  if (m.warnings && m.warnings.length > 0) out.push(...m.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w, 400)}`), '');
  if (m.error) out.push(`${ICON[m.verdict === 'ok' ? 'warning' : m.verdict]} Could not measure this model: ${escapeMarkdown(m.error, 400)}`, '');
  return out;
};

const metricTablePart: SectionPart = (m, ctx, detail) => {
  const rows = detail.allRows || m.verdict !== 'error' ? m.rows : m.rows.filter((r) => r.status !== 'ok');
  if (rows.length === 0) return [];
  // Without any budget in the report, the Budget and Status columns would only hold dashes.
  const keep = ctx.budgeted ? 6 : 4;
  const deleted = m.status === 'deleted';
  const cells = rows.map((r) => {
    let budget = r.budget === null ? '—' : escapeMarkdown(r.budget);
    if (r.level === 'warning') budget += ' (warning)';
    if (r.level === 'off') budget += ' (off)';
    const status = r.budget === null && r.status === 'ok' ? '—' : ICON[r.status];
    return [
      METRIC_LABELS[r.metric],
      value(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable, r.binaryUnits),
      m.error && r.head === null ? 'not measured' : value(r.head, r.headLowerBound, r.unit, r.headNotAvailable, r.binaryUnits),
      change(r, deleted),
      budget,
      status,
    ].slice(0, keep);
  });
  return [table(['Metric', 'Base', 'Head', 'Change', 'Budget', 'Status'].slice(0, keep), ['---', '---:', '---:', '---:', '---', ':---:'].slice(0, keep), cells), ''];
};

const reasonsPart: SectionPart = (m) => {
  const reasons = m.rows.flatMap((r) => r.reasons.map((why) => `- ${ICON[r.status]} ${METRIC_LABELS[r.metric]}: ${escapeMarkdown(why, 400)}`));
  return reasons.length > 0 ? [...reasons, ''] : [];
};

/** Operating points, latency per device and cost formulas (points-format.ts). */
const pointsPart: SectionPart = (m) => renderPointDetails(m);

const notesPart: SectionPart = (m, _ctx, detail) => (detail.notes && m.notes.length > 0 ? [...m.notes.map((n) => `- ℹ️ ${escapeMarkdown(n, 400)}`), ''] : []);

const whyPart: SectionPart = (m, _ctx, detail) => (detail.why > 0 && m.why ? renderWhy(m.why, detail.why, m.status === 'added', detail.chart === true) : []);

/** The parts of a model section, in order. */
export const SECTION_PARTS: readonly SectionPart[] = [headerPart, metricTablePart, reasonsPart, pointsPart, notesPart, whyPart];

export function renderModelSection(m: ModelReport, ctx: RenderContext, detail: SectionDetail, parts: readonly SectionPart[] = SECTION_PARTS): string[] {
  return [summaryLine(m, ctx), '', ...parts.flatMap((p) => p(m, ctx, detail)), '</details>', ''];
}

/** At most 8 inputs, each escaped: `idx: 1x128 · mask: 1x128`. */
function shapesText(shapes: readonly string[]): string {
  const shown = shapes.slice(0, 8).map((t) => escapeMarkdown(t, 120));
  return `${shown.join(' · ')}${shapes.length > 8 ? ` · and ${shapes.length - 8} more` : ''}`;
}
