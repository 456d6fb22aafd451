/**
 * A gate report keeps every string within the schema's 4,096 characters, so that what a
 * pull-request run writes is what `mode: publish` and `merge` accept (budget/report-text.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import { clipText, MAX_REPORT_TEXT } from '../../src/budget/report-text.js';
import { profile } from './fixtures.js';

const totals = { macs: 1, flops: 2, memoryBytes: 3, peakActivationBytes: 4 };

test('a node name of 5,000 characters: the report is cut to the schema and validates after a JSON round trip', () => {
  const base = profile({ params: 10, totals, nodes: [{ name: 'a', opType: 'Conv', flops: 2 }] });
  const head = profile({ params: 20, totals: { ...totals, flops: 20 }, nodes: [{ name: 'n'.repeat(5000), opType: 'o'.repeat(4097), flops: 20 }] });
  const r = evaluateGate({ config: null, models: [{ path: 'm.onnx', status: 'modified', base, head }] });
  // Before: "invalid gate report: report.models[0].why: expected null" (the node name broke `text`).
  const back = validateGateReport(JSON.parse(JSON.stringify(r)));
  const added = back.models.flatMap((m) => m.why?.nodes ?? []).find((n) => n.name.startsWith('n'));
  // The first 4,064 characters, then "…" and a digest of the whole name (32 characters).
  assert.equal(added?.name.length, MAX_REPORT_TEXT);
  assert.ok(added?.name.startsWith('n'.repeat(4064)));
  assert.match(added?.name.slice(4064) ?? '', /^…\[sha256:[A-Za-z0-9_-]{22}\]$/);
  assert.equal(added?.opType.length, MAX_REPORT_TEXT);
  // What is within the bound is untouched.
  assert.equal(back.models[0]?.path, 'm.onnx');
});

test('clipText: short text is kept; a cut never leaves half of a character', () => {
  assert.equal(clipText('conv1'), 'conv1');
  assert.equal(clipText('x'.repeat(4096)), 'x'.repeat(4096));
  // 4,063 x then an emoji (2 units) at units 4,063-4,064: the cut at 4,064 would split it.
  const clipped = clipText(`${'x'.repeat(4063)}😀${'y'.repeat(100)}`);
  assert.ok(clipped.startsWith(`${'x'.repeat(4063)}…[sha256:`), clipped.slice(4000));
  assert.equal(clipped.length, MAX_REPORT_TEXT - 1);
  assert.equal(/[\ud800-\udbff](?![\udc00-\udfff])/.test(clipped), false);
});

test('a report whose why holds a string over the bound: the error names that string, not "expected null"', () => {
  const base = profile({ params: 10, totals, nodes: [{ name: 'a', opType: 'Conv', flops: 2 }] });
  const head = profile({ params: 20, totals: { ...totals, flops: 20 }, nodes: [{ name: 'b', opType: 'Conv', flops: 20 }] });
  const json = JSON.parse(JSON.stringify(evaluateGate({ config: null, models: [{ path: 'm.onnx', status: 'modified', base, head }] })));
  const i = json.models[0].why.nodes.findIndex((n: { name: string }) => n.name === 'b');
  json.models[0].why.nodes[i].name = 'b'.repeat(4097);
  // Before: "invalid gate report: report.models[0].why: expected null" (the first branch of its oneOf).
  assert.throws(() => validateGateReport(json), { message: `invalid gate report: report.models[0].why.nodes[${i}].name: string longer than 4096 characters` });
  // A value that is neither branch: both are named (before: "expected null").
  const odd = JSON.parse(JSON.stringify(evaluateGate({ config: null, models: [{ path: 'm.onnx', status: 'modified', base, head }] })));
  odd.models[0].why = 'x';
  assert.throws(() => validateGateReport(odd), { message: 'invalid gate report: report.models[0].why: expected null or an object' });
});

test('two dim names past the bound that share their first 4,096 characters stay two dims (a formula keeps its degree, a point both dims)', () => {
  const common = 'd'.repeat(4200);
  const [a, b] = [`${common}_a`, `${common}_b`];
  // MACs = 3·a·b: degree 1 in each of the two dims.
  const formulas = {
    dims: [a, b], fixed: {},
    metrics: { macs: { polynomial: true as const, terms: [{ numerator: '3', denominator: '1', powers: { [a]: 1, [b]: 1 } }], degree: { [a]: 1, [b]: 1 } } },
  };
  const base = profile({ params: 10, totals });
  const head = { ...profile({ params: 10, totals }), formulas };
  const r = evaluateGate({ config: null, models: [{ path: 'm.onnx', status: 'modified', base, head }] });
  const back = validateGateReport(JSON.parse(JSON.stringify(r)));
  const f = back.models[0]!.formulas!.head!;
  // Before: both names clipped to the same 4,096 characters, so `dims` listed one name twice and
  // the term read 3·d…¹ (one dim, degree 1 in all) instead of 3·a·b.
  assert.equal(new Set(f.dims).size, 2);
  const term = f.metrics.macs!.polynomial ? f.metrics.macs!.terms[0]! : assert.fail('not a polynomial');
  assert.deepEqual(Object.keys(term.powers).sort(), [...f.dims].sort());
  assert.deepEqual(Object.values(term.powers), [1, 1]);
  for (const d of f.dims) assert.ok(d.length <= MAX_REPORT_TEXT && d.startsWith('d'.repeat(4000)), `${d.length}`);
});

test('clipText: a cut keeps distinct texts distinct, and the same text clips the same way', () => {
  const [a, b] = [`${'x'.repeat(5000)}a`, `${'x'.repeat(5000)}b`];
  assert.ok(clipText(a) !== clipText(b));
  assert.ok(clipText(a) === clipText(`${'x'.repeat(5000)}a`));
  assert.equal(clipText(a).length, MAX_REPORT_TEXT);
  // Names that differ only in bytes that were not UTF-8 (lone surrogates) too.
  assert.ok(clipText(`${'x'.repeat(5000)}\udcff`) !== clipText(`${'x'.repeat(5000)}\udcfe`));
  // A clipped text is within the bound: clipping it again changes nothing (a shard merge re-clips).
  assert.ok(clipText(clipText(a)) === clipText(a));
});
