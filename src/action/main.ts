/** Entry point of the GitHub Action (bundled to dist/action/index.js). All logic is in run.ts. */
import { run } from './run.js';

await run();
