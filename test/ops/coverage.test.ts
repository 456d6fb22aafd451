/**
 * Walks the ONNX operator list (src/ops/onnx-operator-list.ts, transcribed from onnx/onnx
 * docs/Operators.md) and checks that every default-domain op resolves, at every opset version
 * from 7 to the newest, to a definition that was written for that version or an earlier one.
 *
 * OpRegistry.lookup falls back to an op's oldest definition when a model's opset predates it, so
 * "lookup returns something" alone would pass for a definition written for a later form; the
 * since-version check below rules that out.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { registry } from '../../src/ops/index.js';
import { ONNX_ML_OPERATORS, ONNX_OPERATORS } from '../../src/ops/onnx-operator-list.js';

const FIRST_OPSET = 7;

/** The opset versions 7..newest at which an op's definition can differ: its since-versions >= 7, plus the one in force at 7. */
function versionsToCheck(versions: readonly number[]): number[] {
  const inForceAt7 = versions.filter((v) => v <= FIRST_OPSET).at(-1);
  return [...new Set([...(inForceAt7 === undefined ? [] : [FIRST_OPSET]), ...versions.filter((v) => v >= FIRST_OPSET)])];
}

describe('every ai.onnx op at every opset version from 7', () => {
  test('resolves to a definition with shape + cost functions and a documented FLOPs formula', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const e of ONNX_OPERATORS) {
      for (const v of versionsToCheck(e.versions)) {
        checked++;
        const def = registry.lookup('', e.name, v);
        if (!def) { missing.push(`${e.name}@${v}: no definition`); continue; }
        if (def.since > v) missing.push(`${e.name}@${v}: only a definition since ${def.since}`);
        if (typeof def.infer !== 'function' || typeof def.cost !== 'function') missing.push(`${e.name}@${v}: no shape or cost function`);
        if (def.doc.flops.trim() === '') missing.push(`${e.name}@${v}: no FLOPs formula`);
      }
    }
    assert.deepEqual(missing, []);
    assert.ok(checked > ONNX_OPERATORS.length, `checked ${checked} (op, version) pairs`);
  });

  test('every ai.onnx.ml op resolves at each of its versions', () => {
    const missing: string[] = [];
    for (const e of ONNX_ML_OPERATORS) {
      for (const v of e.versions) {
        const def = registry.lookup('ai.onnx.ml', e.name, v);
        if (!def || def.since > v || def.doc.flops.trim() === '') missing.push(`ai.onnx.ml::${e.name}@${v}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  /**
   * Versions where the op's inputs or attributes changed (docs/Changelog.md) and the registry keeps a
   * separate definition. Ops that share one definition across such a change read ctx.opset and are
   * tested per version in their family's test: Scan 8/9 (batch axis), GroupNormalization 18/21
   * (scale over groups vs channels), Attention 23/24 (nonpad_kv_seqlen), DFT 17/20 are separate.
   */
  const CHANGED_FORMS: Readonly<Record<string, readonly number[]>> = {
    Slice: [1, 10], Squeeze: [1, 11, 13], Unsqueeze: [1, 11, 13], ReduceSum: [1, 13],
    ReduceMean: [1, 18], ReduceMax: [1, 18], ReduceMin: [1, 18], ReduceProd: [1, 18], ReduceL1: [1, 18],
    ReduceL2: [1, 18], ReduceLogSum: [1, 18], ReduceLogSumExp: [1, 18], ReduceSumSquare: [1, 18],
    Split: [2, 11, 13, 18], Pad: [2, 11, 18, 19], Resize: [10, 11, 13, 18, 19], Clip: [1, 11],
    Softmax: [1, 13], LogSoftmax: [1, 13], Hardmax: [1, 13], TopK: [1, 10], Upsample: [7, 9],
    BatchNormalization: [7, 14], Dropout: [7, 12], Tile: [1, 6], Reshape: [5, 14], Shape: [1, 15],
    GridSample: [16, 20], MaxPool: [8, 10], AveragePool: [10, 19], LpPool: [1, 18], Cast: [6, 19],
    GatherND: [11, 12], DepthToSpace: [1, 11], Gemm: [1, 11], ScatterElements: [11, 16, 18],
    ScatterND: [11, 16, 18], Constant: [1, 11, 12], DFT: [17, 20],
  };

  test('ops whose inputs or attributes changed have a definition at each changed since-version', () => {
    const wrong: string[] = [];
    for (const [op, sinces] of Object.entries(CHANGED_FORMS)) {
      for (const v of sinces) {
        const def = registry.lookup('', op, v);
        if (def?.since !== v) wrong.push(`${op}@${v} resolves to since ${def?.since ?? 'none'}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
