export const id = 248;
export const ids = [248];
export const modules = {

/***/ 8248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);


function div(a, b, what) {
    if (!Number.isInteger(b) || b < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${what}: divisor ${b} is not a positive integer`);
    if (typeof a !== 'number')
        return b === 1 ? a : `${a}/${b}`;
    if (a % b !== 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${what}: ${a} is not divisible by ${b}`);
    return a / b;
}
function mul(a, b) {
    if (typeof a === 'number')
        return a * b;
    return b === 1 ? a : `${a}*${b}`;
}
function add(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a + b;
    if (a === 0)
        return b;
    if (b === 0)
        return a;
    return `${a}+${b}`;
}
function rank(ctx, i, ranks, name) {
    const s = ctx.shapeOf(i);
    if (!ranks.includes(s.length))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${name} has rank ${s.length}; expected ${ranks.join(' or ')}`);
    return s;
}
function present(ctx, i) {
    return ctx.inputs[i] !== undefined;
}
function coreCost(c, perScore) {
    const scores = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([c.batch, c.heads, c.seq, c.total]);
    const macs = scores * ((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([c.headSize]) + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([c.vHeadSize]));
    return { macs, flops: 2 * macs + scores * perScore, scores };
}
const CORE_DOC = 'per score element (batch * heads * q_seq * total_seq): 1 scale + 3 softmax';
const ATTN_PEERS = 'fvcore and ptflops (aten) count the QK^T and AV batched matmuls like us; thop does not count them (functional matmul) and counts nothing for nn.MultiheadAttention; the masked part of a causal score matrix is counted by all of them, as here.';
function msAttentionDims(ctx, pastIndex) {
    const x = rank(ctx, 0, [3], 'input');
    const w = rank(ctx, 1, [2], 'weights');
    const heads = ctx.attrs.int('num_heads');
    if (heads < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`num_heads ${heads} is not positive`);
    let qkv;
    if (ctx.attrs.has('qkv_hidden_sizes')) {
        const s = ctx.attrs.ints('qkv_hidden_sizes');
        if (s.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`qkv_hidden_sizes has ${s.length} values; expected 3`);
        qkv = [s[0], s[1], s[2]];
    }
    else {
        const total = w[1];
        if (typeof total !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weights dim '${total}' is symbolic and qkv_hidden_sizes is absent`);
        if (total % 3 !== 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weights.shape[1] = ${total} is not divisible by 3 and qkv_hidden_sizes is absent`);
        qkv = [total / 3, total / 3, total / 3];
    }
    if (typeof w[1] === 'number' && w[1] !== qkv[0] + qkv[1] + qkv[2]) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`weights.shape[1] = ${w[1]} but qkv_hidden_sizes sum to ${qkv[0] + qkv[1] + qkv[2]}`);
    }
    if (typeof x[2] === 'number' && typeof w[0] === 'number' && x[2] !== w[0]) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input hidden size ${x[2]} does not match weights.shape[0] = ${w[0]}`);
    }
    let past = 0;
    if (present(ctx, pastIndex)) {
        const p = rank(ctx, pastIndex, [5], 'past');
        past = p[3];
    }
    const seq = x[1];
    return {
        batch: x[0], seq, heads, inputHidden: x[2], qkv, past,
        total: add(past, seq),
        headSize: div(qkv[0], heads, 'hidden_size / num_heads'),
        vHeadSize: div(qkv[2], heads, 'v_hidden_size / num_heads'),
    };
}
function msAttentionDef(io) {
    return {
        domain: 'com.microsoft', opType: io.opType, since: 1,
        infer(ctx) {
            const d = msAttentionDims(ctx, io.past);
            const dtype = ctx.inputs[io.dtypeFrom]?.type.dtype ?? ctx.input(0).type.dtype;
            const shareBuffer = ctx.attrs.int('past_present_share_buffer', 0) !== 0 && present(ctx, io.past);
            const presentShape = shareBuffer ? [...ctx.shapeOf(io.past)] : [2, d.batch, d.heads, d.total, d.headSize];
            return { outputs: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fitOutputs */ .gY)(ctx, [{ dtype, shape: [d.batch, d.seq, d.qkv[2]] }, { dtype, shape: presentShape }]) };
        },
        cost(ctx) {
            const d = msAttentionDims(ctx, io.past);
            const rows = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.batch, d.seq]);
            const projected = rows * (d.qkv[0] + d.qkv[1] + d.qkv[2]);
            const projMacs = projected * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.inputHidden]);
            const masked = present(ctx, io.mask) || (io.attentionBias !== undefined && present(ctx, io.attentionBias)) || ctx.attrs.int('unidirectional', 0) !== 0;
            const core = coreCost(d, 4 + (masked ? 1 : 0));
            const bias = present(ctx, 2) ? projected : 0;
            const dequant = io.quantized ? projected : 0;
            const rotary = ctx.attrs.int('do_rotary', 0) !== 0 ? 3 * rows * (d.qkv[0] + d.qkv[1]) : 0;
            return { macs: projMacs + core.macs, flops: 2 * projMacs + core.flops + bias + dequant + rotary };
        },
        doc: {
            macs: 'B * S * input_hidden * (q_hidden + k_hidden + v_hidden) (packed QKV projection) + B * heads * S * T * (head_size + v_head_size) (QK^T and AV), T = past + S',
            flops: `2 * MACs + QKV bias (B * S * 3 * hidden if present)${io.quantized ? ' + 1 per projected element (scale to float)' : ''} + ${CORE_DOC} (+1 if mask_index, attention_bias or unidirectional) + 3 per rotated Q/K element if do_rotary`,
            peers: ATTN_PEERS,
        },
    };
}
const msAttention = msAttentionDef({ opType: 'Attention', mask: 3, past: 4, attentionBias: 5, dtypeFrom: 0, quantized: false });
const qAttention = msAttentionDef({ opType: 'QAttention', mask: 5, past: 8, attentionBias: undefined, dtypeFrom: 3, quantized: true });
function mhaDims(ctx) {
    const heads = ctx.attrs.int('num_heads');
    if (heads < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`num_heads ${heads} is not positive`);
    const q = rank(ctx, 0, [3, 5], 'query');
    const batch = q[0], seq = q[1];
    if (q.length === 5) {
        if (typeof q[2] === 'number' && q[2] !== heads)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`packed query has ${q[2]} heads but num_heads is ${heads}`);
        if (typeof q[3] === 'number' && q[3] !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`packed query axis 3 is ${q[3]}; expected 3`);
        return { batch, seq, heads, kvSeq: seq, past: 0, total: seq, headSize: q[4], vHeadSize: q[4], concat: true };
    }
    const headSize = div(q[2], heads, 'query hidden_size / num_heads');
    if (!present(ctx, 1))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('key is required unless query is packed QKV of rank 5');
    const k = rank(ctx, 1, [3, 4, 5], 'key');
    let kvSeq, vHeadSize, concat = true;
    if (k.length === 5) {
        kvSeq = k[1];
        vHeadSize = k[4];
    }
    else if (k.length === 4) {
        kvSeq = k[2];
        const v = present(ctx, 2) ? rank(ctx, 2, [4], 'value') : undefined;
        vHeadSize = v ? v[3] : k[3];
        concat = false;
    }
    else {
        kvSeq = k[1];
        const v = present(ctx, 2) ? rank(ctx, 2, [3], 'value') : undefined;
        vHeadSize = v ? div(v[2], heads, 'value hidden_size / num_heads') : headSize;
    }
    let past = 0;
    if (concat && present(ctx, 6))
        past = rank(ctx, 6, [4], 'past_key')[2];
    return { batch, seq, heads, kvSeq, past, total: add(past, kvSeq), headSize, vHeadSize, concat };
}
const multiHeadAttention = {
    domain: 'com.microsoft', opType: 'MultiHeadAttention', since: 1,
    infer(ctx) {
        const d = mhaDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        return {
            outputs: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fitOutputs */ .gY)(ctx, [
                { dtype, shape: [d.batch, d.seq, mul(d.vHeadSize, d.heads)] },
                { dtype, shape: [d.batch, d.heads, d.total, d.headSize] },
                { dtype, shape: [d.batch, d.heads, d.total, d.vHeadSize] },
                { dtype, shape: [d.batch, d.heads, d.seq, d.total] },
            ]),
        };
    },
    cost(ctx) {
        const d = mhaDims(ctx);
        const masked = present(ctx, 4) || present(ctx, 5) || ctx.attrs.int('unidirectional', 0) !== 0;
        const core = coreCost(d, 4 + (masked ? 1 : 0));
        const bias = present(ctx, 3)
            ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.batch, d.seq, d.heads, d.headSize]) + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.batch, d.kvSeq, d.heads]) * ((0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.headSize]) + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.vHeadSize]))
            : 0;
        return { macs: core.macs, flops: core.flops + bias };
    },
    doc: {
        macs: 'B * heads * S * T * (head_size + v_head_size) (QK^T and AV), T = past + kv_sequence_length (no input projection: Q, K, V arrive projected)',
        flops: `2 * MACs + bias adds on Q, K, V when bias is given + ${CORE_DOC} (+1 if key_padding_mask, attention_bias or unidirectional)`,
        peers: ATTN_PEERS,
    },
};
function checkKeyWidth(width, kvHeads, headSize, name) {
    if (typeof width === 'number' && typeof headSize === 'number' && width !== kvHeads * headSize) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`${name} width ${width} is not kv_num_heads x head_size = ${kvHeads} x ${headSize} = ${kvHeads * headSize}`);
    }
}
function gqaDims(ctx) {
    const heads = ctx.attrs.int('num_heads'), kvHeads = ctx.attrs.int('kv_num_heads');
    if (heads < 1 || kvHeads < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`num_heads ${heads} and kv_num_heads ${kvHeads} must be positive`);
    if (heads % kvHeads !== 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`num_heads ${heads} is not a multiple of kv_num_heads ${kvHeads}`);
    const q = rank(ctx, 0, [3], 'query');
    const batch = q[0], seq = q[1];
    let headSize, kvSeq;
    if (present(ctx, 1)) {
        headSize = div(q[2], heads, 'query hidden_size / num_heads');
        const key = rank(ctx, 1, [3], 'key');
        checkKeyWidth(key[2], kvHeads, headSize, 'key');
        kvSeq = key[1];
    }
    else {
        headSize = div(q[2], heads + 2 * kvHeads, 'packed QKV width / (num_heads + 2 * kv_num_heads)');
        kvSeq = seq;
    }
    const past = present(ctx, 3) ? rank(ctx, 3, [4], 'past_key')[2] : undefined;
    const tsl = ctx.inputs[6]?.value?.data[0];
    const total = tsl !== undefined ? tsl : add(past ?? 0, kvSeq);
    const presentSeq = past === undefined ? total
        : typeof past === 'number' && typeof total === 'number' ? Math.max(past, total)
            : tsl !== undefined ? total : add(past, kvSeq);
    return { batch, seq, heads, kvHeads, kvSeq, total, headSize, vHeadSize: headSize, presentSeq };
}
const groupQueryAttention = {
    domain: 'com.microsoft', opType: 'GroupQueryAttention', since: 1,
    infer(ctx) {
        const d = gqaDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        const cacheType = ctx.inputs[3]?.type.dtype ?? dtype;
        const kv = { dtype: cacheType, shape: [d.batch, d.kvHeads, d.presentSeq, d.headSize] };
        return {
            outputs: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fitOutputs */ .gY)(ctx, [
                { dtype, shape: [d.batch, d.seq, mul(d.headSize, d.heads)] },
                kv, kv,
                { dtype, shape: [d.batch, d.heads, d.seq, d.total] },
            ]),
        };
    },
    cost(ctx) {
        const d = gqaDims(ctx);
        const masked = ctx.attrs.int('causal', 1) !== 0 || present(ctx, 10) || ctx.attrs.int('local_window_size', -1) > 0;
        const softcap = ctx.attrs.has('softcap') && ctx.attrs.float('softcap') > 0;
        const core = coreCost(d, 4 + (masked ? 1 : 0) + (softcap ? 3 : 0));
        const rotary = ctx.attrs.int('do_rotary', 0) !== 0 ? 3 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([d.batch, d.seq, d.headSize]) * (d.heads + d.kvHeads) : 0;
        return { macs: core.macs, flops: core.flops + rotary };
    },
    doc: {
        macs: 'B * num_heads * S * T * 2 * head_size (QK^T and AV; K/V heads are shared, not repeated work), T = total_sequence_length when constant, else past + S; local_window_size does not reduce it',
        flops: `2 * MACs + ${CORE_DOC} (+1 causal/bias mask, +3 softcap) + 3 per rotated Q/K element if do_rotary`,
        peers: ATTN_PEERS,
    },
};
function rotaryFlops(ctx, x, cosIndex) {
    const heads = ctx.attrs.int('num_heads', 0);
    const attrDim = ctx.attrs.int('rotary_embedding_dim', 0);
    const cos = ctx.inputs[cosIndex]?.type.shape;
    const rotDim = attrDim > 0 ? attrDim : cos && cos.length > 0 ? 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([cos[cos.length - 1]]) : undefined;
    let headSize;
    if (x.length === 4)
        headSize = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([x[3]]);
    else if (heads > 0)
        headSize = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)([x[2]]) / heads;
    const fraction = rotDim !== undefined && headSize !== undefined && headSize > 0 ? Math.min(1, rotDim / headSize) : 1;
    return 3 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(x) * fraction;
}
function rotaryDef(domain, since, cosIndex) {
    return {
        domain, opType: 'RotaryEmbedding', since,
        infer(ctx) {
            const x = rank(ctx, 0, [3, 4], 'input');
            return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [...x] }] };
        },
        cost: (ctx) => ({ macs: 0, flops: rotaryFlops(ctx, ctx.shapeOf(0), cosIndex) }),
        doc: {
            flops: '3 per rotated element (cos * x1 - sin * x2, or sin * x1 + cos * x2); elements beyond rotary_embedding_dim are copied (0); the cos/sin gather is not counted',
            macs: '0',
        },
    };
}
function onnxAttnDims(ctx) {
    const q = rank(ctx, 0, [3, 4], 'Q'), k = rank(ctx, 1, [3, 4], 'K'), v = rank(ctx, 2, [3, 4], 'V');
    if (k.length !== q.length || v.length !== q.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`Q, K and V must have the same rank (got ${q.length}, ${k.length}, ${v.length})`);
    let heads, kvHeads, seq, kvSeq, headSize, vHeadSize;
    const threeD = q.length === 3;
    if (threeD) {
        heads = ctx.attrs.int('q_num_heads');
        kvHeads = ctx.attrs.int('kv_num_heads');
        if (heads < 1 || kvHeads < 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`q_num_heads ${heads} and kv_num_heads ${kvHeads} must be positive`);
        seq = q[1];
        kvSeq = k[1];
        headSize = div(q[2], heads, 'Q hidden / q_num_heads');
        vHeadSize = div(v[2], kvHeads, 'V hidden / kv_num_heads');
        checkKeyWidth(k[2], kvHeads, headSize, 'K');
    }
    else {
        const qh = q[1], kh = k[1];
        if (typeof qh !== 'number' || typeof kh !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('Q and K head counts must be concrete');
        heads = qh;
        kvHeads = kh;
        seq = q[2];
        kvSeq = k[2];
        headSize = q[3];
        vHeadSize = v[3];
    }
    if (heads % kvHeads !== 0)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`query heads ${heads} are not a multiple of key/value heads ${kvHeads}`);
    const past = present(ctx, 4) ? rank(ctx, 4, [4], 'past_key')[2] : 0;
    return { batch: q[0], heads, kvHeads, seq, kvSeq, total: add(past, kvSeq), headSize, vHeadSize, threeD };
}
const onnxAttention = {
    domain: '', opType: 'Attention', since: 23,
    infer(ctx) {
        const d = onnxAttnDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        const y = d.threeD ? [d.batch, d.seq, mul(d.vHeadSize, d.heads)] : [d.batch, d.heads, d.seq, d.vHeadSize];
        return {
            outputs: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fitOutputs */ .gY)(ctx, [
                { dtype, shape: y },
                { dtype, shape: [d.batch, d.kvHeads, d.total, d.headSize] },
                { dtype: ctx.inputs[2]?.type.dtype ?? dtype, shape: [d.batch, d.kvHeads, d.total, d.vHeadSize] },
                { dtype, shape: [d.batch, d.heads, d.seq, d.total] },
            ]),
        };
    },
    cost(ctx) {
        const d = onnxAttnDims(ctx);
        const masked = present(ctx, 3) || ctx.attrs.int('is_causal', 0) !== 0;
        const softcap = ctx.attrs.has('softcap') && ctx.attrs.float('softcap') > 0;
        const core = coreCost(d, 4 + (masked ? 1 : 0) + (softcap ? 3 : 0));
        return { macs: core.macs, flops: core.flops };
    },
    doc: {
        macs: 'B * q_num_heads * q_seq * T * (head_size + v_head_size), T = past + kv_seq (opset 24 nonpad_kv_seqlen and opset 25 windows mask scores, they do not shrink the count)',
        flops: `2 * MACs + ${CORE_DOC} (+1 if attn_mask or is_causal, +3 if softcap)`,
        peers: ATTN_PEERS,
    },
};
const ops = [
    msAttention,
    qAttention,
    multiHeadAttention,
    groupQueryAttention,
    rotaryDef('com.microsoft', 1, 2),
    onnxAttention,
    rotaryDef('', 23, 1),
];


/***/ })

};
