/**
 * `profile` output for a graph with more values than a call can take arguments: a model may have
 * 200,000 outputs (one Split node), and the table once measured its label column with
 * Math.max(...lines), a RangeError (exit 3, "internal error") past about 120,000 lines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFile } from '../../src/profile/index.js';
import { renderProfile } from '../../src/report/profile-format.js';

describe('profile output with 200,000 outputs', () => {
  test('the table renders, listing 20 outputs and a count of the rest (the header cap)', async () => {
    const p = await profileFile('examples/models/small_cnn_head.onnx');
    const outputs = Array.from({ length: 200_000 }, () => p.outputs[0]!);
    const text = renderProfile({ ...p, outputs }, { format: 'table' });
    // 'outputs' labels the first line only; the other 199,999 have an empty label column.
    assert.equal(text.split('\n').filter((l) => /^outputs\s/.test(l)).length, 1);
    // MAX_HEADER_VALUES (20) outputs, then one line counting the other 199,980.
    assert.ok(text.includes('… 199980 more (the JSON output lists every one)'), text.slice(0, 2000));
    assert.ok(text.split('\n').length < 1000);
  });
});
