import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { ProfileResult } from '../../src/profile/types.js';
import { assertDetail, testEachBadCase } from '../support/bad-models.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { runCli } from '../support/run-cli.js';
import { fixtureModel, fixtureModelPath } from '../support/model-fixtures.js';

describe('model-budget profile (bundled CLI)', () => {
  test('profiles the example model: params and MACs worked out in examples/README.md', () => {
    const r = runCli(['profile', 'examples/models/small_cnn_base.onnx', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const p = JSON.parse(r.stdout) as ProfileResult;
    // conv1 3*16*9+16 = 448; conv2 16*32*9+32 = 4,640; conv3 32*64*9+64 = 18,496; fc 64*10+10 = 650
    assert.equal(p.params.total, 448 + 4640 + 18496 + 650);
    // conv MACs 1,769,472 + 4,718,592 + 4,718,592 = 11,206,656; Gemm 64*10 = 640
    assert.equal(p.totals?.macs, 11_206_656 + 640);
    assert.deepEqual(p.inputs, [{ name: 'input', dtype: 'float32', shape: [1, 3, 64, 64] }]);
  });

  test('table output names every metric; memory access is never abbreviated to MAC', () => {
    const r = runCli(['profile', 'examples/models/small_cnn_head.onnx']);
    assert.equal(r.status, 0, r.stderr);
    for (const label of ['params', 'MACs', 'FLOPs', 'memory access', 'peak activations', 'op types']) {
      assert.match(r.stdout, new RegExp(`^${label} `, 'm'));
    }
    assert.match(r.stdout, /^params +30\.0 K /m);
  });

  test('binds symbolic dims from --dim and --input', () => {
    const r = runCli(['profile', fixtureModelPath('mobilenet_v2_dynbatch'), '--input', 'input=2x3x224x224', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    // reference.json counts 300,774,272 MACs per image (its profile input is batch 1).
    assert.equal(fixtureModel('mobilenet_v2_dynbatch').contraction_macs, 300_774_272);
    assert.equal((JSON.parse(r.stdout) as ProfileResult).totals?.macs, 2 * 300_774_272);
  });

  test('csv and md formats', () => {
    const csv = runCli(['profile', 'examples/models/small_cnn_base.onnx', '--format', 'csv']);
    assert.equal(csv.status, 0, csv.stderr);
    assert.match(csv.stdout, /^metric,value\nparams,24234\n/);
    const md = runCli(['profile', 'examples/models/small_cnn_base.onnx', '--format', 'md', '--per-node', '--top', '2']);
    assert.equal(md.status, 0, md.stderr);
    // Header and alignment rows, two node rows, the 8 other nodes summed in one row, the total row.
    const nodeTable = md.stdout.split('\n\n').find((block) => block.startsWith('| node'));
    assert.ok(nodeTable, md.stdout);
    assert.equal(nodeTable.trim().split('\n').length, 2 + 2 + 1 + 1);
    assert.match(nodeTable, /^\| … 8 more \(use --top 10\) /m);
  });

  test('names from the model cannot send terminal escapes or break the markdown table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-names-'));
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['y'], {}, { name: 'evil\u001b[2J|cell\nline' });
    g.output('y', 'float32', [1, 4]);
    writeFileSync(join(dir, 'evil.onnx'), modelBytes(g));
    const table = runCli(['profile', join(dir, 'evil.onnx'), '--per-node']);
    assert.equal(table.status, 0, table.stderr);
    assert.ok(!table.stdout.includes('\u001b'), table.stdout);
    assert.ok(table.stdout.split('\n').some((l) => /^evil\\x1b\[2J\|cell\\nline +Relu /.test(l)), table.stdout);
    const md = runCli(['profile', join(dir, 'evil.onnx'), '--per-node', '--format', 'md']);
    const row = md.stdout.split('\n').find((l) => l.startsWith('| evil'));
    assert.equal(row?.split(/(?<!\\)\|/).length, 9 + 2, md.stdout);
    rmSync(dir, { recursive: true, force: true });
  });

  test('usage errors exit 2 with one line', () => {
    const r = runCli(['profile', 'examples/models/small_cnn_base.onnx', '--format', 'xml']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "model-budget: --format must be one of table, json, md, csv\nRun 'model-budget --help' for usage.\n");
    const unknownOption = runCli(['profile', 'examples/models/small_cnn_base.onnx', '--bogus']);
    assert.equal(unknownOption.status, 2);
    assert.match(unknownOption.stderr, /^model-budget: Unknown option '--bogus'/);
    const unknownInput = runCli(['profile', 'examples/models/small_cnn_base.onnx', '--input', 'image=1x3x8x8']);
    assert.equal(unknownInput.status, 2);
    assert.match(unknownInput.stderr, /--input 'image' is not a graph input \(inputs: input\)/);
  });
});

describe('bad input through the bundled CLI: one line, exit code 2, no stack trace', () => {
  testEachBadCase((c, path) => {
    const r = runCli(['profile', path]);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    const prefix = `model-budget: ${path}: `;
    assert.ok(r.stderr.startsWith(prefix), r.stderr);
    assert.equal(r.stderr.split('\n').length, 2, 'exactly one line');
    assertDetail(c, r.stderr.slice(prefix.length, -1));
  });
});
