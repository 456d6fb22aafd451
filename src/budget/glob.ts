/**
 * The glob matcher for config `path` and `ignore` patterns and the `models` input, over repository
 * paths with `/` separators. Supports `*` (any run of characters within one path segment), `**`
 * (any number of whole segments, including none), `?` (one character, not `/`), `{a,b}`
 * (alternatives, may nest) and character classes `[abc]`, `[a-z]`, `[!a]` / `[^a]`. Dotfiles are
 * matched like any other name: model directories such as `.models/` are common and hiding them
 * would surprise.
 *
 * Paths come from pull requests, so matching must take linear time whatever the pattern: a glob
 * is compiled once into a RegExp run by V8's non-backtracking engine (the `l` flag), where
 * `*a*a*a*a*a*a*a*zz.onnx` against a 4 KB name takes milliseconds instead of hours. (picomatch,
 * the usual choice, compiles to lazy quantifiers and lookaheads: the backtracking engine needs
 * minutes for two `*` on a 4 KB name, and the linear engine cannot run lookaheads.) The linear
 * engine works on UTF-16 units: `?` matches one unit, so a character outside the BMP is two.
 */
import { setFlagsFromString } from 'node:v8';
import { BadInputError } from '../graph/errors.js';

// Makes the `l` (linear-time) RegExp flag available; it changes nothing for other expressions.
setFlagsFromString('--enable-experimental-regexp-engine');

export class GlobError extends BadInputError {
  override name = 'GlobError';
}

const cache = new Map<string, RegExp>();

/** Normalizes a pattern (or a path typed with Windows separators): forward slashes, no leading `./`. */
export function normalizePath(path: string): string {
  let p = path.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/**
 * A repository path as patterns see it: no leading `./`. A backslash stays: git separates with `/`
 * only, so in a path `\\` is part of a name (a file at the top named `vendor\\x.onnx` is not in
 * `vendor/`, and must not fall under `ignore: ["vendor/**"]`).
 */
export function normalizeRepoPath(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/** True when repository path `path` matches `pattern` as a whole. Throws GlobError for a malformed pattern. */
export function globMatch(pattern: string, path: string): boolean {
  return compileGlob(pattern).test(normalizeRepoPath(path));
}

/** Compiles a glob to an anchored linear-time RegExp (cached). Throws GlobError for a malformed pattern. */
export function compileGlob(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    if (pattern.length > MAX_GLOB_LENGTH) {
      throw new GlobError(`glob ${JSON.stringify(`${pattern.slice(0, 80)}...`)}: ${pattern.length} characters, more than the ${MAX_GLOB_LENGTH} of the longest path a file system takes`);
    }
    const body = translate(normalizePath(pattern));
    try {
      re = new RegExp(`^${body}$`, 'l');
    } catch (e) {
      // e.g. a class range out of order, `[z-a]`: the pattern's fault, reported with the config line.
      const detail = e instanceof SyntaxError ? e.message.replace(/^Invalid regular expression: \/.*\/l: /, '') : String(e);
      throw new GlobError(`glob ${JSON.stringify(pattern)}: ${detail.toLowerCase()}`);
    }
    cache.set(pattern, re);
  }
  return re;
}

const REGEX_SPECIAL = /[.+^$()|\\/{}[\]*?]/;

function escapeChar(c: string): string {
  return REGEX_SPECIAL.test(c) ? `\\${c}` : c;
}

/**
 * `**` segments a pattern may hold once repeats are merged. Each costs the linear engine one pass
 * over the path: about 0.75 ms a match on a 4 KB name, so 16 stay near 12 ms where 128 took 82 ms
 * (and 100,000, a config a pull request can bring, ran for minutes in 3 GB). Real configs use one or two.
 */
export const MAX_GLOBSTARS = 16;

/**
 * Characters a glob may hold: PATH_MAX, as no path it could match is longer. Matching costs the
 * linear engine about pattern x path steps, and a pull request's config brings its globs: one of
 * 700 kB took 24 ms a match on a 450-character path, twice per changed model.
 */
export const MAX_GLOB_LENGTH = 4096;

/** Translates the glob to a regex body. */
function translate(pattern: string): string {
  let out = '';
  let i = 0;
  let globstars = 0;
  // Open `{` groups: inside one, `,` separates alternatives; outside, it is a literal comma.
  let braceDepth = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const end = i + 2;
        const atSegmentEnd = end === pattern.length || pattern[end] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (++globstars > MAX_GLOBSTARS) throw new GlobError(`glob ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}...` : pattern)}: more than ${MAX_GLOBSTARS} "**" segments`);
          if (pattern[end] === '/') {
            // `**/` : zero or more whole segments. `**/**/` is the same set of paths: one group.
            out += '(?:[^/]*/)*';
            i = end + 1;
            while (pattern.startsWith('**/', i)) i += 3;
          } else {
            // trailing `**`: everything below. `[\\s\\S]`, not `.`: a PR can name a file with a
            // newline in it, and `.` would let `models/x\\n.onnx` slip past `models/**` budgets.
            out += '[\\s\\S]*';
            i = end;
          }
          continue;
        }
        throw new GlobError(`glob ${JSON.stringify(pattern)}: "**" must be a whole path segment (as in a/**/b)`);
      }
      out += '[^/]*';
      i += 1;
    } else if (c === '?') {
      out += '[^/]';
      i += 1;
    } else if (c === '[') {
      const close = findClassEnd(pattern, i);
      if (close < 0) throw new GlobError(`glob ${JSON.stringify(pattern)}: unclosed "["`);
      let body = pattern.slice(i + 1, close);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      const escaped = body.replace(/[\\\]^[]/g, (m) => `\\${m}`);
      out += negate ? `[^/${escaped}]` : `[${escaped}]`;
      i = close + 1;
    } else if (c === '{') {
      braceDepth += 1;
      out += '(?:';
      i += 1;
    } else if (c === '}' && braceDepth > 0) {
      braceDepth -= 1;
      out += ')';
      i += 1;
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
      i += 1;
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += escapeChar(pattern[i + 1] as string);
      i += 2;
    } else {
      out += escapeChar(c);
      i += 1;
    }
  }
  if (braceDepth > 0) throw new GlobError(`glob ${JSON.stringify(pattern)}: unclosed "{"`);
  return out;
}

/** Index of the `]` closing the class opened at `open`, or -1. A `]` right after `[` or `[!` is literal. */
function findClassEnd(pattern: string, open: number): number {
  let j = open + 1;
  if (pattern[j] === '!' || pattern[j] === '^') j += 1;
  if (pattern[j] === ']') j += 1;
  while (j < pattern.length) {
    if (pattern[j] === ']') return j > open + 1 ? j : -1;
    if (pattern[j] === '/') return -1;
    j += 1;
  }
  return -1;
}
