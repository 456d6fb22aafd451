/**
 * Child-process plumbing shared by the git and LFS helpers. Every command gets a timeout so a
 * credential prompt or a stuck network fetch can never hang a CI job.
 */
import { EnvironmentError } from '../graph/errors.js';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { closeSync, openSync } from 'node:fs';

export interface CommandResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export interface CommandOptions {
  readonly cwd: string;
  /** Bytes written to stdin (then closed). */
  readonly input?: Buffer | string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  /** Stream stdout into this file instead of collecting it (blobs and LFS objects can be GBs). */
  readonly stdoutFile?: string;
  /** Keep at most this many bytes of stdout, then stop the command (a probe of a blob's start). */
  readonly maxStdoutBytes?: number;
}

/** A command that exited non-zero (or could not start); message is one line for the log. */
export class CommandError extends EnvironmentError {
  override name = 'CommandError';
  constructor(readonly command: string, readonly code: number, readonly stderr: string) {
    super(`\`${command}\` failed (exit ${code}): ${firstLine(stderr) || 'no error output'}`);
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** Commands run so far, and the wall time during which at least one was running (overlaps counted once). */
const usage = { runs: 0, busyMs: 0, active: 0, since: 0 };

/**
 * How many external commands (git, git-lfs) this process ran and for how long, for `check
 * --verbose`: the bench tells the gate's own time from the git work with it.
 */
export function commandUsage(): { readonly runs: number; readonly busyMs: number } {
  return { runs: usage.runs, busyMs: usage.busyMs + (usage.active > 0 ? performance.now() - usage.since : 0) };
}

/** Counts a process started (a long-lived one, git-batch.ts, counts once however much it answers). */
export function countCommand(): void {
  usage.runs++;
}

/** Marks a command as working until the returned function is called (once; later calls do nothing). */
export function commandBusy(): () => void {
  if (usage.active++ === 0) usage.since = performance.now();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--usage.active === 0) usage.busyMs += performance.now() - usage.since;
  };
}

/** The environment of a command: never let git ask for credentials on a terminal that nobody watches. */
export function commandEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, GIT_TERMINAL_PROMPT: '0' };
}

/** Runs a command without a shell and collects its output; never throws for a non-zero exit. */
export function runCommand(cmd: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  return new Promise((resolve) => {
    const outFd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, 'w');
    // Starting a process costs this thread too (fork, exec): that is part of the command's time.
    countCommand();
    const idle = commandBusy();
    let child: ChildProcess;
    try {
      child = spawn(cmd, args, {
        cwd: options.cwd,
        env: commandEnv(options.env),
        stdio: ['pipe', outFd ?? 'pipe', 'pipe'],
      });
    } catch (e) {
      idle();
      throw e;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;
    const finish = (result: CommandResult): void => {
      if (settled) return;
      settled = true;
      idle();
      clearTimeout(timer);
      if (outFd !== undefined) closeSync(outFd);
      resolve(result);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ code: 124, stdout: Buffer.concat(out), stderr: `timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` });
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let outBytes = 0;
    child.stdout?.on('data', (c: Buffer) => {
      if (settled) return;
      out.push(c);
      outBytes += c.length;
      if (options.maxStdoutBytes !== undefined && outBytes >= options.maxStdoutBytes) {
        // Enough for the caller: what is left is not read (and not held in memory).
        child.kill('SIGKILL');
        finish({ code: 0, stdout: Buffer.concat(out).subarray(0, options.maxStdoutBytes), stderr: '' });
      }
    });
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => finish({ code: 127, stdout: Buffer.alloc(0), stderr: e.message }));
    child.on('close', (code) => finish({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    // A command that exits before reading stdin closes the pipe; that is not our error.
    const stdin = child.stdin!;
    stdin.on('error', () => undefined);
    if (options.input !== undefined) stdin.end(options.input);
    else stdin.end();
  });
}

/** Runs a command and throws CommandError unless it exits 0. */
export async function runChecked(cmd: string, args: readonly string[], options: CommandOptions): Promise<Buffer> {
  const result = await runCommand(cmd, args, options);
  if (result.code !== 0) throw new CommandError([cmd, ...args].join(' '), result.code, result.stderr);
  return result.stdout;
}
