/**
 * The checks of a real export against its reference.json entry, written once and run twice: on
 * the committed fixtures by `npm test` (test/formats/onnx-reader.test.ts,
 * test/shapes/reference-models.test.ts) and on ../shared/models itself by `npm run test:reference`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readOnnxBytes, readOnnxFile, readOnnxModel } from '../../src/formats/onnx/reader.js';
import type { ReadResult } from '../../src/formats/onnx/reader.js';
import { registry } from '../../src/ops/index.js';
import { countParams } from '../../src/profile/params.js';
import { opHistogram } from '../../src/profile/profile.js';
import { runEngine } from '../../src/shapes/engine.js';
import type { EngineResult, OpLookup } from '../../src/shapes/engine.js';
import type { ReferenceEntry } from './shared-models.js';

const lookup: OpLookup = (domain, opType, opset) => registry.lookup(domain, opType, opset);

/** reference.json writes ONNX type names; the IR uses ours. */
const DTYPE_NAMES: Record<string, string> = { FLOAT: 'float32', INT64: 'int64' };

/** Params, non-weight constants, op histogram and graph inputs as the reader sees them. */
export function checkReader(path: string, ref: ReferenceEntry): ReadResult {
  const read = readOnnxFile(path);
  const { model } = read;
  const params = countParams(model);
  assert.equal(params.total, ref.weight_elements);
  assert.equal(params.nonWeight.elements, ref.non_weight_elements);
  assert.deepEqual(opHistogram(model), ref.op_histogram);
  const inputs = model.graph.inputs.filter((v) => !model.graph.initializers.has(v.name));
  assert.deepEqual(
    inputs.map((v) => ({ name: v.name, dtype: v.dtype, shape: v.shape })),
    ref.graph_inputs.map((v) => ({ name: v.name, dtype: DTYPE_NAMES[v.dtype], shape: v.shape })),
  );
  return read;
}

/**
 * The file decodes the same through the read window as from memory, with the default windows and
 * with windows so small that reads straddle every kind of field (tags, varints, names, tensor
 * headers, nested messages).
 */
export function checkWindowedDecode(path: string): void {
  const bytes = readFileSync(path);
  const inMemory = readOnnxBytes(bytes, path);
  const tiny = { first: 16, min: 11, max: 64, whole: 40 };
  for (const windows of [undefined, tiny]) {
    const windowed = readOnnxFile(path, { wholeFileBytes: 0, windows });
    assert.deepEqual(windowed.model, inMemory.model, path);
    assert.equal(windowed.externalDataBytes, inMemory.externalDataBytes, path);
    assert.ok(windowed.stats.readCalls > 1 || bytes.byteLength <= 16 * 1024, `${path}: ${windowed.stats.readCalls} reads`);
  }
}

/** Replays the liveness lists: every freed value must be live, and only graph outputs remain. */
function checkLifetimes(res: EngineResult): void {
  const live = new Set(res.liveAtStart);
  for (const n of res.nodes) {
    if (!n.inTotals) continue;
    for (const o of n.node.outputs) if (o && !res.values.get(o)!.isConstant) live.add(o);
    for (const f of n.frees) {
      assert.ok(live.has(f), `${n.node.name} frees '${f}', which is not live`);
      live.delete(f);
    }
  }
  assert.deepEqual([...live].sort(), res.outputs.map((o) => o.name).filter((o) => live.has(o)).sort());
  assert.equal(live.size, res.outputs.filter((o) => !res.values.get(o.name)!.isConstant).length);
}

/**
 * The engine with the real op registry at the reference's profile inputs: every op known, every
 * dim resolved, contraction MACs equal to the independently counted `contraction_macs`, every
 * node (subgraphs included) listed once, concrete outputs and consistent value lifetimes.
 */
export async function checkEngine(path: string, ref: ReferenceEntry): Promise<void> {
  const model = await readOnnxModel(path);
  const res = runEngine(model, lookup, { inputShapes: ref.profile_inputs });
  assert.deepEqual(res.unknownOps, []);
  const bad = res.nodes.filter((n) => n.status !== 'ok').map((n) => `${n.node.name} (${n.node.opType}): ${n.status} ${n.note ?? ''}`);
  assert.deepEqual(bad, []);
  assert.deepEqual(res.lowerBoundReasons, []);
  assert.deepEqual(res.warnings, []);
  assert.equal(res.totals.macs, ref.contraction_macs);
  const histogram: Record<string, number> = {};
  for (const n of res.nodes) histogram[n.node.opType] = (histogram[n.node.opType] ?? 0) + 1;
  assert.deepEqual(histogram, ref.op_histogram);
  for (const o of res.outputs) assert.ok(o.type.shape?.every((d) => typeof d === 'number'), `output ${o.name}: ${o.type.shape}`);
  checkLifetimes(res);
}
