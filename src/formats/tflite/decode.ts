/**
 * Decodes a TFLite flatbuffer into plain records (tflite/model.ts), reading tables only: buffers
 * are measured through their length prefix or their offset/size, never read. Counts of what we go
 * on to visit are bounded so that a forged vector cannot make us walk one table a billion times.
 */
import { FlatBuffer, FlatBufferError } from './flatbuffer.js';
import type { Table } from './flatbuffer.js';
import {
  ACTIVATIONS, BUFFER, BUILTIN_OPERATORS, BUILTIN_OPTIONS, FILE_IDENTIFIER, METADATA, MODEL, OPERATOR, OPERATOR_CODE,
  PADDING, QUANTIZATION, SPARSITY, SUBGRAPH, TENSOR, TENSOR_TYPES,
} from './schema.js';
import type { OptionField } from './schema.js';
import type {
  OpCode, OptionValue, RawBuffer, RawModel, RawOperator, RawQuantization, RawSparsity, RawSubgraph, RawTensor,
} from './model.js';

/** Bounds on what one file can declare (far above any real model; below what would hang us). */
export const LIMITS = {
  operatorCodes: 100_000,
  subgraphs: 100_000,
  /** Tensor and operator tables over all subgraphs. */
  records: 4_000_000,
  operands: 100_000,
  rank: 64,
  metadata: 10_000,
  buffers: 50_000_000,
} as const;

class Decoder {
  private records = 0;
  readonly buffers = new Map<number, RawBuffer>();
  private buffersVec: { start: number; length: number } | undefined;

  constructor(readonly fb: FlatBuffer) {}

  private count(n: number, what: string): void {
    this.records += n;
    if (this.records > LIMITS.records) throw new FlatBufferError(`more than ${LIMITS.records} tensors and operators (at ${what})`);
  }

  decode(): RawModel {
    const { fb } = this;
    if (fb.size < 8) throw new FlatBufferError(`${fb.size} bytes is too short for a TFLite file`);
    const ident = new TextDecoder('latin1').decode(fb.bytesAt(4, 4, 'file identifier'));
    if (ident !== FILE_IDENTIFIER) {
      throw new FlatBufferError(`not a TFLite file: file identifier is '${printable(ident)}', expected '${FILE_IDENTIFIER}'`);
    }
    const root = fb.tableAt(0, 'model');
    const version = fb.scalar(root, MODEL.version, 'u32', 0, 'model version');
    const codesVec = fb.vector(root, MODEL.operatorCodes, 4, 'operator codes', LIMITS.operatorCodes);
    const opCodes: OpCode[] = [];
    for (let i = 0; i < (codesVec?.length ?? 0); i++) opCodes.push(this.opCode(fb.tableIn(codesVec!, i, `operator code ${i}`)));
    this.buffersVec = fb.vector(root, MODEL.buffers, 4, 'buffers', LIMITS.buffers);
    const sgVec = fb.vector(root, MODEL.subgraphs, 4, 'subgraphs', LIMITS.subgraphs);
    if (!sgVec || sgVec.length === 0) throw new FlatBufferError('the model has no subgraph');
    const subgraphs: RawSubgraph[] = [];
    for (let i = 0; i < sgVec.length; i++) subgraphs.push(this.subgraph(fb.tableIn(sgVec, i, `subgraph ${i}`), i, opCodes));
    const description = fb.string(root, MODEL.description, 'model description', 256);
    const metadata = new Map<string, string>();
    const mdVec = fb.vector(root, MODEL.metadata, 4, 'metadata', LIMITS.metadata);
    for (let i = 0; i < (mdVec?.length ?? 0); i++) {
      const t = fb.tableIn(mdVec!, i, `metadata ${i}`);
      const name = fb.string(t, METADATA.name, `metadata ${i} name`, 256);
      const buf = this.buffer(fb.scalar(t, METADATA.buffer, 'u32', 0, `metadata ${i} buffer`), `metadata '${name}'`);
      metadata.set(name, this.metadataText(name, buf));
    }
    return { version, description, opCodes, subgraphs, buffers: this.buffers, metadata, fileBytes: fb.size };
  }

  private metadataText(name: string, buf: RawBuffer): string {
    // min_runtime_version is a short NUL-padded version string; other entries are binary blobs.
    if (name === 'min_runtime_version' && buf.bytes > 0 && buf.bytes <= 64 && buf.dataStart !== undefined) {
      const raw = this.fb.bytesAt(buf.dataStart, buf.bytes, 'min_runtime_version');
      const end = raw.indexOf(0);
      return new TextDecoder('utf-8').decode(end < 0 ? raw : raw.subarray(0, end));
    }
    return `${buf.bytes} bytes`;
  }

  private opCode(t: Table): OpCode {
    const { fb } = this;
    const deprecated = fb.scalar(t, OPERATOR_CODE.deprecatedBuiltinCode, 'i8', 0, 'operator code');
    const extended = fb.scalar(t, OPERATOR_CODE.builtinCode, 'i32', 0, 'operator code');
    // Old files fill only the byte-sized field, new ones both (the byte capped at 127): the larger wins.
    const code = Math.max(deprecated, extended);
    const version = fb.scalar(t, OPERATOR_CODE.version, 'i32', 1, 'operator code version');
    const name = BUILTIN_OPERATORS[code] ?? `BUILTIN_${code}`;
    if (name === 'CUSTOM') {
      const custom = fb.string(t, OPERATOR_CODE.customCode, 'custom op name', 256);
      return { builtin: undefined, custom: custom || '(unnamed custom op)', version };
    }
    return { builtin: name, custom: undefined, version };
  }

  /** Buffer `index`, decoded once (tensors in several subgraphs may share it). */
  buffer(index: number, what: string): RawBuffer {
    const hit = this.buffers.get(index);
    if (hit) return hit;
    const vec = this.buffersVec;
    if (!vec || index >= vec.length) {
      throw new FlatBufferError(`${what} refers to buffer ${index}, but the model has ${vec?.length ?? 0} buffers`);
    }
    const { fb } = this;
    const t = fb.tableIn(vec, index, `buffer ${index}`);
    const data = fb.vector(t, BUFFER.data, 1, `buffer ${index} data`);
    const offset = fb.scalar(t, BUFFER.offset, 'u64', 0, `buffer ${index} offset`);
    const size = fb.scalar(t, BUFFER.size, 'u64', 0, `buffer ${index} size`);
    let buf: RawBuffer;
    if (data && data.length > 0) buf = { index, bytes: data.length, dataStart: data.start, external: false };
    else if (offset > 1) {
      // Files over 2 GB keep buffers after the flatbuffer; the schema makes offset valid only when > 1.
      if (!Number.isSafeInteger(offset + size) || offset + size > fb.size) {
        throw new FlatBufferError(`buffer ${index} lies at bytes ${offset}..${offset + size}, outside the file (${fb.size} bytes)`);
      }
      buf = { index, bytes: size, dataStart: offset, external: true };
    } else buf = { index, bytes: 0, dataStart: undefined, external: false };
    this.buffers.set(index, buf);
    return buf;
  }

  private subgraph(t: Table, index: number, opCodes: readonly OpCode[]): RawSubgraph {
    const { fb } = this;
    const name = fb.string(t, SUBGRAPH.name, `subgraph ${index} name`, 256);
    const where = `subgraph ${index}`;
    const tVec = fb.vector(t, SUBGRAPH.tensors, 4, `${where} tensors`, LIMITS.records);
    this.count(tVec?.length ?? 0, `${where} tensors`);
    const tensors: RawTensor[] = [];
    for (let i = 0; i < (tVec?.length ?? 0); i++) tensors.push(this.tensor(fb.tableIn(tVec!, i, `${where} tensor ${i}`), `${where} tensor ${i}`));
    const inputs = fb.numbers(t, SUBGRAPH.inputs, 'i32', `${where} inputs`, LIMITS.operands);
    const outputs = fb.numbers(t, SUBGRAPH.outputs, 'i32', `${where} outputs`, LIMITS.operands);
    const oVec = fb.vector(t, SUBGRAPH.operators, 4, `${where} operators`, LIMITS.records);
    this.count(oVec?.length ?? 0, `${where} operators`);
    const operators: RawOperator[] = [];
    for (let i = 0; i < (oVec?.length ?? 0); i++) {
      operators.push(this.operator(fb.tableIn(oVec!, i, `${where} operator ${i}`), `${where} operator ${i}`, opCodes));
    }
    return { index, name, tensors, inputs, outputs, operators };
  }

  private tensor(t: Table, what: string): RawTensor {
    const { fb } = this;
    const typeCode = fb.scalar(t, TENSOR.type, 'i8', 0, what);
    const type = TENSOR_TYPES[typeCode];
    if (!type) throw new FlatBufferError(`${what} has unknown element type ${typeCode}`);
    const shape = fb.numbers(t, TENSOR.shape, 'i32', `${what} shape`, LIMITS.rank);
    const sigField = fb.vector(t, TENSOR.shapeSignature, 4, `${what} shape signature`, LIMITS.rank);
    const signature = sigField ? fb.numbers(t, TENSOR.shapeSignature, 'i32', `${what} shape signature`, LIMITS.rank) : undefined;
    const bufferIndex = fb.scalar(t, TENSOR.buffer, 'u32', 0, what);
    const name = fb.string(t, TENSOR.name, `${what} name`);
    const q = fb.table(t, TENSOR.quantization, `${what} quantization`);
    const sp = fb.table(t, TENSOR.sparsity, `${what} sparsity`);
    const buffer = bufferIndex === 0 ? undefined : this.buffer(bufferIndex, `${what} ('${name}')`);
    return {
      name,
      typeName: type.name,
      dtype: type.dtype,
      shape,
      signature,
      hasRank: fb.scalar(t, TENSOR.hasRank, 'bool', 0, what) === 1,
      isVariable: fb.scalar(t, TENSOR.isVariable, 'bool', 0, what) === 1,
      buffer: buffer && buffer.bytes > 0 ? buffer : undefined,
      quantization: q ? this.quantization(q, `${what} quantization`) : undefined,
      sparsity: sp ? this.sparsity(sp, `${what} sparsity`) : undefined,
    };
  }

  private quantization(t: Table, what: string): RawQuantization | undefined {
    const { fb } = this;
    // Only the counts matter (per-tensor or per-channel); the scale values are never read.
    const scales = fb.vector(t, QUANTIZATION.scale, 4, `${what} scales`)?.length ?? 0;
    const custom = fb.scalar(t, QUANTIZATION.detailsType, 'u8', 0, what) !== 0;
    if (scales === 0 && !custom) return undefined;
    return { scales, axis: fb.scalar(t, QUANTIZATION.quantizedDimension, 'i32', 0, what), custom };
  }

  private sparsity(t: Table, what: string): RawSparsity {
    const { fb } = this;
    const order = fb.vector(t, SPARSITY.traversalOrder, 4, `${what} traversal order`, LIMITS.rank * 2)?.length ?? 0;
    const blockDims = fb.vector(t, SPARSITY.blockMap, 4, `${what} block map`, LIMITS.rank)?.length ?? 0;
    return { dims: order, blockDims };
  }

  private operator(t: Table, what: string, opCodes: readonly OpCode[]): RawOperator {
    const { fb } = this;
    const opcodeIndex = fb.scalar(t, OPERATOR.opcodeIndex, 'u32', 0, what);
    const code = opCodes[opcodeIndex];
    if (!code) throw new FlatBufferError(`${what} uses operator code ${opcodeIndex}, but the model has ${opCodes.length}`);
    const inputs = fb.numbers(t, OPERATOR.inputs, 'i32', `${what} inputs`, LIMITS.operands);
    const outputs = fb.numbers(t, OPERATOR.outputs, 'i32', `${what} outputs`, LIMITS.operands);
    const intermediates = fb.numbers(t, OPERATOR.intermediates, 'i32', `${what} intermediates`, LIMITS.operands);
    const optType = fb.scalar(t, OPERATOR.builtinOptionsType, 'u8', 0, what);
    const options = new Map<string, OptionValue>();
    const spec = BUILTIN_OPTIONS[optType];
    if (spec) {
      const ot = fb.table(t, OPERATOR.builtinOptions, `${what} ${spec.table}`);
      if (ot) for (const [i, f] of spec.fields.entries()) this.option(ot, i, f, options, `${what} ${spec.table}.${f.name}`);
    }
    return { code, inputs, outputs, intermediates, optionsTable: spec?.table, options };
  }

  private option(t: Table, id: number, f: OptionField, out: Map<string, OptionValue>, what: string): void {
    const { fb } = this;
    const k = f.kind;
    if (k === 'skip') return;
    if (k === 'ints') out.set(f.name, fb.numbers(t, id, 'i32', what, LIMITS.operands));
    else if (k === 'longs') out.set(f.name, fb.numbers(t, id, 'i64', what, LIMITS.operands));
    else if (k === 'floats') out.set(f.name, fb.numbers(t, id, 'f32', what, LIMITS.operands));
    else if (k === 'string') out.set(f.name, fb.string(t, id, what, 256));
    else if (k === 'float') out.set(f.name, fb.scalar(t, id, 'f32', f.def, what));
    else if (k === 'bool') out.set(f.name, fb.scalar(t, id, 'bool', f.def, what));
    else if (k === 'int') out.set(f.name, fb.scalar(t, id, 'i32', f.def, what));
    else if (k === 'uint') out.set(f.name, fb.scalar(t, id, 'u32', f.def, what));
    else if (k === 'long') out.set(f.name, fb.scalar(t, id, 'i64', f.def, what));
    else if (k === 'byte') out.set(f.name, fb.scalar(t, id, 'i8', f.def, what));
    else {
      const code = fb.scalar(t, id, 'i8', f.def, what);
      const names = k === 'padding' ? PADDING : k === 'activation' ? ACTIVATIONS : k === 'tensortype'
        ? TENSOR_TYPES.map((x) => x.dtype ?? x.name.toLowerCase())
        : k.slice(5, -1).split(',');
      const name = names[code];
      if (name === undefined) throw new FlatBufferError(`${what} has unknown value ${code}`);
      out.set(f.name, name);
    }
  }
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?');
}

export function decodeTflite(fb: FlatBuffer): RawModel {
  return new Decoder(fb).decode();
}
