/**
 * One long-lived `git cat-file` process answering many object requests in order: the gate used
 * to start one `git cat-file` per question (size, blob, copy) per model and side. `--batch-check`
 * tells an object's id, type and size; `--batch` streams contents, each after its header.
 *
 * Git's answers are input like any other: a header that is not one, a size beyond what the
 * caller can hold (the caller's cap, checked before a byte is kept; an error naming the path,
 * never an allocation of the size git claims), a process that dies or stops answering mid-stream
 * (every waiting request fails with one line saying so; nothing waits for ever).
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { ModelFileError } from '../graph/errors.js';
import { CommandError, commandBusy, commandEnv, countCommand } from './exec.js';

export interface ObjectInfo {
  readonly oid: string;
  readonly type: string;
  readonly size: number;
}

/** Where an object's content goes: told its header first, then fed its bytes, then closed. */
export interface ContentSink<T> {
  /** Called once with the header; an error refuses the content (it is read and dropped, then the request fails with it). */
  begin(info: ObjectInfo): Error | null;
  data(chunk: Buffer): void;
  /** The result once every byte arrived; throws what went wrong while taking them. */
  end(): T;
  /** The request failed (the process died): release what the sink holds. */
  abort(): void;
}

interface Request {
  readonly sink: ContentSink<unknown> | null;
  readonly resolve: (value: unknown) => void;
  readonly reject: (e: unknown) => void;
}

/** Longest header line accepted: `<oid> <type> <size>`, or the name asked for and ` missing`. */
const MAX_HEADER_BYTES = 8192;
const HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) ([a-z]+) (\d{1,15})$/;
/**
 * With `--follow-symlinks`, a link git could not follow inside the tree: the kind and the length
 * of one more line (the link's target, or the name asked for), which is read and dropped.
 */
const UNFOLLOWED_LINK = /^(symlink|dangling|loop|notdir) (\d{1,15})$/;
/** No byte from git for this long while a request waits: it is stuck (a lock, a stalled disk). */
const STALL_MS = 120_000;
/** A process with nothing to do for this long is ended (the next request starts another). */
const IDLE_MS = 5_000;

export type BatchMode = '--batch-check' | '--batch';

export class CatFileBatch {
  private child: ChildProcessWithoutNullStreams | null = null;
  private readonly queue: Request[] = [];
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** The content being read: its request and the bytes still to come (then one LF). */
  private current: { readonly request: Request; left: number; refused: Error | null; readonly link?: ObjectInfo } | null = null;
  private stderr = '';
  private stalled = false;
  private stallTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private busyEnd: (() => void) | null = null;

  constructor(
    private readonly cwd: string,
    readonly mode: BatchMode,
    private readonly limits: { readonly stallMs: number; readonly idleMs: number } = { stallMs: STALL_MS, idleMs: IDLE_MS },
    /**
     * `--follow-symlinks` (`--batch-check` only): `<commit>:<path>` answers for what a link leads
     * to inside the commit's tree (git reads no file on disk); a link it cannot follow there is
     * answered with its kind as the type (`symlink`: out of the tree, `dangling`, `loop`, `notdir`).
     */
    private readonly followSymlinks = false,
  ) {}

  /** Id, type and size of an object name (`<commit>:<path>`, an id), or null when git has none (`--batch-check`). */
  info(name: string): Promise<ObjectInfo | null> {
    if (this.mode !== '--batch-check') throw new Error('CatFileBatch.info needs --batch-check');
    return this.ask(name, null) as Promise<ObjectInfo | null>;
  }

  /** An object's content into `sink`, or null when git has no such object (`--batch`). */
  contents<T>(name: string, sink: ContentSink<T>): Promise<T | null> {
    if (this.mode !== '--batch') throw new Error('CatFileBatch.contents needs --batch');
    return this.ask(name, sink) as Promise<T | null>;
  }

  /** Ends the process (requests still waiting fail). */
  close(): void {
    const child = this.child;
    if (child) this.stopped(child, 0, 'closed');
    child?.stdin.end();
  }

  private ask(name: string, sink: ContentSink<unknown> | null): Promise<unknown> {
    // One name per line: a line break inside one would be read as two requests (git reads a CR
    // before the LF as part of the line break too). Callers pass such paths another way.
    if (/[\r\n]/.test(name)) throw new Error('cat-file --batch: an object name with a line break');
    return new Promise((resolve, reject) => {
      let child: ChildProcessWithoutNullStreams;
      try {
        child = this.process();
      } catch (e) {
        reject(new CommandError(`git cat-file ${this.mode}`, 127, e instanceof Error ? e.message : String(e)));
        return;
      }
      if (this.queue.length === 0) this.working(child);
      this.queue.push({ sink, resolve, reject });
      child.stdin.write(`${name}\n`);
    });
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    countCommand();
    const args = ['cat-file', this.mode, ...(this.followSymlinks ? ['--follow-symlinks'] : [])];
    const child = spawn('git', args, { cwd: this.cwd, env: commandEnv(), stdio: 'pipe' });
    this.child = child;
    this.stderr = '';
    this.stalled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (this.child !== child) return;
      this.armStall(child);
      this.take(child, chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8');
    });
    // A process that exits (or cannot start) while requests wait fails them; the next starts anew.
    child.on('error', (e) => this.stopped(child, 127, e.message));
    child.on('close', (code, signal) => this.stopped(child, code ?? 1, signal ? `killed by ${signal}` : ''));
    // Writing to a process that has just died: its 'close' reports it.
    child.stdin.on('error', () => undefined);
    return child;
  }

  /** Requests are waiting: hold the event loop open, count git as running, watch for a stall. */
  private working(child: ChildProcessWithoutNullStreams): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    child.ref();
    for (const s of [child.stdin, child.stdout, child.stderr]) (s as { ref?: () => void }).ref?.();
    this.busyEnd ??= commandBusy();
    this.armStall(child);
  }

  /** Nothing waits: let the program exit without ending the process, and end it once idle a while. */
  private resting(child: ChildProcessWithoutNullStreams): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = null;
    this.busyEnd?.();
    this.busyEnd = null;
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) (s as { unref?: () => void }).unref?.();
    this.idleTimer = setTimeout(() => {
      if (this.child === child && this.queue.length === 0) this.close();
    }, this.limits.idleMs);
    this.idleTimer.unref();
  }

  private armStall(child: ChildProcessWithoutNullStreams): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => {
      this.stalled = true;
      child.kill('SIGKILL');
      // Not waiting for 'close': a child of git's that holds its output open would delay it.
      this.stopped(child, 124, '');
    }, this.limits.stallMs);
  }

  private stopped(child: ChildProcessWithoutNullStreams, code: number, why: string): void {
    if (this.child !== child) return;
    this.child = null;
    const waiting = this.queue.splice(0);
    const current = this.current;
    this.current = null;
    this.header = [];
    this.headerBytes = 0;
    if (waiting.length > 0 || current) {
      const detail = this.stalled
        ? `no answer for ${this.limits.stallMs / 1000} s`
        : this.stderr.trim().split('\n')[0] || `${why || `exit ${code}`} with ${waiting.length} request${waiting.length === 1 ? '' : 's'} unanswered`;
      const error = new CommandError(`git cat-file ${this.mode}`, code, `stopped mid-stream: ${detail}`);
      for (const r of waiting) {
        r.sink?.abort();
        r.reject(error);
      }
    }
    this.resting(child);
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }

  /** Feeds git's output through the answers, in request order. */
  private take(child: ChildProcessWithoutNullStreams, chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && this.child === child) {
      const cur = this.current;
      if (cur) {
        if (cur.left > 0) {
          const n = Math.min(cur.left, chunk.length - at);
          // The line after an unfollowed link is dropped: nobody asked for its bytes.
          if (cur.refused === null && cur.link === undefined) cur.request.sink!.data(chunk.subarray(at, at + n));
          cur.left -= n;
          at += n;
          continue;
        }
        if (chunk[at] !== 0x0a) return this.broken(child, 'no line break after an object');
        at++;
        this.current = null;
        this.answered(child, () => {
          if (cur.link) return cur.link;
          if (cur.refused) throw cur.refused;
          return cur.request.sink!.end();
        });
        continue;
      }
      const nl = chunk.indexOf(0x0a, at);
      if (nl < 0) {
        this.header.push(chunk.subarray(at));
        this.headerBytes += chunk.length - at;
        if (this.headerBytes > MAX_HEADER_BYTES) return this.broken(child, 'a header line longer than 8 KiB');
        return;
      }
      const line = Buffer.concat([...this.header, chunk.subarray(at, nl)]).toString('utf8');
      this.header = [];
      this.headerBytes = 0;
      at = nl + 1;
      this.headerLine(child, line);
    }
  }

  private headerLine(child: ChildProcessWithoutNullStreams, line: string): void {
    const request = this.queue[0];
    if (!request) return this.broken(child, 'output nobody asked for');
    const m = HEADER.exec(line);
    if (m) {
      const info: ObjectInfo = { oid: m[1]!, type: m[2]!, size: Number(m[3]) };
      if (request.sink === null) return this.answered(child, () => info);
      let refused: Error | null;
      try {
        refused = request.sink.begin(info);
      } catch (e) {
        refused = e instanceof Error ? e : new Error(String(e));
      }
      this.current = { request, left: info.size, refused };
      return;
    }
    const link = this.followSymlinks && request.sink === null ? UNFOLLOWED_LINK.exec(line) : null;
    if (link) {
      this.current = { request, left: Number(link[2]), refused: null, link: { oid: '', type: link[1]!, size: 0 } };
      return;
    }
    if (line.endsWith(' missing') || line.endsWith(' ambiguous')) return this.answered(child, () => null);
    this.broken(child, 'an answer that is not an object header');
  }

  /** Settles the first waiting request with `value()` (or what it throws). */
  private answered(child: ChildProcessWithoutNullStreams, value: () => unknown): void {
    const request = this.queue.shift()!;
    try {
      request.resolve(value());
    } catch (e) {
      request.reject(e);
    }
    if (this.queue.length === 0) this.resting(child);
  }

  /** Output that does not follow the protocol: nothing after it can be trusted. */
  private broken(child: ChildProcessWithoutNullStreams, what: string): void {
    this.stderr = `unexpected output from git (${what})`;
    child.kill('SIGKILL');
    this.stopped(child, 1, '');
  }
}

/** Content kept in memory, at most `cap` bytes: a larger object is refused (an error naming `path`) before a byte is kept. */
export function memorySink(path: string, cap: number): ContentSink<Buffer> {
  let buf: Buffer | null = null;
  let got = 0;
  return {
    begin(info) {
      if (info.size > cap) return new ModelFileError(path, `is ${info.size} bytes in git, more than the ${cap} bytes that may be read into memory`);
      buf = Buffer.allocUnsafe(info.size);
      return null;
    },
    data(chunk) {
      chunk.copy(buf!, got);
      got += chunk.length;
    },
    end: () => buf!.subarray(0, got),
    abort() {
      buf = null;
    },
  };
}

/** Content written to `target` as it arrives (models and weights can be gigabytes). */
export function fileSink(target: string): ContentSink<true> {
  let fd: number | null = null;
  let failed: Error | null = null;
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    begin() {
      fd = openSync(target, 'w');
      return null;
    },
    data(chunk) {
      if (failed || fd === null) return;
      try {
        for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
      } catch (e) {
        // A full disk: the rest of the object is read and dropped, then the request fails.
        failed = e instanceof Error ? e : new Error(String(e));
        close();
      }
    },
    end() {
      close();
      if (failed) throw failed;
      return true;
    },
    abort: close,
  };
}
