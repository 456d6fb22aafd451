/** Decodes the values of small tensors (shape constants, scales) for constant folding. */
import { dtypeKind } from '../../graph/dtype.js';
import type { DType } from '../../graph/dtype.js';

/** Integer/bool tensors up to this many elements are decoded (shape arithmetic). */
export const SMALL_INT_ELEMENTS = 4096;
/** Floating-point tensors up to this many elements are decoded (Resize scales, Clip bounds, eps). */
export const SMALL_FLOAT_ELEMENTS = 64;

export interface TypedFields {
  readonly floats: readonly number[];
  readonly varints: readonly number[];
  readonly doubles: readonly number[];
  readonly seen: boolean;
}

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

const bf16 = new DataView(new ArrayBuffer(4));

/** One element of `dtype` at element index i; undefined for types we do not decode. */
function elementReader(dtype: DType, v: DataView): ((i: number) => number) | undefined {
  switch (dtype) {
    case 'float32': return (i) => v.getFloat32(i * 4, true);
    case 'float64': return (i) => v.getFloat64(i * 8, true);
    case 'float16': return (i) => halfToFloat(v.getUint16(i * 2, true));
    case 'bfloat16': return (i) => {
      bf16.setUint32(0, v.getUint16(i * 2, true) << 16, true);
      return bf16.getFloat32(0, true);
    };
    case 'int8': return (i) => v.getInt8(i);
    case 'uint8': return (i) => v.getUint8(i);
    case 'bool': return (i) => (v.getUint8(i) ? 1 : 0);
    case 'int16': return (i) => v.getInt16(i * 2, true);
    case 'uint16': return (i) => v.getUint16(i * 2, true);
    case 'int32': return (i) => v.getInt32(i * 4, true);
    case 'uint32': return (i) => v.getUint32(i * 4, true);
    // Two 32-bit halves instead of a BigInt per element: exact below 2^53, which is all that
    // shape arithmetic needs (larger values are INT64_MAX/MIN sentinels).
    case 'int64': return (i) => v.getInt32(i * 8 + 4, true) * 2 ** 32 + v.getUint32(i * 8, true);
    case 'uint64': return (i) => v.getUint32(i * 8 + 4, true) * 2 ** 32 + v.getUint32(i * 8, true);
    default: return undefined;
  }
}

function fromRaw(dtype: DType, elements: number, raw: Uint8Array): number[] | undefined {
  const read = elementReader(dtype, new DataView(raw.buffer, raw.byteOffset, raw.byteLength));
  if (!read) return undefined;
  const out: number[] = new Array<number>(elements);
  for (let i = 0; i < elements; i++) out[i] = read(i);
  return out;
}

/**
 * Values of a small embedded tensor, or undefined when it is too large, not numeric, or stored in
 * a way we do not decode (sub-byte and float8 types).
 */
export function decodeValues(dtype: DType, elements: number, raw: Uint8Array | undefined, typed: TypedFields): number[] | undefined {
  const kind = dtypeKind(dtype);
  if (kind === 'string' || kind === 'complex') return undefined;
  if (elements > (kind === 'float' ? SMALL_FLOAT_ELEMENTS : SMALL_INT_ELEMENTS)) return undefined;
  if (raw) return raw.byteLength > 0 || elements === 0 ? fromRaw(dtype, elements, raw) : undefined;
  if (!typed.seen) return elements === 0 ? [] : undefined;
  let values: readonly number[];
  if (dtype === 'float32') values = typed.floats;
  else if (dtype === 'float64') values = typed.doubles;
  else if (dtype === 'float16') values = typed.varints.map(halfToFloat);
  else if (kind === 'int' || kind === 'uint' || kind === 'bool') values = typed.varints;
  else return undefined;
  if (values.length !== elements) return undefined;
  return kind === 'bool' ? values.map((x) => (x ? 1 : 0)) : [...values];
}
