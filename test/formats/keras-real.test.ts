/**
 * Keras files written by a real HDF5 library in layouts users commit, checked against the numbers
 * that library reports. The fixtures in test/fixtures/keras/real/ are made by make_real.py beside
 * them (Debian bookworm's python3-h5py 3.7.0 on HDF5 1.10.8), gzipped; truth.json there holds what
 * h5py reports for every dataset (path, shape, dtype, elements, bytes), which the expected numbers
 * below are summed from.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { after, describe, test } from 'node:test';
import { memorySource } from '../../src/formats/pytorch/byte-source.js';
import { Hdf5File, objectAt, walkDatasets } from '../../src/formats/keras/hdf5.js';
import { readKerasBytes } from '../../src/formats/keras/reader.js';
import { ModelFileError } from '../../src/graph/errors.js';
import { profileFile } from '../../src/profile/index.js';
import { checksumAt, reseal } from '../support/hdf5-checksums.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = join(HERE, '..', '..', '..', 'test', 'fixtures', 'keras', 'real');
// A plain Uint8Array, not a Buffer: its slice() copies (the damage tests change copies).
const bytesOf = (name: string): Uint8Array => new Uint8Array(gunzipSync(readFileSync(join(REAL, `${name}.gz`))));

const tmp = mkdtempSync(join(tmpdir(), 'mb-keras-real-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
/** The fixture ungzipped under its own name (the extension picks the reader). */
function unpacked(name: string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytesOf(name));
  return path;
}

interface Truth {
  readonly files: Record<string, ReadonlyArray<{ path: string; shape: number[] | null; dtype: string; elements: number; bytes: number }>>;
}
const truth = JSON.parse(readFileSync(join(REAL, 'truth.json'), 'utf8')) as Truth;

describe('Keras files from a real HDF5 library (h5py 3.7.0, HDF5 1.10.8)', () => {
  test('libver latest, 12 layers: model_weights keeps its links in dense storage (fractal heap, v2 B-tree), read like an old-style group', async () => {
    const p = await profileFile(unpacked('legacy_latest_12layers.h5'));
    // h5py: 24 float32 datasets under model_weights (12 x kernel [1,1] + bias [1]) = 24 elements, 96 bytes;
    // optimizer_weights: Adam/iter:0 int64 scalar (8 bytes) + 24 float32 m slots (96 bytes).
    assert.equal(p.params.total, 24);
    assert.equal(p.params.bytes, 96);
    assert.deepEqual(p.weights?.optimizer, { tensors: 25, elements: 25, bytes: 8 + 96 });
    assert.equal(p.model.formatVersion, 'legacy HDF5');
    // 12 Dense(1) on a width-1 input: one MAC each.
    assert.equal(p.totals?.macs, 12);
    assert.deepEqual(p.warnings, []);
  });

  test('dense links list in name order, as HDF5 (and h5py) lists an old-style group', () => {
    const bytes = bytesOf('legacy_latest_12layers.h5');
    const f = new Hdf5File(memorySource(bytes), 0, bytes.length);
    assert.equal(f.superblockVersion, 3);
    const names = objectAt(f, 'model_weights')!.members().map((m) => m.name);
    assert.deepEqual(names, ['dense', 'dense_1', 'dense_10', 'dense_11', 'dense_2', 'dense_3', 'dense_4', 'dense_5', 'dense_6', 'dense_7', 'dense_8', 'dense_9']);
    const h5py = truth.files['legacy_latest_12layers.h5']!;
    assert.deepEqual(walkDatasets(f, f.root()).map((d) => d.path).sort(), h5py.map((d) => d.path).sort());
  });

  test('libver latest .keras: a Functional holding a Sequential of 10 Dense (layers/sequential/layers in dense storage)', async () => {
    const p = await profileFile(unpacked('keras3_latest_nested.keras'));
    // h5py: 22 float32 datasets (11 Dense(1) x kernel [1,1] + bias [1]) = 22 elements, 88 bytes.
    assert.equal(p.params.total, 22);
    assert.equal(p.params.bytes, 88);
    const modules = new Map(p.weights!.modules.map((m) => [m.name, m.params]));
    assert.equal(modules.get('block'), 20);
    assert.equal(modules.get('block.block_d9'), 2);
    assert.equal(modules.get('head'), 2);
    assert.equal(p.totals?.macs, 11);
    assert.deepEqual(p.warnings, []);
  });

  test('libver latest, 60 layers: the heap root is an indirect block over several direct blocks, the B-tree has an internal node', async () => {
    const p = await profileFile(unpacked('keras3_latest_60layers.weights.h5'));
    // h5py: 120 float32 datasets (60 x kernel [1,1] + bias [1]) = 120 elements, 480 bytes.
    assert.equal(p.params.total, 120);
    assert.equal(p.params.bytes, 480);
    assert.equal(p.weights!.modules.length, 60);
    assert.ok(p.weights!.modules.every((m) => m.params === 2));
    assert.deepEqual(p.warnings, []);
  });

  test('10 root attributes under libver latest are in dense storage: model_config is still found (not a weights-only file)', async () => {
    const p = await profileFile(unpacked('legacy_latest_dense_attributes.h5'));
    assert.equal(p.model.formatVersion, 'legacy HDF5');
    // h5py: 2 x (kernel [2,2] + bias [2]) float32 = 12 elements, 48 bytes; the config's two Dense(2) on width 2: 8 MACs.
    assert.equal(p.params.total, 12);
    assert.equal(p.params.bytes, 48);
    assert.equal(p.totals?.macs, 8);
  });

  test('h5py 2 fixed-length model_config and training_config past the attribute heap\'s 4 KiB managed limit: huge heap objects, read through the huge-object B-tree', async () => {
    const p = await profileFile(unpacked('legacy_latest_fixed_config_huge.h5'));
    assert.equal(p.model.formatVersion, 'legacy HDF5');
    // h5py: 2 x (kernel [2,2] + bias [2]) float32 = 12 elements, 48 bytes; the config's two Dense(2) on width 2: 8 MACs.
    assert.equal(p.params.total, 12);
    assert.equal(p.params.bytes, 48);
    assert.equal(p.totals?.macs, 8);
    assert.deepEqual(p.warnings, []);
    const bytes = bytesOf('legacy_latest_fixed_config_huge.h5');
    const root = new Hdf5File(memorySource(bytes), 0, bytes.length).root();
    // h5py: model_config |S6857, training_config |S5028 (the two huge objects), keras_version |S5 (managed).
    assert.equal((root.attribute('model_config') as string).length, 6857);
    assert.equal((root.attribute('training_config') as string).length, 5028);
    assert.equal(root.attribute('keras_version'), '2.4.0');
  });

  test('a dense attribute storage is read once per file, however many names are looked up in it', () => {
    const bytes = bytesOf('legacy_latest_fixed_config_huge.h5');
    let asked = 0;
    const counting = { ...memorySource(bytes), read: (offset: number, length: number) => { asked += length; return bytes.subarray(offset, offset + length); } };
    const file = new Hdf5File(counting, 0, bytes.length);
    const readBy = (f: () => void): number => {
      const before = asked;
      f();
      return asked - before;
    };
    const headerBytes = readBy(() => file.root());
    const root = file.root();
    assert.equal((root.attribute('model_config') as string).length, 6857);
    // The reader asks for model_config, keras_version, layer_names and layer_names0: the heap, its
    // B-trees and the 11,885 bytes of huge objects are read for the first only, also through another
    // object of the same header (a group reached twice).
    assert.equal(readBy(() => assert.equal(root.attribute('keras_version'), '2.4.0')), 0);
    assert.equal(readBy(() => assert.equal((root.attribute('training_config') as string).length, 5028)), 0);
    assert.equal(readBy(() => assert.equal(file.object(file.rootAddress, '').attribute('layer_names0'), undefined)), headerBytes);
    // The root group itself is read once per file.
    assert.equal(readBy(() => assert.equal(file.root(), root)), 0);
  });

  test('a damaged huge-object index is one clear error', () => {
    const good = bytesOf('legacy_latest_fixed_config_huge.h5');
    const ascii = new TextDecoder('latin1').decode(good);
    // The huge-object B-tree is the file's only type 1 v2 B-tree; its one leaf holds both records (address, length, ID: 8 bytes each).
    const header = ascii.indexOf('BTHD\x00\x01');
    assert.ok(header > 0);
    const leaf = Number(new DataView(good.buffer).getBigUint64(header + 16, true));
    assert.equal(ascii.slice(leaf, leaf + 4), 'BTLF');
    const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
    const cases: Array<[string, (b: Uint8Array) => void, RegExp]> = [
      ['length past the file', (b) => view(b).setBigUint64(leaf + 6 + 8, 1n << 40n, true), /huge\)? claims|outside the file/],
      ['address past the file', (b) => view(b).setBigUint64(leaf + 6, BigInt(good.length), true), /outside the file/],
      ['IDs that match no heap ID', (b) => { view(b).setBigUint64(leaf + 6 + 16, 77n, true); view(b).setBigUint64(leaf + 6 + 24 + 16, 78n, true); }, /huge object \d+ is not in/],
      ['a leaf that is its own header', (b) => view(b).setBigUint64(header + 16, BigInt(header), true), /no 'BTLF' signature/],
      ['another record type', (b) => { b[header + 5] = 5; }, /record type 5 is not 1/],
      // The attribute heap's header: its huge-object B-tree address (after 4 + 1 + 2 + 2 + 1 + 4 bytes and the next huge ID) made undefined.
      ['no index in the heap', (b) => view(b).setBigInt64(ascii.indexOf('FRHP') + 22, -1n, true), /a huge object in a heap with no huge-object index/],
    ];
    // Each damage re-seals what it changed (the B-tree's header and leaf, the heap's header), so the check reached is the one named.
    const sealed: Array<[number, number]> = [header, leaf, ascii.indexOf('FRHP')].map((at) => [at, checksumAt(good, at)]);
    for (const [what, damage, message] of cases) {
      const bad = good.slice();
      damage(bad);
      for (const [start, at] of sealed) reseal(bad, start, at);
      assert.throws(() => readKerasBytes(bad, 'bad.h5'), (e: unknown) => e instanceof ModelFileError && !e.message.includes('\n') && /bad\.h5/.test(e.message) && message.test(e.message), what);
    }
  });

  test('shared attributes (SOHM) in dense storage are refused by name: their IDs lead into the shared-message heap, not the attribute heap', () => {
    // Read as IDs of the attribute heap, they were "offset 1133 (+87) lies in no direct block" (or, had one landed in a block, another attribute's bytes).
    assert.throws(
      () => readKerasBytes(bytesOf('legacy_latest_shared_attributes.h5'), 'shared.h5'),
      (e: unknown) => e instanceof ModelFileError && !e.message.includes('\n') && /shared\.h5: .*attributes: v2 B-tree: shared attributes \(shared object header messages\) are not read$/.test(e.message),
    );
  });

  test('a heap ID past a root direct block (always of the starting size, 512 bytes here) lies in no block: it is not read from the bytes after it', () => {
    const good = bytesOf('legacy_latest_12layers.h5');
    const ascii = new TextDecoder('latin1').decode(good);
    // h5py laid out two link heaps' root direct blocks back to back: optimizer_weights/Adam's at 32776, then model_weights' at 33288.
    assert.equal(ascii.slice(32776, 32780), 'FHDB');
    assert.equal(ascii.slice(33288, 33292), 'FHDB');
    // Adam's name index leaf is at 27526; its first record's heap ID (after a 4-byte hash: a flags byte, a 4-byte offset, a 2-byte length)
    // is pointed 512 + 21 bytes in: model_weights' 'dense' link (16 bytes at 21 in its block).
    assert.equal(ascii.slice(27526, 27530), 'BTLF');
    assert.equal(ascii.slice(33288 + 21 + 3, 33288 + 21 + 8), 'dense');
    const bad = good.slice();
    const view = new DataView(bad.buffer);
    view.setUint32(27526 + 6 + 5, 512 + 21, true);
    view.setUint16(27526 + 6 + 9, 16, true);
    reseal(bad, 27526, checksumAt(good, 27526));
    const f = new Hdf5File(memorySource(bad), 0, bad.length);
    assert.throws(() => objectAt(f, 'optimizer_weights/Adam')!.members(), /offset 533 \(\+16\) lies in no direct block/);
  });

  test('group headers that share one dense link storage have it read once (it cost the number of groups times its links)', () => {
    const good = bytesOf('keras3_latest_60layers.weights.h5');
    const ascii = new TextDecoder('latin1').decode(good);
    // The file's one dense storage (the 'layers' group's 60 links); every other group's link info
    // message (type 2, 18 bytes: version, flags, heap and name index addresses undefined) is pointed at it.
    const heap = ascii.indexOf('FRHP');
    const btree = ascii.indexOf('BTHD');
    assert.equal(ascii.indexOf('FRHP', heap + 1), -1);
    const compact = '\x02\x12\x00\x00\x00\x00' + '\xff'.repeat(16);
    const bad = good.slice();
    const view = new DataView(bad.buffer);
    let groups = 0;
    for (let at = ascii.indexOf(compact); at >= 0; at = ascii.indexOf(compact, at + 1)) {
      view.setBigUint64(at + 6, BigInt(heap), true);
      view.setBigUint64(at + 14, BigInt(btree), true);
      // The object header holding the message, re-sealed.
      const header = ascii.lastIndexOf('OHDR', at);
      reseal(bad, header, checksumAt(good, header));
      groups++;
    }
    // h5py: the root, its 'vars', 'optimizer' and its 'vars', 60 layer groups and their 60 'vars' keep compact links.
    assert.equal(groups, 124);
    let bytesRead = 0;
    const src = memorySource(bad);
    const counting = { ...src, read: (offset: number, length: number): Uint8Array => { bytesRead += length; return src.read(offset, length); } };
    const f = new Hdf5File(counting, 0, bad.length);
    // Every group (the root too) now lists the 60 layer groups, none of which holds a dataset any more.
    assert.deepEqual(walkDatasets(f, f.root()), []);
    assert.equal(objectAt(f, 'dense_7/dense_3')!.members().length, 60);
    // Once: the headers and the storage (60 links), 14 KB. Read per group, it was 200 KB.
    assert.ok(bytesRead < 30_000, `${bytesRead} bytes read`);
  });

  test('tf.keras save_weights with layer_names split into layer_names0, layer_names1 (over 64,512 bytes) is a Keras file', async () => {
    const p = await profileFile(unpacked('legacy_weights_only_chunked_names.h5'));
    assert.equal(p.model.formatVersion, 'weights-only HDF5');
    // h5py: dense/dense/kernel:0 [3,2] + bias:0 [2], float32: 8 elements, 32 bytes; the 21 weightless layers hold nothing.
    assert.equal(p.params.total, 8);
    assert.equal(p.params.bytes, 32);
  });

  test('every storage layout and the dtypes real files carry: shapes and bytes agree with h5py', async () => {
    const p = await profileFile(unpacked('legacy_mixed_storage.h5'));
    // h5py: float16 kernel [2,2] (chunked + gzip) + bias [2] (compact) = 6 elements, 12 bytes; float64 kernel [2,2]
    // (chunked) + bias [2] = 6 elements, 48 bytes; float32 [0,2] and a null dataspace: 0 elements; int64 scalar
    // (8 bytes) and bool [3] (3 bytes) are not weights.
    assert.equal(p.params.total, 12);
    assert.equal(p.params.bytes, 12 + 48);
    assert.deepEqual(p.params.byDtype['float16'], { elements: 6, bytes: 12 });
    assert.deepEqual(p.params.byDtype['float64'], { elements: 6, bytes: 48 });
    assert.deepEqual(p.params.nonWeight, { elements: 4, bytes: 11 });
    const read = readKerasBytes(bytesOf('legacy_mixed_storage.h5'), 'legacy_mixed_storage.h5');
    const ours = new Map(read.weights.tensors.map((t) => [t.name, t]));
    for (const d of truth.files['legacy_mixed_storage.h5']!) {
      const name = d.path.split('/').slice(2).join('.').replace(/:0$/, '');
      const t = ours.get(name);
      assert.ok(t, name);
      assert.deepEqual([t.elements, t.bytes, t.dtype === 'bool' ? 'bool' : t.dtype], [d.elements, d.bytes, d.dtype], name);
      // A null dataspace (h5py.Empty) has no shape; ours reads it as [0].
      assert.deepEqual(t.dims, d.shape ?? [0], name);
    }
  });

  test('damaged dense storage is one clear error, never a crash or a hang', () => {
    const good = bytesOf('keras3_latest_60layers.weights.h5');
    // Break each signature of the dense structures in turn: heap header, heap blocks, B-tree header and nodes.
    const ascii = new TextDecoder('latin1').decode(good);
    for (const sig of ['FRHP', 'FHIB', 'FHDB', 'BTHD', 'BTIN', 'BTLF']) {
      const at = ascii.indexOf(sig);
      assert.ok(at > 0, sig);
      const bad = good.slice();
      bad[at] = 0x58;
      assert.throws(() => readKerasBytes(bad, 'bad.weights.h5'), (e: unknown) => e instanceof ModelFileError && !e.message.includes('\n') && /bad\.weights\.h5/.test(e.message), sig);
    }
    // Every byte of the first heap's structures set to 0xff in turn: each read succeeds or fails with one line.
    const heapAt = ascii.indexOf('FRHP');
    for (let i = heapAt; i < heapAt + 200; i++) {
      const bad = good.slice();
      bad[i] = 0xff;
      try {
        readKerasBytes(bad, 'bad.weights.h5');
      } catch (e) {
        assert.ok(e instanceof ModelFileError && !e.message.includes('\n'), `byte ${i}: ${String(e)}`);
      }
    }
  });
});
