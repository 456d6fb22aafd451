/** valuesReadAsWeights: the stored value behind each weight input, found through layout ops. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Node } from '../../src/graph/ir.js';
import { WEIGHT_LAYOUT_OPS, valuesReadAsWeights } from '../../src/graph/weight-values.js';
import { node } from '../shapes/graph-builder.js';

describe('valuesReadAsWeights', () => {
  test('follows only input 0 of value-preserving default-domain ops', () => {
    const nodes: Node[] = [
      node('Reshape', ['bq', 'shape'], ['bq2']),
      node('DequantizeLinear', ['bq2', 's'], ['b']),
      // A Gather's indices, and a Reshape in another domain, are not the weight's data.
      node('Gather', ['table', 'idx'], ['g']),
      node('DequantizeLinear', ['g', 's'], ['gd']),
      node('Reshape', ['cq', 'shape'], ['cq2'], { domain: 'custom' }),
      node('DequantizeLinear', ['cq2', 's'], ['c']),
    ];
    assert.deepEqual([...valuesReadAsWeights([{ nodes }], []).graph].sort(), ['bq', 'cq2', 'g']);
  });

  test('a chain of 200,000 Identity nodes, every value of it dequantized, is resolved in linear time', () => {
    // A walk back per read would take 200,000^2 / 2 = 2e10 steps.
    const n = 200_000;
    const nodes: Node[] = [];
    for (let i = 0; i < n; i++) nodes.push(node('Identity', [i === 0 ? 'q' : `v${i - 1}`], [`v${i}`]));
    for (let i = 0; i < n; i++) nodes.push(node('DequantizeLinear', [`v${i}`, 's'], [`d${i}`]));
    const start = performance.now();
    assert.deepEqual([...valuesReadAsWeights([{ nodes }], []).graph], ['q']);
    assert.ok(performance.now() - start < 5_000, `took ${performance.now() - start} ms`);
  });

  test('a cycle of layout ops (a malformed graph) ends the walk', () => {
    const nodes: Node[] = [
      node('Transpose', ['b'], ['a']),
      node('Identity', ['a'], ['b']),
      node('DequantizeLinear', ['a', 's'], ['y']),
    ];
    assert.equal(valuesReadAsWeights([{ nodes }], []).graph.size, 1);
  });

  test('docs/metrics.md names every op followed', () => {
    const params = readFileSync(new URL('../../../docs/metrics.md', import.meta.url), 'utf8').split('\n## ')[1]!;
    for (const op of WEIGHT_LAYOUT_OPS) assert.ok(params.includes(`\`${op}\``), `docs/metrics.md's Params section does not name ${op}`);
  });
});
