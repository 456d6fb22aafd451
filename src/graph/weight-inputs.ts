/**
 * Inputs whose constant is a weight whatever its dtype: the quantized values DequantizeLinear turns
 * into a float tensor (ONNX QDQ: int32 biases, and int16/int32 weights) and QLinearConv's int32
 * bias (the same bias in ONNX Runtime's QOperator format). Reshape's shape, Gather's indices and
 * every other int32/int64 input stay shape constants (graph/dtype.ts isWeightDType).
 */
import type { Node } from './ir.js';

const WEIGHT_INPUTS = new Map<string, number>([['DequantizeLinear', 0], ['QLinearConv', 8]]);
const DOMAINS = new Set(['', 'ai.onnx', 'com.microsoft']);

/** Whether input `index` of `node` holds weights (counted as params) whatever its dtype. */
export function isWeightInput(node: Pick<Node, 'opType' | 'domain'>, index: number): boolean {
  return DOMAINS.has(node.domain) && WEIGHT_INPUTS.get(node.opType) === index;
}
