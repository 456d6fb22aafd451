/**
 * Resource bombs (issue 8 items 6-7, issue 9 robustness): each small file asks for absurd work
 * and must end at once with one line naming what is wrong (graph/limits.ts), never a hang, an
 * out-of-memory abort or a stack overflow reported as an internal error.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { LimitError, MAX_EXECUTED_INPUTS, MAX_EXECUTED_NODES, MAX_GRAPH_DEPTH, MAX_RANK } from '../../src/graph/limits.js';
import { GraphError } from '../../src/graph/errors.js';
import { readOnnxBytes } from '../../src/formats/onnx/reader.js';
import { decodeModel } from '../../src/formats/onnx/decode.js';
import { WireReader } from '../../src/formats/onnx/wire.js';
import { registry } from '../../src/ops/index.js';
import { runEngine } from '../../src/shapes/engine.js';
import type { EngineResult } from '../../src/shapes/engine-types.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import {
  functionChainBomb, functionFanInBomb, functionSplitBomb, functionFanoutBomb, functionIfRecursionBomb, mutualRecursionBomb, nestedIfBomb, rankBomb, reluChain,
} from '../support/bombs.js';

function profile(bytes: Uint8Array): EngineResult {
  const { model } = readOnnxBytes(bytes, 'bomb.onnx');
  return runEngine(model, (d, op, v) => registry.lookup(d, op, v));
}

function limitMessage(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof GraphError || e instanceof ModelFileError, `expected a one-line input error, got ${String(e)}`);
    assert.match(e.message, pattern);
    assert.ok(!e.message.includes('\n'), 'one line');
    return true;
  });
}

describe('rank limit (a shape input declared with 100,000 elements)', () => {
  for (const op of ['ConstantOfShape', 'Reshape', 'Expand'] as const) {
    test(`${op}: the node is named and the rank refused`, () => {
      limitMessage(() => profile(rankBomb(op, 100_000)),
        new RegExp(`^node '${op}_0' \\(${op}\\): the shape input has 100,000 elements: an output rank above ${MAX_RANK}`));
    });
  }

  test('a shape input of exactly MAX_RANK elements still gives a rank-64 output', () => {
    const res = profile(rankBomb('ConstantOfShape', MAX_RANK));
    assert.equal(res.nodes[0]!.outputs[0]!.shape!.length, MAX_RANK);
  });

  test('Slice with more starts than the data has axes is a node error, not 100,000 axes', () => {
    const res = profile(rankBomb('Slice', 100_000));
    assert.equal(res.nodes[0]!.status, 'error');
    assert.match(res.nodes[0]!.note!, /starts has 100000 entries, more than the data's rank 1/);
  });

  test('a graph input of rank 65 is refused', () => {
    // rankBomb's shape input is 1-D; a declared rank above the limit is refused the same way.
    const bytes = rankBomb('ConstantOfShape', 1);
    const { model } = readOnnxBytes(bytes, 'rank.onnx');
    const wide = { ...model, graph: { ...model.graph, inputs: [{ ...model.graph.inputs[0]!, shape: new Array<number>(MAX_RANK + 1).fill(1) }] } };
    assert.throws(() => runEngine(wide, (d, op, v) => registry.lookup(d, op, v)), (e: unknown) =>
      e instanceof LimitError && /^input 's': rank 65 is above 64/.test(e.message));
  });
});

describe('graph nesting', () => {
  test(`If bodies nested ${MAX_GRAPH_DEPTH + 1} deep are refused by the reader`, () => {
    limitMessage(() => profile(nestedIfBomb(MAX_GRAPH_DEPTH + 1)), /subgraphs \(If\/Loop\/Scan bodies\) nest more than 64 deep \(byte \d+\)$/);
  });

  test('If bodies nested 10,000 deep: the same one line, no stack overflow', () => {
    limitMessage(() => profile(nestedIfBomb(10_000)), /^bomb\.onnx: subgraphs \(If\/Loop\/Scan bodies\) nest more than 64 deep/);
  });

  test(`If bodies nested ${MAX_GRAPH_DEPTH} deep are profiled`, () => {
    const res = profile(nestedIfBomb(MAX_GRAPH_DEPTH));
    // One If per level, each counted once in the per-node list: 64 nodes.
    assert.equal(res.nodes.filter((n) => n.node.opType === 'If').length, MAX_GRAPH_DEPTH);
  });
});

describe('local functions', () => {
  test('F_k calls F_{k-1} twice, 20 levels: 2^20 nodes refused before any is expanded', () => {
    // 2^20 = 1,048,576 Relu nodes > MAX_EXECUTED_NODES (250,000).
    assert.ok(2 ** 20 > MAX_EXECUTED_NODES);
    limitMessage(() => profile(functionFanoutBomb(20, 2, 1)), /^the model runs more than 250,000 nodes \(local functions expanded, control-flow bodies included\)/);
  });

  test('F_k calls F_{k-1} twice, 4 levels, 3 calls: 3 x 2^4 = 48 Relu nodes', () => {
    const res = profile(functionFanoutBomb(4, 2, 3));
    assert.equal(res.nodes.length, 48);
    assert.ok(res.nodes.every((n) => n.node.opType === 'Relu'));
  });

  test('21 calls of a function of one Sum of 100,000 inputs: 2,100,000 inputs refused before any is expanded', () => {
    // 21 nodes, far below MAX_EXECUTED_NODES, but 21 x 100,000 = 2,100,000 inputs > 2,000,000.
    // Counted 1 a node, 5,000 calls of it (418 KB) took 267 s and 6.1 GB.
    assert.equal(MAX_EXECUTED_INPUTS, 2_000_000);
    limitMessage(() => profile(functionFanInBomb(21, 100_000)),
      /^the model runs nodes that read and write more than 2,000,000 values in all \(local functions expanded, control-flow bodies included\), the most model-budget profiles \(at node '[^']+'\)$/);
  });

  test('21 calls of a function of one Split into 100,000 outputs: the same limit, counted on outputs', () => {
    // 21 x (1 input + 100,000 outputs) = 2,100,021 values > 2,000,000. Counting inputs alone, 60
    // calls of it (790 KB) took 22.5 s and 2.4 GB.
    limitMessage(() => profile(functionSplitBomb(21, 100_000)),
      /^the model runs nodes that read and write more than 2,000,000 values in all \(local functions expanded, control-flow bodies included\), the most model-budget profiles \(at node '[^']+'\)$/);
  });

  test('executed counts each expanded node, its inputs and outputs: 3 calls of a 5-input Sum = 3 nodes, 18 values', () => {
    // 3 x (5 inputs + 1 output) = 18.
    assert.deepEqual(profile(functionFanInBomb(3, 5)).executed, { nodes: 3, inputs: 18 });
    // F_k calls F_{k-1} twice, 4 levels, 3 calls: 48 Relus of one input and one output each, 96.
    assert.deepEqual(profile(functionFanoutBomb(4, 2, 3)).executed, { nodes: 48, inputs: 96 });
  });

  test('executed counts a graph without functions too: Add(x, x) then Relu = 2 nodes, 5 values', () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 8]);
    g.node('Add', ['x', 'x'], ['s']);
    g.node('Relu', ['s'], ['y']);
    g.output('y', 'float32', null);
    // Add: 2 inputs + 1 output; Relu: 1 + 1.
    assert.deepEqual(profile(modelBytes(g, { opset: 17 })).executed, { nodes: 2, inputs: 5 });
  });

  test(`a call chain ${MAX_GRAPH_DEPTH + 1} deep is refused`, () => {
    limitMessage(() => profile(functionChainBomb(MAX_GRAPH_DEPTH + 1)), /^local function 'F64': graphs and local-function calls nest more than 64 deep$/);
  });

  test('a call chain 1,000 deep: one line, no stack overflow', () => {
    limitMessage(() => profile(functionChainBomb(1_000)), /nest more than 64 deep$/);
  });

  test('a function calling itself through an If branch is a cycle', () => {
    limitMessage(() => profile(functionIfRecursionBomb()), /^local function 'F' calls itself \(through bomb::F -> bomb::F\)$/);
  });

  test('mutually recursive functions are a cycle', () => {
    limitMessage(() => profile(mutualRecursionBomb()), /^local function 'F' calls itself \(through bomb::F -> bomb::G -> bomb::F\)$/);
  });
});

describe('graph size', () => {
  test('a graph of more nodes than the limit is refused while decoding (limit lowered to 10 for speed)', () => {
    const bytes = reluChain(11);
    assert.throws(() => decodeModel(WireReader.fromBytes(bytes), bytes.length, { externalTensors: [], maxNodes: 10 }), (e: unknown) =>
      e instanceof LimitError && e.message === 'the model has more than 10 nodes, the most model-budget profiles');
    assert.equal(decodeModel(WireReader.fromBytes(bytes), bytes.length, { externalTensors: [], maxNodes: 11 }).graph!.nodes.length, 11);
  });
});

describe('malformed nodes found by npm run fuzz', () => {
  test('a node without outputs is a node error, not a crash', () => {
    // A bit flip turned a Relu's output field into an unknown field: Relu(h1) -> nothing.
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 8]);
    g.node('Relu', ['x'], ['y']);
    g.node('Relu', ['y'], []);
    g.output('y', 'float32', [1, 8]);
    const res = profile(modelBytes(g, { opset: 17 }));
    assert.equal(res.nodes[1]!.status, 'error');
    assert.equal(res.nodes[1]!.note, 'the node has no outputs');
    assert.deepEqual(res.nodes[0]!.cost, { macs: 0, flops: 8, bytes: 64 });
  });
});
