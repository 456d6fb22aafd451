import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { ProfileResult } from '../../src/profile/types.js';
import { convModel } from '../support/tflite-fixtures.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-tflite-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('model-budget profile on .tflite files (bundled CLI)', () => {
  test('profiles a TFLite model', () => {
    const path = join(dir, 'conv.tflite');
    writeFileSync(path, convModel().build());
    const r = runCli(['profile', path, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const p = JSON.parse(r.stdout) as ProfileResult;
    assert.equal(p.model.format, 'tflite');
    // CONV_2D 1,024 outputs * 27 taps + DEPTHWISE 512 outputs * 9 taps.
    assert.equal(p.totals?.macs, 27_648 + 4_608);
  });

  test('a broken TFLite file is one line on stderr and exit code 2', () => {
    const bytes = convModel().build();
    const path = join(dir, 'broken.tflite');
    writeFileSync(path, bytes.subarray(0, bytes.length / 2));
    const r = runCli(['profile', path]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, new RegExp(`^model-budget: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid TFLite file: `));
  });

  test('a file named .tflite without the TFL3 identifier is refused as such', () => {
    const path = join(dir, 'not.tflite');
    writeFileSync(path, 'hello, this is not a flatbuffer');
    const r = runCli(['profile', path]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /invalid TFLite file: not a TFLite file: file identifier is 'o, t', expected 'TFL3'/);
  });
});
