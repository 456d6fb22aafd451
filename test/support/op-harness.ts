/**
 * Runs one op definition on hand-made inputs, without a model file: the unit-test entry point for
 * op families. The engine (src/shapes) builds the same InferContext for real graphs.
 */
import type { DType } from '../../src/graph/dtype.js';
import type { Attribute, Node } from '../../src/graph/ir.js';
import { registry } from '../../src/ops/index.js';
import { attrReader } from '../../src/shapes/attributes.js';
import { OpError } from '../../src/shapes/types.js';
import type { Cost, InferContext, KnownValue, OpDef, OpInput, SymDim, TensorType } from '../../src/shapes/types.js';

export interface HarnessInput {
  dtype?: DType;
  shape?: SymDim[];
  /** Known contents (makes the input a folded constant). */
  value?: number[];
  /** A stored weight (initializer). */
  constant?: boolean;
}

export type AttrValue = number | string | number[] | string[] | Attribute;

export interface HarnessCall {
  op: string;
  domain?: string;
  opset?: number;
  /** null = omitted optional input. */
  inputs: Array<HarnessInput | null>;
  attrs?: Record<string, AttrValue>;
  /** Output count, default 1. */
  outputs?: number;
}

export interface HarnessResult {
  outputs: readonly TensorType[];
  values: readonly (KnownValue | undefined)[];
  cost: Cost;
  warnings: string[];
}

function toAttribute(v: AttrValue, name: string): Attribute {
  if (typeof v === 'number') return Number.isInteger(v) && !name.startsWith('f:') ? { type: 'int', value: v } : { type: 'float', value: v };
  if (typeof v === 'string') return { type: 'string', value: v };
  if (Array.isArray(v)) {
    if (v.length > 0 && typeof v[0] === 'string') return { type: 'strings', value: v as string[] };
    const nums = v as number[];
    return nums.every(Number.isInteger) ? { type: 'ints', value: nums } : { type: 'floats', value: nums };
  }
  return v;
}

/** A float attribute that happens to be a whole number (e.g. alpha=1): wrap it explicitly. */
export const float = (value: number): Attribute => ({ type: 'float', value });
export const floats = (value: number[]): Attribute => ({ type: 'floats', value });

function prepare(call: HarnessCall): { def: OpDef; ctx: InferContext; warnings: string[] } {
  const domain = call.domain ?? '';
  const opset = call.opset ?? (domain === '' ? 21 : 1);
  const def = registry.lookup(domain, call.op, opset);
  if (!def) throw new Error(`no definition for ${domain || 'ai.onnx'}::${call.op}`);
  const attributes = new Map<string, Attribute>();
  for (const [k, v] of Object.entries(call.attrs ?? {})) attributes.set(k, toAttribute(v, k));
  const node: Node = {
    name: `${call.op}_0`, opType: call.op, domain,
    inputs: call.inputs.map((x, i) => (x ? `in${i}` : '')),
    outputs: Array.from({ length: call.outputs ?? 1 }, (_, i) => `out${i}`),
    attributes,
  };
  const inputs: (OpInput | undefined)[] = call.inputs.map((x, i) => {
    if (!x) return undefined;
    const dtype = x.dtype ?? 'float32';
    const shape = x.shape ?? (x.value ? [x.value.length] : undefined);
    const value = x.value ? { dtype, shape: (shape ?? []) as number[], data: x.value } : undefined;
    return { name: `in${i}`, type: { dtype, shape }, value, isConstant: x.constant ?? x.value !== undefined };
  });
  const warnings: string[] = [];
  let fresh = 0;
  const ctx: InferContext = {
    node, opset, inputs, attrs: attrReader(node),
    input(i) {
      const x = inputs[i];
      if (!x) throw new OpError(`input ${i} is missing`);
      return x;
    },
    shapeOf(i) {
      const s = ctx.input(i).type.shape;
      if (!s) throw new OpError(`input ${i} has unknown rank`);
      return s;
    },
    subgraph() {
      throw new Error('op-harness does not run subgraphs; test control flow through the engine');
    },
    freshDim: (hint) => `${hint}_${fresh++}`,
    warn: (m) => void warnings.push(m),
  };
  return { def, ctx, warnings };
}

export function runOp(call: HarnessCall): HarnessResult {
  const { def, ctx, warnings } = prepare(call);
  const res = def.infer(ctx);
  const cost = def.cost(ctx, res.outputs, res.plan);
  return { outputs: res.outputs, values: res.values ?? res.outputs.map(() => undefined), cost, warnings };
}

/** Shape inference only: for symbolic dims, where costing would throw UnresolvedDimError. */
export function inferOp(call: HarnessCall): Omit<HarnessResult, 'cost'> {
  const { def, ctx, warnings } = prepare(call);
  const res = def.infer(ctx);
  return { outputs: res.outputs, values: res.values ?? res.outputs.map(() => undefined), warnings };
}
