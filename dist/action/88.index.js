export const id = 88;
export const ids = [88];
export const modules = {

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


/***/ })

};
