/** How the registry recognises safetensors (header sniff, shard names) without loading the reader. */
import { shardSetModelKey } from '../shard-names.js';
import type { ShardSetNaming } from '../shard-names.js';
import type { ModelKey } from '../registry.js';

/**
 * `model.safetensors.index.json` + `model-00001-of-00003.safetensors`: the Hugging Face shard
 * naming (a variant's: `model.safetensors.index.fp16.json` + `model.fp16-00001-of-00003.safetensors`).
 */
export const SAFETENSORS_SET: ShardSetNaming = {
  indexSuffix: '.safetensors.index.json',
  shard: /^(.*)-(\d{5})-of-(\d{5})\.safetensors$/,
  shardSuffix: '.safetensors',
};

/**
 * Sniffs the first bytes of a file: an 8-byte little-endian header length that fits the file,
 * followed by `{`. (safetensors has no magic number.)
 */
export function looksLikeSafetensors(head: Uint8Array, fileSize: number): boolean {
  if (head.byteLength < 9 || fileSize < 10) return false;
  const n = Buffer.from(head.buffer, head.byteOffset, 8).readBigUInt64LE(0);
  return n >= 2n && n <= BigInt(Math.min(fileSize - 8, 100_000_000)) && head[8] === 0x7b;
}

/** The set a shard belongs to, by name: formats/shard-names.ts. */
export function safetensorsModelKey(path: string): ModelKey | null {
  return shardSetModelKey(SAFETENSORS_SET, path);
}
