/**
 * A head that cannot be read at all counts once, as its error at the model's default level; a
 * budget stricter than that level still fails when the base measured it (review: with
 * `defaults: { level: warning }`, an unreadable head passed a `level: error` budget).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate } from '../../src/budget/gate.js';
import { latencyRows } from '../../src/budget/latency.js';
import type { GateReport, LatencyBudget, Level } from '../../src/budget/types.js';
import type { HardwareSpec } from '../../src/profile/hardware.js';
import { profile } from './fixtures.js';

const TOTALS = { flops: 40e9, macs: 20e9, memoryBytes: 1e8, peakActivationBytes: 1e7, lowerBound: false, lowerBoundReasons: [] };
const ERROR = 'models/a.onnx: the model runs more than 250,000 nodes, the most model-budget profiles';
const NOT_READ = 'not measured: the model could not be read; the budget was not checked';
// One node of 1 G FLOPs and 1 kB: on 1 GFLOP/s and 1 GB/s, 1 s (compute-bound); estimable.
const NODES = [{ name: 'n', opType: 'Conv', flops: 1e9, memoryBytes: 1000 }];

function gate(defaults: Level, budgets: string, points = ''): GateReport {
  const config = parseConfig(`version: 1
defaults: { level: ${defaults} }
models:
  - path: "models/*.onnx"
${points}    budgets:
${budgets}`);
  return evaluateGate({ config, models: [{
    path: 'models/a.onnx', status: 'modified', base: profile({ params: 1, totals: TOTALS, nodes: NODES }), error: ERROR,
    ...(points ? { points: [{ name: 'small', dims: { seq: 1 }, inputs: {}, base: profile({ params: 1, totals: TOTALS, nodes: NODES }), error: ERROR }] } : {}),
  }] });
}

describe('an unreadable head against budgets stricter than the default level', () => {
  test('flops max 60G at level error under defaults warning: the base measured 40 G, the row fails', () => {
    const r = gate('warning', '      flops: { max: 60G, level: error }\n');
    const flops = r.models[0]!.rows.find((x) => x.metric === 'flops')!;
    assert.deepEqual([flops.status, flops.unchecked, flops.reasons], ['error', true, [`${NOT_READ} (the base measured it)`]]);
    // 1 violation (the flops row) and 1 warning (the error itself, at the default level warning).
    assert.deepEqual([r.passed, r.violations, r.warnings], [false, 1, 1]);
  });

  test('budgets at the default level stay warnings: the error is not counted twice', () => {
    // Defaults warning, flops at the default: 0 violations, 2 warnings (the row, the error).
    const w = gate('warning', '      flops: { max: 60G }\n');
    assert.equal(w.models[0]!.rows.find((x) => x.metric === 'flops')!.status, 'warning');
    assert.deepEqual([w.passed, w.violations, w.warnings], [true, 0, 2]);
    // Defaults error, flops at error too: the error is the 1 violation, the row 1 warning.
    const e = gate('error', '      flops: { max: 60G }\n');
    assert.equal(e.models[0]!.rows.find((x) => x.metric === 'flops')!.status, 'warning');
    assert.deepEqual([e.passed, e.violations, e.warnings], [false, 1, 1]);
  });

  test('latency rows are kept, not checked, and fail at a stricter level', () => {
    const latency = '      latency: { max: 2s, level: error, hardware: [{ name: dev, peak-flops: 1G, bandwidth: 1GB/s }] }\n';
    const r = gate('warning', latency);
    const [row] = r.models[0]!.latency!;
    assert.deepEqual([row!.status, row!.unchecked, row!.base, row!.head], ['error', true, 1, null]);
    assert.deepEqual(row!.reasons, ['not measured: the model could not be read; the latency on dev was not checked (the base\'s could be estimated)']);
    // 1 violation (latency), 1 warning (the error).
    assert.deepEqual([r.violations, r.warnings], [1, 1]);
    // At the default level: a warning, as the metric rows.
    const atDefault = gate('warning', latency.replace('level: error, ', ''));
    assert.equal(atDefault.models[0]!.latency![0]!.status, 'warning');
    assert.deepEqual([atDefault.passed, atDefault.violations, atDefault.warnings], [true, 0, 2]);
  });

  test('at an operating point the head cannot be read at: its rows are kept, stricter ones fail', () => {
    const r = gate('warning', '      flops: { max: 60G, level: error }\n', '    points:\n      small: { seq: 1 }\n');
    const p = r.models[0]!.points![0]!;
    const flops = p.rows.find((x) => x.metric === 'flops')!;
    assert.deepEqual([flops.status, flops.reasons], ['error', [`${NOT_READ} (the base measured it)`]]);
    assert.equal(p.verdict, 'error');
    assert.equal(r.passed, false);
  });

  test('latencyRows: the base measured, the head errored at the default level', () => {
    const hw: HardwareSpec = { id: 'dev', name: 'Dev', kind: 'custom', precision: 'custom', peakFlops: 1e9, bandwidth: 1e9, source: 'test' };
    const budget: LatencyBudget = { max: 2, maxText: '2s', hardware: [hw], text: '≤ 2 s', level: 'error' };
    const base = profile({ params: 1, totals: TOTALS, nodes: NODES });
    const side = { isNew: false, deleted: false };
    assert.equal(latencyRows(base, undefined, budget, 'warning', { ...side, headError: 'warning' })[0]!.status, 'error');
    assert.equal(latencyRows(base, undefined, budget, 'error', { ...side, headError: 'error' })[0]!.status, 'warning');
    // No base estimate (a weights-only base): nothing regressed, a warning.
    assert.equal(latencyRows(profile({ params: 1 }), undefined, budget, 'warning', { ...side, headError: 'warning' })[0]!.status, 'warning');
  });
});
