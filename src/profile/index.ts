/**
 * The profiling entry point: file -> format registry -> (graph: shapes and costs | weights:
 * params only) -> ProfileResult. Every problem with the file surfaces as one ModelFileError naming it.
 */
import { UsageError } from '../graph/errors.js';
import { ModelFileError } from '../graph/errors.js';
import { readModel } from '../formats/registry.js';
import type { LoadedModel } from '../formats/registry.js';
import { opLookupFor } from '../ops/load.js';
import { GraphError } from '../graph/errors.js';
import { runEngine } from '../shapes/engine.js';
import type { EngineResult } from '../shapes/engine-types.js';
import type { HardwareSpec } from './hardware.js';
import { countParams } from './params.js';
import type { Model } from '../graph/ir.js';
import { graphCensus } from '../graph/census.js';
import { ownEntry } from '../graph/name-table.js';
import { valuesReadAsWeightsOf } from '../graph/weight-values.js';
import { profileModel } from './profile.js';
import type { ParamsSummary, ProfileResult, WeightsSummary } from './types.js';
import { costsLowerBound, peakLowerBound } from './types.js';
import type { WeightsFile } from '../formats/weights.js';

export interface ProfileFileOptions {
  /** Concrete graph-input shapes (`--input name=1x3x224x224`). */
  readonly inputs?: Readonly<Record<string, readonly number[]>>;
  /** Symbolic dim bindings (`--dim batch=1`). */
  readonly dims?: Readonly<Record<string, number>>;
  /** Hardware preset id for the roofline estimate. */
  readonly hardware?: string;
  readonly peakFlops?: string;
  readonly bandwidth?: string;
  /** Include the per-node table (default true). */
  readonly perNode?: boolean;
  /** Name shown in reports (default: the path). */
  readonly displayPath?: string;
  /**
   * Derive cost formulas (several engine runs): `true` in the dims `dims`/`inputs` leave free
   * (`profile`); `{ free }` also frees those dims from `dims`, at most MAX_GATE_FORMULA_DIMS
   * free dims in all (the gate: the dims its operating points vary, so a formula change shows
   * even when the value at each point is within budget).
   */
  readonly formulas?: boolean | { readonly free: readonly string[] };
}

/** Raised for bad options (unknown hardware, bad units): the CLI reports it as a usage error. */
export class ProfileOptionError extends UsageError {
  override name = 'ProfileOptionError';
}

export async function profileFile(path: string, options: ProfileFileOptions = {}): Promise<ProfileResult> {
  await hardwareOf(options); // A bad option is reported before the file is read.
  return profileLoadedAs(await readModel(path, { dims: options.dims }), options, options.displayPath ?? path);
}

/** The hardware of the roofline estimate, if an option asks for one: only then are the presets loaded. */
async function hardwareOf(options: ProfileFileOptions): Promise<HardwareSpec | undefined> {
  if (options.hardware === undefined && options.peakFlops === undefined && options.bandwidth === undefined) return undefined;
  const { HardwareOptionError, resolveHardware } = await import('./hardware.js');
  try {
    return resolveHardware({ hardware: options.hardware, peakFlops: options.peakFlops, bandwidth: options.bandwidth });
  } catch (e) {
    if (e instanceof HardwareOptionError) throw new ProfileOptionError(e.message);
    throw e;
  }
}

/**
 * The profile of a model already read: io/ reads a model once per side and profiles it at each
 * operating point (no reader depends on the dims; weights formats take `dims.context` here).
 */
export async function profileLoaded(loaded: LoadedModel, options: ProfileFileOptions = {}): Promise<ProfileResult> {
  return profileLoadedAs(loaded, options, options.displayPath ?? '(model)');
}

/** profileLoaded under the name `display`: profileFile's path needs no copy of the options (Node 20 copies a spread slowly). */
async function profileLoadedAs(loaded: LoadedModel, options: ProfileFileOptions, display: string): Promise<ProfileResult> {
  const hardware = await hardwareOf(options);
  if (loaded.kind === 'weights') {
    for (const name of Object.keys(options.inputs ?? {})) {
      throw new ProfileOptionError(`${display}: --input '${name}' does not apply: ${loaded.format.label} files have no graph inputs`);
    }
    // The code for weights files, like the formula derivation below, is loaded only when used (issue 14, process start).
    const { profileWeights } = await import('./weights.js');
    return profileWeights(loaded.weights, {
      path: display,
      format: loaded.format.name,
      formatLabel: loaded.format.label,
      formatVersion: loaded.formatVersion,
      fileBytes: loaded.fileBytes,
      sideFileBytes: loaded.sideFileBytes,
      ...(options.dims?.context !== undefined ? { context: options.dims.context } : {}),
    });
  }
  const { model, sideFileBytes } = loaded;
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!model.graph.inputs.some((v) => v.name === name)) {
      const known = model.graph.inputs.filter((v) => !model.graph.initializers.has(v.name)).map((v) => v.name);
      throw new ProfileOptionError(`${display}: --input '${name}' is not a graph input (inputs: ${known.join(', ') || 'none'})`);
    }
  }
  // Every graph of the file and its op types, walked once: op loading, params, the op histogram
  // and the weights by use read it.
  const census = graphCensus(model.graph);
  // Only the op families this model uses are loaded (and compiled).
  const lookup = await opLookupFor(model, census);
  // Stored values read as weights whatever their dtype: the params totals and every engine run's per-node params.
  const weightValues = valuesReadAsWeightsOf(census, model.functions);
  let engine: EngineResult;
  try {
    // The engine also validates the graph as a whole (cycles, values produced twice).
    engine = runEngine(model, lookup, { inputShapes: options.inputs, dims: options.dims, weightValues });
  } catch (e) {
    if (e instanceof GraphError) throw new ModelFileError(display, e.message);
    throw e;
  }
  // A graph format that tells weights' roles apart (Keras) counts params from them: state and
  // optimizer variables are not params. Its code is loaded only then.
  const weights = loaded.weights ? await storedWeights(loaded.weights) : undefined;
  const base = profileModel(model, engine, weights?.params ?? countParams(model, census.graphs, weightValues), {
    path: display,
    externalDataBytes: sideFileBytes,
    hardware,
    includeNodes: options.perNode ?? true,
    census,
  });
  const profile = loaded.weights && weights
    ? { ...base, weights: weights.summary(), warnings: [...loaded.weights.warnings, ...base.warnings] }
    : base;
  if (!options.formulas) return profile;
  const released = typeof options.formulas === 'object' ? options.formulas.free : null;
  const fixed = Object.fromEntries(Object.entries(options.dims ?? {}).filter(([d]) => !released?.includes(d)));
  const free = freeDims(model, { ...options, dims: fixed });
  if (free.length === 0 || (released && free.length > MAX_GATE_FORMULA_DIMS)) return profile;
  const large = formulaSizeLimit(engine.executed);
  if (large) {
    // Each formula is 10-30 more full engine runs: on a graph this large that is tens of seconds
    // (the gate: per side and model), so the report says why there is none instead. The size is
    // what the engine ran, not the main graph's node count: local functions expand.
    const where = released ? 'no formulas in the gate' : 'no formulas';
    return { ...profile, formulas: { dims: free, fixed, metrics: {}, note: `${where}: ${large}: each formula takes 10-30 more engine runs; bind ${free.join(', ')} with --dim for figures at a size` } };
  }
  const { deriveFormulas } = await import('./formula.js'); // only for a model with free dims
  const formulas = deriveFormulas(free, fixed, (binding) => {
    const run = runEngine(model, lookup, { inputShapes: options.inputs, dims: binding, weightValues });
    const totals = profileModel(model, run, profile.params, { path: display, includeNodes: false, census }).totals;
    if (!totals) return { exact: false, reason: 'no totals' };
    const bound = `a lower bound (${totals.lowerBoundReasons.join('; ')})`;
    if (costsLowerBound(totals)) return { exact: false, reason: bound };
    // A value of unknown size bounds the peak alone: the cost counts still make formulas.
    return peakLowerBound(totals) ? { exact: true, totals, peakNotExact: bound } : { exact: true, totals };
  });
  return { ...profile, formulas };
}

/** Params and the weights summary of a graph format's stored weights (Keras). */
async function storedWeights(weights: WeightsFile): Promise<{ params: ParamsSummary; summary: () => WeightsSummary }> {
  const { uniqueStorages, weightsParams, weightsSummary } = await import('./weights.js');
  const stored = uniqueStorages(weights.tensors);
  return { params: weightsParams(stored), summary: () => weightsSummary(weights, stored) };
}

/** The gate derives formulas in at most this many dims (each adds about 10 engine runs per side). */
export const MAX_GATE_FORMULA_DIMS = 2;
/**
 * Formulas (`profile` and the gate) only for graphs that run at most this many nodes, local
 * functions expanded (tiny_gpt_dyn has a few hundred, swin_t 6,532): one engine run of a
 * 50,000-node graph takes seconds, and a formula needs 10-30 of them.
 */
export const MAX_FORMULA_NODES = 5000;
/**
 * ... and whose nodes read and write at most this many values: 8 a node at MAX_FORMULA_NODES, as
 * graph/limits.ts MAX_EXECUTED_INPUTS is at MAX_EXECUTED_NODES (real graphs about 3).
 */
export const MAX_FORMULA_INPUTS = 8 * MAX_FORMULA_NODES;

/** Why a run of this size gets no formulas, or undefined. */
function formulaSizeLimit(executed: EngineResult['executed']): string | undefined {
  if (executed.nodes > MAX_FORMULA_NODES) return `the graph runs ${executed.nodes} nodes, local functions expanded (more than ${MAX_FORMULA_NODES})`;
  if (executed.inputs > MAX_FORMULA_INPUTS) return `the graph's nodes read and write ${executed.inputs} values, local functions expanded (more than ${MAX_FORMULA_INPUTS})`;
  return undefined;
}

/** Symbolic dims of the graph inputs that neither --dim nor --input binds. */
function freeDims(model: Model, options: ProfileFileOptions): string[] {
  const out = new Set<string>();
  for (const v of model.graph.inputs) {
    // Own keys only: the model names its inputs and dims, and may name one `constructor`.
    if (model.graph.initializers.has(v.name) || (options.inputs && ownEntry(options.inputs, v.name))) continue;
    for (const d of v.shape ?? []) if (typeof d === 'string' && (!options.dims || ownEntry(options.dims, d) === undefined)) out.add(d);
  }
  return [...out].sort();
}
