export const id = 825;
export const ids = [825];
export const modules = {

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

/***/ 3825:
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
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/random-access.js
var random_access = __webpack_require__(3690);
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

;// CONCATENATED MODULE: ./build/src/formats/safetensors/json-object.js
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
function endOfValue(text, i) {
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
    }
    if (depth > 0)
        throw new JsonShapeError('unterminated object or array');
    return text.length;
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
            const valueEnd = endOfValue(text, i);
            if (valueEnd === i)
                throw new JsonShapeError('expected a value');
            out.push([key, raw.has(key) ? text.slice(i, valueEnd) : JSON.parse(text.slice(i, valueEnd))]);
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
        members = objectMembers(text, MAX_TENSORS + 1);
    }
    catch (e) {
        if (e instanceof TooManyMembersError)
            return fail(`header lists more than ${MAX_TENSORS} tensors, more than any real checkpoint: refused`);
        if (e instanceof SyntaxError || e instanceof JsonShapeError)
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
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                fail('__metadata__ is not an object of strings');
            for (const [k, v] of Object.entries(value)) {
                const s = typeof v === 'string' ? v : JSON.stringify(v);
                metadata.set(k, s.length > MAX_METADATA_VALUE_CHARS ? `${s.slice(0, MAX_METADATA_VALUE_CHARS)}…` : s);
            }
            continue;
        }
        entries.push(parseEntry(name, value, dataBytes, fail));
    }
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

// EXTERNAL MODULE: ./build/src/formats/decoder-spec.js
var decoder_spec = __webpack_require__(5416);
;// CONCATENATED MODULE: ./build/src/formats/safetensors/hf-config.js


const PLAIN_MLP = new Set(['gpt2', 'gpt_neox', 'gptj', 'gpt_bigcode', 'phi', 'opt', 'bloom', 'falcon', 'starcoder2', 'codegen', 'mpt']);
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function parseHfConfig(text, tensorNames) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { warnings: ['config.json is not valid JSON; LLM figures are not available'] };
    }
    if (!isObject(raw))
        return { warnings: ['config.json is not a JSON object; LLM figures are not available'] };
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
    if (intermediateSize === undefined && architecture === 'gpt2' && typeof hiddenSize === 'number')
        intermediateSize = 4 * hiddenSize;
    let sharedExpertIntermediateSize = first('shared_expert_intermediate_size');
    const sharedCount = first('n_shared_experts');
    if (sharedExpertIntermediateSize === undefined && typeof sharedCount === 'number' && typeof intermediateSize === 'number' && sharedCount > 0) {
        sharedExpertIntermediateSize = sharedCount * intermediateSize;
    }
    if (first('first_k_dense_replace', 'decoder_sparse_step', 'mlp_only_layers') !== undefined && isMoe) {
        warnings.push('config.json: some layers are dense rather than MoE (first_k_dense_replace/decoder_sparse_step/mlp_only_layers); the MLP MACs count every layer as MoE');
    }
    const multiQuery = c['multi_query'] === true ? 1 : undefined;
    const slidingWindow = c['use_sliding_window'] === false ? undefined : first('sliding_window', 'attention_window');
    const fields = {
        architecture,
        hiddenSize,
        layers: first('num_hidden_layers', 'n_layer', 'num_layers'),
        heads: first('num_attention_heads', 'n_head'),
        kvHeads: first('num_key_value_heads', 'num_kv_heads', 'n_head_kv') ?? multiQuery,
        headDim: first('head_dim'),
        intermediateSize,
        gatedMlp: !PLAIN_MLP.has(architecture),
        vocabSize: first('vocab_size'),
        tiedEmbeddings: typeof c['tie_word_embeddings'] === 'boolean' ? c['tie_word_embeddings'] : !hasLmHead(tensorNames),
        maxContext: first('max_position_embeddings', 'n_positions', 'n_ctx', 'max_sequence_length', 'seq_length'),
        slidingWindow: typeof slidingWindow === 'number' ? slidingWindow : undefined,
        slidingWindowLayers: typeof slidingWindow === 'number' ? slidingLayers(c, architecture) : undefined,
        experts: isMoe ? experts : undefined,
        expertsPerToken: isMoe ? first('num_experts_per_tok', 'num_experts_per_token', 'moe_topk', 'top_k') : undefined,
        sharedExpertIntermediateSize: isMoe ? sharedExpertIntermediateSize : undefined,
        kvCacheElementBytes,
    };
    const built = (0,decoder_spec/* buildDecoderSpec */.C)(fields, 'config.json', {
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
function hasLmHead(names) {
    for (const n of names)
        if (n === 'lm_head.weight' || n.endsWith('.lm_head.weight') || n === 'embed_out.weight' || n === 'lm_head.qweight')
            return true;
    return false;
}
function slidingLayers(c, architecture) {
    const types = c['layer_types'];
    if (Array.isArray(types))
        return types.filter((t) => t === 'sliding_attention').length || undefined;
    const layers = c['num_hidden_layers'];
    if (typeof layers !== 'number' || !Number.isSafeInteger(layers) || layers <= 0)
        return undefined;
    if (architecture === 'gemma2')
        return Math.ceil(layers / 2);
    if (architecture.startsWith('gemma3')) {
        const p = c['sliding_window_pattern'];
        const pattern = typeof p === 'number' && Number.isSafeInteger(p) && p > 0 ? p : 6;
        return layers - Math.floor(layers / pattern);
    }
    return undefined;
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
            warnings.push(`config.json: ${method} bits ${quoted(String(bits), 10)} is not 2, 3, 4 or 8; packed weights are counted as stored`);
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

// EXTERNAL MODULE: ./build/src/formats/safetensors/signature.js
var signature = __webpack_require__(1770);
;// CONCATENATED MODULE: ./build/src/formats/safetensors/reader.js









const MAX_INDEX_BYTES = 32_000_000;
const MAX_CONFIG_BYTES = 4_000_000;
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
            throw new errors/* ModelFileError */.EO(owner, `shard ${quoted(shard)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
        }
        const header = (0,random_access/* withRandomAccessFile */.e)(shardPath, (f) => {
            const h = readSafetensorsHeader(f);
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
            throw new errors/* ModelFileError */.EO((0,external_node_path_.join)(layout.dir, shard), `tensor ${quoted(e.name)} is stored in more than one shard`);
        names.add(e.name);
    }
    let config;
    const configPath = (0,external_node_path_.join)(layout.dir, 'config.json');
    if (isRegularFile(configPath)) {
        const text = readConfigText(configPath, warnings, stats);
        if (text !== undefined)
            config = parseHfConfig(text, names);
    }
    if (config)
        warnings.push(...config.warnings);
    const quantization = config?.quantization;
    const tensors = entries.map(({ shard, e }) => toWeightTensor(e, sharded ? shard : undefined, quantization, names));
    const packed = tensors.filter((t) => t.quantization !== undefined && t.role === 'param').length;
    if (!quantization && [...names].some((n) => n.endsWith('.qweight'))) {
        warnings.push('packed quantized tensors (.qweight) but no quantization_config in a config.json beside the file: params count the stored int32 words, not the packed values');
    }
    else if (quantization && quantization.bits === 0) {
        warnings.push(`quant_method ${quoted(quantization.method, 40)} is not one we unpack: params count the stored elements`);
    }
    else if (quantization && packed === 0 && quantization.method !== 'bitsandbytes') {
        warnings.push(`quantization_config names ${quoted(quantization.method, 40)} but no packed tensors were recognised`);
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
        metadata.set('quantization', describeQuantization(quantization));
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
        top = new Map(objectMembers(text, 16, new Set(['weight_map'])));
        const mapText = top.get('weight_map');
        if (typeof mapText !== 'string' || !mapText.startsWith('{'))
            throw new errors/* ModelFileError */.EO(path, 'index has no weight_map object');
        entries = objectMembers(mapText, MAX_TENSORS);
    }
    catch (e) {
        if (e instanceof TooManyMembersError)
            throw new errors/* ModelFileError */.EO(path, `index lists more than ${e.limit} entries: refused`);
        if (e instanceof SyntaxError || e instanceof JsonShapeError)
            throw new errors/* ModelFileError */.EO(path, 'index is not valid JSON');
        throw e;
    }
    const weightMap = new Map();
    for (const [tensor, file] of entries) {
        if (typeof file !== 'string')
            throw new errors/* ModelFileError */.EO(path, `weight_map entry ${quoted(tensor)} is not a file name`);
        if (file === '' || file.includes('/') || file.includes('\\') || file === '.' || file === '..' || file.includes('\0')) {
            throw new errors/* ModelFileError */.EO(path, `weight_map names shard ${quoted(file)}, which is not a file name in the index's folder`);
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
            throw new errors/* ModelFileError */.EO(indexPath, `tensor ${quoted(tensor)} is listed in shard ${quoted(shard)} but is not in it`);
        if (found !== shard)
            throw new errors/* ModelFileError */.EO(indexPath, `tensor ${quoted(tensor)} is listed in shard ${quoted(shard)} but stored in ${quoted(found)}`);
    }
    const extra = [...where.keys()].filter((t) => !weightMap.has(t));
    if (extra.length > 0)
        warnings.push(`${extra.length} tensor(s) in the shards are not listed in the index (first: ${quoted(extra[0])})`);
}
function readConfigText(path, warnings, stats) {
    return (0,random_access/* withRandomAccessFile */.e)(path, (f) => {
        if (f.size > MAX_CONFIG_BYTES) {
            warnings.push(`config.json is ${f.size} bytes, over the ${MAX_CONFIG_BYTES / 1e6} MB limit; LLM figures are not available`);
            return undefined;
        }
        const text = f.read(0, f.size, 'config.json').toString('utf8');
        count(stats, f);
        return text;
    });
}
function isBufferName(name) {
    return /(^|\.)(running_mean|running_var|num_batches_tracked|inv_freq|masked_bias)$/.test(name) || /(^|\.)attn\.bias$/.test(name) && !name.includes('c_attn');
}
function describeQuantization(q) {
    if (q.method === 'bitsandbytes')
        return q.bits === 4 ? `bitsandbytes 4-bit ${q.bnb4bitType ?? 'nf4'} (2 values per byte)` : 'bitsandbytes 8-bit (int8)';
    if (q.method === 'mxfp4')
        return 'MXFP4 (2 values per byte, E8M0 scale per 32)';
    const per = q.bits === 3 ? '32 values per 3 int32' : `${32 / q.bits} values per int32`;
    return `${q.method.toUpperCase()} ${q.bits}-bit${q.groupSize !== undefined && q.groupSize > 0 ? `, group ${q.groupSize}` : ''} (${per})`;
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
    let role = isBufferName(e.name) ? 'buffer' : e.type.kind === 'float' || ((0,dtype/* isDType */.Zn)(e.type.dtype) && (0,dtype/* isWeightDType */.TW)(e.type.dtype)) ? 'param' : 'non-weight';
    if (q && (q.method === 'gptq' || q.method === 'awq')) {
        if (e.name.endsWith('.qweight') && e.typeName === 'I32' && e.dims.length === 2) {
            const [r, c] = e.dims;
            const dims = q.method === 'gptq' ? [(r * 32) / q.bits, c] : [r, (c * 32) / q.bits];
            return weightTensor(e, file, `uint${q.bits}`, dims, (e.elements * 32) / q.bits, 'param', describeQuantization(q));
        }
        if (e.name.endsWith('.qzeros') || e.name.endsWith('.scales')) {
            return weightTensor(e, file, e.type.dtype, e.dims, e.elements, 'buffer', `${q.method.toUpperCase()} ${e.name.endsWith('.qzeros') ? 'zero points' : 'scales'}`);
        }
        if (e.name.endsWith('.g_idx'))
            role = 'non-weight';
    }
    if (q && q.method === 'bitsandbytes') {
        if (BNB_SIDECAR.test(e.name))
            return weightTensor(e, file, e.type.dtype, e.dims, e.elements, 'buffer', 'bitsandbytes quantization state');
        if (q.bits === 4 && e.typeName === 'U8' && (names.has(`${e.name}.absmax`) || names.has(`${e.name}.quant_state.bitsandbytes__${q.bnb4bitType ?? 'nf4'}`))) {
            return weightTensor(e, file, q.bnb4bitType ?? 'nf4', [e.elements * 2], e.elements * 2, 'param', describeQuantization(q));
        }
    }
    if (q && q.method === 'mxfp4') {
        if (e.name.endsWith('_blocks') && e.typeName === 'U8') {
            const dims = e.dims.length >= 2 ? [...e.dims.slice(0, -2), e.dims[e.dims.length - 2] * e.dims[e.dims.length - 1] * 2] : [e.elements * 2];
            return weightTensor(e, file, 'float4e2m1', dims, e.elements * 2, 'param', describeQuantization(q));
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
