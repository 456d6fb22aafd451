import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_TEXT, parseBandwidth, parseBytes, parseCount, parseDuration, parseFlops, parsePercent, UnitError,
} from '../../src/profile/units.js';

/** Every parser refuses these: signs, non-numbers, overflow, two dots, a 10 KB number. */
const HOSTILE = ['1e309', 'NaN', 'Infinity', '-1', '+1', '1.2.3T', '9'.repeat(10_000), '', ' ', '.', 'e3', '1e99999', '0x10', '1_000', '1\n::error ::x'];

function refusedByAll(text: string): void {
  for (const parse of [parseCount, parseBytes, parseFlops, parseBandwidth, parseDuration, parsePercent]) {
    assert.throws(() => parse(text), (e: unknown) => e instanceof UnitError && !e.message.includes('\n'), `${parse.name}(${JSON.stringify(text.slice(0, 20))})`);
  }
}

describe('the number grammar shared by every unit', () => {
  test('hostile strings are one-line UnitErrors for every parser', () => {
    for (const text of HOSTILE) refusedByAll(text);
  });
  test('an overflowing value says it is too large; a long text is cut short in the message', () => {
    assert.throws(() => parseCount('1e309'), { message: '"1e309" is not a count (too large)' });
    // 1e300 x 1e18 (E) overflows a double even though the number itself does not
    assert.throws(() => parseCount('1e300E'), { message: '"1e300E" is not a count (too large)' });
    const long = '9'.repeat(10_000);
    assert.throws(() => parseBytes(long), { message: `"${'9'.repeat(32)}…" is not a byte size (longer than ${MAX_TEXT} characters)` });
  });
  test('control characters in the text are escaped in the message', () => {
    assert.throws(() => parseCount('1\n::error ::x'), { message: '"1\\n::error ::x" is not a count (use K/M/G/T)' });
  });
  test('decimal scaling is rounded once: 0.1T is exactly 1e11 (0.1 * 1e12 in doubles is not always exact)', () => {
    assert.equal(parseCount('0.1T'), 100_000_000_000);
    assert.equal(parseCount('0.3M'), 300_000);
    assert.equal(parseFlops('1.1T'), 1.1e12);
    assert.equal(parseCount('.5K'), 500);
    assert.equal(parseCount('1.'), 1);
    assert.equal(parseCount('2E9'), 2e9);
  });
  test('YAML numbers: finite and not negative (rates: positive); durations and percentages need their unit', () => {
    assert.equal(parseCount(1234), 1234);
    assert.equal(parseBytes(0), 0);
    assert.equal(parseFlops(2e12), 2e12);
    for (const n of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      assert.throws(() => parseCount(n), UnitError);
      assert.throws(() => parseBytes(n), UnitError);
    }
    assert.throws(() => parseFlops(0), { message: '"0" is not a FLOPS rate (must be greater than 0)' });
    assert.throws(() => parseDuration(8), UnitError);
    assert.throws(() => parsePercent(2), UnitError);
  });
});

describe('parseCount: SI prefixes, powers of 1000', () => {
  test('k/K, M, G, T, P, E', () => {
    assert.equal(parseCount('2k'), 2_000);
    assert.equal(parseCount('2K'), 2_000);
    assert.equal(parseCount('25 M'), 25_000_000);
    assert.equal(parseCount('60G'), 60e9);
    assert.equal(parseCount('1.5T'), 1.5e12);
    assert.equal(parseCount('3P'), 3e15);
    assert.equal(parseCount('1E'), 1e18);
  });
  test('SI case: m would be milli; bytes are not counts', () => {
    assert.throws(() => parseCount('25m'), { message: '"25m" is not a count (use K/M/G/T)' });
    assert.throws(() => parseCount('60g'), UnitError);
    assert.throws(() => parseCount('25MB'), UnitError);
  });
});

describe('parseBytes: SI (1000) and IEC (1024) prefixes, B required after a prefix', () => {
  test('decimal and binary', () => {
    assert.equal(parseBytes('512'), 512);
    assert.equal(parseBytes('512 B'), 512);
    assert.equal(parseBytes('3kB'), 3_000);
    assert.equal(parseBytes('3KB'), 3_000);
    assert.equal(parseBytes('2PB'), 2e15);
    // 120 MiB = 120 x 2^20 = 125,829,120
    assert.equal(parseBytes('120MiB'), 125_829_120);
    // 1 EiB = 2^60 = 1,152,921,504,606,846,976
    assert.equal(parseBytes('1EiB'), 2 ** 60);
  });
  test('bits, bare prefixes and unknown prefixes are refused', () => {
    assert.throws(() => parseBytes('100Mb'), /'b' means bits/);
    assert.throws(() => parseBytes('12M'), { message: '"12M" is not a byte size (use B, kB/MB/GB/TB or KiB/MiB/GiB/TiB)' });
    assert.throws(() => parseBytes('3XB'), UnitError);
    assert.throws(() => parseBytes('3iB'), UnitError);
    assert.throws(() => parseBytes('3mB'), UnitError);
  });
});

describe('parseFlops: hardware rate, FLOP per second', () => {
  test('prefixes with or without the unit', () => {
    assert.equal(parseFlops('19.5T'), 19.5e12);
    assert.equal(parseFlops('19.5 TFLOPS'), 19.5e12);
    assert.equal(parseFlops('312TFLOP/s'), 312e12);
    assert.equal(parseFlops('1.2T'), 1.2e12);
    assert.equal(parseFlops('153.6 Gflops'), 153.6e9);
    assert.equal(parseFlops('500k'), 500e3);
    assert.equal(parseFlops('1.2e13'), 1.2e13);
    assert.equal(parseFlops('  8.1T  '), 8.1e12);
  });
  test('positive, SI case', () => {
    assert.throws(() => parseFlops('0T'), /greater than 0/);
    assert.throws(() => parseFlops('19.5t'), UnitError);
    assert.throws(() => parseFlops('19.5X'), UnitError);
    assert.throws(() => parseFlops('fast'), { message: '"fast" is not a FLOPS rate (use a number with K/M/G/T/P, e.g. 19.5T or 312 TFLOPS)' });
  });
});

describe('parseBandwidth: bytes per second', () => {
  test('bytes with an optional /s or ps', () => {
    assert.equal(parseBandwidth('25GB/s'), 25e9);
    assert.equal(parseBandwidth('900 GB/s'), 900e9);
    assert.equal(parseBandwidth('2039GBps'), 2039e9);
    assert.equal(parseBandwidth('100kB/s'), 100e3);
    // 1 TiB = 2^40 = 1,099,511,627,776 bytes; 1.5 GiB = 1.5 x 2^30 = 1,610,612,736
    assert.equal(parseBandwidth('1TiB/s'), 1_099_511_627_776);
    assert.equal(parseBandwidth('1.5 GiB/s'), 1_610_612_736);
    assert.equal(parseBandwidth('2e12'), 2e12);
  });
  test('bits, a bare prefix and zero are refused', () => {
    assert.throws(() => parseBandwidth('900Gb/s'), { message: '"900Gb/s" is not a bandwidth (\'b\' means bits; write B for bytes)' });
    assert.throws(() => parseBandwidth('1.5T'), UnitError);
    assert.throws(() => parseBandwidth('0GB/s'), /greater than 0/);
    assert.throws(() => parseBandwidth('25GB/s/s'), UnitError);
  });
});

describe('hardware rates below 1 per second', () => {
  test('are refused: the roofline would divide by them past the largest double', () => {
    // 8.1 TFLOPS / 1e-300 B/s is a ridge point of 8.1e312 FLOP/byte: Infinity, null in the JSON
    // (whose schema says a positive number), and a 1 MB node takes 1e306 s. No device is this slow.
    assert.throws(() => parseBandwidth('1e-300'), { message: '"1e-300" is not a bandwidth (below 1 byte per second)' });
    assert.throws(() => parseBandwidth('0.5B/s'), /below 1 byte per second/);
    assert.throws(() => parseFlops('1e-320'), { message: '"1e-320" is not a FLOPS rate (below 1 FLOP per second)' });
    assert.throws(() => parseFlops(1e-320), /below 1 FLOP per second/);
    assert.equal(parseFlops('1'), 1);
    assert.equal(parseBandwidth('1B/s'), 1);
  });
});

describe('parseDuration: seconds', () => {
  test('ns, us/µs, ms, s', () => {
    assert.equal(parseDuration('8ms'), 0.008);
    assert.equal(parseDuration('8 ms'), 0.008);
    assert.equal(parseDuration('1.5s'), 1.5);
    assert.equal(parseDuration('250us'), 0.00025);
    assert.equal(parseDuration('250µs'), 0.00025);
    assert.equal(parseDuration('100ns'), 1e-7);
  });
  test('the unit is required; zero and unknown units are refused', () => {
    assert.throws(() => parseDuration('8'), { message: '"8" is not a duration (use ns, us, ms or s, e.g. 8ms)' });
    assert.throws(() => parseDuration('0ms'), /greater than 0/);
    assert.throws(() => parseDuration('8MS'), UnitError);
    assert.throws(() => parseDuration('1min'), UnitError);
  });
});

describe('parsePercent', () => {
  test('number and %', () => {
    assert.equal(parsePercent('2%'), 2);
    assert.equal(parsePercent('2.5 %'), 2.5);
    assert.equal(parsePercent('0%'), 0);
    assert.throws(() => parsePercent('2'), { message: '"2" is not a percentage (write e.g. 2%)' });
    assert.throws(() => parsePercent('2%%'), UnitError);
  });
});
