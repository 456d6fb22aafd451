/** containedFile: the one check every file a model brings along goes through. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { containedEntry, containedFile, UnsafeFileError } from '../../src/formats/contained-file.js';
import { readOnnxFile } from '../../src/formats/onnx/reader.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { externalMatmulModel } from '../e2e/harness.js';

describe('containedFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'mb-contained-'));
  const repo = join(root, 'repo');
  const outside = join(root, 'outside');
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(repo, 'models'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(repo, 'models/a.bin'), 'abc');
  writeFileSync(join(outside, 'secret'), 'secret');
  symlinkSync('a.bin', join(repo, 'models/link.bin'));
  symlinkSync(join(outside, 'secret'), join(repo, 'models/out.bin'));
  symlinkSync(outside, join(repo, 'models/outdir'));
  symlinkSync('loop', join(repo, 'models/loop'));
  symlinkSync('nowhere', join(repo, 'models/dangling'));
  execFileSync('mkfifo', [join(repo, 'models/pipe')]);

  const reason = (path: string, within: string | null = repo): string => {
    try {
      containedFile(join(repo, path), within);
      return 'accepted';
    } catch (e) {
      assert.ok(e instanceof UnsafeFileError);
      return e.reason;
    }
  };

  test('regular files and links that stay inside', () => {
    assert.deepEqual(containedFile(join(repo, 'models/a.bin'), repo), { real: join(repo, 'models/a.bin'), size: 3 });
    assert.equal(containedFile(join(repo, 'models/link.bin'), repo)?.real, join(repo, 'models/a.bin'));
    assert.equal(containedFile(join(repo, 'models/missing'), repo), null);
    assert.equal(containedFile(join(repo, 'models/dangling'), repo), null);
  });

  test('links out of the folder, directly or through a folder on the way', () => {
    assert.equal(reason('models/out.bin'), 'is a symbolic link (or lies below one) that leads outside the repository');
    assert.equal(reason('models/outdir/secret'), 'is a symbolic link (or lies below one) that leads outside the repository');
    // The limit is the folder given: the model's folder for external data.
    assert.match(reason('models/link.bin', join(repo, 'models')), /^accepted$/);
    assert.equal(containedFile(join(repo, 'models/out.bin'), null)?.size, 6);
  });

  test('special files and loops, without opening anything', () => {
    assert.equal(reason('models/pipe'), 'is not a regular file (a FIFO)');
    assert.equal(reason('models'), 'is not a regular file (a directory)');
    assert.equal(reason('models/loop'), 'is a symbolic link loop');
  });

  test('containedEntry: a bare name answers as containedFile does, a plain file in one lstat', () => {
    const models = join(repo, 'models');
    const entry = (name: string): { size: number; real: string } | null | string => {
      try {
        const found = containedEntry(models, name, 'the repository');
        return found && { size: found.size, real: found.real() };
      } catch (e) {
        assert.ok(e instanceof UnsafeFileError);
        return e.reason;
      }
    };
    assert.deepEqual(entry('a.bin'), { size: 3, real: join(repo, 'models/a.bin') });
    assert.deepEqual(entry('link.bin'), { size: 3, real: join(repo, 'models/a.bin') });
    assert.equal(entry('missing'), null);
    assert.equal(entry('dangling'), null);
    assert.equal(entry('out.bin'), 'is a symbolic link (or lies below one) that leads outside the repository');
    assert.equal(entry('outdir/secret'), 'is a symbolic link (or lies below one) that leads outside the repository');
    assert.equal(entry('pipe'), 'is not a regular file (a FIFO)');
    assert.equal(entry('loop'), 'is a symbolic link loop');
    // Reached through a link to the folder: the file is inside it, and its real path says where it is.
    symlinkSync(models, join(root, 'models-link'));
    const found = containedEntry(join(root, 'models-link'), 'a.bin', 'the repository');
    assert.deepEqual(found && { size: found.size, real: found.real() }, { size: 3, real: join(repo, 'models/a.bin') });
  });

  test('the ONNX reader: one side file named three ways counts once, a second one adds its size', () => {
    const d = join(root, 'spellings');
    mkdirSync(d);
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    // Four 4x4 float32 tensors of 64 bytes: three in w.data (96 bytes), one in v.data (80 bytes).
    g.initializer('a', 'float32', [4, 4], { external: { location: 'w.data', offset: 0 } });
    g.initializer('b', 'float32', [4, 4], { external: { location: './w.data', offset: 0 } });
    g.initializer('c', 'float32', [4, 4], { external: { location: 'l.data', offset: 32 } });
    g.initializer('d', 'float32', [4, 4], { external: { location: 'v.data', offset: 0 } });
    g.node('Sum', ['x', 'a', 'b', 'c', 'd'], ['y']);
    g.output('y', 'float32', [1, 4]);
    writeFileSync(join(d, 'model.onnx'), modelBytes(g));
    writeFileSync(join(d, 'w.data'), new Uint8Array(96));
    writeFileSync(join(d, 'v.data'), new Uint8Array(80));
    symlinkSync('w.data', join(d, 'l.data'));
    // 96 (w.data, as w.data, ./w.data and the link l.data) + 80 (v.data) = 176.
    assert.equal(readOnnxFile(join(d, 'model.onnx')).externalDataBytes, 176);
  });

  test('the ONNX reader: external data linked out of the model folder is refused', () => {
    const d = join(root, 'ext');
    mkdirSync(join(d, 'm'), { recursive: true });
    const { model, data } = externalMatmulModel(4, 4, 'w.data');
    writeFileSync(join(d, 'm/model.onnx'), model);
    writeFileSync(join(d, 'w.data'), data);
    symlinkSync('../w.data', join(d, 'm/w.data'));
    assert.throws(() => readOnnxFile(join(d, 'm/model.onnx')), /external data 'w\.data': is a symbolic link \(or lies below one\) that leads outside the model's folder$/);
    // The same file in the folder itself is read: 4*4 float32 = 64 bytes of external data.
    rmSync(join(d, 'm/w.data'));
    writeFileSync(join(d, 'm/w.data'), data);
    assert.equal(readOnnxFile(join(d, 'm/model.onnx')).externalDataBytes, 64);
  });
});
