/**
 * int64 values held as doubles, as the IR keeps them (Tensor.values, attribute ints): exact up to
 * 2^53, and past that only the sentinels exporters write for "to the end" and "no limit".
 */

/**
 * From this magnitude up, int64 values are the sentinels exporters write for "to the end" and "no
 * limit" (INT64_MAX/MIN, which doubles cannot hold): kept approximate, as Slice and Loop read them.
 */
const SENTINEL_MAGNITUDE = 2 ** 62;

/**
 * Whether an int64 that arrived as a double already (a varint: int64_data, an attribute's ints)
 * can stand for itself. An exact one past 2^53 cannot be told from a rounded one there, so past
 * 2^53 only the sentinels are kept.
 */
export function isTrustedInt64Number(x: number): boolean {
  return Number.isSafeInteger(x) || Math.abs(x) >= SENTINEL_MAGNITUDE;
}
