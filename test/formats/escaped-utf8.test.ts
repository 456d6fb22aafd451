/**
 * Bytes that should be UTF-8 (git's names, GGUF keys and tensor names) as text, each bad byte as
 * U+DC80..U+DCFF: which sequences are well-formed (Unicode's table 3-7), and how long a hostile
 * name takes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeNameBytes, decodeUtf8Escaped } from '../../src/formats/escaped-utf8.js';

const both = (bytes: readonly number[]): [string, string] => [decodeUtf8Escaped(Uint8Array.from(bytes)), decodeNameBytes(Buffer.from(bytes))];

test('a well-formed sequence is its character; every byte of an ill-formed one is its own escape', () => {
  const cases: Array<[readonly number[], string]> = [
    [[0x77, 0xff], 'w\udcff'],
    // E0 must be followed by A0..BF (no overlong form): E0 41 is a bad byte, then `A`.
    [[0xe0, 0x41], '\udce0A'],
    [[0xe0, 0xa0, 0x80], '\u0800'],
    // ED A0 80 would be the surrogate U+D800, which UTF-8 does not encode.
    [[0xed, 0xa0, 0x80], '\udced\udca0\udc80'],
    [[0xed, 0x9f, 0xbf], '\ud7ff'],
    // Past U+10FFFF, overlong, cut short.
    [[0xf4, 0x90, 0x80, 0x80], '\udcf4\udc90\udc80\udc80'],
    [[0xc0, 0x80], '\udcc0\udc80'],
    [[0xf0, 0x9f, 0x98], '\udcf0\udc9f\udc98'],
    [[0xf0, 0x9f, 0x98, 0x80, 0xff], '\u{1f600}\udcff'],
    [[0xf4, 0x8f, 0xbf, 0xbf, 0x80], '\u{10ffff}\udc80'],
    // EF BF BD is U+FFFD written as UTF-8: a character, not a bad byte.
    [[0xef, 0xbf, 0xbd, 0xfe], '\ufffd\udcfe'],
    [[0xc3, 0xa9, 0xc3], 'é\udcc3'],
  ];
  for (const [bytes, text] of cases) assert.deepEqual(both(bytes), [text, text], Buffer.from(bytes).toString('hex'));
  // A long valid run around a bad byte (decoded in one piece).
  const long = [...Buffer.from(`${'a'.repeat(100)}é`), 0xff, ...Buffer.from(`😀${'b'.repeat(100)}`)];
  assert.deepEqual(both(long), [`${'a'.repeat(100)}é\udcff😀${'b'.repeat(100)}`, `${'a'.repeat(100)}é\udcff😀${'b'.repeat(100)}`]);
});

test('a MiB of names alternating a bad byte and a good one is decoded without a TextDecoder call per bad sequence', () => {
  // Before: a strict TextDecoder threw on each bad sequence, about 9 µs a byte: this MiB took 9 s,
  // and 100 MB of GGUF tensor names a quarter of an hour. The calls are counted rather than
  // timed (a timed test measures the machine): the old decoder made one per bad byte (524,288
  // here), the new one checks well-formedness itself.
  const raw = Buffer.alloc(1 << 20);
  for (let i = 0; i < raw.length; i += 2) raw.set([0xe0, 0x41], i);
  const proto = TextDecoder.prototype as { decode: (...args: unknown[]) => string };
  const decode = proto.decode;
  let calls = 0;
  proto.decode = function (this: unknown, ...args: unknown[]): string {
    calls++;
    return Reflect.apply(decode, this, args) as string;
  };
  let text: string;
  try {
    text = decodeNameBytes(raw);
  } finally {
    proto.decode = decode;
  }
  assert.equal(text.length, 1 << 20);
  assert.equal(text.slice(0, 4), '\udce0A\udce0A');
  assert.ok(calls <= 4, `${calls} TextDecoder calls`);
  assert.equal(decodeUtf8Escaped(raw), text);
});
