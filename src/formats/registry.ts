/**
 * The format boundary: every model format the profiler reads, how a file is recognised, how it
 * is read into a format-neutral model, which side files belong to it, and which model a file of a
 * several-file model belongs to. Nothing above src/formats/ names a format: profile/ asks
 * `readModel`, io/ asks `sideFileLocations`, `modelKeyOf` and `isModelByDefault`, the default
 * `models` globs come from `modelExtensions`.
 *
 * To add a format: write src/formats/<name>/ with a `ModelFormat` (format.ts: names and
 * signature only) and its `FormatReader` (format-reader.ts, loaded by `reader()` on first use),
 * then add it to FORMATS below (docs/architecture.md, "How to add a format").
 *
 * Readers load lazily so that `model-budget profile x.onnx` loads the ONNX reader alone (the
 * readers are most of the CLI's code, and loading code is most of a short process's time): a
 * descriptor never imports its reader module, and everything that needs one is async.
 */
import { closeSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ModelFileError } from '../graph/errors.js';
import type { Model } from '../graph/ir.js';
import { describeFsError, openModelFile, readAt, readInto, withOpenModel } from './file.js';
import type { OpenFile } from './file.js';
import { ggufFormat } from './gguf/format.js';
import { endsWithVariantOf, variantGlobEnding } from './hf-variant.js';
import { kerasFormat } from './keras/format.js';
import { onnxFormat } from './onnx/format.js';
import { pytorchFormat } from './pytorch/format.js';
import { safetensorsFormat } from './safetensors/format.js';
import { tfliteFormat } from './tflite/format.js';
import { tensorflowFormat } from './tensorflow/format.js';
import type { WeightsFile } from './weights.js';
// For the bundle alone: every reader shares these with the engine, and ncc copies a module that
// lazily loaded chunks share into each of them unless every importer of the reader already has
// it. Imported here, they live in the registry's chunk once (the ONNX reader carried 6 KB of copies).
import '../graph/dtype.js';
import '../graph/ir.js';
import '../graph/limits.js';
import './onnx/dtype-codes.js';

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

/** Which model a file of a several-file model (a shard set, GGUF splits, a SavedModel folder) belongs to. */
export interface ModelKey {
  /** The same for every file of one model: the repository path of the file that stands for it. */
  readonly key: string;
  /** Files that can stand for the model, best first: io/ profiles the first one a side has. */
  readonly entries: readonly string[];
  /**
   * How many of the first `entries` may each be a model of its own that the file belongs to (a
   * shard whose prefix reads as a variant's: the variant's index and the plain index of a dotted
   * name, which names alone cannot tell apart): io/ profiles every one of them a side has, so that
   * neither hides the other. Absent: 1.
   */
  readonly alternatives?: number;
  /**
   * The numbered set the file's name puts it in, when sets of several sizes share `key` (shards
   * `-of-00002` and `-of-00003` of one prefix share its index's name): the path of the set's first
   * member. Files with the same `set` are one model by their names. Absent: the file itself (a
   * shard numbered past its set's size, or 0, is in no set).
   */
  readonly set?: string;
}

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
   * True when a model of this format names its side files inside its content, wherever in the
   * file (ONNX external data): finding whether it reads a changed file means reading the model,
   * however large it is, which its reader does without reading the weights.
   */
  readonly sideFilesInContent?: boolean;
  /**
   * Those of `extensions` that Hugging Face's variants change by a word before their last part
   * (`.safetensors.index.json` -> `model.safetensors.index.fp16.json`, formats/hf-variant.ts): a
   * name so changed is this format's as the plain one is, and a default glob takes it.
   */
  readonly variantExtensions?: readonly string[];
  /**
   * Endings this format shares with files that are not models (a `.bin` may be ONNX external
   * data): such a file is this format only when `magic` says so, never by its name alone.
   */
  readonly magicOnlyExtensions?: readonly string[];
  /**
   * File names that are this format's model by their name alone ('saved_model.pb'), also where
   * the ending is one non-model files share; a folder given instead of a file holding one is
   * that model.
   */
  readonly modelNames?: readonly string[];
  /**
   * Names (lower case) this format's files carry by convention where the ending is one non-model
   * files share (Hugging Face's `pytorch_model-00001-of-00002.bin`): a default glob takes such a
   * file whatever its first bytes, and a file without the signature goes to this format's reader,
   * so that one the signature misses (a Git LFS pointer, a broken file) is reported, not skipped.
   */
  readonly conventionalNames?: RegExp;
  /**
   * True when the first bytes (up to HEAD_BYTES; fewer for small files) of a file of `size`
   * bytes carry this format's signature. Absent when the format has none (ONNX is plain
   * protobuf): then only the extension tells.
   */
  readonly magic?: (head: Uint8Array, size: number) => boolean;
  /**
   * Endings this format shares with files that are no models and that its signature does not
   * tell apart (`.h5`: any HDF5 file): a file with one that only a default glob selected is a
   * model when `isModel` says so from its first `bytes` bytes (fewer for small files) and its
   * size. `skipped` says what a file it rejects is, for the debug line.
   */
  readonly defaultGlobProbe?: {
    readonly extensions: readonly string[];
    readonly bytes: number;
    /** Async: it may need the reader's code (HDF5), loaded on first use. */
    isModel(prefix: Uint8Array, size: number): Promise<boolean>;
    readonly skipped: string;
  };
  /**
   * For formats whose models span several files: the model a repository path (forward slashes)
   * belongs to, from the name alone, or null when the path is a model by itself (or no member).
   * io/ groups changed files by `key`, so a model is reported once however many of its files
   * change, and a change to a member that is no model file (variables/variables.index)
   * re-profiles its model. A missing member is the reader's error, naming it.
   */
  modelKey?(path: string): ModelKey | null;
  /** Loads the format's reader module (a dynamic import, once; later calls are cached by the module loader). */
  reader(): Promise<FormatReader>;
}

/** What reads a format's files: its own module, loaded by `ModelFormat.reader` when first needed. */
export interface FormatReader {
  /** Reads the file (and its side files). Throws ModelFileError for bad input. */
  read(path: string, options: FormatReadOptions): Promise<FormatModel>;
  /**
   * For formats that must decode the model to name its side files (ONNX external data): decode
   * once and answer `sideFiles` and `read` from that decode (`openModel`). Without it,
   * `sideFiles` and `read` are asked separately. `file`: `path` already opened (and checked a
   * non-empty regular file) by the registry, read through it instead of opening `path` again.
   */
  open?(path: string, file?: OpenFile): FormatHandle;
  /**
   * Side files the model at `path` needs (external data, shards, an index, a config.json beside
   * it), as locations relative to its folder, without opening them. `content` is null when the
   * model is too large to scan: answer from the name alone. Best effort: content that does not
   * parse yields what was found (profiling reports the error). A side file that may be absent
   * (config.json) may be listed: io/ leaves a missing one missing.
   */
  sideFiles(path: string, content: ModelContent | null): string[];
}

/** A model file a format has opened: its side files and its content from one decode. */
export interface FormatHandle {
  /** As `ModelFormat.sideFiles` with the file's content. */
  sideFiles(): string[];
  /** As `ModelFormat.read`; `path` holds the same bytes as the opened file (maybe a copy placed next to its side files). */
  read(path: string, options: FormatReadOptions): Promise<FormatModel>;
}

/**
 * Bytes read from the start of a file to recognise it: one small read. Enough for a zip's whole
 * first entry name when torch wrote it (`<file stem>/data.pkl`: 30 header bytes, a stem of up to
 * 255 bytes as file systems allow, the entry), so a sharded `pytorch_model-00001-of-00002.bin` is
 * told from any other zip by its name, not by a guess.
 */
export const HEAD_BYTES = 512;

/**
 * openModel's first bytes, one buffer for every file: they are only tested (every `magic` returns
 * a boolean and keeps nothing) before the next file is opened. A fresh 512-byte Buffer per profile
 * comes from Node's buffer pool, which allocates a new 8 KB slab every 16 of them: 1.4% of a warm
 * gru profile.
 */
const openedHead = Buffer.allocUnsafe(HEAD_BYTES);

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

/** Whether the format's extensions (a variant's included) name the file. */
function claimsByExtension(f: ModelFormat, lowerPath: string): boolean {
  return endsWithAny(lowerPath, f.extensions) || (f.variantExtensions !== undefined && endsWithVariantOf(basename(lowerPath), f.variantExtensions));
}

/**
 * The endings the default `models` globs select (one glob per ending, in any folder): every
 * format's, each variant one beside its plain one with `*` for the variant
 * (`.safetensors.index.*.json`), the shared ones (`.bin`, `.pb`) last. A file with a shared
 * ending that only a default glob selected is a model only when `isModelByDefault` says so.
 */
export function modelExtensions(): string[] {
  const shared = new Set(FORMATS.flatMap((f) => f.magicOnlyExtensions ?? []));
  const own = FORMATS.flatMap((f) => f.extensions.flatMap((e) => (f.variantExtensions?.includes(e) ? [e, variantGlobEnding(e)] : [e])));
  return [...new Set([...own.filter((e) => !shared.has(e)), ...shared])];
}

/**
 * Whether a format names the file by its ending: not so for one that a variant's glob selected
 * but whose variant is no word (`model.safetensors.index.fp-16.json`, formats/hf-variant.ts).
 */
function namedByAFormat(lowerPath: string): boolean {
  return FORMATS.some((f) => claimsByExtension(f, lowerPath) || endsWithAny(lowerPath, f.magicOnlyExtensions));
}

/**
 * Whether a file selected by a default glob must show a signature to count as a model: its
 * ending is one non-model files share (`.bin`: ONNX external data, OpenVINO weights; `.pb`: any
 * protobuf) and its name is no format's model name (`saved_model.pb`).
 */
export function needsSignatureByDefault(path: string): boolean {
  const lower = path.toLowerCase();
  if (!FORMATS.some((f) => endsWithAny(lower, f.magicOnlyExtensions))) return false;
  const name = basename(lower);
  return !FORMATS.some((f) => f.modelNames?.includes(name) || f.conventionalNames?.test(name) === true);
}

function probeFor(path: string): NonNullable<ModelFormat['defaultGlobProbe']> | undefined {
  const lower = path.toLowerCase();
  return FORMATS.find((f) => endsWithAny(lower, f.defaultGlobProbe?.extensions))?.defaultGlobProbe;
}

/**
 * What io/ must read of a file that only a default glob selected before it counts as a model:
 * null when its name makes it one; else how many first bytes `isModelByDefault` needs (0: its
 * name alone says it is none) and what a rejected file is called in the debug line.
 */
export function defaultGlobCheck(path: string): { readonly bytes: number; readonly skipped: string } | null {
  if (!namedByAFormat(path.toLowerCase())) return { bytes: 0, skipped: "not a Hugging Face variant's name (one word: letters, digits, _)" };
  if (needsSignatureByDefault(path)) return { bytes: HEAD_BYTES, skipped: "no known format's signature" };
  const probe = probeFor(path);
  return probe ? { bytes: probe.bytes, skipped: probe.skipped } : null;
}

/**
 * Whether a file that only the default globs selected is a model, from its first bytes (as many
 * as `defaultGlobCheck` asks): yes unless no format names it, or it needs a signature (`needsSignatureByDefault`) and no
 * format recognises them, or a format's `defaultGlobProbe` rejects its content. A user's own glob
 * selects a file whatever it holds (an unrecognised file is then a clear error).
 */
export async function isModelByDefault(path: string, head: Uint8Array, size: number): Promise<boolean> {
  if (!namedByAFormat(path.toLowerCase())) return false;
  if (needsSignatureByDefault(path)) return FORMATS.some((f) => f.magic?.(head.subarray(0, HEAD_BYTES), size) === true);
  return (await probeFor(path)?.isModel(head, size)) ?? true;
}

/** The model a repository path belongs to (itself unless a format's `modelKey` says otherwise). */
export function modelKeyOf(path: string): ModelKey {
  for (const f of FORMATS) {
    const k = f.modelKey?.(path);
    if (k) return k;
  }
  return { key: path, entries: [path] };
}

/**
 * The format of a file: a matching signature first, then the extension. A file whose signature
 * no format recognises but whose extension one format claims goes to that format, whose reader
 * says precisely what is wrong; a magic-only extension (`.bin`) without a signature is not a model.
 */
export function detectFormat(path: string, head: Uint8Array, size: number, among: readonly ModelFormat[] = FORMATS): ModelFormat | null {
  for (const f of among) if (f.magic?.(head, size)) return f;
  const lower = path.toLowerCase();
  return among.find((f) => claimsByExtension(f, lower) || f.conventionalNames?.test(basename(lower)) === true) ?? null;
}

/**
 * Whether the model at `path` (its first bytes `head`, of a file of `size`) names its side files
 * inside its content (ModelFormat.sideFilesInContent), by its signature, else its name.
 */
export function namesSideFilesInContent(path: string, head: Uint8Array, size: number): boolean {
  return (detectFormat(path, head, size) ?? formatForPath(path))?.sideFilesInContent === true;
}

/** The format a path's name alone points to (for side-file lookups on git blobs). */
export function formatForPath(path: string, among: readonly ModelFormat[] = FORMATS): ModelFormat | null {
  const lower = path.toLowerCase();
  return among.find((f) => claimsByExtension(f, lower) || endsWithAny(lower, f.magicOnlyExtensions)) ?? null;
}

function unrecognised(path: string): ModelFileError {
  const known = FORMATS.map((f) => `${f.label} (${[...f.extensions, ...(f.magicOnlyExtensions ?? [])].join(', ')})`).join('; ');
  return new ModelFileError(path, `not a model file this tool reads: neither its first bytes nor its name match a known format (${known})`);
}

/**
 * A folder given instead of a model file (a SavedModel folder) stands for the model file in it
 * that a format names (`saved_model.pb`); anything else is returned as it is.
 */
function modelFileIn(path: string): string {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return path; // Opening it says what is wrong.
  }
  if (!isDir) return path;
  const names = FORMATS.flatMap((f) => f.modelNames ?? []);
  for (const name of names) {
    const file = join(path, name);
    try {
      if (statSync(file).isFile()) return file;
    } catch (e) {
      // Not this format's folder; a folder one may not enter says so, as its open would.
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new ModelFileError(path, describeFsError(e));
    }
  }
  throw new ModelFileError(path, `is a directory without a model file in it (a model folder holds ${names.join(' or ')})`);
}

/** Reads the first bytes and size of a file (one-line errors for missing, empty, special files). */
function headOf(path: string): { head: Buffer; size: number } {
  return withOpenModel(path, (fd, size) => ({ head: readAt(fd, Math.min(size, HEAD_BYTES), 0, path), size }));
}

/**
 * Reads a model file of any registered format. Throws ModelFileError (one line, names the file)
 * for a file no format recognises and for every problem inside it.
 */
export async function readModel(given: string, options: FormatReadOptions = {}): Promise<LoadedModel> {
  const opened = await openModel(given);
  return opened.load(opened.path, options);
}

/**
 * A model file recognised and opened once, for io/, which must bring its side files beside it
 * before reading it: `sideFiles` then `load` decode the file once (a format's `open` hook), so
 * a gate run decodes each model once per side and operating points reuse it.
 */
export interface OpenedModel {
  readonly format: ModelFormat;
  /** The model file (a folder given resolves to the model file in it). */
  readonly path: string;
  /** Side files the model needs, relative to its folder, as if its content were at `at` (default `path`). */
  sideFiles(at?: string): string[];
  /** The model; `at` holds the same bytes as `path` (a copy placed next to side files fetched since). */
  load(at: string, options?: FormatReadOptions): Promise<LoadedModel>;
}

/** Readers already loaded: a profile after the first skips the module loader's dynamic import (an await and a lookup). */
const loadedReaders = new Map<ModelFormat, FormatReader>();

/** The formats whose readers this process has loaded (cli/code-cache.ts: what its cache holds). */
export function loadedFormats(): string[] {
  return [...loadedReaders.keys()].map((f) => f.name);
}

async function loadReader(format: ModelFormat): Promise<FormatReader> {
  const reader = await format.reader();
  loadedReaders.set(format, reader);
  return reader;
}

/** Recognises a model file (ModelFileError, one line, for a file no format reads), loads its format's reader and opens it. */
export async function openModel(given: string): Promise<OpenedModel> {
  // One open tells a model file from a folder (the model file in it), gives the first bytes and
  // is what the reader reads through (an `open` hook): the file is opened once.
  let path = given;
  let file = openModelFile(given, true);
  if (file === null) {
    path = modelFileIn(given);
    file = openModelFile(path, false)!;
  }
  const size = file.size;
  let format: ModelFormat | null;
  let reader: FormatReader;
  let handle: FormatHandle | null;
  try {
    format = detectFormat(path, openedHead.subarray(0, readInto(file.fd, openedHead, Math.min(size, HEAD_BYTES), 0, path)), size);
    if (!format) throw unrecognised(path);
    reader = loadedReaders.get(format) ?? (await loadReader(format));
    handle = reader.open?.(path, file) ?? null;
  } finally {
    closeSync(file.fd);
  }
  return {
    format,
    path,
    sideFiles: (at = path) => handle?.sideFiles() ?? reader.sideFiles(at, { file: at }),
    load: async (at, options = {}) => {
      const read = handle ? await handle.read(at, options) : await reader.read(at, options);
      // A graph format's weights may name side files too (a SavedModel's variables).
      // Literals, not spreads of `read`: Node 20 copied the spread on its slow path, 3.6% of a warm gru profile.
      if (read.kind === 'graph') {
        const bytes = read.sideFileBytes + (read.weights ? sideFileBytes(at, read.weights.sideFiles) : 0);
        return read.weights
          ? { kind: 'graph', model: read.model, weights: read.weights, format, fileBytes: size, sideFileBytes: bytes }
          : { kind: 'graph', model: read.model, format, fileBytes: size, sideFileBytes: bytes };
      }
      return { kind: 'weights', weights: read.weights, formatVersion: read.formatVersion, format, fileBytes: size, sideFileBytes: sideFileBytes(at, read.weights.sideFiles) };
    },
  };
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
export async function sideFileLocations(path: string, content: ModelContent | null): Promise<string[]> {
  const { head, size } = content === null ? NO_HEAD : 'bytes' in content ? { head: content.bytes.subarray(0, HEAD_BYTES), size: content.bytes.byteLength } : headOrEmpty(content.file);
  const format = detectFormat(path, head, size) ?? formatForPath(path);
  return format ? (loadedReaders.get(format) ?? (await loadReader(format))).sideFiles(path, content) : [];
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
