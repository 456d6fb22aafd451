/** safetensors' reader for the registry, loaded on first use (formats/safetensors/format.ts). */
import type { FormatReader } from '../registry.js';
import { readSafetensors, safetensorsSideFiles } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    return { kind: 'weights', weights: readSafetensors(path).weights, formatVersion: '' };
  },
  sideFiles(path, content) {
    return safetensorsSideFiles(path, content);
  },
};
