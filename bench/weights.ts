/**
 * Synthetic 2 GB+ safetensors and GGUF models and a 100-shard safetensors set for `npm run bench`,
 * written sparse (header bytes, then the file extended to its full size): reading cost must follow
 * the header, so the weights never need to be on disk.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ggufHeader, safetensorsHeader, str, u32 } from '../test/support/weight-writers.js';
import type { GgufKv, GgufTensorSpec, StTensor } from '../test/support/weight-writers.js';

function writeSparse(path: string, header: Buffer, dataBytes: number): number {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, header);
    ftruncateSync(fd, header.byteLength + dataBytes);
  } finally {
    closeSync(fd);
  }
  return header.byteLength + dataBytes;
}

/** Tensors of a Llama-style decoder (hidden h, MLP f, `layers` layers, vocab v) in safetensors naming. */
function llamaTensors(h: number, f: number, layers: number, v: number, dtype: string): StTensor[] {
  const t: StTensor[] = [{ name: 'model.embed_tokens.weight', dtype, shape: [v, h] }];
  for (let l = 0; l < layers; l++) {
    const p = `model.layers.${l}`;
    t.push(
      { name: `${p}.self_attn.q_proj.weight`, dtype, shape: [h, h] },
      { name: `${p}.self_attn.k_proj.weight`, dtype, shape: [h / 4, h] },
      { name: `${p}.self_attn.v_proj.weight`, dtype, shape: [h / 4, h] },
      { name: `${p}.self_attn.o_proj.weight`, dtype, shape: [h, h] },
      { name: `${p}.mlp.gate_proj.weight`, dtype, shape: [f, h] },
      { name: `${p}.mlp.up_proj.weight`, dtype, shape: [f, h] },
      { name: `${p}.mlp.down_proj.weight`, dtype, shape: [h, f] },
      { name: `${p}.input_layernorm.weight`, dtype, shape: [h] },
      { name: `${p}.post_attention_layernorm.weight`, dtype, shape: [h] },
    );
  }
  t.push({ name: 'model.norm.weight', dtype, shape: [h] }, { name: 'lm_head.weight', dtype, shape: [v, h] });
  return t;
}

const CONFIG = (h: number, f: number, layers: number, v: number): string => JSON.stringify({
  model_type: 'llama', hidden_size: h, intermediate_size: f, num_hidden_layers: layers, num_attention_heads: 16, num_key_value_heads: 4,
  vocab_size: v, max_position_embeddings: 8192, torch_dtype: 'bfloat16',
});

/** One 2 GB+ bf16 safetensors file (h 2048, f 5632, 22 layers, vocab 32000: about 1.1 B params). */
export function writeLargeSafetensors(dir: string): { path: string; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const { header, dataBytes } = safetensorsHeader(llamaTensors(2048, 5632, 22, 32000, 'BF16'), { format: 'pt' });
  writeFileSync(join(dir, 'config.json'), CONFIG(2048, 5632, 22, 32000));
  return { path: join(dir, 'model.safetensors'), bytes: writeSparse(join(dir, 'model.safetensors'), header, dataBytes) };
}

/** The same model in 100 shards with an index (about 2.2 GB in all). */
export function writeShardedSafetensors(dir: string, shards = 100): { path: string; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const tensors = llamaTensors(2048, 5632, 22, 32000, 'BF16');
  const weightMap: Record<string, string> = {};
  let bytes = 0;
  for (let s = 0; s < shards; s++) {
    const file = `model-${String(s + 1).padStart(5, '0')}-of-${String(shards).padStart(5, '0')}.safetensors`;
    const part = tensors.filter((_, i) => i % shards === s);
    for (const t of part) weightMap[t.name] = file;
    const { header, dataBytes } = safetensorsHeader(part, { format: 'pt' });
    bytes += writeSparse(join(dir, file), header, dataBytes);
  }
  const index = JSON.stringify({ metadata: {}, weight_map: weightMap });
  writeFileSync(join(dir, 'model.safetensors.index.json'), index);
  writeFileSync(join(dir, 'config.json'), CONFIG(2048, 5632, 22, 32000));
  return { path: join(dir, 'model.safetensors.index.json'), bytes: bytes + index.length };
}

/**
 * A 2 GB+ GGUF v3 file: the same decoder in q4_K (q6_K for the LM head), with a 128k-token
 * tokenizer (tokens, scores, types) and 100k merges, as llama.cpp conversions store them.
 */
export function writeLargeGguf(path: string): { path: string; bytes: number } {
  const h = 4096;
  const f = 14336;
  const layers = 32;
  const v = 128256;
  const Q4_K = 12;
  const Q6_K = 14;
  const F32 = 0;
  const t = (name: string, type: number, ne: number[]): GgufTensorSpec => {
    const n = ne.reduce((a, b) => a * b, 1);
    const bytes = type === F32 ? n * 4 : (n / 256) * (type === Q4_K ? 144 : 210);
    return { name, type, ne, bytes };
  };
  const tensors: GgufTensorSpec[] = [t('token_embd.weight', Q4_K, [h, v])];
  for (let l = 0; l < layers; l++) {
    tensors.push(
      t(`blk.${l}.attn_norm.weight`, F32, [h]),
      t(`blk.${l}.attn_q.weight`, Q4_K, [h, h]),
      t(`blk.${l}.attn_k.weight`, Q4_K, [h, 1024]),
      t(`blk.${l}.attn_v.weight`, Q4_K, [h, 1024]),
      t(`blk.${l}.attn_output.weight`, Q4_K, [h, h]),
      t(`blk.${l}.ffn_norm.weight`, F32, [h]),
      t(`blk.${l}.ffn_gate.weight`, Q4_K, [h, f]),
      t(`blk.${l}.ffn_up.weight`, Q4_K, [h, f]),
      t(`blk.${l}.ffn_down.weight`, Q4_K, [f, h]),
    );
  }
  tensors.push(t('output_norm.weight', F32, [h]), t('output.weight', Q6_K, [h, v]));
  const tokens: GgufKv = { type: 'array', elementType: 'string', values: Array.from({ length: v }, (_, i) => str(`token-${i}`)) };
  const merges: GgufKv = { type: 'array', elementType: 'string', values: Array.from({ length: 100_000 }, (_, i) => str(`a${i} b${i}`)) };
  const scores: GgufKv = { type: 'array', elementType: 'f32', values: Array.from({ length: v }, () => ({ type: 'f32', value: 0 })) };
  const { header, dataBytes } = ggufHeader({
    version: 3,
    metadata: [
      ['general.architecture', str('llama')], ['general.name', str('synthetic 8B q4_K')],
      ['llama.block_count', u32(layers)], ['llama.embedding_length', u32(h)], ['llama.feed_forward_length', u32(f)],
      ['llama.attention.head_count', u32(32)], ['llama.attention.head_count_kv', u32(8)], ['llama.context_length', u32(131072)],
      ['tokenizer.ggml.model', str('gpt2')], ['tokenizer.ggml.tokens', tokens], ['tokenizer.ggml.scores', scores], ['tokenizer.ggml.merges', merges],
    ],
    tensors,
  });
  return { path, bytes: writeSparse(path, header, dataBytes) };
}
