/**
 * A synthetic transformer-like ONNX graph for issue 14's scale target: pre-norm encoder layers
 * (LayerNorm, Q/K/V projections, head split, scaled-dot-product attention, output projection,
 * MLP, residual adds; 29 nodes a layer) repeated until the graph has `nodes` nodes. The layers
 * share one set of weights so that the file stays a few MB: the bench measures the engine, not
 * the reader. `dynamicSeq` declares the sequence length as the symbolic dim 'seq' (the reshapes
 * copy it with 0), the way exported models keep it free.
 */
import { writeFileSync } from 'node:fs';
import { GraphBuilder, modelBytes } from '../test/support/onnx-writer.js';

const NODES_PER_LAYER = 29;
const HIDDEN = 64;
const HEADS = 4;
const SEQ = 128;

export interface SyntheticTransformer {
  readonly path: string;
  readonly nodes: number;
  readonly fileBytes: number;
}

export function writeSyntheticTransformer(path: string, nodes: number, dynamicSeq: boolean): SyntheticTransformer {
  const g = new GraphBuilder('synthetic_transformer');
  const d = HIDDEN;
  const dh = d / HEADS;
  g.input('x', 'float32', [1, dynamicSeq ? 'seq' : SEQ, d]);
  for (const w of ['wq', 'wk', 'wv', 'wo']) g.initializer(w, 'float32', [d, d]);
  g.initializer('w1', 'float32', [d, 4 * d]);
  g.initializer('w2', 'float32', [4 * d, d]);
  for (const b of ['bq', 'bk', 'bv', 'bo', 'b2', 'ln_g', 'ln_b']) g.initializer(b, 'float32', [d]);
  g.initializer('b1', 'float32', [4 * d]);
  g.initializer('heads_shape', 'int64', [4], { values: [0, 0, HEADS, dh] });
  g.initializer('merge_shape', 'int64', [3], { values: [0, 0, d] });
  g.initializer('scale', 'float32', [], { values: [Math.sqrt(dh)] });

  const layers = Math.max(1, Math.round(nodes / NODES_PER_LAYER));
  let x = 'x';
  for (let l = 0; l < layers; l++) {
    const p = `l${l}_`;
    const [ln1] = g.node('LayerNormalization', [x, 'ln_g', 'ln_b'], [`${p}ln1`], { axis: -1 });
    const head = (w: string, b: string, perm: number[]): string => {
      const [m] = g.node('MatMul', [ln1!, w], [`${p}${w}_mm`]);
      const [a] = g.node('Add', [m!, b], [`${p}${w}_add`]);
      const [r] = g.node('Reshape', [a!, 'heads_shape'], [`${p}${w}_split`]);
      return g.node('Transpose', [r!], [`${p}${w}_heads`], { perm })[0]!;
    };
    const q = head('wq', 'bq', [0, 2, 1, 3]);
    const k = head('wk', 'bk', [0, 2, 3, 1]);
    const v = head('wv', 'bv', [0, 2, 1, 3]);
    const [scores] = g.node('MatMul', [q, k], [`${p}scores`]);
    const [scaled] = g.node('Div', [scores!, 'scale'], [`${p}scaled`]);
    const [probs] = g.node('Softmax', [scaled!], [`${p}probs`], { axis: -1 });
    const [ctx] = g.node('MatMul', [probs!, v], [`${p}ctx`]);
    const [merged] = g.node('Transpose', [ctx!], [`${p}ctx_t`], { perm: [0, 2, 1, 3] });
    const [flat] = g.node('Reshape', [merged!, 'merge_shape'], [`${p}ctx_flat`]);
    const [o] = g.node('MatMul', [flat!, 'wo'], [`${p}o_mm`]);
    const [ob] = g.node('Add', [o!, 'bo'], [`${p}o_add`]);
    const [res1] = g.node('Add', [x, ob!], [`${p}res1`]);
    const [ln2] = g.node('LayerNormalization', [res1!, 'ln_g', 'ln_b'], [`${p}ln2`], { axis: -1 });
    const [h1] = g.node('MatMul', [ln2!, 'w1'], [`${p}h1`]);
    const [h1b] = g.node('Add', [h1!, 'b1'], [`${p}h1b`]);
    const [act] = g.node('Relu', [h1b!], [`${p}act`]);
    const [h2] = g.node('MatMul', [act!, 'w2'], [`${p}h2`]);
    const [h2b] = g.node('Add', [h2!, 'b2'], [`${p}h2b`]);
    x = g.node('Add', [res1!, h2b!], [`${p}out`])[0]!;
  }
  g.output(x, 'float32', [1, dynamicSeq ? 'seq' : SEQ, d]);
  const bytes = modelBytes(g, { opset: 17 });
  writeFileSync(path, bytes);
  return { path, nodes: layers * NODES_PER_LAYER, fileBytes: bytes.length };
}
