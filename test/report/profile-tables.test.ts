/**
 * `model-budget profile` tables (issue 13 item 9): right-aligned numbers, a total row, each row's
 * share of the FLOPs, the rows `--top` left out summed in one "… N more" row, and the input
 * shapes the numbers are for (with the dims that were defaulted and how to bind them).
 *
 * The model, worked out by hand at batch=2 (x: float32 [batch, 4]):
 *   mm   = MatMul(x, W[4x3])  -> [2, 3]: MACs 2*4*3 = 24, FLOPs 2*24 = 48,
 *          memory 32 (x: 8 floats) + 48 (W: 12) + 24 (out: 6) = 104 B, params 12
 *   relu = Relu(mm)           -> [2, 3]: FLOPs 6 (1 per element), memory 24 + 24 = 48 B
 *   add  = Add(relu, b[3])    -> [2, 3]: FLOPs 6, memory 24 + 12 + 24 = 60 B, params 3
 *   totals: MACs 24, FLOPs 60, memory 104 + 48 + 60 = 212 B
 *   FLOPs shares: MatMul 48/60 = 80.0%, Relu 6/60 = 10.0%, Add 6/60 = 10.0%
 *   Op types are ranked by FLOPs, then memory access: MatMul, Add (60 B), Relu (48 B).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProfileCommand } from '../../src/cli/profile.js';
import type { ProfileResult } from '../../src/profile/types.js';
import { formatBytes, formatCount } from '../../src/budget/units.js';
import { formatShare } from '../../src/report/profile-tables.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';

function writeModel(dir: string, xShape: ReadonlyArray<string | number | null>): string {
  const g = new GraphBuilder('main');
  g.input('x', 'float32', xShape);
  const w = g.initializer('W', 'float32', [4, 3]);
  const b = g.initializer('b', 'float32', [3]);
  g.node('MatMul', ['x', w], ['h'], {}, { name: 'mm' });
  g.node('Relu', ['h'], ['r'], {}, { name: 'relu' });
  g.node('Add', ['r', b], ['y'], {}, { name: 'add' });
  g.output('y', 'float32', null);
  const path = join(dir, 'tiny.onnx');
  writeFileSync(path, modelBytes(g));
  return path;
}

async function profile(args: string[]): Promise<string> {
  let out = '';
  assert.equal(await runProfileCommand(args, (s) => { out += s; }), 0);
  return out;
}

/** The block of the output that starts with `first` (blocks are separated by blank lines). */
function block(out: string, first: string): string {
  const found = out.split('\n\n').find((b) => b.startsWith(first));
  assert.ok(found, out);
  return found.trimEnd();
}

describe('profile tables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-tables-'));
  const model = writeModel(dir, ['batch', 4]);
  test.after(() => rmSync(dir, { recursive: true, force: true }));

  test('by op type: right-aligned numbers, share of the FLOPs, a total row', async () => {
    const out = await profile([model, '--dim', 'batch=2', '--by-op-type']);
    assert.equal(block(out, 'op type'), [
      'op type  count  MACs  FLOPs  % FLOPs  memory access',
      '-------  -----  ----  -----  -------  -------------',
      'MatMul       1    24     48    80.0%          104 B',
      'Add          1     0      6    10.0%           60 B',
      'Relu         1     0      6    10.0%           48 B',
      '-------  -----  ----  -----  -------  -------------',
      'total        3    24     60   100.0%          212 B',
    ].join('\n'));
  });

  test('--top: the rows left out are summed in one "… N more" row; the total stays the model total', async () => {
    const out = await profile([model, '--dim', 'batch=2', '--per-node', '--top', '1']);
    // Left out: relu + add = FLOPs 12 (20.0%), memory 48 + 60 = 108 B, params 3.
    assert.equal(block(out, 'node'), [
      'node                    op       output shape  params  MACs  FLOPs  % FLOPs  memory access  status',
      '----------------------  -------  ------------  ------  ----  -----  -------  -------------  ------',
      'mm                      MatMul   [2, 3]            12    24     48    80.0%          104 B  ok',
      '… 2 more (use --top 3)                              3     0     12    20.0%          108 B',
      '----------------------  -------  ------------  ------  ----  -----  -------  -------------  ------',
      'total                   3 nodes                          24     60   100.0%          212 B',
    ].join('\n'));
    // --top as large as the table: nothing left out, no "more" row.
    assert.ok(!(await profile([model, '--dim', 'batch=2', '--per-node', '--top', '3'])).includes('more (use --top'));
  });

  test('the shapes the numbers are for, and the dims that were defaulted with how to bind them', async () => {
    const bound = await profile([model, '--dim', 'batch=2']);
    assert.match(bound, /^measured at +x: 2x4$/m);
    assert.ok(!bound.includes('defaulted'), bound);
    const byInput = await profile([model, '--input', 'x=5x4']);
    assert.match(byInput, /^measured at +x: 5x4$/m);
    assert.ok(!byInput.includes('defaulted'), byInput);
    const unbound = await profile([model]);
    assert.match(unbound, /^measured at +x: 1x4\ndefaulted to 1 +batch of x: pass --dim batch=N$/m);
    // A dim with neither size nor name can only be bound by the whole input shape.
    const anonDir = mkdtempSync(join(tmpdir(), 'mb-tables-anon-'));
    try {
      const anon = await profile([writeModel(anonDir, [null, 4])]);
      assert.match(anon, /^defaulted to 1 +dim 0 of x: pass --input x=Nx4$/m);
    } finally {
      rmSync(anonDir, { recursive: true, force: true });
    }
  });

  test('markdown: numeric columns right-aligned, the same rows as the text and the same numbers as the JSON', async () => {
    const md = await profile([model, '--dim', 'batch=2', '--by-op-type', '--format', 'md']);
    const table = block(md, '| op type').split('\n');
    assert.match(table[1]!, /^\| :-+ \| -+: \| -+: \| -+: \| -+: \| -+: \|$/);
    const cells = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const json = JSON.parse(await profile([model, '--dim', 'batch=2', '--by-op-type', '--format', 'json'])) as ProfileResult;
    // JSON: raw numbers, no formatting; the markdown rows are those numbers, formatted.
    assert.deepEqual(json.byOpType?.map((o) => [o.opType, o.count, o.macs, o.flops, o.memoryBytes]), [
      ['MatMul', 1, 24, 48, 104], ['Add', 1, 0, 6, 60], ['Relu', 1, 0, 6, 48],
    ]);
    assert.deepEqual(table.slice(2, 5).map(cells), json.byOpType!.map((o) => [
      o.opType, String(o.count), formatCount(o.macs), formatCount(o.flops), formatShare(o.flops, json.totals!.flops), formatBytes(o.memoryBytes),
    ]));
    assert.deepEqual(cells(table[5]!), ['**total**', '3', formatCount(json.totals!.macs), formatCount(json.totals!.flops), '100.0%', formatBytes(json.totals!.memoryBytes)]);
    assert.equal(table.length, 6);
  });
});

describe('formatShare', () => {
  test('one decimal; tiny shares are <0.1%, not 0.0%; no total, no share', () => {
    assert.equal(formatShare(1, 3), '33.3%');
    assert.equal(formatShare(1, 2001), '<0.1%'); // 0.0499...%
    assert.equal(formatShare(1, 1999), '0.1%'); // 0.05002...%
    assert.equal(formatShare(0, 10), '0%');
    assert.equal(formatShare(0, 0), '-');
  });
});

describe('the header of a model with many inputs', () => {
  test('lists 20 inputs, 20 shapes and 20 defaulted dims, then counts the rest; the JSON lists every one', async () => {
    // A fuzzed Keras config with 3,334 inputs printed 178 KB of header lines. Here 25 inputs
    // x0..x24 of [n_i, 2], each dim n_i free, summed into one output.
    const dir = mkdtempSync(join(tmpdir(), 'mb-header-'));
    try {
      const g = new GraphBuilder('main');
      const names = Array.from({ length: 25 }, (_, i) => `x${i}`);
      for (const [i, name] of names.entries()) g.input(name, 'float32', [`n${i}`, 2]);
      g.node('Sum', names, ['y'], {}, { name: 'sum' });
      g.output('y', 'float32', null);
      const path = join(dir, 'wide.onnx');
      writeFileSync(path, modelBytes(g));
      const out = await profile([path]);
      const lines = out.split('\n');
      const measured = lines.find((l) => l.startsWith('measured at'))!;
      assert.ok(measured.endsWith('x18: 1x2, x19: 1x2, … 5 more (the JSON output lists every one)'), measured);
      assert.ok(!measured.includes('x20'), measured);
      const at = (label: string): number => lines.findIndex((l) => l.startsWith(label));
      // 20 lines each, then the count of the rest.
      assert.equal(at('inputs') - at('defaulted to 1'), 21);
      assert.match(lines[at('inputs') - 1]!, /^ +… 5 more \(the JSON output lists every one\)$/);
      assert.equal(at('outputs') - at('inputs'), 21);
      assert.match(lines[at('outputs') - 1]!, /^ +… 5 more \(the JSON output lists every one\)$/);
      let json = '';
      assert.equal(await runProfileCommand([path, '--format', 'json'], (s) => { json += s; }), 0);
      assert.equal((JSON.parse(json) as ProfileResult).inputs.length, 25);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
