import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { attr, constNode, DT, encodeTf, functionDef, opNode, tableBytes, writeSavedModel } from '../support/tf-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-tfcli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonProfile {
  model: { format: string; formatVersion: string; externalDataBytes: number };
  params: { total: number; bytes: number };
  totals: null;
  unavailable: { reason: string };
  weights: { buffers: { elements: number }; optimizer: { elements: number } };
}

function profile(path: string): JsonProfile {
  const r = runCli(['profile', path, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as JsonProfile;
}

function oneLineError(path: string, message: RegExp): void {
  const r = runCli(['profile', path]);
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, message);
}

describe('profile reads TensorFlow SavedModels and frozen GraphDefs', () => {
  const vars = [
    { name: 'dense/kernel', dtype: DT.float, dims: [8, 4] },
    { name: 'dense/bias', dtype: DT.float, dims: [4] },
    { name: 'bn/moving_mean', dtype: DT.float, dims: [4] },
    { name: 'dense/kernel/Adam', dtype: DT.float, dims: [8, 4] },
    { name: 'global_step', dtype: DT.int64, dims: [], size: 8 },
  ];

  test('a SavedModel: params from its variables, state apart, side files counted, costs n/a with the reason', () => {
    const pb = writeSavedModel(join(tmp, 'sm'), { node: [{ name: 'x', op: 'Placeholder' }] }, vars);
    const p = profile(pb);
    // 8*4 + 4 = 36 float32 params, 144 bytes; moving_mean 4 (buffer); Adam slot 32 + global_step 1 (optimizer)
    assert.deepEqual([p.model.format, p.model.formatVersion, p.params.total, p.params.bytes], ['tensorflow', 'SavedModel', 36, 144]);
    assert.deepEqual([p.weights.buffers.elements, p.weights.optimizer.elements], [4, 33]);
    // Shard: 128 + 16 + 16 + 128 + 8 = 296 bytes, plus the index file
    assert.ok(p.model.externalDataBytes > 296, String(p.model.externalDataBytes));
    assert.equal(p.totals, null);
    assert.match(p.unavailable.reason, /the graph states no shapes/);
  });

  test('a SavedModel folder given instead of its saved_model.pb is that model (#12)', () => {
    const dir = join(tmp, 'sm-folder');
    writeSavedModel(dir, { node: [{ name: 'x', op: 'Placeholder' }] }, vars);
    const p = profile(dir);
    // The same 36 params (8*4 + 4) as the saved_model.pb above.
    assert.deepEqual([p.model.format, p.model.formatVersion, p.params.total], ['tensorflow', 'SavedModel', 36]);
    oneLineError(join(dir, 'variables'), /variables: is a directory without a model file in it \(a model folder holds saved_model\.pb\)$/);
  });

  test('a frozen GraphDef: a filled Const counts by its shape', () => {
    const path = join(tmp, 'frozen.pb');
    writeFileSync(path, encodeTf('GraphDef', { node: [constNode('w', DT.float, [100, 10], { floatVal: [0] })] }));
    const p = profile(path);
    // 100*10 = 1000 float32 params = 4000 bytes
    assert.deepEqual([p.model.formatVersion, p.params.total, p.params.bytes], ['GraphDef', 1000, 4000]);
  });

  test('a missing shard and a corrupt index are one line with exit 2', () => {
    const pb = writeSavedModel(join(tmp, 'noshard'), { node: [{ name: 'x', op: 'Placeholder' }] }, vars);
    unlinkSync(join(tmp, 'noshard', 'variables', 'variables.data-00000-of-00001'));
    oneLineError(pb, /variables\.data-00000-of-00001: checkpoint shard missing or unreadable/);
    const bad = writeSavedModel(join(tmp, 'badindex'), { node: [{ name: 'x', op: 'Placeholder' }] }, vars);
    writeFileSync(join(tmp, 'badindex', 'variables', 'variables.index'), Buffer.alloc(64, 0xff));
    oneLineError(bad, /variables\.index: not a valid TensorFlow checkpoint index: the table footer has no table magic number/);
    const garbage = join(tmp, 'garbage.pb');
    writeFileSync(garbage, Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f]));
    oneLineError(garbage, /garbage\.pb: not a valid TensorFlow GraphDef/);
  });

  test('an index whose prefix-compressed keys spell out too much is one line with exit 2, not gigabytes', () => {
    const hostile = (name: string, entries: [Buffer, Buffer][]): string => {
      const pb = writeSavedModel(join(tmp, name), { node: [{ name: 'x', op: 'Placeholder' }] }, vars);
      // One restart point: every entry after the first shares all but its last bytes with the one before.
      writeFileSync(join(tmp, name, 'variables', 'variables.index'), tableBytes(entries, { perBlock: 1_000_000, restartInterval: 1_000_000 }));
      return pb;
    };
    const value = Buffer.alloc(1);
    // One key of 64 KiB + 1 bytes: longer than any variable name (the index block repeats it first).
    oneLineError(hostile('longkey', [[Buffer.alloc(64 * 1024 + 1, 0x61), value]]), /variables\.index: not a valid TensorFlow checkpoint index: index block: a 65537-byte key, longer than 65536 bytes \(keys are variable names\)$/);
    // 2,100 keys of 64,000 + 4 bytes, each written as its last 4 bytes: a 90 KB file whose keys
    // spell out 2,100 * 64,004 = 134,408,400 bytes, past 128 MiB (134,217,728) at the 2,098th.
    const prefix = Buffer.alloc(64_000, 0x61);
    const entries: [Buffer, Buffer][] = [];
    for (let i = 0; i < 2_100; i++) {
      const key = Buffer.alloc(64_004);
      prefix.copy(key);
      key.writeUInt32BE(i, 64_000);
      entries.push([key, value]);
    }
    oneLineError(hostile('squarekeys', entries), /variables\.index: not a valid TensorFlow checkpoint index: its keys spell out more than 128 MiB of names, more than any checkpoint$/);
  });

  test('a frozen GraphDef with shapes is costed; a function calling itself is one line with exit 2', () => {
    const path = join(tmp, 'costed.pb');
    writeFileSync(path, encodeTf('GraphDef', {
      node: [
        opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }),
        constNode('w', DT.float, [4, 3], { floatVal: [0] }),
        opNode('mm', 'MatMul', ['x', 'w'], { T: attr.type(DT.float) }),
      ],
    }));
    const p = profile(path) as unknown as { totals: { macs: number; flops: number } };
    // MatMul [1, 4] x [4, 3]: 1 * 4 * 3 = 12 MACs, 24 FLOPs.
    assert.deepEqual([p.totals.macs, p.totals.flops], [12, 24]);
    const loop = join(tmp, 'loop.pb');
    writeFileSync(loop, encodeTf('GraphDef', {
      node: [opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 4]) }), opNode('c', 'PartitionedCall', ['x'], { f: attr.func('f') })],
      library: { function: [functionDef('f', ['a'], ['o'], [opNode('c', 'PartitionedCall', ['a'], { f: attr.func('f') })], { o: 'c:output:0' })] },
    }));
    oneLineError(loop, /loop\.pb: invalid TensorFlow graph: function "f" calls itself \("f" -> "f"\)$/);
  });
});
