/**
 * The change between two sides when a side is only a lower bound (budget/delta-bound.ts). With B'
 * ≥ B the real base and H' ≥ H the real head: a bound head makes H - B a lower bound on the real
 * change, a bound base an upper bound (the real change may be a fall), and two bounds say nothing.
 * Every output printed H - B as the change: base ≥ 40 G, head 44 G read "+4.00 G (+10.0%)".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateMetric } from '../../src/budget/evaluate.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import { latencyRows } from '../../src/budget/latency.js';
import { pointsOutput } from '../../src/budget/points.js';
import type { GateReport, LatencyBudget, MetricRow, ModelReport } from '../../src/budget/types.js';
import type { ProfileSpec } from '../budget/fixtures.js';
import { profile } from '../budget/fixtures.js';
import { renderComment, renderText } from '../../src/report/index.js';
import { pointDetailsText, renderPointDetails } from '../../src/report/points-format.js';

// FLOPs 40 G -> 44 G: +4.00 G, +10.0%. MACs, memory access and the peak do not change.
const TOTALS = { macs: 20e9, flops: 40e9, memoryBytes: 300e6, peakActivationBytes: 100e6 };
const UNCOSTED = { lowerBound: true, lowerBoundReasons: ['1 node(s) of unknown op type not counted'], lowerBoundMetrics: ['macs', 'flops', 'memory', 'peak-memory', 'latency'] as const };
const PEAK_ONLY = { lowerBound: true, lowerBoundReasons: ["peak activation memory: size of 1 value(s) unknown ('s')"], lowerBoundMetrics: ['peak-memory'] as const };

function side(bound: typeof UNCOSTED | typeof PEAK_ONLY | null, flops: number): ProfileSpec {
  return { params: 1000, totals: { ...TOTALS, flops, ...(bound ?? {}) } };
}

function report(base: ProfileSpec, head: ProfileSpec, config: string | null = null, minChange?: number): GateReport {
  return evaluateGate({
    config: config === null ? null : parseConfig(config),
    models: [{ path: 'models/m.onnx', status: 'modified', base: profile(base), head: profile(head) }],
    ...(minChange !== undefined ? { minChange } : {}),
  });
}

const flat = (md: string): string => md.replace(/\u00a0/g, ' ');
const row = (r: GateReport, metric: MetricRow['metric']): MetricRow => r.models[0]!.rows.find((x) => x.metric === metric)!;
/** The Change cell of a metric in the model section's table (Metric | Base | Head | Change). */
function changeCell(md: string, label: string): string {
  const line = flat(md).split('\n').find((l) => l.startsWith(`| ${label} |`));
  assert.ok(line, md);
  return line.replace(/ \|$/, '').split(' | ')[3]!;
}
/** The change column of a metric in the text table. */
function textChange(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(`${label} `));
  assert.ok(line, text);
  return line.trim().split(/\s{2,}/)[3]!;
}

describe('the change column when a side is a lower bound', () => {
  test('head bound, base exact: the change is at least the one shown', () => {
    const r = report(side(null, 40e9), side(UNCOSTED, 44e9));
    assert.equal(row(r, 'flops').deltaBound, 'lower');
    assert.equal(changeCell(renderComment(r), 'FLOPs'), '≥ +4.00 G (≥ +10.0%)');
    assert.equal(textChange(renderText(r), 'FLOPs'), '>= +4.00 G (>= +10.0%)');
    // MACs 20 G on both sides, the head's a bound: no fall is possible, a rise is.
    assert.equal(changeCell(renderComment(r), 'MACs'), '≥ ±0');
  });

  test('base bound, head exact: the change is at most the one shown, maybe a fall', () => {
    const r = report(side(UNCOSTED, 40e9), side(null, 44e9));
    assert.equal(row(r, 'flops').deltaBound, 'upper');
    assert.equal(changeCell(renderComment(r), 'FLOPs'), '≤ +4.00 G (≤ +10.0%)');
    assert.equal(textChange(renderText(r), 'FLOPs'), '<= +4.00 G (<= +10.0%)');
  });

  test('both bounds: the change is not known', () => {
    const r = report(side(UNCOSTED, 40e9), side(UNCOSTED, 44e9));
    assert.equal(row(r, 'flops').deltaBound, 'unknown');
    assert.equal(changeCell(renderComment(r), 'FLOPs'), 'not known (both ≥)');
    assert.equal(textChange(renderText(r), 'FLOPs'), 'not known (both >=)');
    // Params are never bounds: their change stays exact, with no deltaBound.
    assert.equal(row(r, 'params').deltaBound, undefined);
  });

  test('a bound on the peak alone leaves the FLOPs change exact and bounds the peak\'s', () => {
    const r = report(side(PEAK_ONLY, 40e9), side(null, 44e9));
    assert.equal(row(r, 'flops').deltaBound, undefined);
    assert.equal(changeCell(renderComment(r), 'FLOPs'), '+4.00 G (+10.0%)');
    assert.equal(row(r, 'peak-memory').deltaBound, 'upper');
    assert.equal(changeCell(renderComment(r), 'Peak activation memory'), '≤ ±0');
  });

  test('the gate agrees: max-increase over a bound base is not checked, over a bound head a breach is certain', () => {
    const config = 'version: 1\nmodels:\n  - path: "models/*.onnx"\n    budgets:\n      flops: { max-increase: 5% }\n';
    // Base bound: +10% "at most": not checked (a warning), the column says ≤.
    const up = report(side(UNCOSTED, 40e9), side(null, 44e9), config);
    assert.deepEqual([row(up, 'flops').status, row(up, 'flops').unchecked, row(up, 'flops').deltaBound], ['warning', true, 'upper']);
    // Head bound: +10% "at least" against +5%: a certain breach, the column says ≥.
    const down = report(side(null, 40e9), side(UNCOSTED, 44e9), config);
    assert.deepEqual([row(down, 'flops').status, row(down, 'flops').reasons, row(down, 'flops').deltaBound], ['error', ['+10.0% exceeds max-increase +5%'], 'lower']);
  });

  test('the JSON report carries deltaBound, and one the sides do not make is refused', () => {
    const r = report(side(UNCOSTED, 40e9), side(null, 44e9));
    const json = JSON.parse(JSON.stringify(r));
    assert.deepEqual(validateGateReport(json), r);
    const flops = json.models[0].rows.findIndex((x: MetricRow) => x.metric === 'flops');
    json.models[0].rows[flops].deltaBound = 'lower';
    assert.throws(() => validateGateReport(json), { message: `invalid gate report: report.models[0].rows[${flops}].deltaBound: is lower but the sides' lower bounds make it upper` });
    // A report written before the field has none: it is still read, and rendered from the flags.
    delete json.models[0].rows[flops].deltaBound;
    assert.equal(changeCell(renderComment(validateGateReport(json)), 'FLOPs'), '≤ +4.00 G (≤ +10.0%)');
  });
});

describe('the overview when a side is a lower bound', () => {
  const overviewLine = (md: string): string => flat(md).split('\n').find((l) => l.startsWith('| `models/m.onnx`'))!;

  test('the FLOPs cell and the largest change carry the bound; with both sides bounds no percent', () => {
    // Params 1000 -> 1000 (±0), MACs ±0: FLOPs is the largest change.
    const up = overviewLine(renderComment(report(side(UNCOSTED, 40e9), side(null, 44e9))));
    assert.ok(up.includes('| 44.0 G (≤ +10.0%) |'), up);
    assert.ok(up.includes('| FLOPs ≤ +10.0% |'), up);
    const both = overviewLine(renderComment(report(side(UNCOSTED, 40e9), side(UNCOSTED, 44e9))));
    assert.ok(both.includes('| ≥44.0 G |'), both);
    assert.ok(both.includes('| not known (both ≥) |'), both);
  });

  test('the totals row\'s change is a bound too, and not known when both sums are bounds', () => {
    // a: 40 G -> ≥44 G; b: 40 G -> 44 G (exact); c: ≥40 G -> ≥44 G. a + b: 80 G -> ≥88 G, at
    // least +10.0%; a + c: ≥80 G -> ≥88 G, not known. Both read "(+10.0%)".
    const a = { path: 'a.onnx', status: 'modified' as const, base: profile(side(null, 40e9)), head: profile(side(UNCOSTED, 44e9)) };
    const b = { ...a, path: 'b.onnx', head: profile(side(null, 44e9)) };
    const c = { path: 'c.onnx', status: 'modified' as const, base: profile(side(UNCOSTED, 40e9)), head: profile(side(UNCOSTED, 44e9)) };
    const total = (ms: readonly (typeof a)[]): string => flat(renderComment(evaluateGate({ config: null, models: ms }))).split('\n').find((l) => l.startsWith('| **Total**')) ?? '';
    assert.ok(total([a, b]).includes('| 80.0 G → ≥88.0 G (≥ +10.0%) |'), total([a, b]));
    assert.ok(total([a, c]).includes('| ≥80.0 G → ≥88.0 G |'), total([a, c]));
  });

  test('min-change does not fold a change whose side is a bound: its real size is not known', () => {
    // +10% is under min-change 20%: folded into "changed by less than 20%" when both sides are
    // exact; with a bound head the real change is +10% or more, so the model keeps its row.
    const exact = flat(renderComment(report(side(null, 40e9), side(null, 44e9)), { minChange: 20 }));
    assert.ok(exact.includes('changed by less than 20% (min-change)'), exact);
    const bound = flat(renderComment(report(side(null, 40e9), side(UNCOSTED, 44e9)), { minChange: 20 }));
    assert.ok(!bound.includes('changed by less than 20%'), bound);
    assert.ok(bound.includes('| FLOPs ≥ +10.0% |'), bound);
  });
});

describe('operating points and latency when a side is a lower bound', () => {
  const base = { value: 40e9, lowerBound: true };
  const head = { value: 44e9, lowerBound: false };
  const pointRow = evaluateMetric('flops', base, head, { isNew: false, deleted: false });
  const model = (extra: Partial<ModelReport>): ModelReport => ({
    path: 'models/m.onnx', previousPath: null, name: null, status: 'modified', verdict: 'ok', error: null, notes: [], rows: [], why: null, ...extra,
  });

  test('a point\'s change column says ≤ over a bound base', () => {
    const m = model({ points: [{ name: 'long', dims: { seq: 4096 }, verdict: 'ok', error: null, warnings: [], shapes: [], rows: [pointRow], latency: [] }] });
    const line = flat(renderPointDetails(m).join('\n')).split('\n').find((l) => l.startsWith('| FLOPs |'))!;
    assert.equal(line, '| FLOPs | 44.0 G | ≤ +4.00 G (≤ +10.0%) | — |');
    assert.ok(pointDetailsText(m).includes('    FLOPs: 44.0 G (<= +4.00 G, <= +10.0%)'), pointDetailsText(m).join('\n'));
  });

  test('the action\'s points output names the head values that are only lower bounds', () => {
    // Head FLOPs 44 G exact at the point, its peak ≥ 1 MB (a string value): the output said
    // `peak-memory: 1000000` with nothing to tell it from an exact number.
    const peak = evaluateMetric('peak-memory', { value: 1e6, lowerBound: false }, { value: 1e6, lowerBound: true }, { isNew: false, deleted: false });
    const m = model({ points: [{ name: 'long', dims: { seq: 4096 }, verdict: 'ok', error: null, warnings: [], shapes: [], rows: [pointRow, peak], latency: [] }] });
    assert.deepEqual(pointsOutput([m]), [{
      path: 'models/m.onnx', point: 'long', dims: { seq: 4096 }, verdict: 'ok',
      metrics: { flops: 44e9, 'peak-memory': 1e6 }, latency: {}, lowerBound: { metrics: ['peak-memory'], latency: [] },
    }]);
  });

  test('a latency estimate of a profile with an uncosted node is shown as a lower bound', () => {
    // 0.5 G FLOPs on a 1 GFLOP/s device, memory 1 kB at 1 TB/s: 0.5 s (compute-bound) on each
    // side; the base has an uncosted node, so its 500 ms is "≥ 500 ms". It was shown as exact.
    const hw = { kind: 'custom', id: 'dev', name: 'dev', peakFlops: 1e9, bandwidth: 1e12 } as const;
    const budget: LatencyBudget = { max: 2, maxText: '2 s', hardware: [hw as unknown as LatencyBudget['hardware'][number]], text: '≤ 2 s' };
    const nodes = [{ name: 'n', opType: 'Conv', flops: 0.5e9, memoryBytes: 1000 }];
    const b = profile({ params: 1, totals: { ...TOTALS, ...UNCOSTED }, nodes });
    const h = profile({ params: 1, totals: TOTALS, nodes });
    const [lat] = latencyRows(b, h, budget, 'error', { isNew: false, deleted: false });
    assert.deepEqual([lat!.base, lat!.head, lat!.baseLowerBound, lat!.headLowerBound], [0.5, 0.5, true, undefined]);
    const md = flat(renderPointDetails(model({ latency: [lat!] })).join('\n'));
    assert.ok(md.includes('| dev | ≥500 ms | 500 ms |'), md);
    assert.ok(pointDetailsText(model({ latency: [lat!] })).some((l) => l.includes('latency on dev: 500 ms (base >=500 ms)')));
  });
});

describe('the why section when a node is not fully costed', () => {
  // Base: conv (1 G FLOPs, 10 MB). Head: conv at 2 G FLOPs, 20 MB, and an added `m` of an op with
  // no definition (status unknown-op, counted 0). `m`'s real cost is at least 0: its "±0" read as
  // "adds nothing". Conv's +1.00 G stays exact.
  const conv = { name: 'conv', opType: 'Conv', flops: 1e9, macs: 0.5e9, memoryBytes: 10e6 };
  const base = profile({
    params: 1, totals: { ...TOTALS, flops: 1e9 }, nodes: [conv],
    byOpType: [{ opType: 'Conv', domain: '', count: 1, macs: 0.5e9, flops: 1e9, memoryBytes: 10e6 }],
  });
  const head = profile({
    params: 1, totals: { ...TOTALS, flops: 2e9, ...UNCOSTED },
    nodes: [{ ...conv, flops: 2e9, macs: 1e9, memoryBytes: 20e6 }, { name: 'm', opType: 'Mystery', domain: 'com.example', status: 'unknown-op' }],
    byOpType: [
      { opType: 'Conv', domain: '', count: 1, macs: 1e9, flops: 2e9, memoryBytes: 20e6 },
      { opType: 'Mystery', domain: 'com.example', count: 1, macs: 0, flops: 0, memoryBytes: 0 },
    ],
    unknownOps: [{ domain: 'com.example', opType: 'Mystery', count: 1 }],
  });
  const r = evaluateGate({ config: null, models: [{ path: 'models/m.onnx', status: 'modified', base, head }] });
  const why = r.models[0]!.why!;

  test('the op type and the node carry deltaBound lower; the costed conv none', () => {
    assert.deepEqual(why.opTypes.map((o) => [o.opType, o.flopsDelta, o.deltaBound]), [['Conv', 1e9, undefined], ['Mystery', 0, 'lower']]);
    assert.deepEqual(why.nodes.map((n) => [n.name, n.change, n.flopsDelta, n.deltaBound]), [['conv', 'changed', 1e9, undefined], ['m', 'added', 0, 'lower']]);
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(r))), r);
  });

  test('the comment and the text say ≥ on them', () => {
    const md = flat(renderComment(r));
    assert.ok(md.includes('| `com.example::Mystery` | 0 → 1 | ≥ ±0 | ≥ ±0 | ≥ ±0 |'), md);
    assert.ok(md.includes('| `Conv` | 1 | +1.00 G | +500 M | +10.0 MB |'), md);
    assert.ok(/\| `m` \| `Mystery` \| added \| ≥ ±0 \| ≥ ±0 \| ≥ ±0 \|/.test(md), md);
    const text = renderText(r);
    assert.ok(/com\.example::Mystery +0 -> 1 +>= 0 +>= 0 +>= 0/.test(text), text);
  });
});

describe('the why section\'s module scopes when a node of the scope is not fully costed', () => {
  test('the scope\'s head sum is a lower bound, and its change too', () => {
    // Scope /blk/a: conv 1 G -> 2 G FLOPs (10 -> 20 MB) plus an added uncosted node: the head's
    // sum is ≥ 2.00 G, the change ≥ +1.00 G (≥ +100%); it read "1.00 G → 2.00 G | +1.00 G (+100%)".
    const conv = { name: '/blk/a/Conv', opType: 'Conv', flops: 1e9, memoryBytes: 10e6 };
    const base = profile({ params: 1, totals: { ...TOTALS, flops: 1e9 }, nodes: [conv] });
    const head = profile({
      params: 1, totals: { ...TOTALS, flops: 2e9, ...UNCOSTED },
      nodes: [{ ...conv, flops: 2e9, memoryBytes: 20e6 }, { name: '/blk/a/M', opType: 'Mystery', domain: 'com.example', status: 'unknown-op' }],
    });
    const r = evaluateGate({ config: null, models: [{ path: 'models/m.onnx', status: 'modified', base, head }] });
    assert.deepEqual(r.models[0]!.why!.scopes, [{ name: '/blk/a', baseFlops: 1e9, headFlops: 2e9, baseMemoryBytes: 10e6, headMemoryBytes: 20e6, headLowerBound: true }]);
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(r))), r);
    const md = flat(renderComment(r));
    assert.ok(md.includes('| `/blk/a` | 1.00 G → ≥2.00 G | ≥ +1.00 G (≥ +100%) | ≥ +10.0 MB |'), md);
    assert.ok(/\/blk\/a +1\.00 G -> >=2\.00 G +>= \+1\.00 G +>= \+10\.0 MB/.test(renderText(r)), renderText(r));
  });
});
