/**
 * readGateReport: a report artifact that fails the schema is one line naming the file and the
 * property, whatever the property's name holds (the schema is the one validation).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { evaluateGate } from '../../src/budget/gate.js';
import { readGateReport, ReportFileError, writeReportFile } from '../../src/io/report-file.js';
import { profile } from '../budget/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-report-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a report that fails the schema: one line naming the file and the property', async () => {
  const report = evaluateGate({ config: null, models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 1 }) }] });
  // any: the artifact is arbitrary JSON; a property named with a line break and a workflow command.
  const j = JSON.parse(JSON.stringify(report)) as any;
  j.models[0]['x\n::error::y'] = 1;
  writeFileSync(join(dir, 'r.json'), JSON.stringify(j));
  await assert.rejects(readGateReport(join(dir, 'r.json'), 'r.json'), (e: unknown) => e instanceof ReportFileError
    && e.message === 'report-path "r.json": invalid gate report: report.models[0]."x\\n::error::y": unexpected property');
  j.models[0] = { ...JSON.parse(JSON.stringify(report)).models[0], rows: [{ metric: 'params' }] };
  writeFileSync(join(dir, 'r.json'), JSON.stringify(j));
  await assert.rejects(readGateReport(join(dir, 'r.json'), 'r.json'), (e: unknown) => e instanceof ReportFileError
    && e.message === 'report-path "r.json": invalid gate report: report.models[0].rows[0].unit: missing');
  // The same report, untampered, is read back as it was written.
  writeFileSync(join(dir, 'r.json'), JSON.stringify(report));
  assert.deepEqual(await readGateReport(join(dir, 'r.json'), 'r.json'), report);
});

test('report-path naming the workspace itself says so (its parent folder lies outside, through no link)', async () => {
  await assert.rejects(writeReportFile(join(dir, '.'), '.', '{}', { within: dir }), (e: unknown) => e instanceof ReportFileError
    && e.message === 'report-path ".": is the workspace folder itself, not a file: not written');
});

test('a report nested deeper than any of ours is refused before it is parsed, in one line', async () => {
  // 8,000,000 arrays (16 MB, just under the cap) took seconds and ~500 MB of heap to parse before the schema refused them.
  const depth = 8_000_000;
  writeFileSync(join(dir, 'deep.json'), `${'['.repeat(depth)}${']'.repeat(depth)}`);
  await assert.rejects(readGateReport(join(dir, 'deep.json'), 'deep.json'), (e: unknown) => e instanceof ReportFileError
    && e.message === 'report-path "deep.json": not JSON of ours: nested deeper than 64 levels');
});
