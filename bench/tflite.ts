/**
 * TFLite rows of `npm run bench` (`-- --tflite-only` runs them alone): bytes read and peak RSS of
 * one profile, each in a fresh process, for
 * - a synthetic 2 GB+ model written by our writer (test/support/tflite-writer.ts) with every
 *   weight buffer stored after the flatbuffer (Buffer.offset/size, as converters write files over
 *   2 GB), the file sparse on disk: reading cost must follow the tables, never the weights;
 * - real models when there are some: every .tflite in $BENCH_TFLITE_DIR or ../shared/tflite
 *   (MediaPipe's, from `npm pack @mediapipe/...`; never committed). Absent, the row says so.
 * Targets (issue #11): bytes read <= 1 MB + 1% of the file, peak RSS < 150 MB.
 *   node build/bench/tflite.js measure <model.tflite>    one profile, prints one JSON line
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTfliteFile } from '../src/formats/tflite/reader.js';
import { profileFile } from '../src/profile/index.js';
import { TfliteBuilder } from '../test/support/tflite-writer.js';

const here = fileURLToPath(import.meta.url);
const MB = 1e6;

/** Where the weights start: past the flatbuffer, 64-byte aligned like the converter's. */
const DATA_START = 1 << 20;

/**
 * An MLP of `layers` FULLY_CONNECTED layers [h, h] float32 with bias, on [1, h]: with h 4096 each
 * weight is 64 MiB, so 33 layers pass 2^31 bytes.
 */
export function writeLargeTflite(path: string, layers = 33, h = 4096): { bytes: number; macs: number } {
  const m = new TfliteBuilder();
  const g = m.main;
  let offset = DATA_START;
  const external = (size: number) => {
    const at = offset;
    offset = Math.ceil((offset + size) / 64) * 64;
    return { offset: at, size };
  };
  let x = g.tensor({ name: 'x', shape: [1, h] });
  g.inputs = [x];
  for (let l = 0; l < layers; l++) {
    const w = g.tensor({ name: `layer${l}/w`, shape: [h, h], external: external(h * h * 4) });
    const b = g.tensor({ name: `layer${l}/b`, shape: [h], external: external(h * 4) });
    const y = g.tensor({ name: `layer${l}/out`, shape: [1, h] });
    g.op({ op: 'FULLY_CONNECTED', inputs: [x, w, b], outputs: [y], options: { table: 'FullyConnectedOptions', values: { fused_activation_function: 'RELU' } } });
    x = y;
  }
  g.outputs = [x];
  const fb = m.build();
  if (fb.length > DATA_START) throw new Error(`flatbuffer of ${fb.length} bytes overlaps the data at ${DATA_START}`);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, fb, 0, fb.length, 0);
    ftruncateSync(fd, offset);
  } finally {
    closeSync(fd);
  }
  return { bytes: offset, macs: layers * h * h };
}

interface Measured { bytesRead: number; readCalls: number; fileBytes: number; profileMs: number; maxRssKB: number; macs: number | null; lowerBound: boolean | null; unknownOps: number }

function measureChild(path: string): Measured {
  const out = execFileSync(process.execPath, [here, 'measure', path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measured;
}

function cells(c: Array<string | number>): string {
  return c.map((x, i) => String(x).padStart(i === 0 ? 0 : 10).padEnd(i === 0 ? 36 : 0)).join(' ');
}

function row(name: string, r: Measured): void {
  const fails = [r.bytesRead <= 1 * MB + r.fileBytes / 100 ? '' : 'bytes', r.maxRssKB / 1024 < 150 ? '' : 'rss'].filter(Boolean);
  console.log(cells([
    name, (r.fileBytes / MB).toFixed(1), (r.bytesRead / 1e3).toFixed(1), r.readCalls, r.profileMs.toFixed(1), (r.maxRssKB / 1024).toFixed(0),
    r.macs === null ? 'n/a' : `${r.macs.toLocaleString('en-US')}${r.lowerBound ? ' (lower bound)' : ''}`, r.unknownOps,
    fails.length ? `FAIL ${fails.join(',')}` : 'PASS',
  ]));
}

/** Real .tflite files, when the machine has some (never part of the repository). */
function realModels(repo: string): { dir: string | undefined; files: string[] } {
  const dirs = [process.env['BENCH_TFLITE_DIR'], resolve(repo, '..', 'shared', 'tflite')].filter((d): d is string => !!d && existsSync(d));
  for (const dir of dirs) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.tflite')).sort().map((f) => join(dir, f));
    if (files.length) return { dir, files };
  }
  return { dir: undefined, files: [] };
}

export function benchTflite(tmp: string, repo: string): void {
  console.log(`\n${cells(['TFLite model', 'file MB', 'read KB', 'reads', 'profile ms', 'RSS MB', 'MACs', 'unknown', 'targets'])}`);
  const path = join(tmp, 'synthetic_2gb.tflite');
  const made = writeLargeTflite(path);
  const r = measureChild(path);
  rmSync(path);
  if (r.macs !== made.macs) throw new Error(`synthetic TFLite: ${r.macs} MACs, expected ${made.macs}`);
  row('synthetic 2.2 GB (external buffers)', r);
  const real = realModels(repo);
  if (!real.dir) {
    console.log('real TFLite models: none here (set BENCH_TFLITE_DIR to a folder of .tflite files, e.g. from `npm pack @mediapipe/tasks-vision`\'s models); rows skipped');
  }
  for (const f of real.files) row(f.slice(real.dir!.length + 1), measureChild(f));
  console.log('read KB: bytes our reader took from disk for one profile; RSS MB: peak resident set of a process that profiles the model once.');
  console.log('targets: bytes read <= 1 MB + 1% of the file; RSS < 150 MB.');
}

async function measure(path: string): Promise<void> {
  const { stats } = readTfliteFile(path);
  const t0 = process.hrtime.bigint();
  const p = await profileFile(path, {});
  const profileMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const m: Measured = {
    bytesRead: stats.bytesRead, readCalls: stats.readCalls, fileBytes: statSync(path).size, profileMs,
    maxRssKB: process.resourceUsage().maxRSS, macs: p.totals?.macs ?? null, lowerBound: p.totals?.lowerBound ?? null,
    unknownOps: p.unknownOps.length,
  };
  console.log(JSON.stringify(m));
}

if (process.argv[2] === 'measure') {
  measure(process.argv[3]!).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
