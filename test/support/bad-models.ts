/**
 * Broken ONNX files, one per way a file can be wrong, each with the exact one-line message the
 * CLI must print. Shared by the reader tests (in process) and the CLI tests (the built bundle).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { GraphBuilder, ExternalDataFile, RawWriter, modelBytes, truncate } from './onnx-writer.js';

export interface BadCase {
  /** Test title. */
  readonly title: string;
  /** File name inside the case folder (the model). */
  readonly file: string;
  /** Writes the model (and any side files) into `dir`. */
  write(dir: string): void;
  /** The message after `model-budget: <path>: `. */
  readonly detail: string | RegExp;
  /** Graph-level problems are found by the engine when profiling, not by the reader. */
  readonly foundBy?: 'profile';
}

function smallModel(): GraphBuilder {
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 4]);
  g.initializer('w', 'float32', [4, 4]);
  g.node('MatMul', ['x', 'w'], ['y']);
  g.output('y', 'float32', [1, 4]);
  return g;
}

function write(dir: string, file: string, bytes: Uint8Array | string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), bytes);
}

/** A model whose only initializer lives in external data at `location`. */
function externalModel(location: string, opts: { length?: number; sideBytes?: number } = {}): (dir: string) => void {
  return (dir) => {
    const g = new GraphBuilder('main');
    g.input('x', 'float32', [1, 4]);
    g.initializer('w', 'float32', [4, 4], { external: { location, offset: 0, ...(opts.length !== undefined ? { length: opts.length } : {}) } });
    g.node('MatMul', ['x', 'w'], ['y']);
    g.output('y', 'float32', [1, 4]);
    write(dir, 'model.onnx', modelBytes(g));
    if (opts.sideBytes !== undefined) write(dir, location, new Uint8Array(opts.sideBytes));
  };
}

export const BAD_CASES: readonly BadCase[] = [
  {
    title: 'zero-length file', file: 'empty.onnx',
    write: (dir) => write(dir, 'empty.onnx', new Uint8Array(0)),
    detail: 'file is empty (0 bytes)',
  },
  {
    title: 'truncated file', file: 'truncated.onnx',
    write: (dir) => {
      const bytes = modelBytes(smallModel());
      write(dir, 'truncated.onnx', truncate(bytes, bytes.length - 10));
    },
    detail: /^truncated: .* \(the file is truncated or corrupt\)$/,
  },
  {
    title: 'not an ONNX file (text)', file: 'notes.onnx',
    write: (dir) => write(dir, 'notes.onnx', 'This is a text file, not a model.\n'),
    detail: /^corrupt or not an ONNX model: |^not an ONNX model/,
  },
  {
    title: 'a protobuf without a graph', file: 'nograph.onnx',
    write: (dir) => write(dir, 'nograph.onnx', new RawWriter().varint(1, 8).bytes(2, 'someone').finish()),
    detail: 'not an ONNX model: no graph in the file',
  },
  {
    title: 'wrong wire type for the graph field', file: 'wire.onnx',
    write: (dir) => write(dir, 'wire.onnx', new RawWriter().varint(1, 8).varint(7, 5).finish()),
    detail: 'corrupt or not an ONNX model: ModelProto.graph has wire type varint, expected length-delimited (byte 3)',
  },
  {
    title: 'dims that overflow', file: 'overflow.onnx',
    write: (dir) => write(dir, 'overflow.onnx', new RawWriter().varint(1, 8)
      .message(7, (g) => g.message(5, (t) => t.varint(1, 2n ** 62n).varint(2, 1).bytes(8, 'huge')))
      .finish()),
    detail: "corrupt or not an ONNX model: initializer 'huge' has dim beyond 2^53 out of range",
  },
  {
    // Packed dims: the error names the first bad dim, wherever in the packed run it lies.
    title: 'packed dims, the second beyond 2^53', file: 'packed-overflow.onnx',
    write: (dir) => write(dir, 'packed-overflow.onnx', new RawWriter().varint(1, 8)
      .message(7, (g) => g.message(5, (t) => t.bytes(1, new RawWriter().rawVarint(3).rawVarint(2n ** 62n).finish()).varint(2, 1).bytes(8, 'huge')))
      .finish()),
    detail: "corrupt or not an ONNX model: initializer 'huge' has dim beyond 2^53 out of range",
  },
  {
    title: 'packed dims, a negative one before one beyond 2^53', file: 'packed-negative.onnx',
    write: (dir) => write(dir, 'packed-negative.onnx', new RawWriter().varint(1, 8)
      .message(7, (g) => g.message(5, (t) => t.bytes(1, new RawWriter().rawVarint(-1n).rawVarint(2n ** 62n).finish()).varint(2, 1).bytes(8, 'neg')))
      .finish()),
    detail: "corrupt or not an ONNX model: initializer 'neg' has dim -1 out of range",
  },
  {
    // A one-byte length (read on the fast path of WireReader.string) past the node's end.
    title: 'a name whose length runs past its node', file: 'name-overrun.onnx',
    write: (dir) => write(dir, 'name-overrun.onnx', new RawWriter().varint(1, 8)
      .message(7, (g) => g.message(1, (n) => n.lengthPrefix(1, 5).raw([0x78]))).finish()),
    detail: 'truncated: NodeProto.input at byte 7 claims 5 bytes but its message ends at byte 9 (the file is truncated or corrupt)',
  },
  {
    // A ten-byte varint of -11 as producer_name's length: it led back to the field's own tag, and
    // the reader read that field again forever (a 13-byte file hung the profile).
    title: 'a length that decodes negative', file: 'negative-length.onnx',
    write: (dir) => write(dir, 'negative-length.onnx', new RawWriter().varint(1, 8)
      .raw([0x12, 0xf5, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).finish()),
    detail: 'corrupt or not an ONNX model: ModelProto.producer_name at byte 3 has a negative length (-11)',
  },
  {
    // doc_string (field 6) is skipped, not read: its length is checked all the same.
    title: 'a skipped field whose length runs past its message', file: 'skip-overrun.onnx',
    write: (dir) => write(dir, 'skip-overrun.onnx', new RawWriter().varint(1, 8).lengthPrefix(6, 5).raw([0x78]).finish()),
    detail: 'truncated: a skipped field at byte 3 claims 5 bytes but its message ends at byte 5 (the file is truncated or corrupt)',
  },
  {
    title: 'a skipped field whose length decodes negative', file: 'skip-negative.onnx',
    write: (dir) => write(dir, 'skip-negative.onnx', new RawWriter().varint(1, 8)
      .raw([0x32, 0xf5, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).finish()),
    detail: 'corrupt or not an ONNX model: a skipped field at byte 3 has a negative length (-11)',
  },
  {
    // 0x80 0x00 is a two-byte varint of 0: not a one-byte tag, still field number 0.
    title: 'field number 0 written as a two-byte tag', file: 'tag-zero.onnx',
    write: (dir) => write(dir, 'tag-zero.onnx', new RawWriter().varint(1, 8).raw([0x80, 0x00]).finish()),
    detail: 'not an ONNX model: invalid protobuf field number 0 at byte 2',
  },
  {
    title: 'element count that overflows', file: 'elements.onnx',
    write: (dir) => write(dir, 'elements.onnx', new RawWriter().varint(1, 8)
      .message(7, (g) => g.message(5, (t) => t.varint(1, 2n ** 40n).varint(1, 2n ** 40n).varint(2, 1).bytes(8, 'big')))
      .finish()),
    detail: "corrupt or not an ONNX model: initializer 'big' has dims [1099511627776, 1099511627776] whose element count overflows",
  },
  {
    title: 'raw_data size that does not match dims', file: 'rawsize.onnx',
    write: (dir) => {
      const g = new GraphBuilder('main');
      g.initializer('w', 'float32', [4, 4], { raw: new Uint8Array(60) });
      g.input('x', 'float32', [1, 4]);
      g.node('MatMul', ['x', 'w'], ['y']);
      g.output('y', 'float32', [1, 4]);
      write(dir, 'rawsize.onnx', modelBytes(g));
    },
    detail: "corrupt or not an ONNX model: initializer 'w': raw_data has 60 bytes but dims [4, 4] of float32 need 64",
  },
  {
    title: 'a cycle in the graph', file: 'cycle.onnx',
    write: (dir) => {
      const g = new GraphBuilder('main');
      g.input('x', 'float32', [1, 4]);
      g.node('Add', ['x', 'c'], ['a'], {}, { name: 'first' });
      g.node('Relu', ['a'], ['c'], {}, { name: 'second' });
      g.output('c', 'float32', [1, 4]);
      write(dir, 'cycle.onnx', modelBytes(g));
    },
    detail: "graph 'main' has a cycle through node 'first'",
    foundBy: 'profile',
  },
  {
    title: 'external data escaping the folder with ../', file: 'model.onnx',
    write: externalModel('../outside.data'),
    detail: "tensor 'w' external data '../outside.data': path escapes the model's folder",
  },
  {
    title: 'external data with an absolute path', file: 'model.onnx',
    write: externalModel('/etc/passwd'),
    detail: "tensor 'w' external data '/etc/passwd': absolute paths are not allowed; it must be relative to the model's folder",
  },
  {
    title: 'external data file missing', file: 'model.onnx',
    write: externalModel('weights.data'),
    detail: "tensor 'w' external data 'weights.data': no such file",
  },
  {
    title: 'external data file too small', file: 'model.onnx',
    write: externalModel('weights.data', { sideBytes: 40 }),
    detail: "tensor 'w' external data 'weights.data': needs bytes 0..64 but the file has 40",
  },
  {
    title: 'external data length that contradicts dims', file: 'model.onnx',
    write: externalModel('weights.data', { length: 32, sideBytes: 64 }),
    detail: "tensor 'w' external data 'weights.data': length 32 does not match dims [4, 4] of float32 (64 bytes)",
  },
];

/** A valid model with external data, for the positive case. */
export function writeExternalModel(dir: string): string {
  const side = new ExternalDataFile('weights.data');
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 4]);
  g.initializer('w', 'float32', [4, 4], { external: side });
  g.node('MatMul', ['x', 'w'], ['y']);
  g.output('y', 'float32', [1, 4]);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.onnx'), modelBytes(g));
  side.write(dir);
  return join(dir, 'model.onnx');
}

/**
 * One test per bad case: the case's files are written in a fresh folder (removed afterwards) and
 * `check` gets the model's path. With stage 'read', only the cases the reader itself must catch.
 */
export function testEachBadCase(check: (c: BadCase, path: string) => void | Promise<void>, stage?: 'read'): void {
  const root = mkdtempSync(join(tmpdir(), 'mb-bad-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  BAD_CASES.forEach((c, i) => {
    if (stage === 'read' && c.foundBy === 'profile') return;
    test(c.title, () => {
      const dir = join(root, `case${i}`, 'models');
      c.write(dir);
      return check(c, join(dir, c.file));
    });
  });
}

/** Asserts a one-line detail against a case's expected text or pattern. */
export function assertDetail(c: BadCase, detail: string): void {
  if (typeof c.detail === 'string') assert.equal(detail, c.detail);
  else assert.match(detail, c.detail);
}
