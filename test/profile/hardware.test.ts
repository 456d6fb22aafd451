import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HARDWARE_PRESETS, HardwareOptionError, hardwarePreset, parseBandwidth, parseFlopsRate, resolveHardware,
} from '../../src/profile/hardware.js';

describe('parseFlopsRate', () => {
  test('decimal prefixes, with or without the FLOPS unit', () => {
    assert.equal(parseFlopsRate('19.5T'), 19.5e12);
    assert.equal(parseFlopsRate('19.5 TFLOPS'), 19.5e12);
    assert.equal(parseFlopsRate('312TFLOP/s'), 312e12);
    assert.equal(parseFlopsRate('153.6g'), 153.6e9);
    assert.equal(parseFlopsRate('2P'), 2e15);
    assert.equal(parseFlopsRate('500k'), 500e3);
    assert.equal(parseFlopsRate('1.2e13'), 1.2e13);
    assert.equal(parseFlopsRate('  8.1T  '), 8.1e12);
  });

  test('rejects what it cannot read, with the text in the message', () => {
    assert.throws(() => parseFlopsRate('fast'), (e: unknown) => e instanceof HardwareOptionError && /'fast'/.test(e.message));
    assert.throws(() => parseFlopsRate('19.5X'), HardwareOptionError);
    assert.throws(() => parseFlopsRate('0T'), /positive/);
    assert.throws(() => parseFlopsRate('-3T'), HardwareOptionError);
  });
});

describe('parseBandwidth', () => {
  test('decimal and binary prefixes', () => {
    assert.equal(parseBandwidth('1.5TB/s'), 1.5e12);
    assert.equal(parseBandwidth('900 GB/s'), 900e9);
    assert.equal(parseBandwidth('68GB/s'), 68e9);
    assert.equal(parseBandwidth('2039GBps'), 2039e9);
    assert.equal(parseBandwidth('100kB/s'), 100e3);
    // 1 TiB = 2^40 = 1,099,511,627,776 bytes
    assert.equal(parseBandwidth('1TiB/s'), 1099511627776);
    // 1.5 GiB = 1.5 * 2^30 = 1,610,612,736
    assert.equal(parseBandwidth('1.5 GiB/s'), 1610612736);
    assert.equal(parseBandwidth('2e12'), 2e12);
    assert.equal(parseBandwidth('1.5T'), 1.5e12);
  });

  test('refuses bits and nonsense', () => {
    assert.throws(() => parseBandwidth('900Gb/s'), /bits/);
    assert.throws(() => parseBandwidth('lots'), HardwareOptionError);
    assert.throws(() => parseBandwidth('0GB/s'), /positive/);
  });
});

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
      e instanceof HardwareOptionError && e.message.includes("'tpu9'") && e.message.includes('a100'));
    assert.throws(() => resolveHardware({ peakFlops: '19.5T' }), /both --peak-flops and --bandwidth/);
  });
});
