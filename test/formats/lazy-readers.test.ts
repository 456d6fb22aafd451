/**
 * Issue 14 "Process start": the registry loads a format's reader on first use, so profiling an
 * ONNX file loads the ONNX reader and no other format's (their code is most of the CLI). Checked
 * in a fresh process with an ESM resolve hook (bench/load-trace.ts) that lists every module loaded.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const build = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mb-lazy-readers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const READERS = ['onnx', 'pytorch', 'safetensors', 'gguf', 'tflite', 'tensorflow', 'keras'];

/** The format folders whose reader.js a fresh process loaded while running `script`. */
function readersLoaded(script: string): string[] {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--import', join(build, 'bench', 'load-trace.js'), '--input-type=module', '-e', script], {
    cwd: build, encoding: 'utf8', env: { ...process.env, MODEL_BUDGET_LOAD_TRACE: trace },
  });
  assert.equal(r.status, 0, r.stderr);
  const urls = readFileSync(trace, 'utf8').split('\n');
  return READERS.filter((f) => urls.some((u) => u.endsWith(`/src/formats/${f}/reader.js`)));
}

test('profiling an ONNX file loads the ONNX reader alone', () => {
  const model = fileURLToPath(new URL('../../../examples/models/small_cnn_head.onnx', import.meta.url));
  const loaded = readersLoaded(`const { profileFile } = await import('./src/profile/index.js');
const p = await profileFile(${JSON.stringify(model)});
if (!(p.totals.macs > 0)) throw new Error('no MACs');`);
  assert.deepEqual(loaded, ['onnx']);
});

test('listing the formats (the usage text, the default globs) loads no reader', () => {
  assert.deepEqual(readersLoaded(`const r = await import('./src/formats/registry.js');
if (!r.modelExtensions().includes('.onnx') || r.formats().length !== 7) throw new Error('formats');`), []);
});
