export const id = 882;
export const ids = [882,698];
export const modules = {

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


/***/ }),

/***/ 3882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _elementwise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9698);



function resolveAxes(ctx, fromInput, rank) {
    const all = () => ({ kind: 'axes', axes: Array.from({ length: rank }, (_, i) => i) });
    const normalize = (list) => {
        const axes = [...new Set(list.map((a) => (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(a, rank)))].sort((a, b) => a - b);
        return { kind: 'axes', axes };
    };
    if (!fromInput) {
        const list = ctx.attrs.ints('axes', []);
        return list.length === 0 ? all() : normalize(list);
    }
    const noop = ctx.attrs.int('noop_with_empty_axes', 0) === 1;
    const input = ctx.inputs[1];
    const empty = () => (noop ? { kind: 'noop' } : all());
    if (!input)
        return empty();
    if (input.value)
        return input.value.data.length === 0 ? empty() : normalize(input.value.data);
    const shape = input.type.shape;
    const count = shape && shape.length === 1 && typeof shape[0] === 'number' ? shape[0] : undefined;
    if (count === 0)
        return empty();
    return { kind: 'unknown', count };
}
function reducedShape(ctx, shape, axes, keepdims) {
    if (axes.kind === 'noop')
        return [...shape];
    if (axes.kind === 'axes') {
        const out = [];
        shape.forEach((d, i) => {
            if (!axes.axes.includes(i))
                out.push(d);
            else if (keepdims)
                out.push(1);
        });
        return out;
    }
    const rank = keepdims ? shape.length : axes.count !== undefined ? shape.length - axes.count : undefined;
    if (rank === undefined || rank < 0)
        return undefined;
    return Array.from({ length: rank }, () => ctx.freshDim('reduced'));
}
function reduceValues(v, axes, keepdims, dtype, init, step, finish) {
    const shape = v.shape;
    const outShape = shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const outStrides = new Array(shape.length).fill(0);
    let stride = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        outStrides[i] = stride;
        stride *= outShape[i];
    }
    const total = stride;
    const acc = new Array(total).fill(init);
    const pos = new Array(total).fill(0);
    const index = new Array(shape.length).fill(0);
    for (let n = 0; n < v.data.length; n++) {
        let o = 0;
        for (let d = 0; d < shape.length; d++) {
            if (!axes.includes(d))
                o += index[d] * outStrides[d];
        }
        const along = pos[o];
        acc[o] = step(acc[o], v.data[n], along, o);
        pos[o] = along + 1;
        for (let d = shape.length - 1; d >= 0; d--) {
            if (++index[d] < shape[d])
                break;
            index[d] = 0;
        }
    }
    const count = axes.reduce((a, ax) => a * shape[ax], 1);
    return {
        dtype,
        shape: keepdims ? outShape : shape.filter((_, i) => !axes.includes(i)),
        data: acc.map((a) => (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.toDType)(dtype, finish(a, count))),
    };
}
const id = (x) => x;
const sum = (a, x) => a + x;
const KINDS = [
    { opType: 'ReduceSum', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: 0, combine: sum, finish: id, doc: '1 per input element (accumulate)' },
    { opType: 'ReduceMean', noopOps: 0, mapOps: 0, finishOps: 1, map: id, init: 0, combine: sum, finish: (a, n) => a / n, doc: '1 per input element (accumulate) + 1 per output element (divide)' },
    { opType: 'ReduceMax', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: -Infinity, combine: Math.max, finish: id, doc: '1 per input element (compare)' },
    { opType: 'ReduceMin', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: Infinity, combine: Math.min, finish: id, doc: '1 per input element (compare)' },
    { opType: 'ReduceProd', noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: 1, combine: (a, x) => a * x, finish: id, doc: '1 per input element (multiply)' },
    { opType: 'ReduceL1', noopOps: 1, mapOps: 1, finishOps: 0, map: Math.abs, init: 0, combine: sum, finish: id, doc: '2 per input element (abs, accumulate)' },
    { opType: 'ReduceL2', noopOps: 2, mapOps: 1, finishOps: 1, map: (x) => x * x, init: 0, combine: sum, finish: Math.sqrt, doc: '2 per input element (square, accumulate) + 1 per output element (sqrt)' },
    { opType: 'ReduceLogSum', noopOps: 1, mapOps: 0, finishOps: 1, map: id, init: 0, combine: sum, finish: Math.log, doc: '1 per input element (accumulate) + 1 per output element (log)' },
    { opType: 'ReduceLogSumExp', noopOps: 2, mapOps: 1, finishOps: 1, map: Math.exp, init: 0, combine: sum, finish: Math.log, doc: '2 per input element (exp, accumulate) + 1 per output element (log)' },
    { opType: 'ReduceSumSquare', noopOps: 1, mapOps: 1, finishOps: 0, map: (x) => x * x, init: 0, combine: sum, finish: id, doc: '2 per input element (square, accumulate)' },
];
function reduceDef(kind, since, fromInput) {
    return {
        domain: '', opType: kind.opType, since,
        infer(ctx) {
            const x = ctx.input(0);
            const shape = x.type.shape;
            if (!shape)
                return { outputs: [{ dtype: x.type.dtype, shape: undefined }] };
            const keepdims = ctx.attrs.int('keepdims', 1) === 1;
            const axes = resolveAxes(ctx, fromInput, shape.length);
            const out = { dtype: x.type.dtype, shape: reducedShape(ctx, shape, axes, keepdims) };
            if (!x.value || axes.kind === 'unknown')
                return { outputs: [out] };
            const dtype = x.value.dtype;
            const folded = axes.kind === 'noop'
                ? { dtype, shape: x.value.shape, data: x.value.data.map((v) => (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.toDType)(dtype, kind.finish(kind.map(v), 1))) }
                : reduceValues(x.value, axes.axes, keepdims, dtype, kind.init, (a, v) => kind.combine(a, kind.map(v)), kind.finish);
            return { outputs: [out], values: [(0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.exactIntegerValue)(folded, [x.value])] };
        },
        cost(ctx, outputs) {
            const nIn = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(ctx.input(0).type);
            const nOut = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]);
            const rank = ctx.shapeOf(0).length;
            const noop = resolveAxes(ctx, fromInput, rank).kind === 'noop';
            const flops = noop ? kind.noopOps * nIn : (kind.mapOps + 1) * nIn + kind.finishOps * nOut;
            return { macs: 0, flops };
        },
        doc: {
            flops: `${kind.doc}; axes ${fromInput ? 'from the optional second input (noop_with_empty_axes honoured)' : 'from the attribute'}; keepdims default 1`,
            ...(kind.peers ? { peers: kind.peers } : {}),
        },
    };
}
const reduceOps = KINDS.flatMap((k) => {
    const switchAt = k.opType === 'ReduceSum' ? 13 : 18;
    return [reduceDef(k, 1, false), reduceDef(k, switchAt, true)];
});
function argDef(opType) {
    const better = opType === 'ArgMax' ? (a, b) => a > b : (a, b) => a < b;
    return {
        domain: '', opType, since: 1,
        infer(ctx) {
            const x = ctx.input(0);
            const shape = x.type.shape;
            if (!shape)
                return { outputs: [{ dtype: 'int64', shape: undefined }] };
            const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', 0), Math.max(shape.length, 1));
            const keepdims = ctx.attrs.int('keepdims', 1) === 1;
            const out = { dtype: 'int64', shape: reducedShape(ctx, shape, { kind: 'axes', axes: [axis] }, keepdims) };
            if (!x.value || shape.length === 0)
                return { outputs: [out] };
            const last = ctx.attrs.int('select_last_index', 0) === 1;
            const vals = x.value;
            const best = [];
            const folded = reduceValues(vals, [axis], keepdims, 'int64', -1, (acc, v, i, o) => {
                if (acc < 0 || better(v, best[o]) || (last && v === best[o])) {
                    best[o] = v;
                    return i;
                }
                return acc;
            }, id);
            return { outputs: [out], values: [folded] };
        },
        cost: (ctx) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(ctx.input(0).type) }),
        doc: { flops: '1 per input element (compare); output int64 indices' },
    };
}
function topKDef(since) {
    const kOf = (ctx) => {
        if (since < 10)
            return ctx.attrs.int('k');
        const k = ctx.input(1);
        const v = k.value;
        if (!v)
            return undefined;
        if (v.data.length !== 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`TopK K must hold one value, got ${v.data.length}`);
        return v.data[0];
    };
    return {
        domain: '', opType: 'TopK', since,
        infer(ctx) {
            const x = ctx.input(0);
            const shape = x.type.shape;
            const k = kOf(ctx);
            if (k !== undefined && (!Number.isInteger(k) || k < 0))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`TopK k must be a non-negative integer, got ${k}`);
            if (!shape)
                return { outputs: [{ dtype: x.type.dtype, shape: undefined }, { dtype: 'int64', shape: undefined }] };
            if (shape.length === 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('TopK input must have rank >= 1');
            const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', -1), shape.length);
            const dim = shape[axis];
            if (k !== undefined && typeof dim === 'number' && k > dim)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`TopK k=${k} exceeds axis ${axis} of size ${dim}`);
            const kDim = k ?? ctx.freshDim('topk');
            const outShape = shape.map((d, i) => (i === axis ? kDim : d));
            return { outputs: [{ dtype: x.type.dtype, shape: outShape }, { dtype: 'int64', shape: outShape }] };
        },
        cost(ctx, outputs) {
            const nIn = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(ctx.input(0).type);
            const shape = outputs[0].shape;
            if (!shape)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .UnresolvedDimError */ .g8('rank');
            const k = shape[(0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', -1), shape.length)];
            if (typeof k !== 'number')
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .UnresolvedDimError */ .g8(k);
            return { macs: 0, flops: nIn * Math.max(1, Math.ceil(Math.log2(Math.max(k, 1)))) };
        },
        doc: {
            flops: `n * max(1, ceil(log2 k)) comparisons for n input elements (heap selection of k per row); k ${since < 10 ? 'attribute' : 'from the second input'}`,
        },
    };
}
function cumulative(opType, since) {
    const product = opType === 'CumProd';
    return {
        domain: '', opType, since,
        infer(ctx) {
            const x = ctx.input(0);
            const axisIn = ctx.input(1);
            const out = { dtype: x.type.dtype, shape: x.type.shape };
            if (x.type.shape && axisIn.value)
                (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(axisIn.value.data[0], Math.max(x.type.shape.length, 1));
            if (!x.value || !axisIn.value || x.value.shape.length === 0)
                return { outputs: [out] };
            const v = x.value;
            const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(axisIn.value.data[0], v.shape.length);
            const exclusive = ctx.attrs.int('exclusive', 0) === 1;
            const reverse = ctx.attrs.int('reverse', 0) === 1;
            const len = v.shape[axis];
            const inner = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(v.shape.slice(axis + 1));
            const outer = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(v.shape.slice(0, axis));
            const data = new Array(v.data.length).fill(0);
            for (let o = 0; o < outer; o++) {
                for (let i = 0; i < inner; i++) {
                    let running = product ? 1 : 0;
                    for (let s = 0; s < len; s++) {
                        const at = (o * len + (reverse ? len - 1 - s : s)) * inner + i;
                        const next = product ? running * v.data[at] : running + v.data[at];
                        data[at] = (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.toDType)(v.dtype, exclusive ? running : next);
                        running = next;
                    }
                }
            }
            return { outputs: [out], values: [(0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.exactIntegerValue)({ dtype: v.dtype, shape: v.shape, data }, [v])] };
        },
        cost: (_ctx, outputs) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]) }),
        doc: { flops: `1 per element (one running ${product ? 'multiply' : 'add'})` },
    };
}
const det = {
    domain: '', opType: 'Det', since: 11,
    infer(ctx) {
        const x = ctx.input(0);
        const shape = x.type.shape;
        if (!shape)
            return { outputs: [{ dtype: x.type.dtype, shape: undefined }] };
        if (shape.length < 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`Det input must have rank >= 2, got rank ${shape.length}`);
        const [m, n] = shape.slice(-2);
        if (typeof m === 'number' && typeof n === 'number' && m !== n)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`Det needs square matrices, got ${m}x${n}`);
        return { outputs: [{ dtype: x.type.dtype, shape: shape.slice(0, -2) }] };
    },
    cost(ctx, outputs) {
        const shape = ctx.shapeOf(0);
        const m = shape[shape.length - 1];
        if (typeof m !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .UnresolvedDimError */ .g8(m);
        return { macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]) * Math.round((2 * m ** 3) / 3) };
    },
    doc: { flops: 'round(2M³/3) per M×M matrix (LU factorisation); the diagonal product is not counted' },
};
const ops = [
    ...reduceOps,
    argDef('ArgMax'),
    argDef('ArgMin'),
    topKDef(1),
    topKDef(10),
    cumulative('CumSum', 11),
    cumulative('CumProd', 26),
    det,
];


/***/ })

};
