/**
 * Bytes that should be UTF-8 (git's file names, GGUF keys and tensor names) as text in which a
 * byte that is not part of valid UTF-8 becomes the lone surrogate U+DC80..U+DCFF, as Python's
 * `surrogateescape` does. Decoded the usual way, each bad byte becomes U+FFFD: two different
 * names (`a\xff`, `a\xfe`) then read as one, and as a valid name holding U+FFFD (bytes EF BF BD).
 * Valid UTF-8 never decodes to a lone surrogate, so this decoding keeps different bytes
 * different; the report shows such a half as `\xff` (report/escape.ts, visibleControls).
 */

// ignoreBOM keeps a leading U+FEFF: stripped, `\ufeffm.onnx` would read as `m.onnx`.
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes a UTF-8 sequence takes from its lead byte; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** `raw` as text; bytes that are not UTF-8 as U+DC80..U+DCFF (see above). */
export function decodeUtf8Escaped(raw: Uint8Array): string {
  try {
    return STRICT.decode(raw);
  } catch {
    // Not UTF-8 somewhere: decode sequence by sequence below.
  }
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (end > runStart) parts.push(STRICT.decode(raw.subarray(runStart, end)));
  };
  while (i < raw.length) {
    const b = raw[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(b);
    let valid = n > 0 && i + n <= raw.length;
    if (valid) {
      try {
        STRICT.decode(raw.subarray(i, i + n));
      } catch {
        valid = false;
      }
    }
    if (valid) {
      i += n;
      continue;
    }
    flush(i);
    parts.push(String.fromCharCode(0xdc00 + b));
    i++;
    runStart = i;
  }
  flush(i);
  return parts.join('');
}

/**
 * decodeUtf8Escaped for a buffer read from a model file, with Buffer's fast decoder first: only
 * text in which it put a U+FFFD (a bad byte, or a real U+FFFD) is decoded again strictly.
 */
export function decodeNameBytes(raw: Buffer): string {
  const text = raw.toString('utf8');
  return text.includes('\ufffd') ? decodeUtf8Escaped(raw) : text;
}
