/**
 * Issue 14's engine targets, side by side with onnx-tool (load + shape inference + profile, in
 * its own Python process) on the same models and input shapes, one fresh process per model and
 * side. onnx-tool runs only when it is installed: Debian's python3-onnx, python3-numpy and
 * python3-tabulate, and its source in ONNX_TOOL_SRC or ../onnx-tool beside the repository. The
 * bench says so when it is not, and never needs it.
 *
 * cold: the first profile in a process whose modules are loaded (JIT cold); warm: the median once
 * the JIT has settled (after 3 s of untimed profiles, each side; bench/measure-one.ts).
 * Ours runs under every node binary of bench/node-bin.ts (`--node PATH`, BENCH_NODE), one row each.
 * Targets: cold geometric mean >= 10x onnx-tool's and never slower on any model; warm >= 30x.
 *
 * A last row, outside the means, profiles a one-node graph: the cold floor, what a first profile
 * costs before any per-node work (the first run of the reader, engine and report code). The
 * summary counts the models where 10x would need a cold time below that floor.
 *
 * Two bounds on the cold profile, each the first call in a fresh process as well: `read cold`,
 * our reader's first read of the graph alone (no engine), and `walk cold`, the first run of the
 * least any JavaScript profiler must do, a walk of the protobuf already in memory that builds the
 * nodes and nothing else (bench/minimal-walk.ts). The summary gives the cold mean each would
 * reach if the rest of a profile cost nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { reluChain } from '../test/support/bombs.js';
import { primeEngine } from './engine-bundle.js';
import { benchNodes } from './node-bin.js';
import type { BenchNode } from './node-bin.js';
import { coldRuns, loadLine, median } from './targets.js';
import type { TargetLine } from './targets.js';

export interface PeerModel { name: string; path: string; inputs: string[] }

/** The floor row's model: one Relu on a [1, 8] input. */
const FLOOR_NAME = 'floor: 1-node graph';

interface Side { coldMs: number; warmMs: number; macs: number | null; error?: string }

function python(): string {
  // Debian's interpreter is the one with python3-onnx; a pyenv `python3` on PATH is not.
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

function onnxToolSource(repo: string): string | null {
  const dir = process.env['ONNX_TOOL_SRC'] ?? resolve(repo, '..', 'onnx-tool');
  if (!existsSync(join(dir, 'onnx_tool', '__init__.py'))) return null;
  try {
    execFileSync(python(), ['-c', 'import onnx, numpy, tabulate'], { stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
}

function geomean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

function cell(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(digits);
}

/**
 * Cold ms (median of `runs` fresh processes) of one bound (measure-one `engine --read-only` or
 * `--walk-only`), and the main graph's node count it saw.
 */
function boundRun(node: BenchNode, measureOne: string, model: string, parts: readonly string[], which: '--read-only' | '--walk-only'): { ms: number; nodes: number } {
  const runs = Array.from({ length: coldRuns() }, () => {
    const r = spawnSync(node.bin, [measureOne, 'engine', model, ...parts, which], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${node.label} measure-one engine ${which} ${model}: ${r.stderr.trim()}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { coldMs: number; nodes: number };
  });
  return { ms: median(runs.map((x) => x.coldMs)), nodes: runs[0]!.nodes };
}

export function benchPeer(models: readonly PeerModel[], measureOne: string, repo: string, row: (cells: Array<string | number>) => string, nodes: readonly BenchNode[] = benchNodes()): TargetLine[] {
  const source = onnxToolSource(repo);
  const runsCold = coldRuns();
  console.log(`\nengine vs onnx-tool (${source ? `onnx-tool from ${source}` : 'onnx-tool not installed: ours only; see bench/peer.ts for how to install it'}; ${loadLine()})`);
  console.log(`ours under ${nodes.map((n) => n.label).join(' and ')}; cc: of the timed processes, how many V8's code cache served the profile bundle (as the CLI runs it: bench/engine-bundle.ts)`);
  console.log(`cold: median of ${runsCold} fresh processes each side (BENCH_COLD_RUNS), wall ms; cold CPU: ours, CPU ms of that first call`);
  console.log(`read cold: our reader's first read of the graph alone; walk cold: the first minimal walk of the protobuf in memory (bench/minimal-walk.ts); medians of ${runsCold} fresh processes`);
  console.log(row(['model', 'node', 'nodes', 'ours cold', 'cold CPU', 'ours warm', 'cc', 'read cold', 'walk cold', 'peer cold', 'peer warm', 'cold x', 'warm x', 'MACs ours', 'MACs peer']));
  const coldRatios = nodes.map((): number[] => []);
  // Per node: onnx-tool's cold ms over our reader's, and over the minimal walk's.
  const readRatios = nodes.map((): number[] => []);
  const walkRatios = nodes.map((): number[] => []);
  const warmRatios = nodes.map((): number[] => []);
  const slower = nodes.map(() => 0);
  // onnx-tool's cold ms of each model it reads; per node, our cold ms of the floor row.
  const peerCold: number[] = [];
  const floorMs = nodes.map(() => NaN);
  const floorDir = mkdtempSync(join(tmpdir(), 'mb-bench-floor-'));
  const floorPath = join(floorDir, 'floor.onnx');
  writeFileSync(floorPath, reluChain(1));
  const rows: ReadonlyArray<PeerModel & { floor?: boolean }> = [...models, { name: FLOOR_NAME, path: floorPath, inputs: [], floor: true }];
  for (const m of rows) {
    const inputsArgs = m.inputs;
    let peer: Side | null = null;
    if (source) {
      const shapes: string[] = [];
      for (let i = 0; i < inputsArgs.length; i += 2) shapes.push(inputsArgs[i + 1]!);
      // The first process also times the warm runs; the others only their first (cold) profile.
      const sides = Array.from({ length: runsCold }, (_, i) => JSON.parse(execFileSync(python(), [join(repo, 'bench', 'onnx_tool_profile.py'), source, m.path, i === 0 ? '5' : '1', ...shapes],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!) as Side);
      peer = sides[0]!.error ? sides[0]! : { ...sides[0]!, coldMs: median(sides.map((x) => x.coldMs)) };
    }
    const ok = peer && !peer.error;
    nodes.forEach((node, k) => {
      // The code cache first holds what this model's profile runs (bench/engine-bundle.ts).
      const parts = primeEngine(node.bin, measureOne, [m.path, ...inputsArgs]);
      const runs = Array.from({ length: runsCold }, (_, i) => {
        const r = spawnSync(node.bin, [measureOne, 'engine', m.path, ...inputsArgs, ...parts, ...(i === 0 ? [] : ['--cold-only'])], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`${node.label} measure-one engine ${m.name}: ${r.stderr.trim()}`);
        return JSON.parse(r.stdout.trim().split('\n').pop()!) as Side & { nodes: number; coldCpuMs: number; cache: string };
      });
      const accepted = runs.filter((r) => r.cache === 'accepted').length;
      const cc = `${accepted}/${runs.length}`;
      const ours = { ...runs[0]!, coldMs: median(runs.map((x) => x.coldMs)), coldCpuMs: median(runs.map((x) => x.coldCpuMs)) };
      const read = boundRun(node, measureOne, m.path, parts, '--read-only');
      const walk = boundRun(node, measureOne, m.path, primeEngine(node.bin, measureOne, [m.path, '--walk']), '--walk-only');
      // A walk that lost its way would be a fast bound of nothing.
      if (walk.nodes !== read.nodes) throw new Error(`${m.name}: the minimal walk found ${walk.nodes} nodes, the reader ${read.nodes}`);
      const readMs = read.ms;
      const walkMs = walk.ms;
      const coldX = ok ? peer!.coldMs / ours.coldMs : NaN;
      const warmX = ok ? peer!.warmMs / ours.warmMs : NaN;
      if (m.floor) floorMs[k] = ours.coldMs;
      else if (ok) {
        coldRatios[k]!.push(coldX);
        warmRatios[k]!.push(warmX);
        if (coldX < 1) slower[k]!++;
        readRatios[k]!.push(peer!.coldMs / readMs);
        walkRatios[k]!.push(peer!.coldMs / walkMs);
      }
      console.log(row([k === 0 ? m.name : '', node.version, ours.nodes, cell(ours.coldMs), cell(ours.coldCpuMs), cell(ours.warmMs, 2), cc, cell(readMs, 2), cell(walkMs, 2),
        ok ? cell(peer!.coldMs) : peer?.error ? 'cannot read' : '-', ok ? cell(peer!.warmMs) : '-',
        ok ? `${coldX.toFixed(1)}x` : '-', ok ? `${warmX.toFixed(1)}x` : '-', ours.macs === null ? '-' : String(ours.macs), ok ? String(peer!.macs) : '-']));
    });
    if (peer?.error) console.log(`  onnx-tool: ${peer.error}`);
    if (ok && !m.floor) peerCold.push(peer!.coldMs);
  }
  rmSync(floorDir, { recursive: true, force: true });
  if (!source) {
    const why = 'not measured: onnx-tool is not installed (see bench/peer.ts)';
    return [
      { target: 'engine cold: geomean >= 10x onnx-tool, never slower', measured: why, pass: undefined },
      { target: 'engine warm: geomean >= 30x onnx-tool', measured: why, pass: undefined },
    ];
  }
  const lines: TargetLine[] = [];
  nodes.forEach((node, k) => {
    const cold = geomean(coldRatios[k]!);
    const warm = geomean(warmRatios[k]!);
    const n = coldRatios[k]!.length;
    console.log(`${node.label}: geometric mean over ${n} models onnx-tool reads: cold ${cold.toFixed(1)}x (target >= 10x, never slower: ${slower[k]} slower) ${cold >= 10 && slower[k] === 0 ? 'PASS' : 'FAIL'}; warm ${warm.toFixed(1)}x (target >= 30x) ${warm >= 30 ? 'PASS' : 'FAIL'}`);
    const belowFloor = peerCold.filter((p) => p / 10 < floorMs[k]!).length;
    // The best cold mean reachable without a faster first run: every model profiled at the floor.
    const ceiling = geomean(peerCold) / floorMs[k]!;
    console.log(`${node.label}: cold floor (the '${FLOOR_NAME}' row) ${cell(floorMs[k])} ms: on ${belowFloor} of ${n} models 10x would need a first profile faster than that floor;` +
      ` at no cost per node at all, the cold mean would be ${ceiling.toFixed(1)}x`);
    const below10 = (xs: readonly number[]): number => xs.filter((x) => x < 10).length;
    console.log(`${node.label}: if all but reading cost nothing, the cold mean would be ${geomean(readRatios[k]!).toFixed(1)}x (our reader's first read; under 10x on ${below10(readRatios[k]!)} of ${n} models);` +
      ` if all but a minimal walk of the protobuf cost nothing, ${geomean(walkRatios[k]!).toFixed(1)}x (under 10x on ${below10(walkRatios[k]!)} of ${n})`);
    lines.push(
      { target: `engine cold (${node.label}): geomean >= 10x onnx-tool, never slower`, measured: `${cold.toFixed(1)}x over ${n} models, ${slower[k]} slower`, pass: cold >= 10 && slower[k] === 0 },
      { target: `engine warm (${node.label}): geomean >= 30x onnx-tool`, measured: `${warm.toFixed(1)}x`, pass: warm >= 30 },
    );
  });
  console.log('MACs: onnx-tool counts some ops ours does not (and the other way round); docs/metrics.md says what we count.');
  return lines;
}
