/** What a pull request changes in the budget config, listed for the reviewer (budget/config-diff.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { diffConfigs } from '../../src/budget/config-diff.js';

const BASE = `version: 1
defaults: { level: error, dims: { batch: 8 } }
models:
  - name: classifier
    path: "models/cls/*.onnx"
    budgets:
      params: { max: 25M }
      flops: { max-increase: 2%, min-delta: 10M }
  - name: old
    path: "models/old.onnx"
    budgets:
      params: { max: 1M }
ignore: ["models/tmp/**"]
`;

test('every relaxation is listed, old -> new: budgets, levels, dims, entries, ignore', () => {
  const head = `version: 1
defaults: { level: warning, dims: { batch: 1 } }
models:
  - name: classifier
    path: "models/cls/*.onnx"
    budgets:
      params: { max: 30M, level: warning }
      flops: { max-increase: 5%, min-delta: 10M }
  - name: new
    path: "models/new.onnx"
    budgets:
      file-size: { max: 10MiB }
ignore: ["models/tmp/**", "models/cls/big.onnx"]
`;
  assert.deepEqual(diffConfigs(parseConfig(BASE), parseConfig(head)), [
    { scope: 'defaults', setting: 'level', before: 'error', after: 'warning' },
    { scope: 'defaults', setting: 'dims', before: 'batch=8', after: 'batch=1' },
    { scope: 'model old', setting: 'entry', before: 'path models/old.onnx', after: null },
    { scope: 'model classifier', setting: 'params max', before: '25 M', after: '30 M' },
    { scope: 'model classifier', setting: 'params level', before: null, after: 'warning' },
    { scope: 'model classifier', setting: 'flops max-increase', before: '2%', after: '5%' },
    { scope: 'model new', setting: 'entry', before: null, after: 'path models/new.onnx' },
    { scope: 'model new', setting: 'file-size max', before: null, after: '10 MiB' },
    { scope: 'ignore', setting: 'models/cls/big.onnx', before: null, after: 'ignored' },
  ]);
});

test('the same config (reformatted) lists nothing', () => {
  const reformatted = BASE.replace('params: { max: 25M }', 'params:\n        max: 25M');
  assert.deepEqual(diffConfigs(parseConfig(BASE), parseConfig(reformatted)), []);
});

test('points, at and latency budgets: a relaxed latency or a point moved out of a budget is listed (#15)', () => {
  const base = `version: 1
models:
  - name: gpt
    path: gpt.onnx
    points: { short: { seq: 128 }, long: { seq: 4096 } }
    budgets:
      flops: { max: 2G }
      latency: { max: 8ms, hardware: [pixel-8-cpu, jetson-orin-nano] }
`;
  const head = base.replace('flops: { max: 2G }', 'flops: { max: 2G, at: short }')
    .replace('latency: { max: 8ms, hardware: [pixel-8-cpu, jetson-orin-nano] }', 'latency: { max: 12ms, hardware: [jetson-orin-nano] }')
    .replace('long: { seq: 4096 }', 'long: { seq: 2048 }');
  assert.deepEqual(diffConfigs(parseConfig(base), parseConfig(head)), [
    { scope: 'model gpt', setting: 'flops at', before: null, after: 'short' },
    { scope: 'model gpt', setting: 'points', before: 'short (seq=128); long (seq=4096)', after: 'short (seq=128); long (seq=2048)' },
    { scope: 'model gpt', setting: 'latency max', before: '8 ms', after: '12 ms' },
    { scope: 'model gpt', setting: 'latency hardware', before: 'pixel-8-cpu, jetson-orin-nano', after: 'jetson-orin-nano' },
  ]);
});
