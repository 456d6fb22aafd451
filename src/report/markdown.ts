/**
 * The sticky PR comment (and job summary) for a GateReport. Layout:
 *   hidden marker, headline verdict, one table per model (metric | base | head | change | budget
 *   | status), reasons, and a collapsed "why" section naming the op types and nodes whose cost
 *   changed most.
 * Every name from a model file, a path or the report artifact goes through escapeMarkdown.
 * The comment must stay under GitHub's 65,536-character limit: when it does not, details are
 * trimmed first (why sections, then models within budget, then notes), never the rows that break
 * a budget.
 */
import { formatAmount, formatDelta, formatPercent, METRIC_LABELS } from '../budget/units.js';
import type { GateReport, MetricRow, ModelReport, NodeChange, OpTypeChange, Verdict, WhyReport } from '../budget/types.js';
import { allRows } from '../budget/gate.js';
import { escapeMarkdown, sanitizeCommentKey } from './escape.js';
import { nb, table } from './markdown-table.js';
import { renderPointDetails } from './points-format.js';

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's job summary limit is 1 MiB per step. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

export interface RenderOptions {
  /** Key of the sticky comment (several gates may run in one repository). Default `default`. */
  readonly commentKey?: string;
  /** Upper bound on the output length in UTF-16 code units. Default 65,536 - 536 of margin. */
  readonly maxLength?: number;
  /** Title of the headline. Default `Model budget`. */
  readonly title?: string;
  /** The commit compared with (the merge base for pull requests), shown so readers know what the numbers are relative to. */
  readonly baseSha?: string | null;
  /** The head commit that was measured. */
  readonly headSha?: string | null;
}

export const DEFAULT_COMMENT_KEY = 'default';

/** The hidden first line the action finds its own comment by. */
export function commentMarker(commentKey: string = DEFAULT_COMMENT_KEY): string {
  return `<!-- model-budget:${sanitizeCommentKey(commentKey)} -->`;
}

const ICON: Readonly<Record<Verdict, string>> = { ok: '✅', warning: '⚠️', error: '❌' };

/** The PR comment: marker line first, then the report, within `maxLength`. */
export function renderComment(report: GateReport, opts: RenderOptions = {}): string {
  const limit = opts.maxLength ?? GITHUB_COMMENT_LIMIT - 536;
  return `${commentMarker(opts.commentKey)}\n${renderWithin(report, opts, limit - commentMarker(opts.commentKey).length - 1, COMMENT_TRIM_NOTE)}`;
}

/** The job summary: the same markdown without the marker, within GitHub's summary limit. */
export function renderSummary(report: GateReport, opts: RenderOptions = {}): string {
  return renderWithin(report, opts, opts.maxLength ?? JOB_SUMMARY_LIMIT - 1024, SUMMARY_TRIM_NOTE);
}

/** One-line verdict, e.g. `❌ 2 budgets exceeded`, `⚠️ 1 warning`, `✅ all models within budget`. */
export function headline(report: GateReport): string {
  const exceeded = report.models.reduce((n, m) => n + allRows(m).filter((r) => r.status === 'error').length, 0);
  // Points a model could not be measured at count like models here.
  const failedModels = report.violations - exceeded;
  if (!report.passed) {
    const parts: string[] = [];
    if (exceeded > 0) parts.push(`${exceeded} ${exceeded === 1 ? 'budget' : 'budgets'} exceeded`);
    if (failedModels > 0) parts.push(`${failedModels} ${failedModels === 1 ? 'model' : 'models'} could not be measured`);
    return `❌ ${parts.join(', ')}`;
  }
  const budgeted = hasBudgets(report);
  if (report.warnings > 0) return `⚠️ ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}${budgeted ? ', no budget exceeded' : ''}`;
  if (report.models.length === 0) return '✅ no model changed';
  // Without a budget there is nothing to pass: a ✅ would read as approval of numbers nobody set limits for.
  if (!budgeted) return `${report.changedModels.length} ${report.changedModels.length === 1 ? 'model' : 'models'} measured, no budgets set`;
  return '✅ all models within budget';
}

/** Whether any row of any model is compared with a budget (no config, or no budgets in it: no verdict columns). */
export function hasBudgets(report: GateReport): boolean {
  return report.models.some((m) => allRows(m).some((r) => r.budget !== null));
}

/** What to do when nothing is budgeted, shown instead of a verdict. */
export const HOW_TO_ADD_BUDGETS =
  "No budgets are set, so nothing is checked. To add some, give the models limits in .github/model-budget.yml, e.g. budgets: { params: { max: 25M }, flops: { max-increase: 2% } } (see the README's config reference).";

// ---------------------------------------------------------------------------------------------

/** How much to leave out; each step trims more, and never touches the breached rows. */
interface Detail {
  /** Entries per why table; 0 drops the why sections. */
  readonly why: number;
  /** Models with verdict ok shown as full tables (false: one collapsed line). */
  readonly okTables: boolean;
  /** Warning models shown as full tables. */
  readonly warningTables: boolean;
  /** Notes under each model. */
  readonly notes: boolean;
  /** Breached models: all rows (true) or only the rows that are not ok. */
  readonly allRowsOfBreached: boolean;
  /** Characters the collapsed model lists may use. */
  readonly listChars: number;
}

const DETAIL_STEPS: readonly Detail[] = [
  { why: 10, okTables: true, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 20_000 },
  { why: 3, okTables: true, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 20_000 },
  { why: 0, okTables: true, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 20_000 },
  { why: 0, okTables: false, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 8_000 },
  { why: 0, okTables: false, warningTables: true, notes: false, allRowsOfBreached: true, listChars: 4_000 },
  { why: 0, okTables: false, warningTables: false, notes: false, allRowsOfBreached: true, listChars: 2_000 },
  { why: 0, okTables: false, warningTables: false, notes: false, allRowsOfBreached: false, listChars: 1_000 },
];

const COMMENT_TRIM_NOTE = 'Some details were left out to fit in a comment; the job summary and the JSON report have them all.';
const SUMMARY_TRIM_NOTE = 'Some details were left out to fit in the job summary; the JSON report has them all.';

function renderWithin(report: GateReport, opts: RenderOptions, limit: number, trimNote: string): string {
  for (let i = 0; i < DETAIL_STEPS.length; i++) {
    const text = render(report, opts, DETAIL_STEPS[i] as Detail, i > 0 ? trimNote : null);
    if (text.length <= limit) return text;
  }
  return renderViolationsOnly(report, opts, limit, trimNote);
}

function render(report: GateReport, opts: RenderOptions, detail: Detail, trimNote: string | null): string {
  const out: string[] = [];
  out.push(`### ${escapeMarkdown(opts.title ?? 'Model budget')}: ${headline(report)}`, '');
  out.push(summaryLine(report, opts), '');
  out.push(...configLines(report));
  const budgeted = hasBudgets(report);
  if (!budgeted && report.models.length > 0) out.push(`<sub>${escapeMarkdown(HOW_TO_ADD_BUDGETS, 1000)}</sub>`, '');
  const collapsedOk: ModelReport[] = [];
  const unchanged: ModelReport[] = [];
  for (const m of report.models) {
    if (m.verdict === 'ok' && m.status === 'unchanged') {
      unchanged.push(m);
      continue;
    }
    const full = m.verdict === 'error' || (m.verdict === 'warning' ? detail.warningTables : detail.okTables);
    if (!full) {
      collapsedOk.push(m);
      continue;
    }
    out.push(...renderModel(m, detail, budgeted));
  }
  if (collapsedOk.length > 0) {
    const warned = collapsedOk.filter((m) => m.verdict === 'warning');
    const ok = collapsedOk.filter((m) => m.verdict === 'ok');
    if (warned.length > 0) out.push(`⚠️ **With warnings (${warned.length}):** ${pathList(warned, detail.listChars)}`, '');
    if (ok.length > 0) out.push(`✅ **Within budget (${ok.length}):** ${pathList(ok, detail.listChars)}`, '');
  }
  if (unchanged.length > 0) out.push(`**Unchanged (${unchanged.length}):** ${pathList(unchanged, detail.listChars)}`, '');
  if (report.ignored.length > 0) out.push(`<sub>Ignored by the config: ${report.ignored.length} ${report.ignored.length === 1 ? 'model' : 'models'}.</sub>`, '');
  if (trimNote) out.push(`<sub>${trimNote}</sub>`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

function summaryLine(report: GateReport, opts: RenderOptions): string {
  const changed = report.changedModels.length;
  const parts = [`${changed} ${changed === 1 ? 'model' : 'models'} changed`];
  if (hasBudgets(report)) parts.push(`${report.violations} ${report.violations === 1 ? 'violation' : 'violations'}`);
  parts.push(`${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}`);
  parts.push(report.configFile ? `budgets from ${escapeMarkdown(report.configFile)}` : 'no budget config');
  const commits = commitsText(opts);
  if (commits) parts.push(commits);
  return parts.join(' · ');
}

/** Only a hex SHA is ever put in a code span: anything else is dropped, never rendered. */
function shortSha(sha: string | null | undefined): string | null {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7).toLowerCase()}\`` : null;
}

function commitsText(opts: RenderOptions): string | null {
  const base = shortSha(opts.baseSha);
  const head = shortSha(opts.headSha);
  if (base && head) return `base ${base} → head ${head}`;
  if (head) return `head ${head}`;
  return null;
}

function modelTitle(m: ModelReport, budgeted: boolean): string {
  const path = escapeMarkdown(m.path);
  const name = m.name ? `**${escapeMarkdown(m.name)}** · ` : '';
  let status: string = m.status;
  if (m.status === 'renamed' && m.previousPath) status = `renamed from ${escapeMarkdown(m.previousPath)}`;
  // Nothing budgeted: an ok model gets no ✅ (there was nothing to pass).
  const icon = !budgeted && m.verdict === 'ok' ? '' : `${ICON[m.verdict]} `;
  return `#### ${icon}${name}${path} (${status})`;
}

function renderModel(m: ModelReport, detail: Detail, budgeted: boolean): string[] {
  const out = [modelTitle(m, budgeted), ''];
  if (m.shapes && m.shapes.length > 0) out.push(`<sub>Measured at ${shapesText(m.shapes)}</sub>`, '');
  if (m.warnings && m.warnings.length > 0) out.push(...m.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w, 400)}`), '');
  if (m.error) out.push(`${ICON[m.verdict === 'ok' ? 'warning' : m.verdict]} Could not measure this model: ${escapeMarkdown(m.error, 400)}`, '');
  const rows = detail.allRowsOfBreached || m.verdict !== 'error' ? m.rows : m.rows.filter((r) => r.status !== 'ok');
  if (rows.length > 0) {
    // Without any budget in the report, the Budget and Status columns would only hold dashes.
    const keep = budgeted ? 6 : 4;
    out.push(
      table(
        ['Metric', 'Base', 'Head', 'Change', 'Budget', 'Status'].slice(0, keep),
        ['---', '---:', '---:', '---:', '---', ':---:'].slice(0, keep),
        rows.map((r) => metricCells(r, m.status === 'deleted').slice(0, keep)),
      ),
      '',
    );
  }
  const reasons = m.rows.flatMap((r) => r.reasons.map((why) => `- ${ICON[r.status]} ${METRIC_LABELS[r.metric]}: ${escapeMarkdown(why, 400)}`));
  if (reasons.length > 0) out.push(...reasons, '');
  out.push(...renderPointDetails(m));
  if (detail.notes && m.notes.length > 0) out.push(...m.notes.map((n) => `- ℹ️ ${escapeMarkdown(n, 400)}`), '');
  if (detail.why > 0 && m.why) out.push(...renderWhy(m.why, detail.why));
  return out;
}

/** At most 8 inputs, each escaped: `idx: 1x128 · mask: 1x128`. */
function shapesText(shapes: readonly string[]): string {
  const shown = shapes.slice(0, 8).map((t) => escapeMarkdown(t, 120));
  return `${shown.join(' · ')}${shapes.length > 8 ? ` · and ${shapes.length - 8} more` : ''}`;
}


function value(v: number | null, lowerBound: boolean, unit: MetricRow['unit'], notAvailable = false, binary = false): string {
  if (v === null) return notAvailable ? 'n/a' : '—';
  return nb(`${lowerBound ? '≥' : ''}${formatAmount(v, unit, { binary })}`);
}

function change(r: MetricRow, deleted: boolean): string {
  if (r.isNew && r.head !== null) return 'new';
  if (deleted) return 'removed';
  if (r.delta === null) return '—';
  if (r.delta === 0) return '±0';
  const pct = r.pct === null ? '' : ` (${formatPercent(r.pct)})`;
  return `${nb(formatDelta(r.delta, r.unit, { binary: r.binaryUnits === true }))}${pct}`;
}

function metricCells(r: MetricRow, deleted: boolean): string[] {
  let budget = r.budget === null ? '—' : escapeMarkdown(r.budget);
  if (r.level === 'warning') budget += ' (warning)';
  if (r.level === 'off') budget += ' (off)';
  const status = r.budget === null && r.status === 'ok' ? '—' : ICON[r.status];
  return [
    METRIC_LABELS[r.metric],
    value(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable, r.binaryUnits),
    value(r.head, r.headLowerBound, r.unit, r.headNotAvailable, r.binaryUnits),
    change(r, deleted),
    budget,
    status,
  ];
}

function renderWhy(why: WhyReport, limit: number): string[] {
  const out = ['<details><summary>Why the cost changed</summary>', ''];
  const opTypes = why.opTypes.slice(0, limit);
  if (opTypes.length > 0) {
    const costs = opTypes.some((o) => o.flopsDelta !== null);
    const header = costs ? ['Op type', 'Count', 'FLOPs', 'MACs', 'Memory access'] : ['Op type', 'Count'];
    const align = costs ? ['---', '---:', '---:', '---:', '---:'] : ['---', '---:'];
    out.push(table(header, align, opTypes.map((o) => opTypeCells(o, costs))), '');
    if (why.opTypesChanged > opTypes.length) out.push(`<sub>${why.opTypesChanged - opTypes.length} more op types changed.</sub>`, '');
  }
  const modules = (why.modules ?? []).slice(0, limit);
  if (modules.length > 0) {
    out.push(table(['Module', 'Base params', 'Head params', 'Change'], ['---', '---:', '---:', '---:'],
      modules.map((m) => [escapeMarkdown(m.name), formatAmount(m.baseParams, 'count'), formatAmount(m.headParams, 'count'), formatDelta(m.headParams - m.baseParams, 'count')])), '');
    const more = (why.modulesChanged ?? 0) - modules.length;
    if (more > 0) out.push(`<sub>${more} more modules changed.</sub>`, '');
  }
  const nodes = why.nodes.slice(0, limit);
  if (nodes.length > 0) {
    out.push(table(['Node', 'Op type', 'Change', 'FLOPs', 'MACs', 'Memory access'], ['---', '---', '---', '---:', '---:', '---:'], nodes.map(nodeCells)), '');
    if (why.nodesChanged > nodes.length) out.push(`<sub>${why.nodesChanged - nodes.length} more nodes changed.</sub>`, '');
  }
  out.push('</details>', '');
  return out;
}

function opName(opType: string, domain: string): string {
  const d = domain && domain !== 'ai.onnx' ? `${domain}:` : '';
  return escapeMarkdown(`${d}${opType}`);
}

function opTypeCells(o: OpTypeChange, costs: boolean): string[] {
  const count = o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} → ${o.headCount}`;
  const cells = [opName(o.opType, o.domain), count];
  if (costs) cells.push(deltaCell(o.flopsDelta, 'count'), deltaCell(o.macsDelta, 'count'), deltaCell(o.memoryBytesDelta, 'bytes'));
  return cells;
}

function nodeCells(n: NodeChange): string[] {
  const name = n.scope ? `${n.scope}/${n.name}` : n.name;
  return [
    name ? escapeMarkdown(name) : '(unnamed)',
    escapeMarkdown(n.opType),
    n.change,
    deltaCell(n.flopsDelta, 'count'),
    deltaCell(n.macsDelta, 'count'),
    deltaCell(n.memoryBytesDelta, 'bytes'),
  ];
}

function deltaCell(d: number | null, unit: MetricRow['unit']): string {
  return d === null ? '—' : nb(formatDelta(d, unit));
}


/** Comma-separated escaped paths, cut to `maxChars` with "and N more". */
function pathList(models: readonly ModelReport[], maxChars: number): string {
  const parts: string[] = [];
  let used = 0;
  for (let i = 0; i < models.length; i++) {
    const m = models[i] as ModelReport;
    const item = escapeMarkdown(m.path);
    if (used + item.length + 2 > maxChars && parts.length > 0) {
      parts.push(`and ${models.length - i} more`);
      break;
    }
    parts.push(item);
    used += item.length + 2;
  }
  return parts.join(', ');
}

/** Budget changes shown before anything is trimmed: a relaxed budget must not go unnoticed. */
const MAX_LISTED_BUDGET_CHANGES = 20;

/**
 * Where the budgets came from when that needs saying, and every budget the pull request changes
 * (old -> new), so a reviewer sees a relaxed budget.
 */
function configLines(report: GateReport): string[] {
  const out: string[] = [];
  if (report.configNote) out.push(`ℹ️ ${escapeMarkdown(report.configNote, 400)}`, '');
  const changes = report.budgetChanges;
  if (changes.length === 0) return out;
  const applies = report.configSource === 'head'
    ? 'this report applies them (config-from: head)'
    : "this report applies the base branch's budgets; the new ones apply once it is merged";
  out.push(`**Budgets changed in this pull request** (${applies}):`, '');
  const shown = changes.slice(0, MAX_LISTED_BUDGET_CHANGES);
  const side = (v: string | null): string => (v === null ? '_not set_' : escapeMarkdown(v, 200));
  for (const c of shown) out.push(`- ${escapeMarkdown(c.scope, 200)}, ${escapeMarkdown(c.setting, 200)}: ${side(c.before)} → ${side(c.after)}`);
  if (changes.length > shown.length) out.push(`- and ${changes.length - shown.length} more`);
  out.push('');
  return out;
}

/**
 * Last resort when even the breached rows of every model do not fit: one table of violations,
 * cut at the limit with a count of what was left out.
 */
function renderViolationsOnly(report: GateReport, opts: RenderOptions, limit: number, trimNote: string): string {
  const head = [`### ${escapeMarkdown(opts.title ?? 'Model budget')}: ${headline(report)}`, '', summaryLine(report, opts), '', ...configLines(report)];
  const rows: string[][] = [];
  for (const m of report.models) {
    if (m.error && m.verdict !== 'ok') rows.push([escapeMarkdown(m.path), '—', '—', `could not be measured: ${escapeMarkdown(m.error, 120)}`, ICON[m.verdict]]);
    for (const w of m.warnings ?? []) rows.push([escapeMarkdown(m.path), '—', '—', escapeMarkdown(w, 160), ICON.warning]);
    for (const r of m.rows) {
      if (r.status === 'ok') continue;
      rows.push([escapeMarkdown(m.path), METRIC_LABELS[r.metric], value(r.head, r.headLowerBound, r.unit), escapeMarkdown(r.budget ?? '—'), ICON[r.status]]);
    }
  }
  const tail = (n: number) => `\n<sub>${n} more violations and warnings left out. ${trimNote}</sub>\n`;
  let kept = rows.length;
  let text = '';
  for (;;) {
    text = `${head.join('\n')}\n${table(['Model', 'Metric', 'Head', 'Budget', 'Status'], ['---', '---', '---:', '---', ':---:'], rows.slice(0, kept))}\n${kept < rows.length ? tail(rows.length - kept) : ''}`;
    if (text.length <= limit || kept === 0) return text;
    // Drop rows in proportion to the overshoot, at least one.
    const over = text.length - limit;
    const avg = text.length / Math.max(kept, 1);
    kept = Math.max(0, kept - Math.max(1, Math.ceil(over / avg)));
  }
}
