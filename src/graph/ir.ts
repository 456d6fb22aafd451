/**
 * The graph IR: what every graph format's reader (formats/<name>) produces and everything
 * downstream consumes. It holds structure and sizes, never weight payloads (only small constants,
 * see Tensor.values). Format-specific encodings (type codes, constant-producing ops, aliases of
 * op domains) are resolved by the reader; nothing here is tied to one file format.
 */
import type { DType } from './dtype.js';

/** A concrete size, or a symbolic name ('batch'), or null when the file leaves it unknown. */
export type Dim = number | string | null;

export interface ValueInfo {
  readonly name: string;
  /** undefined when the file gives no element type (or a non-tensor type, see `kind`). */
  readonly dtype: DType | undefined;
  /** undefined when the rank is unknown. */
  readonly shape: readonly Dim[] | undefined;
  /** Non-tensor values (sequence, map, optional) are kept so that they can be reported. */
  readonly kind: 'tensor' | 'sequence' | 'map' | 'optional' | 'sparse_tensor' | 'opaque' | 'unknown';
}

export interface ExternalLocation {
  /** Path relative to the model's folder, as written in the file. */
  readonly location: string;
  readonly offset: number;
  /** Bytes, when the file states it. */
  readonly length: number | undefined;
}

export interface Tensor {
  readonly name: string;
  readonly dtype: DType;
  readonly dims: readonly number[];
  readonly elements: number;
  /** Bytes of the payload for this dtype and element count (packed for sub-byte types). */
  readonly byteSize: number;
  readonly storage: 'embedded' | 'external';
  readonly external?: ExternalLocation;
  /**
   * Decoded values of small numeric tensors (integers up to 4096 elements, floats up to 64). An
   * int64 beyond 2^53 is exact, or an INT64_MAX/MIN-style sentinel (2^62 and up) kept approximate;
   * the ONNX reader decodes no tensor holding a value a double would round.
   * Absent for large tensors, strings and external data.
   */
  readonly values?: readonly number[];
  /**
   * Tensors with the same key share one stored payload (TFLite buffers shared by several tensors):
   * params and bytes count it once.
   */
  readonly storageKey?: string;
  /** Sparse storage (TFLite DENSIFY inputs): the elements actually stored; params count these. */
  readonly storedElements?: number;
  /** How integer weights are quantized ('per-tensor', 'per-channel, axis 0'), for the bytes-by-dtype table. */
  readonly quantization?: string;
}

export type Attribute =
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'tensor'; readonly value: Tensor }
  | { readonly type: 'graph'; readonly value: Graph }
  | { readonly type: 'sparse_tensor'; readonly value: Tensor }
  | { readonly type: 'type_proto'; readonly value: ValueInfo }
  | { readonly type: 'floats'; readonly value: readonly number[] }
  | { readonly type: 'ints'; readonly value: readonly number[] }
  | { readonly type: 'strings'; readonly value: readonly string[] }
  | { readonly type: 'tensors'; readonly value: readonly Tensor[] }
  | { readonly type: 'graphs'; readonly value: readonly Graph[] }
  | { readonly type: 'sparse_tensors'; readonly value: readonly Tensor[] }
  | { readonly type: 'type_protos'; readonly value: readonly ValueInfo[] }
  /** Inside a function body: refers to an attribute of the calling node. */
  | { readonly type: 'ref'; readonly value: string };

/**
 * The default op domain is '' in the IR; files and op definitions may also spell it 'ai.onnx'.
 * Every place that keys on a domain (readers, op registry, engine) goes through this.
 */
export function normalizeDomain(domain: string): string {
  return domain === 'ai.onnx' ? '' : domain;
}

export interface Node {
  readonly name: string;
  readonly opType: string;
  /** '' is the default domain; other formats' ops live in their own domain ('tflite'). */
  readonly domain: string;
  /** '' marks an omitted optional input. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: ReadonlyMap<string, Attribute>;
  /**
   * Set by the reader on nodes that only emit a value stored in the file (ONNX Constant): their
   * tensor attributes are weights (counted in params) and their outputs are not activations.
   */
  readonly constant?: true;
}

export interface Graph {
  readonly name: string;
  readonly inputs: readonly ValueInfo[];
  readonly outputs: readonly ValueInfo[];
  /** Weights and constants stored in the graph, by name. */
  readonly initializers: ReadonlyMap<string, Tensor>;
  /** Intermediate value annotations the file carries (shape hints). */
  readonly valueInfo: readonly ValueInfo[];
  /** In file order; formats require topological order but files do not always respect it. */
  readonly nodes: readonly Node[];
  /**
   * Values the runtime keeps for the whole run whoever reads them last: TFLite variable tensors
   * (RNN/LSTM state), which TFLite's arena planner allocates before the first operator and never
   * frees. Peak memory keeps them live to the end, like graph outputs.
   */
  readonly state?: readonly string[];
}

export interface FunctionDef {
  readonly domain: string;
  readonly name: string;
  readonly overload: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributeNames: readonly string[];
  /** Attributes with defaults (FunctionProto.attribute_proto). */
  readonly attributeDefaults: ReadonlyMap<string, Attribute>;
  readonly opsetImports: ReadonlyMap<string, number>;
  readonly nodes: readonly Node[];
}

/** A model with a computation graph, profiled op by op (ONNX, TFLite). */
export interface Model {
  /** Name of the format in the registry (formats/registry.ts): the JSON report's `format`. */
  readonly format: string;
  /** The file's own version, as shown in reports ('IR 8', 'schema 3'); '' when the file has none. */
  readonly formatVersion: string;
  /** Tool that wrote the file, with its version ('pytorch 2.1.0'); '' when unknown. */
  readonly producer: string;
  /** Op set version by domain ('' = the default domain): which version of each op applies. */
  readonly opsetImports: ReadonlyMap<string, number>;
  readonly graph: Graph;
  readonly functions: readonly FunctionDef[];
  readonly metadata: ReadonlyMap<string, string>;
  /** Bytes of the model file itself (not counting external data files). */
  readonly fileBytes: number;
}

/**
 * Every graph reachable from `graph` through node attributes (If/Loop/Scan bodies), `graph` first,
 * each once: TFLite operators share subgraphs (two IFs naming the same branch), and walking a
 * shared subgraph per reference is exponential in the nesting depth. Not remembered here (a
 * WeakMap from graph to its list keeps every model read alive through young-generation GCs: 3x
 * the GC time of a warm profile); a profile walks once and hands the list on.
 */
export function walkGraphs(graph: Graph): readonly Graph[] {
  const out: Graph[] = [];
  visitGraphs(graph, new Set<Graph>(), out);
  return out;
}

/** walkGraphs' depth-first walk (a plain recursion: a generator per graph level costs more than the walk). */
function visitGraphs(graph: Graph, seen: Set<Graph>, out: Graph[]): void {
  if (seen.has(graph)) return;
  seen.add(graph);
  out.push(graph);
  const nodes = graph.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const attributes = nodes[i]!.attributes;
    if (attributes.size === 0) continue;
    for (const attr of attributes.values()) {
      if (attr.type === 'graph') visitGraphs(attr.value, seen, out);
      else if (attr.type === 'graphs') for (const g of attr.value) visitGraphs(g, seen, out);
    }
  }
}
