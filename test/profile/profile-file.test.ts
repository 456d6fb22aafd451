import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ModelFileError } from '../../src/graph/errors.js';
import { ProfileOptionError, profileFile } from '../../src/profile/index.js';
import { join } from 'node:path';
import { BAD_CASES, assertDetail, testEachBadCase } from '../support/bad-models.js';
import { REPO_ROOT } from '../support/shared-models.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'models', 'small_cnn_base.onnx');

describe('profileFile: graph-level problems are one ModelFileError naming the file', () => {
  assert.ok(BAD_CASES.some((c) => c.foundBy === 'profile'), 'there are profile-stage cases');
  testEachBadCase(async (c, path) => {
    await assert.rejects(profileFile(path), (e: unknown) => {
      assert.ok(e instanceof ModelFileError, `expected ModelFileError, got ${String(e)}`);
      assert.equal(e.file, path);
      assertDetail(c, e.detail);
      return true;
    });
  });
});

describe('profileFile options', () => {
  test('unknown hardware and unknown inputs are option errors', async () => {
    await assert.rejects(profileFile(EXAMPLE, { hardware: 'abacus' }),
      (e: unknown) => e instanceof ProfileOptionError && /unknown hardware "abacus"/.test(e.message));
    await assert.rejects(profileFile(EXAMPLE, { inputs: { image: [1, 3, 8, 8] } }),
      (e: unknown) => e instanceof ProfileOptionError && /--input 'image' is not a graph input \(inputs: input\)/.test(e.message));
  });
});
