/**
 * mergeShardFiles (io/shard-reports.ts): the partial reports of a folder are measured together
 * before any is read (a merge holds them all, and 256 reports just under the 16 MiB cap of one
 * file ran V8 out of heap), and each is checked against the ones before as it is read.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { evaluateGate } from '../../src/budget/gate.js';
import { ShardMergeError } from '../../src/budget/shard.js';
import type { ShardInfo } from '../../src/budget/types.js';
import { MAX_REPORT_BYTES } from '../../src/io/report-file.js';
import { MAX_MERGE_BYTES, mergeShardFiles } from '../../src/io/shard-reports.js';
import { profile } from '../budget/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-shard-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const KEYS = ['a.onnx', 'b.onnx'];

/** Shard i/2 of a run over a.onnx (shard 1) and b.onnx (shard 2), each added with i params. */
function part(index: number, info: Partial<ShardInfo> = {}): string {
  const path = KEYS[index - 1]!;
  const report = evaluateGate({ config: null, models: [{ path, status: 'added', head: profile({ params: index }) }] });
  const shard: ShardInfo = { index, count: 2, models: KEYS, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), settings: '0'.repeat(64), level: 'error', ...info };
  return JSON.stringify({ ...report, shard });
}

const folder = (name: string, files: Record<string, string | number>): string => {
  const d = join(dir, name);
  mkdirSync(d);
  for (const [n, content] of Object.entries(files)) {
    if (typeof content === 'number') {
      writeFileSync(join(d, n), '');
      truncateSync(join(d, n), content); // sparse: its size, no disk
    } else {
      writeFileSync(join(d, n), content);
    }
  }
  return name;
};
const rejects = (given: string[], message: string): Promise<void> =>
  assert.rejects(mergeShardFiles(given, { cwd: dir, label: 'report-path ' }), (e: unknown) => e instanceof ShardMergeError && e.message === message);

test('partial reports over 256 MiB in all are refused before any is read, naming the folder and the limit', async () => {
  assert.equal(MAX_MERGE_BYTES, 256 * 1024 * 1024);
  // 17 files of 16 MiB each = 272 MiB > 256 MiB (16 of them would be 256 MiB exactly).
  const files = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`s${String(i).padStart(2, '0')}.json`, MAX_REPORT_BYTES]));
  await rejects([folder('over', files)], 'report-path "over": 17 partial reports of 272 MiB in all, more than the 256 MiB a merge reads');
  // At 256 MiB exactly the reports are read: the first one is 16 MiB of zero bytes.
  delete files['s16.json'];
  await assert.rejects(mergeShardFiles([folder('at', files)], { cwd: dir, label: 'report-path ' }), (e: unknown) => e instanceof Error && e.message.startsWith('report-path "at/s00.json": not JSON: '));
});

test('a report of another run stops the merge before the reports after it are read', async () => {
  const given = folder('early', {
    '1.json': part(1),
    '2.json': part(2, { headSha: 'c'.repeat(40) }),
    // Read last: before, every report was read first and this one's error was the one reported.
    '3.json': '{',
  });
  await rejects([given], `report-path "early/2.json": not a shard of the same run as report-path "early/1.json": it compares ${'a'.repeat(40)}..${'c'.repeat(40)}, others ${'a'.repeat(40)}..${'b'.repeat(40)}`);
});

test('a shard given twice stops the merge at the second copy', async () => {
  await rejects([folder('twice', { '1.json': part(1), '1-again.json': part(1), '9.json': '{' })], 'report-path "twice/1.json": shard 1/2 again (also report-path "twice/1-again.json")');
});

test('the shards of one run merge: a.onnx (1 param) and b.onnx (2 params)', async () => {
  const { report, count } = await mergeShardFiles([folder('ok', { '1.json': part(1), '2.json': part(2) })], { cwd: dir, label: 'report-path ' });
  assert.equal(count, 2);
  assert.deepEqual(report.models.map((m) => [m.path, m.rows.find((r) => r.metric === 'params')!.head]), [['a.onnx', 1], ['b.onnx', 2]]);
});
