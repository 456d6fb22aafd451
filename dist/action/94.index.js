export const id = 94;
export const ids = [94];
export const modules = {

/***/ 5713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2500);



function kernelAttr(ctx, spatial) {
    const k = [...ctx.attrs.ints('kernel_shape')];
    if (k.length !== spatial)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`kernel_shape has ${k.length} values but the input has ${spatial} spatial axes`);
    for (const x of k)
        if (!Number.isInteger(x) || x < 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`kernel_shape has invalid value ${x}`);
    return k;
}
function poolInfer(ctx, f, channelsLast = false) {
    const x = ctx.shapeOf(0);
    if (x.length < 3)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; pooling needs N, C and at least one spatial axis`);
    const kernel = kernelAttr(ctx, x.length - 2);
    const win = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .readWindow */ .tw)(ctx, kernel, { dilations: f.dilations, ceilMode: f.ceilMode });
    const spatial = (channelsLast ? x.slice(1, -1) : x.slice(2)).map((d, i) => (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .windowOutDim */ .PA)(d, i, win));
    const shape = channelsLast ? [x[0], ...spatial, x[x.length - 1]] : [x[0], x[1], ...spatial];
    const y = { dtype: ctx.input(0).type.dtype, shape };
    const outputs = [y];
    if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== '') {
        if (!f.indices)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${ctx.node.opType} has no Indices output at opset ${ctx.opset} (added in opset 8)`);
        outputs.push({ dtype: 'int64', shape });
    }
    return { outputs };
}
function windowFlops(ctx, outs, perTap, perOut) {
    const taps = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(ctx.attrs.ints('kernel_shape'));
    return { macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) * (taps * perTap + perOut) };
}
const WINDOW_PEERS = 'thop counts 0 for max pooling; ptflops counts 1 per input element; fvcore skips pooling; onnx-tool counts prod(kernel) per output element as MACs, as our FLOPs (the 3x3 MaxPool of ResNet-18: 9 x 200,704 = 1,806,336); we keep MACs for contractions only.';
function maxPool(since, f) {
    return {
        domain: '', opType: 'MaxPool', since,
        infer: (ctx) => poolInfer(ctx, f),
        cost: (ctx, outs) => windowFlops(ctx, outs, 1, 0),
        doc: {
            flops: 'prod(kernel) per output element (one compare per tap); the Indices output costs nothing extra',
            macs: '0',
            memory: 'reads X, writes Y (and Indices as int64 when requested)',
            peers: WINDOW_PEERS,
        },
    };
}
function averagePool(since, f) {
    return {
        domain: '', opType: 'AveragePool', since,
        infer: (ctx) => poolInfer(ctx, f),
        cost: (ctx, outs) => windowFlops(ctx, outs, 1, 0),
        doc: {
            flops: 'prod(kernel) per output element (count_include_pad changes the divisor, not the cost; the divide is folded in)',
            macs: '0',
            peers: WINDOW_PEERS,
        },
    };
}
function lpPool(since, f) {
    return {
        domain: '', opType: 'LpPool', since,
        infer: (ctx) => poolInfer(ctx, f),
        cost: (ctx, outs) => windowFlops(ctx, outs, 2, 1),
        doc: { flops: '(2 * prod(kernel) + 1) per output element: |x|^p and add per tap, one p-th root', macs: '0' },
    };
}
function globalInfer(ctx, channelsLast = false) {
    const x = ctx.shapeOf(0);
    if (x.length < 3)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; global pooling needs N, C and at least one spatial axis`);
    const ones = x.slice(2).map(() => 1);
    const shape = channelsLast ? [x[0], ...ones, x[x.length - 1]] : [x[0], x[1], ...ones];
    return { outputs: [{ dtype: ctx.input(0).type.dtype, shape }] };
}
function globalPool(opType, since, perIn, perOut, flops) {
    return {
        domain: '', opType, since,
        infer: (ctx) => globalInfer(ctx),
        cost: (ctx, outs) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(ctx.shapeOf(0)) * perIn + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) * perOut }),
        doc: { flops, macs: '0', peers: 'ptflops counts 1 per input element like us; thop counts about 1 per input element for adaptive average pooling; fvcore skips it or counts 1 per input (adaptive_avg_pool2d); onnx-tool counts it as MACs.' },
    };
}
const maxRoiPool = {
    domain: '', opType: 'MaxRoiPool', since: 1,
    infer(ctx) {
        const x = ctx.shapeOf(0), rois = ctx.shapeOf(1);
        if (x.length !== 4)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; MaxRoiPool needs N, C, H, W`);
        if (rois.length !== 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`rois has rank ${rois.length}; expected [num_rois, 5]`);
        const pooled = ctx.attrs.ints('pooled_shape');
        if (pooled.length !== 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`pooled_shape has ${pooled.length} values; expected 2`);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [rois[0], x[1], pooled[0], pooled[1]] }] };
    },
    cost(ctx, outs) {
        const x = ctx.shapeOf(0);
        const [ph, pw] = ctx.attrs.ints('pooled_shape');
        const bin = Math.ceil((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([x[2]]) / ph) * Math.ceil((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([x[3]]) / pw);
        return { macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) * bin };
    },
    doc: {
        flops: 'ceil(H / ph) * ceil(W / pw) compares per output element: ROI sizes are data, so each ROI is taken to span the whole feature map (an upper bound)',
        macs: '0',
    },
};
const roiAlign = {
    domain: '', opType: 'RoiAlign', since: 10,
    infer(ctx) {
        const x = ctx.shapeOf(0), rois = ctx.shapeOf(1);
        if (x.length !== 4)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; RoiAlign needs N, C, H, W`);
        if (rois.length !== 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`rois has rank ${rois.length}; expected [num_rois, 4]`);
        const mode = ctx.attrs.string('mode', 'avg');
        if (mode !== 'avg' && mode !== 'max')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`mode '${mode}' is not avg or max`);
        const oh = ctx.attrs.int('output_height', 1), ow = ctx.attrs.int('output_width', 1);
        if (oh < 1 || ow < 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`output size ${oh}x${ow} is not positive`);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [rois[0], x[1], oh, ow] }] };
    },
    cost(ctx, outs) {
        const x = ctx.shapeOf(0);
        const oh = ctx.attrs.int('output_height', 1), ow = ctx.attrs.int('output_width', 1);
        const ratio = ctx.attrs.int('sampling_ratio', 0);
        const sh = ratio > 0 ? ratio : Math.ceil((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([x[2]]) / oh);
        const sw = ratio > 0 ? ratio : Math.ceil((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([x[3]]) / ow);
        return { macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) * (sh * sw * 5 + 1) };
    },
    doc: {
        flops: '(s_h * s_w * 5 + 1) per output element: 4 for each bilinear sample, 1 to accumulate it, 1 to average; s = sampling_ratio, or when 0 ceil(H / output_height) and ceil(W / output_width) (ROI taken as the whole feature map: an upper bound)',
        macs: '0',
        peers: 'thop/fvcore/ptflops do not count torchvision roi_align; onnx-tool counts a fixed cost per output element.',
    },
};
const maxUnpool = {
    domain: '', opType: 'MaxUnpool', since: 9,
    infer(ctx) {
        const x = ctx.shapeOf(0);
        if (x.length < 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; MaxUnpool needs N, C and at least one spatial axis`);
        const outputShape = ctx.inputs[2];
        if (outputShape) {
            if (outputShape.value) {
                const v = outputShape.value.data;
                if (v.length !== x.length)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`output_shape has ${v.length} values but X has rank ${x.length}`);
                return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [...v] }] };
            }
            return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [x[0], x[1], ...x.slice(2).map(() => ctx.freshDim('unpool'))] }] };
        }
        const spatial = x.length - 2;
        const kernel = kernelAttr(ctx, spatial);
        const win = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .readWindow */ .tw)(ctx, kernel, { dilations: false, ceilMode: false, autoPad: false });
        const shape = [x[0], x[1], ...x.slice(2).map((d, i) => {
                const s = win.strides[i];
                const c = kernel[i] - win.pads[i] - win.pads[i + spatial];
                if (typeof d !== 'number')
                    return `(${d}-1)*${s}+${c}`;
                const o = (d - 1) * s + c;
                if (o < 1)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`spatial axis ${i}: unpooled size would be ${o}`);
                return o;
            })];
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape }] };
    },
    cost: () => ({ macs: 0, flops: 0 }),
    doc: { flops: '0 (a scatter into a zero-filled output)', macs: '0', memory: 'reads X and I, writes the whole output' },
};
const qlinearAveragePool = {
    domain: 'com.microsoft', opType: 'QLinearAveragePool', since: 1,
    infer: (ctx) => poolInfer(ctx, { indices: false, ceilMode: true, dilations: false }, ctx.attrs.int('channels_last', 0) !== 0),
    cost: (ctx, outs) => windowFlops(ctx, outs, 1, 2),
    doc: { flops: '(prod(kernel) + 2) per output element: the taps, then requantization (scale multiply, zero-point add)', macs: '0' },
};
const qlinearGlobalAveragePool = {
    domain: 'com.microsoft', opType: 'QLinearGlobalAveragePool', since: 1,
    infer: (ctx) => globalInfer(ctx, ctx.attrs.int('channels_last', 0) !== 0),
    cost: (ctx, outs) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(ctx.shapeOf(0)) + 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) }),
    doc: { flops: '1 per input element + 2 per output element (requantization)', macs: '0' },
};
const nhwcMaxPool = {
    domain: 'com.microsoft', opType: 'NhwcMaxPool', since: 1,
    infer: (ctx) => poolInfer(ctx, { indices: false, ceilMode: true, dilations: true }, true),
    cost: (ctx, outs) => windowFlops(ctx, outs, 1, 0),
    doc: { flops: 'prod(kernel) per output element, as MaxPool (X and Y are N, spatial..., C)', macs: '0' },
};
const NONE = { indices: false, ceilMode: false, dilations: false };
const ops = [
    maxPool(1, NONE),
    maxPool(8, { indices: true, ceilMode: false, dilations: false }),
    maxPool(10, { indices: true, ceilMode: true, dilations: true }),
    averagePool(1, NONE),
    averagePool(10, { indices: false, ceilMode: true, dilations: false }),
    averagePool(19, { indices: false, ceilMode: true, dilations: true }),
    lpPool(1, NONE),
    lpPool(18, { indices: false, ceilMode: true, dilations: true }),
    globalPool('GlobalAveragePool', 1, 1, 0, '1 per input element (the add; the divide per output is folded in)'),
    globalPool('GlobalMaxPool', 1, 1, 0, '1 per input element (one compare each)'),
    globalPool('GlobalLpPool', 1, 2, 1, '2 per input element (|x|^p and add) + 1 per output element (p-th root)'),
    maxRoiPool,
    roiAlign,
    maxUnpool,
    qlinearAveragePool,
    qlinearGlobalAveragePool,
    nhwcMaxPool,
];


/***/ })

};
