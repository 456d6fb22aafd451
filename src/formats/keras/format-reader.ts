/** Keras's reader for the registry, loaded on first use (formats/keras/format.ts). */
import type { FormatReader } from '../registry.js';
import { readKerasFile } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    const { weights, graph, formatVersion } = readKerasFile(path);
    if (!graph) return { kind: 'weights', weights, formatVersion };
    return { kind: 'graph', model: graph.model, sideFileBytes: 0, weights };
  },
  // A Keras file holds its config and weights.
  sideFiles: () => [],
};
