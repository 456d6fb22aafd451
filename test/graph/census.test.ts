/** graphCensus: every graph once, in walkGraphs' order, with its op types counted; and what reads it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { graphCensus } from '../../src/graph/census.js';
import { walkGraphs } from '../../src/graph/ir.js';
import { valuesReadAsWeights, valuesReadAsWeightsOf } from '../../src/graph/weight-values.js';
import { familiesOf } from '../../src/ops/load.js';
import { opHistogram } from '../../src/profile/profile.js';
import { fn, graph, graphAttr, model, node, vi } from '../shapes/graph-builder.js';

const x = vi('x', 'float32', [1, 4]);

/** Main: Relu, If (both branches one shared graph: Add, Relu), com.microsoft FusedConv, Loop (body: Relu). */
function nested() {
  const branch = graph({ name: 'branch', inputs: [], outputs: [x], nodes: [node('Add', ['x', 'x'], ['a']), node('Relu', ['a'], ['x'])] });
  const body = graph({ name: 'body', inputs: [], outputs: [x], nodes: [node('Relu', ['x'], ['x'])] });
  return graph({
    inputs: [x], outputs: [x],
    nodes: [
      node('Relu', ['x'], ['r']),
      node('If', ['c'], ['i'], { attrs: { then_branch: graphAttr(branch), else_branch: graphAttr(branch) } }),
      node('FusedConv', ['i', 'w'], ['f'], { domain: 'com.microsoft' }),
      node('Loop', ['', '', 'f'], ['x'], { attrs: { body: graphAttr(body) } }),
    ],
  });
}

function counts(census: ReturnType<typeof graphCensus>): Record<string, number> {
  const out: Record<string, number> = {};
  census.ops.forEach((byType, domain) => byType.forEach((c, opType) => {
    assert.equal(c.domain, domain);
    assert.equal(c.opType, opType);
    out[`${domain}|${opType}`] = c.count;
  }));
  return out;
}

describe('graphCensus', () => {
  test('lists the graphs as walkGraphs does (a shared branch once) and counts their nodes by domain and op type', () => {
    const g = nested();
    const census = graphCensus(g);
    assert.deepEqual(census.graphs, walkGraphs(g));
    assert.deepEqual(census.graphs.map((s) => s.name), ['g', 'branch', 'body']);
    // Relu: 1 in main + 1 in the shared branch (counted once) + 1 in the body.
    assert.deepEqual(counts(census), { '|Relu': 3, '|If': 1, '|Add': 1, '|Loop': 1, 'com.microsoft|FusedConv': 1 });
    assert.deepEqual(opHistogram(model(g), census), { Add: 1, If: 1, Loop: 1, Relu: 3, 'com.microsoft.FusedConv': 1 });
  });
});

describe('valuesReadAsWeightsOf', () => {
  test('no weight-input op and no local function: nothing, as valuesReadAsWeights finds', () => {
    const g = nested();
    const w = valuesReadAsWeightsOf(graphCensus(g), []);
    assert.equal(w.graph.size, 0);
    assert.equal(w.functions.size, 0);
    assert.equal(valuesReadAsWeights(walkGraphs(g), []).graph.size, 0);
  });

  test('a DequantizeLinear in a nested body (domain spelt ai.onnx) or a local function: the full analysis', () => {
    const body = graph({ name: 'body', inputs: [], outputs: [x], nodes: [node('DequantizeLinear', ['q', 's'], ['x'], { domain: 'ai.onnx' })] });
    const g = graph({ inputs: [x], outputs: [x], nodes: [node('Loop', ['', '', 'x'], ['x'], { attrs: { body: graphAttr(body) } })] });
    assert.deepEqual([...valuesReadAsWeightsOf(graphCensus(g), []).graph], ['q']);
    const local = fn({ name: 'F', domain: 'local', inputs: ['i'], outputs: ['o'], nodes: [node('DequantizeLinear', ['i', 's'], ['o'])] });
    const caller = graph({ inputs: [x], outputs: [x], nodes: [node('F', ['k'], ['x'], { domain: 'local' })] });
    assert.deepEqual([...valuesReadAsWeightsOf(graphCensus(caller), [local]).graph], ['k']);
  });
});

describe('familiesOf with a census', () => {
  test("op types are looked up by the file's domain without touching Object.prototype ('constructor', '__proto__')", () => {
    const g = graph({
      inputs: [x], outputs: [x],
      nodes: [
        node('Relu', ['x'], ['a']),
        node('toString', ['a'], ['b'], { domain: 'constructor' }),
        node('Conv', ['b'], ['c'], { domain: '__proto__' }),
        node('Gemm', ['c'], ['x'], { domain: 'hasOwnProperty' }),
      ],
    });
    assert.deepEqual([...familiesOf(model(g))], ['activation']);
  });
});
