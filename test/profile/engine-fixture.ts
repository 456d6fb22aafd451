/**
 * Hand-built engine results for profile-layer tests: the profile code only reads the
 * EngineResult contract (src/shapes/engine-types.ts), so tests can state every number directly.
 */
import type { DType } from '../../src/graph/dtype.js';
import type { Attribute, Graph, Model, Node, ValueInfo } from '../../src/graph/ir.js';
import type { CostTotals, TensorType } from '../../src/shapes/types.js';
import type { EngineResult, NodeResult, NodeStatus, ValueState } from '../../src/shapes/engine-types.js';

export const f32 = (...shape: number[]): TensorType => ({ dtype: 'float32', shape });
export const typed = (dtype: DType, ...shape: (number | string)[]): TensorType => ({ dtype, shape });

export function node(opType: string, inputs: string[], outputs: string[], name = `${opType}_${outputs[0]}`,
  attributes: Map<string, Attribute> = new Map(), domain = ''): Node {
  // Constant nodes are marked as the ONNX reader marks them.
  return { name, opType, domain, inputs, outputs, attributes, ...(opType === 'Constant' && domain === '' ? { constant: true as const } : {}) };
}

export function graph(name: string, nodes: Node[], inputs: string[], outputs: string[]): Graph {
  const vi = (n: string): ValueInfo => ({ name: n, dtype: 'float32', shape: undefined, kind: 'tensor' });
  return { name, inputs: inputs.map(vi), outputs: outputs.map(vi), initializers: new Map(), valueInfo: [], nodes };
}

export interface NodeSpec {
  node: Node;
  outputs: TensorType[];
  cost?: Partial<CostTotals>;
  scope?: string;
  inTotals?: boolean;
  parent?: number;
  params?: number;
  status?: NodeStatus;
  note?: string;
  frees?: string[];
}

export function nodeResult(s: NodeSpec): NodeResult {
  return {
    node: s.node,
    scope: s.scope ?? '',
    inTotals: s.inTotals ?? true,
    ...(s.parent !== undefined ? { parent: s.parent } : {}),
    def: undefined,
    opset: 13,
    outputs: s.outputs,
    cost: { macs: s.cost?.macs ?? 0, flops: s.cost?.flops ?? 0, bytes: s.cost?.bytes ?? 0 },
    params: s.params ?? 0,
    status: s.status ?? 'ok',
    ...(s.note !== undefined ? { note: s.note } : {}),
    frees: s.frees ?? [],
  };
}

export interface EngineSpec {
  nodes: NodeSpec[];
  /** Graph inputs (bound types). */
  inputs: Record<string, TensorType>;
  outputs: string[];
  /** Initializers and Constant outputs. */
  constants?: Record<string, TensorType>;
  warnings?: string[];
  unknownOps?: EngineResult['unknownOps'];
  lowerBoundReasons?: string[];
}

/** An EngineResult whose `values` map holds every input, constant and main-graph node output. */
export function engineResult(spec: EngineSpec): EngineResult {
  const nodes = spec.nodes.map(nodeResult);
  const values = new Map<string, ValueState>();
  for (const [name, type] of Object.entries(spec.inputs)) values.set(name, { type, isConstant: false });
  for (const [name, type] of Object.entries(spec.constants ?? {})) values.set(name, { type, isConstant: true, isInitializer: true });
  for (const n of nodes) {
    if (!n.inTotals) continue;
    n.node.outputs.forEach((o, i) => {
      if (o !== '' && !values.has(o)) values.set(o, { type: n.outputs[i]!, isConstant: n.node.constant === true });
    });
  }
  let totals = { macs: 0, flops: 0, bytes: 0 };
  for (const n of nodes) {
    if (n.inTotals) totals = { macs: totals.macs + n.cost.macs, flops: totals.flops + n.cost.flops, bytes: totals.bytes + n.cost.bytes };
  }
  return {
    nodes,
    values,
    inputs: Object.entries(spec.inputs).map(([name, type]) => ({ name, type })),
    outputs: spec.outputs.map((name) => ({ name, type: values.get(name)?.type ?? { dtype: undefined, shape: undefined } })),
    liveAtStart: Object.keys(spec.inputs),
    totals,
    exactTotals: { macs: BigInt(totals.macs), flops: BigInt(totals.flops), bytes: BigInt(totals.bytes) },
    warnings: spec.warnings ?? [],
    unknownOps: spec.unknownOps ?? [],
    lowerBoundReasons: spec.lowerBoundReasons ?? [],
    executed: { nodes: nodes.length, inputs: nodes.reduce((sum, n) => sum + n.node.inputs.length, 0) },
  };
}

/** A Model IR around a graph, for the parts of the profile that read the file structure. */
export function model(g: Graph, opsets: [string, number][] = [['', 13]]): Model {
  return {
    format: 'onnx', formatVersion: 'IR 7', producer: 'pytorch 1.13.1',
    opsetImports: new Map(opsets), graph: g, functions: [], metadata: new Map(), fileBytes: 1234,
  };
}
