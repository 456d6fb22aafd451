import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DecoderSpec, WeightTensor } from '../../src/formats/weights.js';
import { decoderFigures } from '../../src/profile/llm.js';

/** The tiny Llama of test/fixtures/safetensors/tiny-llama (config.json). */
const TINY_LLAMA: DecoderSpec = {
  architecture: 'llama', hiddenSize: 8, layers: 2, heads: 2, kvHeads: 1, headDim: 4, intermediateSize: 12, vocabSize: 16,
  gatedMlp: true, tiedEmbeddings: false, maxContext: 64, kvCacheElementBytes: 2,
};

describe('decoder-only LLM figures, worked by hand', () => {
  test('tiny Llama (GQA, gated MLP) at its max context of 64', () => {
    const f = decoderFigures(TINY_LLAMA);
    assert.equal(f.context, 64);
    assert.equal(f.contextSource, 'model');
    // h = 8, L = 2, H = 2, Hkv = 1, d = dv = 4, f = 12, V = 16, context c = 64.
    // Projections per layer: Q h*H*d = 8*2*4 = 64, K h*Hkv*d = 32, V h*Hkv*dv = 32, O H*dv*h = 64 -> 192; x 2 layers = 384.
    // Scores: H*(d + dv)*c per layer = 2*8*64 = 1024; x 2 = 2048.
    // MLP (gated, 3 matrices): 3*h*f = 3*8*12 = 288; x 2 = 576.   LM head: h*V = 8*16 = 128.
    assert.deepEqual(f.macs, { attentionProjections: 384, attentionScores: 2048, mlp: 576, router: 0, lmHead: 128 });
    assert.equal(f.macsPerToken, 384 + 2048 + 576 + 128); // 3136
    // KV cache per token: L*Hkv*(d + dv)*2 bytes = 2*1*8*2 = 32; at 64 tokens: 32*64 = 2048.
    assert.equal(f.kvCacheBytesPerToken, 32);
    assert.equal(f.kvCacheBytesAtContext, 2048);
    assert.deepEqual(f.warnings, []);
    assert.equal(f.moe, undefined);
  });

  test('a context from the config; plain MLP (GPT-2 style)', () => {
    const f = decoderFigures({ ...TINY_LLAMA, gatedMlp: false }, { context: 10 });
    assert.equal(f.contextSource, 'config');
    // Scores: 2 layers * 2*8*10 = 320. MLP: 2 matrices * 8*12 = 192 per layer, 384.
    assert.equal(f.macs.attentionScores, 320);
    assert.equal(f.macs.mlp, 384);
    assert.equal(f.kvCacheBytesAtContext, 32 * 10);
  });

  test('the default context is the model maximum capped at 4096, with a warning', () => {
    const f = decoderFigures({ ...TINY_LLAMA, maxContext: 131072 });
    assert.equal(f.context, 4096);
    assert.equal(f.contextSource, 'default');
    assert.match(f.warnings[0]!, /figures are at context 4096, not the model's maximum of 131072 \(set dims: \{ context: N \} to choose\)/);
    const { maxContext: _drop, ...noMax } = TINY_LLAMA;
    assert.match(decoderFigures(noMax).warnings[0]!, /states no maximum context/);
    assert.match(decoderFigures(TINY_LLAMA, { context: 100 }).warnings[0]!, /longer than the model's maximum of 64/);
  });

  test('MoE with a sliding window: active experts, router, window-capped scores and cache', () => {
    // h = 4, L = 2, H = Hkv = 2, d = 2, f = 6 per expert, V = 10, 4 experts, 2 per token, window 3, context 5.
    const spec: DecoderSpec = {
      architecture: 'mixtral', hiddenSize: 4, layers: 2, heads: 2, kvHeads: 2, headDim: 2, intermediateSize: 6, vocabSize: 10,
      gatedMlp: true, tiedEmbeddings: false, maxContext: 32, slidingWindow: 3, experts: 4, expertsPerToken: 2,
    };
    // Expert tensors: per layer 4 experts x 3 matrices of 4x6 = 288; 576 in all. Other params: 100.
    const tensors: WeightTensor[] = [];
    for (let l = 0; l < 2; l++) {
      for (let e = 0; e < 4; e++) {
        for (const w of ['w1', 'w2', 'w3']) {
          tensors.push({ name: `model.layers.${l}.block_sparse_moe.experts.${e}.${w}.weight`, dtype: 'float16', dims: [6, 4], elements: 24, bytes: 48, role: 'param' });
        }
      }
    }
    tensors.push({ name: 'model.embed_tokens.weight', dtype: 'float16', dims: [10, 10], elements: 100, bytes: 200, role: 'param' });
    const f = decoderFigures(spec, { context: 5, tensors });
    // Projections: (4*2*2)*4 = 64 per layer, 128. Attended positions: min(5, 3) = 3 per layer, 6 in all;
    // scores H*(d + dv)*6 = 2*4*6 = 48. MLP: k*3*h*f = 2*3*4*6 = 144 per layer, 288. Router: h*E = 16 per layer, 32.
    // LM head: 4*10 = 40.
    assert.deepEqual(f.macs, { attentionProjections: 128, attentionScores: 48, mlp: 288, router: 32, lmHead: 40 });
    assert.equal(f.macsPerToken, 536);
    // KV per token: 2*2*(2 + 2)*2 bytes = 32; at context 5 with window 3: 2*4*2 * 6 positions = 96.
    assert.equal(f.kvCacheBytesPerToken, 32);
    assert.equal(f.kvCacheBytesAtContext, 96);
    // Total 676; inactive experts 576 * (1 - 2/4) = 288; active 388.
    assert.deepEqual(f.moe, { totalParams: 676, activeParams: 388, expertParams: 576, expertParamsFrom: 'tensors' });
  });

  test('GGUF expert tensors (_exps), shared experts and local/global layers', () => {
    const spec: DecoderSpec = {
      architecture: 'qwen2moe', hiddenSize: 4, layers: 4, heads: 1, kvHeads: 1, headDim: 4, intermediateSize: 2, vocabSize: 8,
      gatedMlp: true, tiedEmbeddings: true, maxContext: 16, slidingWindow: 2, slidingWindowLayers: 2,
      experts: 8, expertsPerToken: 2, sharedExpertIntermediateSize: 4,
    };
    const exps: WeightTensor = { name: 'blk.0.ffn_up_exps.weight', dtype: 'q4_K', dims: [8, 2, 4], elements: 64, bytes: 36, role: 'param' };
    const shexp: WeightTensor = { name: 'blk.0.ffn_up_shexp.weight', dtype: 'q4_K', dims: [4, 4], elements: 16, bytes: 9, role: 'param' };
    const f = decoderFigures(spec, { context: 10, tensors: [exps, shexp] });
    // Attended: 2 local layers x min(10, 2) + 2 global x 10 = 24; scores H*(d + dv)*24 = 8*24 = 192.
    assert.equal(f.macs.attentionScores, 192);
    // MLP per layer: 2 experts x 3*4*2 = 48, shared 3*4*4 = 48 -> 96; x 4 layers = 384.
    assert.equal(f.macs.mlp, 384);
    // Only the routed experts are partly inactive: 64 * (1 - 2/8) = 48 -> active 80 - 48 = 32.
    assert.deepEqual(f.moe, { totalParams: 80, activeParams: 32, expertParams: 64, expertParamsFrom: 'tensors' });
    assert.equal(f.kvCacheBytesAtContext, 1 * 8 * 2 * 24);
  });

  test('value heads wider than key heads (GGUF value_length)', () => {
    const f = decoderFigures({ ...TINY_LLAMA, valueHeadDim: 6 }, { context: 1 });
    // Per layer: Q 64 + K 32 + V h*Hkv*dv = 8*1*6 = 48 + O H*dv*h = 2*6*8 = 96 -> 240; x 2 = 480.
    assert.equal(f.macs.attentionProjections, 480);
    // KV per token: 2 layers * 1 * (4 + 6) * 2 bytes = 40.
    assert.equal(f.kvCacheBytesPerToken, 40);
  });
});
