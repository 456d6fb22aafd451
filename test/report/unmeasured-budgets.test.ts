/**
 * Issue 13 item 9: a model that could not be measured keeps the budgets configured for it, each
 * "not measured: <reason>" (a warning: the budget was not checked), instead of dropping them and
 * telling the reviewer no budgets are set.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import { renderComment, renderText } from '../../src/report/index.js';
import { profile } from '../budget/fixtures.js';

const CONFIG = parseConfig(`version: 1
models:
  - path: "m/*.onnx"
    budgets:
      params: { max: 1M }
      flops: { max: 1G, level: warning }
`);

const ERROR = 'm/a.onnx: not an ONNX model (protobuf: invalid wire type 7 at offset 12)';

describe('budgets of a model that could not be measured', () => {
  const report = evaluateGate({
    config: CONFIG,
    models: [
      { path: 'm/a.onnx', status: 'modified', base: profile({ params: 1000, totals: { macs: 5e5, flops: 1e6, memoryBytes: 4000, peakActivationBytes: 400 } }), error: ERROR },
      // Deleted: nothing to meet, so no budget on its rows.
      { path: 'm/gone.onnx', status: 'deleted', base: profile({ params: 7 }) },
    ],
  });
  const broken = report.models.find((m) => m.path === 'm/a.onnx')!;

  test('each configured budget keeps its row, with why it was not checked (the error itself is the model\'s)', () => {
    const budgeted = broken.rows.filter((r) => r.budget !== null);
    assert.deepEqual(budgeted.map((r) => [r.metric, r.budget, r.head, r.status, r.reasons]), [
      ['params', '≤ 1 M', null, 'warning', ['not measured: the model could not be read; the budget was not checked']],
      ['flops', '≤ 1 G', null, 'warning', ['not measured: the model could not be read; the budget was not checked']],
    ]);
    assert.equal(broken.error, ERROR);
    // The model itself is still an error (unreadable at the default level), counted once; the two
    // unchecked budgets are warnings.
    assert.equal(broken.verdict, 'error');
    assert.equal(report.violations, 1);
    assert.equal(report.warnings, 2);
    const gone = report.models.find((m) => m.path === 'm/gone.onnx')!;
    assert.ok(gone.rows.every((r) => r.budget === null), JSON.stringify(gone.rows));
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(report))), report);
  });

  test('the comment shows the budgets next to "not measured", and never says no budgets are set', () => {
    // Values keep number and unit together with a no-break space.
    const md = renderComment(report).replace(/\u00a0/g, ' ');
    assert.ok(md.includes('| Params | 1.00 K | not measured | — | ≤ 1 M | ⚠️ |'), md);
    assert.ok(md.includes('| FLOPs | 1.00 M | not measured | — | ≤ 1 G (warning) | ⚠️ |'), md);
    assert.ok(md.includes('- ⚠️ Params: not measured\\: the model could not be read; the budget was not checked'), md);
    assert.ok(!md.includes('No budgets are set'), md);
    // The error is said once, in the model's section (it was repeated on each of the 2 budget rows).
    assert.equal(md.split('not an ONNX model').length - 1, 1, md);
    assert.ok(md.includes('Could not measure this model: m/a\\.onnx\\: not an ONNX model'), md);
  });

  test('so does the text report of check and diff', () => {
    const text = renderText(report);
    assert.match(text, /^ {2}Params +1\.00 K +not measured +- +≤ 1 M +WARN$/m);
    assert.match(text, /^ {2}FLOPs +1\.00 M +not measured +- +≤ 1 G \(warning\) +WARN$/m);
    assert.match(text, /^ {2}WARN Params: not measured: the model could not be read; the budget was not checked$/m);
    assert.equal(text.split('not an ONNX model').length - 1, 1, text);
    assert.match(text, /^ {2}could not measure: m\/a\.onnx: not an ONNX model/m);
  });
});
