import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { formatByName, modelKeyOf } from '../../src/formats/registry.js';
import { readGgufBytes, readGgufFile } from '../../src/formats/gguf/reader.js';
import { looksLikeGguf } from '../../src/formats/gguf/signature.js';
import { visibleControls } from '../../src/report/escape.js';
import type { GgufArray } from '../../src/formats/gguf/reader.js';
import { ggufBytes, str, u32 } from '../support/weight-writers.js';
import type { GgufKv } from '../support/weight-writers.js';

const FIX = 'test/fixtures/gguf';

function errorOf(bytes: Buffer): string {
  try {
    readGgufBytes(bytes, 'bad.gguf');
  } catch (e) {
    assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
    assert.ok(!e.message.includes('\n'));
    assert.ok(e.message.startsWith('bad.gguf: '));
    return e.detail;
  }
  return assert.fail('no error');
}

describe('GGUF versions 1 to 3', () => {
  test('v1: 32-bit counts and dims', () => {
    const { weights, gguf } = readGgufFile(`${FIX}/tiny-v1.gguf`);
    assert.equal(gguf.version, 1);
    // token_embd f16 ne [8, 4] = 32 values x 2 bytes = 64; output_norm f32 [8] = 32 bytes.
    assert.deepEqual(weights.tensors.map((t) => [t.name, t.dtype, t.dims, t.elements, t.bytes]), [
      ['token_embd.weight', 'float16', [4, 8], 32, 64],
      ['output_norm.weight', 'float32', [8], 8, 32],
    ]);
    assert.equal(weights.metadata.get('general.name'), 'tiny-v1');
    assert.equal(weights.metadata.get('gguf.version'), '1');
  });

  test('v2: 64-bit counts, every metadata value type, arrays (nested too)', () => {
    const { weights, gguf } = readGgufFile(`${FIX}/tiny-v2.gguf`);
    assert.equal(gguf.version, 2);
    const tokens = gguf.metadata.get('tokenizer.ggml.tokens') as GgufArray;
    assert.equal(tokens.length, 16);
    assert.equal(tokens.values![3], 'tok3');
    const nested = gguf.metadata.get('test.nested') as GgufArray;
    assert.deepEqual((nested.values![0] as GgufArray).values, [1]);
    assert.equal(gguf.metadata.get('test.i64'), -5);
    assert.equal(gguf.metadata.get('test.f64'), 0.5);
    assert.equal(gguf.metadata.get('test.bool'), true);
    // q8_0 ne [32, 16]: 16 blocks of 32 x 34 bytes = 544; q4_1 ne [32, 4]: 4 blocks x 20 = 80.
    assert.deepEqual(weights.tensors.map((t) => [t.dtype, t.elements, t.bytes]), [['q8_0', 512, 544], ['q4_1', 128, 80]]);
    assert.equal(weights.tensors[0]!.quantization, '32-value blocks of 34 bytes');
  });

  test('v3 Llama-style decoder: params, bytes by ggml type, DecoderSpec from the metadata', () => {
    const { weights, gguf, stats } = readGgufFile(`${FIX}/tiny-llama-v3.gguf`);
    assert.equal(gguf.version, 3);
    assert.equal(gguf.alignment, 32);
    const byType: Record<string, number> = {};
    for (const t of weights.tensors) byType[t.dtype] = (byType[t.dtype] ?? 0) + t.bytes;
    // q8_0: token_embd 512 values (16 blocks) + attn_v 512 (16 blocks) = 32 x 34 = 1088
    // q4_0: attn_q 1024 + attn_k 512 + attn_output 1024 = 2560 values = 80 blocks x 18 = 1440
    // q5_0: ffn_gate 2048 = 64 x 22 = 1408;  q5_1: ffn_up 2048 = 64 x 24 = 1536
    // q4_1: ffn_down 2048 = 64 x 20 = 1280;  f32: three norms of 32 = 3 x 128 = 384;  bf16: output 512 x 2 = 1024
    assert.deepEqual(byType, { q8_0: 1088, q4_0: 1440, q5_0: 1408, q5_1: 1536, q4_1: 1280, float32: 384, bfloat16: 1024 });
    // Params: 512 + 1024 + 512 + 512 + 1024 + 3 x 2048 + 96 (norms) + 512 = 10336.
    assert.equal(weights.tensors.reduce((s, t) => s + t.elements, 0), 10336);
    assert.deepEqual(weights.decoder, {
      architecture: 'llama', hiddenSize: 32, layers: 1, heads: 4, kvHeads: 2, headDim: 8, intermediateSize: 64, vocabSize: 16,
      gatedMlp: true, tiedEmbeddings: false, maxContext: 64, kvCacheElementBytes: 2,
    });
    assert.equal(stats.bytesRead, readFileSync(`${FIX}/tiny-llama-v3.gguf`).byteLength, 'a 9 KB file is read in one window');
  });

  test('every ggml type: values per block and bytes per block (ggml-common.h block structs)', () => {
    const { weights } = readGgufFile(`${FIX}/all-types.gguf`);
    // One block each (4 values for the plain types). Bytes per block by hand from the structs:
    // q4_0 = half d + 16 nibble bytes = 18; q4_1 = 2 halves + 16 = 20; q5_0 = 2 + 4 high bits + 16 = 22;
    // q5_1 = 4 + 4 + 16 = 24; q8_0 = 2 + 32 = 34; q8_1 = 2 + 2 + 32 = 36;
    // q2_K = 16 scales + 64 quants + 2 halves = 84; q3_K = 32 hmask + 64 + 12 scales + 2 = 110;
    // q4_K = 2 halves + 12 + 128 = 144; q5_K = 4 + 12 + 32 + 128 = 176; q6_K = 128 + 64 + 16 + 2 = 210;
    // q8_K = float d + 256 + 16 int16 sums = 292; iq2_xxs = 2 + 64 = 66; iq2_xs = 2 + 64 + 8 = 74;
    // iq3_xxs = 2 + 96 = 98; iq1_s = 2 + 32 + 16 = 50; iq4_nl = 2 + 16 = 18; iq3_s = 2 + 64 + 8 + 32 + 4 = 110;
    // iq2_s = 2 + 64 + 16 = 82; iq4_xs = 2 + 2 + 4 + 128 = 136; iq1_m = 32 + 16 + 8 = 56;
    // tq1_0 = 48 + 4 + 2 = 54; tq2_0 = 64 + 2 = 66; mxfp4 = 1 + 16 = 17; nvfp4 = 4 + 32 = 36; q1_0 = 2 + 16 = 18.
    const expected: Record<string, [number, number]> = {
      'float32': [4, 16], 'float16': [4, 8], 'bfloat16': [4, 8], 'float64': [4, 32], 'int8': [4, 4], 'int16': [4, 8], 'int32': [4, 16], 'int64': [4, 32],
      q4_0: [32, 18], q4_1: [32, 20], q5_0: [32, 22], q5_1: [32, 24], q8_0: [32, 34], q8_1: [32, 36],
      q2_K: [256, 84], q3_K: [256, 110], q4_K: [256, 144], q5_K: [256, 176], q6_K: [256, 210], q8_K: [256, 292],
      iq2_xxs: [256, 66], iq2_xs: [256, 74], iq3_xxs: [256, 98], iq1_s: [256, 50], iq4_nl: [32, 18], iq3_s: [256, 110],
      iq2_s: [256, 82], iq4_xs: [256, 136], iq1_m: [256, 56], tq1_0: [256, 54], tq2_0: [256, 66], mxfp4: [32, 17], nvfp4: [64, 36], q1_0: [128, 18],
    };
    const got = Object.fromEntries(weights.tensors.map((t) => [t.dtype, [t.elements, t.bytes]]));
    assert.deepEqual(got, expected);
    // int32/int64 hold indices and shapes, not weights; int8 and int16 are (quantized) weights.
    assert.deepEqual(weights.tensors.filter((t) => t.role === 'non-weight').map((t) => t.dtype), ['int32', 'int64']);
  });

  test('sniffing by magic', () => {
    assert.equal(looksLikeGguf(Buffer.from('GGUF\x03\0\0\0')), true);
    assert.equal(looksLikeGguf(Buffer.from('GGML\x03\0\0\0')), false);
  });
});

describe('GGUF: bad input is one line, never a huge allocation', () => {
  const meta: Array<readonly [string, GgufKv]> = [['general.architecture', str('llama')]];
  const good = ggufBytes({ version: 3, metadata: meta, tensors: [{ name: 'w', ne: [32, 2], type: 8, bytes: 68 }] });

  test('a tensor count or metadata count of 2^63', () => {
    const b = Buffer.from(good);
    b.writeBigUInt64LE(2n ** 63n, 8);
    assert.match(errorOf(b), /^tensor count 9223372036854775808 at byte 8 is more than the rest of the file \(\d+ bytes\) can hold: truncated or corrupt$/);
    const c = Buffer.from(good);
    c.writeBigUInt64LE(2n ** 63n, 16);
    assert.match(errorOf(c), /^metadata count 9223372036854775808 at byte 16 is more than the rest/);
  });
  test('counts that fit the file but no real model: 200,001 tensors, 100,001 metadata pairs (fuzz)', () => {
    // v3 header: magic 4 + version 4 + tensor count 8 at byte 8 + metadata count 8 at byte 16. The
    // rest is zeros, enough for every claimed item at its smallest (33 bytes a tensor info).
    const b = Buffer.alloc(24 + 200_001 * 33);
    b.write('GGUF', 0, 'latin1');
    b.writeUInt32LE(3, 4);
    b.writeBigUInt64LE(200_001n, 8);
    assert.equal(errorOf(b), '200001 tensors, more than the 200000 of any real model: refused');
    b.writeBigUInt64LE(0n, 8);
    b.writeBigUInt64LE(100_001n, 16);
    assert.equal(errorOf(b), '100001 metadata pairs, more than the 100000 read: refused');
  });
  test('a tensor count is checked against the smallest tensor info there is: 8 one-byte scalars at alignment 1 are read', () => {
    // v3: magic 4 + version 4 + tensor count 8 + metadata count 8 = 24; general.alignment: key
    // length 8 + 17 + type 4 + u32 4 = 33; each info "tN": name length 8 + 2 + n_dims 4 + no dims +
    // type 4 + offset 8 = 26, 8 x 26 = 208; data 8 x 1 byte (i8), no padding at alignment 1.
    // 24 + 33 + 208 + 8 = 273 bytes, 257 after the tensor count: 8 infos at the 33 bytes of one
    // with a dim and a 1-byte name (264) do not fit, so the count was refused as corrupt.
    const tensors = Array.from({ length: 8 }, (_, i) => ({ name: `t${i}`, ne: [], type: 24, bytes: 1 }));
    const b = ggufBytes({ version: 3, metadata: [['general.alignment', u32(1)]], tensors, alignment: 1 });
    assert.equal(b.byteLength, 273);
    const { weights } = readGgufBytes(b, 'scalars.gguf');
    assert.deepEqual([weights.tensors.length, weights.tensors.reduce((s, t) => s + t.elements, 0), weights.tensors.reduce((s, t) => s + t.bytes, 0)], [8, 8, 8]);
  });
  test('general.alignment stored as anything but a uint32 is refused, as llama.cpp and gguf-py refuse it', () => {
    const tensors = [{ name: 'w', ne: [4], type: 0, bytes: 16 }];
    assert.equal(errorOf(ggufBytes({ version: 3, metadata: [['general.alignment', { type: 'f32', value: 64 }]], tensors, alignment: 64 })), 'general.alignment is a float32, not the uint32 GGUF requires');
    assert.equal(errorOf(ggufBytes({ version: 3, metadata: [['general.alignment', { type: 'u8', value: 32 }]], tensors })), 'general.alignment is a uint8, not the uint32 GGUF requires');
    assert.equal(errorOf(ggufBytes({ version: 3, metadata: [['general.alignment', { type: 'u64', value: 64n }]], tensors, alignment: 64 })), 'general.alignment is a uint64, not the uint32 GGUF requires');
    assert.equal(readGgufBytes(ggufBytes({ version: 3, metadata: [['general.alignment', u32(64)]], tensors, alignment: 64 }), 'ok.gguf').gguf.alignment, 64);
  });
  test('a string longer than the file, an array of 2^63 values', () => {
    const b = Buffer.from(good);
    b.writeBigUInt64LE(2n ** 40n, 24); // first key's length
    assert.match(errorOf(b), /^metadata key 0 length 1099511627776 at byte 24 is more than the rest of the file/);
    const arr = ggufBytes({ version: 3, metadata: [['a', { type: 'array', elementType: 'u8', values: [{ type: 'u8', value: 1 }] }]], tensors: [] });
    // magic 4 + version 4 + counts 16 + key length 8 + "a" 1 + value type 4 + element type 4 = 41: the array length.
    arr.writeBigUInt64LE(2n ** 63n, 41);
    assert.match(errorOf(arr), /metadata "a" array length 9223372036854775808 at byte 41 is more than the rest of the file/);
  });
  test('arrays nested too deep, unknown value types', () => {
    const leaf: GgufKv = { type: 'array', elementType: 'u8', values: [] };
    const deep: GgufKv = { type: 'array', elementType: 'array', values: [{ type: 'array', elementType: 'array', values: [{ type: 'array', elementType: 'array', values: [leaf] }] }] };
    assert.match(errorOf(ggufBytes({ version: 3, metadata: [['d', deep]], tensors: [] })), /metadata "d": arrays nested deeper than 3/);
    const b = ggufBytes({ version: 3, metadata: [['k', u32(1)]], tensors: [] });
    b.writeUInt32LE(13, 4 + 4 + 16 + 8 + 1);
    assert.match(errorOf(b), /metadata "k" has unknown value type 13/);
  });
  test('an unknown ggml type names the tensor and the type id', () => {
    const b = ggufBytes({ version: 3, metadata: meta, tensors: [{ name: 'blk.0.attn_q.weight', ne: [32], type: 99, bytes: 32 }] });
    assert.equal(errorOf(b), 'tensor "blk.0.attn_q.weight" has unknown ggml type 99');
    const removed = ggufBytes({ version: 3, metadata: meta, tensors: [{ name: 'w', ne: [32], type: 4, bytes: 32 }] });
    assert.equal(errorOf(removed), 'tensor "w" has unknown ggml type 4');
  });
  test('truncated data, bad magic, unknown and big-endian versions, bad alignment, rows not whole blocks', () => {
    assert.match(errorOf(good.subarray(0, good.byteLength - 1)), /^truncated: tensor "w" data \(68 bytes at data offset 0\) ends past the end of the file/);
    assert.match(errorOf(good.subarray(0, 30)), /truncated or corrupt$/);
    assert.equal(errorOf(Buffer.from('GGML\x03\0\0\0\0\0\0\0')), 'not a GGUF file (no "GGUF" magic)');
    const v4 = Buffer.from(good);
    v4.writeUInt32LE(4, 4);
    assert.equal(errorOf(v4), 'unsupported GGUF version 4 (1 to 3 are known)');
    const be = Buffer.from(good);
    be.writeUInt32BE(3, 4);
    assert.equal(errorOf(be), 'big-endian GGUF files are not supported');
    assert.match(errorOf(ggufBytes({ version: 3, metadata: [['general.alignment', u32(24)]], tensors: [] })), /general.alignment "24" is not a power of two/);
    assert.match(errorOf(ggufBytes({ version: 3, metadata: meta, tensors: [{ name: 'w', ne: [30], type: 8, bytes: 34 }] })), /row length 30 is not a multiple of the q8_0 block size 32/);
    assert.match(errorOf(ggufBytes({ version: 3, metadata: meta, tensors: [{ name: 'w', ne: [1, 1, 1, 1, 1], type: 0, bytes: 4 }] })), /has 5 dims; ggml allows at most 4/);
  });
});

describe('GGUF metadata -> DecoderSpec', () => {
  const n = (value: number): GgufKv => u32(value);
  test('MoE (expert_count, expert_used_count, expert_feed_forward_length), sliding window on alternate layers, vocab from the token list', () => {
    const tokens: GgufKv = { type: 'array', elementType: 'string', values: Array.from({ length: 100 }, (_, i) => str(`t${i}`)) };
    const { weights } = readGgufBytes(ggufBytes({
      version: 3,
      metadata: [
        ['general.architecture', str('gemma2')], ['gemma2.block_count', n(4)], ['gemma2.embedding_length', n(64)],
        ['gemma2.feed_forward_length', n(256)], ['gemma2.expert_feed_forward_length', n(32)], ['gemma2.expert_count', n(8)],
        ['gemma2.expert_used_count', n(2)], ['gemma2.attention.head_count', n(4)], ['gemma2.attention.head_count_kv', n(1)],
        ['gemma2.attention.key_length', n(32)], ['gemma2.attention.value_length', n(16)], ['gemma2.attention.sliding_window', n(512)],
        ['gemma2.context_length', n(8192)], ['tokenizer.ggml.tokens', tokens],
      ],
      tensors: [{ name: 'blk.0.ffn_gate_exps.weight', ne: [64, 32, 8], type: 0, bytes: 64 * 32 * 8 * 4 }],
    }), 'moe.gguf');
    assert.deepEqual(weights.decoder, {
      architecture: 'gemma2', hiddenSize: 64, layers: 4, heads: 4, kvHeads: 1, headDim: 32, valueHeadDim: 16, intermediateSize: 32,
      vocabSize: 100, gatedMlp: true, tiedEmbeddings: true, maxContext: 8192, slidingWindow: 512, slidingWindowLayers: 2,
      experts: 8, expertsPerToken: 2, kvCacheElementBytes: 2,
    });
  });
  test('per-layer head counts that differ, or a missing width: no figures, with the reason', () => {
    const perLayer: GgufKv = { type: 'array', elementType: 'u32', values: [n(4), n(8)] };
    const a = readGgufBytes(ggufBytes({ version: 3, metadata: [
      ['general.architecture', str('openelm')], ['openelm.block_count', n(2)], ['openelm.attention.head_count', perLayer],
    ], tensors: [] }), 'a.gguf');
    assert.equal(a.weights.decoder, undefined);
    assert.match(a.weights.warnings[0]!, /"openelm.attention.head_count" differs per layer; LLM figures are not available/);
    const b = readGgufBytes(ggufBytes({ version: 3, metadata: [
      ['general.architecture', str('llama')], ['llama.block_count', n(2)], ['llama.attention.head_count', n(4)],
    ], tensors: [] }), 'b.gguf');
    assert.match(b.weights.warnings[0]!, /GGUF metadata does not state llama.embedding_length, llama.feed_forward_length, llama.vocab_size \(or token_embd.weight\); LLM figures are not available/);
  });
  test('a per-layer array with other than block_count entries is no figures (llama.cpp: "has wrong array length"), not its first entries', () => {
    // 4 layers, a 512-token window. A sliding_window_pattern of one `true` counted 1 sliding layer
    // and 3 full ones; a head_count_kv of [2] made every layer 2 KV heads. llama.cpp reads both
    // with get_key_or_arr, which refuses an array of other than n_layer (here 4) entries.
    const llama = (extra: Array<readonly [string, GgufKv]>): Array<readonly [string, GgufKv]> => [
      ['general.architecture', str('llama')], ['llama.block_count', n(4)], ['llama.embedding_length', n(32)],
      ['llama.attention.head_count', n(4)], ['llama.feed_forward_length', n(64)], ['llama.vocab_size', n(16)], ...extra,
    ];
    const bools = (count: number): GgufKv => ({ type: 'array', elementType: 'bool', values: Array.from({ length: count }, (_, i) => ({ type: 'bool', value: i % 2 === 0 })) });
    const read = (extra: Array<readonly [string, GgufKv]>) => readGgufBytes(ggufBytes({ version: 3, metadata: llama(extra), tensors: [] }), 'p.gguf').weights;
    const short = read([['llama.attention.sliding_window', n(512)], ['llama.attention.sliding_window_pattern', bools(1)]]);
    assert.equal(short.decoder, undefined);
    assert.deepEqual(short.warnings, ['GGUF metadata "llama.attention.sliding_window_pattern" has 1 entries, not one per layer (block_count 4); LLM figures are not available']);
    const kv = read([['llama.attention.head_count_kv', { type: 'array', elementType: 'u32', values: [n(2)] }]]);
    assert.equal(kv.decoder, undefined);
    assert.deepEqual(kv.warnings, ['GGUF metadata "llama.attention.head_count_kv" has 1 entries, not one per layer (block_count 4); LLM figures are not available']);
    // One entry per layer: [true, false, true, false] is 2 sliding layers of 4; [2, 2, 2, 2] is 2 KV heads.
    const whole = read([['llama.attention.sliding_window', n(512)], ['llama.attention.sliding_window_pattern', bools(4)], ['llama.attention.head_count_kv', { type: 'array', elementType: 'u32', values: [n(2), n(2), n(2), n(2)] }]]);
    assert.deepEqual([whole.decoder?.slidingWindowLayers, whole.decoder?.kvHeads, whole.warnings], [2, 2, []]);
  });
});

describe('GGUF split sets (llama.cpp gguf-split) are one model', () => {
  const SPLIT = `${FIX}/split`;
  const name = (i: number): string => `tiny-llama-0000${i}-of-00003.gguf`;
  const tmp = mkdtempSync(join(tmpdir(), 'mb-gguf-split-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  for (const from of [1, 2, 3]) {
    test(`read from split ${from}: params summed over the splits, LLM figures from split 1's metadata`, () => {
      const { weights } = readGgufFile(`${SPLIT}/${name(from)}`);
      // Split 1: token_embd 512 + attn_norm 32 + attn_q 1024 + attn_k 512 = 2080
      // Split 2: attn_v 512 + attn_output 1024 + ffn_norm 32 + ffn_gate 2048 = 3616
      // Split 3: ffn_up 2048 + ffn_down 2048 + output_norm 32 + output 512 = 4640
      // 2080 + 3616 + 4640 = 10336, as the unsplit tiny-llama-v3.gguf.
      assert.equal(weights.tensors.reduce((s, t) => s + t.elements, 0), 10336);
      const byType: Record<string, number> = {};
      for (const t of weights.tensors) byType[t.dtype] = (byType[t.dtype] ?? 0) + t.bytes;
      // The same bytes by type as the unsplit file (worked out in 'v3' above).
      assert.deepEqual(byType, { q8_0: 1088, q4_0: 1440, q5_0: 1408, q5_1: 1536, q4_1: 1280, float32: 384, bfloat16: 1024 });
      // Split 2 and 3 carry only split.* keys: the decoder comes from split 1 (hidden 32, 4 heads
      // of 8, 2 KV heads, MLP 64), the gated MLP and vocabulary from tensors in splits 1 and 2.
      assert.deepEqual(weights.decoder, {
        architecture: 'llama', hiddenSize: 32, layers: 1, heads: 4, kvHeads: 2, headDim: 8, intermediateSize: 64, vocabSize: 16,
        gatedMlp: true, tiedEmbeddings: false, maxContext: 64, kvCacheElementBytes: 2,
      });
      assert.equal(weights.metadata.get('splits'), '3');
      assert.equal(weights.metadata.get('general.name'), 'tiny-llama-v3');
      assert.deepEqual([...weights.sideFiles].sort(), [1, 2, 3].filter((i) => i !== from).map(name));
    });
  }

  test('side files and model key by name alone', async () => {
    const f = await formatByName('gguf')!.reader();
    assert.deepEqual(f.sideFiles(`m/${name(2)}`, null), [name(1), name(3)]);
    assert.deepEqual(f.sideFiles('m/model.gguf', null), []);
    assert.deepEqual(modelKeyOf(`m/${name(3)}`), { key: `m/${name(1)}`, entries: [`m/${name(1)}`, `m/${name(3)}`] });
    assert.deepEqual(modelKeyOf(`m/${name(1)}`), { key: `m/${name(1)}`, entries: [`m/${name(1)}`] });
    // One split of one is a file like any other.
    assert.deepEqual(modelKeyOf('m/x-00001-of-00001.gguf'), { key: 'm/x-00001-of-00001.gguf', entries: ['m/x-00001-of-00001.gguf'] });
  });

  test('a missing split, a renamed split and a lying split are one-line errors naming the file', () => {
    const dir = join(tmp, 'set');
    cpSync(SPLIT, dir, { recursive: true });
    unlinkSync(join(dir, name(2)));
    assert.throws(() => readGgufFile(join(dir, name(1))), (e: unknown) => e instanceof ModelFileError && e.message === `${join(dir, name(1))}: split "${name(2)}" of the set is missing`);
    // Split 1 of 3 under a name that does not say so: the other splits cannot be found.
    copyFileSync(join(SPLIT, name(1)), join(dir, 'renamed.gguf'));
    assert.throws(() => readGgufFile(join(dir, 'renamed.gguf')), /renamed\.gguf: is split 1 of 3 \(split\.no, split\.count\) but its name does not end in -00001-of-00003\.gguf/);
    // Split 3 in split 2's place.
    copyFileSync(join(SPLIT, name(3)), join(dir, name(2)));
    assert.throws(() => readGgufFile(join(dir, name(1))), new RegExp(`${name(2).replace(/\./g, '\\.')}: is not split 2 of 3 by its split\\.no/`));
    // split.tensors.count says 12; a set whose splits hold 4 + 4 + 4 but claims 13 is bad input.
    const lying = (i: number): Buffer => ggufBytes({
      version: 3,
      metadata: [['split.no', { type: 'u16', value: i }], ['split.count', { type: 'u16', value: 2 }], ['split.tensors.count', { type: 'i32', value: 3 }]],
      tensors: [{ name: `t${i}`, type: 0, ne: [4], bytes: 16 }],
    });
    writeFileSync(join(dir, 'l-00001-of-00002.gguf'), lying(0));
    writeFileSync(join(dir, 'l-00002-of-00002.gguf'), lying(1));
    assert.throws(() => readGgufFile(join(dir, 'l-00001-of-00002.gguf')), /the 2 splits hold 2 tensors but split\.tensors\.count says 3/);
    writeFileSync(join(dir, 'b-00001-of-00002.gguf'), ggufBytes({ version: 3, metadata: [['split.count', { type: 'u16', value: 2 }], ['split.no', { type: 'u16', value: 7 }]], tensors: [] }));
    assert.throws(() => readGgufFile(join(dir, 'b-00001-of-00002.gguf')), /metadata "split\.no" is "7", not an integer from 0 to 1/);
  });
});

describe('names that are not UTF-8', () => {
  /** `b` with the ASCII `from` (same length as `to`) replaced by the bytes `to` at each place. */
  function patch(b: Buffer, from: string, to: readonly number[]): Buffer {
    const out = Buffer.from(b);
    for (let at = out.indexOf(from, 0, 'latin1'); at >= 0; at = out.indexOf(from, at + 1, 'latin1')) out.set(to, at);
    return out;
  }
  const tensors = [{ name: 'wAA', ne: [4], type: 0, bytes: 16 }, { name: 'wBB', ne: [4], type: 0, bytes: 16 }];

  test('two tensor names that differ only in bytes that are not UTF-8 are two tensors (llama.cpp compares bytes), shown escaped', () => {
    // w\xff\xfe and w\xfe\xff: decoded with U+FFFD both read w\ufffd\ufffd, and the file was
    // refused as `tensor "w��" appears twice`.
    const b = patch(patch(ggufBytes({ version: 3, metadata: [], tensors }), 'wAA', [0x77, 0xff, 0xfe]), 'wBB', [0x77, 0xfe, 0xff]);
    const { weights } = readGgufBytes(b, 'odd.gguf');
    assert.deepEqual(weights.tensors.map((t) => [t.name, t.elements]), [['w\udcff\udcfe', 4], ['w\udcfe\udcff', 4]]);
    assert.equal(visibleControls(weights.tensors[0]!.name), 'w\\xff\\xfe');
  });

  test('the same bytes twice are still refused, and a real U+FFFD is not taken for a bad byte', () => {
    const same = patch(patch(ggufBytes({ version: 3, metadata: [], tensors }), 'wAA', [0x77, 0xff, 0xfe]), 'wBB', [0x77, 0xff, 0xfe]);
    assert.equal(errorOf(same), 'tensor "w\\udcff\\udcfe" appears twice');
    // EF BF BD is U+FFFD written as UTF-8: a valid name, unlike the byte FF.
    const real = patch(ggufBytes({ version: 3, metadata: [], tensors: [{ name: 'wAAA', ne: [4], type: 0, bytes: 16 }, { name: 'wBB', ne: [4], type: 0, bytes: 16 }] }), 'wAAA', [0x77, 0xef, 0xbf, 0xbd]);
    const named = patch(real, 'wBB', [0x77, 0xff, 0x30]);
    assert.deepEqual(readGgufBytes(named, 'ok.gguf').weights.tensors.map((t) => t.name), ['w\ufffd', 'w\udcff0']);
  });

  test('two metadata keys that differ only in bytes that are not UTF-8 are two keys', () => {
    const b = patch(patch(ggufBytes({ version: 3, metadata: [['kAA', u32(1)], ['kBB', u32(2)]], tensors: [] }), 'kAA', [0x6b, 0xc3, 0x28]), 'kBB', [0x6b, 0xc3, 0x29]);
    const { gguf } = readGgufBytes(b, 'keys.gguf');
    assert.deepEqual([gguf.metadata.get('k\udcc3('), gguf.metadata.get('k\udcc3)')], [1, 2]);
  });
});
