/**
 * Normalization layers.
 *
 * FLOPs convention (fvcore's): normalising with computed statistics costs 4 per element (mean
 * accumulate, centre, variance accumulate, normalise) plus 1 for the affine scale/shift, so
 * LayerNorm/InstanceNorm/GroupNorm = 5; RMS norms skip the mean and centring: 3 (mean of squares,
 * normalise, scale). Inference BatchNorm uses stored statistics: scale + shift = 2. Per-row work
 * (rsqrt of the variance) is not counted.
 */
import { dtypeFromOnnx } from '../formats/onnx/dtype-codes.js';
import type { DType } from '../graph/dtype.js';
import { OpError } from '../shapes/types.js';
import type { InferContext, OpDef, OpDoc, SymDim, TensorType } from '../shapes/types.js';
import { broadcastShapes, elementsOf, normalizeAxis } from '../shapes/util.js';

/** The statistics shape of a LayerNorm-style op: dims from `axis` on set to 1. */
function statsShape(shape: readonly SymDim[] | undefined, axis: number): SymDim[] | undefined {
  if (!shape) return undefined;
  const a = normalizeAxis(axis, shape.length);
  return shape.map((d, i) => (i < a ? d : 1));
}

function stashDType(ctx: InferContext): DType {
  const code = ctx.attrs.int('stash_type', 1);
  const d = dtypeFromOnnx(code);
  if (!d) throw new OpError(`attribute 'stash_type' has unknown data type code ${code}`);
  return d;
}

/** Output count as declared by the node (trailing outputs may be omitted). */
function outputCount(ctx: InferContext): number {
  return ctx.node.outputs.length;
}

// ---- BatchNormalization ----------------------------------------------------------------------

/**
 * BatchNormalization: Y plus optional statistics outputs. Opset 1-6 had is_test and 5 outputs,
 * 7-9 optional training outputs (mean, var, saved_mean, saved_var), 14 replaced them with
 * training_mode and 3 outputs (Y, running_mean, running_var); 15 only relaxed the types.
 */
function batchNorm(since: number): OpDef {
  const training = (ctx: InferContext): boolean => {
    if (since >= 14) return ctx.attrs.int('training_mode', 0) === 1;
    if (since < 7 && ctx.attrs.int('is_test', 0) === 1) return false;
    // Before 14 a node in training mode is one that asks for its statistics outputs.
    return ctx.node.outputs.slice(1).some((o) => o !== '');
  };
  return {
    domain: '', opType: 'BatchNormalization', since,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (shape && shape.length < 2) throw new OpError(`BatchNormalization input must have rank >= 2 (N, C, ...), got rank ${shape.length}`);
      const mean = ctx.inputs[3];
      const statDType = mean?.type.dtype ?? ctx.inputs[1]?.type.dtype ?? x.type.dtype;
      // spatial=0 (opset < 9) gives per-activation statistics shaped like the scale input.
      const statShape: readonly SymDim[] | undefined = mean?.type.shape ?? ctx.inputs[1]?.type.shape ?? (shape ? [shape[1]!] : undefined);
      const outputs: TensorType[] = [{ dtype: x.type.dtype, shape }];
      for (let i = 1; i < outputCount(ctx); i++) outputs.push({ dtype: statDType, shape: statShape });
      return { outputs };
    },
    cost(ctx, outputs) {
      const n = elementsOf(outputs[0]!);
      return { macs: 0, flops: (training(ctx) ? 5 : 2) * n };
    },
    doc: {
      flops: since >= 14
        ? '2 per element in inference (scale and shift with stored statistics); 5 with training_mode=1 (statistics computed, like InstanceNormalization)'
        : '2 per element in inference (scale and shift with stored statistics); 5 when the node asks for its training statistics outputs',
      peers: 'thop counts 4 per element (2 with affine off), fvcore 2 in inference (5 in training), ptflops 2 with affine, onnx-tool 31 MACs per element',
    },
  };
}

// ---- LayerNorm-style (statistics over the trailing dims from `axis`) ------------------------

interface LayerNormSpec {
  readonly domain: string;
  readonly opType: string;
  readonly since: number;
  /** FLOPs per element of the normalised input. */
  readonly perElem: number;
  /** Output index layout: which outputs are statistics (others are shaped like X). */
  readonly statOutputs: readonly number[];
  readonly doc: OpDoc;
}

function layerNormLike(spec: LayerNormSpec): OpDef {
  return {
    domain: spec.domain, opType: spec.opType, since: spec.since,
    infer(ctx) {
      const x = ctx.input(0);
      const axis = ctx.attrs.int('axis', -1);
      const stats = statsShape(x.type.shape, axis);
      const statDType = stashDType(ctx);
      const outputs: TensorType[] = [];
      for (let i = 0; i < outputCount(ctx); i++) {
        outputs.push(spec.statOutputs.includes(i) ? { dtype: statDType, shape: stats } : { dtype: x.type.dtype, shape: x.type.shape });
      }
      return { outputs };
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: spec.perElem * elementsOf(outputs[0]!) }),
    doc: spec.doc,
  };
}

const LN_DOC: OpDoc = {
  flops: '5 per element (mean accumulate, centre, variance accumulate, normalise, affine scale/shift); statistics over the dims from axis (default -1)',
  peers: 'fvcore counts 5 per element (4 without affine), thop 4 (2 without affine), ptflops 2 with affine',
};
const RMS_DOC: OpDoc = { flops: '3 per element (mean of squares, normalise, scale); statistics over the dims from axis (default -1)' };

// ---- Skip* fusions (onnxruntime): residual add + norm ----------------------------------------

/**
 * SkipLayerNormalization / SkipSimplifiedLayerNormalization: sum = input + skip (+ bias), then
 * the norm over the last dim. Outputs: output, mean, inv_std_var (shape of input with the last
 * dim 1, float32), input_skip_bias_sum (shape of input).
 */
function skipNorm(opType: string, normPerElem: number, biasIndex: number, doc: OpDoc): OpDef {
  return {
    domain: 'com.microsoft', opType, since: 1,
    infer(ctx) {
      const x = ctx.input(0);
      const skip = ctx.input(1);
      ctx.input(2); // gamma is required
      let shape = x.type.shape;
      if (shape && shape.length < 2) throw new OpError(`${opType} input must have rank >= 2, got rank ${shape.length}`);
      // skip may be (B,S,H), (1,S,H) or (S,H): it broadcasts onto the input.
      if (shape && skip.type.shape) shape = broadcastShapes([shape, skip.type.shape]);
      const stats = shape ? [...shape.slice(0, -1), 1] : undefined;
      const outputs: TensorType[] = [];
      for (let i = 0; i < outputCount(ctx); i++) {
        outputs.push(i === 1 || i === 2 ? { dtype: 'float32', shape: stats } : { dtype: x.type.dtype, shape });
      }
      return { outputs };
    },
    cost(ctx, outputs) {
      const perElem = 1 + (ctx.inputs[biasIndex] ? 1 : 0) + normPerElem;
      return { macs: 0, flops: perElem * elementsOf(outputs[0]!) };
    },
    doc,
  };
}

// ---- onnxruntime GroupNorm / SkipGroupNorm (diffusion UNets, NHWC by default) ----------------

/**
 * com.microsoft GroupNorm and SkipGroupNorm: GroupNorm 5 per element plus an optional SiLU
 * (activation=1: sigmoid and multiply, 2); SkipGroupNorm first adds skip (and bias), 1 each, and
 * can output that sum as a second output S.
 */
function msGroupNorm(opType: 'GroupNorm' | 'SkipGroupNorm'): OpDef {
  const skip = opType === 'SkipGroupNorm';
  return {
    domain: 'com.microsoft', opType, since: 1,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (shape && shape.length < 2) throw new OpError(`${opType} input must have rank >= 2, got rank ${shape.length}`);
      const groups = ctx.attrs.int('groups');
      if (groups <= 0) throw new OpError(`groups must be positive, got ${groups}`);
      const channelsLast = ctx.attrs.int('channels_last', 1) === 1;
      const c = shape ? shape[channelsLast ? shape.length - 1 : 1] : undefined;
      if (typeof c === 'number' && c % groups !== 0) throw new OpError(`channels ${c} are not divisible by groups ${groups}`);
      const out: TensorType = { dtype: x.type.dtype, shape };
      return { outputs: skip ? Array.from({ length: Math.max(1, outputCount(ctx)) }, () => out) : [out] };
    },
    cost(ctx, outputs) {
      const act = ctx.attrs.int('activation') === 1 ? 2 : 0;
      const pre = skip ? 1 + (ctx.inputs[4] ? 1 : 0) : 0;
      return { macs: 0, flops: (pre + 5 + act) * elementsOf(outputs[0]!) };
    },
    doc: {
      flops: skip
        ? '1 per element for the skip add + 1 when the bias input is present + 5 for the GroupNorm + 2 with activation=1 (SiLU)'
        : '5 per element (GroupNorm) + 2 with activation=1 (SiLU: sigmoid, multiply)',
    },
  };
}

// ---- the rest --------------------------------------------------------------------------------

function sameShape(opType: string, since: number, perElem: (ctx: InferContext) => number, doc: OpDoc, domain = '', validate?: (ctx: InferContext) => void): OpDef {
  return {
    domain, opType, since,
    infer(ctx) {
      const x = ctx.input(0);
      validate?.(ctx);
      return { outputs: [{ dtype: x.type.dtype, shape: x.type.shape }] };
    },
    cost: (ctx, outputs) => ({ macs: 0, flops: perElem(ctx) * elementsOf(outputs[0]!) }),
    doc,
  };
}

const requireRank = (min: number) => (ctx: InferContext): void => {
  const s = ctx.input(0).type.shape;
  if (s && s.length < min) throw new OpError(`${ctx.node.opType} input must have rank >= ${min}, got rank ${s.length}`);
};

export const ops: OpDef[] = [
  // 9 (spatial removed) and 15 (type relaxation) change neither shapes nor cost.
  ...[1, 7, 14].map(batchNorm),
  sameShape('InstanceNormalization', 1, () => 5, {
    flops: '5 per element (statistics per sample and channel: mean, centre, variance, normalise, affine)',
    peers: 'thop counts 4 per element with affine',
  }, '', requireRank(3)),
  sameShape('GroupNormalization', 18, () => 5, {
    flops: '5 per element (statistics per sample and group: mean, centre, variance, normalise, affine)',
  }, '', (ctx) => {
    requireRank(2)(ctx);
    const groups = ctx.attrs.int('num_groups');
    const c = ctx.input(0).type.shape?.[1];
    if (groups <= 0) throw new OpError(`num_groups must be positive, got ${groups}`);
    if (typeof c === 'number' && c % groups !== 0) throw new OpError(`channels ${c} are not divisible by num_groups ${groups}`);
    // scale and bias: one per group up to opset 20, one per channel from opset 21.
    const perChannel = ctx.opset >= 21;
    const want: SymDim | undefined = perChannel ? c : groups;
    for (const [i, name] of [[1, 'scale'], [2, 'bias']] as const) {
      const s = ctx.input(i).type.shape;
      if (!s) continue;
      if (s.length !== 1) throw new OpError(`${name} must be 1-D [${perChannel ? 'C' : 'num_groups'}], got [${s.join(',')}]`);
      if (typeof s[0] === 'number' && typeof want === 'number' && s[0] !== want) {
        throw new OpError(`${name} has ${s[0]} entries, expected ${want} (${perChannel ? 'channels, opset 21+' : 'num_groups, opset 18-20'})`);
      }
    }
  }),
  layerNormLike({ domain: '', opType: 'LayerNormalization', since: 17, perElem: 5, statOutputs: [1, 2], doc: LN_DOC }),
  // onnxruntime's contrib LayerNormalization predates opset 17 and has the same signature.
  layerNormLike({ domain: 'com.microsoft', opType: 'LayerNormalization', since: 1, perElem: 5, statOutputs: [1, 2], doc: LN_DOC }),
  layerNormLike({ domain: '', opType: 'RMSNormalization', since: 23, perElem: 3, statOutputs: [], doc: RMS_DOC }),
  // onnxruntime registers SimplifiedLayerNormalization in the default domain (and com.microsoft); outputs Y, inv_std_var.
  layerNormLike({ domain: '', opType: 'SimplifiedLayerNormalization', since: 1, perElem: 3, statOutputs: [1], doc: RMS_DOC }),
  layerNormLike({ domain: 'com.microsoft', opType: 'SimplifiedLayerNormalization', since: 1, perElem: 3, statOutputs: [1], doc: RMS_DOC }),
  skipNorm('SkipLayerNormalization', 5, 4, {
    flops: '1 per element for the skip add + 1 when the bias input is present + 5 for the LayerNorm',
  }),
  skipNorm('SkipSimplifiedLayerNormalization', 3, 3, {
    flops: '1 per element for the skip add + 1 when the bias input is present + 3 for the RMS norm',
  }),
  sameShape('LpNormalization', 1, () => 3, { flops: '3 per element (abs or square, accumulate, divide by the norm); the per-row root is not counted' }),
  sameShape('LRN', 1, (ctx) => ctx.attrs.int('size') + 4, {
    flops: '(size + 4) per element: square 1, window sum size-1, scale by alpha/size, add bias, pow beta, divide',
  }, '', (ctx) => {
    if (ctx.attrs.int('size') <= 0) throw new OpError(`LRN size must be positive, got ${ctx.attrs.int('size')}`);
  }),
  msGroupNorm('GroupNorm'),
  msGroupNorm('SkipGroupNorm'),
  sameShape('MeanVarianceNormalization', 9, () => 4, { flops: '4 per element (mean, centre, variance, normalise; no affine)' }),
];
