/**
 * One measurement in a fresh process, so that peak RSS belongs to that one job:
 *   node build/bench/measure-one.js ours <model> <runs> [--input name=1x3x224x224 ...]   timings
 *   node build/bench/measure-one.js baseline <model> <runs>                               timings
 *   node build/bench/measure-one.js ours-rss <model> [--input ...]      peak RSS of one profile
 *   node build/bench/measure-one.js baseline-rss <model>                peak RSS of one decode
 * Timing loops leave garbage that inflates RSS, so peak memory is measured in its own process.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { readOnnxBytes, readOnnxFile } from '../src/formats/onnx/reader.js';
import { ONNX_DESCRIPTOR } from '../src/formats/onnx/schema.js';
import { profileFile } from '../src/profile/index.js';
import { parseInputShape } from '../src/cli/args.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median wall time of `run`: a warm-up long enough for the JIT, then repeated runs for at least
 * `seconds` (and at least `minRuns`). Both sides of a comparison are timed the same way.
 */
function time(run: () => void, minRuns: number, seconds = 1): number {
  const warmUntil = Date.now() + 300;
  let warm = 0;
  while (warm < 3 || (Date.now() < warmUntil && warm < 200)) {
    run();
    warm++;
  }
  const times: number[] = [];
  const stop = Date.now() + seconds * 1000;
  while (times.length < minRuns || (Date.now() < stop && times.length < 1000)) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

async function main(): Promise<void> {
  const [mode, path, runsText, ...rest] = process.argv.slice(2);
  const runs = Number(runsText);
  if (!path) throw new Error('usage: measure-one.js ours|baseline <model> <runs>');
  if (mode === 'baseline-rss') {
    const ModelProto = protobuf.Root.fromJSON(ONNX_DESCRIPTOR).lookupType('onnx.ModelProto');
    ModelProto.decode(readFileSync(path));
    console.log(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
    return;
  }
  if (mode === 'baseline') {
    const ModelProto = protobuf.Root.fromJSON(ONNX_DESCRIPTOR).lookupType('onnx.ModelProto');
    const ms = time(() => void ModelProto.decode(readFileSync(path)), runs);
    // The same decode with the file already in memory: what decoding the graph alone costs
    // protobufjs, i.e. what a reader that did no I/O at all would need at protobufjs speed.
    const bytes = readFileSync(path);
    const inMemoryMs = time(() => void ModelProto.decode(bytes), runs);
    console.log(JSON.stringify({ decodeMs: ms, inMemoryMs }));
    return;
  }
  const inputs: Record<string, number[]> = {};
  const args = mode === 'ours-rss' ? [runsText ?? '', ...rest] : rest;
  for (let i = 0; i < args.length; i++) if (args[i] === '--input') Object.assign(inputs, Object.fromEntries([parseInputShape(args[++i]!)]));
  if (mode === 'ours-rss') {
    await profileFile(path, { inputs });
    console.log(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
    return;
  }
  const read = readOnnxFile(path);
  const readMs = time(() => void readOnnxFile(path), runs);
  // Our decoder on the bytes in memory, for comparison with protobufjs's in-memory decode.
  // (Skipped for the synthetic 2 GB file: holding it in memory is what the reader avoids.)
  const bytes = read.model.fileBytes <= 500e6 ? readFileSync(path) : undefined;
  const inMemoryMs = bytes ? time(() => void readOnnxBytes(bytes, path), runs) : null;
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
    bytesRead: read.stats.bytesRead, readCalls: read.stats.readCalls, readMs, inMemoryMs, profileMs: median(profileTimes),
    nodes: p.nodes?.length ?? 0, paramBytes: p.params.bytes, externalBytes: p.model.externalDataBytes, macs: p.totals?.macs ?? null,
    lowerBound: p.totals?.lowerBound ?? null,
  }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
