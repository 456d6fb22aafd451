/** Entry point of the GitHub Action (bundled to dist/action/index.js). All logic is in run.ts. */
import { tuneTieringForShortRuns } from '../io/jit-tiering.js';
import { isProfileWorker, registerWorkerEntry } from '../io/worker-entry.js';

// Process-wide, so before any worker starts; run.ts and the engine load after it.
tuneTieringForShortRuns();

// Profile workers run this same file (a bundle has no other): they serve jobs instead.
if (await isProfileWorker()) {
  (await import('../io/profile-worker.js')).serveProfileWorker();
} else {
  registerWorkerEntry(import.meta.url);
  await (await import('./run.js')).run();
}
