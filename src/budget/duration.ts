/**
 * Durations for the report (latency estimates and budgets): 3 significant digits in the largest
 * unit that keeps the number >= 1. Parsing is profile/units.ts's parseDuration.
 */

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
