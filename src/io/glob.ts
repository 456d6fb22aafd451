/**
 * The `models` input: one or more globs (newline- or comma-separated, `!` excludes), matched with
 * the same glob dialect as the config file (src/budget/glob.ts) so both agree on every path.
 */
import { compileGlob, globMatch } from '../budget/glob.js';
import { modelExtensions } from '../formats/registry.js';

/**
 * Default `models` input: every extension of every registered format (formats/registry.ts);
 * action.yml states the same list (test/action/manifest.test.ts keeps them equal).
 */
export const DEFAULT_MODEL_GLOBS = modelExtensions().map((e) => `**/*${e}`).join(', ');

/** Splits a multi-pattern input; commas inside `{...}` stay part of the pattern. */
export function parsePatterns(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let depth = 0;
    let current = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      if (ch === '}') depth = Math.max(0, depth - 1);
      if (ch === ',' && depth === 0) {
        if (current.trim()) out.push(current.trim());
        current = '';
      } else {
        current += ch;
      }
    }
    if (current.trim()) out.push(current.trim());
  }
  return out;
}

/**
 * Compiles every pattern once, so a malformed one is reported where it was given (the input or
 * option), not at the first path. Throws GlobError.
 */
export function checkPatterns(patterns: readonly string[]): readonly string[] {
  for (const p of patterns) compileGlob(p.startsWith('!') ? p.slice(1) : p);
  return patterns;
}

/** True when the path matches at least one positive pattern and no `!` pattern. */
export function matchesAny(path: string, patterns: readonly string[]): boolean {
  let included = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (globMatch(p.slice(1), path)) return false;
    } else if (!included && globMatch(p, path)) {
      included = true;
    }
  }
  return included;
}
