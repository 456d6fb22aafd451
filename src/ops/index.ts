/** Every op family, registered once. Add a family file here. */
import { OpRegistry } from './registry.js';
import { ops as conv } from './conv.js';
import { ops as pool } from './pool.js';
import { ops as matmul } from './matmul.js';
import { ops as rnn } from './rnn.js';
import { ops as attention } from './attention.js';
import { ops as elementwise } from './elementwise.js';
import { ops as activation } from './activation.js';
import { ops as normalization } from './normalization.js';
import { ops as reduce } from './reduce.js';
import { ops as quantize } from './quantize.js';
import { ops as shapeOps } from './shape-ops.js';
import { ops as tensor } from './tensor.js';
import { ops as indexing } from './indexing.js';
import { ops as resize } from './resize.js';
import { ops as generators } from './generators.js';
import { ops as ml } from './ml.js';
import { ops as controlFlow } from './control-flow.js';
import { ops as signal } from './signal.js';
import { ops as loss } from './loss.js';
import { ops as text } from './text.js';
import { ops as stateSpace } from './state-space.js';
import { ops as tflite } from './tflite.js';

export const registry = new OpRegistry([
  ...conv,
  ...pool,
  ...matmul,
  ...rnn,
  ...attention,
  ...elementwise,
  ...activation,
  ...normalization,
  ...reduce,
  ...quantize,
  ...shapeOps,
  ...tensor,
  ...indexing,
  ...resize,
  ...generators,
  ...ml,
  ...controlFlow,
  ...signal,
  ...loss,
  ...text,
  ...stateSpace,
  ...tflite,
]);
