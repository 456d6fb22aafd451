import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { formatDuration } from '../../src/budget/duration.js';
import { configErrorOf as errorOf } from '../support/config-error.js';

const POINTS = `version: 1
models:
  - name: gpt
    path: models/gpt.onnx
    dims: { batch: 1 }
    points:
      short: { seq: 128 }
      long: { seq: 4096, batch: 8, idx: [8, seq] }
    budgets:
      params: { max: 25M }
      flops: { max: 2G, at: long }
      macs: { max: 1G, at: [short, long] }
      memory: { max: 400MB }
      latency: { max: 8ms, hardware: [jetson-orin-nano, pixel-8-cpu, { name: my-npu, peak-flops: 1.2T, bandwidth: 25GB/s }], at: short }
`;

const withBudgets = (points: string, budgets: string) =>
  `version: 1\nmodels:\n  - path: m.onnx\n${points ? `    points: ${points}\n` : ''}    budgets: ${budgets}\n`;

describe('operating points and latency in the config', () => {
  test('points bind dims and input shapes; at and latency are read', () => {
    const e = parseConfig(POINTS).models[0]!;
    assert.deepEqual(e.points!.map((p) => [p.name, p.dims, p.inputs, p.line]), [
      ['short', { seq: 128 }, {}, 7],
      ['long', { seq: 4096, batch: 8 }, { idx: [8, 'seq'] }, 8],
    ]);
    assert.equal(e.points![1]!.where, '.github/model-budget.yml:8: models[0].points.long');
    assert.deepEqual(e.budgets.flops!.at, ['long']);
    assert.deepEqual(e.budgets.macs!.at, ['short', 'long']);
    assert.equal(e.budgets.memory!.at, undefined);
    const l = e.latency!;
    assert.equal(l.max, 0.008);
    assert.equal(l.text, '≤ 8 ms');
    assert.deepEqual(l.at, ['short']);
    assert.deepEqual(l.hardware.map((h) => h.id), ['jetson-orin-nano', 'pixel-8-cpu', 'my-npu']);
    // 1.2T = 1.2e12 FLOP/s; 25GB/s = 25e9 B/s.
    assert.deepEqual([l.hardware[2]!.peakFlops, l.hardware[2]!.bandwidth], [1.2e12, 25e9]);
  });

  test('errors name the file, the line and the key', () => {
    assert.equal(errorOf(withBudgets('{}', '{}')), '.github/model-budget.yml:4: models[0].points: no points (name at least one, e.g. points: { short: { seq: 128 } }, or remove the key)');
    assert.equal(errorOf(withBudgets('{ short: {} }', '{}')), '.github/model-budget.yml:4: models[0].points.short: binds nothing (give dims, e.g. { seq: 128 }, or input shapes, e.g. { idx: [1, 128] })');
    assert.equal(errorOf(withBudgets('{ short: { seq: 0 } }', '{}')), '.github/model-budget.yml:4: models[0].points.short.seq: 0 is not a dimension (use a whole number >= 1, or a list for an input shape)');
    assert.equal(errorOf(withBudgets('{ short: { seq: 128 } }', '{ flops: { max: 2G, at: lng } }')), '.github/model-budget.yml:5: models[0].budgets.flops.at: "lng" is not a point of this model (points: short)');
    assert.equal(errorOf(withBudgets('', '{ flops: { max: 2G, at: long } }')), ".github/model-budget.yml:4: models[0].budgets.flops.at: this model has no points (add points: { name: { dim: N } } to the entry, before 'budgets')");
    assert.equal(errorOf(withBudgets('{ short: { seq: 128 } }', '{ params: { max: 2G, at: short } }')), ".github/model-budget.yml:5: models[0].budgets.params.at: params does not depend on the operating point, so it takes no 'at'");
    assert.equal(errorOf(withBudgets('', '{ latency: { max: 8ms } }')), '.github/model-budget.yml:4: models[0].budgets.latency.hardware: missing: name the devices, e.g. hardware: [jetson-orin-nano, pixel-8-cpu]');
    assert.match(errorOf(withBudgets('', '{ latency: { max: 8ms, hardware: [jetson-nano] } }')), /^\.github\/model-budget\.yml:4: models\[0\]\.budgets\.latency\.hardware\[0\]: "jetson-nano" is not a hardware preset \(known: .*pixel-8-cpu/);
    assert.equal(errorOf(withBudgets('', '{ latency: { max: 8, hardware: t4 } }')), '.github/model-budget.yml:4: models[0].budgets.latency.max: "8" is not a duration (use ns, us, ms or s, e.g. 8ms)');
    assert.equal(errorOf(withBudgets('', '{ latency: { max: 8ms, hardware: [{ peak-flops: 1.2T }] } }')), '.github/model-budget.yml:4: models[0].budgets.latency.hardware[0]: a custom device needs peak-flops and bandwidth (missing bandwidth)');
    assert.equal(errorOf(withBudgets('', '{ latency: { max: 8ms, hardware: [{ peak-flops: 1.2T, bandwidth: 25Gb/s }] } }')), '.github/model-budget.yml:4: models[0].budgets.latency.hardware[0].bandwidth: "25Gb/s" is not a bandwidth (\'b\' means bits; write B for bytes)');
    assert.equal(errorOf(withBudgets('', '{ latency: { hardware: t4 } }')), '.github/model-budget.yml:4: models[0].budgets.latency: a latency budget needs max or max-increase');
    assert.equal(errorOf(withBudgets('', '{ latency: { max: 8ms, hardware: t4, devices: t4 } }')), '.github/model-budget.yml:4: models[0].budgets.latency.devices: unknown key (expected one of: max, max-increase, level, at, hardware)');
  });

  test('durations are shown with 3 significant digits', () => {
    assert.equal(formatDuration(0.008), '8.00 ms');
    assert.equal(formatDuration(0.000512), '512 µs');
    assert.equal(formatDuration(1.2), '1.20 s');
    assert.equal(formatDuration(0.008, { trim: true }), '8 ms');
  });
});
