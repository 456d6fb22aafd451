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

function expect(wire: number, want: number, no: number, what: string): void {
  if (wire !== want) throw new ProtoError(`${what}: field ${no} has wire type ${wire}, expected ${want}`);
}
