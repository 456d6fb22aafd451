/**
 * The `profile` bundle's build (scripts/bundle-profile.ts writes dist/cli/profile.cjs with it; the
 * bench builds its own from the same sources, bench/engine-bundle.ts): one CommonJS file of an
 * entry and what it imports, headed by the hash that names it in the code cache's key.
 */
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { BUNDLE_HEADER, IMPORT_META_URL } from '../src/cli/code-cache.js';

/** One CommonJS file of the compiled module `entry` (an absolute path) and what it imports. */
export async function bundleCjs(entry: string, absWorkingDir: string, external: string[] = []): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    absWorkingDir,
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

/**
 * The profile bundle of `entry`: its code headed by `// model-budget profile bundle sha256:<hex>`,
 * the hash of the code, which names the bundle in the cache key without hashing 1 MB at every
 * start (loading node:crypto alone costs 6 to 14 ms).
 */
export async function profileBundle(entry: string, absWorkingDir: string): Promise<string> {
  const code = await bundleCjs(entry, absWorkingDir);
  // Lazy dynamic imports are inlined by esbuild; one left over would need an ESM loader the vm script has none of.
  if (/\bimport\(/.test(code)) throw new Error(`${entry}: a dynamic import() was left in the bundle`);
  return `${BUNDLE_HEADER}${createHash('sha256').update(code).digest('hex')}\n${code}`;
}
