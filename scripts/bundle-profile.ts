/**
 * `npm run build`, last step: dist/cli/profile.cjs, the `profile` command as one CommonJS file that
 * the CLI runs through V8's code cache (src/cli/code-cache.ts; issue 14, process start). ncc splits
 * dynamic imports into chunks that Node's ESM loader loads one by one, and Node's compile cache
 * keeps only what V8 compiled before a file ran; one script run by `vm.Script` can instead have
 * its cache taken after the run, holding exactly the functions `profile` called.
 *
 * The first line is `// model-budget profile bundle sha256:<hex>`, the hash of the rest of the
 * file: it names the bundle in the cache key without hashing 1 MB at every start (loading
 * node:crypto alone costs 6 to 14 ms). esbuild writes the same bytes for the same input, so CI's
 * dist check holds for this file as for ncc's.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_HEADER, IMPORT_META_URL } from '../src/cli/code-cache.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One CommonJS file of `entry` (under build/src/cli) and what it imports. */
async function bundle(entry: string, external: string[] = []): Promise<string> {
  const out = await build({
    entryPoints: [join(repo, 'build', 'src', 'cli', entry)],
    absWorkingDir: repo,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    // A CommonJS file has no import.meta: its first lines set this variable to its own URL. The
    // banner goes before esbuild's "use strict", so it says it again: the code is ESM, strict.
    define: { 'import.meta.url': IMPORT_META_URL },
    banner: { js: `"use strict";\nvar ${IMPORT_META_URL} = require("node:url").pathToFileURL(__filename).href;` },
    legalComments: 'eof',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

function write(name: string, text: string, mode = 0o644): void {
  const file = join(repo, 'dist', 'cli', name);
  writeFileSync(file, text, { mode });
  process.stdout.write(`${relative(repo, file)}: ${(text.length / 1e3).toFixed(0)} KB\n`);
}

async function main(): Promise<void> {
  const code = await bundle('profile-main.js');
  // Lazy dynamic imports are inlined by esbuild; one left over would need an ESM loader the vm script has none of.
  if (/\bimport\(/.test(code)) throw new Error('dist/cli/profile.cjs: a dynamic import() was left in the bundle');
  write('profile.cjs', `${BUNDLE_HEADER}${createHash('sha256').update(code).digest('hex')}\n${code}`);
  write('model-budget.cjs', `#!/usr/bin/env node\n${await bundle('launcher.js', ['./index.js'])}`, 0o755);
}

main().catch((e: unknown) => {
  process.stderr.write(`bundle-profile: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
