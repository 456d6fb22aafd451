/**
 * Turns an engine run into the ProfileResult JSON (schemaVersion 1): totals, per-op-type
 * aggregation, per-node table, peak activation memory and the roofline estimate.
 * Pure: no file or process access; src/profile/index.ts reads the file and runs the engine.
 */
import { ModelFileError } from '../graph/errors.js';
import { graphCensus } from '../graph/census.js';
import type { GraphCensus } from '../graph/census.js';
import { compareCodeUnits } from '../graph/order.js';
import { setEntry } from '../graph/name-table.js';
import { ExactSum, isSafeCount } from '../shapes/exact.js';
import type { Dim, Model, ValueInfo } from '../graph/ir.js';
import type { TensorType } from '../shapes/types.js';
import type { EngineResult, NodeResult } from '../shapes/engine-types.js';
import type { HardwareSpec } from './hardware.js';
import { peakFromEngine } from './peak-memory.js';
import { roofline } from './roofline.js';
import { COST_BOUND_METRICS, PEAK_BOUND_METRICS, PROFILE_SCHEMA_VERSION } from './types.js';
import type {
  CostTotalsSummary, ExactCounts, NodeProfile, OpTypeSummary, ParamsSummary, ProfileResult, RooflineSummary, ValueSummary,
} from './types.js';

export interface ProfileOptions {
  /** The model's path as the user gave it (shown in reports). */
  readonly path: string;
  /** Bytes of external data files the model references (0 when none). */
  readonly externalDataBytes?: number;
  /** Hardware for the roofline estimate; no roofline without it. */
  readonly hardware?: HardwareSpec;
  /** Include the per-node table (default true; large models make it long). */
  readonly includeNodes?: boolean;
  /** graphCensus(model.graph), when the caller has it (one walk per profile). */
  readonly census?: GraphCensus;
}

/**
 * Builds the profile. `engine` is undefined when shapes and costs were not computed (structure
 * only: params and op histogram); then totals, byOpType, nodes and roofline are absent.
 */
export function profileModel(
  model: Model,
  engine: EngineResult | undefined,
  params: ParamsSummary,
  options: ProfileOptions,
): ProfileResult {
  const initializers = model.graph.initializers;
  const declaredInputs = model.graph.inputs.filter((v) => !initializers.has(v.name));
  // By name, once: a model may have 100k inputs, and a search per input is quadratic.
  const boundInputs = new Map(engine?.inputs.map((x) => [x.name, x.type]));
  const boundOutputs = new Map(engine?.outputs.map((x) => [x.name, x.type]));
  const base = {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    model: {
      path: options.path,
      format: model.format,
      fileBytes: model.fileBytes,
      externalDataBytes: options.externalDataBytes ?? 0,
      formatVersion: model.formatVersion,
      producer: model.producer,
      opsets: opsetRecord(model.opsetImports),
    },
    inputs: declaredInputs.map((v) => valueSummary(v, boundInputs.get(v.name))),
    outputs: model.graph.outputs.map((v) => valueSummary(v, boundOutputs.get(v.name))),
    params,
    opHistogram: opHistogram(model, options.census),
  };
  if (!engine) return { ...base, unknownOps: [], warnings: [] };

  const counted = countedNodes(engine.nodes);
  const peak = peakFromEngine(engine);
  const costReasons = [
    ...engine.lowerBoundReasons,
    ...(engine.unknownOps.length > 0 && engine.lowerBoundReasons.length === 0
      ? [`${engine.unknownOps.reduce((s, u) => s + u.count, 0)} node(s) of unknown op type not counted`]
      : []),
  ];
  const reasons = dedupe([...costReasons, ...peak.lowerBoundReasons]);
  // The engine sums exactly (BigInt); every reported number must also be finite: a total beyond
  // 1.8e308 would print as "Infinity" and serialise as null, so the model is not measurable.
  const sums = engine.exactTotals;
  const exact = exactCounts({ macs: sums.macs, flops: sums.flops, memoryBytes: sums.bytes, peakActivationBytes: peak.peakBytesExact });
  const totals: CostTotalsSummary = {
    macs: finite(sums.macs, 'MACs', options.path),
    flops: finite(sums.flops, 'FLOPs', options.path),
    memoryBytes: finite(sums.bytes, 'memory access', options.path),
    peakActivationBytes: finite(peak.peakBytesExact, 'peak activation memory', options.path),
    peakActivationNode: peak.peakAt,
    lowerBound: reasons.length > 0,
    lowerBoundReasons: reasons,
    lowerBoundMetrics: costReasons.length > 0 ? COST_BOUND_METRICS : peak.lowerBoundReasons.length > 0 ? PEAK_BOUND_METRICS : [],
  };
  if (exact) (totals as Mutable<CostTotalsSummary>).exact = exact;

  const hw = options.hardware;
  const roof = hw ? roofline(counted.map((n) => ({ flops: n.cost.flops, bytes: n.cost.bytes })), hw) : undefined;
  // By node index (counted nodes in order): no map keyed by node.
  let latencies: number[] | undefined;
  if (roof) {
    latencies = new Array<number>(engine.nodes.length);
    for (let i = 0, c = 0; i < engine.nodes.length; i++) if (engine.nodes[i]!.inTotals) latencies[i] = roof.nodes[c++]!.latencySeconds;
  }
  if (roof && !Number.isFinite(roof.latencySeconds)) {
    throw new ModelFileError(options.path, 'the roofline latency is beyond 1.8e308 seconds: not measurable');
  }
  const rooflineSummary: RooflineSummary | undefined = hw && roof ? {
    hardware: hw.id,
    hardwareName: hw.name,
    peakFlops: hw.peakFlops,
    bandwidth: hw.bandwidth,
    latencySeconds: roof.latencySeconds,
    arithmeticIntensity: roof.arithmeticIntensity,
    ridgePoint: roof.ridgePoint,
    computeBoundNodes: roof.computeBoundNodes,
    memoryBoundNodes: roof.memoryBoundNodes,
  } : undefined;

  // Keys added in place, in the order the JSON report lists them: a spread of `base` and of a
  // conditional object per optional key copied the profile once each, 2% of a warm gru profile.
  const head: Mutable<Omit<ProfileResult, 'unknownOps' | 'warnings'>> = {
    schemaVersion: base.schemaVersion, model: base.model, inputs: base.inputs, outputs: base.outputs,
    params: base.params, opHistogram: base.opHistogram, totals, byOpType: byOpType(counted),
  };
  if (options.includeNodes !== false) head.nodes = nodeProfiles(engine.nodes, latencies);
  if (rooflineSummary) head.roofline = rooflineSummary;
  const result = head as Mutable<ProfileResult>; // unknownOps and warnings are set next
  result.unknownOps = engine.unknownOps.map((u) => ({ domain: u.domain, opType: u.opType, count: u.count }));
  result.warnings = [...engine.warnings];
  return result;
}

/**
 * Per (domain, op type) sums over the nodes counted in totals, so that the rows add up to the
 * totals; a control-flow body's work is under its If/Loop/Scan. Sorted by FLOPs, largest first.
 */
export function byOpType(counted: readonly NodeResult[]): OpTypeSummary[] {
  // By domain, then op type: no key string built per node.
  const rows = new Map<string, Map<string, { opType: string; domain: string; count: number; sum: ExactSum }>>();
  const all: { opType: string; domain: string; count: number; sum: ExactSum }[] = [];
  let domain: string | undefined;
  let byType: Map<string, { opType: string; domain: string; count: number; sum: ExactSum }> | undefined;
  for (let i = 0; i < counted.length; i++) {
    const n = counted[i]!;
    // Consecutive nodes are mostly of one domain: its map is looked up when the domain changes.
    if (n.node.domain !== domain || !byType) {
      domain = n.node.domain;
      byType = rows.get(domain);
      if (!byType) rows.set(domain, (byType = new Map()));
    }
    let row = byType.get(n.node.opType);
    if (!row) {
      row = { opType: n.node.opType, domain: n.node.domain, count: 0, sum: new ExactSum() };
      byType.set(n.node.opType, row);
      all.push(row);
    }
    row.count++;
    row.sum.add(n);
  }
  // Each row is at most the totals, which profileModel checks to be finite.
  return all.map((row): OpTypeSummary => {
    // Safe sums need no BigInt and have no exact strings.
    const safe = row.sum.safeNumbers();
    if (safe) return { opType: row.opType, domain: row.domain, count: row.count, macs: safe.macs, flops: safe.flops, memoryBytes: safe.bytes };
    const r = { opType: row.opType, domain: row.domain, count: row.count, sum: row.sum.value() };
    const exact = exactCounts({ macs: r.sum.macs, flops: r.sum.flops, memoryBytes: r.sum.bytes });
    return {
      opType: r.opType, domain: r.domain, count: r.count,
      macs: Number(r.sum.macs), flops: Number(r.sum.flops), memoryBytes: Number(r.sum.bytes),
      ...(exact ? { exact } : {}),
    };
  }).sort((a, b) =>
    b.flops - a.flops || b.memoryBytes - a.memoryBytes || b.count - a.count
    || compareCodeUnits(a.opType, b.opType) || compareCodeUnits(a.domain, b.domain));
}

/** Op type -> node count over every graph of the file (subgraphs included, functions not expanded). */
export function opHistogram(model: Model, census: GraphCensus = graphCensus(model.graph)): Record<string, number> {
  const counts = new Map<string, number>();
  census.ops.forEach((types, d) => types.forEach(({ count }, opType) => {
    const key = d === '' ? opType : `${d}.${opType}`;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }));
  return sortedRecord(counts);
}

/**
 * The entries of `map` as an object, keys in code-unit order. Keys sorted alone and assigned one
 * by one: sorting [key, value] pairs and Object.fromEntries took 2.5x as long (1.7 vs 0.7 us for
 * ten op types), and a profile builds two of these. `__proto__` is defined, as fromEntries does
 * (setEntry), since assigning it would set the prototype instead.
 */
function sortedRecord(map: ReadonlyMap<string, number>): Record<string, number> {
  const keys = [...map.keys()].sort(compareCodeUnits);
  const out: Record<string, number> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    setEntry(out, k, map.get(k)!);
  }
  return out;
}

/** The nodes counted in totals: `nodes` itself when that is all of them (a model without control flow). */
function countedNodes(nodes: readonly NodeResult[]): readonly NodeResult[] {
  let i = 0;
  while (i < nodes.length && nodes[i]!.inTotals) i++;
  if (i === nodes.length) return nodes;
  const out = nodes.slice(0, i);
  for (; i < nodes.length; i++) if (nodes[i]!.inTotals) out.push(nodes[i]!);
  return out;
}

function nodeProfiles(nodes: readonly NodeResult[], latencies: readonly number[] | undefined): NodeProfile[] {
  const out = new Array<NodeProfile>(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[i] = nodeProfile(nodes[i]!, i, latencies?.[i]);
  return out;
}

function nodeProfile(n: NodeResult, index: number, latency: number | undefined): NodeProfile {
  // Optional keys are assigned in place, in the order the JSON report lists them: a spread of a
  // conditional object per optional key copies the row once per key, for every node.
  // Shapes are immutable: shared with the engine result, not copied per node.
  const outputShapes = new Array<NodeProfile['outputShapes'][number]>(n.outputs.length);
  for (let i = 0; i < outputShapes.length; i++) outputShapes[i] = n.outputs[i]!.shape ?? null;
  // ONNX allows unnamed nodes; the index keeps the row identifiable.
  const name = n.node.name !== '' ? n.node.name : `${n.node.opType}@${index}`;
  const { opType, domain } = n.node;
  const { scope, params, status } = n;
  const { macs, flops, bytes: memoryBytes } = n.cost;
  const row: Mutable<NodeProfile> = n.inTotals
    ? { name, opType, domain, scope, outputShapes, params, macs, flops, memoryBytes, status }
    : { name, opType, domain, scope, inTotals: false, outputShapes, params, macs, flops, memoryBytes, status };
  if (n.note !== undefined) row.note = n.note;
  if (latency !== undefined) row.latencySeconds = latency;
  if (n.exact) row.exact = exactCounts({ macs: n.exact.macs, flops: n.exact.flops, memoryBytes: n.exact.bytes });
  return row;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Decimal strings of the counts a JS number cannot hold exactly; undefined when there are none. */
function exactCounts(counts: Partial<Record<keyof ExactCounts, bigint>>): ExactCounts | undefined {
  // for-in over the literal's own keys: no entry arrays per call (every profile, every op type row).
  let out: Record<string, string> | undefined;
  for (const k in counts) {
    const v = counts[k as keyof ExactCounts];
    if (v !== undefined && !isSafeCount(v)) (out ??= {})[k] = v.toString();
  }
  return out;
}

/** The count as a number, or a ModelFileError when it is beyond the largest double. */
function finite(v: bigint, what: string, path: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new ModelFileError(path, `total ${what} is beyond 1.8e308, the largest number model-budget can report: not measurable`);
  return n;
}

function valueSummary(v: ValueInfo, bound: TensorType | undefined): ValueSummary {
  const shape = v.shape ? [...v.shape] : null;
  const summary: ValueSummary = { name: v.name, dtype: v.dtype ?? bound?.dtype ?? null, shape };
  if (!bound) return summary;
  const boundShape = bound.shape ? [...bound.shape] : null;
  return sameDims(shape, boundShape) ? summary : { ...summary, boundShape };
}

function sameDims(a: readonly Dim[] | null, b: readonly Dim[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function opsetRecord(imports: ReadonlyMap<string, number>): Record<string, number> {
  const named = new Map<string, number>();
  imports.forEach((v, domain) => named.set(domain === '' ? 'ai.onnx' : domain, v));
  return sortedRecord(named);
}

function dedupe(items: readonly string[]): string[] {
  return [...new Set(items)];
}
