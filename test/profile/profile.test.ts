import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute, Graph } from '../../src/graph/ir.js';
import type { HardwareSpec } from '../../src/profile/hardware.js';
import { opHistogram, profileModel } from '../../src/profile/profile.js';
import type { ParamsSummary } from '../../src/profile/types.js';
import { engineResult, f32, graph, model, node, typed } from './engine-fixture.js';

const params: ParamsSummary = {
  total: 30, bytes: 120, byDtype: { float32: { elements: 30, bytes: 120 } }, nonWeight: { elements: 0, bytes: 0 },
};

// A toy machine: 10 kFLOP/s and 1 kB/s, ridge point 10 FLOP/byte.
const toyHw: HardwareSpec = {
  id: 'custom', name: 'toy', kind: 'custom', precision: 'custom', peakFlops: 1e4, bandwidth: 1e3, source: 'test',
};

// Main graph: conv -> relu -> loop (body: gemm, add; 3 iterations) -> relu2.
const body = graph('body', [node('Gemm', ['r', 'Wb'], ['g'], 'gemm'), node('Add', ['g', 'g'], ['a'], 'add')], ['i', 'cond'], ['a']);
const loopAttrs = new Map<string, Attribute>([['body', { type: 'graph', value: body }]]);
const mainNodes = [
  node('Conv', ['x', 'W'], ['c'], 'conv'),
  node('Relu', ['c'], ['r'], 'relu'),
  node('Loop', ['n', '', 'r'], ['l'], 'loop', loopAttrs),
  node('Relu', ['l'], ['y'], 'relu2'),
];
const mainGraph: Graph = {
  name: 'main',
  inputs: [
    { name: 'x', dtype: 'float32', shape: ['n'], kind: 'tensor' },
    // Old exporters list initializers among the inputs: not a model input.
    { name: 'W', dtype: 'float32', shape: [30], kind: 'tensor' },
  ],
  outputs: [{ name: 'y', dtype: 'float32', shape: undefined, kind: 'tensor' }],
  initializers: new Map([['W', { name: 'W', dtype: 'float32', dims: [30], elements: 30, byteSize: 120, storage: 'embedded' }]]),
  valueInfo: [],
  nodes: mainNodes,
};

function run() {
  return engineResult({
    inputs: { x: f32(100) },
    constants: { W: f32(30) },
    outputs: ['y'],
    nodes: [
      { node: mainNodes[0]!, outputs: [f32(200)], cost: { macs: 10000, flops: 21000, bytes: 500 }, params: 30, frees: ['x'] },
      { node: mainNodes[1]!, outputs: [f32(200)], cost: { flops: 100, bytes: 800 }, frees: ['c'] },
      // The Loop's cost already includes its body x 3 iterations.
      { node: mainNodes[2]!, outputs: [f32(200)], cost: { macs: 3000, flops: 6000, bytes: 2000 }, frees: ['r'] },
      { node: body.nodes[0]!, outputs: [f32(50)], cost: { macs: 1000, flops: 2000, bytes: 600 }, scope: 'loop/body', inTotals: false, parent: 2 },
      { node: body.nodes[1]!, outputs: [f32(50)], cost: { flops: 50, bytes: 600 }, scope: 'loop/body', inTotals: false, parent: 2 },
      { node: mainNodes[3]!, outputs: [f32(200)], cost: { flops: 50, bytes: 400 }, frees: ['l'] },
    ],
  });
}

describe('profileModel', () => {
  test('totals sum main-graph nodes only: the Loop body is not counted twice', () => {
    const p = profileModel(model(mainGraph), run(), params, { path: 'm.onnx' });
    // MACs 10000 + 3000 = 13000 (the body Gemm's 1000 is inside the Loop's 3000).
    // FLOPs 21000 + 100 + 6000 + 50 = 27150. Bytes 500 + 800 + 2000 + 400 = 3700.
    assert.equal(p.totals?.macs, 13000);
    assert.equal(p.totals?.flops, 27150);
    assert.equal(p.totals?.memoryBytes, 3700);
    assert.equal(p.totals?.lowerBound, false);
    assert.deepEqual(p.totals?.lowerBoundReasons, []);
  });

  test('peak activation memory, body added at the Loop', () => {
    const p = profileModel(model(mainGraph), run(), params, { path: 'm.onnx' });
    // Body: gemm g 200 B; add a 200 B -> 400, g freed -> 200 (a is the body output). Body peak 400.
    // Main: x 400. conv +c 800 = 1200, x freed -> 800. relu +r 800 = 1600, c freed -> 800.
    // loop: r 800 + l 800 + body 400 = 2000, r freed -> 800. relu2: 800 + 800 = 1600. Peak 2000 at 'loop'.
    assert.equal(p.totals?.peakActivationBytes, 2000);
    assert.equal(p.totals?.peakActivationNode, 'loop');
  });

  test('byOpType adds up to the totals, largest FLOPs first', () => {
    const p = profileModel(model(mainGraph), run(), params, { path: 'm.onnx' });
    assert.deepEqual(p.byOpType, [
      { opType: 'Conv', domain: '', count: 1, macs: 10000, flops: 21000, memoryBytes: 500 },
      { opType: 'Loop', domain: '', count: 1, macs: 3000, flops: 6000, memoryBytes: 2000 },
      // relu 100 + relu2 50 FLOPs; 800 + 400 bytes
      { opType: 'Relu', domain: '', count: 2, macs: 0, flops: 150, memoryBytes: 1200 },
    ]);
  });

  test('nodes table lists body nodes with their scope; roofline per main node', () => {
    const p = profileModel(model(mainGraph), run(), params, { path: 'm.onnx', hardware: toyHw });
    assert.deepEqual(p.nodes?.map((n) => [n.name, n.scope, n.flops]), [
      ['conv', '', 21000], ['relu', '', 100], ['loop', '', 6000], ['gemm', 'loop/body', 2000], ['add', 'loop/body', 50], ['relu2', '', 50],
    ]);
    assert.deepEqual(p.nodes?.[0]?.outputShapes, [[200]]);
    assert.equal(p.nodes?.[0]?.params, 30);
    // conv: max(21000/1e4 = 2.1, 500/1e3 = 0.5) = 2.1 compute; relu: max(0.01, 0.8) = 0.8 memory;
    // loop: max(0.6, 2.0) = 2.0 memory; relu2: max(0.005, 0.4) = 0.4 memory. Sum 5.3 s.
    assert.deepEqual(p.nodes?.map((n) => n.latencySeconds), [2.1, 0.8, 2, undefined, undefined, 0.4]);
    const r = p.roofline!;
    assert.ok(Math.abs(r.latencySeconds - 5.3) < 1e-12);
    assert.equal(r.arithmeticIntensity, 27150 / 3700);
    assert.equal(r.ridgePoint, 10);
    assert.deepEqual([r.hardware, r.peakFlops, r.bandwidth, r.computeBoundNodes, r.memoryBoundNodes], ['custom', 1e4, 1e3, 1, 3]);
  });

  test('no hardware: no roofline and no per-node latency; includeNodes false drops the table', () => {
    const p = profileModel(model(mainGraph), run(), params, { path: 'm.onnx' });
    assert.equal(p.roofline, undefined);
    assert.ok(p.nodes?.every((n) => n.latencySeconds === undefined));
    const q = profileModel(model(mainGraph), run(), params, { path: 'm.onnx', includeNodes: false });
    assert.equal(q.nodes, undefined);
    assert.equal(q.totals?.flops, 27150);
  });

  test('model header, inputs without initializers, bound shapes, op histogram with subgraphs', () => {
    const p = profileModel(model(mainGraph, [['', 13], ['com.microsoft', 1]]), run(), params, { path: 'm.onnx', externalDataBytes: 99 });
    assert.equal(p.schemaVersion, 2);
    assert.deepEqual(p.model, {
      path: 'm.onnx', format: 'onnx', formatVersion: 'IR 7', fileBytes: 1234, externalDataBytes: 99,
      producer: 'pytorch 1.13.1', opsets: { 'ai.onnx': 13, 'com.microsoft': 1 },
    });
    assert.deepEqual(p.inputs, [{ name: 'x', dtype: 'float32', shape: ['n'], boundShape: [100] }]);
    assert.deepEqual(p.outputs, [{ name: 'y', dtype: 'float32', shape: null, boundShape: [200] }]);
    assert.deepEqual(p.params, params);
    // Conv, Relu x2, Loop in the main graph; Gemm and Add in the body.
    assert.deepEqual(p.opHistogram, { Add: 1, Conv: 1, Gemm: 1, Loop: 1, Relu: 2 });
    assert.deepEqual(Object.keys(p.opHistogram), ['Add', 'Conv', 'Gemm', 'Loop', 'Relu']);
  });

  test('without an engine run: structure only', () => {
    const p = profileModel(model(mainGraph), undefined, params, { path: 'm.onnx' });
    assert.equal(p.totals, undefined);
    assert.equal(p.nodes, undefined);
    assert.deepEqual(p.inputs, [{ name: 'x', dtype: 'float32', shape: ['n'] }]);
    assert.deepEqual(p.unknownOps, []);
  });

  test('unknown ops and unresolved sizes make the totals a lower bound, with reasons', () => {
    const g = graph('g', [node('FooOp', ['x'], ['f'], 'foo', new Map(), 'com.example'), node('Relu', ['f'], ['y'], 'relu')], ['x'], ['y']);
    const engine = engineResult({
      inputs: { x: f32(10) },
      outputs: ['y'],
      unknownOps: [{ domain: 'com.example', opType: 'FooOp', count: 1 }],
      warnings: ['something odd'],
      nodes: [
        { node: g.nodes[0]!, outputs: [{ dtype: undefined, shape: undefined }], status: 'unknown-op', note: 'no definition', frees: ['x'] },
        { node: g.nodes[1]!, outputs: [{ dtype: undefined, shape: undefined }], status: 'unresolved', frees: ['f'] },
      ],
    });
    const p = profileModel(model(g), engine, params, { path: 'g.onnx' });
    assert.equal(p.totals?.lowerBound, true);
    assert.deepEqual(p.totals?.lowerBoundReasons, [
      '1 node(s) of unknown op type not counted',
      "peak activation memory: size of 2 value(s) unknown ('f', 'y')",
    ]);
    assert.deepEqual(p.unknownOps, [{ domain: 'com.example', opType: 'FooOp', count: 1 }]);
    assert.deepEqual(p.warnings, ['something odd']);
    assert.deepEqual(p.nodes?.map((n) => [n.status, n.note]), [['unknown-op', 'no definition'], ['unresolved', undefined]]);
    assert.equal(p.opHistogram['com.example.FooOp'], 1);
    // x (10 floats = 40 B) is the only value of known size: the peak is the input alone.
    assert.equal(p.totals?.peakActivationBytes, 40);
  });

  test('engine reasons are kept as given, deduplicated', () => {
    const g = graph('g', [node('Relu', ['x'], ['y'], 'relu')], ['x'], ['y']);
    const engine = engineResult({
      inputs: { x: typed('float32', 4) },
      outputs: ['y'],
      lowerBoundReasons: ['Loop trip count unknown', 'Loop trip count unknown'],
      nodes: [{ node: g.nodes[0]!, outputs: [f32(4)], frees: ['x'] }],
    });
    const p = profileModel(model(g), engine, params, { path: 'g.onnx' });
    assert.deepEqual(p.totals?.lowerBoundReasons, ['Loop trip count unknown']);
  });

  test('unnamed nodes get a name from op type and position', () => {
    const g = graph('g', [node('Relu', ['x'], ['y'], '')], ['x'], ['y']);
    const engine = engineResult({ inputs: { x: f32(4) }, outputs: ['y'], nodes: [{ node: g.nodes[0]!, outputs: [f32(4)], frees: ['x'] }] });
    assert.equal(profileModel(model(g), engine, params, { path: 'g.onnx' }).nodes?.[0]?.name, 'Relu@0');
  });
});

describe('opHistogram', () => {
  test('non-default domains are prefixed', () => {
    const g = graph('g', [node('FusedConv', [], ['a'], 'f', new Map(), 'com.microsoft'), node('Relu', [], ['b'])], [], []);
    assert.deepEqual(opHistogram(model(g)), { Relu: 1, 'com.microsoft.FusedConv': 1 });
  });

  test("keys in code-unit order; an op type named '__proto__' is a key, not the prototype", () => {
    const g = graph('g', [
      node('relu', [], ['a']), node('__proto__', [], ['b']), node('Relu', [], ['c']), node('__proto__', [], ['d']),
    ], [], []);
    const h = opHistogram(model(g));
    // 'R' (0x52) < '_' (0x5f) < 'r' (0x72).
    assert.deepEqual(Object.keys(h), ['Relu', '__proto__', 'relu']);
    assert.equal(Object.getOwnPropertyDescriptor(h, '__proto__')?.value, 2);
    assert.equal(Object.getPrototypeOf(h), Object.prototype);
  });
});
