export const id = 884;
export const ids = [884];
export const modules = {

/***/ 6884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _elementwise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9698);
/**
 * Activation functions and the softmax family.
 *
 * FLOPs convention: a named transcendental (exp, log, tanh, sigmoid, erf) counts 1 per element;
 * a composite activation counts its elementary ops per element, each transcendental as 1. The
 * count and its breakdown are written in each op's doc line (docs/metrics.md).
 */



/** A same-shape unary activation costing `k` FLOPs per element, folded with `f` when its input is known. */
function activation(opType, since, k, doc, f, domain = '') {
    return {
        domain, opType, since,
        infer(ctx) {
            const x = ctx.input(0);
            const out = { dtype: x.type.dtype, shape: x.type.shape };
            if (!f || !x.value)
                return { outputs: [out] };
            return { outputs: [out], values: [(0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.foldBroadcast)([x.value], x.value.dtype, (xs) => f(xs[0], ctx))] };
        },
        cost: (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.perOutputElement)(k),
        doc,
    };
}
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const softplus = (x) => Math.log1p(Math.exp(x));
const geluErf = (x) => 0.5 * x * (1 + (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.erf)(x / Math.SQRT2));
const geluTanh = (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
const ONNX_TOOL_32 = 'onnx-tool counts 32 MACs per element (its exp cost)';
// ---- softmax family -------------------------------------------------------------------------
/**
 * Rows the softmax family normalises independently. Before opset 13 the input is coerced to 2D at
 * `axis` (default 1), so a row spans every dim from `axis` on; from 13 a row is one dim (default -1).
 */
function softmaxRows(ctx, since) {
    const shape = ctx.shapeOf(0);
    const rank = shape.length;
    const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', since < 13 ? 1 : -1), Math.max(rank, 1));
    const rowLen = since < 13 ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(shape.slice(axis)) : (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([shape[axis] ?? 1]);
    return rowLen === 0 ? 0 : (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(shape) / rowLen;
}
function softmaxLike(opType, since, perElem, perRow, doc) {
    return {
        domain: '', opType, since,
        infer(ctx) {
            const x = ctx.input(0);
            if (x.type.shape) {
                // Validate the axis now, so a bad file is reported against the node rather than at costing.
                const rank = x.type.shape.length;
                (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', since < 13 ? 1 : -1), Math.max(rank, 1));
            }
            return { outputs: [{ dtype: x.type.dtype, shape: x.type.shape }] };
        },
        cost(ctx, outputs) {
            const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]);
            return { macs: 0, flops: perElem * n + (perRow ? perRow * softmaxRows(ctx, since) : 0) };
        },
        doc,
    };
}
const SOFTMAX_AXIS = (since) => since < 13
    ? 'input coerced to 2D at axis (default 1)'
    : 'along one axis (default -1)';
function softmaxFamily(since) {
    return [
        softmaxLike('Softmax', since, 3, 0, {
            flops: `3 per element (exp, accumulate, divide; the max-subtraction for stability is not counted); ${SOFTMAX_AXIS(since)}`,
            peers: 'onnx-tool counts 36 MACs per element; thop\'s nn.Softmax hook counts exp + add + divide (about 3 per element); fvcore ignores it',
        }),
        softmaxLike('LogSoftmax', since, 3, 1, {
            flops: `3 per element (exp, accumulate, subtract) + 1 per row (log of the sum); ${SOFTMAX_AXIS(since)}`,
        }),
        softmaxLike('Hardmax', since, 1, 0, { flops: `1 per element (one comparison for the arg-max); ${SOFTMAX_AXIS(since)}` }),
    ];
}
// ---- PRelu and the contrib fusions that take more than one input -----------------------------
/**
 * PRelu: from opset 7 the slope broadcasts onto X (unidirectional), so the output has X's shape.
 * Before 7 a slope could be per channel ([C] against [N,C,H,W]), so no broadcast check there.
 */
function prelu(since) {
    return {
        domain: '', opType: 'PRelu', since,
        infer(ctx) {
            const x = ctx.input(0);
            const slope = ctx.input(1);
            if (since >= 7 && x.type.shape && slope.type.shape)
                (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .broadcastShapes */ .OR)([x.type.shape, slope.type.shape]);
            const out = { dtype: x.type.dtype, shape: x.type.shape };
            const vals = (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.knownInputs)(ctx, [0, 1]);
            if (!vals)
                return { outputs: [out] };
            const v = (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.foldBroadcast)(vals, vals[0].dtype, ([a, s]) => (a < 0 ? a * s : a));
            return { outputs: [out], values: [v] };
        },
        cost: (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.perOutputElement)(2),
        doc: { flops: '2 per element (compare, multiply by slope)', peers: 'ptflops counts 1 per element' },
    };
}
/** com.microsoft ops of the form f(X + bias [+ skip]) with the output shaped like X. */
function biasFused(opType, perElem, doc) {
    return {
        domain: 'com.microsoft', opType, since: 1,
        infer(ctx) {
            const x = ctx.input(0);
            let shape = x.type.shape;
            const others = ctx.inputs.slice(1).filter((i) => i !== undefined);
            if (shape && others.every((o) => o.type.shape))
                shape = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .broadcastShapes */ .OR)([shape, ...others.map((o) => o.type.shape)]);
            return { outputs: [{ dtype: x.type.dtype, shape }] };
        },
        cost: (ctx, outputs) => ({ macs: 0, flops: perElem(ctx) * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]) }),
        doc,
    };
}
/** SwiGLU (opset 28): Swish(A) * B with A and B of identical shapes (no broadcasting). */
const swiglu = {
    domain: '', opType: 'SwiGLU', since: 28,
    infer(ctx) {
        const a = ctx.input(0);
        const b = ctx.input(1);
        const sa = a.type.shape;
        const sb = b.type.shape;
        if (sa && sb && (sa.length !== sb.length || sa.some((d, i) => typeof d === 'number' && typeof sb[i] === 'number' && d !== sb[i]))) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`SwiGLU inputs must have identical shapes, got [${sa.join(',')}] and [${sb.join(',')}]`);
        }
        return { outputs: [{ dtype: a.type.dtype, shape: sa ?? sb }] };
    },
    cost: (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.perOutputElement)(4),
    doc: { flops: '4 per element (multiply by alpha, sigmoid, multiply by the gate, multiply by B)' },
};
const biasSplitGelu = {
    domain: 'com.microsoft', opType: 'BiasSplitGelu', since: 1,
    infer(ctx) {
        const x = ctx.input(0);
        const shape = x.type.shape;
        if (!shape)
            return { outputs: [{ dtype: x.type.dtype, shape: undefined }] };
        if (shape.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`BiasSplitGelu input must be 3D (N, HW, D), got rank ${shape.length}`);
        const d = shape[2];
        if (typeof d === 'number' && d % 2 !== 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`BiasSplitGelu last dim ${d} is not even`);
        return { outputs: [{ dtype: x.type.dtype, shape: [shape[0], shape[1], typeof d === 'number' ? d / 2 : `${d}/2`] }] };
    },
    // Bias add over the whole input (2 outputs' worth), then Gelu (5) on one half and the product (1).
    cost: (_ctx, outputs) => {
        const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]);
        return { macs: 0, flops: 2 * n + 6 * n };
    },
    doc: { flops: '8 per output element: bias add over both halves of the input (2), Gelu (5) on one half, multiply (1); the output is half the input' },
};
const ops = [
    activation('Relu', 1, 1, { flops: '1 per element (max with 0)', peers: 'thop and fvcore count ReLU as 0; ptflops and onnx-tool 1 per element' }, (x) => Math.max(x, 0)),
    activation('LeakyRelu', 1, 2, { flops: '2 per element (compare, multiply by alpha)' }, (x, ctx) => (x < 0 ? ctx.attrs.float('alpha', 0.01) * x : x)),
    prelu(1),
    prelu(7),
    activation('ThresholdedRelu', 10, 1, { flops: '1 per element (compare against alpha, select)' }, (x, ctx) => (x > ctx.attrs.float('alpha', 1) ? x : 0)),
    activation('Elu', 1, 4, { flops: '4 per element (compare, exp, subtract 1, multiply by alpha)' }, (x, ctx) => (x < 0 ? ctx.attrs.float('alpha', 1) * Math.expm1(x) : x)),
    activation('Selu', 1, 5, { flops: '5 per element (compare, exp, subtract 1, multiply by alpha, multiply by gamma)' }, (x, ctx) => {
        const alpha = ctx.attrs.float('alpha', 1.67326319217681884765625);
        const gamma = ctx.attrs.float('gamma', 1.05070102214813232421875);
        return gamma * (x > 0 ? x : alpha * Math.expm1(x));
    }),
    activation('Celu', 12, 7, { flops: '7 per element (divide by alpha, exp, subtract 1, multiply by alpha, min, max, add)' }, (x, ctx) => {
        const alpha = ctx.attrs.float('alpha', 1);
        return Math.max(0, x) + Math.min(0, alpha * Math.expm1(x / alpha));
    }),
    activation('Sigmoid', 1, 1, { flops: '1 per element (sigmoid counted as one transcendental)', peers: ONNX_TOOL_32 }, sigmoid),
    activation('HardSigmoid', 1, 4, { flops: '4 per element (multiply by alpha, add beta, min, max)' }, (x, ctx) => Math.max(0, Math.min(1, ctx.attrs.float('alpha', 0.2) * x + ctx.attrs.float('beta', 0.5)))),
    activation('HardSwish', 14, 5, { flops: '5 per element (HardSigmoid 4, then multiply by x)' }, (x) => x * Math.max(0, Math.min(1, x / 6 + 0.5))),
    activation('Tanh', 1, 1, { flops: '1 per element (tanh counted as one transcendental)' }, Math.tanh),
    activation('Softplus', 1, 3, { flops: '3 per element (exp, add 1, log)' }, softplus),
    activation('Softsign', 1, 3, { flops: '3 per element (abs, add 1, divide)' }, (x) => x / (1 + Math.abs(x))),
    activation('Mish', 18, 5, { flops: '5 per element (softplus 3, tanh, multiply)' }, (x) => x * Math.tanh(softplus(x))),
    activation('Shrink', 9, 3, { flops: '3 per element (two compares, one add/subtract of bias)' }, (x, ctx) => {
        const lambd = ctx.attrs.float('lambd', 0.5);
        const bias = ctx.attrs.float('bias', 0);
        return x < -lambd ? x + bias : x > lambd ? x - bias : 0;
    }),
    activation('Swish', 24, 3, { flops: '3 per element (multiply by alpha, sigmoid, multiply)' }, (x, ctx) => x * sigmoid(ctx.attrs.float('alpha', 1) * x)),
    {
        ...activation('Gelu', 20, 5, { flops: '5 per element with approximate="none" (scale, erf, add 1, two multiplies); 9 with approximate="tanh" (x^3 two multiplies, scale, add, scale, tanh, add 1, two multiplies)' }, (x, ctx) => (ctx.attrs.string('approximate', 'none') === 'tanh' ? geluTanh(x) : geluErf(x))),
        cost: (ctx, outputs) => ({ macs: 0, flops: (ctx.attrs.string('approximate', 'none') === 'tanh' ? 9 : 5) * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]) }),
    },
    ...softmaxFamily(1),
    ...softmaxFamily(13),
    // com.microsoft fusions (onnxruntime transformer optimizer output).
    activation('Gelu', 1, 5, { flops: '5 per element (scale, erf, add 1, two multiplies)' }, geluErf, 'com.microsoft'),
    activation('QuickGelu', 1, 3, { flops: '3 per element (multiply by alpha, sigmoid, multiply)' }, (x, ctx) => x * sigmoid(ctx.attrs.float('alpha', 1.702) * x), 'com.microsoft'),
    biasFused('BiasGelu', () => 6, { flops: '6 per element (bias add 1, Gelu 5)' }),
    biasFused('FastGelu', (ctx) => (ctx.inputs[1] ? 10 : 9), { flops: '9 per element (tanh-approximated Gelu) + 1 when the optional bias is added' }),
    biasFused('BiasAdd', () => 2, { flops: '2 per element (add bias, add skip)' }),
    biasSplitGelu,
    swiglu,
];


/***/ })

};
