/** How the registry recognises a torch.save file (and a zip) and a sharded `.bin` set without loading the reader. */
import type { ShardSetNaming } from '../shard-names.js';

/**
 * Hugging Face's sharded PyTorch weights (transformers' and diffusers' save_pretrained):
 * `pytorch_model.bin.index.json` + `pytorch_model-00001-of-00002.bin` (a variant:
 * `pytorch_model.bin.index.fp16.json` + `pytorch_model.fp16-00001-of-00002.bin`). Only these
 * names are shards: a `.bin` of any other name may be ONNX external data, which must not be tied
 * to an index.
 */
export const PYTORCH_SET: ShardSetNaming = {
  indexSuffix: '.bin.index.json',
  shard: /^((?:diffusion_)?pytorch_model(?:\.[A-Za-z0-9_]+)?)-(\d{5})-of-(\d{5})\.bin$/,
  shardSuffix: '.bin',
};

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

export function hasZipMagic(head: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}

/** A zip's first local header: its entry name (latin1) as far as `head` holds it, and whether that is all of it. */
function firstZipEntry(head: Uint8Array): { readonly name: string; readonly whole: boolean } | undefined {
  if (!hasZipMagic(head) || head.length < 30) return undefined;
  const nameLength = head[26]! | (head[27]! << 8);
  return { name: new TextDecoder('latin1').decode(head.subarray(30, 30 + nameLength)), whole: 30 + nameLength <= head.length };
}

/** The name in a zip's first local header (latin1, as far as `head` holds it), or undefined when `head` is no zip. */
export function firstZipEntryName(head: Uint8Array): string | undefined {
  return firstZipEntry(head)?.name;
}

const LEGACY_HEAD = Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);

/** Whether the first bytes are the legacy format's magic-number pickle. */
export function hasLegacyMagic(head: Uint8Array): boolean {
  return LEGACY_HEAD.every((b, i) => head[i] === b);
}

/** How the entries torch writes inside an archive's folder (`<folder>/<entry>`) begin. */
const TORCH_ENTRIES = ['data.pkl', 'data/', 'version', '.data/', 'code/', 'constants.pkl', 'constants/', 'byteorder', '.format_version', '.storage_alignment'];

/**
 * Whether the first bytes are a zip whose first entry is one torch writes (`<folder>/data.pkl`,
 * `<folder>/data/0`, `<folder>/version`, `.data/`, `code/`, `constants.pkl`, `byteorder`): the
 * signature the registry sees (the reader's look at the central directory, which must hold
 * `<folder>/data.pkl`, is conclusive). torch names the folder after the file's stem, so a long
 * name (`pytorch_model-00001-of-00002`) can run past the head: a cut name is torch's while what
 * the head shows of it still fits (one path segment so far, or the folder and the start of an
 * entry torch writes).
 */
export function looksLikeTorchZip(head: Uint8Array): boolean {
  const first = firstZipEntry(head);
  if (first === undefined) return false;
  const name = first.name.replaceAll('\\', '/');
  const slash = name.indexOf('/');
  if (slash < 0) return !first.whole && name.length > 0;
  const entry = name.slice(slash + 1);
  return TORCH_ENTRIES.some((e) => entry.startsWith(e) || (!first.whole && e.startsWith(entry)));
}
