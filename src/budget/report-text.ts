/**
 * Every string of a gate report within the bound schema/gate-report.schema.json puts on text
 * (`$defs/text`: 4,096 characters). Node names, scopes, error messages and config names come from
 * the pull request and have no length of their own: a 5,000-character node name made the report
 * of a pull-request run one that `mode: publish` and `merge` refuse, so the pull request got no
 * comment. A longer string is cut with "…" (the comment shows 200 characters of a name anyway).
 */
export const MAX_REPORT_TEXT = 4096;

export function clipText(text: string): string {
  if (text.length <= MAX_REPORT_TEXT) return text;
  let cut = text.slice(0, MAX_REPORT_TEXT - 1);
  // Never leave half of a character past U+FFFF at the cut.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
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
