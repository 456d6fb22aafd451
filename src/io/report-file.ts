/**
 * The gate report a `publish` run reads back: the artifact of a pull-request run, so untrusted.
 * It must be a regular file (symbolic links resolved; a FIFO or /dev/zero is refused before it
 * is opened, see io/contained-read.ts), at most MAX_REPORT_BYTES, JSON, and a GateReport by
 * schema/gate-report.schema.json (budget/gate.ts). Every problem is one line naming the input.
 */
import { validateGateReport } from '../budget/gate.js';
import type { GateReport } from '../budget/types.js';
import { UnsafeFileError } from '../formats/contained-file.js';
import { ModelBudgetError, UsageError } from '../graph/errors.js';
import { readContainedFile } from './contained-read.js';

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
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw fail(`not JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    return validateGateReport(json);
  } catch (e) {
    if (e instanceof ModelBudgetError) throw fail(e.message);
    throw e;
  }
}
