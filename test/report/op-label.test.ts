/**
 * An op type is written one way everywhere (budget/labels.ts): the engine's lower-bound reason
 * and the comment's "no cost definition" note named the same custom op `tflite.custom::Fancy`
 * and `tflite.custom:Fancy` in one model section.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { evaluateGate } from '../../src/budget/gate.js';
import { profileFile } from '../../src/profile/index.js';
import { renderComment, renderText } from '../../src/report/index.js';
import { TfliteBuilder } from '../support/tflite-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-op-label-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a custom op is named alike by the engine reason, the comment note and the CLI text', async () => {
  // x[1,4] -CUSTOM Fancy-> y[1,4]: the one op has no cost definition.
  const m = new TfliteBuilder();
  const x = m.main.tensor({ name: 'x', shape: [1, 4] });
  const y = m.main.tensor({ name: 'y', shape: [1, 4] });
  m.main.op({ op: 'CUSTOM', custom: 'Fancy', inputs: [x], outputs: [y] });
  m.main.inputs = [x];
  m.main.outputs = [y];
  const file = join(dir, 'fancy.tflite');
  writeFileSync(file, m.build());
  const head = await profileFile(file, { perNode: true });
  assert.ok(head.totals?.lowerBoundReasons.some((r) => r.includes('unknown op tflite.custom::Fancy')), JSON.stringify(head.totals));
  const report = evaluateGate({ config: null, models: [{ path: 'models/fancy.tflite', status: 'added', head }] });
  const md = renderComment(report);
  assert.ok(md.includes('ops with no cost definition \\(not counted\\)\\: tflite\\.custom\\:\\:Fancy ×1'), md);
  assert.ok(!/tflite\\\.custom\\:Fancy/.test(md), md);
  assert.ok(renderText(report).includes('ops with no cost definition (not counted): tflite.custom::Fancy ×1'), renderText(report));
});
