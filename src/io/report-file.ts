/**
 * The gate report a `publish` run reads back: the artifact of a pull-request run, so untrusted.
 * It must be a regular file (symbolic links resolved; a FIFO or /dev/zero is refused before it
 * is opened, see formats/contained-file.ts), at most MAX_REPORT_BYTES, JSON, and a GateReport by
 * schema/gate-report.schema.json (budget/gate.ts). Every problem is one line naming the input.
 */
import { validateGateReport } from '../budget/gate.js';
import type { GateReport } from '../budget/types.js';
import { containedFile, UnsafeFileError } from '../formats/contained-file.js';
import { ModelBudgetError, UsageError } from '../graph/errors.js';
import { readPrefix } from './sources.js';

/** Far above any real report (a few kB per model), far below a memory problem. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/** A report-path that cannot be used; the message starts with `report-path <path>:`. */
export class ReportFileError extends UsageError {
  override name = 'ReportFileError';
  constructor(shown: string, detail: string) {
    super(`report-path ${JSON.stringify(shown)}: ${detail}`);
  }
}

/** Reads and validates the report at `path` (`shown`: the path as the workflow wrote it). */
export async function readGateReport(path: string, shown: string): Promise<GateReport> {
  let file;
  try {
    file = containedFile(path, null);
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ReportFileError(shown, e.reason);
    throw e;
  }
  if (file === null) throw new ReportFileError(shown, 'file not found (was the report artifact downloaded?)');
  const tooLarge = `larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB, more than a gate report can be`;
  if (file.size > MAX_REPORT_BYTES) throw new ReportFileError(shown, tooLarge);
  let bytes: Buffer;
  try {
    bytes = await readPrefix(file.real, MAX_REPORT_BYTES + 1, shown);
  } catch (e) {
    if (e instanceof ModelBudgetError) throw new ReportFileError(shown, 'is not a regular file');
    throw new ReportFileError(shown, `cannot read it: ${(e as Error).message}`);
  }
  // The file may have grown since it was measured.
  if (bytes.length > MAX_REPORT_BYTES) throw new ReportFileError(shown, tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new ReportFileError(shown, `not JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    return validateGateReport(json);
  } catch (e) {
    if (e instanceof ModelBudgetError) throw new ReportFileError(shown, e.message);
    throw e;
  }
}
