/**
 * A base too small to divide by (5e-324, the smallest double, from a hostile report or cache
 * entry) has no percent, as a base of 0 has none: the delta alone, never `+Infinity%` or
 * `+1e+302%`, in the rows, the largest-change cell, the totals and the budget reasons. A relative
 * budget still weighs the growth against it (delta * 100 > limit * base), without dividing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateMetric } from '../../src/budget/evaluate.js';
import { evaluateGate } from '../../src/budget/gate.js';
import { formatPercent, percentChange } from '../../src/budget/units.js';
import { renderComment, renderText } from '../../src/report/index.js';
import { profile } from '../budget/fixtures.js';

const TINY = 5e-324;
const CONFIG = parseConfig(`version: 1
models:
  - name: all
    path: "**"
    budgets:
      params: { max-increase: 10% }
`);

describe('percentChange', () => {
  test('a base of 0, or one whose ratio overflows or passes 1e21 %, has no percent', () => {
    assert.equal(percentChange(0, 5), null);
    assert.equal(percentChange(TINY, 1), null); // (1 - 5e-324) / 5e-324 is Infinity
    assert.equal(percentChange(1e-300, 1), null); // 1e302 %: toFixed would write 1e+302
    assert.equal(percentChange(100, 150), 50);
    assert.equal(percentChange(200, 100), -50);
    // 1 -> 25 M params: 2,499,999,900 %, still written in digits.
    assert.equal(percentChange(1, 25e6), 2_499_999_900);
    assert.equal(formatPercent(percentChange(1, 25e6)!), '+2499999900%');
    assert.equal(percentChange(TINY, TINY), 0);
  });
});

describe('a tiny base in the gate', () => {
  test('max-increase against a 5e-324 base: a breach, said as growth from that base, no percent', () => {
    const row = evaluateMetric('params', { value: TINY, lowerBound: false }, { value: 512, lowerBound: false }, {
      isNew: false, deleted: false, budget: CONFIG.models[0]!.budgets.params!, level: 'error',
    });
    assert.equal(row.pct, null);
    assert.equal(row.delta, 512);
    assert.equal(row.status, 'error');
    assert.deepEqual(row.reasons, ['grew from 4.94e-324 exceeds max-increase +10%']);
    // The same base on the head: no change, no breach.
    const same = evaluateMetric('params', { value: TINY, lowerBound: false }, { value: TINY, lowerBound: false }, {
      isNew: false, deleted: false, budget: CONFIG.models[0]!.budgets.params!, level: 'error',
    });
    assert.deepEqual([same.pct, same.status, same.reasons], [0, 'ok', []]);
  });

  test('the comment and the text report: no Infinity, the change as a delta, totals without a percent', () => {
    const report = evaluateGate({
      config: CONFIG,
      models: [
        { path: 'tiny.onnx', status: 'modified', base: profile({ params: TINY, fileBytes: 1000 }), head: profile({ params: 100, fileBytes: 1000 }) },
        { path: 'zero.onnx', status: 'modified', base: profile({ params: 0, fileBytes: 1000 }), head: profile({ params: 100, fileBytes: 1000 }) },
      ],
    });
    assert.deepEqual(report.models.map((m) => [m.path, m.rows.find((r) => r.metric === 'params')!.pct, m.verdict]), [
      ['tiny.onnx', null, 'error'],
      ['zero.onnx', null, 'error'],
    ]);
    const md = renderComment(report);
    const text = renderText(report);
    for (const out of [md, text]) {
      assert.doesNotMatch(out, /Infinity|NaN|e\+\d/, out);
    }
    // Both models: the largest change reads as from 0, and the totals (4.94e-324 + 0 -> 200) carry no percent.
    assert.match(md, /\| `tiny\.onnx` \| 100 \| — \| — \| changed from 0 \| ❌ \|/);
    assert.match(md, /\| `zero\.onnx` \| 100 \| — \| — \| changed from 0 \| ❌ \|/);
    assert.ok(md.includes('| **Total** (2 models) | 4.94e-324 → 200 | n/a | n/a |'), md);
    assert.ok(md.includes('| Params | 4.94e-324 | 100 | +100 | \\+10% | ❌ |'), md);
  });
});
