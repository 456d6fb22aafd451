import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatBytes,
  formatCount,
  formatDelta,
  formatLimitPercent,
  formatPercent,
  isBinaryBytes,
  METRIC_LABELS,
  parseBytes,
  parseCount,
  parsePercent,
  UnitError,
} from '../../src/budget/units.js';

describe('parseCount', () => {
  test('every suffix is a power of 1000', () => {
    assert.equal(parseCount('25'), 25);
    assert.equal(parseCount('2K'), 2_000);
    assert.equal(parseCount('2k'), 2_000);
    assert.equal(parseCount('25M'), 25_000_000);
    assert.equal(parseCount('60G'), 60_000_000_000);
    assert.equal(parseCount('1.5T'), 1_500_000_000_000);
    assert.equal(parseCount('100 M'), 100_000_000);
    assert.equal(parseCount('0.5K'), 500);
    assert.equal(parseCount(1234), 1234);
  });
  test('bad input names the text and the expected units', () => {
    assert.throws(() => parseCount('60X'), { name: 'UnitError', message: '"60X" is not a count (use K/M/G/T)' });
    assert.throws(() => parseCount('25MB'), UnitError);
    assert.throws(() => parseCount('-5M'), UnitError);
    assert.throws(() => parseCount(''), UnitError);
    // Counts, bytes and rates share one grammar (profile/units.ts): an exponent is a number.
    assert.equal(parseCount('1e9'), 1_000_000_000);
    assert.throws(() => parseCount('M'), UnitError);
    assert.throws(() => parseCount(Number.NaN), UnitError);
    assert.throws(() => parseCount(-1), UnitError);
  });
});

describe('parseBytes', () => {
  test('decimal and binary suffixes', () => {
    assert.equal(parseBytes('512'), 512);
    assert.equal(parseBytes('512B'), 512);
    assert.equal(parseBytes('3kB'), 3_000);
    assert.equal(parseBytes('3KB'), 3_000);
    assert.equal(parseBytes('400MB'), 400_000_000);
    assert.equal(parseBytes('2GB'), 2_000_000_000);
    assert.equal(parseBytes('1TB'), 1e12);
    assert.equal(parseBytes('3KiB'), 3 * 1024);
    // 120 MiB = 120 * 1024 * 1024 = 125,829,120
    assert.equal(parseBytes('120MiB'), 125_829_120);
    assert.equal(parseBytes('1.5GiB'), 1.5 * 1024 ** 3);
    assert.equal(parseBytes('1TiB'), 1024 ** 4);
    assert.equal(parseBytes(4096), 4096);
  });
  test('bad input', () => {
    assert.throws(() => parseBytes('100Mb'), {
      message: '"100Mb" is not a byte size (\'b\' means bits; write B for bytes)',
    });
    assert.throws(() => parseBytes('12M'), UnitError);
    assert.throws(() => parseBytes('1 2 MB'), UnitError);
    assert.throws(() => parseBytes('mib'), UnitError);
  });
});

describe('parsePercent', () => {
  test('percent values', () => {
    assert.equal(parsePercent('2%'), 2);
    assert.equal(parsePercent('2.5%'), 2.5);
    assert.equal(parsePercent('0%'), 0);
    assert.equal(parsePercent('150 %'), 150);
  });
  test('the % sign is required', () => {
    assert.throws(() => parsePercent('2'), { message: '"2" is not a percentage (write e.g. 2%)' });
    assert.throws(() => parsePercent(2), UnitError);
    assert.throws(() => parsePercent('-2%'), UnitError);
    assert.throws(() => parsePercent('2%%'), UnitError);
  });
});

describe('formatting', () => {
  test('counts with 3 significant digits', () => {
    assert.equal(formatCount(25_557_032), '25.6 M'); // ResNet-50 params
    assert.equal(formatCount(4_110_000_000), '4.11 G');
    assert.equal(formatCount(1_814_073_344), '1.81 G'); // ResNet-18 MACs
    assert.equal(formatCount(999), '999');
    assert.equal(formatCount(0), '0');
    assert.equal(formatCount(1000), '1.00 K');
    assert.equal(formatCount(123_456), '123 K');
    // 999,950 rounds to 1000 K at 3 digits: carried to the next unit
    assert.equal(formatCount(999_950), '1.00 M');
    assert.equal(formatCount(2.5e12), '2.50 T');
    assert.equal(formatCount(25_000_000, { trim: true }), '25 M');
    assert.equal(formatCount(-3_400_000), '-3.40 M');
  });
  test('bytes in decimal units', () => {
    assert.equal(formatBytes(97_500_000), '97.5 MB');
    assert.equal(formatBytes(512), '512 B');
    assert.equal(formatBytes(46_830_571), '46.8 MB');
    assert.equal(formatBytes(1536), '1.54 kB');
    assert.equal(formatBytes(3.2e9), '3.20 GB');
    assert.equal(formatBytes(125_829_120), '126 MB');
  });
  test('bytes in the binary family when the budget is written in it (issue 13 item 6)', () => {
    // 536,576 B = 524 x 1024: the `524 kB` of the issue is 524 KiB against a `≤ 512 KiB` budget.
    assert.equal(formatBytes(536_576, { binary: true }), '524 KiB');
    // 125,829,120 = 120 x 1024^2; 1,047,552 = 1023 x 1024 stays in KiB with 4 digits, not 1.00e+3.
    assert.equal(formatBytes(125_829_120, { binary: true }), '120 MiB');
    assert.equal(formatBytes(1_047_552, { binary: true }), '1023 KiB');
    assert.equal(formatBytes(1023, { binary: true }), '1023 B');
    assert.equal(formatBytes(1024, { binary: true }), '1.00 KiB');
    assert.equal(isBinaryBytes('120 MiB'), true);
    assert.equal(isBinaryBytes('120MiB'), true);
    assert.equal(isBinaryBytes('120 MB'), false);
    assert.equal(isBinaryBytes(undefined), false);
  });
  test('signed deltas and percentages', () => {
    assert.equal(formatDelta(1_200_000, 'count'), '+1.20 M');
    assert.equal(formatDelta(-3_400, 'bytes'), '-3.40 kB');
    assert.equal(formatDelta(0, 'count'), '±0');
    assert.equal(formatPercent(-3.4), '-3.4%');
    assert.equal(formatPercent(2), '+2.0%');
    assert.equal(formatPercent(0.04), '+<0.1%');
    assert.equal(formatPercent(250), '+250%');
    assert.equal(formatPercent(0), '±0%');
    assert.equal(formatLimitPercent(2), '2%');
    assert.equal(formatLimitPercent(2.5), '2.5%');
  });
  test('memory access is never labelled MAC', () => {
    assert.equal(METRIC_LABELS.memory, 'Memory access');
    assert.equal(METRIC_LABELS.macs, 'MACs');
    for (const [metric, label] of Object.entries(METRIC_LABELS)) {
      if (metric !== 'macs') assert.doesNotMatch(label, /MAC/);
    }
  });
});
