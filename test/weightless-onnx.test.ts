/** The fixture maker's rewrite (test/support/weightless-onnx.ts) on a model of our ONNX writer. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readOnnxBytes, readOnnxFile } from '../src/formats/onnx/reader.js';
import { countParams } from '../src/profile/params.js';
import { GraphBuilder, modelBytes } from './support/onnx-writer.js';
import { moveWeightsOut, withoutStorage, writeSparseSideFiles } from './support/weightless-onnx.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-weightless-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function model(): Uint8Array {
  const body = new GraphBuilder('body');
  body.initializer('inner_w', 'float32', [64, 64]); // 16,384 bytes, in a subgraph: moves
  body.node('MatMul', ['x', 'inner_w'], ['inner_y']);
  body.output('inner_y', 'float32', [1, 64]);
  const other = new GraphBuilder('other');
  other.node('Identity', ['x'], ['other_y']);
  other.output('other_y', 'float32', [1, 64]);

  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 64]);
  g.input('cond', 'bool', []);
  g.initializer('w', 'float32', [64, 100]); // 25,600 bytes: moves
  g.initializer('small_bias', 'float32', [10], { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }); // 40 bytes: stays
  g.initializer('wide_bias', 'float32', [40]); // 160 bytes but 40 <= 64 elements the reader decodes: stays
  g.initializer('shape', 'int64', [2], { values: [1, -1] }); // shape arithmetic: stays
  g.constant('mask', 'bool', [100, 100]); // 10,000 bytes, more than the 4,096 integer elements decoded: moves
  g.node('MatMul', ['x', 'w'], ['h']);
  g.node('If', ['cond'], ['y'], { then_branch: body, else_branch: other });
  g.output('h', 'float32', [1, 100]);
  g.output('y', 'float32', [1, 64]);
  return modelBytes(g, { opset: 13 });
}

/** Writes a weightless model and its side file (sparse, of the recorded size); returns the model path. */
function materialise(name: string, bytes: Uint8Array, sideFiles: Record<string, number>): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  writeSparseSideFiles(dir, sideFiles);
  return path;
}

describe('moveWeightsOut', () => {
  test('moves every large tensor the reader never decodes, subgraphs and Constant nodes included', () => {
    const original = model();
    const out = moveWeightsOut(original, 'm.onnx.data');
    assert.equal(out.moved, 3);
    // w 64*100*4 = 25,600 + mask 100*100 = 10,000 + inner_w 64*64*4 = 16,384 = 51,984 bytes.
    assert.deepEqual(out.sideFiles, { 'm.onnx.data': 51984 });
    assert.ok(out.bytes.byteLength < original.byteLength - 51984 + 3 * 100, `${out.bytes.byteLength} bytes left`);

    const before = readOnnxBytes(original, join(dir, 'original.onnx')).model;
    const after = readOnnxFile(materialise('m.onnx', out.bytes, out.sideFiles)).model;
    const w = after.graph.initializers.get('w')!;
    assert.equal(w.storage, 'external');
    assert.equal(w.external?.location, 'm.onnx.data');
    assert.equal(w.external?.length, 25600);
    assert.deepEqual(after.graph.initializers.get('small_bias')!.values, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(after.graph.initializers.get('wide_bias')!.storage, 'embedded');
    assert.deepEqual(after.graph.initializers.get('shape')!.values, [1, -1]);
    // Params are counted from dims: 6,400 + 10 + 40 + 4,096 = 10,546 either way.
    assert.equal(countParams(after).total, 10546);
    assert.equal(countParams(before).total, 10546);
    // Nothing but where the data lives changed.
    assert.deepEqual(withoutStorage({ ...after, fileBytes: 0 }), withoutStorage({ ...before, fileBytes: 0 }));
  });

  test('a model with nothing to move comes back unchanged', () => {
    const g = new GraphBuilder('tiny');
    g.input('x', 'float32', [2]);
    g.initializer('b', 'float32', [2], { values: [1, 2] });
    g.node('Add', ['x', 'b'], ['y']);
    g.output('y', 'float32', [2]);
    const bytes = modelBytes(g);
    const out = moveWeightsOut(bytes, 'tiny.onnx.data');
    assert.deepEqual(out, { bytes: new Uint8Array(bytes), sideFiles: {}, moved: 0 });
  });
});
