import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeRoofline, roofline } from '../../src/profile/roofline.js';

// A toy machine: 1 TFLOP/s and 100 GB/s, ridge point 1e12 / 1e11 = 10 FLOP/byte.
const hw = { peakFlops: 1e12, bandwidth: 1e11 };

describe('nodeRoofline', () => {
  test('compute-bound node: 2e9 FLOPs / 1e12 = 2 ms beats 1e7 B / 1e11 = 0.1 ms', () => {
    assert.deepEqual(nodeRoofline({ flops: 2e9, bytes: 1e7 }, hw), { latencySeconds: 2e-3, bound: 'compute' });
  });

  test('memory-bound node: 4e8 B / 1e11 = 4 ms beats 1e6 FLOPs / 1e12 = 1 us', () => {
    assert.deepEqual(nodeRoofline({ flops: 1e6, bytes: 4e8 }, hw), { latencySeconds: 4e-3, bound: 'memory' });
  });

  test('exactly at the ridge point counts as compute-bound; no work is neither', () => {
    // 1e9 FLOPs and 1e8 bytes: both take 1 ms
    assert.deepEqual(nodeRoofline({ flops: 1e9, bytes: 1e8 }, hw), { latencySeconds: 1e-3, bound: 'compute' });
    assert.deepEqual(nodeRoofline({ flops: 0, bytes: 0 }, hw), { latencySeconds: 0, bound: 'none' });
  });
});

describe('roofline', () => {
  test('sums per-node maxima, not max of sums', () => {
    const nodes = [
      { flops: 2e9, bytes: 1e7 }, // 2 ms compute
      { flops: 1e6, bytes: 4e8 }, // 4 ms memory
      { flops: 0, bytes: 0 },     // shape-only: 0
      { flops: 3e6, bytes: 1.2e6 }, // 3 us compute vs 12 us memory -> 12 us memory
    ];
    const r = roofline(nodes, hw);
    // 2e-3 + 4e-3 + 0 + 12e-6 = 6.012e-3 s
    assert.ok(Math.abs(r.latencySeconds - 6.012e-3) < 1e-15);
    // total FLOPs 2e9 + 1e6 + 3e6 = 2.004e9; total bytes 1e7 + 4e8 + 1.2e6 = 4.112e8
    assert.equal(r.arithmeticIntensity, 2.004e9 / 4.112e8);
    assert.equal(r.ridgePoint, 10);
    assert.equal(r.computeBoundNodes, 1);
    assert.equal(r.memoryBoundNodes, 2);
    assert.deepEqual(r.nodes.map((n) => n.bound), ['compute', 'memory', 'none', 'memory']);
    // Summing first would give max(2.004e9/1e12, 4.112e8/1e11) = 4.112 ms: less than the per-node sum.
    assert.ok(r.latencySeconds > 4.112e-3);
  });

  test('empty graph', () => {
    const r = roofline([], hw);
    assert.deepEqual([r.latencySeconds, r.arithmeticIntensity, r.computeBoundNodes, r.memoryBoundNodes], [0, 0, 0, 0]);
  });
});
