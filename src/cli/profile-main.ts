/**
 * `model-budget profile` with its own failure report: the entry of dist/cli/profile.cjs
 * (code-cache.ts). The bundle has its own copy of the error classes, which the CLI entry's
 * `reportFailure` would not recognise (a bad model would read as an internal error), so failures
 * are reported here, by the bundle's copy.
 */
import { loadedFormats } from '../formats/registry.js';
import { loadedFamilies } from '../ops/load.js';
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

/**
 * The lazily loaded parts this process has run: format readers and op families. The code cache
 * records them, and is saved again when a run needs a part it lacks (code-cache.ts).
 */
export function codeParts(): string[] {
  return [...loadedFormats().map((f) => `format:${f}`), ...loadedFamilies().map((f) => `ops:${f}`)].sort();
}
