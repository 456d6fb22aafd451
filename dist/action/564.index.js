export const id = 564;
export const ids = [564];
export const modules = {

/***/ 9564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fftFlops: () => (/* binding */ fftFlops),
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(155);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9202);




function fftFlops(n) {
    return n <= 1 ? 0 : Math.ceil(5 * n * Math.log2(n));
}
const FFT_DOC = 'ceil(5 * N * log2(N)) per transform of length N (radix-2 FFT estimate), times the number of transforms';
function scalarInt(ctx, i, what) {
    const v = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, i);
    if (!v)
        return undefined;
    if (v.length !== 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${what} must be a scalar, has ${v.length} elements`);
    if (v[0] <= 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${what} must be positive, got ${v[0]}`);
    return v[0];
}
function dftAxis(ctx, rank) {
    let axis;
    if (ctx.opset >= 20) {
        const a = ctx.inputs[2] ? (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.intsOf)(ctx, 2) : [-2];
        if (!a)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC('the axis input is not a known constant');
        axis = a[0];
    }
    else {
        axis = ctx.attrs.int('axis', 1);
    }
    const ax = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(axis, rank);
    if (ax === rank - 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`axis ${axis} is the real/imaginary dim, not a signal dim`);
    return ax;
}
function makeDft(since) {
    return {
        domain: '', opType: 'DFT', since,
        doc: { flops: FFT_DOC, peers: 'thop, fvcore and ptflops do not count FFTs; onnx-tool has no DFT' },
        infer(ctx) {
            const x = ctx.shapeOf(0);
            if (x.length < 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`input must have rank >= 2 (signal dims + a last dim of 1 or 2), got ${x.length}`);
            const last = x[x.length - 1];
            if (typeof last === 'number' && last !== 1 && last !== 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`the last dim must be 1 (real) or 2 (complex), got ${last}`);
            const axis = dftAxis(ctx, x.length);
            const onesided = ctx.attrs.int('onesided', 0) !== 0;
            const given = ctx.inputs[1] ? scalarInt(ctx, 1, 'dft_length') : undefined;
            if (ctx.inputs[1] && given === undefined) {
                const out = [...x];
                out[axis] = ctx.freshDim('dft_length');
                out[out.length - 1] = 2;
                return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: ctx.input(0).type.dtype, shape: out });
            }
            const n = given ?? x[axis];
            const out = [...x];
            out[axis] = onesided ? (typeof n === 'number' ? Math.floor(n / 2) + 1 : ctx.freshDim('dft_bins')) : n;
            out[out.length - 1] = 2;
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: ctx.input(0).type.dtype, shape: out });
        },
        cost(ctx) {
            const x = ctx.shapeOf(0);
            const axis = dftAxis(ctx, x.length);
            const n = (ctx.inputs[1] ? scalarInt(ctx, 1, 'dft_length') : undefined) ?? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)([x[axis]]);
            const transforms = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(x.filter((_, i) => i !== axis && i !== x.length - 1));
            return { macs: 0, flops: transforms * fftFlops(n) };
        },
    };
}
const stftOp = {
    domain: '', opType: 'STFT', since: 17,
    doc: {
        flops: `${FFT_DOC} (one transform of frame_length per frame and batch) + 1 per windowed sample when a window is given`,
        peers: 'thop, fvcore and ptflops do not count STFTs',
    },
    infer(ctx) {
        const s = ctx.shapeOf(0);
        if (s.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`signal must be [batch, signal_length, 1 or 2], got rank ${s.length}`);
        const step = scalarInt(ctx, 1, 'frame_step');
        const window = ctx.inputs[2]?.type.shape;
        const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, 'frame_length') : undefined)
            ?? (window && window.length === 1 && typeof window[0] === 'number' ? window[0] : undefined);
        const onesided = ctx.attrs.int('onesided', 1) !== 0;
        const len = s[1];
        let frames = ctx.freshDim('stft_frames');
        if (step !== undefined && frameLen !== undefined && typeof len === 'number') {
            if (frameLen > len)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`frame_length ${frameLen} is longer than the signal (${len})`);
            frames = Math.floor((len - frameLen) / step) + 1;
        }
        const bins = frameLen === undefined ? ctx.freshDim('stft_bins') : onesided ? Math.floor(frameLen / 2) + 1 : frameLen;
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: ctx.input(0).type.dtype, shape: [s[0], frames, bins, 2] });
    },
    cost(ctx, outputs) {
        const out = outputs[0].shape;
        const window = ctx.inputs[2]?.type.shape;
        const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, 'frame_length') : undefined) ?? window?.[0];
        if (typeof frameLen !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UnresolvedDimError */ .g8(typeof frameLen === 'string' ? frameLen : 'frame_length');
        const perFrames = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)([out[0], out[1]]);
        return { macs: 0, flops: perFrames * (fftFlops(frameLen) + (ctx.inputs[2] ? frameLen : 0)) };
    },
};
function makeWindow(opType, perElem, doc) {
    return {
        domain: '', opType, since: 17, doc,
        infer(ctx) {
            const size = scalarInt(ctx, 0, 'size');
            const dtype = (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeFromOnnx */ .WQ)(ctx.attrs.int('output_datatype', 1));
            if (!dtype)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int('output_datatype')})`);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype, shape: [size ?? ctx.freshDim('window_size')] });
        },
        cost: (_ctx, outputs) => ({ macs: 0, flops: perElem * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(outputs[0].shape) }),
    };
}
const melOp = {
    domain: '', opType: 'MelWeightMatrix', since: 17,
    doc: { flops: '1 per output element (one triangular filter weight each; the few per-bin Hz/mel conversions are not counted)' },
    infer(ctx) {
        for (let i = 0; i < 5; i++)
            ctx.input(i);
        const bins = scalarInt(ctx, 0, 'num_mel_bins');
        const dftLen = scalarInt(ctx, 1, 'dft_length');
        const dtype = (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeFromOnnx */ .WQ)(ctx.attrs.int('output_datatype', 1));
        if (!dtype)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int('output_datatype')})`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({
            dtype,
            shape: [dftLen !== undefined ? Math.floor(dftLen / 2) + 1 : ctx.freshDim('mel_dft_bins'), bins ?? ctx.freshDim('num_mel_bins')],
        });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(outputs[0].shape) }),
};
const ops = [
    makeDft(17), makeDft(20),
    stftOp,
    makeWindow('HannWindow', 4, { flops: '4 per element (one cosine + 3 arithmetic)' }),
    makeWindow('HammingWindow', 4, { flops: '4 per element (one cosine + 3 arithmetic)' }),
    makeWindow('BlackmanWindow', 7, { flops: '7 per element (two cosines + 5 arithmetic)' }),
    melOp,
];


/***/ })

};
