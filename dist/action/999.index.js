export const id = 999;
export const ids = [999];
export const modules = {

/***/ 5179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isBufferName)
/* harmony export */ });
const BUFFER_NAMES = new Set([
    'running_mean', 'running_var', 'num_batches_tracked',
    'inv_freq',
    'masked_bias',
    'anchors', 'anchor_grid',
]);
const MASK_PARENTS = new Set(['attn', 'attention']);
function isBufferName(name, dims) {
    const dot = name.lastIndexOf('.');
    const last = name.slice(dot + 1);
    if (BUFFER_NAMES.has(last))
        return true;
    if (last !== 'bias' || dims.length !== 4 || dot < 0)
        return false;
    return MASK_PARENTS.has(name.slice(name.lastIndexOf('.', dot - 1) + 1, dot));
}


/***/ }),

/***/ 5416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ buildDecoderSpec)
/* harmony export */ });
const MAX_DIM = 1 << 24;
const MAX_CONTEXT = 1 << 30;
function positiveInt(v, max = MAX_DIM) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= max ? v : undefined;
}
function buildDecoderSpec(f, source, keys) {
    const name = (k) => keys[k] ?? k;
    const required = ['hiddenSize', 'layers', 'heads', 'intermediateSize', 'vocabSize'];
    const missing = required.filter((k) => f[k] === undefined);
    if (missing.length > 0)
        return { reason: `${source} does not state ${missing.map(name).join(', ')}` };
    const bad = (k) => ({ reason: `${source}: ${name(k)} is not a positive integer within limits` });
    const hiddenSize = positiveInt(f.hiddenSize);
    if (!hiddenSize)
        return bad('hiddenSize');
    const layers = positiveInt(f.layers);
    if (!layers)
        return bad('layers');
    const heads = positiveInt(f.heads);
    if (!heads)
        return bad('heads');
    const intermediateSize = positiveInt(f.intermediateSize);
    if (!intermediateSize)
        return bad('intermediateSize');
    const vocabSize = positiveInt(f.vocabSize);
    if (!vocabSize)
        return bad('vocabSize');
    const kvHeads = f.kvHeads === undefined ? heads : positiveInt(f.kvHeads);
    if (!kvHeads)
        return bad('kvHeads');
    if (heads % kvHeads !== 0)
        return { reason: `${source}: ${name('heads')} ${heads} is not a multiple of ${name('kvHeads')} ${kvHeads}` };
    let headDim;
    if (f.headDim !== undefined) {
        headDim = positiveInt(f.headDim);
        if (!headDim)
            return bad('headDim');
    }
    else {
        if (hiddenSize % heads !== 0)
            return { reason: `${source}: hidden size ${hiddenSize} is not a multiple of ${heads} heads and no head dimension is stated` };
        headDim = hiddenSize / heads;
    }
    const optional = (k, max = MAX_DIM) => {
        if (f[k] === undefined || f[k] === null)
            return undefined;
        return positiveInt(f[k], max) ?? bad(k);
    };
    const spec = {
        architecture: f.architecture,
        hiddenSize, layers, heads, kvHeads, headDim, intermediateSize, vocabSize,
        gatedMlp: f.gatedMlp,
        tiedEmbeddings: f.tiedEmbeddings,
    };
    const extras = [
        ['valueHeadDim', MAX_DIM], ['maxContext', MAX_CONTEXT], ['slidingWindow', MAX_CONTEXT], ['slidingWindowLayers', MAX_DIM],
        ['experts', MAX_DIM], ['expertsPerToken', MAX_DIM], ['sharedExpertIntermediateSize', MAX_DIM],
    ];
    for (const [k, max] of extras) {
        const v = optional(k, max);
        if (typeof v === 'object')
            return v;
        if (v !== undefined)
            spec[k] = v;
    }
    if ((spec['experts'] === undefined) !== (spec['expertsPerToken'] === undefined)) {
        return { reason: `${source} states ${spec['experts'] === undefined ? name('expertsPerToken') : name('experts')} without ${spec['experts'] === undefined ? name('experts') : name('expertsPerToken')}` };
    }
    if (spec['experts'] !== undefined && spec['expertsPerToken'] > spec['experts']) {
        return { reason: `${source}: ${name('expertsPerToken')} exceeds ${name('experts')}` };
    }
    if (spec['valueHeadDim'] === headDim)
        delete spec['valueHeadDim'];
    if (spec['slidingWindowLayers'] !== undefined && spec['slidingWindowLayers'] > layers)
        return bad('slidingWindowLayers');
    if (f.kvCacheElementBytes !== undefined)
        spec['kvCacheElementBytes'] = f.kvCacheElementBytes;
    return { spec: spec };
}


/***/ }),

/***/ 3690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ withRandomAccessFile)
/* harmony export */ });
/* unused harmony export bytesAsRandomAccessFile */
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8094);


function withRandomAccessFile(path, use) {
    return (0,_file_js__WEBPACK_IMPORTED_MODULE_1__/* .withOpenModel */ .Is)(path, (fd, size) => use(new FdFile(path, fd, size)));
}
function bytesAsRandomAccessFile(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    return new MemoryFile(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
function checkRange(path, size, offset, length, what) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelFileError */ .EO(path, `${what}: invalid range (offset ${offset}, length ${length})`);
    }
    if (offset + length > size) {
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelFileError */ .EO(path, `truncated: ${what} needs bytes ${offset}..${offset + length} but the file has ${size}`);
    }
}
class FdFile {
    path;
    fd;
    size;
    bytesRead = 0;
    readCalls = 0;
    constructor(path, fd, size) {
        this.path = path;
        this.fd = fd;
        this.size = size;
    }
    read(offset, length, what) {
        checkRange(this.path, this.size, offset, length, what);
        const out = (0,_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readAt */ .m6)(this.fd, length, offset, this.path);
        this.readCalls++;
        this.bytesRead += out.byteLength;
        if (out.byteLength < length)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelFileError */ .EO(this.path, `truncated: ${what} ends past the end of the file`);
        return out;
    }
}
class MemoryFile {
    path;
    bytes;
    bytesRead = 0;
    readCalls = 0;
    size;
    constructor(path, bytes) {
        this.path = path;
        this.bytes = bytes;
        this.size = bytes.byteLength;
    }
    read(offset, length, what) {
        checkRange(this.path, this.size, offset, length, what);
        this.readCalls++;
        this.bytesRead += length;
        return this.bytes.subarray(offset, offset + length);
    }
}


/***/ }),

/***/ 2570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  am: () => (/* binding */ MAX_TENSORS),
  TL: () => (/* binding */ quoted),
  DS: () => (/* binding */ readSafetensorsHeader)
});

// UNUSED EXPORTS: MAX_HEADER_BYTES

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
;// CONCATENATED MODULE: ./build/src/formats/safetensors/dtypes.js
const TABLE = {
    BOOL: { bits: 8, dtype: 'bool', kind: 'bool' },
    F4: { bits: 4, dtype: 'float4e2m1', kind: 'float' },
    F6_E2M3: { bits: 6, dtype: 'float6e2m3', kind: 'float' },
    F6_E3M2: { bits: 6, dtype: 'float6e3m2', kind: 'float' },
    U8: { bits: 8, dtype: 'uint8', kind: 'int' },
    I8: { bits: 8, dtype: 'int8', kind: 'int' },
    F8_E5M2: { bits: 8, dtype: 'float8e5m2', kind: 'float' },
    F8_E4M3: { bits: 8, dtype: 'float8e4m3fn', kind: 'float' },
    F8_E8M0: { bits: 8, dtype: 'float8e8m0', kind: 'float' },
    I16: { bits: 16, dtype: 'int16', kind: 'int' },
    U16: { bits: 16, dtype: 'uint16', kind: 'int' },
    F16: { bits: 16, dtype: 'float16', kind: 'float' },
    BF16: { bits: 16, dtype: 'bfloat16', kind: 'float' },
    I32: { bits: 32, dtype: 'int32', kind: 'int' },
    U32: { bits: 32, dtype: 'uint32', kind: 'int' },
    F32: { bits: 32, dtype: 'float32', kind: 'float' },
    C64: { bits: 64, dtype: 'complex64', kind: 'float' },
    F64: { bits: 64, dtype: 'float64', kind: 'float' },
    I64: { bits: 64, dtype: 'int64', kind: 'int' },
    U64: { bits: 64, dtype: 'uint64', kind: 'int' },
};
function safetensorsDType(name) {
    return Object.prototype.hasOwnProperty.call(TABLE, name) ? TABLE[name] : undefined;
}
const SAFETENSORS_DTYPE_NAMES = Object.keys(TABLE);

// EXTERNAL MODULE: ./build/src/formats/safetensors/json-object.js
var json_object = __webpack_require__(678);
;// CONCATENATED MODULE: ./build/src/formats/safetensors/header.js



const MAX_HEADER_BYTES = 100_000_000;
const MAX_TENSORS = 200_000;
const MAX_METADATA_VALUE_CHARS = 500;
function quoted(name, max = 80) {
    return JSON.stringify(name.length > max ? `${name.slice(0, max)}…` : name);
}
function readSafetensorsHeader(file) {
    const fail = (detail) => {
        throw new errors/* ModelFileError */.EO(file.path, detail);
    };
    if (file.size < 8)
        fail(`truncated: ${file.size} bytes, shorter than the 8-byte header length of a safetensors file`);
    const length = file.read(0, 8, 'header length').readBigUInt64LE(0);
    if (length > BigInt(MAX_HEADER_BYTES)) {
        fail(`header length ${length} bytes exceeds the ${MAX_HEADER_BYTES / 1e6} MB limit (corrupt, or not a safetensors file)`);
    }
    const n = Number(length);
    if (8 + n > file.size)
        fail(`truncated: header length ${n} bytes runs past the end of the file (${file.size} bytes)`);
    if (n < 2)
        fail(`header length ${n} bytes is too short for a JSON object`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file.read(8, n, 'JSON header'));
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            throw e;
        return fail('JSON header is not valid UTF-8');
    }
    if (text.trimStart()[0] !== '{')
        fail('JSON header does not start with "{" (corrupt, or not a safetensors file)');
    let members;
    try {
        members = (0,json_object/* objectMembers */.vN)(text, MAX_TENSORS + 1, METADATA);
    }
    catch (e) {
        if (e instanceof json_object/* TooManyMembersError */.R2)
            return fail(`header lists more than ${MAX_TENSORS} tensors, more than any real checkpoint: refused`);
        if (e instanceof json_object/* ValueTooLargeError */.rs)
            return fail(`tensor ${quoted(e.key)}: its entry holds more than ${json_object/* MAX_PARSED_ITEMS */.OG} arrays, objects and items (a tensor's holds about 10): refused unparsed`);
        if (e instanceof SyntaxError || e instanceof json_object/* JsonShapeError */.ir)
            return fail('JSON header is malformed (not valid JSON)');
        throw e;
    }
    const dataStart = 8 + n;
    const dataBytes = file.size - dataStart;
    const warnings = [];
    const metadata = new Map();
    const entries = [];
    const seen = new Set();
    for (const [name, value] of members) {
        if (seen.has(name))
            fail(`${name === '__metadata__' ? '__metadata__' : `tensor ${quoted(name)}`} appears twice in the header`);
        seen.add(name);
        if (name === '__metadata__') {
            readMetadata(value, metadata, fail);
            continue;
        }
        entries.push(parseEntry(name, value, dataBytes, fail));
    }
    if (entries.length > MAX_TENSORS)
        fail(`header lists more than ${MAX_TENSORS} tensors, more than any real checkpoint: refused`);
    const sorted = [...entries].filter((e) => e.end > e.begin).sort((a, b) => a.begin - b.begin);
    let covered = 0;
    let reach;
    for (const cur of sorted) {
        if (reach && cur.begin < reach.end) {
            fail(`tensors ${quoted(reach.name)} and ${quoted(cur.name)} overlap (bytes ${reach.begin}..${reach.end} and ${cur.begin}..${cur.end})`);
        }
        if (!reach || cur.end > reach.end)
            reach = cur;
    }
    for (const e of sorted)
        covered += e.end - e.begin;
    if (covered < dataBytes)
        warnings.push(`${dataBytes - covered} bytes of the data section belong to no tensor`);
    return { entries, metadata, dataStart, warnings };
}
const METADATA = new Set(['__metadata__']);
const EVERY_MEMBER = { has: () => true };
function readMetadata(raw, into, fail) {
    if (raw[0] !== '{')
        fail('__metadata__ is not an object of strings');
    try {
        for (const [k, text] of (0,json_object/* objectMembers */.vN)(raw, Number.MAX_SAFE_INTEGER, EVERY_MEMBER)) {
            const v = text[0] !== '"' && (0,json_object/* holdsTooMany */.iX)(text) ? text : JSON.parse(text);
            const s = typeof v === 'string' ? v : text;
            into.set(k, s.length > MAX_METADATA_VALUE_CHARS ? `${s.slice(0, MAX_METADATA_VALUE_CHARS)}…` : s);
        }
    }
    catch (e) {
        if (e instanceof SyntaxError || e instanceof json_object/* JsonShapeError */.ir)
            return fail('JSON header is malformed (not valid JSON)');
        throw e;
    }
}
function parseEntry(name, value, dataBytes, fail) {
    const where = `tensor ${quoted(name)}`;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        fail(`${where}: entry is not an object`);
    const v = value;
    if (typeof v['dtype'] !== 'string')
        fail(`${where}: no dtype`);
    const typeName = v['dtype'];
    const type = safetensorsDType(typeName);
    if (!type)
        return fail(`${where}: unknown dtype ${quoted(typeName, 20)}`);
    const shape = v['shape'];
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
        return fail(`${where}: shape is not a list of non-negative integers`);
    }
    const dims = shape;
    let elements = 1;
    for (const d of dims) {
        elements *= d;
        if (!Number.isSafeInteger(elements))
            fail(`${where}: shape [${dims.join(', ')}] has more elements than can be counted exactly`);
    }
    const offsets = v['data_offsets'];
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)) {
        return fail(`${where}: data_offsets is not a pair of non-negative integers`);
    }
    const [begin, end] = offsets;
    if (end < begin)
        fail(`${where}: data_offsets [${begin}, ${end}] end before they begin`);
    const bits = elements * type.bits;
    if (!Number.isSafeInteger(bits))
        fail(`${where}: shape [${dims.join(', ')}] is too large`);
    if (bits % 8 !== 0)
        fail(`${where}: ${elements} ${typeName} values are not a whole number of bytes`);
    if (end - begin !== bits / 8) {
        fail(`${where}: data_offsets [${begin}, ${end}] hold ${end - begin} bytes, but shape [${dims.join(', ')}] of ${typeName} needs ${bits / 8}`);
    }
    if (end > dataBytes) {
        fail(`truncated: ${where} ends at byte ${end} of the data section, which has ${dataBytes} bytes`);
    }
    return { name, type, typeName, dims, elements, begin, end };
}


/***/ }),

/***/ 3719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ unpackGptqAwq),
/* harmony export */   DN: () => (/* binding */ PACKED_WITHOUT_CONFIG),
/* harmony export */   W0: () => (/* binding */ parseHfConfig),
/* harmony export */   hf: () => (/* binding */ parseQuantizationConfig),
/* harmony export */   im: () => (/* binding */ readConfigText),
/* harmony export */   lS: () => (/* binding */ describeQuantization),
/* harmony export */   pu: () => (/* binding */ isPackedQuantState)
/* harmony export */ });
/* harmony import */ var _decoder_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5416);
/* harmony import */ var _random_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3690);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2570);



const MAX_CONFIG_BYTES = 4_000_000;
const PLAIN_MLP = new Set(['gpt2', 'gpt_neox', 'gptj', 'gpt_bigcode', 'phi', 'opt', 'bloom', 'falcon', 'starcoder2', 'codegen', 'mpt']);
const FOUR_X_MLP = new Set(['gpt2', 'gptj', 'gpt_bigcode', 'falcon']);
const QWEN_WINDOWED = /^qwen[23](_moe)?$/;
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function configObject(text, consequence) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return `config.json is not valid JSON; ${consequence}`;
    }
    return isObject(raw) ? raw : `config.json is not a JSON object; ${consequence}`;
}
function parseHfConfig(text, tensorNames) {
    const raw = configObject(text, 'LLM figures are not available');
    if (typeof raw === 'string')
        return { warnings: [raw] };
    const warnings = [];
    const quantization = parseQuantization(raw['quantization_config'], warnings);
    const c = isObject(raw['text_config']) ? { ...raw, ...raw['text_config'] } : raw;
    const modelType = typeof c['model_type'] === 'string' ? c['model_type'].slice(0, 64) : undefined;
    const architecture = modelType ?? (Array.isArray(raw['architectures']) && typeof raw['architectures'][0] === 'string' ? raw['architectures'][0].slice(0, 64) : 'unknown');
    const first = (...keys) => {
        for (const k of keys)
            if (c[k] !== undefined && c[k] !== null)
                return c[k];
        return undefined;
    };
    const hiddenSize = first('hidden_size', 'n_embd', 'd_model');
    const experts = first('num_local_experts', 'num_experts', 'n_routed_experts');
    const isMoe = typeof experts === 'number' && experts > 0;
    const dtype = first('torch_dtype', 'dtype');
    const kvCacheElementBytes = dtype === 'float32' ? 4 : dtype === 'float64' ? 8 : 2;
    let intermediateSize = isMoe ? first('moe_intermediate_size', 'intermediate_size', 'ffn_dim') : first('intermediate_size', 'n_inner', 'ffn_dim', 'ffn_hidden_size');
    if (intermediateSize === undefined && FOUR_X_MLP.has(architecture) && typeof hiddenSize === 'number')
        intermediateSize = 4 * hiddenSize;
    let sharedExpertIntermediateSize = first('shared_expert_intermediate_size');
    const sharedCount = first('n_shared_experts');
    if (sharedExpertIntermediateSize === undefined && typeof sharedCount === 'number' && typeof intermediateSize === 'number' && sharedCount > 0) {
        sharedExpertIntermediateSize = sharedCount * intermediateSize;
    }
    if (sharedExpertIntermediateSize === undefined && isMoe && architecture.startsWith('llama4') && typeof intermediateSize === 'number') {
        sharedExpertIntermediateSize = intermediateSize;
    }
    if (isMoe && hasDenseLayers(c)) {
        warnings.push('config.json: some layers are dense rather than MoE (first_k_dense_replace/decoder_sparse_step/mlp_only_layers/interleave_moe_layer_step/moe_layers); the MLP MACs count every layer as MoE');
    }
    const latent = first('kv_lora_rank');
    if (latent !== undefined) {
        warnings.push('config.json: multi-head latent attention (kv_lora_rank) is not modelled; LLM figures are not available');
        return { quantization, modelType, warnings };
    }
    const multiQuery = c['multi_query'] === true ? 1 : undefined;
    const falconMultiQuery = architecture === 'falcon' && multiQuery !== undefined && c['new_decoder_architecture'] !== true;
    const windowOff = QWEN_WINDOWED.test(architecture) ? c['use_sliding_window'] !== true : c['use_sliding_window'] === false;
    const statedWindow = windowOff ? undefined : first('sliding_window', 'attention_window');
    const windowLayers = typeof statedWindow === 'number' ? slidingLayers(c, architecture) : undefined;
    const slidingWindow = windowLayers === 0 ? undefined : statedWindow;
    const fields = {
        architecture,
        hiddenSize,
        layers: first('num_hidden_layers', 'n_layer', 'num_layers'),
        heads: first('num_attention_heads', 'n_head'),
        kvHeads: falconMultiQuery ? 1 : first('num_key_value_heads', 'num_kv_heads', 'n_head_kv') ?? multiQuery,
        headDim: first('head_dim'),
        intermediateSize,
        gatedMlp: !PLAIN_MLP.has(architecture),
        vocabSize: first('vocab_size'),
        tiedEmbeddings: typeof c['tie_word_embeddings'] === 'boolean' ? c['tie_word_embeddings'] : !hasLmHead(tensorNames),
        maxContext: first('max_position_embeddings', 'n_positions', 'n_ctx', 'max_sequence_length', 'seq_length'),
        slidingWindow: typeof slidingWindow === 'number' ? slidingWindow : undefined,
        slidingWindowLayers: typeof slidingWindow === 'number' ? windowLayers : undefined,
        experts: isMoe ? experts : undefined,
        expertsPerToken: isMoe ? first('num_experts_per_tok', 'num_experts_per_token', 'moe_topk', 'top_k') : undefined,
        sharedExpertIntermediateSize: isMoe ? sharedExpertIntermediateSize : undefined,
        kvCacheElementBytes,
    };
    const built = (0,_decoder_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .buildDecoderSpec */ .C)(fields, 'config.json', {
        hiddenSize: 'hidden_size', layers: 'num_hidden_layers', heads: 'num_attention_heads', kvHeads: 'num_key_value_heads',
        headDim: 'head_dim', intermediateSize: isMoe ? 'moe_intermediate_size/intermediate_size' : 'intermediate_size', vocabSize: 'vocab_size',
        maxContext: 'max_position_embeddings', slidingWindow: 'sliding_window', experts: 'num_experts', expertsPerToken: 'num_experts_per_tok',
        sharedExpertIntermediateSize: 'shared_expert_intermediate_size',
    });
    if ('reason' in built) {
        warnings.push(`${built.reason}; LLM figures are not available`);
        return { quantization, modelType, warnings };
    }
    return { decoder: built.spec, quantization, modelType, warnings };
}
function parseQuantizationConfig(text) {
    const raw = configObject(text, 'its quantization_config is not used');
    if (typeof raw === 'string')
        return { warnings: [raw] };
    const warnings = [];
    const quantization = parseQuantization(raw['quantization_config'], warnings);
    return { ...(quantization ? { quantization } : {}), warnings };
}
function readConfigText(path, warnings, onRead) {
    return (0,_random_access_js__WEBPACK_IMPORTED_MODULE_0__/* .withRandomAccessFile */ .e)(path, (f) => {
        if (f.size > MAX_CONFIG_BYTES) {
            warnings.push(`config.json is ${f.size} bytes, over the ${MAX_CONFIG_BYTES / 1e6} MB limit; it is not used`);
            return undefined;
        }
        const text = f.read(0, f.size, 'config.json').toString('utf8');
        onRead?.(f);
        return text;
    });
}
function describeQuantization(q) {
    if (q.method === 'bitsandbytes')
        return q.bits === 4 ? `bitsandbytes 4-bit ${q.bnb4bitType ?? 'nf4'} (2 values per byte)` : 'bitsandbytes 8-bit (int8)';
    if (q.method === 'mxfp4')
        return 'MXFP4 (2 values per byte, E8M0 scale per 32)';
    const per = q.bits === 3 ? '32 values per 3 int32' : `${32 / q.bits} values per int32`;
    return `${q.method.toUpperCase()} ${q.bits}-bit${q.groupSize !== undefined && q.groupSize > 0 ? `, group ${q.groupSize}` : ''} (${per})`;
}
function unpackGptqAwq(name, dtype, dims, elements, q) {
    if (q.method !== 'gptq' && q.method !== 'awq')
        return undefined;
    if (name.endsWith('.qweight') && dtype === 'int32' && dims.length === 2) {
        const [r, c] = dims;
        const unpacked = q.method === 'gptq' ? [(r * 32) / q.bits, c] : [r, (c * 32) / q.bits];
        return { dtype: `uint${q.bits}`, dims: unpacked, elements: (elements * 32) / q.bits, role: 'param', quantization: describeQuantization(q) };
    }
    if (name.endsWith('.qzeros') || name.endsWith('.scales')) {
        return { dtype, dims, elements, role: 'buffer', quantization: `${q.method.toUpperCase()} ${name.endsWith('.qzeros') ? 'zero points' : 'scales'}` };
    }
    if (name.endsWith('.g_idx'))
        return { dtype, dims, elements, role: 'non-weight' };
    return undefined;
}
const PACKED_WITHOUT_CONFIG = 'packed quantized tensors (.qweight) without a quantization_config (read from a config.json beside a .safetensors or .bin file): params leave out the packed int32 words (bits per value unknown), and their .scales/.qzeros are buffers';
function isPackedQuantState(name, names) {
    const m = /^(.*)\.(scales|qzeros)$/.exec(name);
    return m !== null && names.has(`${m[1]}.qweight`);
}
function hasLmHead(names) {
    for (const n of names)
        if (n === 'lm_head.weight' || n.endsWith('.lm_head.weight') || n === 'embed_out.weight' || n === 'lm_head.qweight')
            return true;
    return false;
}
function hasDenseLayers(c) {
    const leading = c['first_k_dense_replace'];
    const step = c['decoder_sparse_step'];
    const mlpOnly = c['mlp_only_layers'];
    const interleave = c['interleave_moe_layer_step'];
    const moeLayers = c['moe_layers'];
    const layers = c['num_hidden_layers'];
    return (typeof leading === 'number' && leading > 0) || (typeof step === 'number' && step > 1) || (Array.isArray(mlpOnly) && mlpOnly.length > 0)
        || (typeof interleave === 'number' && interleave > 1) || (Array.isArray(moeLayers) && typeof layers === 'number' && moeLayers.length < layers);
}
function slidingLayers(c, architecture) {
    const types = c['layer_types'];
    if (Array.isArray(types))
        return types.filter((t) => t === 'sliding_attention').length;
    const layers = c['num_hidden_layers'];
    if (typeof layers !== 'number' || !Number.isSafeInteger(layers) || layers <= 0)
        return undefined;
    const fromLayer = c['max_window_layers'];
    if (QWEN_WINDOWED.test(architecture) && typeof fromLayer === 'number' && Number.isSafeInteger(fromLayer) && fromLayer >= 0) {
        return Math.max(0, layers - fromLayer);
    }
    if (architecture === 'cohere2')
        return layers - Math.floor(layers / patternOf(c, 4));
    if (architecture === 'gemma2' || architecture === 'gpt_oss')
        return Math.ceil(layers / 2);
    if (architecture.startsWith('gemma3'))
        return layers - Math.floor(layers / patternOf(c, 6));
    return undefined;
}
function patternOf(c, fallback) {
    const p = c['sliding_window_pattern'];
    return typeof p === 'number' && Number.isSafeInteger(p) && p > 0 ? p : fallback;
}
function parseQuantization(q, warnings) {
    if (q === undefined)
        return undefined;
    if (!isObject(q)) {
        warnings.push('config.json: quantization_config is not an object; ignored');
        return undefined;
    }
    const method = typeof q['quant_method'] === 'string' ? q['quant_method'].toLowerCase().slice(0, 40) : '';
    const groupSize = typeof q['group_size'] === 'number' ? q['group_size'] : undefined;
    if (method === 'gptq' || method === 'awq') {
        const bits = q['bits'] ?? q['w_bit'] ?? 4;
        if (typeof bits !== 'number' || ![2, 3, 4, 8].includes(bits)) {
            const shown = bits === null ? 'null' : Array.isArray(bits) ? 'a list' : typeof bits === 'object' ? 'an object' : (0,_header_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(String(bits), 10);
            warnings.push(`config.json: ${method} bits ${shown} is not 2, 3, 4 or 8; packed weights are counted as stored`);
            return undefined;
        }
        const group = groupSize ?? (typeof q['q_group_size'] === 'number' ? q['q_group_size'] : undefined);
        return { method, bits, ...(group !== undefined ? { groupSize: group } : {}) };
    }
    if (method === 'bitsandbytes' || q['load_in_4bit'] !== undefined || q['load_in_8bit'] !== undefined) {
        if (q['load_in_4bit'] === true) {
            const t = q['bnb_4bit_quant_type'];
            return { method: 'bitsandbytes', bits: 4, bnb4bitType: t === 'fp4' ? 'fp4' : 'nf4' };
        }
        return { method: 'bitsandbytes', bits: 8 };
    }
    if (method === 'mxfp4')
        return { method, bits: 4 };
    if (method !== '')
        return { method, bits: 0 };
    return undefined;
}


/***/ }),

/***/ 678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OG: () => (/* binding */ MAX_PARSED_ITEMS),
/* harmony export */   R2: () => (/* binding */ TooManyMembersError),
/* harmony export */   iX: () => (/* binding */ holdsTooMany),
/* harmony export */   ir: () => (/* binding */ JsonShapeError),
/* harmony export */   rs: () => (/* binding */ ValueTooLargeError),
/* harmony export */   vN: () => (/* binding */ objectMembers)
/* harmony export */ });
class JsonShapeError extends Error {
    name = 'JsonShapeError';
}
class TooManyMembersError extends Error {
    limit;
    name = 'TooManyMembersError';
    constructor(limit) {
        super(`more than ${limit} members`);
        this.limit = limit;
    }
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function endOfString(text, i) {
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === BACKSLASH)
            j++;
        else if (c === QUOTE)
            return j + 1;
    }
    throw new JsonShapeError('unterminated string');
}
const MAX_PARSED_ITEMS = 4096;
class ValueTooLargeError extends Error {
    key;
    name = 'ValueTooLargeError';
    constructor(key) {
        super(`member ${JSON.stringify(key.slice(0, 80))} holds more than ${MAX_PARSED_ITEMS} arrays, objects and items`);
        this.key = key;
    }
}
function endOfValue(text, i, items = { n: 0 }) {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === QUOTE) {
            j = endOfString(text, j) - 1;
            if (depth === 0)
                return j + 1;
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            depth++;
            items.n++;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            if (depth === 0)
                return j;
            depth--;
            if (depth === 0)
                return j + 1;
        }
        else if (depth === 0 && (c === COMMA || isSpace(c))) {
            return j;
        }
        else if (c === COMMA) {
            items.n++;
        }
    }
    if (depth > 0)
        throw new JsonShapeError('unterminated object or array');
    return text.length;
}
function holdsTooMany(text) {
    const items = { n: 0 };
    endOfValue(text, 0, items);
    return items.n > MAX_PARSED_ITEMS;
}
function objectMembers(text, maxMembers, raw = new Set()) {
    const out = [];
    let i = 0;
    const skipSpace = () => {
        while (i < text.length && isSpace(text.charCodeAt(i)))
            i++;
    };
    skipSpace();
    if (text.charCodeAt(i) !== OPEN_BRACE)
        throw new JsonShapeError('not an object');
    i++;
    skipSpace();
    if (text.charCodeAt(i) === CLOSE_BRACE) {
        i++;
    }
    else {
        for (;;) {
            skipSpace();
            if (text.charCodeAt(i) !== QUOTE)
                throw new JsonShapeError('expected a key');
            const keyEnd = endOfString(text, i);
            const keyText = text.slice(i + 1, keyEnd - 1);
            const key = keyText.includes('\\') ? JSON.parse(text.slice(i, keyEnd)) : keyText;
            if (out.length >= maxMembers)
                throw new TooManyMembersError(maxMembers);
            i = keyEnd;
            skipSpace();
            if (text.charCodeAt(i) !== COLON)
                throw new JsonShapeError('expected ":"');
            i++;
            skipSpace();
            const items = { n: 0 };
            const valueEnd = endOfValue(text, i, items);
            if (valueEnd === i)
                throw new JsonShapeError('expected a value');
            const keep = raw.has(key);
            if (!keep && items.n > MAX_PARSED_ITEMS)
                throw new ValueTooLargeError(key);
            out.push([key, keep ? text.slice(i, valueEnd) : JSON.parse(text.slice(i, valueEnd))]);
            i = valueEnd;
            skipSpace();
            const c = text.charCodeAt(i);
            i++;
            if (c === CLOSE_BRACE)
                break;
            if (c !== COMMA)
                throw new JsonShapeError('expected "," or "}"');
        }
    }
    skipSpace();
    if (i !== text.length)
        throw new JsonShapeError('text after the object');
    return out;
}


/***/ }),

/***/ 1359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dF: () => (/* binding */ isShardSetFile),
/* harmony export */   dI: () => (/* binding */ shardSetSideFiles),
/* harmony export */   vf: () => (/* binding */ countReads),
/* harmony export */   xE: () => (/* binding */ readShardSet)
/* harmony export */ });
/* unused harmony export shardSetKey */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8094);
/* harmony import */ var _random_access_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3690);
/* harmony import */ var _safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2570);
/* harmony import */ var _safetensors_json_object_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(678);
/* harmony import */ var _shard_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7159);







const MAX_INDEX_BYTES = 32_000_000;
function countReads(stats, f) {
    stats.bytesRead += f.bytesRead;
    stats.readCalls += f.readCalls;
    stats.fileBytes += f.size;
}
function isShardSetFile(naming, name) {
    return (0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .indexPrefix */ .jE)(naming, name) !== null || (0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .shardOf */ .IS)(naming, name) !== null;
}
function readShardSet(naming, path, stats, readShard, tensorNames, warnings) {
    let layout = layoutOf(naming, path);
    const indexPath = layout.index !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(layout.dir, layout.index) : undefined;
    const index = indexPath !== undefined ? readIndex(indexPath, stats) : undefined;
    let shardNames = index ? [...new Set(index.weightMap.values())].sort() : layout.shards;
    const outside = outsideItsSet(naming, path, layout, shardNames);
    if (outside !== null) {
        warnings.push(outside);
        layout = { dir: layout.dir, shards: [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path)] };
        shardNames = layout.shards;
    }
    const shards = [];
    for (const shard of shardNames) {
        const shardPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(layout.dir, shard);
        const state = (0,_file_js__WEBPACK_IMPORTED_MODULE_2__/* .fileState */ .oT)(shardPath);
        if (state !== 'file') {
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(indexPath ?? path, `shard ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(shard)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
        }
        shards.push({ shard, read: readShard(shardPath, shard) });
    }
    const where = new Map();
    for (const { shard, read } of shards) {
        for (const name of tensorNames(read)) {
            const seen = where.get(name);
            if (seen !== undefined && seen !== shard)
                throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(layout.dir, shard), `tensor ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(name)} is stored in more than one shard (also in ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(seen)})`);
            where.set(name, shard);
        }
    }
    if (index && outside === null)
        checkAgainstIndex(indexPath, index.weightMap, where, warnings);
    const setIndex = outside === null ? layout.index : undefined;
    return {
        dir: layout.dir,
        ...(setIndex !== undefined ? { index: { name: setIndex, ...(index?.totalSize !== undefined ? { totalSize: index.totalSize } : {}) } } : {}),
        shards,
        sharded: setIndex !== undefined || shardNames.length > 1,
        sideFiles: [...(setIndex !== undefined && indexPath !== path ? [setIndex] : []), ...shardNames.filter((s) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(layout.dir, s) !== path)],
    };
}
function outsideItsSet(naming, path, layout, shardNames) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    const m = naming.shard.exec(name);
    if (!m || shardNames.includes(name))
        return null;
    if (layout.index !== undefined)
        return `named as a shard of the set of ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(layout.index)}, which does not list it (loaders ignore it): measured as a model of its own`;
    return `named as shard ${Number(m[2])} of a set of ${Number(m[3])}, which has no such shard (loaders ignore it): measured as a model of its own`;
}
function shardSetSideFiles(naming, path, content) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    const out = [];
    if ((0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .indexPrefix */ .jE)(naming, name) !== null) {
        if (content !== null)
            out.push(...shardsNamedIn(content));
    }
    else {
        const s = (0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .shardOf */ .IS)(naming, name);
        if (s) {
            out.push(...(0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .indexNames */ .dC)(naming, s.prefix));
            for (let i = 1; i <= s.total; i++)
                out.push((0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .shardName */ .Az)(naming, s.prefix, i, s.totalText));
        }
    }
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
        if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO)
            return [];
        throw e;
    }
}
function shardSetKey(naming, path) {
    const layout = layoutOf(naming, path);
    return join(layout.dir, layout.index ?? layout.shards[0]);
}
function layoutOf(naming, path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    if ((0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .indexPrefix */ .jE)(naming, name) !== null)
        return { dir, index: name, shards: [] };
    const m = naming.shard.exec(name);
    if (!m)
        return { dir, shards: [name] };
    const index = (0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .indexNames */ .dC)(naming, m[1]).find((n) => (0,_file_js__WEBPACK_IMPORTED_MODULE_2__/* .fileState */ .oT)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, n)) === 'file');
    if (index !== undefined)
        return { dir, index, shards: [] };
    const s = (0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .shardOf */ .IS)(naming, name);
    if (!s)
        return { dir, shards: [name] };
    return { dir, shards: Array.from({ length: s.total }, (_, i) => (0,_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .shardName */ .Az)(naming, s.prefix, i + 1, s.totalText)) };
}
function readIndex(path, stats) {
    const text = (0,_random_access_js__WEBPACK_IMPORTED_MODULE_3__/* .withRandomAccessFile */ .e)(path, (f) => {
        if (f.size > MAX_INDEX_BYTES)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, `index is ${f.size} bytes, over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
        const bytes = f.read(0, f.size, 'index');
        countReads(stats, f);
        return bytes.toString('utf8');
    });
    return parseIndex(text, path);
}
function parseIndex(text, path) {
    if (text.length > MAX_INDEX_BYTES)
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, `index is over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
    let top;
    let entries;
    try {
        top = new Map((0,_safetensors_json_object_js__WEBPACK_IMPORTED_MODULE_5__/* .objectMembers */ .vN)(text, 16, new Set(['weight_map'])));
        const mapText = top.get('weight_map');
        if (typeof mapText !== 'string' || !mapText.startsWith('{'))
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, 'index has no weight_map object');
        entries = (0,_safetensors_json_object_js__WEBPACK_IMPORTED_MODULE_5__/* .objectMembers */ .vN)(mapText, _safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TENSORS */ .am);
    }
    catch (e) {
        if (e instanceof _safetensors_json_object_js__WEBPACK_IMPORTED_MODULE_5__/* .TooManyMembersError */ .R2)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, `index lists more than ${e.limit} entries: refused`);
        if (e instanceof _safetensors_json_object_js__WEBPACK_IMPORTED_MODULE_5__/* .ValueTooLargeError */ .rs)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, `index ${top === undefined ? 'member' : 'weight_map entry'} ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(e.key)} holds more than ${_safetensors_json_object_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_PARSED_ITEMS */ .OG} arrays, objects and items: refused unparsed`);
        if (e instanceof SyntaxError || e instanceof _safetensors_json_object_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonShapeError */ .ir)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, 'index is not valid JSON');
        throw e;
    }
    const weightMap = new Map();
    for (const [tensor, file] of entries) {
        if (typeof file !== 'string')
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, `weight_map entry ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(tensor)} is not a file name`);
        if (file === '' || file.includes('/') || file.includes('\\') || file === '.' || file === '..' || file.includes('\0')) {
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, `weight_map names shard ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(file)}, which is not a file name in the index's folder`);
        }
        weightMap.set(tensor, file);
    }
    if (new Set(weightMap.values()).size > _shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_SHARDS */ .hH)
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, `index names more than ${_shard_names_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_SHARDS */ .hH} shards`);
    const meta = top.get('metadata');
    const total = meta !== null && typeof meta === 'object' ? meta.total_size : undefined;
    return { weightMap, ...(typeof total === 'number' && Number.isSafeInteger(total) ? { totalSize: total } : {}) };
}
function checkAgainstIndex(indexPath, weightMap, where, warnings) {
    for (const [tensor, shard] of weightMap) {
        const found = where.get(tensor);
        if (found === undefined)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(indexPath, `tensor ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(tensor)} is listed in shard ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(shard)} but is not in it`);
        if (found !== shard)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(indexPath, `tensor ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(tensor)} is listed in shard ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(shard)} but stored in ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(found)}`);
    }
    const extra = [...where.keys()].filter((t) => !weightMap.has(t));
    if (extra.length > 0)
        warnings.push(`${extra.length} tensor(s) in the shards are not listed in the index (first: ${(0,_safetensors_header_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(extra[0])})`);
}


/***/ })

};
