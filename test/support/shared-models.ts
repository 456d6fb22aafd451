/**
 * Access to ../shared/models (real PyTorch exports and their reference numbers), which only the
 * reference suite (`npm run test:reference`) and the fixture script use: `npm test` runs on the
 * committed fixtures (test/support/model-fixtures.ts) and never needs it.
 */
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

/** The reference.json fields the tests use (the file has more: peers, torch_params, ...). */
export interface ReferenceEntry {
  readonly file: string;
  readonly graph_inputs: ReadonlyArray<{ name: string; dtype: string; shape: Array<number | string> }>;
  readonly profile_inputs: Readonly<Record<string, number[]>>;
  readonly weight_elements: number;
  readonly non_weight_elements: number;
  readonly contraction_macs: number;
  readonly op_histogram: Readonly<Record<string, number>>;
}

export const REFERENCE_FIELDS = [
  'file', 'graph_inputs', 'profile_inputs', 'weight_elements', 'non_weight_elements', 'contraction_macs', 'op_histogram',
] as const satisfies ReadonlyArray<keyof ReferenceEntry>;

/** Why the reference suite cannot run here, or undefined when ../shared/models is present. */
export function sharedModelsMissing(): string | undefined {
  const file = join(SHARED_MODELS, 'reference.json');
  return existsSync(file) ? undefined : `${file} not found: the reference suite needs ../shared/models beside the repository`;
}

/** Reference entries by model name (keys starting with '_' are notes, not models). */
export function referenceModels(): Array<[string, ReferenceEntry]> {
  const json = JSON.parse(readFileSync(join(SHARED_MODELS, 'reference.json'), 'utf8')) as Record<string, unknown>;
  return Object.entries(json).filter(([k]) => !k.startsWith('_')) as Array<[string, ReferenceEntry]>;
}
