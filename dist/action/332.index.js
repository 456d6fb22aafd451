export const id = 332;
export const ids = [332];
export const modules = {

/***/ 7332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops),
/* harmony export */   resizeFlops: () => (/* binding */ resizeFlops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9202);



function parseMode(raw) {
    const m = raw.toLowerCase();
    if (m === 'nearest')
        return 'nearest';
    if (m === 'linear' || m === 'bilinear' || m === 'trilinear')
        return 'linear';
    if (m === 'cubic' || m === 'bicubic')
        return 'cubic';
    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`unknown interpolation mode '${raw}'`);
}
function tapsPerAxis(mode, scale, antialias) {
    if (mode === 'nearest')
        return 0;
    const base = mode === 'linear' ? 2 : 4;
    return antialias && scale < 1 ? base * Math.ceil(1 / scale) : base;
}
function resizeFlops(input, output, mode, antialias) {
    if (mode === 'nearest')
        return 0;
    let perOutput = 1;
    let changed = 0;
    input.forEach((d, i) => {
        const o = output[i];
        if (o === d)
            return;
        changed++;
        perOutput *= tapsPerAxis(mode, d === 0 ? 1 : o / d, antialias);
    });
    return changed === 0 ? 0 : perOutput * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(output);
}
const resizeDoc = {
    flops: 'nearest 0; linear 2^k and cubic 4^k per output element, k = axes whose size changes (bilinear 4, bicubic 16); antialias downscale widens an axis to 2*ceil(1/s) (linear) or 4*ceil(1/s) (cubic) taps',
    memory: 'input bytes + output bytes (+ the small roi/scales/sizes vectors)',
    peers: 'onnx-tool charges 4 (linear) or 8 (cubic) per output element; mmcv-style counters charge 1 per output element whatever the mode.',
};
function scaleDims(ctx, s, axes, scales, crop) {
    if (scales.length !== axes.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scales has ${scales.length} entries for ${axes.length} axes`);
    const out = [...s];
    axes.forEach((a, k) => {
        const sc = scales[k];
        if (!(sc > 0))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`scale ${sc} must be positive`);
        const extent = crop?.[k] ?? 1;
        const d = s[a];
        if (typeof d === 'number')
            out[a] = Math.floor(d * extent * sc);
        else
            out[a] = sc === 1 && extent === 1 ? d : ctx.freshDim('resize');
    });
    return out;
}
function cropExtents(ctx, axes) {
    if (!ctx.inputs[1])
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('coordinate_transformation_mode tf_crop_and_resize needs the roi input');
    const roi = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.valueOf)(ctx, 1)?.data;
    if (!roi)
        return undefined;
    if (roi.length !== 2 * axes.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`roi has ${roi.length} entries, expected ${2 * axes.length} (start and end per axis)`);
    return axes.map((_, k) => {
        const extent = roi[axes.length + k] - roi[k];
        if (!(extent >= 0))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`roi end ${roi[axes.length + k]} is before start ${roi[k]} on axis ${axes[k]}`);
        return extent;
    });
}
function sizeDims(ctx, s, axes, sizes, policy) {
    if (sizes.length !== axes.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`sizes has ${sizes.length} entries for ${axes.length} axes`);
    const out = [...s];
    if (policy === 'stretch') {
        axes.forEach((a, k) => { out[a] = sizes[k]; });
        return out;
    }
    if (policy !== 'not_larger' && policy !== 'not_smaller')
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`unknown keep_aspect_ratio_policy '${policy}'`);
    const inDims = axes.map((a) => s[a]);
    if (!inDims.every((d) => typeof d === 'number')) {
        axes.forEach((a) => { out[a] = ctx.freshDim('resize'); });
        return out;
    }
    const ratios = axes.map((_, k) => sizes[k] / inDims[k]);
    const scale = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
    axes.forEach((a, k) => { out[a] = Math.round(scale * inDims[k]); });
    return out;
}
function given(ctx, i) {
    const x = ctx.inputs[i];
    if (!x)
        return false;
    const s = x.type.shape;
    return !(s && s.length === 1 && s[0] === 0);
}
function makeResize(since) {
    return {
        domain: '', opType: 'Resize', since, doc: resizeDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            parseMode(ctx.attrs.string('mode', 'nearest'));
            const r = s.length;
            const axes = since >= 18 && ctx.attrs.has('axes')
                ? ctx.attrs.ints('axes').map((a) => (a < 0 ? a + r : a))
                : s.map((_, i) => i);
            if (axes.some((a) => a < 0 || a >= r))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`axes [${ctx.attrs.ints('axes').join(',')}] out of range for rank ${r}`);
            const policy = since >= 18 ? ctx.attrs.string('keep_aspect_ratio_policy', 'stretch') : 'stretch';
            const scalesAt = since === 10 ? 1 : 2;
            let shape;
            if (since >= 11 && given(ctx, 3)) {
                const sizes = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.intsOf)(ctx, 3);
                shape = sizes ? sizeDims(ctx, s, axes, sizes, policy) : s.map((d, i) => (axes.includes(i) ? ctx.freshDim('resize') : d));
            }
            else if (given(ctx, scalesAt)) {
                const scales = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.valueOf)(ctx, scalesAt)?.data;
                const cropping = since >= 11 && ctx.attrs.string('coordinate_transformation_mode', 'half_pixel') === 'tf_crop_and_resize';
                const crop = cropping ? cropExtents(ctx, axes) : undefined;
                shape = scales && (!cropping || crop)
                    ? scaleDims(ctx, s, axes, scales, crop)
                    : s.map((d, i) => (axes.includes(i) ? ctx.freshDim('resize') : d));
            }
            else {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('Resize needs either scales or sizes');
            }
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape });
        },
        cost: (ctx, outputs) => {
            const mode = parseMode(ctx.attrs.string('mode', 'nearest'));
            const antialias = since >= 18 && ctx.attrs.int('antialias', 0) === 1;
            const out = outputs[0];
            if (mode === 'nearest')
                return _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC;
            return { macs: 0, flops: resizeFlops((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(ctx.shapeOf(0)), (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(out.shape ?? []), mode, antialias) };
        },
    };
}
function makeUpsample(since) {
    return {
        domain: '', opType: 'Upsample', since, doc: { ...resizeDoc, flops: `${resizeDoc.flops} (same table as Resize)` },
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            parseMode(ctx.attrs.string('mode', 'nearest'));
            const axes = s.map((_, i) => i);
            let scales;
            if (since < 9)
                scales = ctx.attrs.floats('scales');
            else {
                ctx.input(1);
                scales = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.valueOf)(ctx, 1)?.data;
            }
            const shape = scales ? scaleDims(ctx, s, axes, scales) : s.map(() => ctx.freshDim('upsample'));
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape });
        },
        cost: (ctx, outputs) => {
            const mode = parseMode(ctx.attrs.string('mode', 'nearest'));
            if (mode === 'nearest')
                return _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC;
            return { macs: 0, flops: resizeFlops((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(ctx.shapeOf(0)), (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)(outputs[0].shape ?? []), mode, false) };
        },
    };
}
function makeGridSample(since) {
    return {
        domain: '', opType: 'GridSample', since,
        doc: {
            flops: 'nearest 0; linear 2^k, cubic 4^k per output element, k = spatial rank (bilinear 4); coordinate unnormalisation not counted',
            memory: 'input + grid + output bytes (the whole input is counted as read)',
        },
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            const g = ctx.shapeOf(1);
            parseMode(ctx.attrs.string('mode', since >= 20 ? 'linear' : 'bilinear'));
            const k = s.length - 2;
            if (k < 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input must be [N, C, spatial...], got [${s.join(',')}]`);
            if (since < 20 && k !== 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`GridSample-16 takes 4-D input, got rank ${s.length}`);
            if (g.length !== k + 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`grid must have rank ${k + 2}, got [${g.join(',')}]`);
            const last = g[g.length - 1];
            if (typeof last === 'number' && last !== k)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`grid last dim is ${last}, expected ${k}`);
            const shape = [s[0], s[1], ...g.slice(1, -1)];
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape });
        },
        cost: (ctx, outputs) => {
            const mode = parseMode(ctx.attrs.string('mode', since >= 20 ? 'linear' : 'bilinear'));
            if (mode === 'nearest')
                return _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC;
            const k = ctx.shapeOf(0).length - 2;
            const per = (mode === 'linear' ? 2 : 4) ** k;
            return { macs: 0, flops: per * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(outputs[0].shape ?? []) };
        },
    };
}
const affineGridOp = {
    domain: '', opType: 'AffineGrid', since: 20,
    doc: {
        flops: '2*k^2 per grid point (k = 2 or 3: each of k coordinates is a k-term dot product plus the offset)',
        macs: '0: a small per-point transform, not one of the contraction ops',
    },
    infer: (ctx) => {
        const theta = ctx.input(0);
        const t = ctx.shapeOf(0);
        if (t.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`theta must be [N, k, k+1], got [${t.join(',')}]`);
        const sizeLen = ctx.input(1).type.shape?.[0];
        const size = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.intsOf)(ctx, 1);
        const n = size?.length ?? sizeLen;
        if (typeof n !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('the size input is unknown: the output rank cannot be inferred');
        if (n !== 4 && n !== 5)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`size must have 4 or 5 entries, got ${n}`);
        const k = n - 2;
        const spatial = size ? size.slice(2) : Array.from({ length: k }, () => ctx.freshDim('affine_grid'));
        const out = { dtype: theta.type.dtype, shape: [t[0], ...spatial, k] };
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)(out);
    },
    cost: (_ctx, outputs) => {
        const s = outputs[0].shape ?? [];
        const k = s.length - 2;
        const points = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(s.slice(0, -1));
        return { macs: 0, flops: 2 * k * k * points };
    },
};
const ops = [
    makeResize(10), makeResize(11), makeResize(13), makeResize(18), makeResize(19),
    makeUpsample(7), makeUpsample(9),
    makeGridSample(16), makeGridSample(20),
    affineGridOp,
];


/***/ })

};
