/**
 * What a pull request changes in the budget config, one line per change (old -> new), so that a
 * reviewer sees a relaxed budget, a model moved to `ignore` or a smaller batch size bound in
 * `dims` (all of which make the gate pass more easily). Entries are paired by name.
 */
import { shapeLabel } from './labels.js';
import { formatLimitPercent } from './units.js';
import { METRICS } from './types.js';
import type { Budget, BudgetChange, GateConfig, LatencyBudget, ModelEntry } from './types.js';

/** Cap on listed changes: a rewritten config is summarised, not dumped. */
export const MAX_BUDGET_CHANGES = 50;

function budgetFields(b: Budget | undefined): Record<string, string | null> {
  return {
    max: b?.maxText ?? null,
    'max-increase': b?.maxIncrease !== undefined ? formatLimitPercent(b.maxIncrease) : null,
    'min-delta': b?.minDeltaText ?? null,
    level: b?.level ?? null,
    at: b?.at?.join(', ') ?? null,
  };
}

/** A latency budget's settings as text, including the devices it names (#15). */
function latencyFields(l: LatencyBudget | undefined): Record<string, string | null> {
  return {
    max: l?.maxText ?? null,
    'max-increase': l?.maxIncrease !== undefined ? formatLimitPercent(l.maxIncrease) : null,
    level: l?.level ?? null,
    at: l?.at?.join(', ') ?? null,
    hardware: l ? l.hardware.map((h) => h.id).join(', ') : null,
  };
}

function pointsText(points: ModelEntry['points']): string | null {
  return points?.length ? points.map((p) => `${p.name} (${[dimsText(p.dims), inputsText(p.inputs)].filter(Boolean).join(', ')})`).join('; ') : null;
}

function dimsText(dims: Readonly<Record<string, number>>): string | null {
  const entries = Object.entries(dims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(', ') : null;
}

function percentText(p: number | undefined): string | null {
  return p === undefined ? null : formatLimitPercent(p);
}

function inputsText(inputs: ModelEntry['inputs']): string | null {
  const entries = Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? entries.map(([k, v]) => `${k}=${shapeLabel(v)}`).join(', ') : null;
}

/** Every change from `base` to `head`, in config order (defaults, models, ignore). */
export function diffConfigs(base: GateConfig, head: GateConfig): BudgetChange[] {
  const out: BudgetChange[] = [];
  const add = (scope: string, setting: string, before: string | null, after: string | null): void => {
    if (before !== after) out.push({ scope, setting, before, after });
  };
  add('defaults', 'level', base.defaults.level, head.defaults.level);
  add('defaults', 'dims', dimsText(base.defaults.dims), dimsText(head.defaults.dims));
  add('defaults', 'min-change', percentText(base.defaults.minChange), percentText(head.defaults.minChange));
  const baseByName = new Map(base.models.map((m) => [m.name, m]));
  const headNames = new Set(head.models.map((m) => m.name));
  for (const m of base.models) if (!headNames.has(m.name)) add(`model ${m.name}`, 'entry', `path ${m.path}`, null);
  for (const h of head.models) {
    const b = baseByName.get(h.name);
    const scope = `model ${h.name}`;
    if (!b) add(scope, 'entry', null, `path ${h.path}`);
    add(scope, 'path', b ? b.path : null, b ? h.path : null);
    add(scope, 'dims', b ? dimsText(b.dims) : null, b ? dimsText(h.dims) : null);
    add(scope, 'inputs', b ? inputsText(b.inputs) : null, b ? inputsText(h.inputs) : null);
    for (const metric of METRICS) {
      const before = budgetFields(b?.budgets[metric]);
      const after = budgetFields(h.budgets[metric]);
      for (const field of Object.keys(after)) add(scope, `${metric} ${field}`, before[field] ?? null, after[field] ?? null);
    }
    add(scope, 'points', b ? pointsText(b.points) : null, b ? pointsText(h.points) : null);
    const lb = latencyFields(b?.latency);
    const lh = latencyFields(h.latency);
    for (const field of Object.keys(lh)) add(scope, `latency ${field}`, lb[field] ?? null, lh[field] ?? null);
  }
  const baseIgnore = new Set(base.ignore);
  const headIgnore = new Set(head.ignore);
  for (const p of head.ignore) if (!baseIgnore.has(p)) add('ignore', p, null, 'ignored');
  for (const p of base.ignore) if (!headIgnore.has(p)) add('ignore', p, 'ignored', null);
  return out;
}
