/**
 * Escaping for text that comes from model files, repository paths or a report artifact: node
 * names, op types, file paths, error messages. Such text is attacker-controlled in a pull request
 * from a fork, and the comment is posted with the repository's token, so it must not be able to
 * add markup, HTML, links, images, table cells or @-mentions.
 */

/** Characters with a markdown meaning; each is backslash-escaped (GFM allows it for all ASCII punctuation). */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~{}+\-.:]/g;

// C0/C1 controls, and bidi overrides/isolates that could make a name display as something else.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const ZWJ = '\u200d';

export const MAX_NAME_LENGTH = 200;

/**
 * Makes text safe as inline markdown (table cells, headings, list items): HTML special characters
 * become entities, markdown punctuation is backslash-escaped (so `|` cannot open a table cell and
 * backticks cannot open a code span), line breaks become spaces, and `@name` / `#123` get a
 * zero-width joiner so GitHub links no user or issue. Long text is cut to `maxLength` with "…".
 */
export function escapeMarkdown(text: string, maxLength: number = MAX_NAME_LENGTH): string {
  let t = text.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '');
  if (t.length > maxLength) t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
  return t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWJ}`)
    .replace(/\\#/g, `\\#${ZWJ}`);
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

/** Plain text for a terminal: no control characters (no escape sequences), one line. */
export function escapeText(text: string, maxLength: number = MAX_NAME_LENGTH): string {
  let t = text.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '');
  if (t.length > maxLength) t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
  return t;
}
