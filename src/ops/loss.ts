/**
 * Training losses that appear in exported training graphs: NegativeLogLikelihoodLoss and
 * SoftmaxCrossEntropyLoss (opset 12+). Their later versions only widen the element types.
 *
 * Input [N, C, d1..dk], target [N, d1..dk]; output [N, d1..dk] with reduction 'none', else a
 * scalar. FLOPs per target element: 1 (negate the picked log-probability), +1 with class weights,
 * +1 when reduced (sum; the single mean division is not counted).
 */
import { OpError } from '../shapes/types.js';
import type { Cost, InferContext, OpDef, SymDim, TensorType } from '../shapes/types.js';
import { numel } from '../shapes/util.js';

const REDUCTIONS = ['none', 'sum', 'mean'];

function lossShapes(ctx: InferContext): { scores: readonly SymDim[]; target: SymDim[]; reduction: string } {
  const scores = ctx.shapeOf(0);
  const target = ctx.shapeOf(1);
  if (scores.length < 2) throw new OpError(`input must be [N, C, d1..dk], got rank ${scores.length}`);
  if (target.length !== scores.length - 1) throw new OpError(`target must have rank ${scores.length - 1} ([N, d1..dk]), got ${target.length}`);
  const expected = [scores[0]!, ...scores.slice(2)];
  for (let i = 0; i < target.length; i++) {
    const a = target[i], b = expected[i];
    if (typeof a === 'number' && typeof b === 'number' && a !== b) {
      throw new OpError(`target shape [${target.join(',')}] does not match input [${scores.join(',')}] without the class dim`);
    }
  }
  const reduction = ctx.attrs.string('reduction', 'mean');
  if (!REDUCTIONS.includes(reduction)) throw new OpError(`reduction must be none, sum or mean, got '${reduction}'`);
  return { scores, target: expected, reduction };
}

function nllFlops(ctx: InferContext, targetElems: number, reduction: string): number {
  return targetElems * (1 + (ctx.inputs[2] ? 1 : 0) + (reduction === 'none' ? 0 : 1));
}

function makeNll(since: number): OpDef {
  return {
    domain: '', opType: 'NegativeLogLikelihoodLoss', since,
    doc: {
      flops: '1 per target element (negate the picked log-probability) + 1 with class weights + 1 when reduced (sum or mean)',
      peers: 'thop, fvcore and ptflops count no FLOPs for losses',
    },
    infer(ctx) {
      const { target, reduction } = lossShapes(ctx);
      return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: reduction === 'none' ? target : [] }] };
    },
    cost(ctx): Cost {
      const { target, reduction } = lossShapes(ctx);
      return { macs: 0, flops: nllFlops(ctx, numel(target), reduction) };
    },
  };
}

function makeSce(since: number): OpDef {
  return {
    domain: '', opType: 'SoftmaxCrossEntropyLoss', since,
    doc: {
      flops: '3 per score element (LogSoftmax over the class dim, as Softmax) + the NegativeLogLikelihoodLoss count per target element',
      peers: 'thop, fvcore and ptflops count no FLOPs for losses',
    },
    infer(ctx) {
      const { scores, target, reduction } = lossShapes(ctx);
      const dtype = ctx.input(0).type.dtype;
      const outputs: TensorType[] = [{ dtype, shape: reduction === 'none' ? target : [] }];
      // Optional second output: the log-probabilities, shaped like the scores.
      if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== '') outputs.push({ dtype, shape: [...scores] });
      return { outputs };
    },
    cost(ctx): Cost {
      const { scores, target, reduction } = lossShapes(ctx);
      return { macs: 0, flops: 3 * numel(scores) + nllFlops(ctx, numel(target), reduction) };
    },
  };
}

export const ops: OpDef[] = [
  // Versions 13 and 22 only add element types: one definition each serves them.
  makeNll(12),
  makeSce(12),
];
