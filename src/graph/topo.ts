/**
 * Dependencies between nodes (including what subgraphs read from outer scopes), topological
 * order, and graph-level errors (cycles, values produced twice) with messages naming the node.
 * Used by the shape/cost engine, which sorts every graph it runs.
 */
import { GraphError } from './errors.js';
import type { Attribute, Graph, Node } from './ir.js';

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

/** What noteSubgraph found: hasSubgraph's answer. */
let subgraphFound = false;

function noteSubgraph(a: Attribute): void {
  if (a.type === 'graph' || a.type === 'graphs') subgraphFound = true;
}

function hasSubgraph(node: Node): boolean {
  if (node.attributes.size === 0) return false;
  // forEach with a shared callback: a for-of allocates an iterator and a result per step wherever
  // the code is not optimized yet (every cold profile), for every node with attributes.
  subgraphFound = false;
  node.attributes.forEach(noteSubgraph);
  return subgraphFound;
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
export class IndexHeap {
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
 * A graph level's values numbered once, so that ordering, lifetimes and the engine's scope share
 * one name lookup per read instead of a Map per pass: ids are dense, in first-seen order.
 */
export class ValueIds {
  readonly ids = new Map<string, number>();
  /** Name of each id. */
  readonly names: string[] = [];

  /** The id of `name`, given the next one when it has none yet. */
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}

/** No id: an omitted input (''). */
export const NO_VALUE = -1;

/** A graph level's nodes in execution order, with what each reads and writes as value ids. */
export interface LevelIndex {
  /** File index of the node at each position of the topological order. */
  readonly order: Int32Array;
  /**
   * Ids of what node f (file index) reads, in nodeReads order (its inputs first): from
   * reads[readStart[f]] to reads[readStart[f + 1] - 1]; NO_VALUE for ''.
   */
  readonly reads: Int32Array;
  readonly readStart: Int32Array;
  /** Ids of node f's outputs from outs[outStart[f]] (NO_VALUE for ''). */
  readonly outs: Int32Array;
  readonly outStart: Int32Array;
  /** True when `order` is the file order (0, 1, 2, ...), as in nearly every file. */
  readonly inFileOrder: boolean;
}

/**
 * Numbers the values of one graph level (extending `values`, whose ids already name the level's
 * inputs and initializers) and orders its `nodes` topologically:
 * unchanged when the file is already sorted, otherwise as close to file order as the dependencies
 * allow. Throws GraphError on a cycle (naming a node on it), a value produced by two nodes, or a
 * node output that redefines one of the level's inputs or initializers.
 */
export function indexLevel(nodes: readonly Node[], values: ValueIds, label: string): LevelIndex {
  const n = nodes.length;
  const outStart = new Int32Array(n + 1);
  const readStart = new Int32Array(n + 1);
  // Each node's reads, worked out once (a node with subgraphs builds its list).
  const readLists: (readonly string[])[] = [];
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    const r = nodeReads(node);
    readLists.push(r);
    outStart[i + 1] = outStart[i]! + node.outputs.length;
    readStart[i + 1] = readStart[i]! + r.length;
  }
  // Ids below this are the level's own inputs and initializers, numbered before its nodes.
  const defined = values.size;
  // Outputs first: every producer must be known before reads are checked against it.
  const outs = new Int32Array(outStart[n]!);
  // Every id an output can get; names only read are numbered later and have no producer.
  const producer = new Int32Array(values.size + outs.length).fill(-1);
  for (let i = 0, at = 0; i < n; i++) {
    const o = nodes[i]!.outputs;
    for (let k = 0; k < o.length; k++, at++) {
      const name = o[k]!;
      if (!name) {
        outs[at] = NO_VALUE;
        continue;
      }
      const id = values.idOf(name);
      if (id < defined) {
        // Two values behind one name: params would count the stored one, costs the node's.
        throw new GraphError(`graph '${label}': value '${name}' is an input or initializer of the graph and also the output of node '${nodes[i]!.name}'`);
      }
      const prev = producer[id]!;
      if (prev !== -1) {
        throw new GraphError(`graph '${label}': value '${name}' is produced by both node '${nodes[prev]!.name}' and node '${nodes[i]!.name}'`);
      }
      producer[id] = i;
      outs[at] = id;
    }
  }
  // Files are almost always sorted already: that is found in the same pass that numbers the reads.
  const reads = new Int32Array(readStart[n]!);
  let sorted = true;
  for (let i = 0, at = 0; i < n; i++) {
    const r = readLists[i]!;
    for (let k = 0; k < r.length; k++, at++) {
      const name = r[k]!;
      if (!name) {
        reads[at] = NO_VALUE;
        continue;
      }
      const id = values.idOf(name);
      reads[at] = id;
      // A name only read (an outer-scope value, or one nothing defines) has no producer here.
      if (id < producer.length && producer[id]! >= i) sorted = false;
    }
  }
  const order = new Int32Array(n);
  if (sorted) {
    for (let i = 0; i < n; i++) order[i] = i;
  } else {
    sortTopologically(n, readStart, reads, producer, order, (i) => nodes[i]!, label);
  }
  return { order, reads, readStart, outs, outStart, inFileOrder: sorted };
}

/** Kahn's algorithm with a min-heap of file indices (nearest to file order); fills `order`. */
function sortTopologically(
  n: number, readStart: Int32Array, reads: Int32Array, producer: Int32Array, order: Int32Array,
  nodeAt: (i: number) => Node, label: string,
): void {
  // lastReader[p] === i: node i already depends on p (a Concat of 100k inputs must not search its list).
  const lastReader = new Int32Array(n).fill(-1);
  const deps: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const d: number[] = [];
    for (let k = readStart[i]!; k < readStart[i + 1]!; k++) {
      const id = reads[k]!;
      // A node output shadows an outer-scope value of the same name inside this graph.
      const p = id === NO_VALUE || id >= producer.length ? -1 : producer[id]!;
      if (p === -1 || lastReader[p] === i) continue;
      lastReader[p] = i;
      d.push(p);
    }
    deps[i] = d;
  }
  const waiting = deps.map((d) => d.length);
  const consumers: number[][] = deps.map(() => []);
  deps.forEach((d, i) => {
    for (const p of d) consumers[p]!.push(i);
  });
  const heap = new IndexHeap();
  waiting.forEach((w, i) => {
    if (w === 0) heap.push(i);
  });
  let placed = 0;
  const done = new Array<boolean>(n).fill(false);
  while (heap.size > 0) {
    const i = heap.pop();
    done[i] = true;
    order[placed++] = i;
    for (const c of consumers[i]!) if (--waiting[c]! === 0) heap.push(c);
  }
  if (placed < n) {
    // Follow unfinished dependencies from any blocked node until one repeats: that one is on a cycle.
    let at = done.indexOf(false);
    const seen = new Set<number>();
    while (!seen.has(at)) {
      seen.add(at);
      at = deps[at]!.find((d) => !done[d])!;
    }
    const node = nodeAt(at);
    throw new GraphError(`graph '${label}' has a cycle through node '${node.name || node.opType}'`);
  }
}
