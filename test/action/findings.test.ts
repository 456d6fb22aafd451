/**
 * The annotations of a model that could not be measured: its error once, and one short line per
 * budget it leaves unchecked (each row repeated the whole error before), at either level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failureLine, findings } from '../../src/action/run.js';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate } from '../../src/budget/gate.js';
import { profile } from '../budget/fixtures.js';

const ERROR = 'm/a.onnx: not an ONNX model (protobuf: invalid wire type 7 at offset 12)';
const UNCHECKED = 'not measured: the model could not be read; the budget was not checked';

function report(level: 'error' | 'warning' | 'off', budgetLevel = '') {
  const config = parseConfig(`version: 1
defaults: { level: ${level} }
models:
  - path: "m/*.onnx"
    budgets:
      params: { max: 1M }
      flops: { max: 1G${budgetLevel} }
`);
  return evaluateGate({ config, models: [{ path: 'm/a.onnx', status: 'modified', base: profile({ params: 1000 }), error: ERROR }] });
}

test('at level error: the error is the one error annotation; each unchecked budget a short warning', () => {
  const r = report('error');
  assert.deepEqual(findings(r, 'error').map((f) => [f.kind, f.message]), [['unmeasured', ERROR]]);
  assert.deepEqual(findings(r, 'warning').map((f) => [f.kind, f.message]), [
    ['unchecked', `m/a.onnx: params: ${UNCHECKED}`],
    ['unchecked', `m/a.onnx: flops: ${UNCHECKED}`],
  ]);
});

test('at level warning: the error is still said, once, beside the short lines', () => {
  const r = report('warning');
  assert.deepEqual(findings(r, 'error'), []);
  const warnings = findings(r, 'warning').map((f) => f.message);
  assert.deepEqual(warnings, [`m/a.onnx: params: ${UNCHECKED}`, `m/a.onnx: flops: ${UNCHECKED}`, ERROR]);
});

test('at level off: the error is no annotation of its own; a budget of level error still says it was not checked', () => {
  // The summary counts 1 warning (that row) and no unreadable model at level off: one annotation.
  const r = report('off', ', level: error');
  assert.deepEqual(findings(r, 'error'), []);
  assert.deepEqual(findings(r, 'warning').map((f) => [f.kind, f.message]), [['unchecked', `m/a.onnx: flops: ${UNCHECKED}`]]);
  assert.equal(r.warnings, 1);
});

test('a budget the head cannot check (a lower-bound head, the base exact) is its own kind, not "exceeded"', () => {
  const config = parseConfig('version: 1\nmodels:\n  - path: "m/*.onnx"\n    budgets:\n      flops: { max: 1G }\n');
  // FLOPs 2e8 <= 1e9 on both sides, but the head is only a lower bound: the budget is not checked.
  const totals = { macs: 1e8, flops: 2e8, memoryBytes: 1e6, peakActivationBytes: 1e6 };
  const base = profile({ params: 10, totals });
  const head = profile({ params: 10, totals: { ...totals, lowerBound: true, lowerBoundReasons: ['node "x" (com.evil:Conv): unknown op'] } });
  const r = evaluateGate({ config, models: [{ path: 'm/a.onnx', status: 'modified', base, head }] });
  const got = findings(r, 'error');
  assert.deepEqual(got.map((f) => f.kind), ['unchecked']);
  assert.match(got[0]!.message, /^m\/a\.onnx: flops: not checked: ≥200 M is only a lower bound/);
});

test('the failure line names the first 10 findings and counts the rest (these 1,000 breaches were one line of 43,924 characters)', () => {
  const failing = Array.from({ length: 1000 }, (_, i) => ({ kind: 'breach' as const, file: `m/${i}.onnx`, message: `m/${i}.onnx: params: 2.00 M exceeds max 1 M` }));
  const line = failureLine(failing);
  assert.equal(line, `model-budget: 1000 budget breaches: ${failing.slice(0, 10).map((f) => f.message).join('; ')}; and 990 more (the annotations and the job summary list them)`);
  // A few findings are all named, as before.
  assert.equal(failureLine(failing.slice(0, 2)), 'model-budget: 2 budget breaches: m/0.onnx: params: 2.00 M exceeds max 1 M; m/1.onnx: params: 2.00 M exceeds max 1 M');
});
