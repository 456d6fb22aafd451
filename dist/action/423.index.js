export const id = 423;
export const ids = [423];
export const modules = {

/***/ 3423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(155);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1062);



function statsShape(shape, axis) {
    if (!shape)
        return undefined;
    const a = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeAxis */ .Ni)(axis, shape.length);
    return shape.map((d, i) => (i < a ? d : 1));
}
function stashDType(ctx) {
    const code = ctx.attrs.int('stash_type', 1);
    const d = (0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeFromOnnx */ .WQ)(code);
    if (!d)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`attribute 'stash_type' has unknown data type code ${code}`);
    return d;
}
function outputCount(ctx) {
    return ctx.node.outputs.length;
}
function batchNorm(since) {
    const training = (ctx) => {
        if (since >= 14)
            return ctx.attrs.int('training_mode', 0) === 1;
        if (since < 7 && ctx.attrs.int('is_test', 0) === 1)
            return false;
        return ctx.node.outputs.slice(1).some((o) => o !== '');
    };
    return {
        domain: '', opType: 'BatchNormalization', since,
        infer(ctx) {
            const x = ctx.input(0);
            const shape = x.type.shape;
            if (shape && shape.length < 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`BatchNormalization input must have rank >= 2 (N, C, ...), got rank ${shape.length}`);
            const mean = ctx.inputs[3];
            const statDType = mean?.type.dtype ?? ctx.inputs[1]?.type.dtype ?? x.type.dtype;
            const statShape = mean?.type.shape ?? ctx.inputs[1]?.type.shape ?? (shape ? [shape[1]] : undefined);
            const outputs = [{ dtype: x.type.dtype, shape }];
            for (let i = 1; i < outputCount(ctx); i++)
                outputs.push({ dtype: statDType, shape: statShape });
            return { outputs };
        },
        cost(ctx, outputs) {
            const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .elementsOf */ .ZE)(outputs[0]);
            return { macs: 0, flops: (training(ctx) ? 5 : 2) * n };
        },
        doc: {
            flops: since >= 14
                ? '2 per element in inference (scale and shift with stored statistics); 5 with training_mode=1 (statistics computed, like InstanceNormalization)'
                : '2 per element in inference (scale and shift with stored statistics); 5 when the node asks for its training statistics outputs',
            peers: 'thop counts 4 per element (2 with affine off), fvcore 2 in inference (5 in training), ptflops 2 with affine, onnx-tool 31 MACs per element',
        },
    };
}
function layerNormLike(spec) {
    return {
        domain: spec.domain, opType: spec.opType, since: spec.since,
        infer(ctx) {
            const x = ctx.input(0);
            const axis = ctx.attrs.int('axis', -1);
            const stats = statsShape(x.type.shape, axis);
            const statDType = stashDType(ctx);
            const outputs = [];
            for (let i = 0; i < outputCount(ctx); i++) {
                outputs.push(spec.statOutputs.includes(i) ? { dtype: statDType, shape: stats } : { dtype: x.type.dtype, shape: x.type.shape });
            }
            return { outputs };
        },
        cost: (_ctx, outputs) => ({ macs: 0, flops: spec.perElem * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .elementsOf */ .ZE)(outputs[0]) }),
        doc: spec.doc,
    };
}
const LN_DOC = {
    flops: '5 per element (mean accumulate, centre, variance accumulate, normalise, affine scale/shift); statistics over the dims from axis (default -1)',
    peers: 'fvcore counts 5 per element (4 without affine), thop 4 (2 without affine), ptflops 2 with affine',
};
const RMS_DOC = { flops: '3 per element (mean of squares, normalise, scale); statistics over the dims from axis (default -1)' };
function skipNorm(opType, normPerElem, biasIndex, doc) {
    return {
        domain: 'com.microsoft', opType, since: 1,
        infer(ctx) {
            const x = ctx.input(0);
            const skip = ctx.input(1);
            ctx.input(2);
            let shape = x.type.shape;
            if (shape && shape.length < 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${opType} input must have rank >= 2, got rank ${shape.length}`);
            if (shape && skip.type.shape)
                shape = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcastShapes */ .OR)([shape, skip.type.shape]);
            const stats = shape ? [...shape.slice(0, -1), 1] : undefined;
            const outputs = [];
            for (let i = 0; i < outputCount(ctx); i++) {
                outputs.push(i === 1 || i === 2 ? { dtype: 'float32', shape: stats } : { dtype: x.type.dtype, shape });
            }
            return { outputs };
        },
        cost(ctx, outputs) {
            const perElem = 1 + (ctx.inputs[biasIndex] ? 1 : 0) + normPerElem;
            return { macs: 0, flops: perElem * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .elementsOf */ .ZE)(outputs[0]) };
        },
        doc,
    };
}
function msGroupNorm(opType) {
    const skip = opType === 'SkipGroupNorm';
    return {
        domain: 'com.microsoft', opType, since: 1,
        infer(ctx) {
            const x = ctx.input(0);
            const shape = x.type.shape;
            if (shape && shape.length < 2)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${opType} input must have rank >= 2, got rank ${shape.length}`);
            const groups = ctx.attrs.int('groups');
            if (groups <= 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`groups must be positive, got ${groups}`);
            const channelsLast = ctx.attrs.int('channels_last', 1) === 1;
            const c = shape ? shape[channelsLast ? shape.length - 1 : 1] : undefined;
            if (typeof c === 'number' && c % groups !== 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`channels ${c} are not divisible by groups ${groups}`);
            const out = { dtype: x.type.dtype, shape };
            return { outputs: skip ? Array.from({ length: Math.max(1, outputCount(ctx)) }, () => out) : [out] };
        },
        cost(ctx, outputs) {
            const act = ctx.attrs.int('activation') === 1 ? 2 : 0;
            const pre = skip ? 1 + (ctx.inputs[4] ? 1 : 0) : 0;
            return { macs: 0, flops: (pre + 5 + act) * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .elementsOf */ .ZE)(outputs[0]) };
        },
        doc: {
            flops: skip
                ? '1 per element for the skip add + 1 when the bias input is present + 5 for the GroupNorm + 2 with activation=1 (SiLU)'
                : '5 per element (GroupNorm) + 2 with activation=1 (SiLU: sigmoid, multiply)',
        },
    };
}
function sameShape(opType, since, perElem, doc, domain = '', validate) {
    return {
        domain, opType, since,
        infer(ctx) {
            const x = ctx.input(0);
            validate?.(ctx);
            return { outputs: [{ dtype: x.type.dtype, shape: x.type.shape }] };
        },
        cost: (ctx, outputs) => ({ macs: 0, flops: perElem(ctx) * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .elementsOf */ .ZE)(outputs[0]) }),
        doc,
    };
}
const requireRank = (min) => (ctx) => {
    const s = ctx.input(0).type.shape;
    if (s && s.length < min)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${ctx.node.opType} input must have rank >= ${min}, got rank ${s.length}`);
};
const ops = [
    ...[1, 7, 14].map(batchNorm),
    sameShape('InstanceNormalization', 1, () => 5, {
        flops: '5 per element (statistics per sample and channel: mean, centre, variance, normalise, affine)',
        peers: 'thop counts 4 per element with affine',
    }, '', requireRank(3)),
    sameShape('GroupNormalization', 18, () => 5, {
        flops: '5 per element (statistics per sample and group: mean, centre, variance, normalise, affine)',
    }, '', (ctx) => {
        requireRank(2)(ctx);
        const groups = ctx.attrs.int('num_groups');
        const c = ctx.input(0).type.shape?.[1];
        if (groups <= 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`num_groups must be positive, got ${groups}`);
        if (typeof c === 'number' && c % groups !== 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`channels ${c} are not divisible by num_groups ${groups}`);
        const perChannel = ctx.opset >= 21;
        const want = perChannel ? c : groups;
        for (const [i, name] of [[1, 'scale'], [2, 'bias']]) {
            const s = ctx.input(i).type.shape;
            if (!s)
                continue;
            if (s.length !== 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${name} must be 1-D [${perChannel ? 'C' : 'num_groups'}], got [${s.join(',')}]`);
            if (typeof s[0] === 'number' && typeof want === 'number' && s[0] !== want) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${name} has ${s[0]} entries, expected ${want} (${perChannel ? 'channels, opset 21+' : 'num_groups, opset 18-20'})`);
            }
        }
    }),
    layerNormLike({ domain: '', opType: 'LayerNormalization', since: 17, perElem: 5, statOutputs: [1, 2], doc: LN_DOC }),
    layerNormLike({ domain: 'com.microsoft', opType: 'LayerNormalization', since: 1, perElem: 5, statOutputs: [1, 2], doc: LN_DOC }),
    layerNormLike({ domain: '', opType: 'RMSNormalization', since: 23, perElem: 3, statOutputs: [], doc: RMS_DOC }),
    layerNormLike({ domain: '', opType: 'SimplifiedLayerNormalization', since: 1, perElem: 3, statOutputs: [1], doc: RMS_DOC }),
    layerNormLike({ domain: 'com.microsoft', opType: 'SimplifiedLayerNormalization', since: 1, perElem: 3, statOutputs: [1], doc: RMS_DOC }),
    skipNorm('SkipLayerNormalization', 5, 4, {
        flops: '1 per element for the skip add + 1 when the bias input is present + 5 for the LayerNorm',
    }),
    skipNorm('SkipSimplifiedLayerNormalization', 3, 3, {
        flops: '1 per element for the skip add + 1 when the bias input is present + 3 for the RMS norm',
    }),
    sameShape('LpNormalization', 1, () => 3, { flops: '3 per element (abs or square, accumulate, divide by the norm); the per-row root is not counted' }),
    sameShape('LRN', 1, (ctx) => ctx.attrs.int('size') + 4, {
        flops: '(size + 4) per element: square 1, window sum size-1, scale by alpha/size, add bias, pow beta, divide',
    }, '', (ctx) => {
        if (ctx.attrs.int('size') <= 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`LRN size must be positive, got ${ctx.attrs.int('size')}`);
    }),
    msGroupNorm('GroupNorm'),
    msGroupNorm('SkipGroupNorm'),
    sameShape('MeanVarianceNormalization', 9, () => 4, { flops: '4 per element (mean, centre, variance, normalise; no affine)' }),
];


/***/ })

};
