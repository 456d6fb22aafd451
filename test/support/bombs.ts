/**
 * Resource bombs: small ONNX files that ask the shape/cost engine for absurd work (issue 8 items
 * 6-9, issue 9 "robustness figures"). Used by the unit tests (small sizes, limits lowered where
 * the test would otherwise be slow) and by `npm run fuzz` (full sizes). Every builder is
 * deterministic.
 */
import protobuf from 'protobufjs';
import { ATTRIBUTE_TYPE } from '../../src/formats/onnx/schema.js';
import { FunctionBuilder, GraphBuilder, encodeMessage, modelBytes, toInt64 } from './onnx-writer.js';

/** A model whose op takes a shape input declared with `length` elements (its values unknown). */
export function rankBomb(op: 'ConstantOfShape' | 'Reshape' | 'Expand' | 'Tile' | 'Slice', length: number): Uint8Array {
  const g = new GraphBuilder('main');
  g.input('s', 'int64', [length]);
  if (op === 'ConstantOfShape') g.node(op, ['s'], ['y']);
  else {
    g.input('x', 'float32', [2]);
    if (op === 'Slice') g.node(op, ['x', 's', 's'], ['y']);
    else g.node(op, ['x', 's'], ['y']);
  }
  g.output('y', 'float32', null);
  return modelBytes(g, { opset: 17 });
}

/** Shape arithmetic that folds to 2^62 elements (each dim safe, the product not). */
export function hugeTensorBomb(op: 'ConstantOfShape' | 'Expand' | 'Tile' | 'Range'): Uint8Array {
  const g = new GraphBuilder('main');
  const big = 2 ** 31;
  if (op === 'ConstantOfShape') {
    g.initializer('s', 'int64', [2], { values: [big, big] });
    g.node(op, ['s'], ['y']);
  } else if (op === 'Expand') {
    g.input('x', 'float32', [1, 1]);
    g.initializer('s', 'int64', [2], { values: [big, big] });
    g.node(op, ['x', 's'], ['y']);
  } else if (op === 'Tile') {
    g.input('x', 'float32', [big]);
    g.initializer('r', 'int64', [1], { values: [big] });
    g.node(op, ['x', 'r'], ['y']);
  } else {
    g.initializer('start', 'int64', [], { values: [0] });
    g.initializer('limit', 'int64', [], { values: [2n ** 62n] });
    g.initializer('delta', 'int64', [], { values: [1] });
    g.node(op, ['start', 'limit', 'delta'], ['y']);
  }
  g.output('y', op === 'Range' ? 'int64' : 'float32', null);
  return modelBytes(g, { opset: 17 });
}

/**
 * Loop with a constant trip count whose body adds two [width] float vectors: the body costs
 * `width` FLOPs, the node trips x width.
 */
export function loopTripsBomb(trips: number | bigint, width = 1): Uint8Array {
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('cond_in', 'bool', []);
  body.input('v_in', 'float32', [width]);
  body.node('Identity', ['cond_in'], ['cond_out']);
  body.node('Add', ['v_in', 'v_in'], ['v_out']);
  body.output('cond_out', 'bool', []);
  body.output('v_out', 'float32', [width]);
  const g = new GraphBuilder('main');
  g.input('v', 'float32', [width]);
  g.initializer('M', 'int64', [], { values: [BigInt(trips)] });
  g.initializer('c', 'bool', [], { values: [1] });
  g.node('Loop', ['M', 'c', 'v'], ['y'], { body });
  g.output('y', 'float32', [width]);
  return modelBytes(g, { opset: 17 });
}

/**
 * `copies` Loops in a row, each nesting `levels` Loops of `trips` iterations around a body that
 * adds two [width] float vectors: each top-level Loop costs width x trips^levels FLOPs.
 */
export function nestedLoops(levels: number, trips: bigint, width: number, copies = 1): Uint8Array {
  const loopBody = (level: number): GraphBuilder => {
    const body = new GraphBuilder(`body${level}`);
    body.input('i', 'int64', []);
    body.input('cond_in', 'bool', []);
    body.input('v_in', 'float32', [width]);
    body.node('Identity', ['cond_in'], ['cond_out']);
    if (level === levels) body.node('Add', ['v_in', 'v_in'], ['v_out']);
    else {
      body.initializer('M', 'int64', [], { values: [trips] });
      body.initializer('c', 'bool', [], { values: [1] });
      body.node('Loop', ['M', 'c', 'v_in'], ['v_out'], { body: loopBody(level + 1) });
    }
    body.output('cond_out', 'bool', []);
    body.output('v_out', 'float32', [width]);
    return body;
  };
  const g = new GraphBuilder('main');
  g.input('v', 'float32', [width]);
  g.initializer('M', 'int64', [], { values: [trips] });
  g.initializer('c', 'bool', [], { values: [1] });
  let h = 'v';
  for (let k = 0; k < copies; k++) {
    const out = `y${k}`;
    g.node('Loop', ['M', 'c', h], [out], { body: loopBody(1) });
    h = out;
  }
  g.output(h, 'float32', [width]);
  return modelBytes(g, { opset: 17 });
}

// ---- nesting ------------------------------------------------------------------------------------

function varint(n: number): Uint8Array {
  return protobuf.Writer.create().uint32(n).finish();
}

function field(num: number, payload: Uint8Array): Uint8Array[] {
  return [varint((num << 3) | 2), varint(payload.length), payload];
}

function cat(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A model whose graph holds an If whose then-branch holds an If ... `depth` levels deep (the else
 * branches are empty). Written level by level around a hole, so 10,000 levels cost linear time:
 * each level is `head(len(inner)) inner tail`.
 */
export function nestedIfBomb(depth: number): Uint8Array {
  const enc = new TextEncoder();
  const leaf = encodeMessage('GraphProto', { name: 'leaf', output: [{ name: 'c' }] });
  const elseAttr = encodeMessage('AttributeProto', { name: 'else_branch', type: ATTRIBUTE_TYPE.GRAPH, g: { name: 'e', output: [{ name: 'c' }] } });
  const nodePre = cat([...field(1, enc.encode('c')), ...field(2, enc.encode('y')), ...field(4, enc.encode('If')), ...field(5, elseAttr)]);
  const attrPre = cat([...field(1, enc.encode('then_branch')), varint(20 << 3), varint(ATTRIBUTE_TYPE.GRAPH)]);
  const graphPost = cat(field(12, encodeMessage('ValueInfoProto', { name: 'y' })));
  // Lengths from the inside out, then heads from the outside in.
  const heads: Uint8Array[] = [];
  const tails: Uint8Array[] = [];
  let inner = leaf.length;
  const levels: Uint8Array[][] = [];
  for (let i = 0; i < depth; i++) {
    const gField = [varint((6 << 3) | 2), varint(inner)];
    const attrLen = attrPre.length + gField[0]!.length + gField[1]!.length + inner;
    const attrHead = [varint((5 << 3) | 2), varint(attrLen), attrPre, ...gField];
    const nodeLen = nodePre.length + attrHead.reduce((s, p) => s + p.length, 0) + inner;
    const nodeHead = [varint((1 << 3) | 2), varint(nodeLen), nodePre, ...attrHead];
    levels.push(nodeHead);
    inner = nodeHead.reduce((s, p) => s + p.length, 0) + inner + graphPost.length;
  }
  for (let i = depth - 1; i >= 0; i--) {
    heads.push(...levels[i]!);
    tails.push(graphPost);
  }
  const graphBytes = cat([...heads, leaf, ...tails.reverse()]);
  const main = cat([
    ...field(11, encodeMessage('ValueInfoProto', { name: 'c', type: { tensorType: { elemType: 9, shape: { dim: [] } } } })),
    graphBytes,
  ]);
  // Turn the outermost level into the main graph: the heads already start with a node field.
  return cat([
    varint(1 << 3), varint(8),
    ...field(7, main),
    ...field(8, encodeMessage('OperatorSetIdProto', { domain: '', version: toInt64(17) })),
  ]);
}

// ---- local functions ---------------------------------------------------------------------------

const FN_DOMAIN = 'bomb';

/**
 * F_0 is one Relu; F_k calls F_{k-1} `fanout` times in a chain; the graph calls F_`levels` `calls`
 * times on an input `x` of `shape`. Expanded, that is calls x fanout^levels nodes from a file of a few KB.
 */
export function functionFanoutBomb(levels: number, fanout = 2, calls = 64, shape: readonly (number | string)[] = [1, 8]): Uint8Array {
  const fns: FunctionBuilder[] = [];
  const f0 = new FunctionBuilder('F0', FN_DOMAIN, { inputs: ['x'], outputs: ['y'] });
  f0.node('Relu', ['x'], ['y']);
  fns.push(f0);
  for (let k = 1; k <= levels; k++) {
    const f = new FunctionBuilder(`F${k}`, FN_DOMAIN, { inputs: ['x'], outputs: ['y'] });
    let h = 'x';
    for (let j = 0; j < fanout; j++) {
      const out = j === fanout - 1 ? 'y' : `h${j}`;
      f.node(`F${k - 1}`, [h], [out], {}, { domain: FN_DOMAIN });
      h = out;
    }
    fns.push(f);
  }
  return callChain(`F${levels}`, calls, shape, fns);
}

/**
 * F is one Sum reading its input `fanIn` times; the graph calls F `calls` times on an input `x` of
 * `shape`. Expanded, that is `calls` nodes reading calls x fanIn inputs: the file names each input
 * once (2 bytes), so 100 calls of a 100,000-input Sum are a 300 KB file asking for 10^7.
 */
export function functionFanInBomb(calls: number, fanIn: number, shape: readonly (number | string)[] = [1, 8]): Uint8Array {
  const f = new FunctionBuilder('F', FN_DOMAIN, { inputs: ['x'], outputs: ['y'] });
  f.node('Sum', Array<string>(fanIn).fill('x'), ['y']);
  return callChain('F', calls, shape, [f]);
}

/** Local function F holds one Split of x [fanOut] into `fanOut` outputs (its first is y); the graph calls F `calls` times. */
export function functionSplitBomb(calls: number, fanOut: number): Uint8Array {
  const f = new FunctionBuilder('F', FN_DOMAIN, { inputs: ['x'], outputs: ['y'] });
  f.node('Split', ['x'], ['y', ...Array.from({ length: fanOut - 1 }, (_, i) => `s${i}`)]);
  return callChain('F', calls, [fanOut], [f]);
}

/** A graph calling local function `name` `calls` times in a chain, x -> ... -> y. */
function callChain(name: string, calls: number, shape: readonly (number | string)[], fns: FunctionBuilder[]): Uint8Array {
  const g = new GraphBuilder('main');
  g.input('x', 'float32', shape);
  let h = 'x';
  for (let c = 0; c < calls; c++) {
    const out = c === calls - 1 ? 'y' : `c${c}`;
    g.node(name, [h], [out], {}, { domain: FN_DOMAIN });
    h = out;
  }
  g.output('y', 'float32', shape);
  return modelBytes(g, { opset: 17, functions: fns });
}

/** F_0 calls F_1 calls ... F_{depth-1} (a Relu): a call chain `depth` deep. */
export function functionChainBomb(depth: number): Uint8Array {
  const fns: FunctionBuilder[] = [];
  for (let k = 0; k < depth; k++) {
    const f = new FunctionBuilder(`F${k}`, FN_DOMAIN, { inputs: ['x'], outputs: ['y'] });
    if (k === depth - 1) f.node('Relu', ['x'], ['y']);
    else f.node(`F${k + 1}`, ['x'], ['y'], {}, { domain: FN_DOMAIN });
    fns.push(f);
  }
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 8]);
  g.node('F0', ['x'], ['y'], {}, { domain: FN_DOMAIN });
  g.output('y', 'float32', [1, 8]);
  return modelBytes(g, { opset: 17, functions: fns });
}

/** F calls itself from inside an If branch (the direct call-cycle check does not see it). */
export function functionIfRecursionBomb(): Uint8Array {
  const branch = (calls: boolean): GraphBuilder => {
    const b = new GraphBuilder(calls ? 'then' : 'else');
    if (calls) b.node('F', ['x'], ['r'], {}, { domain: FN_DOMAIN });
    else b.node('Identity', ['x'], ['r']);
    b.output('r', 'float32', [1, 8]);
    return b;
  };
  const f = new FunctionBuilder('F', FN_DOMAIN, { inputs: ['x', 'c'], outputs: ['y'] });
  f.node('If', ['c'], ['y'], { then_branch: branch(true), else_branch: branch(false) });
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 8]);
  g.input('c', 'bool', []);
  g.node('F', ['x', 'c'], ['y'], {}, { domain: FN_DOMAIN });
  g.output('y', 'float32', [1, 8]);
  return modelBytes(g, { opset: 17, functions: [f] });
}

/** Two functions calling each other (F -> G -> F). */
export function mutualRecursionBomb(): Uint8Array {
  const f = new FunctionBuilder('F', FN_DOMAIN, { inputs: ['x'], outputs: ['y'] });
  f.node('G', ['x'], ['y'], {}, { domain: FN_DOMAIN });
  const h = new FunctionBuilder('G', FN_DOMAIN, { inputs: ['x'], outputs: ['y'] });
  h.node('F', ['x'], ['y'], {}, { domain: FN_DOMAIN });
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 8]);
  g.node('F', ['x'], ['y'], {}, { domain: FN_DOMAIN });
  g.output('y', 'float32', [1, 8]);
  return modelBytes(g, { opset: 17, functions: [f, h] });
}

// ---- big graphs -------------------------------------------------------------------------------

/**
 * A chain of `n` Relu nodes on a [1, width] float input, encoded directly (the builder would hold
 * a million node objects): every node is `Relu(h{i-1}) -> h{i}`, named `r{i}`.
 */
export function reluChain(n: number, width = 8): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  parts.push(...field(11, encodeMessage('ValueInfoProto', { name: 'h0', type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 1 }, { dimValue: width }] } } } })));
  const relu = enc.encode('Relu');
  for (let i = 1; i <= n; i++) {
    const node = cat([...field(1, enc.encode(`h${i - 1}`)), ...field(2, enc.encode(`h${i}`)), ...field(3, enc.encode(`r${i}`)), ...field(4, relu)]);
    parts.push(...field(1, node));
  }
  parts.push(...field(12, encodeMessage('ValueInfoProto', { name: `h${n}` })));
  return cat([
    varint(1 << 3), varint(8),
    ...field(7, cat(parts)),
    ...field(8, encodeMessage('OperatorSetIdProto', { domain: '', version: toInt64(17) })),
  ]);
}

/** A graph with `n` inputs, each read by one Relu whose outputs are all graph outputs. */
export function manyInputs(n: number): Uint8Array {
  const g = new GraphBuilder('main');
  for (let i = 0; i < n; i++) {
    g.input(`x${i}`, 'float32', [1, 2]);
    g.node('Relu', [`x${i}`], [`y${i}`]);
    g.output(`y${i}`, 'float32', [1, 2]);
  }
  return modelBytes(g, { opset: 17 });
}


