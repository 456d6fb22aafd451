/**
 * The engine with the real op registry over the reference PyTorch exports, as committed fixtures
 * (test/fixtures/models: the exported graphs, weights in sparse side files): every op known,
 * every dim resolved, and contraction MACs equal to the independently counted `contraction_macs`
 * of ../shared/models/reference.json (copied into test/fixtures/models/fixtures.json). The
 * reference suite (test/reference) runs the same checks on ../shared/models itself.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readOnnxModel } from '../../src/formats/onnx/reader.js';
import { registry } from '../../src/ops/index.js';
import { runEngine } from '../../src/shapes/engine.js';
import type { OpLookup } from '../../src/shapes/engine.js';
import { fixtureModelPath, fixtureModels, fixturePath } from '../support/model-fixtures.js';
import { checkEngine } from '../support/reference-checks.js';

const lookup: OpLookup = (domain, opType, opset) => registry.lookup(domain, opType, opset);

describe('reference models', () => {
  for (const [name, ref] of fixtureModels()) {
    test(`${name}: all ops known, all dims resolved, MACs = ${ref.contraction_macs}`, async () => {
      await checkEngine(fixturePath(ref.file), ref);
    });
  }
});

describe('tiny_gpt_dyn by hand', () => {
  // From the graph: 4 blocks, d_model d = 256, 4 heads of 64, MLP 4d = 1024, vocab V = 1000.
  // Per block (B = batch, T = seq):
  //   qkv    B*T*d*3d      attention QK^T  B*H*T*T*hd   attention AV  B*H*T*T*hd
  //   proj   B*T*d*d       fc              B*T*d*4d     fc_out        B*T*4d*d
  // plus lm_head B*T*d*V.
  const macsFor = (B: number, T: number): number => {
    const d = 256, H = 4, hd = 64, V = 1000, L = 4;
    const block = B * T * d * 3 * d + 2 * B * H * T * T * hd + B * T * d * d + 2 * B * T * d * 4 * d;
    return L * block + B * T * d * V;
  };

  test('batch=1, seq=256: 4*(50331648 + 2*16777216 + 16777216 + 2*67108864) + 65536000 = 1005060096 MACs', async () => {
    assert.equal(macsFor(1, 256), 4 * (50331648 + 2 * 16777216 + 16777216 + 2 * 67108864) + 65536000);
    assert.equal(macsFor(1, 256), 1005060096);
    const model = await readOnnxModel(fixtureModelPath('tiny_gpt_dyn'));
    const res = runEngine(model, lookup, { dims: { batch: 1, seq: 256 } });
    assert.deepEqual(res.warnings, []);
    assert.deepEqual(res.inputs[0]!.type.shape, [1, 256]);
    assert.equal(res.totals.macs, 1005060096);
    // The score matrix of every head is T x T.
    const scores = res.nodes.filter((n) => n.node.name.endsWith('/attn/MatMul'));
    assert.equal(scores.length, 4);
    for (const s of scores) assert.deepEqual(s.outputs[0]!.shape, [1, 4, 256, 256]);
    assert.deepEqual(res.outputs[0]!.type.shape, [1, 256, 1000]);
  });

  test('the same formula at the reference inputs (1x128) and at batch=2, seq=100', async () => {
    const model = await readOnnxModel(fixtureModelPath('tiny_gpt_dyn'));
    // 4*(25165824 + 2*4194304 + 8388608 + 2*33554432) + 32768000 = 468975616 (= reference.json).
    assert.equal(runEngine(model, lookup, { inputShapes: { idx: [1, 128] } }).totals.macs, macsFor(1, 128));
    assert.equal(macsFor(1, 128), 468975616);
    // The form, --dim batch=1 --dim seq=128, binds the same shape without warnings.
    const byDims = runEngine(model, lookup, { dims: { batch: 1, seq: 128 } });
    assert.deepEqual(byDims.warnings, []);
    assert.equal(byDims.totals.macs, 468975616);
    assert.equal(runEngine(model, lookup, { dims: { batch: 2, seq: 100 } }).totals.macs, macsFor(2, 100));
  });

  test('unbound batch and seq default to 1 with a warning naming each', async () => {
    const model = await readOnnxModel(fixtureModelPath('tiny_gpt_dyn'));
    const res = runEngine(model, lookup);
    assert.equal(res.warnings.length, 2);
    assert.match(res.warnings[0]!, /'batch'/);
    assert.match(res.warnings[1]!, /'seq'/);
    assert.equal(res.totals.macs, macsFor(1, 1));
  });
});
