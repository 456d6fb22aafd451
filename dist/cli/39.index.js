export const id = 39;
export const ids = [39];
export const modules = {

/***/ 9039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9202);




const STRING_DOC = { flops: '0: string processing, not arithmetic', memory: '0 bytes for string tensors (no fixed element size); numeric outputs written' };
function requireString(ctx, i, what) {
    const dtype = ctx.input(i).type.dtype;
    if (dtype && (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeKind */ .PN)(dtype) !== 'string')
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`${what} must be a string tensor, got ${dtype}`);
}
const stringConcatOp = {
    domain: '', opType: 'StringConcat', since: 20, doc: STRING_DOC,
    infer(ctx) {
        requireString(ctx, 0, 'X');
        requireString(ctx, 1, 'Y');
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'string', shape: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcastShapes */ .OR)([ctx.shapeOf(0), ctx.shapeOf(1)]) });
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.NO_ARITHMETIC,
};
const regexFullMatchOp = {
    domain: '', opType: 'RegexFullMatch', since: 20, doc: STRING_DOC,
    infer(ctx) {
        requireString(ctx, 0, 'X');
        if (!ctx.attrs.has('pattern'))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC("required attribute 'pattern' is missing");
        ctx.attrs.string('pattern');
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'bool', shape: [...ctx.shapeOf(0)] });
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.NO_ARITHMETIC,
};
const stringNormalizerOp = {
    domain: '', opType: 'StringNormalizer', since: 10, doc: STRING_DOC,
    infer(ctx) {
        requireString(ctx, 0, 'X');
        const x = ctx.shapeOf(0);
        const mode = ctx.attrs.string('case_change_action', 'NONE');
        if (!['LOWER', 'UPPER', 'NONE'].includes(mode))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`case_change_action must be LOWER, UPPER or NONE, got '${mode}'`);
        const stops = ctx.attrs.strings('stopwords', []);
        if (x.length === 1)
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'string', shape: stops.length ? [ctx.freshDim('stringnormalizer')] : [x[0]] });
        if (x.length === 2 && x[0] === 1)
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'string', shape: stops.length ? [1, ctx.freshDim('stringnormalizer')] : [1, x[1]] });
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`X must be [C] or [1, C], got [${x.join(',')}]`);
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.NO_ARITHMETIC,
};
const stringSplitOp = {
    domain: '', opType: 'StringSplit', since: 20, doc: STRING_DOC,
    infer(ctx) {
        requireString(ctx, 0, 'X');
        const x = ctx.shapeOf(0);
        const maxsplit = ctx.attrs.has('maxsplit') ? ctx.attrs.int('maxsplit') : undefined;
        if (maxsplit !== undefined && maxsplit < 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`maxsplit must be >= 0, got ${maxsplit}`);
        return { outputs: [{ dtype: 'string', shape: [...x, ctx.freshDim('stringsplit')] }, { dtype: 'int64', shape: [...x] }] };
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.NO_ARITHMETIC,
};
const tfIdfOp = {
    domain: '', opType: 'TfIdfVectorizer', since: 9,
    doc: {
        flops: '0 with mode TF (counting); 1 per output element with IDF or TFIDF (the weight multiply)',
        memory: 'input read + output written',
    },
    infer(ctx) {
        const x = ctx.shapeOf(0);
        const mode = ctx.attrs.string('mode');
        if (!['TF', 'IDF', 'TFIDF'].includes(mode))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`mode must be TF, IDF or TFIDF, got '${mode}'`);
        const indexes = ctx.attrs.ints('ngram_indexes');
        if (indexes.length === 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC("attribute 'ngram_indexes' is empty");
        const width = Math.max(...indexes) + 1;
        let shape;
        if (x.length === 1)
            shape = [width];
        else if (x.length === 2)
            shape = [x[0], width];
        else
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`X must be [C] or [N, C], got rank ${x.length}`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'float32', shape });
    },
    cost(ctx, outputs) {
        const mode = ctx.attrs.string('mode');
        return { macs: 0, flops: mode === 'TF' ? 0 : (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_2__/* .numel */ .uN)(outputs[0].shape) };
    },
};
const imageDecoderOp = {
    domain: '', opType: 'ImageDecoder', since: 20,
    doc: {
        flops: 'not counted: decoding a compressed image is integer work with no FLOP measure; totals are marked as a lower bound',
        memory: 'encoded bytes read + decoded image written (unresolved: the image size comes from the file)',
    },
    infer(ctx) {
        const x = ctx.shapeOf(0);
        if (x.length !== 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`encoded_stream must be 1-D, got rank ${x.length}`);
        const format = ctx.attrs.string('pixel_format', 'RGB');
        if (!['RGB', 'BGR', 'Grayscale'].includes(format))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC(`pixel_format must be RGB, BGR or Grayscale, got '${format}'`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_3__.single)({ dtype: 'uint8', shape: [ctx.freshDim('image_height'), ctx.freshDim('image_width'), format === 'Grayscale' ? 1 : 3] });
    },
    cost: () => ({ macs: 0, flops: 0, lowerBound: 'ImageDecoder: decoding work is not counted' }),
};
const ops = [
    stringConcatOp,
    regexFullMatchOp,
    stringNormalizerOp,
    stringSplitOp,
    tfIdfOp,
    imageDecoderOp,
];


/***/ })

};
