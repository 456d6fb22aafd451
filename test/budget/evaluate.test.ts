import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, matchModel } from '../../src/budget/config.js';
import { computeWhy, evaluateModel } from '../../src/budget/evaluate.js';
import { latencyRows } from '../../src/budget/latency.js';
import type { GateConfig, GateModelInput, LatencyBudget, MetricName, ModelReport } from '../../src/budget/types.js';
import type { HardwareSpec } from '../../src/profile/hardware.js';
import type { ProfileResult } from '../../src/profile/types.js';
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

  test('renamed and unchanged models; an unreadable base is a note, not a failure, and its relative budgets are not checked', () => {
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
    // Params (max 25M, +2%) and FLOPs (max 60G, +5%) hold their max; their max-increase had no
    // base to compare with: a warning saying so, never a ✅ (status ok) for a check never made.
    assert.deepEqual([row(noBase, 'params').status, row(noBase, 'params').unchecked], ['warning', true]);
    assert.deepEqual(row(noBase, 'params').reasons, ['not checked: the base could not be measured (base.onnx: truncated); max-increase +2% is relative to it']);
    assert.deepEqual([row(noBase, 'flops').status, row(noBase, 'flops').unchecked], ['warning', true]);
    assert.deepEqual(row(noBase, 'flops').reasons, ['not checked: the base could not be measured (base.onnx: truncated); max-increase +5% is relative to it']);
    // MACs has only a max (30G): checked against the head's 20G as before.
    assert.deepEqual([row(noBase, 'macs').status, row(noBase, 'macs').reasons], ['ok', []]);
    // The documented rule: an unreadable base is not by itself a failure; unchecked budgets are warnings.
    assert.equal(noBase.verdict, 'warning');
  });

  test('an unreadable base: max is still checked, and a breach of it says the increase was not weighed', () => {
    // Head 30.0 M params > max 25 M: an error whatever the base; the +2% could not be compared.
    const r = evaluate({ baseError: 'base.onnx: truncated', head: profile({ params: 30e6, totals: TOTALS }) });
    const params = row(r, 'params');
    assert.equal(params.status, 'error');
    assert.equal(params.unchecked, undefined, 'a breach is counted as exceeded, not as could-not-be-checked');
    assert.deepEqual(params.reasons, ['30.0 M exceeds max 25 M', 'not checked: the base could not be measured (base.onnx: truncated); max-increase +2% is relative to it']);
    assert.equal(r.verdict, 'error');
  });

  test('a base whose format cannot measure a metric leaves that metric\'s max-increase not checked', () => {
    // Base: weights only (FLOPs n/a); head: a graph with 40 G FLOPs, under max 60 G.
    const base = { ...profile({ params: 10 }), unavailable: { metrics: ['macs', 'flops', 'memory', 'peak-memory', 'latency'] as const, reason: 'weights only, no graph' } };
    const r = evaluate({ base: base as ProfileResult, head: profile({ params: 10, totals: TOTALS }) });
    const flops = row(r, 'flops');
    assert.equal(flops.baseNotAvailable, true);
    assert.deepEqual([flops.status, flops.unchecked], ['warning', true]);
    assert.deepEqual(flops.reasons, ['not checked: the base could not be measured (weights only, no graph); max-increase +5% is relative to it']);
    // Params were measured on both sides (10 -> 10): checked, ok.
    assert.deepEqual([row(r, 'params').status, row(r, 'params').reasons], ['ok', []]);
  });

  test('a new model has no base: its relative budgets do not apply (no row warns)', () => {
    const r = evaluate({ status: 'added', head: profile({ params: 10, totals: TOTALS }) });
    assert.deepEqual(r.rows.map((x) => x.status), ['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    assert.equal(r.verdict, 'ok');
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

describe('budgets the head cannot check (review 2, F1, F2)', () => {
  const LB = { ...TOTALS, lowerBound: true, lowerBoundReasons: ['node "x" (com.evil:Conv): unknown op'] };
  const NOT_CHECKED_40G = 'not checked: ≥40.0 G is only a lower bound (some nodes could not be costed)';

  test('a lower-bound head that breaches nothing fails at the level when the base was exact', () => {
    // Head totals as the base's (FLOPs 40 G <= 60 G and +0%; MACs 20 G <= 30 G) but a lower bound.
    const r = evaluate({ base: profile({ params: 1, totals: TOTALS }), head: profile({ params: 1, totals: LB }) });
    assert.equal(row(r, 'flops').status, 'error');
    assert.deepEqual(row(r, 'flops').reasons, [`${NOT_CHECKED_40G} and the base was exact`]);
    assert.equal(row(r, 'flops').unchecked, true);
    assert.equal(row(r, 'macs').status, 'error');
    // peak-memory's budget is at level warning: a warning, as its breach would be.
    assert.equal(row(r, 'peak-memory').status, 'warning');
    // params do not come from the cost totals: checked, ok.
    assert.equal(row(r, 'params').status, 'ok');
    assert.equal(row(r, 'params').unchecked, undefined);
    assert.equal(r.verdict, 'error');
  });

  test('both sides lower bounds, or no base (a new model): a warning, as before', () => {
    const both = evaluate({ base: profile({ params: 1, totals: LB }), head: profile({ params: 1, totals: LB }) });
    assert.equal(row(both, 'flops').status, 'warning');
    assert.deepEqual(row(both, 'flops').reasons, [NOT_CHECKED_40G]);
    assert.equal(both.verdict, 'warning');
    const added = evaluate({ status: 'added', head: profile({ params: 1, totals: LB }) });
    assert.equal(row(added, 'flops').status, 'warning');
    assert.equal(added.verdict, 'warning');
    // An exact base and head with no breach stay ok: nothing changes for measurable models.
    assert.equal(evaluate({ base: profile({ params: 1, totals: TOTALS }), head: profile({ params: 1, totals: TOTALS }) }).verdict, 'ok');
  });

  test('a max-increase over a lower-bound base is not a breach the gate can claim', () => {
    // Base ≥40 G FLOPs (an unknown op left out), head exactly 44 G (the op is costed now):
    // 44 - 40 = +4 G = +10% of the bound, but the real base is 40 G or more, so the real change
    // is anything from +10% down (a decrease when the op cost over 4 G). The row used to fail with
    // "+10.0% exceeds max-increase +5%"; it is not checked, a warning (the base was not exact).
    // max 60 G is checked as always: 44 G is under it.
    const r = evaluate({ base: profile({ params: 1, totals: LB }), head: profile({ params: 1, totals: { ...TOTALS, flops: 44e9 } }) });
    assert.equal(row(r, 'flops').status, 'warning');
    assert.deepEqual(row(r, 'flops').reasons, ['not checked: the base ≥40.0 G is only a lower bound (some nodes could not be costed); max-increase +5% is relative to it']);
    assert.equal(row(r, 'flops').unchecked, true);
    // A head at or under the base's lower bound is a certain decrease (or no change): ok.
    const down = evaluate({ base: profile({ params: 1, totals: LB }), head: profile({ params: 1, totals: { ...TOTALS, flops: 39e9 } }) });
    assert.equal(row(down, 'flops').status, 'ok');
    // Over max is still a certain breach, whatever the base.
    const over = evaluate({ base: profile({ params: 1, totals: LB }), head: profile({ params: 1, totals: { ...TOTALS, flops: 70e9 } }) });
    assert.equal(row(over, 'flops').status, 'error');
    assert.equal(row(over, 'flops').reasons[0], '70.0 G exceeds max 60 G');
  });

  test('a peak-memory-only lower bound leaves FLOPs exact: their max-increase still fails', () => {
    // A string tensor (or a ZipMap's maps) has no known size, so the peak alone is a lower bound;
    // every node is costed, so FLOPs are exact on both sides. Base 40 G -> head 44 G is +10%
    // (+4 G > min-delta 100 M) against +5%: a breach. The shared totals flag made the FLOPs rows
    // lower bounds, and the base bound turned the breach into a "not checked" warning: a pass.
    const PEAK_ONLY = { ...TOTALS, lowerBound: true, lowerBoundReasons: ["peak activation memory: size of 1 value(s) unknown ('s')"] };
    const r = evaluate({ base: profile({ params: 1, totals: PEAK_ONLY }), head: profile({ params: 1, totals: { ...PEAK_ONLY, flops: 44e9 } }) });
    assert.equal(row(r, 'flops').status, 'error');
    assert.deepEqual(row(r, 'flops').reasons, ['+10.0% exceeds max-increase +5% and +4.00 G > 100 M']);
    assert.equal(row(r, 'flops').headLowerBound, false);
    assert.equal(r.verdict, 'error');
    // The peak is what is not known: its row stays a lower bound (not checked, a warning).
    assert.equal(row(r, 'peak-memory').headLowerBound, true);
    assert.equal(row(r, 'peak-memory').status, 'warning');
  });

  test('totals.lowerBoundMetrics decides which rows are bounds, not the wording of a reason', () => {
    // The profile lists the bounded metrics: ['peak-memory'] leaves FLOPs exact whatever the
    // reason says, and a list of every metric bounds FLOPs even under a peak-worded reason. Base
    // 40 G -> head 44 G, +10% against +5%: a breach when exact, "not checked" over a bound base.
    const reason = ["peak activation memory: size of 1 value(s) unknown ('s')"];
    const peakOnly = { ...TOTALS, lowerBound: true, lowerBoundReasons: ['a value of unknown size'], lowerBoundMetrics: ['peak-memory'] as const };
    const r = evaluate({ base: profile({ params: 1, totals: peakOnly }), head: profile({ params: 1, totals: { ...peakOnly, flops: 44e9 } }) });
    assert.deepEqual([row(r, 'flops').baseLowerBound, row(r, 'flops').status], [false, 'error']);
    assert.equal(row(r, 'peak-memory').headLowerBound, true);
    const all = { ...TOTALS, lowerBound: true, lowerBoundReasons: reason, lowerBoundMetrics: ['macs', 'flops', 'memory', 'peak-memory', 'latency'] as const };
    const b = evaluate({ base: profile({ params: 1, totals: all }), head: profile({ params: 1, totals: { ...TOTALS, flops: 44e9 } }) });
    assert.deepEqual([row(b, 'flops').baseLowerBound, row(b, 'flops').status, row(b, 'flops').unchecked], [true, 'warning', true]);
  });

  test('a NaN head value is not a pass', () => {
    const r = evaluate({ base: profile({ params: 1, totals: TOTALS }), head: profile({ params: 1, totals: { ...TOTALS, flops: Number.NaN } }) });
    assert.equal(row(r, 'flops').status, 'error');
    assert.deepEqual(row(r, 'flops').reasons, ['not checked: the head value is not a number and the base was exact']);
  });

  test('a metric the head stopped reporting while the base measured it fails at the level', () => {
    // Head profile without cost totals, base with: each cost budget is a violation (peak-memory at
    // its level, warning). Params (1 vs 1) still ok; file size's budget is off.
    const r = evaluate({ base: profile({ params: 1, totals: TOTALS }), head: profile({ params: 1 }) });
    assert.deepEqual(r.rows.map((x) => [x.metric, x.status]), [
      ['params', 'ok'], ['flops', 'error'], ['macs', 'error'], ['memory', 'error'], ['peak-memory', 'warning'], ['file-size', 'ok'],
    ]);
    assert.deepEqual(row(r, 'flops').reasons, ['not measured: the profile has no FLOPs; the budget was not checked (the base measured it)']);
    // A head that cannot be read fails once, as the model's error: its rows stay warnings.
    const broken = evaluate({ base: profile({ params: 1, totals: TOTALS }), error: 'yolo.onnx: truncated' });
    assert.equal(row(broken, 'flops').status, 'warning');
    assert.equal(broken.verdict, 'error');
  });

  const DIMS = parseConfig(`version: 1
defaults: { dims: { h: 224, w: 224 } }
models:
  - path: "*.onnx"
    budgets:
      flops: { max-increase: 5% }
      params: { max-increase: 150% }
`);
  // Profiled as the engine does under DIMS: h and w at 224, any other name at 1.
  const withInputs = (shape: ReadonlyArray<number | string>, flops: number, params = 1): ProfileResult => ({
    ...profile({ params, totals: { macs: flops / 2, flops, memoryBytes: 1, peakActivationBytes: 1 } }),
    inputs: [{ name: 'x', dtype: 'float32', shape: [...shape], boundShape: shape.map((d) => (typeof d === 'number' ? d : d === 'h' || d === 'w' ? 224 : 1)) }],
  });
  const gate = (base: ProfileResult | undefined, head: ProfileResult): ModelReport => {
    const input: GateModelInput = { path: 'm.onnx', status: base ? 'modified' : 'added', head, ...(base ? { base } : {}) };
    return evaluateModel(input, matchModel(DIMS, 'm.onnx'), 'error');
  };

  test('input dims the config binds on the base but not on the head fail the cost budgets', () => {
    // Base [1,3,h,w] at 224x224: 173 M FLOPs; head renames to height/width: profiled at 1x1.
    const r = gate(withInputs([1, 3, 'h', 'w'], 173e6), withInputs([1, 3, 'height', 'width'], 6912, 2));
    assert.equal(row(r, 'flops').status, 'error');
    assert.deepEqual(row(r, 'flops').reasons, ['not checked: measured at height=1, width=1, input dims nothing binds (the base was not measured at 1 there)']);
    assert.equal(row(r, 'flops').unchecked, true);
    // params 2 vs 1 = +100% <= +150%: dims do not change params.
    assert.equal(row(r, 'params').status, 'ok');
    assert.equal(r.warnings?.length, 2);
    // A fixed size of 224 made symbolic does the same without any config binding.
    const fixed = gate(withInputs([1, 3, 224, 224], 173e6), withInputs([1, 3, 'n', 224], 173e6));
    assert.deepEqual(row(fixed, 'flops').reasons, ['not checked: measured at n=1, input dims nothing binds (the base was not measured at 1 there)']);
    // Names from the model are listed three at most. Base measured at 1x3x224x224, rank 4; head
    // x of rank 5: no place is like for like, not even a (x[0], 1 on the base too).
    const many = gate(withInputs([1, 3, 'h', 'w'], 173e6), withInputs(['a', 'b', 'c', 'd', 'e'], 1));
    assert.deepEqual(row(many, 'flops').reasons, ['not checked: measured at a=1, b=1, c=1, 2 more, input dims nothing binds (the base was not measured at 1 there)']);
  });

  test('a 1 at the same place is like for like only with the same rank and every other size equal', () => {
    // Base x [1,128,64] (a batch of 1); head x [seq,64]: seq at index 0 replaced the batch and the
    // 128, so the head's 8,192 FLOPs (at seq=1) say nothing about the base's 1,048,576.
    const rank = gate(withInputs([1, 128, 64], 1_048_576), withInputs(['seq', 64], 8_192));
    assert.equal(row(rank, 'flops').status, 'error');
    assert.deepEqual(row(rank, 'flops').reasons, ['not checked: measured at seq=1, input dims nothing binds (the base was not measured at 1 there)']);
    // Same rank, the batch made dynamic but the 128 grown to 256: measured 1x256x64 against
    // 1x128x64, not like with like. FLOPs equal on both sides (+0%, no breach): only the dims fail it.
    const grown = gate(withInputs([1, 128, 64], 1_048_576), withInputs(['batch', 256, 64], 1_048_576));
    assert.equal(row(grown, 'flops').status, 'error');
    assert.equal(row(grown, 'flops').unchecked, true);
    // Same rank and sizes (1x128x64 both sides): the batch made dynamic stays a warning.
    const same = gate(withInputs([1, 128, 64], 1_048_576), withInputs(['batch', 128, 64], 1_048_576));
    assert.equal(row(same, 'flops').status, 'ok');
    assert.equal(same.verdict, 'warning');
  });

  test('a dim the base measured at 1 too (the same name left unbound, or 1 at the same place) stays a warning', () => {
    const same = gate(withInputs(['batch', 3, 'h', 'w'], 173e6), withInputs(['batch', 3, 'h', 'w'], 173e6));
    assert.equal(row(same, 'flops').status, 'ok');
    assert.equal(same.verdict, 'warning');
    // An exporter that names its dims s0, s1 ...: x[0] was unbound on the base too.
    const renamed = gate(withInputs(['batch', 3, 'h', 'w'], 173e6), withInputs(['s0', 3, 'h', 'w'], 173e6));
    assert.equal(row(renamed, 'flops').status, 'ok');
    assert.equal(renamed.warnings?.length, 1);
    // A fixed batch of 1 made dynamic: measured at 1 on both sides.
    const dynamic = gate(withInputs([1, 3, 'h', 'w'], 173e6), withInputs(['batch', 3, 'h', 'w'], 173e6));
    assert.equal(row(dynamic, 'flops').status, 'ok');
    assert.equal(dynamic.verdict, 'warning');
    // A new model has no base to compare with: warnings only, as before.
    const added = gate(undefined, withInputs(['n', 3, 224, 224], 173e6));
    assert.equal(row(added, 'flops').status, 'ok');
    assert.equal(added.verdict, 'warning');
  });
});

describe('latency budgets the head cannot check (review 2, F1, F2)', () => {
  // One device at 1 GFLOP/s and 1 GB/s; one node of 1 G FLOPs and 1 kB: 1 s, compute-bound.
  const hw: HardwareSpec = { id: 'dev', name: 'Dev', kind: 'custom', precision: 'custom', peakFlops: 1e9, bandwidth: 1e9, source: 'test' };
  const budget: LatencyBudget = { max: 2, maxText: '2s', hardware: [hw], text: '≤ 2 s' };
  const side = (lowerBound: boolean): ProfileResult => profile({
    params: 1,
    totals: { ...TOTALS, lowerBound, lowerBoundReasons: lowerBound ? ['unknown op'] : [] },
    nodes: [{ name: 'n', opType: 'Conv', flops: 1e9, memoryBytes: 1000 }],
  });

  test('a lower-bound head under max fails when the base was exact, warns when it was not', () => {
    const [exact] = latencyRows(side(false), side(true), budget, 'error', { isNew: false, deleted: false });
    assert.equal(exact!.status, 'error');
    assert.deepEqual(exact!.reasons, ['not checked: 1.00 s on dev is only a lower bound (some nodes could not be costed) and the base was exact']);
    const [both] = latencyRows(side(true), side(true), budget, 'error', { isNew: false, deleted: false });
    assert.equal(both!.status, 'warning');
    const [dims] = latencyRows(side(false), side(false), budget, 'error', { isNew: false, deleted: false, newUnboundDims: ['seq=1'] });
    assert.equal(dims!.status, 'error');
    assert.equal(dims!.unchecked, true);
    const [fine] = latencyRows(side(false), side(false), budget, 'error', { isNew: false, deleted: false });
    assert.deepEqual([fine!.status, fine!.reasons], ['ok', []]);
  });

  test('max-increase with an unreadable base is not checked (a warning), max still is', () => {
    const relative: LatencyBudget = { ...budget, maxIncrease: 10, text: '≤ 2 s, +10%' };
    // Head 1.00 s is under max 2 s; no base estimate to weigh the +10% against.
    const [row] = latencyRows(undefined, side(false), relative, 'error', { isNew: false, deleted: false, baseError: 'm.onnx: stored in Git LFS' });
    assert.deepEqual([row!.status, row!.unchecked], ['warning', true]);
    assert.deepEqual(row!.reasons, ['not checked: the base could not be measured (m.onnx: stored in Git LFS); max-increase +10% is relative to it']);
    // Max 0.5 s: the 1.00 s head breaches it, an error counted as exceeded.
    const [over] = latencyRows(undefined, side(false), { ...relative, max: 0.5, maxText: '500ms' }, 'error', { isNew: false, deleted: false, baseError: 'm.onnx: stored in Git LFS' });
    assert.deepEqual([over!.status, over!.unchecked, over!.reasons.length], ['error', undefined, 2]);
    assert.equal(over!.reasons[0], '1.00 s on dev exceeds max 500ms');
  });

  test('a base whose peak alone is a lower bound still has an exact estimate: +100% fails', () => {
    // Base 0.5 G FLOPs (0.5 s), every node costed, only a string value's size unknown; head 1 s.
    // +100% against +10% is a breach, not "not checked" over a lower-bound base.
    const relative: LatencyBudget = { ...budget, maxIncrease: 10, text: '≤ 2 s, +10%' };
    const base = profile({
      params: 1,
      totals: { ...TOTALS, lowerBound: true, lowerBoundReasons: ["peak activation memory: size of 1 value(s) unknown ('s')"] },
      nodes: [{ name: 'n', opType: 'Conv', flops: 0.5e9, memoryBytes: 1000 }],
    });
    const [row] = latencyRows(base, side(false), relative, 'error', { isNew: false, deleted: false });
    assert.deepEqual([row!.status, row!.unchecked], ['error', undefined]);
    assert.deepEqual(row!.reasons, ['+100% on dev (500 ms -> 1.00 s) exceeds max-increase +10%']);
  });

  test('max-increase over a lower-bound base estimate is not checked, not a breach', () => {
    // Base: a 0.5 G-FLOP node (0.5 s) with some node uncosted, so its real time is 0.5 s or more;
    // head: the 1 G-FLOP node, exact, 1.00 s. +100% of the bound, but the real change is at most
    // that, maybe a decrease: not checked (a warning), where it failed with "+100% on dev".
    const relative: LatencyBudget = { ...budget, maxIncrease: 10, text: '≤ 2 s, +10%' };
    const base = profile({
      params: 1,
      totals: { ...TOTALS, lowerBound: true, lowerBoundReasons: ['unknown op'] },
      nodes: [{ name: 'n', opType: 'Conv', flops: 0.5e9, memoryBytes: 1000 }],
    });
    const [row] = latencyRows(base, side(false), relative, 'error', { isNew: false, deleted: false });
    assert.deepEqual([row!.status, row!.unchecked], ['warning', true]);
    assert.deepEqual(row!.reasons, ['not checked: the base estimate 500 ms on dev is only a lower bound (some nodes could not be costed); max-increase +10% is relative to it']);
  });
});
