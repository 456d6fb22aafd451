/** The message of the ConfigError that parsing `text` as the budget config raises (the tests' helper). */
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from '../../src/budget/config.js';

export function configErrorOf(text: string): string {
  try {
    parseConfig(text);
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected ConfigError, got ${String(e)}`);
    return e.message;
  }
  assert.fail('expected the config to be rejected');
}
