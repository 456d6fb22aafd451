/**
 * The one parser for the quantities people write: budgets in the config (`25M`, `120MiB`, `2%`),
 * hardware options (`--peak-flops 19.5T`, `--bandwidth 25GB/s`) and latency limits (`8ms`).
 * One grammar for all of them, so a value means the same wherever it is written:
 *
 * - a number: digits with an optional fraction and an optional exponent (`1.5`, `.5`, `2e12`,
 *   `1E9`); no sign, no `NaN`/`Infinity`, at most MAX_TEXT characters; the result must be finite;
 * - SI prefixes, powers of 1000: `k` or `K` (kilo), `M`, `G`, `T`, `P`, `E`. Case matters as in SI
 *   (`m` would be milli, which no count or size has), except that `K` is accepted for kilo;
 * - binary prefixes for bytes, powers of 1024: `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei`;
 * - bytes end in `B`; a lowercase `b` means bits and is refused rather than read as bytes; a
 *   prefix without `B` (`12M`) is refused for bytes (it could be a count);
 * - FLOPS may end in `FLOPS`, `FLOP/s` or `FLOP` (any case); bandwidth in `/s` or `ps`;
 * - durations need their unit: `ns`, `us` (or `µs`), `ms`, `s`; the value is in seconds;
 * - percentages need their `%`.
 *
 * Whitespace between the number and the unit is allowed. Counts, bytes and percentages may be
 * 0; durations must be positive, and rates at least 1 per second (the roofline divides by them:
 * 19.5 TFLOPS over 1e-300 B/s is a ridge point past the largest double). Errors are `UnitError`
 * with one line that quotes the text (escaped, shortened) and says what was expected; callers add
 * where the text came from.
 */
import { BadInputError } from '../graph/errors.js';

/** A quantity that cannot be read; the message quotes the text and says what is expected. */
export class UnitError extends BadInputError {
  override name = 'UnitError';
}

/** Longer texts are refused before any matching: no quantity needs more. */
export const MAX_TEXT = 64;

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?`;
const DECIMAL_PREFIX = '[kKMGTPE]';
const COUNT_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)$`);
const FLOPS_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)(?:flops|flop/s|flop)?$`, 'i');
// The prefix group takes any letters so that `100Mb` or `3xB` get a precise message.
const BYTES_RE = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*(?:([A-Za-z]?i?)([Bb]))?$/;
const BANDWIDTH_SUFFIX = /\s*(?:\/s|ps)$/i;
const DURATION_RE = new RegExp(`^${NUMBER}\\s*(ns|us|µs|μs|ms|s)$`);
const PERCENT_RE = new RegExp(`^${NUMBER}\\s*%$`);

const DECIMAL_EXPONENT: Readonly<Record<string, number>> = { '': 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_EXPONENT: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DURATION_EXPONENT: Readonly<Record<string, number>> = { ns: -9, us: -6, 'µs': -6, 'μs': -6, ms: -3, s: 0 };

/** The text as it may appear in a message: JSON-quoted (control characters escaped), shortened. */
export function quoteUnitText(text: string | number): string {
  const s = String(text);
  return JSON.stringify(s.length > 32 ? `${s.slice(0, 32)}…` : s);
}

type Kind = 'count' | 'byte size' | 'FLOPS rate' | 'bandwidth' | 'duration' | 'percentage';

const EXPECTED: Readonly<Record<Kind, string>> = {
  count: 'use K/M/G/T',
  'byte size': 'use B, kB/MB/GB/TB or KiB/MiB/GiB/TiB',
  'FLOPS rate': 'use a number with K/M/G/T/P, e.g. 19.5T or 312 TFLOPS',
  bandwidth: 'use bytes per second, e.g. 25GB/s, 900 GB/s or 1.5TiB/s',
  duration: 'use ns, us, ms or s, e.g. 8ms',
  percentage: 'write e.g. 2%',
};

function notA(text: string | number, kind: Kind, why?: string): UnitError {
  return new UnitError(`${quoteUnitText(text)} is not a ${kind} (${why ?? EXPECTED[kind]})`);
}

/** Decimal digits scaled by a power of ten, rounded once (`0.1e12` is exact where 0.1 * 1e12 is not). */
function decimal(digits: string, exponent: string | undefined, shift: number): number {
  return Number(`${digits}e${Number(exponent ?? 0) + shift}`);
}

/** The value, or an error when it is not finite or not allowed to be 0. */
function checked(value: number, text: string | number, kind: Kind, positive: boolean): number {
  if (!Number.isFinite(value)) throw notA(text, kind, 'too large');
  if (positive && value <= 0) throw notA(text, kind, 'must be greater than 0');
  return value;
}

/** A hardware rate: positive, and at least 1 per second, so that work / rate stays a finite double. */
function checkedRate(value: number, text: string | number, kind: 'FLOPS rate' | 'bandwidth'): number {
  checked(value, text, kind, true);
  if (value < 1) throw notA(text, kind, kind === 'bandwidth' ? 'below 1 byte per second' : 'below 1 FLOP per second');
  return value;
}

/** A YAML number or a string within the length cap, trimmed; anything else is refused. */
function textOf(text: string | number, kind: Kind, numbersAllowed: boolean, positive: boolean): string | number {
  if (typeof text === 'number') {
    if (!numbersAllowed || Number.isNaN(text) || text < 0) throw notA(text, kind);
    return checked(text, text, kind, positive);
  }
  if (typeof text !== 'string') throw notA(String(text), kind);
  if (text.length > MAX_TEXT) throw notA(text, kind, `longer than ${MAX_TEXT} characters`);
  return text.trim();
}

/** `25M` -> 25,000,000; `1.5T`, `2k`, `1e9`; a bare number is a plain count. */
export function parseCount(text: string | number): number {
  const t = textOf(text, 'count', true, false);
  if (typeof t === 'number') return t;
  const m = COUNT_RE.exec(t);
  if (!m) throw notA(text, 'count');
  return checked(decimal(m[1]!, m[2], DECIMAL_EXPONENT[m[3]!]!), text, 'count', false);
}

/** `120MiB` -> 125,829,120, `100MB` -> 100,000,000; a bare number is bytes. */
export function parseBytes(text: string | number): number {
  return bytesOf(text, 'byte size', false);
}

function bytesOf(text: string | number, kind: 'byte size' | 'bandwidth', positive: boolean): number {
  const t = textOf(text, kind, true, positive);
  if (typeof t === 'number') return t;
  const body = kind === 'bandwidth' ? t.replace(BANDWIDTH_SUFFIX, '') : t;
  const m = BYTES_RE.exec(body);
  if (!m) throw notA(text, kind);
  const [, digits, exponent, prefix = '', unit] = m;
  if (unit === 'b') throw notA(text, kind, "'b' means bits; write B for bytes");
  let value: number;
  if (prefix in BINARY_EXPONENT) value = decimal(digits!, exponent, 0) * 2 ** BINARY_EXPONENT[prefix]!;
  else if (prefix in DECIMAL_EXPONENT) value = decimal(digits!, exponent, DECIMAL_EXPONENT[prefix]!);
  else throw notA(text, kind);
  return checked(value, text, kind, positive);
}

/** A hardware peak compute rate in FLOP per second: `19.5T`, `312 TFLOPS`, `1.2e13`. */
export function parseFlops(text: string | number): number {
  const t = textOf(text, 'FLOPS rate', true, true);
  if (typeof t === 'number') return checkedRate(t, text, 'FLOPS rate');
  const m = FLOPS_RE.exec(t);
  // The case-insensitive match lets `19.5t` through; SI prefixes are case-sensitive.
  const shift = m ? DECIMAL_EXPONENT[m[3]!] : undefined;
  if (!m || shift === undefined) throw notA(text, 'FLOPS rate');
  return checkedRate(decimal(m[1]!, m[2], shift), text, 'FLOPS rate');
}

/** Memory bandwidth in bytes per second: `25GB/s`, `900 GBps`, `1.5TiB/s`, `2e12`. */
export function parseBandwidth(text: string | number): number {
  return checkedRate(bytesOf(text, 'bandwidth', true), text, 'bandwidth');
}

/** A duration in seconds: `8ms` -> 0.008, `250us`, `1.5s`. The unit is required. */
export function parseDuration(text: string | number): number {
  const t = textOf(text, 'duration', false, true);
  const m = DURATION_RE.exec(t as string);
  if (!m) throw notA(text, 'duration');
  return checked(decimal(m[1]!, m[2], DURATION_EXPONENT[m[3]!]!), text, 'duration', true);
}

/** `2%` -> 2 (percent). The `%` is required. */
export function parsePercent(text: string | number): number {
  const t = textOf(text, 'percentage', false, false);
  const m = PERCENT_RE.exec(t as string);
  if (!m) throw notA(text, 'percentage');
  return checked(decimal(m[1]!, m[2], 0), text, 'percentage', false);
}
