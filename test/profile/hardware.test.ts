import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HARDWARE_PRESETS, HardwareOptionError, hardwarePreset, resolveHardware,
} from '../../src/profile/hardware.js';

describe('presets', () => {
  test('ids are unique, lowercase, numbers positive, every preset cites a source', () => {
    const ids = HARDWARE_PRESETS.map((h) => h.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const h of HARDWARE_PRESETS) {
      assert.match(h.id, /^[a-z0-9-]+$/);
      assert.ok(h.peakFlops > 0 && h.bandwidth > 0, h.id);
      assert.ok(h.source.length > 10, h.id);
    }
  });

  test('datasheet numbers of a few presets', () => {
    assert.equal(hardwarePreset('a100')?.peakFlops, 19.5e12);
    assert.equal(hardwarePreset('A100')?.bandwidth, 2039e9);
    assert.equal(hardwarePreset('t4')?.peakFlops, 8.1e12);
    assert.equal(hardwarePreset('t4')?.bandwidth, 320e9);
    // EPYC 9654: 96 cores x 2.4 GHz x 32 FP32 FLOPs/cycle = 7,372.8 GFLOPS; 12 x DDR5-4800 (38.4 GB/s) = 460.8 GB/s
    assert.equal(hardwarePreset('epyc-9654')?.peakFlops, 96 * 2.4e9 * 32);
    assert.equal(hardwarePreset('epyc-9654')?.bandwidth, 12 * 38.4e9);
    // Raspberry Pi 5: 4 cores x 2.4 GHz x 16 = 153.6 GFLOPS
    assert.equal(hardwarePreset('rpi5')?.peakFlops, 4 * 2.4e9 * 16);
    // Jetson Orin Nano: 1024 cores x 2 x 0.625 GHz = 1.28 TFLOPS
    assert.equal(hardwarePreset('jetson-orin-nano')?.peakFlops, 1024 * 2 * 0.625e9);
    assert.equal(hardwarePreset('nope'), undefined);
  });
});

describe('resolveHardware', () => {
  test('no option: no roofline', () => {
    assert.equal(resolveHardware({}), undefined);
  });

  test('preset alone, preset with an override, custom pair', () => {
    assert.equal(resolveHardware({ hardware: 't4' }), hardwarePreset('t4'));
    const over = resolveHardware({ hardware: 't4', bandwidth: '300GB/s' })!;
    assert.equal(over.id, 't4+custom');
    assert.equal(over.peakFlops, 8.1e12);
    assert.equal(over.bandwidth, 300e9);
    const custom = resolveHardware({ peakFlops: '19.5T', bandwidth: '1.5TB/s' })!;
    assert.deepEqual([custom.id, custom.peakFlops, custom.bandwidth], ['custom', 19.5e12, 1.5e12]);
  });

  test('unknown preset lists the known ones; half a custom pair is refused', () => {
    assert.throws(() => resolveHardware({ hardware: 'tpu9' }), (e: unknown) =>
      e instanceof HardwareOptionError && e.message.includes('"tpu9"') && e.message.includes('a100'));
    assert.throws(() => resolveHardware({ peakFlops: '19.5T' }), /both --peak-flops and --bandwidth/);
  });

  test('a unit the parser refuses is a usage error naming the option', () => {
    assert.throws(() => resolveHardware({ peakFlops: 'fast', bandwidth: '1TB/s' }), (e: unknown) =>
      e instanceof HardwareOptionError && e.message === '--peak-flops: "fast" is not a FLOPS rate (use a number with K/M/G/T/P, e.g. 19.5T or 312 TFLOPS)');
    assert.throws(() => resolveHardware({ hardware: 't4', bandwidth: '900Gb/s' }), (e: unknown) =>
      e instanceof HardwareOptionError && /^--bandwidth: .*bits/.test(e.message));
  });
});
