/**
 * PyTorch in the format registry: `.pt`/`.pth`/`.ckpt` by name; a `.bin` only when its first bytes
 * are torch's (the legacy magic-number pickle, or a zip whose first entry is one torch writes),
 * since a `.bin` is as often ONNX external data or any other blob, or when Hugging Face's name
 * for PyTorch weights says so (`pytorch_model.bin`: a pointer or broken file is then reported).
 * A sharded set (`pytorch_model.bin.index.json` + `pytorch_model-0000N-of-0000M.bin`, a
 * variant's `pytorch_model.bin.index.fp16.json` + `pytorch_model.fp16-0000N-of-0000M.bin`) is one
 * model, read from its index or any shard, as a sharded safetensors set is.
 */
import type { ModelFormat } from '../registry.js';
import { shardSetModelKey } from '../shard-names.js';
import { hasLegacyMagic, looksLikeTorchZip, PYTORCH_SET } from './signature.js';

export const pytorchFormat: ModelFormat = {
  name: 'pytorch',
  label: 'PyTorch',
  kind: 'weights',
  extensions: ['.pt', '.pth', '.ckpt', PYTORCH_SET.indexSuffix],
  variantExtensions: [PYTORCH_SET.indexSuffix],
  magicOnlyExtensions: ['.bin'],
  // Hugging Face's PyTorch weights (transformers, diffusers): plain, variant (`.fp16`), sharded.
  conventionalNames: /^(diffusion_)?pytorch_model(\.[a-z0-9_]+)?(-\d{5}-of-\d{5})?\.bin$/,
  magic: (head) => hasLegacyMagic(head) || looksLikeTorchZip(head),
  reader: async () => (await import('./format-reader.js')).reader,
  // A shard (`pytorch_model-00002-of-00003.bin`) is its set, which `pytorch_model.bin.index.json`
  // stands for (`pytorch_model.bin.index.fp16.json` for `pytorch_model.fp16-00002-of-00003.bin`).
  modelKey: (path) => shardSetModelKey(PYTORCH_SET, path),
};
