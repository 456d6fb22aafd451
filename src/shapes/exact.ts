/**
 * Exact integer costs. JS numbers are exact only up to 2^53: a 70B model's prefill at long context
 * passes 2^53 FLOPs, and a Loop body times 10^18 trips passes it at once. Totals, per-op-type sums
 * and control-flow bodies x trip counts are therefore accumulated as BigInt; reports keep a
 * number (the nearest double) and add the exact decimal string where the two differ.
 */
import type { CostTotals } from './types.js';

export interface ExactCost {
  readonly macs: bigint;
  readonly flops: bigint;
  readonly bytes: bigint;
}

/** An integer count as BigInt (fractional counts, which no op should produce, are rounded). */
export function exactCount(n: number): bigint {
  if (!Number.isFinite(n)) throw new RangeError(`count ${n} is not finite`);
  return BigInt(Number.isInteger(n) ? n : Math.round(n));
}

export function exactOf(c: CostTotals): ExactCost {
  return { macs: exactCount(c.macs), flops: exactCount(c.flops), bytes: exactCount(c.bytes) };
}

export function addExact(a: ExactCost, b: ExactCost): ExactCost {
  return { macs: a.macs + b.macs, flops: a.flops + b.flops, bytes: a.bytes + b.bytes };
}

export function scaleExact(a: ExactCost, times: bigint): ExactCost {
  return { macs: a.macs * times, flops: a.flops * times, bytes: a.bytes * times };
}

/** A node's (or body's) cost exactly: its numbers are exact unless `exact` is given. */
export function exactOfNode(r: { readonly cost: CostTotals; readonly exact?: ExactCost }): ExactCost {
  return r.exact ?? exactOf(r.cost);
}

/** The nearest doubles (Infinity beyond 1.8e308: callers check). */
export function numbersOf(e: ExactCost): CostTotals {
  return { macs: Number(e.macs), flops: Number(e.flops), bytes: Number(e.bytes) };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** True when a JS number holds this count exactly (and every count below it). */
export function isSafeCount(n: bigint): boolean {
  return n <= MAX_SAFE && n >= -MAX_SAFE;
}

/** A count as the integer exactCount gives, in a double; NaN when it is not a safe integer. */
function safeWhole(n: number): number {
  const w = Number.isInteger(n) ? n : Math.round(n);
  return w <= Number.MAX_SAFE_INTEGER && w >= -Number.MAX_SAFE_INTEGER ? w : NaN;
}

/**
 * Sums costs exactly, like folding `addExact` over `exactOfNode`, without a BigInt per term: the
 * sums stay doubles while every partial sum is a safe integer (then a double sum is exact) and
 * move to BigInt for good at the first term that would leave that range.
 */
export class ExactSum {
  private macs = 0;
  private flops = 0;
  private bytes = 0;
  private big: ExactCost | undefined;

  add(r: { readonly cost: CostTotals; readonly exact?: ExactCost }): void {
    if (this.big === undefined && r.exact === undefined) {
      const c = r.cost;
      // Safe integers (every op's counts) as they are: a cold profile runs this twice per node in
      // the interpreter, where each safeWhole call costs more than the sum.
      const macs = this.macs + (Number.isSafeInteger(c.macs) ? c.macs : safeWhole(c.macs));
      const flops = this.flops + (Number.isSafeInteger(c.flops) ? c.flops : safeWhole(c.flops));
      const bytes = this.bytes + (Number.isSafeInteger(c.bytes) ? c.bytes : safeWhole(c.bytes));
      // NaN (a term not safe) fails these tests too.
      if (Math.abs(macs) <= Number.MAX_SAFE_INTEGER && Math.abs(flops) <= Number.MAX_SAFE_INTEGER && Math.abs(bytes) <= Number.MAX_SAFE_INTEGER) {
        this.macs = macs;
        this.flops = flops;
        this.bytes = bytes;
        return;
      }
    }
    this.big = addExact(this.value(), exactOfNode(r));
  }

  /** The sums as doubles while they are exact (every partial sum a safe integer), else undefined. */
  safeNumbers(): CostTotals | undefined {
    return this.big === undefined ? { macs: this.macs, flops: this.flops, bytes: this.bytes } : undefined;
  }

  value(): ExactCost {
    return this.big ?? { macs: BigInt(this.macs), flops: BigInt(this.flops), bytes: BigInt(this.bytes) };
  }
}
