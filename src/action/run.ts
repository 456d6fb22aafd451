/**
 * The action: read inputs and the event, run the gate (or publish a report produced by another
 * run), then write outputs, the job summary, annotations, the sticky comment and the verdict.
 * main.ts only calls run(); everything here goes through @actions/core and src/io.
 */
import * as core from '@actions/core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pointsOutput } from '../budget/points.js';
import { formatLimitPercent } from '../budget/units.js';
import type { GateReport, LatencyRow, MetricRow } from '../budget/types.js';
import { ConfigError, internalErrorLine, InternalError, ModelBudgetError } from '../graph/errors.js';
import { escapeMarkdown, headline, headlineWithoutIcon, renderComment, renderSummary, verdictLine } from '../report/index.js';
import type { LinkContext } from '../report/index.js';
import { eventHeadSha, isPullRequestEvent } from '../io/baseline.js';
import { mergeShardFiles } from '../io/shard-reports.js';
import { ProfileCache } from '../io/profile-cache.js';
import type { ShardSpec } from '../budget/shard.js';
import type { Baseline, EventInfo } from '../io/baseline.js';
import { StickyComment, tokenAuthorship, commentMarker } from '../io/comments.js';
import { isSha } from '../io/git.js';
import { GitHubApiError, GitHubClient, graphqlUrlFor } from '../io/github.js';
import { readGateReport, writeReportFile } from '../io/report-file.js';
import { directoryComparison, pullRequestComparison, runGate as runPipeline } from '../io/pipeline.js';
import type { ProfileFn } from '../io/pipeline.js';
import { InputError, readInputs } from './inputs.js';
import { debug, error, fail, info, warning } from './log.js';
import type { ActionInputs } from './inputs.js';

const log = info;

function readEvent(): EventInfo {
  const path = process.env['GITHUB_EVENT_PATH'];
  let payload: Record<string, unknown> = {};
  if (path && existsSync(path)) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new InputError(`cannot read the event payload ${path}: ${(e as Error).message}`);
    }
  }
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  return {
    eventName: process.env['GITHUB_EVENT_NAME'] ?? '',
    repo: owner && repo ? { owner, repo } : null,
    payload,
    sha: process.env['GITHUB_SHA'] ?? '',
  };
}

function makeClient(inputs: ActionInputs): GitHubClient | null {
  if (!inputs.token) return null;
  const apiUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com';
  const graphqlUrl = process.env['GITHUB_GRAPHQL_URL'] || graphqlUrlFor(apiUrl);
  // Retries that end well are not worth a warning annotation; a final failure throws.
  return new GitHubClient(inputs.token, apiUrl, graphqlUrl, { log });
}

interface GateOutcome {
  readonly report: GateReport;
  readonly baseline: Baseline | null;
}

/** Test seams: the profiler can be replaced to check how a bug in it is reported. */
export interface RunDeps {
  readonly profile?: ProfileFn;
}

async function runGate(inputs: ActionInputs, event: EventInfo, client: GitHubClient | null, workDir: string, deps: RunDeps): Promise<GateOutcome> {
  const comparison = inputs.headPath
    ? await directoryComparison(workDir, inputs.basePath, inputs.headPath)
    : await pullRequestComparison(workDir, event, { baseRef: inputs.baseRef, headSha: inputs.headSha, prNumber: inputs.prNumber }, client, log);
  if (inputs.headPath) log(`Comparing directories: base ${inputs.basePath}, head ${inputs.headPath}`);
  const { report } = await runPipeline(comparison, {
    config: { ...(inputs.config !== undefined ? { file: inputs.config } : {}), from: inputs.configFrom, label: "input 'config'" },
    models: inputs.models,
    lfs: inputs.lfs,
    log,
    warn: (m) => warning(m),
    ...(deps.profile ? { profile: deps.profile } : {}),
    ...(inputs.minChange !== undefined ? { minChange: inputs.minChange } : {}),
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    ...(inputs.cacheDir ? { cache: new ProfileCache(resolve(workDir, inputs.cacheDir), debug) } : {}),
    jobs: inputs.jobs,
    progress: log,
  });
  return { report, baseline: comparison.baseline };
}

/**
 * Where the comment's links point: the runner's server, repository and run (checked again by the
 * report code before any goes into a URL), and the pull request for diff links.
 */
function linkContext(prNumber: number | null): LinkContext | null {
  const repository = process.env['GITHUB_REPOSITORY'];
  if (!repository) return null;
  return { serverUrl: process.env['GITHUB_SERVER_URL'] || 'https://github.com', repository, pullNumber: prNumber, runId: process.env['GITHUB_RUN_ID'] ?? null };
}

/** The pull request this run belongs to: the pr-number input, else the pull_request payload. */
function prNumberOf(event: EventInfo, inputs: ActionInputs): number | null {
  if (inputs.prNumber !== null) return inputs.prNumber;
  const pr = event.payload['pull_request'] as { number?: unknown } | undefined;
  return isPullRequestEvent(event.eventName) && typeof pr?.number === 'number' ? pr.number : null;
}

/** Each breach (or unmeasurable model) as one line, for setFailed and annotations. */
export interface Finding {
  /**
   * breach: over budget; unchecked: a budget the head's numbers cannot check; unmeasured: the
   * model's own error; warning: a doubt about the numbers that breaks no budget (an unbound dim).
   */
  readonly kind: 'breach' | 'unchecked' | 'unmeasured' | 'warning';
  readonly file: string;
  readonly message: string;
}

/** The findings at one level: one annotation each, and the failure line (exported for its test). */
export function findings(report: GateReport, level: 'error' | 'warning'): Finding[] {
  const out: Finding[] = [];
  // Every row the report counts (gate.ts allRows): a breach only at an operating point or only of
  // latency was in the counts but no finding, so `fail-on: warning` passed the step over it.
  const rowFindings = (file: string, rows: readonly MetricRow[], latency: readonly LatencyRow[], at: string): void => {
    for (const r of rows) {
      if (r.status !== level) continue;
      // One finding per breached budget (a row), even when both its limits are exceeded.
      const why = r.reasons.length ? r.reasons.join('; ') : `over budget ${r.budget ?? ''}`.trim();
      out.push({ kind: r.unchecked ? 'unchecked' : 'breach', file, message: `${file}: ${r.metric}${at}: ${why}` });
    }
    for (const r of latency) {
      if (r.status !== level) continue;
      const why = r.reasons.length ? r.reasons.join('; ') : `over budget ${r.budget ?? ''}`.trim();
      out.push({ kind: r.unchecked ? 'unchecked' : 'breach', file, message: `${file}: latency${at}: ${why}` });
    }
  };
  for (const m of report.models) {
    rowFindings(m.path, m.rows, m.latency ?? [], '');
    // Counted as warnings (gate.ts countFindings), so `fail-on: warning` fails on them too.
    if (level === 'warning') {
      for (const w of m.warnings ?? []) out.push({ kind: 'warning', file: m.path, message: w.startsWith(m.path) ? w : `${m.path}: ${w}` });
    }
    // The error itself, once, at the level it counts at (never at level off, where only its
    // unchecked budgets' rows count): those rows only say they were not checked.
    if (m.error && (m.errorVerdict ?? m.verdict) === level) {
      out.push({ kind: 'unmeasured', file: m.path, message: m.error.startsWith(m.path) ? m.error : `${m.path}: ${m.error}` });
    }
    for (const p of m.points ?? []) {
      rowFindings(m.path, p.rows, p.latency, ` at ${p.name}`);
      // A point the head could not be measured at, when the model could (else its error said it):
      // counted at the default level (countFindings), which the point's verdict is when no row is stricter.
      if (!m.error && p.error && p.verdict === level) {
        out.push({ kind: 'unmeasured', file: m.path, message: `${p.error.startsWith(m.path) ? p.error : `${m.path}: ${p.error}`} (at ${p.name})` });
      }
    }
  }
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const FORK_HINT =
  'The token cannot write pull request comments (read-only GITHUB_TOKEN: a pull request from a fork, or Dependabot). ' +
  'The report is in the job summary. To comment on such pull requests, run this action with `mode: report` here and ' +
  '`mode: publish` in a workflow_run workflow (see the README, "Pull requests from forks").';

async function publishComment(
  inputs: ActionInputs,
  client: GitHubClient | null,
  repo: EventInfo['repo'],
  prNumber: number | null,
  report: GateReport,
  body: string,
): Promise<number | null> {
  if (inputs.comment === 'never') return null;
  if (!client || !repo || prNumber === null) {
    if (prNumber === null) log('No pull request for this run: no comment');
    else log('No github-token: no comment');
    return null;
  }
  const wanted =
    inputs.comment === 'always' ||
    (inputs.comment === 'on-change' && report.models.length > 0) ||
    (inputs.comment === 'on-violation' && (report.violations > 0 || report.warnings > 0));
  try {
    const author = await tokenAuthorship(client, log);
    const sticky = new StickyComment(client, repo, prNumber, inputs.commentKey, author, log);
    if (wanted) {
      const r = await sticky.upsert(body);
      if (r.id === null) {
        warning(`GitHub's API answered the comment's POST without a comment id, and the pull request's comments do not show it: the comment-id output is left empty`);
        return null;
      }
      log(`Comment ${r.id}: ${r.action}`);
      return r.id;
    }
    const note = `${commentMarker(inputs.commentKey)}\n**Model budget**: ${headline(report)}. This earlier report is outdated.`;
    const r = await sticky.clean(inputs.onClean, body, note);
    if (r.action !== 'none') log(`Earlier comment: ${r.action} (on-clean: ${inputs.onClean})`);
    return r.id;
  } catch (e) {
    // A rate limit (403 or 429) is not about the token's permissions: the fork hint would mislead,
    // and like a token that may not comment it costs the comment, not the verdict.
    if (e instanceof GitHubApiError && e.rateLimited) {
      warning(`GitHub's API rate limit stopped the comment: no comment this run; the report is in the job summary. (${e.message})`);
      return null;
    }
    if (e instanceof GitHubApiError && e.status === 403) {
      warning(`${FORK_HINT} (${e.message})`);
      return null;
    }
    // A pull request the token cannot see (another repository, a private fork, a deleted PR):
    // like a 403, the report stays in the job summary and the run is not failed for it.
    if (e instanceof GitHubApiError && e.status === 404) {
      warning(`The token cannot see pull request #${prNumber} or its comments (HTTP 404): no comment; the report is in the job summary. Check pr-number and that the token can read this repository's pull requests. (${e.message})`);
      return null;
    }
    throw e;
  }
}

function writeOutputs(report: GateReport, body: string, reportPath: string, baseSha: string | null): void {
  core.setOutput('passed', String(report.passed));
  core.setOutput('violations', String(report.violations));
  core.setOutput('warnings', String(report.warnings));
  core.setOutput('changed-models', JSON.stringify(report.changedModels));
  core.setOutput('points', JSON.stringify(pointsOutput(report.models)));
  core.setOutput('base-sha', baseSha ?? '');
  core.setOutput('report-json', reportPath);
  core.setOutput('comment-body', body);
}

/** The report JSON at `path`; inside the workspace (the pull request's checkout), never through a link it holds. */
async function writeReport(path: string, report: GateReport): Promise<void> {
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
  await writeReportFile(path, path, `${JSON.stringify(report, null, 2)}\n`, { within: workspace });
}

function annotate(inputs: ActionInputs, report: GateReport): void {
  if (!inputs.annotations) return;
  const title = (f: Finding, breach: string): string =>
    f.kind === 'breach' ? breach : f.kind === 'unchecked' ? 'Model budget not checked' : f.kind === 'warning' ? 'Model budget warning' : 'Model not measured';
  for (const f of findings(report, 'error')) error(f.message, { title: title(f, 'Model budget exceeded'), file: f.file });
  for (const f of findings(report, 'warning')) warning(f.message, { title: title(f, 'Model budget warning'), file: f.file });
}

function verdict(inputs: ActionInputs, report: GateReport): void {
  const errors = findings(report, 'error');
  const failing = inputs.failOn === 'never' ? [] : inputs.failOn === 'warning' ? [...errors, ...findings(report, 'warning')] : errors;
  if (failing.length === 0) {
    // Defensive: the report says failed but no row or model explains it.
    if (!report.passed && inputs.failOn !== 'never') fail(`model-budget: ${headline(report)}`);
    return;
  }
  fail(failureLine(failing));
}

/** The step's failure: the counts, then the first findings (exported for its test). */
export function failureLine(failing: readonly Finding[]): string {
  const count = (kind: Finding['kind']): number => failing.filter((f) => f.kind === kind).length;
  const breaches = count('breach');
  const unchecked = count('unchecked');
  const unmeasured = count('unmeasured');
  const warnings = count('warning');
  const counts = [
    ...(breaches ? [plural(breaches, 'budget breach', 'budget breaches')] : []),
    ...(unchecked ? [plural(unchecked, 'budget could not be checked', 'budgets could not be checked')] : []),
    ...(unmeasured ? [plural(unmeasured, 'model could not be measured', 'models could not be measured')] : []),
    ...(warnings ? [plural(warnings, 'warning', 'warnings')] : []),
  ];
  const listed = failing.slice(0, MAX_FAILURE_FINDINGS).map((f) => f.message);
  const more = failing.length - listed.length;
  return `model-budget: ${counts.join(', ')}: ${listed.join('; ')}${more > 0 ? `; and ${more} more (the annotations and the job summary list them)` : ''}`;
}

/**
 * Findings named in the step's failure line. It is one log line and one annotation: with a
 * thousand breaches it was 44,000 characters and more that nobody reads, where the count is what counts.
 */
const MAX_FAILURE_FINDINGS = 10;

async function summary(inputs: ActionInputs, markdown: string): Promise<void> {
  if (!inputs.jobSummary || !process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}

/**
 * The job summary is written on every run: when the gate cannot run at all (bad config, bad
 * input, API failure), the summary says so instead of staying empty.
 */
async function failureSummary(message: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY'] || /^(false|no|off|0)$/i.test(core.getInput('job-summary').trim())) return;
  try {
    await core.summary.addRaw(`### Model budget: ❌ the action failed\n\n${escapeMarkdown(message, 2000)}\n`, true).write();
  } catch {
    // The failure itself is already reported by setFailed; a summary that cannot be written adds nothing.
  }
}

function defaultReportPath(workDir: string): string {
  return join(process.env['RUNNER_TEMP'] || workDir, 'model-budget-report.json');
}

interface WorkflowRunInfo {
  readonly head_sha?: string;
  readonly head_branch?: string;
  readonly head_repository?: { readonly owner?: { readonly login?: string } };
  readonly pull_requests?: Array<{ number?: number }>;
}

type PullSummary = { number: number; state?: string; head?: { sha?: string } };

/** Open pull requests searched for a head SHA (bounded: a repository with more open PRs is rare). */
const MAX_OPEN_PULLS_SCANNED = 1000;

/**
 * The pull request whose head is `sha`. GitHub leaves workflow_run.pull_requests empty for pull
 * requests from forks, and GET commits/{sha}/pulls does not know a commit that lives in a fork,
 * so the open pull requests from the run's head repository and branch are searched next, then
 * all open pull requests.
 */
async function findPrForCommit(client: GitHubClient, repo: NonNullable<EventInfo['repo']>, sha: string, run: WorkflowRunInfo | undefined): Promise<number | null> {
  let prs: PullSummary[] = [];
  try {
    const r = await client.request<PullSummary[]>('GET', `/repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`);
    prs = Array.isArray(r.data) ? r.data : [];
  } catch (e) {
    if (!(e instanceof GitHubApiError && (e.status === 404 || e.status === 422))) throw e;
  }
  const best = prs.find((p) => p.state === 'open' && p.head?.sha === sha) ?? prs.find((p) => p.state === 'open') ?? prs[0];
  if (best) return best.number;
  const owner = run?.head_repository?.owner?.login;
  const branch = run?.head_branch;
  const queries = owner && branch ? [`?state=open&head=${encodeURIComponent(`${owner}:${branch}`)}`, '?state=open'] : ['?state=open'];
  for (const q of queries) {
    const { items } = await client.paginate<PullSummary>(`/repos/${repo.owner}/${repo.repo}/pulls${q}`, MAX_OPEN_PULLS_SCANNED);
    const hit = items.find((p) => p.head?.sha === sha);
    if (hit) {
      log(`Pull request #${hit.number} found by its head commit (a fork's pull request is not linked to the workflow run)`);
      return hit.number;
    }
  }
  return null;
}

async function publish(inputs: ActionInputs, event: EventInfo, client: GitHubClient | null, workDir: string): Promise<void> {
  if (!inputs.reportPath) throw new InputError("mode 'publish' needs the report-path input (the JSON written by mode 'report')");
  // The report may come from an untrusted pull-request run: capped, validated, rendered by us.
  const path = resolve(workDir, inputs.reportPath);
  const report = await readGateReport(path, inputs.reportPath);
  if (report.shard) throw new InputError(`report-path ${JSON.stringify(inputs.reportPath)}: a partial report (shard ${report.shard.index}/${report.shard.count}); merge the shards with mode: merge`);
  const run = event.payload['workflow_run'] as WorkflowRunInfo | undefined;
  const headSha = inputs.headSha || run?.head_sha || '';
  const prNumber = client && event.repo && isSha(headSha) ? (inputs.prNumber ?? run?.pull_requests?.[0]?.number ?? (await findPrForCommit(client, event.repo, headSha, run))) : null;
  // The head SHA comes from the trusted event (or input), never from the artifact.
  const renderOpts = {
    commentKey: inputs.commentKey,
    headSha: isSha(headSha) ? headSha : null,
    links: linkContext(prNumber),
    ...(inputs.minChange !== undefined ? { minChange: inputs.minChange } : {}),
  };
  const body = renderComment(report, renderOpts);
  await summary(inputs, renderSummary(report, renderOpts));
  if (!client || !event.repo) throw new InputError("mode 'publish' needs github-token and GITHUB_REPOSITORY");
  if (!isSha(headSha)) throw new InputError("mode 'publish' needs head-sha (or a workflow_run event)");
  log(`Publishing the report for ${headSha}${prNumber ? ` on pull request #${prNumber}` : ' (no pull request found)'}`);
  const commentId = await publishComment(inputs, client, event.repo, prNumber, report, body);
  const server = process.env['GITHUB_SERVER_URL'] || 'https://github.com';
  const runId = process.env['GITHUB_RUN_ID'];
  const description = headlineWithoutIcon(report).slice(0, 140);
  const state = report.passed ? 'success' : 'failure';
  try {
    await client.request('POST', `/repos/${event.repo.owner}/${event.repo.repo}/statuses/${headSha}`, {
      state,
      context: inputs.statusContext,
      description,
      ...(runId ? { target_url: `${server}/${event.repo.owner}/${event.repo.repo}/actions/runs/${runId}` } : {}),
    });
    log(`Commit status ${inputs.statusContext}: ${state} (${description})`);
  } catch (e) {
    if (e instanceof GitHubApiError && e.rateLimited) warning(`GitHub's API rate limit stopped the commit status: ${e.message}`);
    else if (e instanceof GitHubApiError && e.status === 403) warning(`Cannot set the commit status (needs permissions: statuses: write): ${e.message}`);
    else throw e;
  }
  writeOutputs(report, body, path, null);
  core.setOutput('comment-id', commentId === null ? '' : String(commentId));
}

/**
 * What a gate run hands to the pull request, the same for a whole run and a merge of shards:
 * the report file, the job summary, the outputs, the comment (mode gate), annotations, the verdict.
 */
async function deliver(
  inputs: ActionInputs,
  event: EventInfo,
  client: GitHubClient | null,
  report: GateReport,
  commits: { prNumber: number | null; baseSha: string | null; headSha: string | null },
  reportPath: string,
  mode: 'gate' | 'report',
): Promise<void> {
  const { prNumber } = commits;
  const renderOpts = { commentKey: inputs.commentKey, baseSha: commits.baseSha, headSha: commits.headSha, links: linkContext(prNumber) };
  const body = renderComment(report, renderOpts);
  await writeReport(reportPath, report);
  log(`Report: ${reportPath}`);
  await summary(inputs, renderSummary(report, renderOpts));
  writeOutputs(report, body, reportPath, commits.baseSha);
  let commentId: number | null = null;
  if (mode === 'gate') commentId = await publishComment(inputs, client, event.repo, prNumber, report, body);
  core.setOutput('comment-id', commentId === null ? '' : String(commentId));
  annotate(inputs, report);
  // The verdict word, not the icon: the log shows `⚠️` as `⚠\ufe0f` (escapeLog).
  log(verdictLine(report));
  verdict(inputs, report);
}

/** One shard of a sharded run: the partial report only (no comment, no verdict); the merge job delivers. */
async function writeShard(inputs: ActionInputs, shard: ShardSpec, report: GateReport, workDir: string): Promise<void> {
  const path = inputs.reportPath ? resolve(workDir, inputs.reportPath) : join(process.env['RUNNER_TEMP'] || workDir, `model-budget-shard-${shard.index}-of-${shard.count}.json`);
  await writeReport(path, report);
  core.setOutput('report-json', path);
  log(`Shard ${shard.index}/${shard.count}: ${report.models.length} model(s) profiled; partial report ${path} (merge the shards with mode: merge)`);
}

/**
 * `mode: merge`: the partial reports of every shard (report-path: a folder or files, one a line,
 * inside the workspace) become the one report, comment and verdict of the whole run. The shards
 * must name the commit this run is for, when the event or head-sha input says which.
 */
async function merge(inputs: ActionInputs, event: EventInfo, client: GitHubClient | null, workDir: string): Promise<void> {
  if (!inputs.reportPath) throw new InputError("mode 'merge' needs the report-path input: the folder (or files, one a line) holding the shards' partial reports");
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
  const given = inputs.reportPath.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const merged = await mergeShardFiles(given, { cwd: workDir, within: workspace, label: 'report-path ' });
  const head = inputs.headSha || eventHeadSha(event);
  if (head && merged.headSha && merged.headSha !== head) {
    throw new InputError(`the partial reports are for head commit ${merged.headSha}, this run is for ${head}: download the shards of this run`);
  }
  log(`Merged ${merged.report.models.length + merged.report.ignored.length} model(s) from ${merged.count} shards`);
  // The shards rendered nothing but decided min-change (their reports carry it); this job's input cannot change it.
  const shardsMinChange = merged.report.minChange ?? 0;
  if (inputs.minChange !== undefined && inputs.minChange !== shardsMinChange) {
    warning(`input 'min-change' (${formatLimitPercent(inputs.minChange)}) is not used by mode: merge: the shards ran with ${formatLimitPercent(shardsMinChange)}; set min-change on the shard jobs`);
  }
  const commits = { prNumber: prNumberOf(event, inputs), baseSha: merged.baseSha, headSha: merged.headSha };
  await deliver(inputs, event, client, merged.report, commits, defaultReportPath(workDir), 'gate');
}

/** Every step runs in it: a missing one would first fail as a git command that cannot start. */
function checkWorkingDirectory(given: string, dir: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`input 'working-directory': ${given} ${code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`}`);
  }
  if (!isDir) throw new InputError(`input 'working-directory': ${given} is not a directory`);
}

export async function run(deps: RunDeps = {}): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const event = readEvent();
    const workDir = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd(), inputs.workingDirectory || '.');
    const client = makeClient(inputs);
    const mode = inputs.mode === 'auto' ? (event.eventName === 'workflow_run' ? 'publish' : 'gate') : inputs.mode;
    // A publish job checks nothing out (it reads the report artifact): the gate job's
    // working-directory need not exist there, and a missing report names its own path.
    if (inputs.workingDirectory && mode !== 'publish') checkWorkingDirectory(inputs.workingDirectory, workDir);
    if (mode === 'publish') {
      await publish(inputs, event, client, workDir);
      return;
    }
    if (mode === 'merge') {
      await merge(inputs, event, client, workDir);
      return;
    }
    const { report, baseline } = await runGate(inputs, event, client, workDir, deps);
    if (inputs.shard) {
      await writeShard(inputs, inputs.shard, report, workDir);
      return;
    }
    const commits = { prNumber: baseline?.prNumber ?? prNumberOf(event, inputs), baseSha: baseline?.baseSha ?? null, headSha: baseline?.headSha ?? null };
    await deliver(inputs, event, client, report, commits, inputs.reportPath ? resolve(workDir, inputs.reportPath) : defaultReportPath(workDir), mode);
  } catch (e) {
    await reportRunFailure(e);
  }
}

/**
 * The action could not finish. What the user can fix fails the step with its one-line message;
 * anything else is a bug in model-budget and says so, with the model and op it happened on and,
 * under MODEL_BUDGET_DEBUG=1 (or runner debug logging), the stack.
 */
async function reportRunFailure(e: unknown): Promise<void> {
  if (e instanceof ModelBudgetError) {
    if (e instanceof ConfigError) {
      error(e.message, { title: 'Invalid model-budget config', file: e.file, ...(e.line > 0 ? { startLine: e.line } : {}) });
    }
    fail(`model-budget: ${e.message}`);
    await failureSummary(e.message);
    return;
  }
  const line = internalErrorLine(e);
  const wrapped = InternalError.wrap(e);
  const stack = wrapped instanceof InternalError ? wrapped.originalStack : String(e);
  // The stack quotes model-controlled text: each line goes through the log escaper.
  for (const l of stack.split('\n')) {
    if (process.env['MODEL_BUDGET_DEBUG'] === '1') info(l);
    else debug(l);
  }
  fail(`model-budget: ${line}`);
  await failureSummary(line);
}
