/**
 * A Hugging Face sharded checkpoint read as one model, whatever format its shards are in
 * (safetensors, PyTorch `.bin`): the index (`weight_map`: tensor name -> shard file), or the shard
 * names alone when there is none; every shard must be a regular file in the index's folder (no
 * links, no paths), every tensor the index lists must be in the shard it names, and no tensor may
 * be in two shards. The format reads each shard (`readShard`); this module says which files make
 * the set and checks them against each other, so both formats check a set alike.
 */
import { basename, dirname, join } from 'node:path';
import { ModelFileError } from '../graph/errors.js';
import { fileState } from './file.js';
import { withRandomAccessFile } from './random-access.js';
import type { RandomAccessFile } from './random-access.js';
import { MAX_TENSORS, quoted } from './safetensors/header.js';
import { JsonShapeError, MAX_PARSED_ITEMS, TooManyMembersError, ValueTooLargeError, objectMembers } from './safetensors/json-object.js';
import { indexNames, indexPrefix, MAX_SHARDS, shardName, shardOf } from './shard-names.js';
import type { ShardSetNaming } from './shard-names.js';

/** An index lists tensor names and shard names: 32 MB is far beyond any real one. */
const MAX_INDEX_BYTES = 32_000_000;

/** Bytes and read calls across every file of a set (the bench checks the header budget). */
export interface ReadStats {
  bytesRead: number;
  readCalls: number;
  fileBytes: number;
}

export function countReads(stats: ReadStats, f: RandomAccessFile): void {
  stats.bytesRead += f.bytesRead;
  stats.readCalls += f.readCalls;
  stats.fileBytes += f.size;
}

/** How a path belongs to a set: the index that describes it, or the shard files by name. */
interface SetLayout {
  readonly dir: string;
  readonly index?: string;
  /** Shard file names (relative to dir) in order. */
  readonly shards: readonly string[];
}

export interface ShardIndex {
  readonly weightMap: Map<string, string>;
  /** `metadata.total_size` when the index states one. */
  readonly totalSize?: number;
}

/** The files of a set, each shard read by its format. */
export interface ShardSet<T> {
  readonly dir: string;
  /** The index (relative to dir) and what it states, when the set has one. */
  readonly index?: { readonly name: string; readonly totalSize?: number };
  readonly shards: ReadonlyArray<{ readonly shard: string; readonly read: T }>;
  /** An index, or more than one shard: the tensors then say which file holds them. */
  readonly sharded: boolean;
  /** The index and the shards other than the path read, relative to dir. */
  readonly sideFiles: string[];
}

/** Whether `name` is a set's file by its name: its index (plain or a variant's), or a shard (numbered, of a possible size). */
export function isShardSetFile(naming: ShardSetNaming, name: string): boolean {
  return indexPrefix(naming, name) !== null || shardOf(naming, name) !== null;
}

/**
 * Reads the set `path` belongs to (its index or any shard): `readShard` reads one shard,
 * `tensorNames` lists what a read holds. Throws ModelFileError (one line, names the file) for a
 * missing shard, a link, a tensor the index puts elsewhere or one stored twice; a tensor the
 * index does not list is a warning.
 */
export function readShardSet<T>(
  naming: ShardSetNaming,
  path: string,
  stats: ReadStats,
  readShard: (shardPath: string, shard: string) => T,
  tensorNames: (read: T) => Iterable<string>,
  warnings: string[],
): ShardSet<T> {
  let layout = layoutOf(naming, path);
  const indexPath = layout.index !== undefined ? join(layout.dir, layout.index) : undefined;
  const index = indexPath !== undefined ? readIndex(indexPath, stats) : undefined;
  let shardNames = index ? [...new Set(index.weightMap.values())].sort() : layout.shards;
  const outside = outsideItsSet(naming, path, layout, shardNames);
  if (outside !== null) {
    // Loaders never read it, but it is weights in the repository: measured alone, so that no
    // shard-named file escapes the budgets by claiming a set that does not have it.
    warnings.push(outside);
    layout = { dir: layout.dir, shards: [basename(path)] };
    shardNames = layout.shards;
  }
  const shards: Array<{ shard: string; read: T }> = [];
  for (const shard of shardNames) {
    const shardPath = join(layout.dir, shard);
    const state = fileState(shardPath);
    if (state !== 'file') {
      throw new ModelFileError(indexPath ?? path, `shard ${quoted(shard)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
    }
    shards.push({ shard, read: readShard(shardPath, shard) });
  }
  const where = new Map<string, string>();
  for (const { shard, read } of shards) {
    for (const name of tensorNames(read)) {
      const seen = where.get(name);
      if (seen !== undefined && seen !== shard) throw new ModelFileError(join(layout.dir, shard), `tensor ${quoted(name)} is stored in more than one shard (also in ${quoted(seen)})`);
      where.set(name, shard);
    }
  }
  if (index && outside === null) checkAgainstIndex(indexPath!, index.weightMap, where, warnings);
  const setIndex = outside === null ? layout.index : undefined;
  return {
    dir: layout.dir,
    ...(setIndex !== undefined ? { index: { name: setIndex, ...(index?.totalSize !== undefined ? { totalSize: index.totalSize } : {}) } } : {}),
    shards,
    sharded: setIndex !== undefined || shardNames.length > 1,
    sideFiles: [...(setIndex !== undefined && indexPath !== path ? [setIndex] : []), ...shardNames.filter((s) => join(layout.dir, s) !== path)],
  };
}

/**
 * Why the shard at `path` is no file of the set its name claims, or null when it is one (or no
 * shard): the set's index does not list it, or, without an index, its number is not one of the
 * set's (`-00003-of-00002`, `-00000-of-00002`). A loader reads the index or the numbered names
 * and never this file.
 */
function outsideItsSet(naming: ShardSetNaming, path: string, layout: SetLayout, shardNames: readonly string[]): string | null {
  const name = basename(path);
  const m = naming.shard.exec(name);
  if (!m || shardNames.includes(name)) return null;
  if (layout.index !== undefined) return `named as a shard of the set of ${quoted(layout.index)}, which does not list it (loaders ignore it): measured as a model of its own`;
  return `named as shard ${Number(m[2])} of a set of ${Number(m[3])}, which has no such shard (loaders ignore it): measured as a model of its own`;
}

/**
 * The other files of the set at `path` (relative to its folder) without reading any shard, for
 * io/ to tie a changed shard to its model and fetch them from git: for an index, the shards its
 * `content` names; for a shard, the names its index can have and the other shards by name.
 * Best effort: content that does not parse yields nothing (profiling reports the error).
 */
export function shardSetSideFiles(naming: ShardSetNaming, path: string, content: { readonly bytes: Uint8Array } | { readonly file: string } | null): string[] {
  const name = basename(path);
  const out: string[] = [];
  if (indexPrefix(naming, name) !== null) {
    if (content !== null) out.push(...shardsNamedIn(content));
  } else {
    const s = shardOf(naming, name);
    if (s) {
      out.push(...indexNames(naming, s.prefix));
      for (let i = 1; i <= s.total; i++) out.push(shardName(naming, s.prefix, i, s.totalText));
    }
  }
  return [...new Set(out)].filter((f) => f !== name);
}

function shardsNamedIn(content: { readonly bytes: Uint8Array } | { readonly file: string }): string[] {
  try {
    const idx = 'bytes' in content
      ? parseIndex(Buffer.from(content.bytes.buffer, content.bytes.byteOffset, content.bytes.byteLength).toString('utf8'), 'index')
      : readIndex(content.file, { bytesRead: 0, readCalls: 0, fileBytes: 0 });
    return [...new Set(idx.weightMap.values())].sort();
  } catch (e) {
    if (e instanceof ModelFileError) return [];
    throw e;
  }
}

/**
 * The file that stands for the whole set (its index, or its first shard when there is no index),
 * so that a set found through several of its files is profiled once.
 */
export function shardSetKey(naming: ShardSetNaming, path: string): string {
  const layout = layoutOf(naming, path);
  return join(layout.dir, layout.index ?? layout.shards[0]!);
}

function layoutOf(naming: ShardSetNaming, path: string): SetLayout {
  const dir = dirname(path);
  const name = basename(path);
  if (indexPrefix(naming, name) !== null) return { dir, index: name, shards: [] };
  const m = naming.shard.exec(name);
  if (!m) return { dir, shards: [name] };
  const index = indexNames(naming, m[1]!).find((n) => fileState(join(dir, n)) === 'file');
  if (index !== undefined) return { dir, index, shards: [] };
  const s = shardOf(naming, name);
  if (!s) return { dir, shards: [name] };
  return { dir, shards: Array.from({ length: s.total }, (_, i) => shardName(naming, s.prefix, i + 1, s.totalText)) };
}

function readIndex(path: string, stats: ReadStats): ShardIndex {
  const text = withRandomAccessFile(path, (f) => {
    if (f.size > MAX_INDEX_BYTES) throw new ModelFileError(path, `index is ${f.size} bytes, over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
    const bytes = f.read(0, f.size, 'index');
    countReads(stats, f);
    return bytes.toString('utf8');
  });
  return parseIndex(text, path);
}

function parseIndex(text: string, path: string): ShardIndex {
  if (text.length > MAX_INDEX_BYTES) throw new ModelFileError(path, `index is over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
  // Split member by member: JSON.parse slows down more than linearly on objects with many keys.
  let top: Map<string, unknown> | undefined;
  let entries: Array<[string, unknown]>;
  try {
    top = new Map(objectMembers(text, 16, new Set(['weight_map'])));
    const mapText = top.get('weight_map');
    if (typeof mapText !== 'string' || !mapText.startsWith('{')) throw new ModelFileError(path, 'index has no weight_map object');
    entries = objectMembers(mapText, MAX_TENSORS);
  } catch (e) {
    if (e instanceof TooManyMembersError) throw new ModelFileError(path, `index lists more than ${e.limit} entries: refused`);
    if (e instanceof ValueTooLargeError) throw new ModelFileError(path, `index ${top === undefined ? 'member' : 'weight_map entry'} ${quoted(e.key)} holds more than ${MAX_PARSED_ITEMS} arrays, objects and items: refused unparsed`);
    if (e instanceof SyntaxError || e instanceof JsonShapeError) throw new ModelFileError(path, 'index is not valid JSON');
    throw e;
  }
  const weightMap = new Map<string, string>();
  for (const [tensor, file] of entries) {
    if (typeof file !== 'string') throw new ModelFileError(path, `weight_map entry ${quoted(tensor)} is not a file name`);
    if (file === '' || file.includes('/') || file.includes('\\') || file === '.' || file === '..' || file.includes('\0')) {
      throw new ModelFileError(path, `weight_map names shard ${quoted(file)}, which is not a file name in the index's folder`);
    }
    weightMap.set(tensor, file);
  }
  if (new Set(weightMap.values()).size > MAX_SHARDS) throw new ModelFileError(path, `index names more than ${MAX_SHARDS} shards`);
  const meta = top.get('metadata');
  const total = meta !== null && typeof meta === 'object' ? (meta as { total_size?: unknown }).total_size : undefined;
  return { weightMap, ...(typeof total === 'number' && Number.isSafeInteger(total) ? { totalSize: total } : {}) };
}

function checkAgainstIndex(indexPath: string, weightMap: ReadonlyMap<string, string>, where: ReadonlyMap<string, string>, warnings: string[]): void {
  for (const [tensor, shard] of weightMap) {
    const found = where.get(tensor);
    if (found === undefined) throw new ModelFileError(indexPath, `tensor ${quoted(tensor)} is listed in shard ${quoted(shard)} but is not in it`);
    if (found !== shard) throw new ModelFileError(indexPath, `tensor ${quoted(tensor)} is listed in shard ${quoted(shard)} but stored in ${quoted(found)}`);
  }
  const extra = [...where.keys()].filter((t) => !weightMap.has(t));
  if (extra.length > 0) warnings.push(`${extra.length} tensor(s) in the shards are not listed in the index (first: ${quoted(extra[0]!)})`);
}
