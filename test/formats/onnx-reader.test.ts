import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import type { Model } from '../../src/graph/ir.js';
import type { WindowSizes } from '../../src/formats/onnx/wire.js';
import { readOnnxBytes, readOnnxFile } from '../../src/formats/onnx/reader.js';
import { countParams } from '../../src/profile/params.js';
import { assertDetail, testEachBadCase, writeExternalModel } from '../support/bad-models.js';
import { writeFileSync } from 'node:fs';
import { writeLargeModel } from '../support/large-model.js';
import { FunctionBuilder, GraphBuilder, RawWriter, attr, modelBytes, tensor } from '../support/onnx-writer.js';
import { fixtureModelPath, fixtureModels, fixturePath } from '../support/model-fixtures.js';
import { checkReader, checkWindowedDecode } from '../support/reference-checks.js';

describe('real PyTorch exports, as committed fixtures (test/fixtures/models, weights in sparse side files)', () => {
  // The same checks run on ../shared/models itself in the reference suite (test/reference).
  for (const [name, ref] of fixtureModels()) {
    test(`${name}: params, non-weight constants, op histogram and inputs match reference.json`, () => {
      checkReader(fixturePath(ref.file), ref);
    });
  }

  test('every model decodes the same through the read window as from memory', () => {
    for (const [, ref] of fixtureModels()) checkWindowedDecode(fixturePath(ref.file));
  });

  test('external data: sizes come from dims, the side file is checked and counted', () => {
    // squeezenet1_0_external is kept as exported (weights already external), side file size included.
    const { model, externalDataBytes } = readOnnxFile(fixtureModelPath('squeezenet1_0_external'));
    const external = [...model.graph.initializers.values()].filter((t) => t.storage === 'external');
    assert.ok(external.length > 0);
    assert.equal(externalDataBytes, 4985888);
    // Every float32 weight of the side file: 1,248,424 params * 4 bytes = 4,993,696 > side file
    // size only if some are embedded; the external ones must sum to at most the side file.
    const externalBytes = external.reduce((a, t) => a + t.byteSize, 0);
    assert.ok(externalBytes <= 4985888);
    assert.equal(countParams(model).total, 1248424);
  });
});

describe('decoding into the IR', () => {
  test('every attribute type, Constant tensors, subgraphs, functions and opsets', () => {
    const then = new GraphBuilder('then');
    then.constant('t_out', 'float32', [2], { values: [1.5, 2.5] });
    then.output('t_out', 'float32', [2]);
    const otherwise = new GraphBuilder('else');
    otherwise.initializer('e_w', 'float16', [3, 2]);
    otherwise.node('Identity', ['e_w'], ['e_out']);
    otherwise.output('e_out', 'float16', [3, 2]);

    const g = new GraphBuilder('main');
    g.input('cond', 'bool', []);
    g.input('x', 'float32', ['batch', 3, null]);
    g.initializer('shape', 'int64', [2], { values: [1, -1] });
    g.initializer('q', 'int4', [7]);
    g.node('If', ['cond'], ['y'], { then_branch: then, else_branch: otherwise }, { name: 'branch' });
    g.node('Custom', ['x'], ['z'], {
      f: attr.float(0.5), i: 7, s: 'hello', fs: [0.25, 0.75], is: [1, 2, 3], ss: ['a', 'b'],
      t: tensor('int64', [2], { values: [4, 5] }), big: 2n ** 62n, neg: -3,
    }, { domain: 'ai.onnx' });
    g.node('LocalFn', ['x'], ['w'], { alpha: attr.float(2) }, { domain: 'local' });
    g.output('y', 'float32', [2]);
    g.output('z', 'float32', undefined);
    const fn = new FunctionBuilder('LocalFn', 'local', { inputs: ['a'], outputs: ['b'], attributes: ['alpha'] });
    fn.node('Relu', ['a'], ['b']);
    const bytes = modelBytes(g, { opset: 13, opsets: { 'com.microsoft': 1 }, functions: [fn] });
    const { model } = readOnnxBytes(bytes, 'in-memory.onnx');

    assert.equal(model.formatVersion, 'IR 7');
    assert.deepEqual([...model.opsetImports], [['', 13], ['com.microsoft', 1], ['local', 1]]);
    assert.deepEqual(model.graph.inputs[1]!.shape, ['batch', 3, null]);
    assert.equal(model.graph.outputs[1]!.shape, undefined);
    assert.deepEqual(model.graph.initializers.get('shape')!.values, [1, -1]);
    const q = model.graph.initializers.get('q')!;
    assert.equal(q.byteSize, 4); // 7 int4 values pack into ceil(28 bits / 8) = 4 bytes
    const [ifNode, custom, call] = model.graph.nodes;
    const thenGraph = ifNode!.attributes.get('then_branch');
    assert.equal(thenGraph?.type, 'graph');
    if (thenGraph?.type === 'graph') {
      const constant = thenGraph.value.nodes[0]!.attributes.get('value');
      assert.deepEqual(constant?.type === 'tensor' ? constant.value.values : undefined, [1.5, 2.5]);
    }
    const a = custom!.attributes;
    assert.equal(custom!.domain, '', "'ai.onnx' is normalised to ''");
    assert.deepEqual(a.get('f'), { type: 'float', value: 0.5 });
    assert.deepEqual(a.get('i'), { type: 'int', value: 7 });
    assert.deepEqual(a.get('s'), { type: 'string', value: 'hello' });
    assert.deepEqual(a.get('fs'), { type: 'floats', value: [0.25, 0.75] });
    assert.deepEqual(a.get('is'), { type: 'ints', value: [1, 2, 3] });
    assert.deepEqual(a.get('ss'), { type: 'strings', value: ['a', 'b'] });
    assert.deepEqual(a.get('big'), { type: 'int', value: 2 ** 62 });
    assert.deepEqual(a.get('neg'), { type: 'int', value: -3 });
    const t = a.get('t');
    assert.deepEqual(t?.type === 'tensor' ? t.value.values : undefined, [4, 5]);
    assert.equal(call!.domain, 'local');
    assert.equal(model.functions[0]!.name, 'LocalFn');
    assert.deepEqual(model.functions[0]!.attributeNames, ['alpha']);
    // Params: Constant [2] float32 in the then branch + float16 [3,2] in the else branch + int4 [7].
    const params = countParams(model);
    assert.equal(params.total, 2 + 6 + 7);
    assert.deepEqual(params.byDtype, { float32: { elements: 2, bytes: 8 }, float16: { elements: 6, bytes: 12 }, int4: { elements: 7, bytes: 4 } });
    assert.deepEqual(params.nonWeight, { elements: 2, bytes: 16 });
  });

  test('typed data fields decode like raw_data', () => {
    const g = new GraphBuilder('main');
    g.initializer('a', 'int64', [3], { values: [7, -8, 9], encoding: 'typed' });
    g.initializer('b', 'float32', [2], { values: [0.5, -2], encoding: 'typed' });
    g.input('x', 'float32', [1]);
    g.node('Identity', ['x'], ['y']);
    g.output('y', 'float32', [1]);
    const { model } = readOnnxBytes(modelBytes(g), 'typed.onnx');
    assert.deepEqual(model.graph.initializers.get('a')!.values, [7, -8, 9]);
    assert.deepEqual(model.graph.initializers.get('b')!.values, [0.5, -2]);
  });
});

describe('names: UTF-8 decoded exactly, whatever bytes surround them', () => {
  // Node names are cut from one decoded copy of the node message when that is exact; these
  // bytes exercise both that path and the fallback.
  const bytes = (...parts: Array<string | number[]>): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
  const utf8 = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
  const names = {
    unicode: bytes('卷积/Conv_ü'),
    lone: bytes('b', [0xff], 'c'),
    // Ends in the first two bytes of a three-byte sequence; the attribute type tag that follows
    // (0xA0 0x01) would complete it if the name were decoded together with its neighbours.
    cut: bytes('a', [0xe2, 0x82]),
  };
  // One node per case: a node whose bytes decode one character per byte (invalid bytes, the
  // 0xFF bytes of an int64 -1) is cut from one copy; the others fall back to decoding each name.
  function model(): Uint8Array {
    return new RawWriter().varint(1, 8).message(8, (o) => o.varint(2, 17)).message(7, (g) => g
      .message(1, (n) => n.bytes(1, 'x').bytes(2, 'y').bytes(3, names.lone).bytes(4, 'Relu')
        .message(5, (a) => a.bytes(1, 'k').varint(20, 2).varint(3, -1n)))
      .message(1, (n) => n.bytes(1, 'y').bytes(2, names.unicode).bytes(4, 'Relu'))
      .message(1, (n) => n.bytes(1, names.unicode).bytes(2, 'z').bytes(4, 'Relu')
        .message(5, (a) => a.bytes(1, names.cut).varint(20, 2).varint(3, 7)))
      .bytes(2, 'g')
      .message(11, (v) => v.bytes(1, 'x'))
      .message(12, (v) => v.bytes(1, 'z'))).finish();
  }

  function readThroughWindow(bytes: Uint8Array, windows?: WindowSizes): Model {
    const path = join(mkdtempSync(join(tmpdir(), 'mb-names-')), 'names.onnx');
    writeFileSync(path, bytes);
    return readOnnxFile(path, { wholeFileBytes: 0, windows }).model;
  }

  for (const [mode, read] of [
    ['in memory', (b: Uint8Array) => readOnnxBytes(b, 'names.onnx').model],
    ['through the read window', (b: Uint8Array) => readThroughWindow(b)],
    ['through a window smaller than a name', (b: Uint8Array) => readThroughWindow(b, { first: 7, min: 7, max: 7, whole: 7 })],
  ] as const) {
    test(mode, () => {
      const [first, second, third] = read(model()).graph.nodes;
      assert.equal(first!.name, utf8(names.lone));
      assert.equal(first!.name, 'b\ufffdc');
      assert.deepEqual([...first!.attributes], [['k', { type: 'int', value: -1 }]]);
      assert.deepEqual(second!.outputs, ['卷积/Conv_ü']);
      assert.deepEqual(third!.inputs, [utf8(names.unicode)]);
      assert.deepEqual([...third!.attributes], [['a\ufffd', { type: 'int', value: 7 }]]);
      assert.equal(utf8(names.cut), 'a\ufffd');
    });
  }
});

describe('attribute names and names after the attributes', () => {
  // Attribute names are looked up by their bytes in a cache of 512 slots (wire.ts); 2,000
  // distinct names must collide, and each must still come back as its own string. Names written
  // after an attribute (a domain, an output) are decoded outside the node's text block.
  const names = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? `ü${i}` : i % 3 === 1 ? `attr_${i}` : `${'n'.repeat(28)}${i}`));
  function model(): Uint8Array {
    return new RawWriter().varint(1, 8).message(8, (o) => o.varint(2, 17)).message(7, (g) => {
      names.forEach((name, i) => g.message(1, (n) => n.bytes(1, i === 0 ? 'x' : `v${i - 1}`).bytes(4, 'Relu')
        .message(5, (a) => a.bytes(1, name).varint(20, 2).varint(3, i))
        .message(5, (a) => a.bytes(1, 'alpha').varint(20, 2).varint(3, names.length - i))
        .bytes(2, `v${i}`).bytes(7, i % 2 ? 'ai.onnx' : 'com.example')));
      g.message(11, (v) => v.bytes(1, 'x')).message(12, (v) => v.bytes(1, `v${names.length - 1}`));
    }).finish();
  }
  test('each node keeps its own names, read after read', () => {
    const bytes = model();
    for (let read = 0; read < 2; read++) {
      const nodes = readOnnxBytes(bytes, 'attrs.onnx').model.graph.nodes;
      assert.equal(nodes.length, names.length);
      nodes.forEach((n, i) => {
        assert.deepEqual([...n.attributes], [[names[i], { type: 'int', value: i }], ['alpha', { type: 'int', value: names.length - i }]]);
        assert.deepEqual(n.outputs, [`v${i}`]);
        // 'ai.onnx' is the default domain, stored as ''.
        assert.equal(n.domain, i % 2 ? '' : 'com.example');
      });
    }
  });
});

describe('bad input: one clear error naming the file', () => {
  const root = mkdtempSync(join(tmpdir(), 'mb-reader-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  testEachBadCase((c, path) => {
    // Small files are decoded in memory; larger ones through the read window: same messages.
    const windows = [{}, { wholeFileBytes: 0 }, { wholeFileBytes: 0, windows: { first: 16, min: 11, max: 64, whole: 40 } }];
    for (const options of windows) {
      assert.throws(() => readOnnxFile(path, options), (e: unknown) => {
        assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
        assert.equal(e.file, path);
        assertDetail(c, e.detail);
        return true;
      });
    }
  }, 'read');

  test('a valid model with external data reads', () => {
    const path = writeExternalModel(join(root, 'ok'));
    const { model, externalDataBytes } = readOnnxFile(path);
    assert.equal(model.graph.initializers.get('w')!.storage, 'external');
    assert.equal(externalDataBytes, 64);
  });

  test('a missing file', () => {
    assert.throws(() => readOnnxFile(join(root, 'nope.onnx')), /nope\.onnx: no such file/);
  });

  test('a folder or a FIFO is refused before it is opened (opening a FIFO would block)', () => {
    const fifo = join(root, 'pipe.onnx');
    execFileSync('mkfifo', [fifo]);
    for (const path of [root, fifo]) {
      assert.throws(() => readOnnxFile(path), (e: unknown) => e instanceof ModelFileError && e.detail === 'not a regular file');
    }
  });
});

describe('small files share one read buffer', () => {
  // Files up to 128 KiB are read into one reused buffer; a model read earlier must keep nothing
  // of it: reading another file over it leaves the first model as it was decoded.
  function small(name: string, scale: number[]): Uint8Array {
    const g = new GraphBuilder(name);
    g.input('x', 'float32', [1, 4]);
    g.constant(`${name}_scale`, 'float32', [scale.length], { values: scale });
    g.node('Mul', ['x', `${name}_scale`], [`${name}_y`], { mode: `${name}-mode` }, { name: `${name}_mul` });
    g.output(`${name}_y`, 'float32', [1, 4]);
    return modelBytes(g);
  }
  test('a model read earlier is unchanged by the next read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-whole-'));
    const [a, b] = [small('first', [1.5, 2.5, 3.5, 4.5]), small('other', [-1, -2, -3, -4])];
    writeFileSync(join(dir, 'a.onnx'), a);
    writeFileSync(join(dir, 'b.onnx'), b);
    const first = readOnnxFile(join(dir, 'a.onnx')).model;
    const second = readOnnxFile(join(dir, 'b.onnx')).model;
    assert.deepEqual(first, readOnnxBytes(Buffer.from(a), join(dir, 'a.onnx')).model);
    assert.deepEqual(second, readOnnxBytes(Buffer.from(b), join(dir, 'b.onnx')).model);
    const constant = first.graph.nodes.find((n) => n.constant)!.attributes.get('value');
    assert.deepEqual(constant, { type: 'tensor', value: { name: '', dtype: 'float32', dims: [4], elements: 4, byteSize: 16, storage: 'embedded', values: [1.5, 2.5, 3.5, 4.5] } });
    assert.deepEqual(first.graph.nodes.at(-1)!.attributes.get('mode'), { type: 'string', value: 'first-mode' });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('large files: weights are skipped, not read', () => {
  const root = mkdtempSync(join(tmpdir(), 'mb-large-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('a 40 MB model with embedded weights: exact params, at most 1 MB + 1% read', async () => {
    const info = await writeLargeModel(join(root, 'big.onnx'), { totalBytes: 40e6 });
    const { model, stats } = readOnnxFile(info.modelPath);
    assert.equal(countParams(model).total, info.params);
    assert.ok(stats.bytesRead <= 1e6 + info.modelBytes / 100, `${stats.bytesRead} bytes read of ${info.modelBytes}`);
  });

  test('the external-data variant: the side file is checked and counted', async () => {
    const info = await writeLargeModel(join(root, 'ext', 'big.onnx'), { totalBytes: 40e6, external: true });
    const { model, externalDataBytes } = readOnnxFile(info.modelPath);
    assert.equal(countParams(model).total, info.params);
    assert.equal(externalDataBytes, info.dataBytes);
  });

  test('a window that would stop short of the end by less than the smallest window reads to the end', () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['y']);
    g.output('y', 'float32', [1, 4]);
    const bytes = modelBytes(g);
    const dir = mkdtempSync(join(tmpdir(), 'mb-tail-'));
    writeFileSync(join(dir, 'm.onnx'), bytes);
    // A first window 10 bytes short of the end, the smallest 16: one read of the whole file, not two.
    const windows = { first: bytes.byteLength - 10, min: 16, max: bytes.byteLength, whole: 8 };
    const { model, stats } = readOnnxFile(join(dir, 'm.onnx'), { wholeFileBytes: 0, windows });
    assert.deepEqual(stats, { bytesRead: bytes.byteLength, readCalls: 1 });
    assert.equal(model.graph.nodes[0]!.opType, 'Relu');
    rmSync(dir, { recursive: true, force: true });
  });

  test('a tensor whose dims come after its payload: the payload is still skipped', () => {
    // Writers usually put dims and data_type first; here the dims follow 1 MB of raw_data, so
    // while the payload goes by the tensor looks like a scalar and must not be taken for a small one.
    const bytes = new RawWriter().varint(1, 8).message(8, (o) => o.varint(2, 17)).message(7, (g) => g
      .message(1, (n) => n.bytes(1, 'x').bytes(1, 'w').bytes(2, 'y').bytes(4, 'Add'))
      .bytes(2, 'g')
      .message(5, (t) => t.varint(2, 1).bytes(8, 'w').bytes(9, new Uint8Array(512 * 512 * 4)).varint(1, 512).varint(1, 512))
      .message(11, (v) => v.bytes(1, 'x'))
      .message(12, (v) => v.bytes(1, 'y'))).finish();
    const path = join(root, 'late-dims.onnx');
    writeFileSync(path, bytes);
    const { model, stats } = readOnnxFile(path);
    const w = model.graph.initializers.get('w')!;
    assert.deepEqual([w.dims, w.elements, w.byteSize, w.values], [[512, 512], 262144, 1048576, undefined]);
    assert.ok(stats.bytesRead < 100_000, `${stats.bytesRead} bytes read`);
  });

  test('a Constant node larger than the read window is decoded in place', () => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 50000]);
    g.constant('c', 'float32', [1, 50000]);
    g.node('Add', ['x', 'c'], ['y']);
    g.output('y', 'float32', [1, 50000]);
    const path = join(root, 'constant.onnx');
    writeFileSync(path, modelBytes(g));
    const { model, stats } = readOnnxFile(path);
    // 200,000 bytes of Constant payload are skipped: the node is decoded without reading them.
    assert.equal(countParams(model).total, 50000);
    assert.ok(stats.bytesRead < 200_000 / 4, `${stats.bytesRead} bytes read`);
  });
});
