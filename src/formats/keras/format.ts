/**
 * Keras in the format registry: `.keras` (a zip whose first entry is metadata.json or
 * config.json) and `.h5` (the HDF5 signature; `.weights.h5` ends in `.h5` too). A file with a
 * model config is a graph (costed from its layers) that brings its weights' roles along; a
 * weights-only file is a weights model.
 */
import type { ModelFormat } from '../registry.js';
import { isKerasHead, KERAS_PROBE_BYTES } from './signature.js';

/** A zip's first local header names metadata.json or config.json (Keras 3 writes them first). */
function looksLikeKerasZip(head: Uint8Array): boolean {
  if (head.length < 30 || head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04) return false;
  const nameLength = head[26]! | (head[27]! << 8);
  const name = String.fromCharCode(...head.subarray(30, 30 + nameLength));
  return name === 'metadata.json' || name === 'config.json';
}

export const kerasFormat: ModelFormat = {
  name: 'keras',
  label: 'Keras',
  kind: 'graph',
  extensions: ['.keras', '.h5'],
  magic: (head) => isKerasHead(head) || looksLikeKerasZip(head),
  reader: async () => (await import('./format-reader.js')).reader,
  // Datasets and netCDF4 files end in .h5 too: under the default globs only Keras content counts.
  defaultGlobProbe: { extensions: ['.h5'], bytes: KERAS_PROBE_BYTES, isModel: async (prefix, size) => (await import('./reader.js')).isKerasContent(prefix, size), skipped: 'an HDF5 file without Keras content' },
};
