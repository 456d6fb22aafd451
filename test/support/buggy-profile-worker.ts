/**
 * A profile worker entry for test/io/profile-pool.test.ts: the real worker, except that its
 * profiler has a bug when the model's name says so (`bug-*.onnx`: a TypeError in an op's shape
 * function, which the engine names).
 */
import { serveProfileWorker } from '../../src/io/profile-worker.js';
import { profileLoaded } from '../../src/profile/index.js';
import { registry } from '../../src/ops/index.js';
import { runEngine } from '../../src/shapes/engine.js';

serveProfileWorker(async (loaded, options) => {
  if (loaded.kind === 'graph' && /(^|\/)bug-[^/]*$/.test(options?.displayPath ?? '')) {
    runEngine(loaded.model, (d, op, v) => {
      const def = registry.lookup(d, op, v);
      return def && { ...def, infer: () => { throw new TypeError(`bug in ${op}`); } };
    });
  }
  return profileLoaded(loaded, options);
});
