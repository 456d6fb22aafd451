export const id = 290;
export const ids = [290,88,332,664,564];
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


/***/ }),

/***/ 9088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   einsumPairwiseCost: () => (/* binding */ einsumPairwiseCost),
/* harmony export */   einsumPlan: () => (/* binding */ einsumPlan),
/* harmony export */   fusedOperand: () => (/* binding */ fusedOperand),
/* harmony export */   matmulShape: () => (/* binding */ matmulShape),
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);


function sameDim(a, b) {
    return typeof a !== 'number' || typeof b !== 'number' || a === b;
}
function matmulShape(a, b) {
    if (a.length === 0 || b.length === 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('MatMul operands must have rank >= 1 (got a scalar)');
    const a2 = a.length === 1 ? [1, a[0]] : a;
    const b2 = b.length === 1 ? [b[0], 1] : b;
    const m = a2[a2.length - 2], k = a2[a2.length - 1];
    const kb = b2[b2.length - 2], n = b2[b2.length - 1];
    if (!sameDim(k, kb))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`inner dimensions differ: [${a.join(',')}] x [${b.join(',')}] (${k} vs ${kb})`);
    const batch = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .broadcastShapes */ .OR)([a2.slice(0, -2), b2.slice(0, -2)]);
    const out = [...batch];
    if (a.length !== 1)
        out.push(m);
    if (b.length !== 1)
        out.push(n);
    return { out, batch, m, k: typeof k === 'number' ? k : kb, n };
}
function matmulMacs(s) {
    return (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(s.batch) * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([s.m, s.k, s.n]);
}
function outElems(s) {
    return (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(s.out);
}
function matmulLikeDef(domain, opType, since, like, doc) {
    const shapeOf = (ctx) => matmulShape(ctx.shapeOf(like.a), ctx.shapeOf(like.b));
    return {
        domain, opType, since,
        infer(ctx) {
            const plan = shapeOf(ctx);
            return { outputs: [{ dtype: like.outDType(ctx), shape: plan.out }], plan };
        },
        cost(ctx, _outs, plan) {
            const s = plan ?? shapeOf(ctx);
            const macs = matmulMacs(s);
            return { macs, flops: 2 * macs + like.epilogue(ctx, s) };
        },
        doc,
    };
}
const dtypeOf = (i) => (ctx) => ctx.inputs[i]?.type.dtype;
const present = (ctx, i) => ctx.inputs[i] !== undefined;
const MATMUL_MACS = 'prod(broadcast batch dims) * M * K * N (1-D operands promoted as in numpy.matmul)';
const MATMUL_PEERS = 'fvcore and ptflops (aten and pytorch backends) count the same M*K*N per batch; thop only counts nn.Linear modules, never functional torch.matmul; onnx-tool counts the same MACs.';
const matMul = matmulLikeDef('', 'MatMul', 1, { a: 0, b: 1, outDType: dtypeOf(0), epilogue: () => 0 }, {
    macs: MATMUL_MACS, flops: '2 * MACs', peers: MATMUL_PEERS,
});
const matMulInteger = matmulLikeDef('', 'MatMulInteger', 10, { a: 0, b: 1, outDType: () => 'int32', epilogue: () => 0 }, {
    macs: MATMUL_MACS, flops: '2 * MACs (integer operations counted like floating-point ones; zero points not counted)',
});
const qlinearMatMul = matmulLikeDef('', 'QLinearMatMul', 10, {
    a: 0, b: 3, outDType: (ctx) => ctx.inputs[7]?.type.dtype ?? ctx.inputs[0]?.type.dtype,
    epilogue: (_ctx, s) => 2 * outElems(s),
}, { macs: MATMUL_MACS, flops: '2 * MACs + 2 per output element (requantization: scale multiply and zero-point add)' });
function gemmDims(ctx, g) {
    const a = ctx.shapeOf(g.a), b = ctx.shapeOf(g.b);
    if (a.length !== 2 || b.length !== 2)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${g.opType} needs 2-D A and B (got ranks ${a.length} and ${b.length})`);
    const transA = ctx.attrs.int('transA', 0) !== 0, transB = ctx.attrs.int('transB', 0) !== 0;
    const [m, k] = transA ? [a[1], a[0]] : [a[0], a[1]];
    const [kb, n] = transB ? [b[1], b[0]] : [b[0], b[1]];
    if (!sameDim(k, kb))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`inner dimensions differ: A gives K=${k}, B gives K=${kb} (transA=${+transA}, transB=${+transB})`);
    return { m, k: typeof k === 'number' ? k : kb, n };
}
function gemmLikeDef(g) {
    return {
        domain: g.domain, opType: g.opType, since: g.since,
        infer(ctx) {
            const { m, n } = gemmDims(ctx, g);
            const c = ctx.inputs[g.c];
            if (!c && !g.cOptional)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input C is required before opset 11 (this model uses opset ${ctx.opset})`);
            if (c?.type.shape) {
                const cs = c.type.shape;
                if (cs.length > 2)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`C has rank ${cs.length}; it must broadcast to [M, N]`);
                const target = [m, n].slice(2 - cs.length);
                cs.forEach((d, i) => {
                    const t = target[i];
                    if (typeof d === 'number' && d !== 1 && typeof t === 'number' && d !== t) {
                        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`C of shape [${cs.join(',')}] does not broadcast to [${m},${n}]`);
                    }
                });
            }
            return { outputs: [{ dtype: g.outDType(ctx), shape: [m, n] }] };
        },
        cost(ctx, outs) {
            const { m, k, n } = gemmDims(ctx, g);
            const macs = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([m, k, n]);
            const perOut = (present(ctx, g.c) ? 1 : 0) + g.perOut(ctx);
            return { macs, flops: 2 * macs + perOut * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) };
        },
        doc: g.doc,
    };
}
const GEMM_DOC = {
    macs: 'M * K * N',
    flops: '2 * MACs + (C present ? M * N : 0); alpha and beta scaling are not counted (folded into the product and the bias add)',
    peers: 'thop counts M*K*N for nn.Linear (no bias); ptflops adds M*N for the bias; fvcore reports M*K*N as "flops"; onnx-tool counts M*K*N plus the bias add.',
};
function gemmDef(since, cOptional) {
    return gemmLikeDef({ domain: '', opType: 'Gemm', since, a: 0, b: 1, c: 2, cOptional, outDType: dtypeOf(0), perOut: () => 0, doc: GEMM_DOC });
}
const fusedGemm = gemmLikeDef({
    domain: 'com.microsoft', opType: 'FusedGemm', since: 1, a: 0, b: 1, c: 2, cOptional: true, outDType: dtypeOf(0),
    perOut: (ctx) => (ctx.attrs.string('activation', '') !== '' ? 1 : 0),
    doc: { macs: 'M * K * N', flops: '2 * MACs + (C present ? M * N : 0) + (activation set ? M * N : 0)' },
});
const qGemm = gemmLikeDef({
    domain: 'com.microsoft', opType: 'QGemm', since: 1, a: 0, b: 3, c: 6, cOptional: true,
    outDType: (ctx) => (present(ctx, 7) ? ctx.inputs[8]?.type.dtype ?? ctx.inputs[0]?.type.dtype : ctx.inputs[1]?.type.dtype),
    perOut: (ctx) => (present(ctx, 7) ? 2 : 1),
    doc: { macs: 'M * K * N (integer)', flops: '2 * MACs + (C present ? M * N : 0) + M * N * (2 to requantize when y_scale is given, else 1 to scale to float)' },
});
function parseTerm(raw, where) {
    const t = raw.trim();
    const dots = t.indexOf('...');
    if (dots >= 0 && t.indexOf('...', dots + 1) >= 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`einsum ${where} '${t}' has more than one ellipsis`);
    const letters = t.replace('...', '').split('');
    for (const c of letters)
        if (!/^[A-Za-z]$/.test(c))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`einsum ${where} '${t}' has invalid character '${c}'`);
    return { letters: dots >= 0 ? [...t.slice(0, dots).split(''), '...', ...t.slice(dots + 3).split('')] : letters, hasEllipsis: dots >= 0 };
}
function einsumPlan(equation, shapes) {
    const eq = equation.replace(/\s+/g, '');
    const [lhs, rhs] = eq.split('->');
    if (eq.split('->').length > 2)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`einsum equation '${equation}' has more than one '->'`);
    const terms = lhs.split(',').map((t, i) => parseTerm(t, `operand ${i}`));
    if (terms.length !== shapes.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`einsum equation '${equation}' names ${terms.length} operands but the node has ${shapes.length}`);
    const sizes = new Map();
    const counts = new Map();
    const ellipsisShapes = [];
    const perOperand = [];
    terms.forEach((term, i) => {
        const shape = shapes[i];
        const named = term.letters.filter((c) => c !== '...').length;
        if (term.hasEllipsis ? shape.length < named : shape.length !== named) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`einsum operand ${i} has rank ${shape.length} but its term names ${named} axes${term.hasEllipsis ? ' plus an ellipsis' : ''}`);
        }
        let axis = 0;
        perOperand.push({ letters: term.letters.filter((c) => c !== '...'), ellipsisRank: term.hasEllipsis ? shape.length - named : -1 });
        for (const c of term.letters) {
            if (c === '...') {
                const r = shape.length - named;
                ellipsisShapes.push(shape.slice(axis, axis + r));
                axis += r;
                continue;
            }
            const d = shape[axis++];
            const prev = sizes.get(c);
            if (prev === undefined || prev === 1)
                sizes.set(c, d);
            else if (typeof prev === 'number' && typeof d === 'number' && d !== prev && d !== 1) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`einsum index '${c}' has size ${prev} in one operand and ${d} in operand ${i}`);
            }
            else if (typeof prev !== 'number' && typeof d === 'number' && d !== 1)
                sizes.set(c, d);
            counts.set(c, (counts.get(c) ?? 0) + 1);
        }
    });
    const ell = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .broadcastShapes */ .OR)(ellipsisShapes);
    ell.forEach((d, i) => sizes.set(`...${i}`, d));
    let outLetters;
    if (rhs !== undefined) {
        outLetters = parseTerm(rhs, 'output').letters;
        for (const c of outLetters) {
            if (c !== '...' && !sizes.has(c))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`einsum output index '${c}' appears in no operand`);
        }
    }
    else {
        outLetters = [...(ellipsisShapes.length ? ['...'] : []), ...[...counts].filter(([, n]) => n === 1).map(([c]) => c).sort()];
    }
    const out = [];
    const kept = new Set();
    for (const c of outLetters) {
        if (c === '...') {
            out.push(...ell);
            ell.forEach((_, i) => kept.add(`...${i}`));
        }
        else {
            out.push(sizes.get(c));
            kept.add(c);
        }
    }
    const reduces = [...sizes.keys()].some((c) => !kept.has(c));
    const operandIndices = perOperand.map(({ letters, ellipsisRank }) => new Set([
        ...letters, ...Array.from({ length: Math.max(ellipsisRank, 0) }, (_, j) => `...${ell.length - ellipsisRank + j}`),
    ]));
    return { out, sizes, operands: terms.length, reduces, operandIndices, outIndices: kept };
}
function einsumPairwiseCost(plan) {
    let macs = 0;
    let multiplies = 0;
    let running = new Set(plan.operandIndices[0]);
    for (let k = 1; k < plan.operands; k++) {
        const union = new Set([...running, ...plan.operandIndices[k]]);
        const later = new Set(plan.outIndices);
        for (let m = k + 1; m < plan.operands; m++)
            for (const c of plan.operandIndices[m])
                later.add(c);
        const kept = new Set([...union].filter((c) => later.has(c)));
        const points = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([...union].map((c) => plan.sizes.get(c)));
        if (kept.size < union.size)
            macs += points;
        else
            multiplies += points;
        running = kept;
    }
    return { macs, flops: 2 * macs + multiplies };
}
const einsum = {
    domain: '', opType: 'Einsum', since: 12,
    infer(ctx) {
        const n = ctx.node.inputs.length;
        if (n < 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('Einsum needs at least one input');
        const shapes = Array.from({ length: n }, (_, i) => ctx.shapeOf(i));
        const plan = einsumPlan(ctx.attrs.string('equation'), shapes);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: plan.out }] };
    },
    cost(ctx) {
        const shapes = Array.from({ length: ctx.node.inputs.length }, (_, i) => ctx.shapeOf(i));
        const plan = einsumPlan(ctx.attrs.string('equation'), shapes);
        if (plan.operands === 1) {
            return { macs: 0, flops: plan.reduces ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(shapes[0]) : 0 };
        }
        return einsumPairwiseCost(plan);
    },
    doc: {
        macs: 'contractions only, pairwise left to right ((A1 A2) A3 ...): each step that sums an index away counts the product of the sizes of the indices of both its operands; elementwise and outer-product steps (nothing summed, e.g. ij,ij->ij) 0; one operand: 0',
        flops: '2 * MACs + 1 per point of each step that sums nothing (a multiply per output element); one operand: one add per input element when an index is summed, else 0',
        peers: 'fvcore counts einsum by its optimized contraction path (the same as pairwise for two operands and for left-to-right chains); thop and ptflops do not count torch.einsum; onnx-tool counts the product of all index sizes, elementwise einsums included, as MACs.',
    },
};
function fusedOperand(shape, trans, transBatch, name) {
    if (shape.length === 1)
        return [...shape];
    const r = shape.length;
    if (transBatch && r < 3)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`transBatch${name} needs rank >= 3 (got ${r})`);
    const base = transBatch ? [...shape.slice(1, r - 1), shape[0], shape[r - 1]] : [...shape];
    if (trans)
        [base[r - 2], base[r - 1]] = [base[r - 1], base[r - 2]];
    return base;
}
function fusedMatMulDef(opType) {
    const shapeOf = (ctx) => matmulShape(fusedOperand(ctx.shapeOf(0), ctx.attrs.int('transA', 0) !== 0, ctx.attrs.int('transBatchA', 0) !== 0, 'A'), fusedOperand(ctx.shapeOf(1), ctx.attrs.int('transB', 0) !== 0, ctx.attrs.int('transBatchB', 0) !== 0, 'B'));
    return {
        domain: 'com.microsoft', opType, since: 1,
        infer: (ctx) => ({ outputs: [{ dtype: ctx.input(0).type.dtype, shape: shapeOf(ctx).out }] }),
        cost(ctx) {
            const macs = matmulMacs(shapeOf(ctx));
            return { macs, flops: 2 * macs };
        },
        doc: {
            macs: `${MATMUL_MACS}, after transA/transB (swap the last two axes) and transBatchA/transBatchB (move axis 0 before the last axis)`,
            flops: '2 * MACs (alpha folded into the product, not counted)',
            peers: 'an onnxruntime fusion of Transpose + MatMul; peers count the MatMul of the unfused graph the same way.',
        },
    };
}
const matMulNBits = {
    domain: 'com.microsoft', opType: 'MatMulNBits', since: 1,
    infer(ctx) {
        const a = ctx.shapeOf(0);
        const k = ctx.attrs.int('K'), n = ctx.attrs.int('N');
        const bits = ctx.attrs.int('bits', 4), blockSize = ctx.attrs.int('block_size');
        if (k < 1 || n < 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`K=${k} and N=${n} must be positive`);
        if (bits < 1 || bits > 8)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`bits=${bits} is not between 1 and 8`);
        if (blockSize < 16 || (blockSize & (blockSize - 1)) !== 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`block_size=${blockSize} must be a power of 2 and at least 16`);
        if (a.length < 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('input A must have rank >= 1');
        const ka = a[a.length - 1];
        if (typeof ka === 'number' && ka !== k)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`A's last dimension is ${ka} but attribute K is ${k}`);
        const b = ctx.inputs[1]?.type.shape;
        if (b && b.length === 3 && typeof b[0] === 'number' && b[0] !== n)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`B has ${b[0]} rows but attribute N is ${n}`);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [...a.slice(0, -1), n] }] };
    },
    cost(ctx, outs) {
        const a = ctx.shapeOf(0);
        const k = ctx.attrs.int('K'), n = ctx.attrs.int('N');
        const rows = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(a.slice(0, -1));
        const macs = rows * k * n;
        const dequant = 2 * k * n;
        const bias = present(ctx, 5) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) : 0;
        return { macs, flops: 2 * macs + dequant + bias };
    },
    doc: {
        macs: 'prod(A leading dims) * K * N (M * K * N)',
        flops: '2 * MACs + 2 * K * N (weight dequantization: zero-point subtract and scale multiply) + (bias present ? output elements : 0)',
        memory: 'reads A, the packed B as stored (uint8 [N, ceil(K / block_size), block_size * bits / 8]: bits/8 bytes per weight), the scales and zero points; writes the output',
        peers: 'onnx-tool counts M * K * N MACs and no dequantization; PyTorch peers see the float Linear layer.',
    },
};
const qOrderedMatMul = matmulLikeDef('com.microsoft', 'QOrderedMatMul', 1, {
    a: 0, b: 2, outDType: () => 'int8',
    epilogue: (ctx, s) => outElems(s) * (2 + (present(ctx, 5) ? 1 : 0) + (present(ctx, 6) ? 2 : 0)),
}, {
    macs: MATMUL_MACS,
    flops: '2 * MACs + per output element: 2 (requantize) + 1 if bias + 2 if C (scaled add)',
});
const matMulIntegerToFloat = matmulLikeDef('com.microsoft', 'MatMulIntegerToFloat', 1, {
    a: 0, b: 1, outDType: dtypeOf(2),
    epilogue: (ctx, s) => outElems(s) * (1 + (present(ctx, 6) ? 1 : 0)),
}, {
    macs: MATMUL_MACS,
    flops: '2 * MACs + 1 per output element (scale to float) + (bias present ? output elements : 0)',
});
const dynamicQuantizeMatMul = matmulLikeDef('com.microsoft', 'DynamicQuantizeMatMul', 1, {
    a: 0, b: 1, outDType: dtypeOf(0),
    epilogue: (ctx, s) => 4 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(ctx.shapeOf(0)) + outElems(s) * (1 + (present(ctx, 4) ? 1 : 0)),
}, {
    macs: MATMUL_MACS,
    flops: '2 * MACs + 4 per element of A (range scan and quantization) + 1 per output element (scale to float) + (bias present ? output elements : 0)',
});
const ops = [
    matMul,
    gemmDef(1, false),
    gemmDef(11, true),
    matMulInteger,
    qlinearMatMul,
    einsum,
    fusedMatMulDef('FusedMatMul'),
    fusedMatMulDef('TransposeMatMul'),
    fusedGemm,
    qGemm,
    matMulNBits,
    qOrderedMatMul,
    matMulIntegerToFloat,
    dynamicQuantizeMatMul,
];


/***/ }),

/***/ 7332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops),
/* harmony export */   resizeFlops: () => (/* binding */ resizeFlops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9202);



function parseMode(raw) {
    const m = raw.toLowerCase();
    if (m === 'nearest')
        return 'nearest';
    if (m === 'linear' || m === 'bilinear' || m === 'trilinear')
        return 'linear';
    if (m === 'cubic' || m === 'bicubic')
        return 'cubic';
    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`unknown interpolation mode '${raw}'`);
}
function tapsPerAxis(mode, scale, antialias) {
    if (mode === 'nearest')
        return 0;
    const base = mode === 'linear' ? 2 : 4;
    return antialias && scale < 1 ? base * Math.ceil(1 / scale) : base;
}
function resizeFlops(input, output, mode, antialias) {
    if (mode === 'nearest')
        return 0;
    let perOutput = 1;
    let changed = 0;
    input.forEach((d, i) => {
        const o = output[i];
        if (o === d)
            return;
        changed++;
        perOutput *= tapsPerAxis(mode, d === 0 ? 1 : o / d, antialias);
    });
    return changed === 0 ? 0 : perOutput * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(output);
}
const resizeDoc = {
    flops: 'nearest 0; linear 2^k and cubic 4^k per output element, k = axes whose size changes (bilinear 4, bicubic 16); antialias downscale widens an axis to 2*ceil(1/s) (linear) or 4*ceil(1/s) (cubic) taps',
    memory: 'input bytes + output bytes (+ the small roi/scales/sizes vectors)',
    peers: 'onnx-tool charges 4 (linear) or 8 (cubic) per output element; mmcv-style counters charge 1 per output element whatever the mode.',
};
function scaleDims(ctx, s, axes, scales, crop) {
    if (scales.length !== axes.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scales has ${scales.length} entries for ${axes.length} axes`);
    const out = [...s];
    axes.forEach((a, k) => {
        const sc = scales[k];
        if (!(sc > 0))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scale ${sc} must be positive`);
        const extent = crop?.[k] ?? 1;
        const d = s[a];
        if (typeof d === 'number')
            out[a] = Math.floor(d * extent * sc);
        else
            out[a] = sc === 1 && extent === 1 ? d : ctx.freshDim('resize');
    });
    return out;
}
function cropExtents(ctx, axes) {
    if (!ctx.inputs[1])
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('coordinate_transformation_mode tf_crop_and_resize needs the roi input');
    const roi = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.valueOf)(ctx, 1)?.data;
    if (!roi)
        return undefined;
    if (roi.length !== 2 * axes.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`roi has ${roi.length} entries, expected ${2 * axes.length} (start and end per axis)`);
    return axes.map((_, k) => {
        const extent = roi[axes.length + k] - roi[k];
        if (!(extent >= 0))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`roi end ${roi[axes.length + k]} is before start ${roi[k]} on axis ${axes[k]}`);
        return extent;
    });
}
function sizeDims(ctx, s, axes, sizes, policy) {
    if (sizes.length !== axes.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`sizes has ${sizes.length} entries for ${axes.length} axes`);
    const out = [...s];
    if (policy === 'stretch') {
        axes.forEach((a, k) => { out[a] = sizes[k]; });
        return out;
    }
    if (policy !== 'not_larger' && policy !== 'not_smaller')
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`unknown keep_aspect_ratio_policy '${policy}'`);
    const inDims = axes.map((a) => s[a]);
    if (!inDims.every((d) => typeof d === 'number')) {
        axes.forEach((a) => { out[a] = ctx.freshDim('resize'); });
        return out;
    }
    const ratios = axes.map((_, k) => sizes[k] / inDims[k]);
    const scale = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
    axes.forEach((a, k) => { out[a] = Math.round(scale * inDims[k]); });
    return out;
}
function given(ctx, i) {
    const x = ctx.inputs[i];
    if (!x)
        return false;
    const s = x.type.shape;
    return !(s && s.length === 1 && s[0] === 0);
}
function makeResize(since) {
    return {
        domain: '', opType: 'Resize', since, doc: resizeDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            parseMode(ctx.attrs.string('mode', 'nearest'));
            const r = s.length;
            const axes = since >= 18 && ctx.attrs.has('axes')
                ? ctx.attrs.ints('axes').map((a) => (a < 0 ? a + r : a))
                : s.map((_, i) => i);
            if (axes.some((a) => a < 0 || a >= r))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`axes [${ctx.attrs.ints('axes').join(',')}] out of range for rank ${r}`);
            const policy = since >= 18 ? ctx.attrs.string('keep_aspect_ratio_policy', 'stretch') : 'stretch';
            const scalesAt = since === 10 ? 1 : 2;
            let shape;
            if (since >= 11 && given(ctx, 3)) {
                const sizes = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.intsOf)(ctx, 3);
                shape = sizes ? sizeDims(ctx, s, axes, sizes, policy) : s.map((d, i) => (axes.includes(i) ? ctx.freshDim('resize') : d));
            }
            else if (given(ctx, scalesAt)) {
                const scales = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.valueOf)(ctx, scalesAt)?.data;
                const cropping = since >= 11 && ctx.attrs.string('coordinate_transformation_mode', 'half_pixel') === 'tf_crop_and_resize';
                const crop = cropping ? cropExtents(ctx, axes) : undefined;
                shape = scales && (!cropping || crop)
                    ? scaleDims(ctx, s, axes, scales, crop)
                    : s.map((d, i) => (axes.includes(i) ? ctx.freshDim('resize') : d));
            }
            else {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('Resize needs either scales or sizes');
            }
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape });
        },
        cost: (ctx, outputs) => {
            const mode = parseMode(ctx.attrs.string('mode', 'nearest'));
            const antialias = since >= 18 && ctx.attrs.int('antialias', 0) === 1;
            const out = outputs[0];
            if (mode === 'nearest')
                return _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC;
            return { macs: 0, flops: resizeFlops((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(ctx.shapeOf(0)), (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(out.shape ?? []), mode, antialias) };
        },
    };
}
function makeUpsample(since) {
    return {
        domain: '', opType: 'Upsample', since, doc: { ...resizeDoc, flops: `${resizeDoc.flops} (same table as Resize)` },
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            parseMode(ctx.attrs.string('mode', 'nearest'));
            const axes = s.map((_, i) => i);
            let scales;
            if (since < 9)
                scales = ctx.attrs.floats('scales');
            else {
                ctx.input(1);
                scales = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.valueOf)(ctx, 1)?.data;
            }
            const shape = scales ? scaleDims(ctx, s, axes, scales) : s.map(() => ctx.freshDim('upsample'));
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape });
        },
        cost: (ctx, outputs) => {
            const mode = parseMode(ctx.attrs.string('mode', 'nearest'));
            if (mode === 'nearest')
                return _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC;
            return { macs: 0, flops: resizeFlops((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(ctx.shapeOf(0)), (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(outputs[0].shape ?? []), mode, false) };
        },
    };
}
function makeGridSample(since) {
    return {
        domain: '', opType: 'GridSample', since,
        doc: {
            flops: 'nearest 0; linear 2^k, cubic 4^k per output element, k = spatial rank (bilinear 4); coordinate unnormalisation not counted',
            memory: 'input + grid + output bytes (the whole input is counted as read)',
        },
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            const g = ctx.shapeOf(1);
            parseMode(ctx.attrs.string('mode', since >= 20 ? 'linear' : 'bilinear'));
            const k = s.length - 2;
            if (k < 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input must be [N, C, spatial...], got [${s.join(',')}]`);
            if (since < 20 && k !== 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`GridSample-16 takes 4-D input, got rank ${s.length}`);
            if (g.length !== k + 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`grid must have rank ${k + 2}, got [${g.join(',')}]`);
            const last = g[g.length - 1];
            if (typeof last === 'number' && last !== k)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`grid last dim is ${last}, expected ${k}`);
            const shape = [s[0], s[1], ...g.slice(1, -1)];
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape });
        },
        cost: (ctx, outputs) => {
            const mode = parseMode(ctx.attrs.string('mode', since >= 20 ? 'linear' : 'bilinear'));
            if (mode === 'nearest')
                return _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC;
            const k = ctx.shapeOf(0).length - 2;
            const per = (mode === 'linear' ? 2 : 4) ** k;
            return { macs: 0, flops: per * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outputs[0].shape ?? []) };
        },
    };
}
const affineGridOp = {
    domain: '', opType: 'AffineGrid', since: 20,
    doc: {
        flops: '2*k^2 per grid point (k = 2 or 3: each of k coordinates is a k-term dot product plus the offset)',
        macs: '0: a small per-point transform, not one of the contraction ops',
    },
    infer: (ctx) => {
        const theta = ctx.input(0);
        const t = ctx.shapeOf(0);
        if (t.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`theta must be [N, k, k+1], got [${t.join(',')}]`);
        const sizeLen = ctx.input(1).type.shape?.[0];
        const size = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.intsOf)(ctx, 1);
        const n = size?.length ?? sizeLen;
        if (typeof n !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('the size input is unknown: the output rank cannot be inferred');
        if (n !== 4 && n !== 5)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`size must have 4 or 5 entries, got ${n}`);
        const k = n - 2;
        const spatial = size ? size.slice(2) : Array.from({ length: k }, () => ctx.freshDim('affine_grid'));
        const out = { dtype: theta.type.dtype, shape: [t[0], ...spatial, k] };
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)(out);
    },
    cost: (_ctx, outputs) => {
        const s = outputs[0].shape ?? [];
        const k = s.length - 2;
        const points = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(s.slice(0, -1));
        return { macs: 0, flops: 2 * k * k * points };
    },
};
const ops = [
    makeResize(10), makeResize(11), makeResize(13), makeResize(18), makeResize(19),
    makeUpsample(7), makeUpsample(9),
    makeGridSample(16), makeGridSample(20),
    affineGridOp,
];


/***/ }),

/***/ 9564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fftFlops: () => (/* binding */ fftFlops),
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(155);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9202);




function fftFlops(n) {
    return n <= 1 ? 0 : Math.ceil(5 * n * Math.log2(n));
}
const FFT_DOC = 'ceil(5 * N * log2(N)) per transform of length N (radix-2 FFT estimate), times the number of transforms';
function scalarInt(ctx, i, what) {
    const v = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, i);
    if (!v)
        return undefined;
    if (v.length !== 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${what} must be a scalar, has ${v.length} elements`);
    if (v[0] <= 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${what} must be positive, got ${v[0]}`);
    return v[0];
}
function dftAxis(ctx, rank) {
    let axis;
    if (ctx.opset >= 20) {
        const a = ctx.inputs[2] ? (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, 2) : [-2];
        if (!a)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('the axis input is not a known constant');
        axis = a[0];
    }
    else {
        axis = ctx.attrs.int('axis', 1);
    }
    const ax = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(axis, rank);
    if (ax === rank - 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`axis ${axis} is the real/imaginary dim, not a signal dim`);
    return ax;
}
function makeDft(since) {
    return {
        domain: '', opType: 'DFT', since,
        doc: { flops: FFT_DOC, peers: 'thop, fvcore and ptflops do not count FFTs; onnx-tool has no DFT' },
        infer(ctx) {
            const x = ctx.shapeOf(0);
            if (x.length < 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`input must have rank >= 2 (signal dims + a last dim of 1 or 2), got ${x.length}`);
            const last = x[x.length - 1];
            if (typeof last === 'number' && last !== 1 && last !== 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`the last dim must be 1 (real) or 2 (complex), got ${last}`);
            const axis = dftAxis(ctx, x.length);
            const onesided = ctx.attrs.int('onesided', 0) !== 0;
            const given = ctx.inputs[1] ? scalarInt(ctx, 1, 'dft_length') : undefined;
            if (ctx.inputs[1] && given === undefined) {
                const out = [...x];
                out[axis] = ctx.freshDim('dft_length');
                out[out.length - 1] = 2;
                return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: ctx.input(0).type.dtype, shape: out });
            }
            const n = given ?? x[axis];
            const out = [...x];
            out[axis] = onesided ? (typeof n === 'number' ? Math.floor(n / 2) + 1 : ctx.freshDim('dft_bins')) : n;
            out[out.length - 1] = 2;
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: ctx.input(0).type.dtype, shape: out });
        },
        cost(ctx) {
            const x = ctx.shapeOf(0);
            const axis = dftAxis(ctx, x.length);
            const n = (ctx.inputs[1] ? scalarInt(ctx, 1, 'dft_length') : undefined) ?? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)([x[axis]]);
            const transforms = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(x.filter((_, i) => i !== axis && i !== x.length - 1));
            return { macs: 0, flops: transforms * fftFlops(n) };
        },
    };
}
const stftOp = {
    domain: '', opType: 'STFT', since: 17,
    doc: {
        flops: `${FFT_DOC} (one transform of frame_length per frame and batch) + 1 per windowed sample when a window is given`,
        peers: 'thop, fvcore and ptflops do not count STFTs',
    },
    infer(ctx) {
        const s = ctx.shapeOf(0);
        if (s.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`signal must be [batch, signal_length, 1 or 2], got rank ${s.length}`);
        const step = scalarInt(ctx, 1, 'frame_step');
        const window = ctx.inputs[2]?.type.shape;
        const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, 'frame_length') : undefined)
            ?? (window && window.length === 1 && typeof window[0] === 'number' ? window[0] : undefined);
        const onesided = ctx.attrs.int('onesided', 1) !== 0;
        const len = s[1];
        let frames = ctx.freshDim('stft_frames');
        if (step !== undefined && frameLen !== undefined && typeof len === 'number') {
            if (frameLen > len)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`frame_length ${frameLen} is longer than the signal (${len})`);
            frames = Math.floor((len - frameLen) / step) + 1;
        }
        const bins = frameLen === undefined ? ctx.freshDim('stft_bins') : onesided ? Math.floor(frameLen / 2) + 1 : frameLen;
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: ctx.input(0).type.dtype, shape: [s[0], frames, bins, 2] });
    },
    cost(ctx, outputs) {
        const out = outputs[0].shape;
        const window = ctx.inputs[2]?.type.shape;
        const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, 'frame_length') : undefined) ?? window?.[0];
        if (typeof frameLen !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UnresolvedDimError */ .g8(typeof frameLen === 'string' ? frameLen : 'frame_length');
        const perFrames = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)([out[0], out[1]]);
        return { macs: 0, flops: perFrames * (fftFlops(frameLen) + (ctx.inputs[2] ? frameLen : 0)) };
    },
};
function makeWindow(opType, perElem, doc) {
    return {
        domain: '', opType, since: 17, doc,
        infer(ctx) {
            const size = scalarInt(ctx, 0, 'size');
            const dtype = (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeFromOnnx */ .WQ)(ctx.attrs.int('output_datatype', 1));
            if (!dtype)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int('output_datatype')})`);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype, shape: [size ?? ctx.freshDim('window_size')] });
        },
        cost: (_ctx, outputs) => ({ macs: 0, flops: perElem * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(outputs[0].shape) }),
    };
}
const melOp = {
    domain: '', opType: 'MelWeightMatrix', since: 17,
    doc: { flops: '1 per output element (one triangular filter weight each; the few per-bin Hz/mel conversions are not counted)' },
    infer(ctx) {
        for (let i = 0; i < 5; i++)
            ctx.input(i);
        const bins = scalarInt(ctx, 0, 'num_mel_bins');
        const dftLen = scalarInt(ctx, 1, 'dft_length');
        const dtype = (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeFromOnnx */ .WQ)(ctx.attrs.int('output_datatype', 1));
        if (!dtype)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int('output_datatype')})`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({
            dtype,
            shape: [dftLen !== undefined ? Math.floor(dftLen / 2) + 1 : ctx.freshDim('mel_dft_bins'), bins ?? ctx.freshDim('num_mel_bins')],
        });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(outputs[0].shape) }),
};
const ops = [
    makeDft(17), makeDft(20),
    stftOp,
    makeWindow('HannWindow', 4, { flops: '4 per element (one cosine + 3 arithmetic)' }),
    makeWindow('HammingWindow', 4, { flops: '4 per element (one cosine + 3 arithmetic)' }),
    makeWindow('BlackmanWindow', 7, { flops: '7 per element (two cosines + 5 arithmetic)' }),
    melOp,
];


/***/ }),

/***/ 7290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ops: () => (/* binding */ ops)
});

// EXTERNAL MODULE: ./build/src/shapes/types.js
var types = __webpack_require__(2433);
// EXTERNAL MODULE: ./build/src/shapes/exact.js
var shapes_exact = __webpack_require__(2927);
;// CONCATENATED MODULE: ./build/src/ops/tflite-while-trips.js
const COMPARES = ['LESS', 'LESS_EQUAL', 'GREATER', 'GREATER_EQUAL', 'NOT_EQUAL'];
const SWAPPED = {
    LESS: 'GREATER', LESS_EQUAL: 'GREATER_EQUAL', GREATER: 'LESS', GREATER_EQUAL: 'LESS_EQUAL', NOT_EQUAL: 'NOT_EQUAL',
};
const SYMBOL = { LESS: '<', LESS_EQUAL: '<=', GREATER: '>', GREATER_EQUAL: '>=', NOT_EQUAL: '!=' };
function producer(g, name) {
    return g.nodes.find((n) => n.outputs.includes(name));
}
function scalarOf(v) {
    const data = v && ('data' in v ? v.data : v.values);
    if (!data || data.length !== 1 || !Number.isSafeInteger(data[0]))
        return undefined;
    return BigInt(data[0]);
}
function fusedNone(n) {
    const a = n.attributes.get('fused_activation_function');
    return !a || (a.type === 'string' && a.value === 'NONE');
}
function ceilDiv(a, b) {
    return a >= 0n ? (a + b - 1n) / b : -(-a / b);
}
function countTrips(op, start, limit, step) {
    switch (op) {
        case 'LESS':
            if (start >= limit)
                return 0n;
            return step > 0n ? ceilDiv(limit - start, step) : undefined;
        case 'LESS_EQUAL':
            if (start > limit)
                return 0n;
            return step > 0n ? (limit - start) / step + 1n : undefined;
        case 'GREATER':
            if (start <= limit)
                return 0n;
            return step < 0n ? ceilDiv(start - limit, -step) : undefined;
        case 'GREATER_EQUAL':
            if (start < limit)
                return 0n;
            return step < 0n ? (start - limit) / -step + 1n : undefined;
        case 'NOT_EQUAL': {
            if (start === limit)
                return 0n;
            const d = limit - start;
            return step !== 0n && d % step === 0n && d / step > 0n ? d / step : undefined;
        }
    }
}
function whileTrips(cond, body, initial) {
    const no = (why) => ({ trips: undefined, why });
    const out = cond.outputs[0];
    const test = out && producer(cond, out.name);
    if (!test || !COMPARES.includes(test.opType) || test.inputs.length !== 2) {
        return no('the condition is not a comparison of a counter with a limit');
    }
    const carriedIndex = (name) => cond.inputs.findIndex((v) => v.name === name);
    const invariant = (k) => body.inputs[k] !== undefined && body.outputs[k]?.name === body.inputs[k].name;
    const limitOf = (name) => {
        const k = carriedIndex(name);
        if (k >= 0)
            return invariant(k) ? scalarOf(initial[k]) : undefined;
        return scalarOf(cond.initializers.get(name));
    };
    let op = test.opType;
    let counter = carriedIndex(test.inputs[0]);
    let limit = counter >= 0 && !invariant(counter) ? limitOf(test.inputs[1]) : undefined;
    if (limit === undefined) {
        counter = carriedIndex(test.inputs[1]);
        limit = counter >= 0 && !invariant(counter) ? limitOf(test.inputs[0]) : undefined;
        op = SWAPPED[op];
    }
    if (limit === undefined || counter < 0)
        return no('the condition does not compare a loop-carried counter with a known limit');
    const start = scalarOf(initial[counter]);
    if (start === undefined)
        return no('the counter\'s initial value is not a known constant');
    const next = body.outputs[counter];
    const update = next && producer(body, next.name);
    const counterIn = body.inputs[counter]?.name;
    if (!update || (update.opType !== 'ADD' && update.opType !== 'SUB') || update.inputs.length !== 2 || !fusedNone(update) || counterIn === undefined) {
        return no('the body does not add a constant step to the counter');
    }
    const stepOf = (name) => scalarOf(body.initializers.get(name));
    let step;
    if (update.inputs[0] === counterIn)
        step = stepOf(update.inputs[1]);
    else if (update.opType === 'ADD' && update.inputs[1] === counterIn)
        step = stepOf(update.inputs[0]);
    if (step === undefined)
        return no('the body does not add a constant step to the counter');
    if (update.opType === 'SUB')
        step = -step;
    const trips = countTrips(op, start, limit, step);
    const how = `counter from ${start}, while ${SYMBOL[op]} ${limit}, step ${step}`;
    return trips === undefined ? no(`${how} never ends`) : { trips, how };
}

// EXTERNAL MODULE: ./build/src/ops/control-flow.js
var control_flow = __webpack_require__(2664);
;// CONCATENATED MODULE: ./build/src/ops/tflite-control.js




const pending = new WeakMap();
function takeCost(ctx) {
    const c = pending.get(ctx);
    if (!c)
        throw new types/* OpError */.mC('control-flow cost asked before its subgraphs ran');
    return c;
}
function subgraphOf(ctx, name) {
    const g = ctx.attrs.graph(name);
    if (!g)
        throw new types/* OpError */.mC(`the ${name} subgraph is missing`);
    return g;
}
const inputTypes = (ctx, from = 0) => ctx.inputs.slice(from).map((x) => x?.type);
const inputValues = (ctx, from = 0) => ctx.inputs.slice(from).map((x) => x?.value);
const whileOp = {
    opType: 'WHILE',
    runsSubgraphs: true,
    shape(ctx) {
        const condGraph = subgraphOf(ctx, 'cond'), bodyGraph = subgraphOf(ctx, 'body');
        if (bodyGraph.outputs.length !== ctx.inputs.length) {
            throw new types/* OpError */.mC(`the body gives ${bodyGraph.outputs.length} outputs for ${ctx.inputs.length} loop-carried values`);
        }
        const cond = ctx.subgraph(condGraph, inputTypes(ctx), inputValues(ctx));
        const body = ctx.subgraph(bodyGraph, inputTypes(ctx), inputValues(ctx));
        const condExact = cond.exact ?? (0,shapes_exact/* exactOf */.LN)(cond.cost), bodyExact = body.exact ?? (0,shapes_exact/* exactOf */.LN)(body.cost);
        const trips = whileTrips(condGraph, bodyGraph, inputValues(ctx));
        const inner = body.lowerBound ?? cond.lowerBound;
        if (trips.trips === undefined) {
            const exact = (0,shapes_exact/* addExact */.jA)(condExact, bodyExact);
            pending.set(ctx, {
                ...(0,shapes_exact/* numbersOf */.cZ)(exact), exact, lowerBound: 'WHILE trip count unknown',
                note: `trip count unknown (${trips.why}): cost of one iteration (condition + body)`,
            });
        }
        else {
            const n = trips.trips;
            const changed = n > 1n
                ? (0,control_flow.carriedShapeChange)(inputTypes(ctx), body.outputs, bodyGraph.outputs.map((o) => o.name), 'loop-carried value')
                : undefined;
            const once = changed !== undefined && !changed.grows;
            const exact = once ? (0,shapes_exact/* addExact */.jA)(condExact, bodyExact) : (0,shapes_exact/* addExact */.jA)((0,shapes_exact/* scaleExact */.op)(condExact, n + 1n), (0,shapes_exact/* scaleExact */.op)(bodyExact, n));
            const lowerBound = (0,control_flow.joinReasons)(inner, changed && `${changed.reason}: ${changed.grows ? 'the cost of the first iteration times their number' : 'the cost of one iteration (condition + body)'}`);
            pending.set(ctx, {
                ...(0,shapes_exact/* numbersOf */.cZ)(exact), exact, note: `${n} iteration${n === 1n ? '' : 's'} (${trips.how})`,
                ...(lowerBound ? { lowerBound } : {}),
            });
        }
        return ctx.inputs.map((x, i) => {
            const b = body.outputs[i];
            return x && b?.shape && x.type.shape && b.shape.length === x.type.shape.length && b.shape.every((d, k) => d === x.type.shape[k]) ? x.type : undefined;
        });
    },
    cost: (ctx) => takeCost(ctx),
    doc: {
        flops: 'body x trips + condition x (trips + 1), where the condition compares a loop-carried counter (LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, NOT_EQUAL) with a constant and the body adds a constant step to it; otherwise condition + body of one iteration, marked as a lower bound (TFLite stores no trip count); a lower bound too when the body hands a loop-carried value back in another shape, as ONNX Loop (profiled at the starting shapes: first iteration x trips when carried values only grow, condition + body once otherwise)',
        macs: 'body MACs x trips (one iteration when the trip count is not derived)',
        memory: 'body x trips + condition x (trips + 1) memory access (one iteration when the trip count is not derived)',
    },
};
const ifOp = {
    opType: 'IF',
    runsSubgraphs: true,
    shape(ctx) {
        const cond = ctx.input(0).value;
        const run = (name) => ctx.subgraph(subgraphOf(ctx, name), inputTypes(ctx, 1), inputValues(ctx, 1));
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
function callOp(opType, attr) {
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
const controlOps = [whileOp, ifOp, callOp('CALL_ONCE', 'init'), callOp('CALL', 'subgraph')];

// EXTERNAL MODULE: ./build/src/shapes/util.js
var util = __webpack_require__(1062);
;// CONCATENATED MODULE: ./build/src/ops/tflite-common.js


const TFLITE = 'tflite';
const OUTPUT_TYPES = 'output_types';
function storedOutputs(ctx) {
    const a = ctx.node.attributes.get(OUTPUT_TYPES);
    return a?.type === 'type_protos' ? a.value : [];
}
function isStatic(shape) {
    return shape !== undefined && shape.every((d) => typeof d === 'number');
}
function resolveOutputs(ctx, shape) {
    const stored = storedOutputs(ctx);
    const n = ctx.node.outputs.length;
    let inferred;
    let inferError;
    const infer = () => {
        if (inferred === undefined && inferError === undefined && shape) {
            try {
                inferred = shape(ctx);
            }
            catch (e) {
                if (!(e instanceof types/* OpError */.mC) && !(e instanceof types/* UnresolvedDimError */.g8))
                    throw e;
                inferError = e;
            }
        }
        return inferred;
    };
    const out = [];
    for (let i = 0; i < n; i++) {
        const vi = stored[i];
        if (vi && isStatic(vi.shape)) {
            out.push({ dtype: vi.dtype, shape: vi.shape });
            continue;
        }
        const guess = infer()?.[i];
        if (!vi?.shape && !guess?.shape && inferError)
            throw inferError;
        const rankFrom = vi?.shape ?? guess?.shape;
        const shapeOut = rankFrom?.map((d, k) => {
            if (typeof d === 'number')
                return d;
            const g = guess?.shape && guess.shape.length === rankFrom.length ? guess.shape[k] : undefined;
            if (g !== undefined)
                return g;
            return ctx.freshDim(`${ctx.node.name}:${k}`);
        });
        out.push({ dtype: vi?.dtype ?? guess?.dtype, shape: shapeOut });
    }
    return out;
}
function tflOp(op) {
    return {
        domain: TFLITE,
        opType: op.opType,
        since: 1,
        infer(ctx) {
            let shape = op.shape;
            if (op.runsSubgraphs && shape) {
                const ran = shape(ctx);
                shape = () => ran;
            }
            const outputs = resolveOutputs(ctx, shape);
            const values = op.fold?.(ctx, outputs);
            return values ? { outputs, values } : { outputs };
        },
        cost: op.cost,
        doc: op.doc,
        ...(op.movesData !== undefined ? { movesData: op.movesData } : {}),
    };
}
function activationFlops(ctx, outputElements) {
    if (!ctx.attrs.has('fused_activation_function'))
        return 0;
    return ctx.attrs.string('fused_activation_function') === 'NONE' ? 0 : outputElements;
}
const FUSED_ACT_DOC = '+1 per output element for a fused activation (RELU, RELU6, RELU_N1_TO_1, TANH, SIGN_BIT)';
function outElems(outputs, i = 0) {
    const t = outputs[i];
    if (!t)
        throw new types/* OpError */.mC(`output ${i} is missing`);
    return (0,util/* elementsOf */.ZE)(t);
}
function inElems(ctx, i) {
    return (0,util/* elementsOf */.ZE)(ctx.input(i).type);
}
function intsOf(ctx, i) {
    const v = ctx.inputs[i]?.value;
    return v ? [...v.data] : undefined;
}
function same(ctx, i = 0) {
    const x = ctx.input(i);
    return { dtype: x.type.dtype, shape: x.type.shape };
}

// EXTERNAL MODULE: ./build/src/ops/indexing.js
var indexing = __webpack_require__(6360);
;// CONCATENATED MODULE: ./build/src/ops/tflite-shapes.js




function knownInts(ctx, i, what) {
    const v = intsOf(ctx, i);
    if (!v)
        throw new types/* OpError */.mC(`${what} is not a known constant`);
    return v;
}
function mulDim(ctx, a, b, hint) {
    return typeof a === 'number' ? a * b : ctx.freshDim(`${ctx.node.name}:${hint}`);
}
const bit = (mask, i) => ((mask >>> i) & 1) === 1;
const FAR = 2 ** 31;
const stridedSlice = (ctx) => {
    const x = ctx.shapeOf(0);
    const begin = knownInts(ctx, 1, 'begin'), end = knownInts(ctx, 2, 'end');
    const strides = ctx.inputs[3] ? knownInts(ctx, 3, 'strides') : begin.map(() => 1);
    const n = begin.length;
    if (end.length !== n || strides.length !== n)
        throw new types/* OpError */.mC(`begin, end and strides have ${n}, ${end.length} and ${strides.length} entries`);
    const m = (k) => ctx.attrs.int(k, 0);
    const [bm, em, ellipsis, newAxis, shrink] = ['begin_mask', 'end_mask', 'ellipsis_mask', 'new_axis_mask', 'shrink_axis_mask'].map(m);
    const offset = ctx.attrs.int('offset', 0) !== 0;
    let named = 0;
    for (let i = 0; i < n; i++)
        if (!bit(ellipsis, i) && !bit(newAxis, i))
            named++;
    if (named > x.length)
        throw new types/* OpError */.mC(`the slice names ${named} axes of a rank-${x.length} input`);
    const out = [];
    let axis = 0;
    let sawEllipsis = false;
    for (let i = 0; i < n; i++) {
        if (bit(ellipsis, i)) {
            if (sawEllipsis)
                throw new types/* OpError */.mC('ellipsis_mask has more than one bit set');
            sawEllipsis = true;
            for (const stop = axis + x.length - named; axis < stop; axis++)
                out.push(x[axis]);
            continue;
        }
        if (bit(newAxis, i)) {
            out.push(1);
            continue;
        }
        const d = x[axis++];
        if (bit(shrink, i))
            continue;
        const step = strides[i];
        if (step === 0)
            throw new types/* OpError */.mC(`stride ${i} is 0`);
        if (bit(bm, i) && bit(em, i) && step === 1) {
            out.push(d);
            continue;
        }
        if (typeof d !== 'number') {
            out.push(ctx.freshDim(`${ctx.node.name}:slice`));
            continue;
        }
        const b = bit(bm, i) ? (step > 0 ? 0 : FAR) : begin[i];
        const e = bit(em, i) ? (step > 0 ? FAR : -FAR) : offset ? begin[i] + end[i] : end[i];
        out.push((0,indexing.sliceRange)(d, b, e, step).len);
    }
    out.push(...x.slice(axis));
    return [{ dtype: undefined, shape: out }];
};
const gatherNd = (ctx) => {
    const params = ctx.shapeOf(0), idx = ctx.shapeOf(1);
    const k = idx[idx.length - 1];
    if (typeof k !== 'number')
        throw new types/* OpError */.mC('the index depth (last dim of indices) is not known');
    if (k > params.length)
        throw new types/* OpError */.mC(`indices of depth ${k} into a rank-${params.length} input`);
    return [{ dtype: undefined, shape: [...idx.slice(0, -1), ...params.slice(k)] }];
};
function blockSpec(ctx, x, what) {
    const block = knownInts(ctx, 1, 'block_shape');
    const pads = knownInts(ctx, 2, what);
    if (block.length < 1 || block.length + 1 > x.length || pads.length !== 2 * block.length || block.some((b) => b < 1)) {
        throw new types/* OpError */.mC(`block_shape [${block.join(',')}] and ${what} (${pads.length} values) do not fit a rank-${x.length} input`);
    }
    return { block, pads };
}
const spaceToBatch = (ctx) => {
    const x = ctx.shapeOf(0);
    const { block, pads } = blockSpec(ctx, x, 'paddings');
    const out = [mulDim(ctx, x[0], block.reduce((a, b) => a * b, 1), 'batch')];
    block.forEach((b, i) => {
        const d = x[i + 1];
        if (typeof d !== 'number')
            return out.push(ctx.freshDim(`${ctx.node.name}:space`));
        const padded = d + pads[2 * i] + pads[2 * i + 1];
        if (padded % b !== 0)
            throw new types/* OpError */.mC(`padded axis ${i + 1} (${padded}) does not divide by block ${b}`);
        return out.push(padded / b);
    });
    out.push(...x.slice(block.length + 1));
    return [{ dtype: undefined, shape: out }];
};
const batchToSpace = (ctx) => {
    const x = ctx.shapeOf(0);
    const { block, pads: crops } = blockSpec(ctx, x, 'crops');
    const prod = block.reduce((a, b) => a * b, 1);
    const n = x[0];
    if (typeof n === 'number' && n % prod !== 0)
        throw new types/* OpError */.mC(`batch ${n} does not divide by the block size ${prod}`);
    const out = [typeof n === 'number' ? n / prod : ctx.freshDim(`${ctx.node.name}:batch`)];
    block.forEach((b, i) => {
        const d = x[i + 1];
        out.push(typeof d === 'number' ? d * b - crops[2 * i] - crops[2 * i + 1] : ctx.freshDim(`${ctx.node.name}:space`));
    });
    out.push(...x.slice(block.length + 1));
    return [{ dtype: undefined, shape: out }];
};
function leadingDimsOf(input = 0) {
    return (ctx) => {
        const x = ctx.shapeOf(input);
        return storedOutputs(ctx).map((vi) => {
            const rank = vi.shape?.length;
            if (rank === undefined || rank < 1 || rank > x.length)
                return undefined;
            return { dtype: undefined, shape: [...x.slice(0, rank - 1), vi.shape[rank - 1] ?? ctx.freshDim(`${ctx.node.name}:last`)] };
        });
    };
}
const oneHot = (ctx) => {
    const idx = ctx.shapeOf(0);
    const depth = knownInts(ctx, 1, 'depth')[0];
    if (depth === undefined || depth < 0)
        throw new types/* OpError */.mC('depth is not a non-negative constant');
    const a = ctx.attrs.int('axis', -1);
    const axis = a === -1 ? idx.length : (0,util/* normalizeAxis */.Ni)(a, idx.length + 1);
    return [{ dtype: undefined, shape: [...idx.slice(0, axis), depth, ...idx.slice(axis)] }];
};
const topK = (ctx) => {
    const x = ctx.shapeOf(0);
    const k = knownInts(ctx, 1, 'k')[0];
    if (k === undefined || k < 0)
        throw new types/* OpError */.mC('k is not a non-negative constant');
    const out = { dtype: undefined, shape: [...x.slice(0, -1), k] };
    return [out, out];
};
const matrixDiag = (ctx) => {
    const x = ctx.shapeOf(0);
    if (x.length < 1)
        throw new types/* OpError */.mC('the diagonal has rank 0');
    return [{ dtype: undefined, shape: [...x, x[x.length - 1]] }];
};
const range = (ctx) => {
    const [s, l, d] = [0, 1, 2].map((i) => knownInts(ctx, i, ['start', 'limit', 'delta'][i])[0]);
    if (s === undefined || l === undefined || !d)
        throw new types/* OpError */.mC('start, limit and delta are not known non-zero constants');
    return [{ dtype: undefined, shape: [Math.max(0, Math.ceil((l - s) / d))] }];
};
const unsortedSegment = (ctx) => {
    const data = ctx.shapeOf(0), ids = ctx.shapeOf(1);
    const n = knownInts(ctx, 2, 'num_segments')[0];
    if (n === undefined || n < 0)
        throw new types/* OpError */.mC('num_segments is not a non-negative constant');
    return [{ dtype: undefined, shape: [n, ...data.slice(ids.length)] }];
};

// EXTERNAL MODULE: ./build/src/ops/window.js
var ops_window = __webpack_require__(2500);
// EXTERNAL MODULE: ./build/src/ops/matmul.js
var matmul = __webpack_require__(9088);
// EXTERNAL MODULE: ./build/src/ops/resize.js
var resize = __webpack_require__(7332);
;// CONCATENATED MODULE: ./build/src/ops/tflite-nn.js







const CONV_PEERS = 'tflite-micro and TensorFlow\'s profiler count the same taps (as 2 * MACs FLOPs); scripts that walk only CONV_2D miss depthwise, transpose and fully-connected layers';
function padding(ctx) {
    const p = ctx.attrs.string('padding', 'SAME');
    if (p !== 'SAME' && p !== 'VALID')
        throw new types/* OpError */.mC(`padding '${p}' is not SAME or VALID`);
    return p === 'SAME' ? 'SAME_UPPER' : 'VALID';
}
function positive(ctx, name, def) {
    const v = ctx.attrs.int(name, def);
    if (!Number.isInteger(v) || v < 1)
        throw new types/* OpError */.mC(`${name} is ${v}; it must be a positive integer`);
    return v;
}
function tflite_nn_window(ctx, kernel, axes, dilated) {
    return {
        kernel,
        strides: axes.map((a) => positive(ctx, `stride_${a}`, 1)),
        dilations: axes.map((a) => (dilated ? positive(ctx, `dilation_${a}_factor`, 1) : 1)),
        pads: new Array(2 * axes.length).fill(0),
        autoPad: padding(ctx),
        ceilMode: false,
    };
}
function spatialKernel(shape, from, n, what) {
    const k = shape.slice(from, from + n);
    if (k.length !== n)
        throw new types/* OpError */.mC(`${what} has rank ${shape.length}; expected at least ${from + n}`);
    return k.map((d) => {
        if (typeof d !== 'number')
            throw new types/* OpError */.mC(`${what} has a symbolic kernel dim '${d}'`);
        if (d < 1)
            throw new types/* OpError */.mC(`${what} has kernel dim ${d}`);
        return d;
    });
}
function rankOf(ctx, i, rank, what) {
    const s = ctx.shapeOf(i);
    if (s.length !== rank)
        throw new types/* OpError */.mC(`${what} has rank ${s.length}; expected ${rank}`);
    return s;
}
function epilogue(ctx, biasInput, outputs) {
    const n = outElems(outputs);
    return (ctx.inputs[biasInput] ? n : 0) + activationFlops(ctx, n);
}
function conv2dShape(coutAxis) {
    return (ctx) => {
        const x = rankOf(ctx, 0, 4, 'input'), w = rankOf(ctx, 1, 4, 'filter');
        const win = tflite_nn_window(ctx, spatialKernel(w, 1, 2, 'filter'), ['h', 'w'], true);
        return [{ dtype: undefined, shape: [x[0], (0,ops_window/* windowOutDim */.PA)(x[1], 0, win), (0,ops_window/* windowOutDim */.PA)(x[2], 1, win), w[coutAxis]] }];
    };
}
const conv2d = {
    opType: 'CONV_2D',
    shape: conv2dShape(0),
    cost(ctx, outputs) {
        const w = (0,util/* concrete */.Kj)(rankOf(ctx, 1, 4, 'filter'));
        const out = (0,util/* concrete */.Kj)(outputs[0].shape ?? []);
        if (out.length !== 4)
            throw new types/* OpError */.mC(`output has rank ${out.length}; expected 4`);
        if (out[3] !== w[0])
            throw new types/* OpError */.mC(`output has ${out[3]} channels but the filter has ${w[0]}`);
        const cin = (0,util/* concrete */.Kj)(rankOf(ctx, 0, 4, 'input'))[3];
        if (cin % w[3] !== 0)
            throw new types/* OpError */.mC(`input channels ${cin} are not a multiple of the filter's ${w[3]}`);
        const macs = (0,util/* numel */.uN)(out) * w[1] * w[2] * w[3];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
    },
    doc: {
        macs: 'N * Ho * Wo * Cout * Kh * Kw * Cin/groups (filter [Cout, Kh, Kw, Cin/groups])',
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: CONV_PEERS,
    },
};
const depthwise = {
    opType: 'DEPTHWISE_CONV_2D',
    shape: conv2dShape(3),
    cost(ctx, outputs) {
        const w = (0,util/* concrete */.Kj)(rankOf(ctx, 1, 4, 'filter'));
        const out = (0,util/* concrete */.Kj)(outputs[0].shape ?? []);
        if (out.length !== 4 || out[3] !== w[3])
            throw new types/* OpError */.mC(`output [${out.join(',')}] does not match the filter's ${w[3]} channels`);
        const cin = (0,util/* concrete */.Kj)(rankOf(ctx, 0, 4, 'input'))[3];
        if (w[3] % cin !== 0)
            throw new types/* OpError */.mC(`filter channels ${w[3]} are not a multiple of the input's ${cin}`);
        const macs = (0,util/* numel */.uN)(out) * w[1] * w[2];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
    },
    doc: {
        macs: 'N * Ho * Wo * Cout * Kh * Kw, Cout = Cin * depth_multiplier (filter [1, Kh, Kw, Cout])',
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: CONV_PEERS,
    },
};
const transposeConv = {
    opType: 'TRANSPOSE_CONV',
    shape(ctx) {
        const dims = intsOf(ctx, 0);
        if (!dims || dims.length !== 4)
            throw new types/* OpError */.mC('output_shape is not a known 4-element constant');
        return [{ dtype: undefined, shape: dims }];
    },
    cost(ctx, outputs) {
        const w = (0,util/* concrete */.Kj)(rankOf(ctx, 1, 4, 'filter'));
        const x = (0,util/* concrete */.Kj)(rankOf(ctx, 2, 4, 'input'));
        if (x[3] !== w[3])
            throw new types/* OpError */.mC(`input has ${x[3]} channels but the filter expects ${w[3]}`);
        const macs = (0,util/* numel */.uN)(x) * w[0] * w[1] * w[2];
        return { macs, flops: 2 * macs + epilogue(ctx, 3, outputs) };
    },
    doc: {
        macs: 'N * H * W * Cin * Kh * Kw * Cout (input [N, H, W, Cin], filter [Cout, Kh, Kw, Cin])',
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: CONV_PEERS,
    },
};
const conv3d = {
    opType: 'CONV_3D',
    shape(ctx) {
        const x = rankOf(ctx, 0, 5, 'input'), w = rankOf(ctx, 1, 5, 'filter');
        const win = tflite_nn_window(ctx, spatialKernel(w, 0, 3, 'filter'), ['d', 'h', 'w'], true);
        return [{ dtype: undefined, shape: [x[0], ...[1, 2, 3].map((a, k) => (0,ops_window/* windowOutDim */.PA)(x[a], k, win)), w[4]] }];
    },
    cost(ctx, outputs) {
        const w = (0,util/* concrete */.Kj)(rankOf(ctx, 1, 5, 'filter'));
        const macs = outElems(outputs) * w[0] * w[1] * w[2] * w[3];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
    },
    doc: {
        macs: 'N * Do * Ho * Wo * Cout * Kd * Kh * Kw * Cin (filter [Kd, Kh, Kw, Cin, Cout])',
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
    },
};
const conv3dTranspose = {
    opType: 'CONV_3D_TRANSPOSE',
    shape: transposeConv.shape,
    cost(ctx, outputs) {
        const w = (0,util/* concrete */.Kj)(rankOf(ctx, 1, 5, 'filter'));
        const macs = inElems(ctx, 2) * w[0] * w[1] * w[2] * w[3];
        return { macs, flops: 2 * macs + epilogue(ctx, 3, outputs) };
    },
    doc: {
        macs: 'N * D * H * W * Cin * Kd * Kh * Kw * Cout (filter [Kd, Kh, Kw, Cout, Cin])',
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
    },
};
const fullyConnected = {
    opType: 'FULLY_CONNECTED',
    shape(ctx) {
        const x = ctx.shapeOf(0), w = rankOf(ctx, 1, 2, 'weights');
        if (ctx.attrs.int('keep_num_dims', 0))
            return [{ dtype: undefined, shape: [...x.slice(0, -1), w[0]] }];
        if (x.length === 2)
            return [{ dtype: undefined, shape: [x[0], w[0]] }];
        const k = w[1];
        const m = typeof k === 'number' && x.every((d) => typeof d === 'number') ? (0,util/* numel */.uN)(x) / k : ctx.freshDim(`${ctx.node.name}:rows`);
        return [{ dtype: undefined, shape: [m, w[0]] }];
    },
    cost(ctx, outputs) {
        const w = (0,util/* concrete */.Kj)(rankOf(ctx, 1, 2, 'weights'));
        const n = inElems(ctx, 0);
        if (w[1] === 0 || n % w[1] !== 0)
            throw new types/* OpError */.mC(`input of ${n} elements does not split into rows of ${w[1]}`);
        const macs = (n / w[1]) * w[1] * w[0];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
    },
    doc: {
        macs: 'M * K * Nout: input flattened to [M, K], weights [Nout, K]',
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: 'thop/fvcore count nn.Linear the same way (in * out per row)',
    },
};
function adjusted(s, adj) {
    if (!adj || s.length < 2)
        return [...s];
    return [...s.slice(0, -2), s[s.length - 1], s[s.length - 2]];
}
const batchMatmul = {
    opType: 'BATCH_MATMUL',
    shape(ctx) {
        const a = adjusted(ctx.shapeOf(0), ctx.attrs.int('adj_x', 0) !== 0);
        const b = adjusted(ctx.shapeOf(1), ctx.attrs.int('adj_y', 0) !== 0);
        return [{ dtype: undefined, shape: (0,matmul.matmulShape)(a, b).out }];
    },
    cost(ctx) {
        const a = adjusted(ctx.shapeOf(0), ctx.attrs.int('adj_x', 0) !== 0);
        const b = adjusted(ctx.shapeOf(1), ctx.attrs.int('adj_y', 0) !== 0);
        const mm = (0,matmul.matmulShape)(a, b);
        const macs = (0,util/* numel */.uN)([...mm.batch, mm.m, mm.k, mm.n]);
        return { macs, flops: 2 * macs };
    },
    doc: { macs: 'prod(broadcast batch) * M * K * N (adj_x / adj_y transpose the last two axes)', flops: '2 * MACs' },
};
function pool(opType, perTap, extra, flopsDoc) {
    return {
        opType,
        shape(ctx) {
            const x = rankOf(ctx, 0, 4, 'input');
            const win = tflite_nn_window(ctx, [positive(ctx, 'filter_height', 1), positive(ctx, 'filter_width', 1)], ['h', 'w'], false);
            return [{ dtype: undefined, shape: [x[0], (0,ops_window/* windowOutDim */.PA)(x[1], 0, win), (0,ops_window/* windowOutDim */.PA)(x[2], 1, win), x[3]] }];
        },
        cost(ctx, outputs) {
            const taps = positive(ctx, 'filter_height', 1) * positive(ctx, 'filter_width', 1);
            const n = outElems(outputs);
            return { macs: 0, flops: n * (perTap * taps + extra) + activationFlops(ctx, n) };
        },
        doc: { flops: `${flopsDoc} ${FUSED_ACT_DOC}`, macs: '0' },
    };
}
function resizeOp(opType, mode) {
    return {
        opType,
        shape(ctx) {
            const x = rankOf(ctx, 0, 4, 'input');
            const size = intsOf(ctx, 1);
            if (!size || size.length !== 2)
                throw new types/* OpError */.mC('size is not a known 2-element constant');
            return [{ dtype: undefined, shape: [x[0], size[0], size[1], x[3]] }];
        },
        cost(ctx, outputs) {
            return { macs: 0, flops: (0,resize.resizeFlops)((0,util/* concrete */.Kj)(ctx.shapeOf(0)), (0,util/* concrete */.Kj)(outputs[0].shape ?? []), mode, false) };
        },
        doc: { flops: mode === 'linear' ? '4 per output element (bilinear: 2 taps on each of H and W; 0 when the size is unchanged)' : '0 (nearest neighbour copies)' },
    };
}
const STATE_INPUTS = {
    LSTM: [18, 19],
    UNIDIRECTIONAL_SEQUENCE_LSTM: [18, 19],
    BIDIRECTIONAL_SEQUENCE_LSTM: [35, 36, 37, 38],
    RNN: [4],
    UNIDIRECTIONAL_SEQUENCE_RNN: [4],
    BIDIRECTIONAL_SEQUENCE_RNN: [4, 8],
    SVDF: [4],
};
const BASIC_LSTM_STATE = new Set([1, 4]);
function recurrent(opType, perUnit, flopsDoc, seq) {
    const state = new Set(STATE_INPUTS[opType] ?? []);
    return {
        opType,
        shape: leadingDimsOf(0),
        cost(ctx, outputs) {
            const x = (0,util/* concrete */.Kj)(ctx.shapeOf(0));
            let steps = 1, batch = x[0] ?? 1;
            if (seq === 'sequence') {
                if (x.length !== 3)
                    throw new types/* OpError */.mC(`input has rank ${x.length}; expected 3 ([time, batch, input] or [batch, time, input])`);
                const timeMajor = ctx.attrs.int('time_major', opType === 'BIDIRECTIONAL_SEQUENCE_LSTM' ? 1 : 0) !== 0;
                [steps, batch] = timeMajor ? [x[0], x[1]] : [x[1], x[0]];
            }
            let perStep = 0;
            const skip = opType === 'LSTM' && ctx.inputs.length === 5 ? BASIC_LSTM_STATE : state;
            ctx.inputs.forEach((inp, i) => {
                if (i === 0 || skip.has(i) || !inp || inp.type.shape?.length !== 2)
                    return;
                perStep += (0,util/* numel */.uN)(inp.type.shape);
            });
            const macs = steps * batch * perStep;
            const units = outputs[0]?.shape ? outElems(outputs) : 0;
            return { macs, flops: 2 * macs + perUnit * units };
        },
        doc: {
            macs: 'steps * batch * sum(rows * cols) of the 2-D weight inputs (gates, recurrent, projection; constant or DEQUANTIZE outputs)',
            flops: `2 * MACs + ${flopsDoc}`,
            peers: 'thop/ptflops add gate elementwise work to MACs; fvcore skips recurrent layers',
        },
    };
}
const softmax = {
    opType: 'SOFTMAX', shape: (ctx) => [same(ctx)],
    cost: (ctx, outputs) => {
        const beta = ctx.attrs.float('beta', 1);
        const n = outElems(outputs);
        return { macs: 0, flops: 3 * n + (beta !== 1 ? n : 0) };
    },
    doc: { flops: '3 per element (exp, accumulate, divide) + 1 per element when beta != 1; along the last axis' },
};
const logSoftmax = {
    opType: 'LOG_SOFTMAX', shape: (ctx) => [same(ctx)],
    cost: (_ctx, outputs) => {
        const s = (0,util/* concrete */.Kj)(outputs[0].shape ?? []);
        const n = (0,util/* numel */.uN)(s);
        const rows = s.length ? n / Math.max(1, s[s.length - 1]) : 1;
        return { macs: 0, flops: 3 * n + rows };
    },
    doc: { flops: '3 per element (exp, accumulate, subtract) + 1 per row (log of the sum); along the last axis' },
};
const l2Norm = {
    opType: 'L2_NORMALIZATION', shape: (ctx) => [same(ctx)],
    cost: (_ctx, outputs) => ({ macs: 0, flops: 3 * outElems(outputs) }),
    doc: { flops: '3 per element (square, accumulate, divide by the norm); the per-row root is not counted' },
};
const lrn = {
    opType: 'LOCAL_RESPONSE_NORMALIZATION', shape: (ctx) => [same(ctx)],
    cost: (ctx, outputs) => ({ macs: 0, flops: (2 * ctx.attrs.int('radius', 5) + 1 + 4) * outElems(outputs) }),
    doc: { flops: '(2 * radius + 1) + 4 per element: square-sum over the window, then bias, alpha, pow and divide (as ONNX LRN with size = 2 * radius + 1)' },
};
const embeddingLookup = {
    opType: 'EMBEDDING_LOOKUP',
    shape(ctx) {
        const ids = ctx.shapeOf(0), table = ctx.shapeOf(1);
        return [{ dtype: undefined, shape: [...ids, ...table.slice(1)] }];
    },
    cost(ctx, outputs) {
        const out = (0,util/* bytesOf */.$$)(outputs[0]);
        return { macs: 0, flops: 0, bytes: (0,util/* bytesOf */.$$)(ctx.input(0).type) + 2 * out };
    },
    doc: { flops: '0: row copies', memory: 'ids + the rows read + the output written (not the whole table)' },
};
const nnOps = [
    conv2d, depthwise, transposeConv, conv3d, conv3dTranspose, fullyConnected, batchMatmul,
    pool('AVERAGE_POOL_2D', 1, 0, 'Kh * Kw per output element (accumulate; the divide is not counted)'),
    pool('MAX_POOL_2D', 1, 0, 'Kh * Kw per output element (compare)'),
    pool('L2_POOL_2D', 2, 1, '(2 * Kh * Kw + 1) per output element (square and add per tap, one root)'),
    resizeOp('RESIZE_BILINEAR', 'linear'),
    resizeOp('RESIZE_NEAREST_NEIGHBOR', 'nearest'),
    recurrent('LSTM', 17, '17 per output unit (3 sigmoid, 2 tanh, cell update 3, output 1, bias adds 8)', 'none'),
    recurrent('UNIDIRECTIONAL_SEQUENCE_LSTM', 17, '17 per output unit and step (3 sigmoid, 2 tanh, cell update 3, output 1, bias adds 8)', 'sequence'),
    recurrent('BIDIRECTIONAL_SEQUENCE_LSTM', 17, '17 per output unit and step (as UNIDIRECTIONAL_SEQUENCE_LSTM)', 'sequence'),
    recurrent('RNN', 3, '3 per output unit (activation, 2 bias adds)', 'none'),
    recurrent('UNIDIRECTIONAL_SEQUENCE_RNN', 3, '3 per output unit and step (activation, 2 bias adds)', 'sequence'),
    recurrent('BIDIRECTIONAL_SEQUENCE_RNN', 3, '3 per output unit and step (activation, 2 bias adds)', 'sequence'),
    recurrent('SVDF', 3, '3 per output unit (bias add, activation, rank reduction)', 'none'),
    softmax, logSoftmax, l2Norm, lrn, embeddingLookup,
];
const nnDefs = nnOps.map(tflOp);

// EXTERNAL MODULE: ./build/src/ops/signal.js
var signal = __webpack_require__(9564);
// EXTERNAL MODULE: ./build/src/ops/shape-ops.js
var shape_ops = __webpack_require__(9202);
;// CONCATENATED MODULE: ./build/src/ops/tflite-tensor.js






const ZERO = { macs: 0, flops: 0 };
const MOVE_DOC = '0: data movement only';
const VIEW_DOC = { flops: '0: a view change', memory: '0 bytes: no element is read or written' };
function perOut(k) {
    return (ctx, outputs) => {
        const n = outElems(outputs);
        return { macs: 0, flops: k * n + activationFlops(ctx, n) };
    };
}
function perIn(k, input = 0) {
    return (ctx) => ({ macs: 0, flops: k * inElems(ctx, input) });
}
const sameShape = (ctx) => [same(ctx)];
function unary(opType, k, what) {
    return { opType, shape: sameShape, cost: perOut(k), doc: { flops: `${k} per element (${what})` } };
}
const broadcast = (ctx) => {
    const shapes = ctx.inputs.filter((x) => x !== undefined).map((x) => {
        if (!x.type.shape)
            throw new types/* OpError */.mC(`input '${x.name}' has unknown rank`);
        return x.type.shape;
    });
    return [{ dtype: undefined, shape: (0,util/* broadcastShapes */.OR)(shapes) }];
};
function binary(opType, k, what, fused = false) {
    return {
        opType, shape: broadcast, cost: perOut(k),
        doc: { flops: `${k} per output element (${what}); inputs broadcast${fused ? ` ${FUSED_ACT_DOC}` : ''}` },
    };
}
function move(opType, shape, memory) {
    return { opType, ...(shape ? { shape } : {}), cost: () => ZERO, doc: { flops: MOVE_DOC, ...(memory ? { memory } : {}) } };
}
function view(opType, shape, fold) {
    return { opType, ...(shape ? { shape } : {}), ...(fold ? { fold } : {}), cost: () => ZERO, doc: VIEW_DOC, movesData: false };
}
function reducedShape(ctx) {
    const x = ctx.shapeOf(0);
    const axes = knownInts(ctx, 1, 'axes').map((a) => (0,util/* normalizeAxis */.Ni)(a, x.length));
    const keep = ctx.attrs.int('keep_dims', 0) !== 0;
    const out = [];
    x.forEach((d, i) => {
        if (!axes.includes(i))
            out.push(d);
        else if (keep)
            out.push(1);
    });
    return out;
}
function reduce(opType, what, finish) {
    return {
        opType,
        shape: (ctx) => [{ dtype: undefined, shape: reducedShape(ctx) }],
        cost: (ctx, outputs) => ({ macs: 0, flops: inElems(ctx, 0) + finish * outElems(outputs) }),
        doc: { flops: `1 per input element (${what})${finish ? ` + ${finish} per output element (divide)` : ''}` },
    };
}
function argReduce(opType) {
    return {
        opType,
        shape(ctx) {
            const x = ctx.shapeOf(0);
            const axis = (0,util/* normalizeAxis */.Ni)(knownInts(ctx, 1, 'axis')[0] ?? 0, x.length);
            return [{ dtype: undefined, shape: x.filter((_, i) => i !== axis) }];
        },
        cost: perIn(1),
        doc: { flops: '1 per input element (compare)' },
    };
}
const reshape = (ctx) => {
    const target = intsOf(ctx, 1) ?? (ctx.attrs.has('new_shape') ? [...ctx.attrs.ints('new_shape')] : undefined);
    if (!target)
        throw new types/* OpError */.mC('the new shape is not known');
    return [{ dtype: undefined, shape: (0,shape_ops.reshapeDims)(ctx.input(0).type.shape, target, false, ctx) }];
};
const squeeze = (ctx) => {
    const x = ctx.shapeOf(0);
    const dims = (ctx.attrs.has('squeeze_dims') ? ctx.attrs.ints('squeeze_dims') : []).map((a) => (0,util/* normalizeAxis */.Ni)(a, x.length));
    return [{ dtype: undefined, shape: x.filter((d, i) => (dims.length ? !dims.includes(i) : d !== 1)) }];
};
const expandDims = (ctx) => {
    const x = ctx.shapeOf(0);
    const axis = (0,util/* normalizeAxis */.Ni)(knownInts(ctx, 1, 'axis')[0] ?? 0, x.length + 1);
    return [{ dtype: undefined, shape: [...x.slice(0, axis), 1, ...x.slice(axis)] }];
};
const shapeFold = (ctx, outputs) => {
    const x = ctx.inputs[0]?.type.shape;
    if (!x || !x.every((d) => typeof d === 'number'))
        return undefined;
    return [{ dtype: outputs[0]?.dtype ?? 'int32', shape: [x.length], data: x }];
};
const transpose = (ctx) => {
    const x = ctx.shapeOf(0);
    const perm = knownInts(ctx, 1, 'perm');
    if (perm.length !== x.length)
        throw new types/* OpError */.mC(`perm has ${perm.length} entries for rank ${x.length}`);
    return [{ dtype: undefined, shape: perm.map((p) => x[(0,util/* normalizeAxis */.Ni)(p, x.length)]) }];
};
const concat = (ctx) => {
    const shapes = ctx.inputs.map((x, i) => {
        if (!x)
            throw new types/* OpError */.mC(`input ${i} is missing`);
        return ctx.shapeOf(i);
    });
    const first = shapes[0];
    if (!first)
        throw new types/* OpError */.mC('no inputs');
    const axis = (0,util/* normalizeAxis */.Ni)(ctx.attrs.int('axis', 0), first.length);
    let total = 0;
    for (const s of shapes) {
        const d = s[axis];
        total = typeof total === 'number' && typeof d === 'number' ? total + d : ctx.freshDim(`${ctx.node.name}:concat`);
    }
    return [{ dtype: undefined, shape: first.map((d, i) => (i === axis ? total : d)) }];
};
const pack = (ctx) => {
    const x = ctx.shapeOf(0);
    const axis = (0,util/* normalizeAxis */.Ni)(ctx.attrs.int('axis', 0), x.length + 1);
    return [{ dtype: undefined, shape: [...x.slice(0, axis), ctx.node.inputs.length, ...x.slice(axis)] }];
};
const unpack = (ctx) => {
    const x = ctx.shapeOf(0);
    const axis = (0,util/* normalizeAxis */.Ni)(ctx.attrs.int('axis', 0), x.length);
    const out = { dtype: undefined, shape: x.filter((_, i) => i !== axis) };
    return ctx.node.outputs.map(() => out);
};
const split = (ctx) => {
    const x = ctx.shapeOf(1);
    const axis = (0,util/* normalizeAxis */.Ni)(knownInts(ctx, 0, 'axis')[0] ?? 0, x.length);
    const n = ctx.node.outputs.length;
    const d = x[axis];
    const part = typeof d === 'number' ? d / n : ctx.freshDim(`${ctx.node.name}:split`);
    if (typeof part === 'number' && !Number.isInteger(part))
        throw new types/* OpError */.mC(`axis of size ${d} does not split into ${n} equal parts`);
    return ctx.node.outputs.map(() => ({ dtype: undefined, shape: x.map((v, i) => (i === axis ? part : v)) }));
};
const splitV = (ctx) => {
    const x = ctx.shapeOf(0);
    const sizes = knownInts(ctx, 1, 'size_splits');
    const axis = (0,util/* normalizeAxis */.Ni)(knownInts(ctx, 2, 'axis')[0] ?? 0, x.length);
    const d = x[axis];
    const rest = sizes.filter((v) => v !== -1).reduce((a, b) => a + b, 0);
    return sizes.map((sz) => {
        const v = sz === -1 ? (typeof d === 'number' ? d - rest : ctx.freshDim(`${ctx.node.name}:split`)) : sz;
        return { dtype: undefined, shape: x.map((dd, i) => (i === axis ? v : dd)) };
    });
};
const pad = (ctx) => {
    const x = ctx.shapeOf(0);
    const p = knownInts(ctx, 1, 'paddings');
    if (p.length !== 2 * x.length)
        throw new types/* OpError */.mC(`paddings has ${p.length} entries for rank ${x.length}`);
    return [{ dtype: undefined, shape: x.map((d, i) => (typeof d === 'number' ? d + p[2 * i] + p[2 * i + 1] : ctx.freshDim(`${ctx.node.name}:pad`))) }];
};
const tile = (ctx) => {
    const x = ctx.shapeOf(0);
    const m = knownInts(ctx, 1, 'multiples');
    return [{ dtype: undefined, shape: x.map((d, i) => (typeof d === 'number' ? d * (m[i] ?? 1) : ctx.freshDim(`${ctx.node.name}:tile`))) }];
};
const fromShapeInput = (i) => (ctx) => [{ dtype: undefined, shape: knownInts(ctx, i, 'shape') }];
const gather = (ctx) => {
    const params = ctx.shapeOf(0), idx = ctx.shapeOf(1);
    const axis = (0,util/* normalizeAxis */.Ni)(ctx.attrs.int('axis', 0), params.length);
    const batchDims = ctx.attrs.int('batch_dims', 0);
    return [{ dtype: undefined, shape: [...params.slice(0, axis), ...idx.slice(batchDims < 0 ? batchDims + idx.length : batchDims), ...params.slice(axis + 1)] }];
};
const slice = (ctx) => {
    const x = ctx.shapeOf(0);
    const begin = knownInts(ctx, 1, 'begin'), size = knownInts(ctx, 2, 'size');
    return [{ dtype: undefined, shape: x.map((d, i) => (size[i] === -1 ? (typeof d === 'number' ? d - begin[i] : ctx.freshDim(`${ctx.node.name}:slice`)) : size[i])) }];
};
function blockShape(toDepth) {
    return (ctx) => {
        const x = ctx.shapeOf(0);
        const b = ctx.attrs.int('block_size', 1);
        if (x.length !== 4 || b < 1)
            throw new types/* OpError */.mC('expects an NHWC input and a positive block_size');
        const [n, h, w, c] = x.map((d) => (typeof d === 'number' ? d : NaN));
        const shape = toDepth ? [n, h / b, w / b, c * b * b] : [n, h * b, w * b, c / (b * b)];
        if (shape.some((d) => !Number.isInteger(d)))
            throw new types/* OpError */.mC('input dims do not divide by the block size');
        return [{ dtype: undefined, shape }];
    };
}
function gatherCost(indexInput) {
    return (ctx, outputs) => {
        const out = (0,util/* bytesOf */.$$)(outputs[0]);
        return { macs: 0, flops: 0, bytes: (0,util/* bytesOf */.$$)(ctx.input(indexInput).type) + 2 * out };
    };
}
const GATHER_MEMORY = 'indices + the elements read (as many as the output) + the output written; not the whole input';
const tensorOps = [
    binary('ADD', 1, 'one add', true), binary('SUB', 1, 'one subtract', true), binary('MUL', 1, 'one multiply', true),
    binary('DIV', 1, 'one divide', true),
    binary('MAXIMUM', 1, 'one compare'), binary('MINIMUM', 1, 'one compare'), binary('POW', 1, 'pow, one transcendental'),
    binary('SQUARED_DIFFERENCE', 2, 'subtract, square'), binary('FLOOR_DIV', 2, 'divide, floor'),
    binary('FLOOR_MOD', 2, 'divide, floor of the remainder'), binary('ATAN2', 1, 'one transcendental'),
    binary('LESS', 1, 'one compare'), binary('LESS_EQUAL', 1, 'one compare'), binary('GREATER', 1, 'one compare'),
    binary('GREATER_EQUAL', 1, 'one compare'), binary('EQUAL', 1, 'one compare'), binary('NOT_EQUAL', 1, 'one compare'),
    binary('LOGICAL_AND', 1, 'one logical op'), binary('LOGICAL_OR', 1, 'one logical op'),
    binary('BITWISE_XOR', 1, 'one bitwise op'), binary('RIGHT_SHIFT', 1, 'one shift'),
    binary('PRELU', 2, 'compare, multiply by the slope'),
    binary('SELECT', 1, 'one select'), binary('SELECT_V2', 1, 'one select'),
    {
        opType: 'ADD_N', shape: broadcast,
        cost: (ctx, outputs) => ({ macs: 0, flops: Math.max(0, ctx.node.inputs.length - 1) * outElems(outputs) }),
        doc: { flops: '(n-1) per output element for n inputs (adds)' },
    },
    unary('ABS', 1, 'absolute value'), unary('CEIL', 1, 'rounding'), unary('FLOOR', 1, 'rounding'), unary('ROUND', 1, 'rounding'),
    unary('SIGN', 1, 'sign'), unary('NEG', 1, 'negate'), unary('EXP', 1, 'exp'), unary('LOG', 1, 'log'), unary('SIN', 1, 'sin'),
    unary('COS', 1, 'cos'), unary('SQRT', 1, 'sqrt'), unary('RSQRT', 2, 'sqrt, divide'), unary('SQUARE', 1, 'multiply'),
    unary('TANH', 1, 'tanh'), unary('LOGISTIC', 1, 'sigmoid, one transcendental'), unary('RELU', 1, 'max with 0'),
    unary('RELU6', 1, 'clamp to [0, 6]'), unary('RELU_N1_TO_1', 1, 'clamp to [-1, 1]'), unary('RELU_0_TO_1', 1, 'clamp to [0, 1]'),
    unary('LEAKY_RELU', 2, 'compare, multiply by alpha'), unary('ELU', 4, 'compare, exp, subtract 1, multiply'),
    unary('HARD_SWISH', 5, 'HardSigmoid 4, then multiply by x'), unary('LOGICAL_NOT', 1, 'one logical op'),
    {
        opType: 'GELU', shape: sameShape,
        cost: (ctx, outputs) => ({ macs: 0, flops: (ctx.attrs.int('approximate', 0) ? 9 : 5) * outElems(outputs) }),
        doc: { flops: '5 per element (scale, erf, add 1, two multiplies); 9 with approximate (tanh form)' },
    },
    unary('QUANTIZE', 2, 'divide by the scale, add the zero point; rounding and saturation not counted'),
    unary('DEQUANTIZE', 2, 'subtract the zero point, multiply by the scale'),
    unary('FAKE_QUANT', 4, 'clamp, scale, round, rescale'),
    unary('COMPLEX_ABS', 4, 'two squares, add, sqrt'),
    { opType: 'CAST', shape: sameShape, cost: () => ZERO, doc: { flops: '0: a type conversion, no arithmetic' } },
    move('ZEROS_LIKE', sameShape), move('IMAG', sameShape), move('REAL', sameShape), move('COMPLEX', broadcast),
    move('BITCAST'),
    reduce('MEAN', 'accumulate', 1), reduce('SUM', 'accumulate', 0), reduce('REDUCE_PROD', 'multiply', 0),
    reduce('REDUCE_MAX', 'compare', 0), reduce('REDUCE_MIN', 'compare', 0), reduce('REDUCE_ANY', 'logical or', 0),
    reduce('REDUCE_ALL', 'logical and', 0),
    argReduce('ARG_MAX'), argReduce('ARG_MIN'),
    { opType: 'CUMSUM', shape: sameShape, cost: perIn(1), doc: { flops: '1 per element (one add)' } },
    { opType: 'TOPK_V2', shape: topK, cost: (ctx) => ({ macs: 0, flops: inElems(ctx, 0) }), doc: { flops: '1 per input element (a selection pass; sorting is not arithmetic)' } },
    { opType: 'SEGMENT_SUM', cost: perIn(1), doc: { flops: '1 per input element (accumulate)' } },
    { opType: 'UNSORTED_SEGMENT_SUM', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (accumulate)' } },
    { opType: 'UNSORTED_SEGMENT_PROD', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (multiply)' } },
    { opType: 'UNSORTED_SEGMENT_MAX', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (compare)' } },
    { opType: 'UNSORTED_SEGMENT_MIN', shape: unsortedSegment, cost: perIn(1), doc: { flops: '1 per input element (compare)' } },
    {
        opType: 'BUCKETIZE', shape: sameShape,
        cost: (ctx, outputs) => {
            const b = ctx.attrs.has('boundaries') ? ctx.attrs.floats('boundaries').length : 1;
            return { macs: 0, flops: Math.ceil(Math.log2(b + 1)) * outElems(outputs) };
        },
        doc: { flops: 'ceil(log2(boundaries + 1)) per element (binary search compares)' },
    },
    {
        opType: 'RFFT2D',
        cost(ctx) {
            const x = (0,util/* concrete */.Kj)(ctx.shapeOf(0));
            const fft = (0,util/* concrete */.Kj)(knownInts(ctx, 1, 'fft_length'));
            const [h, w] = [fft[0] ?? 1, fft[1] ?? 1];
            const batch = (0,util/* numel */.uN)(x.slice(0, -2));
            return { macs: 0, flops: batch * (h * (0,signal.fftFlops)(w) + (Math.floor(w / 2) + 1) * (0,signal.fftFlops)(h)) };
        },
        doc: { flops: 'batch * (H * fft(W) + (W/2 + 1) * fft(H)), fft(N) = ceil(5 * N * log2(N))' },
    },
    view('RESHAPE', reshape), view('SQUEEZE', squeeze), view('EXPAND_DIMS', expandDims),
    view('SHAPE', (ctx) => [{ dtype: undefined, shape: [ctx.shapeOf(0).length] }], shapeFold),
    view('RANK', () => [{ dtype: undefined, shape: [] }]),
    move('TRANSPOSE', transpose),
    {
        opType: 'CONCATENATION', shape: concat,
        cost: (ctx, outputs) => ({ macs: 0, flops: activationFlops(ctx, outElems(outputs)) }),
        doc: { flops: `0: data movement ${FUSED_ACT_DOC}` },
    },
    move('PACK', pack), move('UNPACK', unpack), move('SPLIT', split), move('SPLIT_V', splitV), move('SLICE', slice),
    move('STRIDED_SLICE', stridedSlice), move('PAD', pad), move('PADV2', pad), move('MIRROR_PAD', pad), move('TILE', tile),
    move('BROADCAST_TO', fromShapeInput(1)), move('SPACE_TO_DEPTH', blockShape(true)), move('DEPTH_TO_SPACE', blockShape(false)),
    move('SPACE_TO_BATCH_ND', spaceToBatch), move('BATCH_TO_SPACE_ND', batchToSpace), move('REVERSE_V2', sameShape), move('REVERSE_SEQUENCE', sameShape),
    move('MATRIX_DIAG', matrixDiag), move('MATRIX_SET_DIAG', sameShape), move('ONE_HOT', oneHot), move('FILL', fromShapeInput(0)), move('RANGE', range),
    move('WHERE'), move('DYNAMIC_UPDATE_SLICE', sameShape), move('SPARSE_TO_DENSE', fromShapeInput(1)), move('SCATTER_ND', fromShapeInput(2)),
    move('DENSIFY', sameShape), move('DILATE'), move('BROADCAST_ARGS'), move('UNIQUE'),
    { opType: 'GATHER', shape: gather, cost: gatherCost(1), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
    { opType: 'GATHER_ND', shape: gatherNd, cost: gatherCost(1), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
    { opType: 'HASHTABLE_LOOKUP', cost: gatherCost(0), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
    { opType: 'EMBEDDING_LOOKUP_SPARSE', cost: perOut(1), doc: { flops: '1 per output element (combine the looked-up rows)' } },
    { opType: 'CONCAT_EMBEDDINGS', cost: () => ZERO, doc: { flops: MOVE_DOC } },
    {
        opType: 'NON_MAX_SUPPRESSION_V4',
        cost(ctx) {
            const b = (0,util/* concrete */.Kj)(ctx.shapeOf(0))[0] ?? 0;
            return { macs: 0, flops: 13 * (b * (b - 1)) / 2 + 3 * b, lowerBound: 'NON_MAX_SUPPRESSION output size depends on the data' };
        },
        doc: { flops: 'worst case 13 per box pair + 3 per box (IoU), as ONNX NonMaxSuppression; output size depends on the data' },
    },
    {
        opType: 'NON_MAX_SUPPRESSION_V5',
        cost(ctx) {
            const b = (0,util/* concrete */.Kj)(ctx.shapeOf(0))[0] ?? 0;
            return { macs: 0, flops: 13 * (b * (b - 1)) / 2 + 3 * b, lowerBound: 'NON_MAX_SUPPRESSION output size depends on the data' };
        },
        doc: { flops: 'worst case 13 per box pair + 3 per box (IoU), as ONNX NonMaxSuppression; output size depends on the data' },
    },
    { opType: 'LSH_PROJECTION', cost: (ctx) => ({ macs: 0, flops: inElems(ctx, 1) }), doc: { flops: '1 per input element per hash (sign of a projection)' } },
    { opType: 'SKIP_GRAM', cost: () => ZERO, doc: { flops: '0: string n-grams, no arithmetic' } },
    { opType: 'RANDOM_STANDARD_NORMAL', shape: fromShapeInput(0), cost: perOut(1), doc: { flops: '1 per output element (one sample)' } },
    { opType: 'RANDOM_UNIFORM', shape: fromShapeInput(0), cost: perOut(1), doc: { flops: '1 per output element (one sample)' } },
    { opType: 'MULTINOMIAL', cost: perOut(1), doc: { flops: '1 per output element (one sample)' } },
    move('HASHTABLE'), move('HASHTABLE_FIND'), move('HASHTABLE_IMPORT'), move('HASHTABLE_SIZE'),
    move('VAR_HANDLE'), move('READ_VARIABLE'), move('ASSIGN_VARIABLE'),
];
const tensorDefs = tensorOps.map(tflOp);

;// CONCATENATED MODULE: ./build/src/ops/tflite.js




const ops = [...nnDefs, ...tensorDefs, ...controlOps.map(tflOp)];


/***/ })

};
