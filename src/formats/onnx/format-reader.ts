/** ONNX's reader for the registry, loaded on first use (formats/onnx/format.ts). */
import type { FormatReader } from '../registry.js';
import { externalDataLocations, externalDataLocationsInFile, openOnnxFile, readOnnxFile } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    const { model, externalDataBytes } = readOnnxFile(path);
    return { kind: 'graph', model, sideFileBytes: externalDataBytes };
  },
  open(path, file) {
    // The external data is named inside the graph: one decode answers both questions.
    const opened = openOnnxFile(path, file);
    return {
      sideFiles: () => [...opened.externalLocations],
      read: async (at) => {
        const { model, externalDataBytes } = opened.read(at);
        return { kind: 'graph', model, sideFileBytes: externalDataBytes };
      },
    };
  },
  sideFiles(_path, content) {
    // Without the content the locations cannot be known (ONNX names them inside the graph).
    if (content === null) return [];
    return 'bytes' in content ? externalDataLocations(content.bytes) : externalDataLocationsInFile(content.file);
  },
};
