/** TensorFlow DataType codes (tensorflow/core/framework/types.proto) -> IR dtype names. */
import type { DType } from '../../graph/dtype.js';

/** Index = DataType code; names the IR lacks use TensorFlow's own spelling. */
const BY_CODE: ReadonlyArray<DType | string | undefined> = [
  undefined, 'float32', 'float64', 'int32', 'uint8', 'int16', 'int8', 'string', 'complex64', 'int64',
  'bool', 'qint8', 'quint8', 'qint32', 'bfloat16', 'qint16', 'quint16', 'uint16', 'complex128',
  'float16', 'resource', 'variant', 'uint32', 'uint64', 'float8e5m2', 'float8e4m3fn',
  'int4', 'uint4',
];

/** The dtype name of a DataType code (`_REF` codes are code + 100), or `dt_<code>` when unknown. */
export function tfDtype(code: number): string {
  const base = code > 100 ? code - 100 : code;
  return BY_CODE[base] ?? `dt_${code}`;
}

/** Bits per element of TensorFlow's quantized types, which the IR has no names for. */
export const TF_ONLY_BITS: ReadonlyMap<string, number> = new Map([
  ['qint8', 8], ['quint8', 8], ['qint16', 16], ['quint16', 16], ['qint32', 32],
]);
