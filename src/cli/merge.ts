/**
 * `model-budget merge <report.json|folder>...`: the partial reports of `check --shard i/n` (or of
 * the action's `shard` input) merged into the report of the unsharded run (io/shard-reports.ts).
 * Prints it like `check` and exits like `check`: 1 on a breach.
 */
import { EXIT } from '../graph/errors.js';
import { mergeShardFiles } from '../io/shard-reports.js';
import { parseCommandArgs } from './args.js';
import { defaultIo, defaultReportFormat, REPORT_FORMATS, renderReport } from './io.js';
import type { CliIo, ReportFormat } from './io.js';
import { CliUsageError } from './usage.js';

export async function runMerge(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const { values, positionals } = parseCommandArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' } } });
  const format = defaultReportFormat(io, values.format) as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new CliUsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  if (positionals.length === 0) throw new CliUsageError('merge needs the partial reports (files, or folders of .json files) of every shard');
  const { report } = await mergeShardFiles(positionals, { cwd: io.cwd, label: '' });
  io.stdout(renderReport(report, format));
  return report.passed ? EXIT.OK : EXIT.BREACH;
}
