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
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/random-access.js
var random_access = __webpack_require__(3690);
// EXTERNAL MODULE: ./build/src/formats/safetensors/header.js + 1 modules
var safetensors_header = __webpack_require__(2570);
// EXTERNAL MODULE: ./build/src/formats/safetensors/json-object.js
var json_object = __webpack_require__(678);
// EXTERNAL MODULE: ./build/src/formats/safetensors/hf-config.js
var hf_config = __webpack_require__(3719);
// EXTERNAL MODULE: ./build/src/formats/safetensors/signature.js
var signature = __webpack_require__(1770);
;// CONCATENATED MODULE: ./build/src/formats/safetensors/reader.js










const MAX_INDEX_BYTES = 32_000_000;
const MAX_SHARDS = 100_000;
function isSafetensorsIndex(path) {
    return basename(path).endsWith(INDEX_SUFFIX);
}
function readSafetensors(path) {
    const layout = layoutOf(path);
    const stats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
    const warnings = [];
    let weightMap;
    let indexTotal;
    if (layout.index) {
        const idx = readIndex((0,external_node_path_.join)(layout.dir, layout.index), stats);
        weightMap = idx.weightMap;
        indexTotal = idx.totalSize;
    }
    const shardNames = weightMap ? [...new Set(weightMap.values())].sort() : layout.shards;
    const sharded = layout.index !== undefined || shardNames.length > 1;
    const headers = [];
    for (const shard of shardNames) {
        const shardPath = (0,external_node_path_.join)(layout.dir, shard);
        const state = (0,file/* fileState */.oT)(shardPath);
        if (state !== 'file') {
            const owner = layout.index ? (0,external_node_path_.join)(layout.dir, layout.index) : path;
            throw new errors/* ModelFileError */.EO(owner, `shard ${(0,safetensors_header/* quoted */.TL)(shard)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
        }
        const header = (0,random_access/* withRandomAccessFile */.e)(shardPath, (f) => {
            const h = (0,safetensors_header/* readSafetensorsHeader */.DS)(f);
            count(stats, f);
            return h;
        });
        headers.push({ shard, header });
        for (const w of header.warnings)
            warnings.push(sharded ? `${shard}: ${w}` : w);
    }
    if (weightMap)
        checkAgainstIndex((0,external_node_path_.join)(layout.dir, layout.index), weightMap, headers, warnings);
    const entries = headers.flatMap(({ shard, header }) => header.entries.map((e) => ({ shard, e })));
    const names = new Set();
    for (const { shard, e } of entries) {
        if (names.has(e.name))
            throw new errors/* ModelFileError */.EO((0,external_node_path_.join)(layout.dir, shard), `tensor ${(0,safetensors_header/* quoted */.TL)(e.name)} is stored in more than one shard`);
        names.add(e.name);
    }
    let config;
    const configPath = (0,external_node_path_.join)(layout.dir, 'config.json');
    if (isRegularFile(configPath)) {
        const text = (0,hf_config/* readConfigText */.im)(configPath, warnings, (f) => count(stats, f));
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
        warnings.push(`quant_method ${(0,safetensors_header/* quoted */.TL)(quantization.method, 40)} is not one we unpack: params count the stored elements${hasQweight ? ' (the packed .qweight int32 words are left out; their .scales/.qzeros are buffers)' : ''}`);
    }
    else if (quantization && packed === 0 && quantization.method !== 'bitsandbytes') {
        warnings.push(`quantization_config names ${(0,safetensors_header/* quoted */.TL)(quantization.method, 40)} but no packed tensors were recognised`);
    }
    if (indexTotal !== undefined) {
        const stored = headers.reduce((s, h) => s + h.header.entries.reduce((a, e) => a + (e.end - e.begin), 0), 0);
        if (stored !== indexTotal)
            warnings.push(`the index states total_size ${indexTotal} bytes but the shards hold ${stored} bytes of tensors`);
    }
    const metadata = new Map();
    for (const { header } of headers)
        for (const [k, v] of header.metadata)
            if (!metadata.has(k))
                metadata.set(k, v);
    if (sharded)
        metadata.set('shards', String(shardNames.length));
    if (config?.modelType)
        metadata.set('model_type', config.modelType);
    if (quantization && quantization.bits > 0)
        metadata.set('quantization', (0,hf_config/* describeQuantization */.lS)(quantization));
    const sideFiles = [
        ...(layout.index && (0,external_node_path_.join)(layout.dir, layout.index) !== path ? [layout.index] : []),
        ...shardNames.filter((s) => (0,external_node_path_.join)(layout.dir, s) !== path),
        ...(config !== undefined || isRegularFile(configPath) ? ['config.json'] : []),
    ];
    return {
        weights: { tensors, metadata, ...(config?.decoder ? { decoder: config.decoder } : {}), warnings, sideFiles },
        stats,
    };
}
function safetensorsSideFiles(path, content) {
    const name = (0,external_node_path_.basename)(path);
    const out = [];
    if (name.endsWith(signature/* INDEX_SUFFIX */.n3)) {
        if (content !== null)
            out.push(...shardsNamedIn(content));
    }
    else {
        const m = signature/* SHARD_NAME */.ZB.exec(name);
        const total = m ? Number(m[3]) : 0;
        if (m && total >= 1 && total <= MAX_SHARDS) {
            out.push(`${m[1]}${signature/* INDEX_SUFFIX */.n3}`);
            for (let i = 1; i <= total; i++)
                out.push(`${m[1]}-${String(i).padStart(5, '0')}-of-${m[3]}.safetensors`);
        }
    }
    out.push('config.json');
    return [...new Set(out)].filter((f) => f !== name);
}
function shardsNamedIn(content) {
    try {
        const idx = 'bytes' in content
            ? parseIndex(Buffer.from(content.bytes.buffer, content.bytes.byteOffset, content.bytes.byteLength).toString('utf8'), 'index')
            : readIndex(content.file, { bytesRead: 0, readCalls: 0, fileBytes: 0 });
        return [...new Set(idx.weightMap.values())].sort();
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            return [];
        throw e;
    }
}
function safetensorsSetKey(path) {
    const layout = layoutOf(path);
    return join(layout.dir, layout.index ?? layout.shards[0]);
}
function layoutOf(path) {
    const dir = (0,external_node_path_.dirname)(path);
    const name = (0,external_node_path_.basename)(path);
    if (name.endsWith(signature/* INDEX_SUFFIX */.n3))
        return { dir, index: name, shards: [] };
    const m = signature/* SHARD_NAME */.ZB.exec(name);
    if (!m)
        return { dir, shards: [name] };
    const [, prefix, , totalText] = m;
    const total = Number(totalText);
    const index = `${prefix}${signature/* INDEX_SUFFIX */.n3}`;
    if (isRegularFile((0,external_node_path_.join)(dir, index)))
        return { dir, index, shards: [] };
    if (total < 1 || total > MAX_SHARDS)
        return { dir, shards: [name] };
    const shards = [];
    for (let i = 1; i <= total; i++)
        shards.push(`${prefix}-${String(i).padStart(5, '0')}-of-${totalText}.safetensors`);
    return { dir, shards };
}
function isRegularFile(path) {
    return (0,file/* fileState */.oT)(path) === 'file';
}
function count(stats, f) {
    stats.bytesRead += f.bytesRead;
    stats.readCalls += f.readCalls;
    stats.fileBytes += f.size;
}
function readIndex(path, stats) {
    const text = (0,random_access/* withRandomAccessFile */.e)(path, (f) => {
        if (f.size > MAX_INDEX_BYTES)
            throw new errors/* ModelFileError */.EO(path, `index is ${f.size} bytes, over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
        const bytes = f.read(0, f.size, 'index');
        count(stats, f);
        return bytes.toString('utf8');
    });
    return parseIndex(text, path);
}
function parseIndex(text, path) {
    if (text.length > MAX_INDEX_BYTES)
        throw new errors/* ModelFileError */.EO(path, `index is over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
    let top;
    let entries;
    try {
        top = new Map((0,json_object/* objectMembers */.vN)(text, 16, new Set(['weight_map'])));
        const mapText = top.get('weight_map');
        if (typeof mapText !== 'string' || !mapText.startsWith('{'))
            throw new errors/* ModelFileError */.EO(path, 'index has no weight_map object');
        entries = (0,json_object/* objectMembers */.vN)(mapText, safetensors_header/* MAX_TENSORS */.am);
    }
    catch (e) {
        if (e instanceof json_object/* TooManyMembersError */.R2)
            throw new errors/* ModelFileError */.EO(path, `index lists more than ${e.limit} entries: refused`);
        if (e instanceof SyntaxError || e instanceof json_object/* JsonShapeError */.ir)
            throw new errors/* ModelFileError */.EO(path, 'index is not valid JSON');
        throw e;
    }
    const weightMap = new Map();
    for (const [tensor, file] of entries) {
        if (typeof file !== 'string')
            throw new errors/* ModelFileError */.EO(path, `weight_map entry ${(0,safetensors_header/* quoted */.TL)(tensor)} is not a file name`);
        if (file === '' || file.includes('/') || file.includes('\\') || file === '.' || file === '..' || file.includes('\0')) {
            throw new errors/* ModelFileError */.EO(path, `weight_map names shard ${(0,safetensors_header/* quoted */.TL)(file)}, which is not a file name in the index's folder`);
        }
        weightMap.set(tensor, file);
    }
    if (new Set(weightMap.values()).size > MAX_SHARDS)
        throw new errors/* ModelFileError */.EO(path, `index names more than ${MAX_SHARDS} shards`);
    const meta = top.get('metadata');
    const total = meta !== null && typeof meta === 'object' ? meta.total_size : undefined;
    return { weightMap, ...(typeof total === 'number' && Number.isSafeInteger(total) ? { totalSize: total } : {}) };
}
function checkAgainstIndex(indexPath, weightMap, headers, warnings) {
    const where = new Map();
    for (const { shard, header } of headers)
        for (const e of header.entries)
            where.set(e.name, shard);
    for (const [tensor, shard] of weightMap) {
        const found = where.get(tensor);
        if (found === undefined)
            throw new errors/* ModelFileError */.EO(indexPath, `tensor ${(0,safetensors_header/* quoted */.TL)(tensor)} is listed in shard ${(0,safetensors_header/* quoted */.TL)(shard)} but is not in it`);
        if (found !== shard)
            throw new errors/* ModelFileError */.EO(indexPath, `tensor ${(0,safetensors_header/* quoted */.TL)(tensor)} is listed in shard ${(0,safetensors_header/* quoted */.TL)(shard)} but stored in ${(0,safetensors_header/* quoted */.TL)(found)}`);
    }
    const extra = [...where.keys()].filter((t) => !weightMap.has(t));
    if (extra.length > 0)
        warnings.push(`${extra.length} tensor(s) in the shards are not listed in the index (first: ${(0,safetensors_header/* quoted */.TL)(extra[0])})`);
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
