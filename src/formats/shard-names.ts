/**
 * How Hugging Face names the files of a sharded checkpoint, for every format that writes one
 * (`model.safetensors.index.json` + `model-00001-of-00003.safetensors`;
 * `pytorch_model.bin.index.json` + `pytorch_model-00001-of-00002.bin`): the index is the shards'
 * prefix and the format's index suffix, the shards are numbered from 1 in five digits. Names only,
 * so that the registry's descriptors can map a shard to its set without loading a reader
 * (formats/shard-set.ts reads the set).
 */
import { posix } from 'node:path';
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
 * The set a shard belongs to, by name (repository paths): its index stands for it, its first
 * shard where a side has no index, the shard itself last (the reader then names what is missing).
 */
export function shardSetModelKey(naming: ShardSetNaming, path: string): ModelKey | null {
  const m = naming.shard.exec(posix.basename(path));
  if (!m) return null;
  const dir = posix.dirname(path);
  const index = posix.join(dir, `${m[1]}${naming.indexSuffix}`);
  const first = posix.join(dir, shardName(naming, m[1]!, 1, m[3]!));
  return { key: index, entries: [...new Set([index, first, path])] };
}
