/**
 * A repository side held in memory (io/sources.ts TreeSource): the files by path, for tests of
 * which models a diff changed without a git repository.
 */
import { writeFileSync } from 'node:fs';
import type { TreeSource } from '../../src/io/sources.js';

export function memoryTree(side: string, files: Record<string, Uint8Array | string>): TreeSource {
  return {
    side,
    description: side,
    diskRoot: null,
    commit: null,
    read: async (p, maxBytes) => (Object.hasOwn(files, p) ? Buffer.from(files[p]!).subarray(0, maxBytes) : null),
    localFile: async () => null,
    list: async () => Object.keys(files).sort(),
    size: async (p) => (Object.hasOwn(files, p) ? Buffer.from(files[p]!).length : null),
    copyTo: async (p, target) => {
      if (!Object.hasOwn(files, p)) return false;
      writeFileSync(target, files[p]!);
      return true;
    },
  };
}
