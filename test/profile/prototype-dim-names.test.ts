/**
 * Input and dim names a hostile model picks that are Object.prototype's keys ('constructor',
 * 'toString', '__proto__'), looked up in the records of bound dims and input shapes (--dim,
 * --input, the config's dims and inputs). A plain object answered them with the prototype's
 * members: `model-budget profile` of a model with an input named `constructor` crashed (TypeError:
 * given.every is not a function), its free dim was taken as bound (no formulas, no warning), and a
 * free dim named `__proto__` was never bound in the formula runs (assigning it set the prototype).
 * Each must be a name like any other.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { evaluateFormula } from '../../src/profile/formula.js';
import { profileFile } from '../../src/profile/index.js';
import { unboundDims } from '../../src/profile/unbound-dims.js';
import { renderProfile } from '../../src/report/profile-format.js';
import { GraphBuilder, writeModel } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-proto-dims-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// 'seq' is the control: a name no prototype has.
const NAMES = ['seq', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;

/**
 * An input named `name` of shape [1, name, 16] times a 16x16 weight: 16 * 16 = 256 MACs per
 * position, 256 * name in all.
 */
function model(name: string): string {
  const g = new GraphBuilder();
  g.input(name, 'float32', [1, name, 16]);
  g.initializer('w', 'float32', [16, 16]);
  g.node('MatMul', [name, 'w'], ['y']);
  g.output('y', 'float32', [1, name, 16]);
  const path = join(dir, `${name}.onnx`);
  writeModel(path, g, { opset: 17 });
  return path;
}

/** A record holding `key` as an own key, as JSON.parse and Object.fromEntries make it (`{ __proto__: 4 }` would set the prototype). */
function own<T>(key: string, value: T): Record<string, T> {
  return Object.fromEntries([[key, value]]) as Record<string, T>;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Nothing was written to Object.prototype (a record's `__proto__` slot is Object.prototype itself). */
function assertPrototypeClean(): void {
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_KEYS);
}

describe('dim and input names that are Object.prototype keys', () => {
  for (const name of NAMES) {
    test(`an input and dim named ${JSON.stringify(name)}, bound by nothing, is reported unbound`, async () => {
      const path = model(name);
      // As `model-budget profile` passes them: --dim and --input records, empty.
      const p = await profileFile(path, { dims: {}, inputs: {}, formulas: true });
      assert.equal(p.totals?.macs, 256);
      assert.deepEqual(unboundDims(p, {}, {}), [{ dim: name, input: name, index: 1 }]);
      const text = renderProfile(p, { format: 'table', perNode: false, byOpType: false, bound: { dims: {}, inputs: {} } });
      assert.ok(text.includes(`'${name}'`), text);
      // MACs = 256 * name, found by the formula runs (each binds the dim to another size).
      assert.deepEqual(p.formulas?.dims, [name]);
      const macs = p.formulas?.metrics.macs;
      assert.ok(macs?.polynomial, JSON.stringify(p.formulas));
      assert.deepEqual(macs.terms, [{ numerator: '256', denominator: '1', powers: own(name, 1) }]);
      assertPrototypeClean();
    });

    test(`--dim ${name}=5 binds it (1,280 MACs), and a formula in it can still be asked for`, async () => {
      const path = model(name);
      const p = await profileFile(path, { dims: own(name, 5), inputs: {} });
      assert.equal(p.totals?.macs, 1280);
      assert.deepEqual(unboundDims(p, own(name, 5), {}), []);
      // The gate's formulas: in the dims its points vary, even when bound.
      const free = await profileFile(path, { dims: own(name, 5), formulas: { free: [name] } });
      assert.deepEqual(free.formulas?.dims, [name]);
      assert.deepEqual(free.formulas?.fixed, {});
      assertPrototypeClean();
    });

    test(`--input ${name}=1x3x16 binds it (768 MACs) and leaves no dim unbound`, async () => {
      const path = model(name);
      const inputs = own(name, [1, 3, 16]);
      const p = await profileFile(path, { dims: {}, inputs, formulas: true });
      assert.equal(p.totals?.macs, 768);
      assert.deepEqual(unboundDims(p, {}, inputs), []);
      assert.equal(p.formulas, undefined);
    });

    test(`a formula in ${JSON.stringify(name)} has no value where nothing binds it`, () => {
      const terms = [{ numerator: '256', denominator: '1', powers: own(name, 1) }];
      assert.equal(evaluateFormula(terms, {}), undefined);
      assert.equal(evaluateFormula(terms, own(name, 3)), 768n);
    });
  }
});
