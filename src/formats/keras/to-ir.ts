/**
 * A Keras model config as the graph IR, so that the one engine costs it. Each layer becomes the
 * ops that compute it at inference, reusing existing op definitions where the semantics match:
 * ONNX ops for layout-free work (Dense = MatMul + Add, activations, BatchNormalization,
 * LayerNormalization, Gather for Embedding, Concat, Reshape, ReduceMean for global pooling,
 * LSTM/GRU/RNN with layout=1), and TFLite's NHWC ops for windows over channels-last activations
 * (CONV_2D, DEPTHWISE_CONV_2D, TRANSPOSE_CONV, CONV_3D, CONV_3D_TRANSPOSE, MAX_POOL_2D,
 * AVERAGE_POOL_2D); channels_first convolutions and pooling use ONNX's Conv, ConvTranspose,
 * MaxPool and AveragePool, whose layout that is. A Keras Conv2D therefore costs what the ONNX
 * Conv of the same shape costs (docs/metrics.md, "Keras").
 *
 * Shapes are propagated from the input layers (legacy files state no others); a layer whose
 * input shape is unknown takes its Keras 3 `build_config` input shape. The batch dimension
 * (None) is 1; other None dims stay symbolic (`<input>_dim<i>`, bound with --dim). An unknown
 * layer class becomes a node of the `keras` domain (reported by name; totals a lower bound).
 */
import type { DType } from '../../graph/dtype.js';
import type { Model } from '../../graph/ir.js';
import { IndexHeap } from '../../graph/topo.js';
import { IrGraphBuilder } from '../ir-builder.js';
import type { IrAttrs } from '../ir-builder.js';
import { TFLITE_DOMAIN } from '../tflite/to-ir.js';
import type { Json, JsonObject, KerasLayer, KerasModel, TensorRef } from './config.js';
import { isObject } from './config.js';
import { nameTable } from '../../graph/name-table.js';

export const KERAS_DOMAIN = 'keras';

/** A dim while building: concrete, or a symbolic name. */
type Dim = number | string;

interface KTensor {
  readonly name: string;
  /** undefined when no layer could tell (after an unknown layer without a build_config). */
  readonly shape: readonly Dim[] | undefined;
  readonly dtype: DType;
  /** The keyword a functional call passed it by (`value`, `attention_mask`); undefined when positional. */
  readonly kwarg?: string;
}

/** A layer that cannot be turned into ops: reported as a `keras` node, with the reason as a warning. */
class Unsupported extends Error {}

class Builder extends IrGraphBuilder {
  /** Element type of each layer's stored weights (dotted layer path), where the file has them. */
  constructor(private readonly layerDtypes: ReadonlyMap<string, DType>) {
    super();
  }

  /** A weight of layer `<layer path>/<name>`, in the dtype the file stores that layer's weights in. */
  weight(name: string, dims: readonly number[]): string {
    const n = this.unique(name);
    const dtype = this.layerDtypes.get(name.slice(0, Math.max(0, name.lastIndexOf('/'))).replace(/\//g, '.')) ?? 'float32';
    const elements = dims.reduce((a, b) => a * b, 1);
    if (!Number.isSafeInteger(elements)) throw new Unsupported(`weight ${dims.join('x')} has more elements than can be counted exactly`);
    this.initializer(n, dtype, dims);
    return n;
  }

  node(name: string, opType: string, inputs: readonly string[], shape: readonly Dim[] | undefined, attrs: IrAttrs = {}, domain = '', dtype: DType = 'float32'): KTensor {
    const out = this.unique(`${name}:out`);
    this.addNode(this.unique(name), opType, domain, inputs, { name: out, dtype, shape, kind: 'tensor' }, attrs);
    if (shape) this.valueInfo.push({ name: out, dtype, shape, kind: 'tensor' });
    return { name: out, shape, dtype };
  }

  hint(t: KTensor, shape: readonly Dim[]): KTensor {
    this.valueInfo.push({ name: t.name, dtype: t.dtype, shape, kind: 'tensor' });
    return { ...t, shape };
  }
}

// ---- config values ---------------------------------------------------------------------------

function num(cfg: JsonObject, key: string, def?: number): number {
  const v = cfg[key];
  if (v === undefined || v === null) {
    if (def === undefined) throw new Unsupported(`config has no '${key}'`);
    return def;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Unsupported(`'${key}' is not a number`);
  return v;
}

function posInt(cfg: JsonObject, key: string, def?: number): number {
  const v = num(cfg, key, def);
  if (!Number.isSafeInteger(v) || v < 1 || v > 1 << 30) throw new Unsupported(`'${key}' is ${v}, not a positive integer within limits`);
  return v;
}

/** An int or a list of n ints (kernel_size, strides, dilation_rate, pool_size). */
function tuple(cfg: JsonObject, key: string, n: number, def?: number): number[] {
  const v = cfg[key];
  if ((v === undefined || v === null) && def !== undefined) return new Array<number>(n).fill(def);
  const list = typeof v === 'number' ? new Array<Json>(n).fill(v) : v;
  if (!Array.isArray(list) || list.length !== n || !list.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 1 && x <= 1 << 30)) {
    throw new Unsupported(`'${key}' is not ${n} positive integer(s)`);
  }
  return list as number[];
}

function padding(cfg: JsonObject): 'SAME' | 'VALID' {
  const p = cfg['padding'] ?? 'valid';
  // Causal padding pads on the left only: same output length as 'same' at stride 1.
  if (p === 'same' || p === 'causal') return 'SAME';
  if (p === 'valid') return 'VALID';
  throw new Unsupported(`padding ${JSON.stringify(p)} is not 'valid', 'same' or 'causal'`);
}

function channelsLast(cfg: JsonObject): void {
  if (channelsFirst(cfg)) throw new Unsupported('data_format "channels_first" is not costed for this layer');
}

/** Whether the layer reads [batch, channels, ...spatial] (data_format 'channels_first'). */
function channelsFirst(cfg: JsonObject): boolean {
  const f = cfg['data_format'];
  if (f === undefined || f === null || f === 'channels_last') return false;
  if (f === 'channels_first') return true;
  throw new Unsupported(`data_format ${JSON.stringify(f)} is not channels_last or channels_first`);
}

/** ONNX's auto_pad for a Keras padding (ONNX ops take channels-first activations in their own layout). */
function autoPad(pad: 'SAME' | 'VALID'): string {
  return pad === 'SAME' ? 'SAME_UPPER' : 'VALID';
}

function useBias(cfg: JsonObject): boolean {
  return cfg['use_bias'] !== false;
}

/** `activation` as a name: a string, or a serialised function `{class_name: 'function', config: 'relu'}`. */
function activationName(v: Json | undefined): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (isObject(v)) {
    if (typeof v['config'] === 'string') return v['config'];
    if (isObject(v['config']) && typeof v['config']['name'] === 'string') return v['config']['name'];
    if (typeof v['class_name'] === 'string') return v['class_name'];
  }
  throw new Unsupported('activation is neither a name nor a serialised function');
}

// ---- shapes ----------------------------------------------------------------------------------

function need(t: KTensor, rank: number | null, what: string): readonly Dim[] {
  if (!t.shape) throw new Unsupported(`the shape of its input is unknown`);
  if (rank !== null && t.shape.length !== rank) throw new Unsupported(`${what} needs a rank-${rank} input, got rank ${t.shape.length}`);
  return t.shape;
}

function known(d: Dim | undefined, what: string): number {
  if (typeof d !== 'number') throw new Unsupported(`${what} is not known (${d === undefined ? 'missing' : `'${d}'`})`);
  return d;
}

function windowOut(d: Dim, k: number, s: number, dil: number, pad: 'SAME' | 'VALID', fresh: string): Dim {
  if (typeof d !== 'number') return fresh;
  if (pad === 'SAME') return Math.ceil(d / s);
  const eff = (k - 1) * dil + 1;
  if (d < eff) throw new Unsupported(`a window of ${eff} does not fit an input of ${d}`);
  return Math.floor((d - eff) / s) + 1;
}

/** A shape from a Keras config list ([null, 32, 32, 3]): the batch (first) dim is 1, other nulls symbolic. */
export function shapeFromConfig(v: Json | undefined, name: string, withBatch: boolean): Dim[] | undefined {
  if (!Array.isArray(v) || v.length > 16) return undefined;
  const dims = withBatch ? v : [null, ...v];
  const out: Dim[] = [];
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i];
    if (i === 0 && (d === null || d === undefined)) out.push(1);
    else if (d === null) out.push(`${name}_dim${i}`);
    else if (typeof d === 'number' && Number.isSafeInteger(d) && d >= 0 && d <= 2 ** 31) out.push(d);
    else return undefined;
  }
  return out;
}

/** The first shape of a build_config input_shape (a list of shapes for multi-input layers). */
function firstBuildShape(v: Json | undefined, name: string): Dim[] | undefined {
  if (Array.isArray(v) && v.length > 0 && (Array.isArray(v[0]) || isObject(v[0] ?? null))) return undefined;
  return shapeFromConfig(v, name, true);
}

// ---- layers ----------------------------------------------------------------------------------

const ACTIVATIONS = nameTable<string>({
  relu: 'Relu', sigmoid: 'Sigmoid', tanh: 'Tanh', elu: 'Elu', selu: 'Selu', softplus: 'Softplus', softsign: 'Softsign',
  gelu: 'Gelu', hard_sigmoid: 'HardSigmoid', hard_swish: 'HardSwish', hard_silu: 'HardSwish', exponential: 'Exp',
  mish: 'Mish', leaky_relu: 'LeakyRelu', softmax: 'Softmax', log_softmax: 'LogSoftmax',
});

class LayerContext {
  constructor(readonly b: Builder, readonly name: string, readonly cfg: JsonObject) {}

  activation(x: KTensor, act: string | null): KTensor {
    if (act === null || act === 'linear') return x;
    const shape = x.shape;
    if (act === 'swish' || act === 'silu') {
      const s = this.b.node(`${this.name}/sigmoid`, 'Sigmoid', [x.name], shape);
      return this.b.node(`${this.name}/swish`, 'Mul', [x.name, s.name], shape);
    }
    if (act === 'relu6') {
      return this.b.node(`${this.name}/relu6`, 'Clip', [x.name, this.scalar('min', 0), this.scalar('max', 6)], shape);
    }
    const op = ACTIVATIONS[act];
    if (!op) throw new Unsupported(`activation ${JSON.stringify(act)} is not one this tool costs`);
    return this.b.node(`${this.name}/${act}`, op, [x.name], shape, op === 'Softmax' || op === 'LogSoftmax' ? { axis: -1 } : {});
  }

  scalar(what: string, _value: number): string {
    return this.b.weight(`${this.name}/${what}`, []);
  }

  reshape(x: KTensor, shape: readonly Dim[], what: string): KTensor {
    const target = shape.map((d, i) => (typeof d === 'number' ? d : i === 0 ? 0 : -1));
    if (target.filter((d) => d === -1).length > 1) throw new Unsupported('more than one unknown dim to reshape');
    return this.b.node(`${this.name}/${what}`, 'Reshape', [x.name, this.b.ints(`${this.name}/${what}_shape`, target)], shape);
  }
}

type LayerFn = (c: LayerContext, inputs: readonly KTensor[]) => KTensor[];

/** The one data input: tensors passed by another keyword (`mask`, `initial_state`) cost nothing here. */
function one(inputs: readonly KTensor[]): KTensor {
  const data = inputs.filter((t) => t.kwarg === undefined || t.kwarg === 'inputs');
  if (data.length !== 1) throw new Unsupported(`takes one input, called with ${data.length}`);
  return data[0]!;
}

function dense(c: LayerContext, inputs: readonly KTensor[]): KTensor[] {
  const x = one(inputs);
  const s = need(x, null, 'Dense');
  const units = posInt(c.cfg, 'units');
  const k = known(s[s.length - 1], 'the input\'s last dim');
  const out = [...s.slice(0, -1), units];
  let y = c.b.node(`${c.name}/matmul`, 'MatMul', [x.name, c.b.weight(`${c.name}/kernel`, [k, units])], out);
  if (useBias(c.cfg)) y = c.b.node(`${c.name}/bias_add`, 'Add', [y.name, c.b.weight(`${c.name}/bias`, [units])], out);
  return [c.activation(y, activationName(c.cfg['activation']))];
}

/**
 * Conv1D/2D via CONV_2D (1-D lifted to a height of 1), Conv3D via CONV_3D; grouped convs through
 * the filter's Cin/groups. channels_first: ONNX Conv, whose layout that is (filter [filters, Cin/groups, ...k]).
 */
function conv(rank: 1 | 2 | 3): LayerFn {
  return (c, inputs) => {
    let x = one(inputs);
    const first = channelsFirst(c.cfg);
    const s = need(x, rank + 2, `Conv${rank}D`);
    const filters = posInt(c.cfg, 'filters');
    const groups = posInt(c.cfg, 'groups', 1);
    const k = tuple(c.cfg, 'kernel_size', rank);
    const st = tuple(c.cfg, 'strides', rank, 1);
    const dil = tuple(c.cfg, 'dilation_rate', rank, 1);
    const pad = padding(c.cfg);
    const cin = known(s[first ? 1 : rank + 1], 'input channels');
    if (cin % groups !== 0 || filters % groups !== 0) throw new Unsupported(`${cin} input channels or ${filters} filters do not split into ${groups} groups`);
    const spatial = s.slice(first ? 2 : 1, first ? rank + 2 : rank + 1).map((d, i) => windowOut(d, k[i]!, st[i]!, dil[i]!, pad, `${c.name}_out${i}`));
    const out = first ? [s[0]!, filters, ...spatial] : [s[0]!, ...spatial, filters];
    const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
    let y: KTensor;
    if (first) {
      const w = c.b.weight(`${c.name}/kernel`, [filters, cin / groups, ...k]);
      y = c.b.node(c.name, 'Conv', [x.name, w, ...bias], out, { kernel_shape: k, strides: st, dilations: dil, group: groups, auto_pad: autoPad(pad) });
    } else if (rank === 3) {
      const w = c.b.weight(`${c.name}/kernel`, [...k, cin / groups, filters]);
      const attrs = { padding: pad, stride_d: st[0], stride_h: st[1], stride_w: st[2], dilation_d_factor: dil[0], dilation_h_factor: dil[1], dilation_w_factor: dil[2] };
      y = c.b.node(c.name, 'CONV_3D', [x.name, w, ...bias], out, attrs, TFLITE_DOMAIN);
    } else {
      const k2 = rank === 1 ? [1, k[0]!] : k;
      const st2 = rank === 1 ? [1, st[0]!] : st;
      const dil2 = rank === 1 ? [1, dil[0]!] : dil;
      if (rank === 1) x = c.reshape(x, [s[0]!, 1, s[1]!, s[2]!], 'as_2d');
      const w = c.b.weight(`${c.name}/kernel`, [filters, k2[0]!, k2[1]!, cin / groups]);
      const attrs = { padding: pad, stride_h: st2[0], stride_w: st2[1], dilation_h_factor: dil2[0], dilation_w_factor: dil2[1] };
      const out2 = rank === 1 ? [s[0]!, 1, spatial[0]!, filters] : out;
      y = c.b.node(c.name, 'CONV_2D', [x.name, w, ...bias], out2, attrs, TFLITE_DOMAIN);
      if (rank === 1) y = c.reshape(y, out, 'as_1d');
    }
    return [c.activation(y, activationName(c.cfg['activation']))];
  };
}

function depthwiseNode(c: LayerContext, x: KTensor, withBias: boolean): KTensor {
  channelsLast(c.cfg);
  const s = need(x, 4, 'DepthwiseConv2D');
  const k = tuple(c.cfg, 'kernel_size', 2);
  const st = tuple(c.cfg, 'strides', 2, 1);
  const dil = tuple(c.cfg, 'dilation_rate', 2, 1);
  const mult = posInt(c.cfg, 'depth_multiplier', 1);
  const pad = padding(c.cfg);
  const cout = known(s[3], 'input channels') * mult;
  const out = [s[0]!, windowOut(s[1]!, k[0]!, st[0]!, dil[0]!, pad, `${c.name}_out0`), windowOut(s[2]!, k[1]!, st[1]!, dil[1]!, pad, `${c.name}_out1`), cout];
  const bias = withBias ? [c.b.weight(`${c.name}/bias`, [cout])] : [];
  const attrs = { padding: pad, stride_h: st[0], stride_w: st[1], dilation_h_factor: dil[0], dilation_w_factor: dil[1], depth_multiplier: mult };
  return c.b.node(`${c.name}/depthwise`, 'DEPTHWISE_CONV_2D', [x.name, c.b.weight(`${c.name}/depthwise_kernel`, [1, k[0]!, k[1]!, cout]), ...bias], out, attrs, TFLITE_DOMAIN);
}

const depthwise: LayerFn = (c, inputs) => [c.activation(depthwiseNode(c, one(inputs), useBias(c.cfg)), activationName(c.cfg['activation']))];

/** SeparableConv2D: a depthwise conv without bias, then a 1x1 CONV_2D with the bias. */
const separable: LayerFn = (c, inputs) => {
  const d = depthwiseNode(c, one(inputs), false);
  const s = d.shape!;
  const filters = posInt(c.cfg, 'filters');
  const cin = known(s[3], 'depthwise channels');
  const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
  const out = [s[0]!, s[1]!, s[2]!, filters];
  const y = c.b.node(`${c.name}/pointwise`, 'CONV_2D', [d.name, c.b.weight(`${c.name}/pointwise_kernel`, [filters, 1, 1, cin]), ...bias], out, { padding: 'VALID' }, TFLITE_DOMAIN);
  return [c.activation(y, activationName(c.cfg['activation']))];
};

/**
 * Conv1D/2D/3DTranspose: output size in * stride + max(kernel - stride, 0) ('valid') or in * stride ('same').
 * channels_last: TFLite TRANSPOSE_CONV (1-D lifted to a height of 1) and CONV_3D_TRANSPOSE;
 * channels_first: ONNX ConvTranspose (filter [Cin, filters, ...k]).
 */
function convTranspose(rank: 1 | 2 | 3): LayerFn {
  return (c, inputs) => {
    const first = channelsFirst(c.cfg);
    let x = one(inputs);
    const s = need(x, rank + 2, `Conv${rank}DTranspose`);
    const filters = posInt(c.cfg, 'filters');
    const k = tuple(c.cfg, 'kernel_size', rank);
    const st = tuple(c.cfg, 'strides', rank, 1);
    const dil = tuple(c.cfg, 'dilation_rate', rank, 1);
    if (dil.some((d) => d !== 1)) throw new Unsupported('dilated transpose convolutions are not costed');
    if (c.cfg['output_padding'] !== undefined && c.cfg['output_padding'] !== null) throw new Unsupported('output_padding is not costed');
    const pad = padding(c.cfg);
    const cin = known(s[first ? 1 : rank + 1], 'input channels');
    const spatial = (first ? s.slice(2) : s.slice(1, rank + 1)).map((d, i) => {
      const n = known(d, 'input spatial dims');
      // Keras' deconv_output_length: a kernel shorter than the stride still fills every stride.
      return pad === 'SAME' ? n * st[i]! : n * st[i]! + Math.max(k[i]! - st[i]!, 0);
    });
    const batch = known(s[0], 'batch');
    const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
    let y: KTensor;
    if (first) {
      const w = c.b.weight(`${c.name}/kernel`, [cin, filters, ...k]);
      // ONNX's VALID output is (in - 1) * stride + kernel: the strides a short kernel leaves are output_padding.
      const outPad = k.map((ki, i) => (pad === 'VALID' ? Math.max(st[i]! - ki, 0) : 0));
      y = c.b.node(c.name, 'ConvTranspose', [x.name, w, ...bias], [batch, filters, ...spatial], { kernel_shape: k, strides: st, auto_pad: autoPad(pad), output_padding: outPad });
    } else if (rank === 3) {
      const out = [batch, ...spatial, filters];
      const w = c.b.weight(`${c.name}/kernel`, [...k, filters, cin]);
      y = c.b.node(c.name, 'CONV_3D_TRANSPOSE', [c.b.ints(`${c.name}/output_shape`, out), w, x.name, ...bias], out, { padding: pad, stride_d: st[0], stride_h: st[1], stride_w: st[2] }, TFLITE_DOMAIN);
    } else {
      const [k2, st2, hw] = rank === 1 ? [[1, k[0]!], [1, st[0]!], [1, spatial[0]!]] : [k, st, spatial];
      if (rank === 1) x = c.reshape(x, [s[0]!, 1, s[1]!, s[2]!], 'as_2d');
      const out2 = [batch, hw[0]!, hw[1]!, filters];
      y = c.b.node(c.name, 'TRANSPOSE_CONV', [c.b.ints(`${c.name}/output_shape`, out2), c.b.weight(`${c.name}/kernel`, [filters, k2[0]!, k2[1]!, cin]), x.name, ...bias], out2, { padding: pad, stride_h: st2[0], stride_w: st2[1] }, TFLITE_DOMAIN);
      if (rank === 1) y = c.reshape(y, [batch, spatial[0]!, filters], 'as_1d');
    }
    return [c.activation(y, activationName(c.cfg['activation']))];
  };
}

/** MaxPooling/AveragePooling 1D/2D as MAX_POOL_2D/AVERAGE_POOL_2D (1-D lifted to a height of 1). */
function pool(rank: 1 | 2, opType: 'MAX_POOL_2D' | 'AVERAGE_POOL_2D'): LayerFn {
  return (c, inputs) => {
    let x = one(inputs);
    const s = need(x, rank + 2, 'pooling');
    const k = tuple(c.cfg, 'pool_size', rank, 2);
    const stRaw = c.cfg['strides'];
    const st = stRaw === undefined || stRaw === null ? k : tuple(c.cfg, 'strides', rank);
    const pad = padding(c.cfg);
    if (channelsFirst(c.cfg)) {
      // ONNX pooling reads [N, C, ...spatial]: its own layout.
      const out = [s[0]!, s[1]!, ...s.slice(2).map((d, i) => windowOut(d, k[i]!, st[i]!, 1, pad, `${c.name}_out${i}`))];
      return [c.b.node(c.name, opType === 'MAX_POOL_2D' ? 'MaxPool' : 'AveragePool', [x.name], out, { kernel_shape: k, strides: st, auto_pad: autoPad(pad) })];
    }
    const spatial = s.slice(1, rank + 1).map((d, i) => windowOut(d, k[i]!, st[i]!, 1, pad, `${c.name}_out${i}`));
    const out = [s[0]!, ...spatial, s[rank + 1]!];
    const [k2, st2] = rank === 1 ? [[1, k[0]!], [1, st[0]!]] : [k, st];
    if (rank === 1) x = c.reshape(x, [s[0]!, 1, s[1]!, s[2]!], 'as_2d');
    const out2 = rank === 1 ? [s[0]!, 1, spatial[0]!, s[2]!] : out;
    let y = c.b.node(c.name, opType, [x.name], out2, { padding: pad, filter_height: k2[0], filter_width: k2[1], stride_h: st2[0], stride_w: st2[1] }, TFLITE_DOMAIN);
    if (rank === 1) y = c.reshape(y, out, 'as_1d');
    return [y];
  };
}

function globalPool(opType: 'ReduceMean' | 'ReduceMax'): LayerFn {
  return (c, inputs) => {
    const first = channelsFirst(c.cfg);
    const x = one(inputs);
    const s = need(x, null, 'global pooling');
    if (s.length < 3) throw new Unsupported(`global pooling needs rank 3 or more, got ${s.length}`);
    // The spatial axes: 1..rank-2 channels_last, 2..rank-1 channels_first.
    const axes = s.slice(2).map((_, i) => i + (first ? 2 : 1));
    const keep = c.cfg['keepdims'] === true;
    const out = keep ? s.map((d, i) => (axes.includes(i) ? 1 : d)) : [s[0]!, s[first ? 1 : s.length - 1]!];
    return [c.b.node(c.name, opType, [x.name], out, { axes, keepdims: keep ? 1 : 0 })];
  };
}

function axisOf(cfg: JsonObject, rank: number, def: number): number {
  let a = cfg['axis'] ?? def;
  if (Array.isArray(a)) {
    if (a.length !== 1) throw new Unsupported('normalisation over several axes is not costed');
    a = a[0]!;
  }
  if (typeof a !== 'number' || !Number.isInteger(a) || a < -rank || a >= rank) throw new Unsupported(`axis ${JSON.stringify(a)} is not an axis of a rank-${rank} input`);
  return a < 0 ? a + rank : a;
}

/** Inference BatchNormalization: ONNX BatchNormalization with per-channel scale, shift, mean and variance. */
const batchNorm: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'BatchNormalization');
  const ch = known(s[axisOf(c.cfg, s.length, -1)], 'the normalised axis');
  const w = (n: string): string => c.b.weight(`${c.name}/${n}`, [ch]);
  return [c.b.node(c.name, 'BatchNormalization', [x.name, w('gamma'), w('beta'), w('moving_mean'), w('moving_variance')], s, { epsilon: { float: num(c.cfg, 'epsilon', 0.001) } })];
};

const layerNorm: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'LayerNormalization');
  const axis = axisOf(c.cfg, s.length, -1);
  if (axis !== s.length - 1) throw new Unsupported('LayerNormalization over an axis other than the last is not costed');
  const ch = known(s[axis], 'the normalised axis');
  const ins = [x.name, c.b.weight(`${c.name}/gamma`, [ch])];
  if (c.cfg['center'] !== false) ins.push(c.b.weight(`${c.name}/beta`, [ch]));
  return [c.b.node(c.name, 'LayerNormalization', ins, s, { axis: -1, epsilon: { float: num(c.cfg, 'epsilon', 0.001) } })];
};

const embedding: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'Embedding');
  const vocab = posInt(c.cfg, 'input_dim');
  const dim = posInt(c.cfg, 'output_dim');
  return [c.b.node(c.name, 'Gather', [c.b.weight(`${c.name}/embeddings`, [vocab, dim]), x.name], [...s, dim])];
};

/** Add/Subtract/Multiply/Maximum/Minimum: one binary op per extra input; Average: ONNX Mean. */
function merge(opType: string): LayerFn {
  return (c, inputs) => {
    if (inputs.length < 2) throw new Unsupported(`merges ${inputs.length} input(s)`);
    const s = need(inputs[0]!, null, 'merge');
    if (opType === 'Mean') return [c.b.node(c.name, 'Mean', inputs.map((t) => t.name), s)];
    let y = inputs[0]!;
    for (let i = 1; i < inputs.length; i++) y = c.b.node(inputs.length > 2 ? `${c.name}/${i}` : c.name, opType, [y.name, inputs[i]!.name], s);
    return [y];
  };
}

const concatenate: LayerFn = (c, inputs) => {
  if (inputs.length < 1) throw new Unsupported('concatenates nothing');
  const shapes = inputs.map((t) => need(t, null, 'Concatenate'));
  const rank = shapes[0]!.length;
  const axis = axisOf(c.cfg, rank, -1);
  let total: Dim = 0;
  for (const s of shapes) total = typeof total === 'number' && typeof s[axis] === 'number' ? total + (s[axis] as number) : `${c.name}_axis`;
  const out = shapes[0]!.map((d, i) => (i === axis ? total : d));
  return [c.b.node(c.name, 'Concat', inputs.map((t) => t.name), out, { axis })];
};

const activationLayer = (act: (cfg: JsonObject) => string | null): LayerFn => (c, inputs) => [c.activation(one(inputs), act(c.cfg))];

const reluLayer: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const max = c.cfg['max_value'];
  const slope = typeof c.cfg['negative_slope'] === 'number' ? c.cfg['negative_slope'] : 0;
  if (typeof max === 'number') return [c.b.node(c.name, 'Clip', [x.name, c.scalar('min', 0), c.scalar('max', max)], x.shape)];
  if (slope !== 0) return [c.b.node(c.name, 'LeakyRelu', [x.name], x.shape, { alpha: { float: slope } })];
  return [c.b.node(c.name, 'Relu', [x.name], x.shape)];
};

const identity: LayerFn = (_c, inputs) => [one(inputs)];

const flatten: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'Flatten');
  const rest = s.slice(1);
  const n: Dim = rest.every((d) => typeof d === 'number') ? (rest as number[]).reduce((a, b) => a * b, 1) : `${c.name}_features`;
  return [c.b.node(c.name, 'Flatten', [x.name], [s[0]!, n], { axis: 1 })];
};

const reshapeLayer: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'Reshape');
  const t = c.cfg['target_shape'];
  if (!Array.isArray(t) || t.length > 16 || !t.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= -1)) throw new Unsupported('target_shape is not a list of integers');
  const target = t as number[];
  const total = s.slice(1).every((d) => typeof d === 'number') ? (s.slice(1) as number[]).reduce((a, b) => a * b, 1) : undefined;
  const knownPart = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const dims: Dim[] = target.map((d, i) => (d !== -1 ? d : total !== undefined && knownPart > 0 ? total / knownPart : `${c.name}_dim${i}`));
  return [c.b.node(c.name, 'Reshape', [x.name, c.b.ints(`${c.name}/shape`, [0, ...target])], [s[0]!, ...dims])];
};

const permute: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'Permute');
  const dims = c.cfg['dims'];
  if (!Array.isArray(dims) || dims.length !== s.length - 1 || !dims.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 1 && d < s.length)) {
    throw new Unsupported('dims is not a permutation of the non-batch axes');
  }
  const perm = [0, ...(dims as number[])];
  return [c.b.node(c.name, 'Transpose', [x.name], perm.map((p) => s[p]!), { perm })];
};

/** Rescaling: x * scale (+ offset when non-zero). */
const rescaling: LayerFn = (c, inputs) => {
  const x = one(inputs);
  let y = c.b.node(`${c.name}/scale`, 'Mul', [x.name, c.b.weight(`${c.name}/scale`, [])], x.shape);
  const offset = c.cfg['offset'];
  if (typeof offset !== 'number' || offset !== 0) y = c.b.node(`${c.name}/offset`, 'Add', [y.name, c.b.weight(`${c.name}/offset`, [])], x.shape);
  return [y];
};

/** Normalization: (x - mean) / sqrt(variance), per feature of the last axis. */
const normalization: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'Normalization');
  const ch = known(s[axisOf(c.cfg, s.length, -1)], 'the normalised axis');
  const centred = c.b.node(`${c.name}/centre`, 'Sub', [x.name, c.b.weight(`${c.name}/mean`, [ch])], s);
  return [c.b.node(`${c.name}/scale`, 'Div', [centred.name, c.b.weight(`${c.name}/stddev`, [ch])], s)];
};

function zeroPadding(rank: 1 | 2): LayerFn {
  return (c, inputs) => {
    const x = one(inputs);
    const s = need(x, rank + 2, 'ZeroPadding');
    const p = c.cfg['padding'];
    let pairs: number[][];
    if (typeof p === 'number') pairs = new Array(rank).fill([p, p]);
    else if (Array.isArray(p) && p.length === rank) pairs = p.map((q) => (typeof q === 'number' ? [q, q] : Array.isArray(q) && q.length === 2 && q.every((v) => typeof v === 'number') ? (q as number[]) : [-1, -1]));
    else throw new Unsupported('padding is not a number or a list per axis');
    if (pairs.some((q) => q.some((v) => !Number.isSafeInteger(v) || v < 0))) throw new Unsupported('padding is not non-negative integers');
    const out = s.map((d, i) => (i >= 1 && i <= rank ? (typeof d === 'number' ? d + pairs[i - 1]![0]! + pairs[i - 1]![1]! : `${c.name}_out${i}`) : d));
    const begins = s.map((_, i) => (i >= 1 && i <= rank ? pairs[i - 1]![0]! : 0));
    const ends = s.map((_, i) => (i >= 1 && i <= rank ? pairs[i - 1]![1]! : 0));
    return [c.b.node(c.name, 'Pad', [x.name, c.b.ints(`${c.name}/pads`, [...begins, ...ends])], out)];
  };
}

const upSampling2d: LayerFn = (c, inputs) => {
  channelsLast(c.cfg);
  const x = one(inputs);
  const s = need(x, 4, 'UpSampling2D');
  const size = tuple(c.cfg, 'size', 2, 2);
  const hw = [known(s[1], 'height') * size[0]!, known(s[2], 'width') * size[1]!];
  const op = c.cfg['interpolation'] === 'bilinear' ? 'RESIZE_BILINEAR' : c.cfg['interpolation'] === undefined || c.cfg['interpolation'] === 'nearest' ? 'RESIZE_NEAREST_NEIGHBOR' : undefined;
  if (!op) throw new Unsupported(`interpolation ${JSON.stringify(c.cfg['interpolation'])} is not costed`);
  return [c.b.node(c.name, op, [x.name, c.b.ints(`${c.name}/size`, hw)], [s[0]!, hw[0]!, hw[1]!, s[3]!], {}, 'tflite')];
};

/** Recurrent layers as ONNX LSTM/GRU/RNN with layout=1 (batch first); Bidirectional as direction 'bidirectional'. */
function recurrent(opType: 'LSTM' | 'GRU' | 'RNN', gates: number): (c: LayerContext, x: KTensor, cfg: JsonObject, dirs: 1 | 2, merge: string) => KTensor {
  return (c, x, cfg, dirs, mergeMode) => {
    const s = need(x, 3, opType);
    const units = posInt(cfg, 'units');
    const input = known(s[2], 'input features');
    const act = activationName(cfg['activation'] ?? 'tanh');
    if (act !== 'tanh' && !(opType === 'RNN' && act !== null)) throw new Unsupported(`activation ${JSON.stringify(act)} is not costed for ${opType}`);
    const ins = [x.name, c.b.weight(`${c.name}/kernel`, [dirs, gates * units, input]), c.b.weight(`${c.name}/recurrent_kernel`, [dirs, gates * units, units])];
    if (useBias(cfg)) ins.push(c.b.weight(`${c.name}/bias`, [dirs, 2 * gates * units]));
    const seq = cfg['return_sequences'] === true;
    const attrs = { layout: 1, hidden_size: units, direction: dirs === 2 ? 'bidirectional' : cfg['go_backwards'] === true ? 'reverse' : 'forward', ...(opType === 'GRU' ? { linear_before_reset: cfg['reset_after'] === false ? 0 : 1 } : {}) };
    const y = c.b.node(c.name, opType, ins, [s[0]!, s[1]!, dirs, units], attrs);
    const width = mergeMode === 'concat' ? dirs * units : units;
    if (dirs === 2 && mergeMode !== 'concat') {
      if (mergeMode !== 'sum' && mergeMode !== 'ave' && mergeMode !== 'mul') throw new Unsupported(`merge_mode ${JSON.stringify(mergeMode)} is not costed`);
      const op = mergeMode === 'mul' ? 'ReduceProd' : mergeMode === 'ave' ? 'ReduceMean' : 'ReduceSum';
      // ReduceSum takes its axes as an input from opset 13 (the IR's opset is 17; an `axes`
      // attribute there is ignored and the whole tensor reduced to a scalar); the others still
      // take the attribute at 17.
      const merge = (x: KTensor, axes: number[], out: Dim[]): KTensor => (op === 'ReduceSum'
        ? c.b.node(`${c.name}/merge`, op, [x.name, c.b.ints(`${c.name}/merge_axes`, axes)], out, { keepdims: 0 })
        : c.b.node(`${c.name}/merge`, op, [x.name], out, { axes, keepdims: 0 }));
      if (seq) return merge(y, [2], [s[0]!, s[1]!, units]);
      // Keras merges the two directions' last outputs, not every step: take the last step first.
      const last = c.b.node(`${c.name}/last`, 'Gather', [y.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0]!, 1, dirs, units], { axis: 1 });
      return merge(last, [1, 2], [s[0]!, units]);
    }
    if (seq) return c.reshape(y, [s[0]!, s[1]!, width], 'sequence');
    // The last step's output; each direction's last step is Y_h, here taken from Y.
    const last = c.b.node(`${c.name}/last`, 'Gather', [y.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0]!, 1, dirs, units], { axis: 1 });
    return c.reshape(last, [s[0]!, width], 'state');
  };
}

const RNN_KINDS = nameTable<[ReturnType<typeof recurrent>, string]>({
  LSTM: [recurrent('LSTM', 4), 'LSTM'],
  GRU: [recurrent('GRU', 3), 'GRU'],
  SimpleRNN: [recurrent('RNN', 1), 'SimpleRNN'],
});

const rnnLayer = (kind: string): LayerFn => (c, inputs) => [RNN_KINDS[kind]![0](c, one(inputs), c.cfg, 1, 'concat')];

const bidirectional: LayerFn = (c, inputs) => {
  const inner = c.cfg['layer'];
  if (!isObject(inner) || typeof inner['class_name'] !== 'string' || !isObject(inner['config'])) throw new Unsupported('has no wrapped layer');
  const kind = RNN_KINDS[inner['class_name']];
  if (!kind) throw new Unsupported(`wraps a ${inner['class_name']}, not an LSTM, GRU or SimpleRNN`);
  // Absent is Keras's default, concat; a stored null is merge_mode=None, which returns the two
  // directions apart (a list of two tensors), not one concatenated tensor.
  const mode = c.cfg['merge_mode'] === undefined ? 'concat' : c.cfg['merge_mode'];
  if (mode === null) throw new Unsupported('merge_mode None returns the two directions apart: not costed');
  if (typeof mode !== 'string') throw new Unsupported('merge_mode is not a name');
  return [kind[0](c, one(inputs), inner['config'], 2, mode)];
};

/**
 * MultiHeadAttention: query/key/value projections (D -> heads * key_dim), scores Q K^T per head,
 * softmax, the weighted sum of values, and the output projection back to the query's width.
 */
const multiHeadAttention: LayerFn = (c, inputs) => {
  // By keyword where the call named them: a mask passed as `attention_mask` is no key.
  const named = (n: string): KTensor | undefined => inputs.find((t) => t.kwarg === n);
  const positional = inputs.filter((t) => t.kwarg === undefined);
  const q = named('query') ?? positional[0], v = named('value') ?? positional[1];
  const k = named('key') ?? positional[2] ?? v;
  if (!q || !v || positional.length > 3) throw new Unsupported(`needs query and value (and key), got ${inputs.length} inputs`);
  const qs = need(q, 3, 'MultiHeadAttention query'), vs = need(v, 3, 'MultiHeadAttention value'), ks = need(k, 3, 'MultiHeadAttention key');
  const heads = posInt(c.cfg, 'num_heads');
  const keyDim = posInt(c.cfg, 'key_dim');
  const valueDim = posInt(c.cfg, 'value_dim', keyDim);
  const bias = useBias(c.cfg);
  const [B, T, S] = [qs[0]!, qs[1]!, vs[1]!];
  const outDim = c.cfg['output_shape'] === undefined || c.cfg['output_shape'] === null ? known(qs[2], 'query width') : posInt({ o: Array.isArray(c.cfg['output_shape']) ? (c.cfg['output_shape'][0] ?? null) : c.cfg['output_shape'] }, 'o');
  const project = (x: KTensor, xs: readonly Dim[], what: string, width: number): KTensor => {
    const inW = known(xs[2], `${what} width`);
    let y = c.b.node(`${c.name}/${what}`, 'MatMul', [x.name, c.b.weight(`${c.name}/${what}/kernel`, [inW, heads * width])], [xs[0]!, xs[1]!, heads * width]);
    if (bias) y = c.b.node(`${c.name}/${what}_bias`, 'Add', [y.name, c.b.weight(`${c.name}/${what}/bias`, [heads * width])], y.shape);
    const split = c.reshape(y, [xs[0]!, xs[1]!, heads, width], `${what}_heads`);
    return c.b.node(`${c.name}/${what}_t`, 'Transpose', [split.name], [xs[0]!, heads, xs[1]!, width], { perm: [0, 2, 1, 3] });
  };
  const qh = project(q, qs, 'query', keyDim);
  const kh = project(k, ks, 'key', keyDim);
  const vh = project(v, vs, 'value', valueDim);
  // Keras multiplies the projected query by 1/sqrt(key_dim) (T * key_dim per head), not the
  // T x S scores: the same result, fewer multiplies when S > key_dim.
  const scaled = c.b.node(`${c.name}/scale`, 'Mul', [qh.name, c.b.weight(`${c.name}/scale`, [])], [B, heads, T, keyDim]);
  const kt = c.b.node(`${c.name}/key_tt`, 'Transpose', [kh.name], [B, heads, keyDim, S], { perm: [0, 1, 3, 2] });
  const scores = c.b.node(`${c.name}/scores`, 'MatMul', [scaled.name, kt.name], [B, heads, T, S]);
  const probs = c.b.node(`${c.name}/softmax`, 'Softmax', [scores.name], [B, heads, T, S], { axis: -1 });
  const ctxh = c.b.node(`${c.name}/context`, 'MatMul', [probs.name, vh.name], [B, heads, T, valueDim]);
  const merged = c.b.node(`${c.name}/context_t`, 'Transpose', [ctxh.name], [B, T, heads, valueDim], { perm: [0, 2, 1, 3] });
  const flat = c.reshape(merged, [B, T, heads * valueDim], 'context_merge');
  let y = c.b.node(`${c.name}/output`, 'MatMul', [flat.name, c.b.weight(`${c.name}/attention_output/kernel`, [heads * valueDim, outDim])], [B, T, outDim]);
  if (bias) y = c.b.node(`${c.name}/output_bias`, 'Add', [y.name, c.b.weight(`${c.name}/attention_output/bias`, [outDim])], y.shape);
  return [y];
};

/** Attention (dot-product, Luong): softmax(Q K^T [* scale]) V over [batch, T, dim] inputs. */
const attention: LayerFn = (c, inputs) => {
  if (inputs.length < 2 || inputs.length > 3) throw new Unsupported(`needs [query, value(, key)], got ${inputs.length} inputs`);
  if (c.cfg['score_mode'] !== undefined && c.cfg['score_mode'] !== 'dot') throw new Unsupported(`score_mode ${JSON.stringify(c.cfg['score_mode'])} is not costed`);
  const q = inputs[0]!, v = inputs[1]!, k = inputs[2] ?? v;
  const qs = need(q, 3, 'Attention query'), vs = need(v, 3, 'Attention value'), ks = need(k, 3, 'Attention key');
  const kt = c.b.node(`${c.name}/key_t`, 'Transpose', [k.name], [ks[0]!, ks[2]!, ks[1]!], { perm: [0, 2, 1] });
  const scores = c.b.node(`${c.name}/scores`, 'MatMul', [q.name, kt.name], [qs[0]!, qs[1]!, ks[1]!]);
  const probs = c.b.node(`${c.name}/softmax`, 'Softmax', [scores.name], scores.shape, { axis: -1 });
  return [c.b.node(`${c.name}/context`, 'MatMul', [probs.name, v.name], [qs[0]!, qs[1]!, vs[2]!])];
};

/** Cropping1D/2D: ONNX Slice of the spatial axes (data moved, no arithmetic). */
function cropping(rank: 1 | 2): LayerFn {
  return (c, inputs) => {
    channelsLast(c.cfg);
    const x = one(inputs);
    const s = need(x, rank + 2, 'Cropping');
    const v = c.cfg['cropping'];
    const pairs: Json[] = typeof v === 'number' ? new Array<Json>(rank).fill([v, v]) : Array.isArray(v) && rank === 1 && v.length === 2 && v.every((q) => typeof q === 'number') ? [v] : Array.isArray(v) && v.length === rank ? v.map((q) => (typeof q === 'number' ? [q, q] : q)) : [];
    if (pairs.length !== rank || !pairs.every((q) => Array.isArray(q) && q.length === 2 && q.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0))) {
      throw new Unsupported('cropping is not a number or a pair per axis');
    }
    const crops = pairs as number[][];
    const axes = crops.map((_, i) => i + 1);
    const dims = axes.map((a, i) => known(s[a], 'cropped dim') - crops[i]![0]! - crops[i]![1]!);
    if (dims.some((d) => d < 1)) throw new Unsupported('crops away the whole input');
    const out = s.map((d, i) => (i >= 1 && i <= rank ? dims[i - 1]! : d));
    const starts = c.b.ints(`${c.name}/starts`, crops.map((q) => q[0]!));
    const ends = c.b.ints(`${c.name}/ends`, axes.map((a, i) => known(s[a], 'cropped dim') - crops[i]![1]!));
    return [c.b.node(c.name, 'Slice', [x.name, starts, ends, c.b.ints(`${c.name}/axes`, axes)], out)];
  };
}

/** RepeatVector(n): [B, F] -> [B, n, F] as a reshape and an ONNX Tile. */
const repeatVector: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, 2, 'RepeatVector');
  const n = posInt(c.cfg, 'n');
  const lifted = c.reshape(x, [s[0]!, 1, s[1]!], 'lift');
  return [c.b.node(c.name, 'Tile', [lifted.name, c.b.ints(`${c.name}/repeats`, [1, n, 1])], [s[0]!, n, s[1]!])];
};

/** TimeDistributed(layer): the wrapped layer on [B * T, ...] (reshapes free), its output back to [B, T, ...]. */
const timeDistributed: LayerFn = (c, inputs) => {
  const x = one(inputs);
  const s = need(x, null, 'TimeDistributed');
  if (s.length < 3) throw new Unsupported(`needs [batch, time, ...], got rank ${s.length}`);
  const inner = c.cfg['layer'];
  if (!isObject(inner) || typeof inner['class_name'] !== 'string' || !isObject(inner['config'])) throw new Unsupported('has no wrapped layer');
  const fn = LAYERS[inner['class_name']];
  if (!fn || inner['class_name'] === 'TimeDistributed') throw new Unsupported(`wraps a ${inner['class_name']}, which is not costed`);
  const rows: Dim = typeof s[0] === 'number' && typeof s[1] === 'number' ? s[0] * s[1] : s[0] === 1 ? s[1]! : `${c.name}_rows`;
  const folded = c.reshape(x, [rows, ...s.slice(2)], 'fold');
  const y = fn(new LayerContext(c.b, `${c.name}/${typeof inner['config']['name'] === 'string' ? inner['config']['name'] : 'layer'}`, inner['config']), [folded]);
  if (y.length !== 1 || !y[0]!.shape) throw new Unsupported('the wrapped layer has no single output of known shape');
  return [c.reshape(y[0]!, [s[0]!, s[1]!, ...y[0]!.shape.slice(1)], 'unfold')];
};

const LAYERS = nameTable<LayerFn>({
  Dense: dense,
  Conv1D: conv(1), Conv2D: conv(2), Conv3D: conv(3), Convolution1D: conv(1), Convolution2D: conv(2), Convolution3D: conv(3),
  DepthwiseConv2D: depthwise, SeparableConv2D: separable, SeparableConvolution2D: separable,
  Conv1DTranspose: convTranspose(1), Conv2DTranspose: convTranspose(2), Conv3DTranspose: convTranspose(3),
  Convolution1DTranspose: convTranspose(1), Convolution2DTranspose: convTranspose(2), Convolution3DTranspose: convTranspose(3),
  MaxPooling1D: pool(1, 'MAX_POOL_2D'), MaxPooling2D: pool(2, 'MAX_POOL_2D'), MaxPool1D: pool(1, 'MAX_POOL_2D'), MaxPool2D: pool(2, 'MAX_POOL_2D'),
  AveragePooling1D: pool(1, 'AVERAGE_POOL_2D'), AveragePooling2D: pool(2, 'AVERAGE_POOL_2D'), AvgPool1D: pool(1, 'AVERAGE_POOL_2D'), AvgPool2D: pool(2, 'AVERAGE_POOL_2D'),
  GlobalAveragePooling1D: globalPool('ReduceMean'), GlobalAveragePooling2D: globalPool('ReduceMean'), GlobalAveragePooling3D: globalPool('ReduceMean'),
  GlobalAvgPool1D: globalPool('ReduceMean'), GlobalAvgPool2D: globalPool('ReduceMean'), GlobalAvgPool3D: globalPool('ReduceMean'),
  GlobalMaxPooling1D: globalPool('ReduceMax'), GlobalMaxPooling2D: globalPool('ReduceMax'), GlobalMaxPooling3D: globalPool('ReduceMax'),
  GlobalMaxPool1D: globalPool('ReduceMax'), GlobalMaxPool2D: globalPool('ReduceMax'), GlobalMaxPool3D: globalPool('ReduceMax'),
  BatchNormalization: batchNorm, LayerNormalization: layerNorm, Embedding: embedding,
  Add: merge('Add'), Subtract: merge('Sub'), Multiply: merge('Mul'), Maximum: merge('Max'), Minimum: merge('Min'), Average: merge('Mean'),
  Concatenate: concatenate,
  Activation: activationLayer((cfg) => activationName(cfg['activation'])),
  ReLU: reluLayer,
  LeakyReLU: activationLayer(() => 'leaky_relu'),
  ELU: activationLayer(() => 'elu'),
  Softmax: activationLayer(() => 'softmax'),
  Flatten: flatten, Reshape: reshapeLayer, Permute: permute,
  Dropout: identity, SpatialDropout1D: identity, SpatialDropout2D: identity, SpatialDropout3D: identity,
  GaussianNoise: identity, GaussianDropout: identity, AlphaDropout: identity, ActivityRegularization: identity,
  Rescaling: rescaling, Normalization: normalization,
  ZeroPadding1D: zeroPadding(1), ZeroPadding2D: zeroPadding(2), UpSampling2D: upSampling2d,
  LSTM: rnnLayer('LSTM'), GRU: rnnLayer('GRU'), SimpleRNN: rnnLayer('SimpleRNN'), Bidirectional: bidirectional,
  MultiHeadAttention: multiHeadAttention, Attention: attention,
  Cropping1D: cropping(1), Cropping2D: cropping(2), RepeatVector: repeatVector, TimeDistributed: timeDistributed,
});

/** Whether a layer class is costed (the rest become `keras` nodes, reported by name). */
export function isCostedLayer(className: string): boolean {
  return className in LAYERS || className === 'InputLayer';
}

// ---- models ----------------------------------------------------------------------------------

function inputTensor(b: Builder, layer: KerasLayer): KTensor {
  const cfg = layer.config;
  const shape = shapeFromConfig(cfg['batch_shape'] ?? cfg['batch_input_shape'], layer.name, true)
    ?? shapeFromConfig(cfg['shape'] ?? cfg['input_shape'], layer.name, false);
  const dtype: DType = cfg['dtype'] === 'int32' || cfg['dtype'] === 'int64' ? cfg['dtype'] : 'float32';
  const name = b.unique(layer.name);
  b.inputs.push({ name, dtype, shape, kind: 'tensor' });
  return { name, shape, dtype };
}

class ModelBuilder {
  readonly unknownLayers = new Map<string, number>();
  constructor(readonly b: Builder) {}

  private callLayer(layer: KerasLayer, inputs: KTensor[], prefix: string): KTensor[] {
    const name = `${prefix}${layer.name}`;
    // A layer after an unknown one: its build_config says what it was built for.
    const withShapes = inputs.map((t, i) => {
      if (t.shape !== undefined || i > 0) return t;
      const shape = firstBuildShape(layer.buildInputShape, layer.name);
      return shape ? this.b.hint(t, shape) : t;
    });
    if (layer.model) return this.model(layer.model, withShapes, `${name}/`);
    const fn = LAYERS[layer.className];
    const c = new LayerContext(this.b, name, layer.config);
    if (fn) {
      try {
        return fn(c, withShapes);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        this.b.warnings.push(`Keras layer ${JSON.stringify(name)} (${layer.className}) is not costed: ${e.message}`);
      }
    } else {
      this.unknownLayers.set(layer.className, (this.unknownLayers.get(layer.className) ?? 0) + 1);
    }
    return [this.b.node(name, layer.className, withShapes.map((t) => t.name), undefined, {}, KERAS_DOMAIN)];
  }

  /** Builds `m` on `given` inputs (null: its own input layers); returns its outputs. */
  model(m: KerasModel, given: KTensor[] | null, prefix: string): KTensor[] {
    if (m.kind === 'sequential') return this.sequential(m, given, prefix);
    return this.functional(m, given, prefix);
  }

  private sequential(m: KerasModel, given: KTensor[] | null, prefix: string): KTensor[] {
    let layers = m.layers;
    let x: KTensor;
    if (layers[0]?.className === 'InputLayer') {
      x = given?.[0] ?? inputTensor(this.b, layers[0]);
      layers = layers.slice(1);
    } else if (given) {
      x = given[0]!;
    } else {
      // tf.keras 2 Sequential without an InputLayer: the first layer states batch_input_shape.
      const first = layers[0];
      const cfg = first?.config ?? {};
      const stated = cfg['batch_input_shape'] ?? cfg['batch_shape'] ?? m.buildInputShape ?? first?.buildInputShape;
      x = inputTensor(this.b, { className: 'InputLayer', name: `${m.name}_input`, config: { batch_shape: stated ?? null, dtype: cfg['dtype'] ?? 'float32' }, calls: [], buildInputShape: undefined });
    }
    for (const layer of layers) {
      const out = this.callLayer(layer, [x], prefix);
      x = out[0]!;
    }
    return [x];
  }

  private functional(m: KerasModel, given: KTensor[] | null, prefix: string): KTensor[] {
    const produced = new Map<string, KTensor>();
    const key = (r: TensorRef): string => `${r.layer}\u0000${r.node}\u0000${r.tensor}`;
    const inputNames = new Set(m.inputs.map((r) => r.layer));
    let nextGiven = 0;
    const pending: Array<{ layer: KerasLayer; call: number }> = [];
    for (const layer of m.layers) {
      if (layer.className === 'InputLayer') {
        const t = given && inputNames.has(layer.name) ? given[m.inputs.findIndex((r) => r.layer === layer.name)] ?? given[nextGiven++] : undefined;
        produced.set(key({ layer: layer.name, node: 0, tensor: 0 }), t ?? inputTensor(this.b, layer));
        continue;
      }
      layer.calls.forEach((_, call) => pending.push({ layer, call }));
    }
    // Layers are listed in an order where inputs come first, but files do not promise it: each call
    // waits for the tensors it reads, and of the calls ready the first listed runs first (file
    // order when the file keeps it). Linear in the calls: retrying the whole list until no
    // progress was quadratic (a 50,000-layer chain took 7 s).
    const waiting = pending.map(({ layer, call }) => new Set(layer.calls[call]!.map(key).filter((k) => !produced.has(k))));
    const readers = new Map<string, number[]>();
    const ready = new IndexHeap();
    waiting.forEach((w, i) => {
      if (w.size === 0) ready.push(i);
      for (const k of w) {
        const list = readers.get(k);
        if (list) list.push(i);
        else readers.set(k, [i]);
      }
    });
    let done = 0;
    while (ready.size > 0) {
      const i = ready.pop();
      const { layer, call } = pending[i]!;
      const refs = layer.calls[call]!;
      const outs = this.callLayer(layer, refs.map((r) => {
        const t = produced.get(key(r))!;
        return r.kwarg === undefined ? t : { ...t, kwarg: r.kwarg };
      }), prefix);
      done++;
      outs.forEach((t, j) => {
        const k = key({ layer: layer.name, node: call, tensor: j });
        // A layer that passes its input through (Dropout) would hand on the keyword it was called with.
        produced.set(k, t.kwarg === undefined ? t : { name: t.name, shape: t.shape, dtype: t.dtype });
        for (const r of readers.get(k) ?? []) if (waiting[r]!.delete(k) && waiting[r]!.size === 0) ready.push(r);
      });
    }
    if (done < pending.length) {
      const { layer, call } = pending[waiting.findIndex((w) => w.size > 0)]!;
      const missing = layer.calls[call]!.find((r) => !produced.has(key(r)))!;
      throw new KerasGraphError(`layer ${JSON.stringify(layer.name)} reads ${JSON.stringify(missing.layer)}, which no layer of model ${JSON.stringify(m.name)} produces`);
    }
    return m.outputs.map((r) => {
      const t = produced.get(key(r));
      if (!t) throw new KerasGraphError(`model ${JSON.stringify(m.name)}: output ${JSON.stringify(r.layer)} is not produced by any layer`);
      return t;
    });
  }
}

/** A config that does not describe a graph (an output nobody produces): the file is bad input. */
export class KerasGraphError extends Error {
  override readonly name = 'KerasGraphError';
}

export interface KerasGraph {
  readonly model: Model;
  /** Layer classes this tool does not cost, with how many layers each. */
  readonly unknownLayers: ReadonlyMap<string, number>;
  readonly warnings: readonly string[];
}

export interface KerasIrInfo {
  readonly formatVersion: string;
  readonly producer: string;
  readonly fileBytes: number;
  readonly metadata: ReadonlyMap<string, string>;
  /** Dtype of each layer's stored weights by dotted layer path ('block.conv1'); float32 where absent. */
  readonly layerDtypes?: ReadonlyMap<string, DType>;
}

export function kerasToIr(m: KerasModel, info: KerasIrInfo): KerasGraph {
  const b = new Builder(info.layerDtypes ?? new Map());
  const mb = new ModelBuilder(b);
  const outputs = mb.model(m, null, '');
  return {
    model: b.model(m.name, outputs.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, kind: 'tensor' })), { ...info, format: 'keras', domain: KERAS_DOMAIN }),
    unknownLayers: mb.unknownLayers,
    warnings: b.warnings,
  };
}
