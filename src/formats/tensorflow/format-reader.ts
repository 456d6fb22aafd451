/** TensorFlow's reader for the registry, loaded on first use (formats/tensorflow/format.ts). */
import type { FormatReader } from '../registry.js';
import { isSavedModel } from './format.js';
import { readGraphDefFile, readSavedModelFile, savedModelSideFiles } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    const saved = isSavedModel(path);
    const { weights, graph } = saved ? readSavedModelFile(path) : readGraphDefFile(path);
    if (!graph) return { kind: 'weights', weights, formatVersion: saved ? 'SavedModel' : 'GraphDef' };
    return { kind: 'graph', model: graph, sideFileBytes: 0, weights };
  },
  sideFiles(path, content) {
    return isSavedModel(path) ? savedModelSideFiles(path, content) : [];
  },
};
