/**
 * Issue 13 items 1, 2 and 4: a symbolic input dim nothing binds reaches the report as a warning
 * on that model (never a silent ✅), each model states the input shapes its numbers are for, and
 * a report without budgets has no verdict and no Budget/Status columns.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import type { ProfileResult } from '../../src/profile/types.js';
import { headline, renderComment, renderText } from '../../src/report/index.js';
import { profile } from '../budget/fixtures.js';
import { assertValidGfm } from './gfm-check.js';

/** A GPT-style head: input `idx` declared [batch, seq], profiled at `bound`. */
function gpt(bound: readonly number[], flops: number): ProfileResult {
  return {
    ...profile({ params: 1000, totals: { flops, macs: flops / 2, memoryBytes: 10, peakActivationBytes: 10 } }),
    inputs: [{ name: 'idx', dtype: 'int64', shape: ['batch', 'seq'], boundShape: [...bound] }],
  };
}

describe('unbound dynamic dims (issue 13 item 1)', () => {
  test('no config: each unbound dim is a warning on the model, counted in the report', () => {
    // Base at seq=128 (877 M FLOPs), head unbound so profiled at seq=1: the -99% must not read as ✅.
    const r = evaluateGate({ config: null, models: [{ path: 'gpt.onnx', status: 'modified', base: gpt([1, 128], 877e6), head: gpt([1, 1], 6.86e6) }] });
    const m = r.models[0]!;
    assert.equal(m.verdict, 'warning');
    assert.equal(m.warnings?.length, 2);
    assert.match(m.warnings![0]!, /'batch' of 'idx' is not bound, so the numbers are for batch=1: set dims: \{ batch: N \}/);
    assert.match(m.warnings![1]!, /'seq' of 'idx' is not bound, so the numbers are for seq=1: set dims: \{ seq: N \}/);
    assert.equal(r.warnings, 2);
    assert.equal(r.passed, true);
    assert.equal(headline(r), '⚠️ 2 warnings');
    const md = renderComment(r);
    assert.ok(md.includes("- ⚠️ input dim 'seq' of 'idx' is not bound"), md);
    assert.ok(!md.includes('✅'), md);
    assert.match(renderText(r), /\n {2}WARN input dim 'seq' of 'idx' is not bound/);
    // The artifact round-trips, and a verdict of ok over warnings is rejected as tampered.
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(r))), r);
    const tampered = JSON.parse(JSON.stringify(r));
    tampered.models[0].verdict = 'ok';
    assert.throws(() => validateGateReport(tampered), /verdict: is ok but a row is warning/);
  });

  test('dims bound by the config (defaults or the entry) or a full input shape give no warning', () => {
    const byDims = parseConfig('version: 1\ndefaults:\n  dims: { batch: 1 }\nmodels:\n  - path: gpt.onnx\n    dims: { seq: 128 }\n    budgets: { flops: { max: 1G } }\n');
    const r1 = evaluateGate({ config: byDims, models: [{ path: 'gpt.onnx', status: 'added', head: gpt([1, 128], 877e6) }] });
    assert.equal(r1.models[0]!.warnings, undefined);
    assert.equal(r1.warnings, 0);
    assert.equal(headline(r1), '✅ all models within budget');
    const byInputs = parseConfig('version: 1\nmodels:\n  - path: gpt.onnx\n    inputs: { idx: [1, 128] }\n');
    assert.equal(evaluateGate({ config: byInputs, models: [{ path: 'gpt.onnx', status: 'added', head: gpt([1, 128], 877e6) }] }).warnings, 0);
    // Only seq bound: batch still warns, once.
    const half = parseConfig('version: 1\ndefaults:\n  dims: { seq: 128 }\n');
    const r3 = evaluateGate({ config: half, models: [{ path: 'gpt.onnx', status: 'added', head: gpt([1, 128], 877e6) }] });
    assert.equal(r3.warnings, 1);
    assert.match(r3.models[0]!.warnings![0]!, /'batch'/);
  });
});

describe('the shapes behind the numbers (issue 13 item 2)', () => {
  test('each model names the input shapes it was measured at', () => {
    const config = parseConfig('version: 1\ndefaults:\n  dims: { batch: 1, seq: 128 }\n');
    const r = evaluateGate({ config, models: [{ path: 'gpt.onnx', status: 'added', head: gpt([1, 128], 877e6) }] });
    assert.deepEqual(r.models[0]!.shapes, ['idx: 1x128']);
    assert.ok(renderComment(r).includes('<sub>Measured at idx\\: 1x128</sub>'));
    assert.match(renderText(r), /\n {2}measured at idx: 1x128\n/);
  });
});

describe('no budget, no verdict (issue 13 item 4)', () => {
  test('without budgets: no ✅, no Budget/Status columns, how to add budgets', () => {
    const r = evaluateGate({ config: null, models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 1000 }) }] });
    assert.equal(headline(r), '1 model measured, no budgets set');
    const md = renderComment(r);
    assert.ok(!md.includes('✅') && !md.includes('within budget'), md);
    const tables = assertValidGfm(md);
    // The overview (no Status column) and the model's metric table (no Budget/Status columns).
    assert.equal(tables.length, 2);
    assert.ok(md.includes('| Model | Params | FLOPs | Peak memory | Largest change |\n'), md);
    assert.ok(md.includes('| Metric | Base | Head | Change |\n'), md);
    assert.ok(!md.includes('| Budget |') && !md.includes('| Status |') && !md.includes('violation'), md);
    assert.ok(md.includes('No budgets are set, so nothing is checked\\. To add some, give the models limits in \\.github/model\\-budget\\.yml'), md);
    assert.match(renderText(r), /^1 model measured, no budgets set\n[\s\S]*\n {2}metric +base +head +change\n/);
  });
  test('a config whose entries set no budgets is the same', () => {
    const config = parseConfig('version: 1\nmodels:\n  - path: "*.onnx"\n');
    const r = evaluateGate({ config, models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 1000 }) }] });
    assert.equal(headline(r), '1 model measured, no budgets set');
    assert.ok(!renderComment(r).includes('| Budget |'));
  });
});
