/**
 * Memory per node of an in-memory graph (issue 8 item 8), in one process run with --expose-gc:
 * a chain of n Relu nodes (and a graph of n inputs) is decoded, profiled by the engine, turned
 * into a ProfileResult with the per-node table; the heap is measured after a full GC at each
 * stage, while everything is still referenced. Printed as bytes per node, by stage.
 *
 *   node --expose-gc build/bench/graph-memory.js <n> [chain|inputs]
 */
import { readOnnxBytes } from '../src/formats/onnx/reader.js';
import { registry } from '../src/ops/index.js';
import { countParams } from '../src/profile/params.js';
import { profileModel } from '../src/profile/profile.js';
import { runEngine } from '../src/shapes/engine.js';
import { manyInputs, reluChain } from '../test/support/bombs.js';
import { MAX_GRAPH_INPUTS } from '../src/graph/limits.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

const kind = process.argv[3] ?? 'chain';
// A graph of more inputs than the engine binds is refused (graph/limits.ts), so that one is capped.
const n = kind === 'inputs' ? Math.min(Number(process.argv[2] ?? 100_000), MAX_GRAPH_INPUTS) : Number(process.argv[2] ?? 100_000);
const build = kind === 'inputs' ? manyInputs : reluChain;
const bytes = build(n);
// One small graph first: code compiled and caches filled on first use are not per node.
{
  const warm = readOnnxBytes(build(100), 'warm.onnx').model;
  profileModel(warm, runEngine(warm, (d, op, v) => registry.lookup(d, op, v)), countParams(warm), { path: 'warm.onnx', includeNodes: true });
}
const h0 = heap();
const t0 = performance.now();
const { model } = readOnnxBytes(bytes, 'graph.onnx');
const h1 = heap();
const t1 = performance.now();
const engine = runEngine(model, (d, op, v) => registry.lookup(d, op, v));
const h2 = heap();
const t2 = performance.now();
const profile = profileModel(model, engine, countParams(model), { path: 'graph.onnx', includeNodes: true });
const h3 = heap();
const t3 = performance.now();
const json = JSON.stringify(profile);
const t4 = performance.now();
const per = (a: number, b: number): number => Math.round((b - a) / n);
// Keep every stage alive until measured.
if (model.graph.nodes.length + engine.nodes.length + (profile.nodes?.length ?? 0) === 0) console.log('empty');
console.log(JSON.stringify({
  kind, n, fileBytesPerNode: Math.round(bytes.length / n),
  irBytesPerNode: per(h0, h1), engineBytesPerNode: per(h1, h2), profileBytesPerNode: per(h2, h3), totalBytesPerNode: per(h0, h3),
  jsonBytesPerNode: Math.round(json.length / n), decodeMs: Math.round(t1 - t0), engineMs: Math.round(t2 - t1),
  profileMs: Math.round(t3 - t2), jsonMs: Math.round(t4 - t3),
}));
