/**
 * The op registry as profiling sees it: each op family is loaded the first time a model uses one
 * of its ops (ops/op-index.ts says which family defines what), so a process compiles only the op
 * code its models need (issue 14, process start). Lookups answer exactly as the complete registry
 * (ops/index.ts) does: an op no family defines is unknown either way.
 */
import { normalizeDomain } from '../graph/ir.js';
import type { Graph, Model, Node } from '../graph/ir.js';
import { subgraphsOf } from '../graph/topo.js';
import type { OpLookup } from '../shapes/engine-types.js';
import { FAMILY_LOADERS } from './families.js';
import type { OpFamily } from './families.js';
import { OP_INDEX } from './op-index.js';
import { OpRegistry } from './registry.js';

/** The families loaded so far, shared by every model of the process. */
const registry = new OpRegistry();
const loading = new Map<OpFamily, Promise<void>>();
const loaded = new Set<OpFamily>();

let familyByKey: Map<string, OpFamily[]> | undefined;

/** `domain::opType` -> the families defining it, built on first use. */
function familiesByKey(): Map<string, OpFamily[]> {
  if (familyByKey) return familyByKey;
  familyByKey = new Map();
  for (const [family, byDomain] of Object.entries(OP_INDEX) as [OpFamily, Readonly<Record<string, readonly string[]>>][]) {
    for (const [domain, opTypes] of Object.entries(byDomain)) {
      for (const opType of opTypes) {
        const key = `${domain}::${opType}`;
        const list = familyByKey.get(key);
        if (list) list.push(family);
        else familyByKey.set(key, [family]);
      }
    }
  }
  return familyByKey;
}

function loadFamily(family: OpFamily): Promise<void> {
  let p = loading.get(family);
  if (!p) {
    p = FAMILY_LOADERS[family]().then((m) => {
      registry.add(m.ops);
      loaded.add(family);
    });
    loading.set(family, p);
  }
  return p;
}

/** Loads families ahead of any model (the bench's cold-engine timing starts with every module loaded). */
export async function loadFamilies(families: Iterable<OpFamily>): Promise<void> {
  await Promise.all([...families].map(loadFamily));
}

/** The op families the nodes of a model use: main graph, local functions and every nested graph. */
export function familiesOf(model: Model): Set<OpFamily> {
  const index = familiesByKey();
  const out = new Set<OpFamily>();
  const seenKeys = new Set<string>();
  const seenGraphs = new Set<Graph>();
  // An explicit stack: nesting depth comes from the file (the engine bounds it later, with a clear error).
  const pending: (readonly Node[])[] = [model.graph.nodes, ...model.functions.map((f) => f.nodes)];
  seenGraphs.add(model.graph);
  // A function's attribute defaults can be graphs too (an If body a caller leaves unset): the
  // engine runs them inside the function, so their ops count as used.
  for (const f of model.functions) {
    for (const a of f.attributeDefaults.values()) {
      if (a.type === 'graph') pending.push(a.value.nodes);
      else if (a.type === 'graphs') for (const g of a.value) pending.push(g.nodes);
    }
  }
  for (let nodes = pending.pop(); nodes; nodes = pending.pop()) {
    for (const node of nodes) {
      const key = `${normalizeDomain(node.domain)}::${node.opType}`;
      if (!seenKeys.has(key)) {
        seenKeys.add(key);
        for (const f of index.get(key) ?? []) out.add(f);
      }
      if (node.attributes.size === 0) continue;
      for (const { graph } of subgraphsOf(node)) {
        if (seenGraphs.has(graph)) continue;
        seenGraphs.add(graph);
        pending.push(graph.nodes);
      }
    }
  }
  return out;
}

/**
 * Loads the families `model` uses and returns the lookup the engine runs it with. Looking up an
 * op whose family was not loaded is a bug of ours (the walk above missed a node), never an
 * unknown op: it throws instead of leaving the op uncosted.
 */
export async function opLookupFor(model: Model): Promise<OpLookup> {
  await loadFamilies(familiesOf(model));
  return lookup;
}

function lookup(domain: string, opType: string, opset: number): ReturnType<OpLookup> {
  const def = registry.lookup(domain, opType, opset);
  if (def) return def;
  for (const f of familiesByKey().get(`${normalizeDomain(domain)}::${opType}`) ?? []) {
    if (!loaded.has(f)) throw new Error(`op ${opType} (domain '${domain}') belongs to family ${f}, which was not loaded`);
  }
  return undefined;
}
