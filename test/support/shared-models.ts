/** Access to ../shared/models (real PyTorch exports and their reference numbers). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests run from build/test/..., two or three levels down). */
export const REPO_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the test file');
    dir = up;
  }
  return dir;
})();

export const SHARED_MODELS = resolve(REPO_ROOT, '..', 'shared', 'models');

export interface ReferenceEntry {
  readonly file: string;
  readonly graph_inputs: ReadonlyArray<{ name: string; dtype: string; shape: Array<number | string> }>;
  readonly profile_inputs: Readonly<Record<string, number[]>>;
  readonly weight_elements: number;
  readonly non_weight_elements: number;
  readonly contraction_macs: number;
  readonly op_histogram: Readonly<Record<string, number>>;
  readonly file_bytes: number;
}

/** Reference entries by model name (keys starting with '_' are notes, not models). */
export function referenceModels(): Array<[string, ReferenceEntry]> {
  const json = JSON.parse(readFileSync(join(SHARED_MODELS, 'reference.json'), 'utf8')) as Record<string, unknown>;
  return Object.entries(json).filter(([k]) => !k.startsWith('_')) as Array<[string, ReferenceEntry]>;
}
