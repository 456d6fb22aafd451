/**
 * The gate report file. Written by a gate, report or shard run into a workspace that is a pull
 * request's checkout (`writeReportFile`: never through a link it holds). Read back by a
 * `publish` run: the artifact of a pull-request run, so untrusted.
 * It must be a regular file (symbolic links resolved; a FIFO or /dev/zero is refused before it
 * is opened, see io/contained-read.ts), at most MAX_REPORT_BYTES, JSON no deeper than ours
 * (io/json-input.ts: refused before it is parsed), and a GateReport by
 * schema/gate-report.schema.json (budget/gate.ts). Every problem is one line naming the input.
 */
import { validateGateReport } from '../budget/gate.js';
import type { GateReport } from '../budget/types.js';
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isInside, UnsafeFileError } from '../formats/contained-file.js';
import { ModelBudgetError, UsageError } from '../graph/errors.js';
import { readContainedFile } from './contained-read.js';
import { parseJsonInput } from './json-input.js';
import { realPathAhead } from './real-path.js';

/** Far above any real report (a few kB per model), far below a memory problem. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/** A report-path that cannot be used; the message starts with `report-path <path>:` (or the caller's label). */
export class ReportFileError extends UsageError {
  override name = 'ReportFileError';
  constructor(shown: string, detail: string, label = 'report-path ') {
    super(`${label}${JSON.stringify(shown)}: ${detail}`);
  }
}

export interface ReportFileOptions {
  /** The file must lie inside this folder (links resolved): the workspace, for the action. */
  readonly within?: string;
  /** Prefix of messages before the quoted path; default `report-path `. */
  readonly label?: string;
}

/** Reads and validates the report at `path` (`shown`: the path as the workflow wrote it). */
export async function readGateReport(path: string, shown: string, options: ReportFileOptions = {}): Promise<GateReport> {
  const label = options.label ?? 'report-path ';
  const fail = (detail: string): ReportFileError => new ReportFileError(shown, detail, label);
  let bytes: Buffer | null;
  try {
    bytes = await readContainedFile(path, {
      within: options.within ?? null,
      withinName: 'the workspace',
      maxBytes: MAX_REPORT_BYTES,
      tooLarge: `larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB, more than a gate report can be`,
    });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw fail(e.reason);
    throw e;
  }
  if (bytes === null) throw fail('file not found (was the report artifact downloaded?)');
  const parsed = parseJsonInput(bytes);
  if ('problem' in parsed) throw fail(parsed.problem);
  try {
    return validateGateReport(parsed.value);
  } catch (e) {
    if (e instanceof ModelBudgetError) throw fail(e.message);
    throw e;
  }
}

/**
 * Writes a report to `path` (`shown`: as the workflow wrote it) without following a link the
 * checkout holds: the workspace is a pull request's checkout, and a `model-budget/report.json`
 * it commits as a link (or a `model-budget` folder that is one) would have the report written
 * over any file the runner may write. A path inside `within` must stay inside it with links
 * resolved; the file goes to a new temporary name (O_EXCL: never through a link) renamed over
 * `path`, which replaces a link there instead of writing through it.
 */
export async function writeReportFile(path: string, shown: string, text: string, options: ReportFileOptions = {}): Promise<void> {
  const fail = (detail: string): ReportFileError => new ReportFileError(shown, detail, options.label);
  const dir = dirname(path);
  const within = options.within === undefined ? null : resolve(options.within);
  const confined = within !== null && isInside(within, resolve(path));
  const escapes = async (): Promise<boolean> => {
    if (!confined) return false;
    const [realWithin, realDir] = await Promise.all([realpath(within), realPathAhead(dir)]);
    return !isInside(realWithin, realDir);
  };
  // The workspace itself: its parent folder is outside, which is no link's doing.
  if (within !== null && resolve(path) === within) throw fail('is the workspace folder itself, not a file: not written');
  const outside = 'lies below a symbolic link that leads outside the workspace: not written';
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    // Checked before mkdir (which would make folders through the link) and after it (a race).
    if (await escapes()) throw fail(outside);
    await mkdir(dir, { recursive: true });
    if (await escapes()) throw fail(outside);
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof ReportFileError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw fail(`cannot write it (${err.code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e))})`);
  }
}
