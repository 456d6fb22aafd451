/**
 * Escaping for text that comes from model files, repository paths or a report artifact: node
 * names, op types, file paths, error messages. Such text is attacker-controlled in a pull request
 * from a fork, and the comment is posted with the repository's token, so it must not be able to
 * add markup, HTML, links, images, table cells or @-mentions.
 */
import { replaceLoneSurrogates } from '../formats/escaped-utf8.js';

/**
 * Characters with a markdown meaning; each is backslash-escaped (GFM allows it for all ASCII
 * punctuation). `$` opens GitHub's math (`$x^2$`, `$$...$$`), which `\$` keeps as a dollar sign.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~{}+\-.:$]/g;

export const MAX_NAME_LENGTH = 200;

const ZWJ = '\u200d';

/**
 * GitHub links `@name` (a mention that notifies), `#123`, `owner/repo#123` and `GH-123` (issue
 * references), and URLs (`https://...`, `www.`) in comments and summaries: a node name must not
 * become a link the bot's comment offers to click. A zero-width joiner after the `@`, the `#`, the
 * `GH-`, the scheme's `:` or the `www` breaks the link; the text reads the same. Applied to raw
 * text, before any other escaping.
 */
export function breakAutolinks(text: string): string {
  return text
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/(GH-)(?=\d)/gi, `$1${ZWJ}`)
    .replace(/:(?=\/\/)/g, `:${ZWJ}`)
    .replace(/\b(www)(?=\.)/gi, `$1${ZWJ}`);
}

/**
 * GitHub turns `:name:` into an emoji in comment text (not in code), after the markdown is
 * parsed, so a backslash before the colon does not stop it: a name could draw ✅ (`:white_check_mark:`)
 * or ❌ beside a verdict. A zero-width joiner after the first colon breaks the shortcode. For text
 * shown outside code only (escapeMarkdown, htmlText): in code the name is kept as it is.
 */
export function breakEmojiShortcodes(text: string): string {
  // Shortcode names hold a letter, but for :100:, :1234:, :+1: and :-1:; `file.yml:6:` is no emoji.
  return text.replace(/:(?=(?:[A-Za-z0-9_+-]*[A-Za-z][A-Za-z0-9_+-]*|100|1234|[+-]1):)/g, `:${ZWJ}`);
}

/**
 * GitHub links a run of 7 to 40 hex digits that names a commit of the repository (`deadbeef1`,
 * `user@deadbeef1`, `owner/repo@deadbeef1`) in comment text, not in code; a pull request's own
 * commits are in the repository, so a file named after one (`9fceb02d0ae5.onnx`) became a link
 * to a commit its author wrote. A zero-width joiner after every sixth digit of a run of 7 or more
 * that stands alone (no letter, digit or `_` either side) and holds a letter a-f leaves no such
 * run GitHub takes for a commit, and reads the same. A run of decimal digits alone is left whole:
 * it is a number (a budget's `25000000 B`, a point's `seq=1048576`, a shape, an offset in an
 * error), which a user copies into a config or a command line, and a joiner in it made that copy
 * another string (`250000\u200d00`); such a run names a commit only when one's SHA starts with 7
 * decimal digits, and then links to a commit of the repository, nothing worse. For text shown
 * outside code only (escapeMarkdown, htmlText).
 */
export function breakCommitShas(text: string): string {
  return text.replace(/(?<![A-Za-z0-9_])[0-9A-Fa-f]{7,}(?![A-Za-z0-9_])/g, (run) => (/[A-Fa-f]/.test(run) ? run.replace(/[0-9A-Fa-f]{6}(?=[0-9A-Fa-f])/g, `$&${ZWJ}`) : run));
}

/**
 * Makes text safe as inline markdown (table cells, headings, list items): line breaks become
 * spaces, other controls and invisible marks visible escapes (as in logs and code spans, so
 * `con\u200bv1` cannot pass for `conv1`), HTML special characters become entities, markdown
 * punctuation is backslash-escaped (so `|` cannot open a table cell and backticks cannot open a
 * code span), and mentions, issue references and commit SHAs are broken (breakAutolinks,
 * breakCommitShas). Long text is cut to
 * `maxLength` with "…".
 */
export function escapeMarkdown(text: string, maxLength: number = MAX_NAME_LENGTH): string {
  let t = visibleControls(text.replace(/[\r\n\t]+/g, ' '));
  if (t.length > maxLength) t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
  return breakCommitShas(breakEmojiShortcodes(breakAutolinks(t)))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/**
 * The key in the hidden marker comment. Only [A-Za-z0-9._/-] survive and runs of `-` collapse, so
 * the key can never close the HTML comment (`-->`) or break out of it.
 */
export function sanitizeCommentKey(key: string): string {
  const cleaned = key
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return cleaned || 'default';
}

/**
 * Characters that change what a terminal or a CI log shows, or where its lines break: C0 and C1
 * controls (newlines, ESC of terminal escape sequences, NEL, the one-character CSI U+009B), DEL,
 * line/paragraph separators, zero-width and bidi formatting marks, and the other characters a
 * browser draws as nothing or as blank space, so that `con\u00adv1` cannot pass for `conv1` either:
 * the soft hyphen, the combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
 * Mongolian variation selectors and vowel separator, invisible operators and deprecated format
 * marks (U+2060-U+206F), interlinear annotation marks, variation selectors U+FE00-U+FE0F (VS16
 * after a letter draws nothing: `conv\ufe0f1` read `conv1`), the braille blank U+2800 (drawn as a
 * space), and the Arabic, Syriac and Kaithi format marks (U+0600-U+0605, U+06DD, U+070F,
 * U+0890-U+0891, U+08E2). The one set every kind of output (log, terminal, markdown, JSON) shows
 * as escapes; JSON.stringify already escapes C0.
 */
const INVISIBLE_MARKS =
  '\\u007f-\\u009f\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u2800\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb';
/**
 * Invisible characters outside the BMP, as UTF-16 pairs (the patterns have no `u` flag, so lone
 * surrogates stay matchable): tag characters U+E0000-U+E007F, which spell hidden ASCII after any
 * text, variation selectors U+E0100-U+E01EF, musical formatting marks U+1D173-U+1D17A, shorthand
 * format controls U+1BCA0-U+1BCA3, Egyptian hieroglyph format controls U+13430-U+1343F and the
 * Kaithi number signs U+110BD, U+110CD.
 */
const INVISIBLE_PAIRS = '\\udb40[\\udc00-\\udc7f\\udd00-\\uddef]|\\ud834[\\udd73-\\udd7a]|\\ud82f[\\udca0-\\udca3]|\\ud80d[\\udc30-\\udc3f]|\\ud804[\\udcbd\\udccd]';
const UNSAFE_IN_LOG = new RegExp(`[\\u0000-\\u001f${INVISIBLE_MARKS}]|${INVISIBLE_PAIRS}`, 'g');
const UNSAFE_IN_JSON = new RegExp(`[${INVISIBLE_MARKS}]|${INVISIBLE_PAIRS}`, 'g');

const NAMED_CONTROLS: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(c: string, digits: number): string {
  return c.charCodeAt(0).toString(16).padStart(digits, '0');
}

function visible(c: string): string {
  if (c.length === 2) return `\\u{${c.codePointAt(0)!.toString(16)}}`;
  return NAMED_CONTROLS[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}

/**
 * A lone UTF-16 half: a name byte that was not UTF-8 (formats/escaped-utf8.ts keeps byte 0xNN as
 * U+DCNN), which an encoder would write as U+FFFD, the same as a valid name holding U+FFFD.
 */
function visibleSurrogate(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xdc80 && code <= 0xdcff ? `\\x${(code - 0xdc00).toString(16)}` : `\\u${hex(c, 4)}`;
}

/** Controls, invisible marks and undecodable bytes as visible escapes (`\n`, `\x1b`, `\u202e`, `\xff`); everything else as it is. */
export function visibleControls(text: string): string {
  return replaceLoneSurrogates(text.replace(UNSAFE_IN_LOG, visible), visibleSurrogate);
}

/**
 * Makes text safe for a CI log line or a terminal: one line, no escape sequences, no workflow
 * command. Controls and invisible marks become visible escapes (`\n`, `\x1b`, `\u202e`), so an
 * odd name shows as odd instead of vanishing. The GitHub runner executes `::command::` at the
 * start of a line (after leading white space) and the legacy `##[command]` anywhere in a line;
 * a leading `::` gets a backslash in front and `##[` becomes `##\[`. Idempotent (backslashes are
 * kept as they are), so a line built from escaped names can be escaped again as a whole at the
 * sink that writes it.
 */
export function escapeLog(text: string): string {
  const t = visibleControls(text).replace(/##\[/g, '##\\[');
  return /^\s*::/.test(t) ? `\\${t}` : t;
}

/** Plain text for a terminal (one line, see escapeLog), cut to `maxLength` with "…". */
export function escapeText(text: string, maxLength: number = MAX_NAME_LENGTH): string {
  const t = escapeLog(text);
  return t.length > maxLength ? `${Array.from(t).slice(0, maxLength - 1).join('')}…` : t;
}

/**
 * One CSV field: escaped like a log line (CSV is printed to terminals and CI logs too), a leading
 * `= + - @` (a spreadsheet formula: `=HYPERLINK(...)`, `@SUM(...)`) neutralised with a `'` in
 * front, then quoted when it holds a comma or a quote. Numbers are written as they are.
 */
export function escapeCsvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let s = escapeLog(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Pretty-printed JSON for stdout, which CI logs parse like any other output: JSON.stringify
 * escapes C0 controls; the other invisible marks (DEL, C1, bidi, line separators, zero-width) are
 * written as `\uXXXX` too, and `##[` (a legacy workflow command anywhere in a line) as `##\u005b`.
 * They can only occur inside JSON strings, so the output parses back to the same value.
 */
export function jsonForLog(value: unknown): string {
  // A pair (a tag character) is written as its two halves, as JSON spells a character past U+FFFF.
  const json = JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
  return `${json.replace(/##\[/g, '##\\u005b')}\n`;
}
