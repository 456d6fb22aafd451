/**
 * safetensors in the format registry: a single `.safetensors` file or a sharded set (read as
 * one model from its index or any shard), recognised by its header (an 8-byte length that fits
 * the file, then `{`) or its name.
 */
import type { ModelFormat } from '../registry.js';
import { looksLikeSafetensors, safetensorsModelKey } from './signature.js';

export const safetensorsFormat: ModelFormat = {
  name: 'safetensors',
  label: 'safetensors',
  kind: 'weights',
  extensions: ['.safetensors', '.safetensors.index.json'],
  magic: looksLikeSafetensors,
  reader: async () => (await import('./format-reader.js')).reader,
  // A shard (`model-00002-of-00004.safetensors`) is its set, which `model.safetensors.index.json` stands for.
  modelKey: safetensorsModelKey,
};
