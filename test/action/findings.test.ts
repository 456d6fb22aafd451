/**
 * The annotations of a model that could not be measured: its error once, and one short line per
 * budget it leaves unchecked (each row repeated the whole error before), at either level.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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

describe('breaches at an operating point or of latency are findings (they were counted but no finding: fail-on warning passed over them)', () => {
  // One node of 2 G FLOPs and 1 kB on 1 GFLOP/s and 1 GB/s: max(2 s, 1 µs) = 2 s on the head, 1 s on the base.
  const nodes = (flops: number) => [{ name: 'n', opType: 'Conv', flops, memoryBytes: 1000 }];
  const side = (flops: number) => profile({ params: 10, totals: { macs: flops / 2, flops, memoryBytes: 1000, peakActivationBytes: 100 }, nodes: nodes(flops) });
  // The points bind seq: a dim of the model's input (else each point is an error naming the config line).
  const atSeq = (flops: number) => ({ ...side(flops), inputs: [{ name: 'x', dtype: 'float32', shape: ['seq'] }] });

  test('a latency budget at level warning: 2 s exceeds max 1.5s', () => {
    const config = parseConfig('version: 1\nmodels:\n  - path: "m/*.onnx"\n    budgets:\n      latency: { max: 1.5s, level: warning, hardware: [{ name: dev, peak-flops: 1G, bandwidth: 1GB/s }] }\n');
    const r = evaluateGate({ config, models: [{ path: 'm/a.onnx', status: 'modified', base: side(1e9), head: side(2e9) }] });
    assert.deepEqual([r.passed, r.violations, r.warnings], [true, 0, 1]);
    const got = findings(r, 'warning');
    assert.deepEqual(got.map((f) => [f.kind, f.file]), [['breach', 'm/a.onnx']]);
    assert.match(got[0]!.message, /^m\/a\.onnx: latency: 2\.00 s on dev exceeds max 1\.5 s$/);
    assert.deepEqual(findings(r, 'error'), []);
  });

  test('a FLOPs budget breached at one point only (b: 2 G > 1.5 G; a: 1 G), and a point the head could not be read at', () => {
    const config = parseConfig('version: 1\nmodels:\n  - path: "m/*.onnx"\n    points: { a: { seq: 1 }, b: { seq: 2 }, c: { seq: 3 } }\n    budgets:\n      flops: { max: 1.5G, level: warning }\n');
    const r = evaluateGate({ config, models: [{
      path: 'm/a.onnx', status: 'modified', base: atSeq(1e9), head: atSeq(1e9),
      points: [
        { name: 'a', dims: { seq: 1 }, inputs: {}, base: atSeq(1e9), head: atSeq(1e9) },
        { name: 'b', dims: { seq: 2 }, inputs: {}, base: atSeq(1e9), head: atSeq(2e9) },
        { name: 'c', dims: { seq: 3 }, inputs: {}, base: atSeq(1e9), error: 'm/a.onnx: truncated file' },
      ],
    }] });
    // The breach at b (a warning) and c's error (at the default level, error).
    assert.deepEqual([r.passed, r.violations, r.warnings], [false, 1, 2]);
    const warnings = findings(r, 'warning');
    assert.deepEqual(warnings.map((f) => f.kind), ['breach', 'unchecked']);
    assert.match(warnings[0]!.message, /^m\/a\.onnx: flops at b: 2\.00 G exceeds max 1\.5 G$/);
    assert.match(warnings[1]!.message, /^m\/a\.onnx: flops at c: not measured/);
    assert.deepEqual(findings(r, 'error').map((f) => [f.kind, f.message]), [['unmeasured', 'm/a.onnx: truncated file (at c)']]);
  });
});

describe('an unbound input dim is a warning finding (counted in `warnings` but no finding: fail-on warning passed over it)', () => {
  const withInput = (shape: ReadonlyArray<number | string>) => ({
    ...profile({ params: 10, totals: { macs: 1, flops: 2, memoryBytes: 1, peakActivationBytes: 1 } }),
    inputs: [{ name: 'x', dtype: 'float32', shape: [...shape], boundShape: shape.map((d) => (typeof d === 'number' ? d : 1)) }],
  });

  test('the same dim left unbound on both sides: one warning, one finding, no error', () => {
    const config = parseConfig('version: 1\nmodels:\n  - path: "m/*.onnx"\n    budgets:\n      flops: { max: 1G }\n');
    const r = evaluateGate({ config, models: [{ path: 'm/a.onnx', status: 'modified', base: withInput(['seq', 8]), head: withInput(['seq', 8]) }] });
    assert.deepEqual([r.passed, r.violations, r.warnings], [true, 0, 1]);
    assert.deepEqual(findings(r, 'error'), []);
    const got = findings(r, 'warning');
    assert.deepEqual(got.map((f) => [f.kind, f.file]), [['warning', 'm/a.onnx']]);
    assert.match(got[0]!.message, /^m\/a\.onnx: .*seq/);
  });
});

test('the failure line counts budgets the head could not check apart from models that could not be measured', () => {
  const unchecked = { kind: 'unchecked' as const, file: 'm/a.onnx', message: 'm/a.onnx: flops: not checked: ≥200 M is only a lower bound' };
  const unmeasured = { kind: 'unmeasured' as const, file: 'm/b.onnx', message: 'm/b.onnx: truncated file' };
  assert.equal(failureLine([unchecked]), `model-budget: 1 budget could not be checked: ${unchecked.message}`);
  assert.equal(failureLine([unchecked, unmeasured]), `model-budget: 1 budget could not be checked, 1 model could not be measured: ${unchecked.message}; ${unmeasured.message}`);
});
