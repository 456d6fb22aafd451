/**
 * Names a hostile file chooses that are also Object.prototype's keys ('constructor', 'toString',
 * '__proto__', 'hasOwnProperty'): a layer class, an activation, a wrapped layer, a TensorFlow op.
 * Looked up in a plain object literal they found the prototype's function: a node vanished from the
 * totals (0 FLOPs, no unknown op), a function was reported as an op type, or the read crashed with
 * a TypeError. Each must be an op this tool does not know, like any other unknown name.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { isCostedLayer } from '../../src/formats/keras/to-ir.js';
import { profileFile } from '../../src/profile/index.js';
import { zipBytes } from '../support/pytorch-writer.js';
import { attr, DT, encodeTf, functionDef, opNode } from '../support/tf-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'mb-proto-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let seq = 0;

// 'Mystery' is the control: an unknown name no prototype has.
const PROTOTYPE_NAMES = ['Mystery', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;

/** A Keras 3 .keras of an [?, 8] input and `layers` after it (no weights: costs from the config). */
function kerasFile(layers: readonly Record<string, unknown>[]): string {
  const config = {
    module: 'keras', class_name: 'Sequential',
    config: { name: 's', layers: [{ class_name: 'InputLayer', config: { batch_shape: [null, 8], name: 'x' } }, ...layers] },
  };
  const path = join(tmp, `k${seq++}.keras`);
  writeFileSync(path, zipBytes([{ name: 'metadata.json', data: Buffer.from('{"keras_version":"3.3.3"}') }, { name: 'config.json', data: Buffer.from(JSON.stringify(config)) }]));
  return path;
}

const dense = { class_name: 'Dense', config: { name: 'd', units: 4 }, build_config: { input_shape: [null, 8] } };

describe('Keras names that are Object.prototype keys', () => {
  for (const name of PROTOTYPE_NAMES) {
    test(`a layer of class ${JSON.stringify(name)} is an unknown layer`, async () => {
      assert.equal(isCostedLayer(name), false);
      const p = await profileFile(kerasFile([dense, { class_name: name, config: { name: 'c' } }]));
      assert.deepEqual(p.unknownOps.map((u) => [u.domain, u.opType, u.count]), [['keras', name, 1]]);
      // The Dense before it: 8*4 = 32 MACs.
      assert.equal(p.totals?.macs, 32);
      assert.equal(p.totals?.lowerBound, true);
    });

    test(`activation ${JSON.stringify(name)} is not costed, by name`, async () => {
      const p = await profileFile(kerasFile([{ ...dense, config: { ...dense.config, activation: name } }]));
      assert.ok(p.warnings.some((w) => w.includes(`activation ${JSON.stringify(name)} is not one this tool costs`)), p.warnings.join('\n'));
      assert.deepEqual(p.unknownOps.map((u) => [u.domain, u.opType, u.count]), [['keras', 'Dense', 1]]);
    });

    test(`Bidirectional and TimeDistributed wrapping a ${JSON.stringify(name)} are not costed, by name`, async () => {
      const p = await profileFile(kerasFile([
        { class_name: 'Reshape', config: { name: 'r', target_shape: [2, 4] } },
        // TimeDistributed first: it needs its input's shape, which an uncosted layer would not give.
        { class_name: 'TimeDistributed', config: { name: 't', layer: { class_name: name, config: {} } } },
        { class_name: 'Bidirectional', config: { name: 'b', layer: { class_name: name, config: {} } } },
      ]));
      assert.ok(p.warnings.some((w) => w.includes(`wraps a ${name}, not an LSTM, GRU or SimpleRNN`)), p.warnings.join('\n'));
      assert.ok(p.warnings.some((w) => w.includes(`wraps a ${name}, which is not costed`)), p.warnings.join('\n'));
    });
  }
});

describe('TensorFlow op names that are Object.prototype keys', () => {
  const f32 = { T: attr.type(DT.float) };
  for (const op of PROTOTYPE_NAMES) {
    test(`a node of op ${JSON.stringify(op)} is an unknown op, and what reads it is still costed`, async () => {
      const path = join(tmp, `g${seq++}.pb`);
      writeFileSync(path, encodeTf('GraphDef', {
        versions: { producer: 1 },
        node: [
          opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 8]) }),
          opNode('y', op, ['x'], f32),
          opNode('z', 'Relu', ['y'], f32),
        ],
      }));
      const p = await profileFile(path);
      assert.deepEqual(p.unknownOps.map((u) => [u.domain, u.opType, u.count]), [['tensorflow', op, 1]]);
      assert.equal(p.totals?.lowerBound, true);
    });

    test(`a function body reading output arg y:1 of an op ${JSON.stringify(op)} is read`, async () => {
      const path = join(tmp, `g${seq++}.pb`);
      writeFileSync(path, encodeTf('GraphDef', {
        versions: { producer: 1 },
        node: [
          opNode('x', 'Placeholder', [], { dtype: attr.type(DT.float), shape: attr.shape([1, 8]) }),
          opNode('call', 'PartitionedCall', ['x'], { f: attr.func('fn') }),
        ],
        library: { function: [functionDef('fn', ['a'], ['out'], [opNode('u', op, ['a'], f32), opNode('r', 'Relu', ['u:y:1'], f32)], { out: 'r:y:0' })] },
      }));
      const p = await profileFile(path);
      assert.deepEqual(p.unknownOps.map((u) => [u.domain, u.opType, u.count]), [['tensorflow', op, 1]]);
      assert.equal(p.nodes?.find((n) => n.name === 'call/r')?.opType, 'Relu');
    });
  }
});
