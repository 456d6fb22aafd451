/**
 * Which Node binaries the bench runs its timed child processes under (issue 14: Node 20, this
 * machine's, and Node 24, the action's runtime): the one running the bench, then each of
 * `--node PATH` (repeatable) and `BENCH_NODE=PATH[,PATH...]`. The engine, synthetic-graph and
 * process-start sections run once per binary and print its version on every row.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface BenchNode {
  readonly bin: string;
  /** `v24.22.3` */
  readonly version: string;
  /** `Node 24.22.3`, for rows and target lines. */
  readonly label: string;
}

/** The node binaries named on the command line and in BENCH_NODE, after the bench's own. */
export function benchNodes(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): BenchNode[] {
  const bins = [process.execPath];
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--node' && argv[i + 1]) bins.push(argv[++i]!);
  for (const b of (env['BENCH_NODE'] ?? '').split(',')) if (b.trim()) bins.push(b.trim());
  const out: BenchNode[] = [];
  for (const bin of bins) {
    if (!existsSync(bin)) throw new Error(`--node/BENCH_NODE: ${bin} does not exist`);
    const r = spawnSync(bin, ['-p', 'process.version'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`--node/BENCH_NODE: ${bin} -p process.version failed: ${r.stderr.trim()}`);
    const version = r.stdout.trim();
    if (!out.some((n) => n.version === version)) out.push({ bin, version, label: `Node ${version.slice(1)}` });
  }
  return out;
}
