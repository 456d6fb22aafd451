/**
 * `model-budget diff <base.onnx> <head.onnx> [--config FILE] [--format md|text|json]`: two model
 * files compared like the gate compares a changed model (budgets from the config entry matching
 * the head path). Exit 1 when a budget is exceeded, 0 otherwise.
 */
import { evaluateGate } from '../budget/gate.js';
import { ModelFileError } from '../graph/errors.js';
import { profileChanges } from '../io/pipeline.js';
import { dirSource, Materialiser } from '../io/sources.js';
import { defaultIo, readConfigFile, renderReport } from './check.js';
import type { CliIo, ReportFormat } from './check.js';
import { parseCommandArgs } from './args.js';
import { CliUsageError } from './usage.js';
import { existsSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';

export async function runDiff(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const parsed = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      format: { type: 'string', default: 'md' },
    },
  });
  const { values, positionals } = parsed;
  if (positionals.length !== 2) throw new CliUsageError('diff takes two model files: <base.onnx> <head.onnx>');
  const format = values.format as ReportFormat;
  if (!['md', 'text', 'json'].includes(format)) throw new CliUsageError('--format must be one of md, text, json');
  const [basePath, headPath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
  for (const p of [basePath, headPath]) if (!existsSync(p)) throw new ModelFileError(relative(io.cwd, p) || p, 'file not found');
  const config = await readConfigFile(io.cwd, values.config);
  // Each side is profiled in place; the head's path relative to cwd is what config globs see.
  const rel = (p: string): string => relative(io.cwd, p).split(sep).join('/');
  const headRel = rel(headPath);
  const baseRel = rel(basePath);
  const materialiser = new Materialiser(io.cwd, 'skip');
  try {
    const models = await profileChanges({
      config,
      changes: [{ status: 'modified', path: headRel, ...(baseRel !== headRel ? { previousPath: baseRel } : {}) }],
      // The user named these two files: they may live anywhere, but must be regular files.
      base: dirSource(io.cwd, 'base', 'base file', null, undefined, { confine: false }),
      head: dirSource(io.cwd, 'head', 'head file', null, undefined, { confine: false }),
      materialiser,
    });
    // Two explicit files: an unreadable one is a usage-level failure, not a gate verdict. The
    // pipeline's message starts with the file's path, which may itself contain ': '.
    const m = models[0];
    const broken = m?.error !== undefined ? { path: headRel, message: m.error } : m?.baseError !== undefined ? { path: baseRel, message: m.baseError } : null;
    if (broken) {
      const prefix = `${broken.path}: `;
      throw new ModelFileError(broken.path, broken.message.startsWith(prefix) ? broken.message.slice(prefix.length) : broken.message);
    }
    const report = evaluateGate({ config, models });
    io.stdout(renderReport(report, format));
    return report.passed ? 0 : 1;
  } finally {
    await materialiser.cleanup();
  }
}
