/** PyTorch's reader for the registry, loaded on first use (formats/pytorch/format.ts). */
import type { FormatReader } from '../registry.js';
import { hfConfigSideFiles } from './hf-quantization.js';
import { readPytorchFile } from './reader.js';

export const reader: FormatReader = {
  async read(path) {
    const { weights, container } = readPytorchFile(path);
    return { kind: 'weights', weights, formatVersion: container };
  },
  // Everything a torch.save file holds is inside it; a Hugging Face .bin's config.json may say
  // how GPTQ/AWQ tensors are packed (io/ leaves a missing one missing).
  sideFiles: (path) => hfConfigSideFiles(path),
};
