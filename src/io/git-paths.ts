/**
 * File names as git prints them. git stores names as bytes and accepts any byte but NUL, so a
 * pull request can commit a name that is not UTF-8 (`b\xff.onnx`). Decoded the usual way, each
 * bad byte becomes U+FFFD, and the name reads the same as a valid name that has U+FFFD in it
 * (`b\u{fffd}.onnx`, bytes EF BF BD): the gate would then measure that other file in its place.
 *
 * Here a byte that is not part of valid UTF-8 becomes the lone surrogate U+DC80..U+DCFF (as
 * Python's `surrogateescape`). Valid UTF-8 never decodes to a lone surrogate, so such a name
 * cannot equal any real name; it cannot be encoded back either (Node writes a lone surrogate as
 * U+FFFD, the other file again), so every read of it is refused (`undecodableName`) and the
 * model is reported as not measured.
 */

import { decodeUtf8Escaped, hasLoneSurrogate } from '../formats/escaped-utf8.js';

/** git output (names, NUL- or line-separated) as text; bytes that are not UTF-8 as U+DC80..U+DCFF. */
export function decodeGitOutput(raw: Uint8Array): string {
  return decodeUtf8Escaped(raw);
}

/** Whether a name holds a lone surrogate: bytes that were not UTF-8 (decodeGitOutput), which no read can name exactly. */
export function undecodableName(path: string): boolean {
  return hasLoneSurrogate(path);
}

/** The one-line reason a read of such a name is refused. */
export const UNDECODABLE_NAME = 'its name is not valid UTF-8, so it cannot be read by that name (rename it)';

/**
 * Whether a path has an empty, `.` or `..` component: git trees can hold such entries (git mktree
 * takes them; only a checkout refuses them), and read or written they would lead out of the tree.
 */
export function hasUncheckedOutComponent(path: string): boolean {
  return path.split('/').some((part) => part === '' || part === '.' || part === '..');
}

export const NOT_CHECKED_OUT = "is not a path git checks out (an empty, '.' or '..' component)";
