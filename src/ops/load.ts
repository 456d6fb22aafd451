/**
 * The op registry as profiling sees it: each op family is loaded the first time a model uses one
 * of its ops (ops/op-index.ts says which family defines what), so a process compiles only the op
 * code its models need (issue 14, process start). Lookups answer exactly as the complete registry
 * (ops/index.ts) does: an op no family defines is unknown either way.
 */
import { graphCensus } from '../graph/census.js';
import type { GraphCensus } from '../graph/census.js';
import { normalizeDomain } from '../graph/ir.js';
import type { Graph, Model } from '../graph/ir.js';
import { subgraphsOf } from '../graph/topo.js';
import type { OpLookup } from '../shapes/engine-types.js';
import { FAMILY_LOADERS, OP_FAMILIES } from './families.js';
import type { OpFamily } from './families.js';
import { OP_INDEX } from './op-index.js';
import { OpRegistry } from './registry.js';

/** The families loaded so far, shared by every model of the process. */
const registry = new OpRegistry();
const loading = new Map<OpFamily, Promise<void>>();
const loaded = new Set<OpFamily>();

/**
 * familiesDefining's answers so far, by domain and op type: a pure function of OP_INDEX. Only ops
 * some family defines are kept, so that it stays within OP_INDEX's size whatever op names files use.
 */
const definingMemo = new Map<string, Map<string, readonly OpFamily[]>>();

/**
 * The families defining an op (none: unknown to every family). A scan of OP_INDEX, made once per
 * distinct op type (and remembered): cheaper on a cold profile than building an index of every
 * op of every family (about 400 entries) to look up a dozen (0.13 ms of a 9 ms cold profile).
 */
function familiesDefining(domain: string, opType: string): readonly OpFamily[] {
  const known = definingMemo.get(domain)?.get(opType);
  if (known !== undefined) return known;
  const found: OpFamily[] = [];
  for (let i = 0; i < OP_FAMILIES.length; i++) {
    const byDomain = OP_INDEX[OP_FAMILIES[i]!];
    // Own keys only: a file's domain may be spelt 'constructor'.
    if (Object.hasOwn(byDomain, domain) && byDomain[domain]!.includes(opType)) found.push(OP_FAMILIES[i]!);
  }
  if (found.length > 0) {
    let byType = definingMemo.get(domain);
    if (byType === undefined) definingMemo.set(domain, (byType = new Map()));
    byType.set(opType, found);
  }
  return found;
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
 * `census` is graphCensus(model.graph) when the caller has it: its op types are looked up once each.
 */
export function familiesOf(model: Model, census: GraphCensus = graphCensus(model.graph)): Set<OpFamily> {
  const out = new Set<OpFamily>();
  const add = (families: readonly OpFamily[]): void => {
    for (let i = 0; i < families.length; i++) out.add(families[i]!);
  };
  const addOps = (c: GraphCensus): void => c.ops.forEach((byType, domain) => {
    const normalized = normalizeDomain(domain);
    byType.forEach((_, opType) => add(familiesDefining(normalized, opType)));
  });
  addOps(census);
  if (model.functions.length === 0) return out;
  // Local functions (rare): their nodes one by one, and the graphs they hold.
  const addCensus = (graph: Graph): void => addOps(graphCensus(graph));
  for (const f of model.functions) {
    for (const node of f.nodes) {
      add(familiesDefining(normalizeDomain(node.domain), node.opType));
      // A function's nodes and its attribute defaults can hold graphs too (an If body a caller
      // leaves unset): the engine runs them inside the function, so their ops count as used.
      for (const { graph } of subgraphsOf(node)) addCensus(graph);
    }
    for (const a of f.attributeDefaults.values()) {
      if (a.type === 'graph') addCensus(a.value);
      else if (a.type === 'graphs') for (const g of a.value) addCensus(g);
    }
  }
  return out;
}

/**
 * Loads the families `model` uses and returns the lookup the engine runs it with. Looking up an
 * op whose family was not loaded is a bug of ours (the walk above missed a node), never an
 * unknown op: it throws instead of leaving the op uncosted.
 */
export async function opLookupFor(model: Model, census: GraphCensus = graphCensus(model.graph)): Promise<OpLookup> {
  await loadFamilies(familiesOf(model, census));
  return lookup;
}

function lookup(domain: string, opType: string, opset: number): ReturnType<OpLookup> {
  const def = registry.lookup(domain, opType, opset);
  if (def) return def;
  for (const f of familiesDefining(normalizeDomain(domain), opType)) {
    if (!loaded.has(f)) throw new Error(`op ${opType} (domain '${domain}') belongs to family ${f}, which was not loaded`);
  }
  return undefined;
}
