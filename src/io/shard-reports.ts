/**
 * The partial reports of a sharded run, read for the merge (budget/shard.ts): files or folders
 * of them (a folder: every `*.json` directly in it, as download-artifact leaves them). Each file
 * is held to readGateReport's rules (a regular file, capped, JSON, the schema) and, for the
 * action, must lie inside the workspace. Their sizes together are at most MAX_MERGE_BYTES
 * (measured before any is read), and each is checked against the ones before as it is read, so
 * a report of another run stops the merge early. Every problem is one line naming the file.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isInside } from '../formats/contained-file.js';
import { MAX_SHARDS, ShardMerger, ShardMergeError } from '../budget/shard.js';
import type { MergedReport } from '../budget/shard.js';
import { readGateReport } from './report-file.js';

/**
 * Bytes of partial reports a merge reads in all. A report of 15.7 MB (under the 16 MiB cap of one
 * file) is about 42 MB of heap once parsed, and a merge holds every report: 256 of them ran V8
 * out of heap (exit 134). 256 MiB is about 700 MB of heap, and some 60,000 models at a few kB each.
 */
export const MAX_MERGE_BYTES = 256 * 1024 * 1024;

export interface ShardReadOptions {
  /** Directory relative paths are resolved from. */
  readonly cwd: string;
  /** When set, every report must lie inside it (the workspace). */
  readonly within?: string;
  /** Prefix of messages before a quoted path (`report-path `, or '' for the CLI). */
  readonly label: string;
}

/** Files named by `given` (folders expanded to their `*.json`), at most MAX_SHARDS of them. */
async function listReports(given: readonly string[], options: ShardReadOptions): Promise<Array<{ path: string; shown: string }>> {
  const out: Array<{ path: string; shown: string }> = [];
  for (const shown of given) {
    const path = resolve(options.cwd, shown);
    if (options.within !== undefined && !isInside(resolve(options.within), path)) {
      throw new ShardMergeError(`${options.label}${JSON.stringify(shown)}: lies outside the workspace`);
    }
    const st = await stat(path).catch(() => null);
    if (st?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
      if (names.length === 0) throw new ShardMergeError(`${options.label}${JSON.stringify(shown)}: no .json reports in this folder (was the artifact downloaded?)`);
      for (const n of names) out.push({ path: join(path, n), shown: `${shown.replace(/\/+$/, '')}/${n}` });
    } else {
      out.push({ path, shown });
    }
    if (out.length > MAX_SHARDS) throw new ShardMergeError(`more than ${MAX_SHARDS} partial reports: a run has at most ${MAX_SHARDS} shards`);
  }
  return out;
}

/** Reads, validates and merges the partial reports named by `given`. */
export async function mergeShardFiles(given: readonly string[], options: ShardReadOptions): Promise<MergedReport> {
  const files = await listReports(given, options);
  // Sizes first (a link counts as what it leads to; what is no regular file is refused on reading).
  const sizes = await Promise.all(files.map(async (f) => (await stat(f.path).catch(() => null))?.size ?? 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total > MAX_MERGE_BYTES) {
    const mib = (n: number): string => `${Math.ceil(n / 1024 / 1024)} MiB`;
    throw new ShardMergeError(`${options.label}${given.map((g) => JSON.stringify(g)).join(', ')}: ${files.length} partial reports of ${mib(total)} in all, more than the ${mib(MAX_MERGE_BYTES)} a merge reads`);
  }
  const merger = new ShardMerger();
  for (const f of files) {
    const report = await readGateReport(f.path, f.shown, { label: options.label, ...(options.within !== undefined ? { within: options.within } : {}) });
    merger.add({ name: `${options.label}${JSON.stringify(f.shown)}`, report });
  }
  return merger.merge();
}
