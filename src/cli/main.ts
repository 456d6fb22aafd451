#!/usr/bin/env node
/**
 * `model-budget profile|diff|check`: thin I/O around the profiler and the gate.
 * Exit codes (graph/errors.ts EXIT): 0 success, 1 budget breach (diff, check), 2 bad input, config
 * or usage, 3 internal error (a bug in model-budget).
 */
import { runCheck } from './check.js';
import { runDiff } from './diff.js';
import { runProfileCommand } from './profile.js';
import { CliUsageError, USAGE } from './usage.js';
import { reportFailure } from './errors.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'profile':
      return runProfileCommand(rest);
    case 'diff':
      return runDiff(rest);
    case 'check':
      return runCheck(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    case '--version':
    case '-v':
      process.stdout.write('model-budget 0.1.0\n');
      return 0;
    default:
      throw new CliUsageError(`unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportFailure(e, (line) => process.stderr.write(line));
  },
);
