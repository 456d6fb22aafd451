/**
 * A relative budget the gate could not check because the base was not measured (red-team
 * review): a pull request grew a model +300% against `max-increase: 10%` while its base was an
 * unfetched Git LFS pointer, and the row showed ✅. The budget was never checked, so its row must
 * say so and why, with a warning mark; an unreadable base alone still fails nothing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import { renderComment, renderText } from '../../src/report/index.js';
import { profile } from '../budget/fixtures.js';

const CONFIG = parseConfig(`version: 1
models:
  - path: "models/*.onnx"
    budgets:
      params: { max-increase: 10% }
      macs: { max: 1K }
`);

// The base side's error as io/pipeline.ts words an unfetched pointer.
const LFS_BASE = 'models/a.onnx: stored in Git LFS (pointer to 3000 bytes, not fetched: git-lfs is not installed); use actions/checkout with `lfs: true` or the lfs: fetch input to measure it';
const REASON = `not checked: the base could not be measured (${LFS_BASE}); max-increase +10% is relative to it`;

describe('a relative budget over a base that could not be measured', () => {
  // The pointer stood for 128 params (16x8); the head has 512 (16x32): +300%. MACs 512 <= 1K.
  const report = evaluateGate({
    config: CONFIG,
    models: [{ path: 'models/a.onnx', status: 'modified', baseError: LFS_BASE, head: profile({ params: 512, totals: { macs: 512, flops: 1024, memoryBytes: 4096, peakActivationBytes: 64 } }) }],
  });
  const model = report.models[0]!;

  test('the row is not checked, with the reason; max is still checked; the gate passes with a warning', () => {
    const params = model.rows.find((r) => r.metric === 'params')!;
    assert.deepEqual([params.base, params.head, params.status, params.unchecked, params.reasons], [null, 512, 'warning', true, [REASON]]);
    const macs = model.rows.find((r) => r.metric === 'macs')!;
    assert.deepEqual([macs.head, macs.status, macs.reasons], [512, 'ok', []]);
    // README: a budget not checked where the base was no better is a warning; nothing fails.
    assert.equal(model.verdict, 'warning');
    assert.deepEqual([report.passed, report.violations, report.warnings], [true, 0, 1]);
    // The JSON artifact carries it (merge and publish read it back through the schema).
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(report))), report);
  });

  test('the comment marks the budget ⚠️ with the reason, never ✅', () => {
    const md = renderComment(report).replace(/\u00a0/g, ' ');
    assert.ok(md.includes('| Params | — | 512 | — | \\+10% | ⚠️ |'), md);
    assert.ok(!/\| Params \|[^\n]*✅/.test(md), md);
    // Markdown escapes (\:, \(, \-) keep the model's text from becoming markup.
    assert.ok(md.includes('- ⚠️ Params: not checked\\: the base could not be measured \\(models/a\\.onnx\\: stored in Git LFS'), md);
    assert.ok(md.includes('; max\\-increase \\+10% is relative to it'), md);
    assert.ok(!md.includes('all models within budget'), md);
  });

  test('the overview does not call the change ±0: nothing was compared', () => {
    // Every row has a head value and no base, so no delta: "±0" read as "unchanged" beside a +300% model.
    const md = renderComment(report).replace(/\u00a0/g, ' ');
    const row = md.split('\n').find((l) => l.startsWith('| `models/a.onnx`'));
    assert.ok(row !== undefined, md);
    assert.match(row, /\| base not measured \| ⚠️ \|$/);
  });

  test('so does the text report', () => {
    const text = renderText(report);
    assert.match(text, /^ {2}Params +- +512 +- +\+10% +WARN$/m);
    assert.match(text, /^ {2}WARN Params: not checked: the base could not be measured \(models\/a\.onnx: stored in Git LFS .*\); max-increase \+10% is relative to it$/m);
    assert.match(text, /^WARN: 1 warning, no budget exceeded$/m);
  });
});
