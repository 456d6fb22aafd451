import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateOn } from '../../src/budget/latency.js';
import type { NodeProfile, ProfileResult } from '../../src/profile/types.js';

test('memory-bound nodes inside a body are named as the why tables name them (no double slash)', () => {
  // 1 FLOP over 1e9 bytes at 1 TFLOPS / 1 GB/s: 1 s of memory time against 1e-12 s of compute.
  const node = { name: '/layers.0/Add', scope: 'Loop_0/body', opType: 'Add', domain: '', outputShapes: [], params: 0, macs: 0, flops: 1, memoryBytes: 1e9, status: 'ok' } as NodeProfile;
  const profile = { nodes: [node], totals: {} } as unknown as ProfileResult;
  const e = estimateOn(profile, { name: 'x', peakFlops: 1e12, bandwidth: 1e9 } as Parameters<typeof estimateOn>[1]);
  assert.deepEqual(e?.topMemoryBound.map((n) => n.name), ['Loop_0/body/layers.0/Add']);
  assert.equal(e?.seconds, 1);
});
