/**
 * Names (paths, node names) as code: a markdown code span, or `<code>` inside the raw HTML of a
 * `<summary>`. Code reads better than backslash-escaped text (`models/yolo_v8.onnx`, not
 * `models/yolo\_v8\.onnx`) in the comment, the `comment-body` output, e-mails and terminals, and
 * inside code nothing is markup: no emphasis, link, image, HTML or autolinked mention. What is
 * left to defend:
 *   - backticks in the name: the fence is one backtick longer than the longest run inside, with a
 *     space of padding when the name starts or ends with a backtick (CommonMark strips one);
 *   - `|` in a table cell: GFM splits rows on pipes before it sees code spans, so it is written
 *     `\|` (the table extension turns it back into `|`, also inside code);
 *   - line breaks, controls and bidi or zero-width marks: shown as visible escapes (`\n`,
 *     `\u202e`), so a name cannot end the table row or the paragraph, nor display as another;
 *   - `@name`, `#123`, `owner/repo#123`, `GH-123`: a zero-width joiner breaks the link, as in
 *     escapeMarkdown (breakAutolinks). GitHub links nothing in code, but htmlText is also used
 *     outside `<code>` (the model name in `<summary>`), and the comment-body output may be posted
 *     elsewhere; htmlText also breaks `:emoji:` shortcodes, which GitHub draws outside code;
 *   - `##[`: a zero-width joiner before the `[`, since a CI log runs the legacy `##[command]`
 *     anywhere in a line and `check` prints this markdown to stdout.
 */
import { breakAutolinks, breakCommitShas, breakEmojiShortcodes, MAX_NAME_LENGTH, visibleControls } from './escape.js';

export interface CodeSpanOptions {
  /** The span goes in a GFM table cell: `|` is written `\|`. */
  readonly inTable?: boolean;
  /** Longer names are cut with `…`. Default 200. */
  readonly maxLength?: number;
}

function prepared(text: string, maxLength: number): string {
  let t = visibleControls(text);
  if (t.length > maxLength) t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
  // A CI log runs `##[command]` anywhere in a line (the CLI prints this markdown to stdout).
  return breakAutolinks(t).replace(/##\[/g, '##\u200d[');
}

/** `text` as a markdown code span that shows exactly `text` (controls made visible). */
export function codeSpan(text: string, opts: CodeSpanOptions = {}): string {
  let t = prepared(text, opts.maxLength ?? MAX_NAME_LENGTH);
  if (opts.inTable) t = t.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  // A name that starts or ends with a backtick (or is all spaces) would merge with the fence.
  const pad = t.startsWith('`') || t.endsWith('`') || /^ *$/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** `text` as `<code>…</code>` for raw HTML (a `<summary>` line, where markdown is not parsed). */
export function htmlCode(text: string, maxLength: number = MAX_NAME_LENGTH): string {
  // In code GitHub draws no emoji: `:name:` stays as written.
  return `<code>${escapeHtml(prepared(text, maxLength))}</code>`;
}

/**
 * `text` as HTML text on one line (controls visible, mentions, issue references, commit SHAs
 * and emoji shortcodes broken), for raw HTML outside code.
 */
export function htmlText(text: string, maxLength: number = MAX_NAME_LENGTH): string {
  return escapeHtml(breakCommitShas(breakEmojiShortcodes(prepared(text, maxLength))));
}

/** HTML text: the five characters that could open a tag, an entity or end an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
