/** Hand-built IR models for engine and control-flow tests (no ONNX file needed). */
import { bytesFor } from '../../src/graph/dtype.js';
import type { DType } from '../../src/graph/dtype.js';
import type { Attribute, Dim, FunctionDef, Graph, Model, Node, Tensor, ValueInfo } from '../../src/graph/ir.js';

export function vi(name: string, dtype: DType | undefined, shape: Dim[] | undefined): ValueInfo {
  return { name, dtype, shape, kind: 'tensor' };
}

export function tensor(name: string, dtype: DType, dims: number[], values?: number[]): Tensor {
  const elements = dims.reduce((a, b) => a * b, 1);
  return {
    name, dtype, dims, elements, byteSize: bytesFor(dtype, elements), storage: 'embedded',
    ...(values ? { values } : {}),
  };
}

export type AttrMap = Record<string, Attribute>;

export const int = (value: number): Attribute => ({ type: 'int', value });
export const ints = (value: number[]): Attribute => ({ type: 'ints', value });
export const ref = (value: string): Attribute => ({ type: 'ref', value });
export const graphAttr = (value: Graph): Attribute => ({ type: 'graph', value });
export const tensorAttr = (value: Tensor): Attribute => ({ type: 'tensor', value });

export function node(opType: string, inputs: string[], outputs: string[], opts: { name?: string; domain?: string; attrs?: AttrMap } = {}): Node {
  return {
    name: opts.name ?? '',
    opType,
    domain: opts.domain ?? '',
    inputs,
    outputs,
    attributes: new Map(Object.entries(opts.attrs ?? {})),
    // As the ONNX reader marks them.
    ...(opType === 'Constant' && (opts.domain ?? '') === '' ? { constant: true as const } : {}),
  };
}

export interface GraphSpec {
  name?: string;
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  nodes: Node[];
  initializers?: Tensor[];
  valueInfo?: ValueInfo[];
}

export function graph(spec: GraphSpec): Graph {
  return {
    name: spec.name ?? 'g',
    inputs: spec.inputs,
    outputs: spec.outputs,
    nodes: spec.nodes,
    initializers: new Map((spec.initializers ?? []).map((t) => [t.name, t])),
    valueInfo: spec.valueInfo ?? [],
  };
}

export function model(g: Graph, opts: { opsets?: Record<string, number>; functions?: FunctionDef[] } = {}): Model {
  return {
    format: 'onnx',
    formatVersion: 'IR 8',
    producer: 'test 0',
    opsetImports: new Map(Object.entries(opts.opsets ?? { '': 17 })),
    graph: g,
    functions: opts.functions ?? [],
    metadata: new Map(),
    fileBytes: 0,
  };
}

export function fn(spec: {
  name: string; domain: string; inputs: string[]; outputs: string[]; nodes: Node[];
  attributeNames?: string[]; defaults?: AttrMap; opsets?: Record<string, number>;
}): FunctionDef {
  return {
    name: spec.name,
    domain: spec.domain,
    overload: '',
    inputs: spec.inputs,
    outputs: spec.outputs,
    attributeNames: spec.attributeNames ?? [],
    attributeDefaults: new Map(Object.entries(spec.defaults ?? {})),
    opsetImports: new Map(Object.entries(spec.opsets ?? { '': 17 })),
    nodes: spec.nodes,
  };
}
