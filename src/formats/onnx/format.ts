/** ONNX in the format registry: recognised by its extension (protobuf has no signature). */
import type { ModelFormat } from '../registry.js';
import { externalDataLocations, externalDataLocationsInFile, readOnnxFile } from './reader.js';

export const onnxFormat: ModelFormat = {
  name: 'onnx',
  label: 'ONNX',
  kind: 'graph',
  extensions: ['.onnx'],
  async read(path) {
    const { model, externalDataBytes } = readOnnxFile(path);
    return { kind: 'graph', model, sideFileBytes: externalDataBytes };
  },
  sideFiles(_path, content) {
    // Without the content the locations cannot be known (ONNX names them inside the graph).
    if (content === null) return [];
    return 'bytes' in content ? externalDataLocations(content.bytes) : externalDataLocationsInFile(content.file);
  },
};
