/**
 * `npm run bench`: reader and profiler cost per model next to a full protobufjs decode of the same
 * file, each in its own process (peak RSS is per process). Models: every ONNX file in
 * ../shared/models, plus synthetic 2 GB models (weights embedded, and as external data) made in
 * the OS temp folder; then 2 GB+ safetensors and GGUF files and a 100-shard safetensors set, written
 * sparse, and PyTorch checkpoints (bench/pytorch.ts) (`-- --weights-only` runs those alone), and TFLite files (bench/tflite.ts,
 * `-- --tflite-only`). Targets (issue #2/#3/#10/#14) are checked and printed
 * as PASS/FAIL; the exit code is 0 either way (the benchmark measures, tests assert). Issue 14's
 * targets (engine vs onnx-tool, the 50k-node graphs, process start) close the run side by side;
 * `-- --engine` runs those alone (`-- --peer`: the onnx-tool comparison alone). Those run under
 * this node and under each `-- --node PATH` / BENCH_NODE=PATH (bench/node-bin.ts), side by side.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLargeModel } from '../test/support/large-model.js';
import { prepareEngineBundle } from './engine-bundle.js';
import { benchGate } from './gate.js';
import { benchPeer } from './peer.js';
import { benchNodes } from './node-bin.js';
import { benchProcessStart, benchSynthetic, printTargets } from './targets.js';
import type { TargetLine } from './targets.js';
import { benchPytorch } from './pytorch.js';
import { benchTflite } from './tflite.js';
import { writeLargeGguf, writeLargeSafetensors, writeShardedSafetensors } from './weights.js';

const here = dirname(fileURLToPath(import.meta.url));
const measureOne = join(here, 'measure-one.js');
const repo = resolve(here, '..', '..');
const shared = resolve(repo, '..', 'shared', 'models');
const MB = 1e6;

interface Ours { bytesRead: number; readCalls: number; profileMs: number; nodes: number; paramBytes: number; externalBytes: number; macs: number | null }
interface Compare { readMs: number; decodeMs: number; oursInMemoryMs: number | null; pbInMemoryMs: number | null }

function run<T>(args: string[]): T {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', measureOne, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

function ms(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => String(c).padStart(i === 0 ? 0 : 10).padEnd(i === 0 ? 28 : 0)).join(' ');
}

interface BenchModel { name: string; path: string; inputs: string[]; size: number }

/** Measures one model in fresh processes and prints its row; returns the targets it missed. */
function measure(m: BenchModel): string[] {
  const runs = m.size > 500 * MB ? 3 : 7;
  const ours = run<Ours>(['ours', m.path, String(runs), ...m.inputs]);
  const times = run<Compare>(['compare', m.path, String(m.size > 500 * MB ? 2 : runs)]);
  const oursRss = run<{ maxRssKB: number }>(['ours-rss', m.path, ...m.inputs]).maxRssKB;
  const baseRss = run<{ maxRssKB: number }>(['baseline-rss', m.path]).maxRssKB;
  const speedup = times.decodeMs / times.readMs;
  // Weights stored in the .onnx itself (external data lives in side files).
  const weightShare = Math.max(0, ours.paramBytes - ours.externalBytes) / m.size;
  // Issue 14's restated reader target: 10x below a full decode where weights are over 90% of a file
  // of at least 40 MB; elsewhere never more than 10% slower than it.
  const embeddedHeavy = weightShare > 0.9 && m.size >= 40 * MB;
  const checks = [
    ours.bytesRead <= 1 * MB + m.size / 100 || m.size < 1 * MB ? '' : 'bytes',
    embeddedHeavy ? (speedup >= 10 ? '' : 'speed<10x') : speedup >= 1 / 1.1 ? '' : 'slower by >10%',
    oursRss / 1024 < 150 ? '' : 'rss',
  ].filter(Boolean);
  console.log(row([
    m.name, (m.size / MB).toFixed(1), `${(100 * weightShare).toFixed(1)}%`, (ours.bytesRead / 1e3).toFixed(1), ours.readCalls,
    times.readMs.toFixed(3), times.decodeMs.toFixed(3), `${speedup.toFixed(1)}x`,
    ms(times.pbInMemoryMs), ms(times.oursInMemoryMs), times.oursInMemoryMs === null ? '-' : `${(times.decodeMs / times.oursInMemoryMs).toFixed(1)}x`,
    ours.profileMs.toFixed(2), ours.nodes,
    (oursRss / 1024).toFixed(0), (baseRss / 1024).toFixed(0), checks.length ? `FAIL ${checks.join(',')}` : 'PASS',
  ]));
  return checks.map((c) => `${m.name}: ${c}`);
}

/** The reader rows folded into one line of the issue 14 summary. */
function readerTarget(missed: readonly string[], count: number): TargetLine {
  return {
    target: 'reader: bytes <= 1 MB + 1%, RSS < 150 MB, vs full decode',
    measured: missed.length ? missed.join('; ') : `all ${count} models within`,
    pass: missed.length === 0,
  };
}

/**
 * safetensors and GGUF: one header read per process (bytes read, read calls, time, peak RSS) of
 * 2 GB+ sparse files and a 100-shard set. Target: bytes read <= 1 MB + 1% of the bytes of the
 * model (all shards), RSS < 150 MB.
 */
function measureWeights(tmp: string): void {
  const models = [
    { name: 'safetensors (1 file)', ...writeLargeSafetensors(join(tmp, 'st')) },
    { name: 'safetensors (100 shards)', ...writeShardedSafetensors(join(tmp, 'st100')) },
    { name: 'GGUF v3 (q4_K, 128k vocab)', ...writeLargeGguf(join(tmp, 'model.gguf')) },
  ];
  console.log(`\n${row(['weights-only model', 'file MB', 'read KB', 'reads', 'read ms', 'RSS MB', 'targets'])}`);
  for (const m of models) {
    const r = run<{ bytesRead: number; readCalls: number; fileBytes: number; ms: number; maxRssKB: number }>(['weights', m.path]);
    const fails = [r.bytesRead <= 1 * MB + r.fileBytes / 100 ? '' : 'bytes', r.maxRssKB / 1024 < 150 ? '' : 'rss'].filter(Boolean);
    console.log(row([m.name, (r.fileBytes / MB).toFixed(1), (r.bytesRead / 1e3).toFixed(1), r.readCalls, r.ms.toFixed(1), (r.maxRssKB / 1024).toFixed(0), fails.length ? `FAIL ${fails.join(',')}` : 'PASS']));
  }
}

/**
 * Bytes per node of an in-memory graph (issue 8 item 8): a chain of Relu nodes and a graph of as
 * many inputs, each in a fresh process (bench/graph-memory.ts). Target: at most 1 KB per node from
 * file to ProfileResult, so the node limit (graph/limits.ts) bounds a profile near 250 MB.
 */
function graphMemory(): void {
  const n = Number(process.env['BENCH_GRAPH_NODES'] ?? 100_000);
  console.log(`\ngraph memory (${n.toLocaleString('en-US')} nodes; bytes per node after a full GC at each stage)`);
  console.log(row(['graph', 'IR', 'engine', 'profile', 'total', 'JSON', 'decode ms', 'engine ms', 'profile ms', 'target']));
  for (const kind of ['chain', 'inputs']) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(here, 'graph-memory.js'), String(n), kind], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    console.log(row([kind === 'chain' ? 'Relu chain' : `${r['n']!.toLocaleString('en-US')} inputs -> Relu -> outputs`, r['irBytesPerNode']!, r['engineBytesPerNode']!, r['profileBytesPerNode']!,
      r['totalBytesPerNode']!, r['jsonBytesPerNode']!, r['decodeMs']!, r['engineMs']!, r['profileMs']!,
      kind !== 'chain' ? '-' : r['totalBytesPerNode']! <= 1024 ? 'PASS' : 'FAIL >1KB']));
  }
  // Issue 8: about 1 KB a node is item 8's target, for the chain. The inputs row is item 9's case
  // (no lookup per input that grows with the inputs): each of its nodes also has a graph input and
  // a graph output of its own, so its bytes per node are not held to that target.
  console.log('target: <= 1 KB per node of the Relu chain; the inputs row (a graph input and output per node as well) has none');
}

async function main(): Promise<void> {
  if (process.argv.includes('--tflite-only')) {
    // `npm run bench -- --tflite-only`: the TFLite rows alone (bench/tflite.ts).
    const tmp = mkdtempSync(join(tmpdir(), 'mb-bench-'));
    try {
      benchTflite(tmp, repo);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  if (process.argv.includes('--gate')) {
    // `npm run bench -- --gate`: check on a 40-model pull request alone (bench/gate.ts).
    benchGate(repo, shared);
    return;
  }
  if (process.argv.includes('--weights-only')) {
    // `npm run bench -- --weights-only`: the safetensors, GGUF and PyTorch rows alone (a few seconds).
    const tmp = mkdtempSync(join(tmpdir(), 'mb-bench-'));
    try {
      measureWeights(tmp);
      benchPytorch(tmp, Number(process.env['BENCH_SYNTHETIC_BYTES'] ?? 2.2e9));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  const models: BenchModel[] = [];
  const ref = existsSync(join(shared, 'reference.json'))
    ? (JSON.parse(readFileSync(join(shared, 'reference.json'), 'utf8')) as Record<string, { file: string; profile_inputs: Record<string, number[]> }>)
    : {};
  for (const [name, r] of Object.entries(ref)) {
    if (name.startsWith('_')) continue;
    const path = join(shared, r.file);
    const inputs = Object.entries(r.profile_inputs).flatMap(([k, v]) => ['--input', `${k}=${v.join('x')}`]);
    models.push({ name, path, inputs, size: statSync(path).size });
  }
  const nodes = benchNodes();
  console.log(`node binaries: ${nodes.map((n) => `${n.label} (${n.bin})`).join(', ')}`);
  // The engine timings run a bundle of the sources just compiled, as the CLI runs its own.
  const engineDir = await prepareEngineBundle(repo);
  process.on('exit', () => rmSync(engineDir, { recursive: true, force: true }));
  if (process.argv.includes('--peer')) {
    // `npm run bench -- --peer`: the engine against onnx-tool alone.
    benchPeer(models, measureOne, repo, row, nodes);
    return;
  }
  if (process.argv.includes('--engine')) {
    // `npm run bench -- --engine`: issue 14's engine targets alone, side by side at the end.
    const tmp = mkdtempSync(join(tmpdir(), 'mb-bench-'));
    try {
      const lines = [...benchPeer(models, measureOne, repo, row, nodes), ...benchSynthetic(tmp, measureOne, row, nodes), ...benchProcessStart(repo, row, nodes)];
      printTargets(lines);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  console.log(row(['model', 'file MB', 'weights %', 'read KB', 'reads', 'read ms', 'decode ms', 'speedup', 'pb mem ms', 'our mem ms', 'ceiling', 'profile ms', 'nodes', 'RSS MB', 'base RSS', 'targets']));
  // The shared models first: writing 4 GB of synthetic models fills the page cache with dirty
  // pages whose write-back disturbs the timings that follow it.
  const missed = models.flatMap((m) => measure(m));
  const targets: TargetLine[] = benchPeer(models, measureOne, repo, row, nodes);
  graphMemory();
  const tmp = mkdtempSync(join(tmpdir(), 'mb-bench-'));
  try {
    targets.push(...benchSynthetic(tmp, measureOne, row, nodes), ...benchProcessStart(repo, row, nodes));
    const gb = Number(process.env['BENCH_SYNTHETIC_BYTES'] ?? 2e9);
    process.stderr.write(`writing synthetic ${(gb / 1e9).toFixed(1)} GB models in ${tmp} ...\n`);
    const big = await writeLargeModel(join(tmp, 'synthetic_2gb.onnx'), { totalBytes: gb });
    missed.push(...measure({ name: 'synthetic_2gb (embedded)', path: big.modelPath, inputs: [], size: big.modelBytes }));
    const ext = await writeLargeModel(join(tmp, 'ext', 'synthetic_2gb_ext.onnx'), { totalBytes: gb, external: true });
    missed.push(...measure({ name: 'synthetic_2gb (external)', path: ext.modelPath, inputs: [], size: ext.modelBytes }));
    targets.unshift(readerTarget(missed, models.length + 2));
    measureWeights(tmp);
    benchTflite(tmp, repo);
    console.log('\nweights %: share of the .onnx file that is embedded weights; read KB: bytes our reader took from disk;');
    console.log('reads: read calls; read: our reader (warm cache, median); decode: protobufjs full decode of the same file (readFileSync + ModelProto.decode),');
    console.log('  timed in turns with the reader in one process; pb mem / our mem: protobufjs\'s and our decode of the file already in memory (no I/O);');
    console.log('  ceiling: decode / our mem, the speedup our reader would have if opening the file and reading the tensor headers cost nothing.');
    console.log('profile: read + shape inference + costs + peak memory (median); RSS MB: peak resident set of a process that profiles the model once; base RSS: one that decodes it fully once.');
    console.log('targets: bytes read <= 1 MB + 1% of file; >=10x faster than full decode where weights are >90% of a file of at least 40 MB, never more than 10% slower elsewhere; RSS < 150 MB.');
    benchPytorch(tmp, gb);
    printTargets(targets);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
