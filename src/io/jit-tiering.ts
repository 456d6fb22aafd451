/**
 * V8's tiering for short runs (issue 14, engine cold). A `profile` process runs each function of
 * the engine a few hundred times at most and then exits, so on Node 20 it spends most of its time
 * in V8's interpreter. `--always-sparkplug` gives a function V8's baseline code (a quick,
 * non-optimising compile of its bytecode) from the start, instead of after a budget of
 * interpreted runs: the first profile of each of the 11 models of ../shared/models, in fresh
 * processes with old and new interleaved, took 31% less CPU (geomean; warm within the noise).
 * A tiny model pays for compiling code that runs once: `profile` of examples/models/
 * small_cnn_head.onnx, whole process, +3.6 ms.
 *
 * Only V8 11 (Node 20) gets it. Node 22 (V8 12.4) gained nothing. On Node 24 (V8 13.6) the same
 * flag, with or without `--no-maglev`, helped when given on the command line (cold -35%) but not
 * when set at run time as here (Node's own start-up has run by then): the first profile was no
 * faster, and warm profiles were up to 2x slower without Maglev. Another V8 runs with its defaults,
 * also because V8 prints an error for a flag it does not know.
 *
 * Flags are process-wide and worker threads share them, so each entry (CLI launcher, CLI, action)
 * sets them first (a profile worker, which runs the same entry, leaves them), before the code it
 * runs is compiled: V8 checks cached code against its flags
 * (cli/code-cache.ts). MODEL_BUDGET_V8_DEFAULTS=1 keeps V8's defaults (to compare, or should a V8
 * misbehave with them).
 */
import v8 from 'node:v8';
import { PROFILE_WORKER_ARG } from './worker-entry.js';

export const SHORT_RUN_FLAGS = '--always-sparkplug';
/** The environment variable that keeps V8's defaults. */
export const V8_DEFAULTS_ENV = 'MODEL_BUDGET_V8_DEFAULTS';
/** V8 major versions the flags were measured to help on: 11 (Node 20). */
const MEASURED_V8_MAJORS: ReadonlySet<number> = new Set([11]);

/** Whether the flags apply to this V8 (`process.versions.v8`) and environment. */
export function tiersForShortRuns(v8Version: string, env: NodeJS.ProcessEnv): boolean {
  if (env[V8_DEFAULTS_ENV] === '1') return false;
  return MEASURED_V8_MAJORS.has(Number(/^(\d+)\./.exec(v8Version)?.[1]));
}

/**
 * What a run's V8 flags owe to this module, as Node options would name them (cli/code-cache.ts keys
 * its entries by the options): nothing when the flags are set, or when this V8 gets none anyway;
 * the environment variable when it kept V8's defaults where the flags would apply.
 */
export function tieringOptions(v8Version: string, env: NodeJS.ProcessEnv): string[] {
  return tiersForShortRuns(v8Version, {}) && !tiersForShortRuns(v8Version, env) ? [`${V8_DEFAULTS_ENV}=1`] : [];
}

/**
 * Sets the flags when they apply; returns whether it did. A profile worker (it runs its program's
 * entry too) leaves them to the main thread: they are process-wide.
 */
export function tuneTieringForShortRuns(): boolean {
  if (process.argv.includes(PROFILE_WORKER_ARG) || !tiersForShortRuns(process.versions.v8, process.env)) return false;
  v8.setFlagsFromString(SHORT_RUN_FLAGS);
  return true;
}
