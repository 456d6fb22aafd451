/**
 * Issue 14's scale and start-up targets, measured in fresh processes and printed with PASS/FAIL,
 * then all of the run's issue 14 targets side by side (`printTargets`):
 * - a synthetic 50,000-node transformer-like graph (bench/synthetic-transformer.ts), static and
 *   with a symbolic sequence length, profiled once as `model-budget profile` does it (per-node
 *   table, formulas in the free dims): under 1 s and under 300 MB peak RSS;
 * - process start: the median wall time of whole processes, `model-budget profile` on a small
 *   model against `node -e 0` (within 40 ms), `--version` beside them, and which files `profile`
 *   loads (never the gate's ajv, octokit or report/markdown code).
 * The machine's load average is printed with them: on a shared machine every figure moves with it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function loadLine(): string {
  return `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this machine`;
}

/** Synthetic 50k-node graphs: one cold profile each in a fresh process (bench/measure-one.ts `cold`). */
export function benchSynthetic(tmp: string, measureOne: string, row: (cells: Array<string | number>) => string): TargetLine[] {
  const nodes = Number(process.env['BENCH_SYNTHETIC_NODES'] ?? 50_000);
  console.log(`\nsynthetic transformer-like graph (${nodes.toLocaleString('en-US')} nodes; one profile as \`model-budget profile\` runs it, in a fresh process; ${loadLine()})`);
  console.log(row(['graph', 'nodes', 'file KB', 'profile ms', 'CPU ms', 'RSS MB', 'free dims', 'targets']));
  const lines: TargetLine[] = [];
  for (const dynamic of [false, true]) {
    const name = dynamic ? 'dynamic seq' : 'static';
    const m = writeSyntheticTransformer(join(tmp, `synthetic_${dynamic ? 'dyn' : 'static'}.onnx`), nodes, dynamic);
    const out = execFileSync(process.execPath, [measureOne, 'cold', m.path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; cpuMs: number; maxRssKB: number; nodes: number; formulas: number };
    const fast = r.ms < 1000;
    const small = r.maxRssKB / 1024 < 300;
    console.log(row([name, r.nodes, (m.fileBytes / 1e3).toFixed(0), r.ms.toFixed(0), r.cpuMs.toFixed(0), (r.maxRssKB / 1024).toFixed(0), r.formulas,
      fast && small ? 'PASS' : `FAIL ${[fast ? '' : '>1s', small ? '' : '>300MB'].filter(Boolean).join(',')}`]));
    const label = `${(r.nodes / 1000).toFixed(0)}k-node graph (${name})`;
    lines.push({ target: `${label}: profile < 1 s`, measured: `${r.ms.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms)`, pass: fast });
    lines.push({ target: `${label}: peak RSS < 300 MB`, measured: `${(r.maxRssKB / 1024).toFixed(0)} MB`, pass: small });
    rmSync(m.path, { force: true });
  }
  return lines;
}

/**
 * Wall ms of one whole process (spawned, waited for), and its CPU ms (user + system, all threads)
 * from bash's `time` when bash is there: on a shared machine CPU time moves far less with the load.
 */
function processMs(args: readonly string[], cwd: string): { wall: number; cpu: number | undefined } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', 'TIMEFORMAT="%3U %3S"; time ("$0" "$@" >/dev/null 2>&1)', process.execPath, ...args], { cwd, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) {
    // No bash: wall time alone.
    const t1 = process.hrtime.bigint();
    const direct = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
    if (direct.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${direct.status}`);
    return { wall: Number(process.hrtime.bigint() - t1) / 1e6, cpu: undefined };
  }
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user !== undefined && sys !== undefined ? (user + sys) * 1e3 : undefined };
}

/** Issue 14 "Process start", on the bundle (dist/cli, from `npm run build`). */
export function benchProcessStart(repo: string, row: (cells: Array<string | number>) => string): TargetLine[] {
  const cli = join(repo, 'dist', 'cli', 'index.js');
  const model = join(repo, 'examples', 'models', 'small_cnn_head.onnx');
  console.log(`\nprocess start (whole processes, median; ${loadLine()})`);
  if (!existsSync(cli)) {
    console.log('  dist/cli/index.js is missing: run `npm run build` first');
    return [{ target: 'process start: profile within 40 ms of node -e 0', measured: 'not measured (no dist/cli; npm run build)', pass: undefined }];
  }
  const runs = Number(process.env['BENCH_START_RUNS'] ?? 21);
  const commands: Array<[string, string[]]> = [
    ['node -e 0', ['-e', '0']],
    ['model-budget --version', [cli, '--version']],
    ['model-budget profile (small model)', [cli, 'profile', model]],
  ];
  const times = commands.map((): number[] => []);
  const cpus = commands.map((): number[] => []);
  processMs(commands[2]![1], repo); // the first run pays for the page cache
  // In turns, so that every command sees the same machine.
  for (let i = 0; i < runs; i++) {
    commands.forEach(([, args], k) => {
      const t = processMs(args, repo);
      times[k]!.push(t.wall);
      if (t.cpu !== undefined) cpus[k]!.push(t.cpu);
    });
  }
  const med = times.map(median);
  const cpu = cpus.map((c) => (c.length ? median(c) : NaN));
  console.log(row(['command', 'wall ms', 'vs node -e 0', 'CPU ms', 'vs node -e 0']));
  const plus = (x: number): string => (Number.isFinite(x) ? `+${x.toFixed(1)}` : '-');
  commands.forEach(([name], k) => console.log(row([name, med[k]!.toFixed(1), k === 0 ? '' : plus(med[k]! - med[0]!),
    Number.isFinite(cpu[k]!) ? cpu[k]!.toFixed(1) : '-', k === 0 ? '' : plus(cpu[k]! - cpu[0]!)])));

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
  }
  const lean = loaded.length > 0 && unwanted.size === 0;
  console.log(`profile loads ${loaded.length} files (${kb.toFixed(0)} KB of JavaScript): ${loaded.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}; ` +
    `ajv, octokit, report/markdown: ${unwanted.size ? `loaded (${[...unwanted].join(', ')})` : 'not loaded'}`);
  const delta = med[2]! - med[0]!;
  return [
    { target: 'process start: profile within 40 ms of node -e 0', measured: `+${delta.toFixed(0)} ms wall (CPU ${plus(cpu[2]! - cpu[0]!)} ms; --version +${(med[1]! - med[0]!).toFixed(0)} ms)`, pass: delta <= 40 },
    { target: 'process start: profile loads no ajv, octokit, report/markdown', measured: unwanted.size ? [...unwanted].join(', ') : `none (${loaded.length} files, ${kb.toFixed(0)} KB)`, pass: lean },
  ];
}

/** All of this run's issue 14 targets, side by side. */
export function printTargets(lines: readonly TargetLine[]): void {
  console.log(`\nissue 14 targets (${loadLine()})`);
  const width = Math.max(...lines.map((l) => l.target.length));
  for (const l of lines) console.log(`${l.target.padEnd(width)}  ${l.measured.padEnd(44)} ${verdict(l.pass)}`);
}
