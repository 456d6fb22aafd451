/**
 * Totals beyond 2^53 are exact (issue 9 item 5) and every total is finite or the model is not
 * measurable (issue 8 item 10). Numbers worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { profileFile } from '../../src/profile/index.js';
import { hugeTensorBomb, loopTripsBomb, nestedLoops } from '../support/bombs.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-exact-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('exact totals beyond 2^53', () => {
  test('Loop of 10^15 + 1 trips over a 1001-FLOP body: 1,001,000,000,000,001,001 FLOPs exactly', async () => {
    // Body: Add on [1001] floats = 1001 FLOPs (Identity: 0). 1001 x (10^15 + 1) = 1001 x 10^15 + 1001.
    const p = await profileFile(write('loop.onnx', loopTripsBomb(10n ** 15n + 1n, 1001)));
    const t = p.totals!;
    assert.equal(t.exact?.flops, '1001000000000001001');
    // The number keeps the nearest double: 1001000000000001001 is not one (it needs 60 bits).
    assert.equal(t.flops, Number(1001000000000001001n));
    assert.notEqual(BigInt(t.flops), 1001000000000001001n);
    assert.equal(t.macs, 0);
    assert.equal(t.exact?.macs, undefined, 'a safe count has no exact string');
    // byOpType and the Loop node carry the same exact string.
    assert.equal(p.byOpType!.find((r) => r.opType === 'Loop')!.exact?.flops, '1001000000000001001');
    assert.equal(p.nodes!.find((n) => n.opType === 'Loop')!.exact?.flops, '1001000000000001001');
  });

  test('the sum of two Loops is exact where the number sum would round', async () => {
    // Each Loop nests 2 levels of 2^27 + 1 trips around a width-3 Add:
    // 3 x (2^27 + 1)^2 = 3 x (2^54 + 2^28 + 1) = 3 x 18,014,398,777,917,441 = 54,043,196,333,752,323;
    // two Loops in a row: 108,086,392,667,504,646 (above 2^53: the double sum would round).
    const per = 3n * (2n ** 27n + 1n) ** 2n;
    const p = await profileFile(write('two-loops.onnx', nestedLoops(2, 2n ** 27n + 1n, 3, 2)));
    assert.equal(p.totals!.exact?.flops, String(2n * per));
    assert.equal(String(2n * per), '108086392667504646');
  });

  test('peak activation memory of a 2^62-element Expand is exact: 2^64 + 4 bytes', async () => {
    // Input x [1,1] float32 = 4 bytes live; Expand to [2^31, 2^31] float32 = 2^62 x 4 = 2^64 bytes.
    const p = await profileFile(write('expand.onnx', hugeTensorBomb('Expand')));
    assert.equal(p.totals!.exact?.peakActivationBytes, String(2n ** 64n + 4n));
    assert.equal(p.totals!.peakActivationBytes, 2 ** 64);
    // JSON keeps every metric a number (never null) and the exact strings beside them.
    const json = JSON.parse(JSON.stringify(p)) as typeof p;
    assert.equal(json.totals!.peakActivationBytes, 2 ** 64);
  });
});

describe('totals beyond the largest double are not measurable', () => {
  test('one Loop nest costing 3 x (2^61)^17 FLOPs: the node is named, one line', async () => {
    // (2^61)^17 = 2^1037 > 1.8e308 (2^1024). (2^62 and above is the while-loop sentinel.)
    const path = write('inf.onnx', nestedLoops(17, 2n ** 61n, 3));
    await assert.rejects(profileFile(path), (e: unknown) => {
      assert.ok(e instanceof ModelFileError, String(e));
      assert.match(e.detail, /^node 'Loop_\d+' \(Loop\): cost is beyond 1\.8e308, the largest number model-budget can report: not measurable$/);
      return true;
    });
  });

  test('two Loops of about 2^1023 bytes each: each is finite, their total is not', async () => {
    // 16 levels of 2^61 trips = 2^976 iterations of a body moving 8 x 2^44 + 2 bytes (the Add reads
    // and writes [2^44] floats; the Identity 1 + 1 bool bytes): 2^1023 + 2^977 bytes per Loop, a
    // finite double; two Loops: above 2^1024.
    const path = write('sum.onnx', nestedLoops(16, 2n ** 61n, 2 ** 44, 2));
    await assert.rejects(profileFile(path), (e: unknown) => {
      assert.ok(e instanceof ModelFileError, String(e));
      assert.equal(e.detail, "the model's total cost is beyond 1.8e308, the largest number model-budget can report: not measurable");
      return true;
    });
  });
});
