/**
 * Weights-only models through the gate: metrics their format cannot measure are rows that say
 * "n/a" (never 0, never a silent pass of a budget on them), the reason is a note, and the why
 * breakdown names the module whose params changed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchModel, parseConfig } from '../../src/budget/config.js';
import { evaluateModel, moduleChanges } from '../../src/budget/evaluate.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import type { WeightTensor } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';

const t = (name: string, elements: number): WeightTensor => ({ name, dtype: 'float32', dims: [elements], elements, bytes: elements * 4, role: 'param' });

function weights(tensors: WeightTensor[]) {
  return profileWeights({ tensors, metadata: new Map(), warnings: [], sideFiles: [] }, {
    path: 'ckpt/model.pt', format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 1000, sideFileBytes: 0,
  });
}

const base = weights([t('layer1.0.conv1.weight', 100), t('layer1.0.bn1.weight', 10), t('fc.weight', 50)]);
// conv1 grows by 60 (100 -> 160); fc by 5 (50 -> 55); layer2 is new (20).
const head = weights([t('layer1.0.conv1.weight', 160), t('layer1.0.bn1.weight', 10), t('fc.weight', 55), t('layer2.w', 20)]);

const CONFIG = parseConfig(`version: 1
models:
  - name: ckpt
    path: "ckpt/*.pt"
    budgets:
      params: { max: 1M }
      macs: { max: 1G }
`);

describe('weights-only models in the gate', () => {
  const report = evaluateModel({ path: 'ckpt/model.pt', status: 'modified', base, head }, matchModel(CONFIG, 'ckpt/model.pt'), 'error');

  test('params are compared; MACs with a budget is n/a and a warning, not a pass', () => {
    const params = report.rows.find((r) => r.metric === 'params')!;
    // base 100 + 10 + 50 = 160; head 160 + 10 + 55 + 20 = 245.
    assert.equal(params.base, 160);
    assert.equal(params.head, 245);
    assert.equal(params.status, 'ok');
    const macs = report.rows.find((r) => r.metric === 'macs')!;
    assert.equal(macs.head, null);
    assert.equal(macs.headNotAvailable, true);
    assert.equal(macs.baseNotAvailable, true);
    assert.equal(macs.status, 'warning');
    assert.equal(macs.budget, '≤ 1 G');
    assert.deepEqual(macs.reasons, [`not measured: ${head.unavailable!.reason}; the budget was not checked`]);
    assert.equal(report.verdict, 'warning');
  });

  test('every unavailable metric has a row, and the reason is a note', () => {
    for (const m of ['flops', 'memory', 'peak-memory'] as const) {
      const r = report.rows.find((x) => x.metric === m);
      assert.ok(r?.headNotAvailable, m);
      assert.equal(r.status, 'ok');
    }
    assert.ok(report.notes.includes('MACs, FLOPs, Memory access, Peak activation memory, Latency: n/a (PyTorch files store weights only: there is no graph to count MACs, FLOPs, memory access, peak memory or latency on)'), report.notes.join('\n'));
  });

  test('the why names the module that grew, not its parents', () => {
    // layer1 +60 is all of layer1.0 +60, which is all of layer1.0.conv1 +60: only the conv is named.
    assert.deepEqual(moduleChanges(base, head), [
      { name: 'layer1.0.conv1', baseParams: 100, headParams: 160 },
      { name: 'layer2', baseParams: 0, headParams: 20 },
      { name: 'fc', baseParams: 50, headParams: 55 },
    ]);
    assert.equal(report.why?.modulesChanged, 3);
  });

  test('the comment and the text report say n/a and name the module; the report survives validation', () => {
    const gate = evaluateGate({ config: CONFIG, models: [{ path: 'ckpt/model.pt', status: 'modified', base, head }] });
    const again = validateGateReport(JSON.parse(JSON.stringify(gate)));
    assert.deepEqual(again, gate);
    const md = renderComment(again);
    assert.ok(md.includes('| MACs | n/a | n/a | — | ≤ 1 G | ⚠️ |'), md);
    assert.ok(md.includes('| `layer1.0.conv1` | 100 | 160 | +60 |'), md);
    const text = renderText(again);
    assert.match(text, /^ {2}MACs +n\/a +n\/a/m);
    assert.match(text, /module layer1\.0\.conv1: params 100 -> 160 \(\+60\)/);
  });
});
