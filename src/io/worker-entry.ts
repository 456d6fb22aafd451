/**
 * Which file a profile worker thread runs: the program's own entry (the CLI's or the action's
 * bundle, or build/src/... unbundled), which registers itself here and, started as a worker,
 * serves profile jobs instead of running the program (profile-worker.ts). A bundle has no other
 * file a worker could load. Kept free of heavy imports: every entry loads it first.
 */
/** The tag in `workerData` that makes an entry serve profiles. */
export const PROFILE_WORKER_ROLE = 'model-budget/profile-worker';

/**
 * The argument the pool starts a worker with: seen in `process.argv` without loading
 * node:worker_threads, which costs every `profile` run milliseconds (issue 14, process start).
 * Only a hint: a program given it on the command line is still the main thread.
 */
export const PROFILE_WORKER_ARG = '--model-budget-profile-worker';

let entry: URL | null = null;

/** Called by a program's entry with its own `import.meta.url`. */
export function registerWorkerEntry(url: string | URL): void {
  entry = new URL(url);
}

/** The registered entry, or null (library use, tests: profiles run in-process). */
export function workerEntry(): URL | null {
  return entry;
}

/** Whether this thread was started by the profile pool to serve jobs. */
export async function isProfileWorker(): Promise<boolean> {
  if (!process.argv.includes(PROFILE_WORKER_ARG)) return false;
  const { isMainThread, workerData } = await import('node:worker_threads');
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === PROFILE_WORKER_ROLE;
}
