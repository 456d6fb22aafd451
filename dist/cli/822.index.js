export const id = 822;
export const ids = [822];
export const modules = {

/***/ 8094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ withOpenModel),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   Q1: () => (/* binding */ openModelFile),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   m6: () => (/* binding */ readAt),
/* harmony export */   oT: () => (/* binding */ fileState),
/* harmony export */   yw: () => (/* binding */ readAll)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);


const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK === undefined ? 'r' : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
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
function isFolderPath(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function openModelFile(path, folderOk) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS);
    }
    catch (e) {
        if (folderOk && isFolderPath(path))
            return null;
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, describeFsError(e));
    }
    let size;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (folderOk && st.isDirectory()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            return null;
        }
        if (!st.isFile())
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, 'not a regular file');
        size = Math.trunc(st.size);
        if (size === 0)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, 'file is empty (0 bytes)');
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO)
            throw e;
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, describeFsError(e));
    }
    return { fd, size };
}
function withOpenModel(path, use) {
    const { fd, size } = openModelFile(path, false);
    try {
        return use(fd, size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readAt(fd, length, position, path) {
    const bytes = Buffer.allocUnsafe(length);
    const got = readInto(fd, bytes, length, position, path);
    return got === length ? bytes : bytes.subarray(0, got);
}
function readInto(fd, into, length, position, path) {
    let got = 0;
    try {
        while (got < length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, into, got, length - got, position + got);
            if (n === 0)
                break;
            got += n;
        }
    }
    catch (e) {
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO(path, describeFsError(e));
    }
    return got;
}
function readAll(fd, size, path) {
    return readAt(fd, size, 0, path);
}
function fileState(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isFile() ? 'file' : 'other';
    }
    catch {
        return 'missing';
    }
}


/***/ }),

/***/ 6988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h2: () => (/* binding */ looksLikeGguf),
/* harmony export */   kB: () => (/* binding */ ggufSplitNames),
/* harmony export */   nq: () => (/* binding */ SPLIT_NAME)
/* harmony export */ });
/* unused harmony export GGUF_MAGIC */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

const GGUF_MAGIC = Buffer.from('GGUF', 'latin1');
function looksLikeGguf(head) {
    return head.byteLength >= 4 && GGUF_MAGIC.equals(Buffer.from(head.buffer, head.byteOffset, 4));
}
const SPLIT_NAME = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/;
function ggufSplitNames(path) {
    const m = SPLIT_NAME.exec((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path));
    const count = m ? Number(m[3]) : 0;
    if (!m || count < 2)
        return null;
    const names = Array.from({ length: count }, (_, i) => `${m[1]}-${String(i + 1).padStart(5, '0')}-of-${m[3]}.gguf`);
    return { first: names[0], others: names.filter((n) => n !== m[0]) };
}


/***/ }),

/***/ 9426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jE: () => (/* binding */ variantGlobEnding),
/* harmony export */   jz: () => (/* binding */ endsWithVariantOf),
/* harmony export */   m: () => (/* binding */ splitVariant),
/* harmony export */   p4: () => (/* binding */ isVariantName),
/* harmony export */   rn: () => (/* binding */ addVariant)
/* harmony export */ });
const WORD = /^[A-Za-z0-9_]+$/;
function isVariantName(token) {
    return WORD.test(token);
}
function addVariant(name, variant) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? `${name}.${variant}` : `${name.slice(0, dot)}.${variant}${name.slice(dot)}`;
}
function splitVariant(name) {
    const last = name.lastIndexOf('.');
    if (last <= 0)
        return null;
    const prev = name.lastIndexOf('.', last - 1);
    if (prev <= 0)
        return null;
    const variant = name.slice(prev + 1, last);
    return isVariantName(variant) ? { plain: name.slice(0, prev) + name.slice(last), variant } : null;
}
function endsWithVariantOf(name, endings) {
    const s = splitVariant(name);
    return s !== null && endings.some((e) => s.plain.endsWith(e) && s.plain.length > e.length);
}
function variantGlobEnding(ending) {
    return addVariant(ending, '*');
}


/***/ }),

/***/ 8777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ isKerasHead),
/* harmony export */   Ok: () => (/* binding */ KERAS_PROBE_BYTES),
/* harmony export */   dq: () => (/* binding */ hasHdf5Magic)
/* harmony export */ });
/* unused harmony export HDF5_MAGIC */
/* harmony import */ var _pytorch_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3032);

const HDF5_MAGIC = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
function hasHdf5Magic(head, at = 0) {
    return HDF5_MAGIC.every((b, i) => head[at + i] === b);
}
function isKerasHead(head) {
    if (hasHdf5Magic(head, 0))
        return true;
    const first = (0,_pytorch_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .firstZipEntryName */ .DS)(head);
    return first === 'metadata.json' || first === 'config.json';
}
const KERAS_PROBE_BYTES = 1024 * 1024;


/***/ }),

/***/ 155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WQ: () => (/* binding */ dtypeFromOnnx),
/* harmony export */   q5: () => (/* binding */ ONNX_DTYPES)
/* harmony export */ });
/* unused harmony export onnxCodeOf */
const ONNX_DTYPES = [
    undefined, 'float32', 'uint8', 'int8', 'uint16', 'int16', 'int32', 'int64', 'string', 'bool',
    'float16', 'float64', 'uint32', 'uint64', 'complex64', 'complex128', 'bfloat16',
    'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'uint4', 'int4',
    'float4e2m1', 'float8e8m0', 'uint2', 'int2',
];
const CODE_OF = new Map();
ONNX_DTYPES.forEach((name, code) => {
    if (name)
        CODE_OF.set(name, code);
});
function dtypeFromOnnx(code) {
    return ONNX_DTYPES[code];
}
function onnxCodeOf(dtype) {
    return CODE_OF.get(dtype);
}


/***/ }),

/***/ 3032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ firstZipEntryName),
/* harmony export */   FL: () => (/* binding */ hasLegacyMagic),
/* harmony export */   Nn: () => (/* binding */ PYTORCH_SET),
/* harmony export */   dg: () => (/* binding */ looksLikeTorchZip),
/* harmony export */   pI: () => (/* binding */ hasZipMagic)
/* harmony export */ });
/* unused harmony export ZIP_MAGIC */
const PYTORCH_SET = {
    indexSuffix: '.bin.index.json',
    shard: /^((?:diffusion_)?pytorch_model(?:\.[A-Za-z0-9_]+)?)-(\d{5})-of-(\d{5})\.bin$/,
    shardSuffix: '.bin',
};
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
function hasZipMagic(head) {
    return ZIP_MAGIC.every((b, i) => head[i] === b);
}
function firstZipEntry(head) {
    if (!hasZipMagic(head) || head.length < 30)
        return undefined;
    const nameLength = head[26] | (head[27] << 8);
    return { name: new TextDecoder('latin1').decode(head.subarray(30, 30 + nameLength)), whole: 30 + nameLength <= head.length };
}
function firstZipEntryName(head) {
    return firstZipEntry(head)?.name;
}
const LEGACY_HEAD = Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);
function hasLegacyMagic(head) {
    return LEGACY_HEAD.every((b, i) => head[i] === b);
}
const TORCH_ENTRIES = ['data.pkl', 'data/', 'version', '.data/', 'code/', 'constants.pkl', 'constants/', 'byteorder', '.format_version', '.storage_alignment'];
function looksLikeTorchZip(head) {
    const first = firstZipEntry(head);
    if (first === undefined)
        return false;
    const name = first.name.replaceAll('\\', '/');
    const slash = name.indexOf('/');
    if (slash < 0)
        return !first.whole && name.length > 0;
    const entry = name.slice(slash + 1);
    return TORCH_ENTRIES.some((e) => entry.startsWith(e) || (!first.whole && e.startsWith(entry)));
}


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lq: () => (/* binding */ HEAD_BYTES),
  mm: () => (/* binding */ defaultGlobCheck),
  kb: () => (/* binding */ formatByName),
  G9: () => (/* binding */ formatForPath),
  Fx: () => (/* binding */ formats),
  U1: () => (/* binding */ isModelByDefault),
  aq: () => (/* binding */ loadedFormats),
  Sk: () => (/* binding */ modelExtensions),
  sh: () => (/* binding */ modelKeyOf),
  nB: () => (/* binding */ namesSideFilesInContent),
  GF: () => (/* binding */ openModel),
  ko: () => (/* binding */ readModel),
  ue: () => (/* binding */ sideFileLocations)
});

// UNUSED EXPORTS: detectFormat, needsSignatureByDefault

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var formats_file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/gguf/signature.js
var signature = __webpack_require__(6988);
;// CONCATENATED MODULE: ./build/src/formats/gguf/format.js


const ggufFormat = {
    name: 'gguf',
    label: 'GGUF',
    kind: 'weights',
    extensions: ['.gguf'],
    magic: signature/* looksLikeGguf */.h2,
    reader: async () => (await __webpack_require__.e(/* import() */ 308).then(__webpack_require__.bind(__webpack_require__, 5308))).reader,
    modelKey(path) {
        const names = (0,signature/* ggufSplitNames */.kB)(path);
        if (!names)
            return null;
        const first = external_node_path_.posix.join(external_node_path_.posix.dirname(path), names.first);
        return { key: first, entries: [...new Set([first, path])] };
    },
};

// EXTERNAL MODULE: ./build/src/formats/hf-variant.js
var hf_variant = __webpack_require__(9426);
// EXTERNAL MODULE: ./build/src/formats/keras/signature.js
var keras_signature = __webpack_require__(8777);
;// CONCATENATED MODULE: ./build/src/formats/keras/format.js

const kerasFormat = {
    name: 'keras',
    label: 'Keras',
    kind: 'graph',
    extensions: ['.keras', '.h5'],
    magic: keras_signature/* isKerasHead */.JH,
    reader: async () => (await Promise.all(/* import() */[__webpack_require__.e(71), __webpack_require__.e(866), __webpack_require__.e(18)]).then(__webpack_require__.bind(__webpack_require__, 6018))).reader,
    defaultGlobProbe: { extensions: ['.h5'], bytes: keras_signature/* KERAS_PROBE_BYTES */.Ok, isModel: async (prefix, size) => (await Promise.all(/* import() */[__webpack_require__.e(71), __webpack_require__.e(866)]).then(__webpack_require__.bind(__webpack_require__, 866))).isKerasContent(prefix, size), skipped: 'an HDF5 file without Keras content' },
};

;// CONCATENATED MODULE: ./build/src/formats/onnx/format.js
const onnxFormat = {
    name: 'onnx',
    label: 'ONNX',
    kind: 'graph',
    extensions: ['.onnx'],
    sideFilesInContent: true,
    magicOnlyExtensions: ['.pb'],
    magic: looksLikeOnnxModel,
    reader: async () => (await __webpack_require__.e(/* import() */ 682).then(__webpack_require__.bind(__webpack_require__, 5682))).reader,
};
const AFTER_IR_VERSION = new Set([0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42]);
function looksLikeOnnxModel(head) {
    return head.length >= 9 && head[0] === 0x08 && head[1] >= 3 && head[1] <= 15 && AFTER_IR_VERSION.has(head[2]) && head[8] !== 0x7b;
}

// EXTERNAL MODULE: ./build/src/formats/shard-names.js
var shard_names = __webpack_require__(7159);
// EXTERNAL MODULE: ./build/src/formats/pytorch/signature.js
var pytorch_signature = __webpack_require__(3032);
;// CONCATENATED MODULE: ./build/src/formats/pytorch/format.js


const pytorchFormat = {
    name: 'pytorch',
    label: 'PyTorch',
    kind: 'weights',
    extensions: ['.pt', '.pth', '.ckpt', pytorch_signature/* PYTORCH_SET */.Nn.indexSuffix],
    variantExtensions: [pytorch_signature/* PYTORCH_SET */.Nn.indexSuffix],
    magicOnlyExtensions: ['.bin'],
    conventionalNames: /^(diffusion_)?pytorch_model(\.[a-z0-9_]+)?(-\d{5}-of-\d{5})?\.bin$/,
    magic: (head) => (0,pytorch_signature/* hasLegacyMagic */.FL)(head) || (0,pytorch_signature/* looksLikeTorchZip */.dg)(head),
    reader: async () => (await Promise.all(/* import() */[__webpack_require__.e(999), __webpack_require__.e(649)]).then(__webpack_require__.bind(__webpack_require__, 9649))).reader,
    modelKey: (path) => (0,shard_names/* shardSetModelKey */.h0)(pytorch_signature/* PYTORCH_SET */.Nn, path),
};

// EXTERNAL MODULE: ./build/src/formats/safetensors/signature.js
var safetensors_signature = __webpack_require__(1770);
;// CONCATENATED MODULE: ./build/src/formats/safetensors/format.js

const safetensorsFormat = {
    name: 'safetensors',
    label: 'safetensors',
    kind: 'weights',
    extensions: ['.safetensors', safetensors_signature/* SAFETENSORS_SET */.JS.indexSuffix],
    variantExtensions: [safetensors_signature/* SAFETENSORS_SET */.JS.indexSuffix],
    magic: safetensors_signature/* looksLikeSafetensors */.NY,
    reader: async () => (await Promise.all(/* import() */[__webpack_require__.e(999), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 1027))).reader,
    modelKey: safetensors_signature/* safetensorsModelKey */.iH,
};

// EXTERNAL MODULE: ./build/src/formats/tflite/signature.js
var tflite_signature = __webpack_require__(395);
;// CONCATENATED MODULE: ./build/src/formats/tflite/format.js

const tfliteFormat = {
    name: 'tflite',
    label: 'TensorFlow Lite',
    kind: 'graph',
    extensions: ['.tflite'],
    magic: (head) => (0,tflite_signature/* isTflite */.h)(head),
    reader: async () => (await __webpack_require__.e(/* import() */ 618).then(__webpack_require__.bind(__webpack_require__, 5618))).reader,
};

// EXTERNAL MODULE: ./build/src/formats/tensorflow/format.js + 1 modules
var format = __webpack_require__(2676);
// EXTERNAL MODULE: ./build/src/graph/dtype.js
var dtype = __webpack_require__(5274);
// EXTERNAL MODULE: ./build/src/graph/limits.js
var limits = __webpack_require__(3792);
// EXTERNAL MODULE: ./build/src/formats/onnx/dtype-codes.js
var dtype_codes = __webpack_require__(155);
;// CONCATENATED MODULE: ./build/src/formats/registry.js
















const HEAD_BYTES = 512;
const openedHead = Buffer.allocUnsafe(HEAD_BYTES);
const FORMATS = [
    onnxFormat,
    pytorchFormat,
    safetensorsFormat,
    ggufFormat,
    tfliteFormat,
    format/* tensorflowFormat */.n,
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
function claimsByExtension(f, lowerPath) {
    return endsWithAny(lowerPath, f.extensions) || (f.variantExtensions !== undefined && (0,hf_variant/* endsWithVariantOf */.jz)((0,external_node_path_.basename)(lowerPath), f.variantExtensions));
}
function modelExtensions() {
    const shared = new Set(FORMATS.flatMap((f) => f.magicOnlyExtensions ?? []));
    const own = FORMATS.flatMap((f) => f.extensions.flatMap((e) => (f.variantExtensions?.includes(e) ? [e, (0,hf_variant/* variantGlobEnding */.jE)(e)] : [e])));
    return [...new Set([...own.filter((e) => !shared.has(e)), ...shared])];
}
function namedByAFormat(lowerPath) {
    return FORMATS.some((f) => claimsByExtension(f, lowerPath) || endsWithAny(lowerPath, f.magicOnlyExtensions));
}
function needsSignatureByDefault(path) {
    const lower = path.toLowerCase();
    if (!FORMATS.some((f) => endsWithAny(lower, f.magicOnlyExtensions)))
        return false;
    const name = (0,external_node_path_.basename)(lower);
    return !FORMATS.some((f) => f.modelNames?.includes(name) || f.conventionalNames?.test(name) === true);
}
function probeFor(path) {
    const lower = path.toLowerCase();
    return FORMATS.find((f) => endsWithAny(lower, f.defaultGlobProbe?.extensions))?.defaultGlobProbe;
}
function defaultGlobCheck(path) {
    if (!namedByAFormat(path.toLowerCase()))
        return { bytes: 0, skipped: "not a Hugging Face variant's name (one word: letters, digits, _)" };
    if (needsSignatureByDefault(path))
        return { bytes: HEAD_BYTES, skipped: "no known format's signature" };
    const probe = probeFor(path);
    return probe ? { bytes: probe.bytes, skipped: probe.skipped } : null;
}
async function isModelByDefault(path, head, size) {
    if (!namedByAFormat(path.toLowerCase()))
        return false;
    if (needsSignatureByDefault(path))
        return FORMATS.some((f) => f.magic?.(head.subarray(0, HEAD_BYTES), size) === true);
    return (await probeFor(path)?.isModel(head, size)) ?? true;
}
function modelKeyOf(path) {
    for (const f of FORMATS) {
        const k = f.modelKey?.(path);
        if (k)
            return k;
    }
    return { key: path, entries: [path] };
}
function detectFormat(path, head, size, among = FORMATS) {
    for (const f of among)
        if (f.magic?.(head, size))
            return f;
    const lower = path.toLowerCase();
    return among.find((f) => claimsByExtension(f, lower) || f.conventionalNames?.test((0,external_node_path_.basename)(lower)) === true) ?? null;
}
function namesSideFilesInContent(path, head, size) {
    return (detectFormat(path, head, size) ?? formatForPath(path))?.sideFilesInContent === true;
}
function formatForPath(path, among = FORMATS) {
    const lower = path.toLowerCase();
    return among.find((f) => claimsByExtension(f, lower) || endsWithAny(lower, f.magicOnlyExtensions)) ?? null;
}
function unrecognised(path) {
    const known = FORMATS.map((f) => `${f.label} (${[...f.extensions, ...(f.magicOnlyExtensions ?? [])].join(', ')})`).join('; ');
    return new errors/* ModelFileError */.EO(path, `not a model file this tool reads: neither its first bytes nor its name match a known format (${known})`);
}
function modelFileIn(path) {
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return path;
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
        catch (e) {
            const code = e?.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw new errors/* ModelFileError */.EO(path, (0,formats_file/* describeFsError */.TQ)(e));
        }
    }
    throw new errors/* ModelFileError */.EO(path, `is a directory without a model file in it (a model folder holds ${names.join(' or ')})`);
}
function headOf(path) {
    return (0,formats_file/* withOpenModel */.Is)(path, (fd, size) => ({ head: (0,formats_file/* readAt */.m6)(fd, Math.min(size, HEAD_BYTES), 0, path), size }));
}
async function readModel(given, options = {}) {
    const opened = await openModel(given);
    return opened.load(opened.path, options);
}
const loadedReaders = new Map();
function loadedFormats() {
    return [...loadedReaders.keys()].map((f) => f.name);
}
async function loadReader(format) {
    const reader = await format.reader();
    loadedReaders.set(format, reader);
    return reader;
}
async function openModel(given) {
    let path = given;
    let file = (0,formats_file/* openModelFile */.Q1)(given, true);
    if (file === null) {
        path = modelFileIn(given);
        file = (0,formats_file/* openModelFile */.Q1)(path, false);
    }
    const size = file.size;
    let format;
    let reader;
    let handle;
    try {
        format = detectFormat(path, openedHead.subarray(0, (0,formats_file/* readInto */.Pq)(file.fd, openedHead, Math.min(size, HEAD_BYTES), 0, path)), size);
        if (!format)
            throw unrecognised(path);
        reader = loadedReaders.get(format) ?? (await loadReader(format));
        handle = reader.open?.(path, file) ?? null;
    }
    finally {
        (0,external_node_fs_.closeSync)(file.fd);
    }
    return {
        format,
        path,
        sideFiles: (at = path) => handle?.sideFiles() ?? reader.sideFiles(at, { file: at }),
        load: async (at, options = {}) => {
            const read = handle ? await handle.read(at, options) : await reader.read(at, options);
            if (read.kind === 'graph') {
                const bytes = read.sideFileBytes + (read.weights ? sideFileBytes(at, read.weights.sideFiles) : 0);
                return read.weights
                    ? { kind: 'graph', model: read.model, weights: read.weights, format, fileBytes: size, sideFileBytes: bytes }
                    : { kind: 'graph', model: read.model, format, fileBytes: size, sideFileBytes: bytes };
            }
            return { kind: 'weights', weights: read.weights, formatVersion: read.formatVersion, format, fileBytes: size, sideFileBytes: sideFileBytes(at, read.weights.sideFiles) };
        },
    };
}
function sideFileBytes(path, sideFiles) {
    const dir = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path));
    let total = 0;
    for (const rel of new Set(sideFiles)) {
        try {
            total += (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(dir, rel)).size;
        }
        catch {
        }
    }
    return total;
}
async function sideFileLocations(path, content) {
    const { head, size } = content === null ? NO_HEAD : 'bytes' in content ? { head: content.bytes.subarray(0, HEAD_BYTES), size: content.bytes.byteLength } : headOrEmpty(content.file);
    const format = detectFormat(path, head, size) ?? formatForPath(path);
    return format ? (loadedReaders.get(format) ?? (await loadReader(format))).sideFiles(path, content) : [];
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

/***/ 1770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ SAFETENSORS_SET),
/* harmony export */   NY: () => (/* binding */ looksLikeSafetensors),
/* harmony export */   iH: () => (/* binding */ safetensorsModelKey)
/* harmony export */ });
/* harmony import */ var _shard_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7159);

const SAFETENSORS_SET = {
    indexSuffix: '.safetensors.index.json',
    shard: /^(.*)-(\d{5})-of-(\d{5})\.safetensors$/,
    shardSuffix: '.safetensors',
};
function looksLikeSafetensors(head, fileSize) {
    if (head.byteLength < 9 || fileSize < 10)
        return false;
    const n = Buffer.from(head.buffer, head.byteOffset, 8).readBigUInt64LE(0);
    return n >= 2n && n <= BigInt(Math.min(fileSize - 8, 100_000_000)) && head[8] === 0x7b;
}
function safetensorsModelKey(path) {
    return (0,_shard_names_js__WEBPACK_IMPORTED_MODULE_0__/* .shardSetModelKey */ .h0)(SAFETENSORS_SET, path);
}


/***/ }),

/***/ 7159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ shardName),
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   dC: () => (/* binding */ indexNames),
/* harmony export */   h0: () => (/* binding */ shardSetModelKey),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   jE: () => (/* binding */ indexPrefix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _hf_variant_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9426);


const MAX_SHARDS = 100_000;
function shardOf(naming, name) {
    const m = naming.shard.exec(name);
    if (!m)
        return null;
    const total = Number(m[3]);
    return total >= 1 && total <= MAX_SHARDS ? { prefix: m[1], total, totalText: m[3] } : null;
}
function shardName(naming, prefix, i, totalText) {
    return `${prefix}-${String(i).padStart(5, '0')}-of-${totalText}${naming.shardSuffix}`;
}
function indexNames(naming, prefix) {
    const plain = `${prefix}${naming.indexSuffix}`;
    const dot = prefix.lastIndexOf('.');
    const variant = prefix.slice(dot + 1);
    return dot > 0 && (0,_hf_variant_js__WEBPACK_IMPORTED_MODULE_1__/* .isVariantName */ .p4)(variant) ? [(0,_hf_variant_js__WEBPACK_IMPORTED_MODULE_1__/* .addVariant */ .rn)(`${prefix.slice(0, dot)}${naming.indexSuffix}`, variant), plain] : [plain];
}
function indexPrefix(naming, name) {
    if (name.endsWith(naming.indexSuffix))
        return name.slice(0, -naming.indexSuffix.length);
    const v = (0,_hf_variant_js__WEBPACK_IMPORTED_MODULE_1__/* .splitVariant */ .m)(name);
    if (v === null || !v.plain.endsWith(naming.indexSuffix) || v.plain.length === naming.indexSuffix.length)
        return null;
    return `${v.plain.slice(0, -naming.indexSuffix.length)}.${v.variant}`;
}
function shardSetModelKey(naming, path) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
    const m = naming.shard.exec(name);
    if (!m) {
        const prefix = indexPrefix(naming, name);
        const names = prefix === null ? [] : indexNames(naming, prefix);
        return names.length > 1 && names[0] !== name ? { key: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, names[0]), entries: names.map((n) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, n)), alternatives: names.length } : null;
    }
    const indexes = indexNames(naming, m[1]).map((n) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, n));
    const first = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, shardName(naming, m[1], 1, m[3]));
    const number = Number(m[2]);
    const inSet = number >= 1 && number <= Number(m[3]);
    return { key: indexes[0], entries: [...new Set([...indexes, first, path])], ...(indexes.length > 1 ? { alternatives: indexes.length } : {}), ...(inSet ? { set: first } : {}) };
}


/***/ }),

/***/ 2676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ isSavedModel),
  n: () => (/* binding */ tensorflowFormat)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/formats/tensorflow/signature.js
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

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/format.js


const VARIABLES_FILE = /^variables\.(index|data-\d{5}-of-\d{5})$/;
const isSavedModel = (path) => (0,external_node_path_.basename)(path).toLowerCase() === 'saved_model.pb';
const tensorflowFormat = {
    name: 'tensorflow',
    label: 'TensorFlow',
    kind: 'graph',
    extensions: ['.pb'],
    modelNames: ['saved_model.pb'],
    magic: looksLikeGraphDef,
    reader: async () => (await Promise.all(/* import() */[__webpack_require__.e(823), __webpack_require__.e(71), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 3049))).reader,
    modelKey(path) {
        const name = external_node_path_.posix.basename(path);
        const dir = external_node_path_.posix.dirname(path);
        if (external_node_path_.posix.basename(dir) !== 'variables' || !VARIABLES_FILE.test(name))
            return null;
        const model = external_node_path_.posix.join(external_node_path_.posix.dirname(dir), 'saved_model.pb');
        return { key: model, entries: [model] };
    },
};


/***/ }),

/***/ 395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ FILE_IDENTIFIER),
/* harmony export */   h: () => (/* binding */ isTflite)
/* harmony export */ });
const FILE_IDENTIFIER = 'TFL3';
function isTflite(head) {
    return head.byteLength >= 8 && String.fromCharCode(...head.subarray(4, 8)) === FILE_IDENTIFIER;
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
function isDType(name) {
    return BY_NAME.has(name);
}
function dtypeBits(dtype) {
    return dtype === 'float32' ? 32 : BY_NAME.get(dtype).bits;
}
function dtypeKind(dtype) {
    return BY_NAME.get(dtype).kind;
}
function bytesFor(dtype, elements) {
    return Math.ceil((elements * dtypeBits(dtype)) / 8);
}
function isWeightDType(dtype) {
    if (dtype === 'float32')
        return true;
    const info = BY_NAME.get(dtype);
    if (info.kind === 'float' || info.kind === 'complex')
        return true;
    return (info.kind === 'int' || info.kind === 'uint') && info.bits <= 16;
}


/***/ }),

/***/ 3792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ MAX_EXECUTED_NODES),
/* harmony export */   TJ: () => (/* binding */ MAX_EXECUTED_INPUTS),
/* harmony export */   af: () => (/* binding */ MAX_GRAPH_INPUTS),
/* harmony export */   ee: () => (/* binding */ MAX_RANK),
/* harmony export */   kD: () => (/* binding */ MAX_GRAPH_DEPTH),
/* harmony export */   oC: () => (/* binding */ LimitError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);

const MAX_RANK = 64;
const MAX_GRAPH_DEPTH = 64;
const MAX_EXECUTED_NODES = 250_000;
const MAX_EXECUTED_INPUTS = 2_000_000;
const MAX_GRAPH_INPUTS = 10_000;
class LimitError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9 {
}


/***/ })

};
