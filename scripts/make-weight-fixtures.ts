/**
 * Writes the committed safetensors and GGUF test fixtures (tiny real files, zero-filled data):
 *
 *   test/fixtures/safetensors/dtypes.safetensors       one tensor per kind of dtype + __metadata__
 *   test/fixtures/safetensors/tiny-llama/              3-shard set + index + config.json (Llama-style)
 *   test/fixtures/safetensors/gptq/                    GPTQ 4-bit packed linear + config.json
 *   test/fixtures/gguf/tiny-v1.gguf, tiny-v2.gguf      GGUF v1 (32-bit counts) and v2
 *   test/fixtures/gguf/tiny-llama-v3.gguf              GGUF v3 Llama-style decoder, quantized types
 *   test/fixtures/gguf/all-types.gguf                  one block of every ggml type we know
 *   test/fixtures/gguf/split/tiny-llama-0000N-of-00003.gguf
 *                                                      tiny-llama-v3 split in 3 as llama.cpp's gguf-split
 *                                                      writes it (split.* keys; metadata in split 1 only)
 *
 * The expected numbers (params, bytes, MACs) are worked out by hand in the tests.
 * Run: npm run fixtures:weights
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GGML_TYPES } from '../src/formats/gguf/ggml-types.js';
import { ggufBytes, safetensorsBytes, str, u32 } from '../test/support/weight-writers.js';
import type { GgufKv, GgufTensorSpec, StTensor } from '../test/support/weight-writers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const st = join(root, 'test', 'fixtures', 'safetensors');
const gg = join(root, 'test', 'fixtures', 'gguf');

function write(path: string, bytes: Buffer | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

// ---- safetensors: every kind of dtype ----
write(join(st, 'dtypes.safetensors'), safetensorsBytes([
  { name: 'w.f32', dtype: 'F32', shape: [2, 3] },
  { name: 'w.f16', dtype: 'F16', shape: [4] },
  { name: 'w.bf16', dtype: 'BF16', shape: [2, 2] },
  { name: 'w.f8', dtype: 'F8_E4M3', shape: [8] },
  { name: 'w.f4', dtype: 'F4', shape: [4] },
  { name: 'w.f6', dtype: 'F6_E2M3', shape: [4] },
  { name: 'w.u8', dtype: 'U8', shape: [5] },
  { name: 'idx.i64', dtype: 'I64', shape: [3] },
  { name: 'mask.bool', dtype: 'BOOL', shape: [2] },
], { format: 'pt', note: 'model-budget fixture' }));

// ---- safetensors: a tiny Llama in 3 shards ----
// hidden 8, 2 layers, 2 heads of 4, 1 KV head, MLP 12, vocab 16.
const llamaLayer = (l: number): StTensor[] => [
  { name: `model.layers.${l}.self_attn.q_proj.weight`, dtype: 'F16', shape: [8, 8] },
  { name: `model.layers.${l}.self_attn.k_proj.weight`, dtype: 'F16', shape: [4, 8] },
  { name: `model.layers.${l}.self_attn.v_proj.weight`, dtype: 'F16', shape: [4, 8] },
  { name: `model.layers.${l}.self_attn.o_proj.weight`, dtype: 'F16', shape: [8, 8] },
  { name: `model.layers.${l}.mlp.gate_proj.weight`, dtype: 'F16', shape: [12, 8] },
  { name: `model.layers.${l}.mlp.up_proj.weight`, dtype: 'F16', shape: [12, 8] },
  { name: `model.layers.${l}.mlp.down_proj.weight`, dtype: 'F16', shape: [8, 12] },
  { name: `model.layers.${l}.input_layernorm.weight`, dtype: 'F16', shape: [8] },
  { name: `model.layers.${l}.post_attention_layernorm.weight`, dtype: 'F16', shape: [8] },
];
const shards: StTensor[][] = [
  [{ name: 'model.embed_tokens.weight', dtype: 'F16', shape: [16, 8] }, ...llamaLayer(0)],
  llamaLayer(1),
  [{ name: 'model.norm.weight', dtype: 'F16', shape: [8] }, { name: 'lm_head.weight', dtype: 'F16', shape: [16, 8] }],
];
const weightMap: Record<string, string> = {};
let total = 0;
shards.forEach((tensors, i) => {
  const file = `model-0000${i + 1}-of-00003.safetensors`;
  write(join(st, 'tiny-llama', file), safetensorsBytes(tensors, { format: 'pt' }));
  for (const t of tensors) {
    weightMap[t.name] = file;
    total += t.shape.reduce((a, b) => a * b, 1) * 2;
  }
});
write(join(st, 'tiny-llama', 'model.safetensors.index.json'), `${JSON.stringify({ metadata: { total_size: total }, weight_map: weightMap }, null, 2)}\n`);
write(join(st, 'tiny-llama', 'config.json'), `${JSON.stringify({
  architectures: ['LlamaForCausalLM'], model_type: 'llama', hidden_size: 8, intermediate_size: 12, num_hidden_layers: 2,
  num_attention_heads: 2, num_key_value_heads: 1, vocab_size: 16, max_position_embeddings: 64, tie_word_embeddings: false,
  torch_dtype: 'float16',
}, null, 2)}\n`);

// ---- safetensors: GPTQ 4-bit, one linear of 16 inputs x 8 outputs, group 8 ----
write(join(st, 'gptq', 'model.safetensors'), safetensorsBytes([
  { name: 'model.layers.0.self_attn.q_proj.qweight', dtype: 'I32', shape: [2, 8] }, // 16 x 4 bits / 32 = 2 rows
  { name: 'model.layers.0.self_attn.q_proj.qzeros', dtype: 'I32', shape: [2, 1] }, // 2 groups x 8 outputs / 8 per int32
  { name: 'model.layers.0.self_attn.q_proj.scales', dtype: 'F16', shape: [2, 8] },
  { name: 'model.layers.0.self_attn.q_proj.g_idx', dtype: 'I32', shape: [16] },
  { name: 'model.layers.0.input_layernorm.weight', dtype: 'F16', shape: [16] },
]));
write(join(st, 'gptq', 'config.json'), `${JSON.stringify({
  model_type: 'llama', quantization_config: { quant_method: 'gptq', bits: 4, group_size: 8, desc_act: false },
}, null, 2)}\n`);

// ---- GGUF ----
const F32 = 0;
const F16 = 1;
const Q4_0 = 2;
const Q4_1 = 3;
const Q5_0 = 6;
const Q5_1 = 7;
const Q8_0 = 8;
const BF16 = 30;
/** Bytes of a tensor of `ne` in ggml type `type`. */
function bytesOf(type: number, ne: readonly number[]): number {
  const t = GGML_TYPES.find((x) => x.id === type)!;
  return (ne.reduce((a, b) => a * b, 1) / t.blockSize) * t.blockBytes;
}
const tensor = (name: string, type: number, ne: number[]): GgufTensorSpec => ({ name, type, ne, bytes: bytesOf(type, ne) });

write(join(gg, 'tiny-v1.gguf'), ggufBytes({
  version: 1,
  metadata: [['general.architecture', str('llama')], ['general.name', str('tiny-v1')], ['general.file_type', u32(1)]],
  tensors: [tensor('token_embd.weight', F16, [8, 4]), tensor('output_norm.weight', F32, [8])],
}));

const tokens: GgufKv = { type: 'array', elementType: 'string', values: Array.from({ length: 16 }, (_, i) => str(`tok${i}`)) };
write(join(gg, 'tiny-v2.gguf'), ggufBytes({
  version: 2,
  metadata: [
    ['general.architecture', str('gpt2')],
    ['general.name', str('tiny-v2')],
    ['general.quantization_version', u32(2)],
    ['tokenizer.ggml.tokens', tokens],
    ['test.nested', { type: 'array', elementType: 'array', values: [{ type: 'array', elementType: 'u8', values: [{ type: 'u8', value: 1 }] }] }],
    ['test.i64', { type: 'i64', value: -5n }],
    ['test.f64', { type: 'f64', value: 0.5 }],
    ['test.bool', { type: 'bool', value: true }],
  ],
  tensors: [tensor('token_embd.weight', Q8_0, [32, 16]), tensor('blk.0.ffn_up.weight', Q4_1, [32, 4])],
}));

// Llama-style, 1 layer: hidden 32, 4 heads of 8, 2 KV heads, MLP 64, vocab 16, context 64.
const tinyLlamaMetadata: Array<[string, GgufKv]> = [
  ['general.architecture', str('llama')],
  ['general.name', str('tiny-llama-v3')],
  ['general.alignment', u32(32)],
  ['llama.block_count', u32(1)],
  ['llama.embedding_length', u32(32)],
  ['llama.feed_forward_length', u32(64)],
  ['llama.attention.head_count', u32(4)],
  ['llama.attention.head_count_kv', u32(2)],
  ['llama.context_length', u32(64)],
  ['llama.rope.freq_base', { type: 'f32', value: 10000 }],
];
const tinyLlamaTensors = [
  tensor('token_embd.weight', Q8_0, [32, 16]),
  tensor('blk.0.attn_norm.weight', F32, [32]),
  tensor('blk.0.attn_q.weight', Q4_0, [32, 32]),
  tensor('blk.0.attn_k.weight', Q4_0, [32, 16]),
  tensor('blk.0.attn_v.weight', Q8_0, [32, 16]),
  tensor('blk.0.attn_output.weight', Q4_0, [32, 32]),
  tensor('blk.0.ffn_norm.weight', F32, [32]),
  tensor('blk.0.ffn_gate.weight', Q5_0, [32, 64]),
  tensor('blk.0.ffn_up.weight', Q5_1, [32, 64]),
  tensor('blk.0.ffn_down.weight', Q4_1, [64, 32]),
  tensor('output_norm.weight', F32, [32]),
  tensor('output.weight', BF16, [32, 16]),
];
write(join(gg, 'tiny-llama-v3.gguf'), ggufBytes({ version: 3, metadata: tinyLlamaMetadata, tensors: tinyLlamaTensors }));

// The same model split in three, 4 tensors each, as gguf-split writes it: split.no (u16, from 0),
// split.count (u16), split.tensors.count (i32, the whole set's) in every split; every other key
// in the first split only.
for (let i = 0; i < 3; i++) {
  const splitKeys: Array<[string, GgufKv]> = [
    ['split.no', { type: 'u16', value: i }],
    ['split.count', { type: 'u16', value: 3 }],
    ['split.tensors.count', { type: 'i32', value: tinyLlamaTensors.length }],
  ];
  write(join(gg, 'split', `tiny-llama-0000${i + 1}-of-00003.gguf`), ggufBytes({
    version: 3,
    metadata: i === 0 ? [...tinyLlamaMetadata, ...splitKeys] : splitKeys,
    tensors: tinyLlamaTensors.slice(4 * i, 4 * i + 4),
  }));
}

write(join(gg, 'all-types.gguf'), ggufBytes({
  version: 3,
  metadata: [['general.name', str('one block of every ggml type')]],
  tensors: GGML_TYPES.map((t) => tensor(`t.${t.name}`, t.id, [t.blockSize === 1 ? 4 : t.blockSize])),
}));

console.log(`wrote fixtures under ${st} and ${gg}`);
