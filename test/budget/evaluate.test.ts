import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, matchModel } from '../../src/budget/config.js';
import { computeWhy, evaluateModel } from '../../src/budget/evaluate.js';
import type { GateConfig, GateModelInput, MetricName, ModelReport } from '../../src/budget/types.js';
import { profile } from './fixtures.js';

const CONFIG = parseConfig(`version: 1
models:
  - name: detector
    path: models/detector/*.onnx
    budgets:
      params:      { max: 25M, max-increase: 2% }
      flops:       { max: 60G, max-increase: 5%, min-delta: 100M }
      macs:        { max: 30G }
      memory:      { max: 400MB }
      peak-memory: { max: 120MiB, level: warning }
      file-size:   { max: 100MB, level: off }
`);

const PATH = 'models/detector/yolo.onnx';

function evaluate(input: Partial<GateModelInput>, config: GateConfig = CONFIG): ModelReport {
  const full: GateModelInput = { path: PATH, status: 'modified', ...input };
  return evaluateModel(full, matchModel(config, full.path), config.defaults.level);
}

function row(report: ModelReport, metric: MetricName) {
  const r = report.rows.find((x) => x.metric === metric);
  assert.ok(r, `no ${metric} row`);
  return r;
}

const TOTALS = { macs: 20e9, flops: 40e9, memoryBytes: 300e6, peakActivationBytes: 100e6 };

describe('evaluateModel', () => {
  test('absolute breach: head above max', () => {
    const r = evaluate({
      base: profile({ params: 25_000_000, totals: TOTALS }),
      head: profile({ params: 26_100_000, totals: TOTALS }),
    });
    const params = row(r, 'params');
    // delta 1,100,000 = 4.4% of 25,000,000: also over the 2% relative budget
    assert.equal(params.delta, 1_100_000);
    assert.ok(Math.abs((params.pct ?? 0) - 4.4) < 1e-9);
    assert.equal(params.status, 'error');
    assert.deepEqual(params.reasons, ['26.1 M exceeds max 25 M', '+4.4% exceeds max-increase +2%']);
    assert.equal(params.budget, '≤ 25 M, +2%');
    assert.equal(r.verdict, 'error');
    assert.equal(row(r, 'flops').status, 'ok');
  });

  test('relative breach without min-delta, and the exact limit is not a breach', () => {
    // 10,250,000 vs 10,000,000 = +2.5% > 2%
    const over = evaluate({ base: profile({ params: 10_000_000 }), head: profile({ params: 10_250_000 }) });
    assert.equal(row(over, 'params').status, 'error');
    assert.deepEqual(row(over, 'params').reasons, ['+2.5% exceeds max-increase +2%']);
    // 10,200,000 vs 10,000,000 = exactly +2%
    const at = evaluate({ base: profile({ params: 10_000_000 }), head: profile({ params: 10_200_000 }) });
    assert.equal(row(at, 'params').status, 'ok');
    assert.deepEqual(row(at, 'params').reasons, []);
  });

  test('relative breach with min-delta needs both', () => {
    const flops = (base: number, head: number) =>
      row(
        evaluate({
          base: profile({ params: 1, totals: { ...TOTALS, flops: base } }),
          head: profile({ params: 1, totals: { ...TOTALS, flops: head } }),
        }),
        'flops',
      );
    // +6% but only +60 M (< 100 M): ok
    assert.equal(flops(1e9, 1.06e9).status, 'ok');
    // +6% and +600 M (> 100 M): breach
    const both = flops(10e9, 10.6e9);
    assert.equal(both.status, 'error');
    assert.deepEqual(both.reasons, ['+6.0% exceeds max-increase +5% and +600 M > 100 M']);
    // +4% and +400 M: percentage under the limit, ok
    assert.equal(flops(10e9, 10.4e9).status, 'ok');
    // a decrease never breaches a relative budget
    assert.equal(flops(10e9, 5e9).status, 'ok');
  });

  test('warning level reports without failing', () => {
    // 130,000,000 B > 120 MiB = 125,829,120 B
    const r = evaluate({
      base: profile({ params: 1, totals: TOTALS }),
      head: profile({ params: 1, totals: { ...TOTALS, peakActivationBytes: 130_000_000 } }),
    });
    const peak = row(r, 'peak-memory');
    assert.equal(peak.status, 'warning');
    assert.equal(peak.level, 'warning');
    // Shown in the budget's family (issue 13 item 6): 130,000,000 / 1,048,576 = 123.98 -> 124 MiB.
    assert.deepEqual(peak.reasons, ['124 MiB exceeds max 120 MiB']);
    assert.equal(peak.binaryUnits, true);
    assert.equal(r.verdict, 'warning');
  });

  test('level off disables a budget (per budget and by default)', () => {
    // file-size: 200 MB > 100 MB but the budget is off
    const r = evaluate({ base: profile({ params: 1, fileBytes: 1000 }), head: profile({ params: 1, fileBytes: 200e6 }) });
    const size = row(r, 'file-size');
    assert.equal(size.status, 'ok');
    assert.equal(size.level, 'off');
    assert.deepEqual(size.reasons, []);
    const allOff = parseConfig('version: 1\ndefaults: { level: off }\nmodels:\n  - name: d\n    path: "**"\n    budgets: { params: { max: 1K } }\n');
    const off = evaluate({ base: profile({ params: 1 }), head: profile({ params: 5000 }) }, allOff);
    assert.equal(row(off, 'params').status, 'ok');
    assert.equal(off.verdict, 'ok');
  });

  test('a new model shows "new": no percentage, only absolute budgets', () => {
    const r = evaluate({ status: 'added', head: profile({ params: 30_000_000, totals: TOTALS }) });
    const params = row(r, 'params');
    assert.equal(params.isNew, true);
    assert.equal(params.pct, null);
    assert.equal(params.delta, null);
    assert.equal(params.base, null);
    assert.deepEqual(params.reasons, ['30.0 M exceeds max 25 M']);
    assert.equal(row(r, 'flops').status, 'ok');
    assert.equal(row(r, 'flops').pct, null);
  });

  test('a deleted model never breaches', () => {
    const r = evaluate({ status: 'deleted', base: profile({ params: 90_000_000, totals: { ...TOTALS, flops: 999e9 } }) });
    assert.equal(r.verdict, 'ok');
    assert.equal(r.error, null);
    assert.equal(r.why, null);
    for (const x of r.rows) {
      assert.equal(x.head, null);
      assert.equal(x.status, 'ok');
    }
    assert.equal(row(r, 'params').base, 90_000_000);
  });

  test('lower-bound totals are flagged on cost rows only', () => {
    const r = evaluate({
      base: profile({ params: 1, totals: TOTALS }),
      head: profile({ params: 1, totals: { ...TOTALS, flops: 70e9, lowerBound: true, lowerBoundReasons: ['node "x" (CustomOp): unknown op'] } }),
    });
    assert.equal(row(r, 'flops').headLowerBound, true);
    assert.equal(row(r, 'flops').baseLowerBound, false);
    assert.equal(row(r, 'params').headLowerBound, false);
    // ≥70 G is certainly over 60 G
    assert.equal(row(r, 'flops').reasons[0], '≥70.0 G exceeds max 60 G');
    assert.deepEqual(r.notes, ['head cost totals are lower bounds (≥): node "x" (CustomOp): unknown op']);
  });

  test('a model that cannot be read is a failed row with the one-line message', () => {
    const r = evaluate({ base: profile({ params: 1 }), error: 'models/detector/yolo.onnx: truncated protobuf\n  at offset 17' });
    assert.equal(r.verdict, 'error');
    assert.equal(r.error, 'models/detector/yolo.onnx: truncated protobuf at offset 17');
    assert.equal(row(r, 'params').head, null);
    const lfs = evaluate({ lfsPointer: true, base: profile({ params: 1 }) });
    assert.match(lfs.error ?? '', /^stored in Git LFS: .*Git LFS pointer/);
    assert.equal(lfs.verdict, 'error');
  });

  test('without cost totals only the metrics present are shown; budgets on missing ones warn', () => {
    const r = evaluate({ base: profile({ params: 100, fileBytes: 1000 }), head: profile({ params: 100, fileBytes: 1000 }) });
    assert.deepEqual(
      r.rows.map((x) => [x.metric, x.head, x.status]),
      [
        ['params', 100, 'ok'],
        ['flops', null, 'warning'],
        ['macs', null, 'warning'],
        ['memory', null, 'warning'],
        ['peak-memory', null, 'warning'],
        ['file-size', 1000, 'ok'],
      ],
    );
    // With no budgets at all, a profile without totals shows only params and file size.
    const bare = evaluateModel({ path: 'x.onnx', status: 'modified', base: profile({ params: 1 }), head: profile({ params: 2 }) }, null, 'error');
    assert.deepEqual(bare.rows.map((x) => x.metric), ['params', 'file-size']);
    assert.equal(bare.verdict, 'ok');
  });

  test('renamed and unchanged models; an unreadable base is a note, not a failure', () => {
    const renamed = evaluate({ status: 'renamed', previousPath: 'models/old.onnx', base: profile({ params: 10 }), head: profile({ params: 10 }) });
    assert.equal(renamed.previousPath, 'models/old.onnx');
    assert.equal(renamed.name, 'detector');
    assert.equal(row(renamed, 'params').delta, 0);
    assert.equal(row(renamed, 'params').pct, 0);
    // an unchanged model over its absolute budget still breaches (budgets apply to the head state)
    const unchanged = evaluate({ status: 'unchanged', base: profile({ params: 30e6 }), head: profile({ params: 30e6 }) });
    assert.equal(row(unchanged, 'params').status, 'error');
    assert.equal(unchanged.why, null);
    const noBase = evaluate({ baseError: 'base.onnx: truncated', head: profile({ params: 10, totals: TOTALS }) });
    assert.deepEqual(noBase.notes, ['base version could not be read: base.onnx: truncated']);
    assert.equal(row(noBase, 'params').isNew, false);
    assert.equal(row(noBase, 'params').base, null);
    assert.equal(noBase.verdict, 'ok');
  });

  test('file size includes external data', () => {
    const r = evaluate({ base: profile({ params: 1, fileBytes: 500, externalDataBytes: 99_000_000 }), head: profile({ params: 1, fileBytes: 500, externalDataBytes: 99_000_000 }) });
    assert.equal(row(r, 'file-size').head, 99_000_500);
  });
});

describe('computeWhy', () => {
  const base = profile({
    params: 1,
    totals: TOTALS,
    byOpType: [
      { opType: 'Conv', domain: '', count: 2, macs: 100, flops: 200, memoryBytes: 1000 },
      { opType: 'Relu', domain: '', count: 2, macs: 0, flops: 20, memoryBytes: 160 },
      { opType: 'Add', domain: '', count: 1, macs: 0, flops: 10, memoryBytes: 120 },
    ],
    nodes: [
      { name: 'conv1', opType: 'Conv', macs: 50, flops: 100, memoryBytes: 500 },
      { name: 'conv2', opType: 'Conv', macs: 50, flops: 100, memoryBytes: 500 },
      { name: 'relu1', opType: 'Relu', flops: 10, memoryBytes: 80 },
      { name: 'relu2', opType: 'Relu', flops: 10, memoryBytes: 80 },
      { name: 'add', opType: 'Add', flops: 10, memoryBytes: 120 },
    ],
  });
  const head = profile({
    params: 1,
    totals: TOTALS,
    byOpType: [
      { opType: 'Conv', domain: '', count: 3, macs: 400, flops: 800, memoryBytes: 3000 },
      { opType: 'Relu', domain: '', count: 2, macs: 0, flops: 20, memoryBytes: 160 },
      { opType: 'Gelu', domain: 'com.microsoft', count: 1, macs: 0, flops: 80, memoryBytes: 160 },
    ],
    nodes: [
      { name: 'conv1', opType: 'Conv', macs: 50, flops: 100, memoryBytes: 500 },
      { name: 'conv2', opType: 'Conv', macs: 150, flops: 300, memoryBytes: 1000 },
      { name: 'conv3', opType: 'Conv', macs: 200, flops: 400, memoryBytes: 1500 },
      { name: 'relu1', opType: 'Relu', flops: 10, memoryBytes: 80 },
      { name: 'relu2', opType: 'Relu', flops: 10, memoryBytes: 80 },
      { name: 'gelu', opType: 'Gelu', flops: 80, memoryBytes: 160 },
    ],
  });

  test('op types ordered by the size of their FLOP change', () => {
    const why = computeWhy(base, head);
    // Conv: 800-200 = +600 FLOPs; Gelu new: +80; Add removed: -10; Relu unchanged (left out)
    assert.deepEqual(
      why.opTypes.map((o) => [o.opType, o.baseCount, o.headCount, o.flopsDelta, o.macsDelta, o.memoryBytesDelta]),
      [
        ['Conv', 2, 3, 600, 300, 2000],
        ['Gelu', 0, 1, 80, 0, 160],
        ['Add', 1, 0, -10, 0, -120],
      ],
    );
    assert.equal(why.opTypesChanged, 3);
  });

  test('nodes matched by name', () => {
    const why = computeWhy(base, head);
    // conv3 added (+400), conv2 changed (300-100 = +200), gelu added (+80), add removed (-10)
    assert.deepEqual(
      why.nodes.map((n) => [n.name, n.change, n.flopsDelta, n.memoryBytesDelta]),
      [
        ['conv3', 'added', 400, 1500],
        ['conv2', 'changed', 200, 500],
        ['gelu', 'added', 80, 160],
        ['add', 'removed', -10, -120],
      ],
    );
    assert.equal(why.nodesChanged, 4);
    const top2 = computeWhy(base, head, 2);
    assert.equal(top2.nodes.length, 2);
    assert.equal(top2.nodesChanged, 4);
  });

  test('without per-op costs, op counts from the histogram', () => {
    const why = computeWhy(profile({ params: 1, opHistogram: { Conv: 2, Relu: 2 } }), profile({ params: 1, opHistogram: { Conv: 3, Relu: 2 } }));
    assert.deepEqual(why.opTypes, [{ opType: 'Conv', domain: '', baseCount: 2, headCount: 3, macsDelta: null, flopsDelta: null, memoryBytesDelta: null }]);
    assert.deepEqual(why.nodes, []);
  });
});
