/**
 * Signal processing (opset 17+): DFT, STFT, the window generators (Hann, Hamming, Blackman) and
 * MelWeightMatrix. Complex tensors are real tensors with a trailing dim of 2 (real, imaginary).
 *
 * FLOPs: a transform of length N counts 5 * N * log2(N), the usual radix-2 FFT estimate for a
 * complex transform (what FFT benchmarks such as FFTW's "mflops" use), whatever the runtime does.
 */
import { dtypeFromOnnx } from '../formats/onnx/dtype-codes.js';
import type { DType } from '../graph/dtype.js';
import { OpError, UnresolvedDimError } from '../shapes/types.js';
import type { Cost, InferContext, OpDef, OpDoc, SymDim } from '../shapes/types.js';
import { normalizeAxis, numel } from '../shapes/util.js';
import { intsOf, single } from './shape-ops.js';

/** ceil(5 N log2 N) real FLOPs for one complex transform of length n (0 for n <= 1): counts stay integers. */
export function fftFlops(n: number): number {
  return n <= 1 ? 0 : Math.ceil(5 * n * Math.log2(n));
}

const FFT_DOC = 'ceil(5 * N * log2(N)) per transform of length N (radix-2 FFT estimate), times the number of transforms';

/** A scalar integer input (dft_length, frame_step, size, ...) when it is known; throws when it is not positive. */
function scalarInt(ctx: InferContext, i: number, what: string): number | undefined {
  const v = intsOf(ctx, i);
  if (!v) return undefined;
  if (v.length !== 1) throw new OpError(`${what} must be a scalar, has ${v.length} elements`);
  if (v[0]! <= 0) throw new OpError(`${what} must be positive, got ${v[0]}`);
  return v[0]!;
}

/** The DFT axis: attribute before opset 20, an optional input (default -2) from opset 20. */
function dftAxis(ctx: InferContext, rank: number): number {
  let axis: number;
  if (ctx.opset >= 20) {
    const a = ctx.inputs[2] ? intsOf(ctx, 2) : [-2];
    if (!a) throw new OpError('the axis input is not a known constant');
    axis = a[0]!;
  } else {
    axis = ctx.attrs.int('axis', 1);
  }
  const ax = normalizeAxis(axis, rank);
  if (ax === rank - 1) throw new OpError(`axis ${axis} is the real/imaginary dim, not a signal dim`);
  return ax;
}

function makeDft(since: number): OpDef {
  return {
    domain: '', opType: 'DFT', since,
    doc: { flops: FFT_DOC, peers: 'thop, fvcore and ptflops do not count FFTs; onnx-tool has no DFT' },
    infer(ctx) {
      const x = ctx.shapeOf(0);
      if (x.length < 2) throw new OpError(`input must have rank >= 2 (signal dims + a last dim of 1 or 2), got ${x.length}`);
      const last = x[x.length - 1];
      if (typeof last === 'number' && last !== 1 && last !== 2) throw new OpError(`the last dim must be 1 (real) or 2 (complex), got ${last}`);
      const axis = dftAxis(ctx, x.length);
      // inverse changes the values, not the shape or the FFT count.
      const onesided = ctx.attrs.int('onesided', 0) !== 0;
      const given = ctx.inputs[1] ? scalarInt(ctx, 1, 'dft_length') : undefined;
      if (ctx.inputs[1] && given === undefined) {
        const out = [...x];
        out[axis] = ctx.freshDim('dft_length');
        out[out.length - 1] = 2;
        return single({ dtype: ctx.input(0).type.dtype, shape: out });
      }
      const n: SymDim = given ?? x[axis]!;
      const out = [...x];
      out[axis] = onesided ? (typeof n === 'number' ? Math.floor(n / 2) + 1 : ctx.freshDim('dft_bins')) : n;
      out[out.length - 1] = 2;
      return single({ dtype: ctx.input(0).type.dtype, shape: out });
    },
    cost(ctx): Cost {
      const x = ctx.shapeOf(0);
      const axis = dftAxis(ctx, x.length);
      const n = (ctx.inputs[1] ? scalarInt(ctx, 1, 'dft_length') : undefined) ?? numel([x[axis]!]);
      // Transforms: every element of the other signal dims (batch included), not the complex dim.
      const transforms = numel(x.filter((_, i) => i !== axis && i !== x.length - 1));
      return { macs: 0, flops: transforms * fftFlops(n) };
    },
  };
}

const stftOp: OpDef = {
  domain: '', opType: 'STFT', since: 17,
  doc: {
    flops: `${FFT_DOC} (one transform of frame_length per frame and batch) + 1 per windowed sample when a window is given`,
    peers: 'thop, fvcore and ptflops do not count STFTs',
  },
  infer(ctx) {
    const s = ctx.shapeOf(0);
    if (s.length !== 3) throw new OpError(`signal must be [batch, signal_length, 1 or 2], got rank ${s.length}`);
    const step = scalarInt(ctx, 1, 'frame_step');
    const window = ctx.inputs[2]?.type.shape;
    const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, 'frame_length') : undefined)
      ?? (window && window.length === 1 && typeof window[0] === 'number' ? window[0] : undefined);
    const onesided = ctx.attrs.int('onesided', 1) !== 0;
    const len = s[1];
    let frames: SymDim = ctx.freshDim('stft_frames');
    if (step !== undefined && frameLen !== undefined && typeof len === 'number') {
      if (frameLen > len) throw new OpError(`frame_length ${frameLen} is longer than the signal (${len})`);
      frames = Math.floor((len - frameLen) / step) + 1;
    }
    const bins: SymDim = frameLen === undefined ? ctx.freshDim('stft_bins') : onesided ? Math.floor(frameLen / 2) + 1 : frameLen;
    return single({ dtype: ctx.input(0).type.dtype, shape: [s[0]!, frames, bins, 2] });
  },
  cost(ctx, outputs): Cost {
    const out = outputs[0]!.shape!;
    const window = ctx.inputs[2]?.type.shape;
    const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, 'frame_length') : undefined) ?? window?.[0];
    if (typeof frameLen !== 'number') throw new UnresolvedDimError(typeof frameLen === 'string' ? frameLen : 'frame_length');
    const perFrames = numel([out[0]!, out[1]!]);
    return { macs: 0, flops: perFrames * (fftFlops(frameLen) + (ctx.inputs[2] ? frameLen : 0)) };
  },
};

/** Window generators: output [size] of `output_datatype` (default float). */
function makeWindow(opType: string, perElem: number, doc: OpDoc): OpDef {
  return {
    domain: '', opType, since: 17, doc,
    infer(ctx) {
      const size = scalarInt(ctx, 0, 'size');
      const dtype: DType | undefined = dtypeFromOnnx(ctx.attrs.int('output_datatype', 1));
      if (!dtype) throw new OpError(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int('output_datatype')})`);
      return single({ dtype, shape: [size ?? ctx.freshDim('window_size')] });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: perElem * numel(outputs[0]!.shape!) }),
  };
}

const melOp: OpDef = {
  domain: '', opType: 'MelWeightMatrix', since: 17,
  doc: { flops: '1 per output element (one triangular filter weight each; the few per-bin Hz/mel conversions are not counted)' },
  infer(ctx) {
    for (let i = 0; i < 5; i++) ctx.input(i);
    const bins = scalarInt(ctx, 0, 'num_mel_bins');
    const dftLen = scalarInt(ctx, 1, 'dft_length');
    const dtype = dtypeFromOnnx(ctx.attrs.int('output_datatype', 1));
    if (!dtype) throw new OpError(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int('output_datatype')})`);
    return single({
      dtype,
      shape: [dftLen !== undefined ? Math.floor(dftLen / 2) + 1 : ctx.freshDim('mel_dft_bins'), bins ?? ctx.freshDim('num_mel_bins')],
    });
  },
  cost: (_ctx, outputs) => ({ macs: 0, flops: numel(outputs[0]!.shape!) }),
};

export const ops: OpDef[] = [
  makeDft(17), makeDft(20),
  stftOp,
  // Hann: 0.5 - 0.5 cos(2 pi n / N): the cos (1) + 3 arithmetic. Hamming the same with other
  // constants. Blackman: two cosines (2) + 5 arithmetic.
  makeWindow('HannWindow', 4, { flops: '4 per element (one cosine + 3 arithmetic)' }),
  makeWindow('HammingWindow', 4, { flops: '4 per element (one cosine + 3 arithmetic)' }),
  makeWindow('BlackmanWindow', 7, { flops: '7 per element (two cosines + 5 arithmetic)' }),
  melOp,
];
