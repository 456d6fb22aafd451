/**
 * The profile layer on a real export: ResNet-18 as exported (test/fixtures/models, the graph of
 * ../shared/models/resnet18.onnx with its weights in a sparse side file), every number derived by
 * hand from the architecture (224x224 input, float32, BatchNorm folded into the convolutions).
 *
 * Element counts used below (N = 1):
 *   conv outputs (= folded BatchNorm outputs): 64*112^2 + 4*64*56^2 + 5*128*28^2 + 5*256*14^2 + 5*512*7^2
 *     = 802,816 + 802,816 + 501,760 + 250,880 + 125,440 = 2,483,712
 *   conv inputs: 3*224^2 + 4*64*56^2 + (64*56^2 + 128*28^2 + 64*56^2 + 2*128*28^2)
 *     + (128*28^2 + 256*14^2 + 128*28^2 + 2*256*14^2) + (256*14^2 + 512*7^2 + 256*14^2 + 2*512*7^2)
 *     = 150,528 + 802,816 + 702,464 + 351,232 + 175,616 = 2,182,656
 *   17 Relu outputs: 64*112^2 + 4*64*56^2 + 4*128*28^2 + 4*256*14^2 + 4*512*7^2 = 2,308,096
 *   8 Add outputs: 2*(64*56^2 + 128*28^2 + 256*14^2 + 512*7^2) = 752,640
 *   MaxPool 3x3/2: reads 802,816, writes 200,704; GlobalAveragePool reads 25,088, writes 512;
 *   Flatten moves nothing; Gemm 512 -> 1000 with 1,000 biases.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFile } from '../../src/profile/index.js';
import { hardwarePreset } from '../../src/profile/hardware.js';
import { fixtureModel, fixturePath } from '../support/model-fixtures.js';

const resnet = fixtureModel('resnet18');

describe('profile of resnet18.onnx', async () => {
  const p = await profileFile(fixturePath(resnet.file), { inputs: resnet.profile_inputs, hardware: 't4' });
  const totals = p.totals!;

  test('MACs and params match the reference', () => {
    assert.equal(totals.macs, resnet.contraction_macs); // 1,814,073,344
    assert.equal(p.params.total, resnet.weight_elements); // 11,684,712
    assert.equal(totals.lowerBound, false);
  });

  test('FLOPs = 2 x MACs + biases, Relu, Add, MaxPool and GlobalAveragePool', () => {
    // conv biases 2,483,712 + Relu 2,308,096 + Add 752,640 + MaxPool 9 * 200,704 = 1,806,336
    // + GlobalAveragePool 25,088 + Gemm bias 1,000 = 7,376,872
    assert.equal(totals.flops, 2 * 1814073344 + 7376872); // 3,635,523,560
  });

  test('memory access = weights once per node + activations read + outputs written', () => {
    // weights: 11,684,712 * 4 = 46,738,848 bytes.
    // activation elements: conv 2,182,656 + 2,483,712; Relu 2 * 2,308,096; Add 3 * 752,640;
    // MaxPool 802,816 + 200,704; GAP 25,088 + 512; Gemm 512 + 1,000 -> 12,571,112 * 4 = 50,284,448.
    assert.equal(totals.memoryBytes, 46738848 + 50284448); // 97,023,296
  });

  test('peak activation memory: the first Relu, conv1 output and its Relu output both live', () => {
    // The input (602,112 B) dies after conv1; during the first Relu: 2 * 64*112*112*4 = 6,422,528 B.
    assert.equal(totals.peakActivationBytes, 6422528);
    const relu = p.nodes!.find((n) => n.name === totals.peakActivationNode)!;
    assert.equal(relu.opType, 'Relu');
    assert.deepEqual(relu.outputShapes, [[1, 64, 112, 112]]);
  });

  test('byOpType adds up to the totals', () => {
    const rows = p.byOpType!;
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.opType, r.count])), resnet.op_histogram);
    assert.equal(rows[0]!.opType, 'Conv');
    assert.equal(rows.reduce((s, r) => s + r.macs, 0), totals.macs);
    assert.equal(rows.reduce((s, r) => s + r.flops, 0), totals.flops);
    assert.equal(rows.reduce((s, r) => s + r.memoryBytes, 0), totals.memoryBytes);
    // Relu: 2,308,096 FLOPs, reads and writes 2,308,096 elements each.
    assert.deepEqual(rows.find((r) => r.opType === 'Relu'), {
      opType: 'Relu', domain: '', count: 17, macs: 0, flops: 2308096, memoryBytes: 2 * 2308096 * 4,
    });
  });

  test('roofline on a T4 is the sum of per-node maxima', () => {
    const t4 = hardwarePreset('t4')!;
    const r = p.roofline!;
    assert.equal(r.hardware, 't4');
    assert.equal(r.arithmeticIntensity, totals.flops / totals.memoryBytes);
    const perNode = p.nodes!.filter((n) => n.scope === '').reduce((s, n) => s + Math.max(n.flops / t4.peakFlops, n.memoryBytes / t4.bandwidth), 0);
    assert.ok(Math.abs(r.latencySeconds - perNode) < 1e-12);
    // Never faster than the whole model's compute or traffic alone: 3.6355e9 / 8.1e12 = 449 us.
    assert.ok(r.latencySeconds >= totals.flops / t4.peakFlops);
    assert.ok(r.latencySeconds >= totals.memoryBytes / t4.bandwidth);
    // 20 Conv + 17 Relu + 8 Add + MaxPool + GAP + Gemm = 48 nodes with work; Flatten has none.
    assert.equal(r.computeBoundNodes + r.memoryBoundNodes, 48);
  });
});
