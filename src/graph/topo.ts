/** Topological order of a graph's nodes, and cycle detection with a message naming the node. */
import type { Graph, Model, Node } from './ir.js';

export class GraphError extends Error {
  override readonly name = 'GraphError';
}

function hasSubgraph(node: Node): boolean {
  for (const attr of node.attributes.values()) if (attr.type === 'graph' || attr.type === 'graphs') return true;
  return false;
}

/** Values a node reads: its inputs plus outer-scope names its subgraphs use. */
export function nodeReads(node: Node): readonly string[] {
  if (!hasSubgraph(node)) return node.inputs;
  const reads = node.inputs.filter((n) => n !== '');
  for (const attr of node.attributes.values()) {
    const graphs = attr.type === 'graph' ? [attr.value] : attr.type === 'graphs' ? attr.value : [];
    for (const g of graphs) reads.push(...outerReads(g));
  }
  return reads;
}

/** Names a subgraph reads from enclosing scopes (not produced or declared inside it). */
export function outerReads(graph: Graph): string[] {
  const local = new Set<string>([...graph.inputs.map((v) => v.name), ...graph.initializers.keys()]);
  for (const node of graph.nodes) for (const o of node.outputs) local.add(o);
  const out = new Set<string>();
  for (const node of graph.nodes) for (const r of nodeReads(node)) if (r !== '' && !local.has(r)) out.add(r);
  return [...out];
}

/**
 * Nodes in an order where every producer precedes its consumers (stable: file order where the
 * file is already sorted). Throws GraphError on a cycle.
 */
export function topoOrder(graph: Graph, label = graph.name || 'main'): Node[] {
  const nodes = graph.nodes;
  const producer = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) for (const o of nodes[i]!.outputs) if (o) producer.set(o, i);
  const pending = new Array<number>(nodes.length).fill(0);
  const users: number[][] = nodes.map(() => []);
  for (let i = 0; i < nodes.length; i++) {
    const reads = nodeReads(nodes[i]!);
    for (let k = 0; k < reads.length; k++) {
      const r = reads[k]!;
      const p = r === '' ? undefined : producer.get(r);
      // A value read twice (Mul(x, x)) is one dependency.
      if (p === undefined || reads.indexOf(r) !== k) continue;
      pending[i]!++;
      users[p]!.push(i);
    }
  }
  const order: Node[] = [];
  // A min-heap would keep file order exactly; a sorted ready list is enough for graph sizes we see.
  let ready = pending.flatMap((c, i) => (c === 0 ? [i] : []));
  while (ready.length > 0) {
    const next: number[] = [];
    for (const i of ready) {
      order.push(nodes[i]!);
      for (const u of users[i]!) if (--pending[u]! === 0) next.push(u);
    }
    ready = next.sort((a, b) => a - b);
  }
  if (order.length !== nodes.length) {
    const stuck = nodes.findIndex((_, i) => pending[i]! > 0);
    const n = nodes[stuck]!;
    throw new GraphError(`graph '${label}' has a cycle through node '${n.name || n.opType}'`);
  }
  return order;
}

/** Checks the main graph, every subgraph and every function body for cycles. */
export function checkAcyclic(model: Model): void {
  const visit = (g: Graph, label: string): void => {
    topoOrder(g, label);
    for (const node of g.nodes) {
      for (const [name, attr] of node.attributes) {
        if (attr.type === 'graph') visit(attr.value, `${node.name || node.opType}.${name}`);
        else if (attr.type === 'graphs') attr.value.forEach((sub, i) => visit(sub, `${node.name || node.opType}.${name}[${i}]`));
      }
    }
  };
  visit(model.graph, model.graph.name || 'main');
  for (const f of model.functions) {
    visit({ name: f.name, inputs: [], outputs: [], initializers: new Map(), valueInfo: [], nodes: f.nodes }, `function ${f.name}`);
  }
}
