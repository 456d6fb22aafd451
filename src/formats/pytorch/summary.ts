/**
 * Totals of a weights file by role and by dtype, each storage counted once: tied weights and
 * views of one storage share a `storageKey`. A storage's elements are what it holds (bytes over
 * the element size), so views that cover parts of it do not undercount it, and two views of it
 * do not double it.
 */
import type { WeightRole, WeightTensor } from '../weights.js';

export interface Tally {
  elements: number;
  bytes: number;
  tensors: number;
}

export interface WeightTotals {
  readonly byRole: Record<WeightRole, Tally>;
  /** Bytes and elements of each dtype over unique storages. */
  readonly byDtype: Map<string, Tally>;
  readonly tensorCount: number;
  readonly storageCount: number;
}

/** Which role a storage shared by tensors of several roles is counted under. */
const PRIORITY: readonly WeightRole[] = ['param', 'buffer', 'optimizer', 'non-weight'];

const empty = (): Tally => ({ elements: 0, bytes: 0, tensors: 0 });

export function weightTotals(tensors: readonly WeightTensor[]): WeightTotals {
  const byRole: Record<WeightRole, Tally> = { param: empty(), buffer: empty(), optimizer: empty(), 'non-weight': empty() };
  const storages = new Map<string, { role: WeightRole; t: WeightTensor }>();
  let anonymous = 0;
  for (const t of tensors) {
    byRole[t.role].tensors++;
    const key = t.storageKey ?? `#${anonymous++}`;
    const seen = storages.get(key);
    if (!seen || PRIORITY.indexOf(t.role) < PRIORITY.indexOf(seen.role) || (t.role === seen.role && t.elements > seen.t.elements)) storages.set(key, { role: t.role, t });
  }
  const byDtype = new Map<string, Tally>();
  for (const { role, t } of storages.values()) {
    // A storage holds bytes / (bytes per element) elements; a tensor without a storage key is its own.
    const elements = t.storageKey === undefined || t.elements === 0 ? t.elements : Math.max(t.elements, storageElements(t));
    byRole[role].elements += elements;
    byRole[role].bytes += t.bytes;
    const d = byDtype.get(t.dtype) ?? empty();
    d.elements += elements;
    d.bytes += t.bytes;
    d.tensors++;
    byDtype.set(t.dtype, d);
  }
  return { byRole, byDtype, tensorCount: tensors.length, storageCount: storages.size };
}

/** Elements a shared storage holds, from its bytes and the width its tensors imply. */
function storageElements(t: WeightTensor): number {
  const widthBytes = BYTES_PER_ELEMENT.get(t.dtype);
  return widthBytes === undefined ? t.elements : Math.floor(t.bytes / widthBytes);
}

const BYTES_PER_ELEMENT: ReadonlyMap<string, number> = new Map([
  ['float64', 8], ['int64', 8], ['uint64', 8], ['complex64', 8], ['complex128', 16],
  ['float32', 4], ['int32', 4], ['uint32', 4], ['qint32', 4],
  ['float16', 2], ['bfloat16', 2], ['int16', 2], ['uint16', 2],
  ['int8', 1], ['uint8', 1], ['bool', 1], ['qint8', 1], ['quint8', 1],
  ['float8e4m3fn', 1], ['float8e5m2', 1], ['float8e4m3fnuz', 1], ['float8e5m2fnuz', 1],
]);
