/**
 * Structural checks that a comment renders as intended on GitHub: well-formed GFM tables and no
 * markup other than what the renderer itself writes.
 */
import assert from 'node:assert/strict';

/** Pipes not escaped by an odd run of backslashes. */
export function unescapedPipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '|') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

/** Characters at positions not escaped by a backslash. */
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

const ALLOWED_TAG = /^<\/?(details|summary|sub)>/;
const DELIMITER_ROW = /^\|(?: :?-{3,}:? \|)+$/;

/** Asserts every table is well formed and no foreign markup got through. Returns the tables found. */
export function assertValidGfm(md: string): string[][] {
  const lines = md.split('\n');
  assert.match(lines[0] ?? '', /^<!-- model-budget:[A-Za-z0-9._/-]+ -->$/, 'first line is the marker');
  const tables: string[][] = [];
  let current: string[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('|')) {
      if (!current) {
        assert.equal(lines[i - 1], '', `a table must follow a blank line (line ${i + 1})`);
        current = [];
        tables.push(current);
      }
      current.push(line);
    } else {
      current = null;
    }
    // No HTML but the renderer's own tags; no comment openers after the marker.
    for (const at of unescaped(line, '<')) assert.match(line.slice(at), ALLOWED_TAG, `raw "<" at line ${i + 1}: ${line}`);
    assert.equal(line.includes('<!--'), false, `HTML comment at line ${i + 1}`);
    // No code spans, links or images: backticks and brackets only appear escaped.
    for (const ch of ['`', '[', ']']) assert.deepEqual(unescaped(line, ch), [], `unescaped ${ch} at line ${i + 1}: ${line}`);
    // Every @ is broken with a zero-width joiner: no mention can notify anyone.
    for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) assert.equal(line[at + 1], '\u200d', `@-mention at line ${i + 1}`);
  }
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
