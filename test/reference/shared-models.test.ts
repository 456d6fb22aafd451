/**
 * The reference suite (`npm run test:reference`, not part of `npm test`): the real exports in
 * ../shared/models against their reference.json, and the committed fixtures against the files
 * they are made from. Skips, saying why, when ../shared/models is not beside the repository.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readOnnxFile } from '../../src/formats/onnx/reader.js';
import { FIXTURES_DIR, fixturePath, fixturesFile, makeFixture, referenceSubset } from '../support/model-fixtures.js';
import { checkEngine, checkReader, checkWindowedDecode } from '../support/reference-checks.js';
import { withoutStorage } from '../support/weightless-onnx.js';
import { SHARED_MODELS, referenceModels, sharedModelsMissing } from '../support/shared-models.js';

const missing = sharedModelsMissing();
if (missing) process.stdout.write(`reference suite skipped: ${missing}\n`);
const models = missing ? [] : referenceModels();

describe(`real PyTorch exports in ${SHARED_MODELS}`, { skip: missing ?? false }, () => {
  for (const [name, ref] of models) {
    const path = join(SHARED_MODELS, ref.file);

    test(`${name}: the reader's params, constants, op histogram and inputs match reference.json`, () => {
      const { stats } = checkReader(path, ref);
      // Weights are skipped, not read: at most 1 MB + 1% of the file comes off the disk.
      const size = statSync(path).size;
      assert.ok(stats.bytesRead <= 1_000_000 + size / 100, `${stats.bytesRead} bytes read of ${size}`);
    });

    test(`${name}: decodes the same through the read window as from memory`, () => {
      checkWindowedDecode(path);
    });

    test(`${name}: all ops known, all dims resolved, MACs = ${ref.contraction_macs}`, async () => {
      await checkEngine(path, ref);
    });
  }
});

describe('committed fixtures (test/fixtures/models) are current: regenerate them with npm run fixtures:onnx', { skip: missing ?? false }, () => {
  test('fixtures.json holds every model with its reference.json numbers', () => {
    const committed = fixturesFile();
    assert.deepEqual(committed.reference, Object.fromEntries(models.map(([name, ref]) => [name, referenceSubset(ref)])));
  });

  for (const [name, ref] of models) {
    test(`${name}: the fixture is what npm run fixtures:onnx makes of the export`, () => {
      const fixture = makeFixture(ref);
      assert.ok(Buffer.from(fixture.bytes).equals(readFileSync(join(FIXTURES_DIR, ref.file))), `${ref.file} differs`);
      assert.deepEqual(fixturesFile().side_files[ref.file], fixture.sideFiles);
    });

    test(`${name}: the fixture decodes to the export's IR but for where weights are stored`, () => {
      const real = readOnnxFile(join(SHARED_MODELS, ref.file)).model;
      const fixture = readOnnxFile(fixturePath(ref.file)).model;
      assert.deepEqual(withoutStorage({ ...fixture, fileBytes: 0 }), withoutStorage({ ...real, fileBytes: 0 }));
    });
  }
});
