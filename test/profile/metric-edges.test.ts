/**
 * Memory access, peak activation memory and roofline edges that other tests do not reach, on real
 * ONNX files through profileFile. Every expected number is worked out by hand in its comment from
 * docs/metrics.md ("Memory access": each input read once, each output written once, real dtypes).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { profileFile } from '../../src/profile/index.js';
import type { ProfileFileOptions } from '../../src/profile/index.js';
import type { NodeProfile, ProfileResult } from '../../src/profile/types.js';
import { renderProfile } from '../../src/report/profile-format.js';
import { GraphBuilder, modelBytes } from '../support/onnx-writer.js';
import type { ModelOptions } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-metric-edges-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let written = 0;
async function profileOf(g: GraphBuilder, options: ProfileFileOptions = {}, model: ModelOptions = {}): Promise<ProfileResult> {
  const path = join(dir, `m${written++}.onnx`);
  writeFileSync(path, modelBytes(g, model));
  return profileFile(path, options);
}

function nodeNamed(p: ProfileResult, name: string): NodeProfile {
  const n = p.nodes?.find((x) => x.name === name);
  assert.ok(n, `node ${name} not profiled`);
  return n;
}

/** s: string [1000] -> LabelEncoder -> y: int64 [1000] (8,000 B), profiled. */
async function stringModelProfile(): Promise<ProfileResult> {
  const g = new GraphBuilder();
  g.input('s', 'string', [1000]);
  g.node('LabelEncoder', ['s'], ['y'], { keys_strings: ['a', 'b'], values_int64s: [1, 2] }, { domain: 'ai.onnx.ml', name: 'enc' });
  g.output('y', 'int64', [1000]);
  return profileOf(g, {}, { opsets: { '': 17, 'ai.onnx.ml': 3 } });
}

/**
 * Loop(M = 3, true, x: [rows, 4]) whose body computes y = h x W (W: [4, 4]), sums y into a scan
 * output, and carries h2, which `carry` makes from h (and y); the loop's final h2 is omitted.
 */
async function loopProfile(rows: number, carry: (g: GraphBuilder, body: GraphBuilder) => void): Promise<ProfileResult> {
  const g = new GraphBuilder();
  g.input('x', 'float32', [rows, 4]);
  g.initializer('W', 'float32', [4, 4]);
  g.initializer('M', 'int64', [], { values: [3] });
  g.initializer('c', 'bool', [], { values: [1] });
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('cin', 'bool', []);
  body.input('h', 'float32', [rows, 4]);
  body.node('MatMul', ['h', 'W'], ['y']);
  carry(g, body);
  body.node('Identity', ['cin'], ['cout']);
  body.node('ReduceSum', ['y'], ['s'], { keepdims: 0 });
  body.output('cout', 'bool', []);
  body.output('h2', 'float32', [null, 4]);
  body.output('s', 'float32', []);
  g.node('Loop', ['M', 'c', 'x'], ['', 'sums'], { body }, { name: 'loop' });
  g.output('sums', 'float32', [3]);
  return profileOf(g);
}

describe('memory access: outputs the node omits are not written', () => {
  test("LSTM with Y and Y_h omitted ('') writes Y_c only", async () => {
    // X [seq 2, batch 1, input 3] f32 = 24 B, W [1, 4*2, 3] = 96 B, R [1, 8, 2] = 64 B read;
    // Y_c [1, 1, 2] = 8 B written. Y ([2, 1, 1, 2], 16 B) and Y_h (8 B) are not asked for:
    // 24 + 96 + 64 + 8 = 192 bytes (216 when the omitted outputs were counted as written).
    const g = new GraphBuilder();
    g.input('x', 'float32', [2, 1, 3]);
    g.initializer('W', 'float32', [1, 8, 3]);
    g.initializer('R', 'float32', [1, 8, 2]);
    g.node('LSTM', ['x', 'W', 'R'], ['', '', 'yc'], { hidden_size: 2 }, { name: 'lstm' });
    g.output('yc', 'float32', [1, 1, 2]);
    const p = await profileOf(g);
    assert.equal(nodeNamed(p, 'lstm').memoryBytes, 192);
    assert.equal(p.totals!.memoryBytes, 192);
  });

  test("TopK with its Indices omitted writes the values only; LayerNormalization without Mean", async () => {
    // TopK: X [1, 16] f32 = 64 B + K int64 [1] = 8 B read, Values [1, 4] = 16 B written: 88
    // (120 with the int64 Indices [1, 4], 32 B, that the node does not ask for).
    // LayerNormalization: X [2, 8] = 64 B + Scale [8] = 32 B read, Y 64 B + InvStdDev [2, 1] 8 B
    // written: 168 (176 with the omitted Mean [2, 1]).
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 16]);
    g.initializer('k', 'int64', [1], { values: [4] });
    g.node('TopK', ['x', 'k'], ['v', ''], {}, { name: 'topk' });
    g.output('v', 'float32', [1, 4]);
    g.input('n', 'float32', [2, 8]);
    g.initializer('s', 'float32', [8]);
    g.node('LayerNormalization', ['n', 's'], ['y', '', 'r'], {}, { name: 'ln' });
    g.output('y', 'float32', [2, 8]);
    g.output('r', 'float32', [2, 1]);
    const p = await profileOf(g);
    assert.equal(nodeNamed(p, 'topk').memoryBytes, 88);
    assert.equal(nodeNamed(p, 'ln').memoryBytes, 168);
  });
});

describe('memory access: Dropout', () => {
  test('the output aliases the input, but a requested mask is written', async () => {
    // Inference Dropout: Y is X (0 bytes), but the mask output is a tensor of its own that the
    // runtime fills (all true): bool [4, 10] = 40 bytes written. Without a mask: 0 bytes.
    const g = new GraphBuilder();
    g.input('x', 'float32', [4, 10]);
    g.node('Dropout', ['x'], ['y', 'm'], {}, { name: 'with_mask' });
    g.node('Dropout', ['y'], ['z'], {}, { name: 'no_mask' });
    g.output('m', 'bool', [4, 10]);
    g.output('z', 'float32', [4, 10]);
    const p = await profileOf(g);
    assert.equal(nodeNamed(p, 'with_mask').memoryBytes, 40);
    assert.equal(nodeNamed(p, 'no_mask').memoryBytes, 0);
  });
});

describe('roofline: hostile hardware numbers', () => {
  test('a bandwidth that makes the ridge point overflow is an option error, not a null ridge point', async () => {
    // 19.5e12 FLOP/s / 1e-300 B/s = 1.95e313 FLOP/byte: beyond the largest double, so the JSON
    // said "ridgePoint": null. The option is refused before the model is read.
    const g = new GraphBuilder();
    g.input('x', 'float32', [4]);
    g.node('Relu', ['x'], ['y']);
    g.output('y', 'float32', [4]);
    await assert.rejects(profileOf(g, { peakFlops: '19.5T', bandwidth: '1e-300' }), /--bandwidth: "1e-300" is not a bandwidth \(below 1 byte per second\)/);
    await assert.rejects(profileOf(g, { hardware: 't4', peakFlops: '1e-320' }), /--peak-flops: "1e-320" is not a FLOPS rate \(below 1 FLOP per second\)/);
  });
});

describe('peak activation memory: string tensors', () => {
  test('a string value has no fixed size: the peak is a lower bound naming it, not an exact count without it', async () => {
    // s: string [1000] (size unknown: each element is as long as its text), y: int64 [1000] =
    // 8,000 B. Live during the LabelEncoder: s (unknown, counted 0) + y = 8,000, so the peak is
    // "≥ 8,000 B", a lower bound naming 's', as for any value of unknown size (a ZipMap's maps).
    // It was reported as exactly 8,000 B.
    const p = await stringModelProfile();
    const t = p.totals!;
    assert.equal(t.peakActivationBytes, 8000);
    assert.equal(t.lowerBound, true);
    assert.ok(t.lowerBoundReasons.some((r) => /peak activation memory: size of 1 value\(s\) unknown \('s'\)/.test(r)), t.lowerBoundReasons.join('; '));
  });

  test('a bound on the peak alone: the profile marks the peak "≥" and leaves MACs, FLOPs and memory access exact', async () => {
    // The same LabelEncoder model: its costs are exact (only the string's size is unknown), so
    // only the peak line carries "≥"; it had put "≥" on every total.
    const p = await stringModelProfile();
    const lines = renderProfile(p, { format: 'table' }).split('\n');
    const line = (label: string): string => lines.find((l) => l.startsWith(`${label} `))!;
    assert.match(line('peak activations'), /^peak activations +≥ 8.00 kB$/);
    for (const label of ['MACs', 'FLOPs', 'memory access']) assert.ok(!line(label).includes('≥'), line(label));
  });
});

describe('which totals are lower bounds: totals.lowerBoundMetrics', () => {
  test('a string value bounds the peak alone; an op with no definition bounds every total', async () => {
    // The LabelEncoder model costs every node: only the peak (s has no size) is a bound. The
    // profile said so only in a reason's wording ("peak activation memory: ..."), which readers
    // had to match by prefix.
    const strings = await stringModelProfile();
    assert.deepEqual(strings.totals!.lowerBoundMetrics, ['peak-memory']);
    const g = new GraphBuilder();
    g.input('x', 'float32', [4]);
    g.node('Mystery', ['x'], ['y'], {}, { domain: 'com.example', name: 'm' });
    g.output('y', 'float32', [4]);
    const unknown = await profileOf(g, {}, { opsets: { '': 17, 'com.example': 1 } });
    assert.equal(unknown.totals!.lowerBound, true);
    assert.deepEqual(unknown.totals!.lowerBoundMetrics, ['macs', 'flops', 'memory', 'peak-memory', 'latency']);
    const exact = new GraphBuilder();
    exact.input('x', 'float32', [4]);
    exact.node('Relu', ['x'], ['y']);
    exact.output('y', 'float32', [4]);
    assert.deepEqual((await profileOf(exact)).totals!.lowerBoundMetrics, []);
  });

  test('the by-op-type table marks an op type with an uncosted node as a lower bound, not the costed ones', async () => {
    // x: float32 [4] -> Relu (4 FLOPs; 16 B read + 16 B written = 32 B) -> Mystery (no
    // definition: counted 0) -> y. The Mystery row read "0 0 ... 0 B" beside exact rows.
    const g = new GraphBuilder();
    g.input('x', 'float32', [4]);
    g.node('Relu', ['x'], ['r'], {}, { name: 'relu' });
    g.node('Mystery', ['r'], ['y'], {}, { domain: 'com.example', name: 'm' });
    g.output('y', 'float32', [4]);
    const p = await profileOf(g, {}, { opsets: { '': 17, 'com.example': 1 } });
    const lines = renderProfile(p, { format: 'table', byOpType: true }).split('\n');
    const rowOf = (label: string): string[] => lines.find((l) => l.startsWith(label))!.trim().split(/\s{2,}/);
    assert.deepEqual(rowOf('Relu'), ['Relu', '1', '0', '4', '100.0%', '32 B']);
    assert.deepEqual(rowOf('com.example::Mystery'), ['com.example::Mystery', '1', '≥ 0', '≥ 0', '0%', '≥ 0 B']);
  });

  test('CSV names the bounded totals: one lower_bound flag could not tell a peak-only bound', async () => {
    const csv = renderProfile(await stringModelProfile(), { format: 'csv' });
    assert.match(csv, /^lower_bound,true$/m);
    assert.match(csv, /^lower_bound_metrics,peak_activation_bytes$/m);
  });

  test('a peak-only bound leaves the cost formulas: MACs = 16·n, the peak has none and says why', async () => {
    // s: string [n] -> LabelEncoder -> y: int64 [n]; x: float32 [n, 4] x W [4, 4] -> z [n, 4]:
    // n*4*4 = 16n MACs at every n, exact (the string's size bounds the peak only). Every formula
    // was dropped ("not exact at n=8: a lower bound") because any bound counted for all metrics.
    const g = new GraphBuilder();
    g.input('s', 'string', ['n']);
    g.input('x', 'float32', ['n', 4]);
    g.initializer('W', 'float32', [4, 4]);
    g.node('LabelEncoder', ['s'], ['y'], { keys_strings: ['a', 'b'], values_int64s: [1, 2] }, { domain: 'ai.onnx.ml', name: 'enc' });
    g.node('MatMul', ['x', 'W'], ['z'], {}, { name: 'mm' });
    g.output('y', 'int64', ['n']);
    g.output('z', 'float32', ['n', 4]);
    const p = await profileOf(g, { formulas: true }, { opsets: { '': 17, 'ai.onnx.ml': 3 } });
    const macs = p.formulas!.metrics.macs!;
    assert.ok(macs.polynomial, macs.polynomial ? '' : macs.reason);
    assert.deepEqual(macs.terms.map((t) => [t.numerator, t.denominator, t.powers]), [['16', '1', { n: 1 }]]);
    const peak = p.formulas!.metrics.peakActivationBytes!;
    assert.equal(peak.polynomial, false);
    assert.match(peak.polynomial ? '' : peak.reason, /^not exact at n=\d+: a lower bound \(peak activation memory: size of 1 value\(s\) unknown \('s'\)\)/);
  });
});

describe('Loop: a carried value that changes shape between iterations', () => {
  test('the first iteration times the trip count is only a lower bound, and says so', async () => {
    // h starts [1, 4]; each trip computes y = h x W ([n, 4] x [4, 4]: 16n MACs) and carries
    // Concat(h, y) = [2n, 4]. Over 3 trips n = 1, 2, 4: 16 x 7 = 112 MACs. The engine profiles
    // the body once, at n = 1 (16 MACs), so 3 x 16 = 48 is all it can count: a lower bound, where
    // the node said "3 iterations", status ok. (Its final carried output is omitted, so no
    // value of unknown size marks the totals a lower bound by chance.)
    const p = await loopProfile(1, (_g, body) => body.node('Concat', ['h', 'y'], ['h2'], { axis: 0 }));
    const loop = nodeNamed(p, 'loop');
    assert.equal(loop.macs, 48);
    assert.equal(loop.status, 'lower-bound');
    const t = p.totals!;
    assert.equal(t.lowerBound, true);
    assert.ok(t.lowerBoundReasons.some((r) => /loop-carried value 'h2' changes shape between iterations \(\[1,4\] -> \[2,4\]\)/.test(r)), t.lowerBoundReasons.join('; '));
  });
  test('a carried value that shrinks: one iteration is the lower bound, not the first times the trip count', async () => {
    // h starts [4, 4]; each trip computes y = h x W ([n, 4] x [4, 4]: 16n MACs) and carries
    // Slice(h, rows 1..) = [n - 1, 4]. Over 3 trips n = 4, 3, 2: 16 x 9 = 144 MACs. The first
    // trip alone is 64; 3 x 64 = 192 would be more than the loop does, and was called a lower
    // bound. One iteration, 64, is one.
    const p = await loopProfile(4, (g, body) => {
      g.initializer('one', 'int64', [1], { values: [1] });
      g.initializer('end', 'int64', [1], { values: [1000] });
      g.initializer('axis0', 'int64', [1], { values: [0] });
      body.node('Slice', ['h', 'one', 'end', 'axis0'], ['h2']);
    });
    const loop = nodeNamed(p, 'loop');
    assert.equal(loop.macs, 64);
    assert.equal(loop.status, 'lower-bound');
    assert.ok(p.totals!.lowerBoundReasons.some((r) => /loop-carried value 'h2' changes shape between iterations \(\[4,4\] -> \[3,4\]\): the cost of one iteration/.test(r)), p.totals!.lowerBoundReasons.join('; '));
  });
});

describe('Pad: memory access counts its small pads and constant_value inputs, as Slice and Resize count theirs', () => {
  test('Pad-11 of [2,3] f32 by pads [1,0,2,1] with a constant value', async () => {
    // data [2,3] f32 24 B + pads int64 [4] 32 B + constant_value f32 [] 4 B read, y [5,4] f32 80 B
    // written: 140 B. The doc's row said "input bytes + output bytes" (104), the code counted 140.
    const g = new GraphBuilder();
    g.input('x', 'float32', [2, 3]);
    g.initializer('pads', 'int64', [4], { values: [1, 0, 2, 1] });
    g.initializer('cv', 'float32', [], { values: [0] });
    g.node('Pad', ['x', 'pads', 'cv'], ['y'], {}, { name: 'pad' });
    g.output('y', 'float32', [5, 4]);
    const pad = nodeNamed(await profileOf(g, {}, { opsets: { '': 13 } }), 'pad');
    assert.deepEqual(pad.outputShapes, [[5, 4]]);
    assert.equal(pad.memoryBytes, 24 + 32 + 4 + 80);
    assert.equal(pad.flops, 0);
  });
});
