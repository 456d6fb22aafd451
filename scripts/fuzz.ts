/**
 * `npm run fuzz [-- --cases N --seed S --bombs-only --keep DIR --format F]`: feeds the profiler
 * hostile model files and counts what a user would see go wrong. Not part of `npm test` (it takes
 * minutes). `--format` is onnx (the default), tflite, pytorch, safetensors, gguf, keras, tensorflow, or all (each of
 * them in turn, N cases each); each format's seeds, mutations and bombs live in
 * scripts/fuzz-<format>.ts behind the FormatFuzz interface (scripts/fuzz-format.ts), ONNX's here.
 *
 * ONNX cases:
 * - the resource bombs of test/support/bombs.ts at full size (1e8-element shape inputs, 2^62-element
 *   tensors, Loop trip counts of 1e18, If nesting 10,000 deep, a 1,000,000-node graph, local
 *   functions that expand exponentially, call themselves through an If, or chain 10,000 deep);
 * - N mutations (bit flips, byte overwrites, truncations, length-prefix lies, huge varints,
 *   spliced duplicate regions) of seed files: our example models, the bombs at small size, and the
 *   small models of ../shared/models when it is there.
 *
 * Every seed of a format is written to one folder first (a seed named `set/x.bin` keeps a sharded
 * set together), and a case overwrites one seed with its mutation and puts it back afterwards:
 * a mutated shard is read beside its intact siblings. A case whose seed is a `config.json`
 * profiles the model beside it.
 *
 * Each case is profiled by a long-lived worker process exactly as `model-budget profile` does it
 * (profileFile, then the CLI's reportFailure for errors). A case passes when it succeeds or fails
 * with one line and exit code 2; a crash is anything else (an internal error, a worker that died);
 * a hang is a case that runs past its limit (2 s of CPU for mutations, 5 s for bombs; the wall
 * clock limit is 4x that, because the machine is shared). Peak RSS is the workers' maxRSS.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  functionChainBomb, functionFanInBomb, functionFanoutBomb, functionIfRecursionBomb, hugeTensorBomb, loopTripsBomb, manyInputs,
  mutualRecursionBomb, nestedIfBomb, rankBomb, reluChain,
} from '../test/support/bombs.js';
import type { FormatFuzz } from './fuzz-format.js';
import { ggufFuzz } from './fuzz-gguf.js';
import { kerasFuzz } from './fuzz-keras.js';
import { pytorchFuzz } from './fuzz-pytorch.js';
import { safetensorsFuzz } from './fuzz-safetensors.js';
import { tensorflowFuzz, varintBytes } from './fuzz-tensorflow.js';
import { tfliteFuzz } from './fuzz-tflite.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const shared = resolve(repo, '..', 'shared', 'models');

// ---- worker side ----------------------------------------------------------------------------

interface CaseResult {
  readonly exit: number;
  readonly lines: string[];
  readonly cpuMs: number;
  readonly maxRssMB: number;
  readonly finite: boolean;
}

/**
 * This process's peak RSS. getrusage's maxRSS survives exec on Linux (a worker forked from a
 * parent that held 200 MB reports 200 MB), so read the kernel's high-water mark of this process.
 */
function peakRssMB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function worker(): Promise<void> {
  const { profileFile } = await import('../src/profile/index.js');
  const { reportFailure } = await import('../src/cli/errors.js');
  process.on('message', (msg: { path: string }) => {
    const lines: string[] = [];
    const start = process.cpuUsage();
    let finite = true;
    void profileFile(msg.path, { perNode: true }).then(
      (p) => {
        // A measured metric must never be null in the JSON (Infinity/NaN serialise as null).
        const t = p.totals;
        if (t) finite = [t.macs, t.flops, t.memoryBytes, t.peakActivationBytes].every(Number.isFinite);
        JSON.stringify(p);
        return 0;
      },
      (e: unknown) => reportFailure(e, (l) => lines.push(...l.split('\n').filter(Boolean)), false),
    ).then((exit) => {
      const cpu = process.cpuUsage(start);
      const result: CaseResult = {
        exit, lines, finite, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: peakRssMB(),
      };
      process.send!(result);
    });
  });
}

// ---- mutations --------------------------------------------------------------------------------

/** xorshift32: reproducible cases from one seed. */
class Rng {
  constructor(private s: number) {
    if (this.s === 0) this.s = 0x9e3779b9;
  }
  next(): number {
    let x = this.s;
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    this.s = x;
    return x;
  }
  int(n: number): number {
    return this.next() % n;
  }
}

/** Positions of bytes that look like a length-delimited tag (wire type 2, small field number). */
function lenTags(b: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < b.length && out.length < 4096; i++) if ((b[i]! & 7) === 2 && b[i]! >> 3 > 0 && b[i]! < 0x80) out.push(i);
  return out;
}

const MUTATIONS = ['bitflips', 'bytes', 'truncate', 'length-lie', 'huge-varint', 'splice', 'varint-dim'] as const;
type Mutation = typeof MUTATIONS[number];

function mutate(seed: Uint8Array, kind: Mutation, rng: { int(n: number): number }): Uint8Array {
  const b = Uint8Array.from(seed);
  switch (kind) {
    case 'bitflips': {
      const n = 1 + rng.int(8);
      for (let i = 0; i < n; i++) b[rng.int(b.length)]! ^= 1 << rng.int(8);
      return b;
    }
    case 'bytes': {
      const n = 1 + rng.int(4);
      const values = [0x00, 0xff, 0x7f, 0x80, 0x01, 0x0a, 0x12];
      for (let i = 0; i < n; i++) b[rng.int(b.length)] = values[rng.int(values.length)]!;
      return b;
    }
    case 'truncate':
      return b.slice(0, rng.int(b.length));
    case 'length-lie':
    case 'huge-varint':
    case 'varint-dim': {
      const tags = lenTags(b);
      if (tags.length === 0) return b;
      const at = tags[rng.int(tags.length)]! + 1;
      let end = at;
      while (end < b.length && b[end]! & 0x80) end++;
      const lies = kind === 'length-lie' ? [0n, 1n, 127n, 1n << 31n, (1n << 32n) - 1n, BigInt(b.length)]
        : kind === 'huge-varint' ? [(1n << 62n), (1n << 63n) - 1n, (1n << 64n) - 1n, 1n << 53n]
          : [100_000_000n, 1n << 40n, 1n << 31n, 65536n];
      const v = varintBytes(lies[rng.int(lies.length)]!);
      const out = new Uint8Array(b.length - (end + 1 - at) + v.length);
      out.set(b.subarray(0, at));
      out.set(v, at);
      out.set(b.subarray(end + 1), at + v.length);
      return out;
    }
    case 'splice': {
      // A region repeated in place: duplicated fields, nested messages repeated inside themselves.
      const from = rng.int(b.length);
      const len = Math.min(b.length - from, 1 + rng.int(256));
      const at = rng.int(b.length);
      const times = 1 + rng.int(8);
      const parts = [b.subarray(0, at), ...Array.from({ length: times }, () => b.subarray(from, from + len)), b.subarray(at)];
      return new Uint8Array(Buffer.concat(parts));
    }
  }
}

// ---- the run ----------------------------------------------------------------------------------

interface Case {
  readonly name: string;
  readonly path: string;
  readonly cpuLimitMs: number;
}

interface Pool {
  /** Runs one case; `fresh` starts a new worker first (its maxRSS is then the case's own). */
  run(c: Case, fresh?: boolean): Promise<{ result?: CaseResult; killed?: string }>;
  close(): void;
}

/** CPU time (user + system) a process has used, from /proc (Linux), in ms. */
function workerCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

function makeWorker(): ChildProcess {
  return fork(fileURLToPath(import.meta.url), ['--worker'], {
    execArgv: ['--max-old-space-size=1024'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

function pool(): Pool {
  let child = makeWorker();
  let stderr = '';
  const attach = (): void => {
    stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); });
  };
  attach();
  return {
    run(c, fresh = false) {
      if (fresh) {
        child.kill('SIGKILL');
        child = makeWorker();
        attach();
      }
      return new Promise((done) => {
        // The machine may be shared: a case hangs when the worker has spent twice its limit of CPU
        // time on it (read from /proc), or, where that cannot be read, after 10x the limit of wall time.
        const cpuAtStart = workerCpuMs(child.pid);
        const started = Date.now();
        const timer = setInterval(() => {
          const cpu = workerCpuMs(child.pid);
          const overCpu = cpu !== undefined && cpuAtStart !== undefined && cpu - cpuAtStart > 2 * c.cpuLimitMs;
          const overWall = Date.now() - started > 10 * c.cpuLimitMs && (cpu === undefined || overCpu);
          if (!overCpu && !overWall && Date.now() - started < 120_000) return;
          clearInterval(timer);
          child.removeAllListeners('message');
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          child = makeWorker();
          attach();
          done({ killed: `no answer after ${overCpu ? `${2 * c.cpuLimitMs} ms of CPU` : `${Date.now() - started} ms wall clock`}` });
        }, 250);
        child.once('message', (m) => {
          clearInterval(timer);
          child.removeAllListeners('exit');
          done({ result: m as CaseResult });
        });
        child.once('exit', (code, signal) => {
          clearInterval(timer);
          child.removeAllListeners('message');
          const why = `worker died (exit ${code}, signal ${signal}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
          child = makeWorker();
          attach();
          done({ killed: why });
        });
        child.send({ path: c.path });
      });
    },
    close() {
      child.kill();
    },
  };
}

function onnxBombs(): { name: string; bytes: Uint8Array }[] {
  const bombs: [string, () => Uint8Array][] = [
    ['shape input of 1e8 elements -> ConstantOfShape', () => rankBomb('ConstantOfShape', 1e8)],
    ['shape input of 1e8 elements -> Reshape', () => rankBomb('Reshape', 1e8)],
    ['shape input of 1e8 elements -> Expand', () => rankBomb('Expand', 1e8)],
    ['shape input of 1e8 elements -> Tile', () => rankBomb('Tile', 1e8)],
    ['shape input of 1e8 elements -> Slice', () => rankBomb('Slice', 1e8)],
    ['ConstantOfShape to 2^62 elements', () => hugeTensorBomb('ConstantOfShape')],
    ['Expand to 2^62 elements', () => hugeTensorBomb('Expand')],
    ['Tile to 2^62 elements', () => hugeTensorBomb('Tile')],
    ['Range to 2^62 elements', () => hugeTensorBomb('Range')],
    ['Loop trip count 1e18', () => loopTripsBomb(10n ** 18n, 1000)],
    ['If nesting 10,000 deep', () => nestedIfBomb(10_000)],
    ['1,000,000-node graph', () => reluChain(1_000_000)],
    ['100,000 graph inputs', () => manyInputs(100_000)],
    ['local functions: 64 calls of F_16, F_k calls F_{k-1} twice', () => functionFanoutBomb(16, 2, 64)],
    ['local functions: call chain 10,000 deep', () => functionChainBomb(10_000)],
    ['local functions: 5,000 calls of one Sum of 100,000 inputs', () => functionFanInBomb(5_000, 100_000)],
    ['local function calling itself through an If branch', () => functionIfRecursionBomb()],
    ['mutually recursive local functions', () => mutualRecursionBomb()],
  ];
  return bombs.map(([name, make]) => ({ name, bytes: make() }));
}

function onnxSeeds(): { name: string; bytes: Uint8Array }[] {
  const seeds: { name: string; bytes: Uint8Array }[] = [];
  const examples = join(repo, 'examples', 'models');
  for (const f of readdirSync(examples)) if (f.endsWith('.onnx')) seeds.push({ name: f, bytes: readFileSync(join(examples, f)) });
  seeds.push(
    { name: 'small rank bomb.onnx', bytes: rankBomb('ConstantOfShape', 100) },
    { name: 'small loop.onnx', bytes: loopTripsBomb(10, 4) },
    { name: 'small nested If.onnx', bytes: nestedIfBomb(20) },
    { name: 'small function fanout.onnx', bytes: functionFanoutBomb(3, 2, 2) },
    { name: 'small relu chain.onnx', bytes: reluChain(50) },
  );
  if (existsSync(shared)) {
    for (const f of readdirSync(shared)) {
      const p = join(shared, f);
      if (f.endsWith('.onnx') && statSync(p).size <= 4e6) seeds.push({ name: f, bytes: readFileSync(p) });
    }
  }
  return seeds;
}

/** External data of the shared models, beside the mutated copies under the name the model refers to. */
function onnxSideFiles(): { name: string; bytes: Uint8Array }[] {
  if (!existsSync(shared)) return [];
  return readdirSync(shared)
    .filter((f) => f.endsWith('.onnx') && statSync(join(shared, f)).size <= 4e6 && existsSync(join(shared, `${f}.data`)))
    .map((f) => ({ name: `${f}.data`, bytes: readFileSync(join(shared, `${f}.data`)) }));
}

const onnxFuzz: FormatFuzz = {
  format: 'onnx',
  ext: '.onnx',
  seeds: onnxSeeds,
  mutate(bytes, rnd) {
    // rnd() * 2^32 is the generator's next u32, so a seed gives the cases it always gave.
    const rng = { int: (n: number): number => Math.floor(rnd() * 2 ** 32) % n };
    return mutate(bytes, MUTATIONS[rng.int(MUTATIONS.length)]!, rng);
  },
  bombs: onnxBombs,
};

const FORMATS: readonly FormatFuzz[] = [onnxFuzz, tfliteFuzz, pytorchFuzz, safetensorsFuzz, ggufFuzz, kerasFuzz, tensorflowFuzz];

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

/** What one format's run saw. */
interface Tally {
  crashes: number;
  hangs: number;
  slow: number;
  maxRss: number;
  maxRssCase: string;
  maxCpu: number;
  maxCpuCase: string;
  cases: number;
  readonly outcomes: Map<string, number>;
}

/** The file a case profiles: its own, or for a `config.json` the first other seed in its folder. */
function targetOf(name: string, seeds: readonly { name: string }[]): string {
  if (basename(name) !== 'config.json') return name;
  return seeds.find((s) => dirname(s.name) === dirname(name) && basename(s.name) !== 'config.json')?.name ?? name;
}

async function runFormat(f: FormatFuzz, p: Pool, dir: string, opts: { n: number; seed: number; bombsOnly: boolean; keep?: string }): Promise<Tally> {
  const t: Tally = { crashes: 0, hangs: 0, slow: 0, maxRss: 0, maxRssCase: '', maxCpu: 0, maxCpuCase: '', cases: 0, outcomes: new Map() };
  let lastRss = 0;
  const report = (c: Case, r: { result?: CaseResult; killed?: string }, verbose: boolean): void => {
    t.cases++;
    const res = r.result;
    let verdict: string;
    if (!res) {
      if (r.killed!.startsWith('no answer')) t.hangs++;
      else t.crashes++;
      verdict = `HANG/CRASH ${r.killed}`;
    } else {
      lastRss = res.maxRssMB;
      if (res.maxRssMB > t.maxRss) [t.maxRss, t.maxRssCase] = [res.maxRssMB, c.name];
      if (res.cpuMs > t.maxCpu) [t.maxCpu, t.maxCpuCase] = [res.cpuMs, c.name];
      const clean = res.exit === 0 ? res.finite : res.exit === 2 && res.lines.length === 1;
      if (!clean) t.crashes++;
      if (res.cpuMs > c.cpuLimitMs) t.slow++;
      verdict = `${clean ? 'ok' : 'CRASH'} exit ${res.exit} ${res.cpuMs.toFixed(0)} ms cpu, rss ${res.maxRssMB.toFixed(0)} MB${res.lines.length ? `: ${res.lines.join(' | ').slice(0, 300)}` : ''}`;
      const key = res.exit === 0 ? 'profiled' : res.exit === 2 ? 'refused (exit 2)' : `exit ${res.exit}`;
      t.outcomes.set(key, (t.outcomes.get(key) ?? 0) + 1);
      if (!clean || res.cpuMs > c.cpuLimitMs || res.maxRssMB >= 300) verbose = true;
    }
    if (verbose || !res) console.log(`${c.name}: ${verdict}`);
  };
  const at = join(dir, f.format);
  const put = (name: string, bytes: Uint8Array): string => {
    const path = join(at, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return path;
  };
  console.log(`== ${f.format}: bombs`);
  for (const [i, b] of f.bombs().entries()) {
    const c: Case = { name: `${f.format} bomb: ${b.name}`, path: put(`bomb-${i}${f.ext}`, b.bytes), cpuLimitMs: 5000 };
    report(c, await p.run(c, true), true);
    rmSync(c.path);
  }
  if (!opts.bombsOnly) {
    const seeds = f.seeds();
    for (const s of [...seeds, ...(f === onnxFuzz ? onnxSideFiles() : [])]) put(s.name, s.bytes);
    const rng = new Rng(opts.seed);
    const rnd = (): number => rng.next() / 2 ** 32;
    console.log(`== ${f.format}: ${opts.n} mutations of ${seeds.length} seeds (seed ${opts.seed})`);
    const t0 = Date.now();
    for (let i = 0; i < opts.n; i++) {
      const s = seeds[rng.int(seeds.length)]!;
      const mutated = f.mutate(s.bytes, rnd);
      put(s.name, mutated);
      const c: Case = { name: `${f.format} #${i} of ${s.name}`, path: join(at, targetOf(s.name, seeds)), cpuLimitMs: 2000 };
      // A worker past the RSS limit is replaced, so that the next case that passes it is named too.
      const before = t.crashes + t.hangs + t.slow;
      report(c, await p.run(c, lastRss >= 300), false);
      put(s.name, s.bytes);
      if (opts.keep && t.crashes + t.hangs + t.slow > before) writeFileSync(join(opts.keep, `${f.format}-case-${i}-${basename(s.name)}`), mutated);
      if ((i + 1) % 500 === 0) console.log(`.. ${i + 1} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  }
  console.log(`== ${f.format}: ${[...t.outcomes].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  console.log(`${f.format}: ${t.cases} cases, crashes: ${t.crashes}, hangs: ${t.hangs}, over the CPU limit: ${t.slow}, max CPU per case: ${t.maxCpu.toFixed(0)} ms (${t.maxCpuCase}), peak worker RSS: ${t.maxRss.toFixed(0)} MB (${t.maxRssCase})`);
  return t;
}

async function main(): Promise<void> {
  const n = arg('--cases', 5000);
  const seed = arg('--seed', 1);
  const bombsOnly = process.argv.includes('--bombs-only');
  // --keep DIR: write every failing mutated file there, to replay it with `model-budget profile`.
  const keepAt = process.argv.indexOf('--keep');
  const keep = keepAt >= 0 ? resolve(process.argv[keepAt + 1]!) : undefined;
  if (keep) mkdirSync(keep, { recursive: true });
  const formatAt = process.argv.indexOf('--format');
  const name = formatAt >= 0 ? process.argv[formatAt + 1] : 'onnx';
  const formats = name === 'all' ? FORMATS : FORMATS.filter((f) => f.format === name);
  if (formats.length === 0) {
    console.error(`unknown --format ${String(name)}: one of ${FORMATS.map((f) => f.format).join(', ')}, all`);
    process.exitCode = 2;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mb-fuzz-'));
  const p = pool();
  let bad = false;
  try {
    for (const f of formats) {
      const t = await runFormat(f, p, dir, { n, seed, bombsOnly, keep });
      bad ||= t.crashes + t.hangs + t.slow > 0 || t.maxRss >= 300;
    }
  } finally {
    p.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = bad ? 1 : 0;
}

if (process.argv.includes('--worker')) void worker();
else void main();
