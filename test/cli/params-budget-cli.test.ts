/**
 * The params budget through the bundled CLI: weights moved to int16 (ONNX Runtime QInt16 QDQ) are
 * still weights, so a PR that grows a model that way fails its params budget (security review 2, F3).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { int16QdqMatMuls } from '../support/quantized-models.js';
import { runCli } from '../support/run-cli.js';

describe('params budget: diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-params-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('int16 weights behind DequantizeLinear (opset 21) count: +700% params fails a 5% budget', () => {
    // Base: MatMul with a float [256,256] weight: 65,536 params.
    const base = new GraphBuilder('main');
    base.input('x', 'float32', [1, 256]);
    base.initializer('W', 'float32', [256, 256]);
    base.node('MatMul', ['x', 'W'], ['y']);
    base.output('y', 'float32', null);
    // Head: int16 [256,1024] and [1024,256] through DequantizeLinear: 2 x 262,144 = 524,288
    // weights + the float scale + the int16 zero point = 524,290 params (+700%).
    writeFileSync(join(dir, 'base.onnx'), modelBytes(base, { opset: 21 }));
    writeFileSync(join(dir, 'head.onnx'), int16QdqMatMuls());
    writeFileSync(join(dir, 'c.yml'), 'version: 1\nmodels:\n  - path: "*.onnx"\n    budgets:\n      params: { max-increase: 5% }\n');
    const r = runCli(['diff', 'base.onnx', 'head.onnx', '--config', 'c.yml', '--format', 'json'], { cwd: dir });
    assert.equal(r.status, 1, `int16 weights are weights:\n${r.stdout}${r.stderr}`);
    // The params row: head 524,290 (json).
    assert.match(r.stdout, /"head": 524290,/);
  });
});
