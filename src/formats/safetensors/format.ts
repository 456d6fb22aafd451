/**
 * safetensors in the format registry: a single `.safetensors` file or a sharded set (read as
 * one model from its index or any shard; a Hugging Face variant's set,
 * `model.safetensors.index.fp16.json` + `model.fp16-0000N-of-0000M.safetensors`, is a model of
 * its own), recognised by its header (an 8-byte length that fits the file, then `{`) or its name.
 */
import type { ModelFormat } from '../registry.js';
import { looksLikeSafetensors, SAFETENSORS_SET, safetensorsModelKey } from './signature.js';

export const safetensorsFormat: ModelFormat = {
  name: 'safetensors',
  label: 'safetensors',
  kind: 'weights',
  extensions: ['.safetensors', SAFETENSORS_SET.indexSuffix],
  variantExtensions: [SAFETENSORS_SET.indexSuffix],
  magic: looksLikeSafetensors,
  reader: async () => (await import('./format-reader.js')).reader,
  // A shard (`model-00002-of-00004.safetensors`) is its set, which `model.safetensors.index.json`
  // stands for (`model.safetensors.index.fp16.json` for `model.fp16-00002-of-00004.safetensors`).
  modelKey: safetensorsModelKey,
};
