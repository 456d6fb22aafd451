/**
 * Which two commits the gate compares, per event:
 * - pull_request / pull_request_target: the merge base of the PR's base and head (what the PR
 *   itself changed, as GitHub's "Files changed" tab shows it). Computed locally when history
 *   allows, else asked from the compare API; the commit is then fetched alone if missing.
 * - push: the push's `before` commit (or the first parent of head for a new branch);
 * - merge_group: the queue's base_sha;
 * - anything else (workflow_dispatch, schedule): the first parent of head.
 * The base-ref input overrides the baseline in every case.
 */
import { EnvironmentError } from '../graph/errors.js';
import { runCommand } from './exec.js';
import { GitHubApiError } from './github.js';
import type { GitHubClient } from './github.js';
import { Git, isSha, refProblem, ZERO_SHA } from './git.js';
import type { FileChange } from './git.js';

export interface EventInfo {
  readonly eventName: string;
  /** owner/repo of the workflow run, when known. */
  readonly repo: { readonly owner: string; readonly repo: string } | null;
  /** The webhook payload (parsed GITHUB_EVENT_PATH), {} when absent. */
  readonly payload: Record<string, unknown>;
  /** GITHUB_SHA. */
  readonly sha: string;
}

export interface Baseline {
  readonly prNumber: number | null;
  /** PR base branch tip (pull requests only). */
  readonly baseTip: string | null;
  /** The commit compared against; null when head is a root commit (every model is new). */
  readonly baseSha: string | null;
  readonly headSha: string;
  /** The checkout is the head commit, so head files are read from the working tree. */
  readonly headIsWorkingTree: boolean;
  /**
   * The base-ref input chose the base: the pull request's file list (the API's) is of another
   * comparison, so the changed files come from git diff (changedFiles).
   */
  readonly baseFromInput?: boolean;
}

export interface BaselineOptions {
  readonly baseRef: string;
  readonly headSha: string;
  readonly prNumber: number | null;
}

export class BaselineError extends EnvironmentError {
  override name = 'BaselineError';
}

function get(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function shaAt(obj: unknown, ...keys: string[]): string | null {
  const v = get(obj, ...keys);
  return typeof v === 'string' && isSha(v) && v !== ZERO_SHA ? v : null;
}

export function isPullRequestEvent(name: string): boolean {
  return name === 'pull_request' || name === 'pull_request_target';
}

/**
 * A ref or SHA as a commit SHA, fetching just that ref (depth 1) when it is not local. The ref is
 * a workflow input: refProblem keeps it from being read as an option or a refspec, and git gets
 * it after `--end-of-options` all the same.
 */
async function resolveRef(git: Git, ref: string, log: (m: string) => void): Promise<string> {
  const problem = refProblem(ref);
  if (problem !== null) throw new BaselineError(`base-ref '${ref}' is not a valid git ref or SHA: ${problem}`);
  if (isSha(ref)) {
    await git.ensureCommit(ref);
    return ref;
  }
  for (const candidate of [`refs/remotes/origin/${ref}`, ref]) {
    const sha = await git.resolveCommit(candidate);
    if (sha) return sha;
  }
  // `main~2` names a commit relative to a ref: fetching it as a refspec cannot work.
  if (/[~^]/.test(ref)) throw new BaselineError(`base-ref '${ref}' is not in the local clone`);
  log(`base-ref '${ref}' is not in the local clone; fetching it alone: git fetch --no-tags --depth=1 origin ${ref}`);
  const r = await runCommand('git', ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', ref], { cwd: git.cwd, timeoutMs: 300_000 });
  const fetched = r.code === 0 ? await git.resolveCommit('FETCH_HEAD') : null;
  if (!fetched) throw new BaselineError(`base-ref '${ref}' is neither a local ref nor fetchable from origin: ${r.stderr.trim().split('\n')[0] ?? ''}`);
  return fetched;
}

async function firstParentOf(git: Git, sha: string): Promise<string | null> {
  const parents = await git.parents(sha);
  return parents[0] ?? null;
}

/** The head commit the event names (pull request head, pushed commit, merge group head), or null. */
export function eventHeadSha(event: EventInfo): string | null {
  if (isPullRequestEvent(event.eventName)) return shaAt(event.payload, 'pull_request', 'head', 'sha');
  if (event.eventName === 'push') return shaAt(event.payload, 'after');
  if (event.eventName === 'merge_group') return shaAt(event.payload, 'merge_group', 'head_sha');
  return null;
}

export async function resolveBaseline(
  git: Git,
  event: EventInfo,
  opts: BaselineOptions,
  client: GitHubClient | null,
  log: (m: string) => void,
): Promise<Baseline> {
  const headHead = await git.resolveCommit('HEAD');
  const isPr = isPullRequestEvent(event.eventName);
  const payload = event.payload;
  let headSha = opts.headSha || eventHeadSha(event);
  headSha ??= isSha(event.sha) ? event.sha : headHead;
  if (!headSha) throw new BaselineError('cannot tell the head commit: no head-sha input, no GITHUB_SHA and no HEAD');
  await git.ensureCommit(headSha);

  const prFromPayload = get(payload, 'pull_request', 'number');
  const prNumber = opts.prNumber ?? (isPr && typeof prFromPayload === 'number' ? prFromPayload : null);
  let baseTip: string | null = null;
  let baseSha: string | null;

  if (opts.baseRef) {
    baseTip = await resolveRef(git, opts.baseRef, log);
  } else if (isPr) {
    baseTip = shaAt(payload, 'pull_request', 'base', 'sha');
    if (!baseTip) throw new BaselineError('the pull_request event has no pull_request.base.sha');
  }

  if (baseTip && (isPr || opts.baseRef)) {
    baseSha = (await git.hasCommit(baseTip)) ? await git.mergeBase(baseTip, headSha) : null;
    if (!baseSha && client && event.repo) {
      try {
        const r = await client.request<{ merge_base_commit?: { sha?: string } }>(
          'GET',
          `/repos/${event.repo.owner}/${event.repo.repo}/compare/${baseTip}...${headSha}`,
        );
        const mb = r.data.merge_base_commit?.sha;
        if (mb && isSha(mb)) {
          baseSha = mb;
          log(`Merge base from the compare API (local history too short): ${mb}`);
        }
      } catch (e) {
        log(`Could not ask the compare API for the merge base: ${(e as Error).message}`);
      }
    }
    if (!baseSha) {
      log(`Could not compute the merge base of ${baseTip} and ${headSha}; comparing with ${baseTip} itself`);
      baseSha = baseTip;
    }
  } else if (event.eventName === 'push') {
    const before = shaAt(payload, 'before');
    baseSha = before && before !== headSha ? before : await firstParentOf(git, headSha);
    if (baseSha === before && before) {
      try {
        await git.ensureCommit(before);
      } catch (e) {
        // A force push can leave `before` unreachable on the remote: use the first parent.
        log(`The push's previous commit ${before} cannot be fetched (${(e as Error).message}); comparing with the first parent instead`);
        baseSha = await firstParentOf(git, headSha);
      }
    }
  } else if (event.eventName === 'merge_group') {
    baseSha = shaAt(payload, 'merge_group', 'base_sha') ?? (await firstParentOf(git, headSha));
  } else {
    baseSha = await firstParentOf(git, headSha);
  }
  if (baseSha) await git.ensureCommit(baseSha);

  if (isPr || opts.baseRef) log(`Base: ${baseTip}${baseSha !== baseTip ? ` (merge base ${baseSha})` : ''}; head: ${headSha}`);
  else log(`Base: ${baseSha ?? '(none: root commit, every model is new)'}; head: ${headSha}`);
  return { prNumber, baseTip, baseSha, headSha, headIsWorkingTree: headHead === headSha, ...(opts.baseRef ? { baseFromInput: true } : {}) };
}

/** GitHub's list-files API returns at most this many files; beyond it git diff is used. */
export const PR_FILES_API_LIMIT = 3000;

interface PrFile {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
}

/**
 * An entry the changes can be built from; any other makes the whole list unusable (a file could be
 * missed). A name with U+FFFD may be how the API shows a name that is not UTF-8, which would then
 * read as another file's (io/git-paths.ts): git diff tells them apart.
 */
function usablePrFile(f: PrFile): boolean {
  const prev: unknown = f.previous_filename;
  const usable = (name: unknown): boolean => typeof name === 'string' && name !== '' && !name.includes('\ufffd');
  return usable(f.filename) && (prev === undefined || prev === null || usable(prev));
}

/**
 * The PR's files from the API, or null when the token may not read them (a job whose permissions
 * leave out `pull-requests: read`, e.g. `contents: read` only on a private repository): git has
 * the same answer, so the gate goes on with git diff instead of failing.
 */
async function listPrFiles(
  client: GitHubClient,
  repo: NonNullable<EventInfo['repo']>,
  pr: number,
  log: (m: string) => void,
): Promise<{ items: PrFile[]; truncated: boolean } | null> {
  try {
    return await client.paginate<PrFile>(`/repos/${repo.owner}/${repo.repo}/pulls/${pr}/files`, PR_FILES_API_LIMIT);
  } catch (e) {
    if (!(e instanceof GitHubApiError && (e.status === 403 || e.status === 404))) throw e;
    log(`Cannot list the pull request's files (${e.message}); using git diff --name-status instead`);
    return null;
  }
}

/**
 * Changed files: from the PR's list-files API when there is a PR and a client (no history
 * needed), else (or past the API's 3,000-file cap, or when the base-ref input chose another base
 * than the pull request's) from git diff between the two commits.
 */
export async function changedFiles(
  git: Git,
  baseline: Baseline,
  event: EventInfo,
  client: GitHubClient | null,
  log: (m: string) => void,
): Promise<FileChange[]> {
  if (baseline.baseSha === null) {
    const files = await git.listFiles(baseline.headSha);
    return files.map((path) => ({ status: 'added' as const, path }));
  }
  // The API lists what the pull request changes against its own base branch; against a base-ref
  // (a release tag) a model the pull request did not touch may still differ, and went unlisted.
  if (baseline.prNumber !== null && client && event.repo && isPullRequestEvent(event.eventName) && !baseline.baseFromInput) {
    const listed = await listPrFiles(client, event.repo, baseline.prNumber, log);
    if (listed && (listed.truncated || listed.items.length >= PR_FILES_API_LIMIT)) {
      log(`The pull request changes ${PR_FILES_API_LIMIT} or more files (the API's limit); using git diff --name-status instead`);
    } else if (listed && !listed.items.every(usablePrFile)) {
      log('The pull request API listed a file without a usable name; using git diff --name-status instead');
    } else if (listed) {
      log(`Changed files from the pull request API: ${listed.items.length}`);
      const out: FileChange[] = [];
      for (const f of listed.items) {
        if (f.status === 'unchanged') continue;
        if (f.status === 'renamed' && f.previous_filename) out.push({ status: 'renamed', path: f.filename, previousPath: f.previous_filename });
        else if (f.status === 'removed') out.push({ status: 'removed', path: f.filename });
        else if (f.status === 'added' || f.status === 'copied') out.push({ status: 'added', path: f.filename });
        else out.push({ status: 'modified', path: f.filename });
      }
      return out;
    }
  }
  const files = await git.diffNameStatus(baseline.baseSha, baseline.headSha);
  log(`Changed files from git diff ${baseline.baseSha.slice(0, 12)}..${baseline.headSha.slice(0, 12)}: ${files.length}`);
  return files;
}
