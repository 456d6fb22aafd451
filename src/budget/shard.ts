/**
 * Sharding the gate over a CI matrix (pure): `shard: i/n` profiles a deterministic slice of the
 * changed models and writes a partial GateReport that carries the slice's identity (ShardInfo);
 * a merge job checks that the partial reports belong together and cover every model exactly
 * once, and rebuilds the one report an unsharded run would have produced.
 *
 * Every shard computes the same list of changed models from the same commits, so the slice needs
 * no coordination: the model keys (repository paths; a model of several files is one key) are
 * sorted and dealt round-robin, which keeps the shards within one model of each other.
 */
import { UsageError } from '../graph/errors.js';
import { compareModels, countFindings, modelSummary } from './gate.js';
import type { GateReport, ShardInfo } from './types.js';
import { clipText } from './report-text.js';

/** A GitHub Actions matrix has at most 256 jobs: more shards cannot run in one workflow. */
export const MAX_SHARDS = 256;

export interface ShardSpec {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** `2/8` -> { index: 2, count: 8 }; anything else is a one-line usage error (`label` names the input or flag). */
export function parseShard(text: string, label: string): ShardSpec {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const bad = (why: string): never => {
    throw new UsageError(`${label}: '${text.slice(0, 40)}' ${why}`);
  };
  if (!m) return bad('should look like i/n, e.g. 2/8 (shard i of n, counted from 1)');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return bad(`has n = ${count}; n must be 1 to ${MAX_SHARDS} (a matrix has at most ${MAX_SHARDS} jobs)`);
  if (index < 1 || index > count) return bad(`has i = ${index}; i must be 1 to n (${count})`);
  return { index, count };
}

/** The keys shard `spec` owns: every key's place in the sorted, de-duplicated list, modulo n. */
export function shardKeys(keys: readonly string[], spec: ShardSpec): Set<string> {
  const sorted = [...new Set(keys)].sort();
  return new Set(sorted.filter((_, i) => i % spec.count === spec.index - 1));
}

/**
 * The paths of `paths` that shard `spec` profiles: its slice of the keys as the report writes them
 * (clipText, as the merge reads them from `shard.models`), not of the paths as they are. A path
 * past the report's bound sorts elsewhere once cut (`a`x5000 before `a`x4064+`b`, after it cut), so
 * slicing the paths themselves gave a shard models the merge then said were not in its slice.
 */
export function shardPaths(paths: readonly string[], spec: ShardSpec): Set<string> {
  const keys = shardKeys(paths.map(clipText), spec);
  return new Set(paths.filter((p) => keys.has(clipText(p))));
}

/** A partial report that cannot be merged: one line naming the file and what is wrong. */
export class ShardMergeError extends UsageError {
  override name = 'ShardMergeError';
}

export interface NamedReport {
  /** How the user named the file, for messages. */
  readonly name: string;
  readonly report: GateReport;
}

export interface MergedReport {
  readonly report: GateReport;
  /** The commits every shard compared (the shards agree on them). */
  readonly baseSha: string | null;
  readonly headSha: string | null;
  /** How many shards were merged. */
  readonly count: number;
}

/** The settings every shard must share for their reports to be parts of one gate run. */
function sameRun(info: ShardInfo, report: GateReport): string {
  const { configFile, configSource, configNote, budgetChanges, minChange } = report;
  return JSON.stringify([info.count, info.models, info.baseSha, info.headSha, info.settings, info.level, configFile, configSource, configNote, budgetChanges, minChange ?? null]);
}

function differs(a: ShardInfo, b: ShardInfo, ra: GateReport, rb: GateReport): string {
  if (a.count !== b.count) return `is shard ${b.index}/${b.count}, others are of ${a.count}`;
  if (a.headSha !== b.headSha || a.baseSha !== b.baseSha) return `compares ${b.baseSha ?? 'no base'}..${b.headSha ?? 'the working tree'}, others ${a.baseSha ?? 'no base'}..${a.headSha ?? 'the working tree'}`;
  if (a.settings !== b.settings || ra.configFile !== rb.configFile || ra.configSource !== rb.configSource) return 'was run with another config or other options';
  if (JSON.stringify(a.models) !== JSON.stringify(b.models)) return `lists other changed models (${b.models.length}, others ${a.models.length})`;
  return 'disagrees with the other shards on the config (note, budget changes or min-change)';
}

interface Shard extends NamedReport {
  readonly info: ShardInfo;
}

/**
 * Merges the partial reports of one sharded run into the report the unsharded run writes, taking
 * them one at a time (`add`), so that a caller reading files stops at the first report that is
 * not a shard, belongs to another run, repeats a shard or is not exactly its slice, before it
 * reads the rest. `merge` then checks that no shard is missing. Each problem is a
 * ShardMergeError naming the report.
 */
export class ShardMerger {
  private readonly shards: Shard[] = [];
  private readonly seen = new Map<number, string>();
  private run = '';

  add({ name, report }: NamedReport): void {
    if (!report.shard) throw new ShardMergeError(`${name}: not a partial report (no shard); run the shards with shard: i/n`);
    const s: Shard = { name, report, info: report.shard };
    const first = this.shards[0];
    if (first === undefined) this.run = sameRun(s.info, report);
    else if (sameRun(s.info, report) !== this.run) throw new ShardMergeError(`${name}: not a shard of the same run as ${first.name}: it ${differs(first.info, s.info, first.report, report)}`);
    const other = this.seen.get(s.info.index);
    if (other !== undefined) throw new ShardMergeError(`${name}: shard ${s.info.index}/${s.info.count} again (also ${other})`);
    // Every shard of the run lists the same changed models (sameRun), so each slice is checked as it comes.
    const { count, models: keys } = s.info;
    const expected = shardKeys(keys, s.info);
    const got = [...report.models.map((m) => m.path), ...report.ignored];
    const extra = got.find((p) => !expected.has(p));
    if (extra !== undefined) throw new ShardMergeError(`${name}: reports ${JSON.stringify(extra)}, which is not in shard ${s.info.index}/${count}`);
    if (got.length !== expected.size || new Set(got).size !== got.length) {
      const absent = [...expected].find((p) => !got.includes(p));
      throw new ShardMergeError(`${name}: shard ${s.info.index}/${count} ${absent !== undefined ? `leaves out ${JSON.stringify(absent)}` : 'reports a model twice'}`);
    }
    this.seen.set(s.info.index, name);
    this.shards.push(s);
  }

  merge(): MergedReport {
    const { shards } = this;
    const first = shards[0];
    if (first === undefined) throw new ShardMergeError('no partial reports to merge');
    const { count, models: keys } = first.info;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !this.seen.has(i));
    if (missing.length) throw new ShardMergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''} of ${count} missing (have ${shards.length} report${shards.length === 1 ? '' : 's'})`);
    // Each model is in exactly one shard, in the unsharded order. The verdict is counted again from
    // the merged models, as the unsharded run counts it: a shard's own counts are not trusted.
    const order = new Map(keys.map((k, i) => [k, i]));
    const models = shards.flatMap((s) => s.report.models).sort(compareModels);
    const ignored = shards.flatMap((s) => s.report.ignored).sort((a, b) => order.get(a)! - order.get(b)!);
    const { violations, warnings } = countFindings(models, first.info.level);
    const { shard: _shard, ...rest } = first.report;
    const report: GateReport = { ...rest, passed: violations === 0, violations, warnings, ignored, ...modelSummary(models) };
    return { report, baseSha: first.info.baseSha, headSha: first.info.headSha, count };
  }
}

/** Merges partial reports already in memory (ShardMerger, all at once). */
export function mergeShardReports(parts: readonly NamedReport[]): MergedReport {
  const merger = new ShardMerger();
  for (const p of parts) merger.add(p);
  return merger.merge();
}
