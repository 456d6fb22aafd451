/**
 * What `npm run fuzz -- --format <name>` needs from one format (scripts/fuzz-<format>.ts): seed
 * files, one mutation of a seed, and resource bombs. scripts/fuzz.ts runs every case through the
 * same worker processes and limits. A seed's name is its file name under the fuzz folder (a
 * relative path with folders keeps the files of one sharded set together): every seed is written
 * there first, so a mutated shard is read beside its intact index and siblings.
 */
export interface FormatFuzz {
  /** The `--format` name. */
  readonly format: string;
  /** The file ending of the format's model files ('.pt'), for files kept with `--keep`. */
  readonly ext: string;
  seeds(): { name: string; bytes: Uint8Array }[];
  /** One mutation of a seed's bytes; `rnd` gives numbers in [0, 1). */
  mutate(bytes: Uint8Array, rnd: () => number): Uint8Array;
  bombs(): { name: string; bytes: Uint8Array }[];
}
