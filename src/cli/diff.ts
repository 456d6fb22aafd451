/**
 * `model-budget diff <base.onnx> <head.onnx> [--config FILE] [--format md|text|json]`: two model
 * files compared like the gate compares a changed model (budgets from the config entry matching
 * the head path; the default config is the repository's). Exit 1 when a budget is exceeded.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { EXIT, ModelFileError } from '../graph/errors.js';
import { pathInside, repositoryTop } from '../io/config-source.js';
import { fileComparison, runGate } from '../io/pipeline.js';
import { parseCommandArgs } from './args.js';
import { defaultIo, REPORT_FORMATS, renderReport } from './io.js';
import type { CliIo, ReportFormat } from './io.js';
import { CliUsageError } from './usage.js';

export async function runDiff(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      format: { type: 'string', default: 'md' },
    },
  });
  if (positionals.length !== 2) throw new CliUsageError('diff takes two model files: <base.onnx> <head.onnx>');
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new CliUsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  const [basePath, headPath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
  for (const p of [basePath, headPath]) if (!existsSync(p)) throw new ModelFileError(relative(io.cwd, p) || p, 'file not found');
  // Config globs see the head's path relative to the repository top, like the gate does; files
  // outside the repository are seen relative to the working directory.
  const top = await repositoryTop(io.cwd);
  const root = top !== null && pathInside(top, basePath) !== null && pathInside(top, headPath) !== null ? top : io.cwd;
  const rel = (p: string): string => relative(root, p).split(sep).join('/');
  const headRel = rel(headPath);
  const baseRel = rel(basePath);
  const { report, models } = await runGate(fileComparison(root, top ?? io.cwd, baseRel, headRel), {
    config: { ...(values.config !== undefined ? { file: values.config } : {}), cwd: io.cwd, from: 'head', label: '--config' },
    lfs: 'skip',
    ...(io.profile ? { profile: io.profile } : {}),
  });
  // Two explicit files: an unreadable one is a usage-level failure, not a gate verdict. The
  // pipeline's message starts with the file's path, which may itself contain ': '.
  const m = models[0];
  const broken = m?.error !== undefined ? { path: headRel, message: m.error } : m?.baseError !== undefined ? { path: baseRel, message: m.baseError } : null;
  if (broken) {
    const prefix = `${broken.path}: `;
    throw new ModelFileError(broken.path, broken.message.startsWith(prefix) ? broken.message.slice(prefix.length) : broken.message);
  }
  io.stdout(renderReport(report, format));
  return report.passed ? EXIT.OK : EXIT.BREACH;
}
