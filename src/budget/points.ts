/**
 * A model evaluated at its operating points (issue 15, section 2) and on its latency devices
 * (section 3), with its cost formulas compared (section 1). Wraps evaluate.ts's evaluateModel:
 * the point-independent metrics (params, file size) stay in the model's rows; every
 * point-dependent metric and the latency are evaluated once per point, against the budgets that
 * apply there (all, unless a budget names points with `at`).
 */
import { inputShapes } from '../profile/unbound-dims.js';
import { evaluateModel, unboundDimWarnings, uncheckedDims, worstVerdict } from './evaluate.js';
import { formulaChanges } from './formula-change.js';
import { latencyRows } from './latency.js';
import { POINT_METRICS } from './types.js';
import type { Budgets, GateModelInput, Level, ModelMatch, ModelReport, OperatingPoint, PointInput, PointReport, Verdict } from './types.js';

const applies = (at: readonly string[] | undefined, point: string | null): boolean => at === undefined || (point !== null && at.includes(point));

/** evaluateModel plus points, latency and formulas. */
export function evaluateModelAtPoints(input: GateModelInput, match: ModelMatch | null, defaultLevel: Level, whyLimit: number): ModelReport {
  const entry = match?.kind === 'matched' ? match.entry : null;
  const deleted = input.status === 'deleted';
  const isNew = input.status === 'added' || (!deleted && !input.base && !input.baseError);
  const formulas = input.base?.formulas || input.head?.formulas
    ? { formulas: { base: input.base?.formulas ?? null, head: input.head?.formulas ?? null, changes: formulaChanges(input.base?.formulas, input.head?.formulas) } }
    : {};
  if (!entry || match?.kind !== 'matched' || !entry.points || !input.points) {
    const report = evaluateModel(input, match, defaultLevel, whyLimit);
    if (!entry?.latency) return { ...report, ...formulas };
    // An unreadable head keeps its latency rows (not checked), as its metric rows: never dropped.
    const latency = latencyRows(input.base, input.head, entry.latency, defaultLevel, report.error
      ? { isNew, deleted, headError: defaultLevel }
      : { isNew, deleted, newUnboundDims: uncheckedDims(input.base, input.head, match), ...(input.baseError !== undefined ? { baseError: input.baseError } : {}) });
    return { ...report, latency, verdict: worstVerdict([report.verdict, ...latency.map((r) => r.status)]), ...formulas };
  }
  // The model's own rows: only what no point changes.
  const fixed: Budgets = Object.fromEntries(Object.entries(entry.budgets).filter(([m]) => !POINT_METRICS.includes(m as never)));
  const top = evaluateModel(input, { ...match, entry: { ...entry, budgets: fixed } }, defaultLevel, whyLimit);
  const points = input.points.map((p) => evaluatePoint(input, p, entry.points!.find((op) => op.name === p.name), match, defaultLevel, { isNew, deleted }));
  const warnings = points.flatMap((p) => p.warnings.map((w) => `at ${p.name}: ${w}`));
  const { shapes: _shapes, warnings: _warnings, ...rest } = top;
  return {
    ...rest,
    rows: top.rows.filter((r) => !POINT_METRICS.includes(r.metric)),
    ...(warnings.length > 0 ? { warnings } : {}),
    // top.verdict also counts unbound-dim warnings at the entry's dims, which the points replace.
    verdict: worstVerdict([top.error ? top.verdict : 'ok', ...top.rows.map((r) => r.status), warnings.length > 0 ? 'warning' : 'ok', ...points.map((p) => p.verdict)]),
    points: points.map(({ warnings: _w, ...p }) => ({ ...p, warnings: [] })),
    ...formulas,
  };
}

function evaluatePoint(
  input: GateModelInput,
  p: PointInput,
  op: OperatingPoint | undefined,
  match: Extract<ModelMatch, { kind: 'matched' }>,
  defaultLevel: Level,
  side: { readonly isNew: boolean; readonly deleted: boolean },
): PointReport & { warnings: readonly string[] } {
  const entry = match.entry;
  const budgets: Budgets = Object.fromEntries(Object.entries(entry.budgets)
    .filter(([m, b]) => POINT_METRICS.includes(m as never) && applies(b.at, p.name)));
  const pointMatch: ModelMatch = { ...match, entry: { ...entry, budgets }, dims: p.dims, inputs: { ...match.inputs, ...p.inputs } };
  const r = evaluateModel(
    { path: input.path, status: input.status, ...(p.base ? { base: p.base } : {}), ...(p.head ? { head: p.head } : {}), ...(p.error ? { error: p.error } : {}), ...(p.baseError ? { baseError: p.baseError } : {}) },
    pointMatch, defaultLevel, 0,
  );
  let error = r.error;
  if (!error && p.head && op) error = unknownBinding(op, p.head);
  // A head unreadable at the point keeps its rows, each not checked (evaluateModel and latencyRows
  // weigh them against the default level its error counts at); a point the config binds wrongly has none.
  const headError = r.error !== null;
  const rows = error && !headError ? [] : r.rows.filter((row) => POINT_METRICS.includes(row.metric));
  const latency = (!error || headError) && entry.latency && applies(entry.latency.at, p.name)
    ? latencyRows(p.base, p.head, entry.latency, defaultLevel, headError
      ? { ...side, headError: defaultLevel }
      : { ...side, newUnboundDims: uncheckedDims(p.base, p.head, pointMatch), ...(p.baseError !== undefined ? { baseError: p.baseError } : {}) }) : [];
  const warnings = error || !p.head ? [] : unboundDimWarnings(p.head, pointMatch);
  const errorVerdict: Verdict = error ? (defaultLevel === 'error' ? 'error' : defaultLevel === 'warning' ? 'warning' : 'ok') : 'ok';
  return {
    name: p.name,
    dims: p.dims,
    verdict: worstVerdict([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((x) => x.status), ...latency.map((x) => x.status)]),
    error,
    warnings,
    shapes: p.head && !error ? inputShapes(p.head) : [],
    rows,
    latency,
  };
}

/** A point that binds a name the model has neither as a symbolic input dim nor as an input. */
function unknownBinding(op: OperatingPoint, head: NonNullable<PointInput['head']>): string | null {
  const dims = new Set(head.inputs.flatMap((v) => (v.shape ?? []).filter((d): d is string => typeof d === 'string')));
  const inputs = new Set(head.inputs.map((v) => v.name));
  for (const name of Object.keys(op.dims)) {
    if (!dims.has(name)) return `${op.where}: binds '${name}', which is not a symbolic dim of this model's inputs (dims: ${[...dims].sort().join(', ') || 'none'})`;
  }
  for (const name of Object.keys(op.inputs)) {
    if (!inputs.has(name)) return `${op.where}: binds '${name}', which is not an input of this model (inputs: ${[...inputs].join(', ') || 'none'})`;
  }
  return null;
}

/** One entry per model and operating point, for the action's `points` output (JSON). */
export interface PointOutput {
  readonly path: string;
  readonly point: string;
  readonly dims: Readonly<Record<string, number>>;
  readonly verdict: Verdict;
  /** Head values at the point by config metric name (null: not measured). */
  readonly metrics: Readonly<Record<string, number | null>>;
  /** Head roofline latency in seconds per device id. */
  readonly latency: Readonly<Record<string, number | null>>;
  /**
   * The keys of `metrics` and `latency` whose head value is only a lower bound (some node could
   * not be costed; a string tensor bounds the peak alone): the numbers alone read as exact.
   */
  readonly lowerBound: { readonly metrics: readonly string[]; readonly latency: readonly string[] };
}

export function pointsOutput(models: readonly ModelReport[]): PointOutput[] {
  return models.flatMap((m) => (m.points ?? []).map((p) => ({
    path: m.path,
    point: p.name,
    dims: p.dims,
    verdict: p.verdict,
    metrics: Object.fromEntries(p.rows.map((r) => [r.metric, r.head])),
    latency: Object.fromEntries(p.latency.map((l) => [l.hardware, l.head])),
    lowerBound: {
      metrics: p.rows.filter((r) => r.head !== null && r.headLowerBound).map((r) => r.metric),
      latency: p.latency.filter((l) => l.head !== null && l.headLowerBound === true).map((l) => l.hardware),
    },
  })));
}
