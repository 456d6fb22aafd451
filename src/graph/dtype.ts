/**
 * Element types of the graph IR. Names follow numpy/PyTorch spelling; each format's reader maps
 * its own type codes to them (formats/onnx/dtype-codes.ts).
 */
export type DType =
  | 'float32' | 'uint8' | 'int8' | 'uint16' | 'int16' | 'int32' | 'int64' | 'string' | 'bool'
  | 'float16' | 'float64' | 'uint32' | 'uint64' | 'complex64' | 'complex128' | 'bfloat16'
  | 'float8e4m3fn' | 'float8e4m3fnuz' | 'float8e5m2' | 'float8e5m2fnuz' | 'uint4' | 'int4'
  | 'float4e2m1' | 'float8e8m0' | 'uint2' | 'int2';

interface DTypeInfo {
  readonly name: DType;
  /** Storage size of one element in bits (4 for int4: two per byte). 0 for strings. */
  readonly bits: number;
  readonly kind: 'float' | 'int' | 'uint' | 'bool' | 'string' | 'complex';
}

const INFOS: readonly DTypeInfo[] = [
  { name: 'float32', bits: 32, kind: 'float' },
  { name: 'uint8', bits: 8, kind: 'uint' },
  { name: 'int8', bits: 8, kind: 'int' },
  { name: 'uint16', bits: 16, kind: 'uint' },
  { name: 'int16', bits: 16, kind: 'int' },
  { name: 'int32', bits: 32, kind: 'int' },
  { name: 'int64', bits: 64, kind: 'int' },
  { name: 'string', bits: 0, kind: 'string' },
  { name: 'bool', bits: 8, kind: 'bool' },
  { name: 'float16', bits: 16, kind: 'float' },
  { name: 'float64', bits: 64, kind: 'float' },
  { name: 'uint32', bits: 32, kind: 'uint' },
  { name: 'uint64', bits: 64, kind: 'uint' },
  { name: 'complex64', bits: 64, kind: 'complex' },
  { name: 'complex128', bits: 128, kind: 'complex' },
  { name: 'bfloat16', bits: 16, kind: 'float' },
  { name: 'float8e4m3fn', bits: 8, kind: 'float' },
  { name: 'float8e4m3fnuz', bits: 8, kind: 'float' },
  { name: 'float8e5m2', bits: 8, kind: 'float' },
  { name: 'float8e5m2fnuz', bits: 8, kind: 'float' },
  { name: 'uint4', bits: 4, kind: 'uint' },
  { name: 'int4', bits: 4, kind: 'int' },
  { name: 'float4e2m1', bits: 4, kind: 'float' },
  { name: 'float8e8m0', bits: 8, kind: 'float' },
  { name: 'uint2', bits: 2, kind: 'uint' },
  { name: 'int2', bits: 2, kind: 'int' },
];

const BY_NAME = new Map<string, DTypeInfo>(INFOS.map((info) => [info.name, info]));

/** Whether a name (from a file) is an IR dtype. */
export function isDType(name: string): name is DType {
  return BY_NAME.has(name);
}

export function dtypeBits(dtype: DType): number {
  // float32, nearly every value a profile sizes, without the Map lookup: a builtin call each time
  // in the interpreter, where a cold profile runs (issue 14, engine cold).
  return dtype === 'float32' ? 32 : BY_NAME.get(dtype)!.bits;
}

export function dtypeKind(dtype: DType): DTypeInfo['kind'] {
  return BY_NAME.get(dtype)!.kind;
}

/** Bytes needed to store `elements` values (sub-byte types are packed, rounded up). */
export function bytesFor(dtype: DType, elements: number): number {
  return Math.ceil((elements * dtypeBits(dtype)) / 8);
}

/**
 * Whether a tensor of this dtype holds learned weights (counted as params): floating point of any
 * width, complex (a pair of floats: spectral weights, as torch's `parameters()` counts them, one
 * element each), and integers of 16 bits or fewer (quantized weights: int8/int4 and ONNX Runtime's
 * int16/uint16 QDQ). int32/int64 and bool tensors hold shapes, indices and masks and are counted
 * apart, unless what reads them makes them weights (graph/weight-inputs.ts, graph/weight-values.ts).
 */
export function isWeightDType(dtype: DType): boolean {
  if (dtype === 'float32') return true; // as dtypeBits
  const info = BY_NAME.get(dtype)!;
  if (info.kind === 'float' || info.kind === 'complex') return true;
  return (info.kind === 'int' || info.kind === 'uint') && info.bits <= 16;
}
