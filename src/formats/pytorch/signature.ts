/** How the registry recognises a torch.save file (and a zip) without loading the reader. */

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

export function hasZipMagic(head: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}
/** The name in a zip's first local header (latin1, as far as `head` holds it), or undefined when `head` is no zip. */
export function firstZipEntryName(head: Uint8Array): string | undefined {
  if (!hasZipMagic(head) || head.length < 30) return undefined;
  const nameLength = head[26]! | (head[27]! << 8);
  return new TextDecoder('latin1').decode(head.subarray(30, 30 + nameLength));
}

const LEGACY_HEAD = Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);

/** Whether the first bytes are the legacy format's magic-number pickle. */
export function hasLegacyMagic(head: Uint8Array): boolean {
  return LEGACY_HEAD.every((b, i) => head[i] === b);
}

/**
 * Whether the first bytes are a zip whose first entry is one torch writes (`<folder>/data.pkl`,
 * `<folder>/data/0`, `<folder>/version`, `.data/`, `code/`, `constants.pkl`, `byteorder`): the
 * signature the registry sees (the central directory, read by `isPytorchFile`, is conclusive).
 */
export function looksLikeTorchZip(head: Uint8Array): boolean {
  const name = firstZipEntryName(head)?.replaceAll('\\', '/');
  return name !== undefined && /^[^/]*\/(data\.pkl|data\/|version|\.data\/|code\/|constants\.pkl|constants\/|byteorder|\.format_version|\.storage_alignment)/.test(name);
}
