/**
 * Operating points, latency per device and formula changes through the whole pipeline
 * (`model-budget diff`, in process), with numbers worked out by hand.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runDiff } from '../../src/cli/diff.js';
import { ReportValidationError, validateGateReport } from '../../src/budget/gate.js';
import type { GateReport } from '../../src/budget/types.js';
import { renderComment } from '../../src/report/markdown.js';
import { GraphBuilder, writeModel } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-points-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * x [1, 64, h, w] float32. Base: a 3x3 conv 64 -> 64 (pad 1, no bias). Head: the depthwise-separable
 * swap, a 3x3 depthwise conv (group 64) then a 1x1 conv 64 -> 64.
 * Per position (h*w): base MACs 64*64*9 = 36,864; head 64*9 + 64*64 = 576 + 4,096 = 4,672.
 * FLOPs = 2 * MACs: base 73,728*h*w, head 9,344*h*w.
 */
function write(name: string, separable: boolean): void {
  const g = new GraphBuilder();
  g.input('x', 'float32', [1, 64, 'h', 'w']);
  if (separable) {
    g.initializer('dw', 'float32', [64, 1, 3, 3]);
    g.initializer('pw', 'float32', [64, 64, 1, 1]);
    g.node('Conv', ['x', 'dw'], ['d'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], group: 64 }, { name: 'depthwise' });
    g.node('Conv', ['d', 'pw'], ['y'], { kernel_shape: [1, 1] }, { name: 'pointwise' });
  } else {
    g.initializer('k', 'float32', [64, 64, 3, 3]);
    g.node('Conv', ['x', 'k'], ['y'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: 'conv' });
  }
  g.output('y', 'float32', null);
  writeModel(join(dir, name), g, { opset: 17 });
}

async function diff(config: string, format: 'json' | 'md' | 'text' = 'json'): Promise<{ code: number; out: string }> {
  writeFileSync(join(dir, 'budget.yml'), config);
  let out = '';
  const code = await runDiff(['base.onnx', 'head.onnx', '--config', 'budget.yml', '--format', format], {
    cwd: dir, stdout: (t) => { out += t; }, stderr: () => undefined,
  });
  return { code, out };
}

write('base.onnx', false);
write('head.onnx', true);

// A device with little bandwidth: 100 GFLOPS, 1 GB/s (ridge point 100 FLOP/byte).
const CONFIG = `version: 1
models:
  - path: head.onnx
    points:
      small: { h: 32, w: 32 }
      large: { h: 64, w: 64 }
    budgets:
      flops: { max: 100M, at: large }
      macs: { max-increase: 5% }
      latency: { max: 1ms, hardware: [{ name: poor, peak-flops: 100G, bandwidth: 1GB/s }], at: small }
`;

describe('conv -> depthwise-separable swap at two operating points', () => {
  test('the overview row of a model with points shows its first point\'s costs and ranks by its largest change', async () => {
    const { out } = await diff(CONFIG);
    const md = renderComment(validateGateReport(JSON.parse(out)));
    const lines = md.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| Model | Params |'));
    assert.ok(header >= 0, md);
    const cells = lines[header + 2]!.split('|').map((c) => c.trim());
    // Columns: Model, Params, FLOPs, Peak memory, Largest change, ... (before, FLOPs and peak memory
    // were '—': the model's own rows hold only params and file size).
    // FLOPs at small (h = w = 32): 75,497,472 -> 9,568,256 = -87.3%.
    assert.match(cells[3]!, /^9\.57\u00a0M \(-87\.3%\)$/, lines[header + 2]);
    // Peak memory at small: 512 B per position * 1,024 = 524,288 B either side, unchanged.
    assert.match(cells[4]!, /^524\u00a0kB$/, lines[header + 2]);
    // Largest change over the model's rows and every point's: memory access at large (h = w = 64)
    // goes 2 * 1,048,576 + 147,456 = 2,244,608 B -> 4 * 1,048,576 + 18,688 = 4,213,248 B, +87.7%,
    // just above params' -87.3% (36,864 -> 4,672), which the model's own rows alone would name.
    assert.equal(cells[5], 'Memory access +87.7%');
  });

  test('FLOPs fall 7.9x while the roofline latency on a bandwidth-poor device rises', async () => {
    const { code, out } = await diff(CONFIG);
    assert.equal(code, 1);
    const report: GateReport = validateGateReport(JSON.parse(out));
    const m = report.models[0]!;
    assert.deepEqual(m.rows.map((r) => r.metric), ['params', 'file-size']);
    const [small, large] = m.points!;
    assert.deepEqual([small!.name, small!.dims, large!.name, large!.dims], ['small', { h: 32, w: 32 }, 'large', { h: 64, w: 64 }]);
    const flops = (p: typeof small) => p!.rows.find((r) => r.metric === 'flops')!;
    // small: 73,728 * 1,024 = 75,497,472 -> 9,344 * 1,024 = 9,568,256; large (4x): 301,989,888 -> 38,273,024.
    assert.deepEqual([flops(small).base, flops(small).head], [75_497_472, 9_568_256]);
    assert.deepEqual([flops(large).base, flops(large).head], [301_989_888, 38_273_024]);
    // `flops` has at: large only; `macs` (no at) applies at both.
    assert.equal(flops(small).budget, null);
    assert.equal(flops(large).budget, '≤ 100 M');
    assert.equal(flops(large).status, 'ok');
    assert.ok(small!.rows.find((r) => r.metric === 'macs')!.budget);
    assert.ok(large!.rows.find((r) => r.metric === 'macs')!.budget);

    // Latency at small (the budget's at), 100 GFLOPS and 1 GB/s:
    //  base conv: 75,497,472 FLOPs -> 754.97 us; bytes 262,144 in + 147,456 weights + 262,144 out
    //    = 671,744 -> 671.74 us: compute-bound, 754.97472 us.
    //  head depthwise: 1,179,648 FLOPs -> 11.80 us; bytes 262,144 + 2,304 + 262,144 = 526,592 -> 526.592 us (memory).
    //  head pointwise: 8,388,608 FLOPs -> 83.89 us; bytes 262,144 + 16,384 + 262,144 = 540,672 -> 540.672 us (memory).
    //  head total 1,067.264 us > 1 ms: a breach, with all of its time memory-bound.
    assert.equal(large!.latency.length, 0);
    const lat = small!.latency[0]!;
    assert.equal(lat.hardware, 'poor');
    assert.ok(Math.abs(lat.base! - 754.97472e-6) < 1e-12, String(lat.base));
    assert.ok(Math.abs(lat.head! - 1067.264e-6) < 1e-12, String(lat.head));
    assert.equal(lat.memoryBoundShare, 1);
    assert.deepEqual(lat.topMemoryBound.map((t) => [t.name, t.opType]), [['pointwise', 'Conv'], ['depthwise', 'Conv']]);
    assert.equal(lat.status, 'error');
    assert.deepEqual(lat.reasons, ['1.07 ms on poor exceeds max 1 ms']);
    assert.equal(report.violations, 1);
    // The breach is in a point's latency row: a report that hides it does not validate.
    const tampered = JSON.parse(out);
    tampered.passed = true;
    tampered.violations = 0;
    assert.throws(() => validateGateReport(tampered), { message: 'invalid gate report: report.violations: is 0 but 1 rows are errors' });
    tampered.models[0].points[0].latency[0].reasons = [42];
    assert.throws(() => validateGateReport(tampered), /report\.models\[0\]\.points\[0\]\.latency\[0\]\.reasons\[0\]: expected a string/);

    // Formulas in h and w. MACs 36,864*h*w -> 4,672*h*w and FLOPs 73,728*h*w -> 9,344*h*w: 7.89x less.
    // Memory access per position: base reads x (64 floats, 256 B) and writes y (256 B) = 512 B; the
    // head does that twice (x -> d, d -> y) = 1,024 B: 2x more. The constant term is the weights:
    // 64*64*9*4 = 147,456 B -> (576 + 4,096) * 4 = 18,688 B. Peak activations stay 512 B per
    // position (x + y; x + d, then d + y): no line.
    assert.deepEqual(m.formulas!.changes, [
      'MACs: the h·w coefficient fell 7.89x (36.9 K → 4.67 K)',
      'FLOPs: the h·w coefficient fell 7.89x (73.7 K → 9.34 K)',
      'memory access: the h·w coefficient grew 2.00x (512 B → 1.02 kB); also the constant fell 7.89x (147 kB → 18.7 kB)',
    ]);

    // The formulas are held to schema/gate-report.schema.json like the rest of the report: each
    // tamper is one line naming where it is.
    const rejected = (edit: (f: any) => void, message: string) => { // any: edits arbitrary JSON on purpose.
      const j = JSON.parse(out);
      edit(j.models[0].formulas);
      assert.throws(() => validateGateReport(j), (e: unknown) => e instanceof ReportValidationError && e.message === `invalid gate report: report.models[0].formulas.${message}`);
    };
    rejected((f) => (f.head.metrics.macs.terms[0].numerator = '1e9'), 'head.metrics.macs.terms[0].numerator: expected a string matching ^-?[0-9]{1,400}$');
    rejected((f) => (f.head.metrics.macs.terms[0].denominator = '0'), 'head.metrics.macs.terms[0].denominator: expected a string matching ^[1-9][0-9]{0,399}$');
    rejected((f) => delete f.head.metrics.macs.terms, 'head.metrics.macs.terms: missing');
    rejected((f) => (f.head.metrics.macs.terms = Array.from({ length: 1001 }, () => f.head.metrics.macs.terms[0])), 'head.metrics.macs.terms: more than 1000 items');
    rejected((f) => (f.head.metrics.macs.degree['x'.repeat(5000)] = 1), 'head.metrics.macs.degree: string longer than 4096 characters');
    rejected((f) => (f.head.metrics.macs.degree.h = -1), 'head.metrics.macs.degree.h: expected a number >= 0');
    rejected((f) => (f.base.metrics.latency = f.base.metrics.macs), 'base.metrics.latency: unexpected property');
    rejected((f) => (f.base.metrics.macs = { polynomial: false, reason: 'r', values: [{ at: { h: 1 }, value: 'big' }] }), 'base.metrics.macs.values[0].value: expected a finite number or null');
    rejected((f) => (f.head = 'x\ny'), 'head: expected an object or null');

    const md = renderComment(report);
    const lines = md.split('\n');
    // One column group (head, change, status with the budget) per point; names escaped.
    assert.ok(lines.includes('| Metric | **small \\(h=32, w=32\\)** | Change | Status | **large \\(h=64, w=64\\)** | Change | Status |'), md);
    assert.ok(lines.includes('| FLOPs | 9.57\u00a0M | -65.9\u00a0M (-87.3%) | — | 38.3\u00a0M | -264\u00a0M (-87.3%) | ✅ ≤ 100 M |'), md);
    assert.ok(lines.includes('| poor | small | 755\u00a0µs | 1.07\u00a0ms | 100% | pointwise (Conv, 541\u00a0µs), depthwise (Conv, 527\u00a0µs) | ❌ ≤ 1 ms |'), md);
    assert.ok(lines.includes('- ❌ small: Latency: 1\\.07 ms on poor exceeds max 1 ms'), md);
    assert.ok(lines.some((l) => l.startsWith('- 📈 Cost formula changed: FLOPs\\: the h·w coefficient fell 7\\.89x \\(73\\.7 K → 9\\.34 K\\) <sub>(73\\.7 K·h·w → 9\\.34 K·h·w)</sub>')), md);
    assert.match(md, /a bound to compare versions, not a measurement/);
    assert.match(md, /^### Model budget: ❌ 1 budget exceeded/m);
    const text = (await diff(CONFIG, 'text')).out;
    assert.match(text, /  at small \(h=32, w=32\): FAIL/);
    assert.match(text, /    latency on poor: 1\.07 ms \(base 755 µs\), 100% memory-bound; slowest memory-bound: pointwise \(Conv\), depthwise \(Conv\)  budget ≤ 1 ms: FAIL/);
  });

  test('a point binding a name the model does not have is an error naming the config line', async () => {
    const { code, out } = await diff('version: 1\nmodels:\n  - path: head.onnx\n    points:\n      tall: { h: 8, w: 8, height: 9 }\n');
    assert.equal(code, 1);
    const p = validateGateReport(JSON.parse(out)).models[0]!.points![0]!;
    assert.equal(p.error, "budget.yml:5: models[0].points.tall: binds 'height', which is not a symbolic dim of this model's inputs (dims: h, w)");
    assert.equal(p.verdict, 'error');
  });
});

test('a model that cannot be read counts once, not once per point', async () => {
  const { evaluateGate } = await import('../../src/budget/gate.js');
  const { parseConfig } = await import('../../src/budget/config.js');
  const config = parseConfig('version: 1\nmodels:\n  - path: m.onnx\n    points: { a: { seq: 1 }, b: { seq: 2 } }\n    budgets: { flops: { max: 1G } }\n');
  const report = evaluateGate({
    config,
    models: [{
      path: 'm.onnx', status: 'modified', error: 'm.onnx: truncated file',
      points: [{ name: 'a', dims: { seq: 1 }, inputs: {}, error: 'm.onnx: truncated file' }, { name: 'b', dims: { seq: 2 }, inputs: {}, error: 'm.onnx: truncated file' }],
    }],
  });
  assert.equal(report.violations, 1);
  assert.match(renderComment(report), /^### Model budget: ❌ 1 model could not be measured/m);
});
