/**
 * Compact fixtures of the real PyTorch exports in ../shared/models, committed under
 * test/fixtures/models so that `npm test` runs the params/MACs/peak-memory checks on real
 * architectures with nothing beside the clone.
 *
 * Each fixture is the exported file with its weights moved to external data
 * (test/support/weightless-onnx.ts): the graph is unchanged, and the side file, whose content
 * never matters for profiling, is recreated at test time as a sparse file of the right size.
 * fixtures.json holds the reference numbers copied from ../shared/models/reference.json (never
 * from our own output) and the side files' sizes. `npm run fixtures:onnx` regenerates both; the
 * reference suite checks that the committed ones are current.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { externalDataLocations } from '../../src/formats/onnx/reader.js';
import { REFERENCE_FIELDS, REPO_ROOT, SHARED_MODELS } from './shared-models.js';
import type { ReferenceEntry } from './shared-models.js';
import { moveWeightsOut, writeSparseSideFiles } from './weightless-onnx.js';
import type { WeightlessModel } from './weightless-onnx.js';

export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'models');
export const FIXTURES_JSON = join(FIXTURES_DIR, 'fixtures.json');

export interface FixturesFile {
  readonly _about: string;
  /** The reference.json entries of ../shared/models, restricted to REFERENCE_FIELDS. */
  readonly reference: Readonly<Record<string, ReferenceEntry>>;
  /** Per fixture file: the size of each external data file it refers to, by location. */
  readonly side_files: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export const FIXTURES_ABOUT = 'Written by `npm run fixtures:onnx` (scripts/make-onnx-fixtures.ts) from ../shared/models: '
  + '`reference` is copied from its reference.json; `side_files` gives the size of the sparse external data files '
  + 'the tests create beside each model (test/support/model-fixtures.ts).';

/** The fields of a reference.json entry the tests use, in a fixed order. */
export function referenceSubset(entry: ReferenceEntry): ReferenceEntry {
  return Object.fromEntries(REFERENCE_FIELDS.map((k) => [k, entry[k]])) as unknown as ReferenceEntry;
}

/**
 * The fixture of a model of ../shared/models: its weights moved to `<file>.data`. A model that
 * already keeps its weights in external data is kept byte for byte, side file size included.
 */
export function makeFixture(entry: ReferenceEntry, sharedDir = SHARED_MODELS): WeightlessModel {
  const bytes = readFileSync(join(sharedDir, entry.file));
  const locations = externalDataLocations(bytes);
  if (locations.length === 0) return moveWeightsOut(bytes, `${entry.file}.data`);
  const sideFiles = Object.fromEntries(locations.map((l) => [l, statSync(join(sharedDir, l)).size]));
  return { bytes, sideFiles, moved: 0 };
}

let fixtures: FixturesFile | undefined;

export function fixturesFile(): FixturesFile {
  return (fixtures ??= JSON.parse(readFileSync(FIXTURES_JSON, 'utf8')) as FixturesFile);
}

/** Reference entries of the committed fixtures, by model name. */
export function fixtureModels(): Array<[string, ReferenceEntry]> {
  return Object.entries(fixturesFile().reference);
}

export function fixtureModel(name: string): ReferenceEntry {
  const entry = fixturesFile().reference[name];
  if (!entry) throw new Error(`no fixture named ${name} in ${FIXTURES_JSON}`);
  return entry;
}

let workDir: string | undefined;
const materialised = new Map<string, string>();

/**
 * Path of a ready-to-read fixture model: the committed file copied into a temporary folder of
 * this test process, beside sparse side files of the recorded sizes (zeros, no disk blocks).
 * The folder is removed when the process exits.
 */
export function fixturePath(file: string): string {
  const done = materialised.get(file);
  if (done) return done;
  const sides = fixturesFile().side_files[file];
  if (!sides) throw new Error(`no fixture file ${file} in ${FIXTURES_JSON}`);
  if (workDir === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'mb-fixtures-'));
    workDir = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const path = join(workDir, file);
  copyFileSync(join(FIXTURES_DIR, file), path);
  writeSparseSideFiles(workDir, sides);
  materialised.set(file, path);
  return path;
}

/** fixturePath of the model named `name` in fixtures.json. */
export function fixtureModelPath(name: string): string {
  return fixturePath(fixtureModel(name).file);
}
