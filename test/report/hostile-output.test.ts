/**
 * What a hostile pull request can put in front of a reader: names and config text in the comment
 * (emoji, math, invisible characters), a comment made too long to post, and a report artifact
 * (publish, merge) whose every string is as long as the schema lets it be.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import { parseConfig } from '../../src/budget/config.js';
import type { GateReport, ModelReport } from '../../src/budget/types.js';
import { codeSpan, htmlCode, htmlText } from '../../src/report/code-span.js';
import { escapeLog, escapeMarkdown, escapeText, jsonForLog } from '../../src/report/escape.js';
import { GITHUB_COMMENT_LIMIT, JOB_SUMMARY_LIMIT, renderComment, renderSummary, renderText } from '../../src/report/index.js';
import { profile } from '../budget/fixtures.js';
import { assertValidGfm } from './gfm-check.js';

const ZWJ = '\u200d';
const totals = { macs: 1, flops: 2, memoryBytes: 3, peakActivationBytes: 4 };

describe('names outside code draw nothing', () => {
  test('emoji shortcodes are broken outside code (GitHub draws them after parsing, a backslash does not stop them)', () => {
    // The colon is still backslash-escaped; the joiner after it breaks the shortcode.
    assert.equal(escapeMarkdown(':white_check_mark: all models within budget'), `\\:${ZWJ}white\\_check\\_mark\\: all models within budget`);
    assert.equal(htmlText('<b>:x:</b>'), `&lt;b&gt;:${ZWJ}x:&lt;/b&gt;`);
    // The names without a letter that GitHub draws: 💯 🔢 👍 👎.
    assert.equal(htmlText('line:100: :1234: :+1: :-1:'), `line:${ZWJ}100: :${ZWJ}1234: :${ZWJ}+1: :${ZWJ}-1:`);
    // A colon that opens no shortcode is left alone (`idx: 1x128`, `a:b`, a file and line `m.yml:6:`).
    assert.equal(escapeMarkdown('idx: 1x128 a:b m.yml:6: x'), 'idx\\: 1x128 a\\:b m\\.yml\\:6\\: x');
    // In code GitHub draws no emoji: a name as code is exactly the name.
    assert.equal(codeSpan('conv:0:1'), '`conv:0:1`');
    assert.equal(htmlCode('a:x:b'), '<code>a:x:b</code>');
  });

  test('a dollar sign is escaped, so no name opens GitHub math', () => {
    assert.equal(escapeMarkdown('$x^2$ and $$\\huge{y}$$'), '\\$x^2\\$ and \\$\\$\\\\huge\\{y\\}\\$\\$');
  });

  test('variation selectors, the braille blank and the other invisible format controls are escapes too', () => {
    // VS16 U+FE0F after a letter draws nothing, U+2800 draws as blank space, U+E0100 (a
    // variation selector past U+FFFF), U+0600 and U+06DD (Arabic format marks), U+13430 (an
    // Egyptian format control): before, `conv\ufe0f1` read `conv1` in the comment, log and terminal.
    const name = 'conv\ufe0f1 a\u2800b c\u{E0100}d e\u0600f g\u06ddh i\u{13430}j';
    const shown = 'conv\\ufe0f1 a\\u2800b c\\u{e0100}d e\\u0600f g\\u06ddh i\\u{13430}j';
    assert.equal(escapeLog(name), shown);
    assert.equal(codeSpan(name), `\`${shown}\``);
    assert.equal(htmlCode(name), `<code>${shown}</code>`);
    const json = jsonForLog({ name });
    assert.ok(json.includes('"conv\\ufe0f1 a\\u2800b c\\udb40\\udd00d e\\u0600f g\\u06ddh i\\ud80d\\udc30j"'), json);
    assert.deepEqual(JSON.parse(json), { name });
    // An emoji keeps its picture; only the selector after it shows as an escape.
    assert.equal(escapeLog('\u2764\ufe0f'), '\u2764\\ufe0f');
  });

  test('the rest of the characters a browser draws as nothing are escapes too', () => {
    // soft hyphen, combining grapheme joiner, Hangul filler, Mongolian vowel separator, invisible
    // separator U+2063 (was covered), deprecated format mark U+206A, a tag character U+E0041.
    const name = 'con\u00adv1 a\u034fb c\u3164d e\u180ef g\u206ah i\u{E0041}j';
    assert.equal(escapeLog(name), 'con\\xadv1 a\\u034fb c\\u3164d e\\u180ef g\\u206ah i\\u{e0041}j');
    assert.equal(escapeText(name), escapeLog(name));
    assert.equal(codeSpan(name), '`con\\xadv1 a\\u034fb c\\u3164d e\\u180ef g\\u206ah i\\u{e0041}j`');
    assert.equal(escapeMarkdown('con\u00adv1'), 'con\\\\xadv1');
    // Idempotent at the sink, as before.
    assert.equal(escapeLog(escapeLog(name)), escapeLog(name));
    // JSON writes them as \u escapes (a tag character as its two halves) and parses back the same.
    const json = jsonForLog({ name });
    assert.ok(json.includes('"con\\u00adv1 a\\u034fb c\\u3164d e\\u180ef g\\u206ah i\\udb40\\udc41j"'), json);
    assert.deepEqual(JSON.parse(json), { name });
    // A character past U+FFFF that is visible stays as it is.
    assert.equal(escapeLog('a😀b'), 'a😀b');
  });

  test('the text report of a shard report read from a file: a budget cannot write terminal escapes', () => {
    const config = parseConfig('version: 1\nmodels:\n  - path: "*.onnx"\n    budgets: { params: { max: 1K } }\n');
    const r = evaluateGate({ config, models: [{ path: 'a.onnx', status: 'modified', base: profile({ params: 10 }), head: profile({ params: 2000 }) }] });
    // `model-budget merge` validates the file against the schema, where a budget is any text.
    const json = JSON.parse(JSON.stringify(r)) as { models: Array<{ rows: Array<{ budget: string }> }> };
    json.models[0]!.rows[0]!.budget = '\u001b]0;owned\u0007\u001b[2J≤ 1 K';
    const text = renderText(validateGateReport(json));
    assert.equal(/[\u0000-\u0008\u000b-\u001f]/.test(text), false, JSON.stringify(text));
    assert.ok(text.includes('\n  Params          10   2.00 K  +1.99 K (+19900%)  \\x1b]0;owned\\x07\\x1b[2J≤ 1 K    FAIL\n'), text);
  });
});

describe('the comment stays postable however the pull request writes its config', () => {
  test('budget changes named with characters that grow as entities: under the limit, the first change and the count shown', () => {
    // As a report artifact for `mode: publish` can carry them: each field is cut to 200 characters
    // but `"` is `&quot;`, so the 20 lines shown were 96,731 characters and GitHub refused the
    // comment. (From a config, where the base side's text is the maintainers', about half that.)
    const q = '"'.repeat(200);
    const r: GateReport = {
      ...evaluateGate({ config: null, models: [{ path: 'm.onnx', status: 'added', head: profile({ params: 10, totals }) }] }),
      budgetChanges: Array.from({ length: 60 }, (_, i) => ({ scope: `model ${q}${i}`, setting: 'params max', before: q, after: q })),
    };
    const md = renderComment(r);
    assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `length ${md.length}`);
    assertValidGfm(md);
    assert.ok(md.startsWith('<!-- model-budget:default -->\n### Model budget: 1 model measured, no budgets set\n'), md.slice(0, 200));
    // A line is `- ` + the scope (`model `, 193 quotes as 6 characters each, `…`: 1,165) + `, params
    // max: ` + two sides of 1,200 joined by ` → `: 3,584 characters. Two fit the 8,000 given to
    // budget changes; the other 58 are counted.
    const lines = md.split('\n').filter((l) => l.startsWith('- model '));
    assert.deepEqual(lines.map((l) => l.length), [3584, 3584]);
    assert.ok(md.includes('\n- and 58 more\n'), md);
    // The model still has its row.
    assert.ok(md.includes('| `m.onnx` |'), md);
  });

  test('a report artifact with every string at its schema bound: the comment and the summary fit, the verdict first', () => {
    const r = artifactAtBounds();
    const md = renderComment(r);
    assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `length ${md.length}`);
    assert.ok(md.startsWith('<!-- model-budget:default -->\n### Model budget: ❌ 1 budget exceeded\n'), md.slice(0, 200));
    assertValidGfm(md);
    const summary = renderSummary(r);
    assert.ok(Buffer.byteLength(summary, 'utf8') <= JOB_SUMMARY_LIMIT, `summary ${Buffer.byteLength(summary, 'utf8')} bytes`);
  });

  test('when not even the headline and the overview fit, the headline and the summary line are left', () => {
    const r = evaluateGate({ config: null, models: Array.from({ length: 3 }, (_, i) => ({ path: `models/${'x'.repeat(150)}_${i}.onnx`, status: 'added' as const, head: profile({ params: 1000, totals }) })) });
    // 300 characters cannot hold the overview table's header and one row: the loop used to stop
    // at no rows and return whatever that was, over the limit.
    const md = renderComment(r, { maxLength: 300 });
    assert.ok(md.length <= 300, `length ${md.length}: ${md}`);
    assert.equal(md, [
      '<!-- model-budget:default -->',
      '### Model budget: 3 models measured, no budgets set',
      '',
      '3 models changed · 0 warnings · no budget config',
      '',
      '<sub>Some details were left out to fit in a comment; the job summary and the JSON report have them all.</sub>',
      '',
    ].join('\n'));
  });
});

/**
 * A report as a pull-request run could upload it for `mode: publish`: valid by the schema, with
 * every string at 4,096 characters of what escaping grows most (`"` is `&quot;` in HTML, `\"`
 * nowhere, `|` is `\|` in a cell), 100 budget changes, ten entries whose 100 budgets each matched
 * only files with no weights, and one model over its budget.
 */
function artifactAtBounds(): GateReport {
  const long = (c: string, tail = ''): string => `${c.repeat(4096 - tail.length)}${tail}`;
  const config = parseConfig('version: 1\nmodels:\n  - path: "*.onnx"\n    budgets: { params: { max: 1K } }\n');
  const base = evaluateGate({ config, models: [{ path: 'a.onnx', status: 'modified', base: profile({ params: 10 }), head: profile({ params: 2000 }) }] });
  const json = JSON.parse(JSON.stringify(base)) as Record<string, unknown> & { models: ModelReport[] };
  json['configNote'] = long('"');
  json['budgetChanges'] = Array.from({ length: 100 }, (_, i) => ({ scope: long('"', String(i)), setting: long('&'), before: long('<'), after: long('"') }));
  const noWeights = Array.from({ length: 10 }, (_, i) => ({
    path: long('|', `${i}.bin`), previousPath: null, name: long('&', String(i)), status: 'added', verdict: 'ok', error: null,
    notes: Array.from({ length: 5 }, () => long('"')), rows: [], why: null,
    noWeights: long('"'), uncheckedBudgets: Array.from({ length: 100 }, () => long('"')),
  }));
  json.models = [...json.models, ...(noWeights as unknown as ModelReport[])];
  json['changedModels'] = json.models.map((m) => m.path);
  return validateGateReport(json);
}

describe('commit SHAs outside code are no links', () => {
  test('a run of 7 or more hex digits standing alone gets a joiner after every sixth digit; in code it stays as written', () => {
    // GitHub links `deadbeefcafe1234` (a commit of the repository, e.g. one the pull request
    // pushed) in text, not in code. Before: escapeMarkdown kept it whole.
    assert.equal(escapeMarkdown('deadbeefcafe1234.onnx'), `deadbe${ZWJ}efcafe${ZWJ}1234\\.onnx`);
    assert.equal(htmlText('user@9fceb02 and 1234567'), `user@${ZWJ}9fceb0${ZWJ}2 and 1234567`);
    // Six digits or fewer, and hex inside a longer word, are no SHA: left alone.
    assert.equal(escapeMarkdown('conv123456 layer_deadbeef1 beef12 x2deadbeef'), 'conv123456 layer\\_deadbeef1 beef12 x2deadbeef');
    assert.equal(codeSpan('deadbeefcafe1234.onnx'), '`deadbeefcafe1234.onnx`');
    assert.equal(htmlCode('deadbeefcafe1234.onnx'), '<code>deadbeefcafe1234.onnx</code>');
  });

  test('a number of 7 digits or more reads and copies as written: no joiner inside it', () => {
    // Before: a joiner after the sixth digit, so a budget copied from the comment into a config
    // read `250000\u200d00 B` (not a byte size) and a point's dim `seq=104857\u200d6`.
    assert.equal(escapeMarkdown('≤ 25000000 B'), '≤ 25000000 B');
    assert.equal(htmlText('seq=1048576, offset 123456789'), 'seq=1048576, offset 123456789');
    const config = parseConfig('version: 1\nmodels:\n  - path: "*.onnx"\n    budgets: { file-size: { max: "25000000 B" } }\n');
    const r = evaluateGate({ config, models: [{ path: 'm.onnx', status: 'added', head: profile({ params: 30_000_000 }) }] });
    const md = renderComment(r);
    assert.ok(md.includes('exceeds max 25000000 B'), md);
    assert.ok(!md.includes(ZWJ), md);
    assertValidGfm(md);
  });

  test('a comment over models, nodes and errors named like commits: no SHA outside code', () => {
    const base = profile({ params: 10, totals, nodes: [{ name: 'a', opType: 'Conv', flops: 2 }] });
    const head = profile({ params: 20, totals: { ...totals, flops: 20 }, nodes: [{ name: 'deadbeefcafe', opType: 'cafebabe1', flops: 20 }] });
    const r = evaluateGate({
      config: null,
      models: [
        { path: 'models/9fceb02d0ae5.onnx', status: 'modified', base, head },
        { path: 'models/1234567.onnx', status: 'added', error: 'abcdef0123 is not a valid tensor name' },
      ],
    });
    const md = renderComment(r);
    assertValidGfm(md);
    // The job summary has no marker line: the check starts after the first line.
    assertValidGfm(`<!-- model-budget:default -->\n${renderSummary(r)}`);
  });
});

test('a report artifact whose config file name holds a byte that was not UTF-8 renders, the name shown as \\xff', () => {
  const r = evaluateGate({ config: null, models: [{ path: 'm.onnx', status: 'added', head: profile({ params: 5 }) }] });
  const json = JSON.parse(JSON.stringify(r));
  json.configFile = '.github/b\udcff.yml';
  json.configSource = 'head';
  // Before: URIError: URI malformed (encodeURIComponent in the config file's link).
  const md = renderComment(validateGateReport(json), { links: { serverUrl: 'https://github.com', repository: 'o/r', pullNumber: 1 }, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) });
  assert.ok(md.includes(`budgets from [\`.github/b\\xff.yml\`](https://github.com/o/r/blob/${'a'.repeat(40)}/.github/b%FF.yml)`), md.slice(0, 400));
  assertValidGfm(md);
});
