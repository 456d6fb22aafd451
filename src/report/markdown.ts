/**
 * The sticky PR comment (and job summary) for a GateReport. Layout:
 *   hidden marker, headline verdict, a summary line (counts, config and commits as links), the
 *   budget changes of the pull request, then an overview table (one row per model, by impact,
 *   with a totals row), the collapsed lists of models with nothing to look at, and one collapsed
 *   section per model (open when it breaks a budget, see model-section.ts), and a footer linking
 *   the workflow run.
 * Names from model files, paths or the report artifact are code spans (code-span.ts) or go
 * through escapeMarkdown. The comment must stay under GitHub's 65,536-character limit, the job
 * summary under the runner's 1 MiB (bytes of UTF-8: a CJK name is 3 bytes a character): when it
 * does not, details are trimmed first (why sections, then sections of ok models, ...), then the
 * links of the overview; every model keeps its overview row as long as the rows alone fit.
 */
import type { GateReport, ModelReport } from '../budget/types.js';
import { allRows } from '../budget/gate.js';
import { plural, withinChars } from './cells.js';
import { codeSpan } from './code-span.js';
import { escapeMarkdown, sanitizeCommentKey } from './escape.js';
import { blobUrl, checkLinks, commitUrl, mdLink, runUrl } from './links.js';
import type { LinkContext } from './links.js';
import { renderModelSection } from './model-section.js';
import type { RenderContext, SectionDetail } from './model-section.js';
import { changedModels, groupModels, noWeightsList, overviewTable, quietList, smallList, totalsCells } from './overview.js';
import type { Groups } from './overview.js';

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's job summary limit is 1 MiB per step, in bytes of the UTF-8 file the runner reads. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

export interface RenderOptions {
  /** Key of the sticky comment (several gates may run in one repository). Default `default`. */
  readonly commentKey?: string;
  /**
   * Upper bound on the output: UTF-16 code units for the comment (default 65,536 - 536 of margin),
   * UTF-8 bytes for the job summary (default 1 MiB - 1024).
   */
  readonly maxLength?: number;
  /** Title of the headline. Default `Model budget`. */
  readonly title?: string;
  /** The commit compared with (the merge base for pull requests), shown so readers know what the numbers are relative to. */
  readonly baseSha?: string | null;
  /** The head commit that was measured. */
  readonly headSha?: string | null;
  /** Server, repository, pull request and run, for links (checked before use; absent: no links). */
  readonly links?: LinkContext | null;
  /** Models whose every change is under this many percent are listed without detail (overrides the report's). */
  readonly minChange?: number;
}

export const DEFAULT_COMMENT_KEY = 'default';

/** The hidden first line the action finds its own comment by. */
export function commentMarker(commentKey: string = DEFAULT_COMMENT_KEY): string {
  return `<!-- model-budget:${sanitizeCommentKey(commentKey)} -->`;
}

/** The PR comment: marker line first, then the report, within `maxLength`. */
export function renderComment(report: GateReport, opts: RenderOptions = {}): string {
  const limit = opts.maxLength ?? GITHUB_COMMENT_LIMIT - 536;
  return `${commentMarker(opts.commentKey)}\n${renderWithin(report, opts, limit - commentMarker(opts.commentKey).length - 1, COMMENT_TRIM_NOTE, utf16Units)}`;
}

/** The job summary: the same markdown without the marker, within GitHub's summary limit. */
export function renderSummary(report: GateReport, opts: RenderOptions = {}): string {
  return renderWithin(report, opts, opts.maxLength ?? JOB_SUMMARY_LIMIT - 1024, SUMMARY_TRIM_NOTE, utf8Bytes);
}

/** GitHub counts a comment's length in characters; UTF-16 units are never fewer. */
const utf16Units = (text: string): number => text.length;
/** The runner reads the job summary file's bytes. */
const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The headline without its icon (a commit status's description): a headline without one
 * (`2 models measured, no budgets set`) is kept whole; cutting its first word read
 * `model changed, only 2 files with no weights` for `no model changed, ...`.
 */
export function headlineWithoutIcon(report: GateReport): string {
  return headline(report).replace(/^(?:❌|⚠️|✅) /u, '');
}

/** One-line verdict, e.g. `❌ 2 budgets exceeded`, `⚠️ 1 warning`, `✅ all models within budget`. */
export function headline(report: GateReport): string {
  const failed = report.models.flatMap((m) => allRows(m).filter((r) => r.status === 'error'));
  // A budget the head's numbers could not check fails too, but was not exceeded: said apart.
  const unchecked = failed.filter((r) => r.unchecked === true).length;
  const exceeded = failed.length - unchecked;
  // Points a model could not be measured at count like models here.
  const failedModels = report.violations - failed.length;
  if (!report.passed) {
    const parts: string[] = [];
    if (exceeded > 0) parts.push(`${exceeded} ${exceeded === 1 ? 'budget' : 'budgets'} exceeded`);
    if (unchecked > 0) parts.push(`${unchecked} ${unchecked === 1 ? 'budget' : 'budgets'} could not be checked`);
    if (failedModels > 0) parts.push(`${failedModels} ${failedModels === 1 ? 'model' : 'models'} could not be measured`);
    return `❌ ${parts.join(', ')}`;
  }
  const budgeted = hasBudgets(report);
  if (report.warnings > 0) return `⚠️ ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}${budgeted ? ', no budget exceeded' : ''}`;
  if (report.models.length === 0) return '✅ no model changed';
  // Files with no weights are no models: a pull request of only those measured nothing.
  const models = changedModels(report.models).length;
  const files = noWeightsFiles(report);
  if (files > 0 && models === 0) return `no model changed, only ${plural(files, 'file', 'files')} with no weights`;
  // Without a budget there is nothing to pass: a ✅ would read as approval of numbers nobody set limits for.
  if (!budgeted) return `${plural(models, 'model', 'models')} measured, ${hasIdleBudgets(report) ? 'no budget checked' : 'no budgets set'}`;
  return '✅ all models within budget';
}

/** Whether any row of any model is compared with a budget (no config, or no budgets in it: no verdict columns). */
export function hasBudgets(report: GateReport): boolean {
  return report.models.some((m) => allRows(m).some((r) => r.budget !== null));
}

/** Changed files with no weights (not models). */
function noWeightsFiles(report: GateReport): number {
  return report.models.filter((m) => m.status !== 'unchanged' && m.noWeights !== undefined).length;
}

/** Whether a config entry with budgets matched files with no weights (the budgets exist, nothing was checked). */
function hasIdleBudgets(report: GateReport): boolean {
  return report.models.some((m) => (m.uncheckedBudgets?.length ?? 0) > 0);
}

/** What to do when nothing is budgeted, shown instead of a verdict. */
export const HOW_TO_ADD_BUDGETS =
  "No budgets are set, so nothing is checked. To add some, give the models limits in .github/model-budget.yml, e.g. budgets: { params: { max: 25M }, flops: { max-increase: 2% } } (see the README's config reference).";

// ---------------------------------------------------------------------------------------------

/** How much to leave out; each step trims more. Every model keeps its overview row longest. */
interface Detail extends SectionDetail {
  /** Which models get a detail section. */
  readonly sections: 'all' | 'flagged' | 'breached' | 'none';
  /** Paths in the overview link to the diff. */
  readonly links: boolean;
  /** Characters the collapsed lists may use. */
  readonly listChars: number;
  /** Overview rows kept (the rest are counted). */
  readonly overviewRows: number;
}

const ALL = Number.POSITIVE_INFINITY;
const DETAIL_STEPS: readonly Detail[] = [
  { why: 10, chart: true, notes: true, allRows: true, sections: 'all', links: true, listChars: 20_000, overviewRows: ALL },
  { why: 10, notes: true, allRows: true, sections: 'all', links: true, listChars: 20_000, overviewRows: ALL },
  { why: 3, notes: true, allRows: true, sections: 'all', links: true, listChars: 20_000, overviewRows: ALL },
  { why: 0, notes: true, allRows: true, sections: 'all', links: true, listChars: 8_000, overviewRows: ALL },
  { why: 0, notes: true, allRows: true, sections: 'flagged', links: true, listChars: 8_000, overviewRows: ALL },
  { why: 0, notes: false, allRows: true, sections: 'breached', links: true, listChars: 4_000, overviewRows: ALL },
  { why: 0, notes: false, allRows: false, sections: 'breached', links: true, listChars: 4_000, overviewRows: ALL },
  { why: 0, notes: false, allRows: false, sections: 'none', links: true, listChars: 2_000, overviewRows: ALL },
  { why: 0, notes: false, allRows: false, sections: 'none', links: false, listChars: 1_000, overviewRows: ALL },
];

const COMMENT_TRIM_NOTE = 'Some details were left out to fit in a comment; the job summary and the JSON report have them all.';
const SUMMARY_TRIM_NOTE = 'Some details were left out to fit in the job summary; the JSON report has them all.';

/** The report with as much detail as fits in `limit`, as measured by `size`. */
function renderWithin(report: GateReport, opts: RenderOptions, limit: number, trimNote: string, size: (text: string) => number): string {
  const ctx: RenderContext = { budgeted: hasBudgets(report), links: checkLinks(opts.links) };
  const groups = groupModels(report.models, minChangeOf(report, opts));
  for (let i = 0; i < DETAIL_STEPS.length; i++) {
    const text = render(report, opts, ctx, groups, DETAIL_STEPS[i] as Detail, i > 0 ? trimNote : null);
    if (size(text) <= limit) return text;
  }
  // Even one row per model is too long: keep the most important rows, count the rest.
  const last = DETAIL_STEPS[DETAIL_STEPS.length - 1] as Detail;
  let kept = groups.shown.length;
  for (;;) {
    const text = render(report, opts, ctx, groups, { ...last, listChars: 500, overviewRows: kept }, trimNote);
    const length = size(text);
    if (length <= limit) return text;
    if (kept === 0) break;
    const over = length - limit;
    const avg = length / Math.max(kept, 1);
    kept = Math.max(0, kept - Math.max(1, Math.ceil(over / avg)));
  }
  return verdictOnly(report, opts, ctx, trimNote);
}

/**
 * The last resort, when even no overview row leaves room (a `maxLength` far below GitHub's): the
 * headline and the summary line, which hold no name longer than the config file's, so the
 * verdict is always posted.
 */
function verdictOnly(report: GateReport, opts: RenderOptions, ctx: RenderContext, trimNote: string): string {
  const title = escapeMarkdown(opts.title ?? 'Model budget', 100);
  return `### ${title}: ${headline(report)}\n\n${summaryLine(report, opts, ctx)}\n\n<sub>${trimNote}</sub>\n`;
}

/** The min-change of the render options, else the report's (config), else none. */
function minChangeOf(report: GateReport, opts: RenderOptions): number {
  const m = opts.minChange ?? report.minChange ?? 0;
  return Number.isFinite(m) && m > 0 ? m : 0;
}

function wantsSection(m: ModelReport, sections: Detail['sections']): boolean {
  if (sections === 'all') return true;
  if (sections === 'none') return false;
  return m.verdict === 'error' || (sections === 'flagged' && m.verdict === 'warning');
}

function render(report: GateReport, opts: RenderOptions, ctx: RenderContext, groups: Groups, detail: Detail, trimNote: string | null): string {
  const out: string[] = [];
  out.push(`### ${escapeMarkdown(opts.title ?? 'Model budget')}: ${headline(report)}`, '');
  out.push(summaryLine(report, opts, ctx), '');
  out.push(...configLines(report));
  if (!ctx.budgeted && changedModels(report.models).length > 0 && !hasIdleBudgets(report)) out.push(`<sub>${escapeMarkdown(HOW_TO_ADD_BUDGETS, 1000)}</sub>`, '');
  const { shown, small, quiet, noWeights } = groups;
  const rows = shown.slice(0, detail.overviewRows);
  const changed = changedModels(report.models);
  const total = changed.length >= 2 ? totalsCells(report.models) : null;
  if (rows.length > 0 || (total && shown.length > 0)) {
    out.push(overviewTable(rows, ctx, detail.links, total?.cells ?? null), '');
    if (rows.length < shown.length) out.push(`<sub>${shown.length - rows.length} more models left out of this table to fit; the job summary and the JSON report have them.</sub>`, '');
    if (total?.note) out.push(`<sub>${total.note}</sub>`, '');
  }
  const minChange = minChangeOf(report, opts);
  if (small.length > 0) out.push(...smallList(small, minChange, detail.listChars));
  if (quiet.length > 0) out.push(...quietList(quiet, detail.listChars));
  if (noWeights.length > 0) out.push(...noWeightsList(noWeights, report.models, detail.listChars));
  for (const m of rows) if (wantsSection(m, detail.sections)) out.push(...renderModelSection(m, ctx, detail));
  if (report.ignored.length > 0) out.push(`<sub>Ignored by the config: ${plural(report.ignored.length, 'model', 'models')}.</sub>`, '');
  if (trimNote) out.push(`<sub>${trimNote}</sub>`, '');
  const footer = footerLine(ctx);
  if (footer) out.push(footer, '');
  return `${out.join('\n').trimEnd()}\n`;
}

function footerLine(ctx: RenderContext): string | null {
  const url = ctx.links ? runUrl(ctx.links) : null;
  return url ? `<sub>${mdLink('Workflow run', url)} · model-budget</sub>` : null;
}

function summaryLine(report: GateReport, opts: RenderOptions, ctx: RenderContext): string {
  const files = noWeightsFiles(report);
  const changed = report.changedModels.length - files;
  const parts = [plural(changed, 'model', 'models') + ' changed'];
  if (files > 0) parts.push(`${plural(files, 'file', 'files')} with no weights`);
  if (ctx.budgeted) parts.push(plural(report.violations, 'violation', 'violations'));
  parts.push(plural(report.warnings, 'warning', 'warnings'));
  parts.push(report.configFile ? `budgets from ${configLink(report, opts, ctx)}` : 'no budget config');
  const commits = commitsText(opts, ctx);
  if (commits) parts.push(commits);
  return parts.join(' · ');
}

/** The config file as code, linked to it at the commit its budgets were read from. */
function configLink(report: GateReport, opts: RenderOptions, ctx: RenderContext): string {
  const file = report.configFile ?? '';
  const sha = report.configSource === 'base' ? opts.baseSha : opts.headSha;
  return mdLink(codeSpan(file), ctx.links && sha ? blobUrl(ctx.links, sha, file) : null);
}

/** Only a hex SHA is ever shown (as code, linked to the commit): anything else is dropped. */
function shortSha(sha: string | null | undefined, ctx: RenderContext): string | null {
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  return mdLink(`\`${sha.slice(0, 7).toLowerCase()}\``, ctx.links ? commitUrl(ctx.links, sha) : null);
}

function commitsText(opts: RenderOptions, ctx: RenderContext): string | null {
  const base = shortSha(opts.baseSha, ctx);
  const head = shortSha(opts.headSha, ctx);
  if (base && head) return `base ${base} → head ${head}`;
  if (head) return `head ${head}`;
  return null;
}

/** Budget changes shown before anything is trimmed: a relaxed budget must not go unnoticed. */
const MAX_LISTED_BUDGET_CHANGES = 20;
/**
 * Characters those lines may take. Their text comes from the configs (the head's is the pull
 * request's) or from a report artifact (`mode: publish`), and each field of 200 characters grows
 * sixfold as entities (`"` is `&quot;`): 20 such lines were 96,731 characters, a comment GitHub
 * refuses. Ordinary lines are under 150 characters, so 20 of them still fit.
 */
const MAX_BUDGET_CHANGE_CHARS = 8_000;

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
  const side = (v: string | null): string => (v === null ? '_not set_' : escapeMarkdown(v, 200));
  const lines = changes.slice(0, MAX_LISTED_BUDGET_CHANGES).map((c) => `- ${escapeMarkdown(c.scope, 200)}, ${escapeMarkdown(c.setting, 200)}: ${side(c.before)} → ${side(c.after)}`);
  const shown = withinChars(lines, MAX_BUDGET_CHANGE_CHARS);
  out.push(...shown);
  if (changes.length > shown.length) out.push(`- and ${changes.length - shown.length} more`);
  out.push('');
  return out;
}
