/**
 * Validation of the points, latency and formula parts of a gate report read back from JSON
 * (gate.ts's validateGateReport calls these; the publish mode trusts nothing in an artifact).
 */
import { FORMULA_METRICS } from '../profile/formula.js';
import type { FormulaSummary, FormulaTerm, MetricFormula } from '../profile/formula.js';
import { LEVELS } from './types.js';
import type { FormulaComparison, LatencyRow, MetricRow, PointReport, Verdict } from './types.js';
import type { Check, checkRow as CheckRow } from './gate.js';

const VERDICTS: readonly Verdict[] = ['ok', 'warning', 'error'];
const MAX_TERMS = 1000;

function stringList(c: Check, v: unknown): string[] {
  return c.array(v).map((x, i) => c.at(i).string(x));
}

function dimRecord(c: Check, v: unknown): Record<string, number> {
  const o = c.object(v, Object.keys(typeof v === 'object' && v !== null ? v : {}));
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [c.at(k).string(k), c.at(k).count(x)]));
}

export function checkLatencyRow(c: Check, v: unknown): LatencyRow {
  const o = c.object(v, ['hardware', 'hardwareName', 'base', 'head', 'memoryBoundShare', 'topMemoryBound', 'budget', 'level', 'status', 'reasons']);
  const share = c.at('memoryBoundShare').nullableNumber(o.memoryBoundShare);
  if (share !== null && (share < 0 || share > 1)) c.at('memoryBoundShare').fail('expected a share between 0 and 1');
  return {
    hardware: c.at('hardware').string(o.hardware),
    hardwareName: c.at('hardwareName').string(o.hardwareName),
    base: c.at('base').nullableNumber(o.base),
    head: c.at('head').nullableNumber(o.head),
    memoryBoundShare: share,
    topMemoryBound: c.at('topMemoryBound').array(o.topMemoryBound).map((x, i) => {
      const at = c.at('topMemoryBound').at(i);
      const t = at.object(x, ['name', 'opType', 'seconds']);
      return { name: at.at('name').string(t.name), opType: at.at('opType').string(t.opType), seconds: at.at('seconds').number(t.seconds) };
    }),
    budget: c.at('budget').nullableString(o.budget),
    level: o.level === null ? null : c.at('level').oneOf(o.level, LEVELS),
    status: c.at('status').oneOf(o.status, VERDICTS),
    reasons: stringList(c.at('reasons'), o.reasons),
  };
}

export function checkPoint(c: Check, v: unknown, checkRow: typeof CheckRow): PointReport {
  const o = c.object(v, ['name', 'dims', 'verdict', 'error', 'warnings', 'shapes', 'rows', 'latency']);
  return {
    name: c.at('name').string(o.name),
    dims: dimRecord(c.at('dims'), o.dims),
    verdict: c.at('verdict').oneOf(o.verdict, VERDICTS),
    error: c.at('error').nullableString(o.error),
    warnings: stringList(c.at('warnings'), o.warnings),
    shapes: stringList(c.at('shapes'), o.shapes),
    rows: c.at('rows').array(o.rows).map((r, i): MetricRow => checkRow(c.at('rows').at(i), r)),
    latency: c.at('latency').array(o.latency).map((r, i) => checkLatencyRow(c.at('latency').at(i), r)),
  };
}

function checkTerm(c: Check, v: unknown): FormulaTerm {
  const o = c.object(v, ['numerator', 'denominator', 'powers']);
  const numerator = c.at('numerator').string(o.numerator);
  const denominator = c.at('denominator').string(o.denominator);
  if (!/^-?[0-9]{1,400}$/.test(numerator)) c.at('numerator').fail('expected a decimal integer');
  if (!/^[1-9][0-9]{0,399}$/.test(denominator)) c.at('denominator').fail('expected a positive decimal integer');
  return { numerator, denominator, powers: dimRecord(c.at('powers'), o.powers) };
}

function checkMetricFormula(c: Check, v: unknown): MetricFormula {
  const o = c.object(v, ['polynomial', 'terms', 'degree', 'reason', 'values']);
  if (c.at('polynomial').boolean(o.polynomial)) {
    const terms = c.at('terms').array(o.terms);
    if (terms.length > MAX_TERMS) c.at('terms').fail(`more than ${MAX_TERMS} terms`);
    return { polynomial: true, terms: terms.map((t, i) => checkTerm(c.at('terms').at(i), t)), degree: dimRecord(c.at('degree'), o.degree) };
  }
  return {
    polynomial: false,
    reason: c.at('reason').string(o.reason),
    values: c.at('values').array(o.values).map((x, i) => {
      const at = c.at('values').at(i);
      const p = at.object(x, ['at', 'value']);
      return { at: dimRecord(at.at('at'), p.at), value: at.at('value').nullableNumber(p.value) };
    }),
  };
}

function checkSummary(c: Check, v: unknown): FormulaSummary | null {
  if (v === null) return null;
  const o = c.object(v, ['dims', 'fixed', 'metrics', 'note']);
  const metrics = c.at('metrics').object(o.metrics, FORMULA_METRICS);
  return {
    dims: stringList(c.at('dims'), o.dims),
    fixed: dimRecord(c.at('fixed'), o.fixed),
    metrics: Object.fromEntries(Object.entries(metrics).map(([m, f]) => [m, checkMetricFormula(c.at('metrics').at(m), f)])),
    ...(o.note === undefined ? {} : { note: c.at('note').string(o.note) }),
  };
}

export function checkFormulas(c: Check, v: unknown): FormulaComparison {
  const o = c.object(v, ['base', 'head', 'changes']);
  return { base: checkSummary(c.at('base'), o.base), head: checkSummary(c.at('head'), o.head), changes: stringList(c.at('changes'), o.changes) };
}
