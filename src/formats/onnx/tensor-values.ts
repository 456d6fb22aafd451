/** Decodes the values of small tensors (shape constants, scales) for constant folding. */
import { dtypeKind } from '../../graph/dtype.js';
import type { DType } from '../../graph/dtype.js';
import { isTrustedInt64Number } from '../../graph/int64.js';

/** Integer/bool tensors up to this many elements are decoded (shape arithmetic). */
const SMALL_INT_ELEMENTS = 4096;
/** Floating-point tensors up to this many elements are decoded (Resize scales, Clip bounds, eps). */
const SMALL_FLOAT_ELEMENTS = 64;

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

function bfloat16ToFloat(bits: number): number {
  bf16.setUint32(0, bits << 16, true);
  return bf16.getFloat32(0, true);
}

/*
 * Two allocation sites: V8 remembers per site the element kind its arrays ended up with, and
 * one shared site, once it had held floats, made every integer array a double array from birth.
 */
function floatArray(n: number): number[] {
  return new Array<number>(n);
}

function intArray(n: number): number[] {
  return new Array<number>(n);
}

/**
 * A little-endian int64 as a number. Values that fit in 32 bits (nearly all: shapes, axes, -1)
 * come back as small integers, not as `hi * 2^32 + lo`, which is a double even for 0: one double
 * makes the whole array a double array, and interpreted code reading it boxes every element
 * (the engine's folding of torch exports' Shape/Gather/Concat chains reads these).
 */
function int64At(v: DataView, at: number): number {
  const hi = v.getInt32(at + 4, true);
  const lo = v.getUint32(at, true);
  if (hi === 0 && lo <= 0x7fffffff) return lo;
  if (hi === -1 && lo >= 0x80000000) return lo | 0;
  return hi * 2 ** 32 + lo;
}

/**
 * Whether `x`, read from `exact` as a double, can stand for it: a trusted number, or past 2^53 a
 * value a double holds exactly (2^54). 2^53 + 1 read as 2^53 would make a Loop of 2^53 + 1 trips,
 * or shape arithmetic on it, exact-looking and wrong.
 */
function usableInt64(x: number, exact: bigint): boolean {
  return isTrustedInt64Number(x) || BigInt(x) === exact;
}

/** A little-endian uint64 as a number; below 2^31 a small integer, as int64At gives. */
function uint64At(v: DataView, at: number): number {
  const hi = v.getUint32(at + 4, true);
  const lo = v.getUint32(at, true);
  return hi === 0 && lo <= 0x7fffffff ? lo : hi * 2 ** 32 + lo;
}

/**
 * The n elements of a raw little-endian payload at `at` in `v`; undefined for types we do not
 * decode (sub-byte, float8). The caller has checked the size (decodeLimit) and that it matches the dims.
 */
export function rawValues(dtype: DType, n: number, v: DataView, at: number): number[] | undefined {
  const out = dtypeKind(dtype) === 'float' ? floatArray(n) : intArray(n);
  // One loop per type (no reader closure per tensor): this runs for every small constant.
  switch (dtype) {
    case 'float32': for (let i = 0; i < n; i++) out[i] = v.getFloat32(at + i * 4, true); break;
    case 'float64': for (let i = 0; i < n; i++) out[i] = v.getFloat64(at + i * 8, true); break;
    case 'float16': for (let i = 0; i < n; i++) out[i] = halfToFloat(v.getUint16(at + i * 2, true)); break;
    case 'bfloat16': for (let i = 0; i < n; i++) out[i] = bfloat16ToFloat(v.getUint16(at + i * 2, true)); break;
    case 'int8': for (let i = 0; i < n; i++) out[i] = v.getInt8(at + i); break;
    case 'uint8': for (let i = 0; i < n; i++) out[i] = v.getUint8(at + i); break;
    case 'bool': for (let i = 0; i < n; i++) out[i] = v.getUint8(at + i) ? 1 : 0; break;
    case 'int16': for (let i = 0; i < n; i++) out[i] = v.getInt16(at + i * 2, true); break;
    case 'uint16': for (let i = 0; i < n; i++) out[i] = v.getUint16(at + i * 2, true); break;
    case 'int32': for (let i = 0; i < n; i++) out[i] = v.getInt32(at + i * 4, true); break;
    case 'uint32': for (let i = 0; i < n; i++) out[i] = v.getUint32(at + i * 4, true); break;
    // Two 32-bit halves instead of a BigInt per element: exact below 2^53, which is all that
    // shape arithmetic needs; past it a value that rounded is not decoded (usableInt64).
    case 'int64':
      for (let i = 0; i < n; i++) {
        const x = int64At(v, at + i * 8);
        // The BigInt read only past 2^53, where x may have rounded.
        if (!Number.isSafeInteger(x) && !usableInt64(x, v.getBigInt64(at + i * 8, true))) return undefined;
        out[i] = x;
      }
      break;
    case 'uint64':
      for (let i = 0; i < n; i++) {
        const x = uint64At(v, at + i * 8);
        if (!Number.isSafeInteger(x) && !usableInt64(x, v.getBigUint64(at + i * 8, true))) return undefined;
        out[i] = x;
      }
      break;
    default: return undefined;
  }
  return out;
}

/** The most elements of this type whose values are decoded; -1 when none are (strings, complex). */
export function decodeLimit(dtype: DType): number {
  const kind = dtypeKind(dtype);
  if (kind === 'string' || kind === 'complex') return -1;
  return kind === 'float' ? SMALL_FLOAT_ELEMENTS : SMALL_INT_ELEMENTS;
}

/** Whether values of this many elements of this type are decoded at all. */
export function decodable(dtype: DType, elements: number): boolean {
  return elements <= decodeLimit(dtype);
}

/**
 * Values of a small raw_data payload, read in place: `view` holds it at `at` (the reader's window,
 * so that nothing is copied first); the caller has checked that its size matches the dims.
 * Undefined when it is too large, not numeric, or a type we do not decode (sub-byte, float8).
 */
export function decodeRawValues(dtype: DType, elements: number, view: DataView, at: number): number[] | undefined {
  return decodable(dtype, elements) ? rawValues(dtype, elements, view, at) : undefined;
}

/** Values of a small tensor stored in the typed data fields (float_data, int64_data, ...). */
export function decodeTypedValues(dtype: DType, elements: number, typed: TypedFields): number[] | undefined {
  if (!decodable(dtype, elements)) return undefined;
  if (!typed.seen) return elements === 0 ? [] : undefined;
  const kind = dtypeKind(dtype);
  let values: readonly number[];
  if (dtype === 'float32') values = typed.floats;
  else if (dtype === 'float64') values = typed.doubles;
  else if (dtype === 'float16') values = typed.varints.map(halfToFloat);
  else if (kind === 'int' || kind === 'uint' || kind === 'bool') values = typed.varints;
  else return undefined;
  if (values.length !== elements) return undefined;
  // Varints arrive already rounded, unlike raw_data (isTrustedInt64Number).
  if ((kind === 'int' || kind === 'uint') && !values.every(isTrustedInt64Number)) return undefined;
  return kind === 'bool' ? values.map((x) => (x ? 1 : 0)) : [...values];
}
