/**
 * The per-op-type and per-node tables of `model-budget profile`, independent of the output
 * format: the rows shown (the `--top` costliest, or all), one row summing the rows left out, a
 * total row, and each row's share of the column the rows are ranked by. Cells are unescaped text;
 * the renderers (profile-format.ts) escape them for a terminal or markdown.
 */
import { nodePath, opLabel } from '../budget/labels.js';
import { formatBytes, formatCount } from '../budget/units.js';
import { boundOpTypes, costsLowerBound, opTypeKey } from '../profile/types.js';
import type { NodeProfile, OpTypeSummary, ProfileResult } from '../profile/types.js';

export interface CostTableColumn {
  readonly header: string;
  /** Numbers are right-aligned, so their magnitudes line up. */
  readonly numeric: boolean;
}

export interface CostTable {
  readonly columns: readonly CostTableColumn[];
  readonly rows: ReadonlyArray<readonly string[]>;
  /** The rows `--top` left out, summed: `… 3 more (use --top 6)`; absent when every row is shown. */
  readonly more?: readonly string[];
  readonly total: readonly string[];
}

interface Cost {
  readonly macs: number;
  readonly flops: number;
  readonly memoryBytes: number;
}

/** The `top` costliest rows by FLOPs, then memory access (all rows, in their order, without a limit). */
export function costly<T extends Cost>(rows: readonly T[], top: number | undefined): T[] {
  if (top === undefined) return [...rows];
  return [...rows].sort((a, b) => b.flops - a.flops || b.memoryBytes - a.memoryBytes).slice(0, top);
}

/** The column rows are ranked by: FLOPs, or memory access for a graph without arithmetic. */
type ShareOf = 'flops' | 'memoryBytes';

function shareOf(total: Cost): ShareOf {
  return total.flops > 0 ? 'flops' : 'memoryBytes';
}

const SHARE_HEADER: Readonly<Record<ShareOf, string>> = { flops: '% FLOPs', memoryBytes: '% memory access' };

/** `12.3%`; a share too small for one decimal is `<0.1%`, never a misleading `0.0%`. */
export function formatShare(part: number, total: number): string {
  if (total <= 0) return '-';
  if (part === 0) return '0%';
  const pct = (100 * part) / total;
  return pct < 0.05 ? '<0.1%' : `${pct.toFixed(1)}%`;
}

function sum<T>(rows: readonly T[], of: (r: T) => number): number {
  return rows.reduce((s, r) => s + of(r), 0);
}

/** Prefix totals that are lower bounds with "≥" so nobody reads them as exact. */
function atLeast(p: ProfileResult, text: string): string {
  // The tables' totals are MACs, FLOPs and memory access: a bound on the peak alone leaves them exact.
  return costsLowerBound(p.totals) ? `≥ ${text}` : text;
}

function moreLabel(hidden: number, all: number): string {
  return `… ${hidden} more (use --top ${all})`;
}

const OP_COLUMNS = (share: ShareOf): CostTableColumn[] => [
  { header: 'op type', numeric: false }, { header: 'count', numeric: true }, { header: 'MACs', numeric: true },
  { header: 'FLOPs', numeric: true }, { header: SHARE_HEADER[share], numeric: true }, { header: 'memory access', numeric: true },
];

/** Per (domain, op type) over the nodes counted in the totals: the rows add up to the total row. */
export function opTypeTable(p: ProfileResult, top: number | undefined): CostTable | null {
  if (!p.byOpType || !p.totals) return null;
  const totals = p.totals;
  const share = shareOf(totals);
  const cells = (label: string, count: number, c: Cost): string[] => [
    label, String(count), formatCount(c.macs), formatCount(c.flops), formatShare(c[share], totals[share]), formatBytes(c.memoryBytes),
  ];
  const shown = costly(p.byOpType, top);
  const shownSet = new Set(shown);
  const hidden = p.byOpType.filter((o) => !shownSet.has(o));
  const hiddenSum = (): Cost => ({ macs: sum(hidden, (o) => o.macs), flops: sum(hidden, (o) => o.flops), memoryBytes: sum(hidden, (o) => o.memoryBytes) });
  const total = cells('total', sum(p.byOpType, (o) => o.count), totals);
  // An op type with a node not fully costed (no definition, an unresolved dim) sums a lower bound.
  const bound = boundOpTypes(p);
  const isBound = (o: OpTypeSummary): boolean => bound.has(opTypeKey(o.domain, o.opType));
  const marked = (row: string[], lowerBound: boolean): string[] => (lowerBound ? row.map((c, i) => (i >= 2 && i !== 4 ? `≥ ${c}` : c)) : row);
  return {
    columns: OP_COLUMNS(share),
    rows: shown.map((o: OpTypeSummary) => marked(cells(opLabel(o.opType, o.domain), o.count, o), isBound(o))),
    ...(hidden.length > 0 ? { more: marked(cells(moreLabel(hidden.length, p.byOpType.length), sum(hidden, (o) => o.count), hiddenSum()), hidden.some(isBound)) } : {}),
    total: total.map((c, i) => (i >= 2 && i !== 4 ? atLeast(p, c) : c)),
  };
}

export function shapeText(shape: ReadonlyArray<number | string | null> | null): string {
  return shape ? `[${shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]` : '[?]';
}

const NODE_COLUMNS = (share: ShareOf): CostTableColumn[] => [
  { header: 'node', numeric: false }, { header: 'op', numeric: false }, { header: 'output shape', numeric: false },
  { header: 'params', numeric: true }, { header: 'MACs', numeric: true }, { header: 'FLOPs', numeric: true },
  { header: SHARE_HEADER[share], numeric: true }, { header: 'memory access', numeric: true }, { header: 'status', numeric: false },
];

/**
 * One row per node. Nodes inside a control-flow body are listed, but their cost is already in
 * their If/Loop/Scan node's row: they get no share and are not summed (`nested` in the share
 * column says why). The total row is the model's totals; params are not totalled, as nodes may
 * share a weight (the summary has the model's params).
 */
export function nodeTable(p: ProfileResult, top: number | undefined): CostTable | null {
  if (!p.nodes || !p.totals) return null;
  const totals = p.totals;
  const share = shareOf(totals);
  const counted = (n: NodeProfile) => n.inTotals !== false;
  const shown = costly(p.nodes, top);
  const shownSet = new Set(shown);
  const hidden = p.nodes.filter((n) => !shownSet.has(n));
  const hiddenCounted = hidden.filter(counted);
  const row = (n: NodeProfile): string[] => [
    nodePath(n.scope, n.name), opLabel(n.opType, n.domain), n.outputShapes.map(shapeText).join(' '),
    formatCount(n.params), formatCount(n.macs), formatCount(n.flops),
    counted(n) ? formatShare(n[share], totals[share]) : 'nested', formatBytes(n.memoryBytes),
    // Notes on healthy nodes matter too (which If branch counted, Loop trip counts).
    `${n.status}${n.note ? `: ${n.note}` : ''}`,
  ];
  const hiddenCost: Cost = { macs: sum(hiddenCounted, (n) => n.macs), flops: sum(hiddenCounted, (n) => n.flops), memoryBytes: sum(hiddenCounted, (n) => n.memoryBytes) };
  return {
    columns: NODE_COLUMNS(share),
    rows: shown.map(row),
    ...(hidden.length > 0 ? {
      more: [moreLabel(hidden.length, p.nodes.length), '', '', formatCount(sum(hiddenCounted, (n) => n.params)),
        formatCount(hiddenCost.macs), formatCount(hiddenCost.flops), formatShare(hiddenCost[share], totals[share]), formatBytes(hiddenCost.memoryBytes), ''],
    } : {}),
    total: ['total', `${p.nodes.filter(counted).length} nodes`, '', '',
      atLeast(p, formatCount(totals.macs)), atLeast(p, formatCount(totals.flops)), formatShare(totals[share], totals[share]), atLeast(p, formatBytes(totals.memoryBytes)), ''],
  };
}
