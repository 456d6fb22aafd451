/**
 * A symbolic head dim counts as "like with like" (a warning only) only where the base input of the
 * same name had the same rank and the same measured size at every position: a 1 the base happened
 * to have at that index (a batch of 1) is not enough (review: a dims hole). Through the whole
 * pipeline (`model-budget diff`, in process).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runDiff } from '../../src/cli/diff.js';
import { validateGateReport } from '../../src/budget/gate.js';
import { GraphBuilder, writeModel } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-dims-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** y = x @ W, W [64, n]. */
function write(name: string, shape: readonly (number | string)[], n: number): void {
  const g = new GraphBuilder('main');
  g.input('x', 'float32', shape);
  g.initializer('W', 'float32', [64, n]);
  g.node('MatMul', ['x', 'W'], ['y']);
  g.output('y', 'float32', null);
  writeModel(join(dir, name), g, { opset: 17 });
}

test('base x [1,128,64] fixed, head x [seq,64] with W doubled: the FLOPs budget is not checked and fails', async () => {
  // Base MACs 128*64*64 = 524,288 (FLOPs 1,048,576). Head at seq=128 would be 128*64*128 =
  // 1,048,576 MACs (+100%), but nothing binds seq, so it is measured at seq=1: 64*128 = 8,192
  // MACs (FLOPs 16,384, -98.4%), no breach of +5%. The base's 1 at index 0 was a batch of a
  // rank-3 input; seq stands at index 0 of a rank-2 one: not like with like.
  write('base.onnx', [1, 128, 64], 64);
  write('head.onnx', ['seq', 64], 128);
  writeFileSync(join(dir, 'c.yml'), 'version: 1\nmodels:\n  - path: "*.onnx"\n    budgets:\n      flops: { max-increase: 5% }\n');
  let out = '';
  const code = await runDiff(['base.onnx', 'head.onnx', '--config', 'c.yml', '--format', 'json'], {
    cwd: dir, stdout: (t) => { out += t; }, stderr: () => undefined,
  });
  const report = validateGateReport(JSON.parse(out));
  const flops = report.models[0]!.rows.find((r) => r.metric === 'flops')!;
  assert.deepEqual([flops.base, flops.head], [1_048_576, 16_384]);
  assert.equal(flops.status, 'error');
  assert.equal(flops.unchecked, true);
  assert.deepEqual(flops.reasons, ['not checked: measured at seq=1, input dims nothing binds (the base was not measured at 1 there)']);
  assert.equal(code, 1);
});
