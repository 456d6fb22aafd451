export const id = 706;
export const ids = [706];
export const modules = {

/***/ 5175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ graphCensus)
/* harmony export */ });
function graphCensus(graph) {
    const graphs = [];
    const ops = new Map();
    const seen = new Set();
    const onAttribute = (attr) => {
        if (attr.type === 'graph')
            visit(attr.value);
        else if (attr.type === 'graphs')
            for (let i = 0; i < attr.value.length; i++)
                visit(attr.value[i]);
    };
    const visit = (g) => {
        if (seen.has(g))
            return;
        seen.add(g);
        graphs.push(g);
        const nodes = g.nodes;
        let domain;
        let byType;
        for (let i = 0; i < nodes.length; i++) {
            const node = nodes[i];
            if (node.domain !== domain || byType === undefined) {
                domain = node.domain;
                byType = ops.get(domain);
                if (byType === undefined)
                    ops.set(domain, (byType = new Map()));
            }
            const counter = byType.get(node.opType);
            if (counter !== undefined)
                counter.count++;
            else
                byType.set(node.opType, { domain, opType: node.opType, count: 1 });
            if (node.attributes.size > 0)
                node.attributes.forEach(onAttribute);
        }
    };
    visit(graph);
    return { graphs, ops };
}


/***/ }),

/***/ 5927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ normalizeDomain),
/* harmony export */   V: () => (/* binding */ walkGraphs)
/* harmony export */ });
function normalizeDomain(domain) {
    return domain === 'ai.onnx' ? '' : domain;
}
function walkGraphs(graph) {
    const out = [];
    visitGraphs(graph, new Set(), out);
    return out;
}
function visitGraphs(graph, seen, out) {
    if (seen.has(graph))
        return;
    seen.add(graph);
    out.push(graph);
    const nodes = graph.nodes;
    for (let i = 0; i < nodes.length; i++) {
        const attributes = nodes[i].attributes;
        if (attributes.size === 0)
            continue;
        for (const attr of attributes.values()) {
            if (attr.type === 'graph')
                visitGraphs(attr.value, seen, out);
            else if (attr.type === 'graphs')
                for (const g of attr.value)
                    visitGraphs(g, seen, out);
        }
    }
}


/***/ }),

/***/ 4374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ ownEntry),
/* harmony export */   RY: () => (/* binding */ setEntry),
/* harmony export */   ge: () => (/* binding */ nameTable)
/* harmony export */ });
function nameTable(entries) {
    return Object.freeze(Object.assign(Object.create(null), entries));
}
function ownEntry(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
function setEntry(record, key, value) {
    if (key === '__proto__')
        Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else
        record[key] = value;
}


/***/ }),

/***/ 3746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ NO_VALUE),
/* harmony export */   RQ: () => (/* binding */ subgraphsOf),
/* harmony export */   dg: () => (/* binding */ IndexHeap),
/* harmony export */   iA: () => (/* binding */ ValueIds),
/* harmony export */   vI: () => (/* binding */ indexLevel)
/* harmony export */ });
/* unused harmony exports outerReads, nodeReads */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);

function subgraphsOf(node) {
    const out = [];
    for (const [attr, a] of node.attributes) {
        if (a.type === 'graph')
            out.push({ attr, graph: a.value });
        else if (a.type === 'graphs')
            a.value.forEach((graph, i) => out.push({ attr: `${attr}[${i}]`, graph }));
    }
    return out;
}
const outerReadsCache = new WeakMap();
function outerReads(graph) {
    const cached = outerReadsCache.get(graph);
    if (cached)
        return cached;
    const defined = new Set();
    for (const v of graph.inputs)
        defined.add(v.name);
    for (const name of graph.initializers.keys())
        defined.add(name);
    for (const node of graph.nodes)
        for (const o of node.outputs)
            if (o)
                defined.add(o);
    const refs = new Set();
    for (const node of graph.nodes)
        for (const name of nodeReads(node))
            if (name && !defined.has(name))
                refs.add(name);
    for (const out of graph.outputs)
        if (!defined.has(out.name))
            refs.add(out.name);
    outerReadsCache.set(graph, refs);
    return refs;
}
let subgraphFound = false;
function noteSubgraph(a) {
    if (a.type === 'graph' || a.type === 'graphs')
        subgraphFound = true;
}
function hasSubgraph(node) {
    if (node.attributes.size === 0)
        return false;
    subgraphFound = false;
    node.attributes.forEach(noteSubgraph);
    return subgraphFound;
}
function nodeReads(node) {
    if (!hasSubgraph(node))
        return node.inputs;
    const reads = [...node.inputs];
    for (const g of subgraphsOf(node))
        for (const r of outerReads(g.graph))
            reads.push(r);
    return reads;
}
class IndexHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(x) {
        const a = this.items;
        a.push(x);
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (a[p] <= a[i])
                break;
            [a[p], a[i]] = [a[i], a[p]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && a[l] < a[m])
                    m = l;
                if (r < a.length && a[r] < a[m])
                    m = r;
                if (m === i)
                    break;
                [a[m], a[i]] = [a[i], a[m]];
                i = m;
            }
        }
        return top;
    }
}
class ValueIds {
    ids = new Map();
    names = [];
    idOf(name) {
        let id = this.ids.get(name);
        if (id === undefined) {
            id = this.names.length;
            this.ids.set(name, id);
            this.names.push(name);
        }
        return id;
    }
    get size() {
        return this.names.length;
    }
}
const NO_VALUE = -1;
function indexLevel(nodes, values, label) {
    const n = nodes.length;
    const outStart = new Int32Array(n + 1);
    const readStart = new Int32Array(n + 1);
    const readLists = [];
    for (let i = 0; i < n; i++) {
        const node = nodes[i];
        const r = nodeReads(node);
        readLists.push(r);
        outStart[i + 1] = outStart[i] + node.outputs.length;
        readStart[i + 1] = readStart[i] + r.length;
    }
    const defined = values.size;
    const outs = new Int32Array(outStart[n]);
    const producer = new Int32Array(values.size + outs.length).fill(-1);
    for (let i = 0, at = 0; i < n; i++) {
        const o = nodes[i].outputs;
        for (let k = 0; k < o.length; k++, at++) {
            const name = o[k];
            if (!name) {
                outs[at] = NO_VALUE;
                continue;
            }
            const id = values.idOf(name);
            if (id < defined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9(`graph '${label}': value '${name}' is an input or initializer of the graph and also the output of node '${nodes[i].name}'`);
            }
            const prev = producer[id];
            if (prev !== -1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9(`graph '${label}': value '${name}' is produced by both node '${nodes[prev].name}' and node '${nodes[i].name}'`);
            }
            producer[id] = i;
            outs[at] = id;
        }
    }
    const reads = new Int32Array(readStart[n]);
    let sorted = true;
    for (let i = 0, at = 0; i < n; i++) {
        const r = readLists[i];
        for (let k = 0; k < r.length; k++, at++) {
            const name = r[k];
            if (!name) {
                reads[at] = NO_VALUE;
                continue;
            }
            const id = values.idOf(name);
            reads[at] = id;
            if (id < producer.length && producer[id] >= i)
                sorted = false;
        }
    }
    const order = new Int32Array(n);
    if (sorted) {
        for (let i = 0; i < n; i++)
            order[i] = i;
    }
    else {
        sortTopologically(n, readStart, reads, producer, order, (i) => nodes[i], label);
    }
    return { order, reads, readStart, outs, outStart, inFileOrder: sorted };
}
function sortTopologically(n, readStart, reads, producer, order, nodeAt, label) {
    const lastReader = new Int32Array(n).fill(-1);
    const deps = new Array(n);
    for (let i = 0; i < n; i++) {
        const d = [];
        for (let k = readStart[i]; k < readStart[i + 1]; k++) {
            const id = reads[k];
            const p = id === NO_VALUE || id >= producer.length ? -1 : producer[id];
            if (p === -1 || lastReader[p] === i)
                continue;
            lastReader[p] = i;
            d.push(p);
        }
        deps[i] = d;
    }
    const waiting = deps.map((d) => d.length);
    const consumers = deps.map(() => []);
    deps.forEach((d, i) => {
        for (const p of d)
            consumers[p].push(i);
    });
    const heap = new IndexHeap();
    waiting.forEach((w, i) => {
        if (w === 0)
            heap.push(i);
    });
    let placed = 0;
    const done = new Array(n).fill(false);
    while (heap.size > 0) {
        const i = heap.pop();
        done[i] = true;
        order[placed++] = i;
        for (const c of consumers[i])
            if (--waiting[c] === 0)
                heap.push(c);
    }
    if (placed < n) {
        let at = done.indexOf(false);
        const seen = new Set();
        while (!seen.has(at)) {
            seen.add(at);
            at = deps[at].find((d) => !done[d]);
        }
        const node = nodeAt(at);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9(`graph '${label}' has a cycle through node '${node.name || node.opType}'`);
    }
}


/***/ }),

/***/ 5802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CW: () => (/* binding */ loadedFamilies),
  TQ: () => (/* binding */ opLookupFor)
});

// UNUSED EXPORTS: familiesOf, loadFamilies

// EXTERNAL MODULE: ./build/src/graph/census.js
var graph_census = __webpack_require__(5175);
// EXTERNAL MODULE: ./build/src/graph/ir.js
var ir = __webpack_require__(5927);
// EXTERNAL MODULE: ./build/src/graph/topo.js
var topo = __webpack_require__(2600);
// EXTERNAL MODULE: ./build/src/shapes/util.js
var util = __webpack_require__(1062);
// EXTERNAL MODULE: ./build/src/ops/window.js
var ops_window = __webpack_require__(2500);
;// CONCATENATED MODULE: ./build/src/ops/families.js


const FAMILY_LOADERS = {
    conv: () => __webpack_require__.e(/* import() */ 90).then(__webpack_require__.bind(__webpack_require__, 3090)),
    pool: () => __webpack_require__.e(/* import() */ 94).then(__webpack_require__.bind(__webpack_require__, 5713)),
    matmul: () => __webpack_require__.e(/* import() */ 88).then(__webpack_require__.bind(__webpack_require__, 9088)),
    rnn: () => __webpack_require__.e(/* import() */ 908).then(__webpack_require__.bind(__webpack_require__, 9908)),
    attention: () => __webpack_require__.e(/* import() */ 248).then(__webpack_require__.bind(__webpack_require__, 8248)),
    elementwise: () => __webpack_require__.e(/* import() */ 698).then(__webpack_require__.bind(__webpack_require__, 9698)),
    activation: () => __webpack_require__.e(/* import() */ 884).then(__webpack_require__.bind(__webpack_require__, 6884)),
    normalization: () => __webpack_require__.e(/* import() */ 423).then(__webpack_require__.bind(__webpack_require__, 3423)),
    reduce: () => __webpack_require__.e(/* import() */ 882).then(__webpack_require__.bind(__webpack_require__, 3882)),
    quantize: () => __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 775)),
    'shape-ops': () => __webpack_require__.e(/* import() */ 202).then(__webpack_require__.bind(__webpack_require__, 9202)),
    tensor: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 8129)),
    indexing: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(360)]).then(__webpack_require__.bind(__webpack_require__, 6360)),
    resize: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 7332)),
    generators: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 2734)),
    ml: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 7305)),
    'control-flow': () => __webpack_require__.e(/* import() */ 664).then(__webpack_require__.bind(__webpack_require__, 2664)),
    signal: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(564)]).then(__webpack_require__.bind(__webpack_require__, 9564)),
    loss: () => __webpack_require__.e(/* import() */ 87).then(__webpack_require__.bind(__webpack_require__, 3087)),
    text: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(39)]).then(__webpack_require__.bind(__webpack_require__, 9039)),
    'state-space': () => __webpack_require__.e(/* import() */ 203).then(__webpack_require__.bind(__webpack_require__, 4584)),
    tflite: () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(360), __webpack_require__.e(290)]).then(__webpack_require__.bind(__webpack_require__, 7290)),
};
const OP_FAMILIES = Object.keys(FAMILY_LOADERS);

;// CONCATENATED MODULE: ./build/src/ops/op-index.js
const OP_INDEX = {
    conv: {
        '': [
            'Conv', 'ConvInteger', 'ConvTranspose', 'DeformConv', 'QLinearConv',
        ],
        'com.microsoft': [
            'FusedConv', 'NhwcConv', 'NhwcFusedConv', 'QLinearConv',
        ],
    },
    pool: {
        '': [
            'AveragePool', 'GlobalAveragePool', 'GlobalLpPool', 'GlobalMaxPool', 'LpPool', 'MaxPool',
            'MaxRoiPool', 'MaxUnpool', 'RoiAlign',
        ],
        'com.microsoft': [
            'NhwcMaxPool', 'QLinearAveragePool', 'QLinearGlobalAveragePool',
        ],
    },
    matmul: {
        '': [
            'Einsum', 'Gemm', 'MatMul', 'MatMulInteger', 'QLinearMatMul',
        ],
        'com.microsoft': [
            'DynamicQuantizeMatMul', 'FusedGemm', 'FusedMatMul', 'MatMulIntegerToFloat', 'MatMulNBits',
            'QGemm', 'QOrderedMatMul', 'TransposeMatMul',
        ],
    },
    rnn: {
        '': [
            'GRU', 'LSTM', 'RNN',
        ],
    },
    attention: {
        '': [
            'Attention', 'RotaryEmbedding',
        ],
        'com.microsoft': [
            'Attention', 'GroupQueryAttention', 'MultiHeadAttention', 'QAttention', 'RotaryEmbedding',
        ],
    },
    elementwise: {
        '': [
            'Abs', 'Acos', 'Acosh', 'Add', 'And', 'Asin', 'Asinh', 'Atan', 'Atanh', 'BitShift',
            'BitwiseAnd', 'BitwiseNot', 'BitwiseOr', 'BitwiseXor', 'Ceil', 'Clip', 'Cos', 'Cosh', 'Div',
            'Equal', 'Erf', 'Exp', 'Floor', 'Greater', 'GreaterOrEqual', 'IsInf', 'IsNaN', 'Less',
            'LessOrEqual', 'Log', 'Max', 'Mean', 'Min', 'Mod', 'Mul', 'Neg', 'Not', 'Or', 'Pow',
            'Reciprocal', 'Round', 'Sign', 'Sin', 'Sinh', 'Sqrt', 'Sub', 'Sum', 'Tan', 'Where', 'Xor',
        ],
    },
    activation: {
        '': [
            'Celu', 'Elu', 'Gelu', 'HardSigmoid', 'HardSwish', 'Hardmax', 'LeakyRelu', 'LogSoftmax',
            'Mish', 'PRelu', 'Relu', 'Selu', 'Shrink', 'Sigmoid', 'Softmax', 'Softplus', 'Softsign',
            'SwiGLU', 'Swish', 'Tanh', 'ThresholdedRelu',
        ],
        'com.microsoft': [
            'BiasAdd', 'BiasGelu', 'BiasSplitGelu', 'FastGelu', 'Gelu', 'QuickGelu',
        ],
    },
    normalization: {
        '': [
            'BatchNormalization', 'GroupNormalization', 'InstanceNormalization', 'LRN',
            'LayerNormalization', 'LpNormalization', 'MeanVarianceNormalization', 'RMSNormalization',
            'SimplifiedLayerNormalization',
        ],
        'com.microsoft': [
            'GroupNorm', 'LayerNormalization', 'SimplifiedLayerNormalization', 'SkipGroupNorm',
            'SkipLayerNormalization', 'SkipSimplifiedLayerNormalization',
        ],
    },
    reduce: {
        '': [
            'ArgMax', 'ArgMin', 'CumProd', 'CumSum', 'Det', 'ReduceL1', 'ReduceL2', 'ReduceLogSum',
            'ReduceLogSumExp', 'ReduceMax', 'ReduceMean', 'ReduceMin', 'ReduceProd', 'ReduceSum',
            'ReduceSumSquare', 'TopK',
        ],
    },
    quantize: {
        '': [
            'DequantizeLinear', 'DynamicQuantizeLinear', 'QuantizeLinear',
        ],
        'com.microsoft': [
            'DequantizeLinear', 'QLinearAdd', 'QLinearLeakyRelu', 'QLinearMul', 'QLinearSigmoid',
            'QuantizeLinear',
        ],
    },
    'shape-ops': {
        '': [
            'BitCast', 'Cast', 'CastLike', 'Constant', 'Dropout', 'Flatten', 'Identity', 'Optional',
            'OptionalGetElement', 'OptionalHasElement', 'Reshape', 'Shape', 'Size', 'Squeeze',
            'Unsqueeze',
        ],
    },
    tensor: {
        '': [
            'CenterCropPad', 'Col2Im', 'Concat', 'ConcatFromSequence', 'DepthToSpace', 'Expand', 'Pad',
            'ReverseSequence', 'SequenceAt', 'SequenceConstruct', 'SequenceEmpty', 'SequenceErase',
            'SequenceInsert', 'SequenceLength', 'SpaceToDepth', 'Split', 'SplitToSequence', 'Tile',
            'Transpose', 'Trilu',
        ],
    },
    indexing: {
        '': [
            'Compress', 'Gather', 'GatherElements', 'GatherND', 'NonMaxSuppression', 'NonZero', 'OneHot',
            'Scatter', 'ScatterElements', 'ScatterND', 'Slice', 'TensorScatter', 'Unique',
        ],
        'com.microsoft': [
            'GatherBlockQuantized',
        ],
    },
    resize: {
        '': [
            'AffineGrid', 'GridSample', 'Resize', 'Upsample',
        ],
    },
    generators: {
        '': [
            'Bernoulli', 'ConstantOfShape', 'EyeLike', 'Multinomial', 'RandomNormal', 'RandomNormalLike',
            'RandomUniform', 'RandomUniformLike', 'Range',
        ],
    },
    ml: {
        'ai.onnx.ml': [
            'ArrayFeatureExtractor', 'Binarizer', 'CastMap', 'CategoryMapper', 'DictVectorizer',
            'FeatureVectorizer', 'Imputer', 'LabelEncoder', 'LinearClassifier', 'LinearRegressor',
            'Normalizer', 'OneHotEncoder', 'SVMClassifier', 'SVMRegressor', 'Scaler', 'TreeEnsemble',
            'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'ZipMap',
        ],
    },
    'control-flow': {
        '': [
            'If', 'Loop', 'Scan', 'SequenceMap',
        ],
    },
    signal: {
        '': [
            'BlackmanWindow', 'DFT', 'HammingWindow', 'HannWindow', 'MelWeightMatrix', 'STFT',
        ],
    },
    loss: {
        '': [
            'NegativeLogLikelihoodLoss', 'SoftmaxCrossEntropyLoss',
        ],
    },
    text: {
        '': [
            'ImageDecoder', 'RegexFullMatch', 'StringConcat', 'StringNormalizer', 'StringSplit',
            'TfIdfVectorizer',
        ],
    },
    'state-space': {
        '': [
            'CausalConvWithState', 'LinearAttention',
        ],
    },
    tflite: {
        'tflite': [
            'ABS', 'ADD', 'ADD_N', 'ARG_MAX', 'ARG_MIN', 'ASSIGN_VARIABLE', 'ATAN2', 'AVERAGE_POOL_2D',
            'BATCH_MATMUL', 'BATCH_TO_SPACE_ND', 'BIDIRECTIONAL_SEQUENCE_LSTM',
            'BIDIRECTIONAL_SEQUENCE_RNN', 'BITCAST', 'BITWISE_XOR', 'BROADCAST_ARGS', 'BROADCAST_TO',
            'BUCKETIZE', 'CALL', 'CALL_ONCE', 'CAST', 'CEIL', 'COMPLEX', 'COMPLEX_ABS', 'CONCATENATION',
            'CONCAT_EMBEDDINGS', 'CONV_2D', 'CONV_3D', 'CONV_3D_TRANSPOSE', 'COS', 'CUMSUM', 'DENSIFY',
            'DEPTHWISE_CONV_2D', 'DEPTH_TO_SPACE', 'DEQUANTIZE', 'DILATE', 'DIV', 'DYNAMIC_UPDATE_SLICE',
            'ELU', 'EMBEDDING_LOOKUP', 'EMBEDDING_LOOKUP_SPARSE', 'EQUAL', 'EXP', 'EXPAND_DIMS',
            'FAKE_QUANT', 'FILL', 'FLOOR', 'FLOOR_DIV', 'FLOOR_MOD', 'FULLY_CONNECTED', 'GATHER',
            'GATHER_ND', 'GELU', 'GREATER', 'GREATER_EQUAL', 'HARD_SWISH', 'HASHTABLE', 'HASHTABLE_FIND',
            'HASHTABLE_IMPORT', 'HASHTABLE_LOOKUP', 'HASHTABLE_SIZE', 'IF', 'IMAG', 'L2_NORMALIZATION',
            'L2_POOL_2D', 'LEAKY_RELU', 'LESS', 'LESS_EQUAL', 'LOCAL_RESPONSE_NORMALIZATION', 'LOG',
            'LOGICAL_AND', 'LOGICAL_NOT', 'LOGICAL_OR', 'LOGISTIC', 'LOG_SOFTMAX', 'LSH_PROJECTION',
            'LSTM', 'MATRIX_DIAG', 'MATRIX_SET_DIAG', 'MAXIMUM', 'MAX_POOL_2D', 'MEAN', 'MINIMUM',
            'MIRROR_PAD', 'MUL', 'MULTINOMIAL', 'NEG', 'NON_MAX_SUPPRESSION_V4', 'NON_MAX_SUPPRESSION_V5',
            'NOT_EQUAL', 'ONE_HOT', 'PACK', 'PAD', 'PADV2', 'POW', 'PRELU', 'QUANTIZE',
            'RANDOM_STANDARD_NORMAL', 'RANDOM_UNIFORM', 'RANGE', 'RANK', 'READ_VARIABLE', 'REAL',
            'REDUCE_ALL', 'REDUCE_ANY', 'REDUCE_MAX', 'REDUCE_MIN', 'REDUCE_PROD', 'RELU', 'RELU6',
            'RELU_0_TO_1', 'RELU_N1_TO_1', 'RESHAPE', 'RESIZE_BILINEAR', 'RESIZE_NEAREST_NEIGHBOR',
            'REVERSE_SEQUENCE', 'REVERSE_V2', 'RFFT2D', 'RIGHT_SHIFT', 'RNN', 'ROUND', 'RSQRT',
            'SCATTER_ND', 'SEGMENT_SUM', 'SELECT', 'SELECT_V2', 'SHAPE', 'SIGN', 'SIN', 'SKIP_GRAM',
            'SLICE', 'SOFTMAX', 'SPACE_TO_BATCH_ND', 'SPACE_TO_DEPTH', 'SPARSE_TO_DENSE', 'SPLIT',
            'SPLIT_V', 'SQRT', 'SQUARE', 'SQUARED_DIFFERENCE', 'SQUEEZE', 'STRIDED_SLICE', 'SUB', 'SUM',
            'SVDF', 'TANH', 'TILE', 'TOPK_V2', 'TRANSPOSE', 'TRANSPOSE_CONV',
            'UNIDIRECTIONAL_SEQUENCE_LSTM', 'UNIDIRECTIONAL_SEQUENCE_RNN', 'UNIQUE', 'UNPACK',
            'UNSORTED_SEGMENT_MAX', 'UNSORTED_SEGMENT_MIN', 'UNSORTED_SEGMENT_PROD',
            'UNSORTED_SEGMENT_SUM', 'VAR_HANDLE', 'WHERE', 'WHILE', 'ZEROS_LIKE',
        ],
    },
};

// EXTERNAL MODULE: ./build/src/graph/order.js
var order = __webpack_require__(3746);
;// CONCATENATED MODULE: ./build/src/ops/registry.js


class OpRegistry {
    byKey = new Map();
    constructor(defs = []) {
        this.add(defs);
    }
    add(defs) {
        for (const def of defs) {
            const key = `${(0,ir/* normalizeDomain */.A)(def.domain)}::${def.opType}`;
            const list = this.byKey.get(key) ?? [];
            if (list.some((d) => d.since === def.since)) {
                throw new Error(`op ${key} registered twice for since-version ${def.since}`);
            }
            list.push(def);
            list.sort((a, b) => a.since - b.since);
            this.byKey.set(key, list);
        }
    }
    lookup(domain, opType, opset) {
        const list = this.byKey.get(`${(0,ir/* normalizeDomain */.A)(domain)}::${opType}`);
        if (!list)
            return undefined;
        let found;
        for (const def of list)
            if (def.since <= opset)
                found = def;
        return found ?? list[0];
    }
    has(domain, opType) {
        return this.byKey.has(`${(0,ir/* normalizeDomain */.A)(domain)}::${opType}`);
    }
    all() {
        return [...this.byKey.values()].flat().sort((a, b) => (0,order/* compareCodeUnits */.U)(a.domain, b.domain) || (0,order/* compareCodeUnits */.U)(a.opType, b.opType) || a.since - b.since);
    }
}

;// CONCATENATED MODULE: ./build/src/ops/load.js






const registry = new OpRegistry();
const loading = new Map();
const loaded = new Set();
const definingMemo = new Map();
function familiesDefining(domain, opType) {
    const known = definingMemo.get(domain)?.get(opType);
    if (known !== undefined)
        return known;
    const found = [];
    for (let i = 0; i < OP_FAMILIES.length; i++) {
        const byDomain = OP_INDEX[OP_FAMILIES[i]];
        if (Object.hasOwn(byDomain, domain) && byDomain[domain].includes(opType))
            found.push(OP_FAMILIES[i]);
    }
    if (found.length > 0) {
        let byType = definingMemo.get(domain);
        if (byType === undefined)
            definingMemo.set(domain, (byType = new Map()));
        byType.set(opType, found);
    }
    return found;
}
function loadFamily(family) {
    let p = loading.get(family);
    if (!p) {
        p = FAMILY_LOADERS[family]().then((m) => {
            registry.add(m.ops);
            loaded.add(family);
        });
        loading.set(family, p);
    }
    return p;
}
function loadedFamilies() {
    return [...loaded];
}
async function loadFamilies(families) {
    await Promise.all([...families].map(loadFamily));
}
function familiesOf(model, census = (0,graph_census/* graphCensus */.k)(model.graph)) {
    const out = new Set();
    const add = (families) => {
        for (let i = 0; i < families.length; i++)
            out.add(families[i]);
    };
    const addOps = (c) => c.ops.forEach((byType, domain) => {
        const normalized = (0,ir/* normalizeDomain */.A)(domain);
        byType.forEach((_, opType) => add(familiesDefining(normalized, opType)));
    });
    addOps(census);
    if (model.functions.length === 0)
        return out;
    const addCensus = (graph) => addOps((0,graph_census/* graphCensus */.k)(graph));
    for (const f of model.functions) {
        for (const node of f.nodes) {
            add(familiesDefining((0,ir/* normalizeDomain */.A)(node.domain), node.opType));
            for (const { graph } of (0,topo/* subgraphsOf */.RQ)(node))
                addCensus(graph);
        }
        for (const a of f.attributeDefaults.values()) {
            if (a.type === 'graph')
                addCensus(a.value);
            else if (a.type === 'graphs')
                for (const g of a.value)
                    addCensus(g);
        }
    }
    return out;
}
async function opLookupFor(model, census = (0,graph_census/* graphCensus */.k)(model.graph)) {
    await loadFamilies(familiesOf(model, census));
    return lookup;
}
function lookup(domain, opType, opset) {
    const def = registry.lookup(domain, opType, opset);
    if (def)
        return def;
    for (const f of familiesDefining((0,ir/* normalizeDomain */.A)(domain), opType)) {
        if (!loaded.has(f))
            throw new Error(`op ${opType} (domain '${domain}') belongs to family ${f}, which was not loaded`);
    }
    return undefined;
}


/***/ }),

/***/ 2500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ listAttr),
/* harmony export */   PA: () => (/* binding */ windowOutDim),
/* harmony export */   tY: () => (/* binding */ plus),
/* harmony export */   tw: () => (/* binding */ readWindow)
/* harmony export */ });
/* unused harmony export readAutoPad */
/* harmony import */ var _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2433);

function readAutoPad(attrs) {
    const v = attrs.string('auto_pad', 'NOTSET');
    if (v === '')
        return 'NOTSET';
    if (v === 'NOTSET' || v === 'SAME_UPPER' || v === 'SAME_LOWER' || v === 'VALID')
        return v;
    throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`auto_pad '${v}' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID`);
}
const NO_INTS = [];
function listAttr(attrs, name) {
    const v = attrs.ints(name, NO_INTS);
    return v.length === 0 ? undefined : v;
}
function perAxis(attrs, name, n, def, min) {
    const v = listAttr(attrs, name);
    if (!v)
        return new Array(n).fill(def);
    if (v.length !== n)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`attribute '${name}' has ${v.length} values but the op has ${n} spatial axes`);
    for (const x of v)
        if (!Number.isInteger(x) || x < min)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`attribute '${name}' has invalid value ${x}`);
    return v;
}
function readWindow(ctx, kernel, allow) {
    const n = kernel.length;
    const { attrs } = ctx;
    if (!allow.dilations)
        warnUndefined(ctx, 'dilations');
    if (!allow.ceilMode)
        warnUndefined(ctx, 'ceil_mode');
    const pads = listAttr(attrs, 'pads') ?? new Array(2 * n).fill(0);
    if (pads.length !== 2 * n)
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`attribute 'pads' has ${pads.length} values; expected ${2 * n} (begin and end per spatial axis)`);
    for (const p of pads)
        if (!Number.isInteger(p) || p < 0)
            throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`attribute 'pads' has invalid value ${p}`);
    return {
        kernel,
        strides: perAxis(attrs, 'strides', n, 1, 1),
        dilations: allow.dilations ? perAxis(attrs, 'dilations', n, 1, 1) : new Array(n).fill(1),
        pads,
        autoPad: allow.autoPad === false ? 'NOTSET' : readAutoPad(attrs),
        ceilMode: allow.ceilMode ? attrs.int('ceil_mode', 0) !== 0 : false,
    };
}
function warnUndefined(ctx, name) {
    if (ctx.attrs.has(name))
        ctx.warn(`attribute '${name}' is not defined for ${ctx.node.opType} at opset ${ctx.opset}; ignored`);
}
function plus(sym, c) {
    return c === 0 ? sym : c > 0 ? `${sym}+${c}` : `${sym}-${-c}`;
}
function windowOutDim(inDim, axis, w) {
    const k = w.kernel[axis], s = w.strides[axis], d = w.dilations[axis];
    const span = (k - 1) * d + 1;
    const round = w.ceilMode ? Math.ceil : Math.floor;
    if (w.autoPad === 'SAME_UPPER' || w.autoPad === 'SAME_LOWER') {
        if (typeof inDim !== 'number')
            return s === 1 ? inDim : `ceil(${inDim}/${s})`;
        return Math.ceil(inDim / s);
    }
    const padTotal = w.autoPad === 'VALID' ? 0 : w.pads[axis] + w.pads[axis + w.kernel.length];
    const padBegin = w.autoPad === 'VALID' ? 0 : w.pads[axis];
    if (typeof inDim !== 'number') {
        const c = padTotal - span;
        if (s === 1)
            return plus(inDim, c + 1);
        return `${w.ceilMode ? 'ceil' : 'floor'}((${plus(inDim, c)})/${s})+1`;
    }
    const avail = inDim + padTotal - span;
    if (avail < 0) {
        throw new _shapes_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OpError */ .mC(`spatial axis ${axis}: window of ${span} (kernel ${k}, dilation ${d}) does not fit input ${inDim} with padding ${padTotal}`);
    }
    let out = round(avail / s) + 1;
    if (w.ceilMode && (out - 1) * s >= inDim + padBegin)
        out -= 1;
    return out;
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aC: () => (/* binding */ profileFile),
  BR: () => (/* binding */ profileLoaded)
});

// UNUSED EXPORTS: MAX_FORMULA_INPUTS, MAX_FORMULA_NODES, MAX_GATE_FORMULA_DIMS, ProfileOptionError

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/registry.js + 6 modules
var registry = __webpack_require__(1822);
// EXTERNAL MODULE: ./build/src/ops/load.js + 3 modules
var load = __webpack_require__(5802);
// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
// EXTERNAL MODULE: ./build/src/graph/ir.js
var ir = __webpack_require__(5927);
;// CONCATENATED MODULE: ./build/src/graph/weight-inputs.js

const WEIGHT_INPUTS = new Map([
    ['DequantizeLinear', new Map([['', 0], ['com.microsoft', 0]])],
    ['QLinearConv', new Map([['', 8], ['com.microsoft', 8]])],
    ['QGemm', new Map([['com.microsoft', 6]])],
]);
function weightInputIndex(node) {
    const byDomain = WEIGHT_INPUTS.get(node.opType);
    return byDomain === undefined ? -1 : byDomain.get((0,ir/* normalizeDomain */.A)(node.domain)) ?? -1;
}
function isWeightInput(node, index) {
    return weightInputIndex(node) === index;
}
function anyWeightInputOp(ops) {
    for (const [opType, domains] of WEIGHT_INPUTS) {
        for (const [domain, byType] of ops)
            if (byType.has(opType) && domains.has((0,ir/* normalizeDomain */.A)(domain)))
                return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./build/src/graph/weight-values.js


const VALUE_PRESERVING = new Set(['Identity', 'Reshape', 'Transpose', 'Squeeze', 'Unsqueeze', 'Flatten', 'Expand', 'Cast']);
const WEIGHT_LAYOUT_OPS = [...VALUE_PRESERVING];
function layoutRoots(levels) {
    let source;
    const root = new Map();
    const path = [];
    return (name) => {
        source ??= layoutSources(levels);
        let at = name;
        let found;
        for (;;) {
            found = root.get(at);
            if (found !== undefined)
                break;
            const from = source.get(at);
            if (from === undefined || path.length > source.size) {
                found = at;
                break;
            }
            path.push(at);
            at = from;
        }
        for (const p of path)
            root.set(p, found);
        path.length = 0;
        return found;
    };
}
function layoutSources(levels) {
    const source = new Map();
    for (const nodes of levels) {
        for (let n = 0; n < nodes.length; n++) {
            const node = nodes[n];
            if (!VALUE_PRESERVING.has(node.opType) || (0,ir/* normalizeDomain */.A)(node.domain) !== '')
                continue;
            const out = node.outputs[0];
            const input = node.inputs[0];
            if (out && input && !source.has(out))
                source.set(out, input);
        }
    }
    return source;
}
const NONE = { graph: new Set(), functions: new Map() };
function valuesReadAsWeightsOf(census, functions) {
    if (functions.length === 0 && !anyWeightInputOp(census.ops))
        return NONE;
    return valuesReadAsWeights(census.graphs, functions);
}
function valuesReadAsWeights(graphs, functions) {
    const byKey = new Map(functions.map((f) => [`${(0,ir/* normalizeDomain */.A)(f.domain)}::${f.name}`, f]));
    const calleeOf = (node) => byKey.size > 0 ? byKey.get(`${(0,ir/* normalizeDomain */.A)(node.domain)}::${node.opType}`) : undefined;
    const first = new Map();
    let formalCount = 0;
    for (const f of functions) {
        first.set(f, formalCount);
        formalCount += f.inputs.length;
    }
    const rootsOf = new Map(functions.map((f) => [f, layoutRoots([f.nodes])]));
    const reached = new Uint8Array(formalCount);
    const head = new Int32Array(formalCount).fill(-1);
    const fedFormal = [];
    const nextFed = [];
    const pending = [];
    const reach = (formal) => {
        if (reached[formal] === 1)
            return;
        reached[formal] = 1;
        pending.push(formal);
    };
    for (const f of functions) {
        const position = new Map();
        f.inputs.forEach((name, k) => {
            if (!position.has(name))
                position.set(name, k);
        });
        const base = first.get(f);
        const rootOf = rootsOf.get(f);
        for (const node of f.nodes) {
            const callee = calleeOf(node);
            const weightAt = weightInputIndex(node);
            if (weightAt < 0 && !callee)
                continue;
            const inputs = node.inputs;
            for (let i = 0; i < inputs.length; i++) {
                const weight = i === weightAt;
                if (inputs[i] === '' || !(weight || (callee && i < callee.inputs.length)))
                    continue;
                const k = position.get(rootOf(inputs[i]));
                if (k === undefined)
                    continue;
                if (weight)
                    reach(base + k);
                else {
                    const calleeFormal = first.get(callee) + i;
                    nextFed.push(head[calleeFormal]);
                    head[calleeFormal] = fedFormal.length;
                    fedFormal.push(base + k);
                }
            }
        }
    }
    for (let formal = pending.pop(); formal !== undefined; formal = pending.pop()) {
        for (let e = head[formal]; e >= 0; e = nextFed[e])
            reach(fedFormal[e]);
    }
    const collect = (levels, rootOf) => {
        const names = new Set();
        for (const nodes of levels) {
            for (let n = 0; n < nodes.length; n++) {
                const node = nodes[n];
                const callee = calleeOf(node);
                const weightAt = weightInputIndex(node);
                if (weightAt < 0 && !callee)
                    continue;
                const calleeFirst = callee ? first.get(callee) : -1;
                const calleeInputs = callee ? callee.inputs.length : 0;
                const inputs = node.inputs;
                for (let i = 0; i < inputs.length; i++) {
                    if (inputs[i] === '')
                        continue;
                    if (i === weightAt || (i < calleeInputs && reached[calleeFirst + i] === 1))
                        names.add(rootOf(inputs[i]));
                }
            }
        }
        return names;
    };
    const levels = graphs.map((g) => g.nodes);
    return {
        graph: collect(levels, layoutRoots(levels)),
        functions: new Map(functions.map((f) => [f, collect([f.nodes], rootsOf.get(f))])),
    };
}

// EXTERNAL MODULE: ./build/src/graph/order.js
var order = __webpack_require__(3746);
// EXTERNAL MODULE: ./build/src/shapes/types.js
var types = __webpack_require__(2433);
;// CONCATENATED MODULE: ./build/src/shapes/attributes.js

class NodeAttributes {
    constructor(node) {
        this.node = node;
    }
    get(name, kind) {
        const attr = this.node.attributes.get(name);
        return attr ? coerce(name, attr, kind) : undefined;
    }
    has(name) {
        return this.node.attributes.has(name);
    }
    int(name, def) {
        return required(name, this.get(name, 'int')?.value, def);
    }
    ints(name, def) {
        return required(name, this.get(name, 'ints')?.value, def);
    }
    float(name, def) {
        return required(name, this.get(name, 'float')?.value, def);
    }
    floats(name, def) {
        return required(name, this.get(name, 'floats')?.value, def);
    }
    string(name, def) {
        return required(name, this.get(name, 'string')?.value, def);
    }
    strings(name, def) {
        return required(name, this.get(name, 'strings')?.value, def);
    }
    tensor(name) {
        return this.get(name, 'tensor')?.value;
    }
    graph(name) {
        return this.get(name, 'graph')?.value;
    }
}
function coerce(name, attr, kind) {
    if (attr.type === kind)
        return attr;
    if (kind === 'ints' && attr.type === 'int')
        return { type: 'ints', value: [attr.value] };
    if (kind === 'floats' && attr.type === 'float')
        return { type: 'floats', value: [attr.value] };
    if (kind === 'float' && attr.type === 'int')
        return { type: 'float', value: attr.value };
    throw new types/* OpError */.mC(`attribute '${name}' should be ${kind} but is ${attr.type}`);
}
function required(name, value, def) {
    if (value !== undefined)
        return value;
    if (def !== undefined)
        return def;
    throw new types/* OpError */.mC(`required attribute '${name}' is missing`);
}
function attrReader(node) {
    return new NodeAttributes(node);
}

// EXTERNAL MODULE: ./build/src/graph/topo.js
var topo = __webpack_require__(2600);
// EXTERNAL MODULE: ./build/src/graph/limits.js
var limits = __webpack_require__(3792);
// EXTERNAL MODULE: ./build/src/shapes/exact.js
var shapes_exact = __webpack_require__(2927);
;// CONCATENATED MODULE: ./build/src/shapes/engine.js













const UNKNOWN_TYPE = { dtype: undefined, shape: undefined };
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const ZERO_COST = { macs: 0, flops: 0, bytes: 0 };
function domainLabel(domain) {
    return domain === '' ? 'ai.onnx' : domain;
}
function originAt(flat, f) {
    return flat.origins === undefined ? flat.origin : flat.origins[f];
}
const MAX_FRESH_DIMS_PER_NODE = 16 * limits/* MAX_RANK */.ee;
function stored(name, type, value, isConstant, isInitializer, storedParams = -1) {
    return { name, type, value, isConstant, isInitializer, storedParams };
}
class Scope {
    parent;
    ids = new topo/* ValueIds */.iA();
    byId = [];
    constructor(parent) {
        this.parent = parent;
    }
    set(name, value) {
        this.byId[this.ids.idOf(name)] = value;
        return this;
    }
    lookup(name) {
        const id = this.ids.ids.get(name);
        return (id === undefined ? undefined : this.byId[id]) ?? this.parent?.lookup(name);
    }
    read(id, name) {
        return this.byId[id] ?? this.parent?.lookup(name);
    }
    get(name) {
        const id = this.ids.ids.get(name);
        return id === undefined ? undefined : this.byId[id];
    }
}
function formatType(t) {
    if (!t)
        return '?';
    const shape = t.shape ? `[${t.shape.join(',')}]` : '[?]';
    return `${t.dtype ?? '?'}${shape}`;
}
function formatInfo(v) {
    const shape = v.shape ? `[${v.shape.map((d) => (d === null ? '?' : d)).join(',')}]` : '[?]';
    return `${v.dtype ?? '?'}${shape}`;
}
class Engine {
    model;
    lookup;
    options;
    results = [];
    warnings = [];
    warned = new Set();
    unknown = new Map();
    reasons = new Map();
    functions = new Map();
    modelOpsets;
    bindings = new Map();
    freshCount = 0;
    unimported = new Set();
    silent = 0;
    freshNames = new Set();
    expanded = 0;
    expandedInputs = 0;
    weightValues;
    expandedWeights = new Set();
    readAsWeight = (name) => this.weightValues.graph.has(name) || this.expandedWeights.has(name);
    constructor(model, lookup, options) {
        this.model = model;
        this.lookup = lookup;
        this.options = options;
        const opsets = new Map();
        for (const [d, v] of model.opsetImports)
            opsets.set((0,ir/* normalizeDomain */.A)(d), v);
        this.modelOpsets = opsets;
        for (const f of model.functions)
            this.functions.set(`${(0,ir/* normalizeDomain */.A)(f.domain)}::${f.name}`, f);
        this.weightValues = options.weightValues ?? valuesReadAsWeights((0,ir/* walkGraphs */.V)(model.graph), model.functions);
    }
    run() {
        const graph = this.model.graph;
        const main = new Scope(undefined);
        const inputs = this.bindInputs(graph, main);
        const level = {
            path: '', label: 'main', scope: main, valueInfo: valueInfoMap(graph), inTotals: true, parent: undefined,
        };
        const flat = this.flatten(graph.nodes, { scope: '', opsets: this.modelOpsets, calls: engine_NONE, depth: 0 });
        const index = (0,topo/* indexLevel */.vI)(flat.nodes, main.ids, level.label);
        const frees = this.lifetimes(flat, index, graph, main, true);
        const first = this.results.length;
        this.runLevel(flat, index, level, frees);
        const mainIds = mainValueIds(main, inputs, index, frees);
        const outputs = graph.outputs.map((o) => {
            const v = main.lookup(o.name);
            if (!v)
                this.warn(`graph output '${o.name}' is not produced by any node, input or initializer`);
            return { name: o.name, type: v?.type ?? UNKNOWN_TYPE };
        });
        const nodes = this.results;
        const sum = new shapes_exact/* ExactSum */.PA();
        for (let i = 0; i < nodes.length; i++) {
            const r = nodes[i];
            if (!r)
                throw new Error(`engine bug: node slot ${i} never filled`);
            if (i >= first && r.inTotals)
                sum.add(r);
        }
        const exactTotals = sum.value();
        const totals = (0,shapes_exact/* numbersOf */.cZ)(exactTotals);
        if (!(Number.isFinite(totals.macs) && Number.isFinite(totals.flops) && Number.isFinite(totals.bytes)))
            throw new limits/* LimitError */.oC(`the model's total cost is beyond 1.8e308, the largest number model-budget can report: not measurable`);
        const unknownOps = [...this.unknown.values()].sort((a, b) => b.count - a.count || (0,order/* compareCodeUnits */.U)(a.opType, b.opType));
        return {
            nodes,
            values: main,
            inputs,
            outputs,
            liveAtStart: inputs.map((i) => i.name),
            mainIds,
            totals,
            exactTotals,
            warnings: this.warnings,
            unknownOps,
            executed: { nodes: this.expanded, inputs: this.expandedInputs },
            lowerBoundReasons: [...this.reasons.values()].map((r) => {
                if (r.count === 1)
                    return r.text;
                return r.style === 'nodes' ? `${r.text} (${r.count} nodes)` : `${r.text} (and ${r.count - 1} more like it)`;
            }),
        };
    }
    warn(message) {
        if (this.warned.has(message))
            return;
        this.warned.add(message);
        this.warnings.push(message);
    }
    reason(key, text, style = 'more') {
        if (this.silent > 0)
            return;
        const r = this.reasons.get(key);
        if (r)
            r.count++;
        else
            this.reasons.set(key, { text, count: 1, style });
    }
    fresh(hint) {
        this.freshCount++;
        const name = `${hint}_${this.freshCount}`;
        this.freshNames.add(name);
        return name;
    }
    bindInputs(graph, scope) {
        const givenObject = this.options.inputShapes ?? {};
        const given = new Map(Object.entries(givenObject));
        const bindable = graph.inputs.filter((v) => !graph.initializers.has(v.name));
        if (bindable.length > limits/* MAX_GRAPH_INPUTS */.af) {
            throw new limits/* LimitError */.oC(`the main graph has ${bindable.length.toLocaleString('en-US')} inputs, more than the ${limits/* MAX_GRAPH_INPUTS */.af.toLocaleString('en-US')} model-budget profiles`);
        }
        const bindableNames = new Set(bindable.map((v) => v.name));
        for (const name of given.keys()) {
            if (!bindableNames.has(name)) {
                const names = bindable.map((v) => v.name).join(', ');
                throw new errors/* GraphError */.h9(`--input ${name}: the model has no input '${name}' (inputs: ${names || 'none'})`);
            }
        }
        let named;
        for (const [name, value] of Object.entries(this.options.dims ?? {})) {
            named ??= symbolicDimNames(graph);
            if (!Number.isSafeInteger(value) || value < 0)
                throw new errors/* GraphError */.h9(`--dim ${name}=${value}: a dim must be a non-negative integer below 2^53`);
            if (!named.has(name)) {
                this.warn(`--dim ${name}=${value}: no dim of the model is named '${name}'${named.size ? ` (named dims: ${[...named].join(', ')})` : ''}`);
            }
            this.bindings.set(name, value);
        }
        for (const v of bindable) {
            const shape = given.get(v.name);
            if (!shape)
                continue;
            if (v.shape && v.shape.length !== shape.length) {
                throw new errors/* GraphError */.h9(`--input ${v.name}=${shape.join('x')}: the model's input '${v.name}' has rank ${v.shape.length} [${v.shape.map((d) => d ?? '?').join(',')}], not ${shape.length}`);
            }
            shape.forEach((d, i) => {
                if (!Number.isSafeInteger(d) || d < 0)
                    throw new errors/* GraphError */.h9(`--input ${v.name}: dim ${d} is not a non-negative integer below 2^53`);
                const declared = v.shape?.[i];
                if (typeof declared === 'string') {
                    const bound = this.bindings.get(declared);
                    if (bound === undefined)
                        this.bindings.set(declared, d);
                    else if (bound !== d)
                        this.warn(`--input ${v.name}: dim ${i} ('${declared}') is ${d}, but '${declared}' is bound to ${bound} elsewhere`);
                }
                else if (typeof declared === 'number' && declared !== d) {
                    this.warn(`--input ${v.name}: dim ${i} is ${declared} in the model, using ${d} as given`);
                }
            });
        }
        const bound = [];
        for (const v of bindable) {
            checkRank(v.shape?.length ?? 0, `input '${v.name}'`);
            const explicit = given.get(v.name);
            let shape;
            if (explicit)
                shape = [...explicit];
            else if (v.shape) {
                shape = v.shape.map((d, i) => {
                    if (typeof d === 'number')
                        return d;
                    if (d !== null && this.bindings.has(d))
                        return this.bindings.get(d);
                    if (d !== null) {
                        this.warn(`symbolic dim '${d}' of input '${v.name}' is not bound; using 1 (pass --dim ${d}=N or --input ${v.name}=...)`);
                        this.bindings.set(d, 1);
                        return 1;
                    }
                    this.warn(`dim ${i} of input '${v.name}' has no size or name; using 1 (pass --input ${v.name}=...)`);
                    return 1;
                });
            }
            else {
                this.warn(`input '${v.name}' has unknown rank; pass --input ${v.name}=...`);
            }
            if (v.kind !== 'tensor')
                this.warn(`input '${v.name}' is a ${v.kind}, not a tensor; its size is not known`);
            const type = { dtype: v.dtype, shape };
            scope.set(v.name, stored(v.name, type, undefined, false, false));
            bound.push({ name: v.name, type });
        }
        this.addInitializers(graph, scope);
        return bound;
    }
    addInitializers(graph, scope) {
        graph.initializers.forEach((t, name) => {
            const value = t.values && t.values.length <= types/* MAX_FOLD_ELEMENTS */.fE && t.values.length === t.elements
                ? { dtype: t.dtype, shape: t.dims, data: t.values } : undefined;
            const type = { dtype: t.dtype, shape: t.dims };
            const byStorage = t.quantization !== undefined || (t.storedElements !== undefined && (0,graph_dtype/* isWeightDType */.TW)(t.dtype)) ? t.storedElements ?? t.elements : -1;
            scope.set(name, stored(name, type, value, true, true, byStorage));
        });
    }
    typeFromInfo(v) {
        checkRank(v.shape?.length ?? 0, `value '${v.name}' (value_info)`);
        return {
            dtype: v.dtype,
            shape: v.shape?.map((d) => {
                if (typeof d === 'number')
                    return d;
                if (d === null)
                    return this.fresh('unk');
                return this.bindings.get(d) ?? d;
            }),
        };
    }
    flatten(nodes, origin) {
        if (this.functions.size === 0) {
            if (origin.calls.length === 0)
                this.checkExecuted(this.expanded + nodes.length, this.expandedInputs, nodes[0]);
            let named;
            for (let index = 0; index < nodes.length; index++) {
                const raw = nodes[index];
                let node = raw;
                if (!raw.name) {
                    node = { ...raw, name: `${raw.opType}_${index}` };
                    named ??= nodes.slice();
                    named[index] = node;
                }
                this.checkExecuted(++this.expanded, this.expandedInputs += raw.inputs.length + raw.outputs.length, node);
            }
            return { nodes: named ?? nodes, origin, origins: undefined };
        }
        if (origin.calls.length === 0) {
            const total = { nodes: 0, inputs: 0 };
            for (const n of nodes)
                this.addExpandedSize(n, [], total);
            this.checkExecuted(this.expanded + total.nodes, this.expandedInputs + total.inputs, nodes[0]);
        }
        const out = [];
        const origins = [];
        this.expandInto(nodes, origin, out, origins);
        return { nodes: out, origin, origins };
    }
    expandInto(nodes, origin, out, origins) {
        const { scope, calls, depth } = origin;
        nodes.forEach((raw, index) => {
            const node = raw.name ? raw : { ...raw, name: `${raw.opType}_${index}` };
            const key = `${(0,ir/* normalizeDomain */.A)(node.domain)}::${node.opType}`;
            const fn = this.functions.get(key);
            if (!fn) {
                this.checkExecuted(++this.expanded, this.expandedInputs += node.inputs.length + node.outputs.length, node);
                out.push(node);
                origins.push(origin);
                return;
            }
            if (calls.includes(key)) {
                throw new errors/* GraphError */.h9(`local function '${fn.name}' calls itself (through ${[...calls, key].join(' -> ')})`);
            }
            checkDepth(depth + 1, `local function '${fn.name}' (called by node '${raw.name || node.opType}')`);
            const fnOpsets = new Map(this.modelOpsets);
            for (const [d, v] of fn.opsetImports)
                fnOpsets.set((0,ir/* normalizeDomain */.A)(d), v);
            const inner = expandFunction(fn, node);
            this.noteExpandedWeights(fn, inner);
            const innerScope = scope ? `${scope}/${fn.name}` : fn.name;
            this.expandInto(inner, { scope: innerScope, opsets: fnOpsets, calls: [...calls, key], depth: depth + 1 }, out, origins);
        });
    }
    noteExpandedWeights(fn, inner) {
        const names = this.weightValues.functions.get(fn);
        if (names === undefined || names.size === 0)
            return;
        fn.nodes.forEach((n, k) => {
            const out = inner[k].outputs[0];
            if (n.constant === true && out && names.has(n.outputs[0]))
                this.expandedWeights.add(out);
        });
    }
    sizes = new Map();
    addExpandedSize(node, calls, total) {
        const key = `${(0,ir/* normalizeDomain */.A)(node.domain)}::${node.opType}`;
        const fn = this.functions.get(key);
        if (!fn) {
            total.nodes += 1;
            total.inputs += node.inputs.length + node.outputs.length;
            return;
        }
        let size = this.sizes.get(key);
        if (size === undefined) {
            if (calls.includes(key))
                throw new errors/* GraphError */.h9(`local function '${fn.name}' calls itself (through ${[...calls, key].join(' -> ')})`);
            checkDepth(calls.length + 1, `local function '${fn.name}'`);
            size = { nodes: 0, inputs: 0 };
            for (const n of fn.nodes)
                this.addExpandedSize(n, [...calls, key], size);
            this.sizes.set(key, size);
        }
        total.nodes += size.nodes;
        total.inputs += size.inputs;
    }
    checkExecuted(nodes, inputs, at) {
        if (nodes <= limits/* MAX_EXECUTED_NODES */.RY && inputs <= limits/* MAX_EXECUTED_INPUTS */.TJ)
            return;
        const what = nodes > limits/* MAX_EXECUTED_NODES */.RY
            ? `runs more than ${limits/* MAX_EXECUTED_NODES */.RY.toLocaleString('en-US')} nodes`
            : `runs nodes that read and write more than ${limits/* MAX_EXECUTED_INPUTS */.TJ.toLocaleString('en-US')} values in all`;
        throw new limits/* LimitError */.oC(`the model ${what} (local functions expanded, control-flow bodies included), the most model-budget profiles${at ? ` (at node '${at.name || at.opType}')` : ''}`);
    }
    lifetimes(flat, index, graph, scope, main) {
        const ids = scope.ids;
        const nodes = flat.nodes;
        const n = nodes.length;
        const last = new Int32Array(ids.size).fill(UNTRACKED);
        const tracked = [];
        if (main) {
            for (let id = 0; id < scope.byId.length; id++) {
                const v = scope.byId[id];
                if (v && !v.isConstant) {
                    last[id] = -1;
                    tracked.push(id);
                }
            }
        }
        const { order, reads, readStart, outs, outStart } = index;
        for (let i = 0; i < n; i++) {
            const f = order[i];
            const constant = nodes[f].constant === true;
            for (let k = outStart[f]; k < outStart[f + 1]; k++) {
                const id = outs[k];
                if (id === topo/* NO_VALUE */.GY)
                    continue;
                if (constant)
                    last[id] = DROPPED;
                else if (last[id] === UNTRACKED) {
                    last[id] = i;
                    tracked.push(id);
                }
            }
            for (let k = readStart[f]; k < readStart[f + 1]; k++) {
                const id = reads[k];
                if (id !== topo/* NO_VALUE */.GY && last[id] >= -1)
                    last[id] = i;
            }
        }
        const keep = new Uint8Array(ids.size);
        for (const o of graph.outputs) {
            const id = ids.ids.get(o.name);
            if (id !== undefined)
                keep[id] = 1;
        }
        if (graph.state) {
            for (const name of graph.state) {
                const id = ids.ids.get(name);
                if (id !== undefined)
                    keep[id] = 1;
            }
        }
        const start = new Int32Array(n + 1);
        for (let t = 0; t < tracked.length; t++) {
            const id = tracked[t];
            const at = Math.max(last[id], 0);
            if (last[id] !== DROPPED && at < n && keep[id] === 0)
                start[at + 1]++;
        }
        for (let i = 0; i < n; i++)
            start[i + 1] += start[i];
        const names = new Array(start[n]);
        const dying = new Int32Array(start[n]);
        const fill = start.slice(0, n);
        for (let t = 0; t < tracked.length; t++) {
            const id = tracked[t];
            const at = Math.max(last[id], 0);
            if (last[id] !== DROPPED && at < n && keep[id] === 0) {
                dying[fill[at]] = id;
                names[fill[at]++] = ids.names[id];
            }
        }
        return { names, ids: dying, start };
    }
    runLevel(flat, index, level, frees) {
        const nodes = flat.nodes;
        const indices = new Array(nodes.length);
        for (let i = 0; i < nodes.length; i++) {
            const f = index.order[i];
            indices[i] = this.runNode(nodes[f], originAt(flat, f), index, f, level, frees, i);
        }
        return indices;
    }
    fromValueInfo(node, level) {
        const out = new Array(node.outputs.length);
        for (let i = 0; i < out.length; i++) {
            const o = node.outputs[i];
            const vi = o ? level.valueInfo.get(o) : undefined;
            out[i] = vi ? this.typeFromInfo(vi) : UNKNOWN_TYPE;
        }
        return out;
    }
    rankFromValueInfo(node, level, out) {
        let filled;
        for (let i = 0; i < out.length; i++) {
            if (out[i].shape !== undefined)
                continue;
            const name = node.outputs[i];
            const vi = name ? level.valueInfo.get(name) : undefined;
            if (vi?.kind !== 'tensor' || !vi.shape)
                continue;
            checkRank(vi.shape.length, `value '${vi.name}' (value_info)`);
            this.reason('declared-shape', `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''}: output '${name}' has no inferred rank; it takes the shape the file declares (value_info), unchecked`);
            filled ??= [...out];
            filled[i] = {
                dtype: out[i].dtype ?? vi.dtype,
                shape: vi.shape.map((d) => {
                    if (typeof d === 'number')
                        return d;
                    const bound = d === null ? undefined : this.bindings.get(d);
                    return bound ?? this.fresh('declared');
                }),
            };
        }
        return filled ?? out;
    }
    unresolvedNote(node, dim, unknownInput) {
        const label = nodeLabel(node);
        if (dim === 'rank' || dim === 'dtype') {
            const which = unknownInput ? `input '${unknownInput.name}' has unknown ${dim === 'rank' ? 'shape' : 'dtype'}` : `a value has unknown ${dim === 'rank' ? 'rank' : 'dtype'}`;
            this.reason(unknownInput ? 'unknown-input' : `unknown-${dim}`, `${label}: ${which}, not costed`);
            return which;
        }
        this.reason(`dim:${dim}`, this.freshNames.has(dim)
            ? `size '${dim}' depends on the data (${label} not costed)`
            : `dimension '${dim}' is not resolved (${label} not costed; bind it with --dim ${dim}=N)`);
        return `dimension '${dim}' is not resolved`;
    }
    freshFor(node, count, hint) {
        if (count > MAX_FRESH_DIMS_PER_NODE)
            throw new limits/* LimitError */.oC(`${nodeLabel(node)}: asks for more than ${MAX_FRESH_DIMS_PER_NODE} unknown dims (is a shape input's length absurd?)`);
        return this.fresh(hint);
    }
    warnFor(node, message) {
        this.warn(`${nodeLabel(node)}: ${message}`);
    }
    defs = new Map();
    lastDomain;
    lastOpset = -1;
    lastDefs;
    lookupDef(domain, opType, opset) {
        let byType = this.lastDefs;
        if (byType === undefined || domain !== this.lastDomain || opset !== this.lastOpset) {
            let byOpset = this.defs.get(domain);
            if (!byOpset)
                this.defs.set(domain, (byOpset = new Map()));
            byType = byOpset.get(opset);
            if (!byType)
                byOpset.set(opset, (byType = new Map()));
            this.lastDomain = domain;
            this.lastOpset = opset;
            this.lastDefs = byType;
        }
        let def = byType.get(opType);
        if (def === undefined)
            byType.set(opType, (def = this.lookup(domain, opType, opset) ?? null));
        return def ?? undefined;
    }
    runNode(node, origin, levelIndex, f, level, frees, index) {
        const domain = (0,ir/* normalizeDomain */.A)(node.domain);
        let opset = origin.opsets.get(domain);
        let def;
        if (opset === undefined) {
            def = this.lookupDef(domain, node.opType, Number.MAX_SAFE_INTEGER);
            opset = def?.since ?? 1;
            if (def && !this.unimported.has(domain)) {
                this.unimported.add(domain);
                this.warn(`no opset import for domain '${domainLabel(domain)}' (node '${node.name}'); using the latest definition of its ops`);
            }
        }
        else {
            def = this.lookupDef(domain, node.opType, opset);
        }
        const slot = this.results.length;
        this.results.push(undefined);
        const scope = level.scope;
        const opInputs = new Array(node.inputs.length);
        let unknownInput;
        const readBase = levelIndex.readStart[f];
        for (let i = 0; i < opInputs.length; i++) {
            const id = levelIndex.reads[readBase + i];
            if (id === topo/* NO_VALUE */.GY)
                continue;
            const name = node.inputs[i];
            let x = scope.read(id, name);
            if (!x) {
                this.warn(`node '${node.name}' reads '${name}', which is not a graph input, initializer or node output`);
                x = stored(name, UNKNOWN_TYPE, undefined, false, false);
            }
            opInputs[i] = x;
            if (unknownInput === undefined && (x.type.shape === undefined || x.type.dtype === undefined))
                unknownInput = x;
        }
        const outCount = node.outputs.length;
        let outputs;
        let values;
        let cost = ZERO_COST;
        let exact;
        let status = 'ok';
        let note;
        if (!def) {
            status = 'unknown-op';
            note = `no definition for op '${node.opType}' in domain '${domainLabel(domain)}'`;
            const key = `${domain}::${node.opType}`;
            const u = this.unknown.get(key) ?? { domain, opType: node.opType, count: 0 };
            if (this.silent === 0)
                u.count++;
            if (u.count > 0)
                this.unknown.set(key, u);
            this.reason(`unknown:${key}`, `unknown op ${domainLabel(domain)}::${node.opType} is not costed`, 'nodes');
            outputs = this.fromValueInfo(node, level);
        }
        else {
            const ctx = new NodeContext(this, node, origin, level, slot, opset, opInputs);
            let inferred = false;
            try {
                if (outCount === 0)
                    throw new types/* OpError */.mC('the node has no outputs');
                const res = def.infer(ctx);
                const given = res.outputs;
                let out = given;
                if (given.length !== outCount || hasHole(given)) {
                    const filled = new Array(outCount);
                    for (let i = 0; i < outCount; i++)
                        filled[i] = given[i] ?? UNKNOWN_TYPE;
                    out = filled;
                }
                out = this.rankFromValueInfo(node, level, out);
                let anyUnknownRank = false;
                for (let i = 0; i < outCount; i++) {
                    const t = out[i];
                    if (t.shape === undefined)
                        anyUnknownRank = true;
                    else if (t.shape.length > limits/* MAX_RANK */.ee)
                        checkRank(t.shape.length, nodeLabel(node));
                }
                for (let i = 0; i < outCount; i++) {
                    const shape = out[i].shape;
                    if (shape === undefined)
                        continue;
                    for (let k = 0; k < shape.length; k++) {
                        const d = shape[k];
                        if (typeof d === 'number' && (d >>> 0) !== d && (!Number.isSafeInteger(d) || d < 0))
                            throw new types/* OpError */.mC(`inferred an invalid dimension ${d}`);
                    }
                }
                outputs = out;
                values = foldedValues(res.values, outCount);
                inferred = true;
                if (unknownInput && anyUnknownRank) {
                    throw new types/* UnresolvedDimError */.g8('rank');
                }
                const c = def.cost(ctx, out, res.plan);
                let bytes;
                if (c.bytes !== undefined)
                    bytes = c.bytes;
                else if (def.movesData === false)
                    bytes = 0;
                else
                    bytes = defaultBytes(opInputs, out, node.outputs);
                cost = c.macs === 0 && c.flops === 0 && bytes === 0 ? ZERO_COST : { macs: c.macs, flops: c.flops, bytes };
                if (c.exact) {
                    const e = c.bytes !== undefined ? c.exact : { ...c.exact, bytes: (0,shapes_exact/* exactOf */.LN)(cost).bytes };
                    cost = (0,shapes_exact/* numbersOf */.cZ)(e);
                    if (!(Number.isFinite(cost.macs) && Number.isFinite(cost.flops) && Number.isFinite(cost.bytes)))
                        throw new limits/* LimitError */.oC(`${nodeLabel(node)}: cost is beyond 1.8e308, the largest number model-budget can report: not measurable`);
                    if (!(0,shapes_exact/* isSafeCount */.Bh)(e.macs) || !(0,shapes_exact/* isSafeCount */.Bh)(e.flops) || !(0,shapes_exact/* isSafeCount */.Bh)(e.bytes))
                        exact = e;
                }
                const badKey = cost === ZERO_COST ? undefined : invalidCostKey(cost);
                if (badKey)
                    throw new types/* OpError */.mC(`cost ${badKey} came out as ${cost[badKey]} (shapes ${opInputs.map((x) => formatType(x?.type)).join(', ')})`);
                if (!c.exact && (cost.macs > MAX_SAFE || cost.flops > MAX_SAFE || cost.bytes > MAX_SAFE)) {
                    this.warn(`${nodeLabel(node)}: cost exceeds 2^53; the numbers are approximate (are the input sizes right?)`);
                }
                if (c.note)
                    note = c.note;
                if (c.lowerBound) {
                    status = 'lower-bound';
                    note = c.note ? `${c.lowerBound}; ${c.note}` : c.lowerBound;
                    this.reason(`lb:${node.name}:${c.lowerBound}`, `${c.lowerBound} (${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''})`);
                }
            }
            catch (e) {
                if (e instanceof types/* OpLimitError */.lI)
                    throw new limits/* LimitError */.oC(`${nodeLabel(node)}: ${e.message}`);
                if (e instanceof errors/* GraphError */.h9)
                    throw e;
                if (e instanceof types/* UnresolvedDimError */.g8) {
                    if (!inferred)
                        outputs = this.fromValueInfo(node, level);
                    status = 'unresolved';
                    cost = ZERO_COST;
                    exact = undefined;
                    note = this.unresolvedNote(node, e.dim, unknownInput);
                }
                else if (e instanceof types/* OpError */.mC) {
                    if (!inferred) {
                        outputs = this.fromValueInfo(node, level);
                        values = undefined;
                    }
                    cost = ZERO_COST;
                    exact = undefined;
                    if (unknownInput) {
                        status = 'unresolved';
                        note = `input '${unknownInput.name}' has unknown shape (${e.message})`;
                        this.reason('unknown-input', `${nodeLabel(node)}: input '${unknownInput.name}' has unknown shape, not costed`);
                    }
                    else {
                        status = 'error';
                        note = e.message;
                        this.reason(`error:${node.name}`, `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''}: ${e.message}`);
                    }
                }
                else if (unknownInput) {
                    outputs = this.fromValueInfo(node, level);
                    values = undefined;
                    cost = ZERO_COST;
                    exact = undefined;
                    status = 'unresolved';
                    note = `input '${unknownInput.name}' has unknown shape`;
                    this.reason('unknown-input', `${nodeLabel(node)}: input '${unknownInput.name}' has unknown shape, not costed`);
                }
                else {
                    throw errors/* InternalError */.Gd.wrap(e, { op: `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ''}` });
                }
            }
        }
        const outTypes = outputs ?? this.fromValueInfo(node, level);
        const isConstant = node.constant === true;
        const checkInfo = status !== 'unknown-op' && status !== 'error';
        const outBase = levelIndex.outStart[f];
        for (let i = 0; i < outCount; i++) {
            const id = levelIndex.outs[outBase + i];
            if (id === topo/* NO_VALUE */.GY)
                continue;
            const name = node.outputs[i];
            const type = outTypes[i];
            if (checkInfo) {
                const vi = level.valueInfo.get(name);
                if (vi)
                    this.checkValueInfo(node, name, type, vi);
            }
            const value = values?.[i];
            scope.byId[id] = stored(name, type, value, isConstant, false);
        }
        const result = {
            node,
            scope: origin.scope,
            inTotals: level.inTotals,
            def,
            opset,
            outputs: outTypes,
            cost,
            params: weightParams(node, opInputs, this.readAsWeight),
            status,
            frees: activationsOf(frees, index),
        };
        if (level.parent !== undefined)
            result.parent = level.parent;
        if (exact)
            result.exact = exact;
        if (note !== undefined)
            result.note = note;
        this.results[slot] = result;
        return slot;
    }
    checkValueInfo(node, name, type, vi) {
        if (vi.kind !== 'tensor')
            return;
        let agree = true;
        if (vi.dtype && type.dtype && vi.dtype !== type.dtype)
            agree = false;
        if (vi.shape && type.shape) {
            if (vi.shape.length !== type.shape.length)
                agree = false;
            else {
                for (let i = 0; i < vi.shape.length; i++) {
                    const d = vi.shape[i];
                    const t = type.shape[i];
                    if (typeof d === 'number' && typeof t === 'number' && d !== t)
                        agree = false;
                }
            }
        }
        if (!agree) {
            this.warn(`${nodeLabel(node)}: output '${name}' is inferred as ${formatType(type)} but the file's value_info says ${formatInfo(vi)}; using the inferred type`);
        }
    }
    listed = new WeakMap();
    runSubgraph(owner, ownerOrigin, level, ownerSlot, graph, inputs, values) {
        const attr = (0,topo/* subgraphsOf */.RQ)(owner).find((g) => g.graph === graph)?.attr ?? (graph.name || 'body');
        const path = `${ownerOrigin.scope ? `${ownerOrigin.scope}/` : ''}${owner.name}/${attr}`;
        const scope = new Scope(level.scope);
        graph.inputs.forEach((v, i) => {
            const given = inputs[i];
            const type = given && (given.shape !== undefined || given.dtype !== undefined) ? given : this.typeFromInfo(v);
            const value = values[i];
            scope.set(v.name, stored(v.name, type, value, false, false));
        });
        this.addInitializers(graph, scope);
        const seen = this.listed.get(owner) ?? new Set();
        this.listed.set(owner, seen);
        const listed = seen.has(graph);
        seen.add(graph);
        const sub = { path, label: path, scope, valueInfo: valueInfoMap(graph), inTotals: false, parent: ownerSlot };
        checkDepth(ownerOrigin.depth + 1, `${path} (body of node '${owner.name}')`);
        const flat = this.flatten(graph.nodes, { scope: path, opsets: ownerOrigin.opsets, calls: ownerOrigin.calls, depth: ownerOrigin.depth + 1 });
        const index = (0,topo/* indexLevel */.vI)(flat.nodes, scope.ids, path);
        const start = this.results.length;
        if (listed)
            this.silent++;
        let idx;
        try {
            idx = this.runLevel(flat, index, sub, listed ? undefined : this.lifetimes(flat, index, graph, scope, false));
        }
        finally {
            if (listed)
                this.silent--;
        }
        const sum = new shapes_exact/* ExactSum */.PA();
        let lowerBound;
        for (const i of idx) {
            const r = this.results[i];
            sum.add(r);
            if (r.status !== 'ok' && lowerBound === undefined) {
                lowerBound = `${path}: node '${r.node.name}' ${r.status === 'lower-bound' ? 'is a lower bound' : `is ${r.status}`}${r.note ? ` (${r.note})` : ''}`;
            }
        }
        const exact = sum.value();
        if (listed)
            this.results.length = start;
        const outs = graph.outputs.map((o) => scope.lookup(o.name));
        return {
            outputs: outs.map((v) => v?.type ?? UNKNOWN_TYPE),
            values: outs.map((v) => v?.value),
            cost: (0,shapes_exact/* numbersOf */.cZ)(exact),
            exact,
            lowerBound,
        };
    }
}
const engine_NONE = Object.freeze([]);
const UNTRACKED = -3;
const DROPPED = -2;
function mainValueIds(main, inputs, index, frees) {
    const liveAtStart = new Int32Array(inputs.length);
    for (let i = 0; i < inputs.length; i++)
        liveAtStart[i] = main.ids.ids.get(inputs[i].name);
    const { order, outs, outStart } = index;
    const count = main.ids.size;
    if (index.inFileOrder)
        return { count, liveAtStart, outputs: outs, outputStart: outStart, frees: frees.ids, freeStart: frees.start };
    const n = order.length;
    const outputs = new Int32Array(outs.length);
    const outputStart = new Int32Array(n + 1);
    for (let p = 0; p < n; p++) {
        const f = order[p];
        const from = outStart[f];
        const count = outStart[f + 1] - from;
        const at = outputStart[p];
        for (let k = 0; k < count; k++)
            outputs[at + k] = outs[from + k];
        outputStart[p + 1] = at + count;
    }
    return { count, liveAtStart, outputs, outputStart, frees: frees.ids, freeStart: frees.start };
}
function activationsOf(frees, i) {
    if (!frees)
        return engine_NONE;
    const from = frees.start[i];
    const to = frees.start[i + 1];
    return from === to ? engine_NONE : frees.names.slice(from, to);
}
function hasHole(list) {
    for (let i = 0; i < list.length; i++)
        if (list[i] === undefined)
            return true;
    return false;
}
function invalidCostKey(c) {
    if (!Number.isFinite(c.macs) || c.macs < 0)
        return 'macs';
    if (!Number.isFinite(c.flops) || c.flops < 0)
        return 'flops';
    if (!Number.isFinite(c.bytes) || c.bytes < 0)
        return 'bytes';
    return undefined;
}
function nodeLabel(node) {
    return `node '${node.name}' (${node.opType})`;
}
function foldedValues(given, count) {
    if (!given)
        return undefined;
    let large = false;
    for (let i = 0; i < count && i < given.length; i++) {
        const v = given[i];
        if (v && v.data.length > types/* MAX_FOLD_ELEMENTS */.fE)
            large = true;
    }
    if (!large)
        return given;
    const out = new Array(count);
    for (let i = 0; i < count; i++) {
        const v = given[i];
        out[i] = v && v.data.length <= types/* MAX_FOLD_ELEMENTS */.fE ? v : undefined;
    }
    return out;
}
class NodeContext {
    constructor(engine, node, origin, level, slot, opset, inputs) {
        this.engine = engine;
        this.node = node;
        this.origin = origin;
        this.level = level;
        this.slot = slot;
        this.opset = opset;
        this.inputs = inputs;
        this.freshDims = 0;
        this.attrReader = undefined;
    }
    get attrs() {
        return (this.attrReader ??= attrReader(this.node));
    }
    input(i) {
        const x = this.inputs[i];
        if (!x)
            throw new types/* OpError */.mC(`input ${i} is missing`);
        return x;
    }
    shapeOf(i) {
        const x = this.input(i);
        if (!x.type.shape)
            throw new types/* OpError */.mC(`input ${i} ('${x.name}') has unknown rank`);
        return x.type.shape;
    }
    subgraph(graph, inputs, values) {
        return this.engine.runSubgraph(this.node, this.origin, this.level, this.slot, graph, inputs, values ?? []);
    }
    freshDim(hint) {
        return this.engine.freshFor(this.node, ++this.freshDims, hint);
    }
    warn(message) {
        this.engine.warnFor(this.node, message);
    }
}
function checkRank(rank, what) {
    if (rank > limits/* MAX_RANK */.ee)
        throw new limits/* LimitError */.oC(`${what}: rank ${rank.toLocaleString('en-US')} is above ${limits/* MAX_RANK */.ee}, the largest model-budget supports`);
}
function checkDepth(depth, what) {
    if (depth > limits/* MAX_GRAPH_DEPTH */.kD)
        throw new limits/* LimitError */.oC(`${what}: graphs and local-function calls nest more than ${limits/* MAX_GRAPH_DEPTH */.kD} deep`);
}
function symbolicDimNames(graph) {
    const names = new Set();
    for (const g of (0,ir/* walkGraphs */.V)(graph)) {
        for (const v of [...g.inputs, ...g.outputs, ...g.valueInfo]) {
            for (const d of v.shape ?? [])
                if (typeof d === 'string')
                    names.add(d);
        }
    }
    return names;
}
function valueInfoMap(graph) {
    const m = new Map();
    for (const v of graph.valueInfo)
        m.set(v.name, v);
    for (const v of graph.outputs)
        m.set(v.name, v);
    return m;
}
function readBefore(inputs, i, seen) {
    const name = inputs[i].name;
    if (seen)
        return seen.has(name);
    for (let j = 0; j < i; j++)
        if (inputs[j]?.name === name)
            return true;
    return false;
}
const SCAN_INPUTS = 16;
function seenSet(inputs) {
    return inputs.length > SCAN_INPUTS ? new Set() : undefined;
}
function defaultBytes(inputs, outputs, names) {
    let bytes = 0;
    const seen = seenSet(inputs);
    for (let i = 0; i < inputs.length; i++) {
        const x = inputs[i];
        if (!x || readBefore(inputs, i, seen))
            continue;
        seen?.add(x.name);
        bytes += typeBytes(x.type);
    }
    for (let i = 0; i < outputs.length; i++)
        if (names[i] !== '')
            bytes += typeBytes(outputs[i]);
    return bytes;
}
function typeBytes(t) {
    if (!t.shape)
        throw new types/* UnresolvedDimError */.g8('rank');
    if (!t.dtype)
        throw new types/* UnresolvedDimError */.g8('dtype');
    let n = 1;
    const shape = t.shape;
    for (let i = 0; i < shape.length; i++) {
        const d = shape[i];
        if (typeof d !== 'number')
            throw new types/* UnresolvedDimError */.g8(d);
        n *= d;
    }
    return (0,graph_dtype/* bytesFor */.D_)(t.dtype, n);
}
function weightParams(node, inputs, readAsWeight) {
    let params = 0;
    const seen = seenSet(inputs);
    for (let i = 0; i < inputs.length; i++) {
        const v = inputs[i];
        if (!v || (v.storedParams < 0 && !v.isConstant) || readBefore(inputs, i, seen))
            continue;
        seen?.add(v.name);
        if (v.storedParams >= 0) {
            params += v.storedParams;
            continue;
        }
        if (!v.isConstant || !v.type.dtype || !v.type.shape)
            continue;
        if (!((0,graph_dtype/* isWeightDType */.TW)(v.type.dtype) || isWeightInput(node, i) || readAsWeight(v.name)))
            continue;
        let n = 1;
        const shape = v.type.shape;
        for (let k = 0; k < shape.length; k++) {
            const d = shape[k];
            n *= typeof d === 'number' ? d : NaN;
        }
        if (Number.isFinite(n))
            params += n;
    }
    return params;
}
function expandFunction(fn, call) {
    const prefix = call.name;
    const rename = new Map();
    fn.inputs.forEach((formal, i) => rename.set(formal, call.inputs[i] ?? ''));
    fn.outputs.forEach((formal, i) => rename.set(formal, call.outputs[i] ?? `${prefix}/${formal}`));
    const nameOf = (inner) => {
        if (!inner)
            return '';
        return rename.get(inner) ?? `${prefix}/${inner}`;
    };
    const resolveRef = (name) => call.attributes.get(name) ?? fn.attributeDefaults.get(name);
    return fn.nodes.map((n, i) => ({
        ...n,
        name: `${prefix}/${n.name || `${n.opType}_${i}`}`,
        inputs: n.inputs.map(nameOf),
        outputs: n.outputs.map(nameOf),
        attributes: rewriteAttrs(n.attributes, nameOf, resolveRef),
    }));
}
function rewriteAttrs(attrs, outer, resolveRef) {
    const out = new Map();
    for (const [k, a] of attrs) {
        if (a.type === 'ref') {
            const v = resolveRef(a.value);
            if (v)
                out.set(k, v);
        }
        else if (a.type === 'graph')
            out.set(k, { type: 'graph', value: renameGraph(a.value, outer, resolveRef) });
        else if (a.type === 'graphs')
            out.set(k, { type: 'graphs', value: a.value.map((g) => renameGraph(g, outer, resolveRef)) });
        else
            out.set(k, a);
    }
    return out;
}
function renameGraph(graph, outer, resolveRef) {
    const local = new Set();
    for (const v of graph.inputs)
        local.add(v.name);
    for (const n of graph.initializers.keys())
        local.add(n);
    for (const node of graph.nodes)
        for (const o of node.outputs)
            if (o)
                local.add(o);
    const nameOf = (n) => (!n || local.has(n) ? n : outer(n));
    return {
        ...graph,
        nodes: graph.nodes.map((n) => ({ ...n, inputs: n.inputs.map(nameOf), attributes: rewriteAttrs(n.attributes, nameOf, resolveRef) })),
        outputs: graph.outputs.map((o) => (local.has(o.name) ? o : { ...o, name: outer(o.name) })),
    };
}
function runEngine(model, lookup, options = {}) {
    try {
        return new Engine(model, lookup, options).run();
    }
    catch (e) {
        if (e instanceof RangeError && /call stack/i.test(e.message)) {
            throw new limits/* LimitError */.oC('the graph is nested too deeply to profile (stack overflow)');
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./build/src/profile/params.js



function countParams(model, graphs = (0,ir/* walkGraphs */.V)(model.graph), byUse = valuesReadAsWeights(graphs, model.functions)) {
    const byDtype = {};
    const nonWeight = { elements: 0, bytes: 0 };
    let total = 0;
    let bytes = 0;
    const storages = new Set();
    let readAsWeights = byUse.graph;
    const count = (t, readAs) => {
        if (t.storageKey !== undefined) {
            if (storages.has(t.storageKey))
                return;
            storages.add(t.storageKey);
        }
        const elements = t.storedElements ?? t.elements;
        if (!(0,graph_dtype/* isWeightDType */.TW)(t.dtype) && t.quantization === undefined && !readAsWeights.has(readAs)) {
            nonWeight.elements += elements;
            nonWeight.bytes += t.byteSize;
            return;
        }
        total += elements;
        bytes += t.byteSize;
        const key = t.quantization === undefined && t.storedElements === undefined ? t.dtype : annotatedDtype(t);
        const slot = (byDtype[key] ??= { elements: 0, bytes: 0 });
        slot.elements += elements;
        slot.bytes += t.byteSize;
    };
    for (const graph of graphs) {
        graph.initializers.forEach(count);
        countConstants(graph.nodes, count);
    }
    for (const f of model.functions) {
        readAsWeights = byUse.functions.get(f) ?? new Set();
        countConstants(f.nodes, count);
    }
    return { total, bytes, byDtype: byDtype, nonWeight };
}
function countConstants(nodes, count) {
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.constant !== true)
            continue;
        const readAs = node.outputs[0] ?? '';
        node.attributes.forEach((attr, name) => {
            if (attr.type === 'tensor' || attr.type === 'sparse_tensor')
                count(attr.value, readAs);
            else {
                const t = listConstant(name, attr);
                if (t)
                    count(t, readAs);
            }
        });
    }
}
function listConstant(name, attr) {
    if (name === 'value_float' && attr.type === 'float')
        return storedList('float32', []);
    if (name === 'value_floats' && attr.type === 'floats')
        return storedList('float32', [attr.value.length]);
    if (name === 'value_int' && attr.type === 'int')
        return storedList('int64', []);
    if (name === 'value_ints' && attr.type === 'ints')
        return storedList('int64', [attr.value.length]);
    return undefined;
}
function storedList(dtype, dims) {
    const elements = dims.length ? dims[0] : 1;
    return { name: '', dtype, dims, elements, byteSize: (0,graph_dtype/* bytesFor */.D_)(dtype, elements), storage: 'embedded' };
}
function annotatedDtype(t) {
    const how = [t.quantization, t.storedElements !== undefined ? 'sparse: stored elements' : undefined].filter(Boolean);
    return how.length ? `${t.dtype} (${how.join('; ')})` : t.dtype;
}

// EXTERNAL MODULE: ./build/src/graph/census.js
var graph_census = __webpack_require__(5175);
// EXTERNAL MODULE: ./build/src/graph/name-table.js
var name_table = __webpack_require__(4374);
// EXTERNAL MODULE: ./build/src/profile/types.js
var profile_types = __webpack_require__(9010);
;// CONCATENATED MODULE: ./build/src/profile/peak-memory.js


function simulatePeak(input) {
    const unknown = new Set();
    const sizes = new Map();
    const sizeOf = (name) => {
        let size = sizes.get(name);
        if (size === undefined) {
            const given = input.sizeOf(name);
            if (given === undefined) {
                unknown.add(name);
                size = 0n;
            }
            else {
                size = BigInt(given);
            }
            sizes.set(name, size);
        }
        return size;
    };
    const replay = (stop) => {
        const live = new Set();
        let current = 0n;
        const allocate = (name) => {
            if (live.has(name))
                return;
            live.add(name);
            current += sizeOf(name);
        };
        for (const name of input.liveAtStart)
            allocate(name);
        let peak = current;
        let peakStep = -1;
        const last = stop ?? input.steps.length - 1;
        for (let i = 0; i <= last; i++) {
            const step = input.steps[i];
            for (const name of step.allocates)
                allocate(name);
            if (i === stop)
                break;
            const during = current + BigInt(step.transientBytes ?? 0);
            if (during > peak) {
                peak = during;
                peakStep = i;
            }
            for (const name of step.frees) {
                if (!live.delete(name))
                    continue;
                current -= sizes.get(name) ?? 0n;
            }
        }
        return { peak, peakStep, live };
    };
    const { peak, peakStep } = replay();
    const liveAtPeak = [...replay(peakStep).live];
    return {
        peakBytes: Number(peak),
        peakBytesExact: peak,
        peakStep,
        peakAt: peakStep >= 0 ? input.steps[peakStep].name : '',
        liveAtPeak,
        unknownSizes: [...unknown],
    };
}
function peak_memory_typeBytes(type) {
    if (!type?.dtype || !type.shape || type.dtype === 'string')
        return undefined;
    let n = 1;
    for (const d of type.shape) {
        if (typeof d !== 'number')
            return undefined;
        n *= d;
    }
    const bitsPerElement = (0,graph_dtype/* dtypeBits */.$C)(type.dtype);
    if (Number.isSafeInteger(n * bitsPerElement + 7))
        return BigInt(Math.floor((n * bitsPerElement + 7) / 8));
    let elements = 1n;
    for (const d of type.shape) {
        if (typeof d !== 'number')
            return undefined;
        elements *= BigInt(d);
    }
    const bits = elements * BigInt((0,graph_dtype/* dtypeBits */.$C)(type.dtype));
    return (bits + 7n) / 8n;
}
const MAX_LISTED_UNKNOWN = 5;
function peakFromEngine(result) {
    const nodes = result.nodes;
    let children;
    for (let i = 0; i < nodes.length; i++) {
        const parent = nodes[i].parent;
        if (parent === undefined)
            continue;
        children ??= new Map();
        const list = children.get(parent);
        if (list)
            list.push(i);
        else
            children.set(parent, [i]);
    }
    const bodyUnknown = new Set();
    const bodyPeak = (i) => {
        const kids = children?.get(i);
        if (!kids || kids.length === 0)
            return 0n;
        const owner = nodes[i];
        const byScope = new Map();
        const prefix = `${owner.scope ? `${owner.scope}/` : ''}${owner.node.name}/`;
        for (const k of kids) {
            const own = nodes[k].scope;
            const rest = own.startsWith(prefix) ? own.slice(prefix.length) : undefined;
            const scope = rest === undefined ? own : prefix + rest.split('/')[0];
            const list = byScope.get(scope) ?? [];
            list.push(k);
            byScope.set(scope, list);
        }
        let largest = 0n;
        for (const [scope, members] of byScope) {
            const sizes = new Map();
            const aliased = scope.startsWith(prefix) ? outputsOfNode(owner.node, scope.slice(prefix.length)) : undefined;
            const steps = members.map((k) => {
                const nr = nodes[k];
                const allocates = [];
                if (nr.node.constant !== true) {
                    nr.node.outputs.forEach((o, j) => {
                        if (o === '' || aliased?.has(o))
                            return;
                        sizes.set(o, peak_memory_typeBytes(nr.outputs[j]));
                        allocates.push(o);
                    });
                }
                return { name: nr.node.name, allocates, frees: nr.frees, transientBytes: bodyPeak(k) };
            });
            const peak = simulatePeak({ liveAtStart: [], steps, sizeOf: (v) => sizes.get(v) });
            for (const u of peak.unknownSizes)
                bodyUnknown.add(`${scope}/${u}`);
            if (peak.peakBytesExact > largest)
                largest = peak.peakBytesExact;
        }
        return largest;
    };
    const transient = new Map();
    if (children)
        for (const i of children.keys())
            if (nodes[i].inTotals)
                transient.set(i, bodyPeak(i));
    const peak = mainPeakByIds(result, transient) ?? simulatePeak({
        liveAtStart: result.liveAtStart,
        steps: mainSteps(result, transient),
        sizeOf: (v) => peak_memory_typeBytes(result.values.get(v)?.type),
    });
    const unknown = bodyUnknown.size === 0 ? peak.unknownSizes : [...peak.unknownSizes, ...bodyUnknown];
    const reasons = unknown.length === 0 ? [] : [
        `${profile_types/* PEAK_REASON_PREFIX */.m_}size of ${unknown.length} value(s) unknown (${unknown.slice(0, MAX_LISTED_UNKNOWN).map((u) => `'${u}'`).join(', ')}${unknown.length > MAX_LISTED_UNKNOWN ? ', ...' : ''})`,
    ];
    return {
        peakBytes: peak.peakBytes, peakBytesExact: peak.peakBytesExact, peakStep: peak.peakStep, peakAt: peak.peakAt,
        liveAtPeak: peak.liveAtPeak, unknownSizes: unknown, lowerBoundReasons: reasons,
    };
}
function outputsOfNode(owner, attr) {
    if (owner.domain !== '' || (owner.opType !== 'If' && owner.opType !== 'Scan'))
        return undefined;
    const a = owner.attributes.get(attr);
    if (a?.type !== 'graph')
        return undefined;
    const outs = a.value.outputs;
    let from = 0;
    if (owner.opType === 'Scan') {
        const numScan = owner.attributes.get('num_scan_inputs');
        if (numScan?.type !== 'int' || a.value.inputs.length !== owner.inputs.length)
            return undefined;
        from = a.value.inputs.length - numScan.value;
        if (from < 0)
            return undefined;
    }
    const axes = owner.opType === 'Scan' ? owner.attributes.get('scan_output_axes') : undefined;
    const set = new Set();
    for (let i = from; i < outs.length; i++) {
        if (axes?.type === 'ints' && (axes.value[i - from] ?? 0) !== 0)
            continue;
        set.add(outs[i].name);
    }
    return set;
}
function mainSteps(result, transient) {
    const steps = [];
    result.nodes.forEach((n, i) => {
        if (!n.inTotals)
            return;
        steps.push({
            name: n.node.name,
            allocates: n.node.outputs.filter((o) => o !== '' && !result.values.get(o)?.isConstant),
            frees: n.frees,
            transientBytes: transient.get(i) ?? 0n,
        });
    });
    return steps;
}
function safeTypeBytes(type) {
    if (!type?.dtype || !type.shape || type.dtype === 'string')
        return -1;
    let n = 1;
    const shape = type.shape;
    for (let i = 0; i < shape.length; i++) {
        const d = shape[i];
        if (typeof d !== 'number')
            return -1;
        n *= d;
    }
    const bits = n * (0,graph_dtype/* dtypeBits */.$C)(type.dtype) + 7;
    return Number.isSafeInteger(bits) ? Math.floor(bits / 8) : NaN;
}
const peak_memory_MAX_SAFE = Number.MAX_SAFE_INTEGER;
const NOT_FREED = 0x7fffffff;
const UNSEEN = -2;
function mainPeakByIds(result, transient) {
    const { nodes, values } = result;
    const ids = result.mainIds;
    if (ids === undefined || ids.liveAtStart.length !== result.liveAtStart.length)
        return undefined;
    const count = ids.count;
    if (!Number.isSafeInteger(count) || count < 0 || count > MAX_IDS)
        return undefined;
    const { outputStart, freeStart } = ids;
    const { sizes, liveEvent } = replayScratch(count);
    sizes.fill(UNSEEN, 0, count);
    liveEvent.fill(-1, 0, count);
    const unknown = [];
    const events = [];
    const allocatedAt = [];
    const freedAt = [];
    let current = 0;
    let step = -1;
    const allocate = (id, name, type) => {
        if (!(id >= 0 && id < count))
            return false;
        if (liveEvent[id] >= 0)
            return true;
        let size = sizes[id];
        if (size === UNSEEN) {
            size = safeTypeBytes(type);
            if (size !== size)
                return false;
            if (size < 0) {
                unknown.push(name);
                size = 0;
            }
            sizes[id] = size;
        }
        liveEvent[id] = events.length;
        current += size;
        events.push(name);
        allocatedAt.push(step);
        freedAt.push(NOT_FREED);
        return current <= peak_memory_MAX_SAFE;
    };
    const start = result.liveAtStart;
    const startIds = ids.liveAtStart;
    for (let i = 0; i < start.length; i++)
        if (!allocate(startIds[i], start[i], values.get(start[i])?.type))
            return undefined;
    let peak = current;
    let peakStep = -1;
    let peakAt = '';
    for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i];
        if (!n.inTotals)
            continue;
        step++;
        const outs = n.node.outputs;
        if (step + 1 >= outputStart.length || step + 1 >= freeStart.length)
            return undefined;
        if (outputStart[step + 1] - outputStart[step] !== outs.length || freeStart[step + 1] - freeStart[step] !== n.frees.length)
            return undefined;
        if (n.node.constant !== true) {
            const base = outputStart[step];
            for (let j = 0; j < outs.length; j++) {
                if (outs[j] !== '' && !allocate(ids.outputs[base + j], outs[j], n.outputs[j]))
                    return undefined;
            }
        }
        let during = current;
        if (transient.size > 0) {
            const body = transient.get(i);
            if (body !== undefined && body > 0n) {
                if (body > BigInt(peak_memory_MAX_SAFE))
                    return undefined;
                during += Number(body);
                if (during > peak_memory_MAX_SAFE)
                    return undefined;
            }
        }
        if (during > peak) {
            peak = during;
            peakStep = step;
            peakAt = n.node.name;
        }
        const frees = ids.frees;
        for (let k = freeStart[step]; k < freeStart[step + 1]; k++) {
            const id = frees[k];
            if (!(id >= 0 && id < count))
                return undefined;
            const e = liveEvent[id];
            if (e < 0)
                continue;
            liveEvent[id] = -1;
            current -= sizes[id];
            freedAt[e] = step;
        }
    }
    if (step + 2 !== outputStart.length || step + 2 !== freeStart.length)
        return undefined;
    const liveAtPeak = [];
    for (let e = 0; e < events.length; e++) {
        if (allocatedAt[e] <= peakStep && freedAt[e] >= peakStep)
            liveAtPeak.push(events[e]);
    }
    return { peakBytes: peak, peakBytesExact: BigInt(peak), peakStep, peakAt, liveAtPeak, unknownSizes: unknown };
}
let keptSizes = new Float64Array(0);
let keptLiveEvent = new Int32Array(0);
const KEPT_IDS = 1 << 16;
function replayScratch(count) {
    if (count <= keptSizes.length)
        return { sizes: keptSizes, liveEvent: keptLiveEvent };
    const sizes = new Float64Array(count);
    const liveEvent = new Int32Array(count);
    if (count <= KEPT_IDS) {
        keptSizes = sizes;
        keptLiveEvent = liveEvent;
    }
    return { sizes, liveEvent };
}
const MAX_IDS = 1 << 28;

// EXTERNAL MODULE: ./build/src/profile/roofline.js
var roofline = __webpack_require__(8187);
;// CONCATENATED MODULE: ./build/src/profile/profile.js








function profileModel(model, engine, params, options) {
    const initializers = model.graph.initializers;
    const declaredInputs = model.graph.inputs.filter((v) => !initializers.has(v.name));
    const boundInputs = new Map(engine?.inputs.map((x) => [x.name, x.type]));
    const boundOutputs = new Map(engine?.outputs.map((x) => [x.name, x.type]));
    const base = {
        schemaVersion: profile_types/* PROFILE_SCHEMA_VERSION */.HO,
        model: {
            path: options.path,
            format: model.format,
            fileBytes: model.fileBytes,
            externalDataBytes: options.externalDataBytes ?? 0,
            formatVersion: model.formatVersion,
            producer: model.producer,
            opsets: opsetRecord(model.opsetImports),
        },
        inputs: declaredInputs.map((v) => valueSummary(v, boundInputs.get(v.name))),
        outputs: model.graph.outputs.map((v) => valueSummary(v, boundOutputs.get(v.name))),
        params,
        opHistogram: opHistogram(model, options.census),
    };
    if (!engine)
        return { ...base, unknownOps: [], warnings: [] };
    const counted = countedNodes(engine.nodes);
    const peak = peakFromEngine(engine);
    const costReasons = [
        ...engine.lowerBoundReasons,
        ...(engine.unknownOps.length > 0 && engine.lowerBoundReasons.length === 0
            ? [`${engine.unknownOps.reduce((s, u) => s + u.count, 0)} node(s) of unknown op type not counted`]
            : []),
    ];
    const reasons = dedupe([...costReasons, ...peak.lowerBoundReasons]);
    const sums = engine.exactTotals;
    const exact = exactCounts({ macs: sums.macs, flops: sums.flops, memoryBytes: sums.bytes, peakActivationBytes: peak.peakBytesExact });
    const totals = {
        macs: finite(sums.macs, 'MACs', options.path),
        flops: finite(sums.flops, 'FLOPs', options.path),
        memoryBytes: finite(sums.bytes, 'memory access', options.path),
        peakActivationBytes: finite(peak.peakBytesExact, 'peak activation memory', options.path),
        peakActivationNode: peak.peakAt,
        lowerBound: reasons.length > 0,
        lowerBoundReasons: reasons,
        lowerBoundMetrics: costReasons.length > 0 ? profile_types/* COST_BOUND_METRICS */.rZ : peak.lowerBoundReasons.length > 0 ? profile_types/* PEAK_BOUND_METRICS */.Vl : [],
    };
    if (exact)
        totals.exact = exact;
    const hw = options.hardware;
    const roof = hw ? (0,roofline/* roofline */.B)(counted.map((n) => ({ flops: n.cost.flops, bytes: n.cost.bytes })), hw) : undefined;
    let latencies;
    if (roof) {
        latencies = new Array(engine.nodes.length);
        for (let i = 0, c = 0; i < engine.nodes.length; i++)
            if (engine.nodes[i].inTotals)
                latencies[i] = roof.nodes[c++].latencySeconds;
    }
    if (roof && !Number.isFinite(roof.latencySeconds)) {
        throw new errors/* ModelFileError */.EO(options.path, 'the roofline latency is beyond 1.8e308 seconds: not measurable');
    }
    const rooflineSummary = hw && roof ? {
        hardware: hw.id,
        hardwareName: hw.name,
        peakFlops: hw.peakFlops,
        bandwidth: hw.bandwidth,
        latencySeconds: roof.latencySeconds,
        arithmeticIntensity: roof.arithmeticIntensity,
        ridgePoint: roof.ridgePoint,
        computeBoundNodes: roof.computeBoundNodes,
        memoryBoundNodes: roof.memoryBoundNodes,
    } : undefined;
    const head = {
        schemaVersion: base.schemaVersion, model: base.model, inputs: base.inputs, outputs: base.outputs,
        params: base.params, opHistogram: base.opHistogram, totals, byOpType: byOpType(counted),
    };
    if (options.includeNodes !== false)
        head.nodes = nodeProfiles(engine.nodes, latencies);
    if (rooflineSummary)
        head.roofline = rooflineSummary;
    const result = head;
    result.unknownOps = engine.unknownOps.map((u) => ({ domain: u.domain, opType: u.opType, count: u.count }));
    result.warnings = [...engine.warnings];
    return result;
}
function byOpType(counted) {
    const rows = new Map();
    const all = [];
    let domain;
    let byType;
    for (let i = 0; i < counted.length; i++) {
        const n = counted[i];
        if (n.node.domain !== domain || !byType) {
            domain = n.node.domain;
            byType = rows.get(domain);
            if (!byType)
                rows.set(domain, (byType = new Map()));
        }
        let row = byType.get(n.node.opType);
        if (!row) {
            row = { opType: n.node.opType, domain: n.node.domain, count: 0, sum: new shapes_exact/* ExactSum */.PA() };
            byType.set(n.node.opType, row);
            all.push(row);
        }
        row.count++;
        row.sum.add(n);
    }
    return all.map((row) => {
        const safe = row.sum.safeNumbers();
        if (safe)
            return { opType: row.opType, domain: row.domain, count: row.count, macs: safe.macs, flops: safe.flops, memoryBytes: safe.bytes };
        const r = { opType: row.opType, domain: row.domain, count: row.count, sum: row.sum.value() };
        const exact = exactCounts({ macs: r.sum.macs, flops: r.sum.flops, memoryBytes: r.sum.bytes });
        return {
            opType: r.opType, domain: r.domain, count: r.count,
            macs: Number(r.sum.macs), flops: Number(r.sum.flops), memoryBytes: Number(r.sum.bytes),
            ...(exact ? { exact } : {}),
        };
    }).sort((a, b) => b.flops - a.flops || b.memoryBytes - a.memoryBytes || b.count - a.count
        || (0,order/* compareCodeUnits */.U)(a.opType, b.opType) || (0,order/* compareCodeUnits */.U)(a.domain, b.domain));
}
function opHistogram(model, census = (0,graph_census/* graphCensus */.k)(model.graph)) {
    const counts = new Map();
    census.ops.forEach((types, d) => types.forEach(({ count }, opType) => {
        const key = d === '' ? opType : `${d}.${opType}`;
        counts.set(key, (counts.get(key) ?? 0) + count);
    }));
    return sortedRecord(counts);
}
function sortedRecord(map) {
    const keys = [...map.keys()].sort(order/* compareCodeUnits */.U);
    const out = {};
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        (0,name_table/* setEntry */.RY)(out, k, map.get(k));
    }
    return out;
}
function countedNodes(nodes) {
    let i = 0;
    while (i < nodes.length && nodes[i].inTotals)
        i++;
    if (i === nodes.length)
        return nodes;
    const out = nodes.slice(0, i);
    for (; i < nodes.length; i++)
        if (nodes[i].inTotals)
            out.push(nodes[i]);
    return out;
}
function nodeProfiles(nodes, latencies) {
    const out = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++)
        out[i] = nodeProfile(nodes[i], i, latencies?.[i]);
    return out;
}
function nodeProfile(n, index, latency) {
    const outputShapes = new Array(n.outputs.length);
    for (let i = 0; i < outputShapes.length; i++)
        outputShapes[i] = n.outputs[i].shape ?? null;
    const name = n.node.name !== '' ? n.node.name : `${n.node.opType}@${index}`;
    const { opType, domain } = n.node;
    const { scope, params, status } = n;
    const { macs, flops, bytes: memoryBytes } = n.cost;
    const row = n.inTotals
        ? { name, opType, domain, scope, outputShapes, params, macs, flops, memoryBytes, status }
        : { name, opType, domain, scope, inTotals: false, outputShapes, params, macs, flops, memoryBytes, status };
    if (n.note !== undefined)
        row.note = n.note;
    if (latency !== undefined)
        row.latencySeconds = latency;
    if (n.exact)
        row.exact = exactCounts({ macs: n.exact.macs, flops: n.exact.flops, memoryBytes: n.exact.bytes });
    return row;
}
function exactCounts(counts) {
    let out;
    for (const k in counts) {
        const v = counts[k];
        if (v !== undefined && !(0,shapes_exact/* isSafeCount */.Bh)(v))
            (out ??= {})[k] = v.toString();
    }
    return out;
}
function finite(v, what, path) {
    const n = Number(v);
    if (!Number.isFinite(n))
        throw new errors/* ModelFileError */.EO(path, `total ${what} is beyond 1.8e308, the largest number model-budget can report: not measurable`);
    return n;
}
function valueSummary(v, bound) {
    const shape = v.shape ? [...v.shape] : null;
    const summary = { name: v.name, dtype: v.dtype ?? bound?.dtype ?? null, shape };
    if (!bound)
        return summary;
    const boundShape = bound.shape ? [...bound.shape] : null;
    return sameDims(shape, boundShape) ? summary : { ...summary, boundShape };
}
function sameDims(a, b) {
    if (a === null || b === null)
        return a === b;
    return a.length === b.length && a.every((d, i) => d === b[i]);
}
function opsetRecord(imports) {
    const named = new Map();
    imports.forEach((v, domain) => named.set(domain === '' ? 'ai.onnx' : domain, v));
    return sortedRecord(named);
}
function dedupe(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./build/src/profile/index.js












class ProfileOptionError extends errors/* UsageError */.eb {
    name = 'ProfileOptionError';
}
async function profileFile(path, options = {}) {
    await hardwareOf(options);
    return profileLoadedAs(await (0,registry/* readModel */.ko)(path, { dims: options.dims }), options, options.displayPath ?? path);
}
async function hardwareOf(options) {
    if (options.hardware === undefined && options.peakFlops === undefined && options.bandwidth === undefined)
        return undefined;
    const { HardwareOptionError, resolveHardware } = await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 1375));
    try {
        return resolveHardware({ hardware: options.hardware, peakFlops: options.peakFlops, bandwidth: options.bandwidth });
    }
    catch (e) {
        if (e instanceof HardwareOptionError)
            throw new ProfileOptionError(e.message);
        throw e;
    }
}
async function profileLoaded(loaded, options = {}) {
    return profileLoadedAs(loaded, options, options.displayPath ?? '(model)');
}
async function profileLoadedAs(loaded, options, display) {
    const hardware = await hardwareOf(options);
    if (loaded.kind === 'weights') {
        for (const name of Object.keys(options.inputs ?? {})) {
            throw new ProfileOptionError(`${display}: --input '${name}' does not apply: ${loaded.format.label} files have no graph inputs`);
        }
        const { profileWeights } = await __webpack_require__.e(/* import() */ 540).then(__webpack_require__.bind(__webpack_require__, 6540));
        return profileWeights(loaded.weights, {
            path: display,
            format: loaded.format.name,
            formatLabel: loaded.format.label,
            formatVersion: loaded.formatVersion,
            fileBytes: loaded.fileBytes,
            sideFileBytes: loaded.sideFileBytes,
            ...(options.dims?.context !== undefined ? { context: options.dims.context } : {}),
        });
    }
    const { model, sideFileBytes } = loaded;
    for (const name of Object.keys(options.inputs ?? {})) {
        if (!model.graph.inputs.some((v) => v.name === name)) {
            const known = model.graph.inputs.filter((v) => !model.graph.initializers.has(v.name)).map((v) => v.name);
            throw new ProfileOptionError(`${display}: --input '${name}' is not a graph input (inputs: ${known.join(', ') || 'none'})`);
        }
    }
    const census = (0,graph_census/* graphCensus */.k)(model.graph);
    const lookup = await (0,load/* opLookupFor */.TQ)(model, census);
    const weightValues = valuesReadAsWeightsOf(census, model.functions);
    let engine;
    try {
        engine = runEngine(model, lookup, { inputShapes: options.inputs, dims: options.dims, weightValues });
    }
    catch (e) {
        if (e instanceof errors/* GraphError */.h9)
            throw new errors/* ModelFileError */.EO(display, e.message);
        throw e;
    }
    const weights = loaded.weights ? await storedWeights(loaded.weights) : undefined;
    const base = profileModel(model, engine, weights?.params ?? countParams(model, census.graphs, weightValues), {
        path: display,
        externalDataBytes: sideFileBytes,
        hardware,
        includeNodes: options.perNode ?? true,
        census,
    });
    const profile = loaded.weights && weights
        ? { ...base, weights: weights.summary(), warnings: [...loaded.weights.warnings, ...base.warnings] }
        : base;
    if (!options.formulas)
        return profile;
    const released = typeof options.formulas === 'object' ? options.formulas.free : null;
    const fixed = Object.fromEntries(Object.entries(options.dims ?? {}).filter(([d]) => !released?.includes(d)));
    const free = freeDims(model, { ...options, dims: fixed });
    if (free.length === 0 || (released && free.length > MAX_GATE_FORMULA_DIMS))
        return profile;
    const large = formulaSizeLimit(engine.executed);
    if (large) {
        const where = released ? 'no formulas in the gate' : 'no formulas';
        return { ...profile, formulas: { dims: free, fixed, metrics: {}, note: `${where}: ${large}: each formula takes 10-30 more engine runs; bind ${free.join(', ')} with --dim for figures at a size` } };
    }
    const { deriveFormulas } = await __webpack_require__.e(/* import() */ 845).then(__webpack_require__.bind(__webpack_require__, 2845));
    const formulas = deriveFormulas(free, fixed, (binding) => {
        const run = runEngine(model, lookup, { inputShapes: options.inputs, dims: binding, weightValues });
        const totals = profileModel(model, run, profile.params, { path: display, includeNodes: false, census }).totals;
        if (!totals)
            return { exact: false, reason: 'no totals' };
        const bound = `a lower bound (${totals.lowerBoundReasons.join('; ')})`;
        if ((0,profile_types/* costsLowerBound */.GZ)(totals))
            return { exact: false, reason: bound };
        return (0,profile_types/* peakLowerBound */.$l)(totals) ? { exact: true, totals, peakNotExact: bound } : { exact: true, totals };
    });
    return { ...profile, formulas };
}
async function storedWeights(weights) {
    const { uniqueStorages, weightsParams, weightsSummary } = await __webpack_require__.e(/* import() */ 540).then(__webpack_require__.bind(__webpack_require__, 6540));
    const stored = uniqueStorages(weights.tensors);
    return { params: weightsParams(stored), summary: () => weightsSummary(weights, stored) };
}
const MAX_GATE_FORMULA_DIMS = 2;
const MAX_FORMULA_NODES = 5000;
const MAX_FORMULA_INPUTS = 8 * MAX_FORMULA_NODES;
function formulaSizeLimit(executed) {
    if (executed.nodes > MAX_FORMULA_NODES)
        return `the graph runs ${executed.nodes} nodes, local functions expanded (more than ${MAX_FORMULA_NODES})`;
    if (executed.inputs > MAX_FORMULA_INPUTS)
        return `the graph's nodes read and write ${executed.inputs} values, local functions expanded (more than ${MAX_FORMULA_INPUTS})`;
    return undefined;
}
function freeDims(model, options) {
    const out = new Set();
    for (const v of model.graph.inputs) {
        if (model.graph.initializers.has(v.name) || (options.inputs && (0,name_table/* ownEntry */.Pl)(options.inputs, v.name)))
            continue;
        for (const d of v.shape ?? [])
            if (typeof d === 'string' && (!options.dims || (0,name_table/* ownEntry */.Pl)(options.dims, d) === undefined))
                out.add(d);
    }
    return [...out].sort();
}


/***/ }),

/***/ 8187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ roofline),
/* harmony export */   L: () => (/* binding */ nodeRoofline)
/* harmony export */ });
function nodeRoofline(work, hw) {
    const compute = work.flops / hw.peakFlops;
    const memory = work.bytes / hw.bandwidth;
    if (compute === 0 && memory === 0)
        return { latencySeconds: 0, bound: 'none' };
    return compute >= memory
        ? { latencySeconds: compute, bound: 'compute' }
        : { latencySeconds: memory, bound: 'memory' };
}
function roofline(nodes, hw) {
    let latency = 0;
    let flops = 0;
    let bytes = 0;
    let computeBound = 0;
    let memoryBound = 0;
    const perNode = nodes.map((n) => {
        const r = nodeRoofline(n, hw);
        latency += r.latencySeconds;
        flops += n.flops;
        bytes += n.bytes;
        if (r.bound === 'compute')
            computeBound++;
        else if (r.bound === 'memory')
            memoryBound++;
        return r;
    });
    return {
        latencySeconds: latency,
        arithmeticIntensity: bytes > 0 ? flops / bytes : 0,
        ridgePoint: hw.peakFlops / hw.bandwidth,
        computeBoundNodes: computeBound,
        memoryBoundNodes: memoryBound,
        nodes: perNode,
    };
}


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ peakLowerBound),
/* harmony export */   BQ: () => (/* binding */ boundOpTypes),
/* harmony export */   GZ: () => (/* binding */ costsLowerBound),
/* harmony export */   HO: () => (/* binding */ PROFILE_SCHEMA_VERSION),
/* harmony export */   OI: () => (/* binding */ boundMetrics),
/* harmony export */   Vl: () => (/* binding */ PEAK_BOUND_METRICS),
/* harmony export */   m_: () => (/* binding */ PEAK_REASON_PREFIX),
/* harmony export */   rZ: () => (/* binding */ COST_BOUND_METRICS),
/* harmony export */   rl: () => (/* binding */ opTypeKey)
/* harmony export */ });
const PROFILE_SCHEMA_VERSION = 2;
const PEAK_REASON_PREFIX = 'peak activation memory: ';
const COST_BOUND_METRICS = ['macs', 'flops', 'memory', 'peak-memory', 'latency'];
const PEAK_BOUND_METRICS = ['peak-memory'];
function boundMetrics(totals) {
    if (totals?.lowerBound !== true)
        return [];
    const listed = totals.lowerBoundMetrics;
    if (listed !== undefined && listed.length > 0)
        return listed;
    const reasons = totals.lowerBoundReasons;
    return reasons.length > 0 && reasons.every((r) => r.startsWith(PEAK_REASON_PREFIX)) ? PEAK_BOUND_METRICS : COST_BOUND_METRICS;
}
function costsLowerBound(totals) {
    return boundMetrics(totals).includes('flops');
}
function peakLowerBound(totals) {
    return boundMetrics(totals).includes('peak-memory');
}
function opTypeKey(domain, opType) {
    return `${domain}\u0000${opType}`;
}
function boundOpTypes(p) {
    const out = new Set();
    if (!p)
        return out;
    for (const u of p.unknownOps)
        out.add(opTypeKey(u.domain, u.opType));
    for (const n of p.nodes ?? [])
        if (n.status !== 'ok' && n.inTotals !== false)
            out.add(opTypeKey(n.domain, n.opType));
    return out;
}


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ isSafeCount),
/* harmony export */   LN: () => (/* binding */ exactOf),
/* harmony export */   PA: () => (/* binding */ ExactSum),
/* harmony export */   cZ: () => (/* binding */ numbersOf),
/* harmony export */   jA: () => (/* binding */ addExact),
/* harmony export */   op: () => (/* binding */ scaleExact),
/* harmony export */   x3: () => (/* binding */ exactCount)
/* harmony export */ });
/* unused harmony export exactOfNode */
function exactCount(n) {
    if (!Number.isFinite(n))
        throw new RangeError(`count ${n} is not finite`);
    return BigInt(Number.isInteger(n) ? n : Math.round(n));
}
function exactOf(c) {
    return { macs: exactCount(c.macs), flops: exactCount(c.flops), bytes: exactCount(c.bytes) };
}
function addExact(a, b) {
    return { macs: a.macs + b.macs, flops: a.flops + b.flops, bytes: a.bytes + b.bytes };
}
function scaleExact(a, times) {
    return { macs: a.macs * times, flops: a.flops * times, bytes: a.bytes * times };
}
function exactOfNode(r) {
    return r.exact ?? exactOf(r.cost);
}
function numbersOf(e) {
    return { macs: Number(e.macs), flops: Number(e.flops), bytes: Number(e.bytes) };
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function isSafeCount(n) {
    return n <= MAX_SAFE && n >= -MAX_SAFE;
}
function safeWhole(n) {
    const w = Number.isInteger(n) ? n : Math.round(n);
    return w <= Number.MAX_SAFE_INTEGER && w >= -Number.MAX_SAFE_INTEGER ? w : NaN;
}
class ExactSum {
    macs = 0;
    flops = 0;
    bytes = 0;
    big;
    add(r) {
        if (this.big === undefined && r.exact === undefined) {
            const c = r.cost;
            const macs = this.macs + (Number.isSafeInteger(c.macs) ? c.macs : safeWhole(c.macs));
            const flops = this.flops + (Number.isSafeInteger(c.flops) ? c.flops : safeWhole(c.flops));
            const bytes = this.bytes + (Number.isSafeInteger(c.bytes) ? c.bytes : safeWhole(c.bytes));
            if (Math.abs(macs) <= Number.MAX_SAFE_INTEGER && Math.abs(flops) <= Number.MAX_SAFE_INTEGER && Math.abs(bytes) <= Number.MAX_SAFE_INTEGER) {
                this.macs = macs;
                this.flops = flops;
                this.bytes = bytes;
                return;
            }
        }
        this.big = addExact(this.value(), exactOfNode(r));
    }
    safeNumbers() {
        return this.big === undefined ? { macs: this.macs, flops: this.flops, bytes: this.bytes } : undefined;
    }
    value() {
        return this.big ?? { macs: BigInt(this.macs), flops: BigInt(this.flops), bytes: BigInt(this.bytes) };
    }
}


/***/ }),

/***/ 2433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fE: () => (/* binding */ MAX_FOLD_ELEMENTS),
/* harmony export */   g8: () => (/* binding */ UnresolvedDimError),
/* harmony export */   lI: () => (/* binding */ OpLimitError),
/* harmony export */   mC: () => (/* binding */ OpError)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3792);


const MAX_FOLD_ELEMENTS = 4096;
class OpError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInputError */ .Ys {
    name = 'OpError';
}
class OpLimitError extends _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LimitError */ .oC {
}
class UnresolvedDimError extends Error {
    dim;
    name = 'UnresolvedDimError';
    constructor(dim) {
        super(`dimension '${dim}' is not resolved`);
        this.dim = dim;
    }
}


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



function rankFromLength(length, what) {
    if (length > _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RANK */ .ee)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpLimitError */ .lI(`${what} has ${length.toLocaleString('en-US')} elements: an output rank above ${_graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RANK */ .ee}, the largest model-budget supports`);
    return length;
}
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
function concrete(shape) {
    return shape.map((d) => {
        if (typeof d !== 'number')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnresolvedDimError */ .g8(d);
        return d;
    });
}
function elementsOf(t) {
    if (!t.shape)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnresolvedDimError */ .g8('rank');
    return numel(t.shape);
}
function bytesOf(t) {
    if (!t.dtype)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnresolvedDimError */ .g8('dtype');
    return (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(t.dtype, elementsOf(t));
}
function broadcastShapes(shapes) {
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
                if (typeof dim !== 'number' && typeof d === 'number')
                    dim = d;
            }
        }
        out[i] = dim;
    }
    return out;
}
function normalizeAxis(axis, rank) {
    if (axis < -rank || axis >= rank)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`axis ${axis} is out of range for rank ${rank}`);
    return axis < 0 ? axis + rank : axis;
}
function knownValue(dtype, shape, data) {
    return data.length <= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FOLD_ELEMENTS */ .fE ? { dtype, shape, data } : undefined;
}
function sameShape(a, b) {
    return a.length === b.length && a.every((d, i) => d === b[i]);
}
function fitOutputs(ctx, all) {
    const n = Math.max(1, ctx.node.outputs.length);
    if (n > all.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .OpError */ .mC(`${ctx.node.opType} has at most ${all.length} outputs (node lists ${n})`);
    return all.slice(0, n);
}


/***/ })

};
