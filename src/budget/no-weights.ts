/**
 * Files that hold no weights in the gate (pure). A Trainer checkpoint folder commits
 * `scheduler.pt`, `scaler.pt`, `training_args.bin`, `optimizer.pt` and `rng_state.pth` beside
 * its model: their readers find no params and say why. Such a file is no model, so it gets no
 * metric rows (a row of 0 params, or a change 0 -> 0, would read as a measurement), never
 * breaches a budget and never counts as a size change. Its report keeps the reason, and the
 * budgets of the entry it matched, so the comment can say that they checked nothing.
 */
import { noWeightsReason } from '../profile/weights.js';
import { oneLine, sameFile } from './evaluate.js';
import { evaluateModelAtPoints } from './points.js';
import { formatAmount, METRIC_LABELS } from './units.js';
import { METRICS } from './types.js';
import type { GateModelInput, Level, ModelEntry, ModelMatch, ModelReport } from './types.js';

/**
 * One changed file's report: a file with no weights as such (noWeightsModel), else the model
 * evaluated at its points. A model whose base version held no weights is new: its params are
 * not compared with a base that had none to compare.
 */
export function evaluateFile(input: GateModelInput, match: ModelMatch | null, defaultLevel: Level, whyLimit: number): ModelReport {
  const none = noWeightsModel(input, match, defaultLevel);
  if (none) return fileSizeBreach(none, input, match, defaultLevel, whyLimit) ?? none;
  const baseReason = input.status === 'deleted' ? null : noWeightsReason(input.base);
  if (baseReason === null) return evaluateModelAtPoints(input, match, defaultLevel, whyLimit);
  const { base: _base, points, ...rest } = input;
  const headOnly: GateModelInput = { ...rest, ...(points ? { points: points.map(({ base: _b, ...p }) => p) } : {}) };
  const report = evaluateModelAtPoints(headOnly, match, defaultLevel, whyLimit);
  return { ...report, notes: [`the base version held no weights (${oneLine(baseReason)}): the model is new here`, ...report.notes] };
}

/**
 * The report of a file with no weights, or null when it is a model (or could not be read: its
 * error is reported as any model's). The side that says is the head, or the base of a deleted file.
 */
export function noWeightsModel(input: GateModelInput, match: ModelMatch | null, defaultLevel: Level): ModelReport | null {
  const deleted = input.status === 'deleted';
  if (!deleted && (input.error !== undefined || input.lfsPointer === true)) return null;
  const reason = noWeightsReason(deleted ? input.base : input.head);
  if (reason === null) return null;
  const entry = match?.kind === 'matched' ? match.entry : null;
  const notes: string[] = [];
  // Weights that were in the base and are gone are worth a word, not a row.
  if (!deleted && input.base && noWeightsReason(input.base) === null) notes.push(`the base version held ${formatAmount(input.base.params.total, 'count')} params`);
  const budgets = entry && !deleted ? entryBudgets(entry, defaultLevel) : [];
  return {
    path: input.path,
    previousPath: input.previousPath ?? null,
    ...sameFile(input),
    name: entry?.name ?? null,
    status: input.status,
    verdict: 'ok',
    error: null,
    notes,
    rows: [],
    why: null,
    noWeights: oneLine(reason),
    ...(budgets.length > 0 ? { uncheckedBudgets: budgets } : {}),
  };
}

/**
 * A file with no weights still has a size, and a file-size budget checks it: a PR committing a
 * 2 GB `optimizer.pt` must not pass the budget that a 2 GB model fails. When that row is not ok,
 * the file is reported as a model (its rows, the reader's reason as a note); null otherwise.
 */
function fileSizeBreach(none: ModelReport, input: GateModelInput, match: ModelMatch | null, defaultLevel: Level, whyLimit: number): ModelReport | null {
  if (input.status === 'deleted' || match?.kind !== 'matched' || !match.entry.budgets['file-size']) return null;
  const full = evaluateModelAtPoints(input, match, defaultLevel, whyLimit);
  const row = full.rows.find((r) => r.metric === 'file-size');
  if (!row || row.status === 'ok') return null;
  return { ...full, notes: [`no weights: ${none.noWeights ?? ''}`, ...full.notes] };
}

/** The entry's budgets that are on and cannot check a file with no weights, as `Params ≤ 25 M` (and latency's). */
function entryBudgets(entry: ModelEntry, defaultLevel: Level): string[] {
  const on = (level: Level | undefined): boolean => (level ?? defaultLevel) !== 'off';
  const out: string[] = [];
  for (const metric of METRICS) {
    // File size is checked (fileSizeBreach): a file within it is not left unchecked.
    if (metric === 'file-size') continue;
    const b = entry.budgets[metric];
    if (b && on(b.level)) out.push(`${METRIC_LABELS[metric]} ${b.text}`);
  }
  if (entry.latency && on(entry.latency.level)) out.push(`Latency ${entry.latency.text}`);
  return out;
}

/**
 * Config entries every model of which in the report holds no weights, with their budgets: those
 * budgets checked nothing. Worked out from the models alone, so a merge of shards finds the same.
 */
export function budgetsOnlyOnNoWeights(models: readonly ModelReport[]): Array<{ readonly name: string; readonly budgets: readonly string[] }> {
  const byName = new Map<string, string[] | null>();
  for (const m of models) {
    if (m.name === null) continue;
    if (m.noWeights === undefined) byName.set(m.name, null);
    else if (byName.get(m.name) !== null) byName.set(m.name, m.uncheckedBudgets ? [...m.uncheckedBudgets] : byName.get(m.name) ?? []);
  }
  return [...byName].flatMap(([name, budgets]) => (budgets && budgets.length > 0 ? [{ name, budgets }] : []));
}
