/**
 * Sharding (budget/shard.ts): the i/n parser, the slice every shard computes on its own, and the
 * merge, which must give back exactly the report of the unsharded run, or one line saying why not.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import { mergeShardReports, parseShard, shardKeys, shardPaths, ShardMergeError } from '../../src/budget/shard.js';
import { clipText } from '../../src/budget/report-text.js';
import type { NamedReport, ShardSpec } from '../../src/budget/shard.js';
import type { GateModelInput, GateReport, ShardInfo } from '../../src/budget/types.js';
import { profile } from './fixtures.js';

const CONFIG = parseConfig(`version: 1
models:
  - name: detector
    path: models/detector/*.onnx
    budgets:
      params:      { max: 25M }
      peak-memory: { max: 120MiB, level: warning }
ignore: ["models/legacy/**"]
`);
const TOTALS = { macs: 1e9, flops: 2e9, memoryBytes: 1e8, peakActivationBytes: 1e8 };

/** Changes in the order the change list gives them (not sorted: the merge must keep this order for `ignored`). */
const INPUTS: GateModelInput[] = [
  { path: 'models/legacy/z.onnx', status: 'modified', base: profile({ params: 1 }), head: profile({ params: 2 }) },
  // 26 M params > 25 M: an error row; 130e6 B peak > 120 MiB = 125.8e6 B: a warning row.
  { path: 'models/detector/yolo.onnx', status: 'modified', base: profile({ params: 25_000_000, totals: TOTALS }), head: profile({ params: 26_000_000, totals: { ...TOTALS, peakActivationBytes: 130e6 } }) },
  { path: 'models/a.onnx', status: 'added', head: profile({ params: 4 }) },
  { path: 'models/broken.onnx', status: 'modified', base: profile({ params: 1 }), error: 'models/broken.onnx: not an ONNX model' },
  { path: 'models/legacy/a.onnx', status: 'deleted', base: profile({ params: 3 }) },
  { path: 'models/gone.onnx', status: 'deleted', base: profile({ params: 7 }) },
  { path: 'models/detector/tiny.onnx', status: 'modified', base: profile({ params: 10, totals: TOTALS }), head: profile({ params: 11, totals: TOTALS }) },
];
const KEYS = INPUTS.map((m) => m.path);
const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const SETTINGS = '0'.repeat(64);

function whole(): GateReport {
  return evaluateGate({ config: CONFIG, models: INPUTS });
}

/** What shard i/n of a run writes: the gate over its slice, with the run's identity; read back through the validator. */
function part(spec: ShardSpec, info: Partial<ShardInfo> = {}): GateReport {
  const mine = shardKeys(KEYS, spec);
  const report = evaluateGate({ config: CONFIG, models: INPUTS.filter((m) => mine.has(m.path)) });
  const shard: ShardInfo = { ...spec, models: KEYS, baseSha: SHA_A, headSha: SHA_B, settings: SETTINGS, level: 'error', ...info };
  return validateGateReport(JSON.parse(JSON.stringify({ ...report, shard })));
}

function parts(n: number): NamedReport[] {
  return Array.from({ length: n }, (_, i) => ({ name: `s${i + 1}.json`, report: part({ index: i + 1, count: n }) }));
}

describe('parseShard', () => {
  test('i/n, counted from 1', () => {
    assert.deepEqual(parseShard('2/8', '--shard'), { index: 2, count: 8 });
    assert.deepEqual(parseShard(' 1 / 1 ', '--shard'), { index: 1, count: 1 });
    assert.deepEqual(parseShard('256/256', '--shard'), { index: 256, count: 256 });
  });
  for (const [text, why] of [
    ['0/8', /i must be 1 to n \(8\)/],
    ['9/8', /i must be 1 to n \(8\)/],
    ['1/0', /n must be 1 to 256/],
    ['1/257', /n must be 1 to 256/],
    ['1/99999999999999999999', /should look like i\/n/],
    ['a/b', /should look like i\/n/],
    ['2', /should look like i\/n/],
    ['-1/4', /should look like i\/n/],
    ['1.5/4', /should look like i\/n/],
    ['2/8/1', /should look like i\/n/],
    ['+1/4', /should look like i\/n/],
    ['1e0/4', /should look like i\/n/],
    ['0x1/4', /should look like i\/n/],
    ['\uff11/\uff14', /should look like i\/n/],
    ['00001/4', /should look like i\/n/],
    ['', /should look like i\/n/],
  ] as const) {
    test(`'${text}' is refused in one line`, () => {
      assert.throws(() => parseShard(text, "input 'shard'"), (e: Error) => e.message.startsWith("input 'shard': ") && why.test(e.message) && !e.message.includes('\n'));
    });
  }
});

describe('shardKeys', () => {
  test('the shards of a run partition its models, round-robin over the sorted keys', () => {
    // sorted: a, broken, detector/tiny, detector/yolo, gone, legacy/a, legacy/z -> index mod 3
    assert.deepEqual([...shardKeys(KEYS, { index: 1, count: 3 })], ['models/a.onnx', 'models/detector/yolo.onnx', 'models/legacy/z.onnx']);
    assert.deepEqual([...shardKeys(KEYS, { index: 2, count: 3 })], ['models/broken.onnx', 'models/gone.onnx']);
    assert.deepEqual([...shardKeys(KEYS, { index: 3, count: 3 })], ['models/detector/tiny.onnx', 'models/legacy/a.onnx']);
    // More shards than models: the extra shards are empty, every model still in exactly one.
    const all = Array.from({ length: 10 }, (_, i) => [...shardKeys(KEYS, { index: i + 1, count: 10 })]).flat();
    assert.deepEqual(all.sort(), [...KEYS].sort());
  });
  test('the slice does not depend on the order the keys come in', () => {
    assert.deepEqual([...shardKeys([...KEYS].reverse(), { index: 2, count: 3 })], [...shardKeys(KEYS, { index: 2, count: 3 })]);
  });
});

describe('mergeShardReports', () => {
  for (const n of [1, 2, 3, 4, 7, 9]) {
    test(`${n} shards merge into exactly the unsharded report`, () => {
      const merged = mergeShardReports(parts(n).reverse());
      // Key order aside (the validator rebuilds each row), the same report.
      assert.deepStrictEqual(merged.report, JSON.parse(JSON.stringify(whole())));
      assert.equal(merged.baseSha, SHA_A);
      assert.equal(merged.headSha, SHA_B);
    });
  }

  test('the merged counts are the sum of the shards: 2 violations (yolo params, broken), 1 warning (yolo peak)', () => {
    const { report } = mergeShardReports(parts(4));
    assert.equal(report.violations, 2);
    assert.equal(report.warnings, 1);
    assert.equal(report.passed, false);
    assert.deepEqual(report.ignored, ['models/legacy/z.onnx', 'models/legacy/a.onnx']);
    assert.equal(report.shard, undefined);
  });

  test("the counts are recounted from the merged models, not added up from the shards' own counts", () => {
    // A shard that says 7 violations and 5 warnings passes the validator (7 >= its 1 error row),
    // but its models hold 1 violation (yolo params) and 1 warning (yolo peak): the merged report
    // counts 2 violations (yolo params, broken at the default level) and 1 warning, as unsharded.
    const list = parts(4);
    const yolo = list.findIndex((p) => p.report.models.some((m) => m.path === 'models/detector/yolo.onnx'));
    const tampered = validateGateReport(JSON.parse(JSON.stringify({ ...list[yolo]!.report, violations: 7, warnings: 5 })));
    list[yolo] = { name: list[yolo]!.name, report: tampered };
    const { report } = mergeShardReports(list);
    assert.equal(report.violations, 2);
    assert.equal(report.warnings, 1);
  });

  test('an unreadable model counts at the default level the shards ran with (level: warning: a warning, not a violation)', () => {
    // Only broken.onnx (unreadable) and nothing else breached: at level warning it is 1 warning, 0 violations.
    const inputs = INPUTS.filter((m) => m.path === 'models/broken.onnx' || m.path === 'models/a.onnx');
    const config = parseConfig('version: 1\ndefaults: { level: warning }\nmodels: []\n');
    const keys = inputs.map((m) => m.path);
    const list = [1, 2].map((index) => {
      const spec = { index, count: 2 };
      const mine = shardKeys(keys, spec);
      const report = evaluateGate({ config, models: inputs.filter((m) => mine.has(m.path)) });
      const shard: ShardInfo = { ...spec, models: keys, baseSha: SHA_A, headSha: SHA_B, settings: SETTINGS, level: 'warning' };
      return { name: `s${index}.json`, report: validateGateReport(JSON.parse(JSON.stringify({ ...report, shard }))) };
    });
    const { report } = mergeShardReports(list);
    assert.equal(report.violations, 0);
    assert.equal(report.warnings, 1);
    assert.equal(report.passed, true);
    assert.deepStrictEqual(report, JSON.parse(JSON.stringify(evaluateGate({ config, models: inputs }))));
  });

  const fails = (list: NamedReport[], message: RegExp): void => {
    assert.throws(() => mergeShardReports(list), (e: Error) => e instanceof ShardMergeError && message.test(e.message) && !e.message.includes('\n'));
  };

  test('a missing shard', () => fails(parts(4).filter((p) => p.name !== 's3.json'), /^shard 3 of 4 missing \(have 3 reports\)$/));
  test('a repeated shard', () => fails([...parts(4), { name: 'copy.json', report: part({ index: 2, count: 4 }) }], /^copy\.json: shard 2\/4 again \(also s2\.json\)$/));
  test('no reports', () => fails([], /no partial reports/));
  test('a full report', () => fails([{ name: 'r.json', report: whole() }], /^r\.json: not a partial report/));
  test('shards of another head commit', () => fails([...parts(4).slice(1), { name: 'old.json', report: part({ index: 1, count: 4 }, { headSha: 'c'.repeat(40) }) }], /^old\.json: not a shard of the same run as s2\.json: it compares a{40}\.\.c{40}/));
  test('shards of another config', () => fails([...parts(2).slice(1), { name: 'x.json', report: part({ index: 1, count: 2 }, { settings: '1'.repeat(64) }) }], /another config or other options/));
  test('shards of a different split', () => fails([...parts(2), { name: 'x.json', report: part({ index: 3, count: 3 }) }], /x\.json: .*is shard 3\/3, others are of 2/));
  test('shards that saw other changes', () => fails([...parts(2).slice(1), { name: 'x.json', report: part({ index: 1, count: 2 }, { models: KEYS.slice(1) }) }], /lists other changed models \(6, others 7\)/));

  test('a shard that drops one of its models (tampered)', () => {
    const list = parts(3);
    const r = list[1]!.report;
    list[1] = { name: 's2.json', report: { ...r, models: r.models.filter((m) => m.path !== 'models/gone.onnx') } };
    fails(list, /^s2\.json: shard 2\/3 leaves out "models\/gone\.onnx"$/);
  });

  test("a shard that reports another shard's model (tampered)", () => {
    const list = parts(3);
    const stolen = list[0]!.report.models.find((m) => m.path === 'models/detector/yolo.onnx')!;
    list[1] = { name: 's2.json', report: { ...list[1]!.report, models: [...list[1]!.report.models, stolen] } };
    fails(list, /^s2\.json: reports "models\/detector\/yolo\.onnx", which is not in shard 2\/3$/);
  });

  test('a shard that reports a model twice', () => {
    const list = parts(3);
    const r = list[1]!.report;
    list[1] = { name: 's2.json', report: { ...r, models: [...r.models, r.models[0]!], ignored: r.ignored } };
    fails(list, /^s2\.json: shard 2\/3 reports a model twice$/);
  });
});

describe('merging shards of models named like Object.prototype members', () => {
  test('__proto__, constructor and toString are models like any other: each in its slice, merged once', () => {
    const inputs: GateModelInput[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((path, i) => ({ path, status: 'added', head: profile({ params: i + 1 }) }));
    const keys = inputs.map((m) => m.path);
    const list = [1, 2, 3].map((index) => {
      const spec = { index, count: 3 };
      const mine = shardKeys(keys, spec);
      const report = evaluateGate({ config: null, models: inputs.filter((m) => mine.has(m.path)) });
      const shard: ShardInfo = { ...spec, models: keys, baseSha: SHA_A, headSha: SHA_B, settings: SETTINGS, level: 'error' };
      return { name: `s${index}.json`, report: validateGateReport(JSON.parse(JSON.stringify({ ...report, shard }))) };
    });
    const { report } = mergeShardReports(list);
    assert.deepEqual(report.models.map((m) => [m.path, m.rows.find((r) => r.metric === 'params')!.head]).sort(), [['__proto__', 1], ['constructor', 2], ['hasOwnProperty', 4], ['toString', 3]]);
    assert.deepStrictEqual(report, JSON.parse(JSON.stringify(evaluateGate({ config: null, models: inputs }))));
  });

  test('a partial report with an own __proto__ property at the top is refused by the schema', () => {
    const text = JSON.stringify(part({ index: 1, count: 1 })).replace(/^\{/, '{"__proto__":{"passed":true},');
    assert.throws(() => validateGateReport(JSON.parse(text)), /report\.__proto__: unexpected property/);
  });
});

describe('partial reports and the schema', () => {
  test('a shard index beyond its count is refused', () => {
    const r = { ...whole(), shard: { index: 5, count: 4, models: [], baseSha: null, headSha: null, settings: SETTINGS, level: 'error' } };
    assert.throws(() => validateGateReport(JSON.parse(JSON.stringify(r))), /report\.shard\.index: expected 1 to 4/);
  });
  test('a commit that is not a SHA, or an extra property, is refused', () => {
    const r = { ...whole(), shard: { index: 1, count: 1, models: [], baseSha: 'main; rm -rf /', headSha: null, settings: SETTINGS, level: 'error' } };
    assert.throws(() => validateGateReport(JSON.parse(JSON.stringify(r))), /report\.shard\.baseSha/);
    const extra = { ...whole(), shard: { index: 1, count: 1, models: [], baseSha: null, headSha: null, settings: SETTINGS, level: 'error', note: 'x' } };
    assert.throws(() => validateGateReport(JSON.parse(JSON.stringify(extra))), /report\.shard\.note: unexpected property/);
  });
});

describe('paths past the report bound', () => {
  // Unsorted: 'a'x5000 < 'a'x4064+'b' as they are ('a' < 'b' at 4,064), but once cut the first
  // reads 'a'x4064 + '…[sha256:…]', and '…' (U+2026) sorts after 'b'.
  const paths = ['c.onnx', `${'a'.repeat(5000)}.onnx`, `${'a'.repeat(4064)}b.onnx`];
  const inputs: GateModelInput[] = paths.map((path) => ({ path, status: 'added', head: profile({ params: 4 }) }));

  function partOf(spec: ShardSpec, owned: Set<string>): GateReport {
    const report = evaluateGate({ config: CONFIG, models: inputs.filter((m) => owned.has(m.path)) });
    const shard: ShardInfo = { ...spec, models: paths.map(clipText), baseSha: SHA_A, headSha: SHA_B, settings: SETTINGS, level: 'error' };
    return validateGateReport(JSON.parse(JSON.stringify({ ...report, shard })));
  }

  test('each shard profiles the slice of the cut keys, which is what the merge checks: the merge gives back all three', () => {
    const reports = [1, 2, 3].map((index) => ({ name: `s${index}.json`, report: partOf({ index, count: 3 }, shardPaths(paths, { index, count: 3 })) }));
    const merged = mergeShardReports(reports);
    assert.deepEqual(merged.report.models.map((m) => m.path).sort(), paths.map(clipText).sort());
    // Slicing the paths as they are (what the pipeline did) gave shard 2 the model the merge expects in shard 3.
    const before = [1, 2, 3].map((index) => ({ name: `s${index}.json`, report: partOf({ index, count: 3 }, shardKeys(paths, { index, count: 3 })) }));
    assert.throws(() => mergeShardReports(before), /not in shard/);
  });
});
