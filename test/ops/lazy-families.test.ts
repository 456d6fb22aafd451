/**
 * Issue 14 "Process start": profiling loads only the op families a model uses (ops/load.ts,
 * ops/op-index.ts), and the lookup it hands the engine answers as the complete registry does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { OP_FAMILIES } from '../../src/ops/families.js';
import { familiesOf, opLookupFor } from '../../src/ops/load.js';
import { fn, graph, graphAttr, model, node, ref, vi } from '../shapes/graph-builder.js';
import { runEngine } from '../../src/shapes/engine.js';

const x = vi('x', 'float32', [1, 4]);

/** Conv in the main graph, Relu in a Loop body, Gemm in an If branch inside it, LSTM in a local function. */
function nestedModel() {
  const ifBranch = graph({ name: 'then', inputs: [], outputs: [x], nodes: [node('Gemm', ['a', 'b'], ['x'])] });
  const body = graph({
    name: 'body', inputs: [], outputs: [x],
    nodes: [node('Relu', ['x'], ['r']), node('If', ['c'], ['x'], { attrs: { then_branch: graphAttr(ifBranch), else_branch: graphAttr(ifBranch) } })],
  });
  const main = graph({
    inputs: [x], outputs: [x],
    nodes: [
      node('Conv', ['x', 'w'], ['y']),
      node('Loop', ['', '', 'y'], ['z'], { attrs: { body: graphAttr(body) } }),
      node('MyFn', ['z'], ['x'], { domain: 'local' }),
      node('NoSuchOp', ['x'], ['q']),
      node('CONV_2D', ['x'], ['t'], { domain: 'tflite' }),
    ],
  });
  const local = fn({ name: 'MyFn', domain: 'local', inputs: ['i'], outputs: ['o'], nodes: [node('LSTM', ['i'], ['o'], { domain: 'ai.onnx' })] });
  return model(main, { functions: [local] });
}

describe('familiesOf', () => {
  test('walks the main graph, nested graphs at any depth and local functions; unknown ops add nothing', () => {
    // Conv -> conv, Loop and If -> control-flow, Relu -> activation, Gemm -> matmul,
    // LSTM (domain spelled ai.onnx) -> rnn, CONV_2D (tflite) -> tflite; NoSuchOp and MyFn -> none.
    assert.deepEqual([...familiesOf(nestedModel())].sort(), ['activation', 'control-flow', 'conv', 'matmul', 'rnn', 'tflite']);
  });
});

describe('opLookupFor', () => {
  test('answers as the complete registry for every op of the model, unknown ops included; an op of a family not loaded is a bug, not an unknown op', async () => {
    // Before anything else in this process: only the families of a one-Conv model are loaded.
    const conv = model(graph({ inputs: [x], outputs: [x], nodes: [node('Conv', ['x', 'w'], ['x'])] }));
    const lookupConv = await opLookupFor(conv);
    assert.equal(lookupConv('', 'Conv', 11)?.opType, 'Conv');
    assert.equal(lookupConv('', 'NoSuchOp', 17), undefined);
    assert.throws(() => lookupConv('', 'LSTM', 14), /family rnn, which was not loaded/);

    const m = nestedModel();
    const lookup = await opLookupFor(m);
    const { registry } = await import('../../src/ops/index.js');
    for (const [domain, op, opset] of [['', 'Conv', 11], ['', 'Conv', 1], ['', 'Relu', 14], ['', 'Gemm', 13], ['ai.onnx', 'LSTM', 22],
      ['', 'Loop', 16], ['', 'If', 21], ['tflite', 'CONV_2D', 1], ['', 'NoSuchOp', 17], ['local', 'MyFn', 1]] as const) {
      assert.equal(lookup(domain, op, opset), registry.lookup(domain, op, opset), `${domain}::${op} at ${opset}`);
    }
  });

  test('every family is in the index (an empty family would never load)', async () => {
    const { OP_INDEX } = await import('../../src/ops/op-index.js');
    for (const f of OP_FAMILIES) assert.ok(Object.values(OP_INDEX[f]).flat().length > 0, f);
  });
});

const build = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mb-lazy-ops-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('profiling a small CNN in a fresh process loads its op families alone', () => {
  const trace = join(dir, 'trace.txt');
  const modelPath = fileURLToPath(new URL('../../../examples/models/small_cnn_head.onnx', import.meta.url));
  const script = `const { profileFile } = await import('./src/profile/index.js');
const p = await profileFile(${JSON.stringify(modelPath)});
if (!(p.totals.macs > 0)) throw new Error('no MACs');`;
  const r = spawnSync(process.execPath, ['--import', join(build, 'bench', 'load-trace.js'), '--input-type=module', '-e', script], {
    cwd: build, encoding: 'utf8', env: { ...process.env, MODEL_BUDGET_LOAD_TRACE: trace },
  });
  assert.equal(r.status, 0, r.stderr);
  const urls = readFileSync(trace, 'utf8').split('\n');
  const loaded = OP_FAMILIES.filter((f) => urls.some((u) => u.endsWith(`/src/ops/${f}.js`)));
  // Its ops: Conv (conv), Relu (activation), MaxPool and GlobalAveragePool (pool), Flatten
  // (shape-ops), Gemm (matmul); activation.ts imports elementwise.ts's helpers (pool.ts imports
  // conv.ts's). Not rnn, attention, ml, tflite or the other 13.
  assert.deepEqual(loaded.sort(), ['activation', 'conv', 'elementwise', 'matmul', 'pool', 'shape-ops']);
});

test('a graph held only as a local function attribute default is walked (the engine runs it in the function)', async () => {
  // MyFn's If takes both branches from the function's default for `branch`, which the caller leaves unset.
  const branch = graph({ name: 'b', inputs: [], outputs: [vi('o', 'float32', [1, 4])], nodes: [node('Gemm', ['x', 'x'], ['o'])] });
  const f = fn({
    name: 'MyFn', domain: 'local', inputs: ['i', 'cond'], outputs: ['o'], attributeNames: ['branch'], defaults: { branch: graphAttr(branch) },
    nodes: [node('If', ['cond'], ['o'], { attrs: { then_branch: ref('branch'), else_branch: ref('branch') } })],
  });
  const m = model(graph({ inputs: [x, vi('c', 'bool', [])], outputs: [vi('y', 'float32', [1, 4])], nodes: [node('MyFn', ['x', 'c'], ['y'], { domain: 'local' })] }),
    { functions: [f], opsets: { '': 17, local: 1 } });
  assert.ok(familiesOf(m).has('matmul'), 'Gemm of the default branch');
  // Before: an internal error, "op Gemm ... belongs to family matmul, which was not loaded".
  const r = runEngine(m, await opLookupFor(m));
  assert.equal(r.unknownOps.length, 0);
});

