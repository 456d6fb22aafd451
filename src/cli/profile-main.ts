/**
 * `model-budget profile` with its own failure report: the entry of dist/cli/profile.cjs
 * (code-cache.ts). The bundle has its own copy of the error classes, which the CLI entry's
 * `reportFailure` would not recognise (a bad model would read as an internal error), so failures
 * are reported here, by the bundle's copy.
 */
import { reportOn } from './errors.js';
import { stderr } from './output.js';
import { runProfileCommand } from './profile.js';

export async function profileMain(argv: string[]): Promise<number> {
  try {
    return await runProfileCommand(argv);
  } catch (e) {
    return reportOn(stderr, e);
  }
}
