/**
 * Sliding-window arithmetic shared by convolutions and pooling (conv.ts, pool.ts, tflite-nn.ts):
 * the window attributes (kernel, strides, dilations, pads, auto_pad, ceil_mode) and the output
 * size of one spatial axis. ops/families.ts loads it with the registry, so that the bundle keeps
 * one copy of it and not one in each of those families' chunks.
 */
import { OpError } from '../shapes/types.js';
import type { AttrReader, InferContext, SymDim } from '../shapes/types.js';

export type AutoPad = 'NOTSET' | 'SAME_UPPER' | 'SAME_LOWER' | 'VALID';

export interface WindowParams {
  readonly kernel: readonly number[];
  readonly strides: readonly number[];
  readonly dilations: readonly number[];
  /** [x1_begin, x2_begin, ..., x1_end, x2_end, ...]; ignored unless autoPad is NOTSET. */
  readonly pads: readonly number[];
  readonly autoPad: AutoPad;
  /** Pooling only: round the output size up (PyTorch/ONNX ceil_mode). */
  readonly ceilMode: boolean;
}

export function readAutoPad(attrs: AttrReader): AutoPad {
  const v = attrs.string('auto_pad', 'NOTSET');
  // Some exporters write an empty string for the default.
  if (v === '') return 'NOTSET';
  if (v === 'NOTSET' || v === 'SAME_UPPER' || v === 'SAME_LOWER' || v === 'VALID') return v;
  throw new OpError(`auto_pad '${v}' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID`);
}

const NO_INTS: readonly number[] = [];

/**
 * An ints attribute, or undefined when absent or empty (onnxruntime reads an empty list as the
 * default). The file's own list (read-only): one lookup and no copy per node.
 */
export function listAttr(attrs: AttrReader, name: string): readonly number[] | undefined {
  const v = attrs.ints(name, NO_INTS);
  return v.length === 0 ? undefined : v;
}

/** A per-axis list attribute, defaulting to `def` on every axis, checked for length and sign. */
function perAxis(attrs: AttrReader, name: string, n: number, def: number, min: number): readonly number[] {
  const v = listAttr(attrs, name);
  if (!v) return new Array<number>(n).fill(def);
  if (v.length !== n) throw new OpError(`attribute '${name}' has ${v.length} values but the op has ${n} spatial axes`);
  for (const x of v) if (!Number.isInteger(x) || x < min) throw new OpError(`attribute '${name}' has invalid value ${x}`);
  return v;
}

/**
 * Reads strides/dilations/pads/auto_pad for `n` spatial axes. `allow` lists the attributes the op's
 * version defines; others present in the node are ignored with a warning (the schema has no such
 * attribute, so a runtime would reject or ignore them).
 */
export function readWindow(
  ctx: InferContext,
  kernel: readonly number[],
  allow: { dilations: boolean; ceilMode: boolean; autoPad?: boolean },
): WindowParams {
  const n = kernel.length;
  const { attrs } = ctx;
  if (!allow.dilations) warnUndefined(ctx, 'dilations');
  if (!allow.ceilMode) warnUndefined(ctx, 'ceil_mode');
  const pads = listAttr(attrs, 'pads') ?? new Array<number>(2 * n).fill(0);
  if (pads.length !== 2 * n) throw new OpError(`attribute 'pads' has ${pads.length} values; expected ${2 * n} (begin and end per spatial axis)`);
  for (const p of pads) if (!Number.isInteger(p) || p < 0) throw new OpError(`attribute 'pads' has invalid value ${p}`);
  return {
    kernel,
    strides: perAxis(attrs, 'strides', n, 1, 1),
    dilations: allow.dilations ? perAxis(attrs, 'dilations', n, 1, 1) : new Array<number>(n).fill(1),
    pads,
    autoPad: allow.autoPad === false ? 'NOTSET' : readAutoPad(attrs),
    ceilMode: allow.ceilMode ? attrs.int('ceil_mode', 0) !== 0 : false,
  };
}

/** An attribute the op's version does not define is ignored, with a warning. */
function warnUndefined(ctx: InferContext, name: string): void {
  if (ctx.attrs.has(name)) ctx.warn(`attribute '${name}' is not defined for ${ctx.node.opType} at opset ${ctx.opset}; ignored`);
}

/** Renders `sym + c` compactly for derived symbolic dims. */
export function plus(sym: string, c: number): string {
  return c === 0 ? sym : c > 0 ? `${sym}+${c}` : `${sym}-${-c}`;
}

/**
 * Output size of one spatial axis of a convolution or pooling window. A symbolic input size gives
 * a symbolic output: the same name when the window keeps the size, else a readable expression
 * (deterministic, so equal inputs give equal dims).
 */
export function windowOutDim(inDim: SymDim, axis: number, w: WindowParams): SymDim {
  const k = w.kernel[axis]!, s = w.strides[axis]!, d = w.dilations[axis]!;
  const span = (k - 1) * d + 1;
  const round = w.ceilMode ? Math.ceil : Math.floor;
  if (w.autoPad === 'SAME_UPPER' || w.autoPad === 'SAME_LOWER') {
    if (typeof inDim !== 'number') return s === 1 ? inDim : `ceil(${inDim}/${s})`;
    return Math.ceil(inDim / s);
  }
  const padTotal = w.autoPad === 'VALID' ? 0 : w.pads[axis]! + w.pads[axis + w.kernel.length]!;
  const padBegin = w.autoPad === 'VALID' ? 0 : w.pads[axis]!;
  if (typeof inDim !== 'number') {
    const c = padTotal - span;
    if (s === 1) return plus(inDim, c + 1);
    return `${w.ceilMode ? 'ceil' : 'floor'}((${plus(inDim, c)})/${s})+1`;
  }
  const avail = inDim + padTotal - span;
  if (avail < 0) {
    throw new OpError(`spatial axis ${axis}: window of ${span} (kernel ${k}, dilation ${d}) does not fit input ${inDim} with padding ${padTotal}`);
  }
  let out = round(avail / s) + 1;
  // ceil_mode: a window that would start inside the end padding is dropped (PyTorch and the ONNX spec).
  if (w.ceilMode && (out - 1) * s >= inDim + padBegin) out -= 1;
  return out;
}
