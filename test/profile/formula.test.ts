import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { deriveFormulas, evaluateFormula } from '../../src/profile/formula.js';
import type { FormulaTerm, MetricFormula } from '../../src/profile/formula.js';
import { profileFile } from '../../src/profile/index.js';
import { formulaLines } from '../../src/report/formula-format.js';
import { fixtureModelPath } from '../support/model-fixtures.js';
import { GraphBuilder, writeModel } from '../support/onnx-writer.js';
import { functionFanInBomb, functionFanoutBomb } from '../support/bombs.js';

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

describe('a Loop whose trip count is the seq dim', () => {
  /**
   * x [1, seq, 16]; M = Shape(x)[1] = seq; the body, run M times, carries h [1,16] through
   * MatMul(h, w [16,16]) (256 MACs) and reads the outer x: MatMul(x, w2 [16,4]) is seq*16*4 =
   * 64*seq MACs per trip. Totals: 256*seq + 64*seq^2. `tripsFromInput` takes M from a graph input
   * instead: its value is data, so no binding of seq makes the cost exact.
   */
  const build = (name: string, tripsFromInput: boolean): string => {
    const body = new GraphBuilder('body');
    body.input('i', 'int64', []);
    body.input('c', 'bool', []);
    body.input('h_in', 'float32', [1, 16]);
    body.node('Identity', ['c'], ['c_out']);
    body.node('MatMul', ['h_in', 'w'], ['h_out']);
    body.node('MatMul', ['x', 'w2'], ['s']);
    body.output('c_out', 'bool', []);
    body.output('h_out', 'float32', [1, 16]);
    body.output('s', 'float32', null);
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 'seq', 16]);
    g.initializer('w', 'float32', [16, 16]);
    g.initializer('w2', 'float32', [16, 4]);
    g.initializer('h0', 'float32', [1, 16]);
    g.initializer('cond', 'bool', [], { values: [1] });
    if (tripsFromInput) g.input('n', 'int64', []);
    else {
      g.initializer('one', 'int64', [], { values: [1] });
      g.node('Shape', ['x'], ['xs']);
      g.node('Gather', ['xs', 'one'], ['n'], { axis: 0 });
    }
    g.node('Loop', ['n', 'cond', 'h0'], ['h', 'ss'], { body });
    g.output('h', 'float32', [1, 16]);
    g.output('ss', 'float32', null);
    const path = join(dir, name);
    writeModel(path, g, { opset: 17 });
    return path;
  };

  test('trip count = seq: MACs = 256*seq + 64*seq^2, exact at bindings off the grid', async () => {
    const p = await profileFile(build('loop-seq.onnx', false), { formulas: true });
    assert.deepEqual(p.formulas?.dims, ['seq']);
    assert.deepEqual(termsText(p.formulas!.metrics.macs), ['256*seq', '64*seq^2']);
    const terms = (p.formulas!.metrics.macs as unknown as { terms: FormulaTerm[] }).terms;
    // seq = 100: 25600 + 640000 = 665600, and the engine agrees at that binding.
    assert.equal(evaluateFormula(terms, { seq: 100 }), 665600n);
    const at100 = await profileFile(build('loop-seq-100.onnx', false), { dims: { seq: 100 } });
    assert.equal(at100.totals?.macs, 665600);
    assert.equal(formulaLines(p.formulas!)[0], 'MACs = 256·seq + 64·seq²');
  });

  test('trip count from data: no formula, the reason names the unknown trip count', async () => {
    const p = await profileFile(build('loop-data.onnx', true), { formulas: true });
    const m = p.formulas!.metrics.macs!;
    assert.equal(m.polynomial, false);
    assert.match(m.polynomial ? '' : m.reason, /^not exact at seq=8: a lower bound \(Loop trip count unknown/);
    assert.match(formulaLines(p.formulas!)[0]!, /^MACs: no formula: not exact at seq=8/);
  });
});

test('neither profile nor the gate derives formulas for a graph past MAX_FORMULA_NODES, and both say why', async () => {
  const { MAX_FORMULA_NODES } = await import('../../src/profile/index.js');
  const g = new GraphBuilder();
  g.input('x', 'float32', [1, 'seq']);
  let prev = 'x';
  for (let i = 0; i <= MAX_FORMULA_NODES; i++) prev = g.node('Relu', [prev], [`r${i}`])[0]!;
  g.output(prev, 'float32', null);
  const path = join(dir, 'long-chain.onnx');
  writeModel(path, g, { opset: 17 });
  const why = `the graph runs ${MAX_FORMULA_NODES + 1} nodes, local functions expanded (more than ${MAX_FORMULA_NODES}): each formula takes 10-30 more engine runs; bind seq with --dim for figures at a size`;
  const gate = await profileFile(path, { formulas: { free: [] }, perNode: false });
  assert.equal(gate.formulas?.note, `no formulas in the gate: ${why}`);
  assert.deepEqual(gate.formulas?.metrics, {});
  // `profile` (formulas: true) skipped them too (before, it ran the engine 10+ more times).
  const profile = await profileFile(path, { formulas: true, perNode: false });
  assert.equal(profile.formulas?.note, `no formulas: ${why}`);
  assert.deepEqual(profile.formulas?.metrics, {});
  assert.deepEqual(formulaLines(profile.formulas!), [`no formulas: ${why}`]);
});

describe('the formula cap counts what the engine runs, local functions expanded', () => {
  const write = (name: string, bytes: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  test('100 calls of a function of 60 Relus: 6,000 nodes run (> 5,000) from 100 main-graph nodes: no formulas', async () => {
    // functionFanoutBomb(1, 60, 100): F1 calls F0 (one Relu) 60 times; the graph calls F1 100
    // times: 100 x 60 = 6,000 Relus. Read from the main graph (100 nodes), 5,000 calls of a
    // 49-Relu function (245,000 nodes run, 119 KB) got formulas: 38 s and 1.96 GB a free dim.
    const path = write('calls-6000.onnx', functionFanoutBomb(1, 60, 100, ['n', 8]));
    const p = await profileFile(path, { formulas: true, perNode: false });
    assert.equal(p.formulas?.note, 'no formulas: the graph runs 6000 nodes, local functions expanded (more than 5000): each formula takes 10-30 more engine runs; bind n with --dim for figures at a size');
    assert.deepEqual(p.formulas?.metrics, {});
  });

  test('4 calls of a 10,001-input Sum: 40,008 values read and written (> 40,000): no formulas, in the gate either', async () => {
    // 4 x (10,001 inputs + 1 output) = 40,008.
    const path = write('fan-in-4.onnx', functionFanInBomb(4, 10_001, ['n', 8]));
    const gate = await profileFile(path, { formulas: { free: [] }, perNode: false });
    assert.equal(gate.formulas?.note, "no formulas in the gate: the graph's nodes read and write 40008 values, local functions expanded (more than 40000): each formula takes 10-30 more engine runs; bind n with --dim for figures at a size");
  });

  test('3 calls of a 10,001-input Sum: 30,006 values, within the cap: FLOPs = 240000*n', async () => {
    // Sum of k inputs: k - 1 adds per output element. Output [n, 8]: 10,000 x 8n = 80,000n a call, x 3.
    const p = await profileFile(write('fan-in-3.onnx', functionFanInBomb(3, 10_001, ['n', 8])), { formulas: true, perNode: false });
    assert.equal(p.formulas?.note, undefined);
    assert.deepEqual(termsText(p.formulas!.metrics.flops), ['240000*n']);
  });
});
