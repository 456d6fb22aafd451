/**
 * End-to-end (security review 2, F1 and F2): a pull request that grows a budgeted model cannot
 * pass the gate by making the head's numbers uncheckable: an op the engine cannot cost (the totals
 * become a lower bound that breaches nothing), a NaN cost (a lower bound of 0), or input dims
 * renamed away from the config's bindings (measured at 1). Each budget it could not check fails
 * at its level, with the reason on its row. Runs the bundled CLI (dist/cli) on files written here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import { runCli } from '../support/run-cli.js';

/** One 3x3 Conv with `cout` output channels (pads 1: same size out) on x of `shape`; domain '' is ai.onnx. */
function conv(shape: readonly (number | string)[], cout = 64, domain = ''): Uint8Array {
  const g = new GraphBuilder('main');
  g.input('x', 'float32', shape);
  g.initializer('W', 'float32', [cout, 3, 3, 3]);
  g.node('Conv', ['x', 'W'], ['y'], { pads: [1, 1, 1, 1] }, { domain });
  g.output('y', 'float32', null);
  return modelBytes(g, { opset: 17, ...(domain ? { opsets: { [domain]: 1 } } : {}) });
}

function diff(files: Record<string, Uint8Array | string>): { status: number | null; out: string } {
  const d = mkdtempSync(join(tmpdir(), 'mb-unchecked-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(d, name), bytes);
  const r = runCli(['diff', 'base.onnx', 'head.onnx', '--config', 'c.yml', '--format', 'text'], { cwd: d });
  return { status: r.status, out: r.stdout + r.stderr };
}

// Base Conv 1x3x224x224 -> 64 channels: MACs = 224*224*64*(3*3*3) = 86,704,128, under 200M.
const BUDGETS = 'version: 1\nmodels:\n  - path: "*.onnx"\n    budgets:\n      flops: { max-increase: 5% }\n      macs: { max: 200M }\n';

describe('budgets the head cannot check fail at their level (review 2, F1, F2)', () => {
  test('a lower-bound head (an op in a domain the engine does not cost) fails its FLOPs and MACs budgets', () => {
    // Head: the same Conv at 640x640 in domain com.evil: really MACs 640*640*64*27 = 707,788,800
    // (> 200M) and +716% FLOPs, but the node costs 0: both totals read "≥0", breaching nothing.
    const r = diff({ 'base.onnx': conv([1, 3, 224, 224]), 'head.onnx': conv([1, 3, 640, 640], 64, 'com.evil'), 'c.yml': BUDGETS });
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /FAIL FLOPs: not checked: ≥0 is only a lower bound \(some nodes could not be costed\) and the base was exact/);
    assert.match(r.out, /FAIL MACs: not checked: ≥0 is only a lower bound/);
    assert.match(r.out, /^FAIL: 2 budgets could not be checked$/m);
  });

  test('a NaN cost (0 x (2^52)^25 elements) is a lower bound of 0, not a pass', () => {
    // Relu on [2^52 x25, 0]: its element count 0 * Infinity is NaN; the engine drops the node's
    // cost and marks the totals a lower bound. Base Relu 1x3x224x224: 150,528 FLOPs, 0 MACs.
    const big = new GraphBuilder('main');
    big.input('x', 'float32', [...Array<number>(25).fill(2 ** 52), 0]);
    big.node('Relu', ['x'], ['y']);
    big.output('y', 'float32', null);
    const small = new GraphBuilder('main');
    small.input('x', 'float32', [1, 3, 224, 224]);
    small.node('Relu', ['x'], ['y']);
    small.output('y', 'float32', null);
    const r = diff({ 'base.onnx': modelBytes(small, { opset: 17 }), 'head.onnx': modelBytes(big, { opset: 17 }), 'c.yml': BUDGETS });
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /FAIL FLOPs: not checked: ≥0 is only a lower bound/);
    assert.match(r.out, /FAIL MACs: not checked: ≥0 is only a lower bound/);
    assert.match(r.out, /^FAIL: 2 budgets could not be checked$/m);
  });

  test('renaming the dims the config binds (h, w -> height, width) fails the FLOPs budget of a doubled model', () => {
    // Config binds h = w = 224. The head doubles the channels (FLOPs +100%) and renames its dims,
    // so it is measured at 1x3x1x1 (MACs 1*1*128*27 = 3,456): -99.99%, no breach, but unchecked.
    const cfg = 'version: 1\ndefaults: { dims: { h: 224, w: 224 } }\nmodels:\n  - path: "*.onnx"\n    budgets:\n      flops: { max-increase: 5% }\n      params: { max-increase: 150% }\n';
    const r = diff({ 'base.onnx': conv([1, 3, 'h', 'w']), 'head.onnx': conv([1, 3, 'height', 'width'], 128), 'c.yml': cfg });
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /FAIL FLOPs: not checked: measured at height=1, width=1, input dims nothing binds \(the base was not measured at 1 there\)/);
    // Params do not depend on dims: 128*27 = 3,456 vs 64*27 = 1,728 is +100%, within +150%.
    assert.doesNotMatch(r.out, /Params: not checked/);
    assert.match(r.out, /WARN input dim 'height' of 'x' is not bound/);
    assert.match(r.out, /^FAIL: 1 budget could not be checked$/m);
  });

  test('a dim the base left unbound too stays a warning (honest dynamic batch)', () => {
    // Both sides [batch, 3, 224, 224] with batch unbound: measured at batch=1 on both, like for
    // like, so the budgets are checked and the only finding is the warning naming batch.
    const same = diff({ 'base.onnx': conv(['batch', 3, 224, 224]), 'head.onnx': conv(['batch', 3, 224, 224]), 'c.yml': BUDGETS });
    assert.equal(same.status, 0, same.out);
    assert.match(same.out, /WARN input dim 'batch' of 'x' is not bound/);
    assert.doesNotMatch(same.out, /not checked/);
  });
});
