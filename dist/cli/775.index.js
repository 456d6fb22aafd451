export const id = 775;
export const ids = [775];
export const modules = {

/***/ 775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _elementwise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9698);



/**
 * Checks the scale against the input for the granularity the spec allows: a scalar (per tensor),
 * a 1-D tensor of the axis length (per axis), or the input's rank with the axis blocked.
 */
function checkScale(ctx, xShape, allowAxis, allowBlocks) {
    const scale = ctx.input(1).type.shape;
    if (!xShape || !scale)
        return;
    const blockSize = allowBlocks ? ctx.attrs.int('block_size', 0) : 0;
    const scaleElems = scale.every((d) => typeof d === 'number') ? scale.reduce((a, b) => a * b, 1) : undefined;
    if (blockSize > 0) {
        if (scale.length !== xShape.length) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`blocked quantization needs a scale of the input's rank ${xShape.length}, got rank ${scale.length}`);
        }
        const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', 1), xShape.length);
        const d = xShape[axis];
        const s = scale[axis];
        if (typeof d === 'number' && typeof s === 'number' && s !== Math.ceil(d / blockSize)) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scale has ${s} blocks on axis ${axis} but ceil(${d}/${blockSize}) = ${Math.ceil(d / blockSize)}`);
        }
        return;
    }
    if (scaleElems === 1)
        return; // per tensor (scalar or a 1-element tensor)
    if (!allowAxis || scale.length !== 1) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scale of shape [${scale.join(',')}] is neither per-tensor nor per-axis${allowAxis ? '' : ' (this opset only supports per-tensor)'}`);
    }
    if (xShape.length === 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('per-axis scale given for a scalar input');
    const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeAxis */ .Ni)(ctx.attrs.int('axis', 1), xShape.length);
    const d = xShape[axis];
    if (typeof d === 'number' && typeof scale[0] === 'number' && d !== scale[0]) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`per-axis scale has ${scale[0]} entries but axis ${axis} has ${d}`);
    }
}
const Q_DOC = {
    flops: '2 per element (divide by scale, add zero point; rounding and saturation not counted)',
};
const DQ_DOC = {
    flops: '2 per element (subtract zero point, multiply by scale)',
};
function quantizeLinear(domain, since) {
    const onnx = domain === '';
    return {
        domain, opType: 'QuantizeLinear', since,
        infer(ctx) {
            const x = ctx.input(0);
            checkScale(ctx, x.type.shape, !onnx || since >= 13, onnx && since >= 21);
            const zp = ctx.inputs[2];
            // Output type: the zero point's, else output_dtype (21+), else uint8.
            const fromAttr = onnx && since >= 21 ? (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.dtypeFromAttr)(ctx, 'output_dtype') : undefined;
            if (zp?.type.dtype && fromAttr && zp.type.dtype !== fromAttr) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`output_dtype ${fromAttr} differs from the zero point's type ${zp.type.dtype}`);
            }
            const dtype = zp ? zp.type.dtype ?? fromAttr : fromAttr ?? 'uint8';
            return { outputs: [{ dtype, shape: x.type.shape }] };
        },
        cost: (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.perOutputElement)(2),
        doc: Q_DOC,
    };
}
function dequantizeLinear(domain, since) {
    const onnx = domain === '';
    return {
        domain, opType: 'DequantizeLinear', since,
        infer(ctx) {
            const x = ctx.input(0);
            const scale = ctx.input(1);
            checkScale(ctx, x.type.shape, !onnx || since >= 13, onnx && since >= 21);
            const fromAttr = onnx && since >= 23 ? (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.dtypeFromAttr)(ctx, 'output_dtype') : undefined;
            return { outputs: [{ dtype: fromAttr ?? scale.type.dtype, shape: x.type.shape }] };
        },
        cost: (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.perOutputElement)(2),
        doc: DQ_DOC,
    };
}
const dynamicQuantizeLinear = {
    domain: '', opType: 'DynamicQuantizeLinear', since: 11,
    infer(ctx) {
        const x = ctx.input(0);
        return {
            outputs: [
                { dtype: 'uint8', shape: x.type.shape },
                { dtype: 'float32', shape: [] },
                { dtype: 'uint8', shape: [] },
            ],
        };
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: 4 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .elementsOf */ .ZE)(outputs[0]) }),
    doc: { flops: '4 per element (min and max for the range, then quantize: scale and zero point); the scalar scale/zero-point maths is not counted' },
};
/**
 * com.microsoft QLinear elementwise ops. Inputs are (tensor, scale, zero point) triples followed by
 * the output's scale and zero point; the output takes the first tensor's quantized type.
 */
function qlinear(opType, tensorInputs, arithmetic, doc) {
    const perElem = 2 * tensorInputs.length + arithmetic + 2;
    return {
        domain: 'com.microsoft', opType, since: 1,
        infer(ctx) {
            const first = ctx.input(tensorInputs[0]);
            for (const i of tensorInputs)
                ctx.input(i);
            const shapes = tensorInputs.map((i) => ctx.inputs[i].type.shape);
            const shape = shapes.every((s) => s !== undefined) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .broadcastShapes */ .OR)(shapes) : undefined;
            const out = { dtype: first.type.dtype, shape };
            return { outputs: [out] };
        },
        cost: (0,_elementwise_js__WEBPACK_IMPORTED_MODULE_2__.perOutputElement)(perElem),
        doc: { flops: `${perElem} per output element (${doc})` },
    };
}
const ops = [
    // 13 added per-axis scales (axis attribute), 21 blocked scales and output_dtype; 19/23/24/25 only widened types.
    quantizeLinear('', 10),
    quantizeLinear('', 13),
    quantizeLinear('', 21),
    dequantizeLinear('', 10),
    dequantizeLinear('', 13),
    dequantizeLinear('', 21),
    dequantizeLinear('', 23),
    dynamicQuantizeLinear,
    quantizeLinear('com.microsoft', 1),
    dequantizeLinear('com.microsoft', 1),
    qlinear('QLinearAdd', [0, 3], 1, 'dequantize A and B 2 each, add 1, requantize 2'),
    qlinear('QLinearMul', [0, 3], 1, 'dequantize A and B 2 each, multiply 1, requantize 2'),
    qlinear('QLinearSigmoid', [0], 1, 'dequantize 2, sigmoid 1, requantize 2'),
    qlinear('QLinearLeakyRelu', [0], 2, 'dequantize 2, compare and multiply 2, requantize 2'),
];


/***/ })

};
