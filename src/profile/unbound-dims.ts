/**
 * Which symbolic input dims of a profile nothing bound, so the engine measured them at 1
 * (shapes/engine.ts bindInputs), and the shapes the numbers are for. Shared by the gate (a warning
 * per dim, phrased for the config) and `model-budget profile` (phrased for --dim / --input).
 */
import { ownEntry } from '../graph/name-table.js';
import type { ProfileResult } from './types.js';
import { shapeLabel } from './shape-label.js';

/** A symbolic dim the engine defaulted to 1: by name, or (dim null) an input position with neither size nor name. */
export interface UnboundDim {
  readonly dim: string | null;
  readonly input: string;
  /** Position of the dim in the input's shape. */
  readonly index: number;
}

/**
 * The inputs' symbolic dims bound neither by `dims` nor by an input shape given in full in
 * `inputs` (which replaces the model's shape and binds the dim names at its positions
 * everywhere). Each named dim is listed once, at its first input.
 */
export function unboundDims(
  p: ProfileResult,
  dims: Readonly<Record<string, number>>,
  inputs: Readonly<Record<string, ReadonlyArray<number | string>>>,
): UnboundDim[] {
  // Own keys only: the model names its inputs and dims, and may name one `constructor`.
  const resolves = (d: number | string) => typeof d === 'number' || ownEntry(dims, d) !== undefined;
  const explicit = new Set<string>();
  const boundByInputs = new Set<string>();
  for (const v of p.inputs) {
    const given = ownEntry(inputs, v.name);
    if (!given || !given.every(resolves)) continue;
    explicit.add(v.name);
    v.shape?.forEach((d) => typeof d === 'string' && boundByInputs.add(d));
  }
  const out: UnboundDim[] = [];
  const seen = new Set<string>();
  for (const v of p.inputs) {
    if (explicit.has(v.name) || !v.shape) continue;
    v.shape.forEach((d, index) => {
      if (typeof d === 'number') return;
      if (d !== null && (ownEntry(dims, d) !== undefined || boundByInputs.has(d) || seen.has(d))) return;
      if (d !== null) seen.add(d);
      out.push({ dim: d, input: v.name, index });
    });
  }
  return out;
}

/** `name: 1x3x224x224` per input, as profiled (dims that stayed symbolic by name), plus an LLM's context. */
export function inputShapes(p: ProfileResult): string[] {
  const out = p.inputs.map((v) => {
    const shape = v.boundShape !== undefined ? v.boundShape : v.shape;
    return `${v.name}: ${shapeLabel(shape)}`;
  });
  const llm = p.weights?.llm;
  if (llm) out.push(`context: ${llm.context}`);
  return out;
}
