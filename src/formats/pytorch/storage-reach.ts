/**
 * How much of a storage the saved tensors reach, and which role counts it. torch.save writes a
 * view's whole storage: saving `w[2:5]` of a 10x4 `w` stores all 40 elements, but the file holds a
 * 3x4 tensor (12 params to torch, 12 after torch.load). The elements no saved tensor reaches are
 * dead bytes, no weights. Views that together cover their storage (a fused qkv saved as three
 * slices, a transpose, tied weights) reach all of it.
 *
 * Each stored byte counts once over all roles: a storage that a parameter and a buffer both view
 * (a buffer registered as a view of a weight, one tensor saved under a parameter's and a buffer's
 * name) counts as params where a parameter reaches it, and as buffers only where none does; so
 * for optimizer state, then non-weights, after both.
 */
import type { WeightRole } from '../weights.js';
import type { TensorRef } from './torch-pickle.js';

/**
 * Contiguous runs enumerated per file. A view that splits into more (a column of a huge matrix)
 * is taken to reach its whole span, from its first element to its last: never fewer elements
 * than it holds, and never more than the storage.
 */
const MAX_RUNS = 1 << 20;

/** Which role a byte two roles reach counts under: the first of them here. */
const ROLE_PRECEDENCE: readonly WeightRole[] = ['param', 'buffer', 'optimizer', 'non-weight'];

interface View {
  readonly role: WeightRole;
  readonly tensor: TensorRef;
}

/** What one role's tensors count of one storage, when that is not the whole storage. */
export interface StorageShare {
  /** Bytes counted: those the role's views reach that no role before it reaches. */
  readonly bytes: number;
  /** Set when a role before this one reaches part of what this one does: its elements counted. */
  readonly sharedElements?: number;
}

interface Group {
  readonly tensor: TensorRef;
  readonly role: WeightRole;
  /** Runs in bytes, [start, end). */
  readonly runs: Array<[number, number]>;
  /** Views of different widths or packed: the role reaches the whole storage. */
  mixed: boolean;
}

/**
 * Bytes counted by storage key and role (each role's tensors count a storage once, as
 * profile/weights.ts counts them); only groups that count less than their whole storage are listed.
 */
export function storageReach(views: readonly View[], packed: (dtype: string) => boolean): Map<string, StorageShare> {
  const groups = new Map<string, Group>();
  let budget = MAX_RUNS;
  for (const { role, tensor } of views) {
    const key = groupKey(tensor.storage.key, role);
    const group = groups.get(key) ?? { tensor, role, runs: [], mixed: false };
    groups.set(key, group);
    // Views of one untyped storage in element types of different widths count in different units,
    // and a packed view's sizes count values, two or four a stored element: such a storage counts
    // whole for the role (left out of the group, a packed view would take its bytes from the others' reach).
    if (packed(tensor.dtype) || tensor.bits !== group.tensor.bits) group.mixed = true;
    if (!group.mixed) budget -= addRuns(tensor, group.runs, budget);
  }
  const byStorage = new Map<string, Group[]>();
  for (const g of groups.values()) byStorage.set(g.tensor.storage.key, [...(byStorage.get(g.tensor.storage.key) ?? []), g]);
  const out = new Map<string, StorageShare>();
  for (const [storageKey, shared] of byStorage) {
    shared.sort((a, b) => ROLE_PRECEDENCE.indexOf(a.role) - ROLE_PRECEDENCE.indexOf(b.role));
    const storageBytes = shared[0]!.tensor.storage.bytes;
    const before: Array<[number, number]> = [];
    for (const g of shared) {
      // A storage whose bytes are not whole elements of the view's width: its tail is reached by no view.
      const wholeBytes = g.mixed ? storageBytes : Math.floor((storageBytes * 8) / g.tensor.bits) * (g.tensor.bits / 8);
      const runs = g.mixed ? [[0, storageBytes] as [number, number]] : toBytes(g.runs, wholeBytes, g.tensor.bits);
      const own = unionLength(runs);
      const counted = own - overlap(runs, before);
      if (counted < own) out.set(groupKey(storageKey, g.role), { bytes: counted, sharedElements: Math.floor((counted * 8) / g.tensor.bits) });
      else if (own < wholeBytes) out.set(groupKey(storageKey, g.role), { bytes: own });
      before.push(...runs);
    }
  }
  return out;
}

export function groupKey(storageKey: string, role: WeightRole): string {
  return `${role}\u0000${storageKey}`;
}

/** Element runs as byte runs, cut at the end of the storage's last whole element. */
function toBytes(runs: ReadonlyArray<[number, number]>, wholeBytes: number, bits: number): Array<[number, number]> {
  const width = bits / 8;
  return runs.map(([s, e]) => [Math.min(s * width, wholeBytes), Math.min(e * width, wholeBytes)]);
}

/** Adds the view's contiguous runs ([start, end) in elements); returns how many it added. */
function addRuns(t: TensorRef, runs: Array<[number, number]>, budget: number): number {
  if (t.dims.some((d) => d === 0)) return 0;
  // Size-1 and stride-0 (expanded) dimensions reach no further elements.
  const axes = t.dims.map((d, i) => ({ size: d, stride: t.strides[i]! })).filter((a) => a.size > 1 && a.stride > 0).sort((a, b) => a.stride - b.stride);
  let run = 1;
  let inner = 0;
  while (inner < axes.length && axes[inner]!.stride === run) run *= axes[inner++]!.size;
  const outer = axes.slice(inner);
  const count = outer.reduce((n, a) => n * a.size, 1);
  if (count > budget) {
    const last = outer.reduce((end, a) => end + (a.size - 1) * a.stride, t.offset + run);
    runs.push([t.offset, last]);
    return 1;
  }
  const index = outer.map(() => 0);
  for (let n = 0; n < count; n++) {
    let start = t.offset;
    for (let i = 0; i < outer.length; i++) start += index[i]! * outer[i]!.stride;
    runs.push([start, start + run]);
    for (let i = 0; i < outer.length && ++index[i]! === outer[i]!.size; i++) index[i] = 0;
  }
  return count;
}

function unionLength(runs: Array<[number, number]>): number {
  runs.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of runs) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** Length of the union of `runs` that the union of `others` also covers. */
function overlap(runs: Array<[number, number]>, others: Array<[number, number]>): number {
  if (others.length === 0) return 0;
  return unionLength(runs) + unionLength(others) - unionLength([...runs, ...others]);
}
