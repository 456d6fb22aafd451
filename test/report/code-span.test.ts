import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeSpan, htmlCode, htmlText } from '../../src/report/code-span.js';
import { blobUrl, checkLinks, commitUrl, diffUrl, runUrl } from '../../src/report/links.js';
import { stripCodeSpans, unescapedPipes } from './gfm-check.js';

describe('codeSpan: names as code that shows exactly the name', () => {
  test('a plain path is one backtick each side, nothing escaped', () => {
    assert.equal(codeSpan('models/yolo_v8.onnx'), '`models/yolo_v8.onnx`');
    assert.equal(codeSpan('a*b_[c](d)<e>&f'), '`a*b_[c](d)<e>&f`');
  });

  test('backticks in the name: a fence longer than the longest run, padded at the ends', () => {
    // Longest run inside is 1 -> fence of 2.
    assert.equal(codeSpan('a`b'), '``a`b``');
    // Longest run 3 -> fence of 4.
    assert.equal(codeSpan('x```y``z'), '````x```y``z````');
    // Starts/ends with a backtick: a space each side (CommonMark strips exactly one).
    assert.equal(codeSpan('`x`'), '`` `x` ``');
    for (const name of ['a`b', 'x```y``z', '`x`', '``', '`']) {
      assert.deepEqual(stripCodeSpans(`| ${codeSpan(name)} |`, name).rest, '| C |', name);
    }
  });

  test('| in a table cell is \\| (the table extension turns it back into |), elsewhere as it is', () => {
    assert.equal(codeSpan('a|b', { inTable: true }), '`a\\|b`');
    assert.equal(codeSpan('a|b'), '`a|b`');
    // A backslash before the pipe stays, the pipe is still escaped: `a\\|b` shows as a\|b.
    assert.equal(codeSpan('a\\|b', { inTable: true }), '`a\\\\|b`');
    assert.equal(unescapedPipes(`| ${codeSpan('x|y|\\|z', { inTable: true })} |`), 2);
  });

  test('line breaks and invisible marks are shown, never acted on', () => {
    assert.equal(codeSpan('a\nb\r\n# h'), '`a\\nb\\r\\n# h`');
    assert.equal(codeSpan('ab\u202ecod.onnx'), '`ab\\u202ecod.onnx`');
    assert.equal(codeSpan('\u001b[31mred'), '`\\x1b[31mred`');
  });

  test('mentions and workflow commands are broken with a zero-width joiner', () => {
    assert.equal(codeSpan('@octocat/x'), '`@\u200doctocat/x`');
    assert.equal(codeSpan('a ##[error]b'), '`a ##\u200d[error]b`');
  });

  test('link and HTML syntax inside code is text', () => {
    assert.equal(codeSpan('](javascript:x) <img src=x>'), '`](javascript:x) <img src=x>`');
  });

  test('long names are cut with …', () => {
    const s = codeSpan('x'.repeat(500));
    assert.equal(s.length, 200 + 2);
    assert.ok(s.endsWith('…`'));
  });

  test('htmlCode: for raw HTML, entities instead of markdown', () => {
    assert.equal(htmlCode('<b>&"\'`x`|'), '<code>&lt;b&gt;&amp;&quot;&#39;`x`|</code>');
    assert.equal(htmlCode('a\n\nb @me'), '<code>a\\n\\nb @\u200dme</code>');
  });

  test('htmlText: issue references and mentions are broken, so the <summary> links nothing', () => {
    // The model name in <summary> is raw HTML text, where GitHub links #12, owner/repo#3 and GH-4.
    assert.equal(htmlText('#12 octo/repo#3 GH-4 gh-5 @me'), '#\u200d12 octo/repo#\u200d3 GH-\u200d4 gh-\u200d5 @\u200dme');
    assert.equal(htmlText('v#a GH-x'), 'v#a GH-x');
    assert.equal(htmlText('http://e.example WWW.e.example'), 'http:\u200d//e.example WWW\u200d.e.example');
    assert.equal(codeSpan('models/#1.onnx'), '`models/#\u200d1.onnx`');
    assert.equal(htmlText('con\u200bv1\u2028'), 'con\\u200bv1\\u2028');
  });
});

describe('links: built only from checked values', () => {
  const links = checkLinks({ serverUrl: 'https://github.com/', repository: 'acme/models', pullNumber: 12, runId: '4242' })!;

  test('commit, diff anchor (sha256 of the path), blob and run URLs', () => {
    assert.equal(commitUrl(links, 'ABCDEF1234567'), 'https://github.com/acme/models/commit/abcdef1234567');
    assert.equal(commitUrl(links, 'not-a-sha'), null);
    // sha256("models/a.onnx"), computed with `printf %s models/a.onnx | sha256sum`.
    assert.equal(diffUrl(links, 'models/a.onnx'), 'https://github.com/acme/models/pull/12/files#diff-14aca2cd8a7206c4398dd9a42a7d9f2b43395809653c60379c94fa615a80c032');
    assert.equal(blobUrl(links, 'a'.repeat(40), '.github/model budget (1).yml'), `https://github.com/acme/models/blob/${'a'.repeat(40)}/.github/model%20budget%20%281%29.yml`);
    assert.equal(blobUrl(links, 'a'.repeat(40), '../x'), null);
    // A name byte that was not UTF-8 (read as U+DCFF): the URL and the diff anchor name that
    // byte. Before: encodeURIComponent threw URIError and no comment was rendered.
    // sha256 of the bytes 62 ff 2e 79 6d 6c (`printf 'b\xff.yml' | sha256sum`).
    assert.equal(blobUrl(links, 'a'.repeat(40), '.github/b\udcff.yml'), `https://github.com/acme/models/blob/${'a'.repeat(40)}/.github/b%FF.yml`);
    assert.equal(diffUrl(links, 'b\udcff.yml'), 'https://github.com/acme/models/pull/12/files#diff-9da228493a4c9f0a9d452181874eb15c7f072046739270c985036dd5ca038031');
    // A lone half that no byte gives (a report artifact can hold one): no link.
    assert.equal(blobUrl(links, 'a'.repeat(40), 'b\ud800.yml'), null);
    assert.equal(diffUrl(links, 'b\ud800.yml'), null);
    assert.equal(blobUrl(links, 'a'.repeat(40), 'ok/\u{1F600}.yml'), `https://github.com/acme/models/blob/${'a'.repeat(40)}/ok/%F0%9F%98%80.yml`);
    assert.equal(runUrl(links), 'https://github.com/acme/models/actions/runs/4242');
  });

  test('anything that is not what the runner sets gives no links', () => {
    assert.equal(checkLinks({ serverUrl: 'javascript:alert(1)', repository: 'a/b' }), null);
    assert.equal(checkLinks({ serverUrl: 'https://x.com/a)b', repository: 'a/b' }), null);
    assert.equal(checkLinks({ serverUrl: 'https://github.com', repository: 'a/b/c' }), null);
    assert.equal(checkLinks({ serverUrl: 'https://github.com', repository: '../b' }), null);
    const noPr = checkLinks({ serverUrl: 'https://github.com', repository: 'a/b', pullNumber: null, runId: '12; rm' })!;
    assert.equal(diffUrl(noPr, 'x.onnx'), null);
    assert.equal(runUrl(noPr), null);
  });
});
