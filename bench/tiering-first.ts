/**
 * Imported first by bench/measure-one.ts, so that V8's tiering for short runs (src/io/jit-tiering.ts)
 * is set before anything else of the process loads, as the CLI launcher and the action set it.
 */
import { tuneTieringForShortRuns } from '../src/io/jit-tiering.js';

tuneTieringForShortRuns();
