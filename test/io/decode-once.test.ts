/**
 * `check` reads (decodes) each changed model once per side, however many operating points it
 * has and whatever side files it names. It used to decode an ONNX graph three times per side and
 * point: twice to name its external data (before and after placing side files), once to profile.
 * The ONNX format is spied on (every decode goes through its `open`, `read` or `sideFiles`);
 * nothing of ours is replaced.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { runCheck } from '../../src/cli/check.js';
import type { CliIo } from '../../src/cli/io.js';
import { reader as onnxReader } from '../../src/formats/onnx/format-reader.js';
import type { FormatReader } from '../../src/formats/registry.js';
import { TestRepo } from '../e2e/harness.js';
import { ExternalDataFile, GraphBuilder, modelBytes } from '../support/onnx-writer.js';

/** X[batch, k] x W[k, n], W in the external file `location`: MACs = batch*k*n. */
function batchMatmul(k: number, n: number, location: string): { model: Uint8Array; data: Uint8Array } {
  const side = new ExternalDataFile(location);
  const g = new GraphBuilder('mm');
  g.input('X', 'float32', ['batch', k]);
  g.initializer('W', 'float32', [k, n], { external: side });
  g.node('MatMul', ['X', 'W'], ['Y']);
  g.output('Y', 'float32', ['batch', n]);
  return { model: modelBytes(g), data: side.bytes() };
}

/** Counts every call that decodes an ONNX file, by file name. */
function spyOnnx(): { counts: Map<string, number>; restore: () => void } {
  const counts = new Map<string, number>();
  const saved = { open: onnxReader.open, read: onnxReader.read, sideFiles: onnxReader.sideFiles };
  const count = (p: string): void => void counts.set(basename(p), (counts.get(basename(p)) ?? 0) + 1);
  const f = onnxReader as { -readonly [K in keyof FormatReader]: FormatReader[K] };
  if (saved.open) f.open = (path) => (count(path), saved.open!(path));
  f.read = (path, o) => (count(path), saved.read(path, o));
  f.sideFiles = (path, content) => (count(path), saved.sideFiles(path, content));
  return { counts, restore: () => Object.assign(f, saved) };
}

/** `check --base main --jobs 1` in the repository, counting ONNX decodes; it must pass. */
async function checkCounting(r: TestRepo): Promise<{ counts: Map<string, number>; json: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd: r.dir, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
  const spy = spyOnnx();
  let code: number;
  try {
    code = await runCheck(['--base', 'main', '--format', 'json', '--jobs', '1'], io);
  } finally {
    spy.restore();
  }
  assert.equal(code, 0, err.join(''));
  return { counts: spy.counts, json: out.join('') };
}

describe('each model is decoded once per side', () => {
  const repos: TestRepo[] = [];
  after(() => {
    for (const r of repos) r.cleanup();
  });

  test('check with external data and two operating points: one decode per side, numbers from each point', async () => {
    const r = TestRepo.create('mb-decode-once-');
    repos.push(r);
    const base = batchMatmul(4, 2, 'm.onnx.data');
    r.write('models/m.onnx', base.model);
    r.write('models/m.onnx.data', base.data);
    r.write('.github/model-budget.yml', 'version: 1\nmodels:\n  - path: models/m.onnx\n    points: { one: { batch: 1 }, eight: { batch: 8 } }\n');
    r.commit('base');
    const head = batchMatmul(4, 3, 'm.onnx.data');
    r.write('models/m.onnx', head.model);
    r.write('models/m.onnx.data', head.data);
    const { counts, json } = await checkCounting(r);
    // Base (a copy from git, its side file placed after it) and head (in place): once each.
    assert.deepEqual([...counts], [['m.onnx', 2]]);
    type Row = { metric: string; base: number | null; head: number | null };
    const report = JSON.parse(json) as { models: Array<{ points: Array<{ name: string; rows: Row[] }> }> };
    const points = report.models[0]!.points.map((p) => {
      const macs = p.rows.find((row) => row.metric === 'macs')!;
      return [p.name, macs.base, macs.head];
    });
    assert.deepEqual(points, [['one', 8, 12], ['eight', 64, 96]]);
  });

  test('a model whose external data alone changed: read once per side to find it names the data, and that read profiled', async () => {
    const r = TestRepo.create('mb-decode-once-near-');
    repos.push(r);
    const base = batchMatmul(4, 2, 'm.onnx.data');
    r.write('models/m.onnx', base.model);
    r.write('models/m.onnx.data', base.data);
    r.write('models/other.onnx', batchMatmul(2, 2, 'other.onnx.data').model);
    r.write('models/other.onnx.data', batchMatmul(2, 2, 'other.onnx.data').data);
    r.write('.github/model-budget.yml', 'version: 1\ndefaults: { dims: { batch: 2 } }\n');
    r.commit('base');
    // The same graph, other weights (the same size): only models/m.onnx.data changes.
    const data = Buffer.from(base.data);
    data[0] = data[0]! ^ 1;
    r.write('models/m.onnx.data', data);
    const { counts, json } = await checkCounting(r);
    // m.onnx: base and head, once each (it was 4: once to see it names m.onnx.data, again to
    // profile it). other.onnx is read once per side to see it does not, and not profiled.
    assert.deepEqual([...counts].sort(), [['m.onnx', 2], ['other.onnx', 2]]);
    const report = JSON.parse(json) as { models: Array<{ path: string; status: string; rows: Array<{ metric: string; base: number | null; head: number | null }> }> };
    assert.deepEqual(report.models.map((m) => [m.path, m.status]), [['models/m.onnx', 'modified']]);
    // batch 2 x k 4 x n 2 = 16 MACs on both sides.
    const macs = report.models[0]!.rows.find((row) => row.metric === 'macs')!;
    assert.deepEqual([macs.base, macs.head], [16, 16]);
  });
});
