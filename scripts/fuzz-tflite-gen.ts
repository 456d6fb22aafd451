/**
 * Generated TFLite models for `npm run fuzz -- --format tflite`: the code byte and slot mutations
 * cannot reach. A flipped byte never turns a RELU body into one that concatenates its carried
 * value with itself, and the builder writes `is_variable` only where it is true, so no slot of a
 * seed holds it. Each model is a WHILE over a counter and a carried x whose body hands x back
 * grown (CONCATENATION, PAD), shrunk (SLICE), in another rank (RESHAPE), transposed, or unchanged,
 * with declared shapes that are right or lie, hostile trip counts, and `is_variable` set on tensors
 * of every role (graph inputs and outputs, constants, body and condition tensors, the carried
 * values, tensors no operator reads), a state tensor of its own in a subgraph now and then.
 */
import { TfliteBuilder } from '../test/support/tflite-writer.js';
import type { SubgraphBuilder, TensorSpec } from '../test/support/tflite-writer.js';

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

type Change = 'same' | 'concat' | 'pad' | 'slice' | 'reshape' | 'transpose';

/** A random WHILE model (see above); `info.what` gets the choices made, to name a failing case. */
export function generatedWhile(rnd: () => number, info?: { what?: string }): Uint8Array {
  const varP = pick(rnd, [0, 0.1, 0.3, 0.7]);
  const variable = (): boolean => rnd() < varP;
  const rows = pick(rnd, [1, 2, 3, 4]), cols = pick(rnd, [1, 4, 8]);
  const change: Change = pick(rnd, ['same', 'concat', 'pad', 'slice', 'reshape', 'transpose'] as const);
  const axis = pick(rnd, [0, 1, -1, 2]);
  const next: number[] = change === 'concat' ? (axis === 0 ? [2 * rows, cols] : [rows, 2 * cols])
    : change === 'pad' ? [rows + 2, cols]
      : change === 'slice' ? [Math.max(rows - 1, 0), cols]
        : change === 'reshape' ? [rows * cols]
          : change === 'transpose' ? [cols, rows] : [rows, cols];
  // The shape the file declares for the carried value after the body: right, or a lie.
  const declared = (): number[] => (rnd() < 0.7 ? next : pick(rnd, [[rows, cols], [1], [], [rows, cols, 1], [0, cols]]));
  const limit = pick(rnd, [0, 1, 2, 3, 5, 100, 2 ** 31 - 1, -3]);
  const step = pick(rnd, [1, 1, 2, 0, -1]);
  const compare = pick(rnd, ['LESS', 'LESS_EQUAL', 'GREATER', 'NOT_EQUAL']);
  const nested = rnd() < 0.1;

  const m = new TfliteBuilder();
  const t = (g: SubgraphBuilder, spec: TensorSpec): number => g.tensor({ ...spec, isVariable: spec.isVariable ?? variable() });
  const g = m.main;
  const i0 = t(g, { name: 'i0', type: 'INT32', shape: [], data: { ints: [0] } });
  const x = t(g, { name: 'x', shape: [rows, cols] });
  const iOut = t(g, { name: 'i_final', type: 'INT32', shape: [] });
  const y = t(g, { name: 'y', shape: declared() });
  const carried = rnd() < 0.1 ? [i0, x, x] : [i0, x];
  const outs = carried.length === 3 ? [iOut, y, t(g, { name: 'y2', shape: [rows, cols] })] : [iOut, y];
  g.op({ op: 'WHILE', inputs: carried, outputs: outs, options: { table: 'WhileOptions', values: { cond_subgraph_index: 1, body_subgraph_index: 2 } } });
  const z = t(g, { name: 'z', shape: declared() });
  if (rnd() < 0.5) {
    g.op({ op: 'RELU', inputs: [y], outputs: [z] });
    g.outputs = [z];
  } else g.outputs = rnd() < 0.5 ? [y, iOut] : [y];
  g.inputs = rnd() < 0.1 ? [x, i0] : [x];
  if (rnd() < 0.2) t(g, { name: 'state', shape: [rows, cols], isVariable: true });

  const c = m.subgraph('cond');
  const ci = t(c, { name: 'i', type: 'INT32', shape: [] });
  const cx = t(c, { name: 'x', shape: [rows, cols] });
  const lim = t(c, { name: 'limit', type: 'INT32', shape: [], data: { ints: [limit] } });
  const cond = t(c, { name: 'cond', type: 'BOOL', shape: [] });
  c.op({ op: compare, inputs: [ci, lim], outputs: [cond] });
  c.inputs = carried.length === 3 ? [ci, cx, t(c, { name: 'x2', shape: [rows, cols] })] : [ci, cx];
  c.outputs = [cond];
  if (rnd() < 0.1) t(c, { name: 'cstate', shape: [4], isVariable: true });

  const b = m.subgraph('body');
  const bi = t(b, { name: 'i', type: 'INT32', shape: [] });
  const bx = t(b, { name: 'x', shape: [rows, cols] });
  const one = t(b, { name: 'step', type: 'INT32', shape: [], data: { ints: [step] } });
  const ni = t(b, { name: 'i_next', type: 'INT32', shape: [] });
  const w = t(b, { name: 'w', shape: [cols, cols], data: cols * cols * 4 });
  const fc = t(b, { name: 'fc', shape: [rows, cols] });
  const nx = t(b, { name: 'x_next', shape: declared() });
  b.op({ op: 'ADD', inputs: [bi, one], outputs: [ni], options: { table: 'AddOptions', values: {} } });
  b.op({ op: 'FULLY_CONNECTED', inputs: [bx, w, -1], outputs: [fc], options: { table: 'FullyConnectedOptions', values: {} } });
  const src = rnd() < 0.5 ? fc : bx;
  const ints = (name: string, v: number[], shape = [v.length]): number => t(b, { name, type: 'INT32', shape, data: { ints: v } });
  switch (change) {
    case 'same': b.op({ op: 'RELU', inputs: [src], outputs: [nx] }); break;
    case 'concat': b.op({ op: 'CONCATENATION', inputs: [src, fc], outputs: [nx], options: { table: 'ConcatenationOptions', values: { axis } } }); break;
    case 'pad': b.op({ op: 'PAD', inputs: [src, ints('paddings', [1, 1, 0, 0], [2, 2])], outputs: [nx] }); break;
    case 'slice': b.op({ op: 'SLICE', inputs: [src, ints('begin', [1, 0]), ints('size', [Math.max(rows - 1, 0), cols])], outputs: [nx] }); break;
    case 'reshape': b.op({ op: 'RESHAPE', inputs: [src, ints('shape', [rows * cols])], outputs: [nx] }); break;
    case 'transpose': b.op({ op: 'TRANSPOSE', inputs: [src, ints('perm', [1, 0])], outputs: [nx] }); break;
  }
  let last = nx;
  if (nested) {
    // A WHILE inside the body running the same subgraphs: a subgraph that calls itself.
    const again = t(b, { name: 'again', shape: [rows, cols] });
    const ai = t(b, { name: 'again_i', type: 'INT32', shape: [] });
    b.op({ op: 'WHILE', inputs: [ni, nx], outputs: [ai, again], options: { table: 'WhileOptions', values: { cond_subgraph_index: 1, body_subgraph_index: 2 } } });
    last = again;
  }
  b.inputs = carried.length === 3 ? [bi, bx, t(b, { name: 'x2', shape: [rows, cols] })] : [bi, bx];
  b.outputs = carried.length === 3 ? [ni, last, b.inputs[2]!] : rnd() < 0.1 ? [ni] : [ni, last];
  if (rnd() < 0.2) t(b, { name: 'bstate', shape: [rows, cols], isVariable: true });
  if (info) info.what = `${change} axis ${axis} rows ${rows} cols ${cols} limit ${limit} step ${step} ${compare} carried ${carried.length} nested ${nested} outs ${b.outputs.length} var ${varP}`;
  return m.build();
}
