/**
 * Matching nodes across base and head (issue 13 item 7): hand-built profiles whose expected pairs
 * are worked out in the comments, so an architecture change reads as changed nodes rather than
 * equal-and-opposite removed/added pairs.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeWhy } from '../../src/budget/evaluate.js';
import { isGenericName, MAX_ALIGNMENT_CELLS, MAX_STRUCTURAL_MATCH_NODES, matchNodes } from '../../src/budget/node-match.js';
import { moduleScope, nodeDiff, opTypeChart } from '../../src/budget/why-nodes.js';
import type { NodeProfile } from '../../src/profile/types.js';
import { profile } from './fixtures.js';

type Spec = Partial<NodeProfile> & { name: string; opType: string };
const node = (n: Spec): NodeProfile => ({ domain: '', scope: '', outputShapes: [], params: 0, macs: 0, flops: 0, memoryBytes: 0, status: 'ok', ...n });
const names = (pairs: ReadonlyArray<readonly [NodeProfile, NodeProfile]>) => pairs.map(([b, h]) => `${b.name} -> ${h.name}`).sort();
const withNodes = (nodes: Spec[]) => profile({ params: 1, nodes });

describe('matchNodes', () => {
  test('names that only restate the op type and an index are generic', () => {
    for (const [name, op] of [['Conv_12', 'Conv'], ['node_Conv_12', 'Conv'], ['conv2d_3', 'Conv2D'], ['Relu@7', 'Relu'], ['/Conv', 'Conv'], ['', 'Add']] as const) assert.equal(isGenericName(name, op), true, name);
    for (const [name, op] of [['/features/features.5/conv/Conv', 'Conv'], ['stem', 'Conv'], ['dense_1', 'MatMul']] as const) assert.equal(isGenericName(name, op), false, name);
  });

  test('a conv widened in place is one changed node, its shapes before and after', () => {
    // 32 -> 64 output channels at 112x112: the name and op type match, the shape does not.
    const d = nodeDiff(
      withNodes([{ name: '/features/features.0/Conv', opType: 'Conv', outputShapes: [[1, 32, 112, 112]], flops: 100, macs: 50, memoryBytes: 10 }]),
      withNodes([{ name: '/features/features.0/Conv', opType: 'Conv', outputShapes: [[1, 64, 112, 112]], flops: 200, macs: 100, memoryBytes: 30 }]),
    );
    assert.deepEqual(d.nodes, [{
      name: '/features/features.0/Conv', opType: 'Conv', scope: '', change: 'changed', flopsDelta: 100, macsDelta: 50, memoryBytesDelta: 20,
      baseShape: '1x32x112x112', headShape: '1x64x112x112',
    }]);
  });

  test('a conv inserted among generically named ones: only the new one is added, later names do not shift onto their predecessors', () => {
    // base: Conv_0 (A), Conv_1 (B); head: Conv_0 (A), Conv_1 (X, new), Conv_2 (B). By name, B
    // would pair with X (+10) and Conv_2 would be "added" (+20). By shape: A~A, B~B, X added (+30).
    const sA = [1, 8, 32, 32];
    const sB = [1, 16, 16, 16];
    const sX = [1, 8, 16, 16];
    const m = matchNodes(
      [node({ name: 'Conv_0', opType: 'Conv', outputShapes: [sA], flops: 10 }), node({ name: 'Conv_1', opType: 'Conv', outputShapes: [sB], flops: 20 })],
      [node({ name: 'Conv_0', opType: 'Conv', outputShapes: [sA], flops: 10 }), node({ name: 'Conv_1', opType: 'Conv', outputShapes: [sX], flops: 30 }), node({ name: 'Conv_2', opType: 'Conv', outputShapes: [sB], flops: 20 })],
    );
    assert.deepEqual(names(m.pairs), ['Conv_0 -> Conv_0', 'Conv_1 -> Conv_2']);
    assert.deepEqual(m.added.map((n) => n.name), ['Conv_1']);
    assert.deepEqual(m.removed, []);
    assert.equal(m.truncated, false);
  });

  test('nodes of one kind are aligned by their position in the graph, so an insertion in the middle stays unpaired', () => {
    // base (5 nodes): Relu_0 at 0/4 = 0, Relu_1 at 4/4 = 1. head (9 nodes): Relu_0 at 0, Relu_1
    // (new) at 4/8 = 0.5, Relu_2 at 8/8 = 1. In order, Relu_1 (base, at 1) would pair with the
    // new one at 0.5; by position it pairs with Relu_2 at 1 (distance 0 + 0 against 0 + 0.5).
    const conv = (i: number) => node({ name: `/c${i}/Conv`, opType: 'Conv', outputShapes: [[1, 4]] });
    const relu = (i: number) => node({ name: `Relu_${i}`, opType: 'Relu', outputShapes: [[1, 4]] });
    const base = [relu(0), conv(1), conv(2), conv(3), relu(1)];
    const head = [relu(0), conv(1), conv(2), conv(3), relu(1), conv(4), conv(5), conv(6), relu(2)];
    const m = matchNodes(base, head);
    assert.deepEqual(names(m.pairs.filter(([b]) => b.opType === 'Relu')), ['Relu_0 -> Relu_0', 'Relu_1 -> Relu_2']);
    assert.deepEqual(m.added.map((n) => n.name).sort(), ['/c4/Conv', '/c5/Conv', '/c6/Conv', 'Relu_1']);
  });

  test('a layer inserted in front shifts every index: the old layers pair with their shifted names, only the new one is added', () => {
    // base widths 8 -> 16 -> 8, head 8 -> 8 -> 16 -> 8: head layers.1 and layers.2 are base
    // layers.0 and layers.1 (same shapes, same cost); head layers.0 is new. By name alone
    // layers.0 (1x16) would pair with the new layers.0 (1x8).
    // FLOPs: MatMul 2 x in x out, Relu 1 per element: the new layer is 2x8x8 = 128 and 8.
    const layer = (i: number, inW: number, outW: number): Spec[] => [
      { name: `/encoder/layers.${i}/fc/MatMul`, opType: 'MatMul', outputShapes: [[1, outW]], flops: 2 * inW * outW, macs: inW * outW },
      { name: `/encoder/layers.${i}/act/Relu`, opType: 'Relu', outputShapes: [[1, outW]], flops: outW },
    ];
    const d = nodeDiff(withNodes([...layer(0, 8, 16), ...layer(1, 16, 8)]), withNodes([...layer(0, 8, 8), ...layer(1, 8, 16), ...layer(2, 16, 8)]));
    assert.deepEqual(d.nodes.map((n) => [n.name, n.change, n.flopsDelta]), [['/encoder/layers.0/fc/MatMul', 'added', 128], ['/encoder/layers.0/act/Relu', 'added', 8]]);
    // Scopes: the pairs count in the head's scopes (layers.1, layers.2) on both sides: unchanged.
    assert.deepEqual(d.scopes, [{ name: '/encoder/layers.0', baseFlops: 0, headFlops: 136, baseMemoryBytes: 0, headMemoryBytes: 0 }]);
  });

  test('a renamed scope prefix with the same shapes is the same node', () => {
    // /backbone/stage1/conv/Conv -> /encoder/stage1/conv/Conv: same last two segments and shape.
    const m = matchNodes(
      [node({ name: '/backbone/stage1/conv/Conv', opType: 'Conv', outputShapes: [[1, 8, 4, 4]], flops: 64 })],
      [node({ name: '/encoder/stage1/conv/Conv', opType: 'Conv', outputShapes: [[1, 8, 4, 4]], flops: 64 }), node({ name: '/encoder/stage2/conv/Conv', opType: 'Conv', outputShapes: [[1, 8, 2, 2]], flops: 32 })],
    );
    assert.deepEqual(names(m.pairs), ['/backbone/stage1/conv/Conv -> /encoder/stage1/conv/Conv']);
    assert.deepEqual(m.added.map((n) => n.name), ['/encoder/stage2/conv/Conv']);
  });

  test('a layer index that shifted and a width that changed: one changed node naming what it was', () => {
    // A layer removed before it: layers.3 -> layers.2; fc1 widened 64 -> 128: 2,048 -> 4,096 FLOPs.
    const d = nodeDiff(
      withNodes([{ name: '/layers.3/mlp/fc1/MatMul', opType: 'MatMul', outputShapes: [[1, 16, 64]], flops: 2048, macs: 1024 }]),
      withNodes([{ name: '/layers.2/mlp/fc1/MatMul', opType: 'MatMul', outputShapes: [[1, 16, 128]], flops: 4096, macs: 2048 }]),
    );
    assert.deepEqual(d.nodes, [{
      name: '/layers.2/mlp/fc1/MatMul', opType: 'MatMul', scope: '', change: 'changed', flopsDelta: 2048, macsDelta: 1024, memoryBytesDelta: 0,
      baseName: '/layers.3/mlp/fc1/MatMul', baseShape: '1x16x64', headShape: '1x16x128',
    }]);
  });

  test('another op type under the same name is a removal and an addition', () => {
    const d = nodeDiff(
      withNodes([{ name: '/block/act', opType: 'Relu', outputShapes: [[1, 4]], flops: 4 }]),
      withNodes([{ name: '/block/act', opType: 'Sigmoid', outputShapes: [[1, 4]], flops: 16 }]),
    );
    assert.deepEqual(d.nodes.map((n) => [n.opType, n.change, n.flopsDelta]), [['Sigmoid', 'added', 16], ['Relu', 'removed', -4]]);
  });

  test('past the node cap only names are matched, and the report says so', () => {
    // MAX_STRUCTURAL_MATCH_NODES + 1 generic names per side: the name passes skip them all.
    const many = Array.from({ length: MAX_STRUCTURAL_MATCH_NODES + 1 }, (_, i) => node({ name: `Relu_${i}`, opType: 'Relu', outputShapes: [[1]] }));
    const m = matchNodes(many, [...many, node({ name: 'tail', opType: 'Relu' })]);
    assert.equal(m.truncated, true);
    assert.equal(m.pairs.length, 0);
    // A big group of unequal sides over the cell budget is paired in order instead: 1,500 x 1,501 > 2,000,000.
    assert.ok(1500 * 1501 > MAX_ALIGNMENT_CELLS);
    const b = Array.from({ length: 1500 }, (_, i) => node({ name: `Relu_${i}`, opType: 'Relu', outputShapes: [[1]] }));
    const h = Array.from({ length: 1501 }, (_, i) => node({ name: `Relu_${i}`, opType: 'Relu', outputShapes: [[1]] }));
    const aligned = matchNodes(b, h);
    assert.equal(aligned.truncated, true);
    assert.equal(aligned.pairs.length, 1500);
    const why = computeWhy(profile({ params: 1, nodes: b }), profile({ params: 1, nodes: h }));
    assert.equal(why.nodesTruncated, true);
  });
});

describe('module scopes', () => {
  test('the first two segments of a scoped name; none for a bare name', () => {
    assert.equal(moduleScope('/features/features.5/conv/Conv'), '/features/features.5');
    assert.equal(moduleScope('/conv1/Conv'), '/conv1');
    assert.equal(moduleScope('model/conv2d/Conv2D;model/conv2d/BiasAdd'), 'model/conv2d');
    assert.equal(moduleScope('dense_1/bias'), 'dense_1');
    for (const bare of ['Conv_12', 'dense_1', '/Conv', '']) assert.equal(moduleScope(bare), null, bare);
  });

  test('scopes summed per side, a matched node counted in the head scope', () => {
    // features.5: conv 100 -> 200 FLOPs, act 5 -> 10: 105 -> 210; memory 10 + 8 = 18 -> 20 + 16 = 36.
    // features.6 is new: 0 -> 200 FLOPs, 0 -> 20 bytes. Largest FLOP change first.
    const s1 = [[1, 32, 8, 8]];
    const s2 = [[1, 64, 8, 8]];
    const d = nodeDiff(
      withNodes([
        { name: '/features/features.5/conv/Conv', opType: 'Conv', outputShapes: s1, flops: 100, memoryBytes: 10 },
        { name: '/features/features.5/act/Relu', opType: 'Relu', outputShapes: s1, flops: 5, memoryBytes: 8 },
      ]),
      withNodes([
        { name: '/features/features.5/conv/Conv', opType: 'Conv', outputShapes: s2, flops: 200, memoryBytes: 20 },
        { name: '/features/features.5/act/Relu', opType: 'Relu', outputShapes: s2, flops: 10, memoryBytes: 16 },
        { name: '/features/features.6/conv/Conv', opType: 'Conv', outputShapes: s2, flops: 200, memoryBytes: 20 },
      ]),
    );
    assert.deepEqual(d.scopes, [
      { name: '/features/features.6', baseFlops: 0, headFlops: 200, baseMemoryBytes: 0, headMemoryBytes: 20 },
      { name: '/features/features.5', baseFlops: 105, headFlops: 210, baseMemoryBytes: 18, headMemoryBytes: 36 },
    ]);
  });

  test('a scope that was only renamed shows no change', () => {
    const d = nodeDiff(
      withNodes([{ name: '/backbone/stage1/conv/Conv', opType: 'Conv', outputShapes: [[1, 8, 4, 4]], flops: 64, memoryBytes: 4 }]),
      withNodes([
        { name: '/encoder/stage1/conv/Conv', opType: 'Conv', outputShapes: [[1, 8, 4, 4]], flops: 64, memoryBytes: 4 },
        { name: '/encoder/stage2/conv/Conv', opType: 'Conv', outputShapes: [[1, 8, 2, 2]], flops: 32, memoryBytes: 2 },
      ]),
    );
    assert.deepEqual(d.scopes.map((s) => s.name), ['/encoder/stage2']);
    assert.deepEqual(d.nodes.map((n) => [n.name, n.change]), [['/encoder/stage2/conv/Conv', 'added']]);
  });
});

describe('opTypeChart', () => {
  test('the metric whose total changed most, op types by their larger side', () => {
    // FLOPs 100 -> 110 (+10%), MACs 50 -> 50 (0), memory 1000 -> 2000 (+100%): memory access.
    const base = profile({ params: 1, byOpType: [
      { opType: 'Conv', domain: '', count: 1, macs: 50, flops: 100, memoryBytes: 400 },
      { opType: 'Relu', domain: '', count: 1, macs: 0, flops: 0, memoryBytes: 600 },
    ] });
    const head = profile({ params: 1, byOpType: [
      { opType: 'Conv', domain: '', count: 1, macs: 50, flops: 110, memoryBytes: 1700 },
      { opType: 'Relu', domain: '', count: 1, macs: 0, flops: 0, memoryBytes: 300 },
    ] });
    assert.deepEqual(opTypeChart(base, head), { metric: 'memory', opTypes: [{ opType: 'Conv', domain: '', base: 400, head: 1700 }, { opType: 'Relu', domain: '', base: 600, head: 300 }], more: 0 });
    // A new model: FLOPs, head only.
    assert.deepEqual(opTypeChart(undefined, head)?.opTypes.map((o) => [o.opType, o.base, o.head]), [['Conv', 0, 110]]);
    assert.equal(opTypeChart(base, profile({ params: 1 })), null);
  });
});
