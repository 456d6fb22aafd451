/**
 * `model-budget check [--base <git-ref>] [--config FILE]`: the pull-request gate run locally.
 * Compares the working tree (uncommitted and untracked models included) with the merge base of
 * HEAD and the base ref, and prints the same markdown as the PR comment. Exit 1 on a breach.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { DEFAULT_CONFIG_FILE, parseConfig } from '../budget/config.js';
import { evaluateGate } from '../budget/gate.js';
import type { GateConfig, GateReport } from '../budget/types.js';
import { escapeLog, jsonForLog, renderSummary, renderText } from '../report/index.js';
import { findModelChanges } from '../io/changes.js';
import { Git, refProblem } from '../io/git.js';
import type { FileChange } from '../io/git.js';
import { DEFAULT_MODEL_GLOBS, matchesAny, parsePatterns } from '../io/glob.js';
import type { LfsMode } from '../io/lfs.js';
import { profileChanges } from '../io/pipeline.js';
import { dirSource, emptySource, gitSource, Materialiser } from '../io/sources.js';
import { parseCommandArgs } from './args.js';
import { CliUsageError } from './usage.js';

/** What the command may touch: its working directory and two output streams. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const defaultIo: CliIo = {
  cwd: process.cwd(),
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

export type ReportFormat = 'md' | 'text' | 'json';
const FORMATS: readonly ReportFormat[] = ['md', 'text', 'json'];

export function renderReport(report: GateReport, format: ReportFormat): string {
  if (format === 'json') return jsonForLog(report);
  if (format === 'text') return renderText(report);
  return `${renderSummary(report)}\n`;
}

/** Config from a path relative to `root`; null when the default file is absent. */
export async function readConfigFile(root: string, file: string | undefined): Promise<GateConfig | null> {
  const path = file ?? DEFAULT_CONFIG_FILE;
  const full = isAbsolute(path) ? path : join(root, path);
  if (!existsSync(full)) {
    if (file !== undefined) throw new CliUsageError(`--config ${file}: file not found`);
    return null;
  }
  return parseConfig(await readFile(full, 'utf8'), path);
}

/** The default base: the remote's default branch, else main/master. */
async function defaultBase(git: Git): Promise<string> {
  for (const ref of ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master']) {
    if (await git.resolveCommit(ref)) return ref.replace(/^refs\/(remotes|heads)\//, '');
  }
  throw new CliUsageError('no --base given and no origin/HEAD, main or master branch found; pass --base <git-ref>');
}

export async function runCheck(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const parsed = parseCommandArgs({
    args: argv,
    allowPositionals: false,
    options: {
      base: { type: 'string' },
      config: { type: 'string' },
      models: { type: 'string' },
      format: { type: 'string', default: 'md' },
      lfs: { type: 'string', default: 'auto' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const { values } = parsed;
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) throw new CliUsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const lfs = values.lfs as LfsMode;
  if (!['auto', 'fetch', 'skip'].includes(lfs)) throw new CliUsageError('--lfs must be one of auto, fetch, skip');
  const patterns = parsePatterns(values.models ?? DEFAULT_MODEL_GLOBS);
  // Progress (fetches, LFS, each model) goes to stderr with --verbose; the report to stdout.
  const log = values.verbose ? (m: string): void => io.stderr(`${escapeLog(m)}\n`) : (): void => undefined;

  const probe = new Git(io.cwd);
  let top: string;
  try {
    top = await probe.topLevel();
  } catch {
    throw new CliUsageError(`${io.cwd} is not inside a git repository`);
  }
  const git = new Git(top, log);
  const config = await readConfigFile(io.cwd, values.config);
  const headCommit = await git.resolveCommit('HEAD');
  const problem = values.base === undefined ? null : refProblem(values.base);
  if (problem !== null) throw new CliUsageError(`--base '${values.base}' is not a valid git ref or SHA: ${problem}`);
  const baseRef = values.base ?? (await defaultBase(git));
  const baseTip = await git.resolveCommit(baseRef);
  if (!baseTip) throw new CliUsageError(`--base ${baseRef}: not a commit in this repository`);
  let baseSha: string | null = baseTip;
  if (headCommit) {
    const mb = await git.mergeBase(baseTip, headCommit);
    // On the base branch itself, "what changed" means the last commit plus local edits.
    baseSha = mb === headCommit && values.base === undefined ? ((await git.parents(headCommit))[0] ?? null) : (mb ?? baseTip);
  }
  io.stderr(`${escapeLog(`model-budget check: base ${baseRef} (${baseSha ?? 'none'}), head: working tree${headCommit ? ` on ${headCommit.slice(0, 12)}` : ''}`)}\n`);

  const head = dirSource(top, 'head', 'working tree', headCommit, () => git.listWorkingFiles());
  const base = baseSha ? gitSource(git, baseSha, 'base') : null;
  const isModel = (p: string): boolean => matchesAny(p, patterns);
  let files: FileChange[];
  if (baseSha) {
    files = await git.diffNameStatus(baseSha, null);
    // git diff against the working tree leaves out files never added: those are new too.
    const listed = new Set(files.map((f) => f.path));
    for (const p of await git.listUntracked()) if (!listed.has(p)) files.push({ status: 'added', path: p });
  } else {
    files = (await git.listWorkingFiles()).map((path) => ({ status: 'added' as const, path }));
  }
  const changes = await findModelChanges(files, isModel, base, head);
  const materialiser = new Materialiser(top, lfs, log);
  let report: GateReport;
  try {
    const models = await profileChanges({
      config,
      changes,
      base: base ?? emptySource('base', 'no base commit'),
      head,
      materialiser,
      log,
      warn: (m) => io.stderr(`${escapeLog(`model-budget: warning: ${m}`)}\n`),
    });
    report = evaluateGate({ config, models });
  } finally {
    await materialiser.cleanup();
  }
  io.stdout(renderReport(report, format));
  return report.passed ? 0 : 1;
}
