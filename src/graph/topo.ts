/**
 * Dependencies between nodes (including what subgraphs read from outer scopes), topological
 * order, and graph-level errors (cycles, values produced twice) with messages naming the node.
 * Used by the shape/cost engine, which sorts every graph it runs.
 */
import { BadInputError } from './errors.js';
import type { Graph, Node } from './ir.js';

/** A problem with a graph as a whole; the caller reports it as `model-budget: <file>: <message>`. */
export class GraphError extends BadInputError {
  override name = 'GraphError';
}

/** Subgraph attributes of a node (If branches, Loop/Scan bodies), with their attribute names. */
export function subgraphsOf(node: Node): { attr: string; graph: Graph }[] {
  const out: { attr: string; graph: Graph }[] = [];
  for (const [attr, a] of node.attributes) {
    if (a.type === 'graph') out.push({ attr, graph: a.value });
    else if (a.type === 'graphs') a.value.forEach((graph, i) => out.push({ attr: `${attr}[${i}]`, graph }));
  }
  return out;
}

const outerReadsCache = new WeakMap<Graph, ReadonlySet<string>>();

/** Names a graph (and its nested graphs) reads from enclosing scopes. */
export function outerReads(graph: Graph): ReadonlySet<string> {
  const cached = outerReadsCache.get(graph);
  if (cached) return cached;
  const defined = new Set<string>();
  for (const v of graph.inputs) defined.add(v.name);
  for (const name of graph.initializers.keys()) defined.add(name);
  for (const node of graph.nodes) for (const o of node.outputs) if (o) defined.add(o);
  const refs = new Set<string>();
  for (const node of graph.nodes) for (const name of nodeReads(node)) if (name && !defined.has(name)) refs.add(name);
  for (const out of graph.outputs) if (!defined.has(out.name)) refs.add(out.name);
  outerReadsCache.set(graph, refs);
  return refs;
}

function hasSubgraph(node: Node): boolean {
  if (node.attributes.size === 0) return false;
  for (const a of node.attributes.values()) if (a.type === 'graph' || a.type === 'graphs') return true;
  return false;
}

/**
 * Every value a node reads: its inputs plus what its subgraphs read from outside them. Names may
 * repeat (Mul(x, x)) and '' marks an omitted input: callers skip both.
 */
export function nodeReads(node: Node): readonly string[] {
  // Most nodes have no subgraph: their inputs are the answer, with no allocation.
  if (!hasSubgraph(node)) return node.inputs;
  const reads = [...node.inputs];
  // A loop, not push(...): a spread of a body's reads (100k names) overflows the call stack.
  for (const g of subgraphsOf(node)) for (const r of outerReads(g.graph)) reads.push(r);
  return reads;
}

/** Min-heap of indices, so that a re-sorted graph stays as close as possible to file order. */
class IndexHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= a[i]!) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * `items` (nodes, or records holding one) in topological order: unchanged when the file is
 * already sorted, otherwise as close to file order as the dependencies allow. Throws GraphError
 * on a cycle (naming a node on it) or a value produced by two nodes.
 */
export function topoOrder<T>(items: readonly T[], nodeOf: (item: T) => Node, label: string): T[] {
  const producer = new Map<string, number>();
  items.forEach((item, i) => {
    const outs = nodeOf(item).outputs;
    for (let k = 0; k < outs.length; k++) {
      const o = outs[k]!;
      if (!o) continue;
      const prev = producer.get(o);
      if (prev !== undefined) {
        throw new GraphError(`graph '${label}': value '${o}' is produced by both node '${nodeOf(items[prev]!).name}' and node '${nodeOf(item).name}'`);
      }
      producer.set(o, i);
    }
  });
  // Files are almost always sorted already: check that first, without building the dependency lists.
  let sorted = true;
  for (let i = 0; i < items.length && sorted; i++) {
    const reads = nodeReads(nodeOf(items[i]!));
    for (let k = 0; k < reads.length; k++) {
      const name = reads[k]!;
      const p = name ? producer.get(name) : undefined;
      if (p !== undefined && p >= i) {
        sorted = false;
        break;
      }
    }
  }
  if (sorted) return [...items];

  // lastReader[p] === i: node i already depends on p (a Concat of 100k inputs must not search its list).
  const lastReader = new Int32Array(items.length).fill(-1);
  const deps = items.map((item, i) => {
    const d: number[] = [];
    for (const name of nodeReads(nodeOf(item))) {
      // A node output shadows an outer-scope value of the same name inside this graph.
      const p = name ? producer.get(name) : undefined;
      if (p === undefined || lastReader[p] === i) continue;
      lastReader[p] = i;
      d.push(p);
    }
    return d;
  });

  const waiting = deps.map((d) => d.length);
  const consumers: number[][] = items.map(() => []);
  deps.forEach((d, i) => {
    for (const p of d) consumers[p]!.push(i);
  });
  const heap = new IndexHeap();
  waiting.forEach((w, i) => {
    if (w === 0) heap.push(i);
  });
  const order: T[] = [];
  const done = new Array<boolean>(items.length).fill(false);
  while (heap.size > 0) {
    const i = heap.pop();
    done[i] = true;
    order.push(items[i]!);
    for (const c of consumers[i]!) if (--waiting[c]! === 0) heap.push(c);
  }
  if (order.length < items.length) {
    // Follow unfinished dependencies from any blocked node until one repeats: that one is on a cycle.
    let at = done.indexOf(false);
    const seen = new Set<number>();
    while (!seen.has(at)) {
      seen.add(at);
      at = deps[at]!.find((d) => !done[d])!;
    }
    const n = nodeOf(items[at]!);
    throw new GraphError(`graph '${label}' has a cycle through node '${n.name || n.opType}'`);
  }
  return order;
}
