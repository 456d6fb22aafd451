/**
 * The installed `model-budget` command (package.json `bin`): dist/cli/model-budget.cjs, built from
 * this file by scripts/bundle-profile.ts. It is CommonJS because Node 20 takes about 25 ms to
 * start its ESM loader, which `profile` run from its bundle (code-cache.ts) never needs. Every
 * other command, and `profile` without a bundle beside it, is the ESM program dist/cli/index.js
 * (main.ts), imported as it is.
 */
import { bundleBeside, runBundledProfile } from './code-cache.js';
import { reportOn } from './errors.js';
import { stderr } from './output.js';

/** Beside this file once built; a variable, so that the bundler leaves the import to run time. */
const MAIN = './index.js';

const bundle = process.argv[2] === 'profile' ? bundleBeside(import.meta.url) : undefined;
const done = bundle ? runBundledProfile(bundle, process.argv.slice(3)) : import(MAIN).then(() => undefined);
done.then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportOn(stderr, e);
  },
);
