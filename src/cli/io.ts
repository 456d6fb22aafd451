/** What a CLI command may touch (its directory and output streams) and how it prints a report. */
import type { GateReport } from '../budget/types.js';
import type { ProfileFn } from '../io/pipeline.js';
import { jsonForLog, renderSummary, renderText } from '../report/index.js';
import { stderr, stdout } from './output.js';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The profiler; tests inject a failing one to check how failures are reported. */
  readonly profile?: ProfileFn;
  /** stdout is a terminal a person reads (not a pipe, a file or a CI log): reports default to text. */
  readonly interactive?: boolean;
}

export const defaultIo: CliIo = {
  cwd: process.cwd(),
  interactive: process.stdout.isTTY === true && !process.env['CI'],
  stdout,
  stderr,
};

export type ReportFormat = 'md' | 'text' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'text', 'json'];

/** `--format` as given, else text for a person at a terminal and markdown when piped or in CI. */
export function defaultReportFormat(io: CliIo, given: string | undefined): string {
  return given ?? (io.interactive ? 'text' : 'md');
}

export function renderReport(report: GateReport, format: ReportFormat): string {
  if (format === 'json') return jsonForLog(report);
  if (format === 'text') return renderText(report);
  return `${renderSummary(report)}\n`;
}
