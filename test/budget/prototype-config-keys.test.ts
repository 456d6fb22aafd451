/**
 * Dim, input and point-binding names in the budget config that are Object.prototype's keys. The
 * config's dims and inputs were plain objects filled by assignment: `dims: { __proto__: 4 }` set
 * the record's prototype to nothing (a number is ignored) and the binding vanished; `inputs:
 * { __proto__: [1, 3, 16] }` made an array the inputs' prototype. The model was profiled at 1
 * with a warning telling the user to set the dim they had set. And a model with an input named
 * `constructor` that the config left unbound crashed the gate (TypeError: given.every is not a
 * function) where it should warn.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runDiff } from '../../src/cli/diff.js';
import { parseConfig } from '../../src/budget/config.js';
import { validateGateReport } from '../../src/budget/gate.js';
import type { GateReport } from '../../src/budget/types.js';
import { GraphBuilder, writeModel } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-proto-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Nothing was written to Object.prototype. */
function assertPrototypeClean(): void {
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_KEYS);
}

/** The object JSON.parse makes of `text`: `__proto__` an own key, as in the YAML. */
const json = (text: string): unknown => JSON.parse(text);

describe('config dims and inputs named like Object.prototype keys', () => {
  test('defaults.dims, an entry\'s dims and inputs keep __proto__ and constructor as names', () => {
    const c = parseConfig(`version: 1
defaults:
  dims: { __proto__: 3, constructor: 2 }
models:
  - path: a.onnx
    dims: { __proto__: 4 }
    inputs: { __proto__: [1, __proto__, 16], toString: [2] }
`);
    assert.deepEqual(c.defaults.dims, json('{"__proto__": 3, "constructor": 2}'));
    const m = c.models[0]!;
    assert.deepEqual(m.dims, json('{"__proto__": 4}'));
    assert.deepEqual(m.inputs, json('{"__proto__": [1, "__proto__", 16], "toString": [2]}'));
    assert.equal(Object.getPrototypeOf(m.inputs), Object.prototype);
    assertPrototypeClean();
  });

  test('a point binding __proto__ as a dim or an input shape keeps it', () => {
    const c = parseConfig(`version: 1
models:
  - path: a.onnx
    points:
      big: { __proto__: 8 }
      shaped: { __proto__: [1, 2, 16] }
`);
    const [big, shaped] = c.models[0]!.points!;
    assert.deepEqual([big!.dims, big!.inputs], [json('{"__proto__": 8}'), {}]);
    assert.deepEqual([shaped!.dims, shaped!.inputs], [{}, json('{"__proto__": [1, 2, 16]}')]);
    assertPrototypeClean();
  });
});

/**
 * base.onnx and head.onnx: an input named `name` of shape [1, name, 16] times a 16x16 weight
 * (the head's weight differs, so the pair is a change): 256 MACs per position, 256 * name in all.
 */
function writePair(name: string): void {
  for (const [file, fill] of [['base.onnx', 1], ['head.onnx', 2]] as const) {
    const g = new GraphBuilder();
    g.input(name, 'float32', [1, name, 16]);
    g.initializer('w', 'float32', [16, 16], { values: new Array<number>(256).fill(fill) });
    g.node('MatMul', [name, 'w'], ['y']);
    g.output('y', 'float32', [1, name, 16]);
    writeModel(join(dir, file), g, { opset: 17 });
  }
}

async function gate(config: string): Promise<GateReport> {
  writeFileSync(join(dir, 'budget.yml'), config);
  let out = '';
  let err = '';
  const code = await runDiff(['base.onnx', 'head.onnx', '--config', 'budget.yml', '--format', 'json'], {
    cwd: dir, stdout: (t) => { out += t; }, stderr: (t) => { err += t; },
  });
  assert.ok(code === 0 || code === 1, `exit ${code}: ${err}`);
  return validateGateReport(JSON.parse(out));
}

const macsOf = (rows: GateReport['models'][number]['rows']): [number | null, number | null] => {
  const r = rows.find((row) => row.metric === 'macs')!;
  return [r.base, r.head];
};

describe('the gate profiles at the config\'s __proto__ bindings', () => {
  test('defaults.dims: { __proto__: 4 } binds the dim: 1,024 MACs a side, no warning', async () => {
    writePair('__proto__');
    const r = await gate('version: 1\ndefaults:\n  dims: { __proto__: 4 }\nmodels:\n  - path: head.onnx\n    budgets: { macs: { max: 100K } }\n');
    const m = r.models[0]!;
    assert.deepEqual(macsOf(m.rows), [1024, 1024]);
    assert.equal(m.warnings, undefined);
    assertPrototypeClean();
  });

  test('inputs: { __proto__: [1, 3, 16] } binds the input: 768 MACs a side, no warning', async () => {
    writePair('__proto__');
    const r = await gate('version: 1\nmodels:\n  - path: head.onnx\n    inputs: { __proto__: [1, 3, 16] }\n    budgets: { macs: { max: 100K } }\n');
    const m = r.models[0]!;
    assert.deepEqual(macsOf(m.rows), [768, 768]);
    assert.equal(m.warnings, undefined);
  });

  test('a point { __proto__: 8 } is profiled at 8: 2,048 MACs', async () => {
    writePair('__proto__');
    const r = await gate('version: 1\nmodels:\n  - path: head.onnx\n    points:\n      big: { __proto__: 8 }\n    budgets: { macs: { max: 100K } }\n');
    const p = r.models[0]!.points![0]!;
    assert.deepEqual(p.dims, json('{"__proto__": 8}'));
    assert.deepEqual(macsOf(p.rows), [2048, 2048]);
    assert.deepEqual(p.warnings, []);
  });

  for (const name of ['constructor', 'toString', '__proto__']) {
    test(`an input and dim named ${JSON.stringify(name)} the config leaves unbound is a warning, not a crash`, async () => {
      writePair(name);
      const r = await gate('version: 1\nmodels:\n  - path: head.onnx\n    budgets: { macs: { max: 100K } }\n');
      const m = r.models[0]!;
      assert.deepEqual(macsOf(m.rows), [256, 256]);
      assert.deepEqual(m.warnings, [`input dim '${name}' of '${name}' is not bound, so the numbers are for ${name}=1: set dims: { ${name}: N } in the config (under defaults or this model's entry)`]);
      assertPrototypeClean();
    });
  }
});
