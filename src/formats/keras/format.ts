/**
 * Keras in the format registry: `.keras` (a zip whose first entry is metadata.json or
 * config.json) and `.h5` (the HDF5 signature; `.weights.h5` ends in `.h5` too). A file with a
 * model config is a graph (costed from its layers) that brings its weights' roles along; a
 * weights-only file is a weights model.
 */
import type { ModelFormat } from '../registry.js';
import { isKerasHead, KERAS_PROBE_BYTES } from './signature.js';

export const kerasFormat: ModelFormat = {
  name: 'keras',
  label: 'Keras',
  kind: 'graph',
  extensions: ['.keras', '.h5'],
  magic: isKerasHead,
  reader: async () => (await import('./format-reader.js')).reader,
  // Datasets and netCDF4 files end in .h5 too: under the default globs only Keras content counts.
  defaultGlobProbe: { extensions: ['.h5'], bytes: KERAS_PROBE_BYTES, isModel: async (prefix, size) => (await import('./reader.js')).isKerasContent(prefix, size), skipped: 'an HDF5 file without Keras content' },
};
