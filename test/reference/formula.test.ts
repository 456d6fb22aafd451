/** Issue 15: the MACs formula of ../shared/models/tiny_gpt_dyn.onnx against reference.json and the hand-derived value. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { evaluateFormula } from '../../src/profile/formula.js';
import type { FormulaTerm } from '../../src/profile/formula.js';
import { profileFile } from '../../src/profile/index.js';
import { SHARED_MODELS, referenceModels, sharedModelsMissing } from '../support/shared-models.js';

const missing = sharedModelsMissing();

describe('tiny_gpt_dyn formula (../shared)', { skip: missing ?? false }, () => {
  test('MACs(seq) at batch = 1: seq=128 is reference.json, seq=256 is 1,005,060,096 (by hand)', async () => {
    const ref = referenceModels().find(([name]) => name === 'tiny_gpt_dyn')?.[1];
    assert.ok(ref, 'tiny_gpt_dyn in reference.json');
    const p = await profileFile(join(SHARED_MODELS, ref.file), { dims: { batch: 1 }, formulas: true, perNode: false });
    const f = p.formulas?.metrics.macs;
    assert.ok(f?.polynomial, `a MACs formula: ${f && !f.polynomial ? f.reason : 'none'}`);
    const terms = (f as unknown as { terms: FormulaTerm[] }).terms;
    assert.equal(evaluateFormula(terms, { seq: 128 }), BigInt(ref.contraction_macs));
    // 4*(50331648 + 2*16777216 + 16777216 + 2*67108864) + 65536000 (test/shapes/reference-models.test.ts).
    assert.equal(evaluateFormula(terms, { seq: 256 }), 1005060096n);
  });
});
