/** GGUF in the format registry: recognised by its "GGUF" magic or the `.gguf` extension. */
import type { ModelFormat } from '../registry.js';
import { looksLikeGguf, readGgufFile } from './reader.js';

export const ggufFormat: ModelFormat = {
  name: 'gguf',
  label: 'GGUF',
  kind: 'weights',
  extensions: ['.gguf'],
  magic: looksLikeGguf,
  async read(path) {
    const { weights, gguf } = readGgufFile(path);
    return { kind: 'weights', weights, formatVersion: `v${gguf.version}` };
  },
  sideFiles() {
    return [];
  },
};
