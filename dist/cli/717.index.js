export const id = 717;
export const ids = [717];
export const modules = {

/***/ 4750:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   h: () => (/* binding */ UnsafeFileError),
/* harmony export */   or: () => (/* binding */ containedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * The one check for every file a model brings along or that a pull request chose: a model opened
 * in place, its external data, any side file a format names, a file compared between two
 * directories. With every symbolic link on the way resolved, the file must lie inside a given
 * folder (the repository, the model's folder) and be a regular file. A FIFO would block the
 * reader forever, /dev/zero never ends, and a link to a file outside the repository would make
 * the gate read and report what the pull request has no business with.
 */


/** Why a path may not be read; `reason` completes "<file>: ..." in one line. */
class UnsafeFileError extends Error {
    reason;
    name = 'UnsafeFileError';
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
/** Whether `child` is `parent` or lies below it (both absolute and resolved). */
function isInside(parent, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, child);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a file';
}
function code(e) {
    return e?.code;
}
/**
 * The real path and size of `path` when it is a regular file whose real path lies inside the
 * real path of `within` (null: anywhere, for files a user named on the command line); null when
 * nothing is there (a dangling link counts as nothing). Throws UnsafeFileError otherwise. Never
 * opens the file, so a FIFO cannot block it.
 */
function containedFile(path, within, withinName = 'the repository') {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch (e) {
        if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR')
            return null;
        if (code(e) === 'ELOOP')
            throw new UnsafeFileError('is a symbolic link loop');
        if (code(e) === 'EACCES')
            throw new UnsafeFileError('permission denied');
        throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
    }
    if (within !== null) {
        let root;
        try {
            root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(within);
        }
        catch {
            throw new UnsafeFileError(`cannot resolve ${withinName}`);
        }
        if (!isInside(root, real))
            throw new UnsafeFileError(`is a symbolic link (or lies below one) that leads outside ${withinName}`);
    }
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    catch (e) {
        if (code(e) === 'ENOENT')
            return null;
        throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
    }
    if (!st.isFile())
        throw new UnsafeFileError(`is not a regular file (${kindOf(st)})`);
    return { real, size: st.size };
}


/***/ }),

/***/ 155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ dtypeFromOnnx)
/* harmony export */ });
/* unused harmony export onnxCodeOf */
/** Index = ONNX TensorProto.DataType code (0 is UNDEFINED). */
const BY_CODE = [
    undefined, 'float32', 'uint8', 'int8', 'uint16', 'int16', 'int32', 'int64', 'string', 'bool',
    'float16', 'float64', 'uint32', 'uint64', 'complex64', 'complex128', 'bfloat16',
    'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'uint4', 'int4',
    'float4e2m1', 'float8e8m0', 'uint2', 'int2',
];
const CODE_OF = new Map();
BY_CODE.forEach((name, code) => {
    if (name)
        CODE_OF.set(name, code);
});
/** The IR dtype for an ONNX DataType code, or undefined for UNDEFINED/unknown codes. */
function dtypeFromOnnx(code) {
    return BY_CODE[code];
}
function onnxCodeOf(dtype) {
    return CODE_OF.get(dtype);
}


/***/ }),

/***/ 717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mm: () => (/* binding */ defaultGlobCheck),
  kb: () => (/* binding */ formatByName),
  G9: () => (/* binding */ formatForPath),
  Fx: () => (/* binding */ formats),
  U1: () => (/* binding */ isModelByDefault),
  Sk: () => (/* binding */ modelExtensions),
  sh: () => (/* binding */ modelKeyOf),
  GF: () => (/* binding */ openModel),
  ko: () => (/* binding */ readModel),
  ue: () => (/* binding */ sideFileLocations)
});

// UNUSED EXPORTS: HEAD_BYTES, detectFormat, needsSignatureByDefault

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
;// CONCATENATED MODULE: ./build/src/formats/file.js
/**
 * Opening a model file the way every reader must: a regular, non-empty file (a FIFO or a
 * directory is bad input, not a hang), with file-system failures turned into one-line
 * ModelFileErrors naming the file.
 */


/**
 * Opening a FIFO for reading would wait for a writer: with O_NONBLOCK it returns at once and fstat
 * refuses it. (No effect on regular files; Windows has neither.)
 */
const OPEN_FLAGS = external_node_fs_.constants.O_NONBLOCK === undefined ? 'r' : external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK;
function describeFsError(e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a directory, not a model file';
    return e instanceof Error ? e.message : String(e);
}
/** Opens a non-empty regular file and passes its descriptor and size to `use`. */
function file_withOpenModel(path, use) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, OPEN_FLAGS);
    }
    catch (e) {
        throw new errors/* ModelFileError */.EO(path, describeFsError(e));
    }
    try {
        let size;
        try {
            const st = (0,external_node_fs_.fstatSync)(fd);
            if (!st.isFile())
                throw new errors/* ModelFileError */.EO(path, 'not a regular file');
            size = st.size;
        }
        catch (e) {
            if (e instanceof errors/* ModelFileError */.EO)
                throw e;
            throw new errors/* ModelFileError */.EO(path, describeFsError(e));
        }
        if (size === 0)
            throw new errors/* ModelFileError */.EO(path, 'file is empty (0 bytes)');
        return use(fd, size);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** `length` bytes from `position` (short at the end of the file). */
function readAt(fd, length, position, path) {
    const bytes = Buffer.allocUnsafe(length);
    let got = 0;
    try {
        while (got < length) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, got, length - got, position + got);
            if (n === 0)
                break;
            got += n;
        }
    }
    catch (e) {
        throw new errors/* ModelFileError */.EO(path, describeFsError(e));
    }
    return got === length ? bytes : bytes.subarray(0, got);
}
/** The whole file in one buffer (short if it shrank since it was measured). */
function readAll(fd, size, path) {
    return readAt(fd, size, 0, path);
}
/**
 * What is at a side file's path (another shard, split or index of a model), links not followed:
 * a side file is found by name next to the model, so a link there is never taken.
 */
function fileState(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile() ? 'file' : 'other';
    }
    catch {
        return 'missing';
    }
}

;// CONCATENATED MODULE: ./build/src/formats/random-access.js
/**
 * Bounded random access to a model file for readers that follow a header (safetensors, GGUF):
 * every read names its offset and length, is checked against the file size first (a length
 * taken from the file can never cause a huge allocation), and is counted, so `npm run bench`
 * can show that reading cost follows the header, not the weights.
 */


/** Opens a non-empty regular file (formats/file.ts), passes it to `use`, and always closes it. */
function withRandomAccessFile(path, use) {
    return file_withOpenModel(path, (fd, size) => use(new FdFile(path, fd, size)));
}
/** A file held in memory (tests, git blobs), with the same bounds checks. */
function random_access_bytesAsRandomAccessFile(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    return new MemoryFile(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
function checkRange(path, size, offset, length, what) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new errors/* ModelFileError */.EO(path, `${what}: invalid range (offset ${offset}, length ${length})`);
    }
    if (offset + length > size) {
        throw new errors/* ModelFileError */.EO(path, `truncated: ${what} needs bytes ${offset}..${offset + length} but the file has ${size}`);
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
        const out = readAt(this.fd, length, offset, this.path);
        this.readCalls++;
        this.bytesRead += out.byteLength;
        // The file shrank since it was measured.
        if (out.byteLength < length)
            throw new errors/* ModelFileError */.EO(this.path, `truncated: ${what} ends past the end of the file`);
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

;// CONCATENATED MODULE: ./build/src/formats/decoder-spec.js
/** Larger than any real model's widths, layers or vocabulary; keeps every product exact. */
const MAX_DIM = 1 << 24;
/** Context lengths go further (10M-token models exist). */
const MAX_CONTEXT = 1 << 30;
function positiveInt(v, max = MAX_DIM) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= max ? v : undefined;
}
/**
 * The spec, or a reason it cannot be built. `source` names where the fields came from in the
 * reason ('config.json', 'GGUF metadata'); `keys` maps each field to the key the file uses.
 */
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

;// CONCATENATED MODULE: ./build/src/formats/gguf/decoder.js
/**
 * GGUF metadata (`<arch>.block_count`, `.embedding_length`, `.attention.head_count`...) to a
 * DecoderSpec. What the metadata leaves open (gated MLP, tied LM head, vocabulary size) is
 * read from the tensor names and shapes, which GGUF fixes (`blk.N.ffn_gate.weight`,
 * `output.weight`, `token_embd.weight`).
 */

/** One number from a scalar, or from a per-layer array whose entries are all equal. */
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
    // Only decoders state a block count and heads; other GGUF files (CLIP projectors, LoRA adapters) get no LLM figures.
    if (get('block_count') === undefined || get('attention.head_count') === undefined)
        return undefined;
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
    if (isMoe && get('leading_dense_block_count') !== undefined) {
        warnings.push('GGUF metadata: the leading blocks are dense rather than MoE (leading_dense_block_count); the MLP MACs count every layer as MoE');
    }
    const layers = get('block_count');
    const window = get('attention.sliding_window');
    const built = buildDecoderSpec({
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
        // llama.cpp caches keys and values as f16 unless told otherwise.
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
/** Layers with a sliding window: the stated pattern, else the architecture's known one, else all. */
function slidingLayers(pattern, arch, layers) {
    if (typeof layers !== 'number' || !Number.isSafeInteger(layers) || layers <= 0)
        return undefined;
    if (typeof pattern === 'object' && pattern.values && pattern.values.length === pattern.length) {
        return pattern.values.filter((v) => v === true).length;
    }
    if (typeof pattern === 'number' && Number.isSafeInteger(pattern) && pattern > 0)
        return layers - Math.floor(layers / pattern);
    if (arch === 'gemma2')
        return Math.ceil(layers / 2);
    if (arch.startsWith('gemma3'))
        return layers - Math.floor(layers / 6);
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/formats/gguf/ggml-types.js
/**
 * ggml tensor types as GGUF files store them: for each type id, its name, how many values one
 * block holds and how many bytes the block takes. Sizes follow the block structs of ggml
 * (ggml-common.h; QK_K = 256 values per super-block, `half` = 2 bytes). Ids 4, 5 and 31..33,
 * 36..38 were removed from ggml and are not valid in a file.
 */
const QK_K = 256;
/** [id, name, values per block, bytes per block (how the block struct adds up), IR dtype]. */
const ROWS = [
    [0, 'f32', 1, 4, 'float32'],
    [1, 'f16', 1, 2, 'float16'],
    [2, 'q4_0', 32, 2 + 32 / 2], // half scale + 32 nibbles
    [3, 'q4_1', 32, 2 + 2 + 32 / 2], // scale and min
    [6, 'q5_0', 32, 2 + 4 + 32 / 2], // + 32 fifth bits
    [7, 'q5_1', 32, 2 + 2 + 4 + 32 / 2],
    [8, 'q8_0', 32, 2 + 32],
    [9, 'q8_1', 32, 2 + 2 + 32], // half scale + half sum
    [10, 'q2_K', QK_K, 2 + 2 + QK_K / 16 + QK_K / 4],
    [11, 'q3_K', QK_K, 2 + QK_K / 4 + QK_K / 8 + 12],
    [12, 'q4_K', QK_K, 2 + 2 + 12 + QK_K / 2],
    [13, 'q5_K', QK_K, 2 + 2 + 12 + QK_K / 8 + QK_K / 2],
    [14, 'q6_K', QK_K, QK_K / 2 + QK_K / 4 + QK_K / 16 + 2],
    [15, 'q8_K', QK_K, 4 + QK_K + (QK_K / 16) * 2], // float scale + values + 16 int16 block sums
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
    [29, 'iq1_m', QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32], // no half scale: packed into scales
    [30, 'bf16', 1, 2, 'bfloat16'],
    [34, 'tq1_0', QK_K, (QK_K - 4 * QK_K / 64) / 5 + QK_K / 64 + 2], // base-3 packing, 5 values per byte
    [35, 'tq2_0', QK_K, QK_K / 4 + 2],
    [39, 'mxfp4', 32, 1 + 32 / 2], // E8M0 exponent + 32 fp4 values
    [40, 'nvfp4', 64, 64 / 16 + 64 / 2], // 4 UE4M3 scales (one per 16) + 64 fp4 values
    [41, 'q1_0', 128, 2 + 128 / 8], // half scale + sign bits
];
const BY_ID = new Map(ROWS.map(([id, name, blockSize, blockBytes, dtype]) => [
    id,
    { id, name, blockSize, blockBytes, dtype: dtype ?? name, integer: name.startsWith('i') && !name.startsWith('iq') && name !== 'i8' },
]));
function ggmlType(id) {
    return BY_ID.get(id);
}
const GGML_TYPES = [...BY_ID.values()];

;// CONCATENATED MODULE: ./build/src/formats/gguf/cursor.js
/**
 * A forward cursor over a GGUF file's header through a read window: values are decoded from
 * the window, long strings and fixed-size arrays are skipped by moving the offset, and every
 * length taken from the file is checked against the bytes left before anything is allocated.
 */

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
    /** Makes [pos, pos + n) available in the window; returns its offset within the window. */
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
    /**
     * A count or length (u32 in GGUF v1, u64 later) that must fit in the rest of the file when each
     * item takes at least `minItemBytes`: a count of 2^63 is bad input, never an allocation.
     */
    count(wide, minItemBytes, what) {
        const at = this.pos;
        const n = wide ? this.u64(what) : BigInt(this.u32(what));
        const room = BigInt(this.remaining);
        if (n * BigInt(minItemBytes) > room) {
            this.fail(`${what} ${n} at byte ${at} is more than the rest of the file (${room} bytes) can hold: truncated or corrupt`);
        }
        return Number(n);
    }
    /** A string: the first `keep` bytes decoded, the rest skipped without reading. */
    string(wide, what, keep = 4096) {
        const length = this.count(wide, 1, `${what} length`);
        if (length <= keep)
            return { text: this.bytes(length, what).toString('utf8'), length };
        const text = this.bytes(keep, what).toString('utf8');
        this.skip(length - keep, what);
        return { text: `${text}…`, length };
    }
}

;// CONCATENATED MODULE: ./build/src/formats/gguf/reader.js
/**
 * Reads a GGUF file (versions 1 to 3): the header, the typed metadata and the tensor infos, never
 * the tensor data. Version 1 stores counts, lengths and dims as 32-bit integers; later versions
 * as 64-bit. Tensor sizes follow the ggml type table (ggml-types.ts).
 */







const GGUF_MAGIC = Buffer.from('GGUF', 'latin1');
const DEFAULT_ALIGNMENT = 32;
/** ggml tensors have at most 4 dims (GGML_MAX_DIMS). */
const MAX_DIMS = 4;
/** Arrays inside arrays deeper than this are bad input (no real file nests at all). */
const MAX_ARRAY_DEPTH = 3;
/** Numeric arrays up to this length are kept (per-layer head counts); longer ones are skipped. */
const KEEP_ARRAY_VALUES = 4096;
/** String values shown in metadata are cut here. */
const SHOW_CHARS = 200;
const TYPE_NAMES = ['uint8', 'int8', 'uint16', 'int16', 'uint32', 'int32', 'float32', 'bool', 'string', 'array', 'uint64', 'int64', 'float64'];
/** Bytes of one value of each fixed-size metadata type (string and array vary). */
const FIXED_SIZE = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
function looksLikeGguf(head) {
    return head.byteLength >= 4 && GGUF_MAGIC.equals(Buffer.from(head.buffer, head.byteOffset, 4));
}
/** A name from the file, quoted and cut so that it is safe and short in a one-line message. */
function quoted(name, max = 80) {
    return JSON.stringify(name.length > max ? `${name.slice(0, max)}…` : name);
}
/**
 * Reads and validates a GGUF file, or the whole set when it is one split of several (llama.cpp's
 * gguf-split: `<prefix>-0000N-of-0000M.gguf`, each with `split.no`, `split.count` and
 * `split.tensors.count`; every metadata key but those in the first split only). A set is one
 * model: tensors from every split, metadata and LLM figures from the first. Throws
 * ModelFileError (one line, names the file; a missing split by name).
 */
function readGgufFile(path) {
    const given = withRandomAccessFile(path, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
    const split = splitOf(given.gguf, path);
    return split ? readSplitSet(path, split, given) : buildResult(given.gguf, given.stats, []);
}
/** The same for bytes in memory (tests, git blobs). */
function readGgufBytes(bytes, path) {
    const f = bytesAsRandomAccessFile(bytes, path);
    return buildResult(parseGguf(f), f, []);
}
/** llama.cpp's split file naming (`%s-%05d-of-%05d.gguf`, numbered from 1). */
const SPLIT_NAME = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/;
/** The name of split `i` (0-based) of a set. */
function splitName(split, i) {
    return `${split.prefix}-${String(i + 1).padStart(5, '0')}-of-${split.countText}.gguf`;
}
/** Side files of a GGUF file by its name alone: the other splits of a split set. */
function ggufSplitNames(path) {
    const m = SPLIT_NAME.exec((0,external_node_path_.basename)(path));
    const count = m ? Number(m[3]) : 0;
    if (!m || count < 2)
        return null;
    const names = Array.from({ length: count }, (_, i) => `${m[1]}-${String(i + 1).padStart(5, '0')}-of-${m[3]}.gguf`);
    return { first: names[0], others: names.filter((n) => n !== m[0]) };
}
function integerKey(gguf, key, path, min, max) {
    const v = gguf.metadata.get(key);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
        throw new errors/* ModelFileError */.EO(path, `metadata ${quoted(key)} is ${v === undefined ? 'missing' : quoted(showValue(v), 30)}, not an integer from ${min} to ${max}`);
    }
    return v;
}
/** The file's place in a split set from its metadata, checked against its name; null when not split. */
function splitOf(gguf, path) {
    if (!gguf.metadata.has('split.count'))
        return null;
    const count = integerKey(gguf, 'split.count', path, 1, 65535);
    if (count === 1)
        return null;
    const no = integerKey(gguf, 'split.no', path, 0, count - 1);
    const tensorCount = integerKey(gguf, 'split.tensors.count', path, 0, 2 ** 31 - 1);
    const m = SPLIT_NAME.exec((0,external_node_path_.basename)(path));
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
            const state = fileState(file);
            if (state !== 'file') {
                throw new errors/* ModelFileError */.EO(path, `split ${quoted(name)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
            }
            part = withRandomAccessFile(file, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
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
    // gguf-split writes every metadata key into the first split only: the model's figures come from there.
    const merged = { ...parts[0], tensors };
    const others = parts.map((_, i) => splitName(split, i)).filter((_, i) => i !== split.no);
    return buildResult(merged, stats, others, split.count);
}
function buildResult(gguf, stats, sideFiles, splits = 1) {
    const warnings = [];
    const tensors = gguf.tensors.map((t) => {
        const type = ggmlType(t.typeId);
        // Built field by field: spreading an optional member costs microseconds per object.
        const w = {
            name: t.name,
            dtype: type.dtype,
            // Outermost dim first, as PyTorch and safetensors write shapes.
            dims: [...t.ne].reverse(),
            elements: t.elements,
            bytes: t.bytes,
            role: type.integer ? 'non-weight' : 'param',
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
    if (!looksLikeGguf(c.bytes(4, 'magic')))
        c.fail('not a GGUF file (no "GGUF" magic)');
    const version = c.u32('version');
    if (version === 0 || version > 3) {
        const swapped = ((version & 0xff) << 24) | ((version & 0xff00) << 8) | ((version >>> 8) & 0xff00) | (version >>> 24);
        if (swapped >= 1 && swapped <= 3)
            c.fail('big-endian GGUF files are not supported');
        c.fail(`unsupported GGUF version ${version} (1 to 3 are known)`);
    }
    const wide = version >= 2;
    // Smallest tensor info: name length + 1 byte, n_dims, one dim, type, offset.
    const tensorCount = c.count(wide, (wide ? 8 : 4) + 1 + 4 + (wide ? 8 : 4) + 4 + 8, 'tensor count');
    // Smallest key/value: key length + 1 byte + value type + 1-byte value.
    const kvCount = c.count(wide, (wide ? 8 : 4) + 1 + 4 + 1, 'metadata count');
    const metadata = new Map();
    for (let i = 0; i < kvCount; i++) {
        const key = c.string(wide, `metadata key ${i}`, 65536).text;
        if (metadata.has(key))
            c.fail(`metadata key ${quoted(key)} appears twice`);
        const type = c.u32(`type of metadata ${quoted(key)}`);
        metadata.set(key, readValue(c, wide, type, key, 0));
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
function readValue(c, wide, type, key, depth) {
    const what = `metadata ${quoted(key)}`;
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
            // Strings take at least their length field; nested arrays their type and count.
            const min = size ?? (elementType === 8 ? (wide ? 8 : 4) : 4 + (wide ? 8 : 4));
            const length = c.count(wide, min, `${what} array length`);
            if (size !== undefined) {
                if (length > KEEP_ARRAY_VALUES) {
                    c.skip(length * size, what);
                    return { elementType, length };
                }
                const values = [];
                for (let i = 0; i < length; i++)
                    values.push(readValue(c, wide, elementType, key, depth + 1));
                return { elementType, length, values };
            }
            const values = [];
            for (let i = 0; i < length; i++) {
                if (elementType === 8) {
                    // Token lists hold 100k+ strings: walk their lengths, keep the first few.
                    if (i < 64)
                        values.push(c.string(wide, what, SHOW_CHARS).text);
                    else
                        c.skip(c.count(wide, 1, `${what} string length`), what);
                }
                else {
                    const inner = readValue(c, wide, 9, key, depth + 1);
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

;// CONCATENATED MODULE: ./build/src/formats/gguf/format.js
/**
 * GGUF in the format registry: recognised by its "GGUF" magic or the `.gguf` extension. A split
 * set (`model-00001-of-00003.gguf`, llama.cpp's gguf-split) is one model, which its first split
 * stands for; the other splits are its side files.
 */


const ggufFormat = {
    name: 'gguf',
    label: 'GGUF',
    kind: 'weights',
    extensions: ['.gguf'],
    magic: looksLikeGguf,
    async read(path) {
        const { weights, gguf } = readGgufFile(path);
        return { kind: 'weights', weights, formatVersion: `v${gguf.version}` };
    },
    sideFiles(path) {
        return ggufSplitNames(path)?.others ?? [];
    },
    modelKey(path) {
        const names = ggufSplitNames(path);
        if (!names)
            return null;
        const first = external_node_path_.posix.join(external_node_path_.posix.dirname(path), names.first);
        return { key: first, entries: [...new Set([first, path])] };
    },
};

;// CONCATENATED MODULE: ./build/src/formats/pytorch/byte-source.js
/**
 * Positional reads from a file descriptor or from bytes in memory, counting what comes off the
 * disk (the benchmark's "bytes read"). Readers ask for ranges; nothing is read ahead.
 */

function byte_source_fileSource(fd, size) {
    let bytesRead = 0;
    let readCalls = 0;
    return {
        size,
        read(offset, length) {
            const n = Math.max(0, Math.min(length, size - offset));
            const out = Buffer.allocUnsafe(n);
            let got = 0;
            while (got < n) {
                const r = (0,external_node_fs_.readSync)(fd, out, got, n - got, offset + got);
                readCalls++;
                if (r === 0)
                    break;
                got += r;
            }
            bytesRead += got;
            return got === n ? out : out.subarray(0, got);
        },
        get bytesRead() {
            return bytesRead;
        },
        get readCalls() {
            return readCalls;
        },
    };
}
function byte_source_memorySource(bytes) {
    return {
        size: bytes.byteLength,
        read: (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)),
        bytesRead: bytes.byteLength,
        readCalls: 0,
    };
}
/**
 * Reads the last `length` bytes once and serves reads that fall inside them from memory: a zip's
 * end record, central directory and (in small files) everything else live there.
 */
function byte_source_withTail(src, length) {
    const tailStart = Math.max(0, src.size - length);
    const tail = src.read(tailStart, src.size - tailStart);
    return {
        size: src.size,
        read: (offset, n) => (offset >= tailStart ? tail.subarray(offset - tailStart, Math.min(tail.length, offset - tailStart + n)) : src.read(offset, n)),
        get bytesRead() {
            return src.bytesRead;
        },
        get readCalls() {
            return src.readCalls;
        },
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/src/formats/pytorch/zip.js
/**
 * The part of a zip archive a PyTorch reader needs: the central directory (names, sizes, offsets;
 * zip64 included) and the bytes of a few small entries (the pickles). Entries are never
 * extracted in bulk and storages are never read.
 *
 * Our own reader rather than a library: it is synchronous like the rest of formats/, it reads
 * exactly the end-of-directory record, the central directory and the entries asked for (so the
 * bytes read are ours to count and bound), and every claim the archive makes (entry counts,
 * zip64 sizes, offsets, compression ratios) is checked against the file size before anything is
 * allocated. Each fault is a `ZipError` with a one-line message.
 */

class ZipError extends Error {
    name = 'ZipError';
}
const ZIP_LIMITS = { maxEntries: 1_000_000, maxCentralDirectoryBytes: 128 * 1024 * 1024 };
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Deflate cannot expand more than about 1032:1; a larger claimed ratio is a lie or a bomb. */
const MAX_DEFLATE_RATIO = 1032;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
function zip_hasZipMagic(head) {
    return ZIP_MAGIC.every((b, i) => head[i] === b);
}
function dv(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
/** A little-endian u64 as a number; values past 2^53 are lies about a file that size. */
function u64(v, at, what) {
    const lo = v.getUint32(at, true);
    const hi = v.getUint32(at + 4, true);
    if (hi >= 0x200000)
        throw new ZipError(`zip64 ${what} is absurd (${hi} * 2^32 + ${lo})`);
    return hi * 2 ** 32 + lo;
}
function locateDirectory(src) {
    if (src.size < EOCD_SIZE)
        throw new ZipError(`not a zip archive: ${src.size} bytes is shorter than an end-of-directory record`);
    const tailLength = Math.min(src.size, EOCD_SIZE + MAX_COMMENT);
    const tailStart = src.size - tailLength;
    const tail = src.read(tailStart, tailLength);
    const t = dv(tail);
    let at = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        if (t.getUint32(i, true) === EOCD_SIG && i + EOCD_SIZE + t.getUint16(i + 20, true) <= tail.length) {
            at = i;
            break;
        }
    }
    if (at < 0)
        throw new ZipError('no zip end-of-directory record (truncated, or not a zip archive)');
    const eocdPos = tailStart + at;
    let disk = t.getUint16(at + 4, true);
    let cdDisk = t.getUint16(at + 6, true);
    let entries = t.getUint16(at + 10, true);
    let entriesOnDisk = t.getUint16(at + 8, true);
    let size = t.getUint32(at + 12, true);
    let offset = t.getUint32(at + 16, true);
    let limit = eocdPos;
    const locAt = at - 20;
    const hasLocator = locAt >= 0 ? t.getUint32(locAt, true) === ZIP64_LOCATOR_SIG : eocdPos >= 20 && dv(src.read(eocdPos - 20, 4)).getUint32(0, true) === ZIP64_LOCATOR_SIG;
    if (hasLocator) {
        const loc = locAt >= 0 ? dv(tail.subarray(locAt, locAt + 20)) : dv(src.read(eocdPos - 20, 20));
        const recordAt = u64(loc, 8, 'end-of-directory offset');
        if (recordAt + 56 > eocdPos - 20)
            throw new ZipError(`zip64 end-of-directory record at ${recordAt} lies outside the file`);
        const rec = dv(src.read(recordAt, 56));
        if (rec.getUint32(0, true) !== ZIP64_EOCD_SIG)
            throw new ZipError('zip64 locator points at no zip64 end-of-directory record');
        disk = rec.getUint32(16, true);
        cdDisk = rec.getUint32(20, true);
        entriesOnDisk = u64(rec, 24, 'entry count');
        entries = u64(rec, 32, 'entry count');
        size = u64(rec, 40, 'directory size');
        offset = u64(rec, 48, 'directory offset');
        limit = recordAt;
    }
    else if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
        throw new ZipError('zip64 sizes are announced but there is no zip64 locator');
    }
    if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries)
        throw new ZipError('multi-disk (spanned) zip archives are not supported');
    if (offset + size > limit)
        throw new ZipError(`zip central directory (${size} bytes at ${offset}) lies outside the file`);
    return { entries, offset, size, limit };
}
/** What the first read takes from the end of a zip: the end records with the longest comment, and then some. */
const zip_ZIP_TAIL_READ = 128 * 1024;
/** Reads and checks the central directory (`src` should come from `withTail`). */
function zip_readCentralDirectory(src, limits = ZIP_LIMITS) {
    const loc = locateDirectory(src);
    if (loc.entries > limits.maxEntries)
        throw new ZipError(`zip declares ${loc.entries} entries, more than the ${limits.maxEntries} we read`);
    if (loc.size > limits.maxCentralDirectoryBytes)
        throw new ZipError(`zip central directory is ${loc.size} bytes, more than the ${limits.maxCentralDirectoryBytes} we read`);
    if (loc.entries * 46 > loc.size)
        throw new ZipError(`zip declares ${loc.entries} entries but its central directory has only ${loc.size} bytes`);
    const cd = src.read(loc.offset, loc.size);
    if (cd.length !== loc.size)
        throw new ZipError('file shrank while reading the zip central directory');
    const v = dv(cd);
    const entries = [];
    const names = new Set();
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const latin1 = new TextDecoder('latin1');
    let p = 0;
    for (let i = 0; i < loc.entries; i++) {
        if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL_SIG)
            throw new ZipError(`zip central directory entry ${i} is malformed`);
        const flags = v.getUint16(p + 8, true);
        const method = v.getUint16(p + 10, true);
        let compressedSize = v.getUint32(p + 20, true);
        let size = v.getUint32(p + 24, true);
        const nameLength = v.getUint16(p + 28, true);
        const extraLength = v.getUint16(p + 30, true);
        const commentLength = v.getUint16(p + 32, true);
        let offset = v.getUint32(p + 42, true);
        const next = p + 46 + nameLength + extraLength + commentLength;
        if (next > cd.length)
            throw new ZipError(`zip central directory entry ${i} runs past the directory`);
        const rawName = cd.subarray(p + 46, p + 46 + nameLength);
        let name;
        try {
            name = flags & 0x800 ? utf8.decode(rawName) : latin1.decode(rawName);
        }
        catch {
            throw new ZipError(`zip entry ${i} has a name that is not valid UTF-8`);
        }
        name = name.replaceAll('\\', '/');
        // Zip64 extended information: the fields whose 32-bit value is 0xFFFFFFFF, in this order.
        let e = p + 46 + nameLength;
        const extraEnd = e + extraLength;
        while (e + 4 <= extraEnd) {
            const id = v.getUint16(e, true);
            const len = v.getUint16(e + 2, true);
            if (e + 4 + len > extraEnd)
                throw new ZipError(`zip entry ${JSON.stringify(name)}: extra field runs past its end`);
            if (id === 0x0001) {
                let q = e + 4;
                const field = (what) => {
                    if (q + 8 > e + 4 + len)
                        throw new ZipError(`zip entry ${JSON.stringify(name)}: zip64 field lacks its ${what}`);
                    const x = u64(v, q, what);
                    q += 8;
                    return x;
                };
                if (size === 0xffffffff)
                    size = field('size');
                if (compressedSize === 0xffffffff)
                    compressedSize = field('compressed size');
                if (offset === 0xffffffff)
                    offset = field('offset');
            }
            e += 4 + len;
        }
        if (offset + 30 + nameLength + compressedSize > loc.offset) {
            throw new ZipError(`zip entry ${JSON.stringify(name)} (${compressedSize} bytes at ${offset}) lies outside the file's data area`);
        }
        if (method === 0 && compressedSize !== size)
            throw new ZipError(`zip entry ${JSON.stringify(name)} is stored but claims ${size} bytes in ${compressedSize}`);
        if (method === 8 && size > compressedSize * MAX_DEFLATE_RATIO + 1024) {
            throw new ZipError(`zip entry ${JSON.stringify(name)} claims ${size} bytes from ${compressedSize} compressed (a zip bomb or a lie)`);
        }
        if (names.has(name))
            throw new ZipError(`zip has two entries named ${JSON.stringify(name)}`);
        names.add(name);
        entries.push({ name, method, compressedSize, size, offset, encrypted: (flags & 1) !== 0 });
        p = next;
    }
    return entries;
}
/** The bytes of one (small) entry, inflated when deflated; `maxBytes` bounds what is read. */
function readEntry(src, entry, maxBytes) {
    const label = JSON.stringify(entry.name);
    if (entry.encrypted)
        throw new ZipError(`zip entry ${label} is encrypted`);
    if (entry.size > maxBytes)
        throw new ZipError(`zip entry ${label} is ${entry.size} bytes, more than the ${maxBytes} we read`);
    const header = src.read(entry.offset, 30);
    const h = dv(header);
    if (header.length < 30 || h.getUint32(0, true) !== LOCAL_SIG)
        throw new ZipError(`zip entry ${label}: no local header at offset ${entry.offset}`);
    const dataAt = entry.offset + 30 + h.getUint16(26, true) + h.getUint16(28, true);
    if (dataAt + entry.compressedSize > src.size)
        throw new ZipError(`zip entry ${label} runs past the end of the file`);
    const raw = src.read(dataAt, entry.compressedSize);
    if (raw.length !== entry.compressedSize)
        throw new ZipError(`zip entry ${label}: file shrank while reading`);
    if (entry.method === 0)
        return raw;
    if (entry.method !== 8)
        throw new ZipError(`zip entry ${label} uses compression method ${entry.method}; only stored and deflate are read`);
    let out;
    try {
        out = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, entry.size) });
    }
    catch (e) {
        throw new ZipError(`zip entry ${label} does not inflate to its declared ${entry.size} bytes (${e.message.split('\n')[0]})`);
    }
    if (out.length !== entry.size)
        throw new ZipError(`zip entry ${label} inflates to ${out.length} bytes, not its declared ${entry.size}`);
    return out;
}

// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
;// CONCATENATED MODULE: ./build/src/formats/keras/config.js
/**
 * A Keras model config (Keras 3 `config.json`, or tf.keras' `model_config` attribute) read into
 * one shape: a model is a list of layers, each with its class, name, config, the tensors it is
 * called on (per call) and, for nested models, the inner model. Both serialisations are
 * understood: Keras 3 (`inbound_nodes` of `{args, kwargs}` holding `__keras_tensor__` objects with
 * `keras_history`) and tf.keras 2 (`inbound_nodes` of `[[layer, node, tensor, kwargs], ...]`).
 * Everything comes from a hostile file: types are checked, sizes and nesting bounded.
 */
class KerasConfigError extends Error {
    name = 'KerasConfigError';
}
/** A config larger than this is not a model description (a big ResNet's is under 1 MB). */
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
const MAX_LAYERS = 100_000;
const MAX_NESTING = 32;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function parseJson(bytes, what) {
    if (bytes.byteLength > MAX_CONFIG_BYTES)
        throw new KerasConfigError(`${what} is ${bytes.byteLength} bytes, more than the ${MAX_CONFIG_BYTES} we read`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new KerasConfigError(`${what} is not UTF-8 text`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new KerasConfigError(`${what} is not valid JSON (${e.message.split('\n')[0]})`);
    }
}
const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
function isModelClass(className) {
    return MODEL_CLASSES.has(className);
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function ref(v, what) {
    if (!Array.isArray(v) || typeof v[0] !== 'string')
        throw new KerasConfigError(`${what}: a tensor reference is not [layer, node, tensor]`);
    const node = typeof v[1] === 'number' && Number.isSafeInteger(v[1]) && v[1] >= 0 ? v[1] : 0;
    const tensor = typeof v[2] === 'number' && Number.isSafeInteger(v[2]) && v[2] >= 0 ? v[2] : 0;
    return { layer: v[0], node, tensor };
}
/** Every `__keras_tensor__` in a Keras 3 call's args and kwargs, in order (nested lists included). */
function kerasTensors(v, out, what, depth = 0) {
    if (depth > MAX_NESTING || v === undefined || v === null)
        return;
    if (Array.isArray(v)) {
        for (const x of v)
            kerasTensors(x, out, what, depth + 1);
        return;
    }
    if (!isObject(v))
        return;
    if (v['class_name'] === '__keras_tensor__' && isObject(v['config'])) {
        out.push(ref(v['config']['keras_history'] ?? null, what));
        return;
    }
    for (const x of Object.values(v))
        kerasTensors(x, out, what, depth + 1);
}
function parseCalls(inbound, what) {
    if (inbound === undefined || inbound === null)
        return [];
    if (!Array.isArray(inbound))
        throw new KerasConfigError(`${what}: inbound_nodes is not a list`);
    return inbound.map((node) => {
        const out = [];
        if (isObject(node)) {
            kerasTensors(node['args'], out, what);
            kerasTensors(node['kwargs'], out, what);
        }
        else if (Array.isArray(node)) {
            // tf.keras 2: [[layer, node, tensor, kwargs], ...]
            for (const r of node)
                out.push(ref(r, what));
        }
        else
            throw new KerasConfigError(`${what}: an inbound node is neither a call nor a list`);
        return out;
    });
}
function parseRefs(v, what) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new KerasConfigError(`${what} is not a list`);
    // A single reference may stand alone: ['name', 0, 0].
    if (typeof v[0] === 'string')
        return [ref(v, what)];
    return v.map((r) => ref(r, what));
}
/**
 * A model from a serialised Keras object (`{class_name, config, ...}`). Throws KerasConfigError
 * when it is not a Sequential or Functional model.
 */
function parseModel(obj, counter = { layers: 0 }, depth = 0) {
    if (depth > MAX_NESTING)
        throw new KerasConfigError(`models nested deeper than ${MAX_NESTING}`);
    if (!isObject(obj))
        throw new KerasConfigError('the model config is not a JSON object');
    const className = str(obj['class_name']) ?? '';
    const config = obj['config'];
    if (!isObject(config))
        throw new KerasConfigError(`the model config of class ${JSON.stringify(className)} has no config object`);
    const name = str(config['name']) ?? className;
    const rawLayers = config['layers'];
    if (!MODEL_CLASSES.has(className) || !Array.isArray(rawLayers)) {
        throw new KerasConfigError(`the top-level object is a ${JSON.stringify(className)}, not a Sequential or Functional model with layers`);
    }
    const layers = [];
    for (const raw of rawLayers) {
        if (++counter.layers > MAX_LAYERS)
            throw new KerasConfigError(`more than ${MAX_LAYERS} layers`);
        if (!isObject(raw))
            throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer entry is not an object`);
        const cls = str(raw['class_name']);
        const lcfg = raw['config'];
        if (cls === undefined || !isObject(lcfg))
            throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer has no class_name or config`);
        const lname = str(raw['name']) ?? str(lcfg['name']) ?? cls;
        const what = `layer ${JSON.stringify(lname)}`;
        const build = raw['build_config'];
        const layer = {
            className: cls,
            name: lname,
            config: lcfg,
            calls: parseCalls(raw['inbound_nodes'], what),
            buildInputShape: isObject(build) ? build['input_shape'] : undefined,
            ...(MODEL_CLASSES.has(cls) && Array.isArray(lcfg['layers']) ? { model: parseModel(raw, counter, depth + 1) } : {}),
        };
        layers.push(layer);
    }
    const build = obj['build_config'];
    return {
        kind: className === 'Sequential' ? 'sequential' : 'functional',
        name,
        layers,
        inputs: parseRefs(config['input_layers'], `model ${JSON.stringify(name)}: input_layers`),
        outputs: parseRefs(config['output_layers'], `model ${JSON.stringify(name)}: output_layers`),
        buildInputShape: config['build_input_shape'] ?? (isObject(build) ? build['input_shape'] : undefined),
    };
}

;// CONCATENATED MODULE: ./build/src/formats/keras/hdf5.js
class Hdf5Error extends Error {
    name = 'Hdf5Error';
}
/** The HDF5 signature, `\x89HDF\r\n\x1a\n`. */
const HDF5_MAGIC = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
function hasHdf5Magic(head, at = 0) {
    return HDF5_MAGIC.every((b, i) => head[at + i] === b);
}
/** Bounds on what a hostile file can make us do. */
const HDF5_LIMITS = {
    /** One metadata block (object header chunk, heap, B-tree node, attribute value). */
    maxBlockBytes: 64 * 1024 * 1024,
    /** Objects (groups + datasets) visited in one walk. */
    maxObjects: 1_000_000,
    /** Group nesting, and B-tree levels. */
    maxDepth: 64,
    /** Continuation blocks of one object header. */
    maxContinuations: 10_000,
    /** Elements of one attribute. */
    maxAttributeElements: 1_000_000,
    /** Metadata bytes read, as a multiple of the file's size (plus one block). */
    readFactor: 8,
};
/** Where the superblock may be: 0, then 512 and every doubling (a user block precedes it). */
function superblockOffsets(size) {
    const out = [0];
    for (let at = 512; at + 8 <= size; at *= 2)
        out.push(at);
    return out;
}
const UNDEFINED_ADDRESS = -1;
const MSG = {
    dataspace: 0x0001,
    linkInfo: 0x0002,
    datatype: 0x0003,
    link: 0x0006,
    attribute: 0x000c,
    continuation: 0x0010,
    symbolTable: 0x0011,
    attributeInfo: 0x0015,
};
function hdf5_dv(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
const ascii = (b) => String.fromCharCode(...b);
/** Reads fields from one block with bounds checks. */
class Fields {
    bytes;
    file;
    what;
    pos;
    v;
    constructor(bytes, file, what, pos = 0) {
        this.bytes = bytes;
        this.file = file;
        this.what = what;
        this.v = hdf5_dv(bytes);
        this.pos = pos;
    }
    need(n) {
        if (this.pos + n > this.bytes.length)
            throw new Hdf5Error(`${this.what} is cut short (needs ${this.pos + n} bytes, has ${this.bytes.length})`);
    }
    u8() {
        this.need(1);
        return this.bytes[this.pos++];
    }
    u16() {
        this.need(2);
        const x = this.v.getUint16(this.pos, true);
        this.pos += 2;
        return x;
    }
    u32() {
        this.need(4);
        const x = this.v.getUint32(this.pos, true);
        this.pos += 4;
        return x;
    }
    /** An unsigned little-endian integer of `width` bytes (1-8); past 2^53 is a lie about a file. */
    uint(width, what) {
        this.need(width);
        let x = 0;
        let allOnes = true;
        for (let i = width - 1; i >= 0; i--) {
            const b = this.bytes[this.pos + i];
            if (b !== 0xff)
                allOnes = false;
            x = x * 256 + b;
        }
        this.pos += width;
        if (allOnes && width >= 4)
            return UNDEFINED_ADDRESS;
        if (!Number.isSafeInteger(x))
            throw new Hdf5Error(`${this.what}: ${what} ${x} is absurd`);
        return x;
    }
    address(what) {
        return this.uint(this.file.offsetSize, what);
    }
    length(what) {
        const x = this.uint(this.file.lengthSize, what);
        if (x === UNDEFINED_ADDRESS)
            throw new Hdf5Error(`${this.what}: ${what} is undefined`);
        return x;
    }
    bytesOf(n) {
        this.need(n);
        const out = this.bytes.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    skip(n) {
        this.need(n);
        this.pos += n;
    }
}
/**
 * An HDF5 file held in `length` bytes of `src` from `start` (a whole file, or a zip entry
 * stored without compression).
 */
class Hdf5File {
    src;
    start;
    length;
    offsetSize = 8;
    lengthSize = 8;
    /** Where addresses count from, relative to the region's start: the superblock's offset. */
    base = 0;
    rootAddress = UNDEFINED_ADDRESS;
    superblockVersion;
    objects = 0;
    metadataRead = 0;
    localHeaps = new Map();
    globalHeaps = new Map();
    constructor(src, start, length) {
        this.src = src;
        this.start = start;
        this.length = length;
        const at = superblockOffsets(length).find((o) => hasHdf5Magic(this.raw(o, Math.min(8, length - o), 'signature'), 0));
        if (at === undefined)
            throw new Hdf5Error('no HDF5 signature at 0, 512, 1024, 2048... (not an HDF5 file, or truncated)');
        const head = new Fields(this.raw(at, Math.min(length - at, 200), 'superblock'), this, 'superblock', 8);
        const version = head.u8();
        this.superblockVersion = version;
        if (version === 0 || version === 1) {
            head.skip(4); // free-space, root group symbol table entry and shared header message versions, reserved
            this.offsetSize = head.u8();
            this.lengthSize = head.u8();
            this.checkSizes();
            head.skip(1 + 2 + 2 + 4 + (version === 1 ? 4 : 0)); // reserved, group K values, consistency flags, (v1) indexed storage K
            head.address('base address');
            head.address('free-space address');
            head.address('end-of-file address');
            head.address('driver information address');
            // The root group's symbol table entry: link name offset, then its object header address.
            head.address('root link name offset');
            this.rootAddress = head.address('root object header address');
        }
        else if (version === 2 || version === 3) {
            this.offsetSize = head.u8();
            this.lengthSize = head.u8();
            this.checkSizes();
            head.skip(1); // file consistency flags
            head.address('base address');
            head.address('superblock extension address');
            head.address('end-of-file address');
            this.rootAddress = head.address('root object header address');
        }
        else {
            throw new Hdf5Error(`HDF5 superblock version ${version} is not one this reader knows (0-3)`);
        }
        // Addresses count from the superblock: the library itself treats a stored base address that
        // differs from where the superblock was found as stale (a user block was added later).
        this.base = at;
        if (this.rootAddress === UNDEFINED_ADDRESS)
            throw new Hdf5Error('HDF5 superblock has no root group');
    }
    checkSizes() {
        for (const [what, n] of [['offsets', this.offsetSize], ['lengths', this.lengthSize]]) {
            if (n !== 2 && n !== 4 && n !== 8)
                throw new Hdf5Error(`HDF5 superblock: size of ${what} is ${n} (not 2, 4 or 8)`);
        }
    }
    /** Bytes at a position relative to the region's start, checked against the region. */
    raw(at, n, what) {
        if (!Number.isSafeInteger(at) || !Number.isSafeInteger(n) || at < 0 || n < 0 || at + n > this.length) {
            throw new Hdf5Error(`${what} (${n} bytes at ${at}) lies outside the file (${this.length} bytes)`);
        }
        // Metadata is read once (heaps are cached, nodes visited once): reading far more than the file
        // holds means structures point at each other to make us read the same bytes again and again.
        this.metadataRead += n;
        if (this.metadataRead > HDF5_LIMITS.readFactor * this.length + HDF5_LIMITS.maxBlockBytes) {
            throw new Hdf5Error(`reading the file's metadata took more than ${HDF5_LIMITS.readFactor} times its size (structures that point back at each other)`);
        }
        const out = this.src.read(this.start + at, n);
        if (out.length !== n)
            throw new Hdf5Error(`${what}: the file shrank while reading`);
        return out;
    }
    /** Bytes at an HDF5 address (relative to the base address). */
    block(address, n, what) {
        if (address === UNDEFINED_ADDRESS)
            throw new Hdf5Error(`${what} has an undefined address`);
        if (n > HDF5_LIMITS.maxBlockBytes)
            throw new Hdf5Error(`${what} claims ${n} bytes, more than the ${HDF5_LIMITS.maxBlockBytes} we read`);
        return this.raw(this.base + address, n, what);
    }
    /** Bytes from an address to at most `n` bytes, shorter at the end of the region. */
    upTo(address, n, what) {
        const rel = this.base + address;
        if (address === UNDEFINED_ADDRESS || rel < 0 || rel >= this.length)
            throw new Hdf5Error(`${what} at ${address} lies outside the file`);
        return this.raw(rel, Math.min(n, this.length - rel), what);
    }
    signature(b, sig, what) {
        if (b.length < 4 || ascii(b.subarray(0, 4)) !== sig)
            throw new Hdf5Error(`${what}: no '${sig}' signature (a bad address or a corrupt file)`);
    }
    countObject() {
        if (++this.objects > HDF5_LIMITS.maxObjects)
            throw new Hdf5Error(`more than ${HDF5_LIMITS.maxObjects} HDF5 objects`);
    }
    /** The messages of the object header at `address` (continuation blocks followed). */
    objectHeader(address, what) {
        this.countObject();
        const first = this.upTo(address, 16, `${what}: object header`);
        if (first.length >= 4 && ascii(first.subarray(0, 4)) === 'OHDR')
            return this.objectHeaderV2(address, what);
        const f = new Fields(first, this, `${what}: object header`);
        const version = f.u8();
        if (version !== 1)
            throw new Hdf5Error(`${what}: object header version ${version} is not 1 or 2 (a bad address or a corrupt file)`);
        f.skip(1);
        const count = f.u16();
        f.u32(); // reference count
        const size = f.u32();
        const messages = [];
        const queue = [[address + 16, size]];
        const seen = new Set();
        let blocks = 0;
        while (queue.length > 0) {
            if (++blocks > HDF5_LIMITS.maxContinuations)
                throw new Hdf5Error(`${what}: more than ${HDF5_LIMITS.maxContinuations} object header blocks`);
            const [at, n] = queue.shift();
            if (seen.has(at))
                throw new Hdf5Error(`${what}: an object header continuation points back at a block already read`);
            seen.add(at);
            const b = new Fields(this.block(at, n, `${what}: object header messages`), this, `${what}: object header messages`);
            while (b.pos + 8 <= b.bytes.length && messages.length < count) {
                const type = b.u16();
                const msize = b.u16();
                const flags = b.u8();
                b.skip(3);
                const data = b.bytesOf(msize);
                if (type === MSG.continuation)
                    queue.push(this.continuation(data, what));
                else
                    messages.push({ type, flags, data });
            }
        }
        return { messages };
    }
    continuation(data, what) {
        const c = new Fields(data, this, `${what}: continuation message`);
        return [c.address('continuation address'), c.length('continuation length')];
    }
    objectHeaderV2(address, what) {
        const label = `${what}: object header`;
        const pre = new Fields(this.upTo(address, 4 + 1 + 1 + 16 + 4 + 8, label), this, label, 4);
        const version = pre.u8();
        if (version !== 2)
            throw new Hdf5Error(`${label}: OHDR version ${version} is not 2`);
        const flags = pre.u8();
        if (flags & 0x20)
            pre.skip(16);
        if (flags & 0x10)
            pre.skip(4);
        const chunk0 = pre.uint(1 << (flags & 3), 'chunk size');
        const tracked = (flags & 0x04) !== 0;
        const messages = [];
        const queue = [[address + pre.pos, chunk0, 0]];
        const seen = new Set();
        let blocks = 0;
        while (queue.length > 0) {
            if (++blocks > HDF5_LIMITS.maxContinuations)
                throw new Hdf5Error(`${label}: more than ${HDF5_LIMITS.maxContinuations} blocks`);
            const [at, n, skipSig] = queue.shift();
            if (seen.has(at))
                throw new Hdf5Error(`${label}: a continuation points back at a block already read`);
            seen.add(at);
            const raw = this.block(at, n, label);
            if (skipSig)
                this.signature(raw, 'OCHK', `${label} continuation`);
            // Messages end 4 bytes (the checksum) before the block's end; a gap shorter than a message header may follow.
            const end = skipSig ? n - 4 : n;
            const b = new Fields(raw.subarray(0, Math.max(0, end)), this, label, skipSig ? 4 : 0);
            const headerBytes = tracked ? 6 : 4;
            while (b.pos + headerBytes <= b.bytes.length) {
                const type = b.u8();
                const msize = b.u16();
                const mflags = b.u8();
                if (tracked)
                    b.skip(2);
                const data = b.bytesOf(msize);
                if (type === MSG.continuation) {
                    const [cat, clen] = this.continuation(data, what);
                    queue.push([cat, clen, 1]);
                }
                else if (type !== 0)
                    messages.push({ type, flags: mflags, data });
            }
        }
        return { messages };
    }
    datatype(data, what) {
        const f = new Fields(data, this, `${what}: datatype`);
        const classVersion = f.u8();
        const cls = classVersion & 0x0f;
        const bits0 = f.u8();
        f.skip(2);
        const size = f.u32();
        switch (cls) {
            case 0: {
                const signed = (bits0 & 0x08) !== 0;
                const name = [1, 2, 4, 8].includes(size) ? `${signed ? 'int' : 'uint'}${size * 8}` : `int(${size} bytes)`;
                return { name, size, signed, littleEndian: (bits0 & 1) === 0 };
            }
            case 1: {
                f.skip(4); // bit offset, precision
                f.skip(1);
                const expSize = f.u8();
                f.skip(1);
                const mantSize = f.u8();
                const name = size === 2 ? (expSize === 8 && mantSize === 7 ? 'bfloat16' : 'float16') : size === 4 ? 'float32' : size === 8 ? 'float64' : `float(${size} bytes)`;
                return { name, size, littleEndian: (bits0 & 1) === 0 };
            }
            case 3:
                return { name: 'string', size, variableString: false };
            case 8: {
                // h5py stores bool as a 1-byte enum {FALSE, TRUE}.
                const members = bits0 | (data[2] << 8);
                return { name: size === 1 && members === 2 ? 'bool' : 'enum', size };
            }
            case 9:
                return (bits0 & 0x0f) === 1 ? { name: 'string', size, variableString: true } : { name: 'vlen', size };
            default:
                return { name: ['fixed', 'float', 'time', 'string', 'bitfield', 'opaque', 'compound', 'reference', 'enum', 'vlen', 'array', 'complex'][cls] ?? `class ${cls}`, size };
        }
    }
    dataspace(data, what) {
        const f = new Fields(data, this, `${what}: dataspace`);
        const version = f.u8();
        const rank = f.u8();
        f.u8(); // flags
        if (rank > 32)
            throw new Hdf5Error(`${what}: dataspace rank ${rank} is more than HDF5's 32`);
        if (version === 1)
            f.skip(5);
        else if (version === 2) {
            if (f.u8() === 2)
                return [0]; // null dataspace: no elements
        }
        else
            throw new Hdf5Error(`${what}: dataspace version ${version} is not 1 or 2`);
        const dims = [];
        for (let i = 0; i < rank; i++)
            dims.push(f.length('dimension'));
        return dims;
    }
    /** Messages of one object, split by what a Keras reader asks of it. */
    object(address, path) {
        return new Hdf5Object(this, this.objectHeader(address, path || '/'), path);
    }
    root() {
        return this.object(this.rootAddress, '');
    }
    /** Members of an old-style group: walk the v1 B-tree, read each SNOD's entries, names from the local heap. */
    symbolTableMembers(btree, heapAddress, what) {
        const heap = this.localHeap(heapAddress, what);
        const nameAt = (off) => {
            if (off >= heap.length)
                throw new Hdf5Error(`${what}: a member name lies outside the local heap`);
            const end = heap.indexOf(0, off);
            if (end < 0)
                throw new Hdf5Error(`${what}: a member name runs past the local heap`);
            return new TextDecoder('utf-8').decode(heap.subarray(off, end));
        };
        const out = [];
        const seen = new Set();
        const visit = (node, depth) => {
            if (depth > HDF5_LIMITS.maxDepth)
                throw new Hdf5Error(`${what}: group B-tree deeper than ${HDF5_LIMITS.maxDepth}`);
            if (seen.has(node))
                throw new Hdf5Error(`${what}: group B-tree node at ${node} is visited twice (a cycle)`);
            seen.add(node);
            this.countObject();
            const head = new Fields(this.block(node, 8 + 2 * this.offsetSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
            this.signature(head.bytes, 'TREE', `${what}: B-tree node`);
            head.skip(4);
            const type = head.u8();
            const level = head.u8();
            const used = head.u16();
            if (type !== 0)
                throw new Hdf5Error(`${what}: B-tree node type ${type} is not a group node`);
            const entryBytes = this.lengthSize + this.offsetSize;
            const body = new Fields(this.block(node + head.bytes.length, used * entryBytes + this.lengthSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
            for (let i = 0; i < used; i++) {
                body.length('key');
                const child = body.address('child address');
                if (level > 0)
                    visit(child, depth + 1);
                else {
                    if (seen.has(child))
                        throw new Hdf5Error(`${what}: symbol table node at ${child} is listed twice`);
                    seen.add(child);
                    this.symbolNode(child, what, nameAt, out);
                }
            }
        };
        visit(btree, 0);
        return out;
    }
    localHeap(address, what) {
        const cached = this.localHeaps.get(address);
        if (cached)
            return cached;
        const head = new Fields(this.block(address, 8 + 2 * this.lengthSize + this.offsetSize, `${what}: local heap`), this, `${what}: local heap`);
        this.signature(head.bytes, 'HEAP', `${what}: local heap`);
        head.skip(8);
        const dataSize = head.length('data segment size');
        head.length('free list offset');
        const heap = this.block(head.address('data segment address'), dataSize, `${what}: local heap data`);
        this.localHeaps.set(address, heap);
        return heap;
    }
    symbolNode(address, what, nameAt, out) {
        this.countObject();
        const head = new Fields(this.block(address, 8, `${what}: symbol table node`), this, `${what}: symbol table node`);
        this.signature(head.bytes, 'SNOD', `${what}: symbol table node`);
        head.skip(6);
        const n = head.u16();
        const entryBytes = 2 * this.offsetSize + 24;
        const body = new Fields(this.block(address + 8, n * entryBytes, `${what}: symbol table node`), this, `${what}: symbol table node`);
        for (let i = 0; i < n; i++) {
            const nameOffset = body.address('link name offset');
            const objectAddress = body.address('object header address');
            body.skip(24);
            out.push({ name: nameAt(nameOffset), address: objectAddress });
        }
    }
    /** One object of a global heap collection (variable-length data). */
    globalHeapObject(collection, index, what) {
        let bytes = this.globalHeaps.get(collection);
        if (!bytes) {
            const head = new Fields(this.block(collection, 8 + this.lengthSize, `${what}: global heap`), this, `${what}: global heap`);
            this.signature(head.bytes, 'GCOL', `${what}: global heap`);
            head.skip(8);
            bytes = this.block(collection, head.length('collection size'), `${what}: global heap`);
            this.globalHeaps.set(collection, bytes);
        }
        const col = new Fields(bytes, this, `${what}: global heap`, 8 + this.lengthSize);
        while (col.pos + 8 + this.lengthSize <= col.bytes.length) {
            const id = col.u16();
            col.skip(6);
            const n = col.length('object size');
            if (id === 0)
                break;
            const data = col.bytesOf(n);
            if (id === index)
                return data;
            col.skip(Math.min((8 - (n % 8)) % 8, col.bytes.length - col.pos));
        }
        throw new Hdf5Error(`${what}: global heap object ${index} is not in its collection`);
    }
}
/** An object's header, read: is it a group or a dataset, its members, its attributes. */
class Hdf5Object {
    file;
    header;
    path;
    constructor(file, header, path) {
        this.file = file;
        this.header = header;
        this.path = path;
    }
    find(type) {
        return this.header.messages.find((m) => m.type === type);
    }
    get isDataset() {
        return this.find(MSG.dataspace) !== undefined && this.find(MSG.datatype) !== undefined;
    }
    label() {
        return this.path === '' ? 'HDF5 root group' : `HDF5 object ${JSON.stringify(this.path)}`;
    }
    dataset() {
        const space = this.find(MSG.dataspace);
        const type = this.find(MSG.datatype);
        const what = this.label();
        if (type.flags & 0x02)
            throw new Hdf5Error(`${what}: shared (committed) datatypes are not read`);
        const dims = this.file.dataspace(space.data, what);
        let elements = 1;
        for (const d of dims)
            elements *= d;
        if (!Number.isSafeInteger(elements))
            throw new Hdf5Error(`${what}: dataspace ${dims.join('x')} has more elements than can be counted exactly`);
        return { path: this.path, dims, elements, dtype: this.file.datatype(type.data, what) };
    }
    /** The group's members by name (old-style symbol table or new-style link messages). */
    members() {
        const what = this.label();
        const st = this.find(MSG.symbolTable);
        if (st) {
            const f = new Fields(st.data, this.file, `${what}: symbol table message`);
            return this.file.symbolTableMembers(f.address('B-tree address'), f.address('local heap address'), what);
        }
        const info = this.find(MSG.linkInfo);
        if (info) {
            const f = new Fields(info.data, this.file, `${what}: link info`);
            f.u8();
            const flags = f.u8();
            if (flags & 1)
                f.skip(8);
            if (f.address('fractal heap address') !== UNDEFINED_ADDRESS) {
                throw new Hdf5Error(`${what}: the group's links are in dense storage (a fractal heap), which this reader does not read yet`);
            }
        }
        const out = [];
        for (const m of this.header.messages) {
            if (m.type !== MSG.link)
                continue;
            const f = new Fields(m.data, this.file, `${what}: link message`);
            const version = f.u8();
            if (version !== 1)
                throw new Hdf5Error(`${what}: link message version ${version} is not 1`);
            const flags = f.u8();
            const linkType = flags & 0x08 ? f.u8() : 0;
            if (flags & 0x04)
                f.skip(8);
            if (flags & 0x10)
                f.skip(1);
            const nameLength = f.uint(1 << (flags & 3), 'link name length');
            const name = new TextDecoder('utf-8').decode(f.bytesOf(nameLength));
            // Soft and external links name other objects by path: a hard link of the same object is what counts.
            if (linkType !== 0)
                continue;
            out.push({ name, address: f.address('link address') });
        }
        return out;
    }
    get isGroup() {
        return !this.isDataset && (this.find(MSG.symbolTable) !== undefined || this.find(MSG.linkInfo) !== undefined || this.find(MSG.link) !== undefined);
    }
    /** Whether some attributes live in dense storage (not read: `attribute` then cannot see them). */
    get hasDenseAttributes() {
        const info = this.find(MSG.attributeInfo);
        if (!info)
            return false;
        const f = new Fields(info.data, this.file, `${this.label()}: attribute info`);
        f.u8();
        const flags = f.u8();
        if (flags & 1)
            f.skip(2);
        return f.address('fractal heap address') !== UNDEFINED_ADDRESS;
    }
    /** The value of the attribute `name`, or undefined when the object has none by that name. */
    attribute(name) {
        for (const m of this.header.messages) {
            if (m.type !== MSG.attribute)
                continue;
            const parsed = this.parseAttribute(m);
            if (parsed.name === name)
                return parsed.value();
        }
        return undefined;
    }
    parseAttribute(m) {
        const what = `${this.label()}: attribute`;
        const f = new Fields(m.data, this.file, what);
        const version = f.u8();
        if (version < 1 || version > 3)
            throw new Hdf5Error(`${what}: version ${version} is not 1-3`);
        const flags = f.u8();
        const nameSize = f.u16();
        const typeSize = f.u16();
        const spaceSize = f.u16();
        if (version === 3)
            f.u8();
        const pad = (n) => (version === 1 ? Math.ceil(n / 8) * 8 : n);
        const rawName = f.bytesOf(pad(nameSize));
        const nul = rawName.indexOf(0);
        const name = new TextDecoder('utf-8').decode(rawName.subarray(0, nul < 0 ? nameSize : Math.min(nul, nameSize)));
        const typeBytes = f.bytesOf(pad(typeSize));
        const spaceBytes = f.bytesOf(pad(spaceSize));
        const dataAt = f.pos;
        return {
            name,
            value: () => {
                const label = `${this.label()}: attribute ${JSON.stringify(name)}`;
                if (flags & 0x03)
                    throw new Hdf5Error(`${label}: shared datatype or dataspace is not read`);
                const type = this.file.datatype(typeBytes, label);
                const dims = this.file.dataspace(spaceBytes, label);
                const count = dims.reduce((a, b) => a * b, 1);
                if (count > HDF5_LIMITS.maxAttributeElements)
                    throw new Hdf5Error(`${label}: ${count} elements, more than the ${HDF5_LIMITS.maxAttributeElements} we read`);
                const data = new Fields(m.data, this.file, label, dataAt);
                const values = [];
                for (let i = 0; i < count; i++)
                    values.push(this.element(data, type, label));
                if (dims.length === 0)
                    return values[0];
                return values.every((v) => typeof v === 'string') ? values : values.map(Number);
            },
        };
    }
    element(f, type, label) {
        if (type.name === 'string' && !type.variableString) {
            const raw = f.bytesOf(type.size);
            const nul = raw.indexOf(0);
            return new TextDecoder('utf-8').decode(raw.subarray(0, nul < 0 ? raw.length : nul));
        }
        if (type.name === 'string') {
            const length = f.u32();
            const collection = f.address('global heap address');
            const index = f.u32();
            if (length === 0)
                return '';
            const data = this.file.globalHeapObject(collection, index, label);
            if (length > data.length)
                throw new Hdf5Error(`${label}: string of ${length} bytes in a heap object of ${data.length}`);
            return new TextDecoder('utf-8').decode(data.subarray(0, length));
        }
        const raw = f.bytesOf(type.size);
        const v = hdf5_dv(raw);
        if (type.littleEndian === false)
            throw new Hdf5Error(`${label}: big-endian numbers are not read`);
        switch (type.name) {
            case 'int8': return v.getInt8(0);
            case 'uint8':
            case 'bool': return v.getUint8(0);
            case 'int16': return v.getInt16(0, true);
            case 'uint16': return v.getUint16(0, true);
            case 'int32': return v.getInt32(0, true);
            case 'uint32': return v.getUint32(0, true);
            case 'int64': return Number(v.getBigInt64(0, true));
            case 'uint64': return Number(v.getBigUint64(0, true));
            case 'float32': return v.getFloat32(0, true);
            case 'float64': return v.getFloat64(0, true);
            default: throw new Hdf5Error(`${label}: ${type.name} values are not read`);
        }
    }
}
/**
 * Every dataset below `group` (depth first, members in stored order), with its path. A group
 * reached twice (hard links making a cycle or a diamond) is walked once.
 */
function walkDatasets(file, group, address = null) {
    const out = [];
    const seen = new Set();
    if (address !== null)
        seen.add(address);
    const visit = (g, depth) => {
        if (depth > HDF5_LIMITS.maxDepth)
            throw new Hdf5Error(`HDF5 groups nested deeper than ${HDF5_LIMITS.maxDepth} at ${JSON.stringify(g.path)}`);
        for (const m of g.members()) {
            if (seen.has(m.address))
                continue;
            seen.add(m.address);
            const path = g.path === '' ? m.name : `${g.path}/${m.name}`;
            const child = file.object(m.address, path);
            if (child.isDataset)
                out.push(child.dataset());
            else if (child.isGroup)
                visit(child, depth + 1);
        }
    };
    visit(group, 0);
    return out;
}
/** The object at a '/'-separated path below the root, or undefined. */
function objectAt(file, path) {
    let obj = file.root();
    let at = '';
    for (const part of path.split('/').filter(Boolean)) {
        if (!obj.isGroup)
            return undefined;
        const m = obj.members().find((x) => x.name === part);
        if (!m)
            return undefined;
        at = at === '' ? part : `${at}/${part}`;
        obj = file.object(m.address, at);
    }
    return obj;
}

;// CONCATENATED MODULE: ./build/src/formats/ir-attributes.js
function irAttributes(values) {
    const out = new Map();
    for (const [k, v] of Object.entries(values)) {
        if (v === undefined)
            continue;
        if (typeof v === 'string')
            out.set(k, { type: 'string', value: v });
        else if (typeof v === 'number')
            out.set(k, Number.isInteger(v) ? { type: 'int', value: v } : { type: 'float', value: v });
        else if ('float' in v)
            out.set(k, { type: 'float', value: v.float });
        else
            out.set(k, { type: 'ints', value: v });
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/graph/limits.js
var limits = __webpack_require__(3792);
;// CONCATENATED MODULE: ./build/src/formats/tflite/flatbuffer.js
/**
 * A bounds-checked FlatBuffers reader over a file window. FlatBuffers are offset-based, so a table
 * is read where it lies and a weight vector is only ever measured (its length prefix), never read.
 * Every offset, vtable and vector length is checked against the file before it is followed: a
 * hostile file yields a FlatBufferError, never an out-of-range read or an unbounded allocation.
 *
 * Layout (flatbuffers.dev, "Internals"): a table starts with an int32 `soffset` to its vtable
 * (vtable = table - soffset); the vtable holds uint16 vtable size, uint16 table size, then one
 * uint16 offset per field (0 = absent, the default applies). Reference fields hold a uint32
 * offset relative to the field's own position; a vector or string starts with a uint32 count.
 */

class FlatBufferError extends Error {
    name = 'FlatBufferError';
}
class flatbuffer_MemorySource {
    bytes;
    size;
    readCalls = 0;
    constructor(bytes) {
        this.bytes = bytes;
        this.size = bytes.byteLength;
    }
    get bytesRead() {
        return this.size;
    }
    view(pos, len) {
        return new DataView(this.bytes.buffer, this.bytes.byteOffset + pos, len);
    }
}
const PAGE = 512;
/** Pages kept in memory (1 MiB): tables are small and close together, weights are never paged in. */
const MAX_PAGES = 2048;
/** Pages fetched in one read when reading runs on from the last page read (a table region). */
const RUN_PAGES = 16;
/**
 * A file read in 512-byte pages, least recently used pages dropped first. A weight buffer is
 * measured through its 4-byte length prefix, so an isolated read costs one small page; reads that
 * run on from the previous page (the tables region) fetch 16 pages (8 KiB) at a time.
 */
class FileSource {
    fd;
    size;
    bytesRead = 0;
    readCalls = 0;
    pages = new Map();
    lastMiss = -2;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    page(index) {
        const hit = this.pages.get(index);
        if (hit) {
            this.pages.delete(index);
            this.pages.set(index, hit);
            return hit;
        }
        const count = index === this.lastMiss + 1 ? RUN_PAGES : 1;
        this.lastMiss = index + count - 1;
        const start = index * PAGE;
        const len = Math.min(count * PAGE, this.size - start);
        const buf = new Uint8Array(len);
        let got = 0;
        while (got < len) {
            const n = (0,external_node_fs_.readSync)(this.fd, buf, got, len - got, start + got);
            this.readCalls++;
            if (n === 0)
                throw new FlatBufferError(`file ended at byte ${start + got} while reading (it changed while being read?)`);
            got += n;
        }
        this.bytesRead += len;
        for (let k = 0; k * PAGE < len; k++) {
            if (k > 0 && this.pages.has(index + k))
                continue;
            this.pages.set(index + k, buf.subarray(k * PAGE, Math.min(len, (k + 1) * PAGE)));
            if (this.pages.size > MAX_PAGES)
                this.pages.delete(this.pages.keys().next().value);
        }
        return this.pages.get(index) ?? buf.subarray(0, Math.min(len, PAGE));
    }
    view(pos, len) {
        const first = Math.floor(pos / PAGE);
        const last = Math.floor((pos + len - 1) / PAGE);
        if (first === last) {
            const p = this.page(first);
            return new DataView(p.buffer, p.byteOffset + (pos - first * PAGE), len);
        }
        const out = new Uint8Array(len);
        let at = 0;
        for (let i = first; i <= last; i++) {
            const p = this.page(i);
            const from = i === first ? pos - first * PAGE : 0;
            const to = Math.min(p.byteLength, pos + len - i * PAGE);
            out.set(p.subarray(from, to), at);
            at += to - from;
        }
        return new DataView(out.buffer);
    }
}
const SCALAR_BYTES = {
    bool: 1, i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, i64: 8, u64: 8, f32: 4, f64: 8,
};
function scalarBytes(kind) {
    return SCALAR_BYTES[kind];
}
class FlatBuffer {
    src;
    limit;
    constructor(src, limit = src.size) {
        this.src = src;
        this.limit = limit;
    }
    get size() {
        return this.limit;
    }
    check(pos, len, what) {
        if (!Number.isSafeInteger(pos) || pos < 0 || len < 0 || pos + len > this.limit) {
            throw new FlatBufferError(`${what} at byte ${pos} (${len} bytes) lies outside the file (${this.limit} bytes)`);
        }
    }
    scalarAt(pos, kind, what) {
        const n = SCALAR_BYTES[kind];
        this.check(pos, n, what);
        const v = this.src.view(pos, n);
        switch (kind) {
            case 'bool': return v.getUint8(0) !== 0 ? 1 : 0;
            case 'i8': return v.getInt8(0);
            case 'u8': return v.getUint8(0);
            case 'i16': return v.getInt16(0, true);
            case 'u16': return v.getUint16(0, true);
            case 'i32': return v.getInt32(0, true);
            case 'u32': return v.getUint32(0, true);
            case 'f32': return v.getFloat32(0, true);
            case 'f64': return v.getFloat64(0, true);
            case 'i64': return Number(v.getBigInt64(0, true));
            case 'u64': return Number(v.getBigUint64(0, true));
        }
    }
    bytesAt(pos, len, what) {
        this.check(pos, len, what);
        const v = this.src.view(pos, len);
        return new Uint8Array(v.buffer, v.byteOffset, len);
    }
    /** The table a uint32 offset at `ref` points to (the root offset, a table field, a vector element). */
    tableAt(ref, what) {
        const pos = ref + this.scalarAt(ref, 'u32', `offset to ${what}`);
        this.check(pos, 4, what);
        const vtable = pos - this.scalarAt(pos, 'i32', `${what}'s vtable offset`);
        this.check(vtable, 4, `${what}'s vtable`);
        const vtSize = this.scalarAt(vtable, 'u16', `${what}'s vtable`);
        const size = this.scalarAt(vtable + 2, 'u16', `${what}'s vtable`);
        if (vtSize < 4 || vtSize % 2 !== 0)
            throw new FlatBufferError(`${what} at byte ${pos} has a malformed vtable (size ${vtSize})`);
        if (size < 4)
            throw new FlatBufferError(`${what} at byte ${pos} declares a table of ${size} bytes`);
        this.check(vtable, vtSize, `${what}'s vtable`);
        this.check(pos, size, what);
        return { pos, vtable, fields: (vtSize - 4) / 2, size };
    }
    /** Position of field `id` in the table, or 0 when the field is absent. */
    field(t, id, bytes, what) {
        if (id >= t.fields)
            return 0;
        const off = this.scalarAt(t.vtable + 4 + 2 * id, 'u16', what);
        if (off === 0)
            return 0;
        if (off < 4 || off + bytes > t.size)
            throw new FlatBufferError(`${what}: field offset ${off} lies outside its table (${t.size} bytes)`);
        return t.pos + off;
    }
    scalar(t, id, kind, def, what) {
        const p = this.field(t, id, SCALAR_BYTES[kind], what);
        return p === 0 ? def : this.scalarAt(p, kind, what);
    }
    /** A sub-table field, or undefined when absent. */
    table(t, id, what) {
        const p = this.field(t, id, 4, what);
        return p === 0 ? undefined : this.tableAt(p, what);
    }
    /**
     * A vector field (undefined when absent), its whole extent checked against the file. `max`
     * bounds the element count where we go on to visit every element.
     */
    vector(t, id, elemBytes, what, max = Infinity) {
        const p = this.field(t, id, 4, what);
        if (p === 0)
            return undefined;
        return this.vectorAt(p, elemBytes, what, max);
    }
    vectorAt(ref, elemBytes, what, max = Infinity) {
        const pos = ref + this.scalarAt(ref, 'u32', `offset to ${what}`);
        const length = this.scalarAt(pos, 'u32', `${what}'s length`);
        if (length * elemBytes > this.limit - pos - 4) {
            throw new FlatBufferError(`${what} at byte ${pos} declares ${length} elements, which run past the end of the file`);
        }
        if (length > max)
            throw new FlatBufferError(`${what} has ${length} elements (more than the ${max} a model can have)`);
        return { start: pos + 4, length };
    }
    /** The elements of a scalar vector field ([] when absent). */
    numbers(t, id, kind, what, max) {
        const v = this.vector(t, id, SCALAR_BYTES[kind], what, max);
        if (!v)
            return [];
        const n = SCALAR_BYTES[kind];
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++)
            out[i] = this.scalarAt(v.start + i * n, kind, what);
        return out;
    }
    /** Element i of a vector of tables. */
    tableIn(v, i, what) {
        return this.tableAt(v.start + 4 * i, what);
    }
    /**
     * A string field ('' when absent), decoded as UTF-8 with invalid bytes replaced. At most
     * `maxBytes` are read; a longer string is cut there and marked with an ellipsis.
     */
    string(t, id, what, maxBytes = 4096) {
        const p = this.field(t, id, 4, what);
        if (p === 0)
            return '';
        const v = this.vectorAt(p, 1, what);
        const take = Math.min(v.length, maxBytes);
        const text = new TextDecoder('utf-8', { fatal: false }).decode(this.bytesAt(v.start, take, what));
        return take < v.length ? `${text}…` : text;
    }
}

;// CONCATENATED MODULE: ./build/src/formats/tflite/to-ir.js
/**
 * A decoded TFLite model as the graph IR. Subgraph 0 is the main graph; subgraphs reached through
 * WHILE/IF/CALL_ONCE become graph attributes of their operators (like ONNX Loop/If bodies). Each
 * operator is a node in domain 'tflite' (custom ops: 'tflite.custom') with its builtin options as
 * attributes and its output tensors' stored types in the `output_types` attribute: TFLite stores
 * every tensor's shape, so the op definitions read shapes and only infer the dims the file leaves
 * dynamic (-1 in shape_signature).
 */



const TFLITE_DOMAIN = 'tflite';
const TFLITE_CUSTOM_DOMAIN = 'tflite.custom';
/** The node attribute holding the stored types of a node's outputs (ValueInfo per output). */
const OUTPUT_TYPES_ATTR = 'output_types';
/** Integer constants up to this many elements carry their values (shapes, axes, pads, perms). */
const MAX_INT_VALUES = 256;
/** Options naming a subgraph, and the graph attribute each becomes. */
const SUBGRAPH_OPTIONS = {
    cond_subgraph_index: 'cond',
    body_subgraph_index: 'body',
    then_subgraph_index: 'then_branch',
    else_subgraph_index: 'else_branch',
    init_subgraph_index: 'init',
    subgraph: 'subgraph',
};
class Converter {
    raw;
    fb;
    graphs = new Map();
    stack = [];
    constructor(raw, fb) {
        this.raw = raw;
        this.fb = fb;
    }
    graph(index) {
        const done = this.graphs.get(index);
        if (done)
            return done;
        if (this.stack.includes(index)) {
            throw new FlatBufferError(`subgraph ${index} calls itself (through subgraphs ${[...this.stack, index].join(' -> ')})`);
        }
        if (this.stack.length >= limits/* MAX_GRAPH_DEPTH */.kD) {
            // Each level is a few stack frames here and in the engine: 10,000 nested WHILE/IF
            // subgraphs would overflow the stack.
            throw new FlatBufferError(`subgraphs (WHILE/IF/CALL bodies) nest more than ${limits/* MAX_GRAPH_DEPTH */.kD} deep (at subgraph ${index})`);
        }
        const sg = this.raw.subgraphs[index];
        if (!sg)
            throw new FlatBufferError(`an operator refers to subgraph ${index}, but the model has ${this.raw.subgraphs.length}`);
        this.stack.push(index);
        const g = this.convert(sg);
        this.stack.pop();
        this.graphs.set(index, g);
        return g;
    }
    convert(sg) {
        const where = `subgraph ${sg.index}`;
        const names = uniqueNames(sg.tensors.map((t) => t.name), 'tensor');
        const tensorAt = (i, what) => {
            const t = sg.tensors[i];
            if (!t)
                throw new FlatBufferError(`${what} refers to tensor ${i}, but ${where} has ${sg.tensors.length} tensors`);
            return t;
        };
        const inputSet = new Set();
        const inputs = sg.inputs.map((i) => {
            inputSet.add(i);
            return this.valueInfo(tensorAt(i, `${where} input`), names[i], true);
        });
        const initializers = new Map();
        const valueInfo = [];
        sg.tensors.forEach((t, i) => {
            if (t.buffer && !t.isVariable)
                initializers.set(names[i], this.initializer(t, names[i], `${where} tensor ${i}`));
            else if (t.isVariable && !inputSet.has(i)) {
                // Variable tensors (RNN/LSTM state) are runtime-owned state the operator reads: an input.
                inputs.push(this.valueInfo(t, names[i], true));
            }
            else if (!inputSet.has(i))
                valueInfo.push(this.valueInfo(t, names[i], false));
        });
        const outputs = sg.outputs.map((i) => this.valueInfo(tensorAt(i, `${where} output`), names[i], false));
        const nodeNames = uniqueNames(sg.operators.map((op) => {
            const first = op.outputs[0];
            const n = first !== undefined && first >= 0 ? sg.tensors[first]?.name ?? '' : '';
            // Converter names join every fused TF op with ';': the first one names the layer.
            return n.split(';')[0] ?? '';
        }), 'op');
        const nodes = sg.operators.map((op, k) => this.node(op, nodeNames[k], sg, names, tensorAt, `${where} operator ${k}`));
        return { name: sg.name || (sg.index === 0 ? 'main' : `subgraph_${sg.index}`), inputs, outputs, initializers, valueInfo, nodes };
    }
    node(op, name, sg, names, tensorAt, what) {
        const ref = (i) => {
            if (i === -1)
                return '';
            tensorAt(i, what);
            return names[i];
        };
        const attributes = new Map();
        for (const [key, v] of op.options) {
            const sub = SUBGRAPH_OPTIONS[key];
            if (sub !== undefined && typeof v === 'number') {
                attributes.set(sub, { type: 'graph', value: this.graph(v) });
                continue;
            }
            if (typeof v === 'string')
                attributes.set(key, { type: 'string', value: v });
            else if (typeof v === 'number')
                attributes.set(key, Number.isInteger(v) ? { type: 'int', value: v } : { type: 'float', value: v });
            else
                attributes.set(key, v.every(Number.isInteger) ? { type: 'ints', value: v } : { type: 'floats', value: v });
        }
        // Floats that happen to be whole (beta=1, alpha=0) must stay floats.
        for (const k of ['beta', 'alpha', 'bias', 'cell_clip', 'proj_clip', 'min', 'max']) {
            const a = attributes.get(k);
            if (a?.type === 'int')
                attributes.set(k, { type: 'float', value: a.value });
        }
        attributes.set(OUTPUT_TYPES_ATTR, {
            type: 'type_protos',
            value: op.outputs.map((i) => (i === -1 ? { name: '', dtype: undefined, shape: undefined, kind: 'unknown' } : this.valueInfo(tensorAt(i, what), names[i], false))),
        });
        attributes.set('version', { type: 'int', value: op.code.version });
        void sg;
        return {
            name,
            opType: op.code.builtin ?? op.code.custom,
            domain: op.code.builtin ? TFLITE_DOMAIN : TFLITE_CUSTOM_DOMAIN,
            inputs: op.inputs.map(ref),
            outputs: op.outputs.map(ref),
            attributes,
        };
    }
    /**
     * The stored type of a tensor. shape_signature's -1 dims are dynamic: on graph inputs they get a
     * name the user can bind (`batch` for the leading dim, `<input>_<axis>` otherwise), elsewhere they
     * are unknown (null) and the op definitions infer them.
     */
    valueInfo(t, name, isInput) {
        const shape = storedShape(t);
        const sig = t.signature && shape && t.signature.length === shape.length ? t.signature : undefined;
        const dims = shape?.map((stored, i) => {
            const d = sig ? sig[i] : stored;
            if (d >= 0)
                return d;
            if (d !== -1 || !sig)
                throw new FlatBufferError(`tensor '${name}' has negative dimension ${d}`);
            return isInput ? (i === 0 ? 'batch' : `${name}_${i}`) : null;
        });
        return { name, dtype: t.dtype, shape: dims, kind: t.dtype ? 'tensor' : 'opaque' };
    }
    initializer(t, name, what) {
        const buf = t.buffer;
        if (!t.dtype)
            throw new FlatBufferError(`${what} ('${name}') is a ${t.typeName} tensor with stored data`);
        for (const d of t.shape)
            if (d < 0)
                throw new FlatBufferError(`${what} ('${name}') is a constant with negative dimension ${d}`);
        let elements = 1;
        for (const d of t.shape)
            elements *= d;
        if (!Number.isSafeInteger(elements))
            throw new FlatBufferError(`${what} ('${name}') has more than 2^53 elements`);
        const dense = (0,graph_dtype/* bytesFor */.D_)(t.dtype, elements);
        const sparse = t.sparsity !== undefined;
        if (!sparse && t.dtype !== 'string' && buf.bytes !== dense) {
            throw new FlatBufferError(`${what} ('${name}') has ${elements} ${t.dtype} elements (${dense} bytes) but its buffer ${buf.index} holds ${buf.bytes} bytes`);
        }
        if (sparse && buf.bytes > dense) {
            throw new FlatBufferError(`${what} ('${name}') is sparse but stores ${buf.bytes} bytes, more than its dense size (${dense})`);
        }
        const tensor = {
            name,
            dtype: t.dtype,
            dims: [...t.shape],
            elements,
            byteSize: buf.bytes,
            storage: 'embedded',
            storageKey: `buffer ${buf.index}`,
            ...(sparse ? { storedElements: Math.floor((buf.bytes * 8) / Math.max(1, bitsOf(t))) } : {}),
            ...(quantizationLabel(t) ? { quantization: quantizationLabel(t) } : {}),
            ...(this.values(t) ?? {}),
        };
        return tensor;
    }
    /** Small integer constants' values, for shape arithmetic (Reshape's shape, Transpose's perm...). */
    values(t) {
        const buf = t.buffer;
        if ((t.dtype !== 'int32' && t.dtype !== 'int64') || t.sparsity || buf.dataStart === undefined)
            return undefined;
        const width = t.dtype === 'int32' ? 4 : 8;
        const n = buf.bytes / width;
        if (n > MAX_INT_VALUES)
            return undefined;
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(this.fb.scalarAt(buf.dataStart + i * width, width === 4 ? 'i32' : 'i64', `values of '${t.name}'`));
        return { values: out };
    }
}
function bitsOf(t) {
    return t.dtype ? (0,graph_dtype/* bytesFor */.D_)(t.dtype, 8) : 8;
}
/** 'per-tensor' or 'per-channel, axis 0' for integer-quantized tensors; undefined otherwise. */
function quantizationLabel(t) {
    const q = t.quantization;
    if (!q || !t.dtype || (0,graph_dtype/* dtypeKind */.PN)(t.dtype) === 'float')
        return undefined;
    if (q.custom)
        return 'custom quantization';
    return q.scales > 1 ? `per-channel, axis ${q.axis}` : 'per-tensor';
}
/** The stored shape, or undefined when the rank is unknown (an activation stored as [] without has_rank). */
function storedShape(t) {
    if (t.shape.length === 0 && !t.hasRank && !t.buffer && (t.signature === undefined || t.signature.length === 0)) {
        // Older converters write [] both for scalars and for unknown shapes; only a constant or
        // has_rank makes it a scalar. Leave it unknown so that the op infers it.
        return undefined;
    }
    return [...t.shape];
}
/** Names made unique within a subgraph (TFLite allows empty and repeated tensor names). */
function uniqueNames(raw, fallback) {
    const seen = new Set(raw.filter((n) => n !== ''));
    const used = new Set();
    return raw.map((n, i) => {
        let name = n || `${fallback}_${i}`;
        if (used.has(name) || (n === '' && seen.has(name))) {
            let k = 1;
            while (used.has(`${name}#${k}`) || seen.has(`${name}#${k}`))
                k++;
            name = `${name}#${k}`;
        }
        used.add(name);
        return name;
    });
}
/**
 * Nodes a profile of `graph` may run: its own plus, per operator, every subgraph it names (an IF
 * whose condition is not constant runs both branches). Operators sharing subgraphs make this
 * exponential in the nesting depth (2^63 runs from a few kB), so it is counted per graph once,
 * before the engine starts, and a model past the engine's limit is refused at once.
 */
function nodesRun(graph, memo = new Map()) {
    const known = memo.get(graph);
    if (known !== undefined)
        return known;
    let n = graph.nodes.length;
    for (const node of graph.nodes) {
        for (const a of node.attributes.values())
            if (a.type === 'graph')
                n += nodesRun(a.value, memo);
    }
    memo.set(graph, n);
    return n;
}
function toIr(raw, fb) {
    const c = new Converter(raw, fb);
    const graph = c.graph(0);
    if (nodesRun(graph) > limits/* MAX_EXECUTED_NODES */.RY) {
        throw new FlatBufferError(`its operators and the subgraphs they call (WHILE/IF/CALL, shared ones once per caller) come to more than ${limits/* MAX_EXECUTED_NODES */.RY.toLocaleString('en-US')} nodes, the most model-budget profiles`);
    }
    const metadata = new Map(raw.metadata);
    return {
        format: 'tflite',
        formatVersion: `schema ${raw.version}`,
        // Converters write who they are in the description ('MLIR Converted.', 'TOCO Converted.').
        producer: raw.description,
        opsetImports: new Map([[TFLITE_DOMAIN, 1], [TFLITE_CUSTOM_DOMAIN, 1]]),
        graph,
        functions: [],
        metadata,
        fileBytes: raw.fileBytes,
    };
}

;// CONCATENATED MODULE: ./build/src/formats/keras/to-ir.js




const KERAS_DOMAIN = 'keras';
const ONNX_OPSET = 17;
/** A layer that cannot be turned into ops: reported as a `keras` node, with the reason as a warning. */
class Unsupported extends Error {
}
class Builder {
    layerDtypes;
    /** Element type of each layer's stored weights (dotted layer path), where the file has them. */
    constructor(layerDtypes) {
        this.layerDtypes = layerDtypes;
    }
    nodes = [];
    initializers = new Map();
    valueInfo = [];
    inputs = [];
    warnings = [];
    names = new Set();
    unique(name) {
        let n = name;
        for (let i = 1; this.names.has(n); i++)
            n = `${name}_${i}`;
        this.names.add(n);
        return n;
    }
    /** A weight of layer `<layer path>/<name>`, in the dtype the file stores that layer's weights in. */
    weight(name, dims) {
        const n = this.unique(name);
        const dtype = this.layerDtypes.get(name.slice(0, Math.max(0, name.lastIndexOf('/'))).replace(/\//g, '.')) ?? 'float32';
        const elements = dims.reduce((a, b) => a * b, 1);
        if (!Number.isSafeInteger(elements))
            throw new Unsupported(`weight ${dims.join('x')} has more elements than can be counted exactly`);
        this.initializers.set(n, { name: n, dtype, dims, elements, byteSize: (0,graph_dtype/* bytesFor */.D_)(dtype, elements), storage: 'embedded' });
        return n;
    }
    ints(name, values) {
        const n = this.unique(name);
        this.initializers.set(n, { name: n, dtype: 'int64', dims: [values.length], elements: values.length, byteSize: 8 * values.length, storage: 'embedded', values });
        return n;
    }
    node(name, opType, inputs, shape, attrs = {}, domain = '', dtype = 'float32') {
        const out = this.unique(`${name}:out`);
        const attributeMap = irAttributes(attrs);
        // TFLite op definitions read their output types from the node, as a .tflite file states them.
        if (domain === TFLITE_DOMAIN)
            attributeMap.set(OUTPUT_TYPES_ATTR, { type: 'type_protos', value: [{ name: out, dtype, shape, kind: 'tensor' }] });
        this.nodes.push({ name: this.unique(name), opType, domain, inputs, outputs: [out], attributes: attributeMap });
        if (shape)
            this.valueInfo.push({ name: out, dtype, shape, kind: 'tensor' });
        return { name: out, shape, dtype };
    }
    hint(t, shape) {
        this.valueInfo.push({ name: t.name, dtype: t.dtype, shape, kind: 'tensor' });
        return { ...t, shape };
    }
}
// ---- config values ---------------------------------------------------------------------------
function num(cfg, key, def) {
    const v = cfg[key];
    if (v === undefined || v === null) {
        if (def === undefined)
            throw new Unsupported(`config has no '${key}'`);
        return def;
    }
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new Unsupported(`'${key}' is not a number`);
    return v;
}
function posInt(cfg, key, def) {
    const v = num(cfg, key, def);
    if (!Number.isSafeInteger(v) || v < 1 || v > 1 << 30)
        throw new Unsupported(`'${key}' is ${v}, not a positive integer within limits`);
    return v;
}
/** An int or a list of n ints (kernel_size, strides, dilation_rate, pool_size). */
function tuple(cfg, key, n, def) {
    const v = cfg[key];
    if ((v === undefined || v === null) && def !== undefined)
        return new Array(n).fill(def);
    const list = typeof v === 'number' ? new Array(n).fill(v) : v;
    if (!Array.isArray(list) || list.length !== n || !list.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 1 && x <= 1 << 30)) {
        throw new Unsupported(`'${key}' is not ${n} positive integer(s)`);
    }
    return list;
}
function padding(cfg) {
    const p = cfg['padding'] ?? 'valid';
    // Causal padding pads on the left only: same output length as 'same' at stride 1.
    if (p === 'same' || p === 'causal')
        return 'SAME';
    if (p === 'valid')
        return 'VALID';
    throw new Unsupported(`padding ${JSON.stringify(p)} is not 'valid', 'same' or 'causal'`);
}
function channelsLast(cfg) {
    if (channelsFirst(cfg))
        throw new Unsupported('data_format "channels_first" is not costed for this layer');
}
/** Whether the layer reads [batch, channels, ...spatial] (data_format 'channels_first'). */
function channelsFirst(cfg) {
    const f = cfg['data_format'];
    if (f === undefined || f === null || f === 'channels_last')
        return false;
    if (f === 'channels_first')
        return true;
    throw new Unsupported(`data_format ${JSON.stringify(f)} is not channels_last or channels_first`);
}
/** ONNX's auto_pad for a Keras padding (ONNX ops take channels-first activations in their own layout). */
function autoPad(pad) {
    return pad === 'SAME' ? 'SAME_UPPER' : 'VALID';
}
function useBias(cfg) {
    return cfg['use_bias'] !== false;
}
/** `activation` as a name: a string, or a serialised function `{class_name: 'function', config: 'relu'}`. */
function activationName(v) {
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'string')
        return v;
    if (isObject(v)) {
        if (typeof v['config'] === 'string')
            return v['config'];
        if (isObject(v['config']) && typeof v['config']['name'] === 'string')
            return v['config']['name'];
        if (typeof v['class_name'] === 'string')
            return v['class_name'];
    }
    throw new Unsupported('activation is neither a name nor a serialised function');
}
// ---- shapes ----------------------------------------------------------------------------------
function need(t, rank, what) {
    if (!t.shape)
        throw new Unsupported(`the shape of its input is unknown`);
    if (rank !== null && t.shape.length !== rank)
        throw new Unsupported(`${what} needs a rank-${rank} input, got rank ${t.shape.length}`);
    return t.shape;
}
function known(d, what) {
    if (typeof d !== 'number')
        throw new Unsupported(`${what} is not known (${d === undefined ? 'missing' : `'${d}'`})`);
    return d;
}
function windowOut(d, k, s, dil, pad, fresh) {
    if (typeof d !== 'number')
        return fresh;
    if (pad === 'SAME')
        return Math.ceil(d / s);
    const eff = (k - 1) * dil + 1;
    if (d < eff)
        throw new Unsupported(`a window of ${eff} does not fit an input of ${d}`);
    return Math.floor((d - eff) / s) + 1;
}
/** A shape from a Keras config list ([null, 32, 32, 3]): the batch (first) dim is 1, other nulls symbolic. */
function shapeFromConfig(v, name, withBatch) {
    if (!Array.isArray(v) || v.length > 16)
        return undefined;
    const dims = withBatch ? v : [null, ...v];
    const out = [];
    for (let i = 0; i < dims.length; i++) {
        const d = dims[i];
        if (i === 0 && (d === null || d === undefined))
            out.push(1);
        else if (d === null)
            out.push(`${name}_dim${i}`);
        else if (typeof d === 'number' && Number.isSafeInteger(d) && d >= 0 && d <= 2 ** 31)
            out.push(d);
        else
            return undefined;
    }
    return out;
}
/** The first shape of a build_config input_shape (a list of shapes for multi-input layers). */
function firstBuildShape(v, name) {
    if (Array.isArray(v) && v.length > 0 && (Array.isArray(v[0]) || isObject(v[0] ?? null)))
        return undefined;
    return shapeFromConfig(v, name, true);
}
// ---- layers ----------------------------------------------------------------------------------
const ACTIVATIONS = {
    relu: 'Relu', sigmoid: 'Sigmoid', tanh: 'Tanh', elu: 'Elu', selu: 'Selu', softplus: 'Softplus', softsign: 'Softsign',
    gelu: 'Gelu', hard_sigmoid: 'HardSigmoid', hard_swish: 'HardSwish', hard_silu: 'HardSwish', exponential: 'Exp',
    mish: 'Mish', leaky_relu: 'LeakyRelu', softmax: 'Softmax', log_softmax: 'LogSoftmax',
};
class LayerContext {
    b;
    name;
    cfg;
    constructor(b, name, cfg) {
        this.b = b;
        this.name = name;
        this.cfg = cfg;
    }
    activation(x, act) {
        if (act === null || act === 'linear')
            return x;
        const shape = x.shape;
        if (act === 'swish' || act === 'silu') {
            const s = this.b.node(`${this.name}/sigmoid`, 'Sigmoid', [x.name], shape);
            return this.b.node(`${this.name}/swish`, 'Mul', [x.name, s.name], shape);
        }
        if (act === 'relu6') {
            return this.b.node(`${this.name}/relu6`, 'Clip', [x.name, this.scalar('min', 0), this.scalar('max', 6)], shape);
        }
        const op = ACTIVATIONS[act];
        if (!op)
            throw new Unsupported(`activation ${JSON.stringify(act)} is not one this tool costs`);
        return this.b.node(`${this.name}/${act}`, op, [x.name], shape, op === 'Softmax' || op === 'LogSoftmax' ? { axis: -1 } : {});
    }
    scalar(what, _value) {
        return this.b.weight(`${this.name}/${what}`, []);
    }
    reshape(x, shape, what) {
        const target = shape.map((d, i) => (typeof d === 'number' ? d : i === 0 ? 0 : -1));
        if (target.filter((d) => d === -1).length > 1)
            throw new Unsupported('more than one unknown dim to reshape');
        return this.b.node(`${this.name}/${what}`, 'Reshape', [x.name, this.b.ints(`${this.name}/${what}_shape`, target)], shape);
    }
}
function one(inputs) {
    if (inputs.length !== 1)
        throw new Unsupported(`takes one input, called with ${inputs.length}`);
    return inputs[0];
}
function dense(c, inputs) {
    const x = one(inputs);
    const s = need(x, null, 'Dense');
    const units = posInt(c.cfg, 'units');
    const k = known(s[s.length - 1], 'the input\'s last dim');
    const out = [...s.slice(0, -1), units];
    let y = c.b.node(`${c.name}/matmul`, 'MatMul', [x.name, c.b.weight(`${c.name}/kernel`, [k, units])], out);
    if (useBias(c.cfg))
        y = c.b.node(`${c.name}/bias_add`, 'Add', [y.name, c.b.weight(`${c.name}/bias`, [units])], out);
    return [c.activation(y, activationName(c.cfg['activation']))];
}
/**
 * Conv1D/2D via CONV_2D (1-D lifted to a height of 1), Conv3D via CONV_3D; grouped convs through
 * the filter's Cin/groups. channels_first: ONNX Conv, whose layout that is (filter [filters, Cin/groups, ...k]).
 */
function conv(rank) {
    return (c, inputs) => {
        let x = one(inputs);
        const first = channelsFirst(c.cfg);
        const s = need(x, rank + 2, `Conv${rank}D`);
        const filters = posInt(c.cfg, 'filters');
        const groups = posInt(c.cfg, 'groups', 1);
        const k = tuple(c.cfg, 'kernel_size', rank);
        const st = tuple(c.cfg, 'strides', rank, 1);
        const dil = tuple(c.cfg, 'dilation_rate', rank, 1);
        const pad = padding(c.cfg);
        const cin = known(s[first ? 1 : rank + 1], 'input channels');
        if (cin % groups !== 0 || filters % groups !== 0)
            throw new Unsupported(`${cin} input channels or ${filters} filters do not split into ${groups} groups`);
        const spatial = s.slice(first ? 2 : 1, first ? rank + 2 : rank + 1).map((d, i) => windowOut(d, k[i], st[i], dil[i], pad, `${c.name}_out${i}`));
        const out = first ? [s[0], filters, ...spatial] : [s[0], ...spatial, filters];
        const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
        let y;
        if (first) {
            const w = c.b.weight(`${c.name}/kernel`, [filters, cin / groups, ...k]);
            y = c.b.node(c.name, 'Conv', [x.name, w, ...bias], out, { kernel_shape: k, strides: st, dilations: dil, group: groups, auto_pad: autoPad(pad) });
        }
        else if (rank === 3) {
            const w = c.b.weight(`${c.name}/kernel`, [...k, cin / groups, filters]);
            const attrs = { padding: pad, stride_d: st[0], stride_h: st[1], stride_w: st[2], dilation_d_factor: dil[0], dilation_h_factor: dil[1], dilation_w_factor: dil[2] };
            y = c.b.node(c.name, 'CONV_3D', [x.name, w, ...bias], out, attrs, TFLITE_DOMAIN);
        }
        else {
            const k2 = rank === 1 ? [1, k[0]] : k;
            const st2 = rank === 1 ? [1, st[0]] : st;
            const dil2 = rank === 1 ? [1, dil[0]] : dil;
            if (rank === 1)
                x = c.reshape(x, [s[0], 1, s[1], s[2]], 'as_2d');
            const w = c.b.weight(`${c.name}/kernel`, [filters, k2[0], k2[1], cin / groups]);
            const attrs = { padding: pad, stride_h: st2[0], stride_w: st2[1], dilation_h_factor: dil2[0], dilation_w_factor: dil2[1] };
            const out2 = rank === 1 ? [s[0], 1, spatial[0], filters] : out;
            y = c.b.node(c.name, 'CONV_2D', [x.name, w, ...bias], out2, attrs, TFLITE_DOMAIN);
            if (rank === 1)
                y = c.reshape(y, out, 'as_1d');
        }
        return [c.activation(y, activationName(c.cfg['activation']))];
    };
}
function depthwiseNode(c, x, withBias) {
    channelsLast(c.cfg);
    const s = need(x, 4, 'DepthwiseConv2D');
    const k = tuple(c.cfg, 'kernel_size', 2);
    const st = tuple(c.cfg, 'strides', 2, 1);
    const dil = tuple(c.cfg, 'dilation_rate', 2, 1);
    const mult = posInt(c.cfg, 'depth_multiplier', 1);
    const pad = padding(c.cfg);
    const cout = known(s[3], 'input channels') * mult;
    const out = [s[0], windowOut(s[1], k[0], st[0], dil[0], pad, `${c.name}_out0`), windowOut(s[2], k[1], st[1], dil[1], pad, `${c.name}_out1`), cout];
    const bias = withBias ? [c.b.weight(`${c.name}/bias`, [cout])] : [];
    const attrs = { padding: pad, stride_h: st[0], stride_w: st[1], dilation_h_factor: dil[0], dilation_w_factor: dil[1], depth_multiplier: mult };
    return c.b.node(`${c.name}/depthwise`, 'DEPTHWISE_CONV_2D', [x.name, c.b.weight(`${c.name}/depthwise_kernel`, [1, k[0], k[1], cout]), ...bias], out, attrs, TFLITE_DOMAIN);
}
const depthwise = (c, inputs) => [c.activation(depthwiseNode(c, one(inputs), useBias(c.cfg)), activationName(c.cfg['activation']))];
/** SeparableConv2D: a depthwise conv without bias, then a 1x1 CONV_2D with the bias. */
const separable = (c, inputs) => {
    const d = depthwiseNode(c, one(inputs), false);
    const s = d.shape;
    const filters = posInt(c.cfg, 'filters');
    const cin = known(s[3], 'depthwise channels');
    const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
    const out = [s[0], s[1], s[2], filters];
    const y = c.b.node(`${c.name}/pointwise`, 'CONV_2D', [d.name, c.b.weight(`${c.name}/pointwise_kernel`, [filters, 1, 1, cin]), ...bias], out, { padding: 'VALID' }, TFLITE_DOMAIN);
    return [c.activation(y, activationName(c.cfg['activation']))];
};
/**
 * Conv1D/2D/3DTranspose: output size (in - 1) * stride + kernel ('valid') or in * stride ('same').
 * channels_last: TFLite TRANSPOSE_CONV (1-D lifted to a height of 1) and CONV_3D_TRANSPOSE;
 * channels_first: ONNX ConvTranspose (filter [Cin, filters, ...k]).
 */
function convTranspose(rank) {
    return (c, inputs) => {
        const first = channelsFirst(c.cfg);
        let x = one(inputs);
        const s = need(x, rank + 2, `Conv${rank}DTranspose`);
        const filters = posInt(c.cfg, 'filters');
        const k = tuple(c.cfg, 'kernel_size', rank);
        const st = tuple(c.cfg, 'strides', rank, 1);
        const dil = tuple(c.cfg, 'dilation_rate', rank, 1);
        if (dil.some((d) => d !== 1))
            throw new Unsupported('dilated transpose convolutions are not costed');
        if (c.cfg['output_padding'] !== undefined && c.cfg['output_padding'] !== null)
            throw new Unsupported('output_padding is not costed');
        const pad = padding(c.cfg);
        const cin = known(s[first ? 1 : rank + 1], 'input channels');
        const spatial = (first ? s.slice(2) : s.slice(1, rank + 1)).map((d, i) => {
            const n = known(d, 'input spatial dims');
            return pad === 'SAME' ? n * st[i] : (n - 1) * st[i] + k[i];
        });
        const batch = known(s[0], 'batch');
        const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
        let y;
        if (first) {
            const w = c.b.weight(`${c.name}/kernel`, [cin, filters, ...k]);
            y = c.b.node(c.name, 'ConvTranspose', [x.name, w, ...bias], [batch, filters, ...spatial], { kernel_shape: k, strides: st, auto_pad: autoPad(pad) });
        }
        else if (rank === 3) {
            const out = [batch, ...spatial, filters];
            const w = c.b.weight(`${c.name}/kernel`, [...k, filters, cin]);
            y = c.b.node(c.name, 'CONV_3D_TRANSPOSE', [c.b.ints(`${c.name}/output_shape`, out), w, x.name, ...bias], out, { padding: pad, stride_d: st[0], stride_h: st[1], stride_w: st[2] }, TFLITE_DOMAIN);
        }
        else {
            const [k2, st2, hw] = rank === 1 ? [[1, k[0]], [1, st[0]], [1, spatial[0]]] : [k, st, spatial];
            if (rank === 1)
                x = c.reshape(x, [s[0], 1, s[1], s[2]], 'as_2d');
            const out2 = [batch, hw[0], hw[1], filters];
            y = c.b.node(c.name, 'TRANSPOSE_CONV', [c.b.ints(`${c.name}/output_shape`, out2), c.b.weight(`${c.name}/kernel`, [filters, k2[0], k2[1], cin]), x.name, ...bias], out2, { padding: pad, stride_h: st2[0], stride_w: st2[1] }, TFLITE_DOMAIN);
            if (rank === 1)
                y = c.reshape(y, [batch, spatial[0], filters], 'as_1d');
        }
        return [c.activation(y, activationName(c.cfg['activation']))];
    };
}
/** MaxPooling/AveragePooling 1D/2D as MAX_POOL_2D/AVERAGE_POOL_2D (1-D lifted to a height of 1). */
function pool(rank, opType) {
    return (c, inputs) => {
        let x = one(inputs);
        const s = need(x, rank + 2, 'pooling');
        const k = tuple(c.cfg, 'pool_size', rank, 2);
        const stRaw = c.cfg['strides'];
        const st = stRaw === undefined || stRaw === null ? k : tuple(c.cfg, 'strides', rank);
        const pad = padding(c.cfg);
        if (channelsFirst(c.cfg)) {
            // ONNX pooling reads [N, C, ...spatial]: its own layout.
            const out = [s[0], s[1], ...s.slice(2).map((d, i) => windowOut(d, k[i], st[i], 1, pad, `${c.name}_out${i}`))];
            return [c.b.node(c.name, opType === 'MAX_POOL_2D' ? 'MaxPool' : 'AveragePool', [x.name], out, { kernel_shape: k, strides: st, auto_pad: autoPad(pad) })];
        }
        const spatial = s.slice(1, rank + 1).map((d, i) => windowOut(d, k[i], st[i], 1, pad, `${c.name}_out${i}`));
        const out = [s[0], ...spatial, s[rank + 1]];
        const [k2, st2] = rank === 1 ? [[1, k[0]], [1, st[0]]] : [k, st];
        if (rank === 1)
            x = c.reshape(x, [s[0], 1, s[1], s[2]], 'as_2d');
        const out2 = rank === 1 ? [s[0], 1, spatial[0], s[2]] : out;
        let y = c.b.node(c.name, opType, [x.name], out2, { padding: pad, filter_height: k2[0], filter_width: k2[1], stride_h: st2[0], stride_w: st2[1] }, TFLITE_DOMAIN);
        if (rank === 1)
            y = c.reshape(y, out, 'as_1d');
        return [y];
    };
}
function globalPool(opType) {
    return (c, inputs) => {
        const first = channelsFirst(c.cfg);
        const x = one(inputs);
        const s = need(x, null, 'global pooling');
        if (s.length < 3)
            throw new Unsupported(`global pooling needs rank 3 or more, got ${s.length}`);
        // The spatial axes: 1..rank-2 channels_last, 2..rank-1 channels_first.
        const axes = s.slice(2).map((_, i) => i + (first ? 2 : 1));
        const keep = c.cfg['keepdims'] === true;
        const out = keep ? s.map((d, i) => (axes.includes(i) ? 1 : d)) : [s[0], s[first ? 1 : s.length - 1]];
        return [c.b.node(c.name, opType, [x.name], out, { axes, keepdims: keep ? 1 : 0 })];
    };
}
function axisOf(cfg, rank, def) {
    let a = cfg['axis'] ?? def;
    if (Array.isArray(a)) {
        if (a.length !== 1)
            throw new Unsupported('normalisation over several axes is not costed');
        a = a[0];
    }
    if (typeof a !== 'number' || !Number.isInteger(a) || a < -rank || a >= rank)
        throw new Unsupported(`axis ${JSON.stringify(a)} is not an axis of a rank-${rank} input`);
    return a < 0 ? a + rank : a;
}
/** Inference BatchNormalization: ONNX BatchNormalization with per-channel scale, shift, mean and variance. */
const batchNorm = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'BatchNormalization');
    const ch = known(s[axisOf(c.cfg, s.length, -1)], 'the normalised axis');
    const w = (n) => c.b.weight(`${c.name}/${n}`, [ch]);
    return [c.b.node(c.name, 'BatchNormalization', [x.name, w('gamma'), w('beta'), w('moving_mean'), w('moving_variance')], s, { epsilon: { float: num(c.cfg, 'epsilon', 0.001) } })];
};
const layerNorm = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'LayerNormalization');
    const axis = axisOf(c.cfg, s.length, -1);
    if (axis !== s.length - 1)
        throw new Unsupported('LayerNormalization over an axis other than the last is not costed');
    const ch = known(s[axis], 'the normalised axis');
    const ins = [x.name, c.b.weight(`${c.name}/gamma`, [ch])];
    if (c.cfg['center'] !== false)
        ins.push(c.b.weight(`${c.name}/beta`, [ch]));
    return [c.b.node(c.name, 'LayerNormalization', ins, s, { axis: -1, epsilon: { float: num(c.cfg, 'epsilon', 0.001) } })];
};
const embedding = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Embedding');
    const vocab = posInt(c.cfg, 'input_dim');
    const dim = posInt(c.cfg, 'output_dim');
    return [c.b.node(c.name, 'Gather', [c.b.weight(`${c.name}/embeddings`, [vocab, dim]), x.name], [...s, dim])];
};
/** Add/Subtract/Multiply/Maximum/Minimum: one binary op per extra input; Average: ONNX Mean. */
function merge(opType) {
    return (c, inputs) => {
        if (inputs.length < 2)
            throw new Unsupported(`merges ${inputs.length} input(s)`);
        const s = need(inputs[0], null, 'merge');
        if (opType === 'Mean')
            return [c.b.node(c.name, 'Mean', inputs.map((t) => t.name), s)];
        let y = inputs[0];
        for (let i = 1; i < inputs.length; i++)
            y = c.b.node(inputs.length > 2 ? `${c.name}/${i}` : c.name, opType, [y.name, inputs[i].name], s);
        return [y];
    };
}
const concatenate = (c, inputs) => {
    if (inputs.length < 1)
        throw new Unsupported('concatenates nothing');
    const shapes = inputs.map((t) => need(t, null, 'Concatenate'));
    const rank = shapes[0].length;
    const axis = axisOf(c.cfg, rank, -1);
    let total = 0;
    for (const s of shapes)
        total = typeof total === 'number' && typeof s[axis] === 'number' ? total + s[axis] : `${c.name}_axis`;
    const out = shapes[0].map((d, i) => (i === axis ? total : d));
    return [c.b.node(c.name, 'Concat', inputs.map((t) => t.name), out, { axis })];
};
const activationLayer = (act) => (c, inputs) => [c.activation(one(inputs), act(c.cfg))];
const reluLayer = (c, inputs) => {
    const x = one(inputs);
    const max = c.cfg['max_value'];
    const slope = typeof c.cfg['negative_slope'] === 'number' ? c.cfg['negative_slope'] : 0;
    if (typeof max === 'number')
        return [c.b.node(c.name, 'Clip', [x.name, c.scalar('min', 0), c.scalar('max', max)], x.shape)];
    if (slope !== 0)
        return [c.b.node(c.name, 'LeakyRelu', [x.name], x.shape, { alpha: { float: slope } })];
    return [c.b.node(c.name, 'Relu', [x.name], x.shape)];
};
const identity = (_c, inputs) => [one(inputs)];
const flatten = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Flatten');
    const rest = s.slice(1);
    const n = rest.every((d) => typeof d === 'number') ? rest.reduce((a, b) => a * b, 1) : `${c.name}_features`;
    return [c.b.node(c.name, 'Flatten', [x.name], [s[0], n], { axis: 1 })];
};
const reshapeLayer = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Reshape');
    const t = c.cfg['target_shape'];
    if (!Array.isArray(t) || t.length > 16 || !t.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= -1))
        throw new Unsupported('target_shape is not a list of integers');
    const target = t;
    const total = s.slice(1).every((d) => typeof d === 'number') ? s.slice(1).reduce((a, b) => a * b, 1) : undefined;
    const knownPart = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const dims = target.map((d, i) => (d !== -1 ? d : total !== undefined && knownPart > 0 ? total / knownPart : `${c.name}_dim${i}`));
    return [c.b.node(c.name, 'Reshape', [x.name, c.b.ints(`${c.name}/shape`, [0, ...target])], [s[0], ...dims])];
};
const permute = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Permute');
    const dims = c.cfg['dims'];
    if (!Array.isArray(dims) || dims.length !== s.length - 1 || !dims.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 1 && d < s.length)) {
        throw new Unsupported('dims is not a permutation of the non-batch axes');
    }
    const perm = [0, ...dims];
    return [c.b.node(c.name, 'Transpose', [x.name], perm.map((p) => s[p]), { perm })];
};
/** Rescaling: x * scale (+ offset when non-zero). */
const rescaling = (c, inputs) => {
    const x = one(inputs);
    let y = c.b.node(`${c.name}/scale`, 'Mul', [x.name, c.b.weight(`${c.name}/scale`, [])], x.shape);
    const offset = c.cfg['offset'];
    if (typeof offset !== 'number' || offset !== 0)
        y = c.b.node(`${c.name}/offset`, 'Add', [y.name, c.b.weight(`${c.name}/offset`, [])], x.shape);
    return [y];
};
/** Normalization: (x - mean) / sqrt(variance), per feature of the last axis. */
const normalization = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Normalization');
    const ch = known(s[axisOf(c.cfg, s.length, -1)], 'the normalised axis');
    const centred = c.b.node(`${c.name}/centre`, 'Sub', [x.name, c.b.weight(`${c.name}/mean`, [ch])], s);
    return [c.b.node(`${c.name}/scale`, 'Div', [centred.name, c.b.weight(`${c.name}/stddev`, [ch])], s)];
};
function zeroPadding(rank) {
    return (c, inputs) => {
        const x = one(inputs);
        const s = need(x, rank + 2, 'ZeroPadding');
        const p = c.cfg['padding'];
        let pairs;
        if (typeof p === 'number')
            pairs = new Array(rank).fill([p, p]);
        else if (Array.isArray(p) && p.length === rank)
            pairs = p.map((q) => (typeof q === 'number' ? [q, q] : Array.isArray(q) && q.length === 2 && q.every((v) => typeof v === 'number') ? q : [-1, -1]));
        else
            throw new Unsupported('padding is not a number or a list per axis');
        if (pairs.some((q) => q.some((v) => !Number.isSafeInteger(v) || v < 0)))
            throw new Unsupported('padding is not non-negative integers');
        const out = s.map((d, i) => (i >= 1 && i <= rank ? (typeof d === 'number' ? d + pairs[i - 1][0] + pairs[i - 1][1] : `${c.name}_out${i}`) : d));
        const begins = s.map((_, i) => (i >= 1 && i <= rank ? pairs[i - 1][0] : 0));
        const ends = s.map((_, i) => (i >= 1 && i <= rank ? pairs[i - 1][1] : 0));
        return [c.b.node(c.name, 'Pad', [x.name, c.b.ints(`${c.name}/pads`, [...begins, ...ends])], out)];
    };
}
const upSampling2d = (c, inputs) => {
    channelsLast(c.cfg);
    const x = one(inputs);
    const s = need(x, 4, 'UpSampling2D');
    const size = tuple(c.cfg, 'size', 2, 2);
    const hw = [known(s[1], 'height') * size[0], known(s[2], 'width') * size[1]];
    const op = c.cfg['interpolation'] === 'bilinear' ? 'RESIZE_BILINEAR' : c.cfg['interpolation'] === undefined || c.cfg['interpolation'] === 'nearest' ? 'RESIZE_NEAREST_NEIGHBOR' : undefined;
    if (!op)
        throw new Unsupported(`interpolation ${JSON.stringify(c.cfg['interpolation'])} is not costed`);
    return [c.b.node(c.name, op, [x.name, c.b.ints(`${c.name}/size`, hw)], [s[0], hw[0], hw[1], s[3]], {}, 'tflite')];
};
/** Recurrent layers as ONNX LSTM/GRU/RNN with layout=1 (batch first); Bidirectional as direction 'bidirectional'. */
function recurrent(opType, gates) {
    return (c, x, cfg, dirs, mergeMode) => {
        const s = need(x, 3, opType);
        const units = posInt(cfg, 'units');
        const input = known(s[2], 'input features');
        const act = activationName(cfg['activation'] ?? 'tanh');
        if (act !== 'tanh' && !(opType === 'RNN' && act !== null))
            throw new Unsupported(`activation ${JSON.stringify(act)} is not costed for ${opType}`);
        const ins = [x.name, c.b.weight(`${c.name}/kernel`, [dirs, gates * units, input]), c.b.weight(`${c.name}/recurrent_kernel`, [dirs, gates * units, units])];
        if (useBias(cfg))
            ins.push(c.b.weight(`${c.name}/bias`, [dirs, 2 * gates * units]));
        const seq = cfg['return_sequences'] === true;
        const attrs = { layout: 1, hidden_size: units, direction: dirs === 2 ? 'bidirectional' : cfg['go_backwards'] === true ? 'reverse' : 'forward', ...(opType === 'GRU' ? { linear_before_reset: cfg['reset_after'] === false ? 0 : 1 } : {}) };
        const y = c.b.node(c.name, opType, ins, [s[0], s[1], dirs, units], attrs);
        const width = mergeMode === 'concat' ? dirs * units : units;
        if (dirs === 2 && mergeMode !== 'concat') {
            if (mergeMode !== 'sum' && mergeMode !== 'ave' && mergeMode !== 'mul')
                throw new Unsupported(`merge_mode ${JSON.stringify(mergeMode)} is not costed`);
            const op = mergeMode === 'mul' ? 'ReduceProd' : mergeMode === 'ave' ? 'ReduceMean' : 'ReduceSum';
            const merged = c.b.node(`${c.name}/merge`, op, [y.name], [s[0], s[1], units], { axes: [2], keepdims: 0 });
            if (seq)
                return merged;
            return c.b.node(`${c.name}/last`, 'Gather', [merged.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0], units], { axis: 1 });
        }
        if (seq)
            return c.reshape(y, [s[0], s[1], width], 'sequence');
        // The last step's output; each direction's last step is Y_h, here taken from Y.
        const last = c.b.node(`${c.name}/last`, 'Gather', [y.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0], 1, dirs, units], { axis: 1 });
        return c.reshape(last, [s[0], width], 'state');
    };
}
const RNN_KINDS = {
    LSTM: [recurrent('LSTM', 4), 'LSTM'],
    GRU: [recurrent('GRU', 3), 'GRU'],
    SimpleRNN: [recurrent('RNN', 1), 'SimpleRNN'],
};
const rnnLayer = (kind) => (c, inputs) => [RNN_KINDS[kind][0](c, one(inputs), c.cfg, 1, 'concat')];
const bidirectional = (c, inputs) => {
    const inner = c.cfg['layer'];
    if (!isObject(inner) || typeof inner['class_name'] !== 'string' || !isObject(inner['config']))
        throw new Unsupported('has no wrapped layer');
    const kind = RNN_KINDS[inner['class_name']];
    if (!kind)
        throw new Unsupported(`wraps a ${inner['class_name']}, not an LSTM, GRU or SimpleRNN`);
    const mode = c.cfg['merge_mode'] ?? 'concat';
    if (typeof mode !== 'string')
        throw new Unsupported('merge_mode is not a name');
    return [kind[0](c, one(inputs), inner['config'], 2, mode)];
};
/**
 * MultiHeadAttention: query/key/value projections (D -> heads * key_dim), scores Q K^T per head,
 * softmax, the weighted sum of values, and the output projection back to the query's width.
 */
const multiHeadAttention = (c, inputs) => {
    if (inputs.length < 2 || inputs.length > 3)
        throw new Unsupported(`needs query and value (and key), got ${inputs.length} inputs`);
    const q = inputs[0], v = inputs[1], k = inputs[2] ?? v;
    const qs = need(q, 3, 'MultiHeadAttention query'), vs = need(v, 3, 'MultiHeadAttention value'), ks = need(k, 3, 'MultiHeadAttention key');
    const heads = posInt(c.cfg, 'num_heads');
    const keyDim = posInt(c.cfg, 'key_dim');
    const valueDim = posInt(c.cfg, 'value_dim', keyDim);
    const bias = useBias(c.cfg);
    const [B, T, S] = [qs[0], qs[1], vs[1]];
    const outDim = c.cfg['output_shape'] === undefined || c.cfg['output_shape'] === null ? known(qs[2], 'query width') : posInt({ o: Array.isArray(c.cfg['output_shape']) ? (c.cfg['output_shape'][0] ?? null) : c.cfg['output_shape'] }, 'o');
    const project = (x, xs, what, width) => {
        const inW = known(xs[2], `${what} width`);
        let y = c.b.node(`${c.name}/${what}`, 'MatMul', [x.name, c.b.weight(`${c.name}/${what}/kernel`, [inW, heads * width])], [xs[0], xs[1], heads * width]);
        if (bias)
            y = c.b.node(`${c.name}/${what}_bias`, 'Add', [y.name, c.b.weight(`${c.name}/${what}/bias`, [heads * width])], y.shape);
        const split = c.reshape(y, [xs[0], xs[1], heads, width], `${what}_heads`);
        return c.b.node(`${c.name}/${what}_t`, 'Transpose', [split.name], [xs[0], heads, xs[1], width], { perm: [0, 2, 1, 3] });
    };
    const qh = project(q, qs, 'query', keyDim);
    const kh = project(k, ks, 'key', keyDim);
    const vh = project(v, vs, 'value', valueDim);
    const kt = c.b.node(`${c.name}/key_tt`, 'Transpose', [kh.name], [B, heads, keyDim, S], { perm: [0, 1, 3, 2] });
    const scores = c.b.node(`${c.name}/scores`, 'MatMul', [qh.name, kt.name], [B, heads, T, S]);
    const scaled = c.b.node(`${c.name}/scale`, 'Mul', [scores.name, c.b.weight(`${c.name}/scale`, [])], [B, heads, T, S]);
    const probs = c.b.node(`${c.name}/softmax`, 'Softmax', [scaled.name], [B, heads, T, S], { axis: -1 });
    const ctxh = c.b.node(`${c.name}/context`, 'MatMul', [probs.name, vh.name], [B, heads, T, valueDim]);
    const merged = c.b.node(`${c.name}/context_t`, 'Transpose', [ctxh.name], [B, T, heads, valueDim], { perm: [0, 2, 1, 3] });
    const flat = c.reshape(merged, [B, T, heads * valueDim], 'context_merge');
    let y = c.b.node(`${c.name}/output`, 'MatMul', [flat.name, c.b.weight(`${c.name}/attention_output/kernel`, [heads * valueDim, outDim])], [B, T, outDim]);
    if (bias)
        y = c.b.node(`${c.name}/output_bias`, 'Add', [y.name, c.b.weight(`${c.name}/attention_output/bias`, [outDim])], y.shape);
    return [y];
};
/** Attention (dot-product, Luong): softmax(Q K^T [* scale]) V over [batch, T, dim] inputs. */
const attention = (c, inputs) => {
    if (inputs.length < 2 || inputs.length > 3)
        throw new Unsupported(`needs [query, value(, key)], got ${inputs.length} inputs`);
    if (c.cfg['score_mode'] !== undefined && c.cfg['score_mode'] !== 'dot')
        throw new Unsupported(`score_mode ${JSON.stringify(c.cfg['score_mode'])} is not costed`);
    const q = inputs[0], v = inputs[1], k = inputs[2] ?? v;
    const qs = need(q, 3, 'Attention query'), vs = need(v, 3, 'Attention value'), ks = need(k, 3, 'Attention key');
    const kt = c.b.node(`${c.name}/key_t`, 'Transpose', [k.name], [ks[0], ks[2], ks[1]], { perm: [0, 2, 1] });
    const scores = c.b.node(`${c.name}/scores`, 'MatMul', [q.name, kt.name], [qs[0], qs[1], ks[1]]);
    const probs = c.b.node(`${c.name}/softmax`, 'Softmax', [scores.name], scores.shape, { axis: -1 });
    return [c.b.node(`${c.name}/context`, 'MatMul', [probs.name, v.name], [qs[0], qs[1], vs[2]])];
};
/** Cropping1D/2D: ONNX Slice of the spatial axes (data moved, no arithmetic). */
function cropping(rank) {
    return (c, inputs) => {
        channelsLast(c.cfg);
        const x = one(inputs);
        const s = need(x, rank + 2, 'Cropping');
        const v = c.cfg['cropping'];
        const pairs = typeof v === 'number' ? new Array(rank).fill([v, v]) : Array.isArray(v) && rank === 1 && v.length === 2 && v.every((q) => typeof q === 'number') ? [v] : Array.isArray(v) && v.length === rank ? v.map((q) => (typeof q === 'number' ? [q, q] : q)) : [];
        if (pairs.length !== rank || !pairs.every((q) => Array.isArray(q) && q.length === 2 && q.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0))) {
            throw new Unsupported('cropping is not a number or a pair per axis');
        }
        const crops = pairs;
        const axes = crops.map((_, i) => i + 1);
        const dims = axes.map((a, i) => known(s[a], 'cropped dim') - crops[i][0] - crops[i][1]);
        if (dims.some((d) => d < 1))
            throw new Unsupported('crops away the whole input');
        const out = s.map((d, i) => (i >= 1 && i <= rank ? dims[i - 1] : d));
        const starts = c.b.ints(`${c.name}/starts`, crops.map((q) => q[0]));
        const ends = c.b.ints(`${c.name}/ends`, axes.map((a, i) => known(s[a], 'cropped dim') - crops[i][1]));
        return [c.b.node(c.name, 'Slice', [x.name, starts, ends, c.b.ints(`${c.name}/axes`, axes)], out)];
    };
}
/** RepeatVector(n): [B, F] -> [B, n, F] as a reshape and an ONNX Tile. */
const repeatVector = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, 2, 'RepeatVector');
    const n = posInt(c.cfg, 'n');
    const lifted = c.reshape(x, [s[0], 1, s[1]], 'lift');
    return [c.b.node(c.name, 'Tile', [lifted.name, c.b.ints(`${c.name}/repeats`, [1, n, 1])], [s[0], n, s[1]])];
};
/** TimeDistributed(layer): the wrapped layer on [B * T, ...] (reshapes free), its output back to [B, T, ...]. */
const timeDistributed = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'TimeDistributed');
    if (s.length < 3)
        throw new Unsupported(`needs [batch, time, ...], got rank ${s.length}`);
    const inner = c.cfg['layer'];
    if (!isObject(inner) || typeof inner['class_name'] !== 'string' || !isObject(inner['config']))
        throw new Unsupported('has no wrapped layer');
    const fn = LAYERS[inner['class_name']];
    if (!fn || inner['class_name'] === 'TimeDistributed')
        throw new Unsupported(`wraps a ${inner['class_name']}, which is not costed`);
    const rows = typeof s[0] === 'number' && typeof s[1] === 'number' ? s[0] * s[1] : s[0] === 1 ? s[1] : `${c.name}_rows`;
    const folded = c.reshape(x, [rows, ...s.slice(2)], 'fold');
    const y = fn(new LayerContext(c.b, `${c.name}/${typeof inner['config']['name'] === 'string' ? inner['config']['name'] : 'layer'}`, inner['config']), [folded]);
    if (y.length !== 1 || !y[0].shape)
        throw new Unsupported('the wrapped layer has no single output of known shape');
    return [c.reshape(y[0], [s[0], s[1], ...y[0].shape.slice(1)], 'unfold')];
};
const LAYERS = {
    Dense: dense,
    Conv1D: conv(1), Conv2D: conv(2), Conv3D: conv(3), Convolution1D: conv(1), Convolution2D: conv(2), Convolution3D: conv(3),
    DepthwiseConv2D: depthwise, SeparableConv2D: separable, SeparableConvolution2D: separable,
    Conv1DTranspose: convTranspose(1), Conv2DTranspose: convTranspose(2), Conv3DTranspose: convTranspose(3),
    Convolution1DTranspose: convTranspose(1), Convolution2DTranspose: convTranspose(2), Convolution3DTranspose: convTranspose(3),
    MaxPooling1D: pool(1, 'MAX_POOL_2D'), MaxPooling2D: pool(2, 'MAX_POOL_2D'), MaxPool1D: pool(1, 'MAX_POOL_2D'), MaxPool2D: pool(2, 'MAX_POOL_2D'),
    AveragePooling1D: pool(1, 'AVERAGE_POOL_2D'), AveragePooling2D: pool(2, 'AVERAGE_POOL_2D'), AvgPool1D: pool(1, 'AVERAGE_POOL_2D'), AvgPool2D: pool(2, 'AVERAGE_POOL_2D'),
    GlobalAveragePooling1D: globalPool('ReduceMean'), GlobalAveragePooling2D: globalPool('ReduceMean'), GlobalAveragePooling3D: globalPool('ReduceMean'),
    GlobalAvgPool1D: globalPool('ReduceMean'), GlobalAvgPool2D: globalPool('ReduceMean'), GlobalAvgPool3D: globalPool('ReduceMean'),
    GlobalMaxPooling1D: globalPool('ReduceMax'), GlobalMaxPooling2D: globalPool('ReduceMax'), GlobalMaxPooling3D: globalPool('ReduceMax'),
    GlobalMaxPool1D: globalPool('ReduceMax'), GlobalMaxPool2D: globalPool('ReduceMax'), GlobalMaxPool3D: globalPool('ReduceMax'),
    BatchNormalization: batchNorm, LayerNormalization: layerNorm, Embedding: embedding,
    Add: merge('Add'), Subtract: merge('Sub'), Multiply: merge('Mul'), Maximum: merge('Max'), Minimum: merge('Min'), Average: merge('Mean'),
    Concatenate: concatenate,
    Activation: activationLayer((cfg) => activationName(cfg['activation'])),
    ReLU: reluLayer,
    LeakyReLU: activationLayer(() => 'leaky_relu'),
    ELU: activationLayer(() => 'elu'),
    Softmax: activationLayer(() => 'softmax'),
    Flatten: flatten, Reshape: reshapeLayer, Permute: permute,
    Dropout: identity, SpatialDropout1D: identity, SpatialDropout2D: identity, SpatialDropout3D: identity,
    GaussianNoise: identity, GaussianDropout: identity, AlphaDropout: identity, ActivityRegularization: identity,
    Rescaling: rescaling, Normalization: normalization,
    ZeroPadding1D: zeroPadding(1), ZeroPadding2D: zeroPadding(2), UpSampling2D: upSampling2d,
    LSTM: rnnLayer('LSTM'), GRU: rnnLayer('GRU'), SimpleRNN: rnnLayer('SimpleRNN'), Bidirectional: bidirectional,
    MultiHeadAttention: multiHeadAttention, Attention: attention,
    Cropping1D: cropping(1), Cropping2D: cropping(2), RepeatVector: repeatVector, TimeDistributed: timeDistributed,
};
/** Whether a layer class is costed (the rest become `keras` nodes, reported by name). */
function isCostedLayer(className) {
    return className in LAYERS || className === 'InputLayer';
}
// ---- models ----------------------------------------------------------------------------------
function inputTensor(b, layer) {
    const cfg = layer.config;
    const shape = shapeFromConfig(cfg['batch_shape'] ?? cfg['batch_input_shape'], layer.name, true)
        ?? shapeFromConfig(cfg['shape'] ?? cfg['input_shape'], layer.name, false);
    const dtype = cfg['dtype'] === 'int32' || cfg['dtype'] === 'int64' ? cfg['dtype'] : 'float32';
    const name = b.unique(layer.name);
    b.inputs.push({ name, dtype, shape, kind: 'tensor' });
    return { name, shape, dtype };
}
class ModelBuilder {
    b;
    unknownLayers = new Map();
    constructor(b) {
        this.b = b;
    }
    callLayer(layer, inputs, prefix) {
        const name = `${prefix}${layer.name}`;
        // A layer after an unknown one: its build_config says what it was built for.
        const withShapes = inputs.map((t, i) => {
            if (t.shape !== undefined || i > 0)
                return t;
            const shape = firstBuildShape(layer.buildInputShape, layer.name);
            return shape ? this.b.hint(t, shape) : t;
        });
        if (layer.model)
            return this.model(layer.model, withShapes, `${name}/`);
        const fn = LAYERS[layer.className];
        const c = new LayerContext(this.b, name, layer.config);
        if (fn) {
            try {
                return fn(c, withShapes);
            }
            catch (e) {
                if (!(e instanceof Unsupported))
                    throw e;
                this.b.warnings.push(`Keras layer ${JSON.stringify(name)} (${layer.className}) is not costed: ${e.message}`);
            }
        }
        else {
            this.unknownLayers.set(layer.className, (this.unknownLayers.get(layer.className) ?? 0) + 1);
        }
        return [this.b.node(name, layer.className, withShapes.map((t) => t.name), undefined, {}, KERAS_DOMAIN)];
    }
    /** Builds `m` on `given` inputs (null: its own input layers); returns its outputs. */
    model(m, given, prefix) {
        if (m.kind === 'sequential')
            return this.sequential(m, given, prefix);
        return this.functional(m, given, prefix);
    }
    sequential(m, given, prefix) {
        let layers = m.layers;
        let x;
        if (layers[0]?.className === 'InputLayer') {
            x = given?.[0] ?? inputTensor(this.b, layers[0]);
            layers = layers.slice(1);
        }
        else if (given) {
            x = given[0];
        }
        else {
            // tf.keras 2 Sequential without an InputLayer: the first layer states batch_input_shape.
            const first = layers[0];
            const cfg = first?.config ?? {};
            const stated = cfg['batch_input_shape'] ?? cfg['batch_shape'] ?? m.buildInputShape ?? first?.buildInputShape;
            x = inputTensor(this.b, { className: 'InputLayer', name: `${m.name}_input`, config: { batch_shape: stated ?? null, dtype: cfg['dtype'] ?? 'float32' }, calls: [], buildInputShape: undefined });
        }
        for (const layer of layers) {
            const out = this.callLayer(layer, [x], prefix);
            x = out[0];
        }
        return [x];
    }
    functional(m, given, prefix) {
        const produced = new Map();
        const key = (r) => `${r.layer}\u0000${r.node}\u0000${r.tensor}`;
        const inputNames = new Set(m.inputs.map((r) => r.layer));
        let nextGiven = 0;
        const pending = [];
        for (const layer of m.layers) {
            if (layer.className === 'InputLayer') {
                const t = given && inputNames.has(layer.name) ? given[m.inputs.findIndex((r) => r.layer === layer.name)] ?? given[nextGiven++] : undefined;
                produced.set(key({ layer: layer.name, node: 0, tensor: 0 }), t ?? inputTensor(this.b, layer));
                continue;
            }
            layer.calls.forEach((_, call) => pending.push({ layer, call }));
        }
        // Layers are listed in an order where inputs come first, but files do not promise it: retry until no progress.
        for (let pass = 0; pending.length > 0; pass++) {
            let progress = false;
            for (let i = 0; i < pending.length;) {
                const { layer, call } = pending[i];
                const refs = layer.calls[call];
                if (!refs.every((r) => produced.has(key(r)))) {
                    i++;
                    continue;
                }
                const outs = this.callLayer(layer, refs.map((r) => produced.get(key(r))), prefix);
                outs.forEach((t, j) => produced.set(key({ layer: layer.name, node: call, tensor: j }), t));
                pending.splice(i, 1);
                progress = true;
            }
            if (!progress) {
                const { layer, call } = pending[0];
                const missing = layer.calls[call].find((r) => !produced.has(key(r)));
                throw new KerasGraphError(`layer ${JSON.stringify(layer.name)} reads ${JSON.stringify(missing.layer)}, which no layer of model ${JSON.stringify(m.name)} produces`);
            }
        }
        return m.outputs.map((r) => {
            const t = produced.get(key(r));
            if (!t)
                throw new KerasGraphError(`model ${JSON.stringify(m.name)}: output ${JSON.stringify(r.layer)} is not produced by any layer`);
            return t;
        });
    }
}
/** A config that does not describe a graph (an output nobody produces): the file is bad input. */
class KerasGraphError extends Error {
    name = 'KerasGraphError';
}
function kerasToIr(m, info) {
    const b = new Builder(info.layerDtypes ?? new Map());
    const mb = new ModelBuilder(b);
    const outputs = mb.model(m, null, '');
    const graph = {
        name: m.name,
        inputs: b.inputs,
        outputs: outputs.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, kind: 'tensor' })),
        initializers: b.initializers,
        valueInfo: b.valueInfo,
        nodes: b.nodes,
    };
    return {
        model: {
            format: 'keras',
            formatVersion: info.formatVersion,
            producer: info.producer,
            opsetImports: new Map([['', ONNX_OPSET], [TFLITE_DOMAIN, 1], [KERAS_DOMAIN, 1]]),
            graph,
            functions: [],
            metadata: info.metadata,
            fileBytes: info.fileBytes,
        },
        unknownLayers: mb.unknownLayers,
        warnings: b.warnings,
    };
}

;// CONCATENATED MODULE: ./build/src/formats/keras/weights.js
/**
 * The variables of a Keras HDF5 file as weight tensors with their roles. Two layouts:
 * - Keras 3 (`model.weights.h5` inside a `.keras`, and `.weights.h5`): the object tree,
 *   `layers/<layer>[/layers/<inner>...]/[<sublayer>/]vars/<i>`, variables numbered in creation
 *   order; their names come from the layer's class (Dense: kernel, bias), `optimizer/vars/<i>`.
 * - tf.keras 2 (legacy `.h5`): `model_weights/<layer>/<layer>/<name>:0` (or the layer groups at
 *   the root of a `save_weights` file), optimizer variables under `optimizer_weights`.
 * BatchNormalization's moving mean/variance and Normalization's statistics are state (role
 * 'buffer'), optimizer variables 'optimizer' (never params), integer tensors 'non-weight'.
 */


/** Variable names of a Keras 3 layer, in creation order, by class (config decides optional ones). */
function variableNames(layer) {
    if (!layer)
        return undefined;
    const cfg = layer.config;
    switch (layer.className) {
        case 'Dense':
        case 'Conv1D':
        case 'Conv2D':
        case 'Conv3D':
        case 'Conv1DTranspose':
        case 'Conv2DTranspose':
        case 'Conv3DTranspose':
        case 'DepthwiseConv1D':
        case 'DepthwiseConv2D':
        case 'EinsumDense':
            return ['kernel', 'bias'];
        case 'SeparableConv1D':
        case 'SeparableConv2D':
            return ['depthwise_kernel', 'pointwise_kernel', 'bias'];
        case 'BatchNormalization':
            return [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta']), 'moving_mean', 'moving_variance'];
        case 'LayerNormalization':
            return [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta'])];
        case 'Embedding':
            return ['embeddings'];
        case 'Normalization':
            return ['mean', 'variance', 'count'];
        case 'PReLU':
            return ['alpha'];
        default:
            return undefined;
    }
}
/** Names of state that is not learned. */
const STATE_NAMES = new Set(['moving_mean', 'moving_variance', 'count']);
function roleOf(path, varName, dtype, layerClass, optimizer) {
    if (optimizer)
        return 'optimizer';
    if (!(0,graph_dtype/* isDType */.Zn)(dtype) || !(0,graph_dtype/* isWeightDType */.TW)(dtype))
        return 'non-weight';
    if (STATE_NAMES.has(varName) || (layerClass === 'Normalization' && (varName === 'mean' || varName === 'variance')))
        return 'buffer';
    // Random-generator state (Dropout's seed generator) and the model's metric/loss trackers (top-level groups) are not learned either.
    if (path.includes('seed_generator') || /metrics?$|tracker$/.test(path[0] ?? ''))
        return 'buffer';
    return 'param';
}
function tensor(d, name, role) {
    return { name, dtype: d.dtype.name, dims: d.dims, elements: d.elements, bytes: d.elements * d.dtype.size, role };
}
/** Layers of a model by their path of names ('block/conv1'), nested models included. */
function layerIndex(m, prefix = '', out = new Map()) {
    for (const l of m?.layers ?? []) {
        const path = prefix + l.name;
        out.set(path, l);
        if (l.model)
            layerIndex(l.model, `${path}/`, out);
    }
    return out;
}
/** Keras 3: `layers/a/layers/b/vars/0` -> owner path `a/b`, sub-path [] and index 0. */
function keras3Weights(file, model) {
    const layers = layerIndex(model);
    const out = [];
    for (const d of walkDatasets(file, file.root())) {
        const parts = d.path.split('/');
        const index = parts[parts.length - 1];
        const optimizer = parts[0] === 'optimizer';
        // Owner: the names between 'layers' segments; anything after the last layer name (a cell, a sublayer) is a sub-path.
        const names = [];
        const sub = [];
        for (let i = 0; i < parts.length - 2; i++) {
            if ((parts[i] === 'layers' || parts[i] === '_layer_checkpoint_dependencies') && i + 1 < parts.length - 2) {
                names.push(parts[++i]);
                sub.length = 0;
            }
            else
                sub.push(parts[i]);
        }
        const layer = sub.length === 0 ? layers.get(names.join('/')) : undefined;
        const varNames = variableNames(layer);
        const i = /^\d+$/.test(index) ? Number(index) : NaN;
        const varName = varNames && Number.isInteger(i) && i < varNames.length ? varNames[i] : index;
        const display = optimizer ? ['optimizer', index] : names.length > 0 ? [...names, ...sub, varName] : [...parts.slice(0, -2), varName];
        out.push(tensor(d, display.join('.'), roleOf(parts, varName, d.dtype.name, layer?.className, optimizer)));
    }
    return out;
}
/** tf.keras 2: layer groups (under model_weights, or the root of a weights file); names `<layer>/<var>:0`. */
function legacyWeights(file, layersGroup, optimizerGroup) {
    const out = [];
    const layerGroups = new Set(layersGroup.members().map((m) => m.name));
    for (const d of walkDatasets(file, layersGroup)) {
        const rel = d.path.slice(layersGroup.path === '' ? 0 : layersGroup.path.length + 1).split('/');
        if (!layerGroups.has(rel[0]) || rel.length < 2)
            continue;
        const rest = rel[1] === rel[0] ? rel.slice(2) : rel.slice(1);
        const varName = (rest[rest.length - 1] ?? '').replace(/:\d+$/, '');
        const name = [rel[0], ...rest.slice(0, -1), varName].join('.');
        out.push(tensor(d, name, roleOf(rel, varName, d.dtype.name, undefined, false)));
    }
    if (optimizerGroup) {
        for (const d of walkDatasets(file, optimizerGroup)) {
            out.push(tensor(d, d.path.replace(/:\d+$/, '').split('/').join('.'), 'optimizer'));
        }
    }
    return out;
}
function layoutOf(file) {
    const root = file.root();
    if (root.attribute('layer_names') !== undefined)
        return 'legacy';
    const names = new Set(root.members().map((m) => m.name));
    if (names.has('model_weights'))
        return 'legacy';
    if (names.has('layers') || names.has('_layer_checkpoint_dependencies') || names.has('vars'))
        return 'keras3';
    return null;
}
/** Which layout a Keras HDF5 file has: a `layers` group is Keras 3; `model_weights` or `layer_names` tf.keras 2. */
function weightsLayout(file) {
    const layout = layoutOf(file);
    if (layout === null)
        throw new Hdf5Error('an HDF5 file, but not a Keras one: no model_weights group, layer_names attribute or layers group');
    return layout;
}
/** Whether an HDF5 file's root is a Keras save's: its weights layout, or the root attributes a legacy save writes. */
function isKerasHdf5(file) {
    const root = file.root();
    return root.attribute('model_config') !== undefined || root.attribute('keras_version') !== undefined || layoutOf(file) !== null;
}
function readKerasWeights(file, model) {
    if (weightsLayout(file) === 'keras3')
        return keras3Weights(file, model);
    const root = file.root();
    const modelWeights = objectAt(file, 'model_weights');
    const optimizer = objectAt(file, 'optimizer_weights');
    return legacyWeights(file, modelWeights ?? root, optimizer);
}

;// CONCATENATED MODULE: ./build/src/formats/keras/reader.js
/**
 * Reads Keras files: `.keras` (Keras 3: a zip of metadata.json, config.json, model.weights.h5),
 * legacy `.h5` (tf.keras 2: `model_config` as a root attribute, weights under `model_weights`,
 * optimizer weights apart) and weights-only `.h5` / `.weights.h5`. Weights come from the HDF5
 * structures only (formats/keras/hdf5.ts, read lazily: a stored `model.weights.h5` is read in
 * place inside the zip through the zip reader the PyTorch format uses); costs from the config
 * (formats/keras/to-ir.ts).
 */









/** A deflated model.weights.h5 is inflated in memory up to this size (Keras stores it uncompressed). */
const MAX_INFLATED_WEIGHTS = 256 * 1024 * 1024;
/** Whether the first bytes are a Keras 3 zip or an HDF5 file (signature at 0; 512+ is found by name). */
function isKerasHead(head) {
    return hasHdf5Magic(head, 0);
}
/**
 * Bytes of a `.h5` read to tell a Keras file from other HDF5 (a dataset, netCDF4) when only a
 * default glob selected it: the superblock, the root group and its attributes come first in
 * the files h5py and the HDF5 library write (datasets' data after them).
 */
const KERAS_PROBE_BYTES = 1024 * 1024;
/**
 * Whether the first `prefix.length` bytes of a `.h5` of `size` bytes hold a Keras save (root
 * attributes `model_config` / `keras_version` / `layer_names`, a `model_weights` or `layers`
 * group). Anything the prefix cannot settle (no HDF5 signature: a Git LFS pointer; corrupt
 * HDF5; a root whose structures lie past the prefix) counts as a model, so a Keras file is
 * never skipped unseen and the reader names what is wrong.
 */
function isKerasContent(prefix, size) {
    try {
        return isKerasHdf5(new Hdf5File(byte_source_memorySource(prefix), 0, size));
    }
    catch (e) {
        if (e instanceof Hdf5Error)
            return true;
        throw e;
    }
}
function kerasVersionOf(meta) {
    return isObject(meta) && typeof meta['keras_version'] === 'string' ? meta['keras_version'].slice(0, 40) : '';
}
function zipParts(src) {
    const tail = byte_source_withTail(src, zip_ZIP_TAIL_READ);
    const entries = zip_readCentralDirectory(tail);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const config = byName.get('config.json');
    if (!config)
        throw new KerasConfigError('a zip without config.json: not a .keras model');
    const meta = byName.get('metadata.json');
    const metaJson = meta ? parseJson(readEntry(tail, meta, 1024 * 1024), 'metadata.json') : undefined;
    const weights = byName.get('model.weights.h5');
    let hdf5;
    if (weights) {
        if (weights.encrypted)
            throw new ZipError('zip entry "model.weights.h5" is encrypted');
        if (weights.method === 0) {
            const header = tail.read(weights.offset, 30);
            if (header.length < 30 || new DataView(header.buffer, header.byteOffset, 30).getUint32(0, true) !== 0x04034b50) {
                throw new ZipError(`zip entry "model.weights.h5": no local header at offset ${weights.offset}`);
            }
            const v = new DataView(header.buffer, header.byteOffset, 30);
            const dataAt = weights.offset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
            if (dataAt + weights.size > src.size)
                throw new ZipError('zip entry "model.weights.h5" runs past the end of the file');
            hdf5 = new Hdf5File(tail, dataAt, weights.size);
        }
        else {
            hdf5 = new Hdf5File(byte_source_memorySource(readEntry(tail, weights, MAX_INFLATED_WEIGHTS)), 0, weights.size);
        }
    }
    const kerasVersion = kerasVersionOf(metaJson);
    return {
        ...(hdf5 ? { hdf5 } : {}),
        config: parseJson(readEntry(tail, config, MAX_CONFIG_BYTES), 'config.json'),
        kerasVersion,
        formatVersion: '.keras',
        entries: entries.map((e) => e.name),
    };
}
function hdf5Parts(src) {
    const hdf5 = new Hdf5File(src, 0, src.size);
    const root = hdf5.root();
    const rawConfig = root.attribute('model_config');
    const kerasVersion = typeof root.attribute('keras_version') === 'string' ? root.attribute('keras_version').slice(0, 40) : '';
    if (rawConfig === undefined)
        return { hdf5, kerasVersion, formatVersion: 'weights-only HDF5' };
    if (typeof rawConfig !== 'string')
        throw new KerasConfigError('the model_config attribute is not a string');
    return { hdf5, config: parseJson(new TextEncoder().encode(rawConfig), 'the model_config attribute'), kerasVersion, formatVersion: 'legacy HDF5' };
}
function readParts(src, path, fileBytes) {
    const head = src.read(0, Math.min(8, src.size));
    const parts = zip_hasZipMagic(head) ? zipParts(src) : hdf5Parts(src);
    const warnings = [];
    let model;
    let costsUnavailable;
    if (parts.config !== undefined) {
        try {
            model = parseModel(parts.config);
        }
        catch (e) {
            if (!(e instanceof KerasConfigError))
                throw e;
            costsUnavailable = `the model config is not a Sequential or Functional model (${e.message}): params only`;
        }
    }
    else {
        costsUnavailable = 'a weights-only Keras file has no model config: params only (MACs, FLOPs, memory access, peak memory and latency need the layers)';
    }
    const tensors = parts.hdf5 ? readKerasWeights(parts.hdf5, model) : [];
    if (!parts.hdf5)
        warnings.push('the .keras archive has no model.weights.h5: params are not known');
    if (parts.config === undefined && parts.hdf5 && weightsLayout(parts.hdf5) === 'keras3') {
        warnings.push('without a model config, BatchNormalization moving statistics cannot be told from learned weights: counted as params');
    }
    const metadata = new Map();
    if (parts.kerasVersion)
        metadata.set('keras_version', parts.kerasVersion);
    if (model)
        metadata.set('model', `${model.kind === 'sequential' ? 'Sequential' : 'Functional'} ${JSON.stringify(model.name).slice(0, 80)}, ${model.layers.length} layers`);
    let graph;
    if (model) {
        try {
            graph = kerasToIr(model, { formatVersion: parts.formatVersion, producer: parts.kerasVersion ? `keras ${parts.kerasVersion}` : 'keras', fileBytes, metadata, layerDtypes: layerDtypes(tensors) });
        }
        catch (e) {
            if (e instanceof KerasGraphError)
                throw new errors/* ModelFileError */.EO(path, `invalid Keras model config: ${e.message}`);
            throw e;
        }
        warnings.push(...graph.warnings);
        if (graph.unknownLayers.size > 0) {
            warnings.push(`Keras layer classes not costed (totals are a lower bound): ${[...graph.unknownLayers].map(([c, n]) => `${JSON.stringify(c).slice(0, 80)} x${n}`).join(', ')}`);
        }
    }
    const weights = { tensors, metadata, warnings, sideFiles: [], ...(costsUnavailable ? { costsUnavailable } : {}) };
    return { weights, ...(graph ? { graph } : {}), formatVersion: parts.formatVersion, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
}
/** The dtype each layer stores its learned weights in (the first param of the layer says). */
function layerDtypes(tensors) {
    const out = new Map();
    for (const t of tensors) {
        const layer = t.name.slice(0, Math.max(0, t.name.lastIndexOf('.')));
        if (t.role === 'param' && (0,graph_dtype/* isDType */.Zn)(t.dtype) && !out.has(layer))
            out.set(layer, t.dtype);
    }
    return out;
}
function wrap(path, read) {
    try {
        return read();
    }
    catch (e) {
        if (e instanceof Hdf5Error)
            throw new errors/* ModelFileError */.EO(path, `invalid HDF5 (Keras) file: ${e.message}`);
        if (e instanceof ZipError)
            throw new errors/* ModelFileError */.EO(path, `invalid .keras archive: ${e.message}`);
        if (e instanceof KerasConfigError)
            throw new errors/* ModelFileError */.EO(path, `invalid Keras file: ${e.message}`);
        if (e?.code)
            throw new errors/* ModelFileError */.EO(path, describeFsError(e));
        throw e;
    }
}
/** Reads a Keras file. Throws ModelFileError (one line, names the file) for every problem in it. */
function readKerasFile(path) {
    return file_withOpenModel(path, (fd, size) => wrap(path, () => readParts(byte_source_fileSource(fd, size), path, size)));
}
/** The same for bytes in memory (tests, git blobs); `path` names it in errors. */
function readKerasBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    return wrap(path, () => readParts(memorySource(bytes), path, bytes.byteLength));
}

;// CONCATENATED MODULE: ./build/src/formats/keras/format.js

/** A zip's first local header names metadata.json or config.json (Keras 3 writes them first). */
function looksLikeKerasZip(head) {
    if (head.length < 30 || head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04)
        return false;
    const nameLength = head[26] | (head[27] << 8);
    const name = String.fromCharCode(...head.subarray(30, 30 + nameLength));
    return name === 'metadata.json' || name === 'config.json';
}
const kerasFormat = {
    name: 'keras',
    label: 'Keras',
    kind: 'graph',
    extensions: ['.keras', '.h5'],
    magic: (head) => isKerasHead(head) || looksLikeKerasZip(head),
    // Datasets and netCDF4 files end in .h5 too: under the default globs only Keras content counts.
    defaultGlobProbe: { extensions: ['.h5'], bytes: KERAS_PROBE_BYTES, isModel: isKerasContent, skipped: 'an HDF5 file without Keras content' },
    async read(path) {
        const { weights, graph, formatVersion } = readKerasFile(path);
        if (!graph)
            return { kind: 'weights', weights, formatVersion };
        return { kind: 'graph', model: graph.model, sideFileBytes: 0, weights };
    },
    // A Keras file holds its config and weights.
    sideFiles: () => [],
};

// EXTERNAL MODULE: ./build/src/formats/contained-file.js
var contained_file = __webpack_require__(4750);
// EXTERNAL MODULE: ./node_modules/protobufjs/minimal.js
var minimal = __webpack_require__(7823);
;// CONCATENATED MODULE: ./build/src/formats/onnx/wire.js
/**
 * The protobuf wire reader the ONNX decoders run on: protobufjs's Reader, extended so that the
 * bytes it holds can be a small window onto a file instead of the whole file. Decoders work in
 * absolute file offsets (`at`); a window is refilled only when a read needs bytes it lacks, so
 * multi-gigabyte weight payloads are skipped by moving an offset instead of being read.
 *
 * One concrete class (no interface with two implementations) keeps every decoder call site
 * monomorphic, which is most of what makes the decoders fast.
 */



const { Reader } = minimal;
const WIRE = { VARINT: 0, I64: 1, LEN: 2, SGROUP: 3, EGROUP: 4, I32: 5 };
/** A structural problem in the bytes; the reader turns it into a ModelFileError naming the file. */
class WireError extends errors/* BadInputError */.Ys {
    name = 'WireError';
}
const MAX_SAFE_HIGH = 2 ** 21; // 2^53 / 2^32
/** After a skip the next read fetches this much; reading on from inside a window doubles it. */
const MIN_WINDOW = 4096;
const MAX_WINDOW = 256 * 1024;
/** The first window: the graph's nodes usually follow the header, so read a good part of them. */
const FIRST_WINDOW = 16 * 1024;
/** Messages at most this long are brought into the window whole before decoding. */
const WHOLE_MESSAGE = 16 * 1024;
/** Node messages up to this size are turned into one string that their names are cut from. */
const TEXT_BLOCK_LIMIT = 1024;
const DEFAULT_WINDOWS = { first: FIRST_WINDOW, min: MIN_WINDOW, max: MAX_WINDOW, whole: WHOLE_MESSAGE };
/** One scratch buffer for every file reader: reads are synchronous and never interleave. */
let scratch = Buffer.alloc(FIRST_WINDOW);
// utf8Slice skips toString's argument handling (protobufjs's BufferReader uses it the same way);
// toString is the documented fallback should a runtime lack it.
const utf8Slice = Buffer.prototype.utf8Slice
    ?? function (start, end) { return this.toString('utf8', start, end); };
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * `buf`/`pos`/`len` are protobufjs's: the bytes held now, the read position in them and their
 * length. `base` is the file offset of buf[0]; `end` is the end of the file (or of the bytes).
 */
class wire_WireReader extends Reader {
    end;
    /** File offset of buf[0]. */
    base = 0;
    /** File descriptor read through, or -1 when every byte is in `buf`. */
    fd;
    windows = DEFAULT_WINDOWS;
    nextWindow = MIN_WINDOW;
    /** Whether the last varint() fitted in 53 bits. */
    varintIsSafe = true;
    /** buf[textStart, textEnd) decoded, one character per byte, which names are cut from (see textFrom). */
    textBlock = '';
    textStart = 0;
    textEnd = -1;
    view = new DataView(new ArrayBuffer(0));
    viewOf;
    /** Bytes actually read from disk (benchmarked: must stay tiny next to the weights). */
    bytesRead = 0;
    readCalls = 0;
    constructor(buf, fd, end) {
        super(buf);
        this.end = end;
        this.fd = fd;
    }
    /** Decodes bytes held in memory (all of a file, a git blob, a test model). */
    static fromBytes(bytes) {
        return new wire_WireReader(asBuffer(bytes), -1, bytes.byteLength);
    }
    /** Reads an open file of `size` bytes through a window. */
    static fromFile(fd, size, windows = DEFAULT_WINDOWS) {
        const r = new wire_WireReader(scratch, fd, size);
        r.len = 0;
        r.windows = windows;
        r.nextWindow = windows.first;
        return r;
    }
    /** Absolute byte offset of the next read. */
    get at() {
        return this.base + this.pos;
    }
    /** Makes [at, at+n) readable in `buf`. */
    need(n) {
        if (this.pos + n > this.len)
            this.refill(n);
    }
    refill(n) {
        const at = this.base + this.pos;
        const remain = this.end - at;
        if (n > remain || this.fd < 0) {
            throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${Math.max(0, remain)} remain`);
        }
        const want = Math.min(Math.max(n, this.nextWindow), remain);
        if (want > scratch.length)
            scratch = Buffer.alloc(Math.max(want, scratch.length * 2));
        this.readInto(scratch, want, at);
        // Reading on from inside the window (node lists, value infos) grows it; skipping past it
        // reset the size (see skipBytes).
        if (this.pos <= this.len)
            this.nextWindow = Math.min(this.nextWindow * 2, this.windows.max);
        // The window is the start of the scratch buffer; `len` bounds it (no view per read).
        this.buf = scratch;
        this.base = at;
        this.pos = 0;
        this.len = want;
        this.textEnd = -1;
    }
    /** Fills buf[0, n) from the file at `at` (the file may have shrunk since it was measured). */
    readInto(buf, n, at) {
        let got = 0;
        while (got < n) {
            const r = (0,external_node_fs_.readSync)(this.fd, buf, got, n - got, at + got);
            if (r === 0)
                throw new WireError(`file ended at byte ${at + got} while reading`);
            got += r;
        }
        this.readCalls++;
        this.bytesRead += n;
    }
    /** A varint as a JS number: exact up to 2^53 (see `varintIsSafe`); negative int64 as negative. */
    varint() {
        const pos = this.pos;
        if (pos + 10 > this.len)
            return this.varintNearEnd();
        const buf = this.buf;
        const b0 = buf[pos];
        if (b0 < 0x80) {
            this.pos = pos + 1;
            this.varintIsSafe = true;
            return b0;
        }
        const b1 = buf[pos + 1];
        if (b1 < 0x80) {
            this.pos = pos + 2;
            this.varintIsSafe = true;
            return (b0 & 0x7f) | (b1 << 7);
        }
        return this.varintLong(pos, this.len);
    }
    /** Fewer than 10 bytes left in `buf`: refill when reading a file, then decode with bounds. */
    varintNearEnd() {
        if (this.fd >= 0)
            this.need(Math.min(10, this.end - this.at));
        return this.varintLong(this.pos, this.len);
    }
    varintLong(start, limit) {
        const buf = this.buf;
        let pos = start;
        let lo = 0;
        let hi = 0;
        let shift = 0;
        for (let i = 0; i < 10; i++) {
            if (pos >= limit)
                throw new WireError(`truncated varint at byte ${this.base + pos}`);
            const b = buf[pos++];
            if (shift < 28)
                lo |= (b & 0x7f) << shift;
            else if (shift === 28) {
                lo |= (b & 0x0f) << 28;
                hi |= (b & 0x7f) >>> 4;
            }
            else
                hi |= (b & 0x7f) << (shift - 32);
            shift += 7;
            if ((b & 0x80) === 0) {
                this.pos = pos;
                lo >>>= 0;
                hi >>>= 0;
                if (hi >= 0x80000000) {
                    // Negative int64 (two's complement): exact while the magnitude fits in 53 bits.
                    const nlo = (~lo + 1) >>> 0;
                    const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
                    this.varintIsSafe = nhi < MAX_SAFE_HIGH;
                    return -(nhi * 2 ** 32 + nlo);
                }
                this.varintIsSafe = hi < MAX_SAFE_HIGH;
                return hi * 2 ** 32 + lo;
            }
        }
        throw new WireError(`varint longer than 10 bytes at byte ${this.base + start}`);
    }
    f32() {
        this.need(4);
        return this.float();
    }
    f64() {
        this.need(8);
        return this.double();
    }
    /** Moves past n bytes without reading them (a later read refills the window there). */
    skipBytes(n) {
        const at = this.base + this.pos;
        if (n < 0 || at + n > this.end) {
            throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${this.end - at} remain`);
        }
        this.pos += n;
        if (this.pos > this.len)
            this.nextWindow = this.windows.min;
    }
    /** A DataView of `buf` (offsets in it are `pos`-relative like buf's), kept while buf is. */
    dataView() {
        if (this.viewOf !== this.buf) {
            this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
            this.viewOf = this.buf;
        }
        return this.view;
    }
    /**
     * Names in the next `n` bytes (a node message: its op type, name, inputs, outputs and attribute
     * names) are cut from one decoded string instead of decoded one by one: a native string decode
     * costs far more than its bytes, and a node holds about ten short names.
     */
    textFrom(n) {
        const start = this.pos;
        // Large nodes carry tensors (Constant values): decoding their bytes would cost more than it saves.
        if (n > TEXT_BLOCK_LIMIT || start + n > this.len)
            return;
        const block = utf8Slice.call(this.buf, start, start + n);
        // One character per byte: every byte is ASCII or decodes alone to U+FFFD (binary fields),
        // so any byte range decodes, on its own, to the characters at the same offsets.
        if (block.length !== n)
            return;
        this.textBlock = block;
        this.textStart = start;
        this.textEnd = start + n;
    }
    /** n bytes of UTF-8 text. */
    text(n) {
        const start = this.pos;
        const end = start + n;
        if (end > this.len)
            return this.textOutsideWindow(n);
        this.pos = end;
        if (start >= this.textStart && end <= this.textEnd)
            return this.textBlock.substring(start - this.textStart, end - this.textStart);
        return utf8Slice.call(this.buf, start, end);
    }
    textOutsideWindow(n) {
        if (this.fd >= 0 && n > this.windows.max) {
            // Longer than a window (a huge doc string or string attribute): read it on its own.
            const at = this.at;
            if (at + n > this.end)
                throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${this.end - at} remain`);
            const bytes = Buffer.allocUnsafe(n);
            this.readInto(bytes, n, at);
            this.skipBytes(n);
            return bytes.toString('utf8');
        }
        this.need(n);
        const start = this.pos;
        this.pos += n;
        return utf8Slice.call(this.buf, start, start + n);
    }
    /**
     * Starts a nested message of `len` bytes; returns its absolute end. A message up to
     * `wholeLimit` bytes is brought into the window whole (at most one read), so that its fields
     * decode without further checks; larger ones are read as decoding goes, so that their payloads
     * can be skipped.
     */
    enter(len, wholeLimit) {
        if (len <= wholeLimit && len <= this.windows.whole)
            this.need(len);
        return this.base + this.pos + len;
    }
}

// EXTERNAL MODULE: ./build/src/formats/onnx/dtype-codes.js
var dtype_codes = __webpack_require__(155);
// EXTERNAL MODULE: ./build/src/graph/ir.js
var ir = __webpack_require__(5927);
;// CONCATENATED MODULE: ./build/src/formats/onnx/schema.js
/** Field numbers, by message, used by the hand-written streaming decoder. */
const FIELD = {
    model: {
        irVersion: 1, producerName: 2, producerVersion: 3, domain: 4, modelVersion: 5, docString: 6,
        graph: 7, opsetImport: 8, metadataProps: 14, trainingInfo: 20, functions: 25,
    },
    opset: { domain: 1, version: 2 },
    graph: {
        node: 1, name: 2, initializer: 5, docString: 10, input: 11, output: 12, valueInfo: 13,
        quantizationAnnotation: 14, sparseInitializer: 15, metadataProps: 16,
    },
    node: { input: 1, output: 2, name: 3, opType: 4, attribute: 5, docString: 6, domain: 7, overload: 8 },
    attribute: {
        name: 1, f: 2, i: 3, s: 4, t: 5, g: 6, floats: 7, ints: 8, strings: 9, tensors: 10, graphs: 11,
        docString: 13, tp: 14, typeProtos: 15, type: 20, refAttrName: 21, sparseTensor: 22, sparseTensors: 23,
    },
    tensor: {
        dims: 1, dataType: 2, segment: 3, floatData: 4, int32Data: 5, stringData: 6, int64Data: 7, name: 8,
        rawData: 9, doubleData: 10, uint64Data: 11, docString: 12, externalData: 13, dataLocation: 14,
    },
    sparseTensor: { values: 1, indices: 2, dims: 3 },
    stringEntry: { key: 1, value: 2 },
    valueInfo: { name: 1, type: 2, docString: 3 },
    typeProto: { tensorType: 1, sequenceType: 4, mapType: 5, opaqueType: 7, sparseTensorType: 8, optionalType: 9 },
    tensorType: { elemType: 1, shape: 2 },
    shape: { dim: 1 },
    dimension: { dimValue: 1, dimParam: 2, denotation: 3 },
    function: {
        name: 1, input: 4, output: 5, attribute: 6, node: 7, docString: 8, opsetImport: 9, domain: 10,
        attributeProto: 11, valueInfo: 12, overload: 13,
    },
};
/** AttributeProto.AttributeType */
const ATTRIBUTE_TYPE = {
    UNDEFINED: 0, FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8,
    TENSORS: 9, GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
};
/** TensorProto.DataLocation */
const DATA_LOCATION = { DEFAULT: 0, EXTERNAL: 1 };
function f(id, type, rule, packed) {
    const out = { type, id };
    if (rule) {
        out.rule = rule;
        // protobufjs packs repeated scalars unless told otherwise (proto3 behaviour); onnx.proto is
        // proto2, so dims/ints/floats must be written unpacked to match real exporters' bytes.
        out.options = { packed: packed ?? false };
    }
    return out;
}
/**
 * protobufjs reflection descriptor for package `onnx` (proto2 semantics: repeated scalars are
 * unpacked by default, except where onnx.proto declares `[packed = true]`).
 */
const ONNX_DESCRIPTOR = {
    nested: {
        onnx: {
            nested: {
                StringStringEntryProto: { fields: { key: f(1, 'string'), value: f(2, 'string') } },
                OperatorSetIdProto: { fields: { domain: f(1, 'string'), version: f(2, 'int64') } },
                TensorShapeProto: {
                    fields: { dim: f(1, 'Dimension', 'repeated') },
                    nested: {
                        Dimension: {
                            oneofs: { value: { oneof: ['dimValue', 'dimParam'] } },
                            fields: { dimValue: f(1, 'int64'), dimParam: f(2, 'string'), denotation: f(3, 'string') },
                        },
                    },
                },
                TypeProto: {
                    oneofs: {
                        value: { oneof: ['tensorType', 'sequenceType', 'mapType', 'opaqueType', 'sparseTensorType', 'optionalType'] },
                    },
                    fields: {
                        tensorType: f(1, 'Tensor'), sequenceType: f(4, 'Sequence'), mapType: f(5, 'Map'),
                        denotation: f(6, 'string'), opaqueType: f(7, 'Opaque'), sparseTensorType: f(8, 'SparseTensor'),
                        optionalType: f(9, 'Optional'),
                    },
                    nested: {
                        Tensor: { fields: { elemType: f(1, 'int32'), shape: f(2, 'TensorShapeProto') } },
                        Sequence: { fields: { elemType: f(1, 'TypeProto') } },
                        Map: { fields: { keyType: f(1, 'int32'), valueType: f(2, 'TypeProto') } },
                        Optional: { fields: { elemType: f(1, 'TypeProto') } },
                        SparseTensor: { fields: { elemType: f(1, 'int32'), shape: f(2, 'TensorShapeProto') } },
                        Opaque: { fields: { domain: f(1, 'string'), name: f(2, 'string') } },
                    },
                },
                ValueInfoProto: {
                    fields: { name: f(1, 'string'), type: f(2, 'TypeProto'), docString: f(3, 'string') },
                },
                TensorProto: {
                    fields: {
                        dims: f(1, 'int64', 'repeated'),
                        dataType: f(2, 'int32'),
                        segment: f(3, 'Segment'),
                        floatData: f(4, 'float', 'repeated', true),
                        int32Data: f(5, 'int32', 'repeated', true),
                        stringData: f(6, 'bytes', 'repeated'),
                        int64Data: f(7, 'int64', 'repeated', true),
                        name: f(8, 'string'),
                        rawData: f(9, 'bytes'),
                        doubleData: f(10, 'double', 'repeated', true),
                        uint64Data: f(11, 'uint64', 'repeated', true),
                        docString: f(12, 'string'),
                        externalData: f(13, 'StringStringEntryProto', 'repeated'),
                        dataLocation: f(14, 'int32'),
                    },
                    nested: { Segment: { fields: { begin: f(1, 'int64'), end: f(2, 'int64') } } },
                },
                SparseTensorProto: {
                    fields: { values: f(1, 'TensorProto'), indices: f(2, 'TensorProto'), dims: f(3, 'int64', 'repeated') },
                },
                AttributeProto: {
                    fields: {
                        name: f(1, 'string'), f: f(2, 'float'), i: f(3, 'int64'), s: f(4, 'bytes'), t: f(5, 'TensorProto'),
                        g: f(6, 'GraphProto'), floats: f(7, 'float', 'repeated'), ints: f(8, 'int64', 'repeated'),
                        strings: f(9, 'bytes', 'repeated'), tensors: f(10, 'TensorProto', 'repeated'),
                        graphs: f(11, 'GraphProto', 'repeated'), docString: f(13, 'string'), tp: f(14, 'TypeProto'),
                        typeProtos: f(15, 'TypeProto', 'repeated'), type: f(20, 'int32'), refAttrName: f(21, 'string'),
                        sparseTensor: f(22, 'SparseTensorProto'), sparseTensors: f(23, 'SparseTensorProto', 'repeated'),
                    },
                },
                NodeProto: {
                    fields: {
                        input: f(1, 'string', 'repeated'), output: f(2, 'string', 'repeated'), name: f(3, 'string'),
                        opType: f(4, 'string'), attribute: f(5, 'AttributeProto', 'repeated'), docString: f(6, 'string'),
                        domain: f(7, 'string'), overload: f(8, 'string'),
                    },
                },
                GraphProto: {
                    fields: {
                        node: f(1, 'NodeProto', 'repeated'), name: f(2, 'string'), initializer: f(5, 'TensorProto', 'repeated'),
                        docString: f(10, 'string'), input: f(11, 'ValueInfoProto', 'repeated'),
                        output: f(12, 'ValueInfoProto', 'repeated'), valueInfo: f(13, 'ValueInfoProto', 'repeated'),
                        sparseInitializer: f(15, 'SparseTensorProto', 'repeated'),
                    },
                },
                FunctionProto: {
                    fields: {
                        name: f(1, 'string'), input: f(4, 'string', 'repeated'), output: f(5, 'string', 'repeated'),
                        attribute: f(6, 'string', 'repeated'), node: f(7, 'NodeProto', 'repeated'), docString: f(8, 'string'),
                        opsetImport: f(9, 'OperatorSetIdProto', 'repeated'), domain: f(10, 'string'),
                        attributeProto: f(11, 'AttributeProto', 'repeated'), valueInfo: f(12, 'ValueInfoProto', 'repeated'),
                        overload: f(13, 'string'),
                    },
                },
                ModelProto: {
                    fields: {
                        irVersion: f(1, 'int64'), producerName: f(2, 'string'), producerVersion: f(3, 'string'),
                        domain: f(4, 'string'), modelVersion: f(5, 'int64'), docString: f(6, 'string'), graph: f(7, 'GraphProto'),
                        opsetImport: f(8, 'OperatorSetIdProto', 'repeated'), metadataProps: f(14, 'StringStringEntryProto', 'repeated'),
                        functions: f(25, 'FunctionProto', 'repeated'),
                    },
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./build/src/formats/onnx/tensor-values.js
/** Decodes the values of small tensors (shape constants, scales) for constant folding. */

/** Integer/bool tensors up to this many elements are decoded (shape arithmetic). */
const SMALL_INT_ELEMENTS = 4096;
/** Floating-point tensors up to this many elements are decoded (Resize scales, Clip bounds, eps). */
const SMALL_FLOAT_ELEMENTS = 64;
function halfToFloat(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0)
        return sign * 2 ** -14 * (frac / 1024);
    if (exp === 31)
        return frac ? NaN : sign * Infinity;
    return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}
const bf16 = new DataView(new ArrayBuffer(4));
function bfloat16ToFloat(bits) {
    bf16.setUint32(0, bits << 16, true);
    return bf16.getFloat32(0, true);
}
/** The n elements of a raw little-endian payload at `at` in `v`; undefined for types we do not decode. */
function fromRaw(dtype, n, v, at) {
    const out = new Array(n);
    // One loop per type (no reader closure per tensor): this runs for every small constant.
    switch (dtype) {
        case 'float32':
            for (let i = 0; i < n; i++)
                out[i] = v.getFloat32(at + i * 4, true);
            break;
        case 'float64':
            for (let i = 0; i < n; i++)
                out[i] = v.getFloat64(at + i * 8, true);
            break;
        case 'float16':
            for (let i = 0; i < n; i++)
                out[i] = halfToFloat(v.getUint16(at + i * 2, true));
            break;
        case 'bfloat16':
            for (let i = 0; i < n; i++)
                out[i] = bfloat16ToFloat(v.getUint16(at + i * 2, true));
            break;
        case 'int8':
            for (let i = 0; i < n; i++)
                out[i] = v.getInt8(at + i);
            break;
        case 'uint8':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint8(at + i);
            break;
        case 'bool':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint8(at + i) ? 1 : 0;
            break;
        case 'int16':
            for (let i = 0; i < n; i++)
                out[i] = v.getInt16(at + i * 2, true);
            break;
        case 'uint16':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint16(at + i * 2, true);
            break;
        case 'int32':
            for (let i = 0; i < n; i++)
                out[i] = v.getInt32(at + i * 4, true);
            break;
        case 'uint32':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint32(at + i * 4, true);
            break;
        // Two 32-bit halves instead of a BigInt per element: exact below 2^53, which is all that
        // shape arithmetic needs (larger values are INT64_MAX/MIN sentinels).
        case 'int64':
            for (let i = 0; i < n; i++)
                out[i] = v.getInt32(at + i * 8 + 4, true) * 2 ** 32 + v.getUint32(at + i * 8, true);
            break;
        case 'uint64':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint32(at + i * 8 + 4, true) * 2 ** 32 + v.getUint32(at + i * 8, true);
            break;
        default: return undefined;
    }
    return out;
}
/** Whether values of this many elements of this type are decoded at all. */
function decodable(dtype, elements) {
    const kind = (0,graph_dtype/* dtypeKind */.PN)(dtype);
    if (kind === 'string' || kind === 'complex')
        return false;
    return elements <= (kind === 'float' ? SMALL_FLOAT_ELEMENTS : SMALL_INT_ELEMENTS);
}
/**
 * Values of a small raw_data payload, read in place: `view` holds it at `at` (the reader's window,
 * so that nothing is copied first); the caller has checked that its size matches the dims.
 * Undefined when it is too large, not numeric, or a type we do not decode (sub-byte, float8).
 */
function decodeRawValues(dtype, elements, view, at) {
    return decodable(dtype, elements) ? fromRaw(dtype, elements, view, at) : undefined;
}
/** Values of a small tensor stored in the typed data fields (float_data, int64_data, ...). */
function decodeTypedValues(dtype, elements, typed) {
    if (!decodable(dtype, elements))
        return undefined;
    if (!typed.seen)
        return elements === 0 ? [] : undefined;
    const kind = (0,graph_dtype/* dtypeKind */.PN)(dtype);
    let values;
    if (dtype === 'float32')
        values = typed.floats;
    else if (dtype === 'float64')
        values = typed.doubles;
    else if (dtype === 'float16')
        values = typed.varints.map(halfToFloat);
    else if (kind === 'int' || kind === 'uint' || kind === 'bool')
        values = typed.varints;
    else
        return undefined;
    if (values.length !== elements)
        return undefined;
    return kind === 'bool' ? values.map((x) => (x ? 1 : 0)) : [...values];
}

;// CONCATENATED MODULE: ./build/src/formats/onnx/decode.js
/**
 * ONNX protobuf messages -> graph IR. Field numbers come from schema.ts. Weight payloads
 * (raw_data and the typed data fields) are skipped unless the tensor is small enough to fold.
 */







/** Tensor messages up to this size are read whole; larger ones are decoded in place. */
const TENSOR_BUFFER_LIMIT = 1024;
const WIRE_NAMES = ['varint', '64-bit', 'length-delimited', 'start-group', 'end-group', '32-bit', 'invalid(6)', 'invalid(7)'];
function expectWire(actual, expected, what, pos) {
    if (actual !== expected) {
        throw new WireError(`${what} has wire type ${WIRE_NAMES[actual]}, expected ${WIRE_NAMES[expected]} (byte ${pos})`);
    }
}
function skipField(c, wire, end) {
    switch (wire) {
        case WIRE.VARINT:
            c.varint();
            break;
        case WIRE.I64:
            c.skipBytes(8);
            break;
        case WIRE.I32:
            c.skipBytes(4);
            break;
        case WIRE.LEN: {
            const len = c.varint();
            if (c.at + len > end)
                throw new WireError(`truncated: a ${len}-byte field at byte ${c.at} runs past its message end`);
            c.skipBytes(len);
            break;
        }
        case WIRE.SGROUP: {
            // Groups are deprecated and absent from onnx.proto, but skippable; nested ones are counted,
            // not recursed into, so that no nesting depth overflows the stack.
            let open = 1;
            while (open > 0) {
                if (c.at >= end)
                    throw new WireError(`truncated: a group runs past its message end (byte ${end})`);
                const inner = c.varint() & 7;
                if (inner === WIRE.EGROUP)
                    open--;
                else if (inner === WIRE.SGROUP)
                    open++;
                else
                    skipField(c, inner, end);
            }
            break;
        }
        default:
            throw new WireError(`not an ONNX model: invalid protobuf wire type ${wire} at byte ${c.at}`);
    }
}
/**
 * The tag of the next field (field number << 3 | wire type). Decoders loop
 * `while (c.at < end) { const tag = readTag(c); switch (tag >>> 3) ... }` and then call
 * `endOf(c, end)`: plain loops, since a callback per message made every call site megamorphic.
 */
function readTag(c) {
    const at = c.at;
    const tag = c.varint();
    if (tag < 8)
        throw new WireError(`not an ONNX model: invalid protobuf field number 0 at byte ${at}`);
    return tag;
}
/** A message's last field must end exactly at the message end. */
function endOf(c, end) {
    if (c.at !== end)
        throw new WireError(`truncated: a field runs past its message end (byte ${end})`);
}
function lengthOf(c, end, what) {
    const at = c.at;
    const len = c.varint();
    if (!c.varintIsSafe || c.at + len > end) {
        throw new WireError(`truncated: ${what} at byte ${at} claims ${len} bytes but its message ends at byte ${end}`);
    }
    return len;
}
function readString(c, wire, end, what) {
    expectWire(wire, WIRE.LEN, what, c.at);
    return c.text(lengthOf(c, end, what));
}
function readInt(c, wire, what) {
    expectWire(wire, WIRE.VARINT, what, c.at);
    return c.varint();
}
/** Repeated int64/int32 field, packed or not. */
function readVarints(c, wire, end, what, into, safe) {
    if (wire === WIRE.VARINT) {
        into.push(c.varint());
        safe?.push(c.varintIsSafe);
        return;
    }
    expectWire(wire, WIRE.LEN, what, c.at);
    const len = lengthOf(c, end, what);
    const stop = c.at + len;
    while (c.at < stop) {
        into.push(c.varint());
        safe?.push(c.varintIsSafe);
    }
    if (c.at !== stop)
        throw new WireError(`${what}: packed varints overrun their field at byte ${stop}`);
}
function readFloats(c, wire, end, what, into) {
    if (wire === WIRE.I32) {
        into.push(c.f32());
        return;
    }
    expectWire(wire, WIRE.LEN, what, c.at);
    const len = lengthOf(c, end, what);
    if (len % 4 !== 0)
        throw new WireError(`${what}: packed floats of ${len} bytes is not a multiple of 4`);
    for (let i = 0; i < len / 4; i++)
        into.push(c.f32());
}
/** Starts a nested message field; returns its absolute end (see WireReader.enter). */
function msgEnd(c, wire, end, what, wholeLimit = WHOLE_MESSAGE) {
    expectWire(wire, WIRE.LEN, what, c.at);
    return c.enter(lengthOf(c, end, what), wholeLimit);
}
const NO_TYPED = { floats: [], varints: [], doubles: [], seen: false };
/**
 * The element count when values are worth decoding (a small tensor whose dims and data_type, which
 * precede the payload in files, are known), else -1.
 */
function smallElements(t) {
    const dtype = (0,dtype_codes/* dtypeFromOnnx */.W)(t.dataType);
    if (!dtype)
        return -1;
    let n = 1;
    for (let i = 0; i < t.dims.length; i++) {
        if (t.dims[i] < 0 || !t.dimsSafe[i])
            return -1;
        n *= t.dims[i];
    }
    return decodable(dtype, n) ? n : -1;
}
function typedOf(t) {
    if (t.typed === NO_TYPED)
        t.typed = { floats: [], varints: [], doubles: [], seen: true };
    return t.typed;
}
function decodeTensorRaw(c, end) {
    const t = {
        name: '', dims: [], dimsSafe: [], dataType: 0, dataLocation: DATA_LOCATION.DEFAULT, external: undefined,
        rawValues: undefined, typed: NO_TYPED, rawLength: undefined,
    };
    const F = FIELD.tensor;
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        const field = tag >>> 3;
        switch (field) {
            case F.dims:
                readVarints(c, wire, end, 'TensorProto.dims', t.dims, t.dimsSafe);
                break;
            case F.dataType:
                t.dataType = readInt(c, wire, 'TensorProto.data_type');
                break;
            case F.name:
                t.name = readString(c, wire, end, 'TensorProto.name');
                break;
            case F.dataLocation:
                t.dataLocation = readInt(c, wire, 'TensorProto.data_location');
                break;
            case F.externalData: {
                const [k, v] = decodeStringEntry(c, msgEnd(c, wire, end, 'TensorProto.external_data'));
                (t.external ??= new Map()).set(k, v);
                break;
            }
            case F.rawData: {
                expectWire(wire, WIRE.LEN, 'TensorProto.raw_data', c.at);
                const len = lengthOf(c, end, 'TensorProto.raw_data');
                t.rawLength = len;
                const n = smallElements(t);
                const dtype = n >= 0 ? (0,dtype_codes/* dtypeFromOnnx */.W)(t.dataType) : undefined;
                // Small payloads are decoded where they lie in the window (no copy); a size that
                // contradicts the dims is reported by finishTensor, once every field is known.
                if (dtype && len === (0,graph_dtype/* bytesFor */.D_)(dtype, n)) {
                    c.need(len);
                    t.rawValues = decodeRawValues(dtype, n, c.dataView(), c.pos);
                }
                c.skipBytes(len);
                break;
            }
            case F.floatData:
            case F.int32Data:
            case F.int64Data:
            case F.doubleData:
            case F.uint64Data: {
                const typed = typedOf(t);
                if (wire === WIRE.LEN && smallElements(t) < 0) {
                    c.skipBytes(lengthOf(c, end, 'TensorProto data'));
                    break;
                }
                if (field === F.floatData)
                    readFloats(c, wire, end, 'TensorProto.float_data', typed.floats);
                else if (field === F.doubleData) {
                    if (wire === WIRE.I64)
                        typed.doubles.push(c.f64());
                    else {
                        expectWire(wire, WIRE.LEN, 'TensorProto.double_data', c.at);
                        const len = lengthOf(c, end, 'TensorProto.double_data');
                        for (let i = 0; i < len / 8; i++)
                            typed.doubles.push(c.f64());
                    }
                }
                else
                    readVarints(c, wire, end, 'TensorProto data', typed.varints);
                break;
            }
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return t;
}
function decodeStringEntry(c, end) {
    let key = '';
    let value = '';
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case FIELD.stringEntry.key:
                key = readString(c, wire, end, 'StringStringEntryProto.key');
                break;
            case FIELD.stringEntry.value:
                value = readString(c, wire, end, 'StringStringEntryProto.value');
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return [key, value];
}
/** Names a tensor in errors (built only when one is thrown). */
function tensorLabel(t, what) {
    return t.name ? `${what} '${t.name}'` : what;
}
/** Validated IR tensor from a decoded TensorProto. `what` names it in errors. */
function finishTensor(t, what, ctx) {
    const dtype = (0,dtype_codes/* dtypeFromOnnx */.W)(t.dataType);
    if (!dtype)
        throw new WireError(`${tensorLabel(t, what)} has unknown data_type ${t.dataType}`);
    let elements = 1;
    for (let i = 0; i < t.dims.length; i++) {
        const d = t.dims[i];
        if (!t.dimsSafe[i] || d < 0 || d > Number.MAX_SAFE_INTEGER) {
            throw new WireError(`${tensorLabel(t, what)} has dim ${t.dimsSafe[i] ? d : 'beyond 2^53'} out of range`);
        }
        elements *= d;
    }
    if (!Number.isSafeInteger(elements)) {
        throw new WireError(`${tensorLabel(t, what)} has dims [${t.dims.join(', ')}] whose element count overflows`);
    }
    const byteSize = dtype === 'string' ? (t.rawLength ?? 0) : (0,graph_dtype/* bytesFor */.D_)(dtype, elements);
    if (t.dataLocation === DATA_LOCATION.EXTERNAL) {
        const location = t.external?.get('location');
        if (!location)
            throw new WireError(`${tensorLabel(t, what)} has external data without a location`);
        const offset = Number(t.external?.get('offset') ?? '0');
        const lengthText = t.external?.get('length');
        const length = lengthText === undefined ? undefined : Number(lengthText);
        if (!Number.isSafeInteger(offset) || offset < 0 || (length !== undefined && (!Number.isSafeInteger(length) || length < 0))) {
            throw new WireError(`${tensorLabel(t, what)} has an invalid external data offset/length`);
        }
        const tensor = {
            name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'external',
            external: { location, offset, length },
        };
        ctx.externalTensors.push(tensor);
        return tensor;
    }
    if (t.rawLength !== undefined && dtype !== 'string' && t.rawLength !== byteSize) {
        throw new WireError(`${tensorLabel(t, what)}: raw_data has ${t.rawLength} bytes but dims [${t.dims.join(', ')}] of ${dtype} need ${byteSize}`);
    }
    const values = t.rawLength !== undefined ? t.rawValues : decodeTypedValues(dtype, elements, t.typed);
    return values ? { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded', values }
        : { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded' };
}
function decodeTensor(c, wire, end, what, ctx) {
    const raw = decodeTensorRaw(c, msgEnd(c, wire, end, what, TENSOR_BUFFER_LIMIT));
    return finishTensor(raw, what, ctx);
}
function decodeSparseBody(c, end, what, ctx) {
    let values;
    let indices;
    const dims = [];
    const safe = [];
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case FIELD.sparseTensor.values:
                values = decodeTensor(c, wire, end, `${what} values`, ctx);
                break;
            case FIELD.sparseTensor.indices:
                indices = decodeTensor(c, wire, end, `${what} indices`, ctx);
                break;
            case FIELD.sparseTensor.dims:
                readVarints(c, wire, end, 'SparseTensorProto.dims', dims, safe);
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    if (!values)
        throw new WireError(`${what} has no values`);
    if (safe.some((x) => !x) || dims.some((d) => d < 0))
        throw new WireError(`${what} has a dim out of range`);
    // A sparse tensor stores only its non-zero values (plus indices): that is what it weighs.
    return {
        name: values.name, dtype: values.dtype, dims, elements: values.elements,
        byteSize: values.byteSize + (indices?.byteSize ?? 0), storage: values.storage,
    };
}
function decodeSparseTensor(c, wire, end, what, ctx) {
    return decodeSparseBody(c, msgEnd(c, wire, end, what), what, ctx);
}
// ---------------------------------------------------------------------------------------------
// Types and value infos
function decodeDimension(c, end) {
    let dim = null;
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case FIELD.dimension.dimValue: {
                const v = readInt(c, wire, 'Dimension.dim_value');
                if (!c.varintIsSafe)
                    throw new WireError(`dimension value beyond 2^53 at byte ${c.at}`);
                dim = v >= 0 ? v : null;
                break;
            }
            case FIELD.dimension.dimParam: {
                const p = readString(c, wire, end, 'Dimension.dim_param');
                dim = p === '' ? null : p;
                break;
            }
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return dim;
}
function decodeShape(c, end) {
    const dims = [];
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        if (tag >>> 3 === FIELD.shape.dim)
            dims.push(decodeDimension(c, msgEnd(c, wire, end, 'TensorShapeProto.dim')));
        else
            skipField(c, wire, end);
    }
    endOf(c, end);
    return dims;
}
function decodeTensorType(c, end, kind) {
    const out = { kind, dtype: undefined, shape: undefined };
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case FIELD.tensorType.elemType:
                out.dtype = (0,dtype_codes/* dtypeFromOnnx */.W)(readInt(c, wire, 'TypeProto.Tensor.elem_type'));
                break;
            case FIELD.tensorType.shape:
                out.shape = decodeShape(c, msgEnd(c, wire, end, 'TensorShapeProto'));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return out;
}
function decodeType(c, end) {
    let out = { kind: 'unknown', dtype: undefined, shape: undefined };
    const T = FIELD.typeProto;
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case T.tensorType:
                out = decodeTensorType(c, msgEnd(c, wire, end, 'TypeProto.tensor_type'), 'tensor');
                break;
            case T.sparseTensorType:
                out = decodeTensorType(c, msgEnd(c, wire, end, 'TypeProto.sparse_tensor_type'), 'sparse_tensor');
                break;
            // Non-tensor values are kept (so that they can be reported) without their element types.
            case T.sequenceType:
                out = { kind: 'sequence', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            case T.mapType:
                out = { kind: 'map', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            case T.optionalType:
                out = { kind: 'optional', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            case T.opaqueType:
                out = { kind: 'opaque', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return out;
}
function decodeValueInfo(c, end) {
    let name = '';
    let type = { kind: 'unknown', dtype: undefined, shape: undefined };
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case FIELD.valueInfo.name:
                name = readString(c, wire, end, 'ValueInfoProto.name');
                break;
            case FIELD.valueInfo.type:
                type = decodeType(c, msgEnd(c, wire, end, 'ValueInfoProto.type'));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return { name, kind: type.kind, dtype: type.dtype, shape: type.shape };
}
function decodeTypeProto(c, end) {
    const t = decodeType(c, end);
    return { name: '', kind: t.kind, dtype: t.dtype, shape: t.shape };
}
// ---------------------------------------------------------------------------------------------
// Attributes, nodes, graphs, functions
/** Decodes an AttributeProto into `into`, by name (no pair allocated per attribute). */
function decodeAttribute(c, end, ctx, into) {
    const A = FIELD.attribute;
    let name = '';
    let type = 0;
    let ref = '';
    let f;
    let i;
    let s;
    let t;
    let g;
    let sparse;
    let tp;
    // Lists are allocated only when their field appears (most attributes are scalars).
    let floats;
    let ints;
    let strings;
    let tensors;
    let graphs;
    let sparses;
    let tps;
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case A.name:
                name = readString(c, wire, end, 'AttributeProto.name');
                break;
            case A.type:
                type = readInt(c, wire, 'AttributeProto.type');
                break;
            case A.refAttrName:
                ref = readString(c, wire, end, 'AttributeProto.ref_attr_name');
                break;
            case A.f:
                expectWire(wire, WIRE.I32, 'AttributeProto.f', c.at);
                f = c.f32();
                break;
            case A.i:
                i = readInt(c, wire, 'AttributeProto.i');
                break;
            case A.s:
                s = readString(c, wire, end, 'AttributeProto.s');
                break;
            case A.t:
                t = decodeTensor(c, wire, end, `attribute '${name}' tensor`, ctx);
                break;
            case A.g:
                g = decodeSubgraph(c, msgEnd(c, wire, end, 'AttributeProto.g'), ctx);
                break;
            case A.sparseTensor:
                sparse = decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensor`, ctx);
                break;
            case A.tp:
                tp = decodeTypeProto(c, msgEnd(c, wire, end, 'AttributeProto.tp'));
                break;
            case A.floats:
                readFloats(c, wire, end, 'AttributeProto.floats', (floats ??= []));
                break;
            case A.ints:
                readVarints(c, wire, end, 'AttributeProto.ints', (ints ??= []));
                break;
            case A.strings:
                (strings ??= []).push(readString(c, wire, end, 'AttributeProto.strings'));
                break;
            case A.tensors:
                (tensors ??= []).push(decodeTensor(c, wire, end, `attribute '${name}' tensors`, ctx));
                break;
            case A.graphs:
                (graphs ??= []).push(decodeSubgraph(c, msgEnd(c, wire, end, 'AttributeProto.graphs'), ctx));
                break;
            case A.sparseTensors:
                (sparses ??= []).push(decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensors`, ctx));
                break;
            case A.typeProtos:
                (tps ??= []).push(decodeTypeProto(c, msgEnd(c, wire, end, 'AttributeProto.type_protos')));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    if (ref) {
        into.set(name, { type: 'ref', value: ref });
        return;
    }
    const T = ATTRIBUTE_TYPE;
    if (type === T.UNDEFINED) {
        // IR < 0.0.2 files carry no type: infer it from the field that is set.
        type = f !== undefined ? T.FLOAT : i !== undefined ? T.INT : s !== undefined ? T.STRING : t ? T.TENSOR
            : g ? T.GRAPH : floats ? T.FLOATS : ints ? T.INTS : strings ? T.STRINGS
                : tensors ? T.TENSORS : graphs ? T.GRAPHS : T.UNDEFINED;
    }
    let value;
    switch (type) {
        case T.FLOAT:
            value = { type: 'float', value: f ?? 0 };
            break;
        case T.INT:
            value = { type: 'int', value: i ?? 0 };
            break;
        case T.STRING:
            value = { type: 'string', value: s ?? '' };
            break;
        case T.TENSOR:
            value = { type: 'tensor', value: t ?? noValue(name, type) };
            break;
        case T.GRAPH:
            value = { type: 'graph', value: g ?? noValue(name, type) };
            break;
        case T.SPARSE_TENSOR:
            value = { type: 'sparse_tensor', value: sparse ?? noValue(name, type) };
            break;
        case T.TYPE_PROTO:
            value = { type: 'type_proto', value: tp ?? noValue(name, type) };
            break;
        case T.FLOATS:
            value = { type: 'floats', value: floats ?? [] };
            break;
        case T.INTS:
            value = { type: 'ints', value: ints ?? [] };
            break;
        case T.STRINGS:
            value = { type: 'strings', value: strings ?? [] };
            break;
        case T.TENSORS:
            value = { type: 'tensors', value: tensors ?? [] };
            break;
        case T.GRAPHS:
            value = { type: 'graphs', value: graphs ?? [] };
            break;
        case T.SPARSE_TENSORS:
            value = { type: 'sparse_tensors', value: sparses ?? [] };
            break;
        case T.TYPE_PROTOS:
            value = { type: 'type_protos', value: tps ?? [] };
            break;
        default: throw new WireError(`attribute '${name}' has unknown type ${type}`);
    }
    into.set(name, value);
}
function noValue(name, type) {
    throw new WireError(`attribute '${name}' of type ${type} has no value`);
}
const NO_ATTRIBUTES = new Map();
/** Op types and domains repeat across nodes: one string each instead of one per node. */
const internedNames = new Map();
function interned(s) {
    const known = internedNames.get(s);
    if (known !== undefined)
        return known;
    // A hostile file may name a million distinct op types: stop interning, never grow without bound.
    if (internedNames.size < 4096)
        internedNames.set(s, s);
    return s;
}
function decodeNode(c, end, ctx) {
    const N = FIELD.node;
    ctx.nodeCount = (ctx.nodeCount ?? 0) + 1;
    const max = ctx.maxNodes ?? limits/* MAX_EXECUTED_NODES */.RY;
    if (ctx.nodeCount > max)
        throw new limits/* LimitError */.oC(`the model has more than ${max.toLocaleString('en-US')} nodes, the most model-budget profiles`);
    // Names are collected in short-lived lists and copied out at their exact length: an array grown
    // by push keeps room for 16 more, which for a million nodes is most of the graph's memory.
    const inputs = [];
    const outputs = [];
    let attributes;
    let name = '';
    let opType = '';
    let domain = '';
    c.textFrom(end - c.at);
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case N.input:
                inputs.push(readString(c, wire, end, 'NodeProto.input'));
                break;
            case N.output:
                outputs.push(readString(c, wire, end, 'NodeProto.output'));
                break;
            case N.name:
                name = readString(c, wire, end, 'NodeProto.name');
                break;
            case N.opType:
                opType = readString(c, wire, end, 'NodeProto.op_type');
                break;
            case N.domain:
                domain = readString(c, wire, end, 'NodeProto.domain');
                break;
            case N.attribute: {
                decodeAttribute(c, msgEnd(c, wire, end, 'NodeProto.attribute'), ctx, (attributes ??= new Map()));
                break;
            }
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    if (!opType)
        throw new WireError(`node '${name}' has no op_type`);
    const normalDomain = (0,ir/* normalizeDomain */.A)(domain);
    const node = {
        name, opType: interned(opType), domain: interned(normalDomain), inputs: inputs.slice(), outputs: outputs.slice(),
        attributes: attributes ?? NO_ATTRIBUTES,
    };
    // Constant nodes hold stored values: the IR marks them so nothing downstream keys on ONNX op names.
    return opType === 'Constant' && normalDomain === '' ? { ...node, constant: true } : node;
}
/** A graph-valued attribute (If branch, Loop/Scan body), at most MAX_GRAPH_DEPTH deep. */
function decodeSubgraph(c, end, ctx) {
    const depth = (ctx.graphDepth ?? 0) + 1;
    if (depth > limits/* MAX_GRAPH_DEPTH */.kD)
        throw new limits/* LimitError */.oC(`subgraphs (If/Loop/Scan bodies) nest more than ${limits/* MAX_GRAPH_DEPTH */.kD} deep (byte ${c.at})`);
    ctx.graphDepth = depth;
    const g = decodeGraph(c, end, ctx);
    ctx.graphDepth = depth - 1;
    return g;
}
function decodeGraph(c, end, ctx) {
    const G = FIELD.graph;
    const nodes = [];
    const initializers = new Map();
    const inputs = [];
    const outputs = [];
    const valueInfo = [];
    let name = '';
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case G.node:
                nodes.push(decodeNode(c, msgEnd(c, wire, end, 'GraphProto.node'), ctx));
                break;
            case G.name:
                name = readString(c, wire, end, 'GraphProto.name');
                break;
            case G.initializer: {
                const t = decodeTensor(c, wire, end, 'initializer', ctx);
                initializers.set(t.name, t);
                break;
            }
            case G.sparseInitializer: {
                const t = decodeSparseTensor(c, wire, end, 'sparse initializer', ctx);
                initializers.set(t.name, t);
                break;
            }
            case G.input:
                inputs.push(decodeValueInfo(c, msgEnd(c, wire, end, 'GraphProto.input')));
                break;
            case G.output:
                outputs.push(decodeValueInfo(c, msgEnd(c, wire, end, 'GraphProto.output')));
                break;
            case G.valueInfo:
                valueInfo.push(decodeValueInfo(c, msgEnd(c, wire, end, 'GraphProto.value_info')));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return { name, inputs, outputs, initializers, valueInfo, nodes };
}
function decodeOpset(c, end) {
    let domain = '';
    let version = 0;
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case FIELD.opset.domain:
                domain = readString(c, wire, end, 'OperatorSetIdProto.domain');
                break;
            case FIELD.opset.version:
                version = readInt(c, wire, 'OperatorSetIdProto.version');
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return [(0,ir/* normalizeDomain */.A)(domain), version];
}
function decodeFunction(c, end, ctx) {
    const F = FIELD.function;
    let name = '';
    let domain = '';
    let overload = '';
    const inputs = [];
    const outputs = [];
    const attributeNames = [];
    const attributeDefaults = new Map();
    const opsetImports = new Map();
    const nodes = [];
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case F.name:
                name = readString(c, wire, end, 'FunctionProto.name');
                break;
            case F.domain:
                domain = readString(c, wire, end, 'FunctionProto.domain');
                break;
            case F.overload:
                overload = readString(c, wire, end, 'FunctionProto.overload');
                break;
            case F.input:
                inputs.push(readString(c, wire, end, 'FunctionProto.input'));
                break;
            case F.output:
                outputs.push(readString(c, wire, end, 'FunctionProto.output'));
                break;
            case F.attribute:
                attributeNames.push(readString(c, wire, end, 'FunctionProto.attribute'));
                break;
            case F.attributeProto: {
                decodeAttribute(c, msgEnd(c, wire, end, 'FunctionProto.attribute_proto'), ctx, attributeDefaults);
                break;
            }
            case F.opsetImport: {
                const [d, v] = decodeOpset(c, msgEnd(c, wire, end, 'FunctionProto.opset_import'));
                opsetImports.set(d, v);
                break;
            }
            case F.node:
                nodes.push(decodeNode(c, msgEnd(c, wire, end, 'FunctionProto.node'), ctx));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return { name, domain: (0,ir/* normalizeDomain */.A)(domain), overload, inputs, outputs, attributeNames, attributeDefaults, opsetImports, nodes };
}
function decodeModel(c, end, ctx) {
    const M = FIELD.model;
    const out = {
        irVersion: 0, producerName: '', producerVersion: '', opsetImports: new Map(), graph: undefined,
        functions: [], metadata: new Map(),
    };
    while (c.at < end) {
        const tag = readTag(c);
        const wire = tag & 7;
        switch (tag >>> 3) {
            case M.irVersion:
                out.irVersion = readInt(c, wire, 'ModelProto.ir_version');
                break;
            case M.producerName:
                out.producerName = readString(c, wire, end, 'ModelProto.producer_name');
                break;
            case M.producerVersion:
                out.producerVersion = readString(c, wire, end, 'ModelProto.producer_version');
                break;
            case M.graph:
                out.graph = decodeGraph(c, msgEnd(c, wire, end, 'ModelProto.graph'), ctx);
                break;
            case M.opsetImport: {
                const [d, v] = decodeOpset(c, msgEnd(c, wire, end, 'ModelProto.opset_import'));
                out.opsetImports.set(d, v);
                break;
            }
            case M.metadataProps: {
                const [k, v] = decodeStringEntry(c, msgEnd(c, wire, end, 'ModelProto.metadata_props'));
                out.metadata.set(k, v);
                break;
            }
            case M.functions:
                out.functions.push(decodeFunction(c, msgEnd(c, wire, end, 'ModelProto.functions'), ctx));
                break;
            // Fields we do not use (domain, model_version, doc_string, training_info) are still checked
            // for well-formedness by the skip.
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return out;
}

;// CONCATENATED MODULE: ./build/src/formats/onnx/reader.js
/**
 * Reads an ONNX file into the graph IR, touching only the graph structure: weight payloads are
 * skipped through the file handle, so time and memory follow the graph, not the weights.
 */







/** Files up to this size are read whole (within the 1 MB + 1% read budget and faster to decode). */
const WHOLE_FILE = 128 * 1024;
/** Reads and validates an ONNX model file. Throws ModelFileError (one line, names the file). */
function readOnnxFile(path, options = {}) {
    return file_withOpenModel(path, (fd, size) => {
        if (size <= (options.wholeFileBytes ?? WHOLE_FILE)) {
            // Small files (external-data models, tiny graphs): one read, then decode in memory.
            const bytes = readAll(fd, size, path);
            const { model, externalDataBytes } = decodeAndCheck(wire_WireReader.fromBytes(bytes), bytes.byteLength, path);
            return { model, externalDataBytes, stats: { bytesRead: bytes.byteLength, readCalls: 1 } };
        }
        const wire = wire_WireReader.fromFile(fd, size, options.windows);
        const { model, externalDataBytes } = decodeAndCheck(wire, size, path);
        return { model, externalDataBytes, stats: { bytesRead: wire.bytesRead, readCalls: wire.readCalls } };
    });
}
async function readOnnxModel(path) {
    return readOnnxFile(path).model;
}
/**
 * Decodes a model held in memory (tests, git blobs). `path` names it in errors and locates
 * external data files.
 */
function readOnnxBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    const { model, externalDataBytes } = decodeAndCheck(WireReader.fromBytes(bytes), bytes.byteLength, path);
    return { model, externalDataBytes, stats: { bytesRead: bytes.byteLength, readCalls: 0 } };
}
/**
 * Relative locations (as written in the model) of every external-data file the model bytes
 * reference, in first-seen order, without touching the files. A model that fails to decode
 * yields what was found before the fault (nothing, when a length prefix runs past the end of a
 * truncated file): profiling it reports the error.
 */
function externalDataLocations(bytes) {
    const ctx = { externalTensors: [] };
    try {
        decodeModel(wire_WireReader.fromBytes(bytes), bytes.byteLength, ctx);
    }
    catch (e) {
        if (!(e instanceof WireError || e instanceof RangeError || e instanceof limits/* LimitError */.oC))
            throw e;
    }
    return [...new Set(ctx.externalTensors.map((t) => t.external.location))];
}
/** The same, for a model file (read through the window: never loaded whole). */
function externalDataLocationsInFile(path) {
    const ctx = { externalTensors: [] };
    try {
        file_withOpenModel(path, (fd, size) => {
            const wire = size <= WHOLE_FILE ? wire_WireReader.fromBytes(readAll(fd, size, path)) : wire_WireReader.fromFile(fd, size);
            decodeModel(wire, wire.end, ctx);
        });
    }
    catch (e) {
        if (!(e instanceof WireError || e instanceof RangeError || e instanceof limits/* LimitError */.oC || e instanceof errors/* ModelFileError */.EO))
            throw e;
    }
    return [...new Set(ctx.externalTensors.map((t) => t.external.location))];
}
function decodeAndCheck(wire, size, path) {
    const ctx = { externalTensors: [] };
    return checkDecoded(decodeWire(wire, size, path, ctx), ctx, size, path);
}
/** Decodes the ModelProto; every fault in the bytes is a ModelFileError naming `path`. */
function decodeWire(wire, size, path, ctx) {
    try {
        return decodeModel(wire, size, ctx);
    }
    catch (e) {
        if (e instanceof WireError)
            throw new errors/* ModelFileError */.EO(path, notOnnxHint(e.message));
        if (e instanceof limits/* LimitError */.oC)
            throw new errors/* ModelFileError */.EO(path, e.message);
        if (e instanceof RangeError)
            throw new errors/* ModelFileError */.EO(path, `truncated or corrupt protobuf (${e.message})`);
        throw e;
    }
}
/** The model from a decoded ModelProto, its external data checked beside `path`. */
function checkDecoded(decoded, ctx, size, path) {
    const graph = decoded.graph;
    if (!graph) {
        throw new errors/* ModelFileError */.EO(path, 'not an ONNX model: no graph in the file');
    }
    if (decoded.irVersion <= 0 && decoded.opsetImports.size === 0 && graph.nodes.length === 0) {
        throw new errors/* ModelFileError */.EO(path, 'not an ONNX model: no IR version, opset or nodes');
    }
    const model = {
        format: 'onnx',
        formatVersion: `IR ${decoded.irVersion}`,
        producer: `${decoded.producerName} ${decoded.producerVersion}`.trim(),
        opsetImports: decoded.opsetImports,
        graph,
        functions: decoded.functions,
        metadata: decoded.metadata,
        fileBytes: size,
    };
    const externalDataBytes = checkExternalData(path, ctx.externalTensors);
    return { model, externalDataBytes };
}
/**
 * Decodes an ONNX file once for both questions io/ asks: which side files to bring beside it,
 * then the model. Faults in the file are kept for `read`, as `externalDataLocations` would
 * answer with what it found.
 */
function openOnnxFile(path) {
    const ctx = { externalTensors: [] };
    let size = 0;
    let decoded = null;
    let fault = null;
    try {
        decoded = file_withOpenModel(path, (fd, n) => {
            size = n;
            const wire = n <= WHOLE_FILE ? wire_WireReader.fromBytes(readAll(fd, n, path)) : wire_WireReader.fromFile(fd, n);
            return decodeWire(wire, wire.end, path, ctx);
        });
    }
    catch (e) {
        if (!(e instanceof errors/* ModelFileError */.EO))
            throw e;
        fault = e;
    }
    return {
        externalLocations: [...new Set(ctx.externalTensors.map((t) => t.external.location))],
        read(at) {
            if (fault !== null || decoded === null)
                throw new errors/* ModelFileError */.EO(at, fault?.detail ?? 'not read');
            return checkDecoded(decoded, ctx, size, at);
        },
    };
}
/** Protobuf parsers fail deep inside; say what it most likely means for the user. */
function notOnnxHint(message) {
    if (message.startsWith('truncated'))
        return `${message} (the file is truncated or corrupt)`;
    return message.startsWith('not an ONNX model') ? message : `corrupt or not an ONNX model: ${message}`;
}
/** Size of an external data file, after checking that it lies inside the model's folder. */
function sideFile(modelPath, dir, location, where) {
    if ((0,external_node_path_.isAbsolute)(location) || /^[a-zA-Z]:[\\/]/.test(location)) {
        throw new errors/* ModelFileError */.EO(modelPath, `${where}: absolute paths are not allowed; it must be relative to the model's folder`);
    }
    const file = (0,external_node_path_.resolve)(dir, location);
    if (file === dir || !(0,contained_file/* isInside */.FK)(dir, file)) {
        throw new errors/* ModelFileError */.EO(modelPath, `${where}: path escapes the model's folder`);
    }
    // Links are resolved too: a side file (or a folder on its way) that is a symlink to a file
    // outside the model's folder is refused, and so is anything that is not a regular file.
    let found;
    try {
        found = (0,contained_file/* containedFile */.or)(file, dir, "the model's folder");
    }
    catch (e) {
        if (e instanceof contained_file/* UnsafeFileError */.h)
            throw new errors/* ModelFileError */.EO(modelPath, `${where}: ${e.reason}`);
        throw e;
    }
    if (found === null)
        throw new errors/* ModelFileError */.EO(modelPath, `${where}: no such file`);
    return { file: found.real, size: found.size };
}
/**
 * Every external tensor must live in a file inside the model's folder that is large enough for
 * it. Returns the total size of the distinct files.
 */
function checkExternalData(modelPath, tensors) {
    if (tensors.length === 0)
        return 0;
    const dir = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(modelPath));
    // Most models keep every tensor in one side file: validate each location once.
    const byLocation = new Map();
    for (const t of tensors) {
        const ext = t.external;
        const where = () => `tensor '${t.name}' external data '${ext.location}'`;
        let side = byLocation.get(ext.location);
        if (side === undefined) {
            side = sideFile(modelPath, dir, ext.location, where());
            byLocation.set(ext.location, side);
        }
        const need = ext.length ?? t.byteSize;
        if (ext.length !== undefined && ext.length !== t.byteSize) {
            throw new errors/* ModelFileError */.EO(modelPath, `${where()}: length ${ext.length} does not match dims [${t.dims.join(', ')}] of ${t.dtype} (${t.byteSize} bytes)`);
        }
        if (ext.offset + need > side.size) {
            throw new errors/* ModelFileError */.EO(modelPath, `${where()}: needs bytes ${ext.offset}..${ext.offset + need} but the file has ${side.size}`);
        }
    }
    // Two spellings of one file ('w.data', './w.data') count once.
    const sizes = new Map();
    for (const { file, size } of byLocation.values())
        sizes.set(file, size);
    let total = 0;
    for (const size of sizes.values())
        total += size;
    return total;
}

;// CONCATENATED MODULE: ./build/src/formats/onnx/format.js

const onnxFormat = {
    name: 'onnx',
    label: 'ONNX',
    kind: 'graph',
    extensions: ['.onnx'],
    magicOnlyExtensions: ['.pb'],
    magic: looksLikeOnnxModel,
    async read(path) {
        const { model, externalDataBytes } = readOnnxFile(path);
        return { kind: 'graph', model, sideFileBytes: externalDataBytes };
    },
    open(path) {
        // The external data is named inside the graph: one decode answers both questions.
        const opened = openOnnxFile(path);
        return {
            sideFiles: () => [...opened.externalLocations],
            read: async (at) => {
                const { model, externalDataBytes } = opened.read(at);
                return { kind: 'graph', model, sideFileBytes: externalDataBytes };
            },
        };
    },
    sideFiles(_path, content) {
        // Without the content the locations cannot be known (ONNX names them inside the graph).
        if (content === null)
            return [];
        return 'bytes' in content ? externalDataLocations(content.bytes) : externalDataLocationsInFile(content.file);
    },
};
/** ModelProto field tags that follow `ir_version` (producer_name .. opset_import). */
const AFTER_IR_VERSION = new Set([0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42]);
/**
 * Exporters write `ir_version` (field 1, a varint 3..15) first, then another ModelProto field.
 * A TensorFlow GraphDef starts with a node (tag 0x0a) and a SavedModel with schema version 1,
 * so neither matches; a safetensors header (length, then `{`) is refused by its brace.
 */
function looksLikeOnnxModel(head) {
    return head.length >= 9 && head[0] === 0x08 && head[1] >= 3 && head[1] <= 15 && AFTER_IR_VERSION.has(head[2]) && head[8] !== 0x7b;
}

;// CONCATENATED MODULE: ./build/src/formats/pytorch/pickle.js
/**
 * A restricted unpickler: Python's pickle machine (protocols 0-5) run as *data*. GLOBAL,
 * STACK_GLOBAL, REDUCE, BUILD, NEWOBJ and INST build inert descriptions (`PyGlobal`, `PyObject`)
 * and never import or call anything; a pickle that names `os.system` yields an object whose class
 * is the text "os.system". Callers interpret the few callables they know (the tensor rebuild
 * functions, OrderedDict) through the `reduce` and `persistentLoad` hooks, which again only
 * describe.
 *
 * Everything is bounded: opcodes run, memo entries, stack size, mark depth, line and string
 * lengths (checked against the bytes present before anything is allocated). A fault is a
 * `PickleError` with a one-line message.
 */
/** A fault in the pickle bytes (bad input). */
class PickleError extends Error {
    name = 'PickleError';
}
/**
 * Thrown when the pickle runs past the bytes given and `final` was false: the caller reads more
 * of the file and runs the pickle again (legacy files, whose pickles have no stated length).
 */
class NeedMoreBytes extends Error {
    needed;
    name = 'NeedMoreBytes';
    constructor(needed) {
        super(`pickle needs bytes up to offset ${needed}`);
        this.needed = needed;
    }
}
class PyBytes {
    length;
    constructor(length) {
        this.length = length;
    }
}
class PyList {
    items;
    constructor(items = []) {
        this.items = items;
    }
}
class PyTuple {
    items;
    constructor(items) {
        this.items = items;
    }
}
class PyDict {
    entries = [];
    /** The value under a string key (the last one set), if any. */
    get(key) {
        for (let i = this.entries.length - 1; i >= 0; i--)
            if (this.entries[i][0] === key)
                return this.entries[i][1];
        return undefined;
    }
}
/** A module-level name the pickle refers to (a class, a function, a dtype). Never resolved. */
class PyGlobal {
    module;
    name;
    constructor(module, name) {
        this.module = module;
        this.name = name;
    }
    get qualified() {
        return `${this.module}.${this.name}`;
    }
}
/**
 * An object the pickle would have built by calling `cls` (REDUCE, NEWOBJ, INST, OBJ): only the
 * description is kept. BUILD sets `state`; SETITEMS/APPENDS on it land in `items`/`appended`.
 */
class PyObject {
    cls;
    args;
    state = null;
    items = [];
    appended = [];
    constructor(cls, args) {
        this.cls = cls;
        this.args = args;
    }
    get className() {
        return this.cls instanceof PyGlobal ? this.cls.qualified : '<computed>';
    }
}
const DEFAULT_LIMITS = { maxOps: 50_000_000, maxMemo: 5_000_000, maxStack: 5_000_000, maxMarks: 100_000 };
/** Text opcodes (protocol 0) take one line; longer lines are not something torch writes. */
const MAX_LINE = 64 * 1024;
/** LONG1/LONG4 beyond this many bytes is no number a checkpoint holds. */
const MAX_LONG_BYTES = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
/**
 * Short ASCII strings (names, keys, globals: nearly every string in a checkpoint) built directly:
 * a TextDecoder call costs more than the bytes.
 */
function shortAscii(bytes, from, to) {
    if (to - from > 64)
        return undefined;
    let s = '';
    for (let i = from; i < to; i++) {
        const c = bytes[i];
        if (c >= 0x80)
            return undefined;
        s += String.fromCharCode(c);
    }
    return s;
}
/**
 * Runs the pickle that starts at `start` in `bytes`. With `final` false, running past the end
 * throws NeedMoreBytes instead of a PickleError (the caller has more of the file).
 */
function unpickle(bytes, start, hooks, final = true, limits = DEFAULT_LIMITS) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.byteLength;
    let pos = start;
    const stack = [];
    /** Stack lengths at each open MARK. */
    const marks = [];
    const memo = new Map();
    let ops = 0;
    const fail = (what) => {
        throw new PickleError(`${what} (at byte ${pos - 1})`);
    };
    const need = (n) => {
        if (n > end - pos) {
            if (!final)
                throw new NeedMoreBytes(pos + n);
            fail(`truncated: needs ${n} more bytes, ${end - pos} left`);
        }
    };
    const u8 = () => {
        need(1);
        return bytes[pos++];
    };
    const u16 = () => {
        need(2);
        const v = view.getUint16(pos, true);
        pos += 2;
        return v;
    };
    const u32 = () => {
        need(4);
        const v = view.getUint32(pos, true);
        pos += 4;
        return v;
    };
    const i32 = () => {
        need(4);
        const v = view.getInt32(pos, true);
        pos += 4;
        return v;
    };
    /** An 8-byte length: anything past the bytes present is bad input long before 2^53. */
    const len64 = () => {
        need(8);
        const lo = view.getUint32(pos, true);
        const hi = view.getUint32(pos + 4, true);
        pos += 8;
        if (hi >= 0x200000)
            fail(`declared length ${hi} * 2^32 + ${lo} is absurd`);
        return hi * 2 ** 32 + lo;
    };
    const take = (n) => {
        need(n);
        const out = bytes.subarray(pos, pos + n);
        pos += n;
        return out;
    };
    const line = () => {
        const limit = Math.min(end, pos + MAX_LINE);
        let i = pos;
        while (i < limit && bytes[i] !== 0x0a)
            i++;
        if (i === limit) {
            if (limit === end && !final)
                throw new NeedMoreBytes(pos + MAX_LINE);
            fail(limit === end ? 'truncated: unterminated text line' : `text line longer than ${MAX_LINE} bytes`);
        }
        const text = shortAscii(bytes, pos, i) ?? latin1.decode(bytes.subarray(pos, i));
        pos = i + 1;
        return text;
    };
    const text = (n) => {
        need(n);
        const fast = shortAscii(bytes, pos, pos + n);
        if (fast !== undefined) {
            pos += n;
            return fast;
        }
        const raw = take(n);
        try {
            return utf8.decode(raw);
        }
        catch {
            return fail('string is not valid UTF-8');
        }
    };
    const push = (v) => {
        if (stack.length >= limits.maxStack)
            fail(`stack deeper than ${limits.maxStack} items`);
        stack.push(v);
    };
    const pop = () => {
        if (stack.length === 0 || (marks.length > 0 && stack.length <= marks[marks.length - 1]))
            fail('stack underflow');
        return stack.pop();
    };
    const top = () => {
        if (stack.length === 0 || (marks.length > 0 && stack.length <= marks[marks.length - 1]))
            fail('stack underflow');
        return stack[stack.length - 1];
    };
    /** The items pushed since the last MARK, which is removed. */
    const popMark = () => {
        if (marks.length === 0)
            fail('no MARK on the stack');
        const at = marks.pop();
        return stack.splice(at);
    };
    const memoPut = (key, v) => {
        if (!memo.has(key) && memo.size >= limits.maxMemo)
            fail(`memo larger than ${limits.maxMemo} entries`);
        memo.set(key, v);
    };
    const memoGet = (key) => {
        if (!memo.has(key))
            fail(`memo key ${key} was never stored`);
        return memo.get(key);
    };
    const reduce = (func, args) => {
        const described = hooks.reduce?.(func, args);
        return described === undefined ? new PyObject(func, args) : described;
    };
    const setItems = (target, kv) => {
        if (kv.length % 2 !== 0)
            fail('SETITEMS with an odd number of items');
        const into = target instanceof PyDict ? target.entries : target instanceof PyObject ? target.items : fail(`SETITEMS on ${kindOf(target)}`);
        for (let i = 0; i < kv.length; i += 2)
            into.push([kv[i], kv[i + 1]]);
    };
    const appendItems = (target, items) => {
        const into = target instanceof PyList ? target.items : target instanceof PyObject ? target.appended : fail(`APPENDS on ${kindOf(target)}`);
        for (const v of items)
            into.push(v);
    };
    const global = (module, name) => {
        if (module.length === 0 || name.length === 0)
            fail('GLOBAL with an empty name');
        return new PyGlobal(module, name);
    };
    const parseInt10 = (s, what) => {
        const t = s.endsWith('L') ? s.slice(0, -1) : s;
        if (!/^[-+]?\d{1,400}$/.test(t))
            fail(`${what}: not an integer`);
        const big = BigInt(t);
        return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    };
    const long = (raw) => {
        if (raw.length === 0)
            return 0;
        let v = 0n;
        for (let i = raw.length - 1; i >= 0; i--)
            v = (v << 8n) | BigInt(raw[i]);
        if (raw[raw.length - 1] & 0x80)
            v -= 1n << BigInt(8 * raw.length);
        return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    };
    for (;;) {
        if (++ops > limits.maxOps)
            fail(`more than ${limits.maxOps} opcodes`);
        const op = u8();
        switch (op) {
            case 0x80: { // PROTO
                const proto = u8();
                if (proto > 5)
                    fail(`pickle protocol ${proto} is unknown`);
                break;
            }
            case 0x95: // FRAME: a length hint only
                len64();
                break;
            case 0x2e: { // STOP
                const v = pop();
                return { value: v, end: pos };
            }
            case 0x28: // MARK
                if (marks.length >= limits.maxMarks)
                    fail(`more than ${limits.maxMarks} nested MARKs`);
                marks.push(stack.length);
                break;
            case 0x30: // POP
                if (marks.length > 0 && stack.length === marks[marks.length - 1])
                    popMark();
                else
                    pop();
                break;
            case 0x31: // POP_MARK
                popMark();
                break;
            case 0x32: // DUP
                push(top());
                break;
            case 0x4e:
                push(null);
                break; // NONE
            case 0x88:
                push(true);
                break; // NEWTRUE
            case 0x89:
                push(false);
                break; // NEWFALSE
            case 0x4a:
                push(i32());
                break; // BININT
            case 0x4b:
                push(u8());
                break; // BININT1
            case 0x4d:
                push(u16());
                break; // BININT2
            case 0x8a: { // LONG1
                const n = u8();
                push(long(take(n)));
                break;
            }
            case 0x8b: { // LONG4
                const n = u32();
                if (n > MAX_LONG_BYTES)
                    fail(`LONG4 of ${n} bytes`);
                push(long(take(n)));
                break;
            }
            case 0x49: { // INT (text; "00"/"01" are False/True)
                const s = line();
                if (s === '00' || s === '01')
                    push(s === '01');
                else
                    push(parseInt10(s, 'INT'));
                break;
            }
            case 0x4c:
                push(parseInt10(line(), 'LONG'));
                break; // LONG (text)
            case 0x46: { // FLOAT (text)
                const v = Number(line());
                push(Number.isNaN(v) ? fail('FLOAT: not a number') : v);
                break;
            }
            case 0x47: { // BINFLOAT (big-endian)
                need(8);
                push(view.getFloat64(pos, false));
                pos += 8;
                break;
            }
            case 0x58:
                push(text(u32()));
                break; // BINUNICODE
            case 0x8c:
                push(text(u8()));
                break; // SHORT_BINUNICODE
            case 0x8d:
                push(text(len64()));
                break; // BINUNICODE8
            case 0x56:
                push(line());
                break; // UNICODE (raw-unicode-escape; escapes kept as written)
            case 0x54: { // BINSTRING
                const n = i32();
                push(latin1.decode(take(n < 0 ? fail('negative BINSTRING length') : n)));
                break;
            }
            case 0x55:
                push(latin1.decode(take(u8())));
                break; // SHORT_BINSTRING
            case 0x53: { // STRING (quoted repr)
                const s = line();
                const q = s[0];
                if (s.length < 2 || (q !== "'" && q !== '"') || s[s.length - 1] !== q)
                    fail('STRING is not quoted');
                push(s.slice(1, -1));
                break;
            }
            case 0x42:
                push(new PyBytes(take(u32()).length));
                break; // BINBYTES
            case 0x43:
                push(new PyBytes(take(u8()).length));
                break; // SHORT_BINBYTES
            case 0x8e:
                push(new PyBytes(take(len64()).length));
                break; // BINBYTES8
            case 0x96:
                push(new PyBytes(take(len64()).length));
                break; // BYTEARRAY8
            case 0x97:
                fail('out-of-band buffers (NEXT_BUFFER) are not supported');
                break;
            case 0x98: break; // READONLY_BUFFER: no-op on what we keep
            case 0x29:
                push(new PyTuple([]));
                break; // EMPTY_TUPLE
            case 0x85:
                push(new PyTuple([pop()]));
                break; // TUPLE1
            case 0x86: { // TUPLE2
                const b = pop();
                const a = pop();
                push(new PyTuple([a, b]));
                break;
            }
            case 0x87: { // TUPLE3
                const c = pop();
                const b = pop();
                const a = pop();
                push(new PyTuple([a, b, c]));
                break;
            }
            case 0x74:
                push(new PyTuple(popMark()));
                break; // TUPLE
            case 0x5d:
                push(new PyList());
                break; // EMPTY_LIST
            case 0x6c:
                push(new PyList(popMark()));
                break; // LIST
            case 0x61: { // APPEND
                const v = pop();
                appendItems(top(), [v]);
                break;
            }
            case 0x65: { // APPENDS
                const items = popMark();
                appendItems(top(), items);
                break;
            }
            case 0x7d:
                push(new PyDict());
                break; // EMPTY_DICT
            case 0x64: { // DICT
                const d = new PyDict();
                setItems(d, popMark());
                push(d);
                break;
            }
            case 0x73: { // SETITEM
                const v = pop();
                const k = pop();
                setItems(top(), [k, v]);
                break;
            }
            case 0x75: { // SETITEMS
                const kv = popMark();
                setItems(top(), kv);
                break;
            }
            case 0x8f:
                push(new PyList());
                break; // EMPTY_SET (a set is kept as a list of its items)
            case 0x90: { // ADDITEMS
                const items = popMark();
                appendItems(top(), items);
                break;
            }
            case 0x91:
                push(new PyList(popMark()));
                break; // FROZENSET
            case 0x63: { // GLOBAL
                const module = line();
                push(global(module, line()));
                break;
            }
            case 0x93: { // STACK_GLOBAL
                const name = pop();
                const module = pop();
                if (typeof module !== 'string' || typeof name !== 'string')
                    fail('STACK_GLOBAL of non-strings');
                push(global(module, name));
                break;
            }
            case 0x82:
                push(new PyGlobal('copyreg', `extension ${u8()}`));
                break; // EXT1
            case 0x83:
                push(new PyGlobal('copyreg', `extension ${u16()}`));
                break; // EXT2
            case 0x84:
                push(new PyGlobal('copyreg', `extension ${i32()}`));
                break; // EXT4
            case 0x52: { // REDUCE
                const args = pop();
                const func = pop();
                push(reduce(func, args));
                break;
            }
            case 0x81: { // NEWOBJ: cls.__new__(cls, *args)
                const args = pop();
                const cls = pop();
                push(reduce(cls, args));
                break;
            }
            case 0x92: { // NEWOBJ_EX
                pop(); // kwargs
                const args = pop();
                const cls = pop();
                push(reduce(cls, args));
                break;
            }
            case 0x69: { // INST
                const module = line();
                const cls = global(module, line());
                push(reduce(cls, new PyTuple(popMark())));
                break;
            }
            case 0x6f: { // OBJ
                const items = popMark();
                if (items.length === 0)
                    fail('OBJ without a class');
                push(reduce(items[0], new PyTuple(items.slice(1))));
                break;
            }
            case 0x62: { // BUILD
                const state = pop();
                const target = top();
                if (target instanceof PyObject)
                    target.state = state;
                // BUILD on anything else (a described tensor's __setstate__) keeps the value as it is.
                break;
            }
            case 0x51:
                push(hooks.persistentLoad(pop()));
                break; // BINPERSID
            case 0x50:
                push(hooks.persistentLoad(line()));
                break; // PERSID
            case 0x71:
                memoPut(u8(), top());
                break; // BINPUT
            case 0x72:
                memoPut(u32(), top());
                break; // LONG_BINPUT
            case 0x94:
                memoPut(memo.size, top());
                break; // MEMOIZE
            case 0x70:
                memoPut(Number(parseInt10(line(), 'PUT')), top());
                break; // PUT
            case 0x68:
                push(memoGet(u8()));
                break; // BINGET
            case 0x6a:
                push(memoGet(u32()));
                break; // LONG_BINGET
            case 0x67:
                push(memoGet(Number(parseInt10(line(), 'GET'))));
                break; // GET
            default:
                fail(`unknown pickle opcode 0x${op.toString(16).padStart(2, '0')}`);
        }
    }
}
/** A short name of a value's kind, for messages. */
function kindOf(v) {
    if (v === null)
        return 'None';
    if (typeof v !== 'object')
        return typeof v;
    if (v instanceof PyObject)
        return `object ${v.className}`;
    if (v instanceof PyGlobal)
        return `global ${v.qualified}`;
    return v.constructor.name;
}

;// CONCATENATED MODULE: ./build/src/formats/pytorch/torch-pickle.js

const STORAGE_TYPES = new Map([
    ['FloatStorage', { dtype: 'float32', bits: 32 }],
    ['DoubleStorage', { dtype: 'float64', bits: 64 }],
    ['HalfStorage', { dtype: 'float16', bits: 16 }],
    ['BFloat16Storage', { dtype: 'bfloat16', bits: 16 }],
    ['LongStorage', { dtype: 'int64', bits: 64 }],
    ['IntStorage', { dtype: 'int32', bits: 32 }],
    ['ShortStorage', { dtype: 'int16', bits: 16 }],
    ['CharStorage', { dtype: 'int8', bits: 8 }],
    ['ByteStorage', { dtype: 'uint8', bits: 8 }],
    ['BoolStorage', { dtype: 'bool', bits: 8 }],
    ['ComplexFloatStorage', { dtype: 'complex64', bits: 64 }],
    ['ComplexDoubleStorage', { dtype: 'complex128', bits: 128 }],
    ['QInt8Storage', { dtype: 'qint8', bits: 8 }],
    ['QUInt8Storage', { dtype: 'quint8', bits: 8 }],
    ['QInt32Storage', { dtype: 'qint32', bits: 32 }],
    ['QUInt4x2Storage', { dtype: 'quint4x2', bits: 8 }],
    ['QUInt2x4Storage', { dtype: 'quint2x4', bits: 8 }],
    ['Float8_e4m3fnStorage', { dtype: 'float8e4m3fn', bits: 8 }],
    ['Float8_e5m2Storage', { dtype: 'float8e5m2', bits: 8 }],
    ['Float8_e4m3fnuzStorage', { dtype: 'float8e4m3fnuz', bits: 8 }],
    ['Float8_e5m2fnuzStorage', { dtype: 'float8e5m2fnuz', bits: 8 }],
    ['UInt16Storage', { dtype: 'uint16', bits: 16 }],
    ['UInt32Storage', { dtype: 'uint32', bits: 32 }],
    ['UInt64Storage', { dtype: 'uint64', bits: 64 }],
    // Untyped storages count bytes; the tensor's dtype comes from _rebuild_tensor_v3.
    ['UntypedStorage', { dtype: 'uint8', bits: 8 }],
    ['ByteStorageUntyped', { dtype: 'uint8', bits: 8 }],
]);
/** `torch.<name>` dtype objects (as _rebuild_tensor_v3 and quantized modules name them). */
const DTYPE_NAMES = new Map([
    ['float32', STORAGE_TYPES.get('FloatStorage')], ['float', STORAGE_TYPES.get('FloatStorage')],
    ['float64', STORAGE_TYPES.get('DoubleStorage')], ['double', STORAGE_TYPES.get('DoubleStorage')],
    ['float16', STORAGE_TYPES.get('HalfStorage')], ['half', STORAGE_TYPES.get('HalfStorage')],
    ['bfloat16', STORAGE_TYPES.get('BFloat16Storage')],
    ['int64', STORAGE_TYPES.get('LongStorage')], ['long', STORAGE_TYPES.get('LongStorage')],
    ['int32', STORAGE_TYPES.get('IntStorage')], ['int', STORAGE_TYPES.get('IntStorage')],
    ['int16', STORAGE_TYPES.get('ShortStorage')], ['short', STORAGE_TYPES.get('ShortStorage')],
    ['int8', STORAGE_TYPES.get('CharStorage')], ['uint8', STORAGE_TYPES.get('ByteStorage')],
    ['bool', STORAGE_TYPES.get('BoolStorage')],
    ['complex64', STORAGE_TYPES.get('ComplexFloatStorage')], ['complex128', STORAGE_TYPES.get('ComplexDoubleStorage')],
    ['qint8', STORAGE_TYPES.get('QInt8Storage')], ['quint8', STORAGE_TYPES.get('QUInt8Storage')],
    ['qint32', STORAGE_TYPES.get('QInt32Storage')], ['quint4x2', STORAGE_TYPES.get('QUInt4x2Storage')],
    ['quint2x4', STORAGE_TYPES.get('QUInt2x4Storage')],
    ['float8_e4m3fn', STORAGE_TYPES.get('Float8_e4m3fnStorage')], ['float8_e5m2', STORAGE_TYPES.get('Float8_e5m2Storage')],
    ['float8_e4m3fnuz', STORAGE_TYPES.get('Float8_e4m3fnuzStorage')], ['float8_e5m2fnuz', STORAGE_TYPES.get('Float8_e5m2fnuzStorage')],
    ['uint16', STORAGE_TYPES.get('UInt16Storage')], ['uint32', STORAGE_TYPES.get('UInt32Storage')],
    ['uint64', STORAGE_TYPES.get('UInt64Storage')],
]);
function isTensor(v) {
    return typeof v === 'object' && v !== null && 'described' in v && v.kind === 'tensor';
}
function isUnmeasured(v) {
    return typeof v === 'object' && v !== null && 'described' in v && v.kind === 'unmeasured-tensor';
}
function isStorage(v) {
    return typeof v === 'object' && v !== null && 'described' in v && v.kind === 'storage';
}
function intOf(v, what) {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return v;
    if (typeof v === 'boolean')
        return Number(v);
    throw new PickleError(`${what} is ${typeof v === 'number' || typeof v === 'bigint' ? String(v) : kindOf(v)}, not a size`);
}
function intsOf(v, what) {
    if (!(v instanceof PyTuple || v instanceof PyList))
        throw new PickleError(`${what} is ${kindOf(v)}, not a tuple of sizes`);
    if (v.items.length > 64)
        throw new PickleError(`${what} has ${v.items.length} dimensions`);
    return v.items.map((x) => intOf(x, what));
}
function tupleItems(v, what) {
    if (v instanceof PyTuple || v instanceof PyList)
        return v.items;
    throw new PickleError(`${what}: arguments are ${kindOf(v)}, not a tuple`);
}
function dtypeFromGlobal(v) {
    return v instanceof PyGlobal && v.module === 'torch' ? DTYPE_NAMES.get(v.name) : undefined;
}
/** The dtype a `torch.<dtype>` global names, in WeightTensor spelling (quantized modules state it). */
function torchDTypeName(v) {
    return dtypeFromGlobal(v)?.dtype;
}
/** `('storage', torch.FloatStorage, key, location, numel[, view_metadata])`. */
function storageFromPid(pid, dtypeOverride) {
    const items = pid instanceof PyTuple ? pid.items : undefined;
    if (!items || items[0] !== 'storage' || items.length < 5)
        throw new PickleError(`persistent id is ${kindOf(pid)}, not a storage reference`);
    const type = items[1];
    if (!(type instanceof PyGlobal))
        throw new PickleError(`storage type is ${kindOf(type)}`);
    const facts = STORAGE_TYPES.get(type.name) ?? dtypeOverride ?? DTYPE_NAMES.get(type.name);
    if (!facts || (type.module !== 'torch' && type.module !== 'torch.storage'))
        throw new PickleError(`unknown storage type ${type.qualified}`);
    const rawKey = items[2];
    if (typeof rawKey !== 'string' && typeof rawKey !== 'number')
        throw new PickleError(`storage key is ${kindOf(rawKey)}`);
    const key = String(rawKey);
    if (key.length === 0 || key.length > 256)
        throw new PickleError('storage key is empty or too long');
    const numel = intOf(items[4], `storage ${key} size`);
    const bytes = (numel * facts.bits) / 8;
    if (!Number.isSafeInteger(bytes))
        throw new PickleError(`storage ${key} size ${numel} is too large`);
    return { described: true, kind: 'storage', key, dtype: facts.dtype, bits: facts.bits, numel, bytes };
}
const REBUILD_TENSOR = new Set(['_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_tensor_v3']);
const UNMEASURED = new Set([
    '_rebuild_sparse_tensor', '_rebuild_sparse_csr_tensor', '_rebuild_nested_tensor', '_rebuild_meta_tensor_no_storage',
    '_rebuild_wrapper_subclass', '_rebuild_device_tensor_from_numpy', '_rebuild_xla_tensor', '_rebuild_mlc_tensor',
    '_rebuild_device_tensor_from_cpu_tensor',
]);
function tensorFrom(name, args, isParameter) {
    const storage = args[0];
    if (!isStorage(storage))
        throw new PickleError(`${name}: first argument is ${kindOf(storage ?? null)}, not a storage`);
    const offset = intOf(args[1] ?? null, `${name} storage offset`);
    const dims = intsOf(args[2] ?? null, `${name} size`);
    const strides = intsOf(args[3] ?? null, `${name} stride`);
    if (strides.length !== dims.length)
        throw new PickleError(`${name}: ${dims.length} sizes but ${strides.length} strides`);
    let facts = storage;
    if (name === '_rebuild_tensor_v3') {
        const d = dtypeFromGlobal(args[6] ?? null);
        if (!d)
            throw new PickleError(`_rebuild_tensor_v3: dtype is ${kindOf(args[6] ?? null)}`);
        facts = d;
    }
    return { described: true, kind: 'tensor', storage, dtype: facts.dtype, bits: facts.bits, offset, dims, strides, isParameter };
}
function quantizerFrom(v) {
    const items = tupleItems(v, '_rebuild_qtensor quantizer');
    const scheme = items[0] instanceof PyGlobal ? items[0].name : typeof items[0] === 'string' ? items[0] : 'unknown scheme';
    if (scheme === 'per_tensor_affine') {
        return { scheme, scale: typeof items[1] === 'number' ? items[1] : undefined, zeroPoint: typeof items[2] === 'number' ? items[2] : undefined };
    }
    if (scheme === 'per_channel_affine' || scheme === 'per_channel_affine_float_qparams') {
        const scales = items[1];
        const zeroPoints = items[2];
        return {
            scheme,
            scales: isTensor(scales ?? null) ? scales : undefined,
            zeroPoints: isTensor(zeroPoints ?? null) ? zeroPoints : undefined,
            axis: typeof items[3] === 'number' ? items[3] : undefined,
        };
    }
    return { scheme };
}
function asParameter(t) {
    return { ...t, isParameter: true };
}
/** The reduce step for a torch pickle: describes what torch.load would rebuild. */
function reduceTorch(func, args, ctx) {
    if (!(func instanceof PyGlobal))
        return undefined;
    const { module, name } = func;
    if (module === 'torch._utils' || module === 'torch._tensor' || module === 'torch') {
        if (REBUILD_TENSOR.has(name))
            return tensorFrom(name, tupleItems(args, name), false);
        if (name === '_rebuild_parameter' || name === '_rebuild_parameter_with_state') {
            const data = tupleItems(args, name)[0] ?? null;
            if (isTensor(data))
                return asParameter(data);
            if (isUnmeasured(data))
                return data;
            throw new PickleError(`${name}: data is ${kindOf(data)}, not a tensor`);
        }
        if (name === '_rebuild_qtensor') {
            const items = tupleItems(args, name);
            const t = tensorFrom(name, [items[0], items[1], items[2], items[3]], false);
            const q = { ...t, quantizer: quantizerFrom(items[4] ?? null) };
            return q;
        }
        if (name === '_rebuild_from_type_v2' || name === '_rebuild_from_type') {
            // (func, new_type, args, state): a tensor subclass (Parameter among them) rebuilt by func.
            const items = tupleItems(args, name);
            const inner = reduceTorch(items[0] ?? null, items[2] ?? null, ctx);
            const type = items[1];
            const asParam = type instanceof PyGlobal && type.name === 'Parameter';
            if (inner !== undefined && isTensor(inner))
                return asParam ? asParameter(inner) : inner;
            return inner;
        }
        if (UNMEASURED.has(name)) {
            const u = { described: true, kind: 'unmeasured-tensor', how: `${module}.${name}` };
            return u;
        }
        if (name === 'Size')
            return new PyTuple(intsOf(args instanceof PyTuple ? (args.items[0] ?? null) : args, 'torch.Size').map((n) => n));
    }
    if (module === 'collections' && (name === 'OrderedDict' || name === 'defaultdict')) {
        const d = new PyDict();
        const first = args instanceof PyTuple ? args.items[0] : undefined;
        if (name === 'OrderedDict' && (first instanceof PyList || first instanceof PyTuple)) {
            for (const pair of first.items)
                if (pair instanceof PyTuple || pair instanceof PyList)
                    d.entries.push([pair.items[0] ?? null, pair.items[1] ?? null]);
        }
        return d;
    }
    if (ctx.foreignGlobals.size < 1000)
        ctx.foreignGlobals.add(func.qualified);
    if (isDangerousGlobal(func.qualified)) {
        ctx.codeCalls.count++;
        if (ctx.codeCalls.names.length < 3 && !ctx.codeCalls.names.includes(func.qualified))
            ctx.codeCalls.names.push(func.qualified);
    }
    return undefined;
}
/** Hooks that turn torch's persistent ids and rebuild calls into descriptions. */
function torchHooks(ctx) {
    return {
        persistentLoad(pid) {
            const s = storageFromPid(pid);
            const seen = ctx.storages.get(s.key);
            if (seen) {
                if (seen.dtype !== s.dtype || seen.numel !== s.numel)
                    throw new PickleError(`storage ${s.key} is declared twice with different sizes or types`);
                return seen;
            }
            if (ctx.storages.size >= 10_000_000)
                throw new PickleError('more than 10,000,000 storages');
            ctx.storages.set(s.key, s);
            return s;
        },
        reduce: (func, args) => reduceTorch(func, args, ctx),
    };
}
/** Well-known modules whose names in a pickle mean code execution under torch.load. */
const DANGEROUS = /^(os|posix|nt|subprocess|sys|shutil|socket|builtins\.(eval|exec|compile|open|getattr|__import__|input|breakpoint)|__builtin__\.(eval|exec|open|getattr)|importlib|runpy|pty|webbrowser|code|pickle|marshal|ctypes|commands|platform)(\.|$)/;
function isDangerousGlobal(qualified) {
    return DANGEROUS.test(qualified);
}

;// CONCATENATED MODULE: ./build/src/formats/pytorch/walk.js
/**
 * From the described pickle to named tensors with roles. One walk serves every shape torch.save
 * produces: a state_dict (dotted names as keys), a whole pickled module (`_parameters`,
 * `_buffers`, `_modules`), a TorchScript module (attributes, with `__parameters__`/`__buffers__`
 * from its code when known), and training checkpoints (`model`/`state_dict` beside `optimizer`,
 * `ema`, `epoch`...). Each container is visited once, so shared and cyclic references cost
 * nothing extra; a tensor reached under two names is kept under both (storageKey dedups it).
 */



/** Keys under which checkpoints keep the model's weights (their names are the module paths). */
const MODEL_KEYS = new Set(['model', 'state_dict', 'model_state_dict', 'model_state', 'net', 'network', 'module', 'params', 'weights', 'model_weights']);
const OPTIMIZER_KEYS = new Set(['optimizer', 'optimizer_state_dict', 'optimizer_state', 'optimizers', 'optimizer_states', 'optim', 'opt', 'opt_state']);
const EMA_KEYS = new Set(['ema', 'model_ema', 'ema_model', 'ema_state_dict', 'state_dict_ema', 'ema_state', 'shadow']);
/** Module state that is not learned, by attribute name. */
const BUFFER_NAMES = new Set(['running_mean', 'running_var', 'num_batches_tracked', 'inv_freq', 'anchors', 'anchor_grid']);
const MAX_DEPTH = 200;
const MAX_NAME = 4096;
function keyText(k) {
    if (typeof k === 'string')
        return k;
    if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean')
        return String(k);
    return undefined;
}
function isOptimizerState(v) {
    return v instanceof PyDict && v.get('state') !== undefined && v.get('param_groups') !== undefined;
}
/** Role of a tensor that nothing around it classifies (state_dict entries). */
function defaultRole(name, t) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (BUFFER_NAMES.has(last))
        return 'buffer';
    const elements = t.dims.reduce((a, b) => a * b, 1);
    // Quantized modules keep their output scale and zero point as one-element tensors.
    if ((last === 'scale' || last === 'zero_point') && elements <= 1)
        return 'non-weight';
    if (t.dtype.startsWith('q'))
        return 'param';
    return (0,graph_dtype/* isWeightDType */.TW)(t.dtype) ? 'param' : 'non-weight';
}
function walkPickle(root, scriptClasses = new Map()) {
    const tensors = [];
    const unmeasured = [];
    const visited = new Set();
    const record = (path, t, forced, ema) => {
        let name = path.join('.');
        if (name.length > MAX_NAME)
            name = `${name.slice(0, MAX_NAME)}...`;
        // Quantized Linear keeps (weight, bias) as a tuple under `_packed_params._packed_params`.
        name = name.replace(/(^|\.)_packed_params\._packed_params\.0$/, '$1weight').replace(/(^|\.)_packed_params\._packed_params\.1$/, '$1bias');
        const role = forced ?? defaultRole(name, t);
        tensors.push({ name, tensor: t, role, ema });
        const q = t.quantizer;
        if (q?.scales)
            tensors.push({ name: `${name}.q_scales`, tensor: q.scales, role: 'non-weight', ema });
        if (q?.zeroPoints)
            tensors.push({ name: `${name}.q_zero_points`, tensor: q.zeroPoints, role: 'non-weight', ema });
    };
    const visit = (v, path, forced, ema, depth) => {
        if (v === null || typeof v !== 'object')
            return;
        if (isTensor(v))
            return record(path, v, forced, ema);
        if (isUnmeasured(v)) {
            if (unmeasured.length < 1000)
                unmeasured.push(`${path.join('.') || '<root>'} (${v.how})`);
            return;
        }
        if (!(v instanceof PyDict || v instanceof PyList || v instanceof PyTuple || v instanceof PyObject))
            return;
        if (visited.has(v))
            return;
        visited.add(v);
        if (depth > MAX_DEPTH)
            return;
        if (v instanceof PyDict) {
            const role = forced ?? (isOptimizerState(v) ? 'optimizer' : undefined);
            for (const [k, x] of v.entries) {
                const key = keyText(k);
                if (key !== undefined)
                    visit(x, [...path, key], role, ema, depth + 1);
            }
            return;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            v.items.forEach((x, i) => visit(x, [...path, String(i)], forced, ema, depth + 1));
            return;
        }
        visitObject(v, path, forced, ema, depth);
    };
    const visitObject = (o, path, forced, ema, depth) => {
        const state = o.state instanceof PyTuple ? o.state.items[0] ?? null : o.state;
        if (state instanceof PyDict && (state.get('_parameters') !== undefined || state.get('_modules') !== undefined)) {
            // A pickled nn.Module: its own dicts say what is a parameter and what a buffer.
            visited.add(state);
            for (const [k, x] of state.entries) {
                const key = keyText(k);
                if (key === '_parameters' || key === '_buffers' || key === '_modules') {
                    if (!(x instanceof PyDict) || visited.has(x))
                        continue;
                    visited.add(x);
                    const role = forced ?? (key === '_parameters' ? 'param' : key === '_buffers' ? 'buffer' : undefined);
                    for (const [ck, cx] of x.entries) {
                        const child = keyText(ck);
                        if (child !== undefined)
                            visit(cx, [...path, child], role, ema, depth + 1);
                    }
                }
                else if (key !== undefined) {
                    visit(x, [...path, key], forced, ema, depth + 1);
                }
            }
            return;
        }
        const script = scriptClasses.get(o.className);
        if (state instanceof PyDict) {
            visited.add(state);
            for (const [k, x] of state.entries) {
                const key = keyText(k);
                if (key === undefined)
                    continue;
                const role = forced ?? (script?.parameters.has(key) ? 'param' : script?.buffers.has(key) ? 'buffer' : undefined);
                visit(x, [...path, key], role, ema, depth + 1);
            }
        }
        else {
            visit(o.state, path, forced, ema, depth + 1);
        }
        for (const [k, x] of o.items) {
            const key = keyText(k);
            if (key !== undefined)
                visit(x, [...path, key], forced, ema, depth + 1);
        }
        o.appended.forEach((x, i) => visit(x, [...path, String(i)], forced, ema, depth + 1));
        visit(o.args, path, forced, ema, depth + 1);
    };
    if (root instanceof PyDict && root.entries.some(([k]) => typeof k === 'string' && (MODEL_KEYS.has(k) || OPTIMIZER_KEYS.has(k) || EMA_KEYS.has(k)))) {
        // A training checkpoint: the model's names are its module paths; the rest keeps its key.
        visited.add(root);
        const modelKeys = root.entries.filter(([k, x]) => typeof k === 'string' && MODEL_KEYS.has(k) && x !== null);
        for (const [k, x] of root.entries) {
            const key = keyText(k);
            if (key === undefined)
                continue;
            if (OPTIMIZER_KEYS.has(key))
                visit(x, [key], 'optimizer', false, 1);
            else if (EMA_KEYS.has(key))
                visit(x, [key], undefined, true, 1);
            else if (MODEL_KEYS.has(key) && modelKeys.length === 1)
                visit(x, [], undefined, false, 1);
            else
                visit(x, [key], undefined, false, 1);
        }
    }
    else {
        visit(root, [], undefined, false, 0);
    }
    // EMA shadow weights are training state beside the model's own weights; a checkpoint whose
    // only weights are the EMA ones (YOLOv5 after strip_optimizer keeps the model there) is that model.
    const modelHasParams = tensors.some((t) => !t.ema && t.role === 'param');
    const out = modelHasParams ? tensors.map((t) => (t.ema ? { ...t, role: 'optimizer' } : t)) : tensors;
    return { tensors: out, unmeasured };
}

;// CONCATENATED MODULE: ./build/src/formats/pytorch/reader.js
/**
 * Reads a PyTorch file (`torch.save` zip archives, legacy non-zip files, TorchScript archives)
 * into a `WeightsFile`: tensor names, dtypes, shapes, storage sizes and roles, never the weights.
 * Only the zip directory, the pickles and (for TorchScript) the small `code/` files of the
 * module classes are read; in legacy files, the 8-byte size that heads each storage.
 */







/** A pickle larger than this is not a checkpoint's index (a 70B-parameter model's is ~1 MB). */
const MAX_PICKLE_BYTES = 64 * 1024 * 1024;
/** TorchScript class files read to tell parameters from buffers, in total. */
const MAX_CODE_BYTES = 4 * 1024 * 1024;
/** Legacy files: the first read, doubled while the pickles need more. */
const LEGACY_FIRST_READ = 64 * 1024;
/** The pickle that starts every legacy (non-zip) torch.save file: this number, as LONG1. */
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const LEGACY_HEAD = Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);
const LEGACY_PROTOCOL = 1001;
/** Whether the first bytes are the legacy format's magic-number pickle. */
function hasLegacyMagic(head) {
    return LEGACY_HEAD.every((b, i) => head[i] === b);
}
/**
 * Whether the first bytes are a zip whose first entry is one torch writes (`<folder>/data.pkl`,
 * `<folder>/data/0`, `<folder>/version`, `.data/`, `code/`, `constants.pkl`, `byteorder`): the
 * signature the registry sees (the central directory, read by `isPytorchFile`, is conclusive).
 */
function looksLikeTorchZip(head) {
    if (!zip_hasZipMagic(head) || head.length < 30)
        return false;
    const nameLength = head[26] | (head[27] << 8);
    const name = new TextDecoder('latin1').decode(head.subarray(30, Math.min(head.length, 30 + nameLength))).replaceAll('\\', '/');
    return /^[^/]*\/(data\.pkl|data\/|version|\.data\/|code\/|constants\.pkl|constants\/|byteorder|\.format_version|\.storage_alignment)/.test(name);
}
/** The folder holding `data.pkl` (`archive/`, `model/`...): at the top, or the root itself. */
function archivePrefix(entries) {
    for (const e of entries) {
        const parts = e.name.split('/');
        if (parts[parts.length - 1] === 'data.pkl' && parts.length <= 2)
            return parts.length === 2 ? `${parts[0]}/` : '';
    }
    return undefined;
}
/**
 * Whether a file is PyTorch's: a zip archive with a `data.pkl` at its top, or a legacy file.
 * Reads the first bytes and, for zips, the central directory. A `.bin` that is neither (ONNX
 * external data, any blob) is not ours.
 */
function isPytorchFile(path) {
    try {
        return withOpenModel(path, (fd, size) => {
            const src = fileSource(fd, size);
            const head = src.read(0, 16);
            if (hasLegacyMagic(head))
                return true;
            if (!hasZipMagic(head))
                return false;
            try {
                return archivePrefix(readCentralDirectory(withTail(src, ZIP_TAIL_READ))) !== undefined;
            }
            catch {
                // A zip we cannot read is not recognised as ours by content (the extension may still say so).
                return false;
            }
        });
    }
    catch {
        return false;
    }
}
/** Reads a PyTorch file. Throws ModelFileError (one line, names the file) for bad input. */
function readPytorchFile(path) {
    return file_withOpenModel(path, (fd, size) => readSource(byte_source_fileSource(fd, size), path));
}
/** The same for bytes in memory (git blobs, tests); `path` names it in errors. */
function readPytorchBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    return readSource(memorySource(bytes), path);
}
function readSource(src, path) {
    try {
        const head = src.read(0, 16);
        let read;
        if (zip_hasZipMagic(head))
            read = readZip(byte_source_withTail(src, zip_ZIP_TAIL_READ));
        else if (hasLegacyMagic(head))
            read = readLegacy(src);
        else if (head[0] === 0x80)
            throw new errors/* ModelFileError */.EO(path, 'a bare pickle, not a torch.save file (no zip archive and no legacy magic number)');
        else
            throw new errors/* ModelFileError */.EO(path, 'not a PyTorch file: neither a zip archive nor a legacy torch.save file');
        rejectCodeCalls(read.ctx);
        const weights = toWeightsFile(read.tensors, read.container, read.unmeasured, read.warnings);
        return { weights, container: read.container, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            throw e;
        if (e instanceof PickleError || e instanceof ZipError || e instanceof StorageError)
            throw new errors/* ModelFileError */.EO(path, e.message);
        throw e;
    }
}
/** A storage that the pickle and the file disagree about. */
class StorageError extends Error {
}
function newContext() {
    return { foreignGlobals: new Set(), storages: new Map(), codeCalls: { count: 0, names: [] } };
}
function runPickle(bytes, what, ctx) {
    try {
        return unpickle(bytes, 0, torchHooks(ctx)).value;
    }
    catch (e) {
        if (e instanceof PickleError)
            throw new PickleError(`${what}: ${e.message}`);
        throw e;
    }
}
function readZip(src) {
    const entries = zip_readCentralDirectory(src);
    const prefix = archivePrefix(entries);
    if (prefix === undefined)
        throw new ZipError('a zip archive without data.pkl: not a torch.save or TorchScript file');
    const byName = new Map(entries.map((e) => [e.name, e]));
    const dataPkl = byName.get(`${prefix}data.pkl`);
    const warnings = [];
    const ctx = newContext();
    const root = runPickle(readEntry(src, dataPkl, MAX_PICKLE_BYTES), 'data.pkl', ctx);
    checkZipStorages(ctx.storages, byName, `${prefix}data/`, 'data.pkl');
    const isScript = byName.has(`${prefix}constants.pkl`) || entries.some((e) => e.name.startsWith(`${prefix}code/`));
    let constants = null;
    let constantStorages = new Map();
    if (isScript && byName.has(`${prefix}constants.pkl`)) {
        const cctx = newContext();
        constants = runPickle(readEntry(src, byName.get(`${prefix}constants.pkl`), MAX_PICKLE_BYTES), 'constants.pkl', cctx);
        checkZipStorages(cctx.storages, byName, `${prefix}constants/`, 'constants.pkl');
        constantStorages = cctx.storages;
        for (const g of cctx.foreignGlobals)
            ctx.foreignGlobals.add(g);
        ctx.codeCalls.count += cctx.codeCalls.count;
        ctx.codeCalls.names.push(...cctx.codeCalls.names.slice(0, 3 - ctx.codeCalls.names.length));
    }
    const classes = isScript ? scriptClasses(src, byName, prefix, ctx.foreignGlobals, warnings) : new Map();
    const walked = walkPickle(root, classes);
    const tensors = walked.tensors;
    if (constantStorages.size > 0) {
        // Constant storages live in constants/, data.pkl's in data/: the same key names two storages.
        for (const t of walkPickle(constants).tensors)
            tensors.push({ ...t, name: `constants.${t.name}`, tensor: { ...t.tensor, storage: { ...t.tensor.storage, key: `constants/${t.tensor.storage.key}` } } });
    }
    return { tensors, container: (isScript ? 'torchscript' : 'zip'), unmeasured: walked.unmeasured, ctx, warnings };
}
/** Every storage the pickle names must be an entry at least as large as the pickle says. */
function checkZipStorages(storages, byName, folder, pickle) {
    for (const s of storages.values()) {
        const entry = byName.get(`${folder}${s.key}`);
        if (!entry)
            throw new StorageError(`${pickle} names storage ${JSON.stringify(s.key)} but the archive has no ${JSON.stringify(folder + s.key)}`);
        if (entry.size < s.bytes) {
            throw new StorageError(`storage ${JSON.stringify(s.key)} should hold ${s.numel} ${s.dtype} elements (${s.bytes} bytes) but its zip entry has ${entry.size} bytes`);
        }
    }
}
/**
 * TorchScript classes list their parameters and buffers in their code file
 * (`__parameters__ = ["weight", "bias", ]`); read the files of the classes data.pkl uses.
 */
function scriptClasses(src, byName, prefix, globals, warnings) {
    const classes = new Map();
    const byFile = new Map();
    for (const g of globals) {
        if (!g.startsWith('__torch__'))
            continue;
        const dot = g.lastIndexOf('.');
        const file = `${prefix}code/${g.slice(0, dot).replaceAll('.', '/')}.py`;
        byFile.set(file, [...(byFile.get(file) ?? []), g]);
    }
    let budget = MAX_CODE_BYTES;
    const decoder = new TextDecoder('utf-8', { fatal: false });
    for (const [file, names] of byFile) {
        const entry = byName.get(file);
        if (!entry)
            continue;
        if (entry.size > budget) {
            warnings.push('TorchScript code files are too large to read: parameters and buffers are told apart by name');
            break;
        }
        budget -= entry.size;
        const code = decoder.decode(readEntry(src, entry, entry.size));
        for (const qualified of names) {
            const cls = qualified.slice(qualified.lastIndexOf('.') + 1);
            const at = code.search(new RegExp(`^class ${cls.replace(/[^A-Za-z0-9_]/g, '')}\\(`, 'm'));
            if (at < 0)
                continue;
            const next = code.slice(at + 1).search(/^class /m);
            const body = next < 0 ? code.slice(at) : code.slice(at, at + 1 + next);
            classes.set(qualified, { parameters: nameList(body, '__parameters__'), buffers: nameList(body, '__buffers__') });
        }
    }
    return classes;
}
function nameList(body, field) {
    const m = new RegExp(`^\\s+${field} = \\[([^\\]]*)\\]`, 'm').exec(body);
    return new Set(m ? [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]) : []);
}
/**
 * Legacy format: pickles of the magic number, the protocol version, the system info, the data
 * and the sorted storage keys; then each storage as an 8-byte element count and its bytes.
 */
function readLegacy(src) {
    let length = Math.min(src.size, LEGACY_FIRST_READ);
    let bytes = src.read(0, length);
    for (;;) {
        const ctx = newContext();
        try {
            const final = length >= src.size;
            const hooks = torchHooks(ctx);
            const magic = unpickle(bytes, 0, hooks, final);
            if (magic.value !== LEGACY_MAGIC)
                throw new PickleError('legacy file: the first pickle is not the magic number');
            const protocol = unpickle(bytes, magic.end, hooks, final);
            if (protocol.value !== LEGACY_PROTOCOL)
                throw new PickleError(`legacy file: protocol version ${String(protocol.value)} is not ${LEGACY_PROTOCOL}`);
            const sysInfo = unpickle(bytes, protocol.end, hooks, final);
            const warnings = [];
            if (sysInfo.value instanceof PyDict && sysInfo.value.get('little_endian') === false)
                warnings.push('written on a big-endian machine');
            const data = unpickle(bytes, sysInfo.end, hooks, final);
            const keys = unpickle(bytes, data.end, newHooksForKeys(), final);
            checkLegacyStorages(src, bytes, keys.end, keys.value, ctx.storages);
            const walked = walkPickle(data.value);
            return { tensors: walked.tensors, container: 'legacy', unmeasured: walked.unmeasured, ctx, warnings };
        }
        catch (e) {
            if (e instanceof PickleError && !e.message.startsWith('legacy file'))
                throw new PickleError(`legacy file: ${e.message}`);
            if (!(e instanceof NeedMoreBytes))
                throw e;
            if (length >= MAX_PICKLE_BYTES)
                throw new PickleError(`legacy file: its pickles run past the first ${MAX_PICKLE_BYTES} bytes`);
            const grown = Math.min(src.size, MAX_PICKLE_BYTES, Math.max(length * 2, e.needed));
            const more = new Uint8Array(grown);
            more.set(bytes);
            more.set(src.read(length, grown - length), length);
            bytes = more;
            length = grown;
        }
    }
}
/** The storage-key list is plain data: any tensor or global in it is bad input. */
function newHooksForKeys() {
    return {
        persistentLoad() {
            throw new PickleError('legacy file: the storage key list refers to a storage');
        },
    };
}
function checkLegacyStorages(src, head, start, keyList, storages) {
    const keys = keyList !== null && typeof keyList === 'object' && 'items' in keyList && Array.isArray(keyList.items) ? keyList.items : undefined;
    if (!keys)
        throw new PickleError('legacy file: the storage key list is not a list');
    if (keys.length !== storages.size)
        throw new StorageError(`legacy file lists ${keys.length} storages but its data pickle names ${storages.size}`);
    let at = start;
    for (const k of keys) {
        const key = typeof k === 'string' || typeof k === 'number' ? String(k) : undefined;
        const s = key === undefined ? undefined : storages.get(key);
        if (!s)
            throw new StorageError(`legacy file lists storage ${JSON.stringify(String(k))} that its data pickle never names`);
        if (at + 8 > src.size)
            throw new StorageError(`legacy file is truncated: storage ${JSON.stringify(key)} starts past the end of the file`);
        const header = at + 8 <= head.length ? head.subarray(at, at + 8) : src.read(at, 8);
        const v = new DataView(header.buffer, header.byteOffset, 8);
        const numel = v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true);
        if (numel !== s.numel)
            throw new StorageError(`legacy file: storage ${JSON.stringify(key)} holds ${numel} elements but the pickle says ${s.numel}`);
        at += 8 + s.bytes;
        if (at > src.size)
            throw new StorageError(`legacy file is truncated: storage ${JSON.stringify(key)} (${s.bytes} bytes) runs past the end of the file`);
    }
}
/** How the values are quantized, without per-tensor numbers so that tensors alike group together. */
function describeQuantizer(q) {
    const scheme = q.scheme.replace(/^per_(tensor|channel)_/, 'per-$1 ').replaceAll('_', ' ');
    return q.axis !== undefined ? `${scheme} (axis ${q.axis})` : scheme;
}
/** The last element a view reaches, plus one: it must lie inside the storage. */
function viewExtent(t) {
    if (t.dims.some((d) => d === 0))
        return t.offset;
    return t.dims.reduce((end, d, i) => end + (d - 1) * t.strides[i], t.offset + 1);
}
/**
 * A pickle that would run a shell, import code or open files under torch.load is no weights file:
 * nothing was run (the unpickler only described it), and it is rejected as bad input.
 */
function rejectCodeCalls(ctx) {
    const { count, names } = ctx.codeCalls;
    if (count > 0) {
        throw new PickleError(`the pickle calls ${names.join(', ')}${count > names.length ? ' and more' : ''}: rejected (model-budget never runs pickles, but torch.load without weights_only would run this)`);
    }
}
function toWeightsFile(named, container, unmeasured, extra) {
    const tensors = [];
    for (const { name, tensor: t, role } of named) {
        const elements = t.dims.reduce((a, b) => a * b, 1);
        if (!Number.isSafeInteger(elements))
            throw new StorageError(`tensor ${JSON.stringify(name)}: ${t.dims.join('x')} elements is too many`);
        // The view must lie inside its storage (in the tensor's element type for untyped storages).
        const storageElements = Math.floor((t.storage.bytes * 8) / t.bits);
        if (viewExtent(t) > storageElements) {
            throw new StorageError(`tensor ${JSON.stringify(name)} (${t.dims.join('x') || 'scalar'} at offset ${t.offset}) runs past its storage of ${storageElements} elements`);
        }
        tensors.push({
            name,
            dtype: t.dtype,
            dims: t.dims,
            elements,
            bytes: t.storage.bytes,
            role,
            storageKey: t.storage.key,
            ...(t.quantizer ? { quantization: describeQuantizer(t.quantizer) } : {}),
        });
    }
    const warnings = [...extra];
    if (unmeasured.length > 0)
        warnings.push(`${unmeasured.length} tensor(s) in a form not measured: ${unmeasured.slice(0, 3).join(', ')}${unmeasured.length > 3 ? ', ...' : ''}`);
    if (tensors.length === 0)
        warnings.push('no tensors found in the pickle');
    const metadata = new Map([['container', container]]);
    return { tensors, metadata, warnings, sideFiles: [] };
}

;// CONCATENATED MODULE: ./build/src/formats/pytorch/format.js

const pytorchFormat = {
    name: 'pytorch',
    label: 'PyTorch',
    kind: 'weights',
    extensions: ['.pt', '.pth', '.ckpt'],
    magicOnlyExtensions: ['.bin'],
    magic: (head) => hasLegacyMagic(head) || looksLikeTorchZip(head),
    async read(path) {
        const { weights, container } = readPytorchFile(path);
        return { kind: 'weights', weights, formatVersion: container };
    },
    // Everything a torch.save file holds is inside it.
    sideFiles: () => [],
};

;// CONCATENATED MODULE: ./build/src/formats/safetensors/dtypes.js
/**
 * The element types a safetensors header may name (the reference library's `Dtype`, 0.6 and
 * later, including the sub-byte F4/F6 types and F8_E8M0), with their width in bits and the IR
 * dtype name they map to where graph/dtype.ts has one.
 */
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
/** The dtype a header names, or undefined for a name the format does not define. */
function safetensorsDType(name) {
    return Object.prototype.hasOwnProperty.call(TABLE, name) ? TABLE[name] : undefined;
}
const SAFETENSORS_DTYPE_NAMES = Object.keys(TABLE);

;// CONCATENATED MODULE: ./build/src/formats/safetensors/json-object.js
/**
 * Splits a JSON object's text into its top-level members without building the object: V8's
 * JSON.parse slows down more than linearly on an object with a million keys (a hostile 100 MB
 * header takes minutes), while each member's value is small. Keys and values are parsed with
 * JSON.parse one by one, so what is accepted is exactly JSON; the scanner only checks the
 * structure between them (braces, colons, commas).
 */
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
/** Index just past the string starting at `i` (a quote). */
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
/** Index just past the value starting at `i`: a nested object/array is matched bracket by bracket. */
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
/**
 * The members of the JSON object in `text`, in order. Throws JsonShapeError or SyntaxError.
 * Members named in `raw` keep their value's text unparsed (to be split in turn); a text with
 * more than `maxMembers` members is refused before they are parsed.
 */
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
/**
 * One safetensors file's header: an 8-byte little-endian length, then that many bytes of JSON
 * naming every tensor's dtype, shape and byte range in the data section that follows. Only the
 * header is read; every range is checked against the shape, the dtype and the file.
 */



/** The reference library refuses headers over 100 MB; so do we (a larger length is bad input). */
const MAX_HEADER_BYTES = 100_000_000;
/**
 * Tensors in one header. The largest real checkpoints hold about 100k tensors in all; a hostile
 * 100 MB header could list a million, which would take a minute and gigabytes to read.
 */
const MAX_TENSORS = 200_000;
/** `__metadata__` values are shown, not stored whole. */
const MAX_METADATA_VALUE_CHARS = 500;
/** A name from the file, quoted and cut so that it is safe and short in a one-line message. */
function header_quoted(name, max = 80) {
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
        // The parser's message quotes the file's bytes: say only what kind of fault it is.
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
            fail(`${name === '__metadata__' ? '__metadata__' : `tensor ${header_quoted(name)}`} appears twice in the header`);
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
            fail(`tensors ${header_quoted(reach.name)} and ${header_quoted(cur.name)} overlap (bytes ${reach.begin}..${reach.end} and ${cur.begin}..${cur.end})`);
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
    const where = `tensor ${header_quoted(name)}`;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        fail(`${where}: entry is not an object`);
    const v = value;
    if (typeof v['dtype'] !== 'string')
        fail(`${where}: no dtype`);
    const typeName = v['dtype'];
    const type = safetensorsDType(typeName);
    if (!type)
        return fail(`${where}: unknown dtype ${header_quoted(typeName, 20)}`);
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

;// CONCATENATED MODULE: ./build/src/formats/safetensors/hf-config.js
/**
 * A Hugging Face `config.json` beside safetensors weights: the decoder hyper-parameters
 * (Llama/Mistral/Qwen/Gemma/GPT-2/GPT-NeoX/Phi style, MoE included) and `quantization_config`.
 * The file is hostile input and optional: what cannot be used becomes a warning, and the LLM
 * figures are then not available; the weights are still profiled.
 */


/** Decoders whose MLP is two matrices (up, down) rather than gated (gate, up, down). */
const PLAIN_MLP = new Set(['gpt2', 'gpt_neox', 'gptj', 'gpt_bigcode', 'phi', 'opt', 'bloom', 'falcon', 'starcoder2', 'codegen', 'mpt']);
function hf_config_isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Parses config.json text; `tensorNames` settles what the config leaves open (tied LM head). */
function parseHfConfig(text, tensorNames) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { warnings: ['config.json is not valid JSON; LLM figures are not available'] };
    }
    if (!hf_config_isObject(raw))
        return { warnings: ['config.json is not a JSON object; LLM figures are not available'] };
    const warnings = [];
    const quantization = parseQuantization(raw['quantization_config'], warnings);
    // Multimodal wrappers (Gemma 3, Llama 4, Mistral 3) nest the decoder under text_config.
    const c = hf_config_isObject(raw['text_config']) ? { ...raw, ...raw['text_config'] } : raw;
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
    // GPT-2 leaves n_inner null for the default of 4 x n_embd.
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
        // HF defaults differ per model class; whether an LM head tensor is stored settles it.
        tiedEmbeddings: typeof c['tie_word_embeddings'] === 'boolean' ? c['tie_word_embeddings'] : !hasLmHead(tensorNames),
        maxContext: first('max_position_embeddings', 'n_positions', 'n_ctx', 'max_sequence_length', 'seq_length'),
        slidingWindow: typeof slidingWindow === 'number' ? slidingWindow : undefined,
        slidingWindowLayers: typeof slidingWindow === 'number' ? hf_config_slidingLayers(c, architecture) : undefined,
        experts: isMoe ? experts : undefined,
        expertsPerToken: isMoe ? first('num_experts_per_tok', 'num_experts_per_token', 'moe_topk', 'top_k') : undefined,
        sharedExpertIntermediateSize: isMoe ? sharedExpertIntermediateSize : undefined,
        kvCacheElementBytes,
    };
    const built = buildDecoderSpec(fields, 'config.json', {
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
/** Layers that use the sliding window: `layer_types` when stated, else the known patterns. */
function hf_config_slidingLayers(c, architecture) {
    const types = c['layer_types'];
    if (Array.isArray(types))
        return types.filter((t) => t === 'sliding_attention').length || undefined;
    const layers = c['num_hidden_layers'];
    if (typeof layers !== 'number' || !Number.isSafeInteger(layers) || layers <= 0)
        return undefined;
    // Gemma 2: local and global layers alternate, starting with a local one.
    if (architecture === 'gemma2')
        return Math.ceil(layers / 2);
    // Gemma 3: every `sliding_window_pattern`-th layer is global (default 6).
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
    if (!hf_config_isObject(q)) {
        warnings.push('config.json: quantization_config is not an object; ignored');
        return undefined;
    }
    const method = typeof q['quant_method'] === 'string' ? q['quant_method'].toLowerCase().slice(0, 40) : '';
    const groupSize = typeof q['group_size'] === 'number' ? q['group_size'] : undefined;
    if (method === 'gptq' || method === 'awq') {
        const bits = q['bits'] ?? q['w_bit'] ?? 4;
        if (typeof bits !== 'number' || ![2, 3, 4, 8].includes(bits)) {
            warnings.push(`config.json: ${method} bits ${header_quoted(String(bits), 10)} is not 2, 3, 4 or 8; packed weights are counted as stored`);
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

;// CONCATENATED MODULE: ./build/src/formats/safetensors/reader.js
/**
 * Reads a safetensors model: one `.safetensors` file, or a sharded set
 * (`model.safetensors.index.json` + `model-0000N-of-0000M.safetensors`) read as one model from
 * any of its files, with a Hugging Face `config.json` beside it when there is one. Only headers
 * are read; bytes read follow the headers, not the weights.
 */







const INDEX_SUFFIX = '.safetensors.index.json';
/** `model-00001-of-00003.safetensors`: the Hugging Face shard naming. */
const SHARD_NAME = /^(.*)-(\d{5})-of-(\d{5})\.safetensors$/;
/** An index lists tensor names and shard names: 64 MB is far beyond any real one. */
const MAX_INDEX_BYTES = 32_000_000;
const reader_MAX_CONFIG_BYTES = 4_000_000;
const MAX_SHARDS = 100_000;
/** Whether a path names a safetensors index (`*.safetensors.index.json`). */
function isSafetensorsIndex(path) {
    return basename(path).endsWith(INDEX_SUFFIX);
}
/**
 * Sniffs the first bytes of a file: an 8-byte little-endian header length that fits the file,
 * followed by `{`. (safetensors has no magic number.)
 */
function looksLikeSafetensors(head, fileSize) {
    if (head.byteLength < 9 || fileSize < 10)
        return false;
    const n = Buffer.from(head.buffer, head.byteOffset, 8).readBigUInt64LE(0);
    return n >= 2n && n <= BigInt(Math.min(fileSize - 8, 100_000_000)) && head[8] === 0x7b;
}
/** Reads a safetensors file or set. Throws ModelFileError (one line, names the file). */
function readSafetensors(path) {
    const layout = reader_layoutOf(path);
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
        const state = fileState(shardPath);
        if (state !== 'file') {
            const owner = layout.index ? (0,external_node_path_.join)(layout.dir, layout.index) : path;
            throw new errors/* ModelFileError */.EO(owner, `shard ${header_quoted(shard)} of the set is ${state === 'missing' ? 'missing' : 'not a regular file (links are not followed)'}`);
        }
        const header = withRandomAccessFile(shardPath, (f) => {
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
            throw new errors/* ModelFileError */.EO((0,external_node_path_.join)(layout.dir, shard), `tensor ${header_quoted(e.name)} is stored in more than one shard`);
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
        warnings.push(`quant_method ${header_quoted(quantization.method, 40)} is not one we unpack: params count the stored elements`);
    }
    else if (quantization && packed === 0 && quantization.method !== 'bitsandbytes') {
        warnings.push(`quantization_config names ${header_quoted(quantization.method, 40)} but no packed tensors were recognised`);
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
/**
 * Side files of the safetensors model at `path` (relative to its folder) without reading any
 * header, for io/ to tie a changed shard or config to its model and fetch them from git: for an
 * index, the shards its `content` names; for a shard, the index and the other shards by name;
 * config.json always (io/ leaves it missing when it is not there). Best effort: content that
 * does not parse yields what the name tells.
 */
function safetensorsSideFiles(path, content) {
    const name = (0,external_node_path_.basename)(path);
    const out = [];
    if (name.endsWith(INDEX_SUFFIX)) {
        if (content !== null)
            out.push(...shardsNamedIn(content));
    }
    else {
        const m = SHARD_NAME.exec(name);
        const total = m ? Number(m[3]) : 0;
        if (m && total >= 1 && total <= MAX_SHARDS) {
            out.push(`${m[1]}${INDEX_SUFFIX}`);
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
/**
 * The set a shard belongs to, by name (repository paths): its index stands for it, its first
 * shard where a side has no index, the shard itself last (the reader then names what is missing).
 */
function safetensorsModelKey(path) {
    const m = SHARD_NAME.exec(external_node_path_.posix.basename(path));
    if (!m)
        return null;
    const dir = external_node_path_.posix.dirname(path);
    const index = external_node_path_.posix.join(dir, `${m[1]}${INDEX_SUFFIX}`);
    const first = external_node_path_.posix.join(dir, `${m[1]}-${String(1).padStart(5, '0')}-of-${m[3]}.safetensors`);
    return { key: index, entries: [...new Set([index, first, path])] };
}
/**
 * The file that stands for the whole set (its index, or its first shard when there is no index),
 * so that a set found through several of its files is profiled once.
 */
function safetensorsSetKey(path) {
    const layout = reader_layoutOf(path);
    return join(layout.dir, layout.index ?? layout.shards[0]);
}
function reader_layoutOf(path) {
    const dir = (0,external_node_path_.dirname)(path);
    const name = (0,external_node_path_.basename)(path);
    if (name.endsWith(INDEX_SUFFIX))
        return { dir, index: name, shards: [] };
    const m = SHARD_NAME.exec(name);
    if (!m)
        return { dir, shards: [name] };
    const [, prefix, , totalText] = m;
    const total = Number(totalText);
    const index = `${prefix}${INDEX_SUFFIX}`;
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
    return fileState(path) === 'file';
}
function count(stats, f) {
    stats.bytesRead += f.bytesRead;
    stats.readCalls += f.readCalls;
    stats.fileBytes += f.size;
}
function readIndex(path, stats) {
    const text = withRandomAccessFile(path, (f) => {
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
    // Split member by member: JSON.parse slows down more than linearly on objects with many keys.
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
            throw new errors/* ModelFileError */.EO(path, `weight_map entry ${header_quoted(tensor)} is not a file name`);
        if (file === '' || file.includes('/') || file.includes('\\') || file === '.' || file === '..' || file.includes('\0')) {
            throw new errors/* ModelFileError */.EO(path, `weight_map names shard ${header_quoted(file)}, which is not a file name in the index's folder`);
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
            throw new errors/* ModelFileError */.EO(indexPath, `tensor ${header_quoted(tensor)} is listed in shard ${header_quoted(shard)} but is not in it`);
        if (found !== shard)
            throw new errors/* ModelFileError */.EO(indexPath, `tensor ${header_quoted(tensor)} is listed in shard ${header_quoted(shard)} but stored in ${header_quoted(found)}`);
    }
    const extra = [...where.keys()].filter((t) => !weightMap.has(t));
    if (extra.length > 0)
        warnings.push(`${extra.length} tensor(s) in the shards are not listed in the index (first: ${header_quoted(extra[0])})`);
}
function readConfigText(path, warnings, stats) {
    return withRandomAccessFile(path, (f) => {
        if (f.size > reader_MAX_CONFIG_BYTES) {
            warnings.push(`config.json is ${f.size} bytes, over the ${reader_MAX_CONFIG_BYTES / 1e6} MB limit; LLM figures are not available`);
            return undefined;
        }
        const text = f.read(0, f.size, 'config.json').toString('utf8');
        count(stats, f);
        return text;
    });
}
/** Module state stored beside the weights that is not learned. */
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
/**
 * One WeightTensor. Built field by field: object spreads with optional members cost
 * microseconds each, which a header of a million tensors turns into minutes.
 */
function weightTensor(e, file, dtype, dims, elements, role, quantization) {
    const t = { name: e.name, dtype, dims, elements, bytes: e.end - e.begin, role };
    if (quantization !== undefined)
        t.quantization = quantization;
    if (file !== undefined)
        t.file = file;
    return t;
}
function toWeightTensor(e, file, q, names) {
    let role = isBufferName(e.name) ? 'buffer' : e.type.kind === 'float' || (e.type.kind === 'int' && e.type.bits <= 8) ? 'param' : 'non-weight';
    if (q && (q.method === 'gptq' || q.method === 'awq')) {
        if (e.name.endsWith('.qweight') && e.typeName === 'I32' && e.dims.length === 2) {
            const [r, c] = e.dims;
            // GPTQ packs along the input (rows), AWQ along the output (columns).
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

;// CONCATENATED MODULE: ./build/src/formats/safetensors/format.js

const safetensorsFormat = {
    name: 'safetensors',
    label: 'safetensors',
    kind: 'weights',
    extensions: ['.safetensors', '.safetensors.index.json'],
    magic: looksLikeSafetensors,
    async read(path) {
        return { kind: 'weights', weights: readSafetensors(path).weights, formatVersion: '' };
    },
    sideFiles(path, content) {
        return safetensorsSideFiles(path, content);
    },
    // A shard (`model-00002-of-00004.safetensors`) is its set, which `model.safetensors.index.json` stands for.
    modelKey: safetensorsModelKey,
};

;// CONCATENATED MODULE: ./build/src/formats/tflite/schema.js
const FILE_IDENTIFIER = 'TFL3';
const MODEL = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadataBuffer: 5, metadata: 6, signatureDefs: 7 };
const OPERATOR_CODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
const TENSOR = {
    shape: 0, type: 1, buffer: 2, name: 3, quantization: 4, isVariable: 5, sparsity: 6, shapeSignature: 7, hasRank: 8,
};
const QUANTIZATION = { min: 0, max: 1, scale: 2, zeroPoint: 3, detailsType: 4, details: 5, quantizedDimension: 6 };
const SPARSITY = { traversalOrder: 0, blockMap: 1, dimMetadata: 2 };
const OPERATOR = {
    opcodeIndex: 0, inputs: 1, outputs: 2, builtinOptionsType: 3, builtinOptions: 4, customOptions: 5,
    customOptionsFormat: 6, mutatingVariableInputs: 7, intermediates: 8, largeCustomOptionsOffset: 9,
    largeCustomOptionsSize: 10, builtinOptions2Type: 11, builtinOptions2: 12,
};
const BUFFER = { data: 0, offset: 1, size: 2 };
const METADATA = { name: 0, buffer: 1 };
/** TensorType code -> IR dtype; undefined for RESOURCE and VARIANT (handles, not data). */
const TENSOR_TYPES = [
    { name: 'FLOAT32', dtype: 'float32' }, { name: 'FLOAT16', dtype: 'float16' }, { name: 'INT32', dtype: 'int32' },
    { name: 'UINT8', dtype: 'uint8' }, { name: 'INT64', dtype: 'int64' }, { name: 'STRING', dtype: 'string' },
    { name: 'BOOL', dtype: 'bool' }, { name: 'INT16', dtype: 'int16' }, { name: 'COMPLEX64', dtype: 'complex64' },
    { name: 'INT8', dtype: 'int8' }, { name: 'FLOAT64', dtype: 'float64' }, { name: 'COMPLEX128', dtype: 'complex128' },
    { name: 'UINT64', dtype: 'uint64' }, { name: 'RESOURCE', dtype: undefined }, { name: 'VARIANT', dtype: undefined },
    { name: 'UINT32', dtype: 'uint32' }, { name: 'UINT16', dtype: 'uint16' }, { name: 'INT4', dtype: 'int4' },
    { name: 'BFLOAT16', dtype: 'bfloat16' },
];
/** BuiltinOperator by code (index). Codes past the end are reported as BUILTIN_<code>. */
const BUILTIN_OPERATORS = ('ADD AVERAGE_POOL_2D CONCATENATION CONV_2D DEPTHWISE_CONV_2D DEPTH_TO_SPACE DEQUANTIZE EMBEDDING_LOOKUP FLOOR '
    + 'FULLY_CONNECTED HASHTABLE_LOOKUP L2_NORMALIZATION L2_POOL_2D LOCAL_RESPONSE_NORMALIZATION LOGISTIC LSH_PROJECTION '
    + 'LSTM MAX_POOL_2D MUL RELU RELU_N1_TO_1 RELU6 RESHAPE RESIZE_BILINEAR RNN SOFTMAX SPACE_TO_DEPTH SVDF TANH '
    + 'CONCAT_EMBEDDINGS SKIP_GRAM CALL CUSTOM EMBEDDING_LOOKUP_SPARSE PAD UNIDIRECTIONAL_SEQUENCE_RNN GATHER '
    + 'BATCH_TO_SPACE_ND SPACE_TO_BATCH_ND TRANSPOSE MEAN SUB DIV SQUEEZE UNIDIRECTIONAL_SEQUENCE_LSTM STRIDED_SLICE '
    + 'BIDIRECTIONAL_SEQUENCE_RNN EXP TOPK_V2 SPLIT LOG_SOFTMAX DELEGATE BIDIRECTIONAL_SEQUENCE_LSTM CAST PRELU MAXIMUM '
    + 'ARG_MAX MINIMUM LESS NEG PADV2 GREATER GREATER_EQUAL LESS_EQUAL SELECT SLICE SIN TRANSPOSE_CONV SPARSE_TO_DENSE '
    + 'TILE EXPAND_DIMS EQUAL NOT_EQUAL LOG SUM SQRT RSQRT SHAPE POW ARG_MIN FAKE_QUANT REDUCE_PROD REDUCE_MAX PACK '
    + 'LOGICAL_OR ONE_HOT LOGICAL_AND LOGICAL_NOT UNPACK REDUCE_MIN FLOOR_DIV REDUCE_ANY SQUARE ZEROS_LIKE FILL FLOOR_MOD '
    + 'RANGE RESIZE_NEAREST_NEIGHBOR LEAKY_RELU SQUARED_DIFFERENCE MIRROR_PAD ABS SPLIT_V UNIQUE CEIL REVERSE_V2 ADD_N '
    + 'GATHER_ND COS WHERE RANK ELU REVERSE_SEQUENCE MATRIX_DIAG QUANTIZE MATRIX_SET_DIAG ROUND HARD_SWISH IF WHILE '
    + 'NON_MAX_SUPPRESSION_V4 NON_MAX_SUPPRESSION_V5 SCATTER_ND SELECT_V2 DENSIFY SEGMENT_SUM BATCH_MATMUL '
    + 'PLACEHOLDER_FOR_GREATER_OP_CODES CUMSUM CALL_ONCE BROADCAST_TO RFFT2D CONV_3D IMAG REAL COMPLEX_ABS HASHTABLE '
    + 'HASHTABLE_FIND HASHTABLE_IMPORT HASHTABLE_SIZE REDUCE_ALL CONV_3D_TRANSPOSE VAR_HANDLE READ_VARIABLE '
    + 'ASSIGN_VARIABLE BROADCAST_ARGS RANDOM_STANDARD_NORMAL BUCKETIZE RANDOM_UNIFORM MULTINOMIAL GELU '
    + 'DYNAMIC_UPDATE_SLICE RELU_0_TO_1 UNSORTED_SEGMENT_PROD UNSORTED_SEGMENT_MAX UNSORTED_SEGMENT_SUM ATAN2 '
    + 'UNSORTED_SEGMENT_MIN SIGN BITCAST BITWISE_XOR RIGHT_SHIFT STABLEHLO_LOGISTIC STABLEHLO_ADD STABLEHLO_DIVIDE '
    + 'STABLEHLO_MULTIPLY STABLEHLO_MAXIMUM STABLEHLO_RESHAPE STABLEHLO_CLAMP STABLEHLO_CONCATENATE '
    + 'STABLEHLO_BROADCAST_IN_DIM STABLEHLO_CONVOLUTION STABLEHLO_SLICE STABLEHLO_CUSTOM_CALL STABLEHLO_REDUCE '
    + 'STABLEHLO_ABS STABLEHLO_AND STABLEHLO_COSINE STABLEHLO_EXPONENTIAL STABLEHLO_FLOOR STABLEHLO_LOG STABLEHLO_MINIMUM '
    + 'STABLEHLO_NEGATE STABLEHLO_OR STABLEHLO_POWER STABLEHLO_REMAINDER STABLEHLO_RSQRT STABLEHLO_SELECT '
    + 'STABLEHLO_SUBTRACT STABLEHLO_TANH STABLEHLO_SCATTER STABLEHLO_COMPARE STABLEHLO_CONVERT STABLEHLO_DYNAMIC_SLICE '
    + 'STABLEHLO_DYNAMIC_UPDATE_SLICE STABLEHLO_PAD STABLEHLO_IOTA STABLEHLO_DOT_GENERAL STABLEHLO_REDUCE_WINDOW '
    + 'STABLEHLO_SORT STABLEHLO_WHILE STABLEHLO_GATHER STABLEHLO_TRANSPOSE DILATE STABLEHLO_RNG_BIT_GENERATOR '
    + 'REDUCE_WINDOW STABLEHLO_COMPOSITE COMPLEX').split(' ');
/** Builtin codes that are not operators a model can run (markers, the custom-op code). */
const NOT_AN_OPERATOR = new Set(['CUSTOM', 'DELEGATE', 'PLACEHOLDER_FOR_GREATER_OP_CODES']);
const OPTION_TABLES = {
    Conv2DOptions: 'padding:padding stride_w:int stride_h:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1 quantized_bias_type:tensortype',
    DepthwiseConv2DOptions: 'padding:padding stride_w:int stride_h:int depth_multiplier:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1',
    ConcatEmbeddingsOptions: 'num_channels:int num_columns_per_channel:ints embedding_dim_per_channel:ints',
    LSHProjectionOptions: 'type:enum(UNKNOWN,SPARSE,DENSE)',
    Pool2DOptions: 'padding:padding stride_w:int stride_h:int filter_width:int filter_height:int fused_activation_function:activation',
    SVDFOptions: 'rank:int fused_activation_function:activation asymmetric_quantize_inputs:bool',
    RNNOptions: 'fused_activation_function:activation asymmetric_quantize_inputs:bool',
    FullyConnectedOptions: 'fused_activation_function:activation weights_format:enum(DEFAULT,SHUFFLED4x16INT8) keep_num_dims:bool asymmetric_quantize_inputs:bool quantized_bias_type:tensortype',
    SoftmaxOptions: 'beta:float',
    ConcatenationOptions: 'axis:int fused_activation_function:activation',
    AddOptions: 'fused_activation_function:activation pot_scale_int16:bool=1',
    L2NormOptions: 'fused_activation_function:activation',
    LocalResponseNormalizationOptions: 'radius:int bias:float alpha:float beta:float',
    LSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float kernel_type:enum(FULL,BASIC) asymmetric_quantize_inputs:bool',
    ResizeBilinearOptions: 'new_height:skip new_width:skip align_corners:bool half_pixel_centers:bool',
    CallOptions: 'subgraph:uint',
    ReshapeOptions: 'new_shape:ints',
    SkipGramOptions: 'ngram_size:int max_skip_size:int include_all_ngrams:bool',
    SpaceToDepthOptions: 'block_size:int',
    EmbeddingLookupSparseOptions: 'combiner:enum(SUM,MEAN,SQRTN)',
    MulOptions: 'fused_activation_function:activation',
    PadOptions: '',
    GatherOptions: 'axis:int batch_dims:int',
    BatchToSpaceNDOptions: '',
    SpaceToBatchNDOptions: '',
    TransposeOptions: '',
    ReducerOptions: 'keep_dims:bool',
    SubOptions: 'fused_activation_function:activation pot_scale_int16:bool=1',
    DivOptions: 'fused_activation_function:activation',
    SqueezeOptions: 'squeeze_dims:ints',
    SequenceRNNOptions: 'time_major:bool fused_activation_function:activation asymmetric_quantize_inputs:bool',
    StridedSliceOptions: 'begin_mask:int end_mask:int ellipsis_mask:int new_axis_mask:int shrink_axis_mask:int offset:bool',
    ExpOptions: '',
    TopKV2Options: '',
    SplitOptions: 'num_splits:int',
    LogSoftmaxOptions: '',
    CastOptions: 'in_data_type:tensortype out_data_type:tensortype',
    DequantizeOptions: '',
    MaximumMinimumOptions: '',
    ArgMaxOptions: 'output_type:tensortype',
    LessOptions: '',
    NegOptions: '',
    PadV2Options: '',
    GreaterOptions: '',
    GreaterEqualOptions: '',
    LessEqualOptions: '',
    SelectOptions: '',
    SliceOptions: '',
    TransposeConvOptions: 'padding:padding stride_w:int stride_h:int fused_activation_function:activation quantized_bias_type:tensortype',
    SparseToDenseOptions: 'validate_indices:bool',
    TileOptions: '',
    ExpandDimsOptions: '',
    EqualOptions: '',
    NotEqualOptions: '',
    ShapeOptions: 'out_type:tensortype',
    PowOptions: '',
    ArgMinOptions: 'output_type:tensortype',
    FakeQuantOptions: 'min:float max:float num_bits:int narrow_range:bool',
    PackOptions: 'values_count:int axis:int',
    LogicalOrOptions: '',
    OneHotOptions: 'axis:int',
    LogicalAndOptions: '',
    LogicalNotOptions: '',
    UnpackOptions: 'num:int axis:int',
    FloorDivOptions: '',
    SquareOptions: '',
    ZerosLikeOptions: '',
    FillOptions: '',
    BidirectionalSequenceLSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float merge_outputs:bool time_major:bool=1 asymmetric_quantize_inputs:bool',
    BidirectionalSequenceRNNOptions: 'time_major:bool fused_activation_function:activation merge_outputs:bool asymmetric_quantize_inputs:bool',
    UnidirectionalSequenceLSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float time_major:bool asymmetric_quantize_inputs:bool diagonal_recurrent_tensors:bool',
    FloorModOptions: '',
    RangeOptions: '',
    ResizeNearestNeighborOptions: 'align_corners:bool half_pixel_centers:bool',
    LeakyReluOptions: 'alpha:float',
    SquaredDifferenceOptions: '',
    MirrorPadOptions: 'mode:enum(REFLECT,SYMMETRIC)',
    AbsOptions: '',
    SplitVOptions: 'num_splits:int',
    UniqueOptions: 'idx_out_type:tensortype=2',
    ReverseV2Options: '',
    AddNOptions: '',
    GatherNdOptions: '',
    CosOptions: '',
    WhereOptions: '',
    RankOptions: '',
    ReverseSequenceOptions: 'seq_dim:int batch_dim:int',
    MatrixDiagOptions: '',
    QuantizeOptions: '',
    MatrixSetDiagOptions: '',
    HardSwishOptions: '',
    IfOptions: 'then_subgraph_index:int else_subgraph_index:int',
    WhileOptions: 'cond_subgraph_index:int body_subgraph_index:int',
    DepthToSpaceOptions: 'block_size:int',
    NonMaxSuppressionV4Options: '',
    NonMaxSuppressionV5Options: '',
    ScatterNdOptions: '',
    SelectV2Options: '',
    DensifyOptions: '',
    SegmentSumOptions: '',
    BatchMatMulOptions: 'adj_x:bool adj_y:bool asymmetric_quantize_inputs:bool',
    CumsumOptions: 'exclusive:bool reverse:bool',
    CallOnceOptions: 'init_subgraph_index:int',
    BroadcastToOptions: '',
    Rfft2dOptions: '',
    Conv3DOptions: 'padding:padding stride_d:int stride_w:int stride_h:int fused_activation_function:activation dilation_d_factor:int=1 dilation_w_factor:int=1 dilation_h_factor:int=1',
    HashtableOptions: 'table_id:int key_dtype:tensortype value_dtype:tensortype',
    HashtableFindOptions: '',
    HashtableImportOptions: '',
    HashtableSizeOptions: '',
    VarHandleOptions: 'container:string shared_name:string',
    ReadVariableOptions: '',
    AssignVariableOptions: '',
    RandomOptions: 'seed:long seed2:long',
    BucketizeOptions: 'boundaries:floats',
    GeluOptions: 'approximate:bool',
    DynamicUpdateSliceOptions: '',
    UnsortedSegmentProdOptions: '',
    UnsortedSegmentMaxOptions: '',
    UnsortedSegmentMinOptions: '',
    UnsortedSegmentSumOptions: '',
    ATan2Options: '',
    SignOptions: '',
    BitcastOptions: '',
    BitwiseXorOptions: '',
    RightShiftOptions: '',
};
function parseFields(spec) {
    if (!spec)
        return [];
    return spec.split(' ').map((f) => {
        const [name, rest] = f.split(':');
        const [kind, def] = rest.split('=');
        return { name, kind, def: def === undefined ? 0 : Number(def) };
    });
}
/** Options tables by BuiltinOptions union tag (tag 0 is NONE). */
const BUILTIN_OPTIONS = [
    undefined,
    ...Object.entries(OPTION_TABLES).map(([table, spec]) => ({ table, fields: parseFields(spec) })),
];
const PADDING = ['SAME', 'VALID'];
const schema_ACTIVATIONS = ['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'];

;// CONCATENATED MODULE: ./build/src/formats/tflite/decode.js
/**
 * Decodes a TFLite flatbuffer into plain records (tflite/model.ts), reading tables only: buffers
 * are measured through their length prefix or their offset/size, never read. Counts of what we go
 * on to visit are bounded so that a forged vector cannot make us walk one table a billion times.
 */


/** Bounds on what one file can declare (far above any real model; below what would hang us). */
const LIMITS = {
    operatorCodes: 100_000,
    subgraphs: 100_000,
    /** Tensor and operator tables over all subgraphs. */
    records: 4_000_000,
    operands: 100_000,
    rank: 64,
    metadata: 10_000,
    buffers: 50_000_000,
};
class Decoder {
    fb;
    records = 0;
    buffers = new Map();
    buffersVec;
    constructor(fb) {
        this.fb = fb;
    }
    count(n, what) {
        this.records += n;
        if (this.records > LIMITS.records)
            throw new FlatBufferError(`more than ${LIMITS.records} tensors and operators (at ${what})`);
    }
    decode() {
        const { fb } = this;
        if (fb.size < 8)
            throw new FlatBufferError(`${fb.size} bytes is too short for a TFLite file`);
        const ident = new TextDecoder('latin1').decode(fb.bytesAt(4, 4, 'file identifier'));
        if (ident !== FILE_IDENTIFIER) {
            throw new FlatBufferError(`not a TFLite file: file identifier is '${printable(ident)}', expected '${FILE_IDENTIFIER}'`);
        }
        const root = fb.tableAt(0, 'model');
        const version = fb.scalar(root, MODEL.version, 'u32', 0, 'model version');
        const codesVec = fb.vector(root, MODEL.operatorCodes, 4, 'operator codes', LIMITS.operatorCodes);
        const opCodes = [];
        for (let i = 0; i < (codesVec?.length ?? 0); i++)
            opCodes.push(this.opCode(fb.tableIn(codesVec, i, `operator code ${i}`)));
        this.buffersVec = fb.vector(root, MODEL.buffers, 4, 'buffers', LIMITS.buffers);
        const sgVec = fb.vector(root, MODEL.subgraphs, 4, 'subgraphs', LIMITS.subgraphs);
        if (!sgVec || sgVec.length === 0)
            throw new FlatBufferError('the model has no subgraph');
        const subgraphs = [];
        for (let i = 0; i < sgVec.length; i++)
            subgraphs.push(this.subgraph(fb.tableIn(sgVec, i, `subgraph ${i}`), i, opCodes));
        const description = fb.string(root, MODEL.description, 'model description', 256);
        const metadata = new Map();
        const mdVec = fb.vector(root, MODEL.metadata, 4, 'metadata', LIMITS.metadata);
        for (let i = 0; i < (mdVec?.length ?? 0); i++) {
            const t = fb.tableIn(mdVec, i, `metadata ${i}`);
            const name = fb.string(t, METADATA.name, `metadata ${i} name`, 256);
            const buf = this.buffer(fb.scalar(t, METADATA.buffer, 'u32', 0, `metadata ${i} buffer`), `metadata '${name}'`);
            metadata.set(name, this.metadataText(name, buf));
        }
        return { version, description, opCodes, subgraphs, buffers: this.buffers, metadata, fileBytes: fb.size };
    }
    metadataText(name, buf) {
        // min_runtime_version is a short NUL-padded version string; other entries are binary blobs.
        if (name === 'min_runtime_version' && buf.bytes > 0 && buf.bytes <= 64 && buf.dataStart !== undefined) {
            const raw = this.fb.bytesAt(buf.dataStart, buf.bytes, 'min_runtime_version');
            const end = raw.indexOf(0);
            return new TextDecoder('utf-8').decode(end < 0 ? raw : raw.subarray(0, end));
        }
        return `${buf.bytes} bytes`;
    }
    opCode(t) {
        const { fb } = this;
        const deprecated = fb.scalar(t, OPERATOR_CODE.deprecatedBuiltinCode, 'i8', 0, 'operator code');
        const extended = fb.scalar(t, OPERATOR_CODE.builtinCode, 'i32', 0, 'operator code');
        // Old files fill only the byte-sized field, new ones both (the byte capped at 127): the larger wins.
        const code = Math.max(deprecated, extended);
        const version = fb.scalar(t, OPERATOR_CODE.version, 'i32', 1, 'operator code version');
        const name = BUILTIN_OPERATORS[code] ?? `BUILTIN_${code}`;
        if (name === 'CUSTOM') {
            const custom = fb.string(t, OPERATOR_CODE.customCode, 'custom op name', 256);
            return { builtin: undefined, custom: custom || '(unnamed custom op)', version };
        }
        return { builtin: name, custom: undefined, version };
    }
    /** Buffer `index`, decoded once (tensors in several subgraphs may share it). */
    buffer(index, what) {
        const hit = this.buffers.get(index);
        if (hit)
            return hit;
        const vec = this.buffersVec;
        if (!vec || index >= vec.length) {
            throw new FlatBufferError(`${what} refers to buffer ${index}, but the model has ${vec?.length ?? 0} buffers`);
        }
        const { fb } = this;
        const t = fb.tableIn(vec, index, `buffer ${index}`);
        const data = fb.vector(t, BUFFER.data, 1, `buffer ${index} data`);
        const offset = fb.scalar(t, BUFFER.offset, 'u64', 0, `buffer ${index} offset`);
        const size = fb.scalar(t, BUFFER.size, 'u64', 0, `buffer ${index} size`);
        let buf;
        if (data && data.length > 0)
            buf = { index, bytes: data.length, dataStart: data.start, external: false };
        else if (offset > 1) {
            // Files over 2 GB keep buffers after the flatbuffer; the schema makes offset valid only when > 1.
            if (!Number.isSafeInteger(offset + size) || offset + size > fb.size) {
                throw new FlatBufferError(`buffer ${index} lies at bytes ${offset}..${offset + size}, outside the file (${fb.size} bytes)`);
            }
            buf = { index, bytes: size, dataStart: offset, external: true };
        }
        else
            buf = { index, bytes: 0, dataStart: undefined, external: false };
        this.buffers.set(index, buf);
        return buf;
    }
    subgraph(t, index, opCodes) {
        const { fb } = this;
        const name = fb.string(t, SUBGRAPH.name, `subgraph ${index} name`, 256);
        const where = `subgraph ${index}`;
        const tVec = fb.vector(t, SUBGRAPH.tensors, 4, `${where} tensors`, LIMITS.records);
        this.count(tVec?.length ?? 0, `${where} tensors`);
        const tensors = [];
        for (let i = 0; i < (tVec?.length ?? 0); i++)
            tensors.push(this.tensor(fb.tableIn(tVec, i, `${where} tensor ${i}`), `${where} tensor ${i}`));
        const inputs = fb.numbers(t, SUBGRAPH.inputs, 'i32', `${where} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, SUBGRAPH.outputs, 'i32', `${where} outputs`, LIMITS.operands);
        const oVec = fb.vector(t, SUBGRAPH.operators, 4, `${where} operators`, LIMITS.records);
        this.count(oVec?.length ?? 0, `${where} operators`);
        const operators = [];
        for (let i = 0; i < (oVec?.length ?? 0); i++) {
            operators.push(this.operator(fb.tableIn(oVec, i, `${where} operator ${i}`), `${where} operator ${i}`, opCodes));
        }
        return { index, name, tensors, inputs, outputs, operators };
    }
    tensor(t, what) {
        const { fb } = this;
        const typeCode = fb.scalar(t, TENSOR.type, 'i8', 0, what);
        const type = TENSOR_TYPES[typeCode];
        if (!type)
            throw new FlatBufferError(`${what} has unknown element type ${typeCode}`);
        const shape = fb.numbers(t, TENSOR.shape, 'i32', `${what} shape`, LIMITS.rank);
        const sigField = fb.vector(t, TENSOR.shapeSignature, 4, `${what} shape signature`, LIMITS.rank);
        const signature = sigField ? fb.numbers(t, TENSOR.shapeSignature, 'i32', `${what} shape signature`, LIMITS.rank) : undefined;
        const bufferIndex = fb.scalar(t, TENSOR.buffer, 'u32', 0, what);
        const name = fb.string(t, TENSOR.name, `${what} name`);
        const q = fb.table(t, TENSOR.quantization, `${what} quantization`);
        const sp = fb.table(t, TENSOR.sparsity, `${what} sparsity`);
        const buffer = bufferIndex === 0 ? undefined : this.buffer(bufferIndex, `${what} ('${name}')`);
        return {
            name,
            typeName: type.name,
            dtype: type.dtype,
            shape,
            signature,
            hasRank: fb.scalar(t, TENSOR.hasRank, 'bool', 0, what) === 1,
            isVariable: fb.scalar(t, TENSOR.isVariable, 'bool', 0, what) === 1,
            buffer: buffer && buffer.bytes > 0 ? buffer : undefined,
            quantization: q ? this.quantization(q, `${what} quantization`) : undefined,
            sparsity: sp ? this.sparsity(sp, `${what} sparsity`) : undefined,
        };
    }
    quantization(t, what) {
        const { fb } = this;
        // Only the counts matter (per-tensor or per-channel); the scale values are never read.
        const scales = fb.vector(t, QUANTIZATION.scale, 4, `${what} scales`)?.length ?? 0;
        const custom = fb.scalar(t, QUANTIZATION.detailsType, 'u8', 0, what) !== 0;
        if (scales === 0 && !custom)
            return undefined;
        return { scales, axis: fb.scalar(t, QUANTIZATION.quantizedDimension, 'i32', 0, what), custom };
    }
    sparsity(t, what) {
        const { fb } = this;
        const order = fb.vector(t, SPARSITY.traversalOrder, 4, `${what} traversal order`, LIMITS.rank * 2)?.length ?? 0;
        const blockDims = fb.vector(t, SPARSITY.blockMap, 4, `${what} block map`, LIMITS.rank)?.length ?? 0;
        return { dims: order, blockDims };
    }
    operator(t, what, opCodes) {
        const { fb } = this;
        const opcodeIndex = fb.scalar(t, OPERATOR.opcodeIndex, 'u32', 0, what);
        const code = opCodes[opcodeIndex];
        if (!code)
            throw new FlatBufferError(`${what} uses operator code ${opcodeIndex}, but the model has ${opCodes.length}`);
        const inputs = fb.numbers(t, OPERATOR.inputs, 'i32', `${what} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, OPERATOR.outputs, 'i32', `${what} outputs`, LIMITS.operands);
        const intermediates = fb.numbers(t, OPERATOR.intermediates, 'i32', `${what} intermediates`, LIMITS.operands);
        const optType = fb.scalar(t, OPERATOR.builtinOptionsType, 'u8', 0, what);
        const options = new Map();
        const spec = BUILTIN_OPTIONS[optType];
        if (spec) {
            const ot = fb.table(t, OPERATOR.builtinOptions, `${what} ${spec.table}`);
            if (ot)
                for (const [i, f] of spec.fields.entries())
                    this.option(ot, i, f, options, `${what} ${spec.table}.${f.name}`);
        }
        return { code, inputs, outputs, intermediates, optionsTable: spec?.table, options };
    }
    option(t, id, f, out, what) {
        const { fb } = this;
        const k = f.kind;
        if (k === 'skip')
            return;
        if (k === 'ints')
            out.set(f.name, fb.numbers(t, id, 'i32', what, LIMITS.operands));
        else if (k === 'longs')
            out.set(f.name, fb.numbers(t, id, 'i64', what, LIMITS.operands));
        else if (k === 'floats')
            out.set(f.name, fb.numbers(t, id, 'f32', what, LIMITS.operands));
        else if (k === 'string')
            out.set(f.name, fb.string(t, id, what, 256));
        else if (k === 'float')
            out.set(f.name, fb.scalar(t, id, 'f32', f.def, what));
        else if (k === 'bool')
            out.set(f.name, fb.scalar(t, id, 'bool', f.def, what));
        else if (k === 'int')
            out.set(f.name, fb.scalar(t, id, 'i32', f.def, what));
        else if (k === 'uint')
            out.set(f.name, fb.scalar(t, id, 'u32', f.def, what));
        else if (k === 'long')
            out.set(f.name, fb.scalar(t, id, 'i64', f.def, what));
        else if (k === 'byte')
            out.set(f.name, fb.scalar(t, id, 'i8', f.def, what));
        else {
            const code = fb.scalar(t, id, 'i8', f.def, what);
            const names = k === 'padding' ? PADDING : k === 'activation' ? schema_ACTIVATIONS : k === 'tensortype'
                ? TENSOR_TYPES.map((x) => x.dtype ?? x.name.toLowerCase())
                : k.slice(5, -1).split(',');
            const name = names[code];
            if (name === undefined)
                throw new FlatBufferError(`${what} has unknown value ${code}`);
            out.set(f.name, name);
        }
    }
}
function printable(s) {
    return s.replace(/[^\x20-\x7e]/g, '?');
}
function decodeTflite(fb) {
    return new Decoder(fb).decode();
}

;// CONCATENATED MODULE: ./build/src/formats/tflite/reader.js
/**
 * Reads a TensorFlow Lite (.tflite, "TFL3") file into the graph IR, touching only its tables:
 * the file is read in small pages on demand and weight buffers are measured, never read.
 */






/** Whether the first bytes are a TFLite flatbuffer (file identifier 'TFL3' at bytes 4..8). */
function isTflite(head) {
    return head.byteLength >= 8 && String.fromCharCode(...head.subarray(4, 8)) === FILE_IDENTIFIER;
}
function decode(src, path) {
    try {
        const fb = new FlatBuffer(src);
        return toIr(decodeTflite(fb), fb);
    }
    catch (e) {
        if (e instanceof FlatBufferError)
            throw new errors/* ModelFileError */.EO(path, `invalid TFLite file: ${e.message}`);
        // A read failing mid-way (the file shrank, an I/O error) is a file problem too.
        if (e?.code)
            throw new errors/* ModelFileError */.EO(path, describeFsError(e));
        throw e;
    }
}
/** Reads and validates a .tflite file. Throws ModelFileError (one line, names the file). */
function readTfliteFile(path) {
    return file_withOpenModel(path, (fd, size) => {
        const src = new FileSource(fd, size);
        const model = decode(src, path);
        return { model, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
    });
}
/** Decodes a TFLite model held in memory (tests, git blobs); `path` names it in errors. */
function readTfliteBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    return { model: decode(new MemorySource(bytes), path), stats: { bytesRead: bytes.byteLength, readCalls: 0 } };
}

;// CONCATENATED MODULE: ./build/src/formats/tflite/format.js

const tfliteFormat = {
    name: 'tflite',
    label: 'TensorFlow Lite',
    kind: 'graph',
    extensions: ['.tflite'],
    magic: (head) => isTflite(head),
    async read(path) {
        return { kind: 'graph', model: readTfliteFile(path).model, sideFileBytes: 0 };
    },
    // A TFLite model is one file: buffers past 2 GB live in the same file (offset/size).
    sideFiles: () => [],
};

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/dtypes.js
/** Index = DataType code; names the IR lacks use TensorFlow's own spelling. */
const BY_CODE = [
    undefined, 'float32', 'float64', 'int32', 'uint8', 'int16', 'int8', 'string', 'complex64', 'int64',
    'bool', 'qint8', 'quint8', 'qint32', 'bfloat16', 'qint16', 'quint16', 'uint16', 'complex128',
    'float16', 'resource', 'variant', 'uint32', 'uint64', 'float8e5m2', 'float8e4m3fn',
    'int4', 'uint4',
];
/** The dtype name of a DataType code (`_REF` codes are code + 100), or `dt_<code>` when unknown. */
function tfDtype(code) {
    const base = code > 100 ? code - 100 : code;
    return BY_CODE[base] ?? `dt_${code}`;
}
/** Bits per element of TensorFlow's quantized types, which the IR has no names for. */
const TF_ONLY_BITS = new Map([
    ['qint8', 8], ['quint8', 8], ['qint16', 16], ['quint16', 16], ['qint32', 32],
]);

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/proto.js
/**
 * Field loops over protobuf messages held in memory (TensorFlow's protos are read without a
 * schema: only the few fields we need, by number). Truncated or malformed bytes become a
 * ProtoError, which the readers turn into a one-line ModelFileError naming the file.
 */

const { Reader: proto_Reader } = minimal;
const proto_WIRE = { VARINT: 0, I64: 1, LEN: 2, I32: 5 };
class ProtoError extends Error {
    name = 'ProtoError';
}
/** A signed varint from `r` as a JS number, or a ProtoError past 2^53 either way. */
function signedVarint(r, no, what) {
    const v = r.int64();
    const n = (v.high | 0) * 2 ** 32 + (v.low >>> 0);
    if (!Number.isSafeInteger(n))
        throw new ProtoError(`${what}: field ${no} is out of range`);
    return n;
}
const proto_MAX_SAFE_HIGH = 2 ** 21;
/**
 * Calls `visit` for every field of `buf`; fields `visit` does not consume are skipped.
 * Throws ProtoError for a message that does not parse.
 */
function eachField(buf, what, visit) {
    const r = proto_Reader.create(buf);
    try {
        while (r.pos < r.len) {
            const tag = r.uint32();
            const no = tag >>> 3;
            const wire = tag & 7;
            if (no === 0 || wire === 3 || wire === 4 || wire > 5)
                throw new ProtoError(`${what}: bad field tag ${tag}`);
            let consumed = false;
            const field = {
                no,
                wire,
                bytes() {
                    expect(wire, proto_WIRE.LEN, no, what);
                    consumed = true;
                    return r.bytes();
                },
                varint() {
                    expect(wire, proto_WIRE.VARINT, no, what);
                    consumed = true;
                    const v = r.uint64();
                    if (v.high >>> 0 >= proto_MAX_SAFE_HIGH)
                        throw new ProtoError(`${what}: field ${no} is out of range`);
                    return (v.high >>> 0) * 2 ** 32 + (v.low >>> 0);
                },
                string() {
                    expect(wire, proto_WIRE.LEN, no, what);
                    consumed = true;
                    return r.string();
                },
                int64() {
                    expect(wire, proto_WIRE.VARINT, no, what);
                    consumed = true;
                    return signedVarint(r, no, what);
                },
                ints() {
                    consumed = true;
                    if (wire === proto_WIRE.VARINT)
                        return [signedVarint(r, no, what)];
                    expect(wire, proto_WIRE.LEN, no, what);
                    return packedInts(r.bytes(), what);
                },
                floats() {
                    consumed = true;
                    if (wire === proto_WIRE.I32)
                        return [r.float()];
                    expect(wire, proto_WIRE.LEN, no, what);
                    return packedFloats(r.bytes(), what);
                },
            };
            visit(field);
            if (!consumed)
                r.skipType(wire);
        }
    }
    catch (e) {
        if (e instanceof ProtoError)
            throw e;
        // protobufjs signals truncation with a RangeError ("index out of range").
        if (e instanceof RangeError || e instanceof Error)
            throw new ProtoError(`${what}: not a valid protobuf message (${e.message})`);
        throw e;
    }
}
/** The signed varints of a packed repeated integer field's bytes. */
function packedInts(bytes, what) {
    const inner = proto_Reader.create(bytes);
    const out = [];
    try {
        while (inner.pos < inner.len)
            out.push(signedVarint(inner, 0, what));
    }
    catch (e) {
        if (e instanceof ProtoError)
            throw e;
        throw new ProtoError(`${what}: a packed integer list is cut short`);
    }
    return out;
}
/** The floats of a packed repeated float field's bytes. */
function packedFloats(b, what) {
    if (b.byteLength % 4 !== 0)
        throw new ProtoError(`${what}: ${b.byteLength} bytes are not a whole number of floats`);
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return Array.from({ length: b.byteLength / 4 }, (_, i) => dv.getFloat32(4 * i, true));
}
function expect(wire, want, no, what) {
    if (wire !== want)
        throw new ProtoError(`${what}: field ${no} has wire type ${wire}, expected ${want}`);
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/sstable.js
/**
 * A reader for the sorted string table TensorFlow writes as a checkpoint's `.index` file (the
 * LevelDB table format: data blocks of prefix-compressed keys with restart points, an index block
 * of block handles, a 48-byte footer ending in a magic number). It yields every key and value in
 * order and checks every offset against the file first: a lying handle is a one-line error.
 * Block checksums are not verified (a flipped bit in a value is caught by its decoder).
 */

const FOOTER_BYTES = 48;
/** kTableMagicNumber 0xdb4775248b80fb57, stored little-endian. */
const MAGIC = Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
/** Type byte and masked CRC32C after every block. */
const BLOCK_TRAILER = 5;
/** More entries than any checkpoint has: a bound on what a hostile index can make us hold. */
const MAX_TABLE_ENTRIES = 2_000_000;
/** Reads varints from a buffer with bounds checks; errors name the table part being read. */
class Cursor {
    buf;
    end;
    fail;
    pos = 0;
    constructor(buf, end, fail) {
        this.buf = buf;
        this.end = end;
        this.fail = fail;
    }
    varint(what) {
        let result = 0;
        for (let shift = 0; shift < 63; shift += 7) {
            if (this.pos >= this.end)
                this.fail(`${what}: varint runs past its block`);
            const b = this.buf[this.pos++];
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0) {
                if (!Number.isSafeInteger(result))
                    this.fail(`${what}: varint out of range`);
                return result;
            }
        }
        return this.fail(`${what}: varint too long`);
    }
}
function decodeHandle(c, what) {
    return { offset: c.varint(`${what} offset`), size: c.varint(`${what} size`) };
}
/**
 * Every entry of the table in `file`, in key order. Throws ModelFileError for a file that is
 * not a table, a handle outside the file, a compressed block, or keys that break the format.
 */
function readTable(file) {
    const fail = (msg) => {
        throw new errors/* ModelFileError */.EO(file.path, `not a valid TensorFlow checkpoint index: ${msg}`);
    };
    if (file.size < FOOTER_BYTES)
        fail(`${file.size} bytes is shorter than the 48-byte table footer`);
    const footer = file.read(file.size - FOOTER_BYTES, FOOTER_BYTES, 'table footer');
    if (!footer.subarray(40).equals(MAGIC))
        fail('the table footer has no table magic number');
    const fc = new Cursor(footer, 40, fail);
    decodeHandle(fc, 'metaindex handle');
    const indexHandle = decodeHandle(fc, 'index handle');
    const dataEnd = file.size - FOOTER_BYTES;
    const indexBlock = readBlock(file, indexHandle, dataEnd, 'index block', fail);
    const entries = [];
    let previousEnd = 0;
    let previousKey = null;
    for (const { value } of blockEntries(indexBlock, 'index block', fail, Number.MAX_SAFE_INTEGER)) {
        const hc = new Cursor(value, value.length, fail);
        const handle = decodeHandle(hc, 'data block handle');
        if (handle.offset < previousEnd)
            fail(`data block at ${handle.offset} overlaps the block before it`);
        if (handle.offset + handle.size + BLOCK_TRAILER > indexHandle.offset)
            fail(`data block ${handle.offset}..${handle.offset + handle.size} runs into the index block at ${indexHandle.offset}`);
        previousEnd = handle.offset + handle.size + BLOCK_TRAILER;
        const block = readBlock(file, handle, dataEnd, `data block at ${handle.offset}`, fail);
        for (const e of blockEntries(block, `data block at ${handle.offset}`, fail, MAX_TABLE_ENTRIES - entries.length)) {
            if (previousKey !== null && Buffer.compare(previousKey, e.key) >= 0)
                fail('keys are not in sorted order');
            previousKey = e.key;
            entries.push(e);
        }
    }
    return entries;
}
function readBlock(file, h, dataEnd, what, fail) {
    if (h.offset + h.size + BLOCK_TRAILER > dataEnd)
        fail(`${what} (bytes ${h.offset}..${h.offset + h.size}) lies outside the file (${file.size} bytes)`);
    const withTrailer = file.read(h.offset, h.size + BLOCK_TRAILER, what);
    const type = withTrailer[h.size];
    if (type === 1)
        fail(`${what} is Snappy-compressed, which this reader does not decompress`);
    if (type !== 0)
        fail(`${what} has unknown compression type ${type}`);
    return withTrailer.subarray(0, h.size);
}
/** The entries of one block: prefix-compressed keys, checked against the restart array. */
function blockEntries(block, what, fail, limit) {
    if (block.length < 4)
        fail(`${what} is shorter than its restart count`);
    const restarts = block.readUInt32LE(block.length - 4);
    if (restarts < 1 || restarts * 4 + 4 > block.length)
        fail(`${what} has an impossible restart count ${restarts}`);
    const entriesEnd = block.length - 4 - restarts * 4;
    const restartAt = new Set();
    for (let i = 0; i < restarts; i++) {
        const at = block.readUInt32LE(entriesEnd + i * 4);
        if (at >= Math.max(entriesEnd, 1))
            fail(`${what}: restart point ${at} is past its entries`);
        restartAt.add(at);
    }
    if (!restartAt.has(0) && entriesEnd > 0)
        fail(`${what}: the first entry is not a restart point`);
    const c = new Cursor(block, entriesEnd, fail);
    const out = [];
    let key = Buffer.alloc(0);
    while (c.pos < entriesEnd) {
        const start = c.pos;
        const shared = c.varint('key prefix length');
        const nonShared = c.varint('key suffix length');
        const valueLength = c.varint('value length');
        if (shared > key.length || (restartAt.has(start) && shared !== 0))
            fail(`${what}: an entry shares ${shared} bytes with a ${key.length}-byte key`);
        if (c.pos + nonShared + valueLength > entriesEnd)
            fail(`${what}: an entry runs past the block`);
        if (out.length >= limit)
            fail(`more than ${MAX_TABLE_ENTRIES} entries`);
        key = Buffer.concat([key.subarray(0, shared), block.subarray(c.pos, c.pos + nonShared)]);
        c.pos += nonShared;
        out.push({ key, value: block.subarray(c.pos, c.pos + valueLength) });
        c.pos += valueLength;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/bundle.js
/**
 * A TensorFlow checkpoint (tensor bundle: `<prefix>.index` + `<prefix>.data-NNNNN-of-MMMMM`)
 * as weights: every variable's dtype, shape, shard, offset and size from the index's
 * BundleEntryProto values (tensorflow/core/protobuf/tensor_bundle.proto), checked against the
 * shard files' sizes, never reading the shards. Optimizer slots and save counters are reported
 * as optimizer state, BatchNorm moving statistics as buffers.
 */









/** BundleHeaderProto and BundleEntryProto field numbers. */
const HEADER = { numShards: 1, endianness: 2 };
const ENTRY = { dtype: 1, shape: 2, shardId: 3, offset: 4, size: 5, slices: 7 };
/** TensorShapeProto: repeated Dim dim = 2 (Dim.size = 1), bool unknown_rank = 3. */
const SHAPE = { dim: 2, unknownRank: 3, dimSize: 1 };
/** A bound on shards named by a hostile header. */
const bundle_MAX_SHARDS = 100_000;
/** Reads the tensor shape message; dims must be known (checkpointed variables always are). */
function bundle_decodeShape(bytes, what) {
    const dims = [];
    eachField(bytes, what, (f) => {
        if (f.no === SHAPE.dim) {
            let size = 0;
            eachField(f.bytes(), what, (d) => {
                if (d.no === SHAPE.dimSize)
                    size = d.varint();
            });
            dims.push(size);
        }
        else if (f.no === SHAPE.unknownRank && f.varint() !== 0) {
            throw new ProtoError(`${what}: shape of unknown rank`);
        }
    });
    return dims;
}
function shapeElements(dims, what) {
    let n = 1;
    for (const d of dims) {
        n *= d;
        if (!Number.isSafeInteger(n))
            throw new ProtoError(`${what}: element count overflows`);
    }
    return n;
}
/** Bytes of `elements` values of a TensorFlow dtype, or null for variable-size types (string). */
function tfBytes(dtype, elements) {
    if ((0,graph_dtype/* isDType */.Zn)(dtype))
        return dtype === 'string' ? null : (0,graph_dtype/* bytesFor */.D_)(dtype, elements);
    const bits = TF_ONLY_BITS.get(dtype);
    return bits === undefined ? null : (elements * bits) / 8;
}
const OPTIMIZER_NAME = /(^|\/)(\.OPTIMIZER_SLOT|optimizer|save_counter|global_step|beta[12]_power)(\/|$)|\/(Adam|Adam_1|Momentum|RMSProp|RMSProp_1|Adagrad|Ftrl|Ftrl_1|ExponentialMovingAverage)$/;
const BUFFER_NAME = /(^|\/)(moving_mean|moving_variance|num_batches_tracked)(\/|$)/;
/** What a checkpoint variable is, by its name and dtype. */
function variableRole(name, dtype) {
    if (OPTIMIZER_NAME.test(name))
        return 'optimizer';
    if (name === '_CHECKPOINTABLE_OBJECT_GRAPH')
        return 'non-weight';
    if (BUFFER_NAME.test(name))
        return 'buffer';
    if ((0,graph_dtype/* isDType */.Zn)(dtype))
        return (0,graph_dtype/* isWeightDType */.TW)(dtype) ? 'param' : 'non-weight';
    return TF_ONLY_BITS.has(dtype) && dtype !== 'qint32' ? 'param' : 'non-weight';
}
/**
 * Reads the bundle whose index is `indexPath`; shard paths in the result are relative to
 * `relativeTo` (the model's folder). Throws ModelFileError for a bad index, a missing shard, or
 * an entry whose bytes lie outside its shard.
 */
function readBundle(indexPath, relativeTo) {
    const entries = withRandomAccessFile(indexPath, (file) => readTable(file));
    const fail = (msg) => {
        throw new errors/* ModelFileError */.EO(indexPath, msg);
    };
    let numShards = 1;
    const tensors = [];
    const pending = [];
    try {
        for (const { key, value } of entries) {
            if (key.length === 0) {
                eachField(value, 'bundle header', (f) => {
                    if (f.no === HEADER.numShards)
                        numShards = f.varint();
                    else if (f.no === HEADER.endianness && f.varint() !== 0)
                        fail('the checkpoint is big-endian, which this reader does not read');
                });
                if (numShards < 1 || numShards > bundle_MAX_SHARDS)
                    fail(`the bundle header names ${numShards} shards`);
                continue;
            }
            // Keys of partitioned variables' slices start with a zero byte; their full entry counts.
            if (key[0] === 0)
                continue;
            const name = key.toString('utf8');
            let dtypeCode = 0;
            let dims = [];
            let shard = 0;
            let offset = 0;
            let size = 0;
            let sliced = false;
            const what = `variable ${JSON.stringify(name)}`;
            eachField(value, what, (f) => {
                if (f.no === ENTRY.dtype)
                    dtypeCode = f.varint();
                else if (f.no === ENTRY.shape)
                    dims = bundle_decodeShape(f.bytes(), what);
                else if (f.no === ENTRY.shardId)
                    shard = f.varint();
                else if (f.no === ENTRY.offset)
                    offset = f.varint();
                else if (f.no === ENTRY.size)
                    size = f.varint();
                else if (f.no === ENTRY.slices)
                    sliced = true;
            });
            const dtype = tfDtype(dtypeCode);
            const elements = shapeElements(dims, what);
            const expected = tfBytes(dtype, elements);
            if (!sliced && expected !== null && expected !== size)
                fail(`${what}: ${dtype} ${JSON.stringify(dims)} needs ${expected} bytes but the index says ${size}`);
            const t = { name, dtype, dims, elements, bytes: sliced ? expected ?? 0 : size, role: variableRole(name, dtype) };
            tensors.push(t);
            if (!sliced)
                pending.push({ t, shard, offset });
        }
    }
    catch (e) {
        if (e instanceof ProtoError)
            fail(`not a valid TensorFlow checkpoint index: ${e.message}`);
        throw e;
    }
    const shardPaths = shardPathsOf(indexPath, numShards);
    const shardSizes = new Map();
    for (const { t, shard, offset } of pending) {
        if (shard >= numShards)
            fail(`variable ${JSON.stringify(t.name)} is in shard ${shard} but the bundle has ${numShards}`);
        let shardSize = shardSizes.get(shard);
        if (shardSize === undefined) {
            shardSize = shardFileSize(shardPaths[shard]);
            shardSizes.set(shard, shardSize);
        }
        if (offset + t.bytes > shardSize)
            fail(`variable ${JSON.stringify(t.name)} needs bytes ${offset}..${offset + t.bytes} of ${(0,external_node_path_.basename)(shardPaths[shard])}, which has ${shardSize}`);
    }
    return { tensors, numShards, shardFiles: shardPaths.map((p) => (0,external_node_path_.relative)(relativeTo, p) || (0,external_node_path_.basename)(p)) };
}
function shardPathsOf(indexPath, numShards) {
    const prefix = indexPath.replace(/\.index$/, '');
    return Array.from({ length: numShards }, (_, i) => `${prefix}.data-${String(i).padStart(5, '0')}-of-${String(numShards).padStart(5, '0')}`);
}
/**
 * The data shard files an index names (its header's shard count), relative to `relativeTo`,
 * without checking them: what io/ must fetch beside the index. Throws ModelFileError for a bad index.
 */
function bundleShardFiles(indexPath, relativeTo) {
    const entries = withRandomAccessFile(indexPath, (file) => readTable(file));
    let numShards = 1;
    const header = entries.find((e) => e.key.length === 0);
    try {
        if (header)
            eachField(header.value, 'bundle header', (f) => {
                if (f.no === HEADER.numShards)
                    numShards = f.varint();
            });
    }
    catch (e) {
        if (e instanceof ProtoError)
            throw new errors/* ModelFileError */.EO(indexPath, `not a valid TensorFlow checkpoint index: ${e.message}`);
        throw e;
    }
    if (numShards < 1 || numShards > bundle_MAX_SHARDS)
        throw new errors/* ModelFileError */.EO(indexPath, `the bundle header names ${numShards} shards`);
    return shardPathsOf(indexPath, numShards).map((p) => (0,external_node_path_.relative)(relativeTo, p) || (0,external_node_path_.basename)(p));
}
function shardFileSize(path) {
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile())
            throw new errors/* ModelFileError */.EO(path, 'checkpoint shard is not a regular file');
        return st.size;
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            throw e;
        throw new errors/* ModelFileError */.EO(path, `checkpoint shard missing or unreadable: ${describeFsError(e)}`);
    }
}
/** The index of a SavedModel's variables, beside its `saved_model.pb`. */
function savedModelIndexPath(savedModelPb) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(savedModelPb), 'variables', 'variables.index');
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/graph-proto.js
/**
 * TensorFlow graph messages decoded by field number (graph.proto, node_def.proto,
 * attr_value.proto, tensor.proto, tensor_shape.proto, function.proto, op_def.proto,
 * meta_graph.proto, saved_model.proto): nodes with their inputs and attributes, library
 * functions with their signatures and return maps, and a SavedModel's serving signature.
 * Tensor payloads are never copied: a tensor keeps its dtype, dims, stored byte count and, for
 * small integer and tiny float tensors, its values (shape arithmetic: Reshape targets, axes, paddings).
 */


const GRAPH = { node: 1, library: 2, version: 3, versions: 4 };
const LIBRARY = { function: 1 };
const FUNCTION = { signature: 1, nodeDef: 3, ret: 4 };
const OPDEF = { name: 1, inputArg: 2, outputArg: 3 };
const ARGDEF_NAME = 1;
const NODE = { name: 1, op: 2, input: 3, attr: 5 };
const MAP_ENTRY = { key: 1, value: 2 };
const ATTR = { list: 1, s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7, tensor: 8, placeholder: 9, func: 10 };
const LIST = { s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7 };
const NAME_ATTR_LIST_NAME = 1;
const graph_proto_SHAPE = { dim: 2, unknownRank: 3, dimSize: 1 };
const graph_proto_TENSOR = { dtype: 1, shape: 2, content: 4, floatVal: 5, intVal: 7, int64Val: 10 };
const SAVED_MODEL = { schemaVersion: 1, metaGraphs: 2 };
const META_GRAPH = { graphDef: 2, signatureDef: 5 };
const SIGNATURE = { inputs: 1, outputs: 2 };
const TENSOR_INFO_NAME = 1;
/** Integer tensors up to this many elements keep their values (the engine folds up to 4096). */
const graph_proto_MAX_INT_VALUES = 4096;
/** Float tensors up to this many elements keep their values. */
const MAX_FLOAT_VALUES = 64;
/** A rank beyond any real tensor's: a bound on what a hostile shape makes us hold. */
const MAX_SHAPE_DIMS = 64;
function decodeTfShape(bytes, what) {
    const dims = [];
    let unknownRank = false;
    eachField(bytes, what, (f) => {
        if (f.no === graph_proto_SHAPE.dim) {
            if (dims.length >= MAX_SHAPE_DIMS)
                throw new ProtoError(`${what}: a shape of more than ${MAX_SHAPE_DIMS} dims`);
            let size = 0;
            eachField(f.bytes(), what, (d) => {
                if (d.no === graph_proto_SHAPE.dimSize)
                    size = d.int64();
            });
            dims.push(size);
        }
        else if (f.no === graph_proto_SHAPE.unknownRank && f.varint() !== 0) {
            unknownRank = true;
        }
    });
    return unknownRank ? undefined : dims;
}
function isIntDtype(dtype) {
    return /^u?int(8|16|32|64)$/.test(dtype);
}
function graph_proto_decodeTensor(bytes, what) {
    let dtype = 'float32';
    let dims = [];
    let content = null;
    // Listed values: packed runs kept as views, decoded below only for a small tensor.
    const listed = [];
    eachField(bytes, what, (f) => {
        if (f.no === graph_proto_TENSOR.dtype)
            dtype = tfDtype(f.varint());
        else if (f.no === graph_proto_TENSOR.shape)
            dims = decodeTfShape(f.bytes(), what);
        else if (f.no === graph_proto_TENSOR.content)
            content = f.bytes();
        else if (f.no === graph_proto_TENSOR.intVal || f.no === graph_proto_TENSOR.int64Val || f.no === graph_proto_TENSOR.floatVal) {
            const float = f.no === graph_proto_TENSOR.floatVal;
            if (f.wire === proto_WIRE.LEN)
                listed.push({ float, packed: f.bytes() });
            else if (listed.length <= graph_proto_MAX_INT_VALUES)
                listed.push({ float, one: (float ? f.floats() : f.ints())[0] });
        }
    });
    if (dims === undefined)
        throw new ProtoError(`${what}: a constant of unknown rank`);
    for (const d of dims)
        if (d < 0)
            throw new ProtoError(`${what}: dim ${d}`);
    const elements = dims.reduce((a, b) => a * b, 1);
    if (!Number.isSafeInteger(elements))
        throw new ProtoError(`${what}: element count overflows`);
    const c = content;
    let values;
    const small = isIntDtype(dtype) ? elements <= graph_proto_MAX_INT_VALUES : dtype.startsWith('float') && elements <= MAX_FLOAT_VALUES;
    if (small) {
        const stored = [];
        for (const l of listed) {
            if (stored.length > elements)
                break;
            if (l.one !== undefined)
                stored.push(l.one);
            else if (l.packed !== undefined && l.packed.byteLength <= 10 * (graph_proto_MAX_INT_VALUES + 1))
                stored.push(...(l.float ? packedFloats(l.packed, what) : packedInts(l.packed, what)));
            else
                stored.length = elements + 1;
        }
        if (c !== null)
            values = contentValues(c, dtype, elements);
        else if (stored.length > 0 && stored.length <= elements) {
            // A shorter list repeats its last value (TensorFlow fills the shape with it).
            const s = stored;
            values = Array.from({ length: elements }, (_, i) => s[Math.min(i, s.length - 1)]);
        }
        else if (listed.length === 0 && elements > 0)
            values = new Array(elements).fill(0);
    }
    return { dtype, dims, contentBytes: c === null ? null : c.byteLength, ...(values ? { values } : {}) };
}
function contentValues(c, dtype, elements) {
    const dv = new DataView(c.buffer, c.byteOffset, c.byteLength);
    const width = { int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, int64: 8, uint64: 8, float32: 4, float64: 8 };
    const w = width[dtype];
    if (w === undefined || c.byteLength !== w * elements)
        return undefined;
    return Array.from({ length: elements }, (_, i) => {
        switch (dtype) {
            case 'int8': return dv.getInt8(i);
            case 'uint8': return dv.getUint8(i);
            case 'int16': return dv.getInt16(2 * i, true);
            case 'uint16': return dv.getUint16(2 * i, true);
            case 'int32': return dv.getInt32(4 * i, true);
            case 'uint32': return dv.getUint32(4 * i, true);
            case 'float32': return dv.getFloat32(4 * i, true);
            case 'float64': return dv.getFloat64(8 * i, true);
            default: return Number(dtype === 'int64' ? dv.getBigInt64(8 * i, true) : dv.getBigUint64(8 * i, true));
        }
    });
}
function decodeAttr(bytes, what) {
    let out;
    eachField(bytes, what, (f) => {
        switch (f.no) {
            case ATTR.s:
                out = { kind: 's', value: f.string() };
                break;
            case ATTR.i:
                out = { kind: 'i', value: f.int64() };
                break;
            case ATTR.f:
                out = { kind: 'f', value: f.floats()[0] };
                break;
            case ATTR.b:
                out = { kind: 'b', value: f.varint() !== 0 };
                break;
            case ATTR.type:
                out = { kind: 'type', value: tfDtype(f.varint()) };
                break;
            case ATTR.shape:
                out = { kind: 'shape', value: decodeTfShape(f.bytes(), what) };
                break;
            case ATTR.tensor:
                out = { kind: 'tensor', value: graph_proto_decodeTensor(f.bytes(), what) };
                break;
            case ATTR.placeholder:
                out = { kind: 'placeholder', value: f.string() };
                break;
            case ATTR.func: {
                let name = '';
                eachField(f.bytes(), what, (nf) => {
                    if (nf.no === NAME_ATTR_LIST_NAME)
                        name = nf.string();
                });
                out = { kind: 'func', value: name };
                break;
            }
            case ATTR.list:
                out = decodeList(f.bytes(), what);
                break;
            default: break;
        }
    });
    return out;
}
function decodeList(bytes, what) {
    const i = [], fl = [], s = [], type = [], shape = [];
    eachField(bytes, what, (f) => {
        if (f.no === LIST.s)
            s.push(f.string());
        else if (f.no === LIST.i)
            i.push(...f.ints());
        else if (f.no === LIST.f)
            fl.push(...f.floats());
        else if (f.no === LIST.b)
            i.push(...f.ints());
        else if (f.no === LIST.type)
            type.push(...f.ints().map(tfDtype));
        else if (f.no === LIST.shape)
            shape.push(decodeTfShape(f.bytes(), what));
    });
    return { kind: 'list', i, f: fl, s, type, shape };
}
function graph_proto_decodeNode(bytes) {
    let name = '';
    let op = '';
    const inputs = [];
    const attrs = new Map();
    eachField(bytes, 'NodeDef', (f) => {
        if (f.no === NODE.name)
            name = f.string();
        else if (f.no === NODE.op)
            op = f.string();
        else if (f.no === NODE.input)
            inputs.push(f.string());
        else if (f.no === NODE.attr) {
            let key = '';
            let value;
            eachField(f.bytes(), 'NodeDef attr', (af) => {
                if (af.no === MAP_ENTRY.key)
                    key = af.string();
                else if (af.no === MAP_ENTRY.value)
                    value = decodeAttr(af.bytes(), `node ${JSON.stringify(name.slice(0, 200))} attr ${JSON.stringify(key.slice(0, 80))}`);
            });
            if (value !== undefined)
                attrs.set(key, value);
        }
    });
    return { name, op, inputs, attrs };
}
function graph_proto_decodeFunction(bytes) {
    let name = '';
    const inputArgs = [];
    const outputArgs = [];
    const nodes = [];
    const ret = new Map();
    const argName = (b) => {
        let n = '';
        eachField(b, 'ArgDef', (af) => {
            if (af.no === ARGDEF_NAME)
                n = af.string();
        });
        return n;
    };
    eachField(bytes, 'FunctionDef', (f) => {
        if (f.no === FUNCTION.signature) {
            eachField(f.bytes(), 'OpDef', (of) => {
                if (of.no === OPDEF.name)
                    name = of.string();
                else if (of.no === OPDEF.inputArg)
                    inputArgs.push(argName(of.bytes()));
                else if (of.no === OPDEF.outputArg)
                    outputArgs.push(argName(of.bytes()));
            });
        }
        else if (f.no === FUNCTION.nodeDef) {
            nodes.push(graph_proto_decodeNode(f.bytes()));
        }
        else if (f.no === FUNCTION.ret) {
            const [k, v] = mapEntry(f.bytes(), 'FunctionDef ret');
            ret.set(k, v);
        }
    });
    return { name, inputArgs, outputArgs, nodes, ret };
}
function mapEntry(bytes, what) {
    let k = '', v = '';
    eachField(bytes, what, (f) => {
        if (f.no === MAP_ENTRY.key)
            k = f.string();
        else if (f.no === MAP_ENTRY.value)
            v = f.string();
    });
    return [k, v];
}
/** Decodes a GraphDef. Throws ProtoError for bytes that are not one. */
function graph_proto_decodeGraphDef(bytes) {
    const nodes = [];
    const functions = new Map();
    let functionCount = 0;
    eachField(bytes, 'GraphDef', (f) => {
        if (f.no === GRAPH.node) {
            nodes.push(graph_proto_decodeNode(f.bytes()));
        }
        else if (f.no === GRAPH.library) {
            eachField(f.bytes(), 'function library', (lf) => {
                if (lf.no !== LIBRARY.function)
                    return;
                const fn = graph_proto_decodeFunction(lf.bytes());
                functionCount++;
                if (!functions.has(fn.name))
                    functions.set(fn.name, fn);
            });
        }
        else if (f.no === GRAPH.versions) {
            f.bytes();
        }
        else if (f.no !== GRAPH.version) {
            // GraphDef has fields 1-4 only (3 is the deprecated version); anything else is not one.
            throw new ProtoError(`GraphDef: unexpected field ${f.no}`);
        }
    });
    if (nodes.length === 0 && functionCount === 0)
        throw new ProtoError('GraphDef: the graph has no nodes');
    return { nodes, functions, functionCount };
}
function decodeSignature(bytes, name) {
    const inputs = new Map();
    const outputs = new Map();
    eachField(bytes, 'SignatureDef', (f) => {
        if (f.no !== SIGNATURE.inputs && f.no !== SIGNATURE.outputs)
            return;
        let key = '';
        let tensor = '';
        eachField(f.bytes(), 'SignatureDef entry', (ef) => {
            if (ef.no === MAP_ENTRY.key)
                key = ef.string();
            else if (ef.no === MAP_ENTRY.value) {
                eachField(ef.bytes(), 'TensorInfo', (tf) => {
                    if (tf.no === TENSOR_INFO_NAME)
                        tensor = tf.string();
                });
            }
        });
        (f.no === SIGNATURE.inputs ? inputs : outputs).set(key, tensor);
    });
    return { name, inputs, outputs };
}
/** The GraphDef and signatures of a SavedModel's first MetaGraph. Throws ProtoError for bytes that are not a SavedModel. */
function decodeSavedModel(bytes) {
    let graph = null;
    const signatures = [];
    eachField(bytes, 'SavedModel', (f) => {
        if (f.no === SAVED_MODEL.metaGraphs && graph === null) {
            eachField(f.bytes(), 'MetaGraphDef', (mf) => {
                if (mf.no === META_GRAPH.graphDef && graph === null)
                    graph = mf.bytes();
                else if (mf.no === META_GRAPH.signatureDef) {
                    let key = '';
                    let sig = null;
                    eachField(mf.bytes(), 'MetaGraphDef signature_def', (sf) => {
                        if (sf.no === MAP_ENTRY.key)
                            key = sf.string();
                        else if (sf.no === MAP_ENTRY.value)
                            sig = sf.bytes();
                    });
                    if (sig !== null)
                        signatures.push(decodeSignature(sig, key));
                }
            });
        }
        else if (f.no !== SAVED_MODEL.schemaVersion && f.no !== SAVED_MODEL.metaGraphs) {
            throw new ProtoError(`SavedModel: unexpected field ${f.no}`);
        }
    });
    if (graph === null)
        throw new ProtoError('SavedModel: no MetaGraph with a GraphDef');
    return { graph: graph_proto_decodeGraphDef(graph), signatures };
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/graphdef.js




/** The weights of a decoded graph: every Const node's tensor, main graph and function bodies. */
function summarizeGraph(g) {
    const out = { tensors: [], nodes: 0, functions: g.functionCount, opTypes: new Map() };
    const visit = (n, scope) => {
        out.nodes++;
        out.opTypes.set(n.op, (out.opTypes.get(n.op) ?? 0) + 1);
        const value = n.attrs.get('value');
        if (n.op === 'Const' && value?.kind === 'tensor')
            out.tensors.push(constTensor(`${scope}${n.name}`, value.value));
    };
    for (const n of g.nodes)
        visit(n, '');
    for (const fn of g.functions.values())
        for (const n of fn.nodes)
            visit(n, `${fn.name}/`);
    return out;
}
/** Decodes a GraphDef's weights. Throws ProtoError for bytes that are not one. */
function readGraphDef(bytes) {
    return summarizeGraph(decodeGraphDef(bytes));
}
function constTensor(name, t) {
    const what = `Const ${JSON.stringify(name)}`;
    const elements = shapeElements(t.dims, what);
    const logical = tfBytes(t.dtype, elements);
    if (t.contentBytes !== null && logical !== null && t.contentBytes !== logical) {
        throw new ProtoError(`${what}: ${t.dtype} ${JSON.stringify(t.dims)} needs ${logical} bytes but tensor_content has ${t.contentBytes}`);
    }
    // Scalars are hyper-parameters (epsilon, alpha, axis), not weights.
    const weight = elements > 1 && (0,graph_dtype/* isDType */.Zn)(t.dtype) && (0,graph_dtype/* isWeightDType */.TW)(t.dtype);
    return { name, dtype: t.dtype, dims: t.dims, elements, bytes: t.contentBytes ?? logical ?? 0, role: weight ? 'param' : 'non-weight' };
}
/** A varint from `head` at `at`: its value and the position after it, or null when cut or too long. */
function headVarint(head, at) {
    let value = 0;
    for (let i = 0; i < 4 && at + i < head.length; i++) {
        const b = head[at + i];
        value += (b & 0x7f) * 2 ** (7 * i);
        if (b < 0x80)
            return { value, next: at + i + 1 };
    }
    return null;
}
/** Characters TensorFlow allows in node names (`[A-Za-z0-9.][A-Za-z0-9_>./-]*`) and op names. */
const NODE_NAME_START = /^[A-Za-z0-9.]$/;
const NODE_NAME_CHAR = /^[A-Za-z0-9_>./-]$/;
const OP_NAME_START = /^[A-Za-z_]$/;
const OP_NAME_CHAR = /^[A-Za-z0-9_]$/;
function nameFits(head, from, length, start, rest) {
    for (let i = 0; i < length && from + i < head.length; i++) {
        if (!(i === 0 ? start : rest).test(String.fromCharCode(head[from + i])))
            return false;
    }
    return true;
}
/**
 * A frozen GraphDef's first bytes (protobuf has no magic): writers put the nodes first, and a
 * node starts with its name then its op, so the head reads `0a <len> 0a <n> <node name> 12 <m>
 * <op name>` with TensorFlow's name characters; as far as the head goes, every byte must fit.
 */
function looksLikeGraphDef(head) {
    if (head[0] !== 0x0a)
        return false;
    const node = headVarint(head, 1);
    if (!node || node.value < 4 || head[node.next] !== 0x0a)
        return false;
    const name = headVarint(head, node.next + 1);
    if (!name || name.value < 1 || name.value + 2 > node.value)
        return false;
    if (!nameFits(head, name.next, name.value, NODE_NAME_START, NODE_NAME_CHAR))
        return false;
    const opTag = name.next + name.value;
    if (opTag >= head.length)
        return name.next < head.length;
    if (head[opTag] !== 0x12)
        return false;
    const op = headVarint(head, opTag + 1);
    if (op === null)
        return opTag + 1 >= head.length;
    return op.value >= 1 && op.value <= 128 && nameFits(head, op.next, op.value, OP_NAME_START, OP_NAME_CHAR);
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/to-ir.js




const TF_DOMAIN = 'tensorflow';
const to_ir_ONNX_OPSET = 17;
/** Deepest chain of inlined function calls (Keras models nest a few: signature wrapper, model, layer). */
const MAX_CALL_DEPTH = 32;
/** Most nodes the inlined graph may have: what one profile runs at most. */
const MAX_INLINED_NODES = limits/* MAX_EXECUTED_NODES */.RY;
/** Most nodes inlining may visit, aliases (Identity, ReadVariableOp) and calls included. */
const MAX_VISITED_NODES = 4 * MAX_INLINED_NODES;
/** Largest dim a shape may state (TensorFlow's own kernels index with int32 on most paths). */
const to_ir_MAX_DIM = 2 ** 31 - 1;
/** A graph that cannot be built (a function calling itself, a runaway expansion): bad input. */
class TfGraphError extends Error {
    name = 'TfGraphError';
}
const CALL_OPS = new Set(['StatefulPartitionedCall', 'PartitionedCall']);
const ALIAS_OPS = new Set(['Identity', 'ReadVariableOp', 'StopGradient', 'Snapshot', 'PreventGradient', 'EnsureShape', 'CheckNumerics', 'IdentityN']);
/** Checkpoint and bookkeeping ops: no part of inference (a SavedModel's saver functions are made of them). */
const BOOKKEEPING_OPS = new Set([
    'NoOp', 'SaveV2', 'RestoreV2', 'MergeV2Checkpoints', 'ShardedFilename', 'StringJoin', 'AssignVariableOp',
    'AssignAddVariableOp', 'AssignSubVariableOp', 'Assert', 'VarIsInitializedOp', 'DestroyResourceOp', 'Pack_saver',
]);
const VARIABLE_OPS = new Set(['VarHandleOp', 'VariableV2', 'Variable']);
/** Output arg names of the multi-output ops whose later outputs function bodies refer to (`bn:batch_mean:0`). */
const OUTPUT_ARGS = {
    FusedBatchNorm: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV2: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV3: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2', 'reserve_space_3'],
    Unique: ['y', 'idx'],
    TopKV2: ['values', 'indices'],
};
const q = (s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}...` : s);
/** The value name a main-graph input refers to (`a` -> `a:0`), or null for a control input. */
function mainRef(raw) {
    if (raw.startsWith('^'))
        return null;
    return /:\d+$/.test(raw) ? raw : `${raw}:0`;
}
class Flattener {
    functions;
    nodes = [];
    aliases = new Map();
    missingFunctions = new Map();
    stack = [];
    constructor(functions) {
        this.functions = functions;
    }
    /** Nodes visited while inlining (aliases and calls too): what a hostile call tree can blow up. */
    visited = 0;
    add(nodes, prefix, ref) {
        for (const n of nodes) {
            if (++this.visited > MAX_VISITED_NODES)
                throw new TfGraphError(`inlining the graph's function calls visits more than ${MAX_VISITED_NODES.toLocaleString('en-US')} nodes`);
            const name = `${prefix}${n.name}`;
            const inputs = n.inputs.map(ref).filter((r) => r !== null);
            const f = n.attrs.get('f');
            const callee = CALL_OPS.has(n.op) ? (f?.kind === 'func' ? f.value : '') : this.functions.has(n.op) ? n.op : null;
            if (callee !== null) {
                const fn = this.functions.get(callee);
                if (fn) {
                    this.inline(name, fn, inputs);
                    continue;
                }
                this.missingFunctions.set(callee, (this.missingFunctions.get(callee) ?? 0) + 1);
            }
            else if (ALIAS_OPS.has(n.op)) {
                const n0 = n.op === 'IdentityN' ? inputs.length : 1;
                for (let i = 0; i < n0; i++)
                    this.aliases.set(`${name}:${i}`, inputs[i] ?? '');
                continue;
            }
            if (this.nodes.length >= MAX_INLINED_NODES)
                throw new TfGraphError(`the graph expands to more than ${MAX_INLINED_NODES.toLocaleString('en-US')} nodes once its function calls are inlined`);
            this.nodes.push({ name, op: n.op, inputs, attrs: n.attrs });
        }
    }
    inline(callName, fn, inputs) {
        if (this.stack.includes(fn.name))
            throw new TfGraphError(`function ${q(fn.name)} calls itself (${[...this.stack, fn.name].map(q).join(' -> ')})`);
        if (this.stack.length >= MAX_CALL_DEPTH)
            throw new TfGraphError(`function calls nest deeper than ${MAX_CALL_DEPTH} (at ${q(fn.name)})`);
        const bindings = new Map();
        fn.inputArgs.forEach((a, i) => bindings.set(a, inputs[i] ?? ''));
        const opOf = new Map(fn.nodes.map((b) => [b.name, b.op]));
        const prefix = `${callName}/`;
        const ref = (raw) => {
            if (raw.startsWith('^'))
                return null;
            const bound = bindings.get(raw);
            if (bound !== undefined)
                return bound;
            // `node:out_arg:index`: the index counts within the op's output arg.
            const parts = raw.split(':');
            const node = parts[0];
            const index = parts.length >= 3 ? Number(parts[parts.length - 1]) : parts.length === 2 && /^\d+$/.test(parts[1]) ? Number(parts[1]) : 0;
            const arg = parts.length >= 3 ? parts[1] : '';
            const offset = Math.max(0, OUTPUT_ARGS[opOf.get(node) ?? '']?.indexOf(arg) ?? 0);
            return `${prefix}${node}:${(Number.isSafeInteger(index) ? index : 0) + offset}`;
        };
        this.stack.push(fn.name);
        this.add(fn.nodes, prefix, ref);
        fn.outputArgs.forEach((a, i) => {
            const r = fn.ret.get(a);
            this.aliases.set(`${callName}:${i}`, r === undefined ? '' : ref(r) ?? '');
        });
        this.stack.pop();
    }
    /** The value an alias chain ends at (each chain walked once: every alias on it is pointed at the end). */
    resolve(value) {
        const chain = [];
        const onChain = new Set();
        let v = value;
        while (this.aliases.has(v)) {
            if (onChain.has(v))
                throw new TfGraphError(`values alias each other in a cycle (at ${q(value)})`);
            onChain.add(v);
            chain.push(v);
            v = this.aliases.get(v);
        }
        for (const a of chain)
            this.aliases.set(a, v);
        return v;
    }
}
// ---- attributes --------------------------------------------------------------------------------
function attrInts(n, key) {
    const a = n.attrs.get(key);
    return a?.kind === 'list' ? a.i : undefined;
}
function attrString(n, key, def) {
    const a = n.attrs.get(key);
    return a?.kind === 's' ? a.value : def;
}
function attrBool(n, key) {
    const a = n.attrs.get(key);
    return a?.kind === 'b' ? a.value : false;
}
function attrFloat(n, key, def) {
    const a = n.attrs.get(key);
    return a?.kind === 'f' && Number.isFinite(a.value) ? a.value : def;
}
/** The dtype of a node's outputs (attr `T`, `dtype`, `out_type`), float32 when none says. */
function outputDtype(n) {
    for (const key of ['T', 'dtype', 'out_type', 'Tout']) {
        const a = n.attrs.get(key);
        if (a?.kind === 'type' && (0,graph_dtype/* isDType */.Zn)(a.value))
            return a.value;
    }
    return 'float32';
}
/** A stated shape as IR dims (-1 unknown), or a reason it cannot be one. */
function checkedShape(s) {
    if (s === undefined)
        return undefined;
    for (const d of s) {
        if (d < -1)
            return `dim ${d}`;
        if (d > to_ir_MAX_DIM)
            return `dim ${d} (more than ${to_ir_MAX_DIM})`;
    }
    return s.map((d) => (d === -1 ? null : d));
}
// ---- building --------------------------------------------------------------------------------
/** Why a node is left to the `tensorflow` domain (not costed), as a warning. */
class Uncosted extends Error {
}
class IrBuilder {
    names;
    nodes = [];
    initializers = new Map();
    inputs = [];
    valueInfo = [];
    warnings = [];
    /** Stated output shapes per node (from `_output_shapes`), index by output. */
    stated = new Map();
    seq = 0;
    /** `names`: the nodes' own names, which helper tensors must not take. */
    constructor(names) {
        this.names = names;
    }
    unique(name) {
        let n = name;
        while (this.names.has(n))
            n = `${name}_${++this.seq}`;
        this.names.add(n);
        return n;
    }
    /** Records a node's `_output_shapes` as value hints; a lying one is ignored with a warning. */
    outputShapes(n, outputs) {
        const a = n.attrs.get('_output_shapes');
        if (a === undefined)
            return;
        if (a.kind !== 'list' || a.shape.length === 0 || a.s.length + a.i.length + a.f.length + a.type.length > 0) {
            this.warnings.push(`node ${q(n.name)}: _output_shapes is not a list of shapes: ignored`);
            return;
        }
        const shapes = [];
        for (const s of a.shape) {
            const c = checkedShape(s);
            if (typeof c === 'string') {
                this.warnings.push(`node ${q(n.name)}: _output_shapes has ${c}: ignored`);
                return;
            }
            shapes.push(c);
        }
        this.stated.set(n.name, shapes);
        const dtype = outputDtype(n);
        for (let i = 0; i < Math.min(outputs, shapes.length); i++) {
            const shape = shapes[i];
            if (shape)
                this.valueInfo.push({ name: `${n.name}:${i}`, dtype, shape, kind: 'tensor' });
        }
    }
    statedShape(name, i = 0) {
        return this.stated.get(name)?.[i];
    }
    initializer(name, dtype, dims, values, storageKey) {
        const elements = dims.reduce((a, b) => a * b, 1);
        this.initializers.set(name, { name, dtype, dims, elements, byteSize: (0,graph_dtype/* bytesFor */.D_)(dtype, elements), storage: 'embedded', ...(values ? { values } : {}), ...(storageKey ? { storageKey } : {}) });
    }
    ints(name, values) {
        const n = this.unique(name);
        this.initializer(n, 'int64', [values.length], values);
        return n;
    }
    node(n, opType, inputs, attrs, domain = '') {
        const out = `${n.name}:0`;
        const attributes = irAttributes(attrs);
        // TFLite op definitions read their output types from the node, as a .tflite file states them.
        if (domain === TFLITE_DOMAIN)
            attributes.set(OUTPUT_TYPES_ATTR, { type: 'type_protos', value: [{ name: out, dtype: outputDtype(n), shape: this.statedShape(n.name), kind: 'tensor' }] });
        this.nodes.push({ name: n.name, opType, domain, inputs, outputs: [out], attributes });
    }
}
function filterOf(k, ref, what) {
    const t = ref === undefined ? undefined : k.initializers.get(ref);
    if (!t)
        throw new Uncosted(`its ${what} is not a constant or variable of known shape`);
    if (t.dims.length !== 4)
        throw new Uncosted(`its ${what} has rank ${t.dims.length}, not 4`);
    return t;
}
function constInts(k, ref, what) {
    const v = ref === undefined ? undefined : k.initializers.get(ref)?.values;
    if (!v)
        throw new Uncosted(`its ${what} is not a known constant`);
    return v;
}
function to_ir_window(n, key, nchw) {
    const v = attrInts(n, key) ?? [1, 1, 1, 1];
    if (v.length !== 4 || v.some((x) => !Number.isSafeInteger(x) || x < 1 || x > to_ir_MAX_DIM))
        throw new Uncosted(`${key} ${JSON.stringify(v.slice(0, 8))} is not 4 positive integers`);
    return nchw ? [v[2], v[3]] : [v[1], v[2]];
}
function to_ir_padding(n) {
    const p = attrString(n, 'padding', 'VALID');
    if (p !== 'SAME' && p !== 'VALID')
        throw new Uncosted(`padding ${q(p)} is not SAME or VALID`);
    return p;
}
function layout(n) {
    const f = attrString(n, 'data_format', 'NHWC');
    if (f !== 'NHWC' && f !== 'NCHW')
        throw new Uncosted(`data_format ${q(f)} is not NHWC or NCHW`);
    return f === 'NCHW';
}
const unary = (opType, attrs = () => ({}), domain = '') => (b, _k, n) => b.node(n, opType, n.inputs.slice(0, 1), attrs(n), domain);
const binary = (opType) => (b, _k, n) => b.node(n, opType, n.inputs.slice(0, 2), {});
const conv2d = (b, k, n) => {
    const nchw = layout(n);
    const w = filterOf(k, n.inputs[1], 'filter');
    const [kh, kw, cin, cout] = w.dims;
    const [sh, sw] = to_ir_window(n, 'strides', nchw);
    const [dh, dw] = to_ir_window(n, 'dilations', nchw);
    const pad = to_ir_padding(n);
    // The filter is stored HWIO; the op definitions read OHWI (TFLite) or OIHW (ONNX): the same
    // weights with their dims in that order (params count the stored tensor, once).
    const filter = b.unique(`${n.name}/filter_${nchw ? 'oihw' : 'ohwi'}`);
    b.initializer(filter, w.dtype, nchw ? [cout, cin, kh, kw] : [cout, kh, kw, cin], undefined, w.storageKey ?? w.name);
    if (nchw)
        b.node(n, 'Conv', [n.inputs[0], filter], { strides: [sh, sw], dilations: [dh, dw], auto_pad: pad === 'SAME' ? 'SAME_UPPER' : 'VALID' });
    else
        b.node(n, 'CONV_2D', [n.inputs[0], filter], { padding: pad, stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw }, TFLITE_DOMAIN);
};
const to_ir_depthwise = (b, k, n) => {
    if (layout(n))
        throw new Uncosted('NCHW depthwise convolution is not costed');
    const w = filterOf(k, n.inputs[1], 'filter');
    const [kh, kw, cin, mult] = w.dims;
    const [sh, sw] = to_ir_window(n, 'strides', false);
    const [dh, dw] = to_ir_window(n, 'dilations', false);
    const filter = b.unique(`${n.name}/filter_1hwc`);
    b.initializer(filter, w.dtype, [1, kh, kw, cin * mult], undefined, w.storageKey ?? w.name);
    b.node(n, 'DEPTHWISE_CONV_2D', [n.inputs[0], filter], { padding: to_ir_padding(n), stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw, depth_multiplier: mult }, TFLITE_DOMAIN);
};
function to_ir_pool(tflite, onnx) {
    return (b, _k, n) => {
        const nchw = layout(n);
        const [kh, kw] = to_ir_window(n, 'ksize', nchw);
        const [sh, sw] = to_ir_window(n, 'strides', nchw);
        const pad = to_ir_padding(n);
        if (nchw)
            b.node(n, onnx, n.inputs.slice(0, 1), { kernel_shape: [kh, kw], strides: [sh, sw], auto_pad: pad === 'SAME' ? 'SAME_UPPER' : 'VALID' });
        else
            b.node(n, tflite, n.inputs.slice(0, 1), { padding: pad, filter_height: kh, filter_width: kw, stride_h: sh, stride_w: sw }, TFLITE_DOMAIN);
    };
}
const biasAdd = (b, k, n) => {
    if (!layout(n))
        return b.node(n, 'Add', n.inputs.slice(0, 2), {});
    // NCHW: the [C] bias broadcast over [N, C, H, W] is the same weights as [C, 1, 1].
    const bias = k.initializers.get(n.inputs[1] ?? '');
    if (!bias || bias.dims.length !== 1)
        throw new Uncosted('an NCHW bias that is not a constant vector');
    const view = b.unique(`${n.name}/bias_c11`);
    b.initializer(view, bias.dtype, [bias.dims[0], 1, 1], undefined, bias.storageKey ?? bias.name);
    b.node(n, 'Add', [n.inputs[0], view], {});
};
const matmul = (b, _k, n) => b.node(n, 'Gemm', n.inputs.slice(0, 2), { transA: attrBool(n, 'transpose_a') ? 1 : 0, transB: attrBool(n, 'transpose_b') ? 1 : 0 });
const batchMatmul = (b, _k, n) => b.node(n, 'BATCH_MATMUL', n.inputs.slice(0, 2), { adj_x: attrBool(n, 'adj_x') ? 1 : 0, adj_y: attrBool(n, 'adj_y') ? 1 : 0 }, TFLITE_DOMAIN);
const fusedBatchNorm = (b, _k, n) => {
    if (n.inputs.length < 5)
        throw new Uncosted(`has ${n.inputs.length} inputs, not 5`);
    b.node(n, 'BatchNormalization', n.inputs.slice(0, 5), { epsilon: { float: attrFloat(n, 'epsilon', 0.001) } });
};
function reduce(opType) {
    return (b, k, n) => {
        const axes = constInts(k, n.inputs[1], 'axes');
        b.node(n, opType, n.inputs.slice(0, 1), { axes: [...axes], keepdims: attrBool(n, 'keep_dims') ? 1 : 0 });
    };
}
const concat = (b, k, n) => {
    const axis = constInts(k, n.inputs[n.inputs.length - 1], 'axis');
    if (axis.length !== 1)
        throw new Uncosted('its axis is not a scalar');
    b.node(n, 'Concat', n.inputs.slice(0, -1), { axis: axis[0] });
};
function pad(mode) {
    return (b, k, n) => {
        const p = constInts(k, n.inputs[1], 'paddings');
        if (p.length % 2 !== 0)
            throw new Uncosted('its paddings are not pairs');
        // TensorFlow pairs [[begin, end], ...] -> ONNX [begins..., ends...].
        const pads = [...p.filter((_, i) => i % 2 === 0), ...p.filter((_, i) => i % 2 === 1)];
        b.node(n, 'Pad', [n.inputs[0], b.ints(`${n.name}/pads`, pads)], { mode: mode(n) });
    };
}
const squeeze = (b, _k, n) => {
    const axes = attrInts(n, 'squeeze_dims') ?? attrInts(n, 'axis') ?? [];
    b.node(n, 'Squeeze', axes.length > 0 ? [n.inputs[0], b.ints(`${n.name}/axes`, axes)] : n.inputs.slice(0, 1), {});
};
/** Conv2DBackpropInput (a transposed convolution): inputs (input_sizes, filter [Kh, Kw, Cout, Cin], out_backprop). */
const conv2dTranspose = (b, k, n) => {
    if (layout(n))
        throw new Uncosted('NCHW transposed convolution is not costed');
    const sizes = constInts(k, n.inputs[0], 'input_sizes');
    if (sizes.length !== 4)
        throw new Uncosted('its input_sizes are not 4 values');
    const w = filterOf(k, n.inputs[1], 'filter');
    const [kh, kw, cout, cin] = w.dims;
    const [sh, sw] = to_ir_window(n, 'strides', false);
    // TFLite TRANSPOSE_CONV reads (output_shape, filter [Cout, Kh, Kw, Cin], input).
    const filter = b.unique(`${n.name}/filter_ohwi`);
    b.initializer(filter, w.dtype, [cout, kh, kw, cin], undefined, w.storageKey ?? w.name);
    b.node(n, 'TRANSPOSE_CONV', [b.ints(`${n.name}/output_shape`, sizes), filter, n.inputs[2]], { padding: to_ir_padding(n), stride_h: sh, stride_w: sw }, TFLITE_DOMAIN);
};
const transpose = (b, k, n) => b.node(n, 'Transpose', n.inputs.slice(0, 1), { perm: [...constInts(k, n.inputs[1], 'perm')] });
const expandDims = (b, k, n) => {
    const axis = constInts(k, n.inputs[1], 'axis');
    b.node(n, 'Unsqueeze', [n.inputs[0], b.ints(`${n.name}/axes`, axis)], {});
};
const OPS = {
    Conv2D: conv2d,
    DepthwiseConv2dNative: to_ir_depthwise,
    MaxPool: to_ir_pool('MAX_POOL_2D', 'MaxPool'),
    AvgPool: to_ir_pool('AVERAGE_POOL_2D', 'AveragePool'),
    MatMul: matmul,
    BatchMatMul: batchMatmul, BatchMatMulV2: batchMatmul, BatchMatMulV3: batchMatmul,
    BiasAdd: biasAdd, BiasAddV1: biasAdd,
    FusedBatchNorm: fusedBatchNorm, FusedBatchNormV2: fusedBatchNorm, FusedBatchNormV3: fusedBatchNorm,
    Relu: unary('Relu'), Relu6: unary('RELU6', () => ({}), TFLITE_DOMAIN), Sigmoid: unary('Sigmoid'), Tanh: unary('Tanh'),
    Elu: unary('Elu'), Selu: unary('Selu'), Softplus: unary('Softplus'),
    LeakyRelu: unary('LeakyRelu', (n) => ({ alpha: { float: attrFloat(n, 'alpha', 0.2) } })),
    Softmax: unary('Softmax', () => ({ axis: -1 })),
    Add: binary('Add'), AddV2: binary('Add'), Sub: binary('Sub'), Mul: binary('Mul'), RealDiv: binary('Div'),
    Maximum: binary('Max'), Minimum: binary('Min'), Pow: binary('Pow'),
    AddN: (b, _k, n) => b.node(n, 'Sum', n.inputs, {}),
    Exp: unary('Exp'), Log: unary('Log'), Sqrt: unary('Sqrt'), Neg: unary('Neg'), Abs: unary('Abs'),
    Conv2DBackpropInput: conv2dTranspose,
    Transpose: transpose, ExpandDims: expandDims,
    Reshape: (b, _k, n) => b.node(n, 'Reshape', n.inputs.slice(0, 2), {}),
    Squeeze: squeeze,
    Mean: reduce('ReduceMean'), Max: reduce('ReduceMax'),
    ConcatV2: concat,
    Pad: pad(() => 'constant'), PadV2: pad(() => 'constant'),
    MirrorPad: pad((n) => (attrString(n, 'mode', 'REFLECT') === 'SYMMETRIC' ? 'edge' : 'reflect')),
};
/** The signature a SavedModel is served with: `serving_default`, else the first by name. */
function servingSignature(signatures) {
    const usable = signatures.filter((s) => s.outputs.size > 0 && !s.name.startsWith('__'));
    return usable.find((s) => s.name === 'serving_default') ?? [...usable].sort((a, b) => a.name.localeCompare(b.name))[0];
}
function producerOf(value) {
    return value.slice(0, value.lastIndexOf(':'));
}
function tfToIr(g, info) {
    const flat = new Flattener(g.functions);
    flat.add(g.nodes, '', mainRef);
    const nodes = flat.nodes.map((n) => ({ ...n, inputs: n.inputs.map((i) => flat.resolve(i)) }));
    const byName = new Map(nodes.map((n) => [n.name, n]));
    // The graph's outputs: the signature's, or every value no node reads (checkpoint ops aside).
    let outputs;
    if (info.signature) {
        outputs = [...info.signature.outputs.values()].map((t) => flat.resolve(mainRef(t) ?? t));
    }
    else {
        const read = new Set(nodes.flatMap((n) => n.inputs));
        outputs = nodes.filter((n) => !BOOKKEEPING_OPS.has(n.op) && !VARIABLE_OPS.has(n.op) && n.op !== 'Const' && n.op !== 'Placeholder' && !read.has(`${n.name}:0`)).map((n) => `${n.name}:0`);
    }
    // Only what the outputs need: a SavedModel also holds its saver functions' ops.
    const keep = new Set();
    const stack = outputs.map(producerOf);
    while (stack.length > 0) {
        const name = stack.pop();
        const n = byName.get(name);
        if (!n || keep.has(name))
            continue;
        keep.add(name);
        for (const i of n.inputs)
            stack.push(producerOf(i));
    }
    const kept = nodes.filter((n) => keep.has(n.name));
    const maxOutput = new Map();
    for (const n of kept)
        for (const i of n.inputs) {
            const p = producerOf(i);
            maxOutput.set(p, Math.max(maxOutput.get(p) ?? 0, Number(i.slice(p.length + 1)) || 0));
        }
    for (const o of outputs)
        maxOutput.set(producerOf(o), Math.max(maxOutput.get(producerOf(o)) ?? 0, Number(o.slice(producerOf(o).length + 1)) || 0));
    const b = new IrBuilder(new Set(kept.map((n) => n.name)));
    let hasShapes = false;
    // Sources first: the op mappings look their filters and constants up.
    for (const n of kept) {
        b.outputShapes(n, (maxOutput.get(n.name) ?? 0) + 1);
        if (b.statedShape(n.name) !== undefined)
            hasShapes = true;
        const out = `${n.name}:0`;
        if (n.op === 'Const') {
            const v = n.attrs.get('value');
            if (v?.kind === 'tensor' && (0,graph_dtype/* isDType */.Zn)(v.value.dtype))
                b.initializer(out, v.value.dtype, v.value.dims, v.value.values);
        }
        else if (VARIABLE_OPS.has(n.op)) {
            const s = n.attrs.get('shape');
            const dims = s?.kind === 'shape' ? checkedShape(s.value) : undefined;
            const dtype = outputDtype(n);
            if (Array.isArray(dims) && dims.every((d) => typeof d === 'number'))
                b.initializer(out, dtype, dims);
            else
                b.inputs.push({ name: out, dtype, shape: undefined, kind: 'tensor' });
        }
        else if (n.op === 'Placeholder') {
            const s = n.attrs.get('shape');
            const stated = (s?.kind === 'shape' ? checkedShape(s.value) : undefined) ?? b.statedShape(n.name);
            if (typeof stated === 'string')
                b.warnings.push(`Placeholder ${q(n.name)}: shape has ${stated}: its shape is unknown`);
            const dims = Array.isArray(stated) ? stated.map((d, i) => (d !== null ? d : i === 0 ? 1 : `${n.name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 60)}_dim${i}`)) : undefined;
            if (dims)
                hasShapes = true;
            b.inputs.push({ name: out, dtype: outputDtype(n), shape: dims, kind: 'tensor' });
        }
    }
    const known = { initializers: b.initializers };
    for (const n of kept) {
        if (n.op === 'Const' || n.op === 'Placeholder' || VARIABLE_OPS.has(n.op))
            continue;
        const map = OPS[n.op];
        if (map) {
            try {
                map(b, known, n);
                continue;
            }
            catch (e) {
                if (!(e instanceof Uncosted))
                    throw e;
                b.warnings.push(`TensorFlow node ${q(n.name)} (${n.op}) is not costed: ${e.message}`);
            }
        }
        const count = (maxOutput.get(n.name) ?? 0) + 1;
        b.nodes.push({ name: n.name, opType: n.op, domain: TF_DOMAIN, inputs: n.inputs, outputs: Array.from({ length: count }, (_, i) => `${n.name}:${i}`), attributes: new Map() });
    }
    if (flat.missingFunctions.size > 0) {
        b.warnings.push(`calls to functions the library does not define (not costed, totals are a lower bound): ${[...flat.missingFunctions].map(([f, c]) => `${q(f)} x${c}`).join(', ')}`);
    }
    const valueInfoOf = (name) => {
        const init = b.initializers.get(name);
        if (init)
            return { name, dtype: init.dtype, shape: init.dims, kind: 'tensor' };
        const p = byName.get(producerOf(name));
        const shape = b.statedShape(producerOf(name), Number(name.slice(producerOf(name).length + 1)) || 0);
        return { name, dtype: p ? outputDtype(p) : undefined, shape, kind: 'tensor' };
    };
    const graph = {
        name: info.signature?.name ?? 'main',
        inputs: b.inputs,
        outputs: [...new Set(outputs)].filter((o) => o !== '').map(valueInfoOf),
        initializers: b.initializers,
        valueInfo: b.valueInfo,
        nodes: b.nodes,
    };
    return {
        model: {
            format: 'tensorflow',
            formatVersion: info.formatVersion,
            producer: '',
            opsetImports: new Map([['', to_ir_ONNX_OPSET], [TFLITE_DOMAIN, 1], [TF_DOMAIN, 1]]),
            graph,
            functions: [],
            metadata: info.metadata,
            fileBytes: info.fileBytes,
        },
        hasShapes,
        warnings: b.warnings,
    };
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/reader.js
/**
 * Reading TensorFlow models: a SavedModel folder through its `saved_model.pb` (params from
 * `variables/variables.index`, the shards checked by size) and a frozen GraphDef `.pb` (params
 * from its Const nodes). Costs come from the graph (formats/tensorflow/to-ir.ts) when it states
 * shapes; a graph without any is params only, said plainly in the profile.
 */









/** Protobuf messages are limited to 2 GiB; a larger "graph" is not one (and is never read whole). */
const MAX_GRAPH_BYTES = 2 ** 31 - 1;
const GRAPH_COSTS_UNAVAILABLE = 'the graph states no shapes (no _output_shapes, no Placeholder shape): MACs, FLOPs, memory access, peak memory and latency cannot be computed, params only';
function readProto(path, decode, kind) {
    const bytes = file_withOpenModel(path, (fd, size) => {
        if (size > MAX_GRAPH_BYTES)
            throw new errors/* ModelFileError */.EO(path, `${size} bytes is larger than a protobuf ${kind} can be (2 GiB)`);
        return readAll(fd, size, path);
    });
    try {
        return { value: decode(bytes), size: bytes.byteLength };
    }
    catch (e) {
        if (e instanceof ProtoError)
            throw new errors/* ModelFileError */.EO(path, `not a valid TensorFlow ${kind}: ${e.message}`);
        throw e;
    }
}
/**
 * A variable's or constant's name as a dotted layer path, so the per-layer breakdown groups it:
 * `model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE` -> `model.dense.kernel`.
 */
function layerPathName(name) {
    return name.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, '').replace(/\//g, '.');
}
function renamed(tensors) {
    return tensors.map((t) => ({ ...t, name: layerPathName(t.name) }));
}
function graphMetadata(g) {
    return [['graph nodes', String(g.nodes)], ['library functions', String(g.functions)]];
}
function summaryOf(path, g, kind) {
    try {
        return summarizeGraph(g);
    }
    catch (e) {
        if (e instanceof ProtoError)
            throw new errors/* ModelFileError */.EO(path, `not a valid TensorFlow ${kind}: ${e.message}`);
        throw e;
    }
}
/** The weights with the graph built from `g`, or params only (the reason in `costsUnavailable`). */
function withGraph(path, g, weights, formatVersion, fileBytes, signature) {
    let ir;
    try {
        ir = tfToIr(g, { formatVersion, fileBytes, metadata: weights.metadata, ...(signature ? { signature } : {}) });
    }
    catch (e) {
        if (e instanceof TfGraphError)
            throw new errors/* ModelFileError */.EO(path, `invalid TensorFlow graph: ${e.message}`);
        throw e;
    }
    if (!ir.hasShapes)
        return { weights: { ...weights, costsUnavailable: GRAPH_COSTS_UNAVAILABLE } };
    return { weights: { ...weights, warnings: [...weights.warnings, ...ir.warnings] }, graph: ir.model };
}
function readGraphDefFile(path) {
    const { value: g, size } = readProto(path, graph_proto_decodeGraphDef, 'GraphDef');
    const s = summaryOf(path, g, 'GraphDef');
    const weights = {
        tensors: renamed(s.tensors),
        metadata: new Map([...graphMetadata(s), ['constants', String(s.tensors.length)]]),
        warnings: [],
        sideFiles: [],
    };
    return withGraph(path, g, weights, 'GraphDef', size);
}
/** The `variables.data-*` files of a variables folder (none when there is no such folder). */
function dataShardsIn(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).filter((n) => n.startsWith('variables.data-')).sort();
    }
    catch {
        return [];
    }
}
function readSavedModelFile(path) {
    const { value: sm, size } = readProto(path, decodeSavedModel, 'SavedModel');
    const s = summaryOf(path, sm.graph, 'SavedModel');
    const signature = servingSignature(sm.signatures);
    const index = savedModelIndexPath(path);
    let weights;
    if (!(0,external_node_fs_.existsSync)(index)) {
        // A folder with variables but no index is a SavedModel missing a file, not one without variables.
        const shard = dataShardsIn((0,external_node_path_.join)((0,external_node_path_.dirname)(path), 'variables'))[0];
        if (shard !== undefined)
            throw new errors/* ModelFileError */.EO(path, `variables/variables.index is missing, but variables/ holds ${JSON.stringify(shard.slice(0, 80))}`);
        weights = {
            tensors: renamed(s.tensors),
            metadata: new Map(graphMetadata(s)),
            warnings: ['no variables/variables.index beside saved_model.pb: params are the graph\'s constants'],
            sideFiles: [],
        };
    }
    else {
        const bundle = readBundle(index, (0,external_node_path_.dirname)(path));
        weights = {
            tensors: renamed(bundle.tensors),
            metadata: new Map([...graphMetadata(s), ['variables', String(bundle.tensors.length)], ['shards', String(bundle.numShards)]]),
            warnings: [],
            sideFiles: ['variables/variables.index', ...bundle.shardFiles],
        };
    }
    if (signature)
        weights.metadata.set('signature', signature.name.slice(0, 80));
    return withGraph(path, sm.graph, weights, 'SavedModel', size, signature);
}
/**
 * Side files of a SavedModel: its variables index and shards. Without the folder on disk the
 * shard count is unknown: the single-shard name stands in (a re-saved model rewrites the index
 * too, so a change to any shard comes with a change to a listed file).
 */
function savedModelSideFiles(path, content) {
    const out = ['variables/variables.index', 'variables/variables.data-00000-of-00001'];
    if (content !== null && 'file' in content) {
        try {
            // The shards the index names, present or not: io/ fetches them beside the index.
            out.push(...bundleShardFiles(savedModelIndexPath(content.file), (0,external_node_path_.dirname)(content.file)));
        }
        catch (e) {
            if (!(e instanceof errors/* ModelFileError */.EO))
                throw e;
        }
    }
    void path;
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/format.js
/**
 * TensorFlow in the format registry: `.pb` files. A file named `saved_model.pb` is a SavedModel
 * (its `variables/` folder is side files and members: a change to any of them re-profiles it,
 * and the folder given to the CLI is the model); any other `.pb` is a frozen GraphDef, which the
 * default globs take only when its first bytes are a GraphDef's (`.pb` is every protobuf's
 * ending). A `.pb` that is ONNX is claimed by the ONNX format's content check first. The
 * report's format version says which of the two it is.
 */



/** The files of a SavedModel's `variables/` folder: the index and the data shards. */
const VARIABLES_FILE = /^variables\.(index|data-\d{5}-of-\d{5})$/;
const isSavedModel = (path) => (0,external_node_path_.basename)(path).toLowerCase() === 'saved_model.pb';
const tensorflowFormat = {
    name: 'tensorflow',
    label: 'TensorFlow',
    kind: 'graph',
    extensions: ['.pb'],
    modelNames: ['saved_model.pb'],
    magic: looksLikeGraphDef,
    async read(path) {
        const saved = isSavedModel(path);
        const { weights, graph } = saved ? readSavedModelFile(path) : readGraphDefFile(path);
        if (!graph)
            return { kind: 'weights', weights, formatVersion: saved ? 'SavedModel' : 'GraphDef' };
        return { kind: 'graph', model: graph, sideFileBytes: 0, weights };
    },
    sideFiles(path, content) {
        return isSavedModel(path) ? savedModelSideFiles(path, content) : [];
    },
    modelKey(path) {
        const name = external_node_path_.posix.basename(path);
        const dir = external_node_path_.posix.dirname(path);
        if (external_node_path_.posix.basename(dir) !== 'variables' || !VARIABLES_FILE.test(name))
            return null;
        const model = external_node_path_.posix.join(external_node_path_.posix.dirname(dir), 'saved_model.pb');
        return { key: model, entries: [model] };
    },
};

;// CONCATENATED MODULE: ./build/src/formats/registry.js
/**
 * The format boundary: every model format the profiler reads, how a file is recognised, how it
 * is read into a format-neutral model, which side files belong to it, and which model a file of a
 * several-file model belongs to. Nothing above src/formats/ names a format: profile/ asks
 * `readModel`, io/ asks `sideFileLocations`, `modelKeyOf` and `isModelByDefault`, the default
 * `models` globs come from `modelExtensions`.
 *
 * To add a format: write src/formats/<name>/ with a `ModelFormat`, then add it to FORMATS below
 * (docs/architecture.md, "How to add a format").
 */











/** Bytes read from the start of a file to recognise it. */
const HEAD_BYTES = 64;
/**
 * Every format, in the order signatures are tried. Registration points: one line each.
 */
const FORMATS = [
    onnxFormat,
    pytorchFormat,
    safetensorsFormat,
    ggufFormat,
    tfliteFormat,
    tensorflowFormat,
    kerasFormat,
];
function formats() {
    return FORMATS;
}
function formatByName(name) {
    return FORMATS.find((f) => f.name === name);
}
function endsWithAny(lowerPath, endings) {
    return (endings ?? []).some((e) => lowerPath.endsWith(e));
}
/**
 * The endings the default `models` globs select (one glob per ending, in any folder): every format's, the shared
 * ones (`.bin`, `.pb`) last. A file with a shared ending that only a default glob selected is a
 * model only when `isModelByDefault` says so.
 */
function modelExtensions() {
    const shared = new Set(FORMATS.flatMap((f) => f.magicOnlyExtensions ?? []));
    return [...new Set([...FORMATS.flatMap((f) => f.extensions).filter((e) => !shared.has(e)), ...shared])];
}
/**
 * Whether a file selected by a default glob must show a signature to count as a model: its
 * ending is one non-model files share (`.bin`: ONNX external data, OpenVINO weights; `.pb`: any
 * protobuf) and its name is no format's model name (`saved_model.pb`).
 */
function needsSignatureByDefault(path) {
    const lower = path.toLowerCase();
    if (!FORMATS.some((f) => endsWithAny(lower, f.magicOnlyExtensions)))
        return false;
    const name = (0,external_node_path_.basename)(lower);
    return !FORMATS.some((f) => f.modelNames?.includes(name));
}
function probeFor(path) {
    const lower = path.toLowerCase();
    return FORMATS.find((f) => endsWithAny(lower, f.defaultGlobProbe?.extensions))?.defaultGlobProbe;
}
/**
 * What io/ must read of a file that only a default glob selected before it counts as a model:
 * null when its name settles it; else how many first bytes `isModelByDefault` needs and what a
 * rejected file is called in the debug line.
 */
function defaultGlobCheck(path) {
    if (needsSignatureByDefault(path))
        return { bytes: HEAD_BYTES, skipped: "no known format's signature" };
    const probe = probeFor(path);
    return probe ? { bytes: probe.bytes, skipped: probe.skipped } : null;
}
/**
 * Whether a file that only the default globs selected is a model, from its first bytes (as many
 * as `defaultGlobCheck` asks): yes unless it needs a signature (`needsSignatureByDefault`) and no
 * format recognises them, or a format's `defaultGlobProbe` rejects its content. A user's own glob
 * selects a file whatever it holds (an unrecognised file is then a clear error).
 */
function isModelByDefault(path, head, size) {
    if (needsSignatureByDefault(path))
        return FORMATS.some((f) => f.magic?.(head.subarray(0, HEAD_BYTES), size) === true);
    return probeFor(path)?.isModel(head, size) ?? true;
}
/** The model a repository path belongs to (itself unless a format's `modelKey` says otherwise). */
function modelKeyOf(path) {
    for (const f of FORMATS) {
        const k = f.modelKey?.(path);
        if (k)
            return k;
    }
    return { key: path, entries: [path] };
}
/**
 * The format of a file: a matching signature first, then the extension. A file whose signature
 * no format recognises but whose extension one format claims goes to that format, whose reader
 * says precisely what is wrong; a magic-only extension (`.bin`) without a signature is not a model.
 */
function detectFormat(path, head, size, among = FORMATS) {
    for (const f of among)
        if (f.magic?.(head, size))
            return f;
    const lower = path.toLowerCase();
    return among.find((f) => endsWithAny(lower, f.extensions)) ?? null;
}
/** The format a path's name alone points to (for side-file lookups on git blobs). */
function formatForPath(path, among = FORMATS) {
    const lower = path.toLowerCase();
    return among.find((f) => endsWithAny(lower, f.extensions) || endsWithAny(lower, f.magicOnlyExtensions)) ?? null;
}
function unrecognised(path) {
    const known = FORMATS.map((f) => `${f.label} (${[...f.extensions, ...(f.magicOnlyExtensions ?? [])].join(', ')})`).join('; ');
    return new errors/* ModelFileError */.EO(path, `not a model file this tool reads: neither its first bytes nor its name match a known format (${known})`);
}
/**
 * A folder given instead of a model file (a SavedModel folder) stands for the model file in it
 * that a format names (`saved_model.pb`); anything else is returned as it is.
 */
function modelFileIn(path) {
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return path; // Opening it says what is wrong.
    }
    if (!isDir)
        return path;
    const names = FORMATS.flatMap((f) => f.modelNames ?? []);
    for (const name of names) {
        const file = (0,external_node_path_.join)(path, name);
        try {
            if ((0,external_node_fs_.statSync)(file).isFile())
                return file;
        }
        catch {
            // Not this format's folder.
        }
    }
    throw new errors/* ModelFileError */.EO(path, `is a directory without a model file in it (a model folder holds ${names.join(' or ')})`);
}
/** Reads the first bytes and size of a file (one-line errors for missing, empty, special files). */
function headOf(path) {
    return file_withOpenModel(path, (fd, size) => ({ head: readAt(fd, Math.min(size, HEAD_BYTES), 0, path), size }));
}
/**
 * Reads a model file of any registered format. Throws ModelFileError (one line, names the file)
 * for a file no format recognises and for every problem inside it.
 */
async function readModel(given, options = {}) {
    const opened = openModel(given);
    return opened.load(opened.path, options);
}
/** Recognises a model file (ModelFileError, one line, for a file no format reads) and opens it. */
function openModel(given) {
    const path = modelFileIn(given);
    const { head, size } = headOf(path);
    const format = detectFormat(path, head, size);
    if (!format)
        throw unrecognised(path);
    const handle = format.open?.(path) ?? null;
    return {
        format,
        path,
        sideFiles: (at = path) => handle?.sideFiles() ?? format.sideFiles(at, { file: at }),
        load: async (at, options = {}) => {
            const read = handle ? await handle.read(at, options) : await format.read(at, options);
            // A graph format's weights may name side files too (a SavedModel's variables).
            if (read.kind === 'graph')
                return { ...read, format, fileBytes: size, sideFileBytes: read.sideFileBytes + (read.weights ? sideFileBytes(at, read.weights.sideFiles) : 0) };
            return { ...read, format, fileBytes: size, sideFileBytes: sideFileBytes(at, read.weights.sideFiles) };
        },
    };
}
/** Sum of the sizes of a weights file's side files (the reader has already checked them). */
function sideFileBytes(path, sideFiles) {
    const dir = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path));
    let total = 0;
    for (const rel of new Set(sideFiles)) {
        try {
            total += (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(dir, rel)).size;
        }
        catch {
            // A side file the reader treated as optional (config.json) and that is not there.
        }
    }
    return total;
}
/**
 * Side files (relative to the model's folder) of the model at repository path `path`, given its
 * content (null when too large to read: the format answers from the name). Empty for unknown
 * formats and for formats without side files.
 */
function sideFileLocations(path, content) {
    const { head, size } = content === null ? NO_HEAD : 'bytes' in content ? { head: content.bytes.subarray(0, HEAD_BYTES), size: content.bytes.byteLength } : headOrEmpty(content.file);
    const format = detectFormat(path, head, size) ?? formatForPath(path);
    return format ? format.sideFiles(path, content) : [];
}
const NO_HEAD = { head: new Uint8Array(0), size: 0 };
function headOrEmpty(file) {
    try {
        return headOf(file);
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            return NO_HEAD;
        throw e;
    }
}


/***/ }),

/***/ 5274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ dtypeBits),
/* harmony export */   D_: () => (/* binding */ bytesFor),
/* harmony export */   PN: () => (/* binding */ dtypeKind),
/* harmony export */   TW: () => (/* binding */ isWeightDType),
/* harmony export */   Zn: () => (/* binding */ isDType)
/* harmony export */ });
const INFOS = [
    { name: 'float32', bits: 32, kind: 'float' },
    { name: 'uint8', bits: 8, kind: 'uint' },
    { name: 'int8', bits: 8, kind: 'int' },
    { name: 'uint16', bits: 16, kind: 'uint' },
    { name: 'int16', bits: 16, kind: 'int' },
    { name: 'int32', bits: 32, kind: 'int' },
    { name: 'int64', bits: 64, kind: 'int' },
    { name: 'string', bits: 0, kind: 'string' },
    { name: 'bool', bits: 8, kind: 'bool' },
    { name: 'float16', bits: 16, kind: 'float' },
    { name: 'float64', bits: 64, kind: 'float' },
    { name: 'uint32', bits: 32, kind: 'uint' },
    { name: 'uint64', bits: 64, kind: 'uint' },
    { name: 'complex64', bits: 64, kind: 'complex' },
    { name: 'complex128', bits: 128, kind: 'complex' },
    { name: 'bfloat16', bits: 16, kind: 'float' },
    { name: 'float8e4m3fn', bits: 8, kind: 'float' },
    { name: 'float8e4m3fnuz', bits: 8, kind: 'float' },
    { name: 'float8e5m2', bits: 8, kind: 'float' },
    { name: 'float8e5m2fnuz', bits: 8, kind: 'float' },
    { name: 'uint4', bits: 4, kind: 'uint' },
    { name: 'int4', bits: 4, kind: 'int' },
    { name: 'float4e2m1', bits: 4, kind: 'float' },
    { name: 'float8e8m0', bits: 8, kind: 'float' },
    { name: 'uint2', bits: 2, kind: 'uint' },
    { name: 'int2', bits: 2, kind: 'int' },
];
const BY_NAME = new Map(INFOS.map((info) => [info.name, info]));
/** Whether a name (from a file) is an IR dtype. */
function isDType(name) {
    return BY_NAME.has(name);
}
function dtypeBits(dtype) {
    return BY_NAME.get(dtype).bits;
}
function dtypeKind(dtype) {
    return BY_NAME.get(dtype).kind;
}
/** Bytes needed to store `elements` values (sub-byte types are packed, rounded up). */
function bytesFor(dtype, elements) {
    return Math.ceil((elements * dtypeBits(dtype)) / 8);
}
/**
 * Whether a tensor of this dtype holds learned weights (counted as params): floating point of any
 * width, and 8/4/2-bit integers (quantized weights). int16/int32/int64/bool hold shapes, indices and
 * masks and are counted apart.
 */
function isWeightDType(dtype) {
    const info = BY_NAME.get(dtype);
    if (info.kind === 'float')
        return true;
    return (info.kind === 'int' || info.kind === 'uint') && info.bits <= 8;
}


/***/ }),

/***/ 5927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ normalizeDomain),
/* harmony export */   V: () => (/* binding */ walkGraphs)
/* harmony export */ });
/**
 * The default op domain is '' in the IR; files and op definitions may also spell it 'ai.onnx'.
 * Every place that keys on a domain (readers, op registry, engine) goes through this.
 */
function normalizeDomain(domain) {
    return domain === 'ai.onnx' ? '' : domain;
}
/**
 * Every graph reachable from `graph` through node attributes (If/Loop/Scan bodies), `graph` first,
 * each once: TFLite operators share subgraphs (two IFs naming the same branch), and walking a
 * shared subgraph per reference is exponential in the nesting depth.
 */
function* walkGraphs(graph, seen = new Set()) {
    if (seen.has(graph))
        return;
    seen.add(graph);
    yield graph;
    for (const node of graph.nodes) {
        for (const attr of node.attributes.values()) {
            if (attr.type === 'graph')
                yield* walkGraphs(attr.value, seen);
            else if (attr.type === 'graphs')
                for (const g of attr.value)
                    yield* walkGraphs(g, seen);
        }
    }
}


/***/ }),

/***/ 3792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ MAX_EXECUTED_NODES),
/* harmony export */   af: () => (/* binding */ MAX_GRAPH_INPUTS),
/* harmony export */   ee: () => (/* binding */ MAX_RANK),
/* harmony export */   kD: () => (/* binding */ MAX_GRAPH_DEPTH),
/* harmony export */   oC: () => (/* binding */ LimitError)
/* harmony export */ });
/* harmony import */ var _topo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2600);
/**
 * Limits on the work a model file can ask for. A file is hostile until profiled: a few bytes can
 * declare a shape input of 1e8 elements, nest If bodies 10,000 deep or call local functions that
 * expand to billions of nodes. Real models stay far below every limit (ONNX Runtime kernels handle
 * ranks up to 8 or so; exported models nest control flow a few levels deep; the largest exported
 * graphs have about 10^5 nodes). Documented in docs/metrics.md ("Limits").
 */

/** Largest tensor rank the engine builds a shape for. */
const MAX_RANK = 64;
/**
 * Deepest nesting of graphs: subgraph attributes (If branches, Loop/Scan bodies) while decoding,
 * and subgraphs plus local-function calls while profiling.
 */
const MAX_GRAPH_DEPTH = 64;
/**
 * Most nodes one profile runs: every node of the main graph, of each control-flow body each time
 * it runs, and of each local-function call once expanded. Each profiled node costs about 1 KB of
 * memory (`npm run bench`, "graph memory"), so this bounds a profile's memory near 250 MB too.
 */
const MAX_EXECUTED_NODES = 250_000;
/**
 * Most inputs of the main graph (initializers apart). Exported models have a few, decoders with
 * a KV cache two per layer, tabular models one per feature; each input is a live value through
 * the whole profile, so 100,000 of them cost seconds for nothing a model needs.
 */
const MAX_GRAPH_INPUTS = 10_000;
/** A model that asks for more than a limit allows: reported as one line naming where (exit 2). */
class LimitError extends _topo_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9 {
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GD: () => (/* binding */ nodeReads),
/* harmony export */   LI: () => (/* binding */ topoOrder),
/* harmony export */   RQ: () => (/* binding */ subgraphsOf),
/* harmony export */   h9: () => (/* binding */ GraphError)
/* harmony export */ });
/* unused harmony export outerReads */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/**
 * Dependencies between nodes (including what subgraphs read from outer scopes), topological
 * order, and graph-level errors (cycles, values produced twice) with messages naming the node.
 * Used by the shape/cost engine, which sorts every graph it runs.
 */

/** A problem with a graph as a whole; the caller reports it as `model-budget: <file>: <message>`. */
class GraphError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInputError */ .Ys {
    name = 'GraphError';
}
/** Subgraph attributes of a node (If branches, Loop/Scan bodies), with their attribute names. */
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
/** Names a graph (and its nested graphs) reads from enclosing scopes. */
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
function hasSubgraph(node) {
    for (const a of node.attributes.values())
        if (a.type === 'graph' || a.type === 'graphs')
            return true;
    return false;
}
/**
 * Every value a node reads: its inputs plus what its subgraphs read from outside them. Names may
 * repeat (Mul(x, x)) and '' marks an omitted input: callers skip both.
 */
function nodeReads(node) {
    // Most nodes have no subgraph: their inputs are the answer, with no allocation.
    if (!hasSubgraph(node))
        return node.inputs;
    const reads = [...node.inputs];
    // A loop, not push(...): a spread of a body's reads (100k names) overflows the call stack.
    for (const g of subgraphsOf(node))
        for (const r of outerReads(g.graph))
            reads.push(r);
    return reads;
}
/** Min-heap of indices, so that a re-sorted graph stays as close as possible to file order. */
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
/**
 * `items` (nodes, or records holding one) in topological order: unchanged when the file is
 * already sorted, otherwise as close to file order as the dependencies allow. Throws GraphError
 * on a cycle (naming a node on it) or a value produced by two nodes.
 */
function topoOrder(items, nodeOf, label) {
    const producer = new Map();
    items.forEach((item, i) => {
        for (const o of nodeOf(item).outputs) {
            if (!o)
                continue;
            const prev = producer.get(o);
            if (prev !== undefined) {
                throw new GraphError(`graph '${label}': value '${o}' is produced by both node '${nodeOf(items[prev]).name}' and node '${nodeOf(item).name}'`);
            }
            producer.set(o, i);
        }
    });
    let sorted = true;
    // lastReader[p] === i: node i already depends on p (a Concat of 100k inputs must not search its list).
    const lastReader = new Int32Array(items.length).fill(-1);
    const deps = items.map((item, i) => {
        const d = [];
        for (const name of nodeReads(nodeOf(item))) {
            // A node output shadows an outer-scope value of the same name inside this graph.
            const p = name ? producer.get(name) : undefined;
            if (p === undefined || lastReader[p] === i)
                continue;
            lastReader[p] = i;
            d.push(p);
            if (p >= i)
                sorted = false;
        }
        return d;
    });
    if (sorted)
        return [...items];
    const waiting = deps.map((d) => d.length);
    const consumers = items.map(() => []);
    deps.forEach((d, i) => {
        for (const p of d)
            consumers[p].push(i);
    });
    const heap = new IndexHeap();
    waiting.forEach((w, i) => {
        if (w === 0)
            heap.push(i);
    });
    const order = [];
    const done = new Array(items.length).fill(false);
    while (heap.size > 0) {
        const i = heap.pop();
        done[i] = true;
        order.push(items[i]);
        for (const c of consumers[i])
            if (--waiting[c] === 0)
                heap.push(c);
    }
    if (order.length < items.length) {
        // Follow unfinished dependencies from any blocked node until one repeats: that one is on a cycle.
        let at = done.indexOf(false);
        const seen = new Set();
        while (!seen.has(at)) {
            seen.add(at);
            at = deps[at].find((d) => !done[d]);
        }
        const n = nodeOf(items[at]);
        throw new GraphError(`graph '${label}' has a cycle through node '${n.name || n.opType}'`);
    }
    return order;
}


/***/ })

};
