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
/**
 * Training losses that appear in exported training graphs: NegativeLogLikelihoodLoss and
 * SoftmaxCrossEntropyLoss (opset 12+). Their later versions only widen the element types.
 *
 * Input [N, C, d1..dk], target [N, d1..dk]; output [N, d1..dk] with reduction 'none', else a
 * scalar. FLOPs per target element: 1 (negate the picked log-probability), +1 with class weights,
 * +1 when reduced (sum; the single mean division is not counted).
 */


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
            // Optional second output: the log-probabilities, shaped like the scores.
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
    // Versions 13 and 22 only add element types: one definition each serves them.
    makeNll(12),
    makeSce(12),
];


/***/ }),

/***/ 1062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ bytesOf),
/* harmony export */   Kj: () => (/* binding */ concrete),
/* harmony export */   Ni: () => (/* binding */ normalizeAxis),
/* harmony export */   OR: () => (/* binding */ broadcastShapes),
/* harmony export */   ZE: () => (/* binding */ elementsOf),
/* harmony export */   Zj: () => (/* binding */ rankFromLength),
/* harmony export */   gY: () => (/* binding */ fitOutputs),
/* harmony export */   jj: () => (/* binding */ knownValue),
/* harmony export */   uN: () => (/* binding */ numel)
/* harmony export */ });
/* unused harmony export sameShape */
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3792);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2433);
/** Shape and size helpers shared by every op family. */



/**
 * The rank of an output whose dims are given by a 1-D input of `length` elements (a shape input
 * whose values are unknown): throws OpLimitError above MAX_RANK rather than build 1e8 dims.
 */
function rankFromLength(length, what) {
    if (length > _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RANK */ .ee)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpLimitError */ .lI(`${what} has ${length.toLocaleString('en-US')} elements: an output rank above ${_graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RANK */ .ee}, the largest model-budget supports`);
    return length;
}
/** Element count of a shape (from axis `from` on); throws UnresolvedDimError on a symbolic dim. */
function numel(shape, from = 0) {
    let n = 1;
    for (let i = from; i < shape.length; i++) {
        const d = shape[i];
        if (typeof d !== 'number')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnresolvedDimError */ .g8(d);
        n *= d;
    }
    return n;
}
/** The shape as numbers; throws UnresolvedDimError on a symbolic dim. */
function concrete(shape) {
    return shape.map((d) => {
        if (typeof d !== 'number')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnresolvedDimError */ .g8(d);
        return d;
    });
}
/** Element count of a typed value; throws when its rank is unknown or a dim is symbolic. */
function elementsOf(t) {
    if (!t.shape)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnresolvedDimError */ .g8('rank');
    return numel(t.shape);
}
/** Bytes of a typed value (0 for unknown dtype is not allowed: throws). */
function bytesOf(t) {
    if (!t.dtype)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnresolvedDimError */ .g8('dtype');
    return (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(t.dtype, elementsOf(t));
}
/** Numpy-style multidirectional broadcast of several shapes. */
function broadcastShapes(shapes) {
    // Loops, not Math.max(...spread): this runs for every elementwise node.
    let rank = 0;
    for (let k = 0; k < shapes.length; k++)
        if (shapes[k].length > rank)
            rank = shapes[k].length;
    const out = new Array(rank);
    for (let i = 0; i < rank; i++) {
        let dim = 1;
        for (let k = 0; k < shapes.length; k++) {
            const s = shapes[k];
            const d = s[s.length - rank + i];
            if (d === undefined || d === 1)
                continue;
            if (dim === 1)
                dim = d;
            else if (dim !== d) {
                if (typeof dim === 'number' && typeof d === 'number') {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`shapes [${shapes.map((x) => x.join(',')).join('] and [')}] do not broadcast`);
                }
                // Symbolic against concrete (or another symbol): the concrete one wins; the symbol must be 1 or equal.
                if (typeof dim !== 'number' && typeof d === 'number')
                    dim = d;
            }
        }
        out[i] = dim;
    }
    return out;
}
/** An axis in [-rank, rank) made non-negative; throws OpError when out of range. */
function normalizeAxis(axis, rank) {
    if (axis < -rank || axis >= rank)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${axis} is out of range for rank ${rank}`);
    return axis < 0 ? axis + rank : axis;
}
/** Builds a KnownValue, or undefined when it is too large to fold. */
function knownValue(dtype, shape, data) {
    return data.length <= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE ? { dtype, shape, data } : undefined;
}
function sameShape(a, b) {
    return a.length === b.length && a.every((d, i) => d === b[i]);
}
/**
 * An op's possible outputs cut to the ones the node lists (an omitted ('') output still takes its
 * slot); a node listing more outputs than the op has is an error.
 */
function fitOutputs(ctx, all) {
    const n = Math.max(1, ctx.node.outputs.length);
    if (n > all.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`${ctx.node.opType} has at most ${all.length} outputs (node lists ${n})`);
    return all.slice(0, n);
}


/***/ })

};
