/** Turns any failure into one line on stderr and an exit code; stack traces only on request. */
import { ModelFileError } from '../graph/errors.js';
import { ProfileOptionError } from '../profile/index.js';
import { CliUsageError } from './usage.js';

/** Returns the exit code. `MODEL_BUDGET_DEBUG=1` adds the stack of internal errors. */
export function reportFailure(e: unknown, write: (line: string) => void, debug = process.env['MODEL_BUDGET_DEBUG'] === '1'): number {
  if (e instanceof ModelFileError) {
    write(`model-budget: ${e.file}: ${e.detail}\n`);
    return 2;
  }
  if (e instanceof CliUsageError || e instanceof ProfileOptionError) {
    write(`model-budget: ${e.message}\nRun 'model-budget --help' for usage.\n`);
    return 2;
  }
  // Errors thrown by the config parser and other input validators carry a user-facing message.
  if (e instanceof Error && /^(ConfigError|UnitError|GlobError|HardwareOptionError)$/.test(e.name)) {
    write(`model-budget: ${e.message}\n`);
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  write(`model-budget: internal error: ${message}\n`);
  if (debug && e instanceof Error && e.stack) write(`${e.stack}\n`);
  return 1;
}
