/**
 * How much of a storage the saved tensors reach. torch.save writes a view's whole storage: saving
 * `w[2:5]` of a 10x4 `w` stores all 40 elements, but the file holds a 3x4 tensor (12 params to
 * torch, 12 after torch.load). The elements no saved tensor reaches are dead bytes, no weights.
 * Views that together cover their storage (a fused qkv saved as three slices, a transpose, tied
 * weights) reach all of it.
 */
import type { WeightRole } from '../weights.js';
import type { TensorRef } from './torch-pickle.js';

/**
 * Contiguous runs enumerated per file. A view that splits into more (a column of a huge matrix)
 * is taken to reach its whole span, from its first element to its last: never fewer elements
 * than it holds, and never more than the storage.
 */
const MAX_RUNS = 1 << 20;

interface View {
  readonly role: WeightRole;
  readonly tensor: TensorRef;
}

/**
 * Elements reached, by storage key and role (each role's tensors count a storage once, as
 * profile/weights.ts counts them), in the tensor's element type; only storages some of whose
 * elements no view reaches are listed.
 */
export function storageReach(views: readonly View[], packed: (dtype: string) => boolean): Map<string, number> {
  const runsByGroup = new Map<string, { tensor: TensorRef; runs: Array<[number, number]>; mixed: boolean }>();
  let budget = MAX_RUNS;
  for (const { role, tensor } of views) {
    const key = groupKey(tensor.storage.key, role);
    const group = runsByGroup.get(key) ?? { tensor, runs: [], mixed: false };
    runsByGroup.set(key, group);
    // Views of one untyped storage in element types of different widths count in different units,
    // and a packed view's sizes count values, two or four a stored element: such a storage counts
    // whole (left out of the group, a packed view would take its bytes from the others' reach).
    if (packed(tensor.dtype) || tensor.bits !== group.tensor.bits) group.mixed = true;
    if (!group.mixed) budget -= addRuns(tensor, group.runs, budget);
  }
  const out = new Map<string, number>();
  for (const [key, { tensor, runs, mixed }] of runsByGroup) {
    if (mixed) continue;
    const storageElements = Math.floor((tensor.storage.bytes * 8) / tensor.bits);
    const reached = Math.min(unionLength(runs), storageElements);
    if (reached < storageElements) out.set(key, reached);
  }
  return out;
}

export function groupKey(storageKey: string, role: WeightRole): string {
  return `${role}\u0000${storageKey}`;
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
