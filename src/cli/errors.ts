/** Turns any failure into one line on stderr and an exit code; stack traces only on request. */
import { ModelFileError } from '../graph/errors.js';
import { ProfileOptionError } from '../profile/index.js';
import { escapeLog } from '../report/escape.js';
import { CliUsageError } from './usage.js';

/** Messages carry file names and model text: each becomes one escaped line. */
const line = (text: string): string => `${escapeLog(text)}\n`;

/** Returns the exit code. `MODEL_BUDGET_DEBUG=1` adds the stack of internal errors. */
export function reportFailure(e: unknown, write: (line: string) => void, debug = process.env['MODEL_BUDGET_DEBUG'] === '1'): number {
  if (e instanceof ModelFileError) {
    write(line(`model-budget: ${e.file}: ${e.detail}`));
    return 2;
  }
  if (e instanceof CliUsageError || e instanceof ProfileOptionError) {
    write(`${line(`model-budget: ${e.message}`)}Run 'model-budget --help' for usage.\n`);
    return 2;
  }
  // Errors thrown by the config parser and other input validators carry a user-facing message.
  if (e instanceof Error && /^(ConfigError|UnitError|GlobError|HardwareOptionError)$/.test(e.name)) {
    write(line(`model-budget: ${e.message}`));
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  write(line(`model-budget: internal error: ${message}`));
  if (debug && e instanceof Error && e.stack) write(`${e.stack}\n`);
  return 1;
}
