export const id = 202;
export const ids = [202];
export const modules = {

/***/ 5381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ isTrustedInt64Number)
/* harmony export */ });
const SENTINEL_MAGNITUDE = 2 ** 62;
function isTrustedInt64Number(x) {
    return Number.isSafeInteger(x) || Math.abs(x) >= SENTINEL_MAGNITUDE;
}


/***/ }),

/***/ 9202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DATA_MOVEMENT_FLOPS: () => (/* binding */ DATA_MOVEMENT_FLOPS),
/* harmony export */   NO_ARITHMETIC: () => (/* binding */ NO_ARITHMETIC),
/* harmony export */   NO_DATA_MEMORY: () => (/* binding */ NO_DATA_MEMORY),
/* harmony export */   castNumber: () => (/* binding */ castNumber),
/* harmony export */   dimProduct: () => (/* binding */ dimProduct),
/* harmony export */   dimSum: () => (/* binding */ dimSum),
/* harmony export */   inputBytes: () => (/* binding */ inputBytes),
/* harmony export */   intsOf: () => (/* binding */ intsOf),
/* harmony export */   isConcrete: () => (/* binding */ isConcrete),
/* harmony export */   movesOnly: () => (/* binding */ movesOnly),
/* harmony export */   ops: () => (/* binding */ ops),
/* harmony export */   reshapeDims: () => (/* binding */ reshapeDims),
/* harmony export */   single: () => (/* binding */ single),
/* harmony export */   stridesOf: () => (/* binding */ stridesOf),
/* harmony export */   tensorValue: () => (/* binding */ tensorValue),
/* harmony export */   transposeData: () => (/* binding */ transposeData),
/* harmony export */   valueOf: () => (/* binding */ valueOf)
/* harmony export */ });
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(155);
/* harmony import */ var _graph_int64_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5381);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1062);





const NO_ARITHMETIC = { macs: 0, flops: 0 };
function movesOnly(bytes) {
    return { macs: 0, flops: 0, bytes };
}
const DATA_MOVEMENT_FLOPS = '0: data movement only (copies or rearranges elements, no arithmetic)';
const NO_DATA_MEMORY = '0 bytes: a metadata (view) change, no element is read or written';
function valueOf(ctx, i) {
    return ctx.inputs[i]?.value;
}
function intsOf(ctx, i) {
    const v = valueOf(ctx, i);
    return v ? v.data.map((x) => Math.trunc(x)) : undefined;
}
function isConcrete(shape) {
    return shape.every((d) => typeof d === 'number');
}
function dimProduct(dims, ctx, hint) {
    let c = 1;
    const syms = [];
    for (const d of dims) {
        if (typeof d === 'number')
            c *= d;
        else
            syms.push(d);
    }
    if (syms.length === 0)
        return c;
    if (c === 0)
        return 0;
    if (syms.length === 1 && c === 1)
        return syms[0];
    return ctx.freshDim(hint);
}
function dimSum(dims, ctx, hint) {
    let c = 0;
    const syms = [];
    for (const d of dims) {
        if (typeof d === 'number')
            c += d;
        else
            syms.push(d);
    }
    if (syms.length === 0)
        return c;
    if (syms.length === 1 && c === 0)
        return syms[0];
    return ctx.freshDim(hint);
}
function stridesOf(shape) {
    const s = new Array(shape.length).fill(1);
    for (let i = shape.length - 2; i >= 0; i--)
        s[i] = s[i + 1] * shape[i + 1];
    return s;
}
function transposeData(data, shape, perm) {
    const inStrides = stridesOf(shape);
    const outShape = perm.map((p) => shape[p]);
    const n = data.length;
    const out = new Array(n);
    const idx = new Array(outShape.length).fill(0);
    for (let o = 0; o < n; o++) {
        let src = 0;
        for (let k = 0; k < idx.length; k++)
            src += idx[k] * inStrides[perm[k]];
        out[o] = data[src];
        for (let k = idx.length - 1; k >= 0; k--) {
            if (++idx[k] < outShape[k])
                break;
            idx[k] = 0;
        }
    }
    return out;
}
function inputBytes(ctx, positions) {
    let b = 0;
    for (const i of positions) {
        const x = ctx.inputs[i];
        if (x)
            b += (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesOf */ .$$)(x.type);
    }
    return b;
}
function tensorValue(t) {
    return t.values ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(t.dtype, t.dims, t.values) : undefined;
}
function single(type, value) {
    return value ? { outputs: [type], values: [value] } : { outputs: [type] };
}
function castNumber(x, to) {
    const kind = (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeKind */ .PN)(to);
    if (kind === 'bool')
        return x !== 0 ? 1 : 0;
    if (kind === 'float')
        return to === 'float32' ? Math.fround(x) : to === 'float64' ? x : undefined;
    if (kind === 'int' || kind === 'uint') {
        if (!Number.isFinite(x))
            return undefined;
        const t = Math.trunc(x);
        switch (to) {
            case 'int8': return (t << 24) >> 24;
            case 'uint8': return t & 0xff;
            case 'int16': return (t << 16) >> 16;
            case 'uint16': return t & 0xffff;
            case 'int32': return t | 0;
            case 'uint32': return t >>> 0;
            default: return t;
        }
    }
    return undefined;
}
const RESHAPE_DOC = {
    flops: '0: a view change',
    memory: NO_DATA_MEMORY,
    peers: 'thop/fvcore never see it (a PyTorch view).',
};
function reshapeDims(input, target, allowzero, ctx) {
    const out = [];
    let inferAt = -1;
    target.forEach((t, i) => {
        if (t === 0 && !allowzero) {
            if (!input) {
                out.push(ctx.freshDim('reshape'));
                return;
            }
            if (i >= input.length)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`shape entry ${i} is 0 (copy) but the input has rank ${input.length}`);
            out.push(input[i]);
        }
        else if (t === -1) {
            if (inferAt >= 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`shape [${target.join(',')}] has more than one -1`);
            inferAt = i;
            out.push(0);
        }
        else if (t < -1) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`shape [${target.join(',')}] has an invalid entry ${t}`);
        }
        else {
            out.push(t);
        }
    });
    if (!input) {
        if (inferAt >= 0)
            out[inferAt] = ctx.freshDim('reshape');
        return out;
    }
    let num = 1;
    let den = 1;
    const numSyms = [];
    const denSyms = [];
    for (const d of input) {
        if (typeof d === 'number')
            num *= d;
        else
            numSyms.push(d);
    }
    out.forEach((d, i) => {
        if (i === inferAt)
            return;
        if (typeof d === 'number')
            den *= d;
        else {
            const k = numSyms.indexOf(d);
            if (k >= 0)
                numSyms.splice(k, 1);
            else
                denSyms.push(d);
        }
    });
    if (inferAt >= 0) {
        if (numSyms.length === 0 && denSyms.length === 0) {
            if (den === 0) {
                if (num !== 0)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`cannot infer -1 in shape [${target.join(',')}]: the other dims multiply to 0`);
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`cannot infer -1 in shape [${target.join(',')}] for an empty tensor`);
            }
            if (num % den !== 0) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`cannot reshape [${input.join(',')}] to [${target.join(',')}]: ${num} elements do not divide by ${den}`);
            }
            out[inferAt] = num / den;
        }
        else if (denSyms.length === 0 && numSyms.length === 1 && num === den) {
            out[inferAt] = numSyms[0];
        }
        else {
            out[inferAt] = ctx.freshDim('reshape');
        }
    }
    else if (numSyms.length === 0 && denSyms.length === 0 && num !== den) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`cannot reshape [${input.join(',')}] (${num} elements) to [${target.join(',')}] (${den} elements)`);
    }
    return out;
}
function inferReshape(ctx, target, targetLength, allowzero) {
    const x = ctx.input(0);
    const inShape = x.type.shape;
    let shape;
    if (target) {
        shape = reshapeDims(inShape, target, allowzero, ctx);
    }
    else if (typeof targetLength === 'number') {
        shape = Array.from({ length: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .rankFromLength */ .Zj)(targetLength, 'the shape input') }, () => ctx.freshDim('reshape'));
    }
    else {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('the shape input is not a known constant and its length is unknown: the output rank cannot be inferred');
    }
    const type = { dtype: x.type.dtype, shape };
    const value = x.value && shape && isConcrete(shape) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, x.value.data) : undefined;
    return single(type, value);
}
const reshapeV1 = {
    domain: '', opType: 'Reshape', since: 1, movesData: false, doc: RESHAPE_DOC,
    infer: (ctx) => inferReshape(ctx, ctx.attrs.ints('shape'), undefined, false),
    cost: () => NO_ARITHMETIC,
};
const reshapeV5 = {
    domain: '', opType: 'Reshape', since: 5, movesData: false, doc: RESHAPE_DOC,
    infer: (ctx) => {
        const allowzero = ctx.opset >= 14 && ctx.attrs.int('allowzero', 0) === 1;
        const s = ctx.input(1).type.shape;
        if (s && s.length !== 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`the shape input must be 1-D, got rank ${s.length}`);
        return inferReshape(ctx, intsOf(ctx, 1), s?.[0], allowzero);
    },
    cost: () => NO_ARITHMETIC,
};
const reshapeV14 = { ...reshapeV5, since: 14 };
const flattenDoc = { flops: '0: a view change', memory: NO_DATA_MEMORY };
function makeFlatten(since) {
    return {
        domain: '', opType: 'Flatten', since, movesData: false, doc: flattenDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            const r = s.length;
            let axis = ctx.attrs.int('axis', 1);
            if (axis < 0) {
                if (since < 11)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${axis} is negative (allowed from opset 11)`);
                axis += r;
            }
            if (axis < 0 || axis > r)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${ctx.attrs.int('axis', 1)} is out of range for rank ${r}`);
            const shape = [dimProduct(s.slice(0, axis), ctx, 'flatten'), dimProduct(s.slice(axis), ctx, 'flatten')];
            const value = x.value && isConcrete(shape) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, x.value.data) : undefined;
            return single({ dtype: x.type.dtype, shape }, value);
        },
        cost: () => NO_ARITHMETIC,
    };
}
const squeezeDoc = { flops: '0: a view change', memory: NO_DATA_MEMORY };
function squeeze(ctx, axes, allowNegative) {
    const x = ctx.input(0);
    const s = x.type.shape;
    if (!s)
        return single({ dtype: x.type.dtype, shape: undefined });
    let shape;
    if (axes) {
        const norm = new Set();
        for (const a of axes) {
            if (a < 0 && !allowNegative)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${a} is negative (allowed from opset 11)`);
            const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAxis */ .Ni)(a, s.length);
            const d = s[n];
            if (typeof d === 'number' && d !== 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`cannot squeeze axis ${a}: its size is ${d}, not 1`);
            norm.add(n);
        }
        shape = s.filter((_, i) => !norm.has(i));
    }
    else if (isConcrete(s)) {
        shape = s.filter((d) => d !== 1);
    }
    else {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`Squeeze without axes on [${s.join(',')}]: the symbolic dims may or may not be 1, so the output rank is unknown`);
    }
    const value = x.value && shape && isConcrete(shape) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, x.value.data) : undefined;
    return single({ dtype: x.type.dtype, shape }, value);
}
function unsqueeze(ctx, axes, allowNegative) {
    const x = ctx.input(0);
    const s = x.type.shape;
    if (!s)
        return single({ dtype: x.type.dtype, shape: undefined });
    if (!axes)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('the axes input is not a known constant: where the new dims go cannot be inferred');
    const outRank = s.length + axes.length;
    const norm = new Set();
    for (const a of axes) {
        if (a < 0 && !allowNegative)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${a} is negative (allowed from opset 11)`);
        const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAxis */ .Ni)(a, outRank);
        if (norm.has(n))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axes [${axes.join(',')}] repeat axis ${n}`);
        norm.add(n);
    }
    const shape = [];
    let k = 0;
    for (let i = 0; i < outRank; i++)
        shape.push(norm.has(i) ? 1 : s[k++]);
    const value = x.value && isConcrete(shape) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, x.value.data) : undefined;
    return single({ dtype: x.type.dtype, shape }, value);
}
const squeezeOps = [
    {
        domain: '', opType: 'Squeeze', since: 1, movesData: false, doc: squeezeDoc,
        infer: (ctx) => squeeze(ctx, ctx.attrs.has('axes') ? ctx.attrs.ints('axes') : undefined, false),
        cost: () => NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'Squeeze', since: 11, movesData: false, doc: squeezeDoc,
        infer: (ctx) => squeeze(ctx, ctx.attrs.has('axes') ? ctx.attrs.ints('axes') : undefined, true),
        cost: () => NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'Squeeze', since: 13, movesData: false, doc: squeezeDoc,
        infer: (ctx) => {
            if (ctx.inputs[1] && !valueOf(ctx, 1)) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('the axes input is not a known constant: which dims are removed cannot be inferred');
            }
            return squeeze(ctx, intsOf(ctx, 1), true);
        },
        cost: () => NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'Unsqueeze', since: 1, movesData: false, doc: squeezeDoc,
        infer: (ctx) => unsqueeze(ctx, ctx.attrs.ints('axes'), false),
        cost: () => NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'Unsqueeze', since: 11, movesData: false, doc: squeezeDoc,
        infer: (ctx) => unsqueeze(ctx, ctx.attrs.ints('axes'), true),
        cost: () => NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'Unsqueeze', since: 13, movesData: false, doc: squeezeDoc,
        infer: (ctx) => {
            ctx.input(1);
            return unsqueeze(ctx, intsOf(ctx, 1), true);
        },
        cost: () => NO_ARITHMETIC,
    },
];
const shapeDoc = {
    flops: '0: reads tensor metadata only',
    memory: '0 bytes: the result comes from metadata; the input elements are never read',
};
function makeShape(since) {
    return {
        domain: '', opType: 'Shape', since, movesData: false, doc: shapeDoc,
        infer: (ctx) => {
            const s = ctx.input(0).type.shape;
            if (!s) {
                return single({ dtype: 'int64', shape: [ctx.freshDim('rank')] });
            }
            const r = s.length;
            let start = 0;
            let end = r;
            if (since >= 15) {
                start = ctx.attrs.int('start', 0);
                end = ctx.attrs.has('end') ? ctx.attrs.int('end') : r;
                if (start < 0)
                    start += r;
                if (end < 0)
                    end += r;
                start = Math.min(Math.max(start, 0), r);
                end = Math.min(Math.max(end, 0), r);
            }
            const dims = s.slice(start, Math.max(start, end));
            const type = { dtype: 'int64', shape: [dims.length] };
            return single(type, isConcrete(dims) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)('int64', [dims.length], dims) : undefined);
        },
        cost: () => NO_ARITHMETIC,
    };
}
const sizeOp = {
    domain: '', opType: 'Size', since: 1, movesData: false, doc: shapeDoc,
    infer: (ctx) => {
        const s = ctx.input(0).type.shape;
        const type = { dtype: 'int64', shape: [] };
        return single(type, s && isConcrete(s) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)('int64', [], [(0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(s)]) : undefined);
    },
    cost: () => NO_ARITHMETIC,
};
const identityOp = {
    domain: '', opType: 'Identity', since: 1, movesData: false,
    doc: { flops: '0', memory: '0 bytes: runtimes alias the output to the input' },
    infer: (ctx) => {
        const x = ctx.input(0);
        return single(x.type, x.value);
    },
    cost: () => NO_ARITHMETIC,
};
const dropoutDoc = {
    flops: '0: inference mode is the identity (training_mode=1 would add 1 compare + 1 multiply per element; not modelled)',
    memory: '0 bytes in inference: the output aliases the input; a requested mask is written (all true)',
    peers: 'thop/fvcore count 0 for nn.Dropout in eval mode as well.',
};
function makeDropout(since) {
    return {
        domain: '', opType: 'Dropout', since, movesData: false, doc: dropoutDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            if (since >= 12) {
                const training = valueOf(ctx, 2);
                const ratio = ctx.inputs[1] ? valueOf(ctx, 1) : undefined;
                const keepsAll = ratio !== undefined && ratio.data.length === 1 && ratio.data[0] === 0;
                if (training && training.data[0] && !keepsAll)
                    ctx.warn('Dropout with training_mode=1: profiled as inference (identity)');
            }
            const outputs = [x.type];
            const values = [x.value];
            if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== '') {
                outputs.push({ dtype: ctx.opset >= 10 ? 'bool' : x.type.dtype, shape: x.type.shape });
                values.push(undefined);
            }
            return { outputs, values };
        },
        cost: (ctx, outputs) => (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== ''
            ? movesOnly((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesOf */ .$$)(outputs[1]))
            : NO_ARITHMETIC),
    };
}
const constantDoc = {
    flops: '0',
    memory: '0 bytes: the tensor is part of the model file; its readers count it when they read it',
};
function inferConstant(ctx) {
    const attrs = ctx.node.attributes;
    if (attrs.size === 1) {
        const value = attrs.get('value');
        if (value)
            return constantOf(ctx, 'value', value);
    }
    for (const [name, attr] of attrs) {
        const out = constantOf(ctx, name, attr);
        if (out)
            return out;
    }
    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('Constant has none of the attributes value, sparse_value, value_float(s), value_int(s), value_string(s)');
}
function constantOf(ctx, name, attr) {
    switch (name) {
        case 'value':
        case 'sparse_value': {
            if (attr.type !== 'tensor' && attr.type !== 'sparse_tensor') {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`attribute '${name}' should be a tensor but is ${attr.type}`);
            }
            const t = attr.value;
            return single({ dtype: t.dtype, shape: t.dims }, tensorValue(t));
        }
        case 'value_float':
            return single({ dtype: 'float32', shape: [] }, (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)('float32', [], [Math.fround(ctx.attrs.float(name))]));
        case 'value_floats': {
            const v = ctx.attrs.floats(name).map(Math.fround);
            return single({ dtype: 'float32', shape: [v.length] }, (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)('float32', [v.length], v));
        }
        case 'value_int': {
            const v = ctx.attrs.int(name);
            return single({ dtype: 'int64', shape: [] }, (0,_graph_int64_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrustedInt64Number */ .a)(v) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)('int64', [], [v]) : undefined);
        }
        case 'value_ints': {
            const v = ctx.attrs.ints(name);
            return single({ dtype: 'int64', shape: [v.length] }, v.every(_graph_int64_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrustedInt64Number */ .a) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)('int64', [v.length], v) : undefined);
        }
        case 'value_string':
            return single({ dtype: 'string', shape: [] });
        case 'value_strings':
            return single({ dtype: 'string', shape: [ctx.attrs.strings(name).length] });
        default:
            return undefined;
    }
}
const constantOps = [1, 11, 12].map((since) => ({
    domain: '', opType: 'Constant', since, movesData: false, doc: constantDoc,
    infer: inferConstant,
    cost: () => NO_ARITHMETIC,
}));
const castDoc = {
    flops: '0: a type conversion is not counted as arithmetic',
    memory: 'input bytes at the source dtype + output bytes at the target dtype',
};
const ONNX_TYPE_NAMES = {
    FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT32: 6, INT64: 7, STRING: 8, BOOL: 9,
    FLOAT16: 10, DOUBLE: 11, UINT32: 12, UINT64: 13, COMPLEX64: 14, COMPLEX128: 15, BFLOAT16: 16,
};
function castTarget(ctx) {
    const attr = ctx.node.attributes.get('to');
    if (!attr)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`required attribute 'to' is missing`);
    let code;
    if (attr.type === 'string')
        code = ONNX_TYPE_NAMES[attr.value.toUpperCase()];
    else
        code = ctx.attrs.int('to');
    const dtype = code === undefined ? undefined : (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .dtypeFromOnnx */ .WQ)(code);
    if (!dtype)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`attribute 'to' names an unknown data type (${attr.type === 'string' ? attr.value : code})`);
    return dtype;
}
function castTo(ctx, to) {
    const x = ctx.input(0);
    let value;
    if (x.value && to !== 'string' && x.value.dtype !== 'string') {
        const data = [];
        for (const v of x.value.data) {
            const c = castNumber(v, to);
            if (c === undefined) {
                data.length = 0;
                break;
            }
            data.push(c);
        }
        if (data.length === x.value.data.length)
            value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(to, x.value.shape, data);
    }
    return single({ dtype: to, shape: x.type.shape }, value);
}
const castOps = [
    ...[1, 6, 19].map((since) => ({
        domain: '', opType: 'Cast', since, doc: castDoc,
        infer: (ctx) => castTo(ctx, castTarget(ctx)),
        cost: () => NO_ARITHMETIC,
    })),
    ...[15, 19].map((since) => ({
        domain: '', opType: 'CastLike', since, doc: castDoc,
        infer: (ctx) => {
            const to = ctx.input(1).type.dtype;
            if (!to)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('the target_type input has no known element type');
            return castTo(ctx, to);
        },
        cost: () => NO_ARITHMETIC,
    })),
];
const bitCastOp = {
    domain: '', opType: 'BitCast', since: 26, movesData: false,
    doc: { flops: '0: reinterprets bits, no conversion', memory: NO_DATA_MEMORY },
    infer: (ctx) => {
        const x = ctx.input(0);
        const to = castTarget(ctx);
        const from = x.type.dtype;
        if (to === 'string' || from === 'string')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('BitCast does not take string tensors');
        if (from && (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeBits */ .$C)(from) !== (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeBits */ .$C)(to)) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`cannot bit-cast ${from} (${(0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeBits */ .$C)(from)} bits) to ${to} (${(0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeBits */ .$C)(to)} bits): widths differ`);
        }
        return single({ dtype: to, shape: x.type.shape });
    },
    cost: () => NO_ARITHMETIC,
};
const optionalDoc = { flops: '0', memory: '0 bytes: wraps or unwraps a reference' };
const optionalOps = [
    {
        domain: '', opType: 'Optional', since: 15, movesData: false, doc: optionalDoc,
        infer: (ctx) => {
            const x = ctx.inputs[0];
            if (x)
                return single(x.type, x.value);
            const tp = ctx.node.attributes.get('type');
            if (tp?.type === 'type_proto')
                return single({ dtype: tp.value.dtype, shape: tp.value.shape?.map((d) => d ?? ctx.freshDim('optional')) });
            return single({ dtype: undefined, shape: undefined });
        },
        cost: () => NO_ARITHMETIC,
    },
    ...[15, 18].map((since) => ({
        domain: '', opType: 'OptionalHasElement', since, movesData: false, doc: optionalDoc,
        infer: () => single({ dtype: 'bool', shape: [] }),
        cost: () => NO_ARITHMETIC,
    })),
    ...[15, 18].map((since) => ({
        domain: '', opType: 'OptionalGetElement', since, movesData: false, doc: optionalDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            return single(x.type, x.value);
        },
        cost: () => NO_ARITHMETIC,
    })),
];
const ops = [
    reshapeV1, reshapeV5, reshapeV14,
    makeFlatten(1), makeFlatten(9), makeFlatten(11),
    ...squeezeOps,
    makeShape(1), makeShape(15),
    sizeOp,
    identityOp,
    makeDropout(1), makeDropout(7), makeDropout(12),
    ...constantOps,
    ...castOps,
    bitCastOp,
    ...optionalOps,
];


/***/ })

};
