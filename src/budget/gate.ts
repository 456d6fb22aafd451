/**
 * The gate: every changed model evaluated against the config, and the overall verdict, as a
 * JSON-serializable GateReport (schemaVersion 1, schema/gate-report.schema.json).
 *
 * validateGateReport re-checks a report read back from an artifact (the `publish` mode renders a
 * report produced by an untrusted pull-request run, so nothing in it is taken on trust).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import gateReportSchema from '../../schema/gate-report.schema.json' with { type: 'json' };
import { BadInputError } from '../graph/errors.js';
import { matchModel } from './config.js';
import { DEFAULT_WHY_LIMIT, worstVerdict } from './evaluate.js';
import { evaluateModelAtPoints } from './points.js';
import { checkFormulas, checkLatencyRow, checkPoint } from './points-validate.js';
import { CHANGE_STATUSES, GATE_REPORT_SCHEMA_VERSION, LEVELS, METRICS } from './types.js';
import type { GateInputs, Level, GateReport, ShardInfo, MetricRow, ModelReport, ModuleChange, NodeChange, OpTypeChange, OpTypeChart, ScopeChange, Verdict, WhyReport } from './types.js';

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
    const match = config ? matchModel(config, input.path) : null;
    if (match?.kind === 'ignored') {
      ignored.push(input.path);
      continue;
    }
    models.push(evaluateModelAtPoints(input, match, defaultLevel, whyLimit));
  }
  models.sort(compareModels);
  const { violations, warnings } = countFindings(models, defaultLevel);
  const minChange = inputs.minChange ?? config?.defaults.minChange;
  return {
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
  };
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
export function allRows(m: ModelReport): ReadonlyArray<{ readonly status: Verdict; readonly budget: string | null }> {
  return [...m.rows, ...(m.latency ?? []), ...(m.points ?? []).flatMap((p) => [...p.rows, ...p.latency])];
}

// ---------------------------------------------------------------------------------------------
// Validation of a report read back from JSON

export class ReportValidationError extends BadInputError {
  override name = 'ReportValidationError';
  constructor(readonly where: string, readonly detail: string) {
    super(`invalid gate report: ${where}: ${detail}`);
  }
}

/** Longest string accepted anywhere in a report; model-derived names beyond this are suspicious. */
const MAX_STRING = 4096;
const MAX_ITEMS = 100_000;

export class Check {
  constructor(private readonly where: string) {}
  fail(detail: string): never {
    throw new ReportValidationError(this.where, detail);
  }
  at(key: string | number): Check {
    return new Check(typeof key === 'number' ? `${this.where}[${key}]` : `${this.where}.${key}`);
  }
  object(v: unknown, keys: readonly string[]): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail('expected an object');
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!keys.includes(k)) this.at(k).fail('unexpected property');
    return o;
  }
  array(v: unknown): unknown[] {
    if (!Array.isArray(v)) this.fail('expected an array');
    if (v.length > MAX_ITEMS) this.fail(`more than ${MAX_ITEMS} items`);
    return v;
  }
  string(v: unknown): string {
    if (typeof v !== 'string') this.fail('expected a string');
    if (v.length > MAX_STRING) this.fail(`string longer than ${MAX_STRING} characters`);
    return v;
  }
  nullableString(v: unknown): string | null {
    return v === null ? null : this.string(v);
  }
  number(v: unknown): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail('expected a finite number');
    return v;
  }
  nullableNumber(v: unknown): number | null {
    return v === null ? null : this.number(v);
  }
  count(v: unknown): number {
    const n = this.number(v);
    if (!Number.isInteger(n) || n < 0) this.fail('expected a whole number >= 0');
    return n;
  }
  boolean(v: unknown): boolean {
    if (typeof v !== 'boolean') this.fail('expected true or false');
    return v;
  }
  oneOf<T extends string>(v: unknown, allowed: readonly T[]): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) this.fail(`expected one of ${allowed.join(', ')}`);
    return v as T;
  }
}

const VERDICTS: readonly Verdict[] = ['ok', 'warning', 'error'];

export function checkRow(c: Check, v: unknown): MetricRow {
  const o = c.object(v, ['metric', 'unit', 'base', 'head', 'delta', 'pct', 'isNew', 'baseLowerBound', 'headLowerBound', 'baseNotAvailable', 'headNotAvailable', 'binaryUnits', 'budget', 'level', 'status', 'reasons']);
  return {
    metric: c.at('metric').oneOf(o.metric, METRICS),
    unit: c.at('unit').oneOf(o.unit, ['count', 'bytes'] as const),
    base: c.at('base').nullableNumber(o.base),
    head: c.at('head').nullableNumber(o.head),
    delta: c.at('delta').nullableNumber(o.delta),
    pct: c.at('pct').nullableNumber(o.pct),
    isNew: c.at('isNew').boolean(o.isNew),
    baseLowerBound: c.at('baseLowerBound').boolean(o.baseLowerBound),
    headLowerBound: c.at('headLowerBound').boolean(o.headLowerBound),
    ...(o.baseNotAvailable !== undefined && c.at('baseNotAvailable').boolean(o.baseNotAvailable) ? { baseNotAvailable: true as const } : {}),
    ...(o.headNotAvailable !== undefined && c.at('headNotAvailable').boolean(o.headNotAvailable) ? { headNotAvailable: true as const } : {}),
    ...(o.binaryUnits !== undefined && c.at('binaryUnits').boolean(o.binaryUnits) ? { binaryUnits: true as const } : {}),
    budget: c.at('budget').nullableString(o.budget),
    level: o.level === null ? null : c.at('level').oneOf(o.level, LEVELS),
    status: c.at('status').oneOf(o.status, VERDICTS),
    reasons: c.at('reasons').array(o.reasons).map((r, i) => c.at('reasons').at(i).string(r)),
  };
}

function checkOpType(c: Check, v: unknown): OpTypeChange {
  const o = c.object(v, ['opType', 'domain', 'baseCount', 'headCount', 'macsDelta', 'flopsDelta', 'memoryBytesDelta']);
  return {
    opType: c.at('opType').string(o.opType),
    domain: c.at('domain').string(o.domain),
    baseCount: c.at('baseCount').count(o.baseCount),
    headCount: c.at('headCount').count(o.headCount),
    macsDelta: c.at('macsDelta').nullableNumber(o.macsDelta),
    flopsDelta: c.at('flopsDelta').nullableNumber(o.flopsDelta),
    memoryBytesDelta: c.at('memoryBytesDelta').nullableNumber(o.memoryBytesDelta),
  };
}

function checkNode(c: Check, v: unknown): NodeChange {
  const o = c.object(v, ['name', 'opType', 'scope', 'change', 'flopsDelta', 'macsDelta', 'memoryBytesDelta', 'baseName', 'baseShape', 'headShape']);
  const optional = (k: 'baseName' | 'baseShape' | 'headShape') => (o[k] === undefined ? {} : { [k]: c.at(k).string(o[k]) });
  return {
    ...optional('baseName'),
    ...optional('baseShape'),
    ...optional('headShape'),
    name: c.at('name').string(o.name),
    opType: c.at('opType').string(o.opType),
    scope: c.at('scope').string(o.scope),
    change: c.at('change').oneOf(o.change, ['added', 'removed', 'changed'] as const),
    flopsDelta: c.at('flopsDelta').number(o.flopsDelta),
    macsDelta: c.at('macsDelta').number(o.macsDelta),
    memoryBytesDelta: c.at('memoryBytesDelta').number(o.memoryBytesDelta),
  };
}

function checkModule(c: Check, v: unknown): ModuleChange {
  const o = c.object(v, ['name', 'baseParams', 'headParams']);
  return { name: c.at('name').string(o.name), baseParams: c.at('baseParams').count(o.baseParams), headParams: c.at('headParams').count(o.headParams) };
}

function checkScope(c: Check, v: unknown): ScopeChange {
  const o = c.object(v, ['name', 'baseFlops', 'headFlops', 'baseMemoryBytes', 'headMemoryBytes']);
  return {
    name: c.at('name').string(o.name),
    baseFlops: c.at('baseFlops').number(o.baseFlops),
    headFlops: c.at('headFlops').number(o.headFlops),
    baseMemoryBytes: c.at('baseMemoryBytes').number(o.baseMemoryBytes),
    headMemoryBytes: c.at('headMemoryBytes').number(o.headMemoryBytes),
  };
}

function checkChart(c: Check, v: unknown): OpTypeChart {
  const o = c.object(v, ['metric', 'opTypes', 'more']);
  return {
    metric: c.at('metric').oneOf(o.metric, ['flops', 'macs', 'memory'] as const),
    opTypes: c.at('opTypes').array(o.opTypes).map((x, i) => {
      const at = c.at('opTypes').at(i);
      const r = at.object(x, ['opType', 'domain', 'base', 'head']);
      return { opType: at.at('opType').string(r.opType), domain: at.at('domain').string(r.domain), base: at.at('base').number(r.base), head: at.at('head').number(r.head) };
    }),
    more: c.at('more').count(o.more),
  };
}

function checkWhy(c: Check, v: unknown): WhyReport | null {
  if (v === null) return null;
  const o = c.object(v, ['opTypes', 'nodes', 'opTypesChanged', 'nodesChanged', 'modules', 'modulesChanged', 'scopes', 'scopesChanged', 'chart', 'nodesTruncated']);
  return {
    opTypes: c.at('opTypes').array(o.opTypes).map((x, i) => checkOpType(c.at('opTypes').at(i), x)),
    nodes: c.at('nodes').array(o.nodes).map((x, i) => checkNode(c.at('nodes').at(i), x)),
    opTypesChanged: c.at('opTypesChanged').count(o.opTypesChanged),
    nodesChanged: c.at('nodesChanged').count(o.nodesChanged),
    ...(o.modules === undefined ? {} : { modules: c.at('modules').array(o.modules).map((x, i) => checkModule(c.at('modules').at(i), x)) }),
    ...(o.modulesChanged === undefined ? {} : { modulesChanged: c.at('modulesChanged').count(o.modulesChanged) }),
    ...(o.scopes === undefined ? {} : { scopes: c.at('scopes').array(o.scopes).map((x, i) => checkScope(c.at('scopes').at(i), x)) }),
    ...(o.scopesChanged === undefined ? {} : { scopesChanged: c.at('scopesChanged').count(o.scopesChanged) }),
    ...(o.chart === undefined ? {} : { chart: checkChart(c.at('chart'), o.chart) }),
    ...(o.nodesTruncated === true ? { nodesTruncated: true as const } : {}),
  };
}

function checkModel(c: Check, v: unknown): ModelReport {
  const o = c.object(v, ['path', 'previousPath', 'name', 'status', 'verdict', 'error', 'notes', 'warnings', 'shapes', 'rows', 'why', 'points', 'latency', 'formulas']);
  return {
    path: c.at('path').string(o.path),
    previousPath: c.at('previousPath').nullableString(o.previousPath),
    name: c.at('name').nullableString(o.name),
    status: c.at('status').oneOf(o.status, CHANGE_STATUSES),
    verdict: c.at('verdict').oneOf(o.verdict, VERDICTS),
    error: c.at('error').nullableString(o.error),
    notes: c.at('notes').array(o.notes).map((n, i) => c.at('notes').at(i).string(n)),
    ...(o.warnings === undefined ? {} : { warnings: c.at('warnings').array(o.warnings).map((n, i) => c.at('warnings').at(i).string(n)) }),
    ...(o.shapes === undefined ? {} : { shapes: c.at('shapes').array(o.shapes).map((n, i) => c.at('shapes').at(i).string(n)) }),
    rows: c.at('rows').array(o.rows).map((r, i) => checkRow(c.at('rows').at(i), r)),
    why: checkWhy(c.at('why'), o.why),
    ...(o.points === undefined ? {} : { points: c.at('points').array(o.points).map((p, i) => checkPoint(c.at('points').at(i), p, checkRow)) }),
    ...(o.latency === undefined ? {} : { latency: c.at('latency').array(o.latency).map((r, i) => checkLatencyRow(c.at('latency').at(i), r)) }),
    ...(o.formulas === undefined ? {} : { formulas: checkFormulas(c.at('formulas'), o.formulas) }),
  };
}

function checkShard(c: Check, v: unknown): ShardInfo {
  const o = c.object(v, ['index', 'count', 'models', 'baseSha', 'headSha', 'settings', 'level']);
  const count = c.at('count').count(o.count);
  const index = c.at('index').count(o.index);
  if (index < 1 || index > count) c.at('index').fail(`expected 1 to ${count}`);
  return {
    index,
    count,
    models: c.at('models').array(o.models).map((p, i) => c.at('models').at(i).string(p)),
    baseSha: c.at('baseSha').nullableString(o.baseSha),
    headSha: c.at('headSha').nullableString(o.headSha),
    settings: c.at('settings').string(o.settings),
    level: c.at('level').oneOf(o.level, LEVELS),
  };
}

// Ajv is CommonJS: the default import is module.exports, whose `default` is the class again.
const Ajv2020Class = Ajv2020.default;

let compiled: ValidateFunction | undefined;

/** schema/gate-report.schema.json compiled once, on first use (strictNumbers: no NaN/Infinity). */
function schemaValidator(): ValidateFunction {
  compiled ??= new Ajv2020Class({ strict: true, strictNumbers: true, allErrors: false }).compile(gateReportSchema);
  return compiled!;
}

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
    case 'minimum': return new ReportValidationError(where(e.instancePath), 'expected a whole number >= 0');
    default: return new ReportValidationError(where(e.instancePath), e.message ?? e.keyword);
  }
}

/**
 * Checks that `json` (e.g. JSON.parse of the artifact) is a GateReport of schemaVersion 1 and
 * returns a fresh copy holding only the known properties. Also checks that the summary agrees
 * with the models (a tampered `passed: true` over breached rows is rejected).
 * Throws ReportValidationError naming the first bad property.
 */
export function validateGateReport(json: unknown): GateReport {
  // First ajv against schema/gate-report.schema.json itself (the file we publish), then the
  // typed copy and the consistency checks below.
  const validate = schemaValidator();
  if (!validate(json)) throw describe(validate.errors![0]!);
  const c = new Check('report');
  const o = c.object(json, ['schemaVersion', 'passed', 'violations', 'warnings', 'configFile', 'configSource', 'configNote', 'budgetChanges', 'changedModels', 'ignored', 'models', 'minChange', 'shard']);
  if (o.schemaVersion !== GATE_REPORT_SCHEMA_VERSION) c.at('schemaVersion').fail(`expected ${GATE_REPORT_SCHEMA_VERSION}`);
  const report: GateReport = {
    schemaVersion: GATE_REPORT_SCHEMA_VERSION,
    passed: c.at('passed').boolean(o.passed),
    violations: c.at('violations').count(o.violations),
    warnings: c.at('warnings').count(o.warnings),
    configFile: c.at('configFile').nullableString(o.configFile),
    configSource: o.configSource === null ? null : c.at('configSource').oneOf(o.configSource, ['base', 'head'] as const),
    configNote: c.at('configNote').nullableString(o.configNote),
    budgetChanges: c.at('budgetChanges').array(o.budgetChanges).map((v, i) => {
      const at = c.at('budgetChanges').at(i);
      const b = at.object(v, ['scope', 'setting', 'before', 'after']);
      return { scope: at.at('scope').string(b.scope), setting: at.at('setting').string(b.setting), before: at.at('before').nullableString(b.before), after: at.at('after').nullableString(b.after) };
    }),
    changedModels: c.at('changedModels').array(o.changedModels).map((p, i) => c.at('changedModels').at(i).string(p)),
    ignored: c.at('ignored').array(o.ignored).map((p, i) => c.at('ignored').at(i).string(p)),
    models: c.at('models').array(o.models).map((m, i) => checkModel(c.at('models').at(i), m)),
    ...(o.minChange === undefined ? {} : { minChange: c.at('minChange').number(o.minChange) }),
    ...(o.shard === undefined ? {} : { shard: checkShard(c.at('shard'), o.shard) }),
  };
  if (report.passed !== (report.violations === 0)) c.at('passed').fail('disagrees with violations');
  const rowErrors = report.models.reduce((n, m) => n + allRows(m).filter((r) => r.status === 'error').length, 0);
  if (report.violations < rowErrors) c.at('violations').fail(`is ${report.violations} but ${rowErrors} rows are errors`);
  report.models.forEach((m, i) => {
    const worst = worstVerdict([...allRows(m).map((r) => r.status), (m.warnings?.length ?? 0) > 0 ? 'warning' : 'ok']);
    if (SEVERITY[m.verdict] > SEVERITY[worst]) c.at('models').at(i).at('verdict').fail(`is ${m.verdict} but a row is ${worst}`);
  });
  return report;
}
