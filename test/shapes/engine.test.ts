import { InternalError } from '../../src/graph/errors.js';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphError, runEngine } from '../../src/shapes/engine.js';
import type { EngineResult, NodeResult } from '../../src/shapes/engine.js';
import type { OpDef } from '../../src/shapes/types.js';
import { OpRegistry } from '../../src/ops/registry.js';
import { fn, graph, graphAttr, int, model, node, ref, tensor, tensorAttr, vi } from './graph-builder.js';
import { testLookup, testRegistry } from './test-ops.js';

function byName(res: EngineResult, name: string): NodeResult {
  const r = res.nodes.find((n) => n.node.name === name);
  assert.ok(r, `node ${name} not in result`);
  return r;
}

const W = tensor('W', 'float32', [8, 4]);

describe('topological order', () => {
  test('unsorted nodes are run producers first, with costs', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [2, 8])],
      outputs: [vi('z', 'float32', [2, 4])],
      initializers: [W],
      nodes: [
        node('Relu', ['y'], ['z'], { name: 'relu' }),
        node('MatMul', ['x', 'W'], ['y'], { name: 'mm' }),
      ],
    });
    const res = runEngine(model(g), testLookup);
    assert.deepEqual(res.nodes.map((n) => n.node.name), ['mm', 'relu']);
    const mm = byName(res, 'mm');
    // MatMul [2,8]x[8,4]: 2*4 outputs * K=8 = 64 MACs, 128 FLOPs.
    // bytes: x 2*8*4 = 64, W 8*4*4 = 128, y 2*4*4 = 32 -> 224.
    assert.deepEqual(mm.cost, { macs: 64, flops: 128, bytes: 224 });
    assert.equal(mm.params, 32);
    assert.deepEqual(mm.outputs[0], { dtype: 'float32', shape: [2, 4] });
    // Relu [2,4]: 8 FLOPs, bytes 32 in + 32 out.
    assert.deepEqual(byName(res, 'relu').cost, { macs: 0, flops: 8, bytes: 64 });
    assert.deepEqual(res.totals, { macs: 64, flops: 136, bytes: 288 });
    assert.deepEqual(res.outputs, [{ name: 'z', type: { dtype: 'float32', shape: [2, 4] } }]);
    // Liveness: x dies after mm (its last reader), y after relu; z is a graph output; W is a weight.
    assert.deepEqual(res.liveAtStart, ['x']);
    assert.deepEqual(mm.frees, ['x']);
    assert.deepEqual(byName(res, 'relu').frees, ['y']);
    assert.equal(res.lowerBoundReasons.length, 0);
    assert.equal(res.warnings.length, 0);
    // The same, as value ids for the peak replay: x 0 (bound input), W 1 (initializer), then the
    // node outputs in file order, z 2 and y 3. By execution position: mm writes y, relu writes z.
    const ids = res.mainIds!;
    assert.equal(ids.count, 4);
    assert.deepEqual([...ids.liveAtStart], [0]);
    assert.deepEqual([[...ids.outputs], [...ids.outputStart]], [[3, 2], [0, 1, 2]]);
    assert.deepEqual([[...ids.frees], [...ids.freeStart]], [[0, 3], [0, 1, 2]]);
  });

  test('a sorted file keeps its order; a re-sorted one stays as close to file order as it can', () => {
    const mk = (nodes: ReturnType<typeof node>[]) => graph({
      inputs: [vi('x', 'float32', [4])], outputs: [vi('b', 'float32', [4]), vi('c', 'float32', [4])], nodes,
    });
    const A = node('Relu', ['x'], ['a'], { name: 'A' });
    const B = node('Relu', ['a'], ['b'], { name: 'B' });
    const C = node('Relu', ['x'], ['c'], { name: 'C' });
    assert.deepEqual(runEngine(model(mk([A, C, B])), testLookup).nodes.map((n) => n.node.name), ['A', 'C', 'B']);
    assert.deepEqual(runEngine(model(mk([B, A, C])), testLookup).nodes.map((n) => n.node.name), ['A', 'B', 'C']);
  });

  test('a cycle is a GraphError naming a node on it', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [4])],
      outputs: [vi('out', 'float32', [4])],
      nodes: [
        node('Relu', ['x'], ['out'], { name: 'fine' }),
        node('Add', ['x', 'b'], ['a'], { name: 'A' }),
        node('Relu', ['a'], ['b'], { name: 'B' }),
      ],
    });
    assert.throws(() => runEngine(model(g), testLookup), (e: unknown) => {
      assert.ok(e instanceof GraphError);
      assert.match(e.message, /^graph 'main' has a cycle through node '(A|B)'$/);
      return true;
    });
  });

  test('two producers of one value is a GraphError', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [4])], outputs: [vi('y', 'float32', [4])],
      nodes: [node('Relu', ['x'], ['y'], { name: 'P' }), node('Relu', ['x'], ['y'], { name: 'Q' })],
    });
    assert.throws(() => runEngine(model(g), testLookup), /value 'y' is produced by both node 'P' and node 'Q'/);
  });

  test('unnamed nodes get <OpType>_<index> names', () => {
    const g = graph({ inputs: [vi('x', 'float32', [4])], outputs: [vi('y', 'float32', [4])], nodes: [node('Relu', ['x'], ['y'])] });
    assert.equal(runEngine(model(g), testLookup).nodes[0]!.node.name, 'Relu_0');
  });
});

describe('graph input binding', () => {
  const g = graph({
    inputs: [vi('x', 'float32', ['batch', 'seq', 8]), vi('m', 'float32', ['batch', 'seq']), vi('W', 'float32', [8, 4])],
    outputs: [vi('y', 'float32', ['batch', 'seq', 4]), vi('r', 'float32', ['batch', 'seq'])],
    initializers: [W],
    nodes: [node('MatMul', ['x', 'W'], ['y'], { name: 'mm' }), node('Relu', ['m'], ['r'], { name: 'relu' })],
  });

  test('--dim binds a symbol; an unbound symbol defaults to 1 with a warning naming it', () => {
    const res = runEngine(model(g), testLookup, { dims: { batch: 2 } });
    // W is an initializer listed as an input (old IR): not an input to bind.
    assert.deepEqual(res.inputs.map((i) => i.name), ['x', 'm']);
    assert.deepEqual(res.inputs[0]!.type.shape, [2, 1, 8]);
    assert.equal(res.warnings.length, 1);
    assert.match(res.warnings[0]!, /symbolic dim 'seq' of input 'x' is not bound; using 1/);
    // MatMul [2,1,8]x[8,4]: 2*1*4 outputs * 8 = 64 MACs.
    assert.equal(byName(res, 'mm').cost.macs, 64);
    assert.equal(byName(res, 'relu').cost.flops, 2);
  });

  test('--input gives a shape, and its symbols bind on other inputs too', () => {
    const res = runEngine(model(g), testLookup, { inputShapes: { x: [3, 5, 8] } });
    assert.deepEqual(res.warnings, []);
    // 3*5*4 outputs * 8 = 480 MACs; Relu over m = [3,5]: 15 FLOPs.
    assert.equal(byName(res, 'mm').cost.macs, 480);
    assert.deepEqual(res.inputs[1]!.type.shape, [3, 5]);
    assert.equal(byName(res, 'relu').cost.flops, 15);
  });

  test('a --dim that names no dim, and a --input that contradicts a --dim, are warnings', () => {
    const res = runEngine(model(g), testLookup, { dims: { bacth: 2, seq: 4 } });
    assert.match(res.warnings[0]!, /--dim bacth=2: no dim of the model is named 'bacth' \(named dims: batch, seq\)/);
    const clash = runEngine(model(g), testLookup, { dims: { batch: 2 }, inputShapes: { x: [3, 5, 8] } });
    assert.deepEqual(clash.warnings, ["--input x: dim 0 ('batch') is 3, but 'batch' is bound to 2 elsewhere"]);
    // The explicit shape wins for x ([3,5,8]: 3*5*4*8 = 480 MACs); m takes batch=2, seq=5 (10 FLOPs).
    assert.equal(byName(clash, 'mm').cost.macs, 480);
    assert.equal(byName(clash, 'relu').cost.flops, 10);
  });

  test('a --dim or --input dim beyond 2^53 (e.g. 1e300, still an "integer" to JavaScript) is refused, not costed', () => {
    assert.throws(() => runEngine(model(g), testLookup, { dims: { batch: 1e300 } }), (e: unknown) => e instanceof GraphError && /--dim batch=1e\+300: .*below 2\^53/.test(e.message));
    assert.throws(() => runEngine(model(g), testLookup, { inputShapes: { x: [2 ** 53, 5, 8] } }), /--input x: dim 9007199254740992 is not a non-negative integer below 2\^53/);
  });

  test('a nameless dim defaults to 1 with a warning; bad --input is a GraphError', () => {
    const g2 = graph({ inputs: [vi('x', 'float32', [null, 8])], outputs: [], nodes: [node('Relu', ['x'], ['y'])] });
    const res = runEngine(model(g2), testLookup);
    assert.match(res.warnings[0]!, /dim 0 of input 'x' has no size or name; using 1/);
    assert.equal(res.nodes[0]!.cost.flops, 8);
    assert.throws(() => runEngine(model(g2), testLookup, { inputShapes: { x: [1, 2, 8] } }), /the model's input 'x' has rank 2/);
    assert.throws(() => runEngine(model(g2), testLookup, { inputShapes: { nope: [1] } }), /the model has no input 'nope' \(inputs: x\)/);
  });
});

describe('unknown ops and failures', () => {
  test('unknown ops are listed, use value_info shapes, and make totals a lower bound', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [1, 8])],
      outputs: [vi('r', 'float32', [1, 16]), vi('s', undefined, undefined)],
      valueInfo: [vi('u', 'float32', [1, 16])],
      nodes: [
        node('Foo', ['x'], ['u'], { name: 'foo1', domain: 'com.acme' }),
        node('Relu', ['u'], ['r'], { name: 'r1' }),
        node('Foo', ['x'], ['v'], { name: 'foo2', domain: 'com.acme' }),
        node('Relu', ['v'], ['s'], { name: 'r2' }),
      ],
    });
    const res = runEngine(model(g, { opsets: { '': 17, 'com.acme': 1 } }), testLookup);
    assert.deepEqual(res.unknownOps, [{ domain: 'com.acme', opType: 'Foo', count: 2 }]);
    const foo1 = byName(res, 'foo1');
    assert.equal(foo1.status, 'unknown-op');
    assert.deepEqual(foo1.cost, { macs: 0, flops: 0, bytes: 0 });
    assert.deepEqual(foo1.outputs[0], { dtype: 'float32', shape: [1, 16] });
    // Relu over the value_info shape [1,16]: 16 FLOPs, 64 + 64 bytes.
    assert.deepEqual(byName(res, 'r1').cost, { macs: 0, flops: 16, bytes: 128 });
    assert.equal(byName(res, 'r1').status, 'ok');
    // No value_info for v: the Relu reading it cannot be costed.
    const r2 = byName(res, 'r2');
    assert.equal(r2.status, 'unresolved');
    assert.match(r2.note!, /input 'v' has unknown shape/);
    assert.deepEqual(res.totals, { macs: 0, flops: 16, bytes: 128 });
    assert.ok(res.lowerBoundReasons.some((r) => /unknown op com\.acme::Foo/.test(r)));
    assert.ok(res.lowerBoundReasons.some((r) => /input 'v' has unknown shape/.test(r)));
  });

  test('a symbolic dim left in a value_info shape makes its readers unresolved; --dim resolves it', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [1, 8])], outputs: [vi('r', 'float32', [1, 'n'])],
      valueInfo: [vi('u', 'float32', [1, 'n'])],
      nodes: [node('Foo', ['x'], ['u'], { name: 'foo', domain: 'com.acme' }), node('Relu', ['u'], ['r'], { name: 'relu' })],
    });
    const m = model(g, { opsets: { '': 17, 'com.acme': 1 } });
    const res = runEngine(m, testLookup);
    const relu = byName(res, 'relu');
    assert.equal(relu.status, 'unresolved');
    assert.equal(relu.note, "dimension 'n' is not resolved");
    assert.deepEqual(relu.cost, { macs: 0, flops: 0, bytes: 0 });
    assert.ok(res.lowerBoundReasons.some((r) => /dimension 'n' is not resolved/.test(r)));
    const bound = runEngine(m, testLookup, { dims: { n: 16 } });
    assert.equal(byName(bound, 'relu').status, 'ok');
    assert.equal(byName(bound, 'relu').cost.flops, 16);
  });

  test('an OpError marks the node as error, takes outputs from value_info, and keeps going', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [2, 8])], outputs: [vi('z', 'float32', [2, 4])],
      initializers: [tensor('W5', 'float32', [5, 4])],
      valueInfo: [vi('y', 'float32', [2, 4])],
      nodes: [node('MatMul', ['x', 'W5'], ['y'], { name: 'bad' }), node('Relu', ['y'], ['z'], { name: 'after' })],
    });
    const res = runEngine(model(g), testLookup);
    const bad = byName(res, 'bad');
    assert.equal(bad.status, 'error');
    assert.equal(bad.note, 'inner dims 8 and 5 differ');
    assert.deepEqual(bad.cost, { macs: 0, flops: 0, bytes: 0 });
    assert.equal(byName(res, 'after').cost.flops, 8);
    assert.ok(res.lowerBoundReasons.some((r) => r.includes("node 'bad' (MatMul): inner dims 8 and 5 differ")));
  });

  test('a cost that is not a finite non-negative number is an error on the node, never summed', () => {
    const nan: OpDef = {
      domain: '', opType: 'NaNCost', since: 1, doc: { flops: '' },
      infer: (ctx) => ({ outputs: [ctx.input(0).type] }), cost: () => ({ macs: 0, flops: NaN }),
    };
    const reg = new OpRegistry([nan]);
    const g = graph({ inputs: [vi('x', 'float32', [2])], outputs: [vi('y', 'float32', [2])], nodes: [node('NaNCost', ['x'], ['y'], { name: 'n' })] });
    const res = runEngine(model(g), (d, o, v) => reg.lookup(d, o, v));
    assert.equal(res.nodes[0]!.status, 'error');
    assert.equal(res.nodes[0]!.note, 'cost flops came out as NaN (shapes float32[2])');
    assert.deepEqual(res.nodes[0]!.outputs[0], { dtype: 'float32', shape: [2] });
    assert.deepEqual(res.totals, { macs: 0, flops: 0, bytes: 0 });
  });

  test('any other exception from an op is a bug: rethrown as an InternalError naming the node', () => {
    const broken: OpDef = {
      domain: '', opType: 'Broken', since: 1, doc: { flops: '' },
      infer: () => { throw new TypeError('oops'); }, cost: () => ({ macs: 0, flops: 0 }),
    };
    const reg = new OpRegistry([broken]);
    const g = graph({ inputs: [vi('x', 'float32', [1])], outputs: [], nodes: [node('Broken', ['x'], ['y'])] });
    assert.throws(() => runEngine(model(g), (d, o, v) => reg.lookup(d, o, v)), (e: unknown) =>
      e instanceof InternalError && e.context.op === "node 'Broken_0' (Broken)" && e.cause instanceof TypeError && e.message === "node 'Broken_0' (Broken): TypeError: oops");
  });

  test('value_info that disagrees with inference is a warning naming the node and both shapes', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [2, 8])], outputs: [vi('z', 'float32', ['N', 4])],
      initializers: [W],
      valueInfo: [vi('y', 'float32', ['N', 5])],
      nodes: [node('MatMul', ['x', 'W'], ['y'], { name: 'proj' }), node('Relu', ['y'], ['z'], { name: 'act' })],
    });
    const res = runEngine(model(g), testLookup);
    // z matches ['N',4] (a symbolic dim matches anything): one warning only.
    assert.deepEqual(res.warnings, [
      "node 'proj' (MatMul): output 'y' is inferred as float32[2,4] but the file's value_info says float32[N,5]; using the inferred type",
    ]);
    assert.deepEqual(byName(res, 'act').outputs[0]!.shape, [2, 4]);
  });

  test("domain 'ai.onnx' is the default domain", () => {
    const g = graph({
      inputs: [vi('x', 'float32', [1, 4])], outputs: [vi('y', 'float32', [1, 4])],
      nodes: [node('Relu', ['x'], ['y'], { name: 'r', domain: 'ai.onnx' })],
    });
    const res = runEngine(model(g, { opsets: { 'ai.onnx': 13 } }), testLookup);
    assert.deepEqual(res.warnings, []);
    assert.equal(res.nodes[0]!.opset, 13);
    assert.equal(res.nodes[0]!.cost.flops, 4);
  });

  test('a domain without opset import uses the latest definition and warns', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [1, 4])], outputs: [vi('y', 'float32', [1, 8])],
      nodes: [node('Repeat', ['x'], ['y'], { name: 'rep', domain: 'test', attrs: { times: int(2) } })],
    });
    const res = runEngine(model(g), testLookup);
    assert.match(res.warnings[0]!, /no opset import for domain 'test' \(node 'rep'\)/);
    assert.equal(res.nodes[0]!.cost.flops, 8);
  });
});

describe('memory access, params and folding', () => {
  test('an input read twice is counted once; sub-byte weights use their packed size', () => {
    const g = graph({
      inputs: [vi('h', 'float16', [4, 4]), vi('a', 'float32', [2, 8])],
      outputs: [vi('s', 'float16', [4, 4]), vi('q', 'float32', [2, 4])],
      initializers: [tensor('Wq', 'int4', [8, 4])],
      nodes: [node('Add', ['h', 'h'], ['s'], { name: 'twice' }), node('MatMul', ['a', 'Wq'], ['q'], { name: 'q4' })],
    });
    const res = runEngine(model(g), testLookup);
    // float16 [4,4] = 32 bytes, read once + written once = 64.
    assert.equal(byName(res, 'twice').cost.bytes, 64);
    // a 2*8*4 = 64, Wq 32 int4 = 16 bytes, q 2*4*4 = 32 -> 112; 32 weight elements.
    assert.equal(byName(res, 'q4').cost.bytes, 112);
    assert.equal(byName(res, 'q4').params, 32);
    assert.equal(byName(res, 'twice').params, 0);
  });

  test('Constant outputs are weights when float, not when int64; shape ops fold and move no data', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [2, 3, 4])],
      outputs: [vi('w', 'float32', [4]), vi('s3', 'int64', [2])],
      nodes: [
        node('Constant', [], ['cf'], { name: 'cf', attrs: { value: tensorAttr(tensor('cf', 'float32', [4], [1, 2, 3, 4])) } }),
        node('Constant', [], ['target'], { name: 'ct', attrs: { value: tensorAttr(tensor('target', 'int64', [2], [6, 4])) } }),
        node('Reshape', ['x', 'target'], ['y'], { name: 'reshape' }),
        node('Shape', ['y'], ['s2'], { name: 'shape' }),
        node('Add', ['s2', 's2'], ['s3'], { name: 'fold' }),
        node('Add', ['cf', 'cf'], ['w'], { name: 'addw' }),
      ],
    });
    const res = runEngine(model(g), testLookup);
    assert.deepEqual(byName(res, 'reshape').outputs[0]!.shape, [6, 4]);
    assert.equal(byName(res, 'reshape').cost.bytes, 0);
    assert.equal(byName(res, 'shape').cost.bytes, 0);
    assert.deepEqual(res.values.get('s2')!.value!.data, [6, 4]);
    // Folded by Add from two known inputs: [6+6, 4+4].
    assert.deepEqual(res.values.get('s3')!.value!.data, [12, 8]);
    assert.equal(byName(res, 'addw').params, 4);
    assert.equal(byName(res, 'reshape').params, 0);
    assert.equal(res.values.get('cf')!.isConstant, true);
    assert.equal(res.values.get('y')!.isConstant, false);
    // Constant outputs are weights, never listed as freed activations.
    assert.ok(res.nodes.every((n) => !n.frees.includes('cf') && !n.frees.includes('target')));
  });

  test('initializer values are known to the ops (folding starts from them)', () => {
    const g = graph({
      inputs: [vi('x', 'float32', [2, 3, 4])], outputs: [vi('y', 'float32', [4, 6])],
      initializers: [tensor('shape', 'int64', [2], [4, 6])],
      nodes: [node('Reshape', ['x', 'shape'], ['y'])],
    });
    assert.deepEqual(runEngine(model(g), testLookup).outputs[0]!.type.shape, [4, 6]);
  });
});

describe('subgraphs run through ctx.subgraph', () => {
  test('a body run twice for one node is listed and counted once; its cost is what the op returns', () => {
    // Test op: runs its body twice (as an op refining loop-carried types might) and reports 3x the body.
    const twice: OpDef = {
      domain: 'test', opType: 'Twice', since: 1, doc: { flops: '' },
      infer: (ctx) => {
        const body = ctx.attrs.graph('body')!;
        ctx.subgraph(body, [ctx.input(0).type]);
        const res = ctx.subgraph(body, [ctx.input(0).type]);
        return { outputs: res.outputs };
      },
      cost: (ctx) => {
        const res = ctx.subgraph(ctx.attrs.graph('body')!, [ctx.input(0).type]);
        return { macs: 3 * res.cost.macs, flops: 3 * res.cost.flops, bytes: 3 * res.cost.bytes, ...(res.lowerBound ? { lowerBound: res.lowerBound } : {}) };
      },
    };
    const reg = new OpRegistry([...testRegistry.all(), twice]);
    const body = graph({
      name: 'b', inputs: [vi('a', 'float32', [1, 8])], outputs: [vi('c', 'float32', [1, 8])],
      valueInfo: [vi('b', 'float32', [1, 8])],
      nodes: [node('Mystery', ['a'], ['b'], { name: 'mys', domain: 'x.y' }), node('Relu', ['b'], ['c'], { name: 'inner' })],
    });
    const g = graph({
      inputs: [vi('x', 'float32', [1, 8])], outputs: [vi('y', 'float32', [1, 8])],
      nodes: [node('Twice', ['x'], ['y'], { name: 'tw', domain: 'test', attrs: { body: { type: 'graph', value: body } } })],
    });
    const res = runEngine(model(g, { opsets: { '': 17, test: 1, 'x.y': 1 } }), (d, o, v) => reg.lookup(d, o, v));
    assert.deepEqual(res.nodes.map((n) => [n.node.name, n.scope, n.parent]), [['tw', '', undefined], ['mys', 'tw/body', 0], ['inner', 'tw/body', 0]]);
    assert.deepEqual(res.unknownOps, [{ domain: 'x.y', opType: 'Mystery', count: 1 }]);
    // Body: Relu [1,8] = 8 FLOPs, 64 bytes; the op reports 3x.
    assert.deepEqual(byName(res, 'tw').cost, { macs: 0, flops: 24, bytes: 192 });
    assert.equal(byName(res, 'tw').status, 'lower-bound');
    assert.match(byName(res, 'tw').note!, /tw\/body: node 'mys' is unknown-op/);
    assert.deepEqual(res.totals, { macs: 0, flops: 24, bytes: 192 });
  });
});

describe('local functions', () => {
  test('calls are expanded inline with renamed values, attribute refs and defaults', () => {
    const block = fn({
      name: 'Block', domain: 'custom', inputs: ['A'], outputs: ['C'], attributeNames: ['times'],
      defaults: { times: int(2) }, opsets: { '': 17, test: 1 },
      nodes: [
        node('Repeat', ['A'], ['t'], { domain: 'test', attrs: { times: ref('times') } }),
        node('Relu', ['t'], ['C']),
      ],
    });
    const g = graph({
      inputs: [vi('x', 'float32', [1, 4])], outputs: [vi('z', 'float32', [1, 24])],
      nodes: [
        node('Block', ['y'], ['z'], { name: 'blk2', domain: 'custom' }),
        node('Block', ['x'], ['y'], { name: 'blk1', domain: 'custom', attrs: { times: int(3) } }),
      ],
    });
    const res = runEngine(model(g, { opsets: { '': 17, custom: 1 }, functions: [block] }), testLookup);
    assert.deepEqual(res.nodes.map((n) => n.node.name), ['blk1/Repeat_0', 'blk1/Relu_1', 'blk2/Repeat_0', 'blk2/Relu_1']);
    assert.ok(res.nodes.every((n) => n.scope === 'Block' && n.inTotals));
    assert.deepEqual(byName(res, 'blk1/Repeat_0').node.outputs, ['blk1/t']);
    // blk1: times=3 -> [1,12]: Repeat 12 + Relu 12. blk2: default times=2 -> [1,24]: 24 + 24. Sum 72.
    assert.equal(byName(res, 'blk1/Repeat_0').cost.flops, 12);
    assert.equal(byName(res, 'blk2/Repeat_0').cost.flops, 24);
    assert.equal(res.totals.flops, 72);
    assert.deepEqual(res.outputs[0]!.type.shape, [1, 24]);
    // The function's own opset imports cover domain 'test': no warning.
    assert.deepEqual(res.warnings, []);
    assert.deepEqual(res.unknownOps, []);
  });

  test('attribute refs and value names inside a function body\'s subgraph are resolved per call', () => {
    // Body: If(cond) with both branches Repeat(A, times=ref) reading the function's formal input A.
    const branch = graph({
      name: 'br', inputs: [], outputs: [vi('r', 'float32', undefined)],
      nodes: [node('Repeat', ['A'], ['r'], { domain: 'test', attrs: { times: ref('times') } })],
    });
    const cond = fn({
      name: 'CondRepeat', domain: 'custom', inputs: ['A', 'c'], outputs: ['C'], attributeNames: ['times'], opsets: { '': 17, test: 1 },
      nodes: [node('If', ['c'], ['C'], { name: 'if', attrs: { then_branch: graphAttr(branch), else_branch: graphAttr(branch) } })],
    });
    const g = graph({
      inputs: [vi('x', 'float32', [1, 4]), vi('flag', 'bool', [])], outputs: [vi('z', 'float32', [1, 20])],
      nodes: [node('CondRepeat', ['x', 'flag'], ['z'], { name: 'call', domain: 'custom', attrs: { times: int(5) } })],
    });
    const res = runEngine(model(g, { opsets: { '': 17, custom: 1 }, functions: [cond] }), testLookup);
    // Repeat x [1,4] 5 times -> [1,20], 20 FLOPs in either branch.
    assert.deepEqual(res.outputs[0]!.type.shape, [1, 20]);
    assert.equal(byName(res, 'call/if').cost.flops, 20);
    assert.deepEqual(res.nodes.map((n) => n.scope), ['CondRepeat', 'CondRepeat/call/if/then_branch', 'CondRepeat/call/if/else_branch']);
    assert.deepEqual(res.warnings, []);
  });

  test('a function that calls itself is a GraphError', () => {
    const loop = fn({ name: 'Rec', domain: 'custom', inputs: ['A'], outputs: ['B'], nodes: [node('Rec', ['A'], ['B'], { domain: 'custom' })] });
    const g = graph({ inputs: [vi('x', 'float32', [1])], outputs: [], nodes: [node('Rec', ['x'], ['y'], { domain: 'custom' })] });
    assert.throws(() => runEngine(model(g, { functions: [loop] }), testLookup), /local function 'Rec' calls itself/);
  });
});

test('test registry sanity: lookups resolve', () => {
  assert.ok(testRegistry.has('', 'If') && testRegistry.has('', 'Loop') && testRegistry.has('', 'Scan'));
});
