/**
 * PyTorch in the format registry: `.pt`/`.pth`/`.ckpt` by name; a `.bin` only when its first bytes
 * are torch's (the legacy magic-number pickle, or a zip whose first entry is one torch writes),
 * since a `.bin` is as often ONNX external data or any other blob, or when Hugging Face's name
 * for PyTorch weights says so (`pytorch_model.bin`: a pointer or broken file is then reported).
 */
import type { ModelFormat } from '../registry.js';
import { hasLegacyMagic, looksLikeTorchZip } from './signature.js';

export const pytorchFormat: ModelFormat = {
  name: 'pytorch',
  label: 'PyTorch',
  kind: 'weights',
  extensions: ['.pt', '.pth', '.ckpt'],
  magicOnlyExtensions: ['.bin'],
  // Hugging Face's PyTorch weights (transformers, diffusers): plain, variant (`.fp16`), sharded.
  conventionalNames: /^(diffusion_)?pytorch_model(\.[a-z0-9_]+)?(-\d{5}-of-\d{5})?\.bin$/,
  magic: (head) => hasLegacyMagic(head) || looksLikeTorchZip(head),
  reader: async () => (await import('./format-reader.js')).reader,
};
