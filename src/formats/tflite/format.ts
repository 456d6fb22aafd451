/** TensorFlow Lite in the format registry: the 'TFL3' FlatBuffers file identifier, or the .tflite name. */
import type { ModelFormat } from '../registry.js';
import { isTflite, readTfliteFile } from './reader.js';

export const tfliteFormat: ModelFormat = {
  name: 'tflite',
  label: 'TensorFlow Lite',
  kind: 'graph',
  extensions: ['.tflite'],
  magic: (head) => isTflite(head),
  async read(path) {
    return { kind: 'graph', model: readTfliteFile(path).model, sideFileBytes: 0 };
  },
  // A TFLite model is one file: buffers past 2 GB live in the same file (offset/size).
  sideFiles: () => [],
};
