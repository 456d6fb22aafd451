/**
 * Limits on the work a model file can ask for. A file is hostile until profiled: a few bytes can
 * declare a shape input of 1e8 elements, nest If bodies 10,000 deep or call local functions that
 * expand to billions of nodes. Real models stay far below every limit (ONNX Runtime kernels handle
 * ranks up to 8 or so; exported models nest control flow a few levels deep; the largest exported
 * graphs have about 10^5 nodes). Documented in docs/metrics.md ("Limits").
 */
import { GraphError } from './errors.js';

/** Largest tensor rank the engine builds a shape for. */
export const MAX_RANK = 64;

/**
 * Deepest nesting of graphs: subgraph attributes (If branches, Loop/Scan bodies) while decoding,
 * and subgraphs plus local-function calls while profiling.
 */
export const MAX_GRAPH_DEPTH = 64;

/**
 * Most nodes one profile runs: every node of the main graph, of each control-flow body each time
 * it runs, and of each local-function call once expanded. Each profiled node costs about 1 KB of
 * memory (`npm run bench`, "graph memory"), so this bounds a profile's memory near 250 MB too.
 */
export const MAX_EXECUTED_NODES = 250_000;

/**
 * Most node inputs and outputs one profile reads and writes, counted like MAX_EXECUTED_NODES
 * (each expanded node adds its input and output counts). A node's work and memory grow with both,
 * and a local function lets a file name one node of 100,000 inputs (a Sum) or outputs (a Split)
 * once and run it thousands of times. Real graphs read about two inputs a node and write one
 * (resnet18 99 inputs for 49 nodes, tiny_gpt_dyn 604 for 465, the 50,000-node synthetic
 * transformer of `npm run bench` 93,096): this is 8 a node at MAX_EXECUTED_NODES.
 */
export const MAX_EXECUTED_INPUTS = 2_000_000;

/**
 * Most inputs of the main graph (initializers apart). Exported models have a few, decoders with
 * a KV cache two per layer, tabular models one per feature; each input is a live value through
 * the whole profile, so 100,000 of them cost seconds for nothing a model needs.
 */
export const MAX_GRAPH_INPUTS = 10_000;

/** A model that asks for more than a limit allows: reported as one line naming where (exit 2). */
export class LimitError extends GraphError {}
