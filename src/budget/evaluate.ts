/**
 * Verdicts for one model: metric rows (base, head, change, budget, status) and the "why"
 * breakdown of which op types and nodes changed cost. Pure: profiles come in, plain data goes out.
 *
 * Breach rules, per budget whose level is not `off`:
 *   absolute: head > max (a lower-bound head above max is a certain breach);
 *   relative: the increase over base is more than max-increase percent AND, when min-delta is
 *             set, the absolute increase is more than min-delta. New models have no base, so
 *             only absolute budgets apply to them. Deleted models never breach.
 * A budget the head's numbers cannot check (the metric not measured, a lower bound that breaches
 * nothing, symbolic input dims measured at 1) gets a "not ..." reason. It fails at the budget's
 * level when the base was checkable where the head is not (a pull request cannot pass a budget by
 * making its model unmeasurable), and is a warning when the base was no better (the same custom
 * op on both sides, a weights-only format, a new model). A head that cannot be read at all counts
 * once, as its error at the model's default level: its budgets at that level or below stay
 * warnings (the error is not counted twice), and a budget stricter than the default (`level:
 * error` under `defaults: { level: warning }`) still fails at its level when the base was measured.
 * Symbolic dims the head measured at 1 are new unless the base input of the same name has the
 * same rank and the same measured size at every position (see newUnboundDims).
 * A relative budget (max-increase) of a model that is not new, whose base has no value for the
 * metric (unreadable, an unfetched Git LFS pointer, a format that cannot measure it), was not
 * checked: its row says so and why, and is a warning (the base was no better than the head), so an
 * unreadable base is never a failure by itself and never a ✅. Its max is still checked.
 */
import type { OpTypeSummary, ProfileResult } from '../profile/types.js';
import { boundOpTypes, costsLowerBound, opTypeKey, peakLowerBound } from '../profile/types.js';
import { inputShapes, unboundDims } from '../profile/unbound-dims.js';
import type { UnboundDim } from '../profile/unbound-dims.js';
import { deltaBound } from './delta-bound.js';
import { opLabel } from './labels.js';
import { formatAmount, formatDelta, formatLimitPercent, formatPercent, isBinaryBytes, METRIC_LABELS, METRIC_UNITS, percentChange } from './units.js';
import { METRICS, POINT_METRICS } from './types.js';
import { byImpact, nodeDiff, opTypeChart } from './why-nodes.js';
import type {
  Budget,
  GateModelInput,
  Level,
  MetricName,
  MetricRow,
  ModelMatch,
  ModelReport,
  ModuleChange,
  OpTypeChange,
  Verdict,
  WhyReport,
} from './types.js';

export const DEFAULT_WHY_LIMIT = 10;

interface MetricValue {
  readonly value: number;
  readonly lowerBound: boolean;
}

/** The metric as the profile reports it, or null when the profile does not carry it. */
export function metricValue(profile: ProfileResult | undefined, metric: MetricName): MetricValue | null {
  if (!profile) return null;
  const totals = profile.totals;
  // The peak's own bound (a value of unknown size) says nothing about the cost counts.
  const lowerBound = costsLowerBound(totals);
  switch (metric) {
    case 'params':
      return { value: profile.params.total, lowerBound: false };
    case 'file-size':
      return { value: profile.model.fileBytes + profile.model.externalDataBytes, lowerBound: false };
    case 'flops':
      return totals ? { value: totals.flops, lowerBound } : null;
    case 'macs':
      return totals ? { value: totals.macs, lowerBound } : null;
    case 'memory':
      return totals ? { value: totals.memoryBytes, lowerBound } : null;
    case 'peak-memory':
      return totals ? { value: totals.peakActivationBytes, lowerBound: peakLowerBound(totals) } : null;
  }
}

/** Why the profile's format cannot measure the metric (weights only: no graph), or null. */
export function notAvailable(profile: ProfileResult | undefined, metric: MetricName): string | null {
  const u = profile?.unavailable;
  return u && (u.metrics as readonly string[]).includes(metric) ? u.reason : null;
}

const SEVERITY: Readonly<Record<Verdict, number>> = { ok: 0, warning: 1, error: 2 };

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'ok';
  for (const v of verdicts) if (SEVERITY[v] > SEVERITY[worst]) worst = v;
  return worst;
}

/** The status a breach gets at a level: `off` never reaches here. */
function levelVerdict(level: Level): Verdict {
  return level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'ok';
}

const LEVEL_ORDER: Readonly<Record<Level, number>> = { off: 0, warning: 1, error: 2 };

/** Whether a budget's level is stricter than another (the default level an error counts at). */
export function stricterThan(level: Level, than: Level): boolean {
  return LEVEL_ORDER[level] > LEVEL_ORDER[than];
}

/** One metric row. `budget`/`level` are absent when the metric has no budget. */
export function evaluateMetric(
  metric: MetricName,
  base: MetricValue | null,
  head: MetricValue | null,
  opts: {
    readonly isNew: boolean; readonly deleted: boolean; readonly budget?: Budget; readonly level?: Level;
    /** Why the head has no value for this metric (the model could not be measured, or its format cannot measure it). */
    readonly notMeasured?: string;
    /**
     * The head could not be read at all: its error already counts once at this level (the
     * model's default), so a budget at that level or below stays a warning; a stricter one fails.
     */
    readonly headError?: Level;
    /** Head input dims nothing binds, measured at 1 where the base was not (`seq=1`): cost metrics only. */
    readonly newUnboundDims?: readonly string[];
    /** Why a base that exists has no value for this metric (unreadable, a Git LFS pointer, a format that cannot measure it). */
    readonly baseNotMeasured?: string;
  },
): MetricRow {
  const unit = METRIC_UNITS[metric];
  const delta = base && head ? head.value - base.value : null;
  const pct = base && head && !opts.isNew ? percentChange(base.value, head.value) : null;
  const reasons: string[] = [];
  const budget = opts.budget;
  const level = budget ? (opts.level ?? 'error') : null;
  // The base was checkable (an exact value) where the head is not: fail at the level, else warn.
  const baseExact = base !== null && !base.lowerBound && !Number.isNaN(base.value);
  let unchecked: Verdict | null = null;
  // `524 kB` against `≤ 512 KiB` reads as a contradiction: values take the budget's unit family.
  const binary = unit === 'bytes' && budget !== undefined && (isBinaryBytes(budget.maxText) || isBinaryBytes(budget.minDeltaText));
  if (budget && level !== 'off' && !opts.deleted) {
    const show = (v: MetricValue) => `${v.lowerBound ? '≥' : ''}${formatAmount(v.value, unit, { binary })}`;
    if (head === null) {
      // The budget stays on the row, with why it could not be checked: never silently dropped.
      const regressed = baseExact && (opts.headError === undefined || stricterThan(level!, opts.headError));
      reasons.push(`not measured: ${opts.notMeasured ?? `the profile has no ${METRIC_LABELS[metric]}`}; the budget was not checked${regressed ? ' (the base measured it)' : ''}`);
      unchecked = regressed ? levelVerdict(level!) : 'warning';
    } else {
      if (budget.max !== undefined && head.value > budget.max) {
        reasons.push(`${show(head)} exceeds max ${budget.maxText ?? formatAmount(budget.max, unit, { trim: true })}`);
      }
      // A relative budget compares with the base: without a base value it was never checked, and a
      // silent pass would put a ✅ beside a +300% model.
      const relativeUnchecked = budget.maxIncrease !== undefined && base === null && !opts.isNew;
      // Over a lower-bound base the real increase is at most the one computed, maybe a decrease:
      // a breach computed from it is not certain (a head at or under the bound is a certain pass).
      let overBaseBound = false;
      if (budget.maxIncrease !== undefined && base !== null && !opts.isNew && delta !== null && delta > 0) {
        // Compare delta*100 > pct*base rather than dividing, so 2.0% against a 2% limit is not a breach by rounding.
        const overPercent = delta * 100 > budget.maxIncrease * base.value;
        const overDelta = budget.minDelta === undefined || delta > budget.minDelta;
        if (overPercent && overDelta && base.lowerBound) overBaseBound = true;
        else if (overPercent && overDelta) {
          const pctText = pct === null ? `grew from ${formatAmount(base.value, unit, { binary })}` : `${formatPercent(pct)}`;
          const minText = budget.minDelta !== undefined ? ` and ${formatDelta(delta, unit, { binary })} > ${budget.minDeltaText ?? formatAmount(budget.minDelta, unit, { trim: true })}` : '';
          reasons.push(`${pctText} exceeds max-increase +${formatLimitPercent(budget.maxIncrease)}${minText}`);
        }
      }
      // No breach proves nothing when the head's number is not the real cost.
      if (reasons.length === 0 && (head.lowerBound || Number.isNaN(head.value))) {
        reasons.push(`not checked: ${Number.isNaN(head.value) ? 'the head value is not a number' : `${show(head)} is only a lower bound (some nodes could not be costed)`}${baseExact ? ' and the base was exact' : ''}`);
        unchecked = baseExact ? levelVerdict(level!) : 'warning';
      } else if (reasons.length === 0 && opts.newUnboundDims && opts.newUnboundDims.length > 0) {
        reasons.push(unboundDimsReason(opts.newUnboundDims));
        unchecked = levelVerdict(level!);
      }
      if (relativeUnchecked) {
        unchecked = relativeNotChecked(reasons, unchecked, opts.baseNotMeasured ?? `the base profile has no ${METRIC_LABELS[metric]}`, budget.maxIncrease);
      }
      if (overBaseBound) {
        const breached = reasons.length > 0 && unchecked === null;
        reasons.push(`not checked: the base ${show(base!)} is only a lower bound (some nodes could not be costed); max-increase +${formatLimitPercent(budget.maxIncrease!)} is relative to it`);
        unchecked = breached ? unchecked : worstVerdict([unchecked ?? 'ok', 'warning']);
      }
    }
  }
  const status: Verdict = reasons.length === 0 ? 'ok' : unchecked ?? levelVerdict(level ?? 'error');
  const bound = delta !== null && !opts.isNew ? deltaBound(base!.lowerBound, head!.lowerBound) : undefined;
  return {
    metric,
    unit,
    base: base?.value ?? null,
    head: head?.value ?? null,
    delta,
    pct,
    isNew: opts.isNew,
    baseLowerBound: base?.lowerBound ?? false,
    headLowerBound: head?.lowerBound ?? false,
    budget: budget?.text ?? null,
    level,
    status,
    reasons,
    ...(binary ? { binaryUnits: true as const } : {}),
    ...(unchecked !== null ? { unchecked: true as const } : {}),
    ...(bound !== undefined ? { deltaBound: bound } : {}),
  };
}

/** Evaluates one model against the entry `match` found for it (null: no config at all). */
export function evaluateModel(
  input: GateModelInput,
  match: ModelMatch | null,
  defaultLevel: Level,
  whyLimit: number = DEFAULT_WHY_LIMIT,
): ModelReport {
  const entry = match?.kind === 'matched' ? match.entry : null;
  const deleted = input.status === 'deleted';
  const isNew = input.status === 'added' || (!deleted && !input.base && !input.baseError);
  const notes: string[] = [];

  let error: string | null = null;
  if (!deleted) {
    if (input.lfsPointer) {
      // The words the issue promises ("stored in Git LFS"), then the why and the fix.
      error = 'stored in Git LFS: the file is a Git LFS pointer, not the model, and its object was not fetched (use actions/checkout with lfs: true, or lfs: auto/fetch with git-lfs installed)';
    } else if (input.error) {
      error = oneLine(input.error);
    } else if (!input.head) {
      error = 'no profile was produced for the head version';
    }
  }
  if (input.baseError && input.status !== 'added') notes.push(`base version could not be read: ${oneLine(input.baseError)}`);
  const head = error ? undefined : input.head;
  const totals = head?.totals;
  if (totals?.lowerBound) {
    const why = totals.lowerBoundReasons.length > 0 ? `: ${totals.lowerBoundReasons.slice(0, 3).map(oneLine).join('; ')}` : '';
    notes.push(`${costsLowerBound(totals) ? 'head cost totals are lower bounds' : 'head peak activation memory is a lower bound'} (≥)${why}`);
  }
  if (head?.unavailable) {
    // Latency is not a budget metric, so it has no label of its own there.
    const labels = head.unavailable.metrics.map((m) => (m === 'latency' ? 'Latency' : METRIC_LABELS[m]));
    notes.push(`${labels.join(', ')}: n/a (${oneLine(head.unavailable.reason)})`);
  }
  if (head && head.unknownOps.length > 0) {
    const ops = head.unknownOps.map((u) => `${opLabel(u.opType, u.domain)} ×${u.count}`);
    notes.push(`ops with no cost definition (not counted): ${ops.join(', ')}`);
  }

  // A weights file's reader says what its numbers leave out (tensors in a form not measured, a
  // quantization it does not unpack): worth reading beside them, bounded like the other notes.
  if (head?.weights) notes.push(...readerNotes(head.warnings));

  // Dims the head leaves at 1 where the base was not at 1: its cost budgets cannot be checked.
  const newDims = uncheckedDims(input.base, head, match);
  const rows: MetricRow[] = [];
  for (const metric of METRICS) {
    const base = metricValue(input.base, metric);
    const headValue = metricValue(head, metric);
    // A deleted model has no budgets to meet. An unmeasured one keeps its budgets, each saying
    // why it was not checked (never a ✅ for them, never silently dropped).
    const budget = deleted ? undefined : entry?.budgets[metric];
    const baseNA = notAvailable(input.base, metric) !== null;
    const headNAReason = notAvailable(head, metric);
    const headNA = headNAReason !== null;
    if (base === null && headValue === null && !budget && !baseNA && !headNA) continue;
    // The model's error is said once, in its section; each budget row only says it was not checked.
    const notMeasured = error !== null ? 'the model could not be read' : headNAReason !== null ? oneLine(headNAReason) : undefined;
    const baseNotMeasured = input.baseError ?? notAvailable(input.base, metric);
    const row = evaluateMetric(metric, base, headValue, {
      isNew,
      deleted,
      ...(budget ? { budget, level: budget.level ?? defaultLevel } : {}),
      ...(notMeasured !== undefined ? { notMeasured } : {}),
      ...(error !== null ? { headError: defaultLevel } : {}),
      ...(newDims.length > 0 && POINT_METRICS.includes(metric) ? { newUnboundDims: newDims } : {}),
      ...(baseNotMeasured !== null ? { baseNotMeasured: oneLine(baseNotMeasured) } : {}),
    });
    rows.push({ ...row, ...(baseNA ? { baseNotAvailable: true as const } : {}), ...(headNA ? { headNotAvailable: true as const } : {}) });
  }

  const errorVerdict: Verdict = error ? levelVerdict(defaultLevel) : 'ok';
  // Numbers at a dim of 1 can look like a huge saving (877 M FLOPs -> 6.86 M at seq=1): never a silent ✅.
  const warnings = head ? unboundDimWarnings(head, match) : [];
  const verdict = worstVerdict([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((r) => r.status)]);
  const shapes = head ? inputShapes(head) : [];
  // A limit of 0 (an operating point's own evaluation keeps only its rows) skips the node matching.
  const why = whyLimit === 0 || deleted || input.status === 'unchanged' || !head ? null : computeWhy(input.base, head, whyLimit);
  return {
    path: input.path,
    previousPath: input.previousPath ?? null,
    ...sameFile(input),
    name: entry?.name ?? null,
    status: input.status,
    verdict,
    error,
    ...(error ? { errorVerdict } : {}),
    notes,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(shapes.length > 0 ? { shapes } : {}),
    rows,
    why: why && (why.opTypes.length > 0 || why.nodes.length > 0 || (why.modules?.length ?? 0) > 0) ? why : null,
  };
}

/** The report's fields saying which other row reads the same file (a link's target, a set that took a shard in). */
export function sameFile(input: Pick<GateModelInput, 'linkTo' | 'baseLinkTo' | 'partOf'>): Pick<ModelReport, 'linkTo' | 'baseLinkTo' | 'partOf'> {
  return {
    ...(input.linkTo !== undefined ? { linkTo: input.linkTo } : {}),
    ...(input.baseLinkTo !== undefined ? { baseLinkTo: input.baseLinkTo } : {}),
    ...(input.partOf !== undefined ? { partOf: input.partOf } : {}),
  };
}

/**
 * The symbolic input dims of the head that nothing the gate profiled it with binds: neither the
 * config's dims (defaults.dims and the entry's) nor an input shape the config gives in full. The
 * engine profiles those at 1; each becomes one warning naming the dim and how to bind it. Worked
 * out from the same match the pipeline profiled with, so a dim the config binds to 1 on purpose
 * is not flagged.
 */
export function unboundDimWarnings(head: ProfileResult, match: ModelMatch | null): string[] {
  const dims = match && match.kind !== 'ignored' ? match.dims : {};
  const configInputs = match?.kind === 'matched' ? match.inputs : {};
  return unboundDims(head, dims, configInputs).map(({ dim, input, index }) => dim !== null
    ? `input dim '${dim}' of '${input}' is not bound, so the numbers are for ${dim}=1: set dims: { ${dim}: N } in the config (under defaults or this model's entry)`
    : `dim ${index} of input '${input}' has no size or name, so the numbers are for 1 there: set inputs: { ${input}: [...] } in this model's config entry`);
}

/**
 * The head's unbound input dims (measured at 1) where the base was not measured at 1: a dim renamed
 * (`h` -> `height` escapes `dims: { h: 224 }`), a size of 224 made symbolic, a new input. A dim
 * the base measured at 1 too compares like with like and stays a warning only: the same name left
 * unbound, or the same place of the same input measured the same (an exporter renaming `batch` to
 * `s0`, a fixed batch of 1 made dynamic). The same place means the base input of that name has the
 * same rank and, as measured, the same size at every position: base x [1,128,64] against head
 * x [seq,64] is not like with like (the 1 was a batch, seq stood at 128), so seq is new.
 */
export function newUnboundDims(base: ProfileResult, head: ProfileResult, match: ModelMatch | null): UnboundDim[] {
  const dims = match && match.kind !== 'ignored' ? match.dims : {};
  const configInputs = match?.kind === 'matched' ? match.inputs : {};
  const names = new Set(unboundDims(base, dims, configInputs).flatMap((u) => (u.dim !== null ? [u.dim] : [])));
  // As measured: a dim that stayed symbolic (a name, or neither size nor name) was measured at 1.
  const measured = (p: ProfileResult): Map<string, number[] | null> => new Map(p.inputs.map((v) => {
    const shape = v.boundShape !== undefined ? v.boundShape : v.shape;
    return [v.name, shape ? shape.map((d) => (typeof d === 'number' ? d : 1)) : null];
  }));
  const baseShapes = measured(base);
  const headShapes = measured(head);
  const sameShape = (input: string): boolean => {
    const b = baseShapes.get(input);
    const h = headShapes.get(input);
    return b != null && h != null && b.length === h.length && b.every((d, i) => d === h[i]);
  };
  return unboundDims(head, dims, configInputs)
    .filter((u) => !(u.dim !== null && names.has(u.dim)) && !sameShape(u.input));
}

/** The reason on a budget row that newUnboundDims (as `seq=1` labels) leave unchecked. */
export function unboundDimsReason(labels: readonly string[]): string {
  return `not checked: measured at ${labels.join(', ')}, input dims nothing binds (the base was not measured at 1 there)`;
}

/**
 * A relative budget (max-increase) a base with no value leaves unchecked: adds the reason to the
 * row's `reasons` and returns its `unchecked` verdict. The reason is said even beside a breach of
 * max, so the reader knows the increase was not weighed; only a row with no breach counts as
 * unchecked, and as a warning (the base was no better than the head: it was not measured at all),
 * so an unreadable base alone never fails the check.
 */
export function relativeNotChecked(reasons: string[], unchecked: Verdict | null, why: string, maxIncrease: number): Verdict | null {
  const breached = reasons.length > 0 && unchecked === null;
  reasons.push(`not checked: the base could not be measured (${why}); max-increase +${formatLimitPercent(maxIncrease)} is relative to it`);
  return breached ? unchecked : worstVerdict([unchecked ?? 'ok', 'warning']);
}

/** newUnboundDims as `seq=1` labels for a reason (none without a base to compare with). */
export function uncheckedDims(base: ProfileResult | undefined, head: ProfileResult | undefined, match: ModelMatch | null): string[] {
  const dims = base && head ? newUnboundDims(base, head, match) : [];
  // Names come from the model: a few, each cut to one short line, keep the reason within bounds.
  const label = (u: UnboundDim) => oneLine(u.dim !== null ? `${u.dim}=1` : `dim ${u.index} of '${u.input}'=1`);
  return [...dims.slice(0, 3).map(label), ...(dims.length > 3 ? [`${dims.length - 3} more`] : [])];
}

/** Reader warnings a model's notes keep: a set of many shards can have one per shard. */
export const MAX_READER_NOTES = 5;

/** The first MAX_READER_NOTES warnings of a reader as notes, one line each, and how many more there are. */
export function readerNotes(warnings: readonly string[]): string[] {
  const shown = warnings.slice(0, MAX_READER_NOTES).map((w) => `reader: ${oneLine(w)}`);
  const more = warnings.length - shown.length;
  return more > 0 ? [...shown, `reader: ${more} more ${more === 1 ? 'warning' : 'warnings'} (model-budget profile lists them all)`] : shown;
}

/** Text from a file or a reader as one line of at most 300 characters (escaped where it is shown). */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

// ---------------------------------------------------------------------------------------------
// Why did the cost change?

/**
 * Op types and nodes whose cost changed most between base and head (base absent: everything in
 * head is new). Uses per-op-type costs when both profiles carry them, else op counts only.
 */
export function computeWhy(base: ProfileResult | undefined, head: ProfileResult, limit: number = DEFAULT_WHY_LIMIT): WhyReport {
  const opTypes = opTypeChanges(base, head);
  const { nodes, scopes, truncated } = nodeDiff(base, head);
  const modules = moduleChanges(base, head);
  const chart = opTypeChart(base, head);
  return {
    opTypes: opTypes.slice(0, limit),
    nodes: nodes.slice(0, limit),
    opTypesChanged: opTypes.length,
    nodesChanged: nodes.length,
    ...(modules.length > 0 ? { modules: modules.slice(0, limit), modulesChanged: modules.length } : {}),
    ...(scopes.length > 0 ? { scopes: scopes.slice(0, limit), scopesChanged: scopes.length } : {}),
    ...(chart ? { chart } : {}),
    ...(truncated ? { nodesTruncated: true as const } : {}),
  };
}

/**
 * Which modules of a weights file grew or shrank: every module whose params changed, except one
 * whose change a single child explains entirely (`layer1` +100 because `layer1.0.conv1` +100:
 * only the conv is named). Largest change first.
 */
export function moduleChanges(base: ProfileResult | undefined, head: ProfileResult): ModuleChange[] {
  if (!head.weights || (base !== undefined && !base.weights)) return [];
  const params = new Map<string, { base: number; head: number }>();
  for (const m of base?.weights?.modules ?? []) params.set(m.name, { base: m.params, head: 0 });
  for (const m of head.weights.modules) params.set(m.name, { base: params.get(m.name)?.base ?? 0, head: m.params });
  const changed = [...params].filter(([, p]) => p.base !== p.head);
  const delta = new Map(changed.map(([name, p]) => [name, p.head - p.base]));
  const explainedByOneChild = new Set<string>();
  for (const [name, d] of delta) {
    const dot = name.lastIndexOf('.');
    if (dot < 0) continue;
    const parent = name.slice(0, dot);
    if (delta.get(parent) === d) explainedByOneChild.add(parent);
  }
  return changed
    .filter(([name]) => !explainedByOneChild.has(name))
    .map(([name, p]) => ({ name, baseParams: p.base, headParams: p.head }))
    .sort((a, b) => Math.abs(b.headParams - b.baseParams) - Math.abs(a.headParams - a.baseParams) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function opTypeChanges(base: ProfileResult | undefined, head: ProfileResult): OpTypeChange[] {
  const withCosts = head.byOpType !== undefined && (base === undefined || base.byOpType !== undefined);
  type Acc = { opType: string; domain: string; baseCount: number; headCount: number; base?: OpTypeSummary; head?: OpTypeSummary };
  const acc = new Map<string, Acc>();
  const slot = (opType: string, domain: string): Acc => {
    const k = opTypeKey(domain, opType);
    let a = acc.get(k);
    if (!a) {
      a = { opType, domain, baseCount: 0, headCount: 0 };
      acc.set(k, a);
    }
    return a;
  };
  if (withCosts) {
    for (const s of base?.byOpType ?? []) Object.assign(slot(s.opType, s.domain), { base: s, baseCount: s.count });
    for (const s of head.byOpType ?? []) Object.assign(slot(s.opType, s.domain), { head: s, headCount: s.count });
  } else {
    for (const [op, n] of Object.entries(base?.opHistogram ?? {})) slot(op, '').baseCount = n;
    for (const [op, n] of Object.entries(head.opHistogram)) slot(op, '').headCount = n;
  }
  const out: OpTypeChange[] = [];
  const [baseBound, headBound] = withCosts ? [boundOpTypes(base), boundOpTypes(head)] : [new Set<string>(), new Set<string>()];
  for (const [k, a] of acc) {
    const bound = deltaBound(baseBound.has(k), headBound.has(k));
    const d = (f: 'macs' | 'flops' | 'memoryBytes'): number | null => (withCosts ? (a.head?.[f] ?? 0) - (a.base?.[f] ?? 0) : null);
    const change: OpTypeChange = {
      opType: a.opType,
      domain: a.domain,
      baseCount: a.baseCount,
      headCount: a.headCount,
      macsDelta: d('macs'),
      flopsDelta: d('flops'),
      memoryBytesDelta: d('memoryBytes'),
      ...(bound ? { deltaBound: bound } : {}),
    };
    const changed = a.baseCount !== a.headCount || (change.flopsDelta ?? 0) !== 0 || (change.macsDelta ?? 0) !== 0 || (change.memoryBytesDelta ?? 0) !== 0;
    if (changed) out.push(change);
  }
  return out.sort(byImpact((c) => `${c.domain}:${c.opType}`, (c) => Math.abs(c.headCount - c.baseCount)));
}
