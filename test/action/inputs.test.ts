/** Action inputs: defaults, parsing, and one-line errors naming the input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs } from '../../src/action/inputs.js';

const from = (values: Record<string, string>) => (name: string): string => values[name] ?? '';

test('defaults when every input is empty', () => {
  const i = readInputs(from({}));
  // The default config file (resolved from the repository top by io/config-source.ts).
  assert.equal(i.config, undefined);
  assert.equal(i.configFrom, 'base');
  assert.deepEqual(i.models, ['**/*.onnx', '**/*.pt', '**/*.pth', '**/*.ckpt', '**/*.bin.index.json', '**/*.bin.index.*.json', '**/*.safetensors', '**/*.safetensors.index.json', '**/*.safetensors.index.*.json', '**/*.gguf', '**/*.tflite', '**/*.keras', '**/*.h5', '**/*.pb', '**/*.bin']);
  assert.equal(i.mode, 'auto');
  assert.equal(i.comment, 'on-change');
  assert.equal(i.commentKey, 'default');
  assert.equal(i.onClean, 'update');
  assert.equal(i.failOn, 'error');
  assert.equal(i.lfs, 'auto');
  assert.equal(i.jobSummary, true);
  assert.equal(i.annotations, true);
  assert.equal(i.prNumber, null);
  assert.equal(i.statusContext, 'model-budget');
});

test('config-from: base or head, nothing else', () => {
  assert.equal(readInputs(from({ 'config-from': 'head' })).configFrom, 'head');
  assert.equal(readInputs(from({ config: 'ci/budgets.yml' })).config, 'ci/budgets.yml');
  assert.throws(() => readInputs(from({ 'config-from': 'pr' })), /^InputError: input 'config-from': 'pr' is not one of base, head$/);
});

test('a malformed models glob is an input error naming the input (#8 item 11)', () => {
  assert.throws(() => readInputs(from({ models: '**/*.onnx, [z-a].onnx' })), /^InputError: input 'models': glob "\[z-a\]\.onnx": range out of order in character class$/);
});

test('values are parsed', () => {
  const sha = 'A'.repeat(40);
  const i = readInputs(from({ models: 'a/**/*.onnx\n!a/tmp/**, b/*.onnx', 'pr-number': '42', 'head-sha': sha, 'job-summary': 'false', annotations: 'no', 'fail-on': 'warning' }));
  assert.deepEqual(i.models, ['a/**/*.onnx', '!a/tmp/**', 'b/*.onnx']);
  assert.equal(i.prNumber, 42);
  assert.equal(i.headSha, 'a'.repeat(40));
  assert.equal(i.jobSummary, false);
  assert.equal(i.annotations, false);
  assert.equal(i.failOn, 'warning');
});

test('bad values name the input and what is accepted', () => {
  assert.throws(() => readInputs(from({ mode: 'publsh' })), /^InputError: input 'mode': 'publsh' is not one of auto, report, publish, merge$/);
  assert.throws(() => readInputs(from({ 'pr-number': '#3' })), /input 'pr-number': '#3' is not a pull request number/);
  assert.throws(() => readInputs(from({ 'head-sha': 'abc123' })), /input 'head-sha': 'abc123' is not a full commit SHA/);
  assert.throws(() => readInputs(from({ 'job-summary': 'maybe' })), /input 'job-summary': 'maybe' is not true or false/);
  assert.throws(() => readInputs(from({ 'head-path': 'out/head' })), /inputs 'head-path' and 'base-path' must be given together/);
  assert.throws(() => readInputs(from({ 'comment-key': 'a b' })), /input 'comment-key'/);
});

test('comment-key values that would share one comment marker with another value are refused', () => {
  // The marker keeps letters, digits and . _ / -, writes anything else as '-', collapses '--'
  // and trims '-' at the ends: 'gpu:a100' and 'gpu-a100' would be one comment, fought over.
  for (const [key, same] of [['gpu:a100', 'gpu-a100'], ['a--b', 'a-b'], ['-x', 'x'], ['x-', 'x']]) {
    assert.throws(
      () => readInputs(from({ 'comment-key': key })),
      new RegExp(`^InputError: input 'comment-key': '${key}' would share its comment with '${same}' .*use '${same}'$`),
    );
  }
  for (const key of ['gpu-a100', 'team/gpu', 'v1.2_x', 'default']) assert.equal(readInputs(from({ 'comment-key': key })).commentKey, key);
});
