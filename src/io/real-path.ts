/**
 * Where a path that may not exist yet really is: its nearest existing ancestor with every link
 * resolved, then the rest of the path. What mkdir -p and a write would reach, asked before
 * either runs (a link the checkout holds must not take them outside it).
 */
import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/** Whether a failure to resolve `at` means "look one folder up": missing, or a link to nothing. */
function isAhead(e: unknown, at: string): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  // Anything else (EACCES, ELOOP) is not an answer: the caller's write would fail there too.
  return (code === 'ENOENT' || code === 'ENOTDIR') && dirname(at) !== at;
}

export async function realPathAhead(path: string): Promise<string> {
  const full = resolve(path);
  for (let at = full; ; at = dirname(at)) {
    try {
      return join(await realpath(at), relative(at, full));
    } catch (e) {
      if (!isAhead(e, at)) throw e;
    }
  }
}

/** realPathAhead, synchronous: for the CLI's start-up, before anything asynchronous runs. */
export function realPathAheadSync(path: string): string {
  const full = resolve(path);
  for (let at = full; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), relative(at, full));
    } catch (e) {
      if (!isAhead(e, at)) throw e;
    }
  }
}
