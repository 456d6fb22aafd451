/**
 * Reads an ONNX file into the graph IR, touching only the graph structure: weight payloads are
 * skipped through the file handle, so time and memory follow the graph, not the weights.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ModelFileError } from '../../graph/errors.js';
import { containedEntry, isInside, UnsafeFileError } from '../contained-file.js';
import type { ContainedEntry } from '../contained-file.js';
import { readInto, withOpenModel } from '../file.js';
import type { OpenFile } from '../file.js';
import { LimitError } from '../../graph/limits.js';
import type { Model, Tensor } from '../../graph/ir.js';
import { WireError, WireReader } from './wire.js';
import type { WindowSizes } from './wire.js';
import { decodeModel } from './decode.js';
import type { DecodeContext, DecodedModel } from './decode.js';

/** Files up to this size are read whole (within the 1 MB + 1% read budget and faster to decode). */
const WHOLE_FILE = 128 * 1024;

/**
 * One buffer for every file read whole: a fresh one per read is external memory that drives the
 * garbage collector (a 39 KB model read 30% slower from a fresh buffer than from a reused one).
 * Decoding is synchronous and keeps nothing of it (names are copied out as strings, values as
 * numbers), so the next read may overwrite it.
 */
let wholeFile = Buffer.allocUnsafe(0);

/** The file's bytes (short if it shrank since it was measured), in `wholeFile`. */
function readWhole(fd: number, size: number, path: string): Buffer {
  if (wholeFile.length < size) wholeFile = Buffer.allocUnsafe(Math.max(size, WHOLE_FILE));
  return wholeFile.subarray(0, readInto(fd, wholeFile, size, 0, path));
}

export interface ReadStats {
  /** Bytes read from the model file (the weights are skipped, so this stays small). */
  readonly bytesRead: number;
  readonly readCalls: number;
}

export interface ReadResult {
  readonly model: Model;
  /** Sum of the sizes of the distinct external data files the model references. */
  readonly externalDataBytes: number;
  readonly stats: ReadStats;
}

export interface ReadOptions {
  /** Files up to this many bytes are read in one call (tests lower it to exercise the window). */
  readonly wholeFileBytes?: number;
  /** Read window sizes (tests shrink them so that reads straddle every kind of field). */
  readonly windows?: WindowSizes;
}

/** Reads and validates an ONNX model file. Throws ModelFileError (one line, names the file). */
export function readOnnxFile(path: string, options: ReadOptions = {}): ReadResult {
  return withOpenModel(path, (fd, size) => {
    if (size <= (options.wholeFileBytes ?? WHOLE_FILE)) {
      // Small files (external-data models, tiny graphs): one read, then decode in memory.
      const bytes = readWhole(fd, size, path);
      const { model, externalDataBytes } = decodeAndCheck(WireReader.fromBytes(bytes), bytes.byteLength, path);
      return { model, externalDataBytes, stats: { bytesRead: bytes.byteLength, readCalls: 1 } };
    }
    const wire = WireReader.fromFile(fd, size, options.windows);
    const { model, externalDataBytes } = decodeAndCheck(wire, size, path);
    return { model, externalDataBytes, stats: { bytesRead: wire.bytesRead, readCalls: wire.readCalls } };
  });
}

export async function readOnnxModel(path: string): Promise<Model> {
  return readOnnxFile(path).model;
}

/**
 * Decodes a model held in memory (tests, git blobs). `path` names it in errors and locates
 * external data files.
 */
export function readOnnxBytes(bytes: Uint8Array, path: string): ReadResult {
  if (bytes.byteLength === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
  const { model, externalDataBytes } = decodeAndCheck(WireReader.fromBytes(bytes), bytes.byteLength, path);
  return { model, externalDataBytes, stats: { bytesRead: bytes.byteLength, readCalls: 0 } };
}

/**
 * Relative locations (as written in the model) of every external-data file the model bytes
 * reference, in first-seen order, without touching the files. A model that fails to decode
 * yields what was found before the fault (nothing, when a length prefix runs past the end of a
 * truncated file): profiling it reports the error.
 */
export function externalDataLocations(bytes: Uint8Array): string[] {
  const ctx: DecodeContext = { externalTensors: [] };
  try {
    decodeModel(WireReader.fromBytes(bytes), bytes.byteLength, ctx);
  } catch (e) {
    if (!(e instanceof WireError || e instanceof RangeError || e instanceof LimitError)) throw e;
  }
  return [...new Set(ctx.externalTensors.map((t) => t.external!.location))];
}

/** The same, for a model file (read through the window: never loaded whole). */
export function externalDataLocationsInFile(path: string): string[] {
  const ctx: DecodeContext = { externalTensors: [] };
  try {
    withOpenModel(path, (fd, size) => {
      const wire = size <= WHOLE_FILE ? WireReader.fromBytes(readWhole(fd, size, path)) : WireReader.fromFile(fd, size);
      decodeModel(wire, wire.end, ctx);
    });
  } catch (e) {
    if (!(e instanceof WireError || e instanceof RangeError || e instanceof LimitError || e instanceof ModelFileError)) throw e;
  }
  return [...new Set(ctx.externalTensors.map((t) => t.external!.location))];
}

function decodeAndCheck(wire: WireReader, size: number, path: string): { model: Model; externalDataBytes: number } {
  const ctx: DecodeContext = { externalTensors: [] };
  return checkDecoded(decodeWire(wire, size, path, ctx), ctx, size, path);
}

/** Decodes the ModelProto; every fault in the bytes is a ModelFileError naming `path`. */
function decodeWire(wire: WireReader, size: number, path: string, ctx: DecodeContext): DecodedModel {
  try {
    return decodeModel(wire, size, ctx);
  } catch (e) {
    if (e instanceof WireError) throw new ModelFileError(path, notOnnxHint(e.message));
    if (e instanceof LimitError) throw new ModelFileError(path, e.message);
    if (e instanceof RangeError) throw new ModelFileError(path, `truncated or corrupt protobuf (${e.message})`);
    throw e;
  }
}

/** The model from a decoded ModelProto, its external data checked beside `path`. */
function checkDecoded(decoded: DecodedModel, ctx: DecodeContext, size: number, path: string): { model: Model; externalDataBytes: number } {
  const graph = decoded.graph;
  if (!graph) {
    throw new ModelFileError(path, 'not an ONNX model: no graph in the file');
  }
  if (decoded.irVersion <= 0 && decoded.opsetImports.size === 0 && graph.nodes.length === 0) {
    throw new ModelFileError(path, 'not an ONNX model: no IR version, opset or nodes');
  }
  const model: Model = {
    format: 'onnx',
    formatVersion: `IR ${decoded.irVersion}`,
    producer: `${decoded.producerName} ${decoded.producerVersion}`.trim(),
    opsetImports: decoded.opsetImports,
    graph,
    functions: decoded.functions,
    metadata: decoded.metadata,
    fileBytes: size,
  };
  const externalDataBytes = checkExternalData(path, ctx.externalTensors);
  return { model, externalDataBytes };
}

/** An ONNX file decoded once: the external data it names, then the model checked wherever it is. */
export interface OpenedOnnxFile {
  /** Relative locations of its external-data files (what was found before a fault, if any). */
  readonly externalLocations: readonly string[];
  /**
   * The model, its external data checked beside `path` (the same bytes as the opened file,
   * possibly copied next to side files placed since). A fault in the file is thrown here.
   */
  read(path: string): { model: Model; externalDataBytes: number };
}

/**
 * Decodes an ONNX file once for both questions io/ asks: which side files to bring beside it,
 * then the model. Faults in the file are kept for `read`, as `externalDataLocations` would
 * answer with what it found.
 */
export function openOnnxFile(path: string, file?: OpenFile): OpenedOnnxFile {
  const ctx: DecodeContext = { externalTensors: [] };
  let size = 0;
  let decoded: DecodedModel | null = null;
  let fault: ModelFileError | null = null;
  const decode = (fd: number, n: number): DecodedModel => {
    size = n;
    const wire = n <= WHOLE_FILE ? WireReader.fromBytes(readWhole(fd, n, path)) : WireReader.fromFile(fd, n);
    return decodeWire(wire, wire.end, path, ctx);
  };
  try {
    decoded = file ? decode(file.fd, file.size) : withOpenModel(path, decode);
  } catch (e) {
    if (!(e instanceof ModelFileError)) throw e;
    fault = e;
  }
  return {
    externalLocations: [...new Set(ctx.externalTensors.map((t) => t.external!.location))],
    read(at) {
      if (fault !== null || decoded === null) throw new ModelFileError(at, fault?.detail ?? 'not read');
      return checkDecoded(decoded, ctx, size, at);
    },
  };
}

/** Protobuf parsers fail deep inside; say what it most likely means for the user. */
function notOnnxHint(message: string): string {
  if (message.startsWith('truncated')) return `${message} (the file is truncated or corrupt)`;
  return message.startsWith('not an ONNX model') ? message : `corrupt or not an ONNX model: ${message}`;
}

/** An external data file, after checking that it lies inside the model's folder. */
function sideFile(modelPath: string, dir: string, location: string, where: string): ContainedEntry {
  if (isAbsolute(location) || /^[a-zA-Z]:[\\/]/.test(location)) {
    throw new ModelFileError(modelPath, `${where}: absolute paths are not allowed; it must be relative to the model's folder`);
  }
  const file = resolve(dir, location);
  if (file === dir || !isInside(dir, file)) {
    throw new ModelFileError(modelPath, `${where}: path escapes the model's folder`);
  }
  // Links are resolved too: a side file (or a folder on its way) that is a symlink to a file
  // outside the model's folder is refused, and so is anything that is not a regular file.
  let found: ContainedEntry | null;
  try {
    found = containedEntry(dir, relative(dir, file), "the model's folder");
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ModelFileError(modelPath, `${where}: ${e.reason}`);
    throw e;
  }
  if (found === null) throw new ModelFileError(modelPath, `${where}: no such file`);
  return found;
}

/**
 * Every external tensor must live in a file inside the model's folder that is large enough for
 * it. Returns the total size of the distinct files.
 */
function checkExternalData(modelPath: string, tensors: readonly Tensor[]): number {
  if (tensors.length === 0) return 0;
  const dir = resolve(dirname(modelPath));
  // Most models keep every tensor in one side file: validate each location once.
  const byLocation = new Map<string, ContainedEntry>();
  for (const t of tensors) {
    const ext = t.external!;
    const where = (): string => `tensor '${t.name}' external data '${ext.location}'`;
    let side = byLocation.get(ext.location);
    if (side === undefined) {
      side = sideFile(modelPath, dir, ext.location, where());
      byLocation.set(ext.location, side);
    }
    const need = ext.length ?? t.byteSize;
    if (ext.length !== undefined && ext.length !== t.byteSize) {
      throw new ModelFileError(modelPath, `${where()}: length ${ext.length} does not match dims [${t.dims.join(', ')}] of ${t.dtype} (${t.byteSize} bytes)`);
    }
    if (ext.offset + need > side.size) {
      throw new ModelFileError(modelPath, `${where()}: needs bytes ${ext.offset}..${ext.offset + need} but the file has ${side.size}`);
    }
  }
  if (byLocation.size === 1) return byLocation.values().next().value!.size;
  // Two spellings of one file ('w.data', './w.data') count once.
  const sizes = new Map<string, number>();
  for (const side of byLocation.values()) sizes.set(side.real(), side.size);
  let total = 0;
  for (const size of sizes.values()) total += size;
  return total;
}
