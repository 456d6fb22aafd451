/**
 * action.yml, the code and the README agree: the inputs and outputs issue 4 asks for are exactly
 * the ones declared, every declared input is read, every output is written, and the README's
 * Inputs and Outputs tables document each one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { DEFAULT_MODEL_GLOBS } from '../../src/io/glob.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string): string => readFileSync(`${ROOT}${p}`, 'utf8');

const INPUTS = [
  'config', 'config-from', 'models', 'github-token', 'mode', 'report-path', 'status-context', 'base-ref', 'pr-number', 'head-sha', 'comment',
  'comment-key', 'on-clean', 'job-summary', 'annotations', 'min-change', 'fail-on', 'lfs', 'jobs', 'working-directory', 'head-path', 'base-path',
  'shard', 'cache-dir',
].sort();
const OUTPUTS = ['passed', 'violations', 'warnings', 'changed-models', 'points', 'base-sha', 'report-json', 'comment-body', 'comment-id'].sort();

interface Manifest {
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}
const manifest = parse(read('action.yml')) as Manifest;

/** First-column names of the markdown table under `### <heading>` in the README's action section. */
function readmeTableNames(heading: string): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## GitHub Action'), readme.indexOf('## Development'));
  const start = section.indexOf(`### ${heading}\n`);
  assert.ok(start >= 0, `README has no "### ${heading}"`);
  const body = section.slice(start).split('\n### ')[0]!;
  const names: string[] = [];
  for (const line of body.split('\n')) {
    const first = /^\| ([^|]+) \|/.exec(line)?.[1];
    if (first) for (const m of first.matchAll(/`([a-z-]+)`/g)) names.push(m[1]!);
  }
  return names.sort();
}

test('action.yml declares exactly the inputs and outputs of issue 4, each described', () => {
  assert.deepEqual(Object.keys(manifest.inputs).sort(), INPUTS);
  assert.deepEqual(Object.keys(manifest.outputs).sort(), OUTPUTS);
  for (const [k, v] of [...Object.entries(manifest.inputs), ...Object.entries(manifest.outputs)]) assert.ok(v.description?.trim(), `${k} has no description`);
  assert.equal(manifest.inputs['github-token']!.default, '${{ github.token }}');
  assert.equal(manifest.inputs['comment']!.default, 'on-change');
  assert.equal(manifest.inputs['status-context']!.default, 'model-budget');
  assert.equal(manifest.runs.main, 'dist/action/index.js');
});

test('the models default in action.yml covers every registered format extension, as the code does', () => {
  assert.equal(manifest.inputs['models']!.default, DEFAULT_MODEL_GLOBS);
  assert.ok(read('README.md').includes(`| \`models\` | \`${DEFAULT_MODEL_GLOBS}\` |`), 'README inputs table states the models default');
});

test('every declared input is read, and nothing else', () => {
  const asked: string[] = [];
  readInputs((name) => {
    asked.push(name);
    return '';
  });
  assert.deepEqual([...new Set(asked)].sort(), INPUTS);
});

test('every declared output is written by the action', () => {
  const src = read('src/action/run.ts');
  const written = [...src.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
  assert.deepEqual([...new Set(written)].sort(), OUTPUTS);
});

test("the README's Inputs and Outputs tables document each one", () => {
  assert.deepEqual(readmeTableNames('Inputs'), INPUTS);
  assert.deepEqual(readmeTableNames('Outputs'), OUTPUTS);
});
