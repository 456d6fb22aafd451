export const id = 360;
export const ids = [360];
export const modules = {

/***/ 6360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops),
/* harmony export */   sliceRange: () => (/* binding */ sliceRange)
/* harmony export */ });
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9202);




function selectionBytes(ctx, outputs, indexInputs) {
    return 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesOf */ .$$)(outputs[0]) + (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.inputBytes)(ctx, indexInputs);
}
const gatherDoc = {
    flops: _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.DATA_MOVEMENT_FLOPS,
    memory: 'indices bytes + gathered elements read (= output bytes) + output bytes written; the rest of the table is not read',
    peers: 'a count that charges the whole data tensor (the plain inputs+outputs rule) overstates an embedding lookup by the vocabulary size.',
};
function gatherShape(data, indices, axis) {
    return [...data.slice(0, axis), ...indices, ...data.slice(axis + 1)];
}
const gatherOp = {
    domain: '', opType: 'Gather', since: 1, doc: gatherDoc,
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const ind = ctx.input(1);
        const is = ctx.shapeOf(1);
        if (s.length === 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('data must have rank >= 1');
        const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', 0), s.length);
        const shape = gatherShape(s, is, axis);
        let value;
        if (x.value && ind.value && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(s) && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(shape)) {
            const d = s[axis];
            const outer = s.slice(0, axis).reduce((a, b) => a * b, 1);
            const inner = s.slice(axis + 1).reduce((a, b) => a * b, 1);
            const idx = ind.value.data.map((i) => {
                const j = Math.trunc(i);
                if (j < -d || j >= d)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`index ${j} is out of range for axis ${axis} of size ${d}`);
                return j < 0 ? j + d : j;
            });
            const data = [];
            for (let o = 0; o < outer; o++) {
                for (const j of idx) {
                    const base = (o * d + j) * inner;
                    for (let k = 0; k < inner; k++)
                        data.push(x.value.data[base + k]);
                }
            }
            value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .knownValue */ .jj)(x.value.dtype, shape, data);
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape }, value);
    },
    cost: (ctx, outputs) => ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.movesOnly)(selectionBytes(ctx, outputs, [1]))),
};
const gatherElementsOp = {
    domain: '', opType: 'GatherElements', since: 11, doc: gatherDoc,
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const is = ctx.shapeOf(1);
        if (is.length !== s.length)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`indices rank ${is.length} differs from data rank ${s.length}`);
        (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', 0), s.length);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape: is });
    },
    cost: (ctx, outputs) => ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.movesOnly)(selectionBytes(ctx, outputs, [1]))),
};
function makeGatherND(since) {
    return {
        domain: '', opType: 'GatherND', since, doc: gatherDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            const is = ctx.shapeOf(1);
            const b = since >= 12 ? ctx.attrs.int('batch_dims', 0) : 0;
            if (is.length < 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('indices must have rank >= 1');
            const k = is[is.length - 1];
            if (typeof k !== 'number')
                return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape: undefined });
            if (b + k > s.length)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`batch_dims ${b} + indices last dim ${k} exceed data rank ${s.length}`);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape: [...is.slice(0, -1), ...s.slice(b + k)] });
        },
        cost: (ctx, outputs) => ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.movesOnly)(selectionBytes(ctx, outputs, [1]))),
    };
}
const scatterDoc = {
    flops: "0 with reduction='none'; 1 per update element with add/mul/max/min",
    memory: 'data + indices + updates read, output written (ONNX semantics copy data; in-place runtimes do less)',
};
function makeScatter(opType, since, hasReduction) {
    return {
        domain: '', opType, since, doc: scatterDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            ctx.input(1);
            ctx.input(2);
            if (opType !== 'ScatterND')
                (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', 0), s.length);
            if (hasReduction) {
                const r = ctx.attrs.string('reduction', 'none');
                if (!['none', 'add', 'mul', 'max', 'min'].includes(r))
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`unknown reduction '${r}'`);
            }
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape: s });
        },
        cost: (ctx) => {
            const r = hasReduction ? ctx.attrs.string('reduction', 'none') : 'none';
            return { macs: 0, flops: r === 'none' ? 0 : (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(ctx.shapeOf(2)) };
        },
    };
}
const TO_THE_END = 2147483647;
function sliceRange(d, start, end, step) {
    if (step === 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('slice step is 0');
    let s = start < 0 ? start + d : start;
    let e = end < 0 ? end + d : end;
    if (step > 0) {
        s = Math.min(Math.max(s, 0), d);
        e = Math.min(Math.max(e, 0), d);
    }
    else {
        s = Math.min(Math.max(s, 0), d - 1);
        e = Math.min(Math.max(e, -1), d - 1);
    }
    const len = Math.max(0, Math.ceil((e - s) / step));
    return { start: s, len };
}
function sliceSpecs(rank, starts, ends, axes, steps, allowNegAxes) {
    if (starts.length !== ends.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`starts has ${starts.length} entries, ends ${ends.length}`);
    const ax = axes ?? starts.map((_, i) => i);
    if (ax.length !== starts.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`axes has ${ax.length} entries, starts ${starts.length}`);
    if (steps && steps.length !== starts.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`steps has ${steps.length} entries, starts ${starts.length}`);
    const seen = new Set();
    return ax.map((a, i) => {
        if (a < 0 && !allowNegAxes)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`axis ${a} is negative`);
        const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(a, rank);
        if (seen.has(axis))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`axes [${ax.join(',')}] repeat axis ${axis}`);
        seen.add(axis);
        return { axis, start: starts[i], end: ends[i], step: steps ? steps[i] : 1 };
    });
}
function inferSlice(ctx, specs, slicedAxes) {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    if (!specs) {
        const shape = s.map((d, i) => (!slicedAxes || slicedAxes.includes(i) ? ctx.freshDim('slice') : d));
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape });
    }
    const ranges = new Map();
    const shape = [...s];
    for (const sp of specs) {
        const d = s[sp.axis];
        if (typeof d === 'number') {
            const r = sliceRange(d, sp.start, sp.end, sp.step);
            ranges.set(sp.axis, { start: r.start, len: r.len, step: sp.step });
            shape[sp.axis] = r.len;
        }
        else if (sp.step === 1 && sp.start === 0 && sp.end >= TO_THE_END) {
            shape[sp.axis] = d;
        }
        else if (sp.step === -1 && sp.start === -1 && sp.end <= -TO_THE_END) {
            shape[sp.axis] = d;
        }
        else {
            shape[sp.axis] = ctx.freshDim('slice');
        }
    }
    let value;
    if (x.value && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(s) && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(shape) && (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(shape) <= _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FOLD_ELEMENTS */ .fE) {
        const strides = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.stridesOf)(s);
        const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(shape);
        const data = new Array(n);
        const idx = new Array(shape.length).fill(0);
        for (let o = 0; o < n; o++) {
            let src = 0;
            for (let k = 0; k < idx.length; k++) {
                const r = ranges.get(k);
                src += (r ? r.start + idx[k] * r.step : idx[k]) * strides[k];
            }
            data[o] = x.value.data[src];
            for (let k = idx.length - 1; k >= 0; k--) {
                if (++idx[k] < shape[k])
                    break;
                idx[k] = 0;
            }
        }
        value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .knownValue */ .jj)(x.value.dtype, shape, data);
    }
    return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape }, value);
}
const sliceDoc = {
    flops: _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.DATA_MOVEMENT_FLOPS,
    memory: 'the slice read (= output bytes) + output written + the starts/ends/axes/steps vectors',
    peers: 'the plain inputs+outputs rule would charge the whole input.',
};
const sliceOps = [
    {
        domain: '', opType: 'Slice', since: 1, doc: sliceDoc,
        infer: (ctx) => {
            const r = ctx.shapeOf(0).length;
            const axes = ctx.attrs.has('axes') ? ctx.attrs.ints('axes') : undefined;
            return inferSlice(ctx, sliceSpecs(r, ctx.attrs.ints('starts'), ctx.attrs.ints('ends'), axes, undefined, false), undefined);
        },
        cost: (ctx, outputs) => ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.movesOnly)(selectionBytes(ctx, outputs, []))),
    },
    {
        domain: '', opType: 'Slice', since: 10, doc: sliceDoc,
        infer: (ctx) => {
            const r = ctx.shapeOf(0).length;
            ctx.input(1);
            ctx.input(2);
            const starts = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, 1);
            const ends = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, 2);
            const axes = ctx.inputs[3] ? (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, 3) : undefined;
            const axesUnknown = ctx.inputs[3] !== undefined && axes === undefined;
            const steps = ctx.inputs[4] ? (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, 4) : undefined;
            const stepsUnknown = ctx.inputs[4] !== undefined && steps === undefined;
            if (!starts || !ends || axesUnknown || stepsUnknown) {
                let sliced;
                if (axes)
                    sliced = axes.map((a) => (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(a, r));
                else if (!axesUnknown) {
                    const n = ctx.input(1).type.shape?.[0];
                    if (typeof n === 'number' && n > r)
                        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`starts has ${n} entries, more than the data's rank ${r}`);
                    if (typeof n === 'number')
                        sliced = Array.from({ length: n }, (_, i) => i);
                }
                return inferSlice(ctx, undefined, sliced);
            }
            return inferSlice(ctx, sliceSpecs(r, starts, ends, axes, steps, true), undefined);
        },
        cost: (ctx, outputs) => ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.movesOnly)(selectionBytes(ctx, outputs, [1, 2, 3, 4]))),
    },
];
const dataDependentDoc = (what) => ({
    flops: _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.DATA_MOVEMENT_FLOPS,
    memory: `inputs + outputs when the ${what} is known (folded); otherwise only the inputs, and the cost is marked a lower bound`,
});
function makeCompress(since) {
    return {
        domain: '', opType: 'Compress', since,
        doc: {
            flops: _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.DATA_MOVEMENT_FLOPS,
            memory: 'condition + selected elements read (= output bytes) + output written when the condition is known; otherwise only the inputs, and the cost is marked a lower bound',
        },
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            const cond = ctx.input(1);
            const hasAxis = ctx.attrs.has('axis');
            if (hasAxis && ctx.attrs.int('axis') < 0 && since < 11)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('negative axis is allowed from opset 11');
            const axis = hasAxis ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis'), s.length) : -1;
            let kept;
            if (cond.value) {
                const len = hasAxis ? s[axis] : s.every((d) => typeof d === 'number') ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(s) : undefined;
                const used = typeof len === 'number' ? cond.value.data.slice(0, len) : cond.value.data;
                kept = used.filter((v) => v !== 0).length;
            }
            else {
                kept = ctx.freshDim('compress');
            }
            const shape = hasAxis ? s.map((d, i) => (i === axis ? kept : d)) : [kept];
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: x.type.dtype, shape });
        },
        cost: (ctx, outputs) => {
            const out = outputs[0];
            if (out.shape && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(out.shape))
                return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.movesOnly)(selectionBytes(ctx, outputs, [1]));
            return { macs: 0, flops: 0, bytes: (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.inputBytes)(ctx, [0, 1]), lowerBound: 'Compress output size depends on the data' };
        },
    };
}
function makeNonZero(since) {
    return {
        domain: '', opType: 'NonZero', since, doc: dataDependentDoc('number of non-zero elements'),
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            if (x.value && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(s)) {
                const strides = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.stridesOf)(s);
                const hits = [];
                x.value.data.forEach((v, i) => { if (v !== 0)
                    hits.push(i); });
                const data = [];
                for (let k = 0; k < s.length; k++)
                    for (const h of hits)
                        data.push(Math.floor(h / strides[k]) % s[k]);
                const shape = [s.length, hits.length];
                return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'int64', shape }, (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .knownValue */ .jj)('int64', shape, data));
            }
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'int64', shape: [s.length, ctx.freshDim('nonzero')] });
        },
        cost: (ctx, outputs) => {
            const out = outputs[0];
            if (out.shape && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(out.shape))
                return _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.NO_ARITHMETIC;
            return { macs: 0, flops: 0, bytes: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesOf */ .$$)(ctx.input(0).type), lowerBound: 'NonZero output size depends on the data' };
        },
    };
}
const uniqueOp = {
    domain: '', opType: 'Unique', since: 11,
    doc: {
        flops: '0: sorting and comparison select data; not floating-point arithmetic',
        memory: 'input bytes read; outputs depend on the number of unique values (lower bound)',
    },
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const u = ctx.freshDim('unique');
        let y;
        let inverseLen;
        if (ctx.attrs.has('axis')) {
            const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis'), s.length);
            y = s.map((d, i) => (i === axis ? u : d));
            inverseLen = s[axis];
        }
        else {
            y = [u];
            inverseLen = s.every((d) => typeof d === 'number') ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(s) : ctx.freshDim('unique_inverse');
        }
        const outputs = [
            { dtype: x.type.dtype, shape: y },
            { dtype: 'int64', shape: [u] },
            { dtype: 'int64', shape: [inverseLen] },
            { dtype: 'int64', shape: [u] },
        ];
        return { outputs: outputs.slice(0, Math.max(1, ctx.node.outputs.length)) };
    },
    cost: (ctx) => ({ macs: 0, flops: 0, bytes: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesOf */ .$$)(ctx.input(0).type), lowerBound: 'Unique output size depends on the data' }),
};
const nmsOp = {
    domain: '', opType: 'NonMaxSuppression', since: 10,
    doc: {
        flops: 'worst case (nothing suppressed early): 13 per box pair per class per batch = 13*N*C*B*(B-1)/2 (IoU: 4 min/max, 4 for width/height, 1 area product, 2 union, 1 divide, 1 compare) + 3*B per batch for areas',
        memory: 'boxes + scores read; selected indices written (data-dependent, lower bound)',
    },
    infer: (ctx) => {
        const boxes = ctx.shapeOf(0);
        const scores = ctx.shapeOf(1);
        if (boxes.length !== 3 || (typeof boxes[2] === 'number' && boxes[2] !== 4))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`boxes must be [batch, boxes, 4], got [${boxes.join(',')}]`);
        if (scores.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`scores must be [batch, classes, boxes], got [${scores.join(',')}]`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'int64', shape: [ctx.freshDim('nms_selected'), 3] });
    },
    cost: (ctx) => {
        const [N, B] = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .concrete */ .Kj)(ctx.shapeOf(0));
        const C = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .concrete */ .Kj)(ctx.shapeOf(1))[1];
        const flops = 13 * N * C * (B * (B - 1)) / 2 + 3 * B * N;
        return { macs: 0, flops, bytes: (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.inputBytes)(ctx, [0, 1]), lowerBound: 'NonMaxSuppression output size depends on the data' };
    },
};
const oneHotOp = {
    domain: '', opType: 'OneHot', since: 9,
    doc: { flops: '0: writes on/off values (no arithmetic)' },
    infer: (ctx) => {
        const is = ctx.shapeOf(0);
        ctx.input(1);
        const values = ctx.input(2);
        const depth = ctx.inputs[1]?.value?.data[0];
        const outRank = is.length + 1;
        const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', -1), outRank);
        if (depth !== undefined && depth < 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`depth ${depth} must be positive`);
        const d = depth !== undefined ? Math.trunc(depth) : ctx.freshDim('one_hot_depth');
        const shape = [...is.slice(0, axis), d, ...is.slice(axis)];
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: values.type.dtype, shape });
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.NO_ARITHMETIC,
};
const gbqOp = {
    domain: 'com.microsoft', opType: 'GatherBlockQuantized', since: 1,
    doc: {
        flops: '2 per output element (dequantize: subtract zero point, multiply by scale)',
        memory: 'indices + gathered quantized rows (bits per element) + their scales (and zero points) read, output written at the scales dtype; the rest of the table is not read',
    },
    infer: (ctx) => {
        const data = ctx.input(0);
        const s = ctx.shapeOf(0);
        const is = ctx.shapeOf(1);
        const scales = ctx.input(2);
        const bits = ctx.attrs.int('bits', 4);
        if (![2, 4, 8].includes(bits))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`bits ${bits} is not supported (2, 4 or 8)`);
        const blockSize = ctx.attrs.int('block_size', 128);
        if (blockSize < 16 || (blockSize & (blockSize - 1)) !== 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`block_size ${blockSize} must be a power of 2 and >= 16`);
        const gatherAxis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('gather_axis', 0), s.length);
        const quantizeAxis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('quantize_axis', 1), s.length);
        const packing = data.type.dtype === 'uint8' ? 8 / bits : 1;
        const logical = s.map((d, i) => (i === quantizeAxis && packing !== 1 ? (typeof d === 'number' ? d * packing : ctx.freshDim('gbq')) : d));
        const ss = scales.type.shape;
        if (ss && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(ss) && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.isConcrete)(logical)) {
            const expected = logical.map((d, i) => (i === quantizeAxis ? Math.ceil(d / blockSize) : d));
            if (ss.length !== expected.length || ss.some((d, i) => d !== expected[i])) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`scales shape [${ss.join(',')}] does not match data [${logical.join(',')}] with block_size ${blockSize} on axis ${quantizeAxis} (expected [${expected.join(',')}])`);
            }
        }
        if (!scales.type.dtype)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('scales have no known element type');
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: scales.type.dtype, shape: gatherShape(logical, is, gatherAxis) });
    },
    cost: (ctx, outputs) => {
        const out = outputs[0];
        const outElems = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(out.shape ?? []);
        const bits = ctx.attrs.int('bits', 4);
        const blockSize = ctx.attrs.int('block_size', 128);
        const dataDtype = ctx.input(0).type.dtype ?? 'uint8';
        const qBits = dataDtype === 'uint8' ? bits : (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeBits */ .$C)(dataDtype);
        const qBytes = Math.ceil((outElems * qBits) / 8);
        const quantizeAxis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('quantize_axis', 1), ctx.shapeOf(0).length);
        const gatherAxis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('gather_axis', 0), ctx.shapeOf(0).length);
        const blocksRead = quantizeAxis === gatherAxis ? outElems : Math.ceil(outElems / blockSize);
        const scaleDtype = ctx.input(2).type.dtype;
        let bytes = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.inputBytes)(ctx, [1]) + qBytes + (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(scaleDtype, blocksRead) + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesOf */ .$$)(out);
        const zp = ctx.inputs[3];
        if (zp?.type.dtype)
            bytes += zp.type.dtype === 'uint8' ? Math.ceil((blocksRead * bits) / 8) : (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(zp.type.dtype, blocksRead);
        return { macs: 0, flops: 2 * outElems, bytes };
    },
};
const tensorScatterOp = {
    domain: '', opType: 'TensorScatter', since: 24,
    doc: { flops: _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.DATA_MOVEMENT_FLOPS, memory: 'update bytes read + the same written into the cache (in place) + write_indices read' },
    infer(ctx) {
        const cache = ctx.shapeOf(0);
        const update = ctx.shapeOf(1);
        if (cache.length < 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`past_cache must have rank >= 2, got ${cache.length}`);
        if (update.length !== cache.length)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`update rank ${update.length} differs from past_cache rank ${cache.length}`);
        const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', -2), cache.length);
        if (axis === 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('axis cannot be the batch axis 0');
        const mode = ctx.attrs.string('mode', 'linear');
        if (mode !== 'linear' && mode !== 'circular')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`mode must be linear or circular, got '${mode}'`);
        for (let i = 0; i < cache.length; i++) {
            const a = cache[i], b = update[i];
            if (typeof a !== 'number' || typeof b !== 'number')
                continue;
            if (i === axis ? b > a : a !== b) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`update [${update.join(',')}] does not fit past_cache [${cache.join(',')}] along axis ${axis}`);
            }
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: ctx.input(0).type.dtype, shape: [...cache] });
    },
    cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesOf */ .$$)(ctx.input(1).type) + (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.inputBytes)(ctx, [2]) }),
};
const ops = [
    tensorScatterOp,
    gatherOp,
    gatherElementsOp,
    makeGatherND(11), makeGatherND(12),
    makeScatter('Scatter', 9, false),
    makeScatter('ScatterElements', 11, false), makeScatter('ScatterElements', 16, true), makeScatter('ScatterElements', 18, true),
    makeScatter('ScatterND', 11, false), makeScatter('ScatterND', 16, true), makeScatter('ScatterND', 18, true),
    ...sliceOps,
    makeCompress(9), makeCompress(11),
    makeNonZero(9),
    uniqueOp,
    nmsOp,
    oneHotOp,
    gbqOp,
];


/***/ })

};
