/**
 * Writers for real safetensors and GGUF bytes (zero-filled payloads), used by
 * scripts/make-weight-fixtures.ts and by the reader tests to make broken variants.
 */

export interface StTensor {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  /** Payload size; defaults to what shape x dtype needs. */
  readonly bytes?: number;
}

const ST_BITS: Record<string, number> = {
  BOOL: 8, F4: 4, F6_E2M3: 6, F6_E3M2: 6, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8, I16: 16, U16: 16,
  F16: 16, BF16: 16, I32: 32, U32: 32, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64,
};

export function stBytesOf(t: StTensor): number {
  if (t.bytes !== undefined) return t.bytes;
  const n = t.shape.reduce((a, b) => a * b, 1);
  return Math.ceil((n * (ST_BITS[t.dtype] ?? 8)) / 8);
}

/**
 * A safetensors file: tensors laid out in order, header padded with spaces to 8 bytes as the
 * reference writer does. `headerOverride` replaces the JSON text (for malformed headers).
 */
export function safetensorsBytes(tensors: readonly StTensor[], metadata?: Record<string, string>, headerOverride?: string): Buffer {
  const { header, dataBytes } = safetensorsHeader(tensors, metadata, headerOverride);
  return Buffer.concat([header, Buffer.alloc(dataBytes)]);
}

/** The 8-byte length and the JSON header, and how many data bytes must follow (the bench writes them sparse). */
export function safetensorsHeader(tensors: readonly StTensor[], metadata?: Record<string, string>, headerOverride?: string): { header: Buffer; dataBytes: number } {
  const header: Record<string, unknown> = {};
  if (metadata) header['__metadata__'] = metadata;
  let offset = 0;
  for (const t of tensors) {
    const n = stBytesOf(t);
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + n] };
    offset += n;
  }
  let json = headerOverride ?? JSON.stringify(header);
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const head = Buffer.alloc(8);
  head.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
  return { header: Buffer.concat([head, Buffer.from(json, 'utf8')]), dataBytes: offset };
}

// ---- GGUF ----

export type GgufKv =
  | { readonly type: 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'f32' | 'u64' | 'i64' | 'f64'; readonly value: number | bigint }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'array'; readonly elementType: GgufKv['type']; readonly values: readonly GgufKv[] };

const KV_TYPE: Record<GgufKv['type'], number> = { u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10, i64: 11, f64: 12 };

export interface GgufTensorSpec {
  readonly name: string;
  /** ne[0] first (fastest-varying), as GGUF stores them. */
  readonly ne: readonly number[];
  readonly type: number;
  /** Data bytes (block count x bytes per block). */
  readonly bytes: number;
}

class Out {
  parts: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.parts.push(b);
    this.length += b.byteLength;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  u64(v: number | bigint): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  count(v: number | bigint, version: number): void {
    if (version === 1) this.u32(Number(v));
    else this.u64(v);
  }
  str(s: string, version: number): void {
    const b = Buffer.from(s, 'utf8');
    this.count(b.byteLength, version);
    this.push(b);
  }
}

function writeValue(o: Out, kv: GgufKv, version: number): void {
  switch (kv.type) {
    case 'u8': o.push(Buffer.from([Number(kv.value)])); break;
    case 'i8': { const b = Buffer.alloc(1); b.writeInt8(Number(kv.value)); o.push(b); break; }
    case 'u16': { const b = Buffer.alloc(2); b.writeUInt16LE(Number(kv.value)); o.push(b); break; }
    case 'i16': { const b = Buffer.alloc(2); b.writeInt16LE(Number(kv.value)); o.push(b); break; }
    case 'u32': o.u32(Number(kv.value)); break;
    case 'i32': { const b = Buffer.alloc(4); b.writeInt32LE(Number(kv.value)); o.push(b); break; }
    case 'f32': { const b = Buffer.alloc(4); b.writeFloatLE(Number(kv.value)); o.push(b); break; }
    case 'u64': o.u64(kv.value); break;
    case 'i64': { const b = Buffer.alloc(8); b.writeBigInt64LE(BigInt(kv.value)); o.push(b); break; }
    case 'f64': { const b = Buffer.alloc(8); b.writeDoubleLE(Number(kv.value)); o.push(b); break; }
    case 'bool': o.push(Buffer.from([kv.value ? 1 : 0])); break;
    case 'string': o.str(kv.value, version); break;
    case 'array':
      o.u32(KV_TYPE[kv.elementType]);
      o.count(kv.values.length, version);
      for (const v of kv.values) writeValue(o, v, version);
      break;
  }
}

export interface GgufOptions {
  readonly version: 1 | 2 | 3;
  readonly metadata: ReadonlyArray<readonly [string, GgufKv]>;
  readonly tensors: readonly GgufTensorSpec[];
  readonly alignment?: number;
}

/** A GGUF file: header, metadata, tensor infos, padding to the alignment, zero-filled data. */
export function ggufBytes(opts: GgufOptions): Buffer {
  const { header, dataBytes } = ggufHeader(opts);
  return Buffer.concat([header, Buffer.alloc(dataBytes)]);
}

/** Everything up to the aligned start of the tensor data, and how many data bytes follow. */
export function ggufHeader(opts: GgufOptions): { header: Buffer; dataBytes: number } {
  const v = opts.version;
  const align = opts.alignment ?? 32;
  const o = new Out();
  o.push(Buffer.from('GGUF', 'latin1'));
  o.u32(v);
  o.count(opts.tensors.length, v);
  o.count(opts.metadata.length, v);
  for (const [key, kv] of opts.metadata) {
    o.str(key, v);
    o.u32(KV_TYPE[kv.type]);
    writeValue(o, kv, v);
  }
  let offset = 0;
  const offsets: number[] = [];
  for (const t of opts.tensors) {
    offsets.push(offset);
    offset += Math.ceil(t.bytes / align) * align;
  }
  opts.tensors.forEach((t, i) => {
    o.str(t.name, v);
    o.u32(t.ne.length);
    for (const d of t.ne) o.count(d, v);
    o.u32(t.type);
    o.u64(offsets[i]!);
  });
  o.push(Buffer.alloc((align - (o.length % align)) % align));
  const last = opts.tensors.length ? offsets[offsets.length - 1]! + opts.tensors[opts.tensors.length - 1]!.bytes : 0;
  return { header: Buffer.concat(o.parts), dataBytes: last };
}

export const u32 = (value: number): GgufKv => ({ type: 'u32', value });
export const str = (value: string): GgufKv => ({ type: 'string', value });
