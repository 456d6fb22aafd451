/**
 * Field loops over protobuf messages held in memory (TensorFlow's protos are read without a
 * schema: only the few fields we need, by number). Truncated or malformed bytes become a
 * ProtoError, which the readers turn into a one-line ModelFileError naming the file.
 */
import protobufMinimal from 'protobufjs/minimal.js';

const { Reader } = protobufMinimal;
type ReaderT = InstanceType<typeof Reader>;

export const WIRE = { VARINT: 0, I64: 1, LEN: 2, I32: 5 } as const;

export class ProtoError extends Error {
  override readonly name = 'ProtoError';
}

/** One field of a message: its number, wire type and a reader positioned at its value. */
export interface Field {
  readonly no: number;
  readonly wire: number;
  /** The value of a length-delimited field (a view, never a copy). */
  bytes(): Uint8Array;
  /** A varint as a JS number (refuses values past 2^53). */
  varint(): number;
  string(): string;
  /** A signed int64 varint (TensorShapeProto dims use -1 for unknown); refuses values past 2^53. */
  int64(): number;
  /** Integers, packed (LEN) or one unpacked varint (signed, as int32/int64 fields are). */
  ints(): number[];
  /** Floats, packed (LEN) or one unpacked fixed32. */
  floats(): number[];
}

/** A signed varint from `r` as a JS number, or a ProtoError past 2^53 either way. */
function signedVarint(r: ReaderT, no: number, what: string): number {
  const v = r.int64() as unknown as { low: number; high: number };
  const n = (v.high | 0) * 2 ** 32 + (v.low >>> 0);
  if (!Number.isSafeInteger(n)) throw new ProtoError(`${what}: field ${no} is out of range`);
  return n;
}

const MAX_SAFE_HIGH = 2 ** 21;

/**
 * Calls `visit` for every field of `buf`; fields `visit` does not consume are skipped.
 * Throws ProtoError for a message that does not parse.
 */
export function eachField(buf: Uint8Array, what: string, visit: (f: Field) => void): void {
  const r: ReaderT = Reader.create(buf);
  try {
    while (r.pos < r.len) {
      const tag = r.uint32();
      const no = tag >>> 3;
      const wire = tag & 7;
      if (no === 0 || wire === 3 || wire === 4 || wire > 5) throw new ProtoError(`${what}: bad field tag ${tag}`);
      let consumed = false;
      const field: Field = {
        no,
        wire,
        bytes() {
          expect(wire, WIRE.LEN, no, what);
          consumed = true;
          return r.bytes();
        },
        varint() {
          expect(wire, WIRE.VARINT, no, what);
          consumed = true;
          const v = r.uint64() as unknown as { low: number; high: number };
          if (v.high >>> 0 >= MAX_SAFE_HIGH) throw new ProtoError(`${what}: field ${no} is out of range`);
          return (v.high >>> 0) * 2 ** 32 + (v.low >>> 0);
        },
        string() {
          expect(wire, WIRE.LEN, no, what);
          consumed = true;
          return r.string();
        },
        int64() {
          expect(wire, WIRE.VARINT, no, what);
          consumed = true;
          return signedVarint(r, no, what);
        },
        ints() {
          consumed = true;
          if (wire === WIRE.VARINT) return [signedVarint(r, no, what)];
          expect(wire, WIRE.LEN, no, what);
          return packedInts(r.bytes(), what);
        },
        floats() {
          consumed = true;
          if (wire === WIRE.I32) return [r.float()];
          expect(wire, WIRE.LEN, no, what);
          return packedFloats(r.bytes(), what);
        },
      };
      visit(field);
      if (!consumed) r.skipType(wire);
    }
  } catch (e) {
    if (e instanceof ProtoError) throw e;
    // protobufjs signals truncation with a RangeError ("index out of range").
    if (e instanceof RangeError || e instanceof Error) throw new ProtoError(`${what}: not a valid protobuf message (${e.message})`);
    throw e;
  }
}

/** The signed varints of a packed repeated integer field's bytes. */
export function packedInts(bytes: Uint8Array, what: string): number[] {
  const inner: ReaderT = Reader.create(bytes);
  const out: number[] = [];
  try {
    while (inner.pos < inner.len) out.push(signedVarint(inner, 0, what));
  } catch (e) {
    if (e instanceof ProtoError) throw e;
    throw new ProtoError(`${what}: a packed integer list is cut short`);
  }
  return out;
}

/** The floats of a packed repeated float field's bytes. */
export function packedFloats(b: Uint8Array, what: string): number[] {
  if (b.byteLength % 4 !== 0) throw new ProtoError(`${what}: ${b.byteLength} bytes are not a whole number of floats`);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return Array.from({ length: b.byteLength / 4 }, (_, i) => dv.getFloat32(4 * i, true));
}

function expect(wire: number, want: number, no: number, what: string): void {
  if (wire !== want) throw new ProtoError(`${what}: field ${no} has wire type ${wire}, expected ${want}`);
}
