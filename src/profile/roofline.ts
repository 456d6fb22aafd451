/**
 * Roofline latency estimate: each node runs at the speed of its tighter limit, compute
 * (flops / peak FLOPS) or memory traffic (bytes / bandwidth), and nodes run one after another:
 *   latency = sum over nodes of max(flops / peakFlops, bytes / bandwidth).
 * This ignores overlap between nodes, caches and kernel launch cost: it is a lower bound on real
 * latency for a single stream, meant for comparing two versions of a model, not for predicting
 * wall-clock time.
 */

export interface RooflineHardware {
  /** FLOP/s. */
  readonly peakFlops: number;
  /** Bytes/s. */
  readonly bandwidth: number;
}

export interface RooflineWork {
  readonly flops: number;
  /** Memory access in bytes. */
  readonly bytes: number;
}

export type Bound = 'compute' | 'memory' | 'none';

export interface NodeRoofline {
  readonly latencySeconds: number;
  /**
   * 'compute' when flops/peak >= bytes/bandwidth (at or right of the ridge point), 'memory' when
   * the memory time is longer, 'none' for nodes with no work at all (shape-only ops).
   */
  readonly bound: Bound;
}

export function nodeRoofline(work: RooflineWork, hw: RooflineHardware): NodeRoofline {
  const compute = work.flops / hw.peakFlops;
  const memory = work.bytes / hw.bandwidth;
  if (compute === 0 && memory === 0) return { latencySeconds: 0, bound: 'none' };
  return compute >= memory
    ? { latencySeconds: compute, bound: 'compute' }
    : { latencySeconds: memory, bound: 'memory' };
}

export interface RooflineTotals {
  readonly latencySeconds: number;
  /** Total FLOPs / total bytes (FLOP per byte); 0 when the model moves no bytes. */
  readonly arithmeticIntensity: number;
  /** Peak FLOPS / bandwidth: nodes with a higher intensity than this are compute-bound. */
  readonly ridgePoint: number;
  readonly computeBoundNodes: number;
  readonly memoryBoundNodes: number;
  /** Per node, in the order given. */
  readonly nodes: readonly NodeRoofline[];
}

export function roofline(nodes: readonly RooflineWork[], hw: RooflineHardware): RooflineTotals {
  let latency = 0;
  let flops = 0;
  let bytes = 0;
  let computeBound = 0;
  let memoryBound = 0;
  const perNode = nodes.map((n) => {
    const r = nodeRoofline(n, hw);
    latency += r.latencySeconds;
    flops += n.flops;
    bytes += n.bytes;
    if (r.bound === 'compute') computeBound++;
    else if (r.bound === 'memory') memoryBound++;
    return r;
  });
  return {
    latencySeconds: latency,
    arithmeticIntensity: bytes > 0 ? flops / bytes : 0,
    ridgePoint: hw.peakFlops / hw.bandwidth,
    computeBoundNodes: computeBound,
    memoryBoundNodes: memoryBound,
    nodes: perNode,
  };
}
