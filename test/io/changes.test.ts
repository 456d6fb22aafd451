/** Changed files -> changed models: globs, renames, ONNX external-data side files, LFS pointers. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findModelChanges, diffDirectories, MAX_SCANNED_MODEL_BYTES } from '../../src/io/changes.js';
import { externalDataLocations } from '../../src/formats/onnx/reader.js';
import { parseNameStatusZ } from '../../src/io/git.js';
import { matchesAny, parsePatterns } from '../../src/io/glob.js';
import { parseLfsPointer } from '../../src/io/lfs.js';
import { sideFilePath } from '../../src/io/sources.js';
import type { TreeSource } from '../../src/io/sources.js';
import { ModelFileError } from '../../src/graph/errors.js';
import { externalMatmulModel, matmulModel } from '../e2e/harness.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { memoryTree } from '../support/memory-tree.js';


const isModel = (p: string): boolean => matchesAny(p, ['**/*.onnx']);

describe('model discovery', () => {
  test('git diff --name-status -z parsing: modify, rename with score, add, delete, copy', () => {
    const raw = 'M\0a.onnx\0R087\0old name.onnx\0new name.onnx\0A\0x.onnx\0D\0y.onnx\0C100\0s.onnx\0t.onnx\0T\0u\0';
    assert.deepEqual(parseNameStatusZ(raw), [
      { status: 'modified', path: 'a.onnx' },
      { status: 'renamed', path: 'new name.onnx', previousPath: 'old name.onnx' },
      { status: 'added', path: 'x.onnx' },
      { status: 'removed', path: 'y.onnx' },
      { status: 'added', path: 't.onnx' },
      { status: 'modified', path: 'u' },
    ]);
  });

  test('globs: newline/comma lists, braces kept, ! excludes', () => {
    const p = parsePatterns('models/**/*.{onnx,ort}, !models/tmp/**\nextra/*.onnx');
    assert.deepEqual(p, ['models/**/*.{onnx,ort}', '!models/tmp/**', 'extra/*.onnx']);
    assert.equal(matchesAny('models/a/b.onnx', p), true);
    assert.equal(matchesAny('models/b.ort', p), true);
    assert.equal(matchesAny('models/tmp/b.onnx', p), false);
    assert.equal(matchesAny('extra/deep/b.onnx', p), false);
    assert.equal(matchesAny('README.md', p), false);
  });

  test('renames: model->model renamed, model->other deleted, other->model added', async () => {
    const changes = await findModelChanges(
      [
        { status: 'renamed', path: 'm/new.onnx', previousPath: 'm/old.onnx' },
        { status: 'renamed', path: 'm/archived.bin', previousPath: 'm/x.onnx' },
        { status: 'renamed', path: 'm/y.onnx', previousPath: 'm/y.txt' },
        { status: 'removed', path: 'm/z.onnx' },
        { status: 'modified', path: 'README.md' },
      ],
      isModel,
      memoryTree('base', {}),
      memoryTree('head', {}),
    );
    assert.deepEqual(changes, [
      { status: 'renamed', path: 'm/new.onnx', previousPath: 'm/old.onnx' },
      { status: 'deleted', path: 'm/x.onnx' },
      { status: 'added', path: 'm/y.onnx' },
      { status: 'deleted', path: 'm/z.onnx' },
    ]);
  });

  test('a changed external-data file marks the model referencing it (and only that one)', async () => {
    const ext = externalMatmulModel(4, 4, 'w.data');
    const other = externalMatmulModel(4, 4, 'other.data');
    const files = { 'm/a.onnx': ext.model, 'm/w.data': ext.data, 'm/b.onnx': other.model, 'm/other.data': other.data, 'm/c.onnx': matmulModel(2, 2) };
    const changes = await findModelChanges([{ status: 'modified', path: 'm/w.data' }], isModel, memoryTree('base', files), memoryTree('head', files));
    assert.deepEqual(changes, [{ status: 'modified', path: 'm/a.onnx', via: 'm/w.data' }]);
  });

  test('an ONNX model past the in-memory scan bound is still opened to see whether it reads a changed data file', async () => {
    // A model padded past 64 MiB (MAX_SCANNED_MODEL_BYTES) was answered from its name alone: a
    // change to its external data alone read as "no model changed".
    const ext = externalMatmulModel(4, 4, 'w.data');
    const files = { 'm/a.onnx': ext.model, 'm/w.data': ext.data, 'm/big.safetensors': 'x' };
    const padded = (side: string): TreeSource => {
      const src = memoryTree(side, files);
      return { ...src, size: async (p) => (p === 'm/w.data' ? src.size(p) : MAX_SCANNED_MODEL_BYTES + 1) };
    };
    const openedAt: string[] = [];
    const opener = {
      sideFiles: async (src: TreeSource, p: string): Promise<readonly string[]> => {
        openedAt.push(`${src.side}:${p}`);
        return externalDataLocations((await src.read(p, Number.MAX_SAFE_INTEGER))!);
      },
      drop: async (): Promise<void> => {},
    };
    const isModelOrWeights = (p: string): boolean => matchesAny(p, ['**/*.onnx', '**/*.safetensors']);
    assert.deepEqual(await findModelChanges([{ status: 'modified', path: 'm/w.data' }], isModelOrWeights, padded('base'), padded('head'), { opener }),
      [{ status: 'modified', path: 'm/a.onnx', via: 'm/w.data' }]);
    // Opened once (a model outside the diff is the same on both sides), and a large file of a
    // format that names its side files by name is not opened at all.
    assert.deepEqual(openedAt, ['head:m/a.onnx']);
  });

  test('a model near a changed file that cannot be read is skipped there, not the end of the run', async () => {
    // m/other.onnx did not change; a README beside it did. Reading other.onnx to find its side
    // files fails (a mode-000 file: EACCES), which must not stop the gate: no model changed.
    const ext = externalMatmulModel(4, 4, 'w.data');
    const files = { 'm/other.onnx': matmulModel(4, 4), 'm/README.md': 'v2', 'm/a.onnx': ext.model, 'm/w.data': ext.data };
    const unreadable = (side: string): TreeSource => {
      const src = memoryTree(side, files);
      return {
        ...src,
        read: async (p, maxBytes) => {
          if (p === 'm/other.onnx') throw new ModelFileError(p, 'cannot read it (EACCES)');
          return src.read(p, maxBytes);
        },
      };
    };
    assert.deepEqual(await findModelChanges([{ status: 'modified', path: 'm/README.md' }], isModel, unreadable('base'), unreadable('head')), []);
    // The model whose side file changed is still found past the unreadable one.
    assert.deepEqual(await findModelChanges([{ status: 'modified', path: 'm/w.data' }], isModel, unreadable('base'), unreadable('head')),
      [{ status: 'modified', path: 'm/a.onnx', via: 'm/w.data' }]);
  });

  test('external data locations are read from the model; side paths stay inside the tree', () => {
    assert.deepEqual(externalDataLocations(externalMatmulModel(3, 3, 'weights/w.bin').model), ['weights/w.bin']);
    assert.deepEqual(externalDataLocations(matmulModel(3, 3)), []);
    assert.deepEqual(externalDataLocations(new Uint8Array([0xff, 0xff, 0xff])), [], 'garbage: nothing, no throw');
    // Constant nodes count too. A file cut short is not an error here (profiling it reports one):
    // its graph's length prefix runs past the end, so nothing inside is read.
    const g = new GraphBuilder('mm');
    g.input('X', 'float32', [1, 2]);
    g.constant('C', 'float32', [2, 2], { external: { location: 'const.bin' } });
    g.initializer('W', 'float32', [2, 2], { external: { location: 'w.bin' } });
    g.node('MatMul', ['X', 'C'], ['Y']);
    g.node('MatMul', ['Y', 'W'], ['Z']);
    g.output('Z', 'float32', [1, 2]);
    const bytes = modelBytes(g);
    assert.deepEqual(externalDataLocations(bytes), ['const.bin', 'w.bin']);
    assert.deepEqual(externalDataLocations(bytes.subarray(0, bytes.length - 8)), []);
    assert.equal(sideFilePath('models/a.onnx', 'a.onnx.data'), 'models/a.onnx.data');
    assert.equal(sideFilePath('models/a.onnx', './sub/../w.bin'), 'models/w.bin');
    assert.equal(sideFilePath('models/a.onnx', '../../etc/passwd'), null);
    assert.equal(sideFilePath('a.onnx', '/etc/passwd'), null);
  });

  test('Git LFS pointers are recognised by their version line, oid and size', () => {
    const oid = 'c0ffee'.repeat(10) + 'abcd';
    assert.deepEqual(parseLfsPointer(Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 1048576\n`)), { oid, size: 1048576 });
    assert.equal(parseLfsPointer(Buffer.from(`version https://git-lfs.github.com/spec/v1\nsize 10\n`)), null, 'no oid');
    assert.equal(parseLfsPointer(matmulModel(2, 2)), null);
    assert.equal(parseLfsPointer(Buffer.alloc(2048, 0x61)), null);
  });

  test('directory pairs: identical files are not changes', async () => {
    const base = memoryTree('base', { 'a.onnx': matmulModel(2, 2), 'same.onnx': matmulModel(3, 3), 'gone.onnx': matmulModel(1, 1) });
    const head = memoryTree('head', { 'a.onnx': matmulModel(2, 3), 'same.onnx': matmulModel(3, 3), 'new.onnx': matmulModel(1, 1) });
    assert.deepEqual(await diffDirectories(base, head, isModel), [
      { status: 'modified', path: 'a.onnx' },
      { status: 'deleted', path: 'gone.onnx' },
      { status: 'added', path: 'new.onnx' },
    ]);
  });
});
