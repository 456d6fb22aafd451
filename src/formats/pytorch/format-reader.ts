/** PyTorch's reader for the registry, loaded on first use (formats/pytorch/format.ts). */
import { basename } from 'node:path';
import type { FormatReader } from '../registry.js';
import { isShardSetFile, shardSetSideFiles } from '../shard-set.js';
import { hfConfigSideFiles } from './hf-quantization.js';
import { readPytorchFile, readPytorchSet } from './reader.js';
import { PYTORCH_SET } from './signature.js';

export const reader: FormatReader = {
  async read(path) {
    const { weights, container } = isShardSetFile(PYTORCH_SET, basename(path)) ? readPytorchSet(path) : readPytorchFile(path);
    return { kind: 'weights', weights, formatVersion: container };
  },
  // Everything a torch.save file holds is inside it; a sharded set's index and shards are beside
  // it; a Hugging Face .bin's config.json may say how GPTQ/AWQ tensors are packed (io/ leaves a
  // missing one missing).
  sideFiles: (path, content) => [...(isShardSetFile(PYTORCH_SET, basename(path)) ? shardSetSideFiles(PYTORCH_SET, path, content) : []), ...hfConfigSideFiles(path)],
};
