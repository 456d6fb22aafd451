/**
 * runLanes (io/pipeline.ts): a failing task must not let the caller's cleanup (temporary
 * folders, workers) run while another lane is still working; the first failure is reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLanes } from '../../src/io/pipeline.js';

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('a lane that fails waits for the other lanes to end, then the first failure is thrown', async () => {
  const events: string[] = [];
  const tasks = [
    async () => {
      await tick(5);
      events.push('a failed');
      throw new Error('first');
    },
    async () => {
      await tick(60);
      events.push('b ended');
      throw new Error('second');
    },
    async () => void events.push('c ran'),
  ];
  await assert.rejects(runLanes(tasks, 2), /^Error: first$/);
  // Before the fix runLanes rejected as soon as 'a' failed, while 'b' was still running.
  events.push('runLanes returned');
  assert.deepEqual(events, ['a failed', 'b ended', 'runLanes returned'], 'c, not started when a failed, never runs');
});

test('without failures every task runs, on at most `lanes` at once', async () => {
  let running = 0;
  let most = 0;
  let done = 0;
  const tasks = Array.from({ length: 7 }, () => async () => {
    most = Math.max(most, ++running);
    await tick(2);
    running--;
    done++;
  });
  await runLanes(tasks, 3);
  assert.equal(done, 7);
  assert.equal(most, 3);
});
