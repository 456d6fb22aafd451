/**
 * Reads a TensorFlow Lite (.tflite, "TFL3") file into the graph IR, touching only its tables:
 * the file is read in small pages on demand and weight buffers are measured, never read.
 */
import { ModelFileError } from '../../graph/errors.js';
import { describeFsError, withOpenModel } from '../file.js';
import type { Model } from '../../graph/ir.js';
import { decodeTflite } from './decode.js';
import { FileSource, FlatBuffer, FlatBufferError, MemorySource } from './flatbuffer.js';
import type { ByteSource } from './flatbuffer.js';
import { toIr } from './to-ir.js';

export interface TfliteReadResult {
  readonly model: Model;
  readonly stats: { readonly bytesRead: number; readonly readCalls: number };
}

function decode(src: ByteSource, path: string): Model {
  try {
    const fb = new FlatBuffer(src);
    return toIr(decodeTflite(fb), fb);
  } catch (e) {
    if (e instanceof FlatBufferError) throw new ModelFileError(path, `invalid TFLite file: ${e.message}`);
    // A read failing mid-way (the file shrank, an I/O error) is a file problem too.
    if ((e as NodeJS.ErrnoException | undefined)?.code) throw new ModelFileError(path, describeFsError(e));
    throw e;
  }
}

/** Reads and validates a .tflite file. Throws ModelFileError (one line, names the file). */
export function readTfliteFile(path: string): TfliteReadResult {
  return withOpenModel(path, (fd, size) => {
    const src = new FileSource(fd, size);
    const model = decode(src, path);
    return { model, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
  });
}

/** Decodes a TFLite model held in memory (tests, git blobs); `path` names it in errors. */
export function readTfliteBytes(bytes: Uint8Array, path: string): TfliteReadResult {
  if (bytes.byteLength === 0) throw new ModelFileError(path, 'file is empty (0 bytes)');
  return { model: decode(new MemorySource(bytes), path), stats: { bytesRead: bytes.byteLength, readCalls: 0 } };
}
