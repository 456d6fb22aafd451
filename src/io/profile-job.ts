/**
 * The gate's unit of work: one side (base or head) of one changed model, read once and profiled
 * at each of its operating points. It runs in-process or in a worker thread (profile-pool.ts),
 * so it takes and returns plain data (structured-clone safe): file names and options in,
 * profiles or one-line errors out. Side files are asked for through `place`: the model's format
 * names them from the decoded file (ONNX external data), and the main thread, which owns git
 * and the temporary folders, puts them beside it.
 */
import { performance } from 'node:perf_hooks';
import { resolve, sep } from 'node:path';
import { openModel } from '../formats/registry.js';
import type { OpenedModel } from '../formats/registry.js';
import { InternalError, ModelBudgetError } from '../graph/errors.js';
import { profileLoaded } from '../profile/index.js';
import type { ProfileFileOptions } from '../profile/index.js';
import type { ProfileResult } from '../profile/types.js';
import { bringSideFiles } from './sources.js';
import type { LfsUnresolved, SidePlacement } from './sources.js';

export interface ProfileJob {
  /** 'base' or 'head'. */
  readonly side: string;
  /** Repository path: what the report and every message call the model. */
  readonly path: string;
  /** The model file on disk (in place, or a copy under `root`). */
  readonly file: string;
  /** The folder that stands for the repository top. */
  readonly root: string;
  /** One profile per operating point (one when the model has none), all from one read. */
  readonly runs: readonly ProfileFileOptions[];
}

export type RunOutcome = { readonly profile: ProfileResult } | { readonly error: string };

export type JobOutcome = { readonly ms: number } & (
  /** `cached`: taken from the baseline cache (profile-cache.ts), not profiled in this run. */
  | { readonly kind: 'profiled'; readonly runs: readonly RunOutcome[]; readonly cached?: true }
  /** The file could not be read: the one error stands for every run. */
  | { readonly kind: 'unreadable'; readonly error: string }
  | LfsUnresolved
);

/** Brings side files beside the model; a ModelBudgetError for a side file that cannot be read safely. */
export type PlaceSideFiles = (sidePaths: readonly string[]) => Promise<SidePlacement>;

export type ProfileLoadedFn = typeof profileLoaded;

/**
 * Reads the job's model once (its side files placed first) and profiles it at every run; `opened`
 * is that read when it was made already (io/changes.ts opened the model to see which side files
 * it names). A model that cannot be measured is a one-line error naming it by repository path;
 * anything else is our bug, thrown as an InternalError naming the model.
 */
export async function runProfileJob(job: ProfileJob, place: PlaceSideFiles, profile: ProfileLoadedFn = profileLoaded, opened?: OpenedModel): Promise<JobOutcome> {
  const started = performance.now();
  const ms = (): number => performance.now() - started;
  let file = job.file;
  let root = job.root;
  // Messages name files where they were read (maybe a temporary copy, and its side files under
  // the same root); the report names them by repository path.
  const line = (e: ModelBudgetError): string => {
    let text = e.message.split('\n')[0] ?? e.message;
    for (const f of new Set([file, job.file])) text = text.split(f).join(job.path);
    for (const r of new Set([root, job.root])) text = text.split(`${resolve(r)}${sep}`).join('');
    return text;
  };
  try {
    const model = opened ?? (await openModel(file));
    const { placed } = await bringSideFiles(job.path, file, (at) => model.sideFiles(at), place);
    if (placed?.kind === 'lfs') return { ...placed, ms: ms() };
    if (placed) ({ file, root } = placed);
    const loaded = await model.load(file, job.runs[0]?.dims ? { dims: job.runs[0].dims } : {});
    const runs: RunOutcome[] = [];
    for (const options of job.runs) {
      try {
        runs.push({ profile: await profile(loaded, { ...options, displayPath: job.path }) });
      } catch (e) {
        if (!(e instanceof ModelBudgetError)) throw e;
        runs.push({ error: line(e) });
      }
    }
    return { kind: 'profiled', runs, ms: ms() };
  } catch (e) {
    // A model that cannot be measured is reported on that model; the rest of the gate goes on.
    if (e instanceof ModelBudgetError) return { kind: 'unreadable', error: line(e), ms: ms() };
    throw InternalError.wrap(e, { model: job.path });
  }
}
