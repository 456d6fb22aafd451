/**
 * The shape/cost engine: walks a model's graph in topological order, gives every value a dtype and
 * a shape (concrete or symbolic), folds small constants, and asks each op's definition for its
 * output types and its cost. Control-flow bodies are run through `InferContext.subgraph`; ONNX local
 * functions are expanded inline. It never imports src/ops: the caller passes an `OpLookup`.
 *
 * See engine-types.ts for the result contract (how to sum totals and compute peak memory).
 */
import { InternalError } from '../graph/errors.js';
import { bytesFor, isWeightDType } from '../graph/dtype.js';
import { isWeightInput } from '../graph/weight-inputs.js';
import type { WeightValues } from '../graph/weight-values.js';
import { valuesReadAsWeights } from '../graph/weight-values.js';
import { normalizeDomain, walkGraphs } from '../graph/ir.js';
import { compareCodeUnits } from '../graph/order.js';
import type { Attribute, FunctionDef, Graph, Model, Node, ValueInfo } from '../graph/ir.js';
import { attrReader } from './attributes.js';
import { GraphError } from '../graph/errors.js';
import { NO_VALUE, ValueIds, indexLevel, subgraphsOf } from '../graph/topo.js';
import type { LevelIndex } from '../graph/topo.js';
import { LimitError, MAX_EXECUTED_INPUTS, MAX_EXECUTED_NODES, MAX_GRAPH_DEPTH, MAX_GRAPH_INPUTS, MAX_RANK } from '../graph/limits.js';
import type {
  EngineOptions, EngineResult, MainValueIds, NodeResult, NodeStatus, OpLookup, UnknownOp, ValueLookup, ValueState,
} from './engine-types.js';
import { MAX_FOLD_ELEMENTS, OpError, OpLimitError, UnresolvedDimError } from './types.js';
import { ExactSum, exactOf, isSafeCount, numbersOf } from './exact.js';
import type { ExactCost } from './exact.js';
import type {
  AttrReader, CostTotals, InferContext, KnownValue, OpDef, OpInput, SubgraphResult, SymDim, TensorType,
} from './types.js';

export { GraphError } from '../graph/errors.js';
export type * from './engine-types.js';

const UNKNOWN_TYPE: TensorType = { dtype: undefined, shape: undefined };
/** Number.MAX_SAFE_INTEGER, read per node: a module constant is one load, the property two. */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const ZERO_COST: CostTotals = { macs: 0, flops: 0, bytes: 0 };

function domainLabel(domain: string): string {
  return domain === '' ? 'ai.onnx' : domain;
}

/** Where a node runs: its scope path and opset table, and the local functions it was expanded from. */
interface NodeOrigin {
  readonly scope: string;
  readonly opsets: ReadonlyMap<string, number>;
  /** Local functions the node was expanded from, outermost first (subgraphs of the node inherit them). */
  readonly calls: readonly string[];
  /** Graph nesting: 0 in the main graph, +1 per control-flow body and per local-function call. */
  readonly depth: number;
}

/**
 * A graph level's nodes ready to run: renamed (functions), named (unnamed nodes get
 * `<OpType>_<index>`). Every node has `origin` unless local functions were expanded into the level;
 * then `origins` holds each node's, one object per expansion: no object per node (a torch export
 * is ~40% Constant nodes, and every object is allocated by the interpreter on a cold profile).
 */
interface FlatLevel {
  readonly nodes: readonly Node[];
  readonly origin: NodeOrigin;
  readonly origins: readonly NodeOrigin[] | undefined;
}

function originAt(flat: FlatLevel, f: number): NodeOrigin {
  return flat.origins === undefined ? flat.origin : flat.origins[f]!;
}

/** Nodes and their inputs, once local functions are expanded (the executed-work limits). */
interface ExpandedSize {
  nodes: number;
  inputs: number;
}

/** Fresh dims one node may ask for: well above any real op's need, far below a runaway loop. */
const MAX_FRESH_DIMS_PER_NODE = 16 * MAX_RANK;

/**
 * A value as the engine stores it: a ValueState that is also the OpInput handed to the ops that
 * read it (one object per value, not one per read), always of one shape.
 */
interface StoredValue extends ValueState, OpInput {
  readonly value: KnownValue | undefined;
  readonly isInitializer: boolean;
  /**
   * The params of a stored tensor that is a weight by how it is stored, whatever its dtype: a
   * quantized integer tensor (TFLite's int32 biases) or a sparse one (its stored elements), as
   * profile/params.ts counts them in the totals. -1 for every other value.
   */
  readonly storedParams: number;
}

function stored(name: string, type: TensorType, value: KnownValue | undefined, isConstant: boolean, isInitializer: boolean, storedParams = -1): StoredValue {
  return { name, type, value, isConstant, isInitializer, storedParams };
}

/**
 * Values visible while running one graph level, by the level's value ids (graph/topo.ts ValueIds:
 * the same numbering orders the level and finds lifetimes); outer levels are visible through `parent`.
 */
class Scope implements ValueLookup {
  readonly ids = new ValueIds();
  /** By id; a hole until the value is stored. */
  readonly byId: (StoredValue | undefined)[] = [];
  constructor(readonly parent: Scope | undefined) {}

  set(name: string, value: StoredValue): this {
    this.byId[this.ids.idOf(name)] = value;
    return this;
  }

  /** A value of this level or an outer one; undefined when nothing has stored it (yet). */
  lookup(name: string): StoredValue | undefined {
    const id = this.ids.ids.get(name);
    return (id === undefined ? undefined : this.byId[id]) ?? this.parent?.lookup(name);
  }

  /** What node inputs read: value `id` of this level (`name` for an outer one). */
  read(id: number, name: string): StoredValue | undefined {
    return this.byId[id] ?? this.parent?.lookup(name);
  }

  /** This level's own stored value of that name (EngineResult.values). */
  get(name: string): StoredValue | undefined {
    const id = this.ids.ids.get(name);
    return id === undefined ? undefined : this.byId[id];
  }
}

function formatType(t: TensorType | undefined): string {
  if (!t) return '?';
  const shape = t.shape ? `[${t.shape.join(',')}]` : '[?]';
  return `${t.dtype ?? '?'}${shape}`;
}

function formatInfo(v: ValueInfo): string {
  const shape = v.shape ? `[${v.shape.map((d) => (d === null ? '?' : d)).join(',')}]` : '[?]';
  return `${v.dtype ?? '?'}${shape}`;
}


interface ReasonEntry {
  text: string;
  count: number;
  /** 'nodes': the text names an op and the count is how many nodes; 'more': the text names the first node. */
  readonly style: 'nodes' | 'more';
}

interface Level {
  /** Scope path of this graph level ('' = main). */
  readonly path: string;
  /** Name used in messages: 'main' or the scope path. */
  readonly label: string;
  readonly scope: Scope;
  readonly valueInfo: ReadonlyMap<string, ValueInfo>;
  readonly inTotals: boolean;
  readonly parent: number | undefined;
}

class Engine {
  private readonly results: (NodeResult | undefined)[] = [];
  private readonly warnings: string[] = [];
  private readonly warned = new Set<string>();
  private readonly unknown = new Map<string, { domain: string; opType: string; count: number }>();
  private readonly reasons = new Map<string, ReasonEntry>();
  private readonly functions = new Map<string, FunctionDef>();
  private readonly modelOpsets: ReadonlyMap<string, number>;
  /** Symbol -> value, from `--dim` and from `--input` shapes of graph inputs. */
  private readonly bindings = new Map<string, number>();
  private freshCount = 0;
  /** Domains used without an opset import (warned once each). */
  private readonly unimported = new Set<string>();
  /** > 0 while a body is re-run for a node it was already listed for. */
  private silent = 0;
  /** Dims the engine or an op invented for data-dependent sizes (no --dim can bind them). */
  private readonly freshNames = new Set<string>();
  /** Nodes expanded for execution so far (MAX_EXECUTED_NODES). */
  private expanded = 0;
  /** Inputs and outputs of those nodes (MAX_EXECUTED_INPUTS): a Split of 100,000 outputs fans out as a Sum fans in. */
  private expandedInputs = 0;
  /** Stored values read as weights whatever their dtype (graph/weight-values.ts), as the params totals count them. */
  private readonly weightValues: WeightValues;
  /**
   * Those of function bodies, by their names once expanded (`call/inner`): a body's own names
   * would match the main graph's or another body's values of the same name.
   */
  private readonly expandedWeights = new Set<string>();
  /** Whether the stored value of that (expanded) name is read as a weight. */
  private readonly readAsWeight = (name: string): boolean => this.weightValues.graph.has(name) || this.expandedWeights.has(name);

  constructor(private readonly model: Model, private readonly lookup: OpLookup, private readonly options: EngineOptions) {
    const opsets = new Map<string, number>();
    for (const [d, v] of model.opsetImports) opsets.set(normalizeDomain(d), v);
    this.modelOpsets = opsets;
    for (const f of model.functions) this.functions.set(`${normalizeDomain(f.domain)}::${f.name}`, f);
    this.weightValues = options.weightValues ?? valuesReadAsWeights(walkGraphs(model.graph), model.functions);
  }

  run(): EngineResult {
    const graph = this.model.graph;
    const main = new Scope(undefined);
    const inputs = this.bindInputs(graph, main);
    const level: Level = {
      path: '', label: 'main', scope: main, valueInfo: valueInfoMap(graph), inTotals: true, parent: undefined,
    };
    const flat = this.flatten(graph.nodes, { scope: '', opsets: this.modelOpsets, calls: NONE, depth: 0 });
    const index = indexLevel(flat.nodes, main.ids, level.label);
    const frees = this.lifetimes(flat, index, graph, main, true);
    const first = this.results.length;
    this.runLevel(flat, index, level, frees);

    const mainIds = mainValueIds(main, inputs, index, frees);

    const outputs = graph.outputs.map((o) => {
      const v = main.lookup(o.name);
      if (!v) this.warn(`graph output '${o.name}' is not produced by any node, input or initializer`);
      return { name: o.name, type: v?.type ?? UNKNOWN_TYPE };
    });
    const nodes = this.results as NodeResult[];
    const sum = new ExactSum();
    for (let i = 0; i < nodes.length; i++) {
      const r = nodes[i];
      if (!r) throw new Error(`engine bug: node slot ${i} never filled`);
      if (i >= first && r.inTotals) sum.add(r);
    }
    const exactTotals = sum.value();
    const totals = numbersOf(exactTotals);
    if (!(Number.isFinite(totals.macs) && Number.isFinite(totals.flops) && Number.isFinite(totals.bytes))) throw new LimitError(`the model's total cost is beyond 1.8e308, the largest number model-budget can report: not measurable`);
    const unknownOps: UnknownOp[] = [...this.unknown.values()].sort((a, b) => b.count - a.count || compareCodeUnits(a.opType, b.opType));
    return {
      nodes,
      values: main,
      inputs,
      outputs,
      liveAtStart: inputs.map((i) => i.name),
      mainIds,
      totals,
      exactTotals,
      warnings: this.warnings,
      unknownOps,
      executed: { nodes: this.expanded, inputs: this.expandedInputs },
      lowerBoundReasons: [...this.reasons.values()].map((r) => {
        if (r.count === 1) return r.text;
        return r.style === 'nodes' ? `${r.text} (${r.count} nodes)` : `${r.text} (and ${r.count - 1} more like it)`;
      }),
    };
  }

  // ---- messages ------------------------------------------------------------------------------

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  private reason(key: string, text: string, style: ReasonEntry['style'] = 'more'): void {
    if (this.silent > 0) return;
    const r = this.reasons.get(key);
    if (r) r.count++;
    else this.reasons.set(key, { text, count: 1, style });
  }

  private fresh(hint: string): string {
    this.freshCount++;
    const name = `${hint}_${this.freshCount}`;
    this.freshNames.add(name);
    return name;
  }

  // ---- graph inputs --------------------------------------------------------------------------

  private bindInputs(graph: Graph, scope: Scope): { name: string; type: TensorType }[] {
    const givenObject = this.options.inputShapes ?? {};
    // A Map: looking a file's name up in a plain object interns the string first, which costs
    // more than the rest of binding an input (100k inputs: most of bindInputs).
    const given = new Map(Object.entries(givenObject));
    const bindable = graph.inputs.filter((v) => !graph.initializers.has(v.name));
    if (bindable.length > MAX_GRAPH_INPUTS) {
      throw new LimitError(`the main graph has ${bindable.length.toLocaleString('en-US')} inputs, more than the ${MAX_GRAPH_INPUTS.toLocaleString('en-US')} model-budget profiles`);
    }
    const bindableNames = new Set(bindable.map((v) => v.name));
    for (const name of given.keys()) {
      if (!bindableNames.has(name)) {
        const names = bindable.map((v) => v.name).join(', ');
        throw new GraphError(`--input ${name}: the model has no input '${name}' (inputs: ${names || 'none'})`);
      }
    }
    // Only --dim needs the file's dim names (a walk of every graph): not worked out without one.
    let named: Set<string> | undefined;
    for (const [name, value] of Object.entries(this.options.dims ?? {})) {
      named ??= symbolicDimNames(graph);
      if (!Number.isSafeInteger(value) || value < 0) throw new GraphError(`--dim ${name}=${value}: a dim must be a non-negative integer below 2^53`);
      if (!named.has(name)) {
        this.warn(`--dim ${name}=${value}: no dim of the model is named '${name}'${named.size ? ` (named dims: ${[...named].join(', ')})` : ''}`);
      }
      this.bindings.set(name, value);
    }
    // Symbols named by an explicit input shape bind everywhere they appear (e.g. 'batch' on two inputs).
    for (const v of bindable) {
      const shape = given.get(v.name);
      if (!shape) continue;
      if (v.shape && v.shape.length !== shape.length) {
        throw new GraphError(`--input ${v.name}=${shape.join('x')}: the model's input '${v.name}' has rank ${v.shape.length} [${v.shape.map((d) => d ?? '?').join(',')}], not ${shape.length}`);
      }
      shape.forEach((d, i) => {
        if (!Number.isSafeInteger(d) || d < 0) throw new GraphError(`--input ${v.name}: dim ${d} is not a non-negative integer below 2^53`);
        const declared = v.shape?.[i];
        if (typeof declared === 'string') {
          const bound = this.bindings.get(declared);
          if (bound === undefined) this.bindings.set(declared, d);
          else if (bound !== d) this.warn(`--input ${v.name}: dim ${i} ('${declared}') is ${d}, but '${declared}' is bound to ${bound} elsewhere`);
        } else if (typeof declared === 'number' && declared !== d) {
          this.warn(`--input ${v.name}: dim ${i} is ${declared} in the model, using ${d} as given`);
        }
      });
    }

    const bound: { name: string; type: TensorType }[] = [];
    for (const v of bindable) {
      checkRank(v.shape?.length ?? 0, `input '${v.name}'`);
      const explicit = given.get(v.name);
      let shape: SymDim[] | undefined;
      if (explicit) shape = [...explicit];
      else if (v.shape) {
        shape = v.shape.map((d, i) => {
          if (typeof d === 'number') return d;
          if (d !== null && this.bindings.has(d)) return this.bindings.get(d)!;
          if (d !== null) {
            this.warn(`symbolic dim '${d}' of input '${v.name}' is not bound; using 1 (pass --dim ${d}=N or --input ${v.name}=...)`);
            this.bindings.set(d, 1);
            return 1;
          }
          this.warn(`dim ${i} of input '${v.name}' has no size or name; using 1 (pass --input ${v.name}=...)`);
          return 1;
        });
      } else {
        this.warn(`input '${v.name}' has unknown rank; pass --input ${v.name}=...`);
      }
      if (v.kind !== 'tensor') this.warn(`input '${v.name}' is a ${v.kind}, not a tensor; its size is not known`);
      const type: TensorType = { dtype: v.dtype, shape };
      scope.set(v.name, stored(v.name, type, undefined, false, false));
      bound.push({ name: v.name, type });
    }
    this.addInitializers(graph, scope);
    return bound;
  }

  private addInitializers(graph: Graph, scope: Scope): void {
    graph.initializers.forEach((t, name) => {
      const value: KnownValue | undefined = t.values && t.values.length <= MAX_FOLD_ELEMENTS && t.values.length === t.elements
        ? { dtype: t.dtype, shape: t.dims, data: t.values } : undefined;
      // Both shapes are immutable: the tensor's dims are the value's shape, not a copy.
      const type: TensorType = { dtype: t.dtype, shape: t.dims };
      // As profile/params.ts: quantized values are weights whatever the dtype; a sparse tensor is
      // one by its dtype, counting what it stores.
      const byStorage = t.quantization !== undefined || (t.storedElements !== undefined && isWeightDType(t.dtype)) ? t.storedElements ?? t.elements : -1;
      scope.set(name, stored(name, type, value, true, true, byStorage));
    });
  }

  /** A file-declared type with bound symbols substituted and nameless dims given fresh names. */
  private typeFromInfo(v: ValueInfo): TensorType {
    checkRank(v.shape?.length ?? 0, `value '${v.name}' (value_info)`);
    return {
      dtype: v.dtype,
      shape: v.shape?.map((d) => {
        if (typeof d === 'number') return d;
        if (d === null) return this.fresh('unk');
        return this.bindings.get(d) ?? d;
      }),
    };
  }

  // ---- local functions -----------------------------------------------------------------------

  /**
   * Gives unnamed nodes a name and expands calls to local functions inline. `origin.calls` are
   * the functions the nodes were expanded from (a call to one of them is recursion, even from
   * inside an If branch); `origin.depth` their graph nesting. Counts every node and its inputs against
   * MAX_EXECUTED_NODES and MAX_EXECUTED_INPUTS.
   */
  private flatten(nodes: readonly Node[], origin: NodeOrigin): FlatLevel {
    if (this.functions.size === 0) {
      // Nothing to expand (most models): no function keys to build per node, and the graph's own
      // list of nodes when they are all named (nearly every file).
      if (origin.calls.length === 0) this.checkExecuted(this.expanded + nodes.length, this.expandedInputs, nodes[0]);
      let named: Node[] | undefined;
      for (let index = 0; index < nodes.length; index++) {
        const raw = nodes[index]!;
        let node = raw;
        if (!raw.name) {
          node = { ...raw, name: `${raw.opType}_${index}` };
          named ??= nodes.slice();
          named[index] = node;
        }
        this.checkExecuted(++this.expanded, this.expandedInputs += raw.inputs.length + raw.outputs.length, node);
      }
      return { nodes: named ?? nodes, origin, origins: undefined };
    }
    if (origin.calls.length === 0) {
      // Before expanding anything: a few KB of functions calling each other twice per level
      // expand to billions of nodes (or one node of 100,000 inputs, run thousands of times),
      // which must be refused before they are allocated.
      const total: ExpandedSize = { nodes: 0, inputs: 0 };
      for (const n of nodes) this.addExpandedSize(n, [], total);
      this.checkExecuted(this.expanded + total.nodes, this.expandedInputs + total.inputs, nodes[0]);
    }
    const out: Node[] = [];
    const origins: NodeOrigin[] = [];
    this.expandInto(nodes, origin, out, origins);
    return { nodes: out, origin, origins };
  }

  /** flatten's expansion of local-function calls: appends the nodes and their origins. */
  private expandInto(nodes: readonly Node[], origin: NodeOrigin, out: Node[], origins: NodeOrigin[]): void {
    const { scope, calls, depth } = origin;
    nodes.forEach((raw, index) => {
      const node = raw.name ? raw : { ...raw, name: `${raw.opType}_${index}` };
      const key = `${normalizeDomain(node.domain)}::${node.opType}`;
      const fn = this.functions.get(key);
      if (!fn) {
        this.checkExecuted(++this.expanded, this.expandedInputs += node.inputs.length + node.outputs.length, node);
        out.push(node);
        origins.push(origin);
        return;
      }
      if (calls.includes(key)) {
        throw new GraphError(`local function '${fn.name}' calls itself (through ${[...calls, key].join(' -> ')})`);
      }
      checkDepth(depth + 1, `local function '${fn.name}' (called by node '${raw.name || node.opType}')`);
      const fnOpsets = new Map(this.modelOpsets);
      for (const [d, v] of fn.opsetImports) fnOpsets.set(normalizeDomain(d), v);
      const inner = expandFunction(fn, node);
      this.noteExpandedWeights(fn, inner);
      const innerScope = scope ? `${scope}/${fn.name}` : fn.name;
      this.expandInto(inner, { scope: innerScope, opsets: fnOpsets, calls: [...calls, key], depth: depth + 1 }, out, origins);
    });
  }

  /** Adds to expandedWeights the Constant outputs of one call's body (`inner`, fn's nodes expanded) that fn reads as weights. */
  private noteExpandedWeights(fn: FunctionDef, inner: readonly Node[]): void {
    const names = this.weightValues.functions.get(fn);
    if (names === undefined || names.size === 0) return;
    fn.nodes.forEach((n, k) => {
      const out = inner[k]!.outputs[0];
      if (n.constant === true && out && names.has(n.outputs[0]!)) this.expandedWeights.add(out);
    });
  }

  /** Memo of addExpandedSize per function key. */
  private readonly sizes = new Map<string, ExpandedSize>();

  /**
   * Adds to `total` the nodes a node becomes once local-function calls are expanded, and their
   * inputs (subgraphs not included). Sizes past 2^53 lose precision, never their excess.
   */
  private addExpandedSize(node: Node, calls: readonly string[], total: ExpandedSize): void {
    const key = `${normalizeDomain(node.domain)}::${node.opType}`;
    const fn = this.functions.get(key);
    if (!fn) {
      total.nodes += 1;
      total.inputs += node.inputs.length + node.outputs.length;
      return;
    }
    let size = this.sizes.get(key);
    if (size === undefined) {
      if (calls.includes(key)) throw new GraphError(`local function '${fn.name}' calls itself (through ${[...calls, key].join(' -> ')})`);
      checkDepth(calls.length + 1, `local function '${fn.name}'`);
      size = { nodes: 0, inputs: 0 };
      for (const n of fn.nodes) this.addExpandedSize(n, [...calls, key], size);
      this.sizes.set(key, size);
    }
    total.nodes += size.nodes;
    total.inputs += size.inputs;
  }

  private checkExecuted(nodes: number, inputs: number, at: Node | undefined): void {
    if (nodes <= MAX_EXECUTED_NODES && inputs <= MAX_EXECUTED_INPUTS) return;
    const what = nodes > MAX_EXECUTED_NODES
      ? `runs more than ${MAX_EXECUTED_NODES.toLocaleString('en-US')} nodes`
      : `runs nodes that read and write more than ${MAX_EXECUTED_INPUTS.toLocaleString('en-US')} values in all`;
    throw new LimitError(`the model ${what} (local functions expanded, control-flow bodies included), the most model-budget profiles${at ? ` (at node '${at.name || at.opType}')` : ''}`);
  }

  // ---- ordering ------------------------------------------------------------------------------

  /**
   * For each position of a graph level's execution order, the activations that die after that
   * node (see engine-types.ts). The main graph's inputs are activations too; a body's formal inputs
   * are not its own (they alias values counted outside), so a body frees only what its nodes produce.
   */
  private lifetimes(flat: FlatLevel, index: LevelIndex, graph: Graph, scope: Scope, main: boolean): Frees {
    const ids = scope.ids;
    const nodes = flat.nodes;
    const n = nodes.length;
    // last[id]: position of the value's last reader (-1: live from the start, unread); UNTRACKED:
    // not an activation of this level. `tracked` lists ids in the order they became activations.
    const last = new Int32Array(ids.size).fill(UNTRACKED);
    const tracked: number[] = [];
    if (main) {
      for (let id = 0; id < scope.byId.length; id++) {
        const v = scope.byId[id];
        if (v && !v.isConstant) {
          last[id] = -1;
          tracked.push(id);
        }
      }
    }
    const { order, reads, readStart, outs, outStart } = index;
    for (let i = 0; i < n; i++) {
      const f = order[i]!;
      // Constant-node outputs are weights, not activations (runNode stores them as constants).
      const constant = nodes[f]!.constant === true;
      for (let k = outStart[f]!; k < outStart[f + 1]!; k++) {
        const id = outs[k]!;
        if (id === NO_VALUE) continue;
        if (constant) last[id] = DROPPED;
        else if (last[id] === UNTRACKED) {
          last[id] = i;
          tracked.push(id);
        }
      }
      for (let k = readStart[f]!; k < readStart[f + 1]!; k++) {
        const id = reads[k]!;
        if (id !== NO_VALUE && last[id]! >= -1) last[id] = i;
      }
    }
    const keep = new Uint8Array(ids.size);
    for (const o of graph.outputs) {
      const id = ids.ids.get(o.name);
      if (id !== undefined) keep[id] = 1;
    }
    // State the runtime keeps for the whole run (TFLite variable tensors) is never freed either.
    if (graph.state) {
      for (const name of graph.state) {
        const id = ids.ids.get(name);
        if (id !== undefined) keep[id] = 1;
      }
    }
    // Unread graph inputs die after the first node; unread node outputs right after their producer.
    // Grouped by position with a counting sort (stable: each node's names in the order above), into
    // one list instead of one array per node.
    const start = new Int32Array(n + 1);
    for (let t = 0; t < tracked.length; t++) {
      const id = tracked[t]!;
      const at = Math.max(last[id]!, 0);
      if (last[id] !== DROPPED && at < n && keep[id] === 0) start[at + 1]!++;
    }
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const names = new Array<string>(start[n]!);
    const dying = new Int32Array(start[n]!);
    const fill = start.slice(0, n);
    for (let t = 0; t < tracked.length; t++) {
      const id = tracked[t]!;
      const at = Math.max(last[id]!, 0);
      if (last[id] !== DROPPED && at < n && keep[id] === 0) {
        dying[fill[at]!] = id;
        names[fill[at]!++] = ids.names[id]!;
      }
    }
    return { names, ids: dying, start };
  }

  // ---- running -------------------------------------------------------------------------------

  private runLevel(flat: FlatLevel, index: LevelIndex, level: Level, frees: Frees | undefined): number[] {
    const nodes = flat.nodes;
    const indices = new Array<number>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const f = index.order[i]!;
      indices[i] = this.runNode(nodes[f]!, originAt(flat, f), index, f, level, frees, i);
    }
    return indices;
  }

  /** Types from the file's value_info for the node's outputs (the fallback when inference fails). */
  private fromValueInfo(node: Node, level: Level): TensorType[] {
    const out = new Array<TensorType>(node.outputs.length);
    for (let i = 0; i < out.length; i++) {
      const o = node.outputs[i]!;
      const vi = o ? level.valueInfo.get(o) : undefined;
      out[i] = vi ? this.typeFromInfo(vi) : UNKNOWN_TYPE;
    }
    return out;
  }

  /**
   * Outputs the op could not give a rank take the file's declared shape, as ONNX's own inference
   * does: an If whose branches differ in rank (torchvision's `keep.squeeze(1)` guard after
   * NonMaxSuppression: [n] or [n, 1]) would otherwise leave every reader downstream rankless.
   * A declared dim no input binds is a fresh, data-dependent one.
   * The declared shape is the file's word, which nothing checks (checkValueInfo compares it with
   * itself): a file declaring it small would make the cost downstream small, where before those
   * readers were not costed and the totals said "lower bound". So it keeps them saying so.
   */
  private rankFromValueInfo(node: Node, level: Level, out: readonly TensorType[]): readonly TensorType[] {
    let filled: TensorType[] | undefined;
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.shape !== undefined) continue;
      const name = node.outputs[i];
      const vi = name ? level.valueInfo.get(name) : undefined;
      if (vi?.kind !== 'tensor' || !vi.shape) continue;
      checkRank(vi.shape.length, `value '${vi.name}' (value_info)`);
      this.reason('declared-shape', `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''}: output '${name}' has no inferred rank; it takes the shape the file declares (value_info), unchecked`);
      filled ??= [...out];
      filled[i] = {
        dtype: out[i]!.dtype ?? vi.dtype,
        shape: vi.shape.map((d) => {
          if (typeof d === 'number') return d;
          const bound = d === null ? undefined : this.bindings.get(d);
          return bound ?? this.fresh('declared');
        }),
      };
    }
    return filled ?? out;
  }

  /** The note of a node whose cost needs a dim (or rank, dtype) nobody resolved; records the reason. */
  private unresolvedNote(node: Node, dim: string, unknownInput: OpInput | undefined): string {
    const label = nodeLabel(node);
    if (dim === 'rank' || dim === 'dtype') {
      const which = unknownInput ? `input '${unknownInput.name}' has unknown ${dim === 'rank' ? 'shape' : 'dtype'}` : `a value has unknown ${dim === 'rank' ? 'rank' : 'dtype'}`;
      this.reason(unknownInput ? 'unknown-input' : `unknown-${dim}`, `${label}: ${which}, not costed`);
      return which;
    }
    this.reason(`dim:${dim}`, this.freshNames.has(dim)
      ? `size '${dim}' depends on the data (${label} not costed)`
      : `dimension '${dim}' is not resolved (${label} not costed; bind it with --dim ${dim}=N)`);
    return `dimension '${dim}' is not resolved`;
  }

  /** InferContext.freshDim for one node (NodeContext counts the node's dims). */
  freshFor(node: Node, count: number, hint: string): string {
    // Ops size their outputs from input dims: a runaway count means a hostile shape (1e8 dims).
    if (count > MAX_FRESH_DIMS_PER_NODE) throw new LimitError(`${nodeLabel(node)}: asks for more than ${MAX_FRESH_DIMS_PER_NODE} unknown dims (is a shape input's length absurd?)`);
    return this.fresh(hint);
  }

  /** InferContext.warn for one node. */
  warnFor(node: Node, message: string): void {
    this.warn(`${nodeLabel(node)}: ${message}`);
  }

  /** Definitions found so far, by domain, opset and op type (null: none). */
  private readonly defs = new Map<string, Map<number, Map<string, OpDef | null>>>();
  /** The domain and opset of the last lookup, and their definitions by op type. */
  private lastDomain: string | undefined;
  private lastOpset = -1;
  private lastDefs: Map<string, OpDef | null> | undefined;

  /**
   * The lookup, remembered for the run: op types are the reader's shared strings, so this finds
   * a node's definition without building a key string per node as the registry does, and with
   * one Map lookup when the node has the domain and opset of the one before (nearly every node).
   */
  private lookupDef(domain: string, opType: string, opset: number): OpDef | undefined {
    let byType = this.lastDefs;
    if (byType === undefined || domain !== this.lastDomain || opset !== this.lastOpset) {
      let byOpset = this.defs.get(domain);
      if (!byOpset) this.defs.set(domain, (byOpset = new Map()));
      byType = byOpset.get(opset);
      if (!byType) byOpset.set(opset, (byType = new Map()));
      this.lastDomain = domain;
      this.lastOpset = opset;
      this.lastDefs = byType;
    }
    let def = byType.get(opType);
    if (def === undefined) byType.set(opType, (def = this.lookup(domain, opType, opset) ?? null));
    return def ?? undefined;
  }

  /**
   * Runs the node at position `index` of its level's order (file index `f` in `level`);
   * `frees` are the level's lifetimes (none: results dropped).
   */
  private runNode(
    node: Node, origin: NodeOrigin, levelIndex: LevelIndex, f: number, level: Level, frees: Frees | undefined, index: number,
  ): number {
    const domain = normalizeDomain(node.domain);
    let opset = origin.opsets.get(domain);
    let def: OpDef | undefined;
    if (opset === undefined) {
      def = this.lookupDef(domain, node.opType, Number.MAX_SAFE_INTEGER);
      opset = def?.since ?? 1;
      if (def && !this.unimported.has(domain)) {
        this.unimported.add(domain);
        this.warn(`no opset import for domain '${domainLabel(domain)}' (node '${node.name}'); using the latest definition of its ops`);
      }
    } else {
      def = this.lookupDef(domain, node.opType, opset);
    }

    const slot = this.results.length;
    this.results.push(undefined);

    const scope = level.scope;
    const opInputs = new Array<StoredValue | undefined>(node.inputs.length);
    let unknownInput: OpInput | undefined;
    // A node's inputs are the first of its reads.
    const readBase = levelIndex.readStart[f]!;
    for (let i = 0; i < opInputs.length; i++) {
      const id = levelIndex.reads[readBase + i]!;
      if (id === NO_VALUE) continue;
      const name = node.inputs[i]!;
      let x: StoredValue | undefined = scope.read(id, name);
      if (!x) {
        this.warn(`node '${node.name}' reads '${name}', which is not a graph input, initializer or node output`);
        x = stored(name, UNKNOWN_TYPE, undefined, false, false);
      }
      opInputs[i] = x;
      if (unknownInput === undefined && (x.type.shape === undefined || x.type.dtype === undefined)) unknownInput = x;
    }

    const outCount = node.outputs.length;
    let outputs: readonly TensorType[] | undefined;
    let values: readonly (KnownValue | undefined)[] | undefined;
    let cost: CostTotals = ZERO_COST;
    let exact: ExactCost | undefined;
    let status: NodeStatus = 'ok';
    let note: string | undefined;

    if (!def) {
      status = 'unknown-op';
      note = `no definition for op '${node.opType}' in domain '${domainLabel(domain)}'`;
      const key = `${domain}::${node.opType}`;
      const u = this.unknown.get(key) ?? { domain, opType: node.opType, count: 0 };
      if (this.silent === 0) u.count++;
      if (u.count > 0) this.unknown.set(key, u);
      this.reason(`unknown:${key}`, `unknown op ${domainLabel(domain)}::${node.opType} is not costed`, 'nodes');
      outputs = this.fromValueInfo(node, level);
    } else {
      const ctx = new NodeContext(this, node, origin, level, slot, opset, opInputs);
      let inferred = false;
      try {
        // Op definitions size and cost their outputs: a node without any (a corrupt file) has none to give.
        if (outCount === 0) throw new OpError('the node has no outputs');
        const res = def.infer(ctx);
        // The op's own list when it has one type per output (most do): no copy per node.
        const given = res.outputs;
        let out: readonly TensorType[] = given;
        if (given.length !== outCount || hasHole(given)) {
          const filled = new Array<TensorType>(outCount);
          for (let i = 0; i < outCount; i++) filled[i] = given[i] ?? UNKNOWN_TYPE;
          out = filled;
        }
        out = this.rankFromValueInfo(node, level, out);
        let anyUnknownRank = false;
        for (let i = 0; i < outCount; i++) {
          const t = out[i]!;
          if (t.shape === undefined) anyUnknownRank = true;
          else if (t.shape.length > MAX_RANK) checkRank(t.shape.length, nodeLabel(node));
        }
        // Plain loops on this per-node path: flatMap/Object.entries allocate for every node.
        // Indexed loops on this per-node path: for-of allocates an iterator result per step
        // wherever the code is not optimized yet (every cold run).
        for (let i = 0; i < outCount; i++) {
          const shape = out[i]!.shape;
          if (shape === undefined) continue;
          for (let k = 0; k < shape.length; k++) {
            const d = shape[k]!;
            // `(d >>> 0) === d` passes the usual dims (integers in [0, 2^32)) without a builtin call.
            if (typeof d === 'number' && (d >>> 0) !== d && (!Number.isSafeInteger(d) || d < 0)) throw new OpError(`inferred an invalid dimension ${d}`);
          }
        }
        outputs = out;
        values = foldedValues(res.values, outCount);
        inferred = true;
        if (unknownInput && anyUnknownRank) {
          // Unknown in, unknown out: nothing to cost (the upstream node is already reported).
          throw new UnresolvedDimError('rank');
        }
        const c = def.cost(ctx, out, res.plan);
        let bytes: number;
        if (c.bytes !== undefined) bytes = c.bytes;
        else if (def.movesData === false) bytes = 0;
        else bytes = defaultBytes(opInputs, out, node.outputs);
        // One shared zero for the many nodes that cost nothing (Constant, shape ops): no object each.
        cost = c.macs === 0 && c.flops === 0 && bytes === 0 ? ZERO_COST : { macs: c.macs, flops: c.flops, bytes };
        if (c.exact) {
          // Control flow: body x trips, exact; its numbers are the nearest doubles.
          const e = c.bytes !== undefined ? c.exact : { ...c.exact, bytes: exactOf(cost).bytes };
          cost = numbersOf(e);
          if (!(Number.isFinite(cost.macs) && Number.isFinite(cost.flops) && Number.isFinite(cost.bytes))) throw new LimitError(`${nodeLabel(node)}: cost is beyond 1.8e308, the largest number model-budget can report: not measurable`);
          if (!isSafeCount(e.macs) || !isSafeCount(e.flops) || !isSafeCount(e.bytes)) exact = e;
        }
        // Nodes that cost nothing share ZERO_COST, which needs no check.
        const badKey = cost === ZERO_COST ? undefined : invalidCostKey(cost);
        if (badKey) throw new OpError(`cost ${badKey} came out as ${cost[badKey]} (shapes ${opInputs.map((x) => formatType(x?.type)).join(', ')})`);
        if (!c.exact && (cost.macs > MAX_SAFE || cost.flops > MAX_SAFE || cost.bytes > MAX_SAFE)) {
          this.warn(`${nodeLabel(node)}: cost exceeds 2^53; the numbers are approximate (are the input sizes right?)`);
        }
        if (c.note) note = c.note;
        if (c.lowerBound) {
          status = 'lower-bound';
          note = c.note ? `${c.lowerBound}; ${c.note}` : c.lowerBound;
          this.reason(`lb:${node.name}:${c.lowerBound}`, `${c.lowerBound} (${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''})`);
        }
      } catch (e) {
        if (e instanceof OpLimitError) throw new LimitError(`${nodeLabel(node)}: ${e.message}`);
        if (e instanceof GraphError) throw e;
        if (e instanceof UnresolvedDimError) {
          if (!inferred) outputs = this.fromValueInfo(node, level);
          status = 'unresolved';
          cost = ZERO_COST;
          exact = undefined;
          note = this.unresolvedNote(node, e.dim, unknownInput);
        } else if (e instanceof OpError) {
          // A cost failure keeps the inferred types; an inference failure falls back on value_info.
          if (!inferred) {
            outputs = this.fromValueInfo(node, level);
            values = undefined;
          }
          cost = ZERO_COST;
          exact = undefined;
          if (unknownInput) {
            status = 'unresolved';
            note = `input '${unknownInput.name}' has unknown shape (${e.message})`;
            this.reason('unknown-input', `${nodeLabel(node)}: input '${unknownInput.name}' has unknown shape, not costed`);
          } else {
            status = 'error';
            note = e.message;
            this.reason(`error:${node.name}`, `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''}: ${e.message}`);
          }
        } else if (unknownInput) {
          // Ops may assume known shapes; with an input already unknown upstream, a failure here is
          // a consequence of that, not news: report the node as unresolved rather than crash.
          outputs = this.fromValueInfo(node, level);
          values = undefined;
          cost = ZERO_COST;
          exact = undefined;
          status = 'unresolved';
          note = `input '${unknownInput.name}' has unknown shape`;
          this.reason('unknown-input', `${nodeLabel(node)}: input '${unknownInput.name}' has unknown shape, not costed`);
        } else {
          // Not an OpError: a bug in the op (or the engine), reported with the node it hit.
          throw InternalError.wrap(e, { op: `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''}` });
        }
      }
    }
    // Every path above sets outputs (value_info at worst); an op throwing before that is caught.
    const outTypes = outputs ?? this.fromValueInfo(node, level);

    // Store outputs and check them against what the file says.
    const isConstant = node.constant === true;
    const checkInfo = status !== 'unknown-op' && status !== 'error';
    const outBase = levelIndex.outStart[f]!;
    for (let i = 0; i < outCount; i++) {
      const id = levelIndex.outs[outBase + i]!;
      if (id === NO_VALUE) continue;
      const name = node.outputs[i]!;
      const type = outTypes[i]!;
      if (checkInfo) {
        const vi = level.valueInfo.get(name);
        if (vi) this.checkValueInfo(node, name, type, vi);
      }
      const value = values?.[i];
      scope.byId[id] = stored(name, type, value, isConstant, false);
    }

    const result: Mutable<NodeResult> = {
      node,
      scope: origin.scope,
      inTotals: level.inTotals,
      def,
      opset,
      outputs: outTypes,
      cost,
      params: weightParams(node, opInputs, this.readAsWeight),
      status,
      frees: activationsOf(frees, index),
    };
    if (level.parent !== undefined) result.parent = level.parent;
    if (exact) result.exact = exact;
    if (note !== undefined) result.note = note;
    this.results[slot] = result;
    return slot;
  }

  private checkValueInfo(node: Node, name: string, type: TensorType, vi: ValueInfo): void {
    if (vi.kind !== 'tensor') return;
    let agree = true;
    if (vi.dtype && type.dtype && vi.dtype !== type.dtype) agree = false;
    if (vi.shape && type.shape) {
      if (vi.shape.length !== type.shape.length) agree = false;
      else {
        for (let i = 0; i < vi.shape.length; i++) {
          const d = vi.shape[i];
          const t = type.shape[i];
          if (typeof d === 'number' && typeof t === 'number' && d !== t) agree = false;
        }
      }
    }
    if (!agree) {
      this.warn(`${nodeLabel(node)}: output '${name}' is inferred as ${formatType(type)} but the file's value_info says ${formatInfo(vi)}; using the inferred type`);
    }
  }

  // ---- subgraphs -----------------------------------------------------------------------------

  /** Bodies already listed, per owning node: a body run again for the same node is not listed twice. */
  private readonly listed = new WeakMap<Node, Set<Graph>>();

  /** InferContext.subgraph (NodeContext calls it for its node). */
  runSubgraph(
    owner: Node, ownerOrigin: NodeOrigin, level: Level, ownerSlot: number, graph: Graph,
    inputs: readonly (TensorType | undefined)[], values: readonly (KnownValue | undefined)[],
  ): SubgraphResult {
    const attr = subgraphsOf(owner).find((g) => g.graph === graph)?.attr ?? (graph.name || 'body');
    const path = `${ownerOrigin.scope ? `${ownerOrigin.scope}/` : ''}${owner.name}/${attr}`;
    const scope = new Scope(level.scope);
    graph.inputs.forEach((v, i) => {
      const given = inputs[i];
      const type = given && (given.shape !== undefined || given.dtype !== undefined) ? given : this.typeFromInfo(v);
      const value = values[i];
      scope.set(v.name, stored(v.name, type, value, false, false));
    });
    this.addInitializers(graph, scope);
    // A body run twice for the same node (an op refining its inputs) is listed once: the first run.
    const seen = this.listed.get(owner) ?? new Set<Graph>();
    this.listed.set(owner, seen);
    const listed = seen.has(graph);
    seen.add(graph);
    const sub: Level = { path, label: path, scope, valueInfo: valueInfoMap(graph), inTotals: false, parent: ownerSlot };
    checkDepth(ownerOrigin.depth + 1, `${path} (body of node '${owner.name}')`);
    const flat = this.flatten(graph.nodes, { scope: path, opsets: ownerOrigin.opsets, calls: ownerOrigin.calls, depth: ownerOrigin.depth + 1 });
    const index = indexLevel(flat.nodes, scope.ids, path);
    const start = this.results.length;
    // A repeated run must not count its unknown ops and lower-bound reasons a second time.
    if (listed) this.silent++;
    let idx: number[];
    try {
      idx = this.runLevel(flat, index, sub, listed ? undefined : this.lifetimes(flat, index, graph, scope, false));
    } finally {
      if (listed) this.silent--;
    }
    const sum = new ExactSum();
    let lowerBound: string | undefined;
    for (const i of idx) {
      const r = this.results[i]!;
      sum.add(r);
      if (r.status !== 'ok' && lowerBound === undefined) {
        lowerBound = `${path}: node '${r.node.name}' ${r.status === 'lower-bound' ? 'is a lower bound' : `is ${r.status}`}${r.note ? ` (${r.note})` : ''}`;
      }
    }
    const exact = sum.value();
    if (listed) this.results.length = start;
    const outs = graph.outputs.map((o) => scope.lookup(o.name));
    return {
      outputs: outs.map((v) => v?.type ?? UNKNOWN_TYPE),
      values: outs.map((v) => v?.value),
      cost: numbersOf(exact),
      exact,
      lowerBound,
    };
  }
}

const NONE: readonly string[] = Object.freeze([]);

/** lifetimes' marks: not an activation of the level (yet), and a Constant node's output. */
const UNTRACKED = -3;
const DROPPED = -2;

/** The main level's ids for the peak replay: its node outputs by execution position, and its frees. */
function mainValueIds(main: Scope, inputs: readonly { readonly name: string }[], index: LevelIndex, frees: Frees): MainValueIds {
  const liveAtStart = new Int32Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) liveAtStart[i] = main.ids.ids.get(inputs[i]!.name)!;
  const { order, outs, outStart } = index;
  const count = main.ids.size;
  // In file order (nearly every file), position p is file index p: the level's own lists serve.
  if (index.inFileOrder) return { count, liveAtStart, outputs: outs, outputStart: outStart, frees: frees.ids, freeStart: frees.start };
  const n = order.length;
  const outputs = new Int32Array(outs.length);
  const outputStart = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) {
    const f = order[p]!;
    const from = outStart[f]!;
    const count = outStart[f + 1]! - from;
    // Copied in a loop: a subarray per node is an object per node (5 MB on a 50,000-node graph).
    const at = outputStart[p]!;
    for (let k = 0; k < count; k++) outputs[at + k] = outs[from + k]!;
    outputStart[p + 1] = at + count;
  }
  return { count, liveAtStart, outputs, outputStart, frees: frees.ids, freeStart: frees.start };
}

/** Values dying after each node of a level: node i's are names[start[i]] to names[start[i + 1] - 1]. */
interface Frees {
  readonly names: readonly string[];
  /** The same values' ids. */
  readonly ids: Int32Array;
  readonly start: Int32Array;
}

/**
 * Node i's dying activations, in an array of exactly their length (one shared empty array when
 * none): an array grown by push keeps spare room, and a million per-node lists add up. None for a
 * body run again for the same node, whose results are dropped.
 */
function activationsOf(frees: Frees | undefined, i: number): readonly string[] {
  if (!frees) return NONE;
  const from = frees.start[i]!;
  const to = frees.start[i + 1]!;
  return from === to ? NONE : frees.names.slice(from, to);
}

/** Whether a list has an undefined entry (an op that left an output's type out). */
function hasHole(list: readonly (TensorType | undefined)[]): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === undefined) return true;
  return false;
}

/** The first of a cost's numbers that is not a finite count, in the order macs, flops, bytes. */
function invalidCostKey(c: CostTotals): keyof CostTotals | undefined {
  if (!Number.isFinite(c.macs) || c.macs < 0) return 'macs';
  if (!Number.isFinite(c.flops) || c.flops < 0) return 'flops';
  if (!Number.isFinite(c.bytes) || c.bytes < 0) return 'bytes';
  return undefined;
}

/** How messages name a node; built only when a message needs it (not once per node). */
function nodeLabel(node: Node): string {
  return `node '${node.name}' (${node.opType})`;
}

/**
 * An op's folded values, small ones only (undefined when it folded none); only the first `count`
 * are read. The op's own list when it holds no large value (nearly always): no copy per node.
 */
function foldedValues(given: readonly (KnownValue | undefined)[] | undefined, count: number): readonly (KnownValue | undefined)[] | undefined {
  if (!given) return undefined;
  let large = false;
  for (let i = 0; i < count && i < given.length; i++) {
    const v = given[i];
    if (v && v.data.length > MAX_FOLD_ELEMENTS) large = true;
  }
  if (!large) return given;
  const out = new Array<KnownValue | undefined>(count);
  for (let i = 0; i < count; i++) {
    const v = given[i];
    out[i] = v && v.data.length <= MAX_FOLD_ELEMENTS ? v : undefined;
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The InferContext of one node: methods on a prototype instead of a fresh object of closures per
 * node (the engine's hot path); attributes are read through one reader made on first use.
 */
class NodeContext implements InferContext {
  // Fields are declared, then assigned once in the constructor: ES2022 class fields would define
  // each one before the constructor assigns it, twice the work for an object made per node.
  declare private readonly engine: Engine;
  declare readonly node: Node;
  declare private readonly origin: NodeOrigin;
  declare private readonly level: Level;
  declare private readonly slot: number;
  declare readonly opset: number;
  declare readonly inputs: readonly (OpInput | undefined)[];
  declare private freshDims: number;
  declare private attrReader: AttrReader | undefined;

  constructor(engine: Engine, node: Node, origin: NodeOrigin, level: Level, slot: number, opset: number, inputs: readonly (OpInput | undefined)[]) {
    this.engine = engine;
    this.node = node;
    this.origin = origin;
    this.level = level;
    this.slot = slot;
    this.opset = opset;
    this.inputs = inputs;
    this.freshDims = 0;
    this.attrReader = undefined;
  }

  get attrs(): AttrReader {
    return (this.attrReader ??= attrReader(this.node));
  }

  input(i: number): OpInput {
    const x = this.inputs[i];
    if (!x) throw new OpError(`input ${i} is missing`);
    return x;
  }

  shapeOf(i: number): readonly SymDim[] {
    const x = this.input(i);
    if (!x.type.shape) throw new OpError(`input ${i} ('${x.name}') has unknown rank`);
    return x.type.shape;
  }

  subgraph(graph: Graph, inputs: readonly (TensorType | undefined)[], values?: readonly (KnownValue | undefined)[]): SubgraphResult {
    return this.engine.runSubgraph(this.node, this.origin, this.level, this.slot, graph, inputs, values ?? []);
  }

  freshDim(hint: string): string {
    return this.engine.freshFor(this.node, ++this.freshDims, hint);
  }

  warn(message: string): void {
    this.engine.warnFor(this.node, message);
  }
}

function checkRank(rank: number, what: string): void {
  if (rank > MAX_RANK) throw new LimitError(`${what}: rank ${rank.toLocaleString('en-US')} is above ${MAX_RANK}, the largest model-budget supports`);
}

function checkDepth(depth: number, what: string): void {
  if (depth > MAX_GRAPH_DEPTH) throw new LimitError(`${what}: graphs and local-function calls nest more than ${MAX_GRAPH_DEPTH} deep`);
}

/** Names of the symbolic dims the file declares (inputs, outputs, value_info, subgraphs included). */
function symbolicDimNames(graph: Graph): Set<string> {
  const names = new Set<string>();
  for (const g of walkGraphs(graph)) {
    for (const v of [...g.inputs, ...g.outputs, ...g.valueInfo]) {
      for (const d of v.shape ?? []) if (typeof d === 'string') names.add(d);
    }
  }
  return names;
}

function valueInfoMap(graph: Graph): Map<string, ValueInfo> {
  const m = new Map<string, ValueInfo>();
  for (const v of graph.valueInfo) m.set(v.name, v);
  for (const v of graph.outputs) m.set(v.name, v);
  return m;
}



/** Whether input i repeats an earlier input of the node (Mul(x, x) reads x once). */
function readBefore(inputs: readonly (OpInput | undefined)[], i: number, seen: Set<string> | undefined): boolean {
  const name = inputs[i]!.name;
  if (seen) return seen.has(name);
  for (let j = 0; j < i; j++) if (inputs[j]?.name === name) return true;
  return false;
}

/** Beyond this many inputs (a Concat of thousands) repeats are found with a Set, not a scan. */
const SCAN_INPUTS = 16;

/** The inputs' names for readBefore, only where a scan would be quadratic. */
function seenSet(inputs: readonly (OpInput | undefined)[]): Set<string> | undefined {
  return inputs.length > SCAN_INPUTS ? new Set<string>() : undefined;
}

/**
 * Every distinct input read once plus every output written once, at real dtype sizes. An output the
 * node omits ('': LSTM's Y when only Y_h is wanted) keeps its slot in `outputs` but is never written.
 */
function defaultBytes(inputs: readonly (OpInput | undefined)[], outputs: readonly TensorType[], names: readonly string[]): number {
  let bytes = 0;
  const seen = seenSet(inputs);
  for (let i = 0; i < inputs.length; i++) {
    const x = inputs[i];
    if (!x || readBefore(inputs, i, seen)) continue;
    seen?.add(x.name);
    bytes += typeBytes(x.type);
  }
  for (let i = 0; i < outputs.length; i++) if (names[i] !== '') bytes += typeBytes(outputs[i]!);
  return bytes;
}

function typeBytes(t: TensorType): number {
  if (!t.shape) throw new UnresolvedDimError('rank');
  if (!t.dtype) throw new UnresolvedDimError('dtype');
  let n = 1;
  const shape = t.shape;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i]!;
    if (typeof d !== 'number') throw new UnresolvedDimError(d);
    n *= d;
  }
  return bytesFor(t.dtype, n);
}

/**
 * Weight elements of stored constants (initializers, Constant outputs) the node reads, each once:
 * those of a weight dtype, any read at a weight input (DequantizeLinear's int32 input), and any
 * `readAsWeight` (an int32 bias read by the Reshape feeding a DequantizeLinear).
 */
function weightParams(node: Node, inputs: readonly (StoredValue | undefined)[], readAsWeight: (name: string) => boolean): number {
  let params = 0;
  const seen = seenSet(inputs);
  for (let i = 0; i < inputs.length; i++) {
    const v = inputs[i];
    // Activations first, without the repeat check: a repeated value is of the same kind, so
    // `seen` needs only the stored ones.
    if (!v || (v.storedParams < 0 && !v.isConstant) || readBefore(inputs, i, seen)) continue;
    seen?.add(v.name);
    if (v.storedParams >= 0) {
      params += v.storedParams;
      continue;
    }
    if (!v.isConstant || !v.type.dtype || !v.type.shape) continue;
    if (!(isWeightDType(v.type.dtype) || isWeightInput(node, i) || readAsWeight(v.name))) continue;
    let n = 1;
    const shape = v.type.shape;
    for (let k = 0; k < shape.length; k++) {
      const d = shape[k]!;
      n *= typeof d === 'number' ? d : NaN;
    }
    if (Number.isFinite(n)) params += n;
  }
  return params;
}

/**
 * The body of a local function, instantiated for one call: formal inputs/outputs renamed to the
 * call's actual names, every other value and node name prefixed with the call node's name,
 * attribute references resolved from the call (or the function's defaults).
 */
function expandFunction(fn: FunctionDef, call: Node): Node[] {
  const prefix = call.name;
  const rename = new Map<string, string>();
  fn.inputs.forEach((formal, i) => rename.set(formal, call.inputs[i] ?? ''));
  fn.outputs.forEach((formal, i) => rename.set(formal, call.outputs[i] ?? `${prefix}/${formal}`));
  const nameOf = (inner: string): string => {
    if (!inner) return '';
    return rename.get(inner) ?? `${prefix}/${inner}`;
  };
  // An unset attribute reference means the attribute is absent (the op's default applies).
  const resolveRef = (name: string): Attribute | undefined => call.attributes.get(name) ?? fn.attributeDefaults.get(name);
  return fn.nodes.map((n, i) => ({
    ...n,
    name: `${prefix}/${n.name || `${n.opType}_${i}`}`,
    inputs: n.inputs.map(nameOf),
    outputs: n.outputs.map(nameOf),
    attributes: rewriteAttrs(n.attributes, nameOf, resolveRef),
  }));
}

/** Attribute refs resolved, and subgraphs' references to the function's values renamed. */
function rewriteAttrs(
  attrs: ReadonlyMap<string, Attribute>, outer: (name: string) => string, resolveRef: (name: string) => Attribute | undefined,
): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const [k, a] of attrs) {
    if (a.type === 'ref') {
      const v = resolveRef(a.value);
      if (v) out.set(k, v);
    } else if (a.type === 'graph') out.set(k, { type: 'graph', value: renameGraph(a.value, outer, resolveRef) });
    else if (a.type === 'graphs') out.set(k, { type: 'graphs', value: a.value.map((g) => renameGraph(g, outer, resolveRef)) });
    else out.set(k, a);
  }
  return out;
}

/** A subgraph inside a function body, instantiated for one call (see rewriteAttrs). */
function renameGraph(graph: Graph, outer: (name: string) => string, resolveRef: (name: string) => Attribute | undefined): Graph {
  const local = new Set<string>();
  for (const v of graph.inputs) local.add(v.name);
  for (const n of graph.initializers.keys()) local.add(n);
  for (const node of graph.nodes) for (const o of node.outputs) if (o) local.add(o);
  const nameOf = (n: string): string => (!n || local.has(n) ? n : outer(n));
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({ ...n, inputs: n.inputs.map(nameOf), attributes: rewriteAttrs(n.attributes, nameOf, resolveRef) })),
    outputs: graph.outputs.map((o) => (local.has(o.name) ? o : { ...o, name: outer(o.name) })),
  };
}

/**
 * Runs shape inference and costing over the whole model.
 * Throws GraphError for whole-graph problems (cycle, duplicate producer, bad --input/--dim);
 * problems with single nodes are reported in the result (status, warnings, lowerBoundReasons).
 */
export function runEngine(model: Model, lookup: OpLookup, options: EngineOptions = {}): EngineResult {
  try {
    return new Engine(model, lookup, options).run();
  } catch (e) {
    // Every recursion is bounded by MAX_GRAPH_DEPTH; should one still overflow the stack, the cause
    // is the file's nesting, and the user gets one line, not an internal error.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new LimitError('the graph is nested too deeply to profile (stack overflow)');
    }
    throw e;
  }
}
