/**
 * A profile worker thread: runs the jobs the pool (profile-pool.ts) posts, one at a time, and
 * asks the main thread to place side files. Results cross as plain data; a bug of ours crosses
 * as the parts of an InternalError (message, model, op, original stack).
 */
import { parentPort } from 'node:worker_threads';
import { InternalError, ModelBudgetError } from '../graph/errors.js';
import { runProfileJob } from './profile-job.js';
import type { ProfileJob, ProfileLoadedFn } from './profile-job.js';
import type { SidePlacement } from './sources.js';
import type { MainMessage, PlaceError, WorkerMessage } from './profile-pool.js';

/** `profile` is replaced by tests only (a worker entry of their own whose profiler has a bug). */
export function serveProfileWorker(profile?: ProfileLoadedFn): void {
  const port = parentPort;
  if (!port) throw new Error('serveProfileWorker: not in a worker thread');
  const waiting = new Map<number, { resolve: (r: SidePlacement) => void; reject: (e: unknown) => void }>();
  const send = (m: WorkerMessage): void => port.postMessage(m);
  const run = async (id: number, job: ProfileJob): Promise<void> => {
    const place = (paths: readonly string[]): Promise<SidePlacement> =>
      new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ type: 'place', id, paths: [...paths] });
      });
    try {
      send({ type: 'done', id, outcome: await runProfileJob(job, place, profile) });
    } catch (e) {
      // runProfileJob turns every ModelBudgetError into an outcome: only our bugs reach here.
      const w = InternalError.wrap(e, { model: job.path });
      if (w instanceof InternalError) send({ type: 'failed', id, error: w.toPlain() });
      else send({ type: 'done', id, outcome: { kind: 'unreadable', error: w.message, ms: 0 } });
    }
  };
  port.on('message', (m: MainMessage) => {
    if (m.type === 'job') {
      void run(m.id, m.job);
      return;
    }
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (!w) return;
    if ('placed' in m) w.resolve(m.placed);
    else w.reject(placeError(m.error));
  });
}

/** The main thread's failure to place a side file, as the error it was there. */
function placeError(e: PlaceError): Error {
  return e.kind === 'input' ? new ModelBudgetError(e.message) : InternalError.restore(e.internal);
}
