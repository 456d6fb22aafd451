/**
 * The gate: every changed model evaluated against the config, and the overall verdict, as a
 * JSON-serializable GateReport (schemaVersion 1, schema/gate-report.schema.json).
 *
 * validateGateReport re-checks a report read back from an artifact (the `publish` mode renders a
 * report produced by an untrusted pull-request run, so nothing in it is taken on trust).
 */
import { lazyValidator } from './schema-validator.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import gateReportSchema from '../../schema/gate-report.schema.json' with { type: 'json' };
import { BadInputError } from '../graph/errors.js';
import { matchChange } from './config.js';
import { deltaBound } from './delta-bound.js';
import { DEFAULT_WHY_LIMIT, worstVerdict } from './evaluate.js';
import { evaluateFile } from './no-weights.js';
import { GATE_REPORT_SCHEMA_VERSION } from './types.js';
import { clipReportTexts } from './report-text.js';
import { percentChange } from './units.js';
import type { GateInputs, Level, GateReport, MetricRow, ModelReport, Verdict } from './types.js';

const SEVERITY: Readonly<Record<Verdict, number>> = { error: 0, warning: 1, ok: 2 };

/** The level an unreadable model fails at: the config's default, `error` without a config. */
export function defaultLevelOf(config: GateInputs['config']): Level {
  return config?.defaults.level ?? 'error';
}

/** Evaluates every model and sums up the verdict. Models are ordered worst first, then by path. */
export function evaluateGate(inputs: GateInputs): GateReport {
  const config = inputs.config;
  const defaultLevel = defaultLevelOf(config);
  const whyLimit = inputs.whyLimit ?? DEFAULT_WHY_LIMIT;
  const models: ModelReport[] = [];
  const ignored: string[] = [];
  for (const input of inputs.models) {
    const { match, keptNote } = config ? matchChange(config, input) : { match: null };
    if (match?.kind === 'ignored') {
      ignored.push(input.path);
      continue;
    }
    const report = evaluateFile(input, match, defaultLevel, whyLimit);
    models.push(keptNote ? { ...report, notes: [keptNote, ...report.notes] } : report);
  }
  models.sort(compareModels);
  const { violations, warnings } = countFindings(models, defaultLevel);
  const minChange = inputs.minChange ?? config?.defaults.minChange;
  // Within the schema's bounds, so that publish and merge accept what this run writes.
  return clipReportTexts({
    schemaVersion: GATE_REPORT_SCHEMA_VERSION,
    passed: violations === 0,
    violations,
    warnings,
    configFile: config?.file ?? null,
    configSource: inputs.provenance?.source ?? null,
    configNote: inputs.provenance?.note ?? null,
    budgetChanges: inputs.provenance?.budgetChanges ?? [],
    changedModels: modelSummary(models).changedModels,
    ignored,
    models,
    ...(minChange !== undefined && minChange > 0 ? { minChange } : {}),
  });
}

/** The report's model order: worst verdict first, then by path. */
export function compareModels(a: ModelReport, b: ModelReport): number {
  return SEVERITY[a.verdict] - SEVERITY[b.verdict] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** `changedModels` and `models` of a report over models already in report order. */
export function modelSummary(models: readonly ModelReport[]): Pick<GateReport, 'changedModels' | 'models'> {
  return { changedModels: models.filter((m) => m.status !== 'unchanged').map((m) => m.path), models };
}

/**
 * Breached rows by level, plus each unreadable model once at the default level: the one count
 * of a report's violations and warnings (a shard merge recounts the merged models with it).
 */
export function countFindings(models: readonly ModelReport[], defaultLevel: Level): { violations: number; warnings: number } {
  let violations = 0;
  let warnings = 0;
  for (const m of models) {
    for (const r of allRows(m)) {
      if (r.status === 'error') violations++;
      else if (r.status === 'warning') warnings++;
    }
    warnings += m.warnings?.length ?? 0;
    // A model that cannot be read fails at every point: it counts once.
    for (const e of [m.error, ...(m.error ? [] : (m.points ?? []).map((p) => p.error))]) {
      if (e && defaultLevel === 'error') violations++;
      else if (e && defaultLevel === 'warning') warnings++;
    }
  }
  return { violations, warnings };
}

/** Every row of a model that has a verdict: metrics, per-point metrics and latency per device. */
export function allRows(m: ModelReport): ReadonlyArray<{ readonly status: Verdict; readonly budget: string | null; readonly unchecked?: true }> {
  return [...m.rows, ...(m.latency ?? []), ...(m.points ?? []).flatMap((p) => [...p.rows, ...p.latency])];
}

// ---------------------------------------------------------------------------------------------
// Validation of a report read back from JSON: the schema, then the consistency a schema cannot state

export class ReportValidationError extends BadInputError {
  override name = 'ReportValidationError';
  constructor(readonly where: string, readonly detail: string) {
    super(`invalid gate report: ${where}: ${detail}`);
  }
}

/** schema/gate-report.schema.json, compiled on first use. */
const schemaValidator = lazyValidator(gateReportSchema);

/** `/models/0/rows/1` -> `report.models[0].rows[1]` (JSON pointer escapes undone). */
function where(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return parts.reduce((w, p) => (/^\d+$/.test(p) ? `${w}[${p}]` : `${w}.${/^[A-Za-z_$][\w$-]*$/.test(p) ? p : JSON.stringify(p)}`), 'report');
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a finite number', integer: 'a whole number', string: 'a string', boolean: 'true or false',
  object: 'an object', array: 'an array', null: 'null',
};

/** Ajv's first error as the one line a user reads. */
function describe(e: ErrorObject): ReportValidationError {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': return new ReportValidationError(where(e.instancePath, String(params['additionalProperty'])), 'unexpected property');
    case 'required': return new ReportValidationError(where(e.instancePath, String(params['missingProperty'])), 'missing');
    case 'type': return new ReportValidationError(where(e.instancePath), `expected ${String(params['type']).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`);
    case 'enum': return new ReportValidationError(where(e.instancePath), `expected one of ${(params['allowedValues'] as unknown[]).map((v) => String(v)).join(', ')}`);
    case 'const': return new ReportValidationError(where(e.instancePath), `expected ${String(params['allowedValue'])}`);
    case 'maxLength': return new ReportValidationError(where(e.instancePath), `string longer than ${String(params['limit'])} characters`);
    case 'maxItems': return new ReportValidationError(where(e.instancePath), `more than ${String(params['limit'])} items`);
    case 'minimum': return new ReportValidationError(where(e.instancePath), `expected a number >= ${String(params['limit'])}`);
    case 'maximum': return new ReportValidationError(where(e.instancePath), `expected a number <= ${String(params['limit'])}`);
    case 'pattern': return new ReportValidationError(where(e.instancePath), `expected a string matching ${String(params['pattern'])}`);
    default: return new ReportValidationError(where(e.instancePath), e.message ?? e.keyword);
  }
}

/**
 * The error to show from Ajv's list. A `oneOf` that no branch matched comes last, after each
 * branch's error: `why: { oneOf: [null, why] }` with a node name past the bound listed "expected
 * null" first, and the report said `report.models[0].why: expected null`. An error under the
 * value (its type matched a branch, something inside did not) is what is wrong there, the deepest
 * one; when every branch failed at the value itself, they are said together ("expected null or
 * an object").
 */
function firstError(errors: readonly ErrorObject[]): ReportValidationError {
  const last = errors[errors.length - 1]!;
  if (last.keyword !== 'oneOf' && last.keyword !== 'anyOf') return describe(errors[0]!);
  const at = last.instancePath;
  const branches = errors.slice(0, -1).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  const depth = (e: ErrorObject): number => e.instancePath.split('/').length;
  const inside = branches.filter((e) => e.instancePath.startsWith(`${at}/`));
  if (inside.length > 0) return describe(inside.reduce((a, b) => (depth(b) > depth(a) ? b : a)));
  const own = branches.filter((e) => e.instancePath === at).map((e) => describe(e).detail);
  if (own.length === 0) return describe(last);
  return new ReportValidationError(where(at), own.map((d, i) => (i > 0 ? d.replace(/^expected /, '') : d)).join(' or '));
}

/**
 * Checks that `json` (JSON.parse of the artifact) is a GateReport of schemaVersion 1 by
 * schema/gate-report.schema.json (every property, type, enum and size limit is there), then what
 * a schema cannot say: that the summary agrees with the models (a tampered `passed: true` over
 * breached rows is rejected). Throws ReportValidationError naming the first bad property.
 */
export function validateGateReport(json: unknown): GateReport {
  const validate = schemaValidator();
  if (!validate(json)) throw firstError(validate.errors!);
  const report = json as GateReport;
  const fail = (at: string, detail: string): never => {
    throw new ReportValidationError(at, detail);
  };
  if (report.shard && report.shard.index > report.shard.count) fail('report.shard.index', `expected 1 to ${report.shard.count}`);
  if (report.passed !== (report.violations === 0)) fail('report.passed', 'disagrees with violations');
  const rowErrors = report.models.reduce((n, m) => n + allRows(m).filter((r) => r.status === 'error').length, 0);
  if (report.violations < rowErrors) fail('report.violations', `is ${report.violations} but ${rowErrors} rows are errors`);
  report.models.forEach((m, i) => {
    const worst = worstVerdict([...allRows(m).map((r) => r.status), (m.warnings?.length ?? 0) > 0 ? 'warning' : 'ok']);
    if (SEVERITY[m.verdict] > SEVERITY[worst]) fail(`report.models[${i}].verdict`, `is ${m.verdict} but a row is ${worst}`);
    // The comment shows a file with no weights as one line: it cannot also hide rows or an error.
    if (m.noWeights !== undefined && (allRows(m).length > 0 || m.error !== null)) fail(`report.models[${i}].noWeights`, 'is set on a model with rows or an error');
    if (m.uncheckedBudgets !== undefined && m.noWeights === undefined) fail(`report.models[${i}].uncheckedBudgets`, 'is set without noWeights');
    // As changes.ts sets them: the report's statuses and totals read them so.
    if (m.partOf !== undefined && m.status !== 'added' && m.status !== 'deleted') fail(`report.models[${i}].partOf`, `is set, but the model is ${m.status} (only an added or deleted one has it)`);
    if (m.baseLinkTo !== undefined && m.status !== 'modified' && m.status !== 'renamed') fail(`report.models[${i}].baseLinkTo`, `is set, but the model is ${m.status} (only one measured on both sides has it)`);
    if (m.linkTo === m.path) fail(`report.models[${i}].linkTo`, 'is the model\'s own path');
    m.rows.forEach((r, j) => checkChange(r, `report.models[${i}].rows[${j}]`));
    m.points?.forEach((p, k) => p.rows.forEach((r, j) => checkChange(r, `report.models[${i}].points[${k}].rows[${j}]`)));
  });
  return report;
}

/**
 * A row's delta and percent are what its base and head make them, as evaluateMetric works them
 * out: the comment prints them as they stand, and a report from a pull-request run could carry
 * `pct: 1e300` ("+1e+300%") beside a 4% change.
 */
function checkChange(r: MetricRow, at: string): void {
  const both = r.base !== null && r.head !== null;
  // A difference that overflows was written as null (JSON has no Infinity).
  const delta = both && Number.isFinite(r.head! - r.base!) ? r.head! - r.base! : null;
  const pct = both && !r.isNew ? percentChange(r.base!, r.head!) : null;
  if (r.delta !== delta) throw new ReportValidationError(`${at}.delta`, `is ${r.delta} but base and head make it ${delta}`);
  if (r.pct !== pct) throw new ReportValidationError(`${at}.pct`, `is ${r.pct} but base and head make it ${pct}`);
  // Absent in reports written before the field; present, it must say what the sides' bounds make it.
  const bound = delta !== null && !r.isNew ? deltaBound(r.baseLowerBound, r.headLowerBound) : undefined;
  if (r.deltaBound !== undefined && r.deltaBound !== bound) throw new ReportValidationError(`${at}.deltaBound`, `is ${r.deltaBound} but the sides' lower bounds make it ${bound ?? 'absent'}`);
}
