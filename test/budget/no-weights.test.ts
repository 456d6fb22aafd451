/**
 * Files with no weights in the gate (budget/no-weights.ts): a Trainer checkpoint's scheduler.pt
 * or optimizer.pt is one "no weights" line with its reader's reason, never a row of 0 params; a
 * budget that matched only such files says so; a sharded run's merge gives the comment of the
 * unsharded one; and a weights file's reader warnings reach its notes, bounded.
 */
import { describe, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { MAX_READER_NOTES } from '../../src/budget/evaluate.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import { mergeShardReports, shardKeys } from '../../src/budget/shard.js';
import type { GateModelInput, GateReport, ModelReport } from '../../src/budget/types.js';
import type { WeightTensor } from '../../src/formats/weights.js';
import { profileFile } from '../../src/profile/index.js';
import { noWeightsReason, profileWeights } from '../../src/profile/weights.js';
import { safetensorsBytes } from '../support/weight-writers.js';
import type { ProfileResult } from '../../src/profile/types.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';

const SCHEDULER = "no weights: the pickle holds no tensors (plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments)";

/** A PyTorch file's profile with these tensors and reader warnings (fileBytes 1000). */
function weightsProfile(path: string, tensors: readonly WeightTensor[], warnings: readonly string[] = [], fileBytes = 1000): ProfileResult {
  return profileWeights({ tensors, metadata: new Map(), warnings, sideFiles: [] }, { path, format: 'pytorch', formatLabel: 'PyTorch', formatVersion: '', fileBytes, sideFileBytes: 0 });
}
const f32 = (name: string, dims: number[], role: WeightTensor['role'] = 'param'): WeightTensor => {
  const elements = dims.reduce((a, b) => a * b, 1);
  return { name, dtype: 'float32', dims, elements, bytes: elements * 4, role };
};

// Linear(4, 3): 3 x 4 + 3 = 15 params.
const LINEAR = [f32('fc.weight', [3, 4]), f32('fc.bias', [3])];
const model = (path: string, warnings: readonly string[] = []) => weightsProfile(path, LINEAR, warnings);
const scheduler = (path: string) => weightsProfile(path, [], [SCHEDULER]);

const CONFIG = parseConfig(`version: 1
models:
  - name: torch
    path: "ckpt/**"
    budgets:
      params: { max: 10 }
      file-size: { max: 1MB, level: warning }
`);

const byPath = (r: GateReport, p: string): ModelReport => r.models.find((m) => m.path === p)!;

describe('a file with no weights in the gate', () => {
  test('is no row of 0 params: no rows, verdict ok, its reason; a 10-param budget it matched fails nothing', () => {
    const report = evaluateGate({ config: CONFIG, models: [{ path: 'ckpt/scheduler.pt', status: 'added', head: scheduler('ckpt/scheduler.pt') }] });
    const m = byPath(report, 'ckpt/scheduler.pt');
    assert.deepEqual(m.rows, []);
    assert.equal(m.verdict, 'ok');
    assert.equal(m.noWeights, SCHEDULER.slice('no weights: '.length));
    // Its size (1,000 B) was checked against the file-size budget and is within it.
    assert.deepEqual(m.uncheckedBudgets, ['Params ≤ 10']);
    assert.deepEqual([report.passed, report.violations, report.warnings], [true, 0, 0]);
    validateGateReport(JSON.parse(JSON.stringify(report)));

    const body = renderComment(report);
    // Nothing measured: no ✅, no "no budgets set", and the budget says it checked nothing.
    assert.match(body, /### Model budget: no model changed, only 1 file with no weights\n/);
    assert.ok(body.includes('0 models changed · 1 file with no weights ·'), body);
    assert.ok(body.includes("- `ckpt/scheduler.pt`: no weights, the pickle holds no tensors \\(plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments\\)"), body);
    assert.ok(body.includes('ℹ️ The budgets of `torch` (Params ≤ 10) matched only files with no weights here: nothing was checked against them.'), body);
    assert.doesNotMatch(body, /\| Params \||\| 0 \||No budgets are set/);
    const text = renderText(report);
    assert.match(text, /no weights: the pickle holds no tensors/);
    assert.match(text, /note: the budgets of torch \(Params ≤ 10\) matched only files with no weights/);
  });

  test('over its file-size budget it is a model row: a 2 MB optimizer.pt warns on max 1 MB and fails on an error-level one', () => {
    const optimizer = (path: string) => weightsProfile(path, [], ['no weights: the file holds training state only (3 tensor(s)), no params'], 2_000_000);
    const report = evaluateGate({ config: CONFIG, models: [{ path: 'ckpt/optimizer.pt', status: 'added', head: optimizer('ckpt/optimizer.pt') }] });
    const m = byPath(report, 'ckpt/optimizer.pt');
    assert.equal(m.noWeights, undefined);
    const size = m.rows.find((r) => r.metric === 'file-size')!;
    assert.deepEqual([size.head, size.status], [2_000_000, 'warning']);
    assert.equal(m.notes[0], 'no weights: the file holds training state only (3 tensor(s)), no params');
    assert.deepEqual([report.passed, report.violations, report.warnings], [true, 0, 1]);
    validateGateReport(JSON.parse(JSON.stringify(report)));

    const strict = parseConfig(`version: 1
models:
  - name: torch
    path: "ckpt/**"
    budgets:
      file-size: { max: 1MB }
`);
    const failed = evaluateGate({ config: strict, models: [{ path: 'ckpt/optimizer.pt', status: 'added', head: optimizer('ckpt/optimizer.pt') }] });
    assert.deepEqual([failed.passed, failed.violations], [false, 1]);
    // 999,999 B is within: the file is a "no weights" line again, and no budget is left unchecked.
    const within = evaluateGate({ config: strict, models: [{ path: 'ckpt/optimizer.pt', status: 'added', head: weightsProfile('ckpt/optimizer.pt', [], ['no weights: x'], 999_999) }] });
    assert.deepEqual([within.passed, byPath(within, 'ckpt/optimizer.pt').noWeights, byPath(within, 'ckpt/optimizer.pt').uncheckedBudgets], [true, 'x', undefined]);
  });

  test('modified on both sides: still one line, no 0 -> 0 change; deleted: one line too', () => {
    const report = evaluateGate({ config: null, models: [
      { path: 'ckpt/scheduler.pt', status: 'modified', base: scheduler('ckpt/scheduler.pt'), head: scheduler('ckpt/scheduler.pt') },
      { path: 'ckpt/old/scheduler.pt', status: 'deleted', base: scheduler('ckpt/old/scheduler.pt') },
      { path: 'ckpt/model.pt', status: 'modified', base: model('ckpt/model.pt'), head: model('ckpt/model.pt') },
    ] });
    assert.deepEqual(report.models.map((m) => [m.path, m.noWeights !== undefined, m.rows.length > 0]), [
      ['ckpt/model.pt', false, true], ['ckpt/old/scheduler.pt', true, false], ['ckpt/scheduler.pt', true, false],
    ]);
    const body = renderComment(report);
    assert.ok(body.includes('- `ckpt/scheduler.pt` (modified): no weights, '), body);
    assert.ok(body.includes('- `ckpt/old/scheduler.pt` (deleted): no weights, '), body);
    // Totals would have been over 3 models; the files are none.
    assert.ok(!body.includes('**Total**'), body);
    assert.ok(body.includes('1 model changed · 2 files with no weights ·'), body);
  });

  test('weights gone from a file: one line saying what the base held; weights new in one: a new model', () => {
    const report = evaluateGate({ config: null, models: [
      { path: 'ckpt/a.pt', status: 'modified', base: model('ckpt/a.pt'), head: scheduler('ckpt/a.pt') },
      { path: 'ckpt/b.pt', status: 'modified', base: scheduler('ckpt/b.pt'), head: model('ckpt/b.pt') },
    ] });
    assert.deepEqual(byPath(report, 'ckpt/a.pt').notes, ['the base version held 15 params']);
    const b = byPath(report, 'ckpt/b.pt');
    const params = b.rows.find((r) => r.metric === 'params')!;
    // Compared with a base of no weights, 15 params would read "changed from 0": it is new.
    assert.deepEqual([params.base, params.head, params.isNew], [null, 15, true]);
    assert.match(b.notes[0]!, /^the base version held no weights \(the pickle holds no tensors/);
  });

  test('a tampered report that hides rows behind noWeights is refused', () => {
    const report = evaluateGate({ config: null, models: [{ path: 'ckpt/model.pt', status: 'added', head: model('ckpt/model.pt') }] });
    const json = JSON.parse(JSON.stringify(report)) as { models: Array<Record<string, unknown>> };
    json.models[0]!['noWeights'] = 'nothing to see';
    assert.throws(() => validateGateReport(json), /report\.models\[0\]\.noWeights: is set on a model with rows or an error/);
  });
});

describe('files with no weights in a sharded run', () => {
  // ckpt/model.pt (15 params) breaks the 10-param budget; the entry also matches two files with
  // no weights. Sorted keys: model.pt, optimizer.pt, scheduler.pt: shard 1/2 gets model.pt and
  // scheduler.pt, shard 2/2 optimizer.pt alone, where the entry matched only a file with no weights.
  const OPTIMIZER = 'no weights: the file holds training state only (6 tensor(s) of optimizer or random-number-generator state), no params';
  const INPUTS: GateModelInput[] = [
    { path: 'ckpt/model.pt', status: 'added', head: model('ckpt/model.pt') },
    { path: 'ckpt/scheduler.pt', status: 'added', head: scheduler('ckpt/scheduler.pt') },
    { path: 'ckpt/optimizer.pt', status: 'added', head: weightsProfile('ckpt/optimizer.pt', [f32('state.0.exp_avg', [3, 4], 'optimizer')], [OPTIMIZER]) },
  ];
  const KEYS = INPUTS.map((m) => m.path);

  test('the merged comment is the unsharded one: the budget checked model.pt, so no line says it checked nothing', () => {
    const whole = evaluateGate({ config: CONFIG, models: INPUTS });
    const parts = [1, 2].map((index) => {
      const spec = { index, count: 2 };
      const mine = shardKeys(KEYS, spec);
      const r = evaluateGate({ config: CONFIG, models: INPUTS.filter((m) => mine.has(m.path)) });
      return { name: `s${index}.json`, report: validateGateReport(JSON.parse(JSON.stringify({ ...r, shard: { ...spec, models: KEYS, baseSha: null, headSha: null, settings: '0'.repeat(64), level: 'error' } }))) };
    });
    // Shard 2 alone would say its entry checked nothing: the merge must not.
    assert.match(renderComment(parts[1]!.report), /The budgets of `torch`/);
    const merged = mergeShardReports(parts).report;
    assert.equal(renderComment(merged), renderComment(whole));
    assert.doesNotMatch(renderComment(merged), /The budgets of `torch`/);
    // 15 > 10: one violation, from model.pt alone.
    assert.deepEqual([merged.passed, merged.violations], [false, 1]);
    assert.ok(renderComment(merged).includes('2 files with no weights'));
  });
});

describe("a weights file's reader warnings reach its notes", () => {
  test(`the first ${MAX_READER_NOTES}, one line each, then how many more`, () => {
    const warnings = Array.from({ length: 7 }, (_, i) => `warning ${i}\nsecond line`);
    const report = evaluateGate({ config: null, models: [{ path: 'ckpt/model.pt', status: 'added', head: model('ckpt/model.pt', warnings) }] });
    const notes = report.models[0]!.notes.filter((n) => n.startsWith('reader: '));
    assert.deepEqual(notes, [0, 1, 2, 3, 4].map((i) => `reader: warning ${i} second line`).concat(['reader: 2 more warnings (model-budget profile lists them all)']));
  });
});

describe('only a reader says a file holds no weights, never a name in the file', () => {
  // A sharded safetensors set whose one shard the index names `no weights`: its warnings are
  // prefixed with the shard's name, so an unquoted name made "no weights: <warning>" out of an
  // ordinary warning. The set holds one int64 tensor of 1000 elements (0 params, 8000 data bytes)
  // and 8 stray bytes (the warning); its files are far over a 1 kB file-size budget.
  test('a shard named "no weights" leaves a 0-param set a model: its file-size budget is checked and fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-noweights-name-'));
    try {
      writeFileSync(join(dir, 'no weights'), Buffer.concat([safetensorsBytes([{ name: 'blob', dtype: 'I64', shape: [1000] }]), Buffer.alloc(8)]));
      writeFileSync(join(dir, 'model.safetensors.index.json'), JSON.stringify({ weight_map: { blob: 'no weights' } }));
      const head = await profileFile(join(dir, 'model.safetensors.index.json'));
      assert.equal(head.params.total, 0);
      assert.deepEqual(head.warnings, ['"no weights": 8 bytes of the data section belong to no tensor']);
      assert.equal(noWeightsReason(head), null);
      const config = parseConfig('version: 1\nmodels:\n  - name: st\n    path: "**"\n    budgets:\n      file-size: { max: 1kB }\n');
      const report = evaluateGate({ config, models: [{ path: 'm/model.safetensors.index.json', status: 'added', head }] });
      assert.equal(report.models[0]!.noWeights, undefined);
      // 8 + header + 8000 + 8 bytes of shard, plus the index: over 1,000 bytes.
      assert.deepEqual([report.passed, report.violations], [false, 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the text headline beside a budgeted unchanged model', () => {
  // An unchanged model (status 'unchanged', evaluateGate's API) has budget rows; the only change is
  // a file with no weights. The headline has no icon then, and the text verdict replaced its first
  // word: "PASS: model changed, only 1 file with no weights", a model change that never happened.
  test('says PASS before the whole headline: no model changed', () => {
    const report = evaluateGate({ config: CONFIG, models: [
      { path: 'ckpt/model.pt', status: 'unchanged', base: model('ckpt/model.pt'), head: model('ckpt/model.pt', []) },
      { path: 'ckpt/scheduler.pt', status: 'added', head: scheduler('ckpt/scheduler.pt') },
    ] });
    // Linear's 15 params break the 10-param budget of CONFIG: one violation, so FAIL.
    assert.equal(renderText(report).split('\n')[0], 'FAIL: 1 budget exceeded');
    const within = evaluateGate({ config: parseConfig('version: 1\nmodels:\n  - name: torch\n    path: "ckpt/**"\n    budgets:\n      params: { max: 100 }\n'), models: [
      { path: 'ckpt/model.pt', status: 'unchanged', base: model('ckpt/model.pt'), head: model('ckpt/model.pt') },
      { path: 'ckpt/scheduler.pt', status: 'added', head: scheduler('ckpt/scheduler.pt') },
    ] });
    assert.equal(renderText(within).split('\n')[0], 'PASS: no model changed, only 1 file with no weights');
  });
});
