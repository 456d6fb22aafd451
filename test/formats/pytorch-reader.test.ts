import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ModelFileError } from '../../src/graph/errors.js';
import { isPytorchFile, readPytorchBytes, readPytorchFile } from '../../src/formats/pytorch/reader.js';
import type { WeightTensor, WeightsFile } from '../../src/formats/weights.js';
import { profileWeights, uniqueStorages } from '../../src/profile/weights.js';
import type { ProfileResult } from '../../src/profile/types.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'pytorch');
const fixture = (name: string): string => join(FIXTURES, name);

/*
 * The ResNet-like model of scripts/make-pytorch-fixtures.py, by hand:
 *   conv1 3->8 3x3 no bias                     8*3*3*3  =  216
 *   layer1.0 conv1, conv2 8->8 3x3             2*8*8*9  = 1152
 *   layer2.0 conv1 8->16 3x3                   16*8*9   = 1152
 *   layer2.0 conv2 16->16 3x3                  16*16*9  = 2304
 *   layer2.0 downsample.0 8->16 1x1            16*8     =  128
 *   fc 16->10 + bias                           160 + 10 =  170
 *   aux.weight: tied to fc.weight              0 more
 *   6 BatchNorms (bn1, l1.bn1, l1.bn2 of 8; l2.bn1, l2.bn2, downsample.1 of 16):
 *     weight + bias                            2*(3*8 + 3*16) = 144
 *   params = 216 + 1152 + 1152 + 2304 + 128 + 170 + 144 = 5266 (float32: 21,064 bytes)
 *   buffers: running_mean + running_var = 144 float32 (576 bytes) + 6 num_batches_tracked int64 (48 bytes)
 *     = 150 elements, 624 bytes
 *   tensors: 1 + 5 (bn1) + 12 (layer1.0) + 18 (layer2.0) + 3 (fc.weight, fc.bias, aux.weight) = 39,
 *   storages 38 (aux.weight shares fc.weight's).
 */
const RESNET = { params: 5266, paramBytes: 21_064, buffers: 150, bufferBytes: 624, tensors: 39, storages: 38 };

/** The params-only profile the CLI and the action show for a weights file. */
function profile(weights: WeightsFile): ProfileResult {
  return profileWeights(weights, { path: 'model.pt', format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 0, sideFileBytes: 0 });
}

function dtypes(p: ProfileResult): Record<string, [number, number]> {
  return Object.fromEntries(Object.entries(p.params.byDtype).map(([k, v]) => [k, [v.elements, v.bytes]]));
}

function byName(tensors: readonly WeightTensor[]): Map<string, WeightTensor> {
  return new Map(tensors.map((t) => [t.name, t]));
}

function assertResnet(path: string, container: string): WeightTensor[] {
  const { weights, container: got, stats } = readPytorchFile(path);
  assert.equal(got, container);
  const p = profile(weights);
  assert.equal(p.params.total, RESNET.params);
  assert.equal(p.params.bytes, RESNET.paramBytes);
  assert.deepEqual(dtypes(p), { float32: [RESNET.params, RESNET.paramBytes] });
  assert.deepEqual(p.weights!.buffers, { tensors: 18, elements: RESNET.buffers, bytes: RESNET.bufferBytes });
  assert.deepEqual(p.weights!.optimizer, { tensors: 0, elements: 0, bytes: 0 });
  assert.equal(p.weights!.tensors, RESNET.tensors);
  assert.equal(uniqueStorages(weights.tensors).length, RESNET.storages);
  // Per module: layer1.0 = two 8->8 convs (1152) + two BNs of 8 (2 * 16) = 1184;
  // layer2.0 = 1152 + 2304 + 128 (convs) + three BNs of 16 (3 * 32) = 3680.
  const modules = Object.fromEntries(p.weights!.modules.map((m) => [m.name, m.params]));
  assert.equal(modules['layer1'], 1184);
  assert.equal(modules['layer2.0.downsample'], 128 + 32);
  assert.equal(modules['layer2'], 3680);
  const t = byName(weights.tensors);
  assert.equal(t.get('fc.weight')!.storageKey, t.get('aux.weight')!.storageKey);
  assert.deepEqual(t.get('layer2.0.conv2.weight')!.dims, [16, 16, 3, 3]);
  assert.equal(t.get('layer2.0.conv2.weight')!.elements, 2304);
  assert.equal(t.get('layer2.0.downsample.1.running_var')!.role, 'buffer');
  assert.equal(t.get('bn1.num_batches_tracked')!.role, 'buffer');
  assert.equal(t.get('bn1.num_batches_tracked')!.dtype, 'int64');
  assert.ok(stats.bytesRead <= 1_000_000 + readFileSync(path).length, 'reads are bounded');
  assert.deepEqual(weights.warnings, []);
  return [...weights.tensors];
}

describe('PyTorch reader: files written by torch (test/fixtures/pytorch)', () => {
  test('zip state_dict: params, BN buffers apart, tied weight counted once', () => {
    assertResnet(fixture('resnet_state_dict.pt'), 'zip');
  });

  test('legacy (non-zip) torch.save: the same numbers, storages checked by their 8-byte headers', () => {
    assertResnet(fixture('resnet_legacy.pt'), 'legacy');
  });

  test('whole pickled module (torch.save(model)): roles from _parameters and _buffers, same names as its state_dict', () => {
    const names = assertResnet(fixture('resnet_module.pt'), 'zip').map((t) => t.name).sort();
    const sd = readPytorchFile(fixture('resnet_state_dict.pt')).weights.tensors.map((t) => t.name).sort();
    assert.deepEqual(names, sd);
  });

  test('TorchScript archive: attributes walked, roles from the classes\' __parameters__/__buffers__', () => {
    const names = assertResnet(fixture('resnet_torchscript.pt'), 'torchscript').map((t) => t.name).sort();
    const sd = readPytorchFile(fixture('resnet_state_dict.pt')).weights.tensors.map((t) => t.name).sort();
    assert.deepEqual(names, sd);
  });

  test('training checkpoint: model weights under their module names, Adam state and EMA apart', () => {
    const { weights } = readPytorchFile(fixture('resnet_checkpoint.pt'));
    const p = profile(weights);
    assert.equal(p.params.total, RESNET.params);
    assert.equal(p.weights!.buffers.elements, RESNET.buffers);
    // Adam: exp_avg + exp_avg_sq per parameter (2 * 5266 = 10,532) and one float32 `step` for each
    // of the 20 parameter tensors (the tied aux.weight is one parameter) = 10,552 elements;
    // the EMA copy: 5266 params + 150 buffers = 5416. Optimizer state: 15,968 elements.
    assert.equal(p.weights!.optimizer.elements, 10_552 + 5416);
    // 10,552 * 4 + (21,064 + 624) = 63,896 bytes
    assert.equal(p.weights!.optimizer.bytes, 63_896);
    const t = byName(weights.tensors);
    assert.equal(t.get('layer1.0.conv1.weight')!.role, 'param');
    assert.equal(t.get('optimizer_state_dict.state.0.exp_avg_sq')!.role, 'optimizer');
    assert.deepEqual(t.get('optimizer_state_dict.state.0.exp_avg_sq')!.dims, [8, 3, 3, 3]);
    assert.equal(t.get('ema.fc.weight')!.role, 'optimizer');
  });

  test('quantized (qint8) state_dict: per-channel weights with their scales, module scale/zero_point not weights', () => {
    const { weights } = readPytorchFile(fixture('quantized_qint8.pt'));
    const p = profile(weights);
    // conv.weight 4*3*3*3 = 108 qint8 + conv.bias 4 float32 + fc.weight 2*4 = 8 qint8 + fc.bias 2 float32
    assert.equal(p.params.total, 108 + 4 + 8 + 2);
    assert.deepEqual(dtypes(p), {
      // conv and fc weights alike: 108 + 8 = 116 qint8, one byte each
      'qint8 (per-channel affine (axis 0))': [116, 116],
      float32: [6, 24],
    });
    const t = byName(weights.tensors);
    assert.equal(t.get('conv.weight')!.quantization, 'per-channel affine (axis 0)');
    assert.equal(t.get('fc.weight')!.quantization, 'per-channel affine (axis 0)');
    // Not weights: per-channel scales (4 + 2 float64, 48 B) and zero points (4 + 2 int64, 48 B),
    // and the one-element scale/zero_point of quant, conv and fc (3 * (4 + 8) = 36 B):
    // 6 + 6 + 6 = 18 elements, 48 + 48 + 36 = 132 bytes.
    assert.deepEqual(p.params.nonWeight, { elements: 18, bytes: 132 });
    assert.equal(t.get('conv.weight.q_scales')!.role, 'non-weight');
    assert.equal(t.get('conv.scale')!.role, 'non-weight');
    assert.equal(t.get('quant.zero_point')!.role, 'non-weight');
  });

  test('bfloat16 and float16 weights: bytes by dtype', () => {
    const { weights } = readPytorchFile(fixture('half_bf16.pt'));
    // embed 32*16 = 512 bfloat16 (1024 B); proj 16*16 + 16 = 272 float16 (544 B); norm 16 + 16 = 32 float32 (128 B)
    assert.deepEqual(dtypes(profile(weights)), { bfloat16: [512, 1024], float16: [272, 544], float32: [32, 128] });
  });

  test('every tensor matches what torch itself recorded (facts.json)', () => {
    const facts = JSON.parse(readFileSync(fixture('facts.json'), 'utf8')) as { files: Record<string, Array<{ name: string; dtype: string; dims: number[]; storage_bytes: number }>> };
    const torchDtype: Record<string, string> = { float: 'float32' };
    for (const [file, list] of Object.entries(facts.files)) {
      const ours = byName(readPytorchFile(fixture(file)).weights.tensors);
      for (const f of list) {
        const name = f.name.replace(/^model_state_dict\./, '').replace(/_packed_params\._packed_params\.0$/, 'weight').replace(/_packed_params\._packed_params\.1$/, 'bias');
        const t = ours.get(name);
        assert.ok(t, `${file}: ${name} missing`);
        assert.equal(t.dtype, torchDtype[f.dtype] ?? f.dtype, `${file}: ${name}`);
        assert.deepEqual(t.dims, f.dims, `${file}: ${name}`);
        assert.equal(t.bytes, f.storage_bytes, `${file}: ${name}`);
      }
    }
  });

  test('recognition: zip with data.pkl or legacy magic is ours; ONNX and other blobs are not', () => {
    assert.equal(isPytorchFile(fixture('resnet_state_dict.pt')), true);
    assert.equal(isPytorchFile(fixture('resnet_legacy.pt')), true);
    assert.equal(isPytorchFile(fixture('resnet_torchscript.pt')), true);
    assert.equal(isPytorchFile(fixture('facts.json')), false);
  });

  test('in memory reads give the same result as from the file', () => {
    for (const f of ['resnet_state_dict.pt', 'resnet_legacy.pt', 'resnet_torchscript.pt']) {
      assert.deepEqual(readPytorchBytes(readFileSync(fixture(f)), f).weights, readPytorchFile(fixture(f)).weights);
    }
  });

  test('a file that is not PyTorch is a one-line ModelFileError', () => {
    assert.throws(() => readPytorchFile(fixture('facts.json')), (e: unknown) => e instanceof ModelFileError && /not a PyTorch file/.test(e.message) && !e.message.includes('\n'));
  });
});
