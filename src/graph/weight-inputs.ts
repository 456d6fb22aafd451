/**
 * Inputs whose constant is a weight whatever its dtype: the quantized values DequantizeLinear turns
 * into a float tensor (ONNX QDQ: int32 biases, and int16/int32 weights) and the int32 bias of
 * QLinearConv and com.microsoft QGemm (the same biases in ONNX Runtime's QOperator format). Reshape's
 * shape, Gather's indices and every other int32/int64 input stay shape constants (graph/dtype.ts
 * isWeightDType).
 */
import type { Node } from './ir.js';
import { normalizeDomain } from './ir.js';

/**
 * op type to its domains (the default domain as '') to the input position holding quantized values.
 * Keyed by op type first: most nodes are answered by one lookup, with no string built.
 */
const WEIGHT_INPUTS = new Map<string, ReadonlyMap<string, number>>([
  ['DequantizeLinear', new Map([['', 0], ['com.microsoft', 0]])],
  ['QLinearConv', new Map([['', 8], ['com.microsoft', 8]])],
  ['QGemm', new Map([['com.microsoft', 6]])],
]);

/** The input of `node` that holds weights (counted as params) whatever its dtype; -1 when none does. */
export function weightInputIndex(node: Pick<Node, 'opType' | 'domain'>): number {
  const byDomain = WEIGHT_INPUTS.get(node.opType);
  return byDomain === undefined ? -1 : byDomain.get(normalizeDomain(node.domain)) ?? -1;
}

/** Whether input `index` of `node` holds weights (counted as params) whatever its dtype. */
export function isWeightInput(node: Pick<Node, 'opType' | 'domain'>, index: number): boolean {
  return weightInputIndex(node) === index;
}

/** Whether any of these (domain as spelt, op type) pairs has a weight input (a census's op types: no walk of the nodes). */
export function anyWeightInputOp(ops: ReadonlyMap<string, ReadonlyMap<string, unknown>>): boolean {
  for (const [opType, domains] of WEIGHT_INPUTS) {
    for (const [domain, byType] of ops) if (byType.has(opType) && domains.has(normalizeDomain(domain))) return true;
  }
  return false;
}
