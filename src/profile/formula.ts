/**
 * Cost as an exact polynomial of the model's free symbolic dims (issue 15, section 1).
 *
 * The engine is run at integer bindings of the dims (it is never changed for this): per metric,
 * each dim's degree is found from consecutive samples (the lowest degree whose interpolation
 * through the first degree+1 samples reproduces every other sample, including far ones), then
 * the polynomial is interpolated on the tensor grid of those degrees with exact rational BigInt
 * arithmetic and checked at further bindings not used to build it. A metric that is not a
 * polynomial of degree <= MAX_DEGREE (a strided conv's rounding, a max that changes branch,
 * data-dependent sizes) or that is a lower bound at some binding gets no formula: the reason and
 * the sampled values instead. Pure: the engine is reached through the `evaluate` callback.
 */
import { ownEntry, setEntry } from '../graph/name-table.js';
import { FORMULA_METRICS } from './formula-types.js';
import type { Evaluation, FormulaMetric, FormulaSummary, FormulaTerm, MetricFormula } from './formula-types.js';

export type { Evaluation, FormulaMetric, FormulaSummary, FormulaTerm, MetricFormula } from './formula-types.js';

export const MAX_DEGREE = 4;
/** Dims are sampled from here up: small sizes make some graphs invalid (a 3x3 conv on height 1). */
export const SAMPLE_START = 8;
/** Engine runs allowed for one model's formulas (each is a full shape/cost pass). */
export const MAX_EVALUATIONS = 200;

// ---- exact rationals ------------------------------------------------------------------------

interface Q { readonly n: bigint; readonly d: bigint }
const ZERO: Q = { n: 0n, d: 1n };
function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function q(n: bigint, d: bigint = 1n): Q {
  if (d < 0n) { n = -n; d = -d; }
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);

// ---- sparse multivariate polynomials over Q: key = powers joined by ',' in `dims` order ---------

type Poly = Map<string, Q>;
function polyAdd(a: Poly, b: Poly, sign: 1 | -1 = 1): Poly {
  const out = new Map(a);
  for (const [k, v] of b) {
    const s = sign === 1 ? add(out.get(k) ?? ZERO, v) : sub(out.get(k) ?? ZERO, v);
    if (s.n === 0n) out.delete(k); else out.set(k, s);
  }
  return out;
}
/** p * (x_i - c) / k, the step from C(x - x0, k-1) to C(x - x0, k) in Newton's forward form. */
function polyMulLinear(p: Poly, i: number, c: bigint, k: bigint): Poly {
  let out: Poly = new Map();
  for (const [key, v] of p) {
    const pw = key.split(',').map(Number);
    const shifted = [...pw];
    shifted[i]! += 1;
    out = polyAdd(out, new Map([[shifted.join(','), mul(v, q(1n, k))]]));
    out = polyAdd(out, new Map([[key, mul(v, q(-c, k))]]));
  }
  return out;
}
function polyEval(p: Poly, at: readonly bigint[]): Q {
  let sum = ZERO;
  for (const [key, v] of p) {
    let term = v;
    key.split(',').map(Number).forEach((e, i) => { term = mul(term, q(at[i]! ** BigInt(e))); });
    sum = add(sum, term);
  }
  return sum;
}

/** Newton forward interpolation on x0, x0+1, ..., x0+deg along dim i, of polynomial-valued samples. */
function interpolate(samples: readonly Poly[], i: number, x0: number, nDims: number): Poly {
  let diffs = [...samples];
  let basis: Poly = new Map([[new Array(nDims).fill(0).join(','), q(1n)]]);
  let out: Poly = new Map();
  for (let k = 0; k < samples.length; k++) {
    if (k > 0) basis = polyMulLinear(basis, i, BigInt(x0 + k - 1), BigInt(k));
    // diffs[0] is the k-th forward difference at x0.
    const coeffPoly = diffs[0]!;
    for (const [key, v] of coeffPoly) {
      // coefficient polynomial (in other dims) times basis (in dim i): multiply term-wise.
      for (const [bk, bv] of basis) {
        const a = key.split(',').map(Number);
        const b = bk.split(',').map(Number);
        out = polyAdd(out, new Map([[a.map((e, j) => e + b[j]!).join(','), mul(v, bv)]]));
      }
    }
    diffs = diffs.slice(1).map((d, j) => polyAdd(d, diffs[j]!, -1));
  }
  return out;
}

// ---- derivation -------------------------------------------------------------------------------

class TooManyEvaluations extends Error {}

/**
 * Derives the formula of every metric in `dims` (the free dims), with `fixed` the user's
 * bindings (passed through to `evaluate` unchanged).
 */
export function deriveFormulas(
  dims: readonly string[],
  fixed: Readonly<Record<string, number>>,
  evaluate: (binding: Readonly<Record<string, number>>) => Evaluation,
): FormulaSummary {
  const sorted = [...dims].sort();
  const cache = new Map<string, Evaluation>();
  const run = (at: readonly number[]): Evaluation => {
    const key = at.join(',');
    let e = cache.get(key);
    if (!e) {
      if (cache.size >= MAX_EVALUATIONS) throw new TooManyEvaluations();
      const binding: Record<string, number> = { ...fixed };
      sorted.forEach((d, i) => setEntry(binding, d, at[i]!));
      e = evaluate(binding);
      cache.set(key, e);
    }
    return e;
  };
  const base = sorted.map(() => SAMPLE_START);
  const metrics: Partial<Record<FormulaMetric, MetricFormula>> = {};
  try {
    for (const m of FORMULA_METRICS) metrics[m] = deriveMetric(m, sorted, base, run);
  } catch (e) {
    if (!(e instanceof TooManyEvaluations)) throw e;
    return { dims: sorted, fixed, metrics: {}, note: `no formulas: more than ${MAX_EVALUATIONS} engine runs needed for ${sorted.length} free dims (bind some with --dim)` };
  }
  return { dims: sorted, fixed, metrics };
}

/** Consecutive samples used to find a degree, and far samples that check it. */
function scanOffsets(): number[] {
  const near = Array.from({ length: MAX_DEGREE + 3 }, (_, k) => k);
  // Far points of both parities and not multiples of small strides, so rounding shows.
  return [...near, 25, 121, 1000];
}

function deriveMetric(
  m: FormulaMetric,
  dims: readonly string[],
  base: readonly number[],
  run: (at: readonly number[]) => Evaluation,
): MetricFormula {
  const valueAt = (at: readonly number[]): number | string => {
    const e = run(at);
    if (!e.exact) return e.reason;
    if (m === 'peakActivationBytes' && e.peakNotExact !== undefined) return e.peakNotExact;
    const v = e.totals[m];
    if (!Number.isSafeInteger(v)) return `the value at ${describe(dims, at)} is not an integer below 2^53 (${v})`;
    return v;
  };
  const failed = (reason: string, points: readonly (readonly number[])[]): MetricFormula => ({
    polynomial: false,
    reason,
    values: points.map((at) => {
      const v = valueAt(at);
      return { at: Object.fromEntries(dims.map((d, i) => [d, at[i]!])), value: typeof v === 'number' ? v : null };
    }),
  });
  const degrees: number[] = [];
  for (let i = 0; i < dims.length; i++) {
    const points = scanOffsets().map((o) => base.map((b, j) => (j === i ? b + o : b)));
    const xs: number[] = [];
    const values: number[] = [];
    for (const [k, at] of points.entries()) {
      const v = valueAt(at);
      if (typeof v === 'string') {
        // A far sample may be past the model's own limit (a 512-token causal mask): there the
        // model does not run at all, so it is left out; every near sample must be exact.
        if (k > MAX_DEGREE + 2) continue;
        return failed(`not exact at ${describe(dims, at)}: ${v}`, points);
      }
      xs.push(at[i]!);
      values.push(v);
    }
    const deg = degreeOf(xs, values);
    if (deg === undefined) {
      return failed(`not a polynomial in ${dims[i]} of degree <= ${MAX_DEGREE} (e.g. a strided conv or pool rounds ${dims[i]}/stride, or a size depends on data)`, points);
    }
    degrees.push(deg);
  }
  // Tensor grid of degree+1 consecutive samples per dim, interpolated one dim at a time.
  const build = (i: number, prefix: number[]): Poly => {
    if (i === dims.length) {
      const v = valueAt(prefix);
      if (typeof v === 'string') throw new NotExact(v);
      return v === 0 ? new Map() : new Map([[dims.map(() => 0).join(','), q(BigInt(v))]]);
    }
    const samples: Poly[] = [];
    for (let k = 0; k <= degrees[i]!; k++) samples.push(build(i + 1, [...prefix, base[i]! + k]));
    return interpolate(samples, i, base[i]!, dims.length);
  };
  let poly: Poly;
  try {
    poly = build(0, []);
  } catch (e) {
    if (e instanceof NotExact) return failed(e.message, []);
    throw e;
  }
  // Check at joint bindings off the grid: every dim moved at once, to far values.
  const checks = [[3, 7], [17, 5], [130, 257]].map(([a, b]) => dims.map((_, i) => base[i]! + (i % 2 === 0 ? a! : b!) + degrees[i]!));
  let checked = 0;
  for (const at of checks) {
    const v = valueAt(at);
    if (typeof v === 'string') continue;
    checked++;
    const got = polyEval(poly, at.map(BigInt));
    if (got.d !== 1n || got.n !== BigInt(v)) {
      return failed(`not a polynomial jointly in ${dims.join(', ')} (the interpolated formula misses the engine's value at ${describe(dims, at)})`, checks);
    }
  }
  if (checked === 0) return failed(`not exact at any of the check bindings (${checks.map((at) => describe(dims, at)).join('; ')})`, checks);
  return { polynomial: true, terms: toTerms(poly, dims), degree: Object.fromEntries(dims.map((d, i) => [d, degrees[i]!])) };
}

class NotExact extends Error {}

/** Lowest degree d <= MAX_DEGREE whose interpolation through the first d+1 samples fits them all. */
function degreeOf(xs: readonly number[], ys: readonly number[]): number | undefined {
  for (let d = 0; d <= MAX_DEGREE; d++) {
    const samples: Poly[] = ys.slice(0, d + 1).map((y) => (y === 0 ? new Map() : new Map([['0', q(BigInt(y))]])));
    const p = interpolate(samples, 0, xs[0]!, 1);
    if (xs.every((x, k) => { const v = polyEval(p, [BigInt(x)]); return v.d === 1n && v.n === BigInt(ys[k]!); })) return d;
  }
  return undefined;
}

function toTerms(p: Poly, dims: readonly string[]): FormulaTerm[] {
  const terms = [...p].map(([key, v]) => {
    const pw = key.split(',').map(Number);
    return {
      numerator: v.n.toString(),
      denominator: v.d.toString(),
      powers: Object.fromEntries(dims.flatMap((d, i) => (pw[i]! > 0 ? [[d, pw[i]!] as const] : []))),
      order: pw.reduce((s, e) => s + e, 0),
      key,
    };
  });
  // Constant first, then by total degree, then by dim order.
  terms.sort((a, b) => a.order - b.order || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  return terms.map(({ numerator, denominator, powers }) => ({ numerator, denominator, powers }));
}

function describe(dims: readonly string[], at: readonly number[]): string {
  return dims.map((d, i) => `${d}=${at[i]}`).join(', ');
}

/** Value of a formula at a binding, exactly (a BigInt when the value is an integer, else undefined). */
export function evaluateFormula(terms: readonly FormulaTerm[], at: Readonly<Record<string, number | bigint>>): bigint | undefined {
  let sum = ZERO;
  for (const t of terms) {
    let v = q(BigInt(t.numerator), BigInt(t.denominator));
    for (const [d, e] of Object.entries(t.powers)) {
      const x = ownEntry(at, d);
      if (x === undefined) return undefined;
      v = mul(v, q(BigInt(x) ** BigInt(e)));
    }
    sum = add(sum, v);
  }
  return sum.d === 1n ? sum.n : undefined;
}

