/**
 * Latency budgets per device (issue 15, section 3): the roofline estimate of each side on each
 * device the budget names, the share of the head's time that is memory-bound, and the
 * memory-bound nodes that take longest. A roofline estimate is a bound, not a measurement
 * (see profile/roofline.ts and docs/metrics.md).
 */
import { nodeRoofline } from '../profile/roofline.js';
import type { HardwareSpec } from '../profile/hardware.js';
import type { ProfileResult } from '../profile/types.js';
import { costsLowerBound } from '../profile/types.js';
import { formatDuration } from './duration.js';
import { oneLine, relativeNotChecked, stricterThan, unboundDimsReason, worstVerdict } from './evaluate.js';
import { nodePath } from './labels.js';
import { formatLimitPercent, formatPercent, percentChange } from './units.js';
import type { LatencyBudget, LatencyRow, Level, Verdict } from './types.js';

/** How many memory-bound nodes each device row names. */
export const TOP_MEMORY_BOUND = 3;

export interface DeviceEstimate {
  readonly seconds: number;
  /** Share (0..1) of `seconds` spent in memory-bound nodes. */
  readonly memoryBoundShare: number;
  readonly topMemoryBound: readonly { readonly name: string; readonly opType: string; readonly seconds: number }[];
}

/** The roofline of a profile's counted nodes on one device; null without per-node costs. */
export function estimateOn(profile: ProfileResult | undefined, hw: HardwareSpec): DeviceEstimate | null {
  const nodes = profile?.nodes;
  if (!nodes || !profile?.totals) return null;
  let seconds = 0;
  let memorySeconds = 0;
  const memoryBound: { name: string; opType: string; seconds: number }[] = [];
  for (const n of nodes) {
    if (n.inTotals === false) continue;
    const r = nodeRoofline({ flops: n.flops, bytes: n.memoryBytes }, hw);
    seconds += r.latencySeconds;
    if (r.bound === 'memory') {
      memorySeconds += r.latencySeconds;
      memoryBound.push({ name: nodePath(n.scope, n.name), opType: n.opType, seconds: r.latencySeconds });
    }
  }
  if (!Number.isFinite(seconds)) return null;
  memoryBound.sort((a, b) => b.seconds - a.seconds || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { seconds, memoryBoundShare: seconds > 0 ? memorySeconds / seconds : 0, topMemoryBound: memoryBound.slice(0, TOP_MEMORY_BOUND) };
}

/**
 * One row per device of the budget: both sides' estimates and the verdict. As for the metric rows
 * (evaluate.ts), a budget the head's estimate cannot check (none, a lower bound that breaches
 * nothing, input dims at 1 where the base was not) fails at its level when the base was checkable.
 * A head that could not be read (`headError`: the default level its error counts at) keeps its
 * rows, not checked: a warning, or the budget's level when that is stricter and the base measured it.
 */
export function latencyRows(
  base: ProfileResult | undefined,
  head: ProfileResult | undefined,
  budget: LatencyBudget,
  defaultLevel: Level,
  opts: {
    readonly isNew: boolean; readonly deleted: boolean; readonly newUnboundDims?: readonly string[]; readonly headError?: Level;
    /** Why the base could not be measured at all (its one-line error): a max-increase is not checked then. */
    readonly baseError?: string;
  },
): LatencyRow[] {
  const level = budget.level ?? defaultLevel;
  const breach: Verdict = level === 'error' ? 'error' : 'warning';
  return budget.hardware.map((hw) => {
    const b = estimateOn(base, hw);
    const h = opts.headError !== undefined ? null : estimateOn(head, hw);
    const baseExact = b !== null && !costsLowerBound(base?.totals);
    const reasons: string[] = [];
    let unchecked: Verdict | null = null;
    if (level !== 'off' && !opts.deleted && opts.headError !== undefined) {
      // The model's error is said once, in its section; the row only says it was not checked.
      const regressed = baseExact && stricterThan(level, opts.headError);
      reasons.push(`not measured: the model could not be read; the latency on ${hw.id} was not checked${regressed ? ' (the base\'s could be estimated)' : ''}`);
      unchecked = regressed ? breach : 'warning';
    } else if (level !== 'off' && !opts.deleted && head !== undefined) {
      if (h === null) {
        reasons.push(`the latency on ${hw.id} could not be estimated (no per-node costs for this model)${baseExact ? ' and the base\'s could' : ''}`);
        unchecked = baseExact ? breach : 'warning';
      } else {
        // A lower-bound head (some node not costed) above max is still a certain breach.
        if (budget.max !== undefined && h.seconds > budget.max) {
          reasons.push(`${formatDuration(h.seconds)} on ${hw.id} exceeds max ${budget.maxText ?? formatDuration(budget.max)}`);
        }
        // Over a lower-bound base the real increase is at most the one computed: no certain breach.
        let overBaseBound = false;
        if (budget.maxIncrease !== undefined && b !== null && !opts.isNew && h.seconds * 100 > b.seconds * (100 + budget.maxIncrease)) {
          if (costsLowerBound(base?.totals)) overBaseBound = true;
          else {
            // No percent from a base of 0 (or one too small to divide by): the durations beside it say how much.
            const change = percentChange(b.seconds, h.seconds);
            const pct = change !== null ? formatPercent(change) : 'grew';
            reasons.push(`${pct} on ${hw.id} (${formatDuration(b.seconds)} -> ${formatDuration(h.seconds)}) exceeds max-increase +${formatLimitPercent(budget.maxIncrease)}`);
          }
        }
        if (reasons.length === 0 && costsLowerBound(head.totals)) {
          reasons.push(`not checked: ${formatDuration(h.seconds)} on ${hw.id} is only a lower bound (some nodes could not be costed)${baseExact ? ' and the base was exact' : ''}`);
          unchecked = baseExact ? breach : 'warning';
        } else if (reasons.length === 0 && opts.newUnboundDims && opts.newUnboundDims.length > 0) {
          reasons.push(unboundDimsReason(opts.newUnboundDims));
          unchecked = breach;
        }
        // As evaluateMetric: no base estimate, no relative check, and never a silent pass.
        if (budget.maxIncrease !== undefined && b === null && !opts.isNew) {
          const why = opts.baseError !== undefined ? oneLine(opts.baseError) : `no latency estimate on ${hw.id}: no per-node costs`;
          unchecked = relativeNotChecked(reasons, unchecked, why, budget.maxIncrease);
        }
        if (overBaseBound) {
          const breached = reasons.length > 0 && unchecked === null;
          reasons.push(`not checked: the base estimate ${formatDuration(b!.seconds)} on ${hw.id} is only a lower bound (some nodes could not be costed); max-increase +${formatLimitPercent(budget.maxIncrease!)} is relative to it`);
          unchecked = breached ? unchecked : worstVerdict([unchecked ?? 'ok', 'warning']);
        }
      }
    }
    const status: Verdict = reasons.length === 0 ? 'ok' : unchecked ?? breach;
    return {
      hardware: hw.id,
      hardwareName: hw.kind === 'custom' ? `${hw.name} (${hw.peakFlops} FLOP/s, ${hw.bandwidth} B/s)` : hw.name,
      base: b?.seconds ?? null,
      head: h?.seconds ?? null,
      ...(b !== null && costsLowerBound(base?.totals) ? { baseLowerBound: true as const } : {}),
      ...(h !== null && costsLowerBound(head?.totals) ? { headLowerBound: true as const } : {}),
      memoryBoundShare: h?.memoryBoundShare ?? null,
      topMemoryBound: h?.topMemoryBound ?? [],
      budget: budget.text,
      level,
      status,
      reasons,
      ...(unchecked !== null ? { unchecked: true as const } : {}),
    };
  });
}
