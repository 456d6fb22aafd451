/**
 * A model reached through a link carries its link path's budget when only its target changes:
 * `models/current.onnx -> ../store/v3.onnx` with a budget on `models/**`, and a pull request that
 * edits `store/v3.onnx` in place. Through `runGate` (the path `check` takes: base from git, head
 * the working tree) and through findModelChanges with both sides commits (the action's path).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GateReport, ModelReport } from '../../src/budget/types.js';
import { findModelChanges } from '../../src/io/changes.js';
import { Git } from '../../src/io/git.js';
import { DEFAULT_MODEL_GLOBS, matchesAny, parsePatterns } from '../../src/io/glob.js';
import { linkAliases, MAX_ALIAS_PATHS, MAX_LINK_ALIASES, MAX_LINK_HOPS, MAX_LINKS, resolveInTree } from '../../src/io/link-aliases.js';
import { localComparison, runGate } from '../../src/io/pipeline.js';
import { gitSource } from '../../src/io/sources.js';
import { renderComment, renderText } from '../../src/report/index.js';
import { matmulModel, TestRepo } from '../e2e/harness.js';

const repos: TestRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));

const BUDGET = 'version: 1\nmodels:\n  - name: deployed\n    path: "models/**"\n    budgets:\n      params: { max-increase: 10% }\n';

function link(r: TestRepo, path: string, target: string): void {
  mkdirSync(dirname(join(r.dir, path)), { recursive: true });
  symlinkSync(target, join(r.dir, path));
}

/** Base: the budget, `store/v3.onnx` of 16x8 = 128 params and `links(r)`; head: v3 edited in place to 16x32 = 512 (+300%). */
function repoWith(links: (r: TestRepo) => void): TestRepo {
  const r = TestRepo.create('mb-linktarget-');
  repos.push(r);
  r.write('.github/model-budget.yml', BUDGET);
  r.write('store/v3.onnx', matmulModel(16, 8));
  links(r);
  r.commit('base');
  r.git('checkout', '-q', '-b', 'pr');
  r.write('store/v3.onnx', matmulModel(16, 32));
  return r;
}

async function gate(r: TestRepo, warn: (m: string) => void = () => undefined): Promise<GateReport> {
  const cmp = await localComparison(r.dir, 'main', () => undefined);
  const { report } = await runGate(cmp, { config: { from: 'base', label: '--config' }, models: parsePatterns(DEFAULT_MODEL_GLOBS), lfs: 'skip', log: () => undefined, warn });
  return report;
}

const params = (m: ModelReport): [number | null, number | null] => {
  const row = m.rows.find((x) => x.metric === 'params')!;
  return [row.base, row.head];
};
/** Each model as [path, status, verdict, params base/head], sorted by path. */
const rows = (report: GateReport): unknown[] => report.models.map((m) => [m.path, m.status, m.verdict, params(m)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/** The model changes between main and `head`, both sides read from git's commits (as the action reads them). */
async function committedChanges(r: TestRepo, head: string): Promise<Awaited<ReturnType<typeof findModelChanges>>> {
  const g = new Git(r.dir);
  try {
    const base = r.git('rev-parse', 'main');
    const models = parsePatterns(DEFAULT_MODEL_GLOBS);
    return await findModelChanges(await g.diffNameStatus(base, head), (p) => matchesAny(p, models), gitSource(g, base, 'base'), gitSource(g, head, 'head'), { defaultGlobs: true });
  } finally {
    g.close();
  }
}

describe('a link whose target changed is a change at the link path', () => {
  test('an in-place +300% edit of a link target fails the budget on the link path', async () => {
    const r = repoWith((x) => link(x, 'models/current.onnx', '../store/v3.onnx'));
    const report = await gate(r);
    // 128 -> 512 is +300% against max-increase 10%; the target has no budget of its own.
    assert.deepEqual(rows(report), [
      ['models/current.onnx', 'modified', 'error', [128, 512]],
      ['store/v3.onnx', 'modified', 'ok', [128, 512]],
    ]);
    assert.equal(report.passed, false);
  });

  test('both sides commits (the action): the link path is a modified model changed through its target', async () => {
    const r = repoWith((x) => link(x, 'models/current.onnx', '../store/v3.onnx'));
    const head = r.commit('head');
    assert.deepEqual(await committedChanges(r, head), [
      { status: 'modified', path: 'store/v3.onnx' },
      { status: 'modified', path: 'models/current.onnx', via: 'store/v3.onnx', linkTo: 'store/v3.onnx' },
    ]);
  });

  test('a link and its target both in the report: the row says where the link leads, and the totals count the file once', async () => {
    // The target edited in place (the link found as an alias), and a new file added with a new link to it (both in the diff).
    const r = repoWith((x) => link(x, 'models/current.onnx', '../store/v3.onnx'));
    r.write('store/v4.onnx', matmulModel(16, 4));
    link(r, 'models/next.onnx', '../store/v4.onnx');
    const report = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.linkTo]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))), [
      ['models/current.onnx', 'modified', 'store/v3.onnx'],
      ['models/next.onnx', 'added', 'store/v4.onnx'],
      ['store/v3.onnx', 'modified', undefined],
      ['store/v4.onnx', 'added', undefined],
    ]);
    const md = renderComment(report);
    // Each file once: base 128 (v3) -> head 512 (v3) + 64 (v4 = 16 x 4) = 576, +350%; not 256 -> 1,152.
    assert.ok(md.includes('| **Total** (2 models; 2 links to them counted once) | 128 → 576 (+350%) |'), md);
    assert.ok(md.includes('<code>models/current.onnx</code> (modified, link to <code>store/v3.onnx</code>)</summary>'), md);
    assert.ok(md.includes('<code>models/next.onnx</code> (added, link to <code>store/v4.onnx</code>)</summary>'), md);
    assert.match(renderText(report), /models\/current\.onnx \(modified, link to store\/v3\.onnx\)/);
  });

  test('a link retargeted to a new file: its base (the old target, no row of its own) still counts in the totals', async () => {
    // Base: current -> v3 (16x8 = 128). Head: v4 (16x4 = 64) added and current -> v4; v3 untouched.
    const r = TestRepo.create('mb-linktarget-');
    repos.push(r);
    r.write('.github/model-budget.yml', BUDGET);
    r.write('store/v3.onnx', matmulModel(16, 8));
    link(r, 'models/current.onnx', '../store/v3.onnx');
    r.commit('base');
    r.git('checkout', '-q', '-b', 'pr');
    r.write('store/v4.onnx', matmulModel(16, 4));
    unlinkSync(join(r.dir, 'models/current.onnx'));
    link(r, 'models/current.onnx', '../store/v4.onnx');
    const report = await gate(r);
    assert.deepEqual(report.models.map((m) => [m.path, m.status, m.linkTo, m.baseLinkTo, params(m)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))), [
      ['models/current.onnx', 'modified', 'store/v4.onnx', 'store/v3.onnx', [128, 64]],
      ['store/v4.onnx', 'added', undefined, undefined, [null, 64]],
    ]);
    // v3 on the base (through the link), v4 once on the head: 128 -> 64, -50%; not 0 -> 64 (the link left out) nor 128 -> 128.
    const md = renderComment(report);
    assert.ok(md.includes('| **Total** (2 models; 1 link to them counted once) | 128 → 64 (-50.0%) |'), md);
    // The row says where the link led on the base too.
    assert.ok(md.includes('(modified, link to <code>store/v4.onnx</code> (was to <code>store/v3.onnx</code>))'), md);
  });

  test('a file replaced by a link, and a link replaced by a file: the row says which side was which', async () => {
    const r = repoWith((x) => {
      x.write('models/a.onnx', matmulModel(16, 8));
      link(x, 'models/b.onnx', '../store/v3.onnx');
    });
    unlinkSync(join(r.dir, 'models/a.onnx'));
    link(r, 'models/a.onnx', '../store/v3.onnx');
    unlinkSync(join(r.dir, 'models/b.onnx'));
    r.write('models/b.onnx', matmulModel(16, 2));
    const report = await gate(r);
    const byPath = new Map(report.models.map((m) => [m.path, m]));
    assert.deepEqual([byPath.get('models/a.onnx')?.linkTo, byPath.get('models/a.onnx')?.baseLinkTo], ['store/v3.onnx', 'models/a.onnx']);
    assert.deepEqual([byPath.get('models/b.onnx')?.linkTo, byPath.get('models/b.onnx')?.baseLinkTo], [undefined, 'store/v3.onnx']);
    const md = renderComment(report);
    assert.ok(md.includes('(modified, link to <code>store/v3.onnx</code> (was a file of its own))'), md);
    assert.ok(md.includes('(modified, was a link to <code>store/v3.onnx</code>)'), md);
  });

  test('a link to a folder: the changed file under it is measured at the path through the link', async () => {
    const r = repoWith((x) => link(x, 'models/live', '../store'));
    assert.deepEqual(rows(await gate(r)), [
      ['models/live/v3.onnx', 'modified', 'error', [128, 512]],
      ['store/v3.onnx', 'modified', 'ok', [128, 512]],
    ]);
  });

  test('a chain of two links: models/current.onnx -> stable.onnx -> ../store/v3.onnx', async () => {
    const r = repoWith((x) => {
      link(x, 'models/stable.onnx', '../store/v3.onnx');
      link(x, 'models/current.onnx', 'stable.onnx');
    });
    assert.deepEqual(rows(await gate(r)), [
      ['models/current.onnx', 'modified', 'error', [128, 512]],
      ['models/stable.onnx', 'modified', 'error', [128, 512]],
      ['store/v3.onnx', 'modified', 'ok', [128, 512]],
    ]);
  });

  test('a folder link above a file link: models -> store and store/latest.onnx -> v3.onnx make models/latest.onnx a change', async () => {
    const r = repoWith((x) => {
      link(x, 'models', 'store');
      link(x, 'store/latest.onnx', 'v3.onnx');
    });
    // models/latest.onnx leads to store/latest.onnx through the folder link, then to v3.onnx.
    const expected = [
      ['models/latest.onnx', 'modified', 'error', [128, 512]],
      ['models/v3.onnx', 'modified', 'error', [128, 512]],
      ['store/latest.onnx', 'modified', 'ok', [128, 512]],
      ['store/v3.onnx', 'modified', 'ok', [128, 512]],
    ];
    assert.deepEqual(rows(await gate(r)), expected);
    const head = r.commit('head');
    assert.deepEqual((await committedChanges(r, head)).map((c) => [c.path, c.status, c.via]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))), [
      ['models/latest.onnx', 'modified', 'store/v3.onnx'],
      ['models/v3.onnx', 'modified', 'store/v3.onnx'],
      ['store/latest.onnx', 'modified', 'store/v3.onnx'],
      ['store/v3.onnx', 'modified', undefined],
    ]);
  });

  test('a link out of the tree and a dangling link are not followed: no row for them', async () => {
    const r = repoWith((x) => {
      // Out of the tree by '..' past the root, absolutely, and to a file neither side has.
      link(x, 'models/escape.onnx', '../../store/v3.onnx');
      link(x, 'models/abs.onnx', join(x.dir, 'store/v3.onnx'));
      link(x, 'models/dangling.onnx', '../store/v9.onnx');
    });
    assert.deepEqual(rows(await gate(r)), [['store/v3.onnx', 'modified', 'ok', [128, 512]]]);
  });

  test('20,000 links to one changed file: the links read and the models measured are capped, and a warning says so', async () => {
    const r = repoWith((x) => {
      for (let i = 0; i < 20_000; i++) link(x, `models/l${String(i).padStart(5, '0')}.onnx`, '../store/v3.onnx');
    });
    const warnings: string[] = [];
    const t0 = Date.now();
    const report = await gate(r, (m) => warnings.push(m));
    // The working tree's and the commit's links are each cut at MAX_LINKS; of those, MAX_LINK_ALIASES become models.
    assert.equal(report.models.length, MAX_LINK_ALIASES + 1);
    assert.equal(report.models.filter((m) => m.verdict === 'error').length, MAX_LINK_ALIASES);
    assert.ok(warnings.includes(`commit ${r.git('rev-parse', 'main').slice(0, 12)}: 20000 symbolic links; only the first ${MAX_LINKS} are followed to find models whose target changed`), warnings.join('\n'));
    assert.ok(warnings.includes(`${MAX_LINKS} links lead to changed files; only the first ${MAX_LINK_ALIASES} are measured as models of their own`), warnings.join('\n'));
    assert.ok(Date.now() - t0 < 120_000);
  });

  test('a link to a name that is not UTF-8 is no alias of the valid name it would decode to', async () => {
    // `store/v\xff.onnx` and `store/v\u{fffd}.onnx` are two files; decoded lossily, the link's
    // target would read as the second, and its edit would put an unchanged model in the report.
    const bad = Buffer.concat([Buffer.from('v'), Buffer.from([0xff]), Buffer.from('.onnx')]);
    const r = repoWith((x) => {
      x.write('store/v\ufffd.onnx', matmulModel(16, 8));
      writeFileSync(Buffer.concat([Buffer.from(`${x.dir}/store/`), bad]), matmulModel(16, 8));
      mkdirSync(join(x.dir, 'models'), { recursive: true });
      symlinkSync(Buffer.concat([Buffer.from('../store/'), bad]), join(x.dir, 'models/current.onnx'));
    });
    r.write('store/v\ufffd.onnx', matmulModel(16, 32));
    // Through runGate: the base's links from git, the head's from the working tree.
    assert.deepEqual(rows(await gate(r)).map((x) => (x as unknown[])[0]), ['store/v3.onnx', 'store/v\ufffd.onnx']);
    const head = r.commit('head');
    assert.deepEqual((await committedChanges(r, head)).map((c) => c.path), ['store/v3.onnx', 'store/v\ufffd.onnx']);
  });
});

describe('resolveInTree and linkAliases', () => {
  const links = new Map([
    ['a/cur.onnx', '../s/v1.onnx'],
    ['a/dir', '../s'],
    ['loop1', 'loop2'],
    ['loop2', 'loop1'],
    ['out', '../x'],
  ]);

  test('follows chains and folder links inside the tree; out of it or in a loop is null', () => {
    assert.equal(resolveInTree('a/cur.onnx', links), 's/v1.onnx');
    assert.equal(resolveInTree('a/dir/deep/m.onnx', links), 's/deep/m.onnx');
    assert.equal(resolveInTree('out', links), null);
    assert.equal(resolveInTree('loop1', links), null);
    // MAX_LINK_HOPS links in a row resolve; one more is a loop.
    const chain = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`c${i}`, i === n - 1 ? 'end' : `c${i + 1}`] as [string, string]));
    assert.equal(resolveInTree('c0', chain(MAX_LINK_HOPS)), 'end');
    assert.equal(resolveInTree('c0', chain(MAX_LINK_HOPS + 1)), null);
  });

  test('a changed file gets every link to it and under a link to its folder as aliases', () => {
    assert.deepEqual([...linkAliases(['s/v1.onnx', 's/deep/m.onnx', 'other.onnx'], { links, skipped: 0 }).aliases], [
      ['a/cur.onnx', 's/v1.onnx'],
      ['a/dir/v1.onnx', 's/v1.onnx'],
      ['a/dir/deep/m.onnx', 's/deep/m.onnx'],
    ]);
  });

  test('a folder link above a file link, and a link to a folder link: aliases of aliases are found', () => {
    const two = new Map([
      ['models', 'store'],
      ['store/latest.onnx', 'v2.onnx'],
      ['deploy', 'models'],
    ]);
    assert.deepEqual([...linkAliases(['store/v2.onnx'], { links: two, skipped: 0 }).aliases].sort(), [
      ['deploy/latest.onnx', 'store/v2.onnx'],
      ['deploy/v2.onnx', 'store/v2.onnx'],
      ['models/latest.onnx', 'store/v2.onnx'],
      ['models/v2.onnx', 'store/v2.onnx'],
      ['store/latest.onnx', 'store/v2.onnx'],
    ]);
  });

  test('folder links in a loop name ever longer paths: they end where the hops run out, and the count is capped', () => {
    // s/up -> . : s/up/v.onnx, s/up/up/v.onnx, ... each one more hop; MAX_LINK_HOPS of them resolve.
    const loop = linkAliases(['s/v.onnx'], { links: new Map([['s/up', '.']]), skipped: 0 });
    assert.equal(loop.truncated, false);
    assert.equal(loop.aliases.size, MAX_LINK_HOPS);
    assert.equal(loop.aliases.get(`s/${'up/'.repeat(MAX_LINK_HOPS)}v.onnx`), 's/v.onnx');
    // Two such links branch: 2 + 4 + ... paths, cut at MAX_ALIAS_PATHS.
    const branching = linkAliases(['s/v.onnx'], { links: new Map([['s/a', '.'], ['s/b', '.']]), skipped: 0 });
    assert.equal(branching.truncated, true);
    assert.equal(branching.aliases.size, MAX_ALIAS_PATHS);
  });
});
