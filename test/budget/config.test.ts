import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIG_KEYS, ConfigError, emptyConfig, matchChange, matchModel, parseConfig } from '../../src/budget/config.js';
import { configErrorOf as errorOf } from '../support/config-error.js';

// The example from the issue, verbatim.
const ISSUE_CONFIG = `version: 1
defaults: { level: error, dims: { batch: 1 } }   # level: error | warning | off
models:
  - name: detector
    path: models/detector/*.onnx                  # glob; first matching entry wins
    inputs: { images: [1, 3, 640, 640] }          # or symbolic dims by name
    budgets:
      params:      { max: 25M, max-increase: 2% }
      flops:       { max: 60G, max-increase: 5%, min-delta: 100M }  # relative breach needs both
      macs:        { max: 30G }
      memory:      { max: 400MB }                 # memory access cost
      peak-memory: { max: 120MiB, level: warning }
      file-size:   { max: 100MB }
ignore: ["models/legacy/**"]
`;

describe('parseConfig: valid', () => {
  test('the issue example', () => {
    const c = parseConfig(ISSUE_CONFIG);
    assert.equal(c.version, 1);
    assert.equal(c.file, '.github/model-budget.yml');
    assert.deepEqual(c.defaults, { level: 'error', dims: { batch: 1 } });
    assert.deepEqual(c.ignore, ['models/legacy/**']);
    assert.equal(c.models.length, 1);
    const m = c.models[0]!;
    assert.equal(m.name, 'detector');
    assert.equal(m.path, 'models/detector/*.onnx');
    assert.equal(m.line, 4);
    assert.deepEqual(m.inputs, { images: [1, 3, 640, 640] });
    assert.deepEqual(m.budgets.params, { max: 25_000_000, maxText: '25 M', maxIncrease: 2, text: '≤ 25 M, +2%' });
    assert.deepEqual(m.budgets.flops, { max: 60e9, maxText: '60 G', maxIncrease: 5, minDelta: 100e6, minDeltaText: '100 M', text: '≤ 60 G, +5% if Δ > 100 M' });
    assert.deepEqual(m.budgets.macs, { max: 30e9, maxText: '30 G', text: '≤ 30 G' });
    assert.deepEqual(m.budgets.memory, { max: 400e6, maxText: '400 MB', text: '≤ 400 MB' });
    // 120 MiB = 125,829,120 bytes, shown as written
    assert.deepEqual(m.budgets['peak-memory'], { max: 125_829_120, maxText: '120 MiB', level: 'warning', text: '≤ 120 MiB' });
    assert.deepEqual(m.budgets['file-size'], { max: 100e6, maxText: '100 MB', text: '≤ 100 MB' });
  });

  test('symbolic input dims, per-model dims, numeric limits, empty sections', () => {
    const c = parseConfig(`version: 1
models:
  - name: bert
    path: "**/bert*.onnx"
    inputs:
      input_ids: [batch, seq]
    dims: { seq: 128 }
    budgets:
      params: { max: 110000000 }
      memory: { max-increase: 1.5% }
ignore:
`);
    const m = c.models[0]!;
    assert.deepEqual(m.inputs, { input_ids: ['batch', 'seq'] });
    assert.deepEqual(m.dims, { seq: 128 });
    assert.deepEqual(m.budgets.params, { max: 110e6, maxText: '110 M', text: '≤ 110 M' });
    assert.deepEqual(m.budgets.memory, { maxIncrease: 1.5, text: '+1.5%' });
    assert.deepEqual(c.ignore, []);
    assert.deepEqual(c.defaults, { level: 'error', dims: {} });
  });

  test('emptyConfig has no budgets', () => {
    assert.deepEqual(emptyConfig(), { version: 1, file: '.github/model-budget.yml', defaults: { level: 'error', dims: {} }, models: [], ignore: [] });
  });
});

describe('parseConfig: errors name file, line and key', () => {
  test('a bad count', () => {
    const text = ISSUE_CONFIG.replace('max: 60G', 'max: 60X');
    // flops is on line 9 of the example
    assert.equal(errorOf(text), '.github/model-budget.yml:9: models[0].budgets.flops.max: "60X" is not a count (use K/M/G/T)');
  });
  test('a bad byte size and a bad percentage', () => {
    assert.equal(
      errorOf(ISSUE_CONFIG.replace('max: 400MB', 'max: 400Mb')),
      '.github/model-budget.yml:11: models[0].budgets.memory.max: "400Mb" is not a byte size (\'b\' means bits; write B for bytes)',
    );
    assert.equal(
      errorOf(ISSUE_CONFIG.replace('max-increase: 2%', 'max-increase: 2')),
      '.github/model-budget.yml:8: models[0].budgets.params.max-increase: "2" is not a percentage (write e.g. 2%)',
    );
  });
  test('the file name passed in is used', () => {
    try {
      parseConfig('version: 1\nmodels: 3\n', 'cfg/budget.yml');
      assert.fail('expected an error');
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.message, 'cfg/budget.yml:2: models: expected a list, got 3');
      assert.equal(e.file, 'cfg/budget.yml');
      assert.equal(e.line, 2);
      assert.equal(e.key, 'models');
    }
  });
  test('unknown keys, with a suggestion for typos', () => {
    assert.equal(
      errorOf(ISSUE_CONFIG.replace('max-increase: 5%', 'max-increse: 5%')),
      '.github/model-budget.yml:9: models[0].budgets.flops.max-increse: unknown key (did you mean "max-increase"?)',
    );
    assert.equal(
      errorOf(ISSUE_CONFIG.replace('      macs:', '      mac:')),
      '.github/model-budget.yml:10: models[0].budgets.mac: unknown key (did you mean "macs"?)',
    );
    assert.equal(
      errorOf('version: 1\nthresholds: {}\n'),
      '.github/model-budget.yml:2: thresholds: unknown key (expected one of: version, defaults, models, ignore)',
    );
    assert.equal(errorOf('version: 1\nmodels:\n  - name: a\n    path: a.onnx\n    budget: {}\n'), '.github/model-budget.yml:5: models[0].budget: unknown key (did you mean "budgets"?)');
  });
  test('levels, versions and required keys', () => {
    assert.equal(
      errorOf(ISSUE_CONFIG.replace('level: warning', 'level: warn')),
      '.github/model-budget.yml:12: models[0].budgets.peak-memory.level: "warn" is not a level (use error, warning or off)',
    );
    assert.equal(errorOf('version: 2\n'), '.github/model-budget.yml:1: version: 2 is not supported (this version of model-budget reads version: 1)');
    assert.equal(errorOf('models: []\n'), '.github/model-budget.yml:1: version: missing (write version: 1 first)');
    // `name` is optional (issue 13 item 8): the entry is named by its path glob, and two unnamed entries never clash.
    const unnamed = parseConfig('version: 1\nmodels:\n  - path: a.onnx\n  - path: "b/*.onnx"\n    budgets: { params: { max: 1M } }\n  - path: a.onnx\n');
    assert.deepEqual(unnamed.models.map((m) => m.name), ['a.onnx', 'b/*.onnx', 'a.onnx']);
    assert.equal(errorOf('version: 1\nmodels:\n  - name: a\n'), '.github/model-budget.yml:3: models[0]: missing path (a glob such as models/detector/*.onnx)');
    assert.equal(errorOf(''), '.github/model-budget.yml: the file is empty (start with version: 1)');
  });
  test('budget shape rules', () => {
    assert.equal(
      errorOf('version: 1\nmodels:\n  - name: a\n    path: a.onnx\n    budgets:\n      params: { level: warning }\n'),
      '.github/model-budget.yml:6: models[0].budgets.params: a budget needs max or max-increase',
    );
    assert.equal(
      errorOf('version: 1\nmodels:\n  - name: a\n    path: a.onnx\n    budgets:\n      params:\n        max: 1M\n        min-delta: 1K\n'),
      '.github/model-budget.yml:8: models[0].budgets.params.min-delta: min-delta only applies together with max-increase',
    );
    assert.equal(
      errorOf('version: 1\nmodels:\n  - name: a\n    path: a.onnx\n  - name: a\n    path: b.onnx\n'),
      '.github/model-budget.yml:5: models[1].name: "a" is already used by models[0]',
    );
  });
  test('a bare value where a budget mapping belongs', () => {
    assert.equal(
      errorOf('version: 1\nmodels:\n  - name: a\n    path: a.onnx\n    budgets:\n      params: 25M\n'),
      '.github/model-budget.yml:6: models[0].budgets.params: expected a mapping such as { max: 25M }, got "25M"',
    );
  });
  test('dims, inputs and globs', () => {
    assert.equal(errorOf('version: 1\ndefaults:\n  dims: { batch: 0 }\n'), '.github/model-budget.yml:3: defaults.dims.batch: 0 is not a dimension (use a whole number >= 1)');
    assert.equal(
      errorOf('version: 1\nmodels:\n  - name: a\n    path: a.onnx\n    inputs: { x: [1, -3] }\n'),
      '.github/model-budget.yml:5: models[0].inputs.x[1]: -3 is not a dimension (use a whole number >= 1 or a symbolic dim name)',
    );
    assert.equal(errorOf('version: 1\nignore: ["models/{a,b"]\n'), '.github/model-budget.yml:2: ignore[0]: glob "models/{a,b": unclosed "{"');
  });
  test('YAML syntax errors and duplicate keys', () => {
    assert.match(errorOf('version: 1\nmodels: [\n'), /^\.github\/model-budget\.yml:\d+: invalid YAML: /);
    assert.match(errorOf('version: 1\nversion: 1\n'), /^\.github\/model-budget\.yml:2: invalid YAML: Map keys must be unique/);
  });
});

describe('matchModel', () => {
  const config = parseConfig(`version: 1
defaults: { dims: { batch: 1, seq: 64 } }
models:
  - name: special
    path: models/detector/tiny.onnx
    dims: { seq: 16 }
    budgets: { params: { max: 1M } }
  - name: detector
    path: models/detector/*.onnx
    inputs: { images: [batch, 3, 640, 640] }
    budgets: { params: { max: 25M } }
  - name: everything
    path: "**/*.onnx"
ignore: ["models/legacy/**"]
`);
  test('first matching entry wins', () => {
    const tiny = matchModel(config, 'models/detector/tiny.onnx');
    assert.equal(tiny.kind, 'matched');
    assert.equal(tiny.kind === 'matched' && tiny.entry.name, 'special');
    assert.deepEqual(tiny.kind === 'matched' && tiny.dims, { batch: 1, seq: 16 });
    const yolo = matchModel(config, 'models/detector/yolo.onnx');
    assert.equal(yolo.kind === 'matched' && yolo.entry.name, 'detector');
    assert.equal(yolo.kind === 'matched' && yolo.index, 1);
    assert.deepEqual(yolo.kind === 'matched' && yolo.inputs, { images: ['batch', 3, 640, 640] });
    const other = matchModel(config, 'x/y.onnx');
    assert.equal(other.kind === 'matched' && other.entry.name, 'everything');
  });
  test('the ignore list wins over entries', () => {
    assert.deepEqual(matchModel(config, 'models/legacy/old.onnx'), { kind: 'ignored', pattern: 'models/legacy/**' });
    assert.deepEqual(matchModel(config, './models/legacy/a/b.onnx'), { kind: 'ignored', pattern: 'models/legacy/**' });
  });
  test('a backslash in a path is part of a name, not a separator: a file at the top named models\\legacy\\x.onnx is not ignored', () => {
    // git allows `\` in names; before the fix the path was read as models/legacy/x.onnx and a
    // pull request could slip a model past its budgets under the ignore list.
    const m = matchModel(config, 'models\\legacy\\x.onnx');
    assert.equal(m.kind === 'matched' && m.entry.name, 'everything');
    const top = matchModel(config, 'models\\detector\\yolo.onnx');
    assert.equal(top.kind === 'matched' && top.entry.name, 'everything');
  });
  test('unmatched paths get the default dims', () => {
    assert.deepEqual(matchModel(parseConfig('version: 1\ndefaults: { dims: { batch: 2 } }\n'), 'm.onnx'), { kind: 'unmatched', dims: { batch: 2 } });
  });
});

describe('matchChange: a moved or renamed model keeps the entry of its base path', () => {
  const config = parseConfig(`version: 1
defaults: { dims: { batch: 1 } }
models:
  - name: main
    path: "models/*.onnx"
    dims: { h: 224 }
    budgets: { flops: { max: 200M } }
  - name: loose
    path: "experimental/*.onnx"
    budgets: { flops: { max: 10G } }
ignore: ["models/legacy/**", "old/**"]
`);
  const kept = (path: string, previousPath?: string): string => {
    const { match, keptNote } = matchChange(config, { path, ...(previousPath !== undefined ? { previousPath } : {}) });
    return match.kind === 'matched' ? `${match.entry.name}${keptNote ? ' (kept)' : ''}` : match.kind;
  };
  test('out of every glob (models/a.onnx -> models/v2/a.onnx): the base path\'s entry, its dims, and a note', () => {
    const r = matchChange(config, { path: 'models/v2/a.onnx', previousPath: 'models/a.onnx' });
    assert.equal(r.match.kind === 'matched' && r.match.entry.name, 'main');
    assert.deepEqual(r.match.kind === 'matched' && r.match.dims, { batch: 1, h: 224 });
    assert.equal(r.keptNote, 'the config entry of the base path applies: the new path matches no entry');
  });
  test('under an ignore glob: the base path\'s entry, not ignored', () => {
    const r = matchChange(config, { path: 'models/legacy/a.onnx', previousPath: 'models/a.onnx' });
    assert.equal(r.match.kind === 'matched' && r.match.entry.name, 'main');
    assert.equal(r.keptNote, 'the config entry of the base path applies: the new path is under an ignore glob');
  });
  test('the head path decides when it matches an entry, or when the base path had no entry', () => {
    assert.equal(kept('experimental/a.onnx', 'models/a.onnx'), 'loose'); // the config says what applies there
    assert.equal(kept('models/b.onnx', 'x/a.onnx'), 'main');
    assert.equal(kept('x/b.onnx', 'y/a.onnx'), 'unmatched'); // no entry either side
    assert.equal(kept('x/b.onnx', 'old/a.onnx'), 'unmatched'); // out of the ignore list: reported, no budgets
    assert.equal(kept('old/b.onnx', 'x/a.onnx'), 'ignored');
    assert.equal(kept('old/b.onnx', 'models/legacy/a.onnx'), 'ignored');
    assert.equal(kept('x/b.onnx'), 'unmatched'); // an added model (or a delete plus an add) has no base path
    assert.equal(kept('models/a.onnx', 'models/a.onnx'), 'main');
  });
  test('with no base path it is matchModel', () => {
    for (const path of ['models/a.onnx', 'models/v2/a.onnx', 'models/legacy/a.onnx']) {
      assert.deepEqual(matchChange(config, { path }), { match: matchModel(config, path) });
    }
  });
});

describe('schema/model-budget.schema.json', () => {
  // The editor schema must allow exactly the keys the parser accepts.
  const schemaPath = fileURLToPath(new URL('../../../schema/model-budget.schema.json', import.meta.url));
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
    properties: Record<string, unknown>;
    additionalProperties: boolean;
    $defs: Record<string, { properties: Record<string, unknown>; additionalProperties?: boolean }>;
  };
  test('keys agree with the parser', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS.root].sort());
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.$defs.defaults!.properties).sort(), [...CONFIG_KEYS.defaults].sort());
    assert.deepEqual(Object.keys(schema.$defs.model!.properties).sort(), [...CONFIG_KEYS.model].sort());
    assert.deepEqual(Object.keys(schema.$defs.budget!.properties).sort(), [...CONFIG_KEYS.budget].sort());
    assert.deepEqual(Object.keys(schema.$defs.budgets!.properties).sort(), [...CONFIG_KEYS.budgets].sort());
    assert.deepEqual(Object.keys(schema.$defs.latency!.properties).sort(), [...CONFIG_KEYS.latency].sort());
    const custom = (schema.$defs.hardware as unknown as { oneOf: Array<{ properties?: Record<string, unknown> }> }).oneOf[1]!;
    assert.deepEqual(Object.keys(custom.properties!).sort(), [...CONFIG_KEYS.hardware].sort());
    for (const def of ['defaults', 'model', 'budget', 'budgets', 'latency']) assert.equal(schema.$defs[def]!.additionalProperties, false, def);
  });
});
