import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OPS_BEGIN, OPS_END, generateDocs, renderOpCoverage, renderOpFormulas, repoRoot, spliceMarkers, testedOpNames,
} from '../../scripts/gen-docs.js';
import { ONNX_ML_OPERATORS, ONNX_OPERATORS } from '../../src/ops/onnx-operator-list.js';
import type { OpDef } from '../../src/shapes/types.js';

describe('generated docs are up to date', () => {
  test('docs/op-coverage.md and the op table of docs/metrics.md match a fresh generation (run `npm run docs`)', () => {
    const root = repoRoot();
    for (const [rel, expected] of generateDocs(root).files) {
      const actual = readFileSync(join(root, rel), 'utf8');
      assert.ok(actual === expected, `${rel} is stale: run \`npm run docs\` and commit the result`);
    }
  });
});

function def(opType: string, since: number, doc: OpDef['doc'], domain = '', movesData?: boolean): OpDef {
  return {
    domain, opType, since, doc, ...(movesData !== undefined ? { movesData } : {}),
    infer: () => ({ outputs: [] }),
    cost: () => ({ macs: 0, flops: 0 }),
  };
}

describe('testedOpNames', () => {
  test('harness calls and hand-built test models count; other strings do not', () => {
    const names = testedOpNames([
      "runOp({ op: 'Conv', inputs: [] }); runOp({op:\"Gemm\"})",
      "b.node('Relu', ['x'], ['y']); node( 'Add', [], []); { opType: 'Loop' }",
      "const s = 'Softmax'; // op Softmax mentioned in prose",
    ]);
    assert.deepEqual([...names].sort(), ['Add', 'Conv', 'Gemm', 'Loop', 'Relu']);
  });
});

describe('renderOpCoverage', () => {
  test('rows for every ONNX operator; ours, shape, cost and tested columns', () => {
    const md = renderOpCoverage([
      def('Conv', 1, { flops: '2 * MACs' }),
      def('Conv', 11, { flops: '2 * MACs' }),
      def('Relu', 6, { flops: '' }),
      def('FusedConv', 1, { flops: '2 * MACs + bias' }, 'com.microsoft'),
    ], new Set(['Conv', 'FusedConv']));
    assert.ok(md.includes('| Conv | 1, 11, 22 | 1, 11 | ✓ | ✓ | ✓ |'), 'Conv row');
    // Registered, but without a FLOPs formula and untested.
    assert.ok(md.includes('| Relu (function) | 1, 6, 13, 14 | 6 | ✓ | — | — |'), 'Relu row');
    assert.ok(md.includes('| Gemm | 1, 6, 7, 9, 11, 13 | — | — | — | — |'), 'Gemm row');
    assert.ok(md.includes('| Upsample (deprecated) | 7, 9, 10 |'), 'deprecated flag');
    assert.ok(md.includes('## com.microsoft (operators we support)'));
    assert.ok(md.includes('| FusedConv | 1 | ✓ | ✓ | ✓ |'));
    // Summary: 2 of the ai.onnx operators have a definition, 1 of them tested.
    assert.ok(md.includes(`| ai.onnx | ${ONNX_OPERATORS.length} | 2 | 1 |`));
    assert.ok(md.includes(`| ai.onnx.ml | ${ONNX_ML_OPERATORS.length} | 0 | 0 |`));
    assert.ok(md.includes('| com.microsoft (supported only) | 1 | 1 | 1 |'));
    // One table row per ONNX operator.
    const onnxSection = md.slice(md.indexOf('## ai.onnx (default domain)'), md.indexOf('## ai.onnx.ml'));
    assert.equal(onnxSection.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Operator')).length, ONNX_OPERATORS.length);
  });
});

describe('renderOpFormulas', () => {
  test('one row per op; versions with different formulas are both shown; pipes escaped', () => {
    const md = renderOpFormulas([
      def('Conv', 1, { macs: 'N * Cout * Hout * Wout * Cin/g * Kh * Kw', flops: '2 * MACs + bias', peers: 'thop: no bias' }),
      def('Reshape', 5, { flops: '0' }, '', false),
      def('Clip', 6, { flops: '1 per element' }),
      def('Clip', 11, { flops: '2 per element | min and max' }),
      def('Gather', 13, { flops: '0', memory: 'indices + selected rows + output' }),
    ]);
    assert.ok(md.includes('#### ai.onnx'));
    assert.ok(md.includes('| Conv | N * Cout * Hout * Wout * Cin/g * Kh * Kw | 2 * MACs + bias | inputs + outputs | thop: no bias |'));
    assert.ok(md.includes('| Reshape | 0 | 0 | 0 (moves no data) |  |'));
    assert.ok(md.includes('| Clip | 0 | (since 6) 1 per element<br>(since 11) 2 per element \\| min and max | inputs + outputs |  |'));
    assert.ok(md.includes('| Gather | 0 | 0 | indices + selected rows + output |  |'));
  });
});

describe('spliceMarkers', () => {
  test('replaces only what lies between the markers', () => {
    const doc = `head\n${OPS_BEGIN}\nold\n${OPS_END}\ntail\n`;
    assert.equal(spliceMarkers(doc, '\nnew\n'), `head\n${OPS_BEGIN}\nnew\n${OPS_END}\ntail\n`);
  });

  test('missing markers are an error naming the file', () => {
    assert.throws(() => spliceMarkers('no markers', 'x'), /docs\/metrics\.md: markers/);
  });
});

describe('ONNX operator list', () => {
  test('since-versions as in onnx docs/Operators.md', () => {
    const byName = new Map(ONNX_OPERATORS.map((e) => [e.name, e]));
    assert.deepEqual(byName.get('Conv')?.versions, [1, 11, 22]);
    assert.deepEqual(byName.get('Gemm')?.versions, [1, 6, 7, 9, 11, 13]);
    assert.deepEqual(byName.get('LayerNormalization')?.versions, [17]);
    assert.equal(byName.get('Scatter')?.deprecated, true);
    assert.equal(byName.get('Softmax')?.function, true);
    // Names are unique and versions ascending.
    assert.equal(byName.size, ONNX_OPERATORS.length);
    for (const e of [...ONNX_OPERATORS, ...ONNX_ML_OPERATORS]) {
      assert.deepEqual([...e.versions].sort((a, b) => a - b), [...e.versions], e.name);
    }
    assert.ok(ONNX_ML_OPERATORS.some((e) => e.name === 'TreeEnsembleClassifier'));
  });
});
