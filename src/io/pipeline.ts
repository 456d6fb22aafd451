/**
 * The gate's one pipeline, shared by the action and the CLI (`check`, `diff`): load the config
 * (config-source.ts), find the changed models of a comparison, materialise and profile both sides
 * of each, and evaluate the budgets. The callers only build a `Comparison` from their arguments
 * or inputs and print the report.
 *
 * Errors: a model that cannot be measured (a `ModelBudgetError` while reading or profiling it) is
 * reported on that model and the gate goes on; anything else is a bug in model-budget and ends
 * the run as an `InternalError` naming the model (and the op, when the engine knew it).
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { matchChange } from '../budget/config.js';
import { unmeasurableBudgets } from '../budget/measurable.js';
import { defaultLevelOf, evaluateGate } from '../budget/gate.js';
import { diffConfigs } from '../budget/config-diff.js';
import { sameFile } from '../budget/evaluate.js';
import { clipText } from '../budget/report-text.js';
import { shardPaths } from '../budget/shard.js';
import type { ShardSpec } from '../budget/shard.js';
import type { BudgetChange, ConfigProvenance, GateConfig, GateModelInput, GateReport, InputDim, OperatingPoint, PointInput, ShardInfo } from '../budget/types.js';
import { isInside } from '../formats/contained-file.js';
import { EnvironmentError, InternalError, ModelBudgetError, UsageError } from '../graph/errors.js';
import { ownEntry, setEntry } from '../graph/name-table.js';
import type { ProfileFileOptions } from '../profile/index.js';
import type { ProfileResult } from '../profile/types.js';
import { changedFiles, resolveBaseline } from './baseline.js';
import type { Baseline, EventInfo } from './baseline.js';
import { diffDirectories, findModelChanges } from './changes.js';
import type { ChangeOptions, ModelChange } from './changes.js';
import { configSpec, loadConfig, repositoryTop } from './config-source.js';
import type { ConfigRequest, ConfigSides, LoadedConfig } from './config-source.js';
import { Git, refProblem } from './git.js';
import type { FileChange } from './git.js';
import type { GitHubClient } from './github.js';
import { DEFAULT_MODEL_GLOBS, matchesAny, parsePatterns } from './glob.js';
import type { LfsMode } from './lfs.js';
import { jobRunner } from './profile-pool.js';
import type { JobRunner } from './profile-pool.js';
import { runProfileJob } from './profile-job.js';
import type { ProfileLoadedFn } from './profile-job.js';
import { OpenedModels } from './opened-models.js';
import { cachedJob } from './profile-cache.js';
import { realPathAhead } from './real-path.js';
import type { ProfileCache } from './profile-cache.js';
import { dirSource, emptySource, gitSource, Materialiser } from './sources.js';
import type { LfsUnresolved, ModelPlace, SidePlacement, TreeSource } from './sources.js';

/** The profiler of a model read once (profile/index.ts profileLoaded); tests inject a faulty one. */
export type ProfileFn = ProfileLoadedFn;

// ---------------------------------------------------------------------------------------------
// Comparisons: what is compared with what, built from the caller's arguments

export interface Comparison {
  /** Directory the materialiser works from (the repository top, or the action's directory). */
  readonly root: string;
  /** Directory the config path is relative to (default `root`). */
  readonly configRoot?: string;
  readonly base: TreeSource;
  readonly head: TreeSource;
  /** Where the config is read from (see config-source.ts). */
  readonly configSides: ConfigSides;
  /** The changed models among the paths `isModel` accepts. */
  changes(isModel: (path: string) => boolean, options?: ChangeOptions): Promise<ModelChange[]>;
  /** The pull-request baseline, when the comparison came from an event. */
  readonly baseline: Baseline | null;
  /** The commits compared, when not from a baseline (`check`); a shard's report records them. */
  readonly commits?: { readonly base: string | null; readonly head: string | null };
}

/** Two directories of generated models (the action's head-path/base-path), compared by path. */
export async function directoryComparison(workDir: string, basePath: string, headPath: string): Promise<Comparison> {
  const hp = resolve(workDir, headPath);
  const bp = resolve(workDir, basePath);
  for (const [name, p, given] of [['head-path', hp, headPath], ['base-path', bp, basePath]] as const) {
    if (!existsSync(p)) throw new UsageError(`input '${name}': directory ${p} does not exist`);
    // A file here would fail deep inside the directory walk, reported as a bug of ours.
    if (!statSync(p).isDirectory()) throw new UsageError(`input '${name}': ${given} is not a directory`);
  }
  const head = dirSource(hp, 'head', `directory ${headPath}`);
  const base = dirSource(bp, 'base', `directory ${basePath}`);
  // The directories hold models only; the config lives in the checkout, at its repository top.
  const configRoot = (await repositoryTop(workDir)) ?? workDir;
  const configSides = { base: null, head: dirSource(configRoot, 'head', 'checkout') };
  return { root: workDir, configRoot, base, head, configSides, baseline: null, changes: (isModel, opts) => diffDirectories(base, head, isModel, opts) };
}

export interface PullRequestOptions {
  readonly baseRef: string;
  readonly headSha: string;
  readonly prNumber: number | null;
}

/** The action's comparison: the event's (or inputs') base commit against the head commit. */
export async function pullRequestComparison(
  workDir: string,
  event: EventInfo,
  options: PullRequestOptions,
  client: GitHubClient | null,
  log: (m: string) => void,
): Promise<Comparison> {
  const top = await new Git(workDir, log).topLevel();
  const git = new Git(top, log);
  const baseline = await resolveBaseline(git, event, options, client, log);
  const head = baseline.headIsWorkingTree
    ? dirSource(top, 'head', `working tree (${baseline.headSha.slice(0, 12)})`, baseline.headSha, () => git.listFiles(baseline.headSha))
    : gitSource(git, baseline.headSha, 'head');
  if (!baseline.headIsWorkingTree) log(`The checkout is not the head commit; reading head files from commit ${baseline.headSha}`);
  const baseTree = baseline.baseSha ? gitSource(git, baseline.baseSha, 'base') : null;
  return {
    root: top,
    base: baseTree ?? emptySource('base', 'no base commit'),
    head,
    configSides: { base: baseTree, head },
    baseline,
    changes: async (isModel, opts) => findModelChanges(await changedFiles(git, baseline, event, client, log), isModel, baseTree, head, opts),
  };
}

/** The default base of `check`: the remote's default branch, else main/master. */
async function defaultBase(git: Git): Promise<string> {
  for (const ref of ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master']) {
    if (await git.resolveCommit(ref)) return ref.replace(/^refs\/(remotes|heads)\//, '');
  }
  throw new UsageError('no --base given and no origin/HEAD, main or master branch found; pass --base <git-ref>');
}

export interface LocalComparison extends Comparison {
  /** One line describing what is compared, for the terminal. */
  readonly description: string;
}

/**
 * `check`: the working tree (uncommitted and untracked models included) against the merge base
 * of HEAD and `baseRef` (default: the remote's default branch). `top` is the repository top.
 */
export async function localComparison(top: string, baseRef: string | undefined, log: (m: string) => void): Promise<LocalComparison> {
  const git = new Git(top, log);
  const headCommit = await git.resolveCommit('HEAD');
  const problem = baseRef === undefined ? null : refProblem(baseRef);
  if (problem !== null) throw new UsageError(`--base '${baseRef}' is not a valid git ref or SHA: ${problem}`);
  const ref = baseRef ?? (await defaultBase(git));
  const baseTip = await git.resolveCommit(ref);
  if (!baseTip) throw new UsageError(`--base ${ref}: not a commit in this repository`);
  let baseSha: string | null = baseTip;
  if (headCommit) {
    const mb = await git.mergeBase(baseTip, headCommit);
    // On the base branch itself, "what changed" means the last commit plus local edits.
    baseSha = mb === headCommit && baseRef === undefined ? ((await git.parents(headCommit))[0] ?? null) : (mb ?? baseTip);
  }
  const head = dirSource(top, 'head', 'working tree', headCommit, () => git.listWorkingFiles());
  const baseTree = baseSha ? gitSource(git, baseSha, 'base') : null;
  const files = async (): Promise<FileChange[]> => {
    if (!baseSha) return (await git.listWorkingFiles()).map((path) => ({ status: 'added' as const, path }));
    const out = await git.diffNameStatus(baseSha, null);
    // git diff against the working tree leaves out files never added: those are new too.
    const listed = new Set(out.map((f) => f.path));
    for (const p of await git.listUntracked()) if (!listed.has(p)) out.push({ status: 'added', path: p });
    return out;
  };
  return {
    root: top,
    base: baseTree ?? emptySource('base', 'no base commit'),
    head,
    configSides: { base: baseTree, head },
    baseline: null,
    commits: { base: baseSha, head: headCommit },
    changes: async (isModel, opts) => findModelChanges(await files(), isModel, baseTree, head, opts),
    description: `base ${ref} (${baseSha ?? 'none'}), head: working tree${headCommit ? ` on ${headCommit.slice(0, 12)}` : ''}`,
  };
}

/**
 * `diff`: two files on disk, compared like the gate compares a changed model (the head's path
 * relative to `root` is what config globs see).
 */
export function fileComparison(root: string, configRoot: string, basePath: string, headPath: string): Comparison {
  // The user named these two files: they may live anywhere, but must be regular files.
  const side = (name: string): TreeSource => dirSource(root, name, `${name} file`, null, undefined, { confine: false });
  return {
    root,
    configRoot,
    base: side('base'),
    head: side('head'),
    configSides: { base: null, head: dirSource(configRoot, 'head', 'repository') },
    baseline: null,
    changes: async () => [{ status: 'modified', path: headPath, ...(basePath !== headPath ? { previousPath: basePath } : {}) }],
  };
}

// ---------------------------------------------------------------------------------------------
// Running the gate

export interface GateRunOptions {
  readonly config: ConfigRequest;
  /** Globs of model files; every change is a model when absent (`diff`). */
  readonly models?: readonly string[];
  readonly lfs: LfsMode;
  readonly log?: (message: string) => void;
  readonly warn?: (message: string) => void;
  /** Injected by tests to exercise failures inside the profiler. */
  readonly profile?: ProfileFn;
  /** min-change (percent) from an input or flag, over the config's. */
  readonly minChange?: number;
  /** Profiles run at once in worker threads (profile-pool.ts); 1 (the default) runs them in-process. */
  readonly jobs?: number;
  /** One unescaped line per side of a model profiled (`[3/40] models/a.onnx head 120 ms`). */
  readonly progress?: (line: string) => void;
  /** Profile only this slice of the changed models and write a partial report (budget/shard.ts). */
  readonly shard?: ShardSpec;
  /** Reuse and store the profiles of models read from commits (io/profile-cache.ts). */
  readonly cache?: ProfileCache;
}

export interface GateRun {
  readonly report: GateReport;
  readonly config: LoadedConfig;
  readonly models: readonly GateModelInput[];
}

/** Config, changed models, materialise -> profile -> gate: the one wrapper every caller uses. */
export async function runGate(comparison: Comparison, options: GateRunOptions): Promise<GateRun> {
  const log = options.log ?? (() => undefined);
  const spec = configSpec(comparison.configRoot ?? comparison.root, options.config);
  const loaded = await loadConfig(spec, comparison.configSides);
  if (loaded.config) log(`Budgets from ${loaded.config.file} (${loaded.source} side)`);
  else log(`No config at ${spec.path}: reporting changed models without budgets`);
  const patterns = options.models;
  // The default globs take a .bin/.pb only when its first bytes are a model's; a user's own glob takes whatever it names.
  const defaultGlobs = patterns !== undefined && patterns.join('\n') === parsePatterns(DEFAULT_MODEL_GLOBS).join('\n');
  const cache = options.cache && (await cacheOutsideCheckout(options.cache, comparison.root, options.warn ?? log)) ? options.cache : undefined;
  const materialiser = new Materialiser(comparison.root, options.lfs, log, options.warn);
  const opened = new OpenedModels(materialiser);
  try {
    const changes = await comparison.changes(patterns ? (p) => matchesAny(p, patterns) : () => true, { defaultGlobs, log, warn: options.warn ?? log, opener: opened });
    log(`Changed models: ${changes.length ? changes.map((c) => `${c.path} (${c.status})`).join(', ') : 'none'}`);
    const slice = options.shard ? shardPaths(changes.map((c) => c.path), options.shard) : null;
    if (options.shard) log(`Shard ${options.shard.index}/${options.shard.count}: ${slice!.size} of ${changes.length} changed models`);
    const models = await profileChanges({
      config: loaded.config,
      changes: slice ? changes.filter((c) => slice.has(c.path)) : changes,
      base: comparison.base,
      head: comparison.head,
      materialiser,
      opened,
      log,
      ...(options.warn ? { warn: options.warn } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
      ...(cache ? { cache } : {}),
    });
    if (cache) log(`Cache ${cache.dir}: ${cache.stats.hits} profiles reused, ${cache.stats.writes} stored`);
    const minChange = options.minChange !== undefined ? { minChange: options.minChange } : {};
    const report = evaluateGate({ config: loaded.config, models, provenance: provenance(loaded), ...minChange });
    const shard = options.shard ? shardInfo(options.shard, comparison, changes, loaded, options) : null;
    return { report: shard ? { ...report, shard } : report, config: loaded, models };
  } finally {
    opened.clear();
    await materialiser.cleanup();
  }
}

/**
 * Whether the baseline cache lies outside the checkout (as written and with links resolved). Inside it, the pull
 * request being gated could commit entries: their key and digest are no secret (the key is made
 * of blob SHAs, a path, options and the release's fingerprint), so a forged entry would set the
 * base side's numbers and pass a budget the change breaks. Such a cache is not used.
 */
async function cacheOutsideCheckout(cache: ProfileCache, root: string, warn: (message: string) => void): Promise<boolean> {
  let inside: boolean;
  try {
    const [realRoot, realCache] = await Promise.all([realpath(root), realPathAhead(cache.dir)]);
    // Either way: a folder the checkout holds as a link to elsewhere is the pull request's choice too.
    inside = isInside(resolve(root), resolve(cache.dir)) || isInside(realRoot, realCache);
  } catch (e) {
    warn(`Cache ${cache.dir}: cannot resolve it (${(e as NodeJS.ErrnoException).code ?? String(e)}); running without the cache`);
    return false;
  }
  if (inside) {
    warn(`Cache ${cache.dir}: inside the checkout, where a pull request could commit forged entries; running without the cache (keep it outside, e.g. in \${{ runner.temp }})`);
  }
  return !inside;
}

/** What a partial report says about its run, so that a merge can check the shards belong together. */
function shardInfo(spec: ShardSpec, comparison: Comparison, changes: readonly ModelChange[], loaded: LoadedConfig, options: GateRunOptions): ShardInfo {
  const settings = { config: loaded.config, baseConfig: loaded.baseConfig, headConfig: loaded.headConfig, models: options.models ?? null, lfs: options.lfs, minChange: options.minChange ?? null };
  return {
    ...spec,
    // As the report's own paths (evaluateGate), which a merge matches them against.
    models: changes.map((c) => clipText(c.path)),
    baseSha: comparison.baseline ? comparison.baseline.baseSha : (comparison.commits?.base ?? null),
    headSha: comparison.baseline ? comparison.baseline.headSha : (comparison.commits?.head ?? null),
    settings: createHash('sha256').update(JSON.stringify(settings)).digest('hex'),
    level: defaultLevelOf(loaded.config),
  };
}

/** Where the budgets came from and what the head changes in the config, for the report. */
function provenance(loaded: LoadedConfig): ConfigProvenance {
  const { baseConfig, headConfig } = loaded;
  let budgetChanges: BudgetChange[] = [];
  if (baseConfig && headConfig) budgetChanges = diffConfigs(baseConfig, headConfig);
  else if (baseConfig && !headConfig && loaded.source === 'base') {
    budgetChanges = [{ scope: 'config', setting: baseConfig.file, before: 'present', after: 'deleted' }];
  }
  return { source: loaded.source, note: loaded.note, budgetChanges };
}

// ---------------------------------------------------------------------------------------------
// Profiling both sides of each change

export interface PipelineOptions {
  readonly config: GateConfig | null;
  readonly changes: readonly ModelChange[];
  readonly base: TreeSource | null;
  readonly head: TreeSource;
  readonly materialiser: Materialiser;
  readonly profile?: ProfileFn;
  readonly log?: (message: string) => void;
  /** Config problems worth a warning (a budget the model's format cannot measure); default `log`. */
  readonly warn?: (message: string) => void;
  /** See GateRunOptions. */
  readonly jobs?: number;
  readonly progress?: (line: string) => void;
  readonly cache?: ProfileCache;
  /** Models read while finding the changes, profiled from that read (io/opened-models.ts). */
  readonly opened?: OpenedModels;
}

/** Config input shapes with symbolic entries bound from dims; inputs left symbolic are dropped (dims still apply). */
function concreteInputs(inputs: Readonly<Record<string, readonly InputDim[]>>, dims: Readonly<Record<string, number>>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [name, shape] of Object.entries(inputs)) {
    const resolved = shape.map((d) => (typeof d === 'number' ? d : ownEntry(dims, d)));
    if (resolved.every((d): d is number => typeof d === 'number')) setEntry(out, name, resolved);
  }
  return out;
}

type SideResult = { profile: ProfileResult } | { error: string; lfs?: boolean } | null;

/**
 * One side of a change at every run (operating point): the model placed by the materialiser,
 * then read once and profiled by the runner (maybe in a worker), which asks back for its side
 * files. One result per run.
 */
async function profileSide(
  source: TreeSource,
  path: string,
  opts: PipelineOptions,
  runner: JobRunner,
  runs: readonly ProfileFileOptions[],
  progress: (what: string) => void,
): Promise<SideResult[]> {
  const all = (r: SideResult): SideResult[] => runs.map(() => r);
  const lfs = (m: LfsUnresolved): SideResult => ({
    lfs: true,
    error: `${m.path}: stored in Git LFS (pointer to ${m.size} bytes, not fetched: ${m.reason}); use actions/checkout with \`lfs: true\` or the lfs: fetch input to measure it`,
  });
  const kept = opts.opened?.take(source, path) ?? null;
  // This job's temporary copies (a copy made while finding the changes included), removed once it is done.
  const folders = [...(kept?.folders ?? [])];
  // A full disk or a failing git met placing a side file stops the run; the job (maybe in a
  // worker) would report it as the model's error: on the base side, a warning that let its
  // max-increase budgets pass over a change nothing measured.
  let failed: EnvironmentError | null = null;
  try {
    // The cache is asked first: a hit needs no copy out of git.
    const outcome = await cachedJob(opts.cache ?? null, source, { path, runs }, async (asked) => {
      const m = kept?.place ?? (await opts.materialiser.placeModel(source, path, folders));
      if (m.kind !== 'file') return m;
      let at: ModelPlace = m;
      const place = async (paths: readonly string[]): Promise<SidePlacement> => {
        asked(paths);
        try {
          const r = await opts.materialiser.placeSideFiles(source, path, at, paths, folders);
          if (r.kind === 'file') at = r;
          return r;
        } catch (e) {
          if (e instanceof EnvironmentError) failed = e;
          throw e;
        }
      };
      const job = { side: source.side, path, file: m.file, root: m.root, runs };
      // A model read while finding the changes is profiled from that read, on this thread (a read cannot cross to a worker).
      return kept ? runProfileJob(job, place, opts.profile, kept.opened) : runner.run(job, place);
    });
    if (failed) throw failed;
    if (outcome.kind === 'missing') return all(null);
    if (outcome.kind === 'lfs') {
      progress('stored in Git LFS, not measured');
      return all(lfs(outcome));
    }
    const ms = `${Math.round(outcome.ms)} ms`;
    if (outcome.kind === 'unreadable') {
      progress(`${ms}, not measured`);
      return all({ error: outcome.error });
    }
    if (outcome.cached) progress('from the cache');
    else progress(outcome.runs.every((r) => 'profile' in r) ? ms : `${ms}, not measured`);
    return outcome.runs.map((r) => ('profile' in r ? { profile: r.profile } : { error: r.error }));
  } catch (e) {
    // Not the model's fault (a full disk, git failing to read an object): the run stops and says so.
    if (e instanceof EnvironmentError) throw e;
    // Placing the model can find it unreadable (a FIFO, a link out of the tree): reported on it.
    if (e instanceof ModelBudgetError) {
      progress('not measured');
      return all({ error: firstLine(e.message) });
    }
    // Anything else is our bug: the run stops and says so, naming the model.
    throw InternalError.wrap(e, { model: path });
  } finally {
    await opts.materialiser.release(folders);
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** What to profile for one change: its runs (one per operating point, else one), or nothing (ignored). */
function planRuns(config: GateConfig | null, change: ModelChange): { runs: ProfileFileOptions[]; points: Array<{ point: OperatingPoint; dims: Record<string, number>; inputs: Record<string, number[]> }> | null } | null {
  let dims: Readonly<Record<string, number>> = {};
  let inputs: Record<string, number[]> = {};
  const match = config ? matchChange(config, change).match : null;
  if (match?.kind === 'ignored') return null;
  if (match) {
    dims = match.dims;
    if (match.kind === 'matched') inputs = concreteInputs(match.inputs, dims);
  }
  const points = match?.kind === 'matched' ? match.entry.points : undefined;
  // Formulas in the dims the points vary and the dims nothing binds, with the first profile of
  // each side: a model whose dims the config fixes once costs no extra engine run.
  const free = [...new Set((points ?? []).flatMap((p) => Object.keys(p.dims)))];
  const modelOptions: ProfileFileOptions = { dims, inputs, perNode: true, formulas: { free } };
  if (!points || match?.kind !== 'matched') return { runs: [modelOptions], points: null };
  const at = points.map((point) => {
    const d = { ...match.dims, ...point.dims };
    return { point, dims: d, inputs: concreteInputs({ ...match.inputs, ...point.inputs }, d) };
  });
  // With points, the first point's profiles stand for the model (params, file size, formulas).
  return { runs: at.map((p, i) => ({ ...modelOptions, dims: p.dims, inputs: p.inputs, ...(i === 0 ? {} : { formulas: false }) })), points: at };
}

/**
 * Runs `tasks` on `lanes` at a time, in order; the first failure stops what has not started.
 * Returns only once every lane has ended, then throws the first failure: the caller's cleanup
 * (temporary folders, workers) must not run while another lane still uses them.
 */
export async function runLanes(tasks: ReadonlyArray<() => Promise<void>>, lanes: number): Promise<void> {
  let next = 0;
  let failure: { readonly error: unknown } | null = null;
  const lane = async (): Promise<void> => {
    while (failure === null && next < tasks.length) {
      try {
        await tasks[next++]!();
      } catch (e) {
        failure ??= { error: e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, tasks.length)) }, lane));
  if (failure !== null) throw (failure as { readonly error: unknown }).error;
}

function sideFields(head: SideResult, base: SideResult, lfsFlag = false): Partial<GateModelInput> {
  return {
    ...(head && 'profile' in head ? { head: head.profile } : {}),
    ...(head && 'error' in head ? { error: head.error } : {}),
    ...(lfsFlag && head && 'error' in head && head.lfs ? { lfsPointer: true } : {}),
    ...(base && 'profile' in base ? { base: base.profile } : {}),
    ...(base && 'error' in base ? { baseError: base.error } : {}),
  };
}

export async function profileChanges(opts: PipelineOptions): Promise<GateModelInput[]> {
  const log = opts.log ?? (() => undefined);
  for (const w of unmeasurableBudgets(opts.config)) (opts.warn ?? log)(w);
  const plans = opts.changes.map((change) => ({ change, plan: planRuns(opts.config, change), head: [] as SideResult[], base: [] as SideResult[] }));
  const measured = plans.filter((p) => p.plan !== null);
  // Every side of every change is one job; the runner spreads them over worker threads, and
  // the report keeps the order of the changes whatever order they finish in.
  const tasks: Array<() => Promise<void>> = [];
  measured.forEach((p, i) => {
    const { change, plan } = p;
    const runs = plan!.runs;
    log(`Profiling ${change.path} (${change.status}${change.previousPath ? ` from ${change.previousPath}` : ''}${change.via ? `, via ${change.via}` : ''})`);
    const progress = (side: string) => (what: string): void => opts.progress?.(`[${i + 1}/${measured.length}] ${change.path} ${side} ${what}`);
    p.head = runs.map(() => null);
    p.base = runs.map(() => null);
    if (change.status !== 'deleted') {
      tasks.push(async () => void (p.head = await profileSide(opts.head, change.path, opts, runner, runs, progress('head'))));
    }
    const base = opts.base;
    if (change.status !== 'added' && base) {
      tasks.push(async () => void (p.base = await profileSide(base, change.previousPath ?? change.path, opts, runner, runs, progress('base'))));
    }
  });
  const runner = jobRunner(opts.jobs ?? 1, tasks.length, opts.profile);
  try {
    await runLanes(tasks, runner.lanes);
  } finally {
    await runner.close();
  }
  const out: GateModelInput[] = [];
  for (const { change, plan, head: heads, base: bases } of plans) {
    const names = {
      path: change.path,
      status: change.status,
      ...(change.previousPath ? { previousPath: change.previousPath } : {}),
      ...sameFile(change),
    };
    if (plan === null) {
      out.push(names);
      continue;
    }
    const head = heads[0] ?? null;
    const base = bases[0] ?? null;
    const points: PointInput[] | undefined = plan.points?.map((p, i) => ({ name: p.point.name, dims: p.dims, inputs: p.inputs, ...sideFields(heads[i] ?? null, bases[i] ?? null) }));
    const input: GateModelInput = {
      ...names,
      ...sideFields(head, base, true),
      ...(points ? { points } : {}),
    };
    if (change.status !== 'deleted' && head === null) {
      out.push({ ...input, error: `${change.path}: not found in ${opts.head.description}` });
      continue;
    }
    out.push(input);
  }
  return out;
}
