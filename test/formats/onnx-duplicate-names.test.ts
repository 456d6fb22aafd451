/**
 * One name, two definitions in one ONNX graph. ONNX graphs are single-assignment (IR.md: names of
 * inputs, initializers and node outputs are unique within a graph; onnx.checker refuses the rest),
 * and the runtimes disagree on such files (ONNX Runtime keeps the last initializer with a warning).
 * Reading one and dropping the other made the params silently smaller than the file holds, or
 * counted one tensor in params and another in the costs: each is refused with one line naming the
 * value. Worked numbers are in each test.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { profileFile } from '../../src/profile/index.js';
import { GraphBuilder, modelBytes, sparseTensor, tensor } from '../support/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-dupnames-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, g: GraphBuilder): string {
  const path = join(dir, `${name}.onnx`);
  writeFileSync(path, modelBytes(g));
  return path;
}

/** x [1,4] -> MatMul with `w` -> y; `define` adds the definitions of w. */
function matmulOf(define: (g: GraphBuilder) => void): GraphBuilder {
  const g = new GraphBuilder();
  g.input('x', 'float32', [1, 4]);
  define(g);
  g.node('MatMul', ['x', 'w'], ['y']);
  g.output('y', 'float32', null);
  return g;
}

async function assertRefused(path: string, detail: RegExp): Promise<void> {
  await assert.rejects(profileFile(path), (e: unknown) => {
    assert.ok(e instanceof ModelFileError, String(e));
    assert.match(e.detail, detail);
    assert.ok(!e.detail.includes('\n'), 'one line');
    return true;
  });
}

describe('ONNX names defined twice in one graph', () => {
  test('two initializers w [4,4] and w [4,100]: refused, not 400 params of the 416 stored', async () => {
    // Before: the second replaced the first, params 400 (1,600 bytes) of the 416 (1,664 bytes)
    // the file stores, no warning.
    const path = write('dense-dense', matmulOf((g) => {
      g.initializer('w', 'float32', [4, 4]);
      g.initializer('w', 'float32', [4, 100]);
    }));
    await assertRefused(path, /graph 'main': initializer 'w' is defined twice/);
  });

  test('a dense and a sparse initializer of one name: refused, not the sparse one alone', async () => {
    // Before: params 3 (the sparse tensor's stored values) and 1,600 MACs of its [4,400] shape;
    // the dense [4,4] (16 params) was dropped without a word.
    const path = write('dense-sparse', matmulOf((g) => {
      g.initializer('w', 'float32', [4, 4]);
      g.sparseInitializer(sparseTensor(tensor('float32', [3], { name: 'w', values: [1, 2, 3] }), tensor('int64', [3], { values: [0n, 5n, 15n] }), [4, 400]));
    }));
    await assertRefused(path, /graph 'main': initializer 'w' is defined twice/);
  });

  test('an initializer and a Constant node output of one name: refused, not 416 params with 400 MACs', async () => {
    // Before: params counted both (16 + 400 = 416) while the MatMul read the Constant's [4,100]
    // (400 MACs): two different tensors behind one name.
    const path = write('init-constant', matmulOf((g) => {
      g.initializer('w', 'float32', [4, 4]);
      g.constant('w', 'float32', [4, 100]);
    }));
    await assertRefused(path, /graph 'main': value 'w' is an input or initializer of the graph and also the output of node 'Constant_\d+'/);
  });

  test('a node output named like a graph input: refused', async () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 4]);
    g.node('Relu', ['x'], ['x']);
    g.output('x', 'float32', null);
    await assertRefused(write('input-output', g), /graph 'main': value 'x' is an input or initializer of the graph and also the output of node 'Relu_\d+'/);
  });

  test('two initializers of one name inside a Loop body: refused too', async () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 4]);
    g.initializer('M', 'int64', [], { values: [3n] });
    g.initializer('cond', 'bool', [], { values: [1] });
    const body = new GraphBuilder('body');
    body.input('i', 'int64', []);
    body.input('cin', 'bool', []);
    body.input('h', 'float32', [1, 4]);
    body.initializer('wb', 'float32', [4, 4]);
    body.initializer('wb', 'float32', [4, 4]);
    body.node('MatMul', ['h', 'wb'], ['h2']);
    body.node('Identity', ['cin'], ['cout']);
    body.output('cout', 'bool', []);
    body.output('h2', 'float32', [1, 4]);
    g.node('Loop', ['M', 'cond', 'x'], ['y'], { body });
    g.output('y', 'float32', null);
    await assertRefused(write('body', g), /graph 'body': initializer 'wb' is defined twice/);
  });

  test('an initializer also listed as a graph input (a default value, IR 3 style) is still one weight', async () => {
    // 16 params, 16 MACs: the input declaration names the same value, it does not define another.
    const p = await profileFile(write('init-input', matmulOf((g) => {
      g.input('w', 'float32', [4, 4]);
      g.initializer('w', 'float32', [4, 4]);
    })));
    assert.equal(p.params.total, 16);
    assert.equal(p.totals!.macs, 16);
    assert.equal(p.totals!.lowerBound, false);
  });
});
