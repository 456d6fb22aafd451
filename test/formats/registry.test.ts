/**
 * The format boundary: recognition (signature first, extension second, magic-only extensions),
 * reading through the registry, side files, and one-line errors for files no format reads.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelFileError } from '../../src/graph/errors.js';
import { detectFormat, formats, modelExtensions, readModel, sideFileLocations } from '../../src/formats/registry.js';
import type { ModelFormat } from '../../src/formats/registry.js';
import { DEFAULT_MODEL_GLOBS } from '../../src/io/glob.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { writeExternalModel } from '../support/bad-models.js';

function fake(name: string, extensions: string[], magic?: string, magicOnlyExtensions?: string[]): ModelFormat {
  return {
    name, label: name, kind: 'weights', extensions, ...(magicOnlyExtensions ? { magicOnlyExtensions } : {}),
    ...(magic ? { magic: (head: Uint8Array) => Buffer.from(head.subarray(0, magic.length)).toString('latin1') === magic } : {}),
    read: async () => { throw new Error('not read in these tests'); },
    sideFiles: () => [],
  };
}

const zipLike = fake('zipfmt', ['.pt'], 'PK\u0003\u0004', ['.bin']);
const ggufLike = fake('gguflike', ['.gguf'], 'GGUF');
const plain = fake('plain', ['.onnx']);
const among = [plain, zipLike, ggufLike];
const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');

describe('format recognition', () => {
  test('a signature wins over the name', () => {
    assert.equal(detectFormat('model.onnx', bytes('GGUF\u0003\u0000'), 100, among), ggufLike);
    assert.equal(detectFormat('weights.bin', bytes('PK\u0003\u0004rest'), 100, among), zipLike);
  });

  test('without a signature, the extension decides (case-insensitive); its reader explains a bad file', () => {
    assert.equal(detectFormat('a/B.ONNX', bytes('\u0008\u0007'), 100, among), plain);
    assert.equal(detectFormat('broken.pt', bytes('not a zip'), 100, among), zipLike);
  });

  test('a magic-only extension without the signature is not a model (ONNX external data named .bin)', () => {
    assert.equal(detectFormat('weights.bin', bytes('\u0000\u0000\u0080\u003f'), 100, among), null);
    assert.equal(detectFormat('notes.txt', bytes('hello'), 100, among), null);
  });

  test('the default models globs cover every registered extension', () => {
    for (const f of formats()) for (const e of f.extensions) assert.ok(DEFAULT_MODEL_GLOBS.split(', ').includes(`**/*${e}`), e);
    assert.deepEqual(modelExtensions().filter((e) => !e.startsWith('.')), []);
  });
});

describe('reading through the registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-registry-'));

  test('an ONNX file reads as a graph model named onnx, with its file size', async () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 4]);
    g.output('y', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['y']);
    const file = join(dir, 'm.onnx');
    const b = modelBytes(g, { opset: 13 });
    writeFileSync(file, b);
    const m = await readModel(file);
    assert.equal(m.kind, 'graph');
    assert.equal(m.format.name, 'onnx');
    assert.equal(m.fileBytes, b.byteLength);
    assert.equal(m.sideFileBytes, 0);
    if (m.kind === 'graph') assert.equal(m.model.format, 'onnx');
  });

  test('a file no format reads is a one-line error naming it and the known formats', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello');
    await assert.rejects(readModel(file), (e: unknown) => {
      assert.ok(e instanceof ModelFileError);
      assert.equal(e.file, file);
      assert.match(e.detail, /^not a model file this tool reads: .*ONNX \(\.onnx, \.pb\).*TensorFlow \(\.pb\)/);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  });

  test('empty and missing files are one-line errors before any format is asked', async () => {
    const empty = join(dir, 'empty.onnx');
    writeFileSync(empty, '');
    await assert.rejects(readModel(empty), /file is empty \(0 bytes\)/);
    await assert.rejects(readModel(join(dir, 'missing.onnx')), /no such file/);
  });

  test('side files: ONNX external data named inside the model, from bytes or from the file; its bytes counted', async () => {
    const file = writeExternalModel(join(dir, 'ext'));
    assert.deepEqual(sideFileLocations('m/model.onnx', { bytes: readFileSync(file) }), ['weights.data']);
    assert.deepEqual(sideFileLocations('m/model.onnx', { file }), ['weights.data']);
    // One float32 [4, 4] tensor: 16 * 4 = 64 bytes of external data.
    assert.equal((await readModel(file)).sideFileBytes, 64);
    // Too large to scan: ONNX cannot tell without its content.
    assert.deepEqual(sideFileLocations('m/model.onnx', null), []);
    assert.deepEqual(sideFileLocations('m/readme.txt', { bytes: bytes('text') }), []);
  });
});
