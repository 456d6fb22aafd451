/** How the registry recognises safetensors (header sniff, shard names) without loading the reader. */
import { posix } from 'node:path';

export const INDEX_SUFFIX = '.safetensors.index.json';

/** `model-00001-of-00003.safetensors`: the Hugging Face shard naming. */
export const SHARD_NAME = /^(.*)-(\d{5})-of-(\d{5})\.safetensors$/;

/**
 * Sniffs the first bytes of a file: an 8-byte little-endian header length that fits the file,
 * followed by `{`. (safetensors has no magic number.)
 */
export function looksLikeSafetensors(head: Uint8Array, fileSize: number): boolean {
  if (head.byteLength < 9 || fileSize < 10) return false;
  const n = Buffer.from(head.buffer, head.byteOffset, 8).readBigUInt64LE(0);
  return n >= 2n && n <= BigInt(Math.min(fileSize - 8, 100_000_000)) && head[8] === 0x7b;
}

/**
 * The set a shard belongs to, by name (repository paths): its index stands for it, its first
 * shard where a side has no index, the shard itself last (the reader then names what is missing).
 */
export function safetensorsModelKey(path: string): { key: string; entries: string[] } | null {
  const m = SHARD_NAME.exec(posix.basename(path));
  if (!m) return null;
  const dir = posix.dirname(path);
  const index = posix.join(dir, `${m[1]}${INDEX_SUFFIX}`);
  const first = posix.join(dir, `${m[1]}-${String(1).padStart(5, '0')}-of-${m[3]}.safetensors`);
  return { key: index, entries: [...new Set([index, first, path])] };
}
