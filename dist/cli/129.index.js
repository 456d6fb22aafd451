export const id = 129;
export const ids = [129];
export const modules = {

/***/ 8129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   broadcastData: () => (/* binding */ broadcastData),
/* harmony export */   ops: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(155);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9202);





const moveDoc = (memory, peers) => ({
    flops: _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.DATA_MOVEMENT_FLOPS,
    ...(memory ? { memory } : {}),
    ...(peers ? { peers } : {}),
});
function sliceAxisData(data, shape, axis, start, len) {
    const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
    const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
    const d = shape[axis];
    const out = [];
    for (let o = 0; o < outer; o++) {
        const base = o * d * inner;
        for (let k = start * inner; k < (start + len) * inner; k++)
            out.push(data[base + k]);
    }
    return out;
}
function broadcastData(data, inShape, outShape) {
    const r = outShape.length;
    const padded = [...new Array(r - inShape.length).fill(1), ...inShape];
    const inStrides = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.stridesOf)(padded).map((s, i) => (padded[i] === 1 ? 0 : s));
    const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(outShape);
    const out = new Array(n);
    const idx = new Array(r).fill(0);
    for (let o = 0; o < n; o++) {
        let src = 0;
        for (let k = 0; k < r; k++)
            src += idx[k] * inStrides[k];
        out[o] = data[src];
        for (let k = r - 1; k >= 0; k--) {
            if (++idx[k] < outShape[k])
                break;
            idx[k] = 0;
        }
    }
    return out;
}
const transposeOp = {
    domain: '', opType: 'Transpose', since: 1,
    doc: moveDoc(undefined, 'PyTorch permute is a view, so thop/fvcore report nothing; the ONNX op materialises the output.'),
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const r = s.length;
        const perm = ctx.attrs.has('perm') ? ctx.attrs.ints('perm').map((p) => (p < 0 ? p + r : p)) : s.map((_, i) => r - 1 - i);
        if (perm.length !== r || new Set(perm).size !== r || perm.some((p) => p < 0 || p >= r)) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`perm [${perm.join(',')}] is not a permutation of rank ${r}`);
        }
        const shape = perm.map((p) => s[p]);
        const value = x.value && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s) ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.transposeData)(x.value.data, s, perm)) : undefined;
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
};
function makeConcat(since) {
    return {
        domain: '', opType: 'Concat', since, doc: moveDoc(),
        infer: (ctx) => {
            const present = ctx.inputs.filter((x) => x !== undefined);
            if (present.length === 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('Concat has no inputs');
            const dtype = present.find((x) => x.type.dtype)?.type.dtype;
            if (present.some((x) => !x.type.shape))
                return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype, shape: undefined });
            const shapes = present.map((x) => x.type.shape);
            const r = shapes[0].length;
            if (shapes.some((s) => s.length !== r)) {
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`inputs have different ranks: ${shapes.map((s) => `[${s.join(',')}]`).join(' ')}`);
            }
            const rawAxis = since < 4 ? ctx.attrs.int('axis', 1) : ctx.attrs.int('axis');
            if (rawAxis < 0 && since < 11)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${rawAxis} is negative (allowed from opset 11)`);
            const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAxis */ .Ni)(rawAxis, r);
            const shape = [];
            for (let i = 0; i < r; i++) {
                if (i === axis) {
                    shape.push((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.dimSum)(shapes.map((s) => s[i]), ctx, 'concat'));
                    continue;
                }
                const dims = shapes.map((s) => s[i]);
                const nums = dims.filter((d) => typeof d === 'number');
                if (nums.some((d) => d !== nums[0])) {
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`inputs differ on axis ${i}: ${shapes.map((s) => `[${s.join(',')}]`).join(' ')}`);
                }
                shape.push(nums.length > 0 ? nums[0] : dims[0]);
            }
            let value;
            if (present.every((x) => x.value) && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(shape)) {
                const full = shape;
                const outer = full.slice(0, axis).reduce((a, b) => a * b, 1);
                const inner = full.slice(axis + 1).reduce((a, b) => a * b, 1);
                const data = [];
                for (let o = 0; o < outer; o++) {
                    for (const x of present) {
                        const chunk = x.type.shape[axis] * inner;
                        for (let k = 0; k < chunk; k++)
                            data.push(x.value.data[o * chunk + k]);
                    }
                }
                value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(present[0].value.dtype, shape, data);
            }
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype, shape }, value);
        },
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    };
}
function makeSplit(since, source) {
    return {
        domain: '', opType: 'Split', since, doc: moveDoc(),
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            const n = ctx.node.outputs.length;
            const rawAxis = ctx.attrs.int('axis', 0);
            if (rawAxis < 0 && since < 11)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${rawAxis} is negative (allowed from opset 11)`);
            const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAxis */ .Ni)(rawAxis, s.length);
            const d = s[axis];
            let split;
            let splitGivenUnknown = false;
            if ((source === 'attr-or-input' || source === 'attr') && ctx.attrs.has('split'))
                split = [...ctx.attrs.ints('split')];
            if ((source === 'attr-or-input' || source.startsWith('input')) && ctx.inputs[1]) {
                split = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1);
                if (!split)
                    splitGivenUnknown = true;
            }
            let sizes;
            if (split) {
                if (split.length !== n)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`split has ${split.length} entries for ${n} outputs`);
                if (split.some((v) => v < 0))
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`split [${split.join(',')}] has a negative size`);
                const total = split.reduce((a, b) => a + b, 0);
                if (typeof d === 'number' && total !== d)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`split [${split.join(',')}] sums to ${total}, axis ${axis} has size ${d}`);
                sizes = split;
            }
            else if (splitGivenUnknown) {
                sizes = Array.from({ length: n }, () => ctx.freshDim('split'));
            }
            else if (source === 'input-or-num_outputs' && ctx.attrs.has('num_outputs')) {
                const k = ctx.attrs.int('num_outputs');
                if (k !== n)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`num_outputs is ${k} but the node has ${n} outputs`);
                if (typeof d === 'number') {
                    const chunk = Math.ceil(d / k);
                    sizes = Array.from({ length: k }, (_, i) => Math.max(0, Math.min(chunk, d - chunk * i)));
                }
                else {
                    sizes = Array.from({ length: k }, () => ctx.freshDim('split'));
                }
            }
            else {
                if (source === 'input-or-num_outputs')
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('Split-18 needs either the split input or the num_outputs attribute');
                if (typeof d === 'number') {
                    if (d % n !== 0)
                        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${axis} of size ${d} does not split evenly into ${n} outputs`);
                    sizes = new Array(n).fill(d / n);
                }
                else {
                    const shared = n === 1 ? d : ctx.freshDim('split');
                    sizes = new Array(n).fill(shared);
                }
            }
            const outputs = sizes.map((len) => ({ dtype: x.type.dtype, shape: s.map((dim, i) => (i === axis ? len : dim)) }));
            let values;
            if (x.value && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s) && sizes.every((v) => typeof v === 'number')) {
                let start = 0;
                values = sizes.map((len) => {
                    const data = sliceAxisData(x.value.data, s, axis, start, len);
                    start += len;
                    return (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, s.map((dim, i) => (i === axis ? len : dim)), data);
                });
            }
            return values ? { outputs, values } : { outputs };
        },
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    };
}
function tileShape(ctx, s, repeats) {
    if (!repeats)
        return s.map((d) => (d === 0 ? 0 : ctx.freshDim('tile')));
    if (repeats.length !== s.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`repeats has ${repeats.length} entries for rank ${s.length}`);
    if (repeats.some((r) => r < 0))
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`repeats [${repeats.join(',')}] has a negative entry`);
    return s.map((d, i) => {
        const r = repeats[i];
        if (r === 1)
            return d;
        if (typeof d === 'number')
            return d * r;
        return r === 0 ? 0 : ctx.freshDim('tile');
    });
}
function tileData(data, s, repeats) {
    const out = s.map((d, i) => d * repeats[i]);
    const inStrides = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.stridesOf)(s);
    const n = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(out);
    const res = new Array(n);
    const idx = new Array(out.length).fill(0);
    for (let o = 0; o < n; o++) {
        let src = 0;
        for (let k = 0; k < idx.length; k++)
            src += (idx[k] % s[k]) * inStrides[k];
        res[o] = data[src];
        for (let k = idx.length - 1; k >= 0; k--) {
            if (++idx[k] < out[k])
                break;
            idx[k] = 0;
        }
    }
    return res;
}
const tileOps = [
    {
        domain: '', opType: 'Tile', since: 1, doc: moveDoc(),
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            const tiles = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1)?.[0];
            const axisV = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 2)?.[0];
            if (axisV === undefined)
                return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape: s.map(() => ctx.freshDim('tile')) });
            const axis = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAxis */ .Ni)(axisV, s.length);
            const repeats = tiles === undefined ? undefined : s.map((_, i) => (i === axis ? tiles : 1));
            const shape = repeats ? tileShape(ctx, s, repeats) : s.map((d, i) => (i === axis ? ctx.freshDim('tile') : d));
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape });
        },
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'Tile', since: 6, doc: moveDoc(),
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            ctx.input(1);
            const repeats = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1);
            const shape = tileShape(ctx, s, repeats);
            const value = x.value && repeats && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(shape) && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s) && (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(shape) <= _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE
                ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, tileData(x.value.data, s, repeats)) : undefined;
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape }, value);
        },
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
];
function expandShape(ctx, s, target, targetLen) {
    if (!target) {
        if (typeof targetLen !== 'number')
            return undefined;
        const r = Math.max(s.length, (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .rankFromLength */ .Zj)(targetLen, 'the shape input'));
        const padded = [...new Array(r - s.length).fill(1), ...s];
        return padded.map((d) => (typeof d === 'number' && d !== 1 ? d : ctx.freshDim('expand')));
    }
    const r = Math.max(s.length, target.length);
    const a = [...new Array(r - s.length).fill(1), ...s];
    const b = [...new Array(r - target.length).fill(1), ...target];
    return a.map((d, i) => {
        const t = b[i];
        if (t === 1)
            return d;
        if (d === 1)
            return t;
        if (typeof d !== 'number')
            return t;
        if (d !== t)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`cannot expand [${s.join(',')}] to [${target.join(',')}]`);
        return d;
    });
}
const expandOp = {
    domain: '', opType: 'Expand', since: 8,
    doc: moveDoc('input bytes once + output bytes once', 'PyTorch expand is a view (0 bytes); ONNX Expand materialises the output.'),
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const shapeIn = ctx.input(1).type.shape;
        const shape = expandShape(ctx, s, (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1), shapeIn?.[0]);
        if (!shape)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('the shape input is not a known constant and its length is unknown: the output rank cannot be inferred');
        const value = x.value && shape && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(shape) && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s) && (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(shape) <= _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE
            ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, broadcastData(x.value.data, s, shape)) : undefined;
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
};
function padShape(ctx, s, pads, axes) {
    const r = s.length;
    const ax = axes ? axes.map((a) => (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAxis */ .Ni)(a, r)) : s.map((_, i) => i);
    if (!pads) {
        return s.map((d, i) => (ax.includes(i) ? ctx.freshDim('pad') : d));
    }
    if (pads.length !== 2 * ax.length)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`pads has ${pads.length} entries, expected ${2 * ax.length} (2 per padded axis)`);
    const out = [...s];
    ax.forEach((a, k) => {
        const extra = pads[k] + pads[k + ax.length];
        const d = s[a];
        if (typeof d === 'number') {
            if (d + extra < 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`pads [${pads.join(',')}] crop axis ${a} of size ${d} below 0`);
            out[a] = d + extra;
        }
        else {
            out[a] = extra === 0 ? d : ctx.freshDim('pad');
        }
    });
    return out;
}
const padDoc = moveDoc('data bytes + output bytes (the border is written, not read) + the small pads / constant_value / axes inputs (opset 11+), as Slice counts its starts/ends', 'thop counts 0 for padding layers too.');
function makePad(since) {
    return {
        domain: '', opType: 'Pad', since, doc: padDoc,
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            let pads;
            let axes;
            if (since < 11) {
                pads = ctx.attrs.ints(since === 1 ? 'paddings' : 'pads');
            }
            else {
                ctx.input(1);
                pads = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1);
                if (since >= 18 && ctx.inputs[3]) {
                    axes = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 3);
                    if (!axes)
                        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape: s.map(() => ctx.freshDim('pad')) });
                }
            }
            const mode = ctx.attrs.string('mode', 'constant');
            if (!['constant', 'reflect', 'edge', 'wrap'].includes(mode))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`unknown pad mode '${mode}'`);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape: padShape(ctx, s, pads, axes) });
        },
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    };
}
function blocksize(ctx) {
    const b = ctx.attrs.int('blocksize');
    if (b < 1)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`blocksize ${b} must be positive`);
    return b;
}
function makeDepthToSpace(since) {
    return {
        domain: '', opType: 'DepthToSpace', since, doc: moveDoc(),
        infer: (ctx) => {
            const x = ctx.input(0);
            const s = ctx.shapeOf(0);
            if (s.length !== 4)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input must be 4-D [N,C,H,W], got [${s.join(',')}]`);
            const b = blocksize(ctx);
            const mode = since >= 11 ? ctx.attrs.string('mode', 'DCR') : 'DCR';
            if (mode !== 'DCR' && mode !== 'CRD')
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`unknown mode '${mode}' (DCR or CRD)`);
            const [n, c, h, w] = s;
            if (typeof c === 'number' && c % (b * b) !== 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`channels ${c} do not divide by blocksize^2 = ${b * b}`);
            const shape = [
                n,
                typeof c === 'number' ? c / (b * b) : b === 1 ? c : ctx.freshDim('depth_to_space'),
                typeof h === 'number' ? h * b : b === 1 ? h : ctx.freshDim('depth_to_space'),
                typeof w === 'number' ? w * b : b === 1 ? w : ctx.freshDim('depth_to_space'),
            ];
            let value;
            if (x.value && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s)) {
                const [N, C, H, W] = s;
                const c2 = C / (b * b);
                const data = mode === 'DCR'
                    ? (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.transposeData)(x.value.data, [N, b, b, c2, H, W], [0, 3, 4, 1, 5, 2])
                    : (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.transposeData)(x.value.data, [N, c2, b, b, H, W], [0, 1, 4, 2, 5, 3]);
                value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, data);
            }
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape }, value);
        },
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    };
}
const spaceToDepthOp = {
    domain: '', opType: 'SpaceToDepth', since: 1, doc: moveDoc(),
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length !== 4)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input must be 4-D [N,C,H,W], got [${s.join(',')}]`);
        const b = blocksize(ctx);
        const [n, c, h, w] = s;
        for (const [name, d] of [['height', h], ['width', w]]) {
            if (typeof d === 'number' && d % b !== 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`${name} ${d} does not divide by blocksize ${b}`);
        }
        const shape = [
            n,
            typeof c === 'number' ? c * b * b : b === 1 ? c : ctx.freshDim('space_to_depth'),
            typeof h === 'number' ? h / b : b === 1 ? h : ctx.freshDim('space_to_depth'),
            typeof w === 'number' ? w / b : b === 1 ? w : ctx.freshDim('space_to_depth'),
        ];
        let value;
        if (x.value && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s)) {
            const [N, C, H, W] = s;
            const data = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.transposeData)(x.value.data, [N, C, H / b, b, W / b, b], [0, 3, 5, 1, 2, 4]);
            value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, shape, data);
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
};
const triluOp = {
    domain: '', opType: 'Trilu', since: 14,
    doc: { flops: '0: a masked copy (comparing indices is not floating-point work)' },
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length < 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input must have rank >= 2, got [${s.join(',')}]`);
        const k = ctx.inputs[1] ? (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1)?.[0] : 0;
        let value;
        if (x.value && k !== undefined && (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.isConcrete)(s)) {
            const upper = ctx.attrs.int('upper', 1) === 1;
            const rows = s[s.length - 2];
            const cols = s[s.length - 1];
            const data = x.value.data.map((v, idx) => {
                const j = idx % cols;
                const i = Math.floor(idx / cols) % rows;
                const keep = upper ? j - i >= k : j - i <= k;
                return keep ? v : 0;
            });
            value = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .knownValue */ .jj)(x.value.dtype, s, data);
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)(x.type, value);
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
};
const reverseSequenceOp = {
    domain: '', opType: 'ReverseSequence', since: 10, doc: moveDoc(),
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length < 2)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input must have rank >= 2, got [${s.join(',')}]`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)(x.type);
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
};
const centerCropPadOp = {
    domain: '', opType: 'CenterCropPad', since: 18,
    doc: moveDoc('the kept region read (per axis min(input, output)) + output written + the shape vector'),
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const axes = ctx.attrs.has('axes') ? ctx.attrs.ints('axes').map((a) => (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeAxis */ .Ni)(a, s.length)) : s.map((_, i) => i);
        ctx.input(1);
        const target = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1);
        if (target && target.length !== axes.length)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`shape has ${target.length} entries for ${axes.length} axes`);
        const shape = s.map((d, i) => {
            const k = axes.indexOf(i);
            if (k < 0)
                return d;
            return target ? target[k] : ctx.freshDim('center_crop_pad');
        });
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape });
    },
    cost: (ctx, outputs) => {
        const x = ctx.input(0);
        const inDims = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .concrete */ .Kj)(ctx.shapeOf(0));
        const outDims = (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .concrete */ .Kj)(outputs[0].shape ?? []);
        const kept = inDims.reduce((p, d, i) => p * Math.min(d, outDims[i]), 1);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.movesOnly)((0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(x.type.dtype, kept) + (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesOf */ .$$)(outputs[0]) + (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.inputBytes)(ctx, [1]));
    },
};
const col2imOp = {
    domain: '', opType: 'Col2Im', since: 18,
    doc: {
        flops: '1 per input element: each column entry is added into its image position (overlaps sum)',
        peers: 'PyTorch F.fold is not counted by thop/fvcore.',
    },
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length !== 3)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input must be 3-D [N, C*prod(block_shape), L], got [${s.join(',')}]`);
        const image = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 1);
        const block = (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.intsOf)(ctx, 2);
        const nSpatial = image?.length ?? block?.length ?? ctx.input(1).type.shape?.[0];
        if (typeof nSpatial !== 'number')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC('image_shape and block_shape are unknown: the output rank cannot be inferred');
        let c;
        if (block) {
            const kprod = block.reduce((a, b) => a * b, 1);
            const ck = s[1];
            if (typeof ck === 'number') {
                if (ck % kprod !== 0)
                    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`input dim 1 (${ck}) does not divide by prod(block_shape) = ${kprod}`);
                c = ck / kprod;
            }
            else {
                c = kprod === 1 ? ck : ctx.freshDim('col2im');
            }
        }
        else {
            c = ctx.freshDim('col2im');
        }
        const spatial = image ? image : Array.from({ length: nSpatial }, () => ctx.freshDim('col2im'));
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: x.type.dtype, shape: [s[0], c, ...spatial] });
    },
    cost: (ctx) => ({ macs: 0, flops: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .numel */ .uN)(ctx.shapeOf(0)) }),
};
const seqDoc = { flops: '0', memory: '0 bytes: sequence bookkeeping holds references to tensors' };
const seqCopyDoc = { flops: _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.DATA_MOVEMENT_FLOPS, memory: 'bytes of the tensor copied in + out; unresolved when element shapes are unknown' };
const sequenceType = (dtype) => ({ dtype, shape: undefined });
const sequenceOps = [
    {
        domain: '', opType: 'SequenceConstruct', since: 11, movesData: false, doc: seqDoc,
        infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)(sequenceType(ctx.input(0).type.dtype)),
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'SequenceEmpty', since: 11, movesData: false, doc: seqDoc,
        infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)(sequenceType((0,_formats_onnx_dtype_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .dtypeFromOnnx */ .WQ)(ctx.attrs.int('dtype', 1)))),
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'SequenceErase', since: 11, movesData: false, doc: seqDoc,
        infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)(sequenceType(ctx.input(0).type.dtype)),
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'SequenceLength', since: 11, movesData: false, doc: seqDoc,
        infer: () => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: 'int64', shape: [] }),
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'SequenceInsert', since: 11, doc: seqCopyDoc,
        infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)(sequenceType(ctx.input(0).type.dtype ?? ctx.input(1).type.dtype)),
        cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesOf */ .$$)(ctx.input(1).type) }),
    },
    {
        domain: '', opType: 'SequenceAt', since: 11, doc: seqCopyDoc,
        infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: ctx.input(0).type.dtype, shape: undefined }),
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
    {
        domain: '', opType: 'SplitToSequence', since: 11, doc: seqCopyDoc,
        infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)(sequenceType(ctx.input(0).type.dtype)),
        cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesOf */ .$$)(ctx.input(0).type) }),
    },
    {
        domain: '', opType: 'ConcatFromSequence', since: 11, doc: seqCopyDoc,
        infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.single)({ dtype: ctx.input(0).type.dtype, shape: undefined }),
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_4__.NO_ARITHMETIC,
    },
];
const ops = [
    transposeOp,
    makeConcat(1), makeConcat(4), makeConcat(11),
    makeSplit(1, 'attr-or-input'), makeSplit(2, 'attr'), makeSplit(11, 'attr'), makeSplit(13, 'input'),
    makeSplit(18, 'input-or-num_outputs'),
    ...tileOps,
    expandOp,
    makePad(1), makePad(2), makePad(11), makePad(18), makePad(19),
    makeDepthToSpace(1), makeDepthToSpace(11),
    spaceToDepthOp,
    triluOp,
    reverseSequenceOp,
    centerCropPadOp,
    col2imOp,
    ...sequenceOps,
];


/***/ })

};
