export const id = 27;
export const ids = [27];
export const modules = {

/***/ 1027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/graph/dtype.js
var dtype = __webpack_require__(5274);
// EXTERNAL MODULE: ./build/src/formats/buffer-names.js
var buffer_names = __webpack_require__(5179);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/random-access.js
var random_access = __webpack_require__(3690);
// EXTERNAL MODULE: ./build/src/formats/shard-set.js
var shard_set = __webpack_require__(1359);
// EXTERNAL MODULE: ./build/src/formats/safetensors/header.js + 1 modules
var header = __webpack_require__(2570);
// EXTERNAL MODULE: ./build/src/formats/safetensors/hf-config.js
var hf_config = __webpack_require__(3719);
// EXTERNAL MODULE: ./build/src/formats/safetensors/signature.js
var signature = __webpack_require__(1770);
;// CONCATENATED MODULE: ./build/src/formats/safetensors/reader.js









function readSafetensors(path) {
    const stats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
    const warnings = [];
    const set = (0,shard_set/* readShardSet */.xE)(signature/* SAFETENSORS_SET */.JS, path, stats, (shardPath) => (0,random_access/* withRandomAccessFile */.e)(shardPath, (f) => {
        const h = (0,header/* readSafetensorsHeader */.DS)(f);
        (0,shard_set/* countReads */.vf)(stats, f);
        return h;
    }), (header) => header.entries.map((e) => e.name), warnings);
    const { sharded } = set;
    for (const { shard, read } of set.shards)
        for (const w of read.warnings)
            warnings.push(sharded ? `${(0,header/* quoted */.TL)(shard)}: ${w}` : w);
    const entries = set.shards.flatMap(({ shard, read }) => read.entries.map((e) => ({ shard, e })));
    const names = new Set(entries.map(({ e }) => e.name));
    let config;
    const configPath = (0,external_node_path_.join)(set.dir, 'config.json');
    if (isRegularFile(configPath)) {
        const text = (0,hf_config/* readConfigText */.im)(configPath, warnings, (f) => (0,shard_set/* countReads */.vf)(stats, f));
        if (text !== undefined)
            config = (0,hf_config/* parseHfConfig */.W0)(text, names);
    }
    if (config)
        warnings.push(...config.warnings);
    const quantization = config?.quantization;
    const tensors = entries.map(({ shard, e }) => toWeightTensor(e, sharded ? shard : undefined, quantization, names));
    const packed = tensors.filter((t) => t.quantization !== undefined && t.role === 'param').length;
    const hasQweight = [...names].some((n) => n.endsWith('.qweight'));
    if (!quantization && hasQweight) {
        warnings.push(hf_config/* PACKED_WITHOUT_CONFIG */.DN);
    }
    else if (quantization && quantization.bits === 0) {
        warnings.push(`quant_method ${(0,header/* quoted */.TL)(quantization.method, 40)} is not one we unpack: params count the stored elements${hasQweight ? ' (the packed .qweight int32 words are left out; their .scales/.qzeros are buffers)' : ''}`);
    }
    else if (quantization && packed === 0 && quantization.method !== 'bitsandbytes') {
        warnings.push(`quantization_config names ${(0,header/* quoted */.TL)(quantization.method, 40)} but no packed tensors were recognised`);
    }
    const indexTotal = set.index?.totalSize;
    if (indexTotal !== undefined) {
        const stored = entries.reduce((a, { e }) => a + (e.end - e.begin), 0);
        if (stored !== indexTotal)
            warnings.push(`the index states total_size ${indexTotal} bytes but the shards hold ${stored} bytes of tensors`);
    }
    const metadata = new Map();
    for (const { read } of set.shards)
        for (const [k, v] of read.metadata)
            if (!metadata.has(k))
                metadata.set(k, v);
    if (sharded)
        metadata.set('shards', String(set.shards.length));
    if (config?.modelType)
        metadata.set('model_type', config.modelType);
    if (quantization && quantization.bits > 0)
        metadata.set('quantization', (0,hf_config/* describeQuantization */.lS)(quantization));
    const sideFiles = [...set.sideFiles, ...(config !== undefined || isRegularFile(configPath) ? ['config.json'] : [])];
    return {
        weights: { tensors, metadata, ...(config?.decoder ? { decoder: config.decoder } : {}), warnings, sideFiles },
        stats,
    };
}
function safetensorsSideFiles(path, content) {
    return [...(0,shard_set/* shardSetSideFiles */.dI)(signature/* SAFETENSORS_SET */.JS, path, content), 'config.json'];
}
function safetensorsSetKey(path) {
    return shardSetKey(SAFETENSORS_SET, path);
}
function isRegularFile(path) {
    return (0,file/* fileState */.oT)(path) === 'file';
}
const BNB_SIDECAR = /\.(absmax|quant_map|nested_absmax|nested_quant_map|SCB|weight_format|quant_state\.[A-Za-z0-9_]+)$/;
function weightTensor(e, file, dtype, dims, elements, role, quantization) {
    const t = { name: e.name, dtype, dims, elements, bytes: e.end - e.begin, role };
    if (quantization !== undefined)
        t.quantization = quantization;
    if (file !== undefined)
        t.file = file;
    return t;
}
function toWeightTensor(e, file, q, names) {
    const role = (0,buffer_names/* isBufferName */.u)(e.name, e.dims) || (0,hf_config/* isPackedQuantState */.pu)(e.name, names) ? 'buffer' : e.type.kind === 'float' || ((0,dtype/* isDType */.Zn)(e.type.dtype) && (0,dtype/* isWeightDType */.TW)(e.type.dtype)) ? 'param' : 'non-weight';
    const unpacked = q && (0,hf_config/* unpackGptqAwq */.AC)(e.name, e.type.dtype, e.dims, e.elements, q);
    if (unpacked)
        return weightTensor(e, file, unpacked.dtype, unpacked.dims, unpacked.elements, unpacked.role, unpacked.quantization);
    if (q && q.method === 'bitsandbytes') {
        if (BNB_SIDECAR.test(e.name))
            return weightTensor(e, file, e.type.dtype, e.dims, e.elements, 'buffer', 'bitsandbytes quantization state');
        if (q.bits === 4 && e.typeName === 'U8' && (names.has(`${e.name}.absmax`) || names.has(`${e.name}.quant_state.bitsandbytes__${q.bnb4bitType ?? 'nf4'}`))) {
            return weightTensor(e, file, q.bnb4bitType ?? 'nf4', [e.elements * 2], e.elements * 2, 'param', (0,hf_config/* describeQuantization */.lS)(q));
        }
    }
    if (q && q.method === 'mxfp4') {
        if (e.name.endsWith('_blocks') && e.typeName === 'U8') {
            const dims = e.dims.length >= 2 ? [...e.dims.slice(0, -2), e.dims[e.dims.length - 2] * e.dims[e.dims.length - 1] * 2] : [e.elements * 2];
            return weightTensor(e, file, 'float4e2m1', dims, e.elements * 2, 'param', (0,hf_config/* describeQuantization */.lS)(q));
        }
        if (e.name.endsWith('_scales') && e.typeName === 'U8')
            return weightTensor(e, file, 'float8e8m0', e.dims, e.elements, 'buffer', 'MXFP4 scales');
    }
    return weightTensor(e, file, e.type.dtype, e.dims, e.elements, role);
}

;// CONCATENATED MODULE: ./build/src/formats/safetensors/format-reader.js

const reader = {
    async read(path) {
        return { kind: 'weights', weights: readSafetensors(path).weights, formatVersion: '' };
    },
    sideFiles(path, content) {
        return safetensorsSideFiles(path, content);
    },
};


/***/ })

};
