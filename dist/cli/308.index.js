export const id = 308;
export const ids = [308];
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

/***/ 5308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: ./build/src/formats/gguf/signature.js
var signature = __webpack_require__(6988);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var formats_file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/random-access.js
var random_access = __webpack_require__(3690);
// EXTERNAL MODULE: ./build/src/formats/decoder-spec.js
var decoder_spec = __webpack_require__(5416);
;// CONCATENATED MODULE: ./build/src/formats/gguf/decoder.js

function uniform(v) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'object') {
        const vals = v.values;
        if (!vals || vals.length !== v.length || vals.length === 0)
            return 'unreadable';
        return vals.every((x) => x === vals[0]) ? vals[0] : 'per-layer';
    }
    return 'not a number';
}
function decoderFromGguf(gguf, warnings) {
    const archValue = gguf.metadata.get('general.architecture');
    if (typeof archValue !== 'string')
        return undefined;
    const arch = archValue.slice(0, 64);
    const key = (k) => `${arch}.${k}`;
    const get = (k) => uniform(gguf.metadata.get(key(k)));
    if (get('block_count') === undefined || get('attention.head_count') === undefined)
        return undefined;
    const wrongLength = perLayerLengthMismatch(gguf, key, get('block_count'));
    if (wrongLength !== undefined) {
        warnings.push(wrongLength);
        return undefined;
    }
    for (const k of ['attention.head_count', 'attention.head_count_kv', 'feed_forward_length']) {
        if (get(k) === 'per-layer') {
            warnings.push(`GGUF metadata ${JSON.stringify(key(k))} differs per layer; LLM figures are not available`);
            return undefined;
        }
    }
    const names = new Set(gguf.tensors.map((t) => t.name));
    const embd = gguf.tensors.find((t) => t.name === 'token_embd.weight');
    const tokens = gguf.metadata.get('tokenizer.ggml.tokens');
    const vocab = get('vocab_size') ?? (embd && embd.ne.length === 2 ? embd.ne[1] : undefined) ?? (typeof tokens === 'object' ? tokens.length : undefined);
    const experts = get('expert_count');
    const isMoe = typeof experts === 'number' && experts > 0;
    const expertFf = get('expert_feed_forward_length');
    const intermediateSize = isMoe ? (expertFf ?? get('feed_forward_length')) : get('feed_forward_length');
    let shared = get('expert_shared_feed_forward_length');
    const sharedCount = get('expert_shared_count');
    if (shared === undefined && typeof sharedCount === 'number' && sharedCount > 0 && typeof intermediateSize === 'number')
        shared = sharedCount * intermediateSize;
    if (shared === undefined && isMoe) {
        const up = gguf.tensors.find((t) => /^blk\.\d+\.ffn_up_shexp\.weight$/.test(t.name));
        if (up && up.ne.length === 2)
            shared = up.ne[1];
    }
    const leadingDense = get('leading_dense_block_count');
    if (isMoe && typeof leadingDense === 'number' && leadingDense > 0) {
        warnings.push('GGUF metadata: the leading blocks are dense rather than MoE (leading_dense_block_count); the MLP MACs count every layer as MoE');
    }
    const interleave = get('interleave_moe_layer_step');
    if (isMoe && typeof interleave === 'number' && interleave > 1) {
        warnings.push('GGUF metadata: only every interleave_moe_layer_step-th block is MoE, the others dense; the MLP MACs count every layer as MoE');
    }
    if (get('attention.kv_lora_rank') !== undefined) {
        warnings.push(`GGUF metadata states ${JSON.stringify(key('attention.kv_lora_rank'))}: multi-head latent attention is not modelled; LLM figures are not available`);
        return undefined;
    }
    const layers = get('block_count');
    const window = get('attention.sliding_window');
    const built = (0,decoder_spec/* buildDecoderSpec */.C)({
        architecture: arch,
        hiddenSize: get('embedding_length'),
        layers,
        heads: get('attention.head_count'),
        kvHeads: get('attention.head_count_kv'),
        headDim: get('attention.key_length'),
        valueHeadDim: get('attention.value_length'),
        intermediateSize,
        gatedMlp: [...names].some((n) => /^blk\.\d+\.ffn_gate(_exps|_shexp)?\.weight$/.test(n)),
        vocabSize: vocab,
        tiedEmbeddings: !names.has('output.weight'),
        maxContext: get('context_length'),
        slidingWindow: typeof window === 'number' && window > 0 ? window : undefined,
        slidingWindowLayers: typeof window === 'number' && window > 0 ? slidingLayers(gguf.metadata.get(key('attention.sliding_window_pattern')), arch, layers) : undefined,
        experts: isMoe ? experts : undefined,
        expertsPerToken: isMoe ? get('expert_used_count') : undefined,
        sharedExpertIntermediateSize: isMoe ? shared : undefined,
        kvCacheElementBytes: 2,
    }, 'GGUF metadata', {
        hiddenSize: key('embedding_length'), layers: key('block_count'), heads: key('attention.head_count'),
        kvHeads: key('attention.head_count_kv'), headDim: key('attention.key_length'), valueHeadDim: key('attention.value_length'),
        intermediateSize: key(isMoe && expertFf !== undefined ? 'expert_feed_forward_length' : 'feed_forward_length'),
        vocabSize: `${key('vocab_size')} (or token_embd.weight)`, maxContext: key('context_length'), slidingWindow: key('attention.sliding_window'),
        experts: key('expert_count'), expertsPerToken: key('expert_used_count'), sharedExpertIntermediateSize: key('expert_shared_feed_forward_length'),
    });
    if ('reason' in built) {
        warnings.push(`${built.reason}; LLM figures are not available`);
        return undefined;
    }
    return built.spec;
}
const READ_KEYS = [
    'block_count', 'embedding_length', 'attention.head_count', 'attention.head_count_kv', 'attention.key_length', 'attention.value_length',
    'feed_forward_length', 'vocab_size', 'expert_count', 'expert_used_count', 'expert_feed_forward_length', 'expert_shared_feed_forward_length',
    'expert_shared_count', 'leading_dense_block_count', 'context_length', 'attention.sliding_window', 'attention.sliding_window_pattern',
    'attention.kv_lora_rank', 'interleave_moe_layer_step',
];
function perLayerLengthMismatch(gguf, key, layers) {
    if (typeof layers !== 'number')
        return undefined;
    for (const k of READ_KEYS) {
        const v = gguf.metadata.get(key(k));
        if (typeof v === 'object' && v.length !== layers) {
            return `GGUF metadata ${JSON.stringify(key(k))} has ${v.length} entries, not one per layer (block_count ${layers}); LLM figures are not available`;
        }
    }
    return undefined;
}
const FIXED_SWA_PATTERN = new Map([['gemma2', 2], ['gpt-oss', 2], ['cohere2', 4]]);
function slidingLayers(pattern, arch, layers) {
    if (typeof layers !== 'number' || !Number.isSafeInteger(layers) || layers <= 0)
        return undefined;
    if (typeof pattern === 'object' && pattern.values && pattern.values.length === pattern.length) {
        return pattern.values.filter((v) => v === true).length;
    }
    if (typeof pattern === 'number' && Number.isSafeInteger(pattern) && pattern > 0)
        return layers - Math.floor(layers / pattern);
    const fixed = FIXED_SWA_PATTERN.get(arch);
    if (fixed !== undefined)
        return layers - Math.floor(layers / fixed);
    if (arch.startsWith('gemma3'))
        return layers - Math.floor(layers / 6);
    return undefined;
}

// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
;// CONCATENATED MODULE: ./build/src/formats/gguf/ggml-types.js

const QK_K = 256;
const ROWS = [
    [0, 'f32', 1, 4, 'float32'],
    [1, 'f16', 1, 2, 'float16'],
    [2, 'q4_0', 32, 2 + 32 / 2],
    [3, 'q4_1', 32, 2 + 2 + 32 / 2],
    [6, 'q5_0', 32, 2 + 4 + 32 / 2],
    [7, 'q5_1', 32, 2 + 2 + 4 + 32 / 2],
    [8, 'q8_0', 32, 2 + 32],
    [9, 'q8_1', 32, 2 + 2 + 32],
    [10, 'q2_K', QK_K, 2 + 2 + QK_K / 16 + QK_K / 4],
    [11, 'q3_K', QK_K, 2 + QK_K / 4 + QK_K / 8 + 12],
    [12, 'q4_K', QK_K, 2 + 2 + 12 + QK_K / 2],
    [13, 'q5_K', QK_K, 2 + 2 + 12 + QK_K / 8 + QK_K / 2],
    [14, 'q6_K', QK_K, QK_K / 2 + QK_K / 4 + QK_K / 16 + 2],
    [15, 'q8_K', QK_K, 4 + QK_K + (QK_K / 16) * 2],
    [16, 'iq2_xxs', QK_K, 2 + (QK_K / 8) * 2],
    [17, 'iq2_xs', QK_K, 2 + (QK_K / 8) * 2 + QK_K / 32],
    [18, 'iq3_xxs', QK_K, 2 + (3 * QK_K) / 8],
    [19, 'iq1_s', QK_K, 2 + QK_K / 8 + (QK_K / 32) * 2],
    [20, 'iq4_nl', 32, 2 + 32 / 2],
    [21, 'iq3_s', QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 8 + QK_K / 64],
    [22, 'iq2_s', QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 32],
    [23, 'iq4_xs', QK_K, 2 + 2 + QK_K / 64 + QK_K / 2],
    [24, 'i8', 1, 1, 'int8'],
    [25, 'i16', 1, 2, 'int16'],
    [26, 'i32', 1, 4, 'int32'],
    [27, 'i64', 1, 8, 'int64'],
    [28, 'f64', 1, 8, 'float64'],
    [29, 'iq1_m', QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32],
    [30, 'bf16', 1, 2, 'bfloat16'],
    [34, 'tq1_0', QK_K, (QK_K - 4 * QK_K / 64) / 5 + QK_K / 64 + 2],
    [35, 'tq2_0', QK_K, QK_K / 4 + 2],
    [39, 'mxfp4', 32, 1 + 32 / 2],
    [40, 'nvfp4', 64, 64 / 16 + 64 / 2],
    [41, 'q1_0', 128, 2 + 128 / 8],
];
const BY_ID = new Map(ROWS.map(([id, name, blockSize, blockBytes, dtype]) => [
    id,
    { id, name, blockSize, blockBytes, dtype: dtype ?? name, weight: dtype === undefined || ((0,graph_dtype/* isDType */.Zn)(dtype) && (0,graph_dtype/* isWeightDType */.TW)(dtype)) },
]));
function ggmlType(id) {
    return BY_ID.get(id);
}
const GGML_TYPES = [...BY_ID.values()];

// EXTERNAL MODULE: ./build/src/formats/escaped-utf8.js
var escaped_utf8 = __webpack_require__(5079);
;// CONCATENATED MODULE: ./build/src/formats/gguf/cursor.js


const WINDOW = 64 * 1024;
class GgufCursor {
    file;
    pos = 0;
    buf = Buffer.alloc(0);
    bufStart = 0;
    constructor(file) {
        this.file = file;
    }
    fail(detail) {
        throw new errors/* ModelFileError */.EO(this.file.path, detail);
    }
    get remaining() {
        return this.file.size - this.pos;
    }
    need(n, what) {
        if (this.pos >= this.bufStart && this.pos + n <= this.bufStart + this.buf.byteLength)
            return this.pos - this.bufStart;
        if (this.pos + n > this.file.size)
            this.fail(`truncated: ${what} at byte ${this.pos} runs past the end of the file (${this.file.size} bytes)`);
        const len = Math.min(this.file.size - this.pos, Math.max(n, WINDOW));
        this.buf = this.file.read(this.pos, len, what);
        this.bufStart = this.pos;
        return 0;
    }
    skip(n, what) {
        if (n > this.remaining)
            this.fail(`truncated: ${what} at byte ${this.pos} (${n} bytes) runs past the end of the file (${this.file.size} bytes)`);
        this.pos += n;
    }
    bytes(n, what) {
        const at = this.need(n, what);
        this.pos += n;
        return this.buf.subarray(at, at + n);
    }
    u8(what) {
        const at = this.need(1, what);
        this.pos += 1;
        return this.buf.readUInt8(at);
    }
    u32(what) {
        const at = this.need(4, what);
        this.pos += 4;
        return this.buf.readUInt32LE(at);
    }
    i32(what) {
        const at = this.need(4, what);
        this.pos += 4;
        return this.buf.readInt32LE(at);
    }
    u64(what) {
        const at = this.need(8, what);
        this.pos += 8;
        return this.buf.readBigUInt64LE(at);
    }
    i64(what) {
        const at = this.need(8, what);
        this.pos += 8;
        return this.buf.readBigInt64LE(at);
    }
    count(wide, minItemBytes, what) {
        const at = this.pos;
        const low = this.u32(what);
        const high = wide ? this.u32(what) : 0;
        const n = high * 2 ** 32 + low;
        if (n * minItemBytes > this.remaining) {
            const exact = (BigInt(high) << 32n) | BigInt(low);
            this.fail(`${what} ${exact} at byte ${at} is more than the rest of the file (${this.remaining} bytes) can hold: truncated or corrupt`);
        }
        return n;
    }
    string(wide, what, keep = 4096) {
        const length = this.count(wide, 1, `${what} length`);
        if (length <= keep)
            return { text: (0,escaped_utf8/* decodeNameBytes */.VT)(this.bytes(length, what)), length };
        const text = (0,escaped_utf8/* decodeNameBytes */.VT)(this.bytes(keep, what));
        this.skip(length - keep, what);
        return { text: `${text}…`, length };
    }
}

;// CONCATENATED MODULE: ./build/src/formats/gguf/reader.js








const DEFAULT_ALIGNMENT = 32;
const MAX_DIMS = 4;
const MAX_ARRAY_DEPTH = 3;
const KEEP_ARRAY_VALUES = 4096;
const MAX_TENSORS = 200_000;
const MAX_METADATA = 100_000;
const SHOW_CHARS = 200;
const TYPE_NAMES = ['uint8', 'int8', 'uint16', 'int16', 'uint32', 'int32', 'float32', 'bool', 'string', 'array', 'uint64', 'int64', 'float64'];
const ALIGNMENT_TYPE = 4;
const FIXED_SIZE = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
function quoted(name, max = 80) {
    return JSON.stringify(name.length > max ? `${name.slice(0, max)}…` : name);
}
function readGgufFile(path) {
    const given = (0,random_access/* withRandomAccessFile */.e)(path, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
    const split = splitOf(given.gguf, path);
    if (split)
        return readSplitSet(path, split, given);
    const named = signature/* SPLIT_NAME */.nq.exec((0,external_node_path_.basename)(path));
    const notASplit = named && Number(named[3]) >= 2 ? [`named as split ${Number(named[2])} of ${Number(named[3])} but holds no split.no/split.count metadata (loaders ignore it): measured as a model of its own`] : [];
    return buildResult(given.gguf, given.stats, [], 1, notASplit);
}
function readGgufBytes(bytes, path) {
    const f = bytesAsRandomAccessFile(bytes, path);
    return buildResult(parseGguf(f), f, []);
}
function splitName(split, i) {
    return `${split.prefix}-${String(i + 1).padStart(5, '0')}-of-${split.countText}.gguf`;
}
function integerKey(gguf, key, path, min, max) {
    const v = gguf.metadata.get(key);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
        throw new errors/* ModelFileError */.EO(path, `metadata ${quoted(key)} is ${v === undefined ? 'missing' : quoted(showValue(v), 30)}, not an integer from ${min} to ${max}`);
    }
    return v;
}
function splitOf(gguf, path) {
    if (!gguf.metadata.has('split.count'))
        return null;
    const count = integerKey(gguf, 'split.count', path, 1, 65535);
    if (count === 1)
        return null;
    const no = integerKey(gguf, 'split.no', path, 0, count - 1);
    const tensorCount = integerKey(gguf, 'split.tensors.count', path, 0, 2 ** 31 - 1);
    const m = signature/* SPLIT_NAME */.nq.exec((0,external_node_path_.basename)(path));
    if (!m || Number(m[3]) !== count || Number(m[2]) !== no + 1) {
        const expected = `-${String(no + 1).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.gguf`;
        throw new errors/* ModelFileError */.EO(path, `is split ${no + 1} of ${count} (split.no, split.count) but its name does not end in ${expected}, so the other splits cannot be found`);
    }
    return { prefix: m[1], countText: m[3], count, no, tensorCount };
}
function readSplitSet(path, split, given) {
    const dir = (0,external_node_path_.dirname)(path);
    const stats = { bytesRead: 0, readCalls: 0 };
    const parts = [];
    for (let i = 0; i < split.count; i++) {
        const name = splitName(split, i);
        const file = (0,external_node_path_.join)(dir, name);
        let part;
        if (i === split.no) {
            part = given;
        }
        else {
            const state = (0,formats_file/* fileState */.oT)(file);
            if (state !== 'file') {
                throw new errors/* ModelFileError */.EO(path, `split ${quoted(name)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
            }
            part = (0,random_access/* withRandomAccessFile */.e)(file, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
            if (part.gguf.metadata.get('split.no') !== i || part.gguf.metadata.get('split.count') !== split.count)
                throw new errors/* ModelFileError */.EO(file, `is not split ${i + 1} of ${split.count} by its split.no/split.count metadata`);
        }
        parts.push(part.gguf);
        stats.bytesRead += part.stats.bytesRead;
        stats.readCalls += part.stats.readCalls;
    }
    const tensors = parts.flatMap((p) => p.tensors);
    const names = new Set();
    for (const t of tensors) {
        if (names.has(t.name))
            throw new errors/* ModelFileError */.EO(path, `tensor ${quoted(t.name)} is stored in more than one split`);
        names.add(t.name);
    }
    if (tensors.length !== split.tensorCount) {
        throw new errors/* ModelFileError */.EO(path, `the ${split.count} splits hold ${tensors.length} tensors but split.tensors.count says ${split.tensorCount}`);
    }
    const merged = { ...parts[0], tensors };
    const others = parts.map((_, i) => splitName(split, i)).filter((_, i) => i !== split.no);
    return buildResult(merged, stats, others, split.count);
}
function buildResult(gguf, stats, sideFiles, splits = 1, warnings = []) {
    const tensors = gguf.tensors.map((t) => {
        const type = ggmlType(t.typeId);
        const w = {
            name: t.name,
            dtype: type.dtype,
            dims: [...t.ne].reverse(),
            elements: t.elements,
            bytes: t.bytes,
            role: type.weight ? 'param' : 'non-weight',
        };
        if (type.blockSize > 1)
            w.quantization = `${type.blockSize}-value blocks of ${type.blockBytes} bytes`;
        return w;
    });
    const decoder = decoderFromGguf(gguf, warnings);
    const metadata = new Map([['gguf.version', String(gguf.version)]]);
    if (gguf.alignment !== DEFAULT_ALIGNMENT)
        metadata.set('general.alignment', String(gguf.alignment));
    if (splits > 1)
        metadata.set('splits', String(splits));
    for (const [k, v] of gguf.metadata) {
        if (k.startsWith('general.') && k !== 'general.alignment' && metadata.size < 40)
            metadata.set(k, showValue(v));
    }
    return {
        weights: { tensors, metadata, ...(decoder ? { decoder } : {}), warnings, sideFiles },
        gguf,
        stats: { bytesRead: stats.bytesRead, readCalls: stats.readCalls },
    };
}
function showValue(v) {
    if (typeof v === 'object')
        return `[${TYPE_NAMES[v.elementType] ?? '?'} x ${v.length}]`;
    const s = String(v);
    return s.length > SHOW_CHARS ? `${s.slice(0, SHOW_CHARS)}…` : s;
}
function parseGguf(file) {
    const c = new GgufCursor(file);
    if (file.size < 8)
        c.fail(`truncated: ${file.size} bytes, too short for a GGUF header`);
    if (!(0,signature/* looksLikeGguf */.h2)(c.bytes(4, 'magic')))
        c.fail('not a GGUF file (no "GGUF" magic)');
    const version = c.u32('version');
    if (version === 0 || version > 3) {
        const swapped = ((version & 0xff) << 24) | ((version & 0xff00) << 8) | ((version >>> 8) & 0xff00) | (version >>> 24);
        if (swapped >= 1 && swapped <= 3)
            c.fail('big-endian GGUF files are not supported');
        c.fail(`unsupported GGUF version ${version} (1 to 3 are known)`);
    }
    const wide = version >= 2;
    const tensorCount = c.count(wide, (wide ? 8 : 4) + 4 + 4 + 8, 'tensor count');
    const kvCount = c.count(wide, (wide ? 8 : 4) + 4 + 1, 'metadata count');
    if (tensorCount > MAX_TENSORS)
        c.fail(`${tensorCount} tensors, more than the ${MAX_TENSORS} of any real model: refused`);
    if (kvCount > MAX_METADATA)
        c.fail(`${kvCount} metadata pairs, more than the ${MAX_METADATA} read: refused`);
    const metadata = new Map();
    for (let i = 0; i < kvCount; i++) {
        const key = c.string(wide, `metadata key ${i}`, 65536).text;
        if (metadata.has(key))
            c.fail(`metadata key ${quoted(key)} appears twice`);
        const type = c.u32(`type of metadata ${quoted(key)}`);
        if (key === 'general.alignment' && type !== ALIGNMENT_TYPE)
            c.fail(`general.alignment is a ${TYPE_NAMES[type] ?? `type ${type}`}, not the uint32 GGUF requires`);
        metadata.set(key, readValue(c, wide, type, `metadata ${quoted(key)}`, 0));
    }
    let alignment = DEFAULT_ALIGNMENT;
    const a = metadata.get('general.alignment');
    if (a !== undefined) {
        if (typeof a !== 'number' || !Number.isSafeInteger(a) || a <= 0 || a > 1 << 30 || (a & (a - 1)) !== 0) {
            c.fail(`general.alignment ${quoted(showValue(a), 30)} is not a power of two`);
        }
        alignment = a;
    }
    const tensors = [];
    const names = new Set();
    for (let i = 0; i < tensorCount; i++) {
        const name = c.string(wide, `tensor ${i} name`, 65536).text;
        const where = `tensor ${quoted(name)}`;
        if (names.has(name))
            c.fail(`${where} appears twice`);
        names.add(name);
        const nDims = c.u32(`${where} n_dims`);
        if (nDims > MAX_DIMS)
            c.fail(`${where} has ${nDims} dims; ggml allows at most ${MAX_DIMS}`);
        const ne = [];
        let elements = 1;
        for (let d = 0; d < nDims; d++) {
            const dim = wide ? c.u64(`${where} dim`) : BigInt(c.u32(`${where} dim`));
            if (dim > BigInt(Number.MAX_SAFE_INTEGER))
                c.fail(`${where} dim ${dim} is too large`);
            ne.push(Number(dim));
            elements *= Number(dim);
            if (!Number.isSafeInteger(elements))
                c.fail(`${where} has more elements than can be counted exactly`);
        }
        const typeId = c.u32(`${where} type`);
        const type = ggmlType(typeId);
        if (!type)
            c.fail(`${where} has unknown ggml type ${typeId}`);
        const offset = c.u64(`${where} offset`);
        if (offset > BigInt(Number.MAX_SAFE_INTEGER))
            c.fail(`${where} offset ${offset} is past any file`);
        if ((ne[0] ?? 1) % type.blockSize !== 0) {
            c.fail(`${where}: row length ${ne[0] ?? 1} is not a multiple of the ${type.name} block size ${type.blockSize}`);
        }
        const bytes = (elements / type.blockSize) * type.blockBytes;
        tensors.push({ name, ne, typeId, elements, bytes, offset: Number(offset) });
    }
    const dataStart = Math.ceil(c.pos / alignment) * alignment;
    const dataBytes = Math.max(0, file.size - dataStart);
    const sorted = tensors.filter((t) => t.bytes > 0).sort((x, y) => x.offset - y.offset);
    let reach;
    for (const t of tensors) {
        if (t.offset % alignment !== 0)
            c.fail(`tensor ${quoted(t.name)} offset ${t.offset} is not a multiple of the alignment ${alignment}`);
        if (t.offset + t.bytes > dataBytes) {
            c.fail(`truncated: tensor ${quoted(t.name)} data (${t.bytes} bytes at data offset ${t.offset}) ends past the end of the file (${dataBytes} bytes of data)`);
        }
    }
    for (const t of sorted) {
        if (reach && t.offset < reach.offset + reach.bytes)
            c.fail(`tensors ${quoted(reach.name)} and ${quoted(t.name)} overlap`);
        if (!reach || t.offset + t.bytes > reach.offset + reach.bytes)
            reach = t;
    }
    return { version, alignment, metadata, tensors, dataStart };
}
function readValue(c, wide, type, what, depth) {
    switch (type) {
        case 0: return c.u8(what);
        case 1: return (c.u8(what) << 24) >> 24;
        case 2: {
            const b = c.bytes(2, what);
            return b.readUInt16LE(0);
        }
        case 3: {
            const b = c.bytes(2, what);
            return b.readInt16LE(0);
        }
        case 4: return c.u32(what);
        case 5: return c.i32(what);
        case 6: return c.bytes(4, what).readFloatLE(0);
        case 7: {
            const b = c.u8(what);
            if (b > 1)
                c.fail(`${what}: bool value ${b} is neither 0 nor 1`);
            return b === 1;
        }
        case 8: return c.string(wide, what, SHOW_CHARS * 4).text;
        case 9: {
            if (depth >= MAX_ARRAY_DEPTH)
                c.fail(`${what}: arrays nested deeper than ${MAX_ARRAY_DEPTH}`);
            const elementType = c.u32(`${what} array type`);
            const size = FIXED_SIZE[elementType];
            if (size === undefined && elementType !== 8 && elementType !== 9)
                c.fail(`${what}: unknown array element type ${elementType}`);
            const min = size ?? (elementType === 8 ? (wide ? 8 : 4) : 4 + (wide ? 8 : 4));
            const length = c.count(wide, min, `${what} array length`);
            if (size !== undefined) {
                if (length > KEEP_ARRAY_VALUES) {
                    c.skip(length * size, what);
                    return { elementType, length };
                }
                const values = [];
                for (let i = 0; i < length; i++)
                    values.push(readValue(c, wide, elementType, what, depth + 1));
                return { elementType, length, values };
            }
            const values = [];
            for (let i = 0; i < length; i++) {
                if (elementType === 8) {
                    if (i < 64)
                        values.push(c.string(wide, what, SHOW_CHARS).text);
                    else
                        c.skip(c.count(wide, 1, `${what} string length`), what);
                }
                else {
                    const inner = readValue(c, wide, 9, what, depth + 1);
                    if (i < 64)
                        values.push(inner);
                }
            }
            return { elementType, length, values };
        }
        case 10: return bigOrNumber(c.u64(what));
        case 11: return bigOrNumber(c.i64(what));
        case 12: return c.bytes(8, what).readDoubleLE(0);
        default:
            return c.fail(`${what} has unknown value type ${type}`);
    }
}
function bigOrNumber(v) {
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v;
}

;// CONCATENATED MODULE: ./build/src/formats/gguf/format-reader.js


const reader = {
    async read(path) {
        const { weights, gguf } = readGgufFile(path);
        return { kind: 'weights', weights, formatVersion: `v${gguf.version}` };
    },
    sideFiles(path) {
        return (0,signature/* ggufSplitNames */.kB)(path)?.others ?? [];
    },
};


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


/***/ })

};
