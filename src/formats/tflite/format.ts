/** TensorFlow Lite in the format registry: the 'TFL3' FlatBuffers file identifier, or the .tflite name. */
import type { ModelFormat } from '../registry.js';
import { isTflite } from './signature.js';

export const tfliteFormat: ModelFormat = {
  name: 'tflite',
  label: 'TensorFlow Lite',
  kind: 'graph',
  extensions: ['.tflite'],
  magic: (head) => isTflite(head),
  reader: async () => (await import('./format-reader.js')).reader,
};
