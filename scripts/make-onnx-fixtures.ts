/**
 * Writes the committed test fixtures (test/fixtures/models) from the real exports in
 * ../shared/models: each model with its weights moved to external data (the side files are not
 * written; tests recreate them as sparse files), and fixtures.json with the reference numbers
 * copied from ../shared/models/reference.json and the side files' sizes.
 *
 * Run: npm run fixtures:onnx    (the reference suite, npm run test:reference, fails if they are stale)
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_ABOUT, FIXTURES_DIR, FIXTURES_JSON, makeFixture, referenceSubset } from '../test/support/model-fixtures.js';
import type { FixturesFile } from '../test/support/model-fixtures.js';
import { referenceModels, sharedModelsMissing } from '../test/support/shared-models.js';
import type { ReferenceEntry } from '../test/support/shared-models.js';

function main(): void {
  const missing = sharedModelsMissing();
  if (missing) {
    process.stderr.write(`make-onnx-fixtures: ${missing}\n`);
    process.exit(2);
  }
  mkdirSync(FIXTURES_DIR, { recursive: true });
  for (const name of readdirSync(FIXTURES_DIR)) if (name.endsWith('.onnx')) rmSync(join(FIXTURES_DIR, name));

  const reference: Record<string, ReferenceEntry> = {};
  const sideFiles: Record<string, Record<string, number>> = {};
  let total = 0;
  for (const [name, entry] of referenceModels()) {
    const fixture = makeFixture(entry);
    writeFileSync(join(FIXTURES_DIR, entry.file), fixture.bytes);
    reference[name] = referenceSubset(entry);
    sideFiles[entry.file] = fixture.sideFiles;
    total += fixture.bytes.byteLength;
    process.stdout.write(`${entry.file}: ${fixture.bytes.byteLength} bytes, ${fixture.moved} tensors moved out\n`);
  }
  const json: FixturesFile = { _about: FIXTURES_ABOUT, reference, side_files: sideFiles };
  const text = `${JSON.stringify(json, null, 1)}\n`;
  writeFileSync(FIXTURES_JSON, text);
  total += Buffer.byteLength(text);
  process.stdout.write(`${FIXTURES_DIR}: ${total} bytes in all\n`);
}

main();
