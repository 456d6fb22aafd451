/** PyTorch's reader for the registry, loaded on first use (formats/pytorch/format.ts). */
import type { FormatReader } from '../registry.js';
import { readPytorchFile } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    const { weights, container } = readPytorchFile(path);
    return { kind: 'weights', weights, formatVersion: container };
  },
  // Everything a torch.save file holds is inside it.
  sideFiles: () => [],
};
