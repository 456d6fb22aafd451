/**
 * The trip count of a TFLite WHILE, where the file lets us derive it. TFLite stores none, but
 * converters write `for`/`range` loops as one pattern: the condition compares a loop-carried
 * counter with a limit (LESS, LESS_EQUAL, GREATER, GREATER_EQUAL or NOT_EQUAL, either operand
 * order) and the body adds (ADD) or subtracts (SUB) a constant step to that counter. With the
 * counter's start, the limit and the step known integers, the trip count is exact. The limit may be
 * a constant of the condition subgraph or a loop-carried value the body passes through unchanged.
 * Anything else (a data-dependent condition, a LOGICAL_AND of two tests, a step that never
 * reaches the limit) gives no count, and the reason.
 */
import type { Graph, Node } from '../graph/ir.js';
import type { KnownValue } from '../shapes/types.js';

export type Trips = { readonly trips: bigint; readonly how: string } | { readonly trips: undefined; readonly why: string };

const COMPARES = ['LESS', 'LESS_EQUAL', 'GREATER', 'GREATER_EQUAL', 'NOT_EQUAL'] as const;
type Compare = typeof COMPARES[number];
/** The comparison with its operands swapped: `L < i` is `i > L`. */
const SWAPPED: Record<Compare, Compare> = {
  LESS: 'GREATER', LESS_EQUAL: 'GREATER_EQUAL', GREATER: 'LESS', GREATER_EQUAL: 'LESS_EQUAL', NOT_EQUAL: 'NOT_EQUAL',
};
const SYMBOL: Record<Compare, string> = { LESS: '<', LESS_EQUAL: '<=', GREATER: '>', GREATER_EQUAL: '>=', NOT_EQUAL: '!=' };

function producer(g: Graph, name: string): Node | undefined {
  return g.nodes.find((n) => n.outputs.includes(name));
}

/** A single integer value, or undefined. */
function scalarOf(v: { readonly data: readonly number[] } | { readonly values?: readonly number[] } | undefined): bigint | undefined {
  const data = v && ('data' in v ? v.data : v.values);
  if (!data || data.length !== 1 || !Number.isSafeInteger(data[0])) return undefined;
  return BigInt(data[0]!);
}

function fusedNone(n: Node): boolean {
  const a = n.attributes.get('fused_activation_function');
  return !a || (a.type === 'string' && a.value === 'NONE');
}

/** ceil(a / b) for b > 0. */
function ceilDiv(a: bigint, b: bigint): bigint {
  return a >= 0n ? (a + b - 1n) / b : -(-a / b);
}

/** Trips of `for (i = start; i OP limit; i += step)`, or undefined when it never ends. */
export function countTrips(op: Compare, start: bigint, limit: bigint, step: bigint): bigint | undefined {
  switch (op) {
    case 'LESS':
      if (start >= limit) return 0n;
      return step > 0n ? ceilDiv(limit - start, step) : undefined;
    case 'LESS_EQUAL':
      if (start > limit) return 0n;
      return step > 0n ? (limit - start) / step + 1n : undefined;
    case 'GREATER':
      if (start <= limit) return 0n;
      return step < 0n ? ceilDiv(start - limit, -step) : undefined;
    case 'GREATER_EQUAL':
      if (start < limit) return 0n;
      return step < 0n ? (start - limit) / -step + 1n : undefined;
    case 'NOT_EQUAL': {
      if (start === limit) return 0n;
      const d = limit - start;
      return step !== 0n && d % step === 0n && d / step > 0n ? d / step : undefined;
    }
  }
}

/**
 * The WHILE's trip count from its condition and body subgraphs and the initial values of its
 * loop-carried inputs (those the engine knows).
 */
export function whileTrips(cond: Graph, body: Graph, initial: readonly (KnownValue | undefined)[]): Trips {
  const no = (why: string): Trips => ({ trips: undefined, why });
  const out = cond.outputs[0];
  const test = out && producer(cond, out.name);
  if (!test || !(COMPARES as readonly string[]).includes(test.opType) || test.inputs.length !== 2) {
    return no('the condition is not a comparison of a counter with a limit');
  }
  const carriedIndex = (name: string): number => cond.inputs.findIndex((v) => v.name === name);
  /** A loop-carried value the body hands back unchanged: the same on every iteration. */
  const invariant = (k: number): boolean => body.inputs[k] !== undefined && body.outputs[k]?.name === body.inputs[k]!.name;
  const limitOf = (name: string): bigint | undefined => {
    const k = carriedIndex(name);
    if (k >= 0) return invariant(k) ? scalarOf(initial[k]) : undefined;
    return scalarOf(cond.initializers.get(name));
  };
  let op = test.opType as Compare;
  let counter = carriedIndex(test.inputs[0]!);
  let limit = counter >= 0 && !invariant(counter) ? limitOf(test.inputs[1]!) : undefined;
  if (limit === undefined) {
    counter = carriedIndex(test.inputs[1]!);
    limit = counter >= 0 && !invariant(counter) ? limitOf(test.inputs[0]!) : undefined;
    op = SWAPPED[op];
  }
  if (limit === undefined || counter < 0) return no('the condition does not compare a loop-carried counter with a known limit');
  const start = scalarOf(initial[counter]);
  if (start === undefined) return no('the counter\'s initial value is not a known constant');

  const next = body.outputs[counter];
  const update = next && producer(body, next.name);
  const counterIn = body.inputs[counter]?.name;
  if (!update || (update.opType !== 'ADD' && update.opType !== 'SUB') || update.inputs.length !== 2 || !fusedNone(update) || counterIn === undefined) {
    return no('the body does not add a constant step to the counter');
  }
  const stepOf = (name: string): bigint | undefined => scalarOf(body.initializers.get(name));
  let step: bigint | undefined;
  if (update.inputs[0] === counterIn) step = stepOf(update.inputs[1]!);
  else if (update.opType === 'ADD' && update.inputs[1] === counterIn) step = stepOf(update.inputs[0]!);
  if (step === undefined) return no('the body does not add a constant step to the counter');
  if (update.opType === 'SUB') step = -step;

  const trips = countTrips(op, start, limit, step);
  const how = `counter from ${start}, while ${SYMBOL[op]} ${limit}, step ${step}`;
  return trips === undefined ? no(`${how} never ends`) : { trips, how };
}
