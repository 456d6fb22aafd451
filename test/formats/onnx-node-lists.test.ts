/**
 * decodeNode reuses its input and output lists from node to node: a node decoded while they are
 * taken (inside a subgraph attribute of that node) must not write into them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import protobuf from 'protobufjs';
import { decodeGraph } from '../../src/formats/onnx/decode.js';
import { WireReader } from '../../src/formats/onnx/wire.js';

/** NodeProto fields: input 1, output 2, op_type 4, attribute 5 (AttributeProto: name 1, g 6, type 20). */
function node(w: protobuf.Writer, inputs: string[], outputs: string[], opType: string, body?: Uint8Array): Uint8Array {
  for (const i of inputs) w.uint32((1 << 3) | 2).string(i);
  for (const o of outputs) w.uint32((2 << 3) | 2).string(o);
  // The attribute after the names (field order, as exporters write it): the nested graph's nodes
  // are decoded while this node holds its lists.
  if (body) {
    const a = protobuf.Writer.create().uint32((1 << 3) | 2).string('body').uint32((6 << 3) | 2).bytes(body).uint32((20 << 3) | 0).int32(5).finish();
    w.uint32((5 << 3) | 2).bytes(a);
  }
  return w.uint32((4 << 3) | 2).string(opType).finish();
}

function graph(nodes: Uint8Array[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const n of nodes) w.uint32((1 << 3) | 2).bytes(n); // GraphProto.node
  return w.finish();
}

test('a node with a subgraph keeps its own inputs and outputs', () => {
  const body = graph([node(protobuf.Writer.create(), ['p', 'q', 'r'], ['s', 't'], 'Inner')]);
  const bytes = graph([
    node(protobuf.Writer.create(), ['a'], ['b'], 'First'),
    node(protobuf.Writer.create(), ['b', 'c'], ['d'], 'Outer', body),
    node(protobuf.Writer.create(), ['d'], ['e'], 'Last'),
  ]);
  const g = decodeGraph(WireReader.fromBytes(bytes), bytes.length, { externalTensors: [] });
  assert.deepEqual(g.nodes.map((n) => [n.opType, n.inputs, n.outputs]), [
    ['First', ['a'], ['b']],
    ['Outer', ['b', 'c'], ['d']],
    ['Last', ['d'], ['e']],
  ]);
  const inner = g.nodes[1]!.attributes.get('body');
  assert.equal(inner?.type, 'graph');
  const n = inner.type === 'graph' ? inner.value.nodes[0]! : undefined;
  assert.deepEqual([n?.inputs, n?.outputs], [['p', 'q', 'r'], ['s', 't']]);
});

test('a node after a 100-input node has exactly its own inputs', () => {
  const many = Array.from({ length: 100 }, (_, i) => `x${i}`);
  const bytes = graph([node(protobuf.Writer.create(), many, ['cat'], 'Concat'), node(protobuf.Writer.create(), ['cat'], ['y'], 'Relu')]);
  const g = decodeGraph(WireReader.fromBytes(bytes), bytes.length, { externalTensors: [] });
  assert.deepEqual(g.nodes[0]!.inputs, many);
  assert.deepEqual([g.nodes[1]!.inputs, g.nodes[1]!.outputs], [['cat'], ['y']]);
});

test('a node whose names follow its subgraph, and a decode after one that failed mid-node, keep their own lists', () => {
  // Names after the attribute: the inner node has taken and given back the scratch lists before
  // the outer node writes its names; both must end up with exactly their own.
  const body = graph([node(protobuf.Writer.create(), ['p', 'q'], ['s'], 'Inner')]);
  const a = protobuf.Writer.create().uint32((1 << 3) | 2).string('body').uint32((6 << 3) | 2).bytes(body).uint32((20 << 3) | 0).int32(5).finish();
  const outer = protobuf.Writer.create().uint32((5 << 3) | 2).bytes(a);
  const late = graph([node(outer, ['u', 'v', 'w'], ['z'], 'Outer'), node(protobuf.Writer.create(), ['z'], ['y'], 'Next')]);
  const g = decodeGraph(WireReader.fromBytes(late), late.length, { externalTensors: [] });
  assert.deepEqual(g.nodes.map((n) => [n.opType, n.inputs, n.outputs]), [['Outer', ['u', 'v', 'w'], ['z']], ['Next', ['z'], ['y']]]);
  const inner = g.nodes[0]!.attributes.get('body');
  assert.deepEqual(inner?.type === 'graph' ? inner.value.nodes[0]!.inputs : undefined, ['p', 'q']);

  // A node that fails after two names (a field with wire type 7): the next file's nodes must not
  // see 'stale0', 'stale1' (the profiler decodes many files in one process).
  const broken = protobuf.Writer.create().uint32((1 << 3) | 2).string('stale0').uint32((1 << 3) | 2).string('stale1').uint32((3 << 3) | 7).finish();
  const bad = graph([broken]);
  assert.throws(() => decodeGraph(WireReader.fromBytes(bad), bad.length, { externalTensors: [] }));
  const good = graph([node(protobuf.Writer.create(), ['k'], ['m'], 'Relu')]);
  const g2 = decodeGraph(WireReader.fromBytes(good), good.length, { externalTensors: [] });
  assert.deepEqual([g2.nodes[0]!.inputs, g2.nodes[0]!.outputs], [['k'], ['m']]);
});
