export const id = 588;
export const ids = [588];
export const modules = {

/***/ 6588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/tflite/flatbuffer.js
var flatbuffer = __webpack_require__(4052);
// EXTERNAL MODULE: ./build/src/formats/tflite/schema.js
var schema = __webpack_require__(2946);
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
            throw new flatbuffer/* FlatBufferError */.a5(`more than ${LIMITS.records} tensors and operators (at ${what})`);
    }
    decode() {
        const { fb } = this;
        if (fb.size < 8)
            throw new flatbuffer/* FlatBufferError */.a5(`${fb.size} bytes is too short for a TFLite file`);
        const ident = new TextDecoder('latin1').decode(fb.bytesAt(4, 4, 'file identifier'));
        if (ident !== schema/* FILE_IDENTIFIER */.Bx) {
            throw new flatbuffer/* FlatBufferError */.a5(`not a TFLite file: file identifier is '${printable(ident)}', expected '${schema/* FILE_IDENTIFIER */.Bx}'`);
        }
        const root = fb.tableAt(0, 'model');
        const version = fb.scalar(root, schema/* MODEL */.A2.version, 'u32', 0, 'model version');
        const codesVec = fb.vector(root, schema/* MODEL */.A2.operatorCodes, 4, 'operator codes', LIMITS.operatorCodes);
        const opCodes = [];
        for (let i = 0; i < (codesVec?.length ?? 0); i++)
            opCodes.push(this.opCode(fb.tableIn(codesVec, i, `operator code ${i}`)));
        this.buffersVec = fb.vector(root, schema/* MODEL */.A2.buffers, 4, 'buffers', LIMITS.buffers);
        const sgVec = fb.vector(root, schema/* MODEL */.A2.subgraphs, 4, 'subgraphs', LIMITS.subgraphs);
        if (!sgVec || sgVec.length === 0)
            throw new flatbuffer/* FlatBufferError */.a5('the model has no subgraph');
        const subgraphs = [];
        for (let i = 0; i < sgVec.length; i++)
            subgraphs.push(this.subgraph(fb.tableIn(sgVec, i, `subgraph ${i}`), i, opCodes));
        const description = fb.string(root, schema/* MODEL */.A2.description, 'model description', 256);
        const metadata = new Map();
        const mdVec = fb.vector(root, schema/* MODEL */.A2.metadata, 4, 'metadata', LIMITS.metadata);
        for (let i = 0; i < (mdVec?.length ?? 0); i++) {
            const t = fb.tableIn(mdVec, i, `metadata ${i}`);
            const name = fb.string(t, schema/* METADATA */.MV.name, `metadata ${i} name`, 256);
            const buf = this.buffer(fb.scalar(t, schema/* METADATA */.MV.buffer, 'u32', 0, `metadata ${i} buffer`), `metadata '${name}'`);
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
        const deprecated = fb.scalar(t, schema/* OPERATOR_CODE */.zK.deprecatedBuiltinCode, 'i8', 0, 'operator code');
        const extended = fb.scalar(t, schema/* OPERATOR_CODE */.zK.builtinCode, 'i32', 0, 'operator code');
        // Old files fill only the byte-sized field, new ones both (the byte capped at 127): the larger wins.
        const code = Math.max(deprecated, extended);
        const version = fb.scalar(t, schema/* OPERATOR_CODE */.zK.version, 'i32', 1, 'operator code version');
        const name = schema/* BUILTIN_OPERATORS */.SV[code] ?? `BUILTIN_${code}`;
        if (name === 'CUSTOM') {
            const custom = fb.string(t, schema/* OPERATOR_CODE */.zK.customCode, 'custom op name', 256);
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
            throw new flatbuffer/* FlatBufferError */.a5(`${what} refers to buffer ${index}, but the model has ${vec?.length ?? 0} buffers`);
        }
        const { fb } = this;
        const t = fb.tableIn(vec, index, `buffer ${index}`);
        const data = fb.vector(t, schema/* BUFFER */.ZD.data, 1, `buffer ${index} data`);
        const offset = fb.scalar(t, schema/* BUFFER */.ZD.offset, 'u64', 0, `buffer ${index} offset`);
        const size = fb.scalar(t, schema/* BUFFER */.ZD.size, 'u64', 0, `buffer ${index} size`);
        let buf;
        if (data && data.length > 0)
            buf = { index, bytes: data.length, dataStart: data.start, external: false };
        else if (offset > 1) {
            // Files over 2 GB keep buffers after the flatbuffer; the schema makes offset valid only when > 1.
            if (!Number.isSafeInteger(offset + size) || offset + size > fb.size) {
                throw new flatbuffer/* FlatBufferError */.a5(`buffer ${index} lies at bytes ${offset}..${offset + size}, outside the file (${fb.size} bytes)`);
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
        const name = fb.string(t, schema/* SUBGRAPH */.FP.name, `subgraph ${index} name`, 256);
        const where = `subgraph ${index}`;
        const tVec = fb.vector(t, schema/* SUBGRAPH */.FP.tensors, 4, `${where} tensors`, LIMITS.records);
        this.count(tVec?.length ?? 0, `${where} tensors`);
        const tensors = [];
        for (let i = 0; i < (tVec?.length ?? 0); i++)
            tensors.push(this.tensor(fb.tableIn(tVec, i, `${where} tensor ${i}`), `${where} tensor ${i}`));
        const inputs = fb.numbers(t, schema/* SUBGRAPH */.FP.inputs, 'i32', `${where} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, schema/* SUBGRAPH */.FP.outputs, 'i32', `${where} outputs`, LIMITS.operands);
        const oVec = fb.vector(t, schema/* SUBGRAPH */.FP.operators, 4, `${where} operators`, LIMITS.records);
        this.count(oVec?.length ?? 0, `${where} operators`);
        const operators = [];
        for (let i = 0; i < (oVec?.length ?? 0); i++) {
            operators.push(this.operator(fb.tableIn(oVec, i, `${where} operator ${i}`), `${where} operator ${i}`, opCodes));
        }
        return { index, name, tensors, inputs, outputs, operators };
    }
    tensor(t, what) {
        const { fb } = this;
        const typeCode = fb.scalar(t, schema/* TENSOR */.Ql.type, 'i8', 0, what);
        const type = schema/* TENSOR_TYPES */.AG[typeCode];
        if (!type)
            throw new flatbuffer/* FlatBufferError */.a5(`${what} has unknown element type ${typeCode}`);
        const shape = fb.numbers(t, schema/* TENSOR */.Ql.shape, 'i32', `${what} shape`, LIMITS.rank);
        const sigField = fb.vector(t, schema/* TENSOR */.Ql.shapeSignature, 4, `${what} shape signature`, LIMITS.rank);
        const signature = sigField ? fb.numbers(t, schema/* TENSOR */.Ql.shapeSignature, 'i32', `${what} shape signature`, LIMITS.rank) : undefined;
        const bufferIndex = fb.scalar(t, schema/* TENSOR */.Ql.buffer, 'u32', 0, what);
        const name = fb.string(t, schema/* TENSOR */.Ql.name, `${what} name`);
        const q = fb.table(t, schema/* TENSOR */.Ql.quantization, `${what} quantization`);
        const sp = fb.table(t, schema/* TENSOR */.Ql.sparsity, `${what} sparsity`);
        const buffer = bufferIndex === 0 ? undefined : this.buffer(bufferIndex, `${what} ('${name}')`);
        return {
            name,
            typeName: type.name,
            dtype: type.dtype,
            shape,
            signature,
            hasRank: fb.scalar(t, schema/* TENSOR */.Ql.hasRank, 'bool', 0, what) === 1,
            isVariable: fb.scalar(t, schema/* TENSOR */.Ql.isVariable, 'bool', 0, what) === 1,
            buffer: buffer && buffer.bytes > 0 ? buffer : undefined,
            quantization: q ? this.quantization(q, `${what} quantization`) : undefined,
            sparsity: sp ? this.sparsity(sp, `${what} sparsity`) : undefined,
        };
    }
    quantization(t, what) {
        const { fb } = this;
        // Only the counts matter (per-tensor or per-channel); the scale values are never read.
        const scales = fb.vector(t, schema/* QUANTIZATION */.eK.scale, 4, `${what} scales`)?.length ?? 0;
        const custom = fb.scalar(t, schema/* QUANTIZATION */.eK.detailsType, 'u8', 0, what) !== 0;
        if (scales === 0 && !custom)
            return undefined;
        return { scales, axis: fb.scalar(t, schema/* QUANTIZATION */.eK.quantizedDimension, 'i32', 0, what), custom };
    }
    sparsity(t, what) {
        const { fb } = this;
        const order = fb.vector(t, schema/* SPARSITY */.YE.traversalOrder, 4, `${what} traversal order`, LIMITS.rank * 2)?.length ?? 0;
        const blockDims = fb.vector(t, schema/* SPARSITY */.YE.blockMap, 4, `${what} block map`, LIMITS.rank)?.length ?? 0;
        return { dims: order, blockDims };
    }
    operator(t, what, opCodes) {
        const { fb } = this;
        const opcodeIndex = fb.scalar(t, schema/* OPERATOR */.pC.opcodeIndex, 'u32', 0, what);
        const code = opCodes[opcodeIndex];
        if (!code)
            throw new flatbuffer/* FlatBufferError */.a5(`${what} uses operator code ${opcodeIndex}, but the model has ${opCodes.length}`);
        const inputs = fb.numbers(t, schema/* OPERATOR */.pC.inputs, 'i32', `${what} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, schema/* OPERATOR */.pC.outputs, 'i32', `${what} outputs`, LIMITS.operands);
        const intermediates = fb.numbers(t, schema/* OPERATOR */.pC.intermediates, 'i32', `${what} intermediates`, LIMITS.operands);
        const optType = fb.scalar(t, schema/* OPERATOR */.pC.builtinOptionsType, 'u8', 0, what);
        const options = new Map();
        const spec = schema/* BUILTIN_OPTIONS */.XP[optType];
        if (spec) {
            const ot = fb.table(t, schema/* OPERATOR */.pC.builtinOptions, `${what} ${spec.table}`);
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
            const names = k === 'padding' ? schema/* PADDING */.Kv : k === 'activation' ? schema/* ACTIVATIONS */.Ao : k === 'tensortype'
                ? schema/* TENSOR_TYPES */.AG.map((x) => x.dtype ?? x.name.toLowerCase())
                : k.slice(5, -1).split(',');
            const name = names[code];
            if (name === undefined)
                throw new flatbuffer/* FlatBufferError */.a5(`${what} has unknown value ${code}`);
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

// EXTERNAL MODULE: ./build/src/formats/tflite/to-ir.js
var to_ir = __webpack_require__(9530);
// EXTERNAL MODULE: ./build/src/formats/tflite/signature.js
var signature = __webpack_require__(395);
;// CONCATENATED MODULE: ./build/src/formats/tflite/reader.js
/**
 * Reads a TensorFlow Lite (.tflite, "TFL3") file into the graph IR, touching only its tables:
 * the file is read in small pages on demand and weight buffers are measured, never read.
 */







function decode(src, path) {
    try {
        const fb = new flatbuffer/* FlatBuffer */.wj(src);
        return (0,to_ir/* toIr */.xz)(decodeTflite(fb), fb);
    }
    catch (e) {
        if (e instanceof flatbuffer/* FlatBufferError */.a5)
            throw new errors/* ModelFileError */.EO(path, `invalid TFLite file: ${e.message}`);
        // A read failing mid-way (the file shrank, an I/O error) is a file problem too.
        if (e?.code)
            throw new errors/* ModelFileError */.EO(path, (0,file/* describeFsError */.TQ)(e));
        throw e;
    }
}
/** Reads and validates a .tflite file. Throws ModelFileError (one line, names the file). */
function readTfliteFile(path) {
    return (0,file/* withOpenModel */.Is)(path, (fd, size) => {
        const src = new flatbuffer/* FileSource */._n(fd, size);
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

;// CONCATENATED MODULE: ./build/src/formats/tflite/format-reader.js

const reader = {
    async read(path) {
        return { kind: 'graph', model: readTfliteFile(path).model, sideFileBytes: 0 };
    },
    // A TFLite model is one file: buffers past 2 GB live in the same file (offset/size).
    sideFiles: () => [],
};


/***/ })

};
