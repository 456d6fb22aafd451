/** ExactSum: double sums while every partial sum is a safe integer, BigInt from the first that is not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExactSum } from '../../src/shapes/exact.js';

const cost = (macs: number, flops = macs, bytes = 0) => ({ cost: { macs, flops, bytes } });

test('safe integer terms add as doubles; fractional ones are rounded first', () => {
  const s = new ExactSum();
  s.add(cost(3, 6, 10));
  s.add(cost(2.5, 0.4, 1.5)); // rounded: 3, 0, 2
  assert.deepEqual(s.safeNumbers(), { macs: 6, flops: 6, bytes: 12 });
});

test('a term beyond 2^53 moves the sums to BigInt, exactly', () => {
  const s = new ExactSum();
  s.add(cost(-10));
  // 2^53 + 2 is an integer but not a safe one: added as a double it would pass the sum check
  // (2^53 - 8) and lose nothing visible, yet its exact value must be kept.
  s.add(cost(2 ** 53 + 2, 0));
  assert.equal(s.safeNumbers(), undefined);
  assert.equal(s.value().macs, 2n ** 53n + 2n - 10n);
});

test('safe terms whose sum passes 2^53 move to BigInt at that term', () => {
  const s = new ExactSum();
  s.add(cost(Number.MAX_SAFE_INTEGER));
  s.add(cost(2));
  assert.equal(s.safeNumbers(), undefined);
  assert.equal(s.value().macs, 2n ** 53n + 1n);
});
