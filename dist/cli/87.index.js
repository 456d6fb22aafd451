export const id = 87;
export const ids = [87];
export const modules = {

/***/ 3087:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);


const REDUCTIONS = ['none', 'sum', 'mean'];
function lossShapes(ctx) {
    const scores = ctx.shapeOf(0);
    const target = ctx.shapeOf(1);
    if (scores.length < 2)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input must be [N, C, d1..dk], got rank ${scores.length}`);
    if (target.length !== scores.length - 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`target must have rank ${scores.length - 1} ([N, d1..dk]), got ${target.length}`);
    const expected = [scores[0], ...scores.slice(2)];
    for (let i = 0; i < target.length; i++) {
        const a = target[i], b = expected[i];
        if (typeof a === 'number' && typeof b === 'number' && a !== b) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`target shape [${target.join(',')}] does not match input [${scores.join(',')}] without the class dim`);
        }
    }
    const reduction = ctx.attrs.string('reduction', 'mean');
    if (!REDUCTIONS.includes(reduction))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`reduction must be none, sum or mean, got '${reduction}'`);
    return { scores, target: expected, reduction };
}
function nllFlops(ctx, targetElems, reduction) {
    return targetElems * (1 + (ctx.inputs[2] ? 1 : 0) + (reduction === 'none' ? 0 : 1));
}
function makeNll(since) {
    return {
        domain: '', opType: 'NegativeLogLikelihoodLoss', since,
        doc: {
            flops: '1 per target element (negate the picked log-probability) + 1 with class weights + 1 when reduced (sum or mean)',
            peers: 'thop, fvcore and ptflops count no FLOPs for losses',
        },
        infer(ctx) {
            const { target, reduction } = lossShapes(ctx);
            return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: reduction === 'none' ? target : [] }] };
        },
        cost(ctx) {
            const { target, reduction } = lossShapes(ctx);
            return { macs: 0, flops: nllFlops(ctx, (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(target), reduction) };
        },
    };
}
function makeSce(since) {
    return {
        domain: '', opType: 'SoftmaxCrossEntropyLoss', since,
        doc: {
            flops: '3 per score element (LogSoftmax over the class dim, as Softmax) + the NegativeLogLikelihoodLoss count per target element',
            peers: 'thop, fvcore and ptflops count no FLOPs for losses',
        },
        infer(ctx) {
            const { scores, target, reduction } = lossShapes(ctx);
            const dtype = ctx.input(0).type.dtype;
            const outputs = [{ dtype, shape: reduction === 'none' ? target : [] }];
            if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== '')
                outputs.push({ dtype, shape: [...scores] });
            return { outputs };
        },
        cost(ctx) {
            const { scores, target, reduction } = lossShapes(ctx);
            return { macs: 0, flops: 3 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(scores) + nllFlops(ctx, (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(target), reduction) };
        },
    };
}
const ops = [
    makeNll(12),
    makeSce(12),
];


/***/ })

};
