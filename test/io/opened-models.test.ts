import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { OpenedModels } from '../../src/io/opened-models.js';
import { Materialiser, dirSource } from '../../src/io/sources.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-opened-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function reluModel(name: string): number {
  const g = new GraphBuilder('g');
  g.input('x', 'float32', [1, 4]);
  g.node('Relu', ['x'], ['y']);
  g.output('y', 'float32', [1, 4]);
  writeFileSync(join(dir, name), modelBytes(g, { opset: 17 }));
  return statSync(join(dir, name)).size;
}

test('kept reads stop at the byte budget: a model past it answers its side files and is read again for its profile', async () => {
  const size = reluModel('a.onnx');
  reluModel('b.onnx');
  reluModel('c.onnx');
  const source = dirSource(dir, 'head', 'working tree');
  // Room for two of the three files.
  const opened = new OpenedModels(new Materialiser(dir, 'auto'), 2 * size + 1);
  for (const p of ['a.onnx', 'b.onnx', 'c.onnx']) assert.deepEqual(await opened.sideFiles(source, p, size), []);
  assert.notEqual(opened.take(source, 'a.onnx'), null);
  assert.notEqual(opened.take(source, 'b.onnx'), null);
  assert.equal(opened.take(source, 'c.onnx'), null, 'the third read was past the budget and not kept');
  // Taking frees its bytes: the budget has room again.
  assert.deepEqual(await opened.sideFiles(source, 'c.onnx', size), []);
  assert.notEqual(opened.take(source, 'c.onnx'), null);
  // Reading one path twice counts it once.
  await opened.sideFiles(source, 'a.onnx', size);
  await opened.sideFiles(source, 'a.onnx', size);
  await opened.sideFiles(source, 'b.onnx', size);
  assert.notEqual(opened.take(source, 'b.onnx'), null);
});
