import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate, ReportValidationError, validateGateReport } from '../../src/budget/gate.js';
import type { GateReport } from '../../src/budget/types.js';
import { profile } from './fixtures.js';

const CONFIG = parseConfig(`version: 1
models:
  - name: detector
    path: models/detector/*.onnx
    budgets:
      params:      { max: 25M, max-increase: 2% }
      peak-memory: { max: 120MiB, level: warning }
  - name: classifier
    path: models/classifier/*.onnx
    budgets:
      params: { max: 5M }
ignore: ["models/legacy/**"]
`);

const TOTALS = { macs: 1e9, flops: 2e9, memoryBytes: 1e8, peakActivationBytes: 1e8 };

function sampleReport(): GateReport {
  return evaluateGate({
    config: CONFIG,
    models: [
      { path: 'models/legacy/old.onnx', status: 'modified', base: profile({ params: 1 }), head: profile({ params: 2 }) },
      // params 26 M > 25 M and +4% > 2%: 2 reasons, 1 violation (one row)
      {
        path: 'models/detector/yolo.onnx',
        status: 'modified',
        base: profile({ params: 25_000_000, totals: TOTALS }),
        head: profile({ params: 26_000_000, totals: { ...TOTALS, peakActivationBytes: 130e6 } }),
      },
      { path: 'models/classifier/resnet.onnx', status: 'added', head: profile({ params: 4_000_000 }) },
      { path: 'models/classifier/broken.onnx', status: 'modified', base: profile({ params: 1 }), error: 'models/classifier/broken.onnx: not an ONNX model' },
      { path: 'models/other/gone.onnx', status: 'deleted', base: profile({ params: 7 }) },
      { path: 'models/other/same.onnx', status: 'unchanged', base: profile({ params: 7 }), head: profile({ params: 7 }) },
    ],
  });
}

describe('evaluateGate', () => {
  test('overall verdict, counts, ordering and lists', () => {
    const r = sampleReport();
    assert.equal(r.schemaVersion, 1);
    // detector params row (error) + broken model (error at default level) = 2 violations
    assert.equal(r.violations, 2);
    // detector peak-memory 130 MB > 120 MiB at level warning, and broken's params budget (5M),
    // which keeps its row and is a warning: not measured, so not checked
    assert.equal(r.warnings, 2);
    assert.equal(r.passed, false);
    assert.equal(r.configFile, '.github/model-budget.yml');
    assert.deepEqual(r.ignored, ['models/legacy/old.onnx']);
    // worst first, then by path
    assert.deepEqual(
      r.models.map((m) => [m.path, m.verdict, m.name]),
      [
        ['models/classifier/broken.onnx', 'error', 'classifier'],
        ['models/detector/yolo.onnx', 'error', 'detector'],
        ['models/classifier/resnet.onnx', 'ok', 'classifier'],
        ['models/other/gone.onnx', 'ok', null],
        ['models/other/same.onnx', 'ok', null],
      ],
    );
    assert.deepEqual(r.changedModels, ['models/classifier/broken.onnx', 'models/detector/yolo.onnx', 'models/classifier/resnet.onnx', 'models/other/gone.onnx']);
  });

  test('warnings alone pass', () => {
    const r = evaluateGate({
      config: CONFIG,
      models: [
        {
          path: 'models/detector/a.onnx',
          status: 'modified',
          base: profile({ params: 1, totals: TOTALS }),
          head: profile({ params: 1, totals: { ...TOTALS, peakActivationBytes: 130e6 } }),
        },
      ],
    });
    assert.equal(r.passed, true);
    assert.equal(r.violations, 0);
    assert.equal(r.warnings, 1);
  });

  test('with no config every model is reported with no budgets', () => {
    const r = evaluateGate({
      config: null,
      models: [
        { path: 'models/legacy/old.onnx', status: 'modified', base: profile({ params: 1 }), head: profile({ params: 2_000_000_000 }) },
        { path: 'a.onnx', status: 'added', head: profile({ params: 10 }) },
      ],
    });
    assert.equal(r.passed, true);
    assert.equal(r.configFile, null);
    assert.deepEqual(r.ignored, []);
    assert.equal(r.models.length, 2);
    for (const m of r.models) for (const row of m.rows) assert.equal(row.budget, null);
  });

  test('a model moved out of its entry\'s glob or under an ignore glob keeps its budgets, and the report says so', () => {
    // classifier: params <= 5M. 6M breaches it whatever the path; 4M passes.
    const note = (why: string): string => `the config entry of the base path applies: the new path ${why}`;
    const r = evaluateGate({
      config: CONFIG,
      models: [
        { path: 'models/v2/resnet.onnx', previousPath: 'models/classifier/resnet.onnx', status: 'renamed', base: profile({ params: 4_000_000 }), head: profile({ params: 6_000_000 }) },
        { path: 'models/legacy/net.onnx', previousPath: 'models/classifier/net.onnx', status: 'renamed', base: profile({ params: 4_000_000 }), head: profile({ params: 6_000_000 }) },
        // An honest move that stays within the budget passes.
        { path: 'archive/small.onnx', previousPath: 'models/classifier/small.onnx', status: 'renamed', base: profile({ params: 4_000_000 }), head: profile({ params: 4_000_000 }) },
        // Moved from an ignored path: the head path decides (no entry, no budgets).
        { path: 'archive/old.onnx', previousPath: 'models/legacy/old.onnx', status: 'renamed', base: profile({ params: 1 }), head: profile({ params: 6_000_000 }) },
      ],
    });
    assert.deepEqual(r.ignored, []);
    assert.deepEqual(
      r.models.map((m) => [m.path, m.verdict, m.name, m.rows.find((row) => row.metric === 'params')?.budget ?? null, m.notes[0] ?? null]),
      [
        ['models/legacy/net.onnx', 'error', 'classifier', '≤ 5 M', note('is under an ignore glob')],
        ['models/v2/resnet.onnx', 'error', 'classifier', '≤ 5 M', note('matches no entry')],
        ['archive/old.onnx', 'ok', null, null, null],
        ['archive/small.onnx', 'ok', 'classifier', '≤ 5 M', note('matches no entry')],
      ],
    );
    assert.equal(r.violations, 2);
    assert.equal(r.passed, false);
  });

  test('an unreadable model fails the gate with no config too', () => {
    const r = evaluateGate({ config: null, models: [{ path: 'a.onnx', status: 'added', error: 'a.onnx: file is empty' }] });
    assert.equal(r.passed, false);
    assert.equal(r.violations, 1);
  });
});

describe('validateGateReport', () => {
  test('a report survives a JSON round trip unchanged', () => {
    const r = sampleReport();
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(r))), r);
  });

  // any: the edits reach into arbitrary JSON on purpose, the validator is what is being tested.
  const tamper = (edit: (j: any) => void): unknown => {
    const j = JSON.parse(JSON.stringify(sampleReport()));
    edit(j);
    return j;
  };

  test('rejects wrong versions, shapes and types with the property path', () => {
    assert.throws(() => validateGateReport(null), { message: 'invalid gate report: report: expected an object' });
    assert.throws(() => validateGateReport(tamper((j) => (j.schemaVersion = 2))), { message: 'invalid gate report: report.schemaVersion: expected 1' });
    assert.throws(() => validateGateReport(tamper((j) => (j.models[0].rows[0].head = 'NaN'))), {
      message: 'invalid gate report: report.models[0].rows[0].head: expected a finite number or null',
    });
    // JSON.parse reads 1e400 as Infinity: the schema's numbers are finite (ajv strictNumbers).
    const infinite = JSON.parse(JSON.stringify(tamper((j) => (j.models[0].rows[0].head = 123456789))).replace('123456789', '1e400'));
    assert.throws(() => validateGateReport(infinite), { message: 'invalid gate report: report.models[0].rows[0].head: expected a finite number or null' });
    assert.throws(() => validateGateReport(tamper((j) => delete j.models[0].rows)), { message: 'invalid gate report: report.models[0].rows: missing' });
    assert.throws(() => validateGateReport(tamper((j) => (j.models[0]['a/b'] = 1))), { message: 'invalid gate report: report.models[0]."a/b": unexpected property' });
    assert.throws(() => validateGateReport(tamper((j) => (j.ignored = Array.from({ length: 100_001 }, () => 'x')))), {
      message: 'invalid gate report: report.ignored: more than 100000 items',
    });
    assert.throws(() => validateGateReport(tamper((j) => (j.models[1].status = 'hacked'))), {
      message: 'invalid gate report: report.models[1].status: expected one of added, modified, deleted, renamed, unchanged',
    });
    assert.throws(() => validateGateReport(tamper((j) => (j.models[0].extra = '<script>'))), {
      message: 'invalid gate report: report.models[0].extra: unexpected property',
    });
    assert.throws(() => validateGateReport(tamper((j) => (j.models[0].path = 'x'.repeat(5000)))), ReportValidationError);
  });

  test('rejects a summary that disagrees with the models', () => {
    assert.throws(
      () =>
        validateGateReport(
          tamper((j) => {
            j.passed = true;
            j.violations = 0;
          }),
        ),
      { message: 'invalid gate report: report.violations: is 0 but 1 rows are errors' },
    );
    assert.throws(() => validateGateReport(tamper((j) => (j.passed = true))), { message: 'invalid gate report: report.passed: disagrees with violations' });
    assert.throws(() => validateGateReport(tamper((j) => (j.models[1].verdict = 'ok'))), {
      message: 'invalid gate report: report.models[1].verdict: is ok but a row is error',
    });
  });

  test('rejects a delta or percent that base and head do not make (publish renders them as given)', () => {
    // models[1] is yolo: params 25 M -> 26 M, delta 1 M, +4%.
    assert.equal(JSON.parse(JSON.stringify(sampleReport())).models[1].rows[0].pct, 4);
    assert.throws(() => validateGateReport(tamper((j) => (j.models[1].rows[0].pct = 1e300))), {
      message: 'invalid gate report: report.models[1].rows[0].pct: is 1e+300 but base and head make it 4',
    });
    assert.throws(() => validateGateReport(tamper((j) => (j.models[1].rows[0].delta = -5))), {
      message: 'invalid gate report: report.models[1].rows[0].delta: is -5 but base and head make it 1000000',
    });
    // A base too small to divide by has no percent (units.percentChange), whatever the file says.
    const tiny = tamper((j) => {
      const r = j.models[1].rows[0];
      Object.assign(r, { base: 5e-324, head: 1, delta: 1 - 5e-324, pct: 1e300 });
    });
    assert.throws(() => validateGateReport(tiny), { message: 'invalid gate report: report.models[1].rows[0].pct: is 1e+300 but base and head make it null' });
    // A new model has no percent; a deleted one (no head) no delta either.
    assert.throws(() => validateGateReport(tamper((j) => (j.models.find((m: { status: string }) => m.status === 'added').rows[0].pct = 100))), /\.rows\[0\]\.pct: is 100 but base and head make it null$/);
    assert.throws(() => validateGateReport(tamper((j) => (j.models.find((m: { status: string }) => m.status === 'deleted').rows[0].delta = 7))), /\.rows\[0\]\.delta: is 7 but base and head make it null$/);
  });

  test('rejects partOf, baseLinkTo or linkTo where the gate never writes them', () => {
    assert.throws(() => validateGateReport(tamper((j) => (j.models[1].partOf = 'x/index.json'))), {
      message: 'invalid gate report: report.models[1].partOf: is set, but the model is modified (only an added or deleted one has it)',
    });
    const added = (j: { models: Array<{ status: string }> }): number => j.models.findIndex((m) => m.status === 'added');
    assert.throws(() => validateGateReport(tamper((j) => (j.models[added(j)].baseLinkTo = 'store/v3.onnx'))), /\.baseLinkTo: is set, but the model is added \(only one measured on both sides has it\)$/);
    assert.throws(() => validateGateReport(tamper((j) => (j.models[1].linkTo = j.models[1].path))), { message: "invalid gate report: report.models[1].linkTo: is the model's own path" });
    assert.doesNotThrow(() => validateGateReport(tamper((j) => Object.assign(j.models[1], { linkTo: 'store/v4.onnx', baseLinkTo: 'store/v3.onnx' }))));
  });

  test('schema/gate-report.schema.json requires exactly the properties a report has', () => {
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../schema/gate-report.schema.json', import.meta.url)), 'utf8'));
    const r = JSON.parse(JSON.stringify(sampleReport()));
    const sorted = (o: object) => Object.keys(o).sort();
    assert.deepEqual([...schema.required].sort(), sorted(r));
    // Optional: minChange, present when the config or an input sets min-change; shard, only in a shard's partial report.
    assert.deepEqual(sorted(schema.properties), [...sorted(r), 'minChange', 'shard'].sort());
    const model = r.models.find((m: { why: unknown }) => m.why !== null) ?? r.models[1];
    assert.deepEqual([...schema.$defs.model.required].sort(), sorted(model));
    assert.deepEqual([...schema.$defs.row.required].sort(), sorted(model.rows[0]));
    // Optional: present only on rows a weights-only format cannot measure, on rows whose budget is
    // in KiB/MiB/GiB, on rows whose budget the head's numbers could not check, and on rows with a
    // lower-bound side (deltaBound).
    assert.deepEqual(sorted(schema.$defs.row.properties), [...sorted(model.rows[0]), 'baseNotAvailable', 'headNotAvailable', 'binaryUnits', 'unchecked', 'deltaBound'].sort());
  });
});
