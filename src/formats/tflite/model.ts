/** A TFLite model as decoded from its flatbuffer (decode.ts), before it becomes the graph IR (to-ir.ts). */
import type { DType } from '../../graph/dtype.js';

export interface OpCode {
  /** BuiltinOperator name ('CONV_2D'), or undefined for a custom op. */
  readonly builtin: string | undefined;
  /** custom_code of a custom op. */
  readonly custom: string | undefined;
  readonly version: number;
}

export interface RawBuffer {
  readonly index: number;
  /** Bytes of stored data (0: no data, the tensor is not a constant). */
  readonly bytes: number;
  /** Absolute file position of the data (inside the flatbuffer, or after it for files over 2 GB). */
  readonly dataStart: number | undefined;
  /** Stored after the flatbuffer (offset/size) rather than inline. */
  readonly external: boolean;
}

export interface RawQuantization {
  /** Number of scales: 1 per-tensor, more per-channel. */
  readonly scales: number;
  readonly axis: number;
  /** Custom quantization details (the scales then do not apply). */
  readonly custom: boolean;
}

export interface RawSparsity {
  /** Traversal-order length (dims + block dims). */
  readonly dims: number;
  readonly blockDims: number;
}

export interface RawTensor {
  readonly name: string;
  /** The schema's TensorType name ('FLOAT32', 'RESOURCE'). */
  readonly typeName: string;
  /** undefined for RESOURCE and VARIANT. */
  readonly dtype: DType | undefined;
  readonly shape: readonly number[];
  /** shape_signature: -1 marks a dynamic dim; absent when the file has none. */
  readonly signature: readonly number[] | undefined;
  readonly hasRank: boolean;
  readonly isVariable: boolean;
  /** Present when the tensor has stored data (a constant). */
  readonly buffer: RawBuffer | undefined;
  readonly quantization: RawQuantization | undefined;
  readonly sparsity: RawSparsity | undefined;
}

export type OptionValue = number | string | readonly number[];

export interface RawOperator {
  readonly code: OpCode;
  /** Tensor indices; -1 marks an omitted optional input. */
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  readonly intermediates: readonly number[];
  /** The builtin options table's name, when the operator has one. */
  readonly optionsTable: string | undefined;
  readonly options: ReadonlyMap<string, OptionValue>;
}

export interface RawSubgraph {
  readonly index: number;
  readonly name: string;
  readonly tensors: readonly RawTensor[];
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  /** In execution order. */
  readonly operators: readonly RawOperator[];
}

export interface RawModel {
  /** Schema version (3). */
  readonly version: number;
  readonly description: string;
  readonly opCodes: readonly OpCode[];
  readonly subgraphs: readonly RawSubgraph[];
  /** Buffers referenced by tensors or metadata, by index. */
  readonly buffers: ReadonlyMap<number, RawBuffer>;
  /** min_runtime_version as text; other entries (TFLITE_METADATA) as their size. */
  readonly metadata: ReadonlyMap<string, string>;
  readonly fileBytes: number;
}
