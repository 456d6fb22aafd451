/**
 * Every op family, registered at once: the complete registry, for tests, docs generation and
 * anything that lists ops. Profiling loads only the families a model uses (ops/load.ts).
 */
import { FAMILY_LOADERS, OP_FAMILIES } from './families.js';
import { OpRegistry } from './registry.js';

const families = await Promise.all(OP_FAMILIES.map((f) => FAMILY_LOADERS[f]()));

export const registry = new OpRegistry(families.flatMap((m) => m.ops));
