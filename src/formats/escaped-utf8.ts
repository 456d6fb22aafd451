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

/** Whether raw[i] exists and lies in lo..hi. */
function byteIn(raw: Uint8Array, i: number, lo: number, hi: number): boolean {
  const b = raw[i];
  return b !== undefined && b >= lo && b <= hi;
}

/**
 * The length of the well-formed UTF-8 sequence that starts at raw[i] (Unicode's table 3-7: no
 * overlong form, no surrogate, nothing past U+10FFFF), 0 when none does. Checked byte by byte: a
 * strict TextDecoder throwing on each bad sequence took 9 µs a byte, so 100 MB of tensor names of
 * `E0 41` read for a quarter of an hour.
 */
function sequenceAt(raw: Uint8Array, i: number): number {
  const b = raw[i]!;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return byteIn(raw, i + 1, 0x80, 0xbf) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const ok = byteIn(raw, i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && byteIn(raw, i + 2, 0x80, 0xbf);
    return ok ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const ok = byteIn(raw, i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && byteIn(raw, i + 2, 0x80, 0xbf) && byteIn(raw, i + 3, 0x80, 0xbf);
    return ok ? 4 : 0;
  }
  return 0;
}

/**
 * Text built from UTF-16 code units and decoded runs: units are gathered in an array and made a
 * string 4,096 at a time (fromCharCode takes them on the stack), not appended one by one.
 */
class TextBuilder {
  private readonly parts: string[] = [];
  private units: number[] = [];

  unit(u: number): void {
    this.units.push(u);
    if (this.units.length === 4096) this.flush();
  }

  text(t: string): void {
    this.flush();
    this.parts.push(t);
  }

  private flush(): void {
    if (this.units.length === 0) return;
    this.parts.push(String.fromCharCode.apply(null, this.units));
    this.units = [];
  }

  done(): string {
    this.flush();
    return this.parts.join('');
  }
}

/**
 * Valid UTF-8 raw[from..to) into `out`. A short run is decoded here: a TextDecoder call costs
 * about as much as a hundred bytes, and text that alternates bad and good bytes is all short runs.
 */
function decodeRun(raw: Uint8Array, from: number, to: number, out: TextBuilder): void {
  if (to - from > 64) {
    out.text(STRICT.decode(raw.subarray(from, to)));
    return;
  }
  for (let i = from; i < to;) {
    const b = raw[i]!;
    if (b < 0x80) {
      out.unit(b);
      i++;
    } else if (b < 0xe0) {
      out.unit(((b & 0x1f) << 6) | (raw[i + 1]! & 0x3f));
      i += 2;
    } else if (b < 0xf0) {
      out.unit(((b & 0x0f) << 12) | ((raw[i + 1]! & 0x3f) << 6) | (raw[i + 2]! & 0x3f));
      i += 3;
    } else {
      const cp = ((b & 0x07) << 18) | ((raw[i + 1]! & 0x3f) << 12) | ((raw[i + 2]! & 0x3f) << 6) | (raw[i + 3]! & 0x3f);
      out.unit(0xd800 + ((cp - 0x10000) >> 10));
      out.unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
      i += 4;
    }
  }
}

/** The sequence-by-sequence decoding of text known not to be all UTF-8 (see above). */
function decodeMixed(raw: Uint8Array): string {
  const out = new TextBuilder();
  let runStart = 0;
  let i = 0;
  while (i < raw.length) {
    const n = sequenceAt(raw, i);
    if (n > 0) {
      i += n;
      continue;
    }
    // Valid up to i; the byte at i starts no sequence.
    if (i > runStart) decodeRun(raw, runStart, i, out);
    out.unit(0xdc00 + raw[i]!);
    i++;
    runStart = i;
  }
  if (i > runStart) decodeRun(raw, runStart, i, out);
  return out.done();
}

/** `raw` as text; bytes that are not UTF-8 as U+DC80..U+DCFF (see above). */
export function decodeUtf8Escaped(raw: Uint8Array): string {
  try {
    return STRICT.decode(raw);
  } catch {
    return decodeMixed(raw);
  }
}

/**
 * decodeUtf8Escaped for a buffer read from a model file, with Buffer's fast decoder first: only
 * text in which it put a U+FFFD (a bad byte, or a real U+FFFD) is decoded again strictly.
 */
export function decodeNameBytes(raw: Buffer): string {
  const text = raw.toString('utf8');
  return text.includes('\ufffd') ? decodeMixed(raw) : text;
}

/** A UTF-16 half with no other half: a byte decodeUtf8Escaped kept (U+DC80..U+DCFF), or any other stray half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
const AROUND_LONE_SURROGATES = new RegExp(`(${LONE_SURROGATE.source})`);

/** Whether text holds a lone surrogate (bytes that were not UTF-8, which no encoder writes back). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** text with each lone surrogate replaced by `shown(half)`. */
export function replaceLoneSurrogates(text: string, shown: (half: string) => string): string {
  return text.replace(LONE_SURROGATES, shown);
}

/**
 * The bytes decodeUtf8Escaped read `text` from: each U+DC80..U+DCFF is its byte again. Null for
 * any other lone half, which stands for no byte.
 */
export function encodeUtf8Escaped(text: string): Buffer | null {
  const parts = text.split(AROUND_LONE_SURROGATES);
  const out: Buffer[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) {
      out.push(Buffer.from(part, 'utf8'));
      continue;
    }
    const code = part.charCodeAt(0);
    if (code < 0xdc80 || code > 0xdcff) return null;
    out.push(Buffer.of(code - 0xdc00));
  }
  return Buffer.concat(out);
}
