export const id = 49;
export const ids = [49];
export const modules = {

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

/***/ 3049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: ./build/src/formats/tensorflow/format.js + 1 modules
var format = __webpack_require__(2676);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
// EXTERNAL MODULE: ./build/src/formats/random-access.js
var random_access = __webpack_require__(3690);
;// CONCATENATED MODULE: ./build/src/formats/tensorflow/dtypes.js
const BY_CODE = [
    undefined, 'float32', 'float64', 'int32', 'uint8', 'int16', 'int8', 'string', 'complex64', 'int64',
    'bool', 'qint8', 'quint8', 'qint32', 'bfloat16', 'qint16', 'quint16', 'uint16', 'complex128',
    'float16', 'resource', 'variant', 'uint32', 'uint64', 'float8e5m2', 'float8e4m3fn',
    'int4', 'uint4',
];
function tfDtype(code) {
    const base = code > 100 ? code - 100 : code;
    return BY_CODE[base] ?? `dt_${code}`;
}
const TF_ONLY_BITS = new Map([
    ['qint8', 8], ['quint8', 8], ['qint16', 16], ['quint16', 16], ['qint32', 32],
]);

// EXTERNAL MODULE: ./build/src/graph/limits.js
var limits = __webpack_require__(3792);
// EXTERNAL MODULE: ./node_modules/protobufjs/minimal.js
var minimal = __webpack_require__(7823);
;// CONCATENATED MODULE: ./build/src/formats/tensorflow/proto.js

const { Reader } = minimal;
const WIRE = { VARINT: 0, I64: 1, LEN: 2, I32: 5 };
class ProtoError extends Error {
    name = 'ProtoError';
}
function signedVarint(r, no, what) {
    const v = r.int64();
    const n = (v.high | 0) * 2 ** 32 + (v.low >>> 0);
    if (!Number.isSafeInteger(n))
        throw new ProtoError(`${what}: field ${no} is out of range`);
    return n;
}
const MAX_SAFE_HIGH = 2 ** 21;
function eachField(buf, what, visit) {
    const r = Reader.create(buf);
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
                    expect(wire, WIRE.LEN, no, what);
                    consumed = true;
                    return r.bytes();
                },
                varint() {
                    expect(wire, WIRE.VARINT, no, what);
                    consumed = true;
                    const v = r.uint64();
                    if (v.high >>> 0 >= MAX_SAFE_HIGH)
                        throw new ProtoError(`${what}: field ${no} is out of range`);
                    return (v.high >>> 0) * 2 ** 32 + (v.low >>> 0);
                },
                string() {
                    expect(wire, WIRE.LEN, no, what);
                    consumed = true;
                    return r.string();
                },
                int64() {
                    expect(wire, WIRE.VARINT, no, what);
                    consumed = true;
                    return signedVarint(r, no, what);
                },
                ints() {
                    consumed = true;
                    if (wire === WIRE.VARINT)
                        return [signedVarint(r, no, what)];
                    expect(wire, WIRE.LEN, no, what);
                    return packedInts(r.bytes(), what);
                },
                floats() {
                    consumed = true;
                    if (wire === WIRE.I32)
                        return [r.float()];
                    expect(wire, WIRE.LEN, no, what);
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
        if (e instanceof RangeError || e instanceof Error)
            throw new ProtoError(`${what}: not a valid protobuf message (${e.message})`);
        throw e;
    }
}
function packedInts(bytes, what) {
    const inner = Reader.create(bytes);
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

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/graph-proto.js



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
const SHAPE = { dim: 2, unknownRank: 3, dimSize: 1 };
const TENSOR = { dtype: 1, shape: 2, content: 4, floatVal: 5, intVal: 7, int64Val: 10 };
const SAVED_MODEL = { schemaVersion: 1, metaGraphs: 2 };
const META_GRAPH = { graphDef: 2, signatureDef: 5 };
const SIGNATURE = { inputs: 1, outputs: 2 };
const TENSOR_INFO_NAME = 1;
const MAX_INT_VALUES = 4096;
const MAX_FLOAT_VALUES = 64;
const MAX_SHAPE_DIMS = 64;
function decodeTfShape(bytes, what) {
    const dims = [];
    let unknownRank = false;
    eachField(bytes, what, (f) => {
        if (f.no === SHAPE.dim) {
            if (dims.length >= MAX_SHAPE_DIMS)
                throw new ProtoError(`${what}: a shape of more than ${MAX_SHAPE_DIMS} dims`);
            let size = 0;
            eachField(f.bytes(), what, (d) => {
                if (d.no === SHAPE.dimSize)
                    size = d.int64();
            });
            dims.push(size);
        }
        else if (f.no === SHAPE.unknownRank && f.varint() !== 0) {
            unknownRank = true;
        }
    });
    return unknownRank ? undefined : dims;
}
function decodeKnownShape(bytes, what) {
    const dims = decodeTfShape(bytes, what);
    if (dims === undefined)
        throw new ProtoError(`${what}: a shape of unknown rank`);
    for (const d of dims)
        if (d < 0)
            throw new ProtoError(`${what}: dim ${d}`);
    return [...dims];
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
function isIntDtype(dtype) {
    return /^u?int(8|16|32|64)$/.test(dtype);
}
function decodeTensor(bytes, what) {
    let dtype = 'float32';
    let dims = [];
    let content = null;
    const listed = [];
    eachField(bytes, what, (f) => {
        if (f.no === TENSOR.dtype)
            dtype = tfDtype(f.varint());
        else if (f.no === TENSOR.shape)
            dims = decodeKnownShape(f.bytes(), what);
        else if (f.no === TENSOR.content)
            content = f.bytes();
        else if (f.no === TENSOR.intVal || f.no === TENSOR.int64Val || f.no === TENSOR.floatVal) {
            const float = f.no === TENSOR.floatVal;
            if (f.wire === WIRE.LEN)
                listed.push({ float, packed: f.bytes() });
            else if (listed.length <= MAX_INT_VALUES)
                listed.push({ float, one: (float ? f.floats() : f.ints())[0] });
        }
    });
    const elements = shapeElements(dims, what);
    const c = content;
    let values;
    const small = isIntDtype(dtype) ? elements <= MAX_INT_VALUES : dtype.startsWith('float') && elements <= MAX_FLOAT_VALUES;
    if (small) {
        const stored = [];
        for (const l of listed) {
            if (stored.length > elements)
                break;
            if (l.one !== undefined)
                stored.push(l.one);
            else if (l.packed !== undefined && l.packed.byteLength <= 10 * (MAX_INT_VALUES + 1))
                stored.push(...(l.float ? packedFloats(l.packed, what) : packedInts(l.packed, what)));
            else
                stored.length = elements + 1;
        }
        if (c !== null)
            values = contentValues(c, dtype, elements);
        else if (stored.length > 0 && stored.length <= elements) {
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
                out = { kind: 'tensor', value: decodeTensor(f.bytes(), what) };
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
        else if (f.no === LIST.i || f.no === LIST.b)
            for (const x of f.ints())
                i.push(x);
        else if (f.no === LIST.f)
            for (const x of f.floats())
                fl.push(x);
        else if (f.no === LIST.type)
            for (const x of f.ints())
                type.push(tfDtype(x));
        else if (f.no === LIST.shape)
            shape.push(decodeTfShape(f.bytes(), what));
    });
    return { kind: 'list', i, f: fl, s, type, shape };
}
function decodeNode(bytes) {
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
function decodeFunction(bytes, count) {
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
            countNode(count);
            nodes.push(decodeNode(f.bytes()));
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
function countNode(count) {
    if (++count.nodes > limits/* MAX_EXECUTED_NODES */.RY)
        throw new ProtoError(`the graph and its functions have more than ${limits/* MAX_EXECUTED_NODES */.RY.toLocaleString('en-US')} nodes, the most model-budget profiles`);
}
function graph_proto_decodeGraphDef(bytes) {
    const nodes = [];
    const functions = new Map();
    let functionCount = 0;
    const count = { nodes: 0 };
    const names = new Set();
    eachField(bytes, 'GraphDef', (f) => {
        if (f.no === GRAPH.node) {
            countNode(count);
            const node = decodeNode(f.bytes());
            if (names.has(node.name))
                throw new ProtoError(`GraphDef: two nodes are named ${JSON.stringify(node.name.slice(0, 200))}`);
            names.add(node.name);
            nodes.push(node);
        }
        else if (f.no === GRAPH.library) {
            eachField(f.bytes(), 'function library', (lf) => {
                if (lf.no !== LIBRARY.function)
                    return;
                const fn = decodeFunction(lf.bytes(), count);
                functionCount++;
                if (!functions.has(fn.name))
                    functions.set(fn.name, fn);
            });
        }
        else if (f.no === GRAPH.versions) {
            f.bytes();
        }
        else if (f.no !== GRAPH.version) {
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

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/sstable.js

const FOOTER_BYTES = 48;
const MAGIC = Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
const BLOCK_TRAILER = 5;
const MAX_TABLE_ENTRIES = 2_000_000;
const MAX_KEY_BYTES = 64 * 1024;
const MAX_TABLE_KEY_BYTES = 128 * 1024 * 1024;
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
    const keyBytes = { total: 0 };
    for (const { value } of blockEntries(indexBlock, 'index block', fail, Number.MAX_SAFE_INTEGER, keyBytes)) {
        const hc = new Cursor(value, value.length, fail);
        const handle = decodeHandle(hc, 'data block handle');
        if (handle.offset < previousEnd)
            fail(`data block at ${handle.offset} overlaps the block before it`);
        if (handle.offset + handle.size + BLOCK_TRAILER > indexHandle.offset)
            fail(`data block ${handle.offset}..${handle.offset + handle.size} runs into the index block at ${indexHandle.offset}`);
        previousEnd = handle.offset + handle.size + BLOCK_TRAILER;
        const block = readBlock(file, handle, dataEnd, `data block at ${handle.offset}`, fail);
        for (const e of blockEntries(block, `data block at ${handle.offset}`, fail, MAX_TABLE_ENTRIES - entries.length, keyBytes)) {
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
function blockEntries(block, what, fail, limit, keyBytes) {
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
        const keyLength = shared + nonShared;
        if (keyLength > MAX_KEY_BYTES)
            fail(`${what}: a ${keyLength}-byte key, longer than ${MAX_KEY_BYTES} bytes (keys are variable names)`);
        keyBytes.total += keyLength;
        if (keyBytes.total > MAX_TABLE_KEY_BYTES)
            fail(`its keys spell out more than ${MAX_TABLE_KEY_BYTES / 1024 / 1024} MiB of names, more than any checkpoint`);
        key = Buffer.concat([key.subarray(0, shared), block.subarray(c.pos, c.pos + nonShared)]);
        c.pos += nonShared;
        out.push({ key, value: block.subarray(c.pos, c.pos + valueLength) });
        c.pos += valueLength;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/bundle.js










const HEADER = { numShards: 1, endianness: 2 };
const ENTRY = { dtype: 1, shape: 2, shardId: 3, offset: 4, size: 5, slices: 7 };
const MAX_SHARDS = 100_000;
function tfBytes(dtype, elements) {
    if ((0,graph_dtype/* isDType */.Zn)(dtype))
        return dtype === 'string' ? null : (0,graph_dtype/* bytesFor */.D_)(dtype, elements);
    const bits = TF_ONLY_BITS.get(dtype);
    return bits === undefined ? null : (elements * bits) / 8;
}
const OPTIMIZER_NAME = /(^|\/)(\.OPTIMIZER_SLOT|optimizer|save_counter|global_step|beta[12]_power)(\/|$)|\/(Adam|Adam_1|Momentum|RMSProp|RMSProp_1|Adagrad|Ftrl|Ftrl_1|ExponentialMovingAverage)$/;
const BUFFER_NAME = /(^|\/)(moving_mean|moving_variance|num_batches_tracked)(\/|$)|(^|\/)keras_api\/(layer_)?metrics\//;
function variableRole(name, dtype) {
    if (OPTIMIZER_NAME.test(name))
        return 'optimizer';
    if (name === '_CHECKPOINTABLE_OBJECT_GRAPH')
        return 'non-weight';
    if (BUFFER_NAME.test(name))
        return 'buffer';
    if ((0,graph_dtype/* isDType */.Zn)(dtype))
        return (0,graph_dtype/* isWeightDType */.TW)(dtype) ? 'param' : 'non-weight';
    return TF_ONLY_BITS.has(dtype) ? 'param' : 'non-weight';
}
function readBundle(indexPath, relativeTo) {
    const entries = (0,random_access/* withRandomAccessFile */.e)(indexPath, (file) => readTable(file));
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
                if (numShards < 1 || numShards > MAX_SHARDS)
                    fail(`the bundle header names ${numShards} shards`);
                continue;
            }
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
                    dims = decodeKnownShape(f.bytes(), what);
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
function bundleShardFiles(indexPath, relativeTo) {
    const entries = (0,random_access/* withRandomAccessFile */.e)(indexPath, (file) => readTable(file));
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
    if (numShards < 1 || numShards > MAX_SHARDS)
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
        throw new errors/* ModelFileError */.EO(path, `checkpoint shard missing or unreadable: ${(0,file/* describeFsError */.TQ)(e)}`);
    }
}
function savedModelIndexPath(savedModelPb) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(savedModelPb), 'variables', 'variables.index');
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/graphdef.js




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
    const weight = elements > 1 && (0,graph_dtype/* isDType */.Zn)(t.dtype) && (0,graph_dtype/* isWeightDType */.TW)(t.dtype);
    return { name, dtype: t.dtype, dims: t.dims, elements, bytes: t.contentBytes ?? logical ?? 0, role: weight ? 'param' : 'non-weight' };
}

// EXTERNAL MODULE: ./build/src/graph/order.js
var order = __webpack_require__(3746);
// EXTERNAL MODULE: ./build/src/formats/ir-builder.js + 1 modules
var ir_builder = __webpack_require__(2028);
// EXTERNAL MODULE: ./build/src/formats/tflite/to-ir.js
var to_ir = __webpack_require__(9530);
;// CONCATENATED MODULE: ./build/src/formats/tensorflow/expansion.js

class TfGraphError extends Error {
    name = 'TfGraphError';
}
const MAX_CALL_DEPTH = 32;
const MAX_INLINED_NODES = limits/* MAX_EXECUTED_NODES */.RY;
const MAX_VISITED_NODES = 4 * MAX_INLINED_NODES;
const MAX_INLINED_NAME_CHARS = 128 * 1024 * 1024;
const CALL_OPS = new Set(['StatefulPartitionedCall', 'PartitionedCall']);
const ALIAS_OPS = new Set(['Identity', 'ReadVariableOp', 'StopGradient', 'Snapshot', 'PreventGradient', 'EnsureShape', 'CheckNumerics', 'IdentityN']);
const quoted = (s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}...` : s);
function calleeOf(n, functions) {
    if (CALL_OPS.has(n.op)) {
        const f = n.attrs.get('f');
        return f?.kind === 'func' ? f.value : '';
    }
    return functions.has(n.op) ? n.op : null;
}
class ExpansionCounter {
    functions;
    done = new Map();
    stack = [];
    constructor(functions) {
        this.functions = functions;
    }
    body(nodes) {
        let kept = 0;
        let visited = nodes.length;
        let inputs = 0;
        let chars = 0;
        let depth = 0;
        let deepest = null;
        for (const n of nodes) {
            inputs += n.inputs.length;
            chars += n.name.length;
            const callee = calleeOf(n, this.functions);
            const fn = callee === null ? undefined : this.functions.get(callee);
            if (fn) {
                const e = this.call(fn);
                kept += e.nodes;
                visited += e.visited;
                inputs += e.inputs;
                chars += e.visited * (n.name.length + 1) + e.chars;
                if (e.depth > depth) {
                    depth = e.depth;
                    deepest = fn.name;
                }
            }
            else if (callee !== null || !ALIAS_OPS.has(n.op)) {
                kept++;
            }
        }
        return { nodes: kept, visited, inputs, chars, depth, deepest };
    }
    call(fn) {
        if (this.stack.includes(fn.name))
            throw new TfGraphError(`function ${quoted(fn.name)} calls itself (${[...this.stack, fn.name].map(quoted).join(' -> ')})`);
        if (this.stack.length >= MAX_CALL_DEPTH)
            throw new TfGraphError(`function calls nest deeper than ${MAX_CALL_DEPTH} (at ${quoted(fn.name)})`);
        const seen = this.done.get(fn.name);
        if (seen) {
            if (this.stack.length + seen.depth > MAX_CALL_DEPTH)
                throw new TfGraphError(`function calls nest deeper than ${MAX_CALL_DEPTH} (at ${quoted(this.functionAt(fn.name, MAX_CALL_DEPTH - this.stack.length))})`);
            return seen;
        }
        this.stack.push(fn.name);
        const b = this.body(fn.nodes);
        this.stack.pop();
        const e = { ...b, depth: b.depth + 1 };
        this.done.set(fn.name, e);
        return e;
    }
    functionAt(name, steps) {
        let at = name;
        for (let i = 0; i < steps; i++)
            at = this.done.get(at)?.deepest ?? at;
        return at;
    }
}
const count = (n) => (Number.isSafeInteger(n) ? n.toLocaleString('en-US') : `about ${n.toPrecision(3)}`);
function checkExpansion(nodes, functions) {
    const e = new ExpansionCounter(functions).body(nodes);
    if (e.nodes > MAX_INLINED_NODES)
        throw new TfGraphError(`the graph expands to ${count(e.nodes)} nodes once its function calls are inlined, more than ${MAX_INLINED_NODES.toLocaleString('en-US')}`);
    if (e.visited > MAX_VISITED_NODES)
        throw new TfGraphError(`inlining the graph's function calls visits ${count(e.visited)} nodes, more than ${MAX_VISITED_NODES.toLocaleString('en-US')}`);
    if (e.inputs > limits/* MAX_EXECUTED_INPUTS */.TJ)
        throw new TfGraphError(`inlining the graph's function calls reads ${count(e.inputs)} node inputs, more than ${limits/* MAX_EXECUTED_INPUTS */.TJ.toLocaleString('en-US')}`);
    if (e.chars > MAX_INLINED_NAME_CHARS)
        throw new TfGraphError(`inlining the graph's function calls makes node names of ${count(e.chars)} characters in all, more than ${MAX_INLINED_NAME_CHARS / 1024 / 1024} MiB (call-node names nested under each other)`);
}

// EXTERNAL MODULE: ./build/src/graph/name-table.js
var name_table = __webpack_require__(4374);
;// CONCATENATED MODULE: ./build/src/formats/tensorflow/to-ir.js






const TF_DOMAIN = 'tensorflow';

const MAX_DIM = 2 ** 31 - 1;
const MAX_OUTPUT_INDEX = 65_535;
const BOOKKEEPING_OPS = new Set([
    'NoOp', 'SaveV2', 'RestoreV2', 'MergeV2Checkpoints', 'ShardedFilename', 'StringJoin', 'AssignVariableOp',
    'AssignAddVariableOp', 'AssignSubVariableOp', 'Assert', 'VarIsInitializedOp', 'DestroyResourceOp', 'Pack_saver',
]);
const VARIABLE_OPS = new Set(['VarHandleOp', 'VariableV2', 'Variable']);
const OUTPUT_ARGS = (0,name_table/* nameTable */.ge)({
    FusedBatchNorm: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV2: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV3: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2', 'reserve_space_3'],
    Unique: ['y', 'idx'],
    TopKV2: ['values', 'indices'],
});
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
    constructor(functions) {
        this.functions = functions;
    }
    add(nodes, prefix, ref) {
        for (const n of nodes) {
            const name = `${prefix}${n.name}`;
            const inputs = n.inputs.map(ref).filter((r) => r !== null);
            const callee = calleeOf(n, this.functions);
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
            this.nodes.push({ name, op: n.op, inputs, attrs: n.attrs });
        }
    }
    inline(callName, fn, inputs) {
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
            const parts = raw.split(':');
            const node = parts[0];
            const index = parts.length >= 3 ? Number(parts[parts.length - 1]) : parts.length === 2 && /^\d+$/.test(parts[1]) ? Number(parts[1]) : 0;
            const arg = parts.length >= 3 ? parts[1] : '';
            const offset = Math.max(0, OUTPUT_ARGS[opOf.get(node) ?? '']?.indexOf(arg) ?? 0);
            return `${prefix}${node}:${(Number.isSafeInteger(index) ? index : 0) + offset}`;
        };
        this.add(fn.nodes, prefix, ref);
        fn.outputArgs.forEach((a, i) => {
            const r = fn.ret.get(a);
            this.aliases.set(`${callName}:${i}`, r === undefined ? '' : ref(r) ?? '');
        });
    }
    resolve(value) {
        const chain = [];
        const onChain = new Set();
        let v = value;
        while (this.aliases.has(v)) {
            if (onChain.has(v))
                throw new TfGraphError(`values alias each other in a cycle (at ${quoted(value)})`);
            onChain.add(v);
            chain.push(v);
            v = this.aliases.get(v);
        }
        for (const a of chain)
            this.aliases.set(a, v);
        return v;
    }
}
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
function outputDtype(n) {
    for (const key of ['T', 'dtype', 'out_type', 'Tout']) {
        const a = n.attrs.get(key);
        if (a?.kind === 'type' && (0,graph_dtype/* isDType */.Zn)(a.value))
            return a.value;
    }
    return 'float32';
}
function checkedShape(s) {
    if (s === undefined)
        return undefined;
    for (const d of s) {
        if (d < -1)
            return `dim ${d}`;
        if (d > MAX_DIM)
            return `dim ${d} (more than ${MAX_DIM})`;
    }
    return s.map((d) => (d === -1 ? null : d));
}
class Uncosted extends Error {
}
class IrBuilder extends ir_builder/* IrGraphBuilder */.J {
    stated = new Map();
    outputShapes(n, outputs) {
        const a = n.attrs.get('_output_shapes');
        if (a === undefined)
            return;
        if (a.kind !== 'list' || a.shape.length === 0 || a.s.length + a.i.length + a.f.length + a.type.length > 0) {
            this.warnings.push(`node ${quoted(n.name)}: _output_shapes is not a list of shapes: ignored`);
            return;
        }
        const shapes = [];
        for (const s of a.shape) {
            const c = checkedShape(s);
            if (typeof c === 'string') {
                this.warnings.push(`node ${quoted(n.name)}: _output_shapes has ${c}: ignored`);
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
    node(n, opType, inputs, attrs, domain = '') {
        this.addNode(n.name, opType, domain, inputs, { name: `${n.name}:0`, dtype: outputDtype(n), shape: this.statedShape(n.name), kind: 'tensor' }, attrs);
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
    if (v.length !== 4 || v.some((x) => !Number.isSafeInteger(x) || x < 1 || x > MAX_DIM))
        throw new Uncosted(`${key} ${JSON.stringify(v.slice(0, 8))} is not 4 positive integers`);
    return nchw ? [v[2], v[3]] : [v[1], v[2]];
}
function padding(n) {
    const p = attrString(n, 'padding', 'VALID');
    if (p !== 'SAME' && p !== 'VALID')
        throw new Uncosted(`padding ${quoted(p)} is not SAME or VALID`);
    return p;
}
function layout(n) {
    const f = attrString(n, 'data_format', 'NHWC');
    if (f !== 'NHWC' && f !== 'NCHW')
        throw new Uncosted(`data_format ${quoted(f)} is not NHWC or NCHW`);
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
    const pad = padding(n);
    const filter = b.unique(`${n.name}/filter_${nchw ? 'oihw' : 'ohwi'}`);
    b.initializer(filter, w.dtype, nchw ? [cout, cin, kh, kw] : [cout, kh, kw, cin], undefined, w.storageKey ?? w.name);
    const bias = n.inputs.slice(2, 3);
    if (nchw) {
        if (bias.length > 0)
            throw new Uncosted('an NCHW fused convolution is not costed');
        b.node(n, 'Conv', [n.inputs[0], filter], { strides: [sh, sw], dilations: [dh, dw], auto_pad: pad === 'SAME' ? 'SAME_UPPER' : 'VALID' });
    }
    else
        b.node(n, 'CONV_2D', [n.inputs[0], filter, ...bias], { padding: pad, stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw }, to_ir/* TFLITE_DOMAIN */.qm);
};
const depthwise = (b, k, n) => {
    if (layout(n))
        throw new Uncosted('NCHW depthwise convolution is not costed');
    const w = filterOf(k, n.inputs[1], 'filter');
    const [kh, kw, cin, mult] = w.dims;
    const [sh, sw] = to_ir_window(n, 'strides', false);
    const [dh, dw] = to_ir_window(n, 'dilations', false);
    const filter = b.unique(`${n.name}/filter_1hwc`);
    b.initializer(filter, w.dtype, [1, kh, kw, cin * mult], undefined, w.storageKey ?? w.name);
    b.node(n, 'DEPTHWISE_CONV_2D', [n.inputs[0], filter], { padding: padding(n), stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw, depth_multiplier: mult }, to_ir/* TFLITE_DOMAIN */.qm);
};
function pool(tflite, onnx) {
    return (b, _k, n) => {
        const nchw = layout(n);
        const [kh, kw] = to_ir_window(n, 'ksize', nchw);
        const [sh, sw] = to_ir_window(n, 'strides', nchw);
        const pad = padding(n);
        if (nchw)
            b.node(n, onnx, n.inputs.slice(0, 1), { kernel_shape: [kh, kw], strides: [sh, sw], auto_pad: pad === 'SAME' ? 'SAME_UPPER' : 'VALID' });
        else
            b.node(n, tflite, n.inputs.slice(0, 1), { padding: pad, filter_height: kh, filter_width: kw, stride_h: sh, stride_w: sw }, to_ir/* TFLITE_DOMAIN */.qm);
    };
}
const biasAdd = (b, k, n) => {
    if (!layout(n))
        return b.node(n, 'Add', n.inputs.slice(0, 2), {});
    const bias = k.initializers.get(n.inputs[1] ?? '');
    if (!bias || bias.dims.length !== 1)
        throw new Uncosted('an NCHW bias that is not a constant vector');
    const view = b.unique(`${n.name}/bias_c11`);
    b.initializer(view, bias.dtype, [bias.dims[0], 1, 1], undefined, bias.storageKey ?? bias.name);
    b.node(n, 'Add', [n.inputs[0], view], {});
};
const matmul = (b, _k, n) => b.node(n, 'Gemm', n.inputs.slice(0, 3), { transA: attrBool(n, 'transpose_a') ? 1 : 0, transB: attrBool(n, 'transpose_b') ? 1 : 0 });
const FUSED_ACTIVATIONS = (0,name_table/* nameTable */.ge)({ Relu: ['Relu', ''], Relu6: ['RELU6', to_ir/* TFLITE_DOMAIN */.qm], Elu: ['Elu', ''], Tanh: ['Tanh', ''], Sigmoid: ['Sigmoid', ''] });
function fused(contraction) {
    return (b, k, n) => {
        const ops = n.attrs.get('fused_ops');
        const names = ops?.kind === 'list' ? ops.s : [];
        const [first, act, ...rest] = names;
        const activation = act === undefined ? undefined : FUSED_ACTIVATIONS[act];
        if (first !== 'BiasAdd' || rest.length > 0 || (act !== undefined && !activation) || n.inputs.length !== 3) {
            throw new Uncosted(`fused_ops ${JSON.stringify(names.slice(0, 4))} on ${n.inputs.length} inputs (costed: BiasAdd on 3 inputs, then at most one of ${Object.keys(FUSED_ACTIVATIONS).join(', ')})`);
        }
        if (!activation)
            return contraction(b, k, n);
        const inner = { ...n, name: b.unique(`${n.name}/biased`) };
        contraction(b, k, inner);
        b.node(n, activation[0], [`${inner.name}:0`], {}, activation[1]);
    };
}
const batchMatmul = (b, _k, n) => b.node(n, 'BATCH_MATMUL', n.inputs.slice(0, 2), { adj_x: attrBool(n, 'adj_x') ? 1 : 0, adj_y: attrBool(n, 'adj_y') ? 1 : 0 }, to_ir/* TFLITE_DOMAIN */.qm);
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
        const pads = [...p.filter((_, i) => i % 2 === 0), ...p.filter((_, i) => i % 2 === 1)];
        b.node(n, 'Pad', [n.inputs[0], b.ints(`${n.name}/pads`, pads)], { mode: mode(n) });
    };
}
const squeeze = (b, _k, n) => {
    const axes = attrInts(n, 'squeeze_dims') ?? attrInts(n, 'axis') ?? [];
    b.node(n, 'Squeeze', axes.length > 0 ? [n.inputs[0], b.ints(`${n.name}/axes`, axes)] : n.inputs.slice(0, 1), {});
};
const conv2dTranspose = (b, k, n) => {
    if (layout(n))
        throw new Uncosted('NCHW transposed convolution is not costed');
    const sizes = constInts(k, n.inputs[0], 'input_sizes');
    if (sizes.length !== 4)
        throw new Uncosted('its input_sizes are not 4 values');
    const w = filterOf(k, n.inputs[1], 'filter');
    const [kh, kw, cout, cin] = w.dims;
    const [sh, sw] = to_ir_window(n, 'strides', false);
    const filter = b.unique(`${n.name}/filter_ohwi`);
    b.initializer(filter, w.dtype, [cout, kh, kw, cin], undefined, w.storageKey ?? w.name);
    b.node(n, 'TRANSPOSE_CONV', [b.ints(`${n.name}/output_shape`, sizes), filter, n.inputs[2]], { padding: padding(n), stride_h: sh, stride_w: sw }, to_ir/* TFLITE_DOMAIN */.qm);
};
const transpose = (b, k, n) => b.node(n, 'Transpose', n.inputs.slice(0, 1), { perm: [...constInts(k, n.inputs[1], 'perm')] });
const expandDims = (b, k, n) => {
    const axis = constInts(k, n.inputs[1], 'axis');
    b.node(n, 'Unsqueeze', [n.inputs[0], b.ints(`${n.name}/axes`, axis)], {});
};
const OPS = (0,name_table/* nameTable */.ge)({
    Conv2D: conv2d,
    DepthwiseConv2dNative: depthwise,
    MaxPool: pool('MAX_POOL_2D', 'MaxPool'),
    AvgPool: pool('AVERAGE_POOL_2D', 'AveragePool'),
    MatMul: matmul,
    _FusedConv2D: fused(conv2d), _FusedMatMul: fused(matmul),
    BatchMatMul: batchMatmul, BatchMatMulV2: batchMatmul, BatchMatMulV3: batchMatmul,
    BiasAdd: biasAdd, BiasAddV1: biasAdd,
    FusedBatchNorm: fusedBatchNorm, FusedBatchNormV2: fusedBatchNorm, FusedBatchNormV3: fusedBatchNorm,
    Relu: unary('Relu'), Relu6: unary('RELU6', () => ({}), to_ir/* TFLITE_DOMAIN */.qm), Sigmoid: unary('Sigmoid'), Tanh: unary('Tanh'),
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
});
function servingSignature(signatures) {
    const usable = signatures.filter((s) => s.outputs.size > 0 && !s.name.startsWith('__'));
    return usable.find((s) => s.name === 'serving_default') ?? [...usable].sort((a, b) => (0,order/* compareCodeUnits */.U)(a.name, b.name))[0];
}
function producerOf(value) {
    return value.slice(0, value.lastIndexOf(':'));
}
function splitValue(value) {
    const producer = producerOf(value);
    return { producer, index: Number(value.slice(producer.length + 1)) || 0 };
}
function tfToIr(g, info) {
    checkExpansion(g.nodes, g.functions);
    const flat = new Flattener(g.functions);
    flat.add(g.nodes, '', mainRef);
    const nodes = flat.nodes.map((n) => ({ ...n, inputs: n.inputs.map((i) => flat.resolve(i)) }));
    const byName = new Map(nodes.map((n) => [n.name, n]));
    let outputs;
    if (info.signature) {
        outputs = [...info.signature.outputs.values()].map((t) => flat.resolve(mainRef(t) ?? t));
    }
    else {
        const read = new Set(nodes.flatMap((n) => n.inputs));
        outputs = nodes.filter((n) => !BOOKKEEPING_OPS.has(n.op) && !VARIABLE_OPS.has(n.op) && n.op !== 'Const' && n.op !== 'Placeholder' && !read.has(`${n.name}:0`)).map((n) => `${n.name}:0`);
    }
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
    const readAt = (value) => {
        const { producer: p, index } = splitValue(value);
        if (index > MAX_OUTPUT_INDEX)
            throw new TfGraphError(`${quoted(value)} reads output ${index} of node ${quoted(p)} (more than ${MAX_OUTPUT_INDEX.toLocaleString('en-US')} outputs)`);
        maxOutput.set(p, Math.max(maxOutput.get(p) ?? 0, index));
    };
    for (const n of kept)
        for (const i of n.inputs)
            readAt(i);
    for (const o of outputs)
        readAt(o);
    const b = new IrBuilder(new Set(kept.map((n) => n.name)));
    let hasShapes = false;
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
                b.warnings.push(`Placeholder ${quoted(n.name)}: shape has ${stated}: its shape is unknown`);
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
                b.warnings.push(`TensorFlow node ${quoted(n.name)} (${n.op}) is not costed: ${e.message}`);
            }
        }
        const count = (maxOutput.get(n.name) ?? 0) + 1;
        b.nodes.push({ name: n.name, opType: n.op, domain: TF_DOMAIN, inputs: n.inputs, outputs: Array.from({ length: count }, (_, i) => `${n.name}:${i}`), attributes: new Map() });
    }
    if (flat.missingFunctions.size > 0) {
        b.warnings.push(`calls to functions the library does not define (not costed, totals are a lower bound): ${[...flat.missingFunctions].map(([f, c]) => `${quoted(f)} x${c}`).join(', ')}`);
    }
    const valueInfoOf = (name) => {
        const init = b.initializers.get(name);
        if (init)
            return { name, dtype: init.dtype, shape: init.dims, kind: 'tensor' };
        const { producer, index } = splitValue(name);
        const p = byName.get(producer);
        const shape = b.statedShape(producer, index);
        return { name, dtype: p ? outputDtype(p) : undefined, shape, kind: 'tensor' };
    };
    const graphOutputs = [...new Set(outputs)].filter((o) => o !== '').map(valueInfoOf);
    return {
        model: b.model(info.signature?.name ?? 'main', graphOutputs, { ...info, format: 'tensorflow', domain: TF_DOMAIN, producer: '' }),
        hasShapes,
        warnings: b.warnings,
    };
}

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/reader.js









const MAX_GRAPH_BYTES = 2 ** 31 - 1;
const GRAPH_COSTS_UNAVAILABLE = 'the graph states no shapes (no _output_shapes, no Placeholder shape): MACs, FLOPs, memory access, peak memory and latency cannot be computed, params only';
function readProto(path, decode, kind) {
    const bytes = (0,file/* withOpenModel */.Is)(path, (fd, size) => {
        if (size > MAX_GRAPH_BYTES)
            throw new errors/* ModelFileError */.EO(path, `${size} bytes is larger than a protobuf ${kind} can be (2 GiB)`);
        return (0,file/* readAll */.yw)(fd, size, path);
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
        return { weights: { ...weights, costsUnavailable: GRAPH_COSTS_UNAVAILABLE, warnings: [...weights.warnings, ...ir.warnings] } };
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
function savedModelSideFiles(path, content) {
    const out = ['variables/variables.index', 'variables/variables.data-00000-of-00001'];
    if (content !== null && 'file' in content) {
        try {
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

;// CONCATENATED MODULE: ./build/src/formats/tensorflow/format-reader.js


const reader = {
    async read(path) {
        const saved = (0,format/* isSavedModel */.L)(path);
        const { weights, graph } = saved ? readSavedModelFile(path) : readGraphDefFile(path);
        if (!graph)
            return { kind: 'weights', weights, formatVersion: saved ? 'SavedModel' : 'GraphDef' };
        return { kind: 'graph', model: graph, sideFileBytes: 0, weights };
    },
    sideFiles(path, content) {
        return (0,format/* isSavedModel */.L)(path) ? savedModelSideFiles(path, content) : [];
    },
};


/***/ }),

/***/ 3746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
