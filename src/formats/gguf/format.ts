/**
 * GGUF in the format registry: recognised by its "GGUF" magic or the `.gguf` extension. A split
 * set (`model-00001-of-00003.gguf`, llama.cpp's gguf-split) is one model, which its first split
 * stands for; the other splits are its side files.
 */
import { posix } from 'node:path';
import type { ModelFormat } from '../registry.js';
import { ggufSplitNames, looksLikeGguf } from './signature.js';

export const ggufFormat: ModelFormat = {
  name: 'gguf',
  label: 'GGUF',
  kind: 'weights',
  extensions: ['.gguf'],
  magic: looksLikeGguf,
  reader: async () => (await import('./format-reader.js')).reader,
  modelKey(path) {
    const names = ggufSplitNames(path);
    if (!names) return null;
    const first = posix.join(posix.dirname(path), names.first);
    return { key: first, entries: [...new Set([first, path])] };
  },
};
