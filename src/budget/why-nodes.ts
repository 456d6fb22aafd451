/**
 * The node-level part of the "why" section: which nodes changed cost (nodes matched across base
 * and head by node-match.ts), which module scopes did (fvcore/torchinfo-style module rows from
 * `/`-scoped node names), and the per-op-type costs of both sides for the chart. Pure.
 */
import type { NodeProfile, ProfileResult } from '../profile/types.js';
import { deltaBound } from './delta-bound.js';
import { matchNodes } from './node-match.js';
import { shapeLabel, nodePath } from './labels.js';
import type { NodeChange, OpTypeChart, ScopeChange } from './types.js';

/** Op types drawn in the chart; the rest are counted. */
export const CHART_OP_TYPES = 12;

type Impact = { flopsDelta: number | null; memoryBytesDelta: number | null; macsDelta: number | null };

/** Orders changes by the size of their FLOP change, then memory access, then MACs, then `count`, then `key`. */
export function byImpact<T extends Impact>(key: (t: T) => string, count?: (t: T) => number) {
  return (a: T, b: T): number =>
    Math.abs(b.flopsDelta ?? 0) - Math.abs(a.flopsDelta ?? 0) ||
    Math.abs(b.memoryBytesDelta ?? 0) - Math.abs(a.memoryBytesDelta ?? 0) ||
    Math.abs(b.macsDelta ?? 0) - Math.abs(a.macsDelta ?? 0) ||
    (count ? count(b) - count(a) : 0) ||
    (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

function firstShape(n: NodeProfile): string {
  const s = n.outputShapes[0];
  return s === undefined ? '' : shapeLabel(s);
}

export interface NodeDiff {
  readonly nodes: NodeChange[];
  readonly scopes: ScopeChange[];
  readonly truncated: boolean;
}

/** Nodes and scopes whose cost changed (base absent: every head node is added). Empty when a side has no per-node table. */
export function nodeDiff(base: ProfileResult | undefined, head: ProfileResult): NodeDiff {
  if (!head.nodes || (base !== undefined && !base.nodes)) return { nodes: [], scopes: [], truncated: false };
  const match = matchNodes(base?.nodes ?? [], head.nodes);
  const nodes: NodeChange[] = [];
  const scopes = new ScopeSums();
  const push = (n: NodeProfile, change: NodeChange['change'], b: NodeProfile | undefined, h: NodeProfile | undefined) => {
    const flopsDelta = (h?.flops ?? 0) - (b?.flops ?? 0);
    const macsDelta = (h?.macs ?? 0) - (b?.macs ?? 0);
    const memoryBytesDelta = (h?.memoryBytes ?? 0) - (b?.memoryBytes ?? 0);
    if (change === 'changed' && flopsDelta === 0 && macsDelta === 0 && memoryBytesDelta === 0) return;
    const extra: { baseName?: string; baseShape?: string; headShape?: string } = {};
    if (b && h) {
      const baseName = nodePath(b.scope, b.name);
      if (baseName !== nodePath(h.scope, h.name)) extra.baseName = baseName;
      const [bs, hs] = [firstShape(b), firstShape(h)];
      if (bs !== hs) Object.assign(extra, { baseShape: bs, headShape: hs });
    }
    // A node not fully costed (unknown op, unresolved dim) has a cost that is only a lower bound.
    const bound = deltaBound(b !== undefined && b.status !== 'ok', h !== undefined && h.status !== 'ok');
    nodes.push({ name: n.name, opType: n.opType, scope: n.scope, change, flopsDelta, macsDelta, memoryBytesDelta, ...extra, ...(bound ? { deltaBound: bound } : {}) });
  };
  for (const [b, h] of match.pairs) {
    push(h, 'changed', b, h);
    scopes.add(moduleScope(h.name) ?? moduleScope(b.name), b, h);
  }
  for (const h of match.added) {
    push(h, 'added', undefined, h);
    scopes.add(moduleScope(h.name), undefined, h);
  }
  for (const b of match.removed) {
    push(b, 'removed', b, undefined);
    scopes.add(moduleScope(b.name), b, undefined);
  }
  return { nodes: nodes.sort(byImpact((c) => `${c.scope}/${c.name}/${c.opType}`)), scopes: scopes.changed(), truncated: match.truncated };
}

/**
 * The module a node belongs to, from its name: the first two `/` segments before the last one
 * (`/features/features.5/conv/Conv` -> `/features/features.5`, `model/conv2d/Conv2D` ->
 * `model/conv2d`, `/conv1/Conv` -> `/conv1`); null for a name without scopes (`Conv_12`,
 * `dense_1`). Converter names that join fused ops with `;` use the first.
 */
export function moduleScope(name: string): string | null {
  const first = name.split(';', 1)[0] ?? '';
  const parts = first.split('/');
  const lead = parts[0] === '' ? '/' : '';
  const segments = parts.filter((p) => p !== '').slice(0, -1);
  return segments.length === 0 ? null : `${lead}${segments.slice(0, 2).join('/')}`;
}

/** Cost per scope of both sides; nodes inside control-flow bodies are in their parent's cost already. */
class ScopeSums {
  private readonly sums = new Map<string, { baseFlops: number; headFlops: number; baseMemoryBytes: number; headMemoryBytes: number; baseBound: boolean; headBound: boolean }>();

  add(scope: string | null, b: NodeProfile | undefined, h: NodeProfile | undefined): void {
    if (scope === null) return;
    let s = this.sums.get(scope);
    if (!s) this.sums.set(scope, (s = { baseFlops: 0, headFlops: 0, baseMemoryBytes: 0, headMemoryBytes: 0, baseBound: false, headBound: false }));
    if (b && b.inTotals !== false) {
      s.baseFlops += b.flops;
      s.baseMemoryBytes += b.memoryBytes;
      // A node not fully costed makes its scope's sum a lower bound.
      if (b.status !== 'ok') s.baseBound = true;
    }
    if (h && h.inTotals !== false) {
      s.headFlops += h.flops;
      s.headMemoryBytes += h.memoryBytes;
      if (h.status !== 'ok') s.headBound = true;
    }
  }

  changed(): ScopeChange[] {
    return [...this.sums]
      .filter(([, s]) => s.baseFlops !== s.headFlops || s.baseMemoryBytes !== s.headMemoryBytes)
      .map(([name, { baseBound, headBound, ...s }]) => ({
        name, ...s,
        ...(baseBound ? { baseLowerBound: true as const } : {}),
        ...(headBound ? { headLowerBound: true as const } : {}),
      }))
      .sort((a, b) =>
        Math.abs(b.headFlops - b.baseFlops) - Math.abs(a.headFlops - a.baseFlops) ||
        Math.abs(b.headMemoryBytes - b.baseMemoryBytes) - Math.abs(a.headMemoryBytes - a.baseMemoryBytes) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

const CHART_FIELDS = { flops: 'flops', macs: 'macs', memory: 'memoryBytes' } as const;

/**
 * Cost per op type of both sides for the metric whose total changed most in relative terms
 * (FLOPs for a new model), the CHART_OP_TYPES largest; null without per-op-type costs on both sides.
 */
export function opTypeChart(base: ProfileResult | undefined, head: ProfileResult): OpTypeChart | null {
  if (!head.byOpType || (base !== undefined && !base.byOpType)) return null;
  const total = (p: ProfileResult | undefined, f: 'flops' | 'macs' | 'memoryBytes') => (p?.byOpType ?? []).reduce((s, o) => s + o[f], 0);
  const relChange = (m: keyof typeof CHART_FIELDS): number => {
    const b = total(base, CHART_FIELDS[m]);
    const h = total(head, CHART_FIELDS[m]);
    return b === h ? 0 : Math.abs(h - b) / Math.max(b, 1);
  };
  const metrics = ['flops', 'macs', 'memory'] as const;
  let metric: OpTypeChart['metric'] = base ? metrics.reduce((best, m) => (relChange(m) > relChange(best) ? m : best), 'flops' as OpTypeChart['metric']) : 'flops';
  if (total(head, CHART_FIELDS[metric]) === 0 && total(base, CHART_FIELDS[metric]) === 0) metric = 'memory';
  const field = CHART_FIELDS[metric];
  const rows = new Map<string, { opType: string; domain: string; base: number; head: number }>();
  const row = (opType: string, domain: string) => {
    const k = `${domain}\u0000${opType}`;
    let r = rows.get(k);
    if (!r) rows.set(k, (r = { opType, domain, base: 0, head: 0 }));
    return r;
  };
  for (const o of base?.byOpType ?? []) row(o.opType, o.domain).base += o[field];
  for (const o of head.byOpType) row(o.opType, o.domain).head += o[field];
  const all = [...rows.values()].filter((r) => r.base !== 0 || r.head !== 0)
    .sort((a, b) => Math.max(b.base, b.head) - Math.max(a.base, a.head) || (a.opType < b.opType ? -1 : a.opType > b.opType ? 1 : 0));
  if (all.length === 0) return null;
  return { metric, opTypes: all.slice(0, CHART_OP_TYPES), more: Math.max(0, all.length - CHART_OP_TYPES) };
}

