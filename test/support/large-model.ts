/**
 * Streams a valid ONNX model of a chosen size (gigabytes, for the benchmark) to disk while
 * holding only a few MB in memory.
 *
 * The graph is a chain of `tensors` blocks  h = Add(MatMul(h, W_i), b_i)  with W_i a [K, K]
 * float32 weight and b_i a [K] bias, input x: [1, K]. K is picked so the weights fill
 * `totalBytes`. Everything except the weights' raw_data is encoded with protobufjs; the weights
 * are written as hand-made TensorProto headers followed by their data in fixed-size chunks, and
 * every enclosing length prefix (tensor, graph) is computed up front from the known sizes.
 *
 * Protobuf messages concatenate into their merge, which is what lets the graph be written as
 * small encoded parts around the streamed initializers.
 *
 * Inline models past 2 GiB exceed protobuf's 2 GiB message limit: onnx/onnxruntime refuse them,
 * but they are well-formed on the wire, which is what a streaming reader needs to be tested on.
 */
import { mkdir, open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { GraphBuilder, encodeMessage, modelProto } from './onnx-writer.js';
import type { ProtoObject } from './onnx-writer.js';

export interface LargeModelOptions {
  /** Approximate size of the model file (or of the side file, with `external`). */
  totalBytes: number;
  /** Number of [K, K] weights (and MatMul+Add blocks); default 4. */
  tensors?: number;
  /** Put the weights in a side file `<path>.data` (data_location = EXTERNAL). */
  external?: boolean;
  /** Write buffer size; default 4 MiB. */
  chunkBytes?: number;
}

export interface LargeTensorInfo {
  name: string;
  dims: [number, number];
  byteLength: number;
  /** Offset in the side file (external variant). */
  offset?: number;
}

export interface LargeModelInfo {
  modelPath: string;
  dataPath?: string;
  /** Bytes of the .onnx file. */
  modelBytes: number;
  /** Bytes of the side file (0 when inline). */
  dataBytes: number;
  /** K: weights are [K, K], activations [1, K]. */
  width: number;
  weights: LargeTensorInfo[];
  /** tensors * (K*K + K): weights plus biases. */
  params: number;
  /** tensors * K*K: one [1,K]x[K,K] MatMul per block. */
  macs: number;
}

const FLOAT32 = 1;
const TAG_GRAPH = (7 << 3) | 2;
const TAG_INITIALIZER = (5 << 3) | 2;
const TAG_RAW_DATA = (9 << 3) | 2;
/** Offsets in the side file are page aligned, as onnx's saver does for mmap. */
const EXTERNAL_ALIGN = 4096;

/** Protobuf varint of a non-negative integer up to 2^53 (lengths here exceed 32 bits). */
function varint(n: number): Uint8Array {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Uint8Array.from(out);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** Largest K with tensors * (K*K + K) * 4 bytes within the budget (less a little for the rest). */
function pickWidth(totalBytes: number, tensors: number): number {
  const budget = Math.max(0, totalBytes - 4096) / (4 * tensors);
  let k = Math.floor(Math.sqrt(budget));
  while (k > 1 && k * k + k > budget) k--;
  if (k < 1) throw new Error(`totalBytes ${totalBytes} is too small for ${tensors} tensors`);
  return k;
}

/** A reusable chunk of non-zero float32 data (deterministic), so the file is not all zeros. */
function patternChunk(bytes: number): Buffer {
  const buf = Buffer.alloc(bytes - (bytes % 4));
  for (let i = 0; i < buf.length / 4; i++) buf.writeFloatLE(((i % 251) - 125) / 1024, i * 4);
  return buf;
}

async function writeAll(fh: FileHandle, data: Uint8Array, position: number): Promise<number> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await fh.write(data, done, data.length - done, position + done);
    done += bytesWritten;
  }
  return position + data.length;
}

async function writeData(fh: FileHandle, chunk: Buffer, length: number, position: number): Promise<number> {
  let left = length;
  while (left > 0) {
    const n = Math.min(left, chunk.length);
    position = await writeAll(fh, n === chunk.length ? chunk : chunk.subarray(0, n), position);
    left -= n;
  }
  return position;
}

/** The chain graph without the big weights; biases and I/O are small and included. */
function chainGraph(k: number, names: readonly string[], external?: { location: string; offsets: number[] }): GraphBuilder {
  const g = new GraphBuilder('large_chain');
  let h = g.input('x', 'float32', [1, k]);
  names.forEach((w, i) => {
    if (external) {
      g.initializer(w, 'float32', [k, k], { external: { location: external.location, offset: external.offsets[i]!, length: k * k * 4 } });
    }
    const b = g.initializer(`b${i}`, 'float32', [k]);
    const [m] = g.node('MatMul', [h, w], [`mm${i}`], {}, { name: `/block${i}/MatMul` });
    const isLast = i === names.length - 1;
    [h] = g.node('Add', [m!, b], [isLast ? 'y' : `h${i + 1}`], {}, { name: `/block${i}/Add` });
  });
  g.output('y', 'float32', [1, k]);
  return g;
}

export async function writeLargeModel(path: string, opts: LargeModelOptions): Promise<LargeModelInfo> {
  const tensors = opts.tensors ?? 4;
  const chunkBytes = opts.chunkBytes ?? 4 * 1024 * 1024;
  const k = pickWidth(opts.totalBytes, tensors);
  await mkdir(dirname(path), { recursive: true });
  const names = Array.from({ length: tensors }, (_, i) => `W${i}`);
  const weightBytes = k * k * 4;
  const chunk = patternChunk(Math.min(chunkBytes, weightBytes + 4));
  const info: Omit<LargeModelInfo, 'modelBytes' | 'dataBytes' | 'weights'> = {
    modelPath: path, width: k, params: tensors * (k * k + k), macs: tensors * k * k,
  };

  if (opts.external) {
    const dataPath = `${path}.data`;
    const offsets = names.map((_, i) => i * Math.ceil(weightBytes / EXTERNAL_ALIGN) * EXTERNAL_ALIGN);
    const modelFile = encodeMessage('ModelProto', modelProto(chainGraph(k, names, { location: basename(dataPath), offsets }), { opset: 17, producerName: 'model-budget-large' }));
    const fh = await open(dataPath, 'w');
    let end = 0;
    try {
      for (const offset of offsets) {
        if (offset > end) end = await writeAll(fh, new Uint8Array(offset - end), end);
        end = await writeData(fh, chunk, weightBytes, offset);
      }
    } finally {
      await fh.close();
    }
    const mh = await open(path, 'w');
    try {
      await writeAll(mh, modelFile, 0);
    } finally {
      await mh.close();
    }
    return {
      ...info, dataPath, modelBytes: modelFile.length, dataBytes: end,
      weights: names.map((name, i) => ({ name, dims: [k, k], byteLength: weightBytes, offset: offsets[i]! })),
    };
  }

  // Inline: model head | graph tag+len | graph part A | weights... | graph part B | model tail.
  const model = modelProto(chainGraph(k, names), { opset: 17, producerName: 'model-budget-large' });
  const graph = model.graph as ProtoObject;
  const head = encodeMessage('ModelProto', { irVersion: model.irVersion, producerName: model.producerName });
  const tail = encodeMessage('ModelProto', { opsetImport: model.opsetImport });
  const partA = encodeMessage('GraphProto', { node: graph.node, name: graph.name });
  const partB = encodeMessage('GraphProto', { initializer: graph.initializer, input: graph.input, output: graph.output });
  const weightParts = names.map((name) => {
    const header = concat([encodeMessage('TensorProto', { dims: [k, k], dataType: FLOAT32, name }), Uint8Array.of(TAG_RAW_DATA), varint(weightBytes)]);
    const tensorLen = header.length + weightBytes;
    return { prefix: concat([Uint8Array.of(TAG_INITIALIZER), varint(tensorLen), header]), fieldLen: 1 + varint(tensorLen).length + tensorLen };
  });
  const graphLen = partA.length + partB.length + weightParts.reduce((s, p) => s + p.fieldLen, 0);

  const fh = await open(path, 'w');
  let pos = 0;
  try {
    pos = await writeAll(fh, concat([head, Uint8Array.of(TAG_GRAPH), varint(graphLen), partA]), pos);
    for (const part of weightParts) {
      pos = await writeAll(fh, part.prefix, pos);
      pos = await writeData(fh, chunk, weightBytes, pos);
    }
    pos = await writeAll(fh, concat([partB, tail]), pos);
  } finally {
    await fh.close();
  }
  const expected = head.length + 1 + varint(graphLen).length + graphLen + tail.length;
  if (pos !== expected) throw new Error(`large model: wrote ${pos} bytes, framing says ${expected}`);
  return { ...info, modelBytes: pos, dataBytes: 0, weights: names.map((name) => ({ name, dims: [k, k], byteLength: weightBytes })) };
}
