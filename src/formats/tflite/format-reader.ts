/** TensorFlow Lite's reader for the registry, loaded on first use (formats/tflite/format.ts). */
import type { FormatReader } from '../registry.js';
import { readTfliteFile } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    return { kind: 'graph', model: readTfliteFile(path).model, sideFileBytes: 0 };
  },
  // A TFLite model is one file: buffers past 2 GB live in the same file (offset/size).
  sideFiles: () => [],
};
