/**
 * One measurement in a fresh process, so that peak RSS belongs to that one job:
 *   node build/bench/measure-one.js ours <model> <runs> [--input name=1x3x224x224 ...]
 *   node build/bench/measure-one.js baseline <model> <runs>
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { readOnnxFile } from '../src/formats/onnx/reader.js';
import { ONNX_DESCRIPTOR } from '../src/formats/onnx/schema.js';
import { profileFile } from '../src/profile/index.js';
import { parseInputShape } from '../src/cli/args.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `run` after a warm-up long enough for the JIT (both sides get the same). */
function time(run: () => void, runs: number): number {
  const warmUntil = Date.now() + 300;
  let warm = 0;
  while (warm < 3 || (Date.now() < warmUntil && warm < 50)) {
    run();
    warm++;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

async function main(): Promise<void> {
  const [mode, path, runsText, ...rest] = process.argv.slice(2);
  const runs = Number(runsText ?? '5');
  if (!path) throw new Error('usage: measure-one.js ours|baseline <model> <runs>');
  if (mode === 'baseline') {
    const ModelProto = protobuf.Root.fromJSON(ONNX_DESCRIPTOR).lookupType('onnx.ModelProto');
    const ms = time(() => void ModelProto.decode(readFileSync(path)), runs);
    console.log(JSON.stringify({ decodeMs: ms, maxRssKB: process.resourceUsage().maxRSS }));
    return;
  }
  const inputs: Record<string, number[]> = {};
  for (let i = 0; i < rest.length; i++) if (rest[i] === '--input') Object.assign(inputs, Object.fromEntries([parseInputShape(rest[++i]!)]));
  const read = readOnnxFile(path);
  const readMs = time(() => void readOnnxFile(path), runs);
  // Profile = read + shapes + costs + peak memory; synchronous work behind an async signature.
  const profileTimes: number[] = [];
  await profileFile(path, { inputs });
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await profileFile(path, { inputs });
    profileTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const p = await profileFile(path, { inputs });
  console.log(JSON.stringify({
    bytesRead: read.stats.bytesRead, readCalls: read.stats.readCalls, readMs, profileMs: median(profileTimes),
    nodes: p.nodes?.length ?? 0, paramBytes: p.params.bytes, macs: p.totals?.macs ?? null,
    lowerBound: p.totals?.lowerBound ?? null, maxRssKB: process.resourceUsage().maxRSS,
  }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
