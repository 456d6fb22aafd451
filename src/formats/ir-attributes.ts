/**
 * Node attributes for readers that build the graph IR from their own descriptions (Keras layer
 * configs, TensorFlow nodes) rather than decoding ONNX attributes: plain values in, typed IR
 * attributes out.
 */
import type { Attribute } from '../graph/ir.js';

/** An int (a non-integer number is a float), a string, a list of ints, or an explicit float. */
export type AttrValue = number | string | readonly number[] | { readonly float: number };

export function irAttributes(values: Readonly<Record<string, AttrValue | undefined>>): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (typeof v === 'string') out.set(k, { type: 'string', value: v });
    else if (typeof v === 'number') out.set(k, Number.isInteger(v) ? { type: 'int', value: v } : { type: 'float', value: v });
    else if ('float' in v) out.set(k, { type: 'float', value: v.float });
    else out.set(k, { type: 'ints', value: v });
  }
  return out;
}
