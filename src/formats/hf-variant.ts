/**
 * Hugging Face *variants*: `save_pretrained(variant="fp16")` (transformers, diffusers) puts the
 * variant's name before the last part of every file name it writes (their `_add_variant`):
 * `model.safetensors` -> `model.fp16.safetensors`, `model.safetensors.index.json` ->
 * `model.safetensors.index.fp16.json`, and a shard's prefix `model` -> `model.fp16`. Hugging Face
 * takes any name; we take a variant to be one word (`fp16`, `bf16`, `non_ema`) and any other name
 * to be no variant, so a hostile name is never read as one. Names only; no regex here can
 * backtrack (one anchored character class).
 */

const WORD = /^[A-Za-z0-9_]+$/;

/** Whether `token` can be a variant's name (one word of letters, digits and `_`). */
export function isVariantName(token: string): boolean {
  return WORD.test(token);
}

/** `name` with `.variant` before its last part (Hugging Face's `_add_variant`). */
export function addVariant(name: string, variant: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? `${name}.${variant}` : `${name.slice(0, dot)}.${variant}${name.slice(dot)}`;
}

/**
 * The name without its variant (`a.safetensors.index.fp16.json` -> `a.safetensors.index.json`,
 * variant `fp16`): the part before the last one when it is a variant's name and something comes
 * before it; null otherwise.
 */
export function splitVariant(name: string): { readonly plain: string; readonly variant: string } | null {
  const last = name.lastIndexOf('.');
  if (last <= 0) return null;
  const prev = name.lastIndexOf('.', last - 1);
  if (prev <= 0) return null;
  const variant = name.slice(prev + 1, last);
  return isVariantName(variant) ? { plain: name.slice(0, prev) + name.slice(last), variant } : null;
}

/** Whether `name` (lower case) ends with one of `endings` once its variant is taken out (`x.bin.index.fp16.json` for `.bin.index.json`). */
export function endsWithVariantOf(name: string, endings: readonly string[]): boolean {
  const s = splitVariant(name);
  return s !== null && endings.some((e) => s.plain.endsWith(e) && s.plain.length > e.length);
}

/** The default glob ending for a variant of `ending` (`.bin.index.json` -> `.bin.index.*.json`). */
export function variantGlobEnding(ending: string): string {
  return addVariant(ending, '*');
}
