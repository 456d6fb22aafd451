/**
 * What every TFLite op definition shares. A TFLite file stores every tensor's type, so an op's
 * outputs are read from the node's `output_types` attribute (formats/tflite/to-ir.ts); only dims the
 * file leaves dynamic (-1 in shape_signature) are inferred, by the op's shape function when it has
 * one. A dynamic dim no shape function resolves becomes a fresh symbol: the node's cost is then
 * reported as unresolved and the totals as a lower bound, never guessed.
 */
import type { ValueInfo } from '../graph/ir.js';
import { OpError, UnresolvedDimError } from '../shapes/types.js';
import type { Cost, InferContext, InferResult, KnownValue, OpDef, OpDoc, SymDim, TensorType } from '../shapes/types.js';
import { elementsOf } from '../shapes/util.js';

export const TFLITE = 'tflite';
/** Must match formats/tflite/to-ir.ts OUTPUT_TYPES_ATTR (ops/ cannot import formats/). */
const OUTPUT_TYPES = 'output_types';

/** Inferred output types (a shape function), consulted only for dims the file leaves dynamic. */
export type ShapeFn = (ctx: InferContext) => readonly (TensorType | undefined)[];
/** Folded output values (shape arithmetic on small constants), when an op can compute them. */
export type FoldFn = (ctx: InferContext, outputs: readonly TensorType[]) => readonly (KnownValue | undefined)[] | undefined;

export function storedOutputs(ctx: InferContext): readonly ValueInfo[] {
  const a = ctx.node.attributes.get(OUTPUT_TYPES);
  return a?.type === 'type_protos' ? a.value : [];
}

function isStatic(shape: readonly (number | string | null)[] | undefined): shape is readonly number[] {
  return shape !== undefined && shape.every((d) => typeof d === 'number');
}

/**
 * Output types: the stored ones where fully known; otherwise the shape function's, with every dim
 * the file does state kept; dims neither knows become fresh symbols.
 */
export function resolveOutputs(ctx: InferContext, shape?: ShapeFn): TensorType[] {
  const stored = storedOutputs(ctx);
  const n = ctx.node.outputs.length;
  let inferred: readonly (TensorType | undefined)[] | undefined;
  let inferError: unknown;
  const infer = (): readonly (TensorType | undefined)[] | undefined => {
    if (inferred === undefined && inferError === undefined && shape) {
      try {
        inferred = shape(ctx);
      } catch (e) {
        // A shape the op cannot work out leaves the stored dims; anything else (a limit hit inside
        // a WHILE/IF subgraph, a bug) is not a shape question and must not be swallowed here.
        if (!(e instanceof OpError) && !(e instanceof UnresolvedDimError)) throw e;
        inferError = e;
      }
    }
    return inferred;
  };
  const out: TensorType[] = [];
  for (let i = 0; i < n; i++) {
    const vi = stored[i];
    if (vi && isStatic(vi.shape)) {
      out.push({ dtype: vi.dtype, shape: vi.shape });
      continue;
    }
    const guess = infer()?.[i];
    if (!vi?.shape && !guess?.shape && inferError) throw inferError;
    const rankFrom = vi?.shape ?? guess?.shape;
    const shapeOut: SymDim[] | undefined = rankFrom?.map((d, k) => {
      if (typeof d === 'number') return d;
      const g = guess?.shape && guess.shape.length === rankFrom.length ? guess.shape[k] : undefined;
      if (g !== undefined) return g;
      return ctx.freshDim(`${ctx.node.name}:${k}`);
    });
    out.push({ dtype: vi?.dtype ?? guess?.dtype, shape: shapeOut });
  }
  return out;
}

export interface TfliteOp {
  readonly opType: string;
  readonly shape?: ShapeFn;
  readonly fold?: FoldFn;
  readonly cost: (ctx: InferContext, outputs: readonly TensorType[]) => Cost;
  readonly doc: OpDoc;
  readonly movesData?: boolean;
  /**
   * The shape function runs the op's subgraphs (WHILE, IF, CALL) and works out the cost: it must
   * run even when the file states every output dim, and its errors are the node's errors.
   */
  readonly runsSubgraphs?: boolean;
}

export function tflOp(op: TfliteOp): OpDef {
  return {
    domain: TFLITE,
    opType: op.opType,
    since: 1,
    infer(ctx): InferResult {
      let shape = op.shape;
      if (op.runsSubgraphs && shape) {
        const ran = shape(ctx);
        shape = () => ran;
      }
      const outputs = resolveOutputs(ctx, shape);
      const values = op.fold?.(ctx, outputs);
      return values ? { outputs, values } : { outputs };
    },
    cost: op.cost,
    doc: op.doc,
    ...(op.movesData !== undefined ? { movesData: op.movesData } : {}),
  };
}

/** The fused activation's FLOPs: 1 per output element (a clamp or one tanh) unless NONE. */
export function activationFlops(ctx: InferContext, outputElements: number): number {
  if (!ctx.attrs.has('fused_activation_function')) return 0;
  return ctx.attrs.string('fused_activation_function') === 'NONE' ? 0 : outputElements;
}

export const FUSED_ACT_DOC = '+1 per output element for a fused activation (RELU, RELU6, RELU_N1_TO_1, TANH, SIGN_BIT)';

/** Output elements of output i (throws UnresolvedDimError on a symbolic dim). */
export function outElems(outputs: readonly TensorType[], i = 0): number {
  const t = outputs[i];
  if (!t) throw new OpError(`output ${i} is missing`);
  return elementsOf(t);
}

export function inElems(ctx: InferContext, i: number): number {
  return elementsOf(ctx.input(i).type);
}

/** Input i's value as integers, when it is a small known constant. */
export function intsOf(ctx: InferContext, i: number): number[] | undefined {
  const v = ctx.inputs[i]?.value;
  return v ? [...v.data] : undefined;
}

export function same(ctx: InferContext, i = 0): TensorType {
  const x = ctx.input(i);
  return { dtype: x.type.dtype, shape: x.type.shape };
}
