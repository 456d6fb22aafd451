/**
 * The why section as markdown (issue 13 item 7): matched nodes say what they were, module scopes
 * come before nodes, and the per-op-type mermaid chart is collapsed, inert for hostile op type
 * names, and the first thing dropped when the comment is long.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import type { GateReport } from '../../src/budget/types.js';
import { renderComment, renderText } from '../../src/report/index.js';
import { chartLabel, renderOpTypeChart } from '../../src/report/op-type-chart.js';
import { profile } from '../budget/fixtures.js';
import { assertValidGfm } from './gfm-check.js';

const HOSTILE_OP = '"]\n```\n%%{init: {"theme":"dark"}}%%\n<img src=x onerror=alert(1)> @octocat |';

function report(): GateReport {
  // fc1 widened 64 -> 128 and its layer index shifted (layers.3 -> layers.2): 2,048 -> 4,096 FLOPs.
  const base = profile({
    params: 1,
    totals: { macs: 1024, flops: 2048 + 8, memoryBytes: 100, peakActivationBytes: 10 },
    byOpType: [
      { opType: 'MatMul', domain: '', count: 1, macs: 1024, flops: 2048, memoryBytes: 90 },
      { opType: HOSTILE_OP, domain: 'evil', count: 1, macs: 8, flops: 8, memoryBytes: 10 },
    ],
    nodes: [
      { name: '/layers.3/mlp/fc1/MatMul', opType: 'MatMul', outputShapes: [[1, 16, 64]], flops: 2048, macs: 1024, memoryBytes: 90 },
      { name: 'custom', opType: HOSTILE_OP, domain: 'evil', outputShapes: [[1]], flops: 8, memoryBytes: 10 },
    ],
  });
  const head = profile({
    params: 1,
    totals: { macs: 2048, flops: 4096 + 8, memoryBytes: 190, peakActivationBytes: 10 },
    byOpType: [
      { opType: 'MatMul', domain: '', count: 1, macs: 2048, flops: 4096, memoryBytes: 180 },
      { opType: HOSTILE_OP, domain: 'evil', count: 1, macs: 8, flops: 8, memoryBytes: 10 },
    ],
    nodes: [
      { name: '/layers.2/mlp/fc1/MatMul', opType: 'MatMul', outputShapes: [[1, 16, 128]], flops: 4096, macs: 2048, memoryBytes: 180 },
      { name: 'custom', opType: HOSTILE_OP, domain: 'evil', outputShapes: [[1]], flops: 8, memoryBytes: 10 },
    ],
  });
  return evaluateGate({ config: null, models: [{ path: 'models/lm.onnx', status: 'modified', base, head }] });
}

describe('the why section', () => {
  test('a changed node names its base counterpart and shapes; its scope comes first', () => {
    const md = renderComment(report()).replace(/\u00a0/g, ' ');
    assertValidGfm(md);
    const scopeAt = md.indexOf('| Module scope | FLOPs | Change | Memory access |');
    const nodeAt = md.indexOf('| Node | Op type | Change |');
    assert.ok(scopeAt > 0 && nodeAt > scopeAt, md);
    // Scope /layers.2/mlp (the head's; the first two segments): 2,048 -> 4,096 FLOPs (+100%), memory 90 -> 180 (+90 B).
    assert.ok(md.includes('| `/layers.2/mlp` | 2.05 K → 4.10 K | +2.05 K (+100%) | +90 B |'), md);
    assert.ok(md.includes('| `/layers.2/mlp/fc1/MatMul` | `MatMul` | changed: `1x16x64` → `1x16x128`, was `/layers.3/mlp/fc1/MatMul` | +2.05 K | +1.02 K | +90 B |'), md);
    assert.equal(md.includes('| removed |') || md.includes('| added |'), false, md);
  });

  test('the chart is collapsed, valid, and a hostile op type stays a plain label', () => {
    const md = renderComment(report());
    assertValidGfm(md);
    assert.ok(md.includes('<details><summary>Chart: FLOPs per op type, base vs head</summary>\n\n```mermaid\nxychart-beta\n'), md);
    // Totals per op type: FLOPs 2,056 -> 4,104 (+99.6%), MACs 1,032 -> 2,056 (+99.2%), memory
    // 100 -> 190 (+90%): FLOPs. In K: MatMul 4.096 -> 4.1 (head bar), 2.048 -> 2.05 (base line);
    // the custom op 0.008 on both. Its label keeps only safe characters, cut to 22 + `..`: `evil::`, 10 for `"]\n```\n%%{`, `init:`, 1 for the space.
    const start = md.indexOf('```mermaid');
    assert.equal(md.slice(start, md.indexOf('```\n', start + 3) + 3), [
      '```mermaid',
      'xychart-beta',
      '    title "FLOPs per op type: head (bars), base (line)"',
      '    x-axis ["MatMul", "evil::__________init:_.."]',
      '    y-axis "FLOPs (K)"',
      '    bar [4.1, 0.008]',
      '    line [2.05, 0.008]',
      '```',
    ].join('\n'));
    assert.equal(md.split('```').length - 1, 2, 'one fence opened and closed');
    assert.equal(chartLabel('Conv', 'ai.onnx'), '"Conv"');
    // The report round-trips through the validator with its chart.
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(report()))).models[0]?.why?.chart, report().models[0]?.why?.chart);
  });

  test('the CLI text has the same scopes and what a changed node was', () => {
    const text = renderText(report());
    // Scope /layers.2/mlp: 2,048 -> 4,096 FLOPs, memory +90 B.
    assert.match(text, /^  \/layers\.2\/mlp +2\.05 K -> 4\.10 K +\+2\.05 K +\+90 B$/m);
    assert.ok(text.includes('/layers.2/mlp/fc1/MatMul  MatMul   changed: 1x16x64 -> 1x16x128, was /layers.3/mlp/fc1/MatMul'), text);
  });

  test("a PyTorch node name inside a body joins its scope with one '/' (it printed 'Loop_0/body//layers.0/fc/MatMul')", () => {
    // The same fc inside a Loop body, renamed layers.1 -> layers.0 and widened 64 -> 128:
    // 2,048 -> 4,096 FLOPs (+2.05 K), 1,024 -> 2,048 MACs (+1.02 K), 90 -> 180 B (+90 B).
    const side = (layer: number, width: number, flops: number, macs: number, memoryBytes: number) => profile({
      params: 1,
      totals: { macs, flops, memoryBytes, peakActivationBytes: 10 },
      byOpType: [{ opType: 'MatMul', domain: '', count: 1, macs, flops, memoryBytes }],
      nodes: [{ name: `/layers.${layer}/fc/MatMul`, scope: 'Loop_0/body', opType: 'MatMul', outputShapes: [[1, width]], flops, macs, memoryBytes }],
    });
    const r = evaluateGate({ config: null, models: [{ path: 'models/loop.onnx', status: 'modified', base: side(1, 64, 2048, 1024, 90), head: side(0, 128, 4096, 2048, 180) }] });
    const md = renderComment(r).replace(/\u00a0/g, ' ');
    assert.ok(md.includes('| `Loop_0/body/layers.0/fc/MatMul` | `MatMul` | changed: `1x64` → `1x128`, was `Loop_0/body/layers.1/fc/MatMul` | +2.05 K | +1.02 K | +90 B |'), md);
    const text = renderText(r);
    assert.ok(text.includes('Loop_0/body/layers.0/fc/MatMul  MatMul   changed: 1x64 -> 1x128, was Loop_0/body/layers.1/fc/MatMul'), text);
    assert.ok(!md.includes('body//') && !text.includes('body//'), 'no doubled slash');
  });

  test('the chart goes first when the comment is long', () => {
    const r = report();
    const full = renderComment(r);
    const trimmed = renderComment(r, { maxLength: full.length - 1 });
    assert.ok(!trimmed.includes('```mermaid'), trimmed);
    assert.ok(trimmed.includes('| Node | Op type | Change |'), 'the node table stays');
  });

  test('values scaled to the largest, a new model without the base line', () => {
    const lines = renderOpTypeChart({ metric: 'memory', opTypes: [{ opType: 'Conv', domain: '', base: 0, head: 2_500_000 }, { opType: 'Relu', domain: '', base: 0, head: 40_000 }], more: 3 }, true);
    assert.deepEqual(lines, [
      '<details><summary>Chart: Memory access per op type</summary>', '',
      '```mermaid', 'xychart-beta', '    title "Memory access per op type"', '    x-axis ["Conv", "Relu"]', '    y-axis "Memory access (MB)"',
      // 2,500,000 B = 2.5 MB; 40,000 B = 0.04 MB.
      '    bar [2.5, 0.04]', '```', '',
      '<sub>3 smaller op types not drawn.</sub>', '',
      '</details>', '',
    ]);
  });
});
