/**
 * Text of cost formulas (issue 15): `MACs = 3.67 M·seq + 1.02 K·seq² (batch = 1)`. Pure. The
 * JSON keeps the exact coefficients; this rounds them to 3 significant digits for reading.
 */
import { formatBytes, formatCount } from '../budget/units.js';
import { FORMULA_LABELS, FORMULA_METRICS } from '../profile/formula-types.js';
import type { FormulaSummary, FormulaTerm, MetricFormula } from '../profile/formula.js';
import type { FormulaMetric } from '../profile/formula.js';

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function power(e: number): string {
  return e === 1 ? '' : String(e).split('').map((c) => SUPERSCRIPT[Number(c)]!).join('');
}

function coefficient(t: FormulaTerm, metric: FormulaMetric): { negative: boolean; text: string } {
  const n = BigInt(t.numerator);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const d = BigInt(t.denominator);
  // Integers print exactly below 1000 (formatCount does); fractions keep their exact form when small.
  const value = d === 1n ? Number(abs) : Number(abs) / Number(d);
  const text = d !== 1n && abs < 1000n && d < 1000n ? `${abs}/${d}` : metric === 'macs' || metric === 'flops' ? formatCount(value) : formatBytes(value);
  return { negative, text };
}

function termText(t: FormulaTerm, metric: FormulaMetric): { negative: boolean; text: string } {
  const c = coefficient(t, metric);
  const vars = Object.entries(t.powers).map(([d, e]) => `${d}${power(e)}`).join('·');
  if (!vars) return c;
  // A bare count coefficient of 1 reads better as the variable alone ("seq²", not "1·seq²").
  const unitless = c.text === '1' ? vars : `${c.text}·${vars}`;
  return { negative: c.negative, text: unitless };
}

export function formulaExpression(terms: readonly FormulaTerm[], metric: FormulaMetric): string {
  if (terms.length === 0) return metric === 'macs' || metric === 'flops' ? '0' : '0 B';
  return terms.map((t, i) => {
    const { negative, text } = termText(t, metric);
    if (i === 0) return negative ? `-${text}` : text;
    return `${negative ? '-' : '+'} ${text}`;
  }).join(' ');
}

function fixedText(f: FormulaSummary): string {
  const entries = Object.entries(f.fixed);
  return entries.length ? ` (${entries.map(([d, v]) => `${d} = ${v}`).join(', ')})` : '';
}

/** One line per metric: the formula, or why there is none and the values sampled. */
export function formulaLines(f: FormulaSummary): string[] {
  if (f.note) return [f.note];
  const lines: string[] = [];
  for (const m of FORMULA_METRICS) {
    const mf: MetricFormula | undefined = f.metrics[m];
    if (!mf) continue;
    const label = FORMULA_LABELS[m];
    if (mf.polynomial) lines.push(`${label} = ${formulaExpression(mf.terms, m)}${fixedText(f)}`);
    else {
      const shown = mf.values.filter((v) => v.value !== null).slice(0, 4)
        .map((v) => `${Object.entries(v.at).map(([d, x]) => `${d}=${x}`).join(',')}: ${m === 'macs' || m === 'flops' ? formatCount(v.value!) : formatBytes(v.value!)}`);
      lines.push(`${label}: no formula: ${mf.reason}${shown.length ? `; values ${shown.join('; ')}` : ''}`);
    }
  }
  return lines;
}
