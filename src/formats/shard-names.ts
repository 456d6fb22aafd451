/**
 * How Hugging Face names the files of a sharded checkpoint, for every format that writes one
 * (`model.safetensors.index.json` + `model-00001-of-00003.safetensors`;
 * `pytorch_model.bin.index.json` + `pytorch_model-00001-of-00002.bin`): the index is the shards'
 * prefix and the format's index suffix, the shards are numbered from 1 in five digits. A variant
 * (formats/hf-variant.ts) ends the shards' prefix (`model.fp16-00001-of-00002.safetensors`) and
 * goes before the index's last part (`model.safetensors.index.fp16.json`). Names only, so that the
 * registry's descriptors can map a shard to its set without loading a reader
 * (formats/shard-set.ts reads the set).
 */
import { posix } from 'node:path';
import { addVariant, isVariantName, splitVariant } from './hf-variant.js';
import type { ModelKey } from './registry.js';

export interface ShardSetNaming {
  /** What the index's name ends with after the shards' prefix (`.safetensors.index.json`). */
  readonly indexSuffix: string;
  /** A shard's name: group 1 the prefix, 2 its number, 3 the number of shards (both five digits). */
  readonly shard: RegExp;
  /** What a shard's name ends with after `-0000N-of-0000M` (`.safetensors`, `.bin`). */
  readonly shardSuffix: string;
}

/** More shards than any real checkpoint has: a name claiming more is read as a file of its own. */
export const MAX_SHARDS = 100_000;

/** A shard's name split into its set's prefix and size, or null when it is no shard's name (or claims an impossible size). */
export function shardOf(naming: ShardSetNaming, name: string): { readonly prefix: string; readonly total: number; readonly totalText: string } | null {
  const m = naming.shard.exec(name);
  if (!m) return null;
  const total = Number(m[3]);
  return total >= 1 && total <= MAX_SHARDS ? { prefix: m[1]!, total, totalText: m[3]! } : null;
}

/** The name of shard `i` (from 1) of the set `prefix` of `totalText` shards. */
export function shardName(naming: ShardSetNaming, prefix: string, i: number, totalText: string): string {
  return `${prefix}-${String(i).padStart(5, '0')}-of-${totalText}${naming.shardSuffix}`;
}

/**
 * The names the index of the set whose shards' prefix is `prefix` can have, best first. A prefix
 * that ends in a variant (`model.fp16`) names the variant's index
 * (`model.safetensors.index.fp16.json`), then the plain index of a set whose name has a dot in
 * it (`model.fp16.safetensors.index.json`): the shards' names alone cannot tell the two apart.
 */
export function indexNames(naming: ShardSetNaming, prefix: string): string[] {
  const plain = `${prefix}${naming.indexSuffix}`;
  const dot = prefix.lastIndexOf('.');
  const variant = prefix.slice(dot + 1);
  return dot > 0 && isVariantName(variant) ? [addVariant(`${prefix.slice(0, dot)}${naming.indexSuffix}`, variant), plain] : [plain];
}

/** The shards' prefix of the set whose index is named `name` (plain or a variant's), or null when `name` is no index's. */
export function indexPrefix(naming: ShardSetNaming, name: string): string | null {
  if (name.endsWith(naming.indexSuffix)) return name.slice(0, -naming.indexSuffix.length);
  const v = splitVariant(name);
  if (v === null || !v.plain.endsWith(naming.indexSuffix) || v.plain.length === naming.indexSuffix.length) return null;
  return `${v.plain.slice(0, -naming.indexSuffix.length)}.${v.variant}`;
}

/**
 * The set a file belongs to, by name (repository paths), keyed by its first index name
 * (`indexNames`): a shard's set is profiled from an index (a variant's, then a plain one), its
 * first shard where a side has no index, the shard itself last (the reader then names what is
 * missing). An index stands for itself (null), unless it is the plain index of a prefix that
 * reads as a variant's (`my.v2.safetensors.index.json`), which joins its shards' key. Both index
 * names are `alternatives`: where a side has both, each is a set of its own and both are profiled.
 */
export function shardSetModelKey(naming: ShardSetNaming, path: string): ModelKey | null {
  const name = posix.basename(path);
  const dir = posix.dirname(path);
  const m = naming.shard.exec(name);
  if (!m) {
    const prefix = indexPrefix(naming, name);
    const names = prefix === null ? [] : indexNames(naming, prefix);
    return names.length > 1 && names[0] !== name ? { key: posix.join(dir, names[0]!), entries: names.map((n) => posix.join(dir, n)), alternatives: names.length } : null;
  }
  const indexes = indexNames(naming, m[1]!).map((n) => posix.join(dir, n));
  const first = posix.join(dir, shardName(naming, m[1]!, 1, m[3]!));
  // A number its set has not (`-00000-of-00002`, `-00003-of-00002`) puts the file in no set: no
  // loader reads it with any other file, so it is a model of its own.
  const number = Number(m[2]);
  const inSet = number >= 1 && number <= Number(m[3]);
  return { key: indexes[0]!, entries: [...new Set([...indexes, first, path])], ...(indexes.length > 1 ? { alternatives: indexes.length } : {}), ...(inSet ? { set: first } : {}) };
}
