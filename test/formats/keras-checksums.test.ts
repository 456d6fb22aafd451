/*
 * HDF5's metadata checksums (Jenkins' lookup3, H5_checksum_lookup3) on the structures that carry
 * one and that the Keras reader reads: superblock versions 2-3, version 2 object headers and their
 * continuation blocks, fractal heap headers, direct and indirect blocks, v2 B-tree headers and
 * nodes. The real fixtures (test/fixtures/keras/real, written by h5py 3.7.0 on HDF5 1.10.8) carry
 * the checksums HDF5 wrote; one byte flipped in any of those structures makes HDF5 refuse the file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { memorySource } from '../../src/formats/pytorch/byte-source.js';
import { Hdf5File, walkDatasets } from '../../src/formats/keras/hdf5.js';
import { lookup3 } from '../../src/formats/keras/lookup3.js';
import { readKerasBytes } from '../../src/formats/keras/reader.js';
import { ModelFileError } from '../../src/graph/errors.js';
import { checksumAt } from '../support/hdf5-checksums.js';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'keras', 'real');
// A plain Uint8Array, not a Buffer: its slice() copies.
const bytesOf = (name: string): Uint8Array => new Uint8Array(gunzipSync(readFileSync(join(REAL, `${name}.gz`))));

/** Where each of these signatures occurs in the file. */
function occurrences(bytes: Uint8Array, signature: string): number[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const out: number[] = [];
  for (let at = text.indexOf(signature); at >= 0; at = text.indexOf(signature, at + 1)) out.push(at);
  return out;
}

/** The checksums a walk of the file's datasets and a read of its root's model_config verified, by structure. */
function verifiedBy(bytes: Uint8Array): Record<string, number> {
  const f = new Hdf5File(memorySource(bytes), 0, bytes.length);
  const root = f.root();
  walkDatasets(f, root);
  root.attribute('model_config');
  return Object.fromEntries([...f.checksumsVerified].sort());
}

describe('lookup3, the checksum of HDF5 metadata', () => {
  test("lookup3.c's own vectors (its driver5: hashlittle of '' and of 'Four score and seven years ago', initval 0 and 1)", () => {
    const text = new TextEncoder();
    assert.equal(lookup3(new Uint8Array(0)), 0xdeadbeef);
    assert.equal(lookup3(text.encode('Four score and seven years ago')), 0x17770551);
    assert.equal(lookup3(text.encode('Four score and seven years ago'), 1), 0xcd628161);
  });

  test('every checksummed structure HDF5 wrote in the real fixtures verifies, each once', () => {
    // The counts are the file's own: OHDR, OCHK, FRHP, FHDB, FHIB, BTHD and BTIN + BTLF signatures.
    const expected: Record<string, Record<string, number>> = {
      'keras3_latest_60layers.weights.h5': { 'fractal heap direct block': 3, 'fractal heap header': 1, 'fractal heap indirect block': 1, 'object header': 245, superblock: 1, 'v2 B-tree header': 1, 'v2 B-tree node': 3 },
      'legacy_latest_12layers.h5': { 'fractal heap direct block': 2, 'fractal heap header': 2, 'object header': 113, 'object header continuation': 16, superblock: 1, 'v2 B-tree header': 2, 'v2 B-tree node': 2 },
      'legacy_latest_dense_attributes.h5': { 'fractal heap direct block': 1, 'fractal heap header': 1, 'object header': 10, 'object header continuation': 4, superblock: 1, 'v2 B-tree header': 1, 'v2 B-tree node': 1 },
      // Two v2 B-trees: the attributes' name index and the heap's huge-object index.
      'legacy_latest_fixed_config_huge.h5': { 'fractal heap direct block': 1, 'fractal heap header': 1, 'object header': 10, 'object header continuation': 4, superblock: 1, 'v2 B-tree header': 2, 'v2 B-tree node': 2 },
      // Superblock version 0 and version 1 object headers carry no checksums.
      'legacy_mixed_storage.h5': {},
    };
    for (const [name, counts] of Object.entries(expected)) {
      const bytes = bytesOf(name);
      assert.deepEqual(verifiedBy(bytes), counts, name);
      assert.equal(occurrences(bytes, 'OHDR').length, counts['object header'] ?? 0, name);
      assert.equal(occurrences(bytes, 'OCHK').length, counts['object header continuation'] ?? 0, name);
      assert.equal(occurrences(bytes, 'BTIN').length + occurrences(bytes, 'BTLF').length, counts['v2 B-tree node'] ?? 0, name);
    }
  });
});

describe('a real fixture with one byte flipped in a checksummed structure is refused, as HDF5 refuses it', () => {
  const refuses = (bytes: Uint8Array, file: string, structure: string, what: string): void => {
    // One line naming the file and the structure.
    const pattern = new RegExp(`^${file.replaceAll('.', '\\.')}: .*${structure} checksum 0x[0-9a-f]{8} is not its bytes' 0x[0-9a-f]{8} \\(a corrupt file; HDF5 refuses it\\)$`);
    assert.throws(() => readKerasBytes(bytes, file), (e: unknown) => e instanceof ModelFileError && !e.message.includes('\n') && pattern.test(e.message), what);
  };
  const flipped = (good: Uint8Array, at: number): Uint8Array => {
    const bad = good.slice();
    bad[at]! ^= 0x01;
    return bad;
  };

  test('each structure in turn; the same files unflipped still read', () => {
    const files = ['keras3_latest_60layers.weights.h5', 'legacy_latest_12layers.h5', 'legacy_latest_fixed_config_huge.h5'];
    const seen = new Set<string>();
    for (const file of files) {
      const good = bytesOf(file);
      assert.ok(readKerasBytes(good, file).weights.tensors.length > 0, file);
      // Flipped bytes every check before the checksum lets through: a reserved or skipped field, a
      // record's hash, a message's payload, an object's bytes in a direct block.
      const cases: Array<[string, string, number]> = [['superblock', 'superblock', 11]];
      for (const at of occurrences(good, 'OHDR').slice(0, 3)) cases.push(['object header', 'OHDR', checksumAt(good, at) - 1]);
      for (const at of occurrences(good, 'OCHK').slice(0, 3)) cases.push(['object header continuation', 'OCHK', checksumAt(good, at) - 1]);
      for (const at of occurrences(good, 'FRHP')) cases.push(['fractal heap header', 'FRHP', checksumAt(good, at) - 1]);
      // Direct blocks: the checksum (after the 4-byte block offset) covers the whole block; the byte after it is a heap object's.
      for (const at of occurrences(good, 'FHDB')) cases.push(['fractal heap direct block', 'FHDB', at + 5 + 8 + 4 + 4]);
      for (const at of occurrences(good, 'FHIB')) cases.push(['fractal heap indirect block', 'FHIB', at + 5 + 8]);
      // The header's split percentage; a node's first record.
      for (const at of occurrences(good, 'BTHD')) cases.push(['v2 B-tree header', 'BTHD', at + 14]);
      for (const at of [...occurrences(good, 'BTIN'), ...occurrences(good, 'BTLF')]) cases.push(['v2 B-tree node', 'BTIN/BTLF', at + 6]);
      for (const [structure, sig, at] of cases) {
        refuses(flipped(good, at), file, structure, `${file}: ${sig} byte ${at}`);
        seen.add(structure);
      }
    }
    assert.deepEqual([...seen].sort(), ['fractal heap direct block', 'fractal heap header', 'fractal heap indirect block', 'object header', 'object header continuation', 'superblock', 'v2 B-tree header', 'v2 B-tree node']);
  });

  test('a flip inside a .keras zip: the weights file it stores is refused by the same checksum', () => {
    const good = bytesOf('keras3_latest_nested.keras');
    assert.ok(readKerasBytes(good, 'm.keras').weights.tensors.length > 0);
    const header = occurrences(good, 'OHDR')[0]!;
    refuses(flipped(good, checksumAt(good, header) - 1), 'm.keras', 'object header', 'the first object header');
  });
});
