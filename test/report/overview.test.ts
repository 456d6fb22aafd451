/**
 * The comment of a long pull request (issue 13 item 3), through the pure report code: 1, 7, 20,
 * 45 and 200 changed models. Model i (0-based) grows from 1000 to 1000 + 10(i+1) params, i.e. by
 * (i+1)%; the budget allows +30%, so models 30.. breach it. Every 7th model below 30 (i % 7 == 3)
 * also grows its peak memory from 500 kB to 2 MB (+300%) over a 1 MB warning budget. FLOPs stay 1 M.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate } from '../../src/budget/gate.js';
import type { GateModelInput, GateReport } from '../../src/budget/types.js';
import { GITHUB_COMMENT_LIMIT, renderComment } from '../../src/report/index.js';
import { profile } from '../budget/fixtures.js';
import { assertValidGfm } from './gfm-check.js';

const CONFIG = parseConfig(`version: 1
models:
  - name: fleet
    path: "models/**"
    budgets:
      params: { max-increase: 30% }
      peak-memory: { max: 1MB, level: warning }
`);

const LINKS = { serverUrl: 'https://github.com', repository: 'acme/models', pullNumber: 12, runId: '4242' };
const pad = (i: number) => String(i).padStart(3, '0');
const pathOf = (i: number) => `models/team_${i % 5}/experiments/run_${pad(i)}/model_${pad(i)}.onnx`;
const warned = (i: number) => i % 7 === 3 && i < 30;

function fleet(n: number, minChange?: number): GateReport {
  const totals = (peak: number) => ({ macs: 0.5e6, flops: 1e6, memoryBytes: 4e6, peakActivationBytes: peak });
  const models: GateModelInput[] = [];
  for (let i = 0; i < n; i++) {
    models.push({
      path: pathOf(i),
      status: 'modified',
      base: profile({ params: 1000, totals: totals(500e3) }),
      head: profile({ params: 1000 + 10 * (i + 1), totals: totals(warned(i) ? 2e6 : 500e3) }),
    });
  }
  return evaluateGate({ config: CONFIG, models, ...(minChange !== undefined ? { minChange } : {}) });
}

/** The overview table's body rows (between the delimiter row and the totals row). */
function overviewRows(md: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Model | Params |'));
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

describe('a long pull request is not a wall (issue 13 item 3)', () => {
  for (const n of [1, 7, 20, 45, 200]) {
    test(`${n} models: overview first, by impact, totals, sections collapsed unless breached, under the limit`, () => {
      const r = fleet(n);
      const breached = Math.max(0, n - 30);
      const warnings = Array.from({ length: n }, (_, i) => i).filter(warned).length;
      assert.equal(r.violations, breached);
      const md = renderComment(r, { links: LINKS });
      assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `length ${md.length}`);
      assertValidGfm(md);
      // The overview comes before any model section.
      const overviewAt = md.indexOf('| Model | Params | FLOPs | Peak memory | Largest change | Status |');
      assert.ok(overviewAt > 0 && (md.indexOf('<details') < 0 || overviewAt < md.indexOf('<details')), md.slice(0, 2000));
      // One row per model, plus the totals row from 2 models on.
      const rows = overviewRows(md);
      assert.equal(rows.length, n + (n >= 2 ? 1 : 0));
      // By impact: breaches (largest change first: model n-1 at +n%), then warnings (all at peak
      // memory +300%, so by path), then the rest by change.
      const order = rows.slice(0, n).map((row) => Number(/run_(\d{3})/.exec(row)![1]));
      const expected = [
        ...Array.from({ length: breached }, (_, k) => n - 1 - k),
        ...Array.from({ length: Math.min(n, 30) }, (_, k) => k).filter(warned).sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1)),
        ...Array.from({ length: Math.min(n, 30) }, (_, k) => Math.min(n, 30) - 1 - k).filter((i) => !warned(i)),
      ];
      assert.deepEqual(order, expected);
      // Every row has its numbers: model i has 1000 + 10(i+1) params, +(i+1)%.
      for (const row of rows.slice(0, n)) {
        const i = Number(/run_(\d{3})/.exec(row)![1]);
        const params = 1000 + 10 * (i + 1);
        const text = params >= 1000 ? `${(params / 1000).toPrecision(3)}\u00a0K` : String(params);
        // Percentages from 100% up have no decimal.
        const pct = i + 1 >= 100 ? String(i + 1) : (i + 1).toFixed(1);
        assert.ok(row.includes(` | ${text} (+${pct}%) | 1.00\u00a0M | `), `${row} (expected ${text})`);
        assert.ok(row.endsWith(i >= 30 ? ' | ❌ |' : warned(i) ? ' | ⚠️ |' : ' | ✅ |'), row);
      }
      // Sections: open for the breached models only (at 200 models, 170 breached sections do not
      // fit: the overview rows are kept, the sections go first).
      if (n <= 45) assert.equal(md.split('<details open><summary>❌').length - 1, breached);
      assert.equal(/<details open><summary>[^❌]/.test(md), false);
      if (n <= 45) assert.equal(md.split('<details><summary>⚠️ <b>fleet</b>').length - 1, warnings);
      // Links: the first row links its file in the diff; the footer links the run.
      if (n <= 45) assert.match(rows[0]!, /^\| \[`models\/[^`]+`\]\(https:\/\/github\.com\/acme\/models\/pull\/12\/files#diff-[0-9a-f]{64}\) \|/);
      assert.ok(md.trimEnd().endsWith('<sub>[Workflow run](https://github.com/acme/models/actions/runs/4242) · model-budget</sub>'));
    });
  }

  test('totals: base -> head sums, worked out by hand', () => {
    // 7 models: params 7 x 1000 = 7,000 -> 7,000 + 10 x (1+...+7) = 7,280 (+4.0%);
    // FLOPs 7 x 1 M = 7 M both sides; peak memory 7 x 500 kB = 3.5 MB -> 6 x 500 kB + 2 MB (model 3) = 5 MB (+42.9%).
    const md = renderComment(fleet(7));
    assert.ok(md.includes('| **Total** (7 models) | 7.00\u00a0K → 7.28\u00a0K (+4.0%) | 7.00\u00a0M → 7.00\u00a0M | 3.50\u00a0MB → 5.00\u00a0MB (+42.9%) |  |  |\n'), md);
    // 45 models: 45,000 -> 45,000 + 10 x 45 x 46 / 2 = 55,350 (+23.0%).
    assert.ok(renderComment(fleet(45)).includes('| **Total** (45 models) | 45.0\u00a0K → 55.4\u00a0K (+23.0%) |'));
  });

  test('min-change: models whose every change is smaller are listed without detail, and counted', () => {
    // 7 models, min-change 5%: models 0, 1, 2 grow by 1-3% with nothing to warn about; model 3
    // grows 4% but its peak memory +300% (and a warning), so it stays.
    const md = renderComment(fleet(7, 5));
    assertValidGfm(md);
    assert.equal(overviewRows(md).length, 4 + 1);
    assert.ok(md.includes('<details><summary>3 models changed by less than 5% (min-change), not detailed</summary>\n\n'
      + `- \`${pathOf(2)}\`: Params +3.0%\n- \`${pathOf(1)}\`: Params +2.0%\n- \`${pathOf(0)}\`: Params +1.0%\n`), md);
    // The totals still cover all 7.
    assert.ok(md.includes('| **Total** (7 models) | 7.00\u00a0K → 7.28\u00a0K (+4.0%) |'));
    // The same from the report (config defaults.min-change), and an explicit 0 shows everything.
    const fromConfig = parseConfig('version: 1\ndefaults: { min-change: 5% }\nmodels:\n  - path: "models/**"\n');
    assert.equal(fromConfig.defaults.minChange, 5);
    assert.equal(overviewRows(renderComment(fleet(7, 5), { minChange: 0 })).length, 7 + 1);
  });

  test('200 models with long paths: every model keeps its overview row, under 65,536 characters', () => {
    const r = fleet(200);
    const md = renderComment(r, { links: LINKS });
    assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `length ${md.length}`);
    for (let i = 0; i < 200; i++) assert.ok(md.includes(`\`${pathOf(i)}\``), `row of ${pathOf(i)}`);
    assert.equal(overviewRows(md).length, 201);
  });
});
