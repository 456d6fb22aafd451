/**
 * What changed in a model's cost formulas between base and head (issue 15): a line per metric
 * whose polynomial changed, led by its highest-order changed term, e.g.
 *   `MACs: the seq² coefficient grew 2.00x (1.02 K → 2.05 K)`
 * so a change that is quadratic in seq shows even when the value at the configured point is
 * within budget. Pure.
 */
import { FORMULA_LABELS, FORMULA_METRICS } from '../profile/formula-types.js';
import type { FormulaMetric, FormulaSummary, FormulaTerm } from '../profile/formula.js';
import { formatBytes, formatCount } from './units.js';

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function monomial(powers: Readonly<Record<string, number>>): string {
  const parts = Object.entries(powers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([d, e]) => `${d}${e === 1 ? '' : String(e).split('').map((c) => SUPERSCRIPT[Number(c)]!).join('')}`);
  return parts.length ? parts.join('·') : 'constant';
}

function keyOf(t: FormulaTerm): string {
  return monomial(t.powers);
}

function degree(t: FormulaTerm): number {
  return Object.values(t.powers).reduce((s, e) => s + e, 0);
}

function value(t: FormulaTerm | undefined): number {
  return t ? Number(BigInt(t.numerator)) / Number(BigInt(t.denominator)) : 0;
}

function amount(v: number, m: FormulaMetric): string {
  return m === 'macs' || m === 'flops' ? formatCount(v) : formatBytes(v);
}

function ratio(a: number, b: number): string {
  const r = b / a;
  return r >= 100 ? `${Math.round(r)}x` : `${r.toPrecision(3)}x`;
}

/** Lines for the metrics whose formula differs between the two sides; empty when none does. */
export function formulaChanges(base: FormulaSummary | null | undefined, head: FormulaSummary | null | undefined): string[] {
  if (!base || !head) return [];
  const out: string[] = [];
  for (const m of FORMULA_METRICS) {
    const b = base.metrics[m];
    const h = head.metrics[m];
    if (!b || !h) continue;
    const label = FORMULA_LABELS[m];
    if (b.polynomial !== h.polynomial) {
      out.push(h.polynomial ? `${label}: now a polynomial of ${head.dims.join(', ')} (the base had no formula)` : `${label}: no formula on the head (${h.reason}); the base had one`);
      continue;
    }
    if (!b.polynomial || !h.polynomial) continue;
    const bt = new Map(b.terms.map((t) => [keyOf(t), t]));
    const ht = new Map(h.terms.map((t) => [keyOf(t), t]));
    const changed = [...new Set([...bt.keys(), ...ht.keys()])]
      .filter((k) => { const x = bt.get(k); const y = ht.get(k); return !x || !y || x.numerator !== y.numerator || x.denominator !== y.denominator; })
      .map((k) => ({ k, b: bt.get(k), h: ht.get(k), deg: degree((bt.get(k) ?? ht.get(k))!) }))
      .sort((x, y) => y.deg - x.deg || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
    if (changed.length === 0) continue;
    // The highest-order change decides how cost scales; lower ones follow in brackets.
    const [lead, ...rest] = changed;
    const describe = (c: typeof lead & object): string => {
      const bv = value(c.b);
      const hv = value(c.h);
      if (!c.b) return `new ${c.k} term ${amount(hv, m)}`;
      if (!c.h) return `${c.k} term ${amount(bv, m)} removed`;
      const dir = hv > bv ? 'grew' : 'fell';
      const r = bv !== 0 && Math.sign(bv) === Math.sign(hv) ? ` ${ratio(Math.abs(Math.min(bv, hv)), Math.abs(Math.max(bv, hv)))}` : '';
      return `${c.k === 'constant' ? 'the constant' : `the ${c.k} coefficient`} ${dir}${r} (${amount(bv, m)} → ${amount(hv, m)})`;
    };
    const more = rest.length ? `; also ${rest.slice(0, 2).map(describe).join(', ')}${rest.length > 2 ? ` and ${rest.length - 2} more` : ''}` : '';
    out.push(`${label}: ${describe(lead!)}${more}`);
  }
  return out;
}
