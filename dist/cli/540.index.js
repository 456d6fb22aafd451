export const id = 540;
export const ids = [540];
export const modules = {

/***/ 7707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ NO_WEIGHTS_PREFIX)
/* harmony export */ });
const NO_WEIGHTS_PREFIX = 'no weights: ';


/***/ }),

/***/ 6540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VP: () => (/* binding */ noWeightsReason),
  profileWeights: () => (/* binding */ profileWeights),
  uniqueStorages: () => (/* binding */ uniqueStorages),
  weightsParams: () => (/* binding */ weightsParams),
  weightsSummary: () => (/* binding */ weightsSummary)
});

// UNUSED EXPORTS: MAX_MODULES, moduleBreakdown, weightsOnlyUnavailable

// EXTERNAL MODULE: ./build/src/formats/weights.js
var weights = __webpack_require__(7707);
// EXTERNAL MODULE: ./build/src/graph/dtype.js
var dtype = __webpack_require__(5274);
;// CONCATENATED MODULE: ./build/src/profile/llm.js
const DEFAULT_CONTEXT_CAP = 4096;
const MAX_CONTEXT = 1 << 30;
const EXPERT_TENSOR = /\.experts\.|(^|\.)ffn_(gate|up|down|gate_up)_exps\./;
function decoderFigures(spec, options = {}) {
    const warnings = [];
    const { context, contextSource } = resolveContext(spec, options.context, warnings);
    const h = spec.hiddenSize;
    const L = spec.layers;
    const H = spec.heads;
    const Hkv = spec.kvHeads;
    const d = spec.headDim;
    const dv = spec.valueHeadDim ?? spec.headDim;
    const f = spec.intermediateSize;
    const mlpMatrices = spec.gatedMlp ? 3 : 2;
    const bytes = spec.kvCacheElementBytes ?? 2;
    const slidingLayers = spec.slidingWindow === undefined ? 0 : Math.min(L, spec.slidingWindowLayers ?? L);
    const attended = slidingLayers * Math.min(context, spec.slidingWindow ?? context) + (L - slidingLayers) * context;
    const attentionProjections = L * (h * H * d + h * Hkv * d + h * Hkv * dv + H * dv * h);
    const attentionScores = H * (d + dv) * attended;
    let mlp;
    let router = 0;
    if (spec.experts !== undefined && spec.expertsPerToken !== undefined) {
        mlp = L * (spec.expertsPerToken * mlpMatrices * h * f + mlpMatrices * h * (spec.sharedExpertIntermediateSize ?? 0));
        router = L * h * spec.experts;
    }
    else {
        mlp = L * mlpMatrices * h * f;
    }
    const lmHead = h * spec.vocabSize;
    const macsPerToken = attentionProjections + attentionScores + mlp + router + lmHead;
    const kvCacheBytesPerToken = L * Hkv * (d + dv) * bytes;
    const kvCacheBytesAtContext = Hkv * (d + dv) * bytes * attended;
    if (![macsPerToken, kvCacheBytesAtContext].every(Number.isSafeInteger)) {
        warnings.push('the LLM figures exceed 2^53 and are rounded');
    }
    const moe = spec.experts !== undefined && spec.expertsPerToken !== undefined && options.tensors
        ? moeParams(spec, options.tensors, mlpMatrices, warnings)
        : undefined;
    return {
        context,
        contextSource,
        macsPerToken,
        macs: { attentionProjections, attentionScores, mlp, router, lmHead },
        kvCacheBytesPerToken,
        kvCacheBytesAtContext,
        kvCacheElementBytes: bytes,
        ...(moe ? { moe } : {}),
        warnings,
    };
}
function resolveContext(spec, requested, warnings) {
    if (requested !== undefined) {
        if (Number.isSafeInteger(requested) && requested > 0 && requested <= MAX_CONTEXT) {
            if (spec.maxContext !== undefined && requested > spec.maxContext) {
                warnings.push(`context ${requested} is longer than the model's maximum of ${spec.maxContext}`);
            }
            return { context: requested, contextSource: 'config' };
        }
        warnings.push(`context ${String(requested)} is not a positive integer up to ${MAX_CONTEXT}; using the default`);
    }
    if (spec.maxContext === undefined) {
        warnings.push(`the model states no maximum context; figures are at context ${DEFAULT_CONTEXT_CAP} (set dims: { context: N } to choose)`);
        return { context: DEFAULT_CONTEXT_CAP, contextSource: 'default' };
    }
    if (spec.maxContext > DEFAULT_CONTEXT_CAP) {
        warnings.push(`figures are at context ${DEFAULT_CONTEXT_CAP}, not the model's maximum of ${spec.maxContext} (set dims: { context: N } to choose)`);
        return { context: DEFAULT_CONTEXT_CAP, contextSource: 'default' };
    }
    return { context: spec.maxContext, contextSource: 'model' };
}
function moeParams(spec, tensors, mlpMatrices, warnings) {
    const seen = new Set();
    let total = 0;
    let fromTensors = 0;
    for (const t of tensors) {
        if (t.role !== 'param')
            continue;
        if (t.storageKey !== undefined) {
            if (seen.has(t.storageKey))
                continue;
            seen.add(t.storageKey);
        }
        total += t.elements;
        if (EXPERT_TENSOR.test(t.name))
            fromTensors += t.elements;
    }
    let expertParams = fromTensors;
    let expertParamsFrom = 'tensors';
    if (fromTensors === 0) {
        expertParams = spec.layers * spec.experts * mlpMatrices * spec.hiddenSize * spec.intermediateSize;
        expertParamsFrom = 'spec';
        warnings.push('no expert tensors recognised by name (.experts. or _exps); expert params are estimated as layers x experts x MLP size');
    }
    const inactive = Math.round(expertParams * (1 - spec.expertsPerToken / spec.experts));
    return { totalParams: total, activeParams: Math.max(0, total - inactive), expertParams, expertParamsFrom };
}

// EXTERNAL MODULE: ./build/src/profile/types.js
var types = __webpack_require__(9010);
;// CONCATENATED MODULE: ./build/src/profile/weights.js




const MAX_MODULES = 2000;
function weightsOnlyUnavailable(formatLabel, hasDecoder = false) {
    return {
        metrics: ['macs', 'flops', 'memory', 'peak-memory', 'latency'],
        reason: `${formatLabel} files store weights only: there is no graph to count MACs, FLOPs, memory access, peak memory or latency on`
            + (hasDecoder ? ' (the LLM figures are estimated from the decoder hyper-parameters instead)' : ''),
    };
}
function uniqueStorages(tensors) {
    const out = [];
    const byKey = new Map();
    for (const t of tensors) {
        if (t.storageKey === undefined) {
            out.push(t);
            continue;
        }
        const key = `${t.role}\u0000${t.storageKey}`;
        const at = byKey.get(key);
        if (at === undefined) {
            byKey.set(key, out.length);
            out.push(t);
        }
        else if (t.bytes > out[at].bytes || (t.bytes === out[at].bytes && t.elements > out[at].elements)) {
            out[at] = t;
        }
    }
    return out.map((t) => {
        if (t.storageKey === undefined)
            return t;
        return { ...t, elements: t.sharedStorageElements ?? Math.max(t.elements, storageElements(t)) };
    });
}
function storageElements(t) {
    const bits = (0,dtype/* isDType */.Zn)(t.dtype) ? (0,dtype/* dtypeBits */.$C)(t.dtype) : QUANTIZED_BITS[t.dtype];
    return bits ? Math.floor((t.bytes * 8) / bits) : 0;
}
const QUANTIZED_BITS = { qint8: 8, quint8: 8, qint32: 32 };
function dtypeKey(t) {
    return t.quantization ? `${t.dtype} (${t.quantization})` : t.dtype;
}
function sumState(tensors) {
    let elements = 0;
    let bytes = 0;
    for (const t of tensors) {
        elements += t.elements;
        bytes += t.bytes;
    }
    return { tensors: tensors.length, elements, bytes };
}
function weightsParams(unique) {
    const byDtype = {};
    let total = 0;
    let bytes = 0;
    for (const t of unique) {
        if (t.role !== 'param')
            continue;
        total += t.elements;
        bytes += t.bytes;
        const slot = (byDtype[dtypeKey(t)] ??= { elements: 0, bytes: 0 });
        slot.elements += t.elements;
        slot.bytes += t.bytes;
    }
    const nonWeight = sumState(unique.filter((t) => t.role === 'non-weight'));
    return { total, bytes, byDtype: byDtype, nonWeight: { elements: nonWeight.elements, bytes: nonWeight.bytes } };
}
function moduleBreakdown(unique) {
    const sums = new Map();
    for (const t of unique) {
        if (t.role !== 'param')
            continue;
        const parts = t.name.split('.');
        let prefix = '';
        for (let i = 0; i < parts.length - 1; i++) {
            prefix = i === 0 ? parts[0] : `${prefix}.${parts[i]}`;
            const slot = sums.get(prefix) ?? { params: 0, bytes: 0, depth: i + 1 };
            slot.params += t.elements;
            slot.bytes += t.bytes;
            sums.set(prefix, slot);
        }
    }
    return [...sums]
        .sort((a, b) => a[1].depth - b[1].depth || b[1].params - a[1].params || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, MAX_MODULES)
        .map(([name, s]) => ({ name, params: s.params, bytes: s.bytes }));
}
function weightsSummary(file, unique, llm) {
    return {
        tensors: file.tensors.length,
        buffers: sumState(unique.filter((t) => t.role === 'buffer')),
        optimizer: sumState(unique.filter((t) => t.role === 'optimizer')),
        modules: moduleBreakdown(unique),
        metadata: Object.fromEntries(file.metadata),
        ...(llm ? { llm } : {}),
    };
}
function profileWeights(file, options) {
    const unique = uniqueStorages(file.tensors);
    const figures = file.decoder ? decoderFigures(file.decoder, { tensors: file.tensors, ...(options.context !== undefined ? { context: options.context } : {}) }) : undefined;
    const { warnings: llmWarnings = [], ...llm } = figures ?? {};
    return {
        schemaVersion: types/* PROFILE_SCHEMA_VERSION */.HO,
        model: {
            path: options.path,
            format: options.format,
            formatVersion: options.formatVersion,
            fileBytes: options.fileBytes,
            externalDataBytes: options.sideFileBytes,
            producer: '',
            opsets: {},
        },
        inputs: [],
        outputs: [],
        params: weightsParams(unique),
        opHistogram: {},
        totals: null,
        unavailable: file.costsUnavailable !== undefined
            ? { ...weightsOnlyUnavailable(options.formatLabel), reason: file.costsUnavailable }
            : weightsOnlyUnavailable(options.formatLabel, figures !== undefined),
        weights: weightsSummary(file, unique, figures ? llm : undefined),
        unknownOps: [],
        warnings: [...file.warnings, ...llmWarnings],
    };
}
function noWeightsReason(p) {
    if (!p || p.params.total !== 0)
        return null;
    const stated = p.warnings.find((w) => w.startsWith(weights/* NO_WEIGHTS_PREFIX */.l));
    return stated === undefined ? null : stated.slice(weights/* NO_WEIGHTS_PREFIX */.l.length);
}


/***/ })

};
