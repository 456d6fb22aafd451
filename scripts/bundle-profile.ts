/**
 * `npm run build`, last step: dist/cli/profile.cjs, the `profile` command as one CommonJS file that
 * the CLI runs through V8's code cache (src/cli/code-cache.ts; issue 14, process start). ncc splits
 * dynamic imports into chunks that Node's ESM loader loads one by one, and Node's compile cache
 * keeps only what V8 compiled before a file ran; one script run by `vm.Script` can instead have
 * its cache taken after the run, holding exactly the functions `profile` called.
 *
 * Its first line names it in the cache key (scripts/profile-bundle.ts). esbuild writes the same
 * bytes for the same input, so CI's dist check holds for this file as for ncc's.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCjs, profileBundle } from './profile-bundle.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliEntry = (name: string): string => join(repo, 'build', 'src', 'cli', name);

function write(name: string, text: string, mode = 0o644): void {
  const file = join(repo, 'dist', 'cli', name);
  writeFileSync(file, text, { mode });
  process.stdout.write(`${relative(repo, file)}: ${(text.length / 1e3).toFixed(0)} KB\n`);
}

async function main(): Promise<void> {
  write('profile.cjs', await profileBundle(cliEntry('profile-main.js'), repo));
  write('model-budget.cjs', `#!/usr/bin/env node\n${await bundleCjs(cliEntry('launcher.js'), repo, ['./index.js'])}`, 0o755);
}

main().catch((e: unknown) => {
  process.stderr.write(`bundle-profile: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
