/**
 * Packed double_data whose length is not a whole number of doubles: the decoder read a whole
 * double past the field's end and went on 4 bytes out of step.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import protobuf from 'protobufjs';
import { decodeGraph } from '../../src/formats/onnx/decode.js';
import { WireError, WireReader } from '../../src/formats/onnx/wire.js';

function graphWithDoubles(packedBytes: number): Uint8Array {
  const t = protobuf.Writer.create();
  t.uint32((1 << 3) | 0).int64(2); // dims: [2]
  t.uint32((2 << 3) | 0).int32(11); // data_type: DOUBLE
  t.uint32((10 << 3) | 2).bytes(new Uint8Array(packedBytes)); // double_data, packed
  t.uint32((8 << 3) | 2).string('w'); // name, after the data
  const tensor = t.finish();
  return protobuf.Writer.create().uint32((5 << 3) | 2).bytes(tensor).finish(); // GraphProto.initializer
}

test('packed doubles of 12 bytes are refused in one line, not read 4 bytes out of step', () => {
  const bytes = graphWithDoubles(12);
  assert.throws(() => decodeGraph(WireReader.fromBytes(bytes), bytes.length, { externalTensors: [] }),
    (e: Error) => e instanceof WireError && e.message.includes('packed doubles of 12 bytes is not a multiple of 8'));
});

test('packed doubles of 16 bytes are two values', () => {
  const bytes = graphWithDoubles(16);
  const g = decodeGraph(WireReader.fromBytes(bytes), bytes.length, { externalTensors: [] });
  assert.equal(g.initializers.get('w')?.dims.join('x'), '2');
});
