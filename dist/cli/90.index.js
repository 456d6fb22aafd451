export const id = 90;
export const ids = [90];
export const modules = {

/***/ 3090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   convTransposePads: () => (/* binding */ convTransposePads),
/* harmony export */   kernelFrom: () => (/* binding */ kernelFrom),
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2500);



function kernelFrom(ctx, wShape, spatial, offset = 2) {
    const attr = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .listAttr */ .Kj)(ctx.attrs, 'kernel_shape');
    if (attr) {
        const k = attr;
        if (k.length !== spatial)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`kernel_shape has ${k.length} values but the input has ${spatial} spatial axes`);
        for (const x of k)
            if (!Number.isInteger(x) || x < 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`kernel_shape has invalid value ${x}`);
        return k;
    }
    if (!wShape)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('kernel_shape is absent and the weight shape is unknown');
    const k = wShape.slice(offset);
    if (k.length !== spatial)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weight has ${k.length} spatial dims but the input has ${spatial}`);
    return k.map((d) => {
        if (typeof d !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`kernel_shape is absent and weight dim '${d}' is symbolic`);
        return d;
    });
}
function channelAxis(rank, channelsLast) {
    return channelsLast ? rank - 1 : 1;
}
function checkGroups(cin, wIn, cout, group) {
    if (!Number.isInteger(group) || group < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`group ${group} is not a positive integer`);
    if (typeof cin === 'number' && typeof wIn === 'number' && cin !== wIn * group) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input has ${cin} channels but W.shape[1] * group = ${wIn} * ${group} = ${wIn * group}`);
    }
    if (typeof cout === 'number' && cout % group !== 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`output channels ${cout} are not divisible by group ${group}`);
}
const CONV_WINDOW = { dilations: true, ceilMode: false, autoPad: true };
const CONV_WINDOW_NO_AUTO_PAD = { dilations: true, ceilMode: false, autoPad: false };
function convInfer(ctx, layout, allowAutoPad = true) {
    const x = ctx.shapeOf(0);
    const w = ctx.shapeOf(layout.w);
    if (x.length < 3)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; a convolution needs N, C and at least one spatial axis`);
    if (w.length !== x.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weight W has rank ${w.length} but X has rank ${x.length}`);
    const spatial = x.length - 2;
    const group = ctx.attrs.int('group', 1);
    checkGroups(x[channelAxis(x.length, layout.channelsLast)], w[1], w[0], group);
    const kernel = kernelFrom(ctx, w, spatial);
    for (let i = 0; i < w.length - 2; i++) {
        const d = w[i + 2];
        if (typeof d === 'number' && d !== kernel[i])
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`kernel_shape[${i}] = ${kernel[i]} but W has ${d}`);
    }
    const win = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .readWindow */ .tw)(ctx, kernel, allowAutoPad ? CONV_WINDOW : CONV_WINDOW_NO_AUTO_PAD);
    const shape = new Array(x.length);
    const first = layout.channelsLast ? 1 : 2;
    shape[0] = x[0];
    shape[layout.channelsLast ? x.length - 1 : 1] = w[0];
    for (let i = 0; i < spatial; i++)
        shape[first + i] = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .windowOutDim */ .PA)(x[first + i], i, win);
    const dtype = layout.outDType ? layout.outDType(ctx) : ctx.input(0).type.dtype;
    return { outputs: [{ dtype, shape }] };
}
function convMacs(ctx, layout, out) {
    const w = ctx.shapeOf(layout.w);
    const outElems = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(out.shape);
    return { macs: outElems * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(w, 1), outElems };
}
function has(ctx, i) {
    return i !== undefined && ctx.inputs[i] !== undefined;
}
const CONV_PEERS = 'thop counts the same MACs (no bias); ptflops adds 1 per output for the bias; fvcore reports these MACs as "flops" (1 per multiply-add); onnx-tool adds the bias and, unlike us, counts every elementwise op as MACs too.';
const CONV_LAYOUT = { w: 1, bias: 2, channelsLast: false };
function convDef(since) {
    return {
        domain: '', opType: 'Conv', since,
        infer: (ctx) => convInfer(ctx, CONV_LAYOUT),
        cost(ctx, outs) {
            const { macs, outElems } = convMacs(ctx, CONV_LAYOUT, outs[0]);
            return { macs, flops: 2 * macs + (has(ctx, 2) ? outElems : 0) };
        },
        doc: {
            macs: 'N * Cout * prod(out spatial) * (Cin / group) * prod(kernel)',
            flops: '2 * MACs + (B present ? N * Cout * prod(out spatial) : 0)',
            peers: CONV_PEERS,
        },
    };
}
function convTransposeInfer(ctx) {
    const x = ctx.shapeOf(0);
    const w = ctx.shapeOf(1);
    if (x.length < 3)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; a convolution needs N, C and at least one spatial axis`);
    if (w.length !== x.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weight W has rank ${w.length} but X has rank ${x.length}`);
    const spatial = x.length - 2;
    const group = ctx.attrs.int('group', 1);
    if (!Number.isInteger(group) || group < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`group ${group} is not a positive integer`);
    if (typeof x[1] === 'number' && typeof w[0] === 'number' && x[1] !== w[0]) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input has ${x[1]} channels but W.shape[0] = ${w[0]}`);
    }
    const kernel = kernelFrom(ctx, w, spatial);
    const win = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .readWindow */ .tw)(ctx, kernel, { dilations: true, ceilMode: false });
    const outPad = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .listAttr */ .Kj)(ctx.attrs, 'output_padding') ?? new Array(spatial).fill(0);
    if (outPad.length !== spatial)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`output_padding has ${outPad.length} values; expected ${spatial}`);
    const cout = typeof w[1] === 'number' ? w[1] * group : group === 1 ? w[1] : `${w[1]}*${group}`;
    let outSpatial;
    const outputShape = (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .listAttr */ .Kj)(ctx.attrs, 'output_shape');
    if (outputShape) {
        let os = outputShape;
        if (os.length === spatial + 2)
            os = os.slice(2);
        if (os.length !== spatial)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`output_shape has ${os.length} values; expected ${spatial}`);
        convTransposePads(x.slice(2), win, outPad, os, ctx.opset);
        outSpatial = os;
    }
    else {
        outSpatial = x.slice(2).map((d, i) => {
            const s = win.strides[i];
            if (win.autoPad === 'SAME_UPPER' || win.autoPad === 'SAME_LOWER') {
                return typeof d === 'number' ? d * s : s === 1 ? d : `${d}*${s}`;
            }
            const span = (kernel[i] - 1) * win.dilations[i] + 1;
            const pads = win.autoPad === 'VALID' ? 0 : win.pads[i] + win.pads[i + spatial];
            const c = outPad[i] + span - pads - s;
            if (typeof d !== 'number')
                return s === 1 ? (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .plus */ .tY)(d, c) : (0,_window_js__WEBPACK_IMPORTED_MODULE_2__/* .plus */ .tY)(`${d}*${s}`, c);
            const o = s * (d - 1) + outPad[i] + span - pads;
            if (o < 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`spatial axis ${i}: transposed convolution output would be ${o}`);
            return o;
        });
    }
    return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [x[0], cout, ...outSpatial] }] };
}
function convTransposePads(inSpatial, w, outputPadding, outputShape, opset) {
    const n = inSpatial.length;
    const begin = [], end = [];
    for (let i = 0; i < n; i++) {
        const d = inSpatial[i];
        if (typeof d !== 'number')
            return undefined;
        const total = w.strides[i] * (d - 1) + outputPadding[i] + (w.kernel[i] - 1) * w.dilations[i] + 1 - outputShape[i];
        if (total < 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`output_shape[${i}] = ${outputShape[i]} is larger than the transposed convolution can produce`);
        const half = Math.floor(total / 2);
        const upperFirst = opset >= 11 ? w.autoPad !== 'SAME_UPPER' : w.autoPad === 'SAME_UPPER';
        begin.push(upperFirst ? total - half : half);
        end.push(upperFirst ? half : total - half);
    }
    return [...begin, ...end];
}
function convTransposeCost(ctx, outs) {
    const x = ctx.shapeOf(0);
    const w = ctx.shapeOf(1);
    const macs = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(x) * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(w, 1);
    const bias = ctx.inputs[2] ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outs[0].shape) : 0;
    return { macs, flops: 2 * macs + bias };
}
const convTranspose = {
    domain: '', opType: 'ConvTranspose', since: 1,
    infer: convTransposeInfer,
    cost: convTransposeCost,
    doc: {
        macs: 'N * Cin * prod(in spatial) * (Cout / group) * prod(kernel)',
        flops: '2 * MACs + (B present ? N * Cout * prod(out spatial) : 0)',
        peers: 'thop, ptflops and fvcore also count over the input spatial size (thop/ptflops add the bias); counting over the output size instead, as some tools do, overcounts by about stride^2.',
    },
};
const CONV_INTEGER_LAYOUT = { w: 1, bias: undefined, channelsLast: false, outDType: () => 'int32' };
const convInteger = {
    domain: '', opType: 'ConvInteger', since: 10,
    infer: (ctx) => convInfer(ctx, CONV_INTEGER_LAYOUT),
    cost(ctx, outs) {
        const { macs } = convMacs(ctx, CONV_INTEGER_LAYOUT, outs[0]);
        return { macs, flops: 2 * macs };
    },
    doc: {
        macs: 'as Conv: N * Cout * prod(out spatial) * (Cin / group) * prod(kernel) (integer multiply-accumulates)',
        flops: '2 * MACs (integer operations are counted like floating-point ones; zero-point subtraction is not counted)',
    },
};
function qlinearConvLayout(channelsLast) {
    return { w: 3, bias: 8, channelsLast, outDType: (ctx) => ctx.inputs[7]?.type.dtype ?? ctx.inputs[0]?.type.dtype };
}
const QLINEAR_CONV_DOC = {
    macs: 'as Conv: N * Cout * prod(out spatial) * (Cin / group) * prod(kernel) (integer multiply-accumulates)',
    flops: '2 * MACs + 2 * output elements (requantization: scale multiply and zero-point add) + (B present ? output elements : 0)',
    peers: 'onnx-tool counts QLinearConv like Conv; thop/fvcore/ptflops see only the float module.',
};
function qlinearConvDef(domain, channelsLastAttr) {
    const layoutOf = (ctx) => qlinearConvLayout(channelsLastAttr && ctx.attrs.int('channels_last', 0) !== 0);
    return {
        domain, opType: 'QLinearConv', since: domain === '' ? 10 : 1,
        infer: (ctx) => convInfer(ctx, layoutOf(ctx)),
        cost(ctx, outs) {
            const layout = layoutOf(ctx);
            const { macs, outElems } = convMacs(ctx, layout, outs[0]);
            return { macs, flops: 2 * macs + 2 * outElems + (has(ctx, layout.bias) ? outElems : 0) };
        },
        doc: domain === '' ? QLINEAR_CONV_DOC : { ...QLINEAR_CONV_DOC, flops: `${QLINEAR_CONV_DOC.flops}; channels_last=1 reads X as N, spatial..., C` },
    };
}
const DEFORM_LAYOUT = { w: 1, bias: 3, channelsLast: false };
const deformConv = {
    domain: '', opType: 'DeformConv', since: 19,
    infer: (ctx) => {
        const res = convInfer(ctx, DEFORM_LAYOUT, false);
        const offset = ctx.inputs[2]?.type.shape;
        const outShape = res.outputs[0].shape;
        if (offset && offset.length === outShape.length) {
            offset.slice(2).forEach((d, i) => {
                const o = outShape[i + 2];
                if (typeof d === 'number' && typeof o === 'number' && d !== o) {
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`offset spatial dim ${i} is ${d} but the output has ${o}`);
                }
            });
        }
        return res;
    },
    cost(ctx, outs) {
        const { macs, outElems } = convMacs(ctx, DEFORM_LAYOUT, outs[0]);
        const w = ctx.shapeOf(1);
        const samples = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([outs[0].shape[0], ...outs[0].shape.slice(2)]) * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(w.slice(1)) * ctx.attrs.int('group', 1);
        const perSample = 4 + (has(ctx, 4) ? 1 : 0);
        return { macs, flops: 2 * macs + samples * perSample + (has(ctx, 3) ? outElems : 0) };
    },
    doc: {
        macs: 'as Conv: N * Cout * prod(out spatial) * (Cin / group) * prod(kernel)',
        flops: '2 * MACs + N * prod(out spatial) * Cin * prod(kernel) * (4 bilinear-sampling FLOPs + 1 if mask) + (B present ? output elements : 0)',
        peers: 'torchvision.ops.deform_conv2d is not counted by thop/ptflops/fvcore (custom op); onnx-tool does not support DeformConv.',
    },
};
function fusedConvDef(opType, channelsLast) {
    const layout = { w: 1, bias: 2, channelsLast };
    return {
        domain: 'com.microsoft', opType, since: 1,
        infer: (ctx) => convInfer(ctx, layout),
        cost(ctx, outs) {
            const { macs, outElems } = convMacs(ctx, layout, outs[0]);
            const activation = ctx.attrs.string('activation', '');
            const extra = (has(ctx, 2) ? 1 : 0) + (has(ctx, 3) ? 1 : 0) + (activation !== '' ? 1 : 0);
            return { macs, flops: 2 * macs + extra * outElems };
        },
        doc: {
            macs: channelsLast ? 'as Conv (X, Z and Y channels-last)' : 'as Conv',
            flops: '2 * MACs + output elements * ((B present) + (Z residual present) + (activation set)), each 1 per output element',
            peers: 'only exists after onnxruntime graph optimization; peers count the unfused Conv + activation.',
        },
    };
}
const NHWC_LAYOUT = { w: 1, bias: 2, channelsLast: true };
const nhwcConv = {
    domain: 'com.microsoft', opType: 'NhwcConv', since: 1,
    infer: (ctx) => convInfer(ctx, NHWC_LAYOUT),
    cost(ctx, outs) {
        const { macs, outElems } = convMacs(ctx, NHWC_LAYOUT, outs[0]);
        return { macs, flops: 2 * macs + (has(ctx, 2) ? outElems : 0) };
    },
    doc: {
        macs: 'as Conv (X and Y are N, spatial..., C; W stays M x C/group x k...)',
        flops: '2 * MACs + (B present ? output elements : 0)',
    },
};
const ops = [
    convDef(1),
    convTranspose,
    convInteger,
    qlinearConvDef('', false),
    deformConv,
    fusedConvDef('FusedConv', false),
    fusedConvDef('NhwcFusedConv', true),
    nhwcConv,
    qlinearConvDef('com.microsoft', true),
];


/***/ })

};
