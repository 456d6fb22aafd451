/**
 * The PyTorch part of `npm run bench`: bytes read, read calls, time and peak RSS of reading
 * checkpoints, each in a fresh process (`node build/bench/pytorch.js <file>` prints one JSON
 * line). Files: the committed fixtures and two synthetic checkpoints of a 2 GB+ decoder
 * (a torch.save zip with zip64 records and a legacy file), storages left as sparse holes.
 * Targets: bytes read <= 1 MB + 1% of the file, peak RSS < 150 MB.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPytorchFile } from '../src/formats/pytorch/reader.js';
import { profileWeights } from '../src/profile/weights.js';
import { PickleWriter, stateDictZipItems, storageBytes, writeTensor, writeZipFile } from '../test/support/pytorch-writer.js';
import type { FakeTensor } from '../test/support/pytorch-writer.js';

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1e6;

/** A Llama-like layout: embeddings, per layer q/k/v/o and gate/up/down in bfloat16, norms. */
function decoderTensors(totalBytes: number): FakeTensor[] {
  const hidden = 2048;
  const inter = 5632;
  const perLayer = 2 * (4 * hidden * hidden + 3 * hidden * inter);
  const layers = Math.max(1, Math.ceil((totalBytes - 2 * 32000 * hidden * 2) / perLayer));
  const out: FakeTensor[] = [];
  const add = (name: string, dims: number[], storageType = 'BFloat16Storage'): void => {
    out.push({ name, storageType, key: String(out.length), numel: dims.reduce((a, b) => a * b, 1), dims });
  };
  add('model.embed_tokens.weight', [32000, hidden]);
  for (let l = 0; l < layers; l++) {
    for (const p of ['q_proj', 'k_proj', 'v_proj', 'o_proj']) add(`model.layers.${l}.self_attn.${p}.weight`, [hidden, hidden]);
    add(`model.layers.${l}.mlp.gate_proj.weight`, [inter, hidden]);
    add(`model.layers.${l}.mlp.up_proj.weight`, [inter, hidden]);
    add(`model.layers.${l}.mlp.down_proj.weight`, [hidden, inter]);
    add(`model.layers.${l}.input_layernorm.weight`, [hidden], 'FloatStorage');
    add(`model.layers.${l}.post_attention_layernorm.weight`, [hidden], 'FloatStorage');
  }
  add('model.norm.weight', [hidden], 'FloatStorage');
  add('lm_head.weight', [32000, hidden]);
  return out;
}

/** The legacy format: five pickles, then each storage as an 8-byte count and its (sparse) bytes. */
function writeLegacy(path: string, tensors: readonly FakeTensor[]): number {
  const magic = new PickleWriter().proto().op(0x8a, 10, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19).stop().bytes();
  const protocol = new PickleWriter().proto().int(1001).stop().bytes();
  const sysInfo = new PickleWriter().proto().emptyDict().mark().str('little_endian').bool(true).setitems().stop().bytes();
  const data = new PickleWriter().proto().emptyDict().mark();
  for (const t of tensors) writeTensor(data.str(t.name), t);
  const keys = new PickleWriter().proto().emptyList().mark();
  for (const t of tensors) keys.str(t.key);
  const head = Buffer.concat([magic, protocol, sysInfo, data.setitems().stop().bytes(), keys.appends().stop().bytes()]);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head, 0, head.length, 0);
    let at = head.length;
    for (const t of tensors) {
      const n = Buffer.alloc(8);
      n.writeBigUInt64LE(BigInt(t.numel));
      writeSync(fd, n, 0, 8, at);
      at += 8 + storageBytes(t);
    }
    ftruncateSync(fd, at);
    return at;
  } finally {
    closeSync(fd);
  }
}

interface Measured { bytesRead: number; readCalls: number; ms: number; maxRssKB: number; tensors: number; params: number }

function measure(file: string): Measured {
  const out = execFileSync(process.execPath, [join(here, 'pytorch.js'), file], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Measured;
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => String(c).padStart(i === 0 ? 0 : 11).padEnd(i === 0 ? 30 : 0)).join(' ');
}

/** Writes the synthetic checkpoints in `tmp`, measures them and the fixtures, prints the table. */
export function benchPytorch(tmp: string, totalBytes: number): void {
  const fixtures = resolve(here, '..', '..', 'test', 'fixtures', 'pytorch');
  const files: Array<{ name: string; path: string }> = readdirSync(fixtures)
    .filter((f) => f.endsWith('.pt'))
    .map((f) => ({ name: f, path: join(fixtures, f) }));
  process.stderr.write(`writing synthetic ${(totalBytes / 1e9).toFixed(1)} GB PyTorch checkpoints in ${tmp} ...\n`);
  const tensors = decoderTensors(totalBytes);
  const zipPath = join(tmp, 'synthetic_decoder.pt');
  writeZipFile(zipPath, stateDictZipItems(tensors, { sparse: true }), { zip64: true });
  files.push({ name: 'synthetic decoder (zip64)', path: zipPath });
  const legacyPath = join(tmp, 'synthetic_decoder_legacy.pt');
  writeLegacy(legacyPath, tensors);
  files.push({ name: 'synthetic decoder (legacy)', path: legacyPath });
  console.log('\nPyTorch');
  console.log(row(['file', 'file MB', 'tensors', 'params M', 'read KB', 'reads', 'read ms', 'RSS MB', 'targets']));
  for (const f of files) {
    const size = statSync(f.path).size;
    const m = measure(f.path);
    const checks = [m.bytesRead <= 1 * MB + size / 100 || size < 1 * MB ? '' : 'bytes', m.maxRssKB / 1024 < 150 ? '' : 'rss'].filter(Boolean);
    console.log(row([f.name, (size / MB).toFixed(1), m.tensors, (m.params / 1e6).toFixed(1), (m.bytesRead / 1e3).toFixed(1), m.readCalls, m.ms.toFixed(2), (m.maxRssKB / 1024).toFixed(0), checks.length ? `FAIL ${checks.join(',')}` : 'PASS']));
  }
  console.log('read KB: bytes our reader took from the file; RSS MB: peak resident set of a process that reads the file once.');
  console.log('targets: bytes read <= 1 MB + 1% of the file (files under 1 MB are read whole), RSS < 150 MB.');
}

/** One measurement, in this process: `node build/bench/pytorch.js <file>`. */
function measureHere(file: string): void {
  const t0 = process.hrtime.bigint();
  const r = readPytorchFile(file);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const p = profileWeights(r.weights, { path: file, format: 'pytorch', formatLabel: 'PyTorch', formatVersion: r.container, fileBytes: 0, sideFileBytes: 0 });
  const out: Measured = { ...r.stats, ms, maxRssKB: process.resourceUsage().maxRSS, tensors: r.weights.tensors.length, params: p.params.total };
  console.log(JSON.stringify(out));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) measureHere(process.argv[2]!);
