import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeCsvField, escapeLog, escapeText, jsonForLog } from '../../src/report/escape.js';

describe('escapeLog: one safe line for CI logs and terminals', () => {
  test('line breaks, escape sequences and invisible marks become visible escapes', () => {
    assert.equal(escapeLog('a\nb\r\tc'), 'a\\nb\\r\\tc');
    assert.equal(escapeLog('\u001b[2Jred\u009b1m'), '\\x1b[2Jred\\x9b1m');
    assert.equal(escapeLog('x\u0085y\u2028z'), 'x\\x85y\\u2028z');
    assert.equal(escapeLog('ab\u202ecod.onnx'), 'ab\\u202ecod.onnx');
    assert.equal(escapeLog('plain/path-1.onnx'), 'plain/path-1.onnx');
  });

  test('no workflow command can start a line or appear in the legacy form', () => {
    assert.equal(escapeLog('::add-mask::x'), '\\::add-mask::x');
    // The runner trims leading white space (NBSP included) before looking for `::`.
    assert.equal(escapeLog(' \u00a0::error::x'), '\\ \u00a0::error::x');
    assert.equal(escapeLog('\t::error::x'), '\\t::error::x');
    // After a line break the rest would have been a new line: now it is part of this one.
    assert.equal(escapeLog('a\n::error::x'), 'a\\n::error::x');
    assert.equal(escapeLog('a ##[error]b ##[x'), 'a ##\\[error]b ##\\[x');
    assert.equal(escapeLog('a::b'), 'a::b');
  });

  test('idempotent, so a line of escaped names can be escaped again at the sink', () => {
    for (const s of ['::x', ' ::x', 'a\n::b', '##[error]', '\u001b[0m', 'a\\nb']) {
      assert.equal(escapeLog(escapeLog(s)), escapeLog(s));
    }
  });

  test('bytes of a file name that were not UTF-8 (lone surrogates) show as \\xNN; surrogate pairs stay', () => {
    // io/git-paths.ts decodes byte 0xff as U+DCFF; written out it would read as U+FFFD.
    assert.equal(escapeLog('models/b\udcff\udcfe.onnx'), 'models/b\\xff\\xfe.onnx');
    assert.equal(escapeLog('x\ud800y'), 'x\\ud800y');
    assert.equal(escapeLog('\u{1f600}\ud83d\udc80.onnx'), '\u{1f600}\ud83d\udc80.onnx');
  });

  test('escapeText cuts after escaping', () => {
    assert.equal(escapeText('a\nb', 3), 'a\\…');
    assert.equal(escapeText('x'.repeat(300)).length, 200);
  });
});

describe('escapeCsvField', () => {
  test('spreadsheet formulas are neutralised; numbers are left alone', () => {
    assert.equal(escapeCsvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(escapeCsvField('+1'), "'+1");
    assert.equal(escapeCsvField('-2+3'), "'-2+3");
    assert.equal(escapeCsvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(escapeCsvField(-5), '-5');
    assert.equal(escapeCsvField('conv-1'), 'conv-1');
  });

  test('fields stay on one line and are quoted only for commas and quotes', () => {
    assert.equal(escapeCsvField('a\nb'), 'a\\nb');
    assert.equal(escapeCsvField('a,b'), '"a,b"');
    assert.equal(escapeCsvField('\n=1'), '\\n=1');
  });
});

describe('jsonForLog', () => {
  test('no legacy command in the text, same value when parsed', () => {
    const value = { path: 'models/##[add-mask]x.onnx', n: 1 };
    const text = jsonForLog(value);
    assert.equal(text.includes('##['), false);
    assert.deepEqual(JSON.parse(text), value);
  });

  test('bidi overrides, line separators, C1 controls, DEL and zero-width marks are \\u escapes', () => {
    // JSON.stringify escapes only U+0000-U+001F; U+009B is a one-character CSI on some terminals.
    const value = { n: 'a\u202eb\u2028c\u009b31m\u007f\u200bd\ufeff\u2066', plain: 'conv_1 模型 ≥ —' };
    const text = jsonForLog(value);
    assert.equal(/[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/.test(text), false, text);
    assert.ok(text.includes('"a\\u202eb\\u2028c\\u009b31m\\u007f\\u200bd\\ufeff\\u2066"'), text);
    // Honest text stays readable, and the output parses back to the same value.
    assert.ok(text.includes('"conv_1 模型 ≥ —"'));
    assert.deepEqual(JSON.parse(text), value);
  });
});
