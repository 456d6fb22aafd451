/**
 * Shape-only ops (Reshape, Flatten, Squeeze, Unsqueeze, Shape, Size, Identity, Dropout, Constant)
 * and casts, with constant folding of the shape arithmetic PyTorch and TensorFlow export as ops.
 *
 * Also the small folding helpers the other tensor-manipulation families (tensor.ts, indexing.ts,
 * resize.ts, generators.ts) share: they live here because these ops are the base of the chain.
 */
import { dtypeBits, dtypeKind } from '../graph/dtype.js';
import { dtypeFromOnnx } from '../formats/onnx/dtype-codes.js';
import { isTrustedInt64Number } from '../graph/int64.js';
import type { DType } from '../graph/dtype.js';
import type { Attribute, Tensor } from '../graph/ir.js';
import { OpError } from '../shapes/types.js';
import type { Cost, InferContext, InferResult, KnownValue, OpDef, OpDoc, SymDim, TensorType } from '../shapes/types.js';
import { bytesOf, knownValue, normalizeAxis, numel, rankFromLength } from '../shapes/util.js';

// ---------------------------------------------------------------------------------------------
// Shared helpers for the tensor-manipulation families.

/** Cost of pure data movement: no arithmetic. Memory is the engine's default unless stated. */
export const NO_ARITHMETIC: Cost = { macs: 0, flops: 0 };

/** The cost of an op that only moves data: a literal, not a spread of NO_ARITHMETIC (Node 20 copies a spread slowly, per node). */
export function movesOnly(bytes: number): Cost {
  return { macs: 0, flops: 0, bytes };
}

/** Doc line for ops whose only work is moving data. */
export const DATA_MOVEMENT_FLOPS = '0: data movement only (copies or rearranges elements, no arithmetic)';

/** Doc line for ops that move no data at run time (metadata/view changes). */
export const NO_DATA_MEMORY = '0 bytes: a metadata (view) change, no element is read or written';

/** The folded value of input i, if known. */
export function valueOf(ctx: InferContext, i: number): KnownValue | undefined {
  return ctx.inputs[i]?.value;
}

/** Known integer contents of input i (shape vectors, axes, indices). */
export function intsOf(ctx: InferContext, i: number): number[] | undefined {
  const v = valueOf(ctx, i);
  return v ? v.data.map((x) => Math.trunc(x)) : undefined;
}

/** True when every dim is a number. */
export function isConcrete(shape: readonly SymDim[]): shape is readonly number[] {
  return shape.every((d) => typeof d === 'number');
}

/**
 * Product of dims, keeping it symbolic only when it is exactly one symbol (times 1s); any other
 * product of symbols becomes a fresh dim rather than a made-up name or a guessed number.
 */
export function dimProduct(dims: readonly SymDim[], ctx: InferContext, hint: string): SymDim {
  let c = 1;
  const syms: string[] = [];
  for (const d of dims) {
    if (typeof d === 'number') c *= d;
    else syms.push(d);
  }
  if (syms.length === 0) return c;
  if (c === 0) return 0;
  if (syms.length === 1 && c === 1) return syms[0]!;
  return ctx.freshDim(hint);
}

/** Sum of dims (Concat along an axis); symbolic sums become a fresh dim. */
export function dimSum(dims: readonly SymDim[], ctx: InferContext, hint: string): SymDim {
  let c = 0;
  const syms: string[] = [];
  for (const d of dims) {
    if (typeof d === 'number') c += d;
    else syms.push(d);
  }
  if (syms.length === 0) return c;
  if (syms.length === 1 && c === 0) return syms[0]!;
  return ctx.freshDim(hint);
}

/** Row-major strides of a concrete shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1]! * shape[i + 1]!;
  return s;
}

/** Data of a row-major tensor transposed by `perm` (output dim i = input dim perm[i]). */
export function transposeData(data: readonly number[], shape: readonly number[], perm: readonly number[]): number[] {
  const inStrides = stridesOf(shape);
  const outShape = perm.map((p) => shape[p]!);
  const n = data.length;
  const out = new Array<number>(n);
  const idx = new Array<number>(outShape.length).fill(0);
  for (let o = 0; o < n; o++) {
    let src = 0;
    for (let k = 0; k < idx.length; k++) src += idx[k]! * inStrides[perm[k]!]!;
    out[o] = data[src]!;
    for (let k = idx.length - 1; k >= 0; k--) {
      if (++idx[k]! < outShape[k]!) break;
      idx[k] = 0;
    }
  }
  return out;
}

/** Bytes of the inputs at the given positions that are present (index vectors, shapes). */
export function inputBytes(ctx: InferContext, positions: readonly number[]): number {
  let b = 0;
  for (const i of positions) {
    const x = ctx.inputs[i];
    if (x) b += bytesOf(x.type);
  }
  return b;
}

/** The folded KnownValue of an IR tensor (Constant attributes), when its values were decoded. */
export function tensorValue(t: Tensor): KnownValue | undefined {
  return t.values ? knownValue(t.dtype, t.dims, t.values) : undefined;
}

/** One output with the given type, plus its value when known. */
export function single(type: TensorType, value?: KnownValue): InferResult {
  return value ? { outputs: [type], values: [value] } : { outputs: [type] };
}

/** Numeric conversion for folding Cast: undefined when the conversion is not exact-defined. */
export function castNumber(x: number, to: DType): number | undefined {
  const kind = dtypeKind(to);
  if (kind === 'bool') return x !== 0 ? 1 : 0;
  // Narrower floats (float16, bfloat16, float8) would need their own rounding: not folded.
  if (kind === 'float') return to === 'float32' ? Math.fround(x) : to === 'float64' ? x : undefined;
  if (kind === 'int' || kind === 'uint') {
    if (!Number.isFinite(x)) return undefined;
    const t = Math.trunc(x);
    // Wrap like a C cast for the narrow types (out-of-range is implementation-defined in ONNX;
    // this is what numpy and onnxruntime do on x86 for in-int64-range values).
    switch (to) {
      case 'int8': return (t << 24) >> 24;
      case 'uint8': return t & 0xff;
      case 'int16': return (t << 16) >> 16;
      case 'uint16': return t & 0xffff;
      case 'int32': return t | 0;
      case 'uint32': return t >>> 0;
      default: return t;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reshape

const RESHAPE_DOC: OpDoc = {
  flops: '0: a view change',
  memory: NO_DATA_MEMORY,
  peers: 'thop/fvcore never see it (a PyTorch view).',
};

/** Output dims of Reshape: 0 copies the input dim (unless allowzero), -1 is inferred. */
export function reshapeDims(input: readonly SymDim[] | undefined, target: readonly number[], allowzero: boolean, ctx: InferContext): SymDim[] {
  const out: SymDim[] = [];
  let inferAt = -1;
  target.forEach((t, i) => {
    if (t === 0 && !allowzero) {
      if (!input) {
        out.push(ctx.freshDim('reshape'));
        return;
      }
      if (i >= input.length) throw new OpError(`shape entry ${i} is 0 (copy) but the input has rank ${input.length}`);
      out.push(input[i]!);
    } else if (t === -1) {
      if (inferAt >= 0) throw new OpError(`shape [${target.join(',')}] has more than one -1`);
      inferAt = i;
      out.push(0); // placeholder
    } else if (t < -1) {
      throw new OpError(`shape [${target.join(',')}] has an invalid entry ${t}`);
    } else {
      out.push(t);
    }
  });
  if (!input) {
    if (inferAt >= 0) out[inferAt] = ctx.freshDim('reshape');
    return out;
  }
  // Ratio input/output with symbols cancelled pairwise (a copied B cancels the input's B).
  let num = 1;
  let den = 1;
  const numSyms: string[] = [];
  const denSyms: string[] = [];
  for (const d of input) {
    if (typeof d === 'number') num *= d;
    else numSyms.push(d);
  }
  out.forEach((d, i) => {
    if (i === inferAt) return;
    if (typeof d === 'number') den *= d;
    else {
      const k = numSyms.indexOf(d);
      if (k >= 0) numSyms.splice(k, 1);
      else denSyms.push(d);
    }
  });
  if (inferAt >= 0) {
    if (numSyms.length === 0 && denSyms.length === 0) {
      if (den === 0) {
        if (num !== 0) throw new OpError(`cannot infer -1 in shape [${target.join(',')}]: the other dims multiply to 0`);
        throw new OpError(`cannot infer -1 in shape [${target.join(',')}] for an empty tensor`);
      }
      if (num % den !== 0) {
        throw new OpError(`cannot reshape [${input.join(',')}] to [${target.join(',')}]: ${num} elements do not divide by ${den}`);
      }
      out[inferAt] = num / den;
    } else if (denSyms.length === 0 && numSyms.length === 1 && num === den) {
      out[inferAt] = numSyms[0]!;
    } else {
      out[inferAt] = ctx.freshDim('reshape');
    }
  } else if (numSyms.length === 0 && denSyms.length === 0 && num !== den) {
    throw new OpError(`cannot reshape [${input.join(',')}] (${num} elements) to [${target.join(',')}] (${den} elements)`);
  }
  return out;
}

function inferReshape(ctx: InferContext, target: readonly number[] | undefined, targetLength: SymDim | undefined, allowzero: boolean): InferResult {
  const x = ctx.input(0);
  const inShape = x.type.shape;
  let shape: SymDim[] | undefined;
  if (target) {
    shape = reshapeDims(inShape, target, allowzero, ctx);
  } else if (typeof targetLength === 'number') {
    // The shape's values are unknown but its length is: the rank is known, the dims are not.
    shape = Array.from({ length: rankFromLength(targetLength, 'the shape input') }, () => ctx.freshDim('reshape'));
  } else {
    throw new OpError('the shape input is not a known constant and its length is unknown: the output rank cannot be inferred');
  }
  const type: TensorType = { dtype: x.type.dtype, shape };
  const value = x.value && shape && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : undefined;
  return single(type, value);
}

const reshapeV1: OpDef = {
  domain: '', opType: 'Reshape', since: 1, movesData: false, doc: RESHAPE_DOC,
  infer: (ctx) => inferReshape(ctx, ctx.attrs.ints('shape'), undefined, false),
  cost: () => NO_ARITHMETIC,
};

const reshapeV5: OpDef = {
  domain: '', opType: 'Reshape', since: 5, movesData: false, doc: RESHAPE_DOC,
  infer: (ctx) => {
    const allowzero = ctx.opset >= 14 && ctx.attrs.int('allowzero', 0) === 1;
    const s = ctx.input(1).type.shape;
    if (s && s.length !== 1) throw new OpError(`the shape input must be 1-D, got rank ${s.length}`);
    return inferReshape(ctx, intsOf(ctx, 1), s?.[0], allowzero);
  },
  cost: () => NO_ARITHMETIC,
};

// Reshape-14 adds allowzero; same function, separate entry so docs list the change.
const reshapeV14: OpDef = { ...reshapeV5, since: 14 };

// ---------------------------------------------------------------------------------------------
// Flatten

const flattenDoc: OpDoc = { flops: '0: a view change', memory: NO_DATA_MEMORY };

function makeFlatten(since: number): OpDef {
  return {
    domain: '', opType: 'Flatten', since, movesData: false, doc: flattenDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const r = s.length;
      let axis = ctx.attrs.int('axis', 1);
      if (axis < 0) {
        if (since < 11) throw new OpError(`axis ${axis} is negative (allowed from opset 11)`);
        axis += r;
      }
      if (axis < 0 || axis > r) throw new OpError(`axis ${ctx.attrs.int('axis', 1)} is out of range for rank ${r}`);
      const shape = [dimProduct(s.slice(0, axis), ctx, 'flatten'), dimProduct(s.slice(axis), ctx, 'flatten')];
      const value = x.value && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : undefined;
      return single({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => NO_ARITHMETIC,
  };
}

// ---------------------------------------------------------------------------------------------
// Squeeze / Unsqueeze

const squeezeDoc: OpDoc = { flops: '0: a view change', memory: NO_DATA_MEMORY };

function squeeze(ctx: InferContext, axes: readonly number[] | undefined, allowNegative: boolean): InferResult {
  const x = ctx.input(0);
  const s = x.type.shape;
  if (!s) return single({ dtype: x.type.dtype, shape: undefined });
  let shape: SymDim[] | undefined;
  if (axes) {
    const norm = new Set<number>();
    for (const a of axes) {
      if (a < 0 && !allowNegative) throw new OpError(`axis ${a} is negative (allowed from opset 11)`);
      const n = normalizeAxis(a, s.length);
      const d = s[n]!;
      if (typeof d === 'number' && d !== 1) throw new OpError(`cannot squeeze axis ${a}: its size is ${d}, not 1`);
      norm.add(n);
    }
    shape = s.filter((_, i) => !norm.has(i));
  } else if (isConcrete(s)) {
    shape = s.filter((d) => d !== 1);
  } else {
    // Without axes every size-1 dim goes; a symbolic dim may or may not be 1.
    throw new OpError(`Squeeze without axes on [${s.join(',')}]: the symbolic dims may or may not be 1, so the output rank is unknown`);
  }
  const value = x.value && shape && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : undefined;
  return single({ dtype: x.type.dtype, shape }, value);
}

function unsqueeze(ctx: InferContext, axes: readonly number[] | undefined, allowNegative: boolean): InferResult {
  const x = ctx.input(0);
  const s = x.type.shape;
  if (!s) return single({ dtype: x.type.dtype, shape: undefined });
  if (!axes) throw new OpError('the axes input is not a known constant: where the new dims go cannot be inferred');
  const outRank = s.length + axes.length;
  const norm = new Set<number>();
  for (const a of axes) {
    if (a < 0 && !allowNegative) throw new OpError(`axis ${a} is negative (allowed from opset 11)`);
    const n = normalizeAxis(a, outRank);
    if (norm.has(n)) throw new OpError(`axes [${axes.join(',')}] repeat axis ${n}`);
    norm.add(n);
  }
  const shape: SymDim[] = [];
  let k = 0;
  for (let i = 0; i < outRank; i++) shape.push(norm.has(i) ? 1 : s[k++]!);
  const value = x.value && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : undefined;
  return single({ dtype: x.type.dtype, shape }, value);
}

const squeezeOps: OpDef[] = [
  {
    domain: '', opType: 'Squeeze', since: 1, movesData: false, doc: squeezeDoc,
    infer: (ctx) => squeeze(ctx, ctx.attrs.has('axes') ? ctx.attrs.ints('axes') : undefined, false),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'Squeeze', since: 11, movesData: false, doc: squeezeDoc,
    infer: (ctx) => squeeze(ctx, ctx.attrs.has('axes') ? ctx.attrs.ints('axes') : undefined, true),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'Squeeze', since: 13, movesData: false, doc: squeezeDoc,
    infer: (ctx) => {
      if (ctx.inputs[1] && !valueOf(ctx, 1)) {
        throw new OpError('the axes input is not a known constant: which dims are removed cannot be inferred');
      }
      return squeeze(ctx, intsOf(ctx, 1), true);
    },
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'Unsqueeze', since: 1, movesData: false, doc: squeezeDoc,
    infer: (ctx) => unsqueeze(ctx, ctx.attrs.ints('axes'), false),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'Unsqueeze', since: 11, movesData: false, doc: squeezeDoc,
    infer: (ctx) => unsqueeze(ctx, ctx.attrs.ints('axes'), true),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'Unsqueeze', since: 13, movesData: false, doc: squeezeDoc,
    infer: (ctx) => {
      ctx.input(1);
      return unsqueeze(ctx, intsOf(ctx, 1), true);
    },
    cost: () => NO_ARITHMETIC,
  },
];

// ---------------------------------------------------------------------------------------------
// Shape / Size

const shapeDoc: OpDoc = {
  flops: '0: reads tensor metadata only',
  memory: '0 bytes: the result comes from metadata; the input elements are never read',
};

function makeShape(since: number): OpDef {
  return {
    domain: '', opType: 'Shape', since, movesData: false, doc: shapeDoc,
    infer: (ctx) => {
      const s = ctx.input(0).type.shape;
      if (!s) {
        // Rank unknown: a 1-D int64 of unknown length.
        return single({ dtype: 'int64', shape: [ctx.freshDim('rank')] });
      }
      const r = s.length;
      let start = 0;
      let end = r;
      if (since >= 15) {
        start = ctx.attrs.int('start', 0);
        end = ctx.attrs.has('end') ? ctx.attrs.int('end') : r;
        // Negative values count from the back; then both clamp to [0, rank] (Shape-15).
        if (start < 0) start += r;
        if (end < 0) end += r;
        start = Math.min(Math.max(start, 0), r);
        end = Math.min(Math.max(end, 0), r);
      }
      const dims = s.slice(start, Math.max(start, end));
      const type: TensorType = { dtype: 'int64', shape: [dims.length] };
      return single(type, isConcrete(dims) ? knownValue('int64', [dims.length], dims) : undefined);
    },
    cost: () => NO_ARITHMETIC,
  };
}

const sizeOp: OpDef = {
  domain: '', opType: 'Size', since: 1, movesData: false, doc: shapeDoc,
  infer: (ctx) => {
    const s = ctx.input(0).type.shape;
    const type: TensorType = { dtype: 'int64', shape: [] };
    return single(type, s && isConcrete(s) ? knownValue('int64', [], [numel(s)]) : undefined);
  },
  cost: () => NO_ARITHMETIC,
};

// ---------------------------------------------------------------------------------------------
// Identity / Dropout

const identityOp: OpDef = {
  domain: '', opType: 'Identity', since: 1, movesData: false,
  doc: { flops: '0', memory: '0 bytes: runtimes alias the output to the input' },
  infer: (ctx) => {
    const x = ctx.input(0);
    return single(x.type, x.value);
  },
  cost: () => NO_ARITHMETIC,
};

const dropoutDoc: OpDoc = {
  flops: '0: inference mode is the identity (training_mode=1 would add 1 compare + 1 multiply per element; not modelled)',
  memory: '0 bytes in inference: the output aliases the input; a requested mask is written (all true)',
  peers: 'thop/fvcore count 0 for nn.Dropout in eval mode as well.',
};

function makeDropout(since: number): OpDef {
  return {
    domain: '', opType: 'Dropout', since, movesData: false, doc: dropoutDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      if (since >= 12) {
        const training = valueOf(ctx, 2);
        // At ratio 0 training mode keeps every element and scales by 1 / (1 - 0): the identity, so
        // inference is exact (torchvision's swin_t exports F.dropout(p=0.0) with training=True).
        // No ratio input means the spec's default, 0.5.
        const ratio = ctx.inputs[1] ? valueOf(ctx, 1) : undefined;
        const keepsAll = ratio !== undefined && ratio.data.length === 1 && ratio.data[0] === 0;
        if (training && training.data[0] && !keepsAll) ctx.warn('Dropout with training_mode=1: profiled as inference (identity)');
      }
      const outputs: TensorType[] = [x.type];
      const values: (KnownValue | undefined)[] = [x.value];
      if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== '') {
        // The mask is bool from opset 10, the input type before.
        outputs.push({ dtype: ctx.opset >= 10 ? 'bool' : x.type.dtype, shape: x.type.shape });
        values.push(undefined);
      }
      return { outputs, values };
    },
    // The mask is no view of the input: a buffer of its own that the runtime fills.
    cost: (ctx, outputs) => (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== ''
      ? movesOnly(bytesOf(outputs[1]!))
      : NO_ARITHMETIC),
  };
}

// ---------------------------------------------------------------------------------------------
// Constant

const constantDoc: OpDoc = {
  flops: '0',
  memory: '0 bytes: the tensor is part of the model file; its readers count it when they read it',
};

function inferConstant(ctx: InferContext): InferResult {
  const attrs = ctx.node.attributes;
  // Nearly every Constant holds its tensor alone in 'value': no walk over the attributes.
  if (attrs.size === 1) {
    const value = attrs.get('value');
    if (value) return constantOf(ctx, 'value', value)!;
  }
  for (const [name, attr] of attrs) {
    const out = constantOf(ctx, name, attr);
    if (out) return out;
  }
  throw new OpError('Constant has none of the attributes value, sparse_value, value_float(s), value_int(s), value_string(s)');
}

/** The output of a Constant from its attribute `name`, or undefined when that is not a value attribute. */
function constantOf(ctx: InferContext, name: string, attr: Attribute): InferResult | undefined {
  switch (name) {
    case 'value':
    case 'sparse_value': {
      if (attr.type !== 'tensor' && attr.type !== 'sparse_tensor') {
        throw new OpError(`attribute '${name}' should be a tensor but is ${attr.type}`);
      }
      const t = attr.value;
      return single({ dtype: t.dtype, shape: t.dims }, tensorValue(t));
    }
    case 'value_float':
      return single({ dtype: 'float32', shape: [] }, knownValue('float32', [], [Math.fround(ctx.attrs.float(name))]));
    case 'value_floats': {
      const v = ctx.attrs.floats(name).map(Math.fround);
      return single({ dtype: 'float32', shape: [v.length] }, knownValue('float32', [v.length], v));
    }
    // Unknown when a value past 2^53 may have rounded on the way in (isTrustedInt64Number).
    case 'value_int': {
      const v = ctx.attrs.int(name);
      return single({ dtype: 'int64', shape: [] }, isTrustedInt64Number(v) ? knownValue('int64', [], [v]) : undefined);
    }
    case 'value_ints': {
      const v = ctx.attrs.ints(name);
      return single({ dtype: 'int64', shape: [v.length] }, v.every(isTrustedInt64Number) ? knownValue('int64', [v.length], v) : undefined);
    }
    case 'value_string':
      return single({ dtype: 'string', shape: [] });
    case 'value_strings':
      return single({ dtype: 'string', shape: [ctx.attrs.strings(name).length] });
    default:
      return undefined;
  }
}

const constantOps: OpDef[] = [1, 11, 12].map((since): OpDef => ({
  domain: '', opType: 'Constant', since, movesData: false, doc: constantDoc,
  infer: inferConstant,
  cost: () => NO_ARITHMETIC,
}));

// ---------------------------------------------------------------------------------------------
// Cast / CastLike

const castDoc: OpDoc = {
  flops: '0: a type conversion is not counted as arithmetic',
  memory: 'input bytes at the source dtype + output bytes at the target dtype',
};

/** ONNX TensorProto.DataType names, for Cast-1's string 'to' attribute. */
const ONNX_TYPE_NAMES: Readonly<Record<string, number>> = {
  FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT32: 6, INT64: 7, STRING: 8, BOOL: 9,
  FLOAT16: 10, DOUBLE: 11, UINT32: 12, UINT64: 13, COMPLEX64: 14, COMPLEX128: 15, BFLOAT16: 16,
};

function castTarget(ctx: InferContext): DType {
  const attr = ctx.node.attributes.get('to');
  if (!attr) throw new OpError(`required attribute 'to' is missing`);
  let code: number | undefined;
  if (attr.type === 'string') code = ONNX_TYPE_NAMES[attr.value.toUpperCase()];
  else code = ctx.attrs.int('to');
  const dtype = code === undefined ? undefined : dtypeFromOnnx(code);
  if (!dtype) throw new OpError(`attribute 'to' names an unknown data type (${attr.type === 'string' ? attr.value : code})`);
  return dtype;
}

function castTo(ctx: InferContext, to: DType): InferResult {
  const x = ctx.input(0);
  let value: KnownValue | undefined;
  if (x.value && to !== 'string' && x.value.dtype !== 'string') {
    const data: number[] = [];
    for (const v of x.value.data) {
      const c = castNumber(v, to);
      if (c === undefined) {
        data.length = 0;
        break;
      }
      data.push(c);
    }
    if (data.length === x.value.data.length) value = knownValue(to, x.value.shape, data);
  }
  return single({ dtype: to, shape: x.type.shape }, value);
}

const castOps: OpDef[] = [
  ...[1, 6, 19].map((since): OpDef => ({
    domain: '', opType: 'Cast', since, doc: castDoc,
    infer: (ctx) => castTo(ctx, castTarget(ctx)),
    cost: () => NO_ARITHMETIC,
  })),
  ...[15, 19].map((since): OpDef => ({
    domain: '', opType: 'CastLike', since, doc: castDoc,
    infer: (ctx) => {
      const to = ctx.input(1).type.dtype;
      if (!to) throw new OpError('the target_type input has no known element type');
      return castTo(ctx, to);
    },
    cost: () => NO_ARITHMETIC,
  })),
];

// BitCast (opset 26): the same bits read as another type of the same width, shape unchanged. Like
// Reshape it is a view: no element is converted, read or written.
const bitCastOp: OpDef = {
  domain: '', opType: 'BitCast', since: 26, movesData: false,
  doc: { flops: '0: reinterprets bits, no conversion', memory: NO_DATA_MEMORY },
  infer: (ctx) => {
    const x = ctx.input(0);
    const to = castTarget(ctx);
    const from = x.type.dtype;
    if (to === 'string' || from === 'string') throw new OpError('BitCast does not take string tensors');
    if (from && dtypeBits(from) !== dtypeBits(to)) {
      throw new OpError(`cannot bit-cast ${from} (${dtypeBits(from)} bits) to ${to} (${dtypeBits(to)} bits): widths differ`);
    }
    return single({ dtype: to, shape: x.type.shape });
  },
  cost: () => NO_ARITHMETIC,
};

// ---------------------------------------------------------------------------------------------
// Optional (opset 15+): types pass through; an optional is reported with its element's type.

const optionalDoc: OpDoc = { flops: '0', memory: '0 bytes: wraps or unwraps a reference' };

const optionalOps: OpDef[] = [
  {
    domain: '', opType: 'Optional', since: 15, movesData: false, doc: optionalDoc,
    infer: (ctx) => {
      const x = ctx.inputs[0];
      if (x) return single(x.type, x.value);
      const tp = ctx.node.attributes.get('type');
      if (tp?.type === 'type_proto') return single({ dtype: tp.value.dtype, shape: tp.value.shape?.map((d) => d ?? ctx.freshDim('optional')) });
      return single({ dtype: undefined, shape: undefined });
    },
    cost: () => NO_ARITHMETIC,
  },
  ...[15, 18].map((since): OpDef => ({
    domain: '', opType: 'OptionalHasElement', since, movesData: false, doc: optionalDoc,
    infer: () => single({ dtype: 'bool', shape: [] }),
    cost: () => NO_ARITHMETIC,
  })),
  ...[15, 18].map((since): OpDef => ({
    domain: '', opType: 'OptionalGetElement', since, movesData: false, doc: optionalDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      return single(x.type, x.value);
    },
    cost: () => NO_ARITHMETIC,
  })),
];

export const ops: OpDef[] = [
  reshapeV1, reshapeV5, reshapeV14,
  makeFlatten(1), makeFlatten(9), makeFlatten(11),
  ...squeezeOps,
  makeShape(1), makeShape(15),
  sizeOp,
  identityOp,
  makeDropout(1), makeDropout(7), makeDropout(12),
  ...constantOps,
  ...castOps,
  bitCastOp,
  ...optionalOps,
];
