/**
 * The graph wiring shared by the readers that build the IR from their own descriptions (Keras
 * layers, TensorFlow nodes): the lists a Graph is made of, helper names that take no one's name,
 * initializers, single-output nodes (a TFLite op told its output's type, as a .tflite file states
 * it), and the Model around them, on ONNX and TFLite ops plus the reader's own domain.
 */
import type { DType } from '../graph/dtype.js';
import { bytesFor } from '../graph/dtype.js';
import type { Model, Node, Tensor, ValueInfo } from '../graph/ir.js';
import type { AttrValue } from './ir-attributes.js';
import { irAttributes } from './ir-attributes.js';
import { OUTPUT_TYPES_ATTR, TFLITE_DOMAIN } from './tflite/to-ir.js';

const ONNX_OPSET = 17;

export type IrAttrs = Readonly<Record<string, AttrValue | undefined>>;

export interface IrModelInfo {
  readonly format: string;
  /** The reader's domain: ops it could not map onto ONNX or TFLite ones (not costed). */
  readonly domain: string;
  readonly formatVersion: string;
  readonly producer: string;
  readonly metadata: ReadonlyMap<string, string>;
  readonly fileBytes: number;
}

export class IrGraphBuilder {
  readonly nodes: Node[] = [];
  readonly initializers = new Map<string, Tensor>();
  readonly inputs: ValueInfo[] = [];
  readonly valueInfo: ValueInfo[] = [];
  readonly warnings: string[] = [];

  /** `names`: names already taken (a TensorFlow graph's own node names). */
  constructor(private readonly names: Set<string> = new Set()) {}

  /**
   * Per base name, the suffix to try next: names are only ever added, so the suffixes below it are
   * still taken. Without it, n layers of one name cost n^2 lookups (5,000 Dense layers all named
   * "d" took 29 s).
   */
  private readonly nextSuffix = new Map<string, number>();

  /** `name`, or `name_1`, `name_2`, ... when it is taken. */
  unique(name: string): string {
    // Nearly every name is free: one lookup, and the suffix map only for the taken ones.
    if (!this.names.has(name)) {
      this.names.add(name);
      return name;
    }
    let i = this.nextSuffix.get(name) ?? 1;
    let n: string;
    do n = `${name}_${i++}`;
    while (this.names.has(n));
    this.nextSuffix.set(name, i);
    this.names.add(n);
    return n;
  }

  initializer(name: string, dtype: DType, dims: readonly number[], values?: readonly number[], storageKey?: string): void {
    const elements = dims.reduce((a, b) => a * b, 1);
    this.initializers.set(name, { name, dtype, dims, elements, byteSize: bytesFor(dtype, elements), storage: 'embedded', ...(values ? { values } : {}), ...(storageKey ? { storageKey } : {}) });
  }

  /** An int64 vector (an output shape, axes) under a name of its own; returns the name. */
  ints(name: string, values: readonly number[]): string {
    const n = this.unique(name);
    this.initializer(n, 'int64', [values.length], values);
    return n;
  }

  /** A node with one output, `output` its name and (for a TFLite op, which reads it) its type. */
  addNode(name: string, opType: string, domain: string, inputs: readonly string[], output: ValueInfo, attrs: IrAttrs): void {
    const attributes = irAttributes(attrs);
    if (domain === TFLITE_DOMAIN) attributes.set(OUTPUT_TYPES_ATTR, { type: 'type_protos', value: [output] });
    this.nodes.push({ name, opType, domain, inputs, outputs: [output.name], attributes });
  }

  /** The model of the graph built, named `name`, with these outputs. */
  model(name: string, outputs: ValueInfo[], info: IrModelInfo): Model {
    return {
      format: info.format,
      formatVersion: info.formatVersion,
      producer: info.producer,
      opsetImports: new Map([['', ONNX_OPSET], [TFLITE_DOMAIN, 1], [info.domain, 1]]),
      graph: { name, inputs: this.inputs, outputs, initializers: this.initializers, valueInfo: this.valueInfo, nodes: this.nodes },
      functions: [],
      metadata: info.metadata,
      fileBytes: info.fileBytes,
    };
  }
}
