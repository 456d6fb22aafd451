/**
 * Elementwise arithmetic, comparison, logic and math ops, plus the folding helpers the other
 * arithmetic families (activation, normalization, reduce, quantize) share.
 *
 * FLOPs convention (docs/metrics.md): one op per output element for arithmetic, comparisons,
 * logic and selection; transcendental functions (exp, log, sqrt, erf, pow, trig) also count 1 per
 * element. Variadic Sum/Max/Min cost n-1 per output element, Mean n (n-1 adds and one divide).
 *
 * Constant folding: when every input's contents are known (small tensors, typically int64 shape
 * arithmetic that PyTorch exports), the result is computed here so that downstream Reshape/Expand
 * see concrete shapes.
 */
import { dtypeBits, dtypeKind } from '../graph/dtype.js';
import { dtypeFromOnnx } from '../formats/onnx/dtype-codes.js';
import type { DType } from '../graph/dtype.js';
import { MAX_FOLD_ELEMENTS, OpError } from '../shapes/types.js';
import type { Cost, InferContext, InferResult, KnownValue, OpDef, OpDoc, OpInput, SymDim, TensorType } from '../shapes/types.js';
import { broadcastShapes, elementsOf } from '../shapes/util.js';

// ---------------------------------------------------------------------------------------------
// Shared helpers (exported for the sibling arithmetic families)
// ---------------------------------------------------------------------------------------------

export function isIntegral(dtype: DType | undefined): boolean {
  if (!dtype) return false;
  const kind = dtypeKind(dtype);
  return kind === 'int' || kind === 'uint';
}

/**
 * Converts a computed number to what a tensor of `dtype` would hold: integers truncate and wrap
 * (two's complement, like the runtimes), bool becomes 0/1, float32 rounds to single precision.
 * 64-bit integers are kept as doubles (exact below 2^53, where shape arithmetic lives).
 */
export function toDType(dtype: DType, v: number): number {
  const kind = dtypeKind(dtype);
  if (kind === 'bool') return v !== 0 && !Number.isNaN(v) ? 1 : 0;
  if (kind === 'int' || kind === 'uint') {
    if (!Number.isFinite(v)) return v;
    const t = Math.trunc(v);
    const bits = dtypeBits(dtype);
    if (bits >= 64) return t;
    const big = kind === 'int' ? BigInt.asIntN(bits, BigInt(t)) : BigInt.asUintN(bits, BigInt(t));
    return Number(big);
  }
  if (dtype === 'float32') return Math.fround(v);
  return v;
}

/** The contents of inputs `indices` (default: every present input) when all are known. */
export function knownInputs(ctx: InferContext, indices?: readonly number[]): KnownValue[] | undefined {
  const idx = indices ?? ctx.inputs.map((_, i) => i).filter((i) => ctx.inputs[i] !== undefined);
  const out: KnownValue[] = [];
  for (const i of idx) {
    const v = ctx.inputs[i]?.value;
    if (!v) return undefined;
    out.push(v);
  }
  return out;
}

/** Inputs that are present (non-omitted), in order. */
export function presentInputs(ctx: InferContext): OpInput[] {
  return ctx.inputs.filter((x): x is OpInput => x !== undefined);
}

/** Row-major strides of `shape` as seen from an output of rank `rank` (0 where broadcast). */
function broadcastStrides(shape: readonly number[], outShape: readonly number[]): number[] {
  const rank = outShape.length;
  const strides = new Array<number>(rank).fill(0);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const o = rank - shape.length + i;
    if (shape[i] !== 1) strides[o] = stride;
    stride *= shape[i]!;
  }
  return strides;
}

/**
 * Whether an integer fold's result `r` from inputs `xs` is the value the runtime computes. Doubles
 * hold integers exactly only up to 2^53: past that, a sum or product rounds, and a result that
 * came back below 2^53 from an input that had rounded (2^53 + 1 read as 2^53, minus 2^53 - 2)
 * is wrong while looking exact, so a Loop would run 2 trips instead of 3. A result is kept when it
 * and every input are safe integers, or when it is one of the inputs passed through unchanged
 * (Max or Where of an INT64_MAX sentinel), which is as exact as that input.
 */
function isExactIntegerFold(r: number, xs: readonly number[]): boolean {
  // A loop, not xs.every(closure): this runs per folded element.
  let safe = Number.isSafeInteger(r);
  for (let k = 0; safe && k < xs.length; k++) safe = Number.isSafeInteger(xs[k]);
  return safe || (Number.isFinite(r) && xs.includes(r));
}

/**
 * A folded integer tensor, or undefined when one of its elements may not be exact (see
 * isExactIntegerFold): the value is then unknown downstream, never a wrong constant.
 */
export function exactIntegerValue(result: KnownValue, inputs: readonly KnownValue[]): KnownValue | undefined {
  if (!isIntegral(result.dtype)) return result;
  const safe = (v: KnownValue): boolean => v.data.every((x) => Number.isSafeInteger(x));
  const inputsSafe = inputs.every(safe);
  if (inputsSafe && safe(result)) return result;
  // A set, not a scan of the inputs per result: 4,096 results of 4,096 inputs took 8 ms a node.
  const passed = new Set<number>();
  for (const v of inputs) for (const x of v.data) passed.add(x);
  return result.data.every((r) => (inputsSafe && Number.isSafeInteger(r)) || (Number.isFinite(r) && passed.has(r))) ? result : undefined;
}

/**
 * Evaluates `f` over the numpy broadcast of `values` and returns the result as `dtype`.
 * `shapes` overrides the shapes used for alignment (legacy opset<7 broadcasting).
 * Returns undefined when the result is too big to fold, or when an integer result is not finite
 * (integer division by zero: the runtime's behaviour is undefined, so we do not guess) or may not
 * be exact (isExactIntegerFold).
 */
export function foldBroadcast(
  values: readonly KnownValue[],
  dtype: DType,
  f: (xs: number[]) => number,
  shapes?: readonly (readonly number[])[],
): KnownValue | undefined {
  const inShapes = shapes ?? values.map((v) => v.shape);
  let outShape: number[];
  try {
    outShape = broadcastShapes(inShapes) as number[];
  } catch {
    return undefined;
  }
  const total = outShape.reduce((a, b) => a * b, 1);
  if (total > MAX_FOLD_ELEMENTS) return undefined;
  const data: number[] = new Array<number>(total);
  const xs = new Array<number>(values.length);
  const integral = isIntegral(dtype);
  // Shape arithmetic mostly combines a tensor with scalars or with its own shape: an input of one
  // element is read at 0, one of the output's element count at the output's offset (it
  // broadcasts, so its dims are the output's), and only other inputs need strides.
  const single = new Array<boolean>(inShapes.length);
  let simple = true;
  for (let k = 0; k < inShapes.length; k++) {
    const elements = inShapes[k]!.reduce((a, b) => a * b, 1);
    single[k] = elements === 1;
    if (elements !== 1 && elements !== total) simple = false;
  }
  if (simple) {
    for (let n = 0; n < total; n++) {
      for (let k = 0; k < values.length; k++) xs[k] = values[k]!.data[single[k] ? 0 : n]!;
      const r = toDType(dtype, f(xs));
      if (integral && !isExactIntegerFold(r, xs)) return undefined;
      data[n] = r;
    }
    return { dtype, shape: outShape, data };
  }
  const strides = inShapes.map((s) => broadcastStrides(s, outShape));
  const rank = outShape.length;
  const index = new Array<number>(rank).fill(0);
  for (let n = 0; n < total; n++) {
    for (let k = 0; k < values.length; k++) {
      let off = 0;
      const st = strides[k]!;
      for (let d = 0; d < rank; d++) off += index[d]! * st[d]!;
      xs[k] = values[k]!.data[off]!;
    }
    const r = toDType(dtype, f(xs));
    if (integral && !isExactIntegerFold(r, xs)) return undefined;
    data[n] = r;
    for (let d = rank - 1; d >= 0; d--) {
      if (++index[d]! < outShape[d]!) break;
      index[d] = 0;
    }
  }
  return { dtype, shape: outShape, data };
}

/** Cost of `k` FLOPs per element of output 0. */
export function perOutputElement(k: number): (ctx: InferContext, outputs: readonly TensorType[]) => Cost {
  return (_ctx, outputs) => ({ macs: 0, flops: k * elementsOf(outputs[0]!) });
}

/** Cost of `k` FLOPs per element of input 0. */
export function perInputElement(k: number): (ctx: InferContext, outputs: readonly TensorType[]) => Cost {
  return (ctx) => ({ macs: 0, flops: k * elementsOf(ctx.input(0).type) });
}

/** The first known dtype among the given inputs. */
export function dtypeOfInputs(ctx: InferContext, indices: readonly number[]): DType | undefined {
  for (const i of indices) {
    const d = ctx.inputs[i]?.type.dtype;
    if (d) return d;
  }
  return undefined;
}

/** Output dtype from an ONNX `to`/`output_dtype` code attribute, with a clear error for bad codes. */
export function dtypeFromAttr(ctx: InferContext, name: string): DType | undefined {
  if (!ctx.attrs.has(name)) return undefined;
  const code = ctx.attrs.int(name);
  if (code === 0) return undefined;
  const d = dtypeFromOnnx(code);
  if (!d) throw new OpError(`attribute '${name}' has unknown data type code ${code}`);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Elementwise op factory
// ---------------------------------------------------------------------------------------------

type Fold = (xs: number[], ctx: InferContext, dtype: DType) => number;

interface ElementwiseSpec {
  readonly opType: string;
  readonly since: number;
  readonly domain?: string;
  /** Fixed input count, or 'variadic' (all present inputs). */
  readonly arity: number | 'variadic';
  /** FLOPs per output element, given the number of inputs. */
  readonly flopsPerElem: number | ((inputCount: number, ctx: InferContext) => number);
  readonly doc: OpDoc;
  /** Output dtype; default: dtype of input 0 (or the first known among the inputs). */
  readonly outDType?: 'bool' | ((ctx: InferContext) => DType | undefined);
  /** Computes one element; omitted when folding makes no sense. */
  readonly fold?: Fold;
  /** Opset 1-6 binary broadcasting: `broadcast`/`axis` attributes, B aligned onto A. */
  readonly legacyBroadcast?: boolean;
}

/** Shapes aligned for legacy broadcasting: B padded so that it starts at `axis` of A. */
function legacyAlign(ctx: InferContext, a: readonly SymDim[], b: readonly SymDim[]): SymDim[] | undefined {
  if (ctx.attrs.int('broadcast', 0) !== 1) return undefined;
  if (b.length > a.length) throw new OpError(`legacy broadcast: B has rank ${b.length} > A's rank ${a.length}`);
  const axis = ctx.attrs.has('axis') ? ctx.attrs.int('axis') : a.length - b.length;
  const start = axis < 0 ? axis + a.length : axis;
  if (start < 0 || start + b.length > a.length) throw new OpError(`legacy broadcast: axis ${axis} does not fit B of rank ${b.length} into A of rank ${a.length}`);
  return [...new Array<SymDim>(start).fill(1), ...b, ...new Array<SymDim>(a.length - start - b.length).fill(1)];
}

/** The plan handed from infer to cost: how many inputs the op reads. */
function elementwise(spec: ElementwiseSpec): OpDef<number> {
  // A fixed arity reads the same inputs at every node: one list for the op, not one per node.
  const fixed: readonly number[] | undefined = spec.arity === 'variadic' ? undefined : Object.freeze(Array.from({ length: spec.arity }, (_, i) => i));
  const indicesOf = (ctx: InferContext): readonly number[] => {
    if (fixed === undefined) {
      const idx: number[] = [];
      for (let i = 0; i < ctx.inputs.length; i++) if (ctx.inputs[i] !== undefined) idx.push(i);
      if (idx.length === 0) throw new OpError(`${spec.opType} needs at least one input`);
      return idx;
    }
    for (const i of fixed) ctx.input(i); // throws a clear error naming the missing input
    return fixed;
  };
  return {
    domain: spec.domain ?? '',
    opType: spec.opType,
    since: spec.since,
    infer(ctx): InferResult<number> {
      const idx = indicesOf(ctx);
      const plan = idx.length;
      const shapes = new Array<readonly SymDim[] | undefined>(idx.length);
      let allKnown = true;
      for (let k = 0; k < idx.length; k++) {
        const s = ctx.inputs[idx[k]!]!.type.shape;
        shapes[k] = s;
        if (s === undefined) allKnown = false;
      }
      let aligned: (readonly SymDim[])[] | undefined;
      let shape: SymDim[] | undefined;
      if (allKnown) {
        aligned = shapes as (readonly SymDim[])[];
        if (spec.legacyBroadcast && aligned.length === 2) {
          const b = legacyAlign(ctx, aligned[0]!, aligned[1]!);
          if (b) aligned = [aligned[0]!, b];
        }
        shape = broadcastShapes(aligned);
      }
      const dtype = spec.outDType === 'bool' ? 'bool' : spec.outDType ? spec.outDType(ctx) : dtypeOfInputs(ctx, idx);
      const out: TensorType = { dtype, shape };
      if (!spec.fold || !dtype) return { outputs: [out], plan };
      const vals = knownInputs(ctx, idx);
      if (!vals) return { outputs: [out], plan };
      const fold = spec.fold;
      const alignedConcrete = aligned && aligned !== shapes ? (aligned as number[][]) : undefined;
      const value = foldBroadcast(vals, dtype, (xs) => fold(xs, ctx, vals[0]!.dtype), alignedConcrete);
      return { outputs: [value ? { dtype, shape: value.shape } : out], values: [value], plan };
    },
    cost(ctx, outputs, inputCount) {
      const k = typeof spec.flopsPerElem === 'number' ? spec.flopsPerElem : spec.flopsPerElem(inputCount ?? indicesOf(ctx).length, ctx);
      return { macs: 0, flops: k * elementsOf(outputs[0]!) };
    },
    doc: spec.doc,
  };
}

// ---------------------------------------------------------------------------------------------
// Scalar math used by folding
// ---------------------------------------------------------------------------------------------

/** erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): enough for folding tiny constants. */
export function erf(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}

/** Round half to even (ONNX Round, numpy.round). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const divide: Fold = (xs, _ctx, dtype) => {
  const [a, b] = xs as [number, number];
  return isIntegral(dtype) ? (b === 0 ? NaN : Math.trunc(a / b)) : a / b;
};

const modulo: Fold = (xs, ctx, dtype) => {
  const [a, b] = xs as [number, number];
  const fmod = ctx.attrs.int('fmod', 0) === 1;
  if (isIntegral(dtype) && b === 0) return NaN;
  if (fmod) return a % b; // C fmod: sign of the dividend
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r; // Python %: sign of the divisor
};

/** BigInt of an integer-valued number; NaN (which aborts integer folding) for anything else. */
function big(x: number): bigint | undefined {
  return Number.isFinite(x) ? BigInt(Math.trunc(x)) : undefined;
}

const bitwise = (op: (a: bigint, b: bigint) => bigint): Fold => (xs) => {
  const a = big(xs[0]!);
  const b = big(xs[1]!);
  return a === undefined || b === undefined ? NaN : Number(op(a, b));
};

const bitShift: Fold = (xs, ctx) => {
  const [a, b] = xs as [number, number];
  const dir = ctx.attrs.string('direction');
  if (dir === 'LEFT') return a * 2 ** b;
  if (dir === 'RIGHT') return Math.floor(a / 2 ** b);
  throw new OpError(`BitShift direction must be LEFT or RIGHT, not '${dir}'`);
};

// ---------------------------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------------------------

const ARITH_DOC = (what: string, peers?: string): OpDoc => ({
  flops: `1 per output element (${what}); inputs broadcast numpy-style`,
  ...(peers ? { peers } : {}),
});

function binary(opType: string, versions: readonly number[], fold: Fold | undefined, doc: OpDoc, outDType?: 'bool', flopsPerElem = 1): OpDef[] {
  return versions.map((since) => elementwise({
    opType, since, arity: 2, flopsPerElem, doc, fold, outDType,
    // Opset 1-6 used the `broadcast`/`axis` attributes instead of numpy broadcasting.
    legacyBroadcast: since < 7,
  }));
}

function unary(opType: string, since: number, fold: ((x: number, ctx: InferContext) => number) | undefined, doc: OpDoc, outDType?: 'bool', flopsPerElem = 1): OpDef {
  return elementwise({ opType, since, arity: 1, flopsPerElem, doc, outDType, fold: fold ? (xs, ctx) => fold(xs[0]!, ctx) : undefined });
}

const TRANSCENDENTAL_DOC = (fn: string, peers?: string): OpDoc => ({
  flops: `1 per element (${fn}, a transcendental counted as one op)`,
  ...(peers ? { peers } : {}),
});

const COMPARE_DOC: OpDoc = { flops: '1 per output element (one comparison); output is bool', peers: 'onnx-tool also counts a comparison as 1; thop and fvcore do not count tensor comparisons' };
const LOGIC_DOC: OpDoc = { flops: '1 per output element (one logical op); output is bool' };

export const ops: OpDef[] = [
  ...binary('Add', [1, 7], (xs) => xs[0]! + xs[1]!, ARITH_DOC('one add', 'onnx-tool: 1 MAC per element; thop/fvcore ignore tensor adds (no module)')),
  ...binary('Sub', [1, 7], (xs) => xs[0]! - xs[1]!, ARITH_DOC('one subtract', 'onnx-tool: 1 MAC per element')),
  ...binary('Mul', [1, 7], (xs) => xs[0]! * xs[1]!, ARITH_DOC('one multiply', 'onnx-tool: 1 MAC per element')),
  ...binary('Div', [1, 7], divide, ARITH_DOC('one divide; integer division truncates toward zero', 'onnx-tool counts 4 MACs per element')),
  ...binary('Pow', [1, 7], (xs) => Math.pow(xs[0]!, xs[1]!), TRANSCENDENTAL_DOC('pow; inputs broadcast numpy-style', 'onnx-tool counts 32 MACs per element')),
  elementwise({ opType: 'Mod', since: 10, arity: 2, flopsPerElem: 1, fold: modulo, doc: ARITH_DOC('one remainder; fmod=0 follows Python % (sign of divisor), fmod=1 C fmod') }),
  // Before opset 8 the variadic ops required equal shapes; broadcasting equal shapes is the identity, so one entry serves all versions.
  elementwise({ opType: 'Sum', since: 1, arity: 'variadic', flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => a + b, 0), doc: { flops: '(n-1) per output element for n inputs (adds)' } }),
  elementwise({ opType: 'Mean', since: 1, arity: 'variadic', flopsPerElem: (n) => n, fold: (xs) => xs.reduce((a, b) => a + b, 0) / xs.length, doc: { flops: 'n per output element for n inputs (n-1 adds and one divide)' } }),
  elementwise({ opType: 'Max', since: 1, arity: 'variadic', flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => Math.max(a, b), -Infinity), doc: { flops: '(n-1) per output element for n inputs (comparisons)' } }),
  elementwise({ opType: 'Min', since: 1, arity: 'variadic', flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => Math.min(a, b), Infinity), doc: { flops: '(n-1) per output element for n inputs (comparisons)' } }),

  unary('Neg', 1, (x) => -x, ARITH_DOC('one negate')),
  unary('Abs', 1, (x) => Math.abs(x), ARITH_DOC('one absolute value')),
  unary('Reciprocal', 1, (x) => 1 / x, ARITH_DOC('one divide')),
  unary('Floor', 1, (x) => Math.floor(x), ARITH_DOC('one rounding op')),
  unary('Ceil', 1, (x) => Math.ceil(x), ARITH_DOC('one rounding op')),
  unary('Round', 11, roundHalfEven, ARITH_DOC('one rounding op, half to even')),
  unary('Sign', 9, (x) => Math.sign(x), ARITH_DOC('one sign op')),
  unary('Sqrt', 1, (x) => Math.sqrt(x), TRANSCENDENTAL_DOC('sqrt', 'onnx-tool counts 24 MACs per element')),
  unary('Exp', 1, (x) => Math.exp(x), TRANSCENDENTAL_DOC('exp', 'onnx-tool counts 32 MACs per element')),
  unary('Log', 1, (x) => Math.log(x), TRANSCENDENTAL_DOC('log')),
  unary('Erf', 9, erf, TRANSCENDENTAL_DOC('erf', 'onnx-tool counts Erf as 0')),
  unary('Sin', 7, Math.sin, TRANSCENDENTAL_DOC('sin')),
  unary('Cos', 7, Math.cos, TRANSCENDENTAL_DOC('cos')),
  unary('Tan', 7, Math.tan, TRANSCENDENTAL_DOC('tan')),
  unary('Asin', 7, Math.asin, TRANSCENDENTAL_DOC('asin')),
  unary('Acos', 7, Math.acos, TRANSCENDENTAL_DOC('acos')),
  unary('Atan', 7, Math.atan, TRANSCENDENTAL_DOC('atan')),
  unary('Sinh', 9, Math.sinh, TRANSCENDENTAL_DOC('sinh')),
  unary('Cosh', 9, Math.cosh, TRANSCENDENTAL_DOC('cosh')),
  unary('Asinh', 9, Math.asinh, TRANSCENDENTAL_DOC('asinh')),
  unary('Acosh', 9, Math.acosh, TRANSCENDENTAL_DOC('acosh')),
  unary('Atanh', 9, Math.atanh, TRANSCENDENTAL_DOC('atanh')),
  unary('IsNaN', 9, (x) => (Number.isNaN(x) ? 1 : 0), { flops: '1 per element (one test); output is bool' }, 'bool'),
  unary('IsInf', 10, (x, ctx) => {
    if (x === Infinity) return ctx.attrs.int('detect_positive', 1) === 1 ? 1 : 0;
    if (x === -Infinity) return ctx.attrs.int('detect_negative', 1) === 1 ? 1 : 0;
    return 0;
  }, { flops: '1 per element (one test); output is bool' }, 'bool'),

  elementwise({ opType: 'BitShift', since: 11, arity: 2, flopsPerElem: 1, fold: bitShift, doc: ARITH_DOC('one shift') }),
  elementwise({ opType: 'BitwiseAnd', since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a & b), doc: ARITH_DOC('one bitwise op') }),
  elementwise({ opType: 'BitwiseOr', since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a | b), doc: ARITH_DOC('one bitwise op') }),
  elementwise({ opType: 'BitwiseXor', since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a ^ b), doc: ARITH_DOC('one bitwise op') }),
  unary('BitwiseNot', 18, (x) => {
    const a = big(x);
    return a === undefined ? NaN : Number(~a);
  }, ARITH_DOC('one bitwise op')),

  ...binary('Equal', [1, 7], (xs) => (xs[0] === xs[1] ? 1 : 0), COMPARE_DOC, 'bool'),
  ...binary('Less', [1, 7], (xs) => (xs[0]! < xs[1]! ? 1 : 0), COMPARE_DOC, 'bool'),
  ...binary('Greater', [1, 7], (xs) => (xs[0]! > xs[1]! ? 1 : 0), COMPARE_DOC, 'bool'),
  elementwise({ opType: 'LessOrEqual', since: 12, arity: 2, flopsPerElem: 1, outDType: 'bool', fold: (xs) => (xs[0]! <= xs[1]! ? 1 : 0), doc: COMPARE_DOC }),
  elementwise({ opType: 'GreaterOrEqual', since: 12, arity: 2, flopsPerElem: 1, outDType: 'bool', fold: (xs) => (xs[0]! >= xs[1]! ? 1 : 0), doc: COMPARE_DOC }),
  ...binary('And', [1, 7], (xs) => (xs[0] && xs[1] ? 1 : 0), LOGIC_DOC, 'bool'),
  ...binary('Or', [1, 7], (xs) => (xs[0] || xs[1] ? 1 : 0), LOGIC_DOC, 'bool'),
  ...binary('Xor', [1, 7], (xs) => ((xs[0] !== 0) !== (xs[1] !== 0) ? 1 : 0), LOGIC_DOC, 'bool'),
  unary('Not', 1, (x) => (x ? 0 : 1), LOGIC_DOC, 'bool'),

  elementwise({
    opType: 'Where', since: 9, arity: 3, flopsPerElem: 1,
    outDType: (ctx) => dtypeOfInputs(ctx, [1, 2]),
    fold: (xs) => (xs[0] ? xs[1]! : xs[2]!),
    doc: { flops: '1 per output element (a select counts as one op, like Max); condition, X and Y broadcast numpy-style' },
  }),

  clipDef(1),
  clipDef(11),
];

/**
 * Clip: min/max are attributes before opset 11 (default -inf/+inf), optional scalar inputs from 11.
 * 1 per element: we count a clamp as one op (the same as Relu), per the project's table.
 */
function clipDef(since: number): OpDef {
  const bounds = (ctx: InferContext): [number, number] | undefined => {
    if (since < 11) return [ctx.attrs.float('min', -Infinity), ctx.attrs.float('max', Infinity)];
    const lo = ctx.inputs[1];
    const hi = ctx.inputs[2];
    if ((lo && !lo.value) || (hi && !hi.value)) return undefined;
    return [lo?.value?.data[0] ?? -Infinity, hi?.value?.data[0] ?? Infinity];
  };
  return {
    domain: '', opType: 'Clip', since,
    infer(ctx) {
      const x = ctx.input(0);
      const out: TensorType = { dtype: x.type.dtype, shape: x.type.shape };
      const b = x.value && x.type.dtype ? bounds(ctx) : undefined;
      if (!b || !x.value) return { outputs: [out] };
      const [lo, hi] = b;
      const dtype = x.value.dtype;
      return { outputs: [out], values: [{ dtype, shape: x.value.shape, data: x.value.data.map((v) => toDType(dtype, Math.min(Math.max(v, lo), hi))) }] };
    },
    cost: perOutputElement(1),
    doc: {
      flops: since < 11
        ? '1 per element (a clamp counts as one op, like Relu); min/max are attributes'
        : '1 per element (a clamp counts as one op, like Relu); min/max are optional scalar inputs',
      peers: 'thop counts ReLU6 as 0, ptflops 1 per element',
    },
  };
}
