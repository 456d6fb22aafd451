/**
 * Splits a JSON object's text into its top-level members without building the object: V8's
 * JSON.parse slows down more than linearly on an object with a million keys (a hostile 100 MB
 * header takes minutes), while each member's value is small. Keys and values are parsed with
 * JSON.parse one by one, so what is accepted is exactly JSON; the scanner only checks the
 * structure between them (braces, colons, commas).
 */

export class JsonShapeError extends Error {
  override readonly name = 'JsonShapeError';
}

export class TooManyMembersError extends Error {
  override readonly name = 'TooManyMembersError';
  constructor(readonly limit: number) {
    super(`more than ${limit} members`);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Index just past the string starting at `i` (a quote). */
function endOfString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  throw new JsonShapeError('unterminated string');
}

/**
 * Arrays, objects and items a member's value may hold to be parsed (counted as its opening
 * brackets and commas). A tensor entry holds about 10 (its object, shape, data_offsets), an index
 * entry 1. JSON.parse builds what the text spells: 31 MB of `[],` in one tensor's shape made 10
 * million arrays, 5 s and 845 MB (99 MB: 30 s, 2.3 GB), from a file git packs into kilobytes.
 */
export const MAX_PARSED_ITEMS = 4096;

/** A member's value holds more than MAX_PARSED_ITEMS: refused before it is parsed. */
export class ValueTooLargeError extends Error {
  override readonly name = 'ValueTooLargeError';
  constructor(readonly key: string) {
    super(`member ${JSON.stringify(key.slice(0, 80))} holds more than ${MAX_PARSED_ITEMS} arrays, objects and items`);
  }
}

/**
 * Index just past the value starting at `i`: a nested object/array is matched bracket by bracket.
 * `items.n` counts the value's opening brackets and inner commas.
 */
function endOfValue(text: string, i: number, items: { n: number } = { n: 0 }): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = endOfString(text, j) - 1;
      if (depth === 0) return j + 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      items.n++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0) return j;
      depth--;
      if (depth === 0) return j + 1;
    } else if (depth === 0 && (c === COMMA || isSpace(c))) {
      return j;
    } else if (c === COMMA) {
      items.n++;
    }
  }
  if (depth > 0) throw new JsonShapeError('unterminated object or array');
  return text.length;
}

/** Whether the JSON value `text` holds more than MAX_PARSED_ITEMS (as endOfValue counts them). */
export function holdsTooMany(text: string): boolean {
  const items = { n: 0 };
  endOfValue(text, 0, items);
  return items.n > MAX_PARSED_ITEMS;
}

/**
 * The members of the JSON object in `text`, in order. Throws JsonShapeError or SyntaxError.
 * Members named in `raw` keep their value's text unparsed (to be split in turn); a text with
 * more than `maxMembers` members is refused before they are parsed, and a parsed value holding
 * more than MAX_PARSED_ITEMS is a ValueTooLargeError.
 */
export function objectMembers(text: string, maxMembers: number, raw: { has(key: string): boolean } = new Set()): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  skipSpace();
  if (text.charCodeAt(i) !== OPEN_BRACE) throw new JsonShapeError('not an object');
  i++;
  skipSpace();
  if (text.charCodeAt(i) === CLOSE_BRACE) {
    i++;
  } else {
    for (;;) {
      skipSpace();
      if (text.charCodeAt(i) !== QUOTE) throw new JsonShapeError('expected a key');
      const keyEnd = endOfString(text, i);
      const keyText = text.slice(i + 1, keyEnd - 1);
      const key = keyText.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : keyText;
      if (out.length >= maxMembers) throw new TooManyMembersError(maxMembers);
      i = keyEnd;
      skipSpace();
      if (text.charCodeAt(i) !== COLON) throw new JsonShapeError('expected ":"');
      i++;
      skipSpace();
      const items = { n: 0 };
      const valueEnd = endOfValue(text, i, items);
      if (valueEnd === i) throw new JsonShapeError('expected a value');
      const keep = raw.has(key);
      if (!keep && items.n > MAX_PARSED_ITEMS) throw new ValueTooLargeError(key);
      out.push([key, keep ? text.slice(i, valueEnd) : JSON.parse(text.slice(i, valueEnd))]);
      i = valueEnd;
      skipSpace();
      const c = text.charCodeAt(i);
      i++;
      if (c === CLOSE_BRACE) break;
      if (c !== COMMA) throw new JsonShapeError('expected "," or "}"');
    }
  }
  skipSpace();
  if (i !== text.length) throw new JsonShapeError('text after the object');
  return out;
}
