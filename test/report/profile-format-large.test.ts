/**
 * `profile` output for a graph with more values than a call can take arguments: a model may have
 * 200,000 outputs (one Split node), and the table once measured its label column with
 * Math.max(...lines), a RangeError (exit 3, "internal error") past about 120,000 lines. The header
 * now lists 20 of them (MAX_HEADER_VALUES) and counts the rest; the JSON output lists every one.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFile } from '../../src/profile/index.js';
import { MAX_HEADER_VALUES, renderProfile } from '../../src/report/profile-format.js';

describe('profile output with 200,000 outputs', () => {
  test('the table lists the first 20 outputs, one line each, and counts the other 199,980; the JSON lists all', async () => {
    const p = await profileFile('examples/models/small_cnn_head.onnx');
    const outputs = Array.from({ length: 200_000 }, () => p.outputs[0]!);
    const lines = renderProfile({ ...p, outputs }, { format: 'table' }).split('\n');
    // 'outputs' labels the first line only; the next 19 have an empty label column, then the count.
    const at = lines.findIndex((l) => /^outputs\s/.test(l));
    assert.equal(MAX_HEADER_VALUES, 20);
    assert.equal(lines.filter((l) => /^outputs\s/.test(l)).length, 1);
    assert.match(lines[at + 20]!, /^\s+… 199980 more \(the JSON output lists every one\)$/);
    assert.equal((JSON.parse(renderProfile({ ...p, outputs }, { format: 'json' })) as { outputs: unknown[] }).outputs.length, 200_000);
  });
});
