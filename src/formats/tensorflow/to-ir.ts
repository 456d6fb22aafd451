/**
 * A TensorFlow graph (a frozen GraphDef, or a SavedModel's MetaGraph) as the graph IR, so that
 * the one engine costs it. TF2 graphs keep their ops in `library.function` bodies behind
 * `StatefulPartitionedCall` / `PartitionedCall`: each call is inlined (its body's nodes renamed
 * under the call's name, the signature's input args bound to the call's inputs, its outputs to
 * the body values the `ret` map names), recursively, after expansion.ts has counted what that makes
 * against the depth, node, input and name bounds; a function
 * that calls itself is bad input. Identity-like ops (Identity, ReadVariableOp, StopGradient,
 * IdentityN) are aliases, not nodes: they move no data at inference.
 *
 * Ops reuse existing definitions where the semantics match: TFLite's NHWC window ops for NHWC
 * Conv2D / DepthwiseConv2dNative / MaxPool / AvgPool (the HWIO filter mapped to TFLite's layout:
 * OHWI, and [1, Kh, Kw, Cin * multiplier] for depthwise), BATCH_MATMUL for BatchMatMulV2
 * (adj_x / adj_y), ONNX ops for layout-free work (Gemm for MatMul with transpose_a/b, Add for
 * BiasAdd, BatchNormalization for FusedBatchNorm, activations, Reshape, Squeeze, ReduceMean,
 * Concat, Pad) and for NCHW Conv2D / pooling (ONNX's own layout). Shapes come from the nodes'
 * `_output_shapes` where present (checked: a lying one is ignored with a warning) and are
 * otherwise inferred by the engine from the Placeholders' `shape`, the Consts' and variables'
 * shapes. Any other op becomes a node of the `tensorflow` domain: reported by name, totals a
 * lower bound.
 */
import { compareCodeUnits } from '../../graph/order.js';
import type { DType } from '../../graph/dtype.js';
import { isDType } from '../../graph/dtype.js';
import type { Dim, Model, Tensor, ValueInfo } from '../../graph/ir.js';
import { IrGraphBuilder } from '../ir-builder.js';
import type { IrAttrs } from '../ir-builder.js';
import { TFLITE_DOMAIN } from '../tflite/to-ir.js';
import { ALIAS_OPS, calleeOf, checkExpansion, quoted as q, TfGraphError } from './expansion.js';
import type { TfAttr, TfFunction, TfGraph, TfNode, TfShape, TfSignature } from './graph-proto.js';
import { nameTable } from '../../graph/name-table.js';

export const TF_DOMAIN = 'tensorflow';
export { TfGraphError } from './expansion.js';
/** Largest dim a shape may state (TensorFlow's own kernels index with int32 on most paths). */
const MAX_DIM = 2 ** 31 - 1;
/** Outputs a node may be read at (`x:N`); an index past it is a lie, not a reason to allocate N names. */
export const MAX_OUTPUT_INDEX = 65_535;

/** Checkpoint and bookkeeping ops: no part of inference (a SavedModel's saver functions are made of them). */
const BOOKKEEPING_OPS = new Set([
  'NoOp', 'SaveV2', 'RestoreV2', 'MergeV2Checkpoints', 'ShardedFilename', 'StringJoin', 'AssignVariableOp',
  'AssignAddVariableOp', 'AssignSubVariableOp', 'Assert', 'VarIsInitializedOp', 'DestroyResourceOp', 'Pack_saver',
]);
const VARIABLE_OPS = new Set(['VarHandleOp', 'VariableV2', 'Variable']);
/** Output arg names of the multi-output ops whose later outputs function bodies refer to (`bn:batch_mean:0`). */
const OUTPUT_ARGS = nameTable<readonly string[]>({
  FusedBatchNorm: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
  FusedBatchNormV2: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
  FusedBatchNormV3: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2', 'reserve_space_3'],
  Unique: ['y', 'idx'],
  TopKV2: ['values', 'indices'],
});


/** A node after inlining: its name under the calls that hold it, inputs as `node:index` values. */
interface FlatNode {
  readonly name: string;
  readonly op: string;
  readonly inputs: readonly string[];
  readonly attrs: ReadonlyMap<string, TfAttr>;
}

/** The value name a main-graph input refers to (`a` -> `a:0`), or null for a control input. */
function mainRef(raw: string): string | null {
  if (raw.startsWith('^')) return null;
  return /:\d+$/.test(raw) ? raw : `${raw}:0`;
}

/**
 * Inlines the graph's function calls. `checkExpansion` has counted what this makes and refused
 * recursion, nesting and sizes past the bounds, so it runs within them.
 */
class Flattener {
  readonly nodes: FlatNode[] = [];
  readonly aliases = new Map<string, string>();
  readonly missingFunctions = new Map<string, number>();

  constructor(private readonly functions: ReadonlyMap<string, TfFunction>) {}

  add(nodes: readonly TfNode[], prefix: string, ref: (raw: string) => string | null): void {
    for (const n of nodes) {
      const name = `${prefix}${n.name}`;
      const inputs = n.inputs.map(ref).filter((r): r is string => r !== null);
      const callee = calleeOf(n, this.functions);
      if (callee !== null) {
        const fn = this.functions.get(callee);
        if (fn) {
          this.inline(name, fn, inputs);
          continue;
        }
        this.missingFunctions.set(callee, (this.missingFunctions.get(callee) ?? 0) + 1);
      } else if (ALIAS_OPS.has(n.op)) {
        const n0 = n.op === 'IdentityN' ? inputs.length : 1;
        for (let i = 0; i < n0; i++) this.aliases.set(`${name}:${i}`, inputs[i] ?? '');
        continue;
      }
      this.nodes.push({ name, op: n.op, inputs, attrs: n.attrs });
    }
  }

  private inline(callName: string, fn: TfFunction, inputs: readonly string[]): void {
    const bindings = new Map<string, string>();
    fn.inputArgs.forEach((a, i) => bindings.set(a, inputs[i] ?? ''));
    const opOf = new Map(fn.nodes.map((b) => [b.name, b.op]));
    const prefix = `${callName}/`;
    const ref = (raw: string): string | null => {
      if (raw.startsWith('^')) return null;
      const bound = bindings.get(raw);
      if (bound !== undefined) return bound;
      // `node:out_arg:index`: the index counts within the op's output arg.
      const parts = raw.split(':');
      const node = parts[0]!;
      const index = parts.length >= 3 ? Number(parts[parts.length - 1]) : parts.length === 2 && /^\d+$/.test(parts[1]!) ? Number(parts[1]) : 0;
      const arg = parts.length >= 3 ? parts[1]! : '';
      const offset = Math.max(0, OUTPUT_ARGS[opOf.get(node) ?? '']?.indexOf(arg) ?? 0);
      return `${prefix}${node}:${(Number.isSafeInteger(index) ? index : 0) + offset}`;
    };
    this.add(fn.nodes, prefix, ref);
    fn.outputArgs.forEach((a, i) => {
      const r = fn.ret.get(a);
      this.aliases.set(`${callName}:${i}`, r === undefined ? '' : ref(r) ?? '');
    });
  }

  /** The value an alias chain ends at (each chain walked once: every alias on it is pointed at the end). */
  resolve(value: string): string {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let v = value;
    while (this.aliases.has(v)) {
      if (onChain.has(v)) throw new TfGraphError(`values alias each other in a cycle (at ${q(value)})`);
      onChain.add(v);
      chain.push(v);
      v = this.aliases.get(v)!;
    }
    for (const a of chain) this.aliases.set(a, v);
    return v;
  }
}

// ---- attributes --------------------------------------------------------------------------------

function attrInts(n: FlatNode, key: string): readonly number[] | undefined {
  const a = n.attrs.get(key);
  return a?.kind === 'list' ? a.i : undefined;
}

function attrString(n: FlatNode, key: string, def: string): string {
  const a = n.attrs.get(key);
  return a?.kind === 's' ? a.value : def;
}

function attrBool(n: FlatNode, key: string): boolean {
  const a = n.attrs.get(key);
  return a?.kind === 'b' ? a.value : false;
}

function attrFloat(n: FlatNode, key: string, def: number): number {
  const a = n.attrs.get(key);
  return a?.kind === 'f' && Number.isFinite(a.value) ? a.value : def;
}

/** The dtype of a node's outputs (attr `T`, `dtype`, `out_type`), float32 when none says. */
function outputDtype(n: FlatNode): DType {
  for (const key of ['T', 'dtype', 'out_type', 'Tout']) {
    const a = n.attrs.get(key);
    if (a?.kind === 'type' && isDType(a.value)) return a.value;
  }
  return 'float32';
}

/** A stated shape as IR dims (-1 unknown), or a reason it cannot be one. */
function checkedShape(s: TfShape): readonly Dim[] | undefined | string {
  if (s === undefined) return undefined;
  for (const d of s) {
    if (d < -1) return `dim ${d}`;
    if (d > MAX_DIM) return `dim ${d} (more than ${MAX_DIM})`;
  }
  return s.map((d) => (d === -1 ? null : d));
}

// ---- building --------------------------------------------------------------------------------

/** Why a node is left to the `tensorflow` domain (not costed), as a warning. */
class Uncosted extends Error {}

/** Helper tensors (filters in TFLite's layout, shape vectors) take names no node has. */
class IrBuilder extends IrGraphBuilder {
  /** Stated output shapes per node (from `_output_shapes`), index by output. */
  private readonly stated = new Map<string, readonly (readonly Dim[] | undefined)[]>();

  /** Records a node's `_output_shapes` as value hints; a lying one is ignored with a warning. */
  outputShapes(n: FlatNode, outputs: number): void {
    const a = n.attrs.get('_output_shapes');
    if (a === undefined) return;
    if (a.kind !== 'list' || a.shape.length === 0 || a.s.length + a.i.length + a.f.length + a.type.length > 0) {
      this.warnings.push(`node ${q(n.name)}: _output_shapes is not a list of shapes: ignored`);
      return;
    }
    const shapes: (readonly Dim[] | undefined)[] = [];
    for (const s of a.shape) {
      const c = checkedShape(s);
      if (typeof c === 'string') {
        this.warnings.push(`node ${q(n.name)}: _output_shapes has ${c}: ignored`);
        return;
      }
      shapes.push(c);
    }
    this.stated.set(n.name, shapes);
    const dtype = outputDtype(n);
    for (let i = 0; i < Math.min(outputs, shapes.length); i++) {
      const shape = shapes[i];
      if (shape) this.valueInfo.push({ name: `${n.name}:${i}`, dtype, shape, kind: 'tensor' });
    }
  }

  statedShape(name: string, i = 0): readonly Dim[] | undefined {
    return this.stated.get(name)?.[i];
  }

  node(n: FlatNode, opType: string, inputs: readonly string[], attrs: IrAttrs, domain = ''): void {
    this.addNode(n.name, opType, domain, inputs, { name: `${n.name}:0`, dtype: outputDtype(n), shape: this.statedShape(n.name), kind: 'tensor' }, attrs);
  }
}

/** What the converter needs to know of the values it maps ops onto. */
interface Known {
  /** Initializers (Consts, variables) by value name. */
  readonly initializers: ReadonlyMap<string, Tensor>;
}

function filterOf(k: Known, ref: string | undefined, what: string): Tensor {
  const t = ref === undefined ? undefined : k.initializers.get(ref);
  if (!t) throw new Uncosted(`its ${what} is not a constant or variable of known shape`);
  if (t.dims.length !== 4) throw new Uncosted(`its ${what} has rank ${t.dims.length}, not 4`);
  return t;
}

function constInts(k: Known, ref: string | undefined, what: string): readonly number[] {
  const v = ref === undefined ? undefined : k.initializers.get(ref)?.values;
  if (!v) throw new Uncosted(`its ${what} is not a known constant`);
  return v;
}

function window(n: FlatNode, key: string, nchw: boolean): [number, number] {
  const v = attrInts(n, key) ?? [1, 1, 1, 1];
  if (v.length !== 4 || v.some((x) => !Number.isSafeInteger(x) || x < 1 || x > MAX_DIM)) throw new Uncosted(`${key} ${JSON.stringify(v.slice(0, 8))} is not 4 positive integers`);
  return nchw ? [v[2]!, v[3]!] : [v[1]!, v[2]!];
}

function padding(n: FlatNode): 'SAME' | 'VALID' {
  const p = attrString(n, 'padding', 'VALID');
  if (p !== 'SAME' && p !== 'VALID') throw new Uncosted(`padding ${q(p)} is not SAME or VALID`);
  return p;
}

function layout(n: FlatNode): boolean {
  const f = attrString(n, 'data_format', 'NHWC');
  if (f !== 'NHWC' && f !== 'NCHW') throw new Uncosted(`data_format ${q(f)} is not NHWC or NCHW`);
  return f === 'NCHW';
}

type OpMap = (b: IrBuilder, k: Known, n: FlatNode) => void;

const unary = (opType: string, attrs: (n: FlatNode) => IrAttrs = () => ({}), domain = ''): OpMap =>
  (b, _k, n) => b.node(n, opType, n.inputs.slice(0, 1), attrs(n), domain);
const binary = (opType: string): OpMap => (b, _k, n) => b.node(n, opType, n.inputs.slice(0, 2), {});

const conv2d: OpMap = (b, k, n) => {
  const nchw = layout(n);
  const w = filterOf(k, n.inputs[1], 'filter');
  const [kh, kw, cin, cout] = w.dims as [number, number, number, number];
  const [sh, sw] = window(n, 'strides', nchw);
  const [dh, dw] = window(n, 'dilations', nchw);
  const pad = padding(n);
  // The filter is stored HWIO; the op definitions read OHWI (TFLite) or OIHW (ONNX): the same
  // weights with their dims in that order (params count the stored tensor, once).
  const filter = b.unique(`${n.name}/filter_${nchw ? 'oihw' : 'ohwi'}`);
  b.initializer(filter, w.dtype, nchw ? [cout, cin, kh, kw] : [cout, kh, kw, cin], undefined, w.storageKey ?? w.name);
  // A third input is the bias of a _FusedConv2D (plain Conv2D has two).
  const bias = n.inputs.slice(2, 3);
  if (nchw) {
    if (bias.length > 0) throw new Uncosted('an NCHW fused convolution is not costed');
    b.node(n, 'Conv', [n.inputs[0]!, filter], { strides: [sh, sw], dilations: [dh, dw], auto_pad: pad === 'SAME' ? 'SAME_UPPER' : 'VALID' });
  } else b.node(n, 'CONV_2D', [n.inputs[0]!, filter, ...bias], { padding: pad, stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw }, TFLITE_DOMAIN);
};

const depthwise: OpMap = (b, k, n) => {
  if (layout(n)) throw new Uncosted('NCHW depthwise convolution is not costed');
  const w = filterOf(k, n.inputs[1], 'filter');
  const [kh, kw, cin, mult] = w.dims as [number, number, number, number];
  const [sh, sw] = window(n, 'strides', false);
  const [dh, dw] = window(n, 'dilations', false);
  const filter = b.unique(`${n.name}/filter_1hwc`);
  b.initializer(filter, w.dtype, [1, kh, kw, cin * mult], undefined, w.storageKey ?? w.name);
  b.node(n, 'DEPTHWISE_CONV_2D', [n.inputs[0]!, filter], { padding: padding(n), stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw, depth_multiplier: mult }, TFLITE_DOMAIN);
};

function pool(tflite: string, onnx: string): OpMap {
  return (b, _k, n) => {
    const nchw = layout(n);
    const [kh, kw] = window(n, 'ksize', nchw);
    const [sh, sw] = window(n, 'strides', nchw);
    const pad = padding(n);
    if (nchw) b.node(n, onnx, n.inputs.slice(0, 1), { kernel_shape: [kh, kw], strides: [sh, sw], auto_pad: pad === 'SAME' ? 'SAME_UPPER' : 'VALID' });
    else b.node(n, tflite, n.inputs.slice(0, 1), { padding: pad, filter_height: kh, filter_width: kw, stride_h: sh, stride_w: sw }, TFLITE_DOMAIN);
  };
}

const biasAdd: OpMap = (b, k, n) => {
  if (!layout(n)) return b.node(n, 'Add', n.inputs.slice(0, 2), {});
  // NCHW: the [C] bias broadcast over [N, C, H, W] is the same weights as [C, 1, 1].
  const bias = k.initializers.get(n.inputs[1] ?? '');
  if (!bias || bias.dims.length !== 1) throw new Uncosted('an NCHW bias that is not a constant vector');
  const view = b.unique(`${n.name}/bias_c11`);
  b.initializer(view, bias.dtype, [bias.dims[0]!, 1, 1], undefined, bias.storageKey ?? bias.name);
  b.node(n, 'Add', [n.inputs[0]!, view], {});
};

/** MatMul, and _FusedMatMul's product with its bias (Gemm's C, the third input). */
const matmul: OpMap = (b, _k, n) => b.node(n, 'Gemm', n.inputs.slice(0, 3), { transA: attrBool(n, 'transpose_a') ? 1 : 0, transB: attrBool(n, 'transpose_b') ? 1 : 0 });

/** Activations Grappler fuses after the bias add, as the ops the unfused graph maps them to. */
const FUSED_ACTIVATIONS = nameTable<readonly [string, string]>({ Relu: ['Relu', ''], Relu6: ['RELU6', TFLITE_DOMAIN], Elu: ['Elu', ''], Tanh: ['Tanh', ''], Sigmoid: ['Sigmoid', ''] });

/**
 * `_FusedConv2D` / `_FusedMatMul` (what Grappler writes into optimized graphs): the contraction
 * with its bias, then the fused activation, costed as the unfused Conv2D/MatMul + BiasAdd + activation.
 * Other fusions (FusedBatchNorm, a residual Add) are left uncosted with the reason.
 */
function fused(contraction: OpMap): OpMap {
  return (b, k, n) => {
    const ops = n.attrs.get('fused_ops');
    const names = ops?.kind === 'list' ? ops.s : [];
    const [first, act, ...rest] = names;
    const activation = act === undefined ? undefined : FUSED_ACTIVATIONS[act];
    if (first !== 'BiasAdd' || rest.length > 0 || (act !== undefined && !activation) || n.inputs.length !== 3) {
      throw new Uncosted(`fused_ops ${JSON.stringify(names.slice(0, 4))} on ${n.inputs.length} inputs (costed: BiasAdd on 3 inputs, then at most one of ${Object.keys(FUSED_ACTIVATIONS).join(', ')})`);
    }
    if (!activation) return contraction(b, k, n);
    const inner: FlatNode = { ...n, name: b.unique(`${n.name}/biased`) };
    contraction(b, k, inner);
    b.node(n, activation[0], [`${inner.name}:0`], {}, activation[1]);
  };
}

const batchMatmul: OpMap = (b, _k, n) => b.node(n, 'BATCH_MATMUL', n.inputs.slice(0, 2), { adj_x: attrBool(n, 'adj_x') ? 1 : 0, adj_y: attrBool(n, 'adj_y') ? 1 : 0 }, TFLITE_DOMAIN);

const fusedBatchNorm: OpMap = (b, _k, n) => {
  if (n.inputs.length < 5) throw new Uncosted(`has ${n.inputs.length} inputs, not 5`);
  b.node(n, 'BatchNormalization', n.inputs.slice(0, 5), { epsilon: { float: attrFloat(n, 'epsilon', 0.001) } });
};

function reduce(opType: string): OpMap {
  return (b, k, n) => {
    const axes = constInts(k, n.inputs[1], 'axes');
    b.node(n, opType, n.inputs.slice(0, 1), { axes: [...axes], keepdims: attrBool(n, 'keep_dims') ? 1 : 0 });
  };
}

const concat: OpMap = (b, k, n) => {
  const axis = constInts(k, n.inputs[n.inputs.length - 1], 'axis');
  if (axis.length !== 1) throw new Uncosted('its axis is not a scalar');
  b.node(n, 'Concat', n.inputs.slice(0, -1), { axis: axis[0]! });
};

function pad(mode: (n: FlatNode) => string): OpMap {
  return (b, k, n) => {
    const p = constInts(k, n.inputs[1], 'paddings');
    if (p.length % 2 !== 0) throw new Uncosted('its paddings are not pairs');
    // TensorFlow pairs [[begin, end], ...] -> ONNX [begins..., ends...].
    const pads = [...p.filter((_, i) => i % 2 === 0), ...p.filter((_, i) => i % 2 === 1)];
    b.node(n, 'Pad', [n.inputs[0]!, b.ints(`${n.name}/pads`, pads)], { mode: mode(n) });
  };
}

const squeeze: OpMap = (b, _k, n) => {
  const axes = attrInts(n, 'squeeze_dims') ?? attrInts(n, 'axis') ?? [];
  b.node(n, 'Squeeze', axes.length > 0 ? [n.inputs[0]!, b.ints(`${n.name}/axes`, axes)] : n.inputs.slice(0, 1), {});
};

/** Conv2DBackpropInput (a transposed convolution): inputs (input_sizes, filter [Kh, Kw, Cout, Cin], out_backprop). */
const conv2dTranspose: OpMap = (b, k, n) => {
  if (layout(n)) throw new Uncosted('NCHW transposed convolution is not costed');
  const sizes = constInts(k, n.inputs[0], 'input_sizes');
  if (sizes.length !== 4) throw new Uncosted('its input_sizes are not 4 values');
  const w = filterOf(k, n.inputs[1], 'filter');
  const [kh, kw, cout, cin] = w.dims as [number, number, number, number];
  const [sh, sw] = window(n, 'strides', false);
  // TFLite TRANSPOSE_CONV reads (output_shape, filter [Cout, Kh, Kw, Cin], input).
  const filter = b.unique(`${n.name}/filter_ohwi`);
  b.initializer(filter, w.dtype, [cout, kh, kw, cin], undefined, w.storageKey ?? w.name);
  b.node(n, 'TRANSPOSE_CONV', [b.ints(`${n.name}/output_shape`, sizes), filter, n.inputs[2]!], { padding: padding(n), stride_h: sh, stride_w: sw }, TFLITE_DOMAIN);
};

const transpose: OpMap = (b, k, n) => b.node(n, 'Transpose', n.inputs.slice(0, 1), { perm: [...constInts(k, n.inputs[1], 'perm')] });

const expandDims: OpMap = (b, k, n) => {
  const axis = constInts(k, n.inputs[1], 'axis');
  b.node(n, 'Unsqueeze', [n.inputs[0]!, b.ints(`${n.name}/axes`, axis)], {});
};

const OPS = nameTable<OpMap>({
  Conv2D: conv2d,
  DepthwiseConv2dNative: depthwise,
  MaxPool: pool('MAX_POOL_2D', 'MaxPool'),
  AvgPool: pool('AVERAGE_POOL_2D', 'AveragePool'),
  MatMul: matmul,
  _FusedConv2D: fused(conv2d), _FusedMatMul: fused(matmul),
  BatchMatMul: batchMatmul, BatchMatMulV2: batchMatmul, BatchMatMulV3: batchMatmul,
  BiasAdd: biasAdd, BiasAddV1: biasAdd,
  FusedBatchNorm: fusedBatchNorm, FusedBatchNormV2: fusedBatchNorm, FusedBatchNormV3: fusedBatchNorm,
  Relu: unary('Relu'), Relu6: unary('RELU6', () => ({}), TFLITE_DOMAIN), Sigmoid: unary('Sigmoid'), Tanh: unary('Tanh'),
  Elu: unary('Elu'), Selu: unary('Selu'), Softplus: unary('Softplus'),
  LeakyRelu: unary('LeakyRelu', (n) => ({ alpha: { float: attrFloat(n, 'alpha', 0.2) } })),
  Softmax: unary('Softmax', () => ({ axis: -1 })),
  Add: binary('Add'), AddV2: binary('Add'), Sub: binary('Sub'), Mul: binary('Mul'), RealDiv: binary('Div'),
  Maximum: binary('Max'), Minimum: binary('Min'), Pow: binary('Pow'),
  AddN: (b, _k, n) => b.node(n, 'Sum', n.inputs, {}),
  Exp: unary('Exp'), Log: unary('Log'), Sqrt: unary('Sqrt'), Neg: unary('Neg'), Abs: unary('Abs'),
  Conv2DBackpropInput: conv2dTranspose,
  Transpose: transpose, ExpandDims: expandDims,
  Reshape: (b, _k, n) => b.node(n, 'Reshape', n.inputs.slice(0, 2), {}),
  Squeeze: squeeze,
  Mean: reduce('ReduceMean'), Max: reduce('ReduceMax'),
  ConcatV2: concat,
  Pad: pad(() => 'constant'), PadV2: pad(() => 'constant'),
  MirrorPad: pad((n) => (attrString(n, 'mode', 'REFLECT') === 'SYMMETRIC' ? 'edge' : 'reflect')),
});

export interface TfIrInfo {
  readonly formatVersion: string;
  readonly fileBytes: number;
  readonly metadata: ReadonlyMap<string, string>;
  /** The serving signature, when the SavedModel has one: its outputs are the graph's. */
  readonly signature?: TfSignature;
}

export interface TfIr {
  readonly model: Model;
  /** Whether any shape was stated (`_output_shapes`, a Placeholder's `shape`): without, nothing can be costed. */
  readonly hasShapes: boolean;
  readonly warnings: readonly string[];
}

/** The signature a SavedModel is served with: `serving_default`, else the first by name. */
export function servingSignature(signatures: readonly TfSignature[]): TfSignature | undefined {
  const usable = signatures.filter((s) => s.outputs.size > 0 && !s.name.startsWith('__'));
  return usable.find((s) => s.name === 'serving_default') ?? [...usable].sort((a, b) => compareCodeUnits(a.name, b.name))[0];
}

function producerOf(value: string): string {
  return value.slice(0, value.lastIndexOf(':'));
}

/** `node:2` -> the producing node and the output it reads (`node:0` for a bare `node`). */
function splitValue(value: string): { producer: string; index: number } {
  const producer = producerOf(value);
  return { producer, index: Number(value.slice(producer.length + 1)) || 0 };
}

export function tfToIr(g: TfGraph, info: TfIrInfo): TfIr {
  checkExpansion(g.nodes, g.functions);
  const flat = new Flattener(g.functions);
  flat.add(g.nodes, '', mainRef);
  const nodes = flat.nodes.map((n) => ({ ...n, inputs: n.inputs.map((i) => flat.resolve(i)) }));
  const byName = new Map(nodes.map((n) => [n.name, n]));

  // The graph's outputs: the signature's, or every value no node reads (checkpoint ops aside).
  let outputs: string[];
  if (info.signature) {
    outputs = [...info.signature.outputs.values()].map((t) => flat.resolve(mainRef(t) ?? t));
  } else {
    const read = new Set(nodes.flatMap((n) => n.inputs));
    outputs = nodes.filter((n) => !BOOKKEEPING_OPS.has(n.op) && !VARIABLE_OPS.has(n.op) && n.op !== 'Const' && n.op !== 'Placeholder' && !read.has(`${n.name}:0`)).map((n) => `${n.name}:0`);
  }
  // Only what the outputs need: a SavedModel also holds its saver functions' ops.
  const keep = new Set<string>();
  const stack = outputs.map(producerOf);
  while (stack.length > 0) {
    const name = stack.pop()!;
    const n = byName.get(name);
    if (!n || keep.has(name)) continue;
    keep.add(name);
    for (const i of n.inputs) stack.push(producerOf(i));
  }
  const kept = nodes.filter((n) => keep.has(n.name));
  const maxOutput = new Map<string, number>();
  const readAt = (value: string): void => {
    const { producer: p, index } = splitValue(value);
    if (index > MAX_OUTPUT_INDEX) throw new TfGraphError(`${q(value)} reads output ${index} of node ${q(p)} (more than ${MAX_OUTPUT_INDEX.toLocaleString('en-US')} outputs)`);
    maxOutput.set(p, Math.max(maxOutput.get(p) ?? 0, index));
  };
  for (const n of kept) for (const i of n.inputs) readAt(i);
  for (const o of outputs) readAt(o);

  const b = new IrBuilder(new Set(kept.map((n) => n.name)));
  let hasShapes = false;
  // Sources first: the op mappings look their filters and constants up.
  for (const n of kept) {
    b.outputShapes(n, (maxOutput.get(n.name) ?? 0) + 1);
    if (b.statedShape(n.name) !== undefined) hasShapes = true;
    const out = `${n.name}:0`;
    if (n.op === 'Const') {
      const v = n.attrs.get('value');
      if (v?.kind === 'tensor' && isDType(v.value.dtype)) b.initializer(out, v.value.dtype, v.value.dims, v.value.values);
    } else if (VARIABLE_OPS.has(n.op)) {
      const s = n.attrs.get('shape');
      const dims = s?.kind === 'shape' ? checkedShape(s.value) : undefined;
      const dtype = outputDtype(n);
      if (Array.isArray(dims) && dims.every((d): d is number => typeof d === 'number')) b.initializer(out, dtype, dims);
      else b.inputs.push({ name: out, dtype, shape: undefined, kind: 'tensor' });
    } else if (n.op === 'Placeholder') {
      const s = n.attrs.get('shape');
      const stated = (s?.kind === 'shape' ? checkedShape(s.value) : undefined) ?? b.statedShape(n.name);
      if (typeof stated === 'string') b.warnings.push(`Placeholder ${q(n.name)}: shape has ${stated}: its shape is unknown`);
      const dims = Array.isArray(stated) ? stated.map((d: Dim, i: number) => (d !== null ? d : i === 0 ? 1 : `${n.name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 60)}_dim${i}`)) : undefined;
      if (dims) hasShapes = true;
      b.inputs.push({ name: out, dtype: outputDtype(n), shape: dims, kind: 'tensor' });
    }
  }
  const known: Known = { initializers: b.initializers };
  for (const n of kept) {
    if (n.op === 'Const' || n.op === 'Placeholder' || VARIABLE_OPS.has(n.op)) continue;
    const map = OPS[n.op];
    if (map) {
      try {
        map(b, known, n);
        continue;
      } catch (e) {
        if (!(e instanceof Uncosted)) throw e;
        b.warnings.push(`TensorFlow node ${q(n.name)} (${n.op}) is not costed: ${e.message}`);
      }
    }
    const count = (maxOutput.get(n.name) ?? 0) + 1;
    b.nodes.push({ name: n.name, opType: n.op, domain: TF_DOMAIN, inputs: n.inputs, outputs: Array.from({ length: count }, (_, i) => `${n.name}:${i}`), attributes: new Map() });
  }
  if (flat.missingFunctions.size > 0) {
    b.warnings.push(`calls to functions the library does not define (not costed, totals are a lower bound): ${[...flat.missingFunctions].map(([f, c]) => `${q(f)} x${c}`).join(', ')}`);
  }
  const valueInfoOf = (name: string): ValueInfo => {
    const init = b.initializers.get(name);
    if (init) return { name, dtype: init.dtype, shape: init.dims, kind: 'tensor' };
    const { producer, index } = splitValue(name);
    const p = byName.get(producer);
    const shape = b.statedShape(producer, index);
    return { name, dtype: p ? outputDtype(p) : undefined, shape, kind: 'tensor' };
  };
  const graphOutputs = [...new Set(outputs)].filter((o) => o !== '').map(valueInfoOf);
  return {
    model: b.model(info.signature?.name ?? 'main', graphOutputs, { ...info, format: 'tensorflow', domain: TF_DOMAIN, producer: '' }),
    hasShapes,
    warnings: b.warnings,
  };
}
