/**
 * TensorFlow graph costs: frozen GraphDefs with and without `_output_shapes`, a TF2 SavedModel
 * whose ops live in library functions behind StatefulPartitionedCall, and hostile graphs. The
 * fixtures are written by test/support/tf-writer.ts (protobufjs, TensorFlow's field numbers);
 * every number below is worked out by hand from docs/metrics.md.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { readModel } from '../../src/formats/registry.js';
import { profileFile } from '../../src/profile/index.js';
import { attr, constNode, DT, encodeTf, functionDef, opNode, writeSavedModel } from '../support/tf-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-tfg-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let seq = 0;

function writeGraph(graph: Record<string, unknown>): string {
  const p = join(tmp, `g${seq++}.pb`);
  writeFileSync(p, encodeTf('GraphDef', { versions: { producer: 1 }, ...graph }));
  return p;
}

const f32 = { T: attr.type(DT.float) };
/** Adds `_output_shapes` to a node when `withShapes`. */
const shaped = (node: Record<string, unknown>, withShapes: boolean, ...dims: number[][]): Record<string, unknown> =>
  withShapes ? { ...node, attr: { ...(node.attr as object), _output_shapes: attr.shapes(...dims) } } : node;

/**
 * x [?, 8, 8, 3] -> Conv2D 3x3 SAME, 4 filters (HWIO [3, 3, 3, 4]) -> BiasAdd -> Relu ->
 * MaxPool 2x2/2 VALID -> Reshape [-1, 64] -> MatMul [64, 10] -> BiasAdd.
 */
function cnnNodes(withShapes: boolean): Record<string, unknown>[] {
  return [
    shaped(opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([-1, 8, 8, 3]) }), withShapes, [-1, 8, 8, 3]),
    constNode('conv/kernel', DT.float, [3, 3, 3, 4], { floatVal: [0.1] }),
    opNode('conv/kernel/read', 'Identity', ['conv/kernel'], f32),
    shaped(opNode('conv/Conv2D', 'Conv2D', ['x', 'conv/kernel/read'], { ...f32, strides: attr.ints([1, 1, 1, 1]), padding: attr.s('SAME'), data_format: attr.s('NHWC') }), withShapes, [-1, 8, 8, 4]),
    constNode('conv/bias', DT.float, [4], { floatVal: [0] }),
    shaped(opNode('conv/BiasAdd', 'BiasAdd', ['conv/Conv2D', 'conv/bias'], f32), withShapes, [-1, 8, 8, 4]),
    shaped(opNode('conv/Relu', 'Relu', ['conv/BiasAdd'], f32), withShapes, [-1, 8, 8, 4]),
    shaped(opNode('pool/MaxPool', 'MaxPool', ['conv/Relu'], { ...f32, ksize: attr.ints([1, 2, 2, 1]), strides: attr.ints([1, 2, 2, 1]), padding: attr.s('VALID') }), withShapes, [-1, 4, 4, 4]),
    constNode('flatten/shape', DT.int32, [2], { intVal: [-1, 64] }),
    shaped(opNode('flatten/Reshape', 'Reshape', ['pool/MaxPool', 'flatten/shape'], f32), withShapes, [-1, 64]),
    constNode('fc/kernel', DT.float, [64, 10], { floatVal: [0] }),
    shaped(opNode('fc/MatMul', 'MatMul', ['flatten/Reshape', 'fc/kernel'], { ...f32, transpose_a: attr.b(false), transpose_b: attr.b(false) }), withShapes, [-1, 10]),
    constNode('fc/bias', DT.float, [10], { floatVal: [0] }),
    shaped(opNode('fc/BiasAdd', 'BiasAdd', ['fc/MatMul', 'fc/bias'], f32), withShapes, [-1, 10]),
  ];
}

// Batch 1 (the Placeholder's -1 batch). Conv2D: output 1*8*8*4 = 256 elements, 3*3*3 = 27 taps
// each: 6,912 MACs, 13,824 FLOPs. BiasAdd 256, Relu 256, MaxPool 64 outputs * 4 taps = 256.
// MatMul 1*64*10 = 640 MACs, 1,280 FLOPs; BiasAdd 10.
const CNN_MACS = 6912 + 640;
const CNN_FLOPS = 13824 + 256 + 256 + 256 + 1280 + 10;
// Memory access (float32, inputs + outputs per node): Conv2D 768 + 432 + 1024 = 2224; BiasAdd
// 1024 + 16 + 1024 = 2064; Relu 2048; MaxPool 1024 + 256 = 1280; Reshape 0 (moves no data);
// MatMul 256 + 2560 + 40 = 2856; BiasAdd 40 + 40 + 40 = 120.
const CNN_MEMORY = 2224 + 2064 + 2048 + 1280 + 0 + 2856 + 120;
// Peak: during conv/BiasAdd its input and output, 1024 + 1024 (x was freed after Conv2D).
const CNN_PEAK = 2048;
// Params: kernel 3*3*3*4 = 108, bias 4, fc kernel 640, fc bias 10 (the int32 shape is not a weight).
const CNN_PARAMS = 108 + 4 + 640 + 10;

describe('TensorFlow frozen GraphDef costs: more ops', () => {
  test('Conv2DBackpropInput (transposed conv), Transpose, ExpandDims, AddN', async () => {
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4, 4, 3]) }),
        constNode('sizes', DT.int32, [4], { intVal: [1, 8, 8, 8] }),
        constNode('w', DT.float, [2, 2, 8, 3], { floatVal: [0] }),
        opNode('deconv', 'Conv2DBackpropInput', ['sizes', 'w', 'x'], { ...f32, strides: attr.ints([1, 2, 2, 1]), padding: attr.s('SAME') }),
        constNode('perm', DT.int32, [4], { intVal: [0, 3, 1, 2] }),
        opNode('t', 'Transpose', ['deconv', 'perm'], f32),
        opNode('sum', 'AddN', ['t', 't'], { ...f32, N: { i: 2 } }),
        constNode('ax', DT.int32, [], { intVal: [0] }),
        opNode('e', 'ExpandDims', ['sum', 'ax'], f32),
      ],
    });
    const r = await profileFile(p);
    assert.equal(r.totals?.lowerBound, false, JSON.stringify(r.totals?.lowerBoundReasons));
    // Every input element (4*4*3 = 48) scattered over 2*2 taps into 8 channels: 1,536 MACs.
    assert.equal(r.totals?.macs, 1536);
    const byOp = new Map((r.byOpType ?? []).map((o) => [o.opType, o.flops]));
    // AddN of two [1, 8, 8, 8]: 1 add per output element = 512.
    assert.equal(byOp.get('Sum'), 512);
    assert.deepEqual(r.nodes?.find((n) => n.name === 'e')?.outputShapes?.[0], [1, 1, 8, 8, 8]);
  });
});

describe('TensorFlow frozen GraphDef costs', () => {
  for (const withShapes of [true, false]) {
    test(`Conv2D + BiasAdd + Relu + MaxPool + Reshape + MatMul ${withShapes ? 'with _output_shapes' : 'inferred from the Placeholder'}`, async () => {
      const p = writeGraph({ node: cnnNodes(withShapes) });
      const loaded = await readModel(p);
      assert.equal(loaded.kind, 'graph');
      const r = await profileFile(p);
      assert.equal(r.params.total, CNN_PARAMS);
      assert.equal(r.totals?.lowerBound, false, JSON.stringify(r.totals?.lowerBoundReasons));
      assert.equal(r.totals?.macs, CNN_MACS);
      assert.equal(r.totals?.flops, CNN_FLOPS);
      assert.equal(r.totals?.memoryBytes, CNN_MEMORY);
      assert.equal(r.totals?.peakActivationBytes, CNN_PEAK);
      assert.deepEqual(r.warnings, []);
      // Nodes keep their TensorFlow names (the why section and the per-node table show them).
      assert.ok(r.nodes?.some((n) => n.name === 'conv/Conv2D'));
    });
  }

  test('NCHW Conv2D and MaxPool are costed through ONNX Conv / MaxPool (OIHW filter)', async () => {
    const nchw = { data_format: attr.s('NCHW') };
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 3, 8, 8]) }),
        constNode('k', DT.float, [3, 3, 3, 4], { floatVal: [0] }),
        opNode('conv', 'Conv2D', ['x', 'k'], { ...f32, ...nchw, strides: attr.ints([1, 1, 2, 2]), padding: attr.s('SAME') }),
        constNode('b', DT.float, [4], { floatVal: [0] }),
        opNode('bias', 'BiasAdd', ['conv', 'b'], { ...f32, ...nchw }),
        opNode('pool', 'MaxPool', ['bias'], { ...f32, ...nchw, ksize: attr.ints([1, 1, 2, 2]), strides: attr.ints([1, 1, 2, 2]), padding: attr.s('VALID') }),
      ],
    });
    const r = await profileFile(p);
    // Conv stride 2 SAME: [1, 4, 4, 4] = 64 outputs * 27 taps = 1,728 MACs; BiasAdd 64;
    // MaxPool [1, 4, 2, 2] = 16 outputs * 4 taps = 64.
    assert.equal(r.totals?.lowerBound, false, JSON.stringify(r.totals?.lowerBoundReasons));
    assert.equal(r.totals?.macs, 1728);
    assert.equal(r.totals?.flops, 2 * 1728 + 64 + 64);
  });

  test('DepthwiseConv2dNative, FusedBatchNormV3, Relu6, Mean, BatchMatMulV2 with adj_y, ConcatV2, Pad, Squeeze, Softmax', async () => {
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([-1, 6, 6, 2]) }),
        constNode('pads', DT.int32, [4, 2], { intVal: [0, 0, 1, 1, 1, 1, 0, 0] }),
        opNode('pad', 'Pad', ['x', 'pads'], f32),
        constNode('dw', DT.float, [3, 3, 2, 2], { floatVal: [0] }),
        opNode('dwconv', 'DepthwiseConv2dNative', ['pad', 'dw'], { ...f32, strides: attr.ints([1, 1, 1, 1]), padding: attr.s('VALID') }),
        constNode('g', DT.float, [4], { floatVal: [1] }),
        constNode('be', DT.float, [4], { floatVal: [0] }),
        constNode('mu', DT.float, [4], { floatVal: [0] }),
        constNode('va', DT.float, [4], { floatVal: [1] }),
        opNode('bn', 'FusedBatchNormV3', ['dwconv', 'g', 'be', 'mu', 'va'], { ...f32, epsilon: attr.f(0.001), is_training: attr.b(false) }),
        opNode('relu6', 'Relu6', ['bn'], f32),
        constNode('axes', DT.int32, [2], { intVal: [1, 2] }),
        opNode('gap', 'Mean', ['relu6', 'axes'], { ...f32, keep_dims: attr.b(false) }),
        constNode('w', DT.float, [1, 5, 4], { floatVal: [0] }),
        constNode('shape3', DT.int32, [3], { intVal: [1, 1, 4] }),
        opNode('gap3', 'Reshape', ['gap', 'shape3'], f32),
        opNode('bmm', 'BatchMatMulV2', ['gap3', 'w'], { ...f32, adj_x: attr.b(false), adj_y: attr.b(true) }),
        constNode('axis', DT.int32, [], { intVal: [2] }),
        opNode('cat', 'ConcatV2', ['bmm', 'bmm', 'axis'], { ...f32, N: { i: 2 } }),
        opNode('sq', 'Squeeze', ['cat'], { ...f32, squeeze_dims: attr.ints([1]) }),
        opNode('sm', 'Softmax', ['sq'], f32),
      ],
    });
    const r = await profileFile(p);
    assert.equal(r.totals?.lowerBound, false, JSON.stringify(r.totals?.lowerBoundReasons));
    // Pad to [1, 8, 8, 2]; depthwise 3x3 VALID, multiplier 2: [1, 6, 6, 4] = 144 outputs * 9 taps
    // = 1,296 MACs. BatchMatMul [1, 1, 4] x [1, 5, 4]^T: 1 * 4 * 5 = 20 MACs.
    assert.equal(r.totals?.macs, 1296 + 20);
    const byOp = new Map((r.byOpType ?? []).map((o) => [o.opType, o.flops]));
    assert.equal(byOp.get('DEPTHWISE_CONV_2D'), 2 * 1296);
    // FusedBatchNorm as ONNX BatchNormalization in inference: 2 per element of [1, 6, 6, 4] = 288.
    assert.equal(byOp.get('BatchNormalization'), 2 * 144);
    // Mean over H, W of [1, 6, 6, 4] -> [1, 4]: 144 adds (+ 4 divides, as ONNX ReduceMean counts).
    assert.ok(byOp.has('ReduceMean'));
    assert.equal(byOp.get('BATCH_MATMUL'), 40);
    // Concat [1, 1, 5] twice on axis 2 -> [1, 1, 10]; Squeeze -> [1, 10]; Softmax over 10.
    const sm = r.nodes?.find((n) => n.name === 'sm');
    assert.deepEqual(sm?.outputShapes?.[0], [1, 10]);
  });
});

/** A Keras Dense(16 -> 8, relu) saved by TF2: the ops in library functions, weights as resource variables. */
function tf2Graph(opts: { saver?: boolean } = {}): { graph: Record<string, unknown>; signatureDef: Record<string, unknown> } {
  const res = { dtype: attr.type(DT.float) };
  const nodes: Record<string, unknown>[] = [
    opNode('serving_default_x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([-1, 16]) }),
    opNode('dense/kernel', 'VarHandleOp', [], { ...res, shape: attr.shape([16, 8]), shared_name: attr.s('dense/kernel') }),
    opNode('dense/bias', 'VarHandleOp', [], { ...res, shape: attr.shape([8]), shared_name: attr.s('dense/bias') }),
    opNode('StatefulPartitionedCall', 'StatefulPartitionedCall', ['serving_default_x', 'dense/kernel', 'dense/bias'], { f: attr.func('__inference_signature_wrapper_10') }),
  ];
  const functions = [
    functionDef('__inference_signature_wrapper_10', ['x', 'unknown', 'unknown_0'], ['identity'], [
      opNode('StatefulPartitionedCall', 'StatefulPartitionedCall', ['x', 'unknown', 'unknown_0'], { f: attr.func('__inference__wrapped_model_20') }),
      opNode('Identity', 'Identity', ['StatefulPartitionedCall:output:0'], f32),
    ], { identity: 'Identity:output:0' }),
    functionDef('__inference__wrapped_model_20', ['x', 'dense_matmul_readvariableop_resource', 'dense_biasadd_readvariableop_resource'], ['identity'], [
      opNode('dense/MatMul/ReadVariableOp', 'ReadVariableOp', ['dense_matmul_readvariableop_resource'], res),
      opNode('dense/MatMul', 'MatMul', ['x', 'dense/MatMul/ReadVariableOp:value:0'], f32),
      opNode('dense/BiasAdd/ReadVariableOp', 'ReadVariableOp', ['dense_biasadd_readvariableop_resource'], res),
      opNode('dense/BiasAdd', 'BiasAdd', ['dense/MatMul:product:0', 'dense/BiasAdd/ReadVariableOp:value:0'], f32),
      opNode('dense/Relu', 'Relu', ['dense/BiasAdd:output:0'], f32),
      opNode('NoOp', 'NoOp', ['^dense/MatMul/ReadVariableOp']),
      opNode('Identity', 'Identity', ['dense/Relu:activations:0', '^NoOp'], f32),
    ], { identity: 'Identity:output:0' }),
  ];
  if (opts.saver) {
    nodes.push(opNode('saver_filename', 'Placeholder', [], { dtype: attr.type(DT.string), shape: attr.shape([]) }));
    nodes.push(opNode('StatefulPartitionedCall_1', 'StatefulPartitionedCall', ['saver_filename', 'dense/kernel', 'dense/bias'], { f: attr.func('__inference__traced_save_30') }));
    functions.push(functionDef('__inference__traced_save_30', ['file_prefix', 'k', 'b'], ['identity'], [
      opNode('SaveV2', 'SaveV2', ['file_prefix', 'k', 'b']),
      opNode('Identity', 'Identity', ['file_prefix', '^SaveV2']),
    ], { identity: 'Identity:output:0' }));
  }
  return {
    graph: { node: nodes, library: { function: functions }, versions: { producer: 1 } },
    signatureDef: { serving_default: { inputs: { x: { name: 'serving_default_x:0', dtype: DT.float } }, outputs: { output_0: { name: 'StatefulPartitionedCall:0', dtype: DT.float } }, methodName: 'tensorflow/serving/predict' } },
  };
}

const DENSE_VARS = [
  { name: 'layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE', dtype: DT.float, dims: [16, 8] },
  { name: 'layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE', dtype: DT.float, dims: [8] },
];

describe('TensorFlow SavedModel (TF2) costs: library functions behind StatefulPartitionedCall', () => {
  test('nested calls are inlined; ReadVariableOp weights; the saver function is not costed', async () => {
    const { graph, signatureDef } = tf2Graph({ saver: true });
    const pb = writeSavedModel(join(tmp, `sm${seq++}`), graph, DENSE_VARS, { signatureDef });
    const r = await profileFile(pb);
    // params from the variables index: 16*8 + 8 = 136
    assert.equal(r.params.total, 136);
    assert.equal(r.totals?.lowerBound, false, JSON.stringify(r.totals?.lowerBoundReasons));
    // MatMul 1*16*8 = 128 MACs, 256 FLOPs; BiasAdd 8; Relu 8.
    assert.equal(r.totals?.macs, 128);
    assert.equal(r.totals?.flops, 256 + 8 + 8);
    // Memory access: MatMul 64 + 512 + 32; BiasAdd 32 + 32 + 32; Relu 32 + 32.
    assert.equal(r.totals?.memoryBytes, 608 + 96 + 64);
    assert.deepEqual(r.unknownOps, []);
    // The inlined nodes are named under the calls that hold them.
    assert.ok(r.nodes?.some((n) => n.name === 'StatefulPartitionedCall/StatefulPartitionedCall/dense/MatMul'), JSON.stringify(r.nodes?.map((n) => n.name)));
    // The folder's variables are side files of the model.
    assert.equal(r.model.externalDataBytes, (16 * 8 + 8) * 4 + (await import("node:fs")).statSync(join(pb, "..", "variables", "variables.index")).size);
  });

  test('without a signature the outputs are the values nobody reads; checkpoint ops are left out', async () => {
    const { graph } = tf2Graph({ saver: true });
    const pb = writeSavedModel(join(tmp, `sm${seq++}`), graph, DENSE_VARS);
    const r = await profileFile(pb);
    assert.equal(r.totals?.macs, 128);
    assert.equal(r.totals?.lowerBound, false, JSON.stringify(r.totals?.lowerBoundReasons));
  });

  test('a graph that states no shapes stays params only, and says so', async () => {
    const { graph, signatureDef } = tf2Graph();
    const nodes = graph.node as Record<string, unknown>[];
    nodes[0] = opNode('serving_default_x', 'Placeholder', [], { dtype: attr.type(DT.float) });
    const pb = writeSavedModel(join(tmp, `sm${seq++}`), graph, DENSE_VARS, { signatureDef });
    const r = await profileFile(pb);
    assert.equal(r.params.total, 136);
    assert.equal(r.totals, null);
    assert.match(r.unavailable?.reason ?? '', /the graph states no shapes/);
  });
});

describe('hostile TensorFlow graphs', () => {
  const call = (f: string): Record<string, unknown>[] => [
    opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
    opNode('call', 'PartitionedCall', ['x'], { f: attr.func(f) }),
  ];

  test('250,001 nodes (no shapes, so no engine limit) are refused while decoding, as ONNX does', async () => {
    // GraphDef.node (field 1) of NodeDef { name: 'n<i>' (field 1), op: 'NoOp' (field 2) }, written
    // by hand: 250,001 nodes through protobufjs' object encoder would take seconds.
    const nodes: Buffer[] = [];
    for (let i = 0; i <= 250_000; i++) {
      const name = Buffer.from(`n${i}`);
      const node = Buffer.concat([Buffer.from([0x0a, name.length]), name, Buffer.from([0x12, 4]), Buffer.from('NoOp')]);
      nodes.push(Buffer.from([0x0a, node.length]), node);
    }
    const p = join(tmp, `g${seq++}.pb`);
    writeFileSync(p, Buffer.concat(nodes));
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /: not a valid TensorFlow GraphDef: the graph and its functions have more than 250,000 nodes, the most model-budget profiles$/.test(e.message));
  });

  test('two nodes of one name are refused while decoding (TensorFlow refuses them too)', async () => {
    const p = writeGraph({ node: [...call('f'), opNode('call', 'Relu', ['x'], { T: attr.type(DT.float) })] });
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /: not a valid TensorFlow GraphDef: GraphDef: two nodes are named "call"$/.test(e.message));
  });

  test('a function that calls itself is a one-line error', async () => {
    const p = writeGraph({
      node: call('loop'),
      library: { function: [functionDef('loop', ['a'], ['o'], [opNode('again', 'PartitionedCall', ['a'], { f: attr.func('loop') })], { o: 'again:output:0' })] },
    });
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /function "loop" calls itself/.test(e.message) && !e.message.includes('\n'));
  });

  test('mutual recursion through two functions is caught too', async () => {
    const p = writeGraph({
      node: call('a'),
      library: { function: [
        functionDef('a', ['i'], ['o'], [opNode('c', 'StatefulPartitionedCall', ['i'], { f: attr.func('b') })], { o: 'c:output:0' }),
        functionDef('b', ['i'], ['o'], [opNode('c', 'StatefulPartitionedCall', ['i'], { f: attr.func('a') })], { o: 'c:output:0' }),
      ] },
    });
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /calls itself \("a" -> "b" -> "a"\)/.test(e.message));
  });

  test('calls that fan out exponentially are refused, not expanded', async () => {
    // f0 calls f1 twice, f1 calls f2 twice, ... f24 is an Identity: 2^24 calls of alias-only bodies.
    // Visited: f24 1 node, f_i 2 + 2 x f_(i+1), so f0 3 x 2^24 - 2 = 50,331,646, and the main graph's 2.
    const fns = Array.from({ length: 25 }, (_, i) => i < 24
      ? functionDef(`f${i}`, ['a'], ['o'], [
        opNode('c1', 'PartitionedCall', ['a'], { f: attr.func(`f${i + 1}`) }),
        opNode('c2', 'PartitionedCall', ['c1:output:0'], { f: attr.func(`f${i + 1}`) }),
      ], { o: 'c2:output:0' })
      : functionDef(`f${i}`, ['a'], ['o'], [opNode('id', 'Identity', ['a'], f32)], { o: 'id:output:0' }));
    const p = writeGraph({ node: call('f0'), library: { function: fns } });
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /: inlining the graph's function calls visits 50,331,648 nodes, more than 1,000,000$/.test(e.message));
  });

  test('21 calls of a function holding one AddN of 100,000 inputs: 2,100,000 inputs refused while inlining', async () => {
    // 21 x 100,000 = 2,100,000 > MAX_EXECUTED_INPUTS (2,000,000); 21 nodes, far below the node
    // limits: counted by node only, thousands of calls allocate the inputs of each before the engine.
    const sum = functionDef('fan', ['a'], ['o'], [opNode('s', 'AddN', Array<string>(100_000).fill('a'), f32)], { o: 's:sum:0' });
    const nodes = [opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) })];
    for (let i = 0; i < 21; i++) nodes.push(opNode(`c${i}`, 'PartitionedCall', [i === 0 ? 'x' : `c${i - 1}`], { f: attr.func('fan') }));
    const p = writeGraph({ node: nodes, library: { function: [sum] } });
    // And the main graph's 21 calls read one input each.
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /: inlining the graph's function calls reads 2,100,021 node inputs, more than 2,000,000$/.test(e.message) && !e.message.includes('\n'));
  });

  /** F_0 is one Relu, F_k calls F_(k-1) twice on its input; the main graph calls F_levels on x. */
  const fanOut = (levels: number): Record<string, unknown> => ({
    node: call(`F${levels}`),
    library: { function: [
      functionDef('F0', ['a'], ['o'], [opNode('r', 'Relu', ['a'], f32)], { o: 'r:activations:0' }),
      ...Array.from({ length: levels }, (_, i) => functionDef(`F${i + 1}`, ['a'], ['o'], [
        opNode('c0', 'PartitionedCall', ['a'], { f: attr.func(`F${i}`) }),
        opNode('c1', 'PartitionedCall', ['a'], { f: attr.func(`F${i}`) }),
      ], { o: 'c0:output:0' })),
    ] },
  });

  test('calls fanning out to 2^30 Relus are refused by their counted size, before any is inlined (a GraphDef and a SavedModel)', async () => {
    // 2^30 Relus and the Placeholder: 1,073,741,825 nodes. Inlined call by call, the refusal came
    // at the 250,001st node, after 2.6 s and 330 MB; counted once per function, it is immediate.
    const message = /: invalid TensorFlow graph: the graph expands to 1,073,741,825 nodes once its function calls are inlined, more than 250,000$/;
    await assert.rejects(readModel(writeGraph(fanOut(30))), (e: unknown) => e instanceof ModelFileError && message.test(e.message));
    const signatureDef = { serving_default: { inputs: { x: { name: 'x:0', dtype: DT.float } }, outputs: { y: { name: 'call:0', dtype: DT.float } }, methodName: 'tensorflow/serving/predict' } };
    const saved = writeSavedModel(join(tmp, `sm${seq++}`), fanOut(30), null, { signatureDef });
    await assert.rejects(readModel(saved), (e: unknown) => e instanceof ModelFileError && message.test(e.message));
  });

  test('a graph that expands to exactly 250,000 nodes is read; one more node is refused', async () => {
    // F0 is a chain of 1,000 Relus; F1 calls F0 249 times in a chain, then runs `extra` Relus; the
    // main graph is the Placeholder and one call of F1: 1 + 249,000 + extra nodes.
    const graph = (extra: number): Record<string, unknown> => {
      const chain = (n: number, from: string): Record<string, unknown>[] => Array.from({ length: n }, (_, i) => opNode(`r${i}`, 'Relu', [i === 0 ? from : `r${i - 1}:activations:0`], f32));
      const calls = Array.from({ length: 249 }, (_, i) => opNode(`c${i}`, 'PartitionedCall', [i === 0 ? 'a' : `c${i - 1}:output:0`], { f: attr.func('F0') }));
      return {
        node: call('F1'),
        library: { function: [
          functionDef('F0', ['a'], ['o'], chain(1000, 'a'), { o: 'r999:activations:0' }),
          functionDef('F1', ['a'], ['o'], [...calls, ...chain(extra, 'c248:output:0')], { o: `r${extra - 1}:activations:0` }),
        ] },
      };
    };
    const loaded = await readModel(writeGraph(graph(999)));
    assert.ok(loaded.kind === 'graph');
    // The Placeholder is the graph's input; the 249,999 Relus are its nodes.
    assert.equal(loaded.model.graph.nodes.length, 249_999);
    await assert.rejects(readModel(writeGraph(graph(1000))), (e: unknown) => e instanceof ModelFileError && /: the graph expands to 250,001 nodes once its function calls are inlined, more than 250,000$/.test(e.message));
  });

  test('calls nested 33 deep are refused, also through a function first reached on a shorter chain', async () => {
    // c_i calls c_(i+1); c32 is one Relu. The main graph calls c1 (32 functions deep, the most
    // allowed), then c0, whose chain reaches c32 as the 33rd: c1 is then counted already.
    const fns = Array.from({ length: 33 }, (_, i) => i < 32
      ? functionDef(`c${i}`, ['a'], ['o'], [opNode('k', 'PartitionedCall', ['a'], { f: attr.func(`c${i + 1}`) })], { o: 'k:output:0' })
      : functionDef(`c${i}`, ['a'], ['o'], [opNode('r', 'Relu', ['a'], f32)], { o: 'r:activations:0' }));
    const x = opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) });
    const shorter = [x, opNode('one', 'PartitionedCall', ['x'], { f: attr.func('c1') })];
    const loaded = await readModel(writeGraph({ node: shorter, library: { function: fns } }));
    assert.ok(loaded.kind === 'graph');
    assert.deepEqual(loaded.model.graph.nodes.map((n) => n.name), [`one/${Array.from({ length: 31 }, () => 'k/').join('')}r`]);
    const both = [...shorter, opNode('two', 'PartitionedCall', ['one:0'], { f: attr.func('c0') })];
    await assert.rejects(readModel(writeGraph({ node: both, library: { function: fns } })), (e: unknown) => e instanceof ModelFileError && /: invalid TensorFlow graph: function calls nest deeper than 32 \(at "c32"\)$/.test(e.message));
  });

  test('call-node names nested 30 deep: the inlined names past 128 MiB in all are refused, not built', async () => {
    // Functions f0..f29 each hold one call node named with 20,000 'c' to the next, and f30 holds
    // 250 Relus: each Relu's name carries 30 * 20,001 = 600,030 characters of calls, so the 250
    // of them 150 MB (past 134,217,728) from a file of about 600 KB. In all: the main graph's 'x'
    // and 'call' (5), the call nodes of f_i under 'call/' (5 + 20,001 i + 20,000 each: 9,300,585),
    // the Relus under a prefix of 5 + 30 x 20,001 (250 x 600,035 + 890 for r0..r249): 159,310,230.
    const long = 'c'.repeat(20_000);
    const fns = [];
    for (let i = 0; i < 30; i++) fns.push(functionDef(`f${i}`, ['a'], ['o'], [opNode(long, 'PartitionedCall', ['a'], { f: attr.func(`f${i + 1}`) })], { o: `${long}:output:0` }));
    const relus = [];
    for (let i = 0; i < 250; i++) relus.push(opNode(`r${i}`, 'Relu', [i === 0 ? 'a' : `r${i - 1}:activations:0`], f32));
    fns.push(functionDef('f30', ['a'], ['o'], relus, { o: 'r249:activations:0' }));
    const p = writeGraph({ node: call('f0'), library: { function: fns } });
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /: inlining the graph's function calls makes node names of 159,310,230 characters in all, more than 128 MiB \(call-node names nested under each other\)$/.test(e.message));
  });

  test('a long chain of Identity nodes is followed once (aliases, no nodes)', async () => {
    const n = 20_000;
    const nodes = [opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) })];
    for (let i = 0; i < n; i++) nodes.push(opNode(`i${i}`, 'Identity', [i === 0 ? 'x' : `i${i - 1}`], f32));
    nodes.push(opNode('r', 'Relu', [`i${n - 1}`], f32));
    const r = await profileFile(writeGraph({ node: nodes }));
    // One node, Relu over [1, 4]: 4 FLOPs.
    assert.equal(r.totals?.flops, 4);
  });

  test('a call to a missing function is named, and the totals are a lower bound', async () => {
    const nodes = [...call('nowhere'), opNode('y', 'Relu', ['call'], f32)];
    const p = writeGraph({ node: nodes });
    const r = await profileFile(p);
    assert.ok(r.warnings.some((w) => w.includes('"nowhere" x1')), JSON.stringify(r.warnings));
    assert.equal(r.totals?.lowerBound, true);
    assert.deepEqual(r.unknownOps.map((u) => [u.domain, u.opType]), [['tensorflow', 'PartitionedCall']]);
  });

  test('an op we do not cost is listed by name; the totals are a lower bound', async () => {
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
        opNode('e', 'Erf', ['x'], f32),
        opNode('r', 'Relu', ['e'], f32),
      ],
    });
    const r = await profileFile(p);
    assert.deepEqual(r.unknownOps.map((u) => [u.domain, u.opType, u.count]), [['tensorflow', 'Erf', 1]]);
    assert.equal(r.totals?.lowerBound, true);
  });

  test('an input reading output 99,999,999,999 of a node is a one-line error, not an allocation of that many names', async () => {
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
        opNode('e', 'Erf', ['x'], f32),
        opNode('r', 'Relu', ['e:99999999999'], f32),
      ],
    });
    await assert.rejects(readModel(p), (e: unknown) => e instanceof ModelFileError && /reads output 99999999999 of node "e" \(more than 65,535 outputs\)/.test(e.message) && !e.message.includes('\n'));
  });

  test('a packed list attribute of 200,000 ints is read (no call-stack overflow)', async () => {
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]), big: attr.ints(Array.from({ length: 200_000 }, (_, i) => i % 7)) }),
        opNode('r', 'Relu', ['x'], f32),
      ],
    });
    const r = await profileFile(p);
    // Relu over [1, 4]: 4 FLOPs.
    assert.equal(r.totals?.flops, 4);
  });

  test('shapes that lie: negative and huge dims, a bad _output_shapes: warnings, never a crash', async () => {
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, -7, 4]) }),
        opNode('y', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]), _output_shapes: attr.shapes([1, 2 ** 40]) }),
        opNode('r', 'Relu', ['y'], { ...f32, _output_shapes: attr.ints([1, 2, 3]) }),
        opNode('s', 'Relu', ['x'], f32),
      ],
    });
    const r = await profileFile(p);
    assert.ok(r.warnings.some((w) => w.includes('Placeholder "x": shape has dim -7')), JSON.stringify(r.warnings));
    assert.ok(r.warnings.some((w) => w.includes('node "y": _output_shapes has dim 1099511627776')));
    assert.ok(r.warnings.some((w) => w.includes('node "r": _output_shapes is not a list of shapes')));
    // y's own shape attr still holds: Relu over [1, 4] is 4 FLOPs; s reads x of unknown shape.
    assert.equal(r.totals?.flops, 4);
    assert.equal(r.totals?.lowerBound, true);
  });

  test('a lying _output_shapes (disagreeing with what the ops infer) is reported, the inferred shape used', async () => {
    const p = writeGraph({
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
        opNode('r', 'Relu', ['x'], { ...f32, _output_shapes: attr.shapes([1, 400]) }),
      ],
    });
    const r = await profileFile(p);
    assert.equal(r.totals?.flops, 4);
    assert.ok(r.warnings.some((w) => w.includes("'r:0'") || w.includes('r:0')), JSON.stringify(r.warnings));
  });
});
