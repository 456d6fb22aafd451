/**
 * The CLI's standard output and error, written to the file descriptor itself.
 *
 * Two reasons not to use `process.stdout`:
 * - Its first use builds a stream and loads Node's stream and net modules: 3 to 8 ms of every
 *   `profile` run (issue 14, process start), for one write at the end.
 * - A reader that stops early (`model-budget profile m.onnx --format json | head`) closes the
 *   pipe, and the stream threw EPIPE with a stack trace. Here the rest of the output is dropped,
 *   as other command-line tools do, and the command's exit code stands.
 */
import { writeSync } from 'node:fs';
import module from 'node:module';
import { EXIT, ModelBudgetError } from '../graph/errors.js';

export type Writer = (text: string) => void;

/** Output that cannot be written for another reason than a closed reader (a full disk, a closed descriptor). */
export class OutputError extends ModelBudgetError {
  override name = 'OutputError';
}

/**
 * A writer for `fd`: whole writes, in order. `stream` is the same descriptor's Node stream, used
 * where bytes written to the descriptor would go wrong: a Windows console (it reads them in its
 * code page and garbles µ, — and ≥; Node's stream hands it UTF-16), or a descriptor that is
 * non-blocking and full (EAGAIN: a parent handed over a non-blocking pipe, or the stream was
 * built before, which makes a pipe non-blocking). From then on every write goes through the
 * stream, to keep the order, and Node flushes it before exiting. Any other error than EPIPE
 * throws an OutputError naming `what`; one that the stream meets later calls `late` instead.
 */
export function fdWriter(fd: number, what: string, stream: () => NodeJS.WriteStream, late: (e: OutputError) => void): Writer {
  let readerGone = false;
  let viaStream: NodeJS.WriteStream | undefined;
  let firstWrite = true;
  const failure = (code: string | undefined): OutputError => new OutputError(`cannot write to ${what}: ${code ?? 'unknown error'}`);
  const toStream = (): NodeJS.WriteStream => {
    const s = stream();
    s.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') late(failure(err.code));
    });
    return s;
  };
  return (text) => {
    if (readerGone || text === '') return;
    if (firstWrite) {
      firstWrite = false;
      if (isWindowsConsole(fd)) viaStream = toStream();
    }
    if (viaStream) {
      viaStream.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          readerGone = true;
          return;
        }
        if (code !== 'EAGAIN') throw failure(code);
        viaStream = toStream();
        viaStream.write(bytes.subarray(at));
        return;
      }
    }
  };
}

/** node:tty only on Windows: elsewhere it would load the net and stream modules this file avoids. */
function isWindowsConsole(fd: number): boolean {
  return process.platform === 'win32' && (module.createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** Where failures are told. When it fails too, only the exit code is left to say so. */
export const stderr: Writer = fdWriter(2, 'standard error', () => process.stderr, () => {
  process.exitCode = EXIT.BAD_INPUT;
});

export const stdout: Writer = fdWriter(1, 'standard output', () => process.stdout, (e) => {
  try {
    stderr(`model-budget: ${e.message}\n`);
  } catch {
    // Standard error failed as well: the exit code below is all that is left.
  }
  process.exitCode = EXIT.BAD_INPUT;
});
