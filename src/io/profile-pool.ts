/**
 * Where profile jobs (profile-job.ts) run: in-process one after another (`jobs: 1`, or when a
 * test injects a profiler), or in a pool of worker threads, so that the profiles of a pull
 * request with many models use every core. A worker runs the program's own entry file
 * (worker-entry.ts), which serves jobs instead of running the program, so it works the same
 * from the ncc bundles and unbundled. Jobs and outcomes are plain data; the main thread keeps
 * git, the temporary folders and the order of the report.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InternalError, ModelBudgetError } from '../graph/errors.js';
import type { InternalErrorContext } from '../graph/errors.js';
import { runProfileJob } from './profile-job.js';
import type { JobOutcome, PlaceSideFiles, ProfileJob, ProfileLoadedFn } from './profile-job.js';
import type { SidePlacement } from './sources.js';
import { PROFILE_WORKER_ARG, PROFILE_WORKER_ROLE, workerEntry } from './worker-entry.js';

/** More workers than this buy little (the main thread's git work and memory per worker grow). */
export const MAX_JOBS = 8;

/** The default `jobs`: one per core, at most MAX_JOBS. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_JOBS));
}

/** A `jobs` flag or input: a whole number from 1 to MAX_JOBS, else null. */
export function parseJobs(text: string): number | null {
  const t = text.trim();
  if (!/^[0-9]{1,2}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= MAX_JOBS ? n : null;
}

export interface JobRunner {
  /** Jobs worth having under way at once (each job's git work overlaps another's profile). */
  readonly lanes: number;
  run(job: ProfileJob, place: PlaceSideFiles): Promise<JobOutcome>;
  /** Ends the workers (a no-op in-process). */
  close(): Promise<void>;
}

/** Main thread -> worker. */
export type MainMessage =
  | { readonly type: 'job'; readonly id: number; readonly job: ProfileJob }
  | { readonly type: 'placed'; readonly id: number; readonly placed: SidePlacement }
  | { readonly type: 'placed'; readonly id: number; readonly error: PlaceError };

export type PlaceError =
  | { readonly kind: 'input'; readonly message: string }
  | { readonly kind: 'internal'; readonly internal: { detail: string; context: InternalErrorContext; stack: string } };

/** Worker -> main thread. */
export type WorkerMessage =
  | { readonly type: 'place'; readonly id: number; readonly paths: string[] }
  | { readonly type: 'done'; readonly id: number; readonly outcome: JobOutcome }
  | { readonly type: 'failed'; readonly id: number; readonly error: { detail: string; context: InternalErrorContext; stack: string } };

/**
 * The runner for a gate run of `count` jobs: workers when `jobs` > 1, there are two jobs or
 * more, and the program registered its entry (worker-entry.ts); otherwise in-process. An
 * injected profiler (tests) runs in-process: a function cannot cross to a worker.
 */
export function jobRunner(jobs: number, count: number, profile?: ProfileLoadedFn): JobRunner {
  const entry = workerEntry();
  const size = Math.min(jobs, count);
  if (size <= 1 || profile !== undefined || entry === null) return inProcessRunner(profile);
  return new WorkerPool(size, entry);
}

export function inProcessRunner(profile?: ProfileLoadedFn): JobRunner {
  // One job after another: the log reads as it always did.
  return { lanes: 1, run: (job, place) => runProfileJob(job, place, profile), close: async () => undefined };
}

interface Pending {
  readonly id: number;
  readonly job: ProfileJob;
  readonly place: PlaceSideFiles;
  readonly resolve: (o: JobOutcome) => void;
  readonly reject: (e: unknown) => void;
}

/** Up to `size` worker threads, started on demand, each running one job at a time. */
export class WorkerPool implements JobRunner {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private readonly dead = new Set<Worker>();
  private started = 0;
  private nextId = 0;
  private closed = false;

  readonly lanes: number;

  constructor(private readonly size: number, private readonly entry: URL) {
    this.lanes = 2 * size;
  }

  run(job: ProfileJob, place: PlaceSideFiles): Promise<JobOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, place, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : null);
      if (!worker) return;
      const p = this.queue.shift()!;
      this.busy.set(worker, p);
      worker.postMessage({ type: 'job', id: p.id, job: p.job } satisfies MainMessage);
    }
  }

  private start(): Worker {
    this.started++;
    const worker = new Worker(this.entry, { argv: [PROFILE_WORKER_ARG], workerData: { role: PROFILE_WORKER_ROLE }, stdout: false, stderr: false });
    worker.on('message', (m: WorkerMessage) => void this.onMessage(worker, m));
    // A worker that dies (out of memory, a crash) takes its job with it: that job is our failure.
    const lost = (why: string): void => {
      if (this.dead.has(worker)) return;
      this.dead.add(worker);
      const p = this.busy.get(worker);
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      this.started--;
      if (p) p.reject(InternalError.wrap(new Error(`profile worker stopped: ${why}`), { model: p.job.path }));
      this.dispatch();
    };
    worker.on('error', (e) => lost(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
    worker.on('exit', (code) => {
      if (!this.closed) lost(`exit code ${code}`);
    });
    return worker;
  }

  private async onMessage(worker: Worker, m: WorkerMessage): Promise<void> {
    const p = this.busy.get(worker);
    if (!p || p.id !== m.id) return;
    if (m.type === 'place') {
      let reply: MainMessage;
      try {
        reply = { type: 'placed', id: m.id, placed: await p.place(m.paths) };
      } catch (e) {
        const w = InternalError.wrap(e, { model: p.job.path });
        reply = { type: 'placed', id: m.id, error: w instanceof ModelBudgetError ? { kind: 'input', message: w.message } : { kind: 'internal', internal: w.toPlain() } };
      }
      worker.postMessage(reply);
      return;
    }
    this.busy.delete(worker);
    this.idle.push(worker);
    if (m.type === 'done') p.resolve(m.outcome);
    else p.reject(InternalError.restore(m.error));
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    for (const p of [...this.busy.values(), ...this.queue]) p.reject(new Error('profile pool closed'));
    this.busy.clear();
    this.queue.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
