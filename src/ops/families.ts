/**
 * Every op family file, and how to load it. A family is loaded only when a model uses one of its
 * ops (ops/load.ts): a bundle makes each import below its own chunk, so `model-budget profile` of
 * a CNN compiles the conv, pool and activation code and not the TFLite, RNN or ML code (issue 14,
 * process start). Add a family file here, then run `npm run docs` to regenerate ops/op-index.ts.
 */
import type { OpDef } from '../shapes/types.js';
// Helpers many families share, loaded here with the registry: the bundler copies a small module
// that several lazily loaded chunks share into each of them, and a small CNN's families then
// carried six copies of shapes/util and three of window (47 KB of its 184 KB of op code).
import '../shapes/util.js';
import './window.js';

type FamilyLoader = () => Promise<{ readonly ops: readonly OpDef[] }>;

export const FAMILY_LOADERS = {
  conv: () => import('./conv.js'),
  pool: () => import('./pool.js'),
  matmul: () => import('./matmul.js'),
  rnn: () => import('./rnn.js'),
  attention: () => import('./attention.js'),
  elementwise: () => import('./elementwise.js'),
  activation: () => import('./activation.js'),
  normalization: () => import('./normalization.js'),
  reduce: () => import('./reduce.js'),
  quantize: () => import('./quantize.js'),
  'shape-ops': () => import('./shape-ops.js'),
  tensor: () => import('./tensor.js'),
  indexing: () => import('./indexing.js'),
  resize: () => import('./resize.js'),
  generators: () => import('./generators.js'),
  ml: () => import('./ml.js'),
  'control-flow': () => import('./control-flow.js'),
  signal: () => import('./signal.js'),
  loss: () => import('./loss.js'),
  text: () => import('./text.js'),
  'state-space': () => import('./state-space.js'),
  tflite: () => import('./tflite.js'),
} satisfies Record<string, FamilyLoader>;

export type OpFamily = keyof typeof FAMILY_LOADERS;

export const OP_FAMILIES = Object.keys(FAMILY_LOADERS) as OpFamily[];
