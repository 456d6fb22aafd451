/**
 * The TFLite reader on files from our writer: what it reads, what it refuses (one line each,
 * never a crash or a hang), and a bounded fuzz over mutated fixture files.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { GraphError } from '../../src/graph/errors.js';
import { readTfliteBytes, readTfliteFile } from '../../src/formats/tflite/reader.js';
import { registry } from '../../src/ops/index.js';
import { runEngine } from '../../src/shapes/engine.js';
import { countParams } from '../../src/profile/params.js';
import { FIXTURES, convModel, sharedIfChain, whileModel } from '../support/tflite-fixtures.js';
import { walkGraphs } from '../../src/graph/ir.js';
import type { Graph, Node } from '../../src/graph/ir.js';
import { opHistogram } from '../../src/profile/profile.js';
import { FbTable, s, serialize, TfliteBuilder } from '../support/tflite-writer.js';
import { mutate, prng } from '../support/tflite-mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-tflite-reader-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function detail(bytes: Uint8Array): string {
  try {
    readTfliteBytes(bytes, 'm.tflite');
  } catch (e) {
    assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
    assert.ok(!e.message.includes('\n'), 'one line');
    return e.detail;
  }
  assert.fail('expected the file to be refused');
}

/** Position of the first occurrence of `needle` in `hay` (for patching fields we wrote). */
function find(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i <= hay.length - needle.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

const u32 = (v: number): Uint8Array => new Uint8Array(new Uint32Array([v]).buffer);

describe('TFLite reader', () => {
  test('reads structure: operators in order, tensors, builtin options, stored shapes', () => {
    const { model } = readTfliteBytes(convModel().build(), 'conv.tflite');
    const g = model.graph;
    assert.deepEqual(g.nodes.map((n) => `${n.domain}::${n.opType}`), ['tflite::CONV_2D', 'tflite::DEPTHWISE_CONV_2D']);
    assert.deepEqual(g.inputs.map((v) => [v.name, v.shape]), [['input', [1, 8, 8, 3]]]);
    assert.deepEqual([...g.initializers.keys()], ['conv/w', 'conv/b', 'dw/w', 'dw/b']);
    const conv = g.nodes[0]!;
    assert.deepEqual(conv.attributes.get('padding'), { type: 'string', value: 'SAME' });
    assert.deepEqual(conv.attributes.get('fused_activation_function'), { type: 'string', value: 'RELU6' });
    assert.deepEqual(g.nodes[1]!.attributes.get('depth_multiplier'), { type: 'int', value: 2 });
    // The converter joins fused op names with ';': the node takes the first part.
    assert.equal(conv.name, 'conv/Relu6');
    assert.equal(model.opsetImports.get('tflite'), 1);
  });

  test('subgraphs become graph attributes of WHILE', () => {
    const { model } = readTfliteBytes(whileModel().build(), 'while.tflite');
    const w = model.graph.nodes[0]!;
    const body = w.attributes.get('body');
    assert.equal(body?.type, 'graph');
    assert.deepEqual(body.type === 'graph' ? body.value.nodes.map((n) => n.opType) : [], ['ADD', 'FULLY_CONNECTED']);
  });

  test('metadata: min_runtime_version as text, other entries by size', () => {
    const m = convModel();
    m.metadata = [
      { name: 'min_runtime_version', data: new TextEncoder().encode('1.14.0\0\0\0\0\0\0\0\0\0\0') },
      { name: 'TFLITE_METADATA', data: new Uint8Array(40) },
    ];
    const { model } = readTfliteBytes(m.build(), 'md.tflite');
    assert.equal(model.metadata.get('min_runtime_version'), '1.14.0');
    assert.equal(model.metadata.get('TFLITE_METADATA'), '40 bytes');
  });

  test('buffers after the flatbuffer (files over 2 GB) are measured by offset/size, not read', () => {
    // A 64 MiB weight stored after the flatbuffer; the file is sparse on disk.
    const m = new TfliteBuilder();
    const g = m.main;
    const x = g.tensor({ name: 'x', shape: [1, 4096] });
    const size = 4096 * 4096 * 4;
    const w = g.tensor({ name: 'w', shape: [4096, 4096], external: { offset: 4096, size } });
    const y = g.tensor({ name: 'y', shape: [1, 4096] });
    g.op({ op: 'FULLY_CONNECTED', inputs: [x, w, -1], outputs: [y] });
    g.inputs = [x];
    g.outputs = [y];
    const fb = m.build();
    assert.ok(fb.length < 4096);
    const path = join(dir, 'big.tflite');
    const fd = openSync(path, 'w');
    writeSync(fd, fb, 0, fb.length, 0);
    writeSync(fd, new Uint8Array(1), 0, 1, 4096 + size - 1);
    closeSync(fd);
    const { model, stats } = readTfliteFile(path);
    assert.equal(countParams(model).total, 4096 * 4096);
    // Only the pages of the flatbuffer (under 4 KiB) and one read-ahead run (8 KiB) came off the disk.
    assert.ok(stats.bytesRead <= 4096 + 8192, `${stats.bytesRead} bytes read`);
    // The same buffer one byte past the end of the file is refused.
    const bad = new TfliteBuilder();
    bad.main.tensor({ name: 'w', shape: [4096, 4096], external: { offset: 4096, size: size + 1 } });
    writeFileSync(path, new Uint8Array(0));
    const fd2 = openSync(path, 'w');
    const fb2 = bad.build();
    writeSync(fd2, fb2, 0, fb2.length, 0);
    writeSync(fd2, new Uint8Array(1), 0, 1, 4096 + size - 1);
    closeSync(fd2);
    assert.throws(() => readTfliteFile(path), /buffer 1 lies at bytes 4096\.\.67112961, outside the file \(67112960 bytes\)/);
  });
});

describe('TFLite bad input: one line, exit 2, never a crash', () => {
  const good = convModel().build();

  test('wrong file identifier', () => {
    const b = good.slice();
    b.set(new TextEncoder().encode('TFL2'), 4);
    assert.equal(detail(b), "invalid TFLite file: not a TFLite file: file identifier is 'TFL2', expected 'TFL3'");
  });

  test('truncated files', () => {
    assert.match(detail(good.subarray(0, 6)), /6 bytes is too short for a TFLite file/);
    for (const cut of [16, 64, Math.floor(good.length / 2), good.length - 8]) {
      assert.match(detail(good.subarray(0, cut)), /invalid TFLite file: .*(outside the file|run past the end)/);
    }
  });

  test('root offset out of range', () => {
    const b = good.slice();
    b.set(u32(0x7fff_fff0), 0);
    assert.match(detail(b), /model at byte 2147483632 \(4 bytes\) lies outside the file/);
  });

  test('a vector whose declared length runs past the end of the file', () => {
    // The filter's shape vector [16,3,3,3]: patch its count from 4 to 2^30.
    const b = good.slice();
    const at = find(b, new Uint8Array([4, 0, 0, 0, 16, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0]));
    assert.ok(at > 0);
    b.set(u32(1 << 30), at);
    assert.match(detail(b), /declares 1073741824 elements, which run past the end of the file/);
  });

  test('negative dims', () => {
    const m = convModel();
    m.main.tensors[3]!.shape = [1, 8, -8, 16];
    assert.equal(detail(m.build()), "invalid TFLite file: tensor 'conv/Relu6;conv/BiasAdd' has negative dimension -8");
  });

  test('a buffer index out of range', () => {
    const b = good.slice();
    // Tensor 'conv/w' refers to buffer 1: patch the u32 just written for it.
    const m = convModel();
    m.main.bufferOf[1] = 99;
    assert.match(detail(m.build()), /subgraph 0 tensor 1 \('conv\/w'\) refers to buffer 99, but the model has 5 buffers/);
    void b;
  });

  test('a constant whose buffer is smaller than its shape says', () => {
    const m = convModel();
    m.main.tensors[1]!.shape = [16, 3, 3, 4];
    assert.match(detail(m.build()), /has 576 float32 elements \(2304 bytes\) but its buffer 1 holds 1728 bytes/);
  });

  test('cyclic subgraphs (a WHILE whose body is its own subgraph)', () => {
    const m = whileModel();
    m.main.ops[0]!.options!.values.body_subgraph_index = 0;
    assert.equal(detail(m.build()), 'invalid TFLite file: subgraph 0 calls itself (through subgraphs 0 -> 0)');
    const m2 = whileModel();
    m2.main.ops[0]!.options!.values.body_subgraph_index = 7;
    assert.equal(detail(m2.build()), 'invalid TFLite file: an operator refers to subgraph 7, but the model has 3');
  });

  test('subgraphs nested 10,000 deep are refused at 64 levels, not a stack overflow', () => {
    assert.throws(() => readTfliteBytes(sharedIfChain(10_000, true).build(), 'deep.tflite'),
      (e: unknown) => e instanceof ModelFileError && /nest more than 64 deep \(at subgraph 64\)/.test(e.message));
  });

  test('IFs sharing one subgraph for both branches, 63 deep (2^64 runs), are refused before the engine starts', () => {
    // Level k runs level k+1 twice: 2^(d+1) - 1 nodes for depth d. 17 levels: 262,143 > 250,000.
    assert.throws(() => readTfliteBytes(sharedIfChain(63, true).build(), 'dag.tflite'),
      (e: unknown) => e instanceof ModelFileError && /come to more than 250,000 nodes/.test(e.message));
    assert.throws(() => readTfliteBytes(sharedIfChain(17, true).build(), 'dag.tflite'), /more than 250,000 nodes/);
    // 16 levels: 131,071 nodes, within the limit.
    assert.equal(readTfliteBytes(sharedIfChain(16, true).build(), 'dag.tflite').model.graph.nodes.length, 1);
  });

  test('walkGraphs visits a subgraph shared by both branches of 60 nested IFs once, not 2^60 times', () => {
    // The IR of such a file (the reader refuses it, above; the walk must not depend on that).
    const graph = (name: string, node: Node): Graph => ({ name, inputs: [], outputs: [], initializers: new Map(), valueInfo: [], nodes: [node] });
    let g = graph('leaf', { name: 'r', opType: 'RELU', domain: 'tflite', inputs: ['x'], outputs: ['y'], attributes: new Map() });
    for (let k = 0; k < 60; k++) {
      g = graph(`level${k}`, {
        name: `if${k}`, opType: 'IF', domain: 'tflite', inputs: ['c', 'x'], outputs: ['y'],
        attributes: new Map([['then_branch', { type: 'graph', value: g }], ['else_branch', { type: 'graph', value: g }]]),
      });
    }
    assert.equal([...walkGraphs(g)].length, 61);
    const model = { ...readTfliteBytes(convModel().build(), 'c.tflite').model, graph: g };
    assert.deepEqual(opHistogram(model), { 'tflite.IF': 60, 'tflite.RELU': 1 });
  });

  test('a self-referencing table (a vtable offset pointing at the table itself)', () => {
    const b = good.slice();
    const root = new DataView(b.buffer).getUint32(0, true);
    // soffset 0: the vtable is the table itself; its "vtable size" is then the low half of 0.
    new DataView(b.buffer).setInt32(root, 0, true);
    assert.match(detail(b), /malformed vtable/);
  });

  test('tables listed many times through aliased offsets are refused after 4 bytes read per byte of file (plus 1 MiB), not decoded each time', () => {
    // One table behind every entry of a vector: `entries` x the table's bytes are read for a file
    // of about 4 x entries bytes plus one table. Python's flatbuffers never write this; a hostile
    // file of 404 KB (1,000 operators naming one of 100,000 inputs) took 37 s and 2.5 GB.
    const model = (tensors: FbTable[], operators: FbTable[]): Uint8Array => {
      const code = new FbTable([s.i8(0), undefined, s.i32(1), s.i32(0)]);
      const sg = new FbTable([s.tables(tensors), s.ints([0]), s.ints([0]), s.tables(operators), s.str('main')]);
      return serialize(new FbTable([s.u32(3), s.tables([code]), s.tables([sg]), s.str('d'), s.tables([new FbTable([])])]));
    };
    const tensor = (name: string): FbTable => new FbTable([s.ints([1, 4]), s.i8(0), s.u32(0), s.str(name)]);
    const op = (inputs: number): FbTable => new FbTable([s.u32(0), s.ints(new Array<number>(inputs).fill(0)), s.ints([0])]);
    // 500 operators naming one of 10,000 inputs: 42,312 bytes of file, 20 MB of operands to read.
    const operators = model([tensor('t')], new Array<FbTable>(500).fill(op(10_000)));
    assert.equal(operators.length, 42_312);
    assert.equal(detail(operators), `invalid TFLite file: its tables take more than ${1024 * 1024 + 4 * 42_312} bytes to read from a file of 42312: offsets that point at one table or vector many times (an operator or tensor listed over and over), which no converter writes`);
    // 20,000 tensors naming one with a 1,000-byte name: 81 KB of file, 20 MB of names.
    assert.match(detail(model(new Array<FbTable>(20_000).fill(tensor('n'.repeat(1000))), [op(1)])), /its tables take more than \d+ bytes to read from a file of \d+: offsets that point at one table/);
    // The same shapes listed once each are read: 100 operators of 100 inputs, 100 distinct tensors.
    const distinct = model(Array.from({ length: 100 }, (_, i) => tensor(`t${i}`)), Array.from({ length: 100 }, () => op(100)));
    assert.equal(readTfliteBytes(distinct, 'm.tflite').model.graph.nodes.length, 100);
  });

  test('operator inputs naming tensors that do not exist', () => {
    const m = convModel();
    m.main.ops[0]!.inputs = [0, 1, 42];
    assert.match(detail(m.build()), /subgraph 0 operator 0 refers to tensor 42, but subgraph 0 has 7 tensors/);
  });
});

/** Reads and profiles a mutated file; the only acceptable failure is a one-line file error. */
export function profileMutant(bytes: Uint8Array): 'ok' | 'refused' {
  try {
    const { model } = readTfliteBytes(bytes, 'fuzz.tflite');
    countParams(model);
    runEngine(model, (d, op, v) => registry.lookup(d, op, v));
    return 'ok';
  } catch (e) {
    if (e instanceof ModelFileError || e instanceof GraphError) {
      assert.ok(!e.message.includes('\n'), `multi-line message: ${e.message}`);
      return 'refused';
    }
    throw e;
  }
}

test('fuzz: 150 mutations of every fixture file are read or refused with one line, never a crash', () => {
  const rnd = prng(20261129);
  let refused = 0, ok = 0;
  for (const [name, make] of Object.entries(FIXTURES)) {
    const src = make().build();
    for (let i = 0; i < 150; i++) {
      const bytes = mutate(src, rnd);
      try {
        if (profileMutant(bytes) === 'ok') ok++;
        else refused++;
      } catch (e) {
        writeFileSync(join(dir, `crash-${name}-${i}.tflite`), bytes);
        throw new Error(`${name} mutation ${i} crashed: ${(e as Error).stack}`);
      }
    }
  }
  // Both outcomes happen: the mutations are neither all harmless nor all fatal.
  assert.ok(refused > 100 && ok > 100, `refused ${refused}, ok ${ok}`);
});
