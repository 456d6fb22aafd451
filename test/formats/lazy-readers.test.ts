/**
 * Issue 14 "Process start": the registry loads a format's reader on first use, so profiling an
 * ONNX file loads the ONNX reader and no other format's (their code is most of the CLI). Checked
 * in a fresh process with an ESM resolve hook (bench/load-trace.ts) that lists every module loaded.
 * The profile's own optional code (formulas, the roofline's hardware presets, weights files) loads
 * the same way, only for a model or an option that needs it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixtureModelPath } from '../support/model-fixtures.js';

const build = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mb-lazy-readers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const READERS = ['onnx', 'pytorch', 'safetensors', 'gguf', 'tflite', 'tensorflow', 'keras'];

/** Every module a fresh process loaded while running `script` (file URLs). */
function modulesLoaded(script: string): string[] {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--import', join(build, 'bench', 'load-trace.js'), '--input-type=module', '-e', script], {
    cwd: build, encoding: 'utf8', env: { ...process.env, MODEL_BUDGET_LOAD_TRACE: trace },
  });
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(trace, 'utf8').split('\n');
}

/** The format folders whose reader.js a fresh process loaded while running `script`. */
function readersLoaded(script: string): string[] {
  const urls = modulesLoaded(script);
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

/** Profile code each model or option needs, and which loads on first use. */
const OPTIONAL = ['profile/formula.js', 'profile/hardware.js', 'profile/weights.js', 'profile/llm.js'];

function optionalLoaded(model: string, options: object): string[] {
  const urls = modulesLoaded(`const { profileFile } = await import('./src/profile/index.js');
const p = await profileFile(${JSON.stringify(model)}, ${JSON.stringify(options)});
if (!(p.totals.macs > 0)) throw new Error('no MACs');`);
  return OPTIONAL.filter((m) => urls.some((u) => u.endsWith(`/src/${m}`)));
}

test('a profile loads the formula, hardware and weights code only when a model or an option needs it', () => {
  const cnn = fileURLToPath(new URL('../../../examples/models/small_cnn_head.onnx', import.meta.url));
  assert.deepEqual(optionalLoaded(cnn, { formulas: true }), []);
  assert.deepEqual(optionalLoaded(cnn, { hardware: 't4' }), ['profile/hardware.js']);
  // A free batch dim: the formulas are derived.
  assert.deepEqual(optionalLoaded(fixtureModelPath('mobilenet_v2_dynbatch'), { formulas: true }), ['profile/formula.js']);
});
