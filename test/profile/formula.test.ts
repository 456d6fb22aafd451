import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { deriveFormulas, evaluateFormula } from '../../src/profile/formula.js';
import type { FormulaTerm, MetricFormula } from '../../src/profile/formula.js';
import { profileFile } from '../../src/profile/index.js';
import { formulaLines } from '../../src/report/formula-format.js';
import { fixtureModelPath } from '../support/model-fixtures.js';
import { GraphBuilder, writeModel } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-formula-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Terms as 'coef*dim^e*...' strings, exact, for comparison with hand-derived formulas. */
function termsText(f: MetricFormula | undefined): string[] {
  assert.ok(f, 'a formula entry');
  assert.ok(f.polynomial, `expected a polynomial, got: ${f.polynomial ? '' : f.reason}`);
  return f.terms.map((t: FormulaTerm) => [
    t.denominator === '1' ? t.numerator : `${t.numerator}/${t.denominator}`,
    ...Object.entries(t.powers).map(([d, e]) => (e === 1 ? d : `${d}^${e}`)),
  ].join('*'));
}

describe('deriveFormulas on hand-written cost functions', () => {
  const totals = (v: number) => ({ exact: true as const, totals: { macs: v, flops: 2 * v, memoryBytes: 4 * v, peakActivationBytes: v } });

  test('n(n+1)/2 has rational coefficients: 1/2*n + 1/2*n^2, and evaluates exactly', () => {
    const f = deriveFormulas(['n'], {}, (b) => totals((b.n! * (b.n! + 1)) / 2));
    assert.deepEqual(termsText(f.metrics.macs), ['1/2*n', '1/2*n^2']);
    assert.equal(evaluateFormula((f.metrics.macs as unknown as { terms: FormulaTerm[] }).terms, { n: 1000 }), 500500n);
  });

  test('two dims with a cross term: 3*a*b + 5*b^2 + 7', () => {
    const f = deriveFormulas(['b', 'a'], {}, (x) => totals(3 * x.a! * x.b! + 5 * x.b! ** 2 + 7));
    assert.deepEqual(f.dims, ['a', 'b']);
    assert.deepEqual(termsText(f.metrics.macs), ['7', '3*a*b', '5*b^2']);
  });

  test('floor(h/2) (a stride-2 output size) is not a polynomial: no formula, the values instead', () => {
    const f = deriveFormulas(['h'], {}, (b) => totals(Math.floor(b.h! / 2) * 10));
    const m = f.metrics.macs!;
    assert.equal(m.polynomial, false);
    assert.match(m.polynomial ? '' : m.reason, /not a polynomial in h/);
    // h = 8 (the first sample): floor(8/2)*10 = 40; h = 9: 40; h = 10: 50.
    assert.deepEqual(m.polynomial ? [] : m.values.slice(0, 3).map((v) => v.value), [40, 40, 50]);
  });

  test('max(64, seq) looks linear near 8 but not at 1000: no formula', () => {
    const f = deriveFormulas(['seq'], {}, (b) => totals(Math.max(64 * 16, b.seq! * 16)));
    assert.equal(f.metrics.macs!.polynomial, false);
  });

  test('a lower bound at any binding gives no formula and says why', () => {
    const f = deriveFormulas(['seq'], {}, () => ({ exact: false, reason: 'a lower bound (Loop trip count unknown)' }));
    const m = f.metrics.macs!;
    assert.equal(m.polynomial, false);
    assert.match(m.polynomial ? '' : m.reason, /not exact at seq=8: a lower bound \(Loop trip count unknown\)/);
  });
});

describe('formulas of ONNX graphs (profile)', () => {
  test('GPT-style attention, symbolic seq: MACs = 768*seq + 32*seq^2', async () => {
    // x [1, seq, 16]; q = x Wq, k = x Wk, v = x Wv (16x16): 3 * seq*16*16 = 768*seq MACs;
    // scores = q k^T [1, seq, seq]: seq*seq*16; out = scores v: seq*seq*16; together 32*seq^2.
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 'seq', 16]);
    for (const w of ['wq', 'wk', 'wv']) g.initializer(w, 'float32', [16, 16]);
    g.node('MatMul', ['x', 'wq'], ['q']);
    g.node('MatMul', ['x', 'wk'], ['k']);
    g.node('MatMul', ['x', 'wv'], ['v']);
    g.node('Transpose', ['k'], ['kt'], { perm: [0, 2, 1] });
    g.node('MatMul', ['q', 'kt'], ['scores']);
    g.node('MatMul', ['scores', 'v'], ['y']);
    g.output('y', 'float32', [1, 'seq', 16]);
    const path = join(dir, 'attn.onnx');
    writeModel(path, g, { opset: 17 });
    const p = await profileFile(path, { formulas: true });
    assert.deepEqual(p.formulas?.dims, ['seq']);
    assert.deepEqual(termsText(p.formulas!.metrics.macs), ['768*seq', '32*seq^2']);
    // FLOPs are 2 * MACs here (no elementwise op).
    assert.deepEqual(termsText(p.formulas!.metrics.flops), ['1536*seq', '64*seq^2']);
    assert.equal(formulaLines(p.formulas!)[0], 'MACs = 768·seq + 32·seq²');
  });

  test('conv net: 3x3 same conv is 216*batch*height*width; a stride-2 conv after it is not polynomial in height', async () => {
    const build = (strided: boolean): string => {
      const g = new GraphBuilder();
      g.input('x', 'float32', ['batch', 3, 'height', 'width']);
      g.initializer('w', 'float32', [8, 3, 3, 3]);
      // MACs = batch * 8 * height * width * (3 * 3 * 3) = 216 * batch * height * width.
      g.node('Conv', ['x', 'w'], ['y'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] });
      if (strided) {
        g.initializer('w2', 'float32', [8, 8, 3, 3]);
        // Output height floor((height + 2 - 3) / 2) + 1: rounds height/2.
        g.node('Conv', ['y', 'w2'], ['z'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], strides: [2, 2] });
      }
      g.output(strided ? 'z' : 'y', 'float32', null);
      const path = join(dir, strided ? 'strided.onnx' : 'conv.onnx');
      writeModel(path, g, { opset: 17 });
      return path;
    };
    const plain = await profileFile(build(false), { formulas: true });
    assert.deepEqual(plain.formulas?.dims, ['batch', 'height', 'width']);
    assert.deepEqual(termsText(plain.formulas!.metrics.macs), ['216*batch*height*width']);
    const strided = await profileFile(build(true), { formulas: true });
    const m = strided.formulas!.metrics.macs!;
    assert.equal(m.polynomial, false);
    assert.match(m.polynomial ? '' : m.reason, /not a polynomial in height/);
    assert.match(formulaLines(strided.formulas!)[0]!, /^MACs: no formula: not a polynomial in height/);
  });

  test('tiny_gpt_dyn (committed fixture) at batch = 1: MACs = 3401728*seq + 2048*seq^2', async () => {
    // Per block (d = 256, 4 heads of 64, MLP 1024): qkv 3d^2 + proj d^2 + MLP 8d^2 = 12d^2 = 786432
    // per token, 4 blocks 3145728, plus lm_head d*V = 256*1000 = 256000: 3401728*seq.
    // Attention QK^T and AV: 2 * 4 heads * 64 = 512 per seq^2 per block, 4 blocks: 2048*seq^2.
    const p = await profileFile(fixtureModelPath('tiny_gpt_dyn'), { dims: { batch: 1 }, formulas: true });
    assert.deepEqual(termsText(p.formulas!.metrics.macs), ['3401728*seq', '2048*seq^2']);
    const terms = (p.formulas!.metrics.macs as unknown as { terms: FormulaTerm[] }).terms;
    // 3401728*128 + 2048*16384 = 468975616 (reference.json); at 256: 1005060096 (by hand).
    assert.equal(evaluateFormula(terms, { seq: 128 }), 468975616n);
    assert.equal(evaluateFormula(terms, { seq: 256 }), 1005060096n);
    assert.equal(formulaLines(p.formulas!)[0], 'MACs = 3.40 M·seq + 2.05 K·seq² (batch = 1)');
  });
});
