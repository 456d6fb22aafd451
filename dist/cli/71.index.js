export const id = 71;
export const ids = [71];
export const modules = {

/***/ 2028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ IrGraphBuilder)
});

// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
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

// EXTERNAL MODULE: ./build/src/formats/tflite/to-ir.js
var to_ir = __webpack_require__(9530);
;// CONCATENATED MODULE: ./build/src/formats/ir-builder.js



const ONNX_OPSET = 17;
class IrGraphBuilder {
    names;
    nodes = [];
    initializers = new Map();
    inputs = [];
    valueInfo = [];
    warnings = [];
    constructor(names = new Set()) {
        this.names = names;
    }
    nextSuffix = new Map();
    unique(name) {
        if (!this.names.has(name)) {
            this.names.add(name);
            return name;
        }
        let i = this.nextSuffix.get(name) ?? 1;
        let n;
        do
            n = `${name}_${i++}`;
        while (this.names.has(n));
        this.nextSuffix.set(name, i);
        this.names.add(n);
        return n;
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
    addNode(name, opType, domain, inputs, output, attrs) {
        const attributes = irAttributes(attrs);
        if (domain === to_ir/* TFLITE_DOMAIN */.qm)
            attributes.set(to_ir/* OUTPUT_TYPES_ATTR */.kh, { type: 'type_protos', value: [output] });
        this.nodes.push({ name, opType, domain, inputs, outputs: [output.name], attributes });
    }
    model(name, outputs, info) {
        return {
            format: info.format,
            formatVersion: info.formatVersion,
            producer: info.producer,
            opsetImports: new Map([['', ONNX_OPSET], [to_ir/* TFLITE_DOMAIN */.qm, 1], [info.domain, 1]]),
            graph: { name, inputs: this.inputs, outputs, initializers: this.initializers, valueInfo: this.valueInfo, nodes: this.nodes },
            functions: [],
            metadata: info.metadata,
            fileBytes: info.fileBytes,
        };
    }
}


/***/ }),

/***/ 4052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   a5: () => (/* binding */ FlatBufferError),
/* harmony export */   wj: () => (/* binding */ FlatBuffer)
/* harmony export */ });
/* unused harmony exports MemorySource, scalarBytes, READS_PER_FILE_BYTE, READ_ALLOWANCE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

class FlatBufferError extends Error {
    name = 'FlatBufferError';
}
class MemorySource {
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
const MAX_PAGES = 2048;
const RUN_PAGES = 16;
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
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buf, got, len - got, start + got);
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
const READS_PER_FILE_BYTE = 4;
const READ_ALLOWANCE = 1024 * 1024;
class FlatBuffer {
    src;
    limit;
    bytesRead = 0;
    maxRead;
    constructor(src, limit = src.size) {
        this.src = src;
        this.limit = limit;
        this.maxRead = READ_ALLOWANCE + READS_PER_FILE_BYTE * limit;
    }
    spend(n) {
        this.bytesRead += n;
        if (this.bytesRead > this.maxRead) {
            throw new FlatBufferError(`its tables take more than ${this.maxRead} bytes to read from a file of ${this.limit}: offsets that point at one table or vector many times (an operator or tensor listed over and over), which no converter writes`);
        }
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
        this.spend(n);
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
        this.spend(len);
        const v = this.src.view(pos, len);
        return new Uint8Array(v.buffer, v.byteOffset, len);
    }
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
    table(t, id, what) {
        const p = this.field(t, id, 4, what);
        return p === 0 ? undefined : this.tableAt(p, what);
    }
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
    tableIn(v, i, what) {
        return this.tableAt(v.start + 4 * i, what);
    }
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


/***/ }),

/***/ 9530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kh: () => (/* binding */ OUTPUT_TYPES_ATTR),
/* harmony export */   qm: () => (/* binding */ TFLITE_DOMAIN),
/* harmony export */   xz: () => (/* binding */ toIr)
/* harmony export */ });
/* unused harmony export TFLITE_CUSTOM_DOMAIN */
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3792);
/* harmony import */ var _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4052);



const TFLITE_DOMAIN = 'tflite';
const TFLITE_CUSTOM_DOMAIN = 'tflite.custom';
const OUTPUT_TYPES_ATTR = 'output_types';
const MAX_INT_VALUES = 256;
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
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`subgraph ${index} calls itself (through subgraphs ${[...this.stack, index].join(' -> ')})`);
        }
        if (this.stack.length >= _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_GRAPH_DEPTH */ .kD) {
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`subgraphs (WHILE/IF/CALL bodies) nest more than ${_graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_GRAPH_DEPTH */ .kD} deep (at subgraph ${index})`);
        }
        const sg = this.raw.subgraphs[index];
        if (!sg)
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`an operator refers to subgraph ${index}, but the model has ${this.raw.subgraphs.length}`);
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
                throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} refers to tensor ${i}, but ${where} has ${sg.tensors.length} tensors`);
            return t;
        };
        const inputSet = new Set();
        const inputs = sg.inputs.map((i) => {
            inputSet.add(i);
            return this.valueInfo(tensorAt(i, `${where} input`), names[i], true);
        });
        const initializers = new Map();
        const valueInfo = [];
        const state = [];
        const written = new Set();
        for (const op of sg.operators)
            for (const o of op.outputs)
                written.add(o);
        sg.tensors.forEach((t, i) => {
            if (t.isVariable)
                state.push(names[i]);
            if (t.buffer && !t.isVariable)
                initializers.set(names[i], this.initializer(t, names[i], `${where} tensor ${i}`));
            else if (t.isVariable && !inputSet.has(i) && !written.has(i)) {
                inputs.push(this.valueInfo(t, names[i], true));
            }
            else if (!inputSet.has(i))
                valueInfo.push(this.valueInfo(t, names[i], false));
        });
        const outputs = sg.outputs.map((i) => this.valueInfo(tensorAt(i, `${where} output`), names[i], false));
        const nodeNames = uniqueNames(sg.operators.map((op) => {
            const first = op.outputs[0];
            const n = first !== undefined && first >= 0 ? sg.tensors[first]?.name ?? '' : '';
            return n.split(';')[0] ?? '';
        }), 'op');
        const nodes = sg.operators.map((op, k) => this.node(op, nodeNames[k], sg, names, tensorAt, `${where} operator ${k}`));
        return { name: sg.name || (sg.index === 0 ? 'main' : `subgraph_${sg.index}`), inputs, outputs, initializers, valueInfo, nodes, state };
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
    valueInfo(t, name, isInput) {
        const shape = storedShape(t);
        const sig = t.signature && shape && t.signature.length === shape.length ? t.signature : undefined;
        const dims = shape?.map((stored, i) => {
            const d = sig ? sig[i] : stored;
            if (d >= 0)
                return d;
            if (d !== -1 || !sig)
                throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`tensor '${name}' has negative dimension ${d}`);
            return isInput ? (i === 0 ? 'batch' : `${name}_${i}`) : null;
        });
        return { name, dtype: t.dtype, shape: dims, kind: t.dtype ? 'tensor' : 'opaque' };
    }
    initializer(t, name, what) {
        const buf = t.buffer;
        if (!t.dtype)
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') is a ${t.typeName} tensor with stored data`);
        for (const d of t.shape)
            if (d < 0)
                throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') is a constant with negative dimension ${d}`);
        let elements = 1;
        for (const d of t.shape)
            elements *= d;
        if (!Number.isSafeInteger(elements))
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') has more than 2^53 elements`);
        const dense = (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(t.dtype, elements);
        const sparse = t.sparsity !== undefined;
        if (!sparse && t.dtype !== 'string' && buf.bytes !== dense) {
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') has ${elements} ${t.dtype} elements (${dense} bytes) but its buffer ${buf.index} holds ${buf.bytes} bytes`);
        }
        if (sparse && buf.bytes > dense) {
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') is sparse but stores ${buf.bytes} bytes, more than its dense size (${dense})`);
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
    return t.dtype ? (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(t.dtype, 8) : 8;
}
function quantizationLabel(t) {
    const q = t.quantization;
    if (!q || !t.dtype || (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeKind */ .PN)(t.dtype) === 'float')
        return undefined;
    if (q.custom)
        return 'custom quantization';
    return q.scales > 1 ? `per-channel, axis ${q.axis}` : 'per-tensor';
}
function storedShape(t) {
    if (t.shape.length === 0 && !t.hasRank && !t.buffer && (t.signature === undefined || t.signature.length === 0)) {
        return undefined;
    }
    return [...t.shape];
}
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
    if (nodesRun(graph) > _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_EXECUTED_NODES */ .RY) {
        throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`its operators and the subgraphs they call (WHILE/IF/CALL, shared ones once per caller) come to more than ${_graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_EXECUTED_NODES */ .RY.toLocaleString('en-US')} nodes, the most model-budget profiles`);
    }
    const metadata = new Map(raw.metadata);
    return {
        format: 'tflite',
        formatVersion: `schema ${raw.version}`,
        producer: raw.description,
        opsetImports: new Map([[TFLITE_DOMAIN, 1], [TFLITE_CUSTOM_DOMAIN, 1]]),
        graph,
        functions: [],
        metadata,
        fileBytes: raw.fileBytes,
    };
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


/***/ })

};
