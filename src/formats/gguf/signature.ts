/** How the registry recognises GGUF without loading its reader: the magic and split-set names. */
import { basename } from 'node:path';

export const GGUF_MAGIC = Buffer.from('GGUF', 'latin1');

export function looksLikeGguf(head: Uint8Array): boolean {
  return head.byteLength >= 4 && GGUF_MAGIC.equals(Buffer.from(head.buffer, head.byteOffset, 4));
}

/** llama.cpp's split file naming (`%s-%05d-of-%05d.gguf`, numbered from 1). */
export const SPLIT_NAME = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/;

/** Side files of a GGUF file by its name alone: the other splits of a split set. */
export function ggufSplitNames(path: string): { first: string; others: string[] } | null {
  const m = SPLIT_NAME.exec(basename(path));
  const count = m ? Number(m[3]) : 0;
  if (!m || count < 2) return null;
  const names = Array.from({ length: count }, (_, i) => `${m[1]}-${String(i + 1).padStart(5, '0')}-of-${m[3]}.gguf`);
  return { first: names[0]!, others: names.filter((n) => n !== m[0]) };
}
