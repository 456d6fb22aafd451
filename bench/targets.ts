/**
 * Issue 14's scale and start-up targets, measured in fresh processes and printed with PASS/FAIL,
 * then all of the run's issue 14 targets side by side (`printTargets`):
 * - a synthetic 50,000-node transformer-like graph (bench/synthetic-transformer.ts), static and
 *   with a symbolic sequence length, profiled once as `model-budget profile` does it (per-node
 *   table, formulas in the free dims): under 1 s and under 300 MB peak RSS;
 * - process start: the median wall time of whole processes, `model-budget profile` on a small
 *   model against `node -e 0` (within 40 ms), `--version` beside them, and what `profile` runs:
 *   the installed command and the profile bundle, which hold none of the gate's ajv, octokit or
 *   report/markdown code.
 * Each runs under every node of bench/node-bin.ts (`--node PATH`, BENCH_NODE=PATH): Node 20 and
 * the action's Node 24 side by side in one run.
 * The machine's load average is printed with them: on a shared machine every figure moves with it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { primeEngine } from './engine-bundle.js';
import { benchNodes } from './node-bin.js';
import type { BenchNode } from './node-bin.js';
import { writeSyntheticTransformer } from './synthetic-transformer.js';

export interface TargetLine {
  readonly target: string;
  readonly measured: string;
  /** undefined: not measured in this run (the line says why). */
  readonly pass: boolean | undefined;
}

export function verdict(pass: boolean | undefined): string {
  return pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL';
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** How many fresh processes each cold figure is the median of (BENCH_COLD_RUNS, default 3). */
export function coldRuns(): number {
  return Math.max(1, Math.floor(Number(process.env['BENCH_COLD_RUNS'] ?? 3)) || 1);
}

export function loadLine(): string {
  return `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this machine`;
}

/** Synthetic 50k-node graphs: cold profiles in fresh processes (bench/measure-one.ts `cold`), under each node. */
export function benchSynthetic(tmp: string, measureOne: string, row: (cells: Array<string | number>) => string, nodes: readonly BenchNode[] = benchNodes()): TargetLine[] {
  const count = Number(process.env['BENCH_SYNTHETIC_NODES'] ?? 50_000);
  console.log(`\nsynthetic transformer-like graph (${count.toLocaleString('en-US')} nodes; one profile as \`model-budget profile\` runs it, median of ${coldRuns()} fresh processes (BENCH_COLD_RUNS), peak RSS the largest; ${loadLine()})`);
  console.log(row(['graph', 'node', 'nodes', 'file KB', 'profile ms', 'CPU ms', 'RSS MB', 'free dims', 'targets']));
  const lines: TargetLine[] = [];
  for (const dynamic of [false, true]) {
    const name = dynamic ? 'dynamic seq' : 'static';
    const m = writeSyntheticTransformer(join(tmp, `synthetic_${dynamic ? 'dyn' : 'static'}.onnx`), count, dynamic);
    for (const node of nodes) {
      // Its code cache first holds what this graph's profile runs (bench/engine-bundle.ts).
      const parts = primeEngine(node.bin, measureOne, [m.path, '--cold']);
      // The median of a few fresh processes, as the engine's cold rows (bench/peer.ts): one run on
      // a shared machine moved by 20% between bench runs. Memory is the largest of them.
      const runs = Array.from({ length: coldRuns() }, () => {
        const out = execFileSync(node.bin, [measureOne, 'cold', m.path, ...parts], { encoding: 'utf8', maxBuffer: 1 << 20 });
        return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; cpuMs: number; maxRssKB: number; nodes: number; formulas: number };
      });
      const r = { ...runs[0]!, ms: median(runs.map((x) => x.ms)), cpuMs: median(runs.map((x) => x.cpuMs)), maxRssKB: Math.max(...runs.map((x) => x.maxRssKB)) };
      const fast = r.ms < 1000;
      const small = r.maxRssKB / 1024 < 300;
      console.log(row([name, node.version, r.nodes, (m.fileBytes / 1e3).toFixed(0), r.ms.toFixed(0), r.cpuMs.toFixed(0), (r.maxRssKB / 1024).toFixed(0), r.formulas,
        fast && small ? 'PASS' : `FAIL ${[fast ? '' : '>1s', small ? '' : '>300MB'].filter(Boolean).join(',')}`]));
      const label = `${(r.nodes / 1000).toFixed(0)}k-node graph (${name}, ${node.label})`;
      lines.push({ target: `${label}: profile < 1 s`, measured: `${r.ms.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms)`, pass: fast });
      lines.push({ target: `${label}: peak RSS < 300 MB`, measured: `${(r.maxRssKB / 1024).toFixed(0)} MB`, pass: small });
    }
    rmSync(m.path, { force: true });
  }
  return lines;
}

/**
 * Wall ms of one whole process (spawned, waited for), and its CPU ms (user + system, all threads)
 * from bash's `time` when bash is there: on a shared machine CPU time moves far less with the load.
 */
function processMs(bin: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): { wall: number; cpu: number | undefined } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', 'TIMEFORMAT="%3U %3S"; time ("$0" "$@" >/dev/null 2>&1)', bin, ...args], { cwd, encoding: 'utf8', env });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) {
    // No bash: wall time alone.
    const t1 = process.hrtime.bigint();
    const direct = spawnSync(bin, args, { cwd, stdio: 'ignore', env });
    if (direct.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited with ${direct.status}`);
    return { wall: Number(process.hrtime.bigint() - t1) / 1e6, cpu: undefined };
  }
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited with ${r.status}`);
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user !== undefined && sys !== undefined ? (user + sys) * 1e3 : undefined };
}

/**
 * The code cache `profile` leaves for a node (src/cli/code-cache.ts, which finds the folder with
 * compile-cache.ts `privateCacheFolder`): its size, or 'none'.
 */
function codeCacheOf(node: BenchNode, xdg: string): string {
  const file = join(xdg, 'model-budget', 'v8-code-cache', `profile-${node.version}-${process.arch}.bin`);
  return existsSync(file) ? `${(statSync(file).size / 1e3).toFixed(0)} KB` : 'none';
}

/**
 * Issue 14 "Process start", on the installed command (dist/cli/model-budget.cjs, from `npm run
 * build`), under each node of bench/node-bin.ts. `profile` runs as the CLI leaves it: from its
 * bundle with V8's code cache written by the first run (the row gives the cache's size), and with
 * that cache turned off (NODE_DISABLE_COMPILE_CACHE=1: what the very first run pays).
 */
export function benchProcessStart(repo: string, row: (cells: Array<string | number>) => string, nodes: readonly BenchNode[] = benchNodes()): TargetLine[] {
  const cli = join(repo, 'dist', 'cli', 'model-budget.cjs');
  const bundle = join(repo, 'dist', 'cli', 'profile.cjs');
  const model = join(repo, 'examples', 'models', 'small_cnn_head.onnx');
  console.log(`\nprocess start (whole processes, median; ${loadLine()})`);
  if (!existsSync(cli) || !existsSync(bundle)) {
    console.log('  dist/cli/model-budget.cjs or profile.cjs is missing: run `npm run build` first');
    return [{ target: 'process start: profile within 40 ms of node -e 0', measured: 'not measured (no dist/cli; npm run build)', pass: undefined }];
  }
  const runs = Number(process.env['BENCH_START_RUNS'] ?? 21);
  // A cache folder of this run's own: the cache then holds what profiling an ONNX model needs, as
  // a user's does who profiles ONNX models. One in the home folder holds whatever ran before (a
  // test run leaves every reader and op family in it: twice the size, about 12 ms more a run).
  const xdg = mkdtempSync(join(tmpdir(), 'mb-bench-start-'));
  const env = { ...process.env, XDG_CACHE_HOME: xdg };
  const cacheOff = { ...env, NODE_DISABLE_COMPILE_CACHE: '1' };
  interface Command { readonly node: BenchNode; readonly name: string; readonly args: string[]; readonly env: NodeJS.ProcessEnv }
  const perNode = nodes.map((node): Command[] => [
    { node, name: 'node -e 0', args: ['-e', '0'], env },
    { node, name: 'model-budget --version', args: [cli, '--version'], env },
    { node, name: 'profile (small model)', args: [cli, 'profile', model], env },
    { node, name: '  same, code cache off', args: [cli, 'profile', model], env: cacheOff },
  ]);
  const commands = perNode.flat();
  const times = commands.map((): number[] => []);
  const cpus = commands.map((): number[] => []);
  // The first run pays for the page cache (and writes the code cache, as a user's first run does).
  for (const list of perNode) processMs(list[0]!.node.bin, list[2]!.args, repo, env);
  // In turns, so that every command sees the same machine.
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, k) => {
      const t = processMs(c.node.bin, c.args, repo, c.env);
      times[k]!.push(t.wall);
      if (t.cpu !== undefined) cpus[k]!.push(t.cpu);
    });
  }
  const med = times.map(median);
  const cpu = cpus.map((c) => (c.length ? median(c) : NaN));
  const plus = (x: number): string => (Number.isFinite(x) ? `+${x.toFixed(1)}` : '-');
  console.log(row(['command', 'node', 'wall ms', 'vs node -e 0', 'CPU ms', 'vs node -e 0', 'code cache']));
  const lines: TargetLine[] = [];
  let k = 0;
  for (const list of perNode) {
    const node = list[0]!.node;
    const base = k;
    const cache = codeCacheOf(node, xdg);
    for (const c of list) {
      console.log(row([c.name, node.version, med[k]!.toFixed(1), k === base ? '' : plus(med[k]! - med[base]!),
        Number.isFinite(cpu[k]!) ? cpu[k]!.toFixed(1) : '-', k === base ? '' : plus(cpu[k]! - cpu[base]!),
        c.args[1] !== 'profile' ? '' : c.env === cacheOff ? 'off' : cache]));
      k++;
    }
    const delta = med[base + 2]! - med[base]!;
    lines.push({
      target: `process start (${node.label}): profile within 40 ms of node -e 0`,
      measured: `+${delta.toFixed(0)} ms wall (CPU ${plus(cpu[base + 2]! - cpu[base]!)} ms; code cache ${cache}; cache off +${(med[base + 3]! - med[base]!).toFixed(0)} ms; --version +${(med[base + 1]! - med[base]!).toFixed(0)} ms)`,
      pass: delta <= 40,
    });
  }

  rmSync(xdg, { recursive: true, force: true });

  // What `profile` runs: the command, then the bundle (through node:vm, outside the module loaders).
  let kb = 0;
  const unwanted = new Set<string>();
  for (const f of [cli, bundle]) {
    const text = readFileSync(f, 'utf8');
    kb += text.length / 1e3;
    if (/\bajv\b/.test(text)) unwanted.add('ajv');
    if (/octokit/i.test(text)) unwanted.add('octokit');
    if (text.includes('report/markdown.js')) unwanted.add('report/markdown');
  }
  console.log(`profile runs 2 files (${kb.toFixed(0)} KB of JavaScript): model-budget.cjs, profile.cjs; ajv, octokit, report/markdown: ${unwanted.size ? `in them (${[...unwanted].join(', ')})` : 'not in them'}` +
    '; protobufjs is in the bundle for the TensorFlow reader, which runs it only when it reads a TensorFlow file');
  lines.push({ target: 'process start: profile runs no ajv, octokit, report/markdown', measured: unwanted.size ? [...unwanted].join(', ') : `none (2 files, ${kb.toFixed(0)} KB)`, pass: unwanted.size === 0 });
  return lines;
}

/** All of this run's issue 14 targets, side by side. */
export function printTargets(lines: readonly TargetLine[]): void {
  console.log(`\nissue 14 targets (${loadLine()})`);
  const width = Math.max(...lines.map((l) => l.target.length));
  for (const l of lines) console.log(`${l.target.padEnd(width)}  ${l.measured.padEnd(44)} ${verdict(l.pass)}`);
}
