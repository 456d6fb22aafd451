/**
 * TensorFlow Lite builtin operators (domain 'tflite', one version: TFLite op versions change
 * kernels, not shapes or arithmetic). STABLEHLO_* and custom ops are deliberately absent: the
 * engine reports them by name as not costed and marks the totals as a lower bound.
 */
import type { OpDef } from '../shapes/types.js';
import { controlOps } from './tflite-control.js';
import { tflOp } from './tflite-common.js';
import { nnDefs } from './tflite-nn.js';
import { tensorDefs } from './tflite-tensor.js';

export const ops: OpDef[] = [...nnDefs, ...tensorDefs, ...controlOps.map(tflOp)];
