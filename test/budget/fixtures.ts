/**
 * Small hand-made ProfileResults for the gate tests. Only the fields the gate reads are
 * meaningful; the rest are plausible constants.
 */
import type { CostTotalsSummary, NodeProfile, OpTypeSummary, ProfileResult } from '../../src/profile/types.js';

export interface ProfileSpec {
  readonly path?: string;
  readonly params: number;
  readonly fileBytes?: number;
  readonly externalDataBytes?: number;
  /** Omit to model a profile made before the cost engine ran (no totals). */
  readonly totals?: {
    readonly macs: number;
    readonly flops: number;
    readonly memoryBytes: number;
    readonly peakActivationBytes: number;
    readonly lowerBound?: boolean;
    readonly lowerBoundReasons?: readonly string[];
    readonly lowerBoundMetrics?: NonNullable<CostTotalsSummary['lowerBoundMetrics']>;
  };
  readonly byOpType?: readonly OpTypeSummary[];
  readonly nodes?: ReadonlyArray<Partial<NodeProfile> & { name: string; opType: string }>;
  readonly opHistogram?: Readonly<Record<string, number>>;
  readonly unknownOps?: ProfileResult['unknownOps'];
}

export function profile(spec: ProfileSpec): ProfileResult {
  const nodes = spec.nodes?.map(
    (n): NodeProfile => ({
      domain: '',
      scope: '',
      outputShapes: [],
      params: 0,
      macs: 0,
      flops: 0,
      memoryBytes: 0,
      status: 'ok',
      ...n,
    }),
  );
  return {
    schemaVersion: 2,
    model: {
      path: spec.path ?? 'model.onnx',
      format: 'onnx',
      fileBytes: spec.fileBytes ?? spec.params * 4 + 1000,
      externalDataBytes: spec.externalDataBytes ?? 0,
      formatVersion: 'IR 8',
      producer: 'pytorch',
      opsets: { '': 17 },
    },
    inputs: [],
    outputs: [],
    params: { total: spec.params, bytes: spec.params * 4, byDtype: {}, nonWeight: { elements: 0, bytes: 0 } },
    opHistogram: spec.opHistogram ?? {},
    ...(spec.totals
      ? {
          totals: {
            lowerBound: false,
            lowerBoundReasons: [],
            ...spec.totals,
          },
        }
      : {}),
    ...(spec.byOpType ? { byOpType: spec.byOpType } : {}),
    ...(nodes ? { nodes } : {}),
    unknownOps: spec.unknownOps ?? [],
    warnings: [],
  };
}
