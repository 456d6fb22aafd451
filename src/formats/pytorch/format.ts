/**
 * PyTorch in the format registry: `.pt`/`.pth`/`.ckpt` by name; a `.bin` only when its first bytes
 * are torch's (the legacy magic-number pickle, or a zip whose first entry is one torch writes),
 * since a `.bin` is as often ONNX external data or any other blob.
 */
import type { ModelFormat } from '../registry.js';
import { hasLegacyMagic, looksLikeTorchZip, readPytorchFile } from './reader.js';

export const pytorchFormat: ModelFormat = {
  name: 'pytorch',
  label: 'PyTorch',
  kind: 'weights',
  extensions: ['.pt', '.pth', '.ckpt'],
  magicOnlyExtensions: ['.bin'],
  magic: (head) => hasLegacyMagic(head) || looksLikeTorchZip(head),
  async read(path) {
    const { weights, container } = readPytorchFile(path);
    return { kind: 'weights', weights, formatVersion: container };
  },
  // Everything a torch.save file holds is inside it.
  sideFiles: () => [],
};
