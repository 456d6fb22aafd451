export const id = 112;
export const ids = [112];
export const modules = {

/***/ 4750:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   h: () => (/* binding */ UnsafeFileError),
/* harmony export */   oK: () => (/* binding */ containedEntry),
/* harmony export */   or: () => (/* binding */ containedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


class UnsafeFileError extends Error {
    reason;
    name = 'UnsafeFileError';
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
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
function containedFile(path, within, withinName = 'the repository') {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
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
            root = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(within);
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
function containedEntry(dir, name, withinName) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
    if (name !== '.' && name !== '..' && !name.includes('/') && !name.includes(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        }
        catch {
            st = undefined;
        }
        if (st?.isFile()) {
            const size = st.size;
            return { size, real: () => realEntry(dir, name) };
        }
    }
    const found = containedFile(path, dir, withinName);
    return found && { size: found.size, real: () => found.real };
}
function realEntry(dir, name) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
    }
}


/***/ }),

/***/ 5079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ encodeUtf8Escaped),
/* harmony export */   Hf: () => (/* binding */ decodeUtf8Escaped),
/* harmony export */   VT: () => (/* binding */ decodeNameBytes),
/* harmony export */   _g: () => (/* binding */ replaceLoneSurrogates),
/* harmony export */   fI: () => (/* binding */ hasLoneSurrogate)
/* harmony export */ });
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function byteIn(raw, i, lo, hi) {
    const b = raw[i];
    return b !== undefined && b >= lo && b <= hi;
}
function sequenceAt(raw, i) {
    const b = raw[i];
    if (b < 0x80)
        return 1;
    if (b >= 0xc2 && b <= 0xdf)
        return byteIn(raw, i + 1, 0x80, 0xbf) ? 2 : 0;
    if (b >= 0xe0 && b <= 0xef) {
        const ok = byteIn(raw, i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && byteIn(raw, i + 2, 0x80, 0xbf);
        return ok ? 3 : 0;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        const ok = byteIn(raw, i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && byteIn(raw, i + 2, 0x80, 0xbf) && byteIn(raw, i + 3, 0x80, 0xbf);
        return ok ? 4 : 0;
    }
    return 0;
}
class TextBuilder {
    parts = [];
    units = [];
    unit(u) {
        this.units.push(u);
        if (this.units.length === 4096)
            this.flush();
    }
    text(t) {
        this.flush();
        this.parts.push(t);
    }
    flush() {
        if (this.units.length === 0)
            return;
        this.parts.push(String.fromCharCode.apply(null, this.units));
        this.units = [];
    }
    done() {
        this.flush();
        return this.parts.join('');
    }
}
function decodeRun(raw, from, to, out) {
    if (to - from > 64) {
        out.text(STRICT.decode(raw.subarray(from, to)));
        return;
    }
    for (let i = from; i < to;) {
        const b = raw[i];
        if (b < 0x80) {
            out.unit(b);
            i++;
        }
        else if (b < 0xe0) {
            out.unit(((b & 0x1f) << 6) | (raw[i + 1] & 0x3f));
            i += 2;
        }
        else if (b < 0xf0) {
            out.unit(((b & 0x0f) << 12) | ((raw[i + 1] & 0x3f) << 6) | (raw[i + 2] & 0x3f));
            i += 3;
        }
        else {
            const cp = ((b & 0x07) << 18) | ((raw[i + 1] & 0x3f) << 12) | ((raw[i + 2] & 0x3f) << 6) | (raw[i + 3] & 0x3f);
            out.unit(0xd800 + ((cp - 0x10000) >> 10));
            out.unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
            i += 4;
        }
    }
}
function decodeMixed(raw) {
    const out = new TextBuilder();
    let runStart = 0;
    let i = 0;
    while (i < raw.length) {
        const n = sequenceAt(raw, i);
        if (n > 0) {
            i += n;
            continue;
        }
        if (i > runStart)
            decodeRun(raw, runStart, i, out);
        out.unit(0xdc00 + raw[i]);
        i++;
        runStart = i;
    }
    if (i > runStart)
        decodeRun(raw, runStart, i, out);
    return out.done();
}
function decodeUtf8Escaped(raw) {
    try {
        return STRICT.decode(raw);
    }
    catch {
        return decodeMixed(raw);
    }
}
function decodeNameBytes(raw) {
    const text = raw.toString('utf8');
    return text.includes('\ufffd') ? decodeMixed(raw) : text;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
const AROUND_LONE_SURROGATES = new RegExp(`(${LONE_SURROGATE.source})`);
function hasLoneSurrogate(text) {
    return LONE_SURROGATE.test(text);
}
function replaceLoneSurrogates(text, shown) {
    return text.replace(LONE_SURROGATES, shown);
}
function encodeUtf8Escaped(text) {
    const parts = text.split(AROUND_LONE_SURROGATES);
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (i % 2 === 0) {
            out.push(Buffer.from(part, 'utf8'));
            continue;
        }
        const code = part.charCodeAt(0);
        if (code < 0xdc80 || code > 0xdcff)
            return null;
        out.push(Buffer.of(code - 0xdc00));
    }
    return Buffer.concat(out);
}


/***/ }),

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
  G9: () => (/* binding */ formatForPath),
  U1: () => (/* binding */ isModelByDefault),
  Sk: () => (/* binding */ modelExtensions),
  sh: () => (/* binding */ modelKeyOf),
  nB: () => (/* binding */ namesSideFilesInContent),
  GF: () => (/* binding */ openModel),
  ue: () => (/* binding */ sideFileLocations)
});

// UNUSED EXPORTS: detectFormat, formatByName, formats, loadedFormats, needsSignatureByDefault, readModel

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
    reader: async () => (await Promise.all(/* import() */[__webpack_require__.e(28), __webpack_require__.e(866), __webpack_require__.e(18)]).then(__webpack_require__.bind(__webpack_require__, 6018))).reader,
    defaultGlobProbe: { extensions: ['.h5'], bytes: keras_signature/* KERAS_PROBE_BYTES */.Ok, isModel: async (prefix, size) => (await Promise.all(/* import() */[__webpack_require__.e(28), __webpack_require__.e(866)]).then(__webpack_require__.bind(__webpack_require__, 866))).isKerasContent(prefix, size), skipped: 'an HDF5 file without Keras content' },
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
    reader: async () => (await Promise.all(/* import() */[__webpack_require__.e(823), __webpack_require__.e(28), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 3049))).reader,
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

/***/ 5875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ ModelFileError),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Ys: () => (/* binding */ BadInputError),
/* harmony export */   cB: () => (/* binding */ internalErrorLine),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   h9: () => (/* binding */ GraphError),
/* harmony export */   jW: () => (/* binding */ ModelBudgetError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports EXIT, isInternal, exitCodeFor */
const EXIT = {
    OK: 0,
    BREACH: 1,
    BAD_INPUT: 2,
    INTERNAL: 3,
};
class ModelBudgetError extends Error {
    name = 'ModelBudgetError';
}
class BadInputError extends ModelBudgetError {
    name = 'BadInputError';
}
class ModelFileError extends BadInputError {
    file;
    detail;
    name = 'ModelFileError';
    constructor(file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
        this.detail = detail;
    }
}
class GraphError extends BadInputError {
    name = 'GraphError';
}
class ConfigError extends ModelBudgetError {
    file;
    line;
    key;
    detail;
    name = 'ConfigError';
    constructor(file, line, key, detail) {
        super(`${file}${line > 0 ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${detail}`);
        this.file = file;
        this.line = line;
        this.key = key;
        this.detail = detail;
    }
}
class UsageError extends ModelBudgetError {
    name = 'UsageError';
}
class EnvironmentError extends ModelBudgetError {
    name = 'EnvironmentError';
}
class InternalError extends Error {
    detail;
    name = 'InternalError';
    context;
    constructor(detail, context, cause) {
        super([context.model, context.op, detail].filter((p) => p !== undefined && p !== '').join(': '), { cause });
        this.detail = detail;
        this.context = context;
    }
    static wrap(e, context = {}) {
        if (e instanceof ModelBudgetError)
            return e;
        if (e instanceof InternalError) {
            const merged = { ...context, ...e.context };
            return new InternalError(e.detail, merged, e.cause);
        }
        const detail = e instanceof Error ? `${e.name}: ${e.message}` : `non-error thrown: ${String(e)}`;
        return new InternalError(firstLine(detail), context, e);
    }
    toPlain() {
        return { detail: this.detail, context: this.context, stack: this.originalStack };
    }
    static restore(plain) {
        const cause = new Error(plain.detail);
        cause.stack = plain.stack;
        return new InternalError(plain.detail, plain.context, cause);
    }
    get originalStack() {
        const c = this.cause;
        return (c instanceof Error && c.stack) || this.stack || this.message;
    }
}
function isInternal(e) {
    return !(e instanceof ModelBudgetError);
}
function exitCodeFor(e) {
    return isInternal(e) ? EXIT.INTERNAL : EXIT.BAD_INPUT;
}
function internalErrorLine(e) {
    const wrapped = InternalError.wrap(e);
    return `internal error: ${wrapped.message}. This is a bug in model-budget, please report it (run with MODEL_BUDGET_DEBUG=1 for the stack trace)`;
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
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

/***/ 261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ countCommand),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   lV: () => (/* binding */ commandBusy),
/* harmony export */   zz: () => (/* binding */ commandEnv)
/* harmony export */ });
/* unused harmony export commandUsage */
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);




class CommandError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG {
    command;
    code;
    stderr;
    name = 'CommandError';
    constructor(command, code, stderr) {
        super(`\`${command}\` failed (exit ${code}): ${firstLine(stderr) || 'no error output'}`);
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
function firstLine(text) {
    return text.trim().split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
const DEFAULT_TIMEOUT_MS = 120_000;
const usage = { runs: 0, busyMs: 0, active: 0, since: 0 };
function commandUsage() {
    return { runs: usage.runs, busyMs: usage.busyMs + (usage.active > 0 ? performance.now() - usage.since : 0) };
}
function countCommand() {
    usage.runs++;
}
function commandBusy() {
    if (usage.active++ === 0)
        usage.since = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    let ended = false;
    return () => {
        if (ended)
            return;
        ended = true;
        if (--usage.active === 0)
            usage.busyMs += node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - usage.since;
    };
}
function commandEnv(env = process.env) {
    return { ...env, GIT_TERMINAL_PROMPT: '0' };
}
function runCommand(cmd, args, options) {
    return new Promise((resolve) => {
        const outFd = options.stdoutFile === undefined ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.openSync)(options.stdoutFile, 'w');
        countCommand();
        const idle = commandBusy();
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(cmd, args, {
                cwd: options.cwd,
                env: commandEnv(options.env),
                stdio: ['pipe', outFd ?? 'pipe', 'pipe'],
            });
        }
        catch (e) {
            idle();
            throw e;
        }
        const out = [];
        const err = [];
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            idle();
            clearTimeout(timer);
            if (outFd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.closeSync)(outFd);
            resolve(result);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: 124, stdout: Buffer.concat(out), stderr: `timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` });
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        let outBytes = 0;
        child.stdout?.on('data', (c) => {
            if (settled)
                return;
            out.push(c);
            outBytes += c.length;
            if (options.maxStdoutBytes !== undefined && outBytes >= options.maxStdoutBytes) {
                child.kill('SIGKILL');
                finish({ code: 0, stdout: Buffer.concat(out).subarray(0, options.maxStdoutBytes), stderr: '' });
            }
        });
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => finish({ code: 127, stdout: Buffer.alloc(0), stderr: e.message }));
        child.on('close', (code) => finish({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
        const stdin = child.stdin;
        stdin.on('error', () => undefined);
        if (options.input !== undefined)
            stdin.end(options.input);
        else
            stdin.end();
    });
}
async function runChecked(cmd, args, options) {
    const result = await runCommand(cmd, args, options);
    if (result.code !== 0)
        throw new CommandError([cmd, ...args].join(' '), result.code, result.stderr);
    return result.stdout;
}


/***/ }),

/***/ 9235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ hasUncheckedOutComponent),
/* harmony export */   KN: () => (/* binding */ undecodableName),
/* harmony export */   MP: () => (/* binding */ decodeGitOutput),
/* harmony export */   pL: () => (/* binding */ NOT_CHECKED_OUT),
/* harmony export */   zV: () => (/* binding */ UNDECODABLE_NAME)
/* harmony export */ });
/* harmony import */ var _formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5079);

function decodeGitOutput(raw) {
    return (0,_formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8Escaped */ .Hf)(raw);
}
function undecodableName(path) {
    return (0,_formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLoneSurrogate */ .fI)(path);
}
const UNDECODABLE_NAME = 'its name is not valid UTF-8, so it cannot be read by that name (rename it)';
function hasUncheckedOutComponent(path) {
    return path.split('/').some((part) => part === '' || part === '.' || part === '..');
}
const NOT_CHECKED_OUT = "is not a path git checks out (an empty, '.' or '..' component)";


/***/ }),

/***/ 8509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  gy: () => (/* binding */ ZERO_SHA),
  HH: () => (/* binding */ isSha),
  Tb: () => (/* binding */ refProblem)
});

// UNUSED EXPORTS: COPY_DIRECT_BYTES, parseNameStatusZ

// EXTERNAL MODULE: ./build/src/io/exec.js
var exec = __webpack_require__(261);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
;// CONCATENATED MODULE: ./build/src/io/git-batch.js




const MAX_HEADER_BYTES = 8192;
const HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) ([a-z]+) (\d{1,15})$/;
const UNFOLLOWED_LINK = /^(symlink|dangling|loop|notdir) (\d{1,15})$/;
const STALL_MS = 120_000;
const IDLE_MS = 5_000;
class CatFileBatch {
    cwd;
    mode;
    limits;
    followSymlinks;
    child = null;
    queue = [];
    header = [];
    headerBytes = 0;
    current = null;
    stderr = '';
    stalled = false;
    stallTimer = null;
    idleTimer = null;
    busyEnd = null;
    constructor(cwd, mode, limits = { stallMs: STALL_MS, idleMs: IDLE_MS }, followSymlinks = false) {
        this.cwd = cwd;
        this.mode = mode;
        this.limits = limits;
        this.followSymlinks = followSymlinks;
    }
    info(name) {
        if (this.mode !== '--batch-check')
            throw new Error('CatFileBatch.info needs --batch-check');
        return this.ask(name, null);
    }
    contents(name, sink) {
        if (this.mode !== '--batch')
            throw new Error('CatFileBatch.contents needs --batch');
        return this.ask(name, sink);
    }
    close() {
        const child = this.child;
        if (child)
            this.stopped(child, 0, 'closed');
        child?.stdin.end();
    }
    ask(name, sink) {
        if (/[\r\n]/.test(name))
            throw new Error('cat-file --batch: an object name with a line break');
        return new Promise((resolve, reject) => {
            let child;
            try {
                child = this.process();
            }
            catch (e) {
                reject(new exec/* CommandError */.Qd(`git cat-file ${this.mode}`, 127, e instanceof Error ? e.message : String(e)));
                return;
            }
            if (this.queue.length === 0)
                this.working(child);
            this.queue.push({ sink, resolve, reject });
            child.stdin.write(`${name}\n`);
        });
    }
    process() {
        if (this.child)
            return this.child;
        (0,exec/* countCommand */.$t)();
        const args = ['cat-file', this.mode, ...(this.followSymlinks ? ['--follow-symlinks'] : [])];
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: this.cwd, env: (0,exec/* commandEnv */.zz)(), stdio: 'pipe' });
        this.child = child;
        this.stderr = '';
        this.stalled = false;
        child.stdout.on('data', (chunk) => {
            if (this.child !== child)
                return;
            this.armStall(child);
            this.take(child, chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        child.on('error', (e) => this.stopped(child, 127, e.message));
        child.on('close', (code, signal) => this.stopped(child, code ?? 1, signal ? `killed by ${signal}` : ''));
        child.stdin.on('error', () => undefined);
        return child;
    }
    working(child) {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        child.ref();
        for (const s of [child.stdin, child.stdout, child.stderr])
            s.ref?.();
        this.busyEnd ??= (0,exec/* commandBusy */.lV)();
        this.armStall(child);
    }
    resting(child) {
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        this.stallTimer = null;
        this.busyEnd?.();
        this.busyEnd = null;
        child.unref();
        for (const s of [child.stdin, child.stdout, child.stderr])
            s.unref?.();
        this.idleTimer = setTimeout(() => {
            if (this.child === child && this.queue.length === 0)
                this.close();
        }, this.limits.idleMs);
        this.idleTimer.unref();
    }
    armStall(child) {
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        this.stallTimer = setTimeout(() => {
            this.stalled = true;
            child.kill('SIGKILL');
            this.stopped(child, 124, '');
        }, this.limits.stallMs);
    }
    stopped(child, code, why) {
        if (this.child !== child)
            return;
        this.child = null;
        const waiting = this.queue.splice(0);
        const current = this.current;
        this.current = null;
        this.header = [];
        this.headerBytes = 0;
        if (waiting.length > 0 || current) {
            const detail = this.stalled
                ? `no answer for ${this.limits.stallMs / 1000} s`
                : this.stderr.trim().split('\n')[0] || `${why || `exit ${code}`} with ${waiting.length} request${waiting.length === 1 ? '' : 's'} unanswered`;
            const error = new exec/* CommandError */.Qd(`git cat-file ${this.mode}`, code, `stopped mid-stream: ${detail}`);
            for (const r of waiting) {
                r.sink?.abort();
                r.reject(error);
            }
        }
        this.resting(child);
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
    }
    take(child, chunk) {
        let at = 0;
        while (at < chunk.length && this.child === child) {
            const cur = this.current;
            if (cur) {
                if (cur.left > 0) {
                    const n = Math.min(cur.left, chunk.length - at);
                    if (cur.refused === null && cur.link === undefined)
                        cur.request.sink.data(chunk.subarray(at, at + n));
                    cur.left -= n;
                    at += n;
                    continue;
                }
                if (chunk[at] !== 0x0a)
                    return this.broken(child, 'no line break after an object');
                at++;
                this.current = null;
                this.answered(child, () => {
                    if (cur.link)
                        return cur.link;
                    if (cur.refused)
                        throw cur.refused;
                    return cur.request.sink.end();
                });
                continue;
            }
            const nl = chunk.indexOf(0x0a, at);
            if (nl < 0) {
                this.header.push(chunk.subarray(at));
                this.headerBytes += chunk.length - at;
                if (this.headerBytes > MAX_HEADER_BYTES)
                    return this.broken(child, 'a header line longer than 8 KiB');
                return;
            }
            const line = Buffer.concat([...this.header, chunk.subarray(at, nl)]).toString('utf8');
            this.header = [];
            this.headerBytes = 0;
            at = nl + 1;
            this.headerLine(child, line);
        }
    }
    headerLine(child, line) {
        const request = this.queue[0];
        if (!request)
            return this.broken(child, 'output nobody asked for');
        const m = HEADER.exec(line);
        if (m) {
            const info = { oid: m[1], type: m[2], size: Number(m[3]) };
            if (request.sink === null)
                return this.answered(child, () => info);
            let refused;
            try {
                refused = request.sink.begin(info);
            }
            catch (e) {
                refused = e instanceof Error ? e : new Error(String(e));
            }
            this.current = { request, left: info.size, refused };
            return;
        }
        const link = this.followSymlinks && request.sink === null ? UNFOLLOWED_LINK.exec(line) : null;
        if (link) {
            this.current = { request, left: Number(link[2]), refused: null, link: { oid: '', type: link[1], size: 0 } };
            return;
        }
        if (line.endsWith(' missing') || line.endsWith(' ambiguous'))
            return this.answered(child, () => null);
        this.broken(child, 'an answer that is not an object header');
    }
    answered(child, value) {
        const request = this.queue.shift();
        try {
            request.resolve(value());
        }
        catch (e) {
            request.reject(e);
        }
        if (this.queue.length === 0)
            this.resting(child);
    }
    broken(child, what) {
        this.stderr = `unexpected output from git (${what})`;
        child.kill('SIGKILL');
        this.stopped(child, 1, '');
    }
}
function memorySink(path, cap) {
    let buf = null;
    let got = 0;
    return {
        begin(info) {
            if (info.size > cap)
                return new errors/* ModelFileError */.EO(path, `is ${info.size} bytes in git, more than the ${cap} bytes that may be read into memory`);
            buf = Buffer.allocUnsafe(info.size);
            return null;
        },
        data(chunk) {
            chunk.copy(buf, got);
            got += chunk.length;
        },
        end: () => buf.subarray(0, got),
        abort() {
            buf = null;
        },
    };
}
function fileSink(target) {
    let fd = null;
    let failed = null;
    const close = () => {
        if (fd !== null)
            (0,external_node_fs_.closeSync)(fd);
        fd = null;
    };
    return {
        begin() {
            fd = (0,external_node_fs_.openSync)(target, 'w');
            return null;
        },
        data(chunk) {
            if (failed || fd === null)
                return;
            try {
                for (let at = 0; at < chunk.length;)
                    at += (0,external_node_fs_.writeSync)(fd, chunk, at, chunk.length - at);
            }
            catch (e) {
                failed = e instanceof Error ? e : new Error(String(e));
                close();
            }
        },
        end() {
            close();
            if (failed)
                throw failed;
            return true;
        },
        abort: close,
    };
}

// EXTERNAL MODULE: ./build/src/io/git-paths.js
var git_paths = __webpack_require__(9235);
// EXTERNAL MODULE: ./build/src/io/link-aliases.js
var link_aliases = __webpack_require__(8865);
;// CONCATENATED MODULE: ./build/src/io/git.js





const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ZERO_SHA = '0000000000000000000000000000000000000000';
function isSha(text) {
    return SHA_RE.test(text);
}
const ANCESTRY_SUFFIX = /(?:[~^]\d*)+$/;
function refProblem(ref) {
    if (ref.length > 1024)
        return 'longer than 1024 characters';
    const name = ref.replace(ANCESTRY_SUFFIX, '');
    if (name === '')
        return 'empty';
    if (/^[-+]/.test(name))
        return `must not start with '${name[0]}'`;
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return "contains '..'";
    if (name.includes('@{'))
        return "contains '@{'";
    if (name === '@')
        return "is '@'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return "has an empty path component (a leading, trailing or doubled '/')";
    if (name.endsWith('.'))
        return "ends with '.'";
    if (name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')))
        return "has a component that starts with '.' or ends with '.lock'";
    return null;
}
const SYMLINK_MODE = '120000';
const UNFOLLOWED_LINKS = {
    symlink: "is a symbolic link that leads outside the commit's tree",
    dangling: 'is a symbolic link to a path the commit does not have',
    loop: 'is a symbolic link in a loop (or more than 40 links deep)',
    notdir: 'is a symbolic link to a path below a file',
    unfollowed: 'is a symbolic link, which is not followed for a name with a line break',
};
const EOO = '--end-of-options';
const COPY_DIRECT_BYTES = 4 * 1024 * 1024;
class Git {
    cwd;
    log;
    constructor(cwd, log = () => undefined) {
        this.cwd = cwd;
        this.log = log;
    }
    async out(args) {
        return (await (0,exec/* runChecked */.X4)('git', args, { cwd: this.cwd })).toString('utf8').trim();
    }
    async ok(args) {
        return (await (0,exec/* runCommand */.d1)('git', args, { cwd: this.cwd })).code === 0;
    }
    async topLevel() {
        return this.out(['rev-parse', '--show-toplevel']);
    }
    async resolveCommit(ref) {
        const r = await (0,exec/* runCommand */.d1)('git', ['rev-parse', '--verify', '--quiet', EOO, `${ref}^{commit}`], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    async hasCommit(sha) {
        return this.ok(['cat-file', '-e', EOO, `${sha}^{commit}`]);
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async ensureCommit(sha, remote = 'origin') {
        if (!isSha(sha))
            throw new exec/* CommandError */.Qd(`git fetch ${remote} ${sha}`, 128, 'not a full commit SHA');
        if (await this.hasCommit(sha))
            return;
        this.log(`Commit ${sha} is not in the local clone${(await this.isShallow()) ? ' (shallow)' : ''}; fetching just that commit: git fetch --no-tags --depth=1 ${remote} ${sha}`);
        const r = await (0,exec/* runCommand */.d1)('git', ['fetch', '--no-tags', '--depth=1', EOO, remote, sha], { cwd: this.cwd, timeoutMs: 300_000 });
        if (r.code !== 0 || !(await this.hasCommit(sha))) {
            throw new exec/* CommandError */.Qd(`git fetch --no-tags --depth=1 ${remote} ${sha}`, r.code, r.stderr || 'the commit is still missing after the fetch');
        }
    }
    async mergeBase(a, b) {
        const r = await (0,exec/* runCommand */.d1)('git', ['merge-base', EOO, a, b], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    async firstParent(sha) {
        return this.resolveCommit(`${sha}^1`);
    }
    async parents(sha) {
        const text = await this.out(['cat-file', '-p', EOO, `${sha}^{commit}`]);
        const parents = [];
        for (const line of text.split('\n')) {
            if (line === '')
                break;
            const m = /^parent ([0-9a-f]{40,64})$/.exec(line);
            if (m)
                parents.push(m[1]);
        }
        return parents;
    }
    async diffNameStatus(base, head) {
        const args = ['-c', 'core.quotepath=off', 'diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', EOO, base];
        if (head)
            args.push(head);
        args.push('--');
        return parseNameStatusZ((0,git_paths/* decodeGitOutput */.MP)(await (0,exec/* runChecked */.X4)('git', args, { cwd: this.cwd })));
    }
    batches = null;
    batch() {
        this.batches ??= { check: new CatFileBatch(this.cwd, '--batch-check', undefined, true), contents: new CatFileBatch(this.cwd, '--batch') };
        return this.batches;
    }
    close() {
        this.batches?.check.close();
        this.batches?.contents.close();
        this.batches = null;
    }
    blobAt(sha, path) {
        const key = `${sha}:${path}`;
        let known = this.blobs.get(key);
        if ((0,git_paths/* undecodableName */.KN)(path))
            return Promise.reject(new errors/* ModelFileError */.EO(path, git_paths/* UNDECODABLE_NAME */.zV));
        if ((0,git_paths/* hasUncheckedOutComponent */.As)(path))
            return Promise.reject(new errors/* ModelFileError */.EO(path, git_paths/* NOT_CHECKED_OUT */.pL));
        if (known === undefined) {
            known = (async () => {
                const lines = /[\r\n]/.test(path);
                const info = lines ? await this.lsTreeInfo(sha, path) : await this.batch().check.info(key);
                const unfollowed = info === null ? undefined : UNFOLLOWED_LINKS[info.type];
                if (unfollowed !== undefined)
                    throw new errors/* ModelFileError */.EO(path, unfollowed);
                if (info === null && !lines && (await this.listing(sha)).blobs.has(path)) {
                    throw new exec/* CommandError */.Qd(`git cat-file --batch-check ${key}`, 0, `${path} is in the commit's tree but git cannot read its object`);
                }
                return info !== null && info.type === 'blob' ? info : null;
            })();
            this.blobs.set(key, known);
            known.catch(() => this.blobs.delete(key));
        }
        return known;
    }
    blobs = new Map();
    listings = new Map();
    async lsTreeInfo(sha, path) {
        const raw = (0,git_paths/* decodeGitOutput */.MP)(await (0,exec/* runChecked */.X4)('git', ['--literal-pathspecs', 'ls-tree', '-z', '-l', '--full-tree', EOO, sha, '--', path], { cwd: this.cwd }));
        for (const line of raw.split('\0')) {
            const m = /^(\d+) ([a-z]+) ([0-9a-f]+) +(\d+|-)\t([^]*)$/.exec(line);
            if (!m || m[5] !== path || !isSha(m[3]) || m[4] === '-')
                continue;
            if (m[1] === SYMLINK_MODE)
                return { oid: '', type: 'unfollowed', size: 0 };
            return { oid: m[3], type: m[2], size: Number(m[4]) };
        }
        return null;
    }
    async readBlob(sha, path, maxBytes) {
        const blob = await this.blobAt(sha, path);
        if (blob === null)
            return null;
        if (blob.size <= maxBytes)
            return vanished(await this.batch().contents.contents(blob.oid, memorySink(path, maxBytes)), blob.oid);
        const r = await (0,exec/* runCommand */.d1)('git', ['cat-file', 'blob', EOO, blob.oid], { cwd: this.cwd, maxStdoutBytes: maxBytes });
        if (r.code !== 0)
            throw new exec/* CommandError */.Qd(`git cat-file blob ${blob.oid}`, r.code, r.stderr);
        return r.stdout;
    }
    async copyBlob(sha, path, target) {
        const blob = await this.blobAt(sha, path);
        if (blob === null)
            return false;
        if (blob.size <= COPY_DIRECT_BYTES)
            return vanished(await this.batch().contents.contents(blob.oid, fileSink(target)), blob.oid) === true;
        const r = await (0,exec/* runCommand */.d1)('git', ['cat-file', 'blob', EOO, blob.oid], { cwd: this.cwd, stdoutFile: target, timeoutMs: 600_000 });
        if (r.code !== 0)
            throw new exec/* CommandError */.Qd(`git cat-file blob ${blob.oid}`, r.code, r.stderr);
        return true;
    }
    async blobSize(sha, path) {
        return (await this.blobAt(sha, path))?.size ?? null;
    }
    async blobIds(sha, paths) {
        try {
            const found = await Promise.all(paths.map(async (p) => [p, await this.blobAt(sha, p)]));
            return new Map(found.flatMap(([p, b]) => (b === null ? [] : [[p, b.oid]])));
        }
        catch (e) {
            if (e instanceof exec/* CommandError */.Qd || e instanceof errors/* ModelFileError */.EO)
                return null;
            throw e;
        }
    }
    listing(sha) {
        let listing = this.listings.get(sha);
        if (listing === undefined) {
            listing = (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--full-tree', EOO, sha], { cwd: this.cwd }).then((raw) => parseTreeListing((0,git_paths/* decodeGitOutput */.MP)(raw)));
            this.listings.set(sha, listing);
            listing.catch(() => this.listings.delete(sha));
        }
        return listing;
    }
    async listFiles(sha) {
        return [...(await this.listing(sha)).files];
    }
    async listLinks(sha) {
        const { links } = await this.listing(sha);
        const read = links.slice(0, link_aliases/* MAX_LINKS */.vk);
        const texts = await Promise.all(read.map(async ({ path, oid }) => {
            if ((0,git_paths/* undecodableName */.KN)(path) || (0,git_paths/* hasUncheckedOutComponent */.As)(path))
                return null;
            try {
                const text = await this.batch().contents.contents(oid, memorySink(path, link_aliases/* MAX_LINK_TARGET_BYTES */.EK));
                return text === null ? null : [path, (0,git_paths/* decodeGitOutput */.MP)(text)];
            }
            catch (e) {
                if (e instanceof errors/* ModelFileError */.EO)
                    return null;
                throw e;
            }
        }));
        return { links: new Map(texts.filter((t) => t !== null)), skipped: links.length - read.length };
    }
    async listUntracked() {
        const top = await this.topLevel();
        const raw = (await (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], { cwd: top }));
        return (0,git_paths/* decodeGitOutput */.MP)(raw).split('\0').filter((p) => p !== '');
    }
    async listWorkingFiles() {
        const top = await this.topLevel();
        const raw = (await (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: top }));
        return [...new Set((0,git_paths/* decodeGitOutput */.MP)(raw).split('\0').filter((p) => p !== ''))];
    }
}
function parseTreeListing(raw) {
    const files = [];
    const blobs = new Set();
    const links = [];
    for (const line of raw.split('\0')) {
        const m = /^(\d+) ([a-z]+) ([0-9a-f]+)\t([^]*)$/.exec(line);
        if (!m || m[4] === '')
            continue;
        files.push(m[4]);
        if (m[2] === 'blob')
            blobs.add(m[4]);
        if (m[1] === SYMLINK_MODE && m[2] === 'blob')
            links.push({ path: m[4], oid: m[3] });
    }
    return { files, blobs, links };
}
function parseNameStatusZ(raw) {
    const parts = raw.split('\0');
    const changes = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++];
        if (!code)
            continue;
        const kind = code[0];
        if (kind === 'R' || kind === 'C') {
            const from = parts[i++] ?? '';
            const to = parts[i++] ?? '';
            changes.push(kind === 'R' ? { status: 'renamed', path: to, previousPath: from } : { status: 'added', path: to });
        }
        else {
            const path = parts[i++] ?? '';
            if (kind === 'A')
                changes.push({ status: 'added', path });
            else if (kind === 'D')
                changes.push({ status: 'removed', path });
            else
                changes.push({ status: 'modified', path });
        }
    }
    return changes;
}
function vanished(contents, oid) {
    if (contents === null)
        throw new exec/* CommandError */.Qd(`git cat-file --batch ${oid}`, 0, `object ${oid} is listed in the tree but git cannot read it`);
    return contents;
}


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RR: () => (/* binding */ resolveLfsPointer),
/* harmony export */   l$: () => (/* binding */ MAX_POINTER_BYTES),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(261);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8509);



const VERSION_LINES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];
const MAX_POINTER_BYTES = 1024;
function parseLfsPointer(bytes) {
    if (bytes.length === 0 || bytes.length >= MAX_POINTER_BYTES)
        return null;
    const text = Buffer.from(bytes).toString('utf8');
    if (!VERSION_LINES.some((v) => text.startsWith(`${v}\n`) || text.startsWith(`${v}\r\n`)))
        return null;
    const oid = /^oid sha256:([0-9a-f]{64})\s*$/m.exec(text)?.[1];
    const size = /^size (\d+)\s*$/m.exec(text)?.[1];
    if (!oid || size === undefined)
        return null;
    return { oid, size: Number(size) };
}
async function resolveLfsPointer(cwd, pointerBytes, pointer, path, commit, mode, target, env) {
    if (mode === 'skip')
        return { ok: false, pointer, reason: 'lfs: skip' };
    const version = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'version'], { cwd, timeoutMs: 20_000, ...(env ? { env } : {}) });
    if (version.code !== 0)
        return { ok: false, pointer, reason: 'git-lfs is not installed' };
    if (commit && (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha */ .HH)(commit) && !/[,*?[\]{}!\\]/.test(path)) {
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'fetch', 'origin', commit, `--include=${path}`, '--exclude='], { cwd, timeoutMs: 300_000, ...(env ? { env } : {}) });
    }
    const smudged = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'smudge', '--', path], { cwd, input: pointerBytes, timeoutMs: 300_000, stdoutFile: target, ...(env ? { env } : {}) });
    const size = smudged.code === 0 ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).size : -1;
    const passedThrough = size >= 0 && size < MAX_POINTER_BYTES && parseLfsPointer(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(target)) !== null;
    if (smudged.code !== 0 || passedThrough || size !== pointer.size) {
        const why = smudged.code !== 0 ? smudged.stderr.trim().split('\n')[0] || `exit ${smudged.code}` : 'object not available';
        return { ok: false, pointer, reason: `git lfs smudge failed: ${why}` };
    }
    return { ok: true, size };
}


/***/ }),

/***/ 8865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ MAX_ALIAS_PATHS),
/* harmony export */   EK: () => (/* binding */ MAX_LINK_TARGET_BYTES),
/* harmony export */   O4: () => (/* binding */ resolveInTree),
/* harmony export */   Pu: () => (/* binding */ linkAliases),
/* harmony export */   RE: () => (/* binding */ MAX_LINK_ALIASES),
/* harmony export */   vk: () => (/* binding */ MAX_LINKS)
/* harmony export */ });
/* unused harmony export MAX_LINK_HOPS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

const MAX_LINKS = 10_000;
const MAX_LINK_HOPS = 40;
const MAX_LINK_ALIASES = 1_000;
const MAX_LINK_TARGET_BYTES = 4096;
function step(link, target) {
    if (target === '' || target.startsWith('/'))
        return null;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(link);
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(dir === '.' ? target : `${dir}/${target}`).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../'))
        return null;
    return joined === '.' ? '' : joined;
}
function resolveInTree(path, links) {
    let parts = path.split('/').filter((p) => p !== '');
    let hops = 0;
    for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        const target = links.get(prefix);
        if (target === undefined)
            continue;
        if (++hops > MAX_LINK_HOPS)
            return null;
        const to = step(prefix, target);
        if (to === null)
            return null;
        parts = [...to.split('/').filter((p) => p !== ''), ...parts.slice(i)];
        i = 0;
    }
    return parts.join('/');
}
function selfAndAncestors(path) {
    const out = [path];
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path); d !== '.' && d !== '/'; d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(d))
        out.push(d);
    return out;
}
const MAX_ALIAS_PATHS = 20_000;
function linkAliases(changed, listing) {
    const byTarget = new Map();
    for (const link of listing.links.keys()) {
        const to = resolveInTree(link, listing.links);
        if (to === null || to === '')
            continue;
        const list = byTarget.get(to);
        if (list)
            list.push(link);
        else
            byTarget.set(to, [link]);
    }
    const aliases = new Map();
    const queue = [...changed].map((c) => ({ path: c, target: c }));
    const sources = new Set(queue.map((q) => q.path));
    for (let i = 0; i < queue.length; i++) {
        const { path, target } = queue[i];
        for (const at of selfAndAncestors(path)) {
            for (const link of byTarget.get(at) ?? []) {
                const alias = link + path.slice(at.length);
                if (aliases.has(alias) || sources.has(alias))
                    continue;
                if (resolveInTree(alias, listing.links) !== target)
                    continue;
                aliases.set(alias, target);
                if (aliases.size >= MAX_ALIAS_PATHS)
                    return { aliases, truncated: true };
                queue.push({ path: alias, target });
            }
        }
    }
    return { aliases, truncated: false };
}


/***/ }),

/***/ 4112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ runProfileJob)
});

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/formats/registry.js + 6 modules
var registry = __webpack_require__(1822);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
;// CONCATENATED MODULE: ./build/src/graph/census.js
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
    'state-space': () => __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 4584)),
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






const load_registry = new OpRegistry();
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
            load_registry.add(m.ops);
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
function familiesOf(model, census = graphCensus(model.graph)) {
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
    const addCensus = (graph) => addOps(graphCensus(graph));
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
async function opLookupFor(model, census = graphCensus(model.graph)) {
    await loadFamilies(familiesOf(model, census));
    return lookup;
}
function lookup(domain, opType, opset) {
    const def = load_registry.lookup(domain, opType, opset);
    if (def)
        return def;
    for (const f of familiesDefining((0,ir/* normalizeDomain */.A)(domain), opType)) {
        if (!loaded.has(f))
            throw new Error(`op ${opType} (domain '${domain}') belongs to family ${f}, which was not loaded`);
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
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
function opHistogram(model, census = graphCensus(model.graph)) {
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
    return profileLoadedAs(await readModel(path, { dims: options.dims }), options, options.displayPath ?? path);
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
    const census = graphCensus(model.graph);
    const lookup = await opLookupFor(model, census);
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

// EXTERNAL MODULE: ./build/src/io/sources.js
var sources = __webpack_require__(9008);
;// CONCATENATED MODULE: ./build/src/io/profile-job.js






async function runProfileJob(job, place, profile = profileLoaded, opened) {
    const started = external_node_perf_hooks_.performance.now();
    const ms = () => external_node_perf_hooks_.performance.now() - started;
    let file = job.file;
    let root = job.root;
    const line = (e) => {
        let text = e.message.split('\n')[0] ?? e.message;
        for (const f of new Set([file, job.file]))
            text = text.split(f).join(job.path);
        for (const r of new Set([root, job.root]))
            text = text.split(`${(0,external_node_path_.resolve)(r)}${external_node_path_.sep}`).join('');
        return text;
    };
    try {
        const model = opened ?? (await (0,registry/* openModel */.GF)(file));
        const { placed } = await (0,sources/* bringSideFiles */.p9)(job.path, file, (at) => model.sideFiles(at), place);
        if (placed?.kind === 'lfs')
            return { ...placed, ms: ms() };
        if (placed)
            ({ file, root } = placed);
        const loaded = await model.load(file, job.runs[0]?.dims ? { dims: job.runs[0].dims } : {});
        const runs = [];
        for (const options of job.runs) {
            try {
                runs.push({ profile: await profile(loaded, { ...options, displayPath: job.path }) });
            }
            catch (e) {
                if (!(e instanceof errors/* ModelBudgetError */.jW))
                    throw e;
                runs.push({ error: line(e) });
            }
        }
        return { kind: 'profiled', runs, ms: ms() };
    }
    catch (e) {
        if (e instanceof errors/* ModelBudgetError */.jW)
            return { kind: 'unreadable', error: line(e), ms: ms() };
        throw errors/* InternalError */.Gd.wrap(e, { model: job.path });
    }
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ emptySource),
/* harmony export */   BJ: () => (/* binding */ Materialiser),
/* harmony export */   VT: () => (/* binding */ sideFilePath),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   aS: () => (/* binding */ filesEqual),
/* harmony export */   fr: () => (/* binding */ readPrefix),
/* harmony export */   p9: () => (/* binding */ bringSideFiles),
/* harmony export */   v9: () => (/* binding */ dirSource)
/* harmony export */ });
/* unused harmony exports underRoot, walk, DiskFullError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4750);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1822);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5875);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(261);
/* harmony import */ var _git_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9235);
/* harmony import */ var _lfs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8309);
/* harmony import */ var _link_aliases_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8865);











function underRoot(root, path) {
    if ((0,_git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .undecodableName */ .KN)(path))
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, _git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .UNDECODABLE_NAME */ .zV);
    const parts = path.split('/');
    if ((0,_git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .hasUncheckedOutComponent */ .As)(path) || (node_path__WEBPACK_IMPORTED_MODULE_3__.sep === '\\' && parts.some((part) => /[\\:]/.test(part))))
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, _git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .NOT_CHECKED_OUT */ .pL);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...parts);
}
function gitSource(git, sha, side) {
    return {
        side,
        description: `commit ${sha.slice(0, 12)}`,
        read: (path, maxBytes) => git.readBlob(sha, path, maxBytes),
        localFile: async () => null,
        diskRoot: null,
        commit: sha,
        list: () => git.listFiles(sha),
        size: (path) => git.blobSize(sha, path),
        copyTo: (path, target) => git.copyBlob(sha, path, target),
        blobIds: (paths) => git.blobIds(sha, paths),
        links: () => git.listLinks(sha),
    };
}
const PROBE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK === undefined ? 'r' : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function unreadable(e, path) {
    const code = e?.code;
    return e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO || typeof code !== 'string' ? e : new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, `cannot read it (${code})`);
}
async function openToRead(file, path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, PROBE_FLAGS);
    }
    catch (e) {
        throw unreadable(e, path);
    }
}
async function readPrefix(file, maxBytes, path) {
    const fh = await openToRead(file, path);
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, 'is not a regular file');
        const want = Math.max(0, Math.min(st.size, maxBytes));
        const buf = Buffer.alloc(want);
        let got = 0;
        while (got < want) {
            const { bytesRead } = await fh.read(buf, got, want - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return buf.subarray(0, got);
    }
    catch (e) {
        throw unreadable(e, path);
    }
    finally {
        await fh.close();
    }
}
function dirSource(root, side, description, commit = null, lister, options = {}) {
    const within = options.confine === false ? null : root;
    const locate = (path) => {
        try {
            return (0,_formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__/* .containedFile */ .or)(underRoot(root, path), within, `the ${description}`);
        }
        catch (e) {
            if (e instanceof _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeFileError */ .h)
                throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, e.reason);
            throw e;
        }
    };
    let listing;
    const list = () => (listing ??= (lister ?? (() => walk(root)))());
    return {
        side,
        description,
        read: async (path, maxBytes) => {
            const f = locate(path);
            return f === null ? null : readPrefix(f.real, maxBytes, path);
        },
        localFile: async (path) => locate(path)?.real ?? null,
        diskRoot: root,
        commit,
        list,
        links: async () => diskLinks(root, await walk(root, { links: true }), lister ? new Set(await list()) : null),
        size: async (path) => locate(path)?.size ?? null,
        copyTo: async (path, target) => {
            const f = locate(path);
            if (f === null)
                return false;
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(f.real, target);
            }
            catch (e) {
                await (await openToRead(f.real, path)).close();
                throw e;
            }
            return true;
        },
    };
}
async function diskLinks(root, paths, listed) {
    const links = new Map();
    let skipped = 0;
    for (const path of paths) {
        if (listed !== null && !listed.has(path))
            continue;
        if (links.size >= _link_aliases_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_LINKS */ .vk) {
            skipped++;
            continue;
        }
        let target;
        try {
            target = (0,_git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .decodeGitOutput */ .MP)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(underRoot(root, path), { encoding: 'buffer' }));
        }
        catch {
            continue;
        }
        links.set(path, target);
    }
    return { links, skipped };
}
function emptySource(side, description) {
    return {
        side, description, read: async () => null, localFile: async () => null, diskRoot: null, commit: null, list: async () => [],
        size: async () => null, copyTo: async () => false,
    };
}
const SKIP_DIRS = new Set(['.git', 'node_modules']);
async function walk(root, options = {}) {
    const out = [];
    const visit = async (rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...rel.split('/')) : root, { withFileTypes: true });
        }
        catch (e) {
            if (options.links)
                return;
            throw e;
        }
        for (const e of entries) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await visit(p);
            }
            else if (options.links ? e.isSymbolicLink() : e.isFile() || e.isSymbolicLink()) {
                out.push(p);
            }
        }
    };
    await visit('');
    return out.sort();
}
async function filesEqual(a, b, path) {
    const fa = await openToRead(a, path);
    let fb;
    try {
        fb = await openToRead(b, path);
    }
    catch (e) {
        await fa.close();
        throw e;
    }
    try {
        const chunk = 1 << 20;
        const ba = Buffer.alloc(chunk);
        const bb = Buffer.alloc(chunk);
        for (let at = 0;; at += chunk) {
            const [ra, rb] = await Promise.all([fa.read(ba, 0, chunk, at), fb.read(bb, 0, chunk, at)]);
            if (ra.bytesRead !== rb.bytesRead)
                return false;
            if (ra.bytesRead === 0)
                return true;
            if (!ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead)))
                return false;
        }
    }
    catch (e) {
        throw unreadable(e, path);
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
}
function sideFilePath(modelPath, location) {
    if (location.startsWith('/') || /^[A-Za-z]:/.test(location))
        return null;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_3__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(modelPath), location.replace(/\\/g, '/')));
    return joined.startsWith('../') || joined === '..' ? null : joined;
}
const MAX_PROBED_SIDE_FILES = 16;
async function bringSideFiles(path, file, sideFilesAt, place) {
    const paths = async (at) => (await sideFilesAt(at)).map((loc) => sideFilePath(path, loc)).filter((p) => p !== null);
    const first = await paths(file);
    if (first.length === 0)
        return { placed: null, sideFiles: [] };
    const placed = await place(first);
    if (placed.kind !== 'file')
        return { placed, sideFiles: first };
    const known = new Set(first);
    const more = (await paths(placed.file)).filter((p) => !known.has(p));
    if (more.length === 0)
        return { placed, sideFiles: first };
    const all = [...first, ...more];
    return { placed: await place(all), sideFiles: all };
}
const MAX_LFSCONFIG_BYTES = 64 * 1024;
class DiskFullError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EnvironmentError */ .eG {
    name = 'DiskFullError';
}
function diskFull(e, what, where) {
    const code = e?.code;
    const said = e instanceof _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Qd ? /no space left on device|disk quota exceeded/i.exec(e.stderr)?.[0] : undefined;
    if (code !== 'ENOSPC' && code !== 'EDQUOT' && said === undefined)
        return null;
    return new DiskFullError(`no space left to copy ${what} into the temporary folder ${where} (${said ?? code}): free space on that disk, or point TMPDIR at a larger one`);
}
class Materialiser {
    repoRoot;
    lfsMode;
    log;
    warn;
    tempRoot = null;
    folderCount = 0;
    constructor(repoRoot, lfsMode, log = () => undefined, warn = log) {
        this.repoRoot = repoRoot;
        this.lfsMode = lfsMode;
        this.log = log;
        this.warn = warn;
    }
    async temp(source, what, folders) {
        try {
            if (!this.tempRoot)
                this.tempRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'model-budget-'));
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.tempRoot, `${source.side}-${++this.folderCount}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir);
            folders?.push(dir);
            return dir;
        }
        catch (e) {
            throw diskFull(e, what, this.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) ?? e;
        }
    }
    async release(folders) {
        const root = this.tempRoot;
        for (const dir of folders) {
            if (root === null || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir) !== root)
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true }).catch((e) => this.log(`Cannot remove ${dir} yet (${e.code ?? e.message}); it goes at the end of the run`));
        }
    }
    async inspect(source, path) {
        const size = await source.size(path);
        if (size === null)
            return { kind: 'missing' };
        if (size >= _lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_POINTER_BYTES */ .l$)
            return { kind: 'content' };
        const bytes = await source.read(path, _lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_POINTER_BYTES */ .l$);
        if (bytes === null)
            return { kind: 'missing' };
        const pointer = (0,_lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .parseLfsPointer */ .y)(bytes);
        return pointer ? { kind: 'pointer', bytes, pointer } : { kind: 'content' };
    }
    lfsEnvs = new Map();
    lfsEnv(source, what) {
        const commit = source.commit;
        if (source.diskRoot !== null || commit === null || this.lfsMode === 'skip')
            return undefined;
        let env = this.lfsEnvs.get(commit);
        if (env === undefined) {
            env = (async () => {
                let config;
                try {
                    config = (await source.read('.lfsconfig', MAX_LFSCONFIG_BYTES)) ?? Buffer.alloc(0);
                }
                catch (e) {
                    if (!(e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO))
                        throw e;
                    config = Buffer.alloc(0);
                }
                const tree = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(await this.temp(source, what, undefined), 'lfs-work-tree');
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tree, '.lfsconfig'), config);
                const gitDir = (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .runChecked */ .X4)('git', ['rev-parse', '--absolute-git-dir'], { cwd: this.repoRoot })).toString('utf8').trim();
                return { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: tree };
            })();
            this.lfsEnvs.set(commit, env);
            env.catch(() => this.lfsEnvs.delete(commit));
        }
        return env;
    }
    async place(source, path, what, target) {
        let r;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
            const env = what.kind === 'pointer' ? await this.lfsEnv(source, `${path} (${source.side})`) : undefined;
            r = what.kind === 'pointer' ? await (0,_lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveLfsPointer */ .RR)(this.repoRoot, what.bytes, what.pointer, path, source.commit, this.lfsMode, target, env) : null;
            if (r === null)
                await source.copyTo(path, target);
        }
        catch (e) {
            throw diskFull(e, `${path} (${source.side})`, this.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) ?? e;
        }
        if (r === null)
            return null;
        if (r.ok) {
            this.log(`${path} (${source.side}): fetched from Git LFS (${r.size} bytes)`);
            return null;
        }
        const message = `${path} (${source.side}): Git LFS pointer not resolved (${r.reason})`;
        if (this.lfsMode === 'fetch')
            this.warn(`${message}; reporting it as stored in Git LFS`);
        else
            this.log(message);
        return { size: r.pointer.size, reason: r.reason };
    }
    async placeModel(source, path, folders) {
        const model = await this.inspect(source, path);
        if (model.kind === 'missing')
            return { kind: 'missing' };
        if (source.diskRoot !== null && model.kind === 'content') {
            return { kind: 'file', file: underRoot(source.diskRoot, path), root: source.diskRoot, inPlace: true, placed: [] };
        }
        const root = await this.temp(source, `${path} (${source.side})`, folders);
        const file = underRoot(root, path);
        const failed = await this.place(source, path, model, file);
        return failed ? { kind: 'lfs', path, ...failed } : { kind: 'file', file, root, inPlace: false, placed: [] };
    }
    async placeSideFiles(source, path, at, sidePaths, folders) {
        const done = new Set(at.placed);
        const todo = at.inPlace ? sidePaths : sidePaths.filter((p) => !done.has(p));
        const sides = await this.inspectAll(source, todo);
        if (at.inPlace && sides.every((s) => s.what.kind !== 'pointer'))
            return at;
        let place = at;
        if (at.inPlace) {
            const root = await this.temp(source, `${path} (${source.side})`, folders);
            place = { kind: 'file', file: underRoot(root, path), root, inPlace: false, placed: [] };
            await this.place(source, path, { kind: 'content' }, place.file);
        }
        for (const s of sides) {
            if (s.what.kind === 'missing')
                continue;
            const failed = await this.place(source, s.path, s.what, underRoot(place.root, s.path));
            if (failed)
                return { kind: 'lfs', path: s.path, ...failed };
        }
        return { ...place, placed: [...place.placed, ...todo] };
    }
    async materialise(source, path) {
        const model = await this.placeModel(source, path);
        if (model.kind !== 'file')
            return model;
        let at = model;
        const { placed, sideFiles } = await bringSideFiles(path, model.file, (file) => (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .sideFileLocations */ .ue)(path, { file }), async (paths) => {
            const r = await this.placeSideFiles(source, path, at, paths);
            if (r.kind === 'file')
                at = r;
            return r;
        });
        if (placed !== null && placed.kind !== 'file')
            return placed;
        return { kind: 'file', file: at.file, sideFiles, root: at.root };
    }
    async inspectAll(source, paths) {
        const listed = source.diskRoot === null && paths.length > MAX_PROBED_SIDE_FILES ? new Set(await source.list()) : null;
        const out = [];
        for (const p of paths)
            out.push({ path: p, what: listed && !listed.has(p) ? { kind: 'missing' } : await this.inspect(source, p) });
        return out;
    }
    async cleanup() {
        if (this.tempRoot)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.tempRoot, { recursive: true, force: true });
        this.tempRoot = null;
    }
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
/* harmony export */   Vl: () => (/* binding */ PEAK_BOUND_METRICS),
/* harmony export */   m_: () => (/* binding */ PEAK_REASON_PREFIX),
/* harmony export */   rZ: () => (/* binding */ COST_BOUND_METRICS),
/* harmony export */   rl: () => (/* binding */ opTypeKey)
/* harmony export */ });
/* unused harmony export boundMetrics */
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
