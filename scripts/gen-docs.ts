/**
 * Generates docs/op-coverage.md and the per-op formula table of docs/metrics.md (between
 * `<!-- ops:begin -->` and `<!-- ops:end -->`) from the op registry, the ONNX operator list and
 * the test sources. `npm run docs` runs it; test/profile/docs.test.ts regenerates in memory and
 * fails when the committed docs are stale. Output is deterministic (no dates, sorted rows).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeDomain } from '../src/graph/ir.js';
import { FAMILY_LOADERS, OP_FAMILIES } from '../src/ops/families.js';
import type { OpFamily } from '../src/ops/families.js';
import { registry } from '../src/ops/index.js';
import { ONNX_ML_OPERATORS, ONNX_OPERATORS } from '../src/ops/onnx-operator-list.js';
import type { OnnxOperatorEntry } from '../src/ops/onnx-operator-list.js';
import type { OpDef, OpDoc } from '../src/shapes/types.js';

export const OPS_BEGIN = '<!-- ops:begin -->';
export const OPS_END = '<!-- ops:end -->';

/** The repository root, from this file's place in build/scripts/ (or scripts/). */
export function repoRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.split(sep).includes('build') ? resolve(here, '../..') : resolve(here, '..');
}

/**
 * Test files whose op names count as "tested". Profile-layer tests are left out: they feed
 * hand-made costs to the profile code and exercise no op definition.
 */
export function readTestSources(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (rel !== 'test/profile') walk(full);
      } else if (entry.name.endsWith('.ts')) {
        out.push({ path: rel, text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(join(root, 'test'));
  return out;
}

/**
 * Op names a test exercises: `op: 'Name'` (op-harness runOp calls) and the node builders of
 * hand-made test models (`node('Name', ...)`, `.node('Name', ...)`, `opType: 'Name'`).
 */
export function testedOpNames(sources: readonly string[]): Set<string> {
  const names = new Set<string>();
  const patterns = [
    /\b(?:op|opType|op_type)\s*:\s*['"]([A-Za-z][A-Za-z0-9_]*)['"]/g,
    /\bnode\(\s*['"]([A-Za-z][A-Za-z0-9_]*)['"]/g,
  ];
  for (const text of sources) {
    for (const re of patterns) for (const m of text.matchAll(re)) names.add(m[1]!);
  }
  return names;
}

const DOMAIN_LABEL: Readonly<Record<string, string>> = { '': 'ai.onnx', 'ai.onnx.ml': 'ai.onnx.ml', 'com.microsoft': 'com.microsoft' };

function domainLabel(domain: string): string {
  return DOMAIN_LABEL[domain] ?? domain;
}

function groupDefs(defs: readonly OpDef[]): Map<string, OpDef[]> {
  const byKey = new Map<string, OpDef[]>();
  for (const d of defs) {
    const key = `${d.domain}::${d.opType}`;
    const list = byKey.get(key) ?? [];
    list.push(d);
    byKey.set(key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.since - b.since);
  return byKey;
}

const YES = '✓';
const NO = '—';

function coverageTable(
  entries: readonly OnnxOperatorEntry[], domain: string, defs: Map<string, OpDef[]>, tested: ReadonlySet<string>,
): { table: string; total: number; supported: number; tested: number } {
  const rows = ['| Operator | ONNX since-versions | Our since-versions | Shape | Cost | Tested |', '|---|---|---|:-:|:-:|:-:|'];
  let supported = 0;
  let testedCount = 0;
  for (const e of [...entries].sort((a, b) => cmp(a.name, b.name))) {
    const ours = defs.get(`${domain}::${e.name}`) ?? [];
    const has = ours.length > 0;
    const hasCost = has && ours.every((d) => d.doc.flops.trim() !== '');
    const isTested = has && tested.has(e.name);
    if (has) supported++;
    if (isTested) testedCount++;
    const flags = [e.deprecated ? 'deprecated' : '', e.function ? 'function' : ''].filter(Boolean);
    rows.push(`| ${e.name}${flags.length ? ` (${flags.join(', ')})` : ''} | ${e.versions.join(', ')} | ${has ? ours.map((d) => d.since).join(', ') : NO} | ${has ? YES : NO} | ${hasCost ? YES : NO} | ${isTested ? YES : NO} |`);
  }
  return { table: rows.join('\n'), total: entries.length, supported, tested: testedCount };
}

function extraTable(defs: readonly OpDef[][], tested: ReadonlySet<string>): string {
  const rows = ['| Operator | Our since-versions | Shape | Cost | Tested |', '|---|---|:-:|:-:|:-:|'];
  for (const list of defs) {
    const d = list[0]!;
    const hasCost = list.every((x) => x.doc.flops.trim() !== '');
    rows.push(`| ${d.opType} | ${list.map((x) => x.since).join(', ')} | ${YES} | ${hasCost ? YES : NO} | ${tested.has(d.opType) ? YES : NO} |`);
  }
  return rows.join('\n');
}

/** docs/op-coverage.md, complete. */
export function renderOpCoverage(defs: readonly OpDef[], tested: ReadonlySet<string>): string {
  const grouped = groupDefs(defs);
  const onnx = coverageTable(ONNX_OPERATORS, '', grouped, tested);
  const ml = coverageTable(ONNX_ML_OPERATORS, 'ai.onnx.ml', grouped, tested);
  const listed = new Set([
    ...ONNX_OPERATORS.map((e) => `::${e.name}`),
    ...ONNX_ML_OPERATORS.map((e) => `ai.onnx.ml::${e.name}`),
  ]);
  const extras = new Map<string, OpDef[][]>();
  for (const [key, list] of [...grouped].sort(([a], [b]) => cmp(a, b))) {
    if (listed.has(key)) continue;
    const domain = list[0]!.domain;
    const bucket = extras.get(domain) ?? [];
    bucket.push(list);
    extras.set(domain, bucket);
  }
  const parts = [
    '# Operator coverage',
    '',
    '<!-- Generated by `npm run docs` (scripts/gen-docs.ts). Do not edit: test/profile/docs.test.ts fails when this file is stale. -->',
    '',
    'Which operators model-budget understands. Generated from the op registry (`src/ops/`), the ONNX operator list',
    '(`src/ops/onnx-operator-list.ts`, transcribed from onnx/onnx `docs/Operators.md` and `docs/Operators-ml.md`) and the',
    'test sources.',
    '',
    '- **Shape**: a definition is registered, so output types and shapes are inferred (and small constant values folded).',
    '- **Cost**: the definition counts MACs, FLOPs and memory access and documents its formula in',
    '  [metrics.md](metrics.md#per-operator-formulas).',
    "- **Tested**: the op name appears in a test under `test/` as `op: '<Name>'` (an op-harness `runOp` call) or in a",
    "  hand-built test model (`node('<Name>', ...)`, `opType: '<Name>'`). Profile-layer tests, which use made-up costs, do",
    '  not count.',
    '- **ONNX since-versions**: the opset versions in which the ONNX spec changed the operator. **Our since-versions**:',
    '  the definitions we register; a model at opset *v* uses our latest definition whose since-version is <= *v*.',
    '- An operator without a definition is reported as unknown (`unknownOps` in the JSON, a lower-bound warning in the',
    '  PR comment); its cost is never guessed.',
    '',
    '## Summary',
    '',
    '| Domain | Operators | With shape and cost | Tested |',
    '|---|--:|--:|--:|',
    `| ai.onnx | ${onnx.total} | ${onnx.supported} | ${onnx.tested} |`,
    `| ai.onnx.ml | ${ml.total} | ${ml.supported} | ${ml.tested} |`,
    ...[...extras].sort(([a], [b]) => cmp(a, b)).map(([domain, lists]) =>
      `| ${domain === '' ? 'ai.onnx, outside the ONNX list' : `${domainLabel(domain)} (supported only)`} | ${lists.length} | ${lists.length} | ${lists.filter((l) => tested.has(l[0]!.opType)).length} |`),
    '',
    '## ai.onnx (default domain)',
    '',
    onnx.table,
    '',
    '## ai.onnx.ml',
    '',
    ml.table,
  ];
  for (const [domain, lists] of [...extras].sort(([a], [b]) => cmp(a, b))) {
    parts.push('', domain === ''
      ? '## ai.onnx operators outside the ONNX list'
      : `## ${domainLabel(domain)} (operators we support)`, '');
    if (domain === '') parts.push('Registered in the default domain but not in the ONNX operator list (experimental or removed operators).', '');
    parts.push(extraTable(lists, tested));
  }
  parts.push('');
  return parts.join('\n');
}

function cell(text: string | undefined): string {
  if (text === undefined || text.trim() === '') return '';
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function docCell(list: readonly OpDef[], pick: (d: OpDoc) => string | undefined): string {
  const distinct: { since: number; text: string }[] = [];
  for (const d of list) {
    const text = cell(pick(d.doc));
    if (distinct.length === 0 || distinct[distinct.length - 1]!.text !== text) distinct.push({ since: d.since, text });
  }
  if (distinct.length === 1) return distinct[0]!.text;
  return distinct.filter((x) => x.text !== '').map((x) => `(since ${x.since}) ${x.text}`).join('<br>');
}

/** The generated part of docs/metrics.md (what goes between the markers). */
export function renderOpFormulas(defs: readonly OpDef[]): string {
  const grouped = groupDefs(defs);
  const domains = [...new Set(defs.map((d) => d.domain))].sort(cmp);
  const parts: string[] = [
    '',
    '<!-- Generated by `npm run docs` from each OpDef\'s `doc` (src/ops/*.ts). Edit the op definitions, not this table. -->',
  ];
  for (const domain of domains) {
    parts.push('', `#### ${domainLabel(domain)}`, '');
    parts.push('| Operator | MACs | FLOPs | Memory access | How peers differ |', '|---|---|---|---|---|');
    const keys = [...grouped.keys()].filter((k) => k.startsWith(`${domain}::`)).sort((a, b) => cmp(a, b));
    for (const key of keys) {
      const list = grouped.get(key)!;
      const memory = docCell(list, (d) => d.memory);
      const movesNothing = list.every((d) => d.movesData === false);
      parts.push(`| ${list[0]!.opType} | ${docCell(list, (d) => d.macs) || '0'} | ${docCell(list, (d) => d.flops)} | ${memory || (movesNothing ? '0 (moves no data)' : 'inputs + outputs')} | ${docCell(list, (d) => d.peers)} |`);
    }
  }
  parts.push('');
  return parts.join('\n');
}

/** Replaces what lies between the markers; throws when they are missing or out of order. */
export function spliceMarkers(doc: string, generated: string, file = 'docs/metrics.md'): string {
  const begin = doc.indexOf(OPS_BEGIN);
  const end = doc.indexOf(OPS_END);
  if (begin < 0 || end < 0 || end < begin) throw new Error(`${file}: markers ${OPS_BEGIN} ... ${OPS_END} not found in order`);
  return doc.slice(0, begin + OPS_BEGIN.length) + generated + doc.slice(end);
}

export interface GeneratedDocs {
  /** Path relative to the repository root -> full file content. */
  readonly files: ReadonlyMap<string, string>;
}

/** Every generated file's expected content (reads the test sources and the hand-written metrics.md). */
export function generateDocs(root: string): GeneratedDocs {
  const defs = registry.all();
  const tested = testedOpNames(readTestSources(root).map((s) => s.text));
  const metricsPath = join(root, 'docs', 'metrics.md');
  const metrics = spliceMarkers(readFileSync(metricsPath, 'utf8'), renderOpFormulas(defs));
  return {
    files: new Map([
      ['docs/op-coverage.md', renderOpCoverage(defs, tested)],
      ['docs/metrics.md', metrics],
      ['src/ops/op-index.ts', renderOpIndex(familyDefs)],
    ]),
  };
}

/** Each family's definitions, loaded one family at a time so that the index can say which defines what. */
const familyDefs: ReadonlyMap<OpFamily, readonly OpDef[]> = new Map(
  await Promise.all(OP_FAMILIES.map(async (f): Promise<[OpFamily, readonly OpDef[]]> => [f, (await FAMILY_LOADERS[f]()).ops])));

/** src/ops/op-index.ts: the op types of each family by domain, sorted, wrapped at 100 columns. */
export function renderOpIndex(families: ReadonlyMap<OpFamily, readonly OpDef[]>): string {
  const lines = [
    '/**',
    ' * Which op family (ops/families.ts) defines each op type, by domain (\'\' is the default ONNX',
    ' * domain): profiling loads only the families a model uses (ops/load.ts). Generated by',
    ' * `npm run docs` (scripts/gen-docs.ts) from the families themselves; do not edit.',
    ' * test/profile/docs.test.ts fails when it is stale.',
    ' */',
    "import type { OpFamily } from './families.js';",
    '',
    'export const OP_INDEX: Readonly<Record<OpFamily, Readonly<Record<string, readonly string[]>>>> = {',
  ];
  const quote = (x: string): string => `'${x.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  for (const [family, defs] of families) {
    const byDomain = new Map<string, Set<string>>();
    for (const d of defs) {
      const domain = normalizeDomain(d.domain);
      const set = byDomain.get(domain) ?? new Set<string>();
      set.add(d.opType);
      byDomain.set(domain, set);
    }
    lines.push(`  ${/^[a-z]+$/.test(family) ? family : quote(family)}: {`);
    for (const domain of [...byDomain.keys()].sort(cmp)) {
      lines.push(`    ${quote(domain)}: [`);
      let line = '     ';
      for (const op of [...byDomain.get(domain)!].sort(cmp)) {
        const cell = ` ${quote(op)},`;
        if (line.length + cell.length > 100) {
          lines.push(line);
          line = '     ';
        }
        line += cell;
      }
      lines.push(line, '    ],');
    }
    lines.push('  },');
  }
  lines.push('};', '');
  return lines.join('\n');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function main(): void {
  const root = repoRoot();
  for (const [rel, text] of generateDocs(root).files) {
    writeFileSync(join(root, rel), text);
    console.log(`wrote ${rel}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
