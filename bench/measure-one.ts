/**
 * One measurement in a fresh process, so that peak RSS belongs to that one job:
 *   node build/bench/measure-one.js compare <model> <runs>      read times, ours beside protobufjs
 *   node build/bench/measure-one.js ours <model> <runs> [--input name=1x3x224x224 ...]
 *                                                               read stats and profile time
 *   node build/bench/measure-one.js ours-rss <model> [--input ...]      peak RSS of one profile
 *   node build/bench/measure-one.js baseline-rss <model>                peak RSS of one decode
 *   node build/bench/measure-one.js engine <model> [--input ...] [--parts P] [--cold-only]
 *                                                               first (cold) and warm profile ms
 *   node build/bench/measure-one.js engine <model> --parts P --read-only|--walk-only
 *                                                               first (cold) read of the graph by its reader, or
 *                                                               first minimal walk (bench/minimal-walk.ts), ms
 *   node build/bench/measure-one.js weights <model>      safetensors/GGUF: bytes read, time, peak RSS of one read
 *   node build/bench/measure-one.js cold <model> [--input ...] [--parts P]   one profile as `model-budget profile` runs it
 *                                                               (per-node table, formulas): ms and peak RSS
 *   node build/bench/measure-one.js prime <model> [--input ...] [--cold]   fills the code cache of `engine`
 *                                                               and `cold` with what profiling the model runs;
 *                                                               prints the parts it loaded (P: `--parts` of those)
 *   node build/bench/measure-one.js prime <model> --walk      the same for the minimal walk
 * Timing loops leave garbage that inflates RSS, so peak memory is measured in its own process.
 * Prints one JSON line.
 */
import { readFileSync, statSync } from 'node:fs';
import v8 from 'node:v8';
import { enableCompileCache } from '../src/cli/compile-cache.js';
import { loadEngine } from './engine-load.js';
import type { BenchEngine } from './engine-load.js';

const [mode, path, runsText, ...rest] = process.argv.slice(2);

/**
 * The engine timings (`engine`, `cold`, and `prime`, which fills their code cache) run the
 * product's `profile` bundle through its code cache, as the CLI does (bench/engine-bundle.ts).
 * The reader timings import the modules, compiled whole (`--no-lazy`) and, on Node 22.1+, from
 * Node's compile cache: they take medians once the JIT has settled.
 */
const engineMode = mode === 'engine' || mode === 'cold' || mode === 'prime';
if (!engineMode) {
  v8.setFlagsFromString('--no-lazy');
  enableCompileCache();
}

/** How long the engine's warm timing runs the profile untimed first (engineMain says why). */
const WARM_SETTLE_MS = 3000;

/** Files above this size are not held in memory for the in-memory timings (the 2 GB model). */
const IN_MEMORY_LIMIT = 500e6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function elapsedMs(run: () => void): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Median wall time of each of `runs`, timed in turns of about 50 ms each so that every side of a
 * comparison sees the same machine: on a shared machine the speed of memory copies drifts by 2x
 * over seconds, and timing one side after the other would compare the drift. Each turn starts
 * with two untimed runs: a full decode sweeps the CPU caches, and the side after it should not
 * pay for that. A JIT warm-up comes first; then turns for at least `seconds` per function (and
 * at least `minRuns` timed runs of each).
 */
function timeInTurns(runs: ReadonlyArray<() => void>, minRuns: number, seconds = 1): number[] {
  const warmUntil = Date.now() + 300 * runs.length;
  for (let round = 0; round < 3 || (Date.now() < warmUntil && round < 200); round++) for (const run of runs) run();
  const times = runs.map((): number[] => []);
  const stop = Date.now() + seconds * 1000 * runs.length;
  while (times.some((t) => t.length < minRuns) || (Date.now() < stop && times[0]!.length < 2000)) {
    runs.forEach((run, i) => {
      run();
      run();
      const turnEnd = Date.now() + 50;
      do times[i]!.push(elapsedMs(run));
      while (Date.now() < turnEnd);
    });
  }
  return times.map(median);
}

function inputsFrom(args: readonly string[], parseInputShape: (text: string) => [string, number[]]): Record<string, number[]> {
  const inputs: Record<string, number[]> = {};
  for (let i = 0; i < args.length; i++) if (args[i] === '--input') Object.assign(inputs, Object.fromEntries([parseInputShape(args[++i]!)]));
  return inputs;
}

/**
 * The engine timings, through the product's bundle (bench/engine-load.ts). The modules the
 * model's profile uses are loaded first: its format's reader and its op families, which
 * `model-budget profile` loads on first use and no others (`--parts`, what `prime` printed).
 * Loading every reader would leave the heap of a process the CLI never is (the TensorFlow
 * reader's protobuf descriptors, the TFLite schema): on Node 24 the first profile of
 * mobilenet_v2 then took about 20% more CPU, in garbage collection.
 */
async function engineMain(e: BenchEngine, path: string): Promise<void> {
  const { profileFile, formats, loadFamilies, OP_FAMILIES, parseInputShape, codeParts, minimalWalk } = e.exports;
  const args = [runsText ?? '', ...rest];
  const inputs = inputsFrom(args, parseInputShape);
  if (mode === 'prime' && args.includes('--walk')) {
    minimalWalk(readFileSync(path));
    e.save('bench:minimal-walk');
    console.log(codeParts().join(','));
    return;
  }
  if (mode === 'prime') {
    // The code this model's profile runs, under the options the timing uses (`cold`: the CLI's).
    await profileFile(path, args.includes('--cold') ? { inputs, perNode: true, formulas: true } : { inputs });
    e.save(`bench:${path}`);
    console.log(codeParts().join(','));
    return;
  }
  const at = args.indexOf('--parts');
  if (at < 0) throw new Error(`${mode}: --parts (what prime printed for the model) is missing`);
  const parts = new Set(args[at + 1]!.split(','));
  await Promise.all([
    ...formats().filter((f) => parts.has(`format:${f.name}`)).map((f) => f.reader()),
    loadFamilies(OP_FAMILIES.filter((f) => parts.has(`ops:${f}`))),
  ]);
  const options = { inputs };
  if (mode === 'engine' && (args.includes('--read-only') || args.includes('--walk-only'))) {
    // Bounds on the cold profile: the reader's first read of the graph (file I/O included), and
    // the first minimal walk of the bytes already in memory (bench/minimal-walk.ts).
    const walk = args.includes('--walk-only');
    const bytes = walk ? readFileSync(path) : undefined;
    const reader = walk ? undefined : await formats().find((f) => f.name === 'onnx')!.reader();
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const read = bytes ? minimalWalk(bytes).nodes : await reader!.read(path, {});
    const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const nodes = typeof read === 'number' ? read : read.kind === 'graph' ? read.model.graph.nodes.length : 0;
    const cpu = process.cpuUsage(cpu0);
    console.log(JSON.stringify({ node: process.version, coldMs, coldCpuMs: (cpu.user + cpu.system) / 1e3, cache: e.cache, nodes }));
    return;
  }
  if (mode === 'engine') {
    // Issue 14's engine timings: cold = the first profile of this process; warm = the median once
    // the JIT has settled.
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const first = await profileFile(path, options);
    const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    // CPU time of the first call (this thread and V8's helpers) moves less with the machine's load.
    const coldCpuMs = (cpu.user + cpu.system) / 1e3;
    if (rest.includes('--cold-only') || runsText === '--cold-only') {
      console.log(JSON.stringify({ node: process.version, coldMs, coldCpuMs, cache: e.cache, warmMs: null, macs: first.totals?.macs ?? null, nodes: first.nodes?.length ?? 0 }));
      return;
    }
    // Warm means once the JIT has settled: V8 tiers a function up after enough calls, and
    // re-optimises what a new object shape deoptimised, so the calls after the first still run
    // partly in the interpreter or baseline code. Timing from the second call (as the bench did
    // until issue 14's last pass) put those in the median: resnet18 read 0.36 ms there and
    // 0.17 ms settled. On Node 20 gru's rate climbs for about 3 s (profiles per second, 1 s each:
    // 364, 756, 1292, 2727, 2768), so untimed calls for WARM_SETTLE_MS (and at least 20) first.
    // onnx-tool's side settles as long (bench/onnx_tool_profile.py), then takes the median of up to 50 runs.
    const settleUntil = Date.now() + WARM_SETTLE_MS;
    for (let i = 0; i < 20 || Date.now() < settleUntil; i++) await profileFile(path, options);
    const times: number[] = [];
    const stop = Date.now() + 1500;
    while (times.length < 20 || (Date.now() < stop && times.length < 2000)) {
      const t1 = process.hrtime.bigint();
      await profileFile(path, options);
      times.push(Number(process.hrtime.bigint() - t1) / 1e6);
    }
    console.log(JSON.stringify({ node: process.version, coldMs, coldCpuMs, cache: e.cache, warmMs: median(times), macs: first.totals?.macs ?? null, nodes: first.nodes?.length ?? 0, maxRssKB: process.resourceUsage().maxRSS }));
    return;
  }
  if (mode === 'cold') {
    // The synthetic 50k-node graphs: the CLI's options (per-node table, formulas in free dims).
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const p = await profileFile(path, { ...options, perNode: true, formulas: true });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    // CPU time (all threads: GC helpers too) moves less than wall time on a shared machine.
    console.log(JSON.stringify({ node: process.version, ms, cpuMs: (cpu.user + cpu.system) / 1e3, cache: e.cache, maxRssKB: process.resourceUsage().maxRSS, nodes: p.nodes?.length ?? 0, formulas: p.formulas?.dims.length ?? 0 }));
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

/** The reader timings and peak RSS: the modules themselves. */
async function readerMain(path: string): Promise<void> {
  const [
    { default: protobuf }, { readOnnxBytes, readOnnxFile }, { ONNX_DESCRIPTOR }, { profileFile }, { parseInputShape },
    { readGgufFile }, { readSafetensors },
  ] = await Promise.all([
    import('protobufjs'), import('../src/formats/onnx/reader.js'), import('../src/formats/onnx/descriptor.js'), import('../src/profile/index.js'),
    import('../src/cli/args.js'), import('../src/formats/gguf/reader.js'), import('../src/formats/safetensors/reader.js'),
  ]);
  const runs = Number(runsText);
  const ModelProto = protobuf.Root.fromJSON(ONNX_DESCRIPTOR).lookupType('onnx.ModelProto');
  if (mode === 'baseline-rss') {
    ModelProto.decode(readFileSync(path));
    console.log(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
    return;
  }
  if (mode === 'ours-rss') {
    await profileFile(path, { inputs: inputsFrom([runsText ?? '', ...rest], parseInputShape) });
    console.log(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
    return;
  }
  if (mode === 'compare') {
    // Ours and protobufjs's full decode (readFileSync + decode), and both decoders on the bytes
    // already in memory: what decoding the graph alone costs, with no I/O at all.
    const sides = [() => void readOnnxFile(path), () => void ModelProto.decode(readFileSync(path))];
    const bytes = statSync(path).size <= IN_MEMORY_LIMIT ? readFileSync(path) : undefined;
    if (bytes) sides.push(() => void readOnnxBytes(bytes, path), () => void ModelProto.decode(bytes));
    const [readMs, decodeMs, oursInMemoryMs, pbInMemoryMs] = timeInTurns(sides, runs);
    console.log(JSON.stringify({ readMs, decodeMs, oursInMemoryMs: oursInMemoryMs ?? null, pbInMemoryMs: pbInMemoryMs ?? null }));
    return;
  }
  if (mode === 'weights') {
    // One header read of a safetensors file or set, or of a GGUF file, then this process's peak RSS.
    const t0 = process.hrtime.bigint();
    const stats = path.endsWith('.gguf') ? { ...readGgufFile(path).stats, fileBytes: statSync(path).size } : readSafetensors(path).stats;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(JSON.stringify({ ...stats, ms, maxRssKB: process.resourceUsage().maxRSS }));
    return;
  }
  if (mode !== 'ours') throw new Error(`unknown mode ${mode}`);
  const inputs = inputsFrom(rest, parseInputShape);
  const read = readOnnxFile(path);
  // Profile = read + shapes + costs + peak memory; synchronous work behind an async signature.
  const profileTimes: number[] = [];
  await profileFile(path, { inputs });
  const stop = Date.now() + 1000;
  while (profileTimes.length < runs || (Date.now() < stop && profileTimes.length < 500)) {
    const t0 = process.hrtime.bigint();
    await profileFile(path, { inputs });
    profileTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const p = await profileFile(path, { inputs });
  console.log(JSON.stringify({
    bytesRead: read.stats.bytesRead, readCalls: read.stats.readCalls, profileMs: median(profileTimes),
    nodes: p.nodes?.length ?? 0, paramBytes: p.params.bytes, externalBytes: p.model.externalDataBytes, macs: p.totals?.macs ?? null,
    lowerBound: p.totals?.lowerBound ?? null,
  }));
}

async function main(): Promise<void> {
  if (!path) throw new Error('usage: measure-one.js compare|ours|ours-rss|baseline-rss|weights|engine|cold|prime <model> [runs]');
  await (engineMode ? engineMain(loadEngine(), path) : readerMain(path));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
