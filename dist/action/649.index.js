export const id = 649;
export const ids = [649];
export const modules = {

/***/ 254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ withTail),
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   Pq: () => (/* binding */ memorySource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

function fileSource(fd, size) {
    let bytesRead = 0;
    let readCalls = 0;
    return {
        size,
        read(offset, length) {
            const n = Math.max(0, Math.min(length, size - offset));
            const out = Buffer.allocUnsafe(n);
            let got = 0;
            while (got < n) {
                const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, out, got, n - got, offset + got);
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
function memorySource(bytes) {
    return {
        size: bytes.byteLength,
        read: (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)),
        bytesRead: bytes.byteLength,
        readCalls: 0,
    };
}
function withTail(src, length) {
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


/***/ }),

/***/ 9649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/formats/shard-set.js
var shard_set = __webpack_require__(1359);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/safetensors/hf-config.js
var hf_config = __webpack_require__(3719);
// EXTERNAL MODULE: ./build/src/formats/safetensors/header.js + 1 modules
var header = __webpack_require__(2570);
// EXTERNAL MODULE: ./build/src/formats/shard-names.js
var shard_names = __webpack_require__(7159);
// EXTERNAL MODULE: ./build/src/formats/pytorch/signature.js
var signature = __webpack_require__(3032);
;// CONCATENATED MODULE: ./build/src/formats/pytorch/hf-quantization.js






function hfConfigSideFiles(path) {
    const name = (0,external_node_path_.basename)(path).toLowerCase();
    return name.endsWith('.bin') || (0,shard_names/* indexPrefix */.jE)(signature/* PYTORCH_SET */.Nn, name) !== null ? ['config.json'] : [];
}
function withHfQuantization(weights, path) {
    if (!weights.tensors.some((t) => t.name.endsWith('.qweight')))
        return weights;
    const warnings = [...weights.warnings];
    const configPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), 'config.json');
    const hasConfig = hfConfigSideFiles(path).length > 0 && (0,file/* fileState */.oT)(configPath) === 'file';
    const text = hasConfig ? (0,hf_config/* readConfigText */.im)(configPath, warnings) : undefined;
    const parsed = text === undefined ? undefined : (0,hf_config/* parseQuantizationConfig */.hf)(text);
    warnings.push(...(parsed?.warnings ?? []));
    const q = parsed?.quantization;
    const unpacks = q !== undefined && (q.method === 'gptq' || q.method === 'awq');
    if (!q)
        warnings.push(hf_config/* PACKED_WITHOUT_CONFIG */.DN);
    else if (!unpacks)
        warnings.push(`quant_method ${(0,header/* quoted */.TL)(q.method, 40)} is not one we unpack in a PyTorch file: params leave out the packed int32 words, and their .scales/.qzeros are buffers`);
    const names = new Set(weights.tensors.map((t) => t.name));
    const tensors = weights.tensors.map((t) => {
        if (t.role === 'optimizer')
            return t;
        const u = unpacks ? (0,hf_config/* unpackGptqAwq */.AC)(t.name, t.dtype, t.dims, t.elements, q) : undefined;
        if (u)
            return { ...t, dtype: u.dtype, dims: u.dims, elements: u.elements, role: u.role, ...(u.quantization !== undefined ? { quantization: u.quantization } : {}) };
        return (0,hf_config/* isPackedQuantState */.pu)(t.name, names) ? { ...t, role: 'buffer' } : t;
    });
    const metadata = new Map(weights.metadata);
    if (unpacks)
        metadata.set('quantization', (0,hf_config/* describeQuantization */.lS)(q));
    return { ...weights, tensors, metadata, warnings, sideFiles: [...weights.sideFiles, ...(hasConfig ? ['config.json'] : [])] };
}

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/weights.js
var weights = __webpack_require__(7707);
// EXTERNAL MODULE: ./build/src/formats/pytorch/byte-source.js
var byte_source = __webpack_require__(254);
;// CONCATENATED MODULE: ./build/src/formats/pytorch/pickle.js
class PickleError extends Error {
    name = 'PickleError';
}
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
    flat = [];
    get size() {
        return this.flat.length / 2;
    }
    set(key, value) {
        this.flat.push(key, value);
    }
    get(key) {
        const flat = this.flat;
        for (let i = flat.length - 2; i >= 0; i -= 2)
            if (flat[i] === key)
                return flat[i + 1];
        return undefined;
    }
    pairs() {
        return pairsOf(this.flat);
    }
    unique() {
        const flat = this.flat;
        if (flat.length < 4 || (flat.length <= 2 * SCANNED_KEYS && !hasRepeatedKey(flat)))
            return pairsOf(flat);
        const at = new Map();
        let out;
        for (let i = 0; i < flat.length; i += 2) {
            const k = flat[i];
            const id = keyIdentity(k);
            const j = id === undefined ? undefined : at.get(id);
            if (j !== undefined) {
                out ??= flat.slice(0, i);
                out[j + 1] = flat[i + 1];
                continue;
            }
            if (id !== undefined)
                at.set(id, out ? out.length : i);
            out?.push(k, flat[i + 1]);
        }
        return pairsOf(out ?? flat);
    }
}
function pairsOf(flat) {
    return {
        *[Symbol.iterator]() {
            for (let i = 0; i < flat.length; i += 2)
                yield [flat[i], flat[i + 1]];
        },
    };
}
const SCANNED_KEYS = 16;
function hasRepeatedKey(flat) {
    for (let i = 2; i < flat.length; i += 2) {
        const id = keyIdentity(flat[i]);
        if (id === undefined)
            continue;
        for (let j = 0; j < i; j += 2)
            if (keyIdentity(flat[j]) === id)
                return true;
    }
    return false;
}
function keyIdentity(k) {
    if (typeof k === 'string')
        return k;
    if (typeof k === 'boolean')
        return k ? 1 : 0;
    if (typeof k === 'bigint')
        return k >= BigInt(Number.MIN_SAFE_INTEGER) && k <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(k) : k;
    if (typeof k === 'number') {
        if (Number.isNaN(k))
            return undefined;
        return Number.isInteger(k) && !Number.isSafeInteger(k) ? BigInt(k) : k;
    }
    return undefined;
}
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
class PyObject {
    cls;
    args;
    state = null;
    items;
    appended = [];
    constructor(cls, args) {
        this.cls = cls;
        this.args = args;
    }
    get className() {
        return this.cls instanceof PyGlobal ? this.cls.qualified : '<computed>';
    }
}
const BYTES_PER_BUILT = 16;
const MIN_BUILT = 100_000;
const BYTES_PER_SLOT = 3;
const MIN_SLOTS = 1_000_000;
const DEFAULT_LIMITS = { maxOps: 50_000_000, maxMemo: 5_000_000, maxStack: 5_000_000, maxMarks: 100_000 };
const MAX_LINE = 64 * 1024;
const MAX_GLOBAL_NAME = 1024;
const MAX_LONG_BYTES = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
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
function unpickle(bytes, start, hooks, final = true, limits = DEFAULT_LIMITS) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.byteLength;
    let pos = start;
    const stack = [];
    const marks = [];
    const memo = [];
    const farMemo = new Map();
    let memoSize = 0;
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
    const maxBuilt = limits.maxBuilt ?? Math.max(MIN_BUILT, Math.floor((end - start) / BYTES_PER_BUILT));
    let builtCount = 0;
    const built = (v) => {
        if (++builtCount > maxBuilt)
            fail(`builds more than ${maxBuilt} objects, one per ${BYTES_PER_BUILT} bytes of pickle (real checkpoints build one per 20 to 100 bytes): refused`);
        return v;
    };
    const pushNew = (v) => push(built(v));
    const maxSlots = limits.maxSlots ?? Math.max(MIN_SLOTS, Math.floor((end - start) / BYTES_PER_SLOT));
    let slotCount = 0;
    const slots = (n) => {
        slotCount += n;
        if (slotCount > maxSlots)
            fail(`puts more than ${maxSlots} values into containers, one per ${BYTES_PER_SLOT} bytes of pickle (real checkpoints put one per 5 bytes or more): refused`);
    };
    const counted = (items) => {
        slots(items.length);
        return items;
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
    const popMark = () => {
        if (marks.length === 0)
            fail('no MARK on the stack');
        const at = marks.pop();
        return stack.splice(at);
    };
    const isIndex = (key) => Number.isInteger(key) && key >= 0 && key < 2 ** 32 - 1;
    const memoPut = (key, v) => {
        const isNew = isIndex(key) ? memo[key] === undefined : !farMemo.has(key);
        if (isNew && memoSize >= limits.maxMemo)
            fail(`memo larger than ${limits.maxMemo} entries`);
        if (isNew)
            memoSize++;
        if (isIndex(key))
            memo[key] = v;
        else
            farMemo.set(key, v);
    };
    const memoGet = (key) => {
        const v = isIndex(key) ? memo[key] : farMemo.get(key);
        if (v === undefined)
            fail(`memo key ${key} was never stored`);
        return v;
    };
    const reduce = (func, args) => {
        const described = hooks.reduce?.(func, args);
        if (described === undefined)
            return new PyObject(func, args);
        if (described instanceof PyDict)
            slots(described.flat.length);
        else if (described instanceof PyTuple || described instanceof PyList)
            slots(described.items.length);
        return described;
    };
    const setItems = (target, kv) => {
        if (kv.length % 2 !== 0)
            fail('SETITEMS with an odd number of items');
        const into = target instanceof PyDict ? target : target instanceof PyObject ? (target.items ??= built(new PyDict())) : fail(`SETITEMS on ${kindOf(target)}`);
        slots(kv.length);
        for (let i = 0; i < kv.length; i += 2)
            into.set(kv[i], kv[i + 1]);
    };
    const appendItems = (target, items) => {
        const into = target instanceof PyList ? target.items : target instanceof PyObject ? target.appended : fail(`APPENDS on ${kindOf(target)}`);
        slots(items.length);
        for (const v of items)
            into.push(v);
    };
    const global = (module, name) => {
        if (module.length === 0 || name.length === 0)
            fail('GLOBAL with an empty name');
        if (module.length > MAX_GLOBAL_NAME || name.length > MAX_GLOBAL_NAME)
            fail(`GLOBAL names a module or attribute of more than ${MAX_GLOBAL_NAME} characters`);
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
            case 0x80: {
                const proto = u8();
                if (proto > 5)
                    fail(`pickle protocol ${proto} is unknown`);
                break;
            }
            case 0x95:
                len64();
                break;
            case 0x2e: {
                const v = pop();
                return { value: v, end: pos };
            }
            case 0x28:
                if (marks.length >= limits.maxMarks)
                    fail(`more than ${limits.maxMarks} nested MARKs`);
                marks.push(stack.length);
                break;
            case 0x30:
                if (marks.length > 0 && stack.length === marks[marks.length - 1])
                    popMark();
                else
                    pop();
                break;
            case 0x31:
                popMark();
                break;
            case 0x32:
                push(top());
                break;
            case 0x4e:
                push(null);
                break;
            case 0x88:
                push(true);
                break;
            case 0x89:
                push(false);
                break;
            case 0x4a:
                push(i32());
                break;
            case 0x4b:
                push(u8());
                break;
            case 0x4d:
                push(u16());
                break;
            case 0x8a: {
                const n = u8();
                push(long(take(n)));
                break;
            }
            case 0x8b: {
                const n = u32();
                if (n > MAX_LONG_BYTES)
                    fail(`LONG4 of ${n} bytes`);
                push(long(take(n)));
                break;
            }
            case 0x49: {
                const s = line();
                if (s === '00' || s === '01')
                    push(s === '01');
                else
                    push(parseInt10(s, 'INT'));
                break;
            }
            case 0x4c:
                push(parseInt10(line(), 'LONG'));
                break;
            case 0x46: {
                const v = Number(line());
                push(Number.isNaN(v) ? fail('FLOAT: not a number') : v);
                break;
            }
            case 0x47: {
                need(8);
                push(view.getFloat64(pos, false));
                pos += 8;
                break;
            }
            case 0x58:
                push(text(u32()));
                break;
            case 0x8c:
                push(text(u8()));
                break;
            case 0x8d:
                push(text(len64()));
                break;
            case 0x56:
                push(line());
                break;
            case 0x54: {
                const n = i32();
                push(latin1.decode(take(n < 0 ? fail('negative BINSTRING length') : n)));
                break;
            }
            case 0x55:
                push(latin1.decode(take(u8())));
                break;
            case 0x53: {
                const s = line();
                const q = s[0];
                if (s.length < 2 || (q !== "'" && q !== '"') || s[s.length - 1] !== q)
                    fail('STRING is not quoted');
                push(s.slice(1, -1));
                break;
            }
            case 0x42:
                pushNew(new PyBytes(take(u32()).length));
                break;
            case 0x43:
                pushNew(new PyBytes(take(u8()).length));
                break;
            case 0x8e:
                pushNew(new PyBytes(take(len64()).length));
                break;
            case 0x96:
                pushNew(new PyBytes(take(len64()).length));
                break;
            case 0x97:
                fail('out-of-band buffers (NEXT_BUFFER) are not supported');
                break;
            case 0x98: break;
            case 0x29:
                pushNew(new PyTuple([]));
                break;
            case 0x85:
                pushNew(new PyTuple(counted([pop()])));
                break;
            case 0x86: {
                const b = pop();
                const a = pop();
                pushNew(new PyTuple(counted([a, b])));
                break;
            }
            case 0x87: {
                const c = pop();
                const b = pop();
                const a = pop();
                pushNew(new PyTuple(counted([a, b, c])));
                break;
            }
            case 0x74:
                pushNew(new PyTuple(counted(popMark())));
                break;
            case 0x5d:
                pushNew(new PyList());
                break;
            case 0x6c:
                pushNew(new PyList(counted(popMark())));
                break;
            case 0x61: {
                const v = pop();
                appendItems(top(), [v]);
                break;
            }
            case 0x65: {
                const items = popMark();
                appendItems(top(), items);
                break;
            }
            case 0x7d:
                pushNew(new PyDict());
                break;
            case 0x64: {
                const d = new PyDict();
                setItems(d, popMark());
                pushNew(d);
                break;
            }
            case 0x73: {
                const v = pop();
                const k = pop();
                setItems(top(), [k, v]);
                break;
            }
            case 0x75: {
                const kv = popMark();
                setItems(top(), kv);
                break;
            }
            case 0x8f:
                pushNew(new PyList());
                break;
            case 0x90: {
                const items = popMark();
                appendItems(top(), items);
                break;
            }
            case 0x91:
                pushNew(new PyList(counted(popMark())));
                break;
            case 0x63: {
                const module = line();
                push(global(module, line()));
                break;
            }
            case 0x93: {
                const name = pop();
                const module = pop();
                if (typeof module !== 'string' || typeof name !== 'string')
                    fail('STACK_GLOBAL of non-strings');
                push(global(module, name));
                break;
            }
            case 0x82:
                pushNew(new PyGlobal('copyreg', `extension ${u8()}`));
                break;
            case 0x83:
                pushNew(new PyGlobal('copyreg', `extension ${u16()}`));
                break;
            case 0x84:
                pushNew(new PyGlobal('copyreg', `extension ${i32()}`));
                break;
            case 0x52: {
                const args = pop();
                const func = pop();
                pushNew(reduce(func, args));
                break;
            }
            case 0x81: {
                const args = pop();
                const cls = pop();
                pushNew(reduce(cls, args));
                break;
            }
            case 0x92: {
                pop();
                const args = pop();
                const cls = pop();
                pushNew(reduce(cls, args));
                break;
            }
            case 0x69: {
                const module = line();
                const cls = global(module, line());
                pushNew(reduce(cls, new PyTuple(counted(popMark()))));
                break;
            }
            case 0x6f: {
                const items = popMark();
                if (items.length === 0)
                    fail('OBJ without a class');
                pushNew(reduce(items[0], new PyTuple(counted(items.slice(1)))));
                break;
            }
            case 0x62: {
                const state = pop();
                const target = top();
                if (target instanceof PyObject)
                    target.state = state;
                break;
            }
            case 0x51:
                push(hooks.persistentLoad(pop()));
                break;
            case 0x50:
                push(hooks.persistentLoad(line()));
                break;
            case 0x71:
                memoPut(u8(), top());
                break;
            case 0x72:
                memoPut(u32(), top());
                break;
            case 0x94:
                memoPut(memoSize, top());
                break;
            case 0x70:
                memoPut(Number(parseInt10(line(), 'PUT')), top());
                break;
            case 0x68:
                push(memoGet(u8()));
                break;
            case 0x6a:
                push(memoGet(u32()));
                break;
            case 0x67:
                push(memoGet(Number(parseInt10(line(), 'GET'))));
                break;
            default:
                fail(`unknown pickle opcode 0x${op.toString(16).padStart(2, '0')}`);
        }
    }
}
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
    ['UntypedStorage', { dtype: 'uint8', bits: 8 }],
    ['ByteStorageUntyped', { dtype: 'uint8', bits: 8 }],
]);
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
function torchDTypeName(v) {
    return dtypeFromGlobal(v)?.dtype;
}
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
function reduceTorch(func, args, ctx) {
    if (!(func instanceof PyGlobal)) {
        const looked = func instanceof PyObject ? memberLookup(func.cls, func.args) : undefined;
        if (looked !== undefined)
            countCodeCall(ctx, looked);
        return undefined;
    }
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
                    d.set(pair.items[0] ?? null, pair.items[1] ?? null);
        }
        return d;
    }
    if (ctx.foreignGlobals.size < 1000)
        ctx.foreignGlobals.add(func.qualified);
    if (isDangerousGlobal(func.qualified) && memberLookup(func, args) === undefined)
        countCodeCall(ctx, func.qualified);
    return undefined;
}
function countCodeCall(ctx, name) {
    ctx.codeCalls.count++;
    if (ctx.codeCalls.names.length < 3 && !ctx.codeCalls.names.includes(name))
        ctx.codeCalls.names.push(name);
}
const GETATTR = new Set(['builtins.getattr', '__builtin__.getattr']);
const PUBLIC_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;
function memberLookup(func, args) {
    if (!(func instanceof PyGlobal) || !GETATTR.has(func.qualified) || !(args instanceof PyTuple) || args.items.length !== 2)
        return undefined;
    const [owner, name] = args.items;
    if (!(owner instanceof PyGlobal) || isDangerousGlobal(owner.qualified) || typeof name !== 'string' || !PUBLIC_NAME.test(name))
        return undefined;
    return `${owner.qualified}.${name}`;
}
function torchHooks(ctx) {
    return {
        persistentLoad(pid) {
            if (pid instanceof PyTuple && pid.items[0] === 'module' && pid.items[1] instanceof PyGlobal)
                return pid.items[1];
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
const DANGEROUS = /^(os|posix|nt|subprocess|sys|shutil|socket|builtins\.(eval|exec|compile|open|getattr|__import__|input|breakpoint)|__builtin__\.(eval|exec|open|getattr)|importlib|runpy|pty|webbrowser|code|pickle|marshal|ctypes|commands|platform)(\.|$)/;
function isDangerousGlobal(qualified) {
    return DANGEROUS.test(qualified);
}

;// CONCATENATED MODULE: ./build/src/formats/pytorch/storage-reach.js
const MAX_RUNS = 1 << 20;
const ROLE_PRECEDENCE = ['param', 'buffer', 'optimizer', 'non-weight'];
function storageReach(views, packed) {
    const groups = new Map();
    let budget = MAX_RUNS;
    for (const { role, tensor } of views) {
        const key = groupKey(tensor.storage.key, role);
        const group = groups.get(key) ?? { tensor, role, runs: [], mixed: false };
        groups.set(key, group);
        if (packed(tensor.dtype) || tensor.bits !== group.tensor.bits)
            group.mixed = true;
        if (!group.mixed)
            budget -= addRuns(tensor, group.runs, budget);
    }
    const byStorage = new Map();
    for (const g of groups.values())
        byStorage.set(g.tensor.storage.key, [...(byStorage.get(g.tensor.storage.key) ?? []), g]);
    const out = new Map();
    for (const [storageKey, shared] of byStorage) {
        shared.sort((a, b) => ROLE_PRECEDENCE.indexOf(a.role) - ROLE_PRECEDENCE.indexOf(b.role));
        const storageBytes = shared[0].tensor.storage.bytes;
        const before = [];
        for (const g of shared) {
            const wholeBytes = g.mixed ? storageBytes : Math.floor((storageBytes * 8) / g.tensor.bits) * (g.tensor.bits / 8);
            const runs = g.mixed ? [[0, storageBytes]] : toBytes(g.runs, wholeBytes, g.tensor.bits);
            const own = unionLength(runs);
            const counted = own - overlap(runs, before);
            if (counted < own)
                out.set(groupKey(storageKey, g.role), { bytes: counted, sharedElements: Math.floor((counted * 8) / g.tensor.bits) });
            else if (own < wholeBytes)
                out.set(groupKey(storageKey, g.role), { bytes: own });
            before.push(...runs);
        }
    }
    return out;
}
function groupKey(storageKey, role) {
    return `${role}\u0000${storageKey}`;
}
function toBytes(runs, wholeBytes, bits) {
    const width = bits / 8;
    return runs.map(([s, e]) => [Math.min(s * width, wholeBytes), Math.min(e * width, wholeBytes)]);
}
function addRuns(t, runs, budget) {
    if (t.dims.some((d) => d === 0))
        return 0;
    const axes = t.dims.map((d, i) => ({ size: d, stride: t.strides[i] })).filter((a) => a.size > 1 && a.stride > 0).sort((a, b) => a.stride - b.stride);
    let run = 1;
    let inner = 0;
    while (inner < axes.length && axes[inner].stride === run)
        run *= axes[inner++].size;
    const outer = axes.slice(inner);
    const count = outer.reduce((n, a) => n * a.size, 1);
    if (count > budget) {
        const last = outer.reduce((end, a) => end + (a.size - 1) * a.stride, t.offset + run);
        runs.push([t.offset, last]);
        return 1;
    }
    const index = outer.map(() => 0);
    for (let n = 0; n < count; n++) {
        let start = t.offset;
        for (let i = 0; i < outer.length; i++)
            start += index[i] * outer[i].stride;
        runs.push([start, start + run]);
        for (let i = 0; i < outer.length && ++index[i] === outer[i].size; i++)
            index[i] = 0;
    }
    return count;
}
function unionLength(runs) {
    runs.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let end = -Infinity;
    for (const [s, e] of runs) {
        if (e <= end)
            continue;
        total += e - Math.max(s, end);
        end = e;
    }
    return total;
}
function overlap(runs, others) {
    if (others.length === 0)
        return 0;
    return unionLength(runs) + unionLength(others) - unionLength([...runs, ...others]);
}

// EXTERNAL MODULE: ./build/src/graph/dtype.js
var dtype = __webpack_require__(5274);
// EXTERNAL MODULE: ./build/src/formats/buffer-names.js
var buffer_names = __webpack_require__(5179);
;// CONCATENATED MODULE: ./build/src/formats/pytorch/walk.js




const MODEL_KEYS = new Set(['model', 'state_dict', 'model_state_dict', 'model_state', 'net', 'network', 'module', 'params', 'weights', 'model_weights']);
const OPTIMIZER_KEYS = new Set(['optimizer', 'optimizer_state_dict', 'optimizer_state', 'optimizers', 'optimizer_states', 'optim', 'opt', 'opt_state']);
const EMA_KEYS = new Set(['ema', 'model_ema', 'ema_model', 'ema_state_dict', 'state_dict_ema', 'ema_state', 'shadow']);
const MAX_DEPTH = 200;
const MAX_NAME = 4096;
const MAX_TENSOR_NAMES = 500_000;
const MAX_NAME_CHARS = 64 * 1024 * 1024;
const MODEL = { kind: 'model' };
const EMA = { kind: 'ema' };
const under = (up, key) => ({ up, key });
function nameOf(path) {
    const keys = [];
    for (let p = path; p; p = p.up)
        keys.push(p.key);
    let name = '';
    for (let i = keys.length - 1; i >= 0 && name.length <= MAX_NAME; i--) {
        if (i < keys.length - 1)
            name += '.';
        name += keys[i].slice(0, MAX_NAME + 1 - name.length);
    }
    return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}...` : name;
}
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
const RNG_HOST_KEYS = new Set(['python', 'numpy', 'random_state', 'numpy_random_seed', 'random_rng_state', 'np_rng_state']);
const RNG_TORCH_KEYS = new Set([
    'cpu', 'cuda', 'xla', 'npu', 'mlu', 'musa', 'hpu', 'mps', 'xpu', 'torch_manual_seed', 'xm_seed', 'torch_rng_state', 'cuda_rng_state',
]);
const RNG_BACKEND_KEY = /^torch_[a-z]+_manual_seed$/;
const RNG_TRACKER_KEY = 'rng_tracker_states';
const isInt = (x) => (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint';
function isHostRngState(x) {
    return x instanceof PyTuple && !x.items.some((i) => isTensor(i) || isUnmeasured(i));
}
function isTorchRngState(x, dictAllowed, nested = false) {
    if (isTensor(x))
        return x.dtype === 'uint8' || (x.dtype === 'int64' && x.dims.length === 0);
    if (isInt(x))
        return true;
    if (nested)
        return false;
    const items = x instanceof PyList || x instanceof PyTuple ? x.items : dictAllowed && x instanceof PyDict ? Array.from(x.unique(), ([, i]) => i) : undefined;
    return items !== undefined && items.every((i) => isTorchRngState(i, false, true));
}
function isRngState(v) {
    if (!(v instanceof PyDict))
        return false;
    let host = false;
    let torch = false;
    for (const [k, x] of v.unique()) {
        if (typeof k !== 'string')
            return false;
        if (RNG_HOST_KEYS.has(k) && isHostRngState(x))
            host = true;
        else if ((RNG_TORCH_KEYS.has(k) || RNG_BACKEND_KEY.test(k) || k === RNG_TRACKER_KEY) && isTorchRngState(x, k === RNG_TRACKER_KEY))
            torch = true;
        else if (!(k === 'step' && isInt(x)))
            return false;
    }
    return host && torch;
}
function defaultRole(name, t) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if ((0,buffer_names/* isBufferName */.u)(name, t.dims))
        return 'buffer';
    const elements = t.dims.reduce((a, b) => a * b, 1);
    if ((last === 'scale' || last === 'zero_point') && elements <= 1)
        return 'non-weight';
    if (t.dtype.startsWith('q'))
        return 'param';
    return (0,dtype/* isWeightDType */.TW)(t.dtype) ? 'param' : 'non-weight';
}
function scriptRole(script, key, value) {
    if (script === undefined)
        return undefined;
    if (script.parameters.has(key))
        return 'param';
    if (script.buffers.has(key) || isTensor(value))
        return 'buffer';
    return undefined;
}
function walkPickle(root, scriptClasses = new Map()) {
    const tensors = [];
    const origins = [];
    const unmeasured = [];
    const unmeasuredNames = [];
    const visited = new Set();
    const deferred = [];
    let names = 0;
    let nameChars = 0;
    let rngTensors = 0;
    const named = (name) => {
        if (++names > MAX_TENSOR_NAMES)
            throw new PickleError(`the pickle names more than ${MAX_TENSOR_NAMES} tensors, more than any real checkpoint: refused`);
        nameChars += name.length;
        if (nameChars > MAX_NAME_CHARS)
            throw new PickleError(`the pickle's tensor names add up to more than ${MAX_NAME_CHARS} characters, more than any real checkpoint: refused`);
        return name;
    };
    const record = (path, t, forced, from) => {
        const name = named(nameOf(path).replace(/(^|\.)_packed_params\._packed_params\.0$/, '$1weight').replace(/(^|\.)_packed_params\._packed_params\.1$/, '$1bias'));
        const role = forced ?? defaultRole(name, t);
        const ema = from === EMA;
        const push = (n) => {
            tensors.push(n);
            origins.push(from);
        };
        push({ name, tensor: t, role, ema });
        const q = t.quantizer;
        if (q?.scales)
            push({ name: named(`${name}.q_scales`), tensor: q.scales, role: 'non-weight', ema, derived: true });
        if (q?.zeroPoints)
            push({ name: named(`${name}.q_zero_points`), tensor: q.zeroPoints, role: 'non-weight', ema, derived: true });
    };
    const visit = (v, path, forced, from, depth) => {
        if (v === null || typeof v !== 'object')
            return;
        if (isTensor(v))
            return record(path, v, forced, from);
        if (isUnmeasured(v)) {
            const name = named(nameOf(path));
            unmeasuredNames.push(name);
            if (unmeasured.length < 1000)
                unmeasured.push(`${name || '<root>'} (${v.how})`);
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
            const rng = forced === undefined && isRngState(v);
            const role = forced ?? (isOptimizerState(v) || rng ? 'optimizer' : undefined);
            const before = tensors.length;
            for (const [k, x] of v.unique()) {
                const key = keyText(k);
                if (key !== undefined)
                    visit(x, under(path, key), role, from, depth + 1);
            }
            if (rng)
                rngTensors += tensors.length - before;
            return;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            v.items.forEach((x, i) => visit(x, under(path, String(i)), forced, from, depth + 1));
            return;
        }
        visitObject(v, path, forced, from, depth);
    };
    const visitObject = (o, path, forced, from, depth) => {
        const state = o.state instanceof PyTuple ? o.state.items[0] ?? null : o.state;
        if (state instanceof PyDict && (state.get('_parameters') !== undefined || state.get('_modules') !== undefined)) {
            visited.add(state);
            const items = state.unique();
            for (const [k, x] of items) {
                const key = keyText(k);
                if (key !== '_parameters' && key !== '_buffers' && key !== '_modules')
                    continue;
                if (!(x instanceof PyDict) || visited.has(x))
                    continue;
                visited.add(x);
                const role = forced ?? (key === '_parameters' ? 'param' : key === '_buffers' ? 'buffer' : undefined);
                for (const [ck, cx] of x.unique()) {
                    const child = keyText(ck);
                    if (child !== undefined)
                        visit(cx, under(path, child), role, from, depth + 1);
                }
            }
            const attribute = from.attribute ? from : { ...from, attribute: true };
            for (const [k, x] of items) {
                const key = keyText(k);
                if (key === undefined || key === '_parameters' || key === '_buffers' || key === '_modules')
                    continue;
                if (key.startsWith('_packed_') || (x instanceof PyObject && x.className === 'torch.ScriptObject'))
                    visit(x, under(path, key), forced, from, depth + 1);
                else
                    deferred.push(() => visit(x, under(path, key), forced ?? 'buffer', attribute, depth + 1));
            }
            return;
        }
        const script = scriptClasses.get(o.className);
        if (state instanceof PyDict) {
            visited.add(state);
            for (const [k, x] of state.unique()) {
                const key = keyText(k);
                if (key === undefined)
                    continue;
                visit(x, under(path, key), forced ?? scriptRole(script, key, x), from, depth + 1);
            }
        }
        else {
            visit(o.state, path, forced, from, depth + 1);
        }
        for (const [k, x] of o.items?.unique() ?? []) {
            const key = keyText(k);
            if (key !== undefined)
                visit(x, under(path, key), forced, from, depth + 1);
        }
        o.appended.forEach((x, i) => visit(x, under(path, String(i)), forced, from, depth + 1));
        visit(o.args, path, forced, from, depth + 1);
    };
    const rootItems = root instanceof PyDict ? root.unique() : [];
    const trainingKey = (k) => typeof k === 'string' && (MODEL_KEYS.has(k) || OPTIMIZER_KEYS.has(k) || EMA_KEYS.has(k));
    if (root instanceof PyDict && root.flat.some((k, i) => i % 2 === 0 && trainingKey(k))) {
        visited.add(root);
        let modelKeys = 0;
        for (const [k, x] of rootItems)
            if (typeof k === 'string' && MODEL_KEYS.has(k) && x !== null)
                modelKeys++;
        for (const [k, x] of rootItems) {
            const key = keyText(k);
            if (key === undefined)
                continue;
            if (OPTIMIZER_KEYS.has(key))
                visit(x, under(undefined, key), 'optimizer', MODEL, 1);
            else if (EMA_KEYS.has(key))
                visit(x, under(undefined, key), undefined, EMA, 1);
            else if (MODEL_KEYS.has(key))
                visit(x, modelKeys === 1 ? undefined : under(undefined, key), undefined, MODEL, 1);
            else
                visit(x, under(undefined, key), undefined, { kind: 'other', key }, 1);
        }
    }
    else {
        visit(root, undefined, undefined, MODEL, 0);
    }
    for (let i = 0; i < deferred.length; i++) {
        const job = deferred[i];
        deferred[i] = undefined;
        job();
    }
    const settled = settleRoles(tensors, origins, unmeasured, unmeasuredNames);
    if (rngTensors > 0)
        settled.warnings.push(`${rngTensors} tensor(s) of random-number-generator state (a training checkpoint's rng_state) are counted as training state (with the optimizer state), not params`);
    return settled;
}
function settleRoles(all, allOrigins, unmeasured, unmeasuredNames) {
    const held = new Set(all.filter((_, i) => !allOrigins[i].attribute).map((t) => t.tensor.storage.key));
    const keep = all.map((t, i) => !allOrigins[i].attribute || !held.has(t.tensor.storage.key));
    const tensors = all.filter((_, i) => keep[i]);
    const origins = allOrigins.filter((_, i) => keep[i]);
    const hasParams = (kind) => tensors.some((t, i) => origins[i].kind === kind && t.role === 'param');
    const modelEntry = hasParams('model');
    const emaBeside = modelEntry || hasParams('other');
    const moved = new Map();
    const out = tensors.map((t, i) => {
        const from = origins[i];
        const training = (from.kind === 'ema' && emaBeside) || (from.kind === 'other' && modelEntry);
        if (!training || t.role === 'optimizer')
            return t;
        if (from.kind === 'other' && t.role === 'param')
            moved.set(from.key, (moved.get(from.key) ?? 0) + 1);
        return { ...t, role: 'optimizer' };
    });
    const warnings = [];
    if (moved.size > 0) {
        const count = [...moved.values()].reduce((a, b) => a + b, 0);
        const keys = [...moved.keys()].slice(0, 3).map((k) => JSON.stringify(k.slice(0, 80))).join(', ');
        warnings.push(`${count} tensor(s) under the checkpoint's ${keys}${moved.size > 3 ? ', ...' : ''} beside its model are counted as training state (with the optimizer state), not params`);
    }
    return { tensors: out, unmeasured, unmeasuredNames, warnings };
}

// EXTERNAL MODULE: ./build/src/formats/pytorch/zip.js
var zip = __webpack_require__(393);
;// CONCATENATED MODULE: ./build/src/formats/pytorch/reader.js













const MAX_PICKLE_BYTES = 64 * 1024 * 1024;
const MAX_PICKLE_INFLATION = 100;
const PICKLE_INFLATE_ALLOWANCE = 1024 * 1024;
const MAX_CODE_BYTES = 4 * 1024 * 1024;
const LEGACY_FIRST_READ = 64 * 1024;
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const LEGACY_PROTOCOL = 1001;
function archivePrefix(entries) {
    for (const e of entries) {
        const parts = e.name.split('/');
        if (parts[parts.length - 1] === 'data.pkl' && parts.length <= 2)
            return parts.length === 2 ? `${parts[0]}/` : '';
    }
    return undefined;
}
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
                return false;
            }
        });
    }
    catch {
        return false;
    }
}
function readPytorchFile(path) {
    const { weights, container, stats } = (0,file/* withOpenModel */.Is)(path, (fd, size) => readSource((0,byte_source/* fileSource */.IO)(fd, size), path));
    return { weights: withHfQuantization(weights, path), container, stats };
}
function readPytorchSet(path) {
    const stats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
    const warnings = [];
    const set = (0,shard_set/* readShardSet */.xE)(signature/* PYTORCH_SET */.Nn, path, stats, (shardPath) => {
        const read = (0,file/* withOpenModel */.Is)(shardPath, (fd, size) => readSource((0,byte_source/* fileSource */.IO)(fd, size), shardPath));
        stats.bytesRead += read.stats.bytesRead;
        stats.readCalls += read.stats.readCalls;
        return read;
    }, (read) => read.storedNames, warnings);
    const tensors = [];
    for (const { shard, read } of set.shards) {
        for (const w of read.weights.warnings)
            warnings.push(set.sharded ? `${(0,header/* quoted */.TL)(shard)}: ${w}` : w);
        for (const t of read.weights.tensors)
            tensors.push({ ...t, storageKey: `${shard}/${t.storageKey ?? t.name}`, ...(set.sharded ? { file: shard } : {}) });
    }
    const container = set.shards[0]?.read.container ?? 'zip';
    const metadata = new Map([['container', container]]);
    if (set.sharded)
        metadata.set('shards', String(set.shards.length));
    const weights = { tensors, metadata, warnings, sideFiles: set.sideFiles };
    return { weights: withHfQuantization(weights, path), container, stats: { bytesRead: stats.bytesRead, readCalls: stats.readCalls } };
}
function readPytorchBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    const { weights, container, stats } = readSource(memorySource(bytes), path);
    return { weights, container, stats };
}
function readSource(src, path) {
    try {
        const head = src.read(0, 16);
        let read;
        if ((0,signature/* hasZipMagic */.pI)(head))
            read = readZip((0,byte_source/* withTail */.$4)(src, zip/* ZIP_TAIL_READ */.kZ));
        else if ((0,signature/* hasLegacyMagic */.FL)(head))
            read = readLegacy(src);
        else if (head[0] === 0x80)
            throw new errors/* ModelFileError */.EO(path, 'a bare pickle, not a torch.save file (no zip archive and no legacy magic number)');
        else
            throw new errors/* ModelFileError */.EO(path, 'not a PyTorch file: neither a zip archive nor a legacy torch.save file');
        rejectCodeCalls(read.ctx);
        const weights = toWeightsFile(read.tensors, read.container, read.unmeasured, read.unmeasuredNames.length, read.warnings);
        const storedNames = [...read.tensors.filter((t) => !t.derived).map((t) => t.name), ...read.unmeasuredNames];
        return { weights, container: read.container, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls }, storedNames };
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            throw e;
        if (e instanceof PickleError || e instanceof zip/* ZipError */.Wz || e instanceof StorageError)
            throw new errors/* ModelFileError */.EO(path, e.message);
        throw e;
    }
}
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
function readPickleEntry(src, entry) {
    (0,zip/* refuseInflation */.DT)(entry, MAX_PICKLE_INFLATION, PICKLE_INFLATE_ALLOWANCE, 'torch.save stores its pickles uncompressed, and a state dict deflates about 30:1');
    return (0,zip/* readEntry */.hB)(src, entry, MAX_PICKLE_BYTES);
}
function readZip(src) {
    const entries = (0,zip/* readCentralDirectory */.Hp)(src);
    const prefix = archivePrefix(entries);
    if (prefix === undefined)
        throw new zip/* ZipError */.Wz('a zip archive without data.pkl: not a torch.save or TorchScript file');
    const byName = new Map(entries.map((e) => [e.name, e]));
    const dataPkl = byName.get(`${prefix}data.pkl`);
    const warnings = [];
    const ctx = newContext();
    const root = runPickle(readPickleEntry(src, dataPkl), 'data.pkl', ctx);
    checkZipStorages(ctx.storages, byName, `${prefix}data/`, 'data.pkl');
    const isScript = byName.has(`${prefix}constants.pkl`) || entries.some((e) => e.name.startsWith(`${prefix}code/`));
    let constants = null;
    let constantStorages = new Map();
    if (isScript && byName.has(`${prefix}constants.pkl`)) {
        const cctx = newContext();
        constants = runPickle(readPickleEntry(src, byName.get(`${prefix}constants.pkl`)), 'constants.pkl', cctx);
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
        for (const t of walkPickle(constants).tensors)
            tensors.push({ ...t, name: `constants.${t.name}`, tensor: { ...t.tensor, storage: { ...t.tensor.storage, key: `constants/${t.tensor.storage.key}` } } });
    }
    return { tensors, container: (isScript ? 'torchscript' : 'zip'), unmeasured: walked.unmeasured, unmeasuredNames: walked.unmeasuredNames, ctx, warnings: [...warnings, ...walked.warnings] };
}
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
        const code = decoder.decode((0,zip/* readEntry */.hB)(src, entry, entry.size));
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
            return { tensors: walked.tensors, container: 'legacy', unmeasured: walked.unmeasured, unmeasuredNames: walked.unmeasuredNames, ctx, warnings: [...warnings, ...walked.warnings] };
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
function describeQuantizer(q) {
    const scheme = q.scheme.replace(/^per_(tensor|channel)_/, 'per-$1 ').replaceAll('_', ' ');
    return q.axis !== undefined ? `${scheme} (axis ${q.axis})` : scheme;
}
const PACKED_VALUES = new Map([['quint4x2', 2], ['quint2x4', 4]]);
function viewExtent(t) {
    if (t.dims.some((d) => d === 0))
        return t.offset;
    return t.dims.reduce((end, d, i) => end + (d - 1) * t.strides[i], t.offset + 1);
}
function storageBytes(t, share) {
    return share === undefined ? t.storage.bytes : share.bytes;
}
function rejectCodeCalls(ctx) {
    const { count, names } = ctx.codeCalls;
    if (count > 0) {
        throw new PickleError(`the pickle calls ${names.join(', ')}${count > names.length ? ' and more' : ''}: rejected (model-budget never runs pickles, but torch.load without weights_only would run this)`);
    }
}
function toWeightsFile(named, container, unmeasured, unmeasuredCount, extra) {
    const tensors = [];
    const reach = storageReach(named, (dtype) => PACKED_VALUES.has(dtype));
    for (const { name, tensor: t, role } of named) {
        const elements = t.dims.reduce((a, b) => a * b, 1);
        if (!Number.isSafeInteger(elements))
            throw new StorageError(`tensor ${JSON.stringify(name)}: ${t.dims.join('x')} elements is too many`);
        const storageElements = Math.floor((t.storage.bytes * 8) / t.bits) * (PACKED_VALUES.get(t.dtype) ?? 1);
        if (viewExtent(t) > storageElements) {
            throw new StorageError(`tensor ${JSON.stringify(name)} (${t.dims.join('x') || 'scalar'} at offset ${t.offset}) runs past its storage of ${storageElements} elements`);
        }
        const share = reach.get(groupKey(t.storage.key, role));
        tensors.push({
            name,
            dtype: t.dtype,
            dims: t.dims,
            elements,
            bytes: storageBytes(t, share),
            role,
            storageKey: t.storage.key,
            ...(share?.sharedElements !== undefined ? { sharedStorageElements: share.sharedElements } : {}),
            ...(t.quantizer ? { quantization: describeQuantizer(t.quantizer) } : {}),
        });
    }
    const warnings = [...extra];
    if (unmeasuredCount > 0)
        warnings.push(`${unmeasuredCount} tensor(s) in a form not measured: ${unmeasured.slice(0, 3).join(', ')}${unmeasuredCount > 3 ? ', ...' : ''}`);
    if (unmeasuredCount === 0 && tensors.length === 0)
        warnings.push(`${weights/* NO_WEIGHTS_PREFIX */.l}the pickle holds no tensors (plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments)`);
    else if (unmeasuredCount === 0 && tensors.every((t) => t.role === 'optimizer'))
        warnings.push(`${weights/* NO_WEIGHTS_PREFIX */.l}the file holds training state only (${tensors.length} tensor(s) of optimizer or random-number-generator state), no params`);
    const metadata = new Map([['container', container]]);
    return { tensors, metadata, warnings, sideFiles: [] };
}

;// CONCATENATED MODULE: ./build/src/formats/pytorch/format-reader.js





const reader = {
    async read(path) {
        const { weights, container } = (0,shard_set/* isShardSetFile */.dF)(signature/* PYTORCH_SET */.Nn, (0,external_node_path_.basename)(path)) ? readPytorchSet(path) : readPytorchFile(path);
        return { kind: 'weights', weights, formatVersion: container };
    },
    sideFiles: (path, content) => [...((0,shard_set/* isShardSetFile */.dF)(signature/* PYTORCH_SET */.Nn, (0,external_node_path_.basename)(path)) ? (0,shard_set/* shardSetSideFiles */.dI)(signature/* PYTORCH_SET */.Nn, path, content) : []), ...hfConfigSideFiles(path)],
};


/***/ }),

/***/ 393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ refuseInflation),
/* harmony export */   Hp: () => (/* binding */ readCentralDirectory),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   kZ: () => (/* binding */ ZIP_TAIL_READ)
/* harmony export */ });
/* unused harmony export ZIP_LIMITS */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);

let zlib;
function loadZlib() {
    return (zlib ??= node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire(import.meta.url)('node:zlib'));
}
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
const MAX_DEFLATE_RATIO = 1032;
function dv(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
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
const ZIP_TAIL_READ = 128 * 1024;
function readCentralDirectory(src, limits = ZIP_LIMITS) {
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
function refuseInflation(entry, maxRatio, allowance, why) {
    if (entry.method === 8 && entry.size > allowance && entry.size > maxRatio * entry.compressedSize) {
        throw new ZipError(`zip entry ${JSON.stringify(entry.name)} inflates ${entry.compressedSize} bytes to ${entry.size}, more than ${maxRatio} times (${why})`);
    }
}
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
        out = loadZlib().inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
    }
    catch (e) {
        throw new ZipError(`zip entry ${label} does not inflate to its declared ${entry.size} bytes (${e.message.split('\n')[0]})`);
    }
    if (out.length !== entry.size)
        throw new ZipError(`zip entry ${label} inflates to ${out.length} bytes, not its declared ${entry.size}`);
    return out;
}


/***/ }),

/***/ 7707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ NO_WEIGHTS_PREFIX)
/* harmony export */ });
const NO_WEIGHTS_PREFIX = 'no weights: ';


/***/ })

};
