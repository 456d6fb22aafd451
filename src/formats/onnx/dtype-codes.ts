/**
 * ONNX TensorProto.DataType codes <-> IR dtypes. Used by the reader and by the ONNX op
 * definitions whose attributes name a type by code (Cast's `to`, RandomNormal's `dtype`).
 */
import type { DType } from '../../graph/dtype.js';

/** Index = ONNX TensorProto.DataType code (0 is UNDEFINED). */
export const ONNX_DTYPES: ReadonlyArray<DType | undefined> = [
  undefined, 'float32', 'uint8', 'int8', 'uint16', 'int16', 'int32', 'int64', 'string', 'bool',
  'float16', 'float64', 'uint32', 'uint64', 'complex64', 'complex128', 'bfloat16',
  'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'uint4', 'int4',
  'float4e2m1', 'float8e8m0', 'uint2', 'int2',
];

const CODE_OF = new Map<DType, number>();
ONNX_DTYPES.forEach((name, code) => {
  if (name) CODE_OF.set(name, code);
});

/** The IR dtype for an ONNX DataType code, or undefined for UNDEFINED/unknown codes. */
export function dtypeFromOnnx(code: number): DType | undefined {
  return ONNX_DTYPES[code];
}

export function onnxCodeOf(dtype: DType): number {
  return CODE_OF.get(dtype)!;
}
