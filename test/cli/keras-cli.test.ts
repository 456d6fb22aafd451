import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { ProfileResult } from '../../src/profile/types.js';
import { runCli } from '../support/run-cli.js';
import { zipBytes } from '../support/pytorch-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-keras-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('model-budget on Keras files (bundled CLI)', () => {
  test('profile a .keras: params apart from BatchNorm statistics and optimizer state, MACs from the layers', () => {
    const r = runCli(['profile', 'test/fixtures/keras/small_cnn.keras', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const p = JSON.parse(r.stdout) as ProfileResult;
    assert.equal(p.model.format, 'keras');
    // Worked out in test/formats/keras-reader.test.ts: 5450 params, 32 buffer elements, 1,345,856 MACs.
    assert.equal(p.params.total, 5450);
    assert.equal(p.weights?.buffers.elements, 32);
    assert.equal(p.totals?.macs, 1_345_856);
  });

  test('diff of two Keras files: the per-layer breakdown names the layers on each side', () => {
    // The small CNN against the channels-first CNN (keras-reader.test.ts): their layers are named apart.
    const r = runCli(['diff', 'test/fixtures/keras/small_cnn.keras', 'test/fixtures/keras/channels_first.keras', '--format', 'json']);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const out = JSON.parse(r.stdout) as { models: Array<{ why?: { modules?: Array<{ name: string; baseParams: number; headParams: number }> } }> };
    const modules = new Map((out.models[0]?.why?.modules ?? []).map((m) => [m.name, [m.baseParams, m.headParams]]));
    // logits 32*10 + 10 = 330 in the base only; head 4*5 + 5 = 25 and up 2*2*4*8 + 4 = 132 in the head only.
    assert.deepEqual(modules.get('logits'), [330, 0]);
    assert.deepEqual(modules.get('head'), [0, 25]);
    assert.deepEqual(modules.get('up'), [0, 132]);
  });

  test('a corrupt .h5 and a .keras that lies are one line on stderr and exit 2', () => {
    const h5 = Buffer.from(readFileSync('test/fixtures/keras/mlp_legacy.h5'));
    writeFileSync(join(tmp, 'cut.h5'), h5.subarray(0, 3000));
    const lying = zipBytes([{ name: 'metadata.json', data: Buffer.from('{}') }, { name: 'config.json', data: Buffer.from('{}'), claimSize: 5_000_000 }]);
    writeFileSync(join(tmp, 'lying.keras'), lying);
    for (const [name, pattern] of [['cut.h5', /cut\.h5: invalid HDF5 \(Keras\) file: /], ['lying.keras', /lying\.keras: invalid \.keras archive: /]] as const) {
      const r = runCli(['profile', join(tmp, name)]);
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});
