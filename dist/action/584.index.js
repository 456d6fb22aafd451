export const id = 584;
export const ids = [584];
export const modules = {

/***/ 4584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _graph_name_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4374);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);



function rank(ctx, i, r, name) {
    const s = ctx.shapeOf(i);
    if (s.length !== r)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${name} has rank ${s.length}; expected ${r}`);
    return s;
}
function perHead(hidden, heads, what) {
    if (typeof hidden !== 'number')
        return heads === 1 ? hidden : `${hidden}/${heads}`;
    if (hidden % heads !== 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${what} ${hidden} is not divisible by ${heads} heads`);
    return hidden / heads;
}
const UPDATE_RULES = ['linear', 'gated', 'delta', 'gated_delta'];
function linearAttnDims(ctx) {
    const q = rank(ctx, 0, 3, 'query');
    rank(ctx, 1, 3, 'key');
    const v = rank(ctx, 2, 3, 'value');
    const qHeads = ctx.attrs.int('q_num_heads');
    const kvHeads = ctx.attrs.int('kv_num_heads');
    if (qHeads < 1 || kvHeads < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`q_num_heads ${qHeads} and kv_num_heads ${kvHeads} must be positive`);
    if (qHeads % kvHeads !== 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`q_num_heads ${qHeads} is not a multiple of kv_num_heads ${kvHeads}`);
    const rule = ctx.attrs.string('update_rule', 'linear');
    if (!UPDATE_RULES.includes(rule))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`update_rule must be one of ${UPDATE_RULES.join(', ')}, got '${rule}'`);
    if ((rule === 'gated' || rule === 'gated_delta') && !ctx.inputs[4])
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`update_rule '${rule}' needs the decay input`);
    if ((rule === 'delta' || rule === 'gated_delta') && !ctx.inputs[5])
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`update_rule '${rule}' needs the beta input`);
    return {
        batch: q[0], seq: q[1], qHeads, kvHeads,
        dk: perHead(q[2], qHeads, 'query hidden size'), dv: perHead(v[2], kvHeads, 'value hidden size'), rule,
    };
}
const linearAttentionOp = {
    domain: '', opType: 'LinearAttention', since: 27,
    doc: {
        macs: 'B * T * dk * dv * (Hkv * (1 + [delta rule]) + Hq): per token the state update k (x) v per KV head, the retrieval S^T k per KV head for delta rules, and q^T S per query head',
        flops: '2 * MACs + per token: Hq * dv (output scale) + Hkv * dk * dv for gated rules (state decay) + 2 * Hkv * dv for delta rules (subtract, beta)',
        peers: 'thop, fvcore and ptflops trace the PyTorch recurrence op by op (matmuls as MACs, the rest as their own rules); onnx-tool has no LinearAttention',
    },
    infer(ctx) {
        const d = linearAttnDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        const hidden = typeof d.dv === 'number' ? d.dv * d.qHeads : `${d.dv}*${d.qHeads}`;
        const state = { dtype: ctx.inputs[3]?.type.dtype ?? dtype, shape: [d.batch, d.kvHeads, d.dk, d.dv] };
        return { outputs: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fitOutputs */ .gY)(ctx, [{ dtype, shape: [d.batch, d.seq, hidden] }, state]) };
    },
    cost(ctx) {
        const d = linearAttnDims(ctx);
        const tokens = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.batch, d.seq]);
        const dk = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.dk]), dv = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.dv]);
        const delta = d.rule === 'delta' || d.rule === 'gated_delta';
        const gated = d.rule === 'gated' || d.rule === 'gated_delta';
        const macs = tokens * dk * dv * (d.kvHeads * (delta ? 2 : 1) + d.qHeads);
        const extra = tokens * (d.qHeads * dv + (gated ? d.kvHeads * dk * dv : 0) + (delta ? 2 * d.kvHeads * dv : 0));
        return { macs, flops: 2 * macs + extra };
    },
};
const ACTIVATIONS = (0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_2__/* .nameTable */ .ge)({ none: 0, silu: 2, swish: 2 });
function causalConvDims(ctx) {
    const x = rank(ctx, 0, 3, 'input');
    const w = rank(ctx, 1, 3, 'weight');
    const k = w[2];
    if (typeof k !== 'number' || k < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`kernel size (weight dim 2) must be a known positive number, got ${String(k)}`);
    if (w[1] !== 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weight must be [channels, 1, k] (depthwise), got [${w.join(',')}]`);
    if (typeof w[0] === 'number' && typeof x[1] === 'number' && w[0] !== x[1])
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weight has ${w[0]} channels but the input has ${x[1]}`);
    const act = ctx.attrs.string('activation', 'none');
    if (!(act in ACTIVATIONS))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`activation must be none, silu or swish, got '${act}'`);
    return { x, k };
}
const causalConvOp = {
    domain: '', opType: 'CausalConvWithState', since: 27,
    doc: {
        macs: 'B * C * L * K (depthwise: one K-tap dot product per output element, the carried state included)',
        flops: '2 * MACs + 1 per output element with bias + 2 per output element with silu/swish (sigmoid, multiply)',
        peers: 'thop, fvcore and ptflops count the equivalent depthwise Conv1d the same way (MACs = output elements x K)',
    },
    infer(ctx) {
        const { x, k } = causalConvDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        return { outputs: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fitOutputs */ .gY)(ctx, [{ dtype, shape: [...x] }, { dtype, shape: [x[0], x[1], k - 1] }]) };
    },
    cost(ctx) {
        const { x, k } = causalConvDims(ctx);
        const outs = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(x);
        const macs = outs * k;
        return { macs, flops: 2 * macs + outs * ((ctx.inputs[2] ? 1 : 0) + ACTIVATIONS[ctx.attrs.string('activation', 'none')]) };
    },
};
const ops = [linearAttentionOp, causalConvOp];


/***/ })

};
