/**
 * Every string of a gate report within the bound schema/gate-report.schema.json puts on text
 * (`$defs/text`: 4,096 characters). Node names, scopes, error messages and config names come from
 * the pull request and have no length of their own: a 5,000-character node name made the report
 * of a pull-request run one that `mode: publish` and `merge` refuse, so the pull request got no
 * comment. A longer string is cut, and ends in "…" and a digest of the whole string
 * (`…[sha256:<22 base64url characters>]`, 132 bits): object keys are cut too (dim names in
 * formulas and points), and two dims whose names share their first 4,096 characters were one key
 * after the cut, so `3·a·b` read as a formula in one dim and a point lost a dim. The digest keeps
 * different strings different and the same string the same wherever it stands (a formula's `dims`
 * and its terms' keys); the comment shows 200 characters of a name anyway.
 */
import { createHash } from 'node:crypto';

export const MAX_REPORT_TEXT = 4096;

export function clipText(text: string): string {
  if (text.length <= MAX_REPORT_TEXT) return text;
  // UTF-16 units, not UTF-8: names that differ only in lone surrogates (bytes that were not
  // UTF-8) would all hash as U+FFFD.
  const tag = `…[sha256:${createHash('sha256').update(Buffer.from(text, 'utf16le')).digest('base64url').slice(0, 22)}]`;
  let cut = text.slice(0, MAX_REPORT_TEXT - tag.length);
  // Never leave half of a character past U+FFFF at the cut.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${tag}`;
}

/** `value` with every string (and object key) clipped; the same value when none is too long. */
export function clipReportTexts<T>(value: T): T {
  // The report is plain JSON data: strings, numbers, booleans, null, arrays and plain objects.
  return clipValue(value) as T;
}

function clipValue(value: unknown): unknown {
  if (typeof value === 'string') return clipText(value);
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const c = clipValue(v);
      changed ||= c !== v;
      return c;
    });
    return changed ? out : value;
  }
  if (value === null || typeof value !== 'object') return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const ck = clipText(k);
    const cv = clipValue(v);
    changed ||= ck !== k || cv !== v;
    out[ck] = cv;
  }
  return changed ? out : value;
}
