export const id = 305;
export const ids = [305];
export const modules = {

/***/ 7305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ops: () => (/* binding */ ops),
/* harmony export */   treeDepthSum: () => (/* binding */ treeDepthSum),
/* harmony export */   treeEnsembleV5Depths: () => (/* binding */ treeEnsembleV5Depths)
/* harmony export */ });
/* harmony import */ var _graph_name_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4374);
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);
/* harmony import */ var _shapes_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1062);
/* harmony import */ var _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9202);




const ML = 'ai.onnx.ml';
function samplesAndFeatures(ctx, i = 0) {
    const s = ctx.shapeOf(i);
    if (s.length === 1)
        return [1, s[0]];
    if (s.length === 2)
        return [s[0], s[1]];
    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`input ${i} must be [N, C] or [C], got [${s.join(',')}]`);
}
function postTransformFlops(ctx) {
    const t = ctx.attrs.string('post_transform', 'NONE');
    switch (t) {
        case 'NONE': return 0;
        case 'LOGISTIC':
        case 'PROBIT': return 1;
        case 'SOFTMAX':
        case 'SOFTMAX_ZERO': return 3;
        default: throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`unknown post_transform '${t}'`);
    }
}
function labelInfo(ctx, intsAttr = 'classlabels_ints') {
    if (ctx.attrs.has('classlabels_strings'))
        return { dtype: 'string', count: ctx.attrs.strings('classlabels_strings').length };
    if (ctx.attrs.has(intsAttr))
        return { dtype: 'int64', count: ctx.attrs.ints(intsAttr).length };
    return { dtype: 'int64', count: undefined };
}
function num(d) {
    return (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .concrete */ .Kj)([d])[0];
}
const ML_MACS = '0: its dot products are counted in FLOPs (2 per multiply-add); MACs cover the neural-network contraction ops only';
const postDoc = 'post_transform per score: LOGISTIC/PROBIT 1, SOFTMAX 3';
const linearClassifier = {
    domain: ML, opType: 'LinearClassifier', since: 1,
    doc: { flops: `2*N*C*E (scores = X*W^T, E = coefficients/C) + N*E intercepts + ${postDoc}`, macs: ML_MACS },
    infer: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx);
        const coef = ctx.attrs.floats('coefficients');
        const labels = labelInfo(ctx);
        let e;
        if (typeof c === 'number') {
            if (c === 0 || coef.length % c !== 0)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`coefficients (${coef.length}) do not divide into rows of ${c} features`);
            e = coef.length / c;
        }
        else {
            e = ctx.freshDim('classes');
        }
        const scores = labels.count === 2 && e === 1 ? 2 : e;
        return { outputs: [{ dtype: labels.dtype, shape: [n] }, { dtype: 'float32', shape: [n, scores] }] };
    },
    cost: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx).map(num);
        const e = ctx.attrs.floats('coefficients').length / c;
        return { macs: 0, flops: 2 * n * c * e + n * e + n * e * postTransformFlops(ctx) };
    },
};
const linearRegressor = {
    domain: ML, opType: 'LinearRegressor', since: 1,
    doc: { flops: `2*N*C*T (T = targets) + N*T intercepts + ${postDoc}`, macs: ML_MACS },
    infer: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx);
        const t = ctx.attrs.int('targets', 1);
        const coef = ctx.attrs.has('coefficients') ? ctx.attrs.floats('coefficients') : undefined;
        if (coef && typeof c === 'number' && coef.length !== c * t) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`coefficients has ${coef.length} values, expected ${c}*${t}`);
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: 'float32', shape: [n, t] });
    },
    cost: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx).map(num);
        const t = ctx.attrs.int('targets', 1);
        return { macs: 0, flops: 2 * n * c * t + n * t + n * t * postTransformFlops(ctx) };
    },
};
function sameShapeFloat(opType, perElem, doc, dtype = 'float32') {
    return {
        domain: ML, opType, since: 1, doc,
        infer: (ctx) => {
            const x = ctx.input(0);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: dtype === 'input' ? x.type.dtype : 'float32', shape: x.type.shape });
        },
        cost: (ctx) => ({ macs: 0, flops: perElem * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(ctx.shapeOf(0)) }),
    };
}
const normalizer = {
    domain: ML, opType: 'Normalizer', since: 1,
    doc: { flops: 'per element: MAX 2 (compare, divide), L1 3 (abs, add, divide), L2 3 (square, add, divide) + 1 sqrt per row' },
    infer: (ctx) => {
        const x = ctx.input(0);
        const norm = ctx.attrs.string('norm', 'MAX');
        if (!['MAX', 'L1', 'L2'].includes(norm))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`unknown norm '${norm}'`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: 'float32', shape: x.type.shape });
    },
    cost: (ctx) => {
        const norm = ctx.attrs.string('norm', 'MAX');
        const [n, c] = samplesAndFeatures(ctx).map(num);
        const per = norm === 'MAX' ? 2 : 3;
        return { macs: 0, flops: per * n * c + (norm === 'L2' ? n : 0) };
    },
};
const arrayFeatureExtractor = {
    domain: ML, opType: 'ArrayFeatureExtractor', since: 1,
    doc: { flops: '0: selects columns', memory: 'indices + selected elements read (= output bytes) + output written' },
    infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const is = ctx.shapeOf(1);
        const k = is.every((d) => typeof d === 'number') ? (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .numel */ .uN)(is) : ctx.freshDim('features');
        const shape = s.length <= 1 ? [1, k] : [...s.slice(0, -1), k];
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape });
    },
    cost: (ctx, outputs) => ((0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.movesOnly)(2 * (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesOf */ .$$)(outputs[0]) + (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.inputBytes)(ctx, [1]))),
};
const zipMap = {
    domain: ML, opType: 'ZipMap', since: 1,
    doc: { flops: '0', memory: 'input scores read; the output is a sequence of maps (size not modelled)' },
    infer: (ctx) => {
        ctx.input(0);
        if (!ctx.attrs.has('classlabels_strings') && !ctx.attrs.has('classlabels_int64s')) {
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('ZipMap needs classlabels_strings or classlabels_int64s');
        }
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: undefined, shape: undefined });
    },
    cost: (ctx) => ({ macs: 0, flops: 0, bytes: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesOf */ .$$)(ctx.input(0).type) }),
};
const featureVectorizer = {
    domain: ML, opType: 'FeatureVectorizer', since: 1,
    doc: { flops: '0: copies features into one tensor' },
    infer: (ctx) => {
        const dims = ctx.attrs.ints('inputdimensions');
        const present = ctx.inputs.filter((x) => x !== undefined);
        if (dims.length !== present.length)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`inputdimensions has ${dims.length} entries for ${present.length} inputs`);
        const n = samplesAndFeatures(ctx, 0)[0];
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: 'float32', shape: [n, (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.dimSum)(dims, ctx, 'features')] });
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC,
};
const oneHotEncoder = {
    domain: ML, opType: 'OneHotEncoder', since: 1,
    doc: { flops: '0: a category lookup per element' },
    infer: (ctx) => {
        const s = ctx.shapeOf(0);
        const cats = ctx.attrs.has('cats_int64s') ? ctx.attrs.ints('cats_int64s').length
            : ctx.attrs.has('cats_strings') ? ctx.attrs.strings('cats_strings').length : undefined;
        if (cats === undefined)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('OneHotEncoder needs cats_int64s or cats_strings');
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: 'float32', shape: [...s, cats] });
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC,
};
function labelEncoderOutput(ctx) {
    if (ctx.attrs.has('values_strings') || ctx.attrs.has('default_string'))
        return 'string';
    if (ctx.attrs.has('values_int64s'))
        return 'int64';
    if (ctx.attrs.has('values_floats'))
        return 'float32';
    const t = ctx.attrs.tensor('values_tensor');
    if (t)
        return t.dtype;
    return undefined;
}
function makeLabelEncoder(since) {
    return {
        domain: ML, opType: 'LabelEncoder', since,
        doc: { flops: '0: a table lookup per element' },
        infer: (ctx) => {
            const x = ctx.input(0);
            let dtype = labelEncoderOutput(ctx);
            if (!dtype)
                dtype = since === 1 ? (x.type.dtype === 'string' ? 'int64' : 'string') : undefined;
            if (!dtype)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('LabelEncoder has no values_* attribute');
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype, shape: x.type.shape });
        },
        cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC,
    };
}
const categoryMapper = {
    domain: ML, opType: 'CategoryMapper', since: 1,
    doc: { flops: '0: a table lookup per element' },
    infer: (ctx) => {
        const x = ctx.input(0);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype === 'string' ? 'int64' : 'string', shape: x.type.shape });
    },
    cost: () => _shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.NO_ARITHMETIC,
};
function treeDepthSum(ctx) {
    const treeIds = ctx.attrs.ints('nodes_treeids');
    const nodeIds = ctx.attrs.ints('nodes_nodeids');
    const modes = ctx.attrs.strings('nodes_modes');
    const trueIds = ctx.attrs.ints('nodes_truenodeids', []);
    const falseIds = ctx.attrs.ints('nodes_falsenodeids', []);
    if (nodeIds.length !== treeIds.length || modes.length !== treeIds.length) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('nodes_treeids, nodes_nodeids and nodes_modes have different lengths');
    }
    const trees = new Map();
    treeIds.forEach((tid, i) => {
        const tree = trees.get(tid) ?? new Map();
        tree.set(nodeIds[i], { leaf: modes[i] === 'LEAF', t: trueIds[i] ?? -1, f: falseIds[i] ?? -1 });
        trees.set(tid, tree);
    });
    let depthSum = 0;
    for (const [tid, tree] of trees) {
        const children = new Set();
        for (const n of tree.values())
            if (!n.leaf) {
                children.add(n.t);
                children.add(n.f);
            }
        const roots = [...tree.keys()].filter((id) => !children.has(id));
        if (roots.length !== 1)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`tree ${tid} has ${roots.length} roots`);
        const memo = new Map();
        const visiting = new Set();
        const depth = (id) => {
            const known = memo.get(id);
            if (known !== undefined)
                return known;
            const n = tree.get(id);
            if (!n)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`tree ${tid} refers to missing node ${id}`);
            if (n.leaf)
                return 0;
            if (visiting.has(id))
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`tree ${tid} has a cycle at node ${id}`);
            visiting.add(id);
            const d = 1 + Math.max(depth(n.t), depth(n.f));
            visiting.delete(id);
            memo.set(id, d);
            return d;
        };
        depthSum += depth(roots[0]);
    }
    return { trees: trees.size, depthSum };
}
const treeDoc = (what) => ({
    flops: `N*(sum over trees of max depth) comparisons (worst-case path) + N*trees*${what} leaf-weight additions + ${postDoc}`,
});
const treeEnsembleClassifier = {
    domain: ML, opType: 'TreeEnsembleClassifier', since: 1, doc: treeDoc('E'),
    infer: (ctx) => {
        const [n] = samplesAndFeatures(ctx);
        const labels = labelInfo(ctx, 'classlabels_int64s');
        if (labels.count === undefined)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('TreeEnsembleClassifier needs classlabels_int64s or classlabels_strings');
        return { outputs: [{ dtype: labels.dtype, shape: [n] }, { dtype: 'float32', shape: [n, labels.count] }] };
    },
    cost: (ctx, outputs) => {
        const n = num(samplesAndFeatures(ctx)[0]);
        const e = num((outputs[1]?.shape ?? [0, 0])[1]);
        const { trees, depthSum } = treeDepthSum(ctx);
        return { macs: 0, flops: n * depthSum + n * trees * e + n * e * postTransformFlops(ctx) };
    },
};
const treeEnsembleRegressor = {
    domain: ML, opType: 'TreeEnsembleRegressor', since: 1, doc: treeDoc('T'),
    infer: (ctx) => {
        const [n] = samplesAndFeatures(ctx);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: 'float32', shape: [n, ctx.attrs.int('n_targets', 1)] });
    },
    cost: (ctx) => {
        const n = num(samplesAndFeatures(ctx)[0]);
        const t = ctx.attrs.int('n_targets', 1);
        const { trees, depthSum } = treeDepthSum(ctx);
        return { macs: 0, flops: n * depthSum + n * trees * t + n * t * postTransformFlops(ctx) };
    },
};
function treeEnsembleV5Depths(ctx) {
    const roots = ctx.attrs.ints('tree_roots');
    const trueIds = ctx.attrs.ints('nodes_truenodeids');
    const falseIds = ctx.attrs.ints('nodes_falsenodeids');
    const trueLeaf = ctx.attrs.ints('nodes_trueleafs');
    const falseLeaf = ctx.attrs.ints('nodes_falseleafs');
    const n = trueIds.length;
    if ([falseIds, trueLeaf, falseLeaf].some((a) => a.length !== n)) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('nodes_truenodeids, nodes_falsenodeids, nodes_trueleafs and nodes_falseleafs have different lengths');
    }
    const memo = new Map();
    const visiting = new Set();
    const depth = (i) => {
        if (i < 0 || i >= n)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`tree node index ${i} is out of range (${n} nodes)`);
        const known = memo.get(i);
        if (known !== undefined)
            return known;
        if (visiting.has(i))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`the trees have a cycle at node ${i}`);
        visiting.add(i);
        const t = trueLeaf[i] ? 0 : depth(trueIds[i]);
        const f = falseLeaf[i] ? 0 : depth(falseIds[i]);
        visiting.delete(i);
        const d = 1 + Math.max(t, f);
        memo.set(i, d);
        return d;
    };
    const depthSum = n === 0 ? 0 : roots.reduce((sum, r) => sum + depth(r), 0);
    return { trees: roots.length, depthSum };
}
const treeEnsembleV5 = {
    domain: ML, opType: 'TreeEnsemble', since: 5, doc: treeDoc('T'),
    infer: (ctx) => {
        const x = ctx.input(0);
        const [n] = samplesAndFeatures(ctx);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: x.type.dtype, shape: [n, ctx.attrs.int('n_targets')] });
    },
    cost: (ctx) => {
        const n = num(samplesAndFeatures(ctx)[0]);
        const t = ctx.attrs.int('n_targets');
        const { trees, depthSum } = treeEnsembleV5Depths(ctx);
        const pt = [0, 3, 1, 3, 1][ctx.attrs.int('post_transform', 0)] ?? 0;
        return { macs: 0, flops: n * depthSum + n * trees * t + n * t * pt };
    },
};
function svmKernelFlops(ctx, features, supportVectors) {
    const kernel = ctx.attrs.string('kernel_type', 'LINEAR');
    const extra = kernel === 'LINEAR' ? 0 : 2;
    return supportVectors * (2 * features + extra);
}
const svmDoc = {
    flops: 'per sample: nSV*(2F + 2 for non-linear kernels) kernel evaluations + 2 per dual coefficient; linear SVM without support vectors: 2*F*E; + post_transform',
    macs: ML_MACS,
};
const svmClassifier = {
    domain: ML, opType: 'SVMClassifier', since: 1, doc: svmDoc,
    infer: (ctx) => {
        const [n] = samplesAndFeatures(ctx);
        const labels = labelInfo(ctx);
        if (labels.count === undefined)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('SVMClassifier needs classlabels_ints or classlabels_strings');
        return { outputs: [{ dtype: labels.dtype, shape: [n] }, { dtype: 'float32', shape: [n, labels.count] }] };
    },
    cost: (ctx, outputs) => {
        const [n, f] = samplesAndFeatures(ctx).map(num);
        const e = num((outputs[1]?.shape ?? [0, 0])[1]);
        const perClass = ctx.attrs.ints('vectors_per_class', []);
        const nSV = perClass.reduce((a, b) => a + b, 0);
        const coef = ctx.attrs.floats('coefficients', []).length;
        const per = nSV > 0 ? svmKernelFlops(ctx, f, nSV) + 2 * coef : 2 * f * e;
        return { macs: 0, flops: n * per + n * e * postTransformFlops(ctx) };
    },
};
const svmRegressor = {
    domain: ML, opType: 'SVMRegressor', since: 1, doc: svmDoc,
    infer: (ctx) => (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: 'float32', shape: [samplesAndFeatures(ctx)[0], 1] }),
    cost: (ctx) => {
        const [n, f] = samplesAndFeatures(ctx).map(num);
        const nSV = ctx.attrs.int('n_supports', 0);
        const per = nSV > 0 ? svmKernelFlops(ctx, f, nSV) + 2 * nSV : 2 * f;
        return { macs: 0, flops: n * per + n * postTransformFlops(ctx) };
    },
};
const CAST_MAP_TYPES = (0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_3__/* .nameTable */ .ge)({ TO_FLOAT: 'float32', TO_STRING: 'string', TO_INT64: 'int64' });
const castMap = {
    domain: ML, opType: 'CastMap', since: 1,
    doc: { flops: '0: converts map values into a tensor', memory: 'output bytes written; unresolved for DENSE (the map size comes from the data)' },
    infer: (ctx) => {
        ctx.input(0);
        const to = ctx.attrs.string('cast_to', 'TO_FLOAT');
        const dtype = CAST_MAP_TYPES[to];
        if (!dtype)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`cast_to must be TO_FLOAT, TO_STRING or TO_INT64, got '${to}'`);
        const form = ctx.attrs.string('map_form', 'DENSE');
        if (form === 'SPARSE') {
            const max = ctx.attrs.int('max_map', 1);
            if (max < 1)
                throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`max_map must be positive, got ${max}`);
            return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype, shape: [1, max] });
        }
        if (form !== 'DENSE')
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`map_form must be DENSE or SPARSE, got '${form}'`);
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype, shape: [1, ctx.freshDim('castmap_entries')] });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: 0, bytes: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesOf */ .$$)(outputs[0]) }),
};
const dictVectorizer = {
    domain: ML, opType: 'DictVectorizer', since: 1,
    doc: { flops: '0: looks up each vocabulary key in the map', memory: 'output bytes written (the map is not a tensor)' },
    infer: (ctx) => {
        ctx.input(0);
        const ints = ctx.attrs.ints('int64_vocabulary', []);
        const strs = ctx.attrs.strings('string_vocabulary', []);
        if ((ints.length > 0) === (strs.length > 0))
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC('exactly one of int64_vocabulary and string_vocabulary must be given');
        return (0,_shape_ops_js__WEBPACK_IMPORTED_MODULE_2__.single)({ dtype: ctx.input(0).type.dtype, shape: [1, ints.length + strs.length] });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: 0, bytes: (0,_shapes_util_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesOf */ .$$)(outputs[0]) }),
};
const ops = [
    castMap,
    dictVectorizer,
    linearClassifier,
    linearRegressor,
    normalizer,
    sameShapeFloat('Scaler', 2, { flops: '2 per element ((x - offset) * scale)' }),
    sameShapeFloat('Binarizer', 1, { flops: '1 per element (compare with threshold)' }, 'input'),
    sameShapeFloat('Imputer', 1, { flops: '1 per element (compare with the missing-value marker)' }, 'input'),
    arrayFeatureExtractor,
    zipMap,
    featureVectorizer,
    oneHotEncoder,
    makeLabelEncoder(1), makeLabelEncoder(2), makeLabelEncoder(4),
    categoryMapper,
    treeEnsembleClassifier, { ...treeEnsembleClassifier, since: 3 },
    treeEnsembleRegressor, { ...treeEnsembleRegressor, since: 3 },
    treeEnsembleV5,
    svmClassifier,
    svmRegressor,
];


/***/ })

};
