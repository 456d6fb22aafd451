/**
 * One walk over every graph of a model (the main graph and its control-flow bodies, each once;
 * local functions not expanded): the graphs, in walkGraphs' order, and how many nodes of each op
 * type they hold. Op loading (ops/load.ts), the op histogram and the weights-by-use analysis read
 * it instead of each walking every node again (issue 14: on the cold path each pass over the
 * nodes runs in the interpreter, so a profile makes as few as it can).
 */
import type { Attribute, Graph } from './ir.js';

/** Nodes of one (domain, op type); the domain as the file spells it. */
export interface OpCount {
  readonly domain: string;
  readonly opType: string;
  count: number;
}

export interface GraphCensus {
  /** walkGraphs(model.graph): the main graph first, each graph once. */
  readonly graphs: readonly Graph[];
  /** Node counts by domain (as spelt), then op type. */
  readonly ops: ReadonlyMap<string, ReadonlyMap<string, OpCount>>;
}

export function graphCensus(graph: Graph): GraphCensus {
  const graphs: Graph[] = [];
  const ops = new Map<string, Map<string, OpCount>>();
  const seen = new Set<Graph>();
  // Attributes are visited with forEach: a for-of allocates an iterator and a result per step
  // wherever the code is not optimized yet (every cold profile), on every node with attributes.
  const onAttribute = (attr: Attribute): void => {
    if (attr.type === 'graph') visit(attr.value);
    else if (attr.type === 'graphs') for (let i = 0; i < attr.value.length; i++) visit(attr.value[i]!);
  };
  /** walkGraphs' depth-first walk (same order), counting op types on the way. */
  const visit = (g: Graph): void => {
    if (seen.has(g)) return;
    seen.add(g);
    graphs.push(g);
    const nodes = g.nodes;
    // Consecutive nodes are mostly of one domain: its map is looked up when the domain changes.
    let domain: string | undefined;
    let byType: Map<string, OpCount> | undefined;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.domain !== domain || byType === undefined) {
        domain = node.domain;
        byType = ops.get(domain);
        if (byType === undefined) ops.set(domain, (byType = new Map()));
      }
      const counter = byType.get(node.opType);
      if (counter !== undefined) counter.count++;
      else byType.set(node.opType, { domain, opType: node.opType, count: 1 });
      if (node.attributes.size > 0) node.attributes.forEach(onAttribute);
    }
  };
  visit(graph);
  return { graphs, ops };
}
