import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { readSafetensorsHeader } from '../../src/formats/safetensors/header.js';
import { JsonShapeError, TooManyMembersError, objectMembers } from '../../src/formats/safetensors/json-object.js';
import { parseHfConfig } from '../../src/formats/safetensors/hf-config.js';
import { readSafetensors, safetensorsSetKey, safetensorsSideFiles } from '../../src/formats/safetensors/reader.js';
import { looksLikeSafetensors } from '../../src/formats/safetensors/signature.js';
import { bytesAsRandomAccessFile } from '../../src/formats/random-access.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { safetensorsBytes } from '../support/weight-writers.js';

const FIX = 'test/fixtures/safetensors';
const tmp = mkdtempSync(join(tmpdir(), 'mb-st-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function params(w: WeightsFile): number {
  return w.tensors.filter((t) => t.role === 'param').reduce((s, t) => s + t.elements, 0);
}

function bytesByDtype(w: WeightsFile): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of w.tensors) out[t.dtype] = (out[t.dtype] ?? 0) + t.bytes;
  return out;
}

/** Writes bytes to a temp file and returns the one-line error reading it gives. */
function errorOf(bytes: Buffer, name = 'bad.safetensors'): string {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  try {
    readSafetensors(p);
  } catch (e) {
    assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
    assert.ok(!e.message.includes('\n'), 'one line');
    assert.ok(e.message.startsWith(p), 'names the file');
    return e.detail;
  }
  return assert.fail('no error');
}

describe('safetensors: one file', () => {
  test('16-bit integers are (quantized) weights; 32/64-bit integers are not', () => {
    const path = join(tmp, 'int16.safetensors');
    writeFileSync(path, safetensorsBytes([
      { name: 'w.i16', dtype: 'I16', shape: [4, 8] }, { name: 'w.u16', dtype: 'U16', shape: [3] },
      { name: 'pos.i32', dtype: 'I32', shape: [5] }, { name: 'idx.u64', dtype: 'U64', shape: [2] },
    ]));
    const { weights } = readSafetensors(path);
    // Params: I16 4x8 = 32 + U16 3 = 35; I32 5 and U64 2 are not.
    assert.equal(params(weights), 35);
    assert.deepEqual(weights.tensors.filter((t) => t.role === 'non-weight').map((t) => t.name).sort(), ['idx.u64', 'pos.i32']);
  });

  test('every kind of dtype: params, bytes by dtype, __metadata__', () => {
    const { weights, stats } = readSafetensors(join(FIX, 'dtypes.safetensors'));
    // Params: F32 2x3 = 6, F16 4, BF16 2x2 = 4, F8_E4M3 8, F4 4, F6_E2M3 4, U8 5 -> 35.
    // I64 (3) and BOOL (2) hold indices and masks: not params.
    assert.equal(params(weights), 35);
    assert.deepEqual(weights.tensors.filter((t) => t.role === 'non-weight').map((t) => t.name).sort(), ['idx.i64', 'mask.bool']);
    // Bytes: F32 6x4 = 24, F16 4x2 = 8, BF16 4x2 = 8, F8 8x1 = 8, F4 4x4 bits = 2, F6 4x6 bits = 3, U8 5, I64 3x8 = 24, BOOL 2.
    assert.deepEqual(bytesByDtype(weights), {
      float32: 24, float16: 8, bfloat16: 8, float8e4m3fn: 8, float4e2m1: 2, float6e2m3: 3, uint8: 5, int64: 24, bool: 2,
    });
    assert.equal(weights.metadata.get('format'), 'pt');
    assert.equal(weights.metadata.get('note'), 'model-budget fixture');
    assert.deepEqual(weights.sideFiles, []);
    assert.equal(weights.decoder, undefined);
    // Only the header is read: 8-byte length + the JSON (the file is 700 bytes, 84 of them data).
    assert.equal(stats.bytesRead, 700 - 84);
  });

  test('sniffing: length that fits the file followed by "{"', () => {
    const b = safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [1] }]);
    assert.equal(looksLikeSafetensors(b.subarray(0, 16), b.byteLength), true);
    assert.equal(looksLikeSafetensors(Buffer.from('GGUF\x03\0\0\0\0\0\0\0'), 1000), false);
  });

  test('reads from bytes in memory with the same checks', () => {
    const h = readSafetensorsHeader(bytesAsRandomAccessFile(safetensorsBytes([{ name: 'w', dtype: 'BF16', shape: [3, 5] }]), 'mem.safetensors'));
    assert.equal(h.entries[0]!.elements, 15);
    assert.equal(h.entries[0]!.end - h.entries[0]!.begin, 30);
  });
});

describe('safetensors: bad input is one line naming the file', () => {
  const good = safetensorsBytes([{ name: 'a', dtype: 'F32', shape: [2, 2] }, { name: 'b', dtype: 'F16', shape: [4] }]);
  test('truncated below the 8-byte length', () => {
    assert.match(errorOf(good.subarray(0, 5)), /^truncated: 5 bytes, shorter than the 8-byte header length/);
  });
  test('header length past the end of the file', () => {
    const b = Buffer.from(good);
    b.writeBigUInt64LE(BigInt(b.byteLength));
    assert.match(errorOf(b), /^truncated: header length \d+ bytes runs past the end of the file/);
  });
  test('a 100 GB header length is bad input, not an allocation', () => {
    const b = Buffer.from(good);
    b.writeBigUInt64LE(100_000_000_000n);
    assert.match(errorOf(b), /header length 100000000000 bytes exceeds the 100 MB limit/);
    b.writeBigUInt64LE(2n ** 64n - 1n);
    assert.match(errorOf(b), /exceeds the 100 MB limit/);
  });
  test('malformed JSON, non-object JSON, invalid UTF-8', () => {
    assert.match(errorOf(safetensorsBytes([], undefined, '{"a": {"dtype": ')), /JSON header is malformed/);
    assert.match(errorOf(safetensorsBytes([], undefined, '[1, 2]')), /does not start with "\{"/);
    const b = safetensorsBytes([], undefined, '{"\u00e9": 1}');
    b[10] = 0xff;
    assert.match(errorOf(b), /not valid UTF-8/);
  });
  test('unknown dtype names the tensor and the dtype', () => {
    assert.match(errorOf(safetensorsBytes([{ name: 'w', dtype: 'F7', shape: [1], bytes: 1 }])), /tensor "w": unknown dtype "F7"/);
  });
  test('offsets past the data section, offsets that disagree with the shape, overlaps', () => {
    assert.match(errorOf(good.subarray(0, good.byteLength - 1)), /^truncated: tensor "b" ends at byte 24 of the data section, which has 23 bytes/);
    assert.match(errorOf(safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [3], bytes: 8 }])), /data_offsets \[0, 8\] hold 8 bytes, but shape \[3\] of F32 needs 12/);
    const overlap = safetensorsBytes([], undefined, JSON.stringify({
      a: { dtype: 'U8', shape: [4], data_offsets: [0, 4] }, b: { dtype: 'U8', shape: [4], data_offsets: [2, 6] },
    }));
    assert.match(errorOf(Buffer.concat([overlap, Buffer.alloc(6)])), /tensors "a" and "b" overlap/);
    const negative = safetensorsBytes([], undefined, JSON.stringify({ a: { dtype: 'U8', shape: [-1], data_offsets: [0, 0] } }));
    assert.match(errorOf(negative), /shape is not a list of non-negative integers/);
    const huge = safetensorsBytes([], undefined, JSON.stringify({ a: { dtype: 'F32', shape: [2 ** 40, 2 ** 40], data_offsets: [0, 4] } }));
    assert.match(errorOf(huge), /more elements than can be counted exactly/);
  });
  test('a tensor named twice; the member splitter refuses past its limit and malformed structure', () => {
    const dup = safetensorsBytes([], undefined, '{"a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}, "a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}}');
    assert.match(errorOf(Buffer.concat([dup, Buffer.alloc(1)])), /tensor "a" appears twice in the header/);
    assert.deepEqual(objectMembers('{"a\\u0041": [1, {"b": "}"}], "c": 2}', 5), [['aA', [1, { b: '}' }]], ['c', 2]]);
    assert.throws(() => objectMembers('{"a": 1, "b": 2, "c": 3}', 2), TooManyMembersError);
    for (const bad of ['{"a" 1}', '{"a": 1 "b": 2}', '{"a": {"b": 1}', '{"a": 1} x', '{"a": }', '{"a": 1,}']) {
      assert.throws(() => objectMembers(bad, 5), (e: unknown) => e instanceof JsonShapeError || e instanceof SyntaxError, bad);
    }
  });
  test('__metadata__ values that are not strings are shown as written; one nested 1,000,000 deep is no stack overflow (fuzz)', () => {
    const d = 1_000_000;
    const text = `{"__metadata__":{"deep":${'['.repeat(d)}${']'.repeat(d)},"n":1,"o":{"a": [1,2]},"s":"x"},"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`;
    const h = readSafetensorsHeader(bytesAsRandomAccessFile(Buffer.concat([safetensorsBytes([], undefined, text), Buffer.alloc(4)]), 'deep.safetensors'));
    // Shown as the file writes them, cut to 500 characters (with "…"): 500 of the 1,000,000 "[".
    assert.equal(h.metadata.get('deep'), `${'['.repeat(500)}…`);
    assert.equal(h.metadata.get('n'), '1');
    assert.equal(h.metadata.get('o'), '{"a": [1,2]}');
    assert.equal(h.metadata.get('s'), 'x');
    assert.equal(h.entries.length, 1);
    assert.match(errorOf(safetensorsBytes([], undefined, '{"__metadata__": [1]}')), /__metadata__ is not an object of strings/);
    assert.match(errorOf(safetensorsBytes([], undefined, '{"__metadata__": {"a": [1,,]}}')), /JSON header is malformed/);
  });
  test('a tensor entry holding more than 4,096 arrays, objects and items is refused unparsed (31 MB of [], in a shape took 5 s and 845 MB)', () => {
    const entry = (shape: string): string => `{"w":{"dtype":"F32","shape":${shape},"data_offsets":[0,4]}}`;
    const withItems = (n: number): string => `[${'[],'.repeat(n - 2)}[]]`; // its bracket, n - 2 commas, n - 1 arrays: 2n - 2 items
    assert.match(errorOf(Buffer.concat([safetensorsBytes([], undefined, entry(withItems(2046))), Buffer.alloc(4)])), /^tensor "w": shape is not a list of non-negative integers$/);
    // The entry's brace, its 2 commas and data_offsets' 2 are 5 items: a shape of 2 x 2,046 - 2 = 4,090
    // makes 4,095, parsed (and refused for what the shape holds); one of 4,092 makes 4,097, not parsed.
    assert.equal(errorOf(Buffer.concat([safetensorsBytes([], undefined, entry(withItems(2047))), Buffer.alloc(4)])),
      'tensor "w": its entry holds more than 4096 arrays, objects and items (a tensor\'s holds about 10): refused unparsed');
    // Brackets and commas inside strings are no items; a __metadata__ value that large is shown as written, unparsed.
    const meta = `{"__metadata__":{"s":"${'[],'.repeat(5000)}","big":${withItems(3000)}},"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`;
    const h = readSafetensorsHeader(bytesAsRandomAccessFile(Buffer.concat([safetensorsBytes([], undefined, meta), Buffer.alloc(4)]), 'meta.safetensors'));
    assert.equal(h.metadata.get('big'), `${withItems(3000).slice(0, 500)}…`);
    assert.equal(h.entries.length, 1);
  });
  test('200,001 tensors beside no __metadata__ are one more than MAX_TENSORS: refused (fuzz)', () => {
    const tensors = Array.from({ length: 200_001 }, (_, k) => ({ name: `t${k}`, dtype: 'U8', shape: [0] }));
    assert.match(errorOf(safetensorsBytes(tensors)), /header lists more than 200000 tensors/);
    assert.equal(readSafetensorsHeader(bytesAsRandomAccessFile(safetensorsBytes(tensors.slice(1), { format: 'pt' }), 'max.safetensors')).entries.length, 200_000);
  });
  test('sub-byte tensors must fill whole bytes', () => {
    assert.match(errorOf(safetensorsBytes([{ name: 'w', dtype: 'F4', shape: [3], bytes: 2 }])), /3 F4 values are not a whole number of bytes/);
  });
});

describe('safetensors: a sharded set is one model', () => {
  // Tiny Llama: hidden 8, 2 layers, q 8x8, k and v 4x8, o 8x8, gate and up 12x8, down 8x12,
  // two norms of 8 per layer: 64 + 32 + 32 + 64 + 96 + 96 + 96 + 8 + 8 = 496 per layer.
  // Embedding 16x8 = 128, final norm 8, LM head 16x8 = 128: 128 + 2 x 496 + 8 + 128 = 1256.
  const EXPECTED_PARAMS = 1256;
  for (const entry of ['model.safetensors.index.json', 'model-00001-of-00003.safetensors', 'model-00003-of-00003.safetensors']) {
    test(`read from ${entry}: every shard, the index and config.json`, () => {
      const { weights } = readSafetensors(join(FIX, 'tiny-llama', entry));
      assert.equal(params(weights), EXPECTED_PARAMS);
      assert.deepEqual(bytesByDtype(weights), { float16: 2 * EXPECTED_PARAMS });
      assert.equal(weights.metadata.get('shards'), '3');
      const all = ['model.safetensors.index.json', 'model-00001-of-00003.safetensors', 'model-00002-of-00003.safetensors', 'model-00003-of-00003.safetensors', 'config.json'];
      assert.deepEqual([...weights.sideFiles].sort(), all.filter((f) => f !== entry).sort());
      assert.deepEqual(safetensorsSideFiles(join(FIX, 'tiny-llama', entry), { file: join(FIX, 'tiny-llama', entry) }).sort(), all.filter((f) => f !== entry).sort());
      assert.equal(safetensorsSetKey(join(FIX, 'tiny-llama', entry)), join(FIX, 'tiny-llama', 'model.safetensors.index.json'));
      assert.equal(weights.tensors.find((t) => t.name === 'lm_head.weight')!.file, 'model-00003-of-00003.safetensors');
      assert.deepEqual(weights.warnings, []);
    });
  }

  test('side files from the name alone, from index bytes, and from content that does not parse', () => {
    assert.deepEqual(safetensorsSideFiles('m/model-00002-of-00003.safetensors', null), [
      'model.safetensors.index.json', 'model-00001-of-00003.safetensors', 'model-00003-of-00003.safetensors', 'config.json',
    ]);
    assert.deepEqual(safetensorsSideFiles('m/model.safetensors', null), ['config.json']);
    const index = Buffer.from(JSON.stringify({ weight_map: { a: 'b.safetensors', c: 'a.safetensors', d: 'a.safetensors' } }));
    assert.deepEqual(safetensorsSideFiles('m/x.safetensors.index.json', { bytes: index }), ['a.safetensors', 'b.safetensors', 'config.json']);
    assert.deepEqual(safetensorsSideFiles('m/x.safetensors.index.json', { bytes: Buffer.from('{"weight_map": ') }), ['config.json']);
    assert.deepEqual(safetensorsSideFiles('m/x.safetensors.index.json', null), ['config.json']);
  });

  test('config.json gives the DecoderSpec', () => {
    const { weights } = readSafetensors(join(FIX, 'tiny-llama', 'model.safetensors.index.json'));
    assert.deepEqual(weights.decoder, {
      architecture: 'llama', hiddenSize: 8, layers: 2, heads: 2, kvHeads: 1, headDim: 4, intermediateSize: 12, vocabSize: 16,
      gatedMlp: true, tiedEmbeddings: false, maxContext: 64, kvCacheElementBytes: 2,
    });
  });

  test('a missing shard is a clear error; so is a shard name that leaves the folder', () => {
    const dir = join(tmp, 'set');
    cpSync(join(FIX, 'tiny-llama'), dir, { recursive: true });
    unlinkSync(join(dir, 'model-00002-of-00003.safetensors'));
    assert.throws(() => readSafetensors(join(dir, 'model-00001-of-00003.safetensors')),
      (e: unknown) => e instanceof ModelFileError && e.message === `${join(dir, 'model.safetensors.index.json')}: shard "model-00002-of-00003.safetensors" of the set is missing`);
    // Without the index, the shard names alone make the set.
    unlinkSync(join(dir, 'model.safetensors.index.json'));
    assert.throws(() => readSafetensors(join(dir, 'model-00001-of-00003.safetensors')), /shard "model-00002-of-00003.safetensors" of the set is missing/);
    writeFileSync(join(dir, 'model.safetensors.index.json'), JSON.stringify({ weight_map: { w: '../outside.safetensors' } }));
    assert.throws(() => readSafetensors(join(dir, 'model.safetensors.index.json')), /weight_map names shard "..\/outside.safetensors", which is not a file name/);
    writeFileSync(join(dir, 'model.safetensors.index.json'), JSON.stringify({ weight_map: { 'no.such.tensor': 'model-00001-of-00003.safetensors' } }));
    assert.throws(() => readSafetensors(join(dir, 'model.safetensors.index.json')), /tensor "no.such.tensor" is listed in shard "model-00001-of-00003.safetensors" but is not in it/);
    writeFileSync(join(dir, 'model.safetensors.index.json'), '{"weight_map": ');
    assert.throws(() => readSafetensors(join(dir, 'model.safetensors.index.json')), /index is not valid JSON/);
    // 31 MB of [], in the index's metadata took 5.7 s and 845 MB: members and weight_map entries are bounded as tensor entries are.
    const many = `[${'[],'.repeat(3000)}[]]`;
    writeFileSync(join(dir, 'model.safetensors.index.json'), `{"metadata": {"total_size": 4, "x": ${many}}, "weight_map": {}}`);
    assert.throws(() => readSafetensors(join(dir, 'model.safetensors.index.json')),
      { message: `${join(dir, 'model.safetensors.index.json')}: index member "metadata" holds more than 4096 arrays, objects and items: refused unparsed` });
    writeFileSync(join(dir, 'model.safetensors.index.json'), `{"weight_map": {"w": ${many}}}`);
    assert.throws(() => readSafetensors(join(dir, 'model.safetensors.index.json')),
      { message: `${join(dir, 'model.safetensors.index.json')}: index weight_map entry "w" holds more than 4096 arrays, objects and items: refused unparsed` });
  });
});

describe('safetensors: packed quantization', () => {
  test('GPTQ 4-bit: qweight int32 words count as 8 values each', () => {
    const { weights } = readSafetensors(join(FIX, 'gptq', 'model.safetensors'));
    const q = weights.tensors.find((t) => t.name.endsWith('.qweight'))!;
    // qweight [2, 8] int32 = 16 words x 8 four-bit values = 128 = 16 inputs x 8 outputs.
    assert.equal(q.elements, 128);
    assert.deepEqual(q.dims, [16, 8]);
    assert.equal(q.bytes, 64);
    assert.equal(q.quantization, 'GPTQ 4-bit, group 8 (8 values per int32)');
    // Params: 128 logical weights + the 16-wide norm; qzeros/scales are quantization state, g_idx an index.
    assert.equal(params(weights), 144);
    assert.equal(weights.tensors.find((t) => t.name.endsWith('.scales'))!.role, 'buffer');
    assert.equal(weights.tensors.find((t) => t.name.endsWith('.qzeros'))!.role, 'buffer');
    assert.equal(weights.tensors.find((t) => t.name.endsWith('.g_idx'))!.role, 'non-weight');
    assert.equal(weights.metadata.get('quantization'), 'GPTQ 4-bit, group 8 (8 values per int32)');
  });

  test('AWQ packs along the output; bitsandbytes 4-bit counts two values per byte', () => {
    const names = new Set(['m.qweight']);
    const awq = parseHfConfig(JSON.stringify({ quantization_config: { quant_method: 'awq', bits: 4, group_size: 128 } }), names);
    assert.deepEqual(awq.quantization, { method: 'awq', bits: 4, groupSize: 128 });
    const bnb = parseHfConfig(JSON.stringify({ quantization_config: { load_in_4bit: true, bnb_4bit_quant_type: 'nf4' } }), names);
    assert.deepEqual(bnb.quantization, { method: 'bitsandbytes', bits: 4, bnb4bitType: 'nf4' });

    const dir = join(tmp, 'bnb');
    cpSync(join(FIX, 'gptq'), dir, { recursive: true });
    writeFileSync(join(dir, 'model.safetensors'), safetensorsBytes([
      { name: 'l.weight', dtype: 'U8', shape: [64, 1] }, // 128 four-bit values
      { name: 'l.weight.absmax', dtype: 'F32', shape: [2] },
      { name: 'l.weight.quant_map', dtype: 'F32', shape: [16] },
      { name: 'l.weight.quant_state.bitsandbytes__nf4', dtype: 'U8', shape: [10] },
    ]));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ quantization_config: { quant_method: 'bitsandbytes', load_in_4bit: true, bnb_4bit_quant_type: 'nf4' } }));
    const { weights } = readSafetensors(join(dir, 'model.safetensors'));
    assert.equal(params(weights), 128);
    assert.equal(weights.tensors[0]!.quantization, 'bitsandbytes 4-bit nf4 (2 values per byte)');
  });

  test('qweight without a quantization_config: the packed words are left out of params, scales and zero points are buffers, as the warning says', () => {
    const p = join(tmp, 'noconfig', 'model.safetensors');
    cpSync(join(FIX, 'gptq', 'model.safetensors'), p);
    const { weights } = readSafetensors(p);
    assert.match(weights.warnings.join('\n'), /packed quantized tensors \(\.qweight\) without a quantization_config .*: params leave out the packed int32 words \(bits per value unknown\), and their \.scales\/\.qzeros are buffers/);
    // Params: the float16 norm only, 16. Buffers: scales 2 x 8 = 16 + qzeros 2 x 1 = 2, 18.
    // Not params: qweight 2 x 8 = 16 int32 words + g_idx 16.
    assert.equal(params(weights), 16);
    const sum = (role: string): number => weights.tensors.filter((t) => t.role === role).reduce((a, t) => a + t.elements, 0);
    assert.equal(sum('buffer'), 18);
    assert.equal(sum('non-weight'), 32);
    // A quant_method we do not unpack: the same counts, and the warning says so (not "the stored words").
    writeFileSync(join(tmp, 'noconfig', 'config.json'), JSON.stringify({ quantization_config: { quant_method: 'eetq' } }));
    const other = readSafetensors(p).weights;
    assert.equal(params(other), 16);
    assert.match(other.warnings.join('\n'), /quant_method "eetq" is not one we unpack: params count the stored elements \(the packed \.qweight int32 words are left out; their \.scales\/\.qzeros are buffers\)/);
  });
});

describe('Hugging Face config.json -> DecoderSpec', () => {
  const none = new Set<string>();
  test('GPT-2: n_embd/n_layer/n_head, n_inner null = 4 x n_embd, plain MLP, tied LM head', () => {
    const c = parseHfConfig(JSON.stringify({ model_type: 'gpt2', n_embd: 768, n_layer: 12, n_head: 12, n_inner: null, vocab_size: 50257, n_positions: 1024 }), none);
    assert.deepEqual(c.decoder, {
      architecture: 'gpt2', hiddenSize: 768, layers: 12, heads: 12, kvHeads: 12, headDim: 64, intermediateSize: 3072, vocabSize: 50257,
      gatedMlp: false, tiedEmbeddings: true, maxContext: 1024, kvCacheElementBytes: 2,
    });
  });
  test('Mixtral: num_local_experts / num_experts_per_tok, sliding window', () => {
    const c = parseHfConfig(JSON.stringify({
      model_type: 'mixtral', hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8,
      intermediate_size: 14336, vocab_size: 32000, max_position_embeddings: 32768, num_local_experts: 8, num_experts_per_tok: 2,
      sliding_window: 4096, torch_dtype: 'bfloat16',
    }), none);
    assert.equal(c.decoder!.experts, 8);
    assert.equal(c.decoder!.expertsPerToken, 2);
    assert.equal(c.decoder!.slidingWindow, 4096);
    assert.equal(c.decoder!.headDim, 128);
  });
  test('Qwen2: sliding_window is ignored when use_sliding_window is false; Qwen2-MoE uses moe_intermediate_size', () => {
    const q = parseHfConfig(JSON.stringify({
      model_type: 'qwen2', hidden_size: 896, num_hidden_layers: 24, num_attention_heads: 14, num_key_value_heads: 2, intermediate_size: 4864,
      vocab_size: 151936, max_position_embeddings: 32768, sliding_window: 32768, use_sliding_window: false, tie_word_embeddings: true,
    }), none);
    assert.equal(q.decoder!.slidingWindow, undefined);
    const moe = parseHfConfig(JSON.stringify({
      model_type: 'qwen2_moe', hidden_size: 2048, num_hidden_layers: 24, num_attention_heads: 16, num_key_value_heads: 16, intermediate_size: 5632,
      moe_intermediate_size: 1408, shared_expert_intermediate_size: 5632, num_experts: 60, num_experts_per_tok: 4, vocab_size: 151936,
    }), none);
    assert.equal(moe.decoder!.intermediateSize, 1408);
    assert.equal(moe.decoder!.sharedExpertIntermediateSize, 5632);
  });
  test('Gemma 3 nests the decoder in text_config; every 6th layer is global', () => {
    const c = parseHfConfig(JSON.stringify({
      model_type: 'gemma3', text_config: { model_type: 'gemma3_text', hidden_size: 2560, num_hidden_layers: 34, num_attention_heads: 8, num_key_value_heads: 4,
        head_dim: 256, intermediate_size: 10240, vocab_size: 262208, sliding_window: 1024, max_position_embeddings: 131072 },
    }), none);
    // 34 layers, floor(34 / 6) = 5 global, 29 local.
    assert.equal(c.decoder!.slidingWindowLayers, 29);
    assert.equal(c.decoder!.headDim, 256);
  });
  test('a config that is not JSON, or not a decoder, is a warning, not a failure', () => {
    assert.match(parseHfConfig('{nope', none).warnings[0]!, /config.json is not valid JSON/);
    assert.match(parseHfConfig('{"model_type": "bert"}', none).warnings[0]!, /does not state hidden_size/);
    assert.match(parseHfConfig(JSON.stringify({ hidden_size: -1, num_hidden_layers: 1, num_attention_heads: 1, intermediate_size: 1, vocab_size: 1 }), none).warnings[0]!,
      /hidden_size is not a positive integer/);
  });
  test('GPTQ bits that are a list nested 100,000 deep or an object: named by kind, no stack overflow (fuzz)', () => {
    const d = 100_000;
    const deep = parseHfConfig(`{"quantization_config":{"quant_method":"gptq","bits":${'['.repeat(d)}${']'.repeat(d)}}}`, none);
    assert.ok(deep.warnings.includes('config.json: gptq bits a list is not 2, 3, 4 or 8; packed weights are counted as stored'), deep.warnings.join(' | '));
    assert.ok(parseHfConfig('{"quantization_config":{"quant_method":"awq","bits":{"a":1}}}', none).warnings.includes('config.json: awq bits an object is not 2, 3, 4 or 8; packed weights are counted as stored'));
    // null is unstated: the default of 4 bits, no warning about bits.
    assert.ok(!parseHfConfig('{"quantization_config":{"quant_method":"gptq","bits":null}}', none).warnings.some((w) => w.includes('bits')));
    assert.ok(parseHfConfig('{"quantization_config":{"quant_method":"gptq","bits":5}}', none).warnings.includes('config.json: gptq bits "5" is not 2, 3, 4 or 8; packed weights are counted as stored'));
  });
});
