import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { Materialiser, dirSource, filesEqual, readPrefix } from '../../src/io/sources.js';
import { diffDirectories } from '../../src/io/changes.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';

const root = mkdtempSync(join(tmpdir(), 'mb-sources-'));
chmodSync(root, 0o755); // the permission test below reads it as user nobody
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

test('a file that cannot be read is that model\'s one-line error, not an internal error', async () => {
  const dir = mkdtempSync(join(root, 'unreadable-'));
  writeFileSync(join(dir, 'f'), 'x');
  mkdirSync(join(dir, 'd1'));
  mkdirSync(join(dir, 'd2'));
  const cannotRead = (code: string) => (e: unknown): boolean => {
    assert.ok(e instanceof ModelFileError, String(e));
    assert.equal(e.message, `models/a.onnx: cannot read it (${code})`);
    return true;
  };
  // Replaced since it was checked: a path below what is now a file, a folder where a file was.
  await assert.rejects(readPrefix(join(dir, 'f', 'x'), 10, 'models/a.onnx'), cannotRead('ENOTDIR'));
  await assert.rejects(filesEqual(join(dir, 'd1'), join(dir, 'd2'), 'models/a.onnx'), cannotRead('EISDIR'));
  await assert.rejects(filesEqual(join(dir, 'f'), join(dir, 'gone'), 'models/a.onnx'), cannotRead('ENOENT'));
});

test('a model its reader may not open (chmod 000): permission denied names it; two such are counted as changed', (t) => {
  const dir = mkdtempSync(join(root, 'perm-'));
  chmodSync(dir, 0o755);
  for (const side of ['base', 'head']) {
    mkdirSync(join(dir, side));
    modelWithSideFile(join(dir, side), 'w.data', 64);
    chmodSync(join(dir, side, 'm.onnx'), 0o000);
  }
  // Permissions do not bind root: as root the reads run as user nobody, in a child process.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const sources = new URL('../../src/io/sources.js', import.meta.url);
  const changes = new URL('../../src/io/changes.js', import.meta.url).href;
  const canRun = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(fileURLToPath(sources))})`], asNobody);
  if (canRun.status !== 0) return t.skip('the checkout is not readable by user nobody');
  const script = `
    const { Materialiser, dirSource } = await import(${JSON.stringify(sources.href)});
    const { diffDirectories } = await import(${JSON.stringify(changes)});
    const dir = ${JSON.stringify(dir)};
    const [base, head] = [dirSource(dir + '/base', 'base', 'base'), dirSource(dir + '/head', 'head', 'head')];
    const out = { changes: await diffDirectories(base, head, (p) => p.endsWith('.onnx')) };
    try { await new Materialiser(dir + '/head', 'auto').materialise(head, 'm.onnx'); } catch (e) { out.error = e.name + ': ' + e.message; }
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', ...asNobody });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    // Same size, content unknown: reported (as a model that could not be read) rather than skipped.
    changes: [{ status: 'modified', path: 'm.onnx' }],
    error: 'ModelFileError: m.onnx: cannot read it (EACCES)',
  });
});
