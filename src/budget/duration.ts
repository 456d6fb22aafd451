/**
 * Durations for latency budgets: `8ms`, `500us`, `250µs`, `1.5s`, `2000ns`. Kept apart from
 * units.ts until the shared unit parser lands there (issue 9), then folded into it.
 */
import { UnitError } from './units.js';

const SCALE: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1 };

/** Seconds. A unit is required: a bare `8` could be seconds or milliseconds. */
export function parseDuration(text: string | number): number {
  const m = typeof text === 'string' ? /^\s*([0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(ns|us|µs|μs|ms|s)\s*$/.exec(text) : null;
  if (!m) throw new UnitError(`${JSON.stringify(String(text))} is not a duration (write e.g. 8ms, 500us or 1.5s)`);
  const v = Number(m[1]) * SCALE[m[2]!]!;
  if (!Number.isFinite(v) || v <= 0) throw new UnitError(`${JSON.stringify(String(text))} must be a positive duration`);
  return v;
}

/** 3 significant digits in the largest unit that keeps the number >= 1: `8.00 ms`, `512 µs`, `1.20 s`. */
export function formatDuration(seconds: number, opts: { trim?: boolean } = {}): string {
  if (seconds === 0) return '0 s';
  const units: ReadonlyArray<[string, number]> = [['s', 1], ['ms', 1e-3], ['µs', 1e-6], ['ns', 1e-9]];
  let [unit, scale] = units[units.length - 1]!;
  for (const [u, sc] of units) {
    if (seconds >= sc * 0.9995) { unit = u; scale = sc; break; }
  }
  let text = (seconds / scale).toPrecision(3);
  if (Number(text) >= 1000 && unit !== 's') text = String(Math.round(seconds / scale));
  if (opts.trim && text.includes('.')) text = text.replace(/\.?0+$/, '');
  return `${text} ${unit}`;
}
