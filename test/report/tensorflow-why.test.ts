/**
 * The comment's "why" section for TensorFlow graphs: a base and a head frozen GraphDef that differ
 * in one Conv2D (4 -> 8 filters) go through the gate and the markdown renderer; the changed node
 * is named by its TensorFlow node name, escaped.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { evaluateGate } from '../../src/budget/gate.js';
import { profileFile } from '../../src/profile/index.js';
import { renderComment } from '../../src/report/markdown.js';
import { attr, constNode, DT, encodeTf, opNode } from '../support/tf-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-tf-why-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A hostile node name (TensorFlow restricts names; a file need not). */
const HOSTILE = 'stem/conv_<img src=x onerror=alert(1)>|@octocat';

/** x [1, 8, 8, 3] -> Conv2D 3x3 SAME with `filters` filters -> Relu. */
function graph(filters: number): Buffer {
  const f32 = { T: attr.type(DT.float) };
  return encodeTf('GraphDef', {
    node: [
      opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 8, 8, 3]) }),
      constNode('w', DT.float, [3, 3, 3, filters], { floatVal: [0] }),
      opNode(HOSTILE, 'Conv2D', ['x', 'w'], { ...f32, strides: attr.ints([1, 1, 1, 1]), padding: attr.s('SAME') }),
      opNode('relu', 'Relu', [HOSTILE], f32),
    ],
  });
}

test('a TensorFlow diff names the changed node by its node name in the why section, escaped', async () => {
  const paths = [4, 8].map((f) => {
    const p = join(dir, `m${f}.pb`);
    writeFileSync(p, graph(f));
    return p;
  });
  const [base, head] = await Promise.all(paths.map((p) => profileFile(p, { perNode: true })));
  const report = evaluateGate({ config: null, models: [{ path: 'models/frozen.pb', status: 'modified', base: base!, head: head! }] });
  const why = report.models[0]?.why;
  assert.ok(why, 'a why section');
  // The conv: [1, 8, 8, 4] -> [1, 8, 8, 8] outputs, 27 taps each: 6,912 -> 13,824 MACs (+6,912).
  const conv = why.nodes.find((n) => n.name === HOSTILE);
  assert.equal(conv?.macsDelta, 13_824 - 6_912);

  const md = renderComment(report);
  const section = md.slice(md.indexOf('<summary>Why the cost changed</summary>'));
  assert.ok(section.length < md.length, 'the comment has the why section');
  const row = section.split('\n').find((l) => l.includes('conv_'));
  assert.ok(row, 'the conv has a row');
  // Names are code spans: the tag is inert inside, the pipe escaped, the mention broken.
  assert.ok(row.startsWith('| `stem/conv_<img src=x onerror=alert(1)>\\|@\u200doctocat` |'), row);
  assert.equal(md.split('<img').length - 1, 1, 'the tag appears once, inside the code span');
  assert.ok(!row.includes('@octocat'), row);
});
