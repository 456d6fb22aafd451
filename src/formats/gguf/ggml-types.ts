/**
 * ggml tensor types as GGUF files store them: for each type id, its name, how many values one
 * block holds and how many bytes the block takes. Sizes follow the block structs of ggml
 * (ggml-common.h; QK_K = 256 values per super-block, `half` = 2 bytes). Ids 4, 5 and 31..33,
 * 36..38 were removed from ggml and are not valid in a file.
 */
import { isDType, isWeightDType } from '../../graph/dtype.js';

export interface GgmlType {
  readonly id: number;
  /** ggml's own name ('q4_K', 'iq2_xxs', 'bf16'). */
  readonly name: string;
  /** Values per block (1 for plain types). */
  readonly blockSize: number;
  /** Bytes per block. */
  readonly blockBytes: number;
  /** The IR dtype name (graph/dtype.ts) for the plain types; quantized types keep ggml's name. */
  readonly dtype: string;
  /** Whether its tensors are weights: block-quantized types, and the plain types isWeightDType accepts (i32/i64 hold indices and shapes). */
  readonly weight: boolean;
}

const QK_K = 256;

/** [id, name, values per block, bytes per block (how the block struct adds up), IR dtype]. */
const ROWS: ReadonlyArray<readonly [number, string, number, number, string?]> = [
  [0, 'f32', 1, 4, 'float32'],
  [1, 'f16', 1, 2, 'float16'],
  [2, 'q4_0', 32, 2 + 32 / 2], // half scale + 32 nibbles
  [3, 'q4_1', 32, 2 + 2 + 32 / 2], // scale and min
  [6, 'q5_0', 32, 2 + 4 + 32 / 2], // + 32 fifth bits
  [7, 'q5_1', 32, 2 + 2 + 4 + 32 / 2],
  [8, 'q8_0', 32, 2 + 32],
  [9, 'q8_1', 32, 2 + 2 + 32], // half scale + half sum
  [10, 'q2_K', QK_K, 2 + 2 + QK_K / 16 + QK_K / 4],
  [11, 'q3_K', QK_K, 2 + QK_K / 4 + QK_K / 8 + 12],
  [12, 'q4_K', QK_K, 2 + 2 + 12 + QK_K / 2],
  [13, 'q5_K', QK_K, 2 + 2 + 12 + QK_K / 8 + QK_K / 2],
  [14, 'q6_K', QK_K, QK_K / 2 + QK_K / 4 + QK_K / 16 + 2],
  [15, 'q8_K', QK_K, 4 + QK_K + (QK_K / 16) * 2], // float scale + values + 16 int16 block sums
  [16, 'iq2_xxs', QK_K, 2 + (QK_K / 8) * 2],
  [17, 'iq2_xs', QK_K, 2 + (QK_K / 8) * 2 + QK_K / 32],
  [18, 'iq3_xxs', QK_K, 2 + (3 * QK_K) / 8],
  [19, 'iq1_s', QK_K, 2 + QK_K / 8 + (QK_K / 32) * 2],
  [20, 'iq4_nl', 32, 2 + 32 / 2],
  [21, 'iq3_s', QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 8 + QK_K / 64],
  [22, 'iq2_s', QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 32],
  [23, 'iq4_xs', QK_K, 2 + 2 + QK_K / 64 + QK_K / 2],
  [24, 'i8', 1, 1, 'int8'],
  [25, 'i16', 1, 2, 'int16'],
  [26, 'i32', 1, 4, 'int32'],
  [27, 'i64', 1, 8, 'int64'],
  [28, 'f64', 1, 8, 'float64'],
  [29, 'iq1_m', QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32], // no half scale: packed into scales
  [30, 'bf16', 1, 2, 'bfloat16'],
  [34, 'tq1_0', QK_K, (QK_K - 4 * QK_K / 64) / 5 + QK_K / 64 + 2], // base-3 packing, 5 values per byte
  [35, 'tq2_0', QK_K, QK_K / 4 + 2],
  [39, 'mxfp4', 32, 1 + 32 / 2], // E8M0 exponent + 32 fp4 values
  [40, 'nvfp4', 64, 64 / 16 + 64 / 2], // 4 UE4M3 scales (one per 16) + 64 fp4 values
  [41, 'q1_0', 128, 2 + 128 / 8], // half scale + sign bits
];

const BY_ID = new Map<number, GgmlType>(
  ROWS.map(([id, name, blockSize, blockBytes, dtype]) => [
    id,
    { id, name, blockSize, blockBytes, dtype: dtype ?? name, weight: dtype === undefined || (isDType(dtype) && isWeightDType(dtype)) },
  ]),
);

export function ggmlType(id: number): GgmlType | undefined {
  return BY_ID.get(id);
}

export const GGML_TYPES: readonly GgmlType[] = [...BY_ID.values()];
