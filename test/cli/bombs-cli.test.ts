/**
 * Resource bombs through the bundled CLI: one line on stderr naming the file and the problem,
 * exit code 2 (bad input), never an internal error or a stack trace.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { functionChainBomb, functionFanInBomb, manyInputs, nestedIfBomb, rankBomb } from '../support/bombs.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mb-bombs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const cases: { file: string; bytes: () => Uint8Array; detail: RegExp }[] = [
  {
    file: 'rank.onnx', bytes: () => rankBomb('ConstantOfShape', 100_000_000),
    detail: /^node 'ConstantOfShape_0' \(ConstantOfShape\): the shape input has 100,000,000 elements: an output rank above 64, the largest model-budget supports$/,
  },
  { file: 'nested.onnx', bytes: () => nestedIfBomb(10_000), detail: /^subgraphs \(If\/Loop\/Scan bodies\) nest more than 64 deep \(byte \d+\)$/ },
  { file: 'chain.onnx', bytes: () => functionChainBomb(200), detail: /^local function 'F64': graphs and local-function calls nest more than 64 deep$/ },
  // 100 calls of one 100,000-input Sum (300 KB): 10^7 inputs. Counted 1 a node, 2,000 calls of
  // it took 51 s and 3.1 GB; refused at once now.
  {
    file: 'fan-in.onnx', bytes: () => functionFanInBomb(100, 100_000),
    detail: /^the model runs nodes that read and write more than 2,000,000 values in all \(local functions expanded, control-flow bodies included\), the most model-budget profiles \(at node '[^']+'\)$/,
  },
  // 100,000 inputs took 7.6 s of CPU and 366 MB before this limit; 10,001 is refused at once.
  { file: 'inputs.onnx', bytes: () => manyInputs(10_001), detail: /^the main graph has 10,001 inputs, more than the 10,000 model-budget profiles$/ },
];

describe('model-budget profile on resource bombs (bundled CLI)', () => {
  for (const c of cases) {
    test(`${c.file}: one line, exit 2`, () => {
      const path = join(dir, c.file);
      writeFileSync(path, c.bytes());
      const r = runCli(['profile', path]);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '');
      const lines = r.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, r.stderr);
      const prefix = `model-budget: ${path}: `;
      assert.ok(lines[0]!.startsWith(prefix), lines[0]);
      assert.match(lines[0]!.slice(prefix.length), c.detail);
    });
  }
});
