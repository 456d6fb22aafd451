/**
 * The CLI can be installed the way the README says (#9 item 6): the package is not private, its
 * `bin` is the committed bundle with a shebang, and `files` ships it; the README does not tell
 * people to run `npx model-budget` (the package is not on the npm registry). `npm test` builds
 * the bundles before running the tests, so the end-to-end tests never run a stale dist/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { USAGE } from '../../src/cli/usage.js';
import { formats } from '../../src/formats/registry.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  private?: boolean; bin: Record<string, string>; files?: string[]; scripts: Record<string, string>; description: string;
};

test('installable: not private, bin is the CLI bundle, files ship it', () => {
  assert.notEqual(pkg.private, true);
  assert.deepEqual(pkg.bin, { 'model-budget': 'dist/cli/model-budget.cjs' });
  assert.ok(pkg.files?.includes('dist/cli/'), `files: ${JSON.stringify(pkg.files)}`);
  // Both entries run as commands: the installed one and the ESM program it imports.
  for (const entry of ['dist/cli/model-budget.cjs', 'dist/cli/index.js']) {
    assert.match(readFileSync(`${ROOT}${entry}`, 'utf8'), /^#!\/usr\/bin\/env node\n/, entry);
    assert.ok((statSync(`${ROOT}${entry}`).mode & 0o111) !== 0, `${entry} is not executable`);
  }
});

test('the README runs the installed command, not npx', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  assert.doesNotMatch(readme, /^npx model-budget/m);
  assert.match(readme, /npm install --global github:OWNER\/model-budget/);
});

test('npm test builds the bundles before it runs the tests', () => {
  // ... with the CLI's caches in a folder of the run (test/support/private-cache.ts), not ~/.cache.
  assert.match(pkg.scripts['test']!, /^npm run build && node --import \.\/build\/test\/support\/private-cache\.js --test /);
  assert.match(pkg.scripts['test:reference']!, /^npm run compile && node --import \.\/build\/test\/support\/private-cache\.js --test /);
  assert.match(pkg.scripts['build']!, /ncc build build\/src\/action\/main\.js .*ncc build build\/src\/cli\/main\.js .*node build\/scripts\/bundle-profile\.js/);
});

test('the package description and the usage text name every format we read, not ONNX alone', () => {
  for (const f of formats()) {
    assert.ok(pkg.description.includes(f.label), `package.json description lacks ${f.label}: ${pkg.description}`);
    assert.ok(USAGE.includes(f.label), `usage lacks ${f.label}`);
  }
  assert.doesNotMatch(USAGE, /<model\.onnx>|<base\.onnx>/);
});
