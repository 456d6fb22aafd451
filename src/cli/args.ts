/** Small argument helpers shared by the CLI commands. */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliUsageError } from './usage.js';

/** node:util parseArgs, with its errors (unknown option, missing value) as usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new CliUsageError(e instanceof Error ? e.message : String(e));
  }
}

/** `name=1x3x224x224` -> ['name', [1, 3, 224, 224]]. */
export function parseInputShape(text: string): [string, number[]] {
  const eq = text.lastIndexOf('=');
  if (eq <= 0) throw new CliUsageError(`--input '${text}' should look like name=1x3x224x224`);
  const name = text.slice(0, eq);
  const dims = text.slice(eq + 1).split(/[x,]/).map((d) => d.trim());
  const nums = dims.map(Number);
  if (dims.some((d) => !/^\d+$/.test(d)) || nums.some((n) => !Number.isSafeInteger(n))) {
    throw new CliUsageError(`--input '${text}': dims must be non-negative integers separated by x`);
  }
  return [name, nums];
}

/** `batch=1` -> ['batch', 1]. */
export function parseDimBinding(text: string): [string, number] {
  const m = /^([^=]+)=(\d+)$/.exec(text);
  if (!m || !Number.isSafeInteger(Number(m[2]))) throw new CliUsageError(`--dim '${text}' should look like name=value, e.g. batch=1`);
  return [m[1]!, Number(m[2])];
}
