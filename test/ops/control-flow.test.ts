/**
 * If / Loop / Scan through the engine, with the small test registry of test/shapes/test-ops.ts
 * (Relu 1 FLOP/elem, Add 1 FLOP/out elem, MatMul MACs = out elems * K) so that every expected cost
 * is worked out by hand below.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runEngine } from '../../src/shapes/engine.js';
import { peakFromEngine } from '../../src/profile/peak-memory.js';
import type { EngineResult, NodeResult } from '../../src/shapes/engine.js';
import { graph, graphAttr, int, ints, model, node, tensor, vi } from '../shapes/graph-builder.js';
import { testLookup } from '../shapes/test-ops.js';

function byName(res: EngineResult, name: string): NodeResult {
  const r = res.nodes.find((n) => n.node.name === name);
  assert.ok(r, `node ${name} not in result`);
  return r;
}

describe('If', () => {
  // then: MatMul(x [2,8], W [8,4]) -> 64 MACs, 128 FLOPs, bytes 64 + 128 + 32 = 224.
  const thenBranch = graph({
    name: 'then', inputs: [], outputs: [vi('t_out', 'float32', [2, 4])],
    nodes: [node('MatMul', ['x', 'W'], ['t_out'], { name: 't_mm' })],
  });
  // else: Add(B, B) with B [2,4] from the outer scope -> 8 FLOPs, bytes 32 + 32 = 64.
  const elseBranch = graph({
    name: 'else', inputs: [], outputs: [vi('e_out', 'float32', [2, 4])],
    nodes: [node('Add', ['B', 'B'], ['e_out'], { name: 'e_add' })],
  });
  const mk = (cond: 'input' | 'true' | 'false') => graph({
    inputs: [vi('x', 'float32', [2, 8]), ...(cond === 'input' ? [vi('c', 'bool', [])] : [])],
    outputs: [vi('r', 'float32', [2, 4])],
    initializers: [
      tensor('W', 'float32', [8, 4]), tensor('B', 'float32', [2, 4]),
      ...(cond === 'input' ? [] : [tensor('c', 'bool', [], [cond === 'true' ? 1 : 0])]),
    ],
    nodes: [
      node('If', ['c'], ['o'], { name: 'if0', attrs: { then_branch: graphAttr(thenBranch), else_branch: graphAttr(elseBranch) } }),
      node('Relu', ['o'], ['r'], { name: 'relu' }),
    ],
  });

  test('unknown condition: both branches listed, the larger one counted once', () => {
    const res = runEngine(model(mk('input')), testLookup);
    assert.deepEqual(res.nodes.map((n) => [n.node.name, n.scope, n.inTotals]), [
      ['if0', '', true], ['t_mm', 'if0/then_branch', false], ['e_add', 'if0/else_branch', false], ['relu', '', true],
    ]);
    const ifNode = byName(res, 'if0');
    assert.deepEqual(ifNode.cost, { macs: 64, flops: 128, bytes: 224 });
    assert.equal(ifNode.status, 'ok');
    assert.match(ifNode.note!, /larger branch, then_branch \(then 128 FLOPs, else 8 FLOPs\)/);
    // The choice reaches the profile's warnings (shown by every output format), naming the node.
    assert.deepEqual(res.warnings.filter((w) => w.includes('if0')).length, 1);
    assert.match(res.warnings.find((w) => w.includes('if0'))!, /if0.*not a constant: totals count the larger branch, then_branch \(then 128 FLOPs, else 8 FLOPs\)/);
    assert.equal(byName(res, 't_mm').parent, 0);
    assert.deepEqual(byName(res, 'e_add').cost, { macs: 0, flops: 8, bytes: 64 });
    assert.deepEqual(ifNode.outputs[0], { dtype: 'float32', shape: [2, 4] });
    // Totals: If (then branch) + Relu [2,4] (8 FLOPs, 64 bytes); the branch nodes are not added again.
    assert.deepEqual(res.totals, { macs: 64, flops: 136, bytes: 288 });
    // x is read inside the branch: it lives until the If node.
    assert.ok(ifNode.frees.includes('x') && ifNode.frees.includes('c'));
  });

  test('constant condition: only the taken branch runs and counts', () => {
    const res = runEngine(model(mk('false')), testLookup);
    assert.deepEqual(res.nodes.map((n) => n.node.name), ['if0', 'e_add', 'relu']);
    const ifNode = byName(res, 'if0');
    assert.deepEqual(ifNode.cost, { macs: 0, flops: 8, bytes: 64 });
    assert.match(ifNode.note!, /condition is constant false: cost of else_branch/);
    assert.ok(res.warnings.some((w) => /if0.*folds to false: totals count else_branch only/.test(w)), res.warnings.join('; '));
    const taken = runEngine(model(mk('true')), testLookup);
    assert.deepEqual(byName(taken, 'if0').cost, { macs: 64, flops: 128, bytes: 224 });
  });

  test('values a branch reads from the outer scope order the main graph', () => {
    const reads = graph({ name: 'r', inputs: [], outputs: [vi('late', 'float32', [2, 8])], nodes: [] });
    const g = graph({
      inputs: [vi('x', 'float32', [2, 8]), vi('c', 'bool', [])], outputs: [vi('o', 'float32', [2, 8])],
      nodes: [
        node('If', ['c'], ['o'], { name: 'if2', attrs: { then_branch: graphAttr(reads), else_branch: graphAttr(reads) } }),
        node('Relu', ['x'], ['late'], { name: 'producer' }),
      ],
    });
    const res = runEngine(model(g), testLookup);
    assert.deepEqual(res.nodes.map((n) => n.node.name), ['producer', 'if2']);
    assert.deepEqual(byName(res, 'if2').outputs[0], { dtype: 'float32', shape: [2, 8] });
    // 'late' is read (inside the branch) by if2, so it dies there, not after its producer.
    assert.ok(byName(res, 'if2').frees.includes('late'));
  });

  test('branches that disagree on a dim give a symbolic dim, and readers become unresolved', () => {
    const wide = graph({ name: 'w', inputs: [], outputs: [vi('w_out', 'float32', [2, 8])], nodes: [node('Relu', ['x'], ['w_out'])] });
    const g = graph({
      inputs: [vi('x', 'float32', [2, 8]), vi('c', 'bool', [])], outputs: [vi('r', 'float32', undefined)],
      initializers: [tensor('W', 'float32', [8, 4])],
      nodes: [
        node('If', ['c'], ['o'], { name: 'if1', attrs: { then_branch: graphAttr(wide), else_branch: graphAttr(thenBranch) } }),
        node('Relu', ['o'], ['r'], { name: 'after' }),
      ],
    });
    const res = runEngine(model(g), testLookup);
    const shape = byName(res, 'if1').outputs[0]!.shape!;
    assert.equal(shape[0], 2);
    assert.equal(typeof shape[1], 'string');
    assert.equal(byName(res, 'after').status, 'unresolved');
    assert.equal(byName(res, 'after').note, `dimension '${shape[1]}' is not resolved`);
    // An invented dim cannot be bound with --dim: the reason says it depends on the data.
    assert.ok(res.lowerBoundReasons.some((r) => r.startsWith(`size '${shape[1]}' depends on the data`)));
  });

  test('branches that differ in rank take the rank the file declares for the output (value_info)', () => {
    // torchvision's batched_nms guard, `keep.squeeze(1)` only when dim 1 is 1: one branch gives
    // [n], the other [n, 1]. The union of the two has no rank; ONNX's inference takes the exporter's
    // declared type (here rank 1, dim 'Ifo_dim_0' that no input binds). Without it, every reader
    // downstream lost its rank (152 nodes of maskrcnn_resnet50_fpn).
    const flat = graph({
      name: 'flat', inputs: [], outputs: [vi('f_out', 'float32', [16])],
      initializers: [tensor('sixteen', 'int64', [1], [16])],
      nodes: [node('Reshape', ['x', 'sixteen'], ['f_out'], { name: 'flatten' })],
    });
    const keep = graph({ name: 'keep', inputs: [], outputs: [vi('k_out', 'float32', [2, 8])], nodes: [node('Relu', ['x'], ['k_out'])] });
    const mk = (declared: boolean) => graph({
      inputs: [vi('x', 'float32', [2, 8]), vi('c', 'bool', [])], outputs: [vi('s', 'int64', undefined)],
      valueInfo: declared ? [vi('o', 'float32', ['Ifo_dim_0'])] : [],
      nodes: [
        node('If', ['c'], ['o'], { name: 'if3', attrs: { then_branch: graphAttr(flat), else_branch: graphAttr(keep) } }),
        node('Shape', ['o'], ['s'], { name: 'shape_of' }),
      ],
    });
    const res = runEngine(model(mk(true)), testLookup);
    const shape = byName(res, 'if3').outputs[0]!.shape!;
    assert.equal(shape.length, 1);
    assert.equal(typeof shape[0], 'string');
    assert.deepEqual(byName(res, 'shape_of').outputs[0], { dtype: 'int64', shape: [1] });
    assert.equal(byName(res, 'shape_of').status, 'ok');
    // The dim is the data's: a fresh name, not one --dim could bind.
    assert.notEqual(shape[0], 'Ifo_dim_0');
    // Nothing declared: the rank stays unknown, as before.
    const bare = runEngine(model(mk(false)), testLookup);
    assert.equal(byName(bare, 'if3').outputs[0]!.shape, undefined);
  });

  test('a declared shape standing in for an unknown rank keeps the totals a lower bound (the file could declare it small)', () => {
    // Hostile file: the If gives [16] or [2, 8] (rank unknown), the file declares [1]. Downstream
    // MatMul(o [1], W [1, 1000]) then costs 1 * 1000 = 1000 MACs where the real output, [16] or
    // [2, 8], cannot even be multiplied by W. Before value_info stood in, MatMul was unresolved
    // and the totals said "lower bound"; taking the file's word must not make that flag go away.
    const flat = graph({
      name: 'flat', inputs: [], outputs: [vi('f_out', 'float32', [16])],
      initializers: [tensor('sixteen', 'int64', [1], [16])],
      nodes: [node('Reshape', ['x', 'sixteen'], ['f_out'], { name: 'flatten' })],
    });
    const keep = graph({ name: 'keep', inputs: [], outputs: [vi('k_out', 'float32', [2, 8])], nodes: [node('Relu', ['x'], ['k_out'])] });
    const g = graph({
      inputs: [vi('x', 'float32', [2, 8]), vi('c', 'bool', [])], outputs: [vi('y', 'float32', undefined)],
      initializers: [tensor('W', 'float32', [1, 1000])],
      valueInfo: [vi('o', 'float32', [1])],
      nodes: [
        node('If', ['c'], ['o'], { name: 'if_small', attrs: { then_branch: graphAttr(flat), else_branch: graphAttr(keep) } }),
        node('MatMul', ['o', 'W'], ['y'], { name: 'mm_after' }),
      ],
    });
    const res = runEngine(model(g), testLookup);
    assert.deepEqual(byName(res, 'if_small').outputs[0]!.shape, [1]);
    assert.equal(byName(res, 'mm_after').cost.macs, 1000);
    const declared = res.lowerBoundReasons.filter((r) => r.includes("output 'o'") && r.includes('value_info'));
    assert.equal(declared.length, 1, `reasons: ${JSON.stringify(res.lowerBoundReasons)}`);
  });
});

describe('Loop', () => {
  // Body: h1 = MatMul(h_in [1,8], W [8,8]) -> 64 MACs, 128 FLOPs, bytes 32 + 256 + 32 = 320;
  //       h_out = Relu(h1) -> 8 FLOPs, 64 bytes. Per iteration: 64 MACs, 136 FLOPs, 384 bytes.
  // Outputs: condition (passed through), carried h_out, scan output h1.
  const body = graph({
    name: 'body',
    inputs: [vi('i', 'int64', []), vi('c_in', 'bool', []), vi('h_in', 'float32', [1, 8])],
    outputs: [vi('c_in', 'bool', []), vi('h_out', 'float32', [1, 8]), vi('h1', 'float32', [1, 8])],
    nodes: [node('MatMul', ['h_in', 'W'], ['h1'], { name: 'b_mm' }), node('Relu', ['h1'], ['h_out'], { name: 'b_relu' })],
  });
  const mk = (tripCount: 'constant' | 'input') => graph({
    inputs: [vi('x', 'float32', [1, 8]), ...(tripCount === 'input' ? [vi('M', 'int64', [])] : [])],
    outputs: [vi('h_final', 'float32', [1, 8]), vi('hs', 'float32', undefined)],
    initializers: [
      tensor('W', 'float32', [8, 8]), tensor('cond', 'bool', [], [1]),
      ...(tripCount === 'constant' ? [tensor('M', 'int64', [], [5])] : []),
    ],
    nodes: [node('Loop', ['M', 'cond', 'x'], ['h_final', 'hs'], { name: 'loop', attrs: { body: graphAttr(body) } })],
  });

  test('constant trip count: body cost x M, scan output gets a leading M', () => {
    const res = runEngine(model(mk('constant')), testLookup);
    const loop = byName(res, 'loop');
    // 5 iterations x (64 MACs, 136 FLOPs, 384 bytes).
    assert.deepEqual(loop.cost, { macs: 320, flops: 680, bytes: 1920 });
    assert.equal(loop.status, 'ok');
    assert.equal(loop.note, '5 iterations');
    assert.deepEqual(loop.outputs, [{ dtype: 'float32', shape: [1, 8] }, { dtype: 'float32', shape: [5, 1, 8] }]);
    // Body nodes are listed once with their per-iteration cost, outside the totals.
    assert.deepEqual(byName(res, 'b_mm').cost, { macs: 64, flops: 128, bytes: 320 });
    assert.equal(byName(res, 'b_mm').scope, 'loop/body');
    assert.equal(byName(res, 'b_mm').inTotals, false);
    assert.deepEqual(res.totals, { macs: 320, flops: 680, bytes: 1920 });
    assert.deepEqual(res.lowerBoundReasons, []);
  });

  test('unknown trip count: one iteration, lower bound, symbolic leading dim', () => {
    const res = runEngine(model(mk('input')), testLookup);
    const loop = byName(res, 'loop');
    assert.deepEqual(loop.cost, { macs: 64, flops: 136, bytes: 384 });
    assert.equal(loop.status, 'lower-bound');
    assert.match(loop.note!, /^Loop trip count unknown/);
    assert.ok(res.lowerBoundReasons.some((r) => r.startsWith('Loop trip count unknown')));
    const hs = loop.outputs[1]!.shape!;
    assert.equal(typeof hs[0], 'string');
    assert.deepEqual(hs.slice(1), [1, 8]);
  });

  test('a body with an unknown op makes the loop a lower bound', () => {
    const odd = graph({
      name: 'odd', inputs: [vi('i', 'int64', []), vi('c_in', 'bool', []), vi('h_in', 'float32', [1, 8])],
      outputs: [vi('c_in', 'bool', []), vi('h_out', 'float32', [1, 8])],
      valueInfo: [vi('h_out', 'float32', [1, 8])],
      nodes: [node('Mystery', ['h_in'], ['h_out'], { name: 'm', domain: 'x.y' })],
    });
    const g = graph({
      inputs: [vi('x', 'float32', [1, 8])], outputs: [vi('h', 'float32', [1, 8])],
      initializers: [tensor('M', 'int64', [], [3])],
      nodes: [node('Loop', ['M', '', 'x'], ['h'], { name: 'lp', attrs: { body: graphAttr(odd) } })],
    });
    const res = runEngine(model(g, { opsets: { '': 17, 'x.y': 1 } }), testLookup);
    assert.equal(byName(res, 'lp').status, 'lower-bound');
    assert.deepEqual(res.unknownOps, [{ domain: 'x.y', opType: 'Mystery', count: 1 }]);
    assert.deepEqual(byName(res, 'lp').outputs[0], { dtype: 'float32', shape: [1, 8] });
  });
});

describe('liveness inside a body', () => {
  test('the engine records frees for body nodes too, and peak memory replays them', () => {
    // Body: a = Relu(h_in); b = Relu(a); h_out = Add(b, x), x read from the outer scope.
    // a dies after b_relu2 (its last reader), b after b_add; h_in (formal input) and x (outer)
    // belong to the enclosing graph, h_out and c_in are body outputs: never freed in the body.
    const body = graph({
      name: 'body',
      inputs: [vi('i', 'int64', []), vi('c_in', 'bool', []), vi('h_in', 'float32', [1, 8])],
      outputs: [vi('c_in', 'bool', []), vi('h_out', 'float32', [1, 8])],
      nodes: [
        node('Relu', ['h_in'], ['a'], { name: 'b_relu1' }),
        node('Relu', ['a'], ['b'], { name: 'b_relu2' }),
        node('Add', ['b', 'x'], ['h_out'], { name: 'b_add' }),
      ],
    });
    const g = graph({
      inputs: [vi('x', 'float32', [1, 8])], outputs: [vi('h', 'float32', [1, 8])],
      initializers: [tensor('M', 'int64', [], [3]), tensor('cond', 'bool', [], [1])],
      nodes: [node('Loop', ['M', 'cond', 'x'], ['h'], { name: 'lp', attrs: { body: graphAttr(body) } })],
    });
    const res = runEngine(model(g), testLookup);
    assert.deepEqual(['b_relu1', 'b_relu2', 'b_add'].map((n) => byName(res, n).frees), [[], ['a'], ['b']]);
    assert.deepEqual(byName(res, 'lp').frees, ['x']);
    // [1,8] float32 = 32 B each. Body from zero: b_relu1 a 32; b_relu2 a + b = 64, then a freed;
    // b_add b + h_out = 64. Body peak 64, once. Main: x 32 live at start; during lp
    // x 32 + h 32 + body 64 = 128.
    const peak = peakFromEngine(res);
    assert.deepEqual([peak.peakBytes, peak.peakAt], [128, 'lp']);
  });
});

describe('Scan', () => {
  // Body: s_out = Add(s_in [4], x_in [4]) -> 4 FLOPs, 48 bytes; y = Relu(s_out) -> 4 FLOPs, 32 bytes.
  // Per step 8 FLOPs, 80 bytes; 6 steps -> 48 FLOPs, 480 bytes.
  const body = graph({
    name: 'sbody', inputs: [vi('s_in', 'float32', [4]), vi('x_in', 'float32', [4])],
    outputs: [vi('s_out', 'float32', [4]), vi('y', 'float32', [4])],
    nodes: [node('Add', ['s_in', 'x_in'], ['s_out']), node('Relu', ['s_out'], ['y'])],
  });
  const mk = (xsShape: number[], attrs: Record<string, ReturnType<typeof ints>>) => graph({
    inputs: [vi('s0', 'float32', [4]), vi('xs', 'float32', xsShape)],
    outputs: [vi('s_final', 'float32', [4]), vi('ys', 'float32', undefined)],
    nodes: [node('Scan', ['s0', 'xs'], ['s_final', 'ys'], { name: 'scan', attrs: { body: graphAttr(body), num_scan_inputs: int(1), ...attrs } })],
  });

  test('body cost x sequence length along axis 0', () => {
    const res = runEngine(model(mk([6, 4], {})), testLookup);
    const scan = byName(res, 'scan');
    assert.deepEqual(scan.cost, { macs: 0, flops: 48, bytes: 480 });
    assert.deepEqual(scan.outputs.map((o) => o.shape), [[4], [6, 4]]);
  });

  test('Scan-8: batch axis 0, sequence axis 1, optional sequence_lens first', () => {
    const g = graph({
      inputs: [vi('s0', 'float32', [2, 4]), vi('xs', 'float32', [2, 6, 4])],
      outputs: [vi('s_final', 'float32', [2, 4]), vi('ys', 'float32', undefined)],
      nodes: [node('Scan', ['', 's0', 'xs'], ['s_final', 'ys'], { name: 'scan8', attrs: { body: graphAttr(body), num_scan_inputs: int(1) } })],
    });
    const res = runEngine(model(g, { opsets: { '': 8 } }), testLookup);
    const scan = byName(res, 'scan8');
    // 2 batch rows x 6 steps = 12 body runs x (8 FLOPs, 80 bytes).
    assert.deepEqual(scan.cost, { macs: 0, flops: 96, bytes: 960 });
    assert.deepEqual(scan.outputs.map((o) => o.shape), [[2, 4], [2, 6, 4]]);
  });

  test('scan_input_axes / scan_output_axes pick the sequence axis', () => {
    const res = runEngine(model(mk([4, 6], { scan_input_axes: ints([1]), scan_output_axes: ints([-1]) })), testLookup);
    const scan = byName(res, 'scan');
    assert.deepEqual(scan.cost, { macs: 0, flops: 48, bytes: 480 });
    assert.deepEqual(scan.outputs.map((o) => o.shape), [[4], [4, 6]]);
  });
});
