/** GGUF's reader for the registry, loaded on first use (formats/gguf/format.ts). */
import type { FormatReader } from '../registry.js';
import { ggufSplitNames } from './signature.js';
import { readGgufFile } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    const { weights, gguf } = readGgufFile(path);
    return { kind: 'weights', weights, formatVersion: `v${gguf.version}` };
  },
  sideFiles(path) {
    return ggufSplitNames(path)?.others ?? [];
  },
};
