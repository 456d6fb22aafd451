/**
 * The TensorFlow side of `npm run fuzz -- --format tensorflow`: frozen GraphDefs and SavedModels
 * (`saved_model.pb`, no variables folder beside it) built with test/support/tf-writer.ts, mutated
 * on the protobuf tree: the bytes are parsed into fields (a length-delimited field that parses
 * whole is taken for a message), a field is changed (a varint made absurd, a field repeated,
 * dropped, its wire type changed, a message nested inside itself, moved into another message,
 * a payload grown or cut) and the tree written back with every length true, so the mutation
 * reaches the reader behind the framing. Raw length lies and truncations test the framing itself.
 */
import { attr, constNode, DT, encodeTf, functionDef, opNode, shape } from '../test/support/tf-writer.js';
import type { FormatFuzz } from './fuzz-format.js';

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (rnd: Rnd, n: number): number => Math.floor(rnd() * n);

// ---- protobuf tree ----------------------------------------------------------------------------

interface PField {
  no: number;
  wire: number;
  /** VARINT, I64, I32: the value; LEN: bytes, or the parsed message. */
  value: bigint | Uint8Array | PField[];
}

function readVarint(b: Uint8Array, at: number): [bigint, number] | undefined {
  let v = 0n;
  for (let i = 0; i < 10; i++) {
    if (at + i >= b.length) return undefined;
    const x = b[at + i]!;
    v |= BigInt(x & 0x7f) << BigInt(7 * i);
    if (!(x & 0x80)) return [v, at + i + 1];
  }
  return undefined;
}

/** A protobuf varint's bytes (negative values as their 64-bit two's complement). */
export function varintBytes(v: bigint): number[] {
  const out: number[] = [];
  let x = BigInt.asUintN(64, v);
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x > 0n) b |= 0x80;
    out.push(b);
  } while (x > 0n);
  return out;
}

/** The fields of `b`, or undefined when it is not a whole message. */
function parse(b: Uint8Array, depth: number): PField[] | undefined {
  const out: PField[] = [];
  let at = 0;
  while (at < b.length) {
    const t = readVarint(b, at);
    if (!t) return undefined;
    const no = Number(t[0] >> 3n);
    const wire = Number(t[0] & 7n);
    at = t[1];
    if (no === 0 || no > 1 << 20) return undefined;
    if (wire === 0) {
      const v = readVarint(b, at);
      if (!v) return undefined;
      out.push({ no, wire, value: v[0] });
      at = v[1];
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (at + n > b.length) return undefined;
      let v = 0n;
      for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[at + i]!);
      out.push({ no, wire, value: v });
      at += n;
    } else if (wire === 2) {
      const l = readVarint(b, at);
      if (!l || l[1] + Number(l[0]) > b.length) return undefined;
      const bytes = b.subarray(l[1], l[1] + Number(l[0]));
      at = l[1] + Number(l[0]);
      const inner = depth < 16 && bytes.length > 0 ? parse(bytes, depth + 1) : undefined;
      out.push({ no, wire, value: inner ?? bytes });
    } else return undefined;
  }
  return out;
}

function encode(fields: readonly PField[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    parts.push(Uint8Array.from(varintBytes(BigInt(f.no) << 3n | BigInt(f.wire))));
    if (f.wire === 0) parts.push(Uint8Array.from(varintBytes(f.value as bigint)));
    else if (f.wire === 1 || f.wire === 5) {
      const n = f.wire === 1 ? 8 : 4;
      const v = typeof f.value === 'bigint' ? f.value : 0n;
      parts.push(Uint8Array.from({ length: n }, (_, i) => Number((v >> BigInt(8 * i)) & 0xffn)));
    } else {
      const body = Array.isArray(f.value) ? encode(f.value) : f.value instanceof Uint8Array ? f.value : Uint8Array.from(varintBytes(f.value));
      parts.push(Uint8Array.from(varintBytes(BigInt(body.length))), body);
    }
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** Every field of the tree with the list that holds it. */
function allFields(root: PField[]): { f: PField; list: PField[] }[] {
  const out: { f: PField; list: PField[] }[] = [];
  const walk = (list: PField[]): void => {
    for (const f of list) {
      out.push({ f, list });
      if (Array.isArray(f.value)) walk(f.value);
    }
  };
  walk(root);
  return out;
}

const ABSURD: bigint[] = [0n, 1n, 2n ** 64n - 1n, 2n ** 63n, 2n ** 31n, 2n ** 31n - 1n, 2n ** 32n, 2n ** 53n, 2n ** 62n, 100_000_000n, 65_536n, 2n ** 64n - 2n];

function mutateTree(root: PField[], rnd: Rnd): void {
  const all = allFields(root);
  if (all.length === 0) return;
  const { f, list } = pick(rnd, all);
  // Weighted towards changes that keep the file readable, so that they reach the graph code.
  switch (pick(rnd, [0, 0, 0, 0, 2, 2, 3, 4, 5, 6, 7, 7, 8])) {
    case 0: { // a varint made absurd: dims, dtypes, attr ints, versions
      const ints = all.filter((x) => x.f.wire === 0);
      const t = ints.length ? pick(rnd, ints).f : f;
      if (t.wire === 0) t.value = pick(rnd, ABSURD);
      break;
    }
    case 2: { // a field repeated
      // Bounded so that a mutated file stays a few MB.
      const times = Math.min(pick(rnd, [1, 2, 10, 1000, 30_000]), Math.floor(4e6 / encode([f]).length));
      list.splice(list.indexOf(f), 0, ...Array.from({ length: times }, () => f));
      break;
    }
    case 3: // a field dropped
      list.splice(list.indexOf(f), 1);
      break;
    case 4: // another wire type under the same number
      if (f.wire === 2) {
        f.wire = pick(rnd, [0, 1, 5]);
        f.value = BigInt(int(rnd, 1000));
      } else {
        f.wire = 2;
        f.value = new Uint8Array(int(rnd, 16));
      }
      break;
    case 5: { // a message nested in itself (a node inside a node, a function inside a function)
      const msgs = all.filter((x) => Array.isArray(x.f.value));
      if (msgs.length === 0) break;
      const m = pick(rnd, msgs).f;
      let inner: PField[] = (m.value as PField[]).slice();
      for (let i = 0, n = pick(rnd, [2, 20, 200]); i < n; i++) inner = [...inner.slice(0, 2), { no: m.no, wire: 2, value: inner }];
      m.value = inner;
      break;
    }
    case 6: { // a field moved into another message
      const msgs = all.filter((x) => Array.isArray(x.f.value));
      // A copy: the field itself may hold the message it is moved into.
      if (msgs.length) (pick(rnd, msgs).f.value as PField[]).push(structuredClone(f));
      break;
    }
    case 7: // a payload (tensor_content, a name, a packed list) grown or cut
      if (f.value instanceof Uint8Array) {
        const n = pick(rnd, [0, 1, 3, f.value.length + 1, f.value.length * 7, 1 << 20]);
        const b = new Uint8Array(n);
        b.set(f.value.subarray(0, n));
        if (rnd() < 0.5) b.fill(0xff, f.value.length);
        f.value = b;
      }
      break;
    default: // a packed list of absurd ints where a message or bytes were
      if (f.wire === 2) f.value = Uint8Array.from(Array.from({ length: 1 + int(rnd, 6) }, () => varintBytes(pick(rnd, ABSURD))).flat());
  }
}

/** A length-delimited field's length changed without moving anything (the framing lies). */
function lengthLie(b: Uint8Array, rnd: Rnd): Uint8Array {
  const lens: number[] = [];
  for (let i = 0; i + 1 < b.length && lens.length < 4096; i++) if ((b[i]! & 7) === 2 && b[i]! >> 3 > 0 && b[i]! < 0x80) lens.push(i + 1);
  if (lens.length === 0) return b;
  const at = pick(rnd, lens);
  const old = readVarint(b, at);
  if (!old) return b;
  const v = varintBytes(pick(rnd, [0n, 1n, 127n, 2n ** 31n, 2n ** 32n - 1n, BigInt(b.length), 2n ** 63n]));
  return new Uint8Array(Buffer.concat([b.subarray(0, at), Uint8Array.from(v), b.subarray(old[1])]));
}

export function mutateProto(src: Uint8Array, rnd: Rnd): Uint8Array {
  const kind = int(rnd, 16);
  if (kind === 0) return src.slice(0, int(rnd, src.length));
  if (kind === 1) return lengthLie(src, rnd);
  if (kind === 2) {
    const b = Uint8Array.from(src);
    for (let i = 0, n = 1 + int(rnd, 6); i < n; i++) b[int(rnd, b.length)] = int(rnd, 256);
    return b;
  }
  const tree = parse(src, 0);
  if (!tree) return lengthLie(src, rnd);
  for (let i = 0, n = 1 + (rnd() < 0.3 ? int(rnd, 3) : 0); i < n; i++) mutateTree(tree, rnd);
  const out = encode(tree);
  // Repeats of repeats can grow a file to tens of MB, whose reading is linear but past the
  // mutations' CPU limit: big files are the bombs' (which have the larger one).
  return out.length > src.length + 4e6 ? lengthLie(src, rnd) : out;
}

// ---- seeds and bombs --------------------------------------------------------------------------

const f32 = { T: attr.type(DT.float) };
const shaped = (node: Record<string, unknown>, ...dims: number[][]): Record<string, unknown> =>
  ({ ...node, attr: { ...(node.attr as object), _output_shapes: attr.shapes(...dims) } });

/** x [?, 8, 8, 3] -> Conv2D -> BiasAdd -> Relu -> MaxPool -> Reshape -> MatMul -> Softmax, with _output_shapes. */
function cnn(): Record<string, unknown>[] {
  return [
    shaped(opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([-1, 8, 8, 3]) }), [-1, 8, 8, 3]),
    constNode('k', DT.float, [3, 3, 3, 4], { content: Buffer.alloc(3 * 3 * 3 * 4 * 4) }),
    shaped(opNode('conv', 'Conv2D', ['x', 'k'], { ...f32, strides: attr.ints([1, 1, 1, 1]), padding: attr.s('SAME'), data_format: attr.s('NHWC') }), [-1, 8, 8, 4]),
    constNode('b', DT.float, [4], { floatVal: [0] }),
    shaped(opNode('bias', 'BiasAdd', ['conv', 'b'], f32), [-1, 8, 8, 4]),
    shaped(opNode('relu', 'Relu', ['bias'], f32), [-1, 8, 8, 4]),
    shaped(opNode('pool', 'MaxPool', ['relu'], { ...f32, ksize: attr.ints([1, 2, 2, 1]), strides: attr.ints([1, 2, 2, 1]), padding: attr.s('VALID') }), [-1, 4, 4, 4]),
    constNode('shape', DT.int32, [2], { intVal: [-1, 64] }),
    shaped(opNode('flat', 'Reshape', ['pool', 'shape'], f32), [-1, 64]),
    constNode('w', DT.float, [64, 10], { floatVal: [0] }),
    shaped(opNode('fc', 'MatMul', ['flat', 'w'], { ...f32, transpose_a: attr.b(false), transpose_b: attr.b(false) }), [-1, 10]),
    opNode('out', 'Softmax', ['fc'], f32),
  ];
}

/** Inferred shapes only (no _output_shapes): Pad, Concat, Mean, BatchMatMulV2, DepthwiseConv2dNative. */
function inferred(): Record<string, unknown>[] {
  return [
    opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 6, 6, 2]) }),
    constNode('pads', DT.int32, [4, 2], { intVal: [0, 0, 1, 1, 1, 1, 0, 0] }),
    opNode('pad', 'Pad', ['x', 'pads'], f32),
    constNode('dw', DT.float, [3, 3, 2, 2], { floatVal: [0] }),
    opNode('depthwise', 'DepthwiseConv2dNative', ['pad', 'dw'], { ...f32, strides: attr.ints([1, 1, 1, 1]), padding: attr.s('VALID') }),
    constNode('axis', DT.int32, [], { intVal: [3] }),
    opNode('cat', 'ConcatV2', ['depthwise', 'depthwise', 'axis'], { ...f32, N: { i: 2 } }),
    constNode('axes', DT.int32, [2], { intVal: [1, 2] }),
    opNode('mean', 'Mean', ['cat', 'axes'], { ...f32, keep_dims: attr.b(false) }),
    constNode('m', DT.float, [8, 8], { floatVal: [1] }),
    opNode('bmm', 'BatchMatMulV2', ['mean', 'm'], f32),
  ];
}

/** TF2 style: the ops in library functions behind StatefulPartitionedCall, weights as VarHandleOps. */
function tf2(): Record<string, unknown> {
  const res = { dtype: attr.type(DT.float) };
  return {
    node: [
      opNode('serving_default_x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([-1, 16]) }),
      opNode('dense/kernel', 'VarHandleOp', [], { ...res, shape: attr.shape([16, 8]), shared_name: attr.s('dense/kernel') }),
      opNode('dense/bias', 'VarHandleOp', [], { ...res, shape: attr.shape([8]), shared_name: attr.s('dense/bias') }),
      opNode('StatefulPartitionedCall', 'StatefulPartitionedCall', ['serving_default_x', 'dense/kernel', 'dense/bias'], { f: attr.func('wrapper') }),
    ],
    library: {
      function: [
        functionDef('wrapper', ['x', 'k', 'b'], ['identity'], [
          opNode('call', 'StatefulPartitionedCall', ['x', 'k', 'b'], { f: attr.func('model') }),
          opNode('Identity', 'Identity', ['call:output:0'], f32),
        ], { identity: 'Identity:output:0' }),
        functionDef('model', ['x', 'k', 'b'], ['identity'], [
          opNode('rk', 'ReadVariableOp', ['k'], res),
          opNode('mm', 'MatMul', ['x', 'rk:value:0'], f32),
          opNode('rb', 'ReadVariableOp', ['b'], res),
          opNode('ba', 'BiasAdd', ['mm:product:0', 'rb:value:0'], f32),
          opNode('relu', 'Relu', ['ba:output:0'], f32),
          opNode('Identity', 'Identity', ['relu:activations:0'], f32),
        ], { identity: 'Identity:output:0' }),
      ],
    },
    versions: { producer: 1 },
  };
}

const signatureDef = { serving_default: { inputs: { x: { name: 'serving_default_x:0', dtype: DT.float } }, outputs: { y: { name: 'StatefulPartitionedCall:0', dtype: DT.float } }, methodName: 'tensorflow/serving/predict' } };

const graphDef = (graph: Record<string, unknown>): Uint8Array => encodeTf('GraphDef', { versions: { producer: 1 }, ...graph });
const savedModel = (graph: Record<string, unknown>, withSignature = true): Uint8Array =>
  encodeTf('SavedModel', { savedModelSchemaVersion: 1, metaGraphs: [{ graphDef: graph, ...(withSignature ? { signatureDef } : {}) }] });

/** F_k calls F_{k-1} `fanout` times; F_0 is one Relu. */
function fanoutLibrary(levels: number, fanout: number): Record<string, unknown> {
  const fns = [functionDef('f0', ['x'], ['y'], [opNode('r', 'Relu', ['x'], f32)], { y: 'r:activations:0' })];
  for (let k = 1; k <= levels; k++) {
    const calls = Array.from({ length: fanout }, (_, i) => opNode(`c${i}`, 'PartitionedCall', ['x'], { f: attr.func(`f${k - 1}`) }));
    fns.push(functionDef(`f${k}`, ['x'], ['y'], calls, { y: 'c0:output:0' }));
  }
  return {
    node: [
      opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
      opNode('call', 'PartitionedCall', ['x'], { f: attr.func(`f${levels}`) }),
    ],
    library: { function: fns },
  };
}

export const tensorflowFuzz: FormatFuzz = {
  format: 'tensorflow',
  ext: '.pb',
  seeds() {
    return [
      { name: 'frozen_cnn.pb', bytes: graphDef({ node: cnn() }) },
      { name: 'frozen_inferred.pb', bytes: graphDef({ node: inferred() }) },
      { name: 'frozen_tf2.pb', bytes: graphDef(tf2()) },
      { name: 'saved_model.pb', bytes: savedModel(tf2()) },
      { name: 'cnn/saved_model.pb', bytes: savedModel({ node: cnn(), versions: { producer: 1 } }, false) },
    ];
  },
  mutate: mutateProto,
  bombs() {
    const big = 2 ** 31 - 1;
    return [
      { name: 'functions: F_k calls F_{k-1} twice, 30 levels (2^30 inlined calls)', bytes: graphDef(fanoutLibrary(30, 2)) },
      { name: 'functions: a call chain 10,000 deep', bytes: graphDef(fanoutLibrary(10_000, 1)) },
      {
        name: 'mutually recursive functions',
        bytes: graphDef({
          node: [opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1]) }), opNode('c', 'PartitionedCall', ['x'], { f: attr.func('a') })],
          library: { function: [
            functionDef('a', ['x'], ['y'], [opNode('c', 'PartitionedCall', ['x'], { f: attr.func('b') })], { y: 'c:output:0' }),
            functionDef('b', ['x'], ['y'], [opNode('c', 'PartitionedCall', ['x'], { f: attr.func('a') })], { y: 'c:output:0' }),
          ] },
        }),
      },
      { name: 'a Const of 2^124 elements stored as one value', bytes: graphDef({ node: [constNode('c', DT.float, [big, big, big, big], { floatVal: [0] })] }) },
      {
        name: 'Conv2D on a Placeholder of 2^31 - 1 in every dim',
        bytes: graphDef({ node: [
          opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([big, big, big, 3]) }),
          constNode('k', DT.float, [3, 3, 3, big], { floatVal: [0] }),
          opNode('conv', 'Conv2D', ['x', 'k'], { ...f32, strides: attr.ints([1, 1, 1, 1]), padding: attr.s('SAME') }),
        ] }),
      },
      {
        name: '1,000,000 Identity nodes in a chain',
        bytes: graphDef({ node: [
          opNode('n0', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
          ...Array.from({ length: 1_000_000 }, (_, i) => opNode(`n${i + 1}`, 'Identity', [`n${i}`], f32)),
        ] }),
      },
      {
        name: 'AddN of 1,000,000 inputs',
        bytes: graphDef({ node: [
          opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
          opNode('sum', 'AddN', Array.from({ length: 1_000_000 }, () => 'x'), { ...f32, N: { i: 1_000_000 } }),
        ] }),
      },
      { name: 'a Const whose 64 MB tensor_content disagrees with its shape', bytes: graphDef({ node: [constNode('c', DT.float, [2, 2], { content: Buffer.alloc(64 * 1024 * 1024) })] }) },
      { name: 'a shape of 10,000 dims', bytes: graphDef({ node: [opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: { shape: shape(Array.from({ length: 10_000 }, () => 2)) } })] }) },
    ];
  },
};
