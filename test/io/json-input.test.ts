/**
 * parseJsonInput (io/json-input.ts): untrusted JSON with its nesting bounded from a scan of the
 * bytes, before JSON.parse builds it. Depth counts arrays and objects: `{"a":[1]}` is 2 deep.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJsonInput } from '../../src/io/json-input.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

test('64 levels parse; 65 are refused unparsed, with the limit in the message', () => {
  assert.equal(MAX_JSON_DEPTH, 64);
  const at = parseJsonInput(bytes(nested(64)));
  assert.ok('value' in at);
  let depth = 0;
  for (let v = at.value; Array.isArray(v); v = v[0]) depth++;
  assert.equal(depth, 64);
  assert.deepEqual(parseJsonInput(bytes(nested(65))), { problem: 'not JSON of ours: nested deeper than 64 levels' });
  // Objects count as arrays do: 64 objects around an array of 1 are 65 levels.
  assert.deepEqual(parseJsonInput(bytes(`${'{"a":'.repeat(64)}[1]${'}'.repeat(64)}`)), { problem: 'not JSON of ours: nested deeper than 64 levels' });
});

test('brackets inside strings do not count, escaped quotes and backslashes included', () => {
  // One object (level 1) holding strings of 100 brackets, a string ending in an escaped quote
  // followed by brackets, and one ending in an escaped backslash: 1 level in all.
  const text = JSON.stringify({ a: '['.repeat(100), b: `\\"${'{'.repeat(100)}`, c: '\\', d: '"[[[' });
  assert.equal(nestsDeeperThan(bytes(text), 1), false);
  assert.deepEqual(parseJsonInput(bytes(text)), { value: JSON.parse(text) });
  // Multi-byte characters (é is C3 A9, 𝄞 F0 9D 84 9E) are no brackets or quotes.
  assert.equal(nestsDeeperThan(bytes('["é𝄞[",["x"]]'), 2), false);
  assert.equal(nestsDeeperThan(bytes('["é𝄞[",["x"]]'), 1), true);
});

test('text that is not JSON is one line saying so', () => {
  const r = parseJsonInput(bytes('{"a":\n'));
  assert.ok('problem' in r && r.problem.startsWith('not JSON: ') && !r.problem.includes('\n'), JSON.stringify(r));
});
