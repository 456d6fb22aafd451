/**
 * Issue 14's scale and start-up targets, measured in fresh processes and printed with PASS/FAIL,
 * then all of the run's issue 14 targets side by side (`printTargets`):
 * - a synthetic 50,000-node transformer-like graph (bench/synthetic-transformer.ts), static and
 *   with a symbolic sequence length, profiled once as `model-budget profile` does it (per-node
 *   table, formulas in the free dims): under 1 s and under 300 MB peak RSS;
 * - process start: the median wall time of whole processes, `model-budget profile` on a small
 *   model against `node -e 0` (within 40 ms), `--version` beside them, and which files `profile`
 *   loads (never the gate's ajv, octokit or report/markdown code, nor protobufjs).
 * Each runs under every node of bench/node-bin.ts (`--node PATH`, BENCH_NODE=PATH): Node 20 and
 * the action's Node 24 side by side in one run.
 * The machine's load average is printed with them: on a shared machine every figure moves with it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchNodes, COMPILE_CACHE_DEBUG_ENV, compileCacheOf } from './node-bin.js';
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

export function loadLine(): string {
  return `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this machine`;
}

/** Synthetic 50k-node graphs: one cold profile each in a fresh process (bench/measure-one.ts `cold`), under each node. */
export function benchSynthetic(tmp: string, measureOne: string, row: (cells: Array<string | number>) => string, nodes: readonly BenchNode[] = benchNodes()): TargetLine[] {
  const count = Number(process.env['BENCH_SYNTHETIC_NODES'] ?? 50_000);
  console.log(`\nsynthetic transformer-like graph (${count.toLocaleString('en-US')} nodes; one profile as \`model-budget profile\` runs it, in a fresh process; ${loadLine()})`);
  console.log(row(['graph', 'node', 'nodes', 'file KB', 'profile ms', 'CPU ms', 'RSS MB', 'free dims', 'targets']));
  const lines: TargetLine[] = [];
  for (const dynamic of [false, true]) {
    const name = dynamic ? 'dynamic seq' : 'static';
    const m = writeSyntheticTransformer(join(tmp, `synthetic_${dynamic ? 'dyn' : 'static'}.onnx`), count, dynamic);
    for (const node of nodes) {
      const out = execFileSync(node.bin, [measureOne, 'cold', m.path], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const r = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; cpuMs: number; maxRssKB: number; nodes: number; formulas: number };
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

/** Whether a node has the compile cache (22.1+), which `model-budget` turns on. */
function hasCompileCache(node: BenchNode): boolean {
  const [major, minor] = node.version.slice(1).split('.').map(Number);
  return major! > 22 || (major === 22 && minor! >= 1);
}

/**
 * Issue 14 "Process start", on the bundle (dist/cli, from `npm run build`), under each node of
 * bench/node-bin.ts. `profile` runs with the compile cache as the CLI leaves it (Node 22.1+: warm
 * after the first run; the row says how many files came from it) and, where there is one, with
 * the cache turned off (NODE_DISABLE_COMPILE_CACHE=1: about what the very first run pays).
 */
export function benchProcessStart(repo: string, row: (cells: Array<string | number>) => string, nodes: readonly BenchNode[] = benchNodes()): TargetLine[] {
  const cli = join(repo, 'dist', 'cli', 'index.js');
  const model = join(repo, 'examples', 'models', 'small_cnn_head.onnx');
  console.log(`\nprocess start (whole processes, median; ${loadLine()})`);
  if (!existsSync(cli)) {
    console.log('  dist/cli/index.js is missing: run `npm run build` first');
    return [{ target: 'process start: profile within 40 ms of node -e 0', measured: 'not measured (no dist/cli; npm run build)', pass: undefined }];
  }
  const runs = Number(process.env['BENCH_START_RUNS'] ?? 21);
  const cacheOff = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
  interface Command { readonly node: BenchNode; readonly name: string; readonly args: string[]; readonly env: NodeJS.ProcessEnv }
  const perNode = nodes.map((node) => {
    const list: Command[] = [
      { node, name: 'node -e 0', args: ['-e', '0'], env: process.env },
      { node, name: 'model-budget --version', args: [cli, '--version'], env: process.env },
      { node, name: 'profile (small model)', args: [cli, 'profile', model], env: process.env },
    ];
    if (hasCompileCache(node)) list.push({ node, name: '  same, compile cache off', args: [cli, 'profile', model], env: cacheOff });
    return list;
  });
  const commands = perNode.flat();
  const times = commands.map((): number[] => []);
  const cpus = commands.map((): number[] => []);
  // The first run pays for the page cache (and fills the compile cache, as a user's first run does).
  for (const list of perNode) processMs(list[0]!.node.bin, list[2]!.args, repo, process.env);
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
  console.log(row(['command', 'node', 'wall ms', 'vs node -e 0', 'CPU ms', 'vs node -e 0', 'compile cache']));
  const lines: TargetLine[] = [];
  let k = 0;
  for (const list of perNode) {
    const node = list[0]!.node;
    const base = k;
    // How the CLI's own runs found the compile cache (one more run, with Node's debug lines).
    const debug = spawnSync(node.bin, list[2]!.args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...COMPILE_CACHE_DEBUG_ENV } });
    const cc = compileCacheOf(debug.stderr);
    for (const c of list) {
      console.log(row([c.name, node.version, med[k]!.toFixed(1), k === base ? '' : plus(med[k]! - med[base]!),
        Number.isFinite(cpu[k]!) ? cpu[k]!.toFixed(1) : '-', k === base ? '' : plus(cpu[k]! - cpu[base]!),
        c.args[1] !== 'profile' ? '' : c.env === cacheOff ? 'off' : cc]));
      k++;
    }
    const delta = med[base + 2]! - med[base]!;
    const off = list.length > 3 ? `; cache off +${(med[base + 3]! - med[base]!).toFixed(0)} ms` : '';
    lines.push({
      target: `process start (${node.label}): profile within 40 ms of node -e 0`,
      measured: `+${delta.toFixed(0)} ms wall (CPU ${plus(cpu[base + 2]! - cpu[base]!)} ms; compile cache ${cc}${off}; --version +${(med[base + 1]! - med[base]!).toFixed(0)} ms)`,
      pass: delta <= 40,
    });
  }

  // Which files `profile` loads: an ESM resolve hook (bench/load-trace.ts) lists them.
  const trace = join(repo, 'build', 'bench', `load-trace-${process.pid}.txt`);
  const hook = join(fileURLToPath(new URL('.', import.meta.url)), 'load-trace.js');
  spawnSync(process.execPath, ['--import', hook, cli, 'profile', model], { stdio: 'ignore', env: { ...process.env, MODEL_BUDGET_LOAD_TRACE: trace } });
  const loaded = existsSync(trace) ? readFileSync(trace, 'utf8').split('\n').filter(Boolean).map((u) => fileURLToPath(u)) : [];
  rmSync(trace, { force: true });
  let kb = 0;
  const unwanted = new Set<string>();
  for (const f of loaded) {
    const text = readFileSync(f, 'utf8');
    kb += text.length / 1e3;
    if (/\bajv\b/.test(text)) unwanted.add('ajv');
    if (/octokit/i.test(text)) unwanted.add('octokit');
    if (text.includes('report/markdown.js')) unwanted.add('report/markdown');
    if (text.includes('node_modules/protobufjs')) unwanted.add('protobufjs');
  }
  const lean = loaded.length > 0 && unwanted.size === 0;
  console.log(`profile loads ${loaded.length} files (${kb.toFixed(0)} KB of JavaScript): ${loaded.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}; ` +
    `ajv, octokit, report/markdown, protobufjs: ${unwanted.size ? `loaded (${[...unwanted].join(', ')})` : 'not loaded'}`);
  lines.push({ target: 'process start: profile loads no ajv, octokit, report/markdown, protobufjs', measured: unwanted.size ? [...unwanted].join(', ') : `none (${loaded.length} files, ${kb.toFixed(0)} KB)`, pass: lean });
  return lines;
}

/** All of this run's issue 14 targets, side by side. */
export function printTargets(lines: readonly TargetLine[]): void {
  console.log(`\nissue 14 targets (${loadLine()})`);
  const width = Math.max(...lines.map((l) => l.target.length));
  for (const l of lines) console.log(`${l.target.padEnd(width)}  ${l.measured.padEnd(44)} ${verdict(l.pass)}`);
}
