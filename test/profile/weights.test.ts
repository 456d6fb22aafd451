/**
 * The params-only path: unique storages, buffers and optimizer state apart, bytes by dtype with
 * quantization, params per module, and costs that need a graph reported as unavailable (null
 * with a reason, "n/a" in every rendering), never 0.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { WeightTensor, WeightsFile } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import { renderProfile } from '../../src/report/profile-format.js';

const f32 = (name: string, dims: number[], role: WeightTensor['role'] = 'param', extra: Partial<WeightTensor> = {}): WeightTensor => {
  const elements = dims.reduce((a, b) => a * b, 1);
  return { name, dtype: 'float32', dims, elements, bytes: elements * 4, role, ...extra };
};

const file: WeightsFile = {
  tensors: [
    f32('layer1.0.conv1.weight', [8, 3, 3, 3]),             // 216 elements, 864 bytes
    f32('layer1.0.bn1.weight', [8]),                       // 8, 32
    f32('layer1.0.bn1.running_mean', [8], 'buffer'),       // 8, 32
    { name: 'layer1.0.bn1.num_batches_tracked', dtype: 'int64', dims: [], elements: 1, bytes: 8, role: 'buffer' },
    f32('fc.weight', [10, 8], 'param', { storageKey: 's7' }), // 80, 320
    f32('embed.weight', [10, 8], 'param', { storageKey: 's7' }), // tied to fc.weight: counts once
    { name: 'q.weight', dtype: 'int8', dims: [4, 4], elements: 16, bytes: 16, role: 'param', quantization: 'per-channel, axis 0' },
    f32('state.0.exp_avg', [10, 8], 'optimizer'),          // 80, 320
    { name: 'pos_ids', dtype: 'int64', dims: [6], elements: 6, bytes: 48, role: 'non-weight' },
  ],
  metadata: new Map([['format', 'pt']]),
  warnings: ['a note from the reader'],
  sideFiles: [],
};

const p = profileWeights(file, { path: 'm.pt', format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 4096, sideFileBytes: 0 });

describe('weights-only profile', () => {
  test('params: unique storages of role param; bytes by dtype with the quantization stated', () => {
    // 216 + 8 + 80 (fc and embed share storage s7) + 16 = 320; bytes 864 + 32 + 320 + 16 = 1232.
    assert.equal(p.params.total, 320);
    assert.equal(p.params.bytes, 1232);
    assert.deepEqual(p.params.byDtype, {
      float32: { elements: 304, bytes: 1216 },
      'int8 (per-channel, axis 0)': { elements: 16, bytes: 16 },
    });
    assert.deepEqual(p.params.nonWeight, { elements: 6, bytes: 48 });
  });

  test('buffers and optimizer state apart, never in params', () => {
    assert.equal(p.weights?.tensors, 9);
    // running_mean 8 elements (32 bytes) + num_batches_tracked 1 (8 bytes).
    assert.deepEqual(p.weights?.buffers, { tensors: 2, elements: 9, bytes: 40 });
    assert.deepEqual(p.weights?.optimizer, { tensors: 1, elements: 80, bytes: 320 });
  });

  test('params per module from dotted names: shallow first, then largest', () => {
    assert.deepEqual(p.weights?.modules, [
      { name: 'layer1', params: 224, bytes: 896 },
      { name: 'fc', params: 80, bytes: 320 },
      { name: 'q', params: 16, bytes: 16 },
      { name: 'layer1.0', params: 224, bytes: 896 },
      { name: 'layer1.0.conv1', params: 216, bytes: 864 },
      { name: 'layer1.0.bn1', params: 8, bytes: 32 },
    ]);
  });

  test('costs are null with the reason, never 0', () => {
    assert.equal(p.totals, null);
    assert.deepEqual(p.unavailable?.metrics, ['macs', 'flops', 'memory', 'peak-memory', 'latency']);
    assert.match(p.unavailable!.reason, /^PyTorch files store weights only/);
    assert.equal(p.model.format, 'pytorch');
    assert.deepEqual(p.warnings, ['a note from the reader']);
  });

  test('every rendering says n/a with the reason', () => {
    const table = renderProfile(p, { format: 'table' });
    // The label comes from the registry ('PyTorch' once registered), the name otherwise.
    assert.match(table, /^format +pytorch zip$/mi);
    assert.match(table, /^MACs +n\/a$/m);
    assert.match(table, /^peak activations +n\/a$/m);
    assert.match(table, /^n\/a because +PyTorch files store weights only/m);
    assert.match(table, /^buffers +9 /m);
    assert.match(table, /^optimizer state +80 /m);
    assert.ok(!/op types/.test(table));
    const md = renderProfile(p, { format: 'md' });
    assert.match(md, /\| FLOPs +\| n\/a +\|/);
    const csv = renderProfile(p, { format: 'csv' });
    assert.match(csv, /^macs,n\/a$/m);
    assert.match(csv, /^unavailable_reason,"PyTorch files store weights only: there is no graph to count MACs, FLOPs, memory access, peak memory or latency on"$/m);
    const json = JSON.parse(renderProfile(p, { format: 'json' }));
    assert.equal(json.totals, null);
    assert.equal(json.unavailable.reason, p.unavailable!.reason);
  });
});

describe('weights-only profile with a decoder spec', () => {
  const spec = {
    architecture: 'llama', hiddenSize: 8, layers: 2, heads: 2, kvHeads: 1, headDim: 4, intermediateSize: 16,
    gatedMlp: true, vocabSize: 32, tiedEmbeddings: false, maxContext: 16, kvCacheElementBytes: 2,
  };
  const q = profileWeights({ ...file, decoder: spec, warnings: [] }, {
    path: 'm.safetensors', format: 'safetensors', formatLabel: 'safetensors', formatVersion: '', fileBytes: 1, sideFileBytes: 0, context: 10,
  });

  test('the LLM figures at the configured context, worked by hand', () => {
    const llm = q.weights?.llm;
    assert.ok(llm);
    // Projections: L*(h*H*d + 2*h*Hkv*d + H*d*h) = 2*(64 + 32 + 32 + 64) = 384.
    // Scores: H*(d+d)*attended = 2*8*(2 layers * 10 positions) = 320.
    // MLP (gated, 3 matrices): L*3*h*f = 2*3*8*16 = 768. LM head: h*vocab = 8*32 = 256.
    assert.equal(llm.macsPerToken, 384 + 320 + 768 + 256);
    assert.equal(llm.context, 10);
    assert.equal(llm.contextSource, 'config');
    // KV cache: L*Hkv*(d+d)*2 bytes = 2*1*8*2 = 32 per token; 320 at 10 tokens.
    assert.equal(llm.kvCacheBytesPerToken, 32);
    assert.equal(llm.kvCacheBytesAtContext, 320);
    assert.equal('warnings' in llm, false);
  });

  test('MACs stay n/a (no graph), the reason says where the LLM figures come from; shown in the table', () => {
    assert.equal(q.totals, null);
    assert.match(q.unavailable!.reason, /LLM figures are estimated from the decoder hyper-parameters/);
    const table = renderProfile(q, { format: 'table' });
    assert.match(table, /^LLM per token +1\.73 ?K MACs at context 10 \(config\)/m);
    assert.match(table, /^KV cache +32 B per token, 320 B at context 10/m);
    assert.match(renderProfile(q, { format: 'csv' }), /^llm_macs_per_token,1728$/m);
  });
});
