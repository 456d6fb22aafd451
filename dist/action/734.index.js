export const id = 734;
export const ids = [734];
export const modules = {

/***/ 2734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(155);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9202);





const fillDoc = { flops: '0: writes a fill value', memory: 'output bytes written (the small shape input read)' };
const constantOfShapeOp = {
    domain: '', opType: 'ConstantOfShape', since: 9, doc: fillDoc,
    infer: (ctx) => {
        const shapeIn = ctx.input(0);
        const valueAttr = ctx.attrs.tensor('value');
        if (valueAttr && valueAttr.elements !== 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`attribute 'value' must hold one element, has ${valueAttr.elements}`);
        const dtype = valueAttr?.dtype ?? 'float32';
        const fill = valueAttr ? (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.tensorValue)(valueAttr)?.data[0] : 0;
        const dims = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 0);
        let shape;
        if (dims) {
            if (dims.some((d) => d < 0))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`shape [${dims.join(',')}] has a negative dim`);
            shape = dims;
        }
        else {
            const len = shapeIn.type.shape?.[0];
            if (typeof len !== 'number')
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('the shape input is not a known constant and its length is unknown: the output rank cannot be inferred');
            shape = Array.from({ length: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .rankFromLength */ .Zj)(len, 'the shape input') }, () => ctx.freshDim('constant_of_shape'));
        }
        let value;
        if (dims && fill !== undefined && (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(dims) <= _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE)
            value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(dtype, dims, new Array((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(dims)).fill(fill));
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype, shape }, value);
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
};
const rangeOp = {
    domain: '', opType: 'Range', since: 11,
    doc: { flops: '1 per output element (one addition of delta each)', memory: 'output bytes written (+ the three scalars read)' },
    infer: (ctx) => {
        const start = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.valueOf)(ctx, 0)?.data[0];
        const limit = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.valueOf)(ctx, 1)?.data[0];
        const delta = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.valueOf)(ctx, 2)?.data[0];
        ctx.input(1);
        ctx.input(2);
        const dtype = ctx.input(0).type.dtype;
        if (start === undefined || limit === undefined || delta === undefined) {
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype, shape: [ctx.freshDim('range')] });
        }
        if (delta === 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('delta is 0');
        const n = Math.max(Math.ceil((limit - start) / delta), 0);
        const shape = [n];
        let value;
        if (n <= _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE && dtype) {
            const data = [];
            for (let i = 0; i < n; i++) {
                const v = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.castNumber)(start + i * delta, dtype);
                if (v === undefined)
                    break;
                data.push(v);
            }
            if (data.length === n)
                value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(dtype, shape, data);
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype, shape }, value);
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(outputs[0].shape ?? []) }),
};
function dtypeAttr(ctx, fallback) {
    if (!ctx.attrs.has('dtype'))
        return fallback;
    const code = ctx.attrs.int('dtype');
    const d = (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .dtypeFromOnnx */ .WQ)(code);
    if (!d)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`attribute 'dtype' is an unknown data type code ${code}`);
    return d;
}
const eyeLikeOp = {
    domain: '', opType: 'EyeLike', since: 9,
    doc: { flops: '0: writes zeros and ones', memory: 'output bytes written (only the input\'s shape is used)' },
    infer: (ctx) => {
        const s = ctx.shapeOf(0);
        if (s.length !== 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input must be 2-D, got [${s.join(',')}]`);
        const dtype = dtypeAttr(ctx, ctx.input(0).type.dtype);
        let value;
        if ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s) && dtype && (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(s) <= _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE) {
            const k = ctx.attrs.int('k', 0);
            const [rows, cols] = s;
            const data = new Array(rows * cols).fill(0);
            for (let i = 0; i < rows; i++)
                if (i + k >= 0 && i + k < cols)
                    data[i * cols + i + k] = 1;
            value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(dtype, s, data);
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype, shape: s }, value);
    },
    cost: (_ctx, outputs) => ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.movesOnly)(outputBytesOnly(outputs))),
};
const randomDoc = {
    flops: '2 per output element (the affine map of a raw sample: mean + scale*z, or low + (high-low)*u)',
    memory: 'output bytes written (the *Like variants use only their input\'s shape: its elements are not read)',
};
function makeRandom(opType) {
    return {
        domain: '', opType, since: 1, doc: randomDoc,
        infer: (ctx) => {
            const shape = ctx.attrs.ints('shape');
            if (shape.some((d) => d < 0))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`shape [${shape.join(',')}] has a negative dim`);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: dtypeAttr(ctx, 'float32'), shape: [...shape] });
        },
        cost: (_ctx, outputs) => ({ macs: 0, flops: 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(outputs[0].shape ?? []) }),
    };
}
function outputBytesOnly(outputs) {
    const o = outputs[0];
    if (!o.dtype)
        return 0;
    return Math.ceil(((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(o.shape ?? []) * (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeBits */ .$C)(o.dtype)) / 8);
}
function makeRandomLike(opType) {
    return {
        domain: '', opType, since: 1, doc: randomDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: dtypeAttr(ctx, x.type.dtype), shape: x.type.shape });
        },
        cost: (_ctx, outputs) => ({ macs: 0, flops: 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(outputs[0].shape ?? []), bytes: outputBytesOnly(outputs) }),
    };
}
const multinomialOp = {
    domain: '', opType: 'Multinomial', since: 7,
    doc: {
        flops: '2 per input element (exp of each log-probability + running sum) + 1 per sample (scaling the uniform draw); the search is not counted',
    },
    infer: (ctx) => {
        const s = ctx.shapeOf(0);
        if (s.length !== 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input must be [batch, classes], got [${s.join(',')}]`);
        const samples = ctx.attrs.int('sample_size', 1);
        const dtype = dtypeAttr(ctx, 'int32');
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype, shape: [s[0], samples] });
    },
    cost: (ctx, outputs) => ({ macs: 0, flops: 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(ctx.shapeOf(0)) + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(outputs[0].shape ?? []) }),
};
const bernoulliOp = {
    domain: '', opType: 'Bernoulli', since: 15,
    doc: { flops: '1 per element (compare a uniform draw with the probability)' },
    infer: (ctx) => {
        const x = ctx.input(0);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: dtypeAttr(ctx, x.type.dtype), shape: x.type.shape });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(outputs[0].shape ?? []) }),
};
const ops = [
    constantOfShapeOp,
    rangeOp,
    eyeLikeOp,
    makeRandom('RandomNormal'), makeRandom('RandomUniform'),
    makeRandomLike('RandomNormalLike'), makeRandomLike('RandomUniformLike'),
    multinomialOp,
    bernoulliOp,
];


/***/ })

};
