/**
 * The entry of the bench's `profile` bundle (bench/engine-bundle.ts): the product's entry, whose
 * code it bundles the same way, and the engine calls the bench times, which the product's bundle
 * does not export.
 */
export * from '../src/cli/profile-main.js';
export { parseInputShape } from '../src/cli/args.js';
export { formats } from '../src/formats/registry.js';
export { OP_FAMILIES } from '../src/ops/families.js';
export { loadFamilies } from '../src/ops/load.js';
export { profileFile } from '../src/profile/index.js';
export { minimalWalk } from './minimal-walk.js';
