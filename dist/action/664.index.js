export const id = 664;
export const ids = [664];
export const modules = {

/***/ 2664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   carriedShapeChange: () => (/* binding */ carriedShapeChange),
/* harmony export */   joinReasons: () => (/* binding */ joinReasons),
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_exact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2927);


const pending = new WeakMap();
function takeCost(ctx) {
    const c = pending.get(ctx);
    if (!c)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('control-flow cost asked before its body was inferred');
    return c;
}
function requireGraph(ctx, name) {
    const g = ctx.attrs.graph(name);
    if (!g)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`required graph attribute '${name}' is missing`);
    return g;
}
function mergeTypes(ctx, a, b, hint) {
    const dtype = a.dtype ?? b.dtype;
    if (!a.shape || !b.shape || a.shape.length !== b.shape.length)
        return { dtype, shape: undefined };
    const shape = a.shape.map((d, i) => (d === b.shape[i] ? d : ctx.freshDim(hint)));
    return { dtype, shape };
}
function sameValue(a, b) {
    return !!a && !!b && a.dtype === b.dtype && a.shape.length === b.shape.length
        && a.shape.every((d, i) => d === b.shape[i]) && a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
}
function scaled(body, times) {
    const exact = (0,_shapes_exact_js__WEBPACK_IMPORTED_MODULE_1__/* .scaleExact */ .op)(body.exact ?? (0,_shapes_exact_js__WEBPACK_IMPORTED_MODULE_1__/* .exactOf */ .LN)(body.cost), (0,_shapes_exact_js__WEBPACK_IMPORTED_MODULE_1__/* .exactCount */ .x3)(times));
    return { ...(0,_shapes_exact_js__WEBPACK_IMPORTED_MODULE_1__/* .numbersOf */ .cZ)(exact), exact };
}
function carriedShapeChange(starts, ends, names, what) {
    const show = (t) => (t.shape ? `[${t.shape.join(',')}]` : 'rank unknown');
    let first;
    let grows = true;
    for (let i = 0; i < starts.length; i++) {
        const start = starts[i];
        const end = ends[i];
        if (!start?.shape || !end)
            continue;
        const same = end.shape !== undefined && end.shape.length === start.shape.length && end.shape.every((d, k) => d === start.shape[k]);
        if (same)
            continue;
        first ??= `${what} '${names[i] ?? ''}' changes shape between iterations (${show(start)} -> ${show(end)})`;
        const larger = end.shape !== undefined && end.shape.length === start.shape.length
            && end.shape.every((d, k) => { const s0 = start.shape[k]; return typeof d === 'number' && typeof s0 === 'number' && d >= s0; });
        if (!larger)
            grows = false;
    }
    return first === undefined ? undefined : { reason: first, grows };
}
function joinReasons(a, b) {
    return a && b ? `${a}; ${b}` : a ?? b;
}
function heavier(a, b) {
    if (a.cost.flops !== b.cost.flops)
        return a.cost.flops > b.cost.flops;
    if (a.cost.macs !== b.cost.macs)
        return a.cost.macs > b.cost.macs;
    return a.cost.bytes >= b.cost.bytes;
}
function inferIf(ctx) {
    const thenGraph = requireGraph(ctx, 'then_branch');
    const elseGraph = requireGraph(ctx, 'else_branch');
    const cond = ctx.input(0);
    const n = ctx.node.outputs.length;
    const check = (res, which) => {
        if (res.outputs.length < n)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`If has ${n} outputs but ${which} gives ${res.outputs.length}`);
    };
    if (cond.value && cond.value.data.length === 1) {
        const taken = cond.value.data[0] !== 0;
        const which = taken ? 'then_branch' : 'else_branch';
        const res = ctx.subgraph(taken ? thenGraph : elseGraph, []);
        check(res, which);
        ctx.warn(`condition folds to ${taken}: totals count ${which} only`);
        pending.set(ctx, {
            ...scaled(res, 1), note: `condition is constant ${taken}: cost of ${which}`,
            ...(res.lowerBound ? { lowerBound: res.lowerBound } : {}),
        });
        return { outputs: res.outputs.slice(0, n), values: res.values.slice(0, n) };
    }
    const thenRes = ctx.subgraph(thenGraph, []);
    const elseRes = ctx.subgraph(elseGraph, []);
    check(thenRes, 'then_branch');
    check(elseRes, 'else_branch');
    const thenHeavier = heavier(thenRes, elseRes);
    const res = thenHeavier ? thenRes : elseRes;
    const lowerBound = thenRes.lowerBound ?? elseRes.lowerBound;
    const sameCost = thenRes.cost.macs === elseRes.cost.macs && thenRes.cost.flops === elseRes.cost.flops
        && thenRes.cost.bytes === elseRes.cost.bytes;
    if (!sameCost) {
        ctx.warn(`condition is not a constant: totals count the larger branch, ${thenHeavier ? 'then_branch' : 'else_branch'} `
            + `(then ${thenRes.cost.flops} FLOPs, else ${elseRes.cost.flops} FLOPs)`);
    }
    pending.set(ctx, {
        ...scaled(res, 1),
        note: `condition unknown: cost of the larger branch, ${thenHeavier ? 'then_branch' : 'else_branch'} `
            + `(then ${thenRes.cost.flops} FLOPs, else ${elseRes.cost.flops} FLOPs)`,
        ...(lowerBound ? { lowerBound } : {}),
    });
    const outputs = [];
    const values = [];
    for (let i = 0; i < n; i++) {
        outputs.push(mergeTypes(ctx, thenRes.outputs[i], elseRes.outputs[i], `${ctx.node.name}_out${i}`));
        values.push(sameValue(thenRes.values[i], elseRes.values[i]) ? thenRes.values[i] : undefined);
    }
    return { outputs, values };
}
const TRIP_SENTINEL = 2 ** 62;
function inferLoop(ctx) {
    const body = requireGraph(ctx, 'body');
    const m = ctx.inputs[0];
    const condIn = ctx.inputs[1];
    const carried = ctx.node.inputs.slice(2).map((_, i) => ctx.inputs[i + 2]);
    const nCarried = carried.length;
    if (body.inputs.length !== nCarried + 2) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`Loop body takes ${body.inputs.length} inputs but the node gives ${nCarried} loop-carried values (expected ${nCarried + 2})`);
    }
    let trips;
    if (m?.value && m.value.data.length === 1 && m.value.data[0] < TRIP_SENTINEL)
        trips = Math.max(0, m.value.data[0]);
    const condFalse = condIn?.value && condIn.value.data.length === 1 && condIn.value.data[0] === 0;
    if (condFalse)
        trips = 0;
    const condTrue = condIn?.value && condIn.value.data.length === 1 && condIn.value.data[0] !== 0;
    const res = ctx.subgraph(body, [{ dtype: 'int64', shape: [] }, { dtype: 'bool', shape: [] }, ...carried.map((c) => c?.type)], [undefined, condTrue ? condIn.value : undefined, ...carried.map(() => undefined)]);
    if (res.outputs.length < nCarried + 1) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`Loop body gives ${res.outputs.length} outputs, fewer than condition + ${nCarried} loop-carried values`);
    }
    const bodyCond = res.values[0];
    const mayExitEarly = condIn !== undefined && !(bodyCond && bodyCond.data.length === 1 && bodyCond.data[0] !== 0);
    const iterDim = trips ?? ctx.freshDim(`${ctx.node.name}_trips`);
    const outputs = [];
    for (let i = 0; i < nCarried; i++) {
        const init = carried[i]?.type;
        const out = res.outputs[i + 1];
        outputs.push(init ? mergeTypes(ctx, init, out, `${ctx.node.name}_carried${i}`) : out);
    }
    for (let k = nCarried + 1; k < res.outputs.length && outputs.length < ctx.node.outputs.length; k++) {
        const slice = res.outputs[k];
        outputs.push({ dtype: slice.dtype, shape: slice.shape ? [iterDim, ...slice.shape] : undefined });
    }
    let cost;
    if (trips === undefined) {
        cost = {
            ...scaled(res, 1), lowerBound: 'Loop trip count unknown',
            note: 'trip count unknown: cost of one iteration',
        };
    }
    else {
        const changed = trips > 1
            ? carriedShapeChange(carried.map((c) => c?.type), res.outputs.slice(1, nCarried + 1), body.outputs.slice(1).map((o) => o.name), 'loop-carried value')
            : undefined;
        const lowerBound = joinReasons(res.lowerBound, changed && `${changed.reason}: ${changed.grows ? 'the cost of the first iteration times their number' : 'the cost of one iteration'}`);
        cost = {
            ...scaled(res, changed && !changed.grows ? 1 : trips),
            note: `${trips} iteration${trips === 1 ? '' : 's'}${mayExitEarly ? ' (at most: the loop condition may end it sooner)' : ''}`,
            ...(lowerBound ? { lowerBound } : {}),
        };
    }
    pending.set(ctx, cost);
    return { outputs };
}
function inferScan(ctx) {
    const body = requireGraph(ctx, 'body');
    const numScan = ctx.attrs.int('num_scan_inputs');
    const batched = ctx.opset < 9;
    const first = batched ? 1 : 0;
    const all = ctx.node.inputs.map((_, i) => ctx.inputs[i]).slice(first);
    const nState = all.length - numScan;
    if (nState < 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`num_scan_inputs is ${numScan} but the node has only ${all.length} inputs`);
    const states = all.slice(0, nState);
    const scans = all.slice(nState);
    if (body.inputs.length !== all.length) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`Scan body takes ${body.inputs.length} inputs but the node gives ${all.length}`);
    }
    const inAxes = batched ? scans.map(() => 1) : ctx.attrs.ints('scan_input_axes', scans.map(() => 0));
    let seq;
    let batch = 1;
    const sliceTypes = scans.map((s, j) => {
        if (!s)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scan input ${j} is missing`);
        const shape = s.type.shape;
        if (!shape)
            return { dtype: s.type.dtype, shape: undefined };
        const rank = shape.length;
        const axis = inAxes[j] < 0 ? inAxes[j] + rank : inAxes[j];
        if (axis < 0 || axis >= rank)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scan_input_axes[${j}] = ${inAxes[j]} is out of range for rank ${rank}`);
        if (seq === undefined || typeof seq !== 'number')
            seq = shape[axis];
        if (batched)
            batch = shape[0];
        return { dtype: s.type.dtype, shape: shape.filter((_, i) => i !== axis && !(batched && i === 0)) };
    });
    const stateTypes = states.map((s) => {
        if (!s)
            return undefined;
        if (!batched || !s.type.shape)
            return s.type;
        return { dtype: s.type.dtype, shape: s.type.shape.slice(1) };
    });
    const res = ctx.subgraph(body, [...stateTypes, ...sliceTypes]);
    const nOut = res.outputs.length - nState;
    if (nOut < 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`Scan body gives ${res.outputs.length} outputs, fewer than its ${nState} state values`);
    const outAxes = batched ? Array.from({ length: nOut }, () => 0) : ctx.attrs.ints('scan_output_axes', Array.from({ length: nOut }, () => 0));
    const seqDim = seq ?? ctx.freshDim(`${ctx.node.name}_seq`);
    const outputs = [];
    for (let i = 0; i < nState; i++) {
        const out = res.outputs[i];
        const init = stateTypes[i];
        const t = init ? mergeTypes(ctx, init, out, `${ctx.node.name}_state${i}`) : out;
        outputs.push(batched && t.shape ? { dtype: t.dtype, shape: [batch, ...t.shape] } : t);
    }
    for (let k = 0; k < nOut; k++) {
        const slice = res.outputs[nState + k];
        if (!slice.shape) {
            outputs.push({ dtype: slice.dtype, shape: undefined });
            continue;
        }
        const rank = slice.shape.length + 1;
        const raw = outAxes[k] ?? 0;
        const axis = raw < 0 ? raw + rank : raw;
        if (axis < 0 || axis >= rank)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scan_output_axes[${k}] = ${raw} is out of range for rank ${rank}`);
        const shape = [...slice.shape];
        shape.splice(axis, 0, seqDim);
        outputs.push({ dtype: slice.dtype, shape: batched ? [batch, ...shape] : shape });
    }
    const iterations = typeof seqDim === 'number' && typeof batch === 'number' ? seqDim * batch : undefined;
    const changed = iterations !== undefined && typeof seqDim === 'number' && seqDim > 1
        ? carriedShapeChange(stateTypes, res.outputs.slice(0, nState), body.outputs.map((o) => o.name), 'scan state')
        : undefined;
    const lowerBound = joinReasons(res.lowerBound, changed && `${changed.reason}: ${changed.grows ? 'the cost of the first step times their number' : 'the cost of one step'}`);
    pending.set(ctx, iterations === undefined
        ? { ...scaled(res, 1), lowerBound: 'Scan sequence length unknown', note: 'sequence length unknown: cost of one step' }
        : {
            ...scaled(res, changed && !changed.grows ? 1 : iterations), note: `${iterations} step${iterations === 1 ? '' : 's'}`,
            ...(lowerBound ? { lowerBound } : {}),
        });
    return { outputs };
}
const IF_DOC = {
    flops: 'the larger branch (by FLOPs) when the condition is not a constant; the taken branch when it is',
    macs: 'those of the counted branch',
    memory: 'the counted branch\'s memory access',
    peers: 'onnx-tool has no If profiler: the node counts 0 unless its if_fixed_branch option inlines the branch the user names (then or else), never the larger one; thop/fvcore/ptflops trace the one path PyTorch took',
};
const LOOP_DOC = {
    flops: 'body FLOPs x trip count M (when M folds to a constant); one iteration and a lower bound otherwise, and a lower bound when a loop-carried value changes shape between iterations (the body is profiled at the starting shapes: first iteration x M when carried values only grow, one iteration otherwise)',
    macs: 'body MACs x trip count',
    memory: 'body memory access x trip count',
    peers: 'onnx-tool has no Loop profiler (0 MACs with a "not registered" warning, body not counted); thop/fvcore/ptflops count the unrolled iterations PyTorch ran',
};
const SCAN_DOC = {
    flops: 'body FLOPs x sequence length (the scan_input_axes dim of the first scan input); a lower bound when a state changes shape between steps (first step x length when states only grow, one step otherwise)',
    macs: 'body MACs x sequence length',
    memory: 'body memory access x sequence length',
};
const SEQUENCE_MAP_DOC = {
    flops: 'body FLOPs x sequence length; not counted (lower bound) because sequence lengths and element shapes are not tracked',
    memory: 'not counted (lower bound)',
};
function inferSequenceMap(ctx) {
    const body = requireGraph(ctx, 'body');
    ctx.input(0);
    const n = ctx.node.outputs.length;
    if (body.outputs.length < n)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`SequenceMap has ${n} outputs but its body gives ${body.outputs.length}`);
    if (body.inputs.length !== ctx.node.inputs.length) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`SequenceMap body takes ${body.inputs.length} inputs but the node gives ${ctx.node.inputs.length}`);
    }
    return { outputs: body.outputs.slice(0, n).map((o) => ({ dtype: o.dtype, shape: undefined })) };
}
const ops = [
    {
        domain: '', opType: 'SequenceMap', since: 17, infer: inferSequenceMap, doc: SEQUENCE_MAP_DOC,
        cost: () => ({ macs: 0, flops: 0, bytes: 0, lowerBound: 'SequenceMap: the body runs once per sequence element; element count unknown, not counted' }),
    },
    { domain: '', opType: 'If', since: 1, infer: inferIf, cost: takeCost, doc: IF_DOC },
    { domain: '', opType: 'Loop', since: 1, infer: inferLoop, cost: takeCost, doc: LOOP_DOC },
    { domain: '', opType: 'Scan', since: 8, infer: inferScan, cost: takeCost, doc: SCAN_DOC },
];


/***/ })

};
