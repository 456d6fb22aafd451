/**
 * The test-side ONNX writer, checked by decoding its bytes with protobufjs (an independent
 * decoder) and, for the wire details, against protobuf encodings worked out by hand.
 */
import { after, test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ExternalDataFile, FunctionBuilder, GraphBuilder, RawWriter, WIRE, attr, decodeModel, encodeMessage, irVersionForOpset,
  modelBytes, onnxRoot, sparseTensor, tensor, truncate, types, writeModel,
} from './support/onnx-writer.js';
import type { ProtoObject } from './support/onnx-writer.js';
import { writeLargeModel } from './support/large-model.js';

// Decoded protobufjs messages are loosely typed; these accessors keep the assertions readable.
type Msg = ProtoObject;
const str = (v: unknown): string => String(v); // Long and number both print exactly
const num = (v: unknown): number => Number(str(v));
const list = (v: unknown): Msg[] => (v ?? []) as Msg[];
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const text = (b: unknown): string => Buffer.from(b as Uint8Array).toString('utf8');
// Decoded messages inherit defaults from their prototype; a field was on the wire iff it is own.
const has = (m: unknown, field: string): boolean => Object.prototype.hasOwnProperty.call(m, field);

function graphOf(bytes: Uint8Array): Msg {
  return decodeModel(bytes).graph as Msg;
}
function dims(valueInfo: Msg): Array<string | null> {
  const shape = ((valueInfo.type as Msg).tensorType as Msg).shape as Msg | undefined;
  return list(shape?.dim).map((d) => (has(d, 'dimParam') ? String(d.dimParam) : has(d, 'dimValue') ? str(d.dimValue) : null));
}
function attrsOf(node: Msg): Map<string, Msg> {
  return new Map(list(node.attribute).map((a) => [String(a.name), a]));
}

describe('GraphBuilder basics', () => {
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 3, 224, 'batch']);
  const w = g.initializer('w', 'float32', [16, 3, 3, 3]);
  g.node('Conv', ['x', w], ['y'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: 'conv0' });
  g.output('y', 'float32', [1, 16, 224, 224]);
  const bytes = modelBytes(g, { opset: 17 });
  const model = decodeModel(bytes);
  const graph = model.graph as Msg;

  test('model header: IR version 8 goes with opset 17', () => {
    assert.equal(num(model.irVersion), 8);
    assert.deepEqual(list(model.opsetImport).map((o) => [o.domain, num(o.version)]), [['', 17]]);
    assert.equal(graph.name, 'main');
  });

  test('inputs and outputs keep dtype, static and symbolic dims', () => {
    const [x] = list(graph.input);
    assert.equal(x!.name, 'x');
    assert.equal(((x!.type as Msg).tensorType as Msg).elemType, 1);
    assert.deepEqual(dims(x!), ['1', '3', '224', 'batch']);
    assert.deepEqual(dims(list(graph.output)[0]!), ['1', '16', '224', '224']);
  });

  test('initializer defaults to zero-filled raw_data of dims product * 4 bytes', () => {
    const [t] = list(graph.initializer);
    assert.equal(t!.name, 'w');
    assert.equal(t!.dataType, 1);
    assert.deepEqual(list(t!.dims).map(num), [16, 3, 3, 3]);
    const raw = t!.rawData as Uint8Array;
    assert.equal(raw.length, 16 * 3 * 3 * 3 * 4); // 432 elements * 4 bytes = 1728
    assert.ok(raw.every((b) => b === 0));
  });

  test('node keeps op, io, name and typed attributes', () => {
    const [n] = list(graph.node);
    assert.equal(n!.opType, 'Conv');
    assert.equal(n!.name, 'conv0');
    assert.deepEqual(n!.input, ['x', 'w']);
    assert.deepEqual(n!.output, ['y']);
    const a = attrsOf(n!);
    assert.equal(a.get('kernel_shape')!.type, 7); // INTS
    assert.deepEqual(list(a.get('kernel_shape')!.ints).map(num), [3, 3]);
    assert.deepEqual(list(a.get('pads')!.ints).map(num), [1, 1, 1, 1]);
  });

  test('bytes are deterministic', () => {
    assert.equal(hex(modelBytes(g, { opset: 17 })), hex(bytes));
  });
});

describe('wire format details', () => {
  test('repeated int64 dims are written unpacked, as proto2 onnx.proto does', () => {
    // dims=[2,3]: field 1 varint -> 08 02 08 03; data_type=1: 10 01.
    assert.equal(hex(encodeMessage('TensorProto', { dims: [2, 3], dataType: 1 })), '080208031001');
  });

  test('float_data is packed ([packed = true] in onnx.proto)', () => {
    // field 4 LEN (0x22), 8 bytes: 1.0f = 0000803f, 2.0f = 00000040.
    assert.equal(hex(encodeMessage('TensorProto', { floatData: [1, 2] })), '22080000803f00000040');
  });

  test('int64 dims up to 2^63-1 survive the round trip exactly', () => {
    const g = new GraphBuilder();
    g.initializer('huge', 'float32', [2n ** 63n - 1n, 2 ** 62, 2n ** 62n], { noData: true });
    g.initializer('neg', 'float32', [-1], { noData: true });
    const [huge, neg] = list(graphOf(modelBytes(g)).initializer);
    assert.deepEqual(list(huge!.dims).map(str), ['9223372036854775807', '4611686018427387904', '4611686018427387904']);
    assert.equal(has(huge, 'rawData'), false);
    assert.deepEqual(list(neg!.dims).map(str), ['-1']);
  });
});

describe('attributes of every type', () => {
  const body = new GraphBuilder('body');
  body.input('a', 'float32', [1]);
  body.node('Identity', ['a'], ['b']);
  body.output('b', 'float32', [1]);
  const body2 = new GraphBuilder('body2');
  const sp = sparseTensor(tensor('float32', [2], { values: [5, 6] }), tensor('int64', [2], { values: [1, 3] }), [4]);

  const g = new GraphBuilder();
  g.input('x', 'float32', [1]);
  g.node('Custom', ['x'], ['y'], {
    f: 0.5,
    f1: attr.float(1),
    i: 3,
    big: 2n ** 63n - 1n,
    i64: attr.int(-5),
    s: 'abc',
    sb: new Uint8Array([0xff, 0x00]),
    t: tensor('float32', [2], { values: [1.5, -2] }),
    g: body,
    fs: [0.5, 1.5],
    fs1: attr.floats([1, 2]),
    is: [1, 2, 3],
    empty: [],
    ss: ['p', 'q'],
    ts: attr.tensors([tensor('int64', [1], { values: [7n] }), tensor('int32', [], { values: [9] })]),
    gs: [body, body2],
    sp: sp,
    sps: attr.sparseTensors([sp, sp]),
    tp: types.sequence(types.tensor('float16', ['n'])),
    tps: attr.typeProtos([types.tensor('int8'), types.optional(types.tensor('bool', []))]),
  }, { domain: 'test.custom' });
  const node = list(graphOf(modelBytes(g, { opsets: { 'test.custom': 1 } })).node)[0]!;
  const a = attrsOf(node);

  test('scalars: FLOAT=1, INT=2, STRING=3', () => {
    assert.equal(a.get('f')!.type, 1);
    assert.equal(a.get('f')!.f, 0.5);
    assert.equal(a.get('f1')!.type, 1);
    assert.equal(a.get('f1')!.f, 1);
    assert.equal(a.get('i')!.type, 2);
    assert.equal(num(a.get('i')!.i), 3);
    assert.equal(str(a.get('big')!.i), '9223372036854775807');
    assert.equal(str(a.get('i64')!.i), '-5');
    assert.equal(a.get('s')!.type, 3);
    assert.equal(text(a.get('s')!.s), 'abc');
    assert.equal(hex(a.get('sb')!.s as Uint8Array), 'ff00');
  });

  test('TENSOR=4 and GRAPH=5', () => {
    const t = a.get('t')!;
    assert.equal(t.type, 4);
    const raw = (t.t as Msg).rawData as Buffer;
    assert.deepEqual([raw.readFloatLE(0), raw.readFloatLE(4)], [1.5, -2]);
    const sub = a.get('g')!;
    assert.equal(sub.type, 5);
    assert.equal((sub.g as Msg).name, 'body');
    assert.equal(list((sub.g as Msg).node)[0]!.opType, 'Identity');
  });

  test('FLOATS=6, INTS=7 (empty list too), STRINGS=8', () => {
    assert.equal(a.get('fs')!.type, 6);
    assert.deepEqual(a.get('fs')!.floats, [0.5, 1.5]);
    assert.equal(a.get('fs1')!.type, 6);
    assert.deepEqual(a.get('fs1')!.floats, [1, 2]);
    assert.equal(a.get('is')!.type, 7);
    assert.deepEqual(list(a.get('is')!.ints).map(num), [1, 2, 3]);
    assert.equal(a.get('empty')!.type, 7);
    assert.deepEqual(list(a.get('empty')!.ints), []);
    assert.equal(a.get('ss')!.type, 8);
    assert.deepEqual(list(a.get('ss')!.strings).map(text), ['p', 'q']);
  });

  test('TENSORS=9 and GRAPHS=10', () => {
    assert.equal(a.get('ts')!.type, 9);
    const [t0, t1] = list(a.get('ts')!.tensors);
    assert.equal(t0!.dataType, 7);
    assert.equal((t0!.rawData as Buffer).readBigInt64LE(0), 7n);
    assert.deepEqual(list(t1!.dims), []); // a scalar
    assert.equal((t1!.rawData as Buffer).readInt32LE(0), 9);
    assert.equal(a.get('gs')!.type, 10);
    assert.deepEqual(list(a.get('gs')!.graphs).map((x) => x.name), ['body', 'body2']);
  });

  test('SPARSE_TENSOR=11, SPARSE_TENSORS=12', () => {
    const s = a.get('sp')!;
    assert.equal(s.type, 11);
    const st = s.sparseTensor as Msg;
    assert.deepEqual(list(st.dims).map(num), [4]);
    assert.equal(((st.values as Msg).rawData as Buffer).readFloatLE(4), 6);
    assert.equal(((st.indices as Msg).rawData as Buffer).readBigInt64LE(8), 3n);
    assert.equal(a.get('sps')!.type, 12);
    assert.equal(list(a.get('sps')!.sparseTensors).length, 2);
  });

  test('TYPE_PROTO=13, TYPE_PROTOS=14', () => {
    const tp = a.get('tp')!;
    assert.equal(tp.type, 13);
    const inner = ((tp.tp as Msg).sequenceType as Msg).elemType as Msg;
    assert.equal((inner.tensorType as Msg).elemType, 10); // FLOAT16
    assert.equal(list(((inner.tensorType as Msg).shape as Msg).dim)[0]!.dimParam, 'n');
    const tps = a.get('tps')!;
    assert.equal(tps.type, 14);
    const [t8, opt] = list(tps.typeProtos);
    assert.equal((t8!.tensorType as Msg).elemType, 3); // INT8
    assert.equal(has(t8!.tensorType, 'shape'), false); // unknown rank
    const optTensor = ((opt!.optionalType as Msg).elemType as Msg).tensorType as Msg;
    assert.equal(optTensor.elemType, 9); // BOOL
    assert.deepEqual(list((optTensor.shape as Msg).dim), []); // scalar shape present, no dims
  });

  test('node domain is written', () => {
    assert.equal(node.domain, 'test.custom');
  });
});

describe('tensor data encodings', () => {
  const g = new GraphBuilder();
  g.initializer('f32', 'float32', [2, 2], { values: [1, 2, 3, 4] });
  g.initializer('f32typed', 'float32', [2], { values: [0.25, -1], encoding: 'typed' });
  g.initializer('i64typed', 'int64', [3], { values: [2n ** 63n - 1n, -1n, 42n], encoding: 'typed' });
  g.initializer('i64raw', 'int64', [2], { values: [2n ** 62n, -3n] });
  g.initializer('f16', 'float16', [3], { values: [1, -2, 0.5] });
  g.initializer('bf16', 'bfloat16', [1], { values: [1] });
  g.initializer('i4', 'int4', [3], { values: [1, -1, 7] });
  g.initializer('u8typed', 'uint8', [2], { values: [200, 3], encoding: 'typed' });
  g.initializer('str', 'string', [2], { values: ['hi', 'there'] });
  g.initializer('f8', 'float8e4m3fn', [2], { raw: new Uint8Array([0x38, 0xb8]) });
  const init = new Map(list(graphOf(modelBytes(g)).initializer).map((t) => [String(t.name), t]));
  const raw = (name: string): Buffer => init.get(name)!.rawData as Buffer;

  test('float32 raw_data little-endian', () => {
    const r = raw('f32');
    assert.deepEqual([0, 1, 2, 3].map((i) => r.readFloatLE(i * 4)), [1, 2, 3, 4]);
  });

  test('typed float_data / int64_data / int32_data, no raw_data', () => {
    assert.deepEqual(init.get('f32typed')!.floatData, [0.25, -1]);
    assert.equal(has(init.get('f32typed'), 'rawData'), false);
    assert.deepEqual(list(init.get('i64typed')!.int64Data).map(str), ['9223372036854775807', '-1', '42']);
    assert.deepEqual(init.get('u8typed')!.int32Data, [200, 3]);
  });

  test('int64 raw_data holds 8-byte two\'s complement values', () => {
    assert.equal(raw('i64raw').readBigInt64LE(0), 2n ** 62n);
    assert.equal(raw('i64raw').readBigInt64LE(8), -3n);
  });

  test('float16/bfloat16 bit patterns', () => {
    // 1.0 = 0x3c00, -2.0 = 0xc000, 0.5 = 0x3800 (half); 1.0 = 0x3f80 (bfloat16).
    assert.equal(hex(raw('f16')), '003c00c00038');
    assert.equal(hex(raw('bf16')), '803f');
  });

  test('int4 packs two per byte, low nibble first', () => {
    // [1, -1, 7] -> byte0 = (0xf << 4) | 0x1 = 0xf1, byte1 = 0x07.
    assert.equal(hex(raw('i4')), 'f107');
  });

  test('string tensors use string_data; raw bytes are passed through', () => {
    assert.deepEqual(list(init.get('str')!.stringData).map(text), ['hi', 'there']);
    assert.equal(init.get('str')!.dataType, 8);
    assert.equal(hex(raw('f8')), '38b8');
    assert.equal(init.get('f8')!.dataType, 17);
  });

  test('value count mismatch is refused', () => {
    assert.throws(() => tensor('float32', [2, 2], { values: [1, 2, 3] }), /needs 4 values, got 3/);
  });
});

describe('external data', () => {
  test('side file assigns aligned offsets; tensors carry location/offset/length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-ext-'));
    try {
      const side = new ExternalDataFile('weights.bin');
      const g = new GraphBuilder();
      g.input('x', 'float32', [1, 3]);
      g.initializer('a', 'float32', [3], { values: [1, 2, 3], external: side }); // 12 bytes at 0
      g.initializer('b', 'float32', [2, 3], { external: side }); // 24 bytes at 64 (next 64-byte boundary)
      g.initializer('c', 'float32', [4], { external: { location: 'other.bin', offset: 2n ** 40n } });
      g.node('MatMul', ['x', 'b'], ['y'], {});
      g.output('y', 'float32', [1, 3]);
      const bytes = writeModel(join(dir, 'm.onnx'), g, {}, [side]);
      assert.equal(hex(readFileSync(join(dir, 'm.onnx'))), hex(bytes));

      const init = list(graphOf(bytes).initializer);
      const entries = (t: Msg): Record<string, string> =>
        Object.fromEntries(list(t.externalData).map((e) => [String(e.key), String(e.value)]));
      for (const t of init) {
        assert.equal(t.dataLocation, 1);
        assert.equal(has(t, 'rawData'), false);
      }
      assert.deepEqual(entries(init[0]!), { location: 'weights.bin', offset: '0', length: '12' });
      assert.deepEqual(entries(init[1]!), { location: 'weights.bin', offset: '64', length: '24' });
      assert.deepEqual(entries(init[2]!), { location: 'other.bin', offset: '1099511627776', length: '16' });

      const data = readFileSync(join(dir, 'weights.bin'));
      assert.equal(data.length, 64 + 24);
      assert.deepEqual([data.readFloatLE(0), data.readFloatLE(4), data.readFloatLE(8)], [1, 2, 3]);
      assert.ok(data.subarray(12).every((b) => b === 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('graph features', () => {
  test('If/Loop/Scan bodies, Constant nodes, value_info, unknown dims and ranks', () => {
    const thenG = new GraphBuilder('then');
    thenG.constant('one', 'float32', [1], { values: [1] });
    thenG.output('one', 'float32', [1]);
    const elseG = new GraphBuilder('else');
    elseG.constant('two', 'float32', [1], { values: [2] });
    elseG.output('two', 'float32', [1]);
    const loopBody = new GraphBuilder('loop_body');
    loopBody.input('iter', 'int64', []);
    loopBody.input('cond_in', 'bool', []);
    loopBody.input('acc', 'float32', ['n']);
    loopBody.node('Identity', ['cond_in'], ['cond_out']);
    loopBody.node('Add', ['acc', 'acc'], ['acc_out']);
    loopBody.output('cond_out', 'bool', []);
    loopBody.output('acc_out', 'float32', ['n']);

    const g = new GraphBuilder();
    g.input('c', 'bool', []);
    g.input('s', 'float32', [null, 'n']);
    g.input('anything', 'float32');
    g.input('seq', types.sequence(types.tensor('float32', [2])));
    g.constant('trip', 'int64', [], { values: [3n] });
    g.node('If', ['c'], ['r'], { then_branch: thenG, else_branch: elseG });
    g.node('Loop', ['trip', '', 's'], ['final'], { body: loopBody });
    g.node('Scan', ['s'], ['scanned'], { body: attr.graph(loopBody), num_scan_inputs: 1 });
    g.valueInfo('r', 'float32', [1]);
    g.output('final', 'float32', [null, 'n']);
    const graph = graphOf(modelBytes(g));

    const [cst, ifNode, loop, scan] = list(graph.node);
    assert.equal(cst!.opType, 'Constant');
    const value = attrsOf(cst!).get('value')!;
    assert.equal(value.type, 4);
    assert.equal(((value.t as Msg).rawData as Buffer).readBigInt64LE(0), 3n);

    const branches = attrsOf(ifNode!);
    const thenConst = list((branches.get('then_branch')!.g as Msg).node)[0]!;
    assert.equal((((attrsOf(thenConst).get('value')!.t) as Msg).rawData as Buffer).readFloatLE(0), 1);
    assert.equal((branches.get('else_branch')!.g as Msg).name, 'else');

    assert.deepEqual(loop!.input, ['trip', '', 's']); // '' = omitted optional input
    const body = attrsOf(loop!).get('body')!.g as Msg;
    assert.deepEqual(list(body.input).map((i) => i.name), ['iter', 'cond_in', 'acc']);
    assert.deepEqual(dims(list(body.input)[0]!), []); // scalar
    assert.equal(attrsOf(scan!).get('body')!.type, 5);

    const inputs = list(graph.input);
    assert.deepEqual(dims(inputs[1]!), [null, 'n']);
    assert.equal(has((inputs[2]!.type as Msg).tensorType, 'shape'), false);
    assert.equal(((((inputs[3]!.type as Msg).sequenceType as Msg).elemType as Msg).tensorType as Msg).elemType, 1);
    assert.deepEqual(list(graph.valueInfo).map((v) => [v.name, dims(v)]), [['r', ['1']]]);
  });

  test('several opset domains, ir_version override, metadata', () => {
    const g = new GraphBuilder();
    const m = decodeModel(modelBytes(g, { opset: 13, opsets: { 'com.microsoft': 1, 'ai.onnx.ml': 3 }, irVersion: 9, metadata: { k: 'v' } }));
    assert.deepEqual(list(m.opsetImport).map((o) => [o.domain, num(o.version)]), [['', 13], ['com.microsoft', 1], ['ai.onnx.ml', 3]]);
    assert.equal(num(m.irVersion), 9);
    assert.deepEqual(list(m.metadataProps).map((p) => [p.key, p.value]), [['k', 'v']]);
    assert.deepEqual([8, 9, 11, 13, 17, 19, 21].map(irVersionForOpset), [3, 4, 6, 7, 8, 9, 10]);
  });

  test('model-local functions, with attribute references and defaults', () => {
    const fn = new FunctionBuilder('ScaledRelu', 'local.fn', {
      inputs: ['X'], outputs: ['Y'], attributes: ['unused'], attributeDefaults: { alpha: attr.float(2) }, opsets: { '': 17 },
    });
    fn.node('Relu', ['X'], ['r']);
    fn.node('LeakyRelu', ['r'], ['Y'], { alpha: attr.ref('alpha', 'float') });
    const g = new GraphBuilder();
    g.input('x', 'float32', [4]);
    g.node('ScaledRelu', ['x'], ['y'], { alpha: attr.float(3) }, { domain: 'local.fn' });
    g.output('y', 'float32', [4]);
    const m = decodeModel(modelBytes(g, { functions: [fn] }));
    // The function's domain is imported automatically.
    assert.deepEqual(list(m.opsetImport).map((o) => [o.domain, num(o.version)]), [['', 17], ['local.fn', 1]]);
    const [f] = list(m.functions);
    assert.equal(f!.name, 'ScaledRelu');
    assert.equal(f!.domain, 'local.fn');
    assert.deepEqual(f!.input, ['X']);
    assert.deepEqual(f!.attribute, ['unused']);
    assert.equal(list(f!.attributeProto)[0]!.f, 2);
    const leaky = attrsOf(list(f!.node)[1]!).get('alpha')!;
    assert.equal(leaky.refAttrName, 'alpha');
    assert.equal(leaky.type, 1);
    assert.equal(has(leaky, 'f'), false);
    assert.deepEqual(list(f!.opsetImport).map((o) => [o.domain, num(o.version)]), [['', 17]]);
  });
});

describe('broken bytes', () => {
  const good = (() => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 8]);
    g.initializer('w', 'float32', [8, 8]);
    g.node('MatMul', ['x', 'w'], ['y']);
    g.output('y', 'float32', [1, 8]);
    return modelBytes(g);
  })();

  test('truncate cuts the bytes and the decoder then fails', () => {
    assert.equal(truncate(good, 10).length, 10);
    assert.equal(truncate(good, -1).length, good.length - 1);
    assert.throws(() => decodeModel(truncate(good, good.length - 5)));
  });

  test('RawWriter varint of 2^62 (9-byte varint) decodes as dims', () => {
    const t = new RawWriter().varint(1, 2n ** 62n).varint(2, 1).finish();
    // tag 08; 2^62 = 62 zero bits then a one: eight 0x80 continuation bytes, then 0x40 (= 1 << 6).
    assert.equal(hex(t), '08' + '80'.repeat(8) + '40' + '1001');
    const decoded = onnxRoot.lookupType('onnx.TensorProto').decode(t) as unknown as Msg;
    assert.deepEqual(list(decoded.dims).map(str), ['4611686018427387904']);
  });

  test('RawWriter nests messages, writes wrong wire types and lying length prefixes', () => {
    const model = new RawWriter()
      .varint(1, 8)
      .message(7, (graph) => graph.message(5, (t) => t.fixed64(1, 3).bytes(8, 'w')))
      .finish();
    // 08 08 | 3a 0e (14) | 2a 0c (12) | 09 (field 1, wire type 1) 0300000000000000 | 42 01 77
    assert.equal(hex(model), '08083a0e2a0c090300000000000000420177');
    const lying = new RawWriter().lengthPrefix(7, 1000).raw([0x0a, 0x00]).finish();
    assert.equal(hex(lying), '3ae8070a00'); // 1000 = 0x3e8 -> e8 07
    assert.throws(() => decodeModel(lying));
    assert.equal(hex(new RawWriter().tag(3, WIRE.START_GROUP).finish()), '1b');
  });

  test('attr.raw writes a type code that disagrees with its payload', () => {
    const g = new GraphBuilder();
    g.node('Relu', ['x'], ['y'], { odd: attr.raw({ type: 2, f: 1.5 }) });
    const a = list(list(graphOf(modelBytes(g)).node)[0]!.attribute)[0]!;
    assert.equal(a.type, 2);
    assert.equal(a.f, 1.5);
  });
});

describe('large model generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-large-'));
  const total = 20 * 1024 * 1024;
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('inline: a 20 MB model decodes fully with the expected tensors', async () => {
    const path = join(dir, 'big.onnx');
    const info = await writeLargeModel(path, { totalBytes: total, tensors: 4, chunkBytes: 1 << 20 });
    // K = largest with 4 * (K^2 + K) * 4 <= 20 MiB - 4096: K^2 + K <= 1310464 -> K = 1144
    // (1144 * 1145 = 1309880; 1145 * 1146 = 1312170 is too many).
    assert.equal(info.width, 1144);
    assert.equal(info.params, 4 * (1144 * 1144 + 1144));
    assert.equal(info.macs, 4 * 1144 * 1144);
    assert.equal(statSync(path).size, info.modelBytes);
    assert.ok(info.modelBytes <= total && info.modelBytes > total * 0.99, `size ${info.modelBytes}`);

    const m = decodeModel(readFileSync(path));
    assert.equal(num(m.irVersion), 8);
    assert.deepEqual(list(m.opsetImport).map((o) => [o.domain, num(o.version)]), [['', 17]]);
    const graph = m.graph as Msg;
    assert.deepEqual(list(graph.node).map((n) => n.opType), ['MatMul', 'Add', 'MatMul', 'Add', 'MatMul', 'Add', 'MatMul', 'Add']);
    assert.deepEqual(list(graph.node)[7]!.output, ['y']);
    const init = new Map(list(graph.initializer).map((t) => [String(t.name), t]));
    for (let i = 0; i < 4; i++) {
      const w = init.get(`W${i}`)!;
      const d = list(w.dims).map(num);
      assert.deepEqual(d, [1144, 1144]);
      assert.equal(w.dataType, 1);
      assert.equal((w.rawData as Uint8Array).length, d[0]! * d[1]! * 4);
      assert.equal((w.rawData as Buffer).readFloatLE(4), (1 - 125) / 1024); // the fill pattern
      assert.deepEqual(list(init.get(`b${i}`)!.dims).map(num), [1144]);
    }
    assert.deepEqual(dims(list(graph.input)[0]!), ['1', '1144']);
  });

  test('external: small .onnx + side file with page-aligned offsets', async () => {
    const path = join(dir, 'ext.onnx');
    const info = await writeLargeModel(path, { totalBytes: total, tensors: 3, external: true });
    // K^2 + K <= (20 MiB - 4096) / 12 = 1747285.33 -> K = 1321 (1321 * 1322 = 1746362).
    assert.equal(info.width, 1321);
    const bytesPerWeight = 1321 * 1321 * 4; // 6980164, padded to 1705 pages = 6983680
    assert.deepEqual(info.weights.map((w) => w.offset), [0, 6983680, 2 * 6983680]);
    assert.equal(statSync(info.dataPath!).size, 2 * 6983680 + bytesPerWeight);
    assert.ok(info.modelBytes < 64 * 1024);

    const graph = decodeModel(readFileSync(path)).graph as Msg;
    const weights = list(graph.initializer).filter((t) => String(t.name).startsWith('W'));
    assert.equal(weights.length, 3);
    weights.forEach((w, i) => {
      assert.deepEqual(list(w.dims).map(num), [1321, 1321]);
      assert.equal(w.dataLocation, 1);
      const e = Object.fromEntries(list(w.externalData).map((x) => [String(x.key), String(x.value)]));
      assert.deepEqual(e, { location: 'ext.onnx.data', offset: String(i * 6983680), length: String(bytesPerWeight) });
    });
    const data = readFileSync(info.dataPath!);
    assert.equal(data.readFloatLE(6983680 + 8), (2 - 125) / 1024);
  });
});
