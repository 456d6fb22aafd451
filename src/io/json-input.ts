/**
 * JSON a run is handed rather than computes (a baseline cache entry, a gate report to publish or
 * merge), parsed with its nesting bounded first. JSON.parse itself does not recurse, so it takes
 * any depth, but at a cost and with a trap: a 60 MB file of `[` is 30 million nested arrays (27 s
 * and 1.7 GB of heap on Node 20), and anything that recurses over the value afterwards
 * (JSON.stringify for a digest, a renderer) throws RangeError at about 10,000 levels. The values
 * we write are at most a dozen levels deep (schema/profile.schema.json 7, the gate report's about
 * 10), so text deeper than MAX_JSON_DEPTH is refused from a scan of its bytes, before it is parsed.
 */

/** Several times the deepest value our schemas allow; far below where recursion fails. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether arrays and objects in JSON text `bytes` (UTF-8) nest deeper than `limit`: brackets
 * outside strings counted, stopping at the first level past it. Bytes of a multi-byte UTF-8
 * character are all >= 0x80, so none is taken for a bracket or a quote. Text that is not JSON
 * gets some answer; JSON.parse refuses it after.
 */
export function nestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) {
      inString = true;
    } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

/** The parsed value, or what is wrong with the text (completes "<file>: ..."). */
export type JsonInput = { readonly value: unknown } | { readonly problem: string };

/** Parses untrusted JSON text, refusing it unparsed when it nests deeper than `maxDepth`. */
export function parseJsonInput(bytes: Buffer, maxDepth = MAX_JSON_DEPTH): JsonInput {
  if (nestsDeeperThan(bytes, maxDepth)) return { problem: `not JSON of ours: nested deeper than ${maxDepth} levels` };
  try {
    return { value: JSON.parse(bytes.toString('utf8')) };
  } catch (e) {
    return { problem: `not JSON: ${(e as Error).message.split('\n')[0]}` };
  }
}
