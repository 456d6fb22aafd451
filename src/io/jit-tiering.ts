/**
 * V8's tiering for short runs (issue 14, engine cold). A `profile` process runs each function of
 * the engine a few hundred times at most and then exits, so it spends its time in V8's
 * interpreter and in compiling optimised code it then barely runs:
 * - `--always-sparkplug` gives a function V8's baseline code (a quick, non-optimising compile of
 *   its bytecode) from the start, instead of after a budget of interpreted runs;
 * - `--no-maglev` stops V8 13 (Node 24) compiling mid-tier optimised code on helper threads for
 *   functions that then run a few more times: on a 2-core runner those threads take the core the
 *   profile runs on. TurboFan still optimises what runs long (warm profiles, the gate's workers).
 * Measured on the first profile of each of the 11 models of ../shared/models in fresh processes,
 * old and new interleaved (medians of 7): Node 20, cold CPU -31%; Node 24, cold CPU -35 to -45%
 * (the more so the busier the machine); warm within the noise (5%). On Node 22 (V8 12.4) the
 * same flags changed nothing, so they are not set there.
 *
 * Flags are process-wide and worker threads share them, so each entry (CLI launcher, CLI, action)
 * sets them first, before the code it runs is compiled: V8 checks cached code against its flags
 * (cli/code-cache.ts). V8 prints an error for a flag it does not know, so they are set only on the
 * V8 versions measured; another runs with V8's defaults. MODEL_BUDGET_V8_DEFAULTS=1 keeps the
 * defaults everywhere (to compare, or should a V8 misbehave with them).
 */
import v8 from 'node:v8';

export const SHORT_RUN_FLAGS = '--always-sparkplug --no-maglev';
/** The environment variable that keeps V8's defaults. */
export const V8_DEFAULTS_ENV = 'MODEL_BUDGET_V8_DEFAULTS';
/** V8 major versions the flags were measured to help on: 11 (Node 20) and 13 (Node 24). */
const MEASURED_V8_MAJORS: ReadonlySet<number> = new Set([11, 13]);

/** Whether the flags apply to this V8 (`process.versions.v8`) and environment. */
export function tiersForShortRuns(v8Version: string, env: NodeJS.ProcessEnv): boolean {
  if (env[V8_DEFAULTS_ENV] === '1') return false;
  return MEASURED_V8_MAJORS.has(Number(/^(\d+)\./.exec(v8Version)?.[1]));
}

/** Sets the flags when they apply; returns whether it did. */
export function tuneTieringForShortRuns(): boolean {
  if (!tiersForShortRuns(process.versions.v8, process.env)) return false;
  v8.setFlagsFromString(SHORT_RUN_FLAGS);
  return true;
}
