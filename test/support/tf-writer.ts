/**
 * Test-side TensorFlow writers: GraphDef / SavedModel protobuf bytes encoded by protobufjs from a
 * descriptor written from TensorFlow's .proto files (graph.proto, node_def.proto, attr_value.proto,
 * tensor.proto, tensor_shape.proto, function.proto, op_def.proto, saved_model.proto,
 * meta_graph.proto, tensor_bundle.proto), independent of the reader's field tables; and a
 * LevelDB-format table writer for checkpoint `.index` files (table/format.md of LevelDB).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';

const DESCRIPTOR = {
  nested: {
    tensorflow: {
      nested: {
        TensorShapeProto: {
          fields: { dim: { rule: 'repeated', type: 'Dim', id: 2 }, unknownRank: { type: 'bool', id: 3 } },
          nested: { Dim: { fields: { size: { type: 'int64', id: 1 }, name: { type: 'string', id: 2 } } } },
        },
        TensorProto: {
          fields: {
            dtype: { type: 'int32', id: 1 },
            tensorShape: { type: 'TensorShapeProto', id: 2 },
            versionNumber: { type: 'int32', id: 3 },
            tensorContent: { type: 'bytes', id: 4 },
            floatVal: { rule: 'repeated', type: 'float', id: 5, options: { packed: true } },
            intVal: { rule: 'repeated', type: 'int32', id: 7, options: { packed: true } },
            int64Val: { rule: 'repeated', type: 'int64', id: 10, options: { packed: true } },
          },
        },
        AttrValue: {
          fields: {
            list: { type: 'ListValue', id: 1 },
            s: { type: 'bytes', id: 2 }, i: { type: 'int64', id: 3 }, f: { type: 'float', id: 4 }, b: { type: 'bool', id: 5 },
            type: { type: 'int32', id: 6 }, shape: { type: 'TensorShapeProto', id: 7 }, tensor: { type: 'TensorProto', id: 8 },
            func: { type: 'NameAttrList', id: 10 },
          },
          nested: {
            ListValue: {
              fields: {
                s: { rule: 'repeated', type: 'bytes', id: 2 }, i: { rule: 'repeated', type: 'int64', id: 3, options: { packed: true } },
                f: { rule: 'repeated', type: 'float', id: 4, options: { packed: true } }, b: { rule: 'repeated', type: 'bool', id: 5, options: { packed: true } },
                type: { rule: 'repeated', type: 'int32', id: 6, options: { packed: true } }, shape: { rule: 'repeated', type: 'TensorShapeProto', id: 7 },
              },
            },
          },
        },
        NameAttrList: { fields: { name: { type: 'string', id: 1 } } },
        NodeDef: {
          fields: {
            name: { type: 'string', id: 1 }, op: { type: 'string', id: 2 }, input: { rule: 'repeated', type: 'string', id: 3 },
            device: { type: 'string', id: 4 }, attr: { keyType: 'string', type: 'AttrValue', id: 5 },
          },
        },
        VersionDef: { fields: { producer: { type: 'int32', id: 1 }, minConsumer: { type: 'int32', id: 2 } } },
        OpDef: {
          fields: { name: { type: 'string', id: 1 }, inputArg: { rule: 'repeated', type: 'ArgDef', id: 2 }, outputArg: { rule: 'repeated', type: 'ArgDef', id: 3 } },
          nested: { ArgDef: { fields: { name: { type: 'string', id: 1 }, type: { type: 'int32', id: 3 } } } },
        },
        FunctionDef: {
          fields: { signature: { type: 'OpDef', id: 1 }, nodeDef: { rule: 'repeated', type: 'NodeDef', id: 3 }, ret: { keyType: 'string', type: 'string', id: 4 } },
        },
        FunctionDefLibrary: { fields: { function: { rule: 'repeated', type: 'FunctionDef', id: 1 } } },
        GraphDef: {
          fields: {
            node: { rule: 'repeated', type: 'NodeDef', id: 1 }, library: { type: 'FunctionDefLibrary', id: 2 },
            versions: { type: 'VersionDef', id: 4 },
          },
        },
        TensorInfo: { fields: { name: { type: 'string', id: 1 }, dtype: { type: 'int32', id: 2 } } },
        SignatureDef: {
          fields: {
            inputs: { keyType: 'string', type: 'TensorInfo', id: 1 }, outputs: { keyType: 'string', type: 'TensorInfo', id: 2 },
            methodName: { type: 'string', id: 3 },
          },
        },
        MetaGraphDef: { fields: { graphDef: { type: 'GraphDef', id: 2 }, signatureDef: { keyType: 'string', type: 'SignatureDef', id: 5 } } },
        SavedModel: { fields: { savedModelSchemaVersion: { type: 'int64', id: 1 }, metaGraphs: { rule: 'repeated', type: 'MetaGraphDef', id: 2 } } },
        BundleHeaderProto: { fields: { numShards: { type: 'int32', id: 1 }, endianness: { type: 'int32', id: 2 }, version: { type: 'VersionDef', id: 3 } } },
        BundleEntryProto: {
          fields: {
            dtype: { type: 'int32', id: 1 }, shape: { type: 'TensorShapeProto', id: 2 }, shardId: { type: 'int32', id: 3 },
            offset: { type: 'int64', id: 4 }, size: { type: 'int64', id: 5 }, crc32c: { type: 'fixed32', id: 6 },
          },
        },
      },
    },
  },
};

const root = protobuf.Root.fromJSON(DESCRIPTOR);

export function encodeTf(type: string, obj: Record<string, unknown>): Buffer {
  const t = root.lookupType(`tensorflow.${type}`);
  const err = t.verify(obj);
  if (err) throw new Error(`${type}: ${err}`);
  return Buffer.from(t.encode(t.fromObject(obj)).finish());
}

/** TensorFlow DataType codes used by the tests (types.proto). */
export const DT = { float: 1, double: 2, int32: 3, string: 7, int64: 9, half: 19, resource: 20 } as const;

export const shape = (dims: readonly number[]): Record<string, unknown> => ({ dim: dims.map((size) => ({ size })) });

/** A Const node: `content` bytes, or `floatVal` values (one value fills the whole shape). */
export function constNode(name: string, dtype: number, dims: readonly number[], value: { content?: Buffer; floatVal?: number[]; intVal?: number[] }): Record<string, unknown> {
  const tensor: Record<string, unknown> = { dtype, tensorShape: shape(dims) };
  if (value.content) tensor.tensorContent = value.content;
  if (value.floatVal) tensor.floatVal = value.floatVal;
  if (value.intVal) tensor.intVal = value.intVal;
  return { name, op: 'Const', attr: { value: { tensor }, dtype: { type: dtype } } };
}

export function opNode(name: string, op: string, inputs: string[], attr: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, op, input: inputs, attr };
}

/** Attribute values (attr_value.proto): a list of ints, a string, a bool, a type, a shape, a function. */
export const attr = {
  ints: (i: readonly number[]): Record<string, unknown> => ({ list: { i } }),
  s: (v: string): Record<string, unknown> => ({ s: Buffer.from(v) }),
  b: (v: boolean): Record<string, unknown> => ({ b: v }),
  f: (v: number): Record<string, unknown> => ({ f: v }),
  type: (t: number): Record<string, unknown> => ({ type: t }),
  shape: (dims: readonly number[]): Record<string, unknown> => ({ shape: shape(dims) }),
  func: (name: string): Record<string, unknown> => ({ func: { name } }),
  /** `_output_shapes`: one shape per output. */
  shapes: (...dims: readonly (readonly number[])[]): Record<string, unknown> => ({ list: { shape: dims.map(shape) } }),
};

/** A FunctionDef: signature args, body nodes (inputs `arg` or `node:out_arg:i`), and the ret map. */
export function functionDef(name: string, inputs: readonly string[], outputs: readonly string[], nodes: Record<string, unknown>[], ret: Record<string, string>): Record<string, unknown> {
  return { signature: { name, inputArg: inputs.map((n) => ({ name: n, type: DT.float })), outputArg: outputs.map((n) => ({ name: n, type: DT.float })) }, nodeDef: nodes, ret };
}

// ---------------------------------------------------------------------------------------------
// LevelDB table

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Buffer.from(out);
}

/** One block: prefix-compressed keys, a restart point every `restartInterval` entries, no compression. */
export function tableBlock(entries: readonly [Buffer, Buffer][], restartInterval: number): Buffer {
  const parts: Buffer[] = [];
  const restarts: number[] = [];
  let size = 0;
  let prev: Buffer = Buffer.alloc(0);
  entries.forEach(([key, value], i) => {
    let shared = 0;
    if (i % restartInterval === 0) restarts.push(size);
    else while (shared < prev.length && shared < key.length && prev[shared] === key[shared]) shared++;
    const e = Buffer.concat([varint(shared), varint(key.length - shared), varint(value.length), key.subarray(shared), value]);
    parts.push(e);
    size += e.length;
    prev = key;
  });
  if (restarts.length === 0) restarts.push(0);
  const tail = Buffer.alloc(4 * restarts.length + 4);
  restarts.forEach((r, i) => tail.writeUInt32LE(r, 4 * i));
  tail.writeUInt32LE(restarts.length, 4 * restarts.length);
  return Buffer.concat([...parts, tail]);
}

export interface TableOptions {
  /** Entries per data block (several blocks exercise the index). */
  readonly perBlock?: number;
  readonly restartInterval?: number;
  /** Compression type byte written after each data block (0 = none, 1 = Snappy). */
  readonly compressionByte?: number;
}

/** A whole table: data blocks, an empty metaindex block, the index block, the 48-byte footer. */
export function tableBytes(entries: readonly [Buffer, Buffer][], opts: TableOptions = {}): Buffer {
  const perBlock = opts.perBlock ?? 1000;
  const out: Buffer[] = [];
  let offset = 0;
  const index: [Buffer, Buffer][] = [];
  const put = (block: Buffer, type = 0): Buffer => {
    const handle = Buffer.concat([varint(offset), varint(block.length)]);
    out.push(block, Buffer.from([type, 0, 0, 0, 0]));
    offset += block.length + 5;
    return handle;
  };
  for (let i = 0; i < entries.length; i += perBlock) {
    const chunk = entries.slice(i, i + perBlock);
    const handle = put(tableBlock(chunk, opts.restartInterval ?? 16), opts.compressionByte ?? 0);
    index.push([chunk[chunk.length - 1]![0], handle]);
  }
  const meta = put(tableBlock([], 1));
  const idx = put(tableBlock(index, 1));
  const footer = Buffer.alloc(48);
  Buffer.concat([meta, idx]).copy(footer);
  Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]).copy(footer, 40);
  out.push(footer);
  return Buffer.concat(out);
}

export interface BundleVar {
  readonly name: string;
  readonly dtype: number;
  readonly dims: readonly number[];
  /** Bytes stored (default: dims product x 4). */
  readonly size?: number;
  readonly shard?: number;
}

/**
 * Writes a checkpoint `<prefix>.index` and its zero-filled data shards (sized to hold every
 * variable, laid out one after another per shard). Returns the index bytes.
 */
export function writeBundle(prefix: string, vars: readonly BundleVar[], opts: TableOptions & { numShards?: number; shardBytes?: Record<number, number> } = {}): Buffer {
  const numShards = opts.numShards ?? 1;
  const ends = new Array<number>(numShards).fill(0);
  const entries: [Buffer, Buffer][] = [[Buffer.alloc(0), encodeTf('BundleHeaderProto', { numShards, endianness: 0, version: { producer: 1 } })]];
  for (const v of [...vars].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))) {
    const shard = v.shard ?? 0;
    const size = v.size ?? v.dims.reduce((a, b) => a * b, 1) * 4;
    entries.push([Buffer.from(v.name), encodeTf('BundleEntryProto', { dtype: v.dtype, shape: shape(v.dims), shardId: shard, offset: ends[shard]!, size })]);
    ends[shard] = ends[shard]! + size;
  }
  const index = tableBytes(entries, opts);
  writeFileSync(`${prefix}.index`, index);
  for (let s = 0; s < numShards; s++) {
    writeFileSync(`${prefix}.data-${String(s).padStart(5, '0')}-of-${String(numShards).padStart(5, '0')}`, Buffer.alloc(opts.shardBytes?.[s] ?? ends[s]!));
  }
  return index;
}

/**
 * A SavedModel folder: saved_model.pb around `graph` (with `signatureDef`, a MetaGraphDef
 * signature_def map, when given), and a variables bundle. Returns saved_model.pb's path.
 */
export function writeSavedModel(dir: string, graph: Record<string, unknown>, vars: readonly BundleVar[] | null, opts: Parameters<typeof writeBundle>[2] & { signatureDef?: Record<string, unknown> } = {}): string {
  mkdirSync(join(dir, 'variables'), { recursive: true });
  const pb = join(dir, 'saved_model.pb');
  writeFileSync(pb, encodeTf('SavedModel', { savedModelSchemaVersion: 1, metaGraphs: [{ graphDef: graph, ...(opts.signatureDef ? { signatureDef: opts.signatureDef } : {}) }] }));
  if (vars) writeBundle(join(dir, 'variables', 'variables'), vars, opts);
  return pb;
}
