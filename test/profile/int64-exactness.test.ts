/**
 * int64 values past 2^53 in shape and trip-count arithmetic: a value a double cannot hold exactly
 * must never fold into an exact-looking but wrong count. Each model runs a Loop whose body is a
 * MatMul [1,4] x [4,4] (16 MACs, 32 FLOPs) M times; the right MACs are 16 x M, worked out by hand
 * in each test. Where M cannot be known exactly the totals must be a lower bound, never a number
 * that claims to be exact.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { profileFile } from '../../src/profile/index.js';
import type { ProfileResult } from '../../src/profile/types.js';
import { attr, GraphBuilder, modelBytes } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-int64-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A Loop of M trips over a 16-MAC body; `trips(g)` adds the nodes that compute M into the main
 * graph and returns its name. `typed` stores int64 constants in int64_data instead of raw_data.
 */
async function loopModel(name: string, trips: (g: GraphBuilder) => string): Promise<ProfileResult> {
  const g = new GraphBuilder();
  g.input('x', 'float32', [1, 4]);
  g.initializer('w', 'float32', [4, 4]);
  g.initializer('cond', 'bool', [], { values: [1] });
  const m = trips(g);
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('cin', 'bool', []);
  body.input('h', 'float32', [1, 4]);
  body.node('MatMul', ['h', 'w'], ['h2']);
  body.node('Identity', ['cin'], ['cout']);
  body.output('cout', 'bool', []);
  body.output('h2', 'float32', [1, 4]);
  g.node('Loop', [m, 'cond', 'x'], ['y'], { body });
  g.output('y', 'float32', [1, 4]);
  const path = join(dir, `${name}.onnx`);
  writeFileSync(path, modelBytes(g));
  return profileFile(path);
}

function assertLowerBound(p: ProfileResult, exactWrong: bigint): void {
  const t = p.totals!;
  assert.equal(t.lowerBound, true, `totals claim to be exact: ${t.exact?.macs ?? t.macs} MACs`);
  assert.ok(t.lowerBoundReasons.some((r) => /Loop trip count unknown/.test(r)), t.lowerBoundReasons.join('; '));
  assert.notEqual(BigInt(t.exact?.macs ?? t.macs), exactWrong);
}

describe('int64 constants past 2^53', () => {
  for (const encoding of ['raw', 'typed'] as const) {
    test(`a stored trip count of 2^53 + 1 (${encoding}) is not read as 2^53: a lower bound, not 16 x 2^53`, async () => {
      // 2^53 + 1 = 9,007,199,254,740,993 has no double: read as a number it becomes 2^53, and
      // 16 x 2^53 = 144,115,188,075,855,872 MACs would be reported as exact. The right count is
      // 16 x (2^53 + 1) = 144,115,188,075,855,888.
      const p = await loopModel(`stored-${encoding}`, (g) => g.initializer('M', 'int64', [], { values: [2n ** 53n + 1n], encoding }));
      assertLowerBound(p, 16n * 2n ** 53n);
    });
  }

  test("a Constant's value_int of 2^53 + 1 is not read as 2^53: a lower bound, not 16 x 2^53", async () => {
    // The attribute's varint arrives as a double already rounded, as int64_data does: 2^53 + 1
    // would give 16 x 2^53 = 144,115,188,075,855,872 MACs claimed exact.
    const p = await loopModel('constant-int', (g) => g.node('Constant', [], ['M'], { value_int: attr.int(2n ** 53n + 1n) })[0]!);
    assertLowerBound(p, 16n * 2n ** 53n);
  });

  test("a Constant's value_ints [2^53 + 1] is not read as [2^53]", async () => {
    const p = await loopModel('constant-ints', (g) => {
      g.node('Constant', [], ['M1'], { value_ints: attr.ints([2n ** 53n + 1n]) });
      g.initializer('axes', 'int64', [1], { values: [0n] });
      return g.node('Squeeze', ['M1', 'axes'], ['M'])[0]!;
    });
    assertLowerBound(p, 16n * 2n ** 53n);
  });

  test("a Constant's value_int of INT64_MAX is still the while-loop sentinel", async () => {
    // As an initializer of INT64_MAX: one iteration counted (16 MACs), a lower bound.
    const p = await loopModel('constant-sentinel', (g) => g.node('Constant', [], ['M'], { value_int: attr.int(2n ** 63n - 1n) })[0]!);
    assert.equal(p.totals!.macs, 16);
    assert.equal(p.totals!.lowerBound, true);
  });

  test('a trip count of 2^54 is a double exactly: 16 x 2^54 MACs, exact', async () => {
    // 2^54 = 18,014,398,509,481,984 trips x 16 = 288,230,376,151,711,744 (2^58).
    const p = await loopModel('exact-2p54', (g) => g.initializer('M', 'int64', [], { values: [2n ** 54n] }));
    assert.equal(p.totals!.lowerBound, false);
    assert.equal(p.totals!.exact?.macs, String(16n * 2n ** 54n));
  });

  test('Add(2^53 + 1, -(2^53 - 2)) = 3 trips, not the 2 that doubles give', async () => {
    // In doubles 2^53 + 1 rounds to 2^53 and 2^53 - (2^53 - 2) = 2: 32 MACs reported exact,
    // where the Loop runs 3 times (48 MACs).
    const p = await loopModel('add', (g) => {
      g.initializer('A', 'int64', [], { values: [2n ** 53n + 1n] });
      g.initializer('B', 'int64', [], { values: [-(2n ** 53n - 2n)] });
      return g.node('Add', ['A', 'B'], ['M'])[0]!;
    });
    assertLowerBound(p, 32n);
  });

  test('Mul(2^52 + 1, 3) - 3 x 2^52 = 3 trips, not the 4 that doubles give', async () => {
    // (2^52 + 1) x 3 = 13,510,798,882,111,491 is odd and above 2^53: doubles round it to
    // ...492, and ...492 - 13,510,798,882,111,488 = 4 (64 MACs); the Loop runs 3 times (48 MACs).
    const p = await loopModel('mul', (g) => {
      g.initializer('A', 'int64', [], { values: [2n ** 52n + 1n] });
      g.initializer('B', 'int64', [], { values: [3n] });
      g.initializer('C', 'int64', [], { values: [3n * 2n ** 52n] });
      g.node('Mul', ['A', 'B'], ['P']);
      return g.node('Sub', ['P', 'C'], ['M'])[0]!;
    });
    assertLowerBound(p, 64n);
  });

  test('ReduceSum of three 2^52 + 1 minus 3 x 2^52 = 3 trips, not 4', async () => {
    // 3 x (2^52 + 1) as above: the sum rounds to ...492 in doubles.
    const p = await loopModel('reduce', (g) => {
      g.initializer('A', 'int64', [3], { values: [2n ** 52n + 1n, 2n ** 52n + 1n, 2n ** 52n + 1n] });
      g.initializer('C', 'int64', [], { values: [3n * 2n ** 52n] });
      g.node('ReduceSum', ['A'], ['S'], { keepdims: 0 });
      return g.node('Sub', ['S', 'C'], ['M'])[0]!;
    });
    assertLowerBound(p, 64n);
  });

  test('Max(INT64_MAX, 5) still passes the while-loop sentinel through', async () => {
    // PyTorch writes M = INT64_MAX for a while loop: the trip count is unknown (a lower bound of
    // one iteration, 16 MACs), as for M = INT64_MAX itself.
    const p = await loopModel('sentinel', (g) => {
      g.initializer('A', 'int64', [], { values: [2n ** 63n - 1n] });
      g.initializer('B', 'int64', [], { values: [5n] });
      return g.node('Max', ['A', 'B'], ['M'])[0]!;
    });
    assert.equal(p.totals!.macs, 16);
    assert.equal(p.totals!.lowerBound, true);
  });

  test('safe shape arithmetic still folds: Add(2^40, 3) - 2^40 = 3 trips, 48 MACs exact', async () => {
    const p = await loopModel('safe', (g) => {
      g.initializer('A', 'int64', [], { values: [2n ** 40n] });
      g.initializer('B', 'int64', [], { values: [3n] });
      g.node('Add', ['A', 'B'], ['S']);
      return g.node('Sub', ['S', 'A'], ['M'])[0]!;
    });
    assert.equal(p.totals!.lowerBound, false);
    assert.equal(p.totals!.macs, 48);
  });

  test('a fold past 2^53 looks each result up among its inputs once, never by a scan of them per result', async () => {
    // Each node reduces [4096, 1] over its axis of one: 4,096 results, each an input passed
    // through (2^62 + 1024 k, doubles exactly). A scan of the input per result (8 ms a node;
    // minutes for a file of 10 MB) is counted by the elements Array.prototype.includes goes over,
    // not by timing: 839 million here before the fix (4,096 x 4,096 x 50), 410 thousand now
    // (small lists elsewhere in the profile).
    const g = new GraphBuilder();
    g.initializer('A', 'int64', [4096, 1], { values: Array.from({ length: 4096 }, (_, k) => 2n ** 62n + BigInt(k) * 1024n) });
    const outs = Array.from({ length: 50 }, (_, i) => g.node('ReduceMax', ['A'], [`r${i}`], { axes: [1], keepdims: 0 })[0]!);
    g.node('Concat', outs, ['y'], { axis: 0 });
    g.output('y', 'int64', [4096 * 50]);
    const path = join(dir, 'fold-scan.onnx');
    writeFileSync(path, modelBytes(g));
    let scanned = 0;
    const includes = Array.prototype.includes;
    Array.prototype.includes = function counted(this: unknown[], ...args: [unknown, number?]): boolean {
      scanned += this.length;
      return includes.apply(this, args);
    };
    let p: ProfileResult;
    try {
      p = await profileFile(path);
    } finally {
      Array.prototype.includes = includes;
    }
    assert.equal(p.totals!.lowerBound, false);
    assert.ok(scanned < 50 * 4096 * 4, `${scanned} elements scanned`);
  });

});
