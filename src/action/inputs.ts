/**
 * The action's inputs (action.yml), read through an injected getter and validated into one typed
 * object. A bad value is a one-line error naming the input and the accepted values.
 */
import { UsageError } from '../graph/errors.js';
import { DEFAULT_CONFIG_FILE } from '../budget/config.js';
import { parsePercent } from '../budget/units.js';
import { parseShard } from '../budget/shard.js';
import type { ShardSpec } from '../budget/shard.js';
import { CONFIG_FROM } from '../io/config-source.js';
import type { ConfigFrom } from '../io/config-source.js';
import { isSha } from '../io/git.js';
import { sanitizeCommentKey } from '../report/index.js';
import { checkPatterns, DEFAULT_MODEL_GLOBS, parsePatterns } from '../io/glob.js';
import type { LfsMode } from '../io/lfs.js';
import { defaultJobs, MAX_JOBS, parseJobs } from '../io/profile-pool.js';

export type Mode = 'auto' | 'report' | 'publish' | 'merge';
export type CommentMode = 'on-change' | 'always' | 'on-violation' | 'never';
export type OnClean = 'update' | 'hide' | 'delete';
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  /** The config input; undefined for the default file. */
  readonly config: string | undefined;
  readonly configFrom: ConfigFrom;
  readonly models: readonly string[];
  readonly token: string;
  readonly mode: Mode;
  readonly reportPath: string;
  readonly statusContext: string;
  readonly baseRef: string;
  readonly prNumber: number | null;
  readonly headSha: string;
  readonly comment: CommentMode;
  readonly commentKey: string;
  readonly onClean: OnClean;
  readonly jobSummary: boolean;
  readonly annotations: boolean;
  readonly failOn: FailOn;
  /** min-change in percent; undefined: the config's. */
  readonly minChange: number | undefined;
  readonly lfs: LfsMode;
  /** Profiles run at once in worker threads (1: in-process). */
  readonly jobs: number;
  readonly workingDirectory: string;
  readonly headPath: string;
  readonly basePath: string;
  /** Run one shard of the gate (`shard: i/n`) and write a partial report; null: the whole gate. */
  readonly shard: ShardSpec | null;
  /** Directory of the profile cache (relative to the working directory); '' for none. */
  readonly cacheDir: string;
}

/** A bad action input: a usage error, reported with the input's name. */
export class InputError extends UsageError {
  override name = 'InputError';
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim() || fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new InputError(`input '${name}': '${v}' is not one of ${allowed.join(', ')}`);
  }
  return v as T;
}

function bool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`input '${name}': '${value}' is not true or false`);
}

export function readInputs(get: (name: string) => string): ActionInputs {
  const prRaw = get('pr-number').trim();
  if (prRaw && !/^[1-9]\d*$/.test(prRaw)) throw new InputError(`input 'pr-number': '${prRaw}' is not a pull request number`);
  // Git prints SHAs in lower case; one pasted in upper case is the same commit.
  const headSha = get('head-sha').trim().toLowerCase();
  if (headSha && !isSha(headSha)) throw new InputError(`input 'head-sha': '${headSha}' is not a full commit SHA`);
  const headPath = get('head-path').trim();
  const basePath = get('base-path').trim();
  if ((headPath === '') !== (basePath === '')) throw new InputError("inputs 'head-path' and 'base-path' must be given together");
  const commentKey = get('comment-key').trim() || 'default';
  if (!/^[A-Za-z0-9._:/-]{1,100}$/.test(commentKey)) throw new InputError(`input 'comment-key': use 1-100 letters, digits or . _ / - (got '${commentKey}')`);
  // Two keys with one marker would edit and delete each other's comment.
  const markerKey = sanitizeCommentKey(commentKey);
  if (markerKey !== commentKey) {
    throw new InputError(`input 'comment-key': '${commentKey}' would share its comment with '${markerKey}' (the marker writes ':' as '-', with no '--' and no '-' at either end): use '${markerKey}'`);
  }
  const models = parsePatterns(get('models') || DEFAULT_MODEL_GLOBS);
  try {
    checkPatterns(models);
  } catch (e) {
    throw new InputError(`input 'models': ${(e as Error).message}`);
  }
  const config = get('config').trim();
  const minChangeRaw = get('min-change').trim();
  let minChange: number | undefined;
  try {
    minChange = minChangeRaw === '' ? undefined : parsePercent(minChangeRaw);
  } catch (e) {
    throw new InputError(`input 'min-change': ${(e as Error).message}`);
  }
  const mode = oneOf('mode', get('mode'), ['auto', 'report', 'publish', 'merge'] as const, 'auto');
  const shardRaw = get('shard').trim();
  const shard = shardRaw === '' ? null : parseShard(shardRaw, "input 'shard'");
  if (shard && (mode === 'publish' || mode === 'merge')) throw new InputError(`input 'shard' runs one shard of the gate; it cannot be combined with mode: ${mode}`);
  const jobsRaw = get('jobs').trim();
  const jobs = jobsRaw === '' ? defaultJobs() : parseJobs(jobsRaw);
  if (jobs === null) throw new InputError(`input 'jobs': '${jobsRaw}' is not a whole number from 1 to ${MAX_JOBS}`);
  return {
    config: config === '' || config === DEFAULT_CONFIG_FILE ? undefined : config,
    configFrom: oneOf('config-from', get('config-from'), CONFIG_FROM, 'base'),
    models: models.length ? models : parsePatterns(DEFAULT_MODEL_GLOBS),
    token: get('github-token').trim(),
    mode,
    reportPath: get('report-path').trim(),
    statusContext: get('status-context').trim() || 'model-budget',
    baseRef: get('base-ref').trim(),
    prNumber: prRaw ? Number(prRaw) : null,
    headSha,
    comment: oneOf('comment', get('comment'), ['on-change', 'always', 'on-violation', 'never'] as const, 'on-change'),
    commentKey,
    onClean: oneOf('on-clean', get('on-clean'), ['update', 'hide', 'delete'] as const, 'update'),
    jobSummary: bool('job-summary', get('job-summary'), true),
    annotations: bool('annotations', get('annotations'), true),
    failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning', 'never'] as const, 'error'),
    minChange,
    lfs: oneOf('lfs', get('lfs'), ['auto', 'fetch', 'skip'] as const, 'auto'),
    jobs,
    workingDirectory: get('working-directory').trim(),
    headPath,
    basePath,
    shard,
    cacheDir: get('cache-dir').trim(),
  };
}
