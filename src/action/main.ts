/** Entry point of the GitHub Action (bundled to dist/action/index.js). All logic is in run.ts. */
import { isProfileWorker, registerWorkerEntry } from '../io/worker-entry.js';

// Profile workers run this same file (a bundle has no other): they serve jobs instead.
if (await isProfileWorker()) {
  (await import('../io/profile-worker.js')).serveProfileWorker();
} else {
  registerWorkerEntry(import.meta.url);
  await (await import('./run.js')).run();
}
