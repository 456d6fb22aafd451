/**
 * The op registry as profiling sees it: each op family is loaded the first time a model uses one
 * of its ops (ops/op-index.ts says which family defines what), so a process compiles only the op
 * code its models need (issue 14, process start). Lookups answer exactly as the complete registry
 * (ops/index.ts) does: an op no family defines is unknown either way.
 */
import { normalizeDomain, walkGraphs } from '../graph/ir.js';
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

let familyByOp: Map<string, Map<string, OpFamily[]>> | undefined;

/**
 * Domain -> op type -> the families defining it, built on first use: a node is looked up without
 * building a key string.
 */
function familiesByOp(): Map<string, Map<string, OpFamily[]>> {
  if (familyByOp) return familyByOp;
  familyByOp = new Map();
  for (const [family, byDomain] of Object.entries(OP_INDEX) as [OpFamily, Readonly<Record<string, readonly string[]>>][]) {
    for (const [domain, opTypes] of Object.entries(byDomain)) {
      let byType = familyByOp.get(domain);
      if (!byType) familyByOp.set(domain, (byType = new Map()));
      for (const opType of opTypes) {
        const list = byType.get(opType);
        if (list) list.push(family);
        else byType.set(opType, [family]);
      }
    }
  }
  return familyByOp;
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

/** The families this process has loaded (cli/code-cache.ts: what its cache holds). */
export function loadedFamilies(): OpFamily[] {
  return [...loaded];
}

/** Loads families ahead of any model (the bench's cold-engine timing starts with every module loaded). */
export async function loadFamilies(families: Iterable<OpFamily>): Promise<void> {
  await Promise.all([...families].map(loadFamily));
}

/**
 * The op families the nodes of a model use: main graph, local functions and every nested graph.
 * `graphs` is walkGraphs(model.graph) when the caller has it.
 */
export function familiesOf(model: Model, graphs: readonly Graph[] = walkGraphs(model.graph)): Set<OpFamily> {
  const found = new Set<readonly OpFamily[]>();
  for (let i = 0; i < graphs.length; i++) familiesOfNodes(graphs[i]!.nodes, found);
  for (const f of model.functions) {
    familiesOfNodes(f.nodes, found);
    // A function's nodes and its attribute defaults can hold graphs too (an If body a caller
    // leaves unset): the engine runs them inside the function, so their ops count as used.
    for (const node of f.nodes) for (const { graph } of subgraphsOf(node)) familiesOfGraphs(graph, found);
    for (const a of f.attributeDefaults.values()) {
      if (a.type === 'graph') familiesOfGraphs(a.value, found);
      else if (a.type === 'graphs') for (const g of a.value) familiesOfGraphs(g, found);
    }
  }
  const out = new Set<OpFamily>();
  found.forEach((families) => {
    for (let i = 0; i < families.length; i++) out.add(families[i]!);
  });
  return out;
}

/** Adds the family lists of every graph reachable from `graph` to `found`. */
function familiesOfGraphs(graph: Graph, found: Set<readonly OpFamily[]>): void {
  const graphs = walkGraphs(graph);
  for (let i = 0; i < graphs.length; i++) familiesOfNodes(graphs[i]!.nodes, found);
}

/** Adds the family list of each node's op (one list per op type, shared) to `found`. */
function familiesOfNodes(nodes: readonly Node[], found: Set<readonly OpFamily[]>): void {
  const index = familiesByOp();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const families = index.get(normalizeDomain(node.domain))?.get(node.opType);
    if (families !== undefined) found.add(families);
  }
}

/**
 * Loads the families `model` uses and returns the lookup the engine runs it with. Looking up an
 * op whose family was not loaded is a bug of ours (the walk above missed a node), never an
 * unknown op: it throws instead of leaving the op uncosted.
 */
export async function opLookupFor(model: Model, graphs: readonly Graph[] = walkGraphs(model.graph)): Promise<OpLookup> {
  await loadFamilies(familiesOf(model, graphs));
  return lookup;
}

function lookup(domain: string, opType: string, opset: number): ReturnType<OpLookup> {
  const def = registry.lookup(domain, opType, opset);
  if (def) return def;
  for (const f of familiesByOp().get(normalizeDomain(domain))?.get(opType) ?? []) {
    if (!loaded.has(f)) throw new Error(`op ${opType} (domain '${domain}') belongs to family ${f}, which was not loaded`);
  }
  return undefined;
}
