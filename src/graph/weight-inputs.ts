/**
 * Inputs whose constant is a weight whatever its dtype: the quantized values DequantizeLinear turns
 * into a float tensor (ONNX QDQ: int32 biases, and int16/int32 weights) and the int32 bias of
 * QLinearConv and com.microsoft QGemm (the same biases in ONNX Runtime's QOperator format). Reshape's
 * shape, Gather's indices and every other int32/int64 input stay shape constants (graph/dtype.ts
 * isWeightDType).
 */
import type { Node } from './ir.js';
import { normalizeDomain } from './ir.js';

/** `domain::opType` (the default domain as '') to the input position holding quantized values. */
const WEIGHT_INPUTS = new Map<string, number>([
  ['::DequantizeLinear', 0], ['com.microsoft::DequantizeLinear', 0],
  ['::QLinearConv', 8], ['com.microsoft::QLinearConv', 8],
  ['com.microsoft::QGemm', 6],
]);

/** Whether input `index` of `node` holds weights (counted as params) whatever its dtype. */
export function isWeightInput(node: Pick<Node, 'opType' | 'domain'>, index: number): boolean {
  return WEIGHT_INPUTS.get(`${normalizeDomain(node.domain)}::${node.opType}`) === index;
}
