import type { OpDef } from '../shapes/types.js';

export const ops: OpDef[] = [];
