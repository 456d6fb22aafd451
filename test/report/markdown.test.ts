import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate, validateGateReport } from '../../src/budget/gate.js';
import type { GateModelInput, GateReport } from '../../src/budget/types.js';
import { commentMarker, GITHUB_COMMENT_LIMIT, headline, headlineWithoutIcon, JOB_SUMMARY_LIMIT, renderComment, renderSummary, renderText, verdictLine } from '../../src/report/index.js';
import { escapeLog, escapeMarkdown } from '../../src/report/escape.js';
import { profile } from '../budget/fixtures.js';
import { assertValidGfm, stripCodeSpans, unescapedPipes } from './gfm-check.js';
import { sampleReport } from './sample-report.js';

// Compiled to build/test/report/; the snapshot stays in the source tree.
const SNAPSHOT = fileURLToPath(new URL('../../../test/report/__snapshots__/comment.md', import.meta.url));

describe('renderComment', () => {
  test('matches the committed snapshot exactly', () => {
    const md = renderComment(sampleReport(), { commentKey: 'models' });
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(SNAPSHOT, md);
    assert.equal(md, readFileSync(SNAPSHOT, 'utf8'));
  });

  test('the snapshot is valid GitHub-flavoured markdown', () => {
    const md = readFileSync(SNAPSHOT, 'utf8');
    const tables = assertValidGfm(md);
    // The overview, then the sections of the 3 models with something to show (detector,
    // resnet18, broken): 3 metric tables plus the why tables of detector (op types, module scopes,
    // nodes) and resnet18 (op types, nodes: `conv1` has no scope). mobilenet (renamed, identical),
    // segmenter (deleted) and unchanged.onnx are lines of one collapsed list.
    assert.equal(tables.length, 9);
    assert.match(tables[0]![0]!, /^\| Model \| Params \| FLOPs \| Peak memory \| Largest change \| Status \|$/);
  });

  test('headline verdicts', () => {
    const r = sampleReport();
    // detector: params (25.6 M > 25 M), flops (+10.1% and +4.1 G > 100 M); resnet18: params
    // (11.7 M > 5 M) = 3 rows; broken.onnx = 1 model
    assert.equal(headline(r), '❌ 3 budgets exceeded, 1 model could not be measured');
    const ok = evaluateGate({ config: null, models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 1 }) }] });
    // No config means no budgets: no verdict, no ✅ (issue 13 item 4).
    assert.equal(headline(ok), '1 model measured, no budgets set');
    const none = evaluateGate({ config: null, models: [] });
    assert.equal(headline(none), '✅ no model changed');
    const config = parseConfig('version: 1\nmodels:\n  - name: a\n    path: "*.onnx"\n    budgets: { params: { max: 1K, level: warning } }\n');
    const warn = evaluateGate({ config, models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 2000 }) }] });
    assert.equal(headline(warn), '⚠️ 1 warning, no budget exceeded');
  });

  test('the job log and the commit status read the headline without an icon, and lose no word of it', () => {
    const config = parseConfig('version: 1\nmodels:\n  - name: a\n    path: "*.onnx"\n    budgets: { params: { max: 1K, level: warning } }\n');
    const warn = evaluateGate({ config, models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 2000 }) }] });
    // Before, the action logged escapeLog(headline(r)): `⚠\ufe0f 1 warning, no budget exceeded`
    // (the variation selector of ⚠️ shown as an escape since escape.ts escapes U+FE0F).
    assert.equal(escapeLog(verdictLine(warn)), 'WARN: 1 warning, no budget exceeded');
    assert.equal(headlineWithoutIcon(warn), '1 warning, no budget exceeded');
    const fail = evaluateGate({ config: parseConfig('version: 1\nmodels:\n  - path: "*.onnx"\n    budgets: { params: { max: 1K } }\n'), models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 2000 }) }] });
    assert.equal(escapeLog(verdictLine(fail)), 'FAIL: 1 budget exceeded');
    // A headline without an icon is the description whole. Before, the status cut its first
    // word: `model measured, no budgets set`.
    const measured = evaluateGate({ config: null, models: [{ path: 'a.onnx', status: 'added', head: profile({ params: 1 }) }] });
    assert.equal(headlineWithoutIcon(measured), '1 model measured, no budgets set');
    assert.equal(verdictLine(measured), '1 model measured, no budgets set');
  });

  test('a budget the head could not check is said apart from one it exceeded (review 2, F1)', () => {
    // a.onnx: params 2,000 > 1 K, exceeded. b.onnx: FLOPs ≥10 against ≤ 1 K with an exact base
    // of 10: a lower bound that breaches nothing, so not checked, and failing.
    const config = parseConfig('version: 1\nmodels:\n  - path: "*.onnx"\n    budgets: { params: { max: 1K }, flops: { max: 1K } }\n');
    const totals = { macs: 5, flops: 10, memoryBytes: 1, peakActivationBytes: 1 };
    const r = evaluateGate({ config, models: [
      { path: 'a.onnx', status: 'modified', base: profile({ params: 1, totals }), head: profile({ params: 2000, totals }) },
      { path: 'b.onnx', status: 'modified', base: profile({ params: 1, totals }), head: profile({ params: 1, totals: { ...totals, lowerBound: true } }) },
    ] });
    assert.equal(r.violations, 2);
    assert.equal(headline(r), '❌ 1 budget exceeded, 1 budget could not be checked');
    assert.deepEqual(validateGateReport(JSON.parse(JSON.stringify(r))), r);
  });

  test('the comment key cannot break out of the marker', () => {
    assert.equal(commentMarker('x --> <script>'), '<!-- model-budget:x-script -->');
    assert.equal(commentMarker(''), '<!-- model-budget:default -->');
    assert.equal(renderComment(sampleReport(), { commentKey: 'a--b' }).split('\n')[0], '<!-- model-budget:a-b -->');
  });

  test('the compared commits are named; anything but a hex SHA is dropped', () => {
    const r = sampleReport();
    const base = 'a'.repeat(40);
    const head = '0123456789abcdef0123456789abcdef01234567';
    const md = renderComment(r, { commentKey: 'models', baseSha: base, headSha: head });
    // Same comment as the snapshot with " · base `aaaaaaa` → head `0123456`" at the end of the summary line.
    const plain = renderComment(r, { commentKey: 'models' });
    const line = plain.split('\n').find((l) => l.includes(' · budgets from '))!;
    assert.equal(md, plain.replace(line, `${line} · base \`aaaaaaa\` → head \`0123456\``));
    assert.match(renderComment(r, { headSha: head }), / · head `0123456`\n/);
    const forged = renderComment(r, { baseSha: '`](https://evil)', headSha: '<b>x</b>' });
    assert.equal(forged, renderComment(r));
  });

  test('the job summary is the same markdown without the marker', () => {
    const r = sampleReport();
    const comment = renderComment(r, { commentKey: 'models' });
    assert.equal(renderSummary(r), comment.slice(comment.indexOf('\n') + 1));
  });
});

describe('escaping names from models and paths', () => {
  const NASTY_NODE = '<img src=x onerror=alert(1)>';
  function nastyReport(): GateReport {
    const config = parseConfig(`version: 1
models:
  - name: "@octocat **team** | x"
    path: "models/**"
    budgets: { params: { max: 1K } }
`);
    const base = profile({
      params: 10,
      totals: { macs: 1, flops: 2, memoryBytes: 3, peakActivationBytes: 4 },
      byOpType: [{ opType: '| col', domain: 'evil.<b>', count: 1, macs: 1, flops: 2, memoryBytes: 3 }],
      nodes: [{ name: 'kept', opType: 'Conv', flops: 2 }],
    });
    const head = profile({
      params: 2000,
      totals: { macs: 9, flops: 20, memoryBytes: 30, peakActivationBytes: 4 },
      byOpType: [{ opType: '| col', domain: 'evil.<b>', count: 2, macs: 9, flops: 20, memoryBytes: 30 }],
      unknownOps: [{ domain: '<script>', opType: '`rm -rf`', count: 1 }],
      nodes: [
        { name: 'kept', opType: 'Conv', flops: 2 },
        { name: NASTY_NODE, opType: '| col', flops: 10 },
        { name: '@octocat', opType: 'Conv', flops: 5 },
        { name: 'a ``` b `c` [link](javascript:alert(1)) ![i](http://x/y.png)', opType: 'Conv', flops: 2 },
        { name: 'line\n# heading\r\n- item <!-- x -->', opType: 'Conv', flops: 1 },
      ],
    });
    const models: GateModelInput[] = [
      { path: 'models/@octocat/| col <b>.onnx', previousPath: 'models/[a](b).onnx', status: 'renamed', base, head },
      { path: 'models/x.onnx', status: 'modified', base, error: 'bad file: <img src=x> @admin `x` | y' },
    ];
    return evaluateGate({ config, models });
  }

  test('no markup, HTML or mention survives, tables keep their shape', () => {
    const md = renderComment(nastyReport());
    assertValidGfm(md);
    // Outside code spans and the summaries' <code>, none of the hostile text is left as it was.
    const outside = md.replace(/^```mermaid\n[\s\S]*?^```$/gm, '').split('\n').map((l, i) => stripCodeSpans(l.replace(/<code>.*?<\/code>/g, 'C'), `line ${i + 1}`).rest).join('\n');
    assert.equal(outside.includes(NASTY_NODE), false);
    assert.equal(/<img|<script/.test(outside), false, outside);
    // In a table cell the node name is code: the pipe of its op type escaped, the tag as text.
    assert.ok(md.includes(`| \`${NASTY_NODE}\` | \`\\| col\` | added |`), md);
    // In a summary line (raw HTML) the path is entity-escaped code with a broken mention.
    assert.ok(md.includes('<code>models/@\u200doctocat/| col &lt;b&gt;.onnx</code> (renamed from <code>models/[a](b).onnx</code>)'), md);
    assert.ok(md.includes('@\u200docto'));
    assert.equal(/@octocat/.test(md), false);
    // A newline in a name is shown as \n inside the code span: no heading, no list item.
    assert.equal(/^# heading/m.test(md), false, 'a newline in a name cannot start a heading');
    assert.ok(md.includes('`line\\n# heading\\r\\n- item <!-- x -->`'), md);
    // Backticks in a name: a longer fence. The name holds a run of 3, so the fence is 4.
    // (Its URL's scheme gets a joiner too, as everywhere: nothing in a name is a link.)
    assert.ok(md.includes('````a ``` b `c` [link](javascript:alert(1)) ![i](http:\u200d//x/y.png)````'), md);
  });

  test('the same holds after a JSON round trip through the validator (publish mode)', () => {
    const r = validateGateReport(JSON.parse(JSON.stringify(nastyReport())));
    assertValidGfm(renderComment(r));
  });

  test('escapeMarkdown', () => {
    assert.equal(escapeMarkdown('a|b'), 'a\\|b');
    assert.equal(escapeMarkdown('<b>&'), '&lt;b&gt;&amp;');
    assert.equal(escapeMarkdown('`x`'), '\\`x\\`');
    assert.equal(escapeMarkdown('@me #12'), '@\u200dme \\#\u200d12');
    // Controls, bidi and zero-width marks are shown as escapes, as in code spans and logs (the
    // backslash is itself escaped, so the comment shows `a\u202eb c`); line breaks are spaces.
    assert.equal(escapeMarkdown('a\u202eb\nc'), 'a\\\\u202eb c');
    assert.equal(escapeMarkdown('con\u200bv1 a\u2028b \ufeffc x\u2060y'), 'con\\\\u200bv1 a\\\\u2028b \\\\ufeffc x\\\\u2060y');
    assert.equal(escapeMarkdown('\u001b[31m\u009b1m\u007f'), '\\\\x1b\\[31m\\\\x9b1m\\\\x7f');
    // Every GitHub reference form is broken by a zero-width joiner: #12, owner/repo#3, GH-4 (any case).
    assert.equal(escapeMarkdown('see GH-12, gh-5, octo/repo#3'), 'see GH\\-\u200d12, gh\\-\u200d5, octo/repo\\#\u200d3');
    // URLs are no links either: a joiner after the scheme's colon and after `www`.
    assert.equal(escapeMarkdown('https://evil.example www.evil.example'), 'https\\:\u200d//evil\\.example www\u200d\\.evil\\.example');
    // Text that is no reference is left as it is.
    assert.equal(escapeMarkdown('GH-x #a'), 'GH\\-x \\#a');
    assert.equal(escapeMarkdown('x'.repeat(300)).length, 200);
    assert.equal(unescapedPipes(escapeMarkdown('\\|')), 0);
  });

  test('plain text for the CLI', () => {
    const text = renderText(sampleReport());
    assert.ok(text.startsWith('FAIL: 3 budgets exceeded, 1 model could not be measured\n'));
    assert.ok(text.includes('[FAIL] detector: models/detector/yolo_v8.onnx (modified)\n'));
    // 25.6 M - 24.9 M = +700 K = +2.81% of 24.9 M
    assert.match(text, /\n {2}Params +24\.9 M +25\.6 M +\+700 K \(\+2\.8%\) +≤ 25 M, \+2% +FAIL\n/);
    assert.ok(text.includes('[ok] classifier: models/classifier/mobilenet_v3.onnx (renamed from models/mobilenet.onnx)\n'));
    assert.ok(text.includes('  could not measure: models/classifier/broken.onnx: not an ONNX model (protobuf: invalid wire type 7 at offset 12)\n'));
    // The op breakdown the comment has (issue 13 item 9): resnet18 is new, so a cost breakdown:
    // 20 Conv, 3.6 G FLOPs, 1.8 G MACs, 100 MB memory access, all added.
    assert.match(text, /\n {2}cost breakdown by op type:\n {2}op type +count +FLOPs +MACs +memory access\n {2}Conv +0 -> 20 +\+3\.60 G +\+1\.80 G +\+100 MB\n/);
    // detector: /model.22/cv3/Conv went from 2 G to 4 G FLOPs (+2.00 G), 1 G to 2 G MACs, 12 MB to 24 MB.
    assert.match(text, /\n {2}why the cost changed, by op type:\n/);
    assert.match(text, /\n {2}\/model\.22\/cv3\/Conv +Conv +changed +\+2\.00 G +\+1\.00 G +\+12\.0 MB\n/);
  });

  test('diff of two files: both paths, in text and markdown', () => {
    const r = evaluateGate({ config: null, models: [{ path: 'b/head.onnx', previousPath: 'a/base.onnx', status: 'modified', base: profile({ params: 10 }), head: profile({ params: 20 }) }] });
    assert.ok(renderText(r).includes('b/head.onnx (modified, base a/base.onnx)\n'));
    assert.ok(renderComment(r).includes('<code>b/head.onnx</code> (modified, base <code>a/base.onnx</code>)</summary>'));
  });

  test('plain text has no terminal escapes', () => {
    const r = evaluateGate({ config: null, models: [{ path: 'a\u001b[31m.onnx', status: 'added', head: profile({ params: 1 }) }] });
    const text = renderText(r);
    assert.equal(text.includes('\u001b'), false);
    assert.ok(text.startsWith('1 model measured, no budgets set\n'));
  });
});

describe('size limit', () => {
  const config = parseConfig(`version: 1
models:
  - name: fleet
    path: "fleet/**"
    budgets:
      params: { max: 1M }
      flops: { max-increase: 5% }
      peak-memory: { max: 1MB, level: warning }
`);
  const totals = (flops: number, peak: number) => ({ macs: flops / 2, flops, memoryBytes: 5e6, peakActivationBytes: peak });
  const nodes = (scale: number) => Array.from({ length: 12 }, (_, k) => ({ name: `/blocks.${k}/attention/qkv/MatMul_with_a_long_name_${k}`, opType: 'MatMul', flops: (k + 1) * scale }));

  /** 1000 models: the first `breached` over params (2 M > 1 M) and flops (+10% > 5%), 40 with warnings, the rest ok. */
  function fleet(breached: number): GateReport {
    const models: GateModelInput[] = [];
    for (let i = 0; i < 1000; i++) {
      const path = `fleet/group_${i % 10}/model_${String(i).padStart(4, '0')}.onnx`;
      const bad = i < breached;
      const warn = !bad && i < breached + 40;
      models.push({
        path,
        status: 'modified',
        base: profile({ params: 500_000, totals: totals(1e9, 0.5e6), nodes: nodes(1) }),
        head: profile({ params: bad ? 2_000_000 : 500_000, totals: totals(bad ? 1.1e9 : 1e9, warn ? 2e6 : 0.5e6), nodes: nodes(2) }),
      });
    }
    return evaluateGate({ config, models });
  }

  test('1000 models with 100 breached: under 65,536 characters, every breached model keeps its row', () => {
    const r = fleet(100);
    assert.equal(r.violations, 200);
    assert.equal(r.warnings, 40);
    const md = renderComment(r);
    assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `length ${md.length}`);
    assertValidGfm(md);
    assert.ok(md.includes('❌ 200 budgets exceeded'));
    for (let i = 0; i < 100; i++) {
      const path = `fleet/group_${i % 10}/model_${String(i).padStart(4, '0')}.onnx`;
      // 2,000,000 params = 2.00 M, +300% of 500 K; flops 1.10 G vs 1.00 G = +10%; peak 500 kB unchanged
      assert.ok(md.includes(`| \`${path}\` | 2.00\u00a0M (+300%) | 1.10\u00a0G (+10.0%) | 500\u00a0kB | Params +300% | ❌ |`), `row of ${path}`);
    }
    // Breaches first, then the 40 warnings: rows after them were cut, and counted.
    assert.match(md, /<sub>\d+ more models left out of this table to fit; the job summary and the JSON report have them\.<\/sub>/);
    assert.ok(md.includes('Some details were left out'));
  });

  test('1000 models all breached: still under the limit, verdict first, the rest counted', () => {
    const r = fleet(1000);
    const md = renderComment(r);
    assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `length ${md.length}`);
    assertValidGfm(md);
    assert.ok(md.startsWith('<!-- model-budget:default -->\n### Model budget: ❌ 2000 budgets exceeded\n'));
    assert.match(md, /\d+ more models left out of this table/);
  });

  test('the job summary has more room than the comment', () => {
    // The 1 MiB summary keeps what the comment had to leave out (here the ok models' sections).
    const md = renderSummary(fleet(100));
    assert.ok(md.length > GITHUB_COMMENT_LIMIT && md.length <= JOB_SUMMARY_LIMIT, `length ${md.length}`);
    assert.ok(md.includes('<details><summary>✅ <b>fleet</b> · <code>fleet/group_9/model_0999.onnx</code> (modified)</summary>'));
    assert.ok(md.includes('Some details were left out to fit in the job summary; the JSON report has them all.'));
  });

  test('the job summary fits the runner\'s 1 MiB counted in UTF-8 bytes, not UTF-16 units', () => {
    // 900 added models named by 150 CJK characters: each is 1 UTF-16 unit but 3 UTF-8 bytes, so a
    // summary cut at 1 MiB - 1024 units was 1,169,408 bytes and the runner dropped all of it.
    const totals = { macs: 5, flops: 10, memoryBytes: 1, peakActivationBytes: 1 };
    const models = Array.from({ length: 900 }, (_, i) => ({ path: `models/${'模'.repeat(150)}_${i}.onnx`, status: 'added' as const, head: profile({ params: 1000 + i, totals }) }));
    const md = renderSummary(evaluateGate({ config: null, models }));
    const bytes = Buffer.byteLength(md, 'utf8');
    assert.ok(bytes <= JOB_SUMMARY_LIMIT - 1024, `summary is ${bytes} bytes (${md.length} UTF-16 units)`);
    // Trimmed to fit, not emptied: the trim is said, and every model keeps its overview row.
    assert.ok(md.includes('Some details were left out to fit in the job summary'));
    assert.equal(md.includes('more models left out of this table'), false);
    for (const i of [0, 450, 899]) assert.ok(md.includes(`_${i}.onnx\``), `model ${i}`);
    // The comment still counts characters (GitHub's limit is 65,536 characters, not bytes).
    const comment = renderComment(evaluateGate({ config: null, models }));
    assert.ok(comment.length <= GITHUB_COMMENT_LIMIT && Buffer.byteLength(comment, 'utf8') > GITHUB_COMMENT_LIMIT, `length ${comment.length}`);
  });
});
