/**
 * Human units for budgets: what people write in the config (`25M`, `120MiB`, `2%`; read by
 * profile/units.ts, the one unit parser) and numbers formatted for the report with 3 significant
 * digits (`25.6 M`, `97.5 MB`).
 * Counts use powers of 1000; bytes are shown in decimal units (kB, MB...) so that a reader can
 * compare them with counts at a glance, but budgets may be written in binary units too.
 */
import { parseBytes, parseCount } from '../profile/units.js';
import type { MetricName, MetricUnit } from './types.js';

export { parseBandwidth, parseBytes, parseCount, parseDuration, parseFlops, parsePercent, UnitError } from '../profile/units.js';

export function parseAmount(text: string | number, unit: MetricUnit): number {
  return unit === 'count' ? parseCount(text) : parseBytes(text);
}

export const METRIC_UNITS: Readonly<Record<MetricName, MetricUnit>> = {
  params: 'count',
  flops: 'count',
  macs: 'count',
  memory: 'bytes',
  'peak-memory': 'bytes',
  'file-size': 'bytes',
};

/** Labels for the report. Memory access is spelled out: "MAC" means multiply-accumulate here. */
export const METRIC_LABELS: Readonly<Record<MetricName, string>> = {
  params: 'Params',
  flops: 'FLOPs',
  macs: 'MACs',
  memory: 'Memory access',
  'peak-memory': 'Peak activation memory',
  'file-size': 'File size',
};

const COUNT_STEPS = ['', 'K', 'M', 'G', 'T', 'P', 'E'];
const BYTE_STEPS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const BINARY_BYTE_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

export interface FormatOptions {
  /** Drop trailing zeros (`25 M` instead of `25.0 M`); used for budget limits. */
  readonly trim?: boolean;
  /** Bytes in powers of 1024 (KiB, MiB...): for a value compared with a budget written in them. */
  readonly binary?: boolean;
}

/** Whether a budget amount as the user wrote it (`120 MiB`) is in the binary byte family. */
export function isBinaryBytes(text: string | undefined): boolean {
  return text !== undefined && /\d\s*[KMGTPE]iB$/.test(text.trim());
}

/** Magnitude with 3 significant digits in powers of 1000, e.g. 25_600_000 -> `25.6 M`. */
function scaled(n: number, steps: readonly string[], opts: FormatOptions, plainIsInteger: boolean, base = 1000): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs < base) {
    // Below the first step counts and bytes are usually whole numbers: show them as they are.
    const body = plainIsInteger && Number.isInteger(abs) ? String(abs) : trimZeros(abs.toPrecision(3), opts);
    const unit = steps[0] ?? '';
    return `${sign}${body}${unit ? ' ' + unit : ''}`;
  }
  let step = Math.min(Math.floor(Math.log(abs) / Math.log(base) + 1e-12), steps.length - 1);
  let mantissa = abs / base ** step;
  // 999_950 rounds to "1.00e+3 K": carry into the next step instead.
  if (Number(mantissa.toPrecision(3)) >= base && step < steps.length - 1) {
    step += 1;
    mantissa = abs / base ** step;
  }
  // 1000-1023 KiB has 4 digits; 3 significant digits would print 1.00e+3.
  if (mantissa >= 1000) return `${sign}${Math.round(mantissa)} ${steps[step]}`;
  return `${sign}${trimZeros(mantissa.toPrecision(3), opts)} ${steps[step]}`;
}

function trimZeros(text: string, opts: FormatOptions): string {
  if (!opts.trim || !text.includes('.')) return text;
  return text.replace(/\.?0+$/, '');
}

export function formatCount(n: number, opts: FormatOptions = {}): string {
  return scaled(n, COUNT_STEPS, opts, true);
}

export function formatBytes(n: number, opts: FormatOptions = {}): string {
  return opts.binary ? scaled(n, BINARY_BYTE_STEPS, opts, true, 1024) : scaled(n, BYTE_STEPS, opts, true);
}

export function formatAmount(n: number, unit: MetricUnit, opts: FormatOptions = {}): string {
  return unit === 'count' ? formatCount(n, opts) : formatBytes(n, opts);
}

/** Signed change, e.g. `+1.20 M`, `-3.40 kB`, `±0`. */
export function formatDelta(n: number, unit: MetricUnit, opts: FormatOptions = {}): string {
  if (n === 0) return '±0';
  const body = formatAmount(Math.abs(n), unit, opts);
  return `${n > 0 ? '+' : '-'}${body}`;
}

/** Past this many percent the change has no percent: `toFixed` writes 1e21 and up in exponent form. */
const MAX_SHOWN_PERCENT = 1e21;

/**
 * The change from `base` to `head` in percent, or null when there is none to show: a base of 0,
 * or one so small beside the change (5e-324 from a hostile report) that the ratio overflows to
 * Infinity or past what digits can say. Such a base reads as 0 does: the delta alone.
 */
export function percentChange(base: number, head: number): number | null {
  if (base === 0) return null;
  const pct = ((head - base) / base) * 100;
  return Number.isFinite(pct) && Math.abs(pct) < MAX_SHOWN_PERCENT ? pct : null;
}

/** Signed percent with one decimal (none from 100% up), e.g. `+2.5%`, `-3.4%`, `+<0.1%`. */
export function formatPercent(p: number): string {
  if (p === 0) return '±0%';
  const abs = Math.abs(p);
  const sign = p > 0 ? '+' : '-';
  const body = abs >= 100 ? abs.toFixed(0) : abs >= 0.05 ? abs.toFixed(1) : '<0.1';
  return `${sign}${body}%`;
}

/** Percent as a limit (`2%`, `2.5%`), no sign. */
export function formatLimitPercent(p: number): string {
  return `${trimZeros(p.toPrecision(3), { trim: true })}%`;
}
