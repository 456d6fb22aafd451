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
  assert.equal(added?.name, `${'n'.repeat(4095)}…`);
  assert.equal(added?.opType.length, MAX_REPORT_TEXT);
  // What is within the bound is untouched.
  assert.equal(back.models[0]?.path, 'm.onnx');
});

test('clipText: short text is kept; a cut never leaves half of a character', () => {
  assert.equal(clipText('conv1'), 'conv1');
  assert.equal(clipText('x'.repeat(4096)), 'x'.repeat(4096));
  // 4,094 x then an emoji (2 units) at units 4,094-4,095: cut at 4,095 would split it.
  const clipped = clipText(`${'x'.repeat(4094)}😀tail`);
  assert.equal(clipped, `${'x'.repeat(4094)}…`);
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
