/**
 * The format boundary: every model format the profiler reads, how a file is recognised, how it
 * is read into a format-neutral model, and which side files belong to it. Nothing above
 * src/formats/ names a format: profile/ asks `readModel`, io/ asks `sideFileLocations`, the
 * default `models` globs come from `modelExtensions`.
 *
 * To add a format: write src/formats/<name>/ with a `ModelFormat`, then add it to FORMATS below
 * (docs/architecture.md, "How to add a format").
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ModelFileError } from '../graph/errors.js';
import type { Model } from '../graph/ir.js';
import { readAt, withOpenModel } from './file.js';
import { ggufFormat } from './gguf/format.js';
import { kerasFormat } from './keras/format.js';
import { onnxFormat } from './onnx/format.js';
import { pytorchFormat } from './pytorch/format.js';
import { safetensorsFormat } from './safetensors/format.js';
import { tfliteFormat } from './tflite/format.js';
import { tensorflowFormat } from './tensorflow/format.js';
import type { WeightsFile } from './weights.js';

/** Options that reach a reader (weights formats use `dims.context` for LLM figures). */
export interface FormatReadOptions {
  readonly dims?: Readonly<Record<string, number>>;
}

/** What a reader returns: a model with a graph, or weights only. */
export type FormatModel =
  | {
      readonly kind: 'graph';
      readonly model: Model;
      /** Bytes of the side files read with the model (external data). */
      readonly sideFileBytes: number;
      /**
       * The stored weights with their roles, when the file tells them apart (Keras: BatchNorm
       * statistics, optimizer variables): params, buffers and the per-layer breakdown come from here.
       */
      readonly weights?: WeightsFile;
    }
  | {
      readonly kind: 'weights';
      readonly weights: WeightsFile;
      /** The file's own version as shown in reports ('v3', 'zip'); '' when it has none. */
      readonly formatVersion: string;
    };

/** A model file as the registry hands it over: the format's answer plus what every file has. */
export type LoadedModel = FormatModel & {
  readonly format: ModelFormat;
  readonly fileBytes: number;
  /** Side-file bytes (external data, other shards, config.json), 0 when none. */
  readonly sideFileBytes: number;
};

/** The model's content, for formats whose side files are named inside it. */
export type ModelContent = { readonly bytes: Uint8Array } | { readonly file: string };

export interface ModelFormat {
  /** Registry name: the JSON report's `model.format` ('onnx', 'safetensors'). */
  readonly name: string;
  /** Name shown to people ('ONNX', 'safetensors'). */
  readonly label: string;
  /** What the format can measure: a graph gives every metric; weights only params and sizes. */
  readonly kind: 'graph' | 'weights';
  /** File name endings, lower case, with the dot ('.onnx', '.safetensors.index.json'). */
  readonly extensions: readonly string[];
  /**
   * Endings this format shares with files that are not models (a `.bin` may be ONNX external
   * data): such a file is this format only when `magic` says so, never by its name alone.
   */
  readonly magicOnlyExtensions?: readonly string[];
  /**
   * True when the first bytes (up to HEAD_BYTES; fewer for small files) of a file of `size`
   * bytes carry this format's signature. Absent when the format has none (ONNX is plain
   * protobuf): then only the extension tells.
   */
  readonly magic?: (head: Uint8Array, size: number) => boolean;
  /** Reads the file (and its side files). Throws ModelFileError for bad input. */
  read(path: string, options: FormatReadOptions): Promise<FormatModel>;
  /**
   * Side files the model at `path` needs (external data, shards, an index, a config.json beside
   * it), as locations relative to its folder, without opening them. `content` is null when the
   * model is too large to scan: answer from the name alone. Best effort: content that does not
   * parse yields what was found (profiling reports the error). A side file that may be absent
   * (config.json) may be listed: io/ leaves a missing one missing.
   */
  sideFiles(path: string, content: ModelContent | null): string[];
}

/** Bytes read from the start of a file to recognise it. */
export const HEAD_BYTES = 64;

/**
 * Every format, in the order signatures are tried. Registration points: one line each.
 */
const FORMATS: readonly ModelFormat[] = [
  onnxFormat,
  pytorchFormat,
  safetensorsFormat,
  ggufFormat,
  tfliteFormat,
  tensorflowFormat,
  kerasFormat,
];

export function formats(): readonly ModelFormat[] {
  return FORMATS;
}

export function formatByName(name: string): ModelFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}

function endsWithAny(lowerPath: string, endings: readonly string[] | undefined): boolean {
  return (endings ?? []).some((e) => lowerPath.endsWith(e));
}

/**
 * The extensions that name a model: the default `models` globs. Magic-only extensions (`.bin`)
 * are left out: by default every changed `.bin` (ONNX external data, OpenVINO weights) would be
 * profiled as a model and fail; repositories with `pytorch_model.bin` add a `.bin` glob to `models`.
 */
export function modelExtensions(): string[] {
  return [...new Set(FORMATS.flatMap((f) => f.extensions))];
}

/**
 * The format of a file: a matching signature first, then the extension. A file whose signature
 * no format recognises but whose extension one format claims goes to that format, whose reader
 * says precisely what is wrong; a magic-only extension (`.bin`) without a signature is not a model.
 */
export function detectFormat(path: string, head: Uint8Array, size: number, among: readonly ModelFormat[] = FORMATS): ModelFormat | null {
  for (const f of among) if (f.magic?.(head, size)) return f;
  const lower = path.toLowerCase();
  return among.find((f) => endsWithAny(lower, f.extensions)) ?? null;
}

/** The format a path's name alone points to (for side-file lookups on git blobs). */
export function formatForPath(path: string, among: readonly ModelFormat[] = FORMATS): ModelFormat | null {
  const lower = path.toLowerCase();
  return among.find((f) => endsWithAny(lower, f.extensions) || endsWithAny(lower, f.magicOnlyExtensions)) ?? null;
}

function unrecognised(path: string): ModelFileError {
  const known = FORMATS.map((f) => `${f.label} (${[...f.extensions, ...(f.magicOnlyExtensions ?? [])].join(', ')})`).join('; ');
  return new ModelFileError(path, `not a model file this tool reads: neither its first bytes nor its name match a known format (${known})`);
}

/** Reads the first bytes and size of a file (one-line errors for missing, empty, special files). */
function headOf(path: string): { head: Buffer; size: number } {
  return withOpenModel(path, (fd, size) => ({ head: readAt(fd, Math.min(size, HEAD_BYTES), 0, path), size }));
}

/**
 * Reads a model file of any registered format. Throws ModelFileError (one line, names the file)
 * for a file no format recognises and for every problem inside it.
 */
export async function readModel(path: string, options: FormatReadOptions = {}): Promise<LoadedModel> {
  const { head, size } = headOf(path);
  const format = detectFormat(path, head, size);
  if (!format) throw unrecognised(path);
  const read = await format.read(path, options);
  if (read.kind === 'graph') return { ...read, format, fileBytes: size };
  return { ...read, format, fileBytes: size, sideFileBytes: sideFileBytes(path, read.weights.sideFiles) };
}

/** Sum of the sizes of a weights file's side files (the reader has already checked them). */
function sideFileBytes(path: string, sideFiles: readonly string[]): number {
  const dir = resolve(dirname(path));
  let total = 0;
  for (const rel of new Set(sideFiles)) {
    try {
      total += statSync(resolve(dir, rel)).size;
    } catch {
      // A side file the reader treated as optional (config.json) and that is not there.
    }
  }
  return total;
}

/**
 * Side files (relative to the model's folder) of the model at repository path `path`, given its
 * content (null when too large to read: the format answers from the name). Empty for unknown
 * formats and for formats without side files.
 */
export function sideFileLocations(path: string, content: ModelContent | null): string[] {
  const { head, size } = content === null ? NO_HEAD : 'bytes' in content ? { head: content.bytes.subarray(0, HEAD_BYTES), size: content.bytes.byteLength } : headOrEmpty(content.file);
  const format = detectFormat(path, head, size) ?? formatForPath(path);
  return format ? format.sideFiles(path, content) : [];
}

const NO_HEAD = { head: new Uint8Array(0), size: 0 };

function headOrEmpty(file: string): { head: Uint8Array; size: number } {
  try {
    return headOf(file);
  } catch (e) {
    if (e instanceof ModelFileError) return NO_HEAD;
    throw e;
  }
}
