/**
 * The element types a safetensors header may name (the reference library's `Dtype`, 0.6 and
 * later, including the sub-byte F4/F6 types and F8_E8M0), with their width in bits and the IR
 * dtype name they map to where graph/dtype.ts has one.
 */

export interface SafetensorsDType {
  /** Width of one element in bits (BOOL is stored as a byte). */
  readonly bits: number;
  /** IR dtype name (graph/dtype.ts) or, where there is none, the lower-cased safetensors name. */
  readonly dtype: string;
  /** Floating point (or complex): a weight. Integers wider than 8 bits and BOOL are not weights. */
  readonly kind: 'float' | 'int' | 'bool';
}

const TABLE: Readonly<Record<string, SafetensorsDType>> = {
  BOOL: { bits: 8, dtype: 'bool', kind: 'bool' },
  F4: { bits: 4, dtype: 'float4e2m1', kind: 'float' },
  F6_E2M3: { bits: 6, dtype: 'float6e2m3', kind: 'float' },
  F6_E3M2: { bits: 6, dtype: 'float6e3m2', kind: 'float' },
  U8: { bits: 8, dtype: 'uint8', kind: 'int' },
  I8: { bits: 8, dtype: 'int8', kind: 'int' },
  F8_E5M2: { bits: 8, dtype: 'float8e5m2', kind: 'float' },
  F8_E4M3: { bits: 8, dtype: 'float8e4m3fn', kind: 'float' },
  F8_E8M0: { bits: 8, dtype: 'float8e8m0', kind: 'float' },
  I16: { bits: 16, dtype: 'int16', kind: 'int' },
  U16: { bits: 16, dtype: 'uint16', kind: 'int' },
  F16: { bits: 16, dtype: 'float16', kind: 'float' },
  BF16: { bits: 16, dtype: 'bfloat16', kind: 'float' },
  I32: { bits: 32, dtype: 'int32', kind: 'int' },
  U32: { bits: 32, dtype: 'uint32', kind: 'int' },
  F32: { bits: 32, dtype: 'float32', kind: 'float' },
  C64: { bits: 64, dtype: 'complex64', kind: 'float' },
  F64: { bits: 64, dtype: 'float64', kind: 'float' },
  I64: { bits: 64, dtype: 'int64', kind: 'int' },
  U64: { bits: 64, dtype: 'uint64', kind: 'int' },
};

/** The dtype a header names, or undefined for a name the format does not define. */
export function safetensorsDType(name: string): SafetensorsDType | undefined {
  return Object.prototype.hasOwnProperty.call(TABLE, name) ? TABLE[name] : undefined;
}

export const SAFETENSORS_DTYPE_NAMES: readonly string[] = Object.keys(TABLE);
