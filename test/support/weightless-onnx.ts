/**
 * Rewrites an ONNX model so that its large floating-point tensors live in an external data file
 * instead of the model: the graph (every node, attribute, name, shape, small constant) stays
 * byte for byte what the exporter wrote, and only the weights' raw_data is replaced by an
 * external_data reference. The side file's content never matters for profiling, so tests
 * recreate it as a sparse file of the right size (test/support/model-fixtures.ts).
 *
 * Works on the protobuf wire format (protobufjs's Reader/Writer), not a decode/encode round trip,
 * so fields model-budget does not model survive unchanged.
 */
import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import protobufMinimal from 'protobufjs/minimal.js';
import { dtypeFromOnnx } from '../../src/formats/onnx/dtype-codes.js';
import { FIELD, DATA_LOCATION } from '../../src/formats/onnx/schema.js';
import { decodable } from '../../src/formats/onnx/tensor-values.js';
import { WIRE } from '../../src/formats/onnx/wire.js';

const { Reader, Writer } = protobufMinimal;

/**
 * raw_data of at most this many bytes stays inline: an external_data reference costs about as
 * much.
 */
export const EXTERNAL_THRESHOLD_BYTES = 128;

/**
 * Whether a tensor's data can move out: only data the reader never decodes (it keeps the values
 * of small tensors, for shape arithmetic and folding), so the engine sees the same model.
 */
function movable(dataType: number, dims: readonly number[], rawBytes: number): boolean {
  const dtype = dtypeFromOnnx(dataType);
  if (!dtype || rawBytes <= EXTERNAL_THRESHOLD_BYTES) return false;
  return !decodable(dtype, dims.reduce((a, b) => a * b, 1));
}

export interface WeightlessModel {
  /** The rewritten model file. */
  readonly bytes: Uint8Array;
  /** Size of the external data file(s) the model refers to, by location. */
  readonly sideFiles: Record<string, number>;
  /** Tensors moved out by this rewrite. */
  readonly moved: number;
}

interface Field {
  readonly field: number;
  readonly wire: number;
  /** The whole field, tag included. */
  readonly raw: Uint8Array;
  /** Payload of a length-delimited field. */
  readonly payload?: Uint8Array;
  /** Value of a varint field. */
  readonly varint?: number;
}

function fieldsOf(bytes: Uint8Array): Field[] {
  const r = Reader.create(bytes);
  const out: Field[] = [];
  while (r.pos < r.len) {
    const start = r.pos;
    const tag = r.uint32();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (wire === WIRE.LEN) {
      const payload = r.bytes();
      out.push({ field, wire, raw: bytes.subarray(start, r.pos), payload });
    } else if (wire === WIRE.VARINT) {
      const varint = r.uint64();
      out.push({ field, wire, raw: bytes.subarray(start, r.pos), varint: Number(varint.toString()) });
    } else {
      r.skipType(wire);
      out.push({ field, wire, raw: bytes.subarray(start, r.pos) });
    }
  }
  return out;
}

/** TensorProto.dims, written unpacked (one varint each) or packed. */
function dimsOf(fields: readonly Field[]): number[] {
  const dims: number[] = [];
  for (const f of fields) {
    if (f.field !== FIELD.tensor.dims) continue;
    if (f.varint !== undefined) dims.push(f.varint);
    else if (f.payload) {
      const r = Reader.create(f.payload);
      while (r.pos < r.len) dims.push(Number(r.int64().toString()));
    }
  }
  return dims;
}

function lenField(field: number, payload: Uint8Array): Uint8Array {
  return Writer.create().uint32(((field << 3) | WIRE.LEN) >>> 0).bytes(payload).finish();
}

function stringEntry(key: string, value: string): Uint8Array {
  const w = Writer.create();
  w.uint32((FIELD.stringEntry.key << 3) | WIRE.LEN).string(key);
  w.uint32((FIELD.stringEntry.value << 3) | WIRE.LEN).string(value);
  return lenField(FIELD.tensor.externalData, w.finish());
}

/** Which length-delimited fields of which message hold messages that can contain tensors. */
type Kind = 'model' | 'graph' | 'node' | 'attribute' | 'function' | 'tensor' | 'sparseTensor';
const CHILDREN: Record<Exclude<Kind, 'tensor'>, ReadonlyMap<number, Kind>> = {
  model: new Map([[FIELD.model.graph, 'graph'], [FIELD.model.functions, 'function']]),
  graph: new Map<number, Kind>([
    [FIELD.graph.node, 'node'], [FIELD.graph.initializer, 'tensor'], [FIELD.graph.sparseInitializer, 'sparseTensor'],
  ]),
  node: new Map([[FIELD.node.attribute, 'attribute']]),
  attribute: new Map<number, Kind>([
    [FIELD.attribute.t, 'tensor'], [FIELD.attribute.g, 'graph'], [FIELD.attribute.tensors, 'tensor'],
    [FIELD.attribute.graphs, 'graph'], [FIELD.attribute.sparseTensor, 'sparseTensor'], [FIELD.attribute.sparseTensors, 'sparseTensor'],
  ]),
  function: new Map([[FIELD.functionProto.node, 'node']]),
  sparseTensor: new Map([[FIELD.sparseTensor.values, 'tensor']]),
};

/**
 * `bytes` with the raw_data of every movable tensor moved to a new side file `location`, in file
 * order. Tensors already in external data are left as they are.
 */
export function moveWeightsOut(bytes: Uint8Array, location: string): WeightlessModel {
  let end = 0;
  let moved = 0;

  const tensor = (payload: Uint8Array): Uint8Array => {
    const fields = fieldsOf(payload);
    const dtype = fields.find((f) => f.field === FIELD.tensor.dataType)?.varint ?? 0;
    const dims = dimsOf(fields);
    const raw = fields.find((f) => f.field === FIELD.tensor.rawData);
    const external = fields.find((f) => f.field === FIELD.tensor.dataLocation)?.varint === DATA_LOCATION.EXTERNAL;
    if (external || !raw || !movable(dtype, dims, raw.payload!.length)) return payload;
    const length = raw.payload!.length;
    const parts = fields.filter((f) => f !== raw).map((f) => f.raw);
    parts.push(stringEntry('location', location), stringEntry('offset', String(end)), stringEntry('length', String(length)));
    parts.push(Writer.create().uint32((FIELD.tensor.dataLocation << 3) | WIRE.VARINT).int32(DATA_LOCATION.EXTERNAL).finish());
    end += length;
    moved++;
    return Buffer.concat(parts);
  };

  const message = (kind: Kind, payload: Uint8Array): Uint8Array => {
    if (kind === 'tensor') return tensor(payload);
    const children = CHILDREN[kind];
    const parts: Uint8Array[] = [];
    let changed = false;
    for (const f of fieldsOf(payload)) {
      const child = f.wire === WIRE.LEN ? children.get(f.field) : undefined;
      if (child === undefined) {
        parts.push(f.raw);
        continue;
      }
      const inner = message(child, f.payload!);
      if (inner === f.payload) parts.push(f.raw);
      else {
        parts.push(lenField(f.field, inner));
        changed = true;
      }
    }
    return changed ? Buffer.concat(parts) : payload;
  };

  const out = message('model', bytes);
  return { bytes: new Uint8Array(out), sideFiles: moved > 0 ? { [location]: end } : {}, moved };
}

/**
 * A deep copy of a decoded model (or any part of it) with every tensor's storage, external-data
 * reference and storage key left out: what must be equal between a model and its weightless form.
 */
export function withoutStorage(value: unknown): unknown {
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, withoutStorage(v)]));
  if (Array.isArray(value)) return value.map(withoutStorage);
  if (value === null || typeof value !== 'object') return value;
  const isTensor = 'storage' in value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (isTensor && (k === 'storage' || k === 'external' || k === 'storageKey')) continue;
    out[k] = withoutStorage(v);
  }
  return out;
}

/**
 * Creates the side files of a weightless model in `dir` (the model's folder) as sparse files of
 * the recorded sizes: zeros that take no disk blocks, which is all a profiler needs of them.
 */
export function writeSparseSideFiles(dir: string, sideFiles: Readonly<Record<string, number>>): void {
  for (const [location, size] of Object.entries(sideFiles)) {
    const fd = openSync(join(dir, location), 'w');
    try {
      ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
  }
}
