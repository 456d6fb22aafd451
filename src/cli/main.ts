#!/usr/bin/env node
/**
 * `model-budget profile|diff|check|merge`: thin I/O around the profiler and the gate.
 * Exit codes (graph/errors.ts EXIT): 0 success, 1 budget breach (diff, check), 2 bad input, config
 * or usage, 3 internal error (a bug in model-budget).
 */
import { bundleBeside, runBundledProfile } from './code-cache.js';
import { enableCompileCache } from './compile-cache.js';
import { reportOn } from './errors.js';
import { stderr, stdout } from './output.js';
import { isProfileWorker, registerWorkerEntry } from '../io/worker-entry.js';

/** dist/cli/profile.cjs for `profile` when the CLI runs from dist/ (code-cache.ts). */
const profileBundle = process.argv[2] === 'profile' ? bundleBeside(import.meta.url) : undefined;
// Before any chunk loads (see compile-cache.ts); the profile bundle has a cache of its own.
if (!profileBundle) enableCompileCache();

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded only when it runs: `profile` must not pay for compiling the git,
    // GitHub and gate code (issue 14: process start within 40 ms of `node -e 0`).
    case 'profile':
      if (profileBundle) return runBundledProfile(profileBundle, rest);
      return (await import('./profile-main.js')).profileMain(rest);
    case 'diff':
      return (await import('./diff.js')).runDiff(rest);
    case 'check':
      return (await import('./check.js')).runCheck(rest);
    case 'merge':
      return (await import('./merge.js')).runMerge(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      // The usage text lists every format: loading it (all the readers) is for help alone.
      stdout((await import('./usage.js')).USAGE);
      return command === undefined ? 2 : 0;
    case '--version':
    case '-v':
      stdout('model-budget 0.1.0\n');
      return 0;
    default:
      throw new (await import('./usage.js')).CliUsageError(`unknown command '${command}'`);
  }
}

// `check` profiles in worker threads that run this same file (the bundle has no other): they serve jobs.
if (await isProfileWorker()) {
  (await import('../io/profile-worker.js')).serveProfileWorker();
} else {
  registerWorkerEntry(import.meta.url);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.exitCode = reportOn(stderr, e);
    },
  );
}
