/**
 * Where a path that may not exist yet really is: its nearest existing ancestor with every link
 * resolved, then the rest of the path. What mkdir -p and a write would reach, asked before
 * either runs (a link the checkout holds must not take them outside it).
 */
import { realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

export async function realPathAhead(path: string): Promise<string> {
  const full = resolve(path);
  for (let at = full; ; at = dirname(at)) {
    try {
      return join(await realpath(at), relative(at, full));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Missing (or a link to nothing): look one folder up. Anything else (EACCES, ELOOP) is
      // not an answer: the caller's write would fail there too.
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(at) === at) throw e;
    }
  }
}
