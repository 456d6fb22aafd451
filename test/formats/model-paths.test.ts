/**
 * Model paths whose answer depends on permissions or on the file system's letter case: a model
 * folder that can be entered but not listed, and one side file named in two letter cases.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { readOnnxFile } from '../../src/formats/onnx/reader.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';

const root = mkdtempSync(join(tmpdir(), 'mb-model-paths-'));
chmodSync(root, 0o755);
after(() => {
  for (const d of ['sm', 'closed']) if (existsSync(join(root, d))) chmodSync(join(root, d), 0o755);
  rmSync(root, { recursive: true, force: true });
});

const registry = new URL('../../src/formats/registry.js', import.meta.url).href;

test('a model folder that can be entered but not listed still opens its saved_model.pb', (t) => {
  const dir = join(root, 'sm');
  mkdirSync(dir);
  writeFileSync(join(dir, 'saved_model.pb'), Buffer.from([0x08, 0x01]));
  chmodSync(dir, 0o311); // enter, not list: opening the folder itself fails with EACCES
  // Permissions do not bind root: as root the open runs as nobody, in a child process.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  // A checkout under a folder nobody may enter (root's home) cannot be run as nobody.
  const canRun = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(fileURLToPath(registry))})`], asNobody);
  if (canRun.status !== 0) return t.skip('the checkout is not readable by user nobody');
  const script = `const { openModel } = await import(${JSON.stringify(registry)}); process.stdout.write((await openModel(${JSON.stringify(dir)})).path);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('.', import.meta.url)), ...asNobody });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, join(dir, 'saved_model.pb'));
});

test('a model folder one may not enter says permission denied, not that it holds no model file', (t) => {
  const dir = join(root, 'closed');
  mkdirSync(dir);
  writeFileSync(join(dir, 'saved_model.pb'), Buffer.from([0x08, 0x01]));
  chmodSync(dir, 0o000);
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const canRun = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(fileURLToPath(registry))})`], asNobody);
  if (canRun.status !== 0) return t.skip('the checkout is not readable by user nobody');
  const script = `const { openModel } = await import(${JSON.stringify(registry)}); try { await openModel(${JSON.stringify(dir)}); } catch (e) { process.stdout.write(e.message); }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('.', import.meta.url)), ...asNobody });
  assert.equal(r.stdout, `${dir}: permission denied`);
});

test('a side file named in two letter cases counts once on a case-insensitive file system', (t) => {
  const dir = join(root, 'ci');
  mkdirSync(dir);
  writeFileSync(join(dir, 'W.data'), Buffer.alloc(64));
  if (!existsSync(join(dir, 'w.data'))) return t.skip('case-sensitive file system (macOS and Windows volumes are not)');
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 4]);
  g.initializer('a', 'float32', [4, 4], { external: { location: 'W.data', offset: 0 } });
  g.initializer('b', 'float32', [4, 4], { external: { location: 'w.data', offset: 0 } });
  g.node('MatMul', ['x', 'a'], ['y']);
  g.output('y', 'float32', [1, 4]);
  writeFileSync(join(dir, 'model.onnx'), modelBytes(g));
  // One 64-byte file, whatever the spelling: 64, not 128.
  assert.equal(readOnnxFile(join(dir, 'model.onnx')).externalDataBytes, 64);
});
