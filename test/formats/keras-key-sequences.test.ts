/**
 * src/formats/keras/key-sequences.ts: the trie table is sized by the text it scans (a 2 KB
 * metadata.json does not allocate the 2.6 MB the cap needs), and the densest texts still fit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arrayIndexOf, isSparseIndex, KeySequences, keySequenceCapacity, MAX_KEY_SEQUENCES } from '../../src/formats/keras/key-sequences.js';

/** Feeds every key of `text` (keys are the strings followed by ':') as one sequence after another; the last trie node. */
function chainKeys(text: string): { keys: KeySequences; last: number; n: number } {
  const bytes = Buffer.from(text, 'latin1');
  const keys = new KeySequences(bytes);
  let at = 0;
  let n = 0;
  for (const m of text.matchAll(/"([^"]*)":/g)) {
    const start = m.index + 1;
    at = keys.next(at, start, start + m[1]!.length);
    n++;
    if (at < 0) break;
  }
  return { keys, last: at, n };
}

test('capacity: one trie node per 4 bytes of text (+1), never past the cap', () => {
  assert.equal(keySequenceCapacity(0), 1);
  assert.equal(keySequenceCapacity(2_000), 501);
  assert.equal(keySequenceCapacity(2_001), 502);
  assert.equal(keySequenceCapacity(10_000_000), MAX_KEY_SEQUENCES + 1);
});

test('the densest texts a small table can be given: every key a new sequence, all counted', () => {
  // Flat: 5 bytes a key; nested: "":{ and its } are 5 bytes a key as well; 4-byte keys ("":0 last in each object) mixed in.
  const flat = `{${Array.from({ length: 1000 }, () => '"":0').join(',')}}`;
  const nested = `${'{"":'.repeat(200)}0${'}'.repeat(200)}`;
  const pairs = `[${Array.from({ length: 500 }, () => '{"":0}').join(',')}]`;
  for (const [text, expected] of [[flat, 1000], [nested, 200]] as const) {
    const { keys, last, n } = chainKeys(text);
    assert.equal(n, expected);
    assert.equal(last, expected, 'each key made a new trie node');
    assert.equal(keys.count, expected);
  }
  // 500 objects of one key each: one sequence, counted once however many objects repeat it.
  const bytes = Buffer.from(pairs, 'latin1');
  const keys = new KeySequences(bytes);
  for (const m of pairs.matchAll(/"":/g)) assert.equal(keys.next(0, m.index + 1, m.index + 1), 1);
  assert.equal(keys.count, 1);
});

test('index keys are the ones V8 keeps among an object\'s elements: 0 to 2^32 - 2, no leading zero', () => {
  const index = (key: string): boolean => arrayIndexOf(Buffer.from(`"${key}"`, 'latin1'), 1, key.length + 1) >= 0;
  for (const key of ['0', '7', '12', '4294967294']) assert.equal(index(key), true, key);
  // 2^32 - 1 and past it are named keys to V8, as are a sign, a leading zero, a fraction, an escape.
  for (const key of ['', '4294967295', '10000000000', '-1', '01', '1.5', '1e3', '\\u0031', ' 1']) assert.equal(index(key), false, key);
});

test('sparse index keys: past twice the index keys so far plus 1,024', () => {
  // An id -> token dict written in order, or with gaps of one, is dense: V8 keeps it in an array.
  assert.equal(isSparseIndex(0, 1), false);
  assert.equal(isSparseIndex(2 * 999_999, 1_000_000), false);
  assert.equal(isSparseIndex(1025, 1), false);
  assert.equal(isSparseIndex(1026, 1), true);
  assert.equal(isSparseIndex(4_294_967_294, 3_000_000), true);
});
