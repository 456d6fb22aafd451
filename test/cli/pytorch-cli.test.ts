import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { ProfileResult } from '../../src/profile/types.js';
import { DEFAULT_MODEL_GLOBS, matchesAny, parsePatterns } from '../../src/io/glob.js';
import { PickleWriter, stateDictZipItems, zipBytes } from '../support/pytorch-writer.js';
import { runCli } from '../support/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-pytorch-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('default models globs take .pt/.pth/.ckpt and .bin (a .bin then counts only by its signature: formats/registry.ts isModelByDefault)', () => {
  const globs = parsePatterns(DEFAULT_MODEL_GLOBS);
  for (const p of ['ckpt/model.pt', 'a/b.pth', 'last.ckpt', 'net.onnx', 'hf/pytorch_model.bin']) assert.ok(matchesAny(p, globs), p);
});

describe('model-budget profile on PyTorch files (bundled CLI)', () => {
  test('a training checkpoint: params, buffers and optimizer state apart, costs n/a', () => {
    const r = runCli(['profile', 'test/fixtures/pytorch/resnet_checkpoint.pt', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const p = JSON.parse(r.stdout) as ProfileResult;
    assert.equal(p.model.format, 'pytorch');
    // Worked out in test/formats/pytorch-reader.test.ts: 5266 params, 150 buffer elements,
    // 10,552 Adam + 5416 EMA elements of optimizer state.
    assert.equal(p.params.total, 5266);
    assert.equal(p.weights?.buffers.elements, 150);
    assert.equal(p.weights?.optimizer.elements, 15_968);
    assert.equal(p.totals, null);
  });

  test('a .bin is PyTorch by its bytes (pytorch_model.bin); a .bin that is not (ONNX external data) is no model', () => {
    copyFileSync('test/fixtures/pytorch/half_bf16.pt', join(tmp, 'pytorch_model.bin'));
    const ok = runCli(['profile', join(tmp, 'pytorch_model.bin'), '--format', 'json']);
    assert.equal(ok.status, 0, ok.stderr);
    // 512 bfloat16 + 272 float16 + 32 float32 = 816
    assert.equal((JSON.parse(ok.stdout) as ProfileResult).params.total, 816);
    writeFileSync(join(tmp, 'weights.bin'), new Uint8Array(4096).fill(0x3f));
    const no = runCli(['profile', join(tmp, 'weights.bin')]);
    assert.equal(no.status, 2);
    assert.match(no.stderr, /not a model file this tool reads/);
  });

  test('bad input is a one-line error with exit 2: truncated, code-calling pickle, missing storage', () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['truncated.pt', zipBytes(stateDictZipItems([{ name: 'w', storageType: 'FloatStorage', key: '0', numel: 4, dims: [4] }])).subarray(0, 150), /end-of-directory/],
      ['evil.pt', zipBytes([{ name: 'archive/data.pkl', data: new PickleWriter().proto().global('os', 'system').mark().str('id').tuple().reduce().stop().bytes() }]), /calls os\.system/],
      ['missing.pt', zipBytes(stateDictZipItems([{ name: 'w', storageType: 'FloatStorage', key: '0', numel: 4, dims: [4] }]).filter((i) => !i.name.endsWith('/0'))), /has no "archive\/data\/0"/],
    ];
    for (const [name, bytes, pattern] of cases) {
      writeFileSync(join(tmp, name), bytes);
      const r = runCli(['profile', join(tmp, name)]);
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});
