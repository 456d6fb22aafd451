/**
 * Finds the external-data side files an ONNX model references (TensorProto.external_data
 * entries with key "location"), so a changed `model.onnx.data` marks `model.onnx` as changed and
 * both copies of the model can be materialised together with their side files.
 *
 * Walks the protobuf wire format directly and only descends into the messages that can hold
 * tensors; a malformed file yields the locations found so far (the profiler reports the error).
 */
import { FIELD } from '../formats/onnx/schema.js';

interface Cursor {
  readonly buf: Uint8Array;
  pos: number;
  readonly end: number;
}

function readVarint(c: Cursor): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (c.pos >= c.end) throw new RangeError('truncated varint');
    const b = c.buf[c.pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return result;
    shift += 7;
    if (shift > 63) throw new RangeError('varint too long');
  }
}

/** Calls `visit(field, sub-cursor)` for each length-delimited field; skips everything else. */
function forEachField(c: Cursor, visit: (field: number, sub: Cursor) => void): void {
  while (c.pos < c.end) {
    const key = readVarint(c);
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) readVarint(c);
    else if (wire === 1) c.pos += 8;
    else if (wire === 5) c.pos += 4;
    else if (wire === 2) {
      const len = readVarint(c);
      const start = c.pos;
      const stop = start + len;
      if (stop > c.end) throw new RangeError('truncated field');
      visit(field, { buf: c.buf, pos: start, end: stop });
      c.pos = stop;
    } else {
      throw new RangeError(`unsupported wire type ${wire}`);
    }
  }
}

const utf8 = new TextDecoder();

function tensor(c: Cursor, out: Set<string>): void {
  forEachField(c, (f, sub) => {
    if (f !== FIELD.tensor.externalData) return;
    let key = '';
    let value = '';
    forEachField(sub, (ef, s) => {
      if (ef === FIELD.stringEntry.key) key = utf8.decode(s.buf.subarray(s.pos, s.end));
      else if (ef === FIELD.stringEntry.value) value = utf8.decode(s.buf.subarray(s.pos, s.end));
    });
    if (key === 'location' && value) out.add(value);
  });
}

function sparseTensor(c: Cursor, out: Set<string>): void {
  forEachField(c, (f, sub) => {
    if (f === FIELD.sparseTensor.values || f === FIELD.sparseTensor.indices) tensor(sub, out);
  });
}

function attribute(c: Cursor, out: Set<string>): void {
  forEachField(c, (f, sub) => {
    const a = FIELD.attribute;
    if (f === a.t || f === a.tensors) tensor(sub, out);
    else if (f === a.g || f === a.graphs) graph(sub, out);
    else if (f === a.sparseTensor || f === a.sparseTensors) sparseTensor(sub, out);
  });
}

function node(c: Cursor, out: Set<string>): void {
  forEachField(c, (f, sub) => {
    if (f === FIELD.node.attribute) attribute(sub, out);
  });
}

function graph(c: Cursor, out: Set<string>): void {
  forEachField(c, (f, sub) => {
    const g = FIELD.graph;
    if (f === g.initializer) tensor(sub, out);
    else if (f === g.sparseInitializer) sparseTensor(sub, out);
    else if (f === g.node) node(sub, out);
  });
}

/** Relative locations (as written in the model) of every external-data file it references. */
export function externalDataLocations(model: Uint8Array): string[] {
  const out = new Set<string>();
  try {
    forEachField({ buf: model, pos: 0, end: model.length }, (f, sub) => {
      if (f === FIELD.model.graph) graph(sub, out);
      else if (f === FIELD.model.functions) {
        forEachField(sub, (ff, s) => {
          if (ff === FIELD.function.node) node(s, out);
        });
      }
    });
  } catch {
    // Malformed protobuf: keep what was found; profiling the file reports the real error.
  }
  return [...out];
}
