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

function fromRaw(dtype: DType, elements: number, raw: Uint8Array): number[] | undefined {
  const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out: number[] = new Array<number>(elements);
  const read: ((i: number) => number) | undefined = {
    float32: (i: number) => v.getFloat32(i * 4, true),
    float64: (i: number) => v.getFloat64(i * 8, true),
    float16: (i: number) => halfToFloat(v.getUint16(i * 2, true)),
    bfloat16: (i: number) => new DataView(new Uint32Array([v.getUint16(i * 2, true) << 16]).buffer).getFloat32(0, true),
    int8: (i: number) => v.getInt8(i),
    uint8: (i: number) => v.getUint8(i),
    bool: (i: number) => (v.getUint8(i) ? 1 : 0),
    int16: (i: number) => v.getInt16(i * 2, true),
    uint16: (i: number) => v.getUint16(i * 2, true),
    int32: (i: number) => v.getInt32(i * 4, true),
    uint32: (i: number) => v.getUint32(i * 4, true),
    int64: (i: number) => Number(v.getBigInt64(i * 8, true)),
    uint64: (i: number) => Number(v.getBigUint64(i * 8, true)),
  }[dtype as string];
  if (!read) return undefined;
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
