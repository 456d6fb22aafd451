/**
 * Profiles both sides of every changed model and produces the gate's inputs. Shared by the
 * action and `model-budget check`: they differ only in how they find the baseline and the
 * changed files.
 */
import { matchModel } from '../budget/config.js';
import { unmeasurableBudgets } from '../budget/measurable.js';
import type { GateConfig, GateModelInput, InputDim } from '../budget/types.js';
import { ModelFileError } from '../graph/errors.js';
import { profileFile, ProfileOptionError } from '../profile/index.js';
import type { ProfileResult } from '../profile/types.js';
import type { ModelChange } from './changes.js';
import type { Materialised, Materialiser, TreeSource } from './sources.js';

export type ProfileFn = typeof profileFile;

export interface PipelineOptions {
  readonly config: GateConfig | null;
  readonly changes: readonly ModelChange[];
  readonly base: TreeSource | null;
  readonly head: TreeSource;
  readonly materialiser: Materialiser;
  readonly profile?: ProfileFn;
  readonly log?: (message: string) => void;
  /** Config problems worth a warning (a budget the model's format cannot measure); default `log`. */
  readonly warn?: (message: string) => void;
}

/** Config input shapes with symbolic entries bound from dims; inputs left symbolic are dropped (dims still apply). */
function concreteInputs(inputs: Readonly<Record<string, readonly InputDim[]>>, dims: Readonly<Record<string, number>>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [name, shape] of Object.entries(inputs)) {
    const resolved = shape.map((d) => (typeof d === 'number' ? d : dims[d]));
    if (resolved.every((d): d is number => typeof d === 'number')) out[name] = resolved;
  }
  return out;
}

function oneLine(e: unknown): string {
  if (e instanceof ModelFileError) return e.message;
  if (e instanceof ProfileOptionError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0] ?? msg;
}

type SideResult = { profile: ProfileResult } | { error: string; lfs?: boolean } | null;

async function profileSide(
  source: TreeSource,
  path: string,
  opts: PipelineOptions,
  profileOptions: Parameters<ProfileFn>[1],
): Promise<SideResult> {
  let m: Materialised;
  try {
    m = await opts.materialiser.materialise(source, path);
  } catch (e) {
    // A FIFO, a device or a link out of the tree (the model or a side file): not measured.
    if (e instanceof ModelFileError) return { error: e.message };
    throw e;
  }
  if (m.kind === 'missing') return null;
  if (m.kind === 'lfs') {
    return {
      lfs: true,
      error: `${m.path}: stored in Git LFS (pointer to ${m.size} bytes, not fetched: ${m.reason}); use actions/checkout with \`lfs: true\` or the lfs: fetch input to measure it`,
    };
  }
  try {
    const profile = await (opts.profile ?? profileFile)(m.file, { ...profileOptions, displayPath: path });
    return { profile };
  } catch (e) {
    // Anything thrown for one model is reported on that model; the rest of the gate goes on.
    return { error: oneLine(e).split(m.file).join(path) };
  }
}

export async function profileChanges(opts: PipelineOptions): Promise<GateModelInput[]> {
  const log = opts.log ?? (() => undefined);
  for (const w of unmeasurableBudgets(opts.config)) (opts.warn ?? log)(w);
  const out: GateModelInput[] = [];
  for (const change of opts.changes) {
    const basePath = change.previousPath ?? change.path;
    let dims: Readonly<Record<string, number>> = {};
    let inputs: Record<string, number[]> = {};
    if (opts.config) {
      const match = matchModel(opts.config, change.path);
      if (match.kind === 'ignored') {
        out.push({ path: change.path, status: change.status, ...(change.previousPath ? { previousPath: change.previousPath } : {}) });
        continue;
      }
      dims = match.dims;
      if (match.kind === 'matched') inputs = concreteInputs(match.inputs, dims);
    }
    const profileOptions = { dims, inputs, perNode: true };
    log(`Profiling ${change.path} (${change.status}${change.previousPath ? ` from ${change.previousPath}` : ''}${change.via ? `, via ${change.via}` : ''})`);
    const head = change.status === 'deleted' ? null : await profileSide(opts.head, change.path, opts, profileOptions);
    const base = change.status === 'added' || !opts.base ? null : await profileSide(opts.base, basePath, opts, profileOptions);
    const input: GateModelInput = {
      path: change.path,
      status: change.status,
      ...(change.previousPath ? { previousPath: change.previousPath } : {}),
      ...(head && 'profile' in head ? { head: head.profile } : {}),
      ...(head && 'error' in head ? { error: head.error } : {}),
      ...(head && 'error' in head && head.lfs ? { lfsPointer: true } : {}),
      ...(base && 'profile' in base ? { base: base.profile } : {}),
      ...(base && 'error' in base ? { baseError: base.error } : {}),
    };
    if (change.status !== 'deleted' && head === null) {
      out.push({ ...input, error: `${change.path}: not found in ${opts.head.description}` });
      continue;
    }
    out.push(input);
  }
  return out;
}
