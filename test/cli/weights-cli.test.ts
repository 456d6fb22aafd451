import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { ggufBytes, safetensorsBytes } from '../support/weight-writers.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-wcli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonProfile { model: { format: string; formatVersion: string }; params: { total: number; bytes: number }; totals: null }

describe('profile reads safetensors and GGUF through the format registry', () => {
  test('a safetensors set from its index and a GGUF v3 file: format, params, n/a costs', () => {
    const st = runCli(['profile', 'test/fixtures/safetensors/tiny-llama/model.safetensors.index.json', '--format', 'json']);
    assert.equal(st.status, 0, st.stderr);
    const p = JSON.parse(st.stdout) as JsonProfile;
    // 1256 float16 params (test/formats/safetensors-reader.test.ts works them out), 2 bytes each.
    assert.deepEqual([p.model.format, p.params.total, p.params.bytes, p.totals], ['safetensors', 1256, 2512, null]);
    const gg = runCli(['profile', 'test/fixtures/gguf/tiny-llama-v3.gguf', '--format', 'json']);
    assert.equal(gg.status, 0, gg.stderr);
    const g = JSON.parse(gg.stdout) as JsonProfile;
    assert.deepEqual([g.model.format, g.model.formatVersion, g.params.total, g.params.bytes], ['gguf', 'v3', 10336, 8160]);
  });

  test('recognised by signature under another name', () => {
    const path = join(tmp, 'weights.bin');
    writeFileSync(path, readFileSync('test/fixtures/gguf/tiny-v1.gguf'));
    const r = runCli(['profile', path, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as JsonProfile).model.format, 'gguf');
  });

  const bad: Array<[string, Buffer, RegExp]> = [
    ['truncated.safetensors', Buffer.from([1, 2, 3]), /truncated: 3 bytes, shorter than the 8-byte header length/],
    ['past-eof.safetensors', (() => { const b = safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [2] }]); b.writeBigUInt64LE(4096n); return b; })(), /header length 4096 bytes runs past the end of the file/],
    ['huge.safetensors', (() => { const b = safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [2] }]); b.writeBigUInt64LE(100_000_000_000n); return b; })(), /exceeds the 100 MB limit/],
    ['malformed.safetensors', safetensorsBytes([], undefined, '{"w": {'), /JSON header is malformed/],
    ['dtype.safetensors', safetensorsBytes([{ name: 'w', dtype: 'Q4', shape: [2], bytes: 1 }]), /tensor "w": unknown dtype "Q4"/],
    ['offsets.safetensors', safetensorsBytes([{ name: 'w', dtype: 'F32', shape: [2] }]).subarray(0, 20), /truncated/],
    ['count.gguf', (() => { const b = ggufBytes({ version: 3, metadata: [], tensors: [] }); b.writeBigUInt64LE(2n ** 63n, 8); return b; })(), /tensor count 9223372036854775808 at byte 8 is more than the rest of the file/],
    ['type.gguf', ggufBytes({ version: 3, metadata: [], tensors: [{ name: 'w', ne: [4], type: 77, bytes: 16 }] }), /tensor "w" has unknown ggml type 77/],
    ['truncated.gguf', ggufBytes({ version: 2, metadata: [], tensors: [{ name: 'w', ne: [4], type: 0, bytes: 16 }] }).subarray(0, 70), /truncated/],
  ];
  for (const [name, bytes, message] of bad) {
    test(`bad input ${name}: one line, exit 2`, () => {
      const path = join(tmp, name);
      writeFileSync(path, bytes);
      const r = runCli(['profile', path]);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(lines[0]!.startsWith(`model-budget: ${path}: `), lines[0]);
      assert.match(lines[0]!, message);
    });
  }
});
