/**
 * The comment's "why" section for TFLite models: a base and a head that differ in one CONV_2D
 * (16 -> 24 filters) go through the gate and the markdown renderer; the changed operator is named
 * by its output tensor (TFLite operators have no names of their own), escaped.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { evaluateGate } from '../../src/budget/gate.js';
import { profileFile } from '../../src/profile/index.js';
import { renderComment } from '../../src/report/markdown.js';
import { TfliteBuilder } from '../support/tflite-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-tflite-why-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The converter joins fused TF op names with ';': the node is named by the first, hostile here. */
const HOSTILE = 'stem/conv_<img src=x onerror=alert(1)>|@octocat';

/** x[1,8,8,3] -CONV_2D 3x3 SAME, `filters` filters-> RELU. */
function model(filters: number): TfliteBuilder {
  const m = new TfliteBuilder();
  const g = m.main;
  const x = g.tensor({ name: 'x', shape: [1, 8, 8, 3] });
  const w = g.tensor({ name: 'w', shape: [filters, 3, 3, 3], data: filters * 27 * 4 });
  const y = g.tensor({ name: `${HOSTILE};stem/BiasAdd`, shape: [1, 8, 8, filters] });
  g.op({ op: 'CONV_2D', inputs: [x, w, -1], outputs: [y], options: { table: 'Conv2DOptions', values: { padding: 'SAME', stride_w: 1, stride_h: 1 } } });
  const z = g.tensor({ name: 'out', shape: [1, 8, 8, filters] });
  g.op({ op: 'RELU', inputs: [y], outputs: [z] });
  g.inputs = [x];
  g.outputs = [z];
  return m;
}

test('a TFLite diff names the changed operator by its tensor-derived name in the why section, escaped', async () => {
  const paths = [16, 24].map((f) => {
    const p = join(dir, `m${f}.tflite`);
    writeFileSync(p, model(f).build());
    return p;
  });
  const [base, head] = await Promise.all(paths.map((p) => profileFile(p, { perNode: true })));
  const report = evaluateGate({ config: null, models: [{ path: 'models/detector.tflite', status: 'modified', base: base!, head: head! }] });
  const why = report.models[0]?.why;
  assert.ok(why, 'a why section');
  // The conv: [1,8,8,16] -> [1,8,8,24] outputs, 27 taps each: 27,648 -> 41,472 MACs (+13,824).
  const conv = why.nodes.find((n) => n.opType === 'CONV_2D');
  assert.equal(conv?.name, HOSTILE);
  assert.equal(conv?.macsDelta, 41_472 - 27_648);
  // RELU: 1,024 -> 1,536 elements, +512 FLOPs.
  assert.equal(why.nodes.find((n) => n.opType === 'RELU')?.flopsDelta, 512);

  const md = renderComment(report);
  const section = md.slice(md.indexOf('<summary>Why the cost changed</summary>'));
  assert.ok(section.length < md.length, 'the comment has the why section');
  const row = section.split('\n').find((l) => l.includes('conv'));
  assert.ok(row, 'the conv has a row');
  // Escaped (names are code spans, report/markdown.ts): the tag is inert text inside the span, the
  // pipe does not split the cell, the mention is broken so that it pings no one.
  const plain = section.replace(/\u00a0/g, ' ');
  const cell = '`stem/conv_<img src=x onerror=alert(1)>\\|@\u200doctocat`';
  assert.ok(row.startsWith(`| ${cell} |`), row);
  assert.equal(md.split('<img').length - 1, 1, 'the tag appears once, inside the code span');
  assert.ok(!row.includes('@octocat'), row);
  // The operator's type and its changes: FLOPs 2 x 13,824 = 27,648; memory +864 weight bytes
  // (8 filters * 27 * 4) + 2,048 output bytes (512 * 4) = 2,912.
  assert.ok(plain.includes(`| ${cell} | \`CONV_2D\` | changed: \`1x8x8x16\` → \`1x8x8x24\` | +27.6 K | +13.8 K | +2.91 kB |`), section);
  // The op-type table names the TFLite domain; RELU's memory: +512 elements read and written, 4,096 bytes.
  assert.ok(plain.includes('| `tflite::CONV_2D` | 1 | +27.6 K | +13.8 K | +2.91 kB |'), section);
  assert.ok(plain.includes('| `tflite::RELU` | 1 | +512 | ±0 | +4.10 kB |'), section);
});
