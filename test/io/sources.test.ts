import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Materialiser, dirSource } from '../../src/io/sources.js';
import { diffDirectories } from '../../src/io/changes.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';

const root = mkdtempSync(join(tmpdir(), 'mb-sources-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A model whose weight lives in `location`, a sparse file of `sideBytes` (no disk space used). */
function modelWithSideFile(dir: string, location: string, sideBytes: number): void {
  const g = new GraphBuilder('mm');
  g.input('X', 'float32', [1, 4]);
  g.initializer('W', 'float32', [4, 4], { external: { location, offset: 0 } });
  g.node('MatMul', ['X', 'W'], ['Y']);
  g.output('Y', 'float32', [1, 4]);
  writeFileSync(join(dir, 'm.onnx'), modelBytes(g));
  writeFileSync(join(dir, location), '');
  truncateSync(join(dir, location), sideBytes);
}

test('a side file over 2 GiB is left where it is, not read (it used to end the run)', async () => {
  const dir = mkdtempSync(join(root, 'big-'));
  modelWithSideFile(dir, 'w.data', 2 ** 31 + 4096);
  const m = new Materialiser(dir, 'auto');
  const got = await m.materialise(dirSource(dir, 'head', 'working tree'), 'm.onnx');
  assert.deepEqual(got, { kind: 'file', file: join(dir, 'm.onnx'), sideFiles: ['w.data'], root: dir });
  await m.cleanup();
});

test('directories are compared by size, then content in chunks, never whole', async () => {
  const isModel = (p: string): boolean => p.endsWith('.onnx');
  const compare = async (sideBytes: number, changeAt: number | null): Promise<unknown> => {
    const [a, b] = [mkdtempSync(join(root, 'a-')), mkdtempSync(join(root, 'b-'))];
    modelWithSideFile(a, 'w.data', sideBytes);
    modelWithSideFile(b, 'w.data', sideBytes);
    if (changeAt !== null) {
      const fd = openSync(join(b, 'w.data'), 'r+');
      writeSync(fd, 'y', changeAt);
      closeSync(fd);
    }
    return diffDirectories(dirSource(a, 'base', 'a'), dirSource(b, 'head', 'b'), isModel);
  };
  const modified = [{ status: 'modified', path: 'm.onnx', via: 'w.data' }];
  // 3 MiB: equal, then one byte changed in the last chunk.
  assert.deepEqual(await compare(3 << 20, null), []);
  assert.deepEqual(await compare(3 << 20, (3 << 20) - 1), modified);
  // Over 2 GiB (more than a whole-file read can hold): the first chunk already differs.
  assert.deepEqual(await compare(2 ** 31 + 4096, 10), modified);
});
