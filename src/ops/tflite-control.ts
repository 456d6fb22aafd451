/**
 * TFLite control flow: WHILE, IF, CALL_ONCE, CALL. Their subgraphs are profiled by the engine
 * (ctx.subgraph) and the node's own cost is theirs, like ONNX Loop/If (ops/control-flow.ts).
 * TFLite stores no trip count, so WHILE derives one where its condition is the common counter
 * pattern (tflite-while-trips.ts); elsewhere it counts one iteration and marks a lower bound.
 */
import { OpError } from '../shapes/types.js';
import type { Cost, InferContext, KnownValue, TensorType } from '../shapes/types.js';
import { addExact, exactOf, numbersOf, scaleExact } from '../shapes/exact.js';
import type { TfliteOp } from './tflite-common.js';
import { whileTrips } from './tflite-while-trips.js';
import { carriedShapeChange, joinReasons } from './control-flow.js';

/** Cost worked out in infer (where the subgraphs run) and handed to cost() for the same node. */
const pending = new WeakMap<InferContext, Cost>();

function takeCost(ctx: InferContext): Cost {
  const c = pending.get(ctx);
  if (!c) throw new OpError('control-flow cost asked before its subgraphs ran');
  return c;
}

function subgraphOf(ctx: InferContext, name: string): NonNullable<ReturnType<InferContext['attrs']['graph']>> {
  const g = ctx.attrs.graph(name);
  if (!g) throw new OpError(`the ${name} subgraph is missing`);
  return g;
}

const inputTypes = (ctx: InferContext, from = 0): (TensorType | undefined)[] => ctx.inputs.slice(from).map((x) => x?.type);
const inputValues = (ctx: InferContext, from = 0): (KnownValue | undefined)[] => ctx.inputs.slice(from).map((x) => x?.value);

const whileOp: TfliteOp = {
  opType: 'WHILE',
  runsSubgraphs: true,
  shape(ctx) {
    const condGraph = subgraphOf(ctx, 'cond'), bodyGraph = subgraphOf(ctx, 'body');
    // TFLite's WHILE kernel refuses a body that does not hand back every loop-carried value: the
    // missing ones could change shape unseen, and the cost times the trips be reported exact.
    if (bodyGraph.outputs.length !== ctx.inputs.length) {
      throw new OpError(`the body gives ${bodyGraph.outputs.length} outputs for ${ctx.inputs.length} loop-carried values`);
    }
    const cond = ctx.subgraph(condGraph, inputTypes(ctx), inputValues(ctx));
    const body = ctx.subgraph(bodyGraph, inputTypes(ctx), inputValues(ctx));
    const condExact = cond.exact ?? exactOf(cond.cost), bodyExact = body.exact ?? exactOf(body.cost);
    const trips = whileTrips(condGraph, bodyGraph, inputValues(ctx));
    const inner = body.lowerBound ?? cond.lowerBound;
    if (trips.trips === undefined) {
      const exact = addExact(condExact, bodyExact);
      pending.set(ctx, {
        ...numbersOf(exact), exact, lowerBound: 'WHILE trip count unknown',
        note: `trip count unknown (${trips.why}): cost of one iteration (condition + body)`,
      });
    } else {
      // The condition runs once more than the body: the last time it says stop.
      const n = trips.trips;
      // Condition and body are profiled once, at the starting shapes: a carried value the body
      // hands back in another shape makes later iterations cost what that profile does not see
      // (the same rule as ONNX Loop: first iteration x trips when every such value only grows,
      // one iteration otherwise; one trip runs on the starting shapes alone).
      const changed = n > 1n
        ? carriedShapeChange(inputTypes(ctx), body.outputs, bodyGraph.outputs.map((o) => o.name), 'loop-carried value')
        : undefined;
      const once = changed !== undefined && !changed.grows;
      const exact = once ? addExact(condExact, bodyExact) : addExact(scaleExact(condExact, n + 1n), scaleExact(bodyExact, n));
      const lowerBound = joinReasons(inner, changed && `${changed.reason}: ${changed.grows ? 'the cost of the first iteration times their number' : 'the cost of one iteration (condition + body)'}`);
      pending.set(ctx, {
        ...numbersOf(exact), exact, note: `${n} iteration${n === 1n ? '' : 's'} (${trips.how})`,
        ...(lowerBound ? { lowerBound } : {}),
      });
    }
    // Loop-carried values keep their types when the body preserves them.
    return ctx.inputs.map((x, i) => {
      const b = body.outputs[i];
      return x && b?.shape && x.type.shape && b.shape.length === x.type.shape.length && b.shape.every((d, k) => d === x.type.shape![k]) ? x.type : undefined;
    });
  },
  cost: (ctx) => takeCost(ctx),
  doc: {
    flops: 'body x trips + condition x (trips + 1), where the condition compares a loop-carried counter (LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, NOT_EQUAL) with a constant and the body adds a constant step to it; otherwise condition + body of one iteration, marked as a lower bound (TFLite stores no trip count); a lower bound too when the body hands a loop-carried value back in another shape, as ONNX Loop (profiled at the starting shapes: first iteration x trips when carried values only grow, condition + body once otherwise)',
    macs: 'body MACs x trips (one iteration when the trip count is not derived)',
    memory: 'body x trips + condition x (trips + 1) memory access (one iteration when the trip count is not derived)',
  },
};

const ifOp: TfliteOp = {
  opType: 'IF',
  runsSubgraphs: true,
  shape(ctx) {
    const cond = ctx.input(0).value;
    const run = (name: string) => ctx.subgraph(subgraphOf(ctx, name), inputTypes(ctx, 1), inputValues(ctx, 1));
    if (cond && cond.data.length === 1) {
      const which = cond.data[0] ? 'then_branch' : 'else_branch';
      const res = run(which);
      pending.set(ctx, { ...res.cost, note: `condition is constant: only ${which} runs`, ...(res.lowerBound ? { lowerBound: res.lowerBound } : {}) });
      return res.outputs;
    }
    const a = run('then_branch'), b = run('else_branch');
    const heavier = a.cost.flops !== b.cost.flops ? a.cost.flops > b.cost.flops : a.cost.bytes >= b.cost.bytes;
    const pick = heavier ? a : b;
    const lb = a.lowerBound ?? b.lowerBound;
    pending.set(ctx, { ...pick.cost, note: `the larger branch (${heavier ? 'then' : 'else'}) is counted`, ...(lb ? { lowerBound: lb } : {}) });
    return pick.outputs;
  },
  cost: (ctx) => takeCost(ctx),
  doc: { flops: 'the larger branch (both are profiled; a constant condition picks one)', macs: 'the larger branch', memory: 'the larger branch' },
};

function callOp(opType: string, attr: string): TfliteOp {
  return {
    opType,
    runsSubgraphs: true,
    shape(ctx) {
      const res = ctx.subgraph(subgraphOf(ctx, attr), inputTypes(ctx), inputValues(ctx));
      pending.set(ctx, { ...res.cost, ...(res.lowerBound ? { lowerBound: res.lowerBound } : {}) });
      return res.outputs;
    },
    cost: (ctx) => takeCost(ctx),
    doc: { flops: 'the called subgraph, once', macs: 'the called subgraph, once', memory: 'the called subgraph, once' },
  };
}

export const controlOps: TfliteOp[] = [whileOp, ifOp, callOp('CALL_ONCE', 'init'), callOp('CALL', 'subgraph')];
