/**
 * Peak activation memory: the most bytes of intermediate values alive at once when the graph runs
 * node by node in execution order, each value allocated when its node runs and freed after its
 * last reader. Conventions (docs/metrics.md, "Peak activation memory"):
 * - graph inputs are live from the start; graph outputs stay live to the end;
 * - weights, initializers and Constant outputs are excluded (reported apart as params bytes);
 * - every node output is its own buffer, including outputs of shape-only ops (Reshape, Squeeze,
 *   Flatten, Identity...) that a runtime could alias to their input: this never underestimates,
 *   and matches a runtime without buffer sharing;
 * - a node's inputs stay live while it runs, so a node counts inputs + outputs at once;
 * - a control-flow node (If/Loop/Scan) adds, while it runs, the peak of its largest body: body
 *   values count from zero (the body's formal inputs alias values already counted outside), and a
 *   Loop/Scan body's peak counts once because iterations run one after another; an ONNX If's branch
 *   outputs and a Scan's per-step outputs are the node's outputs, counted once (outputsOfNode).
 * Values of unknown size (strings among them) count as 0 and make the peak a lower bound.
 * Sizes and sums are BigInt: a few 2^62-element activations pass 2^53 bytes, where a JS number
 * stops counting exactly (`peakBytesExact`; `peakBytes` is its nearest double).
 */
import { dtypeBits } from '../graph/dtype.js';
import type { Node } from '../graph/ir.js';
import type { TensorType } from '../shapes/types.js';
import type { EngineResult } from '../shapes/engine-types.js';
import { PEAK_REASON_PREFIX } from './types.js';

export interface MemoryStep {
  /** Node name, to say where the peak happens. */
  readonly name: string;
  /** Values this step produces (without '' and constants). */
  readonly allocates: readonly string[];
  /** Values dead once this step has run. */
  readonly frees: readonly string[];
  /** Bytes live only while this step runs (a control-flow body's own peak). */
  readonly transientBytes?: number | bigint;
}

export interface PeakInput {
  readonly liveAtStart: readonly string[];
  readonly steps: readonly MemoryStep[];
  /** Bytes of a value; undefined when its size is unknown. */
  readonly sizeOf: (name: string) => number | bigint | undefined;
}

export interface PeakResult {
  /** The nearest double of peakBytesExact. */
  readonly peakBytes: number;
  readonly peakBytesExact: bigint;
  /** Index of the step during which the peak is reached; -1 when it is the graph inputs alone. */
  readonly peakStep: number;
  /** Name of that step ('' for -1). */
  readonly peakAt: string;
  /** Values live at the peak, in allocation order. */
  readonly liveAtPeak: readonly string[];
  /** Values whose size is unknown (counted as 0): the peak is then a lower bound. */
  readonly unknownSizes: readonly string[];
}

/** Replays allocations and frees step by step and returns the high-water mark. */
export function simulatePeak(input: PeakInput): PeakResult {
  const unknown = new Set<string>();
  const sizes = new Map<string, bigint>();
  const sizeOf = (name: string): bigint => {
    let size = sizes.get(name);
    if (size === undefined) {
      const given = input.sizeOf(name);
      if (given === undefined) {
        unknown.add(name);
        size = 0n;
      } else {
        size = BigInt(given);
      }
      sizes.set(name, size);
    }
    return size;
  };
  /** Replays up to and including step `stop` (all steps when undefined); returns the peak. */
  const replay = (stop?: number): { peak: bigint; peakStep: number; live: Set<string> } => {
    const live = new Set<string>();
    let current = 0n;
    const allocate = (name: string): void => {
      if (live.has(name)) return;
      live.add(name);
      current += sizeOf(name);
    };
    for (const name of input.liveAtStart) allocate(name);
    let peak = current;
    let peakStep = -1;
    const last = stop ?? input.steps.length - 1;
    for (let i = 0; i <= last; i++) {
      const step = input.steps[i]!;
      for (const name of step.allocates) allocate(name);
      if (i === stop) break; // the live set during the peak step, before its frees
      const during = current + BigInt(step.transientBytes ?? 0);
      if (during > peak) {
        peak = during;
        peakStep = i;
      }
      for (const name of step.frees) {
        if (!live.delete(name)) continue;
        current -= sizes.get(name) ?? 0n;
      }
    }
    return { peak, peakStep, live };
  };
  const { peak, peakStep } = replay();
  // A second pass recovers the live set at the peak without copying it at every new maximum.
  const liveAtPeak = [...replay(peakStep).live];
  return {
    peakBytes: Number(peak),
    peakBytesExact: peak,
    peakStep,
    peakAt: peakStep >= 0 ? input.steps[peakStep]!.name : '',
    liveAtPeak,
    unknownSizes: [...unknown],
  };
}

/**
 * Bytes of a typed value, exactly, or undefined when its dtype, rank or a dim is unknown, or when
 * it holds strings: a string element is as long as its text, which the graph does not say.
 */
export function typeBytes(type: TensorType | undefined): bigint | undefined {
  if (!type?.dtype || !type.shape || type.dtype === 'string') return undefined;
  // Doubles while the product is exact (one BigInt at the end); BigInt past 2^53.
  let n = 1;
  for (const d of type.shape) {
    if (typeof d !== 'number') return undefined;
    n *= d;
  }
  const bitsPerElement = dtypeBits(type.dtype);
  if (Number.isSafeInteger(n * bitsPerElement + 7)) return BigInt(Math.floor((n * bitsPerElement + 7) / 8));
  let elements = 1n;
  for (const d of type.shape) {
    if (typeof d !== 'number') return undefined;
    elements *= BigInt(d);
  }
  const bits = elements * BigInt(dtypeBits(type.dtype));
  return (bits + 7n) / 8n;
}

export interface EnginePeak extends PeakResult {
  /** Reasons the peak is a lower bound (values of unknown size), empty when exact. */
  readonly lowerBoundReasons: readonly string[];
}

const MAX_LISTED_UNKNOWN = 5;

/**
 * Peak activation memory of an engine run (main graph, control-flow bodies added at their node).
 * Every level replays the engine's own record: each node's `frees` (its last reads, subgraph reads
 * included), nothing recomputed here.
 */
export function peakFromEngine(result: EngineResult): EnginePeak {
  const nodes = result.nodes;
  let children: Map<number, number[]> | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const parent = nodes[i]!.parent;
    if (parent === undefined) continue;
    children ??= new Map();
    const list = children.get(parent);
    if (list) list.push(i);
    else children.set(parent, [i]);
  }
  const bodyUnknown = new Set<string>();

  /** Largest body peak of control-flow node i (0 when it has no listed body nodes). */
  const bodyPeak = (i: number): bigint => {
    const kids = children?.get(i);
    if (!kids || kids.length === 0) return 0n;
    const owner = nodes[i]!;
    const byScope = new Map<string, number[]>();
    // Group by body graph: the scope segment right after the owner's own path ('Loop_0/body'),
    // so nodes of a local function called inside the body stay with their body.
    const prefix = `${owner.scope ? `${owner.scope}/` : ''}${owner.node.name}/`;
    for (const k of kids) {
      const own = nodes[k]!.scope;
      const rest = own.startsWith(prefix) ? own.slice(prefix.length) : undefined;
      const scope = rest === undefined ? own : prefix + rest.split('/')[0];
      const list = byScope.get(scope) ?? [];
      list.push(k);
      byScope.set(scope, list);
    }
    let largest = 0n;
    for (const [scope, members] of byScope) {
      // A body's formal inputs and outer values are counted outside: it starts from zero, and
      // the engine's frees of a body name only what the body's own nodes produce.
      const sizes = new Map<string, bigint | undefined>();
      const aliased = scope.startsWith(prefix) ? outputsOfNode(owner.node, scope.slice(prefix.length)) : undefined;
      const steps: MemoryStep[] = members.map((k) => {
        const nr = nodes[k]!;
        const allocates: string[] = [];
        if (nr.node.constant !== true) {
          nr.node.outputs.forEach((o, j) => {
            if (o === '' || aliased?.has(o)) return;
            sizes.set(o, typeBytes(nr.outputs[j]));
            allocates.push(o);
          });
        }
        return { name: nr.node.name, allocates, frees: nr.frees, transientBytes: bodyPeak(k) };
      });
      const peak = simulatePeak({ liveAtStart: [], steps, sizeOf: (v) => sizes.get(v) });
      for (const u of peak.unknownSizes) bodyUnknown.add(`${scope}/${u}`);
      if (peak.peakBytesExact > largest) largest = peak.peakBytesExact;
    }
    return largest;
  };

  const transient = new Map<number, bigint>();
  if (children) for (const i of children.keys()) if (nodes[i]!.inTotals) transient.set(i, bodyPeak(i));
  const peak = mainPeakByIds(result, transient) ?? simulatePeak({
    liveAtStart: result.liveAtStart,
    steps: mainSteps(result, transient),
    sizeOf: (v) => typeBytes(result.values.get(v)?.type),
  });
  const unknown = bodyUnknown.size === 0 ? peak.unknownSizes : [...peak.unknownSizes, ...bodyUnknown];
  const reasons = unknown.length === 0 ? [] : [
    `${PEAK_REASON_PREFIX}size of ${unknown.length} value(s) unknown (${unknown.slice(0, MAX_LISTED_UNKNOWN).map((u) => `'${u}'`).join(', ')}${unknown.length > MAX_LISTED_UNKNOWN ? ', ...' : ''})`,
  ];
  // A literal, not a spread of `peak` overriding two of its keys: that took the slow copy, a fifth
  // of this function's time on a warm gru profile.
  return {
    peakBytes: peak.peakBytes, peakBytesExact: peak.peakBytesExact, peakStep: peak.peakStep, peakAt: peak.peakAt,
    liveAtPeak: peak.liveAtPeak, unknownSizes: unknown, lowerBoundReasons: reasons,
  };
}

/**
 * The values of body `attr` of control-flow node `owner` that are the node's own outputs, not
 * buffers of their own: an ONNX If's branch outputs, and the per-step outputs of an ONNX Scan
 * (opset 9+), which ONNX Runtime writes straight into the node's outputs (its If and Scan kernels
 * hand the subgraph allocators that place those outputs there). The node's step already counts its
 * outputs, live for the whole step, so counting them in the body too counted each twice. Loop and
 * Scan state (loop-carried values) stay apart: the value an iteration reads and the one it writes
 * are two buffers, and the node's output stands for the one read (ONNX Runtime copies between
 * them). TFLite's IF and WHILE copy their subgraphs' outputs into the node's, so theirs count apart.
 */
function outputsOfNode(owner: Node, attr: string): ReadonlySet<string> | undefined {
  if (owner.domain !== '' || (owner.opType !== 'If' && owner.opType !== 'Scan')) return undefined;
  const a = owner.attributes.get(attr);
  if (a?.type !== 'graph') return undefined;
  const outs = a.value.outputs;
  let from = 0;
  if (owner.opType === 'Scan') {
    const numScan = owner.attributes.get('num_scan_inputs');
    // Scan-8 batches every output on axis 0 and takes sequence_lens first: left as it was.
    if (numScan?.type !== 'int' || a.value.inputs.length !== owner.inputs.length) return undefined;
    from = a.value.inputs.length - numScan.value;
    if (from < 0) return undefined;
  }
  // A Scan output along another axis than 0 is gathered in a buffer of its own and transposed
  // into place at the end (ONNX Runtime): its steps' outputs stay counted in the body.
  const axes = owner.opType === 'Scan' ? owner.attributes.get('scan_output_axes') : undefined;
  const set = new Set<string>();
  for (let i = from; i < outs.length; i++) {
    if (axes?.type === 'ints' && (axes.value[i - from] ?? 0) !== 0) continue;
    set.add(outs[i]!.name);
  }
  return set;
}

/** The main graph's steps for simulatePeak: the nodes counted in totals, with their bodies' peaks. */
function mainSteps(result: EngineResult, transient: ReadonlyMap<number, bigint>): MemoryStep[] {
  const steps: MemoryStep[] = [];
  result.nodes.forEach((n, i) => {
    if (!n.inTotals) return;
    steps.push({
      name: n.node.name,
      allocates: n.node.outputs.filter((o) => o !== '' && !result.values.get(o)?.isConstant),
      frees: n.frees,
      transientBytes: transient.get(i) ?? 0n,
    });
  });
  return steps;
}

/** Bytes of a typed value as a double, -1 when unknown (strings too, as typeBytes), NaN when not a safe integer. */
function safeTypeBytes(type: TensorType | undefined): number {
  if (!type?.dtype || !type.shape || type.dtype === 'string') return -1;
  let n = 1;
  const shape = type.shape;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i]!;
    if (typeof d !== 'number') return -1;
    n *= d;
  }
  const bits = n * dtypeBits(type.dtype) + 7;
  return Number.isSafeInteger(bits) ? Math.floor(bits / 8) : NaN;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** freedAt of a value not freed (yet). */
const NOT_FREED = 0x7fffffff;

/** Value state in mainPeakByIds: never allocated yet. */
const UNSEEN = -2;

/**
 * The main graph's replay in doubles on the engine's value ids: the same replay as simulatePeak (a
 * value allocated again while live is a no-op, freed only while live, its size taken at its first
 * allocation) with arrays indexed by id, no map by name and no BigInt per value. Undefined past
 * 2^53, or when the ids do not line up with the nodes (an id out of range, a position whose
 * output or free count differs from its node's, a node count that differs): simulatePeak, exact
 * in BigInt, then runs instead (as it does for results without ids, such as tests' hand-made ones).
 */
function mainPeakByIds(result: EngineResult, transient: ReadonlyMap<number, bigint>): PeakResult | undefined {
  const { nodes, values } = result;
  const ids = result.mainIds;
  if (ids === undefined || ids.liveAtStart.length !== result.liveAtStart.length) return undefined;
  const count = ids.count;
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_IDS) return undefined;
  const { outputStart, freeStart } = ids;
  const { sizes, liveEvent } = replayScratch(count);
  sizes.fill(UNSEEN, 0, count);
  liveEvent.fill(-1, 0, count);
  const unknown: string[] = [];
  // Allocation events in order, with the step that allocated and the step that freed them.
  const events: string[] = [];
  const allocatedAt: number[] = [];
  const freedAt: number[] = [];
  let current = 0;
  let step = -1;
  /** False when the id is out of range, or the value's size or the live sum is past 2^53. */
  const allocate = (id: number, name: string, type: TensorType | undefined): boolean => {
    if (!(id >= 0 && id < count)) return false;
    if (liveEvent[id]! >= 0) return true;
    let size = sizes[id]!;
    if (size === UNSEEN) {
      size = safeTypeBytes(type);
      if (size !== size) return false; // NaN: past 2^53
      if (size < 0) {
        unknown.push(name);
        size = 0;
      }
      sizes[id] = size;
    }
    liveEvent[id] = events.length;
    current += size;
    events.push(name);
    allocatedAt.push(step);
    freedAt.push(NOT_FREED);
    return current <= MAX_SAFE;
  };
  const start = result.liveAtStart;
  const startIds = ids.liveAtStart;
  for (let i = 0; i < start.length; i++) if (!allocate(startIds[i]!, start[i]!, values.get(start[i]!)?.type)) return undefined;
  let peak = current;
  let peakStep = -1;
  let peakAt = '';
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (!n.inTotals) continue;
    step++;
    const outs = n.node.outputs;
    if (step + 1 >= outputStart.length || step + 1 >= freeStart.length) return undefined;
    if (outputStart[step + 1]! - outputStart[step]! !== outs.length || freeStart[step + 1]! - freeStart[step]! !== n.frees.length) return undefined;
    if (n.node.constant !== true) {
      const base = outputStart[step]!;
      for (let j = 0; j < outs.length; j++) {
        if (outs[j] !== '' && !allocate(ids.outputs[base + j]!, outs[j]!, n.outputs[j])) return undefined;
      }
    }
    let during = current;
    if (transient.size > 0) {
      const body = transient.get(i);
      if (body !== undefined && body > 0n) {
        if (body > BigInt(MAX_SAFE)) return undefined;
        during += Number(body);
        if (during > MAX_SAFE) return undefined;
      }
    }
    if (during > peak) {
      peak = during;
      peakStep = step;
      peakAt = n.node.name;
    }
    const frees = ids.frees;
    for (let k = freeStart[step]!; k < freeStart[step + 1]!; k++) {
      const id = frees[k]!;
      if (!(id >= 0 && id < count)) return undefined;
      const e = liveEvent[id]!;
      if (e < 0) continue; // not allocated (a weight, or allocated later) or already freed
      liveEvent[id] = -1;
      current -= sizes[id]!;
      freedAt[e] = step;
    }
  }
  // Every position had its node.
  if (step + 2 !== outputStart.length || step + 2 !== freeStart.length) return undefined;
  const liveAtPeak: string[] = [];
  for (let e = 0; e < events.length; e++) {
    if (allocatedAt[e]! <= peakStep && freedAt[e]! >= peakStep) liveAtPeak.push(events[e]!);
  }
  return { peakBytes: peak, peakBytesExact: BigInt(peak), peakStep, peakAt, liveAtPeak, unknownSizes: unknown };
}

/**
 * mainPeakByIds' arrays by value id, kept between profiles: the replay is synchronous and keeps
 * nothing of them. Two fresh typed arrays per profile were 55% of its time on a warm gru profile
 * (each has its own backing store outside the heap). Typed arrays: `new Array(n)` past about 32k
 * entries is a dictionary, slower at every access. Arrays for more than KEPT_IDS ids are not kept.
 */
let keptSizes = new Float64Array(0);
/** Index in `events` of the value's live allocation, -1 when not live. */
let keptLiveEvent = new Int32Array(0);
const KEPT_IDS = 1 << 16;

function replayScratch(count: number): { sizes: Float64Array; liveEvent: Int32Array } {
  if (count <= keptSizes.length) return { sizes: keptSizes, liveEvent: keptLiveEvent };
  const sizes = new Float64Array(count);
  const liveEvent = new Int32Array(count);
  if (count <= KEPT_IDS) {
    keptSizes = sizes;
    keptLiveEvent = liveEvent;
  }
  return { sizes, liveEvent };
}

/** More value ids than the engine could number (its node limit times outputs) is a bug: simulatePeak runs instead. */
const MAX_IDS = 1 << 28;
