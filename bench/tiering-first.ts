/**
 * Imported first by bench/measure-one.ts, so that V8's tiering for short runs (src/io/jit-tiering.ts)
 * is set before anything else of the process loads, as the CLI launcher and the action set it.
 * Set later, after the measuring script's own imports (measured on Node 24), the first profile took
 * about 9-11 ms (CPU 15-19 ms) of mobilenet_v2 instead of 7-7.5 ms (CPU 9 ms).
 */
import { tuneTieringForShortRuns } from '../src/io/jit-tiering.js';

tuneTieringForShortRuns();
