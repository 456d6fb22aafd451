/**
 * A decoded TFLite model as the graph IR. Subgraph 0 is the main graph; subgraphs reached through
 * WHILE/IF/CALL_ONCE become graph attributes of their operators (like ONNX Loop/If bodies). Each
 * operator is a node in domain 'tflite' (custom ops: 'tflite.custom') with its builtin options as
 * attributes and its output tensors' stored types in the `output_types` attribute: TFLite stores
 * every tensor's shape, so the op definitions read shapes and only infer the dims the file leaves
 * dynamic (-1 in shape_signature).
 */
import { bytesFor, dtypeKind } from '../../graph/dtype.js';
import { MAX_EXECUTED_NODES, MAX_GRAPH_DEPTH } from '../../graph/limits.js';
import type { Attribute, Dim, Graph, Model, Node, Tensor, ValueInfo } from '../../graph/ir.js';
import type { FlatBuffer } from './flatbuffer.js';
import { FlatBufferError } from './flatbuffer.js';
import type { RawModel, RawOperator, RawSubgraph, RawTensor } from './model.js';

export const TFLITE_DOMAIN = 'tflite';
export const TFLITE_CUSTOM_DOMAIN = 'tflite.custom';
/** The node attribute holding the stored types of a node's outputs (ValueInfo per output). */
export const OUTPUT_TYPES_ATTR = 'output_types';

/** Integer constants up to this many elements carry their values (shapes, axes, pads, perms). */
const MAX_INT_VALUES = 256;

/** Options naming a subgraph, and the graph attribute each becomes. */
const SUBGRAPH_OPTIONS: Record<string, string> = {
  cond_subgraph_index: 'cond',
  body_subgraph_index: 'body',
  then_subgraph_index: 'then_branch',
  else_subgraph_index: 'else_branch',
  init_subgraph_index: 'init',
  subgraph: 'subgraph',
};

class Converter {
  private readonly graphs = new Map<number, Graph>();
  private readonly stack: number[] = [];

  constructor(private readonly raw: RawModel, private readonly fb: FlatBuffer) {}

  graph(index: number): Graph {
    const done = this.graphs.get(index);
    if (done) return done;
    if (this.stack.includes(index)) {
      throw new FlatBufferError(`subgraph ${index} calls itself (through subgraphs ${[...this.stack, index].join(' -> ')})`);
    }
    if (this.stack.length >= MAX_GRAPH_DEPTH) {
      // Each level is a few stack frames here and in the engine: 10,000 nested WHILE/IF
      // subgraphs would overflow the stack.
      throw new FlatBufferError(`subgraphs (WHILE/IF/CALL bodies) nest more than ${MAX_GRAPH_DEPTH} deep (at subgraph ${index})`);
    }
    const sg = this.raw.subgraphs[index];
    if (!sg) throw new FlatBufferError(`an operator refers to subgraph ${index}, but the model has ${this.raw.subgraphs.length}`);
    this.stack.push(index);
    const g = this.convert(sg);
    this.stack.pop();
    this.graphs.set(index, g);
    return g;
  }

  private convert(sg: RawSubgraph): Graph {
    const where = `subgraph ${sg.index}`;
    const names = uniqueNames(sg.tensors.map((t) => t.name), 'tensor');
    const tensorAt = (i: number, what: string): RawTensor => {
      const t = sg.tensors[i];
      if (!t) throw new FlatBufferError(`${what} refers to tensor ${i}, but ${where} has ${sg.tensors.length} tensors`);
      return t;
    };
    const inputSet = new Set<number>();
    const inputs: ValueInfo[] = sg.inputs.map((i) => {
      inputSet.add(i);
      return this.valueInfo(tensorAt(i, `${where} input`), names[i]!, true);
    });
    const initializers = new Map<string, Tensor>();
    const valueInfo: ValueInfo[] = [];
    const state: string[] = [];
    // A variable tensor an operator writes is that operator's output (TFLite does not forbid it;
    // made an input as well, the graph was refused as defining it twice).
    const written = new Set<number>();
    for (const op of sg.operators) for (const o of op.outputs) written.add(o);
    sg.tensors.forEach((t, i) => {
      if (t.isVariable) state.push(names[i]!);
      if (t.buffer && !t.isVariable) initializers.set(names[i]!, this.initializer(t, names[i]!, `${where} tensor ${i}`));
      else if (t.isVariable && !inputSet.has(i) && !written.has(i)) {
        // Variable tensors (RNN/LSTM state) are runtime-owned state the operator reads: an input.
        inputs.push(this.valueInfo(t, names[i]!, true));
      } else if (!inputSet.has(i)) valueInfo.push(this.valueInfo(t, names[i]!, false));
    });
    const outputs = sg.outputs.map((i) => this.valueInfo(tensorAt(i, `${where} output`), names[i]!, false));
    const nodeNames = uniqueNames(sg.operators.map((op) => {
      const first = op.outputs[0];
      const n = first !== undefined && first >= 0 ? sg.tensors[first]?.name ?? '' : '';
      // Converter names join every fused TF op with ';': the first one names the layer.
      return n.split(';')[0] ?? '';
    }), 'op');
    const nodes = sg.operators.map((op, k) => this.node(op, nodeNames[k]!, sg, names, tensorAt, `${where} operator ${k}`));
    return { name: sg.name || (sg.index === 0 ? 'main' : `subgraph_${sg.index}`), inputs, outputs, initializers, valueInfo, nodes, state };
  }

  private node(
    op: RawOperator, name: string, sg: RawSubgraph, names: readonly string[],
    tensorAt: (i: number, what: string) => RawTensor, what: string,
  ): Node {
    const ref = (i: number): string => {
      if (i === -1) return '';
      tensorAt(i, what);
      return names[i]!;
    };
    const attributes = new Map<string, Attribute>();
    for (const [key, v] of op.options) {
      const sub = SUBGRAPH_OPTIONS[key];
      if (sub !== undefined && typeof v === 'number') {
        attributes.set(sub, { type: 'graph', value: this.graph(v) });
        continue;
      }
      if (typeof v === 'string') attributes.set(key, { type: 'string', value: v });
      else if (typeof v === 'number') attributes.set(key, Number.isInteger(v) ? { type: 'int', value: v } : { type: 'float', value: v });
      else attributes.set(key, v.every(Number.isInteger) ? { type: 'ints', value: v } : { type: 'floats', value: v });
    }
    // Floats that happen to be whole (beta=1, alpha=0) must stay floats.
    for (const k of ['beta', 'alpha', 'bias', 'cell_clip', 'proj_clip', 'min', 'max']) {
      const a = attributes.get(k);
      if (a?.type === 'int') attributes.set(k, { type: 'float', value: a.value });
    }
    attributes.set(OUTPUT_TYPES_ATTR, {
      type: 'type_protos',
      value: op.outputs.map((i) => (i === -1 ? { name: '', dtype: undefined, shape: undefined, kind: 'unknown' as const } : this.valueInfo(tensorAt(i, what), names[i]!, false))),
    });
    attributes.set('version', { type: 'int', value: op.code.version });
    void sg;
    return {
      name,
      opType: op.code.builtin ?? op.code.custom!,
      domain: op.code.builtin ? TFLITE_DOMAIN : TFLITE_CUSTOM_DOMAIN,
      inputs: op.inputs.map(ref),
      outputs: op.outputs.map(ref),
      attributes,
    };
  }

  /**
   * The stored type of a tensor. shape_signature's -1 dims are dynamic: on graph inputs they get a
   * name the user can bind (`batch` for the leading dim, `<input>_<axis>` otherwise), elsewhere they
   * are unknown (null) and the op definitions infer them.
   */
  private valueInfo(t: RawTensor, name: string, isInput: boolean): ValueInfo {
    const shape = storedShape(t);
    const sig = t.signature && shape && t.signature.length === shape.length ? t.signature : undefined;
    const dims: Dim[] | undefined = shape?.map((stored, i) => {
      const d = sig ? sig[i]! : stored;
      if (d >= 0) return d;
      if (d !== -1 || !sig) throw new FlatBufferError(`tensor '${name}' has negative dimension ${d}`);
      return isInput ? (i === 0 ? 'batch' : `${name}_${i}`) : null;
    });
    return { name, dtype: t.dtype, shape: dims, kind: t.dtype ? 'tensor' : 'opaque' };
  }

  private initializer(t: RawTensor, name: string, what: string): Tensor {
    const buf = t.buffer!;
    if (!t.dtype) throw new FlatBufferError(`${what} ('${name}') is a ${t.typeName} tensor with stored data`);
    for (const d of t.shape) if (d < 0) throw new FlatBufferError(`${what} ('${name}') is a constant with negative dimension ${d}`);
    let elements = 1;
    for (const d of t.shape) elements *= d;
    if (!Number.isSafeInteger(elements)) throw new FlatBufferError(`${what} ('${name}') has more than 2^53 elements`);
    const dense = bytesFor(t.dtype, elements);
    const sparse = t.sparsity !== undefined;
    if (!sparse && t.dtype !== 'string' && buf.bytes !== dense) {
      throw new FlatBufferError(`${what} ('${name}') has ${elements} ${t.dtype} elements (${dense} bytes) but its buffer ${buf.index} holds ${buf.bytes} bytes`);
    }
    if (sparse && buf.bytes > dense) {
      throw new FlatBufferError(`${what} ('${name}') is sparse but stores ${buf.bytes} bytes, more than its dense size (${dense})`);
    }
    const tensor: Tensor = {
      name,
      dtype: t.dtype,
      dims: [...t.shape],
      elements,
      byteSize: buf.bytes,
      storage: 'embedded',
      storageKey: `buffer ${buf.index}`,
      ...(sparse ? { storedElements: Math.floor((buf.bytes * 8) / Math.max(1, bitsOf(t))) } : {}),
      ...(quantizationLabel(t) ? { quantization: quantizationLabel(t)! } : {}),
      ...(this.values(t) ?? {}),
    };
    return tensor;
  }

  /** Small integer constants' values, for shape arithmetic (Reshape's shape, Transpose's perm...). */
  private values(t: RawTensor): { values: number[] } | undefined {
    const buf = t.buffer!;
    if ((t.dtype !== 'int32' && t.dtype !== 'int64') || t.sparsity || buf.dataStart === undefined) return undefined;
    const width = t.dtype === 'int32' ? 4 : 8;
    const n = buf.bytes / width;
    if (n > MAX_INT_VALUES) return undefined;
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.fb.scalarAt(buf.dataStart + i * width, width === 4 ? 'i32' : 'i64', `values of '${t.name}'`));
    return { values: out };
  }
}

function bitsOf(t: RawTensor): number {
  return t.dtype ? bytesFor(t.dtype, 8) : 8;
}

/** 'per-tensor' or 'per-channel, axis 0' for integer-quantized tensors; undefined otherwise. */
function quantizationLabel(t: RawTensor): string | undefined {
  const q = t.quantization;
  if (!q || !t.dtype || dtypeKind(t.dtype) === 'float') return undefined;
  if (q.custom) return 'custom quantization';
  return q.scales > 1 ? `per-channel, axis ${q.axis}` : 'per-tensor';
}

/** The stored shape, or undefined when the rank is unknown (an activation stored as [] without has_rank). */
function storedShape(t: RawTensor): number[] | undefined {
  if (t.shape.length === 0 && !t.hasRank && !t.buffer && (t.signature === undefined || t.signature.length === 0)) {
    // Older converters write [] both for scalars and for unknown shapes; only a constant or
    // has_rank makes it a scalar. Leave it unknown so that the op infers it.
    return undefined;
  }
  return [...t.shape];
}

/** Names made unique within a subgraph (TFLite allows empty and repeated tensor names). */
function uniqueNames(raw: readonly string[], fallback: string): string[] {
  const seen = new Set<string>(raw.filter((n) => n !== ''));
  const used = new Set<string>();
  return raw.map((n, i) => {
    let name = n || `${fallback}_${i}`;
    if (used.has(name) || (n === '' && seen.has(name))) {
      let k = 1;
      while (used.has(`${name}#${k}`) || seen.has(`${name}#${k}`)) k++;
      name = `${name}#${k}`;
    }
    used.add(name);
    return name;
  });
}

/**
 * Nodes a profile of `graph` may run: its own plus, per operator, every subgraph it names (an IF
 * whose condition is not constant runs both branches). Operators sharing subgraphs make this
 * exponential in the nesting depth (2^63 runs from a few kB), so it is counted per graph once,
 * before the engine starts, and a model past the engine's limit is refused at once.
 */
function nodesRun(graph: Graph, memo = new Map<Graph, number>()): number {
  const known = memo.get(graph);
  if (known !== undefined) return known;
  let n = graph.nodes.length;
  for (const node of graph.nodes) {
    for (const a of node.attributes.values()) if (a.type === 'graph') n += nodesRun(a.value, memo);
  }
  memo.set(graph, n);
  return n;
}

export function toIr(raw: RawModel, fb: FlatBuffer): Model {
  const c = new Converter(raw, fb);
  const graph = c.graph(0);
  if (nodesRun(graph) > MAX_EXECUTED_NODES) {
    throw new FlatBufferError(`its operators and the subgraphs they call (WHILE/IF/CALL, shared ones once per caller) come to more than ${MAX_EXECUTED_NODES.toLocaleString('en-US')} nodes, the most model-budget profiles`);
  }
  const metadata = new Map(raw.metadata);
  return {
    format: 'tflite',
    formatVersion: `schema ${raw.version}`,
    // Converters write who they are in the description ('MLIR Converted.', 'TOCO Converted.').
    producer: raw.description,
    opsetImports: new Map([[TFLITE_DOMAIN, 1], [TFLITE_CUSTOM_DOMAIN, 1]]),
    graph,
    functions: [],
    metadata,
    fileBytes: raw.fileBytes,
  };
}
