export const id = 908;
export const ids = [908];
export const modules = {

/***/ 9908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);


function rnnDims(ctx, kind, layoutDefined) {
    const x = ctx.shapeOf(0);
    if (x.length !== 3)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input X has rank ${x.length}; expected 3`);
    let layout = 0;
    if (ctx.attrs.has('layout')) {
        if (layoutDefined)
            layout = ctx.attrs.int('layout');
        else
            ctx.warn(`attribute 'layout' is not defined for ${kind.opType} before opset 14; ignored`);
    }
    if (layout !== 0 && layout !== 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`layout ${layout} is not 0 or 1`);
    const direction = ctx.attrs.string('direction', 'forward');
    if (direction !== 'forward' && direction !== 'reverse' && direction !== 'bidirectional') {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`direction '${direction}' is not forward, reverse or bidirectional`);
    }
    const dirs = direction === 'bidirectional' ? 2 : 1;
    const w = ctx.shapeOf(1), r = ctx.shapeOf(2);
    if (w.length !== 3 || r.length !== 3)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`W and R must have rank 3 (got ${w.length} and ${r.length})`);
    for (const [name, s] of [['W', w], ['R', r]]) {
        if (typeof s[0] === 'number' && s[0] !== dirs)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${name} has ${s[0]} directions but direction is '${direction}'`);
    }
    let hidden = ctx.attrs.has('hidden_size') ? ctx.attrs.int('hidden_size') : r[2];
    if (typeof hidden === 'number' && hidden < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`hidden_size ${hidden} is not positive`);
    if (typeof hidden !== 'number' && typeof w[1] === 'number')
        hidden = w[1] / kind.gates;
    for (const [name, s] of [['W', w], ['R', r]]) {
        if (typeof s[1] === 'number' && typeof hidden === 'number' && s[1] !== kind.gates * hidden) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${name}.shape[1] is ${s[1]} but ${kind.opType} with hidden_size ${hidden} needs ${kind.gates} * ${hidden} = ${kind.gates * hidden}`);
        }
    }
    if (typeof r[2] === 'number' && typeof hidden === 'number' && r[2] !== hidden)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`R.shape[2] is ${r[2]} but hidden_size is ${hidden}`);
    const [seq, batch] = layout === 0 ? [x[0], x[1]] : [x[1], x[0]];
    const input = typeof x[2] === 'number' ? x[2] : w[2];
    if (typeof x[2] === 'number' && typeof w[2] === 'number' && x[2] !== w[2])
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`X has input size ${x[2]} but W.shape[2] is ${w[2]}`);
    return { seq, batch, input, hidden, dirs, layout };
}
function rnnInfer(ctx, kind, layoutDefined) {
    const d = rnnDims(ctx, kind, layoutDefined);
    const dtype = ctx.input(0).type.dtype;
    const y = { dtype, shape: d.layout === 0 ? [d.seq, d.dirs, d.batch, d.hidden] : [d.batch, d.seq, d.dirs, d.hidden] };
    const state = { dtype, shape: d.layout === 0 ? [d.dirs, d.batch, d.hidden] : [d.batch, d.dirs, d.hidden] };
    const count = Math.min(Math.max(ctx.node.outputs.length, 1), kind.outputs);
    if (ctx.node.outputs.length > kind.outputs)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${kind.opType} has at most ${kind.outputs} outputs (node lists ${ctx.node.outputs.length})`);
    return { outputs: [y, state, state].slice(0, count) };
}
function rnnCost(ctx, kind, layoutDefined) {
    const d = rnnDims(ctx, kind, layoutDefined);
    const unitSteps = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.seq, d.batch, d.hidden]) * d.dirs;
    const macs = unitSteps * kind.gates * ((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.input]) + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.hidden]));
    const bias = ctx.inputs[3] !== undefined;
    const peephole = kind.opType === 'LSTM' && ctx.inputs[7] !== undefined;
    return { macs, flops: 2 * macs + unitSteps * kind.perUnit(bias, peephole) };
}
const KINDS = {
    RNN: {
        opType: 'RNN', gates: 1, outputs: 2,
        perUnit: (bias) => 1 + (bias ? 2 : 0),
        flopsDoc: '2 * MACs + dirs * seq * batch * H * (1 activation + 2 bias adds if B)',
    },
    GRU: {
        opType: 'GRU', gates: 3, outputs: 2,
        perUnit: (bias) => 8 + (bias ? 6 : 0),
        flopsDoc: '2 * MACs + dirs * seq * batch * H * (8 + 6 if B): per hidden unit and step 2 sigmoid + 1 tanh, 1 reset multiply, 4 for (1 - z) * h~ + z * h, and 2 bias adds per gate',
    },
    LSTM: {
        opType: 'LSTM', gates: 4, outputs: 3,
        perUnit: (bias, peephole) => 9 + (bias ? 8 : 0) + (peephole ? 6 : 0),
        flopsDoc: '2 * MACs + dirs * seq * batch * H * (9 + 8 if B + 6 if P): per hidden unit and step 3 sigmoid + 2 tanh, 3 for the cell update f*c + i*g, 1 for o * tanh(c), 2 bias adds per gate, 2 per peephole gate',
    },
};
const RNN_PEERS = 'thop and ptflops add bias and gate elementwise work to their MACs (lstm.onnx: thop 46.29 M, ptflops 46.34 M against 45.88 M contraction MACs); fvcore skips nn.LSTM/nn.GRU entirely; onnx-tool also counts the activations as MACs (50.69 M).';
function rnnDef(kind, since) {
    const layoutDefined = since >= 14;
    return {
        domain: '', opType: kind.opType, since,
        infer: (ctx) => rnnInfer(ctx, kind, layoutDefined),
        cost: (ctx) => rnnCost(ctx, kind, layoutDefined),
        doc: {
            macs: `num_directions * seq_length * batch * ${kind.gates} * H * (I + H)`,
            flops: kind.flopsDoc,
            peers: RNN_PEERS,
        },
    };
}
const ops = [
    rnnDef(KINDS.RNN, 1), rnnDef(KINDS.RNN, 14),
    rnnDef(KINDS.GRU, 1), rnnDef(KINDS.GRU, 14),
    rnnDef(KINDS.LSTM, 1), rnnDef(KINDS.LSTM, 14),
];


/***/ })

};
