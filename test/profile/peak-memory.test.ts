import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute } from '../../src/graph/ir.js';
import type { EngineResult, NodeResult } from '../../src/shapes/engine-types.js';
import { peakFromEngine, simulatePeak, typeBytes } from '../../src/profile/peak-memory.js';
import { engineResult, f32, graph, node, typed } from './engine-fixture.js';

const sizes = (m: Record<string, number>) => (name: string): number | undefined => m[name];

describe('simulatePeak', () => {
  test('chain x -> a -> b: the peak is while the widest node runs with its input still live', () => {
    // start: x 400; during A: x 400 + a 800 = 1200; after A (x freed): 800;
    // during B: a 800 + b 200 = 1000; after B: 200. Peak 1200 during A.
    const r = simulatePeak({
      liveAtStart: ['x'],
      steps: [
        { name: 'A', allocates: ['a'], frees: ['x'] },
        { name: 'B', allocates: ['b'], frees: ['a'] },
      ],
      sizeOf: sizes({ x: 400, a: 800, b: 200 }),
    });
    assert.deepEqual([r.peakBytes, r.peakStep, r.peakAt], [1200, 0, 'A']);
    assert.deepEqual(r.liveAtPeak, ['x', 'a']);
    assert.deepEqual(r.unknownSizes, []);
  });

  test('graph inputs alone can be the peak (no nodes)', () => {
    const r = simulatePeak({ liveAtStart: ['x'], steps: [], sizeOf: sizes({ x: 1000 }) });
    assert.deepEqual([r.peakBytes, r.peakStep, r.peakAt], [1000, -1, '']);
  });

  test('transient bytes count only during their step', () => {
    // start 100; during L: 100 + y 100 + body 500 = 700; after (x freed): 100; during M: 100 + 50 = 150.
    const r = simulatePeak({
      liveAtStart: ['x'],
      steps: [
        { name: 'L', allocates: ['y'], frees: ['x'], transientBytes: 500 },
        { name: 'M', allocates: ['z'], frees: [] },
      ],
      sizeOf: sizes({ x: 100, y: 100, z: 50 }),
    });
    assert.deepEqual([r.peakBytes, r.peakAt], [700, 'L']);
  });

  test('unknown sizes count as 0 and are reported', () => {
    // start 100; during A: 100 + ? (0) = 100; during B: 0 + 300 (x freed after A) = 300.
    const r = simulatePeak({
      liveAtStart: ['x'],
      steps: [{ name: 'A', allocates: ['a'], frees: ['x'] }, { name: 'B', allocates: ['b'], frees: ['a'] }],
      sizeOf: sizes({ x: 100, b: 300 }),
    });
    assert.equal(r.peakBytes, 300);
    assert.deepEqual(r.unknownSizes, ['a']);
  });

  test('freeing a value never allocated (a constant) changes nothing', () => {
    const r = simulatePeak({
      liveAtStart: ['x'],
      steps: [{ name: 'A', allocates: ['a'], frees: ['W', 'x'] }, { name: 'B', allocates: ['b'], frees: ['a'] }],
      sizeOf: sizes({ x: 10, a: 20, b: 30, W: 1e9 }),
    });
    // during A: 10 + 20 = 30; after: 20; during B: 20 + 30 = 50.
    assert.deepEqual([r.peakBytes, r.peakAt], [50, 'B']);
  });
});

describe('typeBytes', () => {
  test('real dtypes, packed sub-byte types, unknowns', () => {
    assert.equal(typeBytes(f32(1, 3, 224, 224)), 602112n); // 150,528 elements x 4 bytes
    assert.equal(typeBytes(typed('float16', 2, 8)), 32n);
    assert.equal(typeBytes(typed('int4', 3)), 2n); // 3 x 4 bits = 12 bits -> 2 bytes
    assert.equal(typeBytes(typed('float32', 'batch', 8)), undefined);
    assert.equal(typeBytes({ dtype: undefined, shape: [2] }), undefined);
    assert.equal(typeBytes(undefined), undefined);
  });
});

/** The result with the main graph's values numbered, as the engine hands them out (EngineResult.mainIds). */
function withIds(r: EngineResult, frees?: (n: NodeResult) => readonly number[]): EngineResult {
  const ids = new Map<string, number>();
  const id = (name: string): number => {
    let v = ids.get(name);
    if (v === undefined) ids.set(name, (v = ids.size));
    return v;
  };
  const liveAtStart = Int32Array.from(r.liveAtStart.map(id));
  const outputs: number[] = [];
  const outputStart = [0];
  const freeIds: number[] = [];
  const freeStart = [0];
  for (const n of r.nodes) {
    if (!n.inTotals) continue;
    for (const o of n.node.outputs) outputs.push(o === '' ? -1 : id(o));
    outputStart.push(outputs.length);
    freeIds.push(...(frees ? frees(n) : n.frees.map(id)));
    freeStart.push(freeIds.length);
  }
  return {
    ...r,
    mainIds: {
      count: ids.size, liveAtStart, outputs: Int32Array.from(outputs), outputStart: Int32Array.from(outputStart),
      frees: Int32Array.from(freeIds), freeStart: Int32Array.from(freeStart),
    },
  };
}

describe('peakFromEngine with value ids', () => {
  test('the same peak, step, live set and unknown sizes as by name', () => {
    // x [1,64] f32 = 256 B; MatMul -> m 1024 B; Constant k excluded; Add -> y 1024 B; z unknown size.
    // start 256; mm: 256 + 1024 = 1280, x freed -> 1024; const: 1024; add: 1024 + 1024 = 2048, m freed -> 1024;
    // relu: y 1024 + z 0 = 1024. Peak 2048 during add (step 2) with m and y live; z unknown.
    const r = engineResult({
      inputs: { x: f32(1, 64) },
      constants: { W: f32(64, 256) },
      outputs: ['y', 'z'],
      nodes: [
        { node: node('MatMul', ['x', 'W'], ['m'], 'mm'), outputs: [f32(1, 256)], frees: ['x', 'W'] },
        { node: node('Constant', [], ['k'], 'const'), outputs: [f32(256)] },
        { node: node('Add', ['m', 'k'], ['y'], 'add'), outputs: [f32(1, 256)], frees: ['m', 'k'] },
        { node: node('Relu', ['y'], ['z'], 'relu'), outputs: [typed('float32', 'n')] },
      ],
    });
    const byName = peakFromEngine(r);
    const byId = peakFromEngine(withIds(r));
    assert.deepEqual([byId.peakBytes, byId.peakStep, byId.peakAt, byId.liveAtPeak, byId.unknownSizes], [2048, 2, 'add', ['m', 'y'], ['z']]);
    assert.deepEqual(byId, byName);
  });

  test('a value allocated again while live counts once', () => {
    // As by name below: peak 32 during b (x 16 + y 16); x written again by a adds nothing.
    const r = withIds(engineResult({
      inputs: { x: f32(1, 4) },
      outputs: ['y'],
      nodes: [
        { node: node('Relu', ['x'], ['x'], 'a'), outputs: [f32(1, 4)] },
        { node: node('Relu', ['x'], ['y'], 'b'), outputs: [f32(1, 4)], frees: ['x'] },
      ],
    }));
    const p = peakFromEngine(r);
    assert.deepEqual([p.peakBytes, p.peakAt, p.peakStep, p.liveAtPeak], [32, 'b', 1, ['x', 'y']]);
  });

  test('an id out of range falls back to the replay by name', () => {
    // x 16 B; a -> y 16 B: peak 32 during a, whatever the bad id says.
    const bad = withIds(engineResult({
      inputs: { x: f32(1, 4) },
      outputs: ['y'],
      nodes: [{ node: node('Relu', ['x'], ['y'], 'a'), outputs: [f32(1, 4)], frees: ['x'] }],
    }), () => [99]);
    assert.deepEqual([peakFromEngine(bad).peakBytes, peakFromEngine(bad).peakAt], [32, 'a']);
  });

  test('ids that do not line up with the nodes (a free list of another length) fall back to the replay by name', () => {
    // By name: x 16 B; a -> y: 32, x freed -> 16; b -> z: 32, y freed. Peak 32 during a.
    // Ids with no frees at all would say 48 during b (x, y and z live): they must not be used.
    const bad = withIds(engineResult({
      inputs: { x: f32(1, 4) },
      outputs: ['z'],
      nodes: [
        { node: node('Relu', ['x'], ['y'], 'a'), outputs: [f32(1, 4)], frees: ['x'] },
        { node: node('Relu', ['y'], ['z'], 'b'), outputs: [f32(1, 4)], frees: ['y'] },
      ],
    }), () => []);
    const p = peakFromEngine(bad);
    assert.deepEqual([p.peakBytes, p.peakAt, p.peakStep], [32, 'a', 0]);
  });
});

describe('peakFromEngine', () => {
  test('a value allocated again while live counts once (the replay in doubles hands it to simulatePeak)', () => {
    // x [1,4] f32 = 16 B live at start. A writes x again (already live: no new bytes), during A: 16,
    // not above the start. B: x 16 + y 16 = 32, then x freed. Peak 32 during B; the live set then is x, y.
    const r = peakFromEngine(engineResult({
      inputs: { x: f32(1, 4) },
      outputs: ['y'],
      nodes: [
        { node: node('Relu', ['x'], ['x'], 'a'), outputs: [f32(1, 4)] },
        { node: node('Relu', ['x'], ['y'], 'b'), outputs: [f32(1, 4)], frees: ['x'] },
      ],
    }));
    assert.deepEqual([r.peakBytes, r.peakAt, r.peakStep], [32, 'b', 1]);
    assert.deepEqual(r.liveAtPeak, ['x', 'y']);
  });

  test('weights and Constant outputs are excluded; frees come from the engine', () => {
    // x [1,64] f32 = 256 B. MatMul(x, W) -> m [1,256] = 1024 B; Constant -> k (excluded);
    // Add(m, k) -> y [1,256] = 1024 B, graph output.
    // start 256; MatMul: 256 + 1024 = 1280, then x freed -> 1024; Constant: 1024;
    // Add: 1024 + 1024 = 2048, then m freed -> 1024. Peak 2048 during Add. W (64x256x4 = 65,536 B) never counts.
    const r = peakFromEngine(engineResult({
      inputs: { x: f32(1, 64) },
      constants: { W: f32(64, 256) },
      outputs: ['y'],
      nodes: [
        { node: node('MatMul', ['x', 'W'], ['m'], 'mm'), outputs: [f32(1, 256)], frees: ['x', 'W'] },
        { node: node('Constant', [], ['k'], 'const'), outputs: [f32(256)] },
        { node: node('Add', ['m', 'k'], ['y'], 'add'), outputs: [f32(1, 256)], frees: ['m', 'k'] },
      ],
    }));
    assert.deepEqual([r.peakBytes, r.peakAt], [2048, 'add']);
    assert.deepEqual(r.lowerBoundReasons, []);
  });

  test('shape-only ops count their output as a separate buffer', () => {
    // x [2,50] f32 = 400 B; Reshape -> r [100] = 400 B; Relu -> y = 400 B.
    // Reshape: 400 + 400 = 800; x freed -> 400; Relu: 400 + 400 = 800. Peak 800 (aliasing would give 400).
    const r = peakFromEngine(engineResult({
      inputs: { x: f32(2, 50) },
      constants: { s: typed('int64', 1) },
      outputs: ['y'],
      nodes: [
        { node: node('Reshape', ['x', 's'], ['r'], 'reshape'), outputs: [f32(100)], frees: ['x'] },
        { node: node('Relu', ['r'], ['y'], 'relu'), outputs: [f32(100)], frees: ['r'] },
      ],
    }));
    assert.deepEqual([r.peakBytes, r.peakAt], [800, 'reshape']);
  });

  test('a Loop body adds its own peak while the Loop runs, counted once', () => {
    // Main: x [1,4] f32 = 16 B live at start; Loop L -> y (16 B); body graph 'body' outputs cond_out, h2.
    // Body (values from zero; h is a formal input, x an outer-scope capture):
    //   Add(h, x) -> h1 16 B: 16; Mul(h1, h1) -> h2 16 B: 32, h1 freed -> 16;
    //   Identity(cond) -> cond_out bool [] = 1 B: 17. Body peak 32.
    // Main during L: x 16 + y 16 + body 32 = 64. y is not h2 counted twice: from the second trip
    // on, the body reads the previous trip's carried value (a buffer of 16 B, which y stands for)
    // while it writes h2, so x + previous h + h1 + h2 = 64 are live at once.
    const body = graph('body', [], ['i', 'cond', 'h'], ['cond_out', 'h2']);
    const attrs = new Map<string, Attribute>([['body', { type: 'graph', value: body }]]);
    const r = peakFromEngine(engineResult({
      inputs: { x: f32(1, 4) },
      outputs: ['y'],
      nodes: [
        { node: node('Loop', ['n', '', 'x'], ['y'], 'L', attrs), outputs: [f32(1, 4)], frees: ['x'] },
        { node: node('Add', ['h', 'x'], ['h1'], 'b_add'), outputs: [f32(1, 4)], scope: 'L/body', inTotals: false, parent: 0 },
        { node: node('Mul', ['h1', 'h1'], ['h2'], 'b_mul'), outputs: [f32(1, 4)], scope: 'L/body', inTotals: false, parent: 0, frees: ['h1'] },
        { node: node('Identity', ['cond'], ['cond_out'], 'b_id'), outputs: [typed('bool')], scope: 'L/body', inTotals: false, parent: 0 },
      ],
    }));
    assert.deepEqual([r.peakBytes, r.peakAt], [64, 'L']);
  });

  test('an If adds the larger of its two branches, its outputs counted once (they are the If\'s outputs)', () => {
    // x [10] f32 = 40 B. then: Relu(x) -> t 40 B. else: Mul(x,x) -> e1 40, Add(e1,x) -> e2 40.
    // A branch's outputs are the If's outputs (ONNX Runtime's If has the branch allocate them in
    // the If's outputs): the If's step counts out (40) already, so a branch adds only the values
    // it makes besides its outputs: then 0, else e1 40. Main during If: x 40 + out 40 + 40 = 120.
    // Counting e2 inside the branch as well counted the one buffer twice (out + e1 + e2 = 160).
    const thenG = graph('then', [], [], ['t']);
    const elseG = graph('else', [], [], ['e2']);
    const attrs = new Map<string, Attribute>([
      ['then_branch', { type: 'graph', value: thenG }], ['else_branch', { type: 'graph', value: elseG }],
    ]);
    const r = peakFromEngine(engineResult({
      inputs: { x: f32(10), c: typed('bool') },
      outputs: ['out'],
      nodes: [
        { node: node('If', ['c'], ['out'], 'if', attrs), outputs: [f32(10)], frees: ['x', 'c'] },
        { node: node('Relu', ['x'], ['t'], 't_relu'), outputs: [f32(10)], scope: 'if/then_branch', inTotals: false, parent: 0 },
        { node: node('Mul', ['x', 'x'], ['e1'], 'e_mul'), outputs: [f32(10)], scope: 'if/else_branch', inTotals: false, parent: 0 },
        { node: node('Add', ['e1', 'x'], ['e2'], 'e_add'), outputs: [f32(10)], scope: 'if/else_branch', inTotals: false, parent: 0, frees: ['e1'] },
      ],
    }));
    // c is bool [] = 1 byte, live at start: 40 + 1 + 40 + 40 = 121.
    assert.deepEqual([r.peakBytes, r.peakAt], [121, 'if']);
  });

  test('a Scan\'s per-step outputs are slices of its own outputs; its state is a buffer of its own', () => {
    // Scan (num_scan_inputs 1): state s0 [4] f32 16 B, scanned xs [3,4] 48 B -> final state sf 16 B
    // and ys [3,4] 48 B. Body (s, xi) -> (s2, yi): Add(s, xi) -> s2 16 B; Relu(s2) -> yi 16 B.
    // yi is written into ys (ONNX Runtime's Scan allocates each step's output in the Scan's
    // output): not a buffer of its own. s2 is (the next step reads it while writing a new one).
    // Main during Scan: s0 16 + xs 48 + sf 16 + ys 48 + body s2 16 = 144 (yi counted too: 160).
    const body = graph('body', [], ['s', 'xi'], ['s2', 'yi']);
    const attrs = new Map<string, Attribute>([['body', { type: 'graph', value: body }], ['num_scan_inputs', { type: 'int', value: 1 }]]);
    const r = peakFromEngine(engineResult({
      inputs: { s0: f32(4), xs: f32(3, 4) },
      outputs: ['sf', 'ys'],
      nodes: [
        { node: node('Scan', ['s0', 'xs'], ['sf', 'ys'], 'scan', attrs), outputs: [f32(4), f32(3, 4)], frees: ['s0', 'xs'] },
        { node: node('Add', ['s', 'xi'], ['s2'], 'b_add'), outputs: [f32(4)], scope: 'scan/body', inTotals: false, parent: 0 },
        { node: node('Relu', ['s2'], ['yi'], 'b_relu'), outputs: [f32(4)], scope: 'scan/body', inTotals: false, parent: 0 },
      ],
    }));
    assert.deepEqual([r.peakBytes, r.peakAt], [144, 'scan']);
    // scan_output_axes [1]: the steps are gathered apart and transposed into ys at the end, so yi
    // is a buffer of its own: 144 + 16 = 160.
    const byAxis1 = new Map<string, Attribute>([...attrs, ['scan_output_axes', { type: 'ints', value: [1] }]]);
    const r1 = peakFromEngine(engineResult({
      inputs: { s0: f32(4), xs: f32(3, 4) },
      outputs: ['sf', 'ys'],
      nodes: [
        { node: node('Scan', ['s0', 'xs'], ['sf', 'ys'], 'scan', byAxis1), outputs: [f32(4), f32(4, 3)], frees: ['s0', 'xs'] },
        { node: node('Add', ['s', 'xi'], ['s2'], 'b_add'), outputs: [f32(4)], scope: 'scan/body', inTotals: false, parent: 0 },
        { node: node('Relu', ['s2'], ['yi'], 'b_relu'), outputs: [f32(4)], scope: 'scan/body', inTotals: false, parent: 0 },
      ],
    }));
    assert.deepEqual([r1.peakBytes, r1.peakAt], [160, 'scan']);
  });

  test('a symbolic dim makes the peak a lower bound with a reason', () => {
    const r = peakFromEngine(engineResult({
      inputs: { x: typed('float32', 'batch', 8) },
      outputs: ['y'],
      nodes: [{ node: node('Relu', ['x'], ['y'], 'relu'), outputs: [typed('float32', 'batch', 8)], frees: ['x'] }],
    }));
    assert.equal(r.peakBytes, 0);
    assert.deepEqual(r.unknownSizes, ['x', 'y']);
    assert.equal(r.lowerBoundReasons.length, 1);
    assert.match(r.lowerBoundReasons[0]!, /2 value\(s\) unknown \('x', 'y'\)/);
  });
});
