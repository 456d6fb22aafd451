/**
 * GPTQ/AWQ weights in a Hugging Face `.bin`: the quantization_config of the config.json beside
 * it unpacks `.qweight` as the safetensors reader does (findings #4).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readPytorchFile } from '../../src/formats/pytorch/reader.js';
import { readModel, sideFileLocations } from '../../src/formats/registry.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import { stateDictZipItems, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor } from '../support/pytorch-writer.js';

/**
 * One GPTQ 4-bit linear 64 -> 32, group 32, as AutoGPTQ stores it: qweight [64 * 4 / 32, 32] =
 * [8, 32] int32, qzeros [64 / 32, 32 * 4 / 32] = [2, 4] int32, scales [2, 32] float16, g_idx [64]
 * int32, bias [32] float16.
 */
const GPTQ: FakeTensor[] = [
  { name: 'l.qweight', storageType: 'IntStorage', key: '0', numel: 256, dims: [8, 32] },
  { name: 'l.qzeros', storageType: 'IntStorage', key: '1', numel: 8, dims: [2, 4] },
  { name: 'l.scales', storageType: 'HalfStorage', key: '2', numel: 64, dims: [2, 32] },
  { name: 'l.g_idx', storageType: 'IntStorage', key: '3', numel: 64, dims: [64] },
  { name: 'l.bias', storageType: 'HalfStorage', key: '4', numel: 32, dims: [32] },
];

function folder(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mb-gptq-bin-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

const gptqConfig = JSON.stringify({ model_type: 'llama', quantization_config: { quant_method: 'gptq', bits: 4, group_size: 32 } });

function summary(w: WeightsFile) {
  const p = profileWeights(w, { path: 'm.bin', format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 0, sideFileBytes: 0 });
  const sum = (role: string): number => w.tensors.filter((t) => t.role === role).reduce((a, t) => a + t.elements, 0);
  return { params: p.params.total, bytes: p.params.bytes, buffers: sum('buffer'), nonWeight: sum('non-weight') };
}

describe('PyTorch .bin with a Hugging Face quantization_config', () => {
  test('GPTQ 4-bit: qweight unpacks to 8 values per int32 word, scales and zero points are buffers, as in safetensors', async () => {
    const dir = folder({ 'pytorch_model.bin': zipBytes(stateDictZipItems(GPTQ, { folder: 'pytorch_model' })), 'config.json': gptqConfig });
    const { weights } = readPytorchFile(join(dir, 'pytorch_model.bin'));
    // Params: qweight 8 * 32 = 256 words * 8 = 2,048 uint4 (1,024 bytes) + bias 32 float16 (64 bytes) = 2,080, 1,088 bytes.
    // Buffers: scales 2 * 32 = 64 + qzeros 2 * 4 = 8 = 72. Not weights: g_idx 64.
    assert.deepEqual(summary(weights), { params: 2080, bytes: 1088, buffers: 72, nonWeight: 64 });
    const q = weights.tensors.find((t) => t.name === 'l.qweight')!;
    assert.deepEqual([q.dtype, q.dims, q.quantization], ['uint4', [64, 32], 'GPTQ 4-bit, group 32 (8 values per int32)']);
    assert.equal(weights.metadata.get('quantization'), 'GPTQ 4-bit, group 32 (8 values per int32)');
    assert.deepEqual(weights.warnings, []);
    assert.deepEqual(weights.sideFiles, ['config.json']);
    // Through the registry: the gate brings config.json beside a .bin (io/ leaves a missing one missing).
    assert.deepEqual(await sideFileLocations('m/pytorch_model.bin', null), ['config.json']);
    const loaded = await readModel(join(dir, 'pytorch_model.bin'));
    assert.equal(loaded.kind === 'weights' ? loaded.sideFileBytes : -1, Buffer.byteLength(gptqConfig));
  });

  test('AWQ packs along the output: qweight [64, 4] int32 is 64 x 32 = 2,048 values', () => {
    const awq = GPTQ.map((t) => (t.name === 'l.qweight' ? { ...t, dims: [64, 4] } : t));
    const dir = folder({
      'pytorch_model.bin': zipBytes(stateDictZipItems(awq, { folder: 'pytorch_model' })),
      'config.json': JSON.stringify({ quantization_config: { quant_method: 'awq', bits: 4, group_size: 32 } }),
    });
    const { weights } = readPytorchFile(join(dir, 'pytorch_model.bin'));
    assert.deepEqual(weights.tensors.find((t) => t.name === 'l.qweight')!.dims, [64, 32]);
    assert.deepEqual(summary(weights), { params: 2080, bytes: 1088, buffers: 72, nonWeight: 64 });
  });

  test('without a quantization_config the packed words stay out of params, with a warning that says so, and scales are buffers', () => {
    const bin = zipBytes(stateDictZipItems(GPTQ, { folder: 'pytorch_model' }));
    // No config.json; a config.json without quantization_config; a .pt (not Hugging Face's .bin) beside a GPTQ config.
    const cases = [
      join(folder({ 'pytorch_model.bin': bin }), 'pytorch_model.bin'),
      join(folder({ 'pytorch_model.bin': bin, 'config.json': JSON.stringify({ model_type: 'llama' }) }), 'pytorch_model.bin'),
      join(folder({ 'model.pt': bin, 'config.json': gptqConfig }), 'model.pt'),
    ];
    for (const path of cases) {
      const { weights } = readPytorchFile(path);
      // Params: bias 32 float16 (64 bytes). Buffers: scales 64 + qzeros 8. Not weights: qweight 256 words + g_idx 64 = 320.
      assert.deepEqual(summary(weights), { params: 32, bytes: 64, buffers: 72, nonWeight: 320 }, path);
      assert.match(weights.warnings.join('\n'), /\.qweight\) without a quantization_config .*params leave out the packed int32 words/, path);
    }
  });

  test('a quant_method we do not unpack is said so; a file without .qweight does not read config.json at all', () => {
    const bin = zipBytes(stateDictZipItems(GPTQ, { folder: 'pytorch_model' }));
    const dir = folder({ 'pytorch_model.bin': bin, 'config.json': JSON.stringify({ quantization_config: { quant_method: 'eetq' } }) });
    const { weights } = readPytorchFile(join(dir, 'pytorch_model.bin'));
    assert.deepEqual(summary(weights), { params: 32, bytes: 64, buffers: 72, nonWeight: 320 });
    assert.match(weights.warnings.join('\n'), /quant_method "eetq" is not one we unpack in a PyTorch file/);
    const broken = folder({ 'pytorch_model.bin': bin, 'config.json': '{not json' });
    assert.match(readPytorchFile(join(broken, 'pytorch_model.bin')).weights.warnings.join('\n'), /config\.json is not valid JSON; its quantization_config is not used\n.*without a quantization_config/);
    const plain = folder({ 'pytorch_model.bin': zipBytes(stateDictZipItems(GPTQ.slice(4), { folder: 'pytorch_model' })), 'config.json': '{not json' });
    const read = readPytorchFile(join(plain, 'pytorch_model.bin')).weights;
    assert.deepEqual([read.warnings, read.sideFiles], [[], []]);
  });
});
