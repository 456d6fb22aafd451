/**
 * A JSON Schema compiled on first use, with the options every schema of ours is checked with:
 * strict, and strictNumbers so that NaN and Infinity are refused.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';

// Ajv is CommonJS: the default import is module.exports, whose `default` is the class again.
const Ajv2020Class = Ajv2020.default;

export function lazyValidator(schema: object): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= new Ajv2020Class({ strict: true, strictNumbers: true, allErrors: false }).compile(schema));
}
