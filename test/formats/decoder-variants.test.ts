/**
 * LLM figures for decoders that differ from Llama (which layers use a sliding window, latent
 * attention, dense layers in MoE models), from a Hugging Face config.json and from GGUF metadata,
 * each worked by hand on the tiny Llama of docs/metrics.md: h = 8, H = 2, Hkv = 1, d = dv = 4,
 * f = 12, V = 16, 2-byte cache. One cached position of one layer is Hkv*(d + dv)*2 = 16 bytes and
 * costs H*(d + dv) = 16 score MACs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHfConfig } from '../../src/formats/safetensors/hf-config.js';
import { readGgufBytes } from '../../src/formats/gguf/reader.js';
import { decoderFigures } from '../../src/profile/llm.js';
import { ggufBytes, str, u32 } from '../support/weight-writers.js';
import type { GgufKv } from '../support/weight-writers.js';

const none = new Set<string>();
const tiny = (extra: Record<string, unknown>): string => JSON.stringify({
  hidden_size: 8, num_hidden_layers: 2, num_attention_heads: 2, num_key_value_heads: 1, intermediate_size: 12, vocab_size: 16,
  max_position_embeddings: 64, ...extra,
});
/** KV-cache bytes at context 64 and score MACs, from a config.json's text. */
function atContext64(text: string): { kv: number; scores: number; warnings: readonly string[] } {
  const c = parseHfConfig(text, none);
  assert.ok(c.decoder, `no decoder: ${c.warnings.join('; ')}`);
  const f = decoderFigures(c.decoder, { context: 64 });
  return { kv: f.kvCacheBytesAtContext, scores: f.macs.attentionScores, warnings: c.warnings };
}

describe('config.json: which layers use the sliding window', () => {
  test('layer_types naming no sliding layer: every layer attends to the whole context', () => {
    // 2 layers x 64 positions = 128 attended: 128 * 16 = 2,048 bytes and 2,048 score MACs. Taking
    // "no sliding layer" for "every layer" gave 2 x min(64, 4) = 8 positions: 128 bytes.
    const r = atContext64(tiny({ model_type: 'mistral', sliding_window: 4, layer_types: ['full_attention', 'full_attention'] }));
    assert.deepEqual([r.kv, r.scores], [2048, 2048]);
    // One of each: 4 + 64 = 68 positions, 1,088 bytes.
    assert.equal(atContext64(tiny({ model_type: 'mistral', sliding_window: 4, layer_types: ['sliding_attention', 'full_attention'] })).kv, 1088);
  });

  test('Qwen2/Qwen3: use_sliding_window true windows the layers from max_window_layers on; absent means off', () => {
    // max_window_layers 1 of 2: layer 1 windowed (4), layer 0 full (64): 68 positions, 1,088 bytes (was 128: both windowed).
    assert.equal(atContext64(tiny({ model_type: 'qwen2', use_sliding_window: true, sliding_window: 4, max_window_layers: 1 })).kv, 1088);
    // Qwen's default max_window_layers 28 is past both layers: no layer windowed, 2,048 bytes (was 128).
    assert.equal(atContext64(tiny({ model_type: 'qwen3', use_sliding_window: true, sliding_window: 4, max_window_layers: 28 })).kv, 2048);
    // transformers' Qwen2Config defaults use_sliding_window to false: a stated sliding_window alone windows nothing.
    assert.equal(atContext64(tiny({ model_type: 'qwen2', sliding_window: 4 })).kv, 2048);
  });

  test('gpt-oss without layer_types alternates windowed and full layers, as GptOssConfig does', () => {
    // Layer 0 windowed (4), layer 1 full (64): 68 positions, 1,088 bytes (was both windowed: 128).
    assert.equal(atContext64(tiny({ model_type: 'gpt_oss', sliding_window: 4 })).kv, 1088);
  });

  test('Cohere 2: every sliding_window_pattern-th layer (default 4) is global', () => {
    // 4 layers, pattern 4: layers 0-2 windowed (3 x 4 = 12), layer 3 full (64): 76 positions, 1,216 bytes (was 4 x 4 = 16: 256).
    const r = atContext64(tiny({ model_type: 'cohere2', num_hidden_layers: 4, sliding_window: 4 }));
    assert.equal(r.kv, 1216);
    // Pattern 2 stated: layers 0 and 2 windowed: 2 x 4 + 2 x 64 = 136 positions, 2,176 bytes.
    assert.equal(atContext64(tiny({ model_type: 'cohere2', num_hidden_layers: 4, sliding_window: 4, sliding_window_pattern: 2 })).kv, 2176);
  });
});

describe('config.json: attention and MLP the formulas do not model are said so', () => {
  test('DeepSeek-V2 multi-head latent attention (kv_lora_rank): no figures, with the reason', () => {
    // DeepSeek-V2-Lite: h = 2048, 16 heads, 27 layers. Without a head_dim, d was taken as 2048 / 16 = 128 and
    // the cache as 27 x 16 x (128 + 128) x 2 = 221,184 bytes a token; MLA caches (kv_lora_rank 512 +
    // qk_rope_head_dim 64) x 27 x 2 = 31,104, and its projections go through the low-rank matrices.
    const c = parseHfConfig(JSON.stringify({
      model_type: 'deepseek_v2', hidden_size: 2048, num_hidden_layers: 27, num_attention_heads: 16, num_key_value_heads: 16,
      intermediate_size: 10944, moe_intermediate_size: 1408, n_routed_experts: 64, num_experts_per_tok: 6, n_shared_experts: 2,
      first_k_dense_replace: 1, kv_lora_rank: 512, q_lora_rank: null, qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128,
      vocab_size: 102400, max_position_embeddings: 163840,
    }), none);
    assert.equal(c.decoder, undefined);
    assert.ok(c.warnings.includes('config.json: multi-head latent attention (kv_lora_rank) is not modelled; LLM figures are not available'), c.warnings.join('\n'));
  });

  test('Llama 4: each MoE block has a shared expert as wide as intermediate_size; interleaved dense layers are said', () => {
    const llama4 = (extra: Record<string, unknown>) => parseHfConfig(JSON.stringify({
      model_type: 'llama4', text_config: JSON.parse(tiny({
        model_type: 'llama4_text', head_dim: 4, intermediate_size_mlp: 24, num_local_experts: 4, num_experts_per_tok: 1, ...extra,
      })) as unknown,
    }), none);
    const scout = llama4({ interleave_moe_layer_step: 1 });
    assert.deepEqual(scout.warnings, []);
    // Per layer: 1 routed expert 3*h*f = 3*8*12 = 288 plus the shared one 288, x 2 layers = 1,152 (was 576:
    // no shared expert); router 2 x 8 x 4 = 64.
    const f = decoderFigures(scout.decoder!, { context: 64 });
    assert.deepEqual([f.macs.mlp, f.macs.router], [1152, 64]);
    // Maverick: MoE every 2nd layer, dense (intermediate_size_mlp) between; moe_layers naming fewer than every layer likewise.
    const dense = /some layers are dense rather than MoE/;
    assert.match(llama4({ interleave_moe_layer_step: 2 }).warnings.join('\n'), dense);
    assert.match(llama4({ moe_layers: [1] }).warnings.join('\n'), dense);
    assert.deepEqual(llama4({ moe_layers: [0, 1] }).warnings, []);
  });

  test('MoE dense-layer keys at their all-MoE values are no warning; a dense layer is', () => {
    const moe = (extra: Record<string, unknown>): readonly string[] => parseHfConfig(tiny({
      model_type: 'qwen2_moe', moe_intermediate_size: 4, num_experts: 4, num_experts_per_tok: 2, ...extra,
    }), none).warnings;
    // Qwen1.5-MoE-A2.7B's config.json: decoder_sparse_step 1, mlp_only_layers [] (every layer sparse).
    assert.deepEqual(moe({ decoder_sparse_step: 1, mlp_only_layers: [] }), []);
    assert.deepEqual(moe({ first_k_dense_replace: 0 }), []);
    const dense = /some layers are dense rather than MoE/;
    assert.match(moe({ decoder_sparse_step: 1, mlp_only_layers: [0] }).join('\n'), dense);
    assert.match(moe({ decoder_sparse_step: 2 }).join('\n'), dense);
    assert.match(moe({ first_k_dense_replace: 1 }).join('\n'), dense);
  });
});

describe('config.json: key/value heads and MLP widths a model class sets by default', () => {
  const FALCON_7B = {
    model_type: 'falcon', hidden_size: 4544, num_hidden_layers: 32, num_attention_heads: 71, multi_query: true,
    new_decoder_architecture: false, vocab_size: 65024, torch_dtype: 'bfloat16',
  };
  test('Falcon-7B: multi_query is one key/value head whatever num_kv_heads says; its MLP is 4 x hidden', () => {
    // A re-saved config states num_kv_heads 71 (FalconConfig's default, the head count), which Falcon's
    // attention ignores under multi_query: 32 layers x 1 head x (64 + 64) x 2 bytes = 8,192 bytes a
    // token, not 32 x 71 x 128 x 2 = 581,632.
    const resaved = parseHfConfig(JSON.stringify({ ...FALCON_7B, num_kv_heads: 71, ffn_hidden_size: 18176 }), none);
    assert.equal(resaved.decoder?.kvHeads, 1);
    assert.equal(decoderFigures(resaved.decoder!).kvCacheBytesPerToken, 8192);
    // The original config states no MLP width: FalconConfig's default is 4 x 4544 = 18,176 (was no figures).
    const original = parseHfConfig(JSON.stringify(FALCON_7B), none);
    assert.deepEqual([original.decoder?.kvHeads, original.decoder?.intermediateSize, original.warnings], [1, 18176, []]);
    // Falcon-40B's new decoder architecture reads num_kv_heads.
    const big = parseHfConfig(JSON.stringify({ ...FALCON_7B, hidden_size: 8192, num_attention_heads: 128, num_kv_heads: 8, new_decoder_architecture: true }), none);
    assert.equal(big.decoder?.kvHeads, 8);
  });

  test('GPT-J and GPT-BigCode: n_inner null is 4 x n_embd', () => {
    const gptj = parseHfConfig(JSON.stringify({ model_type: 'gptj', n_embd: 4096, n_layer: 28, n_head: 16, n_inner: null, vocab_size: 50400, n_positions: 2048 }), none);
    assert.equal(gptj.decoder?.intermediateSize, 16384);
    const bigcode = parseHfConfig(JSON.stringify({ model_type: 'gpt_bigcode', n_embd: 2048, n_layer: 24, n_head: 16, n_inner: null, multi_query: true, vocab_size: 49280 }), none);
    assert.deepEqual([bigcode.decoder?.intermediateSize, bigcode.decoder?.kvHeads], [8192, 1]);
  });
});

describe('GGUF metadata: sliding-window layers llama.cpp fixes per architecture, latent attention', () => {
  const gguf = (arch: string, extra: Array<readonly [string, GgufKv]>) => readGgufBytes(ggufBytes({
    version: 3,
    metadata: [
      ['general.architecture', str(arch)], [`${arch}.block_count`, u32(4)], [`${arch}.embedding_length`, u32(8)],
      [`${arch}.attention.head_count`, u32(2)], [`${arch}.attention.head_count_kv`, u32(1)], [`${arch}.feed_forward_length`, u32(12)],
      [`${arch}.vocab_size`, u32(16)], [`${arch}.context_length`, u32(64)],
      ...extra.map(([k, v]) => [`${arch}.${k}`, v] as const),
    ],
    tensors: [],
  }), 'm.gguf').weights;

  test('gpt-oss alternates windowed and full layers; cohere2 windows 3 of every 4', () => {
    // llama.cpp set_swa_pattern(2) for gpt-oss: layers 0 and 2 windowed (4 each), 1 and 3 full (64):
    // 136 positions, 2,176 bytes at context 64 (was every layer windowed: 16 positions, 256 bytes).
    const oss = gguf('gpt-oss', [['attention.sliding_window', u32(4)]]);
    assert.equal(oss.decoder?.slidingWindowLayers, 2);
    assert.equal(decoderFigures(oss.decoder!, { context: 64 }).kvCacheBytesAtContext, 2176);
    // set_swa_pattern(4) for cohere2: 3 x 4 + 64 = 76 positions, 1,216 bytes.
    const cohere = gguf('cohere2', [['attention.sliding_window', u32(4)]]);
    assert.equal(cohere.decoder?.slidingWindowLayers, 3);
    assert.equal(decoderFigures(cohere.decoder!, { context: 64 }).kvCacheBytesAtContext, 1216);
    // An architecture named like an Object property is no pattern: every layer windowed, 4 x 4 x 16 = 256 bytes.
    const proto = gguf('constructor', [['attention.sliding_window', u32(4)]]);
    assert.equal(decoderFigures(proto.decoder!, { context: 64 }).kvCacheBytesAtContext, 256);
  });

  test('deepseek2 multi-head latent attention (attention.kv_lora_rank): no figures, with the reason', () => {
    // key_length 192 / value_length 128 gave 4 x 1 x 320 x 2 = 2,560 cache bytes a token and per-head
    // projections, neither of which MLA has.
    const w = gguf('deepseek2', [['attention.key_length', u32(192)], ['attention.value_length', u32(128)], ['attention.kv_lora_rank', u32(512)]]);
    assert.equal(w.decoder, undefined);
    assert.deepEqual(w.warnings, ['GGUF metadata states "deepseek2.attention.kv_lora_rank": multi-head latent attention is not modelled; LLM figures are not available']);
  });

  test('llama4: the shared expert width from its tensors; interleaved dense blocks are said', () => {
    // llama.cpp's converter writes expert_feed_forward_length (12) but no shared-expert width; blk.N.ffn_up_shexp
    // is {n_embd 8, n_ff 12}; ffn_gate_shexp makes it gated. MLP per layer: 1 routed 3*8*12 = 288 + shared 288; x 4 layers = 2,304 (was 1,152).
    const shexp = (i: number) => ({ name: `blk.${i}.ffn_up_shexp.weight`, ne: [8, 12], type: 0, bytes: 8 * 12 * 4 });
    const moe: Array<readonly [string, GgufKv]> = [['expert_count', u32(4)], ['expert_used_count', u32(1)], ['expert_feed_forward_length', u32(12)]];
    const scout = readGgufBytes(ggufBytes({
      version: 3,
      metadata: [
        ['general.architecture', str('llama4')], ['llama4.block_count', u32(4)], ['llama4.embedding_length', u32(8)], ['llama4.attention.head_count', u32(2)],
        ['llama4.feed_forward_length', u32(24)], ['llama4.vocab_size', u32(16)], ['llama4.interleave_moe_layer_step', u32(1)],
        ...moe.map(([k, v]) => [`llama4.${k}`, v] as const),
      ],
      tensors: [shexp(0), shexp(1), { name: 'blk.0.ffn_gate_shexp.weight', ne: [8, 12], type: 0, bytes: 8 * 12 * 4 }],
    }), 'scout.gguf').weights;
    assert.deepEqual([scout.decoder?.sharedExpertIntermediateSize, scout.warnings], [12, []]);
    assert.equal(decoderFigures(scout.decoder!, { context: 8 }).macs.mlp, 2304);
    assert.match(gguf('llama4', [...moe, ['interleave_moe_layer_step', u32(2)]]).warnings.join('\n'), /only every interleave_moe_layer_step-th block is MoE/);
  });

  test('leading_dense_block_count 0 is no dense-layer warning', () => {
    const moe: Array<readonly [string, GgufKv]> = [['expert_count', u32(4)], ['expert_used_count', u32(2)]];
    assert.deepEqual(gguf('qwen2moe', [...moe, ['leading_dense_block_count', u32(0)]]).warnings, []);
    assert.match(gguf('qwen2moe', [...moe, ['leading_dense_block_count', u32(1)]]).warnings.join('\n'), /leading blocks are dense/);
  });
});
