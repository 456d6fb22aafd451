/** Turns any failure into one line on stderr and an exit code; stack traces only on request. */
import { EXIT, internalErrorLine, InternalError, ModelBudgetError, ModelFileError, UsageError } from '../graph/errors.js';
import { escapeLog } from '../report/escape.js';

/** Messages carry file names and model text: each becomes one escaped line. */
const line = (text: string): string => `${escapeLog(text)}\n`;

/**
 * Returns the exit code: 2 for what the user can fix (the message says what), 3 for a bug in
 * model-budget. `MODEL_BUDGET_DEBUG=1` adds the stack of internal errors.
 */
export function reportFailure(e: unknown, write: (line: string) => void, debug = process.env['MODEL_BUDGET_DEBUG'] === '1'): number {
  if (!(e instanceof ModelBudgetError)) {
    write(line(`model-budget: ${internalErrorLine(e)}`));
    if (debug) {
      const wrapped = InternalError.wrap(e);
      // The stack quotes model text too: escaped line by line.
      const stack = wrapped instanceof InternalError ? wrapped.originalStack : String(e);
      write(stack.split('\n').map(line).join(''));
    }
    return EXIT.INTERNAL;
  }
  if (e instanceof ModelFileError) write(line(`model-budget: ${e.file}: ${e.detail}`));
  else if (e instanceof UsageError) write(`${line(`model-budget: ${e.message}`)}Run 'model-budget --help' for usage.\n`);
  else write(line(`model-budget: ${e.message}`));
  return EXIT.BAD_INPUT;
}

/**
 * reportFailure on standard error. When that cannot be written either (an OutputError), the exit
 * code alone says what it was.
 */
export function reportOn(stderr: (line: string) => void, e: unknown): number {
  try {
    return reportFailure(e, stderr);
  } catch {
    return reportFailure(e, () => undefined);
  }
}
