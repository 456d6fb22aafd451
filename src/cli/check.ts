/**
 * `model-budget check [--base <git-ref>] [--config FILE] [--config-from base|head]`: the
 * pull-request gate run locally (io/pipeline.ts, localComparison). Prints the same markdown as
 * the PR comment. Exit 1 on a breach.
 */
import { resolve } from 'node:path';
import { EXIT } from '../graph/errors.js';
import { CONFIG_FROM } from '../io/config-source.js';
import type { ConfigFrom } from '../io/config-source.js';
import { commandUsage } from '../io/exec.js';
import { Git } from '../io/git.js';
import { checkPatterns, DEFAULT_MODEL_GLOBS, parsePatterns } from '../io/glob.js';
import type { LfsMode } from '../io/lfs.js';
import { localComparison, runGate } from '../io/pipeline.js';
import { defaultJobs, MAX_JOBS, parseJobs } from '../io/profile-pool.js';
import { escapeLog } from '../report/index.js';
import { parseCommandArgs } from './args.js';
import { defaultIo, defaultReportFormat, REPORT_FORMATS, renderReport } from './io.js';
import { parsePercent } from '../budget/units.js';
import { parseShard } from '../budget/shard.js';
import { ProfileCache } from '../io/profile-cache.js';
import type { CliIo, ReportFormat } from './io.js';
import { CliUsageError } from './usage.js';

export type { CliIo, ReportFormat } from './io.js';
export { defaultIo, renderReport } from './io.js';

export async function runCheck(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const { values } = parseCommandArgs({
    args: argv,
    allowPositionals: false,
    options: {
      base: { type: 'string' },
      config: { type: 'string' },
      'config-from': { type: 'string', default: 'base' },
      models: { type: 'string' },
      format: { type: 'string' },
      'min-change': { type: 'string' },
      lfs: { type: 'string', default: 'auto' },
      verbose: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      shard: { type: 'string' },
      'cache-dir': { type: 'string' },
    },
  });
  const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
  const format = defaultReportFormat(io, values.format) as ReportFormat;
  let minChange: number | undefined;
  try {
    minChange = values['min-change'] === undefined ? undefined : parsePercent(values['min-change']);
  } catch (e) {
    throw new CliUsageError(`--min-change: ${(e as Error).message}`);
  }
  if (!REPORT_FORMATS.includes(format)) throw new CliUsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  const jobs = values.jobs === undefined ? defaultJobs() : parseJobs(values.jobs);
  if (jobs === null) throw new CliUsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}`);
  const lfs = values.lfs as LfsMode;
  if (!['auto', 'fetch', 'skip'].includes(lfs)) throw new CliUsageError('--lfs must be one of auto, fetch, skip');
  const configFrom = values['config-from'] as ConfigFrom;
  if (!CONFIG_FROM.includes(configFrom)) throw new CliUsageError(`--config-from must be one of ${CONFIG_FROM.join(', ')}`);
  const models = parsePatterns(values.models ?? DEFAULT_MODEL_GLOBS);
  try {
    checkPatterns(models);
  } catch (e) {
    throw new CliUsageError(`--models: ${(e as Error).message}`);
  }
  // Progress (fetches, LFS, each model) goes to stderr with --verbose; the report to stdout.
  const log = values.verbose ? (m: string): void => io.stderr(`${escapeLog(m)}\n`) : (): void => undefined;

  let top: string;
  try {
    top = await new Git(io.cwd).topLevel();
  } catch {
    throw new CliUsageError(`${io.cwd} is not inside a git repository`);
  }
  const comparison = await localComparison(top, values.base, log);
  io.stderr(`${escapeLog(`model-budget check: ${comparison.description}`)}\n`);
  const { report } = await runGate(comparison, {
    config: { ...(values.config !== undefined ? { file: values.config } : {}), cwd: io.cwd, from: configFrom, label: '--config' },
    models,
    lfs,
    log,
    warn: (m) => io.stderr(`${escapeLog(`model-budget: warning: ${m}`)}\n`),
    ...(io.profile ? { profile: io.profile } : {}),
    ...(minChange !== undefined ? { minChange } : {}),
    jobs,
    // One line per side of each model as it is profiled; the report goes to stdout.
    progress: (line) => io.stderr(`${escapeLog(line)}\n`),
    ...(shard ? { shard } : {}),
    ...(values['cache-dir'] ? { cache: new ProfileCache(resolve(io.cwd, values['cache-dir']), log) } : {}),
  });
  const commands = commandUsage();
  log(`External commands (git, git-lfs): ${commands.runs}, running for ${Math.round(commands.busyMs)} ms of the run`);
  // A shard's partial report is for `model-budget merge`: JSON, and no verdict of its own.
  if (shard) {
    io.stdout(renderReport(report, 'json'));
    return EXIT.OK;
  }
  io.stdout(renderReport(report, format));
  return report.passed ? EXIT.OK : EXIT.BREACH;
}
