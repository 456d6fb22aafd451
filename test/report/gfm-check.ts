/**
 * Structural checks that a comment renders as intended on GitHub: well-formed GFM tables, code
 * spans that open and close on the same line, links only to http(s) URLs the renderer built, and
 * no markup or HTML other than what the renderer itself writes. Pipes follow cmark-gfm's table
 * rule: a `|` right after a backslash is part of the cell (also inside a code span).
 */
import assert from 'node:assert/strict';

/** Pipes that split a GFM table row: those not right after a backslash. */
export function unescapedPipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') n++;
  return n;
}

/** Positions of `ch` not escaped by an odd run of backslashes. */
function unescaped(line: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== ch) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) out.push(i);
  }
  return out;
}

/**
 * The line with each code span replaced by `C` (CommonMark: a run of n backticks closes at the
 * next run of exactly n). Fails on a run that never closes, which would swallow what follows.
 * Returns the spans' contents too.
 */
export function stripCodeSpans(line: string, where: string): { rest: string; spans: string[] } {
  let rest = '';
  const spans: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`' || (unescaped(line.slice(0, i + 1), '`').at(-1) !== i)) {
      rest += line[i];
      i++;
      continue;
    }
    let j = i;
    while (line[j] === '`') j++;
    const fence = line.slice(i, j);
    let k = j;
    let close = -1;
    while (k < line.length) {
      const at = line.indexOf(fence, k);
      if (at < 0) break;
      let end = at + fence.length;
      if (line[end] !== '`' && line[at - 1] !== '`') {
        close = at;
        break;
      }
      while (line[end] === '`') end++;
      k = end;
    }
    assert.ok(close >= 0, `unclosed code span at ${where}: ${line}`);
    spans.push(line.slice(j, close));
    rest += 'C';
    i = close + fence.length;
  }
  return { rest, spans };
}

const ALLOWED_TAG = /^<\/?(details|summary|sub)>/;
const LINK = /\[([^\]]*)\]\((https?:\/\/[^\s()<>"']+)\)/g;
const SUMMARY_LINE = /^<details( open)?><summary>(.*)<\/summary>$/;
const DELIMITER_ROW = /^\|(?: :?-{3,}:? \|)+$/;

/**
 * A run of hex digits GitHub would link to a commit of that name (outside code), with a letter a-f:
 * a run of decimal digits is a number, kept whole (escape.ts, breakCommitShas).
 */
const COMMIT_SHA = /(?<![A-Za-z0-9_])(?=[0-9]*[A-Fa-f])[0-9A-Fa-f]{7,40}(?![A-Za-z0-9_])/;

function checkMentions(line: string, where: string): void {
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) assert.equal(line[at + 1], '\u200d', `@-mention at ${where}`);
}

/** A `<details><summary>` line is raw HTML: only <code> and <b> inside, every other `<`/`&` an entity. */
function checkSummaryLine(line: string, where: string): void {
  const m = SUMMARY_LINE.exec(line);
  assert.ok(m, `a details line is <details>, optionally open, with a summary: ${where}: ${line}`);
  // GitHub links a commit SHA in the summary's text, not in its <code>.
  assert.equal(COMMIT_SHA.exec((m[2] ?? '').replace(/<code>.*?<\/code>/g, 'C')), null, `a commit SHA outside code at ${where}: ${line}`);
  const inner = (m[2] ?? '').replace(/<\/?(code|b)>/g, '');
  assert.equal(/[<>"]/.test(inner), false, `raw HTML in a summary at ${where}: ${line}`);
  assert.equal(/&(?!(amp|lt|gt|quot|#39);)/.test(inner), false, `raw & in a summary at ${where}: ${line}`);
}

/**
 * The only fenced block the renderer writes is a mermaid xychart (op-type-chart.ts): after a blank
 * line, closed by a bare fence, and every line one of the chart statements with its strings made
 * of safe characters only (a hostile op type must not close a string, start a `%%` directive or
 * end the fence). Returns the index of the closing fence.
 */
function checkMermaid(lines: readonly string[], start: number): number {
  assert.equal(lines[start - 1], '', `a fence follows a blank line (line ${start + 1})`);
  const STATEMENT = /^(xychart-beta|    title "[^"%`]*"|    x-axis \[("[A-Za-z0-9_.:+-]+", )*"[A-Za-z0-9_.:+-]+"\]|    y-axis "[^"%`]*"|    (bar|line) \[(-?[0-9.e+-]+, )*-?[0-9.e+-]+\])$/;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '```') return i;
    assert.match(line, STATEMENT, `mermaid statement at line ${i + 1}`);
  }
  assert.fail(`unclosed mermaid fence at line ${start + 1}`);
}

/** Asserts every table is well formed and no foreign markup got through. Returns the tables found. */
export function assertValidGfm(md: string): string[][] {
  const lines = md.split('\n');
  assert.match(lines[0] ?? '', /^<!-- model-budget:[A-Za-z0-9._/-]+ -->$/, 'first line is the marker');
  const tables: string[][] = [];
  let current: string[] | null = null;
  let depth = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const where = `line ${i + 1}`;
    if (line === '```mermaid') {
      i = checkMermaid(lines, i);
      current = null;
      continue;
    }
    checkMentions(line, where);
    if (line.startsWith('<details')) {
      assert.equal(lines[i - 1], '', `a details block follows a blank line (${where})`);
      assert.equal(lines[i + 1], '', `markdown inside details needs a blank line after the summary (${where})`);
      checkSummaryLine(line, where);
      assert.equal(line.includes('<!--'), false, `HTML comment at ${where}`);
      depth++;
      current = null;
      continue;
    }
    if (line === '</details>') {
      depth--;
      assert.ok(depth >= 0, `unbalanced </details> at ${where}`);
      continue;
    }
    if (line.startsWith('|')) {
      if (!current) {
        assert.equal(lines[i - 1], '', `a table must follow a blank line (${where})`);
        current = [];
        tables.push(current);
      }
      current.push(line);
    } else {
      current = null;
    }
    // Links only as [text](http...), with no markup that could hide another destination.
    const { rest } = stripCodeSpans(line, where);
    const text = rest.replace(LINK, (_all, label: string) => label);
    assert.equal(text.includes('<!--'), false, `HTML comment at ${where}`);
    for (const at of unescaped(text, '<')) assert.match(text.slice(at), ALLOWED_TAG, `raw "<" at ${where}: ${line}`);
    for (const ch of ['`', '[', ']']) assert.deepEqual(unescaped(text, ch), [], `unescaped ${ch} at ${where}: ${line}`);
    // GitHub links a standalone run of 7-40 hex digits that names a commit (outside code).
    const sha = COMMIT_SHA.exec(text.replace(/\\(?=[!-/:-@[-`{-~])/g, ''));
    assert.equal(sha, null, `a commit SHA outside code at ${where}: ${line}`);
  }
  assert.equal(depth, 0, 'every <details> is closed');
  for (const table of tables) {
    assert.ok(table.length >= 2, 'a table has a header and a delimiter row');
    assert.match(table[1] as string, DELIMITER_ROW, 'second row is the delimiter row');
    const columns = unescapedPipes(table[0] as string);
    for (const row of table) {
      assert.ok(row.startsWith('| ') && row.endsWith(' |'), `row framed by pipes: ${row}`);
      assert.equal(unescapedPipes(row), columns, `same number of cells in every row: ${row}`);
    }
  }
  return tables;
}
