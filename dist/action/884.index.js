export const id = 884;
export const ids = [884,698];
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
    activation('Gelu', 1, 5, { flops: '5 per element (scale, erf, add 1, two multiplies)' }, geluErf, 'com.microsoft'),
    activation('QuickGelu', 1, 3, { flops: '3 per element (multiply by alpha, sigmoid, multiply)' }, (x, ctx) => x * sigmoid(ctx.attrs.float('alpha', 1.702) * x), 'com.microsoft'),
    biasFused('BiasGelu', () => 6, { flops: '6 per element (bias add 1, Gelu 5)' }),
    biasFused('FastGelu', (ctx) => (ctx.inputs[1] ? 10 : 9), { flops: '9 per element (tanh-approximated Gelu) + 1 when the optional bias is added' }),
    biasFused('BiasAdd', () => 2, { flops: '2 per element (add bias, add skip)' }),
    biasSplitGelu,
    swiglu,
];


/***/ }),

/***/ 9698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dtypeFromAttr: () => (/* binding */ dtypeFromAttr),
/* harmony export */   dtypeOfInputs: () => (/* binding */ dtypeOfInputs),
/* harmony export */   erf: () => (/* binding */ erf),
/* harmony export */   exactIntegerValue: () => (/* binding */ exactIntegerValue),
/* harmony export */   foldBroadcast: () => (/* binding */ foldBroadcast),
/* harmony export */   isIntegral: () => (/* binding */ isIntegral),
/* harmony export */   knownInputs: () => (/* binding */ knownInputs),
/* harmony export */   ops: () => (/* binding */ ops),
/* harmony export */   perInputElement: () => (/* binding */ perInputElement),
/* harmony export */   perOutputElement: () => (/* binding */ perOutputElement),
/* harmony export */   presentInputs: () => (/* binding */ presentInputs),
/* harmony export */   roundHalfEven: () => (/* binding */ roundHalfEven),
/* harmony export */   toDType: () => (/* binding */ toDType)
/* harmony export */ });
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(155);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1062);




function isIntegral(dtype) {
    if (!dtype)
        return false;
    const kind = (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeKind */ .PN)(dtype);
    return kind === 'int' || kind === 'uint';
}
function toDType(dtype, v) {
    const kind = (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeKind */ .PN)(dtype);
    if (kind === 'bool')
        return v !== 0 && !Number.isNaN(v) ? 1 : 0;
    if (kind === 'int' || kind === 'uint') {
        if (!Number.isFinite(v))
            return v;
        const t = Math.trunc(v);
        const bits = (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeBits */ .$C)(dtype);
        if (bits >= 64)
            return t;
        const big = kind === 'int' ? BigInt.asIntN(bits, BigInt(t)) : BigInt.asUintN(bits, BigInt(t));
        return Number(big);
    }
    if (dtype === 'float32')
        return Math.fround(v);
    return v;
}
function knownInputs(ctx, indices) {
    const idx = indices ?? ctx.inputs.map((_, i) => i).filter((i) => ctx.inputs[i] !== undefined);
    const out = [];
    for (const i of idx) {
        const v = ctx.inputs[i]?.value;
        if (!v)
            return undefined;
        out.push(v);
    }
    return out;
}
function presentInputs(ctx) {
    return ctx.inputs.filter((x) => x !== undefined);
}
function broadcastStrides(shape, outShape) {
    const rank = outShape.length;
    const strides = new Array(rank).fill(0);
    let stride = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        const o = rank - shape.length + i;
        if (shape[i] !== 1)
            strides[o] = stride;
        stride *= shape[i];
    }
    return strides;
}
function isExactIntegerFold(r, xs) {
    let safe = Number.isSafeInteger(r);
    for (let k = 0; safe && k < xs.length; k++)
        safe = Number.isSafeInteger(xs[k]);
    return safe || (Number.isFinite(r) && xs.includes(r));
}
function exactIntegerValue(result, inputs) {
    if (!isIntegral(result.dtype))
        return result;
    const safe = (v) => v.data.every((x) => Number.isSafeInteger(x));
    const inputsSafe = inputs.every(safe);
    if (inputsSafe && safe(result))
        return result;
    const passed = new Set();
    for (const v of inputs)
        for (const x of v.data)
            passed.add(x);
    return result.data.every((r) => (inputsSafe && Number.isSafeInteger(r)) || (Number.isFinite(r) && passed.has(r))) ? result : undefined;
}
function foldBroadcast(values, dtype, f, shapes) {
    const inShapes = shapes ?? values.map((v) => v.shape);
    let outShape;
    try {
        outShape = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .broadcastShapes */ .OR)(inShapes);
    }
    catch {
        return undefined;
    }
    const total = outShape.reduce((a, b) => a * b, 1);
    if (total > _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE)
        return undefined;
    const data = new Array(total);
    const xs = new Array(values.length);
    const integral = isIntegral(dtype);
    const single = new Array(inShapes.length);
    let simple = true;
    for (let k = 0; k < inShapes.length; k++) {
        const elements = inShapes[k].reduce((a, b) => a * b, 1);
        single[k] = elements === 1;
        if (elements !== 1 && elements !== total)
            simple = false;
    }
    if (simple) {
        for (let n = 0; n < total; n++) {
            for (let k = 0; k < values.length; k++)
                xs[k] = values[k].data[single[k] ? 0 : n];
            const r = toDType(dtype, f(xs));
            if (integral && !isExactIntegerFold(r, xs))
                return undefined;
            data[n] = r;
        }
        return { dtype, shape: outShape, data };
    }
    const strides = inShapes.map((s) => broadcastStrides(s, outShape));
    const rank = outShape.length;
    const index = new Array(rank).fill(0);
    for (let n = 0; n < total; n++) {
        for (let k = 0; k < values.length; k++) {
            let off = 0;
            const st = strides[k];
            for (let d = 0; d < rank; d++)
                off += index[d] * st[d];
            xs[k] = values[k].data[off];
        }
        const r = toDType(dtype, f(xs));
        if (integral && !isExactIntegerFold(r, xs))
            return undefined;
        data[n] = r;
        for (let d = rank - 1; d >= 0; d--) {
            if (++index[d] < outShape[d])
                break;
            index[d] = 0;
        }
    }
    return { dtype, shape: outShape, data };
}
function perOutputElement(k) {
    return (_ctx, outputs) => ({ macs: 0, flops: k * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .elementsOf */ .ZE)(outputs[0]) });
}
function perInputElement(k) {
    return (ctx) => ({ macs: 0, flops: k * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .elementsOf */ .ZE)(ctx.input(0).type) });
}
function dtypeOfInputs(ctx, indices) {
    for (const i of indices) {
        const d = ctx.inputs[i]?.type.dtype;
        if (d)
            return d;
    }
    return undefined;
}
function dtypeFromAttr(ctx, name) {
    if (!ctx.attrs.has(name))
        return undefined;
    const code = ctx.attrs.int(name);
    if (code === 0)
        return undefined;
    const d = (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .dtypeFromOnnx */ .WQ)(code);
    if (!d)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`attribute '${name}' has unknown data type code ${code}`);
    return d;
}
function legacyAlign(ctx, a, b) {
    if (ctx.attrs.int('broadcast', 0) !== 1)
        return undefined;
    if (b.length > a.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`legacy broadcast: B has rank ${b.length} > A's rank ${a.length}`);
    const axis = ctx.attrs.has('axis') ? ctx.attrs.int('axis') : a.length - b.length;
    const start = axis < 0 ? axis + a.length : axis;
    if (start < 0 || start + b.length > a.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`legacy broadcast: axis ${axis} does not fit B of rank ${b.length} into A of rank ${a.length}`);
    return [...new Array(start).fill(1), ...b, ...new Array(a.length - start - b.length).fill(1)];
}
function elementwise(spec) {
    const fixed = spec.arity === 'variadic' ? undefined : Object.freeze(Array.from({ length: spec.arity }, (_, i) => i));
    const indicesOf = (ctx) => {
        if (fixed === undefined) {
            const idx = [];
            for (let i = 0; i < ctx.inputs.length; i++)
                if (ctx.inputs[i] !== undefined)
                    idx.push(i);
            if (idx.length === 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`${spec.opType} needs at least one input`);
            return idx;
        }
        for (const i of fixed)
            ctx.input(i);
        return fixed;
    };
    return {
        domain: spec.domain ?? '',
        opType: spec.opType,
        since: spec.since,
        infer(ctx) {
            const idx = indicesOf(ctx);
            const plan = idx.length;
            const shapes = new Array(idx.length);
            let allKnown = true;
            for (let k = 0; k < idx.length; k++) {
                const s = ctx.inputs[idx[k]].type.shape;
                shapes[k] = s;
                if (s === undefined)
                    allKnown = false;
            }
            let aligned;
            let shape;
            if (allKnown) {
                aligned = shapes;
                if (spec.legacyBroadcast && aligned.length === 2) {
                    const b = legacyAlign(ctx, aligned[0], aligned[1]);
                    if (b)
                        aligned = [aligned[0], b];
                }
                shape = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .broadcastShapes */ .OR)(aligned);
            }
            const dtype = spec.outDType === 'bool' ? 'bool' : spec.outDType ? spec.outDType(ctx) : dtypeOfInputs(ctx, idx);
            const out = { dtype, shape };
            if (!spec.fold || !dtype)
                return { outputs: [out], plan };
            const vals = knownInputs(ctx, idx);
            if (!vals)
                return { outputs: [out], plan };
            const fold = spec.fold;
            const alignedConcrete = aligned && aligned !== shapes ? aligned : undefined;
            const value = foldBroadcast(vals, dtype, (xs) => fold(xs, ctx, vals[0].dtype), alignedConcrete);
            return { outputs: [value ? { dtype, shape: value.shape } : out], values: [value], plan };
        },
        cost(ctx, outputs, inputCount) {
            const k = typeof spec.flopsPerElem === 'number' ? spec.flopsPerElem : spec.flopsPerElem(inputCount ?? indicesOf(ctx).length, ctx);
            return { macs: 0, flops: k * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .elementsOf */ .ZE)(outputs[0]) };
        },
        doc: spec.doc,
    };
}
function erf(x) {
    const s = Math.sign(x);
    const a = Math.abs(x);
    const t = 1 / (1 + 0.3275911 * a);
    const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
    return s * y;
}
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
const divide = (xs, _ctx, dtype) => {
    const [a, b] = xs;
    return isIntegral(dtype) ? (b === 0 ? NaN : Math.trunc(a / b)) : a / b;
};
const modulo = (xs, ctx, dtype) => {
    const [a, b] = xs;
    const fmod = ctx.attrs.int('fmod', 0) === 1;
    if (isIntegral(dtype) && b === 0)
        return NaN;
    if (fmod)
        return a % b;
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
};
function big(x) {
    return Number.isFinite(x) ? BigInt(Math.trunc(x)) : undefined;
}
const bitwise = (op) => (xs) => {
    const a = big(xs[0]);
    const b = big(xs[1]);
    return a === undefined || b === undefined ? NaN : Number(op(a, b));
};
const bitShift = (xs, ctx) => {
    const [a, b] = xs;
    const dir = ctx.attrs.string('direction');
    if (dir === 'LEFT')
        return a * 2 ** b;
    if (dir === 'RIGHT')
        return Math.floor(a / 2 ** b);
    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`BitShift direction must be LEFT or RIGHT, not '${dir}'`);
};
const ARITH_DOC = (what, peers) => ({
    flops: `1 per output element (${what}); inputs broadcast numpy-style`,
    ...(peers ? { peers } : {}),
});
function binary(opType, versions, fold, doc, outDType, flopsPerElem = 1) {
    return versions.map((since) => elementwise({
        opType, since, arity: 2, flopsPerElem, doc, fold, outDType,
        legacyBroadcast: since < 7,
    }));
}
function unary(opType, since, fold, doc, outDType, flopsPerElem = 1) {
    return elementwise({ opType, since, arity: 1, flopsPerElem, doc, outDType, fold: fold ? (xs, ctx) => fold(xs[0], ctx) : undefined });
}
const TRANSCENDENTAL_DOC = (fn, peers) => ({
    flops: `1 per element (${fn}, a transcendental counted as one op)`,
    ...(peers ? { peers } : {}),
});
const COMPARE_DOC = { flops: '1 per output element (one comparison); output is bool', peers: 'onnx-tool also counts a comparison as 1; thop and fvcore do not count tensor comparisons' };
const LOGIC_DOC = { flops: '1 per output element (one logical op); output is bool' };
const ops = [
    ...binary('Add', [1, 7], (xs) => xs[0] + xs[1], ARITH_DOC('one add', 'onnx-tool: 1 MAC per element; thop/fvcore ignore tensor adds (no module)')),
    ...binary('Sub', [1, 7], (xs) => xs[0] - xs[1], ARITH_DOC('one subtract', 'onnx-tool: 1 MAC per element')),
    ...binary('Mul', [1, 7], (xs) => xs[0] * xs[1], ARITH_DOC('one multiply', 'onnx-tool: 1 MAC per element')),
    ...binary('Div', [1, 7], divide, ARITH_DOC('one divide; integer division truncates toward zero', 'onnx-tool counts 4 MACs per element')),
    ...binary('Pow', [1, 7], (xs) => Math.pow(xs[0], xs[1]), TRANSCENDENTAL_DOC('pow; inputs broadcast numpy-style', 'onnx-tool counts 32 MACs per element')),
    elementwise({ opType: 'Mod', since: 10, arity: 2, flopsPerElem: 1, fold: modulo, doc: ARITH_DOC('one remainder; fmod=0 follows Python % (sign of divisor), fmod=1 C fmod') }),
    elementwise({ opType: 'Sum', since: 1, arity: 'variadic', flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => a + b, 0), doc: { flops: '(n-1) per output element for n inputs (adds)' } }),
    elementwise({ opType: 'Mean', since: 1, arity: 'variadic', flopsPerElem: (n) => n, fold: (xs) => xs.reduce((a, b) => a + b, 0) / xs.length, doc: { flops: 'n per output element for n inputs (n-1 adds and one divide)' } }),
    elementwise({ opType: 'Max', since: 1, arity: 'variadic', flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => Math.max(a, b), -Infinity), doc: { flops: '(n-1) per output element for n inputs (comparisons)' } }),
    elementwise({ opType: 'Min', since: 1, arity: 'variadic', flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => Math.min(a, b), Infinity), doc: { flops: '(n-1) per output element for n inputs (comparisons)' } }),
    unary('Neg', 1, (x) => -x, ARITH_DOC('one negate')),
    unary('Abs', 1, (x) => Math.abs(x), ARITH_DOC('one absolute value')),
    unary('Reciprocal', 1, (x) => 1 / x, ARITH_DOC('one divide')),
    unary('Floor', 1, (x) => Math.floor(x), ARITH_DOC('one rounding op')),
    unary('Ceil', 1, (x) => Math.ceil(x), ARITH_DOC('one rounding op')),
    unary('Round', 11, roundHalfEven, ARITH_DOC('one rounding op, half to even')),
    unary('Sign', 9, (x) => Math.sign(x), ARITH_DOC('one sign op')),
    unary('Sqrt', 1, (x) => Math.sqrt(x), TRANSCENDENTAL_DOC('sqrt', 'onnx-tool counts 24 MACs per element')),
    unary('Exp', 1, (x) => Math.exp(x), TRANSCENDENTAL_DOC('exp', 'onnx-tool counts 32 MACs per element')),
    unary('Log', 1, (x) => Math.log(x), TRANSCENDENTAL_DOC('log')),
    unary('Erf', 9, erf, TRANSCENDENTAL_DOC('erf', 'onnx-tool counts Erf as 0')),
    unary('Sin', 7, Math.sin, TRANSCENDENTAL_DOC('sin')),
    unary('Cos', 7, Math.cos, TRANSCENDENTAL_DOC('cos')),
    unary('Tan', 7, Math.tan, TRANSCENDENTAL_DOC('tan')),
    unary('Asin', 7, Math.asin, TRANSCENDENTAL_DOC('asin')),
    unary('Acos', 7, Math.acos, TRANSCENDENTAL_DOC('acos')),
    unary('Atan', 7, Math.atan, TRANSCENDENTAL_DOC('atan')),
    unary('Sinh', 9, Math.sinh, TRANSCENDENTAL_DOC('sinh')),
    unary('Cosh', 9, Math.cosh, TRANSCENDENTAL_DOC('cosh')),
    unary('Asinh', 9, Math.asinh, TRANSCENDENTAL_DOC('asinh')),
    unary('Acosh', 9, Math.acosh, TRANSCENDENTAL_DOC('acosh')),
    unary('Atanh', 9, Math.atanh, TRANSCENDENTAL_DOC('atanh')),
    unary('IsNaN', 9, (x) => (Number.isNaN(x) ? 1 : 0), { flops: '1 per element (one test); output is bool' }, 'bool'),
    unary('IsInf', 10, (x, ctx) => {
        if (x === Infinity)
            return ctx.attrs.int('detect_positive', 1) === 1 ? 1 : 0;
        if (x === -Infinity)
            return ctx.attrs.int('detect_negative', 1) === 1 ? 1 : 0;
        return 0;
    }, { flops: '1 per element (one test); output is bool' }, 'bool'),
    elementwise({ opType: 'BitShift', since: 11, arity: 2, flopsPerElem: 1, fold: bitShift, doc: ARITH_DOC('one shift') }),
    elementwise({ opType: 'BitwiseAnd', since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a & b), doc: ARITH_DOC('one bitwise op') }),
    elementwise({ opType: 'BitwiseOr', since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a | b), doc: ARITH_DOC('one bitwise op') }),
    elementwise({ opType: 'BitwiseXor', since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a ^ b), doc: ARITH_DOC('one bitwise op') }),
    unary('BitwiseNot', 18, (x) => {
        const a = big(x);
        return a === undefined ? NaN : Number(~a);
    }, ARITH_DOC('one bitwise op')),
    ...binary('Equal', [1, 7], (xs) => (xs[0] === xs[1] ? 1 : 0), COMPARE_DOC, 'bool'),
    ...binary('Less', [1, 7], (xs) => (xs[0] < xs[1] ? 1 : 0), COMPARE_DOC, 'bool'),
    ...binary('Greater', [1, 7], (xs) => (xs[0] > xs[1] ? 1 : 0), COMPARE_DOC, 'bool'),
    elementwise({ opType: 'LessOrEqual', since: 12, arity: 2, flopsPerElem: 1, outDType: 'bool', fold: (xs) => (xs[0] <= xs[1] ? 1 : 0), doc: COMPARE_DOC }),
    elementwise({ opType: 'GreaterOrEqual', since: 12, arity: 2, flopsPerElem: 1, outDType: 'bool', fold: (xs) => (xs[0] >= xs[1] ? 1 : 0), doc: COMPARE_DOC }),
    ...binary('And', [1, 7], (xs) => (xs[0] && xs[1] ? 1 : 0), LOGIC_DOC, 'bool'),
    ...binary('Or', [1, 7], (xs) => (xs[0] || xs[1] ? 1 : 0), LOGIC_DOC, 'bool'),
    ...binary('Xor', [1, 7], (xs) => ((xs[0] !== 0) !== (xs[1] !== 0) ? 1 : 0), LOGIC_DOC, 'bool'),
    unary('Not', 1, (x) => (x ? 0 : 1), LOGIC_DOC, 'bool'),
    elementwise({
        opType: 'Where', since: 9, arity: 3, flopsPerElem: 1,
        outDType: (ctx) => dtypeOfInputs(ctx, [1, 2]),
        fold: (xs) => (xs[0] ? xs[1] : xs[2]),
        doc: { flops: '1 per output element (a select counts as one op, like Max); condition, X and Y broadcast numpy-style' },
    }),
    clipDef(1),
    clipDef(11),
];
function clipDef(since) {
    const bounds = (ctx) => {
        if (since < 11)
            return [ctx.attrs.float('min', -Infinity), ctx.attrs.float('max', Infinity)];
        const lo = ctx.inputs[1];
        const hi = ctx.inputs[2];
        if ((lo && !lo.value) || (hi && !hi.value))
            return undefined;
        return [lo?.value?.data[0] ?? -Infinity, hi?.value?.data[0] ?? Infinity];
    };
    return {
        domain: '', opType: 'Clip', since,
        infer(ctx) {
            const x = ctx.input(0);
            const out = { dtype: x.type.dtype, shape: x.type.shape };
            const b = x.value && x.type.dtype ? bounds(ctx) : undefined;
            if (!b || !x.value)
                return { outputs: [out] };
            const [lo, hi] = b;
            const dtype = x.value.dtype;
            return { outputs: [out], values: [{ dtype, shape: x.value.shape, data: x.value.data.map((v) => toDType(dtype, Math.min(Math.max(v, lo), hi))) }] };
        },
        cost: perOutputElement(1),
        doc: {
            flops: since < 11
                ? '1 per element (a clamp counts as one op, like Relu); min/max are attributes'
                : '1 per element (a clamp counts as one op, like Relu); min/max are optional scalar inputs',
            peers: 'thop counts ReLU6 as 0, ptflops 1 per element',
        },
    };
}


/***/ })

};
