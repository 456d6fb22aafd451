/**
 * The collapsed "Why the cost changed" section of a model (for a new model: "Cost breakdown"):
 * op types, module scopes (fvcore/torchinfo-style rows from `/`-scoped node names), weights-file
 * modules, nodes matched across base and head (budget/node-match.ts: a changed node says what it
 * was, only unmatched nodes are added/removed), and a collapsed per-op-type chart.
 */
import { changeText, nodePath, opLabel } from '../budget/labels.js';
import type { NodeChange, OpTypeChange, ScopeChange, WhyReport } from '../budget/types.js';
import { formatPercent, percentChange } from '../budget/units.js';
import { deltaCell, value } from './cells.js';
import { codeSpan } from './code-span.js';
import { nb, table } from './markdown-table.js';
import { boundSign, deltaBound } from '../budget/delta-bound.js';
import { renderOpTypeChart } from './op-type-chart.js';

export function renderWhy(why: WhyReport, limit: number, isNew: boolean, chart = false): string[] {
  const out = [`<details><summary>${isNew ? 'Cost breakdown' : 'Why the cost changed'}</summary>`, ''];
  const more = (n: number, what: string) => (n > 0 ? [`<sub>${n} more ${what} ${isNew ? 'in the model' : 'changed'}.</sub>`, ''] : []);
  const opTypes = why.opTypes.slice(0, limit);
  if (opTypes.length > 0) {
    const costs = opTypes.some((o) => o.flopsDelta !== null);
    const header = costs ? ['Op type', 'Count', 'FLOPs', 'MACs', 'Memory access'] : ['Op type', 'Count'];
    const align = costs ? ['---', '---:', '---:', '---:', '---:'] : ['---', '---:'];
    out.push(table(header, align, opTypes.map((o) => opTypeCells(o, costs))), '');
    out.push(...more(why.opTypesChanged - opTypes.length, 'op types'));
  }
  const scopes = (why.scopes ?? []).slice(0, limit);
  if (scopes.length > 0) {
    out.push(isNew
      ? table(['Module scope', 'FLOPs', 'Memory access'], ['---', '---:', '---:'], scopes.map((s) => [codeSpan(s.name, { inTable: true }), value(s.headFlops, s.headLowerBound === true, 'count'), value(s.headMemoryBytes, s.headLowerBound === true, 'bytes')]))
      : table(['Module scope', 'FLOPs', 'Change', 'Memory access'], ['---', '---:', '---:', '---:'], scopes.map(scopeCells)), '');
    out.push(...more((why.scopesChanged ?? 0) - scopes.length, 'module scopes'));
  }
  const modules = (why.modules ?? []).slice(0, limit);
  if (modules.length > 0) {
    out.push(table(['Module', 'Base params', 'Head params', 'Change'], ['---', '---:', '---:', '---:'],
      modules.map((m) => [codeSpan(m.name, { inTable: true }), value(m.baseParams, false, 'count'), value(m.headParams, false, 'count'), deltaCell(m.headParams - m.baseParams, 'count')])), '');
    out.push(...more((why.modulesChanged ?? 0) - modules.length, 'modules'));
  }
  const nodes = why.nodes.slice(0, limit);
  if (nodes.length > 0) {
    out.push(table(['Node', 'Op type', 'Change', 'FLOPs', 'MACs', 'Memory access'], ['---', '---', '---', '---:', '---:', '---:'], nodes.map(nodeCells)), '');
    out.push(...more(why.nodesChanged - nodes.length, 'nodes'));
  }
  if (why.nodesTruncated) out.push('<sub>The graph is too large to match every node by structure: some changes may show as a removed and an added node.</sub>', '');
  if (chart && why.chart) out.push(...renderOpTypeChart(why.chart, isNew));
  out.push('</details>', '');
  return out;
}

function opTypeCells(o: OpTypeChange, costs: boolean): string[] {
  const count = o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} → ${o.headCount}`;
  const cells = [codeSpan(opLabel(o.opType, o.domain), { inTable: true }), count];
  if (costs) cells.push(deltaCell(o.flopsDelta, 'count', o.deltaBound), deltaCell(o.macsDelta, 'count', o.deltaBound), deltaCell(o.memoryBytesDelta, 'bytes', o.deltaBound));
  return cells;
}

/** `/features/features.5` | `1.20 M → 2.40 M` | `+1.20 M (+100%)` | `+3.1 kB`. */
function scopeCells(s: ScopeChange): string[] {
  const d = s.headFlops - s.baseFlops;
  const bound = deltaBound(s.baseLowerBound === true, s.headLowerBound === true);
  const change = d !== 0 && bound !== 'unknown' ? percentChange(s.baseFlops, s.headFlops) : null;
  const pct = change !== null ? ` (${nb(`${boundSign(bound)}${formatPercent(change)}`)})` : '';
  return [
    codeSpan(s.name, { inTable: true }),
    `${value(s.baseFlops, s.baseLowerBound === true, 'count')} → ${value(s.headFlops, s.headLowerBound === true, 'count')}`,
    `${deltaCell(d, 'count', bound)}${pct}`,
    deltaCell(s.headMemoryBytes - s.baseMemoryBytes, 'bytes', bound),
  ];
}

function nodeCells(n: NodeChange): string[] {
  const name = nodePath(n.scope, n.name);
  return [
    name ? codeSpan(name, { inTable: true }) : '(unnamed)',
    codeSpan(n.opType, { inTable: true }),
    changeText(n, '→', (t, maxLength) => codeSpan(t, { inTable: true, maxLength })),
    deltaCell(n.flopsDelta, 'count', n.deltaBound),
    deltaCell(n.macsDelta, 'count', n.deltaBound),
    deltaCell(n.memoryBytesDelta, 'bytes', n.deltaBound),
  ];
}
